//===- analysis/MemoryAccess.cpp - Loads and stores, plain or masked ------===//
//
// Reads the operands of plain and masked memory accesses.
//
//===----------------------------------------------------------------------===//
#include "analysis/MemoryAccess.h"

#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace adjoint {

std::optional<MemoryAccess> MemoryAccess::of(const Instruction &I) {
  MemoryAccess Access;
  auto *Mutable = const_cast<Instruction *>(&I);
  if (auto *Load = dyn_cast<LoadInst>(Mutable)) {
    Access.Pointer = Load->getPointerOperand();
    Access.AccessType = Load->getType();
    Access.Alignment = Load->getAlign();
    return Access;
  }
  if (auto *Store = dyn_cast<StoreInst>(Mutable)) {
    Access.Pointer = Store->getPointerOperand();
    Access.Stored = Store->getValueOperand();
    Access.AccessType = Access.Stored->getType();
    Access.Alignment = Store->getAlign();
    return Access;
  }
  auto *Intrinsic = dyn_cast<IntrinsicInst>(Mutable);
  if (!Intrinsic)
    return std::nullopt;
  // llvm.masked.load(ptr, i32 align, <N x i1> mask, <N x T> passthru)
  if (Intrinsic->getIntrinsicID() == Intrinsic::masked_load) {
    Access.Pointer = Intrinsic->getArgOperand(0);
    Access.Mask = Intrinsic->getArgOperand(2);
    Access.PassThrough = Intrinsic->getArgOperand(3);
    Access.AccessType = Intrinsic->getType();
    Access.Alignment =
        cast<ConstantInt>(Intrinsic->getArgOperand(1))->getAlignValue();
    return Access;
  }
  // llvm.masked.store(<N x T> value, ptr, i32 align, <N x i1> mask)
  if (Intrinsic->getIntrinsicID() == Intrinsic::masked_store) {
    Access.Stored = Intrinsic->getArgOperand(0);
    Access.Pointer = Intrinsic->getArgOperand(1);
    Access.Mask = Intrinsic->getArgOperand(3);
    Access.AccessType = Access.Stored->getType();
    Access.Alignment =
        cast<ConstantInt>(Intrinsic->getArgOperand(2))->getAlignValue();
    return Access;
  }
  return std::nullopt;
}

} // namespace adjoint
