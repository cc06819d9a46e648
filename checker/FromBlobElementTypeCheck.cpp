//===- FromBlobElementTypeCheck.cpp ---------------------------------------===//
#include "FromBlobElementTypeCheck.h"
#include "FixIt.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace torch_tidy {

/// The ScalarType expression inside an options argument that a fix-it can
/// replace: `torch::kFloat`, `torch::dtype(torch::kFloat)`,
/// `torch::TensorOptions().dtype(torch::kFloat).device(...)`.
static const Expr *dtypeArgument(const Expr *Options) {
  for (unsigned Depth = 0; Options && Depth < 8; ++Depth) {
    const Expr *E = strip(Options);
    if (kindOf(E->getType()) == ValueKind::ScalarType)
      return E;
    const auto *CE = dyn_cast<CallExpr>(E);
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
        Ctor && Ctor->getNumArgs() == 1) {
      Options = Ctor->getArg(0); // TensorOptions(kFloat)
      continue;
    }
    if (!CE || !CE->getDirectCallee())
      return nullptr;
    std::string Name = qualifiedName(CE->getDirectCallee());
    if ((Name == "c10::TensorOptions::dtype" || Name == "c10::dtype") &&
        CE->getNumArgs() >= 1 &&
        kindOf(CE->getArg(CE->getNumArgs() - 1)->getType()) ==
            ValueKind::ScalarType)
      return CE->getArg(CE->getNumArgs() - 1);
    const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
    if (!MC || Name.rfind("c10::TensorOptions::", 0) != 0)
      return nullptr;
    Options = MC->getImplicitObjectArgument(); // .device(...) on the left
  }
  return nullptr;
}

/// Says which dtype to read the buffer as: replaces the dtype the call
/// gives, or adds one after the last written argument.
static std::optional<FixItHint> readAs(const CheckedCall &C,
                                       llvm::StringRef Spelling,
                                       ASTContext &Ctx) {
  const auto &Args = C.Parts.Args;
  for (unsigned I = 0; I < Args.size(); ++I) {
    if (kindOf(C.Parts.Params[I]) != ValueKind::Options)
      continue;
    if (!isa<CXXDefaultArgExpr>(Args[I])) {
      const Expr *D = dtypeArgument(Args[I]);
      if (!D)
        return std::nullopt; // options from elsewhere: not certain
      SourceRange R = D->getSourceRange();
      if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
        return std::nullopt;
      return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(R),
                                          Spelling);
    }
    if (I == 0)
      return std::nullopt;
    SourceLocation End = Args[I - 1]->getEndLoc();
    if (End.isMacroID())
      return std::nullopt;
    SourceLocation After = Lexer::getLocForEndOfToken(
        End, 0, Ctx.getSourceManager(), Ctx.getLangOpts());
    if (After.isInvalid())
      return std::nullopt;
    return FixItHint::CreateInsertion(After, (", " + Spelling).str());
  }
  return std::nullopt;
}

void FromBlobElementTypeCheck::checkFunction(const FunctionResult &Result,
                                             ASTContext &Ctx) {
  for (const CheckedCall &C : Result.CheckedCalls) {
    if (!C.Rule->ReadsBuffer)
      continue;
    const Fact<Dtype> &Have = C.Buffer, &As = C.Result.DType;
    if (!Have.isKnown() || !As.isKnown() || Have.Value == As.Value)
      continue;
    const Expr *Buffer = C.operandExpr(*C.Rule->ReadsBuffer);
    {
      auto D = diag(C.Call->getExprLoc(),
                    "'%0' reads a buffer of %1 elements as %2; the tensor "
                    "holds garbage")
               << shortName(C.Parts.Callee) << dtypeName(Have.Value)
               << dtypeName(As.Value);
      if (auto Fix = readAs(
              C, spellDtype(Fact<Dtype>::known(Have.Value, {}), Ctx), Ctx))
        D << *Fix;
    }
    if (Buffer && Have.Origin != Buffer->getExprLoc())
      diag(Have.Origin, "the buffer holds %0 elements since here",
           DiagnosticIDs::Note)
          << dtypeName(Have.Value);
    if (As.Origin != C.Call->getExprLoc())
      diag(As.Origin, "read as %0 because of this", DiagnosticIDs::Note)
          << dtypeName(As.Value);
    if (categoryOf(As.Value) != categoryOf(Have.Value))
      diag(C.Call->getExprLoc(),
           "to get %0 values, read the buffer as %1 and convert the tensor "
           "with '.to(%2)'",
           DiagnosticIDs::Note)
          << dtypeName(As.Value) << dtypeName(Have.Value)
          << spellDtype(Fact<Dtype>::known(As.Value, {}), Ctx);
  }
}

} // namespace torch_tidy
