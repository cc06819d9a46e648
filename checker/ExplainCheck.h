//===- ExplainCheck.h - torch-explain ---------------------------*- C++ -*-===//
#ifndef TORCH_TIDY_EXPLAINCHECK_H
#define TORCH_TIDY_EXPLAINCHECK_H

#include "Explain.h"
#include "TorchTidyCheck.h"

namespace torch_tidy {

/// With the `TorchExplain` option set to true, remarks that say, at each
/// place where a check compares states, whether both were known and else
/// why not, and a summary per translation unit; silent otherwise, so that
/// `torch-*` may name it. Docs: checker/docs/torch-explain.md
class ExplainCheck : public TorchTidyCheck {
public:
  ExplainCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : TorchTidyCheck(Name, Context),
        // Read as text, as TorchModelFileNotes is (ModuleInputCheck.h).
        Enabled(llvm::StringRef(Options.getLocalOrGlobal("TorchExplain",
                                                         "false"))
                    .equals_insensitive("true")) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;
  void notAnalyzed(const clang::FunctionDecl *FD, NotAnalyzed Why,
                   clang::ASTContext &Ctx) override;
  bool followsConditions() const override { return false; }

private:
  /// The tally of Ctx's translation unit, started afresh for a new one.
  ExplainTally &tallyOf(clang::ASTContext &Ctx);

  bool Enabled;
  ExplainTally Tally;
  clang::ASTContext *Ctx = nullptr;
};

} // namespace torch_tidy

#endif
