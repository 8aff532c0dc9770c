//===- rules/RuleRegistry.cpp - Derivative rules keyed by primitive -------===//
//
// Stores the built-in derivative rules and answers lookups by primitive.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleRegistry.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint::rules {

PrimalNeeds DerivativeRule::needs(ArrayRef<bool> Active) const {
  PrimalNeeds Needs;
  for (unsigned I = 0; I < Partials.size() && I < Active.size(); ++I)
    if (Active[I] && Partials[I])
      collectNeeds(*Partials[I], Needs);
  return Needs;
}

const RuleRegistry &RuleRegistry::builtin() {
  static const RuleRegistry Registry = [] {
    RuleRegistry R;
    defineArithmeticRules(R);
    defineMathRules(R);
    return R;
  }();
  return Registry;
}

const DerivativeRule *RuleRegistry::lookup(StringRef Primitive) const {
  auto It = Rules.find(Primitive);
  return It == Rules.end() ? nullptr : &It->second;
}

void RuleRegistry::define(StringRef Primitive, StringRef Original,
                          StringRef Adjoint, std::vector<ExprPtr> Partials) {
  DerivativeRule Rule;
  Rule.Primitive = Primitive.str();
  Rule.Original = Original.str();
  Rule.Adjoint = Adjoint.str();
  Rule.Partials = std::move(Partials);
  Rules[Primitive] = std::move(Rule);
}

void RuleRegistry::print(raw_ostream &OS) const {
  std::vector<StringRef> Names;
  for (const auto &Entry : Rules)
    Names.push_back(Entry.getKey());
  llvm::sort(Names);
  for (StringRef Name : Names) {
    const DerivativeRule &Rule = Rules.find(Name)->second;
    OS << Name << ": Original: " << Rule.Original
       << "  Adjoint: " << Rule.Adjoint << "\n";
  }
}

} // namespace adjoint::rules
