// MOCK of LibTorch 1.13: ATen/core/Reduction.h (verbatim).
#pragma once

namespace at {
namespace Reduction {

// These constants control the reduction behavior of loss functions.
enum Reduction {
  None,             // Do not reduce
  Mean,             // (Possibly weighted) mean of losses
  Sum,              // Sum losses
  END
};
} // namespace Reduction
} // namespace at
