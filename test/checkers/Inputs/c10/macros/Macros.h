// MOCK of LibTorch 1.13: c10/macros/Macros.h
// Only the namespace re-exports that make every c10 name visible as at::X
// (and caffe2::X), exactly as the real header does.
#pragma once

namespace c10 {}
namespace caffe2 {
using namespace c10;
}
namespace at {
using namespace c10;
}
