//===- pass/CallDifferentiation.h - Activity of calls to differentiated code
//===//
//
// A call to a function with a body is differentiated by calling that
// function's augmented primal in the forward sweep and its pullback in the
// reverse sweep, both generated for the activity the call site passes.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_CALLDIFFERENTIATION_H
#define ADJOINT_PASS_CALLDIFFERENTIATION_H

#include "activity/ActivitySignature.h"
#include "pass/ADContext.h"

#include <functional>

namespace llvm {
class CallBase;
}

namespace adjoint {

class ActivityInfo;

/// Finds the derivative functions generated for a call site's callee.
using CalleeLookup = std::function<DerivativeFunctions(const llvm::CallBase &)>;

/// The signature \p Call passes to its callee: active floating-point
/// arguments are Active, pointers with shadows Duplicated, the rest Constant.
ActivitySignature calleeSignature(const llvm::CallBase &Call,
                                  const ActivityInfo &Activity);

} // namespace adjoint

#endif
