//===- Env.cpp ------------------------------------------------------------===//
#include "domain/Env.h"
#include "llvm/ADT/STLExtras.h"

namespace torch_tidy {

static bool before(const Env::Entry &E, const clang::ValueDecl *VD) {
  return E.first < VD;
}

const Value *Env::find(const clang::ValueDecl *VD) const {
  auto It = llvm::lower_bound(Vars, VD, before);
  return It != Vars.end() && It->first == VD ? &It->second : nullptr;
}

Value &Env::at(const clang::ValueDecl *VD) {
  auto It = llvm::lower_bound(Vars, VD, before);
  if (It == Vars.end() || It->first != VD)
    It = Vars.insert(It, {VD, Value{}});
  return It->second;
}

void Env::erase(const clang::ValueDecl *VD) {
  auto It = llvm::lower_bound(Vars, VD, before);
  if (It != Vars.end() && It->first == VD)
    Vars.erase(It);
}

bool Env::sameAs(const Env &O) const {
  if (Reached != O.Reached || Vars.size() != O.Vars.size())
    return false;
  for (size_t I = 0; I < Vars.size(); ++I)
    if (Vars[I].first != O.Vars[I].first ||
        !Vars[I].second.sameAs(O.Vars[I].second))
      return false;
  return true;
}

void Env::joinWith(const Env &O,
                   llvm::function_ref<bool(const clang::ValueDecl *)> Local) {
  if (!O.Reached)
    return;
  if (!Reached) {
    *this = O;
    return;
  }
  // A variable missing on one side is bottom there if it is a local not yet
  // declared, and unknown otherwise. Both sides are sorted: merge them.
  std::vector<Entry> Out;
  Out.reserve(std::max(Vars.size(), O.Vars.size()));
  auto Missing = [&](const Entry &E) {
    return Entry{E.first, Local(E.first) ? E.second : Value::unknown(E.second.Kind)};
  };
  size_t I = 0, J = 0;
  while (I < Vars.size() || J < O.Vars.size()) {
    if (J == O.Vars.size() ||
        (I < Vars.size() && Vars[I].first < O.Vars[J].first))
      Out.push_back(Missing(Vars[I++]));
    else if (I == Vars.size() || O.Vars[J].first < Vars[I].first)
      Out.push_back(Missing(O.Vars[J++]));
    else {
      Out.push_back({Vars[I].first, Vars[I].second.join(O.Vars[J].second)});
      ++I, ++J;
    }
  }
  Vars = std::move(Out);
}

} // namespace torch_tidy
