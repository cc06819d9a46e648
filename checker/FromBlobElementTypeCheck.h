//===- FromBlobElementTypeCheck.h - torch-from-blob-element-type -*- C++ -*-===//
#ifndef TORCH_TIDY_FROMBLOBELEMENTTYPECHECK_H
#define TORCH_TIDY_FROMBLOBELEMENTTYPECHECK_H

#include "TorchTidyCheck.h"
#include "model/Interprocedural.h"

namespace torch_tidy {

/// A `from_blob` call reads a buffer whose element type is known as a different
/// dtype, or a buffer whose elements are not numbers (containers, strings,
/// pointers): the tensor holds garbage.
/// Docs: checker/docs/torch-from-blob-element-type.md
class FromBlobElementTypeCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;

private:
  void diagnoseSetting(const ObservedCall &C, const Fact<Dtype> &Have,
                       const Fact<Dtype> &As, const Setting &S, bool Options);
  void diagnose(const ObservedCall &C, const clang::Expr *Buffer,
              const Fact<Dtype> &Have, const Fact<Dtype> &As,
              const ModelContext &M, clang::ASTContext &Ctx);
  void diagnoseNotNumbers(const ObservedCall &C, clang::QualType Elements,
                          clang::ASTContext &Ctx);
};

} // namespace torch_tidy

#endif
