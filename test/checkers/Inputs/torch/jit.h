// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/jit.h
#pragma once
#include <memory>
#include <string>
#include <torch/csrc/jit/api/module.h>

namespace torch {
namespace jit {

std::shared_ptr<CompilationUnit> compile(const std::string& source);

} // namespace jit
} // namespace torch
