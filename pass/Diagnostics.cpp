//===- pass/Diagnostics.cpp - Compile errors for requests and rules -------===//
//
// Reports user-facing errors through LLVM's diagnostic machinery.
//
//===----------------------------------------------------------------------===//
#include "pass/Diagnostics.h"

#include "analysis/TapePlan.h"

#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace adjoint {

void reportError(const Function &Where, const DebugLoc &Loc,
                 const Twine &Message) {
  DiagnosticInfoUnsupported Diagnostic(Where, "adjoint: " + Message,
                                       DiagnosticLocation(Loc), DS_Error);
  Where.getContext().diagnose(Diagnostic);
}

void reportErrorAt(const Instruction &At, const Function &Original,
                   const Twine &Message) {
  reportError(Original, At.getDebugLoc(), Message);
}

void reportUnsupported(const Instruction &I, const ReverseAction &Action,
                       const Function &Original) {
  std::string Where = ("cannot differentiate '" + Original.getName() + "': ").str();
  if (auto *Call = dyn_cast<CallBase>(&I)) {
    const Function *Callee = Call->getCalledFunction();
    if (!Callee) {
      reportErrorAt(I, Original,
                    Where + "an indirect call receives active arguments");
      return;
    }
    if (Action.Primitive.empty() && Callee->isIntrinsic()) {
      reportErrorAt(I, Original,
                    Where + "the intrinsic '" + Callee->getName() +
                        "' receives active arguments and has no derivative "
                        "rule yet");
      return;
    }
    if (Action.Primitive.empty()) {
      reportErrorAt(
          I, Original,
          Where + "call to '" + Callee->getName() +
              "', which has no visible body and no derivative rule; "
              "register one with `void *__enzyme_register_gradient_" +
              Callee->getName() + "[3] = {(void *)" + Callee->getName() +
              ", (void *)aug, (void *)rev};` or mark it inactive with "
              "`void *__enzyme_inactivefn[1] = {(void *)" +
              Callee->getName() + "};`");
      return;
    }
  }
  reportErrorAt(I, Original,
                Where + "no derivative rule for '" +
                    (Action.Primitive.empty() ? StringRef(I.getOpcodeName())
                                              : Action.Primitive) +
                    "'");
}

std::string describeLocation(const DebugLoc &Loc) {
  if (!Loc)
    return "";
  std::string Text;
  raw_string_ostream Stream(Text);
  auto *Scope = cast<DIScope>(Loc.getScope());
  Stream << Scope->getFilename() << ":" << Loc.getLine() << ":"
         << Loc.getCol();
  return Stream.str();
}

} // namespace adjoint
