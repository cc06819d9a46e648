//===- Exports.h - What a file's functions offer other files ----*- C++ -*-===//
//
// Another file calls `preprocess(img)` with no body in sight, so its
// result is unknown there. The file that defines it knows more: analyzed
// on its own, the function returns Float tensors on the CPU, or whatever
// dtype its first argument has. Exported as rules (run-torch-tidy writes
// them), these summaries let the other files follow the call.
//
// A summary holds only what the function's own file shows: a constant
// when every path returns it whatever the arguments are (its parameters
// unknown), a parameter when the result keeps that parameter's state on
// two runs that give it different states. Calls into other files stay
// unknown: summaries do not chain, so cycles cannot arise.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_EXPORTS_H
#define TORCH_TIDY_INTERPROCEDURAL_EXPORTS_H

#include "interprocedural/AnalysisCache.h"
#include <string>
#include <vector>

namespace torch_tidy {

/// One component of a summary: unknown, a constant ("Half", "cuda:0",
/// "dims"), or the state of the argument at Param.
struct ExportedFact {
  enum Kind : unsigned char { Unknown, Fixed, Parameter } K = Unknown;
  std::string Text; // when Fixed
  unsigned Param = 0;
};

struct ExportedFunction {
  const clang::FunctionDecl *Def;
  std::string Name; // as rules name it: "vision::Detector::infer"
  ValueKind Kind;
  ExportedFact Dtype, Device, Rank;
};

/// The functions and methods defined in the main file that other files
/// can call: external linkage; not templates or their specializations,
/// constructors, virtual methods or library code.
std::vector<const clang::FunctionDecl *>
exportableFunctions(clang::ASTContext &Ctx, const AnalysisSetup &Setup);

/// What FD returns, when it returns a tracked value of which something is
/// known.
std::optional<ExportedFunction> exportedReturn(const clang::FunctionDecl *FD,
                                               clang::ASTContext &Ctx,
                                               const AnalysisSetup &Setup);

/// The states two runs give the parameter Param, if a summary may follow
/// it (by value or const reference), the others unknown: the first run
/// Float on the CPU with dimensions, the second Double on cuda:1 without.
/// A fact that has a run's value and its origin at the parameter passed
/// through from there.
enum class SeedRun { First, Second };
Env seededEntry(const clang::FunctionDecl *FD, SeedRun Run, unsigned Param,
                clang::ASTContext &Ctx, const AnalysisSetup &Setup);
/// False when FD takes a tracked object by non-const reference or pointer:
/// another argument may be that object, so no argument is followed.
bool followsArguments(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                      const AnalysisSetup &Setup);
/// Whether FD reads a global or static variable, whose state others change.
bool readsLastingState(const clang::FunctionDecl *FD);
Facts seededFacts(SeedRun Run);
/// The parameter of FD whose seeded state F is, unchanged.
std::optional<unsigned> followedParam(const clang::FunctionDecl *FD,
                                      const Fact<Dtype> &F, SeedRun Run);
std::optional<unsigned> followedParam(const clang::FunctionDecl *FD,
                                      const Fact<Device> &F, SeedRun Run);

/// The names of the user's functions the main file's code calls without
/// their bodies in the translation unit: where another file's summary
/// would say more.
std::vector<std::string> callsElsewhere(clang::ASTContext &Ctx,
                                        const AnalysisSetup &Setup);

} // namespace torch_tidy

#endif
