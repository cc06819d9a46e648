//===- RuleSet.h - What the LibTorch API does to dtype and device -*- C++ -*-===//
//
// Plain data loaded from rules/*.yaml (see rules/FORMAT.md). The engine knows
// C++; these rules know LibTorch.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_RULES_RULESET_H
#define TORCH_TIDY_RULES_RULESET_H

#include "analysis/Facts.h"
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

/// An argument position: the object of a method (the first argument of a
/// function), or the argument at Index.
struct Operand {
  bool IsSelf = true;
  unsigned Index = 0;
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
  Unknown,  // may change in ways not modeled
};

struct CallRule {
  std::string Note;            // the runtime behaviour this encodes
  std::string PathGlob;        // applies when the path argument names such a file
  std::optional<llvm::GlobPattern> Path; // PathGlob, compiled once
  /// The argument that names a file, for `when-path` and `model-file`.
  unsigned PathArg = 0;
  bool ReturnsState = false;   // the result is a tensor or module we track
  Source DtypeFrom, DeviceFrom;
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
  std::optional<Source::Kind> InPlaceResult; // Promote or PromoteFloat
  bool ReturnsConverted = false; // leaves the object alone: dropping the
                                 // result is a bug
  bool readsModelFile() const {
    return DtypeFrom.K == Source::ModelFile || DeviceFrom.K == Source::ModelFile;
  }
  bool isChecked() const {
    return ReadsBuffer || ReadsAsTemplateType || !Operands.empty() ||
           AllTensorOperands || IndexArg || InPlaceResult;
  }
};

/// Which inputs of a module call must match the module's parameters.
enum class InputPolicy : unsigned char {
  Exact,    // every tensor input (nn::Linear, nn::Conv2d)
  Floating, // floating-point inputs only; integer ids and masks pass
  None,     // no requirement (nn::Embedding takes Long indices)
};

/// A module class: its parameters' default state and how it is called.
/// Missing fields are taken from the nearest listed base class.
struct ModuleRule {
  std::string Class;
  std::string Note;
  std::optional<Source> DefaultDtype, DefaultDevice;
  std::optional<std::vector<std::string>> EntryPoints;
  std::optional<InputPolicy> InputDtype, InputDevice;
  /// True: tensors the module returns have its parameters' dtype and device.
  std::optional<bool> OutputsFollowParameters;
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

private:
  llvm::StringMap<llvm::SmallVector<CallRule, 1>> Calls;
  llvm::StringMap<ModuleRule> Modules;
};

} // namespace torch_tidy

#endif
