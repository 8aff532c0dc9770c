//===- rules/MathRules.cpp - Rules for the math library -------------------===//
//
// Declarative derivative rules for libm functions and the LLVM intrinsics
// that implement them (float and double alike: constants take the type of
// the value they meet). Operands are the call's arguments; dy is the result's
// adjoint and y the primal result.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleRegistry.h"

#include "llvm/IR/InstrTypes.h"

#include <cmath>

using llvm::CmpInst;

namespace adjoint::rules {

namespace {

ExprPtr call(const char *Name, ExprPtr X) { return math(Name, {X}); }
ExprPtr call(const char *Name, ExprPtr X, ExprPtr Y) {
  return math(Name, {X, Y});
}

/// sign(x): -1, 0 or 1.
ExprPtr sign(ExprPtr X) {
  return select(compare(CmpInst::FCMP_OEQ, X, constant(0.0)), constant(0.0),
                call("copysign", constant(1.0), X));
}

void defineExponentialRules(RuleRegistry &R) {
  const ExprPtr dy = adjointOfResult(), x = operand(0), y = result();
  R.define("exp", "y = exp(x)", "dx += dy * y", {dy * y});
  R.define("exp2", "y = exp2(x)", "dx += dy * y * ln(2)",
           {dy * y * constant(M_LN2)});
  R.define("exp10", "y = exp10(x)", "dx += dy * y * ln(10)",
           {dy * y * constant(M_LN10)});
  R.define("expm1", "y = expm1(x)", "dx += dy * (y + 1)",
           {dy * (y + constant(1.0))});
  R.define("log", "y = log(x)", "dx += dy / x", {dy / x});
  R.define("log2", "y = log2(x)", "dx += dy / (x * ln(2))",
           {dy / (x * constant(M_LN2))});
  R.define("log10", "y = log10(x)", "dx += dy / (x * ln(10))",
           {dy / (x * constant(M_LN10))});
  R.define("log1p", "y = log1p(x)", "dx += dy / (1 + x)",
           {dy / (constant(1.0) + x)});
  R.define("sqrt", "y = sqrt(x)", "dx += dy / (2 y)",
           {dy / (constant(2.0) * y)});
  R.define("cbrt", "y = cbrt(x)", "dx += dy / (3 y^2)",
           {dy / (constant(3.0) * y * y)});
  R.define("erf", "y = erf(x)", "dx += dy * 2/sqrt(pi) * exp(-x^2)",
           {dy * constant(M_2_SQRTPI) * call("exp", -(x * x))});
  R.define("erfc", "y = erfc(x)", "dx -= dy * 2/sqrt(pi) * exp(-x^2)",
           {-(dy * constant(M_2_SQRTPI) * call("exp", -(x * x)))});
}

void defineTrigonometricRules(RuleRegistry &R) {
  const ExprPtr dy = adjointOfResult(), x = operand(0), y = result();
  const ExprPtr one = constant(1.0);
  R.define("sin", "y = sin(x)", "dx += dy * cos(x)", {dy * call("cos", x)});
  R.define("cos", "y = cos(x)", "dx -= dy * sin(x)", {-(dy * call("sin", x))});
  R.define("tan", "y = tan(x)", "dx += dy * (1 + y^2)", {dy * (one + y * y)});
  R.define("asin", "y = asin(x)", "dx += dy / sqrt(1 - x^2)",
           {dy / call("sqrt", one - x * x)});
  R.define("acos", "y = acos(x)", "dx -= dy / sqrt(1 - x^2)",
           {-(dy / call("sqrt", one - x * x))});
  R.define("atan", "y = atan(x)", "dx += dy / (1 + x^2)", {dy / (one + x * x)});
  R.define("sinh", "y = sinh(x)", "dx += dy * cosh(x)", {dy * call("cosh", x)});
  R.define("cosh", "y = cosh(x)", "dx += dy * sinh(x)", {dy * call("sinh", x)});
  R.define("tanh", "y = tanh(x)", "dx += dy * (1 - y^2)", {dy * (one - y * y)});
  R.define("asinh", "y = asinh(x)", "dx += dy / sqrt(x^2 + 1)",
           {dy / call("sqrt", x * x + one)});
  R.define("acosh", "y = acosh(x)", "dx += dy / sqrt(x^2 - 1)",
           {dy / call("sqrt", x * x - one)});
  R.define("atanh", "y = atanh(x)", "dx += dy / (1 - x^2)",
           {dy / (one - x * x)});
}

void defineTwoArgumentRules(RuleRegistry &R) {
  const ExprPtr dy = adjointOfResult(), a = operand(0), b = operand(1);
  const ExprPtr y = result();
  const ExprPtr zero = constant(0.0);
  // The exponent's partial is guarded so that 0^b contributes 0, not NaN.
  R.define("pow", "y = pow(a, b)",
           "da += dy * b * pow(a, b - 1); db += dy * y * log(a)",
           {dy * b * call("pow", a, b - constant(1.0)),
            select(compare(CmpInst::FCMP_OEQ, a, zero), zero,
                   dy * y * call("log", a))});
  R.define("atan2", "y = atan2(a, b)",
           "da += dy * b / (a^2 + b^2); db -= dy * a / (a^2 + b^2)",
           {dy * b / (a * a + b * b), -(dy * a / (a * a + b * b))});
  R.define("hypot", "y = hypot(a, b)", "da += dy * a / y; db += dy * b / y",
           {dy * a / y, dy * b / y});
  R.define("fmin", "y = fmin(a, b)", "da += a <= b ? dy : 0; db += else",
           {select(compare(CmpInst::FCMP_OLE, a, b), dy, zero),
            select(compare(CmpInst::FCMP_OLE, a, b), zero, dy)});
  R.define("fmax", "y = fmax(a, b)", "da += a >= b ? dy : 0; db += else",
           {select(compare(CmpInst::FCMP_OGE, a, b), dy, zero),
            select(compare(CmpInst::FCMP_OGE, a, b), zero, dy)});
  R.define("copysign", "y = copysign(a, b)",
           "da += dy * sign(a) * sign(b) (b's sign bit decides)",
           {dy * call("copysign", constant(1.0), a) *
                call("copysign", constant(1.0), b),
            nullptr});
  // powi's exponent is an integer: it carries no derivative.
  R.define("powi", "y = powi(a, n)", "da += dy * n * powi(a, n - 1)",
           {dy * integerToFloat(b) * math("powi", {a, integerOffset(b, -1)}),
            nullptr});
}

void defineOtherRules(RuleRegistry &R) {
  const ExprPtr dy = adjointOfResult(), a = operand(0), b = operand(1);
  const ExprPtr c = operand(2);
  R.define("fabs", "y = |x|", "dx += dy * sign(x)", {dy * sign(a)});
  R.define("fma", "y = a * b + c", "da += dy * b; db += dy * a; dc += dy",
           {dy * b, dy * a, dy});
  R.define("fmuladd", "y = a * b + c", "da += dy * b; db += dy * a; dc += dy",
           {dy * b, dy * a, dy});
  for (const char *Name :
       {"floor", "ceil", "round", "roundeven", "trunc", "rint", "nearbyint"})
    R.define(Name, std::string("y = ") + Name + "(x)",
             "dx += 0 (piecewise constant)", {nullptr});
}

} // namespace

void defineMathRules(RuleRegistry &R) {
  defineExponentialRules(R);
  defineTrigonometricRules(R);
  defineTwoArgumentRules(R);
  defineOtherRules(R);
}

} // namespace adjoint::rules
