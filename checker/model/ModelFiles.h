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
};

class ModelFiles {
public:
  /// SearchPaths: the ';'-separated directories of `TorchModelPaths`.
  explicit ModelFiles(llvm::StringRef SearchPaths);

  /// The file Written names, resolved against SourceDir (the directory of
  /// the file holding the call) and then the search paths.
  ModelFileInfo lookup(llvm::StringRef Written, llvm::StringRef SourceDir) const;

private:
  std::vector<std::string> SearchPaths;
};

/// One ModelFiles per distinct option value, shared by every check, so
/// analyses can be cached by its address.
std::shared_ptr<const ModelFiles> modelFilesFor(llvm::StringRef SearchPaths);

} // namespace torch_tidy

#endif
