// RUN: %oracle_bin/opencv_outputs
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I/usr/include/opencv4 -I%S
// Proves, with OpenCV 4.6 and LibTorch 1.13, the depth of the cv::Mat that
// OpenCV's output parameters, factories and element accessors leave, as the
// rules in rules/opencv.yaml state them, and that torch-tidy follows each:
// every wrong read below is flagged (and reads garbage at run time), every
// right one is silent (and reads the values exactly).
//  - GaussianBlur, blur, medianBlur, bilateralFilter, threshold, flip,
//    transpose, rotate, copyMakeBorder, warpAffine, warpPerspective, erode,
//    dilate, pyrDown and pyrUp write dst with the type of src (CV_32FC3 in,
//    CV_32FC3 out; CV_8UC3 in, CV_8UC3 out).
//  - normalize(src, dst, a, b, norm, dtype) writes dst with the depth of
//    dtype (CV_32F from an 8-bit image), or of src when dtype is -1 (the
//    default); Sobel, filter2D, boxFilter and Laplacian write the depth
//    ddepth, or the depth of src for -1.
//  - split(src, channels) fills a std::vector<cv::Mat> with one-channel Mats
//    of the depth of src; merge, vconcat and hconcat (of two Mats or of a
//    vector) write dst with the depth of their inputs.
//  - Mat::zeros, ones and eye(rows, cols, type) give a MatExpr that turns
//    into a Mat of the type's depth, assigned or constructed.
//  - at<T>(), ptr<T>(), forEach, begin<T>()/end<T>() and setTo write
//    elements and leave the type as it is.
//  - A default-constructed Mat is empty: data is null, rows and cols are 0,
//    and from_blob over it with its own sizes reads no element at all, in
//    any dtype. So a Mat member filled in one method and read in another is
//    read as what fills it.
#include "oracle.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <string>
#include <unistd.h>
#include <vector>

static const int kRows = 8;
static const int kCols = 8;

// A CV_32FC3 image whose values are not integers, so that any wrong read
// differs from them.
static cv::Mat floatImage() {
  cv::Mat m(kRows, kCols, CV_32FC3);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c)
      m.at<cv::Vec3f>(r, c) = cv::Vec3f(r + 0.25f, c + 0.5f, r * c + 0.75f);
  return m;
}

// The values of a continuous Mat of any depth, as Double, by OpenCV's own
// conversion.
static torch::Tensor valuesOf(const cv::Mat &m) {
  cv::Mat d;
  m.convertTo(d, CV_64F);
  return torch::from_blob(d.data, {d.rows, d.cols, d.channels()}, torch::kDouble).clone();
}

// A tensor read from a Mat's memory holds its values exactly.
static bool exact(const torch::Tensor &t, const cv::Mat &m) {
  return t.numel() == static_cast<int64_t>(m.total()) * m.channels() &&
         torch::equal(t.to(torch::kDouble).reshape({-1}), valuesOf(m).reshape({-1}));
}

// A tensor read from a Mat's memory as another dtype does not.
static bool garbage(const torch::Tensor &t, const cv::Mat &m) {
  return !torch::equal(t.to(torch::kDouble).reshape({-1}),
                       valuesOf(m).reshape({-1}).slice(0, 0, t.numel()));
}

ORACLE_TEST(filters_keep_the_depth) {
  cv::Mat f = floatImage();
  cv::Mat blurred;
  cv::GaussianBlur(f, blurred, cv::Size(3, 3), 0);
  EXPECT_TRUE(blurred.type() == CV_32FC3);
  auto wrong = torch::from_blob(blurred.data, {kRows, kCols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(blurred.data, {kRows, kCols, 3}, torch::kFloat);
  EXPECT_TRUE(garbage(wrong, blurred));
  EXPECT_TRUE(exact(torch::from_blob(blurred.data, {kRows, kCols, 3}), blurred));

  cv::Mat out;
  cv::blur(f, out, cv::Size(3, 3));
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::medianBlur(f, out, 3);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::bilateralFilter(f, out, 3, 10, 10);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::flip(f, out, 1);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::transpose(f, out);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::rotate(f, out, cv::ROTATE_90_CLOCKWISE);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::copyMakeBorder(f, out, 1, 1, 1, 1, cv::BORDER_CONSTANT);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 1, 0, 1, 1);
  cv::warpAffine(f, out, shift, cv::Size(kCols, kRows));
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::warpPerspective(f, out, cv::Mat::eye(3, 3, CV_64F), cv::Size(kCols, kRows));
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::erode(f, out, cv::Mat());
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::dilate(f, out, cv::Mat());
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::pyrUp(f, out);
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::pyrDown(f, out);
  EXPECT_TRUE(out.type() == CV_32FC3);
  EXPECT_TRUE(out.rows == kRows / 2 && out.isContinuous());
  auto down = torch::from_blob(out.data, {out.rows, out.cols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto down = torch::from_blob(out.data, {out.rows, out.cols, 3}, torch::kFloat);
  EXPECT_TRUE(garbage(down, out));

  cv::Mat bytes;
  f.convertTo(bytes, CV_8U, 20);
  cv::Mat binary;
  double used = cv::threshold(bytes, binary, 100, 255, cv::THRESH_BINARY);
  EXPECT_TRUE(used == 100 && binary.type() == CV_8UC3);
  EXPECT_TRUE(exact(torch::from_blob(binary.data, {kRows, kCols, 3}, torch::kByte), binary));
  cv::GaussianBlur(bytes, bytes, cv::Size(3, 3), 0);
  EXPECT_TRUE(bytes.type() == CV_8UC3);
  // A quarter of the rows: Float's four bytes per element stay in the image.
  auto asFloat = torch::from_blob(bytes.data, {kRows / 4, kCols, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto asFloat = torch::from_blob(bytes.data, {kRows / 4, kCols, 3}, torch::kByte);
  EXPECT_TRUE(asFloat.nbytes() == bytes.total() * bytes.elemSize());
  EXPECT_TRUE(garbage(asFloat, bytes));
}

ORACLE_TEST(depth_arguments) {
  cv::Mat f = floatImage();
  cv::Mat bytes;
  f.convertTo(bytes, CV_8U, 20);
  cv::Mat n;
  cv::normalize(bytes, n, 0, 1, cv::NORM_MINMAX, CV_32F);
  EXPECT_TRUE(n.type() == CV_32FC3);
  auto normalized = torch::from_blob(n.data, {kRows, kCols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto normalized = torch::from_blob(n.data, {kRows, kCols, 3}, torch::kFloat);
  EXPECT_TRUE(garbage(normalized, n));
  EXPECT_TRUE(exact(torch::from_blob(n.data, {kRows, kCols, 3}), n));
  cv::Mat same;
  cv::normalize(f, same, 0, 1, cv::NORM_MINMAX);
  EXPECT_TRUE(same.type() == CV_32FC3);
  EXPECT_TRUE(exact(torch::from_blob(same.data, {kRows, kCols, 3}), same));

  cv::Mat dx;
  cv::Sobel(bytes, dx, CV_32F, 1, 0);
  EXPECT_TRUE(dx.type() == CV_32FC3);
  EXPECT_TRUE(exact(torch::from_blob(dx.data, {kRows, kCols, 3}), dx));
  cv::Sobel(bytes, dx, -1, 1, 0);
  EXPECT_TRUE(dx.type() == CV_8UC3);
  auto truncated = torch::from_blob(dx.data, {kRows / 4, kCols, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto truncated = torch::from_blob(dx.data, {kRows / 4, kCols, 3}, torch::kByte);
  EXPECT_TRUE(garbage(truncated, dx));
  cv::Mat out;
  cv::filter2D(bytes, out, CV_64F, cv::Mat::ones(3, 3, CV_32F));
  EXPECT_TRUE(out.type() == CV_64FC3);
  cv::boxFilter(f, out, -1, cv::Size(3, 3));
  EXPECT_TRUE(out.type() == CV_32FC3);
  cv::Laplacian(bytes, out, CV_64F);
  EXPECT_TRUE(out.type() == CV_64FC3);
  auto laplacian = torch::from_blob(out.data, {kRows, kCols, 3}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto laplacian = torch::from_blob(out.data, {kRows, kCols, 3}, torch::kDouble);
  EXPECT_TRUE(garbage(laplacian, out));
}

ORACLE_TEST(channels_and_concatenation) {
  cv::Mat f = floatImage();
  std::vector<cv::Mat> channels;
  cv::split(f, channels);
  EXPECT_TRUE(channels.size() == 3 && channels[0].type() == CV_32FC1);
  auto red = torch::from_blob(channels[2].data, {kRows, kCols}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto red = torch::from_blob(channels[2].data, {kRows, kCols}, torch::kFloat);
  EXPECT_TRUE(garbage(red, channels[2]));
  EXPECT_TRUE(exact(torch::from_blob(channels[2].data, {kRows, kCols}), channels[2]));
  // The usual HWC to CHW: each channel read as what it holds, then stacked.
  std::vector<torch::Tensor> planes;
  for (const cv::Mat &c : channels)
    planes.push_back(torch::from_blob(c.data, {kRows, kCols}));
  EXPECT_TRUE(torch::equal(torch::stack(planes).permute({1, 2, 0}).to(torch::kDouble),
                           valuesOf(f)));

  cv::Mat merged;
  cv::merge(channels, merged);
  EXPECT_TRUE(merged.type() == CV_32FC3);
  EXPECT_TRUE(exact(torch::from_blob(merged.data, {kRows, kCols, 3}), merged));
  cv::Mat tall;
  cv::vconcat(f, f, tall);
  EXPECT_TRUE(tall.type() == CV_32FC3 && tall.rows == 2 * kRows);
  auto stacked = torch::from_blob(tall.data, {2 * kRows, kCols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto stacked = torch::from_blob(tall.data, {2 * kRows, kCols, 3}, torch::kFloat);
  EXPECT_TRUE(garbage(stacked, tall));
  cv::Mat wide;
  cv::hconcat(channels, wide);
  EXPECT_TRUE(wide.type() == CV_32FC1 && wide.cols == 3 * kCols);
  EXPECT_TRUE(exact(torch::from_blob(wide.data, {kRows, 3 * kCols}), wide));
  cv::vconcat(channels, wide);
  EXPECT_TRUE(wide.type() == CV_32FC1 && wide.rows == 3 * kRows);
  cv::hconcat(f, f, wide);
  EXPECT_TRUE(wide.type() == CV_32FC3);
}

ORACLE_TEST(factories_with_a_type) {
  cv::Mat z = cv::Mat::zeros(kRows, kCols, CV_32FC3);
  EXPECT_TRUE(z.type() == CV_32FC3);
  // Half the rows: Double's eight bytes per element stay in the image.
  auto zeros = torch::from_blob(z.data, {kRows / 2, kCols, 3}, torch::kDouble); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto zeros = torch::from_blob(z.data, {kRows / 2, kCols, 3}, torch::kFloat);
  EXPECT_TRUE(zeros.nbytes() == z.total() * z.elemSize());
  EXPECT_TRUE(zeros.numel() * 2 == static_cast<int64_t>(z.total()) * 3);
  cv::Mat o;
  o = cv::Mat::ones(cv::Size(kCols, kRows), CV_64FC1);
  EXPECT_TRUE(o.type() == CV_64FC1);
  EXPECT_TRUE(exact(torch::from_blob(o.data, {kRows, kCols}, torch::kDouble), o));
  cv::Mat i = cv::Mat::eye(kRows, kRows, CV_8UC1);
  EXPECT_TRUE(i.type() == CV_8UC1);
  auto eye = torch::from_blob(i.data, {kRows / 4, kRows}); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto eye = torch::from_blob(i.data, {kRows / 4, kRows}, torch::kByte);
  EXPECT_TRUE(garbage(eye, i));
  EXPECT_TRUE(torch::equal(torch::from_blob(i.data, {kRows, kRows}, torch::kByte),
                           torch::eye(kRows, torch::kByte)));
}

ORACLE_TEST(element_access_keeps_the_depth) {
  cv::Mat m(kRows, kCols, CV_32FC3);
  m.setTo(cv::Scalar(1, 2, 3));
  m.at<cv::Vec3f>(0, 0) = cv::Vec3f(0.5f, 1.5f, 2.5f);
  m.ptr<float>(1)[0] = 7.25f;
  m.forEach<cv::Vec3f>([](cv::Vec3f &px, const int *pos) {
    if (pos[0] == kRows - 1)
      px[2] = 9.5f;
  });
  for (auto it = m.begin<cv::Vec3f>(); it != m.end<cv::Vec3f>(); ++it)
    (*it)[1] += 0.125f;
  EXPECT_TRUE(m.type() == CV_32FC3);
  EXPECT_TRUE(m.at<cv::Vec3f>(0, 0)[1] == 1.625f && m.at<cv::Vec3f>(kRows - 1, 0)[2] == 9.5f);
  auto wrong = torch::from_blob(m.data, {kRows, kCols, 3}, torch::kByte); // flagged: torch-from-blob-element-type
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto wrong = torch::from_blob(m.data, {kRows, kCols, 3}, torch::kFloat);
  EXPECT_TRUE(garbage(wrong, m));
  auto right = torch::from_blob(m.data, {kRows, kCols, 3});
  EXPECT_TRUE(exact(right, m));
  EXPECT_TRUE(right[1][0][0].item<float>() == 7.25f);
}

static std::string writeImage() {
  std::string path = "/tmp/torch-tidy-oracle-" + std::to_string(::getpid()) + "-members.png";
  cv::Mat bytes;
  floatImage().convertTo(bytes, CV_8U, 20);
  cv::imwrite(path, bytes);
  return path;
}

// The image is a member: filled in one method, read in another.
class Reader {
public:
  void load(const std::string &path) { img_ = cv::imread(path); }
  bool empty() const { return img_.empty() && img_.data == nullptr && img_.rows == 0; }
  int type() const { return img_.type(); }
  torch::Tensor wrong() {
    return torch::from_blob(img_.data, {img_.rows / 4, img_.cols, 3}, torch::kFloat); // flagged: torch-from-blob-element-type
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-FIXES: return torch::from_blob(img_.data, {img_.rows / 4, img_.cols, 3}, torch::kByte);
  }
  torch::Tensor right() {
    return torch::from_blob(img_.data, {img_.rows, img_.cols, 3}, torch::kByte);
  }
  const cv::Mat &image() const { return img_; }

private:
  cv::Mat img_;
};

ORACLE_TEST(empty_mats_and_members) {
  cv::Mat empty;
  EXPECT_TRUE(empty.empty() && empty.data == nullptr && empty.rows == 0 && empty.cols == 0);
  // No element at all, whatever the dtype.
  EXPECT_TRUE(torch::from_blob(empty.data, {empty.rows, empty.cols, 3}).numel() == 0);
  EXPECT_TRUE(torch::from_blob(empty.data, {empty.rows, empty.cols, 3}, torch::kByte).numel() == 0);

  Reader reader;
  EXPECT_TRUE(reader.empty());
  EXPECT_TRUE(reader.right().numel() == 0);
  std::string path = writeImage();
  reader.load(path);
  std::remove(path.c_str());
  EXPECT_TRUE(reader.type() == CV_8UC3);
  EXPECT_TRUE(garbage(reader.wrong(), reader.image()));
  EXPECT_TRUE(exact(reader.right(), reader.image()));
}

ORACLE_MAIN()
