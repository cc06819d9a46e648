//===- Exports.cpp --------------------------------------------------------===//
#include "interprocedural/Exports.h"
#include "interprocedural/Summaries.h"
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
  if (FD->getTemplateSpecializationKind() != TSK_Undeclared)
    return true;
  for (const DeclContext *DC = FD->getDeclContext(); DC; DC = DC->getParent())
    if (isa<ClassTemplateSpecializationDecl>(DC) || DC->isDependentContext())
      return true;
  return false;
}

/// Whether Body reads a variable that outlives the call (a global, a
/// static local or member): other code may change what it holds, and a
/// module handle copied from it shares its parameters.
bool readsLastingVariable(const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      const auto *V = dyn_cast<VarDecl>(R->getDecl());
      Found = Found || (V && V->hasGlobalStorage() && !V->isConstexpr());
      return !Found;
    }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
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

/// A parameter through which the function may change what the caller
/// holds: another argument may be the same object (`f(x, x)`).
bool writable(const ParmVarDecl *PD, const Vocabulary &Words) {
  QualType T = PD->getType();
  QualType Pointee = T->isReferenceType() || T->isPointerType()
                         ? T->getPointeeType()
                         : QualType();
  return !Pointee.isNull() && !Pointee.isConstQualified() &&
         Words.kindOf(Pointee) != ValueKind::None;
}

Env seeded(const FunctionDecl *FD, Env Entry, const Vocabulary &Words,
           std::optional<SeedRun> Run, unsigned Only) {
  Entry.Reached = true;
  if (!Run || Only >= FD->getNumParams())
    return Entry;
  const ParmVarDecl *PD = FD->getParamDecl(Only);
  if (!takenFromArgument(PD, Words))
    return Entry;
  Facts F = seededFacts(*Run);
  F.DType.Origin = F.Dev.Origin = F.Shape.Origin = PD->getLocation();
  Entry.at(PD) = Value::of(Words.kindOf(PD->getType()), F);
  return Entry;
}

template <typename T>
std::optional<unsigned> followed(const FunctionDecl *FD, const Fact<T> &F,
                                 const Fact<T> &Seeded) {
  if (!F.isKnown() || !(F.Value == Seeded.Value))
    return std::nullopt;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (F.Origin == FD->getParamDecl(I)->getLocation())
      return I;
  return std::nullopt;
}

/// The runs of one function: alone (every parameter unknown), and for
/// each parameter a summary may follow, two runs that give it (and only
/// it) two different states.
struct Runs {
  Facts Alone;
  std::vector<std::pair<Facts, Facts>> ByParam; // index: the parameter
};

template <typename T>
ExportedFact component(const FunctionDecl *FD, const Runs &R,
                       Fact<T> Facts::*Of,
                       llvm::function_ref<std::string(T)> Name) {
  ExportedFact E;
  if ((R.Alone.*Of).isKnown()) {
    E.K = ExportedFact::Fixed;
    E.Text = Name((R.Alone.*Of).Value);
    return E;
  }
  Facts A = seededFacts(SeedRun::First), B = seededFacts(SeedRun::Second);
  for (unsigned I = 0; I < R.ByParam.size(); ++I)
    if (followed(FD, R.ByParam[I].first.*Of, A.*Of) == I &&
        followed(FD, R.ByParam[I].second.*Of, B.*Of) == I) {
      E.K = ExportedFact::Parameter;
      E.Param = I;
    }
  return E;
}

} // namespace

Facts seededFacts(SeedRun Run) {
  Facts F;
  bool First = Run == SeedRun::First;
  F.DType = Fact<Dtype>::known(First ? Dtype::Float : Dtype::Double, {});
  F.Dev = Fact<Device>::known(*parseDevice(First ? "cpu" : "cuda:1"), {});
  F.Shape = Fact<Rank>::known(First ? Rank::Dims : Rank::Zero, {});
  return F;
}

Env seededEntry(const FunctionDecl *FD, SeedRun Run, unsigned Param,
                ASTContext &Ctx, const AnalysisSetup &Setup) {
  return seeded(FD, memberEntryOf(FD, Ctx, Setup), modelOf(Ctx, Setup).Words,
                Run, Param);
}

bool followsArguments(const FunctionDecl *FD, ASTContext &Ctx,
                      const AnalysisSetup &Setup) {
  const Vocabulary &Words = modelOf(Ctx, Setup).Words;
  return llvm::none_of(FD->parameters(), [&](const ParmVarDecl *PD) {
    return writable(PD, Words);
  });
}

bool readsLastingState(const FunctionDecl *FD) {
  return readsLastingVariable(FD->getBody());
}

std::optional<unsigned> followedParam(const FunctionDecl *FD,
                                      const Fact<Dtype> &F, SeedRun Run) {
  return followed(FD, F, seededFacts(Run).DType);
}
std::optional<unsigned> followedParam(const FunctionDecl *FD,
                                      const Fact<Device> &F, SeedRun Run) {
  return followed(FD, F, seededFacts(Run).Dev);
}

std::optional<ExportedFunction> exportedReturn(const FunctionDecl *FD,
                                               ASTContext &Ctx,
                                               const AnalysisSetup &Setup) {
  const ModelContext &M = modelOf(Ctx, Setup);
  QualType Returned = FD->getReturnType();
  ValueKind K = M.Words.kindOf(Returned);
  // A reference or pointer is to an object others may change.
  if (!exportableKind(K) || Returned->isReferenceType() ||
      Returned->isPointerType() || readsLastingVariable(FD->getBody()))
    return std::nullopt;
  Env Members = memberEntryOf(FD, Ctx, Setup);
  auto Run = [&](std::optional<SeedRun> S, unsigned Param) {
    std::optional<Value> V =
        solveReturns(M, FD, seeded(FD, Members, M.Words, S, Param), K);
    return V ? V->State : Facts();
  };
  Runs R{Run(std::nullopt, 0), {}};
  if (followsArguments(FD, Ctx, Setup))
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      R.ByParam.push_back(takenFromArgument(FD->getParamDecl(I), M.Words)
                              ? std::pair{Run(SeedRun::First, I),
                                          Run(SeedRun::Second, I)}
                              : std::pair{Facts(), Facts()});
  ExportedFunction Out{FD, qualifiedName(FD), K, {}, {}, {}};
  if (K != ValueKind::Device)
    Out.Dtype = component<Dtype>(FD, R, &Facts::DType, [](Dtype D) {
      return dtypeName(D).str();
    });
  if (K != ValueKind::ScalarType)
    Out.Device = component<Device>(FD, R, &Facts::Dev,
                                   [](Device D) { return D.str(); });
  if (K == ValueKind::Tensor)
    Out.Rank = component<Rank>(FD, R, &Facts::Shape, [](Rank Rk) -> std::string {
      return Rk == Rank::Zero ? "zero-dim" : "dims";
    });
  // Only a tensor argument has a rank a caller knows.
  if (Out.Rank.K == ExportedFact::Parameter &&
      M.Words.kindOf(FD->getParamDecl(Out.Rank.Param)->getType()) !=
          ValueKind::Tensor)
    Out.Rank = ExportedFact();
  if (Out.Dtype.K == ExportedFact::Unknown &&
      Out.Device.K == ExportedFact::Unknown)
    return std::nullopt;
  return Out;
}

namespace {

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

std::vector<const FunctionDecl *>
exportableFunctions(ASTContext &Ctx, const AnalysisSetup &Setup) {
  std::vector<const FunctionDecl *> Out;
  const Vocabulary &Words = modelOf(Ctx, Setup).Words;
  forMainFileDecls(Ctx, [&](const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && exportable(FD, Words))
      Out.push_back(FD);
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
