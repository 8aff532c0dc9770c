//===- rules/ArithmeticRules.cpp - Rules for IR floating-point arithmetic -===//
//
// Declarative derivative rules for LLVM's floating-point instructions.
// Operands are numbered as in the instruction; dy is the result's adjoint.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleRegistry.h"

#include "llvm/IR/InstrTypes.h"

namespace adjoint::rules {

void defineArithmeticRules(RuleRegistry &R) {
  const ExprPtr dy = adjointOfResult();
  const ExprPtr a = operand(0), b = operand(1);
  const ExprPtr y = result();

  R.define("fadd", "y = a + b", "da += dy; db += dy", {dy, dy});
  R.define("fsub", "y = a - b", "da += dy; db -= dy", {dy, -dy});
  R.define("fmul", "y = a * b", "da += dy * b; db += dy * a", {dy * b, dy * a});
  R.define("fdiv", "y = a / b", "da += dy / b; db -= dy * y / b",
           {dy / b, -(dy * y / b)});
  R.define("fneg", "y = -a", "da -= dy", {-dy});
  R.define("freeze", "y = freeze a", "da += dy", {dy});
  R.define("fpext", "y = (wide) a", "da += (narrow) dy",
           {castToOperand(dy, 0)});
  R.define("fptrunc", "y = (narrow) a", "da += (wide) dy",
           {castToOperand(dy, 0)});
  // Operand 0 is the condition, which carries no derivative.
  R.define("select", "y = c ? a : b", "da += c ? dy : 0; db += c ? 0 : dy",
           {nullptr, select(operand(0), dy, constant(0.0)),
            select(operand(0), constant(0.0), dy)});

  // Vector element moves are linear: their adjoints move elements back.
  R.define("extractelement", "y = v[i]", "dv[i] += dy",
           {insertElement(zeroOfOperand(0), dy, operand(1)), nullptr});
  R.define("insertelement", "y = v with y[i] = s",
           "dv += dy with [i] = 0; ds += dy[i]",
           {insertElement(dy, constant(0.0), operand(2)),
            extractElement(dy, operand(2)), nullptr});
  R.define("shufflevector", "y[k] = concat(a, b)[mask[k]]",
           "da[mask[k]] += dy[k]; db[mask[k] - n] += dy[k]",
           {shuffleTranspose(dy, 0), shuffleTranspose(dy, 1)});
  R.define("vector.reduce.fadd", "y = s + sum_k v[k]", "ds += dy; dv[k] += dy",
           {dy, splatToOperand(dy, 1)});
  // Products divide out the factor (a zero factor gives a NaN partial).
  R.define("vector.reduce.fmul", "y = s * prod_k v[k]",
           "ds += dy * y / s; dv[k] += dy * y / v[k]",
           {dy * y / a, splatToOperand(dy * y, 1) / b});
  // On ties every element equal to the extremum receives dy.
  for (const char *Name : {"vector.reduce.fmax", "vector.reduce.fmin",
                           "vector.reduce.fmaximum", "vector.reduce.fminimum"})
    R.define(Name, std::string("y = ") + (Name + 14) + "_k v[k]",
             "dv[k] += v[k] == y ? dy : 0",
             {select(compare(llvm::CmpInst::FCMP_OEQ, a, splatToOperand(y, 0)),
                     splatToOperand(dy, 0), zeroOfOperand(0))});
}

} // namespace adjoint::rules
