"""Review mode (`--review=github|gitlab|gerrit|rdjson`): the findings a
change brings, placed on the lines it changes, as the review payload of a
code-review platform on stdout.

1. The head: the files the change affects (--changed-since, against the
   commit where HEAD's history left REF), analyzed as usual.
2. The base: the same files in that commit's tree (basetree.py).
3. New findings: those the base does not have, by check, message and code
   (findings.py); each placed on a line the diff adds, or in the summary.
4. The payload of the platform (github.py, gitlab.py, gerrit.py,
   rdjson.py)."""
import dataclasses
import json
import os
import shutil
from typing import Callable, Optional, TextIO

from .. import changes
from ..analyze import TOOL_FAILURES
from ..diagnostics import FAIL_LEVELS
from ..errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_TOOL_FAILED, UsageError
from ..run import Run, RunOptions
from . import basetree, findings, gerrit, github, gitlab, gitdiff, rdjson

PLATFORMS = {"github": github, "gitlab": gitlab, "gerrit": gerrit,
             "rdjson": rdjson}


@dataclasses.dataclass
class Context:
    """What the payloads need besides the findings."""
    root: str                       # the work tree
    base: str                       # commit SHAs
    start: str
    head: str
    diff: gitdiff.Diff
    sources: findings.Sources
    link: Optional[Callable[[str, int], str]]

    def suggestion(self, f: findings.Finding):
        return findings.suggestion(f, self.root, self.diff, self.sources)


def default_links(platform: str, head: str) -> Optional[str]:
    """Where the CI says the repository is: the prefix of file links."""
    env = os.environ
    if platform == "github" and env.get("GITHUB_SERVER_URL") and \
            env.get("GITHUB_REPOSITORY"):
        return "%s/%s/blob/%s/" % (env["GITHUB_SERVER_URL"].rstrip("/"),
                                   env["GITHUB_REPOSITORY"], head)
    if platform == "gitlab" and env.get("CI_PROJECT_URL"):
        return "%s/-/blob/%s/" % (env["CI_PROJECT_URL"].rstrip("/"), head)
    return None


def _linker(prefix: Optional[str]):
    if not prefix:
        return None
    return lambda path, line: "%s%s#L%d" % (prefix, path, line)


def _status(review: findings.Review, fail_on: str, failed: bool) -> int:
    if failed:
        return EXIT_TOOL_FAILED
    if any(f.level in FAIL_LEVELS[fail_on] for f in review.new):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def run_review(opts: RunOptions, platform: str, links: Optional[str],
               out: TextIO, err: TextIO) -> int:
    if not opts.changed_since:
        raise UsageError("--review needs --changed-since REF (the branch "
                         "the change is to go into)")
    if opts.fix or opts.fix_errors or opts.shard or opts.format != "text":
        raise UsageError("--review prints the review on stdout: it does "
                         "not go with --fix, --shard or --format")
    cwd = os.getcwd()
    top = changes.toplevel(cwd)
    if top is None:
        raise UsageError("--review: '%s' is not in a git work tree" % cwd)
    base, start, head_sha = gitdiff.resolve(opts.changed_since, top)
    head_opts = dataclasses.replace(opts, changed_since=base,
                                    format="review", source_root=top)
    head = Run(head_opts, out, err)
    head.execute()
    diff = gitdiff.read(base, top)
    cache_dir = None if opts.no_cache else os.path.abspath(
        opts.cache_dir or os.path.join(head.database.directory,
                                       ".torch-tidy-cache"))
    base_doc = basetree.analyze(head, head_opts, diff, base, top, cache_dir)
    sources = findings.Sources()
    try:
        base_root = base_doc["sourceRoot"]
        before = findings.read(base_doc, base_root, findings.Sources(),
                               diff.renamed_to())
    finally:
        shutil.rmtree(base_doc["exportRoot"], ignore_errors=True)
    after = findings.read(head.doc, top, sources)
    new, existing = findings.new_findings(after, before, diff)
    findings.place(new, diff)
    failed = [gitdiff.relative(f["file"], top) or f["file"]
              for f in head.doc["files"] if f["status"] in TOOL_FAILURES]
    review = findings.Review(new, existing, len(before),
                             len(head.doc["files"]), failed)
    ctx = Context(top, base, start, head_sha, diff, sources,
                  _linker(links if links is not None
                          else default_links(platform, head_sha)))
    json.dump(PLATFORMS[platform].payload(review, ctx), out, indent=1)
    out.write("\n")
    out.flush()
    if not opts.quiet:
        err.write("run-torch-tidy: review against %s: %d new finding%s "
                  "(%d on changed lines, %d in the summary), %d there "
                  "before\n" % (base[:12], len(new),
                                "" if len(new) == 1 else "s",
                                len(review.inline), len(review.summary),
                                existing))
    return _status(review, opts.fail_on, bool(failed))
