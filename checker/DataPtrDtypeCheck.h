//===- DataPtrDtypeCheck.h - torch-data-ptr-dtype ---------------*- C++ -*-===//
#ifndef TORCH_TIDY_DATAPTRDTYPECHECK_H
#define TORCH_TIDY_DATAPTRDTYPECHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// Typed raw access (`data_ptr<T>()`, `accessor<T, N>()`, ...) to a tensor
/// whose dtype is known and is not T: LibTorch throws.
/// Docs: checker/docs/torch-data-ptr-dtype.md
class DataPtrDtypeCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;
};

} // namespace torch_tidy

#endif
