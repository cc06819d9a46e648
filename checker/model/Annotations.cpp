//===- Annotations.cpp - States the source declares -----------------------===//
#include "model/Annotations.h"
#include "model/AnnotationText.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/LiteralSupport.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Where byte Offset of A's string is written. AnnotateAttr keeps the string
/// but not its literal, so the literal is found again by lexing on from the
/// attribute's name, and the byte is located in its tokens as
/// StringLiteral::getLocationOfByte does. The attribute's own location when
/// no literal there spells the string (one built by a macro, say).
SourceLocation locate(const AnnotateAttr *A, unsigned Offset,
                      const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  const TargetInfo &Target = Ctx.getTargetInfo();
  SourceLocation Fallback = A->getLocation();
  SourceLocation Loc = SM.getSpellingLoc(Fallback);
  Token Tok;
  // `clang :: annotate (` or `annotate (`: the literal follows the parenthesis.
  bool Open = false;
  for (unsigned I = 0; I < 4 && !Open; ++I) {
    if (Lexer::getRawToken(Loc, Tok, SM, LO, /*IgnoreWhiteSpace=*/true))
      return Fallback;
    Open = Tok.is(tok::l_paren);
    Loc = Tok.getEndLoc();
  }
  if (!Open)
    return Fallback;
  llvm::SmallVector<Token, 2> Literal;
  while (!Lexer::getRawToken(Loc, Tok, SM, LO, /*IgnoreWhiteSpace=*/true) &&
         tok::isStringLiteral(Tok.getKind())) {
    Literal.push_back(Tok);
    Loc = Tok.getEndLoc();
  }
  if (Literal.empty())
    return Fallback;
  StringLiteralParser Whole(Literal, SM, LO, Target);
  if (Whole.hadError || Whole.GetString() != A->getAnnotation())
    return Fallback;
  for (const Token &T : Literal) {
    StringLiteralParser One(T, SM, LO, Target);
    unsigned Length = One.GetStringLength();
    // The end of the string is its closing quote.
    if (Offset < Length || (Offset == Length && &T == &Literal.back()))
      return T.getLocation().getLocWithOffset(
          One.getOffsetOfStringByte(T, Offset));
    Offset -= Length;
  }
  return Fallback;
}

/// One `torch-tidy:` annotation: the components it states (Known, with
/// their entries as origins), or what is wrong with it.
struct Parsed {
  Facts State;
  std::vector<AnnotationProblem> Problems;
};

/// Nullopt for annotations that belong to other tools.
std::optional<Parsed> parse(const AnnotateAttr *A, const ASTContext &Ctx) {
  std::optional<AnnotationText> Text = parseAnnotationText(A->getAnnotation());
  if (!Text)
    return std::nullopt;
  Parsed P;
  if (Text->DType)
    P.State.DType = Fact<Dtype>::known(Text->DType->Value,
                                       locate(A, Text->DType->Entry, Ctx));
  if (Text->Dev)
    P.State.Dev =
        Fact<Device>::known(Text->Dev->Value, locate(A, Text->Dev->Entry, Ctx));
  for (AnnotationText::Problem &Problem : Text->Problems)
    P.Problems.push_back(
        {std::move(Problem.Message), locate(A, Problem.Offset, Ctx), {}});
  return P;
}

/// The declarations whose annotations are read for D, most recent first: D
/// and its earlier redeclarations; for a parameter, the parameters at its
/// position in its function and the function's earlier redeclarations.
llvm::SmallVector<const Decl *, 4> thisAndEarlier(const Decl *D) {
  llvm::SmallVector<const Decl *, 4> Out;
  if (const auto *PD = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(PD->getDeclContext());
    unsigned I = PD->getFunctionScopeIndex();
    if (!FD || I >= FD->getNumParams() || FD->getParamDecl(I) != PD)
      return {D};
    for (; FD; FD = FD->getPreviousDecl())
      if (I < FD->getNumParams())
        Out.push_back(FD->getParamDecl(I));
    return Out;
  }
  for (; D; D = D->getPreviousDecl())
    Out.push_back(D);
  return Out;
}

const Decl *mostRecent(const Decl *D) {
  if (const auto *PD = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(PD->getDeclContext());
    unsigned I = PD->getFunctionScopeIndex();
    if (!FD || I >= FD->getNumParams() || FD->getParamDecl(I) != PD)
      return D;
    FD = FD->getMostRecentDecl();
    return I < FD->getNumParams() ? FD->getParamDecl(I) : D;
  }
  return D->getMostRecentDecl();
}

/// The annotations written on D itself; copies inherited from an earlier
/// declaration are read there.
auto ownAnnotations(const Decl *D) {
  return llvm::make_filter_range(
      D->specific_attrs<AnnotateAttr>(),
      [](const AnnotateAttr *A) { return !A->isInherited(); });
}

/// Adds a stated component; false when it contradicts one already stated.
template <typename T> bool merge(Fact<T> &Into, const Fact<T> &From) {
  if (!From.isKnown())
    return true;
  if (!Into.isKnown()) {
    Into = From;
    return true;
  }
  return Into.Value == From.Value;
}

/// Why a well-formed annotation on D changes nothing, if it does not.
std::optional<std::string> noEffect(const Decl *D, const Vocabulary &Words) {
  QualType T;
  llvm::StringRef What = "a declaration of type";
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    T = FD->getReturnType();
    What = "a function returning";
  } else if (const auto *VD = dyn_cast<DeclaratorDecl>(D);
             VD && isa<VarDecl, FieldDecl>(D)) {
    T = VD->getType();
  } else {
    return std::string("torch-tidy annotations apply to variables, "
                       "parameters, fields and functions only");
  }
  if (T.isNull() || T->isDependentType() || T->isUndeducedType())
    return std::nullopt;
  ValueKind K = Words.kindOf(T);
  if (K != ValueKind::None && K != ValueKind::IValueList)
    return std::nullopt;
  return ("torch-tidy annotation has no effect on " + What + " '" +
          T.getAsString(D->getASTContext().getPrintingPolicy()) +
          "'; it applies to tensors, modules, TensorOptions, dtypes and "
          "devices")
      .str();
}

} // namespace

std::optional<Facts> annotatedState(const Decl *D) {
  if (!D || !isa<VarDecl, FieldDecl, FunctionDecl>(D))
    return std::nullopt;
  llvm::SmallVector<const Decl *, 4> Decls = thisAndEarlier(mostRecent(D));
  if (llvm::none_of(Decls, [](const Decl *R) { return R->hasAttrs(); }))
    return std::nullopt;
  Facts State;
  bool Stated = false;
  // Oldest first: a value stated again later keeps its first origin.
  for (const Decl *R : llvm::reverse(Decls))
    for (const AnnotateAttr *A : ownAnnotations(R)) {
      std::optional<Parsed> P = parse(A, D->getASTContext());
      if (!P)
        continue;
      if (!P->Problems.empty() || !merge(State.DType, P->State.DType) ||
          !merge(State.Dev, P->State.Dev))
        return std::nullopt; // malformed: the declaration states nothing
      Stated = true;
    }
  return Stated ? std::optional<Facts>(State) : std::nullopt;
}

const std::optional<Facts> &AnnotationCache::of(const Decl *D) {
  auto [It, New] = Cache.try_emplace(D);
  if (New)
    It->second = annotatedState(D);
  return It->second;
}

Facts knownOrAnnotated(const Facts &Code, const Facts &Annotation) {
  Facts F = Code;
  if (!F.DType.isKnown() && Annotation.DType.isKnown())
    F.DType = Annotation.DType;
  if (!F.Dev.isKnown() && Annotation.Dev.isKnown())
    F.Dev = Annotation.Dev;
  return F;
}

std::vector<AnnotationProblem> annotationProblems(const Decl *D,
                                                const Vocabulary &Words) {
  std::vector<AnnotationProblem> Out;
  const ASTContext &Ctx = D->getASTContext();
  // What the earlier declarations state; their own problems are theirs.
  Facts Before;
  llvm::SmallVector<const Decl *, 4> Decls = thisAndEarlier(D);
  for (const Decl *R : llvm::reverse(llvm::drop_begin(Decls)))
    for (const AnnotateAttr *A : ownAnnotations(R))
      if (std::optional<Parsed> P = parse(A, Ctx); P && P->Problems.empty()) {
        merge(Before.DType, P->State.DType);
        merge(Before.Dev, P->State.Dev);
      }
  const AnnotateAttr *First = nullptr;
  bool Clean = true;
  for (const AnnotateAttr *A : ownAnnotations(D)) {
    std::optional<Parsed> P = parse(A, Ctx);
    if (!P)
      continue;
    First = First ? First : A;
    if (!P->Problems.empty()) {
      llvm::append_range(Out, P->Problems);
      Clean = false;
      continue;
    }
    const Fact<Dtype> &DT = P->State.DType;
    if (!merge(Before.DType, DT)) {
      Out.push_back({("dtype " + dtypeName(DT.Value) +
                      " in torch-tidy annotation contradicts dtype " +
                      dtypeName(Before.DType.Value) +
                      " stated by an earlier annotation of this declaration")
                         .str(),
                     DT.Origin, Before.DType.Origin});
      Clean = false;
    }
    const Fact<Device> &Dev = P->State.Dev;
    if (!merge(Before.Dev, Dev)) {
      Out.push_back({"device " + Dev.Value.str() +
                         " in torch-tidy annotation contradicts device " +
                         Before.Dev.Value.str() +
                         " stated by an earlier annotation of this declaration",
                     Dev.Origin, Before.Dev.Origin});
      Clean = false;
    }
  }
  if (First && Clean)
    if (std::optional<std::string> Why = noEffect(D, Words))
      Out.push_back({std::move(*Why), locate(First, 0, Ctx), {}});
  return Out;
}

} // namespace torch_tidy
