//===- LastUse.cpp --------------------------------------------------------===//
#include "solver/LastUse.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torch_tidy {
namespace {

class UseFinder : public RecursiveASTVisitor<UseFinder> {
public:
  UseFinder(const SourceManager &SM, FileID File,
            llvm::DenseMap<const VarDecl *, unsigned> &Last,
            const Vocabulary &Words)
      : SM(SM), File(File), Last(Last), Words(Words) {}
  bool Usable = true;

  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    bool Loop = isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
    if (Loop && !OutermostLoop)
      OutermostLoop = S;
    if (isa<Expr>(S) && !FullExpr)
      FullExpr = S;
    bool Result = RecursiveASTVisitor::TraverseStmt(S);
    if (OutermostLoop == S)
      OutermostLoop = nullptr;
    if (FullExpr == S)
      FullExpr = nullptr;
    return Result;
  }
  bool VisitVarDecl(VarDecl *VD) {
    // Reads of `const auto &r = x;` read x.
    if (const VarDecl *Target = Words.aliasedVar(VD);
        Target && VD->isLocalVarDecl())
      Aliases.push_back({VD, Target});
    return true;
  }
  bool VisitGotoStmt(GotoStmt *) { return Usable = false; }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return Usable = false; }
  bool VisitDeclRefExpr(DeclRefExpr *DR) {
    const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
    if (!VD || !VD->isLocalVarDecl())
      return true; // only locals are ever dropped
    // A block may start inside the expression that reads VD (calls end
    // blocks) and still use the value: the read lasts to its end.
    SourceLocation L = OutermostLoop ? OutermostLoop->getEndLoc()
                       : FullExpr    ? FullExpr->getEndLoc()
                                     : DR->getEndLoc();
    auto [F, Offset] = SM.getDecomposedExpansionLoc(L);
    if (F != File)
      return Usable = false;
    unsigned &Slot = Last[VD];
    Slot = std::max(Slot, Offset);
    return true;
  }

  llvm::SmallVector<std::pair<const VarDecl *, const VarDecl *>, 4> Aliases;

private:
  const SourceManager &SM;
  FileID File;
  llvm::DenseMap<const VarDecl *, unsigned> &Last;
  const Vocabulary &Words;
  const Stmt *OutermostLoop = nullptr;
  const Stmt *FullExpr = nullptr; // the outermost expression around a read
};

} // namespace

LastUse::LastUse(const FunctionDecl *FD, const SourceManager &SM,
                 const Vocabulary &Words)
    : SM(SM) {
  const Stmt *Body = FD->getBody();
  File = SM.getFileID(SM.getExpansionLoc(Body->getBeginLoc()));
  UseFinder Finder(SM, File, Last, Words);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  Usable = Finder.Usable;
  // A variable lives as long as the references that read it: `r2 = r1 = x`.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto [Ref, Target] : Finder.Aliases) {
      auto It = Last.find(Ref);
      if (It == Last.end() || !Target->isLocalVarDecl())
        continue;
      unsigned RefLast = It->second;
      unsigned &Slot = Last[Target];
      if (Slot < RefLast) {
        Slot = RefLast;
        Changed = true;
      }
    }
  }
}

bool LastUse::deadAt(const VarDecl *VD, const CFGBlock &B) const {
  if (!Usable)
    return false;
  for (const CFGElement &El : B) {
    auto CS = El.getAs<CFGStmt>();
    if (!CS)
      continue;
    auto [F, Start] = SM.getDecomposedExpansionLoc(CS->getStmt()->getBeginLoc());
    if (F != File)
      return false;
    auto It = Last.find(VD);
    return It == Last.end() || It->second < Start;
  }
  return false; // a block with no statements: keep everything
}

} // namespace torch_tidy
