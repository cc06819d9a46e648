//===- Flags.cpp ----------------------------------------------------------===//
#include "interprocedural/Flags.h"
#include "interprocedural/ConstantArguments.h"
#include "ast/Accesses.h"
#include "ast/FlagTests.h"
#include "ast/Literals.h"
#include "domain/Limits.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"
#include <set>

using namespace clang;

namespace torch_tidy {
namespace {

/// What a function's conditions say about its booleans: the tests that are
/// one boolean (`fp16_`, `!half`) in an `if`, a `?:` or an operand of
/// `&&`/`||`, in the order met; every other condition; and every name that
/// such a test reads. Lambdas inside are functions of their own.
class ConditionScan : public RecursiveASTVisitor<ConditionScan> {
public:
  llvm::SmallVector<Flag, 4> Tests;
  llvm::SmallVector<const Stmt *, 8> Others;
  llvm::DenseSet<const Expr *> TestReads;
  /// `?:` on a boolean whose value is not a tracked kind (`half ? 1 : 0`).
  llvm::DenseSet<const ValueDecl *> ChoosesUntracked;
  bool HasGoto = false;

  explicit ConditionScan(const Vocabulary &Words) : Words(Words) {}

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitGotoStmt(GotoStmt *) { return HasGoto = true; }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return HasGoto = true; }
  bool VisitIfStmt(IfStmt *S) {
    if (S->isConsteval())
      return other(S);
    if (S->isConstexpr())
      return true; // decided when compiled
    if (const VarDecl *V = S->getConditionVariable())
      Others.push_back(V->getInit());
    else
      condition(S->getCond());
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *C) {
    if (std::optional<FlagTest> T = flagTest(C->getCond());
        T && Words.kindOf(C->getType()) == ValueKind::None)
      ChoosesUntracked.insert(T->Flag);
    condition(C->getCond());
    return true;
  }
  bool VisitBinaryConditionalOperator(BinaryConditionalOperator *C) {
    return other(C);
  }
  // Loops, handlers and other switches branch on what the flags do not
  // decide.
  bool VisitWhileStmt(WhileStmt *S) { return other(S); }
  bool VisitDoStmt(DoStmt *S) { return other(S); }
  bool VisitForStmt(ForStmt *S) { return other(S); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return other(S); }
  /// `switch (precision_)`: a test of the flag against each `case`.
  bool VisitSwitchStmt(SwitchStmt *S) {
    std::optional<FlagSwitch> F = flagSwitch(S);
    if (!F || F->Cases.empty())
      return other(S);
    TestReads.insert(F->Read);
    Flag &Known = flagNamed(F->Flag, F->Read);
    for (int64_t V : F->Cases)
      if (!llvm::is_contained(Known.Values, V))
        Known.Values.push_back(V);
    if (F->Default && !llvm::is_contained(Known.Values, *F->Default))
      Known.Values.push_back(*F->Default);
    return true;
  }
  bool VisitCXXTryStmt(CXXTryStmt *S) { return other(S); }
  bool VisitGCCAsmStmt(GCCAsmStmt *S) {
    if (S->isAsmGoto())
      HasGoto = true;
    return !S->isAsmGoto() || other(S);
  }
  /// `&&` and `||` branch wherever they are: a value (`return ready ||
  /// f();`) is not a condition this scan decided.
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isLogicalOp() && !InConditions.contains(B))
      other(B);
    return true;
  }

private:
  bool other(const Stmt *S) {
    Others.push_back(S);
    return true;
  }
  void condition(const Expr *E) {
    if (!E)
      return;
    E = E->IgnoreParenImpCasts();
    if (const auto *B = dyn_cast<BinaryOperator>(E); B && B->isLogicalOp()) {
      InConditions.insert(B);
      condition(B->getLHS());
      condition(B->getRHS());
      return;
    }
    std::optional<FlagTest> T = flagTest(E);
    if (!T) {
      Others.push_back(E);
      return;
    }
    TestReads.insert(T->Read);
    Flag &Known = flagNamed(T->Flag, E);
    if (!T->Against && Known.Values.empty())
      Known.Values = {1, 0};
    if (T->Against && !llvm::is_contained(Known.Values, *T->Against))
      Known.Values.push_back(*T->Against);
  }
  /// The flag D in Tests, added with FirstTest when it is new.
  Flag &flagNamed(const ValueDecl *D, const Expr *FirstTest) {
    auto Known =
        llvm::find_if(Tests, [&](const Flag &F) { return F.Decl == D; });
    if (Known != Tests.end())
      return *Known;
    Tests.push_back({D, FirstTest, {}});
    return Tests.back();
  }
  const Vocabulary &Words;
  llvm::DenseSet<const BinaryOperator *> InConditions; // `&&`, `||` decided
};

/// Every expression in Body that names D.
class UseFinder : public RecursiveASTVisitor<UseFinder> {
public:
  explicit UseFinder(const ValueDecl *D) : D(D) {}
  llvm::SmallVector<const Expr *, 4> Uses;
  bool VisitDeclRefExpr(DeclRefExpr *R) { return use(R, R->getDecl()); }
  bool VisitMemberExpr(MemberExpr *M) { return use(M, M->getMemberDecl()); }

private:
  bool use(const Expr *E, const ValueDecl *Of) {
    if (Of == D)
      Uses.push_back(E);
    return true;
  }
  const ValueDecl *D;
};

llvm::SmallVector<const Expr *, 4> usesOf(const Stmt *Body, const ValueDecl *D) {
  UseFinder U(D);
  U.TraverseStmt(const_cast<Stmt *>(Body));
  return U.Uses;
}

/// Whether a body uses D other than by reading its value: assigned,
/// incremented, its address taken, bound to a reference (any use that is
/// not an lvalue-to-rvalue conversion counts).
bool writes(const Stmt *Body, const ValueDecl *D) {
  struct Reads : RecursiveASTVisitor<Reads> {
    llvm::DenseSet<const Expr *> Read;
    bool VisitImplicitCastExpr(ImplicitCastExpr *C) {
      if (C->getCastKind() == CK_LValueToRValue)
        Read.insert(C->getSubExpr()->IgnoreParens());
      return true;
    }
    // A string compared with a literal is read through a const reference.
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *C) {
      if (std::optional<FlagTest> T = flagTest(C); T && isStringFlag(T->Flag))
        Read.insert(T->Read);
      return true;
    }
  } R;
  R.TraverseStmt(const_cast<Stmt *>(Body));
  return llvm::any_of(usesOf(Body, D),
                      [&](const Expr *E) { return !R.Read.contains(E); });
}

/// Whether E involves a value the analysis tracks (a tensor, a module, a
/// dtype, ...), whose state would decide it, or calls a method on `this`,
/// which may read such a member.
bool involvesTracked(const Expr *E, const Vocabulary &Words) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Vocabulary &Words;
    bool Found = false;
    explicit Finder(const Vocabulary &W) : Words(W) {}
    bool VisitExpr(Expr *X) {
      const auto *Call = dyn_cast<CXXMemberCallExpr>(X);
      Found = Found || Words.kindOf(X->getType()) != ValueKind::None ||
              (Call && thisOfCall(Call));
      return !Found;
    }
    static bool thisOfCall(const CXXMemberCallExpr *C) {
      const Expr *Obj = C->getImplicitObjectArgument();
      return Obj && isa<CXXThisExpr>(Obj->IgnoreParenImpCasts());
    }
  } F(Words);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// Whether E names a local variable of FD (its value may be anything the
/// function computed before).
bool namesLocal(const Expr *E, const FunctionDecl *FD) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const FunctionDecl *FD;
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      const auto *V = dyn_cast<VarDecl>(R->getDecl());
      Found = Found || (V && !isa<ParmVarDecl>(V) && V->isLocalVarDecl());
      return !Found;
    }
  } F{{}, FD};
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// A value a flag may start with that leaves both of its values possible:
/// not a constant, nor a parameter every call gives a constant
/// (`Det(p, false)` the only call of a private constructor).
bool freeValue(const Expr *Init, const Vocabulary &Words, ASTContext &Ctx) {
  if (!Init || Init->isValueDependent() || literalText(Init, 2))
    return false;
  if (const auto *R = dyn_cast<DeclRefExpr>(Init->IgnoreParenImpCasts()))
    if (const auto *P = dyn_cast<ParmVarDecl>(R->getDecl());
        P && givenOnlyConstants(P))
      return false;
  return !Init->isEvaluatable(Ctx) && !involvesTracked(Init, Words);
}

/// In an instantiation of a class template, the member of the template F
/// was instantiated from; else null.
const FieldDecl *patternField(const FieldDecl *F) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(F->getParent());
  const CXXRecordDecl *Pattern =
      Spec ? Spec->getTemplateInstantiationPattern() : nullptr;
  if (!Pattern || Pattern == Spec)
    return nullptr;
  for (const FieldDecl *P : Pattern->fields())
    if (P->getDeclName() == F->getDeclName())
      return P;
  return nullptr;
}

/// Whether dependent code in Body names a member called Name.
bool namesDependently(const Stmt *Body, DeclarationName Name) {
  struct Finder : RecursiveASTVisitor<Finder> {
    DeclarationName Name;
    bool Found = false;
    bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *M) {
      return !(Found = M->getMember() == Name);
    }
    bool VisitDependentScopeDeclRefExpr(DependentScopeDeclRefExpr *R) {
      return !(Found = R->getDeclName() == Name);
    }
  } F;
  F.Name = Name;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

/// The definition of M, or, for a method of a class template's
/// instantiation that was not instantiated (nothing called it), the
/// template's definition it would be instantiated from; null when neither
/// is in the file.
const FunctionDecl *bodyOrPattern(const FunctionDecl *M) {
  const FunctionDecl *Def = nullptr;
  if (M->isDefined(Def) && Def->getBody())
    return Def;
  if (const FunctionDecl *P = M->getTemplateInstantiationPattern())
    if (P->getBody())
      return P;
  return nullptr;
}

/// What constructor C initializes member F with; null when nothing does.
const Expr *initializerOf(const CXXConstructorDecl *C, const FieldDecl *F) {
  // A constructor of an instantiation nothing called: the template's.
  if (!C->hasBody())
    if (const auto *P = dyn_cast_or_null<CXXConstructorDecl>(bodyOrPattern(C)))
      if (const FieldDecl *PF = patternField(F))
        return initializerOf(P, PF);
  for (const CXXCtorInitializer *I : C->inits())
    if (I->getMember() == F) {
      const Expr *E = I->getInit();
      if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E))
        return D->getExpr();
      return E;
    }
  return F->getInClassInitializer();
}

/// Whether Body uses `this` other than to name a member or call a method:
/// `*this` bound, copied over, passed on, renewed in place.
bool thisEscapes(const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::DenseSet<const Expr *> Bases;
    bool Found = false;
    bool VisitMemberExpr(MemberExpr *M) {
      Bases.insert(M->getBase()->IgnoreParenImpCasts());
      return true;
    }
    bool VisitCXXThisExpr(CXXThisExpr *T) {
      Found = Found || !Bases.contains(T);
      return !Found;
    }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

/// The bodies of every method of RD, or none if one is not in the file, a
/// nested class could reach the members, or a constructor delegates.
std::optional<std::vector<const Stmt *>> methodBodies(const CXXRecordDecl *RD) {
  std::vector<const Stmt *> Bodies;
  auto Add = [&](const FunctionDecl *M) {
    if (const auto *C = dyn_cast<CXXConstructorDecl>(M);
        C && C->isDelegatingConstructor())
      return false;
    if (const FunctionDecl *Def = bodyOrPattern(M)) {
      if (const auto *C = dyn_cast<CXXConstructorDecl>(Def);
          C && C->isDelegatingConstructor())
        return false;
      Bodies.push_back(Def->getBody());
      return true;
    }
    return M->isImplicit() || M->isDeleted() || M->isDefaulted() ||
           M->isPureVirtual();
  };
  for (const Decl *D : RD->decls()) {
    if (const auto *Nested = dyn_cast<CXXRecordDecl>(D);
        Nested && !Nested->isInjectedClassName())
      return std::nullopt;
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

Starts startsOf(const ValueDecl *D, const FunctionDecl *FD) {
  if (const auto *V = dyn_cast<VarDecl>(D))
    return V->getInit() ? Starts{V->getInit()} : Starts{};
  const auto *F = cast<FieldDecl>(D);
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (const auto *Own = dyn_cast<CXXConstructorDecl>(FD);
      Own && RD && Own->getParent() == RD)
    return Starts{initializerOf(Own, F)};
  Starts All;
  if (RD)
    for (const CXXConstructorDecl *C : RD->ctors())
      if (!C->isImplicit())
        All.push_back(initializerOf(C, F));
  return All;
}

/// A member is a flag of FD when only constructors' initializers set it, no
/// method lets `this` go, and it starts free: in FD when FD is a
/// constructor, else in some constructor.
bool memberFlag(const FieldDecl *F, const FunctionDecl *FD,
                const Vocabulary &Words) {
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (!RD || RD->hasFriends() ||
      !(F->getAccess() == AS_private ||
        (F->getAccess() == AS_protected && RD->hasAttr<FinalAttr>())))
    return false;
  std::optional<std::vector<const Stmt *>> Bodies = methodBodies(RD);
  if (!Bodies)
    return false;
  // Constructors' initializers run code too (`valid_(clamp(bits_))`).
  for (const CXXConstructorDecl *C : RD->ctors())
    if (const auto *Def = dyn_cast_or_null<CXXConstructorDecl>(bodyOrPattern(C)))
      for (const CXXCtorInitializer *I : Def->inits())
        if (I->isWritten() && I->getInit())
          Bodies->push_back(I->getInit());
  // Bodies taken from the template name its member, not the instantiation's,
  // and may name it in dependent code (`obj.fp16_ = on` in a generic
  // lambda), which counts as a write.
  const FieldDecl *Pattern = patternField(F);
  if (llvm::any_of(*Bodies, [&](const Stmt *B) {
        return writes(B, F) ||
               (Pattern && (writes(B, Pattern) ||
                            namesDependently(B, F->getDeclName()))) ||
               thisEscapes(B);
      }))
    return false;
  ASTContext &Ctx = FD->getASTContext();
  bool SomeFree = false;
  for (const Expr *Init : startsOf(F, FD)) {
    if (Init && involvesTracked(Init, Words))
      return false;
    SomeFree = SomeFree || freeValue(Init, Words, Ctx);
  }
  return SomeFree;
}

/// A parameter, a local declared at the top of the body from parameters,
/// members or calls (not from other locals, which the function computed),
/// or a member as memberFlag() says; never written in FD.
bool isFlag(const ValueDecl *D, const FunctionDecl *FD, const Vocabulary &Words,
            bool HasGoto) {
  if (const auto *F = dyn_cast<FieldDecl>(D))
    return memberFlag(F, FD, Words);
  const auto *V = dyn_cast<VarDecl>(D);
  if (!V || V->getDeclContext() != FD || !V->hasLocalStorage() ||
      writes(FD->getBody(), V))
    return false;
  // A parameter every call gives a constant: the calls decide it.
  if (const auto *P = dyn_cast<ParmVarDecl>(V))
    return !givenOnlyConstants(P);
  // Declared once per run: not in a loop, nor where a goto may come back.
  const auto *Top = dyn_cast<CompoundStmt>(FD->getBody());
  bool AtTop = Top && llvm::any_of(Top->body(), [&](const Stmt *S) {
    const auto *DS = dyn_cast<DeclStmt>(S);
    return DS && llvm::is_contained(DS->decls(), V);
  });
  return AtTop && !HasGoto && !namesLocal(V->getInit(), FD) &&
         freeValue(V->getInit(), Words, FD->getASTContext());
}

/// The variables and members (as paths, `cfg.half`) the expressions read.
std::set<std::vector<const ValueDecl *>> readsOf(const Starts &Exprs) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::set<std::vector<const ValueDecl *>> Paths;
    llvm::DenseSet<const Expr *> Inner; // bases of a member path
    bool VisitMemberExpr(MemberExpr *M) {
      if (!isa<FieldDecl>(M->getMemberDecl()) || Inner.contains(M))
        return true;
      std::vector<const ValueDecl *> Path{M->getMemberDecl()};
      const Expr *Base = M->getBase()->IgnoreParenImpCasts();
      while (const auto *BM = dyn_cast<MemberExpr>(Base)) {
        if (!isa<FieldDecl>(BM->getMemberDecl()))
          break;
        Inner.insert(BM);
        Path.push_back(BM->getMemberDecl());
        Base = BM->getBase()->IgnoreParenImpCasts();
      }
      if (const auto *R = dyn_cast<DeclRefExpr>(Base)) {
        Inner.insert(R);
        Path.push_back(R->getDecl());
      }
      Paths.insert(Path);
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      if (!Inner.contains(R) && isa<VarDecl>(R->getDecl()))
        Paths.insert({R->getDecl()});
      return true;
    }
  } F;
  for (const Expr *E : Exprs)
    if (E)
      F.TraverseStmt(const_cast<Expr *>(E));
  return F.Paths;
}

} // namespace

bool flagsTied(const ValueDecl *A, const ValueDecl *B, const FunctionDecl *FD) {
  Starts SA = startsOf(A, FD), SB = startsOf(B, FD);
  // Two answers of calls may answer one question
  // (`torch::cuda::is_available()`, `torch::cuda::device_count() > 0`).
  auto Calls = [](const Starts &S) {
    return llvm::any_of(S, [](const Expr *E) { return E && callsIn(E); });
  };
  if (Calls(SA) && Calls(SB))
    return true;
  auto RA = readsOf(SA), RB = readsOf(SB);
  if (RA.count({B}) || RB.count({A}))
    return true;
  // Paths run from the member read to the variable it is read from: one
  // read of `cfg` and one of `cfg.precision` read the same object.
  auto Overlap = [](const std::vector<const ValueDecl *> &P,
                    const std::vector<const ValueDecl *> &Q) {
    const auto &Short = P.size() < Q.size() ? P : Q;
    const auto &Long = P.size() < Q.size() ? Q : P;
    return std::equal(Short.rbegin(), Short.rend(), Long.rbegin());
  };
  for (const auto &PA : RA)
    for (const auto &PB : RB)
      if (Overlap(PA, PB))
        return true;
  return false;
}


llvm::SmallVector<Flag, 2> flagsOf(const Vocabulary &Words,
                                   const FunctionDecl *FD) {
  llvm::SmallVector<Flag, 2> Flags;
  const Stmt *Body = FD->getBody();
  if (!Body)
    return Flags;
  ConditionScan Scan(Words);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *I : Ctor->inits())
      Scan.TraverseStmt(I->getInit());
  Scan.TraverseStmt(const_cast<Stmt *>(Body));
  // The flags alone must decide the function's path: every condition is a
  // test of one, and all of them are followed. Any other branch (a loop, a
  // switch, a handler, a test of a state or of another boolean) could be
  // tied to a flag in ways the runs would not see.
  if (!Scan.Others.empty() || Scan.Tests.empty() ||
      Scan.Tests.size() > limits::FlagsFollowed ||
      llvm::any_of(Scan.Tests, [](const Flag &F) {
        return F.Values.size() > limits::FlagValues;
      }))
    return Flags;
  for (const Flag &F : Scan.Tests) {
    // Read only by its tests: not passed on, copied or compared.
    auto Uses = usesOf(Body, F.Decl);
    bool OnlyTested = llvm::all_of(
        Uses, [&](const Expr *U) { return Scan.TestReads.contains(U); });
    bool Tied = llvm::any_of(Scan.Tests, [&](const Flag &O) {
      return O.Decl != F.Decl && flagsTied(F.Decl, O.Decl, FD);
    });
    if (!OnlyTested || Tied || Scan.ChoosesUntracked.count(F.Decl) ||
        !isFlag(F.Decl, FD, Words, Scan.HasGoto))
      return {};
    Flags.push_back(F);
  }
  return Flags;
}

namespace {

/// The parameters Exprs read.
llvm::SmallVector<const ParmVarDecl *, 2> parametersRead(const Starts &Exprs) {
  llvm::SmallVector<const ParmVarDecl *, 2> Read;
  for (const auto &Path : readsOf(Exprs))
    if (const auto *P = dyn_cast<ParmVarDecl>(Path.back()))
      Read.push_back(P);
  return Read;
}

/// Whether the types of a template cannot decide what parameter P of its
/// code holds as far as the analysis sees: its function is public (or not
/// a method), so any caller may give any value, and its default, if any,
/// does not depend on them (`bool dbl = Traits<T>::dbl()` does). A private
/// constructor called only by `make()` with `Traits<T>::dbl()` is not.
bool givenFreely(const ParmVarDecl *P) {
  const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Fn)
    return false;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Fn);
      M && M->getAccess() != AS_public)
    return false;
  if (P->hasUnparsedDefaultArg())
    return false;
  const Expr *Default = P->hasUninstantiatedDefaultArg()
                            ? P->getUninstantiatedDefaultArg()
                            : P->hasDefaultArg() ? P->getDefaultArg() : nullptr;
  return !Default || !Default->isValueDependent();
}

} // namespace

bool flagsOfItsTemplate(const Vocabulary &Words, const FunctionDecl *FD) {
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  size_t Own = flagsOf(Words, FD).size();
  if (!Pattern || !Own)
    return false;
  llvm::SmallVector<Flag, 2> Flags = flagsOf(Words, Pattern);
  if (Flags.size() != Own)
    return false;
  return llvm::all_of(Flags, [&](const Flag &F) {
    if (const auto *P = dyn_cast<ParmVarDecl>(F.Decl))
      return givenFreely(P);
    return llvm::all_of(parametersRead(startsOf(F.Decl, Pattern)), givenFreely);
  });
}

bool decidedByFlagTests(const Vocabulary &Words, const FunctionDecl *Def,
                        const Valuation &Assumed) {
  const Stmt *Body = Def->getBody();
  if (!Body)
    return false;
  ConditionScan Scan(Words);
  Scan.TraverseStmt(const_cast<Stmt *>(Body));
  auto IsAssumed = [&](const ValueDecl *D) {
    return llvm::any_of(Assumed, [&](const AssumedFlag &A) { return A.Flag == D; });
  };
  return Scan.Others.empty() && !Scan.HasGoto &&
         llvm::all_of(Scan.Tests, [&](const Flag &F) { return IsAssumed(F.Decl); }) &&
         llvm::all_of(Assumed, [&](const AssumedFlag &A) {
           return llvm::all_of(usesOf(Body, A.Flag), [&](const Expr *U) {
             return Scan.TestReads.contains(U);
           });
         });
}

Valuation argumentFlags(const CallParts &At, const FunctionDecl *Def) {
  Valuation Fixed;
  const Stmt *Body = Def->getBody();
  for (unsigned I = 0; Body && I < At.Args.size() && I < Def->getNumParams();
       ++I) {
    const ParmVarDecl *PD = Def->getParamDecl(I);
    const Expr *Arg = At.Args[I];
    QualType T = PD->getType();
    if (Arg->isValueDependent() || writes(Body, PD))
      continue;
    // `Detector d(path, "fp16")`: a string flag given a literal.
    if (isStringFlag(PD) && !(T->isReferenceType() &&
                              !T.getNonReferenceType().isConstQualified())) {
      if (std::optional<std::string> Text = literalText(Arg, 2))
        Fixed.push_back({PD, stringFlagValue(*Text), Arg});
      continue;
    }
    if (!T->isIntegralOrEnumerationType())
      continue;
    ASTContext &Ctx = Def->getASTContext();
    if (T->isBooleanType()) {
      bool Value = false;
      if (Arg->EvaluateAsBooleanCondition(Value, Ctx))
        Fixed.push_back({PD, Value, Arg});
      continue;
    }
    // The value the parameter holds: the argument converted to its type.
    Expr::EvalResult R;
    if (!Arg->EvaluateAsInt(R, Ctx))
      continue;
    QualType PT = T;
    if (const auto *ET = T->getAs<EnumType>())
      PT = ET->getDecl()->getIntegerType();
    if (PT.isNull())
      continue;
    llvm::APSInt V = R.Val.getInt().extOrTrunc(Ctx.getIntWidth(PT));
    V.setIsSigned(PT->isSignedIntegerOrEnumerationType());
    if (V.isRepresentableByInt64())
      Fixed.push_back({PD, V.getExtValue(), Arg});
  }
  return Fixed;
}

std::vector<Valuation> valuationsOf(llvm::ArrayRef<Flag> Flags) {
  // Counting in mixed radix: the first flag's value changes fastest.
  unsigned Count = 1;
  for (const Flag &F : Flags)
    Count *= F.Values.size();
  std::vector<Valuation> All;
  for (unsigned N = 0; N < Count; ++N) {
    Valuation V;
    for (unsigned I = 0, Rest = N; I < Flags.size(); ++I) {
      V.push_back({Flags[I].Decl, Flags[I].Values[Rest % Flags[I].Values.size()],
                   Flags[I].FirstTest});
      Rest /= Flags[I].Values.size();
    }
    All.push_back(std::move(V));
  }
  return All;
}

} // namespace torch_tidy
