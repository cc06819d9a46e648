//===- TraversalScope.cpp -------------------------------------------------===//
#include "TraversalScope.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace torch_tidy {

/// True when a registered check that is not a torch-* check is enabled for
/// the current file. Checks the registry rather than the Checks glob, so
/// that every spelling of the glob is judged the same way.
static bool otherChecksEnabled(const tidy::ClangTidyContext &Tidy) {
  tidy::ClangTidyCheckFactories Factories;
  for (const auto &Entry : tidy::ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  for (const auto &Factory : Factories) {
    StringRef Name = Factory.getKey();
    if (!Name.starts_with("torch-") && Tidy.isCheckEnabled(Name))
      return true;
  }
  return false;
}

/// Whether the traversal can leave out a top-level declaration: one of a
/// header or of the precompiled header, in a system header or one of the
/// libraries' own namespaces, whose code the torch analysis neither
/// analyzes nor reports on (and which carry no torch-tidy annotations for
/// torch-annotation to report). The main file's declarations are always
/// kept.
static bool skippable(const Decl *D, const SourceManager &SM,
                      const Vocabulary &Words) {
  SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
  if (!D->isFromASTFile() && SM.isInMainFile(Loc))
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(D);
  return SM.isInSystemHeader(Loc) || (NS && Words.isLibraryNamespace(NS));
}

static bool hasWholeScope(const ASTContext &Ctx) {
  std::vector<Decl *> Scope = Ctx.getTraversalScope();
  return Scope.size() == 1 && isa<TranslationUnitDecl>(Scope.front());
}

bool limitTraversalToLocalDecls(ASTContext &Ctx,
                                const tidy::ClangTidyContext &Tidy,
                                const Vocabulary &Words) {
  if (Ctx.getLangOpts().Modules || !hasWholeScope(Ctx) ||
      Tidy.getOptions().SystemHeaders.value_or(false) ||
      otherChecksEnabled(Tidy))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> Local;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!skippable(D, SM, Words))
      Local.push_back(D);
  Ctx.setTraversalScope(Local);
  return true;
}

void restoreTraversalScope(ASTContext &Ctx) {
  Ctx.setTraversalScope({Ctx.getTranslationUnitDecl()});
}

} // namespace torch_tidy
