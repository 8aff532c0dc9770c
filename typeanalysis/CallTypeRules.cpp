//===- typeanalysis/CallTypeRules.cpp - Facts from calls ------------------===//
//
// The transfer rules of calls: LLVM intrinsics, memory copies, type hints,
// the C library functions type analysis knows, and calls to functions with
// bodies (whose facts the solver exchanges with the callee's analysis).
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/MemoryLayout.h"
#include "typeanalysis/TBAATypes.h"
#include "typeanalysis/TypeSolver.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/IntrinsicInst.h"

#include <array>

using namespace llvm;

namespace adjoint {

namespace {

const ConcreteType Integer(BaseType::Integer);
const ConcreteType Pointer(BaseType::Pointer);

/// What an argument or the result of a C library function holds.
enum class Role : uint8_t {
  Unconstrained,  ///< Nothing beyond its IR type.
  Integer,        ///< An integer.
  Pointer,        ///< A pointer.
  String,         ///< A pointer to characters.
  IntegerPointer, ///< A pointer to one integer (frexp's exponent).
};

/// The roles of a C library function's result and first arguments.
struct LibrarySignature {
  StringLiteral Name;
  Role Result;
  std::array<Role, 4> Arguments;
  /// The printf-style format argument, or -1.
  int FormatIndex = -1;
};

// clang-format off
/// The C library functions whose arguments and results have known kinds.
const LibrarySignature LibrarySignatures[] = {
    {"malloc", Role::Pointer, {Role::Integer}},
    {"calloc", Role::Pointer, {Role::Integer, Role::Integer}},
    {"realloc", Role::Pointer, {Role::Pointer, Role::Integer}},
    {"aligned_alloc", Role::Pointer, {Role::Integer, Role::Integer}},
    {"free", Role::Unconstrained, {Role::Pointer}},
    {"_Znwm", Role::Pointer, {Role::Integer}},
    {"_Znam", Role::Pointer, {Role::Integer}},
    {"_ZnwmSt11align_val_t", Role::Pointer, {Role::Integer, Role::Integer}},
    {"_ZnamSt11align_val_t", Role::Pointer, {Role::Integer, Role::Integer}},
    {"_ZdlPv", Role::Unconstrained, {Role::Pointer}},
    {"_ZdaPv", Role::Unconstrained, {Role::Pointer}},
    {"_ZdlPvm", Role::Unconstrained, {Role::Pointer, Role::Integer}},
    {"_ZdaPvm", Role::Unconstrained, {Role::Pointer, Role::Integer}},
    {"strlen", Role::Integer, {Role::String}},
    {"strnlen", Role::Integer, {Role::String, Role::Integer}},
    {"strcmp", Role::Integer, {Role::String, Role::String}},
    {"strncmp", Role::Integer, {Role::String, Role::String, Role::Integer}},
    {"strcpy", Role::String, {Role::String, Role::String}},
    {"strncpy", Role::String, {Role::String, Role::String, Role::Integer}},
    {"strcat", Role::String, {Role::String, Role::String}},
    {"strchr", Role::String, {Role::String, Role::Integer}},
    {"strdup", Role::String, {Role::String}},
    {"puts", Role::Integer, {Role::String}},
    {"fputs", Role::Integer, {Role::String, Role::Pointer}},
    {"putchar", Role::Integer, {Role::Integer}},
    {"printf", Role::Integer, {Role::String}, 0},
    {"fprintf", Role::Integer, {Role::Pointer, Role::String}, 1},
    {"sprintf", Role::Integer, {Role::String, Role::String}, 1},
    {"snprintf", Role::Integer, {Role::String, Role::Integer, Role::String}, 2},
    {"__printf_chk", Role::Integer, {Role::Integer, Role::String}, 1},
    {"__fprintf_chk", Role::Integer,
     {Role::Pointer, Role::Integer, Role::String}, 2},
    {"atoi", Role::Integer, {Role::String}},
    {"atol", Role::Integer, {Role::String}},
    {"atof", Role::Unconstrained, {Role::String}},
    {"strtol", Role::Integer, {Role::String, Role::Pointer, Role::Integer}},
    {"strtod", Role::Unconstrained, {Role::String, Role::Pointer}},
    {"abs", Role::Integer, {Role::Integer}},
    {"labs", Role::Integer, {Role::Integer}},
    {"llabs", Role::Integer, {Role::Integer}},
    {"rand", Role::Integer, {}},
    {"srand", Role::Unconstrained, {Role::Integer}},
    {"exit", Role::Unconstrained, {Role::Integer}},
    {"time", Role::Integer, {Role::Pointer}},
    {"clock", Role::Integer, {}},
    {"frexp", Role::Unconstrained, {Role::Unconstrained, Role::IntegerPointer}},
    {"frexpf", Role::Unconstrained, {Role::Unconstrained, Role::IntegerPointer}},
    {"ldexp", Role::Unconstrained, {Role::Unconstrained, Role::Integer}},
    {"ldexpf", Role::Unconstrained, {Role::Unconstrained, Role::Integer}},
    {"scalbn", Role::Unconstrained, {Role::Unconstrained, Role::Integer}},
};
// clang-format on

/// The signature of the C library function \p Name, or nullptr.
const LibrarySignature *librarySignature(StringRef Name) {
  for (const LibrarySignature &Signature : LibrarySignatures)
    if (Signature.Name == Name)
      return &Signature;
  return nullptr;
}

/// Adds the facts \p R implies about \p V, when \p V's IR type fits.
void applyRole(TypeSolver &Solver, const Value *V, Role R) {
  Type *T = V->getType();
  switch (R) {
  case Role::Unconstrained:
    return;
  case Role::Integer:
    if (T->isIntOrIntVectorTy())
      Solver.updateScalar(V, Integer);
    return;
  case Role::Pointer:
    if (T->isPointerTy())
      Solver.updateScalar(V, Pointer);
    return;
  case Role::String:
    if (T->isPointerTy())
      Solver.updatePointee(V, TypeTree(Integer).only(AnyOffset));
    return;
  case Role::IntegerPointer:
    if (T->isPointerTy())
      Solver.updatePointee(V, TypeTree(Integer).only(0));
    return;
  }
}

/// The roles of the arguments a printf format string consumes:
/// %d %i %u %x %o %c are integers, %s strings, %p pointers, %n pointers to
/// integers, a * width or precision an integer; %f and friends carry their
/// IR type.
SmallVector<Role, 8> formatRoles(StringRef Format) {
  SmallVector<Role, 8> Roles;
  size_t Position = 0;
  auto Skip = [&](StringRef Characters) {
    while (Position < Format.size() && Characters.contains(Format[Position]))
      ++Position;
  };
  auto SkipStar = [&] {
    if (Position < Format.size() && Format[Position] == '*') {
      Roles.push_back(Role::Integer);
      ++Position;
    }
  };
  while ((Position = Format.find('%', Position)) != StringRef::npos) {
    ++Position;
    if (Position < Format.size() && Format[Position] == '%') {
      ++Position;
      continue;
    }
    Skip("-+ #0'");
    SkipStar();
    Skip("0123456789.");
    SkipStar();
    Skip("0123456789hlLzjtq");
    if (Position >= Format.size())
      break;
    char Conversion = Format[Position++];
    if (StringRef("diuoxXc").contains(Conversion))
      Roles.push_back(Role::Integer);
    else if (Conversion == 's')
      Roles.push_back(Role::String);
    else if (Conversion == 'p')
      Roles.push_back(Role::Pointer);
    else if (Conversion == 'n')
      Roles.push_back(Role::IntegerPointer);
    else
      Roles.push_back(Role::Unconstrained);
  }
  return Roles;
}

/// Applies the roles a constant format string gives the variadic
/// arguments of a printf-like call.
void applyFormat(TypeSolver &Solver, CallBase &Call, unsigned FormatIndex) {
  StringRef Format;
  if (FormatIndex >= Call.arg_size() ||
      !getConstantStringInfo(Call.getArgOperand(FormatIndex), Format))
    return;
  unsigned Next = FormatIndex + 1;
  for (Role R : formatRoles(Format)) {
    if (Next >= Call.arg_size())
      return;
    applyRole(Solver, Call.getArgOperand(Next++), R);
  }
}

/// Original: memcpy(d, s, n). The copied bytes hold the same data, offset
/// by offset: facts about [0, n) behind d and behind s are shared (all of
/// them when n is not a constant), with the !tbaa.struct layout if any.
void applyMemoryTransfer(TypeSolver &Solver, CallBase &Call) {
  Value *Destination = Call.getArgOperand(0);
  Value *Source = Call.getArgOperand(1);
  Value *Length = Call.getArgOperand(2);
  Solver.updateScalar(Length, Integer);
  TypeTree Copied = Solver.pointeeOf(Source);
  Copied.join(Solver.pointeeOf(Destination));
  Copied.join(typeTreeOfTBAAStruct(Call));
  if (auto *Constant = dyn_cast<ConstantInt>(Length))
    Copied = Copied.restricted(0, Constant->getSExtValue());
  Solver.updatePointee(Destination, Copied);
  Solver.updatePointee(Source, Copied);
}

/// The result of \p Call is its argument \p Index (passthrough intrinsics,
/// the destination returned by memcpy and strcpy).
void linkResultToArgument(TypeSolver &Solver, CallBase &Call, unsigned Index) {
  Value *Argument = Call.getArgOperand(Index);
  if (Argument->getType() != Call.getType())
    return;
  Solver.update(&Call, Solver.typeOf(Argument));
  Solver.update(Argument, Solver.typeOf(&Call));
}

/// Applies the rule of a call to the intrinsic \p ID.
void applyIntrinsicRule(TypeSolver &Solver, CallBase &Call, Intrinsic::ID ID) {
  switch (ID) {
  case Intrinsic::memcpy:
  case Intrinsic::memcpy_inline:
  case Intrinsic::memmove:
    return applyMemoryTransfer(Solver, Call);
  case Intrinsic::memset:
  case Intrinsic::memset_inline:
    Solver.updateScalar(Call.getArgOperand(2), Integer);
    return;
  case Intrinsic::ptrmask:
    Solver.updateScalar(Call.getArgOperand(1), Integer);
    return linkResultToArgument(Solver, Call, 0);
  case Intrinsic::ssa_copy:
  case Intrinsic::expect:
  case Intrinsic::launder_invariant_group:
  case Intrinsic::strip_invariant_group:
  case Intrinsic::threadlocal_address:
    return linkResultToArgument(Solver, Call, 0);
  default:
    break;
  }
  // Intrinsic signatures: floating-point and pointer operands carry their
  // IR types; integer operands and results are integers (exponents, bit
  // counts, sizes, flags).
  const DataLayout &Layout = Solver.dataLayout();
  for (Value *Argument : Call.args())
    Solver.update(Argument, integerTreeOfIRType(Argument->getType(), Layout));
  Solver.update(&Call, integerTreeOfIRType(Call.getType(), Layout));
}

/// True when \p Name is the type hint \p Hint (clang may add a suffix).
bool isHint(StringRef Name, StringRef Hint) {
  return Name == Hint || (Name.starts_with(Hint) &&
                          Name.drop_front(Hint.size()).starts_with("."));
}

/// The widest integer size up to 8 bytes that divides \p Size.
int64_t integerStride(int64_t Size) {
  for (int64_t Stride = 8; Stride > 1; Stride /= 2)
    if (Size % Stride == 0)
      return Stride;
  return 1;
}

/// Original: __enzyme_double(p, size) and friends. The size bytes behind p
/// hold elements of the hinted type; every offset when size is not a
/// constant or covers too many elements.
bool applyTypeHint(TypeSolver &Solver, CallBase &Call, StringRef Name) {
  LLVMContext &Context = Call.getContext();
  ConcreteType Hinted;
  int64_t Stride = 0;
  if (isHint(Name, "__enzyme_double")) {
    Hinted = ConcreteType::floatingPoint(Type::getDoubleTy(Context));
    Stride = 8;
  } else if (isHint(Name, "__enzyme_float")) {
    Hinted = ConcreteType::floatingPoint(Type::getFloatTy(Context));
    Stride = 4;
  } else if (isHint(Name, "__enzyme_pointer")) {
    Hinted = Pointer;
    Stride = Solver.dataLayout().getPointerSize();
  } else if (isHint(Name, "__enzyme_integer")) {
    Hinted = Integer;
  } else {
    return false;
  }
  if (Call.arg_size() == 0 || !Call.getArgOperand(0)->getType()->isPointerTy())
    return true;
  auto *Size = Call.arg_size() > 1
                   ? dyn_cast<ConstantInt>(Call.getArgOperand(1))
                   : nullptr;
  if (Call.arg_size() > 1)
    Solver.updateScalar(Call.getArgOperand(1), Integer);
  int64_t Bytes = Size ? Size->getSExtValue() : 0;
  if (Hinted.isInteger())
    Stride = integerStride(Bytes);
  TypeTree Memory;
  bool IsEveryOffset = Bytes <= 0 || Bytes / Stride > int64_t(MaxScalarSlots);
  if (IsEveryOffset)
    Memory.insert({AnyOffset}, Hinted);
  for (int64_t Offset = 0; !IsEveryOffset && Offset < Bytes; Offset += Stride)
    Memory.insert({Offset}, Hinted);
  Solver.updatePointee(Call.getArgOperand(0), Memory);
  return true;
}

/// Applies the rules of the C library functions by name; false when
/// \p Name is not one of them.
bool applyLibraryRule(TypeSolver &Solver, CallBase &Call, StringRef Name) {
  if (Name == "memcpy" || Name == "memmove") {
    if (Call.arg_size() == 3) {
      applyMemoryTransfer(Solver, Call);
      linkResultToArgument(Solver, Call, 0);
    }
    return true;
  }
  if (Name == "memset") {
    if (Call.arg_size() == 3)
      Solver.updateScalar(Call.getArgOperand(2), Integer);
    return true;
  }
  const LibrarySignature *Signature = librarySignature(Name);
  if (!Signature)
    return false;
  if (!Call.getType()->isVoidTy())
    applyRole(Solver, &Call, Signature->Result);
  for (unsigned Index = 0; Index < Signature->Arguments.size(); ++Index)
    if (Index < Call.arg_size())
      applyRole(Solver, Call.getArgOperand(Index), Signature->Arguments[Index]);
  if (Signature->FormatIndex >= 0)
    applyFormat(Solver, Call, Signature->FormatIndex);
  if (Name == "realloc" && Call.arg_size() == 2) {
    // The new block holds the old block's data.
    Value *Old = Call.getArgOperand(0);
    Solver.updatePointee(&Call, Solver.pointeeOf(Old));
    Solver.updatePointee(Old, Solver.pointeeOf(&Call));
  }
  return true;
}

} // namespace

void applyCallRule(TypeSolver &Solver, CallBase &Call) {
  auto *Callee =
      dyn_cast<Function>(Call.getCalledOperand()->stripPointerCasts());
  if (!Callee)
    return;
  if (Callee->isIntrinsic())
    return applyIntrinsicRule(Solver, Call, Callee->getIntrinsicID());
  StringRef Name = Callee->getName();
  if (applyTypeHint(Solver, Call, Name) || applyLibraryRule(Solver, Call, Name))
    return;
  if (!Callee->isDeclaration())
    Solver.noteDefinedCall(Call);
}

} // namespace adjoint
