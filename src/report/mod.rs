//! The report: what `UploadServerCertificate` would answer, as the contract's
//! PascalCase JSON (nulls kept, never skipped) or as a readable text summary.

use crate::error::{Finding, Reason};

mod fields;
mod json;
mod text;

pub use self::fields::{ChainEntry, HostEntry, Report};

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
            signature_algorithm: None,
            extended_key_usage: None,
            hosts: None,
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
        assert_eq!(v.as_object().unwrap().len(), 27);
        let order: Vec<usize> = FIELDS
            .iter()
            .map(|k| json.find(&format!("\"{k}\":")).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "fields out of order: {json}"
        );
        const FIELDS: [&str; 27] = [
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
            "SignatureAlgorithm",
            "ExtendedKeyUsage",
            "Hosts",
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
