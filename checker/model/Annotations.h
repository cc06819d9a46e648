//===- Annotations.h - States the source declares -----------------*- C++ -*-===//
//
// Where code cannot show a value's dtype or device (a tensor from a function
// defined elsewhere, a model loaded from a path computed at run time), the
// user states it on the declaration:
//
//   [[clang::annotate("torch-tidy:dtype=half,device=cuda")]]
//   torch::jit::script::Module model = torch::jit::load(path);
//
// The annotation is `torch-tidy:` followed by comma-separated `key=value`
// entries, `dtype=<scalar type>` and `device=<device>`, either or both.
// Annotations that do not start with `torch-tidy:` belong to other tools and
// are ignored. Docs: checker/docs/torch-annotation.md.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_ANNOTATIONS_H
#define TORCH_TIDY_MODEL_ANNOTATIONS_H

#include "domain/Facts.h"
#include "vocabulary/Vocabulary.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>
#include <vector>

namespace torch_tidy {

/// The state the `torch-tidy:` annotations on D state, or nullopt if D has
/// none or one of them is malformed. The components they state are Known,
/// with the annotation's `key=value` entry as origin; the others are Bottom,
/// so `Code.overriddenBy(*annotatedState(D))` keeps what the code says for
/// them. Read on variables, parameters, fields and functions (for a
/// function: the state of what it returns), from every redeclaration; two
/// redeclarations that state different values for one component make the
/// annotation malformed.
std::optional<Facts> annotatedState(const clang::Decl *D);

/// annotatedState, read once per declaration.
class AnnotationCache {
public:
  const std::optional<Facts> &of(const clang::Decl *D);

private:
  llvm::DenseMap<const clang::Decl *, std::optional<Facts>> Cache;
};

/// Code's state where it is known, the annotation's where it is not: how
/// an annotation on a parameter meets a caller's argument, and one on a
/// reference the state of what it refers to.
Facts knownOrAnnotated(const Facts &Code, const Facts &Annotation);

/// What is wrong with one `torch-tidy:` annotation written on a declaration.
struct AnnotationProblem {
  std::string Message;
  clang::SourceLocation Loc; // the offending text inside the string literal
  /// For a contradiction: the earlier annotation it contradicts.
  clang::SourceLocation Earlier;
};

/// The problems of the `torch-tidy:` annotations written on D itself:
/// malformed entries, values that contradict an annotation on an earlier
/// redeclaration of D or earlier on D, and annotations on declarations whose
/// type carries nothing torch-tidy tracks. Inherited copies of an
/// annotation are left to the declaration that spells it.
std::vector<AnnotationProblem>
annotationProblems(const clang::Decl *D, const Vocabulary &Words);

} // namespace torch_tidy

#endif
