// RUN: %oracle_bin/from_blob_element_type
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves what torch::from_blob does with the element type of the buffer it
// is given: nothing. It reads the raw memory as the dtype of its options,
// Float when no dtype is given, whatever the pointer's C++ type.
//  - A uint8_t buffer {0, 128, 255, 7, ...} read without a dtype is a Float
//    tensor whose elements are the buffer's bytes reinterpreted four at a time
//    (bit-for-bit what memcpy into a float gives), not 0, 128, 255, 7; the
//    same element count then covers four times the bytes. Read as kByte it
//    gives the exact values, and .to(torch::kFloat) after that gives
//    0., 128., 255., 7.
//  - The same holds for int32_t (std::vector::data()) vs kInt, double vs an
//    explicit kFloat (and vs no dtype), int64_t vs kLong, c10::Half vs kHalf,
//    bool vs kBool, int16_t vs kShort, int8_t vs kChar, std::array<uint8_t>
//    vs kByte, and std::unique_ptr<float[]> read as kDouble vs Float (the
//    default, right there). The strides overload, the deleter overload and a
//    TensorOptions variable behave the same way.
//  - `long` is 8 bytes here (LP64) and is the same type as int64_t, so a
//    `long` buffer is read right by kLong.
// Every wrong read below stays inside its buffer: the buffers are made large
// enough for the wider element type.
#include "oracle.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

// The float whose bits are the four bytes at p.
static float floatBitsAt(const void *p) {
  float f;
  std::memcpy(&f, p, sizeof f);
  return f;
}

ORACLE_TEST(uint8_buffer) {
  std::vector<uint8_t> buf(16, 0);
  buf[0] = 0;
  buf[1] = 128;
  buf[2] = 255;
  buf[3] = 7;
  auto wrong = torch::from_blob(buf.data(), {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(buf.data(), {4}, torch::kByte);
  auto right = torch::from_blob(buf.data(), {4}, torch::kByte);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kByte);
  EXPECT_TRUE(wrong.numel() == 4 && right.numel() == 4);
  EXPECT_TRUE(wrong.nbytes() == 16 && right.nbytes() == 4);
  // The Float read is the bytes 0, 128, 255, 7 as one float, etc.
  EXPECT_TRUE(wrong[0].item<float>() == floatBitsAt(buf.data()));
  EXPECT_TRUE(wrong[0].item<float>() != 0.0f);
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({0.f, 128.f, 255.f, 7.f})));
  EXPECT_TRUE(
      torch::equal(right, torch::tensor({0, 128, 255, 7}, torch::kByte)));
  auto asFloat = right.to(torch::kFloat);
  EXPECT_DTYPE(asFloat, torch::kFloat);
  EXPECT_TRUE(torch::equal(asFloat, torch::tensor({0.f, 128.f, 255.f, 7.f})));
}

ORACLE_TEST(uint8_buffer_other_overloads) {
  std::vector<uint8_t> buf(16, 3);
  auto wrongStrided = torch::from_blob(buf.data(), {2, 2}, {2, 1}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrongStrided = torch::from_blob(buf.data(), {2, 2}, {2, 1}, torch::kByte);
  auto rightStrided = torch::from_blob(buf.data(), {2, 2}, {2, 1}, torch::kByte);
  EXPECT_DTYPE(wrongStrided, torch::kFloat);
  EXPECT_DTYPE(rightStrided, torch::kByte);
  EXPECT_TRUE(!torch::equal(wrongStrided, torch::full({2, 2}, 3.0f)));
  EXPECT_TRUE(torch::equal(rightStrided.to(torch::kFloat), torch::full({2, 2}, 3.0f)));
  auto wrongDeleter = torch::from_blob(buf.data(), {4}, [](void *) {}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrongDeleter = torch::from_blob(buf.data(), {4}, [](void *) {}, torch::kByte);
  auto rightDeleter = torch::from_blob(buf.data(), {4}, [](void *) {}, torch::kByte);
  EXPECT_DTYPE(wrongDeleter, torch::kFloat);
  EXPECT_DTYPE(rightDeleter, torch::kByte);
  auto wrongOpts = torch::TensorOptions().dtype(torch::kFloat);
  auto rightOpts = torch::TensorOptions().dtype(torch::kByte);
  auto wrongViaOpts = torch::from_blob(buf.data(), {4}, wrongOpts); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  auto rightViaOpts = torch::from_blob(buf.data(), {4}, rightOpts);
  EXPECT_DTYPE(wrongViaOpts, torch::kFloat);
  EXPECT_DTYPE(rightViaOpts, torch::kByte);
  EXPECT_TRUE(torch::equal(rightViaOpts, torch::full({4}, 3, torch::kByte)));
}

ORACLE_TEST(std_array_of_uint8) {
  std::array<uint8_t, 16> arr{};
  arr[0] = 10;
  arr[1] = 20;
  auto wrong = torch::from_blob(arr.data(), {2}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(arr.data(), {2}, torch::kByte);
  auto right = torch::from_blob(arr.data(), {2}, torch::kByte);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kByte);
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({10.f, 20.f})));
  EXPECT_TRUE(torch::equal(right.to(torch::kFloat), torch::tensor({10.f, 20.f})));
}

ORACLE_TEST(int32_vector) {
  std::vector<int32_t> v{1, 2, 3, 4};
  auto wrong = torch::from_blob(v.data(), {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Int elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(v.data(), {4}, torch::kInt);
  auto right = torch::from_blob(v.data(), {4}, torch::kInt);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kInt);
  // Same size, so the read stays in bounds, but the int bits read as floats
  // are tiny denormals, not 1, 2, 3, 4.
  EXPECT_TRUE(wrong[0].item<float>() == floatBitsAt(v.data()));
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({1.f, 2.f, 3.f, 4.f})));
  EXPECT_TRUE(torch::equal(right, torch::tensor({1, 2, 3, 4}, torch::kInt)));
  EXPECT_TRUE(torch::equal(right.to(torch::kFloat), torch::tensor({1.f, 2.f, 3.f, 4.f})));
}

ORACLE_TEST(double_array) {
  double arr[4] = {1.5, 2.5, 3.5, 4.5};
  auto wrongExplicit = torch::from_blob(arr, {4}, torch::kFloat); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrongExplicit = torch::from_blob(arr, {4}, torch::kDouble);
  auto wrongDefault = torch::from_blob(arr, {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrongDefault = torch::from_blob(arr, {4}, torch::kDouble);
  auto right = torch::from_blob(arr, {4}, torch::kDouble);
  EXPECT_DTYPE(wrongExplicit, torch::kFloat);
  EXPECT_DTYPE(wrongDefault, torch::kFloat);
  EXPECT_DTYPE(right, torch::kDouble);
  // Four floats cover only the first two doubles (16 of 32 bytes).
  EXPECT_TRUE(wrongExplicit.nbytes() * 2 == right.nbytes());
  EXPECT_TRUE(!torch::equal(wrongExplicit, torch::tensor({1.5f, 2.5f, 3.5f, 4.5f})));
  EXPECT_TRUE(torch::equal(right, torch::tensor({1.5, 2.5, 3.5, 4.5}, torch::kDouble)));
}

ORACLE_TEST(int64_and_long_buffers) {
  int64_t v[4] = {1, 2, 3, 4};
  auto wrong = torch::from_blob(v, {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Long elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(v, {4}, torch::kLong);
  auto right = torch::from_blob(v, {4}, torch::kLong);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kLong);
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({1.f, 2.f, 3.f, 4.f})));
  EXPECT_TRUE(torch::equal(right, torch::tensor({1, 2, 3, 4}, torch::kLong)));

  // LP64: long is 8 bytes and is int64_t itself.
  EXPECT_TRUE(sizeof(long) == 8);
  EXPECT_TRUE((std::is_same<long, int64_t>::value));
  std::vector<long> lv{5, 6, 7, 8};
  auto lwrong = torch::from_blob(lv.data(), {4}, torch::kInt); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'from_blob' reads a buffer of Long elements as Int; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto lwrong = torch::from_blob(lv.data(), {4}, torch::kLong);
  auto lright = torch::from_blob(lv.data(), {4}, torch::kLong);
  EXPECT_DTYPE(lwrong, torch::kInt);
  EXPECT_DTYPE(lright, torch::kLong);
  // Little-endian: the Int read interleaves each value with its zero high half.
  EXPECT_TRUE(torch::equal(lwrong, torch::tensor({5, 0, 6, 0}, torch::kInt)));
  EXPECT_TRUE(torch::equal(lright, torch::tensor({5, 6, 7, 8}, torch::kLong)));
}

ORACLE_TEST(half_buffer) {
  std::vector<c10::Half> hv(8, c10::Half(1.0f));
  auto wrong = torch::from_blob(hv.data(), {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Half elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(hv.data(), {4}, torch::kHalf);
  auto right = torch::from_blob(hv.data(), {4}, torch::kHalf);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kHalf);
  EXPECT_TRUE(!torch::equal(wrong, torch::ones({4})));
  EXPECT_TRUE(torch::equal(right.to(torch::kFloat), torch::ones({4})));
}

ORACLE_TEST(bool_buffer) {
  bool bv[16] = {true, false, true, true};
  auto wrong = torch::from_blob(bv, {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Bool elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(bv, {4}, torch::kBool);
  auto right = torch::from_blob(bv, {4}, torch::kBool);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_DTYPE(right, torch::kBool);
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({1.f, 0.f, 1.f, 1.f})));
  EXPECT_TRUE(torch::equal(right, torch::tensor({true, false, true, true})));
}

ORACLE_TEST(int16_and_int8_buffers) {
  int16_t sv[8] = {-1, 2, 300, 4};
  auto swrong = torch::from_blob(sv, {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'from_blob' reads a buffer of Short elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto swrong = torch::from_blob(sv, {4}, torch::kShort);
  auto sright = torch::from_blob(sv, {4}, torch::kShort);
  EXPECT_DTYPE(swrong, torch::kFloat);
  EXPECT_DTYPE(sright, torch::kShort);
  EXPECT_TRUE(!torch::equal(swrong, torch::tensor({-1.f, 2.f, 300.f, 4.f})));
  EXPECT_TRUE(torch::equal(sright.to(torch::kFloat), torch::tensor({-1.f, 2.f, 300.f, 4.f})));

  int8_t cv[16] = {-1, 2, -3, 4};
  auto cwrong = torch::from_blob(cv, {4}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'from_blob' reads a buffer of Char elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto cwrong = torch::from_blob(cv, {4}, torch::kChar);
  auto cwrongByte = torch::from_blob(cv, {4}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'from_blob' reads a buffer of Char elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto cwrongByte = torch::from_blob(cv, {4}, torch::kChar);
  auto cright = torch::from_blob(cv, {4}, torch::kChar);
  EXPECT_DTYPE(cwrong, torch::kFloat);
  EXPECT_DTYPE(cwrongByte, torch::kByte);
  EXPECT_DTYPE(cright, torch::kChar);
  EXPECT_TRUE(!torch::equal(cwrong, torch::tensor({-1.f, 2.f, -3.f, 4.f})));
  // Byte reads the same bytes unsigned: -1 becomes 255.
  EXPECT_TRUE(torch::equal(cwrongByte.to(torch::kFloat), torch::tensor({255.f, 2.f, 253.f, 4.f})));
  EXPECT_TRUE(torch::equal(cright.to(torch::kFloat), torch::tensor({-1.f, 2.f, -3.f, 4.f})));
}

ORACLE_TEST(unique_ptr_float_array) {
  std::unique_ptr<float[]> p(new float[8]{0.5f, 1.5f, 2.5f, 3.5f, 0, 0, 0, 0});
  auto right = torch::from_blob(p.get(), {4});
  auto rightExplicit = torch::from_blob(p.get(), {4}, torch::kFloat);
  auto wrong = torch::from_blob(p.get(), {4}, torch::kDouble); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(p.get(), {4}, torch::kFloat);
  EXPECT_DTYPE(right, torch::kFloat);
  EXPECT_DTYPE(rightExplicit, torch::kFloat);
  EXPECT_DTYPE(wrong, torch::kDouble);
  EXPECT_TRUE(torch::equal(right, torch::tensor({0.5f, 1.5f, 2.5f, 3.5f})));
  EXPECT_TRUE(!torch::equal(wrong, torch::tensor({0.5, 1.5, 2.5, 3.5}, torch::kDouble)));
}

ORACLE_MAIN()
