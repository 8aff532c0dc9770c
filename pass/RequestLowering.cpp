//===- pass/RequestLowering.cpp - Replaces a request by its gradient ------===//
//
// Emits the combined forward and reverse sweep at a request's call site.
//
//===----------------------------------------------------------------------===//
#include "pass/RequestLowering.h"

#include "pass/ADContext.h"
#include "pass/Request.h"

#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Converts a request argument to the parameter type (undoing C's default
/// argument promotions).
Value *convertArgument(IRBuilderBase &Builder, Value *V, Type *To) {
  if (V->getType() == To)
    return V;
  if (V->getType()->isFloatingPointTy())
    return Builder.CreateFPCast(V, To);
  if (V->getType()->isIntegerTy())
    return Builder.CreateSExtOrTrunc(V, To);
  return V;
}

/// Packs the adjoints into the request's declared result type.
Value *packResult(IRBuilderBase &Builder, Type *ResultType,
                  ArrayRef<Value *> Adjoints) {
  if (ResultType->isVoidTy())
    return nullptr;
  if (Adjoints.empty())
    return Constant::getNullValue(ResultType);
  if (ResultType->isFloatingPointTy())
    return Builder.CreateFPCast(Adjoints[0], ResultType);
  Value *Result = PoisonValue::get(ResultType);
  auto *Struct = cast<StructType>(ResultType);
  for (unsigned K = 0; K < Adjoints.size(); ++K)
    Result = Builder.CreateInsertValue(
        Result, Builder.CreateFPCast(Adjoints[K], Struct->getElementType(K)),
        K);
  return Result;
}

/// -Rpass=adjoint: one remark per generated gradient, with its tape size.
void remarkGradient(ADContext &Context, const Request &R,
                    const ActivitySignature &Signature) {
  OptimizationRemarkEmitter Emitter(R.Call->getFunction());
  std::pair<uint64_t, uint64_t> Estimate =
      Context.estimateTape(*R.Target, Signature);
  Emitter.emit([&] {
    return OptimizationRemark("adjoint", "Gradient", R.Call)
           << "generated the gradient of '" << R.Target->getName()
           << "' (activity " << Signature.spelling()
           << "); estimated tape: " << std::to_string(Estimate.first)
           << " bytes + " << std::to_string(Estimate.second)
           << " bytes per loop iteration, plus its callees'";
  });
}

SmallVector<Value *, 8> primals(const Request &R) {
  SmallVector<Value *, 8> Values;
  for (const RequestArgument &A : R.Arguments)
    Values.push_back(A.Primal);
  return Values;
}

} // namespace

bool lowerRequest(ADContext &Context, const Request &R) {
  ActivitySignature Signature = R.signature();
  std::optional<DerivativeFunctions> Derivatives =
      Context.derivativesOf(*R.Target, Signature, *R.Call, primals(R));
  if (!Derivatives) {
    discardRequest(*R.Call);
    return false;
  }
  remarkGradient(Context, R, Signature);
  IRBuilder<> Builder(R.Call);
  const TapeBuilder &Tape = Context.tape();
  Value *TapeStorage = Tape.createTape(Builder);

  SmallVector<Value *, 8> Arguments;
  for (unsigned K = 0; K < R.Arguments.size(); ++K)
    Arguments.push_back(convertArgument(Builder, R.Arguments[K].Primal,
                                        R.Target->getArg(K)->getType()));
  for (const RequestArgument &A : R.Arguments)
    if (A.Shadow)
      Arguments.push_back(A.Shadow);
  Arguments.push_back(TapeStorage);
  Builder.CreateCall(Derivatives->AugmentedPrimal, Arguments);

  SmallVector<Value *, 2> PullbackArguments;
  if (Signature.ReturnActive)
    PullbackArguments.push_back(
        ConstantFP::get(R.Target->getReturnType(), 1.0));
  PullbackArguments.push_back(TapeStorage);
  Value *Adjoints =
      Builder.CreateCall(Derivatives->Pullback, PullbackArguments);
  Tape.destroyTape(Builder, TapeStorage);

  SmallVector<Value *, 4> Fields;
  if (!Adjoints->getType()->isVoidTy())
    for (unsigned K = 0;
         K < cast<StructType>(Adjoints->getType())->getNumElements(); ++K)
      Fields.push_back(Builder.CreateExtractValue(Adjoints, K));

  Value *Result = packResult(Builder, R.ResultType, Fields);
  if (R.ResultPointer && Result)
    Builder.CreateStore(Result, R.ResultPointer);
  else if (Result && !R.Call->getType()->isVoidTy())
    R.Call->replaceAllUsesWith(Result);
  if (auto *Invoke = dyn_cast<InvokeInst>(R.Call))
    Builder.CreateBr(Invoke->getNormalDest());
  R.Call->eraseFromParent();
  return true;
}

} // namespace adjoint
