//===- Members.cpp --------------------------------------------------------===//
#include "interprocedural/Members.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/Construction.h"
#include "solver/Solver.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SetVector.h"
#include <functional>

using namespace clang;

namespace torch_tidy {

using MethodList = llvm::SmallVector<const FunctionDecl *, 4>;

struct Members::ClassState {
  ClassShape Shape;
  /// The members each method names, itself or through the methods it calls.
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<const FieldDecl *>> Named;
  bool Done = false;
  bool Computing = false;
  Env Invariant;  // between calls to the class
  Env Published;  // at calls that may run any method of the object
  // The invariant's two parts, widened as exits grow: what calls publish
  // joined with the constructors' exits, and the members other methods
  // name, joined member by member.
  Env FromConstructors, FromMethods;
  llvm::DenseMap<const FunctionDecl *, Env> CallEntry, Exit;
  // While computing: who calls whom on `this`, and what runs next.
  llvm::DenseMap<const FunctionDecl *, MethodList> Callees, Callers;
  llvm::SetVector<const FunctionDecl *> Work;
};

namespace {

const CXXRecordDecl *classOfMethod(const FunctionDecl *Fn) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Fn);
  if (!MD || MD->isStatic())
    return nullptr;
  return MD->getParent()->getDefinition();
}

bool isThis(const Expr *E) { return thisOf(E) != nullptr; }

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

Members::Members(const ModelContext &M, Valuation Assumed)
    : M(M), Assumed(std::move(Assumed)) {}

Members::~Members() = default;

Members::ClassState *Members::stateOf(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  if (auto It = Classes.find(RD); It != Classes.end())
    return It->second.get();
  // Reading the shape asks about the classes of object members, which
  // adds them to Classes: keep no iterator across it.
  ClassState *C = (Classes[RD] = std::make_unique<ClassState>()).get();
  C->Shape = shapeOf(M.Words, M.Annotations, RD,
                     [&](const CXXRecordDecl *Of) {
                       return settled(Of) && !shapeOfClass(Of).LetsThisOut;
                     });
  return C;
}

ValueKind Members::kindOf(const ClassState &C, const FieldDecl *F) const {
  return C.Shape.Objects.count(F) ? ValueKind::Object
                                  : M.Words.kindOf(F->getType());
}


const ClassShape &Members::shapeOfClass(const CXXRecordDecl *RD) {
  return stateOf(RD)->Shape;
}

bool Members::followedIn(const FunctionDecl *Fn) {
  ClassState *C = stateOf(classOfMethod(Fn));
  return C && C->Shape.followsAnything();
}

bool Members::settled(const CXXRecordDecl *RD) {
  ClassState *C = stateOf(RD ? RD->getDefinition() : nullptr);
  if (!C)
    return false;
  ready(*C);
  return C->Done && !C->Shape.Followed.empty();
}

Value Members::stated(const ClassState &C, const FieldDecl *F, Value V) const {
  if (auto It = C.Shape.Annotated.find(F); It != C.Shape.Annotated.end())
    V.State = (C.Shape.Followed.count(F) ? V.State : Facts::top())
                  .overriddenBy(It->second);
  return V;
}

const llvm::DenseSet<const FieldDecl *> &Members::named(ClassState &C,
                                                       const FunctionDecl *Def) {
  if (C.Named.empty())
    nameAll(C);
  auto [It, New] = C.Named.try_emplace(Def);
  if (!New)
    return It->second;
  // Not one of the class's methods: walk what it calls.
  llvm::DenseSet<const FieldDecl *> Named;
  llvm::SmallVector<const FunctionDecl *, 8> Work{Def};
  llvm::DenseSet<const FunctionDecl *> Seen{Def};
  while (!Work.empty()) {
    const FunctionDecl *Fn = Work.pop_back_val();
    Named.insert(C.Shape.Mentions[Fn].begin(), C.Shape.Mentions[Fn].end());
    for (const FunctionDecl *Next : C.Shape.Calls[Fn])
      if (const FunctionDecl *NextDef = Next->getDefinition();
          NextDef && Seen.insert(NextDef).second)
        Work.push_back(NextDef);
  }
  return C.Named[Def] = std::move(Named);
}

void Members::nameAll(ClassState &C) {
  const ClassShape &S = C.Shape;
  auto CallsOf = [&](const FunctionDecl *Fn) {
    auto It = S.Calls.find(Fn);
    return It == S.Calls.end()
               ? llvm::ArrayRef<const FunctionDecl *>()
               : llvm::ArrayRef<const FunctionDecl *>(It->second);
  };
  // Callees before their callers: a post-order of the calls on `this`,
  // walked with a stack of its own (chains of calls may be long).
  std::vector<const FunctionDecl *> Order;
  llvm::DenseSet<const FunctionDecl *> Seen;
  for (const FunctionDecl *Root : S.Methods) {
    if (!Seen.insert(Root).second)
      continue;
    llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 16> Stack{
        {Root, 0}};
    while (!Stack.empty()) {
      auto [Fn, Next] = Stack.back();
      if (Next < CallsOf(Fn).size()) {
        ++Stack.back().second;
        const FunctionDecl *Callee = CallsOf(Fn)[Next]->getDefinition();
        if (Callee && Seen.insert(Callee).second)
          Stack.push_back({Callee, 0});
        continue;
      }
      Order.push_back(Fn);
      Stack.pop_back();
    }
  }
  for (const FunctionDecl *Fn : Order) {
    auto It = S.Mentions.find(Fn);
    C.Named[Fn] = It == S.Mentions.end() ? llvm::DenseSet<const FieldDecl *>()
                                         : It->second;
  }
  // What each callee names; again while calls in a cycle add members.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const FunctionDecl *Fn : Order)
      for (const FunctionDecl *Callee : CallsOf(Fn)) {
        const FunctionDecl *CalleeDef = Callee->getDefinition();
        if (!CalleeDef || CalleeDef == Fn || !C.Named.count(CalleeDef))
          continue;
        for (const FieldDecl *F : C.Named[CalleeDef])
          Changed |= C.Named[Fn].insert(F).second;
      }
  }
}

void Members::ready(ClassState &C) {
  if (!C.Done && !C.Computing && !C.Shape.Followed.empty())
    compute(C);
}

/// The constructor Fn delegates to (`Net(p) : Net(p, false) {}`), or null.
static const CXXConstructorDecl *delegatedTo(const FunctionDecl *Fn) {
  const auto *Ctor = dyn_cast<CXXConstructorDecl>(Fn);
  return Ctor && Ctor->isDelegatingConstructor() ? Ctor->getTargetConstructor()
                                                 : nullptr;
}

/// What an implicit default constructor leaves: the default member
/// initializers, or a default-initialized value (model/Construction.h).
Env Members::implicitDefaults(const ClassState &C) {
  Evaluator Ev(M, nullptr);
  Env Defaults;
  Defaults.Reached = true;
  for (const FieldDecl *F : C.Shape.Followed) {
    ValueKind K = kindOf(C, F);
    // An object member: what its constructor does is not read here.
    Value V = K == ValueKind::Object ? Value::unknown(K)
              : F->hasInClassInitializer() && F->getInClassInitializer()
                  ? Ev.eval(F->getInClassInitializer(), Env{})
                  : defaultInitialized(K, F->getLocation());
    Defaults.at(F) = V.Kind == K ? V : Value::unknown(K);
  }
  return membersOf(Defaults, C.Shape.Followed);
}

void Members::compute(ClassState &C) {
  C.Computing = true;
  if (C.Shape.DefaultConstructedElsewhere)
    C.Published = implicitDefaults(C);
  // Who calls whom on `this`, by definition.
  for (const FunctionDecl *Fn : C.Shape.Methods)
    C.Exit[Fn] = Env{}; // bottom: no exit reached yet
  for (const FunctionDecl *Fn : C.Shape.Methods) {
    llvm::SmallVector<const FunctionDecl *, 4> Calls(C.Shape.Calls[Fn]);
    // A delegating constructor starts where its target ends.
    if (const CXXConstructorDecl *Target = delegatedTo(Fn))
      Calls.push_back(Target);
    for (const FunctionDecl *Callee : Calls)
      if (const FunctionDecl *Def = Callee->getDefinition();
          Def && C.Exit.count(Def)) {
        C.Callees[Fn].push_back(Def);
        C.Callers[Def].push_back(Fn);
      }
  }
  // A worklist to the fixpoint, callees before their callers (constructors
  // first): a method runs again when the invariant, its states at calls,
  // or the exits of the methods it calls change.
  llvm::DenseSet<const FunctionDecl *> Visited;
  std::function<void(const FunctionDecl *)> PostOrder = [&](const FunctionDecl *Fn) {
    if (!Visited.insert(Fn).second)
      return;
    for (const FunctionDecl *Callee : C.Callees[Fn])
      PostOrder(Callee);
    C.Work.insert(Fn);
  };
  for (const FunctionDecl *Fn : C.Shape.Methods)
    if (isa<CXXConstructorDecl>(Fn))
      PostOrder(Fn);
  for (const FunctionDecl *Fn : C.Shape.Methods)
    PostOrder(Fn);
  unsigned Budget =
      limits::RunsPerMethod * C.Shape.Methods.size() + limits::RunAllowance;
  while (!C.Work.empty()) {
    if (Budget-- == 0) {
      C.Shape.Followed.clear(); // no fixpoint in reasonable time
      C.Shape.Objects.clear();
      break;
    }
    const FunctionDecl *Fn = C.Work.front();
    C.Work.remove(Fn);
    runMethod(C, Fn);
  }
  C.Callees.clear();
  C.Callers.clear();
  C.Computing = false;
  C.Done = true;
}

/// True when what Fn leaves is part of the invariant.
static bool publishes(const ClassShape &S, const FunctionDecl *Fn) {
  return !isa<CXXDestructorDecl>(Fn) && !S.Internal.count(Fn);
}

void Members::runMethod(ClassState &C, const FunctionDecl *Fn) {
  llvm::SmallVector<Env, 4> CallsBefore;
  for (const FunctionDecl *Callee : C.Callees[Fn])
    CallsBefore.push_back(C.CallEntry[Callee]);
  Env PublishedBefore = C.Published;
  std::optional<Env> Exits = solveMemberExits(
      M, Fn, entryOf(Fn), /*ForInvariant=*/true, {}, Assumed);
  Env Out;
  if (Exits) {
    Out = membersOf(*Exits, C.Shape.Followed);
  } else {
    Out.Reached = true;
    for (const FieldDecl *F : C.Shape.Followed)
      Out.at(F) = Value::unknown(kindOf(C, F));
  }
  for (unsigned I = 0; I < CallsBefore.size(); ++I)
    if (!CallsBefore[I].sameAs(C.CallEntry[C.Callees[Fn][I]]))
      C.Work.insert(C.Callees[Fn][I]);
  bool ExitChanged = !Out.sameAs(C.Exit[Fn]);
  if (ExitChanged) {
    C.Exit[Fn] = std::move(Out);
    for (const FunctionDecl *Caller : C.Callers[Fn])
      C.Work.insert(Caller);
  }
  bool Publishes = ExitChanged && publishes(C.Shape, Fn);
  if (Publishes || !PublishedBefore.sameAs(C.Published))
    widenInvariant(C, Publishes ? Fn : nullptr);
}

/// Joins into the invariant what calls published and what Fn's exit adds
/// to it. A method leaves the members it does not name as it found them:
/// only constructors and what a method names add to it. Exits only grow on
/// the way to the fixpoint, so joining each new exit gives the join of all
/// exits, without going over every method of the class for each change.
void Members::widenInvariant(ClassState &C, const FunctionDecl *Fn) {
  auto JoinInto = [](Env &Into, const Env &From, auto Keep) {
    if (!From.Reached)
      return;
    Into.Reached = true;
    for (const auto &[D, V] : From.Vars)
      if (Keep(D)) {
        const Value *Old = Into.find(D);
        Into.at(D) = Old ? Old->join(V) : V;
      }
  };
  C.FromConstructors.joinWith(C.Published, NotLocal);
  if (Fn && isa<CXXConstructorDecl>(Fn))
    C.FromConstructors.joinWith(C.Exit[Fn], NotLocal);
  else if (Fn)
    JoinInto(C.FromMethods, C.Exit[Fn], [&](const ValueDecl *D) {
      return named(C, Fn).count(cast<FieldDecl>(D)) != 0;
    });
  Env Invariant = C.FromConstructors;
  JoinInto(Invariant, C.FromMethods, [](const ValueDecl *) { return true; });
  if (Invariant.sameAs(C.Invariant))
    return;
  C.Invariant = std::move(Invariant);
  for (const FunctionDecl *Fn : C.Shape.Methods)
    if (!isa<CXXConstructorDecl>(Fn))
      C.Work.insert(Fn);
}

Env Members::entryOf(const FunctionDecl *Fn) {
  Env E;
  ClassState *C = stateOf(classOfMethod(Fn));
  if (!C)
    return E;
  ready(*C);
  const ClassShape &S = C->Shape;
  if (!S.followsAnything())
    return E;
  E.Reached = true;
  if (const CXXConstructorDecl *Target = delegatedTo(Fn)) {
    // What the constructor it delegates to left; bottom until that one
    // has an exit.
    const FunctionDecl *Def = Target->getDefinition();
    auto It = Def ? C->Exit.find(Def) : C->Exit.end();
    if (It == C->Exit.end()) {
      for (const FieldDecl *F : S.Followed)
        E.at(F) = Value::unknown(kindOf(*C, F));
      return E;
    }
    if (!It->second.Reached)
      return Env{};
    E = membersOf(It->second, S.Followed);
    E.Reached = true;
    return E;
  }
  if (isa<CXXConstructorDecl>(Fn)) {
    // Not constructed yet: the initializers say what members hold.
    for (const FieldDecl *F : S.Followed)
      E.at(F) = Value::unknown(kindOf(*C, F));
    for (const auto &[F, A] : S.Annotated)
      E.at(F) = Value::unknown(M.Words.kindOf(F->getType()));
    return E;
  }
  for (const FieldDecl *F : S.Followed)
    E.at(F) = Value::bottom(kindOf(*C, F));
  Env Seen = S.Internal.count(Fn) ? Env{} : C->Invariant;
  if (auto It = C->CallEntry.find(Fn); It != C->CallEntry.end())
    Seen.joinWith(It->second, NotLocal);
  if (Seen.Reached)
    for (auto &[D, V] : E.Vars)
      if (const Value *Found = Seen.find(D))
        V = *Found;
  for (const auto &[F, A] : S.Annotated)
    E.at(F) = stated(*C, F, S.Followed.count(F)
                                ? E.at(F)
                                : Value::unknown(M.Words.kindOf(F->getType())));
  return E;
}

Value Members::anywhere(const FieldDecl *F) {
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  ClassState *C = stateOf(RD ? RD->getDefinition() : nullptr);
  ValueKind K = C ? kindOf(*C, F) : M.Words.kindOf(F->getType());
  Cause NotFollowed{Why::Member, F->getLocation(), {}, F};
  if (!C)
    return Value::unknown(K, NotFollowed);
  ready(*C);
  if (!C->Shape.Followed.count(F))
    return stated(*C, F, Value::unknown(K, NotFollowed));
  if (const Value *V = C->Invariant.find(F))
    return stated(*C, F, *V);
  // While the invariant is being computed, a member no exit has reached
  // yet holds nothing yet.
  return stated(*C, F, C->Computing ? Value::bottom(K) : Value::unknown(K));
}

/// A call of one of the class's methods on `this`: it starts from the
/// members as they are here and leaves those it names as its exits do.
void Members::ownMethodEffect(ClassState &C, const FunctionDecl *Def, Env &E,
                              bool Record) {
  if (Record)
    C.CallEntry[Def].joinWith(membersOf(E, C.Shape.Followed), NotLocal);
  const Env &Out = C.Exit[Def];
  for (const FieldDecl *F : named(C, Def))
    if (C.Shape.Followed.count(F)) {
      const Value *V = Out.find(F);
      E.at(F) = V ? *V : Value::bottom(kindOf(C, F));
    }
}

/// Whatever method runs (or an implicit assignment, `*this = other`) sees
/// the members as they are here, and leaves them as some method's exit
/// does.
void Members::anyMethodEffect(ClassState &C, Env &E, bool Record) {
  if (Record)
    C.Published.joinWith(membersOf(E, C.Shape.Followed), NotLocal);
  for (auto &[D, V] : E.Vars)
    if (const auto *F = dyn_cast<FieldDecl>(D); F && C.Shape.Followed.count(F)) {
      const Value *I = C.Invariant.find(F);
      V = I ? V.join(*I) : C.Computing ? V : Value::unknown(V.Kind);
    }
}

void Members::callEffect(const CallParts &P, const FunctionDecl *Fn, Env &E,
                         bool Record) {
  ClassState *C = stateOf(classOfMethod(Fn));
  if (!C)
    return;
  ready(*C);
  if (!C->Shape.followsAnything())
    return;
  const auto *Callee = dyn_cast<CXXMethodDecl>(P.Callee);
  bool OnThis = Callee && !Callee->isStatic() && isThis(P.Receiver);
  bool GivenThis = llvm::any_of(P.Args, isThis);
  bool Own = OnThis && Callee->getParent() == C->Shape.RD && !GivenThis;
  // A virtual call on `this` may run any override, and a base class's
  // method may make one. Library code is assumed not to call back into the
  // class unless given the object.
  bool MayRunAnyMethod =
      GivenThis || (OnThis && !M.Words.isLibraryCode(Callee) &&
                    (Callee->isVirtual() || Callee->getParent() != C->Shape.RD));
  const FunctionDecl *Def = nullptr;
  if (const CXXMethodDecl *Target =
          !Own ? nullptr
          : Callee->isVirtual()
              ? Callee->getDevirtualizedMethod(P.Receiver, false)
              : Callee;
      Target && Target->hasBody(Def) && Def && C->Exit.count(Def)) {
    MayRunAnyMethod = false;
    ownMethodEffect(*C, Def, E, Record);
  } else if (MayRunAnyMethod || Own) {
    anyMethodEffect(*C, E, Record);
  }
  // When a method of the object returns, what annotations state holds.
  if (Own || MayRunAnyMethod)
    for (const auto &[F, A] : C->Shape.Annotated)
      if (const Value *V = E.find(F))
        E.at(F) = stated(*C, F, *V);
}

} // namespace torch_tidy
