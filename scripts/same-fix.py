#!/usr/bin/env python3
"""same-fix.py OLD_BIN NEW_BIN [TESTDATA]

Runs `certvet fix` of two binaries over every case of TESTDATA/manifest.json under each
of the four targets and says where they differ, byte for byte: exit status, stdout,
stderr (the scratch directory's name masked) and the files written (--out-cert, and
--out-key when the case has a key). The companion of /work/shared/tools/same-reports
for a refactor that must not change behaviour. Exit 0 when everything is identical;
the last line counts what was compared.
"""
import json
import os
import subprocess
import sys
import tempfile

TARGETS = ("generic", "aliyun-slb", "aws-acm", "gcp")

if len(sys.argv) < 3:
    sys.exit(__doc__)
old, new = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
td = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else "testdata")
manifest = json.load(open(os.path.join(td, "manifest.json")))
at = manifest.get("check_time", "2026-01-01T00:00:00Z")


def fix(binary, case, target):
    with tempfile.TemporaryDirectory() as out:
        args = [binary, "fix", "--cert", case["cert"], "--target", target, "--at", at,
                "--out-cert", os.path.join(out, "c.pem")]
        if case.get("key"):
            args += ["--key", case["key"], "--out-key", os.path.join(out, "k.pem")]
        if case.get("password_file"):
            args += ["--password-file", case["password_file"]]
        p = subprocess.run(args, cwd=td, capture_output=True, timeout=60)
        files = {}
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), "rb") as f:
                files[name] = f.read()
        mask = out.encode()
        return p.returncode, p.stdout.replace(mask, b"OUT"), p.stderr.replace(mask, b"OUT"), files


compared, differ = 0, []
for case in manifest.get("cases", []):
    for target in TARGETS:
        compared += 1
        a, b = fix(old, case, target), fix(new, case, target)
        if a != b:
            what = ["exit", "stdout", "stderr", "files"][next(i for i in range(4) if a[i] != b[i])]
            differ.append(f"{case['name']} --target {target}: {what}")
for line in differ[:20]:
    print("DIFFERS", line)
print(f"{compared - len(differ)} identical, {len(differ)} differ ({compared} fix runs compared)")
sys.exit(1 if differ else 0)
