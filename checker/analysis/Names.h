//===- Names.h - Qualified names and the kinds of LibTorch types -*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_NAMES_H
#define TORCH_TIDY_ANALYSIS_NAMES_H

#include "clang/AST/DeclCXX.h"
#include "analysis/Facts.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace torch_tidy {

/// "at::Tensor::to", "torch::nn::ModuleHolder::operator()": namespaces and
/// classes without template arguments and without inline namespaces, the
/// form rules are written in.
std::string qualifiedName(const clang::NamedDecl *D);

/// The last component of qualifiedName: "matmul", "operator/=".
std::string shortName(const clang::NamedDecl *D);

/// True for declarations inside the libraries' own namespaces (at, c10,
/// torch, caffe2, std, cv): their code is neither analyzed nor summarized,
/// even when included with -I.
bool inLibraryNamespace(const clang::Decl *D);

/// `torch_tidy_inspect`, the test-only function whose arguments the debug
/// check prints: it reads them and changes nothing.
bool isDebugInspection(const clang::FunctionDecl *F);

/// What a value of a C++ type carries for the analysis.
enum class ValueKind : unsigned char {
  None,       // not tracked
  Tensor,     // at::Tensor
  Module,     // jit::Module, an nn module, its holder or shared_ptr
  Options,    // c10::TensorOptions
  ScalarType, // c10::ScalarType (or an optional of it)
  Device,     // c10::Device, c10::DeviceType (or an optional of them)
  IValue,     // torch::jit::IValue, tracked when it holds a tensor
  IValueList, // std::vector<torch::jit::IValue>
  Tuple,      // a module's output tuple: intrusive_ptr<ivalue::Tuple>, its
              // elements(); tracked when every tensor in it has one state
  Mat,        // cv::Mat: its depth as a dtype, its device always the CPU
  TensorList, // std::vector and c10::List of tensors, and the c10::ArrayRef /
              // c10::IListRef views of them calls take: the join of the
              // elements' states, bottom while empty
  StdTuple,   // std::tuple / std::pair holding tensors: one state per element
};

/// References and cv-qualifiers are looked through.
ValueKind kindOf(clang::QualType T);

/// For a TensorList type: true for c10::List, whose copies share their
/// elements (a handle, like a module).
bool sharesElements(clang::QualType T);
/// For a TensorList type: true for c10::ArrayRef and c10::IListRef, which
/// view the elements of a container they do not own.
bool isListView(clang::QualType T);
/// The element types of a std::tuple or std::pair (after references); empty
/// for any other type.
llvm::SmallVector<clang::QualType, 4> tupleElementTypes(clang::QualType T);
/// True for the element types whose state a StdTuple value keeps: tensors
/// and std::vectors of them.
bool isTupleTrackedElement(clang::QualType T);

/// The class that defines a module's behaviour: torch::jit::Module, or the
/// nn::Module subclass behind a holder, shared_ptr or object. Null if T is
/// not a module type.
const clang::CXXRecordDecl *moduleClassOf(clang::QualType T);

/// True for a class derived from (or equal to) the class named Base.
bool derivesFrom(const clang::CXXRecordDecl *RD, llvm::StringRef Base);

/// The dtype whose elements a C++ object of type T is: `unsigned char` is
/// Byte, `int64_t` is Long, `c10::Half` is Half. None for types LibTorch has
/// no dtype for, and for `char` and `std::byte`, which say nothing.
std::optional<Dtype> dtypeOfElement(clang::QualType T,
                                    const clang::ASTContext &Ctx);

/// True when T is a raw arithmetic type (int, double, bool, ...), after
/// references; sets Cat to the promotion category it belongs to.
bool arithmeticCategory(clang::QualType T, unsigned &Cat);

} // namespace torch_tidy

#endif
