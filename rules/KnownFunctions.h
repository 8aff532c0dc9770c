//===- rules/KnownFunctions.h - Primitives behind instructions and calls --===//
//
// Maps an instruction to the primitive whose derivative rule applies to it
// (an opcode, an LLVM math intrinsic or a libm function, float or double),
// and names the library functions and intrinsics that carry no derivative.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_RULES_KNOWNFUNCTIONS_H
#define ADJOINT_RULES_KNOWNFUNCTIONS_H

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace llvm {
class CallBase;
class Function;
class Instruction;
} // namespace llvm

namespace adjoint::rules {

/// The primitive an instruction computes: "fmul", "select", "sin", ... The
/// operands of the primitive are the instruction's operands (for a call,
/// its arguments). Empty for instructions that are not primitives.
std::optional<llvm::StringRef> primitiveOf(const llvm::Instruction &I);

/// The number of operands of the primitive \p I computes: a call's
/// arguments, or an instruction's operands.
unsigned primitiveOperandCount(const llvm::Instruction &I);

/// The math primitive a function declaration names ("sinf" -> "sin"), or
/// empty when \p Name is not a known math function.
std::optional<llvm::StringRef> mathPrimitiveOfName(llvm::StringRef Name);

/// True for library functions that never carry a derivative (I/O, string
/// length, timing, process control, ...).
bool isInactiveLibraryFunction(llvm::StringRef Name);

/// The heap allocation functions whose results get shadow allocations
/// (malloc, calloc, operator new and new[]).
bool isAllocationFunction(llvm::StringRef Name);

/// True for intrinsics that carry no derivative and need no adjoint
/// (debug info, lifetime markers, assumptions, ...).
bool isInactiveIntrinsic(const llvm::Function &Callee);

} // namespace adjoint::rules

#endif
