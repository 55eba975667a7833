"""certvet as a Spark stage: check an inventory of UploadServerCertificate requests,
write every report, and print what a person reads after the run.

    python3 examples/spark_pipe.py INPUT --out DIR [--at TIME] [--target NAME] [--parquet]

INPUT is JSON Lines of request bodies ({"Id", "ServerCertificate", "PrivateKey", ...}),
or a CSV/Parquet table with columns for the id, certificate and key (--id-col,
--cert-col, --key-col). Each partition is piped through one `certvet batch --quiet
--exit-zero-on-invalid` process. The pipe runs in the executors' JVM (Spark's own
RDD.pipe), so no request or report passes through Python. With --engine package, each
partition is checked by the Python package instead (mapPartitions + certvet.check_many,
jobs=1 per task; the package installed in the executors' Python, no binary shipped).
Written under DIR:

    DIR/reports/part-*      every report, one JSON object a line (or --parquet: Parquet
                            with Id, Valid, ErrorReasons, ExpireTime and the Report JSON)
    DIR/summary.txt         counts by reason and leaf expiries by month (a bar chart),
                            the same text `certvet batch --summary` prints
    DIR/summary.json        the same counts

Exit status: 0 when every partition ran (reports may be invalid: that is data), 2 when
certvet could not run in some partition (a bad option, a binary that does not start
on the executor): the job fails with certvet's own message. Also 2 for a usage error.

Needs pyspark and Java 17. The binary is shipped to the executors (SparkContext.addFile,
or spark-submit --files); on a cluster use the portable build (scripts/portable.sh).
"""

import argparse
import datetime
import json
import os
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# A line certvet never writes (a report starts with "{"): the shell wrapper's way of
# saying that certvet could not run, which SQL's raise_error then turns into the
# task's failure, with certvet's message, instead of a line in the output.
FAILED = "\x01certvet-failed "

# Runs certvet with its standard output going straight to the pipe and its standard
# error kept. Spark's pipe, on a non-zero exit, fails the task without the child's
# message (which only reaches the executor's log), so the wrapper exits 0 and emits
# the message as one FAILED line. `--exit-zero-on-invalid` makes certvet's exit
# status mean "could not run" and nothing else.
WRAPPER = r"""
bin=$1; shift
[ -x "$bin" ] || chmod +x "$bin" 2>/dev/null
exec 3>&1
msg=$("$bin" "$@" 2>&1 1>&3 3>&-)
rc=$?
exec 3>&-
if [ "$rc" -ne 0 ]; then
  printf '\001certvet-failed exit %s on %s: %s\n' "$rc" "$(hostname 2>/dev/null || echo '?')" \
    "$(printf '%s' "$msg" | tr '\n' ' ')"
elif [ -n "$msg" ]; then
  printf '%s\n' "$msg" >&2
fi
exit 0
"""

MONTHS = 12
BAR_WIDTH = 40
PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]


class CertvetFailed(Exception):
    """certvet could not run in some partition; the message is certvet's."""


# ---- the summary: the same counts and text as `certvet batch --summary` ----------


def month_index(seconds):
    t = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
    return t.year * 12 + t.month - 1


def new_summary(at_seconds):
    return {"at": at_seconds, "reports": 0, "valid": 0, "errors": {}, "warnings": {},
            "expired": 0, "months": [0] * MONTHS, "later": 0, "no_certificate": 0}


def bucket_of(at_seconds, expire_ms):
    """None: no certificate; -1: expired; 0-11: the month from the check time's; 12: later."""
    if expire_ms is None:
        return None
    seconds = expire_ms // 1000
    if seconds < at_seconds:
        return -1
    try:
        return min(month_index(seconds) - month_index(at_seconds), MONTHS)
    except (OverflowError, OSError, ValueError):
        return MONTHS


def tally(summary, valid, expire_ms, error_reasons, warning_reasons):
    """Add one report: its Valid, ExpireTimeStamp, error and warning reasons."""
    tally_bucket(summary, valid, bucket_of(summary["at"], expire_ms), error_reasons,
                 warning_reasons)


def tally_bucket(summary, valid, bucket, error_reasons, warning_reasons, n=1):
    """Add n reports alike, their expiry given by bucket_of."""
    summary["reports"] += n
    summary["valid"] += n if valid else 0
    for key, reasons in (("errors", error_reasons), ("warnings", warning_reasons)):
        for reason in set(reasons or ()):
            summary[key][reason] = summary[key].get(reason, 0) + n
    if bucket is None:
        summary["no_certificate"] += n
    elif bucket < 0:
        summary["expired"] += n
    elif bucket < MONTHS:
        summary["months"][bucket] += n
    else:
        summary["later"] += n


def bar(count, most):
    if count == 0 or most == 0:
        return ""
    eighths = max((count * BAR_WIDTH * 8 + most // 2) // most, 1)
    return "█" * (eighths // 8) + PARTIAL[eighths % 8]


def render(summary):
    """The summary as text, byte for byte what `certvet batch --summary` prints."""
    s = summary
    lines = [f"{s['reports']} reports: {s['valid']} valid, {s['reports'] - s['valid']} invalid"]
    for what in ("errors", "warnings"):
        counts = s[what]
        if not counts:
            lines.append(f"{what}: none")
            continue
        lines.append(f"{what} (reports with each reason):")
        for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:>9}  {reason}")
    at = datetime.datetime.fromtimestamp(s["at"], datetime.timezone.utc)
    lines.append(f"leaf expiries by month, from the check time {at:%Y-%m-%dT%H:%M:%SZ}:")
    first = month_index(s["at"])
    rows = [("expired", s["expired"])]
    for i, n in enumerate(s["months"]):
        m = first + i
        rows.append((f"{m // 12:04}-{m % 12 + 1:02}", n))
    most = max(n for _, n in rows)
    for label, n in rows:
        b = bar(n, most)
        lines.append(f"  {label:<7}  {n:>9}  {b}" if b else f"  {label:<7}  {n:>9}")
    lines.append(f"  {'later':<7}  {s['later']:>9}")
    lines.append(f"  no certificate read: {s['no_certificate']}")
    return "\n".join(lines) + "\n"


# ---- the stage ---------------------------------------------------------------------


def default_binary():
    for path in (os.path.join(HERE, "..", "target", "x86_64-unknown-linux-gnu", "release", "certvet"),
                 os.path.join(HERE, "..", "target", "release", "certvet")):
        if os.path.exists(path):
            return os.path.abspath(path)
    return shutil.which("certvet") or "./certvet"


def certvet_command(binary, args):
    """The pipe's command: the wrapper, then certvet and its options (no shell quoting:
    Spark's JVM pipe takes the list as is)."""
    command = ["sh", "-c", WRAPPER, "certvet-stage", binary, "batch", "--quiet",
               "--exit-zero-on-invalid", "--jobs", str(args.jobs), "--at", args.at,
               "--target", args.target]
    if args.allow_expired:
        command.append("--allow-expired")
    command.append("-")
    return command


def failure_message(error):
    """certvet's message from a failed job's exception text, or None."""
    m = re.search(r"certvet-failed (exit \d+ on [^:]*): (.*?)(?:\s+SQLSTATE|\\n|\n|$)", str(error))
    if not m:
        return None
    return f"{m.group(2).strip()} ({m.group(1)})"


def requests_jrdd(spark, args):
    """The requests as a JVM RDD of JSON lines (nothing passes through Python)."""
    from pyspark.sql import functions as F

    fmt = args.format
    if fmt == "auto":
        lower = args.input.lower().rstrip("/")
        fmt = "parquet" if lower.endswith(".parquet") else "csv" if lower.endswith(".csv") else "jsonl"
    if fmt == "jsonl":
        return spark.sparkContext._jsc.textFile(args.input, args.partitions)
    if fmt == "csv":
        df = (spark.read.option("header", True).option("multiLine", True)
              .option("escape", '"').csv(args.input))
    else:
        df = spark.read.parquet(args.input)
    for col in (args.cert_col, args.key_col):
        if col not in df.columns:
            raise SystemExit(f"spark_pipe: {args.input} has no column {col!r} "
                             f"(columns: {', '.join(df.columns)}); see --cert-col/--key-col")
    fields = [F.col(args.cert_col).alias("ServerCertificate"),
              F.coalesce(F.col(args.key_col), F.lit("")).alias("PrivateKey")]
    if args.id_col in df.columns:
        fields.insert(0, F.col(args.id_col).cast("string").alias("Id"))
    if args.password_col and args.password_col in df.columns:
        fields.append(F.col(args.password_col).alias("Password"))
    lines = df.select(F.to_json(F.struct(*fields)).alias("value"))
    if args.partitions:
        lines = lines.repartition(args.partitions)
    strings = spark.sparkContext._jvm.org.apache.spark.sql.Encoders.STRING()
    return getattr(lines._jdf, "as")(strings).javaRDD()


def summarize(spark, args, reports_path):
    """Counts over the written reports (read back with only the fields counted)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import (ArrayType, BooleanType, LongType, StringType, StructField,
                                   StructType)

    finding = ArrayType(StructType([StructField("Reason", StringType())]))
    schema = StructType([StructField("Valid", BooleanType()),
                         StructField("ExpireTimeStamp", LongType()),
                         StructField("Errors", finding), StructField("Warnings", finding)])
    if args.parquet:
        df = spark.read.parquet(reports_path).select(
            F.from_json("Report", schema).alias("r")).select("r.*")
    else:
        df = spark.read.schema(schema).json(reports_path)
    # A few hundred groups at most: Spark's default of 200 shuffle partitions is
    # 200 tasks of nothing.
    spark.conf.set("spark.sql.shuffle.partitions", str(spark.sparkContext.defaultParallelism))
    # bucket_of in SQL (the session's time zone is UTC), so the driver gets one row
    # per (Valid, reasons, month) and never one per certificate.
    first = month_index(args.at_seconds)
    ts = F.col("ExpireTimeStamp")
    month = F.expr("timestamp_millis(ExpireTimeStamp)")
    bucket = (F.when(ts.isNull(), None)
              .when(F.floor(ts / 1000) < args.at_seconds, -1)
              .otherwise(F.least(F.year(month) * 12 + F.month(month) - 1 - first, F.lit(MONTHS))))
    rows = (df.select("Valid", bucket.alias("b"),
                      F.array_sort(F.array_distinct(F.col("Errors.Reason"))).alias("e"),
                      F.array_sort(F.array_distinct(F.col("Warnings.Reason"))).alias("w"))
            .groupBy("Valid", "b", "e", "w").count().collect())
    summary = new_summary(args.at_seconds)
    for r in rows:
        tally_bucket(summary, r["Valid"], r["b"], r["e"], r["w"], n=r["count"])
    return summary


def write_text(spark, path, text):
    """A small file at any Hadoop path (local, HDFS, S3 ...), through the JVM."""
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    fs = p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    out = fs.create(p, True)
    try:
        out.write(bytearray(text.encode("utf-8")))
    finally:
        out.close()


def delete_path(spark, path):
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(p, True)


# ---- the other engine: the Python package in the executors' Python workers ----------

# How many requests one check_many call takes: reports of a chunk are written before the
# next chunk is read, so a partition never sits in memory whole.
CHUNK = 1000
# `certvet batch`'s hint for a line that is not a request (the package's own speaks of dicts).
LINE_HINT = ('each line must be one JSON object like {"Id": "a", "ServerCertificate": '
             '"-----BEGIN CERTIFICATE-----\\n...", "PrivateKey": "..."}')


def check_partition(lines, options):
    """One partition of JSON Lines requests -> its reports as JSON lines, through
    `certvet.check_many` (jobs=1: Spark's tasks are the parallelism). As `certvet batch`
    does in a pipe, a request without an Id is numbered by its line in the partition,
    and a line that is not JSON gets a MalformedRequest report."""
    import itertools
    import certvet

    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    malformed = certvet.check_many([{}], jobs=1, **options)[0]
    number = 0
    lines = iter(lines)
    while True:
        chunk = list(itertools.islice(lines, CHUNK))
        if not chunk:
            return
        requests, broken = [], {}
        for i, line in enumerate(chunk):
            number += 1
            try:
                request = json.loads(line)
            except ValueError as e:
                report = dict(malformed, Id=number)
                report["Errors"] = [dict(malformed["Errors"][0], Hint=LINE_HINT,
                                         Message=f"the line is not a request: {e}")]
                broken[i] = report
                request = {}
            if isinstance(request, dict):
                request.setdefault("Id", number)
            else:
                request = {"Id": number}
            requests.append(request)
        for i, report in enumerate(certvet.check_many(requests, jobs=1, **options)):
            yield dumps(broken.get(i, report))


def package_reports(spark, args, jrequests):
    """The requests' reports as a DataFrame of one string column, computed with
    mapPartitions + certvet.check_many (no child process, no shipped binary; the
    package must be installed in the executors' Python)."""
    from pyspark.rdd import RDD
    from pyspark.serializers import UTF8Deserializer

    options = {"at": args.at, "target": args.target, "allow_expired": args.allow_expired}
    try:
        import certvet
        certvet.check_many([], jobs=1, **options)  # the options, checked once on the driver
    except (ImportError, ValueError, TypeError) as e:
        raise CertvetFailed(f"{type(e).__name__}: {e} (the certvet package, on the driver)") from None
    lines = RDD(jrequests, spark.sparkContext, UTF8Deserializer())
    reports = lines.mapPartitions(lambda it: check_partition(it, options))
    return spark.createDataFrame(reports.map(lambda s: (s,)), "value string")


def run_stage(spark, args):
    """Check and write every report, then count them. Returns the summary."""
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    binary = args.certvet
    local = sc.master.startswith("local")
    if args.engine == "package":
        pass
    elif local:
        binary = os.path.abspath(binary)
    elif not binary.startswith("./"):
        # Shipped as spark-submit --files does, into each executor's working
        # directory; "./certvet" means spark-submit --files has shipped it already.
        sc.addFile(os.path.abspath(binary))
        binary = "./" + os.path.basename(binary)
    jrequests = requests_jrdd(spark, args)
    if args.engine == "package":
        reports = package_reports(spark, args, jrequests)
    else:
        jreports = jrequests.pipe(certvet_command(binary, args))
        strings = sc._jvm.org.apache.spark.sql.Encoders.STRING()
        reports = DataFrame(spark._jsparkSession.createDataset(jreports.rdd(), strings).toDF(), spark)
    value = F.col("value")
    checked = reports.select(
        F.when(value.startswith(FAILED), F.raise_error(value)).otherwise(value).alias("value"))
    out = args.out.rstrip("/")
    mode = "overwrite" if args.overwrite else "errorifexists"
    reports_path = f"{out}/reports"
    try:
        if args.parquet:
            from pyspark.sql.types import ArrayType, BooleanType, StringType, StructField, StructType

            small = StructType([StructField("Id", StringType()), StructField("Valid", BooleanType()),
                                StructField("ExpireTime", StringType()),
                                StructField("Errors", ArrayType(StructType(
                                    [StructField("Reason", StringType())])))])
            parsed = checked.select(F.from_json("value", small).alias("r"), value.alias("Report"))
            table = parsed.select("r.Id", "r.Valid",
                                  F.col("r.Errors.Reason").alias("ErrorReasons"),
                                  "r.ExpireTime", "Report")
            table.write.mode(mode).parquet(reports_path)
        else:
            checked.write.mode(mode).text(reports_path)
    except Exception as e:  # py4j's or pyspark's wrapper of the job's failure
        message = failure_message(e)
        if message is None:
            raise
        if not args.overwrite:
            # The aborted job leaves an empty directory that would refuse the next run.
            delete_path(spark, reports_path)
        raise CertvetFailed(message) from None
    checked_at = time.monotonic()
    summary = summarize(spark, args, reports_path)
    text = render(summary)
    write_text(spark, f"{out}/summary.txt", text)
    write_text(spark, f"{out}/summary.json", json.dumps(summary, indent=1, sort_keys=True) + "\n")
    return summary, text, checked_at


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines, CSV or Parquet (local path or any Spark URI)")
    parser.add_argument("--out", help="directory for reports/, summary.txt, summary.json")
    parser.add_argument("--at", help="RFC 3339 check time (default: now, fixed once for every partition)")
    parser.add_argument("--target", default="generic")
    parser.add_argument("--allow-expired", action="store_true")
    parser.add_argument("--certvet", default=default_binary(),
                        help="the certvet binary (shipped to the executors); "
                             "./certvet when spark-submit --files ships it")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=None,
                        help="minimum input partitions (one certvet process each)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="threads of each certvet process (default 1: Spark's cores are the parallelism)")
    parser.add_argument("--engine", choices=["pipe", "package"], default="pipe",
                        help="pipe: each partition through a `certvet batch` process (default); "
                             "package: mapPartitions + certvet.check_many (the Python package "
                             "installed on the executors)")
    parser.add_argument("--format", choices=["auto", "jsonl", "csv", "parquet"], default="auto")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--cert-col", default="cert")
    parser.add_argument("--key-col", default="key")
    parser.add_argument("--password-col", default=None)
    parser.add_argument("--parquet", action="store_true", help="write reports as Parquet")
    parser.add_argument("--overwrite", action="store_true", help="replace DIR/reports")
    parser.add_argument("--log-level", default="FATAL",
                        help="Spark's log level (default FATAL: only this stage's messages)")
    parser.add_argument("--make-sample", type=int, metavar="N",
                        help="write N sample requests to INPUT (scripts/gen_requests.py) and exit")
    args = parser.parse_args(argv)
    if args.make_sample is None and not args.out:
        parser.error("--out DIR is required")
    if args.partitions is None:
        args.partitions = 0 if args.format in ("csv", "parquet") else 2
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    args.at = args.at or now.strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        args.at_seconds = int(datetime.datetime.fromisoformat(args.at.replace("Z", "+00:00")).timestamp())
    except ValueError:
        # certvet gives the exact message; the summary only needs a month to start at.
        args.at_seconds = int(now.timestamp())
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.make_sample is not None:
        sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
        import gen_requests
        gen_requests.write_jsonl(args.make_sample, args.input)
        print(f"wrote {args.make_sample} requests to {args.input}")
        return 0

    started = time.monotonic()
    # Python workers run the driver's Python unless told otherwise (a local run's
    # executors then import the same certvet package; on a cluster, set PYSPARK_PYTHON).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("certvet")
    master = args.master or (None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[2]")
    if master:
        builder = builder.master(master)
    spark = (builder.config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    spark.sparkContext.setLogLevel(args.log_level)
    jvm_up = time.monotonic()
    try:
        summary, text, checked_at = run_stage(spark, args)
        done = time.monotonic()
    except CertvetFailed as e:
        print(f"spark_pipe: certvet could not run: {e}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    sys.stdout.write(text)
    n = summary["reports"]
    print(f"spark_pipe: {n} reports written to {args.out.rstrip('/')}/reports; JVM up in "
          f"{jvm_up - started:.1f} s, checked and written in {checked_at - jvm_up:.1f} s "
          f"({n / max(checked_at - jvm_up, 1e-9):,.0f} reports/s), summary in "
          f"{done - checked_at:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
