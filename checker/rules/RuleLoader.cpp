//===- RuleLoader.cpp - Reads rules/*.yaml into a RuleSet -----------------===//
//
// Compiled with -fexceptions: every yaml-cpp call stays in this file, and
// every exception is turned into an llvm::Error here.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleLoader.h"
#include "domain/Limits.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include <yaml-cpp/depthguard.h>
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
    "in-place",    "returns-converted", "path-arg", "rank",
    "index-name",  "fix-converts", "defined-in", "signature", "feeds-module",
    "tests-device", "returns-list"};
const char *const ModuleKeys[] = {"class",        "note",        "dtype",
                                  "device",       "entry-points", "input-dtype",
                                  "input-device", "outputs",     "input-dtypes",
                                  "submodules",   "parameters"};
const char *const CodeKeys[] = {"param", "mask", "negative", "codes"};
const char *const ParamKeys[] = {"param"};
const char *const SizesKeys[] = {"sizes"};
const char *const FeedKeys[] = {"arg", "dtype", "device", "input-dtype"};
const char *const TopKeys[] = {"include",   "calls",     "modules",
                               "library-namespaces", "types", "elements",
                               "functions", "methods",   "spellings"};
const char *const SpellingKeys[] = {"dtype", "device", "device-kinds"};

/// "a, b or c"
template <typename Range> std::string alternatives(const Range &Names) {
  std::string Out;
  size_t N = std::size(Names), I = 0;
  for (const auto &Name : Names) {
    if (I)
      Out += I + 1 == N ? " or " : ", ";
    Out += Name;
    ++I;
  }
  return Out;
}

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

/// One of a fixed set of words, each standing for a value of E.
template <typename E> struct Word {
  const char *Text;
  E Value;
};

/// The value the word N spells; an error that lists the words otherwise.
/// What names the node ("a receiver effect"), Noun the word ("receiver
/// effect").
template <typename E, size_t N>
E choice(const YAML::Node &Node, llvm::StringRef What, llvm::StringRef Noun,
         const Word<E> (&Words)[N]) {
  std::string T = scalar(Node, What);
  for (const Word<E> &W : Words)
    if (T == W.Text)
      return W.Value;
  llvm::SmallVector<const char *, N> Texts;
  for (const Word<E> &W : Words)
    Texts.push_back(W.Text);
  fail(Node, llvm::formatv("unknown {0} '{1}'; expected {2}", Noun, T,
                           alternatives(Texts))
                 .str());
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

/// The nodes of a string or a list of strings, for errors at the entry.
std::vector<YAML::Node> stringNodes(const YAML::Node &N, llvm::StringRef What) {
  stringList(N, What);
  if (N.IsScalar())
    return {N};
  return std::vector<YAML::Node>(N.begin(), N.end());
}

constexpr Word<bool> Booleans[] = {{"true", true}, {"false", false}};

bool boolean(const YAML::Node &N, llvm::StringRef What) {
  std::string T = scalar(N, What);
  if (T != "true" && T != "false")
    fail(N, llvm::formatv("expected {0} as true or false", What).str());
  return choice(N, What, What, Booleans);
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
    return Operand{false, Index, {}};
  fail(N, "unknown operand '" + Text + "'; expected self or argN");
}

/// `self`, `argN`, or `{param: dst}`: the argument whose parameter has
/// that name, for outputs that overloads put at different positions.
Operand writtenOperand(const YAML::Node &N) {
  if (!N.IsMap())
    return operand(N);
  checkKeys(N, ParamKeys, "a written argument");
  if (!N["param"])
    fail(N, "expected 'writes' as self, argN or {param: <parameter name>}");
  Operand O{false, 0, scalar(N["param"], "a parameter name")};
  if (O.Param.empty())
    fail(N["param"], "expected a parameter name");
  return O;
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

constexpr Word<Source::Kind> CommonSources[] = {
    {"unknown", Source::Unknown}, {"self", Source::Self},
    {"unset", Source::Unset},     {"promote", Source::Promote},
    {"model-file", Source::ModelFile}};
constexpr Word<Source::Kind> DtypeOnlySources[] = {
    {"promote-float", Source::PromoteFloat},
    {"scalars", Source::Scalars},
    {"accumulate", Source::Accumulate},
    {"template-argument", Source::TemplateArgument}};

/// The kind of source a word names, if it names one without a value.
std::optional<Source::Kind> namedSource(llvm::StringRef T, bool ForDtype) {
  for (const auto &W : CommonSources)
    if (T == W.Text)
      return W.Value;
  if (ForDtype)
    for (const auto &W : DtypeOnlySources)
      if (T == W.Text)
        return W.Value;
  return std::nullopt;
}

/// Parses a dtype or device source: a constant, self, argN, promote, ...
Source source(const YAML::Node &N, bool ForDtype) {
  if (ForDtype && N.IsMap())
    return intCode(N);
  std::string Text = scalar(N, ForDtype ? "a dtype source" : "a device source");
  llvm::StringRef T(Text);
  Source S;
  unsigned Index;
  if (std::optional<Source::Kind> K = namedSource(T, ForDtype))
    S.K = *K;
  else if (T.consume_front("arg") && !T.getAsInteger(10, Index))
    S.K = Source::Argument, S.Index = Index;
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

/// `zero-dim`, `dims`, `self`, `argN`, `promote`, `data`, or
/// `{sizes: <parameter name>}`.
RankSource rankSource(const YAML::Node &N) {
  RankSource R;
  if (N.IsMap()) {
    checkKeys(N, SizesKeys, "a rank source");
    if (!N["sizes"])
      fail(N, "expected {sizes: <the parameter that takes the sizes>}");
    R.K = RankSource::Sizes;
    R.Param = scalar(N["sizes"], "a parameter name");
    return R;
  }
  std::string Text = scalar(N, "a rank source");
  llvm::StringRef T(Text);
  unsigned Index;
  if (T == "zero-dim" || T == "dims") {
    R.K = RankSource::Fixed;
    R.FixedRank = T == "zero-dim" ? Rank::Zero : Rank::Dims;
  } else if (T == "self" || T == "promote" || T == "data" || T == "unknown") {
    R.K = T == "self"      ? RankSource::Self
          : T == "promote" ? RankSource::Promote
          : T == "data"    ? RankSource::Data
                           : RankSource::Unknown;
  } else if (T.consume_front("arg") && !T.getAsInteger(10, Index)) {
    R.K = RankSource::Argument;
    R.Index = Index;
  } else {
    fail(N, "unknown rank source '" + Text +
                "'; expected zero-dim, dims, self, argN, promote, data, "
                "unknown or {sizes: <parameter>}");
  }
  return R;
}

constexpr Word<InputPolicy> InputPolicies[] = {
    {"exact", InputPolicy::Exact},
    {"floating", InputPolicy::Floating},
    {"none", InputPolicy::None}};
constexpr Word<OverrideArg> OverrideArgs[] = {
    {"scalar-type", OverrideArg::ScalarType},
    {"device", OverrideArg::Device},
    {"options", OverrideArg::Options},
    {"tensor", OverrideArg::Tensor}};
constexpr Word<ReceiverEffect> ReceiverEffects[] = {
    {"keep", ReceiverEffect::Keep},
    {"convert", ReceiverEffect::Convert},
    {"absorb", ReceiverEffect::Absorb},
    {"unknown", ReceiverEffect::Unknown}};
constexpr Word<DevicePolicy> DevicePolicies[] = {
    {"strict", DevicePolicy::Strict},
    {"cpu-scalar-ok", DevicePolicy::CpuScalarOk}};
constexpr Word<Source::Kind> InPlaceResults[] = {
    {"promote", Source::Promote}, {"promote-float", Source::PromoteFloat}};
constexpr Word<bool> OutputSources[] = {{"parameters", true},
                                        {"unknown", false}};
constexpr Word<TypeRole> TypeRoles[] = {
    {"tensor", TypeRole::Tensor},
    {"tensor-options", TypeRole::TensorOptions},
    {"scalar-type", TypeRole::ScalarType},
    {"device", TypeRole::Device},
    {"ivalue", TypeRole::IValue},
    {"module", TypeRole::Module},
    {"nn-module", TypeRole::NnModule},
    {"module-holder", TypeRole::ModuleHolder},
    {"smart-pointer", TypeRole::SmartPointer},
    {"optional", TypeRole::Optional},
    {"nullopt", TypeRole::Nullopt},
    {"list", TypeRole::List},
    {"shared-list", TypeRole::SharedList},
    {"list-view", TypeRole::ListView},
    {"list-element-reference", TypeRole::ListElementReference},
    {"tuple", TypeRole::Tuple},
    {"output-tuple", TypeRole::OutputTuple},
    {"output-tuple-pointer", TypeRole::OutputTuplePointer},
    {"mat", TypeRole::Mat},
    {"text", TypeRole::Text},
    {"scalar", TypeRole::Scalar},
    {"tensor-data", TypeRole::TensorData},
    {"construction-tag", TypeRole::ConstructionTag}};
constexpr Word<FunctionRole> FunctionRoles[] = {
    {"pass-through", FunctionRole::PassThrough},
    {"make-object", FunctionRole::MakeObject},
    {"make-tuple", FunctionRole::MakeTuple},
    {"tuple-get", FunctionRole::TupleGet},
    {"register-module", FunctionRole::RegisterModule}};
constexpr Word<MethodRole> MethodRoles[] = {
    {"element-read", ElementRead}, {"iterator", Iterator},
    {"range-begin", RangeBegin},   {"range-end", RangeEnd},
    {"append", Append},            {"insert", Insert},
    {"clear", Clear},              {"remove", Remove},
    {"query", Query},              {"storage", Storage},
    {"copy", Copy},                {"pointee", Pointee},
    {"handle-query", HandleQuery}};

/// The key of a `role: [names]` entry as one of Words.
template <typename E, size_t N>
E roleKey(const YAML::Node &Key, llvm::StringRef Noun,
          const Word<E> (&Words)[N]) {
  return choice(Key, ("a " + Noun).str(), Noun, Words);
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
    } catch (const YAML::DeepRecursion &E) {
      // yaml-cpp says "bad file" here.
      throw RuleError{E.mark, "lists and mappings nest too deeply",
                      Name.str()};
    } catch (const YAML::Exception &E) {
      throw RuleError{E.mark, E.msg, Name.str()};
    }
  }

private:
  void fileUnchecked(llvm::StringRef Name, llvm::StringRef Text,
                     unsigned Depth) {
    if (Depth > limits::IncludeDepth)
      throw RuleError{{}, "includes nest deeper than 16 files (a cycle?)", ""};
    YAML::Node Root = YAML::Load(Text.str());
    if (Root.IsNull())
      return; // an empty file holds no rules
    checkKeys(Root, TopKeys, "a rules file");
    if (auto Inc = Root["include"])
      for (const auto &I : stringList(Inc, "included file")) {
        auto Found = Resolve(Name, I);
        if (!Found)
          fail(Inc, llvm::toString(Found.takeError()));
        Loader Nested(Into, Resolve);
        Nested.file(Found->first, Found->second, Depth + 1);
      }
    vocabulary(Root);
    llvm::StringMap<unsigned> SeenHere; // name -> line, for contradictions
    for (const auto &C : sequence(Root["calls"], "'calls' as a list of call rules"))
      call(C, SeenHere);
    for (const auto &M :
         sequence(Root["modules"], "'modules' as a list of module rules"))
      module(M, SeenHere);
  }

  static std::vector<YAML::Node> sequence(const YAML::Node &N,
                                          llvm::StringRef What) {
    if (!N)
      return {};
    if (!N.IsSequence())
      fail(N, ("expected " + What).str());
    return std::vector<YAML::Node>(N.begin(), N.end());
  }

  static void claim(llvm::StringMap<unsigned> &Seen, const std::string &Name,
                    const YAML::Node &At) {
    auto [It, New] = Seen.try_emplace(Name, At.Mark().line + 1);
    if (!New)
      fail(At, llvm::formatv("'{0}' already has a rule in this file (line {1})",
                             Name, It->second)
                   .str());
  }

  // --- Vocabulary ----------------------------------------------------------

  void vocabulary(const YAML::Node &Root) {
    VocabularyData &V = Into.vocabulary();
    llvm::StringMap<unsigned> Seen;
    if (auto NS = Root["library-namespaces"])
      for (const std::string &Name : stringList(NS, "namespace"))
        V.LibraryNamespaces.insert(Name);
    roles(Root["types"], "type role", TypeRoles, Seen, V.Types);
    roles(Root["functions"], "function role", FunctionRoles, Seen, V.Functions);
    if (auto E = Root["elements"]) {
      if (!E.IsMap())
        fail(E, "expected 'elements' as a mapping from types to dtypes");
      for (const auto &KV : E)
        V.Elements[scalar(KV.first, "a type")] = dtype(KV.second);
    }
    methods(Root["methods"], V);
    if (auto S = Root["spellings"])
      spellings(S, V);
  }

  /// `role: [qualified names]`; a name has one role per file.
  template <typename E, size_t N>
  static void roles(const YAML::Node &Section, llvm::StringRef Noun,
                    const Word<E> (&Words)[N], llvm::StringMap<unsigned> &Seen,
                    llvm::StringMap<E> &Into) {
    if (!Section)
      return;
    if (!Section.IsMap())
      fail(Section, ("expected a mapping from " + Noun + "s to names").str());
    for (const auto &KV : Section) {
      E Role = roleKey(KV.first, Noun, Words);
      for (const YAML::Node &Name : stringNodes(KV.second, "qualified name")) {
        std::string Text = Name.as<std::string>();
        claim(Seen, Text, Name);
        Into[Text] = Role;
      }
    }
  }

  static void methods(const YAML::Node &Section, VocabularyData &V) {
    if (!Section)
      return;
    if (!Section.IsMap())
      fail(Section, "expected a mapping from method roles to names");
    for (const auto &KV : Section) {
      MethodRole Role = roleKey(KV.first, "method role", MethodRoles);
      for (const std::string &Name : stringList(KV.second, "method name"))
        V.Methods[Name] |= Role;
    }
  }

  static void spellings(const YAML::Node &S, VocabularyData &V) {
    checkKeys(S, SpellingKeys, "spellings");
    for (auto [Key, Into] : {std::pair{"dtype", &V.DtypeSpelling},
                             {"device", &V.DeviceSpelling}})
      if (auto N = S[Key]) {
        std::string T = scalar(N, "a spelling");
        if (llvm::StringRef(T).count("{}") != 1)
          fail(N, "expected a spelling with one '{}' where the value goes");
        *Into = T;
      }
    if (auto K = S["device-kinds"]) {
      if (!K.IsMap())
        fail(K, "expected 'device-kinds' as a mapping from device kinds to "
                "spellings");
      for (const auto &KV : K) {
        std::string Kind = scalar(KV.first, "a device kind");
        if (!parseDevice(Kind))
          fail(KV.first, "unknown device kind '" + Kind + "'");
        V.DeviceKindSpellings[Kind] = scalar(KV.second, "a spelling");
      }
    }
  }

  // --- Call rules ----------------------------------------------------------

  void call(const YAML::Node &C, llvm::StringMap<unsigned> &Seen) {
    checkKeys(C, CallKeys, "a call rule");
    if (!C["names"])
      fail(C, "call rule needs 'names': the qualified names it applies to");
    if (!C["note"])
      fail(C, "call rule needs 'note': the runtime behaviour it encodes");
    CallRule R;
    R.Note = scalar(C["note"], "note");
    if (auto D = C["defined-in"])
      R.DefinedIn = scalar(D, "a place, file:line");
    if (auto S = C["signature"]) {
      if (R.DefinedIn.empty())
        fail(S, "'signature' names the overload a summary describes; this "
                "rule has no 'defined-in'");
      R.Signature = scalar(S, "the parameter types");
    }
    if (auto F = C["feeds-module"])
      feeds(F, R);
    pathGlob(C, R);
    effects(C, R);
    state(C, R);
    pathArg(C, R);
    reads(C, R);
    operands(C, R);
    index(C, R);
    if (auto IP = C["in-place"])
      R.InPlaceResult =
          choice(IP, "an in-place result", "in-place result", InPlaceResults);
    if (auto RC = C["returns-converted"])
      R.ReturnsConverted = boolean(RC, "returns-converted");
    if (auto TD = C["tests-device"])
      R.TestsDeviceKind = deviceKind(TD);
    YAML::Node Names = C["names"];
    std::vector<YAML::Node> List = stringNodes(Names, "qualified name");
    for (const YAML::Node &At : List) {
      std::string Name = At.as<std::string>();
      claim(Seen, Name + (R.PathGlob.empty() ? "" : " " + R.PathGlob) +
                      (R.Signature.empty() ? "" : " " + R.Signature),
            At);
      Into.addCall(Name, R);
    }
  }

  /// `tests-device: cuda`: a device kind, without an index.
  static std::string deviceKind(const YAML::Node &N) {
    std::string Kind = scalar(N, "a device kind");
    std::optional<Device> D = parseDevice(Kind);
    if (!D || D->Index >= 0)
      fail(N, "expected a device kind without an index, such as cuda or cpu");
    return D->Kind.str();
  }

  /// `feeds-module`: a list of {arg, dtype, device, input-dtype}.
  static void feeds(const YAML::Node &F, CallRule &R) {
    if (!F.IsSequence())
      fail(F, "expected 'feeds-module' as a list of {arg, dtype, device, "
              "input-dtype}");
    for (const YAML::Node &E : F) {
      if (!E.IsMap())
        fail(E, "expected {arg, dtype, device, input-dtype}");
      checkKeys(E, FeedKeys, "a module feed");
      if (!E["arg"])
        fail(E, "a module feed needs 'arg': the argument the module gets");
      Operand O = operand(E["arg"]);
      if (O.IsSelf)
        fail(E["arg"], "expected 'arg' as argN");
      ModuleFeed Feed;
      Feed.Arg = O.Index;
      if (auto D = E["dtype"])
        Feed.ParamDtype = dtype(D);
      if (auto V = E["device"]) {
        std::string Text = scalar(V, "a device");
        Feed.ParamDevice = parseDevice(Text);
        if (!Feed.ParamDevice)
          fail(V, "unknown device '" + Text + "'; expected cpu, cuda, cuda:1, ...");
      }
      if (!Feed.ParamDtype && !Feed.ParamDevice)
        fail(E, "a module feed needs 'dtype' or 'device': the module's "
                "parameters");
      if (auto P = E["input-dtype"])
        Feed.Inputs =
            choice(P, "an input policy", "input policy", InputPolicies);
      R.FeedsModule.push_back(std::move(Feed));
    }
  }

  static void pathGlob(const YAML::Node &C, CallRule &R) {
    if (auto W = C["when-path"]) {
      R.PathGlob = scalar(W, "a file name pattern");
      auto G = llvm::GlobPattern::create(R.PathGlob);
      if (!G)
        fail(W, "bad file name pattern: " + llvm::toString(G.takeError()));
      R.Path = std::move(*G);
    }
  }

  /// `set-by` and `receiver`: what converts and what the object undergoes.
  static void effects(const YAML::Node &C, CallRule &R) {
    if (auto S = C["set-by"])
      for (const YAML::Node &A : stringNodes(S, "argument kind"))
        R.Overrides.push_back(
            choice(A, "an argument kind", "argument kind", OverrideArgs));
    if (auto Rec = C["receiver"]) {
      R.Receiver =
          choice(Rec, "a receiver effect", "receiver effect", ReceiverEffects);
      if (R.Receiver == ReceiverEffect::Convert && R.Overrides.empty())
        fail(Rec, "'receiver: convert' needs 'set-by': the arguments that "
                  "convert it");
    }
  }

  static void state(const YAML::Node &C, CallRule &R) {
    auto D = C["dtype"], V = C["device"];
    if (bool(D) != bool(V))
      fail(C, "a call rule that returns a state needs both 'dtype' and "
              "'device'");
    if (D) {
      R.ReturnsState = true;
      R.DtypeFrom = source(D, /*ForDtype=*/true);
      R.DeviceFrom = source(V, /*ForDtype=*/false);
    }
    if (auto K = C["rank"]) {
      if (!D)
        fail(K, "'rank' needs 'dtype' and 'device': the state it belongs to");
      R.RankFrom = rankSource(K);
    }
    if (auto L = C["returns-list"]) {
      R.ReturnsList = boolean(L, "returns-list");
      if (R.ReturnsList && !R.ReturnsState)
        fail(L, "'returns-list' needs 'dtype' and 'device': the state of "
                "every tensor in the list");
    }
    if (auto W = C["writes"]) {
      if (!R.ReturnsState)
        fail(W, "'writes' needs 'dtype' and 'device': the state it writes");
      R.Writes = writtenOperand(W);
    }
  }

  static void pathArg(const YAML::Node &C, CallRule &R) {
    auto PA = C["path-arg"];
    if (!PA)
      return;
    Operand O = operand(PA);
    if (O.IsSelf)
      fail(PA, "expected 'path-arg' as argN: the argument that names the "
               "file");
    if (R.PathGlob.empty() && !R.readsModelFile())
      fail(PA, "'path-arg' names the file for 'when-path' or a model-file "
               "source; this rule has neither");
    R.PathArg = O.Index;
  }

  /// `reads-buffer`, `reads-as`, `elements`: raw memory a call reads.
  static void reads(const YAML::Node &C, CallRule &R) {
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
  }

  /// `operands`, `same-dtype`, `same-device`: operands that must agree.
  static void operands(const YAML::Node &C, CallRule &R) {
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
    if (auto SV = C["same-device"])
      R.SameDevice =
          choice(SV, "a device policy", "device policy", DevicePolicies);
    if ((R.SameDtype || R.SameDevice != DevicePolicy::None) &&
        R.Operands.empty() && !R.AllTensorOperands)
      fail(C, "'same-dtype' and 'same-device' need 'operands'");
    if (auto F = C["fix-converts"]) {
      if (!R.SameDtype)
        fail(F, "'fix-converts' needs 'same-dtype: true': the operands it "
                "converts to one dtype");
      R.FixConverts = operand(F);
    }
  }

  static void index(const YAML::Node &C, CallRule &R) {
    auto I = C["index-arg"], Ds = C["index-dtypes"];
    if (!I) {
      if (Ds || C["index-name"])
        fail(Ds ? Ds : C["index-name"],
             std::string(Ds ? "'index-dtypes'" : "'index-name'") +
                 " needs 'index-arg'");
      return;
    }
    R.IndexArg = operand(I);
    if (!Ds)
      fail(I, "'index-arg' needs 'index-dtypes': the dtypes it accepts");
    for (const auto &D : stringList(Ds, "dtype")) {
      auto P = parseDtype(D);
      if (!P)
        fail(Ds, "unknown dtype '" + D + "'; expected Long, Int, ...");
      R.IndexDtypes.push_back(*P);
    }
    if (auto N = C["index-name"]) {
      R.IndexName = scalar(N, "what messages call the index argument");
      if (R.IndexName.empty())
        fail(N, "expected 'index-name' as a noun: target, mask, ...");
    }
  }

  // --- Module rules --------------------------------------------------------

  void module(const YAML::Node &M, llvm::StringMap<unsigned> &Seen) {
    checkKeys(M, ModuleKeys, "a module rule");
    if (!M["class"])
      fail(M, "module rule needs 'class': the qualified class name");
    if (!M["note"])
      fail(M, "module rule needs 'note': the runtime behaviour it encodes");
    ModuleRule R;
    R.Note = scalar(M["note"], "note");
    defaults(M, R);
    if (auto E = M["entry-points"])
      R.EntryPoints = stringList(E, "entry point");
    if (auto P = M["input-dtype"])
      R.InputDtype = choice(P, "an input policy", "input policy", InputPolicies);
    if (auto P = M["input-device"]) {
      R.InputDevice =
          choice(P, "an input policy", "input policy", InputPolicies);
      if (*R.InputDevice == InputPolicy::Floating)
        fail(P, "input-device is exact or none");
    }
    if (auto O = M["outputs"])
      R.OutputsFollowParameters =
          choice(O, "an output source", "output source", OutputSources);
    if (auto D = M["input-dtypes"]) {
      R.InputDtypes.emplace();
      for (const YAML::Node &N : stringNodes(D, "dtype"))
        R.InputDtypes->push_back(dtype(N));
    }
    if (auto S = M["submodules"]) {
      if (scalar(S, "a submodule source") != "arguments")
        fail(S, "'submodules' can only be arguments");
      R.Submodules = true;
    }
    if (auto P = M["parameters"]) {
      if (scalar(P, "a parameter source") != "none")
        fail(P, "'parameters' can only be none");
      if (R.DefaultDtype || R.DefaultDevice)
        fail(P, "a module without parameters has no dtype or device");
      R.HoldsParameters = false;
    }
    // One rule may describe several classes alike.
    for (const YAML::Node &C : stringNodes(M["class"], "qualified class name")) {
      R.Class = C.as<std::string>();
      claim(Seen, "module " + R.Class, C);
      Into.addModule(R);
    }
  }

  static void defaults(const YAML::Node &M, ModuleRule &R) {
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
