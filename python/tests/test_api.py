"""The Python API itself: argument types and misuse errors, input forms, check
time, check_many's order and Ids, fix, threads, and secrets kept out of sight."""

from __future__ import annotations

import base64
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest

import certvet
from conftest import CASES, CERTS, CHECK_TIME, KEYS, case_args, password, read

CHAIN = read("rsa2048/fullchain.pem")
KEY = read("rsa2048/key.pkcs8.pem")
FP = CERTS["rsa2048/fullchain.pem"]["fingerprint"]


def test_valid_pair() -> None:
    r = certvet.check(CHAIN, KEY, at=CHECK_TIME)
    assert (r["Valid"], r["KeyMatches"], r["KeyMatchesCertificate"]) == (True, True, 1)
    assert (r["KeyAlgorithm"], r["KeyBits"], r["KeyEncoding"]) == ("RSA", 2048, "PKCS#8")
    assert r["Fingerprint"] == FP and r["Errors"] == [] and r["Warnings"] == []
    assert "Id" not in r


def test_every_input_form_gives_the_same_report() -> None:
    want = certvet.check(CHAIN, KEY, at=CHECK_TIME)
    assert certvet.check(CHAIN.decode(), KEY.decode(), at=CHECK_TIME) == want
    assert certvet.check(bytearray(CHAIN), bytearray(KEY), at=CHECK_TIME) == want
    assert certvet.check(CHAIN, key=KEY, at=CHECK_TIME, target="generic",
                         allow_expired=False, hosts=None, warn_days=None) == want
    # One DER certificate (the leaf alone): the same leaf fields.
    der = certvet.check(read("rsa2048/leaf.der"), KEY, at=CHECK_TIME)
    assert der["Fingerprint"] == FP and der["KeyMatches"] is True and der["ChainLength"] == 1


def test_at_datetime_equals_rfc3339() -> None:
    want = certvet.check(CHAIN, KEY, at=CHECK_TIME)
    utc = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert certvet.check(CHAIN, KEY, at=utc) == want
    tokyo = timezone(timedelta(hours=9))
    assert certvet.check(CHAIN, KEY, at=datetime(2026, 1, 1, 9, tzinfo=tokyo)) == want
    assert certvet.check(CHAIN, KEY, at="2026-01-01T09:00:00+09:00") == want


def test_expiry_follows_at_and_allow_expired() -> None:
    case = next(c for c in CASES if c["name"] == "dates-expired")
    cert = read(case["cert"])
    r = certvet.check(cert, at=CHECK_TIME)
    assert not r["Valid"] and [e["Reason"] for e in r["Errors"]] == ["Expired"]
    r = certvet.check(cert, at=CHECK_TIME, allow_expired=True)
    assert r["Valid"] and "Expired" in [w["Reason"] for w in r["Warnings"]]
    # notAfter itself is inside the validity period; one second later is not.
    end = datetime.fromtimestamp(r["ExpireTimeStamp"] / 1000, tz=timezone.utc)
    assert certvet.check(cert, at=end)["Valid"]
    assert certvet.check(cert, at=end + timedelta(seconds=1))["Errors"][0]["Reason"] == "Expired"
    # Fractions of a second round down, as the library counts whole seconds.
    assert certvet.check(cert, at=end + timedelta(microseconds=999_999))["Valid"]


def test_rejection_is_data() -> None:
    for cert in (b"", b"garbage", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"):
        r = certvet.check(cert, b"not a key", at=CHECK_TIME)
        assert r["Valid"] is False and r["Fingerprint"] is None and r["Errors"]
    r = certvet.check(b"", at=CHECK_TIME)
    assert [e["Reason"] for e in r["Errors"]] == ["EmptyCertificate"]
    assert r["KeyMatches"] is None and r["Chain"] is None


@pytest.mark.parametrize(
    "call, kind, words",
    [
        (lambda: certvet.check(5), TypeError, "cert must be bytes, bytearray or str, not int"),
        (lambda: certvet.check(CHAIN, 5), TypeError, "key must be bytes, bytearray or str, not int"),
        (lambda: certvet.check(CHAIN, KEY, password=1.5), TypeError, "password must be"),
        (lambda: certvet.check(CHAIN, memoryview(KEY)), TypeError, "not memoryview"),
        (lambda: certvet.check(CHAIN, at=1767225600), TypeError, "at must be a datetime or an RFC 3339 str"),
        (lambda: certvet.check(CHAIN, at=datetime(2026, 1, 1).date()), TypeError, "not date"),
        (lambda: certvet.check(CHAIN, at="2026-01-01"), ValueError, "not an RFC 3339 time"),
        (lambda: certvet.check(CHAIN, at=datetime(2026, 1, 1)), ValueError, "naive datetime"),
        (lambda: certvet.check(CHAIN, target="aws"), ValueError,
         "unknown target 'aws' (expected one of: generic, aliyun-slb, aws-acm, gcp)"),
        (lambda: certvet.check(CHAIN, target=1), TypeError, "target must be a str"),
        (lambda: certvet.check(CHAIN, allow_expired=1), TypeError, "allow_expired must be a bool"),
        (lambda: certvet.check(CHAIN, hosts="a.example.com"), TypeError, "hosts must be a list of str"),
        (lambda: certvet.check(CHAIN, hosts=[1]), TypeError, "hosts must hold str"),
        (lambda: certvet.check(CHAIN, warn_days=True), TypeError, "warn_days must be an int"),
        (lambda: certvet.check(CHAIN, warn_days=-1), ValueError, "warn_days must be 0 or more"),
        (lambda: certvet.check(CHAIN, KEY, "pw"), TypeError, "positional"),
        (lambda: certvet.check(CHAIN, colour="red"), TypeError, "colour"),
        (lambda: certvet.check_many([CHAIN]), TypeError, "request 1 must be a dict"),
        (lambda: certvet.check_many("abc"), TypeError, "requests must be an iterable of dicts"),
        (lambda: certvet.check_many(5), TypeError, "not iterable"),
        (lambda: certvet.check_many([], jobs=0), ValueError, "jobs must be 1 or more"),
        (lambda: certvet.check_many([], jobs="2"), TypeError, "jobs must be an int"),
        (lambda: certvet.check_many([], target="nope"), ValueError, "unknown target 'nope'"),
        (lambda: certvet.fingerprint(None), TypeError, "cert must be"),
        (lambda: certvet.fingerprint(CHAIN, sha256="yes"), TypeError, "sha256 must be a bool"),
        (lambda: certvet.fingerprint(b""), ValueError, "EmptyCertificate: "),
        (lambda: certvet.fingerprint(KEY), ValueError, "UnexpectedPemBlock: "),
        (lambda: certvet.fix(CHAIN, KEY, target="azure"), ValueError, "unknown target 'azure'"),
        (lambda: certvet.fix(CHAIN, KEY, at="yesterday"), ValueError, "not an RFC 3339 time"),
    ],
)
def test_misuse_is_an_exception(call, kind, words: str) -> None:
    with pytest.raises(kind) as err:
        call()
    assert words in str(err.value)


def test_v11_hosts_and_warn_days() -> None:
    # rsa2048/fullchain.pem's leaf serves rsa2048.example.com and www.rsa2048.example.com (manifest)
    # and expires 2035-01-01, 3,287 days after CHECK_TIME: warned under 3,288, not 3,287.
    r = certvet.check(CHAIN, KEY, at=CHECK_TIME, hosts=["RSA2048.example.com", "other.example.org"])
    assert r["Hosts"] == [
        {"Name": "RSA2048.example.com", "Covered": True},
        {"Name": "other.example.org", "Covered": False},
    ]
    assert not r["Valid"]
    assert [e["Reason"] for e in r["Errors"]] == ["HostNotCovered"]
    assert certvet.check(CHAIN, KEY, at=CHECK_TIME, warn_days=3288)["Warnings"][-1]["Reason"] == "ExpiresSoon"
    assert all(w["Reason"] != "ExpiresSoon"
               for w in certvet.check(CHAIN, KEY, at=CHECK_TIME, warn_days=3287)["Warnings"])
    # A request's "Hosts" replaces the call's list, as a batch line's does.
    [one, two] = certvet.check_many(
        [{"ServerCertificate": CHAIN.decode(), "Hosts": ["rsa2048.example.com"]},
         {"ServerCertificate": CHAIN.decode()}],
        at=CHECK_TIME, hosts=["nope.example.com"])
    assert one["Hosts"] == [{"Name": "rsa2048.example.com", "Covered": True}]
    assert two["Hosts"] == [{"Name": "nope.example.com", "Covered": False}]
    # Not given (None) is no host check at all.
    assert certvet.check(CHAIN, KEY, at=CHECK_TIME, hosts=None, warn_days=None)["Hosts"] is None


# jobs=1: all on the calling thread; 2 and 3: worker threads finishing chunks out of order.
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_check_many_keeps_order_and_ids(jobs: int) -> None:
    other = read("mismatch/other-rsa2048.pkcs1.pem").decode()
    reqs = [
        {"Id": "a", "ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()},
        {"ServerCertificate": CHAIN.decode(), "PrivateKey": other},
        {"Id": 7, "ServerCertificate": CHAIN.decode(), "PrivateKey": ""},  # empty: no key
        {"Id": 2.5, "ServerCertificate": CHAIN, "PrivateKey": None, "ServerCertificateName": "x"},
        {"Id": "no-cert"},
        {"Id": True, "ServerCertificate": CHAIN.decode()},
        {"Id": "bad-name", "ServerCertificate": CHAIN.decode(), "ServerCertificateName": 3},
        {"Id": "enc", "ServerCertificate": CHAIN.decode(),
         "PrivateKey": read("rsa2048/key.pkcs8-aes256.pem").decode(),
         "Password": password("passwords/right.txt")},
    ] * 50
    reports = certvet.check_many(iter(reqs), jobs=jobs, at=CHECK_TIME)
    assert len(reports) == len(reqs)
    for i in range(0, len(reqs), 8):
        got = [(r["Id"], r["Valid"], r["KeyMatches"], [e["Reason"] for e in r["Errors"]])
               for r in reports[i:i + 8]]
        assert got == [
            ("a", True, True, []),
            (i + 2, False, False, ["KeyMismatch"]),
            (7, True, None, []),
            (2.5, True, None, []),
            ("no-cert", False, None, ["MalformedRequest"]),
            (i + 6, False, None, ["MalformedRequest"]),
            ("bad-name", False, None, ["MalformedRequest"]),
            ("enc", True, True, []),
        ]
    assert reports[4]["Errors"][0]["Message"] == "request 5 is not a request: it has no ServerCertificate"
    assert reports[5]["Errors"][0]["Message"] == "request 6 is not a request: Id must be a string or a number"
    assert certvet.check_many([]) == []
    # Without Id and jobs, reports equal check's plus the position as Id.
    (r,) = certvet.check_many([{"ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()}],
                              at=CHECK_TIME)
    assert r == {"Id": 1, **certvet.check(CHAIN, KEY, at=CHECK_TIME)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_many_misuse_mid_stream_is_raised(jobs: int) -> None:
    # A non-dict far into the input, or the iterable's own exception, is raised
    # once the requests before it (some on worker threads) are done; nothing hangs.
    good = {"ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()}
    with pytest.raises(TypeError, match="request 300 must be a dict"):
        certvet.check_many([good] * 299 + [CHAIN] + [good] * 50, jobs=jobs, at=CHECK_TIME)

    def failing():
        yield from [good] * 200
        raise KeyError("the source failed")

    with pytest.raises(KeyError, match="the source failed"):
        certvet.check_many(failing(), jobs=jobs, at=CHECK_TIME)
    # The call after is whole.
    assert len(certvet.check_many([good] * 40, jobs=jobs, at=CHECK_TIME)) == 40


@pytest.mark.parametrize("enabled", [True, False])
def test_check_many_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    import gc

    good = {"ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()}
    seen = []

    def watched():
        # The collector is paused while the requests are read ...
        for _ in range(40):
            seen.append(gc.isenabled())
            yield good

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(certvet.check_many(watched(), jobs=2, at=CHECK_TIME)) == 40
        assert seen == [False] * 40
        # ... and after the call, and after a call that raised, as it was before.
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            certvet.check_many([good, 1], jobs=2, at=CHECK_TIME)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_fix_mends_and_refuses() -> None:
    # An encrypted PKCS#8 key and a reversed chain, for a target that wants PKCS#1.
    chain = read("chains/chain-reversed.pem")
    key = read("rsa2048/key.pkcs8-aes256.pem")
    pw = password("passwords/right.txt")
    before = certvet.check(chain, key, password=pw, at=CHECK_TIME, target="aliyun-slb")
    assert not before["Valid"]
    chain_pem, key_pem, report = certvet.fix(chain, key, password=pw, at=CHECK_TIME,
                                             target="aliyun-slb")
    assert report["Valid"] and report["Fingerprint"] == FP
    assert key_pem.startswith("-----BEGIN RSA PRIVATE KEY-----\n")
    assert chain_pem.startswith("-----BEGIN CERTIFICATE-----\n") and "\r" not in chain_pem
    assert all(len(line) <= 64 for line in chain_pem.splitlines())
    again = certvet.check(chain_pem, key_pem, at=CHECK_TIME, target="aliyun-slb")
    assert again["Valid"] and again["KeyEncoding"] == "PKCS#1"
    assert certvet.fingerprint(chain_pem) == FP
    # No key: only the chain.
    chain_pem2, key_pem2, report2 = certvet.fix(chain, at=CHECK_TIME)
    assert chain_pem2 == chain_pem and key_pem2 is None and report2["Valid"]
    # Refused: a key of no certificate in the input. Nothing written, the input's report.
    other = read("mismatch/other-rsa2048.pkcs1.pem")
    refused = certvet.fix(CHAIN, other, at=CHECK_TIME)
    assert refused[:2] == (None, None)
    assert refused[2] == certvet.check(CHAIN, other, at=CHECK_TIME)
    assert [e["Reason"] for e in refused[2]["Errors"]] == ["KeyMismatch"]


def test_threads_give_the_serial_answers() -> None:
    inputs = [case_args(c) for c in CASES if not c["cert"].startswith("pem/too-large")]
    serial = [certvet.check(cert, key, **kw) for cert, key, kw in inputs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda a: certvet.check(a[0], a[1], **a[2]), inputs * 2))
    assert threaded == serial * 2
    # check_many from several threads at once, each with its own pool.
    reqs = [{"ServerCertificate": CHAIN.decode(), "PrivateKey": KEY.decode()}] * 40
    results: list = [None] * 3

    def run(i: int) -> None:
        results[i] = certvet.check_many(reqs, jobs=2, at=CHECK_TIME)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == results[1] == results[2]
    assert [r["Id"] for r in results[0]] == list(range(1, 41))


def secret_pieces(pem: bytes) -> list[str]:
    """Runs of a key file's body long enough to identify it: its base64 lines
    (and the decoded bytes' hex), for PEM; hex runs for DER."""
    if pem.lstrip(b"\xef\xbb\xbf").startswith(b"-----"):
        lines = [ln.strip() for ln in pem.decode(errors="replace").splitlines()]
        body = [ln for ln in lines if len(ln) >= 40 and not ln.startswith("-----") and ":" not in ln]
        raw = base64.b64decode("".join(body) + "==", validate=False) if body else b""
    else:
        body, raw = [], pem
    return body + [raw[i:i + 24].hex() for i in range(0, max(len(raw) - 24, 0), 24)]


def all_text(obj) -> str:
    return json.dumps(obj) + repr(obj) + str(obj)


def test_key_bytes_never_appear_in_reports_or_errors() -> None:
    keys = [k for k in KEYS if KEYS[k].get("cert")]
    assert len(keys) >= 50
    checked = 0
    for k in keys:
        key = read(k)
        pieces = secret_pieces(key)
        if not pieces:
            continue
        pw = password(KEYS[k].get("password_file"))
        outputs = [
            certvet.check(read(KEYS[k]["cert"]), key, password=pw, at=CHECK_TIME),
            certvet.check(CHAIN, key, password=pw, at=CHECK_TIME, target="aliyun-slb"),
            certvet.check(CHAIN, key, password=b"wrong", at=CHECK_TIME),
            certvet.check(b"", key, at=CHECK_TIME),
            certvet.fix(CHAIN, key, password=pw, at=CHECK_TIME)[2],
            certvet.check_many([{"ServerCertificate": CHAIN.decode(errors="replace"),
                                 "PrivateKey": key, "Password": pw}], at=CHECK_TIME),
        ]
        for bad in ({"target": "bogus"}, {"at": "never"}, {"allow_expired": "no"}):
            with pytest.raises((TypeError, ValueError)) as err:
                certvet.check(CHAIN, key, password=pw, **bad)
            outputs.append(str(err.value) + repr(err.value))
        text = all_text(outputs)
        leaked = [p for p in pieces if p in text]
        assert not leaked, f"{k}: key material in the output"
        checked += 1
    assert checked >= 50


def test_a_key_given_as_the_certificate_is_not_echoed() -> None:
    r = certvet.check(KEY, at=CHECK_TIME)
    assert [e["Reason"] for e in r["Errors"]] == ["UnexpectedPemBlock"]
    assert not [p for p in secret_pieces(KEY) if p in all_text(r)]
    with pytest.raises(ValueError) as err:
        certvet.fingerprint(KEY)
    assert not [p for p in secret_pieces(KEY) if p in str(err.value)]
    assert not re.search(r"[A-Za-z0-9+/]{40}", str(err.value))


def test_docs_and_signatures() -> None:
    assert certvet.__version__ == "0.1.0"
    assert certvet.check.__text_signature__ == (
        "(cert, key=None, *, password=None, at=None, target='generic', "
        "allow_expired=False, hosts=None, warn_days=None, cert_name=None, key_name=None)")
    for f in (certvet.check, certvet.check_many, certvet.fingerprint, certvet.fix):
        assert ">>> " in (f.__doc__ or ""), f.__name__


def test_the_report_type_names_every_key() -> None:
    r = certvet.check(CHAIN, KEY, at=CHECK_TIME)
    required, optional = set(certvet.Report.__required_keys__), set(certvet.Report.__optional_keys__)
    assert required <= set(r) <= required | optional
    assert optional == {"Id", "SignatureAlgorithm", "ExtendedKeyUsage", "Hosts"}
    assert len(required) == 24
    assert set(certvet.ChainEntry.__annotations__) == set(r["Chain"][0])
    bad = certvet.check(CHAIN, read("mismatch/other-rsa2048.pkcs1.pem"), at=CHECK_TIME)
    assert set(certvet.ErrorEntry.__annotations__) == set(bad["Errors"][0])
    weak = certvet.check(read("rsa1024/fullchain.pem"), at=CHECK_TIME)
    assert set(certvet.WarningEntry.__annotations__) == set(weak["Warnings"][0])
