//===- typeanalysis/TypeTree.h - What the bytes behind a value hold -------===//
//
// The lattice of type analysis: for one value, a map from byte-offset paths
// to the kind of data that starts there.
//
// A path lists byte offsets, one per level of indirection. The first offset
// is a position inside the value itself (-1 for "every byte", which is how
// scalars and uniform vectors are described); each further offset is a
// position inside the memory the previous level points to. So the tree of a
// pointer to a struct { int n; double scale; double *data; } reads
//
//   {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, [-1,16]:Pointer}
//
// and -1 at a memory level means "at every offset" (an array of doubles
// behind a pointer is [-1,-1]:Float@double). An entry names the kind of the
// scalar that starts at its offset; the scalar's size is not recorded.
//
// The design follows the TypeTree of Enzyme (Moses and Churavy, "Instead of
// rewriting foreign code for machine learning, automatically synthesize fast
// gradients", NeurIPS 2020).
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_TYPETREE_H
#define ADJOINT_TYPEANALYSIS_TYPETREE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
class Type;
} // namespace llvm

namespace adjoint {

/// The kinds of data a byte offset can hold. Unknown is the bottom of the
/// lattice and Anything (incompatible facts met) its top; Integer, Pointer
/// and Float sit in between and are pairwise incompatible.
enum class BaseType { Unknown, Integer, Pointer, Float, Anything };

/// What a join did to a lattice element.
struct JoinResult {
  bool Changed = false;  ///< The element gained information.
  bool Conflict = false; ///< Two incompatible facts met and made Anything.

  /// Accumulates the outcome of another join.
  JoinResult &operator|=(JoinResult Other);
};

/// One point of the lattice: a base type, and for Float the LLVM
/// floating-point type (half, float, double, x86_fp80, ...).
class ConcreteType {
public:
  /// Unknown.
  ConcreteType() = default;
  /// Integer, Pointer, Anything or Unknown; Float needs floatingPoint().
  explicit ConcreteType(BaseType Base);
  /// Float of the floating-point type \p FloatType.
  static ConcreteType floatingPoint(llvm::Type *FloatType);
  /// What a value of the scalar IR type \p T is on its own: Float for
  /// floating-point types, Pointer for pointers, Integer for i1, Unknown for
  /// other integers (which may hold the bits of anything). Vectors use their
  /// element type.
  static ConcreteType ofScalarType(llvm::Type *T);

  BaseType base() const { return Base; }
  /// The floating-point type of a Float, nullptr otherwise.
  llvm::Type *floatType() const { return FloatType; }
  bool isKnown() const { return Base != BaseType::Unknown; }
  bool isInteger() const { return Base == BaseType::Integer; }
  bool isPointer() const { return Base == BaseType::Pointer; }
  bool isFloat() const { return Base == BaseType::Float; }
  bool isAnything() const { return Base == BaseType::Anything; }

  /// Joins \p Other into this: Unknown yields to anything, equal types stay,
  /// and two different known types become Anything (a conflict).
  JoinResult join(ConcreteType Other);

  bool operator==(const ConcreteType &Other) const {
    return Base == Other.Base && FloatType == Other.FloatType;
  }
  bool operator!=(const ConcreteType &Other) const { return !(*this == Other); }

  /// Prints "Integer", "Pointer", "Float@double", "Anything" or "Unknown".
  void print(llvm::raw_ostream &OS) const;
  std::string str() const;

private:
  BaseType Base = BaseType::Unknown;
  llvm::Type *FloatType = nullptr;
};

/// A list of byte offsets, one per level of indirection (see the file
/// comment).
using OffsetPath = std::vector<int64_t>;

/// The offset that stands for every offset.
constexpr int64_t AnyOffset = -1;

/// The facts about one value: a map from offset paths to concrete types.
/// Entries with -1 imply the same fact at every concrete offset, so an
/// entry that a -1 entry already implies is never stored.
class TypeTree {
public:
  /// Paths longer than this are dropped, which bounds the lattice for
  /// recursive data structures (a linked list is described four levels
  /// deep and no further).
  static constexpr size_t MaxPathLength = 6;
  /// Concrete offsets one level may hold under one prefix; beyond, they
  /// merge into -1. This bounds pointers that walk memory (p = p + 8
  /// stored back where it was loaded from) and very large aggregates.
  static constexpr size_t MaxOffsetsPerLevel = 64;

  /// The empty tree: nothing known.
  TypeTree() = default;
  /// A tree with the single fact "the thing itself is \p T" (the empty
  /// path). Combine with only() to place it: TypeTree(T).only(-1) is the
  /// tree of a scalar of type T.
  explicit TypeTree(ConcreteType T);

  bool empty() const { return Entries.empty(); }
  size_t size() const { return Entries.size(); }
  auto begin() const { return Entries.begin(); }
  auto end() const { return Entries.end(); }

  /// Adds the fact \p Path : \p T, joining with what is known.
  JoinResult insert(OffsetPath Path, ConcreteType T);
  /// Adds every fact of \p Other.
  JoinResult join(const TypeTree &Other);
  /// Adds the facts of \p Other that do not conflict with what is known.
  JoinResult joinCompatible(const TypeTree &Other);
  /// The tree without its Anything entries: what stays true of a value
  /// that was merged with conflicting ones.
  TypeTree withoutConflicts() const;

  /// The type at \p Path: the join of the entry at that path and of every
  /// -1 entry that covers it. Unknown when nothing is known.
  ConcreteType lookup(llvm::ArrayRef<int64_t> Path) const;

  /// The tree with \p Offset prepended to every path: the facts of a thing
  /// placed at byte \p Offset of a value, or behind a pointer when
  /// \p Offset is -1 (Enzyme's Only).
  TypeTree only(int64_t Offset) const;
  /// The facts about what starts at byte \p Offset of the value: entries
  /// whose first offset is \p Offset or -1, with that offset removed. The
  /// empty path of the result is the type at \p Offset itself.
  TypeTree dataAt(int64_t Offset) const;
  /// The facts about the memory a pointer value points to: entries
  /// [-1, rest...] become [rest...].
  TypeTree pointee() const;

  /// Adds \p Delta to every first offset; -1 stays -1 and offsets that
  /// become negative are dropped (the memory seen from a pointer moved by
  /// -Delta bytes).
  TypeTree shifted(int64_t Delta) const;
  /// Keeps the entries whose first offset is -1 or lies in [Begin, End).
  TypeTree restricted(int64_t Begin, int64_t End) const;
  /// Keeps the entries whose first offset lies outside [Begin, End).
  TypeTree excluding(int64_t Begin, int64_t End) const;
  /// Maps every first offset through \p Map, which appends the new first
  /// offsets (none drops the entry, several copy it).
  TypeTree remapped(
      llvm::function_ref<void(int64_t, llvm::SmallVectorImpl<int64_t> &)> Map)
      const;

  bool operator==(const TypeTree &Other) const {
    return Entries == Other.Entries;
  }
  bool operator!=(const TypeTree &Other) const { return !(*this == Other); }

  /// Prints the entries sorted by path: {[-1]:Pointer, [-1,8]:Float@double}.
  void print(llvm::raw_ostream &OS) const;
  std::string str() const;

private:
  /// Joins \p T with the -1 entries that cover \p Path; false when one of
  /// them already implies the fact.
  bool joinWithCoveringEntries(const OffsetPath &Path, ConcreteType &T,
                               JoinResult &Result);
  /// Joins \p T into the entries \p Path covers, dropping those it implies.
  void joinCoveredEntries(const OffsetPath &Path, ConcreteType T,
                          JoinResult &Result);
  /// Merges the offsets of a level of \p Path that holds too many.
  JoinResult collapseCrowdedLevel(const OffsetPath &Path);

  std::map<OffsetPath, ConcreteType> Entries;
};

} // namespace adjoint

#endif
