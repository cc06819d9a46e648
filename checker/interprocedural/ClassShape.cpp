//===- ClassShape.cpp -----------------------------------------------------===//
#include "interprocedural/ClassShape.h"
#include "ast/Handlers.h"
#include "ast/Strip.h"
#include "model/Annotations.h"
#include "model/Escapes.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torch_tidy {
namespace {

bool isThis(const Expr *E) { return thisOf(E) != nullptr; }

/// The member of `this` an expression names directly, or null.
const MemberExpr *memberOfThis(const Expr *E) {
  const auto *ME = dyn_cast_or_null<MemberExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  return ME && isThis(ME->getBase()) ? ME : nullptr;
}

/// What a method's body does with the class's members and methods.
class MemberUses : public RecursiveASTVisitor<MemberUses> {
public:
  MemberUses(const Vocabulary &Words, const CXXRecordDecl *RD,
             llvm::DenseSet<const FieldDecl *> &Mentions,
             llvm::SmallVector<const FunctionDecl *, 4> &Calls,
             llvm::DenseSet<const FieldDecl *> &Unfollow,
             llvm::DenseSet<const FunctionDecl *> &External)
      : Words(Words), RD(RD), Mentions(Mentions), Calls(Calls),
        Unfollow(Unfollow), External(External) {}

  bool VisitCallExpr(CallExpr *CE) {
    // `enroll(this)`, `v.push_back(this)`: the callee may keep it.
    for (const Expr *Arg : CE->arguments())
      LetsThisOut |= isThis(Arg) || isa<CXXThisExpr>(Arg->IgnoreParenImpCasts());
    // A module member used as the object of an operator: `module_->`,
    // `fc_(x)`, `module_ = ...`.
    if (isa<CXXOperatorCallExpr>(CE) && CE->getNumArgs() > 0)
      if (const MemberExpr *ME = memberOfThis(CE->getArg(0)))
        ModuleUses.insert(ME);
    // The debug check's `torch_tidy_inspect(module_)` only reads.
    if (Vocabulary::isDebugInspection(CE->getDirectCallee()))
      for (const Expr *Arg : CE->arguments())
        if (const MemberExpr *ME = memberOfThis(Arg))
          ModuleUses.insert(ME);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const Expr *Object = MC->getImplicitObjectArgument();
    const CXXMethodDecl *M = MC->getMethodDecl();
    if (const MemberExpr *ME = memberOfThis(Object)) {
      ModuleUses.insert(ME); // `module_.to(...)`, `module_.forward(...)`
      // `detector_.load(path)`: a method of an object member.
      const auto *Callee = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
      if (M && !M->isStatic() && !M->isOverloadedOperator() &&
          !isa<CXXConversionDecl>(M) && Callee && !Callee->isArrow())
        ObjectCalls.insert(ME);
    }
    if (!M || M->getParent() != RD || !isThis(Object))
      return true;
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Direct.insert(ME);
    Calls.push_back(M);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME);
  bool VisitReturnStmt(ReturnStmt *R);
  bool VisitDeclRefExpr(DeclRefExpr *DR) {
    // `&Detector::run`: a method that may run from anywhere.
    if (const auto *M = dyn_cast<CXXMethodDecl>(DR->getDecl());
        M && M->getParent() == RD)
      External.insert(M->getCanonicalDecl());
    // `&Detector::model_`: a pointer to the member, which code anywhere may
    // write through.
    if (const auto *F = dyn_cast<FieldDecl>(DR->getDecl());
        F && F->getParent() == RD)
      Unfollow.insert(F);
    return true;
  }

private:
  const Vocabulary &Words;
  const CXXRecordDecl *RD;
  llvm::DenseSet<const FieldDecl *> &Mentions;
  llvm::SmallVector<const FunctionDecl *, 4> &Calls;
  llvm::DenseSet<const FieldDecl *> &Unfollow;
  llvm::DenseSet<const FunctionDecl *> &External;
  llvm::DenseSet<const MemberExpr *> Direct;
  llvm::DenseSet<const MemberExpr *> ModuleUses;
  llvm::DenseSet<const MemberExpr *> ObjectCalls;

public:
  /// Members followed as objects (ClassShape::Objects).
  const llvm::DenseSet<const FieldDecl *> *Objects = nullptr;
  /// The method whose body is scanned.
  const FunctionDecl *Method = nullptr;
  bool LetsThisOut = false;
};

/// `return *this;`, `return this;`: an alias of the caller's object. A
/// member returned by non-const reference or pointer (`torch::Tensor
/// &buffer() { return buf_; }`, `return &buf_;`) may be written by anyone.
bool MemberUses::VisitReturnStmt(ReturnStmt *R) {
  const Expr *V = R->getRetValue();
  if (!V)
    return true;
  V = V->IgnoreParenImpCasts();
  if (isThis(V) || isa<CXXThisExpr>(V))
    LetsThisOut = true;
  QualType T = Method ? Method->getReturnType() : QualType();
  bool Writable = !T.isNull() && (T->isReferenceType() || T->isPointerType()) &&
                  !T->getPointeeType().isConstQualified();
  if (const auto *Addr = dyn_cast<UnaryOperator>(V);
      Addr && Addr->getOpcode() == UO_AddrOf)
    V = Addr->getSubExpr()->IgnoreParenImpCasts();
  if (const MemberExpr *ME = memberOfThis(V); Writable && ME)
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
        F && F->getParent() == RD)
      Unfollow.insert(F);
  return true;
}

bool MemberUses::VisitMemberExpr(MemberExpr *ME) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
    if (M->getParent() == RD && !Direct.count(ME))
      External.insert(M->getCanonicalDecl());
    return true;
  }
  const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!F || F->getParent() != RD)
    return true;
  if (isThis(ME->getBase())) {
    Mentions.insert(F);
    // Module handles are shallow: a copy of one (returned, passed, bound)
    // converts the member when it is converted. Only calls on it are fine.
    if (Words.kindOf(F->getType()) == ValueKind::Module && !ModuleUses.count(ME))
      Unfollow.insert(F);
    // An object member passed, copied, assigned or bound anywhere may change
    // where the flow does not look.
    if (Objects && Objects->count(F) && !ObjectCalls.count(ME))
      Unfollow.insert(F);
    return true;
  }
  // Another object's member: read as the invariant, but only through a
  // const object, which cannot write it (unless it is mutable).
  QualType Base = ME->getBase()->getType();
  if (ME->isArrow())
    Base = Base->getPointeeType();
  if (!Base.isConstQualified() || F->isMutable())
    Unfollow.insert(F);
  return true;
}

/// True when nothing outside RD's own methods can reach its private
/// members: no friends, no nested classes, no member templates. A class
/// template's specialization counts as a class of its own; a method this
/// file does not instantiate is read from the template (scanMethods).
bool closedClass(const CXXRecordDecl *RD) {
  if (!RD || RD->isDependentContext() || RD->isUnion() || RD->isLambda() ||
      RD->hasFriends())
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

/// Private, or protected in a class nothing derives from.
bool followableAccess(const FieldDecl *F, const CXXRecordDecl *RD) {
  return F->getAccess() == AS_private ||
         (F->getAccess() == AS_protected && RD->isEffectivelyFinal());
}

bool followable(const Vocabulary &Words, const FieldDecl *F,
                const CXXRecordDecl *RD) {
  QualType T = F->getType();
  if (Words.kindOf(T) == ValueKind::None || T->isReferenceType() ||
      F->isAnonymousStructOrUnion())
    return false;
  return followableAccess(F, RD);
}

/// A method of a class template's instantiation that this file never
/// calls has no body of its own; another file may instantiate and call it.
/// Its template's body tells which members it names: those are not
/// followed. False when it names something through `this` that cannot be
/// told (a dependent member, `*this` passed on) or is a constructor, whose
/// members would start in states no constructor here gives.
bool scanUninstantiated(const CXXRecordDecl *RD, const FunctionDecl *Pattern,
                        llvm::DenseSet<const FieldDecl *> &Unfollow) {
  if (isa<CXXConstructorDecl>(Pattern))
    return false;
  struct Scan : RecursiveASTVisitor<Scan> {
    const CXXRecordDecl *RD;
    llvm::DenseSet<const FieldDecl *> &Unfollow;
    llvm::DenseSet<const Expr *> Bases;
    bool Clear = true;
    Scan(const CXXRecordDecl *RD, llvm::DenseSet<const FieldDecl *> &U)
        : RD(RD), Unfollow(U) {}
    // Any name of a member, of this object or another, resolved or
    // dependent (`obj.model_` in a generic lambda), or as a pointer to
    // member (`&Det::model_`).
    void names(DeclarationName Name) {
      for (const FieldDecl *Own : RD->fields())
        if (Own->getDeclName() == Name)
          Unfollow.insert(Own);
    }
    bool VisitMemberExpr(MemberExpr *M) {
      Bases.insert(M->getBase()->IgnoreParenImpCasts());
      names(M->getMemberDecl()->getDeclName());
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      names(R->getDecl()->getDeclName());
      return true;
    }
    bool VisitDependentScopeDeclRefExpr(DependentScopeDeclRefExpr *R) {
      names(R->getDeclName());
      return true;
    }
    bool VisitCXXThisExpr(CXXThisExpr *T) {
      return Clear = Bases.contains(T);
    }
    bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *M) {
      names(M->getMember());
      return Clear = !M->isImplicitAccess() &&
                     !isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts());
    }
    bool VisitUnresolvedMemberExpr(UnresolvedMemberExpr *M) {
      return Clear = !M->isImplicitAccess() &&
                     !isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts());
    }
  } S(RD, Unfollow);
  S.TraverseStmt(const_cast<Stmt *>(Pattern->getBody()));
  return S.Clear;
}

/// Reads the methods' bodies into Shape. False when one of them makes
/// every member unfollowable: a body not in this file, code that does not
/// compile, `this` kept where the flow cannot see it.
bool scanMethods(const Vocabulary &Words, ClassShape &Shape,
                 llvm::DenseSet<const FieldDecl *> &Unfollow,
                 llvm::DenseSet<const FunctionDecl *> &External) {
  const CXXRecordDecl *RD = Shape.RD;
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
      if (const FunctionDecl *P = M->getTemplateInstantiationPattern();
          P && P->getBody() && scanUninstantiated(RD, P, Unfollow))
        continue;
      return false;
    }
    // Implicit copies and moves copy members of objects of the class, and
    // an implicit destructor writes none.
    if ((Def->isImplicit() || Def->isDefaulted()) &&
        !(isa<CXXConstructorDecl>(Def) &&
          cast<CXXConstructorDecl>(Def)->isDefaultConstructor()))
      continue;
    MemberUses Uses(Words, RD, Shape.Mentions[Def], Shape.Calls[Def], Unfollow,
                    External);
    Uses.Objects = &Shape.Objects;
    Uses.Method = Def;
    Escapes Found;
    Uses.TraverseStmt(const_cast<Stmt *>(Def->getBody()));
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *I : Ctor->inits()) {
        Uses.TraverseStmt(I->getInit());
        scanEscapes(Words, I->getInit(), Found, RD);
        // `module_(shared)`: a module handle the caller keeps a copy of.
        if (const FieldDecl *F = I->getMember();
            F && Words.kindOf(F->getType()) == ValueKind::Module &&
            Words.sourceDecl(I->getInit()))
          Unfollow.insert(F);
      }
    scanEscapes(Words, Def->getBody(), Found, RD);
    Shape.LetsThisOut |= Uses.LetsThisOut;
    if (Found.HasErrors || Found.ThisKept)
      return false; // code that does not compile, or `this` kept
    for (const ValueDecl *D : Found.Vars)
      if (const auto *F = dyn_cast<FieldDecl>(D))
        Unfollow.insert(F);
    if (!M->isStatic())
      Shape.Methods.push_back(Def);
  }
  return true;
}

/// A method that catches and goes on may have stopped a call on an object
/// member half-way, leaving it in states no exit of that call has: such a
/// class follows no object members.
void dropObjectsStoppedHalfway(ClassShape &Shape) {
  if (Shape.Objects.empty() ||
      llvm::none_of(Shape.Methods, [](const FunctionDecl *Fn) {
        return catchesAndGoesOn(Fn->getBody());
      }))
    return;
  for (const FieldDecl *F : Shape.Objects)
    Shape.Followed.erase(F);
  Shape.Objects.clear();
}

} // namespace

ClassShape
shapeOf(const Vocabulary &Words, AnnotationCache &Annotations,
        const CXXRecordDecl *RD,
        llvm::function_ref<bool(const CXXRecordDecl *)> FollowsObjects) {
  ClassShape Shape;
  Shape.RD = RD;
  if (!RD || RD->getASTContext().getSourceManager().isInSystemHeader(
                 RD->getLocation()) ||
      Words.isLibraryCode(RD))
    return Shape;
  for (const FieldDecl *F : RD->fields())
    if (Words.kindOf(F->getType()) != ValueKind::None)
      if (const std::optional<Facts> &A = Annotations.of(F))
        Shape.Annotated[F] = *A;
  // An nn::Module's `to()`, called from anywhere, converts the submodules
  // and parameters its members refer to.
  if (!closedClass(RD) || Words.isNnModule(RD))
    return Shape;
  for (const FieldDecl *F : RD->fields()) {
    if (followable(Words, F, RD)) {
      Shape.Followed.insert(F);
      continue;
    }
    const CXXRecordDecl *Of = F->getType()->getAsCXXRecordDecl();
    if (Of && Of->getDefinition() && Of->getDefinition() != RD &&
        !Words.isLibraryCode(Of) && followableAccess(F, RD) &&
        !F->isMutable() && FollowsObjects(Of->getDefinition())) {
      Shape.Followed.insert(F);
      Shape.Objects.insert(F);
    }
  }
  if (Shape.Followed.empty())
    return Shape;
  llvm::DenseSet<const FieldDecl *> Unfollow;
  llvm::DenseSet<const FunctionDecl *> External;
  if (!scanMethods(Words, Shape, Unfollow, External)) {
    Shape.Followed.clear();
    Shape.Objects.clear();
    return Shape;
  }
  for (const FieldDecl *F : Unfollow) {
    Shape.Followed.erase(F);
    Shape.Objects.erase(F);
  }
  dropObjectsStoppedHalfway(Shape);
  Shape.DefaultConstructedElsewhere = RD->needsImplicitDefaultConstructor();
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isDefaultConstructor() && !Ctor->isDeleted() &&
        (Ctor->isImplicit() || Ctor->isDefaulted()) && !Ctor->hasBody())
      Shape.DefaultConstructedElsewhere = true;
  for (const FunctionDecl *Def : Shape.Methods)
    if (const auto *M = cast<CXXMethodDecl>(Def);
        M->getAccess() == AS_private && !M->isVirtual() &&
        !isa<CXXConstructorDecl, CXXDestructorDecl>(M) &&
        !External.count(M->getCanonicalDecl()))
      Shape.Internal.insert(Def);
  return Shape;
}

} // namespace torch_tidy
