//===- ClassFlags.cpp -----------------------------------------------------===//
#include "interprocedural/ClassFlags.h"
#include "ast/Accesses.h"
#include "domain/Limits.h"
#include "model/StateTests.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Whether Fn's body (and a constructor's initializers) read F.
bool reads(const FunctionDecl *Fn, const FieldDecl *F) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const FieldDecl *F;
    bool Found = false;
    bool VisitMemberExpr(MemberExpr *M) {
      return !(Found = M->getMemberDecl() == F);
    }
  } Find;
  Find.F = F;
  if (const auto *C = dyn_cast<CXXConstructorDecl>(Fn))
    for (const CXXCtorInitializer *I : C->inits())
      if (I->isWritten() && I->getInit())
        Find.TraverseStmt(I->getInit());
  Find.TraverseStmt(Fn->getBody());
  return Find.Found;
}

/// Whether a constructor's initializers read its parameter P (`fp16_(fp16)`):
/// the member then carries P's value into the methods, tied to it.
bool initializersRead(const CXXConstructorDecl *C, const ParmVarDecl *P) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ParmVarDecl *P;
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      return !(Found = R->getDecl() == P);
    }
  } Find;
  Find.P = P;
  for (const CXXCtorInitializer *I : C->inits())
    if (I->getInit())
      Find.TraverseStmt(I->getInit());
  return Find.Found;
}

/// Whether F, a flag constructor C follows, is a class flag: a member, or
/// a parameter the constructor keeps nowhere (read only by its tests), so
/// each object keeps the states it was made with by that value.
bool classFlag(const Flag &F, const CXXConstructorDecl *C) {
  if (isa<FieldDecl>(F.Decl))
    return true;
  const auto *P = dyn_cast<ParmVarDecl>(F.Decl);
  return P && P->getDeclContext() == C && !initializersRead(C, P);
}

/// Whether FD runs only when code outside its class calls it: a public
/// method (the class may call a private one on an object it made with
/// one value, `Net(false).run()`) that no method calls on `this`.
bool calledFromOutsideOnly(const ClassShape &Shape, const FunctionDecl *FD) {
  if (Shape.Internal.count(FD) || FD->getAccess() != AS_public)
    return false;
  return llvm::none_of(Shape.Calls, [&](const auto &Entry) {
    return llvm::is_contained(Entry.second, FD);
  });
}

bool readsAny(const Stmt *S, const llvm::DenseSet<const ValueDecl *> &Tied) {
  Reads R;
  addReads(S, R);
  return llvm::any_of(R.Decls, [&](const ValueDecl *D) { return Tied.count(D); });
}

/// Whether S may leave the code around it: a return, throw, goto, break or
/// continue, or a call that does not return.
bool leaves(const Stmt *S) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitReturnStmt(ReturnStmt *) { return !(Found = true); }
    bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
    bool VisitGotoStmt(GotoStmt *) { return !(Found = true); }
    bool VisitBreakStmt(BreakStmt *) { return !(Found = true); }
    bool VisitContinueStmt(ContinueStmt *) { return !(Found = true); }
    bool VisitCallExpr(CallExpr *C) {
      const FunctionDecl *Callee = C->getDirectCallee();
      return !(Found = Callee && Callee->isNoReturn());
    }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(S));
  return F.Found;
}

/// Adds to Tied the members, variables and methods S names, and the
/// members a local it names was made from (`bool &r = skip_;`): code that
/// runs by a flag may set them in ways no assignment shows
/// (`std::swap(skip_, t)`, a setter, a member's own method). The methods
/// it names go to Called.
void mentionedIn(const Stmt *S, llvm::DenseSet<const ValueDecl *> &Tied,
                 llvm::SmallVectorImpl<const FunctionDecl *> &Called) {
  Reads R;
  addReads(S, R);
  for (const ValueDecl *D : R.Decls) {
    if (const auto *Method = dyn_cast<CXXMethodDecl>(D)) {
      Tied.insert(Method->getCanonicalDecl());
      if (!llvm::is_contained(Called, Method->getCanonicalDecl()))
        Called.push_back(Method->getCanonicalDecl());
    } else if (isa<FieldDecl>(D)) {
      Tied.insert(D);
    } else if (const auto *V = dyn_cast<VarDecl>(D)) {
      // A local set here carries the choice on (`skip_ = s;` after the
      // test); a static member is shared by the objects.
      Tied.insert(V);
      if (!V->getInit())
        continue;
      Reads Made;
      addReads(V->getInit(), Made);
      for (const ValueDecl *M : Made.Decls)
        if (isa<FieldDecl>(M))
          Tied.insert(M);
    }
  }
}

/// What the class's code may have set by its flags: the flags, what a
/// member flag's initializer reads (`fp16` in `fp16_(fp16)`), every member
/// named under a test of these (or anywhere in a function that such a
/// test may leave early) or written from a value that reads one (`dtype_ =
/// fp16_ ? torch::kHalf : torch::kFloat`, `halfInput_(fp16)`), what the
/// methods called there name, what is computed from those, and the
/// methods that read any of it, followed through every constructor and
/// method until nothing is added. Members and methods of base classes,
/// which the class's code does not show, are taken as set by them.
llvm::DenseSet<const ValueDecl *> chosenByFlags(const ClassShape &Shape,
                                                llvm::ArrayRef<Flag> Flags) {
  llvm::DenseSet<const ValueDecl *> Tied;
  for (const Flag &F : Flags)
    Tied.insert(F.Decl);
  auto Initializers = [&](llvm::function_ref<void(const CXXCtorInitializer *)> Visit) {
    for (const FunctionDecl *Fn : Shape.Methods)
      if (const auto *C = dyn_cast<CXXConstructorDecl>(Fn))
        for (const CXXCtorInitializer *I : C->inits())
          if (I->getMember() && I->getInit())
            Visit(I);
  };
  Initializers([&](const CXXCtorInitializer *I) {
    if (Tied.contains(I->getMember())) {
      Reads R;
      addReads(I->getInit(), R);
      Tied.insert(R.Decls.begin(), R.Decls.end());
    }
  });
  for (size_t Before = 0; Before != Tied.size();) {
    Before = Tied.size();
    Initializers([&](const CXXCtorInitializer *I) {
      if (readsAny(I->getInit(), Tied))
        Tied.insert(I->getMember());
    });
    llvm::SmallVector<const FunctionDecl *, 4> Called;
    for (const FunctionDecl *Fn : Shape.Methods) {
      spreadTies(Fn->getBody(), Tied);
      forEachBranch(Fn, [&](const Branch &B) {
        if (!B.Cond || readsAny(B.Cond, Tied))
          mentionedIn(!B.Cond || leaves(B.At) ? Fn->getBody() : B.At, Tied,
                      Called);
      });
      if (!isa<CXXConstructorDecl>(Fn) && readsAny(Fn->getBody(), Tied))
        Tied.insert(Fn->getCanonicalDecl()); // as calls name it
    }
    // What a method called by a flag names, it may set.
    for (const FunctionDecl *Fn : Shape.Methods)
      if (llvm::is_contained(Called, Fn->getCanonicalDecl()))
        mentionedIn(Fn->getBody(), Tied, Called);
  }
  Shape.RD->forallBases([&](const CXXRecordDecl *Base) {
    for (const FieldDecl *F : Base->fields())
      Tied.insert(F);
    for (const CXXMethodDecl *Method : Base->methods())
      Tied.insert(Method);
    return true;
  });
  return Tied;
}

/// Whether a branch of FD reads what the flags may have chosen other than
/// the flags themselves, a member tensor or module, or a local computed
/// from them: such a branch goes the way the constructor chose, and
/// checking FD per value would take it as free.
bool branchesOnChoices(const ModelContext &M, const FunctionDecl *FD,
                       const ClassShape &Shape, llvm::ArrayRef<Flag> Flags) {
  llvm::DenseSet<const ValueDecl *> Tied = chosenByFlags(Shape, Flags);
  for (const Flag &F : Flags)
    Tied.erase(F.Decl);
  spreadTies(FD->getBody(), Tied);
  bool Found = false;
  forEachBranch(FD, [&](const Branch &B) {
    if (Found)
      return;
    // A goto, or an `if` that declares.
    if (!B.Cond) {
      Found = true;
      return;
    }
    // What a member tensor or module holds (`fc_->weight.scalar_type() ==
    // torch::kDouble`) is what the flags chose, and the runs may not
    // decide a test of it; a test of the method's own tensors' states is
    // free of them.
    Reads R;
    addReads(B.Cond, R);
    Found = llvm::any_of(R.Decls, [&](const ValueDecl *D) {
      return Tied.count(D) || (isa<FieldDecl>(D) &&
                               M.Words.kindOf(D->getType()) != ValueKind::None);
    });
  });
  return Found;
}

void addValues(Flag &To, const Flag &From) {
  for (int64_t V : From.Values)
    if (!llvm::is_contained(To.Values, V))
      To.Values.push_back(V);
}

} // namespace

llvm::SmallVector<Flag, 2> classFlagsOf(const ModelContext &M, Members &Mem,
                                        const FunctionDecl *FD) {
  const Vocabulary &Words = M.Words;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic() || isa<CXXConstructorDecl>(MD) ||
      isa<CXXDestructorDecl>(MD) || MD->getParent()->isLambda() ||
      MD->isTemplateInstantiation() ||
      isa<ClassTemplateSpecializationDecl>(MD->getParent()) ||
      !Mem.followedIn(FD))
    return {};
  const ClassShape &Shape = Mem.shapeOfClass(MD->getParent()->getDefinition());
  if (!calledFromOutsideOnly(Shape, FD))
    return {};
  llvm::SmallVector<Flag, 2> Found;
  for (const FunctionDecl *Fn : Shape.Methods)
    if (const auto *C = dyn_cast<CXXConstructorDecl>(Fn)) {
      for (const Flag &F : flagsOf(Words, C)) {
        if (!classFlag(F, C))
          continue;
        // Two constructors' parameters of one name would make conditions
        // no reader can tell apart ("when 'dbl' is true and 'dbl' is false").
        if (llvm::any_of(Found, [&](const Flag &O) {
              return O.Decl != F.Decl && O.Decl->getName() == F.Decl->getName();
            }))
          return {};
        auto Same = llvm::find_if(
            Found, [&](const Flag &O) { return O.Decl == F.Decl; });
        if (Same == Found.end())
          Found.push_back(F);
        else
          addValues(*Same, F);
      }
    }
  // Every method that reads a class flag follows it: one that reads it
  // otherwise may go a way the flag alone does not decide, or tell code
  // outside the class (`bool fp16() const`), which may then call FD for
  // one value only.
  for (const Flag &F : Found)
    for (const FunctionDecl *Fn : Shape.Methods)
      if (const auto *Member = dyn_cast<FieldDecl>(F.Decl);
          Member && reads(Fn, Member) &&
          llvm::none_of(flagsOf(Words, Fn),
                        [&](const Flag &O) { return O.Decl == F.Decl; }))
        return {};
  if (Found.size() > limits::FlagsFollowed ||
      llvm::any_of(Found, [](const Flag &F) {
        return F.Values.size() > limits::FlagValues;
      }) ||
      (!Found.empty() && branchesOnChoices(M, FD, Shape, Found)))
    return {};
  return Found;
}

llvm::SmallVector<Flag, 2> withClassFlags(llvm::SmallVector<Flag, 2> Own,
                                          llvm::ArrayRef<Flag> Class,
                                          const FunctionDecl *FD) {
  llvm::SmallVector<Flag, 2> All = Own;
  for (const Flag &F : Class) {
    auto Same =
        llvm::find_if(All, [&](const Flag &O) { return O.Decl == F.Decl; });
    if (Same == All.end())
      All.push_back(F);
    else
      addValues(*Same, F);
  }
  if (All.size() > limits::FlagsFollowed ||
      llvm::any_of(All, [](const Flag &F) {
        return F.Values.size() > limits::FlagValues;
      }))
    return Own;
  for (const Flag &A : All)
    for (const Flag &B : All)
      if (A.Decl != B.Decl && flagsTied(A.Decl, B.Decl, FD))
        return Own;
  return All;
}

} // namespace torch_tidy
