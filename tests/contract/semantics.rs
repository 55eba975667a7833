//! The five semantic cases an independent corpus found (issue 21), one fixture each
//! (`testdata/gen.sh`, section J): `SignedByNext` and the reasons as contract v1.1 pins
//! them down.

use certvet::{Reason, Target};

use crate::support::{check_files, reasons};

fn links(report: &certvet::Report) -> Vec<Option<bool>> {
    report
        .chain
        .as_ref()
        .expect("a chain")
        .iter()
        .map(|e| e.signed_by_next)
        .collect()
}

/// (1) The next certificate's key or signature algorithm is of a kind certvet does not
/// verify: `SignedByNext` null, and a `SignatureNotChecked` warning naming both
/// certificates and the algorithm; no error.
#[test]
fn an_unverifiable_issuer_gives_null_and_signature_not_checked() {
    for (file, leaf, root, what) in [
        (
            "chains/chain-dsa-root.pem",
            "dsa-root.example.com",
            "certvet Test DSA Root CA",
            "dsa-with-sha256",
        ),
        (
            "chains/chain-p192-root.pem",
            "p192-root.example.com",
            "certvet Test P-192 Root CA",
            "1.2.840.10045.3.1.1",
        ),
        (
            "chains/chain-explicit-ec-root.pem",
            "explicit-ec-root.example.com",
            "certvet Test Explicit EC Root CA",
            "explicit parameters",
        ),
    ] {
        let report = check_files(file, None, None, Target::Generic);
        assert_eq!(links(&report), [None, None], "{file}");
        assert_eq!(
            reasons(&report),
            (vec![], vec!["SignatureNotChecked".to_owned()]),
            "{file}"
        );
        assert!(report.valid, "{file}");
        let m = &report.warnings[0].message;
        for part in [
            format!("certificate 1 (CN={leaf})"),
            format!("certificate 2 (CN={root})"),
            what.to_owned(),
        ] {
            assert!(m.contains(&part), "{file}: {m:?} lacks {part:?}");
        }
    }
}

/// (2) The issuer's RSA key is an empty BIT STRING: the leaf names it as its issuer and its
/// signature cannot verify with that key, so `SignedByNext` is false and the chain is
/// broken; the intermediate, last, has its issuer (the root) missing.
#[test]
fn an_issuer_key_that_does_not_decode_is_a_broken_signature() {
    let report = check_files(
        "chains/chain-issuer-key-empty.pem",
        None,
        None,
        Target::Generic,
    );
    assert_eq!(links(&report), [Some(false), None]);
    assert_eq!(
        reasons(&report),
        (
            vec!["ChainSignatureInvalid".to_owned()],
            vec!["ChainIncomplete".to_owned()]
        )
    );
    assert!(
        report.errors[0].message.starts_with(
            "certificate 1 (CN=rsa2048.example.com) names certificate 2 \
             (CN=certvet Test Intermediate CA) as its issuer"
        ),
        "{}",
        report.errors[0].message
    );
}

/// (3) The leaf's authorityKeyIdentifier is not the intermediate's subjectKeyIdentifier,
/// but the intermediate's key verifies the leaf's signature: `SignedByNext` true, and the
/// report does not contradict itself (no error).
#[test]
fn key_identifiers_never_decide_signed_by_next() {
    let report = check_files("chains/chain-ski-mismatch.pem", None, None, Target::Generic);
    assert_eq!(links(&report), [Some(true), Some(true), None]);
    assert_eq!(reasons(&report), (vec![], vec![]));
    assert!(report.valid);
}

/// (4) notBefore 2027-01-01 after notAfter 2025-01-01, checked at 2026-01-01: both
/// comparisons fail, so both reasons.
#[test]
fn not_before_after_not_after_is_expired_and_not_yet_valid() {
    let report = check_files(
        "dates/notbefore-after-notafter.pem",
        Some("dates/key.pkcs8.pem"),
        None,
        Target::Generic,
    );
    assert_eq!(
        reasons(&report),
        (vec!["Expired".to_owned(), "NotYetValid".to_owned()], vec![])
    );
    assert_eq!(report.start_time.as_deref(), Some("2027-01-01T00:00:00Z"));
    assert_eq!(report.expire_time.as_deref(), Some("2025-01-01T00:00:00Z"));
    assert_eq!(report.key_matches, Some(true));
}

/// (5) A P-256 privateKey OCTET STRING of 31 octets (RFC 5915: exactly 32) is malformed,
/// and the message says which field has the wrong length. The same key written with 32
/// octets matches its leaf.
#[test]
fn an_ec_private_key_field_of_the_wrong_length_is_malformed() {
    let report = check_files(
        "ec-short/fullchain.pem",
        Some("tampered/ec-short-scalar.pem"),
        None,
        Target::Generic,
    );
    assert_eq!(
        reasons(&report),
        (vec!["MalformedPrivateKey".to_owned()], vec![])
    );
    assert_eq!(report.key_matches, None);
    let m = &report.errors[0].message;
    assert!(m.contains("privateKey"), "{m}");
    assert!(m.contains("wrong length"), "{m}");
    assert!(m.contains("31") && m.contains("32"), "{m}");
}

/// The control for (5): the honest 32-octet encoding of the same key.
#[test]
fn the_same_ec_key_with_its_full_length_field_matches() {
    let report = check_files(
        "ec-short/fullchain.pem",
        Some("ec-short/key.sec1.pem"),
        None,
        Target::Generic,
    );
    assert_eq!(reasons(&report), (vec![], vec![]));
    assert_eq!(report.key_matches, Some(true));
    assert!(!report.has_error(Reason::MalformedPrivateKey));
}
