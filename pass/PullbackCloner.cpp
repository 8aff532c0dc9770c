//===- pass/PullbackCloner.cpp - The reverse sweep ------------------------===//
//
// Emits reverse blocks, adjoint accumulators and the pullback's exit.
// Adjoints live in stack slots (one per active value, zero-initialized) that
// cleanup promotes to SSA values; reading an adjoint for propagation resets
// its slot to zero, so values defined in loops start each iteration clean.
//
//===----------------------------------------------------------------------===//
#include "pass/PullbackCloner.h"

#include "activity/ActivityAnalysis.h"
#include "analysis/MemoryAccess.h"
#include "analysis/TapePlan.h"
#include "pass/ADContext.h"
#include "pass/CustomRuleCall.h"
#include "pass/MemoryTransfer.h"
#include "pass/RecomputeEmitter.h"
#include "pass/TapeBuilder.h"
#include "rules/KnownFunctions.h"
#include "rules/RuleRegistry.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint {

class PullbackCloner::Implementation {
public:
  Implementation(Derivation &D, const TapeBuilder &Tape, CalleeLookup Callees)
      : D(D), Activity(*D.Activity), Tape(Tape), Callees(std::move(Callees)),
        Pullback(D.Functions.Pullback) {}

  void run();

private:
  void createSlots(IRBuilder<> &Builder);
  void buildExit();
  void buildReverseBlock(BasicBlock &B);
  void popRecord(BasicBlock &B, IRBuilder<> &Builder);
  void recompute(BasicBlock &B, IRBuilder<> &Builder);
  void reverseInstruction(Instruction &I, IRBuilder<> &Builder);
  void applyRule(Instruction &I, const rules::DerivativeRule &Rule,
                 IRBuilder<> &Builder);
  void reverseLoad(Instruction &Load, IRBuilder<> &Builder);
  void reverseStore(Instruction &Store, IRBuilder<> &Builder);
  Value *loadShadow(const MemoryAccess &Access, Value *Shadow,
                    IRBuilder<> &Builder);
  void storeShadow(const MemoryAccess &Access, Value *V, Value *Shadow,
                   IRBuilder<> &Builder);
  void reverseCall(CallBase &Call, IRBuilder<> &Builder);
  void freeShadow(Instruction &I, IRBuilder<> &Builder);
  void reverseCustomCall(CallBase &Call, IRBuilder<> &Builder);
  void reverseTransfer(MemTransferInst &Transfer, IRBuilder<> &Builder);
  void branchToPredecessors(BasicBlock &B, IRBuilder<> &Builder);
  BasicBlock *edgeTo(BasicBlock &B, BasicBlock *Predecessor,
                     AllocaInst *Counter, Value *Iteration);

  Value *primalValue(const Value *V) const;
  Value *shadowValue(const Value *V) const;
  Value *takeAdjoint(const Value *V, IRBuilder<> &Builder);
  void addToAdjoint(const Value *V, Value *Delta, IRBuilder<> &Builder);

  Derivation &D;
  const ActivityInfo &Activity;
  const TapeBuilder &Tape;
  CalleeLookup Callees;
  Function *Pullback;
  Value *TapeArgument = nullptr;
  Value *ResultAdjoint = nullptr;
  BasicBlock *Exit = nullptr;
  DenseMap<const Value *, AllocaInst *> Slots;
  /// The reverse iteration counter of each counted loop, by primal header.
  DenseMap<const BasicBlock *, AllocaInst *> CounterSlots;
  DenseMap<const BasicBlock *, BasicBlock *> ReverseBlocks;
  /// Values popped for the reverse block being built.
  DenseMap<std::pair<const Value *, TapeEntryKind>, Value *> Record;
  /// Values popped from the function record, available everywhere.
  DenseMap<std::pair<const Value *, TapeEntryKind>, Value *> FunctionRecord;
  Value *recorded(const Value *V, TapeEntryKind Kind) const;
  Value *PredecessorIndex = nullptr;
  /// Adjoints of the current block's phis, read before branching.
  SmallVector<std::pair<PHINode *, Value *>, 4> PhiAdjoints;
};

void PullbackCloner::Implementation::run() {
  LLVMContext &Context = Pullback->getContext();
  if (D.Signature.ReturnActive) {
    ResultAdjoint = Pullback->getArg(0);
    ResultAdjoint->setName("result.adjoint");
  }
  TapeArgument = Pullback->getArg(Pullback->arg_size() - 1);
  TapeArgument->setName("tape");

  auto *Entry = BasicBlock::Create(Context, "entry", Pullback);
  for (BasicBlock &B : *D.Primal)
    ReverseBlocks[&B] =
        BasicBlock::Create(Context, "reverse." + B.getName(), Pullback);
  Exit = BasicBlock::Create(Context, "exit", Pullback);

  IRBuilder<> Builder(Entry);
  createSlots(Builder);
  BasicBlock *ReturnBlock = nullptr;
  for (BasicBlock &B : *D.Primal)
    if (isa<ReturnInst>(B.getTerminator()))
      ReturnBlock = &B;
  if (ReturnBlock)
    Builder.CreateBr(ReverseBlocks[ReturnBlock]);
  else
    Builder.CreateUnreachable();

  // The return block pops the function record, which every other reverse
  // block may read: build it first.
  if (ReturnBlock)
    buildReverseBlock(*ReturnBlock);
  for (BasicBlock &B : *D.Primal)
    if (&B != ReturnBlock)
      buildReverseBlock(B);
  buildExit();
}

void PullbackCloner::Implementation::createSlots(IRBuilder<> &Builder) {
  auto AddSlot = [&](const Value *V) {
    if (!Activity.isActive(V))
      return;
    AllocaInst *Slot =
        Builder.CreateAlloca(V->getType(), nullptr, V->getName() + ".adjoint");
    Builder.CreateStore(Constant::getNullValue(V->getType()), Slot);
    Slots[V] = Slot;
  };
  for (const Loop *L : D.Plan->loopReversal().countedLoops())
    CounterSlots[L->getHeader()] = Builder.CreateAlloca(
        Builder.getInt64Ty(), nullptr, L->getHeader()->getName() + ".counter");
  for (const Argument &A : D.Primal->args())
    AddSlot(&A);
  for (const BasicBlock &B : *D.Primal)
    for (const Instruction &I : B)
      AddSlot(&I);
}

void PullbackCloner::Implementation::buildExit() {
  IRBuilder<> Builder(Exit);
  Type *ResultType = Pullback->getReturnType();
  if (ResultType->isVoidTy()) {
    Builder.CreateRetVoid();
    return;
  }
  Value *Result = PoisonValue::get(ResultType);
  unsigned Field = 0;
  for (const Argument &A : D.Primal->args()) {
    if (!D.Signature.isActive(A.getArgNo()))
      continue;
    auto It = Slots.find(&A);
    Value *Adjoint = Constant::getNullValue(A.getType());
    if (It != Slots.end())
      Adjoint = Builder.CreateLoad(A.getType(), It->second);
    Result = Builder.CreateInsertValue(Result, Adjoint, Field++);
  }
  Builder.CreateRet(Result);
}

void PullbackCloner::Implementation::buildReverseBlock(BasicBlock &B) {
  IRBuilder<> Builder(ReverseBlocks[&B]);
  Record.clear();
  PhiAdjoints.clear();
  PredecessorIndex = nullptr;
  popRecord(B, Builder);
  recompute(B, Builder);
  if (auto *Return = dyn_cast<ReturnInst>(B.getTerminator()))
    if (ResultAdjoint && Return->getReturnValue())
      addToAdjoint(Return->getReturnValue(), ResultAdjoint, Builder);
  for (Instruction &I : reverse(B)) {
    // An invoke is a call that ends its block: it has a reverse too.
    if ((I.isTerminator() && !isa<InvokeInst>(I)) || isa<PHINode>(I))
      continue;
    reverseInstruction(I, Builder);
  }
  for (PHINode &Phi : B.phis())
    if (Activity.isActive(&Phi))
      PhiAdjoints.push_back({&Phi, takeAdjoint(&Phi, Builder)});
  branchToPredecessors(B, Builder);
}

void PullbackCloner::Implementation::popRecord(BasicBlock &B,
                                               IRBuilder<> &Builder) {
  bool HasIndex = D.Plan->recordsPredecessor(&B);
  ArrayRef<TapeEntry> Entries = D.Plan->entries(&B);
  SmallVector<Value *, 8> Values =
      Tape.pop(Builder, TapeArgument, D.Plan->recordTypes(&B));
  unsigned Position = 0;
  if (HasIndex)
    PredecessorIndex = Values[Position++];
  for (const TapeEntry &Entry : Entries) {
    Value *V = Values[Position++];
    if (Entry.Kind == TapeEntryKind::Counter) {
      // Entering the reverse of the loop at its last iteration.
      Builder.CreateStore(V, CounterSlots[cast<BasicBlock>(Entry.Value)]);
      continue;
    }
    V->setName(Entry.Value->getName() +
               (Entry.Kind == TapeEntryKind::Shadow       ? ".shadow"
                : Entry.Kind == TapeEntryKind::CustomTape ? ".tape"
                                                          : ""));
    if (&B == D.Plan->returnBlock())
      FunctionRecord[{Entry.Value, Entry.Kind}] = V;
    else
      Record[{Entry.Value, Entry.Kind}] = V;
  }
}

/// Values the plan recomputes rather than tapes, from the function record
/// and the iteration counters.
void PullbackCloner::Implementation::recompute(BasicBlock &B,
                                               IRBuilder<> &Builder) {
  ArrayRef<Recipe> Recipes = D.Plan->recipes(&B);
  if (Recipes.empty())
    return;
  RecomputeEmitter Emitter(
      D.Plan->evolution(),
      [this](const Value *V, bool Shadow) {
        return recorded(V,
                        Shadow ? TapeEntryKind::Shadow : TapeEntryKind::Primal);
      },
      [this, &Builder](const Loop *L) -> Value * {
        return Builder.CreateLoad(Builder.getInt64Ty(),
                                  CounterSlots[L->getHeader()]);
      });
  for (const Recipe &R : Recipes) {
    Value *V = Emitter.emit(R, Builder);
    bool Shadow = R.How == Recipe::Kind::Shadow;
    V->setName(R.Value->getName() + (Shadow ? ".shadow" : ""));
    Record[{R.Value, Shadow ? TapeEntryKind::Shadow : TapeEntryKind::Primal}] =
        V;
  }
}

void PullbackCloner::Implementation::reverseInstruction(Instruction &I,
                                                        IRBuilder<> &Builder) {
  ReverseAction Action = classifyReverse(I, Activity);
  switch (Action.Kind) {
  case ReverseKind::Rule:
    applyRule(I, *Action.Rule, Builder);
    break;
  case ReverseKind::Load:
    reverseLoad(I, Builder);
    break;
  case ReverseKind::Store:
    reverseStore(I, Builder);
    break;
  case ReverseKind::Call:
    reverseCall(cast<CallBase>(I), Builder);
    break;
  case ReverseKind::FreeShadow:
    freeShadow(I, Builder);
    break;
  case ReverseKind::CustomCall:
    reverseCustomCall(cast<CallBase>(I), Builder);
    break;
  case ReverseKind::MemoryTransfer:
    reverseTransfer(cast<MemTransferInst>(I), Builder);
    break;
  case ReverseKind::MemoryFill: {
    auto &Fill = cast<MemSetInst>(I);
    Builder.CreateMemSet(shadowValue(Fill.getRawDest()), Builder.getInt8(0),
                         primalValue(Fill.getLength()), MaybeAlign());
    break;
  }
  case ReverseKind::None:
  case ReverseKind::Phi:
  case ReverseKind::Unsupported:
    break;
  }
}

/// Original: y = op(x_0, ..., x_n)
/// Adjoint:  dx_k += partial_k(dy, x, y) for every active x_k
void PullbackCloner::Implementation::applyRule(
    Instruction &I, const rules::DerivativeRule &Rule, IRBuilder<> &Builder) {
  if (!Activity.isActive(&I))
    return;
  Value *Adjoint = takeAdjoint(&I, Builder);
  unsigned Count = rules::primitiveOperandCount(I);
  SmallVector<bool, 4> Active;
  SmallVector<Type *, 4> Types;
  for (unsigned K = 0; K < Count; ++K) {
    Active.push_back(Activity.isActive(I.getOperand(K)));
    Types.push_back(I.getOperand(K)->getType());
  }
  rules::PrimalNeeds Needs = Rule.needs(Active);
  SmallVector<Value *, 4> Operands(Count, nullptr);
  for (unsigned K = 0; K < Needs.Operands.size(); ++K)
    if (Needs.Operands[K])
      Operands[K] = primalValue(I.getOperand(K));
  rules::EmitInputs Inputs;
  Inputs.Adjoint = Adjoint;
  Inputs.Operands = Operands;
  Inputs.OperandTypes = Types;
  Inputs.Result = Needs.Result ? primalValue(&I) : nullptr;
  Inputs.Primal = &I;
  for (unsigned K = 0; K < Count && K < Rule.Partials.size(); ++K)
    if (Active[K] && Rule.Partials[K])
      addToAdjoint(I.getOperand(K),
                   rules::emitExpr(*Rule.Partials[K], Inputs, Builder),
                   Builder);
}

/// Reads the shadow of an access (only its active lanes when masked).
Value *PullbackCloner::Implementation::loadShadow(const MemoryAccess &Access,
                                                  Value *Shadow,
                                                  IRBuilder<> &Builder) {
  if (!Access.Mask)
    return Builder.CreateAlignedLoad(Access.AccessType, Shadow,
                                     Access.Alignment);
  return Builder.CreateMaskedLoad(Access.AccessType, Shadow, Access.Alignment,
                                  primalValue(Access.Mask),
                                  Constant::getNullValue(Access.AccessType));
}

/// Writes the shadow of an access (only its active lanes when masked).
void PullbackCloner::Implementation::storeShadow(const MemoryAccess &Access,
                                                 Value *V, Value *Shadow,
                                                 IRBuilder<> &Builder) {
  if (!Access.Mask) {
    Builder.CreateAlignedStore(V, Shadow, Access.Alignment);
    return;
  }
  Builder.CreateMaskedStore(V, Shadow, Access.Alignment,
                            primalValue(Access.Mask));
}

/// Original: y = load p (or masked.load p, mask, passthru)
/// Adjoint:  shadow[p] += dy on the loaded lanes; dpassthru += the others
void PullbackCloner::Implementation::reverseLoad(Instruction &Load,
                                                 IRBuilder<> &Builder) {
  if (!Activity.isActive(&Load))
    return;
  MemoryAccess Access = *MemoryAccess::of(Load);
  Value *Adjoint = takeAdjoint(&Load, Builder);
  Value *Shadow = shadowValue(Access.Pointer);
  Value *Old = loadShadow(Access, Shadow, Builder);
  storeShadow(Access, Builder.CreateFAdd(Old, Adjoint), Shadow, Builder);
  if (Access.PassThrough)
    addToAdjoint(Access.PassThrough,
                 Builder.CreateSelect(primalValue(Access.Mask),
                                      Constant::getNullValue(Load.getType()),
                                      Adjoint),
                 Builder);
}

/// Original: store v, p (or masked.store v, p, mask)
/// Adjoint:  dv += shadow[p]; shadow[p] = 0 on the stored lanes
void PullbackCloner::Implementation::reverseStore(Instruction &Store,
                                                  IRBuilder<> &Builder) {
  MemoryAccess Access = *MemoryAccess::of(Store);
  Value *Shadow = shadowValue(Access.Pointer);
  Value *Old = loadShadow(Access, Shadow, Builder);
  storeShadow(Access, Constant::getNullValue(Access.AccessType), Shadow,
              Builder);
  addToAdjoint(Access.Stored, Old, Builder);
}

/// Original: y = f(x_0, ..., x_n)
/// Adjoint:  (dx_active...) = pullback_f(dy, tape)
void PullbackCloner::Implementation::reverseCall(CallBase &Call,
                                                 IRBuilder<> &Builder) {
  ActivitySignature Signature = calleeSignature(Call, Activity);
  SmallVector<Value *, 2> Arguments;
  if (Signature.ReturnActive)
    Arguments.push_back(takeAdjoint(&Call, Builder));
  Arguments.push_back(TapeArgument);
  Value *Adjoints = Builder.CreateCall(Callees(Call).Pullback, Arguments);
  unsigned Field = 0;
  for (unsigned K = 0; K < Call.arg_size(); ++K)
    if (Signature.isActive(K))
      addToAdjoint(Call.getArgOperand(K),
                   Builder.CreateExtractValue(Adjoints, Field++), Builder);
}

/// Original: y = f(x...) with a registered rule
/// Adjoint:  (dx_float...) = f_rev(x, shadow(x), ..., [dy], [tape])
void PullbackCloner::Implementation::reverseCustomCall(CallBase &Call,
                                                       IRBuilder<> &Builder) {
  const CustomRule &Rule = D.CustomRules.find(&Call)->second;
  SmallVector<Value *, 8> Arguments = interleaveShadows(
      Call, [&](unsigned K) { return primalValue(Call.getArgOperand(K)); },
      [&](unsigned K) -> Value * {
        const Value *Argument = Call.getArgOperand(K);
        if (Activity.hasShadow(Argument))
          return shadowValue(Argument);
        return ConstantPointerNull::get(Builder.getPtrTy());
      });
  if (Rule.GradientTakesResultAdjoint)
    Arguments.push_back(takeAdjoint(&Call, Builder));
  if (Rule.AugmentReturnsTape)
    Arguments.push_back(recorded(&Call, TapeEntryKind::CustomTape));
  Value *Result = Builder.CreateCall(Rule.Gradient, Arguments);
  for (unsigned K = 0; K < Call.arg_size(); ++K) {
    if (!Call.getArgOperand(K)->getType()->isFloatingPointTy())
      continue;
    if (Value *Adjoint = adjointFromCustomResult(Builder, Call, Result, K))
      addToAdjoint(Call.getArgOperand(K), Adjoint, Builder);
  }
}

/// Original: memcpy(dst, src, n) of floating-point elements
/// Adjoint:  shadow(src)[k] += shadow(dst)[k]; shadow(dst)[k] = 0
void PullbackCloner::Implementation::reverseTransfer(MemTransferInst &Transfer,
                                                     IRBuilder<> &Builder) {
  Type *FloatType = D.TransferLayouts.lookup(&Transfer).FloatType;
  if (!FloatType)
    return;
  Value *Source = Activity.hasShadow(Transfer.getRawSource())
                      ? shadowValue(Transfer.getRawSource())
                      : nullptr;
  emitTransferAdjoint(Builder, FloatType, Source,
                      shadowValue(Transfer.getRawDest()),
                      primalValue(Transfer.getLength()));
}

/// Original: p = alloca T (or malloc, calloc, new)
/// Adjoint:  free(shadow[p])
void PullbackCloner::Implementation::freeShadow(Instruction &I,
                                                IRBuilder<> &Builder) {
  Module &M = *Pullback->getParent();
  FunctionCallee Free =
      M.getOrInsertFunction("free", Builder.getVoidTy(), Builder.getPtrTy());
  Builder.CreateCall(Free, {shadowValue(&I)});
}

/// The block through which the reverse of \p B returns to the reverse of
/// \p Predecessor: the phi adjoints of B move to their incoming values on
/// that edge, and \p Counter, when given, steps back one iteration.
BasicBlock *PullbackCloner::Implementation::edgeTo(BasicBlock &B,
                                                   BasicBlock *Predecessor,
                                                   AllocaInst *Counter,
                                                   Value *Iteration) {
  BasicBlock *Target = ReverseBlocks[Predecessor];
  if (PhiAdjoints.empty() && !Counter)
    return Target;
  BasicBlock *Edge = BasicBlock::Create(Pullback->getContext(),
                                        "reverse." + B.getName() + ".to." +
                                            Predecessor->getName(),
                                        Pullback, Target);
  IRBuilder<> EdgeBuilder(Edge);
  for (auto &[Phi, Adjoint] : PhiAdjoints)
    addToAdjoint(Phi->getIncomingValueForBlock(Predecessor), Adjoint,
                 EdgeBuilder);
  if (Counter)
    EdgeBuilder.CreateStore(
        EdgeBuilder.CreateSub(Iteration, EdgeBuilder.getInt64(1)), Counter);
  EdgeBuilder.CreateBr(Target);
  return Edge;
}

/// Original: B entered from P_k, with y = phi [x_k, P_k]
/// Adjoint:  on the way back to P_k, dx_k += dy. The header of a counted
///           loop goes back to the latch while its counter is positive
///           (stepping it down) and to the preheader when it reaches 0.
void PullbackCloner::Implementation::branchToPredecessors(
    BasicBlock &B, IRBuilder<> &Builder) {
  ArrayRef<BasicBlock *> Predecessors = D.Plan->predecessors(&B);
  if (Predecessors.empty()) {
    Builder.CreateBr(Exit);
    return;
  }
  if (const Loop *L = D.Plan->loopReversal().countedLoopHeadedBy(&B)) {
    AllocaInst *Counter = CounterSlots[&B];
    Value *Iteration =
        Builder.CreateLoad(Builder.getInt64Ty(), Counter, "iteration");
    BasicBlock *ToPreheader =
        edgeTo(B, L->getLoopPreheader(), nullptr, nullptr);
    BasicBlock *ToLatch = edgeTo(B, L->getLoopLatch(), Counter, Iteration);
    Builder.CreateCondBr(Builder.CreateICmpEQ(Iteration, Builder.getInt64(0)),
                         ToPreheader, ToLatch);
    return;
  }
  SmallVector<BasicBlock *, 4> Targets;
  for (BasicBlock *Predecessor : Predecessors)
    Targets.push_back(edgeTo(B, Predecessor, nullptr, nullptr));
  if (Targets.size() == 1) {
    Builder.CreateBr(Targets[0]);
    return;
  }
  SwitchInst *Switch =
      Builder.CreateSwitch(PredecessorIndex, Targets[0], Targets.size() - 1);
  for (unsigned K = 1; K < Targets.size(); ++K)
    Switch->addCase(Builder.getInt64(K), Targets[K]);
}

Value *PullbackCloner::Implementation::primalValue(const Value *V) const {
  if (auto *C = dyn_cast<Constant>(V))
    return const_cast<Constant *>(C);
  return recorded(V, TapeEntryKind::Primal);
}

Value *PullbackCloner::Implementation::shadowValue(const Value *V) const {
  return recorded(V, TapeEntryKind::Shadow);
}

Value *PullbackCloner::Implementation::recorded(const Value *V,
                                                TapeEntryKind Kind) const {
  if (Value *Found = Record.lookup({V, Kind}))
    return Found;
  if (Value *Found = FunctionRecord.lookup({V, Kind}))
    return Found;
  assert(false && "value missing from the tape records");
  return PoisonValue::get(Kind == TapeEntryKind::Primal
                              ? V->getType()
                              : PointerType::getUnqual(V->getContext()));
}

Value *PullbackCloner::Implementation::takeAdjoint(const Value *V,
                                                   IRBuilder<> &Builder) {
  AllocaInst *Slot = Slots.lookup(V);
  if (!Slot)
    return Constant::getNullValue(V->getType());
  Value *Adjoint = Builder.CreateLoad(V->getType(), Slot);
  Builder.CreateStore(Constant::getNullValue(V->getType()), Slot);
  return Adjoint;
}

void PullbackCloner::Implementation::addToAdjoint(const Value *V, Value *Delta,
                                                  IRBuilder<> &Builder) {
  AllocaInst *Slot = Slots.lookup(V);
  if (!Slot)
    return;
  Value *Old = Builder.CreateLoad(V->getType(), Slot);
  Value *Sum = Builder.CreateFAdd(Old, Delta);
  // The sign of a zero adjoint is irrelevant: 0 + d folds to d.
  if (auto *Add = dyn_cast<Instruction>(Sum))
    Add->setHasNoSignedZeros(true);
  Builder.CreateStore(Sum, Slot);
}

PullbackCloner::PullbackCloner(Derivation &D, const TapeBuilder &Tape,
                               CalleeLookup Callees)
    : Impl(std::make_unique<Implementation>(D, Tape, std::move(Callees))) {}

PullbackCloner::~PullbackCloner() = default;

void PullbackCloner::run() { Impl->run(); }

} // namespace adjoint
