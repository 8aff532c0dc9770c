//===- typeanalysis/TBAATypes.cpp - Types named by TBAA metadata ----------===//
//
// Maps clang's TBAA scalar type names and struct copy layouts to facts.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/TBAATypes.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Type.h"

using namespace llvm;

namespace adjoint {

namespace {

/// True for the TBAA names clang gives pointer types: "any pointer",
/// "vtable pointer" and, with pointer TBAA, "p1 int", "p2 double", ...
bool isPointerName(StringRef Name) {
  if (Name == "any pointer" || Name == "vtable pointer")
    return true;
  return Name.size() > 3 && Name[0] == 'p' && isDigit(Name[1]) &&
         Name.contains(' ');
}

/// The access type node of a TBAA tag: the second operand of a struct-path
/// tag, the tag itself in the old scalar form.
const MDNode *accessTypeOf(const MDNode *Tag) {
  if (Tag->getNumOperands() >= 3 && isa<MDNode>(Tag->getOperand(0)))
    return dyn_cast<MDNode>(Tag->getOperand(1));
  return Tag;
}

/// The integer in metadata operand \p Operand, if it is one.
std::optional<int64_t> integerOperand(const MDOperand &Operand) {
  auto *Constant = mdconst::dyn_extract_or_null<ConstantInt>(Operand);
  if (!Constant)
    return std::nullopt;
  return Constant->getSExtValue();
}

} // namespace

ConcreteType typeOfTBAAName(StringRef Name, LLVMContext &Context) {
  if (Name == "double")
    return ConcreteType::floatingPoint(Type::getDoubleTy(Context));
  if (Name == "float")
    return ConcreteType::floatingPoint(Type::getFloatTy(Context));
  if (Name == "_Float16" || Name == "__fp16")
    return ConcreteType::floatingPoint(Type::getHalfTy(Context));
  if (isPointerName(Name))
    return ConcreteType(BaseType::Pointer);
  bool IsInteger = StringSwitch<bool>(Name)
                       .Cases("int", "long", "long long", "short", true)
                       .Cases("bool", "_Bool", "__int128", true)
                       .Cases("wchar_t", "char16_t", "char32_t", true)
                       .Default(false);
  return IsInteger ? ConcreteType(BaseType::Integer) : ConcreteType();
}

ConcreteType typeOfTBAATag(const MDNode *Tag, LLVMContext &Context) {
  if (!Tag)
    return ConcreteType();
  const MDNode *Access = accessTypeOf(Tag);
  if (!Access || Access->getNumOperands() == 0)
    return ConcreteType();
  auto *Name = dyn_cast<MDString>(Access->getOperand(0));
  return Name ? typeOfTBAAName(Name->getString(), Context) : ConcreteType();
}

ConcreteType typeOfTBAAAccess(const Instruction &Access) {
  return typeOfTBAATag(Access.getMetadata(LLVMContext::MD_tbaa),
                       Access.getContext());
}

TypeTree typeTreeOfTBAAStruct(const Instruction &Copy) {
  TypeTree Result;
  const MDNode *Layout = Copy.getMetadata(LLVMContext::MD_tbaa_struct);
  if (!Layout)
    return Result;
  // Triples: byte offset, byte size, access tag.
  for (unsigned Index = 0; Index + 2 < Layout->getNumOperands(); Index += 3) {
    std::optional<int64_t> Offset = integerOperand(Layout->getOperand(Index));
    auto *Tag = dyn_cast<MDNode>(Layout->getOperand(Index + 2));
    if (Offset && *Offset >= 0)
      Result.insert({*Offset}, typeOfTBAATag(Tag, Copy.getContext()));
  }
  return Result;
}

} // namespace adjoint
