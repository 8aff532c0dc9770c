//===- typeanalysis/TypeAnalysis.h - What every value of a function holds -===//
//
// Type analysis deduces, for every argument and instruction of a function,
// a TypeTree: which bytes of the value, and of the memory behind it, hold
// integers, pointers or floating-point numbers of which type. Optimized IR
// has opaque pointers and type-erased copies (an i64 load and store moving
// a double, a memcpy of a struct), so the synthesizer asks this analysis
// instead of trusting IR types.
//
// Facts come from instruction semantics (floating-point and integer
// arithmetic, loads, stores, GEPs, casts, vector and aggregate operations),
// TBAA metadata, known C library functions, intrinsic signatures and type
// hints (__enzyme_double(ptr, size) and friends). They propagate in both
// directions through the function to a fixed point, and across calls: a
// callee is analysed once per distinct set of argument facts (its calling
// context) and its facts about the return value and the arguments flow
// back to the call. docs/typeanalysis.md describes the rules.
//
// USAGE: opt-19 -load-pass-plugin=Adjoint.so -passes='print<adjoint-types>'
//          -disable-output in.ll
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_TYPEANALYSIS_TYPEANALYSIS_H
#define ADJOINT_TYPEANALYSIS_TYPEANALYSIS_H

#include "typeanalysis/TypeTree.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/PassManager.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace llvm {
class CallBase;
class DataLayout;
class Function;
class Module;
class Type;
class Value;
class raw_ostream;
} // namespace llvm

namespace adjoint {

/// The facts type analysis found for one function in one calling context.
class TypeInfo {
public:
  TypeInfo(const llvm::Function &F, std::vector<TypeTree> ContextArguments);

  const llvm::Function &function() const { return *Function; }
  /// The argument facts the function was analysed with (what its callers,
  /// or the client of analyzeWithArguments, know), one per parameter.
  llvm::ArrayRef<TypeTree> contextArgumentTypes() const {
    return ContextArguments;
  }

  /// The facts about \p V, an argument, instruction or global the function
  /// uses; the empty tree when nothing is known.
  const TypeTree &typeOf(const llvm::Value *V) const;
  /// The join of the facts about every returned value.
  const TypeTree &returnType() const { return Return; }

  /// The kind of the scalar that starts \p Offset bytes behind \p Pointer.
  ConcreteType typeAt(const llvm::Value *Pointer, int64_t Offset) const;
  /// What floating-point type is stored \p Offset bytes behind \p Pointer:
  /// that type for floating-point data, nullptr when the bytes hold an
  /// integer or a pointer, std::nullopt when nothing is known or the facts
  /// conflict (the caller needs a type hint or TBAA).
  std::optional<llvm::Type *> floatTypeAt(const llvm::Value *Pointer,
                                          int64_t Offset) const;

  /// The values where incompatible facts met (their trees hold Anything).
  llvm::ArrayRef<const llvm::Value *> conflicts() const { return Conflicts; }
  /// The analysis of the callee of \p Call in the context of this call,
  /// or nullptr when the callee has no body.
  const TypeInfo *calleeInfo(const llvm::CallBase &Call) const;

  /// Prints one line per argument and per non-void instruction, then the
  /// return facts: "%x: {[-1]:Float@double}". Lines start with \p Indent.
  void print(llvm::raw_ostream &OS, llvm::StringRef Indent = "  ") const;

private:
  friend class TypeSolver;

  const llvm::Function *Function;
  std::vector<TypeTree> ContextArguments;
  llvm::DenseMap<const llvm::Value *, TypeTree> Types;
  TypeTree Return;
  llvm::SmallVector<const llvm::Value *, 2> Conflicts;
  llvm::DenseMap<const llvm::CallBase *, const TypeInfo *> Callees;
};

/// Interprocedural type analysis of the functions of one module, memoized
/// per function and calling context.
class TypeAnalyzer {
public:
  explicit TypeAnalyzer(const llvm::Module &M);
  ~TypeAnalyzer();
  TypeAnalyzer(const TypeAnalyzer &) = delete;
  TypeAnalyzer &operator=(const TypeAnalyzer &) = delete;

  /// Analyses \p F knowing \p ArgumentTypes about its arguments (missing
  /// trailing entries: nothing known). The result is memoized per function
  /// and argument facts and lives as long as the analyzer. Recursion ends:
  /// recursive calls see the facts found so far and the function is
  /// re-analysed until they stop changing (with a bound), and a function
  /// reached in too many contexts or too deep is analysed without context.
  const TypeInfo &analyzeWithArguments(llvm::Function &F,
                                       llvm::ArrayRef<TypeTree> ArgumentTypes);

  /// The data layout of the module.
  const llvm::DataLayout &dataLayout() const;

private:
  class Implementation;
  std::unique_ptr<Implementation> Impl;
};

/// New-pass-manager analysis: the types of a function analysed without a
/// calling context (its arguments carry only the facts of their IR types).
class TypeAnalysisPass : public llvm::AnalysisInfoMixin<TypeAnalysisPass> {
public:
  /// Shares the analyzer, so callee contexts stay available.
  class Result {
  public:
    Result(std::shared_ptr<TypeAnalyzer> Analyzer, const TypeInfo &Info);

    /// See TypeInfo::typeOf.
    const TypeTree &typeOf(const llvm::Value *V) const {
      return Info->typeOf(V);
    }
    /// See TypeInfo::floatTypeAt.
    std::optional<llvm::Type *> floatTypeAt(const llvm::Value *Pointer,
                                            int64_t Offset) const {
      return Info->floatTypeAt(Pointer, Offset);
    }
    /// Everything the analysis found.
    const TypeInfo &info() const { return *Info; }
    /// The analyzer, for queries in other calling contexts.
    TypeAnalyzer &analyzer() const { return *Analyzer; }

  private:
    std::shared_ptr<TypeAnalyzer> Analyzer;
    const TypeInfo *Info;
  };

  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &Manager);

private:
  friend llvm::AnalysisInfoMixin<TypeAnalysisPass>;
  static llvm::AnalysisKey Key;
};

} // namespace adjoint

#endif
