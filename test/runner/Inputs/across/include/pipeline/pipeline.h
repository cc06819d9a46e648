// The sample project of the across-files test: helpers in their own files,
// declared here, called from main.cpp, whose bodies it never sees.
#pragma once
#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

namespace pipeline {
// prep.cpp
torch::Tensor toFloat(std::vector<unsigned char> &bytes);
torch::Tensor keep(const torch::Tensor &t);
// model.cpp
torch::jit::script::Module loadHalf(const std::string &path);
// scale_a.cpp and scale_b.cpp (two programs of the project) define it
// differently: their summaries disagree.
torch::Tensor scale(const torch::Tensor &t);
// Defined in no file of the project (a prebuilt library): an overload no
// summary describes.
torch::Tensor keep(const torch::Tensor &t, int times);
// model.cpp: passes its argument to a Half module.
void classify(const torch::Tensor &x);
// ping.cpp and pong.cpp call each other.
torch::Tensor ping(int n);
torch::Tensor pong(int n);

// Calls prep.cpp's toFloat: a file that calls only this is checked again
// too.
inline torch::Tensor prepared(std::vector<unsigned char> &bytes) {
  return toFloat(bytes);
}
} // namespace pipeline
