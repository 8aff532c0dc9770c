//===- pass/AdjointPass.cpp - The differentiation transform ---------------===//
//
// Drives request discovery, synthesis and cleanup over a module.
//
//===----------------------------------------------------------------------===//
#include "pass/AdjointPass.h"

#include "pass/ADContext.h"
#include "pass/Request.h"
#include "pass/RequestLowering.h"
#include "pass/RuleNormalization.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Reads every request in \p M; raw ones are validated (reporting errors).
SmallVector<Request, 16> collectRequests(Module &M) {
  SmallVector<Request, 16> Requests;
  for (CallBase *Call : findRequests(M, /*Pinned=*/true)) {
    if (std::optional<Request> R = readPinnedRequest(*Call))
      Requests.push_back(*R);
    else
      discardRequest(*Call);
  }
  for (CallBase *Call : findRequests(M, /*Pinned=*/false)) {
    if (std::optional<Request> R = parseRawRequest(*Call))
      Requests.push_back(*R);
    else
      discardRequest(*Call);
  }
  return Requests;
}

/// Erases the declarations pinned requests called.
void erasePinnedDeclarations(Module &M) {
  SmallVector<Function *, 8> Unused;
  for (Function &F : M)
    if (F.isDeclaration() && F.getName().starts_with("__adjoint_request.") &&
        F.use_empty())
      Unused.push_back(&F);
  for (Function *F : Unused)
    F->eraseFromParent();
}

} // namespace

PreservedAnalyses AdjointPass::run(Module &M, ModuleAnalysisManager &MAM) {
  // Registrations are normally attributes already (clang normalizes them at
  // the start of the pipeline); opt users get the same behaviour here.
  normalizeRuleRegistrations(M);
  SmallVector<Request, 16> Requests = collectRequests(M);
  if (Requests.empty()) {
    erasePinnedDeclarations(M);
    return PreservedAnalyses::all();
  }
  auto &FAM = MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  SmallSetVector<Function *, 8> Callers;
  {
    ADContext Context(M, FAM);
    for (const Request &R : Requests) {
      Function *Caller = R.Call->getFunction();
      if (lowerRequest(Context, R))
        Callers.insert(Caller);
    }
    Context.eraseCanonicalCopies();
    cleanupGeneratedCode(M, FAM, Context.tape(), Context.generatedFunctions(),
                         Callers.getArrayRef(), Level);
  }
  erasePinnedDeclarations(M);
  return PreservedAnalyses::none();
}

} // namespace adjoint
