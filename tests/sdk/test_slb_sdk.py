"""`certvet serve` under the official Alibaba Cloud Python SDK (alibabacloud-slb20140515).

The SDK signs with ACS3 and sends every parameter, the PEM chain and the key included,
in the query string of `POST /`, the action in the `x-acs-action` header. Each test
calls `UploadServerCertificate` through the SDK against a `certvet serve` started on
an ephemeral 127.0.0.1 port, and compares what the SDK parsed with certvet's own
report (`certvet batch --target aliyun-slb`) of the same files.

Run: CERTVET_BIN=target/debug/certvet pytest tests/sdk (the binary is built first).
"""

import json
import os
import pathlib
import subprocess
import threading

import pytest
from alibabacloud_slb20140515 import models as slb_models
from alibabacloud_slb20140515.client import Client
from alibabacloud_tea_openapi import models as open_api_models
from alibabacloud_tea_openapi.exceptions import ClientException

ROOT = pathlib.Path(__file__).resolve().parents[2]
TESTDATA = ROOT / "testdata"
BIN = os.environ.get("CERTVET_BIN", str(ROOT / "target" / "debug" / "certvet"))
AT = json.loads((TESTDATA / "manifest.json").read_text())["check_time"]
KEY_MISMATCH = "The specified ServerCertificate and PrivateKey fail to validate."


@pytest.fixture(scope="module")
def server():
    proc = subprocess.Popen(
        [BIN, "serve", "--listen", "127.0.0.1:0", "--at", AT],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = proc.stderr.readline()
    prefix = "certvet serve: listening on http://"
    assert first.startswith(prefix), first
    log = []
    reader = threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True)
    reader.start()
    try:
        yield {"addr": first[len(prefix):].strip(), "log": log}
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0
        reader.join(timeout=10)
        text = "".join(log)
        # The key never reaches the log, nor does the query string that carried it.
        for key in ("rsa2048/key.pkcs1.pem", "rsa2048/key.pkcs8.pem"):
            line = (TESTDATA / key).read_text().splitlines()[3]
            assert line[:32] not in text
        assert "PrivateKey" not in text and "?" not in text, text


def client(addr):
    config = open_api_models.Config(
        access_key_id="certvet-does-not-check",
        access_key_secret="certvet-does-not-check",
        endpoint=addr,
        protocol="http",
        region_id="cn-hangzhou",
        read_timeout=30000,
        connect_timeout=10000,
    )
    return Client(config)


def upload(addr, cert, key):
    request = slb_models.UploadServerCertificateRequest(
        region_id="cn-hangzhou",
        server_certificate=(TESTDATA / cert).read_text(),
        private_key=(TESTDATA / key).read_text(),
        server_certificate_name="certvet-sdk-test",
    )
    return client(addr).upload_server_certificate(request)


def certvet_report(cert, key):
    """certvet's report of the same request body (`certvet batch`, which, like the
    server, knows no file names for its hints), without the batch's `Id`."""
    line = json.dumps({"ServerCertificate": (TESTDATA / cert).read_text(),
                       "PrivateKey": (TESTDATA / key).read_text()})
    out = subprocess.run(
        [BIN, "batch", "--target", "aliyun-slb", "--at", AT, "-"],
        input=line + "\n", capture_output=True, text=True, timeout=60,
    )
    report = json.loads(out.stdout)
    del report["Id"]
    return report


def test_a_valid_aliyun_slb_pair_is_answered_like_the_api(server):
    cert, key = "rsa2048/fullchain.pem", "rsa2048/key.pkcs1.pem"
    report = certvet_report(cert, key)
    assert report["Valid"] is True
    response = upload(server["addr"], cert, key)
    assert response.status_code == 200
    body = response.body
    assert body.fingerprint == report["Fingerprint"]
    assert body.fingerprint == "1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98"
    assert body.common_name == report["CommonName"] == "rsa2048.example.com"
    assert body.subject_alternative_names.subject_alternative_name == report["SubjectAlternativeNames"]
    assert body.expire_time == report["ExpireTime"] == "2035-01-01T00:00:00Z"
    assert body.expire_time_stamp == report["ExpireTimeStamp"] == 2051222400000
    assert body.server_certificate_name == "certvet-sdk-test"
    assert body.server_certificate_id == report["Fingerprint"].replace(":", "")
    assert body.region_id == "cn-hangzhou"
    assert body.is_ali_cloud_certificate == 0
    assert body.create_time == AT
    assert len(body.request_id) == 36


def test_a_pkcs8_key_is_refused_with_invalid_parameter(server):
    cert, key = "rsa2048/fullchain.pem", "rsa2048/key.pkcs8.pem"
    report = certvet_report(cert, key)
    first = report["Errors"][0]
    assert first["Reason"] == "KeyEncodingNotAccepted"
    with pytest.raises(ClientException) as raised:
        upload(server["addr"], cert, key)
    e = raised.value
    assert e.status_code == 400
    assert e.code == "InvalidParameter"
    assert e.message == f"code: 400, {first['Message']} request id: {e.data['RequestId']}"
    assert e.data["Recommend"] == first["Hint"]
    assert e.data["Report"] == report


def test_a_mismatched_pair_fails_to_validate(server):
    cert, key = "rsa2048/fullchain.pem", "mismatch/other-rsa2048.pkcs1.pem"
    with pytest.raises(ClientException) as raised:
        upload(server["addr"], cert, key)
    e = raised.value
    assert e.status_code == 400
    assert e.code == "InvalidParameter"
    assert e.message == f"code: 400, {KEY_MISMATCH} request id: {e.data['RequestId']}"
    assert e.data["Report"]["Errors"][0]["Reason"] == "KeyMismatch"
    assert e.data["Report"] == certvet_report(cert, key)
