//===- PathParameters.cpp -------------------------------------------------===//
#include "interprocedural/PathParameters.h"
#include "ast/Literals.h"
#include "ast/SourceFiles.h"
#include "domain/Limits.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

namespace {

/// Each parameter of a body named as a model file's path, in the order
/// met, with how many times it is, and how many times it is used at all.
struct Scan : RecursiveASTVisitor<Scan> {
  const ModelContext &M;
  const FunctionDecl *Def;
  llvm::SmallVector<const ParmVarDecl *, 1> Named;
  llvm::DenseMap<const ParmVarDecl *, unsigned> PathUses, Uses;

  Scan(const ModelContext &M, const FunctionDecl *Def) : M(M), Def(Def) {}
  bool VisitCallExpr(CallExpr *CE) {
    std::optional<CallParts> P = splitCall(CE);
    const CallRule *R = P ? M.Calls.ruleFor(*P) : nullptr;
    if (!R || !R->readsModelFile() || R->PathArg >= P->Args.size())
      return true;
    const ParmVarDecl *PD = passedParameter(P->Args[R->PathArg]);
    if (PD && PD->getDeclContext() == Def && PathUses[PD]++ == 0)
      Named.push_back(PD);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DR) {
    if (const auto *PD = dyn_cast<ParmVarDecl>(DR->getDecl()))
      ++Uses[PD];
    return true;
  }
};

} // namespace

const PathParameters::Params &PathParameters::of(const FunctionDecl *Def) {
  if (auto It = Cache.find(Def); It != Cache.end())
    return It->second;
  Params Out;
  if (Def->getBody()) {
    Scan S(M, Def);
    S.TraverseStmt(Def->getBody());
    for (const ParmVarDecl *PD : S.Named) {
      QualType T = PD->getType();
      bool Unchangeable = T->isReferenceType()
                              ? T.getNonReferenceType().isConstQualified()
                              : T.isConstQualified();
      if (Unchangeable || S.Uses[PD] == S.PathUses[PD])
        Out.push_back(PD);
    }
  }
  return Cache[Def] = std::move(Out);
}

PathArguments PathParameters::at(const CallParts &At, const FunctionDecl *Def) {
  PathArguments Out;
  for (const ParmVarDecl *PD : of(Def)) {
    unsigned I = PD->getFunctionScopeIndex();
    if (I < At.Args.size() && literalText(At.Args[I], limits::LiteralDepth))
      Out.push_back({PD, At.Args[I]});
  }
  return Out;
}

void encodePaths(const PathArguments &Paths, const SourceManager &SM,
                 llvm::raw_ostream &OS) {
  for (const PathArgument &A : Paths)
    OS << "|file:" << literalText(A.Literal, limits::LiteralDepth).value_or("")
       << '@' << directoryOf(A.Literal->getExprLoc(), SM);
}

} // namespace torch_tidy
