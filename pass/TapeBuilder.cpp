//===- pass/TapeBuilder.cpp - Emits pushes and pops of block records ------===//
//
// Emits the tape's helper functions and the code that moves records.
//
//===----------------------------------------------------------------------===//
#include "pass/TapeBuilder.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Alignment.h"

using namespace llvm;

namespace adjoint {

namespace {
const char *const ReserveName = "adjoint.tape.reserve";
const char *const PopName = "adjoint.tape.pop";
const char *const TapeTypeName = "adjoint.tape";
const char *const CacheName = "adjoint.tape.cache";
constexpr unsigned DataField = 0, SizeField = 1, CapacityField = 2;
constexpr uint64_t MinimumCapacity = 4096;
} // namespace

StructType *TapeBuilder::tapeType() const {
  LLVMContext &Context = M.getContext();
  if (StructType *Existing = StructType::getTypeByName(Context, TapeTypeName))
    return Existing;
  Type *I64 = Type::getInt64Ty(Context);
  return StructType::create(
      Context, {PointerType::getUnqual(Context), I64, I64}, TapeTypeName);
}

uint64_t TapeBuilder::slotSize(Type *T) const {
  return alignTo(M.getDataLayout().getTypeStoreSize(T).getFixedValue(), 8);
}

uint64_t TapeBuilder::recordBytes(ArrayRef<Type *> Types) const {
  uint64_t Total = 0;
  for (Type *T : Types)
    Total += slotSize(T);
  return Total;
}

Value *TapeBuilder::createTape(IRBuilderBase &Builder) const {
  Function *F = Builder.GetInsertBlock()->getParent();
  IRBuilder<> EntryBuilder(&F->getEntryBlock(),
                           F->getEntryBlock().getFirstInsertionPt());
  AllocaInst *Tape = EntryBuilder.CreateAlloca(tapeType(), nullptr, "tape");
  // Take the buffer the previous gradient on this thread left behind (the
  // cache is emptied, so a nested request starts its own).
  GlobalVariable *Cache = cache();
  Type *Ptr = Builder.getPtrTy();
  Value *CachedData = Builder.CreateLoad(Ptr, Cache);
  Value *CapacityAddress = Builder.CreateStructGEP(cacheType(), Cache, 1);
  Value *CachedCapacity =
      Builder.CreateLoad(Builder.getInt64Ty(), CapacityAddress);
  Builder.CreateStore(Constant::getNullValue(cacheType()), Cache);
  Builder.CreateStore(CachedData,
                      Builder.CreateStructGEP(tapeType(), Tape, DataField));
  Builder.CreateStore(Builder.getInt64(0),
                      Builder.CreateStructGEP(tapeType(), Tape, SizeField));
  Builder.CreateStore(CachedCapacity,
                      Builder.CreateStructGEP(tapeType(), Tape, CapacityField));
  return Tape;
}

StructType *TapeBuilder::cacheType() const {
  LLVMContext &Context = M.getContext();
  return StructType::get(PointerType::getUnqual(Context),
                         Type::getInt64Ty(Context));
}

/// A thread-local { data, capacity }: the tape storage of the last gradient
/// that finished on this thread, reused by the next one so that large tapes
/// are not mapped and faulted in again on every call.
GlobalVariable *TapeBuilder::cache() const {
  if (GlobalVariable *Existing = M.getGlobalVariable(CacheName, true))
    return Existing;
  auto *Cache = new GlobalVariable(
      M, cacheType(), /*isConstant=*/false, GlobalValue::InternalLinkage,
      Constant::getNullValue(cacheType()), CacheName, nullptr,
      GlobalValue::GeneralDynamicTLSModel);
  Cache->setAlignment(Align(8));
  return Cache;
}

/// reserve(tape, n): grows the tape when needed, bumps its size by n and
/// returns the address of the n reserved bytes.
Function *TapeBuilder::reserveFunction() const {
  if (Function *Existing = M.getFunction(ReserveName))
    return Existing;
  LLVMContext &Context = M.getContext();
  Type *Ptr = PointerType::getUnqual(Context);
  Type *I64 = Type::getInt64Ty(Context);
  auto *F = Function::Create(FunctionType::get(Ptr, {Ptr, I64}, false),
                             GlobalValue::InternalLinkage, ReserveName, M);
  F->addFnAttr(Attribute::AlwaysInline);
  F->addFnAttr(Attribute::NoUnwind);
  Value *Tape = F->getArg(0), *Bytes = F->getArg(1);
  auto *Entry = BasicBlock::Create(Context, "entry", F);
  auto *Grow = BasicBlock::Create(Context, "grow", F);
  auto *Failed = BasicBlock::Create(Context, "failed", F);
  auto *Ready = BasicBlock::Create(Context, "ready", F);
  IRBuilder<> B(Entry);
  StructType *T = tapeType();
  Value *SizeAddress = B.CreateStructGEP(T, Tape, SizeField);
  Value *CapacityAddress = B.CreateStructGEP(T, Tape, CapacityField);
  Value *DataAddress = B.CreateStructGEP(T, Tape, DataField);
  Value *Size = B.CreateLoad(I64, SizeAddress);
  Value *NewSize = B.CreateAdd(Size, Bytes);
  Value *Capacity = B.CreateLoad(I64, CapacityAddress);
  B.CreateCondBr(B.CreateICmpULE(NewSize, Capacity), Ready, Grow);

  B.SetInsertPoint(Grow);
  Value *Doubled = B.CreateShl(Capacity, 1);
  Value *Wanted = B.CreateBinaryIntrinsic(Intrinsic::umax, Doubled, NewSize);
  Wanted = B.CreateBinaryIntrinsic(Intrinsic::umax, Wanted,
                                   B.getInt64(MinimumCapacity));
  FunctionCallee Realloc = M.getOrInsertFunction("realloc", Ptr, Ptr, I64);
  Value *Grown =
      B.CreateCall(Realloc, {B.CreateLoad(Ptr, DataAddress), Wanted});
  B.CreateStore(Grown, DataAddress);
  B.CreateStore(Wanted, CapacityAddress);
  B.CreateCondBr(B.CreateIsNull(Grown), Failed, Ready);

  B.SetInsertPoint(Failed);
  FunctionCallee Abort =
      M.getOrInsertFunction("abort", Type::getVoidTy(Context));
  B.CreateCall(Abort);
  B.CreateUnreachable();

  B.SetInsertPoint(Ready);
  B.CreateStore(NewSize, SizeAddress);
  Value *Data = B.CreateLoad(Ptr, DataAddress);
  B.CreateRet(B.CreateInBoundsGEP(B.getInt8Ty(), Data, Size));
  return F;
}

/// pop(tape, n): shrinks the tape by n and returns the popped bytes.
Function *TapeBuilder::popFunction() const {
  if (Function *Existing = M.getFunction(PopName))
    return Existing;
  LLVMContext &Context = M.getContext();
  Type *Ptr = PointerType::getUnqual(Context);
  Type *I64 = Type::getInt64Ty(Context);
  auto *F = Function::Create(FunctionType::get(Ptr, {Ptr, I64}, false),
                             GlobalValue::InternalLinkage, PopName, M);
  F->addFnAttr(Attribute::AlwaysInline);
  F->addFnAttr(Attribute::NoUnwind);
  IRBuilder<> B(BasicBlock::Create(Context, "entry", F));
  StructType *T = tapeType();
  Value *Tape = F->getArg(0);
  Value *SizeAddress = B.CreateStructGEP(T, Tape, SizeField);
  Value *NewSize = B.CreateSub(B.CreateLoad(I64, SizeAddress), F->getArg(1));
  B.CreateStore(NewSize, SizeAddress);
  Value *Data = B.CreateLoad(Ptr, B.CreateStructGEP(T, Tape, DataField));
  B.CreateRet(B.CreateInBoundsGEP(B.getInt8Ty(), Data, NewSize));
  return F;
}

void TapeBuilder::push(IRBuilderBase &Builder, Value *Tape,
                       ArrayRef<Value *> Values) const {
  if (Values.empty())
    return;
  uint64_t Total = 0;
  for (Value *V : Values)
    Total += slotSize(V->getType());
  Value *Record =
      Builder.CreateCall(reserveFunction(), {Tape, Builder.getInt64(Total)});
  uint64_t Offset = 0;
  for (Value *V : Values) {
    Value *Slot =
        Builder.CreateConstInBoundsGEP1_64(Builder.getInt8Ty(), Record, Offset);
    Builder.CreateAlignedStore(V, Slot, Align(8));
    Offset += slotSize(V->getType());
  }
}

SmallVector<Value *, 8> TapeBuilder::pop(IRBuilderBase &Builder, Value *Tape,
                                         ArrayRef<Type *> Types) const {
  SmallVector<Value *, 8> Values;
  if (Types.empty())
    return Values;
  uint64_t Total = 0;
  for (Type *T : Types)
    Total += slotSize(T);
  Value *Record =
      Builder.CreateCall(popFunction(), {Tape, Builder.getInt64(Total)});
  uint64_t Offset = 0;
  for (Type *T : Types) {
    Value *Slot =
        Builder.CreateConstInBoundsGEP1_64(Builder.getInt8Ty(), Record, Offset);
    Values.push_back(Builder.CreateAlignedLoad(T, Slot, Align(8)));
    Offset += slotSize(T);
  }
  return Values;
}

/// Returns the storage to the cache when it is empty, else frees it
/// (free(NULL) does nothing, so no branch is needed).
void TapeBuilder::destroyTape(IRBuilderBase &Builder, Value *Tape) const {
  LLVMContext &Context = M.getContext();
  Type *Ptr = PointerType::getUnqual(Context);
  Type *I64 = Type::getInt64Ty(Context);
  Value *Data = Builder.CreateLoad(
      Ptr, Builder.CreateStructGEP(tapeType(), Tape, DataField));
  Value *Capacity = Builder.CreateLoad(
      I64, Builder.CreateStructGEP(tapeType(), Tape, CapacityField));
  GlobalVariable *Cache = cache();
  Value *CapacityAddress = Builder.CreateStructGEP(cacheType(), Cache, 1);
  Value *Cached = Builder.CreateLoad(Ptr, Cache);
  Value *CachedCapacity = Builder.CreateLoad(I64, CapacityAddress);
  Value *Keep = Builder.CreateIsNull(Cached);
  FunctionCallee Free =
      M.getOrInsertFunction("free", Type::getVoidTy(Context), Ptr);
  Builder.CreateCall(
      Free, {Builder.CreateSelect(
                Keep, ConstantPointerNull::get(PointerType::getUnqual(Context)),
                Data)});
  Builder.CreateStore(Builder.CreateSelect(Keep, Data, Cached), Cache);
  Builder.CreateStore(Builder.CreateSelect(Keep, Capacity, CachedCapacity),
                      CapacityAddress);
}

bool TapeBuilder::isTapeHelper(const Function &F) const {
  return F.getName() == ReserveName || F.getName() == PopName;
}

} // namespace adjoint
