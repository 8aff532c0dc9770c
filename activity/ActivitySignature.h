//===- activity/ActivitySignature.h - How each argument is differentiated -===//
//
// Terms:
//  - Constant: the argument carries no derivative and gets no shadow.
//  - Active: a floating-point scalar passed by value whose adjoint is
//    returned by the pullback (Enzyme's `enzyme_out`).
//  - Duplicated: a pointer passed with a shadow pointer of the same shape;
//    adjoints of the pointed-to memory accumulate (+=) into the shadow.
//  - DuplicatedNoNeed: like Duplicated, but the primal results written
//    through the pointer are not needed by the caller.
//  - Return shadow: a returned pointer that may point into memory with a
//    shadow (e.g. std::vector::operator[]) comes back with its shadow.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_ACTIVITY_ACTIVITYSIGNATURE_H
#define ADJOINT_ACTIVITY_ACTIVITYSIGNATURE_H

#include <string>
#include <vector>

namespace adjoint {

/// How one argument of a differentiated function is treated.
enum class ArgumentActivity { Constant, Active, Duplicated, DuplicatedNoNeed };

/// The activity of every argument and of the return value: the key under
/// which derivative functions are generated and memoized.
struct ActivitySignature {
  std::vector<ArgumentActivity> Arguments;
  bool ReturnActive = false;
  /// The returned pointer has a shadow, which the augmented primal returns
  /// next to the primal result.
  bool ReturnShadow = false;

  bool hasShadow(unsigned ArgumentIndex) const {
    return Arguments[ArgumentIndex] == ArgumentActivity::Duplicated ||
           Arguments[ArgumentIndex] == ArgumentActivity::DuplicatedNoNeed;
  }
  bool isActive(unsigned ArgumentIndex) const {
    return Arguments[ArgumentIndex] == ArgumentActivity::Active;
  }

  /// A short spelling used in generated function names, e.g. "ACD_r".
  std::string spelling() const {
    std::string Text;
    for (ArgumentActivity A : Arguments)
      Text += A == ArgumentActivity::Constant     ? 'C'
              : A == ArgumentActivity::Active     ? 'A'
              : A == ArgumentActivity::Duplicated ? 'D'
                                                  : 'N';
    Text += ReturnActive ? "_r" : ReturnShadow ? "_s" : "_n";
    return Text;
  }

  bool operator<(const ActivitySignature &Other) const {
    return spelling() < Other.spelling();
  }
};

} // namespace adjoint

#endif
