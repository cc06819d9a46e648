//===- RuleLoader.cpp - Reads rules/*.yaml into a RuleSet -----------------===//
//
// Compiled with -fexceptions: every yaml-cpp call stays in this file, and
// every exception is turned into an llvm::Error here.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleLoader.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include <yaml-cpp/yaml.h>

namespace torch_tidy {
namespace {

/// Carries a message and the node it is about out of the nested parsers.
struct RuleError {
  YAML::Mark Mark;
  std::string Message;
  std::string File; // filled in by the file being read when it was thrown
};

[[noreturn]] void fail(const YAML::Node &N, std::string Message) {
  throw RuleError{N.Mark(), std::move(Message), ""};
}

const char *const CallKeys[] = {
    "names",       "note",         "dtype",     "device",
    "set-by",      "receiver",     "when-path", "writes",
    "reads-buffer", "reads-as",    "elements",  "operands",
    "same-dtype",  "same-device",  "index-arg", "index-dtypes",
    "in-place",    "returns-converted", "path-arg"};
const char *const ModuleKeys[] = {"class",        "note",        "dtype",
                                  "device",       "entry-points", "input-dtype",
                                  "input-device", "outputs"};
const char *const CodeKeys[] = {"param", "mask", "negative", "codes"};
const char *const TopKeys[] = {"include", "calls", "modules"};

template <size_t N>
void checkKeys(const YAML::Node &Map, const char *const (&Allowed)[N],
               llvm::StringRef What) {
  if (!Map.IsMap())
    fail(Map, llvm::formatv("expected {0} as a mapping", What).str());
  for (const auto &KV : Map) {
    std::string Key = KV.first.as<std::string>();
    if (!llvm::is_contained(Allowed, Key)) {
      std::string List;
      for (const char *A : Allowed)
        List += (List.empty() ? "" : ", ") + std::string(A);
      fail(KV.first, llvm::formatv("unknown key '{0}' in {1}; expected one of: {2}",
                                   Key, What, List)
                         .str());
    }
  }
}

std::string scalar(const YAML::Node &N, llvm::StringRef What) {
  if (!N.IsScalar())
    fail(N, llvm::formatv("expected {0} as a string", What).str());
  return N.as<std::string>();
}

std::vector<std::string> stringList(const YAML::Node &N, llvm::StringRef What) {
  std::vector<std::string> Out;
  if (N.IsScalar()) {
    Out.push_back(N.as<std::string>());
  } else if (N.IsSequence()) {
    for (const auto &E : N)
      Out.push_back(scalar(E, What));
  } else {
    fail(N, llvm::formatv("expected {0} as a string or a list of strings", What)
                .str());
  }
  if (Out.empty())
    fail(N, llvm::formatv("expected at least one {0}", What).str());
  return Out;
}

bool boolean(const YAML::Node &N, llvm::StringRef What) {
  std::string T = scalar(N, What);
  if (T == "true")
    return true;
  if (T == "false")
    return false;
  fail(N, llvm::formatv("expected {0} as true or false", What).str());
}

int64_t integer(const YAML::Node &N, llvm::StringRef What) {
  std::string T = scalar(N, What);
  int64_t V;
  if (llvm::StringRef(T).getAsInteger(0, V))
    fail(N, llvm::formatv("expected {0} as an integer", What).str());
  return V;
}

Dtype dtype(const YAML::Node &N) {
  std::string T = scalar(N, "a dtype");
  if (auto D = parseDtype(T))
    return *D;
  fail(N, "unknown dtype '" + T + "'; expected Float, Half, Long, ...");
}

/// `self` or `argN`.
Operand operand(const YAML::Node &N) {
  std::string Text = scalar(N, "an operand");
  llvm::StringRef T(Text);
  unsigned Index;
  if (T == "self")
    return Operand{};
  if (T.consume_front("arg") && !T.getAsInteger(10, Index))
    return Operand{false, Index};
  fail(N, "unknown operand '" + Text + "'; expected self or argN");
}

/// {param: flags, mask: 7, negative: self, codes: {0: Byte, 5: Float}}: an
/// integer constant argument that encodes a dtype (OpenCV's CV_32FC3).
Source intCode(const YAML::Node &N) {
  checkKeys(N, CodeKeys, "an integer-code dtype source");
  Source S;
  S.K = Source::IntCode;
  if (!N["param"] || !N["codes"])
    fail(N, "an integer-code dtype source needs 'param' (the parameter's "
            "name) and 'codes' (value: dtype)");
  S.Param = scalar(N["param"], "a parameter name");
  if (auto M = N["mask"])
    S.Mask = integer(M, "a mask");
  if (auto Neg = N["negative"]) {
    if (scalar(Neg, "a negative-value source") != "self")
      fail(Neg, "'negative' can only be self");
    S.NegativeIsSelf = true;
  }
  YAML::Node Codes = N["codes"];
  if (!Codes.IsMap())
    fail(Codes, "expected 'codes' as a mapping from integers to dtypes");
  for (const auto &KV : Codes)
    S.Codes.push_back({integer(KV.first, "a code"), dtype(KV.second)});
  return S;
}

/// Parses a dtype or device source: a constant, receiver, argN, promote, ...
Source source(const YAML::Node &N, bool ForDtype) {
  if (ForDtype && N.IsMap())
    return intCode(N);
  std::string Text = scalar(N, ForDtype ? "a dtype source" : "a device source");
  llvm::StringRef T(Text);
  Source S;
  unsigned Index;
  if (T == "unknown")
    S.K = Source::Unknown;
  else if (T == "self")
    S.K = Source::Self;
  else if (T == "unset")
    S.K = Source::Unset;
  else if (T.consume_front("arg") && !T.getAsInteger(10, Index))
    S.K = Source::Argument, S.Index = Index;
  else if (T == "promote")
    S.K = Source::Promote;
  else if (T == "model-file")
    S.K = Source::ModelFile;
  else if (ForDtype && T == "promote-float")
    S.K = Source::PromoteFloat;
  else if (ForDtype && T == "scalars")
    S.K = Source::Scalars;
  else if (ForDtype && T == "accumulate")
    S.K = Source::Accumulate;
  else if (ForDtype && (S.FixedDtype = parseDtype(Text)))
    S.K = Source::Fixed;
  else if (!ForDtype && (S.FixedDevice = parseDevice(Text)))
    S.K = Source::Fixed;
  else
    fail(N, ForDtype
                ? llvm::formatv("unknown dtype source '{0}'; expected a dtype "
                                "(Float, Half, Long, ...), self, argN, "
                                "promote, promote-float, scalars, accumulate, "
                                "model-file, unset or unknown",
                                Text)
                      .str()
                : llvm::formatv("unknown device source '{0}'; expected a "
                                "device (cpu, cuda, cuda:1, ...), self, "
                                "argN, promote, model-file, unset or unknown",
                                Text)
                      .str());
  return S;
}

InputPolicy inputPolicy(const YAML::Node &N) {
  std::string T = scalar(N, "an input policy");
  if (T == "exact")
    return InputPolicy::Exact;
  if (T == "floating")
    return InputPolicy::Floating;
  if (T == "none")
    return InputPolicy::None;
  fail(N, "unknown input policy '" + T + "'; expected exact, floating or none");
}

class Loader {
public:
  Loader(RuleSet &Into, IncludeResolver Resolve)
      : Into(Into), Resolve(Resolve) {}

  void file(llvm::StringRef Name, llvm::StringRef Text, unsigned Depth) {
    try {
      fileUnchecked(Name, Text, Depth);
    } catch (RuleError &E) {
      if (E.File.empty())
        E.File = Name.str();
      throw;
    } catch (const YAML::Exception &E) {
      throw RuleError{E.mark, E.msg, Name.str()};
    }
  }

private:
  void fileUnchecked(llvm::StringRef Name, llvm::StringRef Text,
                     unsigned Depth) {
    if (Depth > 16)
      throw RuleError{{}, "includes nest deeper than 16 files (a cycle?)", ""};
    YAML::Node Root = YAML::Load(Text.str());
    if (Root.IsNull())
      return; // an empty file holds no rules
    checkKeys(Root, TopKeys, "a rules file");
    if (auto Inc = Root["include"]) {
      for (const auto &I : stringList(Inc, "included file")) {
        auto Found = Resolve(Name, I);
        if (!Found)
          fail(Inc, llvm::toString(Found.takeError()));
        Loader Nested(Into, Resolve);
        Nested.file(Found->first, Found->second, Depth + 1);
      }
    }
    llvm::StringMap<unsigned> SeenHere; // name -> line, for contradictions
    if (auto Calls = Root["calls"]) {
      if (!Calls.IsSequence())
        fail(Calls, "expected 'calls' as a list of call rules");
      for (const auto &C : Calls)
        call(C, SeenHere);
    }
    if (auto Modules = Root["modules"]) {
      if (!Modules.IsSequence())
        fail(Modules, "expected 'modules' as a list of module rules");
      for (const auto &M : Modules)
        module(M, SeenHere);
    }
  }

  static void claim(llvm::StringMap<unsigned> &Seen, const std::string &Name,
                    const YAML::Node &At) {
    auto [It, New] = Seen.try_emplace(Name, At.Mark().line + 1);
    if (!New)
      fail(At, llvm::formatv("'{0}' already has a rule in this file (line {1})",
                             Name, It->second)
                   .str());
  }

  void call(const YAML::Node &C, llvm::StringMap<unsigned> &Seen) {
    checkKeys(C, CallKeys, "a call rule");
    if (!C["names"])
      fail(C, "call rule needs 'names': the qualified names it applies to");
    if (!C["note"])
      fail(C, "call rule needs 'note': the runtime behaviour it encodes");
    CallRule R;
    R.Note = scalar(C["note"], "note");
    if (auto W = C["when-path"]) {
      R.PathGlob = scalar(W, "a file name pattern");
      auto G = llvm::GlobPattern::create(R.PathGlob);
      if (!G)
        fail(W, "bad file name pattern: " + llvm::toString(G.takeError()));
      R.Path = std::move(*G);
    }
    if (auto S = C["set-by"]) {
      for (const auto &A : stringList(S, "argument kind")) {
        if (A == "scalar-type")
          R.Overrides.push_back(OverrideArg::ScalarType);
        else if (A == "device")
          R.Overrides.push_back(OverrideArg::Device);
        else if (A == "options")
          R.Overrides.push_back(OverrideArg::Options);
        else if (A == "tensor")
          R.Overrides.push_back(OverrideArg::Tensor);
        else
          fail(S, "unknown argument kind '" + A +
                      "'; expected scalar-type, device, options or tensor");
      }
    }
    if (auto Rec = C["receiver"]) {
      std::string E = scalar(Rec, "a receiver effect");
      if (E == "keep")
        R.Receiver = ReceiverEffect::Keep;
      else if (E == "convert")
        R.Receiver = ReceiverEffect::Convert;
      else if (E == "unknown")
        R.Receiver = ReceiverEffect::Unknown;
      else
        fail(Rec, "unknown receiver effect '" + E +
                      "'; expected keep, convert or unknown");
      if (R.Receiver == ReceiverEffect::Convert && R.Overrides.empty())
        fail(Rec, "'receiver: convert' needs 'set-by': the arguments that "
                  "convert it");
    }
    auto D = C["dtype"], V = C["device"];
    if (bool(D) != bool(V))
      fail(C, "a call rule that returns a state needs both 'dtype' and "
              "'device'");
    if (D) {
      R.ReturnsState = true;
      R.DtypeFrom = source(D, /*ForDtype=*/true);
      R.DeviceFrom = source(V, /*ForDtype=*/false);
    }
    if (auto PA = C["path-arg"]) {
      Operand O = operand(PA);
      if (O.IsSelf)
        fail(PA, "expected 'path-arg' as argN: the argument that names the "
                 "file");
      if (R.PathGlob.empty() && !R.readsModelFile())
        fail(PA, "'path-arg' names the file for 'when-path' or a model-file "
                 "source; this rule has neither");
      R.PathArg = O.Index;
    }
    checked(C, R);
    YAML::Node Names = C["names"];
    std::vector<std::string> List = stringList(Names, "qualified name");
    for (size_t I = 0; I < List.size(); ++I) {
      const YAML::Node &At = Names.IsSequence() ? Names[I] : Names;
      claim(Seen, R.PathGlob.empty() ? List[I] : List[I] + " " + R.PathGlob,
            At);
      Into.addCall(List[I], R);
    }
  }

  /// The keys that give checks something to look at.
  static void checked(const YAML::Node &C, CallRule &R) {
    if (auto W = C["writes"]) {
      if (!R.ReturnsState)
        fail(W, "'writes' needs 'dtype' and 'device': the state it writes");
      R.Writes = operand(W);
    }
    if (auto B = C["reads-buffer"])
      R.ReadsBuffer = operand(B);
    if (auto A = C["reads-as"]) {
      if (scalar(A, "a raw-access type") != "template-argument")
        fail(A, "'reads-as' can only be template-argument");
      R.ReadsAsTemplateType = true;
    }
    if (auto E = C["elements"]) {
      if (scalar(E, "an element source") != "self")
        fail(E, "'elements' can only be self");
      R.ElementsOfSelf = true;
    }
    if (auto Ops = C["operands"]) {
      if (Ops.IsScalar() && Ops.as<std::string>() == "tensors")
        R.AllTensorOperands = true;
      else if (!Ops.IsSequence() || Ops.size() < 2)
        fail(Ops, "expected 'operands' as tensors or a list of at least two "
                  "of self, argN");
      else
        for (const auto &O : Ops)
          R.Operands.push_back(operand(O));
    }
    if (auto SD = C["same-dtype"])
      R.SameDtype = boolean(SD, "same-dtype");
    if (auto SV = C["same-device"]) {
      std::string P = scalar(SV, "a device policy");
      if (P == "strict")
        R.SameDevice = DevicePolicy::Strict;
      else if (P == "cpu-scalar-ok")
        R.SameDevice = DevicePolicy::CpuScalarOk;
      else
        fail(SV, "unknown device policy '" + P +
                     "'; expected strict or cpu-scalar-ok");
    }
    if ((R.SameDtype || R.SameDevice != DevicePolicy::None) &&
        R.Operands.empty() && !R.AllTensorOperands)
      fail(C, "'same-dtype' and 'same-device' need 'operands'");
    if (auto I = C["index-arg"]) {
      R.IndexArg = operand(I);
      auto Ds = C["index-dtypes"];
      if (!Ds)
        fail(I, "'index-arg' needs 'index-dtypes': the dtypes it accepts");
      for (const auto &D : stringList(Ds, "dtype")) {
        auto P = parseDtype(D);
        if (!P)
          fail(Ds, "unknown dtype '" + D + "'; expected Long, Int, ...");
        R.IndexDtypes.push_back(*P);
      }
    } else if (C["index-dtypes"]) {
      fail(C["index-dtypes"], "'index-dtypes' needs 'index-arg'");
    }
    if (auto IP = C["in-place"]) {
      std::string P = scalar(IP, "an in-place result");
      if (P == "promote")
        R.InPlaceResult = Source::Promote;
      else if (P == "promote-float")
        R.InPlaceResult = Source::PromoteFloat;
      else
        fail(IP, "unknown in-place result '" + P +
                     "'; expected promote or promote-float");
    }
    if (auto RC = C["returns-converted"])
      R.ReturnsConverted = boolean(RC, "returns-converted");
  }

  void module(const YAML::Node &M, llvm::StringMap<unsigned> &Seen) {
    checkKeys(M, ModuleKeys, "a module rule");
    if (!M["class"])
      fail(M, "module rule needs 'class': the qualified class name");
    if (!M["note"])
      fail(M, "module rule needs 'note': the runtime behaviour it encodes");
    ModuleRule R;
    R.Class = scalar(M["class"], "class");
    R.Note = scalar(M["note"], "note");
    if (auto D = M["dtype"])
      R.DefaultDtype = source(D, true);
    if (auto D = M["device"])
      R.DefaultDevice = source(D, false);
    for (auto [Field, Value] :
         {std::pair{"dtype", &R.DefaultDtype}, {"device", &R.DefaultDevice}})
      if (*Value && (*Value)->K != Source::Fixed &&
          (*Value)->K != Source::Unknown)
        fail(M[Field], std::string("a module's default ") + Field +
                           " is a constant or unknown");
    if (auto E = M["entry-points"])
      R.EntryPoints = stringList(E, "entry point");
    if (auto P = M["input-dtype"])
      R.InputDtype = inputPolicy(P);
    if (auto P = M["input-device"]) {
      R.InputDevice = inputPolicy(P);
      if (*R.InputDevice == InputPolicy::Floating)
        fail(P, "input-device is exact or none");
    }
    if (auto O = M["outputs"]) {
      std::string T = scalar(O, "an output source");
      if (T != "parameters" && T != "unknown")
        fail(O, "unknown output source '" + T +
                    "'; expected parameters or unknown");
      R.OutputsFollowParameters = T == "parameters";
    }
    claim(Seen, "module " + R.Class, M["class"]);
    Into.addModule(R);
  }

  RuleSet &Into;
  IncludeResolver Resolve;
};

} // namespace

llvm::Error loadRuleFile(llvm::StringRef FileName, llvm::StringRef Text,
                         RuleSet &Into, IncludeResolver Resolve) {
  Loader L(Into, Resolve);
  auto Located = [&](const YAML::Mark &M, const std::string &Msg,
                     const std::string &File) {
    std::string Where = File.empty() ? FileName.str() : File;
    if (!M.is_null())
      Where += llvm::formatv(":{0}:{1}", M.line + 1, M.column + 1).str();
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Where + ": " + Msg);
  };
  try {
    L.file(FileName, Text, 0);
  } catch (const RuleError &E) {
    return Located(E.Mark, E.Message, E.File);
  } catch (const std::exception &E) {
    return Located(YAML::Mark::null_mark(), E.what(), "");
  }
  return llvm::Error::success();
}

} // namespace torch_tidy
