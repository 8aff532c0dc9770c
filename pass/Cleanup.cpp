//===- pass/Cleanup.cpp - Simplifies generated gradient code --------------===//
//
// Inlining and simplification of generated code.
//
//===----------------------------------------------------------------------===//
#include "pass/Cleanup.h"

#include "pass/TapeBuilder.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/ADCE.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/GVN.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Inlines every call in \p F whose callee satisfies \p ShouldInline.
template <typename Predicate>
void inlineCalls(Function &F, Predicate ShouldInline) {
  SmallVector<CallBase *, 16> Calls;
  for (BasicBlock &B : F)
    for (Instruction &I : B)
      if (auto *Call = dyn_cast<CallBase>(&I))
        if (Function *Callee = Call->getCalledFunction())
          if (!Callee->isDeclaration() && ShouldInline(*Callee))
            Calls.push_back(Call);
  for (CallBase *Call : Calls) {
    InlineFunctionInfo Info;
    InlineFunction(*Call, Info);
  }
}

void simplify(Function &F, FunctionAnalysisManager &FAM, CleanupLevel Level) {
  FunctionPassManager Passes;
  Passes.addPass(SROAPass(SROAOptions::ModifyCFG));
  Passes.addPass(PromotePass());
  if (Level == CleanupLevel::Optimize) {
    Passes.addPass(EarlyCSEPass(/*UseMemorySSA=*/true));
    Passes.addPass(InstCombinePass());
    Passes.addPass(SimplifyCFGPass());
    Passes.addPass(GVNPass());
    Passes.addPass(InstCombinePass());
    Passes.addPass(ADCEPass());
    Passes.addPass(SimplifyCFGPass());
  }
  PreservedAnalyses Preserved = Passes.run(F, FAM);
  FAM.invalidate(F, Preserved);
}

} // namespace

void cleanupGeneratedCode(Module &M, FunctionAnalysisManager &FAM,
                          const TapeBuilder &Tape,
                          ArrayRef<Function *> Generated,
                          ArrayRef<Function *> RequestCallers,
                          CleanupLevel Level) {
  SmallSetVector<Function *, 16> Generating(Generated.begin(), Generated.end());
  auto IsTapeHelper = [&](const Function &Callee) {
    return Tape.isTapeHelper(Callee);
  };
  for (Function *F : Generated)
    inlineCalls(*F, IsTapeHelper);
  for (Function *Caller : RequestCallers) {
    if (Level == CleanupLevel::Optimize)
      inlineCalls(*Caller, [&](const Function &Callee) {
        return Generating.contains(const_cast<Function *>(&Callee));
      });
    inlineCalls(*Caller, IsTapeHelper);
  }
  for (Function *F : Generated)
    if (!F->use_empty())
      simplify(*F, FAM, Level);
  if (Level == CleanupLevel::Optimize)
    for (Function *Caller : RequestCallers)
      simplify(*Caller, FAM, Level);

  // Erase what is no longer called, callers before callees.
  std::vector<Function *> Remaining(Generated.begin(), Generated.end());
  bool Erased = true;
  while (Erased) {
    Erased = false;
    for (Function *&F : Remaining) {
      if (!F || !F->use_empty())
        continue;
      FAM.clear(*F, F->getName());
      F->eraseFromParent();
      F = nullptr;
      Erased = true;
    }
  }
  for (const char *Name : {"adjoint.tape.reserve", "adjoint.tape.pop"})
    if (Function *Helper = M.getFunction(Name))
      if (Helper->use_empty())
        Helper->eraseFromParent();
}

} // namespace adjoint
