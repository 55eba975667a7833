"""certvet.check and certvet.fingerprint over every fixture, against the values
OpenSSL gave when the fixtures were made (testdata/manifest.json)."""

from __future__ import annotations

import pytest

import certvet
from conftest import CASES, CERTS, CHECK_TIME, case_args, over_limit, read


def test_manifest_is_not_empty() -> None:
    assert len(CERTS) >= 100 and len(CASES) >= 200


@pytest.mark.parametrize("file", sorted(CERTS))
def test_every_certificate_field_agrees_with_openssl(file: str) -> None:
    want = dict(CERTS[file])
    if file in KEY_FIELDS_DIFFER:
        want.update(KEY_FIELDS_DIFFER[file])
    r = certvet.check(read(file), at=CHECK_TIME)
    if over_limit(file):
        assert [e["Reason"] for e in r["Errors"]] == ["InputTooLarge"]
        assert r["Fingerprint"] is None
        return
    got = {
        "fingerprint": r["Fingerprint"],
        "fingerprint_sha256": r["FingerprintSha256"],
        "subject": r["Subject"],
        "issuer": r["Issuer"],
        "serial": r["SerialNumber"],
        "common_name": r["CommonName"],
        "not_before": r["StartTime"],
        "not_after": r["ExpireTime"],
        "not_before_ms": r["StartTimeStamp"],
        "not_after_ms": r["ExpireTimeStamp"],
        "dns": r["SubjectAlternativeNames"],
        "ips": r["IpAddresses"],
        "key_algorithm": r["KeyAlgorithm"],
        "key_bits": r["KeyBits"],
        "curve": r["Curve"],
        "count": r["ChainLength"],
    }
    assert got == {k: want[k] for k in got}
    assert len(r["Chain"]) == want["count"]
    assert r["Chain"][0]["Fingerprint"] == want["fingerprint"]


# Keys certvet does not take, where its key fields are its own (as in the Rust contract
# tests' KEY_FIELDS_DIFFER): OpenSSL says more than certvet can.
KEY_FIELDS_DIFFER = {
    # explicit EC parameters: OpenSSL gives the order's 256 bits; certvet names no curve, no size
    "ca/root-explicit-ec.pem": {"key_algorithm": "EC", "key_bits": None, "curve": None},
    # an RSA SubjectPublicKeyInfo with an empty BIT STRING: OpenSSL cannot load it either
    "chains/int-rsa-empty-key.pem": {"key_algorithm": None, "key_bits": None, "curve": None},
}


@pytest.mark.parametrize("file", sorted(f for f in CERTS if not over_limit(f)))
def test_fingerprint_is_openssls(file: str) -> None:
    data = read(file)
    assert certvet.fingerprint(data) == CERTS[file]["fingerprint"]
    assert certvet.fingerprint(data, sha256=True) == CERTS[file]["fingerprint_sha256"]
    # str input (PEM text) gives the same answer as bytes.
    if data.startswith(b"-----") and data.isascii():
        assert certvet.fingerprint(data.decode()) == CERTS[file]["fingerprint"]


def unique_in_order(words: list[str]) -> list[str]:
    seen: list[str] = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return seen


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_every_case_gets_its_verdict_and_reasons(case: dict) -> None:
    cert, key, kwargs = case_args(case)
    r = certvet.check(cert, key, **kwargs)
    assert r["Valid"] is case["valid"]
    assert r["KeyMatches"] == case["key_matches"]
    assert r["KeyMatchesCertificate"] == case["key_matches_certificate"]
    # The manifest lists each reason once, in the contract's order.
    assert sorted(unique_in_order([e["Reason"] for e in r["Errors"]])) == sorted(case["errors"])
    assert sorted(unique_in_order([w["Reason"] for w in r["Warnings"]])) == sorted(case["warnings"])
    assert all(e["Code"] == "InvalidParameter" for e in r["Errors"])
    if case["cert"] in CERTS and not over_limit(case["cert"]):
        assert r["Fingerprint"] == CERTS[case["cert"]]["fingerprint"]


def test_key_of_the_intermediate_is_named_in_the_hint() -> None:
    case = next(c for c in CASES if c["name"] == "chain-key-matches-intermediate")
    cert, key, kwargs = case_args(case)
    r = certvet.check(cert, key, **kwargs)
    (err,) = r["Errors"]
    assert err["Reason"] == "KeyMismatch"
    assert err["Message"] == "The specified ServerCertificate and PrivateKey fail to validate."
    assert err["Hint"].startswith(
        "the key belongs to certificate 2 (CN=certvet Test Intermediate CA), not the leaf"
    )
    assert r["KeyMatches"] is False and r["KeyMatchesCertificate"] == 2
