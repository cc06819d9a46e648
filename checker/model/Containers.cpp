//===- Containers.cpp - Lists and tuples of tensors -----------------------===//
#include "model/Containers.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "model/CallWrites.h"
#include "model/ElementAccess.h"
#include "model/RuleApplication.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

// --- Lists ------------------------------------------------------------------

/// An IValue list keeps its elements one by one; a tensor list their join.
bool positional(ValueKind K) { return K == ValueKind::IValueList; }

Value emptyList(ValueKind K) {
  return positional(K) ? Value{K, Facts::top(), {}, true} : Value::bottom(K);
}

/// The state V brings into a list of kind K as one element: a tensor's or
/// a Mat's (or for IValue lists, an IValue's); unknown for anything else.
Facts elementState(ValueKind K, const Value &V) {
  bool Holds = V.Kind == ValueKind::Tensor ||
               (!positional(K) && V.Kind == ValueKind::Mat) ||
               (positional(K) && V.Kind == ValueKind::IValue);
  return Holds ? V.State : Facts::top();
}

Value fromBraces(Evaluator &Ev, const InitListExpr *IL, ValueKind K,
                 const Env &S) {
  Value L = emptyList(K);
  for (const Expr *Elt : IL->inits()) {
    Facts F = elementState(K, Ev.eval(Elt, S));
    if (positional(K))
      L.Elements.push_back({F, Elt});
    else
      L.State = L.State.join(F);
  }
  return L;
}

/// `{a, b}` written where a list is expected, as an initializer list.
const InitListExpr *bracedList(const Expr *E) {
  const auto *SIL = dyn_cast_or_null<CXXStdInitializerListExpr>(strip(E));
  return SIL ? dyn_cast<InitListExpr>(strip(SIL->getSubExpr())) : nullptr;
}

/// L with what Arg adds: a tensor, a braced list of them, or (to a tensor
/// list) another list.
Value withAdded(Evaluator &Ev, Value L, const Expr *Arg, const Env &S) {
  if (positional(L.Kind)) {
    if (L.ListKnown)
      L.Elements.push_back({elementState(L.Kind, Ev.eval(Arg, S)), Arg});
    return L;
  }
  Facts Added;
  if (const InitListExpr *IL = bracedList(Arg)) {
    Added = fromBraces(Ev, IL, L.Kind, S).State;
  } else {
    Value V = Ev.eval(Arg, S);
    Added = V.Kind == ValueKind::TensorList ? V.State
                                            : elementState(L.Kind, V);
  }
  L.State = L.State.join(Added);
  return L;
}

/// A list built by a constructor: empty, from braces, from another list or
/// one tensor (views), or from a range `first, last`.
Value constructList(Evaluator &Ev, const CXXConstructExpr *CE, ValueKind K,
                    const Env &S) {
  unsigned N = CE->getNumArgs();
  if (N >= 2)
    if (const Expr *Range = iteratedRange(Ev.words(), CE->getArg(0), CE->getArg(1))) {
      Value V = Ev.eval(Range, S);
      if (V.Kind == K)
        return V;
      if (V.Kind != ValueKind::TensorList)
        return Value::unknown(K);
      // An IValue list of a tensor list's elements: one element that stands
      // for all of them, entered through no argument a fix-it could convert.
      return positional(K) ? Value{K, Facts::top(), {{V.State, nullptr}}, true}
                           : Value::of(K, V.State);
    }
  if (N == 0)
    return emptyList(K);
  if (const InitListExpr *IL = bracedList(CE->getArg(0)))
    return fromBraces(Ev, IL, K, S);
  if (positional(K))
    return Value::unknown(K);
  ValueKind First = Ev.words().kindOf(CE->getArg(0)->getType());
  // A list made from another (ArrayRef from a vector, IListRef from either).
  if (N == 1 && First == ValueKind::TensorList)
    return Value::of(K, Ev.eval(CE->getArg(0), S).State);
  // ArrayRef(const Tensor &): a list of one.
  if (N == 1 && First == ValueKind::Tensor)
    return Value::of(K, elementState(K, Ev.eval(CE->getArg(0), S)));
  return Value::unknown(K);
}

// --- Tuples -----------------------------------------------------------------

Value elementValue(Evaluator &Ev, const ElementAccess &A, ValueKind K,
                   const Env &S) {
  Value C = A.Decomposed ? Ev.lookup(A.Decomposed, S)
                         : Ev.eval(A.Container, S);
  if (C.Kind == ValueKind::TensorList && !A.Index)
    return Value::of(K, C.State);
  if (C.Kind == ValueKind::StdTuple && A.Index && C.ListKnown &&
      *A.Index < C.Elements.size())
    return Value::of(K, C.Elements[*A.Index].State);
  return Value::unknown(K);
}

/// A tuple of Type made from one argument per element.
Value tupleOf(Evaluator &Ev, QualType Type, llvm::ArrayRef<const Expr *> Args,
              const Env &S) {
  const Vocabulary &Words = Ev.words();
  llvm::SmallVector<QualType, 4> Types = Words.tupleElementTypes(Type);
  auto IsTag = [&](const Expr *E) {
    return Words.is(E->getType(), TypeRole::ConstructionTag);
  };
  if (Types.empty() || Types.size() != Args.size() || llvm::any_of(Args, IsTag))
    return Value::unknown(ValueKind::StdTuple);
  Value T{ValueKind::StdTuple, Facts::top(), {}, true};
  for (unsigned I = 0; I < Args.size(); ++I) {
    Value V = Ev.eval(Args[I], S);
    bool Tracked = Words.isTupleTrackedElement(Types[I]) &&
                   V.Kind == Words.kindOf(Types[I]);
    T.Elements.push_back({Tracked ? V.State : Facts::top(), nullptr});
  }
  return T;
}

Value constructTuple(Evaluator &Ev, const CXXConstructExpr *CE, const Env &S) {
  // From another tuple or pair (a converting constructor).
  if (CE->getNumArgs() == 1 &&
      Ev.words().kindOf(CE->getArg(0)->getType()) == ValueKind::StdTuple) {
    Value V = Ev.eval(CE->getArg(0), S);
    V.Kind = ValueKind::StdTuple;
    return V;
  }
  return tupleOf(Ev, CE->getType(),
                 llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()), S);
}

std::optional<Value> containerCall(Evaluator &Ev, const CallExpr *CE,
                                   ValueKind K, const Env &S) {
  std::optional<CallParts> P = splitCall(CE);
  if (!P)
    return std::nullopt;
  const Vocabulary &Words = Ev.words();
  // std::make_tuple(a, b), std::make_pair(a, b)
  if (K == ValueKind::StdTuple &&
      Words.functionRole(P->Callee) == FunctionRole::MakeTuple)
    return tupleOf(Ev, CE->getType(), P->Args, S);
  // l.copy(), l.vec(): the same elements in a new container.
  if (K == ValueKind::TensorList && P->Receiver &&
      Words.kindOf(P->Receiver->getType()) == ValueKind::TensorList &&
      Words.hasMethodRole(P->Callee, Copy))
    return Value::of(K, Ev.eval(P->Receiver, S).State);
  // Rules say what calls do to tensors; what a call returns in a list or
  // tuple (x.max(1), where(cond)) they do not describe, unless they say
  // every tensor in the list has one state (`returns-list`).
  if (const CallRule *R = Ev.model().Calls.ruleFor(*P))
    return R->ReturnsList && K == ValueKind::TensorList
               ? Value::of(K, applyRule(Ev, *R, *P, CE, S))
               : Value::unknown(K);
  return std::nullopt;
}

} // namespace

std::optional<Value> containerValue(Evaluator &Ev, const Expr *E, ValueKind K,
                                    const Env &S) {
  if (std::optional<ElementAccess> A = elementAccess(Ev.words(), E))
    return elementValue(Ev, *A, K, S);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (K == ValueKind::TensorList || K == ValueKind::IValueList)
      return constructList(Ev, CE, K, S);
    if (K == ValueKind::StdTuple)
      return constructTuple(Ev, CE, S);
    return std::nullopt;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E);
      CE && (K == ValueKind::TensorList || K == ValueKind::StdTuple))
    return containerCall(Ev, CE, K, S);
  return std::nullopt;
}

// --- Effects ----------------------------------------------------------------

namespace {

/// Methods that leave a list's elements as they are. Reading, iterating,
/// copying and removing keep a tensor list's join true; an IValue list,
/// which keeps positions, only survives reads through const methods.
bool keepsElements(const Vocabulary &Words, const CXXMethodDecl *M,
                   ValueKind K) {
  if (Words.hasMethodRole(M, MethodRole(Query | Storage)))
    return true;
  if (positional(K))
    return M->isConst();
  return Words.hasMethodRole(
      M, MethodRole(ElementRead | Iterator | RangeBegin | RangeEnd | Copy |
                    Remove));
}

/// The argument a method adds to the list, if it is one that adds.
const Expr *addedBy(const Vocabulary &Words, const CXXMethodDecl *M,
                    ValueKind K, const CallParts &P) {
  if (Words.hasMethodRole(M, Append) && P.Args.size() == 1)
    return P.Args[0];
  if (positional(K))
    return nullptr; // positions shift: not modeled
  if (Words.hasMethodRole(M, Insert) && P.Args.size() == 2)
    return P.Args[1];
  // insert(pos, w.begin(), w.end())
  if (Words.hasMethodRole(M, Insert) && P.Args.size() == 3)
    return iteratedRange(Words, P.Args[1], P.Args[2]);
  return nullptr;
}

/// Calls on a list variable. None when the usual effects decide (an
/// assignment from another list, an operator).
std::optional<bool> listMethod(Evaluator &Ev, const ValueDecl *List,
                               const CallParts &P, bool Assigns, Env &E,
                               Assign Set) {
  ValueKind K = Ev.words().kindOf(List->getType());
  // v = {a, b}
  if (Assigns) {
    if (const InitListExpr *IL = bracedList(P.Args[0])) {
      Set(List, fromBraces(Ev, IL, K, E));
      return true;
    }
    return std::nullopt;
  }
  const auto *M = dyn_cast<CXXMethodDecl>(P.Callee);
  if (!M || identifierOf(M).empty())
    return std::nullopt;
  if (Ev.words().hasMethodRole(M, Clear)) {
    Set(List, emptyList(K));
    return true;
  }
  if (const Expr *Added = addedBy(Ev.words(), M, K, P)) {
    Set(List, withAdded(Ev, Ev.lookup(List, E), Added, E));
    return true;
  }
  if (keepsElements(Ev.words(), M, K))
    return true;
  // resize, swap, assign, ...: unknown, and the arguments as usual.
  Set(List, Value::unknown(K));
  return false;
}

void forgetElement(Evaluator &Ev, const ElementOwner &O, Env &E, Assign Set) {
  Value C = Ev.lookup(O.Var, E);
  if (C.Kind == ValueKind::StdTuple && O.Index && C.ListKnown &&
      *O.Index < C.Elements.size()) {
    C.Elements[*O.Index].State = Facts::top();
    Set(O.Var, C);
    return;
  }
  Set(O.Var, Value::unknown(Ev.words().kindOf(O.Var->getType())));
}

/// `v[i] = x` joins x into v; `std::get<0>(t) = x` replaces the element.
void writeElement(Evaluator &Ev, const ElementOwner &O, ValueKind ElementKind,
                  const Value &Written, Env &E, Assign Set) {
  Value C = O.Nested ? Value{} : Ev.lookup(O.Var, E);
  if (C.Kind == ValueKind::TensorList && !O.Index) {
    C.State = C.State.join(elementState(C.Kind, Written));
    Set(O.Var, C);
  } else if (C.Kind == ValueKind::StdTuple && O.Index && C.ListKnown &&
             *O.Index < C.Elements.size()) {
    C.Elements[*O.Index].State =
        Written.Kind == ElementKind ? Written.State : Facts::top();
    Set(O.Var, C);
  } else {
    forgetElement(Ev, O, E, Set);
  }
}

bool isList(ValueKind K) {
  return K == ValueKind::TensorList || K == ValueKind::IValueList;
}

} // namespace

bool containerEffects(Evaluator &Ev, const CallExpr *CE, const CallParts &P,
                      Env &E, Assign Set) {
  const Vocabulary &Words = Ev.words();
  // Reading an element, or taking a reference to one, changes nothing; a
  // write through the reference is seen where it happens. make_tuple and
  // make_pair take forwarding references and copy what they are given.
  if (elementAccess(Words, CE) ||
      Words.functionRole(P.Callee) == FunctionRole::MakeTuple)
    return true;
  const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
  bool Assigns = OC && OC->getOperator() == OO_Equal && P.Args.size() == 1;
  if (const ValueDecl *List = P.Receiver ? Words.namedDecl(P.Receiver) : nullptr;
      List && isList(Words.kindOf(List->getType())))
    if (std::optional<bool> Done = listMethod(Ev, List, P, Assigns, E, Set))
      return *Done;
  const CallRule *R = Ev.model().Calls.ruleFor(P);
  if (std::optional<ElementOwner> O =
          P.Receiver ? elementOwner(Words, P.Receiver) : std::nullopt) {
    if (Assigns) {
      writeElement(Ev, *O, Words.kindOf(P.Receiver->getType()),
                   Ev.eval(P.Args[0], E), E, Set);
      return true;
    }
    if (mayWriteReceiver(Words, P, R))
      forgetElement(Ev, *O, E, Set);
  }
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    // An element given through a proxy that writes it (an OutputArray).
    const Expr *Proxied = proxiedForWriting(P.Args[I]);
    if (mayWriteArgument(P, I, R, ValueKind::Tensor) || (!R && Proxied))
      if (std::optional<ElementOwner> O =
              elementOwner(Words, Proxied ? Proxied : P.Args[I]))
        forgetElement(Ev, *O, E, Set);
    // A shared list handed to code no rule describes may gain elements.
    if (const ValueDecl *VD = Words.namedDecl(P.Args[I]);
        !R && VD && Words.kindOf(VD->getType()) == ValueKind::TensorList &&
        Words.sharesElements(VD->getType()))
      Set(VD, Value::unknown(ValueKind::TensorList));
  }
  return false;
}

} // namespace torch_tidy
