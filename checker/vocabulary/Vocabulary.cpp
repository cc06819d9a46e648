//===- Vocabulary.cpp -----------------------------------------------------===//
#include "vocabulary/Vocabulary.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

std::optional<TypeRole> Vocabulary::roleOf(const NamedDecl *D) const {
  if (!D)
    return std::nullopt;
  auto [It, New] = Roles.try_emplace(D);
  if (New) {
    auto Found = Data.Types.find(qualifiedName(D));
    if (Found != Data.Types.end())
      It->second = Found->second;
  }
  return It->second;
}

std::optional<TypeRole> Vocabulary::roleOfRecord(QualType T) const {
  return roleOf(recordOf(T));
}

bool Vocabulary::is(QualType T, TypeRole R) const {
  return roleOfRecord(T) == R;
}

bool Vocabulary::derivesFromRole(const CXXRecordDecl *RD, TypeRole R) const {
  return derivesFrom(RD, [&](const CXXRecordDecl *C) { return roleOf(C) == R; });
}

ValueKind Vocabulary::kindOf(QualType T) const {
  if (T.isNull())
    return ValueKind::None;
  T = T.getNonReferenceType().getCanonicalType();
  auto [It, New] = Kinds.try_emplace(T.getTypePtr(), ValueKind::None);
  if (New)
    // Not through It: computing may add entries and move the table.
    return Kinds[T.getTypePtr()] = computeKind(T);
  return It->second;
}

/// The kind of a list of elements of type Element: IValue lists are
/// owning lists of IValues; tensor lists hold tensors; an owning list of
/// Mats (`cv::split`'s channels) is kept like a tensor list, as the join
/// of its elements' depths.
static ValueKind listKind(ValueKind Element, bool Owning) {
  if (Element == ValueKind::IValue && Owning)
    return ValueKind::IValueList;
  if (Element == ValueKind::Mat && Owning)
    return ValueKind::TensorList;
  return Element == ValueKind::Tensor ? ValueKind::TensorList : ValueKind::None;
}

/// The `value_type` a class declares; null when it declares none or is
/// not defined here.
static QualType memberValueType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->hasDefinition())
    return {};
  for (const Decl *D : RD->getDefinition()->decls())
    if (const auto *TD = dyn_cast<TypedefNameDecl>(D);
        TD && TD->getName() == "value_type")
      return TD->getUnderlyingType();
  return {};
}

ValueKind Vocabulary::computeKind(QualType T) const {
  if (const auto *ET = T->getAs<EnumType>()) {
    std::optional<TypeRole> R = roleOf(ET->getDecl());
    return R == TypeRole::ScalarType ? ValueKind::ScalarType
           : R == TypeRole::Device   ? ValueKind::Device
                                     : ValueKind::None;
  }
  std::optional<TypeRole> R = roleOfRecord(T);
  switch (R.value_or(TypeRole::Text)) {
  case TypeRole::Tensor: return ValueKind::Tensor;
  case TypeRole::ScalarType: return ValueKind::ScalarType;
  case TypeRole::TensorOptions: return ValueKind::Options;
  case TypeRole::Device: return ValueKind::Device;
  case TypeRole::IValue: return ValueKind::IValue;
  case TypeRole::Mat: return ValueKind::Mat;
  case TypeRole::OutputTuple: return ValueKind::Tuple;
  case TypeRole::Optional: {
    ValueKind Inner = kindOf(firstTemplateArg(T));
    return Inner == ValueKind::ScalarType || Inner == ValueKind::Device
               ? Inner
               : ValueKind::None;
  }
  case TypeRole::List:
  case TypeRole::SharedList:
  case TypeRole::ListView:
  {
    ValueKind Element = kindOf(firstTemplateArg(T));
    // A list whose template takes a policy instead of its elements' type
    // (`slot_list_impl<ParameterPolicy>`, a TorchScript module's
    // parameters) names that type `value_type`.
    if (Element == ValueKind::None)
      Element = kindOf(memberValueType(T));
    return listKind(Element, R == TypeRole::List);
  }
  case TypeRole::Tuple: {
    // Tuples of references (std::tie) name other variables: not tracked.
    llvm::SmallVector<QualType, 4> Elements = tupleElementTypes(T);
    auto Tracked = [this](QualType E) { return isTupleTrackedElement(E); };
    if (llvm::any_of(Elements, Tracked) &&
        llvm::none_of(Elements,
                      [](QualType E) { return E->isReferenceType(); }))
      return ValueKind::StdTuple;
    return ValueKind::None;
  }
  case TypeRole::OutputTuplePointer:
    if (is(firstTemplateArg(T), TypeRole::OutputTuple))
      return ValueKind::Tuple;
    break;
  default:
    break;
  }
  return moduleClassOf(T) ? ValueKind::Module : ValueKind::None;
}

bool Vocabulary::isLibraryNamespace(const NamespaceDecl *NS) const {
  return isa<TranslationUnitDecl>(NS->getParent()) &&
         Data.LibraryNamespaces.contains(NS->getName());
}

bool Vocabulary::isLibraryCode(const Decl *D) const {
  // (Walking the declaration contexts is cheap; a hasAncestor matcher would
  // build a parent map of the whole translation unit.)
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(C);
        NS && isa<TranslationUnitDecl>(NS->getParent()) &&
        Data.LibraryNamespaces.contains(NS->getName()))
      return true;
  return false;
}

/// The Impl of a holder class: the first template argument of its
/// `module-holder` base.
const CXXRecordDecl *Vocabulary::holderImpl(const CXXRecordDecl *RD) const {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  if (roleOf(RD) == TypeRole::ModuleHolder) {
    QualType Impl = firstTemplateArg(QualType(RD->getTypeForDecl(), 0));
    return Impl.isNull() ? nullptr : recordOf(Impl);
  }
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (const auto *Found = holderImpl(B.getType()->getAsCXXRecordDecl()))
      return Found;
  return nullptr;
}

bool Vocabulary::isNnModule(const CXXRecordDecl *RD) const {
  return derivesFromRole(RD, TypeRole::NnModule);
}

const CXXRecordDecl *Vocabulary::moduleClassOf(QualType T) const {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return nullptr;
  if (derivesFromRole(RD, TypeRole::Module))
    return RD;
  if (const auto *Impl = holderImpl(RD))
    return Impl;
  if (isNnModule(RD))
    return RD;
  if (roleOf(RD) == TypeRole::SmartPointer) {
    QualType Pointee = firstTemplateArg(T.getNonReferenceType());
    if (const CXXRecordDecl *P = recordOf(Pointee);
        P && (isNnModule(P) || derivesFromRole(P, TypeRole::Module)))
      return P;
  }
  return nullptr;
}

bool Vocabulary::isHandle(QualType T) const {
  return is(T, TypeRole::SmartPointer) || moduleClassOf(T) != nullptr;
}

bool Vocabulary::sharesElements(QualType T) const {
  return is(T, TypeRole::SharedList);
}

bool Vocabulary::isListView(QualType T) const {
  return is(T, TypeRole::ListView);
}

bool Vocabulary::isOwningList(QualType T) const {
  return is(T, TypeRole::List);
}

llvm::SmallVector<QualType, 4> Vocabulary::tupleElementTypes(QualType T) const {
  llvm::SmallVector<QualType, 4> Out;
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  if (!Spec || roleOf(Spec) != TypeRole::Tuple)
    return Out;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
    if (A.getKind() == TemplateArgument::Type) {
      Out.push_back(A.getAsType());
      continue;
    }
    if (A.getKind() != TemplateArgument::Pack)
      return {};
    for (const TemplateArgument &P : A.pack_elements()) {
      if (P.getKind() != TemplateArgument::Type)
        return {};
      Out.push_back(P.getAsType());
    }
  }
  return Out;
}

bool Vocabulary::isTupleTrackedElement(QualType T) const {
  ValueKind K = kindOf(T);
  return K == ValueKind::Tensor ||
         (K == ValueKind::TensorList && isOwningList(T));
}

bool Vocabulary::hasMethodRole(const NamedDecl *D, MethodRole R) const {
  StringRef Name = identifierOf(D);
  if (Name.empty())
    return false;
  auto It = Data.Methods.find(Name);
  return It != Data.Methods.end() && (It->second & R);
}

std::optional<FunctionRole> Vocabulary::functionRole(const FunctionDecl *F) const {
  if (!F || !isLibraryCode(F))
    return std::nullopt;
  auto It = Data.Functions.find(qualifiedName(F));
  if (It == Data.Functions.end())
    return std::nullopt;
  return It->second;
}

/// The name elements are listed under: "c10::Half", "c10::complex<float>".
static std::string elementKey(const CXXRecordDecl *RD) {
  std::string Name = qualifiedName(RD);
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || Spec->getTemplateArgs().size() != 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return Name;
  return Name + "<" + Spec->getTemplateArgs()[0].getAsType().getAsString() +
         ">";
}

std::optional<Dtype> Vocabulary::dtypeOfElement(QualType T) const {
  T = T.getCanonicalType().getUnqualifiedType();
  if (const auto *BT = T->getAs<BuiltinType>()) {
    uint64_t Bits = Ctx.getTypeSize(T);
    switch (BT->getKind()) {
    case BuiltinType::Bool: return Dtype::Bool;
    case BuiltinType::UChar: return Dtype::Byte;
    case BuiltinType::SChar: return Dtype::Char;
    case BuiltinType::Short:
    case BuiltinType::Int:
    case BuiltinType::Long:
    case BuiltinType::LongLong:
      switch (Bits) {
      case 16: return Dtype::Short;
      case 32: return Dtype::Int;
      case 64: return Dtype::Long;
      default: return std::nullopt;
      }
    case BuiltinType::Float: return Dtype::Float;
    case BuiltinType::Double: return Dtype::Double;
    default: return std::nullopt; // char, unsigned types, long double, ...
    }
  }
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return std::nullopt;
  auto It = Data.Elements.find(elementKey(RD));
  if (It == Data.Elements.end())
    return std::nullopt;
  return It->second;
}

bool Vocabulary::arithmeticCategory(QualType T, unsigned &Cat) {
  T = T.getNonReferenceType().getCanonicalType();
  const auto *BT = T->getAs<BuiltinType>();
  if (!BT)
    return false;
  if (BT->getKind() == BuiltinType::Bool)
    Cat = unsigned(DtypeCategory::Bool);
  else if (BT->isInteger())
    Cat = unsigned(DtypeCategory::Integral);
  else if (BT->isFloatingPoint())
    Cat = unsigned(DtypeCategory::Floating);
  else
    return false;
  return true;
}

bool Vocabulary::isText(QualType T) const {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isArrayType() || T->isPointerType()) {
    QualType Elt = T->isArrayType() ? T->getAsArrayTypeUnsafe()->getElementType()
                                    : T->getPointeeType();
    return Elt->isSpecificBuiltinType(BuiltinType::Char_S) ||
           Elt->isSpecificBuiltinType(BuiltinType::Char_U);
  }
  return is(T, TypeRole::Text);
}

const ValueDecl *Vocabulary::namedDecl(const Expr *E) const {
  E = strip(E);
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E))
    if ((OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
        OC->getNumArgs() == 1 && isHandle(strip(OC->getArg(0))->getType()))
      E = strip(OC->getArg(0));
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
    if (hasMethodRole(MC->getMethodDecl(), Pointee) &&
        isHandle(strip(MC->getImplicitObjectArgument())->getType()))
      E = strip(MC->getImplicitObjectArgument());
  if (const auto *DR = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DR->getDecl());
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

const ValueDecl *Vocabulary::sourceDecl(const Expr *E) const {
  if (const auto *CE = dyn_cast_or_null<CallExpr>(strip(E)))
    if (CE->getNumArgs() == 1 &&
        functionRole(CE->getDirectCallee()) == FunctionRole::PassThrough)
      return namedDecl(CE->getArg(0));
  return namedDecl(E);
}

const VarDecl *Vocabulary::aliasedVar(const VarDecl *Ref) const {
  const auto *DR = dyn_cast_or_null<DeclRefExpr>(boundInit(Ref));
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || VD == Ref || kindOf(VD->getType()) != kindOf(Ref->getType()))
    return nullptr;
  return VD;
}

/// Pattern with its "{}" replaced by With.
static std::string fill(StringRef Pattern, StringRef With) {
  size_t At = Pattern.find("{}");
  if (At == StringRef::npos)
    return Pattern.str();
  return (Pattern.take_front(At) + With + Pattern.drop_front(At + 2)).str();
}

std::string Vocabulary::spell(Dtype D) const {
  return fill(Data.DtypeSpelling, dtypeName(D));
}

std::string Vocabulary::spell(const Device &D) const {
  if (D.Index < 0)
    if (auto It = Data.DeviceKindSpellings.find(D.Kind);
        It != Data.DeviceKindSpellings.end())
      return It->second;
  return fill(Data.DeviceSpelling, D.str());
}

bool Vocabulary::isDebugInspection(const FunctionDecl *F) {
  return identifierOf(F) == "torch_tidy_inspect";
}

} // namespace torch_tidy
