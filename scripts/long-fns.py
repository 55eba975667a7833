#!/usr/bin/env python3
"""long-fns.py [SRC] [LINES]

Every function under SRC (default src/) longer than LINES lines (default 100), longest
first: file:line, name, lines, and whether it is test code (after `#[cfg(test)]`).
Counts from the `fn` line to its closing brace, by brace depth outside strings,
characters and comments.
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "src"
LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 100
FN = re.compile(r"^\s*(?:pub(?:\([\w:]+\))?\s+)?(?:const\s+|async\s+|unsafe\s+)*fn\s+(\w+)")
TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])\'|//[^\n]*|/\*.*?\*/', re.S)

rows = []
for root, _, names in os.walk(SRC):
    for name in sorted(names):
        if not name.endswith(".rs"):
            continue
        path = os.path.join(root, name)
        text = open(path, encoding="utf-8").read()
        code = TOKEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
        lines = code.split("\n")
        test_from = next((i for i, l in enumerate(lines) if "#[cfg(test)]" in l), len(lines))
        test_from = min(test_from, len(lines))
        if name == "tests.rs" or name == "test_vectors.rs":
            test_from = 0
        for i, line in enumerate(lines):
            m = FN.match(line)
            if not m:
                continue
            depth, opened = 0, False
            for j in range(i, len(lines)):
                if not opened and ";" in lines[j] and "{" not in lines[j]:
                    break
                depth += lines[j].count("{") - lines[j].count("}")
                opened = opened or "{" in lines[j]
                if opened and depth <= 0:
                    n = j - i + 1
                    if n > LIMIT:
                        rows.append((n, f"{path}:{i + 1}", m.group(1), i >= test_from))
                    break
for n, where, fn, test in sorted(rows, reverse=True):
    print(f"{n:5}  {where:32} {fn}{'  (test)' if test else ''}")
print(f"{len(rows)} functions over {LIMIT} lines")
