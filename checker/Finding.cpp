//===- Finding.cpp --------------------------------------------------------===//
#include "Finding.h"
#include "TorchTidyCheck.h"
#include "ConditionalFindings.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace torch_tidy {

Finding::Finding(TorchTidyCheck &Check, SourceLocation Loc, StringRef Format,
                 DiagnosticIDs::Level Level)
    : Check(&Check) {
  Messages.push_back({Loc, Format.str(), Level, {}, {}});
}

Finding &Finding::operator<<(StringRef Arg) {
  Messages.back().Args.push_back(Arg.str());
  return *this;
}

Finding &Finding::operator<<(const FixItHint &Fix) {
  Messages.back().Fixes.push_back(Fix);
  return *this;
}

Finding &Finding::note(SourceLocation Loc, StringRef Format) {
  Messages.push_back({Loc, Format.str(), DiagnosticIDs::Note, {}, {}});
  return *this;
}

Finding &Finding::sameBugAs(StringRef Format, llvm::ArrayRef<std::string> Args) {
  FindingMessage Plain{{}, Format.str(), DiagnosticIDs::Warning, {}, {}};
  Plain.Args.append(Args.begin(), Args.end());
  SameBugs.push_back(Plain.text());
  return *this;
}

std::string FindingMessage::text() const {
  std::string Out;
  StringRef F(Format);
  while (!F.empty()) {
    size_t Pct = F.find('%');
    Out += F.take_front(Pct).str();
    if (Pct == StringRef::npos)
      break;
    F = F.drop_front(Pct + 1);
    unsigned Index;
    if (!F.empty() && F[0] >= '0' && F[0] <= '9' &&
        !F.take_front(1).getAsInteger(10, Index) && Index < Args.size())
      Out += Args[Index];
    F = F.drop_front(1);
  }
  return Out;
}

/// After each note at a call whose state a summary of another file's
/// function gave, that summary's note: it names the file.
static void quoteSummaries(std::vector<FindingMessage> &Messages,
                           const TorchTidyCheck &Check) {
  llvm::SmallPtrSet<const CallRule *, 2> Quoted;
  for (size_t I = 1; I < Messages.size(); ++I) {
    const CallRule *R = Check.summaryUsedAt(Messages[I].Loc);
    if (!R || !Quoted.insert(R).second)
      continue;
    Messages.insert(Messages.begin() + I + 1,
                    {Messages[I].Loc, "%0", DiagnosticIDs::Note, {R->Note}, {}});
    ++I;
  }
}

Finding::~Finding() {
  if (!Check || Messages.empty())
    return;
  quoteSummaries(Messages, *Check);
  const FindingMessage &Main = Messages.front();
  std::string Text = Main.text();
  // Said at a call on the way here, the same words name the same bug.
  if (Check->saidAtTheCalls(Text))
    return;
  if (Check->Collecting) {
    Check->Collecting->add(std::move(Text), std::move(Messages),
                           TorchTidyCheck::chainNotes(Check->Chain));
    return;
  }
  if (!Check->firstTime(Main.Loc, Text))
    return;
  for (const std::string &Same : SameBugs)
    Check->firstTime(Main.Loc, Same);
  // A helper's code serves every caller, and a template's every
  // instantiation: a fix-it found for one is not certain for the others.
  bool Certain = !Check->inCallContext() && !Check->Instantiation;
  for (const FindingMessage &M : Messages) {
    auto D = Check->diag(M.Loc, M.Format, M.Level);
    for (const std::string &Arg : M.Args)
      D << Arg;
    if (Certain)
      for (const FixItHint &Fix : M.Fixes)
        D << Fix;
  }
  Check->noteCallChain();
  Check->noteInstantiation();
}

} // namespace torch_tidy
