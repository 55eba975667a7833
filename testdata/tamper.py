#!/usr/bin/env python3
"""DER surgery on private keys for certvet's test fixtures (stdlib only).

Called by gen.sh. Each sub-command reads one or two existing key files and writes a
hand-built key whose parts disagree, or whose encryption parameters are hostile:

  rsa MODE KEY.pkcs1.pem OUT [OTHER.pkcs1.pem]
      MODE: bad-d (d+2: e*d != 1 mod p-1), bad-p (p+2: p*q != n), bad-dp (dP+2 only),
            bad-qinv (qInv+1 only), foreign-pq (n,e of KEY; d,p,q,dP,dQ,qInv of OTHER),
            truncated (the DER cut short by 40 bytes)
  ec MODE KEY.sec1.pem OUT [OTHER.sec1.pem]
      MODE: wrong-scalar (KEY's honest public point, OTHER's scalar),
            scalar-zero (scalar 0, no public key), scalar-ge-order (scalar n+1, no public key),
            short-scalar (the privateKey OCTET STRING without its leading zero octets: the
            same number, shorter than RFC 5915's fixed length; the public key kept)
  ec-p256-from-scalar TEXT OUT
      a SEC1 P-256 key (no public key) whose scalar is 00 || the first 31 octets of
      SHA-256(TEXT): a fixed key whose privateKey field can be written one octet short
  spki-empty-bitstring CERT.pem OUT
      the certificate with its SubjectPublicKeyInfo's BIT STRING emptied (03 01 00): a
      public key that does not decode; the rest, signature included, kept
  spki-params-broken-string CERT.pem OUT
      the certificate with its SubjectPublicKeyInfo's algorithm parameters (NULL) replaced
      by a constructed OCTET STRING whose one segment claims 5 octets and holds 2
      (24 04 04 05 00 00): BER OpenSSL's d2i_X509 refuses when it joins the segments
  ed25519-v2 KEY.pkcs8.pem PUB.spki.pem OUT
      a PKCS#8 v2 OneAsymmetricKey (RFC 5958) holding KEY's seed and PUB's public key
  pbes2 MODE ENC.pkcs8.pem OUT
      MODE: zero-iterations, unknown-prf, huge-iterations (2^30); salt, IV and
      ciphertext are kept from ENC (they need not decrypt)
  scrypt-huge-n ENC.scrypt.pem OUT     scrypt with N = 2^30
  legacy-short-iv ENC.legacy.pem OUT   DEK-Info IV cut to 8 bytes
"""

import base64
import re
import sys

# ---------------------------------------------------------------- DER basics


def read_tlv(buf, pos):
    """Return (tag, content_start, content_end) of the TLV at pos (definite lengths)."""
    tag = buf[pos]
    pos += 1
    first = buf[pos]
    pos += 1
    if first < 0x80:
        length = first
    else:
        n = first & 0x7F
        length = int.from_bytes(buf[pos:pos + n], "big")
        pos += n
    return tag, pos, pos + length


def children(buf):
    """Split the content of a constructed value into a list of (tag, whole_tlv, content)."""
    out = []
    pos = 0
    while pos < len(buf):
        tag, start, end = read_tlv(buf, pos)
        out.append((tag, buf[pos:end], buf[start:end]))
        pos = end
    return out


def enc_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + enc_len(len(content)) + content


def seq(*items):
    return tlv(0x30, b"".join(items))


def integer(value):
    if value == 0:
        return tlv(0x02, b"\x00")
    b = value.to_bytes((value.bit_length() + 8) // 8, "big")  # room for the sign bit
    return tlv(0x02, b)


def octet(b):
    return tlv(0x04, b)


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(chunk))
    return tlv(0x06, body)


def unseq(der):
    """Children of a top-level SEQUENCE."""
    tag, start, end = read_tlv(der, 0)
    assert tag == 0x30, "not a SEQUENCE"
    return children(der[start:end])


def to_int(content):
    return int.from_bytes(content, "big", signed=True)


# ---------------------------------------------------------------- PEM basics


def read_pem(path):
    """Return (label, headers_text, der) of the first PEM block in path."""
    text = open(path, "r", encoding="ascii").read()
    m = re.search(r"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", text, re.S)
    assert m, f"no PEM block in {path}"
    label, body = m.group(1), m.group(2)
    headers = ""
    if ":" in body.split("\n\n")[0] and "\n\n" in body:
        headers, body = body.split("\n\n", 1)
        headers += "\n\n"
    return label, headers, base64.b64decode("".join(body.split()))


def write_pem(path, label, der, headers=""):
    b64 = base64.b64encode(der).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(f"-----BEGIN {label}-----\n{headers}" + "\n".join(lines) + f"\n-----END {label}-----\n")


# ---------------------------------------------------------------- RSA


def rsa(mode, key_path, out, other_path=None):
    label, _, der = read_pem(key_path)
    assert label == "RSA PRIVATE KEY"
    f = [to_int(c) for _, _, c in unseq(der)]
    version, n, e, d, p, q, dp, dq, qinv = f
    if mode == "bad-d":
        d += 2
    elif mode == "bad-p":
        p += 2
    elif mode == "bad-dp":
        dp += 2
    elif mode == "bad-qinv":
        qinv = (qinv + 1) % p
    elif mode == "foreign-pq":
        _, _, oder = read_pem(other_path)
        of = [to_int(c) for _, _, c in unseq(oder)]
        d, p, q, dp, dq, qinv = of[3:9]
    elif mode == "truncated":
        write_pem(out, label, der[:-40])
        return
    else:
        raise SystemExit(f"unknown rsa mode {mode}")
    write_pem(out, label, seq(*(integer(x) for x in (version, n, e, d, p, q, dp, dq, qinv))))


# ---------------------------------------------------------------- EC (SEC1, RFC 5915)

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def ec(mode, key_path, out, other_path=None):
    label, _, der = read_pem(key_path)
    assert label == "EC PRIVATE KEY"
    parts = unseq(der)
    version, scalar, rest = parts[0][1], parts[1][2], parts[2:]
    params = [whole for tag, whole, _ in rest if tag == 0xA0]
    public = [whole for tag, whole, _ in rest if tag == 0xA1]
    if mode == "wrong-scalar":
        _, _, oder = read_pem(other_path)
        other_scalar = unseq(oder)[1][2]
        assert len(other_scalar) == len(scalar)
        body = version + octet(other_scalar) + b"".join(params) + b"".join(public)
    elif mode == "scalar-zero":
        body = version + octet(bytes(len(scalar))) + b"".join(params)
    elif mode == "short-scalar":
        short = scalar.lstrip(b"\x00")
        assert len(short) < len(scalar), "the scalar has no leading zero octet"
        body = version + octet(short) + b"".join(params) + b"".join(public)
    elif mode == "scalar-ge-order":
        assert len(scalar) == 32, "scalar-ge-order is written for P-256"
        body = version + octet((P256_ORDER + 1).to_bytes(32, "big")) + b"".join(params)
    else:
        raise SystemExit(f"unknown ec mode {mode}")
    write_pem(out, label, tlv(0x30, body))


OID_P256 = "1.2.840.10045.3.1.7"


def ec_p256_from_scalar(text, out):
    import hashlib
    scalar = b"\x00" + hashlib.sha256(text.encode()).digest()[:31]
    assert 0 < int.from_bytes(scalar, "big") < P256_ORDER
    write_pem(out, "EC PRIVATE KEY", seq(integer(1), octet(scalar), tlv(0xA0, oid(OID_P256))))


# ---------------------------------------------------------------- certificates


def with_spki(cert_path, out, change):
    """The certificate with its SubjectPublicKeyInfo's children (algorithm, key) replaced
    by `change(children)`, which returns the new SPKI contents; the signature is kept."""
    label, _, der = read_pem(cert_path)
    assert label == "CERTIFICATE"
    tbs, sig_alg, sig = (whole for _, whole, _ in unseq(der))
    fields = unseq(tbs)
    # version [0], serial, signature, issuer, validity, subject, subjectPublicKeyInfo, ...
    k = 6 if fields[0][0] == 0xA0 else 5
    fields[k] = (0x30, seq(*change(children(fields[k][2]))), None)
    write_pem(out, label, seq(seq(*(whole for _, whole, _ in fields)), sig_alg, sig))


def spki_empty_bitstring(cert_path, out):
    def change(spki):
        assert spki[1][0] == 0x03, "not a BIT STRING"
        return spki[0][1], tlv(0x03, b"\x00")

    with_spki(cert_path, out, change)


def spki_params_broken_string(cert_path, out):
    def change(spki):
        alg = children(spki[0][2])
        assert alg[0][0] == 0x06 and alg[1][1] == b"\x05\x00", "parameters are not NULL"
        return seq(alg[0][1], bytes.fromhex("240404050000")), spki[1][1]

    with_spki(cert_path, out, change)


# ---------------------------------------------------------------- Ed25519 PKCS#8 v2 (RFC 5958)


def ed25519_v2(key_path, pub_path, out):
    label, _, der = read_pem(key_path)
    assert label == "PRIVATE KEY"
    parts = unseq(der)
    alg, private = parts[1][1], parts[2][1]
    plabel, _, spki = read_pem(pub_path)
    assert plabel == "PUBLIC KEY"
    bitstring = unseq(spki)[1][2]  # 00 || 32-byte public key
    assert len(bitstring) == 33 and bitstring[0] == 0
    # publicKey [1] IMPLICIT BIT STRING: primitive context tag 1 = 0x81
    write_pem(out, label, seq(integer(1), alg, private, tlv(0x81, bitstring)))


# ---------------------------------------------------------------- PBES2 / scrypt (RFC 8018, 7914)

OID_PBES2 = "1.2.840.113549.1.5.13"
OID_PBKDF2 = "1.2.840.113549.1.5.12"
OID_HMAC_SHA256 = "1.2.840.113549.2.9"
OID_UNKNOWN_PRF = "1.2.840.113549.2.99"  # unassigned arc next to the hmacWithSHA* OIDs
NULL = b"\x05\x00"


def split_pbes2(der):
    """Return (kdf_oid_tlv, kdf_params_children, enc_scheme_tlv, encrypted_data_tlv)."""
    top = unseq(der)
    alg = children(top[0][2])  # OID pbes2, params
    pbes2_params = children(alg[1][2])  # keyDerivationFunc, encryptionScheme
    kdf = children(pbes2_params[0][2])  # OID, params
    kdf_params = children(kdf[1][2])
    return kdf[0][1], kdf_params, pbes2_params[1][1], top[1][1]


def rebuild(kdf_oid_tlv, kdf_params, enc_scheme, data):
    kdf = seq(kdf_oid_tlv, seq(*kdf_params))
    return seq(seq(oid(OID_PBES2), seq(kdf, enc_scheme)), data)


def pbes2(mode, key_path, out):
    label, _, der = read_pem(key_path)
    assert label == "ENCRYPTED PRIVATE KEY"
    kdf_oid, kp, enc_scheme, data = split_pbes2(der)
    assert kdf_oid == oid(OID_PBKDF2), "input must be PBKDF2-based"
    salt = kp[0][1]
    # optional keyLength INTEGER and optional prf SEQUENCE follow salt and iterations
    key_len = [whole for tag, whole, _ in kp[2:] if tag == 0x02]
    if mode == "zero-iterations":
        params = [salt, integer(0), *key_len, seq(oid(OID_HMAC_SHA256), NULL)]
    elif mode == "unknown-prf":
        params = [salt, integer(2048), *key_len, seq(oid(OID_UNKNOWN_PRF), NULL)]
    elif mode == "huge-iterations":
        params = [salt, integer(1 << 30), *key_len, seq(oid(OID_HMAC_SHA256), NULL)]
    else:
        raise SystemExit(f"unknown pbes2 mode {mode}")
    write_pem(out, label, rebuild(kdf_oid, params, enc_scheme, data))


OID_SCRYPT = "1.3.6.1.4.1.11591.4.11"


def scrypt_huge_n(key_path, out):
    label, _, der = read_pem(key_path)
    assert label == "ENCRYPTED PRIVATE KEY"
    kdf_oid, kp, enc_scheme, data = split_pbes2(der)
    assert kdf_oid == oid(OID_SCRYPT), "input must be scrypt-based"
    salt, _n, r, p = kp[0][1], kp[1], kp[2][1], kp[3][1]
    rest = [whole for _, whole, _ in kp[4:]]
    write_pem(out, label, rebuild(kdf_oid, [salt, integer(1 << 30), r, p, *rest], enc_scheme, data))


def legacy_short_iv(key_path, out):
    text = open(key_path, encoding="ascii").read()
    m = re.search(r"DEK-Info: ([A-Z0-9-]+),([0-9A-F]+)", text)
    assert m, "no DEK-Info"
    short = m.group(2)[:16]  # 8 bytes instead of the cipher's 16
    text = text.replace(m.group(0), f"DEK-Info: {m.group(1)},{short}")
    with open(out, "w", encoding="ascii", newline="\n") as f:
        f.write(text)


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "rsa":
        rsa(*args)
    elif cmd == "ec":
        ec(*args)
    elif cmd == "ec-p256-from-scalar":
        ec_p256_from_scalar(*args)
    elif cmd == "spki-empty-bitstring":
        spki_empty_bitstring(*args)
    elif cmd == "spki-params-broken-string":
        spki_params_broken_string(*args)
    elif cmd == "ed25519-v2":
        ed25519_v2(*args)
    elif cmd == "pbes2":
        pbes2(*args)
    elif cmd == "scrypt-huge-n":
        scrypt_huge_n(*args)
    elif cmd == "legacy-short-iv":
        legacy_short_iv(*args)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
