//! `batch` in pipes: `--quiet`, `--exit-zero-on-invalid` and `--summary`, by their
//! exact standard error and exit status.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use serde_json::json;

use crate::support::{manifest, read};

/// A request line for a manifest case, by name.
fn case_line(id: &str, name: &str) -> String {
    let case = manifest()["cases"]
        .as_array()
        .and_then(|cases| cases.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no case {name}"));
    let text = |field: &str| String::from_utf8(read(case[field].as_str().unwrap())).unwrap();
    json!({"Id": id, "ServerCertificate": text("cert"), "PrivateKey": text("key")}).to_string()
}

/// Six requests at the fixtures' check time (2026-01-01): three valid (one expiring
/// at that very second, one with a CRLF warning), a key of another certificate, an
/// expired leaf, a line that is not JSON; and a blank line, which is no request.
fn mixed_input() -> String {
    [
        case_line("ok", "rsa2048-pkcs1"),
        case_line("wrong-key", "mismatch-other-rsa-key"),
        "not json".to_owned(),
        String::new(),
        case_line("last-second", "dates-notafter-equals-check-time"),
        case_line("expired", "dates-expired"),
        case_line("crlf", "pem-crlf"),
    ]
    .join("\n")
        + "\n"
}

fn batch(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_certvet"))
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A certvet that refuses its options may exit before it reads anything.
    match child.stdin.take().unwrap().write_all(input.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.unwrap(),
    }
    child.wait_with_output().unwrap()
}

fn at() -> &'static str {
    manifest()["check_time"].as_str().unwrap()
}

#[test]
fn quiet_writes_the_same_reports_and_nothing_on_stderr() {
    let input = mixed_input();
    let loud = batch(&["--at", at(), "-"], &input);
    assert_eq!(loud.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&loud.stderr),
        "3 valid, 3 invalid\n"
    );
    let quiet = batch(&["--quiet", "--at", at(), "-"], &input);
    assert_eq!(quiet.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), "");
    assert_eq!(quiet.stdout, loud.stdout);
    assert_eq!(String::from_utf8_lossy(&quiet.stdout).lines().count(), 6);
}

#[test]
fn exit_zero_on_invalid_is_0_when_it_ran_and_still_2_when_it_could_not() {
    let input = mixed_input();
    let out = batch(
        &["--quiet", "--exit-zero-on-invalid", "--at", at(), "-"],
        &input,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 6);
    for (args, message) in [
        (
            &["--target", "aliyun", "-"][..],
            "certvet: --target: unknown target 'aliyun' (expected one of: generic, aliyun-slb, aws-acm, gcp)\n",
        ),
        (
            &["--at", "2026-01-01", "-"][..],
            "certvet: --at: '2026-01-01' is not an RFC 3339 time (e.g. 2026-01-01T00:00:00Z): the 'separator' component could not be parsed\n",
        ),
        (
            &["/nonexistent/requests.jsonl"][..],
            "certvet: /nonexistent/requests.jsonl: No such file or directory (os error 2)\n",
        ),
    ] {
        let args = [&["--quiet", "--exit-zero-on-invalid"][..], args].concat();
        let out = batch(&args, &input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), message, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn summary_counts_reasons_and_draws_expiries_by_month() {
    let out = batch(&["--summary", "--at", at(), "-"], &mixed_input());
    assert_eq!(out.status.code(), Some(1));
    let expected = "\
6 reports: 3 valid, 3 invalid
errors (reports with each reason):
          1  Expired
          1  KeyMismatch
          1  MalformedRequest
warnings (reports with each reason):
          1  PemFormat
leaf expiries by month, from the check time 2026-01-01T00:00:00Z:
  expired          1  ████████████████████████████████████████
  2026-01          1  ████████████████████████████████████████
  2026-02          0
  2026-03          0
  2026-04          0
  2026-05          0
  2026-06          0
  2026-07          0
  2026-08          0
  2026-09          0
  2026-10          0
  2026-11          0
  2026-12          0
  later            3
  no certificate read: 1
";
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    // --quiet keeps the summary asked for, and the reports are untouched.
    let quiet = batch(
        &[
            "--summary",
            "--quiet",
            "--exit-zero-on-invalid",
            "--at",
            at(),
            "-",
        ],
        &mixed_input(),
    );
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), expected);
    assert_eq!(quiet.stdout, out.stdout);
}
