//===- analysis/LoopReversal.h - How the reverse sweep runs loops backwards
//===//
//
// Terms:
//  - Counted loop: a natural loop with a preheader, a single latch and
//    dedicated exits (loop-simplify form). The augmented primal numbers its
//    iterations with a counter k (0 in the first iteration) and records k
//    once, where the loop is left; the reverse sweep then runs the loop's
//    reverse blocks with k counting down, instead of recording which
//    predecessor entered the header on every iteration.
//  - Iteration counter: in the reverse sweep, the number of the iteration
//    being reversed. Values that are affine in it (induction variables,
//    addresses) can be recomputed instead of taped.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ANALYSIS_LOOPREVERSAL_H
#define ADJOINT_ANALYSIS_LOOPREVERSAL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace llvm {
class BasicBlock;
class Function;
class Loop;
class LoopInfo;
} // namespace llvm

namespace adjoint {

/// The counted loops of a function and where their counters are recorded.
class LoopReversal {
public:
  LoopReversal(const llvm::Function &F, const llvm::LoopInfo &Loops);

  /// True when \p L is reversed by counting.
  bool isCounted(const llvm::Loop *L) const;
  /// The counted loop \p B heads, or null.
  const llvm::Loop *countedLoopHeadedBy(const llvm::BasicBlock *B) const;
  /// The counted loops that \p Exit leaves, innermost first: its record
  /// holds their final counter values in this order.
  llvm::ArrayRef<const llvm::Loop *>
  loopsLeftAt(const llvm::BasicBlock *Exit) const;
  /// Every counted loop, outermost loops before the loops they contain.
  llvm::ArrayRef<const llvm::Loop *> countedLoops() const { return Counted; }

private:
  llvm::SmallVector<const llvm::Loop *, 8> Counted;
  llvm::DenseMap<const llvm::BasicBlock *, const llvm::Loop *> Headers;
  llvm::DenseMap<const llvm::BasicBlock *,
                 llvm::SmallVector<const llvm::Loop *, 2>>
      Exits;
};

} // namespace adjoint

#endif
