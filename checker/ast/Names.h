//===- Names.h - The names rules and vocabulary are written in --*- C++ -*-===//
#ifndef TORCH_TIDY_AST_NAMES_H
#define TORCH_TIDY_AST_NAMES_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>

namespace torch_tidy {

/// "at::Tensor::to", "torch::nn::ModuleHolder::operator()": namespaces and
/// classes without template arguments and without inline or anonymous
/// namespaces, the form rules are written in.
std::string qualifiedName(const clang::NamedDecl *D);

/// The parameter types of FD as the compiler sees them (canonical: without
/// typedefs), with a method's qualifiers: "(const at::Tensor &, double)
/// const". Two files that declare one function alike agree on it, and
/// overloads differ.
std::string signatureOf(const clang::FunctionDecl *FD);

/// The last component of qualifiedName: "matmul", "operator/=".
std::string shortName(const clang::NamedDecl *D);

/// The class of T (its definition when there is one), after references and
/// cv-qualifiers; null for other types.
const clang::CXXRecordDecl *recordOf(clang::QualType T);
/// qualifiedName of recordOf(T), or "" when T is no class.
std::string recordName(clang::QualType T);

/// The first template argument of a class template specialization when it
/// is a type; a null type otherwise.
clang::QualType firstTemplateArg(clang::QualType T);

/// True for a class for which Is holds, or one derived from such a class.
bool derivesFrom(const clang::CXXRecordDecl *RD,
                 llvm::function_ref<bool(const clang::CXXRecordDecl *)> Is);

/// The unqualified name of a declaration when it is a plain identifier;
/// "" for operators, constructors and the like.
llvm::StringRef identifierOf(const clang::NamedDecl *D);

} // namespace torch_tidy

#endif
