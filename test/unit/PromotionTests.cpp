//===- PromotionTests.cpp - LibTorch's result type ------------------------===//
//
// What resultType decides from the operands' dtypes alone, without knowing
// which are zero-dimensional: test/oracle/promotion.cpp proves the same
// combinations against libtorch.
//
//===----------------------------------------------------------------------===//
#include "model/Promotion.h"
#include "gtest/gtest.h"

using namespace torch_tidy;

namespace {

std::optional<Dtype> of(std::initializer_list<Dtype> Tensors,
                        std::optional<DtypeCategory> Numbers = std::nullopt,
                        bool TrueDivision = false) {
  return resultType(llvm::ArrayRef<Dtype>(Tensors.begin(), Tensors.size()),
                    Numbers, TrueDivision);
}

TEST(ResultTypeTest, AHigherCategoryWins) {
  EXPECT_EQ(of({Dtype::Long, Dtype::Float}), Dtype::Float);
  EXPECT_EQ(of({Dtype::Byte, Dtype::Half}), Dtype::Half);
  EXPECT_EQ(of({Dtype::Bool, Dtype::Int}), Dtype::Int);
}

TEST(ResultTypeTest, OneDtypeKeepsIt) {
  EXPECT_EQ(of({Dtype::Half, Dtype::Half}), Dtype::Half);
  EXPECT_EQ(of({Dtype::Double}), Dtype::Double);
}

TEST(ResultTypeTest, DtypesOfOneCategoryDependOnRanksNotTracked) {
  // A zero-dim Double next to a Float tensor gives Float; two Float and
  // Double tensors with dimensions give Double.
  EXPECT_EQ(of({Dtype::Float, Dtype::Double}), std::nullopt);
  EXPECT_EQ(of({Dtype::Int, Dtype::Long}), std::nullopt);
}

TEST(ResultTypeTest, NumbersOnlyLiftTheCategory) {
  EXPECT_EQ(of({Dtype::Long}, DtypeCategory::Floating), Dtype::Float);
  EXPECT_EQ(of({Dtype::Half}, DtypeCategory::Floating), Dtype::Half);
  EXPECT_EQ(of({Dtype::Byte}, DtypeCategory::Integral), Dtype::Byte);
  EXPECT_EQ(of({Dtype::Bool}, DtypeCategory::Integral), Dtype::Long);
  // Which of two integer dtypes wins does not matter once a float lifts.
  EXPECT_EQ(of({Dtype::Int, Dtype::Long}, DtypeCategory::Floating),
            Dtype::Float);
}

TEST(ResultTypeTest, TrueDivisionOfIntegersIsFloat) {
  EXPECT_EQ(of({Dtype::Byte}, DtypeCategory::Integral, true), Dtype::Float);
  EXPECT_EQ(of({Dtype::Int, Dtype::Long}, std::nullopt, true), Dtype::Float);
  EXPECT_EQ(of({Dtype::Half}, DtypeCategory::Integral, true), Dtype::Half);
}

TEST(ResultTypeTest, NoTensorDecidesNothing) {
  EXPECT_EQ(of({}, DtypeCategory::Floating), std::nullopt);
}

} // namespace
