//===- pass/RequestPinning.cpp - Pins requests before optimization --------===//
//
// Rewrites raw requests into pinned ones.
//
//===----------------------------------------------------------------------===//
#include "pass/RequestPinning.h"

#include "pass/Request.h"

#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint {

PreservedAnalyses RequestPinningPass::run(Module &M, ModuleAnalysisManager &) {
  SmallVector<CallBase *, 16> Requests = findRequests(M, /*Pinned=*/false);
  if (Requests.empty())
    return PreservedAnalyses::all();
  unsigned Number = findRequests(M, /*Pinned=*/true).size();
  for (CallBase *Call : Requests) {
    std::optional<Request> R = parseRawRequest(*Call);
    if (R)
      pinRequest(*R, Number++);
    else
      discardRequest(*Call);
  }
  return PreservedAnalyses::none();
}

} // namespace adjoint
