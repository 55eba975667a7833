//! Tests of [`open`] over every container, the strict consistency proof, the
//! conversions and the secrecy of `Debug`, on keys made with OpenSSL
//! (see `test_vectors.rs`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::test_vectors::*;
use super::*;
use crate::der::{Node, Reader};
use crate::error::Severity;
use crate::oid;
use crate::public_key::Curve;
use crate::secret::SecretBytes;

const PASSWORD: &[u8] = b"correct horse";

/// A PEM text as the input layer would hand it over.
fn blob(pem: &str) -> KeyBlob {
    let mut lines = pem.lines();
    let begin = lines.next().unwrap();
    let label = begin
        .strip_prefix("-----BEGIN ")
        .and_then(|l| l.strip_suffix("-----"))
        .unwrap()
        .to_owned();
    let mut headers = Vec::new();
    let mut body = String::new();
    for line in lines {
        if line.starts_with("-----END ") {
            break;
        }
        if let Some((name, value)) = line.split_once(": ") {
            headers.push((name.to_owned(), value.to_owned()));
        } else {
            body.push_str(line.trim());
        }
    }
    KeyBlob::Pem {
        label,
        headers,
        body: SecretBytes::new(STANDARD.decode(body).unwrap()),
        line: 1,
    }
}

/// The same blob with another label.
fn relabel(pem: &str, label: &str) -> KeyBlob {
    match blob(pem) {
        KeyBlob::Pem {
            headers,
            body,
            line,
            ..
        } => KeyBlob::Pem {
            label: label.to_owned(),
            headers,
            body,
            line,
        },
        KeyBlob::Der(_) => unreachable!(),
    }
}

/// The DER body of a PEM text.
fn body(pem: &str) -> Vec<u8> {
    match blob(pem) {
        KeyBlob::Pem { body, .. } => body.to_vec(),
        KeyBlob::Der(_) => unreachable!(),
    }
}

fn b64(s: &str) -> Vec<u8> {
    STANDARD.decode(s).unwrap()
}

fn der_blob(der: &[u8]) -> KeyBlob {
    KeyBlob::Der(SecretBytes::copy_of(der))
}

fn open_with(blob: &KeyBlob, password: Option<&[u8]>) -> (KeyState, Vec<Finding>) {
    let mut findings = Vec::new();
    let state = open(blob, password, &Limits::default(), &mut findings);
    (state, findings)
}

/// Open and expect a proven key with no findings.
fn proven(blob: &KeyBlob, password: Option<&[u8]>) -> ProvenKey {
    let (state, findings) = open_with(blob, password);
    assert!(findings.is_empty(), "{findings:?}");
    match state {
        KeyState::Proven(key) => key,
        other => panic!("expected Proven, got {other:?}"),
    }
}

/// Open and expect exactly one error finding with `reason`; returns it and the state.
fn refused(blob: &KeyBlob, password: Option<&[u8]>, reason: Reason) -> (KeyState, Finding) {
    let (state, mut findings) = open_with(blob, password);
    assert_eq!(findings.len(), 1, "{findings:?}");
    let finding = findings.remove(0);
    assert_eq!(finding.reason, reason, "{}", finding.message);
    assert_eq!(finding.severity, Severity::Error);
    (state, finding)
}

/// The public key in an SPKI, as `openssl pkey -pubout -outform DER` wrote it.
fn spki_public(spki_b64: &str) -> PublicKey {
    match open_spki(&b64(spki_b64)) {
        Ok(Opened::PublicOnly(public)) => public,
        _ => panic!("not an SPKI"),
    }
}

/// The RSA fields of a PKCS#1 DER, in order (n, e, d, p, q, dP, dQ, qInv).
fn rsa_fields(pkcs1: &[u8]) -> Vec<Vec<u8>> {
    let mut seq = Reader::new(der::whole(pkcs1, der::SEQUENCE).unwrap());
    seq.uint().unwrap();
    (0..8).map(|_| seq.uint().unwrap().to_vec()).collect()
}

/// A PKCS#1 DER from fields.
fn rsa_der(fields: &[Vec<u8>]) -> Vec<u8> {
    let mut nodes = vec![Node::Uint(&[])];
    nodes.extend(fields.iter().map(|f| Node::Uint(f)));
    Node::Cons(der::SEQUENCE, nodes).to_der().to_vec()
}

/// The scalar and embedded point of a SEC1 DER.
fn sec1_parts(sec1: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut seq = Reader::new(der::whole(sec1, der::SEQUENCE).unwrap());
    seq.uint().unwrap();
    let scalar = seq.read(der::OCTET_STRING).unwrap().to_vec();
    seq.read(der::context(0)).unwrap();
    let mut public = Reader::new(seq.read(der::context(1)).unwrap());
    (scalar, public.bit_string_octets().unwrap().to_vec())
}

/// A SEC1 DER on P-256 with the given scalar and (optional) embedded point.
fn p256_sec1(scalar: &[u8], point: Option<&[u8]>) -> Vec<u8> {
    let mut fields = vec![
        Node::Uint(&[1]),
        Node::Prim(der::OCTET_STRING, scalar),
        Node::Cons(der::context(0), vec![Node::Prim(der::OID, oid::P256)]),
    ];
    if let Some(point) = point {
        fields.push(Node::Cons(der::context(1), vec![Node::Bits(point)]));
    }
    Node::Cons(der::SEQUENCE, fields).to_der().to_vec()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

// ---------------------------------------------------------------- plaintext

#[test]
fn rsa_containers_derive_the_openssl_public_key() {
    let want = spki_public(RSA2048_SPKI_DER);
    let PublicKey::Rsa { n, e } = &want else {
        panic!("not RSA");
    };
    assert_eq!(e, &[1, 0, 1]);
    assert_eq!(n.len(), 256);
    // n appears verbatim in OpenSSL's SPKI DER.
    assert!(
        b64(RSA2048_SPKI_DER)
            .windows(256)
            .any(|w| w == n.as_slice())
    );

    // Table: blob, expected encoding, DER input.
    let cases = [
        (blob(RSA2048_PKCS1), KeyEncoding::Pkcs1, false),
        (blob(RSA2048_PKCS8), KeyEncoding::Pkcs8, false),
        (der_blob(&b64(RSA2048_PKCS8_DER)), KeyEncoding::Pkcs8, true),
        (der_blob(&body(RSA2048_PKCS1)), KeyEncoding::Pkcs1, true),
    ];
    for (blob, encoding, der_input) in cases {
        let key = proven(&blob, None);
        assert_eq!(key.encoding, encoding);
        assert_eq!(key.der_input, der_input);
        assert_eq!(key.public, want);
    }
}

#[test]
fn rsa_1024_pkcs1_and_pkcs8_agree() {
    let want = spki_public(RSA1024_SPKI_DER);
    assert_eq!(proven(&blob(RSA1024_PKCS8), None).public, want);
    assert_eq!(proven(&blob(RSA1024_PKCS1), None).public, want);
}

#[test]
fn ec_containers_derive_the_openssl_public_point() {
    // Table: SEC1 PEM, PKCS#8 PEM, SPKI DER, curve, point length.
    let cases = [
        (P256_SEC1, P256_PKCS8, P256_SPKI_DER, Curve::P256, 65),
        (P384_SEC1, P384_PKCS8, P384_SPKI_DER, Curve::P384, 97),
        (P521_SEC1, P521_PKCS8, P521_SPKI_DER, Curve::P521, 133),
    ];
    for (sec1, p8, spki, curve, len) in cases {
        let spki = b64(spki);
        let want = PublicKey::Ec {
            curve,
            point: spki[spki.len() - len..].to_vec(),
        };
        assert_eq!(spki_public(&STANDARD.encode(&spki)), want);
        let key = proven(&blob(sec1), None);
        assert_eq!((key.encoding, &key.public), (KeyEncoding::Sec1, &want));
        let key = proven(&blob(p8), None);
        assert_eq!((key.encoding, &key.public), (KeyEncoding::Pkcs8, &want));
        let key = proven(&der_blob(&body(sec1)), None);
        assert_eq!((key.encoding, key.der_input), (KeyEncoding::Sec1, true));
        assert_eq!(key.public, want);
    }
}

#[test]
fn ed25519_derives_the_openssl_public_key() {
    let spki = b64(ED25519_SPKI_DER);
    let want = PublicKey::Ed25519(spki[12..].try_into().unwrap());
    let key = proven(&blob(ED25519_PKCS8), None);
    assert_eq!(key.encoding, KeyEncoding::Pkcs8);
    assert_eq!(key.public, want);
}

#[test]
fn rsa_pss_keys_open_as_rsa() {
    let key = proven(&blob(PSS_PKCS8), None);
    assert_eq!(key.public, spki_public(PSS_SPKI_DER));
    assert!(matches!(key.public, PublicKey::Rsa { .. }));
}

#[test]
fn a_password_for_an_unencrypted_key_is_ignored() {
    let key = proven(&blob(P256_SEC1), Some(PASSWORD));
    assert_eq!(key.encoding, KeyEncoding::Sec1);
}

// ---------------------------------------------------------------- encrypted

#[test]
fn pbes2_variants_decrypt_to_the_same_key() {
    let p256 = spki_public(P256_SPKI_DER);
    // Table: encrypted PEM, expected public key.
    let cases = [
        (P256_ENC_AES256, &p256),
        (P256_ENC_AES128_SHA1, &p256),
        (P256_ENC_DES3, &p256),
        (P256_ENC_AES192_SHA512, &p256),
        (P256_ENC_AES256_SHA224, &p256),
        (P256_ENC_AES256_SHA384, &p256),
        (P256_ENC_SCRYPT, &p256),
    ];
    for (pem, want) in cases {
        let key = proven(&blob(pem), Some(PASSWORD));
        assert_eq!(key.encoding, KeyEncoding::Pkcs8Encrypted);
        assert_eq!(&key.public, want);
    }
    let key = proven(&blob(ED25519_ENC), Some(PASSWORD));
    assert_eq!(key.public, spki_public(ED25519_SPKI_DER));
    let key = proven(&blob(RSA1024_ENC), Some(PASSWORD));
    assert_eq!(key.public, spki_public(RSA1024_SPKI_DER));
    let key = proven(&der_blob(&body(RSA1024_ENC)), Some(PASSWORD));
    assert_eq!(
        (key.encoding, key.der_input),
        (KeyEncoding::Pkcs8Encrypted, true)
    );
}

#[test]
fn legacy_pem_variants_decrypt_to_the_same_key() {
    let p256 = spki_public(P256_SPKI_DER);
    for pem in [
        P256_LEGACY_AES128,
        P256_LEGACY_AES192,
        P256_LEGACY_AES256,
        P256_LEGACY_DES3,
        P256_LEGACY_DES,
    ] {
        let key = proven(&blob(pem), Some(PASSWORD));
        assert_eq!(key.encoding, KeyEncoding::PemEncrypted);
        assert_eq!(key.public, p256);
    }
    let key = proven(&blob(RSA1024_LEGACY_AES256), Some(PASSWORD));
    assert_eq!(key.encoding, KeyEncoding::PemEncrypted);
    assert_eq!(key.public, spki_public(RSA1024_SPKI_DER));
}

#[test]
fn missing_password_names_the_scheme() {
    // Table: PEM, expected encoding, expected message.
    let cases = [
        (
            P256_ENC_AES256,
            KeyEncoding::Pkcs8Encrypted,
            "the key is encrypted (PKCS#8 PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) and no password was given",
        ),
        (
            P256_ENC_AES128_SHA1,
            KeyEncoding::Pkcs8Encrypted,
            "the key is encrypted (PKCS#8 PBES2: PBKDF2-HMAC-SHA1, AES-128-CBC) and no password was given",
        ),
        (
            P256_ENC_SCRYPT,
            KeyEncoding::Pkcs8Encrypted,
            "the key is encrypted (PKCS#8 PBES2: scrypt, AES-256-CBC) and no password was given",
        ),
        (
            P256_LEGACY_DES3,
            KeyEncoding::PemEncrypted,
            "the key is encrypted (legacy PEM: DES-EDE3-CBC) and no password was given",
        ),
    ];
    for (pem, encoding, message) in cases {
        let (state, f) = refused(&blob(pem), None, Reason::EncryptedPrivateKey);
        assert_eq!(f.message, message);
        assert_eq!(
            f.hint.as_deref(),
            Some(
                "pass --password-file FILE, or decrypt it: openssl pkey -in key.pem -out key.dec.pem"
            )
        );
        assert!(matches!(state, KeyState::Unopened { encoding: Some(e) } if e == encoding));
    }
}

#[test]
fn wrong_password_is_wrong_password() {
    for pem in [
        P256_ENC_AES256,
        P256_ENC_DES3,
        P256_ENC_SCRYPT,
        ED25519_ENC,
        P256_LEGACY_AES128,
        P256_LEGACY_DES,
        RSA1024_LEGACY_AES256,
    ] {
        for password in [
            &b"correct horse "[..],
            b"",
            b"Correct horse",
            b"battery staple",
        ] {
            let (state, f) = refused(&blob(pem), Some(password), Reason::WrongPassword);
            assert!(
                f.message
                    .starts_with("the password does not open the key ("),
                "{}",
                f.message
            );
            assert!(matches!(state, KeyState::Unopened { encoding: Some(_) }));
        }
    }
}

#[test]
fn pbes1_and_pkcs12_schemes_are_unsupported() {
    let (state, f) = refused(
        &blob(P256_ENC_PBE_SHA1_3DES),
        Some(PASSWORD),
        Reason::UnsupportedKeyAlgorithm,
    );
    assert_eq!(
        f.message,
        "the key is encrypted with PKCS#12 pbeWithSHAAnd3-KeyTripleDES-CBC \
         (OID 1.2.840.113549.1.12.1.3), which certvet does not open"
    );
    assert!(
        f.hint
            .unwrap()
            .contains("openssl pkcs8 -topk8 -v2 aes-256-cbc")
    );
    assert!(matches!(
        state,
        KeyState::Unopened {
            encoding: Some(KeyEncoding::Pkcs8Encrypted)
        }
    ));
}

/// An `EncryptedPrivateKeyInfo` from PBES2 parts.
fn pbes2(kdf: Node<'_>, cipher: &[u8], iv: &[u8], ciphertext: &[u8]) -> KeyBlob {
    let der = Node::Cons(
        der::SEQUENCE,
        vec![
            Node::Cons(
                der::SEQUENCE,
                vec![
                    Node::Prim(der::OID, oid::PBES2),
                    Node::Cons(
                        der::SEQUENCE,
                        vec![
                            kdf,
                            Node::Cons(
                                der::SEQUENCE,
                                vec![
                                    Node::Prim(der::OID, cipher),
                                    Node::Prim(der::OCTET_STRING, iv),
                                ],
                            ),
                        ],
                    ),
                ],
            ),
            Node::Prim(der::OCTET_STRING, ciphertext),
        ],
    )
    .to_der();
    KeyBlob::Der(der)
}

/// PBKDF2 `AlgorithmIdentifier` with an iteration count (big-endian) and a PRF OID.
fn pbkdf2<'a>(iterations: &'a [u8], prf: &'a [u8], key_length: Option<&'a [u8]>) -> Node<'a> {
    let mut params = vec![
        Node::Prim(der::OCTET_STRING, &[7; 8]),
        Node::Uint(iterations),
    ];
    if let Some(len) = key_length {
        params.push(Node::Uint(len));
    }
    params.push(Node::Cons(
        der::SEQUENCE,
        vec![Node::Prim(der::OID, prf), Node::Prim(der::NULL, &[])],
    ));
    Node::Cons(
        der::SEQUENCE,
        vec![
            Node::Prim(der::OID, oid::PBKDF2),
            Node::Cons(der::SEQUENCE, params),
        ],
    )
}

/// scrypt `AlgorithmIdentifier`.
fn scrypt<'a>(n: &'a [u8], r: &'a [u8], p: &'a [u8]) -> Node<'a> {
    Node::Cons(
        der::SEQUENCE,
        vec![
            Node::Prim(der::OID, oid::SCRYPT),
            Node::Cons(
                der::SEQUENCE,
                vec![
                    Node::Prim(der::OCTET_STRING, &[7; 8]),
                    Node::Uint(n),
                    Node::Uint(r),
                    Node::Uint(p),
                ],
            ),
        ],
    )
}

#[test]
fn hostile_and_broken_pbes2_parameters_are_refused_before_deriving() {
    let ct = [0u8; 32];
    let iv16 = [1u8; 16];
    let hmac_sha512_256 = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x0d];
    let aes128_gcm = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x06];
    // Table: blob, expected reason, expected message. With the password given, so
    // a derivation would really run (2^30 iterations would take minutes).
    let cases: Vec<(KeyBlob, Reason, &str)> = vec![
        (
            pbes2(
                pbkdf2(&[0], oid::HMAC_SHA256, None),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::MalformedPrivateKey,
            "the key asks for 0 PBKDF2 iterations",
        ),
        (
            pbes2(
                pbkdf2(&[0x40, 0, 0, 0], oid::HMAC_SHA256, None),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::InputTooLarge,
            "the key asks for 2^30 PBKDF2 iterations; the limit is 1000000: re-encrypt it with \
             `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
        ),
        (
            pbes2(
                pbkdf2(&[0xff; 9], oid::HMAC_SHA256, None),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::InputTooLarge,
            "the key asks for more than 2^64 PBKDF2 iterations; the limit is 1000000: re-encrypt \
             it with `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], &hmac_sha512_256, None),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::UnsupportedKeyAlgorithm,
            "the key is encrypted with PKCS#8 PBES2 using PBKDF2 with the PRF HMAC-SHA512/256 \
             (OID 1.2.840.113549.2.13), which certvet does not open",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], &[0x2a, 0x03, 0x04], None),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::UnsupportedKeyAlgorithm,
            "the key is encrypted with PKCS#8 PBES2 using PBKDF2 with the PRF OID 1.2.3.4, which \
             certvet does not open",
        ),
        (
            pbes2(
                scrypt(&[0x40, 0, 0, 0], &[8], &[1]),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::InputTooLarge,
            "the key asks for scrypt with N=2^30, r=8 (1 TiB of memory); the limit is 32 MiB: \
             re-encrypt it with `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
        ),
        (
            pbes2(scrypt(&[0x40, 0], &[8], &[64]), oid::AES256_CBC, &iv16, &ct),
            Reason::InputTooLarge,
            "the key asks for scrypt parallelism p=64; the limit is 16: re-encrypt it with \
             `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
        ),
        (
            pbes2(scrypt(&[0x40, 1], &[8], &[1]), oid::AES256_CBC, &iv16, &ct),
            Reason::MalformedPrivateKey,
            "the scrypt cost N=16385 is not a power of two above 1",
        ),
        (
            pbes2(scrypt(&[0x40, 0], &[0], &[1]), oid::AES256_CBC, &iv16, &ct),
            Reason::MalformedPrivateKey,
            "the scrypt block size r or parallelism p is 0",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], oid::HMAC_SHA256, None),
                oid::DES_EDE3_CBC,
                &[1; 4],
                &ct,
            ),
            Reason::MalformedPrivateKey,
            "the DES-EDE3-CBC IV is 4 bytes; it must be 8",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], oid::HMAC_SHA256, None),
                oid::AES128_CBC,
                &[1; 15],
                &ct,
            ),
            Reason::MalformedPrivateKey,
            "the AES-128-CBC IV is 15 bytes; it must be 16",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], oid::HMAC_SHA256, None),
                &aes128_gcm,
                &[1; 12],
                &ct,
            ),
            Reason::UnsupportedKeyAlgorithm,
            "the key is encrypted with PKCS#8 PBES2 using the cipher AES-128-GCM \
             (OID 2.16.840.1.101.3.4.1.6), which certvet does not open",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], oid::HMAC_SHA256, Some(&[16])),
                oid::AES256_CBC,
                &iv16,
                &ct,
            ),
            Reason::MalformedPrivateKey,
            "the PBKDF2-HMAC-SHA256 keyLength is not AES-256-CBC's 32-byte key",
        ),
        (
            pbes2(
                pbkdf2(&[8, 0], oid::HMAC_SHA256, None),
                oid::AES256_CBC,
                &iv16,
                &ct[..17],
            ),
            Reason::MalformedPrivateKey,
            "the encrypted key is 17 bytes, not a whole number of 16-byte AES-256-CBC blocks",
        ),
    ];
    for (blob, reason, message) in cases {
        let (state, f) = refused(&blob, Some(PASSWORD), reason);
        assert_eq!(f.message, message);
        assert!(matches!(
            state,
            KeyState::Unopened {
                encoding: Some(KeyEncoding::Pkcs8Encrypted)
            }
        ));
    }
}

#[test]
fn legacy_short_iv_is_malformed() {
    let pem = P256_LEGACY_AES128.replace(
        "DEK-Info: AES-128-CBC,B5A13627A778A8D100F1A319DBA31338",
        "DEK-Info: AES-128-CBC,B5A13627A778A8D1",
    );
    assert_ne!(pem, P256_LEGACY_AES128);
    let (state, f) = refused(&blob(&pem), Some(PASSWORD), Reason::MalformedPrivateKey);
    assert_eq!(
        f.message,
        "the DEK-Info IV for AES-128-CBC must be 32 hex digits; it is \"B5A13627A778A8D1\""
    );
    assert!(matches!(
        state,
        KeyState::Unopened {
            encoding: Some(KeyEncoding::PemEncrypted)
        }
    ));
}

#[test]
fn decrypted_sequence_that_is_no_key_is_malformed_not_wrong_password() {
    use cbc::cipher::block_padding::Pkcs7;
    use cbc::cipher::{BlockModeEncrypt, KeyIvInit};
    let iv = [9u8; 16];
    let key = encrypted_key_for_test(&iv[..8]);
    // SEQUENCE { INTEGER 5 }: one DER SEQUENCE, but no SEC1 key.
    let ct = cbc::Encryptor::<aes::Aes128>::new_from_slices(&key, &iv)
        .unwrap()
        .encrypt_padded_vec::<Pkcs7>(&[0x30, 0x03, 0x02, 0x01, 0x05]);
    let blob = KeyBlob::Pem {
        label: "EC PRIVATE KEY".to_owned(),
        headers: vec![
            ("Proc-Type".to_owned(), "4,ENCRYPTED".to_owned()),
            ("DEK-Info".to_owned(), format!("AES-128-CBC,{}", hex(&iv))),
        ],
        body: SecretBytes::new(ct),
        line: 1,
    };
    let (_, f) = refused(&blob, Some(PASSWORD), Reason::MalformedPrivateKey);
    assert_eq!(
        f.message,
        "the SEC1 ECPrivateKey has a version other than 1"
    );
}

/// `EVP_BytesToKey(MD5)` for AES-128, as `openssl enc` computes it.
fn encrypted_key_for_test(salt: &[u8]) -> Vec<u8> {
    use md5::{Digest, Md5};
    let mut md5 = Md5::new();
    md5.update(PASSWORD);
    md5.update(salt);
    md5.finalize().to_vec()
}

// ---------------------------------------------------------------- tampering

#[test]
fn tampered_rsa_keys_are_inconsistent_and_say_which_part() {
    let original = body(RSA1024_PKCS1);
    let fields = rsa_fields(&original);
    assert_eq!(
        rsa_der(&fields),
        original,
        "the rebuilt key is byte-identical"
    );
    let claimed = PublicKey::Rsa {
        n: fields[0].clone(),
        e: fields[1].clone(),
    };
    // Table: field index (n e d p q dP dQ qInv), expected message.
    let cases = [
        (2, "e·d ≢ 1 (mod p−1): d is not the private exponent for e"),
        (
            3,
            "p·q ≠ n: the prime factors do not multiply to the modulus",
        ),
        (
            4,
            "p·q ≠ n: the prime factors do not multiply to the modulus",
        ),
        (5, "dP (exponent1) ≠ d mod (p−1)"),
        (6, "dQ (exponent2) ≠ d mod (q−1)"),
        (
            7,
            "qInv·q ≢ 1 (mod p): the CRT coefficient qInv (coefficient) is wrong",
        ),
        (1, "e·d ≢ 1 (mod p−1): d is not the private exponent for e"),
        (
            0,
            "p·q ≠ n: the prime factors do not multiply to the modulus",
        ),
    ];
    for (i, why) in cases {
        let mut tampered = fields.clone();
        let last = tampered[i].last_mut().unwrap();
        *last ^= 0x02; // keeps n odd
        let key = rsa_der(&tampered);
        let (state, f) = refused(&der_blob(&key), None, Reason::MalformedPrivateKey);
        assert_eq!(
            f.message,
            format!("the RSA private key's parts disagree: {why}")
        );
        let want_public = if i < 2 {
            PublicKey::Rsa {
                n: tampered[0].clone(),
                e: tampered[1].clone(),
            }
        } else {
            claimed.clone()
        };
        match state {
            KeyState::Inconsistent {
                encoding: KeyEncoding::Pkcs1,
                public: Some(public),
            } => assert_eq!(public, want_public),
            other => panic!("field {i}: {other:?}"),
        }
    }
}

#[test]
fn tampered_rsa_inside_pkcs8_is_inconsistent_with_pkcs8_encoding() {
    let mut fields = rsa_fields(&body(RSA1024_PKCS1));
    *fields[2].last_mut().unwrap() ^= 4;
    let pkcs1 = rsa_der(&fields);
    let (algorithm, private_key) = rsa::pkcs8_parts(&pkcs1);
    let p8 = pkcs8::private_key_info(algorithm, private_key);
    let (state, _) = refused(&der_blob(&p8), None, Reason::MalformedPrivateKey);
    assert!(matches!(
        state,
        KeyState::Inconsistent {
            encoding: KeyEncoding::Pkcs8,
            public: Some(PublicKey::Rsa { .. })
        }
    ));
}

#[test]
fn multi_prime_rsa_is_unsupported() {
    let (state, f) = refused(
        &blob(MULTI_PRIME_PKCS8),
        None,
        Reason::UnsupportedKeyAlgorithm,
    );
    assert_eq!(
        f.message,
        "the key is multi-prime RSA (3 primes), which certvet does not take"
    );
    assert!(matches!(
        state,
        KeyState::Unopened {
            encoding: Some(KeyEncoding::Pkcs8)
        }
    ));
}

/// P-256's group order.
const P256_ORDER: &str = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
/// P-256's generator, uncompressed.
const P256_G: &str = "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296\
                      4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5";

#[test]
fn tampered_ec_keys_are_inconsistent() {
    let (scalar, point) = sec1_parts(&body(P256_SEC1));
    let honest = PublicKey::Ec {
        curve: Curve::P256,
        point: point.clone(),
    };
    assert_eq!(honest, spki_public(P256_SPKI_DER));
    let mut wrong = scalar.clone();
    wrong[31] ^= 1;
    let zero = [0u8; 32];
    let order = unhex(P256_ORDER);
    // Table: scalar, embedded point, expected message, expected claimed public
    // (`None` = Unopened: without a public key in the file there is nothing to
    // disagree with, so the key is malformed rather than inconsistent).
    type Case<'a> = (
        &'a [u8],
        Option<&'a [u8]>,
        &'a str,
        Option<Option<PublicKey>>,
    );
    let cases: [Case<'_>; 5] = [
        (
            &wrong,
            Some(&point),
            "the embedded public key (SEC1 publicKey) is not the one the private scalar derives",
            Some(Some(honest.clone())),
        ),
        (
            &zero,
            Some(&point),
            "the EC private key is invalid: the private scalar is 0",
            Some(Some(honest.clone())),
        ),
        (
            &order,
            Some(&[4, 1, 2]),
            "the EC private key is invalid: the private scalar is not below the P-256 group order",
            Some(None),
        ),
        (
            &order,
            None,
            "the EC private key is invalid: the private scalar is not below the P-256 group order",
            None,
        ),
        (
            &[],
            None,
            "the EC private key's privateKey field has the wrong length: 0 octets, where a \
             P-256 key has exactly 32 (RFC 5915)",
            None,
        ),
    ];
    for (scalar, point, message, claimed) in cases {
        let (state, f) = refused(
            &der_blob(&p256_sec1(scalar, point)),
            None,
            Reason::MalformedPrivateKey,
        );
        assert_eq!(f.message, message);
        match (state, claimed) {
            (
                KeyState::Inconsistent {
                    encoding: KeyEncoding::Sec1,
                    public,
                },
                Some(claimed),
            ) => assert_eq!(public, claimed),
            (
                KeyState::Unopened {
                    encoding: Some(KeyEncoding::Sec1),
                },
                None,
            ) => {}
            (other, _) => panic!("{message}: {other:?}"),
        }
    }
}

#[test]
fn privatekey_fields_of_another_length_are_refused() {
    // RFC 5915 fixes the field at the order's length (contract v1.1): d = 1 written in one
    // octet, the full 32 octets with a leading zero (33), are both MalformedPrivateKey.
    let (scalar, _) = sec1_parts(&body(P256_SEC1));
    let long = [&[0u8][..], &scalar].concat();
    for (field, len) in [(&[1u8][..], 1), (&long[..], 33)] {
        let (state, f) = refused(
            &der_blob(&p256_sec1(field, None)),
            None,
            Reason::MalformedPrivateKey,
        );
        assert_eq!(
            f.message,
            format!(
                "the EC private key's privateKey field has the wrong length: {len} octets, \
                 where a P-256 key has exactly 32 (RFC 5915)"
            )
        );
        assert!(matches!(
            state,
            KeyState::Unopened {
                encoding: Some(KeyEncoding::Sec1)
            }
        ));
    }
    // d = 1 at the full length: the public key is the generator.
    let one = [&[0u8; 31][..], &[1]].concat();
    let key = proven(&der_blob(&p256_sec1(&one, None)), None);
    assert_eq!(
        key.public,
        PublicKey::Ec {
            curve: Curve::P256,
            point: unhex(P256_G)
        }
    );
    let sec1 = key.secret.to_sec1_der().unwrap();
    assert_eq!(sec1_parts(&sec1).0, one);
}

#[test]
fn compressed_embedded_point_is_accepted() {
    let (scalar, point) = sec1_parts(&body(P256_SEC1));
    let mut compressed = vec![2 | (point[64] & 1)];
    compressed.extend_from_slice(&point[1..33]);
    let key = proven(&der_blob(&p256_sec1(&scalar, Some(&compressed))), None);
    assert_eq!(key.public, spki_public(P256_SPKI_DER));
    compressed[0] ^= 1;
    let (state, _) = refused(
        &der_blob(&p256_sec1(&scalar, Some(&compressed))),
        None,
        Reason::MalformedPrivateKey,
    );
    assert!(matches!(state, KeyState::Inconsistent { .. }));
}

/// PKCS#8 around a SEC1 key, with the given AlgorithmIdentifier curve and an
/// optional v2 public key.
fn ec_pkcs8(curve_oid: &[u8], sec1: &[u8], v2_public: Option<&[u8]>) -> Vec<u8> {
    let bits;
    let mut fields = vec![
        Node::Uint(if v2_public.is_some() { &[1] } else { &[] }),
        Node::Cons(
            der::SEQUENCE,
            vec![
                Node::Prim(der::OID, oid::EC_PUBLIC_KEY),
                Node::Prim(der::OID, curve_oid),
            ],
        ),
        Node::Prim(der::OCTET_STRING, sec1),
    ];
    if let Some(public) = v2_public {
        bits = [&[0u8][..], public].concat();
        fields.push(Node::Prim(der::context_primitive(1), &bits));
    }
    Node::Cons(der::SEQUENCE, fields).to_der().to_vec()
}

#[test]
fn pkcs8_curve_must_agree_with_sec1_parameters() {
    let sec1 = body(P256_SEC1);
    // Agreeing parameters (OpenSSL omits them inside PKCS#8; both forms open).
    let key = proven(&der_blob(&ec_pkcs8(oid::P256, &sec1, None)), None);
    assert_eq!(key.public, spki_public(P256_SPKI_DER));
    let (state, f) = refused(
        &der_blob(&ec_pkcs8(oid::P384, &sec1, None)),
        None,
        Reason::MalformedPrivateKey,
    );
    assert_eq!(
        f.message,
        "the SEC1 parameters (P-256 (OID 1.2.840.10045.3.1.7)) disagree with the PKCS#8 \
         algorithm's curve (P-384)"
    );
    assert!(matches!(
        state,
        KeyState::Unopened {
            encoding: Some(KeyEncoding::Pkcs8)
        }
    ));
}

#[test]
fn pkcs8_v2_ec_public_key_is_checked() {
    let sec1 = body(P256_SEC1);
    let (_, point) = sec1_parts(&sec1);
    let key = proven(&der_blob(&ec_pkcs8(oid::P256, &sec1, Some(&point))), None);
    assert_eq!(key.public, spki_public(P256_SPKI_DER));
    let other = spki_public(P384_SPKI_DER);
    let mut wrong = point.clone();
    wrong[40] ^= 1;
    let (state, f) = refused(
        &der_blob(&ec_pkcs8(oid::P256, &sec1, Some(&wrong))),
        None,
        Reason::MalformedPrivateKey,
    );
    assert_eq!(
        f.message,
        "the embedded public key (PKCS#8 publicKey) is not the one the private scalar derives"
    );
    assert!(matches!(
        state,
        KeyState::Inconsistent {
            encoding: KeyEncoding::Pkcs8,
            ..
        }
    ));
    assert_ne!(other, key.public);
}

/// An Ed25519 PKCS#8 with a seed and an optional v2 public key.
fn ed25519_pkcs8(seed: &[u8], public: Option<&[u8]>) -> Vec<u8> {
    let inner = Node::Prim(der::OCTET_STRING, seed).to_der();
    let bits;
    let mut fields = vec![
        Node::Uint(if public.is_some() { &[1] } else { &[] }),
        Node::Cons(der::SEQUENCE, vec![Node::Prim(der::OID, oid::ED25519)]),
        Node::Prim(der::OCTET_STRING, &inner),
    ];
    if let Some(public) = public {
        bits = [&[0u8][..], public].concat();
        fields.push(Node::Prim(der::context_primitive(1), &bits));
    }
    Node::Cons(der::SEQUENCE, fields).to_der().to_vec()
}

/// The seed of an Ed25519 PKCS#8.
fn ed25519_seed(p8: &[u8]) -> Vec<u8> {
    let mut seq = Reader::new(der::whole(p8, der::SEQUENCE).unwrap());
    seq.uint().unwrap();
    seq.sequence().unwrap();
    let inner = seq.read(der::OCTET_STRING).unwrap();
    der::whole(inner, der::OCTET_STRING).unwrap().to_vec()
}

#[test]
fn pkcs8_v2_ed25519_public_key_is_checked() {
    let seed = ed25519_seed(&body(ED25519_PKCS8));
    let PublicKey::Ed25519(public) = spki_public(ED25519_SPKI_DER) else {
        panic!("not Ed25519")
    };
    let key = proven(&der_blob(&ed25519_pkcs8(&seed, Some(&public))), None);
    assert_eq!(key.public, PublicKey::Ed25519(public));

    let mut wrong = public;
    wrong[0] ^= 1;
    let (state, f) = refused(
        &der_blob(&ed25519_pkcs8(&seed, Some(&wrong))),
        None,
        Reason::MalformedPrivateKey,
    );
    assert_eq!(
        f.message,
        "the embedded public key (PKCS#8 publicKey) is not the one the private seed derives"
    );
    match state {
        KeyState::Inconsistent {
            encoding: KeyEncoding::Pkcs8,
            public: Some(claimed),
        } => assert_eq!(claimed, PublicKey::Ed25519(wrong)),
        other => panic!("{other:?}"),
    }

    let (_, f) = refused(
        &der_blob(&ed25519_pkcs8(&seed[..31], None)),
        None,
        Reason::MalformedPrivateKey,
    );
    assert_eq!(
        f.message,
        "the Ed25519 private key is 31 bytes; RFC 8410 says 32"
    );
}

// ---------------------------------------------------------------- kinds

#[test]
fn public_keys_are_public_only_without_a_finding() {
    let rsa = spki_public(RSA2048_SPKI_DER);
    // Table: blob, expected public key.
    let cases = [
        (blob(RSA2048_SPKI), rsa.clone()),
        (blob(RSA2048_RSA_PUBLIC), rsa.clone()),
        (der_blob(&b64(RSA2048_SPKI_DER)), rsa),
        (der_blob(&b64(P256_SPKI_DER)), spki_public(P256_SPKI_DER)),
        (blob(ED448_SPKI), PublicKey::Unsupported("Ed448".to_owned())),
    ];
    for (blob, want) in cases {
        let (state, findings) = open_with(&blob, None);
        assert!(findings.is_empty(), "{findings:?}");
        match state {
            KeyState::PublicOnly { public } => assert_eq!(public, want),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn unsupported_algorithms_are_named() {
    // Table: blob, expected message, expected encoding.
    let cases = [
        (
            blob(ED448_PKCS8),
            "the key is Ed448 (OID 1.3.101.113), which certvet does not take",
            Some(KeyEncoding::Pkcs8),
        ),
        (
            blob(X25519_PKCS8),
            "the key is X25519 (OID 1.3.101.110), which certvet does not take",
            Some(KeyEncoding::Pkcs8),
        ),
        (
            blob(DSA_PKCS8),
            "the key is DSA (OID 1.2.840.10040.4.1), which certvet does not take",
            Some(KeyEncoding::Pkcs8),
        ),
        (
            blob(K256_PKCS8),
            "the key is EC on the curve secp256k1 (OID 1.3.132.0.10), which certvet does not take",
            Some(KeyEncoding::Pkcs8),
        ),
        (
            blob(K256_SEC1),
            "the key is EC on the curve secp256k1 (OID 1.3.132.0.10), which certvet does not take",
            Some(KeyEncoding::Sec1),
        ),
        (
            blob(P256_EXPLICIT),
            "the key is EC with explicit curve parameters, which certvet does not take (the \
             cloud API wants a named curve)",
            Some(KeyEncoding::Sec1),
        ),
        (
            relabel(DSA_PKCS8, "DSA PRIVATE KEY"),
            "the key is DSA, which certvet does not take",
            None,
        ),
    ];
    for (blob, message, encoding) in cases {
        let (state, f) = refused(&blob, None, Reason::UnsupportedKeyAlgorithm);
        assert_eq!(f.message, message);
        assert!(matches!(state, KeyState::Unopened { encoding: e } if e == encoding));
    }
}

#[test]
fn other_blocks_and_garbage() {
    let (state, f) = refused(
        &relabel(P256_SEC1, "CERTIFICATE"),
        None,
        Reason::UnexpectedPemBlock,
    );
    assert_eq!(
        f.message,
        "the key file holds a CERTIFICATE block, not a private key"
    );
    assert!(matches!(state, KeyState::Unopened { encoding: None }));
    let (_, f) = refused(
        &relabel(P256_SEC1, "OPENSSH PRIVATE KEY"),
        None,
        Reason::UnexpectedPemBlock,
    );
    assert!(f.hint.unwrap().contains("ssh-keygen -p -m PKCS8"));

    let (state, f) = refused(&der_blob(b"not a key"), None, Reason::MalformedPrivateKey);
    assert_eq!(
        f.message,
        "the DER key file is not a PKCS#8, PKCS#1 or SEC1 private key"
    );
    assert!(matches!(state, KeyState::Unopened { encoding: None }));

    // A PKCS#1 body under a PKCS#8 label: malformed, with the right label in the message.
    let (state, f) = refused(
        &relabel(RSA1024_PKCS1, "PRIVATE KEY"),
        None,
        Reason::MalformedPrivateKey,
    );
    assert!(
        f.message
            .ends_with("; the contents fit the label RSA PRIVATE KEY, not PRIVATE KEY"),
        "{}",
        f.message
    );
    assert!(matches!(
        state,
        KeyState::Unopened {
            encoding: Some(KeyEncoding::Pkcs8)
        }
    ));

    // Truncated DER inside a correct label.
    let mut short = body(P256_SEC1);
    short.truncate(40);
    let blob = KeyBlob::Pem {
        label: "EC PRIVATE KEY".to_owned(),
        headers: Vec::new(),
        body: SecretBytes::new(short),
        line: 1,
    };
    let (_, f) = refused(&blob, None, Reason::MalformedPrivateKey);
    assert_eq!(
        f.message,
        "the SEC1 ECPrivateKey does not decode: a length past the end of the data"
    );
}

#[test]
fn never_panics_on_truncations_and_bit_flips() {
    for pem in [
        RSA1024_PKCS1,
        P256_SEC1,
        ED25519_PKCS8,
        P256_ENC_AES256,
        RSA2048_SPKI,
    ] {
        let der = body(pem);
        for cut in 0..der.len() {
            let _ = open_with(&der_blob(&der[..cut]), Some(PASSWORD));
        }
        for i in (0..der.len()).step_by(7) {
            let mut flipped = der.clone();
            flipped[i] ^= 0x41;
            let _ = open_with(&der_blob(&flipped), Some(PASSWORD));
        }
    }
}

// ---------------------------------------------------------------- conversions

#[test]
fn conversions_match_openssl_bytes_and_reopen_to_the_same_key() {
    // RSA: PKCS#1 → PKCS#8 is OpenSSL's PKCS#8, and back.
    let rsa = proven(&blob(RSA2048_PKCS1), None);
    assert_eq!(*rsa.secret.to_pkcs8_der().unwrap(), b64(RSA2048_PKCS8_DER));
    let rsa8 = proven(&blob(RSA2048_PKCS8), None);
    assert_eq!(*rsa8.secret.to_pkcs1_der().unwrap(), body(RSA2048_PKCS1));
    assert_eq!(
        rsa.secret.to_sec1_der().unwrap_err(),
        "the key is RSA, and SEC1 (EC PRIVATE KEY) holds EC keys only"
    );

    // EC: SEC1 ⇄ PKCS#8 byte for byte, on every curve.
    for (sec1, p8) in [
        (P256_SEC1, P256_PKCS8),
        (P384_SEC1, P384_PKCS8),
        (P521_SEC1, P521_PKCS8),
    ] {
        let from_sec1 = proven(&blob(sec1), None);
        assert_eq!(*from_sec1.secret.to_pkcs8_der().unwrap(), body(p8));
        let from_p8 = proven(&blob(p8), None);
        assert_eq!(*from_p8.secret.to_sec1_der().unwrap(), body(sec1));
        assert!(
            from_p8
                .secret
                .to_pkcs1_der()
                .unwrap_err()
                .starts_with("the key is EC P-")
        );
    }

    // Ed25519: PKCS#8 v1 as OpenSSL writes it.
    let ed = proven(&blob(ED25519_PKCS8), None);
    assert_eq!(*ed.secret.to_pkcs8_der().unwrap(), body(ED25519_PKCS8));

    // Decrypted keys re-open from every conversion with the same derived key.
    for (pem, password) in [
        (RSA1024_ENC, Some(PASSWORD)),
        (RSA1024_LEGACY_AES256, Some(PASSWORD)),
        (P256_LEGACY_AES256, Some(PASSWORD)),
        (P521_PKCS8, None),
        (ED25519_ENC, Some(PASSWORD)),
        (PSS_PKCS8, None),
    ] {
        let key = proven(&blob(pem), password);
        let p8 = proven(&der_blob(&key.secret.to_pkcs8_der().unwrap()), None);
        assert_eq!((p8.encoding, &p8.public), (KeyEncoding::Pkcs8, &key.public));
        if let Ok(p1) = key.secret.to_pkcs1_der() {
            let p1 = proven(&der_blob(&p1), None);
            assert_eq!((p1.encoding, &p1.public), (KeyEncoding::Pkcs1, &key.public));
        }
        if let Ok(sec1) = key.secret.to_sec1_der() {
            let sec1 = proven(&der_blob(&sec1), None);
            assert_eq!(
                (sec1.encoding, &sec1.public),
                (KeyEncoding::Sec1, &key.public)
            );
        }
    }
}

// ---------------------------------------------------------------- secrecy

#[test]
fn debug_never_shows_key_bytes() {
    let rsa_d = rsa_fields(&body(RSA2048_PKCS1))[2].clone();
    let (ec_scalar, _) = sec1_parts(&body(P256_SEC1));
    let ed_seed = ed25519_seed(&body(ED25519_PKCS8));
    // Table: PEM, password, a secret.
    type Case<'a> = (&'a str, Option<&'a [u8]>, &'a [u8]);
    let cases: [Case<'_>; 5] = [
        (RSA2048_PKCS1, None, &rsa_d),
        (P256_SEC1, None, &ec_scalar),
        (P256_ENC_AES256, Some(PASSWORD), &ec_scalar),
        (ED25519_PKCS8, None, &ed_seed),
        (ED25519_ENC, Some(PASSWORD), &ed_seed),
    ];
    for (pem, password, secret) in cases {
        let blob = blob(pem);
        let (state, findings) = open_with(&blob, password);
        let shown = format!("{state:?} {findings:?}");
        assert!(
            shown.starts_with("Proven(ProvenKey { encoding: "),
            "{shown}"
        );
        assert!(shown.contains("[secret key elided]"), "{shown}");
        let slice = &secret[4..20];
        for needle in [
            hex(slice),
            hex(slice).to_uppercase(),
            format!("{:?}", &slice[..6])
                .trim_end_matches(']')
                .to_owned(),
            STANDARD.encode(&secret[3..21]),
        ] {
            assert!(!shown.contains(&needle), "{shown} contains {needle}");
        }
        if let KeyState::Proven(key) = &state {
            let secret_dbg = format!("{:?}", key.secret);
            assert!(secret_dbg.starts_with("KeySecret("), "{secret_dbg}");
        }
    }
    // The known scalar slice, as `openssl ec -text` prints it, is absent too.
    let shown = format!("{:?}", open_with(&blob(P256_SEC1), None).0);
    assert!(!shown.contains("908f4dc518d42702"));
    assert!(hex(&ec_scalar).starts_with("908f4dc518d42702"));

    // An inconsistent key's state shows public parts only.
    let mut fields = rsa_fields(&body(RSA1024_PKCS1));
    *fields[2].last_mut().unwrap() ^= 2;
    let d = fields[2].clone();
    let (state, findings) = open_with(&der_blob(&rsa_der(&fields)), None);
    let shown = format!("{state:?} {findings:?}");
    assert_eq!(
        format!("{state:?}"),
        "Inconsistent { encoding: Pkcs1, public: Some(RSA-1024) }"
    );
    assert!(!shown.contains(&hex(&d[4..20])));
}

// ---------------------------------------------------------------- testdata/

/// The key block of a fixture file, read tolerantly (BOM, CR, text around
/// blocks, an `EC PARAMETERS` block first); DER when the manifest says so.
fn fixture_blob(bytes: &[u8], der: bool) -> KeyBlob {
    if der {
        return der_blob(bytes);
    }
    let text = String::from_utf8_lossy(bytes).replace('\r', "");
    let text = text.trim_start_matches('\u{feff}');
    let mut rest = text;
    loop {
        let start = rest.find("-----BEGIN ").unwrap();
        let block = &rest[start..];
        let end = block.find("-----END ").unwrap();
        let end_line = block[end..].find('\n').map_or(block.len(), |i| end + i);
        if !block.starts_with("-----BEGIN EC PARAMETERS-----") {
            return blob(&block[..end_line]);
        }
        rest = &block[end_line..];
    }
}

/// A password file read like OpenSSL's `-passin file:` (first line, no line end).
fn fixture_password(path: &std::path::Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    line.strip_suffix(b"\r").unwrap_or(line).to_vec()
}

/// The public key of the first certificate in a PEM file.
fn fixture_cert_public(path: &std::path::Path) -> PublicKey {
    let text = std::fs::read_to_string(path).unwrap();
    let KeyBlob::Pem { body, .. } = fixture_blob(text.as_bytes(), false) else {
        unreachable!()
    };
    let (_, cert) = x509_parser::parse_x509_certificate(&body).unwrap();
    match open_spki(cert.tbs_certificate.subject_pki.raw) {
        Ok(Opened::PublicOnly(public)) => public,
        _ => panic!("{} has no readable SPKI", path.display()),
    }
}

/// Every key of `testdata/manifest.json` (made by `testdata/gen.sh`), when the
/// fixtures are present: the derived public key is the certificate's, the
/// encoding is the manifest's, and the tampered keys fail as the README says.
#[test]
fn testdata_fixtures_when_present() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let Ok(manifest) = std::fs::read_to_string(root.join("manifest.json")) else {
        return;
    };
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    let keys = manifest["keys"].as_object().unwrap();
    let wrong = fixture_password(&root.join("passwords/wrong.txt"));
    // Tampered files: expected reason, and the expected state (true = Inconsistent).
    let tampered: &[(&str, Reason, bool)] = &[
        ("tampered/rsa-bad-d.pem", Reason::MalformedPrivateKey, true),
        ("tampered/rsa-bad-p.pem", Reason::MalformedPrivateKey, true),
        ("tampered/rsa-bad-dp.pem", Reason::MalformedPrivateKey, true),
        (
            "tampered/rsa-bad-qinv.pem",
            Reason::MalformedPrivateKey,
            true,
        ),
        (
            "tampered/rsa-foreign-pq.pem",
            Reason::MalformedPrivateKey,
            true,
        ),
        (
            "tampered/rsa-truncated.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
        (
            "tampered/ec-p256-wrong-scalar.pem",
            Reason::MalformedPrivateKey,
            true,
        ),
        (
            "tampered/ec-p256-scalar-zero.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
        (
            "tampered/ec-p256-scalar-ge-order.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
        (
            "tampered/ec-short-scalar.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
        (
            "tampered/ed25519-v2-wrong-public.pem",
            Reason::MalformedPrivateKey,
            true,
        ),
        (
            "tampered/pbes2-zero-iterations.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
        // The README says MalformedPrivateKey; the key brief says an unknown PRF
        // is UnsupportedKeyAlgorithm.
        (
            "tampered/pbes2-unknown-prf.pem",
            Reason::UnsupportedKeyAlgorithm,
            false,
        ),
        (
            "tampered/pbes2-huge-iterations.pem",
            Reason::InputTooLarge,
            false,
        ),
        ("tampered/scrypt-huge-n.pem", Reason::InputTooLarge, false),
        (
            "tampered/legacy-short-iv.pem",
            Reason::MalformedPrivateKey,
            false,
        ),
    ];
    let mut checked = 0;
    for (path, entry) in keys {
        let bytes = std::fs::read(root.join(path)).unwrap();
        let blob = fixture_blob(&bytes, entry["der"].as_bool().unwrap());
        let password = entry["password_file"]
            .as_str()
            .map(|p| fixture_password(&root.join(p)));
        let cert_public = entry["cert"]
            .as_str()
            .map(|c| fixture_cert_public(&root.join(c)));
        let encoding = entry["encoding"].as_str().unwrap();
        let unsupported_dir = ["dsa2048/", "ed448/", "ec-secp256k1/"]
            .iter()
            .any(|d| path.starts_with(d))
            || [
                "ca/root-dsa.key.pem",
                "ca/root-p192.key.pem",
                "ca/root-explicit-ec.key.pem",
            ]
            .contains(&path.as_str());
        if let Some((_, reason, inconsistent)) = tampered.iter().find(|(p, ..)| p == path) {
            let (state, f) = refused(&blob, password.as_deref(), *reason);
            match state {
                KeyState::Inconsistent {
                    encoding: e,
                    public,
                } => {
                    assert!(*inconsistent, "{path}: {}", f.message);
                    assert_eq!(e.as_str(), encoding, "{path}");
                    if path.contains("rsa") || path.contains("wrong-scalar") {
                        assert_eq!(
                            public, cert_public,
                            "{path}: the file claims the leaf's key"
                        );
                    }
                }
                KeyState::Unopened { .. } => assert!(!*inconsistent, "{path}: {}", f.message),
                other => panic!("{path}: {other:?}"),
            }
        } else if unsupported_dir {
            let (state, _) = refused(&blob, password.as_deref(), Reason::UnsupportedKeyAlgorithm);
            assert!(matches!(state, KeyState::Unopened { .. }), "{path}");
        } else {
            let key = proven(&blob, password.as_deref());
            if entry["der"].as_bool() == Some(true)
                && encoding == "PKCS#8"
                && matches!(key.encoding, KeyEncoding::Pkcs1 | KeyEncoding::Sec1)
            {
                // gen.sh makes these with `openssl pkey -outform DER`, which writes
                // the traditional container (PKCS#1 / SEC1), not PKCS#8.
                assert!(matches!(
                    key_container(&bytes),
                    Some(KeyContainer::Pkcs1 | KeyContainer::Sec1)
                ));
            } else {
                assert_eq!(key.encoding.as_str(), encoding, "{path}");
            }
            assert_eq!(key.der_input, entry["der"].as_bool().unwrap(), "{path}");
            if let Some(cert_public) = cert_public {
                assert_eq!(key.public, cert_public, "{path}");
            }
            if password.is_some() {
                refused(&blob, None, Reason::EncryptedPrivateKey);
                refused(&blob, Some(&wrong), Reason::WrongPassword);
            }
        }
        checked += 1;
    }
    assert!(checked >= 90, "only {checked} keys in the manifest");
}
