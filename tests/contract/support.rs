//! Fixture access shared by the contract tests.

use std::path::PathBuf;
use std::sync::OnceLock;

use certvet::{CheckInput, CheckOptions, Report, Target, UnixTime};
use serde_json::Value;

/// `testdata/` of this crate.
pub(crate) fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

/// The bytes of a fixture file.
pub(crate) fn read(rel: &str) -> Vec<u8> {
    let path = testdata().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The manifest that gen.sh wrote.
pub(crate) fn manifest() -> &'static Value {
    static MANIFEST: OnceLock<Value> = OnceLock::new();
    MANIFEST.get_or_init(|| {
        serde_json::from_slice(&read("manifest.json")).expect("manifest.json parses")
    })
}

/// The fixed check time of the fixtures.
pub(crate) fn check_time() -> UnixTime {
    UnixTime::parse_rfc3339(manifest()["check_time"].as_str().expect("check_time"))
        .expect("RFC 3339")
}

/// A password file's first line without its line end, as the CLI reads it.
pub(crate) fn password(rel: &str) -> Vec<u8> {
    let text = read(rel);
    let line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    line.strip_suffix(b"\r").unwrap_or(line).to_vec()
}

/// Check fixture files at the fixtures' check time.
pub(crate) fn check_files(
    cert: &str,
    key: Option<&str>,
    password_file: Option<&str>,
    target: Target,
) -> Report {
    let cert = read(cert);
    let key = key.map(read);
    let password = password_file.map(password);
    let mut input = CheckInput::new(&cert);
    if let Some(k) = &key {
        input = input.with_key(k);
    }
    if let Some(p) = &password {
        input = input.with_password(p);
    }
    certvet::check(&input, &CheckOptions::at(check_time()).with_target(target))
}

/// Reason words of a report's errors and warnings, in report order.
pub(crate) fn reasons(report: &Report) -> (Vec<String>, Vec<String>) {
    let words = |list: &[certvet::Finding]| {
        list.iter()
            .map(|f| f.reason.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    (words(&report.errors), words(&report.warnings))
}

/// Unique reason words in the contract's table order (as the manifest lists them).
pub(crate) fn unique(words: Vec<String>) -> Vec<String> {
    certvet::Reason::ALL
        .iter()
        .map(|r| r.as_str().to_owned())
        .filter(|r| words.contains(r))
        .collect()
}

/// Strings of a JSON array.
pub(crate) fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a fixture is over the contract's 1 MiB certificate input limit
/// (OpenSSL reads it; certvet refuses it with `InputTooLarge`).
pub(crate) fn over_limit(rel: &str) -> bool {
    std::fs::metadata(testdata().join(rel))
        .map(|m| m.len())
        .unwrap_or(0)
        > certvet::CERT_INPUT_LIMIT as u64
}

/// Lowercase hex byte pairs joined by `:`, computed independently of certvet.
pub(crate) fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}
