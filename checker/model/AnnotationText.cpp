//===- AnnotationText.cpp - Reads the text of a torch-tidy annotation -----===//
#include "model/AnnotationText.h"
#include "llvm/ADT/Twine.h"

namespace torch_tidy {
namespace {

constexpr llvm::StringLiteral ExpectedEntry =
    "expected dtype=<name> or device=<device>";
constexpr llvm::StringLiteral ExpectedDtype =
    "expected a LibTorch scalar type such as half, float or bfloat16";
constexpr llvm::StringLiteral ExpectedDevice =
    "expected a device such as cpu, cuda or cuda:1";

/// Reads one annotation entry by entry.
class Reader {
public:
  explicit Reader(llvm::StringRef Text) : Text(Text) {}

  AnnotationText run() {
    if (Text.drop_front(AnnotationPrefix.size()).trim().empty()) {
      problem(0, "empty torch-tidy annotation; expected dtype=<name>, "
                 "device=<device> or both");
      return std::move(Out);
    }
    for (size_t Pos = AnnotationPrefix.size(); Pos != llvm::StringRef::npos;) {
      size_t Comma = Text.find(',', Pos);
      llvm::StringRef Item = Text.slice(Pos, Comma);
      size_t Start = Pos + (Item.size() - Item.ltrim().size());
      Pos = Comma == llvm::StringRef::npos ? Comma : Comma + 1;
      entry(Item.trim(), Start);
    }
    return std::move(Out);
  }

private:
  void problem(size_t Offset, const llvm::Twine &Message) {
    Out.Problems.push_back({Message.str(), Offset});
  }

  /// `key=value`, written from byte Start of the annotation on.
  void entry(llvm::StringRef Item, size_t Start) {
    if (Item.empty())
      return problem(Start,
                     "empty entry in torch-tidy annotation; " + ExpectedEntry);
    size_t Eq = Item.find('=');
    if (Eq == llvm::StringRef::npos)
      return problem(Start, "missing '=' in '" + Item +
                                "' in torch-tidy annotation; " + ExpectedEntry);
    llvm::StringRef Key = Item.take_front(Eq).rtrim();
    llvm::StringRef Value = Item.drop_front(Eq + 1);
    size_t ValueStart = Start + Eq + 1 + (Value.size() - Value.ltrim().size());
    if (Key.empty())
      return problem(Start, "missing key before '=' in torch-tidy annotation; "
                            "expected dtype or device");
    bool IsDtype = Key == "dtype";
    if (!IsDtype && Key != "device")
      return problem(Start, "unknown key '" + Key +
                                "' in torch-tidy annotation; expected dtype "
                                "or device");
    bool &Saw = IsDtype ? SawDtype : SawDevice;
    if (Saw)
      return problem(Start,
                     "duplicate key '" + Key + "' in torch-tidy annotation");
    Saw = true;
    value(IsDtype, Key, Value.trim(), Start, ValueStart);
  }

  void value(bool IsDtype, llvm::StringRef Key, llvm::StringRef Value,
             size_t Start, size_t ValueStart) {
    llvm::StringRef Expected = IsDtype ? ExpectedDtype : ExpectedDevice;
    if (Value.empty())
      return problem(ValueStart, "missing value after '" + Key +
                                     "=' in torch-tidy annotation; " + Expected);
    if (IsDtype) {
      if (std::optional<Dtype> D = parseDtype(Value))
        Out.DType = AnnotationText::Stated<Dtype>{*D, Start};
      else
        problem(ValueStart, "unknown dtype '" + Value +
                                "' in torch-tidy annotation; " + Expected);
    } else {
      if (std::optional<Device> D = parseDevice(Value.lower()))
        Out.Dev = AnnotationText::Stated<Device>{*D, Start};
      else
        problem(ValueStart, "unknown device '" + Value +
                                "' in torch-tidy annotation; " + Expected);
    }
  }

  llvm::StringRef Text;
  AnnotationText Out;
  bool SawDtype = false, SawDevice = false;
};

} // namespace

std::optional<AnnotationText> parseAnnotationText(llvm::StringRef Text) {
  if (!Text.starts_with(AnnotationPrefix))
    return std::nullopt;
  return Reader(Text).run();
}

} // namespace torch_tidy
