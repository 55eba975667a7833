//! The report's one-line JSON, written straight into the output buffer.
//!
//! serde_json writes the same bytes through `#[derive(Serialize)]` (the pretty
//! form and the tests' reference still use it), but it escapes every key and
//! value with a table lookup per byte, a cost on every report of a batch.
//! Here the keys are literals known to need no escaping, and a value is searched
//! for `"`, `\` and control characters sixteen bytes at a time. The output is
//! byte for byte serde_json's compact form; the tests hold it to that.

use super::fields::{ChainEntry, HostEntry, Report};
use crate::error::Finding;

/// A value that writes itself as JSON.
pub(super) trait WriteJson {
    fn write_json(&self, out: &mut String);
}

/// A JSON object being written: `{`, then `"key":value` pairs, then `}`.
pub(super) struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    pub(super) fn new(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, empty: true }
    }

    /// One member. `key` is written as is: it must need no escaping (the
    /// contract's field names are ASCII letters).
    pub(super) fn field(&mut self, key: &'static str, value: &(impl WriteJson + ?Sized)) {
        debug_assert!(!key.bytes().any(needs_escape));
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
        value.write_json(self.out);
    }

    pub(super) fn end(self) {
        self.out.push('}');
    }
}

/// Bytes a JSON string cannot hold as they are.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Offset of the first byte of `bytes` that needs escaping.
fn find_escape(bytes: &[u8]) -> Option<usize> {
    const LANES: usize = 16;
    let (chunks, tail) = bytes.as_chunks::<LANES>();
    for (i, chunk) in chunks.iter().enumerate() {
        // No early exit inside a chunk, so the compiler tests all sixteen bytes
        // in a few vector instructions; only a hit looks at them one by one.
        if chunk.iter().fold(false, |hit, &b| hit | needs_escape(b)) {
            return chunk
                .iter()
                .position(|&b| needs_escape(b))
                .map(|at| i * LANES + at);
        }
    }
    tail.iter()
        .position(|&b| needs_escape(b))
        .map(|at| chunks.len() * LANES + at)
}

/// `s` as a JSON string, escaped as serde_json escapes it: the two-character
/// forms for `"`, `\`, backspace, form feed, newline, carriage return and tab,
/// `\u00xx` (lowercase hex) for the other control characters, everything else
/// (DEL and all non-ASCII included) as is.
fn write_str(out: &mut String, s: &str) {
    let mut rest = s;
    out.reserve(rest.len() + 2);
    out.push('"');
    while let Some(at) = find_escape(rest.as_bytes()) {
        // `at` is an ASCII byte, so both splits fall on character boundaries.
        let Some((clean, tail)) = rest.split_at_checked(at) else {
            break;
        };
        out.push_str(clean);
        let Some((b, after)) = tail.as_bytes().first().zip(tail.get(1..)) else {
            break;
        };
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out.push('"');
}

impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                out.push_str(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}
integers!(i64, u32, usize);

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

/// A JSON array: `[`, each item written by `write`, commas between, `]`.
fn array<T>(out: &mut String, items: impl IntoIterator<Item = T>, write: impl Fn(&mut String, T)) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut String) {
        array(out, self, |out, item| item.write_json(out));
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// A batch line's `Id`: any JSON value the request carried, written by serde_json.
impl WriteJson for serde_json::Value {
    fn write_json(&self, out: &mut String) {
        // A `Value` always serializes (its map keys are strings).
        out.push_str(&serde_json::to_string(self).unwrap_or_default());
    }
}

impl WriteJson for HostEntry {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("Name", &self.name);
        o.field("Covered", &self.covered);
        o.end();
    }
}

impl WriteJson for ChainEntry {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("Index", &self.index);
        o.field("Subject", &self.subject);
        o.field("Issuer", &self.issuer);
        o.field("CommonName", &self.common_name);
        o.field("ExpireTime", &self.expire_time);
        o.field("Fingerprint", &self.fingerprint);
        o.field("SignedByNext", &self.signed_by_next);
        o.end();
    }
}

/// `Errors` carry the API's `Code`; `Warnings` do not.
struct Findings<'a> {
    list: &'a [Finding],
    with_code: bool,
}

impl WriteJson for Findings<'_> {
    fn write_json(&self, out: &mut String) {
        array(out, self.list, |out, f| {
            let mut o = Object::new(out);
            if self.with_code {
                o.field("Code", f.reason.code());
            }
            o.field("Reason", f.reason.as_str());
            o.field("Message", &f.message);
            o.field("Hint", &f.hint);
            o.end();
        });
    }
}

impl WriteJson for Report {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        if let Some(id) = &self.id {
            o.field("Id", id);
        }
        o.field("Fingerprint", &self.fingerprint);
        o.field("FingerprintSha256", &self.fingerprint_sha256);
        o.field("CommonName", &self.common_name);
        o.field("SubjectAlternativeNames", &self.subject_alternative_names);
        o.field("IpAddresses", &self.ip_addresses);
        o.field("StartTime", &self.start_time);
        o.field("StartTimeStamp", &self.start_time_stamp);
        o.field("ExpireTime", &self.expire_time);
        o.field("ExpireTimeStamp", &self.expire_time_stamp);
        o.field("Subject", &self.subject);
        o.field("Issuer", &self.issuer);
        o.field("SerialNumber", &self.serial_number);
        o.field("KeyAlgorithm", &self.key_algorithm);
        o.field("KeyBits", &self.key_bits);
        o.field("Curve", &self.curve);
        o.field("ChainLength", &self.chain_length);
        o.field("KeyMatches", &self.key_matches);
        o.field("KeyMatchesCertificate", &self.key_matches_certificate);
        o.field("KeyEncoding", &self.key_encoding);
        o.field("Chain", &self.chain);
        o.field("SuggestedOrder", &self.suggested_order);
        o.field("SignatureAlgorithm", &self.signature_algorithm);
        o.field("ExtendedKeyUsage", &self.extended_key_usage);
        o.field("Hosts", &self.hosts);
        o.field("Valid", &self.valid);
        let errors = Findings {
            list: &self.errors,
            with_code: true,
        };
        o.field("Errors", &errors);
        let warnings = Findings {
            list: &self.warnings,
            with_code: false,
        };
        o.field("Warnings", &warnings);
        o.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Reason;
    use proptest::prelude::*;

    fn ours(s: &str) -> String {
        let mut out = String::new();
        write_str(&mut out, s);
        out
    }

    #[test]
    fn escapes_as_serde_json_does() {
        assert_eq!(ours(""), "\"\"");
        assert_eq!(ours("CN=a\"b\\c"), r#""CN=a\"b\\c""#);
        assert_eq!(
            ours("\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}é"),
            "\"\\b\\f\\n\\r\\t\\u0000\\u001f\u{7f}é\""
        );
        // A hit in the first, a middle and the last byte of a 16-byte chunk and
        // in the tail, so every path of `find_escape` is taken.
        let s = "\"aaaaaaaaaaaaaa\"bbbbbbb\nccccccccccccccc\\dd\u{1}";
        assert_eq!(ours(s), serde_json::to_string(s).unwrap());
    }

    #[test]
    fn report_is_serde_jsons_compact_form() {
        let mut report = Report::empty();
        assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
        report.id = Some(serde_json::json!({"a": [1, "x\u{1}"]}));
        report.fingerprint = Some("aa:bb".into());
        report.subject_alternative_names = Some(vec!["a".into(), "b\"".into()]);
        report.ip_addresses = Some(vec![]);
        report.start_time_stamp = Some(-1);
        report.key_bits = Some(u32::MAX);
        report.chain_length = Some(usize::MAX);
        report.key_matches = Some(false);
        report.chain = Some(vec![ChainEntry {
            index: 1,
            subject: Some("CN=x\\,y".into()),
            issuer: None,
            common_name: Some("x,y".into()),
            expire_time: None,
            fingerprint: "00".into(),
            signed_by_next: Some(true),
        }]);
        report.suggested_order = Some(vec![2, 1]);
        report.set_findings(vec![
            Finding::error(Reason::KeyMismatch, "m\n").with_hint("h"),
            Finding::error(Reason::ChainOrder, "n"),
            Finding::warning(Reason::WeakKey, "w"),
        ]);
        assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
    }

    fn any_strings() -> impl Strategy<Value = Option<Vec<String>>> {
        proptest::option::of(proptest::collection::vec(any::<String>(), 0..3))
    }

    prop_compose! {
        fn any_entry()(
            index in any::<usize>(),
            names in proptest::array::uniform4(proptest::option::of(any::<String>())),
            fingerprint in any::<String>(),
            signed_by_next in any::<Option<bool>>(),
        ) -> ChainEntry {
            let [subject, issuer, common_name, expire_time] = names;
            ChainEntry { index, subject, issuer, common_name, expire_time, fingerprint, signed_by_next }
        }
    }

    prop_compose! {
        fn any_report()(
            texts in proptest::array::uniform11(proptest::option::of(any::<String>())),
            lists in (any_strings(), any_strings()),
            numbers in any::<(Option<i64>, Option<i64>, Option<u32>, Option<usize>, Option<usize>)>(),
            key_matches in any::<Option<bool>>(),
            chain in proptest::option::of(proptest::collection::vec(any_entry(), 0..3)),
            order in proptest::option::of(proptest::collection::vec(any::<usize>(), 0..3)),
            id in proptest::option::of(any::<String>()),
            findings in proptest::collection::vec(
                (any::<bool>(), any::<String>(), proptest::option::of(any::<String>())), 0..4),
        ) -> Report {
            let [fingerprint, fingerprint_sha256, common_name, start_time, expire_time,
                 subject, issuer, serial_number, key_algorithm, curve, key_encoding] = texts;
            let mut report = Report::empty();
            report.id = id.map(serde_json::Value::String);
            report.fingerprint = fingerprint;
            report.fingerprint_sha256 = fingerprint_sha256;
            report.common_name = common_name;
            (report.subject_alternative_names, report.ip_addresses) = lists;
            report.start_time = start_time;
            report.expire_time = expire_time;
            (report.start_time_stamp, report.expire_time_stamp, report.key_bits,
             report.chain_length, report.key_matches_certificate) = numbers;
            report.subject = subject;
            report.issuer = issuer;
            report.serial_number = serial_number;
            report.key_algorithm = key_algorithm;
            report.curve = curve;
            report.key_encoding = key_encoding;
            report.key_matches = key_matches;
            report.chain = chain;
            report.suggested_order = order;
            report.set_findings(findings.into_iter().map(|(error, message, hint)| {
                let f = if error {
                    Finding::error(Reason::MalformedCertificate, message)
                } else {
                    Finding::warning(Reason::WeakKey, message)
                };
                match hint { Some(h) => f.with_hint(h), None => f }
            }).collect());
            report
        }
    }

    proptest! {
        #[test]
        fn any_string_escapes_as_serde_json_does(s in any::<String>()) {
            prop_assert_eq!(ours(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn control_heavy_strings_escape_as_serde_json_does(s in "[\\x00-\\x20\"\\\\a-z\u{7f}é]{0,70}") {
            prop_assert_eq!(ours(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_report_is_serde_jsons_compact_form(report in any_report()) {
            prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
        }
    }
}
