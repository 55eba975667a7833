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

/// A scratch directory under the target dir, empty.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn fix_writes_clean_pem_and_a_0600_key_and_refuses_to_overwrite() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("fix-cli");
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let at = manifest()["check_time"].as_str().unwrap();
    let args = [
        "fix",
        "--cert",
        "chains/chain-reversed.pem",
        "--key",
        "rsa2048/key.pkcs8.pem",
        "--target",
        "aliyun-slb",
        "--at",
        at,
        "--out-cert",
        cert.to_str().unwrap(),
        "--out-key",
        key.to_str().unwrap(),
    ];
    let out = certvet(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["Valid"], true);
    assert_eq!(report["KeyMatchesCertificate"], 1);
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let key_text = std::fs::read_to_string(&key).unwrap();
    assert!(
        key_text.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"),
        "aliyun-slb wants PKCS#1"
    );
    // What fix wrote passes check with the same target.
    let check = certvet(&[
        "check",
        "--cert",
        cert.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--target",
        "aliyun-slb",
        "--at",
        at,
    ]);
    assert_eq!(check.status.code(), Some(0));
    // An existing output is refused unless --force.
    let again = certvet(&args);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(certvet(&forced).status.code(), Some(0));
}

#[test]
fn fix_refuses_what_no_reencoding_mends_and_writes_nothing() {
    let dir = scratch("fix-refuse");
    let cert = dir.join("cert.pem");
    let at = manifest()["check_time"].as_str().unwrap();
    for (input, key) in [
        (
            "chains/chain-wrong-intermediate.pem",
            "rsa2048/key.pkcs1.pem",
        ),
        ("rsa2048/fullchain.pem", "mismatch/other-rsa2048.pkcs1.pem"),
        ("dates/expired.pem", "dates/key.pkcs8.pem"),
    ] {
        let out_key = dir.join("key.pem");
        let out = certvet(&[
            "fix",
            "--cert",
            input,
            "--key",
            key,
            "--at",
            at,
            "--out-cert",
            cert.to_str().unwrap(),
            "--out-key",
            out_key.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{input}");
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["Valid"], false, "{input}");
        assert!(
            !cert.exists() && !out_key.exists(),
            "{input}: nothing is written"
        );
    }
}
