//===- rules/RuleExpr.cpp - Typed expressions for derivative rules --------===//
//
// Builds derivative expressions and emits LLVM IR for them.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleExpr.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint::rules {

namespace {

ExprPtr node(ExprKind Kind, std::vector<ExprPtr> Children = {}) {
  auto E = std::make_shared<Expr>(Kind);
  E->Children = std::move(Children);
  return E;
}

/// The intrinsic implementing a math primitive, or not_intrinsic.
Intrinsic::ID intrinsicFor(StringRef Name) {
  return StringSwitch<Intrinsic::ID>(Name)
      .Case("sin", Intrinsic::sin)
      .Case("cos", Intrinsic::cos)
      .Case("tan", Intrinsic::tan)
      .Case("sinh", Intrinsic::sinh)
      .Case("cosh", Intrinsic::cosh)
      .Case("tanh", Intrinsic::tanh)
      .Case("exp", Intrinsic::exp)
      .Case("exp2", Intrinsic::exp2)
      .Case("log", Intrinsic::log)
      .Case("log2", Intrinsic::log2)
      .Case("log10", Intrinsic::log10)
      .Case("sqrt", Intrinsic::sqrt)
      .Case("pow", Intrinsic::pow)
      .Case("powi", Intrinsic::powi)
      .Case("fabs", Intrinsic::fabs)
      .Case("copysign", Intrinsic::copysign)
      .Default(Intrinsic::not_intrinsic);
}

/// Index of the first child that is not a literal, or 0.
unsigned typedChild(const Expr &E) {
  for (unsigned I = 0; I < E.Children.size(); ++I)
    if (E.Children[I]->Kind != ExprKind::Constant &&
        E.Children[I]->Kind != ExprKind::IntegerToFloat)
      return I;
  return 0;
}

class Emitter {
public:
  Emitter(const EmitInputs &Inputs, IRBuilderBase &Builder)
      : Inputs(Inputs), Builder(Builder) {}

  Value *emit(const Expr &E, Type *Hint);

private:
  /// Emits the children of \p E; literals take the type of a typed sibling.
  SmallVector<Value *, 3> emitChildren(const Expr &E, Type *Hint);
  Value *emitArithmetic(const Expr &E, ArrayRef<Value *> Args);
  Value *emitShuffleTranspose(const Expr &E, Type *Hint);
  Value *emitVectorNode(const Expr &E, Type *Hint);

  const EmitInputs &Inputs;
  IRBuilderBase &Builder;
};

SmallVector<Value *, 3> Emitter::emitChildren(const Expr &E, Type *Hint) {
  SmallVector<Value *, 3> Args(E.Children.size(), nullptr);
  if (E.Children.empty())
    return Args;
  unsigned First = typedChild(E);
  Args[First] = emit(*E.Children[First], Hint);
  for (unsigned I = 0; I < E.Children.size(); ++I)
    if (!Args[I])
      Args[I] = emit(*E.Children[I], Args[First]->getType());
  return Args;
}

Value *Emitter::emitArithmetic(const Expr &E, ArrayRef<Value *> Args) {
  switch (E.Kind) {
  case ExprKind::Negate:
    return Builder.CreateFNeg(Args[0]);
  case ExprKind::Add:
    return Builder.CreateFAdd(Args[0], Args[1]);
  case ExprKind::Subtract:
    return Builder.CreateFSub(Args[0], Args[1]);
  case ExprKind::Multiply:
    return Builder.CreateFMul(Args[0], Args[1]);
  case ExprKind::Divide:
    return Builder.CreateFDiv(Args[0], Args[1]);
  default:
    llvm_unreachable("not an arithmetic node");
  }
}

/// For y = shufflevector(a, b, mask), y[k] = concat(a, b)[mask[k]], so the
/// adjoint of the source element mask[k] receives dy[k].
Value *Emitter::emitShuffleTranspose(const Expr &E, Type *Hint) {
  Value *Adjoint = emit(*E.Children[0], Hint);
  auto *Shuffle = cast<ShuffleVectorInst>(Inputs.Primal);
  auto *Source = cast<FixedVectorType>(Inputs.OperandTypes[E.Index]);
  int Width = static_cast<int>(Source->getNumElements());
  int Offset = E.Index == 0 ? 0 : Width;
  Value *Sum = Constant::getNullValue(Source);
  ArrayRef<int> Mask = Shuffle->getShuffleMask();
  for (unsigned K = 0; K < Mask.size(); ++K) {
    int Element = Mask[K] - Offset;
    if (Mask[K] < 0 || Element < 0 || Element >= Width)
      continue;
    Value *Contribution = Builder.CreateExtractElement(Adjoint, K);
    Value *Old = Builder.CreateExtractElement(Sum, Element);
    Sum = Builder.CreateInsertElement(
        Sum, Builder.CreateFAdd(Old, Contribution), Element);
  }
  return Sum;
}

/// Nodes that build or take apart vectors.
Value *Emitter::emitVectorNode(const Expr &E, Type *Hint) {
  switch (E.Kind) {
  case ExprKind::ZeroOfOperand:
    return Constant::getNullValue(Inputs.OperandTypes[E.Index]);
  case ExprKind::SplatToOperand: {
    auto *Vector = cast<VectorType>(Inputs.OperandTypes[E.Index]);
    return Builder.CreateVectorSplat(Vector->getElementCount(),
                                     emit(*E.Children[0], nullptr));
  }
  case ExprKind::ExtractElement:
    return Builder.CreateExtractElement(emit(*E.Children[0], nullptr),
                                        emit(*E.Children[1], nullptr));
  case ExprKind::InsertElement: {
    Value *Vector = emit(*E.Children[0], nullptr);
    Value *Element = emit(
        *E.Children[1], cast<VectorType>(Vector->getType())->getElementType());
    return Builder.CreateInsertElement(Vector, Element,
                                       emit(*E.Children[2], nullptr));
  }
  case ExprKind::ShuffleTranspose:
    return emitShuffleTranspose(E, Hint);
  default:
    llvm_unreachable("not a vector node");
  }
}

Value *Emitter::emit(const Expr &E, Type *Hint) {
  switch (E.Kind) {
  case ExprKind::Adjoint:
    return Inputs.Adjoint;
  case ExprKind::Operand:
    return Inputs.Operands[E.Index];
  case ExprKind::Result:
    return Inputs.Result;
  case ExprKind::Constant:
    return ConstantFP::get(Hint ? Hint : Inputs.Adjoint->getType(), E.Literal);
  case ExprKind::Negate:
  case ExprKind::Add:
  case ExprKind::Subtract:
  case ExprKind::Multiply:
  case ExprKind::Divide:
    return emitArithmetic(E, emitChildren(E, Hint));
  case ExprKind::Math:
    return emitMathCall(E.Function, emitChildren(E, Hint), Builder);
  case ExprKind::Compare: {
    auto Args = emitChildren(E, Hint);
    return Builder.CreateFCmp(E.Predicate, Args[0], Args[1]);
  }
  case ExprKind::Select: {
    Value *Condition = emit(*E.Children[0], nullptr);
    Expr Arms(ExprKind::Select);
    Arms.Children = {E.Children[1], E.Children[2]};
    auto Args = emitChildren(Arms, Hint);
    return Builder.CreateSelect(Condition, Args[0], Args[1]);
  }
  case ExprKind::CastToOperand: {
    Value *Child = emit(*E.Children[0], Hint);
    return Builder.CreateFPCast(Child, Inputs.OperandTypes[E.Index]);
  }
  case ExprKind::IntegerToFloat:
    return Builder.CreateSIToFP(emit(*E.Children[0], nullptr),
                                Hint ? Hint : Inputs.Adjoint->getType());
  case ExprKind::ZeroOfOperand:
  case ExprKind::SplatToOperand:
  case ExprKind::ExtractElement:
  case ExprKind::InsertElement:
  case ExprKind::ShuffleTranspose:
    return emitVectorNode(E, Hint);
  case ExprKind::IntegerOffset: {
    Value *Child = emit(*E.Children[0], nullptr);
    return Builder.CreateAdd(
        Child,
        ConstantInt::get(Child->getType(), static_cast<int64_t>(E.Literal)));
  }
  }
  llvm_unreachable("unknown expression kind");
}

} // namespace

ExprPtr adjointOfResult() { return node(ExprKind::Adjoint); }

ExprPtr operand(unsigned Index) {
  auto E = std::make_shared<Expr>(ExprKind::Operand);
  E->Index = Index;
  return E;
}

ExprPtr result() { return node(ExprKind::Result); }

ExprPtr constant(double Literal) {
  auto E = std::make_shared<Expr>(ExprKind::Constant);
  E->Literal = Literal;
  return E;
}

ExprPtr operator-(ExprPtr A) { return node(ExprKind::Negate, {A}); }
ExprPtr operator+(ExprPtr A, ExprPtr B) { return node(ExprKind::Add, {A, B}); }
ExprPtr operator-(ExprPtr A, ExprPtr B) {
  return node(ExprKind::Subtract, {A, B});
}
ExprPtr operator*(ExprPtr A, ExprPtr B) {
  return node(ExprKind::Multiply, {A, B});
}
ExprPtr operator/(ExprPtr A, ExprPtr B) {
  return node(ExprKind::Divide, {A, B});
}
ExprPtr operator*(double A, ExprPtr B) { return constant(A) * B; }

ExprPtr math(StringRef Function, std::vector<ExprPtr> Arguments) {
  auto E = std::make_shared<Expr>(ExprKind::Math);
  E->Function = Function.str();
  E->Children = std::move(Arguments);
  return E;
}

ExprPtr compare(CmpInst::Predicate Predicate, ExprPtr A, ExprPtr B) {
  auto E = std::make_shared<Expr>(ExprKind::Compare);
  E->Predicate = Predicate;
  E->Children = {A, B};
  return E;
}

ExprPtr select(ExprPtr Condition, ExprPtr IfTrue, ExprPtr IfFalse) {
  return node(ExprKind::Select, {Condition, IfTrue, IfFalse});
}

ExprPtr castToOperand(ExprPtr Value, unsigned Index) {
  auto E = std::make_shared<Expr>(ExprKind::CastToOperand);
  E->Index = Index;
  E->Children = {Value};
  return E;
}

ExprPtr integerToFloat(ExprPtr Value) {
  return node(ExprKind::IntegerToFloat, {Value});
}

ExprPtr integerOffset(ExprPtr Value, int Offset) {
  auto E = std::make_shared<Expr>(ExprKind::IntegerOffset);
  E->Literal = Offset;
  E->Children = {Value};
  return E;
}

ExprPtr zeroOfOperand(unsigned Index) {
  auto E = std::make_shared<Expr>(ExprKind::ZeroOfOperand);
  E->Index = Index;
  return E;
}

ExprPtr splatToOperand(ExprPtr Value, unsigned Index) {
  auto E = std::make_shared<Expr>(ExprKind::SplatToOperand);
  E->Index = Index;
  E->Children = {Value};
  return E;
}

ExprPtr extractElement(ExprPtr Vector, ExprPtr Index) {
  return node(ExprKind::ExtractElement, {Vector, Index});
}

ExprPtr insertElement(ExprPtr Vector, ExprPtr Value, ExprPtr Index) {
  return node(ExprKind::InsertElement, {Vector, Value, Index});
}

ExprPtr shuffleTranspose(ExprPtr Adjoint, unsigned Index) {
  auto E = std::make_shared<Expr>(ExprKind::ShuffleTranspose);
  E->Index = Index;
  E->Children = {Adjoint};
  return E;
}

void PrimalNeeds::requireOperand(unsigned Index) {
  if (Operands.size() <= Index)
    Operands.resize(Index + 1, false);
  Operands[Index] = true;
}

void collectNeeds(const Expr &E, PrimalNeeds &Needs) {
  if (E.Kind == ExprKind::Operand)
    Needs.requireOperand(E.Index);
  if (E.Kind == ExprKind::Result)
    Needs.Result = true;
  // A cast to an operand's type reads only that operand's type, which the
  // reverse sweep knows statically, so it is not a primal need.
  for (const ExprPtr &Child : E.Children)
    collectNeeds(*Child, Needs);
}

Value *emitExpr(const Expr &E, const EmitInputs &Inputs,
                IRBuilderBase &Builder) {
  Emitter Emit(Inputs, Builder);
  return Emit.emit(E, Inputs.Adjoint->getType());
}

Value *emitMathCall(StringRef Name, ArrayRef<Value *> Arguments,
                    IRBuilderBase &Builder) {
  Module *M = Builder.GetInsertBlock()->getModule();
  Intrinsic::ID ID = intrinsicFor(Name);
  assert(ID != Intrinsic::not_intrinsic && "rules only use intrinsic math");
  SmallVector<Type *, 2> Overloads{Arguments[0]->getType()};
  if (ID == Intrinsic::powi)
    Overloads.push_back(Arguments[1]->getType());
  Function *Callee = Intrinsic::getDeclaration(M, ID, Overloads);
  return Builder.CreateCall(Callee, Arguments);
}

} // namespace adjoint::rules
