//===- ExplainCheck.cpp ---------------------------------------------------===//
#include "ExplainCheck.h"

namespace torch_tidy {

void ExplainCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  TorchTidyCheck::storeOptions(Opts);
  Options.store(Opts, "TorchExplain", Enabled ? "true" : "false");
}

void ExplainCheck::checkFunction(const FunctionView &View,
                                 clang::ASTContext &Ctx) {
  // A function's own analysis: what the checks decide for it as written.
  if (!Enabled || inCallContext())
    return;
  if (this->Ctx != &Ctx) {
    Tally = ExplainTally();
    this->Ctx = &Ctx;
  }
  explainFunction(
      *this, View, Ctx, [this](llvm::StringRef Name) { return isEnabled(Name); },
      Tally);
}

void ExplainCheck::onEndOfTranslationUnit() {
  TorchTidyCheck::onEndOfTranslationUnit();
  if (Enabled && Ctx)
    explainSummary(*this, *Ctx, Tally);
  Tally = ExplainTally();
  Ctx = nullptr;
}

} // namespace torch_tidy
