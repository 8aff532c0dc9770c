//===- pass/RecomputeEmitter.h - Emits recomputation in the reverse sweep -===//
//
// Turns a recipe (analysis/Recomputation.h) into IR in the pullback: scalar
// evolutions are expanded over function-record values and the iteration
// counters of the loops being reversed; loads are issued again.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_RECOMPUTEEMITTER_H
#define ADJOINT_PASS_RECOMPUTEEMITTER_H

#include "analysis/Recomputation.h"

#include "llvm/IR/IRBuilder.h"

#include <functional>

namespace llvm {
class Loop;
class ScalarEvolution;
} // namespace llvm

namespace adjoint {

/// Emits recipes into a pullback.
class RecomputeEmitter {
public:
  /// \p Recorded gives the pullback's copy of a function-record value (or of
  /// its shadow); \p Iteration the number of the iteration of a counted loop
  /// being reversed.
  RecomputeEmitter(
      llvm::ScalarEvolution &Evolution,
      std::function<llvm::Value *(const llvm::Value *, bool)> Recorded,
      std::function<llvm::Value *(const llvm::Loop *)> Iteration)
      : Evolution(Evolution), Recorded(std::move(Recorded)),
        Iteration(std::move(Iteration)) {}

  /// Emits \p R at \p Builder's insertion point; returns the value.
  llvm::Value *emit(const Recipe &R, llvm::IRBuilderBase &Builder);

private:
  llvm::Value *expand(const llvm::SCEV *S, llvm::IRBuilderBase &Builder);
  llvm::Value *expandSum(const llvm::SCEV *S, llvm::IRBuilderBase &Builder);

  llvm::ScalarEvolution &Evolution;
  std::function<llvm::Value *(const llvm::Value *, bool)> Recorded;
  std::function<llvm::Value *(const llvm::Loop *)> Iteration;
};

} // namespace adjoint

#endif
