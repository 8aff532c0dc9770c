//===- pass/Canonicalize.h - The form of a function the synthesizer reads -===//
//
// Differentiation reads a private copy of each function, simplified so that
// code compiled at -O0 looks like optimized code: locals promoted to SSA
// values, redundancies removed, a single return block, and loops in
// loop-simplify form.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_CANONICALIZE_H
#define ADJOINT_PASS_CANONICALIZE_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class Function;
}

namespace adjoint {

/// Creates the canonical copy of \p F in \p F's module.
llvm::Function *createCanonicalCopy(llvm::Function &F,
                                    llvm::FunctionAnalysisManager &FAM);

} // namespace adjoint

#endif
