//===- analysis/MemoryAccess.h - Loads and stores, plain or masked --------===//
//
// Presents `load`, `store`, `llvm.masked.load` and `llvm.masked.store`
// uniformly, so that activity, tape planning and the reverse sweep treat a
// vectorized masked access like its plain counterpart.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ANALYSIS_MEMORYACCESS_H
#define ADJOINT_ANALYSIS_MEMORYACCESS_H

#include "llvm/Support/Alignment.h"

#include <optional>

namespace llvm {
class Instruction;
class Type;
class Value;
} // namespace llvm

namespace adjoint {

/// One memory access.
struct MemoryAccess {
  llvm::Value *Pointer = nullptr;
  llvm::Value *Stored = nullptr;      ///< Null for loads.
  llvm::Value *Mask = nullptr;        ///< Null unless masked.
  llvm::Value *PassThrough = nullptr; ///< A masked load's inactive lanes.
  llvm::Type *AccessType = nullptr;
  llvm::Align Alignment;

  bool isLoad() const { return Stored == nullptr; }

  /// The access \p I performs, if it is one of the four kinds.
  static std::optional<MemoryAccess> of(const llvm::Instruction &I);
};

} // namespace adjoint

#endif
