// User rules that write an output parameter by its name, and that require
// a Bool mask.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/user-outputs.yaml'}}" %s 'torch-from-blob-element-type,torch-operand-dtype' %t -- %mock_flags

#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <string>

namespace imaging {
void to_float(const cv::Mat &src, cv::Mat &out);
void to_float(const cv::Mat &src, double scale, cv::Mat &out);
torch::Tensor keep(const torch::Tensor &x, const torch::Tensor &mask);
} // namespace imaging

void outputByName(const std::string &path) {
  cv::Mat img = cv::imread(path);
  cv::Mat f, g;
  imaging::to_float(img, f);
  auto a = torch::from_blob(f.data, {f.rows, f.cols, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the buffer holds Float elements since here
  imaging::to_float(img, 1.0 / 255, g);
  auto b = torch::from_blob(g.data, {g.rows, g.cols, 3}, torch::kByte);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'from_blob' reads a buffer of Float elements as Byte; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the buffer holds Float elements since here
  auto c = torch::from_blob(img.data, {img.rows, img.cols, 3}, torch::kByte);
}

void boolMask(const torch::Tensor &x) {
  auto scores = torch::rand({4});
  auto k = imaging::keep(x, scores);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'keep' needs a Bool mask, but it is Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: mask is Float since here
  // CHECK-FIXES: auto k = imaging::keep(x, scores.to(torch::kBool));
  auto r = imaging::keep(x, scores > 0.5);
}
