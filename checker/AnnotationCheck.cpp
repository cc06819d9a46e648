//===- AnnotationCheck.cpp ------------------------------------------------===//
#include "AnnotationCheck.h"
#include "model/Annotations.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace torch_tidy {

static constexpr char AnnotatedId[] = "annotated";

void AnnotationCheck::registerCheckMatchers(MatchFinder *Finder) {
  Finder->addMatcher(decl(hasAttr(attr::Annotate),
                          unless(isExpansionInSystemHeader()))
                         .bind(AnnotatedId),
                     this);
}

void AnnotationCheck::checkMatch(const MatchFinder::MatchResult &R) {
  const auto *D = R.Nodes.getNodeAs<Decl>(AnnotatedId);
  const Vocabulary &Words = modelOf(*R.Context, setup()).Words;
  for (const AnnotationProblem &P : annotationProblems(D, Words)) {
    diag(P.Loc, P.Message);
    if (P.Earlier.isValid())
      diag(P.Earlier, "the earlier annotation is here", DiagnosticIDs::Note);
  }
}

} // namespace torch_tidy
