//===- Summaries.cpp ------------------------------------------------------===//
#include "interprocedural/Summaries.h"
#include "domain/Limits.h"
#include "model/Calls.h"
#include "interprocedural/Members.h"
#include "interprocedural/Objects.h"
#include "solver/Solver.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// What the callee sees of an argument: its values, with every origin moved
/// to the parameter, so that one summary serves every caller.
template <typename T> void anonymize(Fact<T> &F, SourceLocation Param) {
  // Not yet set on some path of the caller, or a setting of the caller's
  // object (which the callee's `this` is not): unknown.
  if (F.S == Fact<T>::Bottom || F.isSymbolic())
    F = Fact<T>::top();
  F.Origin = F.isKnown() ? Param : SourceLocation();
  F.Spelling = nullptr;
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
      const Fact<T> &Given = Args[I]->State.template get<T>();
      F.Origin = Given.Origin;
      F.Spelling = Given.Spelling;
      return;
    }
}

void restore(Facts &F, const FunctionDecl *Def,
             llvm::ArrayRef<std::optional<Value>> Args) {
  restore(F.DType, Def, Args);
  restore(F.Dev, Def, Args);
  restore(F.Shape, Def, Args);
}

} // namespace

bool takenFromArgument(const ParmVarDecl *PD, const Vocabulary &Words) {
  QualType T = PD->getType();
  ValueKind K = Words.kindOf(T);
  return K != ValueKind::None && K != ValueKind::IValueList &&
         !(T->isReferenceType() && !T.getNonReferenceType().isConstQualified());
}

const FunctionDecl *Summaries::summarizable(const CallParts &P) const {
  const FunctionDecl *Def = nullptr;
  if (!P.Callee || !P.Callee->hasBody(Def) || !Def)
    return nullptr;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def); MD && MD->isVirtual()) {
    // Only a call that cannot dispatch to an override.
    const CXXMethodDecl *Target =
        P.Receiver ? MD->getDevirtualizedMethod(P.Receiver, false) : nullptr;
    Def = nullptr;
    if (!Target || !Target->hasBody(Def) || !Def)
      return nullptr;
  }
  if (Def->isInvalidDecl() || Def->isDependentContext() || Def->isVariadic() ||
      isa<CXXConstructorDecl, CXXDestructorDecl>(Def) ||
      M.Words.isLibraryCode(Def) ||
      M.Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

bool Summaries::recursive(const FunctionDecl *Def) {
  // What the frames above the callee's own computed depends on where the
  // cycle was entered: they are not cached.
  for (unsigned I = 0; I < Stack.size(); ++I)
    if (Stack[I].Fn == Def) {
      for (unsigned J = I + 1; J < Stack.size(); ++J)
        Stack[J].Cut = true;
      return true;
    }
  return false;
}

Summaries::Seeded Summaries::seed(const FunctionDecl *Def, const CallParts &P,
                                  const Value *Object, Evaluator &Caller,
                                  const Env &S) {
  // Seed the members a method reads, and by-value and const-reference
  // parameters from the arguments.
  Seeded Out{Mem.entryOf(Def), "", {}, Paths.at(P, Def)};
  Out.Entry.Reached = true;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def); Object && MD)
    overlayObject(*Object, Mem.shapeOfClass(MD->getParent()), Out.Entry);
  Out.Given.resize(Def->getNumParams());
  llvm::raw_string_ostream OS(Out.Key);
  OS << static_cast<const void *>(Def);
  for (const auto &[Member, V] : Out.Entry.Vars)
    V.State.encode(OS);
  for (unsigned I = 0; I < P.Args.size() && I < Def->getNumParams(); ++I) {
    OS << '|';
    const ParmVarDecl *PD = Def->getParamDecl(I);
    if (!takenFromArgument(PD, M.Words))
      continue;
    ValueKind PK = M.Words.kindOf(PD->getType());
    Value V = Caller.eval(P.Args[I], S);
    if (V.Kind != PK)
      continue;
    Value Arg = Value::of(PK, V.State);
    anonymize(Arg.State.DType, PD->getLocation());
    anonymize(Arg.State.Dev, PD->getLocation());
    anonymize(Arg.State.Shape, PD->getLocation());
    Arg.State.encode(OS);
    Out.Entry.at(PD) = std::move(Arg);
    Out.Given[I] = std::move(V);
  }
  encodePaths(Out.Files, M.Ctx.getSourceManager(), OS);
  OS.flush();
  return Out;
}

Value Summaries::finish(Value V, const FunctionDecl *Def, const Seeded &Seed,
                        unsigned Height, bool Truncated) {
  if (!Stack.empty()) {
    Stack.back().Height = std::max(Stack.back().Height, Height + 1);
    Stack.back().Truncated |= Truncated;
  }
  restore(V.State, Def, Seed.Given);
  for (ListElement &El : V.Elements) {
    restore(El.State, Def, Seed.Given);
    El.Arg = nullptr; // the callee's code: no fix-it goes there
  }
  return V;
}

Value Summaries::returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                          const Env &S) {
  const FunctionDecl *Def = K == ValueKind::None ? nullptr : summarizable(P);
  SourceLocation Loc = P.Callee->getLocation();
  if (!Def)
    return Value::unknown(K, unknownResult(M.Words, P.Callee, Loc));
  if (recursive(Def))
    return Value::unknown(K, {Why::Limit, Loc, {}, Def});
  unsigned Remaining = limits::SummaryDepth - Stack.size();
  if (Remaining == 0) {
    Stack.back().Truncated = true;
    return Value::unknown(K, {Why::Limit, Loc, {}, Def});
  }
  const Value *Object = nullptr;
  if (auto It = P.Receiver ? Caller.ObjectsBefore.find(P.Receiver)
                           : Caller.ObjectsBefore.end();
      It != Caller.ObjectsBefore.end())
    Object = &It->second;
  Seeded Seed = seed(Def, P, Object, Caller, S);
  if (auto It = Cache.find(Seed.Key); It != Cache.end())
    for (const Cached &C : It->second)
      if (C.Truncated ? C.Remaining == Remaining : C.Height < Remaining)
        return finish(C.Returned, Def, Seed, C.Height, C.Truncated);
  Stack.push_back({Def});
  std::optional<Value> Returned =
      solveReturns(M, Def, Seed.Entry, K, Seed.Files);
  Frame F = Stack.back();
  Stack.pop_back();
  Value V = Returned ? std::move(*Returned) : Value::unknown(K);
  if (!F.Cut)
    Cache[Seed.Key].push_back({V, F.Height, F.Truncated, Remaining});
  return finish(std::move(V), Def, Seed, F.Height, F.Truncated);
}

std::optional<Env> Summaries::exitsOf(const FunctionDecl *Def,
                                      const CallParts &P, const Value *Object,
                                      Evaluator &Caller, const Env &S) {
  if (recursive(Def))
    return std::nullopt;
  if (Stack.size() >= limits::SummaryDepth) {
    if (!Stack.empty())
      Stack.back().Truncated = true;
    return std::nullopt;
  }
  Seeded Seed = seed(Def, P, Object, Caller, S);
  // Cached as the callee sees them: origins of the arguments at the
  // parameters, moved back to each call's arguments.
  auto Restored = [&](std::optional<Env> Exits) {
    if (Exits)
      for (auto &[D, V] : Exits->Vars) {
        restore(V.State, Def, Seed.Given);
        for (ListElement &El : V.Elements) {
          restore(El.State, Def, Seed.Given);
          El.Arg = nullptr;
        }
      }
    return Exits;
  };
  if (auto It = ExitCache.find(Seed.Key); It != ExitCache.end())
    return Restored(It->second);
  Stack.push_back({Def});
  std::optional<Env> Exits =
      solveMemberExits(M, Def, Seed.Entry, /*ForInvariant=*/false, Seed.Files);
  Frame F = Stack.back();
  Stack.pop_back();
  if (!Stack.empty()) {
    Stack.back().Height = std::max(Stack.back().Height, F.Height + 1);
    Stack.back().Truncated |= F.Truncated;
  }
  if (!F.Cut && !F.Truncated)
    ExitCache[Seed.Key] = Exits;
  return Restored(std::move(Exits));
}

} // namespace torch_tidy
