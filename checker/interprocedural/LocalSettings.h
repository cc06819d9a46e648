//===- LocalSettings.h - Locals that hold one dtype or device ---*- C++ -*-===//
//
// `torch::ScalarType dtype = fp16 ? torch::kHalf : torch::kFloat;` chosen at
// the top of a function, then used to convert the model and its inputs,
// is the local counterpart of a setting member (Settings.h): whatever it
// was chosen to be, a tensor converted with it matches a model converted
// with it, and a tensor of a fixed dtype matches only the choices that
// agree. A local is a setting when every write to it comes before every
// read, none in a loop or a lambda, and nothing else can change it.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_LOCALSETTINGS_H
#define TORCH_TIDY_INTERPROCEDURAL_LOCALSETTINGS_H

#include "model/Interprocedural.h"
#include "model/ModelContext.h"

namespace torch_tidy {

/// V as a setting: stable when V is a local (not a parameter, static or
/// reference) of kind ScalarType or Device whose uses are writes (its
/// initializer, `=`) and reads (by value, a const reference, a library
/// call), every write before every read in the source and none in a loop
/// or a lambda. Its choices are the values the writes give.
Setting localSetting(const ModelContext &M, const clang::VarDecl *V);

/// Whether a finding may name the choices of V, a stable local setting of
/// FD (S, what localSetting() says of it): every branch of FD is a test of a tensor's state, or comes before
/// V's first read (those choose V), or tests nothing those branches read
/// or write (`for (auto &img : images)` after `dtype = half ? ... : ...`
/// is no tie; `if (half)` is). A call in a choosing branch's condition
/// ties it to every later condition that calls.
bool localSettingUntied(const ModelContext &M, const clang::FunctionDecl *FD,
                        const clang::VarDecl *V, const Setting &S);

} // namespace torch_tidy

#endif
