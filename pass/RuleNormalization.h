//===- pass/RuleNormalization.h - Custom rules become function attributes -===//
//
// Users register custom derivative rules in several ways; this pass rewrites
// every one of them into attributes on the primal function, early in the
// pipeline, before optimization can delete the rule functions:
//
//   void *__enzyme_register_gradient_f[3] = {f, f_aug, f_rev};
//       -> f: "enzyme_augment"="f_aug" "enzyme_gradient"="f_rev"
//   void *__enzyme_inactivefn[N] = {f, ...};       -> f: "enzyme_inactive"
//   void *__enzyme_function_like[2] = {f, "log1p"}; -> f: "enzyme_math"="log1p"
//   void *__enzyme_allocation_like[4] = {alloc, (void *)size_index,
//                                        "free_index", free};
//       -> alloc: "enzyme_allocator"="size_index"; free: "enzyme_deallocator"
//   __attribute__((annotate("adjoint.gradient=f_aug,f_rev"))),
//   annotate("adjoint.inactive"), annotate("adjoint.like=log1p")
//       (the ADJOINT_GRADIENT, ADJOINT_INACTIVE and ADJOINT_LIKE macros of
//       runtime/adjoint.h) -> the same attributes.
//
// Functions with a rule also become noinline, so the rule still applies to
// their calls after optimization, and the rule functions are kept alive.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_RULENORMALIZATION_H
#define ADJOINT_PASS_RULENORMALIZATION_H

#include "llvm/IR/PassManager.h"

namespace adjoint {

/// The module pass `adjoint-normalize-rules`.
class RuleNormalizationPass
    : public llvm::PassInfoMixin<RuleNormalizationPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

/// Rewrites the registrations in \p M into attributes; returns true when
/// anything changed. Reports malformed registrations as errors.
bool normalizeRuleRegistrations(llvm::Module &M);

} // namespace adjoint

#endif
