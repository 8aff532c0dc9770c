//===- activity/ActivityAnalysis.cpp - Which values carry derivatives -----===//
//
// Forward propagation of variedness and shadows to a fixed point.
//
//===----------------------------------------------------------------------===//
#include "activity/ActivityAnalysis.h"

#include "analysis/MemoryAccess.h"
#include "rules/KnownFunctions.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace adjoint {

bool isDifferentiableType(const Type *T) {
  return T->getScalarType()->isFloatingPointTy();
}

namespace {

/// True when calls to \p Callee can never carry derivatives.
bool isInactiveCallee(const Function *Callee) {
  if (!Callee)
    return false;
  if (Callee->hasFnAttribute("enzyme_inactive"))
    return true;
  if (Callee->isIntrinsic())
    return rules::isInactiveIntrinsic(*Callee);
  return rules::isInactiveLibraryFunction(Callee->getName());
}

} // namespace

bool isAllocation(const Value *V) {
  if (isa<AllocaInst>(V))
    return true;
  auto *Call = dyn_cast<CallBase>(V);
  const Function *Callee = Call ? Call->getCalledFunction() : nullptr;
  return Callee && rules::isAllocationFunction(Callee->getName());
}

ActivityInfo::ActivityInfo(const Function &F,
                           const ActivitySignature &Signature) {
  for (const Argument &A : F.args()) {
    if (Signature.isActive(A.getArgNo()) && isDifferentiableType(A.getType()))
      Varied.insert(&A);
    if (Signature.hasShadow(A.getArgNo()) && A.getType()->isPointerTy())
      Shadowed.insert(&A);
  }
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const Instruction &I : instructions(F)) {
      Changed |= update(I);
      // A returned pointer whose shadow the caller needs: the memory it
      // points into needs a shadow, even if only the caller writes it.
      if (auto *Return = dyn_cast<ReturnInst>(&I))
        if (Signature.ReturnShadow && Return->getReturnValue())
          markAllocationsBehind(Return->getReturnValue(), Changed);
    }
  }
  computeUsefulness(F, Signature);
}

/// Seeds: the active return value, values stored into memory with a shadow
/// (which may be an output) and the arguments of differentiated calls. A
/// varied operand of a useful instruction is useful.
void ActivityInfo::computeUsefulness(const Function &F,
                                     const ActivitySignature &Signature) {
  SmallVector<const Value *, 32> Worklist;
  auto MarkUseful = [&](const Value *V) {
    if (Varied.contains(V) && Useful.insert(V).second)
      Worklist.push_back(V);
  };
  for (const Instruction &I : instructions(F)) {
    if (auto *Return = dyn_cast<ReturnInst>(&I)) {
      if (Signature.ReturnActive && Return->getReturnValue())
        MarkUseful(Return->getReturnValue());
    } else if (auto Access = MemoryAccess::of(I); Access && !Access->isLoad()) {
      if (Shadowed.contains(Access->Pointer))
        MarkUseful(Access->Stored);
    } else if (auto *Call = dyn_cast<CallBase>(&I)) {
      const Function *Callee = Call->getCalledFunction();
      if (isCallVaried(*Call) && !(Callee && Callee->isIntrinsic()) &&
          !(Callee && Callee->isDeclaration() &&
            rules::mathPrimitiveOfName(Callee->getName())))
        for (const Use &Argument : Call->args())
          MarkUseful(Argument.get());
    }
  }
  while (!Worklist.empty()) {
    auto *I = dyn_cast<Instruction>(Worklist.pop_back_val());
    if (!I || isa<LoadInst>(I))
      continue;
    for (const Use &Operand : I->operands())
      MarkUseful(Operand.get());
  }
}

bool ActivityInfo::update(const Instruction &I) {
  bool Changed = false;
  if (!Varied.contains(&I) && isVariedInstruction(I)) {
    Varied.insert(&I);
    Changed = true;
  }
  if (!Shadowed.contains(&I) && hasShadowInstruction(I)) {
    Shadowed.insert(&I);
    Changed = true;
  }
  markAllocationsWrittenBy(I, Changed);
  // Memory merged with shadowed memory by a phi or select needs a shadow
  // too, when it is an allocation that can have one.
  if ((isa<PHINode>(I) || isa<SelectInst>(I)) && Shadowed.contains(&I))
    for (const Use &Operand : I.operands())
      if (Operand->getType()->isPointerTy())
        markAllocationsBehind(Operand.get(), Changed);
  return Changed;
}

bool ActivityInfo::isCallVaried(const CallBase &Call) const {
  if (isInactiveCallee(Call.getCalledFunction()))
    return false;
  for (const Use &Argument : Call.args())
    if (Varied.contains(Argument.get()) || Shadowed.contains(Argument.get()))
      return true;
  return false;
}

bool ActivityInfo::returnsShadow(const CallBase &Call) const {
  const Function *Callee = Call.getCalledFunction();
  if (!Call.getType()->isPointerTy() || !Callee || Callee->isDeclaration())
    return false;
  for (const Use &Argument : Call.args())
    if (Shadowed.contains(Argument.get()))
      return true;
  return false;
}

bool ActivityInfo::isVariedInstruction(const Instruction &I) const {
  if (!isDifferentiableType(I.getType()) && !I.getType()->isAggregateType())
    return false;
  if (auto *Load = dyn_cast<LoadInst>(&I))
    return Shadowed.contains(Load->getPointerOperand());
  if (auto *Call = dyn_cast<CallBase>(&I))
    return isCallVaried(*Call);
  for (const Use &Operand : I.operands())
    if (Varied.contains(Operand.get()))
      return true;
  return false;
}

bool ActivityInfo::hasShadowInstruction(const Instruction &I) const {
  if (!I.getType()->isPointerTy())
    return false;
  if (auto *Call = dyn_cast<CallBase>(&I))
    return returnsShadow(*Call);
  if (isa<AllocaInst>(I) || isa<IntToPtrInst>(I))
    return false; // allocations gain shadows when active data is stored.
  if (auto *Load = dyn_cast<LoadInst>(&I))
    return Shadowed.contains(Load->getPointerOperand());
  if (auto *GEP = dyn_cast<GetElementPtrInst>(&I))
    return Shadowed.contains(GEP->getPointerOperand());
  for (const Use &Operand : I.operands())
    if (Operand->getType()->isPointerTy() && Shadowed.contains(Operand.get()))
      return true;
  return false;
}

/// Gives a shadow to every allocation \p Pointer may point into, through
/// phis and selects.
void ActivityInfo::markAllocationsBehind(const Value *Pointer, bool &Changed) {
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(Pointer, Objects);
  for (const Value *Object : Objects)
    if (isAllocation(Object) && Shadowed.insert(Object).second)
      Changed = true;
}

void ActivityInfo::markAllocationsWrittenBy(const Instruction &I,
                                            bool &Changed) {
  auto Mark = [&](const Value *Pointer) {
    markAllocationsBehind(Pointer, Changed);
  };
  if (auto *Store = dyn_cast<StoreInst>(&I)) {
    const Value *Stored = Store->getValueOperand();
    if (Varied.contains(Stored) || Shadowed.contains(Stored))
      Mark(Store->getPointerOperand());
    return;
  }
  auto *Call = dyn_cast<CallBase>(&I);
  if (!Call || !isCallVaried(*Call))
    return;
  for (const Use &Argument : Call->args())
    if (Argument->getType()->isPointerTy())
      Mark(Argument.get());
}

bool ActivityInfo::isActive(const Value *V) const {
  return Varied.contains(V) && Useful.contains(V) &&
         isDifferentiableType(V->getType());
}

bool ActivityInfo::isVaried(const Value *V) const {
  return Varied.contains(V) && isDifferentiableType(V->getType());
}

bool ActivityInfo::hasShadow(const Value *V) const {
  return Shadowed.contains(V);
}

bool ActivityInfo::needsAdjoint(const Instruction &I) const {
  if (auto Access = MemoryAccess::of(I); Access && !Access->isLoad())
    return hasShadow(Access->Pointer) &&
           isDifferentiableType(Access->AccessType);
  if (isAllocation(&I))
    return hasShadow(&I);
  if (auto *Call = dyn_cast<CallBase>(&I))
    return isCallVaried(*Call);
  return isActive(&I);
}

} // namespace adjoint
