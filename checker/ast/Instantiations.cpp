//===- Instantiations.cpp -------------------------------------------------===//
#include "ast/Instantiations.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torch_tidy {
namespace {

bool isLambdaBody(const FunctionDecl *F) {
  const auto *M = dyn_cast<CXXMethodDecl>(F);
  return M && M->getParent()->isLambda();
}

/// A class made from a template (not an explicit specialization, which is
/// written once).
bool instantiatedClass(const CXXRecordDecl *R) {
  const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(R);
  return S && S->getSpecializationKind() != TSK_Undeclared &&
         S->getSpecializationKind() != TSK_ExplicitSpecialization;
}

/// An implicit instantiation nothing calls: made to deduce a type.
bool unused(const FunctionDecl *F) {
  return F && F->getTemplateSpecializationKind() == TSK_ImplicitInstantiation &&
         !F->isUsed();
}

/// FD's own body throws somewhere.
bool throws(const FunctionDecl *FD) {
  struct Scan : RecursiveASTVisitor<Scan> {
    bool Found = false;
    bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
  } S;
  S.TraverseStmt(FD->getBody());
  return S.Found;
}

} // namespace

const NamedDecl *instantiationOf(const FunctionDecl *FD) {
  for (const DeclContext *C = FD; C; C = C->getParent()) {
    if (const auto *F = dyn_cast<FunctionDecl>(C); F && !isLambdaBody(F))
      return F->isTemplateInstantiation() ? F : nullptr;
    const auto *R = dyn_cast<CXXRecordDecl>(C);
    if (R && instantiatedClass(R))
      return R; // a lambda in a default member initializer
    if (const auto *V = dyn_cast_or_null<VarTemplateSpecializationDecl>(
            R && R->isLambda() ? R->getLambdaContextDecl() : nullptr))
      return V;
  }
  return FD->isTemplateInstantiation() ? FD : nullptr;
}

static SourceLocation requiredAt(const NamedDecl *Inst) {
  if (const auto *F = dyn_cast_or_null<FunctionDecl>(Inst))
    return isLambdaBody(F) ? SourceLocation() : F->getPointOfInstantiation();
  if (const auto *V = dyn_cast_or_null<VarTemplateSpecializationDecl>(Inst))
    return V->getPointOfInstantiation();
  if (const auto *R = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Inst))
    return R->getPointOfInstantiation();
  return {};
}

SourceLocation pointOfInstantiation(const NamedDecl *Inst,
                                    const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At = requiredAt(Inst);
  // A method the library required (a virtual one, by `std::make_unique`):
  // where the user's code required its class.
  if (At.isValid() && SM.isInSystemHeader(At))
    if (const auto *M = dyn_cast<CXXMethodDecl>(Inst))
      At = requiredAt(M->getParent());
  return At.isValid() && !SM.isInSystemHeader(At) ? At : SourceLocation();
}

std::string instantiationName(const NamedDecl *Inst, const ASTContext &Ctx) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy = Ctx.getPrintingPolicy();
  Policy.SuppressUnwrittenScope = true; // no "(anonymous namespace)::"
  Inst->getNameForDiagnostic(OS, Policy, /*Qualified=*/true);
  return Name;
}

bool madeToRun(const FunctionDecl *FD) {
  const NamedDecl *Inst = instantiationOf(FD);
  return !Inst || (!unused(FD) && !unused(dyn_cast<FunctionDecl>(Inst)));
}

bool callsMayNotReturn(const FunctionDecl *FD,
                       llvm::function_ref<bool(const FunctionDecl *)> Followed,
                       unsigned Depth) {
  struct Scan : RecursiveASTVisitor<Scan> {
    llvm::function_ref<bool(const FunctionDecl *)> Followed;
    unsigned Depth;
    bool Found = false;
    bool VisitCallExpr(CallExpr *CE) {
      const FunctionDecl *F = CE->getDirectCallee();
      if (F && F->isNoReturn())
        Found = true;
      else if (const FunctionDecl *Def = F ? F->getDefinition() : nullptr;
               Def && Def->getBody() && Followed(Def))
        Found = throws(Def) ||
                (Depth > 0 && callsMayNotReturn(Def, Followed, Depth - 1));
      return !Found;
    }
  } S{{}, Followed, Depth};
  if (FD && FD->getBody())
    S.TraverseStmt(FD->getBody());
  return S.Found;
}

} // namespace torch_tidy
