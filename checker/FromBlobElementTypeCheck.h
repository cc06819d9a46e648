//===- FromBlobElementTypeCheck.h - torch-from-blob-element-type -*- C++ -*-===//
#ifndef TORCH_TIDY_FROMBLOBELEMENTTYPECHECK_H
#define TORCH_TIDY_FROMBLOBELEMENTTYPECHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// A `from_blob` call reads a buffer whose element type is known as a different
/// dtype: the tensor holds garbage.
/// Docs: checker/docs/torch-from-blob-element-type.md
class FromBlobElementTypeCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionResult &Result,
                     clang::ASTContext &Ctx) override;
};

} // namespace torch_tidy

#endif
