//===- AnnotationCheck.h - torch-annotation ---------------------*- C++ -*-===//
#ifndef TORCH_TIDY_ANNOTATIONCHECK_H
#define TORCH_TIDY_ANNOTATIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace torch_tidy {

/// A `[[clang::annotate("torch-tidy:...")]]` that states nothing: an unknown
/// key or dtype, an unparsable device, a missing '=', a duplicate key, an
/// empty list, a value that contradicts another annotation of the same
/// declaration, or an annotation on a declaration torch-tidy does not track.
/// The analysis reads a malformed annotation as no annotation.
/// Docs: checker/docs/torch-annotation.md
class AnnotationCheck : public clang::tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  /// Annotations as written: none of template instantiations' copies.
  std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
    return clang::TK_IgnoreUnlessSpelledInSource;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
};

} // namespace torch_tidy

#endif
