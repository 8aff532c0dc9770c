//===- pass/ADContext.h - Per-module state of the differentiation ---------===//
//
// Owns everything one run of the transform over a module shares: the
// canonical copies of functions being differentiated, the memo of generated
// augmented primals and pullbacks keyed by function and activity signature,
// and the tape builder.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_ADCONTEXT_H
#define ADJOINT_PASS_ADCONTEXT_H

#include "activity/ActivitySignature.h"
#include "pass/CustomRuleCall.h"
#include "pass/MemoryTransfer.h"
#include "pass/TapeBuilder.h"
#include "typeanalysis/TypeTree.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/PassManager.h"

#include <map>
#include <memory>
#include <optional>

namespace llvm {
class CallBase;
class Function;
class Instruction;
class Value;
class Module;
class StructType;
} // namespace llvm

namespace adjoint {

class ActivityInfo;
class TapePlan;
class TypeAnalyzer;
class TypeInfo;

/// The pair of functions that differentiate one function in reverse mode.
struct DerivativeFunctions {
  /// Runs the primal, pushes what the reverse sweep needs onto the tape and
  /// returns the primal result. Parameters: the primal's, one shadow per
  /// duplicated argument, the tape.
  llvm::Function *AugmentedPrimal = nullptr;
  /// Pops the tape, accumulates adjoints into shadows and returns the
  /// adjoints of the active arguments as a struct (void when none).
  /// Parameters: the result's adjoint when the return is active, the tape.
  llvm::Function *Pullback = nullptr;
};

/// Everything known about differentiating one function under one signature.
struct Derivation {
  llvm::Function *Original = nullptr; ///< The user's function.
  llvm::Function *Primal = nullptr;   ///< Its canonical copy.
  ActivitySignature Signature;
  std::unique_ptr<ActivityInfo> Activity;
  std::unique_ptr<TapePlan> Plan;
  /// What the bytes behind the primal's pointers hold.
  const TypeInfo *Types = nullptr;
  /// The resolved rule of each call to a function with a custom rule.
  llvm::DenseMap<const llvm::Instruction *, CustomRule> CustomRules;
  /// The layout of each differentiated memcpy/memmove, found when checking.
  llvm::DenseMap<const llvm::Instruction *, TransferLayout> TransferLayouts;
  DerivativeFunctions Functions;
  std::vector<Derivation *> Callees;
  bool Failed = false;
  bool Synthesized = false;

  Derivation();
  ~Derivation();
};

/// Per-module state of the differentiation transform.
class ADContext {
public:
  ADContext(llvm::Module &M, llvm::FunctionAnalysisManager &FAM);
  ~ADContext();

  /// The derivative functions of \p F under \p Signature, generating them
  /// (and those of every callee) on first use. Empty after an error, which
  /// has been reported.
  std::optional<DerivativeFunctions>
  derivativesOf(llvm::Function &F, const ActivitySignature &Signature,
                const llvm::CallBase &Request,
                llvm::ArrayRef<llvm::Value *> Arguments);

  const TapeBuilder &tape() const { return Tape; }
  llvm::Module &module() { return M; }

  /// The struct a pullback returns for \p F and \p Signature, or void.
  llvm::Type *pullbackResultType(const llvm::Function &F,
                                 const ActivitySignature &Signature) const;

  /// Every function generated so far.
  const std::vector<llvm::Function *> &generatedFunctions() const {
    return Generated;
  }

  /// A compile-time estimate of the tape one run of \p F under
  /// \p Signature writes, without its callees: bytes written once, and bytes
  /// written per iteration of its loops.
  std::pair<uint64_t, uint64_t>
  estimateTape(llvm::Function &F, const ActivitySignature &Signature);

  /// Removes the canonical copies; call once all requests are lowered.
  void eraseCanonicalCopies();

private:
  Derivation *prepare(llvm::Function &F, const ActivitySignature &Signature,
                      bool TopLevel, std::vector<TypeTree> ArgumentTypes);
  std::vector<TypeTree> argumentTypes(const TypeInfo &CallerTypes,
                                      llvm::ArrayRef<llvm::Value *> Arguments);
  /// "while differentiating 'g' (called from 'f') for the request in 'main'"
  std::string describeChain() const;
  bool checkInstructions(Derivation &D);
  bool checkInstruction(llvm::Instruction &I, Derivation &D);
  bool checkGlobalStore(llvm::Instruction &I, Derivation &D);
  bool checkMergedShadows(llvm::Instruction &I, Derivation &D);
  bool checkShadowedPointerUse(llvm::Instruction &I, Derivation &D);
  bool checkReturnedShadow(llvm::Instruction &I, Derivation &D);
  bool checkMemoryTransfer(llvm::Instruction &I, Derivation &D);
  void collectReachable(Derivation &D, std::vector<Derivation *> &Out);
  void declare(Derivation &D);
  void synthesize(Derivation &D);
  llvm::Function &canonicalCopy(llvm::Function &F);

  llvm::Module &M;
  llvm::FunctionAnalysisManager &FAM;
  TapeBuilder Tape;
  std::unique_ptr<TypeAnalyzer> Types;
  std::map<std::pair<llvm::Function *, std::string>,
           std::unique_ptr<Derivation>>
      Derivations;
  llvm::DenseMap<llvm::Function *, llvm::Function *> CanonicalCopies;
  std::vector<llvm::Function *> Generated;
  /// The functions being prepared, outermost first, and the function that
  /// holds the request: the chain named in diagnostics.
  std::vector<const llvm::Function *> PrepareStack;
  const llvm::Function *RequestCaller = nullptr;
};

} // namespace adjoint

#endif
