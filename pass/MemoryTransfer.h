//===- pass/MemoryTransfer.h - Derivatives of memcpy, memmove and memset --===//
//
// Original: memcpy(dst, src, n) on floating-point data
// Adjoint:  shadow(src)[k] += shadow(dst)[k]; shadow(dst)[k] = 0 for each
//           element k of the n bytes
// Original: memcpy of pointers
// Forward:  memcpy(shadow(dst), shadow(src), n), so loads of the copied
//           pointers find their shadows
// Original: memset(dst, c, n)
// Adjoint:  shadow(dst)[0..n) = 0 (the old contents were overwritten)
//
// The element type of a copy comes from type analysis; a copy whose bytes
// cannot be typed is a compile error.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_MEMORYTRANSFER_H
#define ADJOINT_PASS_MEMORYTRANSFER_H

#include "llvm/IR/IRBuilder.h"

#include <optional>

namespace llvm {
class CallBase;
} // namespace llvm

namespace adjoint {

class TypeInfo;

/// What a copy moves, as far as derivatives are concerned.
struct TransferLayout {
  llvm::Type *FloatType = nullptr; ///< Floating-point elements, or null.
  bool CarriesPointers = false;    ///< Pointers, whose shadows move too.
};

/// The layout of the data \p Copy moves, or empty when type analysis cannot
/// tell.
std::optional<TransferLayout> layoutOf(const llvm::CallBase &Copy,
                                       const TypeInfo &Types);

/// Emits the adjoint of copying \p Bytes bytes of \p FloatType elements;
/// \p SourceShadow may be null (the source is inactive).
void emitTransferAdjoint(llvm::IRBuilderBase &Builder, llvm::Type *FloatType,
                         llvm::Value *SourceShadow,
                         llvm::Value *DestinationShadow, llvm::Value *Bytes);

} // namespace adjoint

#endif
