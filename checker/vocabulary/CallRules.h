//===- CallRules.h - The rule for a call ------------------------*- C++ -*-===//
#ifndef TORCH_TIDY_VOCABULARY_CALLRULES_H
#define TORCH_TIDY_VOCABULARY_CALLRULES_H

#include "ast/CallParts.h"
#include "rules/RuleSet.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace torch_tidy {

/// Finds the rules that describe a callee, once per declaration.
class CallRules {
public:
  explicit CallRules(const RuleSet &Rules) : Rules(Rules) {}

  const RuleSet &rules() const { return Rules; }

  /// Every rule for D, a function (by its template pattern's name) or a
  /// member (`cv::Mat::data`), in the order added.
  llvm::ArrayRef<CallRule> rulesFor(const clang::NamedDecl *D);

  /// The rule for a call: the last one whose path glob matches the file its
  /// path argument names, else the last one without a glob; null if none.
  const CallRule *ruleFor(const CallParts &P);

  /// Records that the call at Call took its state from R; remembered when R
  /// is a summary of a function in another file (RuleSet.h, DefinedIn).
  void usedAt(clang::SourceLocation Call, const CallRule &R);
  /// The summary a call at Loc took its state from, or null.
  const CallRule *summaryUsedAt(clang::SourceLocation Loc) const;

  /// True when a call in Body converts a dtype or device as its rule says.
  bool mentionsConversion(const clang::Stmt *Body);

private:
  const RuleSet &Rules;
  llvm::DenseMap<const clang::NamedDecl *, llvm::ArrayRef<CallRule>> Cache;
  llvm::DenseMap<clang::SourceLocation, const CallRule *> SummaryUses;
};

} // namespace torch_tidy

#endif
