"""Fixture access for the certvet Python tests: the repository's testdata/ and its
manifest (written by testdata/gen.sh, with OpenSSL's answers), and the CLI binary."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTDATA = ROOT / "testdata"
MANIFEST: dict[str, Any] = json.loads((TESTDATA / "manifest.json").read_text())
CHECK_TIME: str = MANIFEST["check_time"]
CASES: list[dict[str, Any]] = MANIFEST["cases"]
CERTS: dict[str, dict[str, Any]] = MANIFEST["certs"]
KEYS: dict[str, dict[str, Any]] = MANIFEST["keys"]
#: The contract's 1 MiB certificate input limit (OpenSSL reads such fixtures;
#: certvet refuses them with InputTooLarge).
CERT_INPUT_LIMIT = 1 << 20


def read(rel: str) -> bytes:
    return (TESTDATA / rel).read_bytes()


def password(rel: Optional[str]) -> Optional[bytes]:
    """A password file's first line without its line end, as the CLI reads it."""
    if rel is None:
        return None
    line = read(rel).split(b"\n", 1)[0]
    return line[:-1] if line.endswith(b"\r") else line


def over_limit(rel: str) -> bool:
    return (TESTDATA / rel).stat().st_size > CERT_INPUT_LIMIT


def case_args(case: dict[str, Any]) -> tuple[bytes, Optional[bytes], dict[str, Any]]:
    """(cert, key, keyword arguments) of `certvet.check` for a manifest case."""
    key = read(case["key"]) if case["key"] else None
    kwargs = {"password": password(case["password_file"]), "at": CHECK_TIME,
              "target": case.get("target", "generic")}
    return read(case["cert"]), key, kwargs


def cli_binary() -> Optional[Path]:
    """The certvet binary: $CERTVET_BIN, else the newer of target/release and
    target/debug (the other may be stale), else PATH."""
    env = os.environ.get("CERTVET_BIN")
    if env:
        return Path(env)
    built = [p for p in (ROOT / "target" / d / "certvet" for d in ("release", "debug")) if p.is_file()]
    if built:
        return max(built, key=lambda p: p.stat().st_mtime)
    found = shutil.which("certvet")
    return Path(found) if found else None


@pytest.fixture(scope="session")
def certvet_bin() -> Path:
    b = cli_binary()
    if b is None or not b.is_file():
        pytest.skip("no certvet binary: build it (cargo build) or set CERTVET_BIN")
    return b
