// RUN: %check_torch_tidy %s torch-annotation %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-annotation %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>

void unknownDtype() {
  [[clang::annotate("torch-tidy:dtype=half16")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: unknown dtype 'half16' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]
}

void unknownDevice() {
  [[clang::annotate("torch-tidy:dtype=half, device=gpu")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: unknown device 'gpu' in torch-tidy annotation; expected a device such as cpu, cuda or cuda:1 [torch-annotation]
  [[clang::annotate("torch-tidy:device=cuda:x")]] torch::Tensor y;
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: unknown device 'cuda:x' in torch-tidy annotation; expected a device such as cpu, cuda or cuda:1 [torch-annotation]
}

void unknownKey() {
  [[clang::annotate("torch-tidy:dtype=half,layout=strided")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: unknown key 'layout' in torch-tidy annotation; expected dtype or device [torch-annotation]
}

void missingEquals() {
  [[clang::annotate("torch-tidy:half")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: missing '=' in 'half' in torch-tidy annotation; expected dtype=<name> or device=<device> [torch-annotation]
}

void missingKeyOrValue() {
  [[clang::annotate("torch-tidy:=half")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: missing key before '=' in torch-tidy annotation; expected dtype or device [torch-annotation]
  [[clang::annotate("torch-tidy:device=")]] torch::Tensor y;
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: missing value after 'device=' in torch-tidy annotation; expected a device such as cpu, cuda or cuda:1 [torch-annotation]
}

void duplicateKey() {
  [[clang::annotate("torch-tidy:dtype=half,dtype=float")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: duplicate key 'dtype' in torch-tidy annotation [torch-annotation]
}

void emptyList() {
  [[clang::annotate("torch-tidy:")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: empty torch-tidy annotation; expected dtype=<name>, device=<device> or both [torch-annotation]
  [[clang::annotate("torch-tidy:dtype=half,")]] torch::Tensor y;
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: empty entry in torch-tidy annotation; expected dtype=<name> or device=<device> [torch-annotation]
}

// Every problem of one annotation is reported.
void severalProblems() {
  [[clang::annotate("torch-tidy:dtype=fp16,device=tpu")]] torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: unknown dtype 'fp16' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: unknown device 'tpu' in torch-tidy annotation; expected a device such as cpu, cuda or cuda:1 [torch-annotation]
}

struct Batch {
  [[clang::annotate("torch-tidy:dtype=flaot")]] torch::Tensor images;
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: unknown dtype 'flaot' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]
};

[[clang::annotate("torch-tidy:devcie=cuda")]] torch::Tensor loadInput();
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: unknown key 'devcie' in torch-tidy annotation; expected dtype or device [torch-annotation]

void onAParameter([[clang::annotate("torch-tidy:dtype=")]] torch::Tensor x);
// CHECK-MESSAGES: :[[@LINE-1]]:55: warning: missing value after 'dtype=' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]

// The GNU spelling, and a literal split in two.
void otherSpellings() {
  __attribute__((annotate("torch-tidy:dtype=halfs"))) torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: unknown dtype 'halfs' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]
  [[clang::annotate("torch-tidy:dtype=half,"
                    "device=cude")]] torch::Tensor y;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: unknown device 'cude' in torch-tidy annotation; expected a device such as cpu, cuda or cuda:1 [torch-annotation]
}

// Declarations of one function, or two annotations on one declaration,
// must not contradict each other.
[[clang::annotate("torch-tidy:dtype=half")]] torch::Tensor decode();
[[clang::annotate("torch-tidy:dtype=float")]] torch::Tensor decode();
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: dtype Float in torch-tidy annotation contradicts dtype Half stated by an earlier annotation of this declaration [torch-annotation]
// CHECK-MESSAGES: :[[@LINE-3]]:31: note: the earlier annotation is here

void twoAnnotations() {
  [[clang::annotate("torch-tidy:device=cuda:0"), clang::annotate("torch-tidy:device=cpu")]]
  torch::Tensor x;
  // CHECK-MESSAGES: :[[@LINE-2]]:78: warning: device cpu in torch-tidy annotation contradicts device cuda:0 stated by an earlier annotation of this declaration [torch-annotation]
  // CHECK-MESSAGES: :[[@LINE-3]]:33: note: the earlier annotation is here
}

// Nothing torch-tidy tracks: the annotation would be ignored.
void untrackedTypes() {
  [[clang::annotate("torch-tidy:dtype=half")]] int n = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: torch-tidy annotation has no effect on a declaration of type 'int'; it applies to tensors, modules, TensorOptions, dtypes and devices [torch-annotation]
}

[[clang::annotate("torch-tidy:device=cuda")]] void runOnGpu();
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: torch-tidy annotation has no effect on a function returning 'void'; it applies to tensors, modules, TensorOptions, dtypes and devices [torch-annotation]

struct [[clang::annotate("torch-tidy:dtype=half")]] HalfModel {};
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: torch-tidy annotations apply to variables, parameters, fields and functions only [torch-annotation]

// --- Silent ---

[[clang::annotate("torch-tidy:dtype=half,device=cuda:1")]] torch::Tensor load();
[[clang::annotate("torch-tidy:dtype=Half")]] torch::Tensor load();

struct Model {
  [[clang::annotate("torch-tidy : dtype=float16")]] torch::jit::Module net;
  [[clang::annotate("torch-tidy: device = cpu , dtype = BFloat16")]] torch::Tensor mean;
};

void wellFormed([[clang::annotate("torch-tidy:dtype=int64")]] torch::Tensor ids,
                [[clang::annotate("torch-tidy:device=cuda")]] torch::Device dev,
                [[clang::annotate("torch-tidy:dtype=half")]] torch::ScalarType st) {
  [[clang::annotate("torch-tidy:dtype=double"), clang::annotate("torch-tidy:device=cpu")]]
  torch::Tensor x;
  [[clang::annotate("someone-else's annotation")]] int n = 0;
}

template <typename T>
void inATemplate([[clang::annotate("torch-tidy:dtype=half")]] T x) {}
template void inATemplate(int);
