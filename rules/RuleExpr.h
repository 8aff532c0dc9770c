//===- rules/RuleExpr.h - Typed expressions for derivative rules ----------===//
//
// A small expression language in which derivative rules are written as data:
// each rule gives, per operand, an expression for the adjoint contribution in
// terms of the result's adjoint `dy`, the primal operands and the primal
// result. The synthesizer emits IR from these typed records.
//
//===----------------------------------------------------------------------===//
#ifndef ADJOINT_RULES_RULEEXPR_H
#define ADJOINT_RULES_RULEEXPR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstrTypes.h"

#include <memory>
#include <string>
#include <vector>

namespace adjoint::rules {

/// The kinds of node a derivative expression is made of.
enum class ExprKind {
  Adjoint,          ///< dy: the adjoint of the primal result.
  Operand,          ///< The primal value of operand `Index`.
  Result,           ///< The primal result y.
  Constant,         ///< A floating-point literal, typed from its context.
  Negate,           ///< -a
  Add,              ///< a + b
  Subtract,         ///< a - b
  Multiply,         ///< a * b
  Divide,           ///< a / b
  Math,             ///< A math primitive (cos, exp, ...) applied to children.
  Compare,          ///< A floating-point comparison, yielding a boolean.
  Select,           ///< cond ? a : b
  CastToOperand,    ///< The child converted to the type of operand `Index`.
  IntegerToFloat,   ///< A signed integer child converted to the context type.
  IntegerOffset,    ///< An integer child plus the integer `Literal`.
  ZeroOfOperand,    ///< Zero of the type of operand `Index`.
  SplatToOperand,   ///< A scalar child broadcast to the vector type of operand
                    ///< `Index`.
  ExtractElement,   ///< vector[index]
  InsertElement,    ///< vector with [index] = value
  ShuffleTranspose, ///< The adjoint of a shufflevector for its operand `Index`.
};

class Expr;
using ExprPtr = std::shared_ptr<const Expr>;

/// One node of a derivative expression.
class Expr {
public:
  ExprKind Kind;
  unsigned Index = 0;
  double Literal = 0.0;
  std::string Function;
  llvm::CmpInst::Predicate Predicate = llvm::CmpInst::FCMP_FALSE;
  std::vector<ExprPtr> Children;

  explicit Expr(ExprKind Kind) : Kind(Kind) {}
};

/// \name Builders used by the rule tables.
/// @{
ExprPtr adjointOfResult();
ExprPtr operand(unsigned Index);
ExprPtr result();
ExprPtr constant(double Literal);
ExprPtr operator-(ExprPtr A);
ExprPtr operator+(ExprPtr A, ExprPtr B);
ExprPtr operator-(ExprPtr A, ExprPtr B);
ExprPtr operator*(ExprPtr A, ExprPtr B);
ExprPtr operator/(ExprPtr A, ExprPtr B);
ExprPtr operator*(double A, ExprPtr B);
ExprPtr math(llvm::StringRef Function, std::vector<ExprPtr> Arguments);
ExprPtr compare(llvm::CmpInst::Predicate Predicate, ExprPtr A, ExprPtr B);
ExprPtr select(ExprPtr Condition, ExprPtr IfTrue, ExprPtr IfFalse);
ExprPtr castToOperand(ExprPtr Value, unsigned Index);
ExprPtr integerToFloat(ExprPtr Value);
ExprPtr integerOffset(ExprPtr Value, int Offset);
ExprPtr zeroOfOperand(unsigned Index);
ExprPtr splatToOperand(ExprPtr Value, unsigned Index);
ExprPtr extractElement(ExprPtr Vector, ExprPtr Index);
ExprPtr insertElement(ExprPtr Vector, ExprPtr Value, ExprPtr Index);
ExprPtr shuffleTranspose(ExprPtr Adjoint, unsigned Index);
/// @}

/// Which primal values an expression reads (and so must be available to the
/// reverse sweep).
struct PrimalNeeds {
  bool Result = false;
  std::vector<bool> Operands;

  void requireOperand(unsigned Index);
};

/// Adds the primal values \p E reads to \p Needs.
void collectNeeds(const Expr &E, PrimalNeeds &Needs);

/// The values an expression is evaluated on.
struct EmitInputs {
  llvm::Value *Adjoint = nullptr;
  llvm::ArrayRef<llvm::Value *> Operands; ///< Null where not needed.
  llvm::ArrayRef<llvm::Type *> OperandTypes;
  llvm::Value *Result = nullptr;
  /// The primal instruction, for rules that read its immediates (masks).
  const llvm::Instruction *Primal = nullptr;
};

/// Emits \p E with \p Builder and returns its value.
llvm::Value *emitExpr(const Expr &E, const EmitInputs &Inputs,
                      llvm::IRBuilderBase &Builder);

/// Emits a call of the math primitive \p Name (an LLVM intrinsic where
/// one exists) on \p Arguments.
llvm::Value *emitMathCall(llvm::StringRef Name,
                          llvm::ArrayRef<llvm::Value *> Arguments,
                          llvm::IRBuilderBase &Builder);

} // namespace adjoint::rules

#endif
