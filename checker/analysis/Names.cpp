//===- Names.cpp ----------------------------------------------------------===//
#include "analysis/Names.h"
#include "analysis/Facts.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace torch_tidy {

std::string qualifiedName(const NamedDecl *D) {
  std::string Name;
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && FD->isOverloadedOperator())
    Name = "operator" + std::string(getOperatorSpelling(
                            FD->getOverloadedOperator()));
  else
    Name = D->getDeclName().getAsString();
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Name = NS->getName().str() + "::" + Name;
    } else if (const auto *RD = dyn_cast<RecordDecl>(C)) {
      Name = RD->getName().str() + "::" + Name;
    }
  }
  return Name;
}

std::string shortName(const NamedDecl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && FD->isOverloadedOperator())
    return "operator" +
           std::string(getOperatorSpelling(FD->getOverloadedOperator()));
  return D->getDeclName().getAsString();
}

static const CXXRecordDecl *recordOf(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return RD->getDefinition() ? RD->getDefinition() : RD;
  return nullptr;
}

static std::string recordName(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD ? qualifiedName(RD) : std::string();
}

/// The first template argument of a class template specialization.
static QualType firstTemplateArg(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

bool derivesFrom(const CXXRecordDecl *RD, llvm::StringRef Base) {
  if (!RD)
    return false;
  if (qualifiedName(RD) == Base)
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (derivesFrom(B.getType()->getAsCXXRecordDecl(), Base))
      return true;
  return false;
}

static bool isNnModule(const CXXRecordDecl *RD) {
  return derivesFrom(RD, "torch::nn::Module");
}

/// The ModuleHolder<Impl> base of a holder class, if any.
static const CXXRecordDecl *holderImpl(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  if (qualifiedName(RD) == "torch::nn::ModuleHolder") {
    QualType Impl = firstTemplateArg(QualType(RD->getTypeForDecl(), 0));
    return Impl.isNull() ? nullptr : recordOf(Impl);
  }
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (const auto *Found = holderImpl(B.getType()->getAsCXXRecordDecl()))
      return Found;
  return nullptr;
}

const CXXRecordDecl *moduleClassOf(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return nullptr;
  if (derivesFrom(RD, "torch::jit::Module"))
    return RD;
  if (const auto *Impl = holderImpl(RD))
    return Impl;
  if (isNnModule(RD))
    return RD;
  std::string Name = qualifiedName(RD);
  if (Name == "std::shared_ptr" || Name == "std::unique_ptr") {
    QualType Pointee = firstTemplateArg(T.getNonReferenceType());
    if (!Pointee.isNull())
      if (const CXXRecordDecl *P = recordOf(Pointee);
          P && (isNnModule(P) || derivesFrom(P, "torch::jit::Module")))
        return P;
  }
  return nullptr;
}

// (Walking the declaration contexts is cheap; a hasAncestor matcher would
// build a parent map of the whole translation unit.)
bool inLibraryNamespace(const Decl *D) {
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(C);
        NS && isa<TranslationUnitDecl>(NS->getParent()) &&
        llvm::is_contained({"at", "c10", "torch", "caffe2", "std", "cv"},
                           NS->getName()))
      return true;
  return false;
}

ValueKind kindOf(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *ET = T->getAs<EnumType>()) {
    std::string Name = qualifiedName(ET->getDecl());
    if (Name == "c10::ScalarType")
      return ValueKind::ScalarType;
    if (Name == "c10::DeviceType")
      return ValueKind::Device;
    return ValueKind::None;
  }
  std::string Name = recordName(T);
  if (Name.empty())
    return ValueKind::None;
  if (Name == "at::Tensor" || Name == "at::TensorBase")
    return ValueKind::Tensor;
  if (Name == "caffe2::TypeMeta")
    return ValueKind::ScalarType;
  if (Name == "c10::TensorOptions")
    return ValueKind::Options;
  if (Name == "c10::Device")
    return ValueKind::Device;
  if (Name == "c10::IValue")
    return ValueKind::IValue;
  if (Name == "c10::optional" || Name == "std::optional") {
    ValueKind Inner = kindOf(firstTemplateArg(T));
    return Inner == ValueKind::ScalarType || Inner == ValueKind::Device
               ? Inner
               : ValueKind::None;
  }
  if (Name == "std::vector" &&
      kindOf(firstTemplateArg(T)) == ValueKind::IValue)
    return ValueKind::IValueList;
  if ((Name == "std::vector" || Name == "c10::List" ||
       Name == "c10::ArrayRef" || Name == "c10::IListRef") &&
      kindOf(firstTemplateArg(T)) == ValueKind::Tensor)
    return ValueKind::TensorList;
  if (Name == "std::tuple" || Name == "std::pair") {
    // Tuples of references (std::tie) name other variables: not tracked.
    llvm::SmallVector<QualType, 4> Elements = tupleElementTypes(T);
    if (llvm::any_of(Elements, isTupleTrackedElement) &&
        llvm::none_of(Elements,
                      [](QualType E) { return E->isReferenceType(); }))
      return ValueKind::StdTuple;
    return ValueKind::None;
  }
  if ((Name == "c10::intrusive_ptr" &&
       recordName(firstTemplateArg(T)) == "c10::ivalue::Tuple") ||
      Name == "c10::ivalue::Tuple" || Name == "c10::ivalue::TupleElements")
    return ValueKind::Tuple;
  if (Name == "cv::Mat")
    return ValueKind::Mat;
  if (moduleClassOf(T))
    return ValueKind::Module;
  return ValueKind::None;
}

bool sharesElements(QualType T) { return recordName(T) == "c10::List"; }

bool isListView(QualType T) {
  std::string Name = recordName(T);
  return Name == "c10::ArrayRef" || Name == "c10::IListRef";
}

llvm::SmallVector<QualType, 4> tupleElementTypes(QualType T) {
  llvm::SmallVector<QualType, 4> Out;
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  if (!Spec)
    return Out;
  std::string Name = qualifiedName(Spec);
  if (Name != "std::tuple" && Name != "std::pair")
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

bool isTupleTrackedElement(QualType T) {
  ValueKind K = kindOf(T);
  return K == ValueKind::Tensor ||
         (K == ValueKind::TensorList && recordName(T) == "std::vector");
}

std::optional<Dtype> dtypeOfElement(QualType T, const ASTContext &Ctx) {
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
  std::string Name = recordName(T);
  if (Name == "c10::Half")
    return Dtype::Half;
  if (Name == "c10::BFloat16")
    return Dtype::BFloat16;
  if (Name == "c10::complex") {
    QualType Inner = firstTemplateArg(T);
    if (!Inner.isNull() && Inner->isSpecificBuiltinType(BuiltinType::Float))
      return Dtype::ComplexFloat;
    if (!Inner.isNull() && Inner->isSpecificBuiltinType(BuiltinType::Double))
      return Dtype::ComplexDouble;
  }
  return std::nullopt;
}

bool arithmeticCategory(QualType T, unsigned &Cat) {
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

bool isDebugInspection(const clang::FunctionDecl *F) {
  return F && F->getDeclName().isIdentifier() &&
         F->getName() == "torch_tidy_inspect";
}

} // namespace torch_tidy
