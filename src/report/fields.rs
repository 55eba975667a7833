//! The report's fields as the contract names them (PascalCase, nulls kept): the leaf of
//! the report module, which the JSON and text writers read and import nothing back from.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::error::Finding;

/// One `Chain` entry: a certificate of the input, in input order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChainEntry {
    /// 1-based position in the input.
    pub index: usize,
    /// RFC 4514 subject, or null when the certificate does not parse.
    pub subject: Option<String>,
    /// RFC 4514 issuer, or null when the certificate does not parse.
    pub issuer: Option<String>,
    /// The subject's last commonName.
    pub common_name: Option<String>,
    /// notAfter as `YYYY-MM-DDTHH:MM:SSZ`.
    pub expire_time: Option<String>,
    /// SHA-1 fingerprint of this certificate's DER.
    pub fingerprint: String,
    /// Whether the next certificate's key verifies this one's signature; null for the last.
    pub signed_by_next: Option<bool>,
}

/// One `Hosts` entry: a name asked with `--host` (or a batch line's `Hosts`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct HostEntry {
    /// The name as asked.
    pub name: String,
    /// Whether a subjectAltName entry covers it; null when no certificate was read.
    pub covered: Option<bool>,
}

/// The answer for one certificate (and key) upload. Field names and meanings are
/// the contract's; see `spec/contract.md`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    /// The batch line's `Id` (or its line number); absent outside `batch`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// SHA-1 of the leaf's DER, colon hex.
    pub fingerprint: Option<String>,
    /// SHA-256 of the leaf's DER, colon hex.
    pub fingerprint_sha256: Option<String>,
    /// The leaf subject's last commonName.
    pub common_name: Option<String>,
    /// Every dNSName of the leaf's subjectAltName, in order.
    pub subject_alternative_names: Option<Vec<String>>,
    /// Every iPAddress of the leaf's subjectAltName (IPv6 in RFC 5952 form).
    pub ip_addresses: Option<Vec<String>>,
    /// notBefore as `YYYY-MM-DDTHH:MM:SSZ`.
    pub start_time: Option<String>,
    /// notBefore in milliseconds since the Unix epoch.
    pub start_time_stamp: Option<i64>,
    /// notAfter as `YYYY-MM-DDTHH:MM:SSZ`.
    pub expire_time: Option<String>,
    /// notAfter in milliseconds since the Unix epoch.
    pub expire_time_stamp: Option<i64>,
    /// RFC 4514 subject of the leaf.
    pub subject: Option<String>,
    /// RFC 4514 issuer of the leaf.
    pub issuer: Option<String>,
    /// Serial number, lowercase hex.
    pub serial_number: Option<String>,
    /// `RSA`, `EC` or `Ed25519`.
    pub key_algorithm: Option<String>,
    /// RSA modulus bits, the curve's bits, or 256 for Ed25519.
    pub key_bits: Option<u32>,
    /// `P-256`, `P-384` or `P-521` for EC keys.
    pub curve: Option<String>,
    /// Certificates in the input.
    pub chain_length: Option<usize>,
    /// The private key belongs to the leaf; null when no key was given or it could not be opened.
    pub key_matches: Option<bool>,
    /// 1-based position of the certificate the key belongs to.
    pub key_matches_certificate: Option<usize>,
    /// `PKCS#1`, `SEC1`, `PKCS#8`, `PKCS#8-encrypted` or `PEM-encrypted`.
    pub key_encoding: Option<String>,
    /// One entry per input certificate.
    pub chain: Option<Vec<ChainEntry>>,
    /// 1-based positions in issuing order, when `ChainOrder` was found.
    pub suggested_order: Option<Vec<usize>>,
    /// The leaf's signature algorithm as `openssl x509 -text` names it.
    pub signature_algorithm: Option<String>,
    /// The leaf's extendedKeyUsage purposes as OpenSSL's short names; null when absent.
    pub extended_key_usage: Option<Vec<String>>,
    /// One entry per name asked with `--host`, in order; null when none was asked.
    pub hosts: Option<Vec<HostEntry>>,
    /// No error was found.
    pub valid: bool,
    /// Errors: each with the API's `Code`.
    #[serde(serialize_with = "serialize_errors")]
    pub errors: Vec<Finding>,
    /// Warnings.
    #[serde(serialize_with = "serialize_warnings")]
    pub warnings: Vec<Finding>,
}

fn serialize_findings<S: Serializer>(
    findings: &[Finding],
    with_code: bool,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Item<'a>(&'a Finding, bool);
    impl Serialize for Item<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(if self.1 { 4 } else { 3 }))?;
            if self.1 {
                map.serialize_entry("Code", self.0.reason.code())?;
            }
            map.serialize_entry("Reason", self.0.reason.as_str())?;
            map.serialize_entry("Message", &self.0.message)?;
            map.serialize_entry("Hint", &self.0.hint)?;
            map.end()
        }
    }
    serializer.collect_seq(findings.iter().map(|f| Item(f, with_code)))
}

fn serialize_errors<S: Serializer>(findings: &[Finding], serializer: S) -> Result<S::Ok, S::Error> {
    serialize_findings(findings, true, serializer)
}

fn serialize_warnings<S: Serializer>(
    findings: &[Finding],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_findings(findings, false, serializer)
}
