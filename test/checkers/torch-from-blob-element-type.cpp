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

// A dtype chosen at run time: no fix-it writes a constant over the choice;
// the note says how to keep it. A const one initialized with a constant is
// replaced as usual.
void optionsWithChosenDtype(double *values) {
  torch::ScalarType chosen = torch::kFloat;
  auto t = torch::from_blob(values, {2}, torch::TensorOptions().dtype(chosen));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: read the buffer as Double and convert the tensor with '.to(chosen)'
  // CHECK-FIXES: auto t = torch::from_blob(values, {2}, torch::TensorOptions().dtype(chosen));
  const torch::ScalarType fixed = torch::kFloat;
  auto f = torch::from_blob(values, {2}, torch::TensorOptions().dtype(fixed));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto f = torch::from_blob(values, {2}, torch::TensorOptions().dtype(torch::kDouble));
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

// OpenCV's output parameters write dst with a depth their rule states.
void openCvOutputParameters(const std::string &path) {
  cv::Mat img = cv::imread(path);
  cv::Mat blurred;
  cv::GaussianBlur(img, blurred, cv::Size(3, 3), 0);
  auto b = torch::from_blob(blurred.data, {blurred.rows, blurred.cols, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-5]]:17: note: the buffer holds Byte elements since here
  // CHECK-FIXES: auto b = torch::from_blob(blurred.data, {blurred.rows, blurred.cols, 3}, torch::kByte);
  cv::Mat n;
  cv::normalize(img, n, 0, 1, cv::NORM_MINMAX, CV_32F);
  auto m = torch::from_blob(n.data, {n.rows, n.cols, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the buffer holds Float elements since here
  // CHECK-FIXES: auto m = torch::from_blob(n.data, {n.rows, n.cols, 3}, torch::kFloat);
  cv::Mat dx;
  cv::Sobel(img, dx, CV_64F, 1, 0);
  auto d = torch::from_blob(dx.data, {dx.rows, dx.cols, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  cv::Mat binary;
  cv::threshold(img, binary, 128, 255, cv::THRESH_BINARY);
  auto t = torch::from_blob(binary.data, {binary.rows, binary.cols, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
}

// cv::split fills a vector of Mats; merge and concat read one.
void openCvChannels(const std::string &path) {
  cv::Mat f;
  cv::imread(path).convertTo(f, CV_32FC3, 1.0 / 255);
  std::vector<cv::Mat> channels;
  cv::split(f, channels);
  auto c = torch::from_blob(channels[0].data, {f.rows, f.cols}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto c = torch::from_blob(channels[0].data, {f.rows, f.cols}, torch::kFloat);
  cv::Mat merged;
  cv::merge(channels, merged);
  auto m = torch::from_blob(merged.data, {f.rows, f.cols, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  cv::Mat tall;
  cv::vconcat(f, f, tall);
  auto v = torch::from_blob(tall.data, {2 * f.rows, f.cols, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
}

// Factories with a type, and element writes that keep the depth.
void openCvFactoriesAndElements() {
  cv::Mat z = cv::Mat::zeros(4, 4, CV_32FC3);
  auto a = torch::from_blob(z.data, {4, 4, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the buffer holds Float elements since here
  cv::Mat o;
  o = cv::Mat::ones(cv::Size(4, 4), CV_64FC1);
  auto b = torch::from_blob(o.data, {4, 4});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  cv::Mat m(4, 4, CV_8UC3);
  m.at<cv::Vec3b>(0, 0) = cv::Vec3b(1, 2, 3);
  m.forEach<cv::Vec3b>([](cv::Vec3b &px, const int *) { px[0] = 0; });
  m.setTo(cv::Scalar(1, 2, 3));
  auto c = torch::from_blob(m.data, {4, 4, 3}, torch::kFloat);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto c = torch::from_blob(m.data, {4, 4, 3}, torch::kByte);
}

// A Mat member filled in one method and read in another: before load() it
// is empty and holds no elements to misread.
class Reader {
public:
  void load(const std::string &path) { img_ = cv::imread(path); }
  torch::Tensor tensor() {
    return torch::from_blob(img_.data, {img_.rows, img_.cols, 3}, torch::kFloat);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-4]]:47: note: the buffer holds Byte elements since here
    // CHECK-FIXES: return torch::from_blob(img_.data, {img_.rows, img_.cols, 3}, torch::kByte);
  }

private:
  cv::Mat img_;
};

// Elements made of numbers of one type are read as that type.
struct Box {
  float x1, y1, x2, y2;
};

void aggregatesOfOneNumberType(std::vector<cv::Point2f> &points,
                               std::vector<std::array<float, 3>> &colors,
                               std::vector<Box> &boxes, cv::Mat &img) {
  points.push_back(cv::Point2f(0.5f, 1.5f));
  colors.push_back({0.25f, 0.5f, 0.75f});
  auto p = torch::from_blob(points.data(), {4, 2}, torch::kDouble);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto p = torch::from_blob(points.data(), {4, 2}, torch::kFloat);
  auto c = torch::from_blob(colors.data(), {2, 3}, torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Half; the tensor holds garbage [torch-from-blob-element-type]
  auto b = torch::from_blob(boxes.data(), {2, 4}, torch::kInt);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Int; the tensor holds garbage [torch-from-blob-element-type]
  auto v = torch::from_blob(img.ptr<cv::Vec3b>(0), {4, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-FIXES: auto v = torch::from_blob(img.ptr<cv::Vec3b>(0), {4, 3}, torch::kByte);
}

// Containers, strings and pointers are not numbers.
void elementsThatAreNotNumbers(std::vector<std::vector<int>> &rows,
                               std::vector<std::string> &names,
                               std::vector<float *> &table) {
  auto r = torch::from_blob(rows.data(), {3, 4}, torch::kInt);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of 'std::vector<int>' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: copy the numbers into one contiguous buffer of a numeric type and read that
  auto n = torch::from_blob(names.data(), {2});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of 'std::basic_string<char>' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
  auto t = torch::from_blob(table.data(), {2});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of 'float *' elements, which are not numbers; the tensor holds the bits of their pointers [torch-from-blob-element-type]
}

// --- Silent: the buffer is read as what it holds, or nobody knows. ---

void rightAggregatesAndPointerTables(std::vector<cv::Point2f> &points,
                                     std::vector<cv::Vec3b> &pixels,
                                     std::vector<float> &interleaved,
                                     std::vector<float *> &table) {
  points.push_back(cv::Point2f(0.5f, 1.5f));
  pixels.push_back(cv::Vec3b(1, 2, 3));
  auto p = torch::from_blob(points.data(), {4, 2});
  auto v = torch::from_blob(pixels.data(), {4, 3}, torch::kByte);
  auto c = torch::from_blob(interleaved.data(), {2}, torch::kComplexFloat);
  auto a = torch::from_blob(table.data(), {2}, torch::kLong);
  struct Labeled {
    float score;
    int label;
  };
  std::vector<Labeled> mixed(2);
  auto m = torch::from_blob(mixed.data(), {2, 2});
}

void openCvRightPipelines(const std::string &path) {
  cv::Mat img = cv::imread(path);
  cv::Mat rgb, blurred, f;
  cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB);
  cv::GaussianBlur(rgb, blurred, cv::Size(3, 3), 0);
  blurred.convertTo(f, CV_32FC3, 1.0 / 255);
  auto t = torch::from_blob(f.data, {f.rows, f.cols, 3});
  std::vector<cv::Mat> channels;
  cv::split(f, channels);
  std::vector<torch::Tensor> planes;
  for (const cv::Mat &c : channels)
    planes.push_back(torch::from_blob(c.data, {f.rows, f.cols}));
  cv::Mat n;
  cv::normalize(img, n, 0, 255, cv::NORM_MINMAX);
  auto u = torch::from_blob(n.data, {n.rows, n.cols, 3}, torch::kByte);
  cv::Mat z = cv::Mat::zeros(4, 4, CV_8UC3);
  z.at<cv::Vec3b>(0, 0) = cv::Vec3b(1, 2, 3);
  auto w = torch::from_blob(z.data, {4, 4, 3}, torch::kByte);
  cv::Mat empty;
  auto e = torch::from_blob(empty.data, {empty.rows, empty.cols});
}

void openCvDepthsNotFollowed(const cv::Mat &img, int type) {
  cv::Mat scaled = img * 2.0;
  auto s = torch::from_blob(scaled.data, {4});
  std::vector<cv::Mat> channels;
  cv::split(img, channels);
  channels[0].convertTo(channels[0], CV_32F);
  auto c = torch::from_blob(channels[1].data, {4}, torch::kByte);
  cv::Mat made = cv::Mat::zeros(2, 2, type);
  auto m = torch::from_blob(made.data, {4});
}

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
