//===- Value.h - The abstract value of a variable or expression -*- C++ -*-===//
#ifndef TORCH_TIDY_DOMAIN_VALUE_H
#define TORCH_TIDY_DOMAIN_VALUE_H

#include "domain/Facts.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class Expr;
}

namespace torch_tidy {

/// What a value of a C++ type carries for the analysis. Which C++ types
/// have which kind is library vocabulary (vocabulary/Vocabulary.h).
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
  Object,     // a local object of the user's class used only through its
              // methods (interprocedural/Objects.h): one element per
              // followed member, in declaration order; unknown when
              // ListKnown is false
};

/// One element of a list whose elements are kept one by one (an IValue
/// list, a tuple), and the argument expression through which it entered
/// (where a fix-it would go; null when it has no single one).
struct ListElement {
  Facts State;
  const clang::Expr *Arg = nullptr;
  bool operator==(const ListElement &O) const {
    return Arg == O.Arg && State.sameAs(O.State);
  }
};

/// The abstract value of one variable or expression.
struct Value {
  ValueKind Kind = ValueKind::None;
  Facts State;
  /// For IValueList and StdTuple: the elements, unless ListKnown is false.
  llvm::SmallVector<ListElement, 0> Elements;
  bool ListKnown = false;

  static Value unknown(ValueKind K, Cause C = {}) {
    return {K, Facts::top(C), {}, false};
  }
  static Value of(ValueKind K, const Facts &F) { return {K, F, {}, false}; }
  /// Nothing has been set yet on any path.
  static Value bottom(ValueKind K) { return {K, Facts{}, {}, false}; }
  bool sameAs(const Value &O) const;
  Value join(const Value &O) const;
};

} // namespace torch_tidy

#endif
