"""One benchmark run of the certvet Python package, as ratios measured in the same run.

    pip install ./python cryptography
    python python/bench.py            # from the repository root

The request is what an upload service sees: a full chain (leaf, intermediate, root)
and its PKCS#8 RSA-2048 key (testdata/rsa2048/). Rows:

1. ``certvet.check`` against a plain ``cryptography`` pre-flight of the same request
   (load the chain, load the key, compare public keys, ``verify_directly_issued_by``
   down the chain, SHA-1/SHA-256 fingerprints and the report's fields). Goal >= 100x.
2. The same pre-flight with ``unsafe_skip_rsa_key_validation=True`` (it then proves
   nothing about the key; certvet proves every CRT relation). Goal >= 2x.
3. ``certvet.check`` against the Rust ``check`` on the same request: the Rust side
   is ``certvet._certvet._check_loop``, a loop over ``certvet::check`` in the same
   compiled library that makes no Python objects, so the difference is the
   binding's own cost (argument checks, the GIL, the dict). Goal <= 1.5x.
4. ``check_many`` on 10,000 such requests, ``jobs=2`` against ``jobs=1`` (the call:
   checking the reports and freeing them are timed out). Goal >= 1.8x.
5. Two Python threads calling ``check`` in a loop against one thread (the GIL is
   released during the check). Goal >= 1.7x.

Rows 1-3 are CPU time of this process per call (``time.process_time``): on a
shared machine, wall time there is mostly other processes' time slices. Each is
the median of several rounds, the contenders interleaved round by round. Rows 4-5
are wall time (best of three runs each, the contenders interleaved run by run:
noise only adds time), and beside them the
scaling the same cores gave pure Rust in the same run (``_check_loop`` on 1 and 2
threads): the share of the machine's own scaling that Python keeps.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

# Run as `python python/bench.py`, this file's directory comes first on sys.path,
# and its certvet/ (the package's sources, without the compiled extension) would
# hide the installed package.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import certvet  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHAIN = (ROOT / "testdata/rsa2048/fullchain.pem").read_bytes()
KEY = (ROOT / "testdata/rsa2048/key.pkcs8.pem").read_bytes()
AT = "2026-01-01T00:00:00Z"
ROUNDS = 5


def cryptography_preflight(skip_rsa_check: bool):
    """The pre-flight an upload service writes with `cryptography`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER

    def run(chain: bytes, key_pem: bytes) -> dict:
        certs = x509.load_pem_x509_certificates(chain)
        key = serialization.load_pem_private_key(
            key_pem, password=None, unsafe_skip_rsa_key_validation=skip_rsa_check)
        leaf = certs[0]
        matches = (leaf.public_key().public_bytes(der, spki)
                   == key.public_key().public_bytes(der, spki))
        signed = []
        for cert, issuer in zip(certs, certs[1:]):
            try:
                cert.verify_directly_issued_by(issuer)
                signed.append(True)
            except Exception:
                signed.append(False)
        try:
            san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            dns = san.get_values_for_type(x509.DNSName)
            ips = [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
        except x509.ExtensionNotFound:
            dns, ips = [], []
        cns = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return {
            "Fingerprint": leaf.fingerprint(hashes.SHA1()).hex(":"),
            "FingerprintSha256": leaf.fingerprint(hashes.SHA256()).hex(":"),
            "CommonName": cns[-1].value if cns else None,
            "SubjectAlternativeNames": dns,
            "IpAddresses": ips,
            "StartTime": leaf.not_valid_before_utc.isoformat(),
            "ExpireTime": leaf.not_valid_after_utc.isoformat(),
            "Subject": leaf.subject.rfc4514_string(),
            "Issuer": leaf.issuer.rfc4514_string(),
            "SerialNumber": format(leaf.serial_number, "x"),
            "KeyBits": key.key_size,
            "ChainLength": len(certs),
            "KeyMatches": matches,
            "SignedByNext": signed,
            "Valid": matches and all(signed),
        }

    return run


def per_call(fns: dict, iterations: dict) -> dict:
    """Median CPU seconds per call of each function, rounds interleaved."""
    samples: dict = {name: [] for name in fns}
    for _ in range(ROUNDS):
        for name, fn in fns.items():
            n = iterations[name]
            start = time.process_time()
            for _ in range(n):
                fn()
            samples[name].append((time.process_time() - start) / n)
    return {name: statistics.median(s) for name, s in samples.items()}


def best_wall(fns: dict, runs: int = 3) -> dict:
    """The fastest of `runs` wall-clock times of each function, runs interleaved
    (a burst of load from other processes then costs each contender alike). A
    function that returns a number has timed itself (the call it measures, without
    checking or freeing its result)."""
    times: dict = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            took = fn()
            end = time.perf_counter()
            times[name].append(took if isinstance(took, float) else end - start)
    return {name: min(t) for name, t in times.items()}


def threads_run(threads: int, calls: int) -> None:
    """`threads` Python threads, each calling certvet.check `calls` times."""

    def loop() -> None:
        for _ in range(calls):
            certvet.check(CHAIN, KEY, at=AT)

    pool = [threading.Thread(target=loop) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def main() -> None:
    try:
        import cryptography
    except ImportError:
        sys.exit("bench.py needs `cryptography`: pip install cryptography")
    load = os.getloadavg()
    print(f"certvet {certvet.__version__}, cryptography {cryptography.__version__}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {load[0]:.1f} at start")

    full = cryptography_preflight(skip_rsa_check=False)
    skip = cryptography_preflight(skip_rsa_check=True)
    r = certvet.check(CHAIN, KEY, at=AT)
    c = full(CHAIN, KEY)
    assert r["Valid"] and c["Valid"]
    assert (r["Fingerprint"], r["FingerprintSha256"], r["CommonName"], r["SerialNumber"]) == (
        c["Fingerprint"], c["FingerprintSha256"], c["CommonName"], c["SerialNumber"])

    n = 10_000
    reqs = [{"ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()}] * n
    times = per_call(
        {
            "certvet.check": lambda: certvet.check(CHAIN, KEY, at=AT),
            "cryptography": lambda: full(CHAIN, KEY),
            "cryptography, unsafe_skip_rsa_key_validation": lambda: skip(CHAIN, KEY),
            "rust": lambda: certvet._certvet._check_loop(CHAIN, KEY, AT, 400),
            "check_many": lambda: certvet.check_many(reqs[:400], jobs=1, at=AT),
        },
        {"certvet.check": 400, "cryptography": 10,
         "cryptography, unsafe_skip_rsa_key_validation": 400, "rust": 1, "check_many": 1},
    )
    rust = times["rust"] / 400
    ours = times["certvet.check"]
    # The share of each call's CPU time spent outside the Rust check: arguments,
    # dicts, the GIL; an upper bound on what runs serialized under the GIL, and
    # Amdahl's bound on 2-thread scaling from it.
    gil_check = (ours - rust) / ours
    gil_many = (times["check_many"] / 400 - rust) / (times["check_many"] / 400)
    loop = certvet._certvet._check_loop

    def many(jobs: int) -> float:
        start = time.perf_counter()
        reports = certvet.check_many(reqs, jobs=jobs, at=AT)
        took = time.perf_counter() - start
        assert len(reports) == n and all(r["Valid"] for r in reports)
        return took

    wall = best_wall({
        "many1": lambda: many(1),
        "rust1": lambda: loop(CHAIN, KEY, AT, n, 1),
        "many2": lambda: many(2),
        "rust2": lambda: loop(CHAIN, KEY, AT, n, 2),
        "threads1": lambda: threads_run(1, 2000),
        "threads2": lambda: threads_run(2, 2000),
    })
    one, two = 2000 / wall["threads1"], 2 * 2000 / wall["threads2"]
    rust_scaling = wall["rust1"] / wall["rust2"]
    many_scaling = wall["many1"] / wall["many2"]

    rows = [
        ("certvet.check (fullchain + PKCS#8 RSA-2048)", f"{ours * 1e6:,.1f} µs CPU/call", "", ""),
        ("Rust certvet::check, same request", f"{rust * 1e6:,.1f} µs CPU/call",
         f"check / Rust = {ours / rust:.2f}×", "≤ 1.5×"),
        ("cryptography pre-flight", f"{times['cryptography'] * 1e6:,.1f} µs CPU/call",
         f"{times['cryptography'] / ours:,.0f}× slower than certvet", "≥ 100×"),
        ("cryptography, unsafe_skip_rsa_key_validation=True",
         f"{times['cryptography, unsafe_skip_rsa_key_validation'] * 1e6:,.1f} µs CPU/call",
         f"{times['cryptography, unsafe_skip_rsa_key_validation'] / ours:.2f}× slower than certvet",
         "≥ 2×"),
        ("check_many, 10,000 requests, jobs=1", f"{wall['many1']:.2f} s", "", ""),
        ("check_many, 10,000 requests, jobs=2", f"{wall['many2']:.2f} s",
         f"{many_scaling:.2f}× jobs=1 (Rust alone: {rust_scaling:.2f}×)", "≥ 1.8×"),
        # check_many overlaps this work (the calling thread's) with the other
        # thread's checks, so it bounds 2-job scaling only from 50% up.
        ("check_many: CPU outside the Rust check", f"{gil_many:.1%} of a request",
         f"2-job bound {min(2.0, 1 / gil_many):.2f}× (overlapped)", ""),
        ("check in a loop, 1 Python thread", f"{one:,.0f} calls/s", "", ""),
        ("check in a loop, 2 Python threads", f"{two:,.0f} calls/s",
         f"{two / one:.2f}× one thread (Rust alone: {rust_scaling:.2f}×)", "≥ 1.7×"),
        ("check: CPU outside the Rust check", f"{gil_check:.1%} of a call",
         f"2-thread bound {1 / (gil_check + (1 - gil_check) / 2):.2f}×", ""),
    ]
    print()
    print("| measurement | value | ratio | goal |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
