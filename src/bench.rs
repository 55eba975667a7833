//! Benchmark fixtures and criterion group definitions (feature `bench`), so a
//! crate that embeds certvet can register the same groups in its own run.
//!
//! Groups (criterion ids `group/implementation[/case]`, implementations
//! `certvet`, `openssl` with feature `compare-openssl`, and `floor`):
//!
//! | group | what is timed |
//! |---|---|
//! | `pem_decode` | the RSA-2048 leaf PEM → DER |
//! | `inspect/pem`, `inspect/der` | the leaf → every report field |
//! | `fingerprint` | SHA-1 and SHA-256 of the leaf DER, as colon hex |
//! | `key_match/<key>` | key PEM → parsed, strictly proven, compared with the leaf |
//! | `check_json/<key>` | `check(leaf, key).to_json()` |
//! | `chain_parse` | a 3-certificate PEM chain → every certificate parsed |
//! | `batch/<threads>` | `batch::run` over 10,000 JSON lines; the floor: each line's leaf floor work, and OpenSSL: each line's leaf → every report field (no key), on the same number of threads |
//!
//! The floor is the least any implementation must do: decode the PEM body's
//! base64 (with the same SIMD decoder certvet uses), hash the DER with SHA-1
//! and SHA-256, over the same bytes, and (for `inspect` and `batch`) walk the DER to
//! where each report field is, taking slices: nothing checked, decoded or written.
//! The `fingerprint` floor is the two hashes alone.
//!
//! Nothing is faster by being less strict: [`register`] first checks that every
//! input gives certvet the same answer as OpenSSL (fingerprints, names, serial,
//! key size, key match), and panics otherwise.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput};
use rayon::prelude::*;
use serde::Serialize;

use crate::batch::{BatchOptions, BatchSummary};
use crate::check::{CheckInput, CheckOptions, UnixTime, check};
use crate::fingerprint::{Fingerprint, FingerprintSha256};
use crate::input::{cert_input, key_input};
use crate::key::{self, KeyState};
use crate::limits::Limits;
use crate::public_key::PublicKey;
use crate::x509::{self as cert, CertView};

/// The benchmark inputs, from `testdata/` (embedded at build time).
pub mod fixtures {
    /// RSA-2048 leaf certificate, PEM.
    pub const RSA2048_LEAF_PEM: &[u8] = include_bytes!("../testdata/rsa2048/leaf.pem");
    /// The same RSA-2048 leaf, DER.
    pub const RSA2048_LEAF_DER: &[u8] = include_bytes!("../testdata/rsa2048/leaf.der");
    /// The RSA-2048 leaf's key, PKCS#1 PEM.
    pub const RSA2048_KEY: &[u8] = include_bytes!("../testdata/rsa2048/key.pkcs1.pem");
    /// Leaf, intermediate and root of the RSA-2048 chain, PEM.
    pub const RSA2048_FULLCHAIN: &[u8] = include_bytes!("../testdata/rsa2048/fullchain.pem");
    /// RSA-4096 leaf certificate, PEM.
    pub const RSA4096_LEAF_PEM: &[u8] = include_bytes!("../testdata/rsa4096/leaf.pem");
    /// The RSA-4096 leaf's key, PKCS#1 PEM.
    pub const RSA4096_KEY: &[u8] = include_bytes!("../testdata/rsa4096/key.pkcs1.pem");
    /// P-256 leaf certificate, PEM.
    pub const P256_LEAF_PEM: &[u8] = include_bytes!("../testdata/ec-p256/leaf.pem");
    /// The P-256 leaf's key, PKCS#8 PEM.
    pub const P256_KEY: &[u8] = include_bytes!("../testdata/ec-p256/key.pkcs8.pem");
    /// P-384 leaf certificate, PEM.
    pub const P384_LEAF_PEM: &[u8] = include_bytes!("../testdata/ec-p384/leaf.pem");
    /// The P-384 leaf's key, PKCS#8 PEM.
    pub const P384_KEY: &[u8] = include_bytes!("../testdata/ec-p384/key.pkcs8.pem");
    /// Ed25519 leaf certificate, PEM.
    pub const ED25519_LEAF_PEM: &[u8] = include_bytes!("../testdata/ed25519/leaf.pem");
    /// The Ed25519 leaf's key, PKCS#8 PEM.
    pub const ED25519_KEY: &[u8] = include_bytes!("../testdata/ed25519/key.pkcs8.pem");

    /// `(case name, leaf PEM, key PEM)` for the `key_match` group.
    pub const KEY_PAIRS: [(&str, &[u8], &[u8]); 5] = [
        ("rsa2048", RSA2048_LEAF_PEM, RSA2048_KEY),
        ("rsa4096", RSA4096_LEAF_PEM, RSA4096_KEY),
        ("p256", P256_LEAF_PEM, P256_KEY),
        ("p384", P384_LEAF_PEM, P384_KEY),
        ("ed25519", ED25519_LEAF_PEM, ED25519_KEY),
    ];

    /// `(case name, leaf PEM, key PEM)` for the `check_json` group and the batch lines.
    pub const CHECK_PAIRS: [(&str, &[u8], &[u8]); 2] = [
        ("rsa2048", RSA2048_LEAF_PEM, RSA2048_KEY),
        ("p256", P256_LEAF_PEM, P256_KEY),
    ];

    /// Lines in the `batch` group's input.
    pub const BATCH_LINES: usize = 10_000;
}

use fixtures::*;

/// The check time of every benchmark (the fixtures are valid 2025–2035).
fn check_time() -> UnixTime {
    UnixTime::from_seconds(1_767_225_600) // 2026-01-01T00:00:00Z
}

/// The report fields of one leaf, as both implementations compute them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Inspected {
    fingerprint: String,
    fingerprint_sha256: String,
    common_name: Option<String>,
    subject_alternative_names: Vec<String>,
    ip_addresses: Vec<String>,
    start_time: String,
    start_time_stamp: i64,
    expire_time: String,
    expire_time_stamp: i64,
    subject: String,
    issuer: String,
    serial_number: String,
    key_algorithm: Option<&'static str>,
    key_bits: Option<u32>,
}

// ---------------------------------------------------------------------------
// certvet
// ---------------------------------------------------------------------------

/// Every report field of a parsed leaf (what `check` fills for the leaf).
fn certvet_fields(leaf: &CertView<'_>, limits: &Limits) -> Inspected {
    let der = leaf.der();
    let (start, end) = (leaf.not_before(), leaf.not_after());
    let public = leaf.public_key();
    let (dns, ips) = leaf.alt_names(limits.san_entries);
    Inspected {
        fingerprint: Fingerprint::of(der).hex(),
        fingerprint_sha256: FingerprintSha256::of(der).hex(),
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
    }
}

/// Certificate input (PEM or DER) → the leaf's report fields, through the same
/// functions `check` uses (input reading, `CertView`, fingerprints, names), without
/// the chain analysis.
fn certvet_inspect(input: &[u8], limits: &Limits) -> Option<Inspected> {
    let mut findings = Vec::new();
    let certs = cert_input(input, limits, &mut findings);
    let leaf = CertView::parse(&certs.first()?.der).ok()?;
    Some(certvet_fields(&leaf, limits))
}

/// The leaf's public key, as certvet compares it.
fn certvet_leaf_key(pem: &[u8], limits: &Limits) -> Option<PublicKey> {
    let mut findings = Vec::new();
    let certs = cert_input(pem, limits, &mut findings);
    Some(
        CertView::parse(&certs.first()?.der)
            .ok()?
            .public_key()
            .clone(),
    )
}

/// Key PEM → parsed, strictly proven (public half derived from the secret), and
/// compared with the leaf's public key.
fn certvet_key_match(key_pem: &[u8], leaf: &PublicKey, limits: &Limits) -> bool {
    let mut findings = Vec::new();
    let Some(blob) = key_input(key_pem, limits, &mut findings) else {
        return false;
    };
    match key::open(&blob, None, limits, &mut findings) {
        KeyState::Proven(k) => k.public == *leaf,
        _ => false,
    }
}

/// Chain PEM → every certificate parsed; the number that parsed.
fn certvet_chain(pem: &[u8], limits: &Limits) -> usize {
    let mut findings = Vec::new();
    let certs = cert_input(pem, limits, &mut findings);
    let views: Vec<Option<CertView<'_>>> =
        certs.iter().map(|c| CertView::parse(&c.der).ok()).collect();
    black_box(&views);
    views.iter().filter(|v| v.is_some()).count()
}

/// `check(leaf, key).to_json()`.
fn certvet_check_json(leaf: &[u8], key: &[u8], opts: &CheckOptions) -> String {
    check(&CheckInput::new(leaf).with_key(key), opts).to_json()
}

/// One batch run over `input` with `jobs` threads, reports discarded.
fn certvet_batch(input: &[u8], jobs: usize, opts: &BatchOptions) -> BatchSummary {
    let opts = opts.clone().with_jobs(jobs);
    crate::batch::run(input, std::io::sink(), &opts, |_| {}).unwrap_or_default()
}

/// `BATCH_LINES` JSON lines alternating the RSA-2048 and P-256 pairs.
pub fn batch_input() -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..BATCH_LINES {
        let (_, leaf, key) = CHECK_PAIRS[i % CHECK_PAIRS.len()];
        let line = serde_json::json!({
            "Id": i,
            "ServerCertificate": String::from_utf8_lossy(leaf),
            "PrivateKey": String::from_utf8_lossy(key),
        });
        out.extend_from_slice(line.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

// ---------------------------------------------------------------------------
// The floor: base64 of the PEM body, SHA-1 and SHA-256 of the DER
// ---------------------------------------------------------------------------

/// The base64 body of the first PEM block, decoded: the body found with
/// `memchr`, its lines gathered (line ends dropped) and decoded with one
/// `base64-simd` call.
fn floor_pem_decode(pem: &[u8]) -> Vec<u8> {
    let body = memchr::memmem::find(pem, b"-----BEGIN")
        .and_then(|at| Some(at + memchr::memchr(b'\n', pem.get(at..)?)? + 1))
        .and_then(|from| {
            let rest = pem.get(from..)?;
            rest.get(..memchr::memmem::find(rest, b"-----END")?)
        })
        .unwrap_or_default();
    let mut text = Vec::with_capacity(body.len());
    let mut from = 0;
    for end in memchr::memchr_iter(b'\n', body) {
        let line = body.get(from..end).unwrap_or_default();
        text.extend_from_slice(line.strip_suffix(b"\r").unwrap_or(line));
        from = end + 1;
    }
    text.extend_from_slice(body.get(from..).unwrap_or_default());
    base64_simd::STANDARD
        .decode_to_vec(&text)
        .unwrap_or_default()
}

/// SHA-1 and SHA-256 of `der`, by the fastest code this machine has (the same as
/// certvet's).
fn floor_hashes(der: &[u8]) -> (Fingerprint, FingerprintSha256) {
    (Fingerprint::of(der), FingerprintSha256::of(der))
}

/// Where the report's fields are in a certificate: slices of the DER, nothing
/// checked or decoded.
#[derive(Debug, Default, PartialEq, Eq)]
struct FloorFields<'a> {
    serial: &'a [u8],
    issuer: &'a [u8],
    not_before: &'a [u8],
    not_after: &'a [u8],
    subject: &'a [u8],
    spki: &'a [u8],
    /// The subjectAltName's GeneralNames, one slice each (the first eight).
    names: [&'a [u8]; 8],
    name_count: usize,
}

/// The floor's walk: from the certificate's outer SEQUENCE to each field the report
/// takes (serial, names, validity, public key, subjectAltName entries), with certvet's
/// own DER reader and no checks beyond what the walk itself needs.
fn floor_walk(der: &[u8]) -> Option<FloorFields<'_>> {
    use crate::der::read;
    let (cert, _) = read(der).ok()?;
    let (tbs, _) = read(cert.content).ok()?;
    let (mut field, mut rest) = read(tbs.content).ok()?;
    if field.tag == 0xa0 {
        (field, rest) = read(rest).ok()?;
    }
    let (_, rest) = read(rest).ok()?; // signature algorithm
    let (issuer, rest) = read(rest).ok()?;
    let (validity, rest) = read(rest).ok()?;
    let (not_before, after) = read(validity.content).ok()?;
    let (not_after, _) = read(after).ok()?;
    let (subject, rest) = read(rest).ok()?;
    let (spki, mut rest) = read(rest).ok()?;
    let mut out = FloorFields {
        serial: field.content,
        issuer: issuer.whole,
        not_before: not_before.content,
        not_after: not_after.content,
        subject: subject.whole,
        spki: spki.whole,
        ..FloorFields::default()
    };
    while let Ok((element, after)) = read(rest) {
        rest = after;
        if element.tag != 0xa3 {
            continue;
        }
        let (extensions, _) = read(element.content).ok()?;
        let mut exts = extensions.content;
        while let Ok((ext, after)) = read(exts) {
            exts = after;
            let (oid, inner) = read(ext.content).ok()?;
            if oid.content != [0x55, 0x1d, 0x11] {
                continue;
            }
            let (mut value, after) = read(inner).ok()?;
            if value.tag == 0x01 {
                (value, _) = read(after).ok()?; // the critical flag
            }
            let (names, _) = read(value.content).ok()?;
            let mut list = names.content;
            while let Ok((name, after)) = read(list) {
                list = after;
                if let Some(slot) = out.names.get_mut(out.name_count) {
                    *slot = name.content;
                }
                out.name_count += 1;
            }
        }
    }
    Some(out)
}

/// The `inspect` floor of a DER leaf: both hashes and the walk to the fields.
fn floor_inspect(der: &[u8]) -> (Fingerprint, FingerprintSha256, Option<FloorFields<'_>>) {
    let (sha1, sha256) = floor_hashes(der);
    (sha1, sha256, floor_walk(der))
}

/// The batch floor: for each of the `BATCH_LINES` lines, its leaf's floor work
/// (base64 decode, SHA-1, SHA-256, the walk), spread over a rayon pool of `jobs` threads
/// built for the run as `batch::run` builds its own. Work that shares nothing
/// between lines: its 2-thread/1-thread ratio is what the two cores give at
/// the time of the run, the scaling `batch/certvet` can be held to.
fn floor_batch(jobs: usize) -> usize {
    leaves_on_pool(jobs, |pem| {
        let der = floor_pem_decode(pem);
        black_box(floor_inspect(&der));
        true
    })
}

/// `per_leaf` over each of the `BATCH_LINES` lines' leaf PEM on a rayon pool of
/// `jobs` threads built for the run; how many leaves it returned `true` for.
fn leaves_on_pool(jobs: usize, per_leaf: impl Fn(&[u8]) -> bool + Sync) -> usize {
    let line_leaf = |i: usize| CHECK_PAIRS.get(i % CHECK_PAIRS.len()).map(|p| p.1);
    let run = || {
        (0..BATCH_LINES)
            .into_par_iter()
            .filter_map(line_leaf)
            .filter(|pem| per_leaf(black_box(pem)))
            .count()
    };
    match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool.install(run),
        Err(_) => 0,
    }
}

// ---------------------------------------------------------------------------
// OpenSSL
// ---------------------------------------------------------------------------

#[cfg(feature = "compare-openssl")]
mod ossl {
    use std::fmt::Write as _;
    use std::net::{Ipv4Addr, Ipv6Addr};

    use openssl::asn1::Asn1Time;
    use openssl::hash::MessageDigest;
    use openssl::nid::Nid;
    use openssl::pkey::{Id, PKey, Public};
    use openssl::x509::{X509, X509NameRef};

    use super::{Inspected, colon_hex};

    /// Colon hex of a digest.
    fn hex(bytes: &[u8]) -> String {
        let mut s = String::with_capacity(bytes.len() * 3);
        colon_hex(bytes, &mut s);
        s
    }

    /// The name's entries, most significant last, as `SN=value` joined by `,`.
    fn name(n: &X509NameRef) -> String {
        let entries: Vec<_> = n.entries().collect();
        let mut s = String::new();
        for (i, e) in entries.iter().rev().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let sn = e.object().nid().short_name().unwrap_or("?");
            let value = e.data().to_string().unwrap_or_default();
            let _ = write!(s, "{sn}={value}");
        }
        s
    }

    /// Seconds since the epoch of an ASN.1 time.
    fn unix(epoch: &Asn1Time, t: &openssl::asn1::Asn1TimeRef) -> i64 {
        epoch
            .diff(t)
            .map(|d| i64::from(d.days) * 86_400 + i64::from(d.secs))
            .unwrap_or(0)
    }

    /// Every report field of a parsed certificate.
    pub(super) fn fields(x: &X509, epoch: &Asn1Time) -> Option<Inspected> {
        let sha1 = x.digest(MessageDigest::sha1()).ok()?;
        let sha256 = x.digest(MessageDigest::sha256()).ok()?;
        let subject = x.subject_name();
        let common_name = subject
            .entries_by_nid(Nid::COMMONNAME)
            .last()
            .and_then(|e| e.data().to_string().ok());
        let mut dns = Vec::new();
        let mut ips = Vec::new();
        if let Some(sans) = x.subject_alt_names() {
            for san in &sans {
                if let Some(d) = san.dnsname() {
                    dns.push(d.to_owned());
                } else if let Some(ip) = san.ipaddress() {
                    if let Ok(v4) = <[u8; 4]>::try_from(ip) {
                        ips.push(Ipv4Addr::from(v4).to_string());
                    } else if let Ok(v6) = <[u8; 16]>::try_from(ip) {
                        ips.push(Ipv6Addr::from(v6).to_string());
                    }
                }
            }
        }
        let serial = x.serial_number().to_bn().ok()?.to_hex_str().ok()?;
        let key = x.public_key().ok()?;
        let algorithm = match key.id() {
            Id::RSA => Some("RSA"),
            Id::EC => Some("EC"),
            Id::ED25519 => Some("Ed25519"),
            _ => None,
        };
        Some(Inspected {
            fingerprint: hex(&sha1),
            fingerprint_sha256: hex(&sha256),
            common_name,
            subject_alternative_names: dns,
            ip_addresses: ips,
            start_time: x.not_before().to_string(),
            start_time_stamp: unix(epoch, x.not_before()).saturating_mul(1000),
            expire_time: x.not_after().to_string(),
            expire_time_stamp: unix(epoch, x.not_after()).saturating_mul(1000),
            subject: name(subject),
            issuer: name(x.issuer_name()),
            serial_number: serial.to_ascii_lowercase(),
            key_algorithm: algorithm,
            key_bits: Some(key.bits()),
        })
    }

    /// PEM → every report field.
    pub(super) fn inspect_pem(pem: &[u8], epoch: &Asn1Time) -> Option<Inspected> {
        fields(&X509::from_pem(pem).ok()?, epoch)
    }

    /// DER → every report field.
    pub(super) fn inspect_der(der: &[u8], epoch: &Asn1Time) -> Option<Inspected> {
        fields(&X509::from_der(der).ok()?, epoch)
    }

    /// The leaf's public key.
    pub(super) fn leaf_key(pem: &[u8]) -> Option<PKey<Public>> {
        X509::from_pem(pem).ok()?.public_key().ok()
    }

    /// Key PEM → parsed, checked (`RSA_check_key`, `EC_KEY_check_key`; Ed25519's
    /// public key is derived from the seed on load) and compared with the leaf.
    pub(super) fn key_match(key_pem: &[u8], leaf: &PKey<Public>) -> bool {
        let Ok(key) = PKey::private_key_from_pem(key_pem) else {
            return false;
        };
        let strict = match key.id() {
            Id::RSA => key.rsa().ok().and_then(|r| r.check_key().ok()) == Some(true),
            Id::EC => key.ec_key().ok().is_some_and(|k| k.check_key().is_ok()),
            _ => true,
        };
        strict && key.public_eq(leaf)
    }

    /// The `check_json` equivalent: the leaf's fields and the key match, as JSON.
    pub(super) fn check_json(leaf: &[u8], key_pem: &[u8], epoch: &Asn1Time) -> String {
        let Ok(x) = X509::from_pem(leaf) else {
            return String::new();
        };
        let fields = fields(&x, epoch);
        let matches = x.public_key().is_ok_and(|p| key_match(key_pem, &p));
        serde_json::json!({ "Leaf": fields, "KeyMatches": matches }).to_string()
    }

    /// Chain PEM → every certificate parsed.
    pub(super) fn chain(pem: &[u8]) -> usize {
        X509::stack_from_pem(pem).map(|v| v.len()).unwrap_or(0)
    }

    /// The SHA-1 and SHA-256 fingerprints by `X509_digest`, as colon hex.
    pub(super) fn fingerprints(x: &X509) -> (String, String) {
        let sha1 = x.digest(MessageDigest::sha1()).map(|d| hex(&d));
        let sha256 = x.digest(MessageDigest::sha256()).map(|d| hex(&d));
        (sha1.unwrap_or_default(), sha256.unwrap_or_default())
    }

    /// The leaf's DER as OpenSSL re-encodes it, and the parsed certificate.
    pub(super) fn parse(pem: &[u8]) -> Option<X509> {
        X509::from_pem(pem).ok()
    }

    /// `Jan  1 00:00:00 2025 GMT` → seconds are compared, not strings.
    pub(super) fn epoch() -> Asn1Time {
        #[allow(clippy::expect_used)]
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        Asn1Time::from_unix(0).expect("the epoch is an ASN.1 time")
    }
}

/// Lowercase colon hex of `bytes`, appended to `out` (as certvet prints fingerprints).
#[cfg(feature = "compare-openssl")]
fn colon_hex(bytes: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        let _ = write!(out, "{b:02x}");
    }
}

// ---------------------------------------------------------------------------
// Same answers before timing
// ---------------------------------------------------------------------------

/// Panics unless certvet (and, with `compare-openssl`, OpenSSL) give the expected
/// answer for every benchmark input.
#[allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]
fn assert_same_answers(limits: &Limits, opts: &CheckOptions, batch: &[u8]) {
    // ok: a bundled fixture; a failure is a broken benchmark, not bad input
    let pem = certvet_inspect(RSA2048_LEAF_PEM, limits).expect("certvet reads the PEM leaf");
    // ok: a bundled fixture; a failure is a broken benchmark, not bad input
    let der = certvet_inspect(RSA2048_LEAF_DER, limits).expect("certvet reads the DER leaf");
    assert_eq!(pem, der, "PEM and DER leaf give the same fields");
    assert_eq!(floor_pem_decode(RSA2048_LEAF_PEM), RSA2048_LEAF_DER);
    // The floor's walk finds the fields certvet reports.
    // ok: a bundled fixture; a failure is a broken benchmark, not bad input
    let walk = floor_walk(RSA2048_LEAF_DER).expect("the floor walks the leaf");
    // ok: a bundled fixture; a failure is a broken benchmark, not bad input
    let view = CertView::parse(RSA2048_LEAF_DER).expect("certvet parses the leaf");
    assert_eq!(walk.subject, view.raw_subject());
    assert_eq!(walk.issuer, view.raw_issuer());
    assert_eq!(walk.spki, view.spki_der());
    assert_eq!(walk.name_count, pem.subject_alternative_names.len());
    for (raw, name) in walk.names.iter().zip(&pem.subject_alternative_names) {
        assert_eq!(*raw, name.as_bytes());
    }
    let mut findings = Vec::new();
    let certs = cert_input(RSA2048_LEAF_PEM, limits, &mut findings);
    assert_eq!(certs.first().map(|c| &*c.der), Some(RSA2048_LEAF_DER));
    assert_eq!(
        Fingerprint::of(RSA2048_LEAF_DER).to_string(),
        pem.fingerprint
    );
    assert_eq!(certvet_chain(RSA2048_FULLCHAIN, limits), 3);
    for (name, leaf, key) in KEY_PAIRS {
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        let public = certvet_leaf_key(leaf, limits).expect("certvet reads the leaf");
        assert!(
            certvet_key_match(key, &public, limits),
            "certvet: {name} key matches"
        );
    }
    for (name, leaf, key) in CHECK_PAIRS {
        let report = check(&CheckInput::new(leaf).with_key(key), opts);
        assert!(
            report.valid,
            "certvet: {name} pair is valid: {:?}",
            report.errors
        );
        assert_eq!(
            report.key_matches,
            Some(true),
            "certvet: {name} key matches"
        );
    }
    let summary = certvet_batch(batch, 1, &BatchOptions::new(opts.clone()));
    assert_eq!((summary.lines, summary.valid), (BATCH_LINES, BATCH_LINES));

    #[cfg(feature = "compare-openssl")]
    {
        let epoch = ossl::epoch();
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        let o = ossl::inspect_pem(RSA2048_LEAF_PEM, &epoch).expect("OpenSSL reads the leaf");
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        assert_eq!(o, ossl::inspect_der(RSA2048_LEAF_DER, &epoch).expect("DER"));
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        let x = ossl::parse(RSA2048_LEAF_PEM).expect("OpenSSL reads the leaf");
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        assert_eq!(x.to_der().expect("re-encodes"), RSA2048_LEAF_DER);
        let sha1 = x
            .digest(openssl::hash::MessageDigest::sha1())
            // ok: a bundled fixture; a failure is a broken benchmark, not bad input
            .expect("X509_digest");
        let mut hex = String::new();
        colon_hex(&sha1, &mut hex);
        assert_eq!(pem.fingerprint, hex, "SHA-1 fingerprint as OpenSSL's");
        assert_eq!(
            ossl::fingerprints(&x),
            (pem.fingerprint.clone(), pem.fingerprint_sha256.clone())
        );
        assert_eq!(pem.fingerprint_sha256, o.fingerprint_sha256);
        assert_eq!(pem.common_name, o.common_name);
        assert_eq!(pem.subject_alternative_names, o.subject_alternative_names);
        assert_eq!(pem.ip_addresses, o.ip_addresses);
        assert_eq!(pem.serial_number, o.serial_number);
        assert_eq!(pem.start_time_stamp, o.start_time_stamp);
        assert_eq!(pem.expire_time_stamp, o.expire_time_stamp);
        assert_eq!(pem.key_algorithm, o.key_algorithm);
        assert_eq!(pem.key_bits, o.key_bits);
        assert_eq!(ossl::chain(RSA2048_FULLCHAIN), 3);
        for (name, leaf, key) in KEY_PAIRS {
            // ok: a bundled fixture; a failure is a broken benchmark, not bad input
            let public = ossl::leaf_key(leaf).expect("OpenSSL reads the leaf");
            assert!(ossl::key_match(key, &public), "OpenSSL: {name} key matches");
            // ok: a bundled fixture; a failure is a broken benchmark, not bad input
            let c = certvet_inspect(leaf, limits).expect("certvet reads the leaf");
            // ok: a bundled fixture; a failure is a broken benchmark, not bad input
            let o = ossl::inspect_pem(leaf, &epoch).expect("OpenSSL reads the leaf");
            assert_eq!(
                (c.fingerprint, c.key_bits),
                (o.fingerprint, o.key_bits),
                "{name}"
            );
        }
        // A wrong key is refused on both sides.
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        let other = certvet_leaf_key(P256_LEAF_PEM, limits).expect("P-256 leaf");
        assert!(!certvet_key_match(RSA2048_KEY, &other, limits));
        // ok: a bundled fixture; a failure is a broken benchmark, not bad input
        let other = ossl::leaf_key(P256_LEAF_PEM).expect("P-256 leaf");
        assert!(!ossl::key_match(RSA2048_KEY, &other));
    }
}

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

/// A micro-benchmark group: 30 samples, 1 s warm-up, 2.5 s measurement.
fn micro<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(30)
        .warm_up_time(Duration::from_millis(800))
        .measurement_time(Duration::from_millis(2500));
    g
}

/// Byte count as a criterion throughput.
fn bytes(n: usize) -> Throughput {
    Throughput::Bytes(u64::try_from(n).unwrap_or(u64::MAX))
}

/// Registers every certvet benchmark group. Panics first if any benchmark input
/// does not give the same answer as OpenSSL (see the module docs).
pub fn register(c: &mut Criterion) {
    let limits = Limits::default();
    let opts = CheckOptions::at(check_time());
    let batch = batch_input();
    assert_same_answers(&limits, &opts, &batch);
    #[cfg(feature = "compare-openssl")]
    let epoch = ossl::epoch();

    // pem_decode: leaf PEM → DER.
    {
        let mut g = micro(c, "pem_decode");
        g.throughput(bytes(RSA2048_LEAF_PEM.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| {
                let mut findings = Vec::new();
                cert_input(black_box(RSA2048_LEAF_PEM), &limits, &mut findings)
            });
        });
        #[cfg(feature = "compare-openssl")]
        g.bench_function("openssl", |b| {
            b.iter(|| ossl::parse(black_box(RSA2048_LEAF_PEM)));
        });
        g.bench_function("floor", |b| {
            b.iter(|| floor_pem_decode(black_box(RSA2048_LEAF_PEM)));
        });
        g.finish();
    }

    // inspect: leaf → every report field.
    {
        let mut g = micro(c, "inspect");
        for (case, input) in [("pem", RSA2048_LEAF_PEM), ("der", RSA2048_LEAF_DER)] {
            g.throughput(bytes(input.len()));
            g.bench_function(BenchmarkId::new("certvet", case), |b| {
                b.iter(|| certvet_inspect(black_box(input), &limits));
            });
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new("openssl", case), |b| {
                if case == "pem" {
                    b.iter(|| ossl::inspect_pem(black_box(input), &epoch));
                } else {
                    b.iter(|| ossl::inspect_der(black_box(input), &epoch));
                }
            });
            g.bench_function(BenchmarkId::new("floor", case), |b| {
                if case == "pem" {
                    b.iter(|| {
                        let der = floor_pem_decode(black_box(input));
                        black_box(floor_inspect(&der));
                    });
                } else {
                    b.iter(|| floor_inspect(black_box(input)));
                }
            });
        }
        g.finish();
    }

    // fingerprint: SHA-1 + SHA-256 of the leaf DER, as colon hex.
    {
        let mut g = micro(c, "fingerprint");
        g.throughput(bytes(RSA2048_LEAF_DER.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| {
                let der = black_box(RSA2048_LEAF_DER);
                (
                    Fingerprint::of(der).to_string(),
                    FingerprintSha256::of(der).to_string(),
                )
            });
        });
        #[cfg(feature = "compare-openssl")]
        if let Some(x) = ossl::parse(RSA2048_LEAF_PEM) {
            g.bench_function("openssl", |b| b.iter(|| ossl::fingerprints(black_box(&x))));
        }
        g.bench_function("floor", |b| {
            b.iter(|| floor_hashes(black_box(RSA2048_LEAF_DER)));
        });
        g.finish();
    }

    // key_match: parse + strict proof + compare with the leaf's key.
    {
        let mut g = micro(c, "key_match");
        // OpenSSL's RSA_check_key tests p and q for primality: milliseconds.
        g.sample_size(20);
        for (case, leaf, key) in KEY_PAIRS {
            g.throughput(bytes(key.len()));
            if let Some(public) = certvet_leaf_key(leaf, &limits) {
                g.bench_function(BenchmarkId::new("certvet", case), |b| {
                    b.iter(|| certvet_key_match(black_box(key), &public, &limits));
                });
            }
            #[cfg(feature = "compare-openssl")]
            if let Some(public) = ossl::leaf_key(leaf) {
                g.bench_function(BenchmarkId::new("openssl", case), |b| {
                    b.iter(|| ossl::key_match(black_box(key), &public));
                });
            }
        }
        g.finish();
    }

    // check_json: the whole check of a leaf and its key, as JSON.
    {
        let mut g = micro(c, "check_json");
        for (case, leaf, key) in CHECK_PAIRS {
            g.throughput(bytes(leaf.len() + key.len()));
            g.bench_function(BenchmarkId::new("certvet", case), |b| {
                b.iter(|| certvet_check_json(black_box(leaf), black_box(key), &opts));
            });
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new("openssl", case), |b| {
                b.iter(|| ossl::check_json(black_box(leaf), black_box(key), &epoch));
            });
        }
        g.finish();
    }

    // chain_parse: three PEM certificates → all parsed.
    {
        let mut g = micro(c, "chain_parse");
        g.throughput(bytes(RSA2048_FULLCHAIN.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| certvet_chain(black_box(RSA2048_FULLCHAIN), &limits));
        });
        #[cfg(feature = "compare-openssl")]
        g.bench_function("openssl", |b| {
            b.iter(|| ossl::chain(black_box(RSA2048_FULLCHAIN)));
        });
        g.finish();
    }

    // batch: 10,000 JSON lines on 1 and 2 threads.
    {
        let batch_opts = BatchOptions::new(opts.clone());
        let mut g = c.benchmark_group("batch");
        // One run per sample, for every function: the summary's fastest sample then
        // compares like with like. With a measurement time, a sample would average
        // as many runs as fit, and the faster 2-thread run would get about twice
        // as many per sample as the 1-thread run, so less chance of a quiet one.
        // (criterion warns that 20 samples do not fit in 1 ms and takes 20 runs.)
        g.sample_size(20)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_millis(1))
            .throughput(Throughput::Elements(
                u64::try_from(BATCH_LINES).unwrap_or(u64::MAX),
            ));
        for jobs in [1usize, 2] {
            g.bench_function(BenchmarkId::new("certvet", jobs), |b| {
                b.iter(|| certvet_batch(black_box(&batch), jobs, &batch_opts));
            });
            g.bench_function(BenchmarkId::new("floor", jobs), |b| {
                b.iter(|| floor_batch(jobs));
            });
            // OpenSSL: each line's leaf -> every report field, no key (its RSA key
            // check alone takes ~42 ms a line). Less work than certvet's lines, so
            // the speed-up is a lower bound; the 2/1 ratio is OpenSSL's scaling.
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new("openssl", jobs), |b| {
                b.iter(|| leaves_on_pool(jobs, |pem| ossl::inspect_pem(pem, &epoch).is_some()));
            });
        }
        g.finish();
    }
}
