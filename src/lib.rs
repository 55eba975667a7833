//! certvet answers, offline and in microseconds, the question every certificate
//! upload raises: *would the cloud API (`UploadServerCertificate`) accept this
//! certificate and private key, and what would it report?*
//!
//! It reads PEM/DER certificate chains and private keys (PKCS#1, SEC1, PKCS#8,
//! encrypted PKCS#8 and legacy encrypted PEM), proves that the key belongs to the
//! leaf (RSA consistency, EC `d·G`, Ed25519 seed → public key), extracts the fields
//! the API reports exactly as OpenSSL computes them, diagnoses the chain, applies a
//! target cloud's rules, and says what is wrong and how to fix it.
//!
//! ```
//! use certvet::{check, CheckInput, CheckOptions, Reason, UnixTime};
//!
//! let cert = include_bytes!("../testdata/sample/chain.pem");
//! let key = include_bytes!("../testdata/sample/key.pem");
//! // ok: a constant, valid timestamp
//! let at = UnixTime::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
//!
//! let report = check(&CheckInput::new(cert).with_key(key), &CheckOptions::at(at));
//! assert!(report.valid);
//! assert_eq!(report.key_matches, Some(true));
//! assert_eq!(report.common_name.as_deref(), Some("rsa2048.example.com"));
//! assert_eq!(
//!     report.fingerprint.as_deref(),
//!     Some("1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98")
//! );
//! assert_eq!(report.expire_time.as_deref(), Some("2035-01-01T00:00:00Z"));
//!
//! // A rejection is data, not an `Err`: the same certificate with the wrong key.
//! let other = include_bytes!("../testdata/mismatch/other-rsa2048.pkcs1.pem");
//! let report = check(&CheckInput::new(cert).with_key(other), &CheckOptions::at(at));
//! assert!(!report.valid);
//! assert_eq!(report.errors[0].reason, Reason::KeyMismatch);
//! assert_eq!(report.errors[0].message, certvet::KEY_MISMATCH_MESSAGE);
//! ```
//!
//! | feature | what |
//! |---|---|
//! | [`check()`] | one certificate (chain) and key → [`Report`] |
//! | [`batch`] | JSON Lines of requests, in parallel, in order, in bounded memory |
//! | [`fix()`] | the chain and key rewritten into what a [`Target`] accepts |
//! | [`summary`] | counts by reason and expiries by month over a run's reports |
//! | [`fingerprints`] | SHA-1 / SHA-256 of the leaf, as `openssl x509 -fingerprint` |
//! | [`fuzz`] | harness entry points for fuzzers |
//! | [`serve()`] | the check as a local HTTP endpoint (`/v1/check`, `/v1/batch`, the Alibaba Cloud RPC form) |
#![doc(test(attr(deny(warnings))))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod batch;
mod chain;
mod check;
mod crypto;
mod der;
mod error;
mod fingerprint;
mod fix;
pub mod fuzz;
mod host;
mod input;
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals;
mod key;
mod limits;
mod names;
mod oid;
mod pem;
mod public_key;
mod report;
mod secret;
mod serve;
mod signature;
pub mod summary;
mod target;
mod x509;

pub use check::{
    CheckInput, CheckOptions, KEY_MISMATCH_MESSAGE, RSA_MIN_BITS, RSA_WEAK_BITS, UnixTime, check,
    fingerprints, is_pkcs12, read_roots,
};
pub use error::{Finding, Reason, Severity};
pub use fingerprint::{Fingerprint, FingerprintSha256};
pub use fix::{Fixed, fix};
pub use input::{read_limited, read_limited_secret};
pub use limits::{BATCH_LINE_LIMIT, CERT_INPUT_LIMIT, KEY_INPUT_LIMIT, Limits};
pub use public_key::Curve;
pub use report::{ChainEntry, HostEntry, Report};
pub use secret::SecretBytes;
pub use serve::{ServeOptions, serve};
pub use target::{Target, UnknownTarget};
