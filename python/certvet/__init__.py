"""certvet: would the cloud API accept this certificate and private key? Offline.

A binding of the certvet Rust library. Every call answers with the same report
``certvet check`` prints (a dict with the contract's PascalCase keys); a rejected
upload is data (``report["Valid"] is False``), never an exception.

>>> import certvet
>>> report = certvet.check(chain_pem, key_pem)
>>> report["Valid"], report["KeyMatches"], report["Fingerprint"]
(True, True, '1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98')
>>> [e["Reason"] for e in certvet.check(chain_pem, other_key)["Errors"]]
['KeyMismatch']
"""

from datetime import datetime
from typing import List, Literal, Optional, TypedDict, Union

from ._certvet import __version__, check, check_many, fingerprint, fix

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
    ExtendedKeyUsage: Optional[List[str]]
    Hosts: Optional[List[HostEntry]]


class Report(_ReportOptional):
    """The report of ``certvet check``: the contract's JSON keys and values.

    Every certificate field is ``None`` when no certificate could be read.
    ``Id`` is present in the reports of ``check_many`` only; ``SignatureAlgorithm``,
    ``ExtendedKeyUsage`` and ``Hosts`` (contract v1.1) once the library writes them.
    """

    Fingerprint: Optional[str]
    FingerprintSha256: Optional[str]
    CommonName: Optional[str]
    SubjectAlternativeNames: Optional[List[str]]
    IpAddresses: Optional[List[str]]
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
    Chain: Optional[List[ChainEntry]]
    SuggestedOrder: Optional[List[int]]
    Valid: bool
    Errors: List[ErrorEntry]
    Warnings: List[WarningEntry]

