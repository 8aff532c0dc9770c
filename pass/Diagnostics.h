//===- pass/Diagnostics.h - Compile errors for requests and rules ---------===//
//
// Reports user-facing errors through LLVM's diagnostic machinery so that clang
// prints them as `file:line:col: error: ...` and exits with status 1.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_DIAGNOSTICS_H
#define ADJOINT_PASS_DIAGNOSTICS_H

#include "llvm/ADT/Twine.h"
#include "llvm/IR/DebugLoc.h"

#include <string>

namespace llvm {
class Function;
class Instruction;
} // namespace llvm

namespace adjoint {

struct ReverseAction;

/// Emits an error at \p Loc, attributed to the user function \p Where. When
/// \p Loc is empty, clang falls back to the source location of \p Where.
void reportError(const llvm::Function &Where, const llvm::DebugLoc &Loc,
                 const llvm::Twine &Message);

/// Emits an error at the location of \p At inside the function being
/// differentiated; \p Original names the user's function (the one clang can
/// map back to source) when \p At lives in an internal copy of it.
void reportErrorAt(const llvm::Instruction &At, const llvm::Function &Original,
                   const llvm::Twine &Message);

/// Reports that \p I, inside the copy of \p Original being differentiated,
/// has no derivative, saying why and how to fix it.
void reportUnsupported(const llvm::Instruction &I, const ReverseAction &Action,
                       const llvm::Function &Original,
                       const std::string &Chain);

} // namespace adjoint

#endif
