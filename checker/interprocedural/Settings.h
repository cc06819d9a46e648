//===- Settings.h - Members that hold one value for an object's life -*- C++ -*-===//
//
// Production code keeps its precision in a member: `torch::ScalarType
// dtype_` chosen from a configuration in the constructor, then used to
// convert the model and its inputs. Whatever the constructor chose, a
// tensor converted with `dtype_` matches a model converted with it, and a
// tensor of a fixed dtype matches it only for the choices that agree.
// This file finds such members (model/Interprocedural.h, Setting) and the
// values their constructors may give them; and locals that hold one value
// while a function runs (LocalSettings.h).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_SETTINGS_H
#define TORCH_TIDY_INTERPROCEDURAL_SETTINGS_H

#include "interprocedural/Members.h"
#include "model/Interprocedural.h"

namespace torch_tidy {

class Settings {
public:
  Settings(const ModelContext &M, Members &Mem) : M(M), Mem(Mem) {}

  /// D as a setting. A member: stable when it is a followed member
  /// (ClassShape.h) of kind ScalarType or Device that no method but a
  /// constructor writes, and each constructor writes it (or leaves the
  /// in-class initializer) before any read, outside loops and lambdas. A
  /// local: as localSetting() says.
  const Setting &of(const clang::ValueDecl *D);

private:
  Setting compute(const clang::FieldDecl *F);
  const ModelContext &M;
  Members &Mem;
  llvm::DenseMap<const clang::ValueDecl *, Setting> Cache;
};

/// Whether values of kind K can be settings: dtypes, devices, and options
/// (whose dtype is followed).
bool settingKind(ValueKind K);

/// Adds to S the states the write W in Fn may give a setting of kind K;
/// false when some of them is not a constant (`?:` arms of constants for
/// dtypes and devices; for options, one `?:` on a flag).
bool addChoices(const ModelContext &M, const clang::FunctionDecl *Fn,
                const clang::Expr *W, ValueKind K, Setting &S);

/// The values a write gives: both arms of a `?:`, or the value itself;
/// through a constructor that converts it (`device_(gpu ? torch::kCUDA :
/// torch::kCPU)`).
llvm::SmallVector<const clang::Expr *, 2> settingArms(const clang::Expr *V);

} // namespace torch_tidy

#endif
