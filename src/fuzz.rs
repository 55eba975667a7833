//! Harness entry points for fuzzers, in this crate's `fuzz/` and in projects that
//! embed certvet: each takes arbitrary bytes, runs one whole path, and must never
//! panic, hang or allocate without bound. Results are discarded, except that
//! the report's JSON is held to serde_json's writing of the same report: the two
//! must be the same bytes (a panic here is a bug in `Report::to_json`).
//!
//! ```
//! certvet::fuzz::check_pair(b"-----BEGIN CERTIFICATE-----\nMIIB\n");
//! ```

use crate::batch;
use crate::check::{CheckInput, CheckOptions, UnixTime, check, fingerprints};
use crate::fix::fix;
use crate::limits::Limits;

/// A fixed certificate (RSA-2048 leaf) the key targets check against.
const LEAF: &[u8] = include_bytes!("../testdata/sample/chain.pem");

/// The password `encrypted_key` tries.
pub const PASSWORD: &[u8] = b"correct horse";

fn opts() -> CheckOptions {
    CheckOptions::at(UnixTime::from_seconds(1_767_225_600))
}

/// Certificate input: PEM/DER sniffing, every certificate field, the chain.
pub fn cert_input(data: &[u8]) {
    let _ = fingerprints(data, &Limits::default());
    same_json(&check(&CheckInput::new(data), &opts()));
}

/// `to_json` writes exactly what serde_json writes for the same report.
fn same_json(report: &crate::Report) {
    let json = report.to_json();
    assert_eq!(serde_json::to_string(report).ok(), Some(json));
}

/// Private key input in every encoding, matched against a fixed certificate.
pub fn key_input(data: &[u8]) {
    let _ = check(&CheckInput::new(LEAF).with_key(data), &opts());
}

/// An encrypted key opened with a fixed password.
pub fn encrypted_key(data: &[u8]) {
    let _ = check(
        &CheckInput::new(LEAF).with_key(data).with_password(PASSWORD),
        &opts(),
    );
}

/// A certificate and key pair: the bytes are split at the first `0xFF` (or in
/// half), and the pair is checked and fixed under every target.
pub fn check_pair(data: &[u8]) {
    let split = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let (cert, key) = data.split_at(split);
    let key = key.get(1..).unwrap_or_default();
    let input = CheckInput::new(cert).with_key(key).with_password(PASSWORD);
    for target in crate::target::Target::ALL {
        let opts = opts().with_target(target);
        let _ = check(&input, &opts).to_text();
        let _ = fix(&input, &opts);
    }
}

/// One batch line (JSON request body).
pub fn batch_line(data: &[u8]) {
    same_json(&batch::check_line(data, 1, &opts()));
}

/// The chain analysis of a multi-certificate input: the fixed leaf and chain
/// followed by the fuzzer's bytes, so mutations land in the later certificates.
pub fn chain(data: &[u8]) {
    let mut input = LEAF.to_vec();
    input.extend_from_slice(data);
    let _ = check(&CheckInput::new(&input), &opts());
}
