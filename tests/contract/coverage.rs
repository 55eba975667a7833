//! Inputs added to reach code the fixtures did not (fuzz/README.md, "Coverage"), made by
//! `fuzz/seed-cov.sh` and kept in the fuzz corpora, checked here for their answers.

use certvet::{CheckInput, CheckOptions, Target};

use crate::support::{check_time, manifest, reasons};

fn seed(rel: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn pkcs12_with_sha224_sha384_sha512_macs_opens_and_matches() {
    let leaf = &manifest()["certs"]["rsa2048/leaf.pem"]["fingerprint"];
    for md in ["sha224", "sha384", "sha512"] {
        let bytes = seed(&format!("fuzz/corpus/input_cert/seed-cov-p12-mac-{md}.p12"));
        let opts = CheckOptions::at(check_time()).with_target(Target::Generic);
        let r = certvet::check(
            &CheckInput::new(&bytes).with_password(b"correct horse"),
            &opts,
        );
        assert!(r.valid, "{md}: {:?}", r.errors);
        assert_eq!(r.key_encoding.as_deref(), Some("PKCS#12"), "{md}");
        assert_eq!(r.key_matches, Some(true), "{md}");
        assert_eq!(r.fingerprint.as_deref(), leaf.as_str(), "{md}");
        let r = certvet::check(&CheckInput::new(&bytes).with_password(b"wrong"), &opts);
        assert_eq!(reasons(&r).0, ["WrongPassword"], "{md}");
    }
}

#[test]
fn rsa_pkcs8_with_parameters_other_than_null_is_malformed() {
    let key = seed("fuzz/corpus/input_key/seed-cov-rsa-pkcs8-params-not-null.der");
    let cert = crate::support::read("rsa2048/leaf.pem");
    let opts = CheckOptions::at(check_time()).with_target(Target::Generic);
    let r = certvet::check(&CheckInput::new(&cert).with_key(&key), &opts);
    assert_eq!(reasons(&r).0, ["MalformedPrivateKey"], "{:?}", r.errors);
    assert!(
        r.errors[0].message.contains("parameters are not NULL"),
        "{}",
        r.errors[0].message
    );
}
