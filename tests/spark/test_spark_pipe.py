"""examples/spark_pipe.py: the stage's output against `certvet batch` on the same input.

The first tests need only Python and the certvet binary; the stage's own runs need
pyspark and Java 17 and are skipped, with the reason printed, without them.

    CERTVET_BIN=target/debug/certvet python3 -m pytest -rs tests/spark
"""

import glob
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
AT = "2026-01-01T00:00:00Z"
N = 400


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stage = load("spark_pipe", "examples/spark_pipe.py")
gen = load("gen_requests", "scripts/gen_requests.py")


def certvet_bin():
    for path in (os.environ.get("CERTVET_BIN"), "target/debug/certvet", "target/release/certvet"):
        if path and os.path.exists(os.path.join(ROOT, path)):
            return os.path.join(ROOT, path)
    pytest.skip("no certvet binary: run cargo build first (or set CERTVET_BIN)")


@pytest.fixture(scope="module")
def requests_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "requests.jsonl"
    gen.write_jsonl(N, str(path))
    return path


@pytest.fixture(scope="module")
def batch(requests_file):
    """certvet batch --summary on the whole file: the reference."""
    out = subprocess.run([certvet_bin(), "batch", "--jobs", "2", "--at", AT, "--summary",
                          "--exit-zero-on-invalid", str(requests_file)],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout, out.stderr


def python_summary(report_lines):
    summary = stage.new_summary(1767225600)
    for line in report_lines:
        r = json.loads(line)
        stage.tally(summary, r["Valid"], r["ExpireTimeStamp"],
                    [e["Reason"] for e in r["Errors"]], [w["Reason"] for w in r["Warnings"]])
    return summary


def test_the_python_summary_is_certvets_byte_for_byte(batch):
    reports, certvet_summary = batch
    lines = reports.splitlines()
    assert len(lines) == N
    summary = python_summary(lines)
    assert stage.render(summary) == certvet_summary
    # The generator's mix, checked at the fixtures' time: a few percent invalid, and
    # the leaves that expire at the check time drawn in its month.
    invalid = summary["reports"] - summary["valid"]
    assert 0 < invalid < N * 0.08
    assert certvet_summary.startswith(f"{N} reports: {N - invalid} valid, {invalid} invalid\n")
    assert summary["months"][0] > 0 and summary["expired"] > 0
    assert summary["errors"]["KeyMismatch"] > 0 and summary["errors"]["MalformedRequest"] > 0


def wrapper(*certvet_args, stdin=""):
    command = stage.certvet_command(certvet_bin(), type("A", (), {
        "jobs": 1, "at": AT, "target": "generic", "allow_expired": False})())
    command = command[:5] + list(certvet_args)
    return subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)


MESSAGE = ("certvet: --target: unknown target 'aliyun' "
           "(expected one of: generic, aliyun-slb, aws-acm, gcp)")


def test_the_wrapper_turns_could_not_run_into_one_line_with_certvets_message():
    out = wrapper("batch", "--quiet", "--exit-zero-on-invalid", "--target", "aliyun", "-")
    assert (out.returncode, out.stderr) == (0, "")
    host = subprocess.run(["hostname"], capture_output=True, text=True).stdout.strip()
    assert out.stdout == f"{stage.FAILED}exit 2 on {host}: {MESSAGE}\n"
    # What the driver gets back: raise_error's exception, around that line.
    spark_error = f"[USER_RAISED_EXCEPTION] {out.stdout.strip()} SQLSTATE: P0001\n\tat ..."
    assert stage.failure_message(spark_error) == f"{MESSAGE} (exit 2 on {host})"
    assert stage.failure_message("java.lang.OutOfMemoryError: Java heap space") is None


def test_the_wrapper_passes_reports_through_and_invalid_is_not_a_failure(batch, requests_file):
    with open(requests_file, encoding="utf-8") as f:
        text = f.read()
    out = wrapper("batch", "--quiet", "--exit-zero-on-invalid", "--at", AT, "-", stdin=text)
    assert (out.returncode, out.stderr) == (0, "")
    assert out.stdout == batch[0]
    # A binary that does not start is a failure too, with the shell's message.
    command = stage.certvet_command("/nonexistent/certvet", type("A", (), {
        "jobs": 1, "at": AT, "target": "generic", "allow_expired": False})())
    out = subprocess.run(command, input="", capture_output=True, text=True, check=False)
    assert out.stdout.startswith(stage.FAILED + "exit 127 on ")
    assert "/nonexistent/certvet" in out.stdout and "not found" in out.stdout


def spark_python():
    """A Python with pyspark: this one, or the checkout's target/venv-spark."""
    if importlib.util.find_spec("pyspark") is not None:
        return sys.executable
    venv = os.path.join(ROOT, "target", "venv-spark", "bin", "python")
    if os.path.exists(venv):
        return venv
    return None


def run_stage(*args):
    python = spark_python()
    if python is None:
        pytest.skip("pyspark is not installed (pip install pyspark, or .ci/run's venv): "
                    "the stage itself is not run")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH: the stage itself is not run")
    return subprocess.run([python, os.path.join(ROOT, "examples", "spark_pipe.py"), *args,
                           "--certvet", certvet_bin(), "--master", "local[2]"],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=600)


def test_the_stage_writes_every_report_and_the_summary(batch, requests_file, tmp_path):
    out = run_stage(str(requests_file), "--out", str(tmp_path / "run"), "--at", AT,
                    "--partitions", "3")
    assert out.returncode == 0, out.stderr
    parts = sorted(glob.glob(str(tmp_path / "run" / "reports" / "part-*")))
    assert len(parts) >= 3
    written = "".join(open(p, encoding="utf-8").read() for p in parts)
    # Part files in order are certvet batch's output, line for line, but for the
    # lines that are not JSON: their Id is the line number, which restarts in each
    # partition.
    expected = batch[0].splitlines()
    assert len(written.splitlines()) == N
    renumbered = 0
    for got, want in zip(written.splitlines(), expected):
        if got != want:
            got, want = json.loads(got), json.loads(want)
            assert isinstance(got.pop("Id"), int) and isinstance(want.pop("Id"), int)
            assert got == want and got["Errors"][0]["Reason"] == "MalformedRequest"
            renumbered += 1
    assert renumbered < N * 0.01
    with open(tmp_path / "run" / "summary.txt", encoding="utf-8") as f:
        assert f.read() == batch[1]
    assert out.stdout == batch[1]
    with open(tmp_path / "run" / "summary.json", encoding="utf-8") as f:
        counts = json.load(f)
    assert counts["reports"] == N and counts["at"] == 1767225600
    assert f"spark_pipe: {N} reports written to" in out.stderr


def test_the_package_engine_writes_the_pipes_reports(batch, requests_file, tmp_path):
    python = spark_python()
    if python is not None and subprocess.run([python, "-c", "import certvet"],
                                             capture_output=True, check=False).returncode != 0:
        pytest.skip(f"the certvet package is not installed in {python} "
                    "(pip install ./python): --engine package is not run")
    out = run_stage(str(requests_file), "--out", str(tmp_path / "run"), "--at", AT,
                    "--partitions", "3", "--engine", "package")
    assert out.returncode == 0, out.stderr
    parts = sorted(glob.glob(str(tmp_path / "run" / "reports" / "part-*")))
    written = "".join(open(p, encoding="utf-8").read() for p in parts).splitlines()
    assert len(written) == N
    # Byte for byte certvet batch's lines, but for the lines that are not JSON: numbered
    # by their line in the partition, as the pipe does, and their message is Python's
    # json error where certvet's is serde's.
    differ = 0
    for got, want in zip(written, batch[0].splitlines()):
        if got != want:
            got, want = json.loads(got), json.loads(want)
            assert isinstance(got.pop("Id"), int) and isinstance(want.pop("Id"), int)
            message = got["Errors"][0].pop("Message")
            assert message.startswith("the line is not a request: Expecting value")
            want["Errors"][0].pop("Message")
            assert got == want and got["Errors"][0]["Reason"] == "MalformedRequest"
            differ += 1
    assert 0 < differ < N * 0.01
    with open(tmp_path / "run" / "summary.txt", encoding="utf-8") as f:
        assert f.read() == batch[1]


def test_the_package_engine_refuses_a_bad_option_on_the_driver(requests_file, tmp_path):
    python = spark_python()
    if python is not None and subprocess.run([python, "-c", "import certvet"],
                                             capture_output=True, check=False).returncode != 0:
        pytest.skip(f"the certvet package is not installed in {python}")
    out = run_stage(str(requests_file), "--out", str(tmp_path / "run"), "--target", "aliyun",
                    "--engine", "package")
    assert out.returncode == 2
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("spark_pipe: certvet could not run: ValueError: ")
    assert "aliyun" in last and last.endswith("(the certvet package, on the driver)")
    assert not os.path.exists(tmp_path / "run" / "reports")


def test_a_table_input_is_checked_like_its_json_lines(batch, tmp_path):
    csv_path = tmp_path / "inventory.csv"
    gen.write_csv(N, str(csv_path))
    out = run_stage(str(csv_path), "--out", str(tmp_path / "run"), "--at", AT, "--parquet")
    assert out.returncode == 0, out.stderr
    # Same requests, same ids: the same reports, except the line that is not JSON,
    # which a table cannot hold (there it is a certificate that does not parse).
    by_id = {json.loads(l)["Id"]: l for l in batch[0].splitlines()}
    python = spark_python()
    check = subprocess.run([python, "-c", (
        "import sys, json\n"
        "from pyspark.sql import SparkSession\n"
        "s = SparkSession.builder.master('local[1]').config('spark.ui.enabled','false').getOrCreate()\n"
        "rows = s.read.parquet(sys.argv[1]).select('Id', 'Valid', 'Report').collect()\n"
        "print(json.dumps([[r.Id, r.Valid, r.Report] for r in rows]))\n"
        "s.stop()\n"), str(tmp_path / "run" / "reports")],
        capture_output=True, text=True, check=False, timeout=300)
    assert check.returncode == 0, check.stderr
    rows = json.loads(check.stdout.strip().splitlines()[-1])
    assert len(rows) == N
    same = 0
    for rid, valid, report in rows:
        assert valid == json.loads(report)["Valid"]
        if by_id.get(rid) == report:
            same += 1
        else:
            # In the JSON Lines this request was the line that is not JSON: its
            # report's Id is its line number.
            assert json.loads(by_id[int(rid[len("req-"):]) + 1])["Errors"][0]["Reason"] == "MalformedRequest"
            assert json.loads(report)["Errors"][0]["Reason"] == "MalformedCertificate"
    assert N * 0.95 < same < N


def test_a_bad_option_fails_the_stage_with_certvets_message(requests_file, tmp_path):
    out = run_stage(str(requests_file), "--out", str(tmp_path / "run"), "--target", "aliyun")
    assert out.returncode == 2
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith(f"spark_pipe: certvet could not run: {MESSAGE} (exit 2 on ")
    # Nothing is left that would refuse the next run.
    assert not os.path.exists(tmp_path / "run" / "reports")
