//===- pass/TapeBuilder.h - Emits pushes and pops of block records --------===//
//
// The tape is a growable byte stack, `{ ptr data, i64 size, i64 capacity }`,
// owned by the gradient of one request and shared by every augmented primal
// and pullback it calls. Each value occupies a slot of its store size rounded
// up to 8 bytes. The storage outlives the gradient: a thread-local cache
// hands it to the next gradient on the same thread.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_TAPEBUILDER_H
#define ADJOINT_PASS_TAPEBUILDER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/IRBuilder.h"

namespace llvm {
class GlobalVariable;
class Module;
class StructType;
} // namespace llvm

namespace adjoint {

/// Emits tape operations into a module.
class TapeBuilder {
public:
  explicit TapeBuilder(llvm::Module &M) : M(M) {}

  /// The tape's IR type.
  llvm::StructType *tapeType() const;

  /// Emits an empty tape in the entry block of \p Builder's function.
  llvm::Value *createTape(llvm::IRBuilderBase &Builder) const;
  /// Emits code that pushes \p Values as one record.
  void push(llvm::IRBuilderBase &Builder, llvm::Value *Tape,
            llvm::ArrayRef<llvm::Value *> Values) const;
  /// Emits code that pops a record of \p Types; returns the values.
  llvm::SmallVector<llvm::Value *, 8>
  pop(llvm::IRBuilderBase &Builder, llvm::Value *Tape,
      llvm::ArrayRef<llvm::Type *> Types) const;
  /// Emits code that frees the tape's storage.
  void destroyTape(llvm::IRBuilderBase &Builder, llvm::Value *Tape) const;

  /// The bytes one record of values of \p Types occupies on the tape.
  uint64_t recordBytes(llvm::ArrayRef<llvm::Type *> Types) const;

  /// The helper functions this builder emits (to be inlined by cleanup).
  bool isTapeHelper(const llvm::Function &F) const;

private:
  llvm::Function *reserveFunction() const;
  llvm::GlobalVariable *cache() const;
  llvm::StructType *cacheType() const;
  llvm::Function *popFunction() const;
  uint64_t slotSize(llvm::Type *T) const;

  llvm::Module &M;
};

} // namespace adjoint

#endif
