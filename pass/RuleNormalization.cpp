//===- pass/RuleNormalization.cpp - Custom rules become function attributes
//===//
//
// Reads registration globals and annotations and attaches rule attributes.
//
//===----------------------------------------------------------------------===//
#include "pass/RuleNormalization.h"

#include "pass/Diagnostics.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Collects what registration found, applied once at the end.
class Normalizer {
public:
  explicit Normalizer(Module &M) : M(M) {}

  bool run();

private:
  void readRegistrationGlobal(GlobalVariable &G);
  void readAnnotations();
  void readAnnotation(Function &F, StringRef Text);
  void registerGradient(Function &F, StringRef Augment, StringRef Gradient,
                        const GlobalVariable *Where);
  void markRuleFunction(Function &F);
  void keepAlive(Constant *C);
  void error(const GlobalVariable &Where, const Twine &Message);

  Module &M;
  SmallVector<GlobalValue *, 8> Keep;
  bool Changed = false;
};

/// The element \p Index of a constant array, without pointer casts.
Constant *element(const GlobalVariable &G, unsigned Index) {
  auto *Array = dyn_cast<ConstantArray>(G.getInitializer());
  if (!Array || Index >= Array->getNumOperands())
    return nullptr;
  return cast<Constant>(Array->getOperand(Index)->stripPointerCasts());
}

/// The C string a constant points to, if it is one.
std::optional<StringRef> cString(Constant *C) {
  auto *Global = dyn_cast_or_null<GlobalVariable>(C);
  if (!Global || !Global->hasInitializer())
    return std::nullopt;
  auto *Data = dyn_cast<ConstantDataArray>(Global->getInitializer());
  if (!Data || !Data->isCString())
    return std::nullopt;
  return Data->getAsCString();
}

bool Normalizer::run() {
  for (GlobalVariable &G : M.globals())
    if (G.hasInitializer() && G.getName().starts_with("__enzyme_"))
      readRegistrationGlobal(G);
  readAnnotations();
  if (!Keep.empty())
    appendToCompilerUsed(M, Keep);
  return Changed;
}

void Normalizer::error(const GlobalVariable &Where, const Twine &Message) {
  // Registrations have no enclosing function; attribute the error to the
  // first function of the module so that clang can place it in the file.
  for (Function &F : M)
    if (!F.isDeclaration()) {
      reportError(F, DebugLoc(), "in '" + Where.getName() + "': " + Message);
      return;
    }
}

void Normalizer::markRuleFunction(Function &F) {
  F.removeFnAttr(Attribute::AlwaysInline);
  F.addFnAttr(Attribute::NoInline);
  Changed = true;
}

void Normalizer::keepAlive(Constant *C) {
  if (auto *GV = dyn_cast_or_null<GlobalValue>(C))
    if (!is_contained(Keep, GV))
      Keep.push_back(GV);
}

void Normalizer::registerGradient(Function &F, StringRef Augment,
                                  StringRef Gradient,
                                  const GlobalVariable *Where) {
  F.addFnAttr("enzyme_augment", Augment);
  F.addFnAttr("enzyme_gradient", Gradient);
  markRuleFunction(F);
}

void Normalizer::readRegistrationGlobal(GlobalVariable &G) {
  StringRef Name = G.getName();
  auto *Primal = dyn_cast_or_null<Function>(element(G, 0));
  if (Name.starts_with("__enzyme_register_gradient")) {
    auto *Augment = dyn_cast_or_null<Function>(element(G, 1));
    auto *Gradient = dyn_cast_or_null<Function>(element(G, 2));
    if (!Primal || !Augment || !Gradient) {
      error(G, "expected {function, augmented forward, reverse}");
      return;
    }
    registerGradient(*Primal, Augment->getName(), Gradient->getName(), &G);
    keepAlive(Augment);
    keepAlive(Gradient);
  } else if (Name.starts_with("__enzyme_inactivefn")) {
    auto *Array = dyn_cast<ConstantArray>(G.getInitializer());
    for (unsigned K = 0; Array && K < Array->getNumOperands(); ++K)
      if (auto *F = dyn_cast<Function>(element(G, K))) {
        F->addFnAttr("enzyme_inactive");
        markRuleFunction(*F);
      }
  } else if (Name.starts_with("__enzyme_function_like")) {
    std::optional<StringRef> Like = cString(element(G, 1));
    if (!Primal || !Like) {
      error(G, "expected {function, \"math function name\"}");
      return;
    }
    Primal->addFnAttr("enzyme_math", *Like);
    markRuleFunction(*Primal);
  } else if (Name.starts_with("__enzyme_allocation_like")) {
    auto *Size = dyn_cast_or_null<ConstantInt>(element(G, 1));
    auto *Free = dyn_cast_or_null<Function>(element(G, 3));
    if (!Primal || !Free) {
      error(G, "expected {allocator, size index, \"free index\", deallocator}");
      return;
    }
    Primal->addFnAttr("enzyme_allocator",
                      utostr(Size ? Size->getZExtValue() : 0));
    Free->addFnAttr("enzyme_deallocator");
    Free->addFnAttr("enzyme_inactive");
    markRuleFunction(*Primal);
    markRuleFunction(*Free);
  } else {
    return;
  }
  keepAlive(Primal);
}

void Normalizer::readAnnotations() {
  GlobalVariable *Annotations = M.getGlobalVariable("llvm.global.annotations");
  if (!Annotations || !Annotations->hasInitializer())
    return;
  auto *Array = dyn_cast<ConstantArray>(Annotations->getInitializer());
  for (unsigned K = 0; Array && K < Array->getNumOperands(); ++K) {
    auto *Entry = dyn_cast<ConstantStruct>(Array->getOperand(K));
    if (!Entry || Entry->getNumOperands() < 2)
      continue;
    auto *F = dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts());
    std::optional<StringRef> Text =
        cString(cast<Constant>(Entry->getOperand(1)->stripPointerCasts()));
    if (F && Text && Text->starts_with("adjoint."))
      readAnnotation(*F, *Text);
  }
}

void Normalizer::readAnnotation(Function &F, StringRef Text) {
  auto [Key, Value] = Text.split('=');
  if (Key == "adjoint.inactive") {
    F.addFnAttr("enzyme_inactive");
  } else if (Key == "adjoint.like") {
    F.addFnAttr("enzyme_math", Value.trim());
  } else if (Key == "adjoint.gradient") {
    auto [Augment, Gradient] = Value.split(',');
    registerGradient(F, Augment.trim(), Gradient.trim(), nullptr);
    keepAlive(M.getFunction(Augment.trim()));
    keepAlive(M.getFunction(Gradient.trim()));
  } else {
    return;
  }
  markRuleFunction(F);
  keepAlive(&F);
}

} // namespace

bool normalizeRuleRegistrations(Module &M) { return Normalizer(M).run(); }

PreservedAnalyses RuleNormalizationPass::run(Module &M,
                                             ModuleAnalysisManager &) {
  return normalizeRuleRegistrations(M) ? PreservedAnalyses::none()
                                       : PreservedAnalyses::all();
}

} // namespace adjoint
