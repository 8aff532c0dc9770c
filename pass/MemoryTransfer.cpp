//===- pass/MemoryTransfer.cpp - Derivatives of memcpy, memmove and memset ===//
//
// Layouts of copies and the helper that moves adjoints back through them.
//
//===----------------------------------------------------------------------===//
#include "pass/MemoryTransfer.h"

#include "typeanalysis/TypeAnalysis.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace adjoint {

/// Looks at the bytes the copy moves (the first 256 when the length is not
/// a constant), on both sides: a uniform layout is one floating-point type,
/// or pointers, or integers only. Mixed or unknown data has no layout.
std::optional<TransferLayout> layoutOf(const CallBase &Copy,
                                       const TypeInfo &Types) {
  constexpr int64_t Window = 256;
  int64_t Length = Window;
  if (auto *Constant = dyn_cast<ConstantInt>(Copy.getArgOperand(2)))
    Length = std::min<int64_t>(Constant->getSExtValue(), Window);
  TransferLayout Layout;
  bool SawInteger = false;
  for (unsigned Operand : {1u, 0u}) {
    for (int64_t Offset = 0; Offset < Length; Offset += 4) {
      ConcreteType Kind = Types.typeAt(Copy.getArgOperand(Operand), Offset);
      if (Kind.isAnything())
        return std::nullopt;
      if (Kind.isFloat()) {
        if (Layout.FloatType && Layout.FloatType != Kind.floatType())
          return std::nullopt;
        Layout.FloatType = Kind.floatType();
      }
      Layout.CarriesPointers |= Kind.isPointer();
      SawInteger |= Kind.isInteger();
    }
  }
  if (Layout.FloatType && Layout.CarriesPointers)
    return std::nullopt; // Mixed records: not supported yet.
  if (Layout.FloatType || Layout.CarriesPointers || SawInteger)
    return Layout;
  return std::nullopt;
}

namespace {

/// adjoint.transfer.<type>(source shadow, destination shadow, bytes): the
/// loop that adds the destination's adjoints to the source and clears them.
Function *transferHelper(Module &M, Type *FloatType) {
  std::string Name = "adjoint.transfer.";
  raw_string_ostream(Name) << *FloatType;
  if (Function *Existing = M.getFunction(Name))
    return Existing;
  LLVMContext &Context = M.getContext();
  Type *Ptr = PointerType::getUnqual(Context);
  Type *I64 = Type::getInt64Ty(Context);
  auto *F = Function::Create(
      FunctionType::get(Type::getVoidTy(Context), {Ptr, Ptr, I64}, false),
      GlobalValue::InternalLinkage, Name, M);
  F->addFnAttr(Attribute::NoUnwind);
  Value *Source = F->getArg(0), *Destination = F->getArg(1);
  auto *Entry = BasicBlock::Create(Context, "entry", F);
  auto *Body = BasicBlock::Create(Context, "element", F);
  auto *Done = BasicBlock::Create(Context, "done", F);
  IRBuilder<> B(Entry);
  uint64_t Size = M.getDataLayout().getTypeStoreSize(FloatType);
  Value *Count = B.CreateUDiv(F->getArg(2), B.getInt64(Size));
  B.CreateCondBr(B.CreateICmpEQ(Count, B.getInt64(0)), Done, Body);
  B.SetInsertPoint(Body);
  PHINode *K = B.CreatePHI(I64, 2, "k");
  K->addIncoming(B.getInt64(0), Entry);
  Value *To = B.CreateGEP(FloatType, Destination, K);
  Value *Adjoint = B.CreateLoad(FloatType, To);
  B.CreateStore(Constant::getNullValue(FloatType), To);
  Value *From = B.CreateGEP(FloatType, Source, K);
  B.CreateStore(B.CreateFAdd(B.CreateLoad(FloatType, From), Adjoint), From);
  Value *Next = B.CreateAdd(K, B.getInt64(1));
  K->addIncoming(Next, Body);
  B.CreateCondBr(B.CreateICmpEQ(Next, Count), Done, Body);
  B.SetInsertPoint(Done);
  B.CreateRetVoid();
  return F;
}

} // namespace

void emitTransferAdjoint(IRBuilderBase &Builder, Type *FloatType,
                         Value *SourceShadow, Value *DestinationShadow,
                         Value *Bytes) {
  Bytes = Builder.CreateZExtOrTrunc(Bytes, Builder.getInt64Ty());
  if (!SourceShadow) {
    // An inactive source: the destination's adjoints just end here.
    Builder.CreateMemSet(DestinationShadow, Builder.getInt8(0), Bytes,
                         MaybeAlign());
    return;
  }
  Module &M = *Builder.GetInsertBlock()->getModule();
  Builder.CreateCall(transferHelper(M, FloatType),
                     {SourceShadow, DestinationShadow, Bytes});
}

} // namespace adjoint
