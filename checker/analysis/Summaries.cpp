//===- Summaries.cpp ------------------------------------------------------===//
#include "analysis/Summaries.h"
#include "analysis/FunctionAnalysis.h"
#include "analysis/Members.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// What the callee sees of an argument: its values, with every origin moved
/// to the parameter, so that one summary serves every caller.
template <typename T> void anonymize(Fact<T> &F, SourceLocation Param) {
  if (F.S == Fact<T>::Bottom)
    F = Fact<T>::top(); // not yet set on some path of the caller: unknown
  F.Origin = F.isKnown() ? Param : SourceLocation();
  F.Spelling = nullptr;
}

void encode(llvm::raw_ostream &OS, const Fact<Dtype> &F) {
  OS << int(F.S);
  if (F.isKnown())
    OS << ':' << int(F.Value) << ':' << F.FromModuleOutput;
  OS << ',';
}
void encode(llvm::raw_ostream &OS, const Fact<Device> &F) {
  OS << int(F.S);
  if (F.isKnown())
    OS << ':' << F.Value.Kind << ':' << F.Value.Index << ':'
       << F.FromModuleOutput;
  OS << ',';
}

const Fact<Dtype> &componentOf(const Facts &F, const Fact<Dtype> &) {
  return F.DType;
}
const Fact<Device> &componentOf(const Facts &F, const Fact<Device> &) {
  return F.Dev;
}

/// Gives back to a fact that passed through the callee unchanged the origin
/// (and spelling) it has at the caller; a fact made inside the callee keeps
/// its origin there, but not its spelling, which names the callee's code.
template <typename T>
void restore(Fact<T> &F, const FunctionDecl *Def,
             llvm::ArrayRef<std::optional<Value>> Args) {
  F.Spelling = nullptr;
  if (!F.isKnown())
    return;
  for (unsigned I = 0; I < Args.size(); ++I)
    if (Args[I] && F.Origin == Def->getParamDecl(I)->getLocation()) {
      const Fact<T> &Given = componentOf(Args[I]->State, F);
      F.Origin = Given.Origin;
      F.Spelling = Given.Spelling;
      return;
    }
}

void restore(Facts &F, const FunctionDecl *Def,
             llvm::ArrayRef<std::optional<Value>> Args) {
  restore(F.DType, Def, Args);
  restore(F.Dev, Def, Args);
}

} // namespace

const FunctionDecl *Summaries::summarizable(const CallParts &P) const {
  const FunctionDecl *Def = nullptr;
  if (!P.Callee || !P.Callee->hasBody(Def) || !Def)
    return nullptr;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Def); M && M->isVirtual()) {
    // Only a call that cannot dispatch to an override.
    const CXXMethodDecl *Target =
        P.Receiver ? M->getDevirtualizedMethod(P.Receiver, false) : nullptr;
    Def = nullptr;
    if (!Target || !Target->hasBody(Def) || !Def)
      return nullptr;
  }
  if (Def->isInvalidDecl() || Def->isDependentContext() || Def->isVariadic() ||
      isa<CXXConstructorDecl, CXXDestructorDecl>(Def) ||
      inLibraryNamespace(Def) ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

Value Summaries::returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                          const Env &S) {
  const FunctionDecl *Def = K == ValueKind::None ? nullptr : summarizable(P);
  if (!Def)
    return Value::unknown(K);
  // Recursion, direct or mutual: unknown. What the frames above the
  // callee's own computed depends on where the cycle was entered.
  for (unsigned I = 0; I < Stack.size(); ++I)
    if (Stack[I].Fn == Def) {
      for (unsigned J = I + 1; J < Stack.size(); ++J)
        Stack[J].Cut = true;
      return Value::unknown(K);
    }
  unsigned Remaining = MaxDepth - Stack.size();
  if (Remaining == 0) {
    Stack.back().Truncated = true;
    return Value::unknown(K);
  }

  // Seed the members a method reads, and by-value and const-reference
  // parameters from the arguments.
  Env Entry = Mem ? Mem->entryOf(Def) : Env{};
  Entry.Reached = true;
  llvm::SmallVector<std::optional<Value>, 4> Given(Def->getNumParams());
  std::string Key;
  llvm::raw_string_ostream OS(Key);
  OS << static_cast<const void *>(Def);
  for (const auto &[Member, V] : Entry.Vars) {
    encode(OS, V.State.DType);
    encode(OS, V.State.Dev);
  }
  for (unsigned I = 0; I < P.Args.size() && I < Def->getNumParams(); ++I) {
    OS << '|';
    const ParmVarDecl *PD = Def->getParamDecl(I);
    QualType T = PD->getType();
    ValueKind PK = kindOf(T);
    if (PK == ValueKind::None || PK == ValueKind::IValueList ||
        (T->isReferenceType() && !T.getNonReferenceType().isConstQualified()))
      continue;
    Value V = Caller.eval(P.Args[I], S);
    if (V.Kind != PK)
      continue;
    Value Seed{PK, V.State, {}, false};
    anonymize(Seed.State.DType, PD->getLocation());
    anonymize(Seed.State.Dev, PD->getLocation());
    encode(OS, Seed.State.DType);
    encode(OS, Seed.State.Dev);
    Entry.at(PD) = std::move(Seed);
    Given[I] = std::move(V);
  }
  OS.flush();

  auto Finish = [&](Value V, unsigned Height, bool Truncated) {
    if (!Stack.empty()) {
      Stack.back().Height = std::max(Stack.back().Height, Height + 1);
      Stack.back().Truncated |= Truncated;
    }
    restore(V.State, Def, Given);
    for (ListElement &El : V.Elements) {
      restore(El.State, Def, Given);
      El.Arg = nullptr; // the callee's code: no fix-it goes there
    }
    return V;
  };
  if (auto It = Cache.find(Key); It != Cache.end())
    for (const Cached &C : It->second)
      if (C.Truncated ? C.Remaining == Remaining : C.Height < Remaining)
        return Finish(C.Returned, C.Height, C.Truncated);

  Stack.push_back({Def});
  std::optional<Value> Returned = analyzeReturns(
      Def, Ctx, Rules, Modules, Files, *this, std::move(Entry), K);
  Frame F = Stack.back();
  Stack.pop_back();
  Value V = Returned ? std::move(*Returned) : Value::unknown(K);
  if (!F.Cut)
    Cache[Key].push_back({V, F.Height, F.Truncated, Remaining});
  return Finish(std::move(V), F.Height, F.Truncated);
}

} // namespace torch_tidy
