//===- FunctionView.cpp ---------------------------------------------------===//
#include "solver/FunctionView.h"

namespace torch_tidy {

FunctionView::FunctionView(std::unique_ptr<Evaluator> Ev,
                           std::vector<ObservedCall> Calls)
    : Ev(std::move(Ev)), Calls(std::move(Calls)) {}

const clang::FunctionDecl *FunctionView::function() const {
  return Ev ? Ev->function() : nullptr;
}

std::vector<ModelFileLoad> FunctionView::modelFileLoads() const {
  return Ev ? Ev->Loads.all() : std::vector<ModelFileLoad>{};
}

Value FunctionView::valueOf(const clang::Expr *E, const ObservedCall &At) const {
  return Ev->eval(E, *At.Before);
}

Value FunctionView::valueOf(const clang::ValueDecl *VD,
                            const ObservedCall &At) const {
  return Ev->lookup(VD, *At.Before);
}

} // namespace torch_tidy
