//===- Summaries.h - What calls to the user's functions return --*- C++ -*-===//
//
// Follows values through calls within the translation unit: a call that no
// rule covers, to a function whose body is visible, gets the join of the
// callee's `return` statements, analyzed with its by-value and
// const-reference parameters seeded from the arguments at the call.
// Summaries are cached per (callee, argument states); recursion and depth
// beyond MaxDepth give unknown.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_SUMMARIES_H
#define TORCH_TIDY_ANALYSIS_SUMMARIES_H

#include "analysis/Evaluator.h"
#include "analysis/ModuleModel.h"
#include "analysis/State.h"
#include "rules/RuleSet.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace torch_tidy {

class Members;

class Summaries {
public:
  Summaries(clang::ASTContext &Ctx, const RuleSet &Rules, ModuleModel &Modules,
            const ModelFiles &Files)
      : Ctx(Ctx), Rules(Rules), Modules(Modules), Files(Files) {}

  /// How many calls deep one summary may look.
  static constexpr unsigned MaxDepth = 6;

  /// The definition a call would be summarized from: a visible body outside
  /// the libraries, not a template pattern, not a virtual call that could
  /// dispatch elsewhere. Null when there is none.
  const clang::FunctionDecl *summarizable(const CallParts &P) const;

  /// Where summaries of methods find what members hold; null: unknown.
  Members *members() const { return Mem; }
  void setMembers(Members *M) { Mem = M; }

  /// The value the call P returns, its arguments evaluated by Caller in S;
  /// unknown of kind K when the callee cannot be summarized.
  Value returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                 const Env &S);

private:
  struct Frame {
    const clang::FunctionDecl *Fn;
    unsigned Height = 0;   // calls nested below this one
    bool Truncated = false; // some call below hit MaxDepth
    bool Cut = false;       // some call below was recursive: do not cache
  };
  struct Cached {
    Value Returned;
    unsigned Height;
    bool Truncated;
    unsigned Remaining; // the depth it was computed with, if Truncated
  };

  clang::ASTContext &Ctx;
  const RuleSet &Rules;
  ModuleModel &Modules;
  const ModelFiles &Files;
  Members *Mem = nullptr;
  std::vector<Frame> Stack;
  llvm::StringMap<std::vector<Cached>> Cache;
};

} // namespace torch_tidy

#endif
