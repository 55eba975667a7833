//! `check()` against OpenSSL's recorded answers and the designed cases table.

use certvet::{CheckInput, CheckOptions, Reason, Report, Target};
use serde_json::Value;

use crate::support::{
    check_files, check_time, manifest, over_limit, read, reasons, strings, unique,
};

/// Certificates whose key is one certvet does not take (`UnsupportedKeyAlgorithm`) and
/// where its key fields are its own: OpenSSL reports more than certvet can say.
const KEY_FIELDS_DIFFER: &[(&str, &str)] = &[
    (
        "ca/root-explicit-ec.pem",
        "explicit EC parameters: OpenSSL gives the order's 256 bits; certvet names no \
         curve and no size (KeyAlgorithm EC, KeyBits and Curve null)",
    ),
    (
        "chains/int-rsa-empty-key.pem",
        "an RSA SubjectPublicKeyInfo whose BIT STRING is empty: OpenSSL prints \
         rsaEncryption and cannot load the key; certvet reports no key (all null)",
    ),
];

/// Every certificate fixture: every report field equals what OpenSSL said when
/// the fixture was made.
#[test]
fn every_certificate_field_agrees_with_openssl() {
    let certs = manifest()["certs"].as_object().expect("certs");
    assert!(
        certs.len() >= 30,
        "manifest lists only {} certificates",
        certs.len()
    );
    let mut compared = 0;
    let mut differ = Vec::new();
    for (file, want) in certs {
        let report = check_files(file, None, None, Target::Generic);
        if over_limit(file) {
            assert_eq!(reasons(&report).0, ["InputTooLarge"], "{file}");
            continue;
        }
        let key_field = |f: &str| matches!(f, "KeyAlgorithm" | "KeyBits" | "Curve");
        for (field, got, want) in report_fields(&report, want) {
            if key_field(field) && KEY_FIELDS_DIFFER.iter().any(|(f, _)| f == file) {
                continue;
            }
            compared += 1;
            if got != *want {
                differ.push(format!("{file}: {field}: certvet {got}, OpenSSL {want}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {compared} fields differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Each report field beside the manifest's answer for it: (field, certvet, OpenSSL).
fn report_fields<'w>(report: &Report, want: &'w Value) -> Vec<(&'static str, Value, &'w Value)> {
    let s = |v: Option<&str>| v.map_or(Value::Null, |v| Value::String(v.to_owned()));
    let n = |v: Option<i64>| v.map_or(Value::Null, Value::from);
    let list = |v: Option<&Vec<String>>| v.map_or(Value::Null, |v| Value::from(v.clone()));
    vec![
        (
            "Fingerprint",
            s(report.fingerprint.as_deref()),
            &want["fingerprint"],
        ),
        (
            "FingerprintSha256",
            s(report.fingerprint_sha256.as_deref()),
            &want["fingerprint_sha256"],
        ),
        ("Subject", s(report.subject.as_deref()), &want["subject"]),
        ("Issuer", s(report.issuer.as_deref()), &want["issuer"]),
        (
            "SerialNumber",
            s(report.serial_number.as_deref()),
            &want["serial"],
        ),
        (
            "CommonName",
            s(report.common_name.as_deref()),
            &want["common_name"],
        ),
        (
            "StartTime",
            s(report.start_time.as_deref()),
            &want["not_before"],
        ),
        (
            "ExpireTime",
            s(report.expire_time.as_deref()),
            &want["not_after"],
        ),
        (
            "StartTimeStamp",
            n(report.start_time_stamp),
            &want["not_before_ms"],
        ),
        (
            "ExpireTimeStamp",
            n(report.expire_time_stamp),
            &want["not_after_ms"],
        ),
        (
            "SubjectAlternativeNames",
            list(report.subject_alternative_names.as_ref()),
            &want["dns"],
        ),
        (
            "IpAddresses",
            list(report.ip_addresses.as_ref()),
            &want["ips"],
        ),
        (
            "KeyAlgorithm",
            s(report.key_algorithm.as_deref()),
            &want["key_algorithm"],
        ),
        (
            "KeyBits",
            n(report.key_bits.map(i64::from)),
            &want["key_bits"],
        ),
        ("Curve", s(report.curve.as_deref()), &want["curve"]),
        (
            "ChainLength",
            n(report.chain_length.map(|c| c as i64)),
            &want["count"],
        ),
        (
            "Chain",
            n(report.chain.as_ref().map(|c| c.len() as i64)),
            &want["count"],
        ),
    ]
}

/// The cases table: each fixture pair gets exactly the designed verdict and reasons.
#[test]
fn every_case_gets_its_reasons() {
    let cases = manifest()["cases"].as_array().expect("cases");
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap_or("?");
        let target = case
            .get("target")
            .and_then(Value::as_str)
            .unwrap_or("generic")
            .parse()
            .expect("target");
        let report = check_files(
            case["cert"].as_str().expect("cert"),
            case["key"].as_str(),
            case["password_file"].as_str(),
            target,
        );
        let (errors, warnings) = reasons(&report);
        let got = (
            report.valid,
            report.key_matches,
            report.key_matches_certificate.map(|n| n as u64),
            unique(errors),
            unique(warnings),
        );
        let want = (
            case["valid"].as_bool().expect("valid"),
            case["key_matches"].as_bool(),
            case["key_matches_certificate"].as_u64(),
            strings(&case["errors"]),
            strings(&case["warnings"]),
        );
        if got != want {
            failures.push(format!(
                "{name}: got {got:?}, want {want:?}\n  messages: {:?}",
                report
                    .errors
                    .iter()
                    .chain(&report.warnings)
                    .map(|f| &f.message)
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The mismatch error carries the API's exact message, and the hint names the certificate.
#[test]
fn key_of_the_intermediate_is_named_in_the_hint() {
    let case = manifest()["cases"]
        .as_array()
        .and_then(|c| {
            c.iter()
                .find(|c| c["key_matches_certificate"].as_u64() == Some(2))
        })
        .expect("a case whose key matches certificate 2");
    let report = check_files(
        case["cert"].as_str().unwrap(),
        case["key"].as_str(),
        None,
        Target::Generic,
    );
    let mismatch = report
        .errors
        .iter()
        .find(|f| f.reason == Reason::KeyMismatch)
        .expect("KeyMismatch");
    assert_eq!(
        mismatch.message,
        "The specified ServerCertificate and PrivateKey fail to validate."
    );
    let hint = mismatch.hint.as_deref().unwrap_or_default();
    assert!(
        hint.starts_with("the key belongs to certificate 2 (CN="),
        "{hint}"
    );
    assert!(hint.ends_with("not the leaf: put the leaf first"), "{hint}");
}

/// `--allow-expired` turns Expired into a warning; validity bounds are inclusive.
#[test]
fn expiry_is_an_error_unless_allowed() {
    let case = manifest()["cases"]
        .as_array()
        .and_then(|c| c.iter().find(|c| strings(&c["errors"]) == ["Expired"]))
        .expect("an expired case");
    let cert = read(case["cert"].as_str().unwrap());
    let report = certvet::check(&CheckInput::new(&cert), &CheckOptions::at(check_time()));
    assert!(report.has_error(Reason::Expired) && !report.valid);
    let report = certvet::check(
        &CheckInput::new(&cert),
        &CheckOptions::at(check_time()).allowing_expired(true),
    );
    assert!(report.has_warning(Reason::Expired) && report.valid);
    let at = certvet::UnixTime::from_seconds(report.expire_time_stamp.unwrap() / 1000);
    let report = certvet::check(&CheckInput::new(&cert), &CheckOptions::at(at));
    assert!(
        report.valid,
        "notAfter itself is inside the validity period"
    );
}

/// A certificate that cannot be read at all: every certificate field null.
#[test]
fn empty_input_nulls_every_certificate_field() {
    let report = certvet::check(&CheckInput::new(b""), &CheckOptions::at(check_time()));
    let json: Value = serde_json::from_str(&report.to_json()).unwrap();
    for field in [
        "Fingerprint",
        "CommonName",
        "SubjectAlternativeNames",
        "IpAddresses",
        "Chain",
        "ChainLength",
        "KeyMatches",
    ] {
        assert!(json[field].is_null(), "{field} should be null: {json}");
    }
    assert_eq!(json["Errors"][0]["Reason"], "EmptyCertificate");
    assert_eq!(json["Errors"][0]["Code"], "InvalidParameter");
    assert_eq!(json["Valid"], false);
}

/// Found by the fuzz campaign (issue 21, `diff_cert`): SubjectPublicKeyInfo parameters in a
/// constructed (BER) string form whose segment overruns it. OpenSSL joins the segments
/// and refuses the certificate; certvet refuses it too, and reports none of its fields.
#[test]
fn broken_string_segments_in_key_parameters_are_malformed() {
    let cert = read("tampered/cert-spki-params-broken-string.pem");
    let report = certvet::check(&CheckInput::new(&cert), &CheckOptions::at(check_time()));
    let json: Value = serde_json::from_str(&report.to_json()).unwrap();
    for field in ["Fingerprint", "SerialNumber", "Subject", "KeyAlgorithm"] {
        assert!(json[field].is_null(), "{field} should be null: {json}");
    }
    let errors: Vec<(Reason, &str)> = report
        .errors
        .iter()
        .map(|f| (f.reason, f.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        [(
            Reason::MalformedCertificate,
            "certificate 1 (PEM block at line 1) is not a valid X.509 certificate: malformed \
             certificate: public key malformed algorithm parameters"
        )]
    );
    // The same leaf with its NULL parameters reads.
    let plain = certvet::check(
        &CheckInput::new(&read("rsa2048/leaf.pem")),
        &CheckOptions::at(check_time()),
    );
    assert!(plain.fingerprint.is_some() && plain.errors.is_empty());
}
