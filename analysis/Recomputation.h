//===- analysis/Recomputation.h - What the reverse sweep recomputes -------===//
//
// Terms:
//  - Recomputable: a value the reverse of a block can compute again from
//    values it already has (the function record and the iteration counters of
//    the loops around the block), so it need not be taped.
//  - Affine recipe: an integer or pointer whose scalar evolution is built
//    from constants, function-record values and affine recurrences of the
//    counted loops containing the block (induction variables, addresses).
//  - Load recipe: a load through a recomputable pointer from memory that
//    nothing writes while the function runs (alias analysis proves it), in a
//    derivation whose pullback runs right after its augmented primal (a
//    request's target), so the memory is unchanged when the load reruns.
//  - Shadow recipe: the shadow of a recomputable pointer whose base has a
//    shadow in the function record: the same offset from the base's shadow.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ANALYSIS_RECOMPUTATION_H
#define ADJOINT_ANALYSIS_RECOMPUTATION_H

#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <optional>

namespace llvm {
class AAResults;
class BasicBlock;
class Function;
class SCEV;
class ScalarEvolution;
class Value;
} // namespace llvm

namespace adjoint {

class ActivityInfo;
class LoopReversal;

/// How the reverse sweep recomputes one value.
struct Recipe {
  enum class Kind { Affine, Load, Shadow };
  Kind How;
  const llvm::Value *Value;
  const llvm::SCEV *Evolution; ///< Of the value (Affine, Shadow) or of the
                               ///< loaded pointer (Load).
  /// Function-record values the recipe reads: (value, is its shadow).
  llvm::SmallVector<std::pair<const llvm::Value *, bool>, 4> Inputs;
};

/// Decides recomputation for one derivation.
class Recomputation {
public:
  /// \p InFunctionRecord says which values the function record can hold.
  Recomputation(const llvm::Function &F, llvm::ScalarEvolution &Evolution,
                llvm::AAResults &Aliasing, const ActivityInfo &Activity,
                const LoopReversal &Reversal, bool MemoryIsStable,
                std::function<bool(const llvm::Value *)> InFunctionRecord);

  /// How to recompute \p V (or its shadow) in the reverse of \p B, if
  /// possible.
  std::optional<Recipe> recipeFor(const llvm::Value *V, bool Shadow,
                                  const llvm::BasicBlock *B) const;

  /// The scalar evolution the recipes refer to.
  llvm::ScalarEvolution &evolution() const { return Evolution; }

private:
  bool isExpandable(const llvm::SCEV *S, const llvm::BasicBlock *B,
                    Recipe &R) const;
  bool isUnwritten(const llvm::Value *Load) const;

  llvm::ScalarEvolution &Evolution;
  llvm::AAResults &Aliasing;
  const ActivityInfo &Activity;
  const LoopReversal &Reversal;
  bool MemoryIsStable;
  std::function<bool(const llvm::Value *)> InFunctionRecord;
  llvm::SmallVector<const llvm::Value *, 16> Writers;
};

} // namespace adjoint

#endif
