//===- Vocabulary.h - What the libraries' C++ entities are ------*- C++ -*-===//
//
// The engine knows C++; which C++ types are tensors, options, devices,
// lists, modules, OpenCV images or handles, and which namespaces hold the
// libraries' own code, is data: the `types`, `elements`, `functions`,
// `methods` and `library-namespaces` sections of the rule files
// (rules/FORMAT.md, "Vocabulary"). This class answers questions about C++
// declarations and types from that data. One instance serves one
// translation unit: it caches answers by the AST's own pointers.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_VOCABULARY_VOCABULARY_H
#define TORCH_TIDY_VOCABULARY_VOCABULARY_H

#include "domain/Value.h"
#include "rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace torch_tidy {

class Vocabulary {
public:
  Vocabulary(const VocabularyData &Data, clang::ASTContext &Ctx)
      : Data(Data), Ctx(Ctx) {}

  clang::ASTContext &context() const { return Ctx; }

  /// What a value of type T carries; references and cv-qualifiers are
  /// looked through.
  ValueKind kindOf(clang::QualType T) const;
  /// The role the vocabulary gives a class or enum, if any.
  std::optional<TypeRole> roleOf(const clang::NamedDecl *D) const;
  /// True when T (after references) is a class with role R.
  bool is(clang::QualType T, TypeRole R) const;

  /// True for declarations inside the libraries' own namespaces: their code
  /// is neither analyzed nor summarized, even when included with -I.
  bool isLibraryCode(const clang::Decl *D) const;
  /// True for a top-level namespace of the libraries.
  bool isLibraryNamespace(const clang::NamespaceDecl *NS) const;

  // --- Modules ---------------------------------------------------------
  /// The class that defines a module's behaviour: a module class, or the
  /// class behind a holder, smart pointer or object. Null if T is not a
  /// module type.
  const clang::CXXRecordDecl *moduleClassOf(clang::QualType T) const;
  /// A class derived from an `nn-module` base: its to(), called from
  /// anywhere, converts the submodules and parameters its members hold.
  bool isNnModule(const clang::CXXRecordDecl *RD) const;
  /// A smart pointer, or a module type (holders and modules are handles).
  bool isHandle(clang::QualType T) const;

  // --- Lists and tuples ------------------------------------------------
  /// For a TensorList type: copies share their elements (c10::List).
  bool sharesElements(clang::QualType T) const;
  /// For a TensorList type: a view of elements it does not own.
  bool isListView(clang::QualType T) const;
  /// An owning list (std::vector) of any element type.
  bool isOwningList(clang::QualType T) const;
  /// The element types of a tuple type (after references); empty for any
  /// other type.
  llvm::SmallVector<clang::QualType, 4> tupleElementTypes(clang::QualType T) const;
  /// The element types whose state a StdTuple value keeps: tensors and
  /// owning lists of them.
  bool isTupleTrackedElement(clang::QualType T) const;
  /// True when D, a method called on an object of a container or handle
  /// type, has role R by its name.
  bool hasMethodRole(const clang::NamedDecl *D, MethodRole R) const;
  /// The role of a library function (std::move, std::get, ...).
  std::optional<FunctionRole> functionRole(const clang::FunctionDecl *F) const;

  // --- Numbers, text and buffers ---------------------------------------
  /// The dtype whose elements a C++ object of type T is: `unsigned char` is
  /// Byte, `int64_t` Long, `c10::Half` Half. None for types LibTorch has no
  /// dtype for, and for `char` and `std::byte`, which say nothing.
  std::optional<Dtype> dtypeOfElement(clang::QualType T) const;
  /// True when T is a raw arithmetic type (int, double, bool, ...), after
  /// references; sets Cat to the promotion category it belongs to.
  static bool arithmeticCategory(clang::QualType T, unsigned &Cat);
  /// A string a device can be parsed from: a char array or pointer, or a
  /// text class. Not a buffer of bytes (`unsigned char *`).
  bool isText(clang::QualType T) const;

  // --- Names through handles -------------------------------------------
  /// The variable an expression names, or the member of `this` it names
  /// (`module_`, `this->module_`), looking through handles' `->`, `*` and
  /// pointee methods; null if it names neither.
  const clang::ValueDecl *namedDecl(const clang::Expr *E) const;
  /// The variable or member of `this` whose value E copies or moves:
  /// namedDecl(E), also through pass-through functions; null otherwise.
  const clang::ValueDecl *sourceDecl(const clang::Expr *E) const;
  /// For a local const reference bound to a variable of its kind
  /// (`const auto &t = x;`): that variable. Null otherwise.
  const clang::VarDecl *aliasedVar(const clang::VarDecl *Ref) const;

  // --- Fix-its ---------------------------------------------------------
  std::string spell(Dtype D) const;
  std::string spell(const Device &D) const;

  /// `torch_tidy_inspect`, the test-only function whose arguments the debug
  /// check prints: it reads them and changes nothing.
  static bool isDebugInspection(const clang::FunctionDecl *F);

private:
  std::optional<TypeRole> roleOfRecord(clang::QualType T) const;
  ValueKind computeKind(clang::QualType T) const;
  const clang::CXXRecordDecl *holderImpl(const clang::CXXRecordDecl *RD) const;
  bool derivesFromRole(const clang::CXXRecordDecl *RD, TypeRole R) const;

  const VocabularyData &Data;
  clang::ASTContext &Ctx;
  mutable llvm::DenseMap<const clang::Type *, ValueKind> Kinds;
  mutable llvm::DenseMap<const clang::Decl *, std::optional<TypeRole>> Roles;
};

} // namespace torch_tidy

#endif
