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

from ._certvet import __version__, check, check_many, fingerprint, fix

__all__ = ["__version__", "check", "check_many", "fingerprint", "fix"]
