"""`run-torch-tidy merge`: the --format=json results of several runs (the
shards of one CI matrix) as one result: text, JSON, SARIF, fixes, timings
and exit status as if one run had checked every file."""
import os
import sys
from typing import List, Optional, TextIO

from . import results
from .cache import ResultCache
from .errors import UsageError
from .outputs import emit
from .textout import TextPrinter


def _check_shards(docs: List[dict], paths: List[str]) -> None:
    shards = [(d.get("shard"), p) for d, p in zip(docs, paths)]
    sharded = [(s, p) for s, p in shards if s]
    if not sharded:
        return
    if len(sharded) != len(docs):
        raise UsageError("cannot merge sharded and unsharded results")
    count = sharded[0][0].get("count")
    partition = sharded[0][0].get("partition")
    seen = {}
    for s, p in sharded:
        if s.get("count") != count or s.get("partition") != partition:
            raise UsageError(
                "%s was split differently from %s (the shards did not see "
                "the same files or timings); run them again from the same "
                "cache" % (p, sharded[0][1]))
        if s.get("index") in seen:
            raise UsageError("%s and %s are both shard %s/%s"
                             % (seen[s["index"]], p, s["index"], count))
        seen[s.get("index")] = p
    missing = [str(i) for i in range(1, count + 1) if i not in seen]
    if missing:
        raise UsageError("the results of shard%s %s of %d are missing" % (
            "s" if len(missing) > 1 else "", ", ".join(missing), count))


def merge_results(paths: List[str], fmt: str, sarif_path: Optional[str],
                  export_path: Optional[str], fail_on: str,
                  cache_dir: Optional[str], quiet: bool,
                  out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    if not paths:
        raise UsageError("merge needs the results to merge")
    docs = [results.read(p) for p in paths]
    _check_shards(docs, paths)
    files = sorted((f for d in docs for f in d["files"]),
                   key=lambda f: f["file"])
    if fmt == "text":
        printer = TextPrinter(out)
        for f in files:
            if f["output"]:
                printer.print_output(f["output"])
    stats = {"seconds": round(sum(d.get("summary", {}).get("seconds", 0)
                                  for d in docs), 3)}
    doc = results.document(files, docs[0].get("torchTidy", ""),
                           docs[0].get("sourceRoot", os.getcwd()), None,
                           stats)
    emit(doc, out, err, fmt, sarif_path, export_path, quiet, os.getcwd())
    if cache_dir:
        root = doc["sourceRoot"]
        ResultCache(cache_dir, lambda m: err.write(
            "run-torch-tidy: warning: %s\n" % m)).update_timings({
                os.path.relpath(f["file"], root): f["seconds"]
                for f in files if not f.get("cached")
                and isinstance(f.get("seconds"), (int, float))
                and f["status"] in ("ok", "compile-error")})
    return results.exit_status(files, fail_on)
