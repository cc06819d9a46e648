// MOCK of LibTorch 1.13: torch/csrc/jit/api/compilation_unit.h (+ the
// c10::QualifiedName / c10::ClassTypePtr / ResolverPtr names it relies on)
#pragma once
#include <memory>
#include <string>
#include <c10/macros/Macros.h>

namespace c10 {
struct QualifiedName {
  QualifiedName() = default;
  /* implicit */ QualifiedName(const std::string& name);
  /* implicit */ QualifiedName(const char* name);
  const std::string& qualifiedName() const;
  const std::string& name() const;
};
struct Type;
using TypePtr = std::shared_ptr<Type>; // real: SingletonOrSharedTypePtr<Type>
struct ClassType;
using ClassTypePtr = std::shared_ptr<ClassType>;
} // namespace c10

namespace torch {
namespace jit {

struct Resolver;
using ResolverPtr = std::shared_ptr<Resolver>;
struct Function;

struct CompilationUnit {
  enum class FunctionType { Method, Hook, PreHook };
  explicit CompilationUnit(const std::string& source);
  CompilationUnit() = default;

  CompilationUnit& operator=(CompilationUnit&&) = default;
  CompilationUnit(CompilationUnit&&) = default;
  CompilationUnit& operator=(const CompilationUnit&) = delete;
  CompilationUnit(const CompilationUnit&) = delete;
};

} // namespace jit
} // namespace torch
