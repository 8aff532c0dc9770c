//===- typeanalysis/TypeTree.cpp - What the bytes behind a value hold -----===//
//
// Joins, projections and printing of the type-analysis lattice.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/TypeTree.h"

#include "llvm/IR/Type.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <optional>

using namespace llvm;

namespace adjoint {

JoinResult &JoinResult::operator|=(JoinResult Other) {
  Changed |= Other.Changed;
  Conflict |= Other.Conflict;
  return *this;
}

//===----------------------------------------------------------------------===//
// ConcreteType
//===----------------------------------------------------------------------===//

ConcreteType::ConcreteType(BaseType Base) : Base(Base) {
  assert(Base != BaseType::Float && "use ConcreteType::floatingPoint");
}

ConcreteType ConcreteType::floatingPoint(Type *FloatType) {
  assert(FloatType->isFloatingPointTy() && "not a floating-point type");
  ConcreteType Result;
  Result.Base = BaseType::Float;
  Result.FloatType = FloatType;
  return Result;
}

ConcreteType ConcreteType::ofScalarType(Type *T) {
  Type *Scalar = T->getScalarType();
  if (Scalar->isFloatingPointTy())
    return floatingPoint(Scalar);
  if (Scalar->isPointerTy())
    return ConcreteType(BaseType::Pointer);
  if (Scalar->isIntegerTy(1))
    return ConcreteType(BaseType::Integer);
  return ConcreteType();
}

JoinResult ConcreteType::join(ConcreteType Other) {
  JoinResult Result;
  if (!Other.isKnown() || *this == Other || isAnything())
    return Result;
  Result.Changed = true;
  if (!isKnown() || Other.isAnything()) {
    *this = Other;
    return Result;
  }
  *this = ConcreteType(BaseType::Anything);
  Result.Conflict = true;
  return Result;
}

namespace {

/// The name of a floating-point type as LLVM IR spells it.
StringRef floatTypeName(const Type *T) {
  switch (T->getTypeID()) {
  case Type::HalfTyID:
    return "half";
  case Type::BFloatTyID:
    return "bfloat";
  case Type::FloatTyID:
    return "float";
  case Type::DoubleTyID:
    return "double";
  case Type::X86_FP80TyID:
    return "x86_fp80";
  case Type::FP128TyID:
    return "fp128";
  case Type::PPC_FP128TyID:
    return "ppc_fp128";
  default:
    return "unknown";
  }
}

} // namespace

void ConcreteType::print(raw_ostream &OS) const {
  switch (Base) {
  case BaseType::Unknown:
    OS << "Unknown";
    return;
  case BaseType::Integer:
    OS << "Integer";
    return;
  case BaseType::Pointer:
    OS << "Pointer";
    return;
  case BaseType::Float:
    OS << "Float@" << floatTypeName(FloatType);
    return;
  case BaseType::Anything:
    OS << "Anything";
    return;
  }
}

std::string ConcreteType::str() const {
  std::string Text;
  raw_string_ostream OS(Text);
  print(OS);
  return Text;
}

//===----------------------------------------------------------------------===//
// TypeTree
//===----------------------------------------------------------------------===//

namespace {

/// True when every concrete path \p Specific stands for is also one that
/// \p General stands for: same length, and each offset of \p General is -1
/// or equal.
bool covers(const OffsetPath &General, const OffsetPath &Specific) {
  if (General.size() != Specific.size())
    return false;
  for (size_t Index = 0; Index < General.size(); ++Index)
    if (General[Index] != AnyOffset && General[Index] != Specific[Index])
      return false;
  return true;
}

/// True when \p Path begins with \p Prefix.
bool startsWith(const OffsetPath &Path, const OffsetPath &Prefix) {
  return Path.size() >= Prefix.size() &&
         std::equal(Prefix.begin(), Prefix.end(), Path.begin());
}

/// \p Path without its first offset.
OffsetPath rest(const OffsetPath &Path) {
  return OffsetPath(Path.begin() + 1, Path.end());
}

/// \p Path with its first offset replaced by \p First.
OffsetPath withFirst(const OffsetPath &Path, int64_t First) {
  OffsetPath Result = Path;
  Result.front() = First;
  return Result;
}

} // namespace

TypeTree::TypeTree(ConcreteType T) { insert({}, T); }

JoinResult TypeTree::insert(OffsetPath Path, ConcreteType T) {
  JoinResult Result;
  if (!T.isKnown() || Path.size() > MaxPathLength)
    return Result;
  if (!joinWithCoveringEntries(Path, T, Result))
    return Result;
  joinCoveredEntries(Path, T, Result);
  auto [Position, IsNew] = Entries.try_emplace(Path);
  JoinResult Outcome = Position->second.join(T);
  Result |= Outcome;
  if (IsNew)
    Result |= collapseCrowdedLevel(Path);
  return Result;
}

bool TypeTree::joinWithCoveringEntries(const OffsetPath &Path, ConcreteType &T,
                                       JoinResult &Result) {
  // Every strict generalization of Path: a subset of its concrete offsets
  // replaced by -1.
  SmallVector<size_t, MaxPathLength> Concrete;
  for (size_t Index = 0; Index < Path.size(); ++Index)
    if (Path[Index] != AnyOffset)
      Concrete.push_back(Index);
  OffsetPath General = Path;
  for (unsigned Subset = 1; Subset < (1u << Concrete.size()); ++Subset) {
    for (size_t Bit = 0; Bit < Concrete.size(); ++Bit)
      General[Concrete[Bit]] =
          Subset & (1u << Bit) ? AnyOffset : Path[Concrete[Bit]];
    auto Existing = Entries.find(General);
    if (Existing == Entries.end())
      continue;
    ConcreteType Joined = Existing->second;
    JoinResult Outcome = Joined.join(T);
    if (!Outcome.Changed)
      return false; // Already implied.
    if (Outcome.Conflict) {
      Result.Conflict = true;
      T = Joined;
    }
  }
  return true;
}

void TypeTree::joinCoveredEntries(const OffsetPath &Path, ConcreteType T,
                                  JoinResult &Result) {
  auto FirstAny = std::find(Path.begin(), Path.end(), AnyOffset);
  if (FirstAny == Path.end())
    return;
  OffsetPath Prefix(Path.begin(), FirstAny);
  // Covered entries are implied by the new one (and dropped) or disagree
  // with it (and join it); they all start with Path's concrete prefix.
  for (auto It = Entries.lower_bound(Prefix);
       It != Entries.end() && startsWith(It->first, Prefix);) {
    if (It->first == Path || !covers(Path, It->first)) {
      ++It;
      continue;
    }
    ConcreteType Joined = It->second;
    Result |= Joined.join(T);
    if (Joined == T) {
      It = Entries.erase(It);
      continue;
    }
    It->second = Joined;
    ++It;
  }
}

JoinResult TypeTree::collapseCrowdedLevel(const OffsetPath &Path) {
  JoinResult Result;
  if (Entries.size() <= MaxOffsetsPerLevel)
    return Result;
  for (size_t Level = 0; Level < Path.size(); ++Level) {
    if (Path[Level] == AnyOffset)
      continue;
    // Siblings share Path's first Level offsets, so they are contiguous.
    OffsetPath Prefix(Path.begin(), Path.begin() + Level);
    auto Begin = Entries.lower_bound(Prefix);
    auto End = Begin;
    size_t Offsets = 0;
    std::optional<int64_t> Previous;
    for (; End != Entries.end() && startsWith(End->first, Prefix); ++End) {
      if (End->first.size() <= Level || End->first[Level] == AnyOffset)
        continue;
      if (Previous != End->first[Level])
        ++Offsets;
      Previous = End->first[Level];
    }
    if (Offsets <= MaxOffsetsPerLevel)
      continue;
    std::vector<std::pair<OffsetPath, ConcreteType>> Merged;
    for (auto It = Begin; It != End;) {
      if (It->first.size() <= Level || It->first[Level] == AnyOffset) {
        ++It;
        continue;
      }
      Merged.emplace_back(It->first, It->second);
      Merged.back().first[Level] = AnyOffset;
      It = Entries.erase(It);
    }
    for (auto &[MergedPath, T] : Merged)
      Result |= insert(MergedPath, T);
    Result.Changed = true;
    return Result;
  }
  return Result;
}

JoinResult TypeTree::join(const TypeTree &Other) {
  JoinResult Result;
  for (const auto &[Path, T] : Other.Entries) {
    auto Existing = Entries.find(Path);
    if (Existing != Entries.end() && Existing->second == T)
      continue; // The common case of a join that adds nothing.
    Result |= insert(Path, T);
  }
  return Result;
}

JoinResult TypeTree::joinCompatible(const TypeTree &Other) {
  TypeTree Joined = *this;
  JoinResult Outcome = Joined.join(Other.withoutConflicts());
  if (!Outcome.Conflict) {
    *this = std::move(Joined);
    return Outcome;
  }
  JoinResult Result;
  for (const auto &[Path, T] : Other.Entries) {
    TypeTree Trial = *this;
    if (!T.isAnything() && !Trial.insert(Path, T).Conflict)
      Result |= insert(Path, T);
  }
  return Result;
}

ConcreteType TypeTree::lookup(ArrayRef<int64_t> Path) const {
  OffsetPath Wanted(Path.begin(), Path.end());
  ConcreteType Result;
  for (const auto &[Existing, T] : Entries)
    if (covers(Existing, Wanted))
      Result.join(T);
  return Result;
}

TypeTree TypeTree::only(int64_t Offset) const {
  // Prepending the same offset keeps the entries independent of each
  // other, so they need no joins.
  TypeTree Result;
  for (const auto &[Path, T] : Entries) {
    if (Path.size() >= MaxPathLength)
      continue;
    OffsetPath Longer;
    Longer.reserve(Path.size() + 1);
    Longer.push_back(Offset);
    Longer.insert(Longer.end(), Path.begin(), Path.end());
    Result.Entries.emplace_hint(Result.Entries.end(), std::move(Longer), T);
  }
  return Result;
}

TypeTree TypeTree::dataAt(int64_t Offset) const {
  // The entries at Offset stay independent without it; the -1 entries
  // join them.
  TypeTree Result;
  for (const auto &[Path, T] : Entries)
    if (!Path.empty() && Path.front() == Offset)
      Result.Entries.emplace_hint(Result.Entries.end(), rest(Path), T);
  if (Offset == AnyOffset)
    return Result;
  for (const auto &[Path, T] : Entries)
    if (!Path.empty() && Path.front() == AnyOffset)
      Result.insert(rest(Path), T);
  return Result;
}

TypeTree TypeTree::pointee() const {
  // The entries under -1 are independent of each other without it, too.
  TypeTree Result;
  for (const auto &[Path, T] : Entries)
    if (Path.size() >= 2 && Path.front() == AnyOffset)
      Result.Entries.emplace_hint(Result.Entries.end(), rest(Path), T);
  return Result;
}

TypeTree TypeTree::shifted(int64_t Delta) const {
  return remapped([Delta](int64_t Offset, SmallVectorImpl<int64_t> &Targets) {
    if (Offset == AnyOffset)
      Targets.push_back(AnyOffset);
    else if (Offset + Delta >= 0)
      Targets.push_back(Offset + Delta);
  });
}

TypeTree TypeTree::restricted(int64_t Begin, int64_t End) const {
  return remapped(
      [Begin, End](int64_t Offset, SmallVectorImpl<int64_t> &Targets) {
        if (Offset == AnyOffset || (Offset >= Begin && Offset < End))
          Targets.push_back(Offset);
      });
}

TypeTree TypeTree::excluding(int64_t Begin, int64_t End) const {
  return remapped(
      [Begin, End](int64_t Offset, SmallVectorImpl<int64_t> &Targets) {
        if (Offset == AnyOffset || Offset < Begin || Offset >= End)
          Targets.push_back(Offset);
      });
}

TypeTree TypeTree::remapped(
    function_ref<void(int64_t, SmallVectorImpl<int64_t> &)> Map) const {
  TypeTree Result;
  SmallVector<int64_t, 8> Targets;
  for (const auto &[Path, T] : Entries) {
    if (Path.empty())
      continue;
    Targets.clear();
    Map(Path.front(), Targets);
    for (int64_t Target : Targets)
      Result.insert(withFirst(Path, Target), T);
  }
  return Result;
}

TypeTree TypeTree::withoutConflicts() const {
  TypeTree Result;
  for (const auto &[Path, T] : Entries)
    if (!T.isAnything())
      Result.Entries.emplace(Path, T);
  return Result;
}

void TypeTree::print(raw_ostream &OS) const {
  OS << '{';
  bool First = true;
  for (const auto &[Path, T] : Entries) {
    if (!First)
      OS << ", ";
    First = false;
    OS << '[';
    for (size_t Index = 0; Index < Path.size(); ++Index)
      OS << (Index ? "," : "") << Path[Index];
    OS << "]:";
    T.print(OS);
  }
  OS << '}';
}

std::string TypeTree::str() const {
  std::string Text;
  raw_string_ostream OS(Text);
  print(OS);
  return Text;
}

} // namespace adjoint
