//===- RuleSet.h - What the LibTorch API does to dtype and device -*- C++ -*-===//
//
// Plain data loaded from rules/*.yaml (see rules/FORMAT.md). The engine knows
// C++; these rules know LibTorch.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_RULES_RULESET_H
#define TORCH_TIDY_RULES_RULESET_H

#include "domain/Facts.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/GlobPattern.h"
#include <string>
#include <vector>

namespace torch_tidy {

/// Where one component (dtype or device) of a call's result comes from.
struct Source {
  enum Kind : unsigned char {
    Unknown,     // not modeled: the result is unknown
    Fixed,       // a constant: Float, Long, cpu, ...
    Self,        // the object of a method, the first argument of a function
    Argument,    // the tensor/module argument at Index
    Promote,     // LibTorch's result_type over receiver and operands
    PromoteFloat,// the same, integral results become Float (true division)
    Scalars,     // from the C++ type of the numeric arguments (tensor({1,2}))
    Accumulate,  // Self's dtype, but integral and Bool become Long (sum)
    Unset,       // a TensorOptions field left unset (torch::dtype(kHalf))
    IntCode,     // an integer constant argument mapped to dtypes (CV_32FC3)
    ModelFile,   // what the saved model file the call names holds
    TemplateArgument, // the dtype of the C++ type that is the call's first
                      // template argument (TypeMeta::Make<double>())
  } K = Unknown;
  std::optional<Dtype> FixedDtype;
  std::optional<Device> FixedDevice;
  unsigned Index = 0;
  /// IntCode: the argument is the one whose parameter has this name; its
  /// value, masked, is looked up in Codes. A negative value means Self when
  /// NegativeIsSelf; a value not listed means unknown.
  std::string Param;
  int64_t Mask = -1;
  bool NegativeIsSelf = false;
  llvm::SmallVector<std::pair<int64_t, Dtype>, 8> Codes;
};

/// Where the rank (zero-dimensional or not) of a call's result comes from.
struct RankSource {
  enum Kind : unsigned char {
    Unknown,  // not modeled
    Fixed,    // always zero-dimensional, or always with dimensions
    Self,     // the object of a method, the first argument of a function
    Argument, // the tensor argument at Index
    Promote,  // with dimensions if any tensor operand has them
    Data,     // torch::tensor's data: a list has dimensions, a number none
    Sizes,    // the sizes argument (of the parameter named Param): `{}` is
              // zero-dimensional, a list of one or more sizes is not
  } K = Unknown;
  Rank FixedRank = Rank::Dims;
  unsigned Index = 0;
  std::string Param;
};

/// An argument position: the object of a method (the first argument of a
/// function), or the argument at Index; for `writes`, also the argument
/// whose parameter is named Param (OpenCV's `dst`, wherever an overload
/// puts it).
struct Operand {
  bool IsSelf = true;
  unsigned Index = 0;
  std::string Param;
};

/// How operands of one call must agree on their device.
enum class DevicePolicy : unsigned char {
  None,           // not checked
  Strict,         // every tensor operand on one device (matmul)
  CpuScalarOk,    // the same, but a CPU operand may be a zero-dim tensor (add)
};

/// Argument kinds that, when present, set the result's dtype/device, applied
/// left to right: `to(kCUDA, kHalf)`, `zeros({2}, opts)`.
enum class OverrideArg : unsigned char { ScalarType, Device, Options, Tensor };

/// What a call does to the object it is called on.
enum class ReceiverEffect : unsigned char {
  Keep,     // dtype and device stay as they are (eval(), add_(), sizes())
  Convert,  // set from the overriding arguments, in place (Module::to)
  Absorb,   // joins the states of its module arguments (Sequential::push_back)
  Unknown,  // may change in ways not modeled
};

/// Which inputs of a module call must match the module's parameters.
enum class InputPolicy : unsigned char {
  Exact,    // every tensor input (nn::Linear, nn::Conv2d)
  Floating, // floating-point inputs only; integer ids and masks pass
  None,     // no requirement (nn::Embedding takes Long indices)
};
/// A function of the project that passes its argument Arg, unchanged, to a
/// module whose parameters have this state (a summary: RuleSet.h's
/// DefinedIn); a call must give it a tensor the module accepts.
struct ModuleFeed {
  unsigned Arg = 0;
  std::optional<Dtype> ParamDtype;
  std::optional<Device> ParamDevice;
  InputPolicy Inputs = InputPolicy::Exact; // which inputs must match
};

struct CallRule {
  std::string Note;            // the runtime behaviour this encodes
  /// Set in a summary of a function of the user's defined in another file
  /// (`file:line`): the rule applies only where that function's body is not
  /// in the translation unit, and findings that use it quote its note.
  std::string DefinedIn;
  /// With DefinedIn: the parameter types of the function summarized
  /// (ast/Names.h, signatureOf); the rule applies to calls of that overload.
  std::string Signature;
  /// Arguments the function passes to modules (`feeds-module`).
  llvm::SmallVector<ModuleFeed, 1> FeedsModule;
  std::string PathGlob;        // applies when the path argument names such a file
  std::optional<llvm::GlobPattern> Path; // PathGlob, compiled once
  /// The argument that names a file, for `when-path` and `model-file`.
  unsigned PathArg = 0;
  bool ReturnsState = false;   // the result is a tensor or module we track
  /// The result is a list (or a view of one) whose every tensor has the
  /// state DtypeFrom and DeviceFrom give: a module's parameters().
  bool ReturnsList = false;
  Source DtypeFrom, DeviceFrom;
  RankSource RankFrom;         // unknown unless the rule says
  llvm::SmallVector<OverrideArg, 4> Overrides;
  ReceiverEffect Receiver = ReceiverEffect::Keep;
  /// The computed state goes into this argument (an output array) or the
  /// object, not into the result: cv::cvtColor(src, dst, ...).
  std::optional<Operand> Writes;

  // What the checks look at (rules/FORMAT.md, "checked calls").
  std::optional<Operand> ReadsBuffer; // raw memory read as the result's dtype
  bool ReadsAsTemplateType = false;   // data_ptr<T>(): the tensor must be T
  bool ElementsOfSelf = false;        // a byte pointer into the object's data
  llvm::SmallVector<Operand, 3> Operands; // tensors that must agree ...
  bool AllTensorOperands = false;         // ... or every tensor operand
  bool SameDtype = false;
  DevicePolicy SameDevice = DevicePolicy::None;
  std::optional<Operand> IndexArg;    // an index tensor ...
  llvm::SmallVector<Dtype, 2> IndexDtypes; // ... of one of these dtypes
  std::string IndexName = "index tensor";  // ... as messages call it
  /// With SameDtype: the operand a fix-it converts to the others' dtype.
  std::optional<Operand> FixConverts;
  std::optional<Source::Kind> InPlaceResult; // Promote or PromoteFloat
  bool ReturnsConverted = false; // leaves the object alone: dropping the
                                 // result is a bug
  /// A boolean that holds exactly when the object's device is of this kind
  /// (`is_cuda()`: "cuda"); empty when the call tests nothing. Branches on
  /// it tell the tested tensor's device (model/StateTests.h).
  std::string TestsDeviceKind;
  bool readsModelFile() const {
    return DtypeFrom.K == Source::ModelFile || DeviceFrom.K == Source::ModelFile;
  }
  /// Changes a dtype or device: converts the object in place, or returns a
  /// converted copy of it.
  bool converts() const {
    return Receiver == ReceiverEffect::Convert || ReturnsConverted;
  }
  bool isChecked() const {
    return ReadsBuffer || ReadsAsTemplateType || !Operands.empty() ||
           AllTensorOperands || IndexArg || InPlaceResult;
  }
};


/// A module class: its parameters' default state and how it is called.
/// Missing fields are taken from the nearest listed base class.
struct ModuleRule {
  std::string Class;
  std::string Note;
  std::optional<Source> DefaultDtype, DefaultDevice;
  std::optional<std::vector<std::string>> EntryPoints;
  std::optional<InputPolicy> InputDtype, InputDevice;
  /// The dtypes its inputs must have whatever its parameters' (the indices
  /// of an Embedding).
  std::optional<llvm::SmallVector<Dtype, 2>> InputDtypes;
  /// True: tensors the module returns have its parameters' dtype and device.
  std::optional<bool> OutputsFollowParameters;
  /// True: built from the modules it is given (a Sequential): its
  /// parameters are theirs, and its input goes to the first of them.
  std::optional<bool> Submodules;
  /// False: the module holds no parameters or buffers (an activation, a
  /// pooling, a dropout): it adds nothing to a Sequential's state.
  std::optional<bool> HoldsParameters;
};

/// What a C++ class or enum is for the analysis (the `types` section).
enum class TypeRole : unsigned char {
  Tensor,         // at::Tensor and its base
  TensorOptions,  // c10::TensorOptions
  ScalarType,     // c10::ScalarType, caffe2::TypeMeta
  Device,         // c10::Device, c10::DeviceType
  IValue,         // c10::IValue: holds a tensor, a list, a tuple, ...
  Module,         // torch::jit::Module and classes derived from it
  NnModule,       // torch::nn::Module: to(), called from anywhere, converts
                  // the submodules its members hold
  ModuleHolder,   // torch::nn::ModuleHolder<Impl>: a handle to an Impl
  SmartPointer,   // std::shared_ptr<T>, std::unique_ptr<T>
  Optional,       // an optional of a dtype or device has its kind
  Nullopt,        // the empty optional's tag
  List,           // a container that owns its elements: std::vector
  SharedList,     // a list whose copies share their elements: c10::List
  ListView,       // a view of elements a list owns: c10::ArrayRef
  ListElementReference, // a shared list's proxy for one element
  Tuple,          // std::tuple, std::pair: one state per element
  OutputTuple,    // a module's output tuple and its elements
  OutputTuplePointer, // the intrusive pointer to an output tuple
  Mat,            // cv::Mat: its depth is a dtype, its device the CPU
  Text,           // std::string: a device can be parsed from it
  Scalar,         // c10::Scalar: a number operand of arithmetic
  TensorData,     // the data of torch::tensor({...}): its numbers' type
  ConstructionTag,// std::allocator_arg_t: a tag, not a tuple element
};

/// What a function of the libraries does to values (the `functions`
/// section).
enum class FunctionRole : unsigned char {
  PassThrough, // std::move, std::forward: the value of their argument
  MakeObject,  // std::make_shared<T>: a new T
  MakeTuple,   // std::make_tuple, std::make_pair: a tuple of the arguments
  TupleGet,    // std::get<I>: element I of a tuple
  RegisterModule, // nn::Module::register_module: a submodule to(), called on
                  // the module, converts
};

/// What a method of a container or handle does, by name (the `methods`
/// section); a name may have several roles, told apart by the type of the
/// object it is called on.
enum MethodRole : unsigned {
  ElementRead = 1 << 0,  // at, front, back, get: one element
  Iterator = 1 << 1,     // begin, end, data: iterators or pointers into it
  RangeBegin = 1 << 2,   // begin, cbegin: the start of a range
  RangeEnd = 1 << 3,     // end, cend: the end of a range
  Append = 1 << 4,       // push_back, emplace_back, append(x)
  Insert = 1 << 5,       // insert(pos, x), set(i, x)
  Clear = 1 << 6,        // clear(): empty again
  Remove = 1 << 7,       // pop_back, erase: fewer elements
  Query = 1 << 8,        // size, empty: reads only
  Storage = 1 << 9,      // reserve, shrink_to_fit: memory, not elements
  Copy = 1 << 10,        // vec, copy: the elements in a new container
  Pointee = 1 << 11,     // get, ptr on a handle: the object behind it
  HandleQuery = 1 << 12, // is_empty on a handle: reads the handle only
};

/// The library vocabulary: which C++ entities the analysis treats how.
/// Layered like the rules: later files add to it.
struct VocabularyData {
  llvm::StringMap<TypeRole> Types;    // qualified class or enum name
  /// Element types of buffers beyond C++'s arithmetic types:
  /// "c10::Half" -> Half, "c10::complex<float>" -> ComplexFloat.
  llvm::StringMap<Dtype> Elements;
  llvm::StringMap<FunctionRole> Functions; // qualified function name
  llvm::StringMap<unsigned> Methods;       // method name -> MethodRoles
  /// Top-level namespaces whose code is the libraries', not the user's.
  llvm::StringSet<> LibraryNamespaces;
  /// How fix-its spell values: "torch::k{}" with the dtype's name,
  /// `torch::Device("{}")` with a device, and kinds written as constants.
  std::string DtypeSpelling, DeviceSpelling;
  llvm::StringMap<std::string> DeviceKindSpellings;
};

class RuleSet {
public:
  /// Adds the rule for a name, replacing one with the same path glob;
  /// later files win.
  void addCall(llvm::StringRef QualifiedName, const CallRule &R);
  void addModule(const ModuleRule &R);

  /// Every rule for the name, in the order added.
  llvm::ArrayRef<CallRule> findCalls(llvm::StringRef QualifiedName) const;
  const ModuleRule *findModule(llvm::StringRef QualifiedClass) const;

  const VocabularyData &vocabulary() const { return Words; }
  VocabularyData &vocabulary() { return Words; }

private:
  VocabularyData Words;
  llvm::StringMap<llvm::SmallVector<CallRule, 1>> Calls;
  llvm::StringMap<ModuleRule> Modules;
};

} // namespace torch_tidy

#endif
