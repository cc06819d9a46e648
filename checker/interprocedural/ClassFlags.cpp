//===- ClassFlags.cpp -----------------------------------------------------===//
#include "interprocedural/ClassFlags.h"
#include "ast/Accesses.h"
#include "ast/Exits.h"
#include "domain/Limits.h"
#include "model/StateTests.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// What a constructor's initializers read.
Reads initializersRead(const CXXConstructorDecl *C) {
  Reads R;
  for (const CXXCtorInitializer *I : C->inits())
    if (I->isWritten() && I->getInit())
      addReads(I->getInit(), R);
  return R;
}

/// Whether Fn's body (and a constructor's initializers) read F.
bool reads(const FunctionDecl *Fn, const FieldDecl *F) {
  const auto *C = dyn_cast<CXXConstructorDecl>(Fn);
  Reads R = C ? initializersRead(C) : Reads();
  addReads(Fn->getBody(), R);
  return R.Decls.contains(F);
}

/// Whether F, a flag constructor C follows, is a class flag: a member, or
/// a parameter the constructor keeps nowhere (read only by its tests), so
/// each object keeps the states it was made with by that value.
bool classFlag(const Flag &F, const CXXConstructorDecl *C) {
  if (isa<FieldDecl>(F.Decl))
    return true;
  const auto *P = dyn_cast<ParmVarDecl>(F.Decl);
  // An initializer that reads it (`fp16_(fp16)`) makes the member carry
  // its value into the methods, tied to it.
  return P && P->getDeclContext() == C &&
         !initializersRead(C).Decls.contains(P);
}

bool readsAny(const Stmt *S, const llvm::DenseSet<const ValueDecl *> &Tied) {
  Reads R;
  addReads(S, R);
  return llvm::any_of(R.Decls, [&](const ValueDecl *D) { return Tied.count(D); });
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
        if (B.Cond && !readsAny(B.Cond, Tied))
          return;
        bool Leaves = !B.Cond || !exitsIn(B.At, exit_kind::Any).empty();
        mentionedIn(Leaves ? Fn->getBody() : B.At, Tied, Called);
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
                       llvm::DenseSet<const ValueDecl *> Tied) {
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

/// The flags that RD's constructors follow and that are class flags, each
/// with the values any of them tests; none when two constructors' parameters
/// share a name (conditions no reader could tell apart: "when 'dbl' is true
/// and 'dbl' is false"), when a method reads a member flag without following
/// it, or beyond the limits.
llvm::SmallVector<Flag, 2> flagsOfClass(const Vocabulary &Words,
                                               const ClassShape &Shape) {
  llvm::SmallVector<Flag, 2> Found;
  for (const FunctionDecl *Fn : Shape.Methods)
    if (const auto *C = dyn_cast<CXXConstructorDecl>(Fn)) {
      for (const Flag &F : flagsOf(Words, C)) {
        if (!classFlag(F, C))
          continue;
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
  // outside the class (`bool fp16() const`), which may then call a method
  // for one value only.
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
      }))
    return {};
  return Found;
}

} // namespace

const ClassFlags::OfClass &ClassFlags::ofClass(const ClassShape &Shape) {
  std::unique_ptr<OfClass> &Slot = Classes[Shape.RD];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<OfClass>();
  Slot->Flags = flagsOfClass(M.Words, Shape);
  if (!Slot->Flags.empty()) {
    Slot->Chosen = chosenByFlags(Shape, Slot->Flags);
    for (const Flag &F : Slot->Flags)
      Slot->Chosen.erase(F.Decl);
  }
  for (const auto &Entry : Shape.Calls)
    Slot->CalledOnThis.insert(Entry.second.begin(), Entry.second.end());
  return *Slot;
}

llvm::SmallVector<Flag, 2> ClassFlags::of(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic() || isa<CXXConstructorDecl>(MD) ||
      isa<CXXDestructorDecl>(MD) || MD->getParent()->isLambda() ||
      MD->isTemplateInstantiation() ||
      isa<ClassTemplateSpecializationDecl>(MD->getParent()) ||
      !Mem.followedIn(FD))
    return {};
  const ClassShape &Shape = Mem.shapeOfClass(MD->getParent()->getDefinition());
  const OfClass &Class = ofClass(Shape);
  // FD runs only when code outside its class calls it: a public method (the
  // class may call a private one on an object it made with one value,
  // `Net(false).run()`) that no method calls on `this`.
  if (Class.Flags.empty() || Shape.Internal.count(FD) ||
      FD->getAccess() != AS_public || Class.CalledOnThis.count(FD) ||
      branchesOnChoices(M, FD, Class.Chosen))
    return {};
  return Class.Flags;
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
