//===- activity/ActivityPrinter.h - Activity as an analysis, and its printer
//===//
//
// Wraps activity analysis as a new-pass-manager function analysis and adds
// the printer `print<adjoint-activity>`, which prints one line per argument
// and value-producing instruction:
//
//   %x: active        a floating-point value that carries an adjoint
//   %p: shadowed      a pointer whose memory has a shadow
//   %i: inactive      everything else
//
// The activity of the arguments comes from the function attribute
// "adjoint-activity" (one letter per argument: A active, C constant,
// D duplicated, N duplicated-no-need; e.g. "ACD"); without it, floating-point
// arguments are active, pointers duplicated and the rest constant. The return
// value is active when it is floating-point, unless the attribute
// "adjoint-return"="inactive" says otherwise.
//
// USAGE: opt -load-pass-plugin=Adjoint.so -passes='print<adjoint-activity>'
//            -disable-output in.ll
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ACTIVITY_ACTIVITYPRINTER_H
#define ADJOINT_ACTIVITY_ACTIVITYPRINTER_H

#include "activity/ActivityAnalysis.h"

#include "llvm/IR/PassManager.h"

#include <memory>

namespace llvm {
class PassBuilder;
class raw_ostream;
} // namespace llvm

namespace adjoint {

/// The signature a function's attributes (or the defaults) describe.
ActivitySignature signatureFromAttributes(const llvm::Function &F);

/// Activity analysis of a function under its attribute signature.
class ActivityAnalysisPass
    : public llvm::AnalysisInfoMixin<ActivityAnalysisPass> {
public:
  using Result = std::shared_ptr<ActivityInfo>;
  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &FAM);

private:
  friend llvm::AnalysisInfoMixin<ActivityAnalysisPass>;
  static llvm::AnalysisKey Key;
};

/// The printer pass `print<adjoint-activity>`.
class ActivityPrinterPass : public llvm::PassInfoMixin<ActivityPrinterPass> {
public:
  explicit ActivityPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
  static bool isRequired() { return true; }

private:
  llvm::raw_ostream &OS;
};

/// Registers the analysis and the printer with \p PB.
void registerActivityPasses(llvm::PassBuilder &PB);

} // namespace adjoint

#endif
