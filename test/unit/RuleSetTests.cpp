//===- RuleSetTests.cpp - Rule files, their layering and lookup -----------===//
#include "rules/RuleLoader.h"
#include "rules/RuleRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace torch_tidy;

namespace {

llvm::Expected<std::pair<std::string, std::string>>
noIncludes(llvm::StringRef, llvm::StringRef Name) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "no file " + Name);
}

/// Loads Text as the file "test.yaml" into Into; the error text or "".
std::string load(llvm::StringRef Text, RuleSet &Into) {
  if (llvm::Error E = loadRuleFile("test.yaml", Text, Into, noIncludes))
    return llvm::toString(std::move(E));
  return "";
}

const char *const LoadImage = R"(calls:
  - names: [vision::load_image]
    note: decoded pixels
    dtype: Byte
    device: cpu
)";

TEST(RuleSetTest, ACallRuleGivesItsResult) {
  RuleSet Rules;
  ASSERT_EQ(load(LoadImage, Rules), "");
  llvm::ArrayRef<CallRule> Found = Rules.findCalls("vision::load_image");
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_TRUE(Found[0].ReturnsState);
  EXPECT_EQ(Found[0].DtypeFrom.K, Source::Fixed);
  EXPECT_EQ(*Found[0].DtypeFrom.FixedDtype, Dtype::Byte);
  EXPECT_TRUE(Rules.findCalls("vision::other").empty());
}

TEST(RuleSetTest, ALaterRuleForTheSameNameAndPathReplacesTheEarlier) {
  RuleSet Rules;
  ASSERT_EQ(load(LoadImage, Rules), "");
  ASSERT_EQ(load(R"(calls:
  - names: [vision::load_image]
    note: decoded as floats
    dtype: Float
    device: cpu
  - names: [vision::load_image]
    when-path: "*.exr"
    path-arg: arg0
    note: HDR images are Half
    dtype: Half
    device: cpu
)",
                 Rules),
            "");
  llvm::ArrayRef<CallRule> Found = Rules.findCalls("vision::load_image");
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(*Found[0].DtypeFrom.FixedDtype, Dtype::Float);
  EXPECT_EQ(Found[1].PathGlob, "*.exr");
  EXPECT_TRUE(Found[1].Path->match("sky.exr"));
}

TEST(RuleSetTest, OutputsByNameAndRequiredDtypesSayWhatTheyAre) {
  RuleSet Rules;
  ASSERT_EQ(load(R"(calls:
  - names: [imaging::blur]
    note: blur writes dst with the depth of src
    dtype: self
    device: cpu
    writes: {param: dst}
  - names: [imaging::keep]
    note: keep takes a Bool mask
    dtype: arg0
    device: arg0
    index-arg: arg1
    index-dtypes: [Bool]
    index-name: mask
  - names: [imaging::loss]
    note: loss needs a target of the input's dtype
    dtype: arg0
    device: arg0
    operands: [arg0, arg1]
    same-dtype: true
    fix-converts: arg1
)",
                 Rules),
            "");
  const CallRule &Blur = Rules.findCalls("imaging::blur").front();
  ASSERT_TRUE(Blur.Writes.has_value());
  EXPECT_FALSE(Blur.Writes->IsSelf);
  EXPECT_EQ(Blur.Writes->Param, "dst");
  const CallRule &Keep = Rules.findCalls("imaging::keep").front();
  EXPECT_EQ(Keep.IndexName, "mask");
  EXPECT_EQ(Rules.findCalls("imaging::loss").front().FixConverts->Index, 1u);
  // Without index-name, messages call the argument an index tensor.
  ASSERT_EQ(load(R"(calls:
  - names: [imaging::pick]
    note: pick takes Long indices
    dtype: self
    device: self
    index-arg: arg0
    index-dtypes: [Long]
)",
                 Rules),
            "");
  EXPECT_EQ(Rules.findCalls("imaging::pick").front().IndexName, "index tensor");
}

TEST(RuleSetTest, VocabularyAddsUp) {
  RuleSet Rules;
  ASSERT_EQ(load(R"(library-namespaces: [mylib]
types:
  tensor: [mylib::Tensor]
functions:
  pass-through: [mylib::forward]
methods:
  append: [add]
)",
                 Rules),
            "");
  ASSERT_EQ(load("types:\n  tensor: [other::Tensor]\nmethods:\n  query: [add]\n",
                 Rules),
            "");
  const VocabularyData &V = Rules.vocabulary();
  EXPECT_EQ(V.Types.lookup("mylib::Tensor"), TypeRole::Tensor);
  EXPECT_EQ(V.Types.lookup("other::Tensor"), TypeRole::Tensor);
  EXPECT_TRUE(V.LibraryNamespaces.contains("mylib"));
  EXPECT_EQ(V.Functions.lookup("mylib::forward"), FunctionRole::PassThrough);
  EXPECT_EQ(V.Methods.lookup("add"), unsigned(Append | Query));
}

TEST(RuleSetTest, ErrorsNameTheFileLineAndColumnAndWhatWasExpected) {
  RuleSet Rules;
  EXPECT_EQ(load("types:\n  tensr: [a::B]\n", Rules),
            "test.yaml:2:3: unknown type role 'tensr'; expected tensor, "
            "tensor-options, scalar-type, device, ivalue, module, nn-module, "
            "module-holder, smart-pointer, optional, nullopt, list, "
            "shared-list, list-view, list-element-reference, tuple, "
            "output-tuple, output-tuple-pointer, mat, text, scalar, "
            "tensor-data or construction-tag");
  EXPECT_EQ(load("types:\n  tensor: [a::B]\n  list: [a::B]\n", Rules),
            "test.yaml:3:10: 'a::B' already has a rule in this file (line 2)");
  EXPECT_EQ(load("calls:\n  - names: [f]\n    note: n\n    receiver: sometimes\n",
                 Rules),
            "test.yaml:4:15: unknown receiver effect 'sometimes'; expected "
            "keep, convert, absorb or unknown");
  EXPECT_EQ(load("spellings:\n  dtype: torch::kFloat\n", Rules),
            "test.yaml:2:10: expected a spelling with one '{}' where the value "
            "goes");
  EXPECT_EQ(load("calls: {}\n", Rules),
            "test.yaml:1:8: expected 'calls' as a list of call rules");
}

TEST(RuleRegistryTest, BuiltInRulesLoadAndUserFilesLayerOnTop) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("rules", "yaml", Path));
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << "calls:\n  - names: [at::Tensor::cpu]\n    note: replaced\n"
          "    dtype: Double\n    device: cpu\n";
  }
  auto Builtin = loadRules("");
  ASSERT_TRUE(bool(Builtin)) << llvm::toString(Builtin.takeError());
  const RuleSet &B = **Builtin;
  EXPECT_EQ(B.vocabulary().Types.lookup("at::Tensor"), TypeRole::Tensor);
  EXPECT_EQ(B.vocabulary().Types.lookup("cv::Mat"), TypeRole::Mat);
  EXPECT_EQ(B.vocabulary().Types.lookup("std::vector"), TypeRole::List);
  ASSERT_EQ(B.findCalls("at::Tensor::cpu").size(), 1u);
  EXPECT_EQ(B.findCalls("at::Tensor::cpu")[0].DtypeFrom.K, Source::Self);
  auto Layered = loadRules(Path.str());
  ASSERT_TRUE(bool(Layered)) << llvm::toString(Layered.takeError());
  ASSERT_EQ((*Layered)->findCalls("at::Tensor::cpu").size(), 1u);
  EXPECT_EQ(*(*Layered)->findCalls("at::Tensor::cpu")[0].DtypeFrom.FixedDtype,
            Dtype::Double);
  // The built-in set is shared and unchanged.
  EXPECT_EQ(B.findCalls("at::Tensor::cpu")[0].DtypeFrom.K, Source::Self);
  llvm::sys::fs::remove(Path);
}

} // namespace
