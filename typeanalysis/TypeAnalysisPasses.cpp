//===- typeanalysis/TypeAnalysisPasses.cpp - Type analysis in the pipeline ===//
//
// The print<adjoint-types> printer and the registration of type analysis.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/TypeAnalysisPasses.h"

#include "typeanalysis/TypeAnalysis.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Prints "@g in context ({...}, {...}):" and the callee's lines.
void printCalleeContext(raw_ostream &OS, const TypeInfo &Callee) {
  OS << "  @" << Callee.function().getName() << " in context (";
  bool First = true;
  for (const TypeTree &Argument : Callee.contextArgumentTypes()) {
    OS << (First ? "" : ", ");
    First = false;
    Argument.print(OS);
  }
  OS << "):\n";
  Callee.print(OS, "    ");
}

} // namespace

PreservedAnalyses
TypeAnalysisPrinterPass::run(Function &F, FunctionAnalysisManager &Manager) {
  if (F.isDeclaration())
    return PreservedAnalyses::all();
  const TypeInfo &Info = Manager.getResult<TypeAnalysisPass>(F).info();
  OS << "adjoint-types @" << F.getName() << ":\n";
  Info.print(OS);
  SmallPtrSet<const TypeInfo *, 4> Printed = {&Info};
  for (const Instruction &I : instructions(F)) {
    auto *Call = dyn_cast<CallBase>(&I);
    const TypeInfo *Callee = Call ? Info.calleeInfo(*Call) : nullptr;
    if (Callee && Printed.insert(Callee).second)
      printCalleeContext(OS, *Callee);
  }
  return PreservedAnalyses::all();
}

void registerTypeAnalysisPasses(PassBuilder &PB) {
  PB.registerAnalysisRegistrationCallback([](FunctionAnalysisManager &Manager) {
    Manager.registerPass([] { return TypeAnalysisPass(); });
  });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, FunctionPassManager &Passes,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (Name != "print<adjoint-types>")
          return false;
        Passes.addPass(TypeAnalysisPrinterPass(errs()));
        return true;
      });
}

} // namespace adjoint
