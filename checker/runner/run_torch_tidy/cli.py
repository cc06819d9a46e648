"""Command line of run-torch-tidy and `run-torch-tidy merge`."""
import argparse
import os
import signal
import sys
from typing import List, Optional

from . import shard
from .errors import (EXIT_INTERRUPTED, EXIT_USAGE, Interrupted, UsageError)
from .run import RunOptions, check_project
from .tidy import TidyOptions

DESCRIPTION = """\
Runs torch-tidy over the files of a compilation database in parallel:
files that begin with the same LibTorch/OpenCV includes share one
precompiled header, results are cached by everything that can change them,
--changed-since checks only what a change touched, --shard splits the work
over CI machines. Findings go to stdout in clang-tidy's format, progress to
stderr.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it
(a file that does not compile is an error); 2 bad options, database or
configuration; 3 torch-tidy crashed or timed out on a file; 130 interrupted.
"""

MERGE_DESCRIPTION = """\
Merges the --format=json results of several runs (the shards of a CI
matrix) into one result: findings, JSON, SARIF, fixes and exit status as
if one run had checked every file.
"""


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("not a number: '%s'" % value)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return n or (os.cpu_count() or 1)


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("not a number: '%s'" % value)
    if n <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return n


def _add_report_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="stdout: clang-tidy's text (default) or one JSON "
                   "document (what merge reads)")
    p.add_argument("--sarif", metavar="FILE",
                   help="write the findings as SARIF 2.1.0")
    p.add_argument("--export-fixes", metavar="FILE",
                   help="write the fixes of all files, merged, in "
                   "clang-tidy's YAML format")
    p.add_argument("--fail-on", choices=("error", "warning", "never"),
                   default="warning",
                   help="exit with 1 when a finding of this level or above "
                   "is found (default: warning)")
    p.add_argument("--quiet", action="store_true",
                   help="no progress and no summary on stderr")


def run_parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog, description=DESCRIPTION,
        usage="%(prog)s [options] [files or regexes ...]\n"
              "       %(prog)s merge [options] RESULT.json ...",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*",
                   help="files to check, or regular expressions searched in "
                   "the database's paths (default: every file)")
    p.add_argument("-p", dest="build_path", metavar="BUILD_PATH",
                   help="directory with compile_commands.json (default: "
                   "the first one found upwards from here)")
    p.add_argument("-j", dest="jobs", type=_jobs, default=0, metavar="N",
                   help="parallel jobs (default: the number of cores)")
    g = p.add_argument_group("clang-tidy options, passed to torch-tidy")
    g.add_argument("--checks")
    mx = g.add_mutually_exclusive_group()
    mx.add_argument("--config")
    mx.add_argument("--config-file")
    g.add_argument("--header-filter")
    g.add_argument("--exclude-header-filter")
    g.add_argument("--warnings-as-errors")
    g.add_argument("--system-headers", action="store_true")
    g.add_argument("--line-filter")
    g.add_argument("--extra-arg", action="append", default=[])
    g.add_argument("--extra-arg-before", action="append", default=[])
    g.add_argument("--load", action="append", default=[], metavar="PLUGIN",
                   help="a clang-tidy plugin, with --torch-tidy "
                   "clang-tidy-19: --load build/lib/libTorchTidy.so")
    g = p.add_argument_group("fixes")
    g.add_argument("--fix", action="store_true",
                   help="apply the fix-its of all files, each once")
    g.add_argument("--fix-errors", action="store_true",
                   help="--fix, also in files that do not compile")
    g = p.add_argument_group("reports")
    _add_report_options(g)
    g = p.add_argument_group("what to check and how")
    g.add_argument("--changed-since", metavar="REF",
                   help="only files that differ from the git commit REF or "
                   "include a header that does (staged, unstaged and "
                   "untracked changes count)")
    g.add_argument("--review",
                   choices=("github", "gitlab", "gerrit", "rdjson"),
                   help="with --changed-since REF: the findings the change "
                   "brings (not those REF's merge base has), placed on the "
                   "lines it changes, as a review payload on stdout")
    g.add_argument("--review-links", metavar="URL",
                   help="review mode: links to files are URL + path + "
                   "'#L' + line (default: from GitHub's or GitLab's CI "
                   "variables)")
    g.add_argument("--shard", metavar="I/N",
                   help="check only part I of N of the files")
    g.add_argument("--cache-dir", metavar="DIR",
                   help="result cache (default: .torch-tidy-cache in the "
                   "build directory)")
    g.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the cache")
    g.add_argument("--no-cross-file", action="store_true",
                   help="do not follow calls into functions other files "
                   "define (no second pass)")
    g.add_argument("--export-summaries", metavar="FILE",
                   help="write what the project's functions return, as a "
                   "rule file")
    g.add_argument("--no-pch", action="store_true",
                   help="never share a precompiled header")
    g.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                   help="stop torch-tidy on a file after this long")
    g.add_argument("--progress", choices=("auto", "line", "lines", "none"),
                   default="auto",
                   help="progress on stderr: one updating line on a "
                   "terminal, a line per file otherwise (auto)")
    g.add_argument("-v", "--verbose", action="store_true",
                   help="say which files share a precompiled header and "
                   "why others do not")
    g.add_argument("--source-root", metavar="DIR",
                   help="root of SARIF paths and timings (default: the git "
                   "work tree, or the current directory)")
    g.add_argument("--torch-tidy", metavar="PATH",
                   help="the torch-tidy binary (default: the one installed "
                   "beside run-torch-tidy)")
    return p


def merge_parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog + " merge",
                                description=MERGE_DESCRIPTION)
    p.add_argument("results", nargs="+", metavar="RESULT.json")
    _add_report_options(p)
    p.add_argument("--cache-dir", metavar="DIR",
                   help="store the files' run times in this cache, for the "
                   "next --shard")
    return p


def _terminate(signum, frame):
    raise Interrupted()


def main(argv: List[str], tool_dir: Optional[str] = None,
         prog: str = "run-torch-tidy") -> int:
    # Ctrl-C and SIGTERM stop the run, even where a parent ignores SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if argv[:1] == ["merge"]:
            from .merge import merge_results
            a = merge_parser(prog).parse_args(argv[1:])
            return merge_results(a.results, a.format, a.sarif,
                                 a.export_fixes, a.fail_on, a.cache_dir,
                                 a.quiet)
        a = run_parser(prog).parse_args(argv)
        default_tidy = os.path.join(tool_dir or "", "torch-tidy")
        opts = RunOptions(
            torch_tidy=a.torch_tidy or default_tidy,
            build_path=a.build_path, files=a.files, jobs=a.jobs,
            tidy=TidyOptions(
                checks=a.checks, config=a.config, config_file=a.config_file,
                header_filter=a.header_filter,
                exclude_header_filter=a.exclude_header_filter,
                warnings_as_errors=a.warnings_as_errors,
                system_headers=a.system_headers, line_filter=a.line_filter,
                extra_args=a.extra_arg, extra_args_before=a.extra_arg_before,
                load=[os.path.abspath(p) for p in a.load]),
            fix=a.fix, fix_errors=a.fix_errors, export_fixes=a.export_fixes,
            format=a.format, sarif=a.sarif, fail_on=a.fail_on,
            cache_dir=a.cache_dir, no_cache=a.no_cache, no_pch=a.no_pch,
            changed_since=a.changed_since,
            shard=shard.parse(a.shard) if a.shard else None,
            timeout=a.timeout, progress=a.progress, quiet=a.quiet,
            verbose=a.verbose, source_root=a.source_root,
            cross_file=not a.no_cross_file,
            export_summaries=a.export_summaries)
        if a.review:
            from .review import run_review
            return run_review(opts, a.review, a.review_links, sys.stdout,
                              sys.stderr)
        return check_project(opts)
    except UsageError as e:
        sys.stderr.write("run-torch-tidy: error: %s\n" % e)
        return EXIT_USAGE
    except (KeyboardInterrupt, Interrupted):
        sys.stderr.write("\nrun-torch-tidy: interrupted; the results of "
                         "the files that finished are in the cache\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # stdout closed early (| head): nothing more to say.
        sys.stderr.close()
        return EXIT_USAGE
