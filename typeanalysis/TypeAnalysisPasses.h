//===- typeanalysis/TypeAnalysisPasses.h - Type analysis for the pipeline -===//
//
// Registers type analysis with the pass builder: the function analysis
// adjoint::TypeAnalysisPass and its printer, print<adjoint-types>.
//
// USAGE: opt-19 -load-pass-plugin=Adjoint.so -passes='print<adjoint-types>'
//          -disable-output in.ll
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_TYPEANALYSISPASSES_H
#define ADJOINT_TYPEANALYSIS_TYPEANALYSISPASSES_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class PassBuilder;
class raw_ostream;
} // namespace llvm

namespace adjoint {

/// Prints the type analysis of each function with a body: a header line
/// "adjoint-types @f:", one line per argument and non-void instruction
/// ("  %x: {[-1]:Float@double}"), the return facts, and then, for each
/// call to a function with a body, that callee analysed in the call's
/// context ("  @g in context ({...}, {...}):" and its lines, indented).
class TypeAnalysisPrinterPass
    : public llvm::PassInfoMixin<TypeAnalysisPrinterPass> {
public:
  explicit TypeAnalysisPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}

  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &Manager);
  static bool isRequired() { return true; }

private:
  llvm::raw_ostream &OS;
};

/// Registers TypeAnalysisPass with every function analysis manager and the
/// pipeline name print<adjoint-types> (which prints to stderr).
void registerTypeAnalysisPasses(llvm::PassBuilder &PB);

} // namespace adjoint

#endif
