//===- Flags.cpp ----------------------------------------------------------===//
#include "interprocedural/Flags.h"
#include "ast/FlagTests.h"
#include "domain/Limits.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The flags `if` and `?:` conditions test, through `&&`, `||` and `!`, in
/// the order of their first test; not those of lambdas inside the body,
/// which are functions of their own.
class TestFinder : public RecursiveASTVisitor<TestFinder> {
public:
  llvm::SmallVector<Flag, 4> Found;

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitIfStmt(IfStmt *S) {
    if (!S->getConditionVariable())
      collect(S->getCond());
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *C) {
    collect(C->getCond());
    return true;
  }

private:
  void collect(const Expr *E) {
    if (!E)
      return;
    E = E->IgnoreParenImpCasts();
    if (const auto *B = dyn_cast<BinaryOperator>(E); B && B->isLogicalOp()) {
      collect(B->getLHS());
      collect(B->getRHS());
      return;
    }
    std::optional<FlagTest> T = flagTest(E);
    if (T && llvm::none_of(Found, [&](const Flag &F) { return F.Decl == T->Flag; }))
      Found.push_back({T->Flag, E});
  }
};

/// Whether a body uses D other than by reading its value: assigned,
/// incremented, its address taken, bound to a reference (any use that is
/// not an lvalue-to-rvalue conversion counts).
class WriteFinder : public RecursiveASTVisitor<WriteFinder> {
public:
  explicit WriteFinder(const ValueDecl *D) : D(D) {}
  bool Written = false;

  bool VisitImplicitCastExpr(ImplicitCastExpr *C) {
    if (C->getCastKind() == CK_LValueToRValue)
      Reads.insert(C->getSubExpr()->IgnoreParens());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) { return use(R, R->getDecl()); }
  bool VisitMemberExpr(MemberExpr *M) { return use(M, M->getMemberDecl()); }

private:
  bool use(const Expr *E, const ValueDecl *Of) {
    Written = Written || (Of == D && !Reads.contains(E));
    return !Written;
  }
  const ValueDecl *D;
  llvm::DenseSet<const Expr *> Reads;
};

bool writes(const Stmt *Body, const ValueDecl *D) {
  WriteFinder W(D);
  W.TraverseStmt(const_cast<Stmt *>(Body));
  return W.Written;
}

/// Whether E involves a value the analysis tracks (a tensor, a module, a
/// dtype, ...), whose state would decide it.
bool involvesTracked(const Expr *E, const Vocabulary &Words) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Vocabulary &Words;
    bool Found = false;
    explicit Finder(const Vocabulary &W) : Words(W) {}
    bool VisitExpr(Expr *X) {
      Found = Found || Words.kindOf(X->getType()) != ValueKind::None;
      return !Found;
    }
  } F(Words);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// A value a flag may start with that leaves both of its values possible.
bool freeValue(const Expr *Init, const Vocabulary &Words, ASTContext &Ctx) {
  if (!Init || Init->isValueDependent())
    return false;
  return !Init->isEvaluatable(Ctx) && !involvesTracked(Init, Words);
}

/// What constructor C initializes member F with; null when nothing does.
const Expr *initializerOf(const CXXConstructorDecl *C, const FieldDecl *F) {
  for (const CXXCtorInitializer *I : C->inits())
    if (I->getMember() == F) {
      const Expr *E = I->getInit();
      if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E))
        return D->getExpr();
      return E;
    }
  return F->getInClassInitializer();
}

/// The bodies of every method of RD, or none if one is not in the file.
std::optional<std::vector<const Stmt *>> methodBodies(const CXXRecordDecl *RD) {
  std::vector<const Stmt *> Bodies;
  auto Add = [&](const FunctionDecl *M) {
    const FunctionDecl *Def = nullptr;
    if (M->isDefined(Def) && Def->getBody()) {
      Bodies.push_back(Def->getBody());
      return true;
    }
    return M->isImplicit() || M->isDeleted() || M->isDefaulted() ||
           M->isPureVirtual();
  };
  for (const Decl *D : RD->decls()) {
    if (const auto *Nested = dyn_cast<CXXRecordDecl>(D);
        Nested && !Nested->isInjectedClassName())
      return std::nullopt; // a nested class may write the member
    const FunctionDecl *M = dyn_cast<CXXMethodDecl>(D);
    if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
      M = T->getTemplatedDecl();
    if (M && !Add(M))
      return std::nullopt;
  }
  return Bodies;
}

/// The values a flag starts with in FD: a member's initializers (FD's own
/// when FD is a constructor, else every constructor's), a local's
/// initializer, none for a parameter.
using Starts = llvm::SmallVector<const Expr *, 2>;

/// A member is a flag of FD when only constructors' initializers set it and
/// it starts free: in FD when FD is a constructor, else in some constructor.
std::optional<Starts> memberFlag(const FieldDecl *F, const FunctionDecl *FD,
                                 const Vocabulary &Words) {
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (!RD || RD->hasFriends() ||
      !(F->getAccess() == AS_private ||
        (F->getAccess() == AS_protected && RD->hasAttr<FinalAttr>())))
    return std::nullopt;
  std::optional<std::vector<const Stmt *>> Bodies = methodBodies(RD);
  if (!Bodies || llvm::any_of(*Bodies, [&](const Stmt *B) { return writes(B, F); }))
    return std::nullopt;
  ASTContext &Ctx = FD->getASTContext();
  if (const auto *Own = dyn_cast<CXXConstructorDecl>(FD);
      Own && Own->getParent() == RD) {
    const Expr *Init = initializerOf(Own, F);
    if (!freeValue(Init, Words, Ctx))
      return std::nullopt;
    return Starts{Init};
  }
  Starts All;
  bool SomeFree = false;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isImplicit())
      continue;
    const Expr *Init = initializerOf(C, F);
    if (Init && involvesTracked(Init, Words))
      return std::nullopt;
    SomeFree = SomeFree || freeValue(Init, Words, Ctx);
    if (Init)
      All.push_back(Init);
  }
  return SomeFree ? std::optional<Starts>(All) : std::nullopt;
}

std::optional<Starts> flagStarts(const ValueDecl *D, const FunctionDecl *FD,
                                 const Vocabulary &Words) {
  if (const auto *F = dyn_cast<FieldDecl>(D))
    return memberFlag(F, FD, Words);
  const auto *V = dyn_cast<VarDecl>(D);
  if (!V || V->getDeclContext() != FD || !V->hasLocalStorage() ||
      writes(FD->getBody(), V))
    return std::nullopt;
  if (isa<ParmVarDecl>(V))
    return Starts{};
  if (!freeValue(V->getInit(), Words, FD->getASTContext()))
    return std::nullopt;
  return Starts{V->getInit()};
}

/// Whether E names D.
bool mentions(const Expr *E, const ValueDecl *D) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ValueDecl *D;
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      Found = Found || R->getDecl() == D;
      return !Found;
    }
    bool VisitMemberExpr(MemberExpr *M) {
      Found = Found || M->getMemberDecl() == D;
      return !Found;
    }
  } F{{}, D};
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// Whether A and B read one variable: `half` and `half`, `cfg.half` and
/// `cfg.half`, `this->opts_.fp16` and `opts_.fp16`.
bool sameVariable(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  const auto *RA = dyn_cast<DeclRefExpr>(A), *RB = dyn_cast<DeclRefExpr>(B);
  if (RA && RB)
    return RA->getDecl() == RB->getDecl();
  const auto *MA = dyn_cast<MemberExpr>(A), *MB = dyn_cast<MemberExpr>(B);
  return MA && MB && MA->getMemberDecl() == MB->getMemberDecl() &&
         sameVariable(MA->getBase(), MB->getBase());
}

/// Two flags whose values are tied: one starts from the other, or both
/// start from the same value (`a_(cfg.half), b_(cfg.half)`). Assuming them
/// independent would follow paths that never run.
bool tied(const ValueDecl *A, const Starts &SA, const ValueDecl *B,
          const Starts &SB) {
  for (const Expr *X : SA)
    if (mentions(X, B))
      return true;
  for (const Expr *Y : SB) {
    if (mentions(Y, A))
      return true;
    for (const Expr *X : SA)
      if (sameVariable(X, Y))
        return true;
  }
  return false;
}

} // namespace

llvm::SmallVector<Flag, 2> flagsOf(const Vocabulary &Words,
                                   const FunctionDecl *FD) {
  llvm::SmallVector<Flag, 2> Flags;
  if (!FD->getBody())
    return Flags;
  TestFinder Tests;
  Tests.TraverseStmt(FD->getBody());
  llvm::SmallVector<Starts, 2> Started;
  for (const Flag &F : Tests.Found) {
    if (Flags.size() == limits::FlagsFollowed)
      break;
    std::optional<Starts> S = flagStarts(F.Decl, FD, Words);
    bool Tied = false;
    for (unsigned I = 0; S && I < Flags.size(); ++I)
      Tied = Tied || tied(Flags[I].Decl, Started[I], F.Decl, *S);
    if (!S || Tied)
      continue;
    Flags.push_back(F);
    Started.push_back(std::move(*S));
  }
  return Flags;
}

std::vector<Valuation> valuationsOf(llvm::ArrayRef<Flag> Flags) {
  std::vector<Valuation> All;
  for (unsigned Bits = 0; Bits < (1u << Flags.size()); ++Bits) {
    Valuation V;
    for (unsigned I = 0; I < Flags.size(); ++I)
      V.push_back({Flags[I].Decl, !((Bits >> I) & 1), Flags[I].FirstTest});
    All.push_back(std::move(V));
  }
  return All;
}

} // namespace torch_tidy
