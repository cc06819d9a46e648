// MOCK of LibTorch 1.13: ATen/core/List.h (c10::List, its element proxy and
// iterator), with ivalue_to_const_ref_overload_return from
// ATen/core/ivalue_to.h. Reduced to the members user code calls.
// Omitted: the ListImpl's storage, TypePtr constructors and elementType(),
// typed/generic list conversions, comparisons, reverse iterators, insert,
// emplace, erase and iterator arithmetic.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>
#include <c10/util/ArrayRef.h>

namespace at {
class Tensor;
}
namespace c10 {
struct IValue;
template<class T> class List;

namespace detail {

template <class T>
struct ivalue_to_const_ref_overload_return {
  using type = T;
};

template<>
struct ivalue_to_const_ref_overload_return<at::Tensor> {
  using type = const at::Tensor&;
};

struct ListImpl final {
  using list_type = std::vector<IValue>;
};

} // namespace detail

namespace impl {

template<class T, class Iterator> class ListIterator;

template<class T>
struct ListElementConstReferenceTraits {
  using const_reference = typename c10::detail::ivalue_to_const_ref_overload_return<T>::type;
};

template<class T, class Iterator>
class ListElementReference final {
public:
  operator std::conditional_t<
      std::is_reference<typename c10::detail::
                            ivalue_to_const_ref_overload_return<T>::type>::value,
      const T&,
      T>() const;

  ListElementReference& operator=(T&& new_value) &&;

  ListElementReference& operator=(const T& new_value) &&;

  ListElementReference& operator=(ListElementReference&& rhs) &&;

private:
  ListElementReference(Iterator iter)
  : iterator_(iter) {}

  ListElementReference(const ListElementReference&) = delete;
  ListElementReference& operator=(const ListElementReference&) = delete;

  ListElementReference(ListElementReference&&) noexcept = default;
  ListElementReference& operator=(ListElementReference&& rhs) & noexcept {
    iterator_ = std::move(rhs.iterator_);
    return *this;
  }

  friend class List<T>;
  friend class ListIterator<T, Iterator>;

  Iterator iterator_;
};

template <class T, class Iterator>
class ListIterator final {
 public:
  explicit ListIterator() = default;
  ~ListIterator() = default;

  ListIterator(const ListIterator&) = default;
  ListIterator(ListIterator&&) noexcept = default;
  ListIterator& operator=(const ListIterator&) = default;
  ListIterator& operator=(ListIterator&&) = default;

  ListIterator& operator++() {
      ++iterator_;
      return *this;
  }

  ListIterator operator++(int) {
      ListIterator copy(*this);
      ++*this;
      return copy;
  }

  ListElementReference<T, Iterator> operator*() const {
    return {iterator_};
  }

private:
  explicit ListIterator(Iterator iterator): iterator_(std::move(iterator)) {}

  Iterator iterator_;

  friend bool operator==(const ListIterator& lhs, const ListIterator& rhs) {
    return lhs.iterator_ == rhs.iterator_;
  }

  friend bool operator!=(const ListIterator& lhs, const ListIterator& rhs) {
    return !(lhs == rhs);
  }

  friend class List<T>;
};

} // namespace impl

template<class T>
class List final {
private:
  using internal_reference_type = impl::ListElementReference<T, typename c10::detail::ListImpl::list_type::iterator>;
  using internal_const_reference_type = typename impl::ListElementConstReferenceTraits<T>::const_reference;

public:
  using value_type = T;
  using size_type = typename c10::detail::ListImpl::list_type::size_type;
  using iterator = impl::ListIterator<T, typename c10::detail::ListImpl::list_type::iterator>;
  using const_iterator = impl::ListIterator<T, typename c10::detail::ListImpl::list_type::iterator>;

  explicit List();
  List(std::initializer_list<T> initial_values);
  explicit List(ArrayRef<T> initial_values);

  List(const List&) = default;
  List& operator=(const List&) = default;

  List copy() const;
  value_type get(size_type pos) const;
  value_type extract(size_type pos) const;
  internal_const_reference_type operator[](size_type pos) const;
  internal_reference_type operator[](size_type pos);
  void set(size_type pos, const value_type& value) const;
  void set(size_type pos, value_type&& value) const;
  iterator begin() const;
  iterator end() const;
  bool empty() const;
  size_type size() const;
  void reserve(size_type new_cap) const;
  void clear() const;
  void push_back(const T& value) const;
  void push_back(T&& value) const;
  void append(List<T> lst) const;
  template<class... Args>
  void emplace_back(Args&&... args) const;
  void pop_back() const;
  void resize(size_type count) const;
  void resize(size_type count, const T& value) const;
  bool is(const List<T>& rhs) const;
  std::vector<T> vec() const;
  size_t use_count() const;
};

} // namespace c10

namespace torch {
  template<class T> using List = c10::List<T>;
}
