//===- UseOrder.cpp -------------------------------------------------------===//
#include "ast/UseOrder.h"

using namespace clang;

namespace torch_tidy {

SourceLocation firstReadAfterWrites(llvm::ArrayRef<const Expr *> Values,
                                    llvm::ArrayRef<const Expr *> Reads,
                                    const SourceManager &SM) {
  SourceLocation LastWrite, First;
  for (const Expr *W : Values)
    if (LastWrite.isInvalid() || SM.isBeforeInTranslationUnit(LastWrite, W->getEndLoc()))
      LastWrite = W->getEndLoc();
  for (const Expr *R : Reads) {
    if (LastWrite.isValid() && !SM.isBeforeInTranslationUnit(LastWrite, R->getBeginLoc()))
      return {};
    if (First.isInvalid() || SM.isBeforeInTranslationUnit(R->getBeginLoc(), First))
      First = R->getBeginLoc();
  }
  return First;
}

} // namespace torch_tidy
