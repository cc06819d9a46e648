//===- Facts.h - Abstract dtype and device values ---------------*- C++ -*-===//
//
// The abstract state the analysis tracks: a dtype and a device, each a flat
// lattice with one extra point for TensorOptions fields that were never set.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_DOMAIN_FACTS_H
#define TORCH_TIDY_DOMAIN_FACTS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>

namespace clang {
class Expr;
class NamedDecl;
class ValueDecl;
}

namespace torch_tidy {

/// A LibTorch scalar type, by the name of its c10::ScalarType enumerator.
enum class Dtype : unsigned char {
  Bool, Byte, Char, Short, Int, Long,
  Half, BFloat16, Float, Double,
  ComplexHalf, ComplexFloat, ComplexDouble,
};

/// Promotion categories, in LibTorch's order.
enum class DtypeCategory : unsigned char { Bool, Integral, Floating, Complex };

DtypeCategory categoryOf(Dtype D);
llvm::StringRef dtypeName(Dtype D);              // "Half"
std::optional<Dtype> parseDtype(llvm::StringRef Name); // "Half", "half", "float16"

/// Whether a tensor has dimensions. LibTorch treats zero-dimensional tensors
/// like numbers: they do not decide a result's dtype next to tensors with
/// dimensions, and a CPU one may join tensors on any device.
enum class Rank : unsigned char { Zero, Dims };
llvm::StringRef rankName(Rank R); // "0", "1+"

/// A device: a kind (c10::DeviceType enumerator name, lowercase) and an index
/// (-1 when not given, which means "the current device" of that kind).
struct Device {
  llvm::StringRef Kind; // points into parseDevice's table of kinds
  int Index = -1;
  bool operator==(const Device &O) const {
    return Kind == O.Kind && Index == O.Index;
  }
  /// True when a tensor on one cannot meet a module on the other.
  bool certainlyDiffers(const Device &O) const {
    return Kind != O.Kind || (Index >= 0 && O.Index >= 0 && Index != O.Index);
  }
  std::string str() const; // "cuda:0", "cpu"
};
/// Parses "cpu", "cuda", "cuda:1" as torch::Device's string constructor does.
std::optional<Device> parseDevice(llvm::StringRef Text);

/// Why a component is unknown, for the report of why the checks are silent
/// (checker/docs/explain.md): the first cause the analysis met.
enum class Why : unsigned char {
  None,      // not said
  Join,      // two different values met where paths join: Origin and
             // Other are where each was set
  Parameter, // the value of a parameter (Subject) no call here gives
  Elsewhere, // what a function (Subject) defined in another file returns
  NoRule,    // what a library function (Subject) no rule describes returns
  Escaped,   // a variable (Subject) other names can change
  Written,   // changed by a call of Subject, which may write it
  ModelFile, // a model file whose parameters could not be read (Origin)
  Limit,     // beyond a depth or budget of the analysis (domain/Limits.h)
  Member,    // a class member (Subject) not followed across its methods
};

/// Why a component is unknown, and what it is about.
struct Cause {
  Why W = Why::None;
  clang::SourceLocation Origin, Other;
  const clang::NamedDecl *Subject = nullptr;
};

/// One component of a state. Bottom: no path has set it yet. Unset: a
/// TensorOptions field nobody set. Known: one value on every path.
/// Symbolic: whatever a setting of the object holds (a `dtype_` member only
/// its constructors write), the same on every path, its value unknown.
/// Top: unknown or conflicting; Top never warns.
template <typename T> struct Fact {
  enum State : unsigned char { Bottom, Unset, Known, Top, Symbolic } S = Bottom;
  T Value{};
  const clang::ValueDecl *Symbol = nullptr; // for Symbolic: the setting
  clang::SourceLocation Origin; // where a Known value was last set
  /// The expression in the user's code that names the value, if any
  /// (`kDtype`, `device`), so fix-its can spell it the same way.
  const clang::Expr *Spelling = nullptr;
  /// Known only by assuming that a module returns tensors of its
  /// parameters' state; a model may also return integer indices.
  bool FromModuleOutput = false;
  /// Known only because the `TorchAssumedModelState` option says what
  /// models the code does not name hold (model/ModelFiles.h).
  bool AssumedByOption = false;
  /// For Top: why (the first cause met).
  Cause Unknown;

  static Fact known(T V, clang::SourceLocation L) {
    return {Known, V, nullptr, L, nullptr, false, false, {}};
  }
  static Fact top(Cause C = {}) {
    return {Top, T{}, nullptr, {}, nullptr, false, false, C};
  }
  static Fact unset() { return {Unset, T{}, nullptr, {}, nullptr, false, false, {}}; }
  static Fact symbolic(const clang::ValueDecl *Setting, clang::SourceLocation L) {
    return {Symbolic, T{}, Setting, L, nullptr, false, false, {}};
  }
  bool isKnown() const { return S == Known; }
  bool isSymbolic() const { return S == Symbolic; }

  bool sameAs(const Fact &O) const {
    return S == O.S && (S != Known || Value == O.Value) &&
           (S != Symbolic || Symbol == O.Symbol);
  }
  Fact join(const Fact &O) const {
    if (S == Bottom)
      return O;
    if (O.S == Bottom || sameAs(O) || S == Top)
      return *this;
    if (O.S == Top)
      return O;
    return top({Why::Join, Origin, O.Origin, nullptr});
  }
};

/// The dtype and device of a tensor, of a module's parameters, of a
/// TensorOptions, or of a lone ScalarType / Device value; for a tensor, also
/// whether it has dimensions.
struct Facts {
  Fact<Dtype> DType;
  Fact<Device> Dev;
  Fact<Rank> Shape;

  static Facts top(Cause C = {}) {
    return {Fact<Dtype>::top(C), Fact<Device>::top(C), Fact<Rank>::top(C)};
  }
  /// Options that set nothing: the dtype and device are left to defaults.
  static Facts unset() {
    return {Fact<Dtype>::unset(), Fact<Device>::unset(), Fact<Rank>()};
  }
  bool sameAs(const Facts &O) const {
    return DType.sameAs(O.DType) && Dev.sameAs(O.Dev) && Shape.sameAs(O.Shape);
  }
  Facts join(const Facts &O) const {
    return {DType.join(O.DType), Dev.join(O.Dev), Shape.join(O.Shape)};
  }
  /// The dtype and device of O that are Known or Top replace ours;
  /// Unset/Bottom keep ours. The rank is ours: conversions keep it.
  Facts overriddenBy(const Facts &O) const;
  std::string str() const; // "dtype=Half device=cuda:0 rank=1+"
  /// The states alone, without origins or spellings, as text: equal for
  /// two Facts exactly when sameAs holds (a cache key).
  void encode(llvm::raw_ostream &OS) const;
  /// The component of type T: `get<Dtype>()` is DType, `get<Device>()` Dev.
  template <typename T> const Fact<T> &get() const;
  template <typename T> Fact<T> &get() {
    return const_cast<Fact<T> &>(static_cast<const Facts *>(this)->get<T>());
  }
};
template <> inline const Fact<Dtype> &Facts::get<Dtype>() const { return DType; }
template <> inline const Fact<Device> &Facts::get<Device>() const { return Dev; }
template <> inline const Fact<Rank> &Facts::get<Rank>() const { return Shape; }

} // namespace torch_tidy

#endif
