"""Which files a translation unit reads: from `-H` during the analysis, from
a make-style depfile, or from clang-scan-deps for files not analyzed yet."""
import json
import os
import re
import subprocess
import tempfile
from typing import Dict, List, Sequence, Tuple

from .compdb import CompileCommand

_H_LINE = re.compile(r"^\.+ (.+)$")


def from_h_output(stderr: str, directory: str) -> Tuple[List[str], str]:
    """The headers `-H` listed on stderr (absolute, normalized) and the rest
    of stderr."""
    headers, rest = [], []
    for line in stderr.splitlines():
        m = _H_LINE.match(line)
        if m:
            headers.append(os.path.normpath(os.path.join(directory,
                                                         m.group(1))))
        else:
            rest.append(line)
    return headers, "\n".join(rest)


def parse_make(text: str, directory: str) -> Dict[str, List[str]]:
    """Make rules `target: dep dep ...` (escaped spaces, continued lines) as
    {target: [absolute deps]}."""
    text = text.replace("\\\r\n", " ").replace("\\\n", " ")
    rules: Dict[str, List[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        words, word, i = [], [], 0
        while i < len(line):
            c = line[i]
            if c == "\\" and i + 1 < len(line) and line[i + 1] in " #":
                word.append(line[i + 1])
                i += 2
                continue
            if c == "$" and line[i:i + 2] == "$$":
                word.append("$")
                i += 2
                continue
            if c.isspace():
                if word:
                    words.append("".join(word))
                    word = []
            else:
                word.append(c)
            i += 1
        if word:
            words.append("".join(word))
        if not words:
            continue
        # The target ends with ':' (possibly as its own word).
        target_words = []
        while words:
            w = words.pop(0)
            if w.endswith(":"):
                target_words.append(w[:-1])
                break
            target_words.append(w)
        target = " ".join(t for t in target_words if t)
        rules.setdefault(target, []).extend(
            os.path.normpath(os.path.join(directory, w)) for w in words)
    return rules


def scan(scan_deps: str, commands: Sequence[CompileCommand], jobs: int
         ) -> Dict[str, List[str]]:
    """Dependencies of each command's file by clang-scan-deps (a fast
    preprocessor scan), {file: [files it reads]}; files it cannot scan are
    left out."""
    if not commands:
        return {}
    with tempfile.TemporaryDirectory(prefix="run-torch-tidy-") as tmp:
        db = os.path.join(tmp, "compile_commands.json")
        entries = []
        targets = {}
        for i, c in enumerate(commands):
            target = "tu%d.o" % i
            targets[target] = c.file
            args = [a for a in c.arguments]
            # A known output name so each rule can be told apart.
            args = _with_output(args, target, c)
            entries.append({"directory": c.directory, "file": c.file,
                            "arguments": args})
        with open(db, "w") as f:
            json.dump(entries, f)
        try:
            p = subprocess.run(
                [scan_deps, "-compilation-database", db, "-format", "make",
                 "-j", str(max(1, jobs))],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                errors="replace")
        except OSError:
            return {}
    out: Dict[str, List[str]] = {}
    for target, deps in parse_make(p.stdout, "/").items():
        name = os.path.basename(target)
        if name in targets:
            out.setdefault(targets[name], []).extend(deps)
    return out


def _with_output(args: List[str], target: str, c: CompileCommand) -> List[str]:
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "-o":
            i += 2
            continue
        if a.startswith("-o") and len(a) > 2:
            i += 1
            continue
        if a in ("-MD", "-MMD", "-MF", "-MT", "-MQ") or a.startswith(
                ("-MF", "-MT", "-MQ")):
            i += 2 if a in ("-MF", "-MT", "-MQ") else 1
            continue
        out.append(a)
        i += 1
    if "-c" not in out:
        out.append("-c")
    return out + ["-o", target]

