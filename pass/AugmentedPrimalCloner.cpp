//===- pass/AugmentedPrimalCloner.cpp - The forward sweep -----------------===//
//
// Clones the primal into the augmented primal and adds shadows, augmented
// calls and tape pushes.
//
//===----------------------------------------------------------------------===//
#include "pass/AugmentedPrimalCloner.h"

#include "activity/ActivityAnalysis.h"
#include "analysis/TapePlan.h"
#include "pass/ADContext.h"
#include "pass/CustomRuleCall.h"
#include "pass/MemoryTransfer.h"
#include "pass/TapeBuilder.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace llvm;

namespace adjoint {

class AugmentedPrimalCloner::Implementation {
public:
  Implementation(Derivation &D, const TapeBuilder &Tape, CalleeLookup Callees)
      : D(D), Tape(Tape), Callees(std::move(Callees)),
        Augmented(D.Functions.AugmentedPrimal) {}

  void run() {
    cloneBody();
    createShadowsAndCalls();
    mirrorPointerStores();
    returnShadow();
    createIterationCounters();
    pushRecords();
  }

private:
  void cloneBody();
  void createShadowsAndCalls();
  Value *createShadow(Instruction &I);
  void replaceDifferentiatedCall(CallBase &Call);
  BasicBlock *continuationOf(InvokeInst &Invoke, const BasicBlock &Primal);
  void replaceCustomCall(CallBase &Call);
  Value *recordedValue(const TapeEntry &Entry);
  void returnShadow();
  void createIterationCounters();
  Value *createHeapShadow(CallBase &Allocation, IRBuilder<> &Builder,
                          const std::string &Name);
  Value *shadowOf(const Value *V) const;
  Value *augmentedValue(const Value *V) { return Map[V]; }
  void mirrorPointerStores();
  void mirrorPointerTransfer(MemTransferInst &Transfer);
  void pushRecords();
  Value *predecessorIndex(BasicBlock &B);

  Derivation &D;
  const TapeBuilder &Tape;
  CalleeLookup Callees;
  Function *Augmented;
  ValueToValueMapTy Map;
  DenseMap<const Value *, Value *> Shadows;
  /// For blocks ending in a differentiated invoke: the block on its normal
  /// edge where the block's record is pushed (after the callee's records).
  DenseMap<const BasicBlock *, BasicBlock *> Continuations;
  /// Iteration counters of counted loops, by primal loop header.
  DenseMap<const Value *, Value *> Counters;
  /// Tapes returned by custom augmented forwards, per primal call.
  DenseMap<const Value *, Value *> CustomTapes;
  Value *TapeArgument = nullptr;
};

void AugmentedPrimalCloner::Implementation::cloneBody() {
  Function &Primal = *D.Primal;
  auto Parameter = Augmented->arg_begin();
  for (Argument &A : Primal.args()) {
    Parameter->setName(A.getName());
    Map[&A] = &*Parameter++;
  }
  for (Argument &A : Primal.args()) {
    if (!D.Signature.hasShadow(A.getArgNo()))
      continue;
    Parameter->setName(A.getName() + ".shadow");
    Shadows[&A] = &*Parameter++;
  }
  TapeArgument = &*Parameter;
  TapeArgument->setName("tape");

  SmallVector<ReturnInst *, 2> Returns;
  CloneFunctionInto(Augmented, &Primal, Map,
                    CloneFunctionChangeType::LocalChangesOnly, Returns);
  Augmented->setLinkage(GlobalValue::InternalLinkage);
  // The primal may have been given a private calling convention (fastcc);
  // derivative functions are always called with the C convention.
  Augmented->setCallingConv(CallingConv::C);
  // The augmented primal writes the tape and may grow it with realloc.
  for (Attribute::AttrKind Kind : {Attribute::Memory, Attribute::NoFree,
                                   Attribute::Speculatable, Attribute::NoSync})
    Augmented->removeFnAttr(Kind);
  stripDebugInfo(*Augmented);
}

/// Walks the primal in dominance order, so that the shadows of a call's
/// arguments exist when the call is replaced and the shadow a call returns
/// exists before its uses.
void AugmentedPrimalCloner::Implementation::createShadowsAndCalls() {
  ReversePostOrderTraversal<Function *> Order(D.Primal);
  for (BasicBlock *B : Order) {
    for (Instruction &I : *B) {
      ReverseKind Kind = classifyReverse(I, *D.Activity).Kind;
      if (Kind == ReverseKind::Call)
        replaceDifferentiatedCall(cast<CallBase>(I));
      else if (Kind == ReverseKind::CustomCall)
        replaceCustomCall(cast<CallBase>(I));
      else if (D.Activity->hasShadow(&I))
        Shadows[&I] = createShadow(I);
    }
  }
  for (BasicBlock *B : Order) {
    for (PHINode &Phi : B->phis()) {
      if (!D.Activity->hasShadow(&Phi))
        continue;
      auto *ShadowPhi = cast<PHINode>(Shadows[&Phi]);
      for (unsigned K = 0; K < Phi.getNumIncomingValues(); ++K)
        ShadowPhi->addIncoming(shadowOf(Phi.getIncomingValue(K)),
                               cast<BasicBlock>(Map[Phi.getIncomingBlock(K)]));
    }
  }
}

Value *AugmentedPrimalCloner::Implementation::createShadow(Instruction &I) {
  auto *Clone = cast<Instruction>(Map[&I]);
  IRBuilder<> Builder(Clone->getNextNode());
  std::string Name = (I.getName() + ".shadow").str();
  if (auto *Phi = dyn_cast<PHINode>(&I)) {
    Builder.SetInsertPoint(Clone->getParent(),
                           Clone->getParent()->getFirstNonPHIIt());
    return Builder.CreatePHI(Phi->getType(), Phi->getNumIncomingValues(), Name);
  }
  if (auto *Alloca = dyn_cast<AllocaInst>(&I)) {
    const DataLayout &Layout = Augmented->getParent()->getDataLayout();
    Value *Count =
        Builder.CreateZExtOrTrunc(Alloca->getArraySize(), Builder.getInt64Ty());
    Value *Bytes = Builder.CreateMul(
        Count,
        Builder.getInt64(Layout.getTypeAllocSize(Alloca->getAllocatedType())));
    FunctionCallee Calloc = Augmented->getParent()->getOrInsertFunction(
        "calloc", Builder.getPtrTy(), Builder.getInt64Ty(),
        Builder.getInt64Ty());
    return Builder.CreateCall(Calloc, {Builder.getInt64(1), Bytes}, Name);
  }
  if (auto *Allocation = dyn_cast<CallBase>(&I))
    return createHeapShadow(*Allocation, Builder, Name);
  if (auto *Load = dyn_cast<LoadInst>(&I))
    return Builder.CreateAlignedLoad(Load->getType(),
                                     shadowOf(Load->getPointerOperand()),
                                     Load->getAlign(), Name);
  if (auto *Select = dyn_cast<SelectInst>(&I))
    return Builder.CreateSelect(augmentedValue(Select->getCondition()),
                                shadowOf(Select->getTrueValue()),
                                shadowOf(Select->getFalseValue()), Name);
  // GEPs and pointer casts: the same computation on the shadow operand.
  Instruction *Shadow = Clone->clone();
  for (unsigned K = 0; K < I.getNumOperands(); ++K)
    if (I.getOperand(K)->getType()->isPointerTy())
      Shadow->setOperand(K, shadowOf(I.getOperand(K)));
  Shadow->setName(Name);
  Builder.Insert(Shadow);
  return Shadow;
}

/// The shadow of malloc(n), calloc(n, s) or new(n) is calloc'd memory of
/// the same size, freed by the reverse of the allocation.
Value *AugmentedPrimalCloner::Implementation::createHeapShadow(
    CallBase &Allocation, IRBuilder<> &Builder, const std::string &Name) {
  auto *Clone = cast<CallBase>(Map[&Allocation]);
  bool IsCalloc = Allocation.getCalledFunction()->getName() == "calloc";
  Value *Count = IsCalloc ? Clone->getArgOperand(0) : Builder.getInt64(1);
  Value *Size = Clone->getArgOperand(IsCalloc ? 1 : 0);
  FunctionCallee Calloc = Augmented->getParent()->getOrInsertFunction(
      "calloc", Builder.getPtrTy(), Builder.getInt64Ty(), Builder.getInt64Ty());
  return Builder.CreateCall(
      Calloc,
      {Builder.CreateZExtOrTrunc(Count, Builder.getInt64Ty()),
       Builder.CreateZExtOrTrunc(Size, Builder.getInt64Ty())},
      Name);
}

Value *AugmentedPrimalCloner::Implementation::shadowOf(const Value *V) const {
  auto It = Shadows.find(V);
  if (It != Shadows.end())
    return It->second;
  // Null and undefined pointers are their own shadows; checking has ruled
  // out every other pointer without a shadow.
  return ConstantPointerNull::get(cast<PointerType>(V->getType()));
}

/// Original: memcpy(dst, src, n) of pointers
/// Augmented: memcpy(shadow(dst), shadow(src), n) as well
void AugmentedPrimalCloner::Implementation::mirrorPointerTransfer(
    MemTransferInst &Transfer) {
  if (!D.Activity->hasShadow(Transfer.getRawDest()) ||
      !D.Activity->hasShadow(Transfer.getRawSource()))
    return;
  if (!D.TransferLayouts.lookup(&Transfer).CarriesPointers)
    return;
  auto *Clone = cast<MemTransferInst>(Map[&Transfer]);
  IRBuilder<> Builder(Clone->getNextNode());
  Builder.CreateMemMove(shadowOf(Transfer.getRawDest()), MaybeAlign(),
                        shadowOf(Transfer.getRawSource()), MaybeAlign(),
                        Clone->getLength());
}

void AugmentedPrimalCloner::Implementation::mirrorPointerStores() {
  for (BasicBlock &B : *D.Primal) {
    for (Instruction &I : B) {
      if (isa<MemTransferInst>(I)) {
        mirrorPointerTransfer(cast<MemTransferInst>(I));
        continue;
      }
      auto *Store = dyn_cast<StoreInst>(&I);
      if (!Store || !D.Activity->hasShadow(Store->getPointerOperand()) ||
          !D.Activity->hasShadow(Store->getValueOperand()))
        continue;
      auto *Clone = cast<Instruction>(Map[Store]);
      IRBuilder<> Builder(Clone->getNextNode());
      Builder.CreateAlignedStore(shadowOf(Store->getValueOperand()),
                                 shadowOf(Store->getPointerOperand()),
                                 Store->getAlign());
    }
  }
}

/// Original: y = f(x...)
/// Augmented: y = augmented_f(x..., shadows..., tape), which may also return
/// the shadow of a returned pointer.
void AugmentedPrimalCloner::Implementation::replaceDifferentiatedCall(
    CallBase &Call) {
  auto *Clone = cast<CallBase>(Map[&Call]);
  ActivitySignature Signature = calleeSignature(Call, *D.Activity);
  SmallVector<Value *, 8> Arguments(Clone->args());
  for (unsigned K = 0; K < Call.arg_size(); ++K)
    if (Signature.hasShadow(K))
      Arguments.push_back(shadowOf(Call.getArgOperand(K)));
  Arguments.push_back(TapeArgument);
  Function *Callee = Callees(Call).AugmentedPrimal;
  CallBase *Augmented;
  Instruction *After = Clone;
  if (auto *Invoke = dyn_cast<InvokeInst>(Clone)) {
    BasicBlock *Continue = continuationOf(*Invoke, *Call.getParent());
    Augmented = InvokeInst::Create(Callee, Continue, Invoke->getUnwindDest(),
                                   Arguments, "", Clone->getIterator());
    After = Continue->getTerminator();
  } else {
    Augmented = CallInst::Create(Callee, Arguments, "", Clone->getIterator());
  }
  Value *Primal = Augmented;
  if (Signature.ReturnShadow) {
    IRBuilder<> Builder(After);
    Primal = Builder.CreateExtractValue(Augmented, 0);
    Shadows[&Call] =
        Builder.CreateExtractValue(Augmented, 1, Call.getName() + ".shadow");
  }
  Primal->takeName(Clone);
  Clone->replaceAllUsesWith(Primal);
  Clone->eraseFromParent();
}

/// Original:  y = f(x...) with a registered rule
/// Augmented: (tape, y) = f_aug(x, shadow(x), ...)
void AugmentedPrimalCloner::Implementation::replaceCustomCall(CallBase &Call) {
  const CustomRule &Rule = D.CustomRules.find(&Call)->second;
  auto *Clone = cast<CallInst>(Map[&Call]);
  SmallVector<Value *, 8> Arguments = interleaveShadows(
      Call, [&](unsigned K) { return Clone->getArgOperand(K); },
      [&](unsigned K) { return shadowOf(Call.getArgOperand(K)); });
  IRBuilder<> Builder(Clone);
  Value *Result = Builder.CreateCall(Rule.Augment, Arguments);
  Value *Primal = Result;
  if (Rule.AugmentReturnsTape && Rule.AugmentReturnsResult) {
    CustomTapes[&Call] = Builder.CreateExtractValue(Result, 0);
    Primal = Builder.CreateExtractValue(Result, 1);
  } else if (Rule.AugmentReturnsTape) {
    CustomTapes[&Call] = Result;
  }
  if (!Call.getType()->isVoidTy()) {
    Primal->takeName(Clone);
    Clone->replaceAllUsesWith(Primal);
  }
  Clone->eraseFromParent();
}

Value *
AugmentedPrimalCloner::Implementation::recordedValue(const TapeEntry &Entry) {
  switch (Entry.Kind) {
  case TapeEntryKind::Primal:
    return augmentedValue(Entry.Value);
  case TapeEntryKind::Shadow:
    return shadowOf(Entry.Value);
  case TapeEntryKind::Counter:
    return Counters.lookup(Entry.Value);
  case TapeEntryKind::CustomTape:
    if (Value *Tape = CustomTapes.lookup(Entry.Value))
      return Tape;
    return ConstantPointerNull::get(
        PointerType::getUnqual(Augmented->getContext()));
  }
  llvm_unreachable("unknown tape entry kind");
}

/// k = phi [0, preheader], [k + 1, latch] in the header of every counted
/// loop: the number of the current iteration.
void AugmentedPrimalCloner::Implementation::createIterationCounters() {
  for (const Loop *L : D.Plan->loopReversal().countedLoops()) {
    auto *Header = cast<BasicBlock>(Map[L->getHeader()]);
    auto *Preheader = cast<BasicBlock>(Map[L->getLoopPreheader()]);
    auto *Latch = cast<BasicBlock>(Map[L->getLoopLatch()]);
    IRBuilder<> Builder(Header, Header->begin());
    PHINode *Counter = Builder.CreatePHI(Builder.getInt64Ty(), 2, "iteration");
    Builder.SetInsertPoint(Latch->getTerminator());
    Value *Next = Builder.CreateAdd(Counter, Builder.getInt64(1),
                                    "iteration.next", /*HasNUW=*/true);
    Counter->addIncoming(Builder.getInt64(0), Preheader);
    Counter->addIncoming(Next, Latch);
    Counters[L->getHeader()] = Counter;
  }
}

/// Splits the normal edge of \p Invoke (the clone of the terminator of
/// \p Primal): the new block pushes the record of \p Primal, after the
/// callee has pushed its own.
BasicBlock *AugmentedPrimalCloner::Implementation::continuationOf(
    InvokeInst &Invoke, const BasicBlock &Primal) {
  BasicBlock *Normal = Invoke.getNormalDest();
  BasicBlock *From = Invoke.getParent();
  BasicBlock *Continue =
      BasicBlock::Create(Augmented->getContext(), From->getName() + ".returned",
                         Augmented, Normal);
  BranchInst::Create(Normal, Continue);
  Normal->replacePhiUsesWith(From, Continue);
  Invoke.setNormalDest(Continue);
  Continuations[&Primal] = Continue;
  return Continue;
}

/// With a return shadow, `ret p` becomes `ret {p, shadow(p)}`.
void AugmentedPrimalCloner::Implementation::returnShadow() {
  if (!D.Signature.ReturnShadow)
    return;
  for (BasicBlock &B : *D.Primal) {
    auto *Return = dyn_cast<ReturnInst>(B.getTerminator());
    if (!Return)
      continue;
    auto *Clone = cast<ReturnInst>(Map[Return]);
    IRBuilder<> Builder(Clone);
    Value *Pair = PoisonValue::get(Augmented->getReturnType());
    Pair = Builder.CreateInsertValue(Pair, Clone->getReturnValue(), 0);
    Pair =
        Builder.CreateInsertValue(Pair, shadowOf(Return->getReturnValue()), 1);
    Builder.CreateRet(Pair);
    Clone->eraseFromParent();
  }
}

Value *AugmentedPrimalCloner::Implementation::predecessorIndex(BasicBlock &B) {
  auto *Clone = cast<BasicBlock>(Map[&B]);
  ArrayRef<BasicBlock *> Order = D.Plan->predecessors(&B);
  IRBuilder<> Builder(Clone, Clone->begin());
  PHINode *Index = Builder.CreatePHI(Builder.getInt64Ty(), Order.size(),
                                     "predecessor.index");
  for (BasicBlock *Predecessor : Order) {
    BasicBlock *ClonedPredecessor = Continuations.lookup(Predecessor);
    if (!ClonedPredecessor)
      ClonedPredecessor = cast<BasicBlock>(Map[Predecessor]);
    uint64_t Position = find(Order, Predecessor) - Order.begin();
    // One incoming entry per CFG edge (a switch may have several).
    for (BasicBlock *Incoming : llvm::predecessors(Clone))
      if (Incoming == ClonedPredecessor)
        Index->addIncoming(Builder.getInt64(Position), ClonedPredecessor);
  }
  return Index;
}

void AugmentedPrimalCloner::Implementation::pushRecords() {
  for (BasicBlock &B : *D.Primal) {
    SmallVector<Value *, 8> Values;
    if (D.Plan->recordsPredecessor(&B))
      Values.push_back(predecessorIndex(B));
    for (const TapeEntry &Entry : D.Plan->entries(&B))
      Values.push_back(recordedValue(Entry));
    if (Values.empty())
      continue;
    auto *Clone = cast<BasicBlock>(Map[&B]);
    if (BasicBlock *Continue = Continuations.lookup(&B))
      Clone = Continue;
    IRBuilder<> Builder(Clone->getTerminator());
    Tape.push(Builder, TapeArgument, Values);
  }
}

AugmentedPrimalCloner::AugmentedPrimalCloner(Derivation &D,
                                             const TapeBuilder &Tape,
                                             CalleeLookup Callees)
    : Impl(std::make_unique<Implementation>(D, Tape, std::move(Callees))) {}

AugmentedPrimalCloner::~AugmentedPrimalCloner() = default;

void AugmentedPrimalCloner::run() { Impl->run(); }

} // namespace adjoint
