//===- Interprocedural.h - What the model asks beyond one body --*- C++ -*-===//
//
// The model evaluates one function body; what a call of the user's own
// function returns, and what the members of a class hold, come from
// knowledge about other bodies. This interface is how the model and the
// solver ask for it; interprocedural/ implements it (summaries and class
// members), so neither layer knows how the answers are computed.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_INTERPROCEDURAL_H
#define TORCH_TIDY_MODEL_INTERPROCEDURAL_H

#include "ast/CallParts.h"
#include "domain/Env.h"
#include "model/ModelFileLoads.h"
#include "clang/AST/Decl.h"

namespace torch_tidy {

class Evaluator;

/// A member of kind ScalarType or Device that only its class's
/// constructors write, each before it reads it (`dtype_` chosen from a
/// configuration): after construction it holds one value for the object's
/// life, so tensors converted with it agree whatever that value is
/// (Fact::Symbolic).
struct Setting {
  bool Stable = false;
  /// Every value the constructors give it, with where; complete only when
  /// Complete (each is a constant, or a `?:` of constants).
  struct Choice {
    Facts State;
    clang::SourceLocation At;
  };
  llvm::SmallVector<Choice, 4> Choices;
  bool Complete = false;
  /// For a local: where it is first read (the branches before choose it).
  clang::SourceLocation FirstRead;
};

class Interprocedural {
public:
  virtual ~Interprocedural() = default;

  /// The value the call P of a function in the user's code returns (of kind
  /// K), its arguments evaluated by Caller in S; unknown when the callee
  /// cannot be followed.
  virtual Value returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                         const Env &S) = 0;

  /// The body a call of the user's own code would be followed into: a
  /// visible definition outside the libraries that the call cannot
  /// dispatch away from; null for every other call.
  virtual const clang::FunctionDecl *definitionFor(const CallParts &P) = 0;

  /// What member F holds wherever its class's own flow does not say.
  virtual Value memberAnywhere(const clang::FieldDecl *F) = 0;

  /// The followed members of Fn's class with their states when Fn starts;
  /// an unreached Env when Fn's class has none.
  virtual Env memberEntry(const clang::FunctionDecl *Fn) = 0;

  /// True when VD, a local object of a class whose members are followed,
  /// is used only through its methods, so that its members' states can
  /// follow the calls (interprocedural/Objects.h).
  virtual bool followsObject(const clang::VarDecl *VD) = 0;

  /// The state (a ValueKind::Object) of a followed object of type T that
  /// Init makes (a local's initializer, a member's), its constructor's
  /// arguments evaluated by Caller in S.
  virtual Value objectMade(clang::QualType T, const clang::Expr *Init,
                           Evaluator &Caller, const Env &S) = 0;

  /// The state of Object, a followed object, after the call P of one of
  /// its methods, from its state before the call and the arguments.
  virtual Value objectAfterCall(const CallParts &P, const Value &Object,
                                Evaluator &Caller, const Env &S) = 0;

  /// What the member or local F is as a setting (Setting above).
  virtual const Setting &settingOf(const clang::ValueDecl *F) = 0;

  /// The model files the call P names for Def's parameters: string
  /// literals given to parameters Def loads a model from.
  virtual PathArguments pathArguments(const CallParts &P,
                                      const clang::FunctionDecl *Def) = 0;

  /// True when Fn is a method of a class whose members are followed.
  virtual bool followsMembers(const clang::FunctionDecl *Fn) = 0;

  /// The effect on the members in E of the call P made in the function Ev
  /// analyzes, a method of their class. While the class's invariant is
  /// computed (Ev.MembersOnly), the states at the call are remembered for
  /// it.
  virtual void memberCallEffect(const CallParts &P, Evaluator &Ev,
                                Env &E) = 0;
};

} // namespace torch_tidy

#endif
