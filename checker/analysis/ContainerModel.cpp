//===- ContainerModel.cpp -------------------------------------------------===//
#include "analysis/ContainerModel.h"
#include "analysis/Containers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

using SetFn = llvm::function_ref<void(const ValueDecl *, Value)>;

Value emptyList() { return Value{ValueKind::TensorList, Facts{}, {}, false}; }

/// The state a tensor brings into a list: unknown for anything else.
Facts tensorState(const Value &V) {
  return V.Kind == ValueKind::Tensor ? V.State : Facts::top();
}

Value listFromInit(const InitListExpr *IL, Evaluator &Ev, const Env &S) {
  Value L = emptyList();
  for (const Expr *Elt : IL->inits())
    L.State = L.State.join(tensorState(Ev.eval(Elt, S)));
  return L;
}

/// `{a, b}` written where a list is expected, as an initializer list.
const InitListExpr *bracedList(const Expr *E) {
  const auto *SIL = dyn_cast_or_null<CXXStdInitializerListExpr>(strip(E));
  return SIL ? dyn_cast<InitListExpr>(strip(SIL->getSubExpr())) : nullptr;
}

/// What an argument adds to a list: a tensor, a braced list of them, or
/// another list (c10::List::append).
Facts addedState(const Expr *Arg, Evaluator &Ev, const Env &S) {
  if (const InitListExpr *IL = bracedList(Arg))
    return listFromInit(IL, Ev, S).State;
  Value V = Ev.eval(Arg, S);
  return V.Kind == ValueKind::Tensor || V.Kind == ValueKind::TensorList
             ? V.State
             : Facts::top();
}

Value elementValue(const ElementAccess &A, ValueKind K, Evaluator &Ev,
                   const Env &S) {
  Value C = A.Decomposed ? Ev.lookup(A.Decomposed, S) : Ev.eval(A.Container, S);
  if (C.Kind == ValueKind::TensorList && !A.Index)
    return Value{K, C.State, {}, false};
  if (C.Kind == ValueKind::StdTuple && A.Index && C.ListKnown &&
      *A.Index < C.Elements.size())
    return Value{K, C.Elements[*A.Index].State, {}, false};
  return Value::unknown(K);
}

bool isConstructionTag(const Expr *E) {
  const auto *RD = E->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return RD && (qualifiedName(RD) == "std::allocator_arg_t" ||
                qualifiedName(RD) == "std::piecewise_construct_t");
}

/// A tuple of Type made from one argument per element.
Value tupleOf(QualType Type, llvm::ArrayRef<const Expr *> Args, Evaluator &Ev,
              const Env &S) {
  llvm::SmallVector<QualType, 4> Types = tupleElementTypes(Type);
  if (Types.empty() || Types.size() != Args.size() ||
      llvm::any_of(Args, isConstructionTag))
    return Value::unknown(ValueKind::StdTuple);
  Value T{ValueKind::StdTuple, Facts::top(), {}, true};
  for (unsigned I = 0; I < Args.size(); ++I) {
    Value V = Ev.eval(Args[I], S);
    bool Tracked =
        isTupleTrackedElement(Types[I]) && V.Kind == kindOf(Types[I]);
    T.Elements.push_back({Tracked ? V.State : Facts::top(), nullptr});
  }
  return T;
}

Value constructList(const CXXConstructExpr *CE, Evaluator &Ev, const Env &S) {
  unsigned N = CE->getNumArgs();
  if (N == 0)
    return emptyList();
  if (const InitListExpr *IL = bracedList(CE->getArg(0)))
    return listFromInit(IL, Ev, S);
  ValueKind First = kindOf(CE->getArg(0)->getType());
  // A list made from another (ArrayRef from a vector, IListRef from either).
  if (N == 1 && First == ValueKind::TensorList) {
    Value V = Ev.eval(CE->getArg(0), S);
    return Value{ValueKind::TensorList, V.State, {}, false};
  }
  // ArrayRef(const Tensor &): a list of one.
  if (N == 1 && First == ValueKind::Tensor)
    return Value{ValueKind::TensorList,
                 tensorState(Ev.eval(CE->getArg(0), S)),
                 {},
                 false};
  if (N >= 2)
    if (const Expr *Range = iteratedRange(CE->getArg(0), CE->getArg(1))) {
      Value V = Ev.eval(Range, S);
      if (V.Kind == ValueKind::TensorList)
        return Value{ValueKind::TensorList, V.State, {}, false};
    }
  return Value::unknown(ValueKind::TensorList);
}

Value constructTuple(const CXXConstructExpr *CE, Evaluator &Ev, const Env &S) {
  // From another tuple or pair (a converting constructor).
  if (CE->getNumArgs() == 1 &&
      kindOf(CE->getArg(0)->getType()) == ValueKind::StdTuple) {
    Value V = Ev.eval(CE->getArg(0), S);
    V.Kind = ValueKind::StdTuple;
    return V;
  }
  return tupleOf(CE->getType(), llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()),
                 Ev, S);
}

/// `std::vector<torch::jit::IValue> in(ts.begin(), ts.end())`: one element
/// that stands for all of ts's, entered through no argument a fix-it could
/// convert.
std::optional<Value> ivaluesFromRange(const CXXConstructExpr *CE, Evaluator &Ev,
                                      const Env &S) {
  if (CE->getNumArgs() < 2)
    return std::nullopt;
  const Expr *Range = iteratedRange(CE->getArg(0), CE->getArg(1));
  if (!Range)
    return std::nullopt;
  Value V = Ev.eval(Range, S);
  if (V.Kind == ValueKind::IValueList)
    return V;
  if (V.Kind != ValueKind::TensorList)
    return Value::unknown(ValueKind::IValueList);
  return Value{ValueKind::IValueList, Facts::top(), {{V.State, nullptr}}, true};
}

std::optional<Value> containerCall(const CallExpr *CE, ValueKind K,
                                   Evaluator &Ev, const Env &S) {
  std::optional<CallParts> P = splitCall(CE);
  if (!P)
    return std::nullopt;
  std::string Name = qualifiedName(P->Callee);
  // std::make_tuple(a, b), std::make_pair(a, b)
  if (K == ValueKind::StdTuple &&
      (Name == "std::make_tuple" || Name == "std::make_pair"))
    return tupleOf(CE->getType(), P->Args, Ev, S);
  // l.copy(), l.vec(): the same elements in a new container.
  if (K == ValueKind::TensorList && P->Receiver &&
      kindOf(P->Receiver->getType()) == ValueKind::TensorList &&
      P->Callee->getDeclName().isIdentifier() &&
      llvm::is_contained({"copy", "vec"}, P->Callee->getName()))
    return Value{K, Ev.eval(P->Receiver, S).State, {}, false};
  // Rules say what calls do to tensors; what a call returns in a list or
  // tuple (x.max(1), where(cond)) they do not describe.
  if (Ev.ruleFor(*P))
    return Value::unknown(K);
  return std::nullopt;
}

/// Methods of a tensor list that leave its elements as they are (those
/// that remove elements keep the join of the rest true).
bool keepsElements(StringRef Name) {
  return llvm::is_contained(
      {"size",          "empty",        "capacity", "max_size",  "reserve",
       "shrink_to_fit", "begin",        "end",      "cbegin",    "cend",
       "rbegin",        "rend",         "crbegin",  "crend",     "data",
       "front",         "back",         "at",       "get",       "extract",
       "vec",           "copy",         "is",       "use_count", "pop_back",
       "erase",         "get_allocator"},
      Name);
}

/// Calls on a tensor list variable. None when the usual effects decide
/// (an assignment from another list, an operator).
std::optional<bool> listMethod(const ValueDecl *List, const CXXMethodDecl *Method,
                               bool Assigns, const CallParts &P, Evaluator &Ev,
                               Env &E, SetFn Set) {
  // v = {a, b}
  if (Assigns) {
    if (const InitListExpr *IL = bracedList(P.Args[0])) {
      Set(List, listFromInit(IL, Ev, E));
      return true;
    }
    return std::nullopt;
  }
  if (!Method || !Method->getDeclName().isIdentifier())
    return std::nullopt;
  StringRef Name = Method->getName();
  // v.clear(): empty again
  if (Name == "clear") {
    Set(List, emptyList());
    return true;
  }
  // push_back(t), emplace_back(t), insert(pos, t), set(i, t), append(other),
  // insert(pos, first, last)
  const Expr *Added = nullptr;
  if ((Name == "push_back" || Name == "emplace_back" || Name == "append") &&
      P.Args.size() == 1)
    Added = P.Args[0];
  else if ((Name == "insert" || Name == "emplace" || Name == "set") &&
           P.Args.size() == 2)
    Added = P.Args[1];
  // insert(pos, w.begin(), w.end())
  else if (Name == "insert" && P.Args.size() == 3)
    Added = iteratedRange(P.Args[1], P.Args[2]);
  if (Added) {
    Value L = Ev.lookup(List, E);
    L.State = L.State.join(addedState(Added, Ev, E));
    Set(List, L);
    return true;
  }
  if (keepsElements(Name))
    return true;
  // resize, swap, assign, ...: unknown, and the arguments as usual.
  Set(List, Value::unknown(ValueKind::TensorList));
  return false;
}

void forgetElement(const ElementOwner &O, Evaluator &Ev, Env &E, SetFn Set) {
  Value C = Ev.lookup(O.Var, E);
  if (C.Kind == ValueKind::StdTuple && O.Index && C.ListKnown &&
      *O.Index < C.Elements.size()) {
    C.Elements[*O.Index].State = Facts::top();
    Set(O.Var, C);
    return;
  }
  Set(O.Var, Value::unknown(kindOf(O.Var->getType())));
}

/// `v[i] = x` joins x into v; `std::get<0>(t) = x` replaces the element.
void writeElement(const ElementOwner &O, ValueKind ElementKind,
                  const Value &Written, Evaluator &Ev, Env &E, SetFn Set) {
  Value C = O.Nested ? Value{} : Ev.lookup(O.Var, E);
  if (C.Kind == ValueKind::TensorList && !O.Index) {
    C.State = C.State.join(tensorState(Written));
    Set(O.Var, C);
  } else if (C.Kind == ValueKind::StdTuple && O.Index && C.ListKnown &&
             *O.Index < C.Elements.size()) {
    C.Elements[*O.Index].State =
        Written.Kind == ElementKind ? Written.State : Facts::top();
    Set(O.Var, C);
  } else {
    forgetElement(O, Ev, E, Set);
  }
}

/// Whether a call may change the object it is called on, as
/// Analysis::callEffects decides it for variables.
bool changesObject(const CallParts &P, const CallRule *R) {
  if (R)
    return R->Receiver != ReceiverEffect::Keep ||
           (R->Writes && R->Writes->IsSelf);
  const auto *M = dyn_cast<CXXMethodDecl>(P.Callee);
  if (!M)
    return false;
  return !M->isConst() ||
         (kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
          M->getDeclName().isIdentifier() && M->getName().ends_with("_"));
}

bool writableParameter(QualType T) {
  return (T->isReferenceType() &&
          !T.getNonReferenceType().isConstQualified()) ||
         (T->isPointerType() && !T->getPointeeType().isConstQualified());
}

} // namespace

std::optional<Value> containerValue(const Expr *E, ValueKind K, Evaluator &Ev,
                                    const Env &S) {
  if (std::optional<ElementAccess> A = elementAccess(E))
    return elementValue(*A, K, Ev, S);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (K == ValueKind::TensorList)
      return constructList(CE, Ev, S);
    if (K == ValueKind::StdTuple)
      return constructTuple(CE, Ev, S);
    if (K == ValueKind::IValueList)
      return ivaluesFromRange(CE, Ev, S);
    return std::nullopt;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E);
      CE && (K == ValueKind::TensorList || K == ValueKind::StdTuple))
    return containerCall(CE, K, Ev, S);
  return std::nullopt;
}

bool containerEffects(const CallExpr *CE, const CallParts &P, Evaluator &Ev,
                      Env &E, SetFn Set) {
  // Reading an element, or taking a reference to one, changes nothing; a
  // write through the reference is seen where it happens.
  if (elementAccess(CE))
    return true;
  // std::make_tuple(a, b), std::make_pair(a, b) take forwarding references
  // and copy what they are given.
  if (P.Callee->getDeclName().isIdentifier() &&
      llvm::is_contained({"make_tuple", "make_pair"}, P.Callee->getName()) &&
      inLibraryNamespace(P.Callee))
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(P.Callee);
  const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
  bool Assigns = OC && OC->getOperator() == OO_Equal && P.Args.size() == 1;
  if (const ValueDecl *List = P.Receiver ? namedDecl(P.Receiver) : nullptr;
      List && kindOf(List->getType()) == ValueKind::TensorList)
    if (std::optional<bool> Done =
            listMethod(List, Method, Assigns, P, Ev, E, Set))
      return *Done;
  const CallRule *R = Ev.ruleFor(P);
  if (std::optional<ElementOwner> O =
          P.Receiver ? elementOwner(P.Receiver) : std::nullopt) {
    if (Assigns) {
      writeElement(*O, kindOf(P.Receiver->getType()), Ev.eval(P.Args[0], E), Ev,
                   E, Set);
      return true;
    }
    if (changesObject(P, R))
      forgetElement(*O, Ev, E, Set);
  }
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    bool MayWrite = R ? R->Writes && !R->Writes->IsSelf && R->Writes->Index == I
                      : writableParameter(P.Params[I]);
    if (MayWrite)
      if (std::optional<ElementOwner> O = elementOwner(P.Args[I]))
        forgetElement(*O, Ev, E, Set);
    // A c10::List handed to code no rule describes may gain elements.
    if (const ValueDecl *VD = namedDecl(P.Args[I]);
        !R && VD && kindOf(VD->getType()) == ValueKind::TensorList &&
        sharesElements(VD->getType()))
      Set(VD, Value::unknown(ValueKind::TensorList));
  }
  return false;
}

} // namespace torch_tidy
