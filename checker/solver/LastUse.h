//===- LastUse.h - Where each local is read for the last time ---*- C++ -*-===//
//
// Keeps the analysis linear: a local tensor is dropped from the state once
// no later code can read it, so the state stays as small as the set of live
// tensors instead of growing with the function.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SOLVER_LASTUSE_H
#define TORCH_TIDY_SOLVER_LASTUSE_H

#include "vocabulary/Vocabulary.h"
#include "clang/AST/Decl.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"

namespace torch_tidy {

class LastUse {
public:
  /// Usable only when the body has no goto (which can make loops the source
  /// order does not show) and lies in one file.
  LastUse(const clang::FunctionDecl *FD, const clang::SourceManager &SM,
          const Vocabulary &Words);
  bool usable() const { return Usable; }

  /// True when VD cannot be read in block B or anywhere after it: B starts
  /// past VD's last read, extended to the end of the outermost loop around
  /// any read.
  bool deadAt(const clang::VarDecl *VD, const clang::CFGBlock &B) const;

private:
  const clang::SourceManager &SM;
  llvm::DenseMap<const clang::VarDecl *, unsigned> Last; // file offsets
  clang::FileID File;
  bool Usable = true;
};

} // namespace torch_tidy

#endif
