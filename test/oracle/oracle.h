// Minimal run-time assertion helper for the LibTorch oracle programs.
//
// Each oracle program is a plain executable linked against the real libtorch.
// It groups its checks into ORACLE_TEST(name) { ... } blocks and ends with
// ORACLE_MAIN(). Every failed check prints one line
//   file:line: FAIL <MACRO>(<expression>): expected <x>, actual <y>
// and at exit exactly one summary line "N passed, N failed" is printed; the
// exit status is nonzero when anything failed. A test block that throws an
// unexpected exception counts as one failure and the remaining blocks still
// run. Set ORACLE_VERBOSE=1 to also print a line for every passing check
// (including the first line of each expected exception message) and for every
// ORACLE_NOTE.
#ifndef TORCH_TIDY_TEST_ORACLE_ORACLE_H
#define TORCH_TIDY_TEST_ORACLE_ORACLE_H

#include <torch/torch.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

// torch-tidy's debug check reads these calls and reports what the engine
// infers next to what the program checks at run time
// (test/oracle/engine-agrees.test). They never run: analysisOnly is false.
template <typename T, typename U>
void torch_tidy_inspect(const T &, const U &) {}

namespace oracle {

inline bool analysisOnly = false;

struct Counters {
  int passed = 0;
  int failed = 0;
};

inline Counters &counters() {
  static Counters c;
  return c;
}

inline bool verbose() {
  static const bool v = [] {
    const char *e = std::getenv("ORACLE_VERBOSE");
    return e != nullptr && *e != '\0' && std::string(e) != "0";
  }();
  return v;
}

inline std::string firstLine(const std::string &s) {
  auto nl = s.find('\n');
  return nl == std::string::npos ? s : s.substr(0, nl);
}

// Message of an exception without the C++ backtrace libtorch appends.
inline std::string messageOf(const std::exception &e) {
  if (auto *ce = dynamic_cast<const c10::Error *>(&e))
    return ce->what_without_backtrace();
  return e.what();
}

inline std::string currentExceptionMessage() {
  try {
    throw;
  } catch (const std::exception &e) {
    return messageOf(e);
  } catch (...) {
    return "<non-std exception>";
  }
}

inline void pass(const char *file, int line, const char *macro,
                 const char *expr, const std::string &actual) {
  ++counters().passed;
  if (verbose())
    std::printf("%s:%d: ok %s(%s): %s\n", file, line, macro, expr,
                actual.c_str());
}

inline void fail(const char *file, int line, const char *macro,
                 const char *expr, const std::string &expected,
                 const std::string &actual) {
  ++counters().failed;
  std::printf("%s:%d: FAIL %s(%s): expected %s, actual %s\n", file, line,
              macro, expr, expected.c_str(), actual.c_str());
}

inline std::string dtypeName(c10::ScalarType t) { return c10::toString(t); }

inline c10::ScalarType dtypeOf(const at::Tensor &t) { return t.scalar_type(); }
inline c10::ScalarType dtypeOf(c10::ScalarType t) { return t; }
inline c10::ScalarType dtypeOf(caffe2::TypeMeta t) {
  // toScalarType() is not const in LibTorch 1.13, hence the by-value copy.
  return t.toScalarType();
}

inline std::string deviceName(const at::Tensor &t) { return t.device().str(); }
inline std::string deviceName(const c10::Device &d) { return d.str(); }

// Test registry.
using TestFn = void (*)();
inline std::vector<std::pair<const char *, TestFn>> &registry() {
  static std::vector<std::pair<const char *, TestFn>> r;
  return r;
}
struct Registrar {
  Registrar(const char *name, TestFn fn) { registry().emplace_back(name, fn); }
};

inline int runAll() {
  for (auto &[name, fn] : registry()) {
    try {
      fn();
    } catch (...) {
      ++counters().failed;
      std::printf("FAIL test %s: unexpected exception: %s\n", name,
                  firstLine(currentExceptionMessage()).c_str());
    }
  }
  std::printf("%d passed, %d failed\n", counters().passed, counters().failed);
  std::fflush(stdout);
  return counters().failed == 0 ? 0 : 1;
}

} // namespace oracle

#define ORACLE_TEST(name)                                                      \
  static void name();                                                          \
  static ::oracle::Registrar name##_oracle_registrar(#name, &name);            \
  static void name()

#define ORACLE_MAIN()                                                          \
  int main() { return ::oracle::runAll(); }

// EXPECT_DTYPE(expr, torch::kFloat): expr is a tensor (or a ScalarType /
// TypeMeta); its dtype must equal the expected ScalarType.
#define EXPECT_DTYPE(expr, expected)                                           \
  do {                                                                         \
    const c10::ScalarType oracle_want_ = (expected);                           \
    if (::oracle::analysisOnly)                                                \
      torch_tidy_inspect(expr, expected);                                      \
    try {                                                                      \
      const c10::ScalarType oracle_got_ = ::oracle::dtypeOf(expr);             \
      if (oracle_got_ == oracle_want_)                                         \
        ::oracle::pass(__FILE__, __LINE__, "EXPECT_DTYPE", #expr,              \
                       ::oracle::dtypeName(oracle_got_));                      \
      else                                                                     \
        ::oracle::fail(__FILE__, __LINE__, "EXPECT_DTYPE", #expr,              \
                       ::oracle::dtypeName(oracle_want_),                      \
                       ::oracle::dtypeName(oracle_got_));                      \
    } catch (...) {                                                            \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_DTYPE", #expr,                \
                     ::oracle::dtypeName(oracle_want_),                        \
                     "exception: " + ::oracle::firstLine(                      \
                                         ::oracle::currentExceptionMessage())); \
    }                                                                          \
  } while (0)

// EXPECT_DEVICE(expr, "cpu"): expr is a tensor or a Device; its string form
// must equal the expected string.
#define EXPECT_DEVICE(expr, expected)                                          \
  do {                                                                         \
    const std::string oracle_want_ = (expected);                               \
    if (::oracle::analysisOnly)                                                \
      torch_tidy_inspect(expr, c10::Device(expected));                         \
    try {                                                                      \
      const std::string oracle_got_ = ::oracle::deviceName(expr);              \
      if (oracle_got_ == oracle_want_)                                         \
        ::oracle::pass(__FILE__, __LINE__, "EXPECT_DEVICE", #expr,             \
                       oracle_got_);                                           \
      else                                                                     \
        ::oracle::fail(__FILE__, __LINE__, "EXPECT_DEVICE", #expr,             \
                       oracle_want_, oracle_got_);                             \
    } catch (...) {                                                            \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_DEVICE", #expr, oracle_want_, \
                     "exception: " + ::oracle::firstLine(                      \
                                         ::oracle::currentExceptionMessage())); \
    }                                                                          \
  } while (0)

#define EXPECT_DEVICE_CPU(expr) EXPECT_DEVICE(expr, "cpu")

// EXPECT_RANK(expr, 0): expr is a zero-dimensional tensor; EXPECT_RANK(expr,
// 1): it has at least one dimension. The engine's claim is compared for the
// rank alone (engine_agrees.py reads which macro a line uses).
#define ORACLE_SIZES_0 {}
#define ORACLE_SIZES_1 {1}
#define EXPECT_RANK(expr, dims)                                                \
  do {                                                                         \
    const bool oracle_want_ = (dims) > 0;                                      \
    if (::oracle::analysisOnly)                                                \
      torch_tidy_inspect(expr, torch::zeros(ORACLE_SIZES_##dims));             \
    try {                                                                      \
      const bool oracle_got_ = (expr).dim() > 0;                               \
      const char *oracle_name_[] = {"zero-dimensional", "with dimensions"};    \
      if (oracle_got_ == oracle_want_)                                         \
        ::oracle::pass(__FILE__, __LINE__, "EXPECT_RANK", #expr,               \
                       oracle_name_[oracle_got_]);                             \
      else                                                                     \
        ::oracle::fail(__FILE__, __LINE__, "EXPECT_RANK", #expr,               \
                       oracle_name_[oracle_want_], oracle_name_[oracle_got_]); \
    } catch (...) {                                                            \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_RANK", #expr,                 \
                     (dims) > 0 ? "with dimensions" : "zero-dimensional",      \
                     "exception: " + ::oracle::firstLine(                      \
                                         ::oracle::currentExceptionMessage())); \
    }                                                                          \
  } while (0)

// EXPECT_THROWS(stmt, "substring"): stmt must throw a std::exception whose
// message (without backtrace) contains the substring. Wrap stmt in
// parentheses if it contains a top-level comma.
#define EXPECT_THROWS(stmt, substring)                                         \
  do {                                                                         \
    const std::string oracle_want_ = (substring);                              \
    bool oracle_threw_ = false;                                                \
    std::string oracle_msg_;                                                   \
    try {                                                                      \
      (void)(stmt);                                                            \
    } catch (...) {                                                            \
      oracle_threw_ = true;                                                    \
      oracle_msg_ = ::oracle::currentExceptionMessage();                       \
    }                                                                          \
    if (!oracle_threw_)                                                        \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_THROWS", #stmt,               \
                     "exception containing \"" + oracle_want_ + "\"",          \
                     "no exception");                                          \
    else if (oracle_msg_.find(oracle_want_) == std::string::npos)              \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_THROWS", #stmt,               \
                     "exception containing \"" + oracle_want_ + "\"",          \
                     "\"" + ::oracle::firstLine(oracle_msg_) + "\"");          \
    else                                                                       \
      ::oracle::pass(__FILE__, __LINE__, "EXPECT_THROWS", #stmt,               \
                     "threw \"" + ::oracle::firstLine(oracle_msg_) + "\"");    \
  } while (0)

// EXPECT_NO_THROW(stmt): stmt must complete without throwing.
#define EXPECT_NO_THROW(stmt)                                                  \
  do {                                                                         \
    try {                                                                      \
      (void)(stmt);                                                            \
      ::oracle::pass(__FILE__, __LINE__, "EXPECT_NO_THROW", #stmt,             \
                     "no exception");                                          \
    } catch (...) {                                                            \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_NO_THROW", #stmt,             \
                     "no exception",                                           \
                     "\"" + ::oracle::firstLine(                               \
                                ::oracle::currentExceptionMessage()) +         \
                         "\"");                                                \
    }                                                                          \
  } while (0)

// EXPECT_TRUE(cond): a plain boolean check (e.g. a parameter count).
#define EXPECT_TRUE(cond)                                                      \
  do {                                                                         \
    try {                                                                      \
      if (cond)                                                                \
        ::oracle::pass(__FILE__, __LINE__, "EXPECT_TRUE", #cond, "true");      \
      else                                                                     \
        ::oracle::fail(__FILE__, __LINE__, "EXPECT_TRUE", #cond, "true",       \
                       "false");                                               \
    } catch (...) {                                                            \
      ::oracle::fail(__FILE__, __LINE__, "EXPECT_TRUE", #cond, "true",         \
                     "exception: " + ::oracle::firstLine(                      \
                                         ::oracle::currentExceptionMessage())); \
    }                                                                          \
  } while (0)

// ORACLE_NOTE(label, value): informational line (verbose mode only), used to
// record a value the rule files leave open. Not counted as a check.
#define ORACLE_NOTE(label, value)                                              \
  do {                                                                         \
    if (::oracle::verbose()) {                                                 \
      std::ostringstream oracle_os_;                                           \
      oracle_os_ << (value);                                                   \
      std::printf("%s:%d: note %s: %s\n", __FILE__, __LINE__, (label),         \
                  oracle_os_.str().c_str());                                   \
    }                                                                          \
  } while (0)

#endif // TORCH_TIDY_TEST_ORACLE_ORACLE_H
