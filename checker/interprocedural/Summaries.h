//===- Summaries.h - What calls to the user's functions return --*- C++ -*-===//
//
// Follows values through calls within the translation unit: a call that no
// rule covers, to a function whose body is visible, gets the join of the
// callee's `return` statements, analyzed with its by-value and
// const-reference parameters seeded from the arguments at the call (and a
// method's members from their class's states). Summaries are cached per
// (callee, argument states); recursion and calls nested deeper than
// limits::SummaryDepth give unknown.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_SUMMARIES_H
#define TORCH_TIDY_INTERPROCEDURAL_SUMMARIES_H

#include "interprocedural/PathParameters.h"
#include "model/Evaluator.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace torch_tidy {

class Members;

/// A parameter a summary takes from the argument: a tracked value, not an
/// IValue list, by value or by const reference (what the caller passes is
/// what the function sees).
bool takenFromArgument(const clang::ParmVarDecl *PD, const Vocabulary &Words);

class Summaries {
public:
  Summaries(const ModelContext &M, Members &Mem)
      : M(M), Mem(Mem), Paths(M) {}

  /// The definition a call would be summarized from: a visible body outside
  /// the libraries, not a template pattern, not a virtual call that could
  /// dispatch elsewhere. Null when there is none.
  const clang::FunctionDecl *summarizable(const CallParts &P) const;

  /// The value the call P returns, its arguments evaluated by Caller in S;
  /// unknown of kind K when the callee cannot be summarized. A method
  /// called on a followed object (Objects.h) starts from the object's
  /// states before the call.
  Value returnOf(const CallParts &P, ValueKind K, Evaluator &Caller,
                 const Env &S);

  /// The members Def (a constructor, or a method called on a followed
  /// object) leaves at its normal exits, called as P with the object's
  /// members as Object says (null: as its class says); none when Def's body
  /// is not analyzed, or the call is recursive or nested too deeply.
  std::optional<Env> exitsOf(const clang::FunctionDecl *Def, const CallParts &P,
                             const Value *Object, Evaluator &Caller,
                             const Env &S);

  /// The model files the call P names for Def's parameters
  /// (PathParameters.h).
  PathArguments pathArguments(const CallParts &P, const clang::FunctionDecl *Def) {
    return Paths.at(P, Def);
  }

private:
  struct Frame {
    const clang::FunctionDecl *Fn;
    unsigned Height = 0;   // calls nested below this one
    bool Truncated = false; // some call below hit the depth limit
    bool Cut = false;       // some call below was recursive: do not cache
  };
  struct Cached {
    Value Returned;
    unsigned Height;
    bool Truncated;
    unsigned Remaining; // the depth it was computed with, if Truncated
  };
  /// The seeded entry of a call of Def and the key it is cached under.
  struct Seeded {
    Env Entry;
    std::string Key;
    llvm::SmallVector<std::optional<Value>, 4> Given; // per parameter
    PathArguments Files; // the model files the call names
  };
  Seeded seed(const clang::FunctionDecl *Def, const CallParts &P,
              const Value *Object, Evaluator &Caller, const Env &S);
  /// True when Def is already being summarized: recursion.
  bool recursive(const clang::FunctionDecl *Def);
  Value finish(Value V, const clang::FunctionDecl *Def, const Seeded &Seed,
               unsigned Height, bool Truncated);

  const ModelContext &M;
  Members &Mem;
  PathParameters Paths;
  std::vector<Frame> Stack;
  llvm::StringMap<std::vector<Cached>> Cache;
  /// exitsOf, by the seed's key, when no call below was cut or truncated.
  llvm::StringMap<std::optional<Env>> ExitCache;
};

} // namespace torch_tidy

#endif
