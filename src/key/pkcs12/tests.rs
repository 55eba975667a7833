//! PKCS#12 files made by `openssl pkcs12 -export` (testdata/gen.sh); the expected
//! values are OpenSSL's answers recorded in testdata/manifest.json (`pkcs12` section).

use super::*;
use crate::fingerprint::Fingerprint;
use crate::x509::CertView;

const MODERN: &[u8] = include_bytes!("../../../testdata/pkcs12/modern.p12");
const LEGACY: &[u8] = include_bytes!("../../../testdata/pkcs12/legacy.p12");
const EMPTY: &[u8] = include_bytes!("../../../testdata/pkcs12/empty-password.p12");
const NOMAC: &[u8] = include_bytes!("../../../testdata/pkcs12/nomac.p12");
const SHA512: &[u8] = include_bytes!("../../../testdata/pkcs12/sha512-mac.p12");
const RC4: &[u8] = include_bytes!("../../../testdata/pkcs12/rc4.p12");
const KEY_FIRST: &[u8] = include_bytes!("../../../testdata/pkcs12/key-first.p12");
const REVERSED: &[u8] = include_bytes!("../../../testdata/pkcs12/reverse-certs.p12");
const EC: &[u8] = include_bytes!("../../../testdata/pkcs12/ec-p256.p12");
const LEAF_DER: &[u8] = include_bytes!("../../../testdata/rsa2048/leaf.der");

/// passwords/right.txt's first line.
const RIGHT: &[u8] = b"correct horse";
/// passwords/wrong.txt's first line.
const WRONG: &[u8] = b"battery staple";
/// manifest: pkcs12/*.p12 leaf_fingerprint (rsa2048's leaf).
const LEAF_SHA1: &str = "1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98";
/// manifest: pkcs12/ec-p256.p12 leaf_fingerprint.
const EC_LEAF_SHA1: &str = "0f:94:60:68:b8:a9:56:cd:1b:23:0a:2c:6f:2b:a6:ee:04:3a:71:bf";
/// manifest: subjects_in_file_order of the files OpenSSL wrote itself.
const CN_ORDER: [&str; 3] = [
    "rsa2048.example.com",
    "certvet Test Intermediate CA",
    "certvet Test Root CA",
];

fn opened(der: &[u8], password: Option<&[u8]>) -> Contents {
    match open(der, password, &Limits::default()) {
        Ok(c) => c,
        Err(f) => panic!("{}: {}", f.reason, f.message),
    }
}

fn refused(der: &[u8], password: Option<&[u8]>, limits: &Limits) -> Finding {
    match open(der, password, limits) {
        Ok(c) => panic!("opened: {c:?}"),
        Err(f) => f,
    }
}

/// The certificates' common names, in the order given.
fn names(certs: &[Vec<u8>], order: &[usize]) -> Vec<String> {
    order
        .iter()
        .map(|&i| {
            CertView::parse(&certs[i])
                .ok()
                .and_then(|v| v.common_name_string())
                .unwrap_or_default()
        })
        .collect()
}

/// Open the bag key, order the certificates, and return (key state, order).
fn leaf_first(contents: &Contents) -> (KeyState, Vec<usize>) {
    let mut findings = Vec::new();
    let key = contents.key.as_ref().expect("the file holds a key");
    let state = open_key(key, &mut findings);
    assert_eq!(findings, vec![]);
    let order = crate::check::pfx_order(&contents.certs, Some(&state));
    (state, order)
}

#[test]
fn sniffs_pfx_and_nothing_else() {
    for der in [
        MODERN, LEGACY, EMPTY, NOMAC, SHA512, RC4, KEY_FIRST, REVERSED, EC,
    ] {
        assert!(is_pfx(der));
    }
    assert!(!is_pfx(LEAF_DER));
    assert!(!is_pfx(b""));
    assert!(!is_pfx(&[0x30, 0x03, 0x02, 0x01, 0x03]));
    assert!(!is_pfx(include_bytes!(
        "../../../testdata/rsa2048/key.pkcs8.der"
    )));
}

#[test]
fn modern_openssl3_defaults_open() {
    let c = opened(MODERN, Some(RIGHT));
    assert_eq!(c.certs.len(), 3);
    assert_eq!(c.keys, 1);
    // manifest info: "MAC: sha256, Iteration 2048"; "PBES2, PBKDF2, AES-256-CBC, ... hmacWithSHA256"
    assert_eq!(
        c.protection,
        "HMAC-SHA-256 MAC, PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC"
    );
    let (state, order) = leaf_first(&c);
    assert_eq!(names(&c.certs, &order), CN_ORDER);
    assert_eq!(Fingerprint::of(&c.certs[order[0]]).hex(), LEAF_SHA1);
    assert_eq!(c.certs[order[0]], LEAF_DER);
    let KeyState::Proven(key) = state else {
        panic!("not proven: {state:?}")
    };
    assert_eq!(key.encoding, KeyEncoding::Pkcs12);
    assert_eq!(key.encoding.as_str(), "PKCS#12");
}

#[test]
fn legacy_rc2_40_and_3des_open() {
    let c = opened(LEGACY, Some(RIGHT));
    assert_eq!(
        c.protection,
        "HMAC-SHA-1 MAC, pbeWithSHAAnd40BitRC2-CBC, pbeWithSHAAnd3-KeyTripleDES-CBC"
    );
    let (state, order) = leaf_first(&c);
    assert!(matches!(state, KeyState::Proven(_)));
    assert_eq!(Fingerprint::of(&c.certs[order[0]]).hex(), LEAF_SHA1);
    assert_eq!(names(&c.certs, &order), CN_ORDER);
}

#[test]
fn empty_password_is_tried_when_none_is_given() {
    let c = opened(EMPTY, None);
    assert_eq!(c.certs.len(), 3);
    let (state, order) = leaf_first(&c);
    assert!(matches!(state, KeyState::Proven(_)));
    assert_eq!(Fingerprint::of(&c.certs[order[0]]).hex(), LEAF_SHA1);
    // A file with an empty password given as "" opens the same way.
    assert_eq!(opened(EMPTY, Some(b"")).certs.len(), 3);
}

#[test]
fn no_password_for_a_protected_file_is_encrypted_private_key() {
    let f = refused(MODERN, None, &Limits::default());
    assert_eq!(f.reason, Reason::EncryptedPrivateKey);
    assert_eq!(
        f.message,
        "the PKCS#12 file is protected by a password (HMAC-SHA-256 MAC) and none was given"
    );
    assert_eq!(f.hint.as_deref(), Some(HINT_NO_PASSWORD));
}

#[test]
fn wrong_password_fails_the_mac() {
    // manifest: wrong_password_opens false
    for der in [MODERN, LEGACY, SHA512] {
        let f = refused(der, Some(WRONG), &Limits::default());
        assert_eq!(f.reason, Reason::WrongPassword, "{}", f.message);
    }
    let f = refused(SHA512, Some(WRONG), &Limits::default());
    assert_eq!(
        f.message,
        "the password does not open the PKCS#12 file (HMAC-SHA-512 MAC)"
    );
}

#[test]
fn without_a_mac_the_bags_tell_the_password() {
    let c = opened(NOMAC, Some(RIGHT));
    assert!(
        c.protection.starts_with("no MAC, PBES2"),
        "{}",
        c.protection
    );
    assert_eq!(c.keys, 1);
    // manifest: OpenSSL's -info "opens" nomac.p12 with the wrong password (no MAC to
    // check, certificates in plain id-data); the key bag does not decrypt.
    let f = refused(NOMAC, Some(WRONG), &Limits::default());
    assert_eq!(f.reason, Reason::WrongPassword);
    let f = refused(NOMAC, None, &Limits::default());
    assert_eq!(f.reason, Reason::EncryptedPrivateKey);
}

#[test]
fn sha512_mac_and_aes128_bags_open() {
    let c = opened(SHA512, Some(RIGHT));
    assert_eq!(
        c.protection,
        "HMAC-SHA-512 MAC, PBES2: PBKDF2-HMAC-SHA256, AES-128-CBC"
    );
}

#[test]
fn rc4_is_unsupported_and_named() {
    let f = refused(RC4, Some(RIGHT), &Limits::default());
    assert_eq!(f.reason, Reason::UnsupportedKeyAlgorithm);
    assert_eq!(
        f.message,
        "the PKCS#12 file is protected with pbeWithSHAAnd128BitRC4, which certvet does not open"
    );
}

#[test]
fn key_first_and_reversed_chain_are_put_in_issuing_order() {
    for der in [KEY_FIRST, REVERSED] {
        let c = opened(der, Some(RIGHT));
        let (state, order) = leaf_first(&c);
        assert!(matches!(state, KeyState::Proven(_)));
        assert_eq!(names(&c.certs, &order), CN_ORDER);
        assert_eq!(Fingerprint::of(&c.certs[order[0]]).hex(), LEAF_SHA1);
    }
    // manifest: reverse-certs.p12 subjects_in_file_order is root, intermediate, leaf.
    let c = opened(REVERSED, Some(RIGHT));
    assert_eq!(
        names(&c.certs, &[0, 1, 2]),
        [
            "certvet Test Root CA",
            "certvet Test Intermediate CA",
            "rsa2048.example.com"
        ]
    );
}

#[test]
fn ec_key_bag_opens_and_picks_its_leaf() {
    let c = opened(EC, Some(RIGHT));
    let (state, order) = leaf_first(&c);
    let KeyState::Proven(key) = state else {
        panic!("not proven")
    };
    assert_eq!(key.public.describe(), "EC P-256");
    assert_eq!(Fingerprint::of(&c.certs[order[0]]).hex(), EC_LEAF_SHA1);
}

#[test]
fn iteration_caps_apply_before_any_derivation() {
    let limits = Limits {
        pbkdf2_iterations: 1000,
        ..Limits::default()
    };
    let f = refused(MODERN, Some(RIGHT), &limits);
    assert_eq!(f.reason, Reason::InputTooLarge);
    assert_eq!(
        f.message,
        "the PKCS#12 HMAC-SHA-256 MAC asks for 2048 iterations; the limit is 1000"
    );
    // Without a MAC the bag's PBKDF2 count is capped by the PBES2 code.
    let f = refused(NOMAC, Some(RIGHT), &limits);
    assert_eq!(f.reason, Reason::InputTooLarge);
}

#[test]
fn too_many_certificates_is_input_too_large() {
    let limits = Limits {
        chain_certificates: 2,
        ..Limits::default()
    };
    let f = refused(MODERN, Some(RIGHT), &limits);
    assert_eq!(f.reason, Reason::InputTooLarge);
}

#[test]
fn truncated_and_junk_files_are_malformed_not_panics() {
    for cut in [10, 100, MODERN.len() / 2, MODERN.len() - 1] {
        let f = refused(&MODERN[..cut], Some(RIGHT), &Limits::default());
        assert_eq!(f.reason, Reason::MalformedCertificate, "cut at {cut}");
    }
    let mut flipped = MODERN.to_vec();
    let last = flipped.len() - 5;
    flipped[last] ^= 0x55; // inside the MAC value
    let f = refused(&flipped, Some(RIGHT), &Limits::default());
    assert_eq!(f.reason, Reason::WrongPassword);
}

#[test]
fn bmp_string_is_utf16_big_endian_with_a_nul() {
    assert_eq!(&bmp_string(b"ab")[..], &[0, b'a', 0, b'b', 0, 0]);
    assert_eq!(&bmp_string("é".as_bytes())[..], &[0, 0xe9, 0, 0]);
    assert_eq!(&bmp_string(b"")[..], &[0, 0]);
    assert_eq!(&bmp_string(&[0xff])[..], &[0, 0xff, 0, 0]);
}

#[test]
fn debug_never_shows_the_key() {
    let c = opened(MODERN, Some(RIGHT));
    let shown = format!("{c:?}");
    assert_eq!(
        shown,
        "Contents { certs: 3, keys: 1, protection: \"HMAC-SHA-256 MAC, PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC\", .. }"
    );
}

#[test]
fn issuing_order_without_a_key_keeps_the_file_order() {
    let c = opened(REVERSED, Some(RIGHT));
    assert_eq!(crate::check::pfx_order(&c.certs, None), vec![0, 1, 2]);
}
