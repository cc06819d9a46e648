//===- Objects.h - Objects of the user's classes, call by call --*- C++ -*-===//
//
// `Detector d; d.load(path); d.run(img);`: a method alone sees its class's
// invariant (Members.h), the join of what every method may leave, which
// is unknown as soon as one method loads the model and another converts
// it. A local object used only through its methods is followed instead:
// its members' states (a ValueKind::Object value, one element per
// followed member) start as its constructor leaves them and change as each
// method called on it leaves them, each analyzed from the object's states
// at the call; what a call returns, and the checks of the method's body
// (CallContexts.h), start from them too.
//
// An object is followed only where nothing but the flow of its function
// can reach it: a local (not static, not a reference) of a class whose
// members are followed, or a `std::shared_ptr` / `std::unique_ptr` to one
// made here (`std::make_shared<T>(args)`, `new T(args)`), every use of
// which is the object of a direct call of a non-operator method (`d.run()`,
// `p->run()`; `if (p)` too), one per full expression, none inside a lambda
// or a handler, in a function whose `catch` handlers do not go on (a
// method that throws half-way leaves members the analysis has no state
// for; ObjectUses.h); of a class that lets `this` out nowhere (returned,
// given to a call). A method that catches and goes on itself leaves the
// object unknown. Anything else leaves it to the invariant, as before.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_OBJECTS_H
#define TORCH_TIDY_INTERPROCEDURAL_OBJECTS_H

#include "interprocedural/Members.h"
#include "interprocedural/ObjectUses.h"
#include "interprocedural/Summaries.h"

namespace torch_tidy {

/// The followed members of Shape's class, in declaration order: the
/// elements of an object's value.
llvm::SmallVector<const clang::FieldDecl *, 8>
objectMembers(const ClassShape &Shape);

/// Entry (a method's entry, its members from the class) with the members
/// Object knows in their place. False when Object says nothing known.
bool overlayObject(const Value &Object, const ClassShape &Shape, Env &Entry);

class Objects {
public:
  Objects(const ModelContext &M, Members &Mem, Summaries &Sums)
      : M(M), Mem(Mem), Sums(Sums) {}

  /// Whether VD is followed through its methods (the rules above).
  bool followed(const clang::VarDecl *VD);
  /// The state of an object of type T once Init (a local's initializer,
  /// a member's) has made it.
  Value made(clang::QualType T, const clang::Expr *Init, Evaluator &Caller,
             const Env &S);
  /// Object's state after the call P of one of its methods.
  Value afterCall(const CallParts &P, const Value &Object, Evaluator &Caller,
                  const Env &S);
  /// A method of Caller's class called on `this` (`apply()` in `load()`)
  /// in a run that is not computing the class's invariant: the members in
  /// E as the callee leaves them, analyzed from their states in E rather
  /// than from the class's. False, and E untouched, when the callee is
  /// virtual or a base class's, `this` is an argument, the callee calls
  /// methods on `this` itself, may stop half-way or has no body here, or
  /// the class has annotated members: the class-wide exits apply.
  bool thisCall(const CallParts &P, Evaluator &Caller, Env &E);

private:
  /// The class of the objects of type T, when its members are followed
  /// and settled; null otherwise.
  const ClassShape *shapeFor(clang::QualType T);
  Value fromExits(const ClassShape &Shape, const std::optional<Env> &Exits);
  /// Whether Def, or a method it calls on `this`, catches an exception and
  /// goes on: a callee that threw half-way may have left the members in
  /// states no exit has.
  bool mayStopHalfway(const ClassShape &Shape, const clang::FunctionDecl *Def);

  const ModelContext &M;
  Members &Mem;
  Summaries &Sums;
  /// Per function, its locals that are followed objects.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::DenseSet<const clang::VarDecl *>>
      FollowedIn;
  llvm::DenseMap<const clang::FunctionDecl *, bool> StopsHalfway;
};

} // namespace torch_tidy

#endif
