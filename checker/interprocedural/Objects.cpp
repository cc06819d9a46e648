//===- Objects.cpp --------------------------------------------------------===//
#include "interprocedural/Objects.h"
#include "ast/Handlers.h"
#include "ast/Strip.h"
#include "vocabulary/Vocabulary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

namespace {

/// The constructor `std::make_shared<T>(args)` / `std::make_unique<T>(args)`
/// runs, when one alone of T's constructors (not a copy or move, not a
/// template) takes that many arguments.
const CXXConstructorDecl *madeBy(const CXXRecordDecl *RD, const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->isInStdNamespace() || !Callee->getIdentifier() ||
      !(Callee->getName() == "make_shared" || Callee->getName() == "make_unique"))
    return nullptr;
  const CXXConstructorDecl *Found = nullptr;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (Ctor->isCopyOrMoveConstructor() || Ctor->isDeleted() ||
        Call->getNumArgs() < Ctor->getMinRequiredArguments() ||
        Call->getNumArgs() > Ctor->getNumParams())
      continue;
    if (Found)
      return nullptr;
    Found = Ctor;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D);
        FT && isa<CXXConstructorDecl>(FT->getTemplatedDecl()))
      return nullptr;
  return Found;
}

/// The constructor call that makes the object VD's initializer gives, as
/// a call of the constructor.
std::optional<CallParts> construction(const Vocabulary &Words,
                                      const CXXRecordDecl *RD,
                                      const Expr *Init) {
  Init = Init ? strip(Init) : nullptr;
  // `std::unique_ptr<T> p(new T(args))`
  if (const auto *Holder = dyn_cast_or_null<CXXConstructExpr>(Init);
      Holder && Words.is(Holder->getType(), TypeRole::SmartPointer) &&
      Holder->getNumArgs() == 1)
    if (const auto *New = dyn_cast<CXXNewExpr>(strip(Holder->getArg(0))))
      Init = New->getConstructExpr();
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init))
    return constructorParts(CE);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Init))
    if (const CXXConstructorDecl *Ctor = madeBy(RD, Call)) {
      CallParts P;
      P.Callee = Ctor;
      for (const Expr *Arg : Call->arguments())
        P.Args.push_back(Arg);
      return P;
    }
  return std::nullopt;
}

/// Kinds whose value lives in Value::Elements: an object's element keeps
/// one Facts, so members of these kinds stay as their class says.
bool keptByElements(ValueKind K) {
  return K == ValueKind::IValueList || K == ValueKind::StdTuple;
}

} // namespace

llvm::SmallVector<const FieldDecl *, 8> objectMembers(const ClassShape &Shape) {
  llvm::SmallVector<const FieldDecl *, 8> Out;
  if (Shape.RD)
    for (const FieldDecl *F : Shape.RD->fields())
      if (Shape.Followed.count(F))
        Out.push_back(F);
  return Out;
}

bool overlayObject(const Value &Object, const ClassShape &Shape, Env &Entry) {
  llvm::SmallVector<const FieldDecl *, 8> Fields = objectMembers(Shape);
  if (!Object.ListKnown || Object.Elements.size() != Fields.size())
    return false;
  bool Known = false;
  for (unsigned I = 0; I < Fields.size(); ++I) {
    // What an annotation states holds whenever a method starts.
    if (!Entry.find(Fields[I]) || Shape.Annotated.count(Fields[I]))
      continue;
    Value &Slot = Entry.at(Fields[I]);
    if (keptByElements(Slot.Kind))
      continue;
    Slot = Value::of(Slot.Kind, Object.Elements[I].State);
    Known |= Slot.State.DType.isKnown() || Slot.State.Dev.isKnown();
  }
  return Known;
}

const ClassShape *Objects::shapeFor(QualType T) {
  const CXXRecordDecl *RD = objectClass(M.Words, T);
  if (!RD || !Mem.settled(RD) || Mem.shapeOfClass(RD).LetsThisOut)
    return nullptr;
  return &Mem.shapeOfClass(RD);
}

bool Objects::mayStopHalfway(const ClassShape &Shape, const FunctionDecl *Def) {
  auto [It, New] = StopsHalfway.try_emplace(Def, false);
  if (!New)
    return It->second;
  // Def, and what it calls on `this`, each once.
  llvm::SmallVector<const FunctionDecl *, 8> Work{Def};
  llvm::DenseSet<const FunctionDecl *> Seen{Def};
  bool Found = false;
  while (!Work.empty() && !Found) {
    const FunctionDecl *Fn = Work.pop_back_val();
    Found = catchesAndGoesOn(Fn->getBody());
    auto Calls = Shape.Calls.find(Fn);
    if (Calls != Shape.Calls.end())
      for (const FunctionDecl *Next : Calls->second)
        if (const FunctionDecl *NextDef = Next->getDefinition();
            NextDef && Seen.insert(NextDef).second)
          Work.push_back(NextDef);
  }
  return StopsHalfway[Def] = Found;
}

bool Objects::followed(const VarDecl *VD) {
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!Fn || !Fn->hasBody())
    return false;
  auto [It, New] = FollowedIn.try_emplace(Fn);
  if (New) {
    It->second = usedThroughMethods(M.Words, Fn);
  }
  // Looked up again: shapeFor may follow other functions' objects.
  return FollowedIn[Fn].count(VD) && shapeFor(VD->getType());
}

Value Objects::fromExits(const ClassShape &Shape,
                         const std::optional<Env> &Exits) {
  if (!Exits || !Exits->Reached)
    return Value::unknown(ValueKind::Object);
  Value V{ValueKind::Object, Facts::top(), {}, true};
  for (const FieldDecl *F : objectMembers(Shape)) {
    const Value *X = Exits->find(F);
    ListElement El{X ? X->State : Facts::top(), nullptr};
    // A spelling names the method's code, not the caller's.
    El.State.DType.Spelling = nullptr;
    El.State.Dev.Spelling = nullptr;
    V.Elements.push_back(El);
  }
  return V;
}

Value Objects::made(QualType T, const Expr *Init, Evaluator &Caller,
                    const Env &S) {
  const ClassShape *Shape = shapeFor(T);
  std::optional<CallParts> P =
      Shape ? construction(M.Words, Shape->RD, Init) : std::nullopt;
  const FunctionDecl *Def = nullptr;
  if (!P || !P->Callee->hasBody(Def) || !Def ||
      cast<CXXMethodDecl>(Def)->getParent()->getDefinition() != Shape->RD ||
      mayStopHalfway(*Shape, Def))
    return Value::unknown(ValueKind::Object);
  return fromExits(*Shape, Sums.exitsOf(Def, *P, nullptr, Caller, S));
}

Value Objects::afterCall(const CallParts &P, const Value &Object,
                         Evaluator &Caller, const Env &S) {
  const auto *MD = dyn_cast<CXXMethodDecl>(P.Callee);
  const CXXRecordDecl *RD = MD ? MD->getParent()->getDefinition() : nullptr;
  const CXXRecordDecl *Own =
      P.Receiver ? objectClass(M.Words, P.Receiver->getType()) : nullptr;
  const FunctionDecl *Def = Sums.summarizable(P);
  // A method of a base class works on members the object's shape does not
  // list.
  if (!RD || Own != RD || !Def || !Mem.settled(RD) ||
      cast<CXXMethodDecl>(Def)->getParent()->getDefinition() != RD ||
      mayStopHalfway(Mem.shapeOfClass(RD), Def))
    return Value::unknown(ValueKind::Object);
  return fromExits(Mem.shapeOfClass(RD),
                   Sums.exitsOf(Def, P, Object.ListKnown ? &Object : nullptr,
                                Caller, S));
}

bool Objects::thisCall(const CallParts &P, Evaluator &Caller, Env &E) {
  const auto *Callee = dyn_cast<CXXMethodDecl>(P.Callee);
  const auto *Fn = dyn_cast_or_null<CXXMethodDecl>(Caller.function());
  if (!Callee || !Fn || Callee->isStatic() || Callee->isVirtual() ||
      !P.Receiver || !thisOf(P.Receiver) ||
      llvm::any_of(P.Args, [](const Expr *A) { return thisOf(A); }))
    return false;
  const CXXRecordDecl *RD = Fn->getParent()->getDefinition();
  const FunctionDecl *Def = Sums.summarizable(P);
  if (!RD || !Def || Callee->getParent()->getDefinition() != RD ||
      !Mem.settled(RD))
    return false;
  const ClassShape &Shape = Mem.shapeOfClass(RD);
  // A callee that calls methods on `this` itself would be followed the same
  // way, each level from new states: only the last level is, so a chain of
  // calls costs one analysis per call.
  auto Calls = Shape.Calls.find(Def);
  if (!Shape.followsAnything() || !Shape.Annotated.empty() ||
      (Calls != Shape.Calls.end() && !Calls->second.empty()) ||
      mayStopHalfway(Shape, Def))
    return false;
  llvm::SmallVector<const FieldDecl *, 8> Fields = objectMembers(Shape);
  Value Object{ValueKind::Object, Facts::top(), {}, true};
  for (const FieldDecl *F : Fields) {
    const Value *V = E.find(F);
    Object.Elements.push_back({V ? V->State : Facts::top(), nullptr});
  }
  std::optional<Env> Exits = Sums.exitsOf(Def, P, &Object, Caller, E);
  if (!Exits || !Exits->Reached)
    return false;
  for (const FieldDecl *F : Fields)
    if (Value *Now = E.find(F) ? &E.at(F) : nullptr) {
      const Value *After = Exits->find(F);
      *Now = After ? *After : Value::unknown(Now->Kind);
    }
  return true;
}

} // namespace torch_tidy
