// What a generated difftest program reports about its own run.
//
// Every statement that may go wrong at run time is wrapped on one line:
//
//   try { auto y = fc(x); dt::use(y); DT_OK("module.linear"); } DT_CATCH("module.linear")
//   auto t = torch::from_blob(buf.data(), {4}, torch::kInt); DT_VALUES("from_blob.vector", t, buf);
//
// and the program ends with `return dt::finish();`, which prints one JSON
// object on stdout: for every reached line, its construct and outcomes
// ("ok", "threw" with the exception's message, "garbage" when a tensor
// does not hold the values of the buffer it was made from, "discarded" for
// a conversion whose result was dropped). That JSON is the ground truth the
// comparison (test/difftest/difftest.py) judges torch-tidy's warnings by.
#ifndef TORCH_TIDY_DIFFTEST_RUNTIME_H
#define TORCH_TIDY_DIFFTEST_RUNTIME_H

#include <torch/torch.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace dt {

struct Outcome {
  std::string construct;
  std::string kind;        // ok, threw, garbage, discarded
  std::string message;     // for threw: the first line of the message
  std::vector<int> inner;  // for threw: the lines in helpers it came from
};

// Lines in helpers that recorded the exception now propagating to a caller.
inline std::vector<int> &rethrown() {
  static std::vector<int> v;
  return v;
}

inline std::map<int, std::vector<Outcome>> &outcomes() {
  static std::map<int, std::vector<Outcome>> m;
  return m;
}

inline double &sink() {
  static double s = 0;
  return s;
}

inline void record(int line, const char *construct, const char *kind,
                   const std::string &message = "",
                   const std::vector<int> &inner = {}) {
  auto &v = outcomes()[line];
  for (const auto &o : v)
    if (o.kind == kind && o.message == message && o.inner == inner)
      return;  // a loop repeats the same outcome
  v.push_back({construct, kind, message, inner});
}

// The line of an exception's message that says what went wrong: the first,
// or for an error inside a TorchScript model, the interpreter's
// "RuntimeError: ..." line below its traceback.
inline std::string firstLine(const std::string &s) {
  auto script = s.rfind("RuntimeError: ");
  if (s.rfind("The following operation failed in the TorchScript", 0) == 0 &&
      script != std::string::npos)
    return firstLine(s.substr(script + 14));
  auto nl = s.find('\n');
  return nl == std::string::npos ? s : s.substr(0, nl);
}

inline void threw(int line, const char *construct, const std::exception &e,
                  bool rethrowing = false) {
  const auto *ce = dynamic_cast<const c10::Error *>(&e);
  std::vector<int> inner;
  inner.swap(rethrown());
  record(line, construct, "threw",
         firstLine(ce ? ce->what_without_backtrace() : e.what()), inner);
  if (rethrowing) {
    inner.push_back(line);
    rethrown() = inner;
  }
}

// Keeps a result alive and observable so that nothing is optimized away.
inline void use(const torch::Tensor &t) {
  if (t.defined() && t.numel() > 0)
    sink() += t.reshape({-1})[0].item<double>();
}
template <typename T> inline void use(const T *p) {
  sink() += static_cast<double>(p[0]);
}
template <typename T> inline void use(const T &v) {
  sink() += static_cast<double>(v);
}

// `t` was made from the first elements of `buf`: it must hold their values.
template <typename Buffer>
inline void values(int line, const char *construct, const torch::Tensor &t,
                   const Buffer &buf) {
  auto flat = t.reshape({-1}).to(torch::kDouble);
  bool same = true;
  for (int64_t i = 0; i < flat.numel(); ++i)
    if (flat[i].item<double>() != static_cast<double>(buf[i]))
      same = false;
  record(line, construct, same ? "ok" : "garbage");
}

// A cv::Mat buffer: compare with its elements of type T in memory order.
template <typename T, typename Mat>
inline void matValues(int line, const char *construct, const torch::Tensor &t,
                      const Mat &m) {
  values(line, construct, t, reinterpret_cast<const T *>(m.data));
}

// A conversion whose result was dropped: `before` is the tensor's dtype and
// device before the statement, `wanted` what the conversion returned.
inline void discarded(int line, const char *construct,
                      const torch::Tensor &after, const torch::Tensor &wanted) {
  bool changed = after.scalar_type() != wanted.scalar_type() ||
                 after.device() != wanted.device();
  // Dropping a conversion that would change nothing has no effect: no check
  // can be judged by it.
  record(line, construct, changed ? "discarded" : "discarded-noop");
}

inline std::string quote(const std::string &s) {
  std::ostringstream o;
  o << '"';
  for (char c : s) {
    if (c == '"' || c == '\\')
      o << '\\' << c;
    else if (static_cast<unsigned char>(c) < 0x20)
      o << ' ';
    else
      o << c;
  }
  o << '"';
  return o.str();
}

inline int finish() {
  std::ostringstream o;
  o << "{\"complete\": true, \"lines\": {";
  bool firstLine = true;
  for (const auto &[line, v] : outcomes()) {
    o << (firstLine ? "" : ", ") << '"' << line << "\": [";
    firstLine = false;
    for (size_t i = 0; i < v.size(); ++i) {
      o << (i ? ", " : "") << "{\"construct\": " << quote(v[i].construct)
        << ", \"kind\": " << quote(v[i].kind)
        << ", \"message\": " << quote(v[i].message) << ", \"inner\": [";
      for (size_t j = 0; j < v[i].inner.size(); ++j)
        o << (j ? ", " : "") << v[i].inner[j];
      o << "]}";
    }
    o << "]";
  }
  o << "}}\n";
  std::fputs(o.str().c_str(), stdout);
  return 0;
}

}  // namespace dt

#define DT_OK(construct) dt::record(__LINE__, construct, "ok")
#define DT_CATCH(construct)                                                    \
  catch (const std::exception &dt_error) {                                     \
    dt::threw(__LINE__, construct, dt_error);                                  \
  }
// In a helper: record where it threw, and let the caller's line see it too.
#define DT_RETHROW(construct)                                                  \
  catch (const std::exception &dt_error) {                                     \
    dt::threw(__LINE__, construct, dt_error, true);                            \
    throw;                                                                     \
  }
#define DT_VALUES(construct, t, buf) dt::values(__LINE__, construct, t, buf)
#define DT_MAT_VALUES(T, construct, t, m)                                      \
  dt::matValues<T>(__LINE__, construct, t, m)
#define DT_DISCARDED(construct, after, wanted)                                 \
  dt::discarded(__LINE__, construct, after, wanted)

#endif
