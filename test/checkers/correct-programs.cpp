// Realistic programs that are right: every torch-* check stays silent.
// RUN: %check_torch_tidy %s 'torch-*' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

struct Classifier : torch::nn::Module {
  Classifier()
      : conv(register_module("conv", torch::nn::Conv2d(
                                         torch::nn::Conv2dOptions(3, 8, 3)))),
        fc(register_module("fc", torch::nn::Linear(8, 10))) {}
  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(conv(x));
    x = x.mean({2, 3});
    return fc(x);
  }
  torch::nn::Conv2d conv;
  torch::nn::Linear fc;
};

void trainingLoop(int epochs) {
  torch::Device device =
      torch::cuda::is_available() ? torch::kCUDA : torch::kCPU;
  auto model = std::make_shared<Classifier>();
  model->to(device);
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    model->train();
    auto images = torch::rand({16, 3, 32, 32}).to(device);
    auto labels = torch::randint(0, 10, {16}).to(device);
    optimizer.zero_grad();
    auto logits = model->forward(images);
    auto loss = torch::log_softmax(logits, 1).mean() * labels.sum();
    loss.backward();
    optimizer.step();
  }
}

void fp16Inference(const std::string &path, bool useHalf) {
  torch::jit::script::Module module = torch::jit::load(path, torch::kCUDA);
  module.eval();
  auto dtype = useHalf ? torch::kHalf : torch::kFloat;
  module.to(dtype);
  torch::NoGradGuard noGrad;
  std::vector<float> pixels(3 * 224 * 224);
  auto input = torch::from_blob(pixels.data(), {1, 3, 224, 224})
                   .to(torch::kCUDA)
                   .to(dtype);
  auto out = module.forward({input}).toTensor();
  std::cout << out.argmax(1) << "\n";
}

void halfModelHalfInput(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kCUDA, torch::kHalf);
  auto input = torch::rand({1, 3, 64, 64}, torch::TensorOptions()
                                               .dtype(torch::kHalf)
                                               .device(torch::kCUDA));
  std::vector<torch::jit::IValue> inputs{input};
  module.forward(inputs);
  auto scaled = input * 0.5;
  module.forward({scaled});
  auto shifted = input.to(torch::kFloat).sub(0.5).to(torch::kHalf);
  module.forward({shifted});
}

void moduleLoadedWithoutConversion(const std::string &path) {
  // Precision unknown (whatever the file holds): nothing to say.
  auto module = torch::jit::load(path);
  module.forward({torch::rand({1, 3})});
  module.forward({torch::rand({1, 3}, torch::kDouble)});
}

void bytesNormalizedToFloat(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kFloat);
  std::vector<uint8_t> raw(3 * 8 * 8);
  auto image = torch::from_blob(raw.data(), {1, 3, 8, 8}, torch::kByte);
  auto normalized = image.to(torch::kFloat) / 255;
  module.forward({normalized});
  auto also = image / 255.0;
  module.forward({also});
}

void moduleHandedElsewhere(torch::jit::Module &shared, const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto alias = module; // a handle: converting alias converts module
  alias.to(torch::kFloat);
  module.forward({torch::ones({2})});
  shared.forward({torch::ones({2})});
}

void convertedByAHelper(torch::jit::Module &m);

void moduleConvertedByAnUnknownCall(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  convertedByAHelper(module);
  module.forward({torch::ones({2})});
}

void tensorUpdatedThroughAReference(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  torch::Tensor &ref = x;
  ref = ref.to(torch::kHalf);
  module.forward({x});
}

void lambdaConvertsCapturedTensor(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  auto toHalf = [&] { x = x.to(torch::kHalf); };
  toHalf();
  module.forward({x});
}

void embeddingTakesIndices() {
  torch::nn::Embedding embedding(1000, 64);
  auto ids = torch::randint(0, 1000, {4, 16}, torch::kLong);
  auto vectors = embedding(ids);
  torch::nn::Linear head(64, 2);
  head(vectors);
}

void exceptionsReset(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kFloat);
  try {
    module.to(torch::kHalf);
    module.forward({torch::ones({2}, torch::kHalf)});
  } catch (const std::exception &) {
    module.forward({torch::ones({2})});
  }
}

// The whole OpenCV-to-model pipeline, done right.
std::vector<float> classifyImage(const std::string &modelPath,
                                 const std::string &imagePath) {
  torch::jit::Module model = torch::jit::load(modelPath);
  model.to(torch::kHalf);
  cv::Mat img = cv::imread(imagePath);
  cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
  cv::Mat resized;
  cv::resize(img, resized, cv::Size(224, 224));
  auto input = torch::from_blob(resized.data, {1, 224, 224, 3}, torch::kByte)
                   .permute({0, 3, 1, 2})
                   .to(torch::kHalf)
                   .div_(255.0);
  auto out = model.forward({input}).toTensor().to(torch::kFloat);
  std::vector<float> scores(out.numel());
  std::memcpy(scores.data(), out.data_ptr<float>(), scores.size() * sizeof(float));
  return scores;
}

// Float images straight from OpenCV, read as floats.
torch::Tensor floatImage(const std::string &path) {
  cv::Mat img = cv::imread(path, cv::IMREAD_GRAYSCALE);
  cv::Mat f;
  img.convertTo(f, CV_32FC1, 1.0 / 255);
  return torch::from_blob(f.data, {f.rows, f.cols}).clone();
}

// Index arithmetic on the right types, in place where it can be.
torch::Tensor topRows(const torch::Tensor &scores) {
  auto idx = torch::argmax(scores, 1);
  auto picked = scores.index_select(0, idx);
  auto counts = torch::zeros({4}, torch::kLong);
  counts.add_(1);
  counts.index_add_(0, idx, torch::ones_like(idx));
  picked = picked.contiguous();
  return picked.matmul(picked.t());
}

// The pipeline split into helpers: each converts what the next one needs.
torch::Tensor imageToTensor(const cv::Mat &img) {
  return torch::from_blob(img.data, {1, img.rows, img.cols, 3}, torch::kByte)
      .permute({0, 3, 1, 2});
}

torch::jit::Module loadHalfModel(const std::string &path) {
  torch::jit::Module m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}

torch::Tensor classifyWithHelpers(const std::string &modelPath,
                                  const std::string &imagePath) {
  auto model = loadHalfModel(modelPath);
  cv::Mat img = cv::imread(imagePath);
  auto normalize = [](const torch::Tensor &t) {
    return t.to(torch::kHalf).div(255);
  };
  const auto &input = normalize(imageToTensor(img));
  return model.forward({input}).toTensor().to(torch::kFloat);
}

// A helper picks the dtype at run time; the caller converts anyway.
torch::Tensor maybeDouble(const torch::Tensor &t, bool precise) {
  return precise ? t.to(torch::kDouble) : t;
}

float scoreWithHelpers(const std::string &path, bool precise) {
  torch::nn::Linear fc(4, 2);
  auto x = maybeDouble(torch::rand({1, 4}), precise).to(torch::kFloat);
  auto out = fc(x);
  return out.sum().item<float>();
}

// A detector class done right: the constructor loads and converts the model
// through a helper, run() converts its input to the model's precision and
// device, a runtime flag picks the precision on both sides, and results
// come back as Float.
class Detector {
public:
  Detector(const std::string &path, bool half)
      : module_(loadHalfModel(path)), device_(torch::kCUDA), half_(half) {
    module_.to(device_);
    if (!half_)
      module_.to(torch::kFloat);
    mean_ = torch::tensor({0.485, 0.456, 0.406}).view({1, 3, 1, 1}).to(device_);
  }

  std::vector<float> run(const cv::Mat &img) {
    prepare(img);
    auto out = module_.forward(inputs_).toTensor().to(torch::kFloat).cpu();
    std::vector<float> scores(out.numel());
    std::memcpy(scores.data(), out.data_ptr<float>(),
                scores.size() * sizeof(float));
    return scores;
  }

private:
  void prepare(const cv::Mat &img) {
    auto x = imageToTensor(img).to(device_).to(torch::kFloat).div(255) - mean_;
    if (half_)
      x = x.to(torch::kHalf);
    inputs_.clear();
    inputs_.push_back(x);
  }

  torch::jit::Module module_;
  torch::Device device_;
  bool half_;
  torch::Tensor mean_;
  std::vector<torch::jit::IValue> inputs_;
};

// An engine that owns its model through a shared_ptr and a head that is a
// built-in module member, both converted once.
class Engine {
public:
  explicit Engine(const std::string &path)
      : model_(std::make_shared<torch::jit::Module>(torch::jit::load(path))),
        head_(torch::nn::Linear(10, 2)) {
    model_->to(torch::kHalf);
    head_->to(torch::kHalf);
  }
  torch::Tensor infer(const torch::Tensor &x) {
    auto features = model_->forward({x.to(torch::kHalf)}).toTensor();
    return head_(features.to(torch::kHalf)).to(torch::kFloat);
  }

private:
  std::shared_ptr<torch::jit::Module> model_;
  torch::nn::Linear head_{nullptr};
};
// Batches in containers, each converted before it reaches the model.
std::tuple<torch::Tensor, torch::Tensor> imageAndValidMask(const cv::Mat &img) {
  auto image = torch::from_blob(img.data, {1, img.rows, img.cols, 3}, torch::kByte)
                   .permute({0, 3, 1, 2})
                   .to(torch::kHalf)
                   .div_(255.0);
  auto mask = image.sum(1) > 0;
  return {image, mask};
}

std::vector<torch::Tensor> halfCrops(const std::vector<cv::Mat> &crops) {
  std::vector<torch::Tensor> out;
  out.reserve(crops.size());
  for (const cv::Mat &crop : crops)
    out.push_back(torch::from_blob(crop.data, {1, crop.rows, crop.cols, 3},
                                   torch::kByte)
                      .permute({0, 3, 1, 2})
                      .to(torch::kHalf));
  return out;
}

torch::Tensor classifyBatch(const std::string &path,
                            const std::vector<cv::Mat> &crops,
                            const cv::Mat &full) {
  auto model = loadHalfModel(path);
  auto batch = halfCrops(crops);
  auto logits = model.forward({torch::cat(batch)}).toTensor();
  std::vector<torch::jit::IValue> inputs(batch.begin(), batch.end());
  model.forward(inputs);
  std::vector<torch::jit::IValue> converted;
  for (const auto &t : std::vector<torch::Tensor>{torch::rand({1, 3, 8, 8})})
    converted.push_back(t.to(torch::kHalf));
  model.forward(converted);
  auto [image, mask] = imageAndValidMask(full);
  model.forward({image, mask});
  c10::List<at::Tensor> extra;
  extra.push_back(batch.front());
  model.forward({extra.get(0)});
  return logits.to(torch::kFloat);
}

// Normalization with statistics of the image's dtype, on its device.
torch::Tensor normalizeOnDevice(const torch::Tensor &img, torch::Device device) {
  auto mean = torch::tensor({0.485, 0.456, 0.406}).view({1, 3, 1, 1}).to(device);
  auto stdv = torch::tensor({0.229, 0.224, 0.225}).view({1, 3, 1, 1}).to(device);
  return (img.to(device) - mean) / stdv;
}

// A model in the caller, converted there; the helper converts its input to
// the model's precision.
torch::Tensor inferHalf(torch::jit::script::Module &model, const cv::Mat &bgr) {
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  auto input = torch::from_blob(rgb.data, {1, rgb.rows, rgb.cols, 3}, torch::kByte)
                   .permute({0, 3, 1, 2})
                   .to(torch::kHalf)
                   .div(255);
  return model.forward({input}).toTensor().to(torch::kFloat);
}

void halfModelThroughAHelper(const std::string &path, const cv::Mat &frame) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  inferHalf(model, frame);
}

// A Sequential built from modules, moved to Double with its input; a user
// module whose registered submodules follow its to(); an Embedding fed ids.
struct Tagger : torch::nn::Module {
  Tagger() {
    emb = register_module("emb", torch::nn::Embedding(100, 8));
    head = register_module("head", torch::nn::Sequential(
                                       torch::nn::Linear(8, 8), torch::nn::ReLU(),
                                       torch::nn::Linear(8, 2)));
  }
  torch::Tensor forward(torch::Tensor ids) { return head->forward(emb(ids)); }
  torch::nn::Embedding emb{nullptr};
  torch::nn::Sequential head{nullptr};
};

void modulesInTheirShapes() {
  torch::nn::Sequential mlp(torch::nn::Linear(4, 8), torch::nn::ReLU(),
                            torch::nn::Linear(8, 2));
  mlp->to(torch::kDouble);
  mlp->forward(torch::rand({2, 4}, torch::kDouble));
  auto tagger = std::make_shared<Tagger>();
  tagger->forward(torch::randint(100, {4}));
  tagger->to(torch::kHalf);
  tagger->forward(torch::randint(100, {4}));
}

// An image kept as a member: read in one method, converted in another, and
// handed to LibTorch as what it holds.
class Preprocessor {
public:
  void load(const std::string &path) {
    cv::Mat raw = cv::imread(path);
    cv::cvtColor(raw, image_, cv::COLOR_BGR2RGB);
  }
  void normalize() { image_.convertTo(scaled_, CV_32FC3, 1.0 / 255); }
  torch::Tensor chw() {
    std::vector<cv::Mat> channels;
    cv::split(scaled_, channels);
    std::vector<torch::Tensor> planes;
    for (const cv::Mat &c : channels)
      planes.push_back(torch::from_blob(c.data, {c.rows, c.cols}).clone());
    return torch::stack(planes);
  }
  torch::Tensor bytes() {
    cv::Mat blurred;
    cv::GaussianBlur(image_, blurred, cv::Size(3, 3), 0);
    return torch::from_blob(blurred.data, {blurred.rows, blurred.cols, 3},
                            torch::kByte)
        .to(torch::kFloat);
  }

private:
  cv::Mat image_;
  cv::Mat scaled_;
};

// Losses given targets of the dtypes they take, and Bool masks.
torch::Tensor trainingLosses(const torch::Tensor &logits,
                             const torch::Tensor &classes,
                             const torch::Tensor &padding) {
  auto logp = torch::log_softmax(logits, 1);
  auto nll = torch::nll_loss(logp, classes.to(torch::kLong));
  auto target = torch::zeros({4}).to(torch::kLong);
  auto again = torch::nll_loss(logp, target);
  auto probs = torch::sigmoid(logits.select(1, 0));
  auto bce = torch::binary_cross_entropy(probs, torch::ones({4}));
  auto masked = logits.masked_fill(padding > 0, -1e9);
  auto kept = logits.masked_select(padding.to(torch::kBool));
  auto chosen = torch::where(logits > 0, logits, torch::zeros_like(logits));
  return nll + again + bce + masked.sum() + kept.sum() + chosen.sum();
}
