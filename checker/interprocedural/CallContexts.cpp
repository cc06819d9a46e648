//===- CallContexts.cpp ---------------------------------------------------===//
#include "interprocedural/CallContexts.h"
#include "ast/Strip.h"
#include "model/Interprocedural.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A fact not yet set on some path of the caller is unknown to the callee.
template <typename T> void settle(Fact<T> &F) {
  if (F.S == Fact<T>::Bottom)
    F = Fact<T>::top();
  F.Spelling = nullptr; // the caller's names are not in scope there
}

bool knowsSomething(const Facts &F) {
  return F.DType.isKnown() || F.Dev.isKnown();
}

/// For a call of a method of the caller's own class on `this`: the members
/// as the caller has them at the call.
void membersAtCall(const FunctionView &View, const ObservedCall &At,
                   const FunctionDecl *Def, Env &Entry) {
  const auto *Caller = dyn_cast_or_null<CXXMethodDecl>(View.function());
  const auto *Callee = dyn_cast<CXXMethodDecl>(Def);
  if (!Caller || !Callee || !thisOf(At.Parts.Receiver) ||
      Caller->getParent() != Callee->getParent())
    return;
  for (auto &[D, V] : Entry.Vars)
    if (isa<FieldDecl>(D))
      if (const Value *Now = At.Before->find(D))
        V = *Now;
}

} // namespace

std::optional<CallContext> callContext(const FunctionView &View,
                                     const ObservedCall &At, Members &Mem,
                                     Interprocedural &Across) {
  const FunctionDecl *Def = Across.definitionFor(At.Parts);
  if (!Def || At.Rule)
    return std::nullopt;
  const Vocabulary &Words = View.model().Words;
  CallContext C{Def, Mem.entryOf(Def), ""};
  C.Entry.Reached = true;
  membersAtCall(View, At, Def, C.Entry);
  bool Known = false;
  for (unsigned I = 0; I < At.Parts.Args.size() && I < Def->getNumParams(); ++I) {
    const ParmVarDecl *PD = Def->getParamDecl(I);
    ValueKind PK = Words.kindOf(PD->getType());
    if (PK == ValueKind::None)
      continue;
    Value V = View.valueOf(At.Parts.Args[I], At);
    if (V.Kind != PK)
      continue;
    settle(V.State.DType);
    settle(V.State.Dev);
    settle(V.State.Shape);
    for (ListElement &El : V.Elements)
      El.Arg = nullptr; // the caller's code: no fix-it goes there
    Known = Known || knowsSomething(V.State) ||
            llvm::any_of(V.Elements, [](const ListElement &El) {
              return knowsSomething(El.State);
            });
    C.Entry.at(PD) = std::move(V);
  }
  if (!Known)
    return std::nullopt;
  llvm::raw_string_ostream OS(C.Key);
  OS << static_cast<const void *>(Def);
  for (const auto &[D, V] : C.Entry.Vars) {
    OS << '|' << static_cast<const void *>(D) << ':' << int(V.Kind) << ':';
    V.State.encode(OS);
    for (const ListElement &El : V.Elements)
      El.State.encode(OS);
  }
  OS.flush();
  return C;
}

} // namespace torch_tidy
