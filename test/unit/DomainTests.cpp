//===- DomainTests.cpp - The lattice of dtypes, devices and values --------===//
#include "domain/Env.h"
#include "model/ModelFiles.h"
#include "clang/AST/Decl.h"
#include "gtest/gtest.h"

using namespace torch_tidy;

namespace {

clang::SourceLocation at(unsigned Offset) {
  return clang::SourceLocation::getFromRawEncoding(Offset);
}

Fact<Dtype> known(Dtype D, unsigned Where = 1) {
  return Fact<Dtype>::known(D, at(Where));
}

TEST(FactTest, BottomIsTheIdentityOfJoin) {
  Fact<Dtype> Bottom;
  EXPECT_TRUE(Bottom.join(known(Dtype::Half)).sameAs(known(Dtype::Half)));
  EXPECT_TRUE(known(Dtype::Half).join(Bottom).sameAs(known(Dtype::Half)));
  EXPECT_EQ(Bottom.join(Bottom).S, Fact<Dtype>::Bottom);
}

TEST(FactTest, EqualValuesStayKnownAndKeepTheFirstOrigin) {
  Fact<Dtype> J = known(Dtype::Float, 10).join(known(Dtype::Float, 20));
  EXPECT_TRUE(J.isKnown());
  EXPECT_EQ(J.Value, Dtype::Float);
  EXPECT_EQ(J.Origin, at(10));
}

TEST(FactTest, DifferentValuesWidenToUnknown) {
  Fact<Dtype> J = known(Dtype::Float).join(known(Dtype::Half));
  EXPECT_EQ(J.S, Fact<Dtype>::Top);
  EXPECT_FALSE(J.isKnown());
  // Unknown absorbs everything, and never becomes known again.
  EXPECT_EQ(J.join(known(Dtype::Float)).S, Fact<Dtype>::Top);
  EXPECT_EQ(known(Dtype::Float).join(J).S, Fact<Dtype>::Top);
}

TEST(FactTest, UnsetIsAPointOfItsOwn) {
  EXPECT_EQ(Fact<Dtype>::unset().join(Fact<Dtype>::unset()).S,
            Fact<Dtype>::Unset);
  EXPECT_EQ(Fact<Dtype>::unset().join(known(Dtype::Half)).S, Fact<Dtype>::Top);
}

TEST(FactsTest, OverridingReplacesKnownAndUnknownFieldsOnly) {
  Facts Base{known(Dtype::Float), Fact<Device>::known(*parseDevice("cuda"), at(2))};
  Facts HalfOnly{known(Dtype::Half, 3), Fact<Device>::unset()};
  Facts R = Base.overriddenBy(HalfOnly);
  EXPECT_EQ(R.DType.Value, Dtype::Half);
  EXPECT_EQ(R.DType.Origin, at(3));
  EXPECT_TRUE(R.Dev.isKnown());
  EXPECT_EQ(R.Dev.Value.str(), "cuda");
  Facts Unknown = Base.overriddenBy({Fact<Dtype>::top(), Fact<Device>{}});
  EXPECT_EQ(Unknown.DType.S, Fact<Dtype>::Top);
  EXPECT_TRUE(Unknown.Dev.isKnown());
}

TEST(FactsTest, ComponentsByType) {
  Facts F{known(Dtype::Long), Fact<Device>::top()};
  EXPECT_EQ(F.get<Dtype>().Value, Dtype::Long);
  EXPECT_EQ(F.get<Device>().S, Fact<Device>::Top);
}

TEST(NamesTest, DtypesAndDevicesParseAsLibTorchSpellsThem) {
  EXPECT_EQ(parseDtype("float16"), Dtype::Half);
  EXPECT_EQ(parseDtype("Half"), Dtype::Half);
  EXPECT_EQ(parseDtype("int64"), Dtype::Long);
  EXPECT_EQ(parseDtype("halff"), std::nullopt);
  EXPECT_EQ(parseDevice("cuda:1")->Index, 1);
  EXPECT_EQ(parseDevice("cpu")->Index, -1);
  EXPECT_EQ(parseDevice("cuda:x"), std::nullopt);
  EXPECT_EQ(parseDevice("gpu"), std::nullopt);
  EXPECT_EQ(parseDevice("cuda:-1"), std::nullopt);
  EXPECT_EQ(parseDevice("cuda:01"), std::nullopt);
  EXPECT_EQ(parseDevice("cuda:"), std::nullopt);
  // "cuda" is the current CUDA device: it may be cuda:1, or not.
  EXPECT_FALSE(parseDevice("cuda")->certainlyDiffers(*parseDevice("cuda:1")));
  EXPECT_TRUE(parseDevice("cuda:0")->certainlyDiffers(*parseDevice("cuda:1")));
  EXPECT_TRUE(parseDevice("cpu")->certainlyDiffers(*parseDevice("cuda")));
}

TEST(NamesTest, AssumedModelStateIsWordsSeparatedByAnySpace) {
  llvm::Expected<AssumedModelState> A = parseAssumedModelState(" Half\tcuda:0\n");
  ASSERT_TRUE(static_cast<bool>(A));
  EXPECT_EQ(A->DType, Dtype::Half);
  EXPECT_EQ(A->Dev->Index, 0);
  llvm::Expected<AssumedModelState> B = parseAssumedModelState("Float cuda:-1");
  EXPECT_FALSE(static_cast<bool>(B));
  llvm::consumeError(B.takeError());
}

Value inputs(std::initializer_list<std::pair<Dtype, const clang::Expr *>> Els) {
  Value L{ValueKind::IValueList, Facts::top(), {}, true};
  for (auto [D, Arg] : Els)
    L.Elements.push_back({Facts{known(D), Fact<Device>::top()}, Arg});
  return L;
}

const clang::Expr *arg(uintptr_t N) {
  return reinterpret_cast<const clang::Expr *>(N * 8);
}

TEST(ValueTest, ListsOfOneLengthJoinElementByElement) {
  Value J = inputs({{Dtype::Half, arg(1)}, {Dtype::Float, arg(2)}})
                .join(inputs({{Dtype::Half, arg(1)}, {Dtype::Half, arg(3)}}));
  ASSERT_TRUE(J.ListKnown);
  ASSERT_EQ(J.Elements.size(), 2u);
  EXPECT_EQ(J.Elements[0].State.DType.Value, Dtype::Half);
  EXPECT_EQ(J.Elements[0].Arg, arg(1)); // the same place on both paths
  EXPECT_EQ(J.Elements[1].State.DType.S, Fact<Dtype>::Top);
  EXPECT_EQ(J.Elements[1].Arg, nullptr); // no single place for a fix-it
}

TEST(ValueTest, IValueListsOfDifferentLengthsKeepOneJoinedElement) {
  Value J = inputs({{Dtype::Half, arg(1)}})
                .join(inputs({{Dtype::Half, arg(1)}, {Dtype::Half, arg(1)}}));
  ASSERT_TRUE(J.ListKnown);
  ASSERT_EQ(J.Elements.size(), 1u);
  EXPECT_EQ(J.Elements[0].State.DType.Value, Dtype::Half);
  EXPECT_EQ(J.Elements[0].Arg, arg(1));
  Value Mixed = inputs({{Dtype::Half, arg(1)}})
                    .join(inputs({{Dtype::Float, arg(2)}, {Dtype::Half, arg(1)}}));
  EXPECT_EQ(Mixed.Elements[0].State.DType.S, Fact<Dtype>::Top);
}

TEST(ValueTest, AnUnknownListStaysUnknown) {
  Value J = inputs({{Dtype::Half, arg(1)}})
                .join(Value::unknown(ValueKind::IValueList));
  EXPECT_FALSE(J.ListKnown);
  EXPECT_TRUE(J.Elements.empty());
}

// Declarations to key an Env by: only their addresses matter.
const clang::ValueDecl *decl(uintptr_t N) {
  return reinterpret_cast<const clang::ValueDecl *>(N * 16);
}

Env reached(std::initializer_list<std::pair<uintptr_t, Dtype>> Vars) {
  Env E;
  E.Reached = true;
  for (auto [N, D] : Vars)
    E.at(decl(N)) = Value::of(ValueKind::Tensor, {known(D), Fact<Device>::top()});
  return E;
}

TEST(EnvTest, JoiningAnUnreachedStateChangesNothing) {
  Env A = reached({{1, Dtype::Half}});
  Env B = A;
  B.joinWith(Env{}, [](const clang::ValueDecl *) { return false; });
  EXPECT_TRUE(B.sameAs(A));
  Env C;
  C.joinWith(A, [](const clang::ValueDecl *) { return false; });
  EXPECT_TRUE(C.sameAs(A));
}

TEST(EnvTest, AVariableMissingOnOnePathIsBottomForLocalsAndUnknownOtherwise) {
  Env Local = reached({{1, Dtype::Half}});
  Local.joinWith(reached({}), [](const clang::ValueDecl *) { return true; });
  EXPECT_EQ(Local.find(decl(1))->State.DType.Value, Dtype::Half);
  Env Outside = reached({{1, Dtype::Half}});
  Outside.joinWith(reached({}), [](const clang::ValueDecl *) { return false; });
  EXPECT_EQ(Outside.find(decl(1))->State.DType.S, Fact<Dtype>::Top);
}

TEST(EnvTest, JoinIsPerVariable) {
  Env E = reached({{1, Dtype::Half}, {2, Dtype::Float}});
  E.joinWith(reached({{1, Dtype::Half}, {2, Dtype::Double}}),
             [](const clang::ValueDecl *) { return true; });
  EXPECT_EQ(E.find(decl(1))->State.DType.Value, Dtype::Half);
  EXPECT_EQ(E.find(decl(2))->State.DType.S, Fact<Dtype>::Top);
  E.erase(decl(1));
  EXPECT_EQ(E.find(decl(1)), nullptr);
}

} // namespace
