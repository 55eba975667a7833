//! The report: what `UploadServerCertificate` would answer, as the contract's
//! PascalCase JSON (nulls kept, never skipped) or as a readable text summary.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::error::{Finding, Reason};

mod json;
mod text;

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
    /// No error was found.
    pub valid: bool,
    /// Errors: each with the API's `Code`.
    #[serde(serialize_with = "serialize_errors")]
    pub errors: Vec<Finding>,
    /// Warnings.
    #[serde(serialize_with = "serialize_warnings")]
    pub warnings: Vec<Finding>,
}

impl Report {
    /// A report with every field null and no findings yet.
    pub(crate) fn empty() -> Self {
        Report {
            id: None,
            fingerprint: None,
            fingerprint_sha256: None,
            common_name: None,
            subject_alternative_names: None,
            ip_addresses: None,
            start_time: None,
            start_time_stamp: None,
            expire_time: None,
            expire_time_stamp: None,
            subject: None,
            issuer: None,
            serial_number: None,
            key_algorithm: None,
            key_bits: None,
            curve: None,
            chain_length: None,
            key_matches: None,
            key_matches_certificate: None,
            key_encoding: None,
            chain: None,
            suggested_order: None,
            valid: true,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// A report for an input that never reached the check (a batch line that is
    /// not a request, a line over the size limit): every field null, one error.
    pub fn rejected(finding: Finding) -> Self {
        let mut report = Report::empty();
        report.set_findings(vec![finding]);
        report
    }

    /// Split findings into errors and warnings (keeping their order) and set `Valid`.
    pub(crate) fn set_findings(&mut self, mut findings: Vec<Finding>) {
        // The errors move out (no allocation when there are none); the warnings
        // stay in the vector they came in. Both keep their order.
        self.errors = findings.extract_if(.., |f| f.is_error()).collect();
        self.valid = self.errors.is_empty();
        self.warnings = findings;
    }

    /// Whether any error (of any position) has this reason.
    pub fn has_error(&self, reason: Reason) -> bool {
        self.errors.iter().any(|f| f.reason == reason)
    }

    /// Whether any warning has this reason.
    pub fn has_warning(&self, reason: Reason) -> bool {
        self.warnings.iter().any(|f| f.reason == reason)
    }

    /// The report as one line of JSON (the contract's format; the same bytes
    /// as `serde_json::to_string` of the report).
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(2048);
        self.write_json(&mut out);
        out
    }

    /// Append the report as one line of JSON to `out` (no newline).
    pub fn write_json(&self, out: &mut String) {
        json::WriteJson::write_json(self, out);
    }

    /// The report as pretty-printed JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A readable summary for a terminal (`--format text`).
    pub fn to_text(&self) -> String {
        text::to_text(self)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The report's field names, in order: a golden list pinned to the contract.
    #[test]
    fn field_names_are_the_contracts() {
        let mut report = Report::empty();
        report.set_findings(vec![
            Finding::error(Reason::KeyMismatch, "m").with_hint("h"),
            Finding::warning(Reason::WeakKey, "w"),
        ]);
        let json = report.to_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 24);
        let order: Vec<usize> = FIELDS
            .iter()
            .map(|k| json.find(&format!("\"{k}\":")).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "fields out of order: {json}"
        );
        const FIELDS: [&str; 24] = [
            "Fingerprint",
            "FingerprintSha256",
            "CommonName",
            "SubjectAlternativeNames",
            "IpAddresses",
            "StartTime",
            "StartTimeStamp",
            "ExpireTime",
            "ExpireTimeStamp",
            "Subject",
            "Issuer",
            "SerialNumber",
            "KeyAlgorithm",
            "KeyBits",
            "Curve",
            "ChainLength",
            "KeyMatches",
            "KeyMatchesCertificate",
            "KeyEncoding",
            "Chain",
            "SuggestedOrder",
            "Valid",
            "Errors",
            "Warnings",
        ];
        assert_eq!(v["Valid"], false);
        assert_eq!(
            v["Errors"],
            serde_json::json!([{"Code": "InvalidParameter", "Reason": "KeyMismatch", "Message": "m", "Hint": "h"}])
        );
        assert_eq!(
            v["Warnings"],
            serde_json::json!([{"Reason": "WeakKey", "Message": "w", "Hint": null}])
        );
        assert!(v["Fingerprint"].is_null() && v["Chain"].is_null());
    }
}
