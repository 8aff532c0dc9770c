//===- analysis/TapePlan.h - What the reverse sweep reads from the tape ---===//
//
// Terms:
//  - Reverse action: what the reverse sweep does for one primal instruction
//    (apply a rule, move an adjoint through a shadow, call a pullback, ...).
//  - Block record: the primal and shadow values the reverse of one basic
//    block reads. The augmented primal pushes a block's record on the tape
//    each time the block runs; the pullback pops it when it reverses that
//    execution, so loops and arbitrary control flow need no special cases.
//  - Predecessor index: which predecessor a block was entered from, kept in
//    the record of blocks with several predecessors so that the reverse sweep
//    can retrace the path.
//  - Function record: the record of the return block. A value that runs at
//    most once per call (outside every loop) and is available at the return
//    is recorded there, once, instead of in every record that needs it: the
//    reverse sweep starts with the return block, so the value is then
//    available to the whole pullback.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ANALYSIS_TAPEPLAN_H
#define ADJOINT_ANALYSIS_TAPEPLAN_H

#include "analysis/LoopReversal.h"
#include "analysis/Recomputation.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class AAResults;
class DominatorTree;
class LoopInfo;
class ScalarEvolution;
class Type;
class Function;
class Instruction;
class Value;
} // namespace llvm

namespace adjoint {

class ActivityInfo;
namespace rules {
struct DerivativeRule;
}

/// The kinds of reverse action.
enum class ReverseKind {
  None,           ///< Nothing to do in the reverse sweep.
  Rule,           ///< Apply a derivative rule from the registry.
  Load,           ///< shadow[p] += dy.
  Store,          ///< dv += shadow[p]; shadow[p] = 0.
  FreeShadow,     ///< Release the shadow of an allocation.
  Call,           ///< Call the pullback of a differentiated callee.
  CustomCall,     ///< Call a user-registered reverse function.
  MemoryTransfer, ///< Move adjoints back through a memcpy or memmove.
  MemoryFill,     ///< Clear the shadow a memset overwrote.
  Phi,            ///< Route dy to the incoming value of the path taken.
  Unsupported,    ///< No way to differentiate: a compile error.
};

/// What the reverse sweep does for one instruction.
struct ReverseAction {
  ReverseKind Kind = ReverseKind::None;
  const rules::DerivativeRule *Rule = nullptr;
  llvm::StringRef Primitive; ///< For rules and unsupported primitives.
};

/// Classifies the reverse action of \p I under \p Activity.
ReverseAction classifyReverse(const llvm::Instruction &I,
                              const ActivityInfo &Activity);

/// Which value of a primal value a record holds.
enum class TapeEntryKind {
  Primal,     ///< The value itself.
  Shadow,     ///< The shadow of a pointer.
  CustomTape, ///< The tape a custom augmented forward returned for a call.
  Counter,    ///< The final iteration counter of the counted loop whose
              ///< header is Value (recorded where the loop is left).
};

/// One value in a block record.
struct TapeEntry {
  const llvm::Value *Value;
  TapeEntryKind Kind;

  bool operator==(const TapeEntry &Other) const {
    return Value == Other.Value && Kind == Other.Kind;
  }
};

/// The block records of one function.
class TapePlan {
public:
  /// \p MemoryIsStable: the pullback runs right after the augmented primal
  /// (a request's target), so unwritten memory may be read again.
  TapePlan(const llvm::Function &F, const ActivityInfo &Activity,
           const llvm::DominatorTree &Dominators, const llvm::LoopInfo &Loops,
           llvm::ScalarEvolution &Evolution, llvm::AAResults &Aliasing,
           bool MemoryIsStable);
  ~TapePlan();

  /// The values the reverse of \p B recomputes instead of popping, in order.
  llvm::ArrayRef<Recipe> recipes(const llvm::BasicBlock *B) const;
  /// The scalar evolution recipes refer to.
  llvm::ScalarEvolution &evolution() const { return Recomputing->evolution(); }

  /// The block whose record is the function record, or null when the
  /// function never returns.
  const llvm::BasicBlock *returnBlock() const { return ReturnBlock; }

  /// The values the reverse of \p B reads, in push order.
  llvm::ArrayRef<TapeEntry> entries(const llvm::BasicBlock *B) const;
  /// The distinct predecessors of \p B in index order.
  llvm::ArrayRef<llvm::BasicBlock *>
  predecessors(const llvm::BasicBlock *B) const;
  /// True when \p B's record holds a predecessor index (a counted loop's
  /// header needs none: its counter tells).
  bool recordsPredecessor(const llvm::BasicBlock *B) const {
    return predecessors(B).size() > 1 && !Reversal.countedLoopHeadedBy(B);
  }
  /// The slot types of \p B's record, in push order: the predecessor index
  /// (when recorded), then one per entry.
  llvm::SmallVector<llvm::Type *, 8>
  recordTypes(const llvm::BasicBlock *B) const;
  /// How loops are reversed.
  const LoopReversal &loopReversal() const { return Reversal; }

private:
  void addEntry(const llvm::BasicBlock *B, const llvm::Value *V,
                TapeEntryKind Kind);
  bool belongsInFunctionRecord(const llvm::Value *V) const;
  void addRecipe(const llvm::BasicBlock *B, const Recipe &R);
  void planCustomCall(const llvm::CallBase &Call, const ActivityInfo &Activity);
  void planInstruction(const llvm::Instruction &I,
                       const ActivityInfo &Activity);

  const llvm::DominatorTree &Dominators;
  const llvm::LoopInfo &Loops;
  const llvm::BasicBlock *ReturnBlock = nullptr;
  LoopReversal Reversal;
  std::unique_ptr<Recomputation> Recomputing;
  llvm::DenseMap<const llvm::BasicBlock *, std::vector<Recipe>> Recipes;
  llvm::DenseMap<const llvm::BasicBlock *, std::vector<TapeEntry>> Records;
  llvm::DenseMap<const llvm::BasicBlock *,
                 llvm::SmallVector<llvm::BasicBlock *, 2>>
      Predecessors;
};

} // namespace adjoint

#endif
