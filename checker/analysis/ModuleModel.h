//===- ModuleModel.h - How a module class behaves ---------------*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_MODULEMODEL_H
#define TORCH_TIDY_ANALYSIS_MODULEMODEL_H

#include "rules/RuleSet.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace torch_tidy {

/// A module class's rule fields, each from the nearest listed class in its
/// inheritance chain, plus what the class's own code says about trusting
/// them.
struct ModuleBehaviour {
  Source Dtype, Device;                 // parameters at construction
  std::vector<std::string> EntryPoints; // methods that feed it inputs
  InputPolicy InputDtype = InputPolicy::None;
  InputPolicy InputDevice = InputPolicy::None;
  bool OutputsFollowParameters = false;
};

class ModuleModel {
public:
  explicit ModuleModel(const RuleSet &Rules) : Rules(Rules) {}
  /// Null when no rule covers the class.
  const ModuleBehaviour *behaviour(const clang::CXXRecordDecl *RD);
  /// True when Method, called on a module of class RD, feeds it inputs.
  bool isEntryPoint(const clang::CXXRecordDecl *RD,
                    const clang::CXXMethodDecl *Method);

private:
  std::optional<ModuleBehaviour> compute(const clang::CXXRecordDecl *RD);

  const RuleSet &Rules;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::optional<ModuleBehaviour>>
      Cache;
};

} // namespace torch_tidy

#endif
