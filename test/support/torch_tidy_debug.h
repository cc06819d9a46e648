// Test-only: calls the torch-debug-inspect check reports on. The check
// prints what the analysis infers for the first argument and, when given,
// for the second (the value the test expects).
#pragma once

template <typename T> void torch_tidy_inspect(const T &);
template <typename T, typename U>
void torch_tidy_inspect(const T &, const U &);
