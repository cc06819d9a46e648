//===- Evaluator.h - The abstract value of an expression --------*- C++ -*-===//
//
// Expressions are evaluated, not stored: the state of
// `x.to(kCUDA).to(kHalf).contiguous()` is computed from its leaves (variables,
// constants, calls) and the rules.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_EVALUATOR_H
#define TORCH_TIDY_ANALYSIS_EVALUATOR_H

#include "analysis/ModelFiles.h"
#include "analysis/ModuleModel.h"
#include "analysis/State.h"
#include "rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

namespace torch_tidy {

class Members;
class Summaries;

/// A call split into the object it acts on and its arguments, aligned with
/// the parameters of the callee.
struct CallParts {
  const clang::FunctionDecl *Callee = nullptr;
  const clang::Expr *Receiver = nullptr; // null for free functions
  llvm::SmallVector<const clang::Expr *, 6> Args;
  llvm::SmallVector<clang::QualType, 6> Params;

  /// What rules call `self`: the object of a method, the first argument of
  /// a free function; null when there is neither.
  const clang::Expr *self() const {
    return Receiver ? Receiver : Args.empty() ? nullptr : Args[0];
  }
};
std::optional<CallParts> splitCall(const clang::Expr *E);

/// Looks through parentheses, implicit conversions, temporaries and copies.
const clang::Expr *strip(const clang::Expr *E);
/// The variable an expression names, or the member of `this` it names
/// (`module_`, `this->module_`), looking through smart-pointer and holder
/// `->`, `*` and `get()`; null if it names neither.
const clang::ValueDecl *namedDecl(const clang::Expr *E);
/// The variable or member of `this` whose value E copies or moves:
/// namedDecl(E), also through std::move and std::forward; null otherwise.
const clang::ValueDecl *sourceDecl(const clang::Expr *E);
/// For a local const reference bound to a variable (`const auto &t = x;`):
/// that variable, whose current state the reference reads. Null otherwise.
const clang::VarDecl *aliasedVar(const clang::VarDecl *Ref);
/// True for a local const reference bound to a temporary
/// (`const torch::Tensor &t = make();`): it holds the temporary's value.
bool bindsTemporary(const clang::VarDecl *Ref);

/// What a `model-file` rule learned at one call: the state the file gives
/// (its origin is the call) and, for the verbose remark, why.
struct ModelFileLoad {
  const clang::Expr *Call = nullptr;
  Facts State;
  std::string Explanation;
};

class Evaluator {
public:
  Evaluator(clang::ASTContext &Ctx, const RuleSet &Rules, ModuleModel &Modules,
            const ModelFiles &Files, const clang::FunctionDecl *Fn)
      : Ctx(Ctx), Rules(Rules), Modules(Modules), Files(Files), Fn(Fn) {}

  Value eval(const clang::Expr *E, const Env &S);
  Value lookup(const clang::ValueDecl *VD, const Env &S);
  /// The rule for a call: the last one whose path glob matches the file
  /// its path argument names, else the last one without a glob.
  const CallRule *ruleFor(const CallParts &P);

  /// A local of the function under analysis (not a parameter).
  bool isLocal(const clang::ValueDecl *VD) const;
  /// Variables whose state other names can change behind our back.
  llvm::DenseSet<const clang::ValueDecl *> Escaped;
  /// Where calls to the user's own functions get their values; null: they
  /// return unknown.
  Summaries *Sums = nullptr;
  /// What members of classes hold; null: every member is unknown.
  Members *Mem = nullptr;
  /// Set while computing what members hold: calls of the object's own
  /// methods return unknown instead of their summaries, which the members'
  /// states rarely need and which would be computed anew for each state.
  bool MembersOnly = false;

  clang::ASTContext &Ctx;
  const RuleSet &Rules;
  ModuleModel &Modules;
  const ModelFiles &Files;

  /// Every call a `model-file` rule was applied to, in the order first met;
  /// each file is looked up once per call.
  llvm::MapVector<const clang::Expr *, ModelFileLoad> ModelFileLoads;

  /// Base with the arguments of kinds the rule lists (`set-by`) applied
  /// left to right: `to(kCUDA, kHalf)` on a module or tensor.
  Facts applyOverrides(const CallRule &R, const CallParts &P, Facts Base,
                       const clang::Expr *E, const Env &S);

  /// The state a call's rule gives its result.
  Facts applyRule(const CallRule &R, const CallParts &P, const clang::Expr *E,
                  const Env &S);

  /// The dtype of the elements a raw buffer holds: from its C++ type, or
  /// from the tracked object a byte pointer points into (`img.data`).
  Fact<Dtype> bufferElements(const clang::Expr *Buffer, const Env &S);

  /// LibTorch's result_type over a call's tensor and number operands.
  Fact<Dtype> promote(const CallParts &P, bool TrueDivision,
                      const clang::Expr *E, const Env &S);

  /// The parameter state a module gets when it is constructed at Where.
  Facts moduleDefaults(const clang::CXXRecordDecl *RD,
                       const clang::Expr *Where);

  /// What a `torch-tidy:` annotation on D states (Annotations.h), read
  /// once per declaration.
  std::optional<Facts> annotation(const clang::Decl *D);

private:
  Value construct(const clang::CXXConstructExpr *CE, ValueKind K,
                  const Env &S);
  Value call(const clang::Expr *E, ValueKind K, const Env &S);
  Value callByCode(const CallParts &P, const clang::Expr *E, ValueKind K,
                   const Env &S);
  Value listFromInit(const clang::Expr *Init, const Env &S);
  std::optional<Value> constant(const clang::Expr *E, ValueKind K);
  std::optional<Value> moduleOutput(const CallParts &P, ValueKind K,
                                    const clang::Expr *E, const Env &S);
  Fact<Dtype> fromIntCode(const Source &Src, const CallParts &P,
                          const clang::Expr *E, const Env &S);
  Fact<Device> commonDevice(const CallParts &P, const clang::Expr *E,
                            const Env &S);
  Fact<Dtype> fromScalars(const CallParts &P, const clang::Expr *E);
  const ModelFileLoad &modelFile(const CallRule &R, const CallParts &P,
                                 const clang::Expr *E);

  const clang::FunctionDecl *Fn;
  llvm::DenseMap<const clang::FunctionDecl *, llvm::ArrayRef<CallRule>>
      RuleCache;
  llvm::DenseMap<const clang::Decl *, std::optional<Facts>> Annotated;
  unsigned Depth = 0;
};

} // namespace torch_tidy

#endif
