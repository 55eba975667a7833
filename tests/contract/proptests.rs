//! Property tests: PEM re-armoring with any line length, line end, BOM and stray
//! text reads back to the same DER; fingerprints are the SHA-1/SHA-256 of the DER;
//! and no input bytes, random or mutated fixtures, make any entry point panic.

use base64::Engine as _;
use certvet::{CheckInput, CheckOptions, Limits, Target};
use proptest::prelude::*;
use sha1::Digest as _;

use crate::support::{check_time, colon_hex, read};

/// Certificates (leaf first fixtures) re-armored by the properties.
const CERTS: &[&str] = &[
    "rsa2048/leaf.pem",
    "ec-p256/leaf.pem",
    "ec-p384/leaf.pem",
    "ed25519/leaf.pem",
    "ca/root-rsa.pem",
    "ca/int-ec.pem",
    "names/ip-sans.pem",
];

/// Fixtures the mutation properties start from (certificates and keys; no scrypt,
/// no RSA-4096, so debug builds stay quick).
const MUTANTS: &[&str] = &[
    "rsa2048/fullchain.pem",
    "ec-p256/leaf.pem",
    "ed25519/leaf.pem",
    "cert/rsa.der",
    "cert/p256.der",
    "rsa2048/key.pkcs1.pem",
    "rsa2048/key.pkcs8.der",
    "ec-p256/key.sec1.pem",
    "ec-p384/key.pkcs8.pem",
    "ed25519/key.pkcs8.pem",
    "rsa2048/key.pkcs8-aes256.pem",
    "rsa2048/key.pem-aes128.pem",
];

fn der_of(rel: &str) -> Vec<u8> {
    let text = read(rel);
    let text = String::from_utf8(text).unwrap();
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE-----"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .unwrap()
}

/// A PEM block of `der` with `width`-column lines and the given line end.
fn armor(der: &[u8], width: usize, eol: &str) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN CERTIFICATE-----{eol}");
    for chunk in b64.as_bytes().chunks(width) {
        out.push_str(std::str::from_utf8(chunk).unwrap());
        out.push_str(eol);
    }
    out.push_str(&format!("-----END CERTIFICATE-----{eol}"));
    out
}

/// Stray text: no dashes, so never a PEM marker.
fn junk() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,:;!?()=_]{0,40}"
}

fn opts() -> CheckOptions {
    CheckOptions::at(check_time())
}

/// Every entry point on one input; none may panic.
fn run_all(bytes: &[u8]) {
    let leaf = read("rsa2048/fullchain.pem");
    let o = opts();
    let _ = certvet::check(&CheckInput::new(bytes), &o).to_json();
    let _ = certvet::check(
        &CheckInput::new(&leaf)
            .with_key(bytes)
            .with_password(b"correct horse"),
        &o,
    )
    .to_text();
    let _ = certvet::fingerprints(bytes, &Limits::default());
    let _ = certvet::batch::check_line(bytes, 1, &o);
    let _ = certvet::fix(
        &CheckInput::new(bytes),
        &o.clone().with_target(Target::AliyunSlb),
    );
    let _ = certvet::fix(&CheckInput::new(&leaf).with_key(bytes), &o);
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Delete),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    match *m {
        Mutation::Flip(i, bit) if len > 0 => bytes[i % len] ^= 1 << bit,
        Mutation::Insert(i, b) => bytes.insert(i % (len + 1), b),
        Mutation::Delete(i) if len > 0 => {
            bytes.remove(i % len);
        }
        Mutation::Truncate(i) => bytes.truncate(i % (len + 1)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn rearmored_pem_reads_back_to_the_same_der(
        picks in prop::collection::vec((0..CERTS.len(), 1usize..=128, junk()), 1..=3),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        before in junk(),
        after in junk(),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        if !before.is_empty() {
            text.push_str(&before);
            text.push_str(eol);
        }
        let mut ders = Vec::new();
        for (i, (pick, width, between)) in picks.iter().enumerate() {
            let der = der_of(CERTS[*pick]);
            text.push_str(&armor(&der, *width, eol));
            if i + 1 < picks.len() && !between.is_empty() {
                text.push_str(between);
                text.push_str(eol);
            }
            ders.push(der);
        }
        text.push_str(&after);
        let report = certvet::check(&CheckInput::new(text.as_bytes()), &opts());
        let leaf = &ders[0];
        prop_assert_eq!(report.fingerprint.clone(), Some(colon_hex(&sha1::Sha1::digest(leaf))));
        prop_assert_eq!(
            report.fingerprint_sha256.clone(),
            Some(colon_hex(&sha2::Sha256::digest(leaf)))
        );
        prop_assert_eq!(report.chain_length, Some(ders.len()));
        // The same fingerprint as the original fixture's.
        let original = certvet::check(&CheckInput::new(&read(CERTS[picks[0].0])), &opts());
        prop_assert_eq!(report.fingerprint, original.fingerprint);
        let (sha1, sha256) = certvet::fingerprints(text.as_bytes(), &Limits::default()).unwrap();
        prop_assert_eq!(sha1.to_string(), colon_hex(&sha1::Sha1::digest(leaf)));
        prop_assert_eq!(sha256.to_string(), colon_hex(&sha2::Sha256::digest(leaf)));
    }

    #[test]
    fn der_input_fingerprint_is_sha_of_the_der(pick in 0..CERTS.len()) {
        let der = der_of(CERTS[pick]);
        let report = certvet::check(&CheckInput::new(&der), &opts());
        prop_assert_eq!(report.fingerprint, Some(colon_hex(&sha1::Sha1::digest(&der))));
        prop_assert_eq!(report.fingerprint_sha256, Some(colon_hex(&sha2::Sha256::digest(&der))));
        prop_assert_eq!(report.chain_length, Some(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        run_all(&bytes);
    }

    #[test]
    fn arbitrary_pem_like_text_never_panics(
        label in prop::sample::select(vec![
            "CERTIFICATE", "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY", "PUBLIC KEY", "X"
        ]),
        body in "[A-Za-z0-9+/=\r\n :,-]{0,400}",
        end in any::<bool>(),
    ) {
        let mut text = format!("-----BEGIN {label}-----\n{body}\n");
        if end {
            text.push_str(&format!("-----END {label}-----\n"));
        }
        run_all(text.as_bytes());
    }

    #[test]
    fn mutated_fixtures_never_panic(
        pick in 0..MUTANTS.len(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut bytes = read(MUTANTS[pick]);
        for m in &mutations {
            apply(&mut bytes, m);
        }
        run_all(&bytes);
    }

    #[test]
    fn mutated_der_inside_pem_never_panics(
        pick in 0..CERTS.len(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        // Mutate the DER, then armor it: the mutation reaches the X.509 parser.
        let mut der = der_of(CERTS[pick]);
        for m in &mutations {
            apply(&mut der, m);
        }
        let pem = armor(&der, 64, "\n");
        run_all(pem.as_bytes());
        run_all(&der);
    }
}
