//===- activity/ActivityPrinter.cpp - Activity as an analysis, and its printer
//
// Implements the activity analysis pass and `print<adjoint-activity>`.
//
//===----------------------------------------------------------------------===//
#include "activity/ActivityPrinter.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint {

AnalysisKey ActivityAnalysisPass::Key;

ActivitySignature signatureFromAttributes(const Function &F) {
  ActivitySignature Signature;
  StringRef Spelling = F.getFnAttribute("adjoint-activity").getValueAsString();
  for (const Argument &A : F.args()) {
    char Letter = A.getArgNo() < Spelling.size() ? Spelling[A.getArgNo()] : '?';
    ArgumentActivity Activity = ArgumentActivity::Constant;
    if (Letter == 'A' || (Letter == '?' && A.getType()->isFloatingPointTy()))
      Activity = ArgumentActivity::Active;
    else if (Letter == 'D' || (Letter == '?' && A.getType()->isPointerTy()))
      Activity = ArgumentActivity::Duplicated;
    else if (Letter == 'N')
      Activity = ArgumentActivity::DuplicatedNoNeed;
    Signature.Arguments.push_back(Activity);
  }
  Signature.ReturnActive =
      F.getReturnType()->isFloatingPointTy() &&
      F.getFnAttribute("adjoint-return").getValueAsString() != "inactive";
  return Signature;
}

ActivityAnalysisPass::Result
ActivityAnalysisPass::run(Function &F, FunctionAnalysisManager &) {
  return std::make_shared<ActivityInfo>(F, signatureFromAttributes(F));
}

namespace {

const char *describe(const ActivityInfo &Activity, const Value &V) {
  if (Activity.isActive(&V))
    return "active";
  if (Activity.hasShadow(&V))
    return "shadowed";
  return "inactive";
}

void printLine(raw_ostream &OS, const ActivityInfo &Activity, const Value &V) {
  V.printAsOperand(OS, /*PrintType=*/false);
  OS << ": " << describe(Activity, V) << "\n";
}

} // namespace

PreservedAnalyses ActivityPrinterPass::run(Function &F,
                                           FunctionAnalysisManager &FAM) {
  if (F.isDeclaration())
    return PreservedAnalyses::all();
  const ActivityInfo &Activity = *FAM.getResult<ActivityAnalysisPass>(F);
  OS << "activity of '" << F.getName() << "':\n";
  for (const Argument &A : F.args())
    printLine(OS, Activity, A);
  for (const Instruction &I : instructions(F))
    if (!I.getType()->isVoidTy())
      printLine(OS, Activity, I);
  return PreservedAnalyses::all();
}

void registerActivityPasses(PassBuilder &PB) {
  PB.registerAnalysisRegistrationCallback([](FunctionAnalysisManager &FAM) {
    FAM.registerPass([] { return ActivityAnalysisPass(); });
  });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, FunctionPassManager &FPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (Name != "print<adjoint-activity>")
          return false;
        FPM.addPass(ActivityPrinterPass(outs()));
        return true;
      });
}

} // namespace adjoint
