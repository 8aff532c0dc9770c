//===- pass/Request.cpp - A call to __enzyme_autodiff, understood ---------===//
//
// Parses, validates, pins and reads reverse-mode requests.
//
//===----------------------------------------------------------------------===//
#include "pass/Request.h"

#include "activity/ActivityAnalysis.h"
#include "pass/Diagnostics.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint {

namespace {

const char *const RawRequestMarker = "__enzyme_autodiff";
const char *const PinnedPrefix = "__adjoint_request.";
const char *const ActivityAttribute = "adjoint-activity";

std::string typeName(const Type *T) {
  std::string Text;
  raw_string_ostream Stream(Text);
  T->print(Stream);
  return Stream.str();
}

/// The annotation global \p V reads, if any (`enzyme_dup` passed by value
/// is a load of the global; its address may also be passed).
const GlobalVariable *annotationGlobal(const Value *V) {
  if (auto *Load = dyn_cast<LoadInst>(V))
    V = Load->getPointerOperand();
  auto *Global = dyn_cast<GlobalVariable>(V->stripPointerCasts());
  if (Global && Global->getName().starts_with("enzyme_"))
    return Global;
  return nullptr;
}

std::optional<ArgumentActivity> activityOfAnnotation(StringRef Name) {
  return StringSwitch<std::optional<ArgumentActivity>>(Name)
      .Case("enzyme_const", ArgumentActivity::Constant)
      .Case("enzyme_out", ArgumentActivity::Active)
      .Case("enzyme_dup", ArgumentActivity::Duplicated)
      .Case("enzyme_dupnoneed", ArgumentActivity::DuplicatedNoNeed)
      .Default(std::nullopt);
}

ArgumentActivity defaultActivity(const Type *T) {
  if (T->isFloatingPointTy())
    return ArgumentActivity::Active;
  if (T->isPointerTy())
    return ArgumentActivity::Duplicated;
  return ArgumentActivity::Constant;
}

char spell(ArgumentActivity A) {
  switch (A) {
  case ArgumentActivity::Constant:
    return 'C';
  case ArgumentActivity::Active:
    return 'A';
  case ArgumentActivity::Duplicated:
    return 'D';
  case ArgumentActivity::DuplicatedNoNeed:
    return 'N';
  }
  return 'C';
}

std::optional<ArgumentActivity> unspell(char C) {
  switch (C) {
  case 'C':
    return ArgumentActivity::Constant;
  case 'A':
    return ArgumentActivity::Active;
  case 'D':
    return ArgumentActivity::Duplicated;
  case 'N':
    return ArgumentActivity::DuplicatedNoNeed;
  default:
    return std::nullopt;
  }
}

/// True when a value of type \p From can be passed for a parameter of
/// type \p To (C's default argument promotions make float arrive as double
/// and short as int).
bool isConvertible(const Type *From, const Type *To) {
  if (From == To)
    return true;
  if (From->isFloatingPointTy() && To->isFloatingPointTy())
    return true;
  return From->isIntegerTy() && To->isIntegerTy();
}

/// Reads where the adjoints go (an `sret` pointer or the call's result);
/// returns the index of the argument that names the target.
unsigned readResult(CallBase &Call, Request &R) {
  if (Call.arg_size() > 0 && Call.paramHasAttr(0, Attribute::StructRet)) {
    R.ResultPointer = Call.getArgOperand(0);
    R.ResultType = Call.getParamStructRetType(0);
    return 1;
  }
  R.ResultType = Call.getType();
  return 0;
}

/// Parses and validates one request; each problem is reported.
class RawRequestParser {
public:
  explicit RawRequestParser(CallBase &Call) : Call(Call) {}

  std::optional<Request> parse();

private:
  bool parseResult();
  bool parseTarget();
  bool parseArgument(const Argument &Parameter);
  bool checkArgument(const Argument &Parameter, const RequestArgument &A);
  bool checkResultType();
  void error(const Twine &Message) {
    reportError(*Call.getFunction(), Call.getDebugLoc(), Message);
  }
  std::string targetName() const {
    return ("'" + R.Target->getName() + "'").str();
  }

  CallBase &Call;
  Request R;
  unsigned Next = 0;
};

std::optional<Request> RawRequestParser::parse() {
  R.Call = &Call;
  if (!parseResult() || !parseTarget())
    return std::nullopt;
  for (const Argument &Parameter : R.Target->args())
    if (!parseArgument(Parameter))
      return std::nullopt;
  if (Next < Call.arg_size()) {
    error("too many arguments to __enzyme_autodiff: " + targetName() +
          " takes " + Twine(R.Target->arg_size()) + " parameter(s), but " +
          Twine(Call.arg_size() - Next) +
          " argument(s) are left over after the last one");
    return std::nullopt;
  }
  if (!checkResultType())
    return std::nullopt;
  return R;
}

bool RawRequestParser::parseResult() {
  Next = readResult(Call, R);
  return true;
}

bool RawRequestParser::parseTarget() {
  if (Next >= Call.arg_size()) {
    error("__enzyme_autodiff needs the function to differentiate as its "
          "first argument");
    return false;
  }
  Value *Target = Call.getArgOperand(Next++)->stripPointerCasts();
  R.Target = dyn_cast<Function>(Target);
  if (!R.Target) {
    error("the first argument of __enzyme_autodiff must name a function "
          "directly (a function pointer chosen at run time cannot be "
          "differentiated)");
    return false;
  }
  if (R.Target->isDeclaration()) {
    error("cannot differentiate " + targetName() +
          ": its body is not visible in this translation unit");
    return false;
  }
  if (R.Target->isVarArg()) {
    error("cannot differentiate " + targetName() +
          ": variadic functions are not supported");
    return false;
  }
  return true;
}

bool RawRequestParser::parseArgument(const Argument &Parameter) {
  RequestArgument A;
  std::optional<ArgumentActivity> Annotation;
  if (Next < Call.arg_size())
    if (const GlobalVariable *Global =
            annotationGlobal(Call.getArgOperand(Next))) {
      Annotation = activityOfAnnotation(Global->getName());
      if (!Annotation) {
        error("unsupported annotation '" + Global->getName() +
              "' for parameter " + Twine(Parameter.getArgNo() + 1) + " of " +
              targetName() +
              " (supported: enzyme_const, enzyme_dup, enzyme_dupnoneed, "
              "enzyme_out)");
        return false;
      }
      ++Next;
    }
  if (Next >= Call.arg_size()) {
    error("too few arguments to __enzyme_autodiff: " + targetName() +
          " takes " + Twine(R.Target->arg_size()) +
          " parameter(s), but the request passes an argument for only " +
          Twine(Parameter.getArgNo()));
    return false;
  }
  A.Primal = Call.getArgOperand(Next++);
  A.Activity = Annotation ? *Annotation : defaultActivity(Parameter.getType());
  if (A.Activity == ArgumentActivity::Duplicated ||
      A.Activity == ArgumentActivity::DuplicatedNoNeed) {
    if (Next >= Call.arg_size()) {
      error("missing shadow argument for parameter " +
            Twine(Parameter.getArgNo() + 1) + " of " + targetName() +
            ": enzyme_dup and enzyme_dupnoneed take the primal pointer and "
            "then its shadow");
      return false;
    }
    A.Shadow = Call.getArgOperand(Next++);
  }
  if (!checkArgument(Parameter, A))
    return false;
  R.Arguments.push_back(A);
  return true;
}

bool RawRequestParser::checkArgument(const Argument &Parameter,
                                     const RequestArgument &A) {
  std::string Which =
      ("parameter " + Twine(Parameter.getArgNo() + 1) + " of " + targetName())
          .str();
  Type *Expected = Parameter.getType();
  if (!isConvertible(A.Primal->getType(), Expected)) {
    error("argument for " + Which + " has type " +
          typeName(A.Primal->getType()) + ", but the parameter has type " +
          typeName(Expected));
    return false;
  }
  if (A.Activity == ArgumentActivity::Active &&
      !Expected->isFloatingPointTy()) {
    error("enzyme_out applies to floating-point scalars, but " + Which +
          " has type " + typeName(Expected));
    return false;
  }
  bool Duplicated = A.Activity == ArgumentActivity::Duplicated ||
                    A.Activity == ArgumentActivity::DuplicatedNoNeed;
  if (Duplicated && !Expected->isPointerTy()) {
    error("enzyme_dup and enzyme_dupnoneed apply to pointers, but " + Which +
          " has type " + typeName(Expected));
    return false;
  }
  if (Duplicated && !A.Shadow->getType()->isPointerTy()) {
    error("the shadow for " + Which + " must be a pointer, but it has type " +
          typeName(A.Shadow->getType()));
    return false;
  }
  return true;
}

bool RawRequestParser::checkResultType() {
  SmallVector<Type *, 4> Active;
  for (unsigned K = 0; K < R.Arguments.size(); ++K)
    if (R.Arguments[K].Activity == ArgumentActivity::Active)
      Active.push_back(R.Target->getArg(K)->getType());
  Type *T = R.ResultType;
  if (Active.empty())
    return true; // Nothing to return: any declared result is zero-filled.
  if (T->isFloatingPointTy() && Active.size() == 1)
    return true;
  auto *Struct = dyn_cast<StructType>(T);
  if (Struct && Struct->getNumElements() == Active.size() &&
      all_of(Struct->elements(),
             [](Type *E) { return E->isFloatingPointTy(); }))
    return true;
  error("the request's return type " + typeName(T) +
        " cannot hold the derivatives of the " + Twine(Active.size()) +
        " active (enzyme_out) argument(s) of " + targetName() +
        "; declare __enzyme_autodiff to return " +
        (Active.size() == 1 ? "double" : "a struct with one double each") +
        ", or mark arguments enzyme_const");
  return false;
}

} // namespace

ActivitySignature Request::signature() const {
  ActivitySignature Signature;
  for (const RequestArgument &A : Arguments)
    Signature.Arguments.push_back(A.Activity);
  Signature.ReturnActive = isDifferentiableType(Target->getReturnType()) &&
                           Target->getReturnType()->isFloatingPointTy();
  return Signature;
}

bool isRawRequest(const CallBase &Call) {
  const Function *Callee = Call.getCalledFunction();
  return Callee && Callee->getName().contains(RawRequestMarker);
}

bool isPinnedRequest(const CallBase &Call) {
  const Function *Callee = Call.getCalledFunction();
  return Callee && Callee->getName().starts_with(PinnedPrefix);
}

std::optional<Request> parseRawRequest(CallBase &Call) {
  return RawRequestParser(Call).parse();
}

std::optional<Request> readPinnedRequest(CallBase &Call) {
  Request R;
  R.Call = &Call;
  StringRef Spelling = Call.getCalledFunction()
                           ->getFnAttribute(ActivityAttribute)
                           .getValueAsString();
  unsigned Next = readResult(Call, R);
  if (Next >= Call.arg_size())
    return std::nullopt;
  R.Target =
      dyn_cast<Function>(Call.getArgOperand(Next++)->stripPointerCasts());
  if (!R.Target || R.Target->arg_size() != Spelling.size())
    return std::nullopt;
  for (char C : Spelling) {
    std::optional<ArgumentActivity> Activity = unspell(C);
    if (!Activity || Next >= Call.arg_size())
      return std::nullopt;
    RequestArgument A;
    A.Activity = *Activity;
    A.Primal = Call.getArgOperand(Next++);
    if (A.Activity == ArgumentActivity::Duplicated ||
        A.Activity == ArgumentActivity::DuplicatedNoNeed) {
      if (Next >= Call.arg_size())
        return std::nullopt;
      A.Shadow = Call.getArgOperand(Next++);
    }
    R.Arguments.push_back(A);
  }
  return R;
}

CallBase *pinRequest(const Request &R, unsigned Number) {
  CallBase &Old = *R.Call;
  SmallVector<Value *, 8> Arguments;
  if (R.ResultPointer)
    Arguments.push_back(R.ResultPointer);
  Arguments.push_back(Old.getArgOperand(R.ResultPointer ? 1 : 0));
  std::string Spelling;
  for (const RequestArgument &A : R.Arguments) {
    Arguments.push_back(A.Primal);
    if (A.Shadow)
      Arguments.push_back(A.Shadow);
    Spelling += spell(A.Activity);
  }
  SmallVector<Type *, 8> Types;
  for (Value *V : Arguments)
    Types.push_back(V->getType());
  Module &M = *Old.getModule();
  auto *Type = FunctionType::get(Old.getType(), Types, false);
  Function *Pinned = Function::Create(Type, GlobalValue::ExternalLinkage,
                                      PinnedPrefix + Twine(Number), M);
  Pinned->addFnAttr(ActivityAttribute, Spelling);
  CallBase *New;
  if (auto *Invoke = dyn_cast<InvokeInst>(&Old))
    New = InvokeInst::Create(Pinned, Invoke->getNormalDest(),
                             Invoke->getUnwindDest(), Arguments, "",
                             Old.getIterator());
  else
    New = CallInst::Create(Pinned, Arguments, "", Old.getIterator());
  if (R.ResultPointer)
    New->addParamAttr(0, Old.getParamAttr(0, Attribute::StructRet));
  New->setDebugLoc(Old.getDebugLoc());
  New->takeName(&Old);
  Old.replaceAllUsesWith(New);
  Old.eraseFromParent();
  return New;
}

SmallVector<CallBase *, 16> findRequests(Module &M, bool Pinned) {
  SmallVector<CallBase *, 16> Requests;
  for (Function &F : M)
    for (BasicBlock &B : F)
      for (Instruction &I : B)
        if (auto *Call = dyn_cast<CallBase>(&I))
          if (Pinned ? isPinnedRequest(*Call) : isRawRequest(*Call))
            Requests.push_back(Call);
  return Requests;
}

void discardRequest(CallBase &Call) {
  if (!Call.getType()->isVoidTy())
    Call.replaceAllUsesWith(Constant::getNullValue(Call.getType()));
  if (auto *Invoke = dyn_cast<InvokeInst>(&Call))
    BranchInst::Create(Invoke->getNormalDest(), Invoke->getIterator());
  Call.eraseFromParent();
}

} // namespace adjoint
