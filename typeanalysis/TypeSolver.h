//===- typeanalysis/TypeSolver.h - The fixed point for one function -------===//
//
// Internal to type analysis: propagates facts through one function in one
// calling context until nothing changes. The transfer rules live in
// InstructionTypeRules.cpp and CallTypeRules.cpp and talk to the solver
// through typeOf() and update().
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_TYPESOLVER_H
#define ADJOINT_TYPEANALYSIS_TYPESOLVER_H

#include "typeanalysis/TypeAnalysis.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

#include <deque>

namespace llvm {
class CallBase;
class DataLayout;
class GEPOperator;
class Instruction;
} // namespace llvm

namespace adjoint {

/// Runs type analysis on one function in one calling context, filling a
/// TypeInfo. Facts only grow, so running again on a filled TypeInfo (as
/// recursion does) refines it.
class TypeSolver {
public:
  TypeSolver(TypeAnalyzer &Analyzer, llvm::Function &F, TypeInfo &Info);

  /// Propagates to a fixed point, including through calls.
  void solve();

  /// The data layout of the module.
  const llvm::DataLayout &dataLayout() const { return Layout; }

  /// The current facts about \p V. Constants get the facts their value
  /// shows (1.5 is Float, 42 is Integer, null is Pointer).
  TypeTree typeOf(const llvm::Value *V);
  /// The current facts about the memory behind the pointer \p V.
  TypeTree pointeeOf(const llvm::Value *V) { return typeOf(V).pointee(); }

  /// Adds \p Facts to what is known about \p V and revisits the affected
  /// instructions. Facts about constants other than globals are dropped.
  void update(const llvm::Value *V, const TypeTree &Facts);
  /// Adds the fact "\p V is a scalar of type \p T".
  void updateScalar(const llvm::Value *V, ConcreteType T);
  /// Adds "\p Pointer is a pointer and the memory behind it is \p Memory".
  void updatePointee(const llvm::Value *Pointer, const TypeTree &Memory);
  /// Adds \p Facts to the function's return facts.
  void updateReturn(const TypeTree &Facts);

  /// Notes that \p Call calls a function with a body, and applies what is
  /// known about the callee in this call's context.
  void noteDefinedCall(llvm::CallBase &Call);

  /// True when \p GEP moves a pointer around a loop: its base pointer
  /// depends on its own result through phis, selects and GEPs.
  bool isPointerInduction(const llvm::GEPOperator &GEP);

private:
  /// Gives every argument and instruction its first facts and queues every
  /// instruction.
  void seed();
  /// Queues \p V when it is an instruction of the function.
  void enqueue(const llvm::Value *V);
  /// Queues the instructions that use \p V (through constant expressions
  /// too).
  void enqueueUsers(const llvm::Value *V);
  /// Applies rules until the worklist is empty or the visit budget is spent.
  void drainWorklist();
  /// Analyses each callee with its call's current argument facts and
  /// applies the results; true when that queued more work.
  bool refreshCallees();
  /// Adds the callee's return facts to \p Call and its argument facts to
  /// the actual arguments.
  void applyCalleeFacts(llvm::CallBase &Call, const TypeInfo &Callee);
  /// The facts \p V starts with: its IR type's, the calling context's for
  /// arguments, the declared type's for globals.
  TypeTree initialFacts(const llvm::Value *V);
  /// True when \p Target is reachable from \p Start backwards through
  /// phis, selects, GEPs and casts.
  bool reachesBack(const llvm::Value *Start, const llvm::Value *Target);

  TypeAnalyzer &Analyzer;
  llvm::Function &F;
  TypeInfo &Info;
  const llvm::DataLayout &Layout;
  std::deque<llvm::Instruction *> Worklist;
  llvm::DenseSet<llvm::Instruction *> Queued;     ///< The worklist's members.
  llvm::SetVector<llvm::CallBase *> DefinedCalls; ///< Calls with bodies.
  llvm::DenseMap<const llvm::GEPOperator *, bool> Inductions; ///< Memo.
  size_t VisitBudget = 0; ///< Rule applications left in this solve.
};

/// Applies the transfer rule of \p I (InstructionTypeRules.cpp).
void applyInstructionRule(TypeSolver &Solver, llvm::Instruction &I);

/// Applies the transfer rule of a call: intrinsics, C library functions,
/// type hints, memory copies and calls to functions with bodies
/// (CallTypeRules.cpp).
void applyCallRule(TypeSolver &Solver, llvm::CallBase &Call);

} // namespace adjoint

#endif
