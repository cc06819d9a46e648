// MOCK of LibTorch 1.13: ATen/core/Dimname.h (+ the c10::Symbol shell of
// ATen/core/symbol.h). Kept because the Dimname/DimnameList overloads take
// part in overload resolution: e.g. `x.sum({0, 1})` is ambiguous in 1.13,
// since ArrayRef<Dimname>{0, 1} matches ArrayRef(const T* data, size_t length).
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <c10/util/ArrayRef.h>

namespace c10 {
struct Symbol {
  explicit constexpr Symbol() : value(0) {}
  explicit constexpr Symbol(uint32_t uniq) : value(uniq) {}
  static Symbol dimname(const std::string & s);
  const char * toUnqualString() const;
  constexpr operator uint32_t() const { return value; }

 private:
  uint32_t value;
};
} // namespace c10

namespace at {

using c10::Symbol;

enum class NameType: uint8_t { BASIC, WILDCARD };

struct Dimname {
  static Dimname fromSymbol(Symbol name);
  static Dimname wildcard();
  static bool isValidName(const std::string& name);

  NameType type() const { return type_; }
  Symbol symbol() const { return name_; }

  bool isBasic() const { return type_ == NameType::BASIC; }
  bool isWildcard() const { return type_ == NameType::WILDCARD; }

  bool matches(Dimname other) const;

 private:
  Dimname(Symbol name)
    : name_(name), type_(NameType::BASIC) {}
  Dimname(Symbol name, NameType type)
    : name_(name), type_(type) {}

  Symbol name_;
  NameType type_;
};

using DimnameList = c10::ArrayRef<Dimname>;

std::ostream& operator<<(std::ostream& out, const Dimname& dimname);

} // namespace at
