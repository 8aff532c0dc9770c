//===- rules/KnownFunctions.cpp - Primitives behind instructions and calls ===//
//
// Classifies instructions and callees into rule primitives.
//
//===----------------------------------------------------------------------===//
#include "rules/KnownFunctions.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"

using namespace llvm;

namespace adjoint::rules {

namespace {

/// libm functions with a rule, by their double-precision name.
const char *const MathFunctionNames[] = {
    "sin",   "cos",      "tan",       "asin",     "acos",  "atan",  "atan2",
    "sinh",  "cosh",     "tanh",      "asinh",    "acosh", "atanh", "exp",
    "exp2",  "exp10",    "expm1",     "log",      "log2",  "log10", "log1p",
    "sqrt",  "cbrt",     "pow",       "hypot",    "fabs",  "fma",   "fmin",
    "fmax",  "copysign", "erf",       "erfc",     "floor", "ceil",  "round",
    "trunc", "rint",     "nearbyint", "roundeven"};

std::optional<StringRef> primitiveOfIntrinsic(Intrinsic::ID ID) {
  switch (ID) {
  case Intrinsic::sin:
    return StringRef("sin");
  case Intrinsic::cos:
    return StringRef("cos");
  case Intrinsic::tan:
    return StringRef("tan");
  case Intrinsic::asin:
    return StringRef("asin");
  case Intrinsic::acos:
    return StringRef("acos");
  case Intrinsic::atan:
    return StringRef("atan");
  case Intrinsic::sinh:
    return StringRef("sinh");
  case Intrinsic::cosh:
    return StringRef("cosh");
  case Intrinsic::tanh:
    return StringRef("tanh");
  case Intrinsic::exp:
    return StringRef("exp");
  case Intrinsic::exp2:
    return StringRef("exp2");
  case Intrinsic::exp10:
    return StringRef("exp10");
  case Intrinsic::log:
    return StringRef("log");
  case Intrinsic::log2:
    return StringRef("log2");
  case Intrinsic::log10:
    return StringRef("log10");
  case Intrinsic::sqrt:
    return StringRef("sqrt");
  case Intrinsic::pow:
    return StringRef("pow");
  case Intrinsic::powi:
    return StringRef("powi");
  case Intrinsic::fabs:
    return StringRef("fabs");
  case Intrinsic::fma:
    return StringRef("fma");
  case Intrinsic::fmuladd:
    return StringRef("fmuladd");
  case Intrinsic::minnum:
  case Intrinsic::minimum:
    return StringRef("fmin");
  case Intrinsic::maxnum:
  case Intrinsic::maximum:
    return StringRef("fmax");
  case Intrinsic::copysign:
    return StringRef("copysign");
  case Intrinsic::floor:
    return StringRef("floor");
  case Intrinsic::ceil:
    return StringRef("ceil");
  case Intrinsic::round:
    return StringRef("round");
  case Intrinsic::roundeven:
    return StringRef("roundeven");
  case Intrinsic::trunc:
    return StringRef("trunc");
  case Intrinsic::rint:
    return StringRef("rint");
  case Intrinsic::nearbyint:
    return StringRef("nearbyint");
  case Intrinsic::vector_reduce_fadd:
    return StringRef("vector.reduce.fadd");
  case Intrinsic::vector_reduce_fmul:
    return StringRef("vector.reduce.fmul");
  case Intrinsic::vector_reduce_fmax:
    return StringRef("vector.reduce.fmax");
  case Intrinsic::vector_reduce_fmin:
    return StringRef("vector.reduce.fmin");
  case Intrinsic::vector_reduce_fmaximum:
    return StringRef("vector.reduce.fmaximum");
  case Intrinsic::vector_reduce_fminimum:
    return StringRef("vector.reduce.fminimum");
  default:
    return std::nullopt;
  }
}

std::optional<StringRef> primitiveOfOpcode(unsigned Opcode) {
  switch (Opcode) {
  case Instruction::FAdd:
    return StringRef("fadd");
  case Instruction::FSub:
    return StringRef("fsub");
  case Instruction::FMul:
    return StringRef("fmul");
  case Instruction::FDiv:
    return StringRef("fdiv");
  case Instruction::FNeg:
    return StringRef("fneg");
  case Instruction::FPExt:
    return StringRef("fpext");
  case Instruction::FPTrunc:
    return StringRef("fptrunc");
  case Instruction::Select:
    return StringRef("select");
  case Instruction::Freeze:
    return StringRef("freeze");
  case Instruction::ExtractElement:
    return StringRef("extractelement");
  case Instruction::InsertElement:
    return StringRef("insertelement");
  case Instruction::ShuffleVector:
    return StringRef("shufflevector");
  default:
    return std::nullopt;
  }
}

} // namespace

std::optional<StringRef> mathPrimitiveOfName(StringRef Name) {
  for (const char *Known : MathFunctionNames) {
    StringRef Base(Known);
    if (Name == Base)
      return Base;
    if (Name.size() == Base.size() + 1 && Name.starts_with(Base) &&
        (Name.back() == 'f' || Name.back() == 'l'))
      return Base;
  }
  return std::nullopt;
}

std::optional<StringRef> primitiveOf(const Instruction &I) {
  if (auto *Call = dyn_cast<CallBase>(&I)) {
    const Function *Callee = Call->getCalledFunction();
    if (!Callee)
      return std::nullopt;
    // A function registered as behaving like a math function uses its rule.
    if (Callee->hasFnAttribute("enzyme_math")) {
      StringRef Like = Callee->getFnAttribute("enzyme_math").getValueAsString();
      if (auto Primitive = mathPrimitiveOfName(Like))
        return Primitive;
      return Like; // Unknown: reported as a primitive without a rule.
    }
    if (Callee->isIntrinsic())
      return primitiveOfIntrinsic(Callee->getIntrinsicID());
    if (Callee->isDeclaration())
      return mathPrimitiveOfName(Callee->getName());
    return std::nullopt;
  }
  return primitiveOfOpcode(I.getOpcode());
}

bool isInactiveLibraryFunction(StringRef Name) {
  static const StringSet<> Names = {
      "printf", "fprintf", "sprintf", "snprintf", "puts", "fputs", "putchar",
      "fputc", "fflush", "fwrite", "strlen", "strcmp", "strncmp", "strcpy",
      "strncpy", "time", "clock", "clock_gettime", "gettimeofday", "exit",
      "abort", "__assert_fail", "rand", "srand", "getenv", "atoi",
      "__cxa_guard_acquire", "__cxa_guard_release", "_ZNSo3putEc",
      "_ZNSo5flushEv", "__isoc99_scanf", "scanf",
      // Deallocation: the primal frees its memory in the forward sweep; the
      // shadow lives on until the reverse of the allocation frees it.
      "free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm"};
  return Names.contains(Name);
}

bool isAllocationFunction(StringRef Name) {
  return Name == "malloc" || Name == "calloc" || Name == "_Znwm" ||
         Name == "_Znam";
}

bool isInactiveIntrinsic(const Function &Callee) {
  switch (Callee.getIntrinsicID()) {
  case Intrinsic::dbg_declare:
  case Intrinsic::dbg_value:
  case Intrinsic::dbg_label:
  case Intrinsic::dbg_assign:
  case Intrinsic::lifetime_start:
  case Intrinsic::lifetime_end:
  case Intrinsic::assume:
  case Intrinsic::experimental_noalias_scope_decl:
  case Intrinsic::invariant_start:
  case Intrinsic::invariant_end:
  case Intrinsic::prefetch:
  case Intrinsic::stacksave:
  case Intrinsic::stackrestore:
  case Intrinsic::donothing:
  case Intrinsic::trap:
  case Intrinsic::ubsantrap:
  case Intrinsic::is_fpclass:
  case Intrinsic::lround:
  case Intrinsic::llround:
  case Intrinsic::lrint:
  case Intrinsic::llrint:
  case Intrinsic::fptosi_sat:
  case Intrinsic::fptoui_sat:
  case Intrinsic::smax:
  case Intrinsic::smin:
  case Intrinsic::umax:
  case Intrinsic::umin:
  case Intrinsic::abs:
  case Intrinsic::ctpop:
  case Intrinsic::ctlz:
  case Intrinsic::cttz:
    return true;
  default:
    return false;
  }
}

} // namespace adjoint::rules
