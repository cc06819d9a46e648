// RUN: %oracle_bin/opencv_from_blob
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I/usr/include/opencv4 -I%S
// Proves, with OpenCV 4.6 and LibTorch 1.13, the element type of the
// cv::Mat memory that code hands to torch::from_blob, and what a wrong dtype
// reads. The program writes its own PNG files under /tmp and removes them.
//  - cv::imread(path) (IMREAD_COLOR) gives CV_8UC3, also for a 16-bit PNG
//    (the depth is reduced to 8 bits); IMREAD_GRAYSCALE gives CV_8UC1;
//    IMREAD_UNCHANGED and IMREAD_ANYDEPTH on a 16-bit one-channel PNG give
//    CV_16UC1; IMREAD_ANYDEPTH | IMREAD_COLOR on it gives CV_16UC3.
//  - cv::Mat(rows, cols, CV_32FC3) and create(rows, cols, CV_32FC3) have
//    depth CV_32F; convertTo(dst, CV_32F, 1 / 255.) gives dst CV_32FC3 (the
//    channel count is kept); convertTo(dst, -1, ...) keeps the depth;
//    cvtColor (BGR2RGB keeps CV_8UC3, BGR2GRAY gives CV_8UC1, and a CV_32FC3
//    stays CV_32F), resize, clone and copyTo keep the depth. Mat::data is
//    uchar* whatever the depth; ptr<float>() is float*.
//  - torch::from_blob(img.data, {h, w, 3}) without a dtype reads the CV_8UC3
//    pixels as Float: four bytes per element, so it covers four times the
//    image's bytes (proved on an image that is the top quarter of a buffer
//    four times as big, so the read stays in memory we own) and its values
//    are not the pixels. With torch::kByte (or kUInt8) it gives the exact
//    pixels, and .to(torch::kFloat) gives them as floats.
//  - After convertTo(CV_32FC3), from_blob(f.data, {h, w, 3}, torch::kByte)
//    reads the first quarter of the float bytes, one byte per element (wrong
//    values), while the default Float (or kFloat, or f.ptr<float>()) reads
//    the converted values exactly.
//  - A CV_16UC1 image read as the default Float is wrong too; LibTorch 1.13
//    has no uint16 dtype, and kShort reads values below 32768 exactly.
#include "oracle.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <string>
#include <type_traits>
#include <unistd.h>

static std::string tempPath(const char *name) {
  return "/tmp/torch-tidy-oracle-" + std::to_string(::getpid()) + "-" + name;
}

static const int kRows = 8;
static const int kCols = 4;

// The known 8-bit BGR image every test writes and reads back: pixel (r, c),
// channel ch holds ((r * kCols + c) * 3 + ch) * 2, except (0, 0) which is
// (0, 128, 255).
static cv::Mat knownImage() {
  cv::Mat m(kRows, kCols, CV_8UC3);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c)
      for (int ch = 0; ch < 3; ++ch)
        m.at<cv::Vec3b>(r, c)[ch] =
            static_cast<uchar>(((r * kCols + c) * 3 + ch) * 2);
  m.at<cv::Vec3b>(0, 0) = cv::Vec3b(0, 128, 255);
  return m;
}

// The same pixels as a Byte tensor {kRows, kCols, 3} (a copy).
static torch::Tensor knownPixels() {
  cv::Mat m = knownImage();
  return torch::from_blob(m.data, {kRows, kCols, 3}, torch::kByte).clone();
}

static std::string writeKnownPng() {
  std::string path = tempPath("bgr8.png");
  cv::imwrite(path, knownImage());
  return path;
}

static std::string writeGray16Png() {
  cv::Mat m(kRows, kCols, CV_16UC1);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c)
      m.at<uint16_t>(r, c) = static_cast<uint16_t>(1000 * (r * kCols + c));
  std::string path = tempPath("gray16.png");
  cv::imwrite(path, m);
  return path;
}

ORACLE_TEST(imread_types) {
  std::string path = writeKnownPng();
  cv::Mat img = cv::imread(path);
  EXPECT_TRUE(!img.empty());
  EXPECT_TRUE(img.type() == CV_8UC3);
  EXPECT_TRUE(img.depth() == CV_8U && img.channels() == 3);
  cv::Mat color = cv::imread(path, cv::IMREAD_COLOR);
  EXPECT_TRUE(color.type() == CV_8UC3);
  cv::Mat gray = cv::imread(path, cv::IMREAD_GRAYSCALE);
  EXPECT_TRUE(gray.type() == CV_8UC1);
  cv::Mat same = cv::imread(path, cv::IMREAD_UNCHANGED);
  EXPECT_TRUE(same.type() == CV_8UC3);
  // PNG is lossless: the pixels come back exactly.
  EXPECT_TRUE(cv::norm(img, knownImage(), cv::NORM_INF) == 0);
  std::remove(path.c_str());

  std::string path16 = writeGray16Png();
  cv::Mat u16 = cv::imread(path16, cv::IMREAD_UNCHANGED);
  EXPECT_TRUE(u16.type() == CV_16UC1);
  EXPECT_TRUE(u16.depth() == CV_16U);
  cv::Mat any16 = cv::imread(path16, cv::IMREAD_ANYDEPTH);
  EXPECT_TRUE(any16.type() == CV_16UC1);
  cv::Mat anyColor16 = cv::imread(path16, cv::IMREAD_ANYDEPTH | cv::IMREAD_COLOR);
  EXPECT_TRUE(anyColor16.type() == CV_16UC3);
  cv::Mat default16 = cv::imread(path16);
  EXPECT_TRUE(default16.type() == CV_8UC3);
  std::remove(path16.c_str());
}

ORACLE_TEST(mat_depth_through_operations) {
  cv::Mat f(kRows, kCols, CV_32FC3);
  EXPECT_TRUE(f.depth() == CV_32F && f.type() == CV_32FC3);
  cv::Mat created;
  created.create(kRows, kCols, CV_32FC3);
  EXPECT_TRUE(created.depth() == CV_32F);

  cv::Mat img = knownImage();
  cv::Mat scaled;
  img.convertTo(scaled, CV_32F, 1 / 255.);
  EXPECT_TRUE(scaled.type() == CV_32FC3);
  cv::Mat doubled;
  img.convertTo(doubled, -1, 2.0);
  EXPECT_TRUE(doubled.type() == CV_8UC3);
  cv::Mat scaledAgain;
  scaled.convertTo(scaledAgain, -1, 255.0);
  EXPECT_TRUE(scaledAgain.type() == CV_32FC3);

  cv::Mat rgb;
  cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB);
  EXPECT_TRUE(rgb.type() == CV_8UC3);
  cv::Mat gray;
  cv::cvtColor(img, gray, cv::COLOR_BGR2GRAY);
  EXPECT_TRUE(gray.type() == CV_8UC1);
  cv::Mat rgbF;
  cv::cvtColor(scaled, rgbF, cv::COLOR_BGR2RGB);
  EXPECT_TRUE(rgbF.type() == CV_32FC3);
  cv::Mat resized;
  cv::resize(img, resized, cv::Size(2, 4));
  EXPECT_TRUE(resized.type() == CV_8UC3);
  cv::Mat resizedF;
  cv::resize(scaled, resizedF, cv::Size(2, 4));
  EXPECT_TRUE(resizedF.type() == CV_32FC3);
  EXPECT_TRUE(img.clone().type() == CV_8UC3);
  EXPECT_TRUE(scaled.clone().type() == CV_32FC3);
  cv::Mat copied;
  scaled.copyTo(copied);
  EXPECT_TRUE(copied.type() == CV_32FC3);

  EXPECT_TRUE((std::is_same<decltype(scaled.data), uchar *>::value));
  EXPECT_TRUE((std::is_same<decltype(scaled.ptr<float>()), float *>::value));
  EXPECT_TRUE((std::is_same<decltype(img.ptr<uchar>()), uchar *>::value));
}

ORACLE_TEST(from_blob_on_8uc3_image) {
  std::string path = writeKnownPng();
  cv::Mat img = cv::imread(path);
  std::remove(path.c_str());
  auto pixels = knownPixels();

  // Reads rows/4 * cols * 3 floats: exactly the image's bytes, four per
  // element, so the values are byte quadruples read as floats.
  auto wrong = torch::from_blob(img.data, {img.rows / 4, img.cols, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(img.data, {img.rows / 4, img.cols, 3}, torch::kByte);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_TRUE(wrong.nbytes() == img.total() * img.elemSize());
  EXPECT_TRUE(!torch::equal(wrong, pixels.slice(0, 0, kRows / 4).to(torch::kFloat)));

  auto right = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
  EXPECT_DTYPE(right, torch::kByte);
  EXPECT_TRUE(right.nbytes() == img.total() * img.elemSize());
  EXPECT_TRUE(torch::equal(right, pixels));
  auto rightAsFloat = right.to(torch::kFloat);
  EXPECT_DTYPE(rightAsFloat, torch::kFloat);
  EXPECT_TRUE(torch::equal(rightAsFloat, pixels.to(torch::kFloat)));
  EXPECT_TRUE(rightAsFloat[0][0][2].item<float>() == 255.0f);
  auto rightUInt8 = torch::from_blob(img.data, {img.rows, img.cols, img.channels()}, torch::TensorOptions().dtype(torch::kUInt8));
  EXPECT_DTYPE(rightUInt8, torch::kByte);
  EXPECT_TRUE(torch::equal(rightUInt8, pixels));
}

ORACLE_TEST(from_blob_reads_four_times_the_bytes) {
  // The usual shape {rows, cols, 3} with the default Float: the image is the
  // top quarter of a zeroed buffer four times as big, so the read stays in
  // memory this test owns and shows how far it goes.
  cv::Mat big(4 * kRows, kCols, CV_8UC3, cv::Scalar::all(0));
  cv::Mat img = big.rowRange(0, kRows);
  knownImage().copyTo(img);
  EXPECT_TRUE(img.data == big.data && img.isContinuous());
  auto wrong = torch::from_blob(img.data, {img.rows, img.cols, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_TRUE(wrong.nbytes() == 4 * img.total() * img.elemSize());
  EXPECT_TRUE(wrong.nbytes() == big.total() * big.elemSize());
  EXPECT_TRUE(!torch::equal(wrong, knownPixels().to(torch::kFloat)));
  auto right = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
  EXPECT_TRUE(torch::equal(right, knownPixels()));
}

ORACLE_TEST(from_blob_on_32fc3_image) {
  std::string path = writeKnownPng();
  cv::Mat img = cv::imread(path);
  std::remove(path.c_str());
  cv::Mat f;
  img.convertTo(f, CV_32FC3, 1 / 255.);
  EXPECT_TRUE(f.type() == CV_32FC3);
  auto expected = knownPixels().to(torch::kFloat) / 255.0;

  // One byte per element: the first quarter of the float bytes.
  auto wrong = torch::from_blob(f.data, {f.rows, f.cols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(f.data, {f.rows, f.cols, 3}, torch::kFloat);
  EXPECT_DTYPE(wrong, torch::kByte);
  EXPECT_TRUE(wrong.nbytes() * 4 == f.total() * f.elemSize());
  EXPECT_TRUE(!torch::allclose(wrong.to(torch::kFloat), expected));
  EXPECT_TRUE(!torch::equal(wrong, knownPixels()));

  auto right = torch::from_blob(f.data, {f.rows, f.cols, 3});
  EXPECT_DTYPE(right, torch::kFloat);
  EXPECT_TRUE(right.nbytes() == f.total() * f.elemSize());
  EXPECT_TRUE(torch::allclose(right, expected));
  auto rightExplicit = torch::from_blob(f.data, {f.rows, f.cols, 3}, torch::kFloat);
  EXPECT_TRUE(torch::equal(rightExplicit, right));
  auto rightPtr = torch::from_blob(f.ptr<float>(), {f.rows, f.cols, 3});
  EXPECT_TRUE(torch::equal(rightPtr, right));
}

ORACLE_TEST(from_blob_on_16u_image) {
  std::string path16 = writeGray16Png();
  cv::Mat u16 = cv::imread(path16, cv::IMREAD_UNCHANGED);
  std::remove(path16.c_str());
  EXPECT_TRUE(u16.type() == CV_16UC1);
  // Half the rows: Float's four bytes per element then cover the image.
  auto wrong = torch::from_blob(u16.data, {u16.rows / 2, u16.cols}); // not flagged: IMREAD_UNCHANGED: the depth depends on the file
  EXPECT_DTYPE(wrong, torch::kFloat);
  EXPECT_TRUE(wrong.nbytes() == u16.total() * u16.elemSize());
  EXPECT_TRUE(wrong[0][1].item<float>() != 1000.0f);
  auto right = torch::from_blob(u16.data, {u16.rows, u16.cols}, torch::kShort);
  EXPECT_DTYPE(right, torch::kShort);
  EXPECT_TRUE(right[0][1].item<int>() == 1000);
  EXPECT_TRUE(right[7][3].item<int>() == 31000);
}

ORACLE_MAIN()
