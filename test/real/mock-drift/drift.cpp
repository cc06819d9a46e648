// Mock-drift check for test/checkers/Inputs (the LibTorch 1.13 mock headers).
//
// This file must compile, unchanged, both against the mocks and against the
// real LibTorch 1.13 headers:
//
//   clang++-19 -std=c++17 -fsyntax-only -isystem test/checkers/Inputs \
//       test/real/mock-drift/drift.cpp
//   clang++-19 -std=c++17 -fsyntax-only \
//       -isystem /usr/include/torch/csrc/api/include \
//       test/real/mock-drift/drift.cpp
//
// (Do not add -isystem /usr/include: it reorders the system include path and
// breaks libstdc++'s #include_next <stdlib.h>.)
//
// It exercises every mocked API in the ways user code typically does, so a
// mock declaration that drifts from the real one (name, namespace, parameter
// or return type, constness, default argument, overload set) shows up as a
// compile error on one side. Only use APIs the mocks declare.

#include <torch/script.h>
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <functional>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <vector>

// ---------------------------------------------------------------- c10 / at --

static void scalar_types_and_devices() {
  c10::ScalarType all[] = {
      c10::ScalarType::Byte,         c10::ScalarType::Char,
      c10::ScalarType::Short,        c10::ScalarType::Int,
      c10::ScalarType::Long,         c10::ScalarType::Half,
      c10::ScalarType::Float,        c10::ScalarType::Double,
      c10::ScalarType::ComplexHalf,  c10::ScalarType::ComplexFloat,
      c10::ScalarType::ComplexDouble, c10::ScalarType::Bool,
      c10::ScalarType::QInt8,        c10::ScalarType::QUInt8,
      c10::ScalarType::QInt32,       c10::ScalarType::BFloat16,
      c10::ScalarType::QUInt4x2,     c10::ScalarType::QUInt2x4,
      c10::ScalarType::Undefined,    c10::ScalarType::NumOptions};
  (void)all;
  static_assert(static_cast<int>(c10::ScalarType::Half) == 5, "Half");
  static_assert(static_cast<int>(c10::ScalarType::Float) == 6, "Float");
  static_assert(static_cast<int>(c10::ScalarType::Bool) == 11, "Bool");
  static_assert(static_cast<int>(c10::ScalarType::BFloat16) == 15, "BF16");
  static_assert(sizeof(c10::ScalarType) == 1, "int8_t underlying");

  constexpr c10::ScalarType c10_consts[] = {
      c10::kByte,  c10::kChar,   c10::kShort,    c10::kInt,
      c10::kLong,  c10::kHalf,   c10::kFloat,    c10::kDouble,
      c10::kComplexHalf, c10::kComplexFloat, c10::kComplexDouble,
      c10::kBool,  c10::kQInt8,  c10::kQUInt8,   c10::kQInt32,
      c10::kBFloat16, c10::kQUInt4x2, c10::kQUInt2x4};
  (void)c10_consts;
  constexpr at::ScalarType at_consts[] = {at::kByte, at::kHalf, at::kFloat,
                                          at::kBFloat16, at::kBool};
  (void)at_consts;
  constexpr torch::Dtype torch_consts[] = {
      torch::kUInt8, torch::kInt8,    torch::kInt16,   torch::kInt32,
      torch::kInt64, torch::kFloat16, torch::kFloat32, torch::kFloat64,
      torch::kU8,    torch::kI8,      torch::kI16,     torch::kI32,
      torch::kI64,   torch::kF16,     torch::kF32,     torch::kF64,
      torch::kHalf,  torch::kFloat,   torch::kBFloat16, torch::kLong};
  (void)torch_consts;
  static_assert(torch::kF16 == c10::ScalarType::Half, "kF16");

  c10::Half h(1.0f);
  float hf = h;
  at::BFloat16 b(2.0f);
  float bf = b;
  (void)hf;
  (void)bf;

  static_assert(static_cast<int>(c10::DeviceType::CPU) == 0, "CPU");
  static_assert(static_cast<int>(c10::DeviceType::CUDA) == 1, "CUDA");
  static_assert(static_cast<int>(c10::DeviceType::MPS) == 13, "MPS");
  static_assert(static_cast<int>(c10::DeviceType::Meta) == 14, "Meta");
  static_assert(sizeof(c10::DeviceType) == 1, "int8_t underlying");
  constexpr c10::DeviceType dts[] = {c10::kCPU, c10::kCUDA, c10::kHIP,
                                     c10::kMPS, c10::kMeta, c10::kXLA};
  (void)dts;
  torch::DeviceType dt = torch::kCUDA;
  at::DeviceType dt2 = at::kCPU;
  (void)dt2;

  c10::DeviceIndex idx = 0;
  torch::Device d0(torch::kCUDA);
  torch::Device d1(torch::kCUDA, idx);
  torch::Device d2("cuda:1");
  torch::Device d3(std::string("cpu"));
  at::Device d4 = torch::kCPU;
  c10::Device d5(dt, 1);
  bool q = d0.is_cuda() || d1.is_cpu() || d2.has_index() || d4.is_mps();
  c10::DeviceType t = d2.type();
  c10::DeviceIndex i = d2.index();
  std::string s = d3.str();
  bool eq = (d0 == d1) || (d0 != d5);
  (void)q;
  (void)t;
  (void)i;
  (void)eq;

  c10::Layout l = torch::kStrided;
  at::MemoryFormat mf = at::MemoryFormat::ChannelsLast;
  (void)l;
  (void)mf;

  c10::optional<torch::Device> od = torch::kCUDA;
  c10::optional<torch::Device> none = c10::nullopt;
  torch::optional<at::ScalarType> ost = torch::kHalf;
  if (od.has_value() && od->is_cuda() && ost && *ost == torch::kHalf) {
  }
  torch::Device dv = none.value_or(torch::Device(torch::kCPU));
  (void)dv;
  auto mo = c10::make_optional(torch::kFloat);
  (void)mo;
}

static void tensor_options() {
  torch::TensorOptions a;
  torch::TensorOptions b = torch::kFloat;         // ScalarType
  torch::TensorOptions c = torch::kCUDA;          // DeviceType (variadic ctor)
  torch::TensorOptions d = torch::Device("cuda"); // Device
  torch::TensorOptions e("cuda:0");               // const char* -> Device
  torch::TensorOptions f = torch::kStrided;       // Layout
  torch::TensorOptions g = at::MemoryFormat::Contiguous;
  torch::TensorOptions h(torch::kCUDA, 1);        // variadic -> Device(t, i)

  auto o = a.dtype(torch::kHalf)
               .device(torch::kCUDA)
               .device(torch::kCUDA, 1)
               .device(torch::Device("cuda:1"))
               .device_index(0)
               .layout(torch::kStrided)
               .requires_grad(true)
               .pinned_memory(false)
               .memory_format(at::MemoryFormat::Contiguous);
  o = o.dtype(c10::optional<at::ScalarType>()).device(c10::optional<torch::Device>());

  torch::Device dev = o.device();
  caffe2::TypeMeta meta = o.dtype();
  c10::optional<torch::Device> odev = o.device_opt();
  bool has = o.has_dtype() && o.has_device() && o.requires_grad();
  int32_t di = o.device_index();
  torch::Layout lay = o.layout();
  c10::ScalarType st = c10::typeMetaToScalarType(meta);
  bool same = (meta == torch::kFloat) || (torch::kHalf != meta);
  (void)dev;
  (void)odev;
  (void)has;
  (void)di;
  (void)lay;
  (void)st;
  (void)same;

  torch::TensorOptions free1 = torch::dtype(torch::kFloat32);
  torch::TensorOptions free2 = torch::device(torch::kCUDA);
  torch::TensorOptions free3 = torch::requires_grad();
  torch::TensorOptions free4 = torch::layout(torch::kStrided);
  torch::TensorOptions free5 = torch::device_index(1);
  torch::TensorOptions free6 = torch::dtype<float>();
  torch::TensorOptions free7 = at::dtype(at::kHalf).device(at::kCUDA);
  torch::TensorOptions free8 = c10::dtype(c10::kBFloat16);
  (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h;
  (void)free1; (void)free2; (void)free3; (void)free4; (void)free5;
  (void)free6; (void)free7; (void)free8;
}

static void scalars_and_arrayrefs() {
  c10::Scalar s0;
  c10::Scalar s1 = 1;
  c10::Scalar s2 = 2.5;
  c10::Scalar s3 = true;
  c10::Scalar s4 = int64_t(7);
  c10::Scalar s5 = 1.5f;
  at::Scalar s6 = at::Half(1.0f);
  double dd = s2.toDouble();
  int64_t ll = s4.toLong();
  float ff = s5.to<float>();
  bool bb = s3.toBool() && s1.isIntegral(false) && s2.isFloatingPoint();
  (void)s0; (void)s6; (void)dd; (void)ll; (void)ff; (void)bb;

  at::IntArrayRef r1 = {1, 3, 224, 224};
  std::vector<int64_t> v = {2, 3};
  c10::IntArrayRef r2 = v;
  at::IntArrayRef r3 = r1.slice(1);
  size_t n = r1.size() + r2.size() + r3.size();
  int64_t first = r1[0] + r1.front() + r1.back();
  std::vector<int64_t> back = r1.vec();
  for (int64_t x : r2) {
    (void)x;
  }
  at::OptionalIntArrayRef oa = c10::nullopt;
  at::OptionalIntArrayRef ob = r1;
  (void)n; (void)first; (void)oa; (void)ob;
}

// ------------------------------------------------------------ at::Tensor --

static void print(std::ostream& os, const torch::Tensor& t) {
  os << t;
}

static void tensor_methods(std::ostream& os, torch::Tensor x, torch::Tensor y) {
  print(os, x);
  // queries
  caffe2::TypeMeta m = x.dtype();
  at::ScalarType st = x.scalar_type();
  torch::Device dev = x.device();
  torch::TensorOptions opts = x.options();
  at::IntArrayRef sz = x.sizes();
  at::IntArrayRef sd = x.strides();
  int64_t d = x.dim() + x.numel() + x.size(0) + x.size(-1) + x.stride(0);
  bool b = x.defined() && x.is_cuda() && x.is_cpu() && x.requires_grad() &&
           x.is_contiguous() && x.is_floating_point() && x.is_leaf();
  bool isf = x.dtype() == torch::kFloat;
  bool ish = x.scalar_type() == torch::kHalf;
  bool onc = x.device().is_cuda() || x.device().type() == torch::kCUDA;
  torch::Layout lay = x.layout();
  std::string str = x.toString();
  (void)m; (void)st; (void)dev; (void)opts; (void)sz; (void)sd; (void)d;
  (void)b; (void)isf; (void)ish; (void)onc; (void)lay; (void)str;

  // element access
  float* p = x.data_ptr<float>();
  void* vp = x.data_ptr();
  float f = x.item<float>();
  double dbl = x.item().toDouble();
  at::Scalar sc = x.item();
  auto acc = x.accessor<float, 2>();
  float a01 = acc[0][1];
  int64_t asz = acc.size(0);
  x.print();
  (void)p; (void)vp; (void)f; (void)dbl; (void)sc; (void)a01; (void)asz;

  // every `to` overload, plus the conversion helpers
  torch::Tensor t1 = x.to(torch::kCUDA);
  torch::Tensor t2 = x.to(torch::Device("cuda:1"));
  torch::Tensor t3 = x.to(torch::kCUDA, torch::kHalf);
  torch::Tensor t4 = x.to(torch::Device(torch::kCUDA, 0), torch::kFloat,
                          /*non_blocking=*/true, /*copy=*/false);
  torch::Tensor t5 = x.to(torch::kHalf);
  torch::Tensor t6 = x.to(torch::kFloat, /*non_blocking=*/false,
                          /*copy=*/true, at::MemoryFormat::Contiguous);
  torch::Tensor t7 = x.to(y);
  torch::Tensor t8 = x.to(y, /*non_blocking=*/true);
  torch::Tensor t9 = x.to(x.options().dtype(torch::kHalf));
  torch::Tensor t10 = x.to(torch::TensorOptions()
                               .device(torch::kCUDA)
                               .dtype(torch::kFloat),
                           /*non_blocking=*/true);
  torch::Tensor t11 = x.to(torch::dtype(torch::kF16).device(torch::kCUDA));
  torch::Tensor t12 = x.to(torch::kCUDA, /*non_blocking=*/true);
  torch::Tensor t13 = x.to(torch::kFloat16, torch::kStrided, torch::kCUDA,
                           false, false, false, c10::nullopt);
  torch::Tensor t14 = x.toType(torch::kDouble);
  torch::Tensor t15 = x.cuda();
  torch::Tensor t16 = x.cpu();
  torch::Tensor t17 = x.type_as(y);
  (void)t1; (void)t2; (void)t3; (void)t4; (void)t5; (void)t6; (void)t7;
  (void)t8; (void)t9; (void)t10; (void)t11; (void)t12; (void)t13;
  (void)t14; (void)t15; (void)t16; (void)t17;

  // shape ops
  auto v1 = x.view({-1});
  auto v2 = x.view({2, -1});
  auto v3 = x.view(torch::kInt);
  auto v4 = x.reshape({1, 3, 224, 224});
  auto v5 = x.permute({0, 2, 3, 1});
  auto v6 = x.transpose(0, 1);
  auto v7 = x.t();
  auto v8 = x.contiguous();
  auto v9 = x.clone();
  auto v10 = x.detach();
  auto v11 = x.squeeze();
  auto v12 = x.squeeze(0);
  auto v13 = x.unsqueeze(0);
  auto v14 = x.flatten();
  auto v15 = x.flatten(1);
  auto v16 = x.narrow(0, 0, 1);
  auto v17 = x.select(0, 1);
  auto v18 = x.slice(1, 0, 2);
  auto v19 = x.slice(/*dim=*/0, /*start=*/1);
  auto v20 = x.expand({4, 3});
  auto v21 = x.expand_as(y);
  auto v22 = x.repeat({2, 1});
  auto v23 = x.flip({0});
  auto v24 = x.view_as(y);
  auto v25 = x.reshape_as(y);
  std::vector<torch::Tensor> parts = x.chunk(2, 1);
  std::vector<torch::Tensor> splits = x.split(2);
  std::vector<torch::Tensor> unb = x.unbind();
  (void)v1; (void)v2; (void)v3; (void)v4; (void)v5; (void)v6; (void)v7;
  (void)v8; (void)v9; (void)v10; (void)v11; (void)v12; (void)v13;
  (void)v14; (void)v15; (void)v16; (void)v17; (void)v18; (void)v19;
  (void)v20; (void)v21; (void)v22; (void)v23; (void)v24; (void)v25;

  // indexing
  using torch::indexing::Ellipsis;
  using torch::indexing::None;
  using torch::indexing::Slice;
  auto i1 = x.index({Slice(), 0});
  auto i2 = x.index({Slice(None, 2), Slice(1, None, 2)});
  auto i3 = x.index({"...", None});
  auto i4 = x.index({Ellipsis, 0});
  auto i5 = x.index({y > 0});
  auto i6 = x.index({true});
  x.index_put_({0}, 1.0);
  x.index_put_({Slice(), 1}, y);
  auto i7 = x[0];
  auto i8 = x[0][1];
  auto i9 = x[y];
  auto i10 = x.index_select(0, y);
  auto i11 = x.masked_fill(y > 0, 0.0);
  auto i12 = x.masked_select(y > 0);
  auto i13 = x.index_fill(0, y, 1.0);
  auto i14 = x.index_copy(0, y, x);
  x.index_copy_(0, y, x);
  auto i15 = x.take(y);
  auto i16 = torch::masked_fill(x, y > 0, 1.0);
  auto i17 = torch::masked_select(x, y > 0);
  auto i18 = torch::take(x, y);
  (void)i1; (void)i2; (void)i3; (void)i4; (void)i5; (void)i6; (void)i7;
  (void)i8; (void)i9; (void)i10; (void)i11; (void)i12; (void)i13; (void)i14;
  (void)i15; (void)i16; (void)i17; (void)i18;

  // losses
  auto l1 = torch::nll_loss(x, y);
  auto l2 = torch::nll_loss2d(x, y, {}, at::Reduction::Sum);
  auto l3 = torch::nll_loss_nd(x, y, x, at::Reduction::None, -1);
  auto l4 = torch::multi_margin_loss(x, y);
  auto l5 = torch::binary_cross_entropy(x, y);
  (void)l1; (void)l2; (void)l3; (void)l4; (void)l5;

  // elementwise / reductions
  auto e1 = x.abs().neg().exp().log().sqrt().relu().sigmoid().tanh();
  auto e2 = x.softmax(1);
  auto e3 = x.softmax(-1, torch::kFloat);
  auto e4 = x.log_softmax(1);
  auto e5 = x.clamp(0, 1);
  auto e6 = x.clamp(/*min=*/0.0);
  auto e7 = x.clamp_min(0.5);
  auto e8 = x.pow(2);
  auto e9 = x.pow(y);
  auto e10 = x.sum();
  auto e11 = x.sum(1);
  auto e12 = x.sum({1, 2}, /*keepdim=*/true); // NB: {0, 1} is ambiguous in 1.13
  auto e12b = x.sum(at::IntArrayRef{0, 1}, /*keepdim=*/true);
  auto e12c = x.sum(at::DimnameList{}, /*keepdim=*/false);
  int64_t e12d = x.size(at::Dimname::wildcard());
  (void)e12b; (void)e12c; (void)e12d;
  auto e13 = x.sum(torch::kDouble);
  auto e14 = x.mean();
  auto e15 = x.mean({1});
  auto e16 = x.mean(1, /*keepdim=*/true);
  torch::Tensor e17 = x.max();
  std::tuple<torch::Tensor, torch::Tensor> e18 = x.max(1);
  auto e19 = x.max(y);
  auto e20 = x.min();
  auto e21 = x.argmax();
  auto e22 = x.argmax(1);
  auto e23 = x.argmax(1, /*keepdim=*/true);
  auto e24 = x.argmin(0);
  auto e25 = x.eq(y).ne(y).lt(1).le(y).gt(0.5).ge(y);
  auto e26 = x.isnan();
  auto e27 = x.nonzero();
  auto e28 = x.argsort();
  auto e29 = x.argsort(1, /*descending=*/true);
  auto e30 = x.topk(5);
  auto e31 = std::get<1>(x.topk(3, 1, true, true));
  auto e32 = x.sort();
  auto e33 = x.sort(0, true);
  auto e34 = x.add(y).sub(y).mul(y).div(y);
  auto e35 = x.add(1).sub(2.0).mul(3).div(4);
  auto e36 = x.add(y, 0.5);
  auto e37 = x.div(y, "floor");
  auto e38 = x.matmul(y).mm(y);
  auto e39 = x.std().var();
  auto e40 = x.norm();
  auto e41 = x.all().any();
  bool e42 = x.equal(y) && x.allclose(y);
  auto e43 = x.floor().ceil().round().trunc();
  (void)e1; (void)e2; (void)e3; (void)e4; (void)e5; (void)e6; (void)e7;
  (void)e8; (void)e9; (void)e10; (void)e11; (void)e12; (void)e13;
  (void)e14; (void)e15; (void)e16; (void)e17; (void)e18; (void)e19;
  (void)e20; (void)e21; (void)e22; (void)e23; (void)e24; (void)e25;
  (void)e26; (void)e27; (void)e28; (void)e29; (void)e30; (void)e31;
  (void)e32; (void)e33; (void)e34; (void)e35; (void)e36; (void)e37;
  (void)e38; (void)e39; (void)e40; (void)e41; (void)e42; (void)e43;

  // in-place (all const-qualified in 1.13)
  const torch::Tensor cx = x;
  cx.add_(y);
  cx.add_(1);
  cx.sub_(y);
  cx.mul_(2);
  cx.div_(y);
  cx.copy_(y);
  cx.copy_(y, /*non_blocking=*/true);
  cx.zero_();
  cx.fill_(1.5);
  cx.relu_();
  cx.clamp_(0, 1);
  cx.uniform_(-1, 1);
  cx.normal_();
  cx.masked_fill_(y > 0, 0);
  cx.unsqueeze_(0);
  cx.squeeze_();
  const torch::Tensor& r1 = cx.requires_grad_();
  const torch::Tensor& r2 = cx.requires_grad_(false);
  const torch::Tensor& r3 = cx.set_requires_grad(true);
  (void)r1; (void)r2; (void)r3;

  // autograd
  x.backward();
  x.backward(y, /*retain_graph=*/true);
  const torch::Tensor& g = x.grad();
  torch::Tensor& mg = x.mutable_grad();
  torch::Tensor dd = x.data();
  (void)g; (void)mg; (void)dd;

  // operators
  torch::Tensor o1 = x + y;
  torch::Tensor o2 = x - y;
  torch::Tensor o3 = x * y;
  torch::Tensor o4 = x / y;
  torch::Tensor o5 = x + 1;
  torch::Tensor o6 = 1 + x;
  torch::Tensor o7 = x * 2.0;
  torch::Tensor o8 = 2.0 * x;
  torch::Tensor o9 = 1.0 - x;
  torch::Tensor o10 = 1.0 / x;
  torch::Tensor o11 = x == y;
  torch::Tensor o12 = x != 0;
  torch::Tensor o13 = x > 0.5;
  torch::Tensor o14 = x < y;
  torch::Tensor o15 = x <= y;
  torch::Tensor o16 = x >= 1;
  torch::Tensor o17 = -x;
  torch::Tensor o18 = x % 2;
  torch::Tensor o19 = (x > 0) & (y > 0);
  torch::Tensor o20 = (x > 0) | (y > 0);
  torch::Tensor o21 = ~(x > 0);
  x += y;
  x += 1;
  x -= y;
  x -= 0.5;
  x *= y;
  x *= 2;
  x /= y;
  x /= 2.0;
  x = y;
  (void)o1; (void)o2; (void)o3; (void)o4; (void)o5; (void)o6; (void)o7;
  (void)o8; (void)o9; (void)o10; (void)o11; (void)o12; (void)o13;
  (void)o14; (void)o15; (void)o16; (void)o17; (void)o18; (void)o19;
  (void)o20; (void)o21;
}

// ------------------------------------------------------------- factories --

static void factories(float* p, torch::Tensor x) {
  auto a = torch::from_blob(p, {1, 3, 224, 224}).to(torch::kCUDA);
  auto b = torch::from_blob(p, {2, 2}, torch::kFloat);
  auto c = torch::from_blob(p, {2, 2}, torch::TensorOptions().dtype(torch::kF32));
  auto d = torch::from_blob(p, {2, 2}, {2, 1});
  auto e = torch::from_blob(p, {2, 2}, {2, 1}, torch::kFloat);
  auto f = torch::from_blob(p, {2, 2}, [](void*) {});
  auto g = torch::from_blob(p, {2, 2}, [](void*) {}, torch::kFloat);
  auto h = torch::from_blob(p, {2, 2}, {2, 1}, [](void*) {}, torch::kFloat);
  torch::Deleter del = [](void*) {};
  auto i = torch::from_blob(p, {4}, del);
  auto j = at::from_blob(p, {2, 2}, at::kFloat);
  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h;
  (void)i; (void)j;

  auto f1 = torch::zeros({2, 3});
  auto f2 = torch::zeros({2, 3}, torch::kHalf);
  auto f3 = torch::ones({2, 3}, torch::dtype(torch::kFloat).device(torch::kCUDA));
  auto f4 = torch::empty({2}, torch::kCUDA);
  auto f5 = torch::rand({2, 3});
  auto f6 = torch::randn({2, 3}, torch::requires_grad());
  auto f7 = torch::randint(10, {2, 3});
  auto f8 = torch::randint(0, 10, {2, 3}, torch::kInt);
  auto f9 = torch::randperm(10);
  auto f10 = torch::full({2, 2}, 3.5);
  auto f11 = torch::full({2, 2}, 1, torch::kLong);
  auto f12 = torch::eye(3);
  auto f13 = torch::eye(3, 4, torch::kDouble);
  auto f14 = torch::arange(10);
  auto f15 = torch::arange(0, 10);
  auto f16 = torch::arange(0, 1, 0.1, torch::kFloat);
  auto f17 = torch::arange(5, torch::TensorOptions(torch::kLong));
  auto f18 = torch::linspace(0, 1, 11);
  auto f19 = torch::logspace(0, 1, 11);
  auto f20 = torch::zeros_like(x);
  auto f21 = torch::ones_like(x, torch::kHalf);
  auto f22 = torch::empty_like(x);
  auto f23 = torch::rand_like(x);
  auto f24 = torch::randn_like(x, x.options());
  auto f25 = torch::full_like(x, 7);
  auto f26 = at::zeros({2}, at::kFloat);
  auto f27 = at::ones_like(x);
  (void)f1; (void)f2; (void)f3; (void)f4; (void)f5; (void)f6; (void)f7;
  (void)f8; (void)f9; (void)f10; (void)f11; (void)f12; (void)f13;
  (void)f14; (void)f15; (void)f16; (void)f17; (void)f18; (void)f19;
  (void)f20; (void)f21; (void)f22; (void)f23; (void)f24; (void)f25;
  (void)f26; (void)f27;

  auto t1 = torch::tensor({1.0, 2.0, 3.0});
  auto t2 = torch::tensor({1, 2, 3});
  auto t3 = torch::tensor({true, false});
  auto t4 = torch::tensor({{1.0f, 2.0f}, {3.0f, 4.0f}});
  auto t5 = torch::tensor(3.14);
  auto t6 = torch::tensor(42);
  auto t7 = torch::tensor({1.5, 2.5}, torch::kHalf);
  auto t8 = torch::tensor({1, 2}, torch::dtype(torch::kFloat).device(torch::kCUDA));
  std::vector<float> vf = {1, 2, 3};
  auto t9 = torch::tensor(vf);
  auto t10 = torch::tensor(at::ArrayRef<int64_t>({1, 2}));
  (void)t1; (void)t2; (void)t3; (void)t4; (void)t5; (void)t6; (void)t7;
  (void)t8; (void)t9; (void)t10;

  // at:: functions reached through torch::
  torch::Tensor y = x;
  auto a1 = torch::matmul(x, y);
  auto a2 = torch::mm(x, y);
  auto a3 = torch::cat({x, y});
  auto a4 = torch::cat({x, y}, 1);
  std::vector<torch::Tensor> tv = {x, y};
  auto a5 = torch::cat(tv, 0);
  auto a6 = torch::stack({x, y});
  auto a7 = torch::argmax(x);
  auto a8 = torch::argmax(x, 1);
  auto a9 = torch::softmax(x, 1);
  auto a10 = torch::softmax(x, -1, torch::kFloat);
  auto a11 = torch::log_softmax(x, 1);
  auto a12 = torch::relu(x);
  auto a13 = torch::sigmoid(x);
  auto a14 = torch::tanh(x);
  auto a15 = torch::where(x > 0, x, y);
  auto a16 = torch::where(x > 0, x, 0.0);
  auto a17 = torch::max(x);
  auto a18 = torch::max(x, 1);
  auto a19 = torch::sum(x);
  auto a20 = torch::mean(x, {1});
  auto a21 = torch::clamp(x, 0, 1);
  auto a22 = torch::pow(x, 2);
  auto a23 = torch::exp(x) + torch::log(x) + torch::sqrt(x) + torch::abs(x);
  auto a24 = torch::bmm(x, y);
  auto a25 = torch::min(x);
  auto a26 = torch::argmin(x, 0);
  (void)a1; (void)a2; (void)a3; (void)a4; (void)a5; (void)a6; (void)a7;
  (void)a8; (void)a9; (void)a10; (void)a11; (void)a12; (void)a13;
  (void)a14; (void)a15; (void)a16; (void)a17; (void)a18; (void)a19;
  (void)a20; (void)a21; (void)a22; (void)a23; (void)a24; (void)a25;
  (void)a26;
}

// -------------------------------------------------------------- torch::nn --

struct Net : torch::nn::Module {
  Net()
      : conv(torch::nn::Conv2dOptions(3, 16, 3).stride(1).padding(1).bias(false)),
        bn(16),
        fc(register_module("fc", torch::nn::Linear(16, 10))) {
    register_module("conv", conv);
    register_module("bn", bn);
    w = register_parameter("w", torch::randn({10}));
    buf = register_buffer("buf", torch::zeros({10}));
  }
  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(bn(conv(x)));
    x = x.mean({2, 3});
    return fc(x) * w + buf;
  }
  torch::nn::Conv2d conv;
  torch::nn::BatchNorm2d bn;
  torch::nn::Linear fc;
  torch::Tensor w, buf;
};

struct BlockImpl : torch::nn::Module {
  BlockImpl(int64_t in, int64_t out)
      : fc(register_module("fc", torch::nn::Linear(in, out))) {}
  torch::Tensor forward(const torch::Tensor& x) { return torch::relu(fc(x)); }
  torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(Block);

struct ScaleImpl : torch::nn::Cloneable<ScaleImpl> {
  ScaleImpl() { reset(); }
  void reset() override { scale = register_parameter("scale", torch::ones({1})); }
  torch::Tensor forward(torch::Tensor x) { return x * scale; }
  torch::Tensor scale;
};
TORCH_MODULE(Scale);

static void nn_api(torch::Tensor x) {
  auto net = std::make_shared<Net>();
  net->to(torch::kHalf);
  net->to(torch::kCUDA);
  net->to(torch::Device("cuda:0"), /*non_blocking=*/true);
  net->to(torch::kCUDA, torch::kHalf);
  net->to(torch::Device(torch::kCUDA, 1), torch::kFloat, false);
  net->to(torch::kFloat16, /*non_blocking=*/false);
  net->eval();
  net->train();
  net->train(false);
  bool tr = net->is_training();
  net->zero_grad();
  std::vector<torch::Tensor> params = net->parameters();
  std::vector<torch::Tensor> params2 = net->parameters(/*recurse=*/false);
  for (auto& pair : net->named_parameters()) {
    const std::string& k = pair.key();
    torch::Tensor& v = pair.value();
    (void)k;
    (void)v;
  }
  torch::Tensor fcw = net->named_parameters()["fc.weight"];
  std::vector<torch::Tensor> bufs = net->buffers();
  auto children = net->children();
  auto mods = net->modules();
  std::shared_ptr<torch::nn::Module> cl = net->clone();
  const std::string& nm = net->name();
  torch::Tensor out = net->forward(x);
  (void)tr; (void)params2; (void)fcw; (void)bufs; (void)children;
  (void)mods; (void)cl; (void)nm; (void)out;

  torch::nn::Linear linear(3, 4);
  torch::nn::Linear linear2(torch::nn::LinearOptions(3, 4).bias(false));
  torch::nn::Linear empty{nullptr};
  torch::Tensor l1 = linear(x);
  torch::Tensor l2 = linear->forward(x);
  torch::Tensor lw = linear->weight;
  int64_t inf = linear->options.in_features();
  linear->to(torch::kCUDA);
  (*linear).to(torch::kHalf);
  std::shared_ptr<torch::nn::LinearImpl> lp = linear.ptr();
  torch::nn::LinearImpl* raw = linear.get();
  bool isnull = empty.is_empty() || !empty;
  (void)linear2; (void)l1; (void)l2; (void)lw; (void)inf; (void)lp;
  (void)raw; (void)isnull;

  torch::nn::Conv2d conv(3, 8, 3);
  torch::nn::Conv2d conv2(torch::nn::Conv2dOptions(3, 8, {3, 5}).stride(2));
  torch::Tensor c1 = conv(x);
  torch::Tensor c2 = conv2->forward(x);
  torch::Tensor cw = conv->weight;
  (void)c1; (void)c2; (void)cw;

  torch::nn::Embedding emb(10, 4);
  torch::nn::Embedding emb2(torch::nn::EmbeddingOptions(10, 4).padding_idx(0));
  torch::Tensor em = emb(x) + emb2->forward(x) + emb->weight;
  (void)em;

  torch::nn::ReLU relu;
  torch::nn::ReLU relu2(torch::nn::ReLUOptions(true));
  torch::Tensor r = relu(x) + relu2->forward(x);
  (void)r;

  torch::nn::BatchNorm2d bn(16);
  torch::nn::BatchNorm2d bn2(torch::nn::BatchNormOptions(16).eps(1e-3).momentum(0.01));
  torch::Tensor bo = bn(x) + bn2->forward(x) + bn->running_mean;
  (void)bo;

  torch::nn::Sequential seq(torch::nn::Linear(3, 4), torch::nn::ReLU(),
                            torch::nn::Linear(4, 2));
  seq->push_back(torch::nn::ReLU());
  seq->push_back("fc3", torch::nn::Linear(2, 2));
  seq->push_back(std::make_shared<torch::nn::ReLUImpl>());
  torch::Tensor so = seq->forward(x);
  size_t ssz = seq->size();
  seq->to(torch::kHalf);
  torch::nn::Sequential empty_seq;
  (void)so; (void)ssz; (void)empty_seq;

  Block block(3, 4);
  torch::Tensor bo1 = block(x);
  torch::Tensor bo2 = block->forward(x);
  block->to(torch::kCUDA);
  Scale sc;
  torch::Tensor so1 = sc(x);
  std::shared_ptr<torch::nn::Module> scl = sc->clone();
  (void)bo1; (void)bo2; (void)so1; (void)scl;

  torch::optim::SGD sgd(net->parameters(), torch::optim::SGDOptions(0.01).momentum(0.9));
  torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-3).weight_decay(1e-4));
  torch::optim::Adam adam2(linear->parameters());
  sgd.zero_grad();
  sgd.step();
  adam.zero_grad();
  adam.step();
  (void)adam2;

  {
    torch::NoGradGuard no_grad;
    at::NoGradGuard no_grad2;
    c10::NoGradGuard no_grad3;
  }
  bool cuda = torch::cuda::is_available();
  size_t ndev = torch::cuda::device_count();
  torch::manual_seed(42);
  (void)cuda;
  (void)ndev;

  torch::save(net, "net.pt");
  torch::load(net, "net.pt");
  torch::save(linear, "linear.pt");
  torch::load(linear, "linear.pt");
  torch::save(x, "x.pt");
  torch::load(x, "x.pt");
  std::vector<torch::Tensor> tensors = {x};
  torch::save(tensors, "v.pt");
  torch::load(tensors, "v.pt");
}

// ------------------------------------------------------------- torch::jit --

static void jit_api(torch::Tensor x) {
  torch::jit::script::Module module = torch::jit::load("model.pt");
  torch::jit::Module m2 = torch::jit::load("model.pt", torch::kCUDA);
  torch::jit::Module m3 = torch::jit::load(std::string("model.pt"),
                                           torch::Device("cuda:0"));
  torch::jit::ExtraFilesMap extra;
  torch::jit::Module m4 = torch::jit::load("model.pt", c10::nullopt, extra);

  module.to(torch::kCUDA);
  module.to(at::kHalf);
  module.to(torch::kCUDA, torch::kHalf);
  module.to(torch::Device("cuda:1"), torch::kFloat, /*non_blocking=*/true);
  module.to(torch::kFloat16, true);
  module.eval();
  module.train();
  module.train(false);
  bool tr = module.is_training();
  (void)tr;

  torch::jit::IValue o1 = module.forward({x});
  std::vector<torch::jit::IValue> in;
  in.push_back(x);
  in.push_back(1);
  in.push_back(2.5);
  in.push_back(true);
  in.push_back(std::string("s"));
  in.emplace_back(std::vector<int64_t>{1, 2});
  in.emplace_back(torch::kHalf);
  torch::jit::IValue o2 = module.forward(in);
  torch::jit::IValue o3 = module(in);
  torch::jit::IValue o4 = module.get_method("forward")(in);
  torch::jit::IValue o5 = module.run_method("forward", x);
  torch::Tensor out = module.forward({x}).toTensor();
  torch::Tensor first = o2.toTuple()->elements()[0].toTensor();
  bool isT = o1.isTensor() && o2.isTuple() && o3.isInt() && o4.isDouble();
  int64_t iv = o3.toInt();
  double dv = o4.toDouble();
  bool bv = o5.toBool();
  std::vector<torch::Tensor> tvec = o1.toTensorVector();
  c10::IValue civ(x);
  at::IValue tup(std::make_tuple(x, x));
  (void)out; (void)first; (void)isT; (void)iv; (void)dv; (void)bv;
  (void)tvec; (void)civ; (void)tup;

  for (const torch::Tensor& p : module.parameters()) {
    (void)p;
  }
  for (const auto& np : module.named_parameters()) {
    const std::string& n = np.name;
    torch::Tensor v = np.value;
    (void)n;
    (void)v;
  }
  module.register_parameter("p", torch::zeros({1}), /*is_buffer=*/false);
  module.register_buffer("b", torch::zeros({1}));
  module.define("def f(self, x):\n  return x\n");
  torch::jit::IValue training = module.attr("training");
  module.save("out.pt");
  torch::jit::Module cl = module.clone();
  (void)training; (void)cl; (void)m2; (void)m3; (void)m4;
}

// ----------------------------------------------- containers of tensors --

static void tensor_lists(torch::Tensor x, torch::Tensor y) {
  std::vector<torch::Tensor> v{x, y};
  torch::Tensor c = torch::cat(v);
  torch::Tensor c2 = torch::cat({x, y}, 1);
  torch::Tensor s = torch::stack(v);
  torch::Tensor s2 = torch::stack({x, y}, 1);
  std::vector<torch::jit::IValue> in(v.begin(), v.end());

  c10::List<at::Tensor> l;
  torch::List<at::Tensor> l2({x, y});
  c10::List<at::Tensor> l3(at::TensorList{x, y});
  l.reserve(4);
  l.push_back(x);
  l.push_back(torch::ones({1}));
  l.emplace_back(y);
  l.set(0, y);
  l.append(l2);
  at::Tensor g = l.get(0);
  at::Tensor e = l.extract(1);
  const at::Tensor& r = l[0];
  at::Tensor copied = l[1];
  l[0] = x;
  const c10::List<at::Tensor>& cl = l;
  const at::Tensor& cr = cl[0];
  for (const at::Tensor& t : l) {
    (void)t;
  }
  for (at::Tensor t : l2) {
    (void)t;
  }
  c10::List<at::Tensor> deep = l.copy();
  std::vector<at::Tensor> flat = l.vec();
  bool same = l.is(l2) || l.empty();
  size_t n = l.size() + l.use_count();
  l.pop_back();
  l.resize(2);
  l.clear();
  torch::jit::IValue boxed(l2);
  c10::List<at::Tensor> unboxed = boxed.toTensorList();
  (void)c; (void)c2; (void)s; (void)s2; (void)g; (void)e; (void)r;
  (void)copied; (void)cr; (void)same; (void)n; (void)unboxed;
  (void)l3;
}

// ------------------------------------------------ exact signature checks --
// Passing an overloaded (member) function to sig<ExactPointerType>() only
// compiles if a declaration with exactly that type
// exists: parameter types, return type (value vs reference), cv- and
// ref-qualifiers, and noexcept where the pointer type says noexcept.

template <typename Ptr>
static void sig(Ptr) {}

template <typename T, typename U>
constexpr bool same_v = std::is_same<T, U>::value;

static void signatures() {
  using at::Tensor;
  using c10::optional;
  using MF = c10::optional<at::MemoryFormat>;

  // at::Tensor::to (all five 1.13 overloads) and friends
  sig<Tensor (Tensor::*)(at::TensorOptions, bool, bool, MF) const>(&Tensor::to);
  sig<Tensor (Tensor::*)(optional<at::ScalarType>, optional<at::Layout>,
                         optional<at::Device>, optional<bool>, bool, bool, MF)
          const>(&Tensor::to);
  sig<Tensor (Tensor::*)(at::Device, at::ScalarType, bool, bool, MF) const>(&Tensor::to);
  sig<Tensor (Tensor::*)(at::ScalarType, bool, bool, MF) const>(&Tensor::to);
  sig<Tensor (Tensor::*)(const Tensor&, bool, bool, MF) const>(&Tensor::to);
  sig<Tensor (Tensor::*)(at::ScalarType) const>(&Tensor::toType);
  sig<Tensor (Tensor::*)() const>(&Tensor::cuda);
  sig<Tensor (Tensor::*)() const>(&Tensor::cpu);
  sig<Tensor (Tensor::*)(const Tensor&) const>(&Tensor::type_as);
  sig<Tensor (Tensor::*)(at::IntArrayRef) const>(&Tensor::view);
  sig<Tensor (Tensor::*)(at::ScalarType) const>(&Tensor::view);
  sig<Tensor (Tensor::*)(at::IntArrayRef) const>(&Tensor::reshape);
  sig<Tensor (Tensor::*)(at::MemoryFormat) const>(&Tensor::contiguous);
  sig<Tensor (Tensor::*)(MF) const>(&Tensor::clone);
  sig<Tensor (Tensor::*)(int64_t, optional<at::ScalarType>) const>(&Tensor::softmax);
  sig<Tensor (Tensor::*)(optional<int64_t>, bool) const>(&Tensor::argmax);
  sig<Tensor (Tensor::*)(optional<at::ScalarType>) const>(&Tensor::sum);
  sig<Tensor (Tensor::*)(at::OptionalIntArrayRef, bool, optional<at::ScalarType>)
          const>(&Tensor::sum);
  sig<Tensor (Tensor::*)(at::DimnameList, bool, optional<at::ScalarType>) const>(&Tensor::sum);
  sig<std::tuple<Tensor, Tensor> (Tensor::*)(int64_t, bool) const>(&Tensor::max);
  sig<Tensor (Tensor::*)() const>(&Tensor::max);
  sig<Tensor (Tensor::*)(const Tensor&, const at::Scalar&) const>(&Tensor::add);
  sig<Tensor (Tensor::*)(const at::Scalar&, const at::Scalar&) const>(&Tensor::add);
  sig<Tensor& (Tensor::*)(const Tensor&, const at::Scalar&) const>(&Tensor::add_);
  sig<Tensor& (Tensor::*)(const Tensor&, bool) const>(&Tensor::copy_);
  sig<Tensor& (Tensor::*)() const>(&Tensor::zero_);
  sig<Tensor& (Tensor::*)(const at::Scalar&) const>(&Tensor::fill_);
  sig<const Tensor& (Tensor::*)(bool) const>(&Tensor::requires_grad_);
  sig<const Tensor& (Tensor::*)() const>(&Tensor::grad);
  sig<Tensor (Tensor::*)(c10::ArrayRef<at::indexing::TensorIndex>) const>(&Tensor::index);
  sig<Tensor (Tensor::*)(std::initializer_list<at::indexing::TensorIndex>) const>(&Tensor::index);
  sig<Tensor& (Tensor::*)(const Tensor&)>(&Tensor::operator+=);
  sig<Tensor& (Tensor::*)(at::Scalar)>(&Tensor::operator*=);
  sig<Tensor (Tensor::*)(int64_t) const>(&Tensor::operator[]);
  sig<Tensor (Tensor::*)(Tensor) const>(&Tensor::operator[]);
  sig<at::Scalar (Tensor::*)() const>(&Tensor::item);
  sig<float (Tensor::*)() const>(&Tensor::item<float>);
  sig<float* (at::TensorBase::*)() const>(&Tensor::data_ptr<float>);
  sig<void* (at::TensorBase::*)() const>(&Tensor::data_ptr);
  sig<void (Tensor::*)(const Tensor&, optional<bool>, bool,
                       optional<at::TensorList>) const>(&Tensor::backward);
  static_assert(same_v<decltype(std::declval<Tensor&>().accessor<float, 2>()),
                       at::TensorAccessor<float, 2>>, "accessor");

  // at::TensorBase queries
  sig<caffe2::TypeMeta (at::TensorBase::*)() const>(&Tensor::dtype);
  sig<at::ScalarType (at::TensorBase::*)() const>(&Tensor::scalar_type);
  sig<at::Device (at::TensorBase::*)() const>(&Tensor::device);
  sig<at::TensorOptions (at::TensorBase::*)() const>(&Tensor::options);
  sig<at::IntArrayRef (at::TensorBase::*)() const>(&Tensor::sizes);
  sig<int64_t (at::TensorBase::*)() const>(&Tensor::dim);
  sig<int64_t (at::TensorBase::*)() const>(&Tensor::numel);
  sig<bool (at::TensorBase::*)() const>(&Tensor::defined);
  sig<bool (at::TensorBase::*)() const>(&Tensor::is_cuda);
  sig<int64_t (at::TensorBase::*)(int64_t) const>(&Tensor::size);
  sig<void (at::TensorBase::*)() const>(&Tensor::print);

  // free operators (static inline in namespace at)
  sig<Tensor (*)(const Tensor&, const Tensor&)>(&at::operator+);
  sig<Tensor (*)(const Tensor&, const at::Scalar&)>(&at::operator*);
  sig<Tensor (*)(const at::Scalar&, const Tensor&)>(&at::operator/);
  sig<Tensor (*)(const Tensor&, const at::Scalar&)>(&at::operator>);

  // c10::TensorOptions
  using TO = c10::TensorOptions;
  sig<TO (TO::*)(optional<at::ScalarType>) const noexcept>(&TO::dtype);
  sig<TO (TO::*)(optional<caffe2::TypeMeta>) const noexcept>(&TO::dtype);
  sig<caffe2::TypeMeta (TO::*)() const noexcept>(&TO::dtype);
  sig<TO (TO::*)(optional<at::Device>) const noexcept>(&TO::device);
  sig<at::Device (TO::*)() const noexcept>(&TO::device);
  sig<TO (TO::*)(c10::DeviceIndex) const noexcept>(&TO::device_index);
  sig<TO (TO::*)(optional<bool>) const noexcept>(&TO::requires_grad);
  sig<TO (TO::*)(optional<at::Layout>) const noexcept>(&TO::layout);
  sig<TO (TO::*)(optional<at::MemoryFormat>) const noexcept>(&TO::memory_format);
  sig<TO (TO::*)(optional<bool>) const noexcept>(&TO::pinned_memory);
  sig<TO (*)(at::ScalarType)>(&c10::dtype);
  sig<TO (*)(at::Device)>(&c10::device);
  sig<TO (*)(bool)>(&torch::requires_grad);
  sig<TO (*)(at::ScalarType)>(&torch::dtype);

  // c10::Device
  sig<c10::DeviceType (c10::Device::*)() const noexcept>(&c10::Device::type);
  sig<c10::DeviceIndex (c10::Device::*)() const noexcept>(&c10::Device::index);
  sig<bool (c10::Device::*)() const noexcept>(&c10::Device::is_cuda);
  static_assert(same_v<c10::DeviceIndex, int8_t>, "DeviceIndex");
  static_assert(same_v<std::underlying_type<c10::DeviceType>::type, int8_t>, "");
  static_assert(same_v<std::underlying_type<c10::ScalarType>::type, int8_t>, "");
  static_assert(same_v<decltype(torch::kF16), const c10::ScalarType>, "");
  static_assert(same_v<torch::Dtype, c10::ScalarType>, "");
  static_assert(same_v<torch::Device, c10::Device>, "");
  static_assert(same_v<at::IntArrayRef, c10::ArrayRef<int64_t>>, "");
  static_assert(same_v<at::TensorList, c10::ArrayRef<at::Tensor>>, "");
  static_assert(same_v<torch::Tensor, at::Tensor>, "");
  static_assert(same_v<torch::autograd::Variable, at::Tensor>, "");

  // factories
  sig<Tensor (*)(at::IntArrayRef, at::TensorOptions)>(&torch::zeros);
  sig<Tensor (*)(at::IntArrayRef, at::TensorOptions)>(&torch::ones);
  sig<Tensor (*)(at::IntArrayRef, at::TensorOptions)>(&torch::rand);
  sig<Tensor (*)(at::IntArrayRef, at::TensorOptions)>(&torch::randn);
  sig<Tensor (*)(at::IntArrayRef, optional<at::DimnameList>, at::TensorOptions)>(&torch::zeros);
  sig<Tensor (*)(at::IntArrayRef, at::TensorOptions, MF)>(&torch::empty);
  sig<Tensor (*)(const at::Scalar&, at::TensorOptions)>(&torch::arange);
  sig<Tensor (*)(const at::Scalar&, const at::Scalar&, at::TensorOptions)>(&torch::arange);
  sig<Tensor (*)(const at::Scalar&, const at::Scalar&, const at::Scalar&,
                 at::TensorOptions)>(&torch::arange);
  sig<Tensor (*)(at::IntArrayRef, const at::Scalar&, at::TensorOptions)>(&torch::full);
  sig<Tensor (*)(int64_t, at::TensorOptions)>(&torch::eye);
  sig<Tensor (*)(int64_t, int64_t, at::TensorOptions)>(&torch::eye);
  sig<Tensor (*)(const at::Scalar&, const at::Scalar&, int64_t,
                 at::TensorOptions)>(&torch::linspace);
  sig<Tensor (*)(const at::Scalar&, const at::Scalar&, int64_t, double,
                 at::TensorOptions)>(&torch::logspace);
  sig<Tensor (*)(int64_t, at::IntArrayRef, at::TensorOptions)>(&torch::randint);
  sig<Tensor (*)(int64_t, int64_t, at::IntArrayRef, at::TensorOptions)>(&torch::randint);
  sig<Tensor (*)(int64_t, at::TensorOptions)>(&torch::randperm);
  sig<Tensor (*)(const Tensor&, at::TensorOptions, MF)>(&torch::zeros_like);
  sig<Tensor (*)(const Tensor&, at::TensorOptions, MF)>(&torch::ones_like);
  sig<Tensor (*)(const Tensor&, at::TensorOptions, MF)>(&torch::empty_like);
  sig<Tensor (*)(const Tensor&, at::TensorOptions, MF)>(&torch::rand_like);
  sig<Tensor (*)(const Tensor&, at::TensorOptions, MF)>(&torch::randn_like);
  sig<Tensor (*)(const Tensor&, const at::Scalar&, at::TensorOptions, MF)>(&torch::full_like);
  sig<Tensor (*)(torch::detail::TensorDataContainer, const at::TensorOptions&)>(&torch::tensor);
  sig<Tensor (*)(void*, at::IntArrayRef, const at::TensorOptions&)>(&torch::from_blob);
  sig<Tensor (*)(void*, at::IntArrayRef, at::IntArrayRef,
                 const at::TensorOptions&)>(&torch::from_blob);
  sig<Tensor (*)(void*, at::IntArrayRef, const torch::Deleter&,
                 const at::TensorOptions&)>(&torch::from_blob);
  sig<Tensor (*)(void*, at::IntArrayRef, at::IntArrayRef, const torch::Deleter&,
                 const at::TensorOptions&)>(&torch::from_blob);
  static_assert(same_v<torch::Deleter, std::function<void(void*)>>, "");

  // at:: ops reached via torch::
  sig<Tensor (*)(const Tensor&, const Tensor&)>(&torch::matmul);
  sig<Tensor (*)(const Tensor&, const Tensor&)>(&torch::mm);
  sig<Tensor (*)(const at::ITensorListRef&, int64_t)>(&torch::cat);
  sig<Tensor (*)(const Tensor&, optional<int64_t>, bool)>(&torch::argmax);
  sig<Tensor (*)(const Tensor&, int64_t, optional<at::ScalarType>)>(&torch::softmax);
  sig<Tensor (*)(const Tensor&)>(&torch::relu);
  sig<Tensor (*)(const Tensor&)>(&torch::sigmoid);
  sig<Tensor (*)(const Tensor&, const Tensor&, const Tensor&)>(&torch::where);

  // torch::nn
  using M = torch::nn::Module;
  sig<void (M::*)(torch::Device, torch::Dtype, bool)>(&M::to);
  sig<void (M::*)(torch::Dtype, bool)>(&M::to);
  sig<void (M::*)(torch::Device, bool)>(&M::to);
  sig<void (M::*)()>(&M::eval);
  sig<void (M::*)(bool)>(&M::train);
  sig<void (M::*)(bool)>(&M::zero_grad);
  sig<std::vector<Tensor> (M::*)(bool) const>(&M::parameters);
  sig<torch::OrderedDict<std::string, Tensor> (M::*)(bool) const>(&M::named_parameters);
  sig<Tensor& (M::*)(std::string, Tensor, bool)>(&M::register_parameter);
  sig<Tensor& (M::*)(std::string, Tensor)>(&M::register_buffer);
  sig<std::shared_ptr<torch::nn::LinearImpl> (M::*)(
          std::string, std::shared_ptr<torch::nn::LinearImpl>)>(&M::register_module<torch::nn::LinearImpl>);
  sig<std::shared_ptr<torch::nn::LinearImpl> (M::*)(
          std::string, torch::nn::ModuleHolder<torch::nn::LinearImpl>)>(&M::register_module<torch::nn::LinearImpl>);
  sig<Tensor (torch::nn::LinearImpl::*)(const Tensor&)>(&torch::nn::LinearImpl::forward);
  sig<Tensor (torch::nn::Conv2dImpl::*)(const Tensor&)>(&torch::nn::Conv2dImpl::forward);
  sig<Tensor (torch::nn::EmbeddingImpl::*)(const Tensor&)>(&torch::nn::EmbeddingImpl::forward);
  sig<Tensor (torch::nn::ReLUImpl::*)(Tensor)>(&torch::nn::ReLUImpl::forward);
  sig<Tensor (torch::nn::BatchNormImplBase<2, torch::nn::BatchNorm2dImpl>::*)(
          const Tensor&)>(&torch::nn::BatchNorm2dImpl::forward);
  sig<Tensor (torch::nn::SequentialImpl::*)(Tensor&)>(
      &torch::nn::SequentialImpl::forward<Tensor, Tensor&>);
  static_assert(std::is_base_of<torch::nn::Cloneable<torch::nn::LinearImpl>,
                                torch::nn::LinearImpl>::value, "");
  static_assert(std::is_base_of<
                    torch::nn::ConvNdImpl<2, torch::nn::Conv2dImpl>,
                    torch::nn::Conv2dImpl>::value, "");
  static_assert(std::is_base_of<torch::nn::ModuleHolder<torch::nn::LinearImpl>,
                                torch::nn::Linear>::value, "");
  static_assert(std::is_base_of<torch::nn::ModuleHolder<torch::nn::SequentialImpl>,
                                torch::nn::Sequential>::value, "");
  static_assert(std::is_base_of<torch::nn::ModuleHolder<torch::nn::EmbeddingImpl>,
                                torch::nn::Embedding>::value, "");
  static_assert(same_v<torch::nn::Linear::Impl, torch::nn::LinearImpl>, "");
  static_assert(same_v<torch::nn::Conv2dOptions, torch::nn::ConvOptions<2>>, "");
  using LH = torch::nn::ModuleHolder<torch::nn::LinearImpl>;
  sig<torch::nn::LinearImpl* (LH::*)()>(&LH::operator->);
  sig<const torch::nn::LinearImpl* (LH::*)() const>(&LH::operator->);
  sig<torch::nn::LinearImpl& (LH::*)()>(&LH::operator*);
  sig<const std::shared_ptr<torch::nn::LinearImpl>& (LH::*)() const>(&LH::ptr);
  sig<Tensor (LH::*)(Tensor&)>(&LH::operator()<Tensor&>);
  static_assert(same_v<decltype(std::declval<torch::nn::Sequential&>()(
                           std::declval<Tensor&>())),
                       void>,
                "ModuleHolder<SequentialImpl>::operator() returns void");
  sig<Tensor (torch::optim::Optimizer::*)(torch::optim::Optimizer::LossClosure)>(&torch::optim::Optimizer::step);
  sig<void (torch::optim::Optimizer::*)()>(&torch::optim::Optimizer::zero_grad);
  static_assert(std::is_base_of<torch::optim::Optimizer, torch::optim::SGD>::value, "");
  static_assert(std::is_base_of<torch::optim::Optimizer, torch::optim::Adam>::value, "");
  static_assert(std::is_base_of<c10::AutoGradMode, torch::NoGradGuard>::value, "");
  sig<bool (*)()>(&torch::cuda::is_available);
  sig<size_t (*)()>(&torch::cuda::device_count);
  sig<void (*)(uint64_t)>(&torch::manual_seed);

  // torch::jit
  using JM = torch::jit::Module;
  using IV = c10::IValue;
  static_assert(same_v<torch::jit::IValue, c10::IValue>, "");
  static_assert(same_v<torch::jit::script::Module, torch::jit::Module>, "");
  static_assert(same_v<torch::jit::Kwargs,
                       std::unordered_map<std::string, at::IValue>>, "");
  static_assert(std::is_base_of<torch::jit::Object, JM>::value, "");
  sig<IV (JM::*)(std::vector<IV>, const torch::jit::Kwargs&)>(&JM::forward);
  sig<IV (JM::*)(std::vector<IV>)>(&JM::operator());
  sig<void (JM::*)(at::Device, at::ScalarType, bool)>(&JM::to);
  sig<void (JM::*)(at::ScalarType, bool)>(&JM::to);
  sig<void (JM::*)(at::Device, bool)>(&JM::to);
  sig<void (JM::*)()>(&JM::eval);
  sig<void (JM::*)(bool)>(&JM::train);
  sig<void (JM::*)(const std::string&, const torch::jit::ExtraFilesMap&) const>(&JM::save);
  sig<torch::jit::parameter_list (JM::*)(bool) const>(&JM::parameters);
  sig<torch::jit::named_parameter_list (JM::*)(bool) const>(&JM::named_parameters);
  sig<void (JM::*)(const std::string&, at::Tensor, bool)>(&JM::register_parameter);
  sig<torch::jit::Method (torch::jit::Object::*)(const std::string&) const>(&JM::get_method);
  sig<void (torch::jit::Object::*)(const std::string&,
                                   const torch::jit::ResolverPtr&)>(&JM::define);
  sig<IV (torch::jit::Method::*)(std::vector<IV>, const torch::jit::Kwargs&) const>(&torch::jit::Method::operator());
  sig<JM (*)(const std::string&, optional<c10::Device>)>(&torch::jit::load);
  sig<JM (*)(const std::string&, optional<c10::Device>,
             torch::jit::ExtraFilesMap&)>(&torch::jit::load);
  sig<at::Tensor& (IV::*)() &>(&IV::toTensor);
  sig<const at::Tensor& (IV::*)() const&>(&IV::toTensor);
  sig<at::Tensor (IV::*)() &&>(&IV::toTensor);
  sig<bool (IV::*)() const>(&IV::isTensor);
  sig<c10::intrusive_ptr<c10::ivalue::Tuple> (IV::*)() const&>(&IV::toTuple);
  // what torch-operand-dtype and torch-inplace-result-dtype read
  sig<Tensor& (Tensor::*)(int64_t, const Tensor&, const Tensor&, const at::Scalar&) const>(&Tensor::index_add_);
  sig<Tensor& (Tensor::*)(int64_t, const Tensor&, const Tensor&) const>(&Tensor::scatter_);
  sig<Tensor (Tensor::*)(int64_t, const Tensor&, bool) const>(&Tensor::gather);
  sig<Tensor (Tensor::*)(const Tensor&, const at::Scalar&) const>(&Tensor::masked_fill);
  sig<Tensor& (Tensor::*)(const Tensor&, const at::Scalar&) const>(&Tensor::masked_fill_);
  sig<Tensor (Tensor::*)(const Tensor&) const>(&Tensor::masked_select);
  sig<Tensor (Tensor::*)(const Tensor&, const Tensor&) const>(&Tensor::where);
  sig<Tensor (Tensor::*)(int64_t, const Tensor&, const at::Scalar&) const>(&Tensor::index_fill);
  sig<Tensor& (Tensor::*)(int64_t, const Tensor&, const at::Scalar&) const>(&Tensor::index_fill_);
  sig<Tensor (Tensor::*)(int64_t, const Tensor&, const Tensor&) const>(&Tensor::index_copy);
  sig<Tensor& (Tensor::*)(int64_t, const Tensor&, const Tensor&) const>(&Tensor::index_copy_);
  sig<Tensor (Tensor::*)(const Tensor&) const>(&Tensor::take);
  sig<Tensor (*)(const Tensor&, const Tensor&, const optional<Tensor>&, int64_t, int64_t)>(&at::nll_loss);
  sig<Tensor (*)(const Tensor&, const Tensor&, const optional<Tensor>&, int64_t, int64_t)>(&at::nll_loss2d);
  sig<Tensor (*)(const Tensor&, const Tensor&, const optional<Tensor>&, int64_t, int64_t)>(&at::nll_loss_nd);
  sig<Tensor (*)(const Tensor&, const Tensor&, const at::Scalar&, const at::Scalar&, const optional<Tensor>&, int64_t)>(&at::multi_margin_loss);
  sig<Tensor (*)(const Tensor&, const Tensor&, const optional<Tensor>&, int64_t)>(&at::binary_cross_entropy);
  sig<Tensor (*)(const Tensor&, const Tensor&, const at::Scalar&)>(&at::masked_fill);
  sig<Tensor (*)(const Tensor&, const Tensor&)>(&at::masked_select);
  sig<Tensor (*)(const Tensor&, const Tensor&)>(&at::take);
  sig<Tensor (*)(const Tensor&, const Tensor&, const Tensor&)>(&at::where);
  static_assert(at::Reduction::Mean == 1 && at::Reduction::END == 3, "Reduction");
  sig<Tensor& (Tensor::*)(const at::Scalar&) const>(&Tensor::pow_);
  sig<Tensor (*)(const Tensor&, const Tensor&, const Tensor&)>(&torch::nn::functional::linear);
  sig<int64_t (IV::*)() const>(&IV::toInt);
  sig<double (IV::*)() const>(&IV::toDouble);
  sig<bool (IV::*)() const>(&IV::toBool);
  // what the container model reads
  using TL = c10::List<at::Tensor>;
  sig<at::Tensor (TL::*)(size_t) const>(&TL::get);
  sig<at::Tensor (TL::*)(size_t) const>(&TL::extract);
  sig<const at::Tensor& (TL::*)(size_t) const>(&TL::operator[]);
  sig<void (TL::*)(const at::Tensor&) const>(&TL::push_back);
  sig<void (TL::*)(at::Tensor&&) const>(&TL::push_back);
  sig<void (TL::*)(size_t, const at::Tensor&) const>(&TL::set);
  sig<void (TL::*)(TL) const>(&TL::append);
  sig<void (TL::*)() const>(&TL::clear);
  sig<TL (TL::*)() const>(&TL::copy);
  sig<std::vector<at::Tensor> (TL::*)() const>(&TL::vec);
  sig<TL (IV::*)() const&>(&IV::toTensorList);
  sig<Tensor (*)(at::TensorList, int64_t)>(&torch::stack);
  static_assert(same_v<torch::List<at::Tensor>, TL>, "");
  static_assert(same_v<at::ITensorListRef, c10::IListRef<at::Tensor>>, "");
  // conversions besides to(): meta(), chalf() and the _cast_ functions
  sig<Tensor (Tensor::*)() const>(&Tensor::meta);
  sig<Tensor (Tensor::*)(c10::optional<at::MemoryFormat>) const>(&Tensor::chalf);
  sig<Tensor (*)(const Tensor&, bool)>(&torch::_cast_Half);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Byte);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Char);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Short);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Int);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Long);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Float);
  sig<Tensor (*)(const Tensor&, bool)>(&at::_cast_Double);
}

void drift_entry(std::ostream& os, float* p, torch::Tensor x, torch::Tensor y) {
  scalar_types_and_devices();
  tensor_options();
  scalars_and_arrayrefs();
  tensor_methods(os, x, y);
  factories(p, x);
  nn_api(x);
  jit_api(x);
  tensor_lists(x, y);
  signatures();
}
