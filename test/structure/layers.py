#!/usr/bin/env python3
"""Checks that checker/'s includes go only downward through its layers and
form no cycle (checker/README.md draws the layers).

usage: layers.py CHECKER_DIR

Each folder is a layer; the files directly in checker/ are the checks, and
tool/ and clangd/ hold main() of the two programs built on them, fuzz/
the libFuzzer targets. A file may include files of its own folder and of the
layers below it; modelfile/ (the model-file reader) is a library of its own
that only model/ and the tools use. Prints every include that goes sideways
or upward, and every cycle among the files; exits 1 if there is one.
"""
import os
import re
import sys

# Lowest first. The checks are the files directly in checker/ ("").
LAYERS = ["ast", "domain", "rules", "vocabulary", "model", "solver",
          "interprocedural", "", "tool", "clangd", "fuzz"]
INDEPENDENT = {"modelfile"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(rel):
    top = rel.split("/")[0] if "/" in rel else ""
    return top


def main():
    root = os.path.abspath(sys.argv[1])
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith((".h", ".cpp")):
                path = os.path.join(dirpath, n)
                files[os.path.relpath(path, root)] = path
    problems = []
    graph = {}
    for rel, path in sorted(files.items()):
        here = layer_of(rel)
        if here in INDEPENDENT:
            continue
        if here not in LAYERS:
            problems.append("%s: folder %r is no layer; add it to "
                            "test/structure/layers.py and checker/README.md"
                            % (rel, here))
            continue
        graph[rel] = []
        for inc in INCLUDE.findall(open(path).read()):
            target = inc if inc in files else None
            if target is None:
                sibling = os.path.normpath(os.path.join(os.path.dirname(rel), inc))
                target = sibling if sibling in files else None
            if target is None:
                continue  # a generated file or another library's header
            graph[rel].append(target)
            there = layer_of(target)
            if there in INDEPENDENT:
                if here not in ("model", "tool", "clangd"):
                    problems.append("%s includes %s: only model/ reads model "
                                    "files" % (rel, target))
                continue
            if LAYERS.index(there) > LAYERS.index(here):
                problems.append("%s includes %s: %s/ is above %s/"
                                % (rel, target, there or "checker",
                                   here or "checker"))
    # Cycles among files, by depth-first search.
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in graph.get(node, []):
            if state.get(nxt) == "open":
                cycle = path[path.index(nxt):] + [nxt]
                problems.append("include cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    for p in problems:
        print(p)
    print("%d files, %d problems" % (len(graph), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
