//===- Limits.h - Every depth and budget the analysis keeps to --*- C++ -*-===//
//
// The analysis stays about linear in the size of the code by giving up
// (unknown, which never warns) where code would make it recurse or iterate
// without bound. Every such limit is here, with why it is what it is.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_DOMAIN_LIMITS_H
#define TORCH_TIDY_DOMAIN_LIMITS_H

namespace torch_tidy::limits {

/// Constants and conversions followed to find the text of a path or device
/// string (`const std::string p = kDir;`): real code names a literal
/// within one or two steps; more is a chain of variables we do not follow.
constexpr unsigned LiteralDepth = 4;

/// Conversions looked through to find the module variable an argument
/// hands on (holder to shared_ptr to base): one or two in LibTorch's API.
constexpr unsigned HandleDepth = 4;

/// References and constants followed to the variable they read
/// (`const auto &r2 = r1;`), and TensorOptions calls walked to find the
/// dtype argument a fix-it replaces: a handful in real code; the bound
/// stops cycles through code that does not compile.
constexpr unsigned AliasDepth = 8;

/// Calls nested inside one expression whose rules are applied
/// (`x.to(a).to(b).contiguous()...`): deeper chains are unknown, which keeps
/// the recursion of the evaluator off the stack's limit.
constexpr unsigned RuleNesting = 64;

/// How often the fixpoint may visit each CFG block of a function, on top of
/// a fixed allowance: states only grow through a lattice of height three
/// per variable, so a real function settles in a few sweeps.
constexpr unsigned VisitsPerBlock = 64;
constexpr unsigned VisitAllowance = 64;

/// The work the fixpoint may do on one function, counted as variable states
/// carried into block visits (each is copied, joined and compared): real
/// functions need a few hundred, generated ones of 10,000 and 20,000
/// statements about 90,000 and 240,000. Beyond it the function is not
/// analyzed (no finding, and torch-explain says why), which bounds the time
/// and memory of code whose states grow with its depth, such as hundreds of
/// nested scopes that each keep tensors alive (at the bound: about half a
/// second and 110 MB, bench/benchmark.py --only pathological).
constexpr unsigned StatesPerFunction = 300000;

/// How often the computation of a class's member states may run each
/// method, on top of a fixed allowance; beyond it no member is followed.
constexpr unsigned RunsPerMethod = 16;
constexpr unsigned RunAllowance = 16;

/// How many calls deep a summary may look into the user's functions; deeper
/// calls return unknown. Six covers helper chains seen in real code while
/// keeping the worst case of a summary bounded.
constexpr unsigned SummaryDepth = 6;

/// Tensor operands of unknown rank whose possible ranks promotion tries
/// (each may or may not be zero-dimensional: two to this power cases);
/// real operations have two or three operands.
constexpr unsigned RankGuesses = 6;

/// How many distinct argument states a helper is analyzed for, to find
/// mismatches inside it (interprocedural/CallContexts.h): real helpers are
/// called with one or two; a helper called with more is checked for the
/// first ones only.
constexpr unsigned ContextsPerFunction = 8;

/// How many flags a function's runs assume values for (domain/Valuation.h),
/// and how many constants an enum or integer flag may be compared with
/// (one run per constant; a boolean has two values): each is run once per
/// valuation, at most sixteen runs. A function testing more is not run
/// under flags: its branches join as in one run.
constexpr unsigned FlagsFollowed = 2;
constexpr unsigned FlagValues = 4;

/// Classes and arrays nested in a raw buffer's element type that are looked
/// through to find the numbers it is made of (`cv::Vec3b` is an array in a
/// base class; `std::string` a pointer in a member of a member): a few.
constexpr unsigned ElementTypeDepth = 8;

/// How deeply rule files may include one another; deeper is a cycle.
constexpr unsigned IncludeDepth = 16;

} // namespace torch_tidy::limits

#endif
