//===- ExplainCheck.cpp ---------------------------------------------------===//
#include "ExplainCheck.h"

namespace torch_tidy {

void ExplainCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  TorchTidyCheck::storeOptions(Opts);
  Options.store(Opts, "TorchExplain", Enabled ? "true" : "false");
}

ExplainTally &ExplainCheck::tallyOf(clang::ASTContext &Ctx) {
  if (this->Ctx != &Ctx) {
    Tally = ExplainTally();
    this->Ctx = &Ctx;
  }
  return Tally;
}

void ExplainCheck::checkFunction(const FunctionView &View,
                                 clang::ASTContext &Ctx) {
  // A function's own analysis: what the checks decide for it as written.
  if (!Enabled || inCallContext())
    return;
  explainFunction(
      *this, View, Ctx, [this](llvm::StringRef Name) { return isEnabled(Name); },
      tallyOf(Ctx));
}

void ExplainCheck::notAnalyzed(const clang::FunctionDecl *FD, NotAnalyzed Why,
                               clang::ASTContext &Ctx) {
  if (!Enabled || inCallContext())
    return;
  explainNotAnalyzed(*this, FD, Why, tallyOf(Ctx));
}

void ExplainCheck::onEndOfTranslationUnit() {
  TorchTidyCheck::onEndOfTranslationUnit();
  if (Enabled && Ctx)
    explainSummary(*this, *Ctx, Tally);
  Tally = ExplainTally();
  Ctx = nullptr;
}

} // namespace torch_tidy
