//===- AnnotationCheck.h - torch-annotation ---------------------*- C++ -*-===//
#ifndef TORCH_TIDY_ANNOTATIONCHECK_H
#define TORCH_TIDY_ANNOTATIONCHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// `torch-tidy:` annotations that state nothing: unknown keys or dtypes,
/// unparsable devices, contradictions, annotations on untracked types.
/// Docs: checker/docs/torch-annotation.md
class AnnotationCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;
  /// Annotations as written: none of template instantiations' copies.
  std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
    return clang::TK_IgnoreUnlessSpelledInSource;
  }
  void registerCheckMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void checkMatch(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
};

} // namespace torch_tidy

#endif
