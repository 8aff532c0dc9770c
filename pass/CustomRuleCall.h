//===- pass/CustomRuleCall.h - Calling user-registered derivative rules ---===//
//
// The calling convention of custom rules (`enzyme_augment` and
// `enzyme_gradient` attributes, see docs/custom-rules.md):
//
//  - augmented forward: the primal's parameters, each pointer followed by its
//    shadow. Returns void, the tape (`void *`), the primal result, or
//    `{ void *tape, result }`.
//  - reverse: the same parameters, then the adjoint of the result when the
//    primal returns a floating-point value, then the tape when the augmented
//    forward returned one. Returns the adjoints of the floating-point scalar
//    parameters: nothing, one value, or a struct of them in order.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_CUSTOMRULECALL_H
#define ADJOINT_PASS_CUSTOMRULECALL_H

#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <optional>
#include <string>

namespace llvm {
class IRBuilderBase;
class CallBase;
class Function;
class Value;
} // namespace llvm

namespace adjoint {

/// A custom rule, resolved and checked against the primal's signature.
struct CustomRule {
  llvm::Function *Augment = nullptr;
  llvm::Function *Gradient = nullptr;
  bool AugmentReturnsTape = false;
  bool AugmentReturnsResult = false;
  bool GradientTakesResultAdjoint = false;
};

/// Resolves the custom rule of \p Call's callee; on a mismatch returns empty
/// and describes the problem in \p Problem.
std::optional<CustomRule> resolveCustomRule(const llvm::CallBase &Call,
                                            std::string &Problem);

/// The argument list of both rule functions: each argument, and after each
/// pointer its shadow as \p ShadowOf gives it (null when it has none).
llvm::SmallVector<llvm::Value *, 8>
interleaveShadows(const llvm::CallBase &Call,
                  const std::function<llvm::Value *(unsigned)> &Primal,
                  const std::function<llvm::Value *(unsigned)> &ShadowOf);

/// The adjoint the reverse function returned for argument \p Index of
/// \p Call (a floating-point scalar), or null when it returns none.
llvm::Value *adjointFromCustomResult(llvm::IRBuilderBase &Builder,
                                     const llvm::CallBase &Call,
                                     llvm::Value *Result, unsigned Index);

} // namespace adjoint

#endif
