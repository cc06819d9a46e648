//===- CallContexts.h - Helpers seen with a caller's states -----*- C++ -*-===//
//
// A helper of the user's (`void run(Module &m, const Image &img)`) is
// analyzed on its own with its parameters unknown, which is silent. Called
// with known states (a Half model, a Float image), it is analyzed again
// from those states, so a mismatch inside it is found where it happens,
// and its notes lead back to the caller. One analysis per helper and
// distinct argument states, a bounded number per helper.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_CALLCONTEXTS_H
#define TORCH_TIDY_INTERPROCEDURAL_CALLCONTEXTS_H

#include "interprocedural/Members.h"
#include "solver/FunctionView.h"

namespace torch_tidy {

/// The entry of a helper as the call At in View leaves it, and a key that
/// names those states (without origins). Members of its class start from
/// their class's states, or, for a call on `this`, as the caller has them;
/// every tracked parameter starts as its argument, by value or by
/// reference (a module handle shares its parameters), keeping the origins
/// so that notes point into the caller.
struct CallContext {
  const clang::FunctionDecl *Def;
  Env Entry;
  std::string Key;
  /// Boolean parameters the call fixes (Flags.h): their branches go one way.
  Valuation Assumed;
  /// The model files the call names (PathParameters.h).
  PathArguments Files;
};

/// None when At goes into no function of the user's, or no argument's
/// state is known (the helper's own analysis says all there is).
std::optional<CallContext> callContext(const FunctionView &View,
                                     const ObservedCall &At, Members &Mem,
                                     Interprocedural &Across);

} // namespace torch_tidy

#endif
