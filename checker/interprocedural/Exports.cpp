//===- Exports.cpp --------------------------------------------------------===//
#include "interprocedural/Exports.h"
#include "ast/Names.h"
#include "solver/Solver.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include <set>

using namespace clang;

namespace torch_tidy {
namespace {

/// The declarations written in the main file at namespace scope, where
/// other files' functions are defined; each is visited with Visit.
template <typename F> void forMainFileDecls(ASTContext &Ctx, F Visit) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const DeclContext *> Todo{Ctx.getTranslationUnitDecl()};
  while (!Todo.empty()) {
    const DeclContext *DC = Todo.back();
    Todo.pop_back();
    for (const Decl *D : DC->decls()) {
      if (isa<NamespaceDecl, LinkageSpecDecl>(D)) {
        Todo.push_back(cast<DeclContext>(D));
        continue;
      }
      if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
        Visit(D);
    }
  }
}

/// A rule names a function without template arguments: a specialization
/// (of a function template, or a method of a class template's) would
/// speak for all.
bool specialized(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return FD->getTemplateSpecializationKind() != TSK_Undeclared ||
         (MD && isa<ClassTemplateSpecializationDecl>(MD->getParent()));
}

bool exportable(const FunctionDecl *FD, const Vocabulary &Words) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return FD->doesThisDeclarationHaveABody() && FD->isExternallyVisible() &&
         !FD->isDependentContext() && !specialized(FD) &&
         !FD->isMain() && !FD->isVariadic() &&
         !isa<CXXConstructorDecl, CXXDestructorDecl>(FD) &&
         !(MD && MD->isVirtual()) && !Words.isLibraryCode(FD);
}

bool exportableKind(ValueKind K) {
  switch (K) {
  case ValueKind::Tensor:
  case ValueKind::Module:
  case ValueKind::Options:
  case ValueKind::ScalarType:
  case ValueKind::Device:
  case ValueKind::Mat:
    return true;
  default:
    return false;
  }
}

/// One run's states for every parameter a summary may follow: by value or
/// by const reference (what the caller passes is what the function sees).
struct Seed {
  Dtype D;
  Device Dev;
  Rank R;
};

Env seeded(const FunctionDecl *FD, Env Entry, const Vocabulary &Words,
           const std::optional<Seed> &S) {
  Entry.Reached = true;
  for (const ParmVarDecl *PD : FD->parameters()) {
    QualType T = PD->getType();
    ValueKind K = Words.kindOf(T);
    if (!S || K == ValueKind::None || K == ValueKind::IValueList ||
        (T->isReferenceType() && !T.getNonReferenceType().isConstQualified()))
      continue;
    SourceLocation L = PD->getLocation();
    Facts F;
    F.DType = Fact<Dtype>::known(S->D, L);
    F.Dev = Fact<Device>::known(S->Dev, L);
    F.Shape = Fact<Rank>::known(S->R, L);
    Entry.at(PD) = Value::of(K, F);
  }
  return Entry;
}

/// The parameter whose seeded state Fact is, unchanged; none otherwise.
template <typename T>
std::optional<unsigned> followedParam(const FunctionDecl *FD, const Fact<T> &F,
                                      const T &Seeded) {
  if (!F.isKnown() || !(F.Value == Seeded))
    return std::nullopt;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (F.Origin == FD->getParamDecl(I)->getLocation())
      return I;
  return std::nullopt;
}

template <typename T>
ExportedFact component(const FunctionDecl *FD, const Fact<T> &Alone,
                       const Fact<T> &InA, const T &SeedA, const Fact<T> &InB,
                       const T &SeedB, llvm::function_ref<std::string(T)> Name) {
  ExportedFact E;
  if (Alone.isKnown()) {
    E.K = ExportedFact::Fixed;
    E.Text = Name(Alone.Value);
    return E;
  }
  std::optional<unsigned> A = followedParam(FD, InA, SeedA);
  std::optional<unsigned> B = followedParam(FD, InB, SeedB);
  if (A && A == B) {
    E.K = ExportedFact::Parameter;
    E.Param = *A;
  }
  return E;
}

std::optional<ExportedFunction> summarize(const FunctionDecl *FD,
                                          ASTContext &Ctx,
                                          const AnalysisSetup &Setup) {
  const ModelContext &M = modelOf(Ctx, Setup);
  ValueKind K = M.Words.kindOf(FD->getReturnType());
  if (!exportableKind(K))
    return std::nullopt;
  Env Members = memberEntryOf(FD, Ctx, Setup);
  const Seed A{Dtype::Float, *parseDevice("cpu"), Rank::Dims};
  const Seed B{Dtype::Double, *parseDevice("cuda:1"), Rank::Zero};
  auto Run = [&](std::optional<Seed> S) {
    std::optional<Value> V =
        solveReturns(M, FD, seeded(FD, Members, M.Words, S), K);
    return V ? V->State : Facts();
  };
  Facts Alone = Run(std::nullopt);
  Facts InA = Run(A), InB = Run(B);
  ExportedFunction Out{FD, qualifiedName(FD), K, {}, {}, {}};
  Out.Dtype = component<Dtype>(FD, Alone.DType, InA.DType, A.D, InB.DType, B.D,
                               [](Dtype D) { return dtypeName(D).str(); });
  Out.Device = component<Device>(FD, Alone.Dev, InA.Dev, A.Dev, InB.Dev, B.Dev,
                                 [](Device D) { return D.str(); });
  if (K == ValueKind::Tensor)
    Out.Rank = component<Rank>(FD, Alone.Shape, InA.Shape, A.R, InB.Shape, B.R,
                               [](Rank R) -> std::string {
                                 return R == Rank::Zero ? "zero-dim" : "dims";
                               });
  if (Out.Dtype.K == ExportedFact::Unknown &&
      Out.Device.K == ExportedFact::Unknown)
    return std::nullopt;
  return Out;
}

/// The names of the user's functions called without a body from the code
/// it traverses, and from the bodies of the user's functions that code
/// calls (an inline function of a header may call into another file).
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  CallCollector(const Vocabulary &Words, const SourceManager &SM)
      : Words(Words), SM(SM) {}
  std::set<std::string> Names;
  llvm::SmallVector<const FunctionDecl *, 8> Reached;
  llvm::DenseSet<const FunctionDecl *> Seen;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || Words.isLibraryCode(Callee) ||
        SM.isInSystemHeader(Callee->getLocation()))
      return true;
    const FunctionDecl *Def = nullptr;
    if (Callee->hasBody(Def) && Def) {
      if (Seen.insert(Def).second)
        Reached.push_back(Def);
      return true;
    }
    if (const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern())
      Callee = Pattern;
    Names.insert(qualifiedName(Callee));
    return true;
  }

private:
  const Vocabulary &Words;
  const SourceManager &SM;
};

} // namespace

std::vector<ExportedFunction> exportedFunctions(ASTContext &Ctx,
                                                const AnalysisSetup &Setup) {
  std::vector<ExportedFunction> Out;
  const Vocabulary &Words = modelOf(Ctx, Setup).Words;
  forMainFileDecls(Ctx, [&](const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && exportable(FD, Words))
      if (std::optional<ExportedFunction> E = summarize(FD, Ctx, Setup))
        Out.push_back(std::move(*E));
  });
  return Out;
}

std::vector<std::string> callsElsewhere(ASTContext &Ctx,
                                        const AnalysisSetup &Setup) {
  CallCollector C(modelOf(Ctx, Setup).Words, Ctx.getSourceManager());
  forMainFileDecls(
      Ctx, [&](const Decl *D) { C.TraverseDecl(const_cast<Decl *>(D)); });
  while (!C.Reached.empty()) {
    const FunctionDecl *Def = C.Reached.pop_back_val();
    C.TraverseStmt(Def->getBody());
  }
  return {C.Names.begin(), C.Names.end()};
}

} // namespace torch_tidy
