//===- typeanalysis/TBAATypes.h - Types named by TBAA metadata ------------===//
//
// Reads the scalar type names clang writes into type-based alias analysis
// metadata ("double", "int", "any pointer", ...) as concrete types.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_TBAATYPES_H
#define ADJOINT_TYPEANALYSIS_TBAATYPES_H

#include "typeanalysis/TypeTree.h"

#include "llvm/ADT/StringRef.h"

namespace llvm {
class Instruction;
class LLVMContext;
class MDNode;
} // namespace llvm

namespace adjoint {

/// The concrete type of the TBAA scalar type \p Name: "double" and "float"
/// are Float, integer names ("int", "long", "short", "bool", ...) Integer,
/// pointer names ("any pointer", "p1 int", ...) Pointer; "omnipotent char"
/// and unknown names are Unknown.
ConcreteType typeOfTBAAName(llvm::StringRef Name, llvm::LLVMContext &Context);

/// The concrete type of the access tag \p Tag (struct-path or scalar form).
ConcreteType typeOfTBAATag(const llvm::MDNode *Tag, llvm::LLVMContext &Context);

/// The type the !tbaa access tag of the load or store \p Access names.
ConcreteType typeOfTBAAAccess(const llvm::Instruction &Access);

/// The facts the !tbaa.struct metadata of a memory copy gives about the
/// copied bytes, by offset.
TypeTree typeTreeOfTBAAStruct(const llvm::Instruction &Copy);

} // namespace adjoint

#endif
