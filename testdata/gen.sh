#!/usr/bin/env bash
# Generates certvet's test fixtures with the OpenSSL 3.0 command line, then records
# OpenSSL's own answers about them in manifest.json (via manifest.py).
#
#   testdata/gen.sh           make what is missing (and whatever depends on it)
#   testdata/gen.sh --force   make everything anew
#
# A file is (re)made only when it is missing, when --force is given, or when a file it
# is made from was (re)made in this same run; so keys, and certificates with their
# randomised ECDSA signatures, stay the same from run to run and the script is
# idempotent. Dates are fixed through `openssl ca -startdate/-enddate`, serials are
# derived from the output path. The check time the tests use is 2026-01-01T00:00:00Z.
# Needs: bash, openssl 3.x, python3 (standard library only), sha1sum.
set -euo pipefail
cd "$(dirname "$0")"

FORCE=0
case "${1:-}" in
  --force) FORCE=1 ;;
  "") ;;
  *) echo "usage: $0 [--force]" >&2; exit 2 ;;
esac

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/db"
: >"$TMP/db/index.txt"

# Validity windows (openssl ca takes YYYYMMDDHHMMSSZ and encodes UTCTime before 2050).
CA_START=20240101000000Z
CA_END=20400101000000Z
LEAF_START=20250101000000Z
LEAF_END=20350101000000Z

# ------------------------------------------------------------------ configurations
cat >"$TMP/ca.cnf" <<EOF
[ ca ]
default_ca = CA_default
[ CA_default ]
database = $TMP/db/index.txt
new_certs_dir = $TMP/db
serial = $TMP/db/serial
default_md = default
policy = policy_any
unique_subject = no
email_in_dn = yes
copy_extensions = none
[ policy_any ]
commonName = optional
EOF

cat >"$TMP/req.cnf" <<'EOF'
[ req ]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
[ dn ]
EOF

# 0x800 = B_ASN1_BMPSTRING: every name attribute becomes a BMPString
cat >"$TMP/req-bmp.cnf" <<'EOF'
[ req ]
distinguished_name = dn
string_mask = MASK:0x800
utf8 = yes
[ dn ]
EOF

# ------------------------------------------------------------------ make-like helpers
declare -A MADE=()

# need OUT [DEP...]: true when OUT must be (re)made.
need() {
  local out=$1 d
  shift
  [[ $FORCE == 1 || ! -e $out ]] && return 0
  for d in "$@"; do
    [[ -n ${MADE[$d]:-} ]] && return 0
  done
  return 1
}
made() { MADE[$1]=1; }

# A fixed, positive 64-bit serial derived from the output path.
serial_for() { printf '1%s\n' "$(printf '%s' "$1" | sha1sum | cut -c1-15)"; }

# genkey OUT GENPKEY-ARGS...: a PKCS#8 PEM master key, made once.
genkey() {
  local out=$1
  shift
  if need "$out"; then
    mkdir -p "$(dirname "$out")"
    openssl genpkey "$@" -out "$out" 2>/dev/null
    made "$out"
  fi
}

# derive OUT SRC CMD...: run CMD (which reads SRC and writes OUT) when needed.
derive() {
  local out=$1 src=$2
  shift 2
  if need "$out" "$src"; then
    mkdir -p "$(dirname "$out")"
    "$@" 2>/dev/null
    made "$out"
  fi
}

# cat_to OUT FILE...: concatenation.
cat_to() {
  local out=$1
  shift
  if need "$out" "$@"; then
    mkdir -p "$(dirname "$out")"
    cat "$@" >"$out"
    made "$out"
  fi
}

# Signature digest and options per CA (Ed25519 takes no digest).
declare -A CA_MD=() CA_SIGOPT=()

# ext_file FILE KIND SAN [SKI]: extensions for a leaf (KIND=leaf-rsa|leaf) or a CA
# (KIND=ca|root); SAN like "DNS:a,IP:1.2.3.4" or empty; SKI a hex key id or "hash".
ext_file() {
  local f=$1 kind=$2 san=${3:-} ski=${4:-hash}
  {
    echo "[ ext ]"
    case $kind in
      leaf-rsa | leaf)
        echo "basicConstraints = critical,CA:FALSE"
        if [[ $kind == leaf-rsa ]]; then
          echo "keyUsage = critical,digitalSignature,keyEncipherment"
        else
          echo "keyUsage = critical,digitalSignature"
        fi
        echo "extendedKeyUsage = serverAuth"
        echo "subjectKeyIdentifier = $ski"
        echo "authorityKeyIdentifier = keyid"
        ;;
      leaf-eku)
        # A leaf with the extendedKeyUsage in $EKU (none when empty).
        echo "basicConstraints = critical,CA:FALSE"
        echo "keyUsage = critical,digitalSignature,keyEncipherment"
        if [[ -n ${EKU:-} ]]; then echo "extendedKeyUsage = $EKU"; fi
        echo "subjectKeyIdentifier = $ski"
        echo "authorityKeyIdentifier = keyid"
        ;;
      ca)
        echo "basicConstraints = critical,CA:TRUE"
        echo "keyUsage = critical,keyCertSign,cRLSign"
        echo "subjectKeyIdentifier = $ski"
        echo "authorityKeyIdentifier = keyid"
        ;;
      root)
        echo "basicConstraints = critical,CA:TRUE"
        echo "keyUsage = critical,keyCertSign,cRLSign"
        echo "subjectKeyIdentifier = $ski"
        ;;
    esac
    if [[ -n $san ]]; then echo "subjectAltName = $san"; fi
  } >"$f"
}

# do_sign OUT CA KEY SUBJ KIND SAN START END [EXTRA-CA-ARGS...]: always signs.
# CA is a name under ca/ (ca/NAME.pem + ca/NAME.key.pem) or "self". Optional
# environment: REQCNF (req config), SKI (subjectKeyIdentifier), SERIAL (hex).
do_sign() {
  local out=$1 ca=$2 key=$3 subj=$4 kind=$5 san=$6 start=$7 end=$8
  shift 8
  mkdir -p "$(dirname "$out")"
  local csr=$TMP/req.csr ext=$TMP/ext.cnf
  openssl req -new -config "${REQCNF:-$TMP/req.cnf}" -utf8 -key "$key" -subj "$subj" -out "$csr"
  ext_file "$ext" "$kind" "$san" "${SKI:-hash}"
  local serial=${SERIAL:-$(serial_for "$out")}
  echo "$serial" >"$TMP/db/serial"
  local who=("-cert" "ca/$ca.pem" "-keyfile" "ca/$ca.key.pem")
  local md=${CA_MD[$ca]-sha256} sigopt=${CA_SIGOPT[$ca]:-}
  if [[ $ca == self ]]; then
    who=("-selfsign" "-keyfile" "$key")
    md=$SELF_MD
    sigopt=$SELF_SIGOPT
  fi
  local args=() o
  [[ -n $md ]] && args+=("-md" "$md")
  for o in $sigopt; do args+=("-sigopt" "$o"); done
  openssl ca -config "$TMP/ca.cnf" -batch -notext -preserveDN "${who[@]}" \
    -in "$csr" -out "$out" -startdate "$start" -enddate "$end" \
    -extfile "$ext" -extensions ext "${args[@]}" "$@" 2>"$TMP/ca.log" ||
    { cat "$TMP/ca.log" >&2; exit 1; }
}

# sign OUT CA KEY SUBJ KIND SAN START END [EXTRA-CA-ARGS...]: do_sign when needed
# (DEPS in the environment adds dependencies).
sign() {
  local out=$1 ca=$2 key=$3
  local deps=("$key") d
  [[ $ca != self ]] && deps+=("ca/$ca.pem" "ca/$ca.key.pem")
  for d in ${DEPS:-}; do deps+=("$d"); done
  need "$out" "${deps[@]}" || return 0
  do_sign "$@"
  made "$out"
}

# chain_leaf OUT KEY SUBJ KIND SAN START END [EXTRA-CA-ARGS...]: OUT = a leaf issued
# by the RSA intermediate + the intermediate + the root (no ChainIncomplete noise).
chain_leaf() {
  local out=$1 key=$2
  need "$out" "$key" ca/int-rsa.pem ca/root-rsa.pem || return 0
  local subj=$3 kind=$4 san=$5 start=$6 end=$7
  shift 7
  SERIAL=${SERIAL:-$(serial_for "$out")} do_sign "$TMP/leaf.pem" int-rsa "$key" "$subj" "$kind" "$san" "$start" "$end" "$@"
  mkdir -p "$(dirname "$out")"
  cat "$TMP/leaf.pem" ca/int-rsa.pem ca/root-rsa.pem >"$out"
  made "$out"
}

# A CA's self-signature digest: SELF_MD / SELF_SIGOPT are read by sign() for "self".
SELF_MD=sha256
SELF_SIGOPT=

mkdir -p passwords ca
printf 'correct horse\n' >passwords/right.txt.new
printf 'battery staple\n' >passwords/wrong.txt.new
printf 'correct horse\r\n' >passwords/right-crlf.txt.new
printf 'correct horse' >passwords/right-no-newline.txt.new
for f in right wrong right-crlf right-no-newline; do
  if need "passwords/$f.txt" || ! cmp -s "passwords/$f.txt.new" "passwords/$f.txt"; then
    mv "passwords/$f.txt.new" "passwords/$f.txt"
  else
    rm "passwords/$f.txt.new"
  fi
done
PW=passwords/right.txt

RSA() { echo -algorithm RSA -pkeyopt "rsa_keygen_bits:$1"; }
EC() { echo -algorithm EC -pkeyopt "ec_paramgen_curve:$1"; }

# ------------------------------------------------------------------ A. the CAs
O="/O=certvet Test"
genkey ca/root-rsa.key.pem $(RSA 3072)
genkey ca/int-rsa.key.pem $(RSA 2048)
genkey ca/int-rsa-impostor.key.pem $(RSA 2048)
genkey ca/legacy-root.key.pem $(RSA 2048)
genkey ca/root-ec.key.pem $(EC P-384)
genkey ca/int-ec.key.pem $(EC P-384)
genkey ca/root-p521.key.pem $(EC P-521)
genkey ca/root-ed25519.key.pem -algorithm ED25519
genkey ca/root-pss.key.pem $(RSA 2048)

SELF_MD=sha256
sign ca/root-rsa.pem self ca/root-rsa.key.pem "$O/CN=certvet Test Root CA" root "" $CA_START $CA_END
sign ca/int-rsa.pem root-rsa ca/int-rsa.key.pem "$O/CN=certvet Test Intermediate CA" ca "" $CA_START $CA_END
# The impostor: same name, same subjectKeyIdentifier as the real intermediate, other key.
INT_SKI=$(openssl x509 -in ca/int-rsa.pem -noout -ext subjectKeyIdentifier | tail -1 | tr -d ' :')
DEPS=ca/int-rsa.pem SKI=$INT_SKI sign ca/int-rsa-impostor.pem root-rsa ca/int-rsa-impostor.key.pem \
  "$O/CN=certvet Test Intermediate CA" ca "" $CA_START $CA_END
sign ca/legacy-root.pem self ca/legacy-root.key.pem "$O/CN=certvet Legacy Root CA" root "" 20150101000000Z 20350101000000Z
# The root, cross-signed by the legacy root, expired at the check time.
sign ca/root-rsa-cross-expired.pem legacy-root ca/root-rsa.key.pem "$O/CN=certvet Test Root CA" \
  ca "" 20190101000000Z 20210930000000Z
SELF_MD=sha384
sign ca/root-ec.pem self ca/root-ec.key.pem "$O/CN=certvet Test EC Root CA" root "" $CA_START $CA_END
CA_MD[root-ec]=sha384
sign ca/int-ec.pem root-ec ca/int-ec.key.pem "$O/CN=certvet Test EC Intermediate CA" ca "" $CA_START $CA_END
CA_MD[int-ec]=sha384
SELF_MD=sha512
sign ca/root-p521.pem self ca/root-p521.key.pem "$O/CN=certvet Test P-521 Root CA" root "" $CA_START $CA_END
CA_MD[root-p521]=sha512
SELF_MD=
sign ca/root-ed25519.pem self ca/root-ed25519.key.pem "$O/CN=certvet Test Ed25519 Root CA" root "" $CA_START $CA_END
CA_MD[root-ed25519]=
SELF_MD=sha256
SELF_SIGOPT="rsa_padding_mode:pss rsa_pss_saltlen:digest"
sign ca/root-pss.pem self ca/root-pss.key.pem "$O/CN=certvet Test RSA-PSS Root CA" root "" $CA_START $CA_END
SELF_SIGOPT=
CA_SIGOPT[root-pss]="rsa_padding_mode:pss rsa_pss_saltlen:digest"
CHAIN_RSA=(ca/int-rsa.pem ca/root-rsa.pem)

# ------------------------------------------------------------------ B. a leaf per key type
# leaf DIR KIND: DIR/leaf.pem (issued by the RSA intermediate for DIR/key.pkcs8.pem),
# DIR/fullchain.pem (leaf + intermediate + root).
leaf() {
  local dir=$1 kind=$2 cn="${1}.example.com"
  sign "$dir/leaf.pem" int-rsa "$dir/key.pkcs8.pem" "$O/CN=$cn" "$kind" \
    "DNS:$cn,DNS:www.$cn" $LEAF_START $LEAF_END
  cat_to "$dir/fullchain.pem" "$dir/leaf.pem" "${CHAIN_RSA[@]}"
}

for bits in 512 1024 2048 3072 4096; do
  genkey rsa$bits/key.pkcs8.pem $(RSA $bits)
  leaf rsa$bits leaf-rsa
  derive rsa$bits/key.pkcs1.pem rsa$bits/key.pkcs8.pem \
    openssl rsa -in rsa$bits/key.pkcs8.pem -traditional -out rsa$bits/key.pkcs1.pem
done
for c in P-256 P-384 P-521; do
  d=ec-$(echo $c | tr 'A-Z' 'a-z' | tr -d -)
  genkey $d/key.pkcs8.pem $(EC $c)
  leaf $d leaf
done
genkey ed25519/key.pkcs8.pem -algorithm ED25519
leaf ed25519 leaf
# Key types certvet does not take.
genkey ec-secp256k1/key.pkcs8.pem $(EC secp256k1)
leaf ec-secp256k1 leaf
genkey ed448/key.pkcs8.pem -algorithm ED448
leaf ed448 leaf
if need dsa2048/key.pkcs8.pem; then
  mkdir -p dsa2048
  openssl genpkey -genparam -algorithm DSA -pkeyopt pbits:2048 -pkeyopt qbits:256 -out "$TMP/dsa.param" 2>/dev/null
  openssl genpkey -paramfile "$TMP/dsa.param" -out dsa2048/key.pkcs8.pem 2>/dev/null
  made dsa2048/key.pkcs8.pem
fi
leaf dsa2048 leaf
derive ec-secp256k1/key.sec1.pem ec-secp256k1/key.pkcs8.pem \
  openssl ec -in ec-secp256k1/key.pkcs8.pem -out ec-secp256k1/key.sec1.pem

# ------------------------------------------------------------------ A. chains by signature algorithm
# sigalg/NAME/: leaf.pem, fullchain.pem, key.pkcs8.pem
genkey sigalg/ecdsa-p384/key.pkcs8.pem $(EC P-256)
sign sigalg/ecdsa-p384/leaf.pem int-ec sigalg/ecdsa-p384/key.pkcs8.pem "$O/CN=ecdsa-p384.example.com" leaf \
  "DNS:ecdsa-p384.example.com" $LEAF_START $LEAF_END
cat_to sigalg/ecdsa-p384/fullchain.pem sigalg/ecdsa-p384/leaf.pem ca/int-ec.pem ca/root-ec.pem

genkey sigalg/ecdsa-p521/key.pkcs8.pem $(EC P-256)
sign sigalg/ecdsa-p521/leaf.pem root-p521 sigalg/ecdsa-p521/key.pkcs8.pem "$O/CN=ecdsa-p521.example.com" leaf \
  "DNS:ecdsa-p521.example.com" $LEAF_START $LEAF_END
cat_to sigalg/ecdsa-p521/fullchain.pem sigalg/ecdsa-p521/leaf.pem ca/root-p521.pem

genkey sigalg/ed25519/key.pkcs8.pem -algorithm ED25519
sign sigalg/ed25519/leaf.pem root-ed25519 sigalg/ed25519/key.pkcs8.pem "$O/CN=ed25519-signed.example.com" leaf \
  "DNS:ed25519-signed.example.com" $LEAF_START $LEAF_END
cat_to sigalg/ed25519/fullchain.pem sigalg/ed25519/leaf.pem ca/root-ed25519.pem

genkey sigalg/rsa-pss/key.pkcs8.pem $(RSA 2048)
sign sigalg/rsa-pss/leaf.pem root-pss sigalg/rsa-pss/key.pkcs8.pem "$O/CN=rsa-pss.example.com" leaf-rsa \
  "DNS:rsa-pss.example.com" $LEAF_START $LEAF_END
cat_to sigalg/rsa-pss/fullchain.pem sigalg/rsa-pss/leaf.pem ca/root-pss.pem

genkey sigalg/sha1/key.pkcs8.pem $(RSA 2048)
sign sigalg/sha1/leaf.pem int-rsa sigalg/sha1/key.pkcs8.pem "$O/CN=sha1.example.com" leaf-rsa \
  "DNS:sha1.example.com" $LEAF_START $LEAF_END -md sha1
cat_to sigalg/sha1/fullchain.pem sigalg/sha1/leaf.pem "${CHAIN_RSA[@]}"

# ------------------------------------------------------------------ C. key encodings
K=rsa2048
P8=$K/key.pkcs8.pem
derive $K/key.pkcs8.der $P8 openssl pkcs8 -topk8 -nocrypt -in $P8 -outform DER -out $K/key.pkcs8.der
derive $K/pubkey.pem $P8 openssl pkey -in $P8 -pubout -out $K/pubkey.pem
derive $K/leaf.der $K/leaf.pem openssl x509 -in $K/leaf.pem -outform DER -out $K/leaf.der
cat_to $K/chain.pem $K/leaf.pem ca/int-rsa.pem
if need $K/csr.pem $P8; then
  openssl req -new -config "$TMP/req.cnf" -key $P8 -subj "$O/CN=rsa2048.example.com" -out $K/csr.pem
  made $K/csr.pem
fi
# PKCS#8 PBES2: PBKDF2-HMAC-SHA256 with AES-256-CBC, AES-128-CBC, DES-EDE3-CBC; scrypt.
derive $K/key.pkcs8-aes256.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-256-cbc -v2prf hmacWithSHA256 \
  -iter 2048 -passout file:$PW -out $K/key.pkcs8-aes256.pem
derive $K/key.pkcs8-aes256.der $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-256-cbc -v2prf hmacWithSHA256 \
  -iter 2048 -passout file:$PW -outform DER -out $K/key.pkcs8-aes256.der
derive $K/key.pkcs8-aes128.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-128-cbc -v2prf hmacWithSHA256 \
  -iter 2048 -passout file:$PW -out $K/key.pkcs8-aes128.pem
derive $K/key.pkcs8-des3.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 des-ede3-cbc -v2prf hmacWithSHA256 \
  -iter 2048 -passout file:$PW -out $K/key.pkcs8-des3.pem
derive $K/key.pkcs8-scrypt.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-256-cbc -scrypt \
  -scrypt_N 16384 -scrypt_r 8 -scrypt_p 1 -passout file:$PW -out $K/key.pkcs8-scrypt.pem
# Legacy OpenSSL PEM encryption (Proc-Type: 4,ENCRYPTED + DEK-Info), PKCS#1 inside.
for c in aes128 aes192 aes256 des3; do
  derive $K/key.pem-$c.pem $P8 openssl rsa -in $P8 -traditional -$c -passout file:$PW -out $K/key.pem-$c.pem
done
# A key preceded by `openssl rsa -text` output: over aws-acm's 5,120 bytes.
derive rsa4096/key.text.pem rsa4096/key.pkcs8.pem \
  openssl rsa -in rsa4096/key.pkcs8.pem -traditional -text -out rsa4096/key.text.pem

for d in ec-p256 ec-p384 ec-p521; do
  P8=$d/key.pkcs8.pem
  derive $d/key.sec1.pem $P8 openssl ec -in $P8 -out $d/key.sec1.pem
  curve=$(openssl pkey -in $P8 -noout -text 2>/dev/null | sed -n 's/^ASN1 OID: //p')
  if need $d/key.sec1-params.pem $d/key.sec1.pem; then
    { openssl ecparam -name "$curve"; cat $d/key.sec1.pem; } >$d/key.sec1-params.pem
    made $d/key.sec1-params.pem
  fi
  derive $d/key.sec1-no-public.pem $P8 openssl ec -in $P8 -no_public -out $d/key.sec1-no-public.pem
  derive $d/key.pkcs8.der $P8 openssl pkcs8 -topk8 -nocrypt -in $P8 -outform DER -out $d/key.pkcs8.der
  derive $d/key.pkcs8-aes256.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-256-cbc -v2prf hmacWithSHA256 \
    -iter 2048 -passout file:$PW -out $d/key.pkcs8-aes256.pem
done
derive ec-p256/key.sec1-compressed.pem ec-p256/key.pkcs8.pem \
  openssl ec -in ec-p256/key.pkcs8.pem -conv_form compressed -out ec-p256/key.sec1-compressed.pem
derive ec-p256/key.pem-aes256.pem ec-p256/key.pkcs8.pem \
  openssl ec -in ec-p256/key.pkcs8.pem -aes256 -passout file:$PW -out ec-p256/key.pem-aes256.pem

P8=ed25519/key.pkcs8.pem
derive ed25519/key.pkcs8.der $P8 openssl pkey -in $P8 -outform DER -out ed25519/key.pkcs8.der
derive ed25519/key.pkcs8-aes256.pem $P8 openssl pkcs8 -topk8 -in $P8 -v2 aes-256-cbc -v2prf hmacWithSHA256 \
  -iter 2048 -passout file:$PW -out ed25519/key.pkcs8-aes256.pem
derive ed25519/pubkey.pem $P8 openssl pkey -in $P8 -pubout -out ed25519/pubkey.pem
derive ed25519/key.pkcs8-v2.pem ed25519/pubkey.pem python3 tamper.py ed25519-v2 $P8 ed25519/pubkey.pem ed25519/key.pkcs8-v2.pem

# ------------------------------------------------------------------ mismatching and other keys
genkey mismatch/other-rsa2048.pkcs8.pem $(RSA 2048)
derive mismatch/other-rsa2048.pkcs1.pem mismatch/other-rsa2048.pkcs8.pem \
  openssl rsa -in mismatch/other-rsa2048.pkcs8.pem -traditional -out mismatch/other-rsa2048.pkcs1.pem
genkey mismatch/other-ec-p256.pkcs8.pem $(EC P-256)
derive mismatch/other-ec-p256.sec1.pem mismatch/other-ec-p256.pkcs8.pem \
  openssl ec -in mismatch/other-ec-p256.pkcs8.pem -out mismatch/other-ec-p256.sec1.pem
genkey mismatch/other-ed25519.pkcs8.pem -algorithm ED25519
derive mismatch/other-ed25519.pub.pem mismatch/other-ed25519.pkcs8.pem \
  openssl pkey -in mismatch/other-ed25519.pkcs8.pem -pubout -out mismatch/other-ed25519.pub.pem

# ------------------------------------------------------------------ I. tampered keys
T="python3 tamper.py"
mkdir -p tampered
for m in bad-d bad-p bad-dp bad-qinv truncated; do
  derive tampered/rsa-$m.pem rsa2048/key.pkcs1.pem $T rsa $m rsa2048/key.pkcs1.pem tampered/rsa-$m.pem
done
if need tampered/rsa-foreign-pq.pem rsa2048/key.pkcs1.pem mismatch/other-rsa2048.pkcs1.pem; then
  $T rsa foreign-pq rsa2048/key.pkcs1.pem tampered/rsa-foreign-pq.pem mismatch/other-rsa2048.pkcs1.pem
  made tampered/rsa-foreign-pq.pem
fi
if need tampered/ec-p256-wrong-scalar.pem ec-p256/key.sec1.pem mismatch/other-ec-p256.sec1.pem; then
  $T ec wrong-scalar ec-p256/key.sec1.pem tampered/ec-p256-wrong-scalar.pem mismatch/other-ec-p256.sec1.pem
  made tampered/ec-p256-wrong-scalar.pem
fi
for m in scalar-zero scalar-ge-order; do
  derive tampered/ec-p256-$m.pem ec-p256/key.sec1.pem $T ec $m ec-p256/key.sec1.pem tampered/ec-p256-$m.pem
done
if need tampered/ed25519-v2-wrong-public.pem ed25519/key.pkcs8.pem mismatch/other-ed25519.pub.pem; then
  $T ed25519-v2 ed25519/key.pkcs8.pem mismatch/other-ed25519.pub.pem tampered/ed25519-v2-wrong-public.pem
  made tampered/ed25519-v2-wrong-public.pem
fi
for m in zero-iterations unknown-prf huge-iterations; do
  derive tampered/pbes2-$m.pem rsa2048/key.pkcs8-aes256.pem \
    $T pbes2 $m rsa2048/key.pkcs8-aes256.pem tampered/pbes2-$m.pem
done
derive tampered/scrypt-huge-n.pem rsa2048/key.pkcs8-scrypt.pem \
  $T scrypt-huge-n rsa2048/key.pkcs8-scrypt.pem tampered/scrypt-huge-n.pem
derive tampered/legacy-short-iv.pem rsa2048/key.pem-aes128.pem \
  $T legacy-short-iv rsa2048/key.pem-aes128.pem tampered/legacy-short-iv.pem

# ------------------------------------------------------------------ E. chains
L=rsa2048/leaf.pem
I=ca/int-rsa.pem
R=ca/root-rsa.pem
cat_to chains/chain-intermediate-first.pem $I $L $R
cat_to chains/chain-reversed.pem $R $I $L
cat_to chains/chain-duplicate-intermediate.pem $L $I $I $R
cat_to chains/chain-unrelated-extra.pem $L $I $R ca/root-ec.pem
cat_to chains/chain-wrong-intermediate.pem $L ca/int-rsa-impostor.pem $R
cat_to chains/chain-expired-cross-signed.pem $L $I ca/root-rsa-cross-expired.pem
# Seven certificates: root -> int1 -> ... -> int5 -> leaf (over gcp's five).
prev=root-rsa
for i in 1 2 3 4 5; do
  genkey ca/long-int$i.key.pem $(EC P-256)
  sign ca/long-int$i.pem $prev ca/long-int$i.key.pem "$O/CN=certvet Test Long Chain CA $i" ca "" $CA_START $CA_END
  CA_MD[long-int$i]=sha256
  prev=long-int$i
done
genkey chains/long-leaf.key.pem $(EC P-256)
sign chains/long-leaf.pem long-int5 chains/long-leaf.key.pem "$O/CN=long-chain.example.com" leaf \
  "DNS:long-chain.example.com" $LEAF_START $LEAF_END
cat_to chains/chain-long-7.pem chains/long-leaf.pem ca/long-int5.pem ca/long-int4.pem ca/long-int3.pem \
  ca/long-int2.pem ca/long-int1.pem $R

# ------------------------------------------------------------------ F. names (one RSA key, leaf+int+root)
# ------------------------------------------------------------------ F. names (one RSA key; leaf+int+root)
NK=names/key.pkcs8.pem
genkey $NK $(RSA 2048)
chain_leaf names/no-cn.pem $NK "$O/OU=No Common Name" leaf-rsa "DNS:no-cn.example.com" $LEAF_START $LEAF_END
chain_leaf names/several-cn.pem $NK "/CN=first.example.com/CN=second.example.com$O/CN=last.example.com" leaf-rsa \
  "DNS:last.example.com" $LEAF_START $LEAF_END
chain_leaf names/utf8-cn.pem $NK "$O/CN=Ünïcödé 例え 🔐" leaf-rsa "DNS:utf8.example.com" $LEAF_START $LEAF_END
REQCNF=$TMP/req-bmp.cnf chain_leaf names/bmpstring-cn.pem $NK "$O/CN=BMP Ünïcödé 例え" leaf-rsa \
  "DNS:bmp.example.com" $LEAF_START $LEAF_END
chain_leaf names/wildcard.pem $NK "$O/CN=*.example.com" leaf-rsa "DNS:*.example.com,DNS:example.com" \
  $LEAF_START $LEAF_END
SANS=$(for i in $(seq -w 0 149); do printf 'DNS:san-%s.example.com,' "$i"; done)
chain_leaf names/san-150.pem $NK "$O/CN=san-000.example.com" leaf-rsa "${SANS%,}" $LEAF_START $LEAF_END
chain_leaf names/ip-sans.pem $NK "$O/CN=ip.example.com" leaf-rsa \
  "DNS:ip.example.com,IP:192.0.2.1,IP:2001:db8::1,IP:::1,IP:2001:db8:0:0:1:0:0:1,IP:10.0.0.255,DNS:after-ips.example.com" \
  $LEAF_START $LEAF_END
chain_leaf names/multi-valued-rdn.pem $NK "/CN=multi-valued.example.com+O=certvet Test/OU=Multi" leaf-rsa \
  "DNS:multi-valued.example.com" $LEAF_START $LEAF_END
# -subj escapes: \+ for a literal plus, \\ for a backslash (commas need none).
chain_leaf names/special-chars-o.pem $NK \
  '/O=Acme, Inc. \+ "Q" \\ <t>; x/OU=#hash/OU= spaced /CN=special-o.example.com' leaf-rsa \
  "DNS:special-o.example.com" $LEAF_START $LEAF_END
chain_leaf names/special-chars-cn.pem $NK \
  "$O"'/CN=#weird, "cn" \+ <x>; y\\z ' leaf-rsa "DNS:special-cn.example.com" $LEAF_START $LEAF_END
chain_leaf names/email-in-subject.pem $NK "$O/CN=email.example.com/emailAddress=admin@example.com" leaf-rsa \
  "DNS:email.example.com" $LEAF_START $LEAF_END
# A 16-byte serial with the high bit set: DER adds a 00 byte that the hex must not show.
SERIAL=8fedcba98765432100112233445566ff chain_leaf names/serial-high-bit.pem $NK "$O/CN=serial.example.com" \
  leaf-rsa "DNS:serial.example.com" $LEAF_START $LEAF_END

# ------------------------------------------------------------------ G. dates (one RSA key; leaf+int+root)
DK=dates/key.pkcs8.pem
genkey $DK $(RSA 2048)
dated() { chain_leaf dates/$1.pem $DK "$O/CN=$1.example.com" leaf-rsa "DNS:$1.example.com" "$2" "$3"; }
dated expired 20200101000000Z 20210101000000Z
dated not-yet-valid 20270101000000Z 20300101000000Z
dated notafter-equals-check-time 20250101000000Z 20260101000000Z
dated notbefore-equals-check-time 20260101000000Z 20300101000000Z
dated notafter-2051-generalized 20250101000000Z 20510601000000Z
dated notafter-2099 20250101000000Z 20991231235959Z
dated notafter-9999 20250101000000Z 99991231235959Z
dated notbefore-1949-generalized 19491231235959Z 20350101000000Z

# ------------------------------------------------------------------ H. PEM quirks (on rsa2048/fullchain.pem)
FC=rsa2048/fullchain.pem
KEY=rsa2048/key.pkcs8.pem
mkdir -p pem
# quirk OUT SRC PYTHON-EXPR: OUT = f(s) where s is SRC's text (a str, no newline translation).
quirk() {
  local out=$1 src=$2 expr=$3
  if need "$out" "$src"; then
    python3 - "$src" "$out" "$expr" <<'PY'
import sys, re, base64
src, out, expr = sys.argv[1:4]
s = open(src, encoding="ascii", newline="").read()
def blocks(t):
    return re.findall(r"-----BEGIN [A-Z ]+-----\n.*?-----END [A-Z ]+-----\n", t, re.S)
def pad_to(t, size, line="# padding: this text is not PEM and carries no certificate\n"):
    n = size - len(t.encode())
    body = (line * (n // len(line) + 1))[:n]
    return t + body[:-1] + "\n" if n > 0 else t
def rewrap(t, width):
    out = ""
    for b in blocks(t):
        lines = b.splitlines()
        body = "".join(lines[1:-1])
        out += lines[0] + "\n" + "\n".join(body[i:i + width] for i in range(0, len(body), width)) + "\n" + lines[-1] + "\n"
    return out
def edit_line(b, n, f):
    lines = b.split("\n")
    lines[n] = f(lines[n])
    return "\n".join(lines)
r = eval(expr)
open(out, "wb").write(r.encode() if isinstance(r, str) else r)
PY
    made "$out"
  fi
}
quirk pem/crlf.pem $FC 's.replace("\n", "\r\n")'
quirk pem/bom.pem $FC '"\ufeff" + s'
quirk pem/crlf-bom.pem $FC '"\ufeff" + s.replace("\n", "\r\n")'
quirk pem/trailing-whitespace.pem $FC 's.replace("\n", " \t \n")'
quirk pem/blank-line-in-body.pem $FC 'edit_line(blocks(s)[0], 3, lambda l: l + "\n") + "".join(blocks(s)[1:])'
quirk pem/glued-end-begin.pem $FC 's.replace("-----\n-----BEGIN", "----------BEGIN")'
quirk pem/text-between-blocks.pem $FC \
  'blocks(s)[0] + "this is the intermediate:\n" + blocks(s)[1] + "\nsubject=CN = certvet Test Root CA\n\n" + blocks(s)[2]'
quirk pem/trailing-text.pem $FC 's + "\n-- end of bundle --\n"'
quirk pem/no-final-newline.pem $FC 's.rstrip("\n")'
quirk pem/truncated-last-block.pem $FC '"".join(blocks(s)[:2]) + "\n".join(blocks(s)[2].splitlines()[:10]) + "\n"'
quirk pem/bad-base64.pem $FC 'edit_line(blocks(s)[0], 4, lambda l: l[:10] + "!" + l[11:]) + "".join(blocks(s)[1:])'
quirk pem/lines-76.pem $FC 'rewrap(s, 76)'
quirk pem/lines-100.pem $FC 'rewrap(s, 100)'
quirk pem/size-limit-exact.pem $FC 'pad_to(s, 1 << 20)'
quirk pem/too-large.pem $FC 'pad_to(s, (1 << 20) + 1)'
quirk pem/key-size-limit-exact.pem $KEY 'pad_to(s, 64 << 10)'
quirk pem/key-too-large.pem $KEY 'pad_to(s, (64 << 10) + 1)'
quirk pem/key-crlf-bom.pem $KEY '"\ufeff" + s.replace("\n", "\r\n")'
quirk pem/key-bag-attributes.pem $KEY \
  '"Bag Attributes\n    localKeyID: 3B 0C 4E 7E 2A 91 5D 13 6F 0A 9C 44 1E 77 B8 D2 5A 60 01 FF \nKey Attributes: <No Attributes>\n" + s'
if need pem/empty.pem; then : >pem/empty.pem; made pem/empty.pem; fi
if need pem/whitespace-only.pem; then printf ' \n\t\n  \r\n\n' >pem/whitespace-only.pem; made pem/whitespace-only.pem; fi
# `openssl x509 -text` output before the block, as many tools save certificates.
if need pem/leading-text.pem $FC; then
  { openssl x509 -in rsa2048/leaf.pem -text -noout; cat $FC; } >pem/leading-text.pem
  made pem/leading-text.pem
fi
# `openssl pkcs12 -nokeys` style: Bag Attributes and subject=/issuer= lines before each block.
if need pem/pkcs12-bag-attributes.pem $FC; then
  for c in rsa2048/leaf.pem ca/int-rsa.pem ca/root-rsa.pem; do
    printf 'Bag Attributes: <No Attributes>\n'
    openssl x509 -in $c -noout -subject -issuer
    cat $c
  done >pem/pkcs12-bag-attributes.pem
  made pem/pkcs12-bag-attributes.pem
fi

# ------------------------------------------------------------------ J. PKCS#12 (rsa2048's leaf, key and chain)
# Password: passwords/right.txt ("correct horse"). OpenSSL 3.0 writes certificates, then
# the key; pfx.py rewrites a -certpbe NONE file into orders OpenSSL does not write
# (recomputing the MAC; `openssl pkcs12 -info` must still open the result).
mkdir -p pkcs12
P12_IN=(-in rsa2048/leaf.pem -inkey rsa2048/key.pkcs8.pem -certfile rsa2048/p12-chain.pem)
cat_to rsa2048/p12-chain.pem ca/int-rsa.pem ca/root-rsa.pem
p12() {
  local out=$1
  shift
  if need "$out" rsa2048/leaf.pem rsa2048/key.pkcs8.pem rsa2048/p12-chain.pem; then
    openssl pkcs12 -export "${P12_IN[@]}" "$@" -out "$out"
    made "$out"
  fi
}
# OpenSSL 3 defaults: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) bags, HMAC-SHA-256 MAC.
p12 pkcs12/modern.p12 -passout file:$PW
# What OpenSSL 1.x and older Windows write: RC2-40 certificates, 3DES key, SHA-1 MAC.
p12 pkcs12/legacy.p12 -legacy -passout file:$PW
p12 pkcs12/empty-password.p12 -passout pass:
p12 pkcs12/nomac.p12 -nomac -passout file:$PW
p12 pkcs12/sha512-mac.p12 -macalg sha512 -keypbe AES-128-CBC -certpbe AES-128-CBC -passout file:$PW
# RC4 is in OpenSSL's legacy provider only; certvet does not open it.
p12 pkcs12/rc4.p12 -legacy -certpbe PBE-SHA1-RC4-128 -keypbe PBE-SHA1-RC4-128 -passout file:$PW
p12 pkcs12/certs-plain.p12 -certpbe NONE -passout file:$PW
for m in key-first reverse-certs; do
  if need pkcs12/$m.p12 pkcs12/certs-plain.p12; then
    python3 pfx.py $m pkcs12/certs-plain.p12 pkcs12/$m.p12 $PW
    openssl pkcs12 -info -in pkcs12/$m.p12 -passin file:$PW -noout -nokeys 2>/dev/null
    made pkcs12/$m.p12
  fi
done
# RFC 9579 PBMAC1 (HMAC-SHA-256 keyed by PBKDF2): OpenSSL 3.0 does not read it (3.4
# writes it with -pbmac1_pbkdf2); pfx.py computes it with Python's hashlib and the
# manifest records that OpenSSL 3.0 refuses the file.
if need pkcs12/pbmac1.p12 pkcs12/modern.p12; then
  python3 pfx.py pbmac1 pkcs12/modern.p12 pkcs12/pbmac1.p12 $PW
  made pkcs12/pbmac1.p12
fi
# PEM-armored: the DER in a PKCS12 block.
if need pkcs12/modern.p12.pem pkcs12/modern.p12; then
  { echo "-----BEGIN PKCS12-----"; base64 -w 64 pkcs12/modern.p12; echo "-----END PKCS12-----"; } >pkcs12/modern.p12.pem
  made pkcs12/modern.p12.pem
fi
# An EC P-256 key and its leaf, modern defaults.
if need pkcs12/ec-p256.p12 ec-p256/leaf.pem ec-p256/key.pkcs8.pem; then
  openssl pkcs12 -export -in ec-p256/leaf.pem -inkey ec-p256/key.pkcs8.pem -certfile rsa2048/p12-chain.pem \
    -passout file:$PW -out pkcs12/ec-p256.p12
  made pkcs12/ec-p256.p12
fi

# ------------------------------------------------------------------ K. hosts and extendedKeyUsage (one RSA key; leaf+int+root)
# Host expectations are `openssl x509 -checkhost/-checkip` answers, in the manifest.
chain_leaf hosts/idn.pem $NK "$O/CN=idn.example.com" leaf-rsa \
  "DNS:xn--bcher-kva.example.com,DNS:*.xn--caf-dma.example,DNS:api.example.com" $LEAF_START $LEAF_END
# No subjectAltName: the commonName names a host, which browsers (and certvet) ignore.
chain_leaf hosts/cn-only.pem $NK "$O/CN=cn-only.example.com" leaf-rsa "" $LEAF_START $LEAF_END
EKU="clientAuth" chain_leaf eku/client-auth.pem $NK "$O/CN=client.example.com" leaf-eku \
  "DNS:client.example.com" $LEAF_START $LEAF_END
EKU="serverAuth,clientAuth,codeSigning,1.3.6.1.4.1.55555.7" chain_leaf eku/mixed.pem $NK \
  "$O/CN=mixed-eku.example.com" leaf-eku "DNS:mixed-eku.example.com" $LEAF_START $LEAF_END
EKU="anyExtendedKeyUsage" chain_leaf eku/any.pem $NK "$O/CN=any-eku.example.com" leaf-eku \
  "DNS:any-eku.example.com" $LEAF_START $LEAF_END
EKU="" chain_leaf eku/none.pem $NK "$O/CN=no-eku.example.com" leaf-eku "DNS:no-eku.example.com" \
  $LEAF_START $LEAF_END
# Expires 2026-01-20: within 30 days of the check time (ExpiresSoon with --warn-days 30).
dated expires-soon 20250101000000Z 20260120000000Z

# ------------------------------------------------------------------ L. chain and key cases of issue 21
# (1) A leaf issued by a root whose key certvet does not verify: DSA, P-192, explicit EC
# parameters (SignedByNext null, SignatureNotChecked).
if need ca/root-dsa.key.pem; then
  openssl genpkey -genparam -algorithm DSA -pkeyopt pbits:2048 -pkeyopt qbits:256 -out "$TMP/dsa-root.param" 2>/dev/null
  openssl genpkey -paramfile "$TMP/dsa-root.param" -out ca/root-dsa.key.pem 2>/dev/null
  made ca/root-dsa.key.pem
fi
genkey ca/root-p192.key.pem $(EC P-192)
genkey ca/root-explicit-ec.key.pem $(EC P-256) -pkeyopt ec_param_enc:explicit
SELF_MD=sha256
sign ca/root-dsa.pem self ca/root-dsa.key.pem "$O/CN=certvet Test DSA Root CA" root "" $CA_START $CA_END
sign ca/root-p192.pem self ca/root-p192.key.pem "$O/CN=certvet Test P-192 Root CA" root "" $CA_START $CA_END
sign ca/root-explicit-ec.pem self ca/root-explicit-ec.key.pem "$O/CN=certvet Test Explicit EC Root CA" root "" \
  $CA_START $CA_END
for r in dsa p192 explicit-ec; do
  sign chains/$r-root-leaf.pem root-$r ec-p256/key.pkcs8.pem "$O/CN=$r-root.example.com" leaf \
    "DNS:$r-root.example.com" $LEAF_START $LEAF_END
  cat_to chains/chain-$r-root.pem chains/$r-root-leaf.pem ca/root-$r.pem
done
# (2) The leaf's intermediate with an RSA SubjectPublicKeyInfo whose BIT STRING is empty.
derive chains/int-rsa-empty-key.pem ca/int-rsa.pem \
  python3 tamper.py spki-empty-bitstring ca/int-rsa.pem chains/int-rsa-empty-key.pem
cat_to chains/chain-issuer-key-empty.pem rsa2048/leaf.pem chains/int-rsa-empty-key.pem
# (3) The intermediate again (same name, same key) with another subjectKeyIdentifier: the
# leaf's authorityKeyIdentifier names the first, its signature verifies with both.
DEPS=ca/int-rsa.pem SKI=0123456789abcdef0123456789abcdef01234567 sign ca/int-rsa-other-ski.pem root-rsa \
  ca/int-rsa.key.pem "$O/CN=certvet Test Intermediate CA" ca "" $CA_START $CA_END
cat_to chains/chain-ski-mismatch.pem rsa2048/leaf.pem ca/int-rsa-other-ski.pem ca/root-rsa.pem
# (4) notBefore after notAfter (checked between the two: Expired and NotYetValid).
dated notbefore-after-notafter 20270101000000Z 20250101000000Z
# (5) A P-256 key whose scalar starts with a zero octet, its leaf, and the same key with
# that octet left out of the privateKey OCTET STRING (31 octets, RFC 5915 fixes 32).
if need ec-short/key.sec1.pem; then
  mkdir -p ec-short
  python3 tamper.py ec-p256-from-scalar "certvet short scalar" "$TMP/short.pem"
  openssl ec -in "$TMP/short.pem" -out ec-short/key.sec1.pem 2>/dev/null
  made ec-short/key.sec1.pem
fi
sign ec-short/leaf.pem int-rsa ec-short/key.sec1.pem "$O/CN=ec-short.example.com" leaf \
  "DNS:ec-short.example.com" $LEAF_START $LEAF_END
cat_to ec-short/fullchain.pem ec-short/leaf.pem "${CHAIN_RSA[@]}"
derive tampered/ec-short-scalar.pem ec-short/key.sec1.pem \
  python3 tamper.py ec short-scalar ec-short/key.sec1.pem tampered/ec-short-scalar.pem

# ------------------------------------------------------------------ M. findings of the fuzz campaign (issue 21)
# The leaf with SubjectPublicKeyInfo parameters that are a constructed OCTET STRING whose
# segment overruns it: OpenSSL refuses the certificate, so must certvet.
derive tampered/cert-spki-params-broken-string.pem rsa2048/leaf.pem \
  python3 tamper.py spki-params-broken-string rsa2048/leaf.pem tampered/cert-spki-params-broken-string.pem

# ------------------------------------------------------------------ the README's bundled sample
mkdir -p sample
if need sample/chain.pem rsa2048/fullchain.pem; then cp rsa2048/fullchain.pem sample/chain.pem; made sample/chain.pem; fi
if need sample/key.pem rsa2048/key.pkcs8.pem; then cp rsa2048/key.pkcs8.pem sample/key.pem; made sample/key.pem; fi

# ------------------------------------------------------------------ the manifest: OpenSSL's answers
python3 manifest.py
