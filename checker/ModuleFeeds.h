//===- ModuleFeeds.h - Arguments a function passes to its modules -*- C++ -*-===//
//
// `void Detector::infer(const torch::Tensor &x) { model_.forward({x}); }`
// with model_ Half: a caller in another file that passes a Float tensor
// makes it throw. The summary of infer says so (a rule's `feeds-module`,
// rules/FORMAT.md): which argument reaches a module unchanged, and the
// state of that module's parameters, the same whatever the arguments are.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODULEFEEDS_H
#define TORCH_TIDY_MODULEFEEDS_H

#include "interprocedural/AnalysisCache.h"

namespace torch_tidy {

/// The arguments FD's own code passes, unchanged, to a module whose
/// parameters' dtype or device does not depend on the arguments; an
/// argument that reaches modules of different states is left out.
std::vector<ModuleFeed> moduleFeedsOf(const clang::FunctionDecl *FD,
                                      clang::ASTContext &Ctx,
                                      const AnalysisSetup &Setup);

} // namespace torch_tidy

#endif
