//! `batch`: order kept under parallelism, bad lines isolated, line edge cases.

use std::io::Cursor;
use std::io::Write as _;
use std::process::{Command, Stdio};

use certvet::batch::{self, BatchOptions, BatchRequest, BatchSummary};
use certvet::{CheckOptions, Reason};
use serde_json::{Value, json};

use crate::support::{check_time, manifest, read};

/// A valid (cert, key) pair and an invalid one from the cases table, as PEM text.
fn pairs() -> (String, String, String) {
    let cases = manifest()["cases"].as_array().unwrap();
    let good = cases
        .iter()
        .find(|c| {
            c["valid"] == true
                && c["key"].is_string()
                && c["password_file"].is_null()
                && c.get("target").is_none()
        })
        .unwrap();
    let text = |v: &Value| String::from_utf8(read(v.as_str().unwrap())).unwrap();
    let bad = cases
        .iter()
        .find(|c| {
            c["errors"]
                .as_array()
                .is_some_and(|e| e.len() == 1 && e[0] == "KeyMismatch")
                && c["password_file"].is_null()
        })
        .unwrap();
    (text(&good["cert"]), text(&good["key"]), text(&bad["key"]))
}

fn run(input: &[u8], jobs: usize) -> (Vec<Value>, BatchSummary) {
    let opts = BatchOptions::new(CheckOptions::at(check_time())).with_jobs(jobs);
    let mut out = Vec::new();
    let summary = batch::run(Cursor::new(input), &mut out, &opts, |_| {}).unwrap();
    let reports = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (reports, summary)
}

fn line(id: Value, cert: &str, key: &str) -> String {
    json!({"Id": id, "ServerCertificate": cert, "PrivateKey": key}).to_string()
}

#[test]
fn order_is_kept_under_parallelism_and_a_bad_line_is_isolated() {
    let (cert, key, wrong_key) = pairs();
    let mut text = String::new();
    for i in 0..200 {
        let l = match i {
            100 => "{this is not json".to_owned(),
            i if i % 7 == 0 => line(json!(format!("id-{i}")), &cert, &wrong_key),
            i => line(json!(format!("id-{i}")), &cert, &key),
        };
        text.push_str(&l);
        text.push('\n');
    }
    let (reports, summary) = run(text.as_bytes(), 2);
    assert_eq!(reports.len(), 200);
    assert_eq!(
        summary,
        BatchSummary {
            lines: 200,
            valid: 200 - 29 - 1,
            invalid: 29 + 1
        }
    );
    for (i, r) in reports.iter().enumerate() {
        if i == 100 {
            assert_eq!(
                r["Id"],
                json!(101),
                "a malformed line's Id is its line number"
            );
            assert_eq!(r["Errors"][0]["Reason"], "MalformedRequest");
            assert!(r["Fingerprint"].is_null());
            continue;
        }
        assert_eq!(r["Id"], json!(format!("id-{i}")));
        assert_eq!(r["Valid"], json!(i % 7 != 0), "line {}", i + 1);
        assert_eq!(r["Fingerprint"], reports[1]["Fingerprint"]);
    }
}

#[test]
fn line_edge_cases() {
    let (cert, key, _) = pairs();
    let l = line(json!(null), &cert, &key).replace("\"Id\":null,", "");
    // Empty input: no reports.
    assert_eq!(run(b"", 2).0.len(), 0);
    // One line, no final newline; Id absent -> the line number (an integer).
    let (r, s) = run(l.as_bytes(), 1);
    assert_eq!((r.len(), s.lines), (1, 1));
    assert_eq!(r[0]["Id"], json!(1));
    assert_eq!(r[0]["Valid"], true);
    // CRLF lines and blank lines (skipped but counted).
    let text = format!("{l}\r\n\r\n\n{l}\r\n");
    let (r, s) = run(text.as_bytes(), 2);
    assert_eq!(s.lines, 4);
    assert_eq!(
        r.iter().map(|r| r["Id"].clone()).collect::<Vec<_>>(),
        [json!(1), json!(4)]
    );
    assert!(r.iter().all(|r| r["Valid"] == true));
    // Numeric ids are kept as numbers.
    let (r, _) = run(line(json!(42), &cert, &key).as_bytes(), 1);
    assert_eq!(r[0]["Id"], json!(42));
    // An empty PrivateKey means no key.
    let (r, _) = run(line(json!("n"), &cert, "").as_bytes(), 1);
    assert!(r[0]["KeyMatches"].is_null());
}

#[test]
fn an_over_limit_line_is_refused_and_the_batch_goes_on() {
    let (cert, key, _) = pairs();
    let mut opts = BatchOptions::new(CheckOptions::at(check_time()));
    opts.check.limits.batch_line_bytes = 64 << 10;
    let big = format!(
        "{{\"Id\": \"big\", \"ServerCertificate\": \"{}\"}}",
        "A".repeat(100 << 10)
    );
    let text = format!(
        "{}\n{big}\n{}\n",
        line(json!("a"), &cert, &key),
        line(json!("c"), &cert, &key)
    );
    let mut out = Vec::new();
    let summary = batch::run(Cursor::new(text), &mut out, &opts, |_| {}).unwrap();
    let r: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        summary,
        BatchSummary {
            lines: 3,
            valid: 2,
            invalid: 1
        }
    );
    assert_eq!(r[1]["Id"], json!(2));
    assert_eq!(r[1]["Errors"][0]["Reason"], "InputTooLarge");
    assert_eq!(
        (r[0]["Id"].clone(), r[2]["Id"].clone()),
        (json!("a"), json!("c"))
    );
}

#[test]
fn a_100k_line_input_keeps_every_line() {
    // Small malformed-request lines keep this fast; order and count are what is tested.
    let mut text = String::with_capacity(100_000 * 24);
    for i in 0..100_000 {
        text.push_str(&format!("{{\"Id\": {i}}}\n"));
    }
    let (r, s) = run(text.as_bytes(), 2);
    assert_eq!(
        s,
        BatchSummary {
            lines: 100_000,
            valid: 0,
            invalid: 100_000
        }
    );
    assert!(r.iter().enumerate().all(|(i, r)| r["Id"] == json!(i)));
}

#[test]
fn slice_api_returns_reports_in_order() {
    let (cert, key, wrong) = pairs();
    let requests: Vec<BatchRequest> = (0..50)
        .map(|i| {
            batch::parse_request(
                line(json!(i), &cert, if i % 2 == 0 { &key } else { &wrong }).as_bytes(),
            )
            .unwrap()
        })
        .collect();
    let reports = batch::check_all(&requests, &CheckOptions::at(check_time()));
    for (i, r) in reports.iter().enumerate() {
        assert_eq!(r.id, Some(json!(i)));
        assert_eq!(r.valid, i % 2 == 0);
        assert_eq!(r.has_error(Reason::KeyMismatch), i % 2 == 1);
    }
}

#[test]
fn cli_batch_reads_stdin_writes_jsonl_and_a_summary() {
    let (cert, key, wrong) = pairs();
    let input = format!(
        "{}\nnot json\n{}\n",
        line(json!("a"), &cert, &key),
        line(json!("b"), &cert, &wrong)
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_certvet"))
        .args([
            "batch",
            "--jobs",
            "2",
            "--at",
            manifest()["check_time"].as_str().unwrap(),
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["Id"].clone())
        .collect();
    assert_eq!(ids, [json!("a"), json!(2), json!("b")]);
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "1 valid, 2 invalid\n"
    );
}
