//===- ModelFiles.h - Saved model files a load call names -------*- C++ -*-===//
//
// Finds the file a `torch::jit::load("model.pt")` names and says what its
// parameters are, through the reader in checker/modelfile. A relative path is
// looked up next to the source file that holds the call, then in each
// directory of the `TorchModelPaths` option. Each file is read once per
// process (modelfile::ArchiveCache).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_MODELFILES_H
#define TORCH_TIDY_MODEL_MODELFILES_H

#include "domain/Facts.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace torch_tidy {

/// What one model file says about a module's parameters.
struct ModelFileInfo {
  std::optional<Dtype> DType;   // every floating-point parameter has it
  std::optional<Device> Dev;    // every storage is there
  /// One line for the verbose remark: the file found and what it holds, or
  /// why nothing is known.
  std::string Explanation;
  /// True when no file was found: the code does not show the model.
  bool NotFound = false;
};

/// What the `TorchAssumedModelState` option says models hold whose file
/// the code does not show (a path from the command line, a file not
/// found): a dtype, a device, or both.
struct AssumedModelState {
  std::optional<Dtype> DType;
  std::optional<Device> Dev;
  bool any() const { return DType || Dev; }
};

/// Parses the option's value, "Float cpu", "Half", "cuda:0"; an error
/// names what is wrong.
llvm::Expected<AssumedModelState> parseAssumedModelState(llvm::StringRef Text);

class ModelFiles {
public:
  /// SearchPaths: the ';'-separated directories of `TorchModelPaths`.
  ModelFiles(llvm::StringRef SearchPaths, AssumedModelState Assumed = {});

  /// The file Written names, resolved against SourceDir (the directory of
  /// the file holding the call) and then the search paths.
  ModelFileInfo lookup(llvm::StringRef Written, llvm::StringRef SourceDir) const;
  /// What models the code does not show are assumed to hold.
  const AssumedModelState &assumed() const { return Assumed; }

private:
  std::vector<std::string> SearchPaths;
  AssumedModelState Assumed;
};

/// One ModelFiles per distinct pair of option values, shared by every
/// check, so analyses can be cached by its address. Assumed is the text of
/// `TorchAssumedModelState`, already checked by parseAssumedModelState.
std::shared_ptr<const ModelFiles> modelFilesFor(llvm::StringRef SearchPaths,
                                                llvm::StringRef Assumed);

} // namespace torch_tidy

#endif
