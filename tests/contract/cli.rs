//! The `certvet` binary: JSON on stdout, exit codes, one-line errors on stderr.

use std::process::{Command, Output};

use serde_json::Value;

use crate::support::{manifest, testdata};

fn certvet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_certvet"))
        .args(args)
        .current_dir(testdata())
        .output()
        .expect("certvet runs")
}

fn first_case(pred: impl Fn(&Value) -> bool) -> &'static Value {
    manifest()["cases"]
        .as_array()
        .and_then(|c| c.iter().find(|c| pred(c)))
        .expect("a matching case")
}

#[test]
fn check_prints_the_report_and_exits_0_when_valid() {
    let case =
        first_case(|c| c["valid"] == true && c["key"].is_string() && c["password_file"].is_null());
    let at = manifest()["check_time"].as_str().unwrap();
    let out = certvet(&[
        "check",
        "--cert",
        case["cert"].as_str().unwrap(),
        "--key",
        case["key"].as_str().unwrap(),
        "--at",
        at,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(report["Valid"], true);
    assert_eq!(report["KeyMatches"], true);
    assert_eq!(
        report["Fingerprint"],
        manifest()["certs"][case["cert"].as_str().unwrap()]["fingerprint"]
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn check_exits_1_when_invalid() {
    let case = first_case(|c| {
        c["valid"] == false
            && c["errors"]
                .as_array()
                .is_some_and(|e| e.iter().any(|r| r == "KeyMismatch"))
    });
    let at = manifest()["check_time"].as_str().unwrap();
    let mut args = vec![
        "check",
        "--cert",
        case["cert"].as_str().unwrap(),
        "--at",
        at,
    ];
    if let Some(k) = case["key"].as_str() {
        args.extend(["--key", k]);
    }
    let out = certvet(&args);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(report["Valid"], false);
    assert_eq!(report["Errors"][0]["Code"], "InvalidParameter");
}

#[test]
fn unreadable_file_is_exit_2_with_one_line() {
    let out = certvet(&["check", "--cert", "no/such/file.pem"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("certvet: no/such/file.pem: "),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_flags_are_exit_2() {
    for args in [
        &["check", "--cert", "x", "--target", "azure"][..],
        &["check", "--cert", "x", "--at", "yesterday"][..],
        &["check", "--cert", "-", "--key", "-"][..],
        &["frobnicate"][..],
    ] {
        let out = certvet(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn text_format_is_a_readable_summary() {
    let case =
        first_case(|c| c["valid"] == true && c["key"].is_string() && c["password_file"].is_null());
    let at = manifest()["check_time"].as_str().unwrap();
    let out = certvet(&[
        "check",
        "--cert",
        case["cert"].as_str().unwrap(),
        "--key",
        case["key"].as_str().unwrap(),
        "--at",
        at,
        "--format",
        "text",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("VALID: the upload would be accepted\n"),
        "{text}"
    );
    assert!(text.contains("Key matches    yes"), "{text}");
}

#[test]
fn fingerprint_prints_file_and_lowercase_colon_hex() {
    let (file, want) = manifest()["certs"]
        .as_object()
        .unwrap()
        .iter()
        .next()
        .unwrap();
    let out = certvet(&["fingerprint", file]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{file}: {}\n", want["fingerprint"].as_str().unwrap())
    );
    let out = certvet(&["fingerprint", "--sha256", file]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{file}: {}\n", want["fingerprint_sha256"].as_str().unwrap())
    );
}
