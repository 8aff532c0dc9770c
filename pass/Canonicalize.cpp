//===- pass/Canonicalize.cpp - The form of a function the synthesizer reads
//===//
//
// Copies a function and simplifies the copy for differentiation.
//
//===----------------------------------------------------------------------===//
#include "pass/Canonicalize.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Scalar/DeadStoreElimination.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Rewrites \p F so that it has at most one block ending in `ret`.
void unifyReturns(Function &F) {
  SmallVector<ReturnInst *, 4> Returns;
  for (BasicBlock &B : F)
    if (auto *Return = dyn_cast<ReturnInst>(B.getTerminator()))
      Returns.push_back(Return);
  if (Returns.size() < 2)
    return;
  LLVMContext &Context = F.getContext();
  auto *Unified = BasicBlock::Create(Context, "unified.return", &F);
  IRBuilder<> Builder(Unified);
  PHINode *Value = nullptr;
  if (!F.getReturnType()->isVoidTy())
    Value = Builder.CreatePHI(F.getReturnType(), Returns.size(), "retval");
  Builder.CreateRet(Value);
  for (ReturnInst *Return : Returns) {
    if (Value)
      Value->addIncoming(Return->getReturnValue(), Return->getParent());
    BranchInst::Create(Unified, Return->getParent());
    Return->eraseFromParent();
  }
}

} // namespace

Function *createCanonicalCopy(Function &F, FunctionAnalysisManager &FAM) {
  ValueToValueMapTy Map;
  Function *Copy = CloneFunction(&F, Map);
  Copy->setName("adjoint.primal." + F.getName());
  Copy->setLinkage(GlobalValue::InternalLinkage);
  Copy->removeFnAttr(Attribute::OptimizeNone);
  Copy->removeFnAttr(Attribute::NoInline);

  FunctionPassManager Simplify;
  Simplify.addPass(SROAPass(SROAOptions::ModifyCFG));
  Simplify.addPass(PromotePass());
  Simplify.addPass(EarlyCSEPass());
  Simplify.addPass(InstSimplifyPass());
  // Copies into memory nothing reads (e.g. what SROA leaves of a split
  // array) would otherwise need types for no derivative.
  Simplify.addPass(DSEPass());
  Simplify.addPass(SimplifyCFGPass());
  Simplify.run(*Copy, FAM);
  unifyReturns(*Copy);
  FAM.invalidate(*Copy, PreservedAnalyses::none());
  // Preheaders, single latches and dedicated exits let the reverse sweep
  // count loop iterations instead of recording the path through them.
  FunctionPassManager Loops;
  Loops.addPass(LoopSimplifyPass());
  Loops.run(*Copy, FAM);
  FAM.invalidate(*Copy, PreservedAnalyses::none());
  return Copy;
}

} // namespace adjoint
