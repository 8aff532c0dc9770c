//===- rules/RuleRegistry.h - Derivative rules keyed by primitive ---------===//
//
// The table the synthesizer looks rules up in. A primitive is a name (an IR
// opcode such as "fmul", or a math function such as "sin") to which one
// derivative rule is attached; a primitive without a rule is a compile error.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_RULES_RULEREGISTRY_H
#define ADJOINT_RULES_RULEREGISTRY_H

#include "rules/RuleExpr.h"

#include "llvm/ADT/StringMap.h"

namespace llvm {
class raw_ostream;
}

namespace adjoint::rules {

/// One derivative rule: for each operand, the expression added to that
/// operand's adjoint (null for operands that receive nothing, such as an
/// integer exponent or a select condition).
struct DerivativeRule {
  std::string Primitive;
  std::string Original; ///< The primal operation, e.g. "y = sin(x)".
  std::string Adjoint;  ///< The math of the rule, e.g. "dx += dy * cos(x)".
  std::vector<ExprPtr> Partials;

  /// The primal values the rule reads for the operands in \p Active.
  PrimalNeeds needs(llvm::ArrayRef<bool> Active) const;
};

/// The registry of all built-in derivative rules.
class RuleRegistry {
public:
  /// The process-wide registry, filled on first use.
  static const RuleRegistry &builtin();

  /// The rule for \p Primitive, or null when there is none.
  const DerivativeRule *lookup(llvm::StringRef Primitive) const;

  /// Adds a rule; a later rule for the same primitive replaces the earlier.
  void define(llvm::StringRef Primitive, llvm::StringRef Original,
              llvm::StringRef Adjoint, std::vector<ExprPtr> Partials);

  /// Prints every rule as "primitive: Original / Adjoint", sorted.
  void print(llvm::raw_ostream &OS) const;

private:
  llvm::StringMap<DerivativeRule> Rules;
};

/// Rules for IR arithmetic: fadd, fsub, fmul, fdiv, fneg, casts, select.
void defineArithmeticRules(RuleRegistry &Registry);
/// Rules for the math library and the matching LLVM intrinsics.
void defineMathRules(RuleRegistry &Registry);

} // namespace adjoint::rules

#endif
