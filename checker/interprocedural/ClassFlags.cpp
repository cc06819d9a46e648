//===- ClassFlags.cpp -----------------------------------------------------===//
#include "interprocedural/ClassFlags.h"
#include "domain/Limits.h"
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

/// Whether FD runs only when code outside its class calls it.
bool calledFromOutsideOnly(const ClassShape &Shape, const FunctionDecl *FD) {
  if (Shape.Internal.count(FD))
    return false;
  return llvm::none_of(Shape.Calls, [&](const auto &Entry) {
    return llvm::is_contained(Entry.second, FD);
  });
}

void addValues(Flag &To, const Flag &From) {
  for (int64_t V : From.Values)
    if (!llvm::is_contained(To.Values, V))
      To.Values.push_back(V);
}

} // namespace

llvm::SmallVector<Flag, 2> classFlagsOf(const Vocabulary &Words, Members &Mem,
                                        const FunctionDecl *FD) {
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
        if (!isa<FieldDecl>(F.Decl))
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
      if (reads(Fn, cast<FieldDecl>(F.Decl)) &&
          llvm::none_of(flagsOf(Words, Fn),
                        [&](const Flag &O) { return O.Decl == F.Decl; }))
        return {};
  if (Found.size() > limits::FlagsFollowed ||
      llvm::any_of(Found, [](const Flag &F) {
        return F.Values.size() > limits::FlagValues;
      }))
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
