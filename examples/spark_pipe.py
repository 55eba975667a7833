"""Check a JSON Lines dataset of UploadServerCertificate requests with Apache Spark,
using `certvet batch -` as an RDD.pipe stage, and count valid/invalid by reason.

certvet reads JSON Lines on stdin and writes one report per line, in input order, on
stdout, so each Spark partition is piped through one certvet process. Every request
should carry its own "Id": line numbers restart in each partition.

    cargo build --release
    python3 examples/spark_pipe.py --make-sample 2000 /tmp/requests.jsonl
    python3 examples/spark_pipe.py /tmp/requests.jsonl --at 2026-01-01T00:00:00Z

Needs `pip install pyspark` and Java 17. On a cluster, see the README ("Spark").
"""

import argparse
import json
import os
import shlex
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "..", "testdata")


def make_sample(n, path):
    """Write n requests cycling through some testdata pairs (valid and invalid)."""
    def text(rel):
        with open(os.path.join(TESTDATA, rel), encoding="utf-8") as f:
            return f.read()

    pairs = [
        ("sample/chain.pem", "sample/key.pem"),
        ("sample/chain.pem", "ec-p256/key.pkcs8.pem"),   # key of another certificate
        ("chains/chain-reversed.pem", "rsa2048/key.pkcs1.pem"),
        ("ec-p256/leaf.pem", "ec-p256/key.sec1.pem"),
    ]
    pairs = [(text(c), text(k)) for c, k in pairs if os.path.exists(os.path.join(TESTDATA, c))
             and os.path.exists(os.path.join(TESTDATA, k))]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            cert, key = pairs[i % len(pairs)]
            if i % 97 == 0:
                out.write("this line is not JSON\n")
                continue
            out.write(json.dumps({"Id": f"req-{i}", "ServerCertificate": cert, "PrivateKey": key}) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines file of request bodies (local path or any Spark URI)")
    parser.add_argument("--make-sample", type=int, metavar="N", help="write N sample requests to INPUT and exit")
    parser.add_argument("--certvet", default=shutil.which("certvet")
                        or os.path.join(HERE, "..", "target", "release", "certvet"))
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--at", help="RFC 3339 check time (default: now)")
    parser.add_argument("--target", default="generic")
    args = parser.parse_args()

    if args.make_sample:
        make_sample(args.make_sample, args.input)
        print(f"wrote {args.make_sample} requests to {args.input}")
        return 0

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("certvet-batch")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext

    # One certvet process per partition, one thread each: Spark owns the parallelism.
    # "./certvet" stays relative: with spark-submit --files it is in each executor's directory.
    binary = args.certvet if args.certvet.startswith("./") else os.path.abspath(args.certvet)
    command = [binary, "batch", "--jobs", "1", "--target", args.target]
    if args.at:
        command += ["--at", args.at]
    command.append("-")

    # RDD.pipe takes one command string and shlex-splits it.
    reports = sc.textFile(args.input, args.partitions).pipe(shlex.join(command)).map(json.loads).cache()

    def verdicts(report):
        if report["Valid"]:
            return [("valid", "-")]
        return [("invalid", reason) for reason in sorted({e["Reason"] for e in report["Errors"]})]

    total = reports.count()
    valid = reports.filter(lambda r: r["Valid"]).count()
    by_reason = sorted(reports.flatMap(verdicts).countByValue().items())

    print(f"reports: {total}  valid: {valid}  invalid: {total - valid}")
    print("by reason:")
    for (verdict, reason), count in by_reason:
        print(f"  {verdict:<8} {reason:<28} {count}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
