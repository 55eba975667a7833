#!/bin/bash
# Regenerates the certificate fixtures of src/cert.rs's tests (OpenSSL 3.0 CLI + python3).
# Keys are made fresh, so the expected values in the tests must be re-recorded after a
# rerun; run only with FORCE=1.
set -euo pipefail
[ "${FORCE:-}" = 1 ] || { echo "refusing to overwrite fixtures without FORCE=1" >&2; exit 1; }
cd "$(dirname "$0")"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
exec 3>&2 2>/dev/null  # key generation chatter
req() { local out=$1; shift; openssl req -x509 -days 365 -outform DER -out "$out" "$@" 2>/dev/null; }
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $T/rsa.key
openssl ecparam -name prime256v1 -genkey -noout -out $T/p256.key
openssl ecparam -name secp384r1 -genkey -noout -out $T/p384.key
openssl ecparam -name secp521r1 -genkey -noout -out $T/p521.key
openssl ecparam -name secp256k1 -genkey -noout -out $T/k256.key
openssl ec -in $T/p256.key -conv_form compressed -out $T/p256c.key 2>/dev/null
openssl ec -in $T/p256.key -conv_form hybrid -out $T/p256h.key 2>/dev/null
openssl ec -in $T/p384.key -conv_form compressed -out $T/p384c.key 2>/dev/null
openssl ec -in $T/p521.key -conv_form compressed -out $T/p521c.key 2>/dev/null
openssl genpkey -algorithm ED25519 -out $T/ed25519.key
openssl genpkey -algorithm ED448 -out $T/ed448.key
openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:1024 -out $T/pss.key
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out $T/dsap.pem
openssl genpkey -paramfile $T/dsap.pem -out $T/dsa.key
# uncompressed twins, for the expected points
openssl ec -in $T/p384.key -pubout -outform DER -out p384-uncompressed.spki 2>/dev/null
openssl ec -in $T/p521.key -pubout -outform DER -out p521-uncompressed.spki 2>/dev/null

req rsa.der -key $T/rsa.key -set_serial 0x00c0ffee -subj "/C=US/ST=CA/O=Example Inc/CN=www.example.com" \
  -addext "subjectAltName=DNS:www.example.com,DNS:example.com,IP:192.0.2.10,IP:2001:db8::10"
req p256.der -key $T/p256.key -subj "/CN=p256"
req p256-compressed.der -key $T/p256c.key -subj "/CN=p256 compressed"
req p256-hybrid.der -key $T/p256h.key -subj "/CN=p256 hybrid"
req p384-compressed.der -key $T/p384c.key -subj "/CN=p384 compressed"
req p521-compressed.der -key $T/p521c.key -subj "/CN=p521 compressed"
req secp256k1.der -key $T/k256.key -subj "/CN=secp256k1"
req ed25519.der -key $T/ed25519.key -set_serial 0 -subj "/CN=ed25519"
req ed448.der -key $T/ed448.key -subj "/CN=ed448"
req rsa-pss.der -key $T/pss.key -subj "/CN=pss"
req dsa.der -key $T/dsa.key -subj "/CN=dsa"
K="-key $T/ed25519.key"
req multi-rdn.der $K -multivalue-rdn -subj "/C=DE/O=Org+OU=Unit+CN=multi/L=Berlin"
req escapes.der $K -subj "/CN=a\,b\+c;d<e>f\"g\\\\h=i#j /O= lead and trail /OU=#hash"
req utf8.der $K -utf8 -subj "/CN=Grüße Ünïcödé €/O=日本語"
req bmp.der $K -utf8 -subj "/CN=€uro/O=Ünï" -config <(sed 's/^string_mask.*/string_mask = default/' /usr/lib/ssl/openssl.cnf)
req several-cn.der $K -subj "/CN=first/O=x/CN=second/CN=third"
req no-cn.der $K -subj "/O=No CN Org/C=US"
req attributes.der $K -subj "/emailAddress=a@b.c/DC=example/DC=com/UID=u1/serialNumber=123/street=Main St/postalCode=12345/title=Dr/SN=Smith/GN=John/businessCategory=Private Organization/jurisdictionC=US/jurisdictionST=Delaware/organizationIdentifier=VATDE-123/CN=e"
SANS=$(for i in $(seq 1 150); do printf "DNS:host%d.example.com," $i; done)
req many-san.der $K -subj "/CN=many" -addext "subjectAltName=${SANS}IP:10.0.0.1"
req ip-san.der $K -subj "/CN=ips" -addext "subjectAltName=IP:192.0.2.1,IP:2001:db8::1,IP:::ffff:192.0.2.1,IP:::1,IP:::,IP:2001:db8:0:0:1:0:0:1,IP:2001:0:0:1::1,IP:fe80::1:0:0:0,DNS:after.ip,email:x@y.z,URI:http://u,RID:1.2.3.4,otherName:1.2.3.4;UTF8:hello"
req serial-minus5.der $K -subj "/CN=serial" -set_serial -5
req serial-minus256.der $K -subj "/CN=serial" -set_serial -256
req serial-00ff.der $K -subj "/CN=serial" -set_serial 0x00ff
openssl pkey -in $T/ed25519.key -pubout -outform DER -out $T/ed25519.spki
python3 craft.py $T/ed25519.spki
exec 2>&3
