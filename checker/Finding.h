//===- Finding.h - One warning with its notes, reported once ----*- C++ -*-===//
//
// A check describes a finding piece by piece, as with clang-tidy's diag():
// the warning's message and arguments, its fix-its, then its notes. The
// finding is reported when it goes out of scope, followed by notes that
// lead back through the calls it was found in (a helper analyzed with a
// caller's states), unless the same warning (check, place, text) was
// already reported in this translation unit: a helper called by many
// callers with the same states has one bug, not many. A finding made only
// for a caller's states carries no fix-it: the helper serves every caller;
// nor does one in a template's instantiation, which ends with a note where
// the instantiation was required.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_FINDING_H
#define TORCH_TIDY_FINDING_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace torch_tidy {

class TorchTidyCheck;

/// The warning of a finding, or one of its notes.
struct FindingMessage {
  clang::SourceLocation Loc;
  std::string Format;
  clang::DiagnosticIDs::Level Level;
  llvm::SmallVector<std::string, 3> Args;
  llvm::SmallVector<clang::FixItHint, 1> Fixes;
  /// The message with its arguments in place.
  std::string text() const;
};

class Finding {
public:
  Finding(TorchTidyCheck &Check, clang::SourceLocation Loc,
          llvm::StringRef Format,
          clang::DiagnosticIDs::Level Level = clang::DiagnosticIDs::Warning);
  Finding(Finding &&) = default;
  Finding(const Finding &) = delete;
  ~Finding();

  Finding &operator<<(llvm::StringRef Arg);
  Finding &operator<<(const std::string &Arg) { return *this << llvm::StringRef(Arg); }
  Finding &operator<<(const char *Arg) { return *this << llvm::StringRef(Arg); }
  Finding &operator<<(const clang::FixItHint &Fix);
  /// Starts a note; the arguments that follow are the note's.
  Finding &note(clang::SourceLocation Loc, llvm::StringRef Format);
  /// The words this bug has without its condition (a setting's finding,
  /// "when 'dtype_' is Half, input tensor is Float ...", is the bug a run
  /// under a flag tied to the setting words "input tensor is Float ..."):
  /// once this finding is reported, a finding with them at its place is
  /// not reported again.
  Finding &sameBugAs(llvm::StringRef Format,
                     llvm::ArrayRef<std::string> Args);

private:
  TorchTidyCheck *Check;
  std::vector<FindingMessage> Messages; // the warning, then its notes
  std::vector<std::string> SameBugs;
};

} // namespace torch_tidy

#endif
