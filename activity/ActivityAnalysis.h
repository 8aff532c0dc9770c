//===- activity/ActivityAnalysis.h - Which values carry derivatives -------===//
//
// Terms (after Hascoet): a value is *varied* when it depends on an active
// input, *useful* when it may influence an active output (the active return
// value or memory with a shadow), and *active* when it is varied, useful and
// of floating-point type, so that it carries an adjoint. A pointer *has a
// shadow* when the memory it points to may hold active values; its shadow
// points to the matching adjoint memory. Integers never carry derivatives.
//
// Variedness propagates forward from the active arguments, through
// instructions and through memory (a load through a pointer that has a
// shadow is varied), to a fixed point; usefulness propagates backward from
// the outputs. Functions carrying the attribute "enzyme_inactive" and known
// inactive library functions (printf, strlen, ...) propagate nothing.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ACTIVITY_ACTIVITYANALYSIS_H
#define ADJOINT_ACTIVITY_ACTIVITYANALYSIS_H

#include "activity/ActivitySignature.h"

#include "llvm/ADT/DenseSet.h"

namespace llvm {
class Function;
class Instruction;
class Type;
class Value;
class CallBase;
} // namespace llvm

namespace adjoint {

/// True for types that can carry a derivative: floating-point scalars and
/// vectors of them.
bool isDifferentiableType(const llvm::Type *T);

/// True for stack and heap allocations (alloca, malloc, calloc, new): their
/// memory gains a shadow when active data is stored into it.
bool isAllocation(const llvm::Value *V);

/// The result of activity analysis for one function and signature.
class ActivityInfo {
public:
  ActivityInfo(const llvm::Function &F, const ActivitySignature &Signature);

  /// True when \p V carries an adjoint.
  bool isActive(const llvm::Value *V) const;
  /// True when \p V is a floating-point value that depends on the active
  /// inputs (whether or not it is useful).
  bool isVaried(const llvm::Value *V) const;
  /// True when the pointer \p V has a shadow.
  bool hasShadow(const llvm::Value *V) const;
  /// True when the reverse sweep must do something for \p I.
  bool needsAdjoint(const llvm::Instruction &I) const;

private:
  bool update(const llvm::Instruction &I);
  bool isVariedInstruction(const llvm::Instruction &I) const;
  bool hasShadowInstruction(const llvm::Instruction &I) const;
  bool isCallVaried(const llvm::CallBase &Call) const;
  bool returnsShadow(const llvm::CallBase &Call) const;
  void markAllocationsWrittenBy(const llvm::Instruction &I, bool &Changed);
  void markAllocationsBehind(const llvm::Value *Pointer, bool &Changed);
  void computeUsefulness(const llvm::Function &F,
                         const ActivitySignature &Signature);

  llvm::DenseSet<const llvm::Value *> Varied;
  llvm::DenseSet<const llvm::Value *> Useful;
  llvm::DenseSet<const llvm::Value *> Shadowed;
};

} // namespace adjoint

#endif
