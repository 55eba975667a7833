#!/usr/bin/env python3
"""Writes testdata/manifest.json: OpenSSL's own answers about every fixture, plus the
cases (what certvet should answer under the contract at the check time).

Called by gen.sh (stdlib + the `openssl` command only). Sections:

- certs: every file whose first certificate OpenSSL reads. OpenSSL 3.0 itself refuses
  some quirks that the contract tolerates (a BOM, a blank line inside a block, a glued
  END/BEGIN line: it then skips the block or reads nothing), so each file is first
  undone of exactly those tolerated quirks (BOM, CR, trailing blanks, blank lines
  inside a block, glued END/BEGIN); OpenSSL then answers on the result. A file whose
  first block OpenSSL still cannot read (bad base64, a key or CSR, empty) is left out.
- keys: every private-key file, with its container and whether OpenSSL's public half
  of it equals the public key of the certificate it was made for.
- cases: design expectations derived from the contract (generic target).
"""

import calendar
import concurrent.futures
import datetime
import ipaddress
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK_TIME = "2026-01-01T00:00:00Z"
RIGHT = "passwords/right.txt"
WRONG = "passwords/wrong.txt"

REASONS = [
    "EmptyCertificate", "MalformedCertificate", "MalformedPrivateKey", "UnsupportedKeyAlgorithm",
    "EncryptedPrivateKey", "WrongPassword", "KeyMismatch", "Expired", "NotYetValid", "ChainOrder",
    "ChainSignatureInvalid", "WeakKey", "InputTooLarge", "MalformedRequest", "UnexpectedPemBlock",
    "PemFormat", "ChainMemberExpired", "ChainIncomplete", "WeakSignature", "KeyAlgorithmNotAccepted",
    "KeyEncodingNotAccepted", "ChainTooLong", "SignatureNotChecked",
]


def openssl(*args, data=None, timeout=20):
    """Run openssl; return stdout (str) or None on failure or timeout."""
    try:
        p = subprocess.run(["openssl", *args], input=data, capture_output=True, timeout=timeout, cwd=HERE)
    except subprocess.TimeoutExpired:
        return None
    if p.returncode != 0:
        return None
    return p.stdout.decode("utf-8", "replace")


# ------------------------------------------------------------------ tolerated quirks undone

BLOCK = re.compile(rb"(-----BEGIN [A-Z0-9 ]+-----\n)(.*?)(-----END [A-Z0-9 ]+-----)", re.S)


def untangle(raw):
    """Undo the quirks the contract tolerates, so that OpenSSL reads what certvet reads."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    raw = re.sub(rb"[ \t]+\n", b"\n", raw)
    raw = re.sub(rb"(-----END [A-Z0-9 ]+-----)(?=-----BEGIN)", rb"\1\n", raw)
    return BLOCK.sub(lambda m: m.group(1) + re.sub(rb"\n\n+", b"\n", m.group(2)) + m.group(3), raw)


def is_der(raw):
    return not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"-----") and b"-----BEGIN" not in raw


def first_block(raw):
    m = BLOCK.search(raw)
    return m.group(0) + b"\n" if m else None


# ------------------------------------------------------------------ certificate facts


def parse_rfc2253(s):
    """RDNs of an OpenSSL RFC 2253 string (string order), each a list of (type, str)."""
    rdns, avas = [], []
    i, n = 0, len(s)
    while i < n:
        eq = s.index("=", i)
        typ = s[i:eq]
        i = eq + 1
        val = bytearray()
        if i < n and s[i] == "#":  # DER dump of a non-string value
            j = i + 1
            while j < n and s[j] not in ",+":
                j += 1
            val += s[i:j].encode()
            i = j
        else:
            while i < n and s[i] not in ",+":
                if s[i] == "\\":
                    nxt = s[i + 1:i + 3]
                    if re.fullmatch(r"[0-9A-Fa-f]{2}", nxt):
                        val.append(int(nxt, 16))
                        i += 3
                        continue
                    val += s[i + 1].encode()
                    i += 2
                    continue
                val += s[i].encode()
                i += 1
        avas.append((typ, val.decode("utf-8")))
        if i < n and s[i] == "+":
            i += 1
            continue
        rdns.append(avas)
        avas = []
        i += 1
    if avas:
        rdns.append(avas)
    return rdns


def last_cn(subject_rfc2253):
    """The last commonName in certificate (DER) order: OpenSSL's RFC 2253 string is reversed."""
    for rdn in parse_rfc2253(subject_rfc2253):
        for typ, val in rdn:
            if typ == "CN":
                return val
    return None


def parse_time(s):
    dt = datetime.datetime.strptime(" ".join(s.replace(" GMT", "").split()), "%b %d %H:%M:%S %Y")
    iso = f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}Z"
    return iso, calendar.timegm(dt.timetuple()) * 1000


def cert_facts(path):
    raw = open(os.path.join(HERE, path), "rb").read()
    if is_der(raw):
        inform, data = "DER", raw
        first = raw
        count_data = raw
    else:
        data = untangle(raw)
        first = first_block(data)
        if first is None:
            return None
        inform, count_data = "PEM", data
    # The first block alone must be a certificate OpenSSL reads (else OpenSSL skips it).
    base = ["x509", "-inform", inform, "-noout"]
    out = openssl(*base, "-fingerprint", "-sha1", "-serial", "-startdate", "-enddate", "-subject", "-issuer",
                  "-nameopt", "RFC2253", "-ext", "subjectAltName", "-text", data=first)
    if out is None:
        return None
    f = {}
    lines = out.splitlines()
    for k, line in enumerate(lines):
        key, _, val = line.partition("=")
        if line.startswith("X509v3 Subject Alternative Name"):
            f.setdefault("san", lines[k + 1].strip())
        elif key in ("sha1 Fingerprint", "SHA1 Fingerprint", "serial", "notBefore", "notAfter", "subject", "issuer"):
            f.setdefault(key.split()[-1].lower(), val)
    text = out
    sha256 = openssl(*base, "-fingerprint", "-sha256", data=first).strip().partition("=")[2]
    if inform == "DER":
        count = 1
    else:
        # storeutl exits non-zero when it stops at a broken block, after counting the good ones
        p = subprocess.run(["openssl", "storeutl", "-noout", "-certs", "/dev/stdin"], input=count_data,
                           capture_output=True)
        m = re.search(r"Total found: (\d+)", p.stdout.decode())
        count = int(m.group(1)) if m else 0
    dns, ips = [], []
    for item in filter(None, (x.strip() for x in f.get("san", "").split(","))):
        if item.startswith("DNS:"):
            dns.append(item[4:])
        elif item.startswith("IP Address:"):
            ips.append(ipaddress.ip_address(item[len("IP Address:"):]).compressed)
    alg = re.search(r"Public Key Algorithm: (\S+)", text).group(1)
    bits = re.search(r"Public-Key: \((\d+) bit\)", text)
    curve = None
    if alg in ("rsaEncryption", "rsassaPss") and bits is None:
        # A key OpenSSL cannot decode (an empty BIT STRING): no size.
        key_algorithm, key_bits = "RSA", None
    elif alg in ("rsaEncryption", "rsassaPss"):
        # An RSA-PSS key (id-RSASSA-PSS) is an RSA key restricted to PSS signatures.
        key_algorithm, key_bits = "RSA", int(bits.group(1))
    elif alg == "id-ecPublicKey":
        key_algorithm, key_bits = "EC", int(bits.group(1))
        nist = re.search(r"NIST CURVE: (\S+)", text)
        oid = re.search(r"ASN1 OID: (\S+)", text)
        # explicit parameters (RFC 3279 ECParameters) name no curve
        # The contract names P-256, P-384 and P-521; other named curves go by OpenSSL's
        # short name for the OID (prime192v1, secp256k1), explicit parameters by none.
        if nist and nist.group(1) in ("P-256", "P-384", "P-521"):
            curve = nist.group(1)
        else:
            curve = oid.group(1) if oid else None
    elif alg == "ED25519":
        key_algorithm, key_bits = "Ed25519", 256
    elif alg == "ED448":
        key_algorithm, key_bits = "Ed448", 456
    elif alg == "dsaEncryption":
        key_algorithm, key_bits = "DSA", int(bits.group(1))
    else:
        key_algorithm, key_bits = alg, int(bits.group(1)) if bits else None
    nb, nb_ms = parse_time(f["notbefore"])
    na, na_ms = parse_time(f["notafter"])
    return {
        "count": count,
        "fingerprint": f["fingerprint"].lower(),
        "fingerprint_sha256": sha256.lower(),
        "subject": f["subject"],
        "issuer": f["issuer"],
        "serial": f["serial"].lower(),
        "not_before": nb,
        "not_after": na,
        "not_before_ms": nb_ms,
        "not_after_ms": na_ms,
        "common_name": last_cn(f["subject"]),
        "dns": dns,
        "ips": ips,
        "key_algorithm": key_algorithm,
        "key_bits": key_bits,
        "curve": curve,
        "signature_algorithm": re.search(r"Signature Algorithm: (\S+)", text).group(1),
        "extended_key_usage": extended_key_usage(openssl(*base, "-ext", "extendedKeyUsage", data=first) or ""),
    }


# extendedKeyUsage purposes by OpenSSL's long name (as `x509 -text` prints them) -> its short
# name, asked of OpenSSL itself (`asn1parse -genstr OID:SHORT` prints the long name).
EKU_SHORT = ["serverAuth", "clientAuth", "codeSigning", "emailProtection", "timeStamping", "OCSPSigning",
             "anyExtendedKeyUsage", "ipsecIKE", "msCodeInd", "msCodeCom", "msCTLSign", "msEFS", "msSGC",
             "nsSGC", "ipsecEndSystem", "ipsecTunnel", "ipsecUser", "dvcs", "secureShellClient",
             "secureShellServer"]
_EKU_LONG = {}


def eku_long_to_short():
    if not _EKU_LONG:
        for sn in EKU_SHORT:
            out = openssl("asn1parse", "-genstr", "OID:" + sn)
            if out:
                _EKU_LONG[out.rsplit(":", 1)[1].strip()] = sn
    return _EKU_LONG


def extended_key_usage(text):
    """The leaf's extendedKeyUsage as OpenSSL's short names (dotted where it has none), or None."""
    m = re.search(r"X509v3 Extended Key Usage:(?: critical)? *\n\s*(.*)\n", text)
    if not m:
        return None
    names = eku_long_to_short()
    return [names.get(p.strip(), p.strip()) for p in m.group(1).split(",")]


# ------------------------------------------------------------------ key facts


def key_encoding(raw):
    """(encoding, der) of a private-key file, or None when it holds no private key."""
    if is_der(raw):
        try:
            if raw[0] != 0x30:
                return None
            # skip the outer SEQUENCE header; an INTEGER first means PKCS#8, a SEQUENCE encrypted
            pos = 2 + (raw[1] & 0x7F if raw[1] & 0x80 else 0)
            return ("PKCS#8" if raw[pos] == 0x02 else "PKCS#8-encrypted"), True
        except IndexError:
            return None
    text = raw.decode("latin-1")
    m = re.search(r"-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----", text)
    if not m:
        return None
    label = m.group(1)
    if "Proc-Type: 4,ENCRYPTED" in text[m.end():m.end() + 200]:
        return "PEM-encrypted", False
    return {"RSA PRIVATE KEY": "PKCS#1", "EC PRIVATE KEY": "SEC1", "PRIVATE KEY": "PKCS#8",
            "ENCRYPTED PRIVATE KEY": "PKCS#8-encrypted"}[label], False


SHARED_KEY_CERT = {
    "names/key.pkcs8.pem": "names/wildcard.pem",
    "dates/key.pkcs8.pem": "dates/notafter-2099.pem",
    "chains/long-leaf.key.pem": "chains/long-leaf.pem",
}


def cert_for_key(path):
    if path in SHARED_KEY_CERT:
        return SHARED_KEY_CERT[path]
    d, base = os.path.split(path)
    if d == "ca":
        return "ca/" + base.replace(".key.pem", ".pem")
    if d == "mismatch":
        return None
    if d == "tampered":
        if base.startswith("ec-short"):
            return "ec-short/leaf.pem"
        if base.startswith("ec-p256"):
            return "ec-p256/leaf.pem"
        if base.startswith("ed25519"):
            return "ed25519/leaf.pem"
        return "rsa2048/leaf.pem"
    if d == "pem":
        return "rsa2048/leaf.pem"
    if os.path.exists(os.path.join(HERE, d, "leaf.pem")):
        return d + "/leaf.pem"
    return None


def key_facts(path, enc, der):
    encrypted = enc in ("PKCS#8-encrypted", "PEM-encrypted")
    cert = cert_for_key(path)
    matches = None
    if cert is not None:
        args = ["pkey", "-in", path, "-pubout"]
        if der:
            args += ["-inform", "DER"]
        if encrypted:
            args += ["-passin", "file:" + RIGHT]
        else:
            args += ["-passin", "pass:"]
        pub = openssl(*args, timeout=5)
        cert_pub = openssl("x509", "-in", cert, "-pubkey", "-noout")
        if pub is not None and cert_pub is not None:
            matches = pub == cert_pub
            if not matches:  # an EC key may keep a compressed point: compare uncompressed forms
                for_key = openssl("pkey", "-pubin", "-pubout", "-ec_conv_form", "uncompressed", data=pub.encode())
                for_cert = openssl("pkey", "-pubin", "-pubout", "-ec_conv_form", "uncompressed",
                                   data=cert_pub.encode())
                if for_key is not None and for_cert is not None:
                    matches = for_key == for_cert
    return {
        "encoding": enc,
        "der": der,
        "password_file": RIGHT if encrypted else None,
        "cert": cert,
        "openssl_pubkey_matches": matches,
    }


# ------------------------------------------------------------------ cases

CASES = []


def case(name, cert, key=None, pw=None, errors=(), warnings=(), km="auto", kmc="auto", note="", target=None):
    for r in (*errors, *warnings):
        assert r in REASONS, r
    if km == "auto":
        km = None if key is None else True
    if kmc == "auto":
        kmc = 1 if km is True else None
    for p in (cert, key, pw):
        assert p is None or os.path.exists(os.path.join(HERE, p)), p
    CASES.append({
        "name": name, "cert": cert, "key": key, "password_file": pw,
        "valid": not errors, "key_matches": km, "key_matches_certificate": kmc,
        "errors": sorted(set(errors), key=REASONS.index),
        "warnings": sorted(set(warnings), key=REASONS.index),
        "note": note,
    })
    if target is not None:
        CASES[-1]["target"] = target


def build_cases():
    # --- B. one leaf per key type, leaf + intermediate + root, with the key
    for bits in (512, 1024, 2048, 3072, 4096):
        for enc in ("pkcs1", "pkcs8"):
            errors, warnings, note = [], [], f"RSA {bits}, {enc.upper()} key, full chain"
            if bits < 1024:
                errors, note = ["WeakKey"], "RSA 512 is under 1024 bits: WeakKey is an error under every target"
            elif bits < 2048:
                warnings, note = ["WeakKey"], "RSA 1024 is under 2048 bits: WeakKey warning"
            case(f"rsa{bits}-{enc}", f"rsa{bits}/fullchain.pem", f"rsa{bits}/key.{enc}.pem",
                 errors=errors, warnings=warnings, note=note)
    case("rsa2048-no-key", "rsa2048/fullchain.pem", note="no key: KeyMatches null")
    case("rsa2048-leaf-only", "rsa2048/leaf.pem", "rsa2048/key.pkcs1.pem", warnings=["ChainIncomplete"],
         note="leaf alone: its issuer (the test intermediate) is neither in the input nor a Mozilla root")
    case("rsa2048-leaf-and-intermediate", "rsa2048/chain.pem", "rsa2048/key.pkcs1.pem",
         warnings=["ChainIncomplete"], note="leaf + intermediate: the test root is not a Mozilla root")
    case("rsa2048-der-cert", "rsa2048/leaf.der", "rsa2048/key.pkcs8.pem", warnings=["ChainIncomplete"],
         note="a DER certificate is accepted by the generic target")
    for d in ("ec-p256", "ec-p384", "ec-p521"):
        case(f"{d}-sec1", f"{d}/fullchain.pem", f"{d}/key.sec1.pem", note="SEC1 EC PRIVATE KEY")
        case(f"{d}-sec1-params", f"{d}/fullchain.pem", f"{d}/key.sec1-params.pem", warnings=["PemFormat"],
             note="EC PARAMETERS block before the SEC1 key, as `openssl ecparam -genkey` writes: skipped, "
             "with a PemFormat warning (never a silent skip)")
        case(f"{d}-sec1-no-public", f"{d}/fullchain.pem", f"{d}/key.sec1-no-public.pem",
             note="SEC1 without the optional publicKey: derive it from the scalar")
        case(f"{d}-pkcs8", f"{d}/fullchain.pem", f"{d}/key.pkcs8.pem", note="PKCS#8 PEM")
        case(f"{d}-pkcs8-der", f"{d}/fullchain.pem", f"{d}/key.pkcs8.der", note="PKCS#8 DER")
        case(f"{d}-pkcs8-encrypted", f"{d}/fullchain.pem", f"{d}/key.pkcs8-aes256.pem", RIGHT,
             note="PBES2 PBKDF2-HMAC-SHA256 AES-256-CBC, right password")
    case("ec-p256-sec1-compressed", "ec-p256/fullchain.pem", "ec-p256/key.sec1-compressed.pem",
         note="SEC1 whose embedded public key is a compressed point (02/03 || X)")
    case("ec-p256-pem-encrypted", "ec-p256/fullchain.pem", "ec-p256/key.pem-aes256.pem", RIGHT,
         note="legacy Proc-Type/DEK-Info AES-256-CBC around SEC1, right password")
    case("ec-p256-pem-encrypted-wrong-password", "ec-p256/fullchain.pem", "ec-p256/key.pem-aes256.pem", WRONG,
         errors=["WrongPassword"], km=None, note="legacy SEC1 encryption, wrong password")
    case("ec-p256-pkcs8-encrypted-wrong-password", "ec-p256/fullchain.pem", "ec-p256/key.pkcs8-aes256.pem",
         WRONG, errors=["WrongPassword"], km=None, note="PBES2, wrong password")
    case("ed25519-pkcs8", "ed25519/fullchain.pem", "ed25519/key.pkcs8.pem", note="Ed25519 PKCS#8 v1")
    case("ed25519-pkcs8-der", "ed25519/fullchain.pem", "ed25519/key.pkcs8.der", note="Ed25519 PKCS#8 DER")
    case("ed25519-pkcs8-v2", "ed25519/fullchain.pem", "ed25519/key.pkcs8-v2.pem",
         note="RFC 5958 OneAsymmetricKey v2 with the (right) [1] publicKey")
    case("ed25519-pkcs8-encrypted", "ed25519/fullchain.pem", "ed25519/key.pkcs8-aes256.pem", RIGHT,
         note="Ed25519 PBES2, right password")
    case("ed25519-pkcs8-encrypted-no-password", "ed25519/fullchain.pem", "ed25519/key.pkcs8-aes256.pem",
         errors=["EncryptedPrivateKey"], km=None, note="encrypted and no password")
    # unsupported key kinds
    for d, what in (("ec-secp256k1", "EC secp256k1"), ("ed448", "Ed448"), ("dsa2048", "DSA")):
        case(f"{d}-cert-only", f"{d}/fullchain.pem", errors=["UnsupportedKeyAlgorithm"],
             note=f"{what} certificate key is not RSA, P-256/384/521 or Ed25519")
        case(f"{d}-with-key", f"{d}/fullchain.pem", f"{d}/key.pkcs8.pem", errors=["UnsupportedKeyAlgorithm"],
             km=None, note=f"{what} certificate and key: the key cannot be opened, KeyMatches null")
    case("ec-secp256k1-sec1-key", "ec-secp256k1/fullchain.pem", "ec-secp256k1/key.sec1.pem",
         errors=["UnsupportedKeyAlgorithm"], km=None, note="secp256k1 SEC1 key")
    case("unsupported-key-for-rsa-cert", "rsa2048/fullchain.pem", "ed448/key.pkcs8.pem",
         errors=["UnsupportedKeyAlgorithm"], km=None, note="an Ed448 key given with an RSA certificate")

    # --- C/D. RSA 2048 key containers and passwords
    F = "rsa2048/fullchain.pem"
    case("rsa2048-pkcs8-der", F, "rsa2048/key.pkcs8.der", note="PKCS#8 DER")
    for k, what in (("key.pkcs8-aes256.pem", "PBES2 PBKDF2-HMAC-SHA256 AES-256-CBC"),
                    ("key.pkcs8-aes256.der", "PBES2 AES-256-CBC, DER EncryptedPrivateKeyInfo"),
                    ("key.pkcs8-aes128.pem", "PBES2 PBKDF2-HMAC-SHA256 AES-128-CBC"),
                    ("key.pkcs8-des3.pem", "PBES2 PBKDF2-HMAC-SHA256 DES-EDE3-CBC"),
                    ("key.pkcs8-scrypt.pem", "PBES2 scrypt (N=16384, r=8, p=1: 16 MiB) AES-256-CBC"),
                    ("key.pem-aes128.pem", "legacy Proc-Type/DEK-Info AES-128-CBC around PKCS#1"),
                    ("key.pem-aes192.pem", "legacy DEK-Info AES-192-CBC"),
                    ("key.pem-aes256.pem", "legacy DEK-Info AES-256-CBC"),
                    ("key.pem-des3.pem", "legacy DEK-Info DES-EDE3-CBC")):
        stem = k.replace("key.", "").replace(".pem", "").replace(".der", "-der")
        case(f"rsa2048-{stem}", F, f"rsa2048/{k}", RIGHT, note=f"{what}, right password")
        case(f"rsa2048-{stem}-wrong-password", F, f"rsa2048/{k}", WRONG, errors=["WrongPassword"], km=None,
             note=f"{what}, wrong password")
        case(f"rsa2048-{stem}-no-password", F, f"rsa2048/{k}", errors=["EncryptedPrivateKey"], km=None,
             note=f"{what}, no password")
    case("rsa2048-password-file-crlf", F, "rsa2048/key.pkcs8-aes256.pem", "passwords/right-crlf.txt",
         note="password file ends in CR LF: its first line without the line end is the password")
    case("rsa2048-password-file-no-newline", F, "rsa2048/key.pkcs8-aes256.pem", "passwords/right-no-newline.txt",
         note="password file without a line end")
    case("rsa2048-password-for-plain-key", F, "rsa2048/key.pkcs1.pem", RIGHT,
         note="a password given for an unencrypted key is not used (certvet's choice: no finding)")
    case("rsa4096-key-with-text", "rsa4096/fullchain.pem", "rsa4096/key.text.pem", warnings=["PemFormat"],
         note="`openssl rsa -text` dump before the key block (11 KB: over aws-acm's 5,120 bytes)")

    # --- mismatches
    case("mismatch-other-rsa-key", F, "mismatch/other-rsa2048.pkcs1.pem", errors=["KeyMismatch"], km=False,
         note="a consistent RSA key that belongs to no certificate of the input")
    case("mismatch-other-ec-key", "ec-p256/fullchain.pem", "mismatch/other-ec-p256.sec1.pem",
         errors=["KeyMismatch"], km=False, note="a consistent P-256 key of another certificate")
    case("mismatch-ec-key-rsa-cert", F, "ec-p256/key.sec1.pem", errors=["KeyMismatch"], km=False,
         note="EC key with an RSA certificate")
    case("mismatch-public-key-as-key", F, "rsa2048/pubkey.pem", errors=["KeyMismatch"], km=False,
         note="a PUBLIC KEY block given as the key: KeyMismatch (contract), KeyMatches false")
    case("mismatch-ed25519-public-key-as-key", "ed25519/fullchain.pem", "ed25519/pubkey.pem",
         errors=["KeyMismatch"], km=False, note="an Ed25519 PUBLIC KEY given as the key")
    case("cert-given-as-key", F, "rsa2048/leaf.pem", errors=["UnexpectedPemBlock"], km=None,
         note="a CERTIFICATE block where the key was expected")
    case("csr-given-as-key", F, "rsa2048/csr.pem", errors=["UnexpectedPemBlock"], km=None,
         note="a CERTIFICATE REQUEST where the key was expected")

    # --- A. chains by signature algorithm
    for d, what in (("ecdsa-p384", "P-256 leaf <- P-384 intermediate <- P-384 root (ecdsa-with-SHA384)"),
                    ("ecdsa-p521", "P-256 leaf <- P-521 root (ecdsa-with-SHA512)"),
                    ("ed25519", "Ed25519 leaf <- Ed25519 root"),
                    ("rsa-pss", "RSA leaf <- RSA root, both signed RSASSA-PSS SHA-256")):
        case(f"sigalg-{d}", f"sigalg/{d}/fullchain.pem", f"sigalg/{d}/key.pkcs8.pem",
             note=f"{what}: every signature verifies")
    case("sigalg-sha1", "sigalg/sha1/fullchain.pem", "sigalg/sha1/key.pkcs8.pem", warnings=["WeakSignature"],
         note="leaf signed sha1WithRSAEncryption by the intermediate")
    case("sigalg-sha1-leaf-only", "sigalg/sha1/leaf.pem", "sigalg/sha1/key.pkcs8.pem",
         warnings=["ChainIncomplete", "WeakSignature"], note="SHA-1 leaf alone")

    # --- E. chains
    K = "rsa2048/key.pkcs1.pem"
    case("chain-intermediate-first", "chains/chain-intermediate-first.pem", K, errors=["KeyMismatch", "ChainOrder"],
         km=False, kmc=2, note="intermediate, leaf, root: the report describes the intermediate; "
         "SuggestedOrder [2,1,3]; the key belongs to certificate 2")
    case("chain-intermediate-first-no-key", "chains/chain-intermediate-first.pem", errors=["ChainOrder"],
         note="intermediate, leaf, root without key: SuggestedOrder [2,1,3]")
    case("chain-reversed", "chains/chain-reversed.pem", K, errors=["KeyMismatch", "ChainOrder"], km=False, kmc=3,
         note="root, intermediate, leaf: SuggestedOrder [3,2,1]; the key belongs to certificate 3")
    case("chain-reversed-no-key", "chains/chain-reversed.pem", errors=["ChainOrder"],
         note="root, intermediate, leaf: SuggestedOrder [3,2,1]")
    case("chain-duplicate-intermediate", "chains/chain-duplicate-intermediate.pem", K, errors=["ChainOrder"],
         note="leaf, intermediate, intermediate, root: a duplicate; SuggestedOrder [1,2,4]")
    case("chain-unrelated-extra", "chains/chain-unrelated-extra.pem", K, errors=["ChainOrder"],
         note="leaf, intermediate, root, unrelated EC root: off the issuing path; SuggestedOrder [1,2,3]")
    case("chain-wrong-intermediate", "chains/chain-wrong-intermediate.pem", K, errors=["ChainSignatureInvalid"],
         note="leaf, impostor intermediate (same name and key id, other key), root: the leaf's signature "
         "does not verify with certificate 2")
    case("chain-expired-cross-signed", "chains/chain-expired-cross-signed.pem", K,
         warnings=["ChainMemberExpired", "ChainIncomplete"],
         note="leaf, intermediate, the root cross-signed by a legacy root and expired 2021-09-30; the legacy "
         "root is not in the input nor a Mozilla root")
    case("chain-key-matches-intermediate", "rsa2048/chain.pem", "ca/int-rsa.key.pem", errors=["KeyMismatch"],
         warnings=["ChainIncomplete"], km=False, kmc=2,
         note="leaf + intermediate with the intermediate's key: the key belongs to certificate 2")
    case("chain-key-matches-root", F, "ca/root-rsa.key.pem", errors=["KeyMismatch"], km=False, kmc=3,
         note="full chain with the root's key: the key belongs to certificate 3")
    # --- J. the chain cases of issue 21 (contract v1.1)
    for r, what in (("dsa", "a DSA root (dsa-with-SHA256)"), ("p192", "a P-192 root"),
                    ("explicit-ec", "an EC root with explicit curve parameters")):
        case(f"chain-{r}-root", f"chains/chain-{r}-root.pem", "ec-p256/key.pkcs8.pem",
             warnings=["SignatureNotChecked"],
             note=f"leaf issued by {what}, a kind certvet does not verify: SignedByNext null for the leaf, "
             "with SignatureNotChecked naming both certificates and the algorithm")
    case("chain-issuer-key-empty", "chains/chain-issuer-key-empty.pem", K, errors=["ChainSignatureInvalid"],
         warnings=["ChainIncomplete"],
         note="the intermediate's RSA key is an empty BIT STRING: the leaf names it as its issuer and its "
         "signature cannot verify with it (SignedByNext false); the root is missing")
    case("chain-ski-mismatch", "chains/chain-ski-mismatch.pem", K,
         note="the intermediate's subjectKeyIdentifier is not the leaf's authorityKeyIdentifier, but its key "
         "verifies the leaf's signature: SignedByNext true, no finding")
    case("chain-long-7", "chains/chain-long-7.pem", "chains/long-leaf.key.pem",
         note="leaf, five P-256 intermediates, RSA root: fine for generic (gcp: ChainTooLong)")

    # --- F. names
    NK = "names/key.pkcs8.pem"
    for f, what in (("no-cn", "no commonName, SAN only: CommonName null"),
                    ("several-cn", "three CNs: CommonName is the last, last.example.com"),
                    ("utf8-cn", "UTF8String CN with non-ASCII and a 4-byte character"),
                    ("bmpstring-cn", "every attribute a BMPString"),
                    ("wildcard", "CN and SAN *.example.com"),
                    ("san-150", "150 dNSNames"),
                    ("ip-sans", "IPv4 and IPv6 iPAddress SANs between DNS names"),
                    ("multi-valued-rdn", "CN=...+O=... in one RDN"),
                    ("special-chars-o", "O and OU needing RFC 4514 escapes"),
                    ("special-chars-cn", "CN needing RFC 4514 escapes, leading # and trailing space"),
                    ("email-in-subject", "emailAddress attribute in the subject"),
                    ("serial-high-bit", "16-byte serial with the high bit set (DER adds 00)")):
        case(f"names-{f}", f"names/{f}.pem", NK, note=what)

    # --- G. dates (check time 2026-01-01T00:00:00Z)
    DK = "dates/key.pkcs8.pem"
    case("dates-expired", "dates/expired.pem", DK, errors=["Expired"], note="2020-01-01 .. 2021-01-01")
    case("dates-not-yet-valid", "dates/not-yet-valid.pem", DK, errors=["NotYetValid"], note="2027-01-01 .. 2030-01-01")
    case("dates-notafter-equals-check-time", "dates/notafter-equals-check-time.pem", DK,
         note="notAfter == check time: valid (inclusive)")
    case("dates-notbefore-equals-check-time", "dates/notbefore-equals-check-time.pem", DK,
         note="notBefore == check time: valid (inclusive)")
    case("dates-notafter-2051", "dates/notafter-2051-generalized.pem", DK, note="GeneralizedTime notAfter 2051-06-01")
    case("dates-notafter-2099", "dates/notafter-2099.pem", DK, note="GeneralizedTime notAfter 2099-12-31T23:59:59Z")
    case("dates-notafter-9999", "dates/notafter-9999.pem", DK, note="notAfter 99991231235959Z (RFC 5280 no expiry)")
    case("dates-notbefore-after-notafter", "dates/notbefore-after-notafter.pem", DK, errors=["Expired", "NotYetValid"],
         note="notBefore 2027-01-01 after notAfter 2025-01-01, checked between: both comparisons fail")
    case("dates-notbefore-1949", "dates/notbefore-1949-generalized.pem", DK,
         note="GeneralizedTime notBefore 1949-12-31T23:59:59Z: negative StartTimeStamp")

    # --- H. PEM quirks (rsa2048 full chain)
    PK = "rsa2048/key.pkcs8.pem"
    for f, what in (("crlf", "CR LF line ends"), ("bom", "UTF-8 BOM"), ("crlf-bom", "BOM and CR LF"),
                    ("trailing-whitespace", "spaces and tabs at line ends"),
                    ("blank-line-in-body", "a blank line inside the leaf's base64"),
                    ("glued-end-begin", "-----END CERTIFICATE----------BEGIN CERTIFICATE----- on one line"),
                    ("text-between-blocks", "text between the blocks"),
                    ("trailing-text", "text after the last block"),
                    ("leading-text", "`openssl x509 -text` output before the blocks"),
                    ("pkcs12-bag-attributes", "`openssl pkcs12` Bag Attributes/subject=/issuer= lines"),
                    ("lines-76", "base64 lines of 76 columns"), ("lines-100", "base64 lines of 100 columns"),
                    ("size-limit-exact", "exactly 1 MiB (text after the blocks): at the limit, accepted")):
        case(f"pem-{f}", f"pem/{f}.pem", PK, warnings=["PemFormat"], note=what)
    case("pem-no-final-newline", "pem/no-final-newline.pem", PK, note="no line end after the last END line: fine")
    case("pem-truncated-last-block", "pem/truncated-last-block.pem", errors=["MalformedCertificate"],
         warnings=["ChainIncomplete"],
         note="the root's block has BEGIN and 9 body lines but no END; the chain as read ends at the "
         "intermediate, whose issuer is then missing")
    case("cert-spki-params-broken-string", "tampered/cert-spki-params-broken-string.pem", errors=["MalformedCertificate"],
         note="the leaf's SubjectPublicKeyInfo parameters are a constructed OCTET STRING whose segment overruns it "
         "(BER that OpenSSL refuses when it joins the segments): every certificate field null")
    case("pem-bad-base64", "pem/bad-base64.pem", errors=["MalformedCertificate"],
         note="a '!' in the leaf's base64: the leaf cannot be decoded, every certificate field null")
    case("pem-too-large", "pem/too-large.pem", errors=["InputTooLarge"],
         note="1 MiB + 1 byte: refused without reading further, certificate fields null")
    case("pem-empty", "pem/empty.pem", errors=["EmptyCertificate"], note="empty certificate file")
    case("pem-whitespace-only", "pem/whitespace-only.pem", errors=["EmptyCertificate"], note="only blanks and line ends")
    case("pem-key-as-cert", "rsa2048/key.pkcs1.pem", errors=["UnexpectedPemBlock"],
         note="an RSA PRIVATE KEY given as the certificate (inputs switched)")
    case("pem-csr-as-cert", "rsa2048/csr.pem", errors=["UnexpectedPemBlock"], note="a CERTIFICATE REQUEST as the certificate")
    case("pem-pubkey-as-cert", "rsa2048/pubkey.pem", errors=["UnexpectedPemBlock"], note="a PUBLIC KEY as the certificate")
    case("pem-key-crlf-bom", F, "pem/key-crlf-bom.pem", warnings=["PemFormat"], note="key file with BOM and CR LF")
    case("pem-key-bag-attributes", F, "pem/key-bag-attributes.pem", warnings=["PemFormat"],
         note="`openssl pkcs12` Bag Attributes text before the key")
    case("pem-key-size-limit-exact", F, "pem/key-size-limit-exact.pem", warnings=["PemFormat"],
         note="key file of exactly 64 KiB (text after the block): at the limit, accepted")
    case("pem-key-too-large", F, "pem/key-too-large.pem", errors=["InputTooLarge"], km=None,
         note="key file of 64 KiB + 1 byte")
    case("pem-key-empty", F, "pem/empty.pem", errors=["MalformedPrivateKey"], km=None,
         note="an empty key file given to check")
    case("pem-key-whitespace-only", F, "pem/whitespace-only.pem", errors=["MalformedPrivateKey"], km=None,
         note="a key file of blanks only, like an empty one")

    # --- I. tampered keys
    for f, what in (("rsa-bad-d", "d + 2: e*d != 1 mod (p-1); n, e, p, q and the CRT values are right"),
                    ("rsa-bad-p", "p + 2: p*q != n"),
                    ("rsa-bad-dp", "dP + 2 only: the CRT exponent disagrees with d mod (p-1)"),
                    ("rsa-bad-qinv", "qInv + 1 only: q*qInv != 1 mod p"),
                    ("rsa-foreign-pq", "n, e of the leaf; d, p, q, CRT values of another key")):
        case(f"tampered-{f}", F, f"tampered/{f}.pem", errors=["MalformedPrivateKey"], km=False,
             note=f"{what}: internally inconsistent, KeyMatches false (OpenSSL's pkey -pubout still "
             "derives the leaf's public key from n, e)")
    case("tampered-rsa-truncated", F, "tampered/rsa-truncated.pem", errors=["MalformedPrivateKey"], km=None,
         note="PKCS#1 DER cut short: does not decode")
    case("tampered-ec-p256-wrong-scalar", "ec-p256/fullchain.pem", "tampered/ec-p256-wrong-scalar.pem",
         errors=["MalformedPrivateKey"], km=False,
         note="the leaf's honest public point with another key's scalar: the embedded public key is not "
         "the one the secret derives")
    case("tampered-ec-p256-scalar-zero", "ec-p256/fullchain.pem", "tampered/ec-p256-scalar-zero.pem",
         errors=["MalformedPrivateKey"], km=None, note="scalar 0, no public key: not a valid key")
    case("tampered-ec-p256-scalar-ge-order", "ec-p256/fullchain.pem", "tampered/ec-p256-scalar-ge-order.pem",
         errors=["MalformedPrivateKey"], km=None, note="scalar n+1 (>= the group order), no public key")
    case("ec-short-sec1", "ec-short/fullchain.pem", "ec-short/key.sec1.pem",
         note="a P-256 key whose scalar starts with a zero octet, written at the full 32 octets")
    case("tampered-ec-short-scalar", "ec-short/fullchain.pem", "tampered/ec-short-scalar.pem",
         errors=["MalformedPrivateKey"], km=None,
         note="the same key with the privateKey OCTET STRING one octet short (31; RFC 5915 fixes 32): "
         "OpenSSL pads it, certvet refuses it")
    case("tampered-ed25519-v2-wrong-public", "ed25519/fullchain.pem", "tampered/ed25519-v2-wrong-public.pem",
         errors=["MalformedPrivateKey"], km=False,
         note="PKCS#8 v2 whose publicKey is another key's: not the one the seed derives")
    case("tampered-pbes2-zero-iterations", F, "tampered/pbes2-zero-iterations.pem", RIGHT,
         errors=["MalformedPrivateKey"], km=None,
         note="PBKDF2 iterationCount 0, outside RFC 8018's 1..MAX (certvet's choice: MalformedPrivateKey)")
    case("tampered-pbes2-unknown-prf", F, "tampered/pbes2-unknown-prf.pem", RIGHT, errors=["UnsupportedKeyAlgorithm"],
         km=None, note="PBKDF2 prf OID 1.2.840.113549.2.99 (unassigned): a scheme certvet does not take")
    case("tampered-pbes2-huge-iterations", F, "tampered/pbes2-huge-iterations.pem", RIGHT,
         errors=["InputTooLarge"], km=None,
         note="PBKDF2 2^30 iterations: over the cost limit (Limits::pbkdf2_iterations), refused before deriving")
    case("tampered-scrypt-huge-n", F, "tampered/scrypt-huge-n.pem", RIGHT, errors=["InputTooLarge"], km=None,
         note="scrypt N=2^30 (1 TiB): over the cost limit (Limits::scrypt_memory_bytes), refused before deriving")
    case("tampered-legacy-short-iv", F, "tampered/legacy-short-iv.pem", RIGHT, errors=["MalformedPrivateKey"],
         km=None, note="DEK-Info AES-128-CBC with an 8-byte IV")


def build_target_cases():
    """The contract's Targets table, one case per row x key type / encoding."""
    F, RIGHT = "rsa2048/fullchain.pem", "passwords/right.txt"
    enc = ["KeyEncodingNotAccepted"]
    alg = ["KeyAlgorithmNotAccepted"]
    t = "aliyun-slb"
    case("slb-rsa2048-pkcs1", F, "rsa2048/key.pkcs1.pem", target=t, note="what SLB takes: PKCS#1, 64 columns")
    case("slb-rsa1024-pkcs1", "rsa1024/fullchain.pem", "rsa1024/key.pkcs1.pem", warnings=["WeakKey"], target=t,
         note="1024 is on SLB's list; still a WeakKey warning")
    case("slb-rsa4096-pkcs1", "rsa4096/fullchain.pem", "rsa4096/key.pkcs1.pem", target=t)
    case("slb-rsa3072", "rsa3072/fullchain.pem", "rsa3072/key.pkcs1.pem", errors=alg, target=t,
         note="SLB takes RSA 1024, 2048, 4096 only")
    case("slb-rsa2048-pkcs8", F, "rsa2048/key.pkcs8.pem", errors=enc, target=t, note="SLB wants PKCS#1")
    case("slb-rsa2048-pkcs8-der", F, "rsa2048/key.pkcs8.der", errors=enc, target=t)
    case("slb-rsa2048-pkcs8-encrypted", F, "rsa2048/key.pkcs8-aes256.pem", RIGHT, errors=enc, target=t)
    case("slb-rsa2048-legacy-encrypted", F, "rsa2048/key.pem-aes128.pem", RIGHT, errors=enc, target=t)
    for d, k in (("ec-p256", "key.sec1.pem"), ("ec-p384", "key.sec1.pem"), ("ed25519", "key.pkcs8.pem")):
        case(f"slb-{d}", f"{d}/fullchain.pem", f"{d}/{k}", errors=alg, target=t, note="SLB takes RSA only")
    for q in ("crlf", "lines-76", "leading-text", "trailing-whitespace", "bom"):
        case(f"slb-pem-{q}", f"pem/{q}.pem", "rsa2048/key.pkcs1.pem", errors=["PemFormat"], target=t,
             note="every PemFormat finding is an error under aliyun-slb")
    case("slb-der-cert", "rsa2048/leaf.der", "rsa2048/key.pkcs1.pem", errors=["PemFormat"],
         warnings=["ChainIncomplete"], target=t, note="SLB takes PEM only")
    case("slb-reversed", "chains/chain-reversed.pem", "rsa2048/key.pkcs1.pem", errors=["ChainOrder", "KeyMismatch"],
         km=False, kmc=3, target=t, note="leaf last: fix reorders")
    t = "aws-acm"
    case("acm-rsa2048-pkcs8", F, "rsa2048/key.pkcs8.pem", target=t)
    case("acm-rsa2048-pkcs1", F, "rsa2048/key.pkcs1.pem", target=t)
    case("acm-rsa4096", "rsa4096/fullchain.pem", "rsa4096/key.pkcs8.pem", target=t)
    for d in ("ec-p256", "ec-p384", "ec-p521"):
        case(f"acm-{d}", f"{d}/fullchain.pem", f"{d}/key.pkcs8.pem", target=t)
    case("acm-ed25519", "ed25519/fullchain.pem", "ed25519/key.pkcs8.pem", errors=alg, target=t)
    case("acm-key-over-5120-bytes", "rsa4096/fullchain.pem", "rsa4096/key.text.pem", errors=["InputTooLarge"],
         warnings=["PemFormat"], target=t, note="ACM takes key files of at most 5,120 bytes")
    case("acm-encrypted", F, "rsa2048/key.pkcs8-aes256.pem", RIGHT, errors=enc, target=t)
    case("acm-der-key", F, "rsa2048/key.pkcs8.der", errors=enc, target=t)
    case("acm-der-cert", "rsa2048/leaf.der", "rsa2048/key.pkcs8.pem", errors=["PemFormat"],
         warnings=["ChainIncomplete"], target=t)
    t = "gcp"
    case("gcp-rsa2048", F, "rsa2048/key.pkcs8.pem", target=t)
    case("gcp-rsa1024", "rsa1024/fullchain.pem", "rsa1024/key.pkcs8.pem", errors=alg, warnings=["WeakKey"], target=t)
    case("gcp-ec-p384", "ec-p384/fullchain.pem", "ec-p384/key.pkcs8.pem", target=t)
    case("gcp-ec-p521", "ec-p521/fullchain.pem", "ec-p521/key.pkcs8.pem", errors=alg, target=t)
    case("gcp-ed25519", "ed25519/fullchain.pem", "ed25519/key.pkcs8.pem", errors=alg, target=t)
    case("gcp-chain-7", "chains/chain-long-7.pem", "chains/long-leaf.key.pem", errors=["ChainTooLong"], target=t,
         note="GCP takes at most 5 certificates")
    case("gcp-encrypted", F, "rsa2048/key.pem-aes256.pem", RIGHT, errors=enc, target=t)
    case("sample", "sample/chain.pem", "sample/key.pem", note="the README's bundled sample")


# ------------------------------------------------------------------ PKCS#12 and hosts

P12_PASSWORDS = {"pkcs12/empty-password.p12": None}


def pkcs12_facts(path):
    """OpenSSL's reading of a PKCS#12 file: protection, certificates in file order, the leaf
    (the certificate `-clcerts` gives: the one with the key's localKeyID), the key match."""
    raw = open(os.path.join(HERE, path), "rb").read()
    if raw.startswith(b"-----BEGIN"):
        import base64
        raw = base64.b64decode(b"".join(l for l in raw.splitlines() if not l.startswith(b"-----")))
    pw = P12_PASSWORDS.get(path, RIGHT)
    passin = ["-passin", "file:" + os.path.join(HERE, pw) if pw else "pass:"]

    def run(*args):
        p = subprocess.run(["openssl", "pkcs12", "-legacy", *passin, *args], input=raw, capture_output=True,
                           cwd=HERE)
        return p.returncode, p.stdout.decode(), p.stderr.decode()

    rc, _, info = run("-info", "-noout", "-nokeys")
    if rc != 0:
        return {"password_file": pw, "opens": False, "info": info.strip().splitlines()[:1]}
    _, certs, _ = run("-nokeys")
    _, leaf, _ = run("-nokeys", "-clcerts")
    _, key, _ = run("-nocerts", "-nodes")
    blocks = re.findall(r"-----BEGIN CERTIFICATE-----\n.*?-----END CERTIFICATE-----\n", certs, re.S)
    subjects = [openssl("x509", "-noout", "-subject", "-nameopt", "RFC2253", data=b.encode()).strip()[8:]
                for b in blocks]
    leaf_fp = openssl("x509", "-noout", "-fingerprint", "-sha1", data=leaf.encode()).strip().partition("=")[2]
    leaf_pub = openssl("x509", "-noout", "-pubkey", data=leaf.encode())
    key_pub = openssl("pkey", "-pubout", data=key.encode())
    wrong = subprocess.run(["openssl", "pkcs12", "-legacy", "-passin", "file:" + os.path.join(HERE, WRONG),
                            "-noout", "-info", "-nokeys"], input=raw, capture_output=True).returncode == 0
    return {
        "password_file": pw,
        "opens": True,
        "info": [l for l in info.strip().splitlines() if not l.startswith(("Certificate bag", "Bag Attributes"))
                 and not l.startswith("    ")],
        "subjects_in_file_order": subjects,
        "leaf_fingerprint": leaf_fp.lower(),
        "leaf_subject": openssl("x509", "-noout", "-subject", "-nameopt", "RFC2253",
                                data=leaf.encode()).strip()[8:],
        "key_matches_leaf": key_pub is not None and key_pub == leaf_pub,
        "wrong_password_opens": wrong,
    }


# (certificate, the name asked of certvet, the name asked of OpenSSL, note)
HOST_QUESTIONS = [
    ("names/wildcard.pem", "a.example.com", None, "*.example.com covers one label"),
    ("names/wildcard.pem", "A.Example.COM", None, "ASCII case is ignored"),
    ("names/wildcard.pem", "example.com", None, "an exact dNSName"),
    ("names/wildcard.pem", "a.b.example.com", None, "the wildcard covers one label only"),
    ("names/wildcard.pem", "other.org", None, ""),
    ("names/wildcard.pem", "192.0.2.1", None, "an IP literal is never covered by a dNSName"),
    ("names/ip-sans.pem", "192.0.2.1", None, "iPAddress"),
    ("names/ip-sans.pem", "2001:db8::1", None, "IPv6 iPAddress"),
    ("names/ip-sans.pem", "2001:DB8:0:0:0:0:0:1", None, "another spelling of the same IPv6 address"),
    ("names/ip-sans.pem", "192.0.2.2", None, ""),
    ("names/ip-sans.pem", "ip.example.com", None, "dNSName beside IP entries"),
    ("hosts/idn.pem", "bücher.example.com", "xn--bcher-kva.example.com", "IDNA: asked as a U-label"),
    ("hosts/idn.pem", "XN--BCHER-KVA.example.com", "xn--bcher-kva.example.com", "an A-label in capitals"),
    ("hosts/idn.pem", "www.café.example", "www.xn--caf-dma.example", "a wildcard over an IDN"),
    ("hosts/idn.pem", "api.example.com", None, ""),
    ("hosts/idn.pem", "idn.example.com", None, "the commonName only"),
    ("hosts/cn-only.pem", "cn-only.example.com", None,
     "no subjectAltName: OpenSSL falls back to the commonName, the contract never does"),
]


def host_facts():
    out = []
    for cert, name, asked, note in HOST_QUESTIONS:
        asked = asked or name
        try:
            ip = ipaddress.ip_address(asked)
        except ValueError:
            ip = None
        flag = ["-checkip", str(ip)] if ip else ["-checkhost", asked]
        text = openssl("x509", "-in", cert, "-noout", *flag)
        openssl_covered = "does match" in text and "NOT" not in text
        covered = openssl_covered and cert != "hosts/cn-only.pem"
        out.append({"cert": cert, "name": name, "openssl_name": asked, "openssl_covered": openssl_covered,
                    "covered": covered, "note": note})
    return out


# ------------------------------------------------------------------ main


def files():
    # cert/ has its own script (make.sh, craft.py) and tests; it is not listed here.
    skip_dirs = {"passwords", "cert"}
    for root, dirs, names in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d not in skip_dirs and not d.startswith("."))
        for n in sorted(names):
            if n.endswith((".pem", ".der")):
                yield os.path.relpath(os.path.join(root, n), HERE)


def main():
    def one(path):
        raw = open(os.path.join(HERE, path), "rb").read()
        if is_der(raw):
            enc = key_encoding(raw) if "key" in os.path.basename(path) else None
        else:
            enc = key_encoding(raw) if "CERTIFICATE" not in raw.decode("latin-1") else None
        if enc is not None:
            return "key", path, key_facts(path, *enc)
        try:
            return "cert", path, cert_facts(path)
        except ValueError:
            # OpenSSL prints what it cannot decode (an odd-length iPAddress, a bad time)
            # in words; such a file is left out, like one OpenSSL does not read at all.
            return "cert", path, None

    certs, keys = {}, {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        for kind, path, facts in pool.map(one, sorted(files())):
            if facts is None:
                continue
            (keys if kind == "key" else certs)[path] = facts
    build_cases()
    build_target_cases()
    pkcs12 = {p: pkcs12_facts(p) for p in sorted(
        os.path.relpath(os.path.join(HERE, "pkcs12", n), HERE)
        for n in os.listdir(os.path.join(HERE, "pkcs12")) if n.endswith((".p12", ".p12.pem")))}
    manifest = {"check_time": CHECK_TIME, "certs": certs, "keys": keys, "cases": CASES,
                "pkcs12": pkcs12, "hosts": host_facts()}
    out = os.path.join(HERE, "manifest.json")
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
    if text != old:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"manifest.json: {len(certs)} certificate files, {len(keys)} keys, {len(CASES)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
