// RUN: %oracle_bin/opencv_buffer_elements
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I/usr/include/opencv4 -I%S
// Proves, with LibTorch 1.13 and OpenCV 4.6, what torch::from_blob reads
// from buffers whose elements are not plain numbers:
//  - Elements made of numbers of one type and nothing else (cv::Vec3b is
//    three uchar, cv::Point2f two floats, std::array<float, 3> three, a
//    struct of four floats four) are read exactly as that type's dtype, with
//    one more dimension for the numbers in each element; read as another
//    dtype they give garbage.
//  - Numbers read as the complex numbers made of pairs of them (floats as
//    ComplexFloat) are read exactly too.
//  - Elements that are containers or strings (std::vector<int>,
//    std::string) hold pointers: the tensor holds the addresses of their
//    data (the first word of each libstdc++ vector and string is its data
//    pointer), not the numbers or characters, whatever the dtype.
//  - A table of raw pointers read as Long holds the pointers exactly, which
//    code does on purpose (pointer arrays for batched kernels); read as
//    Float it is garbage.
#include "oracle.h"

#include <opencv2/core.hpp>

#include <array>
#include <complex>
#include <cstdint>
#include <string>
#include <vector>

struct Box {
  float x1, y1, x2, y2;
};

struct Labeled {
  float score;
  int label;
};

ORACLE_TEST(aggregates_of_one_number_type) {
  std::vector<cv::Vec3b> pixels;
  for (int i = 0; i < 8; ++i)
    pixels.emplace_back(i, 2 * i + 1, 255 - i);
  auto right = torch::from_blob(pixels.data(), {8, 3}, torch::kByte);
  EXPECT_TRUE(right[5][1].item<int>() == 11 && right[7][2].item<int>() == 248);
  // A quarter of the pixels: Float's four bytes per element stay in them.
  auto wrong = torch::from_blob(pixels.data(), {2, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(pixels.data(), {2, 3}, torch::kByte);
  EXPECT_TRUE(!torch::equal(wrong, right.slice(0, 0, 2).to(torch::kFloat)));

  std::vector<cv::Point2f> points{{0.5f, 1.5f}, {2.5f, 3.5f}, {4.5f, 5.5f}, {6.5f, 7.5f}};
  auto xy = torch::from_blob(points.data(), {4, 2});
  EXPECT_TRUE(xy[2][1].item<float>() == 5.5f && xy[3][0].item<float>() == 6.5f);
  auto asDouble = torch::from_blob(points.data(), {2, 2}, torch::kDouble); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto asDouble = torch::from_blob(points.data(), {2, 2}, torch::kFloat);
  EXPECT_TRUE(!torch::equal(asDouble, xy.slice(0, 0, 2).to(torch::kDouble)));

  std::vector<std::array<float, 3>> rgb{{0.25f, 0.5f, 0.75f}, {1.25f, 1.5f, 1.75f}};
  auto colors = torch::from_blob(rgb.data(), {2, 3});
  EXPECT_TRUE(colors[1][2].item<float>() == 1.75f);
  auto asHalf = torch::from_blob(rgb.data(), {2, 3}, torch::kHalf); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'from_blob' reads a buffer of Float elements as Half; the tensor holds garbage [torch-from-blob-element-type]
  EXPECT_TRUE(!torch::equal(asHalf.to(torch::kFloat), colors));

  std::vector<Box> boxes{{1, 2, 3, 4}, {5, 6, 7, 8}};
  auto corners = torch::from_blob(boxes.data(), {2, 4});
  EXPECT_TRUE(corners[1][2].item<float>() == 7);
  auto asInt = torch::from_blob(boxes.data(), {2, 4}, torch::kInt); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Int; the tensor holds garbage [torch-from-blob-element-type]
  EXPECT_TRUE(asInt[1][2].item<int>() != 7);

  // Numbers of two types: nothing is claimed, nothing is flagged.
  std::vector<Labeled> labeled{{0.5f, 3}, {0.25f, 1}};
  auto mixed = torch::from_blob(labeled.data(), {2, 2});
  EXPECT_TRUE(mixed[0][0].item<float>() == 0.5f && mixed[0][1].item<float>() != 3);
}

ORACLE_TEST(pairs_of_numbers_as_complex) {
  std::vector<float> interleaved{1, 2, 3, 4};
  auto c = torch::from_blob(interleaved.data(), {2}, torch::kComplexFloat);
  EXPECT_TRUE(torch::equal(torch::view_as_real(c), torch::tensor({{1.f, 2.f}, {3.f, 4.f}})));
  std::vector<std::complex<double>> z{{1, 2}, {3, 4}};
  auto parts = torch::from_blob(z.data(), {2, 2}, torch::kDouble);
  EXPECT_TRUE(torch::equal(parts, torch::tensor({{1., 2.}, {3., 4.}}, torch::kDouble)));
}

ORACLE_TEST(containers_and_strings_hold_pointers) {
  std::vector<std::vector<int>> rows(3, std::vector<int>(4, 7));
  auto t = torch::from_blob(rows.data(), {3, 4}, torch::kInt); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of 'std::vector<int>' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  EXPECT_TRUE(!torch::equal(t, torch::full({3, 4}, 7, torch::kInt)));
  // Three words per vector: its data, its end, the end of its storage.
  auto words = torch::from_blob(rows.data(), {3, 3}, torch::kLong); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of 'std::vector<int>' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  for (int i = 0; i < 3; ++i)
    EXPECT_TRUE(words[i][0].item<int64_t>() == reinterpret_cast<int64_t>(rows[i].data()));
  // What was meant: the numbers, copied into one buffer.
  std::vector<int> flat;
  for (const auto &r : rows)
    flat.insert(flat.end(), r.begin(), r.end());
  EXPECT_TRUE(torch::equal(torch::from_blob(flat.data(), {3, 4}, torch::kInt),
                           torch::full({3, 4}, 7, torch::kInt)));

  std::vector<std::string> names{"cat", "dog"};
  auto text = torch::from_blob(names.data(), {2, 4}, torch::kLong); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'from_blob' reads a buffer of 'std::basic_string<char>' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  EXPECT_TRUE(text.nbytes() == names.size() * sizeof(std::string));
  for (int i = 0; i < 2; ++i)
    EXPECT_TRUE(text[i][0].item<int64_t>() == reinterpret_cast<int64_t>(names[i].data()));
}

ORACLE_TEST(pointer_tables) {
  std::vector<float> a{1, 2}, b{3, 4};
  std::vector<float *> table{a.data(), b.data()};
  auto addresses = torch::from_blob(table.data(), {2}, torch::kLong);
  EXPECT_TRUE(addresses[1].item<int64_t>() == reinterpret_cast<int64_t>(b.data()));
  auto asFloat = torch::from_blob(table.data(), {2}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'from_blob' reads a buffer of 'float *' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  EXPECT_TRUE(asFloat[0].item<float>() != 1 && asFloat[1].item<float>() != 3);
}

ORACLE_MAIN()
