//===- pass/Request.h - A call to __enzyme_autodiff, understood -----------===//
//
// A request is a call to a function whose name contains `__enzyme_autodiff`.
// Its arguments are the function to differentiate, then for each parameter
// an optional annotation (a global named enzyme_const, enzyme_dup,
// enzyme_dupnoneed or enzyme_out), the primal value and, for dup and
// dupnoneed, the shadow. The call returns the adjoints of the active
// arguments, directly or through an `sret` pointer.
//
// Requests are *pinned* at the start of the pipeline: each becomes a call to
// a unique declaration whose `adjoint-activity` attribute spells the resolved
// activities, so optimization can neither merge two requests nor fold their
// annotations away.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_REQUEST_H
#define ADJOINT_PASS_REQUEST_H

#include "activity/ActivitySignature.h"

#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace llvm {
class CallBase;
class Function;
class Module;
class Type;
class Value;
} // namespace llvm

namespace adjoint {

/// One parameter of the differentiated function, as the request passes it.
struct RequestArgument {
  ArgumentActivity Activity = ArgumentActivity::Constant;
  llvm::Value *Primal = nullptr;
  llvm::Value *Shadow = nullptr;
};

/// A parsed reverse-mode request.
struct Request {
  llvm::CallBase *Call = nullptr;
  llvm::Function *Target = nullptr;
  llvm::SmallVector<RequestArgument, 8> Arguments;
  /// Where the adjoints go when returned through memory, or null.
  llvm::Value *ResultPointer = nullptr;
  /// The type the adjoints are returned as (void, a scalar or a struct).
  llvm::Type *ResultType = nullptr;

  ActivitySignature signature() const;
};

/// True when \p Call is an unpinned request.
bool isRawRequest(const llvm::CallBase &Call);
/// True when \p Call is a pinned request.
bool isPinnedRequest(const llvm::CallBase &Call);

/// Parses an unpinned request; reports every problem as an error at the
/// call and returns empty when there was one.
std::optional<Request> parseRawRequest(llvm::CallBase &Call);

/// Reads a pinned request.
std::optional<Request> readPinnedRequest(llvm::CallBase &Call);

/// Replaces the raw request \p R.Call by its pinned form; returns the new
/// call.
llvm::CallBase *pinRequest(const Request &R, unsigned Number);

/// Collects the (raw or pinned) requests in \p M in program order.
llvm::SmallVector<llvm::CallBase *, 16> findRequests(llvm::Module &M,
                                                     bool Pinned);

/// Replaces \p Call by a zero of its type (after an error) and erases it.
void discardRequest(llvm::CallBase &Call);

} // namespace adjoint

#endif
