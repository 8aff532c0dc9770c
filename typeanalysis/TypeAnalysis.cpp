//===- typeanalysis/TypeAnalysis.cpp - What every value of a function holds
//===//
//
// The per-context results, the memo of calling contexts with the fixed
// point over recursion, and the new-pass-manager analysis.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/TypeAnalysis.h"

#include "typeanalysis/MemoryLayout.h"
#include "typeanalysis/TypeSolver.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ModuleSlotTracker.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <string>

using namespace llvm;

namespace adjoint {

//===----------------------------------------------------------------------===//
// TypeInfo
//===----------------------------------------------------------------------===//

TypeInfo::TypeInfo(const llvm::Function &F,
                   std::vector<TypeTree> ContextArguments)
    : Function(&F), ContextArguments(std::move(ContextArguments)) {}

const TypeTree &TypeInfo::typeOf(const Value *V) const {
  static const TypeTree Nothing;
  auto Known = Types.find(V);
  return Known == Types.end() ? Nothing : Known->second;
}

ConcreteType TypeInfo::typeAt(const Value *Pointer, int64_t Offset) const {
  return typeOf(Pointer).lookup({AnyOffset, Offset});
}

std::optional<Type *> TypeInfo::floatTypeAt(const Value *Pointer,
                                            int64_t Offset) const {
  ConcreteType Stored = typeAt(Pointer, Offset);
  switch (Stored.base()) {
  case BaseType::Float:
    return Stored.floatType();
  case BaseType::Integer:
  case BaseType::Pointer:
    return nullptr;
  case BaseType::Unknown:
  case BaseType::Anything:
    return std::nullopt;
  }
  return std::nullopt;
}

const TypeInfo *TypeInfo::calleeInfo(const CallBase &Call) const {
  auto Known = Callees.find(&Call);
  return Known == Callees.end() ? nullptr : Known->second;
}

void TypeInfo::print(raw_ostream &OS, StringRef Indent) const {
  ModuleSlotTracker Slots(Function->getParent());
  Slots.incorporateFunction(*Function);
  auto PrintLine = [&](const Value &V) {
    OS << Indent;
    V.printAsOperand(OS, /*PrintType=*/false, Slots);
    OS << ": ";
    typeOf(&V).print(OS);
    OS << '\n';
  };
  for (const Argument &A : Function->args())
    PrintLine(A);
  for (const Instruction &I : instructions(*Function))
    if (!I.getType()->isVoidTy())
      PrintLine(I);
  if (!Function->getReturnType()->isVoidTy()) {
    OS << Indent << "return: ";
    Return.print(OS);
    OS << '\n';
  }
}

//===----------------------------------------------------------------------===//
// TypeAnalyzer
//===----------------------------------------------------------------------===//

namespace {

/// Calling contexts one function may be analysed in before further calls
/// use the context-free analysis.
constexpr unsigned MaxContextsPerFunction = 8;
/// Nested analyses (a callee analysed while its caller is) before further
/// callees use the context-free analysis.
constexpr unsigned MaxNesting = 32;
/// Re-analyses of a recursive function whose facts still change.
constexpr unsigned MaxRecursionRounds = 8;

/// What callers see of a function's analysis.
struct Summary {
  TypeTree Return;
  std::vector<TypeTree> Arguments;

  bool operator==(const Summary &Other) const {
    return Return == Other.Return && Arguments == Other.Arguments;
  }
};

/// The facts of \p Info that its callers read.
Summary summaryOf(const TypeInfo &Info) {
  Summary Result{Info.returnType(), {}};
  for (const Argument &A : Info.function().args())
    Result.Arguments.push_back(Info.typeOf(&A));
  return Result;
}

/// The text that identifies a calling context in the memo.
std::string contextKey(ArrayRef<TypeTree> Arguments) {
  std::string Key;
  for (const TypeTree &Tree : Arguments)
    Key += Tree.str() + ";";
  return Key;
}

} // namespace

/// The memo of calling contexts and the fixed point over recursion.
class TypeAnalyzer::Implementation {
public:
  Implementation(TypeAnalyzer &Owner, const Module &M)
      : Layout(M.getDataLayout()), Owner(Owner) {}

  /// See TypeAnalyzer::analyzeWithArguments.
  const TypeInfo &analyze(Function &F, ArrayRef<TypeTree> Arguments);

  const DataLayout &Layout;

private:
  /// One function in one calling context.
  struct Context {
    std::unique_ptr<TypeInfo> Info;
    unsigned Order = 0;            ///< When the context was created.
    bool InProgress = false;       ///< Its analysis is running.
    bool ReadWhileRunning = false; ///< A recursive call read partial facts.
    bool Stale = false;            ///< Built on partial facts of a caller.
  };

  /// The argument facts of a context: \p Arguments joined with the facts of
  /// the parameters' IR types, one per parameter.
  std::vector<TypeTree> contextFor(const Function &F,
                                   ArrayRef<TypeTree> Arguments) const;
  /// Solves \p C, again while recursive calls saw changing facts.
  void solve(Context &C, Function &F);
  /// Marks the contexts created after \p Order (inside a running analysis)
  /// for recomputation.
  void markStaleAfter(unsigned Order);

  TypeAnalyzer &Owner;
  std::map<std::pair<const Function *, std::string>, Context> Contexts;
  DenseMap<const Function *, unsigned> ContextCounts; ///< Per function.
  unsigned Nesting = 0;   ///< Analyses running inside each other.
  unsigned NextOrder = 0; ///< The Order of the next context.
};

std::vector<TypeTree>
TypeAnalyzer::Implementation::contextFor(const Function &F,
                                         ArrayRef<TypeTree> Arguments) const {
  std::vector<TypeTree> Result;
  for (const Argument &A : F.args()) {
    Result.push_back(typeTreeOfIRType(A.getType(), Layout));
    if (A.getArgNo() < Arguments.size())
      Result.back().join(Arguments[A.getArgNo()]);
  }
  return Result;
}

const TypeInfo &
TypeAnalyzer::Implementation::analyze(Function &F,
                                      ArrayRef<TypeTree> Arguments) {
  std::vector<TypeTree> Known = contextFor(F, Arguments);
  std::vector<TypeTree> ContextFree = contextFor(F, {});
  auto Key = std::make_pair(&F, contextKey(Known));
  auto Existing = Contexts.find(Key);
  if (Existing != Contexts.end()) {
    Context &C = Existing->second;
    if (C.InProgress)
      C.ReadWhileRunning = true;
    else if (C.Stale)
      solve(C, F);
    return *C.Info;
  }
  bool IsContextFree = Known == ContextFree;
  if (!IsContextFree &&
      (ContextCounts[&F] >= MaxContextsPerFunction || Nesting >= MaxNesting))
    return analyze(F, {});
  Context &C = Contexts[Key];
  C.Info = std::make_unique<TypeInfo>(F, std::move(Known));
  C.Order = NextOrder++;
  ++ContextCounts[&F];
  solve(C, F);
  return *C.Info;
}

void TypeAnalyzer::Implementation::solve(Context &C, Function &F) {
  C.InProgress = true;
  C.Stale = false;
  ++Nesting;
  for (unsigned Round = 0; Round < MaxRecursionRounds; ++Round) {
    Summary Before = summaryOf(*C.Info);
    C.ReadWhileRunning = false;
    if (Round > 0)
      markStaleAfter(C.Order);
    TypeSolver(Owner, F, *C.Info).solve();
    if (!C.ReadWhileRunning || summaryOf(*C.Info) == Before)
      break;
  }
  --Nesting;
  C.InProgress = false;
}

void TypeAnalyzer::Implementation::markStaleAfter(unsigned Order) {
  for (auto &[Key, C] : Contexts)
    if (C.Order > Order && !C.InProgress)
      C.Stale = true;
}

TypeAnalyzer::TypeAnalyzer(const Module &M)
    : Impl(std::make_unique<Implementation>(*this, M)) {}

TypeAnalyzer::~TypeAnalyzer() = default;

const TypeInfo &
TypeAnalyzer::analyzeWithArguments(Function &F,
                                   ArrayRef<TypeTree> ArgumentTypes) {
  return Impl->analyze(F, ArgumentTypes);
}

const DataLayout &TypeAnalyzer::dataLayout() const { return Impl->Layout; }

//===----------------------------------------------------------------------===//
// TypeAnalysisPass
//===----------------------------------------------------------------------===//

AnalysisKey TypeAnalysisPass::Key;

TypeAnalysisPass::Result::Result(std::shared_ptr<TypeAnalyzer> Analyzer,
                                 const TypeInfo &Info)
    : Analyzer(std::move(Analyzer)), Info(&Info) {}

TypeAnalysisPass::Result TypeAnalysisPass::run(Function &F,
                                               FunctionAnalysisManager &) {
  auto Analyzer = std::make_shared<TypeAnalyzer>(*F.getParent());
  const TypeInfo &Info = Analyzer->analyzeWithArguments(F, {});
  return Result(std::move(Analyzer), Info);
}

} // namespace adjoint
