//===- Env.h - What the analysis knows at one program point -----*- C++ -*-===//
#ifndef TORCH_TIDY_DOMAIN_ENV_H
#define TORCH_TIDY_DOMAIN_ENV_H

#include "domain/Value.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang {
class ValueDecl;
}

namespace torch_tidy {

/// Variable states at one program point, as a vector sorted by variable:
/// states hold few live variables and one is kept per CFG block, so a flat
/// vector beats a hash map. A variable absent from it is unknown, except a
/// local of the function under analysis, which is not yet declared (bottom).
class Env {
public:
  using Entry = std::pair<const clang::ValueDecl *, Value>;
  bool Reached = false;
  std::vector<Entry> Vars;

  const Value *find(const clang::ValueDecl *VD) const;
  /// The state of VD, inserted as bottom if absent.
  Value &at(const clang::ValueDecl *VD);
  void erase(const clang::ValueDecl *VD);

  bool sameAs(const Env &O) const;
  /// Joins O into this; Local tells a not-yet-declared local from an
  /// outside variable.
  void joinWith(const Env &O,
                llvm::function_ref<bool(const clang::ValueDecl *)> Local);
};

} // namespace torch_tidy

#endif
