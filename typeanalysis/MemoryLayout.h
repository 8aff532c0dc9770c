//===- typeanalysis/MemoryLayout.h - Where the scalars of a type lie ------===//
//
// Byte layouts that type analysis needs: the scalars inside a value of an
// IR type, the facts an IR type asserts on its own, and how a GEP relates
// offsets behind its result to offsets behind its base pointer.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_MEMORYLAYOUT_H
#define ADJOINT_TYPEANALYSIS_MEMORYLAYOUT_H

#include "typeanalysis/TypeTree.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>

namespace llvm {
class DataLayout;
class GEPOperator;
class Type;
} // namespace llvm

namespace adjoint {

/// Aggregates and vectors with more scalars than this are described by
/// their element type alone, or not at all.
constexpr unsigned MaxScalarSlots = 64;

/// One scalar inside a value: where it lies in the value's tree (-1 for a
/// scalar or any lane of a vector, the byte offset inside an aggregate) and
/// where it lies in memory holding the value.
struct ScalarSlot {
  int64_t ValueOffset;
  int64_t MemoryOffset;
  llvm::Type *Type;
};

/// The scalars of a value of type \p T: the value itself for scalars, one
/// slot per lane for vectors, the leaves of structs and arrays. Empty when
/// \p T has more than MaxScalarSlots scalars or no fixed size.
llvm::SmallVector<ScalarSlot, 4> scalarSlots(llvm::Type *T,
                                             const llvm::DataLayout &Layout);

/// The facts a value of IR type \p T carries on its own (floating-point
/// scalars are Float, pointers Pointer, i1 Integer), placed as in the
/// value's tree.
TypeTree typeTreeOfIRType(llvm::Type *T, const llvm::DataLayout &Layout);

/// The facts about memory holding a value of type \p T, by memory offset;
/// integer scalars are included when \p IncludeIntegers is set. Large
/// arrays of one scalar type become a single -1 entry.
TypeTree memoryTreeOfType(llvm::Type *T, const llvm::DataLayout &Layout,
                          bool IncludeIntegers);

/// Marks the integer scalars of a value of type \p T as Integer.
TypeTree integerTreeOfIRType(llvm::Type *T, const llvm::DataLayout &Layout);

/// The byte offset of the member \p Indices selects inside an aggregate of
/// type \p Aggregate (the indices of extractvalue and insertvalue).
int64_t aggregateMemberOffset(llvm::Type *Aggregate,
                              llvm::ArrayRef<unsigned> Indices,
                              const llvm::DataLayout &Layout);

/// How the memory behind a GEP's result relates to the memory behind its
/// base pointer.
class GEPShape {
public:
  /// All indices constant: result offset o is base offset o + Offset.
  static GEPShape constant(int64_t Offset);
  /// The result may point anywhere: only -1 entries correspond.
  static GEPShape anyOffset();
  /// One variable index walking Count elements of Stride bytes that start
  /// at base offset RegionStart, followed by a constant InnerOffset. Every
  /// element is assumed to hold the same layout.
  static GEPShape periodic(int64_t RegionStart, int64_t Stride, int64_t Count,
                           int64_t InnerOffset);

  /// Analyses \p GEP. Pointer inductions (a GEP whose base depends on its
  /// own result through phis) must be given as anyOffset by the caller.
  static GEPShape of(const llvm::GEPOperator &GEP,
                     const llvm::DataLayout &Layout);

  /// Appends the base offsets that result offset \p Offset stands for.
  void baseOffsets(int64_t Offset, llvm::SmallVectorImpl<int64_t> &Out) const;
  /// Appends the result offsets that base offset \p Offset stands for.
  void resultOffsets(int64_t Offset, llvm::SmallVectorImpl<int64_t> &Out) const;

private:
  enum class Kind { Constant, AnyOffset, Periodic };
  Kind ShapeKind = Kind::AnyOffset;
  int64_t Offset = 0;
  int64_t Stride = 1;
  int64_t Count = 1;
  int64_t InnerOffset = 0;
};

} // namespace adjoint

#endif
