//===- ModuleModel.h - How a module class behaves ---------------*- C++ -*-===//
#ifndef TORCH_TIDY_VOCABULARY_MODULEMODEL_H
#define TORCH_TIDY_VOCABULARY_MODULEMODEL_H

#include "rules/RuleSet.h"
#include "vocabulary/CallRules.h"
#include "vocabulary/Vocabulary.h"
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
  llvm::SmallVector<torch_tidy::Dtype, 2> InputDtypes; // empty: none required
  bool OutputsFollowParameters = false;
  bool Submodules = false; // built from the modules it is given
  bool HoldsParameters = true; // false: no parameters, no state to track
};

class ModuleModel {
public:
  ModuleModel(const Vocabulary &Words, CallRules &Calls)
      : Words(Words), Calls(Calls) {}
  /// Null when no rule covers the class.
  const ModuleBehaviour *behaviour(const clang::CXXRecordDecl *RD);
  /// True when Method, called on a module of class RD, feeds it inputs.
  bool isEntryPoint(const clang::CXXRecordDecl *RD,
                    const clang::CXXMethodDecl *Method);
  /// The module class a call P feeds inputs to, if it does: `model.forward`,
  /// `fc(x)`, `net->forward(x)`; null otherwise.
  const clang::CXXRecordDecl *calledModule(const CallParts &P);
  /// For a module built from submodules (ModuleBehaviour::Submodules) and
  /// held in Var: the class of the first module its declaration builds it
  /// from; null when that is not written there.
  const clang::CXXRecordDecl *firstSubmodule(const clang::ValueDecl *Var);

private:
  std::optional<ModuleBehaviour> compute(const clang::CXXRecordDecl *RD);
  bool constructorsMayConvert(const clang::CXXRecordDecl *RD);
  bool entryPointsForwardInputs(const clang::CXXRecordDecl *RD,
                                const std::vector<std::string> &Names);

  const Vocabulary &Words;
  CallRules &Calls;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::optional<ModuleBehaviour>>
      Cache;
};

} // namespace torch_tidy

#endif
