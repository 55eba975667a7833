//! `certvet::fix`: what it writes passes `check` with the same target; what no
//! re-encoding mends is refused.

use certvet::{CheckInput, CheckOptions, Reason, Target};
use serde_json::Value;

use crate::support::{check_time, manifest, password, read, strings};

/// Reasons `fix` mends by re-encoding, reordering or dropping certificates.
const MENDABLE: &[&str] = &[
    "PemFormat",
    "ChainOrder",
    "KeyEncodingNotAccepted",
    "ChainTooLong",
    "UnexpectedPemBlock",
];

/// What `fix` can mend: a readable certificate, a key that opened (or none), and
/// only errors that re-encoding, reordering or dropping certificates cure.
fn fixable(case: &Value) -> bool {
    let errors = strings(&case["errors"]);
    let cert = case["cert"].as_str().unwrap_or_default();
    let Some(facts) = manifest()["certs"].get(cert) else {
        return false;
    };
    let target = case
        .get("target")
        .and_then(Value::as_str)
        .unwrap_or("generic");
    let key_opened = case["key"].is_null() || !case["key_matches"].is_null();
    let count = facts["count"].as_u64().unwrap_or(0);
    key_opened
        && !cert.contains("too-large")
        && errors.iter().all(|e| match e.as_str() {
            // The key's certificate is put first only when the chain order says so.
            "KeyMismatch" => {
                case["key_matches_certificate"].is_u64() && errors.iter().any(|e| e == "ChainOrder")
            }
            // Dropping a trailing root is all fix may do for length.
            "ChainTooLong" => target == "gcp" && count <= 6,
            "InputTooLarge" => target == "aws-acm",
            other => MENDABLE.contains(&other),
        })
}

/// For every case: fix → check (same target) is valid, or fix refuses what cannot be mended.
#[test]
fn fix_output_passes_check_for_every_fixable_case() {
    let mut fixed_count = 0;
    let mut failures = Vec::new();
    for case in manifest()["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let target: Target = case
            .get("target")
            .and_then(Value::as_str)
            .unwrap_or("generic")
            .parse()
            .unwrap();
        let cert = read(case["cert"].as_str().unwrap());
        let key = case["key"].as_str().map(read);
        let pass = case["password_file"].as_str().map(password);
        let mut input = CheckInput::new(&cert);
        if let Some(k) = &key {
            input = input.with_key(k);
        }
        if let Some(p) = &pass {
            input = input.with_password(p);
        }
        let opts = CheckOptions::at(check_time()).with_target(target);
        match certvet::fix(&input, &opts) {
            Ok(fixed) => {
                let mut again = CheckInput::new(fixed.cert_pem.as_bytes());
                if let Some(k) = &fixed.key_pem {
                    again = again.with_key(k.as_bytes());
                }
                let report = certvet::check(&again, &opts);
                if !report.valid {
                    failures.push(format!(
                        "{name}: fixed output is invalid: {:?}",
                        report.errors
                    ));
                }
                if report.key_matches != key.as_ref().map(|_| true) {
                    failures.push(format!(
                        "{name}: fixed key does not match: {:?}",
                        report.key_matches
                    ));
                }
                if !fixable(case) && !case["errors"].as_array().is_some_and(Vec::is_empty) {
                    failures.push(format!(
                        "{name}: fixed although {:?} cannot be mended",
                        case["errors"]
                    ));
                }
                fixed_count += 1;
            }
            Err(report) => {
                if fixable(case) {
                    failures.push(format!("{name}: refused: {:?}", report.errors));
                }
                assert!(
                    !report.valid || report.chain_length.is_none(),
                    "{name}: refusal of a valid input"
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(fixed_count >= 20, "only {fixed_count} cases fixed");
}

/// A reversed bundle comes out leaf first, 64-column PEM without stray text.
#[test]
fn reversed_chain_is_reordered_and_rearmored() {
    let case = manifest()["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| {
            c["cert"].as_str().is_some_and(|f| f.contains("reversed")) && c["key"].is_string()
        })
        .expect("a reversed-chain case with a key");
    let cert = read(case["cert"].as_str().unwrap());
    let key = read(case["key"].as_str().unwrap());
    let input = CheckInput::new(&cert).with_key(&key);
    let opts = CheckOptions::at(check_time()).with_target(Target::AliyunSlb);
    let before = certvet::check(&input, &CheckOptions::at(check_time()));
    assert!(before.has_error(Reason::ChainOrder));
    let fixed = certvet::fix(&input, &opts).expect("a reversed chain is fixable");
    assert!(fixed.report.valid, "{:?}", fixed.report.errors);
    assert_eq!(fixed.report.key_matches_certificate, Some(1));
    let order = before.suggested_order.clone().expect("SuggestedOrder");
    let chain = fixed.report.chain.as_ref().unwrap();
    for (entry, from) in chain.iter().zip(&order) {
        assert_eq!(
            entry.fingerprint,
            before.chain.as_ref().unwrap()[from - 1].fingerprint
        );
    }
    assert!(
        fixed
            .report
            .chain
            .as_ref()
            .unwrap()
            .iter()
            .take(chain.len() - 1)
            .all(|e| e.signed_by_next == Some(true))
    );
    for line in fixed.cert_pem.lines().filter(|l| !l.starts_with("-----")) {
        assert!(line.len() <= 64);
    }
    assert!(
        fixed
            .key_pem
            .as_ref()
            .unwrap()
            .starts_with("-----BEGIN RSA PRIVATE KEY-----\n")
    );
}
