//===- Members.h - What a class's members hold across its methods -*- C++ -*-===//
//
// A member such as `torch::jit::Module module_;` is set in the constructor
// and read in `run()`. A method sees, on entry, what the members hold
// between calls to the class: the join of what every constructor and every
// method callable from outside the class leave at their normal exits (its
// "invariant"), joined with what the members hold where the class's own code calls that
// method. Within a method, members are followed like locals; a call to
// another method of the class on `this` leaves the members it mentions as
// that method leaves them.
//
// Only members nothing else can write are followed: private ones (or
// protected ones of a final class) of a class that is no template and no
// nn::Module, without friends or nested classes, whose every method has its
// body in the translation unit and keeps `this` nowhere but in calls;
// members written through no other object, whose address is not taken, to
// which no non-const reference binds, and, for module handles, used only as
// the object of calls. A member whose declaration carries a `torch-tidy:`
// annotation holds what it states whenever a method starts and after a
// call of the object's methods, followed or not (Annotations.h).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_MEMBERS_H
#define TORCH_TIDY_ANALYSIS_MEMBERS_H

#include "analysis/Evaluator.h"
#include "analysis/State.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace torch_tidy {

class Summaries;

class Members {
public:
  Members(clang::ASTContext &Ctx, const RuleSet &Rules, ModuleModel &Modules,
          const ModelFiles &Files, Summaries &Sums);
  ~Members();

  /// The followed members of Fn's class with their states when Fn starts:
  /// unknown in a constructor until initialized, the invariant joined with
  /// the states at the class's own calls of Fn otherwise. An unreached Env
  /// when Fn is no method of a class whose members are followed.
  Env entryOf(const clang::FunctionDecl *Fn);

  /// What F holds wherever its class's own flow does not say: the
  /// invariant of a followed member, unknown otherwise.
  Value anywhere(const clang::FieldDecl *F);

  /// The effect on the members in E of a call P made by Fn (a method of
  /// the class): a call of the class's own method on `this` leaves the
  /// members it mentions as that method's exits do; a call that could run
  /// any method of the object (a virtual one, or one given `this`) leaves
  /// them as they are or as the invariant says. While the invariant is
  /// being computed (Record), the states at the call are remembered.
  void callEffect(const CallParts &P, const clang::FunctionDecl *Fn, Env &E,
                  bool Record);

  /// The class whose members Fn's flow follows, or null.
  const clang::CXXRecordDecl *followedIn(const clang::FunctionDecl *Fn);

private:
  struct ClassState;
  ClassState *stateOf(const clang::CXXRecordDecl *RD);
  /// V, with what an annotation on F states in place of what it says; a
  /// member that is not followed is otherwise unknown.
  Value stated(const ClassState &C, const clang::FieldDecl *F, Value V) const;
  /// The members Def names, itself or through the methods it calls.
  const llvm::DenseSet<const clang::FieldDecl *> &
  named(ClassState &C, const clang::FunctionDecl *Def);
  /// Computes C's invariant unless it is done or being computed.
  void ready(ClassState &C);
  void compute(ClassState &C);

  clang::ASTContext &Ctx;
  const RuleSet &Rules;
  ModuleModel &Modules;
  const ModelFiles &Files;
  Summaries &Sums;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::unique_ptr<ClassState>>
      Classes;
};

} // namespace torch_tidy

#endif
