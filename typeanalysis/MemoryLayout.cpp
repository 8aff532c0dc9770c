//===- typeanalysis/MemoryLayout.cpp - Where the scalars of a type lie ----===//
//
// Scalar slots of IR types, the facts IR types assert, and GEP offset maps.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/MemoryLayout.h"

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Collects the scalar slots of a value of type T stored at byte Base.
class SlotCollector {
public:
  explicit SlotCollector(const DataLayout &Layout) : Layout(Layout) {}

  /// Adds the slots of \p T at \p Base; \p InsideAggregate selects byte
  /// offsets rather than -1 as value offsets.
  void collect(Type *T, int64_t Base, bool InsideAggregate) {
    if (TooMany)
      return;
    if (auto *Struct = dyn_cast<StructType>(T))
      return collectStruct(Struct, Base);
    if (auto *Array = dyn_cast<ArrayType>(T))
      return collectArray(Array, Base);
    if (auto *Vector = dyn_cast<FixedVectorType>(T))
      return collectVector(Vector, Base, InsideAggregate);
    if (!T->isIntegerTy() && !T->isFloatingPointTy() && !T->isPointerTy()) {
      TooMany = true;
      return;
    }
    add({InsideAggregate ? Base : AnyOffset, Base, T});
  }

  /// The slots, or none when there were too many.
  SmallVector<ScalarSlot, 4> take() {
    if (TooMany)
      Slots.clear();
    return std::move(Slots);
  }

private:
  void add(ScalarSlot Slot) {
    if (Slots.size() == MaxScalarSlots)
      TooMany = true;
    else
      Slots.push_back(Slot);
  }

  void collectStruct(StructType *Struct, int64_t Base) {
    if (Struct->isOpaque()) {
      TooMany = true;
      return;
    }
    const StructLayout *Fields = Layout.getStructLayout(Struct);
    for (unsigned Index = 0; Index < Struct->getNumElements(); ++Index)
      collect(Struct->getElementType(Index),
              Base + Fields->getElementOffset(Index).getFixedValue(), true);
  }

  void collectArray(ArrayType *Array, int64_t Base) {
    if (Array->getNumElements() > MaxScalarSlots) {
      TooMany = true;
      return;
    }
    int64_t Size = Layout.getTypeAllocSize(Array->getElementType());
    for (uint64_t Index = 0; Index < Array->getNumElements(); ++Index)
      collect(Array->getElementType(), Base + Index * Size, true);
  }

  void collectVector(FixedVectorType *Vector, int64_t Base,
                     bool InsideAggregate) {
    Type *Element = Vector->getElementType();
    if (!Layout.typeSizeEqualsStoreSize(Element)) {
      TooMany = true;
      return;
    }
    int64_t Size = Layout.getTypeStoreSize(Element);
    for (unsigned Lane = 0; Lane < Vector->getNumElements(); ++Lane) {
      int64_t Offset = Base + Lane * Size;
      add({InsideAggregate ? Offset : AnyOffset, Offset, Element});
    }
  }

  const DataLayout &Layout;
  SmallVector<ScalarSlot, 4> Slots;
  bool TooMany = false;
};

/// True for types whose values can have facts (not void, labels, tokens or
/// metadata).
bool hasValues(Type *T) {
  return T->isFirstClassType() && !T->isLabelTy() && !T->isMetadataTy() &&
         !T->isTokenTy();
}

/// The scalar type at the bottom of nested arrays, or nullptr.
Type *innermostArrayElement(Type *T) {
  while (auto *Array = dyn_cast<ArrayType>(T))
    T = Array->getElementType();
  return T->isSingleValueType() ? T->getScalarType() : nullptr;
}

/// The number of elements of \p Container indexed by a variable GEP index:
/// 0 when unbounded (the first index, which walks the pointer).
int64_t elementCount(Type *Container) {
  if (!Container)
    return 0;
  if (auto *Array = dyn_cast<ArrayType>(Container))
    return Array->getNumElements();
  if (auto *Vector = dyn_cast<FixedVectorType>(Container))
    return Vector->getNumElements();
  return 0;
}

/// A modulo that is never negative.
int64_t positiveModulo(int64_t Value, int64_t Modulus) {
  int64_t Remainder = Value % Modulus;
  return Remainder < 0 ? Remainder + Modulus : Remainder;
}

} // namespace

SmallVector<ScalarSlot, 4> scalarSlots(Type *T, const DataLayout &Layout) {
  if (!hasValues(T) || !T->isSized())
    return {};
  SlotCollector Collector(Layout);
  Collector.collect(T, 0, T->isAggregateType());
  return Collector.take();
}

TypeTree typeTreeOfIRType(Type *T, const DataLayout &Layout) {
  TypeTree Result;
  if (!hasValues(T))
    return Result;
  if (!T->isAggregateType()) {
    Result.insert({AnyOffset}, ConcreteType::ofScalarType(T));
    return Result;
  }
  for (const ScalarSlot &Slot : scalarSlots(T, Layout))
    Result.insert({Slot.ValueOffset}, ConcreteType::ofScalarType(Slot.Type));
  return Result;
}

TypeTree integerTreeOfIRType(Type *T, const DataLayout &Layout) {
  TypeTree Result;
  if (!hasValues(T))
    return Result;
  if (T->isIntOrIntVectorTy()) {
    Result.insert({AnyOffset}, ConcreteType(BaseType::Integer));
    return Result;
  }
  for (const ScalarSlot &Slot : scalarSlots(T, Layout))
    if (Slot.Type->isIntegerTy())
      Result.insert({Slot.ValueOffset}, ConcreteType(BaseType::Integer));
  return Result;
}

TypeTree memoryTreeOfType(Type *T, const DataLayout &Layout,
                          bool IncludeIntegers) {
  auto Fact = [IncludeIntegers](Type *Scalar) {
    if (Scalar->isIntegerTy() && !Scalar->isIntegerTy(8))
      return IncludeIntegers ? ConcreteType(BaseType::Integer) : ConcreteType();
    return ConcreteType::ofScalarType(Scalar);
  };
  TypeTree Result;
  if (!hasValues(T) || !T->isSized())
    return Result;
  SmallVector<ScalarSlot, 4> Slots = scalarSlots(T, Layout);
  if (Slots.empty()) {
    if (Type *Element = innermostArrayElement(T))
      Result.insert({AnyOffset}, Fact(Element));
    return Result;
  }
  for (const ScalarSlot &Slot : Slots)
    Result.insert({Slot.MemoryOffset}, Fact(Slot.Type));
  return Result;
}

int64_t aggregateMemberOffset(Type *Aggregate, ArrayRef<unsigned> Indices,
                              const DataLayout &Layout) {
  int64_t Offset = 0;
  Type *Current = Aggregate;
  for (unsigned Index : Indices) {
    if (auto *Struct = dyn_cast<StructType>(Current)) {
      Offset += Layout.getStructLayout(Struct)
                    ->getElementOffset(Index)
                    .getFixedValue();
      Current = Struct->getElementType(Index);
      continue;
    }
    Current = cast<ArrayType>(Current)->getElementType();
    Offset += Index * Layout.getTypeAllocSize(Current);
  }
  return Offset;
}

//===----------------------------------------------------------------------===//
// GEPShape
//===----------------------------------------------------------------------===//

GEPShape GEPShape::constant(int64_t Offset) {
  GEPShape Shape;
  Shape.ShapeKind = Kind::Constant;
  Shape.Offset = Offset;
  return Shape;
}

GEPShape GEPShape::anyOffset() { return GEPShape(); }

GEPShape GEPShape::periodic(int64_t RegionStart, int64_t Stride, int64_t Count,
                            int64_t InnerOffset) {
  GEPShape Shape;
  Shape.ShapeKind = Kind::Periodic;
  Shape.Offset = RegionStart;
  Shape.Stride = Stride;
  Shape.Count = Count;
  Shape.InnerOffset = InnerOffset;
  return Shape;
}

GEPShape GEPShape::of(const GEPOperator &GEP, const DataLayout &Layout) {
  APInt Constant(Layout.getIndexTypeSizeInBits(GEP.getType()), 0);
  if (GEP.accumulateConstantOffset(Layout, Constant))
    return constant(Constant.getSExtValue());
  int64_t Before = 0, After = 0, Stride = 0, Count = 0;
  unsigned Variables = 0;
  bool ElementIsAggregate = false;
  Type *Container = nullptr;
  for (gep_type_iterator It = gep_type_begin(GEP), End = gep_type_end(GEP);
       It != End; Container = It.getIndexedType(), ++It) {
    int64_t &Accumulated = Variables ? After : Before;
    auto *Index = dyn_cast<ConstantInt>(It.getOperand());
    if (StructType *Struct = It.getStructTypeOrNull()) {
      if (!Index)
        return anyOffset();
      Accumulated += Layout.getStructLayout(Struct)
                         ->getElementOffset(Index->getZExtValue())
                         .getFixedValue();
      continue;
    }
    TypeSize ElementSize = It.getSequentialElementStride(Layout);
    if (ElementSize.isScalable())
      return anyOffset();
    if (Index) {
      Accumulated +=
          Index->getSExtValue() * int64_t(ElementSize.getFixedValue());
      continue;
    }
    ++Variables;
    Stride = ElementSize.getFixedValue();
    Count = elementCount(Container);
    ElementIsAggregate = It.getIndexedType()->isAggregateType();
  }
  if (Variables != 1 || Stride <= 0)
    return anyOffset();
  bool IsSmallRegion = Count > 0 && Count <= int64_t(MaxScalarSlots);
  if (IsSmallRegion)
    return periodic(Before, Stride, Count, After);
  // An unbounded or large array: of structs, every element is described by
  // the first; of scalars, every offset holds the same type.
  if (ElementIsAggregate)
    return periodic(Before, Stride, 1, After);
  return anyOffset();
}

void GEPShape::baseOffsets(int64_t ResultOffset,
                           SmallVectorImpl<int64_t> &Out) const {
  if (ResultOffset == AnyOffset || ShapeKind == Kind::AnyOffset) {
    Out.push_back(AnyOffset);
    return;
  }
  if (ShapeKind == Kind::Constant) {
    if (ResultOffset + Offset >= 0)
      Out.push_back(ResultOffset + Offset);
    return;
  }
  int64_t InElement = positiveModulo(InnerOffset + ResultOffset, Stride);
  for (int64_t Element = 0; Element < Count; ++Element)
    Out.push_back(Offset + Element * Stride + InElement);
}

void GEPShape::resultOffsets(int64_t BaseOffset,
                             SmallVectorImpl<int64_t> &Out) const {
  if (BaseOffset == AnyOffset) {
    Out.push_back(AnyOffset);
    return;
  }
  if (ShapeKind == Kind::AnyOffset)
    return;
  if (ShapeKind == Kind::Constant) {
    if (BaseOffset - Offset >= 0)
      Out.push_back(BaseOffset - Offset);
    return;
  }
  if (BaseOffset < Offset || BaseOffset >= Offset + Count * Stride)
    return;
  int64_t InElement = positiveModulo(BaseOffset - Offset, Stride);
  Out.push_back(positiveModulo(InElement - InnerOffset, Stride));
}

} // namespace adjoint
