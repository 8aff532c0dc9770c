//===- pass/PullbackCloner.h - The reverse sweep --------------------------===//
//
// Builds the pullback of a function: for each primal block a reverse block
// that pops the block's record, propagates adjoints through the block's
// instructions in reverse order, and returns to the reverse of the
// predecessor the primal came from.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_PULLBACKCLONER_H
#define ADJOINT_PASS_PULLBACKCLONER_H

#include "pass/CallDifferentiation.h"

#include <memory>

namespace adjoint {

struct Derivation;
class TapeBuilder;

/// Fills in the body of a derivation's pullback.
class PullbackCloner {
public:
  PullbackCloner(Derivation &D, const TapeBuilder &Tape, CalleeLookup Callees);
  ~PullbackCloner();

  void run();

private:
  class Implementation;
  std::unique_ptr<Implementation> Impl;
};

} // namespace adjoint

#endif
