//===- typeanalysis/TypeSolver.cpp - The fixed point for one function -----===//
//
// The worklist that propagates type facts through one function, the facts
// of constants and globals, and the exchange of facts with callees.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/TypeSolver.h"

#include "typeanalysis/MemoryLayout.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Visits allowed per instruction and solve. The lattice is finite, so the
/// bound only guards against very slow convergence.
constexpr size_t VisitsPerInstruction = 256;
/// Rounds of "propagate inside the function, then exchange facts with the
/// callees".
constexpr unsigned MaxCallRounds = 16;
/// Values inspected when looking for a pointer induction.
constexpr unsigned MaxInductionSearch = 64;
/// Integer constants up to this magnitude are taken as integers; larger
/// ones may be the bits of a floating-point number or an address.
constexpr int64_t MaxIntegerConstant = 4096;

/// True for integer constants that are surely integers: booleans and small
/// non-zero values (zero says nothing: it is also 0.0 and null).
bool isSmallInteger(const Constant *C) {
  if (auto *Splat = C->getType()->isVectorTy() ? C->getSplatValue() : nullptr)
    C = Splat;
  auto *Integer = dyn_cast<ConstantInt>(C);
  if (!Integer)
    return false;
  if (Integer->getBitWidth() == 1)
    return true;
  if (Integer->isZero() || Integer->getValue().getSignificantBits() > 64)
    return false;
  int64_t Value = Integer->getSExtValue();
  return Value >= -MaxIntegerConstant && Value <= MaxIntegerConstant;
}

/// The global a constant expression points into and the byte offset, or
/// nullptr when \p V is not a constant offset from a global.
const GlobalVariable *globalBase(const Value *V, const DataLayout &Layout,
                                 int64_t &Offset) {
  if (!isa<ConstantExpr>(V) || !V->getType()->isPointerTy())
    return nullptr;
  APInt Accumulated(Layout.getIndexTypeSizeInBits(V->getType()), 0);
  const Value *Base =
      V->stripAndAccumulateConstantOffsets(Layout, Accumulated, true);
  Offset = Accumulated.getSExtValue();
  return dyn_cast<GlobalVariable>(Base);
}

} // namespace

TypeSolver::TypeSolver(TypeAnalyzer &Analyzer, Function &F, TypeInfo &Info)
    : Analyzer(Analyzer), F(F), Info(Info),
      Layout(F.getParent()->getDataLayout()) {}

void TypeSolver::solve() {
  seed();
  for (unsigned Round = 0; Round < MaxCallRounds; ++Round) {
    drainWorklist();
    if (!refreshCallees())
      break;
  }
  drainWorklist();
}

void TypeSolver::seed() {
  size_t Instructions = 0;
  for (Argument &A : F.args())
    Info.Types.try_emplace(&A, initialFacts(&A));
  for (Instruction &I : instructions(F)) {
    Info.Types.try_emplace(&I, initialFacts(&I));
    enqueue(&I);
    ++Instructions;
  }
  VisitBudget = VisitsPerInstruction * (Instructions + 1);
}

TypeTree TypeSolver::initialFacts(const Value *V) {
  TypeTree Facts = typeTreeOfIRType(V->getType(), Layout);
  if (auto *A = dyn_cast<Argument>(V)) {
    if (A->getArgNo() < Info.ContextArguments.size())
      Facts.join(Info.ContextArguments[A->getArgNo()]);
    return Facts;
  }
  if (auto *Global = dyn_cast<GlobalVariable>(V))
    Facts.join(
        memoryTreeOfType(Global->getValueType(), Layout, true).only(AnyOffset));
  return Facts;
}

TypeTree TypeSolver::typeOf(const Value *V) {
  auto Known = Info.Types.find(V);
  if (Known != Info.Types.end())
    return Known->second;
  if (isa<GlobalVariable>(V))
    return Info.Types.try_emplace(V, initialFacts(V)).first->second;
  TypeTree Facts = typeTreeOfIRType(V->getType(), Layout);
  auto *C = dyn_cast<Constant>(V);
  if (!C)
    return Facts;
  int64_t Offset = 0;
  if (const GlobalVariable *Global = globalBase(C, Layout, Offset))
    Facts.join(typeOf(Global).pointee().shifted(-Offset).only(AnyOffset));
  if (isSmallInteger(C))
    Facts.insert({AnyOffset}, ConcreteType(BaseType::Integer));
  return Facts;
}

void TypeSolver::update(const Value *V, const TypeTree &Facts) {
  if (Facts.empty())
    return;
  int64_t Offset = 0;
  if (const GlobalVariable *Global = globalBase(V, Layout, Offset)) {
    update(Global, Facts.pointee().shifted(Offset).only(AnyOffset));
    return;
  }
  if (isa<Constant>(V) && !isa<GlobalVariable>(V))
    return;
  if (!Info.Types.count(V))
    Info.Types.try_emplace(V, initialFacts(V));
  JoinResult Outcome = Info.Types[V].join(Facts);
  if (Outcome.Conflict && !is_contained(Info.Conflicts, V))
    Info.Conflicts.push_back(V);
  if (!Outcome.Changed)
    return;
  enqueue(V);
  enqueueUsers(V);
}

void TypeSolver::updateScalar(const Value *V, ConcreteType T) {
  update(V, TypeTree(T).only(AnyOffset));
}

void TypeSolver::updatePointee(const Value *Pointer, const TypeTree &Memory) {
  TypeTree Facts = Memory.only(AnyOffset);
  Facts.insert({AnyOffset}, ConcreteType(BaseType::Pointer));
  update(Pointer, Facts);
}

void TypeSolver::updateReturn(const TypeTree &Facts) {
  Info.Return.join(Facts);
}

void TypeSolver::enqueue(const Value *V) {
  auto *I = dyn_cast<Instruction>(V);
  if (!I || I->getFunction() != &F)
    return;
  // The worklist holds instructions of F, which the rules read but never
  // modify; InstVisitor needs them non-const.
  auto *Mutable = const_cast<Instruction *>(I);
  if (Queued.insert(Mutable).second)
    Worklist.push_back(Mutable);
}

void TypeSolver::enqueueUsers(const Value *V) {
  for (const User *U : V->users()) {
    if (isa<ConstantExpr>(U))
      for (const User *Nested : U->users())
        enqueue(Nested);
    enqueue(U);
  }
}

void TypeSolver::drainWorklist() {
  while (!Worklist.empty() && VisitBudget > 0) {
    Instruction *I = Worklist.front();
    Worklist.pop_front();
    Queued.erase(I);
    --VisitBudget;
    applyInstructionRule(*this, *I);
  }
}

//===----------------------------------------------------------------------===//
// Calls to functions with bodies
//===----------------------------------------------------------------------===//

void TypeSolver::noteDefinedCall(CallBase &Call) {
  DefinedCalls.insert(&Call);
  if (const TypeInfo *Known = Info.calleeInfo(Call))
    applyCalleeFacts(Call, *Known);
}

bool TypeSolver::refreshCallees() {
  for (CallBase *Call : DefinedCalls) {
    auto *Callee =
        dyn_cast<Function>(Call->getCalledOperand()->stripPointerCasts());
    if (!Callee)
      continue;
    std::vector<TypeTree> Arguments;
    for (unsigned Index = 0; Index < Call->arg_size(); ++Index)
      Arguments.push_back(typeOf(Call->getArgOperand(Index)));
    Arguments.resize(std::min<size_t>(Arguments.size(), Callee->arg_size()));
    const TypeInfo &CalleeInfo =
        Analyzer.analyzeWithArguments(*Callee, Arguments);
    Info.Callees[Call] = &CalleeInfo;
    applyCalleeFacts(*Call, CalleeInfo);
  }
  return !Worklist.empty();
}

void TypeSolver::applyCalleeFacts(CallBase &Call, const TypeInfo &Callee) {
  const Function &Target = Callee.function();
  if (Call.getType() == Target.getReturnType()) {
    TypeTree Returned = Callee.returnType();
    update(&Call, Returned);
  }
  for (const Argument &Parameter : Target.args()) {
    unsigned Index = Parameter.getArgNo();
    if (Index >= Call.arg_size() ||
        Call.getArgOperand(Index)->getType() != Parameter.getType())
      continue;
    // Copy first: the callee may be this function (recursion), whose trees
    // update() may move.
    TypeTree Facts = Callee.typeOf(&Parameter);
    update(Call.getArgOperand(Index), Facts);
  }
}

//===----------------------------------------------------------------------===//
// Pointer inductions
//===----------------------------------------------------------------------===//

bool TypeSolver::isPointerInduction(const GEPOperator &GEP) {
  auto Known = Inductions.find(&GEP);
  if (Known != Inductions.end())
    return Known->second;
  bool Result = reachesBack(GEP.getPointerOperand(), &GEP);
  Inductions[&GEP] = Result;
  return Result;
}

bool TypeSolver::reachesBack(const Value *Start, const Value *Target) {
  SmallVector<const Value *, 8> Pending = {Start};
  SmallPtrSet<const Value *, 16> Seen;
  while (!Pending.empty() && Seen.size() < MaxInductionSearch) {
    const Value *V = Pending.pop_back_val();
    if (V == Target)
      return true;
    if (!Seen.insert(V).second)
      continue;
    if (auto *Phi = dyn_cast<PHINode>(V))
      append_range(Pending, Phi->incoming_values());
    else if (auto *Select = dyn_cast<SelectInst>(V))
      Pending.append({Select->getTrueValue(), Select->getFalseValue()});
    else if (auto *Offset = dyn_cast<GEPOperator>(V))
      Pending.push_back(Offset->getPointerOperand());
    else if (auto *Cast = dyn_cast<CastInst>(V))
      Pending.push_back(Cast->getOperand(0));
  }
  return false;
}

} // namespace adjoint
