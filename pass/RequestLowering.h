//===- pass/RequestLowering.h - Replaces a request by its gradient --------===//
//
// Lowers one request: runs the augmented primal and the pullback of the
// target on a fresh tape, seeding the result's adjoint with 1, and returns
// the adjoints of the active arguments in the form the call declared.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_REQUESTLOWERING_H
#define ADJOINT_PASS_REQUESTLOWERING_H

namespace adjoint {

class ADContext;
struct Request;

/// Replaces \p R's call by the gradient computation. Returns false (after
/// reporting errors and discarding the call) when the target cannot be
/// differentiated.
bool lowerRequest(ADContext &Context, const Request &R);

} // namespace adjoint

#endif
