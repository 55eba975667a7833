//! Certificate and key input (contract: Inputs; RFC 7468 PEM, RFC 1421 headers,
//! X.690 DER): size limits, a UTF-8 byte-order mark, CR LF line ends, the PEM block
//! split and DER sniffing.
//!
//! Untrusted bytes go in; certificate DERs and one key blob come out. The scanner is
//! our own: line-based, one pass, no regex, bytes rather than `str`, so invalid UTF-8
//! never panics. Every layout quirk the contract tolerates (BOM, CR, blank lines,
//! text around blocks, trailing spaces, lines other than 64 columns, glued
//! `END`/`BEGIN`) is one `PemFormat` warning per kind, naming its first line and how
//! many lines; a target may escalate them. Structural faults (a `BEGIN` without
//! `END`, an `END` without `BEGIN`, mismatched labels, bad base64, an empty body)
//! are errors that stop the scan; blocks read before them are still returned.
//! A base64 line that is whole 4-character quanta of the alphabet, in a block whose
//! base64 so far was all such lines, is decoded as it is read; any other line takes
//! the character-by-character path that names faults and the quirks.
//!
//! Key text is secret: its base64 is gathered and decoded only into zeroizing
//! buffers reserved up front (no reallocation leaves copies behind), and messages
//! about the key input quote labels, line numbers and columns, never key bytes.

use crate::secret::SecretBytes;
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::io::{self, Read};
use std::ops::ControlFlow;

use base64::engine::general_purpose::STANDARD;
use base64::{DecodeError, DecodeSliceError, Engine as _};

use crate::error::{Finding, Reason};
use crate::limits::Limits;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";
/// The width of every base64 line but the last (RFC 7468).
const PEM_WIDTH: usize = 64;

/// The most 64-column lines the PEM scanner decodes with one call.
const RUN_LINES: usize = 16;
/// The longest label accepted on a `BEGIN`/`END` line; real ones are under 30.
const MAX_LABEL: usize = 64;
/// The first read buffer of [`read_limited_secret`]; it doubles (with the old
/// buffer zeroized) when a key file is bigger.
const SECRET_INITIAL: usize = 16 << 10;
/// The most [`read_limited_secret`] asks of the reader at once.
const SECRET_CHUNK: usize = 8 << 10;
/// The hint on every `PemFormat` warning.
const FIX_HINT: &str = "`certvet fix` rewrites the PEM with 64-column lines, LF line ends \
    and no byte-order mark, blank lines or stray text";

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
// The outputs
// ---------------------------------------------------------------------------

/// One certificate as it appeared in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CertDer<'a> {
    /// The DER bytes, exactly as decoded: DER input is borrowed, not copied.
    pub(crate) der: Cow<'a, [u8]>,
    /// 1-based position among the certificates of the input.
    pub(crate) position: usize,
    /// The line of its `-----BEGIN` marker; `None` for DER input.
    pub(crate) line: Option<usize>,
}

/// The private key as found: a PEM block's label, RFC 1421 headers and decoded
/// body, or raw DER. The key module decides what it is.
pub(crate) enum KeyBlob {
    /// A PEM block.
    Pem {
        /// The block's label, e.g. `RSA PRIVATE KEY`.
        label: String,
        /// RFC 1421 headers such as `Proc-Type` and `DEK-Info`, in order, trimmed.
        headers: Vec<(String, String)>,
        /// The decoded body.
        body: SecretBytes,
        /// The line of the `-----BEGIN` marker.
        line: usize,
    },
    /// The whole input, which looked like DER.
    Der(SecretBytes),
}

impl fmt::Debug for KeyBlob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyBlob::Pem {
                label, body, line, ..
            } => f
                .debug_struct("KeyBlob::Pem")
                .field("label", label)
                .field("line", line)
                .field("body_len", &body.len())
                .finish_non_exhaustive(),
            KeyBlob::Der(body) => f
                .debug_struct("KeyBlob::Der")
                .field("len", &body.len())
                .finish_non_exhaustive(),
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

/// Which input is being read; it decides the reason of a malformed input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// The certificate input.
    Cert,
    /// The private key input.
    Key,
}

impl Side {
    /// The reason for a PEM or DER fault on this side.
    const fn malformed(self) -> Reason {
        match self {
            Side::Cert => Reason::MalformedCertificate,
            Side::Key => Reason::MalformedPrivateKey,
        }
    }

    /// How messages name this input.
    const fn input_name(self) -> &'static str {
        match self {
            Side::Cert => "certificate input",
            Side::Key => "key input",
        }
    }
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

/// The first index of `needle` (non-empty) in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let mut from = 0;
    // memchr: binary DER input is searched whole for a PEM marker.
    while let Some(off) = memchr::memchr(first, hay.get(from..)?) {
        let at = from + off;
        if hay.get(at..)?.starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

// ---------------------------------------------------------------------------
// DER sniffing
// ---------------------------------------------------------------------------

/// DER INTEGER.
const TAG_INTEGER: u8 = 0x02;
/// DER BIT STRING.
const TAG_BIT_STRING: u8 = 0x03;
/// DER OCTET STRING.
const TAG_OCTET_STRING: u8 = 0x04;
/// DER OBJECT IDENTIFIER.
const TAG_OID: u8 = 0x06;
/// DER SEQUENCE (constructed).
const TAG_SEQUENCE: u8 = 0x30;
/// Context-specific constructed \[0\].
const TAG_CONTEXT_0: u8 = 0xA0;
/// The content of OID 1.2.840.113549.1.7 (PKCS #7), the arc of signedData.
const OID_PKCS7_ARC: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07];

/// One DER tag-length header: where the contents start and end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tlv {
    /// The tag byte (low-tag-number form only).
    tag: u8,
    /// Index of the first content byte.
    start: usize,
    /// Index one past the last content byte.
    end: usize,
}

/// Reads the TLV header at `at`; `None` for high tag numbers, indefinite or
/// over-long lengths, or contents ending past `limit`.
fn der_tlv(buf: &[u8], at: usize, limit: usize) -> Option<Tlv> {
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

// ---------------------------------------------------------------------------
// PEM layout quirks
// ---------------------------------------------------------------------------

/// A set of line numbers, kept as first, last and count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Lines {
    /// The first line.
    first: usize,
    /// The last line.
    last: usize,
    /// How many distinct lines.
    count: usize,
}

impl Lines {
    /// Adds a line (lines come in increasing order; a repeat is ignored).
    fn add(&mut self, line: usize) {
        if self.count > 0 && self.last == line {
            return;
        }
        if self.count == 0 {
            self.first = line;
        }
        self.last = line;
        self.count += 1;
    }

    /// Adds lines that all come after these.
    fn append(&mut self, later: Lines) {
        if later.count == 0 {
            return;
        }
        if self.count == 0 {
            *self = later;
        } else {
            self.last = later.last;
            self.count += later.count;
        }
    }

    /// No line.
    const fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl fmt::Display for Lines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.count <= 1 {
            write!(f, "line {}", self.first)
        } else if self.last - self.first + 1 == self.count {
            write!(f, "lines {}-{}", self.first, self.last)
        } else {
            write!(
                f,
                "{} lines from line {} to line {}",
                self.count, self.first, self.last
            )
        }
    }
}

/// One kind of layout quirk: each kind found is one `PemFormat` warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quirk {
    /// A UTF-8 byte-order mark.
    Bom,
    /// CR LF line ends.
    CrLf,
    /// A CR alone as the line end.
    BareCr,
    /// Spaces or tabs at the end of a line.
    TrailingSpace,
    /// Spaces or tabs before a marker or base64 line.
    Indent,
    /// A blank line inside a block.
    BlankInBlock,
    /// A blank line between blocks.
    BlankBetween,
    /// Text before, between or after the blocks.
    TextOutside,
    /// `-----END …----------BEGIN …-----` on one line.
    Glued,
    /// base64 on the line of a `BEGIN` or `END` marker.
    MarkerShared,
    /// A base64 line other than 64 columns (the last at most 64).
    Width,
    /// The old `X509 CERTIFICATE` label.
    OldLabel,
    /// RFC 1421 headers in a certificate block.
    HeadersIgnored,
    /// An `EC PARAMETERS` block before an EC key.
    EcParameters,
}

impl Quirk {
    /// Every kind, in the order its warnings are given.
    const ALL: [Quirk; 14] = [
        Quirk::Bom,
        Quirk::CrLf,
        Quirk::BareCr,
        Quirk::TrailingSpace,
        Quirk::Indent,
        Quirk::BlankInBlock,
        Quirk::BlankBetween,
        Quirk::TextOutside,
        Quirk::Glued,
        Quirk::MarkerShared,
        Quirk::Width,
        Quirk::OldLabel,
        Quirk::HeadersIgnored,
        Quirk::EcParameters,
    ];

    /// Its slot in [`Quirks::lines`] (its place in [`Quirk::ALL`]).
    const fn index(self) -> usize {
        match self {
            Quirk::Bom => 0,
            Quirk::CrLf => 1,
            Quirk::BareCr => 2,
            Quirk::TrailingSpace => 3,
            Quirk::Indent => 4,
            Quirk::BlankInBlock => 5,
            Quirk::BlankBetween => 6,
            Quirk::TextOutside => 7,
            Quirk::Glued => 8,
            Quirk::MarkerShared => 9,
            Quirk::Width => 10,
            Quirk::OldLabel => 11,
            Quirk::HeadersIgnored => 12,
            Quirk::EcParameters => 13,
        }
    }

    /// The warning for this quirk found on `at`.
    fn finding(self, at: Lines, first_width: usize) -> Finding {
        let message = match self {
            Quirk::Bom => format!(
                "{at}: UTF-8 byte-order mark before the PEM; save the file as UTF-8 without a BOM"
            ),
            Quirk::CrLf => {
                format!("{at}: CR LF line ends (Windows line ends); convert them to LF (dos2unix)")
            }
            Quirk::BareCr => {
                format!("{at}: bare CR line ends (classic Mac OS); convert them to LF")
            }
            Quirk::TrailingSpace => {
                format!("{at}: spaces or tabs at the end of the line; remove them")
            }
            Quirk::Indent => {
                format!("{at}: spaces or tabs at the start of a PEM line; remove them")
            }
            Quirk::BlankInBlock => format!("{at}: blank line inside a PEM block; remove it"),
            Quirk::BlankBetween => format!("{at}: blank line between PEM blocks; remove it"),
            Quirk::TextOutside => format!(
                "{at}: text outside the PEM blocks; keep only the -----BEGIN/-----END blocks"
            ),
            Quirk::Glued => format!(
                "{at}: -----END and the next -----BEGIN on one line; put a line break between them"
            ),
            Quirk::MarkerShared => format!(
                "{at}: base64 text on the line of a -----BEGIN or -----END marker; \
                 put each marker on a line of its own"
            ),
            Quirk::Width => format!(
                "{at}: base64 lines other than 64 columns (the first has {first_width}); \
                 wrap the base64 at 64 columns, the last line at most 64"
            ),
            Quirk::OldLabel => format!(
                "{at}: the old label X509 CERTIFICATE; write -----BEGIN CERTIFICATE----- \
                 and -----END CERTIFICATE-----"
            ),
            Quirk::HeadersIgnored => format!(
                "{at}: PEM headers in a certificate block, ignored; remove them and the \
                 blank line after them"
            ),
            Quirk::EcParameters => format!(
                "{at}: EC PARAMETERS block skipped (as `openssl ecparam -genkey` writes it); \
                 keep only the EC PRIVATE KEY block"
            ),
        };
        Finding::warning(Reason::PemFormat, message).with_hint(FIX_HINT)
    }
}

/// The quirks found so far: the lines of each kind.
#[derive(Debug, Default)]
struct Quirks {
    /// Lines per kind, indexed by [`Quirk::index`].
    lines: [Lines; Quirk::ALL.len()],
    /// The width of the first line counted under [`Quirk::Width`].
    first_width: usize,
}

impl Quirks {
    /// Notes `quirk` on `line`.
    fn add(&mut self, quirk: Quirk, line: usize) {
        if let Some(lines) = self.lines.get_mut(quirk.index()) {
            lines.add(line);
        }
    }

    /// Notes a base64 line of `width` columns that breaks the 64-column rule.
    fn width(&mut self, line: usize, width: usize) {
        if self
            .lines
            .get(Quirk::Width.index())
            .is_some_and(Lines::is_empty)
        {
            self.first_width = width;
        }
        self.add(Quirk::Width, line);
    }

    /// Merges lines of `quirk` that all come after those already noted.
    fn append(&mut self, quirk: Quirk, later: Lines) {
        if let Some(lines) = self.lines.get_mut(quirk.index()) {
            lines.append(later);
        }
    }

    /// One warning per kind found, in [`Quirk::ALL`] order.
    fn emit(&self, findings: &mut Vec<Finding>) {
        for (quirk, lines) in Quirk::ALL.iter().zip(self.lines.iter()) {
            if !lines.is_empty() {
                findings.push(quirk.finding(*lines, self.first_width));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The PEM scanner
// ---------------------------------------------------------------------------

/// What a sink does with a block, decided from its label on the `BEGIN` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    /// Gather and decode the body.
    Decode,
    /// Only look for its `END` line (the body is never copied).
    Skip,
}

/// Where a block being decoded is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Right after `BEGIN`: headers or base64 may come.
    Start,
    /// In RFC 1421 headers, which end with a blank line.
    Headers,
    /// After the blank line that ends the headers.
    AfterHeaders,
    /// In the base64.
    Body,
}

/// A `BEGIN` or `END` marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// `-----BEGIN LABEL-----`.
    Begin,
    /// `-----END LABEL-----`.
    End,
}

impl Marker {
    /// The marker's text up to the space before the label.
    const fn prefix(self) -> &'static [u8] {
        match self {
            Marker::Begin => b"-----BEGIN",
            Marker::End => b"-----END",
        }
    }

    /// The word for messages.
    const fn word(self) -> &'static str {
        match self {
            Marker::Begin => "BEGIN",
            Marker::End => "END",
        }
    }
}

/// A block whose `BEGIN` has been seen.
#[derive(Debug)]
struct Open<'a> {
    /// Its label.
    label: &'a str,
    /// The `BEGIN` line.
    line: usize,
    /// Whether its body is gathered.
    want: Want,
    /// Where in the block the scan is.
    phase: Phase,
    /// RFC 1421 headers, trimmed.
    headers: Vec<(String, String)>,
    /// The first header line.
    header_line: usize,
    /// The last base64 line.
    last_body_line: usize,
    /// The latest base64 line and its width, judged when the next one comes.
    pending_width: Option<(usize, usize)>,
    /// The line of the first `=`.
    padding: Option<usize>,
    /// The base64 characters read so far.
    chars: usize,
}

impl Open<'_> {
    /// Notes a base64 line `n` of `width` characters, checked and gathered.
    fn body_line(&mut self, n: usize, width: usize, quirks: &mut Quirks) {
        if let Some((line, width)) = self.pending_width
            && width != PEM_WIDTH
        {
            quirks.width(line, width);
        }
        self.pending_width = Some((n, width));
        self.last_body_line = n;
        self.chars = self.chars.saturating_add(width);
    }
}

/// A block read to its `END`, its base64 checked character by character.
struct Finished<'b> {
    /// Its label.
    label: &'b str,
    /// The `BEGIN` line.
    line: usize,
    /// The first header line, when there are headers.
    header_line: usize,
    /// The last base64 line.
    last_body_line: usize,
    /// RFC 1421 headers, trimmed.
    headers: Vec<(String, String)>,
    /// The DER of the block's first base64 lines, decoded as they were read.
    decoded: &'b [u8],
    /// The rest of the base64 text, lines joined, still to decode.
    b64: &'b [u8],
    /// How many base64 characters the whole body has (decoded ones included).
    chars: usize,
}

/// What a side does with blocks.
trait Sink {
    /// At a `BEGIN` line: whether to decode the block; may add findings or quirks.
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want;

    /// At the `END` line of a block begun with [`Want::Decode`].
    fn end(
        &mut self,
        block: Finished<'_>,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()>;
}

/// The buffers a block's body goes through.
struct Buffers<'r> {
    /// Base64 not decoded line by line, gathered for one decode at the `END`.
    scratch: &'r mut Vec<u8>,
    /// Room for the DER of the block's first lines, decoded as they are read.
    decoded: &'r mut [u8],
}

/// An upper bound on the DER of any base64 found in `input_len` bytes.
const fn decoded_bound(input_len: usize) -> usize {
    (input_len / 4).saturating_add(1).saturating_mul(3)
}

/// Scans `input` as PEM, handing blocks to `sink`; the quirks become warnings.
///
/// `buffers` gather a block's body; the key side passes zeroizing buffers reserved
/// to bounds from the input's length, so they never reallocate.
fn scan<S: Sink>(
    input: &[u8],
    side: Side,
    limits: &Limits,
    sink: &mut S,
    buffers: Buffers<'_>,
    findings: &mut Vec<Finding>,
) {
    let mut scanner = Scanner {
        side,
        max_blocks: limits.pem_blocks,
        sink,
        scratch: buffers.scratch,
        decoded: buffers.decoded,
        decoded_len: 0,
        findings,
        quirks: Quirks::default(),
        open: None,
        blocks: 0,
        after_block: false,
        pending_blank: Lines::default(),
    };
    // A fatal fault has been reported when the scan breaks; the quirks seen up to
    // there are still worth saying.
    let _ = scanner.run(input);
    let Scanner {
        quirks, findings, ..
    } = scanner;
    quirks.emit(findings);
}

/// The scanner's state.
struct Scanner<'a, 'r, S> {
    /// Which input this is.
    side: Side,
    /// The most blocks allowed.
    max_blocks: usize,
    /// Where blocks go.
    sink: &'r mut S,
    /// The current block's base64 that was not decoded line by line.
    scratch: &'r mut Vec<u8>,
    /// Room for the current block's DER decoded line by line (a prefix of the body).
    decoded: &'r mut [u8],
    /// How much of `decoded` the current block has filled.
    decoded_len: usize,
    /// Where findings go.
    findings: &'r mut Vec<Finding>,
    /// Quirks seen so far.
    quirks: Quirks,
    /// The block being read.
    open: Option<Open<'a>>,
    /// `BEGIN` lines seen.
    blocks: usize,
    /// A block has ended (blank lines from here on are between blocks, if another comes).
    after_block: bool,
    /// Blank lines since the last `END`.
    pending_blank: Lines,
}

/// A stretch of a line that is not a marker.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Its start in the line.
    from: usize,
    /// Its end in the line.
    to: usize,
    /// A marker is on the same line.
    shares_line: bool,
    /// It starts the line after spaces or tabs.
    indented: bool,
}

/// Space or tab.
const fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// A byte of the standard base64 alphabet (without `=`).
const fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

/// Decodes `b64`, whole 4-character quanta of the base64 alphabet (`=` only as the
/// canonical padding of the last quantum), into `out` (3 bytes a quantum; `out` is
/// as long as that), with the SIMD decoder of the `base64-simd` crate, which refuses
/// what the `base64` crate's `STANDARD` refuses (stray bits before the padding,
/// `=` anywhere else). How many bytes it wrote, or `None` when a byte is not of the
/// alphabet, the padding is misplaced or the lengths do not fit; `out` then holds
/// garbage.
fn decode_quads(b64: &[u8], out: &mut [u8]) -> Option<usize> {
    if b64.len() / 4 * 3 != out.len() || !b64.len().is_multiple_of(4) {
        return None;
    }
    base64_simd::STANDARD
        .decode(b64, base64_simd::Out::from_slice(out))
        .ok()
        .map(|decoded| decoded.len())
}

/// How a message may show a byte: `'x'` when printable ASCII, else `byte 0xNN`.
fn show_byte(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("'{}'", char::from(b))
    } else {
        format!("byte 0x{b:02X}")
    }
}

/// The first `-----BEGIN` or `-----END` in `seg`.
fn find_marker(seg: &[u8]) -> Option<(usize, Marker)> {
    let mut from = 0;
    while let Some(off) = seg.get(from..)?.iter().position(|&b| b == b'-') {
        let at = from + off;
        let tail = seg.get(at..)?;
        if tail.starts_with(Marker::Begin.prefix()) {
            return Some((at, Marker::Begin));
        }
        if tail.starts_with(Marker::End.prefix()) {
            return Some((at, Marker::End));
        }
        from = at + 1;
    }
    None
}

/// The label of the marker starting `seg`, and how many bytes the marker takes.
fn parse_marker(seg: &[u8], kind: Marker) -> Result<(&str, usize), &'static str> {
    let prefix = kind.prefix();
    let rest = seg.get(prefix.len()..).unwrap_or_default();
    let Some(rest) = rest.strip_prefix(b" ") else {
        return Err("no space before the label");
    };
    let Some(close) = find(rest, b"-----") else {
        return Err("the label does not end with -----");
    };
    let label = rest.get(..close).unwrap_or_default();
    let end = prefix.len() + 1 + close + 5;
    // The labels of nearly every input, without the checks and the UTF-8 pass.
    for known in [
        "CERTIFICATE",
        "PRIVATE KEY",
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
    ] {
        if label == known.as_bytes() {
            return Ok((known, end));
        }
    }
    if label.is_empty() {
        return Err("the label is empty");
    }
    if label.len() > MAX_LABEL {
        return Err("the label is longer than 64 characters");
    }
    if !label.iter().all(|&b| (0x20..=0x7E).contains(&b)) {
        return Err("the label is not printable ASCII");
    }
    let label = std::str::from_utf8(label).map_err(|_| "the label is not printable ASCII")?;
    Ok((label, end))
}

/// Whether a text line is an RFC 1421 header: `Name: value` or `Name:`.
fn looks_like_header(seg: &[u8]) -> bool {
    let Some(colon) = seg.iter().position(|&b| b == b':') else {
        return false;
    };
    let (name, after) = seg.split_at(colon);
    !name.is_empty()
        && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        && matches!(after, [b':'] | [b':', b' ' | b'\t', ..])
}

/// `seg` without leading and trailing spaces and tabs, as printable ASCII.
fn header_text(seg: &[u8]) -> Option<String> {
    let start = seg.iter().position(|&b| !is_space(b)).unwrap_or(seg.len());
    let end = seg
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |i| i + 1);
    let text = seg.get(start..end)?;
    if text.iter().all(|&b| (0x20..=0x7E).contains(&b)) {
        String::from_utf8(text.to_vec()).ok()
    } else {
        None
    }
}

impl<'a, S: Sink> Scanner<'a, '_, S> {
    /// Scans every line, then checks that no block is left open.
    fn run(&mut self, input: &'a [u8]) -> ControlFlow<()> {
        let mut rest = input;
        let mut line = 0usize;
        while !rest.is_empty() {
            line += 1;
            // Clean 64-column lines ending in LF are taken without looking for their
            // ends: they are all base64 alphabet, so each LF is the first line end.
            let taken = self.clean_body_run(rest, line);
            if taken > 0 {
                rest = rest.get(taken * (PEM_WIDTH + 1)..).unwrap_or_default();
                line += taken - 1;
                continue;
            }
            let (text, next) = match memchr::memchr2(b'\n', b'\r', rest) {
                None => (rest, &[][..]),
                Some(i) => {
                    let (text, tail) = rest.split_at(i);
                    match tail {
                        [b'\r', b'\n', more @ ..] => {
                            self.quirks.add(Quirk::CrLf, line);
                            (text, more)
                        }
                        [b'\r', more @ ..] => {
                            self.quirks.add(Quirk::BareCr, line);
                            (text, more)
                        }
                        [_, more @ ..] => (text, more),
                        [] => (text, tail),
                    }
                }
            };
            rest = next;
            self.line(text, line)?;
        }
        self.finish(line)
    }

    /// Pushes a fatal finding of this side's malformed reason and stops the scan.
    fn fatal(&mut self, message: String) -> ControlFlow<()> {
        self.findings
            .push(Finding::error(self.side.malformed(), message));
        ControlFlow::Break(())
    }

    /// One line, without its line end.
    fn line(&mut self, raw: &'a [u8], n: usize) -> ControlFlow<()> {
        if self.clean_body_line(raw, n) {
            return ControlFlow::Continue(());
        }
        let mut raw = raw;
        let mut base = 0;
        if self.open.is_none()
            && let Some(after) = raw.strip_prefix(BOM)
        {
            self.quirks.add(Quirk::Bom, n);
            raw = after;
            base = BOM.len();
        }
        let Some(last) = raw.iter().rposition(|&b| !is_space(b)) else {
            self.blank(n);
            return ControlFlow::Continue(());
        };
        let end = last + 1;
        if end < raw.len() {
            self.quirks.add(Quirk::TrailingSpace, n);
        }
        let start = raw.iter().position(|&b| !is_space(b)).unwrap_or(0);
        let content = raw.get(start..end).unwrap_or_default();
        if start > 0
            && !content.starts_with(b"-----")
            && !looks_like_header(content)
            && let Some(open) = &self.open
            && open.want == Want::Decode
            && open.phase == Phase::Headers
        {
            return self.continuation(content, n);
        }
        let mut at = start;
        let mut prev: Option<Marker> = None;
        loop {
            let seg = raw.get(at..end).unwrap_or_default();
            let first = at == start;
            match find_marker(seg) {
                None => {
                    let piece = Piece {
                        from: at,
                        to: end,
                        shares_line: prev.is_some(),
                        indented: first && start > 0,
                    };
                    return self.text(raw, piece, n, base);
                }
                Some((i, kind)) => {
                    let mark = at + i;
                    let before = raw
                        .get(at..mark)
                        .and_then(|s| s.iter().rposition(|&b| !is_space(b)))
                        .map(|j| at + j + 1);
                    if let Some(before_end) = before {
                        let piece = Piece {
                            from: at,
                            to: before_end,
                            shares_line: true,
                            indented: first && start > 0,
                        };
                        self.text(raw, piece, n, base)?;
                    } else if first && start > 0 {
                        self.quirks.add(Quirk::Indent, n);
                    }
                    let marker = raw.get(mark..end).unwrap_or_default();
                    let (label, len) = match parse_marker(marker, kind) {
                        Ok(parsed) => parsed,
                        Err(why) => {
                            let word = kind.word();
                            return self.fatal(format!(
                                "line {n}: a malformed -----{word} line ({why}); it must read \
                                 -----{word} LABEL-----, e.g. -----{word} CERTIFICATE-----"
                            ));
                        }
                    };
                    self.marker(kind, label, n, prev)?;
                    prev = Some(kind);
                    at = mark + len;
                    while raw.get(at).is_some_and(|&b| is_space(b)) {
                        at += 1;
                    }
                    if at >= end {
                        return ControlFlow::Continue(());
                    }
                }
            }
        }
    }

    /// A blank (empty or whitespace-only) line.
    fn blank(&mut self, n: usize) {
        match &mut self.open {
            None => {
                if self.after_block {
                    self.pending_blank.add(n);
                }
            }
            Some(open) if open.want == Want::Skip => {}
            Some(open) => {
                if open.phase == Phase::Headers {
                    // The blank line that ends RFC 1421 headers belongs there.
                    open.phase = Phase::AfterHeaders;
                } else {
                    self.quirks.add(Quirk::BlankInBlock, n);
                }
            }
        }
    }

    /// An indented line among RFC 1421 headers: a continuation of the last one.
    fn continuation(&mut self, seg: &[u8], n: usize) -> ControlFlow<()> {
        let Some(open) = &mut self.open else {
            return ControlFlow::Continue(());
        };
        match (header_text(seg), open.headers.last_mut()) {
            (Some(more), Some((_, value))) => {
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(&more);
                ControlFlow::Continue(())
            }
            _ => self.fatal(format!(
                "line {n}: a malformed PEM header continuation (printable ASCII expected); \
                 copy the block again from its source"
            )),
        }
    }

    /// Text (not a marker) of line `n`, alone or beside a marker; `base` is how
    /// many bytes (a BOM) were cut from the front of `raw`, for column numbers.
    fn text(&mut self, raw: &[u8], piece: Piece, n: usize, base: usize) -> ControlFlow<()> {
        let Piece {
            from,
            to,
            shares_line,
            indented,
        } = piece;
        let seg = raw.get(from..to).unwrap_or_default();
        let side = self.side;
        let Some(open) = &mut self.open else {
            self.quirks.add(Quirk::TextOutside, n);
            return ControlFlow::Continue(());
        };
        if open.want == Want::Skip {
            return ControlFlow::Continue(());
        }
        if indented {
            self.quirks.add(Quirk::Indent, n);
        }
        match open.phase {
            Phase::Start | Phase::Headers if !shares_line && looks_like_header(seg) => {
                if open.phase == Phase::Start {
                    open.phase = Phase::Headers;
                    open.header_line = n;
                }
                let header = seg.iter().position(|&b| b == b':').and_then(|colon| {
                    let (name, value) = seg.split_at(colon);
                    Some((header_text(name)?, header_text(value.get(1..)?)?))
                });
                return match header {
                    Some(header) => {
                        open.headers.push(header);
                        ControlFlow::Continue(())
                    }
                    None => self.fatal(format!(
                        "line {n}: a malformed PEM header (Name: value in printable ASCII \
                         expected); copy the block again from its source"
                    )),
                };
            }
            Phase::Headers => {
                let first = open.header_line;
                return self.fatal(format!(
                    "line {n}: the PEM headers from line {first} must end with a blank line \
                     before the base64; add one"
                ));
            }
            Phase::Start | Phase::AfterHeaders | Phase::Body => {}
        }
        if shares_line {
            self.quirks.add(Quirk::MarkerShared, n);
        }
        open.phase = Phase::Body;
        // Base64 alphabet, then at most `=` to the end, with no `=` before: the
        // checks below would find no fault and only note the padding.
        let clean = seg.iter().position(|&b| !is_base64(b)).unwrap_or(seg.len());
        if open.padding.is_none()
            && seg
                .get(clean..)
                .is_some_and(|tail| tail.iter().all(|&b| b == b'='))
        {
            if clean < seg.len() {
                open.padding = Some(n);
            }
            self.scratch.extend_from_slice(seg);
            open.body_line(n, seg.len(), &mut self.quirks);
            return ControlFlow::Continue(());
        }
        let label = open.label;
        let begin = open.line;
        for (i, &b) in seg.iter().enumerate() {
            let column = base + from + i + 1;
            let fault = if is_base64(b) {
                open.padding.map(|p| {
                    format!(
                        "line {n}, column {column}: base64 after the '=' padding of line {p} \
                         in the {label} block begun at line {begin}; '=' may only end the \
                         base64: the block is corrupted or two blocks were merged"
                    )
                })
            } else if b == b'=' {
                open.padding.get_or_insert(n);
                None
            } else if is_space(b) {
                Some(format!(
                    "line {n}, column {column}: a space or tab inside a base64 line of the \
                     {label} block begun at line {begin}; remove it (were line breaks \
                     replaced by spaces?)"
                ))
            } else {
                let what = match side {
                    Side::Cert => format!("{} is not base64", show_byte(b)),
                    Side::Key => "a character that is not base64".to_owned(),
                };
                Some(format!(
                    "line {n}, column {column}: {what} in the {label} block begun at line \
                     {begin}; the block is corrupted: copy it again from its source"
                ))
            };
            if let Some(message) = fault {
                return self.fatal(message);
            }
        }
        self.scratch.extend_from_slice(seg);
        open.body_line(n, seg.len(), &mut self.quirks);
        ControlFlow::Continue(())
    }

    /// The fast path for a run of 64-column LF-terminated lines at the start of
    /// `rest`, the first of them line `n`: up to [`RUN_LINES`] of them are gathered
    /// and decoded with one call, so that the SIMD decoder's scalar tail is paid
    /// once a run rather than once a line. Each line is then exactly what
    /// [`Self::clean_body_line`] takes alone; when the run does not decode as a
    /// whole (a window that only looks like a line, say an `END` line followed by
    /// text that puts an LF at column 65), its lines go through that one by one, up
    /// to the first that is not clean. How many lines were taken; 0 leaves `rest`
    /// to the line-by-line path.
    fn clean_body_run(&mut self, rest: &[u8], n: usize) -> usize {
        if rest.get(PEM_WIDTH) != Some(&b'\n') {
            return 0;
        }
        let mut gathered = [0u8; RUN_LINES * PEM_WIDTH];
        let taken = self.decode_run(rest, n, &mut gathered);
        // A key's base64 is secret too; a certificate's is not.
        if self.side == Side::Key {
            zeroize::Zeroize::zeroize(gathered.as_mut_slice());
        }
        taken
    }

    /// [`Self::clean_body_run`] with `gathered` to copy the run's text into.
    fn decode_run(&mut self, rest: &[u8], n: usize, gathered: &mut [u8]) -> usize {
        const STRIDE: usize = PEM_WIDTH + 1;
        let mut count = 0;
        for (window, slot) in rest
            .chunks_exact(STRIDE)
            .zip(gathered.chunks_exact_mut(PEM_WIDTH))
        {
            let (Some(text), Some(b'\n')) = (window.get(..PEM_WIDTH), window.get(PEM_WIDTH)) else {
                break;
            };
            slot.copy_from_slice(text);
            count += 1;
        }
        match count {
            0 => return 0,
            1 => {
                let text = rest.get(..PEM_WIDTH).unwrap_or_default();
                return usize::from(self.clean_body_line(text, n));
            }
            _ => {}
        }
        let text = gathered.get(..count * PEM_WIDTH).unwrap_or_default();
        if self.clean_body_lines(text, PEM_WIDTH, n) {
            return count;
        }
        let mut taken = 0;
        for (i, window) in rest.chunks_exact(STRIDE).take(count).enumerate() {
            let text = window.get(..PEM_WIDTH).unwrap_or_default();
            if !self.clean_body_line(text, n + i) {
                break;
            }
            taken += 1;
        }
        taken
    }

    /// The fast path for a base64 line of a block being decoded: when the line is
    /// whole quanta of the base64 alphabet (no space or other character; `=` only as
    /// the padding of its last quantum) and everything before it in the block was
    /// decoded the same way, it is decoded straight after the DER so far. It is then
    /// exactly a line [`Self::line`] would accept with no finding, so only its
    /// body-line bookkeeping remains (a padded line also ends the base64, as there);
    /// `false` leaves the line, untouched, to [`Self::line`].
    fn clean_body_line(&mut self, raw: &[u8], n: usize) -> bool {
        self.clean_body_lines(raw, raw.len(), n)
    }

    /// [`Self::clean_body_line`] for `raw`, lines `n, n + 1, …` of `width`
    /// characters each, joined.
    fn clean_body_lines(&mut self, raw: &[u8], width: usize, n: usize) -> bool {
        let Some(open) = &mut self.open else {
            return false;
        };
        if open.want != Want::Decode
            || open.phase == Phase::Headers
            || open.padding.is_some()
            || !self.scratch.is_empty()
            || raw.is_empty()
        {
            return false;
        }
        let at = self.decoded_len;
        let Some(written) = self
            .decoded
            .get_mut(at..at.saturating_add(raw.len() / 4 * 3))
            .and_then(|out| decode_quads(raw, out))
        else {
            return false;
        };
        self.decoded_len = at + written;
        // What `text` does for each clean base64 line of its own.
        open.phase = Phase::Body;
        let mut last = n;
        for (i, line) in raw.chunks(width.max(1)).enumerate() {
            open.body_line(n + i, line.len(), &mut self.quirks);
            last = n + i;
        }
        // The decoder took `=` only at the very end: the last line ends the base64.
        if raw.last() == Some(&b'=') {
            open.padding = Some(last);
        }
        true
    }

    /// A `BEGIN` or `END` marker; `prev` is the marker before it on the same line.
    fn marker(
        &mut self,
        kind: Marker,
        label: &'a str,
        n: usize,
        prev: Option<Marker>,
    ) -> ControlFlow<()> {
        match (kind, self.open.take()) {
            (Marker::Begin, Some(open)) => {
                let (old, at) = (open.label, open.line);
                self.fatal(format!(
                    "line {at}: -----BEGIN {old}----- has no -----END {old}----- line before \
                     the -----BEGIN {label}----- at line {n}: the block is truncated; \
                     complete it or remove it"
                ))
            }
            (Marker::Begin, None) => {
                self.blocks += 1;
                if self.blocks > self.max_blocks {
                    let max = self.max_blocks;
                    self.findings.push(
                        Finding::error(
                            Reason::InputTooLarge,
                            format!(
                                "line {n}: more than {max} PEM blocks in the {}; the limit is {max}",
                                self.side.input_name()
                            ),
                        )
                        .with_hint(match self.side {
                            Side::Cert => "give only the certificate and its chain",
                            Side::Key => "give only the private key",
                        }),
                    );
                    return ControlFlow::Break(());
                }
                if prev == Some(Marker::End) {
                    self.quirks.add(Quirk::Glued, n);
                }
                if self.after_block {
                    self.quirks.append(Quirk::BlankBetween, self.pending_blank);
                    self.pending_blank = Lines::default();
                }
                let want = self.sink.begin(label, n, &mut self.quirks, self.findings);
                self.scratch.clear();
                self.decoded_len = 0;
                self.open = Some(Open {
                    label,
                    line: n,
                    want,
                    phase: Phase::Start,
                    headers: Vec::new(),
                    header_line: 0,
                    last_body_line: 0,
                    pending_width: None,
                    padding: None,
                    chars: 0,
                });
                ControlFlow::Continue(())
            }
            (Marker::End, None) => self.fatal(format!(
                "line {n}: -----END {label}----- without a -----BEGIN {label}----- before it: \
                 the start of the block is missing; copy the whole block"
            )),
            (Marker::End, Some(open)) => {
                if open.label != label {
                    let (old, at) = (open.label, open.line);
                    return self.fatal(format!(
                        "line {n}: -----END {label}----- closes -----BEGIN {old}----- of line \
                         {at}; the labels must match"
                    ));
                }
                self.after_block = true;
                self.pending_blank = Lines::default();
                if open.want == Want::Skip {
                    return ControlFlow::Continue(());
                }
                if let Some((line, width)) = open.pending_width
                    && width > PEM_WIDTH
                {
                    self.quirks.width(line, width);
                }
                if open.chars == 0 {
                    let at = open.line;
                    return self.fatal(format!(
                        "line {at}: the {label} block (lines {at}-{n}) has no base64 body; \
                         copy the whole block"
                    ));
                }
                let block = Finished {
                    label,
                    line: open.line,
                    header_line: open.header_line,
                    last_body_line: open.last_body_line,
                    headers: open.headers,
                    decoded: self.decoded.get(..self.decoded_len).unwrap_or_default(),
                    b64: self.scratch.as_slice(),
                    chars: open.chars,
                };
                let flow = self.sink.end(block, &mut self.quirks, self.findings);
                self.scratch.clear();
                self.decoded_len = 0;
                flow
            }
        }
    }

    /// At the end of the input: a block still open is truncated.
    fn finish(&mut self, n: usize) -> ControlFlow<()> {
        match self.open.take() {
            None => ControlFlow::Continue(()),
            Some(open) => {
                let (label, at) = (open.label, open.line);
                self.fatal(format!(
                    "line {at}: -----BEGIN {label}----- has no -----END {label}----- line \
                     (the input ends at line {n}): the block is truncated; copy the whole block"
                ))
            }
        }
    }
}

/// The error for base64 that passed the character checks but does not decode.
fn decode_failure(side: Side, block: &Finished<'_>, err: &DecodeSliceError) -> Finding {
    let chars = block.chars;
    let detail = if !chars.is_multiple_of(4) {
        format!("{chars} base64 characters, not a multiple of 4: characters are missing or extra")
    } else {
        match err {
            DecodeSliceError::DecodeError(DecodeError::InvalidLastSymbol { .. }) => {
                "the last character before the padding has stray bits".to_owned()
            }
            _ => "misplaced '=' padding".to_owned(),
        }
    };
    let (label, line, last) = (block.label, block.line, block.last_body_line);
    Finding::error(
        side.malformed(),
        format!(
            "line {last}: the base64 of the {label} block begun at line {line} does not decode \
             ({detail}); the block is corrupted or truncated: copy it again from its source"
        ),
    )
}

/// How many bytes [`decode_into`] needs for `block`.
fn decoded_len(block: &Finished<'_>) -> usize {
    block
        .decoded
        .len()
        .saturating_add(base64::decoded_len_estimate(block.b64.len()))
}

/// Decodes the whole body of `block` into `out`, which must be empty with room for
/// [`decoded_len`] bytes (so it never reallocates); truncates it to fit.
///
/// The lines decoded as they were read are whole quanta, padded only at the end of
/// the base64 (after which `b64` can hold only more `=`, which fails to decode as
/// it would after the padding), so decoding the rest after them fails exactly when
/// decoding the joined text would, with the same kind of error.
fn decode_into(block: &Finished<'_>, out: &mut Vec<u8>) -> Result<(), DecodeSliceError> {
    out.extend_from_slice(block.decoded);
    if block.b64.is_empty() {
        // Every line was decoded as it was read (the usual case).
        return Ok(());
    }
    let at = out.len();
    out.resize(decoded_len(block), 0);
    let written = STANDARD.decode_slice(block.b64, out.get_mut(at..).unwrap_or_default())?;
    out.truncate(at.saturating_add(written));
    Ok(())
}

// ---------------------------------------------------------------------------
// The certificate side
// ---------------------------------------------------------------------------

/// Collects certificate blocks; other blocks become `UnexpectedPemBlock`.
struct CertSink {
    /// The certificates so far.
    certs: Vec<CertDer<'static>>,
}

impl Sink for CertSink {
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want {
        match label {
            "CERTIFICATE" => Want::Decode,
            "X509 CERTIFICATE" => {
                quirks.add(Quirk::OldLabel, line);
                Want::Decode
            }
            _ => {
                findings.push(unexpected_in_cert(label, line));
                Want::Skip
            }
        }
    }

    fn end(
        &mut self,
        block: Finished<'_>,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()> {
        if !block.headers.is_empty() {
            quirks.add(Quirk::HeadersIgnored, block.header_line);
        }
        let mut der = Vec::with_capacity(decoded_len(&block));
        match decode_into(&block, &mut der) {
            Ok(()) => {
                self.certs.push(CertDer {
                    der: Cow::Owned(der),
                    position: self.certs.len() + 1,
                    line: Some(block.line),
                });
                ControlFlow::Continue(())
            }
            Err(e) => {
                findings.push(decode_failure(Side::Cert, &block, &e));
                ControlFlow::Break(())
            }
        }
    }
}

/// The `UnexpectedPemBlock` error for a non-certificate block in the certificate input.
fn unexpected_in_cert(label: &str, line: usize) -> Finding {
    let (message, hint) = if label == "TRUSTED CERTIFICATE" {
        (
            format!(
                "line {line}: a TRUSTED CERTIFICATE block (OpenSSL's certificate with trust \
                 settings) where a plain CERTIFICATE was expected; convert it"
            ),
            "`openssl x509 -in f -out f2` writes it as -----BEGIN CERTIFICATE-----".to_owned(),
        )
    } else if label.ends_with("PRIVATE KEY") {
        (
            format!(
                "line {line}: a private key ({label}) where a certificate was expected: \
                 inputs may have been switched"
            ),
            "give the certificate file as the certificate and the key file as the key".to_owned(),
        )
    } else if label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST" {
        (
            format!(
                "line {line}: a certificate signing request ({label}), not a certificate: \
                 submit it to a CA and upload the certificate it issues"
            ),
            "a CSR asks for a certificate; the CA's answer is the certificate".to_owned(),
        )
    } else if label.ends_with("PUBLIC KEY") {
        (
            format!(
                "line {line}: a public key ({label}), not a certificate: upload the \
                 certificate that holds it"
            ),
            "the certificate (-----BEGIN CERTIFICATE-----) carries the public key".to_owned(),
        )
    } else if label == "PKCS7" || label == "CMS" {
        (
            format!(
                "line {line}: a {label} bundle, not a certificate: extract the certificates \
                 with `openssl pkcs7 -print_certs -in f -out f.pem`"
            ),
            "give the extracted certificates, leaf first".to_owned(),
        )
    } else {
        (
            format!(
                "line {line}: a PEM block labelled {label} where a certificate was \
                 expected; give -----BEGIN CERTIFICATE----- blocks only"
            ),
            "the certificate input holds the leaf certificate, then its chain".to_owned(),
        )
    };
    Finding::error(Reason::UnexpectedPemBlock, message).with_hint(hint)
}

// ---------------------------------------------------------------------------
// The key side
// ---------------------------------------------------------------------------

/// Keeps the first key block; reports the rest.
struct KeySink {
    /// The key, once decoded.
    key: Option<KeyBlob>,
    /// The first key block's label and line.
    first_key: Option<(String, usize)>,
    /// Lines of certificate blocks in the key input.
    certs: Lines,
}

/// A label the key module decides on: every `… PRIVATE KEY` and `… PUBLIC KEY`.
fn is_key_label(label: &str) -> bool {
    label.ends_with("PRIVATE KEY") || label.ends_with("PUBLIC KEY")
}

impl Sink for KeySink {
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want {
        if is_key_label(label) {
            if let Some((first, at)) = &self.first_key {
                findings.push(
                    Finding::error(
                        Reason::UnexpectedPemBlock,
                        format!(
                            "line {line}: more than one private key: a second key block \
                             ({label}) after the {first} block of line {at}; keep only the key \
                             of this certificate"
                        ),
                    )
                    .with_hint("the key input holds exactly one private key"),
                );
                return Want::Skip;
            }
            self.first_key = Some((label.to_owned(), line));
            return Want::Decode;
        }
        match label {
            "EC PARAMETERS" => quirks.add(Quirk::EcParameters, line),
            "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => self.certs.add(line),
            "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => findings.push(
                Finding::error(
                    Reason::UnexpectedPemBlock,
                    format!(
                        "line {line}: a certificate signing request ({label}) where the private \
                         key was expected; give the private key the request was made from"
                    ),
                )
                .with_hint("the key input holds the private key (-----BEGIN PRIVATE KEY-----)"),
            ),
            _ => findings.push(
                Finding::error(
                    Reason::UnexpectedPemBlock,
                    format!(
                        "line {line}: a PEM block labelled {label} where the private key was \
                         expected; give the private key (-----BEGIN PRIVATE KEY----- or similar)"
                    ),
                )
                .with_hint("the key input holds exactly one private key"),
            ),
        }
        Want::Skip
    }

    fn end(
        &mut self,
        block: Finished<'_>,
        _quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()> {
        // Reserved to exactly what `decode_into` needs: it never reallocates.
        let mut body = SecretBytes::with_capacity(decoded_len(&block));
        if let Err(e) = decode_into(&block, &mut body) {
            findings.push(decode_failure(Side::Key, &block, &e));
            return ControlFlow::Break(());
        }
        self.key = Some(KeyBlob::Pem {
            label: block.label.to_owned(),
            headers: block.headers,
            body,
            line: block.line,
        });
        ControlFlow::Continue(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    use super::*;
    use crate::error::Severity;

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
    /// EncryptedPrivateKeyInfo shape: SEQUENCE { SEQUENCE { OID }, OCTET STRING }.
    const ENC_PKCS8_SHAPE: &[u8] = &[
        0x30, 0x0c, 0x30, 0x05, 0x06, 0x03, 0x2a, 0x03, 0x04, 0x04, 0x03, 1, 2, 3,
    ];
    /// SubjectPublicKeyInfo shape: SEQUENCE { SEQUENCE { OID }, BIT STRING }.
    const SPKI_SHAPE: &[u8] = &[
        0x30, 0x0c, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x03, 0x00, 1, 2,
    ];
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
    /// `openssl ecparam -name prime256v1 -genkey` writes this block first.
    const EC_PARAMS: &str =
        "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n";

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
    const UNEXPECTED: Reason = Reason::UnexpectedPemBlock;

    /// Expected findings: reason, severity, a part of the message.
    type Expected = Vec<(Reason, Severity, &'static str)>;

    /// One certificate-input case: input, the DERs expected in order, the findings.
    struct Case {
        what: &'static str,
        input: Vec<u8>,
        ders: Vec<Vec<u8>>,
        findings: Vec<(Reason, Severity, &'static str)>,
    }

    fn case(
        what: &'static str,
        input: impl Into<Vec<u8>>,
        ders: Vec<Vec<u8>>,
        findings: Vec<(Reason, Severity, &'static str)>,
    ) -> Case {
        Case {
            what,
            input: input.into(),
            ders,
            findings,
        }
    }

    #[test]
    fn certificate_input_cases() {
        let one = pem("CERTIFICATE", &c1());
        let two = format!("{one}{}", pem("CERTIFICATE", &c2()));
        let cases = vec![
            // A clean single block: the exact DER, nothing to say.
            case("clean single", one.clone(), vec![c1()], vec![]),
            // A clean leaf + chain: both, in order.
            case("clean chain", two.clone(), vec![c1(), c2()], vec![]),
            // CR LF everywhere: one warning for all 9 lines.
            case(
                "crlf",
                armor("CERTIFICATE", &c1(), 64, "\r\n"),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "lines 1-9: CR LF line ends (Windows line ends)",
                )],
            ),
            // Bare CR line ends (classic Mac).
            case(
                "bare cr",
                armor("CERTIFICATE", &c1(), 64, "\r"),
                vec![c1()],
                vec![(PEM_FORMAT, W, "lines 1-9: bare CR line ends")],
            ),
            // A UTF-8 BOM before the PEM.
            case(
                "bom",
                format!("\u{feff}{one}"),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "line 1: UTF-8 byte-order mark before the PEM",
                )],
            ),
            // BOM and CR LF: one warning per kind.
            case(
                "bom + crlf",
                format!("\u{feff}{}", armor("CERTIFICATE", &c1(), 64, "\r\n")),
                vec![c1()],
                vec![
                    (PEM_FORMAT, W, "line 1: UTF-8 byte-order mark"),
                    (PEM_FORMAT, W, "lines 1-9: CR LF"),
                ],
            ),
            // `openssl x509 -text`-style text before the block.
            case(
                "leading text",
                format!("subject=CN = a\nissuer=CN = a\n{one}"),
                vec![c1()],
                vec![(PEM_FORMAT, W, "lines 1-2: text outside the PEM blocks")],
            ),
            // Text between the leaf and the chain.
            case(
                "text between",
                format!("{one}intermediate:\n{}", pem("CERTIFICATE", &c2())),
                vec![c1(), c2()],
                vec![(PEM_FORMAT, W, "line 10: text outside the PEM blocks")],
            ),
            // Text after the END marker on its line, and after the last block.
            case(
                "text after",
                format!(
                    "{}-----END CERTIFICATE----- # leaf\nbye\n",
                    &one[..one.len() - 26]
                ),
                vec![c1()],
                vec![(PEM_FORMAT, W, "lines 9-10: text outside")],
            ),
            // Text before the BEGIN marker on its line.
            case(
                "text before begin",
                format!("leaf: {one}"),
                vec![c1()],
                vec![(PEM_FORMAT, W, "line 1: text outside")],
            ),
            // Invalid UTF-8 outside the blocks is just text.
            case(
                "non-utf8 text",
                [&b"\xFF\xFE junk\n"[..], one.as_bytes()].concat(),
                vec![c1()],
                vec![(PEM_FORMAT, W, "line 1: text outside")],
            ),
            // Trailing space on a body line and a tab on the END line.
            case(
                "trailing whitespace",
                edit_lines(&one, |l| {
                    l[2].push(' ');
                    l[8].push('\t');
                }),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "2 lines from line 3 to line 9: spaces or tabs at the end of the line",
                )],
            ),
            // Indented PEM (as pasted from YAML).
            case(
                "indented",
                edit_lines(&one, |l| l.iter_mut().for_each(|x| x.insert_str(0, "  "))),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "lines 1-9: spaces or tabs at the start of a PEM line",
                )],
            ),
            // A blank line inside the body.
            case(
                "blank line in body",
                edit_lines(&one, |l| l.insert(4, String::new())),
                vec![c1()],
                vec![(PEM_FORMAT, W, "line 5: blank line inside a PEM block")],
            ),
            // Blank lines between blocks; blank lines after the last block are fine.
            case(
                "blank lines between",
                format!("{one}\n\n{}\n\n", pem("CERTIFICATE", &c2())),
                vec![c1(), c2()],
                vec![(PEM_FORMAT, W, "lines 10-11: blank line between PEM blocks")],
            ),
            // 76-column base64 (MIME): lines 2-6 are 76 wide, the last (28) is fine.
            case(
                "76 columns",
                armor("CERTIFICATE", &c1(), 76, "\n"),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "lines 2-6: base64 lines other than 64 columns (the first has 76)",
                )],
            ),
            // One long line of base64: the last line over 64 is flagged too.
            case(
                "one long line",
                armor("CERTIFICATE", &c1(), 1000, "\n"),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "line 2: base64 lines other than 64 columns (the first has 408)",
                )],
            ),
            // Glued END/BEGIN (contract: a warning) and both blocks read.
            case(
                "glued",
                format!("{}{}", one.trim_end(), pem("CERTIFICATE", &c2())),
                vec![c1(), c2()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "line 9: -----END and the next -----BEGIN on one line",
                )],
            ),
            // base64 on the BEGIN line and on the END line.
            case(
                "body on marker lines",
                edit_lines(&one, |l| {
                    let first = l.remove(1);
                    l[0].push_str(&first);
                    let end = l.remove(7);
                    l[6].push_str(&end);
                }),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "2 lines from line 1 to line 7: base64 text on the line of a -----BEGIN or -----END marker",
                )],
            ),
            // The old X509 CERTIFICATE label is read, with a warning.
            case(
                "x509 alias",
                pem("X509 CERTIFICATE", &c1()),
                vec![c1()],
                vec![(PEM_FORMAT, W, "line 1: the old label X509 CERTIFICATE")],
            ),
            // RFC 1421 headers in a certificate block are ignored, with a warning.
            case(
                "headers in certificate",
                edit_lines(&one, |l| {
                    l.insert(1, "Comment: hello".to_owned());
                    l.insert(2, String::new());
                }),
                vec![c1()],
                vec![(
                    PEM_FORMAT,
                    W,
                    "line 2: PEM headers in a certificate block, ignored",
                )],
            ),
            // The last block truncated: an error naming its BEGIN line; the first is kept.
            case(
                "truncated last block",
                two.lines().take(14).collect::<Vec<_>>().join("\n"),
                vec![c1()],
                vec![(
                    MALFORMED,
                    E,
                    "line 10: -----BEGIN CERTIFICATE----- has no -----END CERTIFICATE----- line (the input ends at line 14)",
                )],
            ),
            // A BEGIN inside an open block: the first one is truncated.
            case(
                "begin inside block",
                format!(
                    "{}\n{}",
                    one.lines().take(4).collect::<Vec<_>>().join("\n"),
                    pem("CERTIFICATE", &c2())
                ),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 1: -----BEGIN CERTIFICATE----- has no -----END CERTIFICATE----- line before the -----BEGIN CERTIFICATE----- at line 5",
                )],
            ),
            // An END without a BEGIN after a good block.
            case(
                "end without begin",
                format!("{one}-----END CERTIFICATE-----\n"),
                vec![c1()],
                vec![(
                    MALFORMED,
                    E,
                    "line 10: -----END CERTIFICATE----- without a -----BEGIN CERTIFICATE----- before it",
                )],
            ),
            // END label differs from BEGIN label.
            case(
                "label mismatch",
                one.replace("-----END CERTIFICATE-----", "-----END X509 CRL-----"),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 9: -----END X509 CRL----- closes -----BEGIN CERTIFICATE----- of line 1; the labels must match",
                )],
            ),
            // A character outside the alphabet: line, column and the character.
            case(
                "bad base64",
                set_char(&one, 3, 5, '*'),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 3, column 5: '*' is not base64 in the CERTIFICATE block begun at line 1",
                )],
            ),
            // A space inside a base64 line.
            case(
                "space inside",
                set_char(&one, 3, 10, ' '),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 3, column 10: a space or tab inside a base64 line",
                )],
            ),
            // base64 after '=' padding.
            case(
                "data after padding",
                set_char(&one, 3, 10, '='),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 3, column 11: base64 after the '=' padding of line 3",
                )],
            ),
            // A character missing: the length is not a multiple of 4.
            case(
                "missing character",
                edit_lines(&one, |l| {
                    l[7].remove(0);
                }),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 8: the base64 of the CERTIFICATE block begun at line 1 does not decode (407 base64 characters, not a multiple of 4",
                )],
            ),
            // Stray bits in the last symbol before the padding ('A' -> 'B' in "BA==").
            case(
                "stray bits",
                edit_lines(&one, |l| {
                    l[7] = l[7].replace("BA==", "BB==");
                }),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 8: the base64 of the CERTIFICATE block begun at line 1 does not decode (the last character before the padding has stray bits)",
                )],
            ),
            // More '=' on a line after the padded last line: the padding is misplaced.
            case(
                "padding after the padding",
                edit_lines(&one, |l| {
                    assert!(l[7].ends_with("BA=="));
                    l.insert(8, "====".to_owned());
                }),
                vec![],
                vec![
                    (
                        MALFORMED,
                        E,
                        "line 9: the base64 of the CERTIFICATE block begun at line 1 does not decode (misplaced '=' padding)",
                    ),
                    (
                        PEM_FORMAT,
                        W,
                        "line 8: base64 lines other than 64 columns (the first has 24)",
                    ),
                ],
            ),
            // A block with no body.
            case(
                "empty body",
                "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n",
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 1: the CERTIFICATE block (lines 1-2) has no base64 body",
                )],
            ),
            // A BEGIN line without the closing dashes.
            case(
                "malformed begin",
                one.replacen("-----BEGIN CERTIFICATE-----", "-----BEGIN CERTIFICATE", 1),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 1: a malformed -----BEGIN line (the label does not end with -----)",
                )],
            ),
            // A label that is not UTF-8.
            case(
                "non-utf8 label",
                [
                    &b"-----BEGIN CERT\xFFIFICATE-----\n"[..],
                    one.split_once('\n').unwrap().1.as_bytes(),
                ]
                .concat(),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "line 1: a malformed -----BEGIN line (the label is not printable ASCII)",
                )],
            ),
            // A DER certificate (no PEM): read as is, no line.
            case("der certificate", c1(), vec![c1()], vec![]),
            // Two DER certificates glued: the first is kept, the rest named.
            case(
                "der + der",
                [c1(), c2()].concat(),
                vec![c1()],
                vec![(
                    MALFORMED,
                    E,
                    "another DER structure starts at byte offset 304",
                )],
            ),
            // Trailing bytes after the DER certificate.
            case(
                "der trailing bytes",
                [c1(), vec![0, 0]].concat(),
                vec![c1()],
                vec![(
                    MALFORMED,
                    E,
                    "2 trailing bytes after the DER certificate, from byte offset 304",
                )],
            ),
            // A truncated DER certificate.
            case(
                "der truncated",
                c1()[..200].to_vec(),
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "the DER certificate is truncated: its outer SEQUENCE needs 304 bytes and the input has 200",
                )],
            ),
            // DER private keys given as the certificate.
            case(
                "der pkcs8 key as cert",
                k1(),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "a DER private key (PKCS#8) where a certificate was expected: inputs may have been switched",
                )],
            ),
            case(
                "der pkcs1 key as cert",
                PKCS1_SHAPE,
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "a DER private key (PKCS#1 RSA) where a certificate was expected",
                )],
            ),
            case(
                "der sec1 key as cert",
                SEC1_SHAPE,
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "a DER private key (SEC1 EC) where a certificate was expected",
                )],
            ),
            case(
                "der encrypted pkcs8 as cert",
                ENC_PKCS8_SHAPE,
                vec![],
                vec![(UNEXPECTED, E, "a DER private key (encrypted PKCS#8)")],
            ),
            // A DER public key and a DER CSR.
            case(
                "der spki as cert",
                SPKI_SHAPE,
                vec![],
                vec![(UNEXPECTED, E, "a DER public key, not a certificate")],
            ),
            case(
                "der csr as cert",
                csr(),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "a DER certificate signing request, not a certificate",
                )],
            ),
            // A PEM key as the certificate: only UnexpectedPemBlock (no EmptyCertificate).
            case(
                "pem key as cert",
                pem("RSA PRIVATE KEY", &k1()),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a private key (RSA PRIVATE KEY) where a certificate was expected: inputs may have been switched",
                )],
            ),
            // A key block and a certificate: the certificate is still read, position 1.
            case(
                "key then cert",
                format!("{}{one}", pem("PRIVATE KEY", &k1())),
                vec![c1()],
                vec![(UNEXPECTED, E, "line 1: a private key (PRIVATE KEY)")],
            ),
            // A CSR in PEM.
            case(
                "pem csr as cert",
                pem("CERTIFICATE REQUEST", &csr()),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a certificate signing request (CERTIFICATE REQUEST), not a certificate: submit it to a CA and upload the certificate it issues",
                )],
            ),
            // A public key in PEM.
            case(
                "pem public key as cert",
                pem("PUBLIC KEY", SPKI_SHAPE),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a public key (PUBLIC KEY), not a certificate",
                )],
            ),
            // TRUSTED CERTIFICATE: convert hint.
            case(
                "trusted certificate",
                pem("TRUSTED CERTIFICATE", &c1()),
                vec![],
                vec![(UNEXPECTED, E, "line 1: a TRUSTED CERTIFICATE block")],
            ),
            // A PKCS7 bundle.
            case(
                "pkcs7",
                pem("PKCS7", &c1()),
                vec![],
                vec![(UNEXPECTED, E, "line 1: a PKCS7 bundle, not a certificate")],
            ),
            // Any other label is named.
            case(
                "unknown label",
                pem("X509 CRL", &c1()),
                vec![],
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a PEM block labelled X509 CRL where a certificate was expected",
                )],
            ),
            // Empty and whitespace-only inputs.
            case(
                "empty",
                "",
                vec![],
                vec![(
                    Reason::EmptyCertificate,
                    E,
                    "the certificate input is empty",
                )],
            ),
            case(
                "whitespace",
                " \n\t\r\n",
                vec![],
                vec![(Reason::EmptyCertificate, E, "holds only whitespace")],
            ),
            case(
                "bom only",
                "\u{feff}\n",
                vec![],
                vec![(Reason::EmptyCertificate, E, "holds only whitespace")],
            ),
            // Text without PEM or DER.
            case(
                "text only",
                "hello world\n",
                vec![],
                vec![(
                    MALFORMED,
                    E,
                    "neither PEM nor DER: no -----BEGIN CERTIFICATE----- line found",
                )],
            ),
            // Text starting with '0' (0x30) before PEM is still PEM.
            case(
                "zero text before pem",
                format!("0 comments\n{one}"),
                vec![c1()],
                vec![(PEM_FORMAT, W, "line 1: text outside")],
            ),
        ];
        for c in cases {
            let (certs, findings) = run_cert(&c.input);
            let ders: Vec<Vec<u8>> = certs.iter().map(|x| x.der.to_vec()).collect();
            assert_eq!(ders, c.ders, "{}: certificates", c.what);
            for (i, cert) in certs.iter().enumerate() {
                assert_eq!(cert.position, i + 1, "{}: position", c.what);
            }
            assert_findings(c.what, &findings, &c.findings);
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

    /// What a key case expects back.
    enum KeyWant {
        None,
        Pem {
            label: &'static str,
            body: Vec<u8>,
            headers: Vec<(&'static str, &'static str)>,
            line: usize,
        },
        Der(Vec<u8>),
    }

    #[test]
    fn key_input_cases() {
        let key = pem("PRIVATE KEY", &k1());
        let ec_body = STANDARD.decode(LEGACY_EC_BODY).unwrap();
        let cases: Vec<(&str, Vec<u8>, KeyWant, Expected)> = vec![
            // A clean PKCS#8 key.
            (
                "pkcs8",
                key.clone().into(),
                KeyWant::Pem {
                    label: "PRIVATE KEY",
                    body: k1(),
                    headers: vec![],
                    line: 1,
                },
                vec![],
            ),
            // Legacy encrypted PEM: headers parsed, the blank line after them is no quirk.
            (
                "legacy encrypted",
                LEGACY_EC.into(),
                KeyWant::Pem {
                    label: "EC PRIVATE KEY",
                    body: ec_body.clone(),
                    headers: vec![
                        ("Proc-Type", "4,ENCRYPTED"),
                        ("DEK-Info", "AES-128-CBC,257C362A9C8D0E4DC97444D7A2D1A23B"),
                    ],
                    line: 1,
                },
                vec![],
            ),
            // The same with CR LF: one warning, same headers.
            (
                "legacy encrypted crlf",
                LEGACY_EC.replace('\n', "\r\n").into(),
                KeyWant::Pem {
                    label: "EC PRIVATE KEY",
                    body: ec_body.clone(),
                    headers: vec![
                        ("Proc-Type", "4,ENCRYPTED"),
                        ("DEK-Info", "AES-128-CBC,257C362A9C8D0E4DC97444D7A2D1A23B"),
                    ],
                    line: 1,
                },
                vec![(PEM_FORMAT, W, "lines 1-8: CR LF")],
            ),
            // A folded header (RFC 1421 continuation line).
            (
                "header continuation",
                LEGACY_EC
                    .replace("DEK-Info: AES-128-CBC,", "DEK-Info: AES-128-CBC,\n ")
                    .into(),
                KeyWant::Pem {
                    label: "EC PRIVATE KEY",
                    body: ec_body.clone(),
                    headers: vec![
                        ("Proc-Type", "4,ENCRYPTED"),
                        ("DEK-Info", "AES-128-CBC, 257C362A9C8D0E4DC97444D7A2D1A23B"),
                    ],
                    line: 1,
                },
                vec![],
            ),
            // All indented (pasted from YAML): headers stay headers, one warning.
            (
                "indented legacy",
                LEGACY_EC
                    .lines()
                    .map(|l| format!("    {l}\n"))
                    .collect::<String>()
                    .into(),
                KeyWant::Pem {
                    label: "EC PRIVATE KEY",
                    body: ec_body.clone(),
                    headers: vec![
                        ("Proc-Type", "4,ENCRYPTED"),
                        ("DEK-Info", "AES-128-CBC,257C362A9C8D0E4DC97444D7A2D1A23B"),
                    ],
                    line: 1,
                },
                vec![(
                    PEM_FORMAT,
                    W,
                    "7 lines from line 1 to line 8: spaces or tabs at the start",
                )],
            ),
            // Headers not followed by a blank line.
            (
                "headers without blank line",
                LEGACY_EC.replacen("\n\n", "\n", 1).into(),
                KeyWant::None,
                vec![(
                    Reason::MalformedPrivateKey,
                    E,
                    "line 4: the PEM headers from line 2 must end with a blank line",
                )],
            ),
            // `openssl ecparam -genkey`: EC PARAMETERS skipped with a warning.
            (
                "ec parameters",
                format!("{EC_PARAMS}{}", pem("EC PRIVATE KEY", SEC1_SHAPE)).into(),
                KeyWant::Pem {
                    label: "EC PRIVATE KEY",
                    body: SEC1_SHAPE.to_vec(),
                    headers: vec![],
                    line: 4,
                },
                vec![(PEM_FORMAT, W, "line 1: EC PARAMETERS block skipped")],
            ),
            // EC PARAMETERS alone: no key.
            (
                "ec parameters only",
                EC_PARAMS.into(),
                KeyWant::None,
                vec![
                    (PEM_FORMAT, W, "line 1: EC PARAMETERS block skipped"),
                    (
                        Reason::MalformedPrivateKey,
                        E,
                        "no private key block in the key input",
                    ),
                ],
            ),
            // A certificate as the key: inputs switched.
            (
                "certificate as key",
                pem("CERTIFICATE", &c1()).into(),
                KeyWant::None,
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a certificate where the private key was expected: inputs may have been switched",
                )],
            ),
            // A certificate besides the key: the key is still taken.
            (
                "certificate and key",
                format!("{}{key}", pem("CERTIFICATE", &c1())).into(),
                KeyWant::Pem {
                    label: "PRIVATE KEY",
                    body: k1(),
                    headers: vec![],
                    line: 10,
                },
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a certificate in the key input besides the private key",
                )],
            ),
            // Two keys: the first is kept, the second named.
            (
                "two keys",
                format!("{key}{}", pem("RSA PRIVATE KEY", PKCS1_SHAPE)).into(),
                KeyWant::Pem {
                    label: "PRIVATE KEY",
                    body: k1(),
                    headers: vec![],
                    line: 1,
                },
                vec![(
                    UNEXPECTED,
                    E,
                    "line 4: more than one private key: a second key block (RSA PRIVATE KEY) after the PRIVATE KEY block of line 1",
                )],
            ),
            // A public key is passed through (the key module says KeyMismatch).
            (
                "public key",
                pem("PUBLIC KEY", SPKI_SHAPE).into(),
                KeyWant::Pem {
                    label: "PUBLIC KEY",
                    body: SPKI_SHAPE.to_vec(),
                    headers: vec![],
                    line: 1,
                },
                vec![],
            ),
            // Unsupported key kinds pass through for the key module to name.
            (
                "openssh key",
                pem("OPENSSH PRIVATE KEY", &k1()).into(),
                KeyWant::Pem {
                    label: "OPENSSH PRIVATE KEY",
                    body: k1(),
                    headers: vec![],
                    line: 1,
                },
                vec![],
            ),
            // A CSR as the key.
            (
                "csr as key",
                pem("CERTIFICATE REQUEST", &csr()).into(),
                KeyWant::None,
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a certificate signing request (CERTIFICATE REQUEST) where the private key was expected",
                )],
            ),
            // Another label as the key.
            (
                "dh parameters as key",
                pem("DH PARAMETERS", SEC1_SHAPE).into(),
                KeyWant::None,
                vec![(
                    UNEXPECTED,
                    E,
                    "line 1: a PEM block labelled DH PARAMETERS where the private key was expected",
                )],
            ),
            // DER keys pass through whole.
            ("der pkcs8", k1(), KeyWant::Der(k1()), vec![]),
            (
                "der pkcs1",
                PKCS1_SHAPE.to_vec(),
                KeyWant::Der(PKCS1_SHAPE.to_vec()),
                vec![],
            ),
            // A DER certificate as the key.
            (
                "der certificate as key",
                c1(),
                KeyWant::None,
                vec![(
                    UNEXPECTED,
                    E,
                    "a DER certificate where the private key was expected: inputs may have been switched",
                )],
            ),
            // Empty and whitespace-only key files.
            (
                "empty",
                vec![],
                KeyWant::None,
                vec![(Reason::MalformedPrivateKey, E, "the key file is empty")],
            ),
            (
                "whitespace",
                b"\n \n".to_vec(),
                KeyWant::None,
                vec![(
                    Reason::MalformedPrivateKey,
                    E,
                    "the key file is empty (only whitespace)",
                )],
            ),
            // Text that is neither PEM nor DER.
            (
                "text",
                b"my key\n".to_vec(),
                KeyWant::None,
                vec![(Reason::MalformedPrivateKey, E, "neither PEM nor DER")],
            ),
            // Bad base64 in a key: line and column, never the character.
            (
                "bad base64 in key",
                set_char(&key, 2, 3, '*').into(),
                KeyWant::None,
                vec![(
                    Reason::MalformedPrivateKey,
                    E,
                    "line 2, column 3: a character that is not base64 in the PRIVATE KEY block begun at line 1",
                )],
            ),
            // A truncated key block.
            (
                "truncated key",
                key.lines().take(2).collect::<Vec<_>>().join("\n").into(),
                KeyWant::None,
                vec![(
                    Reason::MalformedPrivateKey,
                    E,
                    "line 1: -----BEGIN PRIVATE KEY----- has no -----END PRIVATE KEY----- line (the input ends at line 2)",
                )],
            ),
        ];
        for (what, input, want, findings_want) in cases {
            let (got, findings) = run_key(&input);
            match (got, want) {
                (None, KeyWant::None) => {}
                (Some(KeyBlob::Der(got)), KeyWant::Der(want)) => assert_eq!(*got, want, "{what}"),
                (
                    Some(KeyBlob::Pem {
                        label,
                        headers,
                        body,
                        line,
                    }),
                    KeyWant::Pem {
                        label: l,
                        body: b,
                        headers: h,
                        line: n,
                    },
                ) => {
                    assert_eq!(label, l, "{what}");
                    assert_eq!(*body, b, "{what}");
                    let h: Vec<(String, String)> = h
                        .iter()
                        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                        .collect();
                    assert_eq!(headers, h, "{what}");
                    assert_eq!(line, n, "{what}");
                }
                (got, _) => panic!("{what}: unexpected key {got:?}"),
            }
            assert_findings(what, &findings, &findings_want);
        }
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
    fn quirk_index_is_the_place_in_all() {
        for (i, q) in Quirk::ALL.iter().enumerate() {
            assert_eq!(q.index(), i, "{q:?}");
        }
    }

    #[test]
    fn lines_display() {
        let mut l = Lines::default();
        l.add(3);
        assert_eq!(l.to_string(), "line 3");
        l.add(3);
        l.add(4);
        l.add(5);
        assert_eq!(l.to_string(), "lines 3-5");
        l.add(20);
        assert_eq!(l.to_string(), "4 lines from line 3 to line 20");
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
    fn decode_quads_is_the_base64_decoder_on_clean_text() {
        // Every length, padded or not: the same bytes as the `base64` crate.
        for len in 0..100usize {
            let der: Vec<u8> = (0..len)
                .map(|i| u8::try_from((i * 131 + 7) % 251).unwrap())
                .collect();
            let b64 = STANDARD.encode(&der);
            let mut out = vec![0; b64.len() / 4 * 3];
            assert_eq!(decode_quads(b64.as_bytes(), &mut out), Some(len), "{len}");
            assert_eq!(out[..len], der, "{len}");
        }
        // Any byte anywhere in a full line, or in a line that ends in one or two '=':
        // taken exactly when the `base64` crate's STANDARD takes it, as the same bytes.
        let lines = [
            b"MIIBLDCB36ADAgECAhQLwMb3U9Hk0ELhHFuuQ9Inp7ouITAFBgMrZXAwDDEKMAgG".to_vec(),
            STANDARD.encode(b"certvet!").into_bytes(),
            STANDARD.encode(b"certvet").into_bytes(),
        ];
        assert!(lines[1].ends_with(b"E=") && lines[2].ends_with(b"A=="));
        let mut taken = 0;
        for line in &lines {
            for at in 0..line.len() {
                for b in 0..=255u8 {
                    let mut l = line.clone();
                    l[at] = b;
                    let mut out = vec![0; l.len() / 4 * 3];
                    let ours = decode_quads(&l, &mut out).map(|n| out[..n].to_vec());
                    assert_eq!(ours, STANDARD.decode(&l).ok(), "{l:?}");
                    taken += usize::from(ours.is_some());
                }
            }
        }
        // The alphabet's 64 bytes at each position of the full line, and some of the
        // padded ones (stray bits before the padding are refused).
        assert!(taken > 64 * 64, "{taken}");
        // Lengths that do not fit.
        assert_eq!(decode_quads(b"MIIBL", &mut [0; 3]), None);
        assert_eq!(decode_quads(b"MIIB", &mut [0; 4]), None);
        assert_eq!(decode_quads(b"MIIB", &mut [0; 2]), None);
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
