#!/usr/bin/env python3
"""Rewrites a PKCS#12 file made by `openssl pkcs12 -export -certpbe NONE` into layouts
OpenSSL does not write itself, and recomputes its integrity MAC so that OpenSSL still
opens it (gen.sh checks that with `openssl pkcs12 -info`).

    pfx.py key-first IN OUT PASSWORD-FILE   the key's ContentInfo before the certificates'
    pfx.py reverse-certs IN OUT PASSWORD-FILE   the certificate bags in reverse order
    pfx.py pbmac1 IN OUT PASSWORD-FILE          the MAC replaced by RFC 9579 PBMAC1
                                                (HMAC-SHA-256, PBKDF2-HMAC-SHA-256)

Standard library only. The MAC is RFC 7292's: HMAC keyed by the PKCS#12 KDF (ID 3)
over the authSafe's contents, with the digest, salt and iterations the file names.
"""

import hashlib
import hmac
import sys


def tlv(buf, pos):
    """(tag, header length, contents length) of the DER element at pos."""
    tag = buf[pos]
    first = buf[pos + 1]
    if first < 0x80:
        return tag, 2, first
    n = first & 0x7F
    return tag, 2 + n, int.from_bytes(buf[pos + 2:pos + 2 + n], "big")


def children(buf):
    """The DER elements of a contents octet string, as byte strings."""
    out, pos = [], 0
    while pos < len(buf):
        _, h, n = tlv(buf, pos)
        out.append(buf[pos:pos + h + n])
        pos += h + n
    return out


def contents(elem):
    _, h, n = tlv(elem, 0)
    return elem[h:h + n]


def encode(tag, body):
    n = len(body)
    if n < 0x80:
        head = bytes([tag, n])
    else:
        size = n.to_bytes((n.bit_length() + 7) // 8, "big")
        head = bytes([tag, 0x80 | len(size)]) + size
    return head + body


DIGESTS = {
    bytes.fromhex("06052b0e03021a"): "sha1",
    bytes.fromhex("0609608648016503040201"): "sha256",
    bytes.fromhex("0609608648016503040202"): "sha384",
    bytes.fromhex("0609608648016503040203"): "sha512",
}


def pkcs12_kdf(name, password, salt, ident, rounds, length):
    """RFC 7292 appendix B.2."""
    h = hashlib.new(name)
    u, v = h.digest_size, h.block_size
    pw = (password.decode("utf-8").encode("utf-16-be") + b"\0\0") if password is not None else b""
    d = bytes([ident]) * v

    def fill(x):
        if not x:
            return b""
        n = v * ((len(x) + v - 1) // v)
        return (x * (n // len(x) + 1))[:n]

    i = fill(salt) + fill(pw)
    out = b""
    while len(out) < length:
        a = hashlib.new(name, d + i).digest()
        for _ in range(rounds - 1):
            a = hashlib.new(name, a).digest()
        out += a
        b = int.from_bytes((a * (v // u + 1))[:v], "big")
        blocks = [int.from_bytes(i[k:k + v], "big") for k in range(0, len(i), v)]
        i = b"".join(((x + b + 1) % (1 << (8 * v))).to_bytes(v, "big") for x in blocks)
    return out[:length]


def rewrite(src, mode, password):
    pfx = children(contents(src))
    version, auth_safe, mac_data = pfx
    # authSafe ContentInfo: SEQUENCE { OID data, [0] { OCTET STRING authSafes } }
    ci = children(contents(auth_safe))
    octets = contents(contents(ci[1]))
    infos = children(contents(octets))
    if mode == "key-first":
        infos = infos[::-1]
    elif mode == "reverse-certs":
        out = []
        for info in infos:
            parts = children(contents(info))
            inner = contents(contents(parts[1]))  # the id-data's SafeContents
            bags = children(contents(inner))
            cert_bag = bytes.fromhex("060b2a864886f70d010c0a0103")
            if len(bags) > 1 and all(children(contents(b))[0] == cert_bag for b in bags):
                bags = bags[::-1]
            safe = encode(0x30, b"".join(bags))
            info = encode(0x30, parts[0] + encode(0xA0, encode(0x04, safe)))
            out.append(info)
        infos = out
    else:
        raise SystemExit(f"unknown mode {mode}")
    new_octets = encode(0x30, b"".join(infos))
    new_auth_safe = encode(0x30, ci[0] + encode(0xA0, encode(0x04, new_octets)))
    # MacData: SEQUENCE { DigestInfo { AlgId, OCTET STRING }, salt, iterations }
    md = children(contents(mac_data))
    digest_info = children(contents(md[0]))
    alg = children(contents(digest_info[0]))[0]
    name = DIGESTS[alg]
    salt = contents(md[1])
    rounds = int.from_bytes(contents(md[2]), "big") if len(md) > 2 else 1
    key = pkcs12_kdf(name, password, salt, 3, rounds, hashlib.new(name).digest_size)
    mac = hmac.new(key, new_octets, name).digest()
    new_digest_info = encode(0x30, digest_info[0] + encode(0x04, mac))
    new_mac_data = encode(0x30, new_digest_info + b"".join(md[1:]))
    return encode(0x30, version + new_auth_safe + new_mac_data)


def pbmac1(src, password):
    """The same file with an RFC 9579 PBMAC1 MAC: HMAC-SHA-256 keyed by PBKDF2-HMAC-SHA-256
    (2048 iterations, a 32-byte key, a salt derived from the file) over the authSafe."""
    pfx = children(contents(src))
    version, auth_safe, _ = pfx
    octets = contents(contents(children(contents(auth_safe))[1]))
    salt = hashlib.sha256(src).digest()[:8]
    key = hashlib.pbkdf2_hmac("sha256", password, salt, 2048, 32)
    mac = hmac.new(key, octets, "sha256").digest()
    oid = lambda hexs: bytes.fromhex(hexs)
    hmac_sha256 = encode(0x30, oid("06082a864886f70d0209") + b"\x05\x00")
    pbkdf2_params = encode(0x30, encode(0x04, salt) + encode(0x02, (2048).to_bytes(2, "big"))
                           + encode(0x02, bytes([32])) + hmac_sha256)
    kdf = encode(0x30, oid("06092a864886f70d01050c") + pbkdf2_params)
    params = encode(0x30, kdf + hmac_sha256)
    alg = encode(0x30, oid("06092a864886f70d01050e") + params)
    digest_info = encode(0x30, alg + encode(0x04, mac))
    mac_data = encode(0x30, digest_info + encode(0x04, b"NOT USED") + encode(0x02, b"\x01"))
    return encode(0x30, version + auth_safe + mac_data)


def main():
    mode, src, dst, pwfile = sys.argv[1:5]
    password = open(pwfile, "rb").read().split(b"\n")[0].rstrip(b"\r")
    raw = open(src, "rb").read()
    data = pbmac1(raw, password) if mode == "pbmac1" else rewrite(raw, mode, password)
    open(dst, "wb").write(data)


if __name__ == "__main__":
    main()
