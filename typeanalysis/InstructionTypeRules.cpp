//===- typeanalysis/InstructionTypeRules.cpp - Facts from instructions ----===//
//
// The transfer rules of instructions other than calls. Each rule reads the
// facts of the instruction and its operands and adds what the instruction's
// semantics imply about each of them, in both directions.
//
//===----------------------------------------------------------------------===//
#include "typeanalysis/MemoryLayout.h"
#include "typeanalysis/TBAATypes.h"
#include "typeanalysis/TypeSolver.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/InstVisitor.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace adjoint {

namespace {

const ConcreteType Integer(BaseType::Integer);
const ConcreteType Pointer(BaseType::Pointer);

/// The rules, one visit method per kind of instruction.
class InstructionRules : public InstVisitor<InstructionRules> {
public:
  explicit InstructionRules(TypeSolver &Solver)
      : Solver(Solver), Layout(Solver.dataLayout()) {}

  /// Links the value \p Accessed with the memory at offset 0 behind
  /// \p Address (loads, stores, atomics): Original: v = *p, or *p = v.
  void linkAccess(Instruction &Access, Value *Address, Value *Accessed);

  void visitLoadInst(LoadInst &Load) {
    linkAccess(Load, Load.getPointerOperand(), &Load);
  }
  void visitStoreInst(StoreInst &Store) {
    linkAccess(Store, Store.getPointerOperand(), Store.getValueOperand());
  }
  void visitAtomicRMWInst(AtomicRMWInst &RMW) {
    linkAccess(RMW, RMW.getPointerOperand(), &RMW);
    linkAccess(RMW, RMW.getPointerOperand(), RMW.getValOperand());
  }
  void visitGetElementPtrInst(GetElementPtrInst &GEP);
  void visitAllocaInst(AllocaInst &Alloca) {
    Solver.updateScalar(Alloca.getArraySize(), Integer);
  }

  void visitPHINode(PHINode &Phi) {
    SmallVector<Value *, 4> Incoming(Phi.incoming_values());
    mergeAll(Phi, Incoming);
  }
  void visitSelectInst(SelectInst &Select);
  void visitFreezeInst(FreezeInst &Freeze) { linkEqual(Freeze, 0); }

  void visitCastInst(CastInst &Cast);
  void visitBinaryOperator(BinaryOperator &Operation);
  void visitUnaryOperator(UnaryOperator &Operation) { linkEqual(Operation, 0); }
  void visitICmpInst(ICmpInst &Compare);

  void visitExtractElementInst(ExtractElementInst &Extract);
  void visitInsertElementInst(InsertElementInst &Insert);
  void visitShuffleVectorInst(ShuffleVectorInst &Shuffle) {
    mergeAll(Shuffle, {Shuffle.getOperand(0), Shuffle.getOperand(1)});
  }
  void visitExtractValueInst(ExtractValueInst &Extract);
  void visitInsertValueInst(InsertValueInst &Insert);

  void visitReturnInst(ReturnInst &Return) {
    if (Value *Returned = Return.getReturnValue())
      Solver.updateReturn(Solver.typeOf(Returned));
  }
  void visitSwitchInst(SwitchInst &Switch) {
    Solver.updateScalar(Switch.getCondition(), Integer);
  }
  void visitCallBase(CallBase &Call) { applyCallRule(Solver, Call); }
  void visitInstruction(Instruction &) {}

private:
  /// Result and every operand in \p Operands share their facts: phi,
  /// select, shufflevector.
  void mergeAll(Value &Result, ArrayRef<Value *> Operands);
  /// Result and operand \p Index share their facts.
  void linkEqual(Instruction &I, unsigned Index);
  /// The top-level type of \p V (the entry at [-1]).
  ConcreteType scalarOf(Value *V) { return Solver.typeOf(V).lookup({-1}); }
  void visitIntegerArithmetic(BinaryOperator &Operation);
  void visitAddition(BinaryOperator &Operation);
  void visitSubtraction(BinaryOperator &Operation);
  void visitBitwise(BinaryOperator &Operation);

  TypeSolver &Solver;
  const DataLayout &Layout;
};

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

void InstructionRules::linkAccess(Instruction &Access, Value *Address,
                                  Value *Accessed) {
  TypeTree Memory = Solver.pointeeOf(Address);
  TypeTree Known = Solver.typeOf(Accessed);
  TypeTree ValueFacts, MemoryFacts;
  for (const ScalarSlot &Slot : scalarSlots(Accessed->getType(), Layout)) {
    ValueFacts.join(Memory.dataAt(Slot.MemoryOffset).only(Slot.ValueOffset));
    MemoryFacts.join(Known.dataAt(Slot.ValueOffset).only(Slot.MemoryOffset));
  }
  ConcreteType Named = typeOfTBAAAccess(Access);
  if (Named.isKnown() && !Accessed->getType()->isAggregateType() &&
      !Accessed->getType()->isVectorTy()) {
    ValueFacts.insert({AnyOffset}, Named);
    MemoryFacts.insert({0}, Named);
  }
  // A loaded value is what the memory holds; a stored value is only one of
  // the things it held, so facts that conflict with it stay in memory.
  if (!isa<LoadInst>(Access)) {
    TypeTree Compatible = Known;
    Compatible.joinCompatible(ValueFacts);
    ValueFacts = Compatible;
  }
  Solver.update(Accessed, ValueFacts);
  Solver.updatePointee(Address, MemoryFacts);
}

void InstructionRules::visitGetElementPtrInst(GetElementPtrInst &GEP) {
  for (Use &Index : GEP.indices())
    if (!isa<Constant>(Index.get()))
      Solver.updateScalar(Index.get(), Integer);
  if (GEP.getType()->isVectorTy())
    return;
  auto &Operator = cast<GEPOperator>(GEP);
  GEPShape Shape = Solver.isPointerInduction(Operator)
                       ? GEPShape::anyOffset()
                       : GEPShape::of(Operator, Layout);
  Value *Base = GEP.getPointerOperand();
  TypeTree BaseMemory = Solver.pointeeOf(Base);
  TypeTree ResultMemory = Solver.pointeeOf(&GEP);
  Solver.updatePointee(&GEP,
                       BaseMemory.remapped([&](int64_t Offset, auto &Out) {
                         Shape.resultOffsets(Offset, Out);
                       }));
  Solver.updatePointee(Base,
                       ResultMemory.remapped([&](int64_t Offset, auto &Out) {
                         Shape.baseOffsets(Offset, Out);
                       }));
}

//===----------------------------------------------------------------------===//
// Merges and casts
//===----------------------------------------------------------------------===//

void InstructionRules::mergeAll(Value &Result, ArrayRef<Value *> Operands) {
  TypeTree Merged = Solver.typeOf(&Result);
  for (Value *Operand : Operands)
    Merged.join(Solver.typeOf(Operand));
  Solver.update(&Result, Merged);
  // The result may be any one operand: a conflict between operands is a
  // fact about the result, not about each operand.
  TypeTree Shared = Merged.withoutConflicts();
  for (Value *Operand : Operands)
    Solver.update(Operand, Shared);
}

void InstructionRules::visitSelectInst(SelectInst &Select) {
  Solver.updateScalar(Select.getCondition(), Integer);
  mergeAll(Select, {Select.getTrueValue(), Select.getFalseValue()});
}

void InstructionRules::linkEqual(Instruction &I, unsigned Index) {
  Value *Operand = I.getOperand(Index);
  Solver.update(&I, Solver.typeOf(Operand));
  Solver.update(Operand, Solver.typeOf(&I));
}

void InstructionRules::visitCastInst(CastInst &Cast) {
  Value *Operand = Cast.getOperand(0);
  switch (Cast.getOpcode()) {
  case Instruction::Trunc:
  case Instruction::ZExt:
  case Instruction::SExt:
  case Instruction::UIToFP:
  case Instruction::SIToFP:
    // Original: y = (float)i, or i extended. The integer side is Integer;
    // a floating-point side carries its IR type already.
    Solver.updateScalar(Operand, Integer);
    if (!Cast.getType()->isFPOrFPVectorTy())
      Solver.updateScalar(&Cast, Integer);
    return;
  case Instruction::FPToUI:
  case Instruction::FPToSI:
    Solver.updateScalar(&Cast, Integer);
    return;
  case Instruction::PtrToInt:
  case Instruction::IntToPtr:
  case Instruction::AddrSpaceCast:
    linkEqual(Cast, 0);
    return;
  case Instruction::BitCast:
    // The same bits: a double moved as an i64 stays a double. Lanes of
    // different sizes do not line up.
    if (Operand->getType()->getScalarSizeInBits() ==
        Cast.getType()->getScalarSizeInBits())
      linkEqual(Cast, 0);
    return;
  default:
    return; // fpext, fptrunc: both sides carry their IR types.
  }
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

void InstructionRules::visitBinaryOperator(BinaryOperator &Operation) {
  if (Operation.getType()->isFPOrFPVectorTy())
    return; // Operands and result carry their floating-point IR type.
  switch (Operation.getOpcode()) {
  case Instruction::Add:
    return visitAddition(Operation);
  case Instruction::Sub:
    return visitSubtraction(Operation);
  case Instruction::And:
  case Instruction::Or:
  case Instruction::Xor:
    return visitBitwise(Operation);
  default:
    return visitIntegerArithmetic(Operation);
  }
}

void InstructionRules::visitIntegerArithmetic(BinaryOperator &Operation) {
  // mul, div, rem and shl compute integers from integers. Right shifts
  // compute integers from any bits (the exponent of a double's bits) by an
  // integer amount.
  Solver.updateScalar(&Operation, Integer);
  Solver.updateScalar(Operation.getOperand(1), Integer);
  unsigned Opcode = Operation.getOpcode();
  if (Opcode != Instruction::LShr && Opcode != Instruction::AShr)
    Solver.updateScalar(Operation.getOperand(0), Integer);
}

void InstructionRules::visitAddition(BinaryOperator &Operation) {
  // Original: r = a + b. Pointer + Integer is a Pointer and Integer +
  // Integer an Integer, so an Integer r has Integer operands and a Pointer
  // r with one Integer operand has a Pointer other operand.
  Value *Left = Operation.getOperand(0), *Right = Operation.getOperand(1);
  ConcreteType LeftType = scalarOf(Left), RightType = scalarOf(Right);
  if (LeftType.isPointer() || RightType.isPointer())
    Solver.updateScalar(&Operation, Pointer);
  if (LeftType.isInteger() && RightType.isInteger())
    Solver.updateScalar(&Operation, Integer);
  ConcreteType ResultType = scalarOf(&Operation);
  if (ResultType.isInteger()) {
    Solver.updateScalar(Left, Integer);
    Solver.updateScalar(Right, Integer);
  }
  if (ResultType.isPointer() && LeftType.isInteger())
    Solver.updateScalar(Right, Pointer);
  if (ResultType.isPointer() && RightType.isInteger())
    Solver.updateScalar(Left, Pointer);
}

void InstructionRules::visitSubtraction(BinaryOperator &Operation) {
  // Original: r = a - b. Pointer - Integer is a Pointer; Pointer - Pointer
  // and Integer - Integer are Integers.
  Value *Left = Operation.getOperand(0), *Right = Operation.getOperand(1);
  ConcreteType LeftType = scalarOf(Left), RightType = scalarOf(Right);
  if (LeftType.isPointer() && RightType.isInteger())
    Solver.updateScalar(&Operation, Pointer);
  if (LeftType.isKnown() && LeftType == RightType && !LeftType.isAnything())
    Solver.updateScalar(&Operation, Integer);
  if (scalarOf(&Operation).isInteger() && RightType.isInteger())
    Solver.updateScalar(Left, Integer);
}

void InstructionRules::visitBitwise(BinaryOperator &Operation) {
  // Masks keep what they mask: an aligned pointer stays a pointer, a double
  // with its sign bit flipped stays a double.
  Value *Left = Operation.getOperand(0), *Right = Operation.getOperand(1);
  if (isa<Constant>(Right) || isa<Constant>(Left)) {
    Value *Masked = isa<Constant>(Right) ? Left : Right;
    Solver.update(&Operation, Solver.typeOf(Masked));
    Solver.update(Masked, Solver.typeOf(&Operation));
    return;
  }
  if (scalarOf(Left).isInteger() && scalarOf(Right).isInteger())
    Solver.updateScalar(&Operation, Integer);
}

void InstructionRules::visitICmpInst(ICmpInst &Compare) {
  // Both sides of a comparison are the same kind of scalar.
  Value *Left = Compare.getOperand(0), *Right = Compare.getOperand(1);
  ConcreteType LeftType = scalarOf(Left), RightType = scalarOf(Right);
  if (LeftType.isInteger() || LeftType.isPointer())
    Solver.updateScalar(Right, LeftType);
  if (RightType.isInteger() || RightType.isPointer())
    Solver.updateScalar(Left, RightType);
}

//===----------------------------------------------------------------------===//
// Vectors and aggregates
//===----------------------------------------------------------------------===//

void InstructionRules::visitExtractElementInst(ExtractElementInst &Extract) {
  // Vector trees describe every lane at -1, like scalars.
  Solver.updateScalar(Extract.getIndexOperand(), Integer);
  linkEqual(Extract, 0);
}

void InstructionRules::visitInsertElementInst(InsertElementInst &Insert) {
  Solver.updateScalar(Insert.getOperand(2), Integer);
  mergeAll(Insert, {Insert.getOperand(0), Insert.getOperand(1)});
}

void InstructionRules::visitExtractValueInst(ExtractValueInst &Extract) {
  Value *Aggregate = Extract.getAggregateOperand();
  int64_t Offset =
      aggregateMemberOffset(Aggregate->getType(), Extract.getIndices(), Layout);
  TypeTree Whole = Solver.typeOf(Aggregate);
  TypeTree Member = Solver.typeOf(&Extract);
  if (Extract.getType()->isAggregateType()) {
    int64_t Size = Layout.getTypeAllocSize(Extract.getType());
    Solver.update(&Extract,
                  Whole.restricted(Offset, Offset + Size).shifted(-Offset));
    Solver.update(Aggregate, Member.shifted(Offset));
    return;
  }
  Solver.update(&Extract, Whole.dataAt(Offset).only(AnyOffset));
  Solver.update(Aggregate, Member.dataAt(AnyOffset).only(Offset));
}

void InstructionRules::visitInsertValueInst(InsertValueInst &Insert) {
  Value *Aggregate = Insert.getAggregateOperand();
  Value *Member = Insert.getInsertedValueOperand();
  int64_t Offset =
      aggregateMemberOffset(Aggregate->getType(), Insert.getIndices(), Layout);
  int64_t Size = Layout.getTypeAllocSize(Member->getType());
  TypeTree Result = Solver.typeOf(&Insert);
  TypeTree MemberFacts = Solver.typeOf(Member);
  bool IsScalar = !Member->getType()->isAggregateType();
  Solver.update(&Insert,
                Solver.typeOf(Aggregate).excluding(Offset, Offset + Size));
  Solver.update(&Insert, IsScalar ? MemberFacts.dataAt(AnyOffset).only(Offset)
                                  : MemberFacts.shifted(Offset));
  Solver.update(Aggregate, Result.excluding(Offset, Offset + Size));
  Solver.update(
      Member, IsScalar
                  ? Result.dataAt(Offset).only(AnyOffset)
                  : Result.restricted(Offset, Offset + Size).shifted(-Offset));
}

} // namespace

void applyInstructionRule(TypeSolver &Solver, Instruction &I) {
  InstructionRules(Solver).visit(I);
}

} // namespace adjoint
