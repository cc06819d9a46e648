//===- AnnotationText.h - Reads the text of a torch-tidy annotation -*- C++ -*-===//
//
// The grammar of `torch-tidy:dtype=half,device=cuda`, on the string alone:
// no AST, no source locations, positions as byte offsets into the string.
// model/Annotations.cpp maps the offsets to where the literal spells them;
// the fuzz target (checker/fuzz) feeds it arbitrary bytes.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_ANNOTATIONTEXT_H
#define TORCH_TIDY_MODEL_ANNOTATIONTEXT_H

#include "domain/Facts.h"
#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace torch_tidy {

/// Every annotation torch-tidy reads starts with this.
inline constexpr llvm::StringLiteral AnnotationPrefix = "torch-tidy:";

/// One `torch-tidy:` annotation, read. A component it states comes with the
/// byte offset of its `key=value` entry; a problem with the offset of the
/// text it is about.
struct AnnotationText {
  template <typename T> struct Stated {
    T Value;
    size_t Entry;
  };
  struct Problem {
    std::string Message;
    size_t Offset;
  };
  std::optional<Stated<Dtype>> DType;
  std::optional<Stated<Device>> Dev;
  std::vector<Problem> Problems;
};

/// Nullopt when Text is not a torch-tidy annotation (another tool's).
std::optional<AnnotationText> parseAnnotationText(llvm::StringRef Text);

} // namespace torch_tidy

#endif
