//===- State.h - What the analysis knows at one program point ---*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_STATE_H
#define TORCH_TIDY_ANALYSIS_STATE_H

#include "analysis/Facts.h"
#include "analysis/Names.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace torch_tidy {

/// A tensor that went into a std::vector<IValue>, and the argument
/// expression through which it entered (where a fix-it would go).
struct ListElement {
  Facts State;
  const clang::Expr *Arg = nullptr;
  bool operator==(const ListElement &O) const {
    return Arg == O.Arg && State.sameAs(O.State);
  }
};

/// The abstract value of one variable or expression.
struct Value {
  ValueKind Kind = ValueKind::None;
  Facts State;
  /// For IValueList: the elements, unless ListKnown is false.
  llvm::SmallVector<ListElement, 0> Elements;
  bool ListKnown = false;

  static Value unknown(ValueKind K) { return {K, Facts::top(), {}, false}; }
  bool sameAs(const Value &O) const;
  Value join(const Value &O) const;
};

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
