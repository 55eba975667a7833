//! `certvet::fingerprints` against OpenSSL's recorded fingerprints.

use certvet::{Limits, Reason};

use crate::support::{manifest, over_limit, read};

#[test]
fn every_fixture_fingerprint_matches_openssl() {
    for (file, want) in manifest()["certs"].as_object().unwrap() {
        if over_limit(file) {
            let err = certvet::fingerprints(&read(file), &Limits::default()).unwrap_err();
            assert_eq!(err.reason, Reason::InputTooLarge, "{file}");
            continue;
        }
        let (sha1, sha256) = certvet::fingerprints(&read(file), &Limits::default())
            .unwrap_or_else(|f| panic!("{file}: {f:?}"));
        assert_eq!(
            sha1.to_string(),
            want["fingerprint"].as_str().unwrap(),
            "{file}"
        );
        assert_eq!(
            sha256.to_string(),
            want["fingerprint_sha256"].as_str().unwrap(),
            "{file}"
        );
    }
}

#[test]
fn no_certificate_is_an_error_with_a_reason() {
    let err = certvet::fingerprints(b"", &Limits::default()).unwrap_err();
    assert_eq!(err.reason, Reason::EmptyCertificate);
    let err = certvet::fingerprints(b"hello", &Limits::default()).unwrap_err();
    assert_eq!(err.reason, Reason::MalformedCertificate);
}
