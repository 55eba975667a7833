#!/bin/sh
# Seeds made to reach code the corpora and fixtures did not (fuzz/README.md,
# "Coverage"). Run from the crate root; needs the openssl CLI (any 3.x).
# PKCS#12 files of testdata/rsa2048's leaf and key under the password the fuzz
# targets use, with the MAC digests no fixture has (SHA-224/384/512).
set -eu
out=fuzz/corpus/input_cert
for md in sha224 sha384 sha512; do
  openssl pkcs12 -export -inkey testdata/rsa2048/key.pkcs1.pem -in testdata/rsa2048/leaf.pem \
    -passout 'pass:correct horse' -macalg "$md" -keypbe AES-128-CBC -certpbe AES-128-CBC \
    -iter 1 -out "$out/seed-cov-p12-mac-$md.p12"
  chmod 644 "$out/seed-cov-p12-mac-$md.p12"
done
# An RSA PKCS#8 key whose rsaEncryption parameters are an empty OCTET STRING, not NULL.
python3 - <<'PY'
d = open("testdata/rsa2048/key.pkcs8.der", "rb").read()
alg = bytes.fromhex("06092a864886f70d0101010500")
i = d.index(alg)
open("fuzz/corpus/input_key/seed-cov-rsa-pkcs8-params-not-null.der", "wb").write(
    d[: i + 11] + b"\x04\x00" + d[i + 13 :]
)
PY
