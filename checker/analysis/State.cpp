//===- State.cpp ----------------------------------------------------------===//
#include "analysis/State.h"

namespace torch_tidy {

bool Value::sameAs(const Value &O) const {
  return Kind == O.Kind && State.sameAs(O.State) && ListKnown == O.ListKnown &&
         (!ListKnown || Elements == O.Elements);
}

Value Value::join(const Value &O) const {
  Value R{Kind == ValueKind::None ? O.Kind : Kind, State.join(O.State), {},
          false};
  if (ListKnown && O.ListKnown && Elements.size() == O.Elements.size()) {
    R.ListKnown = true;
    for (unsigned I = 0; I < Elements.size(); ++I) {
      if (Elements[I].Arg != O.Elements[I].Arg) {
        R.ListKnown = false;
        R.Elements.clear();
        break;
      }
      R.Elements.push_back(
          {Elements[I].State.join(O.Elements[I].State), Elements[I].Arg});
    }
  }
  return R;
}

bool Env::sameAs(const Env &O) const {
  if (Reached != O.Reached || Vars.size() != O.Vars.size())
    return false;
  for (const auto &[VD, V] : Vars) {
    auto It = O.Vars.find(VD);
    if (It == O.Vars.end() || !It->second.sameAs(V))
      return false;
  }
  return true;
}

void Env::joinWith(const Env &O,
                   llvm::function_ref<bool(const clang::VarDecl *)> Local) {
  if (!O.Reached)
    return;
  if (!Reached) {
    *this = O;
    return;
  }
  // A variable missing on one side is bottom there if it is a local not yet
  // declared, and unknown otherwise.
  for (auto &[VD, V] : Vars)
    if (!O.Vars.count(VD) && !Local(VD))
      V = Value::unknown(V.Kind);
  for (const auto &[VD, V] : O.Vars) {
    auto It = Vars.find(VD);
    if (It == Vars.end())
      Vars[VD] = Local(VD) ? V : Value::unknown(V.Kind);
    else
      It->second = It->second.join(V);
  }
}

} // namespace torch_tidy
