"""--shard I/N: the files split into N parts, deterministically and evenly.

Each file weighs its previous run time when the cache's timings have it
(the median of the known ones otherwise, 1 without any); the heaviest files
go first, each to the lightest part so far (ties: the lower part number,
then path order). Every machine that computes the partition from the same
file list and timings gets the same parts; the fingerprint lets `merge`
check that they did."""
import re
import statistics
from typing import Dict, List, Sequence, Tuple

from .errors import UsageError
from .fingerprint import digest


def parse(spec: str) -> Tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", spec or "")
    if not m:
        raise UsageError("--shard wants I/N (for example 2/4), not '%s'"
                         % spec)
    index, count = int(m.group(1)), int(m.group(2))
    if count < 1 or not 1 <= index <= count:
        raise UsageError("--shard %s: I must be between 1 and N" % spec)
    return index, count


def weights(keys: Sequence[str], timings: Dict[str, float]
            ) -> Dict[str, float]:
    known = [timings[k] for k in keys if k in timings]
    default = statistics.median(known) if known else 1.0
    return {k: timings.get(k, default) for k in keys}


def partition(keys: Sequence[str], weight: Dict[str, float], count: int
              ) -> List[List[str]]:
    parts: List[List[str]] = [[] for _ in range(count)]
    loads = [0.0] * count
    for k in sorted(keys, key=lambda k: (-weight[k], k)):
        i = min(range(count), key=lambda j: (loads[j], j))
        parts[i].append(k)
        loads[i] += weight[k]
    return [sorted(p) for p in parts]


def fingerprint(parts: List[List[str]]) -> str:
    return digest(parts)
