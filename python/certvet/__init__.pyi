"""Type stubs for certvet (the Rust extension ``certvet._certvet``, re-exported)."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Literal, Optional, TypedDict, Union

__version__: str
__all__ = [
    "__version__", "check", "check_many", "fingerprint", "fix",
    "Report", "ChainEntry", "ErrorEntry", "WarningEntry", "HostEntry", "Data", "When", "TargetName",
]

#: What a certificate, key or password argument may be: PEM text, or bytes
#: (PEM or DER). A ``bytearray`` is copied into a buffer zeroized after use.
Data = Union[bytes, bytearray, str]
#: The check time: an aware ``datetime`` or an RFC 3339 string
#: (``"2026-01-01T00:00:00Z"``); ``None`` is now.
When = Union[datetime, str, None]
TargetName = Literal["generic", "aliyun-slb", "aws-acm", "gcp"]

class ErrorEntry(TypedDict):
    """One entry of ``Errors``: ``Code`` is what the cloud API would answer."""

    Code: str
    Reason: str
    Message: str
    Hint: Optional[str]

class WarningEntry(TypedDict):
    """One entry of ``Warnings``."""

    Reason: str
    Message: str
    Hint: Optional[str]

class ChainEntry(TypedDict):
    """One certificate of the input, in input order (``Index`` counts from 1)."""

    Index: int
    Subject: Optional[str]
    Issuer: Optional[str]
    CommonName: Optional[str]
    ExpireTime: Optional[str]
    Fingerprint: str
    SignedByNext: Optional[bool]

class HostEntry(TypedDict):
    """One entry of ``Hosts`` (contract v1.1): a name asked for, and whether a
    subjectAltName entry covers it."""

    Name: str
    Covered: bool

class _ReportOptional(TypedDict, total=False):
    # Only in check_many's reports.
    Id: Union[str, int, float]
    # Contract v1.1 fields, present once the library writes them.
    SignatureAlgorithm: Optional[str]
    ExtendedKeyUsage: Optional[list[str]]
    Hosts: Optional[list[HostEntry]]

class Report(_ReportOptional):
    """The report of ``certvet check``: the contract's JSON keys and values.

    Every certificate field is ``None`` when no certificate could be read.
    ``Id`` is present in the reports of ``check_many`` only; ``SignatureAlgorithm``,
    ``ExtendedKeyUsage`` and ``Hosts`` (contract v1.1) once the library writes them.
    """

    Fingerprint: Optional[str]
    FingerprintSha256: Optional[str]
    CommonName: Optional[str]
    SubjectAlternativeNames: Optional[list[str]]
    IpAddresses: Optional[list[str]]
    StartTime: Optional[str]
    StartTimeStamp: Optional[int]
    ExpireTime: Optional[str]
    ExpireTimeStamp: Optional[int]
    Subject: Optional[str]
    Issuer: Optional[str]
    SerialNumber: Optional[str]
    KeyAlgorithm: Optional[str]
    KeyBits: Optional[int]
    Curve: Optional[str]
    ChainLength: Optional[int]
    KeyMatches: Optional[bool]
    KeyMatchesCertificate: Optional[int]
    KeyEncoding: Optional[str]
    Chain: Optional[list[ChainEntry]]
    SuggestedOrder: Optional[list[int]]
    Valid: bool
    Errors: list[ErrorEntry]
    Warnings: list[WarningEntry]

def check(
    cert: Data,
    key: Optional[Data] = None,
    *,
    password: Optional[Data] = None,
    at: When = None,
    target: TargetName = "generic",
    allow_expired: bool = False,
    hosts: Optional[Iterable[str]] = None,
    warn_days: Optional[int] = None,
    cert_name: Optional[str] = None,
    key_name: Optional[str] = None,
) -> Report:
    """Would the cloud API accept this certificate (chain) and private key?

    Returns the report ``certvet check`` prints, as a dict. A rejected upload is
    a report with ``Valid`` False, never an exception. Raises ``TypeError`` for
    an argument of the wrong type and ``ValueError`` for an unknown ``target``,
    a bad ``at`` (not RFC 3339, or a naive ``datetime``). The GIL is released
    while the check runs, so threads check in parallel.

    ``hosts`` (names the certificate must serve, as ``--host``) and ``warn_days``
    (``ExpiresSoon`` within that many days, as ``--warn-days``) are contract v1.1
    options; ``None`` leaves them off. ``cert_name`` and ``key_name`` are the
    uploaded files' names, which hints then name (``openssl rsa -in key_name ...``),
    as the CLI's hints name the paths it was given.

    >>> r = certvet.check(chain_pem, key_pem, at="2026-01-01T00:00:00Z")
    >>> r["Valid"], r["KeyMatches"], r["CommonName"]
    (True, True, 'rsa2048.example.com')
    >>> r = certvet.check(chain_pem, other_key)
    >>> r["Valid"], r["Errors"][0]["Reason"]
    (False, 'KeyMismatch')
    """

def check_many(
    requests: Iterable[Mapping[str, object]],
    *,
    jobs: Optional[int] = None,
    at: When = None,
    target: TargetName = "generic",
    allow_expired: bool = False,
    hosts: Optional[Iterable[str]] = None,
    warn_days: Optional[int] = None,
) -> list[Report]:
    """Check many requests in parallel; the reports come back in input order.

    Each request is a dict shaped like a ``certvet batch`` line (an
    ``UploadServerCertificate`` body): ``ServerCertificate`` (PEM), and
    optionally ``PrivateKey`` (empty or None: no key), ``Password``, ``Id``
    (str or number) and ``ServerCertificateName``. Every report carries ``Id``:
    the request's, or its 1-based position. A dict that is not a request gets a
    ``MalformedRequest`` report and the rest are still checked; an item that is
    not a dict is a ``TypeError``.

    ``jobs`` is how many threads work at once, the calling thread counted
    (default: one per core). The calling thread reads the requests and builds
    the report dicts (the Python work, under the GIL) and checks requests
    itself whenever the other threads have enough queued; ``jobs - 1`` more
    threads only check, without the GIL. With ``jobs=1`` everything runs on the
    calling thread, one request after the other.
    Python's cyclic garbage collector is paused during the call (the
    reports hold no cycles) and resumed when it returns, if it was on.

    >>> reports = certvet.check_many(
    ...     [{"Id": "a", "ServerCertificate": chain_pem, "PrivateKey": key_pem},
    ...      {"ServerCertificate": "not a certificate"}], jobs=2)
    >>> [(r["Id"], r["Valid"]) for r in reports]
    [('a', True), (2, False)]
    """

def fingerprint(cert: Data, sha256: bool = False) -> str:
    """SHA-1 (or SHA-256) of the leaf certificate's DER, as ``certvet fingerprint``.

    Raises ``ValueError`` (its message starts with the contract's reason, e.g.
    ``EmptyCertificate``) when the input holds no readable certificate.

    >>> certvet.fingerprint(chain_pem)
    '1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98'
    """

def fix(
    cert: Data,
    key: Optional[Data] = None,
    *,
    password: Optional[Data] = None,
    target: TargetName = "generic",
    at: When = None,
) -> tuple[Optional[str], Optional[str], Report]:
    """Rewrite the chain and key into what ``target`` accepts (``certvet fix``).

    Returns ``(chain_pem, key_pem, report)``: the chain leaf-first in issuing
    order as clean 64-column PEM, the key decrypted into the target's container
    (None without a key), and the report of what they hold. When an error
    remains that no re-encoding mends (a key of no certificate in the input, a
    broken signature, an expired leaf), it returns ``(None, None, report)`` with
    the input's report (``Valid`` False).

    >>> chain, key, report = certvet.fix(messy_chain, encrypted_key,
    ...                                  password="secret", target="aliyun-slb")
    >>> key.splitlines()[0], report["Valid"]
    ('-----BEGIN RSA PRIVATE KEY-----', True)
    """
