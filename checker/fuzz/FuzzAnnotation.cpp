//===- FuzzAnnotation.cpp - libFuzzer target for annotation text ----------===//
//
// The text of `[[clang::annotate("torch-tidy:...")]]` comes from users:
// whatever it holds, parseAnnotationText reads it, and every offset it
// reports lies within the text (model/Annotations.cpp maps offsets to
// source locations byte by byte).
//
//===----------------------------------------------------------------------===//
#include "model/AnnotationText.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"
#include <cstddef>
#include <cstdint>

using torch_tidy::AnnotationText;

static void inText(size_t Offset, size_t Size, const char *What) {
  if (Offset > Size)
    llvm::report_fatal_error(llvm::Twine(What) + " offset " +
                             llvm::Twine(Offset) + " past the text's " +
                             llvm::Twine(Size) + " bytes");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // Half the inputs get the prefix, so the fuzzer need not find it first.
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  if (Size && Data[0] & 1)
    Text = torch_tidy::AnnotationPrefix.str() + Text.substr(1);
  std::optional<AnnotationText> A = torch_tidy::parseAnnotationText(Text);
  if (!A)
    return 0;
  if (A->DType)
    inText(A->DType->Entry, Text.size(), "dtype entry");
  if (A->Dev)
    inText(A->Dev->Entry, Text.size(), "device entry");
  for (const AnnotationText::Problem &P : A->Problems) {
    inText(P.Offset, Text.size(), "problem");
    if (P.Message.empty())
      llvm::report_fatal_error("a problem without a message");
  }
  return 0;
}
