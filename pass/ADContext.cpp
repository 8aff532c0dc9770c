//===- pass/ADContext.cpp - Per-module state of the differentiation -------===//
//
// Plans, checks and synthesizes derivative functions, memoized per function
// and activity signature. Checking happens for a request's whole call graph
// before any IR is generated, so an error never leaves half-built functions.
//
//===----------------------------------------------------------------------===//
#include "pass/ADContext.h"

#include "activity/ActivityAnalysis.h"
#include "analysis/TapePlan.h"
#include "pass/AugmentedPrimalCloner.h"
#include "pass/CallDifferentiation.h"
#include "pass/Canonicalize.h"
#include "pass/CustomRuleCall.h"
#include "pass/Diagnostics.h"
#include "pass/MemoryTransfer.h"
#include "pass/PullbackCloner.h"
#include "typeanalysis/TypeAnalysis.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/AliasAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint {

/// Memo key: a request's target may read its inputs again in the reverse
/// sweep, a callee may not, so they are derived separately.
namespace {
std::string keyOf(const ActivitySignature &Signature, bool TopLevel) {
  return Signature.spelling() + (TopLevel ? "@request" : "");
}
} // namespace

Derivation::Derivation() = default;
Derivation::~Derivation() = default;

ADContext::ADContext(Module &M, FunctionAnalysisManager &FAM)
    : M(M), FAM(FAM), Tape(M) {}

ADContext::~ADContext() = default;

Type *ADContext::pullbackResultType(const Function &F,
                                    const ActivitySignature &Signature) const {
  SmallVector<Type *, 4> Fields;
  for (const Argument &A : F.args())
    if (Signature.isActive(A.getArgNo()))
      Fields.push_back(A.getType());
  if (Fields.empty())
    return Type::getVoidTy(M.getContext());
  return StructType::get(M.getContext(), Fields);
}

Function &ADContext::canonicalCopy(Function &F) {
  Function *&Copy = CanonicalCopies[&F];
  if (!Copy)
    Copy = createCanonicalCopy(F, FAM);
  return *Copy;
}

std::pair<uint64_t, uint64_t>
ADContext::estimateTape(Function &F, const ActivitySignature &Signature) {
  auto It = Derivations.find({&F, keyOf(Signature, /*TopLevel=*/true)});
  if (It == Derivations.end())
    return {0, 0};
  Derivation &D = *It->second;
  LoopInfo &Loops = FAM.getResult<LoopAnalysis>(*D.Primal);
  uint64_t Once = 0, PerIteration = 0;
  for (BasicBlock &B : *D.Primal) {
    uint64_t Bytes = Tape.recordBytes(D.Plan->recordTypes(&B));
    (Loops.getLoopFor(&B) ? PerIteration : Once) += Bytes;
  }
  return {Once, PerIteration};
}

void ADContext::eraseCanonicalCopies() {
  for (auto &Entry : CanonicalCopies) {
    FAM.clear(*Entry.second, Entry.second->getName());
    Entry.second->eraseFromParent();
  }
  CanonicalCopies.clear();
}

std::optional<DerivativeFunctions>
ADContext::derivativesOf(Function &F, const ActivitySignature &Signature,
                         const CallBase &Request, ArrayRef<Value *> Arguments) {
  Function &Caller = *const_cast<Function *>(Request.getFunction());
  RequestCaller = &Caller;
  if (!Types)
    Types = std::make_unique<TypeAnalyzer>(M);
  // What the requesting function knows about the arguments types the
  // target's memory (e.g. a byte copy of a double array).
  const TypeInfo &CallerTypes = Types->analyzeWithArguments(Caller, {});
  Derivation *Root = prepare(F, Signature, /*TopLevel=*/true,
                             argumentTypes(CallerTypes, Arguments));
  std::vector<Derivation *> Reachable;
  collectReachable(*Root, Reachable);
  if (any_of(Reachable, [](Derivation *D) { return D->Failed; }))
    return std::nullopt;
  for (Derivation *D : Reachable)
    if (!D->Functions.AugmentedPrimal)
      declare(*D);
  for (Derivation *D : Reachable)
    if (!D->Synthesized)
      synthesize(*D);
  return Root->Functions;
}

std::vector<TypeTree> ADContext::argumentTypes(const TypeInfo &CallerTypes,
                                               ArrayRef<Value *> Arguments) {
  std::vector<TypeTree> Result;
  for (Value *Argument : Arguments)
    Result.push_back(CallerTypes.typeOf(Argument));
  return Result;
}

Derivation *ADContext::prepare(Function &F, const ActivitySignature &Signature,
                               bool TopLevel,
                               std::vector<TypeTree> ArgumentTypes) {
  auto &Slot = Derivations[{&F, keyOf(Signature, TopLevel)}];
  if (Slot)
    return Slot.get(); // Done, or in progress further up a recursion.
  Slot = std::make_unique<Derivation>();
  Derivation &D = *Slot;
  D.Original = &F;
  D.Signature = Signature;
  D.Primal = &canonicalCopy(F);
  D.Activity = std::make_unique<ActivityInfo>(*D.Primal, Signature);
  D.Types = &Types->analyzeWithArguments(*D.Primal, ArgumentTypes);
  D.Plan = std::make_unique<TapePlan>(
      *D.Primal, *D.Activity, FAM.getResult<DominatorTreeAnalysis>(*D.Primal),
      FAM.getResult<LoopAnalysis>(*D.Primal),
      FAM.getResult<ScalarEvolutionAnalysis>(*D.Primal),
      FAM.getResult<AAManager>(*D.Primal), TopLevel);
  PrepareStack.push_back(&F);
  D.Failed = !checkInstructions(D);
  PrepareStack.pop_back();
  return &D;
}

std::string ADContext::describeChain() const {
  std::string Text = "while differentiating '";
  for (auto It = PrepareStack.rbegin(); It != PrepareStack.rend(); ++It) {
    Text += (*It)->getName().str() + "'";
    if (std::next(It) != PrepareStack.rend())
      Text += It == PrepareStack.rbegin() ? " (called from '" : ", from '";
  }
  if (PrepareStack.size() > 1)
    Text += ")";
  if (RequestCaller)
    Text += " for the request in '" + RequestCaller->getName().str() + "'";
  return Text;
}

bool ADContext::checkInstructions(Derivation &D) {
  bool Ok = true;
  for (BasicBlock &B : *D.Primal)
    for (Instruction &I : B)
      Ok &= checkInstruction(I, D);
  return Ok;
}

bool ADContext::checkInstruction(Instruction &I, Derivation &D) {
  if (!checkReturnedShadow(I, D) || !checkGlobalStore(I, D) ||
      !checkMergedShadows(I, D) || !checkShadowedPointerUse(I, D))
    return false;
  ReverseAction Action = classifyReverse(I, *D.Activity);
  switch (Action.Kind) {
  case ReverseKind::MemoryTransfer:
    return checkMemoryTransfer(I, D);
  case ReverseKind::CustomCall: {
    std::string Problem;
    if (std::optional<CustomRule> Rule =
            resolveCustomRule(cast<CallBase>(I), Problem)) {
      D.CustomRules[&I] = *Rule;
      return true;
    }
    reportErrorAt(I, *D.Original, Problem + "\n  " + describeChain());
    return false;
  }
  case ReverseKind::Unsupported:
    reportUnsupported(I, Action, *D.Original, describeChain());
    return false;
  case ReverseKind::Call: {
    auto &Call = cast<CallBase>(I);
    SmallVector<Value *, 8> Arguments(Call.args());
    D.Callees.push_back(
        prepare(*Call.getCalledFunction(), calleeSignature(Call, *D.Activity),
                /*TopLevel=*/false, argumentTypes(*D.Types, Arguments)));
    return true;
  }
  default:
    return true;
  }
}

/// A phi or select of pointers has a shadow when one of its inputs has; every
/// other input must have one too (or be null), or the merged shadow would be
/// wrong on some paths.
bool ADContext::checkMergedShadows(Instruction &I, Derivation &D) {
  if (!(isa<PHINode>(I) || isa<SelectInst>(I)) || !D.Activity->hasShadow(&I))
    return true;
  for (const Use &Operand : I.operands()) {
    Value *V = Operand.get();
    if (!V->getType()->isPointerTy() || D.Activity->hasShadow(V) ||
        isa<ConstantPointerNull>(V) || isa<UndefValue>(V))
      continue;
    Value *Inactive = V->stripPointerCasts();
    std::string Name = Inactive->hasName()
                           ? ("'" + Inactive->getName() + "'").str()
                           : std::string("a pointer computed here");
    reportErrorAt(
        I, *D.Original,
        "cannot differentiate: a pointer may point either to memory with a "
        "shadow or to memory without one (" +
            Name + ")\n  " + describeChain() +
            "\n  fix: pass the memory without a shadow through an enzyme_dup "
            "argument too, or keep the two cases in separate functions");
    return false;
  }
  return true;
}

namespace {

/// True when the integer \p V is computed from the address of a pointer
/// with a shadow (within a few steps).
bool comesFromShadowedAddress(const Value *V, const ActivityInfo &Activity,
                              unsigned Depth = 0) {
  auto *I = dyn_cast<Instruction>(V);
  if (!I || Depth > 8)
    return false;
  if (auto *Cast = dyn_cast<PtrToIntInst>(I))
    return Activity.hasShadow(Cast->getPointerOperand());
  return any_of(I->operands(), [&](const Use &Operand) {
    return comesFromShadowedAddress(Operand.get(), Activity, Depth + 1);
  });
}

} // namespace

/// Pointers to active memory that leave the pointer world lose their
/// shadows: vectors of pointers (gathers, scatters) and integer arithmetic
/// turned back into a pointer. Both are errors rather than lost derivatives.
bool ADContext::checkShadowedPointerUse(Instruction &I, Derivation &D) {
  std::string Problem;
  if (I.getType()->isVectorTy() &&
      I.getType()->getScalarType()->isPointerTy() &&
      any_of(I.operands(), [&](const Use &Operand) {
        return D.Activity->hasShadow(Operand.get());
      }))
    Problem = "a vector of pointers into memory with a shadow (a gather or "
              "scatter) is not supported yet\n  " +
              describeChain() +
              "\n  fix: compile this function with -fno-vectorize, or for a "
              "target without gather instructions";
  else if (isa<IntToPtrInst>(I) &&
           comesFromShadowedAddress(I.getOperand(0), *D.Activity))
    Problem = "a pointer into memory with a shadow is rebuilt from integer "
              "arithmetic, which loses its shadow\n  " +
              describeChain() +
              "\n  fix: compute the address with pointer arithmetic "
              "(p + i) instead of through uintptr_t";
  if (Problem.empty())
    return true;
  reportErrorAt(I, *D.Original, "cannot differentiate: " + Problem);
  return false;
}

/// A varied value stored into a global variable would lose its derivative
/// (globals have no shadows): an error rather than a silent zero.
bool ADContext::checkGlobalStore(Instruction &I, Derivation &D) {
  auto *Store = dyn_cast<StoreInst>(&I);
  if (!Store || !D.Activity->isVaried(Store->getValueOperand()) ||
      D.Activity->hasShadow(Store->getPointerOperand()))
    return true;
  auto *Global =
      dyn_cast<GlobalVariable>(getUnderlyingObject(Store->getPointerOperand()));
  if (!Global)
    return true;
  reportErrorAt(I, *D.Original,
                "cannot differentiate: a value that depends on the active "
                "inputs is stored into the global variable '" +
                    Global->getName() +
                    "', which has no shadow, so its derivative would be "
                    "lost\n  " +
                    describeChain() +
                    "\n  fix: pass the memory through a pointer argument "
                    "annotated enzyme_dup, or move the store into a function "
                    "marked inactive");
  return false;
}

bool ADContext::checkReturnedShadow(Instruction &I, Derivation &D) {
  auto *Return = dyn_cast<ReturnInst>(&I);
  if (!Return || !D.Signature.ReturnShadow)
    return true;
  Value *Returned = Return->getReturnValue();
  if (D.Activity->hasShadow(Returned) || isa<ConstantPointerNull>(Returned) ||
      isa<UndefValue>(Returned))
    return true;
  reportErrorAt(I, *D.Original,
                "cannot differentiate '" + D.Original->getName() +
                    "': the returned pointer may point to active memory, but "
                    "it has no shadow here\n  " +
                    describeChain());
  return false;
}

bool ADContext::checkMemoryTransfer(Instruction &I, Derivation &D) {
  if (std::optional<TransferLayout> Layout =
          layoutOf(cast<CallBase>(I), *D.Types)) {
    D.TransferLayouts[&I] = *Layout;
    return true;
  }
  reportErrorAt(
      I, *D.Original,
      "cannot differentiate: cannot deduce the type of the data that '" +
          cast<CallBase>(I).getCalledFunction()->getName() +
          "' copies, so its derivative is unknown\n  " + describeChain() +
          "\n  fix: tell the plugin what the memory holds with a type hint "
          "before the copy, e.g. `__enzyme_double(ptr, bytes)` (also "
          "__enzyme_float, __enzyme_integer, __enzyme_pointer), or compile "
          "with -O1 or higher so that clang's type-based alias metadata "
          "describes the accesses");
  return false;
}

void ADContext::collectReachable(Derivation &D,
                                 std::vector<Derivation *> &Out) {
  if (is_contained(Out, &D))
    return;
  Out.push_back(&D);
  for (Derivation *Callee : D.Callees)
    collectReachable(*Callee, Out);
}

void ADContext::declare(Derivation &D) {
  Function &F = *D.Primal;
  LLVMContext &Context = M.getContext();
  std::string Base =
      (D.Original->getName() + "." + D.Signature.spelling()).str();

  SmallVector<Type *, 8> AugmentedParams(F.getFunctionType()->params());
  for (const Argument &A : F.args())
    if (D.Signature.hasShadow(A.getArgNo()))
      AugmentedParams.push_back(A.getType());
  AugmentedParams.push_back(PointerType::getUnqual(Context));
  Type *AugmentedResult = F.getReturnType();
  if (D.Signature.ReturnShadow)
    AugmentedResult =
        StructType::get(Context, {AugmentedResult, AugmentedResult});
  auto *AugmentedType =
      FunctionType::get(AugmentedResult, AugmentedParams, false);
  D.Functions.AugmentedPrimal =
      Function::Create(AugmentedType, GlobalValue::InternalLinkage,
                       "adjoint.augmented." + Base, M);

  SmallVector<Type *, 2> PullbackParams;
  if (D.Signature.ReturnActive)
    PullbackParams.push_back(F.getReturnType());
  PullbackParams.push_back(PointerType::getUnqual(Context));
  auto *PullbackType = FunctionType::get(pullbackResultType(F, D.Signature),
                                         PullbackParams, false);
  D.Functions.Pullback =
      Function::Create(PullbackType, GlobalValue::InternalLinkage,
                       "adjoint.pullback." + Base, M);
  Generated.push_back(D.Functions.AugmentedPrimal);
  Generated.push_back(D.Functions.Pullback);
}

void ADContext::synthesize(Derivation &D) {
  D.Synthesized = true;
  auto CalleeFunctions = [this, &D](const CallBase &Call) {
    ActivitySignature Signature = calleeSignature(Call, *D.Activity);
    return Derivations[{Call.getCalledFunction(), keyOf(Signature, false)}]
        ->Functions;
  };
  AugmentedPrimalCloner(D, Tape, CalleeFunctions).run();
  PullbackCloner(D, Tape, CalleeFunctions).run();
}

} // namespace adjoint
