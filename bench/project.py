"""A generated project for benchmarking run-torch-tidy: what a LibTorch
application of a few dozen files looks like. Headers declare classes that
hold models and devices, sources define them across files, helpers turn
images (OpenCV) and buffers into tensors, and main wires it together. Each
file has correct code and a few of the mistakes torch-tidy finds.

  write(root, models=N, stages=N)  -> the list of source files

The compile database is what CMake writes for a target that links
${TORCH_LIBRARIES} and OpenCV: the libraries' include directories as
-isystem."""
import json
import os
import textwrap
from typing import List

COMMON_H = """\
// Shared by every file of the application.
#pragma once
#include <torch/torch.h>
#include <torch/script.h>
#include <string>
#include <vector>

namespace app {
struct Config {
  std::string model_path = "model.pt";
  bool half = true;
  int64_t batch = 4;
};
torch::Device pickDevice();
} // namespace app
"""

IMAGE_H = """\
// Image helpers: OpenCV images to tensors.
#pragma once
#include "app/common.h"
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace app {
torch::Tensor toTensor(const cv::Mat &image);
torch::Tensor toFloatTensor(const cv::Mat &image);
std::vector<float> flatten(const cv::Mat &image);
} // namespace app
"""

IMAGE_CPP = """\
#include "app/image.h"

namespace app {

torch::Device pickDevice() {
  return torch::cuda::is_available() ? torch::Device(torch::kCUDA)
                                     : torch::Device(torch::kCPU);
}

torch::Tensor toTensor(const cv::Mat &image) {
  // The pixels are bytes: read them as Byte.
  return torch::from_blob(image.data, {image.rows, image.cols, 3}, torch::kByte)
      .clone();
}

torch::Tensor toFloatTensor(const cv::Mat &image) {
  // Bug: 8-bit pixels read as Float.
  auto t = torch::from_blob(image.data, {image.rows, image.cols, 3});
  return t.permute({2, 0, 1}).unsqueeze(0);
}

std::vector<float> flatten(const cv::Mat &image) {
  std::vector<float> out(image.total() * image.channels());
  cv::Mat f;
  image.convertTo(f, CV_32F, 1.0 / 255);
  std::copy(f.begin<float>(), f.end<float>(), out.begin());
  return out;
}

} // namespace app
"""

MODEL_H = """\
// Stage {i}: a model held by a class.
#pragma once
#include "app/common.h"

namespace app {{
class Stage{i} {{
public:
  explicit Stage{i}(const Config &config);
  torch::Tensor run(const std::vector<float> &values);
  torch::Tensor runChecked(const std::vector<float> &values);
  torch::Tensor scores(const torch::Tensor &logits);

private:
  torch::jit::Module model_;
  torch::Device device_;
  int64_t batch_;
}};
}} // namespace app
"""

MODEL_CPP = """\
#include "app/stage{i}.h"

namespace app {{

Stage{i}::Stage{i}(const Config &config)
    : model_(torch::jit::load(config.model_path)), device_(pickDevice()),
      batch_(config.batch) {{
  model_.to(device_);
  model_.to(torch::kHalf);
  model_.eval();
}}

torch::Tensor Stage{i}::run(const std::vector<float> &values) {{
  auto input = torch::from_blob(const_cast<float *>(values.data()),
                                {{batch_, static_cast<int64_t>(values.size()) / batch_}});
  // Bug: the parameters are Half, the input is Float.
  return model_.forward({{input.to(device_)}}).toTensor();
}}

torch::Tensor Stage{i}::runChecked(const std::vector<float> &values) {{
  auto input = torch::from_blob(const_cast<float *>(values.data()),
                                {{batch_, static_cast<int64_t>(values.size()) / batch_}});
  return model_.forward({{input.to(device_).to(torch::kHalf)}}).toTensor();
}}

torch::Tensor Stage{i}::scores(const torch::Tensor &logits) {{
  auto probabilities = torch::softmax(logits, 1);
  probabilities.to(torch::kFloat);  // Bug: the result is dropped.
  return probabilities;
}}

}} // namespace app
"""

HELPER_CPP = """\
// Tensor helpers, part {i}.
#include "app/common.h"

namespace app {{

torch::Tensor normalize{i}(const torch::Tensor &t) {{
  auto mean = t.mean();
  auto stddev = t.std();
  return (t - mean) / (stddev + 1e-6);
}}

torch::Tensor weights{i}(int64_t n) {{
  auto w = torch::arange(n);
  // Bug: arange(n) is Long; in-place true division cannot store Float.
  w.div_(2.5);
  return w;
}}

double firstValue{i}(const torch::Tensor &t) {{
  auto d = t.to(torch::kDouble);
  return d.data_ptr<double>()[0];
}}

torch::Tensor project{i}(const torch::Tensor &x) {{
  auto w = torch::rand({{x.size(1), 8}}, torch::kDouble);
  // Bug: Float times Double.
  return torch::matmul(torch::ones({{2, x.size(1)}}), w);
}}

}} // namespace app
"""

VISION_CPP = """\
// Pipeline {i}: an image through stage {stage}.
#include "app/image.h"
#include "app/stage{stage}.h"

namespace app {{

torch::Tensor pipeline{i}(Stage{stage} &stage, const cv::Mat &image) {{
  cv::Mat resized;
  cv::resize(image, resized, cv::Size(64, 64));
  auto values = flatten(resized);
  return stage.runChecked(values);
}}

torch::Tensor rawPipeline{i}(const cv::Mat &image) {{
  std::vector<uint8_t> bytes(image.data, image.data + image.total() * 3);
  // Bug: a byte buffer read as Float.
  return torch::from_blob(bytes.data(), {{1, 3, image.rows, image.cols}}).clone();
}}

}} // namespace app
"""

MAIN_CPP = """\
#include "app/common.h"
#include "app/image.h"
{stage_includes}

int main(int argc, char **argv) {{
  app::Config config;
  if (argc > 1)
    config.model_path = argv[1];
  cv::Mat image(64, 64, CV_8UC3, cv::Scalar(1, 2, 3));
  auto batch = app::toTensor(image).to(torch::kFloat).div(255);
{stage_calls}
  return 0;
}}
"""


def _write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def write(root: str, models: int = 8, helpers: int = 7,
          pipelines: int = 5) -> List[str]:
    """Writes the project under root (include/app, src, build) and returns
    its sources; models + helpers + pipelines + 2 files."""
    inc = os.path.join(root, "include", "app")
    src = os.path.join(root, "src")
    _write(os.path.join(inc, "common.h"), COMMON_H)
    _write(os.path.join(inc, "image.h"), IMAGE_H)
    sources = [os.path.join(src, "image.cpp")]
    _write(sources[0], IMAGE_CPP)
    for i in range(models):
        _write(os.path.join(inc, "stage%d.h" % i), MODEL_H.format(i=i))
        sources.append(os.path.join(src, "stage%d.cpp" % i))
        _write(sources[-1], MODEL_CPP.format(i=i))
    for i in range(helpers):
        sources.append(os.path.join(src, "helpers%d.cpp" % i))
        _write(sources[-1], HELPER_CPP.format(i=i))
    for i in range(pipelines):
        sources.append(os.path.join(src, "pipeline%d.cpp" % i))
        _write(sources[-1], VISION_CPP.format(i=i, stage=i % models))
    stage_includes = "\n".join('#include "app/stage%d.h"' % i
                               for i in range(models))
    stage_calls = "\n".join(textwrap.indent(
        "app::Stage%d stage%d(config);\nstage%d.runChecked({1, 2, 3, 4});"
        % (i, i, i), "  ") for i in range(models))
    sources.append(os.path.join(src, "main.cpp"))
    _write(sources[-1], MAIN_CPP.format(stage_includes=stage_includes,
                                        stage_calls=stage_calls))
    build = os.path.join(root, "build")
    os.makedirs(build, exist_ok=True)
    entries = []
    for s in sources:
        stem = os.path.splitext(os.path.basename(s))[0]
        args = ["/usr/bin/c++", "-O2", "-DNDEBUG", "-std=gnu++17",
                "-I" + os.path.join(root, "include"),
                "-isystem", "/usr/include/torch/csrc/api/include",
                "-isystem", "/usr/include/opencv4",
                "-D_GLIBCXX_USE_CXX11_ABI=1",
                "-o", "CMakeFiles/app.dir/src/%s.cpp.o" % stem, "-c", s]
        entries.append({"directory": build, "file": s, "arguments": args})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return sources
