//===- pass/CustomRuleCall.cpp - Calling user-registered derivative rules -===//
//
// Resolves custom rules and checks their signatures.
//
//===----------------------------------------------------------------------===//
#include "pass/CustomRuleCall.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint {

namespace {

std::string spellType(const Type *T) {
  std::string Text;
  raw_string_ostream Stream(Text);
  T->print(Stream);
  return Stream.str();
}

/// Reads the shape of the augmented forward's result.
bool readAugmentResult(CustomRule &Rule, const Function &Primal,
                       std::string &Problem) {
  Type *Result = Rule.Augment->getReturnType();
  Type *PrimalResult = Primal.getReturnType();
  if (Result->isVoidTy() && PrimalResult->isVoidTy())
    return true;
  if (!PrimalResult->isVoidTy() && Result == PrimalResult) {
    Rule.AugmentReturnsResult = true;
    return true;
  }
  if (PrimalResult->isVoidTy() && Result->isPointerTy()) {
    Rule.AugmentReturnsTape = true;
    return true;
  }
  auto *Pair = dyn_cast<StructType>(Result);
  if (Pair && Pair->getNumElements() == 2 &&
      Pair->getElementType(0)->isPointerTy() &&
      Pair->getElementType(1) == PrimalResult) {
    Rule.AugmentReturnsTape = Rule.AugmentReturnsResult = true;
    return true;
  }
  Problem = "the augmented forward '" + Rule.Augment->getName().str() +
            "' returns " + spellType(Result) + "; expected " +
            (PrimalResult->isVoidTy()
                 ? "void or the tape (void *)"
                 : "the primal result (" + spellType(PrimalResult) +
                       ") or { void *tape, " + spellType(PrimalResult) + " }");
  return false;
}

} // namespace

std::optional<CustomRule> resolveCustomRule(const CallBase &Call,
                                            std::string &Problem) {
  const Function &Primal = *Call.getCalledFunction();
  const Module &M = *Primal.getParent();
  CustomRule Rule;
  StringRef AugmentName =
      Primal.getFnAttribute("enzyme_augment").getValueAsString();
  StringRef GradientName =
      Primal.getFnAttribute("enzyme_gradient").getValueAsString();
  Rule.Augment = M.getFunction(AugmentName);
  Rule.Gradient = M.getFunction(GradientName);
  if (!Rule.Augment || !Rule.Gradient) {
    Problem = "the custom rule of '" + Primal.getName().str() + "' names '" +
              (Rule.Augment ? GradientName : AugmentName).str() +
              "', which is not a function in this translation unit";
    return std::nullopt;
  }
  if (!readAugmentResult(Rule, Primal, Problem))
    return std::nullopt;
  Rule.GradientTakesResultAdjoint = Primal.getReturnType()->isFloatingPointTy();
  unsigned Expected = Call.arg_size();
  for (const Use &Argument : Call.args())
    Expected += Argument->getType()->isPointerTy();
  unsigned AugmentExpected = Expected;
  Expected += Rule.GradientTakesResultAdjoint + Rule.AugmentReturnsTape;
  if (Rule.Augment->arg_size() != AugmentExpected ||
      Rule.Gradient->arg_size() != Expected) {
    Problem = "the custom rule of '" + Primal.getName().str() +
              "' does not match its calling convention: the augmented "
              "forward takes " +
              std::to_string(AugmentExpected) +
              " parameter(s) (each pointer followed by its shadow) and the "
              "reverse " +
              std::to_string(Expected) +
              " (the same, then the result's adjoint for a floating-point "
              "result, then the tape when the augmented forward returns one)";
    return std::nullopt;
  }
  SmallVector<Type *, 8> Types;
  for (const Use &Argument : Call.args()) {
    Types.push_back(Argument->getType());
    if (Argument->getType()->isPointerTy())
      Types.push_back(Argument->getType());
  }
  for (unsigned K = 0; K < Types.size(); ++K) {
    if (Rule.Augment->getArg(K)->getType() == Types[K] &&
        Rule.Gradient->getArg(K)->getType() == Types[K])
      continue;
    Problem = "parameter " + std::to_string(K + 1) +
              " of the custom rule of '" + Primal.getName().str() +
              "' should have type " + spellType(Types[K]);
    return std::nullopt;
  }
  return Rule;
}

SmallVector<Value *, 8>
interleaveShadows(const CallBase &Call,
                  const std::function<Value *(unsigned)> &Primal,
                  const std::function<Value *(unsigned)> &ShadowOf) {
  SmallVector<Value *, 8> Arguments;
  for (unsigned K = 0; K < Call.arg_size(); ++K) {
    Arguments.push_back(Primal(K));
    if (Call.getArgOperand(K)->getType()->isPointerTy())
      Arguments.push_back(ShadowOf(K));
  }
  return Arguments;
}

Value *adjointFromCustomResult(IRBuilderBase &Builder, const CallBase &Call,
                               Value *Result, unsigned Index) {
  if (Result->getType()->isVoidTy())
    return nullptr;
  unsigned Position = 0;
  for (unsigned K = 0; K < Index; ++K)
    Position += Call.getArgOperand(K)->getType()->isFloatingPointTy();
  if (auto *Struct = dyn_cast<StructType>(Result->getType()))
    return Position < Struct->getNumElements()
               ? Builder.CreateExtractValue(Result, Position)
               : nullptr;
  return Position == 0 ? Result : nullptr;
}

} // namespace adjoint
