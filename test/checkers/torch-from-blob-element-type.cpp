// RUN: %check_torch_tidy %s torch-from-blob-element-type %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-from-blob-element-type %t -- %mock_flags

#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

void bytesReadAsFloat(std::vector<uint8_t> &bytes) {
  auto t = torch::from_blob(bytes.data(), {4});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to get Float values, read the buffer as Byte and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto t = torch::from_blob(bytes.data(), {4}, torch::kByte);
}

void explicitWrongDtype(std::vector<int32_t> &ints) {
  auto t = torch::from_blob(ints.data(), {4}, torch::kFloat);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Int elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to get Float values, read the buffer as Int and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto t = torch::from_blob(ints.data(), {4}, torch::kInt);
}

void optionsWithWrongDtype(double *values) {
  auto t = torch::from_blob(values, {2}, torch::TensorOptions().dtype(torch::kFloat).device(torch::kCPU));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto t = torch::from_blob(values, {2}, torch::TensorOptions().dtype(torch::kDouble).device(torch::kCPU));
}

void stridedAndDeleter(int64_t *longs) {
  auto s = torch::from_blob(longs, {2, 2}, {2, 1});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Long elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to get Float values, read the buffer as Long and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto s = torch::from_blob(longs, {2, 2}, {2, 1}, torch::kLong);
  auto d = torch::from_blob(longs, {4}, [](void *) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Long elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to get Float values, read the buffer as Long and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto d = torch::from_blob(longs, {4}, [](void *) {}, torch::kLong);
}

void arraysAndSmartPointers() {
  std::array<float, 4> a{};
  auto fromArray = torch::from_blob(a.data(), {4}, torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'from_blob' reads a buffer of Float elements as Half; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto fromArray = torch::from_blob(a.data(), {4}, torch::kFloat);
  std::unique_ptr<double[]> u(new double[4]);
  auto fromUnique = torch::from_blob(u.get(), {4});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto fromUnique = torch::from_blob(u.get(), {4}, torch::kDouble);
  int16_t c[4] = {};
  auto fromCArray = torch::from_blob(c, {4});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'from_blob' reads a buffer of Short elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: to get Float values, read the buffer as Short and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto fromCArray = torch::from_blob(c, {4}, torch::kShort);
  at::Half h[2];
  auto fromHalf = torch::from_blob(static_cast<void *>(h), {2});
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'from_blob' reads a buffer of Half elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto fromHalf = torch::from_blob(static_cast<void *>(h), {2}, torch::kHalf);
}

// cv::Mat::data is always uchar*: the element type is the Mat's depth.
void openCvImageReadAsFloat(const std::string &path) {
  cv::Mat img = cv::imread(path);
  cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
  auto t = torch::from_blob(img.data, {img.rows, img.cols, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: the buffer holds Byte elements since here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: to get Float values, read the buffer as Byte and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto t = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
}

void openCvConvertedToFloatReadAsBytes(const std::string &path) {
  cv::Mat img = cv::imread(path, cv::IMREAD_GRAYSCALE);
  cv::Mat f;
  img.convertTo(f, CV_32FC1, 1.0 / 255);
  auto t = torch::from_blob(f.data, {f.rows, f.cols}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the buffer holds Float elements since here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: to get Byte values, read the buffer as Float and convert the tensor with '.to(torch::kByte)'
  // CHECK-FIXES: auto t = torch::from_blob(f.data, {f.rows, f.cols}, torch::kFloat);
}

void openCvMadeWithTypeCode() {
  cv::Mat m(4, 4, CV_64FC3);
  auto t = torch::from_blob(m.ptr(), {4, 4, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: the buffer holds Double elements since here
  // CHECK-FIXES: auto t = torch::from_blob(m.ptr(), {4, 4, 3}, torch::kDouble);
  cv::Mat c;
  c.create(2, 2, CV_8UC3);
  auto u = torch::from_blob(c.data, {2, 2, 3}, torch::kFloat);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the buffer holds Byte elements since here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: to get Float values, read the buffer as Byte and convert the tensor with '.to(torch::kFloat)'
  // CHECK-FIXES: auto u = torch::from_blob(c.data, {2, 2, 3}, torch::kByte);
}

// --- Silent: the buffer is read as what it holds, or nobody knows. ---

void rightDtypes(std::vector<uint8_t> &bytes, std::vector<float> &floats,
                 std::vector<int64_t> &longs) {
  auto b = torch::from_blob(bytes.data(), {4}, torch::kByte).to(torch::kFloat);
  auto f = torch::from_blob(floats.data(), {4});
  auto l = torch::from_blob(longs.data(), {4}, torch::TensorOptions().dtype(torch::kLong));
}

void unknownBuffers(void *raw, char *text, const torch::TensorOptions &opts,
                    std::vector<uint8_t> &bytes) {
  auto v = torch::from_blob(raw, {4});
  auto c = torch::from_blob(text, {4});
  auto o = torch::from_blob(bytes.data(), {4}, opts);
}

void openCvRight(const std::string &path) {
  cv::Mat img = cv::imread(path);
  auto bytes = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
  cv::Mat f;
  img.convertTo(f, CV_32FC3, 1.0 / 255);
  auto floats = torch::from_blob(f.data, {f.rows, f.cols, 3});
  auto typed = torch::from_blob(f.ptr<float>(), {f.rows, f.cols, 3});
  cv::Mat small;
  cv::resize(f, small, cv::Size(8, 8));
  auto resized = torch::from_blob(small.data, {8, 8, 3});
  cv::Mat copy = f.clone();
  auto cloned = torch::from_blob(copy.data, {f.rows, f.cols, 3});
  cv::Mat same;
  f.convertTo(same, -1);
  auto kept = torch::from_blob(same.data, {f.rows, f.cols, 3});
}

void openCvUnknownDepth(const std::string &path, cv::Mat &param, int flags) {
  cv::Mat any = cv::imread(path, cv::IMREAD_UNCHANGED);
  auto a = torch::from_blob(any.data, {4});
  cv::Mat chosen = cv::imread(path, flags);
  auto c = torch::from_blob(chosen.data, {4});
  auto p = torch::from_blob(param.data, {4});
  cv::Mat region(any, cv::Range(0, 1), cv::Range(0, 1)); // not modeled
  auto r = torch::from_blob(region.data, {4});
}
