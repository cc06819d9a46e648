// MOCK of LibTorch 1.13: c10/util/ArrayRef.h
// Omitted: SmallVector / std::array constructors, makeArrayRef.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <vector>
#include <c10/macros/Macros.h>

namespace c10 {

template <typename T>
class ArrayRef final {
 public:
  using iterator = const T*;
  using const_iterator = const T*;
  using size_type = size_t;
  using value_type = T;
  // std::reverse_iterator comes from <vector> here (libstdc++'s
  // bits/stl_iterator.h); <iterator> itself costs ~0.4 s of parse time.
  using reverse_iterator = std::reverse_iterator<iterator>;

 private:
  const T* Data;
  size_type Length;

 public:
  /* implicit */ constexpr ArrayRef() : Data(nullptr), Length(0) {}
  constexpr ArrayRef(const T& OneElt) : Data(&OneElt), Length(1) {}
  constexpr ArrayRef(const T* data, size_t length) : Data(data), Length(length) {}
  constexpr ArrayRef(const T* begin, const T* end)
      : Data(begin), Length(end - begin) {}

  template <
      typename Container,
      typename = std::enable_if_t<std::is_same<
          std::remove_const_t<decltype(std::declval<Container>().data())>,
          T*>::value>>
  /* implicit */ ArrayRef(const Container& container)
      : Data(container.data()), Length(container.size()) {}

  template <typename A>
  /* implicit */ ArrayRef(const std::vector<T, A>& Vec)
      : Data(Vec.data()), Length(Vec.size()) {}

  template <size_t N>
  /* implicit */ constexpr ArrayRef(const T (&Arr)[N]) : Data(Arr), Length(N) {}

  /* implicit */ constexpr ArrayRef(const std::initializer_list<T>& Vec)
      : Data(Vec.begin() == Vec.end() ? static_cast<T*>(nullptr) : Vec.begin()),
        Length(Vec.size()) {}

  constexpr iterator begin() const { return Data; }
  constexpr iterator end() const { return Data + Length; }
  constexpr const_iterator cbegin() const { return Data; }
  constexpr const_iterator cend() const { return Data + Length; }
  constexpr bool empty() const { return Length == 0; }
  constexpr const T* data() const { return Data; }
  constexpr size_t size() const { return Length; }
  const T& front() const;
  const T& back() const;
  constexpr bool equals(ArrayRef RHS) const { return Length == RHS.Length; }
  ArrayRef<T> slice(size_t N, size_t M) const;
  constexpr ArrayRef<T> slice(size_t N) const { return ArrayRef<T>(Data + N, Length - N); }
  constexpr const T& operator[](size_t Index) const { return Data[Index]; }
  const T& at(size_t Index) const;

  template <typename U>
  typename std::enable_if<std::is_same<U, T>::value, ArrayRef<T>>::type&
  operator=(U&& Temporary) = delete;
  template <typename U>
  typename std::enable_if<std::is_same<U, T>::value, ArrayRef<T>>::type&
  operator=(std::initializer_list<U>) = delete;

  std::vector<T> vec() const { return std::vector<T>(Data, Data + Length); }
};

using IntArrayRef = ArrayRef<int64_t>;

} // namespace c10
