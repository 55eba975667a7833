#!/usr/bin/env python3
"""Write N UploadServerCertificate requests (an inventory) from the testdata fixtures.

Mostly full chains with their keys (RSA 2048/3072, EC P-256/P-384, Ed25519), and a few
percent that certvet rejects: a key of another certificate, an expired leaf, a reversed
chain, an encrypted key without its password, a line that is not JSON. The mix is drawn
with a fixed seed, so the same N gives the same file. Every request has its own "Id".

    python3 scripts/gen_requests.py 1000000 /tmp/requests.jsonl
    python3 scripts/gen_requests.py 1000 /tmp/inventory.csv --csv      # columns id,cert,key
    python3 scripts/gen_requests.py 1000 /tmp/inventory.parquet --parquet   # needs pyarrow

Checked at the fixtures' time (--at 2026-01-01T00:00:00Z), the invalid share is
INVALID_PERCENT below, and every valid line is one of the "valid" manifest cases.
"""

import argparse
import csv
import json
import os
import random
import sys

TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata")

# (manifest case name, weight in thousandths)
MIX = [
    ("rsa2048-pkcs1", 380),
    ("rsa2048-pkcs8", 150),
    ("ec-p256-sec1", 200),
    ("ec-p384-pkcs8", 100),
    ("rsa3072-pkcs1", 50),
    ("ed25519-pkcs8", 40),
    ("dates-notafter-equals-check-time", 30),  # expires at the check time: still valid
    ("dates-notbefore-equals-check-time", 20),
    # invalid: 30 thousandths in all
    ("mismatch-other-rsa-key", 10),
    ("dates-expired", 7),
    ("chain-reversed", 5),
    ("rsa2048-pkcs8-aes256-no-password", 5),
    (None, 3),  # a line that is not JSON
]
INVALID_PERCENT = 3.0
NOT_JSON = "this line is not a request"


def load_cases():
    with open(os.path.join(TESTDATA, "manifest.json"), encoding="utf-8") as f:
        cases = {c["name"]: c for c in json.load(f)["cases"]}

    def text(rel):
        with open(os.path.join(TESTDATA, rel), encoding="utf-8") as f:
            return f.read()

    out = []
    for name, weight in MIX:
        if name is None:
            out.append((None, None, None, weight))
            continue
        case = cases[name]
        out.append((name, text(case["cert"]), text(case["key"]), weight))
    return out


def requests(n, seed=25):
    """(id, cert, key) for n requests; cert None for a line that is not JSON."""
    cases = load_cases()
    population = list(range(len(cases)))
    weights = [c[3] for c in cases]
    rng = random.Random(seed)
    picks = rng.choices(population, weights, k=n)
    for i, pick in enumerate(picks):
        _, cert, key, _ = cases[pick]
        yield f"req-{i}", cert, key


def write_jsonl(n, path):
    # Each case's JSON text is made once; a line is then one format.
    cases = load_cases()
    encoded = [
        None if cert is None else
        (json.dumps(cert), json.dumps(key))
        for _, cert, key, _ in cases
    ]
    rng = random.Random(25)
    picks = rng.choices(range(len(cases)), [c[3] for c in cases], k=n)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        for i, pick in enumerate(picks):
            enc = encoded[pick]
            if enc is None:
                out.write(NOT_JSON + "\n")
            else:
                out.write('{"Id": "req-%d", "ServerCertificate": %s, "PrivateKey": %s}\n'
                          % (i, enc[0], enc[1]))


def write_csv(n, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["id", "cert", "key"])
        for rid, cert, key in requests(n):
            w.writerow([rid, cert if cert is not None else NOT_JSON, key or ""])


def write_parquet(n, path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [(rid, cert if cert is not None else NOT_JSON, key or "") for rid, cert, key in requests(n)]
    table = pa.table({name: [r[i] for r in rows] for i, name in enumerate(["id", "cert", "key"])})
    pq.write_table(table, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("path")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="an inventory table: columns id,cert,key")
    form.add_argument("--parquet", action="store_true", help="the same table as Parquet (pyarrow)")
    args = parser.parse_args()
    if args.csv:
        write_csv(args.n, args.path)
    elif args.parquet:
        write_parquet(args.n, args.path)
    else:
        write_jsonl(args.n, args.path)
    print(f"wrote {args.n} requests to {args.path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
