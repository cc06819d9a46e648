//===- Value.cpp ----------------------------------------------------------===//
#include "domain/Value.h"

namespace torch_tidy {

bool Value::sameAs(const Value &O) const {
  return Kind == O.Kind && State.sameAs(O.State) && ListKnown == O.ListKnown &&
         (!ListKnown || Elements == O.Elements);
}

Value Value::join(const Value &O) const {
  Value R{Kind == ValueKind::None ? O.Kind : Kind, State.join(O.State), {},
          false};
  if (!ListKnown || !O.ListKnown)
    return R;
  // Element by element; the fix-it place survives where both sides agree.
  if (Elements.size() == O.Elements.size()) {
    R.ListKnown = true;
    for (unsigned I = 0; I < Elements.size(); ++I)
      R.Elements.push_back(
          {Elements[I].State.join(O.Elements[I].State),
           Elements[I].Arg == O.Elements[I].Arg ? Elements[I].Arg : nullptr});
    return R;
  }
  // IValue lists of different lengths (a loop that pushes): one element
  // that stands for all of them, of their joined state. Module inputs do
  // not depend on their position.
  if (R.Kind != ValueKind::IValueList)
    return R;
  R.ListKnown = true;
  ListElement All{{}, nullptr};
  bool First = true;
  for (const auto *Side : {&Elements, &O.Elements})
    for (const ListElement &El : *Side) {
      All.State = All.State.join(El.State);
      All.Arg = First || All.Arg == El.Arg ? El.Arg : nullptr;
      First = false;
    }
  R.Elements.push_back(All);
  return R;
}

} // namespace torch_tidy
