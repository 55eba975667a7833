#!/bin/sh
# Certificates for the unit tests of src/chain.rs and src/signature.rs.
# Made with the openssl CLI (3.0); `openssl ca` is used for fixed validity dates.
# Check time used by the tests: 2025-06-01T00:00:00Z (1748736000).
# Re-run only when forced: the tests pin what these files contain.
set -eu
cd "$(dirname "$0")"
if [ -e root.pem ] && [ "${FORCE:-}" != 1 ]; then
    echo "gen.sh: certificates exist; FORCE=1 $0 rewrites them all" >&2
    exit 1
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

cat > "$W/ca.cnf" <<'CNF'
[ ca ]
default_ca = tca
[ tca ]
database = $ENV::W/index.txt
new_certs_dir = $ENV::W
serial = $ENV::W/serial
policy = any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ any ]
commonName = optional
organizationName = optional
countryName = optional
[ req ]
distinguished_name = dn
prompt = no
string_mask = $ENV::MASK
[ dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_leaf ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:leaf.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_leaf_noaki ]
basicConstraints = critical, CA:false
subjectAltName = DNS:leaf.example.com
subjectKeyIdentifier = none
authorityKeyIdentifier = none
CNF
MASK=utf8only
export W MASK
: > "$W/index.txt"
echo 1000 > "$W/serial"

# key NAME ALG [pkeyopts...]
key() {
    n=$1; shift; a=$1; shift
    set -- $(for o in "$@"; do printf -- '-pkeyopt %s ' "$o"; done)
    openssl genpkey -algorithm "$a" "$@" -out "$W/$n.key" 2>/dev/null
}
# cert NAME SUBJECT KEY ISSUER_CERT|self ISSUER_KEY EXT START END [ca options...]
cert() {
    n=$1 subj=$2 k=$3 icert=$4 ikey=$5 ext=$6 start=$7 end=$8; shift 8
    openssl req -new -config "$W/ca.cnf" -key "$W/$k.key" -subj "$subj" -out "$W/$n.csr"
    if [ "$icert" = self ]; then
        openssl ca -batch -config "$W/ca.cnf" -selfsign -keyfile "$W/$ikey.key" \
            -in "$W/$n.csr" -out "$W/$n.tmp" -extensions "$ext" -startdate "$start" \
            -enddate "$end" -notext -preserveDN "$@" 2>/dev/null
    else
        openssl ca -batch -config "$W/ca.cnf" -cert "$icert.pem" -keyfile "$W/$ikey.key" \
            -in "$W/$n.csr" -out "$W/$n.tmp" -extensions "$ext" -startdate "$start" \
            -enddate "$end" -notext -preserveDN "$@" 2>/dev/null
    fi
    openssl x509 -in "$W/$n.tmp" -out "$n.pem"
}

# RSA-2048 root -> RSA-2048 intermediate -> P-256 leaf, SHA-256 throughout.
key root RSA rsa_keygen_bits:2048
key int RSA rsa_keygen_bits:2048
key leaf EC ec_paramgen_curve:P-256
cert root "/O=Example/CN=Example Root CA" root self root v3_ca 20200101000000Z 20400101000000Z -md sha256
cert int "/O=Example/CN=Example Intermediate CA" int root root v3_ca 20200101000000Z 20350101000000Z -md sha256
cert leaf "/CN=leaf.example.com" leaf int int v3_leaf 20250101000000Z 20260101000000Z -md sha256

# Same name as the intermediate, another key (a "wrong intermediate").
key int2 RSA rsa_keygen_bits:2048
cert int-samename "/O=Example/CN=Example Intermediate CA" int2 root root v3_ca 20200101000000Z 20350101000000Z -md sha256
# A leaf without AKI signed by the other-key intermediate (name matches int, key does not).
cert leaf-noaki-by-int2 "/CN=noaki.example.com" leaf int-samename int2 v3_leaf_noaki 20250101000000Z 20260101000000Z -md sha256

# The intermediate's key under a name that differs from its subject only in case, spacing
# and string type (PrintableString): equal under RFC 5280 section 7.1 comparison, not byte-equal.
MASK=default cert int-variant-name "/O=EXAMPLE/CN=Example  intermediate CA " int root root v3_ca 20200101000000Z 20350101000000Z -md sha256

# A second self-signed root of the same name with another key (a rekeyed root).
cert root-rekeyed "/O=Example/CN=Example Root CA" int2 self int2 v3_ca 20200101000000Z 20400101000000Z -md sha256

# Unrelated self-signed CA.
key other EC ec_paramgen_curve:P-256
cert other-ca "/CN=Other CA" other self other v3_ca 20200101000000Z 20400101000000Z -md sha256

# Expired cross-sign: the root's name and key, issued by an old root (2015-2020).
key oldroot RSA rsa_keygen_bits:2048
cert oldroot "/CN=Old Root CA" oldroot self oldroot v3_ca 20100101000000Z 20200101000000Z -md sha256
cert root-cross-expired "/O=Example/CN=Example Root CA" root oldroot oldroot v3_ca 20150101000000Z 20200101000000Z -md sha256

# Leaves signed with SHA-1 and MD5 by the intermediate.
cert leaf-sha1 "/CN=sha1.example.com" leaf int int v3_leaf 20250101000000Z 20260101000000Z -md sha1
cert leaf-md5 "/CN=md5.example.com" leaf int int v3_leaf 20250101000000Z 20260101000000Z -md md5
# Leaves signed with SHA-384 and SHA-512 (RSA PKCS#1 v1.5).
cert leaf-rsa-sha384 "/CN=sha384.example.com" leaf int int v3_leaf 20250101000000Z 20260101000000Z -md sha384
cert leaf-rsa-sha512 "/CN=sha512.example.com" leaf int int v3_leaf 20250101000000Z 20260101000000Z -md sha512

# Signers of other kinds, each self-signed, each signing one leaf.
key p256 EC ec_paramgen_curve:P-256
cert p256-ca "/CN=P-256 CA" p256 self p256 v3_ca 20200101000000Z 20400101000000Z -md sha256
cert leaf-by-p256 "/CN=p256.example.com" leaf p256-ca p256 v3_leaf 20250101000000Z 20260101000000Z -md sha256
cert leaf-by-p256-sha384 "/CN=p256-sha384.example.com" leaf p256-ca p256 v3_leaf 20250101000000Z 20260101000000Z -md sha384
key p384 EC ec_paramgen_curve:P-384
cert p384-ca "/CN=P-384 CA" p384 self p384 v3_ca 20200101000000Z 20400101000000Z -md sha384
cert leaf-by-p384 "/CN=p384.example.com" leaf p384-ca p384 v3_leaf 20250101000000Z 20260101000000Z -md sha384
key p521 EC ec_paramgen_curve:P-521
cert p521-ca "/CN=P-521 CA" p521 self p521 v3_ca 20200101000000Z 20400101000000Z -md sha512
cert leaf-by-p521 "/CN=p521.example.com" leaf p521-ca p521 v3_leaf 20250101000000Z 20260101000000Z -md sha512
cert leaf-by-p521-sha256 "/CN=p521-sha256.example.com" leaf p521-ca p521 v3_leaf 20250101000000Z 20260101000000Z -md sha256
key ed ED25519
cert ed25519-ca "/CN=Ed25519 CA" ed self ed v3_ca 20200101000000Z 20400101000000Z
cert leaf-by-ed25519 "/CN=ed25519.example.com" leaf ed25519-ca ed v3_leaf 20250101000000Z 20260101000000Z
# RSA-PSS: an rsaEncryption key signing with PSS (SHA-256, salt 32), and an id-RSASSA-PSS key
# signing with its defaults (SHA-384 restrictions in the key, salt 48).
key pss RSA rsa_keygen_bits:2048
cert pss-ca "/CN=PSS CA" pss self pss v3_ca 20200101000000Z 20400101000000Z -md sha256 \
    -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
cert leaf-by-pss "/CN=pss.example.com" leaf pss-ca pss v3_leaf 20250101000000Z 20260101000000Z -md sha256 \
    -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
key pssk RSA-PSS rsa_keygen_bits:2048 rsa_pss_keygen_md:sha384 rsa_pss_keygen_mgf1_md:sha384 rsa_pss_keygen_saltlen:48
cert pss-key-ca "/CN=PSS Key CA" pssk self pssk v3_ca 20200101000000Z 20400101000000Z -md sha384
cert leaf-by-pss-key "/CN=psskey.example.com" leaf pss-key-ca pssk v3_leaf 20250101000000Z 20260101000000Z -md sha384
# RSA-1024 and RSA-8200 (over the rsa crate's default 8192-bit cap) signers.
key rsa1024 RSA rsa_keygen_bits:1024
cert rsa1024-ca "/CN=RSA-1024 CA" rsa1024 self rsa1024 v3_ca 20200101000000Z 20400101000000Z -md sha256
cert leaf-by-rsa1024 "/CN=rsa1024.example.com" leaf rsa1024-ca rsa1024 v3_leaf 20250101000000Z 20260101000000Z -md sha256
key rsa8200 RSA rsa_keygen_bits:8200
cert rsa8200-ca "/CN=RSA-8200 CA" rsa8200 self rsa8200 v3_ca 20200101000000Z 20400101000000Z -md sha256
cert leaf-by-rsa8200 "/CN=rsa8200.example.com" leaf rsa8200-ca rsa8200 v3_leaf 20250101000000Z 20260101000000Z -md sha256

# A loop: "Loop A" issued by "Loop B" and "Loop B" issued by "Loop A" (each signed with the
# other's key, through throwaway self-signed issuers).
key loopa EC ec_paramgen_curve:P-256
key loopb EC ec_paramgen_curve:P-256
cert tmp-loopa "/CN=Loop A" loopa self loopa v3_ca 20200101000000Z 20400101000000Z -md sha256
cert tmp-loopb "/CN=Loop B" loopb self loopb v3_ca 20200101000000Z 20400101000000Z -md sha256
cert loop-a "/CN=Loop A" loopa tmp-loopb loopb v3_ca 20200101000000Z 20400101000000Z -md sha256
cert loop-b "/CN=Loop B" loopb tmp-loopa loopa v3_ca 20200101000000Z 20400101000000Z -md sha256
rm -f tmp-loopa.pem tmp-loopb.pem

# Record what OpenSSL says about each file: subject, issuer, signature algorithm, and
# whether `openssl verify -partial_chain` verifies it against the named issuer file.
say() {
    f=$1.pem
    printf '%s: subject=%s issuer=%s sig=%s' "$f" \
        "$(openssl x509 -in "$f" -noout -subject -nameopt RFC2253 | sed 's/^subject=//')" \
        "$(openssl x509 -in "$f" -noout -issuer -nameopt RFC2253 | sed 's/^issuer=//')" \
        "$(openssl x509 -in "$f" -noout -text | sed -n 's/^ *Signature Algorithm: //p' | head -n1 | tr -d ' ')"
    if [ $# -gt 1 ]; then
        if openssl verify -partial_chain -no_check_time -CAfile "$2.pem" "$f" >/dev/null 2>&1; then
            printf ' verify-with=%s:OK' "$2"
        else
            printf ' verify-with=%s:FAIL' "$2"
        fi
    fi
    printf '\n'
}
{
    say root root; say int root; say leaf int; say int-samename root
    say leaf-noaki-by-int2 int; say leaf-noaki-by-int2 int-samename; say other-ca other-ca; say root-rekeyed root-rekeyed; say root root-rekeyed
    say oldroot oldroot; say root-cross-expired oldroot; say leaf-sha1 int; say leaf-md5 int
    say leaf-rsa-sha384 int; say leaf-rsa-sha512 int; say int-variant-name root
    say p256-ca p256-ca; say leaf-by-p256 p256-ca; say leaf-by-p256-sha384 p256-ca
    say p384-ca p384-ca; say leaf-by-p384 p384-ca; say p521-ca p521-ca; say leaf-by-p521 p521-ca
    say leaf-by-p521-sha256 p521-ca; say ed25519-ca ed25519-ca; say leaf-by-ed25519 ed25519-ca
    say pss-ca pss-ca; say leaf-by-pss pss-ca; say pss-key-ca pss-key-ca
    say leaf-by-pss-key pss-key-ca; say rsa1024-ca rsa1024-ca; say leaf-by-rsa1024 rsa1024-ca
    say rsa8200-ca rsa8200-ca; say leaf-by-rsa8200 rsa8200-ca; say loop-a loop-b; say loop-b loop-a
} > openssl-says.txt

# lets-encrypt-r3.pem is not made here: it is the public Let's Encrypt R3 intermediate
# (SHA-256 fingerprint 67:ad:d1:16:...:3d:fd), issued by the Mozilla root ISRG Root X1;
# `openssl verify -no_check_time -CAfile ISRG_Root_X1.crt lets-encrypt-r3.pem` says OK.
