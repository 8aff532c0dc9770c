//===- pass/Cleanup.h - Simplifies generated gradient code ----------------===//
//
// After lowering, generated code is full of adjoint stack slots and tape
// helper calls. Cleanup inlines the helpers (and, when optimizing, the
// derivative functions into the request sites) and runs a function
// simplification pipeline over what was generated, so gradients come out as
// clean as hand-written code.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_CLEANUP_H
#define ADJOINT_PASS_CLEANUP_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class Function;
class Module;
} // namespace llvm

namespace adjoint {

class TapeBuilder;

/// How much cleanup to do.
enum class CleanupLevel {
  Minimal,  ///< Promote adjoint slots only (for -O0).
  Optimize, ///< Inline into request sites and simplify (for -O1 and above).
};

/// Cleans up \p Generated functions and the functions that contained
/// requests (\p RequestCallers), then erases generated functions that have
/// no uses left.
void cleanupGeneratedCode(llvm::Module &M, llvm::FunctionAnalysisManager &FAM,
                          const TapeBuilder &Tape,
                          llvm::ArrayRef<llvm::Function *> Generated,
                          llvm::ArrayRef<llvm::Function *> RequestCallers,
                          CleanupLevel Level);

} // namespace adjoint

#endif
