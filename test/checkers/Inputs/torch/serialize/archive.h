// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/serialize/archive.h,
// output-archive.h and input-archive.h (public API of the two archives).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <ostream>
#include <string>
#include <vector>
#include <c10/core/Device.h>
#include <c10/util/Optional.h>
#include <ATen/core/Tensor.h>
#include <ATen/core/ivalue.h>
#include <torch/types.h>
#include <torch/csrc/jit/api/compilation_unit.h>

namespace torch {
namespace serialize {

class OutputArchive final {
 public:
  explicit OutputArchive(std::shared_ptr<jit::CompilationUnit> cu);
  explicit OutputArchive();

  OutputArchive(OutputArchive&&) = default;
  OutputArchive& operator=(OutputArchive&&) = default;
  OutputArchive(OutputArchive&) = delete;
  OutputArchive& operator=(OutputArchive&) = delete;

  std::shared_ptr<jit::CompilationUnit> compilation_unit() const;

  void write(const std::string& key, const c10::IValue& ivalue);
  void write(
      const std::string& key,
      const Tensor& tensor,
      bool is_buffer = false);
  void write(const std::string& key, OutputArchive& nested_archive);

  void save_to(const std::string& filename);
  void save_to(std::ostream& stream);
  void save_to(const std::function<size_t(const void*, size_t)>& func);

  template <typename... Ts>
  void operator()(Ts&&... ts) {}
};

class InputArchive final {
 public:
  InputArchive();

  InputArchive(InputArchive&&) = default;
  InputArchive& operator=(InputArchive&&) = default;
  InputArchive(InputArchive&) = delete;
  InputArchive& operator=(InputArchive&) = delete;

  ~InputArchive() = default;

  void read(const std::string& key, c10::IValue& ivalue);
  bool try_read(const std::string& key, c10::IValue& ivalue);
  bool try_read(const std::string& key, Tensor& tensor, bool is_buffer = false);
  void read(const std::string& key, Tensor& tensor, bool is_buffer = false);
  bool try_read(const std::string& key, InputArchive& archive);
  void read(const std::string& key, InputArchive& archive);

  void load_from(
      const std::string& filename,
      c10::optional<torch::Device> device = c10::nullopt);
  void load_from(
      std::istream& stream,
      c10::optional<torch::Device> device = c10::nullopt);
  void load_from(
      const char* data,
      size_t size,
      c10::optional<torch::Device> device = c10::nullopt);
  void load_from(
      const std::function<size_t(uint64_t pos, void* buf, size_t nbytes)>&
          read_func,
      const std::function<size_t(void)>& size_func,
      c10::optional<torch::Device> device = c10::nullopt);

  std::vector<std::string> keys();

  template <typename... Ts>
  void operator()(Ts&&... ts) {}
};

} // namespace serialize
} // namespace torch
