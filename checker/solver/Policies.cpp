//===- Policies.cpp -------------------------------------------------------===//
#include "solver/Policies.h"
#include "model/Interprocedural.h"

using namespace clang;

namespace torch_tidy {
namespace {

template <typename T> bool identical(const Fact<T> &A, const Fact<T> &B) {
  return A.sameAs(B) && A.Origin == B.Origin && A.Spelling == B.Spelling &&
         A.FromModuleOutput == B.FromModuleOutput &&
         A.AssumedByOption == B.AssumedByOption;
}

bool identical(const Facts &A, const Facts &B) {
  return identical(A.DType, B.DType) && identical(A.Dev, B.Dev);
}

/// Equal in everything a check may read: states, origins and spellings.
bool identical(const Env &A, const Env &B) {
  if (A.Reached != B.Reached || A.Vars.size() != B.Vars.size())
    return false;
  for (size_t I = 0; I < A.Vars.size(); ++I) {
    const Value &X = A.Vars[I].second, &Y = B.Vars[I].second;
    if (A.Vars[I].first != B.Vars[I].first || !X.sameAs(Y) ||
        !identical(X.State, Y.State))
      return false;
    for (size_t J = 0; J < X.Elements.size(); ++J)
      if (!identical(X.Elements[J].State, Y.Elements[J].State))
        return false;
  }
  return true;
}

} // namespace

Env ObserveCalls::entry(const ModelContext &M, const FunctionDecl *FD) {
  if (Seed)
    return std::move(*Seed);
  if (M.Across && M.Across->followsMembers(FD))
    return M.Across->memberEntry(FD);
  return Env{};
}

void ObserveCalls::before(const Stmt *S, const Env &E, Evaluator &Ev) {
  const auto *CE = dyn_cast<CallExpr>(S);
  std::optional<CallParts> P = CE ? splitCall(CE) : std::nullopt;
  if (!P)
    return;
  const ModelContext &M = Ev.model();
  const CallRule *R = M.Calls.ruleFor(*P);
  bool Probe = Vocabulary::isDebugInspection(P->Callee) && !P->Args.empty();
  if (!R && !Probe && !M.Modules.calledModule(*P) &&
      !(M.Across && M.Across->definitionFor(*P)))
    return;
  if (!Last || !identical(*Last, E))
    Last = std::make_shared<const Env>(E);
  Calls.push_back({CE, std::move(*P), R, Last});
}

void CollectReturns::before(const Stmt *S, const Env &E, Evaluator &Ev) {
  const auto *RS = dyn_cast<ReturnStmt>(S);
  if (!RS)
    return;
  Value V = RS->getRetValue() ? Ev.eval(RS->getRetValue(), E)
                              : Value::unknown(K);
  V.Kind = K;
  Returned = Returned ? Returned->join(V) : V;
}

void CollectMemberExits::atNormalExit(const Env &E, Evaluator &Ev) {
  Exits.joinWith(E, [&](const ValueDecl *VD) { return Ev.isLocal(VD); });
}

} // namespace torch_tidy
