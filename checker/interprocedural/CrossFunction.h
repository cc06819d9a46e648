//===- CrossFunction.h - Summaries and members, behind one face -*- C++ -*-===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_CROSSFUNCTION_H
#define TORCH_TIDY_INTERPROCEDURAL_CROSSFUNCTION_H

#include "interprocedural/Members.h"
#include "interprocedural/Objects.h"
#include "interprocedural/Settings.h"
#include "interprocedural/Summaries.h"
#include "model/Interprocedural.h"

namespace torch_tidy {

/// What the model learns from other bodies of the translation unit: what
/// the user's functions return (Summaries.h), what class members hold
/// (Members.h) and how objects used through their methods change
/// (Objects.h). Its ModelContext must name it as `Across`.
class CrossFunction : public Interprocedural {
public:
  /// Assumed: the values of class flags every class's methods are run
  /// under (ClassFlags.h); none for the analysis of all objects.
  explicit CrossFunction(const ModelContext &M, Valuation Assumed = {})
      : Mem(M, std::move(Assumed)), Sums(M, Mem), Sets(M, Mem), Objs(M, Mem, Sums) {}

  Value returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                 const Env &S) override {
    return Sums.returnOf(P, K, Caller, S);
  }
  const clang::FunctionDecl *definitionFor(const CallParts &P) override {
    return Sums.summarizable(P);
  }
  Value memberAnywhere(const clang::FieldDecl *F) override {
    return Mem.anywhere(F);
  }
  const Setting &settingOf(const clang::ValueDecl *F) override {
    return Sets.of(F);
  }
  bool followsObject(const clang::VarDecl *VD) override {
    return Objs.followed(VD);
  }
  Value objectMade(clang::QualType T, const clang::Expr *Init,
                   Evaluator &Caller, const Env &S) override {
    return Objs.made(T, Init, Caller, S);
  }
  Value objectAfterCall(const CallParts &P, const Value &Object,
                        Evaluator &Caller, const Env &S) override {
    return Objs.afterCall(P, Object, Caller, S);
  }
  PathArguments pathArguments(const CallParts &P,
                              const clang::FunctionDecl *Def) override {
    return Sums.pathArguments(P, Def);
  }
  Env memberEntry(const clang::FunctionDecl *Fn) override {
    return Mem.entryOf(Fn);
  }
  bool followsMembers(const clang::FunctionDecl *Fn) override {
    return Mem.followedIn(Fn);
  }
  void memberCallEffect(const CallParts &P, Evaluator &Ev, Env &E) override {
    // Outside the invariant's computation, a call on `this` is followed
    // from the members' states at the call.
    if (!Ev.MembersOnly && Objs.thisCall(P, Ev, E))
      return;
    Mem.callEffect(P, Ev.function(), E, Ev.MembersOnly);
  }

  Members &members() { return Mem; }

private:
  Members Mem;
  Summaries Sums;
  Settings Sets;
  Objects Objs;
};

} // namespace torch_tidy

#endif
