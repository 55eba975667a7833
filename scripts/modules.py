#!/usr/bin/env python3
"""modules.py [SRC]

Lists every module of the crate under SRC (default src/): its line count and the crate
modules it imports, from its `use crate::…`, `use super::…` and `use self::…` trees and
from `crate::…`/`super::…` paths written in code. A path is charged to the deepest module
it names (`crate::x509::Spki` is `x509`, the re-export in x509/mod.rs; `crate::Report`
is the crate root, lib.rs, whose re-exports are the public API). Test modules
(`#[cfg(test)] mod tests`) and comments are left out. Then the import cycles: every set of
modules that reach each other (strongly connected components of more than one module,
and a parent and child that import each other). Exit 1 when there is a cycle.
"""
import os
import re
import sys

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "src")


def module_of(path):
    rel = os.path.relpath(path, SRC)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib"):
        rel = rel[:-1]
    return tuple(rel)


def strip(text):
    """The code without comments, strings and test modules."""
    text = re.sub(r"#\[cfg\(test\)\]\s*(pub(\(crate\))?\s+)?mod \w+\s*\{.*", "", text, flags=re.S)
    text = re.sub(r"'(\\.|[^'\\])'", "' '", text)
    # Strings and comments in one left-to-right pass, so neither hides in the other.
    token = r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/'
    return re.sub(token, lambda m: '""' if m.group(0).startswith('"') else " ", text, flags=re.S)


def expand(tree):
    """The paths of a use tree: `a::{b, c::{d, e}}` -> a::b, a::c::d, a::c::e."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)\{(.*)\}$", tree)
    if not m:
        return [re.sub(r"\bas\w+$", "", tree)]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    return [p for part in parts if part for p in expand(prefix + part)]


def resolve(path, here, is_dir_module, modules):
    segs = path.split("::")
    if here + (segs[0],) in modules:
        # A path relative to this module: one of its children.
        segs = ["self"] + segs
    if segs[0] == "crate":
        base, segs = (), segs[1:]
    elif segs[0] in ("super", "self"):
        base = here
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
    else:
        return None
    target = base
    for seg in segs:
        if target + (seg,) in modules:
            target = target + (seg,)
        else:
            break
    return target


def main():
    files = {}
    for root, _, names in os.walk(SRC):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                files[module_of(path)] = path
    # The binary's root (main.rs) is its own crate: it reaches the library as `certvet::`.
    files.pop(("main",), None)
    # Modules declared `#[cfg(test)] mod name;` are tests: left out.
    for mod, path in list(files.items()):
        text = open(path, encoding="utf-8").read()
        for t in re.findall(r"#\[cfg\(test\)\]\s*(?:pub(?:\(\w+\))?\s+)?mod (\w+);", text):
            for m in [m for m in files if m[: len(mod) + 1] == mod + (t,)]:
                files.pop(m)
    modules = set(files)
    lines, imports = {}, {}
    for mod, path in sorted(files.items()):
        text = open(path, encoding="utf-8").read()
        lines[mod] = text.count("\n")
        code = strip(text)
        paths = []
        for m in re.finditer(r"\buse\s+(\w[^;]*);", code):
            paths += expand(m.group(1))
        without_uses = re.sub(r"\buse\s+[^;]*;", "", code)
        paths += re.findall(r"\b(?:crate|super)(?:::\w+)+", without_uses)
        # Paths through a child module, written relative to this one (`name::validate`).
        paths += [p for p in re.findall(r"(?<![:\w])[a-z_]\w*(?:::\w+)+", without_uses)
                  if mod + (p.split("::")[0],) in modules]
        deps = set()
        for p in paths:
            t = resolve(p, mod, path.endswith("mod.rs"), modules)
            if t is not None and t != mod:
                deps.add(t)
        imports[mod] = deps

    name = lambda m: "::".join(m) if m else "crate"
    for mod in sorted(files):
        deps = ", ".join(sorted(name(d) for d in imports[mod])) or "-"
        print(f"{name(mod):28} {lines[mod]:5}  {deps}")

    # Tarjan's strongly connected components.
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in imports.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(imports):
        if v not in index:
            visit(v)
    total = sum(lines.values())
    print(f"{len(files)} modules, {total} lines")
    if not sccs:
        print("cycles: none")
        return 0
    for comp in sccs:
        print("cycle: " + " <-> ".join(name(m) for m in comp))
    return 1


sys.exit(main())
