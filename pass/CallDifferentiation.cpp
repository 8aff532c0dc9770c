//===- pass/CallDifferentiation.cpp - Activity of calls to differentiated code
//
// Computes the activity signature a call site passes to its callee.
//
//===----------------------------------------------------------------------===//
#include "pass/CallDifferentiation.h"

#include "activity/ActivityAnalysis.h"

#include "llvm/IR/InstrTypes.h"

using namespace llvm;

namespace adjoint {

ActivitySignature calleeSignature(const CallBase &Call,
                                  const ActivityInfo &Activity) {
  ActivitySignature Signature;
  for (const Use &Argument : Call.args()) {
    if (Activity.isActive(Argument.get()))
      Signature.Arguments.push_back(ArgumentActivity::Active);
    else if (Activity.hasShadow(Argument.get()))
      Signature.Arguments.push_back(ArgumentActivity::Duplicated);
    else
      Signature.Arguments.push_back(ArgumentActivity::Constant);
  }
  Signature.ReturnActive = Activity.isActive(&Call);
  Signature.ReturnShadow = Activity.hasShadow(&Call);
  return Signature;
}

} // namespace adjoint
