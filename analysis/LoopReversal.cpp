//===- analysis/LoopReversal.cpp - How the reverse sweep runs loops backwards
//
// Finds the loops that can be reversed by counting iterations.
//
//===----------------------------------------------------------------------===//
#include "analysis/LoopReversal.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Function.h"

using namespace llvm;

namespace adjoint {

namespace {

/// Loop-simplify form, with every exit block outside the loop reached only
/// from inside it.
bool hasCountableShape(const Loop &L) {
  if (!L.getLoopPreheader() || !L.getLoopLatch())
    return false;
  SmallVector<BasicBlock *, 4> ExitBlocks;
  L.getExitBlocks(ExitBlocks);
  for (BasicBlock *Exit : ExitBlocks)
    for (BasicBlock *Predecessor : predecessors(Exit))
      if (!L.contains(Predecessor))
        return false;
  return true;
}

} // namespace

LoopReversal::LoopReversal(const Function &F, const LoopInfo &Loops) {
  for (const Loop *L : Loops.getLoopsInPreorder()) {
    if (!hasCountableShape(*L))
      continue;
    Counted.push_back(L);
    Headers[L->getHeader()] = L;
    SmallVector<BasicBlock *, 4> ExitBlocks;
    L->getUniqueExitBlocks(ExitBlocks);
    for (BasicBlock *Exit : ExitBlocks)
      Exits[Exit].push_back(L);
  }
  // Innermost first: a loop's exit list gains outer loops after inner ones
  // because preorder visits outer loops first; reverse each list.
  for (auto &Entry : Exits)
    std::reverse(Entry.second.begin(), Entry.second.end());
}

bool LoopReversal::isCounted(const Loop *L) const {
  return L && is_contained(Counted, L);
}

const Loop *LoopReversal::countedLoopHeadedBy(const BasicBlock *B) const {
  return Headers.lookup(B);
}

ArrayRef<const Loop *> LoopReversal::loopsLeftAt(const BasicBlock *Exit) const {
  auto It = Exits.find(Exit);
  if (It == Exits.end())
    return {};
  return It->second;
}

} // namespace adjoint
