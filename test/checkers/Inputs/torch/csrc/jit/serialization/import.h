// MOCK of LibTorch 1.13: torch/csrc/jit/serialization/import.h
// Omitted: overloads taking caffe2::serialize reader/adapter types,
// import_ir_module, and the mobile/flatbuffer loaders.
#pragma once
#include <iosfwd>
#include <memory>
#include <string>
#include <ATen/core/ivalue.h>
#include <c10/core/Device.h>
#include <c10/util/Optional.h>
#include <torch/csrc/jit/api/module.h>

namespace torch {
namespace jit {

/// Loads a serialized `Module` from the given `istream`.
///
/// The istream must contain a serialized `Module`, exported via
/// `torch::jit::ExportModule` in C++.
Module load(std::istream& in, c10::optional<c10::Device> device = c10::nullopt);

Module load(
    std::istream& in,
    c10::optional<c10::Device> device,
    ExtraFilesMap& extra_files);

/// Loads a serialized `Module` from the given `filename`.
///
/// The file stored at the location given in `filename` must contain a
/// serialized `Module`, exported either via `ScriptModule.save()` in
/// Python or `torch::jit::ExportModule` in C++.
Module load(
    const std::string& filename,
    c10::optional<c10::Device> device = c10::nullopt);

Module load(
    const std::string& filename,
    c10::optional<c10::Device> device,
    ExtraFilesMap& extra_files);

} // namespace jit
} // namespace torch
