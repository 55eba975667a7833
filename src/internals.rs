//! The steps of a check one at a time, for `certvet-bench` (feature `internals`):
//! a benchmark times the leaf, the key proof and the chain parse apart from the whole
//! [`check`](crate::check). Not a stable API: hidden from the docs, it follows the
//! crate's insides.

use serde::Serialize;

use crate::input::{cert_input, key_input};
use crate::key::{self, KeyState};
use crate::limits::Limits;
use crate::pem::CertDer;
use crate::public_key::PublicKey;
use crate::x509::{self as cert, CertView};

/// The certificates of an input, decoded (PEM or DER), findings dropped.
#[derive(Debug)]
pub struct Certs<'a>(Vec<CertDer<'a>>);

impl Certs<'_> {
    /// How many certificates the input held.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the input held none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The DER of the `i`-th certificate (0 is the first in the input).
    pub fn der(&self, i: usize) -> Option<&[u8]> {
        self.0.get(i).map(|c| &*c.der)
    }
}

/// Certificate input → the DER of each certificate, as `check` reads it first.
pub fn certs<'a>(input: &'a [u8], limits: &Limits) -> Certs<'a> {
    let mut findings = Vec::new();
    Certs(cert_input(input, limits, &mut findings))
}

/// The report fields of one leaf (what `check` fills for the leaf).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LeafFields {
    /// SHA-1, colon hex.
    pub fingerprint: String,
    /// SHA-256, colon hex.
    pub fingerprint_sha256: String,
    /// The subject's last commonName.
    pub common_name: Option<String>,
    /// subjectAltName dNSNames.
    pub subject_alternative_names: Vec<String>,
    /// subjectAltName iPAddresses.
    pub ip_addresses: Vec<String>,
    /// notBefore, as the report writes it.
    pub start_time: String,
    /// notBefore, milliseconds since the epoch.
    pub start_time_stamp: i64,
    /// notAfter, as the report writes it.
    pub expire_time: String,
    /// notAfter, milliseconds since the epoch.
    pub expire_time_stamp: i64,
    /// The subject in RFC 4514 form.
    pub subject: String,
    /// The issuer in RFC 4514 form.
    pub issuer: String,
    /// Serial number, lowercase hex.
    pub serial_number: String,
    /// `RSA`, `EC`, `Ed25519`, … as OpenSSL names it.
    pub key_algorithm: Option<&'static str>,
    /// Key size in bits.
    pub key_bits: Option<u32>,
}

/// Certificate input (PEM or DER) → the leaf's report fields, through the functions
/// `check` uses (input reading, the certificate view, fingerprints, names), without
/// the chain analysis.
pub fn inspect(input: &[u8], limits: &Limits) -> Option<LeafFields> {
    let certs = certs(input, limits);
    let leaf = CertView::parse(certs.der(0)?).ok()?;
    let der = leaf.der();
    let (start, end) = (leaf.not_before(), leaf.not_after());
    let public = leaf.public_key();
    let (dns, ips) = leaf.alt_names(limits.san_entries);
    Some(LeafFields {
        fingerprint: crate::Fingerprint::of(der).hex(),
        fingerprint_sha256: crate::FingerprintSha256::of(der).hex(),
        common_name: leaf.common_name_string(),
        subject_alternative_names: dns,
        ip_addresses: ips,
        start_time: cert::format_time(start),
        start_time_stamp: start.saturating_mul(1000),
        expire_time: cert::format_time(end),
        expire_time_stamp: end.saturating_mul(1000),
        subject: leaf.subject_string(),
        issuer: leaf.issuer_string(),
        serial_number: leaf.serial_hex(),
        key_algorithm: public.algorithm(),
        key_bits: public.bits(),
    })
}

/// Certificate input → every certificate parsed; how many parsed.
pub fn chain_parse(input: &[u8], limits: &Limits) -> usize {
    let certs = certs(input, limits);
    let views: Vec<Option<CertView<'_>>> = certs
        .0
        .iter()
        .map(|c| CertView::parse(&c.der).ok())
        .collect();
    std::hint::black_box(&views);
    views.iter().filter(|v| v.is_some()).count()
}

/// The raw subject, issuer and SubjectPublicKeyInfo of a DER certificate, as
/// certvet's parser finds them (to check a benchmark's own walk against).
pub fn raw_parts(der: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let view = CertView::parse(der).ok()?;
    Some((view.raw_subject(), view.raw_issuer(), view.spki_der()))
}

/// A leaf's public key, as certvet compares it with a private key.
#[derive(Clone, Debug)]
pub struct LeafKey(PublicKey);

/// Certificate input → its first certificate's public key.
pub fn leaf_key(input: &[u8], limits: &Limits) -> Option<LeafKey> {
    let certs = certs(input, limits);
    Some(LeafKey(
        CertView::parse(certs.der(0)?).ok()?.public_key().clone(),
    ))
}

/// Key input → parsed, strictly proven (the public half derived from the secret)
/// and compared with `leaf`.
pub fn key_matches(key_pem: &[u8], leaf: &LeafKey, limits: &Limits) -> bool {
    let mut findings = Vec::new();
    let Some(blob) = key_input(key_pem, limits, &mut findings) else {
        return false;
    };
    match key::open(&blob, None, limits, &mut findings) {
        KeyState::Proven(k) => k.public == leaf.0,
        _ => false,
    }
}
