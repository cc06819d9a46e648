"""A whole run: choose the files, reuse what the cache knows, analyze the
rest (sharing precompiled headers), report, and say how it went."""
import concurrent.futures as cf
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional, TextIO, Tuple

from . import (changes, compdb, deps, fixes, results, rulefiles, shard,
               summaries)
from .analyze import CACHEABLE, OK, TOOL_FAILURES
from .cache import write_atomically
from .cache import ResultCache
from .fingerprint import (FileHasher, digest, model_file_candidates,
                          signatures)
from .flags import is_system_file
from .outputs import display_path, emit
from .pch import Planner
from .procs import Processes
from .progress import Progress
from .scheduler import Scheduler
from .textout import TextPrinter
from .tidy import FileConfig, TidyOptions, TorchTidy, resolve
from .units import Unit

# Part of every cache key: a new runner that reads results differently
# starts afresh.
CACHE_GENERATION = "1"


@dataclass
class RunOptions:
    torch_tidy: str
    build_path: Optional[str] = None
    files: List[str] = field(default_factory=list)
    jobs: int = 1
    tidy: TidyOptions = field(default_factory=TidyOptions)
    fix: bool = False
    fix_errors: bool = False
    export_fixes: Optional[str] = None
    format: str = "text"
    sarif: Optional[str] = None
    fail_on: str = "warning"
    cache_dir: Optional[str] = None
    no_cache: bool = False
    no_pch: bool = False
    changed_since: Optional[str] = None
    shard: Optional[Tuple[int, int]] = None
    timeout: Optional[float] = None
    progress: str = "auto"
    quiet: bool = False
    verbose: bool = False
    source_root: Optional[str] = None
    cross_file: bool = True
    export_summaries: Optional[str] = None


def _describe(r: dict) -> str:
    if r["status"] == "ok":
        n = sum(1 for d in r["diagnostics"] if d["level"] in
                ("warning", "error"))
        return "%d finding%s" % (n, "" if n == 1 else "s") if n else "clean"
    if r["status"] == "compile-error":
        return r["message"]
    return r["status"] + (": " + r["message"].splitlines()[0]
                          if r.get("message") else "")


def _findings(r: dict) -> int:
    return sum(1 for d in r["diagnostics"] if d["level"] in
               ("warning", "error"))


class Run:
    def __init__(self, opts: RunOptions, out: TextIO, err: TextIO):
        self.opts = opts
        self.out = out
        self.err = err
        self.cwd = os.getcwd()
        mode = "none" if opts.quiet else opts.progress
        self.progress = Progress(mode, err, lambda p: display_path(p, self.cwd))
        self.hasher = FileHasher()
        self.measured: Dict[str, float] = {}
        self._rule_hashes: Dict[tuple, list] = {}
        # Files whose output waits for the second pass: they call functions
        # of other files, whose summaries may change what they find.
        self.deferring = False
        self.deferred: List[Unit] = []
        # What the run saw and found, for review mode.
        self.database: Optional[compdb.Database] = None
        self.every_unit: List[Unit] = []
        self.selected_files: set = set()
        self.doc: Optional[dict] = None

    def warn(self, message: str) -> None:
        self.progress.note("run-torch-tidy: warning: " + message)

    def info(self, message: str) -> None:
        if self.opts.verbose:
            self.progress.note("run-torch-tidy: " + message)

    # Configuration and keys.

    def _configs(self, tidy: TorchTidy, files: List[str]
                 ) -> Dict[str, FileConfig]:
        by_dir: Dict[str, str] = {}
        for f in files:
            by_dir.setdefault(os.path.dirname(f), f)
        jobs = max(1, min(self.opts.jobs, len(by_dir)))
        with cf.ThreadPoolExecutor(jobs) as pool:
            dir_configs = dict(zip(by_dir, pool.map(tidy.config_for,
                                                    by_dir.values())))
        return {f: dir_configs[os.path.dirname(f)] for f in files}

    def _rule_inputs(self, config: FileConfig, directory: str) -> list:
        key = (config.text, directory)
        if key not in self._rule_hashes:
            self._rule_hashes[key] = self.hasher.hashes(rulefiles.closure(
                resolve(config.rule_files, directory)))
        return self._rule_hashes[key]

    def _key(self, tidy: TorchTidy, unit: Unit, db_hash: Optional[str]) -> str:
        commands = [[c.directory, list(c.arguments)] for c in unit.commands]
        if not commands:
            commands = ["not in the database", db_hash]
        return digest(CACHE_GENERATION, tidy.identity, unit.file, commands,
                      unit.config.text, tidy.options.args(),
                      self._rule_inputs(unit.config,
                                        unit.directory or self.cwd))

    def _lookup(self, cache: ResultCache, unit: Unit) -> Optional[dict]:
        """The unit's cache entry, if valid."""
        return cache.lookup(unit.key, self.hasher)

    # Model files a result may depend on.

    def _user_sources(self, planner: Planner, unit: Unit) -> List[str]:
        """The file and the non-system headers it read itself (a PCH holds
        library headers only)."""
        if not unit.commands:
            return [unit.file] + [p for p in unit.headers
                                  if not p.startswith("/usr/")]
        dirs = planner.include_dirs(planner.unit_flags(unit), unit.directory)
        return [unit.file] + [p for p in unit.headers
                              if not is_system_file(p, dirs)]

    # Reporting each file.

    def _print(self, unit: Unit, printer: Optional[TextPrinter]) -> None:
        if printer and unit.result["output"]:
            printer.print_output(unit.result["output"])

    def _report(self, unit: Unit, printer: Optional[TextPrinter]) -> None:
        r = unit.result
        summary = r.get("summary")
        if self.deferring and summary and summary["calls"]:
            self.deferred.append(unit)  # reported after the second pass
            return
        self._print(unit, printer)
        if r["status"] in TOOL_FAILURES:
            self.progress.note("run-torch-tidy: error: %s: %s" % (
                display_path(unit.file, self.cwd), r["message"]))
        described = _describe(r)
        if unit.summary_rules:
            described += ", with other files' summaries"
        self.progress.finished(unit.file, described, _findings(r),
                               None if r.get("cached") else
                               r["seconds"] + unit.seconds_before)

    # The run.

    def execute(self) -> int:
        opts = self.opts
        start = time.monotonic()
        db = compdb.load(compdb.find(opts.build_path, self.cwd))
        files = compdb.select(db, opts.files, self.cwd)
        tidy = TorchTidy(opts.torch_tidy, opts.tidy, self.cwd)
        root = os.path.abspath(opts.source_root or
                               changes.toplevel(self.cwd) or self.cwd)
        cache = ResultCache(None if opts.no_cache else (
            opts.cache_dir or os.path.join(db.directory, ".torch-tidy-cache")),
            self.warn)

        configs = self._configs(tidy, files)
        db_hash = self.hasher.hash(db.path)
        units = [Unit(f, db.commands.get(f, []), configs[f]) for f in files]
        resource_dir = ""
        checked = set()
        for u in units:
            where = u.directory or self.cwd
            if (u.config.text, where) not in checked:
                checked.add((u.config.text, where))
                resource_dir = tidy.preflight(u.config, where) or resource_dir
        for u in units:
            u.key = self._key(tidy, u, db_hash)
            self.hasher.hash(u.file)  # its contents as they are analyzed
            u.cached = self._lookup(cache, u)
            if opts.cross_file and u.cached and \
                    u.cached["result"]["status"] == OK and \
                    "summary" not in u.cached["result"]:
                u.cached = None  # from a run that did not summarize
        every_unit = list(units)

        if opts.changed_since:
            units = self._changed(units, tidy, db)
        self.database, self.every_unit = db, every_unit
        self.selected_files = {u.file for u in units}

        shard_info = None
        timings = cache.timings()

        def rel(f: str) -> str:
            return os.path.relpath(f, root)

        if opts.shard:
            index, count = opts.shard
            keys = [rel(u.file) for u in units]
            parts = shard.partition(keys, shard.weights(keys, timings), count)
            mine = set(parts[index - 1])
            shard_info = {"index": index, "count": count,
                          "partition": shard.fingerprint(parts),
                          "files": len(keys)}
            units = [u for u in units if rel(u.file) in mine]
        for u in units:
            u.estimate = timings.get(rel(u.file), 0.0)

        printer = TextPrinter(self.out, self.progress.clear) \
            if opts.format == "text" else None
        self.deferring = opts.cross_file
        self.progress.begin(len(units))
        for u in units:
            if u.cached:
                u.result = dict(u.cached["result"], cached=True)
                self._report(u, printer)
        misses = [u for u in units if not u.cached]
        for u in misses:
            u.export_summaries = opts.cross_file

        tmpdir = tempfile.mkdtemp(prefix="run-torch-tidy-")
        clang = tidy.companion("clang++")
        planner = Planner(clang, resource_dir, cache, self.hasher, tmpdir,
                          opts.tidy.extra_args_before, opts.tidy.extra_args)
        pchs: List = []

        def plan(todo: List[Unit]) -> None:
            """PCHs for the files not planned yet (a file checked again
            whose first pass came from the cache)."""
            todo = [u for u in todo if u.pch is None and not u.pch_note]
            if opts.no_pch:
                for u in todo:
                    u.pch_note = "--no-pch"
                return
            if not todo:
                return
            planned = planner.plan(todo)
            for p in planned:
                self.info("precompiled header of %s for %d file(s)%s" % (
                    ", ".join("<%s>" % i for i in p.includes),
                    sum(1 for u in todo if u.pch is p),
                    " (cached)" if p.cached else ""))
            for u in todo:
                if u.pch is None:
                    self.info("no precompiled header for %s: %s" % (
                        display_path(u.file, self.cwd), u.pch_note))
            pchs.extend(planned)

        try:
            def done(unit: Unit) -> None:
                self._finish(unit, cache, planner, printer, rel)

            def analyze(todo: List[Unit]) -> None:
                plan(todo)
                Scheduler(opts.jobs, tidy, Processes(opts.timeout), planner,
                          self.progress, db.directory, tmpdir, done
                          ).run(todo, pchs)

            analyze(misses)
            across = self._across_files(every_unit, units, db, cache, root,
                                        tmpdir, printer, analyze) \
                if opts.cross_file else {}
        finally:
            self.progress.end()
            shutil.rmtree(tmpdir, ignore_errors=True)

        file_results = [{k: v for k, v in u.result.items() if k != "summary"}
                        for u in units]
        stats = {"seconds": round(time.monotonic() - start, 3),
                 "pchBuilt": sum(1 for p in pchs if p.state in ("ready",
                                                                "broken")
                                 and not p.cached),
                 "pchBuildSeconds": round(sum(p.build_seconds for p in pchs),
                                          3),
                 "pchBuildRssKiB": max([p.build_rss_kib for p in pchs] + [0]),
                 "peakWorkerRssKiB": max([r.get("maxRssKiB", 0)
                                          for r in file_results
                                          if not r.get("cached")] + [0])}
        stats.update(across)
        doc = results.document(file_results, tidy.version, root, shard_info,
                               stats)
        self.doc = doc
        emit(doc, self.out, self.err, opts.format, opts.sarif,
             opts.export_fixes, opts.quiet, self.cwd)
        status = results.exit_status(doc["files"], opts.fail_on)
        if opts.fix or opts.fix_errors:
            self._apply_fixes(doc)
        cache.update_timings(self.measured)
        cache.pch_prune([p.key for p in pchs])
        return status

    def _report_deferred(self, printer: Optional[TextPrinter]) -> None:
        """Ends the deferral: reports the files whose result stands (those
        checked again are reported when that ends)."""
        self.deferring = False
        for u in self.deferred:
            if u.result is not None:
                self._report(u, printer)
        self.deferred = []

    def _across_files(self, every_unit: List[Unit], units: List[Unit],
                      db: compdb.Database, cache: ResultCache, root: str,
                      tmpdir: str,
                      printer: Optional[TextPrinter], analyze) -> dict:
        """The second pass: merges what every file's functions return
        (from this run or the cache), then checks again each file that calls
        a function another file summarizes, with those summaries."""
        exports = {}
        for u in every_unit:
            r = u.result or (u.cached or {}).get("result")
            if r and summaries.valid(r.get("summary")):
                exports[u.file] = r["summary"]
        # A file without summaries may define what the others summarize,
        # otherwise: nothing is said rather than half.
        absent = [f for f in db.commands if f not in exports]
        if absent and exports:
            self.warn("%d file(s) of the database have no summaries (they do "
                      "not compile, no torch-* check ran on them, or they "
                      "were not analyzed in this run and are not in the "
                      "cache): calls into other files are not followed"
                      % len(absent))
            self._report_deferred(printer)
            return {"summarizedFunctions": 0, "checkedAgain": 0,
                    "checkedAgainCached": 0}
        merged = summaries.merge(exports, root)
        if self.opts.export_summaries:
            try:
                write_atomically(self.opts.export_summaries,
                                 summaries.rules_text(merged))
            except OSError as e:
                self.warn("cannot write %s: %s" % (
                    self.opts.export_summaries, e))
        again, reused, extra = [], 0, []
        # With --changed-since, a file that did not change but calls a
        # function whose summary did is checked again too.
        others = [u for u in every_unit if u not in units] \
            if self.opts.changed_since else []
        for n, u in enumerate(units + others):
            first = u.result or (u.cached or {}).get("result")
            needed = summaries.needed_by(first.get("summary"), u.file,
                                         merged) \
                if first and first["status"] == OK else {}
            if not needed:
                continue
            text = summaries.rules_text(needed)
            key = digest(u.key, "across files", text)
            hit = cache.lookup(key, self.hasher)
            if u in others and hit:
                continue  # its findings are those of the run that cached them
            u.key = key
            if hit:
                u.result = dict(hit["result"], cached=True)
                reused += 1
                continue
            u.summary_rules = os.path.join(tmpdir, "summaries-%d.yaml" % n)
            with open(u.summary_rules, "w", encoding="utf-8") as f:
                f.write(text)
            u.export_summaries = False
            u.result = None
            u.seconds_before = first["seconds"] if u in units else 0.0
            again.append(u)
            if u in others:
                extra.append(u)
        units.extend(extra)
        self.progress.more(len(extra))
        self._report_deferred(printer)
        self.info("%d summarized function(s); %d file(s) checked again with "
                  "other files' summaries, %d from the cache"
                  % (len(merged), len(again), reused))
        analyze(again)
        return {"summarizedFunctions": len(merged),
                "checkedAgain": len(again), "checkedAgainCached": reused}

    def _changed(self, units: List[Unit], tidy: TorchTidy,
                 db: compdb.Database) -> List[Unit]:
        changed = changes.changed_files(self.opts.changed_since, self.cwd)
        by_file = {u.file: u for u in units}
        scan_deps = tidy.companion("clang-scan-deps")

        def deps_of(files: List[str]) -> Dict[str, List[str]]:
            out = {f: [p for p, _ in by_file[f].cached["inputs"]]
                   for f in files if by_file[f].cached}
            need = [c for f in files if f not in out
                    for c in db.commands.get(f, [])]
            if need and scan_deps:
                out.update(deps.scan(scan_deps, need, self.opts.jobs))
            elif need:
                self.warn("clang-scan-deps not found: only files that "
                          "changed themselves are selected")
            return out

        selected = set(changes.select(list(by_file), changed, deps_of))
        chosen = [u for u in units if u.file in selected]
        self.info("%d of %d files changed since %s or read a changed file"
                  % (len(chosen), len(units), self.opts.changed_since))
        return chosen

    def _finish(self, unit: Unit, cache: ResultCache, planner: Planner,
                printer: Optional[TextPrinter], rel) -> None:
        r = unit.result
        r["cached"] = False
        if unit.pch_note and not r["pch"]:
            r["pchNote"] = unit.pch_note
        if r["status"] in CACHEABLE:
            self.measured[rel(unit.file)] = r["seconds"] + unit.seconds_before
            inputs = [list(p) for p in self.hasher.hashes(unit.inputs)]
            stats = [list(s) for s in signatures(model_file_candidates(
                self._user_sources(planner, unit),
                resolve(unit.config.model_paths, unit.directory or self.cwd)))]
            try:
                cache.store(unit.key, unit.file, inputs, stats, r)
            except OSError as e:
                self.warn("cannot write the cache entry of %s: %s"
                          % (unit.file, e))
        self._report(unit, printer)

    def _apply_fixes(self, doc: dict) -> None:
        broken = {f["file"] for f in doc["files"]
                  if f["status"] != "ok"}
        diagnostics = [d for d in doc["diagnostics"]
                       if self.opts.fix_errors or
                       not set(d["reportedBy"]) & broken]
        todo = fixes.replacements_to_apply(diagnostics, self.opts.fix_errors)
        applied, problems = fixes.apply(todo)
        for p in problems:
            self.warn(p)
        if not self.opts.quiet:
            self.err.write("run-torch-tidy: applied %d of %d suggested "
                           "fixes\n" % (applied, len(todo)))


def check_project(opts: RunOptions, out: TextIO = sys.stdout,
                  err: TextIO = sys.stderr) -> int:
    return Run(opts, out, err).execute()
