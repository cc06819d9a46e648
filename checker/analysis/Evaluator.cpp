//===- Evaluator.cpp - The abstract value of an expression ----------------===//
#include "analysis/Evaluator.h"
#include "analysis/Annotations.h"
#include "analysis/ContainerModel.h"
#include "analysis/Containers.h"
#include "analysis/Members.h"
#include "analysis/Summaries.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace torch_tidy {

static bool isCopyOrMove(const CXXConstructExpr *CE) {
  return CE->getConstructor()->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1;
}

const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = nullptr;
    if (const auto *FE = dyn_cast<FullExpr>(E))
      Next = FE->getSubExpr();
    else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      Next = MT->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      Next = BT->getSubExpr();
    else if (const auto *PE = dyn_cast<ParenExpr>(E))
      Next = PE->getSubExpr();
    else if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
      Next = IC->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      Next = FC->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && isCopyOrMove(CE))
      Next = CE->getArg(0);
    else if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
      Next = DA->getExpr();
    else if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
      Next = DI->getExpr();
    if (!Next)
      return E;
    E = Next;
  }
  return E;
}

static bool isSmartPointerOrHolder(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  std::string N = qualifiedName(RD);
  return N == "std::shared_ptr" || N == "std::unique_ptr" ||
         moduleClassOf(T) != nullptr;
}

const ValueDecl *namedDecl(const Expr *E) {
  E = strip(E);
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E))
    if ((OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
        OC->getNumArgs() == 1 &&
        isSmartPointerOrHolder(strip(OC->getArg(0))->getType()))
      E = strip(OC->getArg(0));
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
    if (const auto *M = MC->getMethodDecl();
        M && (M->getName() == "get" || M->getName() == "ptr") &&
        isSmartPointerOrHolder(
            strip(MC->getImplicitObjectArgument())->getType()))
      E = strip(MC->getImplicitObjectArgument());
  if (const auto *DR = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DR->getDecl());
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

const ValueDecl *sourceDecl(const Expr *E) {
  if (const auto *CE = dyn_cast_or_null<CallExpr>(strip(E)))
    if (const FunctionDecl *F = CE->getDirectCallee();
        F && CE->getNumArgs() == 1 &&
        llvm::is_contained({"std::move", "std::forward"}, qualifiedName(F)))
      return namedDecl(CE->getArg(0));
  return namedDecl(E);
}

/// The initializer of a local const lvalue reference, seen through the
/// conversions that bind it (adding const, derived to base).
static const Expr *boundInit(const VarDecl *Ref) {
  QualType T = Ref->getType();
  if (!T->isLValueReferenceType() ||
      !T.getNonReferenceType().isConstQualified() || !Ref->getInit() ||
      !Ref->isLocalVarDecl())
    return nullptr;
  const Expr *E = Ref->getInit();
  while (true) {
    E = E->IgnoreParens();
    if (const auto *FE = dyn_cast<FullExpr>(E)) {
      E = FE->getSubExpr();
      continue;
    }
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(E);
        IC && (IC->getCastKind() == CK_NoOp ||
               IC->getCastKind() == CK_DerivedToBase ||
               IC->getCastKind() == CK_UncheckedDerivedToBase)) {
      E = IC->getSubExpr();
      continue;
    }
    return E;
  }
}

const VarDecl *aliasedVar(const VarDecl *Ref) {
  const auto *DR = dyn_cast_or_null<DeclRefExpr>(boundInit(Ref));
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || VD == Ref || kindOf(VD->getType()) != kindOf(Ref->getType()))
    return nullptr;
  return VD;
}

bool bindsTemporary(const VarDecl *Ref) {
  return isa_and_nonnull<MaterializeTemporaryExpr>(boundInit(Ref));
}

std::optional<CallParts> splitCall(const Expr *E) {
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE)
    return std::nullopt;
  CallParts P;
  P.Callee = CE->getDirectCallee();
  if (!P.Callee)
    return std::nullopt;
  unsigned First = 0;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    P.Receiver = MC->getImplicitObjectArgument();
  } else if (isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(P.Callee) &&
             CE->getNumArgs() > 0) {
    P.Receiver = CE->getArg(0);
    First = 1;
  }
  for (unsigned I = First; I < CE->getNumArgs(); ++I) {
    unsigned ParamIndex = I - First;
    P.Args.push_back(CE->getArg(I));
    P.Params.push_back(ParamIndex < P.Callee->getNumParams()
                           ? P.Callee->getParamDecl(ParamIndex)->getType()
                           : CE->getArg(I)->getType());
  }
  return P;
}

bool Evaluator::isLocal(const ValueDecl *D) const {
  const auto *VD = dyn_cast<VarDecl>(D);
  return VD && !isa<ParmVarDecl>(VD) && VD->isLocalVarDecl() &&
         VD->getParentFunctionOrMethod() == Fn;
}

/// The text of a string literal, directly or through a constant variable:
/// `"model_fp16.pt"`, `const std::string path = "model_fp16.pt";`.
static std::optional<std::string> literalText(const Expr *E, unsigned Depth = 0) {
  E = strip(E);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs())
    return Depth < 4 ? literalText(CE->getArg(0), Depth + 1) : std::nullopt;
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getString().str();
  if (const auto *DR = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
        VD && VD->getType().isConstQualified() && VD->getInit() && Depth < 4)
      return literalText(VD->getInit(), Depth + 1);
  return std::nullopt;
}

const CallRule *Evaluator::ruleFor(const CallParts &P) {
  auto [It, New] = RuleCache.try_emplace(P.Callee);
  if (New) {
    const FunctionDecl *Pattern = P.Callee->getTemplateInstantiationPattern();
    It->second = Rules.findCalls(qualifiedName(Pattern ? Pattern : P.Callee));
  }
  const CallRule *Default = nullptr;
  for (const CallRule &R : llvm::reverse(It->second)) {
    if (R.PathGlob.empty()) {
      Default = Default ? Default : &R;
      continue;
    }
    std::optional<std::string> Path =
        R.PathArg < P.Args.size() ? literalText(P.Args[R.PathArg])
                                  : std::nullopt;
    if (Path && R.Path->match(*Path))
      return &R;
  }
  return Default;
}

/// The absolute directory of the file a call is written in (where a macro
/// is expanded), or "" when it is not a file.
static std::string directoryOf(SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getFileLoc(Loc);
  OptionalFileEntryRef F = SM.getFileEntryRefForID(SM.getFileID(Loc));
  if (!F)
    return "";
  llvm::SmallString<256> Path(F->getFileEntry().tryGetRealPathName());
  if (Path.empty()) {
    Path = F->getName();
    SM.getFileManager().makeAbsolutePath(Path);
  }
  return llvm::sys::path::parent_path(Path).str();
}

const ModelFileLoad &Evaluator::modelFile(const CallRule &R, const CallParts &P,
                                          const Expr *E) {
  auto [It, New] = ModelFileLoads.insert({E, ModelFileLoad{}});
  ModelFileLoad &L = It->second;
  if (!New)
    return L;
  L.Call = E;
  L.State = Facts::top();
  std::optional<std::string> Path =
      R.PathArg < P.Args.size() ? literalText(P.Args[R.PathArg]) : std::nullopt;
  if (!Path) {
    L.Explanation = "the model file's path is not a string literal or a "
                    "constant initialized with one: parameters unknown";
    return L;
  }
  ModelFileInfo Info =
      Files.lookup(*Path, directoryOf(E->getExprLoc(), Ctx.getSourceManager()));
  SourceLocation Loc = E->getExprLoc();
  if (Info.DType)
    L.State.DType = Fact<Dtype>::known(*Info.DType, Loc);
  if (Info.Dev)
    L.State.Dev = Fact<Device>::known(*Info.Dev, Loc);
  L.Explanation = std::move(Info.Explanation);
  return L;
}

Facts Evaluator::moduleDefaults(const CXXRecordDecl *RD, const Expr *Where) {
  Facts F = Facts::top();
  const ModuleBehaviour *B = Modules.behaviour(RD);
  if (!B)
    return F;
  SourceLocation Loc = Where->getExprLoc();
  if (B->Dtype.K == Source::Fixed && B->Dtype.FixedDtype)
    F.DType = Fact<Dtype>::known(*B->Dtype.FixedDtype, Loc);
  if (B->Device.K == Source::Fixed && B->Device.FixedDevice)
    F.Dev = Fact<Device>::known(*B->Device.FixedDevice, Loc);
  return F;
}

std::optional<Facts> Evaluator::annotation(const Decl *D) {
  auto [It, New] = Annotated.try_emplace(D);
  if (New)
    It->second = annotatedState(D);
  return It->second;
}

Value Evaluator::lookup(const ValueDecl *D, const Env &S) {
  ValueKind K = kindOf(D->getType());
  if (K == ValueKind::None || Escaped.count(D))
    return Value::unknown(K);
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD) { // a member of `this`
    if (const Value *V = S.find(D))
      return *V;
    const auto *F = dyn_cast<FieldDecl>(D);
    return F && Mem ? Mem->anywhere(F) : Value::unknown(K);
  }
  // Annotations on the variables no declaration in this function stores:
  // a global's wins over its initializer, as a local's does where it is
  // declared; a reference's fills in what the referred-to value leaves
  // unknown, since that value may have changed since.
  auto WithAnnotation = [&](Value V) {
    if (std::optional<Facts> A = annotation(VD))
      V.State = VD->getType()->isReferenceType()
                    ? knownOrAnnotated(V.State, *A)
                    : V.State.overriddenBy(*A);
    return V;
  };
  if (VD->getType()->isReferenceType() && isLocal(VD)) {
    // A const reference to a variable reads that variable as it is now.
    if (const VarDecl *Target = aliasedVar(VD); Target && Depth < 8) {
      ++Depth;
      Value V = lookup(Target, S);
      --Depth;
      return WithAnnotation(std::move(V));
    }
    // `const auto &t = v[0]`, `for (const auto &t : v)`: the element as the
    // container is now.
    if (VD->getInit() &&
        VD->getType().getNonReferenceType().isConstQualified() &&
        elementAccess(VD->getInit()) && Depth < 8) {
      ++Depth;
      Value V = eval(VD->getInit(), S);
      --Depth;
      V.Kind = K;
      return V;
    }
    // Other references, but those that hold a temporary, are not followed.
    if (!bindsTemporary(VD))
      return WithAnnotation(Value::unknown(K));
  }
  if (const Value *V = S.find(VD))
    return *V;
  if (isLocal(VD))
    return Value{K, Facts{}, {}, false}; // not declared yet on this path
  // Parameters are seeded at the function's entry; locals of an enclosing
  // function (lambda captures) may have changed since their declaration.
  bool Global = !VD->isLocalVarDeclOrParm();
  // A constant outside the function: `const torch::Device kDev(kCUDA);`.
  if (VD->getType().isConstQualified() && !isa<ParmVarDecl>(VD) &&
      !VD->getType()->isReferenceType() && VD->getInit() && Depth < 8) {
    ++Depth;
    Value V = eval(VD->getInit(), Env{});
    --Depth;
    return Global ? WithAnnotation(std::move(V)) : V;
  }
  return Global ? WithAnnotation(Value::unknown(K)) : Value::unknown(K);
}

/// The enumerator of a constant enum expression: `torch::kHalf` -> "Half".
static std::optional<std::string> enumeratorName(const Expr *E,
                                                 ASTContext &Ctx) {
  const auto *ET = E->getType().getCanonicalType()->getAs<EnumType>();
  if (!ET || E->isValueDependent())
    return std::nullopt;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  for (const EnumConstantDecl *C : ET->getDecl()->enumerators())
    if (llvm::APSInt::isSameValue(C->getInitVal(), R.Val.getInt()))
      return C->getName().str();
  return std::nullopt;
}

std::optional<Value> Evaluator::constant(const Expr *E, ValueKind K) {
  std::optional<std::string> Name = enumeratorName(E, Ctx);
  if (!Name)
    return std::nullopt;
  Value V{K, Facts::top(), {}, false};
  if (K == ValueKind::ScalarType) {
    if (auto D = parseDtype(*Name)) {
      V.State.DType = Fact<Dtype>::known(*D, E->getExprLoc());
      V.State.DType.Spelling = E;
    }
  } else if (auto D = parseDevice(llvm::StringRef(*Name).lower())) {
    V.State.Dev = Fact<Device>::known(*D, E->getExprLoc());
    V.State.Dev.Spelling = E;
  }
  return V;
}

Value Evaluator::eval(const Expr *E, const Env &S) {
  if (!E)
    return Value::unknown(ValueKind::None);
  const Expr *Orig = E;
  E = strip(E);
  // cv::InputArray made from a Mat: a proxy that refers to the Mat.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() >= 1 && kindOf(E->getType()) == ValueKind::None &&
      CE->getConstructor()->getNumParams() >= 1 &&
      CE->getConstructor()->getParamDecl(0)->getType()->isReferenceType() &&
      kindOf(CE->getArg(0)->getType()) == ValueKind::Mat)
    return eval(CE->getArg(0), S);
  // `out->elements()`: the tuple behind an intrusive_ptr's arrow.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Arrow && OC->getNumArgs() == 1 &&
      kindOf(OC->getArg(0)->getType()) == ValueKind::Tuple)
    return eval(OC->getArg(0), S);
  ValueKind K = kindOf(E->getType());
  if (K == ValueKind::None)
    K = kindOf(Orig->getType());
  if (K == ValueKind::None || E->containsErrors())
    return Value::unknown(K);
  if (K == ValueKind::ScalarType || K == ValueKind::Device)
    if (auto C = constant(E, K))
      return *C;
  // Elements of tensor lists and tuples, and the lists and tuples built.
  if (std::optional<Value> V = containerValue(E, K, *this, S))
    return *V;
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl())) {
      Value V = lookup(VD, S);
      // A named dtype or device is reused by fix-its as the code spells it.
      if (V.State.DType.isKnown() && K == ValueKind::ScalarType)
        V.State.DType.Spelling = E;
      if (V.State.Dev.isKnown() && K == ValueKind::Device)
        V.State.Dev.Spelling = E;
      return V;
    }
    return Value::unknown(K);
  }
  // `module_`, `this->module_`: a member of the object under analysis.
  if (const ValueDecl *D = namedDecl(E); D && isa<FieldDecl>(D))
    return lookup(D, S);
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F)
      return Value::unknown(K);
    // `linear->weight`: a built-in module's parameter has the module's state.
    const auto *Owner = dyn_cast<CXXRecordDecl>(F->getParent());
    const ValueDecl *Module = namedDecl(ME->getBase());
    if (K == ValueKind::Tensor && Owner && Module &&
        kindOf(Module->getType()) == ValueKind::Module &&
        llvm::StringRef(qualifiedName(Owner)).starts_with("torch::nn::") &&
        derivesFrom(Owner, "torch::nn::Module"))
      return Value{K, lookup(Module, S).State, {}, false};
    // `other.module_`: what the member holds in any object of its class.
    return Mem ? Mem->anywhere(F) : Value::unknown(K);
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E))
    return eval(CO->getTrueExpr(), S).join(eval(CO->getFalseExpr(), S));
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return construct(CE, K, S);
  if (isa<CallExpr>(E))
    return call(E, K, S);
  return Value::unknown(K);
}

/// The device named by a string argument: Device("cuda:1").
static std::optional<Device> deviceFromString(const Expr *E) {
  std::optional<std::string> Text = literalText(E);
  return Text ? parseDevice(*Text) : std::nullopt;
}

/// A string a device can be parsed from: "cuda:0", a char array, std::string.
/// Not a buffer of bytes (`unsigned char *`, an image's data).
static bool isText(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isArrayType() || T->isPointerType()) {
    QualType Elt = T->isArrayType() ? T->getAsArrayTypeUnsafe()->getElementType()
                                    : T->getPointeeType();
    return Elt->isSpecificBuiltinType(BuiltinType::Char_S) ||
           Elt->isSpecificBuiltinType(BuiltinType::Char_U);
  }
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && qualifiedName(RD) == "std::basic_string";
}

Value Evaluator::listFromInit(const Expr *Init, const Env &S) {
  Value L{ValueKind::IValueList, Facts::top(), {}, true};
  const auto *IL = dyn_cast<InitListExpr>(strip(Init));
  if (!IL)
    return Value::unknown(ValueKind::IValueList);
  for (const Expr *Elt : IL->inits()) {
    Value V = eval(Elt, S);
    ListElement LE{V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue
                       ? V.State
                       : Facts::top(),
                   Elt};
    L.Elements.push_back(LE);
  }
  return L;
}

Value Evaluator::construct(const CXXConstructExpr *CE, ValueKind K,
                           const Env &S) {
  unsigned N = CE->getNumArgs();
  auto ArgKind = [&](unsigned I) { return kindOf(CE->getArg(I)->getType()); };
  auto IsNullopt = [&](unsigned I) {
    const auto *RD = strip(CE->getArg(I))->getType()->getAsCXXRecordDecl();
    return RD && RD->getName() == "nullopt_t";
  };
  switch (K) {
  case ValueKind::ScalarType:
  case ValueKind::Device: {
    // c10::optional<ScalarType>, c10::optional<Device>, c10::Device(...).
    if (N == 0 || (N == 1 && IsNullopt(0)))
      return Value{K, {Fact<Dtype>::unset(), Fact<Device>::unset()}, {}, false};
    if (ArgKind(0) == K) {
      Value V = eval(CE->getArg(0), S);
      if (K == ValueKind::Device && N >= 2 && V.State.Dev.isKnown()) {
        Expr::EvalResult R;
        if (CE->getArg(1)->EvaluateAsInt(R, Ctx))
          V.State.Dev.Value.Index = R.Val.getInt().getExtValue();
        else
          V.State.Dev = Fact<Device>::top();
        V.State.Dev.Spelling = nullptr;
      }
      return V;
    }
    if (K == ValueKind::Device)
      if (auto D = deviceFromString(CE->getArg(0))) {
        Value V{K, Facts::top(), {}, false};
        V.State.Dev = Fact<Device>::known(*D, CE->getExprLoc());
        return V;
      }
    return Value::unknown(K);
  }
  case ValueKind::Options: {
    Facts F{Fact<Dtype>::unset(), Fact<Device>::unset()};
    if (N == 0)
      return Value{K, F, {}, false};
    if (N == 1 && ArgKind(0) == ValueKind::ScalarType)
      F.DType = eval(CE->getArg(0), S).State.DType;
    else if (ArgKind(0) == ValueKind::Device || deviceFromString(CE->getArg(0)))
      F.Dev = construct(CE, ValueKind::Device, S).State.Dev;
    else
      return Value::unknown(K);
    return Value{K, F, {}, false};
  }
  case ValueKind::IValue:
    if (N == 1 && ArgKind(0) == ValueKind::Tensor)
      return Value{K, eval(CE->getArg(0), S).State, {}, false};
    return Value::unknown(K);
  case ValueKind::IValueList:
    if (N == 0)
      return Value{K, Facts::top(), {}, true};
    if (N >= 1)
      if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(
              strip(CE->getArg(0))))
        return listFromInit(SIL->getSubExpr(), S);
    return Value::unknown(K);
  case ValueKind::Mat: {
    CallParts P;
    P.Callee = CE->getConstructor();
    for (unsigned I = 0; I < N; ++I) {
      P.Args.push_back(CE->getArg(I));
      P.Params.push_back(I < P.Callee->getNumParams()
                             ? P.Callee->getParamDecl(I)->getType()
                             : CE->getArg(I)->getType());
    }
    const CallRule *R = ruleFor(P);
    if (!R || !R->ReturnsState)
      return Value::unknown(K);
    return Value{K, applyRule(*R, P, CE, S), {}, false};
  }
  case ValueKind::Module: {
    if (N >= 1 && strip(CE->getArg(0))->getType()->isNullPtrType())
      return Value::unknown(K); // an empty holder
    return Value{K, moduleDefaults(moduleClassOf(CE->getType()), CE), {}, false};
  }
  default:
    return Value::unknown(K);
  }
}

Value Evaluator::call(const Expr *E, ValueKind K, const Env &S) {
  std::optional<CallParts> P = splitCall(E);
  if (!P)
    return Value::unknown(K);
  Value V = callByCode(*P, E, K, S);
  // An annotation on the callee wins over its rule or summary for the
  // components it states: `[[clang::annotate("torch-tidy:dtype=half")]]
  // torch::Tensor load_input();`.
  if (std::optional<Facts> A = annotation(P->Callee))
    V.State = V.State.overriddenBy(*A);
  return V;
}

/// What the rules and the callee's summary say a call returns.
Value Evaluator::callByCode(const CallParts &P, const Expr *E, ValueKind K,
                            const Env &S) {
  std::string Name = qualifiedName(P.Callee);
  if ((Name == "std::move" || Name == "std::forward") && P.Args.size() == 1)
    return eval(P.Args[0], S);
  if (K == ValueKind::Module &&
      (Name == "std::make_shared" || Name == "std::make_unique"))
    return Value{K, moduleDefaults(moduleClassOf(E->getType()), E), {}, false};
  if (std::optional<Value> Out = moduleOutput(P, K, E, S))
    return *Out;
  const CallRule *R = ruleFor(P);
  if (!R && Sums && !(MembersOnly && P.Receiver &&
                      isa<CXXThisExpr>(P.Receiver->IgnoreParenImpCasts())))
    return Sums->returnOf(P, K, *this, S); // what the user's function returns
  if (!R || !R->ReturnsState)
    return Value::unknown(K);
  ++Depth;
  Value V{K, Depth < 64 ? applyRule(*R, P, E, S) : Facts::top(), {}, false};
  --Depth;
  return V;
}

std::optional<Value> Evaluator::moduleOutput(const CallParts &P, ValueKind K,
                                             const Expr *E, const Env &S) {
  const auto *Method = dyn_cast<CXXMethodDecl>(P.Callee);
  if (!Method || !P.Receiver)
    return std::nullopt;
  QualType RT = P.Receiver->getType();
  if (RT->isPointerType())
    RT = RT->getPointeeType();
  const CXXRecordDecl *Class = moduleClassOf(RT);
  if (!Class || !Modules.isEntryPoint(Class, Method))
    return std::nullopt;
  const ModuleBehaviour *B = Modules.behaviour(Class);
  const ValueDecl *VD = namedDecl(P.Receiver);
  if (!B->OutputsFollowParameters || !VD)
    return Value::unknown(K);
  Facts F = lookup(VD, S).State;
  // Fed an input of another floating-point dtype, a module computes in the
  // promoted type (or throws): its output is not its parameters' dtype.
  auto Disagrees = [&](const Facts &In) {
    return F.DType.isKnown() && In.DType.isKnown() &&
           categoryOf(In.DType.Value) == DtypeCategory::Floating &&
           In.DType.Value != F.DType.Value;
  };
  for (const Expr *Arg : P.Args) {
    Value In = eval(Arg, S);
    bool Bad = Disagrees(In.State) && (In.Kind == ValueKind::Tensor ||
                                       In.Kind == ValueKind::IValue);
    for (const ListElement &El : In.Elements)
      Bad = Bad || Disagrees(El.State);
    if (Bad)
      F.DType = Fact<Dtype>::top();
  }
  for (auto *Origin : {&F.DType.Origin, &F.Dev.Origin})
    *Origin = E->getExprLoc();
  F.DType.FromModuleOutput = F.Dev.FromModuleOutput = true;
  F.DType.Spelling = nullptr;
  F.Dev.Spelling = nullptr;
  return Value{K, F, {}, false};
}

/// The argument whose parameter is named Name, if the call has one.
static const Expr *argumentNamed(const CallParts &P, StringRef Name) {
  for (unsigned I = 0; I < P.Args.size() && I < P.Callee->getNumParams(); ++I)
    if (const IdentifierInfo *II = P.Callee->getParamDecl(I)->getIdentifier();
        II && II->getName() == Name)
      return P.Args[I];
  return nullptr;
}

Fact<Dtype> Evaluator::fromIntCode(const Source &Src, const CallParts &P,
                                   const Expr *E, const Env &S) {
  const Expr *Arg = argumentNamed(P, Src.Param);
  Expr::EvalResult R;
  if (!Arg || Arg->isValueDependent() || !Arg->EvaluateAsInt(R, Ctx))
    return Fact<Dtype>::top();
  int64_t V = R.Val.getInt().getExtValue();
  if (V < 0) {
    if (!Src.NegativeIsSelf)
      return Fact<Dtype>::top();
    const Expr *Self = P.self();
    return Self ? eval(Self, S).State.DType : Fact<Dtype>::top();
  }
  V &= Src.Mask;
  for (const auto &[Code, D] : Src.Codes)
    if (Code == V)
      return Fact<Dtype>::known(D, E->getExprLoc());
  return Fact<Dtype>::top();
}

Facts Evaluator::applyRule(const CallRule &R, const CallParts &P, const Expr *E,
                           const Env &S) {
  SourceLocation Loc = E->getExprLoc();
  auto Operand = [&](const Source &Src) -> Facts {
    const Expr *Self = P.self();
    if ((Src.K == Source::Self || Src.K == Source::Accumulate) && Self)
      return eval(Self, S).State;
    if (Src.K == Source::Argument && Src.Index < P.Args.size())
      return eval(P.Args[Src.Index], S).State;
    if (Src.K == Source::Unset)
      return {Fact<Dtype>::unset(), Fact<Device>::unset()};
    return Facts::top();
  };
  const ModelFileLoad *File = R.readsModelFile() ? &modelFile(R, P, E) : nullptr;
  Facts F;
  switch (R.DtypeFrom.K) {
  case Source::ModelFile:
    F.DType = File->State.DType;
    break;
  case Source::Fixed:
    F.DType = Fact<Dtype>::known(*R.DtypeFrom.FixedDtype, Loc);
    break;
  case Source::Promote:
  case Source::PromoteFloat:
    F.DType = promote(P, R.DtypeFrom.K == Source::PromoteFloat, E, S);
    break;
  case Source::Scalars:
    F.DType = fromScalars(P, E);
    break;
  case Source::IntCode:
    F.DType = fromIntCode(R.DtypeFrom, P, E, S);
    break;
  case Source::Accumulate:
    F.DType = Operand(R.DtypeFrom).DType;
    if (F.DType.isKnown() &&
        categoryOf(F.DType.Value) <= DtypeCategory::Integral)
      F.DType = Fact<Dtype>::known(Dtype::Long, Loc);
    break;
  default:
    F.DType = Operand(R.DtypeFrom).DType;
  }
  switch (R.DeviceFrom.K) {
  case Source::ModelFile:
    F.Dev = File->State.Dev;
    break;
  case Source::Fixed:
    F.Dev = Fact<Device>::known(*R.DeviceFrom.FixedDevice, Loc);
    break;
  case Source::Promote:
    F.Dev = commonDevice(P, E, S);
    break;
  default:
    F.Dev = Operand(R.DeviceFrom).Dev;
  }
  return applyOverrides(R, P, F, E, S);
}

Facts Evaluator::applyOverrides(const CallRule &R, const CallParts &P, Facts F,
                                const Expr *E, const Env &S) {
  SourceLocation Loc = E->getExprLoc();
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    // The argument that names a file is not a device string.
    if (I == R.PathArg && (R.readsModelFile() || !R.PathGlob.empty()))
      continue;
    // A forwarding template parameter (TensorOptions::device(Args&&...))
    // says nothing; the argument's own type does.
    ValueKind AK = kindOf(P.Params[I]);
    if (AK == ValueKind::None)
      AK = kindOf(strip(P.Args[I])->getType());
    bool Text = AK == ValueKind::None && isText(strip(P.Args[I])->getType());
    OverrideArg OA;
    if (AK == ValueKind::ScalarType)
      OA = OverrideArg::ScalarType;
    else if (AK == ValueKind::Device || Text)
      OA = OverrideArg::Device;
    else if (AK == ValueKind::Options)
      OA = OverrideArg::Options;
    else if (AK == ValueKind::Tensor)
      OA = OverrideArg::Tensor;
    else
      continue;
    if (!llvm::is_contained(R.Overrides, OA))
      continue;
    Facts A = eval(P.Args[I], S).State;
    if (Text) {
      std::optional<Device> D = deviceFromString(P.Args[I]);
      A.Dev = D ? Fact<Device>::known(*D, Loc) : Fact<Device>::top();
    }
    if (OA == OverrideArg::ScalarType)
      A.Dev = Fact<Device>::unset();
    else if (OA == OverrideArg::Device)
      A.DType = Fact<Dtype>::unset();
    // The conversion happens at this call: notes point here.
    if (A.DType.isKnown())
      A.DType.Origin = Loc;
    if (A.Dev.isKnown())
      A.Dev.Origin = Loc;
    F = F.overriddenBy(A);
    // An argument no path has set yet leaves the result unset too, so that
    // states only grow as a fixpoint is approached.
    if (A.DType.S == Fact<Dtype>::Bottom && OA != OverrideArg::Device)
      F.DType = Fact<Dtype>{};
    if (A.Dev.S == Fact<Device>::Bottom && OA != OverrideArg::ScalarType)
      F.Dev = Fact<Device>{};
  }
  return F;
}

/// Operands that take part in LibTorch's result_type: the receiver and the
/// explicit tensor and c10::Scalar arguments (not defaulted ones like alpha).
static bool isScalarParam(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  std::string Name = qualifiedName(RD);
  if (Name == "c10::optional") // clamp_(optional<Scalar> min, ...)
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
        Spec && Spec->getTemplateArgs().size() &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      return isScalarParam(Spec->getTemplateArgs()[0].getAsType());
  return Name == "c10::Scalar";
}

/// The highest promotion category among the arithmetic leaves of E: the
/// C++ types of the numbers written in `tensor({1, 2})` or `arange(5.0)`.
static std::optional<unsigned> scalarCategory(const Expr *E) {
  if (!E)
    return std::nullopt;
  unsigned Cat;
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
    if (arithmeticCategory(IC->getSubExpr()->getType(), Cat))
      return Cat;
  if (arithmeticCategory(E->getType(), Cat))
    return Cat;
  std::optional<unsigned> Best;
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      if (auto C = scalarCategory(CE))
        Best = std::max(Best.value_or(0), *C);
  return Best;
}

static Dtype defaultOf(DtypeCategory C) {
  switch (C) {
  case DtypeCategory::Bool: return Dtype::Bool;
  case DtypeCategory::Integral: return Dtype::Long;
  case DtypeCategory::Floating: return Dtype::Float;
  default: return Dtype::ComplexFloat;
  }
}

Fact<Dtype> Evaluator::promote(const CallParts &P, bool TrueDivision,
                               const Expr *E, const Env &S) {
  llvm::SmallVector<Dtype, 3> Tensors;
  std::optional<unsigned> ScalarCat;
  auto AddTensor = [&](const Expr *Op) {
    Fact<Dtype> D = eval(Op, S).State.DType;
    if (!D.isKnown())
      return false;
    Tensors.push_back(D.Value);
    return true;
  };
  if (P.Receiver && kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !AddTensor(P.Receiver))
    return Fact<Dtype>::top();
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (isa<CXXDefaultArgExpr>(P.Args[I]))
      continue;
    // A list of tensors (cat, stack) counts as one operand: its join.
    if (kindOf(P.Params[I]) == ValueKind::Tensor ||
        kindOf(P.Params[I]) == ValueKind::TensorList) {
      if (!AddTensor(P.Args[I]))
        return Fact<Dtype>::top();
    } else if (isScalarParam(P.Params[I])) {
      auto C = scalarCategory(P.Args[I]);
      if (!C)
        return Fact<Dtype>::top();
      ScalarCat = std::max(ScalarCat.value_or(0), *C);
    } else if (TrueDivision) {
      return Fact<Dtype>::top(); // div(other, rounding_mode): not modeled
    }
  }
  if (Tensors.empty())
    return Fact<Dtype>::top();
  // Without knowing which operands are zero-dim, only the highest category
  // decides for sure: its dtype wins if all its tensors agree.
  DtypeCategory Top = categoryOf(Tensors[0]);
  for (Dtype D : Tensors)
    Top = std::max(Top, categoryOf(D));
  std::optional<Dtype> Result;
  for (Dtype D : Tensors) {
    if (categoryOf(D) != Top)
      continue;
    if (Result && *Result != D) {
      // Which one wins does not matter when a number lifts the category,
      // nor to a true division of integers.
      bool Lifted = ScalarCat && DtypeCategory(*ScalarCat) > Top;
      if (!Lifted && !(TrueDivision && Top <= DtypeCategory::Integral))
        return Fact<Dtype>::top();
    }
    Result = D;
  }
  if (ScalarCat && DtypeCategory(*ScalarCat) > Top)
    Result = defaultOf(DtypeCategory(*ScalarCat));
  if (TrueDivision && categoryOf(*Result) <= DtypeCategory::Integral)
    Result = Dtype::Float;
  return Fact<Dtype>::known(*Result, E->getExprLoc());
}

Fact<Device> Evaluator::commonDevice(const CallParts &P, const Expr *E,
                                     const Env &S) {
  Fact<Device> Common;
  auto Add = [&](const Expr *Op) {
    Fact<Device> D = eval(Op, S).State.Dev;
    if (!D.isKnown() || (Common.isKnown() && !(Common.Value == D.Value)))
      return false;
    Common = D;
    return true;
  };
  if (P.Receiver && kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !Add(P.Receiver))
    return Fact<Device>::top();
  for (unsigned I = 0; I < P.Args.size(); ++I)
    if ((kindOf(P.Params[I]) == ValueKind::Tensor ||
         kindOf(P.Params[I]) == ValueKind::TensorList) &&
        !Add(P.Args[I]))
      return Fact<Device>::top();
  if (!Common.isKnown())
    return Fact<Device>::top();
  return Common;
}

Fact<Dtype> Evaluator::fromScalars(const CallParts &P, const Expr *E) {
  std::optional<unsigned> Cat;
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    const auto *RD = P.Params[I].getNonReferenceType()->getAsCXXRecordDecl();
    std::string N = RD ? qualifiedName(RD) : "";
    if (N != "c10::Scalar" && N != "torch::detail::TensorDataContainer")
      continue;
    auto C = scalarCategory(P.Args[I]);
    if (!C)
      return Fact<Dtype>::top();
    Cat = std::max(Cat.value_or(0), *C);
  }
  if (!Cat)
    return Fact<Dtype>::top();
  return Fact<Dtype>::known(defaultOf(DtypeCategory(*Cat)), E->getExprLoc());
}

} // namespace torch_tidy

namespace torch_tidy {

Fact<Dtype> Evaluator::bufferElements(const Expr *Buffer, const Env &S) {
  // Look through parentheses, implicit conversions and casts to void *.
  const Expr *E = Buffer;
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
    if (!Cast || !Cast->getType()->isVoidPointerType())
      break;
    E = Cast->getSubExpr();
  }
  QualType T = E->getType();
  QualType Elt = T->isPointerType() ? T->getPointeeType()
                 : T->isArrayType() ? QualType(T->getArrayElementTypeNoTypeQual(), 0)
                                    : QualType();
  if (Elt.isNull())
    return Fact<Dtype>::top();
  // `img.data`, `img.ptr()`: bytes of an object whose element type it knows.
  const Expr *Owner = nullptr;
  const NamedDecl *Accessor = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Owner = ME->getBase();
    Accessor = ME->getMemberDecl();
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    Owner = MC->getImplicitObjectArgument();
    Accessor = MC->getMethodDecl();
  }
  if (Accessor && Elt->isCharType()) {
    const FunctionDecl *Pattern = nullptr;
    if (const auto *FD = dyn_cast<FunctionDecl>(Accessor))
      Pattern = FD->getTemplateInstantiationPattern();
    for (const CallRule &R : Rules.findCalls(qualifiedName(Pattern ? Pattern : Accessor)))
      if (R.ElementsOfSelf)
        return eval(Owner, S).State.DType;
  }
  std::optional<Dtype> D = dtypeOfElement(Elt, Ctx);
  return D ? Fact<Dtype>::known(*D, Buffer->getExprLoc()) : Fact<Dtype>::top();
}

} // namespace torch_tidy
