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
/// values: Symbol is a member the constructors alone choose, or a local the
/// function chooses before it reads it; each value they give is a
/// constant, no flag's value is assumed by this run, and no branch tests
/// anything (the setting itself, a flag set with it) that could be tied to
/// the value it holds (for a local, LocalSettings.h says which). Null
/// otherwise.
const Setting *settingToReport(const FunctionView &View,
                               const clang::ValueDecl *Symbol);

/// Whether a fix-it at At may name Symbol: a member in its class's methods,
/// a local declared before At in the outermost block of View's function.
bool settingInScope(const FunctionView &View, const clang::ValueDecl *Symbol,
                    const clang::Expr *At);

} // namespace torch_tidy

#endif
