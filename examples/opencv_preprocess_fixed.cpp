// The preprocessing step of opencv_preprocess_buggy.cpp after torch-tidy's
// fix-it: from_blob reads the pixels as the bytes they are.
// Usage: opencv_preprocess_fixed IMAGE   (writes a test image if absent)
#include <opencv2/opencv.hpp>
#include <torch/torch.h>

#include <iostream>
#include <string>

int main(int argc, char **argv) {
  std::string path = argc > 1 ? argv[1] : "preprocess_example.png";
  cv::Mat canvas(64, 64, CV_8UC3, cv::Scalar::all(0));
  canvas.rowRange(0, 16).setTo(cv::Scalar::all(200));
  cv::imwrite(path, canvas);

  cv::Mat img = cv::imread(path);
  cv::Mat rgb;
  cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB);
  auto pixels = torch::from_blob(rgb.data, {rgb.rows / 4, rgb.cols, 3}, torch::kByte);
  auto input = pixels.permute({2, 0, 1}).div(255.0);
  std::cout << "top rows mean: " << input.mean().item<float>() << "\n";
}
