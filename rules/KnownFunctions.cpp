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

/// The primitive each math intrinsic computes.
const std::pair<Intrinsic::ID, const char *> IntrinsicPrimitives[] = {
    {Intrinsic::sin, "sin"},
    {Intrinsic::cos, "cos"},
    {Intrinsic::tan, "tan"},
    {Intrinsic::asin, "asin"},
    {Intrinsic::acos, "acos"},
    {Intrinsic::atan, "atan"},
    {Intrinsic::sinh, "sinh"},
    {Intrinsic::cosh, "cosh"},
    {Intrinsic::tanh, "tanh"},
    {Intrinsic::exp, "exp"},
    {Intrinsic::exp2, "exp2"},
    {Intrinsic::exp10, "exp10"},
    {Intrinsic::log, "log"},
    {Intrinsic::log2, "log2"},
    {Intrinsic::log10, "log10"},
    {Intrinsic::sqrt, "sqrt"},
    {Intrinsic::pow, "pow"},
    {Intrinsic::powi, "powi"},
    {Intrinsic::fabs, "fabs"},
    {Intrinsic::fma, "fma"},
    {Intrinsic::fmuladd, "fmuladd"},
    {Intrinsic::minnum, "fmin"},
    {Intrinsic::minimum, "fmin"},
    {Intrinsic::maxnum, "fmax"},
    {Intrinsic::maximum, "fmax"},
    {Intrinsic::copysign, "copysign"},
    {Intrinsic::floor, "floor"},
    {Intrinsic::ceil, "ceil"},
    {Intrinsic::round, "round"},
    {Intrinsic::roundeven, "roundeven"},
    {Intrinsic::trunc, "trunc"},
    {Intrinsic::rint, "rint"},
    {Intrinsic::nearbyint, "nearbyint"},
    {Intrinsic::vector_reduce_fadd, "vector.reduce.fadd"},
    {Intrinsic::vector_reduce_fmul, "vector.reduce.fmul"},
    {Intrinsic::vector_reduce_fmax, "vector.reduce.fmax"},
    {Intrinsic::vector_reduce_fmin, "vector.reduce.fmin"},
    {Intrinsic::vector_reduce_fmaximum, "vector.reduce.fmaximum"},
    {Intrinsic::vector_reduce_fminimum, "vector.reduce.fminimum"},
};

std::optional<StringRef> primitiveOfIntrinsic(Intrinsic::ID ID) {
  for (const auto &[Known, Primitive] : IntrinsicPrimitives)
    if (Known == ID)
      return StringRef(Primitive);
  return std::nullopt;
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
  // The shuffle rule transposes a fixed mask; scalable shuffles have none.
  if (isa<ShuffleVectorInst>(I) && isa<ScalableVectorType>(I.getType()))
    return std::nullopt;
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

unsigned primitiveOperandCount(const Instruction &I) {
  if (auto *Call = dyn_cast<CallBase>(&I))
    return Call->arg_size();
  return I.getNumOperands();
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
