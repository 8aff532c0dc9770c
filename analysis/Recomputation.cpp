//===- analysis/Recomputation.cpp - What the reverse sweep recomputes -----===//
//
// Checks scalar evolutions and memory for recomputation.
//
//===----------------------------------------------------------------------===//
#include "analysis/Recomputation.h"

#include "activity/ActivityAnalysis.h"
#include "analysis/LoopReversal.h"

#include "llvm/Analysis/AliasAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/MemoryLocation.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace adjoint {

Recomputation::Recomputation(
    const Function &F, ScalarEvolution &Evolution, AAResults &Aliasing,
    const ActivityInfo &Activity, const LoopReversal &Reversal,
    bool MemoryIsStable, std::function<bool(const Value *)> InFunctionRecord)
    : Evolution(Evolution), Aliasing(Aliasing), Activity(Activity),
      Reversal(Reversal), MemoryIsStable(MemoryIsStable),
      InFunctionRecord(std::move(InFunctionRecord)) {
  for (const Instruction &I : instructions(F))
    if (I.mayWriteToMemory())
      Writers.push_back(&I);
}

bool Recomputation::isExpandable(const SCEV *S, const BasicBlock *B,
                                 Recipe &R) const {
  if (isa<SCEVConstant>(S))
    return true;
  if (auto *Unknown = dyn_cast<SCEVUnknown>(S)) {
    const Value *V = Unknown->getValue();
    if (isa<Constant>(V))
      return true;
    if (!InFunctionRecord(V))
      return false;
    R.Inputs.push_back({V, false});
    return true;
  }
  if (auto *Recurrence = dyn_cast<SCEVAddRecExpr>(S)) {
    const Loop *L = Recurrence->getLoop();
    if (!Recurrence->isAffine() || !Reversal.isCounted(L) || !L->contains(B))
      return false;
    return isExpandable(Recurrence->getStart(), B, R) &&
           isExpandable(Recurrence->getStepRecurrence(Evolution), B, R);
  }
  if (isa<SCEVAddExpr>(S) || isa<SCEVMulExpr>(S) || isa<SCEVCastExpr>(S)) {
    for (const SCEV *Operand : S->operands())
      if (!isExpandable(Operand, B, R))
        return false;
    return true;
  }
  return false;
}

bool Recomputation::isUnwritten(const Value *V) const {
  auto *Load = dyn_cast<LoadInst>(V);
  if (!Load || !Load->isSimple())
    return false;
  MemoryLocation Location = MemoryLocation::get(Load);
  for (const Value *Writer : Writers)
    if (isModSet(Aliasing.getModRefInfo(cast<Instruction>(Writer), Location)))
      return false;
  return true;
}

std::optional<Recipe> Recomputation::recipeFor(const Value *V, bool Shadow,
                                               const BasicBlock *B) const {
  Recipe R;
  R.Value = V;
  if (Shadow) {
    if (!Evolution.isSCEVable(V->getType()))
      return std::nullopt;
    R.How = Recipe::Kind::Shadow;
    R.Evolution = Evolution.getSCEV(const_cast<Value *>(V));
    auto *Base = dyn_cast<SCEVUnknown>(Evolution.getPointerBase(R.Evolution));
    if (!Base || !Activity.hasShadow(Base->getValue()) ||
        !InFunctionRecord(Base->getValue()))
      return std::nullopt;
    if (!isExpandable(Evolution.removePointerBase(R.Evolution), B, R))
      return std::nullopt;
    R.Inputs.push_back({Base->getValue(), true});
    return R;
  }
  if (auto *Load = dyn_cast<LoadInst>(V)) {
    if (!MemoryIsStable || !isUnwritten(Load))
      return std::nullopt;
    R.How = Recipe::Kind::Load;
    R.Evolution =
        Evolution.getSCEV(const_cast<Value *>(Load->getPointerOperand()));
  } else {
    if (!Evolution.isSCEVable(V->getType()))
      return std::nullopt;
    R.How = Recipe::Kind::Affine;
    R.Evolution = Evolution.getSCEV(const_cast<Value *>(V));
  }
  if (!isExpandable(R.Evolution, B, R))
    return std::nullopt;
  return R;
}

} // namespace adjoint
