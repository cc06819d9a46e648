//===- SummaryExport.h - A file's summaries, written for the runner -*- C++ -*-===//
//
// With the `TorchExportSummaries` option set to a path, torch-tidy writes
// there, as JSON, what the main file's externally visible functions return
// (interprocedural/Exports.h) and which functions of the user's it calls
// without their bodies. run-torch-tidy merges these files into a rule file
// (checker/docs/run-torch-tidy.md, "Across files") and checks again the
// files that call what another file summarizes.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SUMMARYEXPORT_H
#define TORCH_TIDY_SUMMARYEXPORT_H

#include "interprocedural/AnalysisCache.h"
#include "llvm/Support/Error.h"

namespace torch_tidy {

llvm::Error writeSummaries(llvm::StringRef Path, clang::ASTContext &Ctx,
                           const AnalysisSetup &Setup);

} // namespace torch_tidy

#endif
