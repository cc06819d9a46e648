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

/// Whether FD runs only when code outside its class calls it.
bool calledFromOutsideOnly(const ClassShape &Shape, const FunctionDecl *FD) {
  if (Shape.Internal.count(FD))
    return false;
  return llvm::none_of(Shape.Calls, [&](const auto &Entry) {
    return llvm::is_contained(Entry.second, FD);
  });
}

/// Whether a branch of FD reads what its object holds other than through
/// Flags: a member of RD or of a base, a method of theirs, or a local
/// computed from them; tests of tensors' states excepted.
bool branchesOnMembers(const ModelContext &M, const FunctionDecl *FD,
                       const CXXRecordDecl *RD, llvm::ArrayRef<Flag> Flags) {
  llvm::DenseSet<const ValueDecl *> Tied;
  auto AddMembers = [&](const CXXRecordDecl *C) {
    for (const FieldDecl *F : C->fields())
      if (llvm::none_of(Flags, [&](const Flag &Fl) { return Fl.Decl == F; }))
        Tied.insert(F);
    for (const CXXMethodDecl *Method : C->methods())
      Tied.insert(Method);
    return true;
  };
  AddMembers(RD);
  RD->forallBases(AddMembers);
  spreadTies(FD->getBody(), Tied);
  bool Found = false;
  forEachBranch(FD, [&](const Branch &B) {
    if (Found || (B.Narrows && testsOnlyStates(M, B.Cond)))
      return;
    if (!B.Cond) {
      Found = true; // a goto, or an `if` that declares
      return;
    }
    Reads R;
    addReads(B.Cond, R);
    Found = llvm::any_of(R.Decls, [&](const ValueDecl *D) { return Tied.count(D); });
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
      (!Found.empty() && branchesOnMembers(M, FD, MD->getParent(), Found)))
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
