//===- ModelContext.h - What every evaluation of a TU shares ----*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_MODELCONTEXT_H
#define TORCH_TIDY_MODEL_MODELCONTEXT_H

#include "model/Annotations.h"
#include "model/ModelFiles.h"
#include "vocabulary/CallRules.h"
#include "vocabulary/ModuleModel.h"
#include "vocabulary/Vocabulary.h"

namespace torch_tidy {

class Interprocedural;

/// The translation unit's vocabulary, rules, module behaviours, model files
/// and annotations, and where calls of the user's own functions are
/// answered (null: they return unknown).
struct ModelContext {
  clang::ASTContext &Ctx;
  const Vocabulary &Words;
  CallRules &Calls;
  ModuleModel &Modules;
  const ModelFiles &Files;
  AnnotationCache &Annotations;
  Interprocedural *Across = nullptr;
};

} // namespace torch_tidy

#endif
