//===- SettingChoices.h - Settings a finding may name -----------*- C++ -*-===//
//
// A state converted with a setting (`module_.to(dtype_)`, `.to(device_)`)
// is symbolic: whatever the member holds. Next to a state of a fixed
// value it is a bug on every run whose configuration gives the setting a
// value that differs; the checks report the first such value, naming it.
// They may do so only where nothing else could tie the setting's value to
// the path taken: this file says where.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SETTINGCHOICES_H
#define TORCH_TIDY_SETTINGCHOICES_H

#include "model/Interprocedural.h"
#include "solver/FunctionView.h"

namespace torch_tidy {

/// The setting Symbol names, when a finding at View's function may name its
/// values: Symbol is a member the constructors alone choose, each value they
/// give is a constant, no flag's value is assumed by this run, and no branch
/// tests anything (the setting itself, a flag set with it) that could be
/// tied to the value it holds. Null otherwise.
const Setting *settingToReport(const FunctionView &View,
                               const clang::ValueDecl *Symbol);

} // namespace torch_tidy

#endif
