//===- Members.cpp --------------------------------------------------------===//
#include "analysis/Members.h"
#include "analysis/Annotations.h"
#include "analysis/Escapes.h"
#include "analysis/FunctionAnalysis.h"
#include "analysis/Summaries.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SetVector.h"
#include <functional>

using namespace clang;

namespace torch_tidy {

struct Members::ClassState {
  const CXXRecordDecl *RD = nullptr;
  llvm::DenseSet<const FieldDecl *> Followed;
  /// Members whose declaration states their dtype or device: the statement
  /// holds whenever a method starts, whether or not the member is followed.
  llvm::DenseMap<const FieldDecl *, Facts> Annotated;
  /// Constructors and non-static methods with bodies, in declaration order.
  std::vector<const FunctionDecl *> Methods;
  /// The followed members each method's body names.
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<const FieldDecl *>>
      Mentions;
  /// The class's methods each method calls on `this`.
  llvm::DenseMap<const FunctionDecl *,
                 llvm::SmallVector<const FunctionDecl *, 4>>
      Calls;
  /// Private methods only ever called directly on `this` by the class's
  /// methods: what they leave is seen by their callers, not by others.
  llvm::DenseSet<const FunctionDecl *> Internal;
  /// The members each method names, itself or through the methods it calls.
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<const FieldDecl *>> Named;
  /// The class may be default-constructed where this file cannot see: by
  /// an implicit or defaulted constructor without a body here.
  bool DefaultConstructedElsewhere = false;

  bool Done = false;
  Env Invariant;  // between calls to the class
  Env Published;  // at calls that may run any method of the object
  llvm::DenseMap<const FunctionDecl *, Env> CallEntry, Exit;
  bool Computing = false;
};

namespace {

const CXXRecordDecl *classOfMethod(const FunctionDecl *Fn) {
  const auto *M = dyn_cast_or_null<CXXMethodDecl>(Fn);
  if (!M || M->isStatic())
    return nullptr;
  return M->getParent()->getDefinition();
}

/// `this` or `*this`, through parentheses and implicit casts; else null.
const CXXThisExpr *thisOf(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  return dyn_cast<CXXThisExpr>(E);
}
bool isThis(const Expr *E) { return thisOf(E) != nullptr; }

/// The member of `this` an expression names directly, or null.
const MemberExpr *memberOfThis(const Expr *E) {
  const auto *ME = dyn_cast_or_null<MemberExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  return ME && isThis(ME->getBase()) ? ME : nullptr;
}

/// Collects what a method's body does with the class's members and methods.
class BodyScan : public RecursiveASTVisitor<BodyScan> {
public:
  BodyScan(const CXXRecordDecl *RD, llvm::DenseSet<const FieldDecl *> &Mentions,
           llvm::SmallVector<const FunctionDecl *, 4> &Calls,
           llvm::DenseSet<const FieldDecl *> &Unfollow,
           llvm::DenseSet<const FunctionDecl *> &External)
      : RD(RD), Mentions(Mentions), Calls(Calls), Unfollow(Unfollow),
        External(External) {}

  /// Set when `this` is kept where the method's flow cannot see what is
  /// done with it: a lambda that captures it, a pointer or reference
  /// initialized with it, an object constructed with it. Whoever holds it
  /// may call any method at any time.
  bool ThisEscapes = false;

  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &C : L->captures())
      ThisEscapes = ThisEscapes || C.capturesThis();
    return true;
  }
  // Pre-order: a use of `this` is seen before the `this` it holds.
  bool VisitCXXThisExpr(CXXThisExpr *T) {
    ThisEscapes = ThisEscapes || !Placed.count(T);
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *R) { // `return *this;`
    place(R->getRetValue());
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    // The object of an operator and arguments: calls given the object are
    // followed as calls that may run any method (Members::callEffect).
    for (const Expr *Arg : CE->arguments())
      place(Arg);
    // A module member used as the object of an operator: `module_->`,
    // `fc_(x)`, `module_ = ...`.
    if (isa<CXXOperatorCallExpr>(CE) && CE->getNumArgs() > 0)
      if (const MemberExpr *ME = memberOfThis(CE->getArg(0)))
        ModuleUses.insert(ME);
    // The debug check's `torch_tidy_inspect(module_)` only reads.
    if (isDebugInspection(CE->getDirectCallee()))
      for (const Expr *Arg : CE->arguments())
        if (const MemberExpr *ME = memberOfThis(Arg))
          ModuleUses.insert(ME);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const Expr *Object = MC->getImplicitObjectArgument();
    place(Object);
    if (const MemberExpr *ME = memberOfThis(Object))
      ModuleUses.insert(ME); // `module_.to(...)`, `module_.forward(...)`
    const CXXMethodDecl *M = MC->getMethodDecl();
    if (!M || M->getParent() != RD || !isThis(Object))
      return true;
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Direct.insert(ME);
    Calls.push_back(M);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    if (const auto *M = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
      if (M->getParent() == RD && !Direct.count(ME))
        External.insert(M->getCanonicalDecl());
      return true;
    }
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F || F->getParent() != RD)
      return true;
    place(ME->getBase());
    if (isThis(ME->getBase())) {
      Mentions.insert(F);
      // Module handles are shallow: a copy of one (returned, passed, bound)
      // converts the member when it is converted. Only calls on it are fine.
      if (kindOf(F->getType()) == ValueKind::Module && !ModuleUses.count(ME))
        Unfollow.insert(F);
    } else {
      // Another object's member: read as the invariant, but only through a
      // const object, which cannot write it (unless it is mutable).
      QualType Base = ME->getBase()->getType();
      if (ME->isArrow())
        Base = Base->getPointeeType();
      if (!Base.isConstQualified() || F->isMutable())
        Unfollow.insert(F);
    }
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DR) {
    // `&Detector::run`: a method that may run from anywhere.
    if (const auto *M = dyn_cast<CXXMethodDecl>(DR->getDecl());
        M && M->getParent() == RD)
      External.insert(M->getCanonicalDecl());
    return true;
  }

private:
  const CXXRecordDecl *RD;
  llvm::DenseSet<const FieldDecl *> &Mentions;
  llvm::SmallVector<const FunctionDecl *, 4> &Calls;
  llvm::DenseSet<const FieldDecl *> &Unfollow;
  llvm::DenseSet<const FunctionDecl *> &External;
  void place(const Expr *E) {
    if (const CXXThisExpr *T = thisOf(E))
      Placed.insert(T);
  }

  llvm::DenseSet<const MemberExpr *> Direct;
  llvm::DenseSet<const MemberExpr *> ModuleUses;
  llvm::DenseSet<const CXXThisExpr *> Placed;
};

/// True when nothing outside RD's own methods can reach its private
/// members: no friends, no nested classes, no member templates.
bool closedClass(const CXXRecordDecl *RD) {
  if (!RD || RD->isDependentContext() || RD->isUnion() || RD->isLambda() ||
      isa<ClassTemplateSpecializationDecl>(RD) || RD->hasFriends())
    return false;
  for (const Decl *D : RD->decls()) {
    if (const auto *Nested = dyn_cast<CXXRecordDecl>(D);
        Nested && !Nested->isImplicit())
      return false;
    if (isa<FunctionTemplateDecl, ClassTemplateDecl>(D))
      return false;
  }
  return true;
}

bool followable(const FieldDecl *F, const CXXRecordDecl *RD) {
  QualType T = F->getType();
  if (kindOf(T) == ValueKind::None || T->isReferenceType() ||
      F->isAnonymousStructOrUnion())
    return false;
  return F->getAccess() == AS_private ||
         (F->getAccess() == AS_protected && RD->isEffectivelyFinal());
}

Value bottom(ValueKind K) { return Value{K, Facts{}, {}, false}; }

/// Keeps only the members in Followed; a fix-it spelled in one method means
/// nothing in another, nor does a list element's argument.
Env membersOf(const Env &E, const llvm::DenseSet<const FieldDecl *> &Followed) {
  Env Out;
  Out.Reached = E.Reached;
  for (const auto &[D, V] : E.Vars) {
    const auto *F = dyn_cast<FieldDecl>(D);
    if (!F || !Followed.count(F))
      continue;
    Value Copy = V;
    Copy.State.DType.Spelling = nullptr;
    Copy.State.Dev.Spelling = nullptr;
    for (ListElement &El : Copy.Elements)
      El.Arg = nullptr;
    Out.Vars.push_back({D, std::move(Copy)});
  }
  return Out;
}

auto NotLocal = [](const ValueDecl *) { return false; };

} // namespace

Members::Members(ASTContext &Ctx, const RuleSet &Rules, ModuleModel &Modules,
                 const ModelFiles &Files, Summaries &Sums)
    : Ctx(Ctx), Rules(Rules), Modules(Modules), Files(Files), Sums(Sums) {}

Members::~Members() = default;

Members::ClassState *Members::stateOf(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  auto [It, New] = Classes.try_emplace(RD);
  if (!New)
    return It->second.get();
  auto C = std::make_unique<ClassState>();
  C->RD = RD;
  ClassState *Raw = C.get();
  It->second = std::move(C);
  if (Ctx.getSourceManager().isInSystemHeader(RD->getLocation()) ||
      inLibraryNamespace(RD))
    return Raw;
  for (const FieldDecl *F : RD->fields())
    if (kindOf(F->getType()) != ValueKind::None)
      if (std::optional<Facts> A = annotatedState(F))
        Raw->Annotated[F] = *A;
  // An nn::Module's `to()`, called from anywhere, converts the submodules
  // and parameters its members refer to.
  if (!closedClass(RD) || derivesFrom(RD, "torch::nn::Module"))
    return Raw;
  for (const FieldDecl *F : RD->fields())
    if (followable(F, RD))
      Raw->Followed.insert(F);
  if (Raw->Followed.empty())
    return Raw;

  llvm::DenseSet<const FieldDecl *> Unfollow;
  llvm::DenseSet<const FunctionDecl *> External;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isDeleted())
      continue;
    const FunctionDecl *Def = nullptr;
    if (!M->hasBody(Def) || !Def) {
      // Implicit or defaulted members that are never used, and pure virtual
      // ones, have no body and run no code; any other may run code we
      // cannot see.
      if (M->isImplicit() || M->isDefaulted() || M->isPureVirtual())
        continue;
      Raw->Followed.clear();
      return Raw;
    }
    // Implicit copies and moves copy members of objects of the class, and
    // an implicit destructor writes none.
    if ((Def->isImplicit() || Def->isDefaulted()) &&
        !(isa<CXXConstructorDecl>(Def) &&
          cast<CXXConstructorDecl>(Def)->isDefaultConstructor()))
      continue;
    BodyScan Scan(RD, Raw->Mentions[Def], Raw->Calls[Def], Unfollow, External);
    Scan.TraverseStmt(const_cast<Stmt *>(Def->getBody()));
    llvm::DenseSet<const ValueDecl *> Escaped;
    bool Errors = false;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *I : Ctor->inits()) {
        Scan.TraverseStmt(I->getInit());
        if (!findEscapes(I->getInit(), Escaped))
          Errors = true;
        // `module_(shared)`: a module handle the caller keeps a copy of.
        if (const FieldDecl *F = I->getMember();
            F && kindOf(F->getType()) == ValueKind::Module &&
            sourceDecl(I->getInit()))
          Unfollow.insert(F);
      }
    if (!findEscapes(Def->getBody(), Escaped) || Errors || Scan.ThisEscapes) {
      Raw->Followed.clear(); // code that does not compile, or `this` kept
      return Raw;
    }
    for (const ValueDecl *D : Escaped)
      if (const auto *F = dyn_cast<FieldDecl>(D))
        Unfollow.insert(F);
    if (!M->isStatic())
      Raw->Methods.push_back(Def);
  }
  for (const FieldDecl *F : Unfollow)
    Raw->Followed.erase(F);
  Raw->DefaultConstructedElsewhere = RD->needsImplicitDefaultConstructor();
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isDefaultConstructor() && !Ctor->isDeleted() &&
        (Ctor->isImplicit() || Ctor->isDefaulted()) && !Ctor->hasBody())
      Raw->DefaultConstructedElsewhere = true;
  for (const FunctionDecl *Def : Raw->Methods)
    if (const auto *M = dyn_cast<CXXMethodDecl>(Def);
        M->getAccess() == AS_private && !M->isVirtual() &&
        !isa<CXXConstructorDecl, CXXDestructorDecl>(M) &&
        !External.count(M->getCanonicalDecl()))
      Raw->Internal.insert(Def);
  return Raw;
}

const CXXRecordDecl *Members::followedIn(const FunctionDecl *Fn) {
  ClassState *C = stateOf(classOfMethod(Fn));
  return C && (!C->Followed.empty() || !C->Annotated.empty()) ? C->RD
                                                                : nullptr;
}

Value Members::stated(const ClassState &C, const FieldDecl *F, Value V) const {
  if (auto It = C.Annotated.find(F); It != C.Annotated.end())
    V.State = (C.Followed.count(F) ? V.State : Facts::top())
                  .overriddenBy(It->second);
  return V;
}

const llvm::DenseSet<const FieldDecl *> &Members::named(ClassState &C,
                                                       const FunctionDecl *Def) {
  auto [It, New] = C.Named.try_emplace(Def);
  if (!New)
    return It->second;
  llvm::DenseSet<const FieldDecl *> Named;
  llvm::SmallVector<const FunctionDecl *, 8> Work{Def};
  llvm::DenseSet<const FunctionDecl *> Seen{Def};
  while (!Work.empty()) {
    const FunctionDecl *M = Work.pop_back_val();
    Named.insert(C.Mentions[M].begin(), C.Mentions[M].end());
    for (const FunctionDecl *Next : C.Calls[M])
      if (const FunctionDecl *NextDef = Next->getDefinition();
          NextDef && Seen.insert(NextDef).second)
        Work.push_back(NextDef);
  }
  return C.Named[Def] = std::move(Named);
}

void Members::ready(ClassState &C) {
  if (!C.Done && !C.Computing && !C.Followed.empty())
    compute(C);
}

void Members::compute(ClassState &C) {
  C.Computing = true;
  if (C.DefaultConstructedElsewhere) {
    // What an implicit default constructor leaves: the default member
    // initializers, or a default-constructed (unknown) value.
    Evaluator Eval(Ctx, Rules, Modules, Files, nullptr);
    Eval.Sums = &Sums;
    Eval.Mem = this;
    Env Defaults;
    Defaults.Reached = true;
    for (const FieldDecl *F : C.Followed) {
      ValueKind K = kindOf(F->getType());
      Value V = F->hasInClassInitializer() && F->getInClassInitializer()
                    ? Eval.eval(F->getInClassInitializer(), Env{})
                    : Value::unknown(K);
      Defaults.at(F) = V.Kind == K ? V : Value::unknown(K);
    }
    C.Published = membersOf(Defaults, C.Followed);
  }
  // Who calls whom on `this`, by definition.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 4>>
      Callees, Callers;
  for (const FunctionDecl *Fn : C.Methods)
    C.Exit[Fn] = Env{}; // bottom: no exit reached yet
  for (const FunctionDecl *Fn : C.Methods) {
    for (const FunctionDecl *Callee : C.Calls[Fn])
      if (const FunctionDecl *Def = Callee->getDefinition(); Def && C.Exit.count(Def)) {
        Callees[Fn].push_back(Def);
        Callers[Def].push_back(Fn);
      }
  }
  // A worklist to the fixpoint, callees before their callers: a method runs
  // again when the invariant, its states at calls, or the exits of the
  // methods it calls change.
  llvm::SetVector<const FunctionDecl *> Work;
  llvm::DenseSet<const FunctionDecl *> Visited;
  std::function<void(const FunctionDecl *)> PostOrder = [&](const FunctionDecl *Fn) {
    if (!Visited.insert(Fn).second)
      return;
    for (const FunctionDecl *Callee : Callees[Fn])
      PostOrder(Callee);
    Work.insert(Fn);
  };
  for (const FunctionDecl *Fn : C.Methods)
    if (isa<CXXConstructorDecl>(Fn))
      PostOrder(Fn);
  for (const FunctionDecl *Fn : C.Methods)
    PostOrder(Fn);
  auto Publishes = [&](const FunctionDecl *Fn) {
    return !isa<CXXDestructorDecl>(Fn) && !C.Internal.count(Fn);
  };
  unsigned Budget = 16 * C.Methods.size() + 16;
  while (!Work.empty()) {
    if (Budget-- == 0) {
      C.Followed.clear(); // no fixpoint in reasonable time: follow nothing
      break;
    }
    const FunctionDecl *Fn = Work.front();
    Work.remove(Fn);
    llvm::SmallVector<Env, 4> CallsBefore;
    for (const FunctionDecl *Callee : Callees[Fn])
      CallsBefore.push_back(C.CallEntry[Callee]);
    Env PublishedBefore = C.Published;
    std::optional<Env> Exits =
        analyzeMemberExits(Fn, Ctx, Rules, Modules, Files, Sums, entryOf(Fn));
    Env Out;
    if (Exits) {
      Out = membersOf(*Exits, C.Followed);
    } else {
      Out.Reached = true;
      for (const FieldDecl *F : C.Followed)
        Out.at(F) = Value::unknown(kindOf(F->getType()));
    }
    for (unsigned I = 0; I < CallsBefore.size(); ++I)
      if (!CallsBefore[I].sameAs(C.CallEntry[Callees[Fn][I]]))
        Work.insert(Callees[Fn][I]);
    bool ExitChanged = !Out.sameAs(C.Exit[Fn]);
    if (ExitChanged) {
      C.Exit[Fn] = std::move(Out);
      for (const FunctionDecl *Caller : Callers[Fn])
        Work.insert(Caller);
    }
    if ((ExitChanged && Publishes(Fn)) || !PublishedBefore.sameAs(C.Published)) {
      // A method leaves the members it does not name as it found them:
      // only constructors and what a method names add to the invariant.
      Env Invariant = C.Published;
      for (const FunctionDecl *M : C.Methods) {
        if (!Publishes(M))
          continue;
        if (isa<CXXConstructorDecl>(M)) {
          Invariant.joinWith(C.Exit[M], NotLocal);
          continue;
        }
        if (!C.Exit[M].Reached)
          continue;
        Invariant.Reached = true;
        for (const auto &[D, V] : C.Exit[M].Vars)
          if (named(C, M).count(cast<FieldDecl>(D))) {
            const Value *Old = Invariant.find(D);
            Invariant.at(D) = Old ? Old->join(V) : V;
          }
      }
      if (!Invariant.sameAs(C.Invariant)) {
        C.Invariant = std::move(Invariant);
        for (const FunctionDecl *M : C.Methods)
          if (!isa<CXXConstructorDecl>(M))
            Work.insert(M);
      }
    }
  }
  C.Computing = false;
  C.Done = true;
}

Env Members::entryOf(const FunctionDecl *Fn) {
  Env E;
  ClassState *C = stateOf(classOfMethod(Fn));
  if (!C)
    return E;
  ready(*C);
  if (C->Followed.empty() && C->Annotated.empty())
    return E;
  E.Reached = true;
  if (isa<CXXConstructorDecl>(Fn)) {
    // Not constructed yet: the initializers say what members hold.
    for (const FieldDecl *F : C->Followed)
      E.at(F) = Value::unknown(kindOf(F->getType()));
    for (const auto &[F, A] : C->Annotated)
      E.at(F) = Value::unknown(kindOf(F->getType()));
    return E;
  }
  for (const FieldDecl *F : C->Followed)
    E.at(F) = bottom(kindOf(F->getType()));
  Env Seen = C->Internal.count(Fn) ? Env{} : C->Invariant;
  if (auto It = C->CallEntry.find(Fn); It != C->CallEntry.end())
    Seen.joinWith(It->second, NotLocal);
  if (Seen.Reached)
    for (auto &[D, V] : E.Vars)
      if (const Value *S = Seen.find(D))
        V = *S;
  for (const auto &[F, A] : C->Annotated)
    E.at(F) = stated(*C, F, C->Followed.count(F)
                                ? E.at(F)
                                : Value::unknown(kindOf(F->getType())));
  return E;
}

Value Members::anywhere(const FieldDecl *F) {
  ValueKind K = kindOf(F->getType());
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  ClassState *C = stateOf(RD ? RD->getDefinition() : nullptr);
  if (!C)
    return Value::unknown(K);
  ready(*C);
  if (!C->Followed.count(F))
    return stated(*C, F, Value::unknown(K));
  if (const Value *V = C->Invariant.find(F))
    return stated(*C, F, *V);
  // While the invariant is being computed, a member no exit has reached
  // yet holds nothing yet.
  return stated(*C, F, C->Computing ? bottom(K) : Value::unknown(K));
}

void Members::callEffect(const CallParts &P, const FunctionDecl *Fn, Env &E,
                         bool Record) {
  ClassState *C = stateOf(classOfMethod(Fn));
  if (!C)
    return;
  ready(*C);
  if (C->Followed.empty() && C->Annotated.empty())
    return;
  const auto *Callee = dyn_cast<CXXMethodDecl>(P.Callee);
  bool OnThis = Callee && !Callee->isStatic() && isThis(P.Receiver);
  bool GivenThis = llvm::any_of(P.Args, isThis);
  bool Own = OnThis && Callee->getParent() == C->RD && !GivenThis;
  // A virtual call on `this` may run any override, and a base class's
  // method may make one. Library code is assumed not to call back into the
  // class unless given the object.
  bool MayRunAnyMethod =
      GivenThis || (OnThis && !inLibraryNamespace(Callee) &&
                    (Callee->isVirtual() || Callee->getParent() != C->RD));
  const FunctionDecl *Def = nullptr;
  if (const CXXMethodDecl *Target =
          !Own ? nullptr
          : Callee->isVirtual()
              ? Callee->getDevirtualizedMethod(P.Receiver, false)
              : Callee;
      Target && Target->hasBody(Def) && Def && C->Exit.count(Def)) {
    // One of the class's methods: it starts from the members as they are
    // here and leaves those it names as its exits do.
    MayRunAnyMethod = false;
    if (Record)
      C->CallEntry[Def].joinWith(membersOf(E, C->Followed), NotLocal);
    const Env &Out = C->Exit[Def];
    for (const FieldDecl *F : named(*C, Def))
      if (C->Followed.count(F)) {
        const Value *V = Out.find(F);
        E.at(F) = V ? *V : bottom(kindOf(F->getType()));
      }
  } else if (MayRunAnyMethod || Own) {
    // Whatever method runs (or an implicit assignment, `*this = other`)
    // sees the members as they are here, and leaves them as some method's
    // exit does.
    if (Record)
      C->Published.joinWith(membersOf(E, C->Followed), NotLocal);
    for (auto &[D, V] : E.Vars)
      if (const auto *F = dyn_cast<FieldDecl>(D); F && C->Followed.count(F)) {
        const Value *I = C->Invariant.find(F);
        V = I ? V.join(*I) : C->Computing ? V : Value::unknown(V.Kind);
      }
  }
  // When a method of the object returns, what annotations state holds.
  if (Own || MayRunAnyMethod)
    for (const auto &[F, A] : C->Annotated)
      if (const Value *V = E.find(F))
        E.at(F) = stated(*C, F, *V);
}

} // namespace torch_tidy
