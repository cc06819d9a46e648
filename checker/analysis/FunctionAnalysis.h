//===- FunctionAnalysis.h - Dataflow over one function body -----*- C++ -*-===//
//
// Flow-sensitive, path-insensitive, intraprocedural: one pass over Clang's
// CFG to a fixpoint, then one more pass that records what the checks ask
// about (module calls, debug inspections) with the state at each of them.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_FUNCTIONANALYSIS_H
#define TORCH_TIDY_ANALYSIS_FUNCTIONANALYSIS_H

#include "analysis/ModuleModel.h"
#include "analysis/State.h"
#include "rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace torch_tidy {

/// A call that feeds tensors to a module: `model.forward({x})`, `fc(x)`.
struct ModuleCallSite {
  const clang::CallExpr *Call;
  Facts Module;                 // the module's parameter state
  const clang::Expr *ModuleRef; // how the call names the module
  InputPolicy InputDtype, InputDevice;
  llvm::SmallVector<ListElement, 2> Inputs; // tensors, where each entered
};

/// An argument of `torch_tidy_inspect(expr[, expected])`, for the debug
/// check; Expected is the state of the second argument when there is one.
struct Inspection {
  const clang::Expr *Arg;
  Value Val;
  std::optional<Value> Expected;
};

struct FunctionResult {
  std::vector<ModuleCallSite> ModuleCalls;
  std::vector<Inspection> Inspections;
};

FunctionResult analyzeFunction(const clang::FunctionDecl *FD,
                               clang::ASTContext &Ctx, const RuleSet &Rules,
                               ModuleModel &Modules);

} // namespace torch_tidy

#endif
