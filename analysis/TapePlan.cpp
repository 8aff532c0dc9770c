//===- analysis/TapePlan.cpp - What the reverse sweep reads from the tape -===//
//
// Classifies reverse actions and collects each block's record.
//
//===----------------------------------------------------------------------===//
#include "analysis/TapePlan.h"

#include "activity/ActivityAnalysis.h"
#include "analysis/MemoryAccess.h"
#include "rules/KnownFunctions.h"
#include "rules/RuleRegistry.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace adjoint {

namespace {

ReverseAction classifyCall(const CallBase &Call, const ActivityInfo &Activity) {
  ReverseAction Action;
  const Function *Target = Call.getCalledFunction();
  if (Target && Target->hasFnAttribute("enzyme_gradient")) {
    // Custom rules are called, not invoked: an invoke is not supported.
    Action.Kind = isa<CallInst>(Call) ? ReverseKind::CustomCall
                                      : ReverseKind::Unsupported;
    return Action;
  }
  if (auto Primitive = rules::primitiveOf(Call)) {
    Action.Primitive = *Primitive;
    Action.Rule = rules::RuleRegistry::builtin().lookup(*Primitive);
    Action.Kind = Action.Rule ? ReverseKind::Rule : ReverseKind::Unsupported;
    return Action;
  }
  const Function *Callee = Call.getCalledFunction();
  if (Callee && !Callee->isDeclaration() && !Callee->isVarArg() &&
      (isa<CallInst>(Call) || isa<InvokeInst>(Call))) {
    Action.Kind = ReverseKind::Call;
    return Action;
  }
  Action.Kind = ReverseKind::Unsupported;
  return Action;
}

} // namespace

ReverseAction classifyReverse(const Instruction &I,
                              const ActivityInfo &Activity) {
  ReverseAction Action;
  if (!Activity.needsAdjoint(I))
    return Action;
  if (isa<PHINode>(I)) {
    Action.Kind = ReverseKind::Phi;
  } else if (auto Access = MemoryAccess::of(I)) {
    Action.Kind = Access->isLoad() ? ReverseKind::Load : ReverseKind::Store;
  } else if (isAllocation(&I)) {
    Action.Kind = ReverseKind::FreeShadow;
  } else if (auto *Transfer = dyn_cast<MemTransferInst>(&I)) {
    if (Activity.hasShadow(Transfer->getRawDest()))
      Action.Kind = ReverseKind::MemoryTransfer;
  } else if (auto *Fill = dyn_cast<MemSetInst>(&I)) {
    if (Activity.hasShadow(Fill->getRawDest()))
      Action.Kind = ReverseKind::MemoryFill;
  } else if (auto *Call = dyn_cast<CallBase>(&I)) {
    Action = classifyCall(*Call, Activity);
  } else if (auto Primitive = rules::primitiveOf(I)) {
    Action.Primitive = *Primitive;
    Action.Rule = rules::RuleRegistry::builtin().lookup(*Primitive);
    Action.Kind = Action.Rule ? ReverseKind::Rule : ReverseKind::Unsupported;
  } else {
    Action.Kind = ReverseKind::Unsupported;
    Action.Primitive = I.getOpcodeName();
  }
  return Action;
}

TapePlan::TapePlan(const Function &F, const ActivityInfo &Activity,
                   const DominatorTree &Dominators, const LoopInfo &Loops,
                   ScalarEvolution &Evolution, AAResults &Aliasing,
                   bool MemoryIsStable)
    : Dominators(Dominators), Loops(Loops), Reversal(F, Loops) {
  for (const BasicBlock &B : F)
    if (isa<ReturnInst>(B.getTerminator()))
      ReturnBlock = &B;
  Recomputing = std::make_unique<Recomputation>(
      F, Evolution, Aliasing, Activity, Reversal, MemoryIsStable,
      [this](const Value *V) { return belongsInFunctionRecord(V); });
  for (const BasicBlock &B : F) {
    auto &Unique = Predecessors[&B];
    for (const BasicBlock *Const : llvm::predecessors(&B)) {
      auto *P = const_cast<BasicBlock *>(Const);
      if (!is_contained(Unique, P))
        Unique.push_back(P);
    }
    for (const Instruction &I : B)
      planInstruction(I, Activity);
    for (const Loop *L : Reversal.loopsLeftAt(&B))
      addEntry(&B, L->getHeader(), TapeEntryKind::Counter);
  }
}

bool TapePlan::belongsInFunctionRecord(const Value *V) const {
  if (!ReturnBlock)
    return false;
  if (isa<Argument>(V))
    return true;
  auto *I = dyn_cast<Instruction>(V);
  return I && !Loops.getLoopFor(I->getParent()) &&
         Dominators.dominates(I, ReturnBlock->getTerminator());
}

void TapePlan::addEntry(const BasicBlock *B, const Value *V,
                        TapeEntryKind Kind) {
  if (Kind == TapeEntryKind::Primal && isa<Constant>(V))
    return;
  bool Recomputable =
      Kind == TapeEntryKind::Primal || Kind == TapeEntryKind::Shadow;
  if (Recomputable && belongsInFunctionRecord(V)) {
    B = ReturnBlock;
  } else if (Recomputable) {
    bool Shadow = Kind == TapeEntryKind::Shadow;
    if (std::optional<Recipe> R = Recomputing->recipeFor(V, Shadow, B)) {
      addRecipe(B, *R);
      return;
    }
  }
  std::vector<TapeEntry> &Record = Records[B];
  TapeEntry Entry{V, Kind};
  if (!is_contained(Record, Entry))
    Record.push_back(Entry);
}

void TapePlan::planInstruction(const Instruction &I,
                               const ActivityInfo &Activity) {
  ReverseAction Action = classifyReverse(I, Activity);
  const BasicBlock *B = I.getParent();
  switch (Action.Kind) {
  case ReverseKind::Rule: {
    unsigned Count = rules::primitiveOperandCount(I);
    SmallVector<bool, 4> ActiveOperands;
    for (unsigned Index = 0; Index < Count; ++Index)
      ActiveOperands.push_back(Activity.isActive(I.getOperand(Index)));
    rules::PrimalNeeds Needs = Action.Rule->needs(ActiveOperands);
    for (unsigned Index = 0; Index < Needs.Operands.size(); ++Index)
      if (Needs.Operands[Index])
        addEntry(B, I.getOperand(Index), TapeEntryKind::Primal);
    if (Needs.Result)
      addEntry(B, &I, TapeEntryKind::Primal);
    break;
  }
  case ReverseKind::Load:
  case ReverseKind::Store: {
    MemoryAccess Access = *MemoryAccess::of(I);
    addEntry(B, Access.Pointer, TapeEntryKind::Shadow);
    if (Access.Mask)
      addEntry(B, Access.Mask, TapeEntryKind::Primal);
    break;
  }
  case ReverseKind::FreeShadow:
    addEntry(B, &I, TapeEntryKind::Shadow);
    break;
  case ReverseKind::CustomCall:
    planCustomCall(cast<CallBase>(I), Activity);
    break;
  case ReverseKind::MemoryTransfer:
  case ReverseKind::MemoryFill: {
    auto &Intrinsic = cast<MemIntrinsic>(I);
    addEntry(B, Intrinsic.getRawDest(), TapeEntryKind::Shadow);
    addEntry(B, Intrinsic.getLength(), TapeEntryKind::Primal);
    if (auto *Transfer = dyn_cast<MemTransferInst>(&I))
      if (Activity.hasShadow(Transfer->getRawSource()))
        addEntry(B, Transfer->getRawSource(), TapeEntryKind::Shadow);
    break;
  }
  default:
    break;
  }
}

/// A custom reverse function receives every argument (pointers with their
/// shadows) and the tape its augmented forward returned.
void TapePlan::planCustomCall(const CallBase &Call,
                              const ActivityInfo &Activity) {
  const BasicBlock *B = Call.getParent();
  for (const Use &Argument : Call.args()) {
    addEntry(B, Argument.get(), TapeEntryKind::Primal);
    if (Activity.hasShadow(Argument.get()))
      addEntry(B, Argument.get(), TapeEntryKind::Shadow);
  }
  addEntry(B, &Call, TapeEntryKind::CustomTape);
}

TapePlan::~TapePlan() = default;

void TapePlan::addRecipe(const BasicBlock *B, const Recipe &R) {
  std::vector<Recipe> &List = Recipes[B];
  for (const Recipe &Existing : List)
    if (Existing.Value == R.Value && Existing.How == R.How)
      return;
  for (const auto &[Input, IsShadow] : R.Inputs)
    addEntry(ReturnBlock, Input,
             IsShadow ? TapeEntryKind::Shadow : TapeEntryKind::Primal);
  List.push_back(R);
}

ArrayRef<Recipe> TapePlan::recipes(const BasicBlock *B) const {
  auto It = Recipes.find(B);
  if (It == Recipes.end())
    return {};
  return It->second;
}

SmallVector<Type *, 8> TapePlan::recordTypes(const BasicBlock *B) const {
  LLVMContext &Context = B->getContext();
  Type *I64 = Type::getInt64Ty(Context);
  SmallVector<Type *, 8> Types;
  if (recordsPredecessor(B))
    Types.push_back(I64);
  for (const TapeEntry &Entry : entries(B)) {
    switch (Entry.Kind) {
    case TapeEntryKind::Primal:
    case TapeEntryKind::Shadow:
      Types.push_back(Entry.Value->getType());
      break;
    case TapeEntryKind::CustomTape:
      Types.push_back(PointerType::getUnqual(Context));
      break;
    case TapeEntryKind::Counter:
      Types.push_back(I64);
      break;
    }
  }
  return Types;
}

ArrayRef<TapeEntry> TapePlan::entries(const BasicBlock *B) const {
  auto It = Records.find(B);
  if (It == Records.end())
    return {};
  return It->second;
}

ArrayRef<BasicBlock *> TapePlan::predecessors(const BasicBlock *B) const {
  auto It = Predecessors.find(B);
  if (It == Predecessors.end())
    return {};
  return It->second;
}

} // namespace adjoint
