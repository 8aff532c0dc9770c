//===- pass/AugmentedPrimalCloner.h - The forward sweep -------------------===//
//
// Builds the augmented primal of a function: a copy of the primal that also
// computes shadows of pointers, calls the augmented primals of differentiated
// callees, and pushes each block's record onto the tape.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_PASS_AUGMENTEDPRIMALCLONER_H
#define ADJOINT_PASS_AUGMENTEDPRIMALCLONER_H

#include "pass/CallDifferentiation.h"

#include <memory>

namespace adjoint {

struct Derivation;
class TapeBuilder;

/// Fills in the body of a derivation's augmented primal.
class AugmentedPrimalCloner {
public:
  AugmentedPrimalCloner(Derivation &D, const TapeBuilder &Tape,
                        CalleeLookup Callees);
  ~AugmentedPrimalCloner();

  void run();

private:
  class Implementation;
  std::unique_ptr<Implementation> Impl;
};

} // namespace adjoint

#endif
