//===- pass/RecomputeEmitter.cpp - Emits recomputation in the reverse sweep
//===//
//
// A small scalar-evolution expander for the pullback.
//
//===----------------------------------------------------------------------===//
#include "pass/RecomputeEmitter.h"

#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Converts an integer to \p T (or an offset to i64 for pointers).
Value *toInteger(IRBuilderBase &Builder, Value *V, Type *T) {
  if (T->isPointerTy())
    T = Builder.getInt64Ty();
  if (V->getType()->isPointerTy())
    V = Builder.CreatePtrToInt(V, Builder.getInt64Ty());
  return Builder.CreateSExtOrTrunc(V, T);
}

} // namespace

Value *RecomputeEmitter::emit(const Recipe &R, IRBuilderBase &Builder) {
  switch (R.How) {
  case Recipe::Kind::Affine:
    return expand(R.Evolution, Builder);
  case Recipe::Kind::Load: {
    auto *Load = cast<LoadInst>(R.Value);
    Value *Pointer = expand(R.Evolution, Builder);
    return Builder.CreateAlignedLoad(Load->getType(), Pointer,
                                     Load->getAlign());
  }
  case Recipe::Kind::Shadow: {
    auto *Base = cast<SCEVUnknown>(Evolution.getPointerBase(R.Evolution));
    Value *Shadow = Recorded(Base->getValue(), /*Shadow=*/true);
    Value *Offset = expand(Evolution.removePointerBase(R.Evolution), Builder);
    return Builder.CreateGEP(Builder.getInt8Ty(), Shadow,
                             toInteger(Builder, Offset, Builder.getInt64Ty()));
  }
  }
  llvm_unreachable("unknown recipe");
}

/// A sum whose one pointer operand (if any) is the base of the result.
Value *RecomputeEmitter::expandSum(const SCEV *S, IRBuilderBase &Builder) {
  Value *Pointer = nullptr;
  Value *Sum = nullptr;
  Type *IntegerType =
      S->getType()->isPointerTy() ? Builder.getInt64Ty() : S->getType();
  for (const SCEV *Operand : S->operands()) {
    Value *Term = expand(Operand, Builder);
    if (Term->getType()->isPointerTy()) {
      Pointer = Term;
      continue;
    }
    Term = toInteger(Builder, Term, IntegerType);
    Sum = Sum ? Builder.CreateAdd(Sum, Term) : Term;
  }
  if (!Pointer)
    return Sum;
  return Sum ? Builder.CreateGEP(Builder.getInt8Ty(), Pointer, Sum) : Pointer;
}

Value *RecomputeEmitter::expand(const SCEV *S, IRBuilderBase &Builder) {
  if (auto *Constant = dyn_cast<SCEVConstant>(S))
    return Constant->getValue();
  if (auto *Unknown = dyn_cast<SCEVUnknown>(S)) {
    if (auto *C = dyn_cast<llvm::Constant>(Unknown->getValue()))
      return C;
    return Recorded(Unknown->getValue(), /*Shadow=*/false);
  }
  if (auto *Recurrence = dyn_cast<SCEVAddRecExpr>(S)) {
    // {start,+,step} in iteration k is start + k * step.
    Value *Start = expand(Recurrence->getStart(), Builder);
    Value *Step = expand(Recurrence->getStepRecurrence(Evolution), Builder);
    Type *IntegerType =
        Step->getType()->isPointerTy() ? Builder.getInt64Ty() : Step->getType();
    Value *K = Builder.CreateZExtOrTrunc(Iteration(Recurrence->getLoop()),
                                         IntegerType);
    Value *Advance =
        Builder.CreateMul(K, toInteger(Builder, Step, IntegerType));
    if (Start->getType()->isPointerTy())
      return Builder.CreateGEP(Builder.getInt8Ty(), Start, Advance);
    return Builder.CreateAdd(Start,
                             toInteger(Builder, Advance, Start->getType()));
  }
  if (isa<SCEVAddExpr>(S))
    return expandSum(S, Builder);
  if (auto *Product = dyn_cast<SCEVMulExpr>(S)) {
    Value *Result = nullptr;
    for (const SCEV *Operand : Product->operands()) {
      Value *Factor =
          toInteger(Builder, expand(Operand, Builder), S->getType());
      Result = Result ? Builder.CreateMul(Result, Factor) : Factor;
    }
    return Result;
  }
  if (auto *Cast = dyn_cast<SCEVCastExpr>(S)) {
    Value *Operand = expand(Cast->getOperand(0), Builder);
    if (isa<SCEVPtrToIntExpr>(Cast))
      return Builder.CreatePtrToInt(Operand, S->getType());
    if (isa<SCEVZeroExtendExpr>(Cast))
      return Builder.CreateZExt(Operand, S->getType());
    if (isa<SCEVSignExtendExpr>(Cast))
      return Builder.CreateSExt(Operand, S->getType());
    return Builder.CreateTrunc(Operand, S->getType());
  }
  llvm_unreachable("recipes only hold expandable evolutions");
}

} // namespace adjoint
