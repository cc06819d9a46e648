//===- Facts.cpp - Abstract dtype and device values -----------------------===//
#include "domain/Facts.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/Twine.h"

namespace torch_tidy {

DtypeCategory categoryOf(Dtype D) {
  switch (D) {
  case Dtype::Bool:
    return DtypeCategory::Bool;
  case Dtype::Byte: case Dtype::Char: case Dtype::Short: case Dtype::Int:
  case Dtype::Long:
    return DtypeCategory::Integral;
  case Dtype::Half: case Dtype::BFloat16: case Dtype::Float: case Dtype::Double:
    return DtypeCategory::Floating;
  default:
    return DtypeCategory::Complex;
  }
}

llvm::StringRef dtypeName(Dtype D) {
  static const char *const Names[] = {
      "Bool", "Byte", "Char", "Short", "Int", "Long", "Half", "BFloat16",
      "Float", "Double", "ComplexHalf", "ComplexFloat", "ComplexDouble"};
  return Names[static_cast<unsigned>(D)];
}

llvm::StringRef rankName(Rank R) { return R == Rank::Zero ? "0" : "1+"; }

std::optional<Dtype> parseDtype(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<Dtype>>(Name.lower())
      .Case("bool", Dtype::Bool)
      .Cases("byte", "uint8", Dtype::Byte)
      .Cases("char", "int8", Dtype::Char)
      .Cases("short", "int16", Dtype::Short)
      .Cases("int", "int32", Dtype::Int)
      .Cases("long", "int64", Dtype::Long)
      .Cases("half", "float16", Dtype::Half)
      .Case("bfloat16", Dtype::BFloat16)
      .Cases("float", "float32", Dtype::Float)
      .Cases("double", "float64", Dtype::Double)
      .Case("complexhalf", Dtype::ComplexHalf)
      .Cases("complexfloat", "complex64", Dtype::ComplexFloat)
      .Cases("complexdouble", "complex128", Dtype::ComplexDouble)
      .Default(std::nullopt);
}

std::string Device::str() const {
  return Index >= 0 ? (Kind + ":" + llvm::Twine(Index)).str() : Kind.str();
}

std::optional<Device> parseDevice(llvm::StringRef Text) {
  llvm::StringRef Kind = Text, Index;
  std::tie(Kind, Index) = Text.split(':');
  static const char *const Kinds[] = {"cpu", "cuda", "mps", "xpu", "meta",
                                      "hip", "xla", "vulkan", "ipu", "hpu",
                                      "ort", "ve", "lazy", "mkldnn", "opengl",
                                      "opencl", "ideep", "fpga", "mlc"};
  const auto *Found = llvm::find(Kinds, Kind);
  if (Found == std::end(Kinds))
    return std::nullopt;
  Device D{*Found, -1};
  // A written index is digits without a leading zero, as libtorch parses
  // it: "cuda:-1" and "cuda:01" throw there (test/oracle/devices.cpp).
  if (Text.contains(':') &&
      (Index.empty() || !llvm::all_of(Index, llvm::isDigit) ||
       (Index.size() > 1 && Index.front() == '0') ||
       Index.getAsInteger(10, D.Index)))
    return std::nullopt;
  return D;
}

Facts Facts::overriddenBy(const Facts &O) const {
  Facts R = *this;
  if (O.DType.S == Fact<Dtype>::Known || O.DType.S == Fact<Dtype>::Top ||
      O.DType.S == Fact<Dtype>::Symbolic)
    R.DType = O.DType;
  if (O.Dev.S == Fact<Device>::Known || O.Dev.S == Fact<Device>::Top ||
      O.Dev.S == Fact<Device>::Symbolic)
    R.Dev = O.Dev;
  return R;
}

template <typename T, typename F>
static std::string factStr(const Fact<T> &X, F Print) {
  switch (X.S) {
  case Fact<T>::Bottom: return "bottom";
  case Fact<T>::Unset: return "unset";
  case Fact<T>::Top: return "unknown";
  case Fact<T>::Known: return Print(X.Value);
  case Fact<T>::Symbolic:
    return "as '" + X.Symbol->getNameAsString() + "'";
  }
  return "";
}

template <typename T, typename F>
static void encodeFact(llvm::raw_ostream &OS, const Fact<T> &X, F Print) {
  OS << int(X.S);
  if (X.isKnown()) {
    OS << ':';
    Print(X.Value);
    OS << ':' << X.FromModuleOutput << X.AssumedByOption;
  }
  if (X.isSymbolic())
    OS << ':' << static_cast<const void *>(X.Symbol);
  OS << ',';
}

void Facts::encode(llvm::raw_ostream &OS) const {
  encodeFact(OS, DType, [&](Dtype D) { OS << int(D); });
  encodeFact(OS, Dev, [&](const Device &D) { OS << D.Kind << ':' << D.Index; });
  encodeFact(OS, Shape, [&](Rank R) { OS << int(R); });
}

std::string Facts::str() const {
  std::string S =
      "dtype=" + factStr(DType, [](Dtype D) { return dtypeName(D).str(); }) +
      " device=" + factStr(Dev, [](const Device &D) { return D.str(); });
  // The rank is said only where it is known: dtypes, devices and modules
  // have none.
  if (Shape.isKnown())
    S += " rank=" + rankName(Shape.Value).str();
  return S;
}

} // namespace torch_tidy
