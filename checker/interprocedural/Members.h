//===- Members.h - What a class's members hold across its methods -*- C++ -*-===//
//
// A member such as `torch::jit::Module module_;` is set in the constructor
// and read in `run()`. A method sees, on entry, what the members hold
// between calls to the class: the join of what every constructor and every
// method callable from outside the class leave at their normal exits (its
// "invariant"), joined with what the members hold where the class's own
// code calls that method. Within a method, members are followed like
// locals; a call to another method of the class on `this` leaves the
// members it mentions as that method leaves them. Which members are
// followed is in ClassShape.h. A member whose declaration carries a
// `torch-tidy:` annotation holds what it states whenever a method starts
// and after a call of the object's methods, followed or not.
//
// Members made with a valuation of class flags (ClassFlags.h) run every
// method under it: the invariant is what the members hold between calls
// in the objects whose flags have those values.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_MEMBERS_H
#define TORCH_TIDY_INTERPROCEDURAL_MEMBERS_H

#include "interprocedural/ClassShape.h"
#include "domain/Valuation.h"
#include "model/Evaluator.h"
#include <memory>

namespace torch_tidy {

class Members {
public:
  explicit Members(const ModelContext &M, Valuation Assumed = {});
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

  /// True when Fn's flow follows members of its class.
  bool followedIn(const clang::FunctionDecl *Fn);

  /// True when RD's members are followed and their invariant is computed
  /// (not being computed): objects of RD can be followed call by call.
  bool settled(const clang::CXXRecordDecl *RD);

  /// RD's shape (ClassShape.h), read once.
  const ClassShape &shapeOfClass(const clang::CXXRecordDecl *RD);

private:
  struct ClassState;
  ClassState *stateOf(const clang::CXXRecordDecl *RD);
  /// The kind of a followed member's value: ValueKind::Object for object
  /// members.
  ValueKind kindOf(const ClassState &C, const clang::FieldDecl *F) const;
  /// V, with what an annotation on F states in place of what it says; a
  /// member that is not followed is otherwise unknown.
  Value stated(const ClassState &C, const clang::FieldDecl *F, Value V) const;
  /// The members Def names, itself or through the methods it calls.
  const llvm::DenseSet<const clang::FieldDecl *> &
  named(ClassState &C, const clang::FunctionDecl *Def);
  /// named() of every method at once, in time linear in the calls.
  void nameAll(ClassState &C);
  /// Computes C's invariant unless it is done or being computed.
  void ready(ClassState &C);
  void compute(ClassState &C);
  Env implicitDefaults(const ClassState &C);
  /// Runs Fn once: its exits, and whom to run again.
  void runMethod(ClassState &C, const clang::FunctionDecl *Fn);
  void widenInvariant(ClassState &C, const clang::FunctionDecl *Fn);
  void ownMethodEffect(ClassState &C, const clang::FunctionDecl *Def, Env &E,
                       bool Record);
  void anyMethodEffect(ClassState &C, Env &E, bool Record);

  const ModelContext &M;
  Valuation Assumed;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::unique_ptr<ClassState>>
      Classes;
};

} // namespace torch_tidy

#endif
