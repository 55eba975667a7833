//! Certificate and key input (contract: Inputs; X.690 DER, RFC 7468 PEM): size
//! limits and bounded reads, PEM or DER, and the one container sniffer that names
//! a DER input holding the wrong thing (a key for a certificate, a CSR, PKCS #7).
//!
//! Untrusted bytes go in; certificate DERs and one key blob come out. PEM text goes
//! through [`crate::pem`]; DER input is borrowed as it is (certificate side) or
//! copied into a zeroizing buffer (key side).

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, Read};

use crate::error::{Finding, Reason};
use crate::limits::Limits;
use crate::pem::{BOM, Buffers, CertSink, KeySink, Lines, Side, decoded_bound, find, scan};
use crate::secret::SecretBytes;

pub(crate) use crate::pem::{CertDer, KeyBlob};

/// The first read buffer of [`read_limited_secret`]; it doubles (with the old
/// buffer zeroized) when a key file is bigger.
const SECRET_INITIAL: usize = 16 << 10;
/// The most [`read_limited_secret`] asks of the reader at once.
const SECRET_CHUNK: usize = 8 << 10;

// ---------------------------------------------------------------------------
// Reading with a cap
// ---------------------------------------------------------------------------

/// `limit + 1` as a `take` count: one byte more than the limit tells "too large".
fn limit_plus_one(limit: usize) -> u64 {
    u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1)
}

/// Reads an input for [`check`](crate::check), never more than `limit + 1` bytes,
/// so an endless or huge reader is refused without being read to its end: a
/// result longer than `limit` means the input is over it, and `check` reports
/// `InputTooLarge` for it.
///
/// # Errors
///
/// The reader's I/O error.
pub fn read_limited<R: Read>(reader: R, limit: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader.take(limit_plus_one(limit)).read_to_end(&mut buf)?;
    Ok(buf)
}

/// [`read_limited`] for key files: the bytes only ever live in zeroizing buffers.
///
/// The buffer never reallocates behind our back: it is reserved up front, and when
/// a larger one is needed the bytes are copied into a fresh zeroizing buffer and the
/// old one is zeroized as it drops.
///
/// # Errors
///
/// As [`read_limited`]; what was read is zeroized before the error returns.
pub fn read_limited_secret<R: Read>(mut reader: R, limit: usize) -> io::Result<SecretBytes> {
    let ceiling = limit.saturating_add(1);
    let mut buf = SecretBytes::with_capacity(ceiling.min(SECRET_INITIAL));
    loop {
        let len = buf.len();
        if len > limit {
            return Ok(buf);
        }
        // len <= limit < ceiling, so at least one byte is wanted.
        let want = (ceiling - len).min(SECRET_CHUNK);
        let needed = len.saturating_add(want);
        buf.grow_for(needed, ceiling);
        buf.resize(needed, 0);
        let got = loop {
            let Some(tail) = buf.get_mut(len..) else {
                break Ok(0);
            };
            match reader.read(tail) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        match got {
            Ok(0) => {
                buf.truncate(len);
                return Ok(buf);
            }
            Ok(n) => buf.truncate(len.saturating_add(n.min(want))),
            Err(e) => return Err(e),
        }
    }
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

/// Reads the certificate input: size limit, then PEM blocks or one DER certificate.
///
/// Findings go to `findings`; the certificates found before any fatal fault are
/// returned in input order, so the report can still describe the leaf.
pub(crate) fn cert_input<'a>(
    input: &'a [u8],
    limits: &Limits,
    findings: &mut Vec<Finding>,
) -> Vec<CertDer<'a>> {
    let side = Side::Cert;
    if input.len() > limits.cert_bytes {
        findings.push(too_large(side, input.len(), limits.cert_bytes));
        return Vec::new();
    }
    if let Some(finding) = mangled(input, side) {
        findings.push(finding);
        return Vec::new();
    }
    match sniff(input) {
        Sniff::Empty { whitespace } => {
            let what = if whitespace {
                "holds only whitespace"
            } else {
                "is empty"
            };
            findings.push(
                Finding::error(
                    Reason::EmptyCertificate,
                    format!("the certificate input {what}: there is no certificate"),
                )
                .with_hint("give the certificate as PEM (-----BEGIN CERTIFICATE-----) or DER"),
            );
            Vec::new()
        }
        Sniff::Der => der_cert(input, findings),
        Sniff::Pem => {
            let errors_before = error_count(findings);
            let mut sink = CertSink { certs: Vec::new() };
            // Clean base64 lines decode straight into `decoded`, sized to a bound on
            // any block's DER; `scratch` only holds base64 that could not.
            let mut scratch = Vec::new();
            with_cert_buffer(decoded_bound(input.len()), |decoded| {
                let buffers = Buffers {
                    scratch: &mut scratch,
                    decoded,
                };
                scan(input, side, limits, &mut sink, buffers, findings);
            });
            if sink.certs.is_empty() && error_count(findings) == errors_before {
                findings.push(Finding::error(
                    Reason::EmptyCertificate,
                    "no CERTIFICATE block in the certificate input; \
                     give the -----BEGIN CERTIFICATE----- block",
                ));
            }
            sink.certs
        }
        Sniff::Neither => {
            findings.push(
                Finding::error(
                    Reason::MalformedCertificate,
                    "neither PEM nor DER: no -----BEGIN CERTIFICATE----- line found; \
                     give the certificate as PEM or DER",
                )
                .with_hint(
                    "a PEM certificate starts with the line -----BEGIN CERTIFICATE-----; \
                     a DER certificate is binary and starts with the byte 0x30",
                ),
            );
            Vec::new()
        }
    }
}

/// Reads the private key input: size limit, then exactly one PEM key block or DER.
///
/// Findings go to `findings`; `None` when no key could be taken from the input.
pub(crate) fn key_input(
    input: &[u8],
    limits: &Limits,
    findings: &mut Vec<Finding>,
) -> Option<KeyBlob> {
    let side = Side::Key;
    if input.len() > limits.key_bytes {
        findings.push(too_large(side, input.len(), limits.key_bytes));
        return None;
    }
    if let Some(finding) = mangled(input, side) {
        findings.push(finding);
        return None;
    }
    match sniff(input) {
        Sniff::Empty { whitespace } => {
            let what = if whitespace {
                "the key file is empty (only whitespace)"
            } else {
                "the key file is empty"
            };
            findings.push(
                Finding::error(Reason::MalformedPrivateKey, what)
                    .with_hint("give the private key as PEM (-----BEGIN PRIVATE KEY-----) or DER"),
            );
            None
        }
        Sniff::Der => der_key(input, findings),
        Sniff::Pem => pem_key(input, limits, findings),
        Sniff::Neither => {
            findings.push(
                Finding::error(
                    Reason::MalformedPrivateKey,
                    "neither PEM nor DER: no -----BEGIN PRIVATE KEY----- line found; \
                     give the private key as PEM or DER",
                )
                .with_hint(
                    "a PEM key starts with a line such as -----BEGIN PRIVATE KEY----- or \
                     -----BEGIN RSA PRIVATE KEY-----; a DER key is binary and starts with the byte 0x30",
                ),
            );
            None
        }
    }
}

/// The key side of a PEM input: one key block, certificates and extras reported.
fn pem_key(input: &[u8], limits: &Limits, findings: &mut Vec<Finding>) -> Option<KeyBlob> {
    let errors_before = error_count(findings);
    let mut sink = KeySink {
        key: None,
        first_key: None,
        certs: Lines::default(),
    };
    // Reserved once to the input length, an upper bound on any block's base64:
    // the buffer never grows, so no reallocation leaves key text behind. The DER
    // decoded line by line goes to a fixed-size buffer (a slice: it cannot grow).
    let mut scratch: SecretBytes = SecretBytes::with_capacity(input.len());
    let mut decoded: SecretBytes = SecretBytes::new(vec![0u8; decoded_bound(input.len())]);
    let buffers = Buffers {
        scratch: &mut scratch,
        decoded: &mut decoded,
    };
    scan(input, Side::Key, limits, &mut sink, buffers, findings);
    if !sink.certs.is_empty() {
        let certs = sink.certs;
        let finding = if sink.first_key.is_some() {
            Finding::error(
                Reason::UnexpectedPemBlock,
                format!(
                    "{certs}: a certificate in the key input besides the private key; \
                     keep only the private key in the key file"
                ),
            )
            .with_hint("give the certificate and its chain as the certificate input")
        } else {
            Finding::error(
                Reason::UnexpectedPemBlock,
                format!(
                    "{certs}: a certificate where the private key was expected: \
                     inputs may have been switched"
                ),
            )
            .with_hint("give the certificate file as the certificate and the key file as the key")
        };
        findings.push(finding);
    }
    if sink.key.is_none() && error_count(findings) == errors_before {
        findings.push(Finding::error(
            Reason::MalformedPrivateKey,
            "no private key block in the key input: expected -----BEGIN PRIVATE KEY----- \
             (or RSA, EC or ENCRYPTED PRIVATE KEY)",
        ));
    }
    sink.key
}

/// How many findings are errors.
fn error_count(findings: &[Finding]) -> usize {
    findings.iter().filter(|f| f.is_error()).count()
}

/// The largest certificate decode buffer a thread keeps between inputs.
const CERT_BUFFER_KEEP: usize = 64 << 10;

thread_local! {
    /// The certificate side's decode buffer, kept between inputs on each thread so
    /// that it is allocated and zeroed when it grows, not for every input (a
    /// certificate is public: nothing to scrub). Each block reads back only what it
    /// decoded itself.
    static CERT_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with `len` bytes of this thread's certificate decode buffer (a fresh
/// one should that buffer be in use).
fn with_cert_buffer<T>(len: usize, f: impl FnOnce(&mut [u8]) -> T) -> T {
    CERT_BUFFER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut kept) => {
            if kept.len() < len {
                kept.resize(len, 0);
            }
            let out = f(kept.get_mut(..len).unwrap_or_default());
            if kept.len() > CERT_BUFFER_KEEP {
                *kept = Vec::new();
            }
            out
        }
        Err(_) => f(&mut vec![0; len]),
    })
}

/// A PEM that went through one encoding too many on its way here (typical of
/// JSON built by hand, or of a field base64-encoded by a form): named, not parsed.
fn mangled(input: &[u8], side: Side) -> Option<Finding> {
    // One SEQUENCE spanning the whole input is DER (see `sniff`), not text: no need
    // to search it for a PEM marker.
    if whole_der(input) {
        return None;
    }
    let text = input.strip_prefix(BOM).unwrap_or(input);
    let start = text
        .iter()
        .position(|&b| !is_blank_byte(b))
        .unwrap_or(text.len());
    let text = text.get(start..).unwrap_or_default();
    // base64("-----BEGIN") = "LS0tLS1CRUdJTi"
    if text.starts_with(b"LS0tLS1CRUdJT") {
        return Some(
            Finding::error(
                side.malformed(),
                format!("the {} is a whole PEM encoded once more in base64 (it starts with LS0tLS1CRUdJT, base64 of -----BEGIN)", side.input_name()),
            )
            .with_hint("base64-decode the field once (e.g. `base64 -d`) and send the PEM text itself"),
        );
    }
    let begin = find(text, b"-----BEGIN")?;
    let after = text.get(begin + 10..)?;
    let label_end = find(after, b"-----")?;
    let rest = after.get(label_end + 5..)?;
    if rest.starts_with(b"\\n") || rest.starts_with(b"\\r\\n") {
        return Some(
            Finding::error(
                side.malformed(),
                format!("the {} is double-escaped: it holds the two characters \\n where line breaks belong", side.input_name()),
            )
            .with_hint("unescape the text once (a JSON string was encoded twice): each \\n must be a real line break"),
        );
    }
    None
}

/// The `InputTooLarge` finding for an input of `len` bytes.
fn too_large(side: Side, len: usize, limit: usize) -> Finding {
    let hint = match side {
        Side::Cert => "give only the certificate and its chain",
        Side::Key => "give only the private key",
    };
    Finding::error(
        Reason::InputTooLarge,
        if len == limit.saturating_add(1) {
            // What `read_limited` returns for anything over the limit: the true size is unknown.
            format!(
                "{} is over the limit of {}",
                side.input_name(),
                size_words(limit)
            )
        } else {
            format!(
                "{} is {len} bytes; the limit is {}",
                side.input_name(),
                size_words(limit)
            )
        },
    )
    .with_hint(hint)
}

/// A size as people read it: `1 MiB (1048576 bytes)`, `64 KiB (65536 bytes)`, `300 bytes`.
fn size_words(n: usize) -> String {
    const KIB: usize = 1 << 10;
    const MIB: usize = 1 << 20;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB ({n} bytes)", n / MIB)
    } else if n >= KIB && n.is_multiple_of(KIB) {
        format!("{} KiB ({n} bytes)", n / KIB)
    } else {
        format!("{n} bytes")
    }
}

// ---------------------------------------------------------------------------
// PEM or DER?
// ---------------------------------------------------------------------------

/// What the input looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sniff {
    /// Nothing, or only a BOM and whitespace.
    Empty {
        /// Some whitespace (or a BOM) was there.
        whitespace: bool,
    },
    /// Has a `-----BEGIN` marker.
    Pem,
    /// Starts with a DER SEQUENCE.
    Der,
    /// Neither.
    Neither,
}

/// Space, tab, CR, LF, vertical tab or form feed.
const fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c)
}

/// Decides between PEM and DER. A SEQUENCE spanning exactly the whole input is
/// DER even if its bytes happen to hold `-----BEGIN`; otherwise a `-----BEGIN`
/// marker means PEM (text starting with `0` is 0x30 too); otherwise a leading
/// 0x30 is taken as DER so that its faults are named precisely.
fn sniff(input: &[u8]) -> Sniff {
    let text = input.strip_prefix(BOM).unwrap_or(input);
    if text.iter().all(|&b| is_blank_byte(b)) {
        return Sniff::Empty {
            whitespace: !input.is_empty(),
        };
    }
    if whole_der(input) {
        return Sniff::Der;
    }
    let starts_der = input.first() == Some(&TAG_SEQUENCE);
    if contains(input, b"-----BEGIN") {
        return Sniff::Pem;
    }
    if starts_der {
        Sniff::Der
    } else {
        Sniff::Neither
    }
}

/// Whether `input` is one DER SEQUENCE, exactly.
fn whole_der(input: &[u8]) -> bool {
    input.first() == Some(&TAG_SEQUENCE)
        && der_tlv(input, 0, usize::MAX).is_some_and(|t| t.end == input.len())
}

/// Whether `needle` (non-empty) occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

// ---------------------------------------------------------------------------
// DER sniffing
// ---------------------------------------------------------------------------

use der::{
    TAG_BIT_STRING, TAG_CONTEXT_0, TAG_INTEGER, TAG_OCTET_STRING, TAG_OID, TAG_SEQUENCE, Tlv,
    der_tlv,
};

/// The one TLV header reader the sniffer needs, kept apart so that it can give way
/// to the crate's shared DER reader without touching the sniffer.
mod der {
    /// DER INTEGER.
    pub(super) const TAG_INTEGER: u8 = 0x02;
    /// DER BIT STRING.
    pub(super) const TAG_BIT_STRING: u8 = 0x03;
    /// DER OCTET STRING.
    pub(super) const TAG_OCTET_STRING: u8 = 0x04;
    /// DER OBJECT IDENTIFIER.
    pub(super) const TAG_OID: u8 = 0x06;
    /// DER SEQUENCE (constructed).
    pub(super) const TAG_SEQUENCE: u8 = 0x30;
    /// Context-specific constructed \[0\].
    pub(super) const TAG_CONTEXT_0: u8 = 0xA0;
    /// One DER tag-length header: where the contents start and end.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(super) struct Tlv {
        /// The tag byte (low-tag-number form only).
        pub(super) tag: u8,
        /// Index of the first content byte.
        pub(super) start: usize,
        /// Index one past the last content byte.
        pub(super) end: usize,
    }

    /// Reads the TLV header at `at`; `None` for high tag numbers, indefinite or
    /// over-long lengths, or contents ending past `limit`.
    pub(super) fn der_tlv(buf: &[u8], at: usize, limit: usize) -> Option<Tlv> {
        let tag = *buf.get(at)?;
        if tag & 0x1F == 0x1F {
            return None;
        }
        let first_len = *buf.get(at.checked_add(1)?)?;
        let (len, header) = if first_len < 0x80 {
            (usize::from(first_len), 2)
        } else {
            let count = usize::from(first_len & 0x7F);
            if count == 0 || count > 4 {
                return None;
            }
            let bytes = buf.get(at.checked_add(2)?..at.checked_add(2 + count)?)?;
            let len = bytes.iter().try_fold(0usize, |acc, &b| {
                acc.checked_mul(256)?.checked_add(usize::from(b))
            })?;
            (len, 2 + count)
        };
        let start = at.checked_add(header)?;
        let end = start.checked_add(len)?;
        (end <= limit).then_some(Tlv { tag, start, end })
    }
}

/// The content of OID 1.2.840.113549.1.7 (PKCS #7), the arc of signedData.
const OID_PKCS7_ARC: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07];

/// What a DER SEQUENCE holds, judged from its first few elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DerShape {
    /// Signed, with a `[0]` version or a v1 TBS: an X.509 certificate.
    Certificate,
    /// A PKCS#10 certificate signing request.
    Csr,
    /// A PKCS #7 ContentInfo.
    Pkcs7,
    /// A SubjectPublicKeyInfo or a PKCS#1 RSAPublicKey.
    PublicKey,
    /// A private key in the container named.
    PrivateKey(&'static str),
    /// Something else: left to the parser to name.
    Other,
}

/// Sniffs the shape of the SEQUENCE at the start of `der` (cheap, no parsing).
fn der_shape(der: &[u8]) -> DerShape {
    let Some(outer) = der_tlv(der, 0, der.len()).filter(|t| t.tag == TAG_SEQUENCE) else {
        return DerShape::Other;
    };
    let Some(a) = der_tlv(der, outer.start, outer.end) else {
        return DerShape::Other;
    };
    let b = der_tlv(der, a.end, outer.end);
    let c = b.and_then(|b| der_tlv(der, b.end, outer.end));
    let first_child = |t: Tlv| der_tlv(der, t.start, t.end);
    match a.tag {
        TAG_INTEGER => {
            let version = der.get(a.start..a.end).and_then(|v| match v {
                [v] => Some(*v),
                _ => None,
            });
            match (version, b) {
                (Some(0 | 1), Some(b))
                    if b.tag == TAG_SEQUENCE
                        && first_child(b).is_some_and(|t| t.tag == TAG_OID) =>
                {
                    DerShape::PrivateKey("PKCS#8")
                }
                (Some(0), Some(b)) if b.tag == TAG_INTEGER && c.is_some() => {
                    DerShape::PrivateKey("PKCS#1 RSA")
                }
                (Some(1), Some(b)) if b.tag == TAG_OCTET_STRING => DerShape::PrivateKey("SEC1 EC"),
                (_, Some(b)) if b.tag == TAG_INTEGER && c.is_none() => DerShape::PublicKey,
                _ => DerShape::Other,
            }
        }
        TAG_SEQUENCE => {
            let a_starts_with_oid = first_child(a).is_some_and(|t| t.tag == TAG_OID);
            match (b, c) {
                (Some(b), None) if a_starts_with_oid && b.tag == TAG_OCTET_STRING => {
                    DerShape::PrivateKey("encrypted PKCS#8")
                }
                (Some(b), None) if a_starts_with_oid && b.tag == TAG_BIT_STRING => {
                    DerShape::PublicKey
                }
                (Some(b), Some(c)) if b.tag == TAG_SEQUENCE && c.tag == TAG_BIT_STRING => {
                    signed_shape(der, a)
                }
                _ => DerShape::Other,
            }
        }
        TAG_OID => {
            if der
                .get(a.start..a.end)
                .is_some_and(|oid| oid.starts_with(OID_PKCS7_ARC))
            {
                DerShape::Pkcs7
            } else {
                DerShape::Other
            }
        }
        _ => DerShape::Other,
    }
}

/// A signed structure: a certificate, or a CSR (INTEGER, Name, SPKI, `[0]` attributes).
fn signed_shape(der: &[u8], tbs: Tlv) -> DerShape {
    let Some(t1) = der_tlv(der, tbs.start, tbs.end) else {
        return DerShape::Other;
    };
    if t1.tag == TAG_CONTEXT_0 {
        return DerShape::Certificate;
    }
    let fourth = der_tlv(der, t1.end, tbs.end)
        .and_then(|t2| der_tlv(der, t2.end, tbs.end))
        .and_then(|t3| der_tlv(der, t3.end, tbs.end));
    match fourth {
        Some(t4) if t1.tag == TAG_INTEGER && t4.tag == TAG_CONTEXT_0 => DerShape::Csr,
        _ => DerShape::Certificate,
    }
}

/// The certificate side of a DER input: one certificate, or why not.
fn der_cert<'a>(input: &'a [u8], findings: &mut Vec<Finding>) -> Vec<CertDer<'a>> {
    let malformed = |m: String| Finding::error(Reason::MalformedCertificate, m);
    let Some(outer) = der_tlv(input, 0, usize::MAX) else {
        findings.push(malformed(
            "neither PEM nor DER: the input starts with the byte 0x30 like DER, but its \
             length is not DER (indefinite, or more than 4 length bytes); \
             give the certificate as PEM or DER"
                .to_owned(),
        ));
        return Vec::new();
    };
    if outer.end > input.len() {
        findings.push(malformed(format!(
            "the DER certificate is truncated: its outer SEQUENCE needs {} bytes and the \
             input has {}; copy the whole file (in binary mode)",
            outer.end,
            input.len()
        )));
        return Vec::new();
    }
    let Some(der) = input.get(..outer.end) else {
        return Vec::new();
    };
    let unexpected = |m: &str, hint: &str| {
        Finding::error(Reason::UnexpectedPemBlock, m.to_owned()).with_hint(hint.to_owned())
    };
    match der_shape(der) {
        DerShape::PrivateKey(kind) => {
            findings.push(unexpected(
                &format!(
                    "a DER private key ({kind}) where a certificate was expected: \
                     inputs may have been switched"
                ),
                "give the certificate file as the certificate and the key file as the key",
            ));
            return Vec::new();
        }
        DerShape::PublicKey => {
            findings.push(unexpected(
                "a DER public key, not a certificate: upload the certificate that holds it",
                "the certificate (-----BEGIN CERTIFICATE----- or its DER) carries the public key",
            ));
            return Vec::new();
        }
        DerShape::Csr => {
            findings.push(unexpected(
                "a DER certificate signing request, not a certificate: submit it to a CA \
                 and upload the certificate it issues",
                "a CSR asks for a certificate; the CA's answer is the certificate",
            ));
            return Vec::new();
        }
        DerShape::Pkcs7 => {
            findings.push(unexpected(
                "a DER PKCS#7 bundle, not a certificate: extract the certificates with \
                 `openssl pkcs7 -inform DER -print_certs -in f -out f.pem`",
                "give the extracted PEM certificates, leaf first",
            ));
            return Vec::new();
        }
        DerShape::Certificate | DerShape::Other => {}
    }
    if outer.end < input.len() {
        let extra = input.len() - outer.end;
        let message =
            if der_tlv(input, outer.end, input.len()).is_some_and(|t| t.tag == TAG_SEQUENCE) {
                format!(
                    "another DER structure starts at byte offset {} after the DER certificate: \
                 the input holds more than one DER certificate; give them as one PEM file \
                 instead (`openssl x509 -inform DER -in f -out f.pem` for each)",
                    outer.end
                )
            } else {
                format!(
                    "{extra} trailing bytes after the DER certificate, from byte offset {}; \
                 remove them",
                    outer.end
                )
            };
        findings.push(malformed(message));
    }
    vec![CertDer {
        der: Cow::Borrowed(der),
        position: 1,
        line: None,
    }]
}

/// The key side of a DER input: the whole input, unless it is plainly no key.
fn der_key(input: &[u8], findings: &mut Vec<Finding>) -> Option<KeyBlob> {
    let what = match der_shape(input) {
        DerShape::Certificate => {
            "a DER certificate where the private key was expected: inputs may have been switched"
        }
        DerShape::Csr => {
            "a DER certificate signing request where the private key was expected; \
             give the private key the request was made from"
        }
        DerShape::Pkcs7 => {
            "a DER PKCS#7 bundle where the private key was expected; give the private key"
        }
        DerShape::PrivateKey(_) | DerShape::PublicKey | DerShape::Other => {
            return Some(KeyBlob::Der(SecretBytes::copy_of(input)));
        }
    };
    findings.push(
        Finding::error(Reason::UnexpectedPemBlock, what)
            .with_hint("give the certificate file as the certificate and the key file as the key"),
    );
    None
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    use super::*;
    use crate::error::Severity;
    use crate::pem::FIX_HINT;

    /// `openssl req -new -x509 -key k1.pem -subj /CN=a` (Ed25519, 304 bytes DER).
    const C1_B64: &str = "MIIBLDCB36ADAgECAhQLwMb3U9Hk0ELhHFuuQ9Inp7ouITAFBgMrZXAwDDEKMAgGA1UEAwwBYTAeFw0yNjExMjgwODU2MjdaFw0yNjExMjkwODU2MjdaMAwxCjAIBgNVBAMMAWEwKjAFBgMrZXADIQDEwiu6zw3qDwk2n76MWQUTDg07iC7GaP3O2Hkm5ySffaNTMFEwHQYDVR0OBBYEFCqa1Gmrr4EmCeSpl2OMUsMaujizMB8GA1UdIwQYMBaAFCqa1Gmrr4EmCeSpl2OMUsMaujizMA8GA1UdEwEB/wQFMAMBAf8wBQYDK2VwA0EAfZ0yBP22Cqp4FUpEsd+OeIcggkiY1AekHXUZq8YsIJoDsP/xNon2dWss+Xib+gdaotFGyN/4J3dTZg8GdZs+BA==";
    /// The same with `/CN=b` (304 bytes DER).
    const C2_B64: &str = "MIIBLDCB36ADAgECAhQRvPD9ovm6FKG1WGqI63ZKmKEB8zAFBgMrZXAwDDEKMAgGA1UEAwwBYjAeFw0yNjExMjgwODU2MjdaFw0yNjExMjkwODU2MjdaMAwxCjAIBgNVBAMMAWIwKjAFBgMrZXADIQDEwiu6zw3qDwk2n76MWQUTDg07iC7GaP3O2Hkm5ySffaNTMFEwHQYDVR0OBBYEFCqa1Gmrr4EmCeSpl2OMUsMaujizMB8GA1UdIwQYMBaAFCqa1Gmrr4EmCeSpl2OMUsMaujizMA8GA1UdEwEB/wQFMAMBAf8wBQYDK2VwA0EAG2GLVMyxblxo7DFsz8Xq5gNrshSLWMKRIBsibYO4HJTvz6OAvymsVaWJY5eB+V716WNjOcq7BBOJR7Smg+cgDg==";
    /// `openssl req -new -key k1.pem -subj /CN=a -outform DER` (a CSR).
    const CSR_B64: &str = "MIGLMD8CAQAwDDEKMAgGA1UEAwwBYTAqMAUGAytlcAMhAMTCK7rPDeoPCTafvoxZBRMODTuILsZo/c7YeSbnJJ99oAAwBQYDK2VwA0EAf+SHanp71IQzjPjMFS1IRXp8Zb1fcSW4xdK40kWlEVaBQWpIDK8un0qprBBppqL06eudkdkbn5riau+LJQXLBg==";
    /// A throwaway Ed25519 test key, PKCS#8 DER (`openssl genpkey -algorithm ed25519`).
    const K1_HEX: &str = "302e020100300506032b657004220420ec7d707e1930e17af63d29d4131e0092b9f979b10e588a5409773a1e900e5fec";
    /// PKCS#1 RSAPrivateKey shape: SEQUENCE { INTEGER 0, INTEGER 5, INTEGER 3 }.
    const PKCS1_SHAPE: &[u8] = &[
        0x30, 0x09, 0x02, 0x01, 0x00, 0x02, 0x01, 0x05, 0x02, 0x01, 0x03,
    ];
    /// SEC1 ECPrivateKey shape: SEQUENCE { INTEGER 1, OCTET STRING }.
    const SEC1_SHAPE: &[u8] = &[0x30, 0x08, 0x02, 0x01, 0x01, 0x04, 0x03, 1, 2, 3];
    /// `openssl ec -aes128`: a legacy encrypted EC key (throwaway, password `x`).
    const LEGACY_EC: &str = "-----BEGIN EC PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-128-CBC,257C362A9C8D0E4DC97444D7A2D1A23B

vUtQ1Ybjw4o3NtrkmNNQOMrrC3nJBmd8RdxI9AfyXJgWRw0CQrStgMwpqOlhclSf
wL9Yu9u9eNCYgRzIpSt+EstrpVmpOBedHXJ36roQK0TAzcpeD3puP2oYVosjenRW
OislGCpppx4BYO4r6ZGR0gkYj9a+7Qaj4QFG8skKKhg=
-----END EC PRIVATE KEY-----
";
    /// The body of [`LEGACY_EC`], joined.
    const LEGACY_EC_BODY: &str = "vUtQ1Ybjw4o3NtrkmNNQOMrrC3nJBmd8RdxI9AfyXJgWRw0CQrStgMwpqOlhclSfwL9Yu9u9eNCYgRzIpSt+EstrpVmpOBedHXJ36roQK0TAzcpeD3puP2oYVosjenRWOislGCpppx4BYO4r6ZGR0gkYj9a+7Qaj4QFG8skKKhg=";

    fn c1() -> Vec<u8> {
        STANDARD.decode(C1_B64).unwrap()
    }
    fn c2() -> Vec<u8> {
        STANDARD.decode(C2_B64).unwrap()
    }
    fn csr() -> Vec<u8> {
        STANDARD.decode(CSR_B64).unwrap()
    }
    fn k1() -> Vec<u8> {
        (0..K1_HEX.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&K1_HEX[i..i + 2], 16).unwrap())
            .collect()
    }

    /// PEM armor of `der` with lines of `width` columns and `eol` line ends.
    fn armor(label: &str, der: &[u8], width: usize, eol: &str) -> String {
        let b64 = STANDARD.encode(der);
        let mut s = format!("-----BEGIN {label}-----{eol}");
        for chunk in b64.as_bytes().chunks(width) {
            s.push_str(std::str::from_utf8(chunk).unwrap());
            s.push_str(eol);
        }
        s.push_str(&format!("-----END {label}-----{eol}"));
        s
    }

    /// Clean PEM: 64 columns, LF.
    fn pem(label: &str, der: &[u8]) -> String {
        armor(label, der, 64, "\n")
    }

    /// Applies `edit` to the lines of `text` (1-based line `i` is `lines[i - 1]`).
    fn edit_lines(text: &str, edit: impl FnOnce(&mut Vec<String>)) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        edit(&mut lines);
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }

    /// Replaces the byte at 1-based `line`, `column`.
    fn set_char(text: &str, line: usize, column: usize, c: char) -> String {
        edit_lines(text, |l| {
            let mut chars: Vec<char> = l[line - 1].chars().collect();
            chars[column - 1] = c;
            l[line - 1] = chars.into_iter().collect();
        })
    }

    /// `cert_input` with default limits; the certificates own their DER.
    fn run_cert(input: &[u8]) -> (Vec<CertDer<'static>>, Vec<Finding>) {
        let mut findings = Vec::new();
        let certs = cert_input(input, &Limits::default(), &mut findings)
            .into_iter()
            .map(|c| CertDer {
                der: Cow::Owned(c.der.into_owned()),
                ..c
            })
            .collect();
        (certs, findings)
    }

    fn run_key(input: &[u8]) -> (Option<KeyBlob>, Vec<Finding>) {
        let mut findings = Vec::new();
        let key = key_input(input, &Limits::default(), &mut findings);
        (key, findings)
    }

    /// Asserts findings one by one: reason, severity and a part of the message.
    #[track_caller]
    fn assert_findings(what: &str, got: &[Finding], want: &[(Reason, Severity, &str)]) {
        let shown: Vec<String> = got
            .iter()
            .map(|f| format!("{:?} {:?}: {}", f.reason, f.severity, f.message))
            .collect();
        assert_eq!(got.len(), want.len(), "{what}: findings {shown:#?}");
        for (f, (reason, severity, part)) in got.iter().zip(want) {
            assert_eq!(
                (f.reason, f.severity),
                (*reason, *severity),
                "{what}: {shown:#?}"
            );
            assert!(
                f.message.contains(part),
                "{what}: {:?} does not contain {part:?}",
                f.message
            );
        }
    }

    const W: Severity = Severity::Warning;
    const E: Severity = Severity::Error;
    const PEM_FORMAT: Reason = Reason::PemFormat;
    const MALFORMED: Reason = Reason::MalformedCertificate;

    /// A case file under `testdata/input/`: its records (apart by blank lines,
    /// `#` comment lines dropped), each the `Key = value` fields in order.
    fn records(text: &str) -> Vec<Vec<(&str, &str)>> {
        text.split("\n\n")
            .map(|record| {
                record
                    .lines()
                    .filter(|l| !l.starts_with('#') && !l.is_empty())
                    .map(|l| {
                        l.split_once(" = ")
                            .unwrap_or_else(|| panic!("no ` = ` in {l:?}"))
                    })
                    .collect::<Vec<_>>()
            })
            .filter(|fields| !fields.is_empty())
            .collect()
    }

    /// A named blob of the case files (see their header), or hex.
    fn blob(token: &str) -> Vec<u8> {
        match token {
            "c1" => c1(),
            "c2" => c2(),
            "csr" => csr(),
            "k1" => k1(),
            "legacy-ec" => STANDARD.decode(LEGACY_EC_BODY).unwrap(),
            hex => (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect(),
        }
    }

    /// Space-separated blobs; `none` is no blob.
    fn blobs(tokens: &str) -> Vec<Vec<u8>> {
        if tokens == "none" {
            return Vec::new();
        }
        tokens.split(' ').map(blob).collect()
    }

    /// A quoted value with `\n \r \t \\ \" \xNN` escapes, as bytes.
    fn quoted(value: &str) -> Vec<u8> {
        let inner = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or_else(|| panic!("not quoted: {value}"));
        let mut out = Vec::new();
        let mut bytes = inner.bytes();
        while let Some(b) = bytes.next() {
            if b != b'\\' {
                out.push(b);
                continue;
            }
            match bytes.next() {
                Some(b'n') => out.push(b'\n'),
                Some(b'r') => out.push(b'\r'),
                Some(b't') => out.push(b'\t'),
                Some(b'x') => {
                    let hex = [bytes.next().unwrap(), bytes.next().unwrap()];
                    out.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
                }
                Some(c @ (b'\\' | b'"')) => out.push(c),
                other => panic!("bad escape {other:?} in {value}"),
            }
        }
        out
    }

    /// `Reason Severity "part of the message"`.
    fn finding(value: &str) -> (Reason, Severity, String) {
        let (reason, rest) = value.split_once(' ').unwrap();
        let (severity, message) = rest.split_once(' ').unwrap();
        let reason = *Reason::ALL
            .iter()
            .find(|r| r.as_str() == reason)
            .unwrap_or_else(|| panic!("no reason {reason}"));
        let severity = match severity {
            "Warning" => W,
            "Error" => E,
            other => panic!("no severity {other}"),
        };
        let message = String::from_utf8(quoted(message)).unwrap();
        (reason, severity, message)
    }

    /// One case of either file: its name, input and findings; the rest of its
    /// fields go to `other`.
    struct Case<'t> {
        what: &'t str,
        input: Vec<u8>,
        findings: Vec<(Reason, Severity, String)>,
        other: Vec<(&'t str, &'t str)>,
    }

    fn case<'t>(fields: Vec<(&'t str, &'t str)>) -> Case<'t> {
        let mut case = Case {
            what: "",
            input: Vec::new(),
            findings: Vec::new(),
            other: Vec::new(),
        };
        for (key, value) in fields {
            match key {
                "Case" => case.what = value,
                "Input" => case.input.extend(quoted(value)),
                "Bytes" => case.input.extend(blobs(value).concat()),
                "Finding" => case.findings.push(finding(value)),
                _ => case.other.push((key, value)),
            }
        }
        assert!(
            !case.what.is_empty(),
            "a record without Case: {:?}",
            case.other
        );
        case
    }

    /// Asserts the findings of `case`.
    #[track_caller]
    fn assert_case_findings(case: &Case<'_>, got: &[Finding]) {
        let want: Vec<(Reason, Severity, &str)> = case
            .findings
            .iter()
            .map(|(r, s, m)| (*r, *s, m.as_str()))
            .collect();
        assert_findings(case.what, got, &want);
    }

    #[test]
    fn certificate_input_cases() {
        let text = include_str!("../testdata/input/cert-cases.txt");
        let records = records(text);
        assert_eq!(records.len(), 56, "cert-cases.txt: cases");
        for c in records.into_iter().map(case) {
            let mut ders = None;
            for (key, value) in &c.other {
                match *key {
                    "Ders" => ders = Some(blobs(value)),
                    other => panic!("{}: unknown field {other}", c.what),
                }
            }
            let ders = ders.unwrap_or_else(|| panic!("{}: no Ders", c.what));
            let (certs, findings) = run_cert(&c.input);
            let got: Vec<Vec<u8>> = certs.iter().map(|x| x.der.to_vec()).collect();
            assert_eq!(got, ders, "{}: certificates", c.what);
            for (i, cert) in certs.iter().enumerate() {
                assert_eq!(cert.position, i + 1, "{}: position", c.what);
            }
            assert_case_findings(&c, &findings);
        }
    }

    #[test]
    fn key_input_cases() {
        let text = include_str!("../testdata/input/key-cases.txt");
        let records = records(text);
        assert_eq!(records.len(), 23, "key-cases.txt: cases");
        for c in records.into_iter().map(case) {
            let what = c.what;
            let (mut key, mut label, mut headers, mut line) = (None, None, Vec::new(), None);
            for (k, value) in &c.other {
                match *k {
                    "Key" => key = Some(*value),
                    "Label" => label = Some(*value),
                    "Header" => {
                        let (name, v) = value.split_once(": ").unwrap();
                        headers.push((name.to_owned(), v.to_owned()));
                    }
                    "Line" => line = Some(value.parse::<usize>().unwrap()),
                    other => panic!("{what}: unknown field {other}"),
                }
            }
            let (got, findings) = run_key(&c.input);
            match (
                got,
                key.unwrap_or_else(|| panic!("{what}: no Key"))
                    .split_once(' '),
            ) {
                (None, None) if key == Some("none") => {}
                (Some(KeyBlob::Der(got)), Some(("der", want))) => {
                    assert_eq!(*got, blob(want), "{what}");
                }
                (
                    Some(KeyBlob::Pem {
                        label: l,
                        headers: h,
                        body,
                        line: n,
                    }),
                    Some(("pem", want)),
                ) => {
                    assert_eq!(Some(l.as_str()), label, "{what}");
                    assert_eq!(*body, blob(want), "{what}");
                    assert_eq!(h, headers, "{what}");
                    assert_eq!(Some(n), line, "{what}");
                }
                (got, want) => panic!("{what}: key {got:?}, expected {want:?}"),
            }
            assert_case_findings(&c, &findings);
        }
    }

    #[test]
    fn positions_and_begin_lines() {
        let one = pem("CERTIFICATE", &c1());
        let (certs, findings) = run_cert(format!("{one}{}", pem("CERTIFICATE", &c2())).as_bytes());
        assert!(findings.is_empty());
        assert_eq!(
            certs,
            vec![
                CertDer {
                    der: c1().into(),
                    position: 1,
                    line: Some(1)
                },
                CertDer {
                    der: c2().into(),
                    position: 2,
                    line: Some(10)
                },
            ]
        );
        // Glued: the second BEGIN is on line 9.
        let (certs, _) =
            run_cert(format!("{}{}", one.trim_end(), pem("CERTIFICATE", &c2())).as_bytes());
        assert_eq!(
            certs.iter().map(|c| c.line).collect::<Vec<_>>(),
            vec![Some(1), Some(9)]
        );
        // DER: no line.
        let (certs, _) = run_cert(&c1());
        assert_eq!(
            certs,
            vec![CertDer {
                der: c1().into(),
                position: 1,
                line: None
            }]
        );
    }

    #[test]
    fn unexpected_blocks_carry_hints() {
        let (_, f) = run_cert(pem("TRUSTED CERTIFICATE", &c1()).as_bytes());
        assert_eq!(
            f[0].hint.as_deref(),
            Some("`openssl x509 -in f -out f2` writes it as -----BEGIN CERTIFICATE-----")
        );
        let (_, f) = run_cert(armor("CERTIFICATE", &c1(), 64, "\r\n").as_bytes());
        assert_eq!(f[0].hint.as_deref(), Some(FIX_HINT));
    }

    #[test]
    fn input_too_large_on_both_sides() {
        let mut findings = Vec::new();
        let big = vec![b'A'; (1 << 20) + 1];
        assert!(cert_input(&big, &Limits::default(), &mut findings).is_empty());
        assert_findings(
            "cert",
            &findings,
            &[(
                Reason::InputTooLarge,
                E,
                "certificate input is over the limit of 1 MiB (1048576 bytes)",
            )],
        );
        // At the limit exactly, it is read (and is not PEM).
        let (_, f) = run_cert(&big[1..]);
        assert_findings(
            "cert at limit",
            &f,
            &[(MALFORMED, E, "neither PEM nor DER")],
        );

        let mut findings = Vec::new();
        assert!(key_input(&big[..(64 << 10) + 1], &Limits::default(), &mut findings).is_none());
        assert_findings(
            "key",
            &findings,
            &[(
                Reason::InputTooLarge,
                E,
                "key input is over the limit of 64 KiB (65536 bytes)",
            )],
        );
    }

    #[test]
    fn too_many_blocks_is_input_too_large() {
        let limits = Limits {
            pem_blocks: 2,
            ..Limits::default()
        };
        let one = pem("CERTIFICATE", &c1());
        let mut findings = Vec::new();
        let three = one.repeat(3);
        let certs = cert_input(three.as_bytes(), &limits, &mut findings);
        assert_eq!(certs.len(), 2);
        assert_findings(
            "blocks",
            &findings,
            &[(
                Reason::InputTooLarge,
                E,
                "line 19: more than 2 PEM blocks in the certificate input; the limit is 2",
            )],
        );
    }

    #[test]
    fn key_messages_never_quote_key_text() {
        let key = pem("PRIVATE KEY", &k1());
        let b64 = STANDARD.encode(k1());
        // Corrupt every position of the body in turn; no message may quote the body.
        for column in 1..=b64.len() {
            let (_, findings) = run_key(set_char(&key, 2, column, '!').as_bytes());
            for f in &findings {
                assert!(!f.message.contains('!'), "{}", f.message);
                for window in b64.as_bytes().windows(4) {
                    let w = std::str::from_utf8(window).unwrap();
                    assert!(
                        !f.message.contains(w) || w.chars().all(|c| c.is_ascii_uppercase()),
                        "{w} in {}",
                        f.message
                    );
                }
            }
        }
    }

    #[test]
    fn key_blob_debug_shows_no_secret() {
        let (key, _) = run_key(pem("PRIVATE KEY", &k1()).as_bytes());
        let shown = format!("{:?}", key.unwrap());
        assert_eq!(
            shown,
            "KeyBlob::Pem { label: \"PRIVATE KEY\", line: 1, body_len: 48, .. }"
        );
        let (key, _) = run_key(&k1());
        assert_eq!(
            format!("{:?}", key.unwrap()),
            "KeyBlob::Der { len: 48, .. }"
        );
    }

    #[test]
    fn size_words_in_messages() {
        assert_eq!(size_words(1 << 20), "1 MiB (1048576 bytes)");
        assert_eq!(size_words(5120), "5 KiB (5120 bytes)");
        assert_eq!(size_words(300), "300 bytes");
    }

    /// A reader that fails once with `Interrupted`, then reads its bytes.
    struct Interrupting(bool, &'static [u8]);
    impl Read for Interrupting {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if !self.0 {
                self.0 = true;
                return Err(io::ErrorKind::Interrupted.into());
            }
            self.1.read(buf)
        }
    }

    /// A reader that always fails.
    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("disk on fire"))
        }
    }

    #[test]
    fn read_limited_caps_an_endless_reader() {
        let limit = 1 << 20;
        // An endless reader: one byte over the limit is read, no more.
        assert_eq!(
            read_limited(io::repeat(b'A'), limit).unwrap().len(),
            limit + 1
        );
        assert_eq!(
            read_limited_secret(io::repeat(b'A'), limit).unwrap().len(),
            limit + 1
        );
        // Exactly at the limit is read whole; one over gives limit + 1 bytes.
        assert_eq!(read_limited(&b"hello"[..], 5).unwrap(), b"hello");
        assert_eq!(read_limited(&b"hello"[..], 4).unwrap(), b"hello");
        assert_eq!(read_limited(&b"hello!"[..], 4).unwrap(), b"hello");
        assert_eq!(*read_limited_secret(&b"hello"[..], 5).unwrap(), b"hello");
        assert_eq!(*read_limited_secret(&b"hello!"[..], 4).unwrap(), b"hello");
        assert_eq!(*read_limited_secret(&b""[..], 4).unwrap(), b"");
        // Growth past the first buffer keeps every byte.
        let big: Vec<u8> = (0..100_000u32)
            .map(|i| u8::try_from(i % 251).unwrap())
            .collect();
        assert_eq!(*read_limited_secret(&big[..], 200_000).unwrap(), big);
        assert_eq!(read_limited_secret(&big[..], 99_998).unwrap().len(), 99_999);
        // Interrupted is retried; other errors are returned.
        assert_eq!(
            *read_limited_secret(Interrupting(false, b"key"), 10).unwrap(),
            b"key"
        );
        assert!(read_limited_secret(Failing, 10).is_err());
        assert!(read_limited(Failing, 10).is_err());
        // What check() says of an over-limit read.
        let mut findings = Vec::new();
        let input = read_limited(io::repeat(b'A'), 1000).unwrap();
        let limits = Limits {
            cert_bytes: 1000,
            ..Limits::default()
        };
        assert!(cert_input(&input, &limits, &mut findings).is_empty());
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].reason, Reason::InputTooLarge);
    }

    #[test]
    fn pem_from_testdata_when_present() {
        // Fixtures are optional: when the generator has run, every *.pem under
        // testdata must scan without panicking and give at most one finding per kind.
        let Ok(dir) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata")) else {
            return;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "pem") {
                let bytes = std::fs::read(&path).unwrap();
                let (_, findings) = run_cert(&bytes);
                let (_, key_findings) = run_key(&bytes);
                let mut messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
                messages.extend(key_findings.iter().map(|f| f.message.as_str()));
                assert!(messages.iter().all(|m| !m.is_empty()), "{path:?}");
            }
        }
    }

    #[test]
    fn every_width_and_length_decodes_on_both_sides() {
        // Lines decoded one by one, gathered for one decode, and both in one block.
        for width in [4, 8, 60, 61, 63, 64, 65, 76, 1000] {
            for eol in ["\n", "\r\n"] {
                for len in 1..=100usize {
                    let der: Vec<u8> = (0..len)
                        .map(|i| u8::try_from((i * 37 + width) % 256).unwrap())
                        .collect();
                    let text = armor("CERTIFICATE", &der, width, eol);
                    let (certs, _) = run_cert(text.as_bytes());
                    assert_eq!(certs.len(), 1, "{width} {len}");
                    assert_eq!(certs[0].der, der, "{width} {len}");
                    let text = armor("PRIVATE KEY", &der, width, eol);
                    match run_key(text.as_bytes()).0 {
                        Some(KeyBlob::Pem { body, .. }) => assert_eq!(*body, der, "{width} {len}"),
                        other => panic!("{width} {len}: {other:?}"),
                    }
                }
            }
        }
        // A padded 64-column line ends a run decoded in one piece: base64 after it is
        // after the padding of that line (4), as line by line.
        let der: Vec<u8> = (0..142u8).collect();
        let text = armor("CERTIFICATE", &der, 64, "\n");
        assert!(text.contains("=\n-----END"));
        let (certs, findings) = run_cert(text.as_bytes());
        assert_eq!((certs[0].der.as_ref(), findings.len()), (&der[..], 0));
        let text = text.replace("=\n-----END", "=\nQUFB\n-----END");
        let (certs, findings) = run_cert(text.as_bytes());
        assert!(certs.is_empty());
        assert_findings(
            "after a padded run",
            &findings,
            &[(
                MALFORMED,
                E,
                "line 5, column 1: base64 after the '=' padding of line 4",
            )],
        );
        // A 63-column line first: the rest is gathered, not decoded line by line.
        let der: Vec<u8> = (0..200u8).collect();
        let b64 = STANDARD.encode(&der);
        let (head, tail) = b64.split_at(63);
        let mut text = format!("-----BEGIN CERTIFICATE-----\n{head}\n");
        for chunk in tail.as_bytes().chunks(64) {
            text.push_str(std::str::from_utf8(chunk).unwrap());
            text.push('\n');
        }
        text.push_str("-----END CERTIFICATE-----\n");
        let (certs, findings) = run_cert(text.as_bytes());
        assert_eq!(certs[0].der, der);
        assert_findings(
            "63 first",
            &findings,
            &[(
                PEM_FORMAT,
                W,
                "line 2: base64 lines other than 64 columns (the first has 63)",
            )],
        );
    }

    #[test]
    fn never_panics_on_mutations() {
        let sample = format!(
            "\u{feff}text\r\n{}{}{}{LEGACY_EC}",
            pem("CERTIFICATE", &c1()),
            pem("X509 CERTIFICATE", &c2()).trim_end(),
            pem("PRIVATE KEY", &k1()),
        );
        let bytes = sample.as_bytes();
        let check = |input: &[u8]| {
            let (certs, _) = run_cert(input);
            for (i, c) in certs.iter().enumerate() {
                assert_eq!(c.position, i + 1);
            }
            let _ = run_key(input);
        };
        for cut in 0..=bytes.len() {
            check(&bytes[..cut]);
            check(&bytes[cut..]);
        }
        for at in 0..bytes.len() {
            for b in [0x00, 0xFF, b'-', b'=', b'\r', b'\n', b' ', b':', 0x30] {
                let mut m = bytes.to_vec();
                m[at] = b;
                check(&m);
            }
        }
        // DER shapes cut at every length.
        for der in [c1(), csr(), k1(), PKCS1_SHAPE.to_vec(), SEC1_SHAPE.to_vec()] {
            for cut in 0..=der.len() {
                check(&der[..cut]);
            }
        }
    }

    #[test]
    fn double_escaped_and_base64_wrapped_pem_are_named() {
        let mut findings = Vec::new();
        let certs = cert_input(
            b"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n",
            &Limits::default(),
            &mut findings,
        );
        assert!(certs.is_empty());
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].reason, Reason::MalformedCertificate);
        assert!(
            findings[0].message.contains("double-escaped"),
            "{}",
            findings[0].message
        );

        let mut findings = Vec::new();
        let key = key_input(
            b"  LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg==\n",
            &Limits::default(),
            &mut findings,
        );
        assert!(key.is_none());
        assert_eq!(findings[0].reason, Reason::MalformedPrivateKey);
        assert!(
            findings[0].message.contains("base64"),
            "{}",
            findings[0].message
        );
    }
}
