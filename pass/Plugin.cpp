//===- pass/Plugin.cpp - Registers Adjoint's passes with LLVM -------------===//
//
// The entry point of the pass plugin. Loaded by clang (-fpass-plugin) it pins
// requests at the start of the pipeline and differentiates at its end; loaded
// by opt (-load-pass-plugin) it makes the passes available by name.
//
// USAGE: clang-19 -O2 -fpass-plugin=Adjoint.so prog.c
//        opt-19 -load-pass-plugin=Adjoint.so -passes=adjoint in.ll -S
//
//===----------------------------------------------------------------------===//
#include "activity/ActivityPrinter.h"
#include "pass/AdjointPass.h"
#include "pass/RequestPinning.h"
#include "pass/RuleNormalization.h"
#include "typeanalysis/TypeAnalysisPasses.h"

#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/PassPlugin.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

namespace {

/// The "AD before optimization" ablation: differentiate at the start of the
/// pipeline instead of the end (clang: -mllvm -adjoint-before-optimization).
cl::opt<bool> DifferentiateBeforeOptimization(
    "adjoint-before-optimization", cl::init(false),
    cl::desc("Differentiate at the start of the optimization pipeline "
             "instead of at its end"));

adjoint::CleanupLevel cleanupFor(OptimizationLevel Level) {
  return Level == OptimizationLevel::O0 ? adjoint::CleanupLevel::Minimal
                                        : adjoint::CleanupLevel::Optimize;
}

bool parseModulePipeline(StringRef Name, ModulePassManager &MPM,
                         ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "adjoint") {
    MPM.addPass(adjoint::AdjointPass());
    return true;
  }
  if (Name == "adjoint-no-cleanup") {
    MPM.addPass(adjoint::AdjointPass(adjoint::CleanupLevel::Minimal));
    return true;
  }
  if (Name == "adjoint-normalize-rules") {
    MPM.addPass(adjoint::RuleNormalizationPass());
    return true;
  }
  if (Name == "adjoint-pin") {
    MPM.addPass(adjoint::RequestPinningPass());
    return true;
  }
  return false;
}

void registerCallbacks(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(parseModulePipeline);
  adjoint::registerTypeAnalysisPasses(PB);
  adjoint::registerActivityPasses(PB);
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(adjoint::RuleNormalizationPass());
        MPM.addPass(adjoint::RequestPinningPass());
        if (DifferentiateBeforeOptimization)
          MPM.addPass(adjoint::AdjointPass(adjoint::CleanupLevel::Minimal));
      });
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(adjoint::AdjointPass(cleanupFor(Level)));
      });
  PB.registerFullLinkTimeOptimizationLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(adjoint::AdjointPass(cleanupFor(Level)));
      });
}

} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "Adjoint", LLVM_VERSION_STRING,
          registerCallbacks};
}
