#!/usr/bin/env python3
"""Lists the functions under checker/ longer than a limit.

usage: function_lengths.py ROOT [--limit N] [--allow FILE:FUNCTION ...]

A function's length is counted from the first line of its declaration to
its closing brace. Function bodies are found by matching braces outside
comments, strings and character literals: a brace opened at namespace or
class scope after a parenthesized parameter list (and what may follow it:
qualifiers, a trailing return type, constructor initializers) opens a body.
Exits 1 when a function longer than the limit is not allowed by --allow.
"""
import argparse
import os
import re
import sys

TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|'
                   r'R"(?P<d>[^(]*)\(.*?\)(?P=d)"|[{};]|[^{};/"\'R]+|.', re.S)
SCOPE_WORDS = re.compile(r'^\s*(template\s*<.*>\s*)?(namespace|class|struct|union|enum)\b', re.S)


def functions(text):
    """(name, first line, last line) of every function body at namespace or
    class scope in text."""
    stack = []          # per open brace: 'scope' or 'body' or 'other'
    statement = []      # text since the last ; { } at the current scope
    statement_line = None
    line = 1
    out = []
    for m in TOKEN.finditer(text):
        tok = m.group(0)
        start_line = line
        line += tok.count('\n')
        if tok.startswith('//') or tok.startswith('/*'):
            continue
        in_body = any(kind != 'scope' for kind in stack)
        if tok == '{':
            if in_body:
                stack.append('other')
                continue
            head = re.sub(r'^\s*#.*$', '', ''.join(statement), flags=re.M)
            head = re.sub(r'\b(public|private|protected)\s*:', '', head)
            if SCOPE_WORDS.match(head) and '(' not in head.split('{')[0].split('=')[0]:
                kind = 'scope'
            elif '(' in head and not re.search(r'=\s*$', head):
                kind = 'body'
            else:
                kind = 'other'
            stack.append(kind)
            if kind == 'body':
                name = re.findall(r'([~\w:]+(?:<[^()]*>)?|operator\S*)\s*\(', head)
                out.append([name[0] if name else '?', statement_line or start_line, None])
            statement, statement_line = [], None
        elif tok == '}':
            kind = stack.pop() if stack else 'scope'
            if kind == 'body':
                for f in reversed(out):
                    if f[2] is None:
                        f[2] = start_line
                        break
            if not any(k != 'scope' for k in stack):
                statement, statement_line = [], None
        elif tok == ';':
            if not in_body:
                statement, statement_line = [], None
        elif not in_body:
            if statement_line is None and tok.strip():
                statement_line = start_line + (len(tok) - len(tok.lstrip('\n'))
                                               and tok[:len(tok) - len(tok.lstrip())].count('\n'))
            statement.append(tok)
    return [(n, a, b) for n, a, b in out if b is not None]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('root')
    ap.add_argument('--limit', type=int, default=60)
    ap.add_argument('--allow', nargs='*', default=[])
    a = ap.parse_args()
    bad = 0
    for dirpath, _, files in os.walk(a.root):
        for f in sorted(files):
            if not f.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, a.root)
            for name, first, last in functions(open(path).read()):
                length = last - first + 1
                if length > a.limit and '%s:%s' % (rel, name) not in a.allow:
                    print('%s:%d: %s is %d lines long (limit %d)'
                          % (rel, first, name, length, a.limit))
                    bad += 1
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
