//===- pass/RequestPinning.h - Pins requests before optimization ----------===//
//
// Runs at the start of the pipeline: validates every __enzyme_autodiff call
// and rewrites it into a pinned request (see pass/Request.h), so that what
// the user wrote is what gets differentiated after optimization.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_REQUESTPINNING_H
#define ADJOINT_PASS_REQUESTPINNING_H

#include "llvm/IR/PassManager.h"

namespace adjoint {

/// The module pass `adjoint-pin`.
class RequestPinningPass : public llvm::PassInfoMixin<RequestPinningPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace adjoint

#endif
