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
#include "llvm/Support/CommandLine.h"
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

namespace {

/// -mllvm -adjoint-explain: add the offending IR to diagnostics.
cl::opt<bool> Explain("adjoint-explain", cl::init(false),
                      cl::desc("Show the IR of instructions that cannot be "
                               "differentiated in error messages"));

/// Why a call cannot be differentiated, and how to fix it.
struct Explanation {
  std::string Reason;
  std::string Fix;
};

Explanation describeCall(const CallBase &Call, const ReverseAction &Action) {
  if (Call.isInlineAsm())
    return {"inline assembly receives active values",
            "give the function that contains it a custom gradient "
            "(ADJOINT_GRADIENT or __enzyme_register_gradient_<name>), or "
            "mark it inactive"};
  const Function *Callee = Call.getCalledFunction();
  if (!Callee)
    return {"an indirect call receives active values",
            "call the function directly, or give the calling function a "
            "custom gradient"};
  std::string Name = Callee->getName().str();
  if (Callee->isIntrinsic())
    return {"the intrinsic '" + Name +
                "' receives active values and has no derivative rule",
            "rewrite the code so that the intrinsic is not needed, or give "
            "the calling function a custom gradient"};
  if (!Action.Primitive.empty())
    return {"no derivative rule for '" + Action.Primitive.str() + "'",
            "give the calling function a custom gradient"};
  return {"call to '" + Name +
              "', which has no visible body and no derivative rule",
          "register a gradient with `void *__enzyme_register_gradient_" + Name +
              "[3] = {(void *)" + Name +
              ", (void *)augmented_forward, (void *)reverse};`, declare it "
              "`ADJOINT_LIKE(\"<libm name>\")` if it computes a math "
              "function, or mark it inactive with "
              "`void *__enzyme_inactivefn[1] = {(void *)" +
              Name + "};`"};
}

} // namespace

void reportUnsupported(const Instruction &I, const ReverseAction &Action,
                       const Function &Original, const std::string &Chain) {
  Explanation Why;
  if (auto *Call = dyn_cast<CallBase>(&I))
    Why = describeCall(*Call, Action);
  else
    Why = {"no derivative rule for the instruction '" +
               std::string(I.getOpcodeName()) + "'",
           "give the function a custom gradient"};
  std::string Message = "cannot differentiate: " + Why.Reason + "\n  " + Chain +
                        "\n  fix: " + Why.Fix;
  if (Explain) {
    std::string Text;
    raw_string_ostream Stream(Text);
    I.print(Stream);
    Message += "\n  instruction:" + Stream.str();
  }
  reportErrorAt(I, Original, Message);
}

} // namespace adjoint
