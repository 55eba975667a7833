"""The dicts equal the CLI's JSON: `certvet.check` against `certvet check` for
every manifest case, and `certvet.check_many` against `certvet batch`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import certvet
from conftest import CASES, CHECK_TIME, TESTDATA, case_args, password, read


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_check_dict_equals_cli_json(case: dict, certvet_bin: Path) -> None:
    cmd = [str(certvet_bin), "check", "--cert", str(TESTDATA / case["cert"]),
           "--at", CHECK_TIME, "--target", case.get("target", "generic")]
    if case["key"]:
        cmd += ["--key", str(TESTDATA / case["key"])]
    if case["password_file"]:
        cmd += ["--password-file", str(TESTDATA / case["password_file"])]
    out = subprocess.run(cmd, capture_output=True, check=False)
    assert out.returncode == (0 if case["valid"] else 1), out.stderr
    cert, key, kwargs = case_args(case)
    # The CLI's hints name the files it was given; the call names the same ones.
    names = {"cert_name": str(TESTDATA / case["cert"]),
             "key_name": str(TESTDATA / case["key"]) if case["key"] else None}
    got = certvet.check(cert, key, **kwargs, **names)
    want = json.loads(out.stdout)
    assert got == want
    # Same keys in the same order as the JSON object.
    assert list(got) == list(want)
    assert json.dumps(got) == json.dumps(want)


def batch_cases() -> list[dict]:
    """Cases a batch line can carry: PEM text under the line limit."""
    out = []
    for case in CASES:
        cert = read(case["cert"])
        key = read(case["key"]) if case["key"] else b""
        if case.get("target", "generic") != "generic" or len(cert) > (1 << 20):
            continue
        try:
            cert.decode(), key.decode()
        except UnicodeDecodeError:
            continue
        out.append(case)
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_many_equals_cli_batch(jobs: int, certvet_bin: Path, tmp_path: Path) -> None:
    cases = batch_cases()
    assert len(cases) >= 100
    requests: list[dict] = []
    for i, case in enumerate(cases):
        req: dict = {"ServerCertificate": read(case["cert"]).decode()}
        if i % 3:  # some with an Id (string or number), the rest numbered by position
            req["Id"] = case["name"] if i % 3 == 1 else i * 10
        if case["key"]:
            req["PrivateKey"] = read(case["key"]).decode()
        pw = password(case["password_file"])
        if pw is not None:
            req["Password"] = pw.decode()
        requests.append(req)
    # Lines that are not requests: the batch goes on, each gets MalformedRequest.
    requests.append({"Id": "no-cert"})
    requests.append({"Id": "bad-key-type", "ServerCertificate": "x", "PrivateKey": 5})
    lines = tmp_path / "requests.jsonl"
    lines.write_text("".join(json.dumps(r) + "\n" for r in requests))
    out = subprocess.run([str(certvet_bin), "batch", "--jobs", "2", "--at", CHECK_TIME,
                          str(lines)], capture_output=True, check=False)
    assert out.returncode == 1, out.stderr
    want = [json.loads(line) for line in out.stdout.splitlines()]
    got = certvet.check_many(requests, jobs=jobs, at=CHECK_TIME)
    assert len(got) == len(want) == len(requests)
    for g, w, r in zip(got, want, requests):
        if w["Errors"] and w["Errors"][0]["Reason"] == "MalformedRequest":
            # The message names a line there and a request here; the rest is equal.
            assert (g["Id"], g["Valid"], [e["Reason"] for e in g["Errors"]]) == (
                w["Id"], w["Valid"], ["MalformedRequest"])
            g = {k: v for k, v in g.items() if k != "Errors"}
            w = {k: v for k, v in w.items() if k != "Errors"}
        assert g == w, r.get("Id")
        # Same keys in the same order as the JSON object.
        assert json.dumps(g) == json.dumps(w), r.get("Id")
    assert [r["Id"] for r in got[-2:]] == ["no-cert", "bad-key-type"]
