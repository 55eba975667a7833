#!/usr/bin/env python3
"""Summarise certvet's criterion run as a markdown table.

Reads criterion's saved estimates (<dir>/<group>/<function>[/<case>]/new/sample.json,
the fastest sample's time per iteration in ns; the ids come from benchmark.json beside
it) and prints, per benchmark: certvet, floor and OpenSSL times (one column per
`openssl-<major>.<minor>` function of the run), certvet/floor and each OpenSSL/certvet
speed-up, the signature verifiers, the batch 2-thread/1-thread ratio (certvet's, the
floor's and OpenSSL's; certvet's and the floor's by the median sample too), the machine
line and the issues' goals (held or missed).

The fastest sample, not the mean or median: on a shared machine a neighbour's bursts
only ever add time, and land in a varying share of the samples (within one 30-sample
run of the same function, samples have been seen to spread from 7.1 to 17.2 µs). The
fastest sample of each function is the one least disturbed; every function is judged
by the same rule, so the ratios compare like with like.

    cargo bench --features compare-openssl --bench certvet
    python3 benches/summary.py [target/criterion]
    CRITERION_HOME=target/criterion-vendored \\
        cargo bench --features compare-openssl-vendored --bench certvet
    python3 benches/summary.py target/criterion-vendored
"""

import json
import os
import platform
import statistics
import subprocess
import sys

# (row, limit in ns) for certvet's fastest sample.
TIME_GOALS = [
    ("inspect/pem", 5_000, "PEM leaf -> full report"),
    ("inspect/der", 3_500, "DER leaf -> full report"),
    ("chain_parse", 6_000, "3-certificate chain parse"),
    ("key_match/rsa2048", 5_000, "key match RSA-2048"),
    ("key_match/rsa4096", 10_000, "key match RSA-4096"),
    ("key_match/p256", 19_000, "key match P-256"),
    ("key_match/p384", 170_000, "key match P-384"),
    ("key_match/ed25519", 20_000, "key match Ed25519"),
    ("check_json/rsa2048", 15_000, "check_json RSA-2048"),
    ("check_json/p256", 30_000, "check_json P-256"),
]


def load(root, pick=min):
    """{(row, impl): (fastest sample ns, throughput dict or None)} from a criterion
    directory; `pick` chooses from the samples' times per iteration (the fastest)."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "sample.json" not in files:
            continue
        try:
            with open(os.path.join(dirpath, "sample.json")) as f:
                sample = json.load(f)
            mean = pick([t / i for t, i in zip(sample["times"], sample["iters"]) if i > 0])
            with open(os.path.join(dirpath, "benchmark.json")) as f:
                bench = json.load(f)
        except (OSError, KeyError, ValueError):
            continue
        group = bench.get("group_id")
        function = bench.get("function_id") or ""
        case = bench.get("value_str")
        row = group if case is None else f"{group}/{case}"
        out[(row, function)] = (mean, bench.get("throughput"))
    return out


def fmt_time(ns):
    if ns is None:
        return ""
    if ns < 1_000:
        return f"{ns:.0f} ns"
    if ns < 1_000_000:
        return f"{ns / 1_000:.2f} µs"
    if ns < 1_000_000_000:
        return f"{ns / 1_000_000:.2f} ms"
    return f"{ns / 1_000_000_000:.2f} s"


def fmt_ratio(x):
    return "" if x is None else f"{x:.2f}×"


def command_line(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine(ossl=()):
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = os.cpu_count() or 0
    rustc = command_line(["rustc", "--version"]) or "rustc unknown"
    system = command_line(["openssl", "version"]) or "OpenSSL unknown"
    linked = f"OpenSSL timed: {', '.join(ossl)}; " if ossl else ""
    return (f"{cpu}, {cores} cores, {platform.system()} {platform.release()}; {rustc}; "
            f"{linked}system {system}")


def per_line(data, row, impl, ns):
    """A batch time with its time per line and lines per second."""
    lines = (data.get((row, impl), (None, None))[1] or {}).get("Elements")
    if not ns or not lines:
        return fmt_time(ns)
    return f"{fmt_time(ns)} ({fmt_time(ns / lines)}/line, {lines / ns * 1e9:,.0f} lines/s)"


ORDER = ["request", "batch", "pem_decode", "inspect", "fingerprint", "key_match",
         "check_json", "chain_parse"]


def order_key(row):
    group = row.split("/", 1)[0]
    return (ORDER.index(group) if group in ORDER else len(ORDER), row)


def openssl_impls(data):
    """The OpenSSL function names of the run (`openssl-<major>.<minor>`), sorted."""
    return sorted({impl for _, impl in data if impl.startswith("openssl")})


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "criterion")
    data = load(root)
    if not data:
        sys.exit(f"no criterion estimates under {root}: run "
                 "`cargo bench --features compare-openssl --bench certvet` first")
    mean = {k: v[0] for k, v in data.items()}
    ossl = openssl_impls(data)
    rows = sorted({row for row, impl in data if row.split("/", 1)[0] in ORDER}, key=order_key)

    names = [o.replace("openssl-", "OpenSSL ") for o in ossl]
    print("| benchmark | certvet | floor | " + " | ".join(names) + (" | " if names else "")
          + "certvet/floor | " + " | ".join(f"{n}/certvet" for n in names) + " |")
    print("|---|" + "---:|" * (3 + 2 * len(names)))
    for row in rows:
        c, fl = mean.get((row, "certvet")), mean.get((row, "floor"))
        os_ = [mean.get((row, o)) for o in ossl]
        cells = [fmt_time(c), fmt_time(fl)]
        if row.startswith("batch/"):
            cells = [per_line(data, row, "certvet", c), fmt_time(fl)]
            cells += [per_line(data, row, o, t) for o, t in zip(ossl, os_)]
        else:
            cells += [fmt_time(t) for t in os_]
        cells.append(fmt_ratio(c / fl if c and fl else None))
        cells += [fmt_ratio(t / c if c and t else None) for t in os_]
        print(f"| {row} | " + " | ".join(cells) + " |")

    verify = sorted((row, impl) for row, impl in data if row.startswith("verify"))
    if verify:
        print()
        print("signature verification (the floor's verifier is the faster): " + ", ".join(
            f"{impl} {row.split('/', 1)[1]} {fmt_time(mean[(row, impl)])}"
            for row, impl in verify))

    b1, b2 = mean.get(("batch/1", "certvet")), mean.get(("batch/2", "certvet"))
    scaling = b1 / b2 if b1 and b2 else None
    f1, f2 = mean.get(("batch/1", "floor")), mean.get(("batch/2", "floor"))
    floor_scaling = f1 / f2 if f1 and f2 else None
    print()
    print(f"batch: 2 threads are {fmt_ratio(scaling) or 'n/a'} as fast as 1 thread", end="")
    if floor_scaling:
        print(f"; the floor's lines (no shared state at all) {fmt_ratio(floor_scaling)} "
              f"in the same run", end="")
        if scaling:
            print(f", so certvet gets {scaling / floor_scaling:.0%} of the scaling these "
                  "cores gave", end="")
    print()
    median = {k: v[0] for k, v in load(root, statistics.median).items()}
    m1, m2 = median.get(("batch/1", "certvet")), median.get(("batch/2", "certvet"))
    mf1, mf2 = median.get(("batch/1", "floor")), median.get(("batch/2", "floor"))
    if m1 and m2 and mf1 and mf2:
        print(f"batch by the median sample instead (each sample one run): certvet "
              f"{fmt_ratio(m1 / m2)}, the floor {fmt_ratio(mf1 / mf2)}")
    for o in ossl:
        o1, o2 = mean.get(("batch/1", o)), mean.get(("batch/2", o))
        if o1 and o2:
            print(f"{o}'s batch lines: 2 threads {fmt_ratio(o1 / o2)} as fast as 1")
    print()
    print(f"Machine: {machine(ossl)}")

    print()
    print("| goal | measured | held |")
    print("|---|---:|:---:|")

    def goal(what, value, ok, unit="×", note=""):
        if value is not None:
            text = f"{value:.2f}{unit}" if unit else fmt_time(value)
            print(f"| {what} | {text}{note} | {'yes' if ok else 'NO'} |")

    for case in ("rsa2048", "p256", "ecdsa-chain", "root-included"):
        c, fl = mean.get((f"request/{case}", "certvet")), mean.get((f"request/{case}", "floor"))
        if c and fl:
            goal(f"request/{case} ≤ 1.3× floor", c / fl, c / fl <= 1.3)
        for o in ossl:
            t = mean.get((f"request/{case}", o))
            if c and t:
                need = 20 if o == "openssl-3.0" else 3
                # The floor's own speed-up bounds what any implementation can reach:
                # a goal above it asks for less work than the floor does.
                note = f" (the floor: {t / fl:.2f}×)" if fl else ""
                goal(f"request/{case} ≥ {need}× {o}", t / c, t / c >= need, note=note)
    if scaling:
        goal("batch 2 threads ≥ 1.8× 1 thread", scaling, scaling >= 1.8)
    for row, limit, what in TIME_GOALS:
        c = mean.get((row, "certvet"))
        if c is not None:
            goal(f"{what} ≤ {fmt_time(limit)}", c, c <= limit, unit="")
    c, fl = mean.get(("inspect/pem", "certvet")), mean.get(("inspect/pem", "floor"))
    if c and fl:
        goal("PEM leaf -> full report ≤ 1.6× floor", c / fl, c / fl <= 1.6)


if __name__ == "__main__":
    main()
