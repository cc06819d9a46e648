//===- CallStates.cpp -----------------------------------------------------===//
#include "CallStates.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

CallStates CallStates::of(const FunctionView &View, const ObservedCall &C) {
  CallStates S;
  S.At = &C;
  S.Self = View.valueOf(C.Parts.self(), C);
  for (const Expr *Arg : C.Parts.Args)
    S.Args.push_back(View.valueOf(Arg, C));
  return S;
}

const Value &CallStates::operand(Operand O) const {
  static const Value None = Value::unknown(ValueKind::None);
  if (O.IsSelf)
    return Self;
  return O.Index < Args.size() ? Args[O.Index] : None;
}

const Expr *CallStates::operandExpr(Operand O) const {
  if (O.IsSelf)
    return parts().self();
  return O.Index < parts().Args.size() ? parts().Args[O.Index] : nullptr;
}

llvm::SmallVector<const Value *, 4>
CallStates::agreeingOperands(const Vocabulary &Words) const {
  llvm::SmallVector<const Value *, 4> Out;
  if (!rule().AllTensorOperands) {
    for (Operand O : rule().Operands)
      Out.push_back(&operand(O));
    return Out;
  }
  if (parts().Receiver)
    Out.push_back(&Self);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (!isa<CXXDefaultArgExpr>(parts().Args[I]) &&
        Words.kindOf(parts().Params[I]) == ValueKind::Tensor)
      Out.push_back(&Args[I]);
  return Out;
}

} // namespace torch_tidy
