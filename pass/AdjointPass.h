//===- pass/AdjointPass.h - The differentiation transform -----------------===//
//
// The module pass `adjoint`: lowers every request in the module (pinned or
// not) to a gradient computation and cleans up the generated code. Clang
// runs it at the end of the optimization pipeline, so it differentiates
// optimized IR.
//
// USAGE: opt -load-pass-plugin=Adjoint.so -passes=adjoint in.ll -S
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_ADJOINTPASS_H
#define ADJOINT_PASS_ADJOINTPASS_H

#include "pass/Cleanup.h"

#include "llvm/IR/PassManager.h"

namespace adjoint {

/// The module pass `adjoint`.
class AdjointPass : public llvm::PassInfoMixin<AdjointPass> {
public:
  explicit AdjointPass(CleanupLevel Level = CleanupLevel::Optimize)
      : Level(Level) {}

  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }

private:
  CleanupLevel Level;
};

} // namespace adjoint

#endif
