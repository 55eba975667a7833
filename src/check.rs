//! `check()`: the whole pre-flight of one certificate (chain) and private key.
//! It runs the steps in the contract's finding order (input, certificate, key,
//! match, time, chain, target) and fills a [`Report`]; a rejection is data in the
//! report, never an `Err`.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::chain;
use crate::error::{Finding, Reason, Severity};
use crate::fingerprint::{Fingerprint, FingerprintSha256};
use crate::host::Host;
use crate::input::{self, CertDer, KeyBlob};
use crate::key::{self, KeyEncoding, KeyState, pkcs12};
use crate::limits::Limits;
use crate::names;
use crate::oid;
use crate::public_key::PublicKey;
use crate::report::{ChainEntry, HostEntry, Report};
use crate::signature;
use crate::target::{Target, TargetInput};
use crate::x509::{self as cert, CertView};

/// RSA keys under this many bits get a `WeakKey` warning.
pub const RSA_WEAK_BITS: u32 = 2048;
/// RSA keys under this many bits get a `WeakKey` error under every target.
pub const RSA_MIN_BITS: u32 = 1024;

/// The exact message the cloud API answers for a key that does not validate.
pub const KEY_MISMATCH_MESSAGE: &str =
    "The specified ServerCertificate and PrivateKey fail to validate.";

/// A point in time, in whole seconds since the Unix epoch (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixTime(i64);

impl UnixTime {
    /// The time `seconds` after the Unix epoch.
    pub const fn from_seconds(seconds: i64) -> Self {
        UnixTime(seconds)
    }

    /// Seconds since the Unix epoch.
    pub const fn seconds(self) -> i64 {
        self.0
    }

    /// The current time from the system clock.
    pub fn now() -> Self {
        let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        UnixTime(seconds)
    }

    /// Parse an RFC 3339 time such as `2026-01-01T00:00:00Z` or `2026-01-01T09:00:00+09:00`.
    ///
    /// # Errors
    /// A message saying what is wrong with the text.
    pub fn parse_rfc3339(text: &str) -> Result<Self, String> {
        OffsetDateTime::parse(text, &Rfc3339)
            .map(|t| UnixTime(t.unix_timestamp()))
            .map_err(|e| {
                format!("'{text}' is not an RFC 3339 time (e.g. 2026-01-01T00:00:00Z): {e}")
            })
    }
}

impl fmt::Display for UnixTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cert::format_time(self.0))
    }
}

/// What to check: certificate bytes (PEM or DER), and optionally the private key
/// and the password that opens it.
#[derive(Clone, Copy)]
pub struct CheckInput<'a> {
    /// The certificate input: PEM with one or more `CERTIFICATE` blocks (leaf first), or one DER certificate.
    pub cert: &'a [u8],
    /// The private key input, if any.
    pub key: Option<&'a [u8]>,
    /// The password for an encrypted key (the password file's first line, without the line end).
    pub password: Option<&'a [u8]>,
    /// The certificate and key files as the user named them, for hints (`key.pem` and
    /// `cert.pem` when not given).
    pub names: (Option<&'a str>, Option<&'a str>),
}

impl<'a> CheckInput<'a> {
    /// A certificate with no key.
    pub fn new(cert: &'a [u8]) -> Self {
        CheckInput {
            cert,
            key: None,
            password: None,
            names: (None, None),
        }
    }

    /// The same input with the names of the certificate and key files, which hints
    /// then use in their commands instead of `cert.pem` and `key.pem`.
    #[must_use]
    pub fn with_names(mut self, cert: Option<&'a str>, key: Option<&'a str>) -> Self {
        self.names = (cert, key);
        self
    }

    /// The same input with a private key.
    #[must_use]
    pub fn with_key(mut self, key: &'a [u8]) -> Self {
        self.key = Some(key);
        self
    }

    /// The same input with a password for the key.
    #[must_use]
    pub fn with_password(mut self, password: &'a [u8]) -> Self {
        self.password = Some(password);
        self
    }
}

impl fmt::Debug for CheckInput<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CheckInput")
            .field("cert_bytes", &self.cert.len())
            .field("key", &self.key.map(|_| "[secret key elided]"))
            .field("password", &self.password.map(|_| "[password elided]"))
            .finish()
    }
}

/// How to check: the time, whether an expired certificate is only a warning,
/// the target API's rules, and the input limits.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The check time (validity bounds are inclusive).
    pub at: UnixTime,
    /// `Expired`/`NotYetValid` are warnings instead of errors.
    pub allow_expired: bool,
    /// Whose rules apply.
    pub target: Target,
    /// Caps on untrusted input.
    pub limits: Limits,
    /// `--host`: names the leaf must serve; each one not covered is `HostNotCovered`.
    pub hosts: Vec<String>,
    /// `--warn-days`: `ExpiresSoon` when the leaf expires within this many days.
    pub warn_days: Option<u32>,
    /// `--roots`: extra trust anchors (DER certificates), a private CA's roots.
    pub roots: Vec<Vec<u8>>,
}

impl CheckOptions {
    /// Options for a check at `at` with the generic target and default limits.
    pub fn at(at: UnixTime) -> Self {
        CheckOptions {
            at,
            allow_expired: false,
            target: Target::Generic,
            limits: Limits::default(),
            hosts: Vec::new(),
            warn_days: None,
            roots: Vec::new(),
        }
    }

    /// The same options with the names the leaf must serve (`--host`).
    #[must_use]
    pub fn with_hosts(mut self, hosts: Vec<String>) -> Self {
        self.hosts = hosts;
        self
    }

    /// The same options with an `ExpiresSoon` warning `days` before notAfter.
    #[must_use]
    pub fn warning_days(mut self, days: Option<u32>) -> Self {
        self.warn_days = days;
        self
    }

    /// The same options with extra trust anchors (DER certificates; see [`read_roots`]).
    #[must_use]
    pub fn with_roots(mut self, roots: Vec<Vec<u8>>) -> Self {
        self.roots = roots;
        self
    }

    /// The same options with another target.
    #[must_use]
    pub fn with_target(mut self, target: Target) -> Self {
        self.target = target;
        self
    }

    /// The same options with `allow_expired` set.
    #[must_use]
    pub fn allowing_expired(mut self, allow: bool) -> Self {
        self.allow_expired = allow;
        self
    }

    /// The same options with other limits.
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

impl Default for CheckOptions {
    /// A check at the current time, generic target, default limits.
    fn default() -> Self {
        CheckOptions::at(UnixTime::now())
    }
}

/// "certificate 2 (CN=Example Intermediate CA)": how messages name a certificate.
pub(crate) fn describe_cert(position: usize, view: Option<&CertView<'_>>) -> String {
    match view {
        Some(v) => match v.common_name() {
            Some(cn) => format!("certificate {position} (CN={cn})"),
            None => format!("certificate {position} ({})", v.subject()),
        },
        None => format!("certificate {position}"),
    }
}

/// Check a certificate (chain) and optional private key: would the target API
/// accept them, and what would it report?
///
/// Every fault of the input is in the report (`Valid`, `Errors`, `Warnings`);
/// this function never fails and never panics.
pub fn check(input: &CheckInput<'_>, opts: &CheckOptions) -> Report {
    let mut findings = Vec::new();
    let mut report = Report::empty();

    // Input and certificates: a PKCS#12 file brings its own key.
    let mut pfx = pfx_input(input, opts, &mut findings);
    let pfx_key = pfx.as_mut().map(|p| p.key.take());
    let is_pfx = pfx.is_some();
    let certs = match &pfx {
        Some(p) => p.certs(),
        None => read_certs(input.cert, &opts.limits, &mut findings),
    };
    let views = parse_certs(&certs, &mut findings);
    let leaf = views.first().and_then(Option::as_ref);
    let leaf_key = leaf.map(CertView::public_key);
    if let Some(leaf) = leaf {
        fill_leaf(&mut report, leaf, &opts.limits);
        (report.key_algorithm, report.key_bits, report.curve) = leaf.key_fields();
        if let Some(public) = leaf_key {
            check_leaf_key(public, &mut findings);
        }
    }
    if !certs.is_empty() {
        report.chain_length = Some(certs.len());
    }

    let key = read_key(input, pfx_key, opts, &mut findings);
    let state = key.as_ref().and_then(|(_, _, s)| s.as_ref());
    report.key_encoding = match state {
        Some(state) => state.encoding().map(|e| e.as_str().to_owned()),
        None if is_pfx => Some(KeyEncoding::Pkcs12.as_str().to_owned()),
        None => None,
    };

    // Match: only against a certificate that was read.
    if let Some(state) = state
        && views.iter().any(Option::is_some)
    {
        match_key(&mut report, state, &views, &mut findings);
    }

    // Time, names, purpose.
    if let Some(leaf) = leaf {
        check_time(leaf, opts, &mut findings);
        check_usage(leaf, &mut findings);
    }
    if !opts.hosts.is_empty() {
        report.hosts = Some(check_hosts(
            &report,
            leaf.is_some(),
            &opts.hosts,
            &mut findings,
        ));
    }

    if !views.is_empty() {
        check_chain(&mut report, &certs, &views, opts, &mut findings);
    }

    // Target.
    if opts.target != Target::Generic {
        let key_bytes = key.as_ref().map(|(len, _, _)| *len).filter(|_| !is_pfx);
        let key_der = key
            .as_ref()
            .and_then(|(_, blob, _)| blob.as_ref())
            .map(|b| matches!(b, KeyBlob::Der(_)));
        let public = end_entity_key(&report, &views, leaf_key, state);
        TargetInput {
            certs: &certs,
            public,
            key_state: state,
            key_bytes,
            key_der: key_der.unwrap_or(false),
            pkcs12: is_pfx,
        }
        .check(opts.target, &mut findings);
    }

    name_files(&mut findings, input.names);
    report.set_findings(findings);
    report
}

/// The key input as read and opened: its length in bytes (0 for a PKCS#12 file's key),
/// the blob found in it (none in a PKCS#12 file), and what opening it gave.
type KeyRead = (usize, Option<KeyBlob>, Option<KeyState>);

/// The key: a PKCS#12 file's own (`pfx_key`), else the key input's, read and opened;
/// `None` when there is neither.
fn read_key(
    input: &CheckInput<'_>,
    pfx_key: Option<Option<KeyState>>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) -> Option<KeyRead> {
    match pfx_key {
        Some(state) => state.map(|state| (0, None, Some(state))),
        None => input.key.map(|bytes| {
            let blob = input::key_input(bytes, &opts.limits, findings);
            let state = blob
                .as_ref()
                .map(|b| key::open(b, input.password, &opts.limits, findings));
            (bytes.len(), blob, state)
        }),
    }
}

/// The chain: its findings, the report's `Chain` and `SuggestedOrder`, and the private
/// roots' say on `ChainIncomplete`.
fn check_chain(
    report: &mut Report,
    certs: &[CertDer<'_>],
    views: &[Option<CertView<'_>>],
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
    let analysis = chain::analyze(
        views,
        report.key_matches_certificate,
        opts.at.seconds(),
        findings,
    );
    report.chain = Some(chain_entries(
        certs,
        views,
        &analysis.signed_by_next,
        report,
    ));
    report.suggested_order = analysis.suggested_order;
    if !opts.roots.is_empty() {
        trust_private_roots(
            views,
            report.suggested_order.as_deref(),
            &opts.roots,
            findings,
        );
    }
}

/// The certificate input's certificates, no more than the chain limit.
fn read_certs<'a>(
    cert: &'a [u8],
    limits: &Limits,
    findings: &mut Vec<Finding>,
) -> Vec<CertDer<'a>> {
    let mut certs = input::cert_input(cert, limits, findings);
    if certs.len() > limits.chain_certificates {
        findings.push(Finding::error(
            Reason::InputTooLarge,
            format!(
                "the input holds {} certificates; the limit is {}: only the first {} were read",
                certs.len(),
                limits.chain_certificates,
                limits.chain_certificates
            ),
        ));
        certs.truncate(limits.chain_certificates);
    }
    certs
}

/// The key the target judges, the end entity's: the first of the issuing path,
/// else the certificate the key proves it belongs to, else the leaf (and the key's
/// own public half when no certificate could be read).
fn end_entity_key<'a>(
    report: &Report,
    views: &'a [Option<CertView<'_>>],
    leaf_key: Option<&'a PublicKey>,
    state: Option<&'a KeyState>,
) -> Option<&'a PublicKey> {
    let end_entity = report
        .suggested_order
        .as_ref()
        .and_then(|o| o.first().copied())
        .or(report.key_matches_certificate)
        .unwrap_or(1);
    let ee_key = views
        .get(end_entity - 1)
        .and_then(Option::as_ref)
        .map(CertView::public_key);
    ee_key.or(leaf_key).or(match state {
        Some(KeyState::Proven(k)) => Some(&k.public),
        _ => None,
    })
}

/// What a PKCS#12 certificate input gave: its certificates leaf first, then issuers in
/// issuing order, and its key (`None` when the file could not be opened or holds none).
pub(crate) struct PfxInput {
    /// Certificate DERs, leaf first.
    pub(crate) certs: Vec<Vec<u8>>,
    /// The bag's key, opened.
    pub(crate) key: Option<KeyState>,
}

impl PfxInput {
    /// The certificates as the rest of the check takes them (DER, no PEM line).
    pub(crate) fn certs(&self) -> Vec<CertDer<'_>> {
        self.certs
            .iter()
            .enumerate()
            .map(|(i, der)| CertDer {
                der: std::borrow::Cow::Borrowed(der.as_slice()),
                position: i + 1,
                line: None,
            })
            .collect()
    }
}

/// The DER of a PKCS#12 certificate input (DER, or the DER in a `PKCS12` PEM block),
/// or `None` when the input is not PKCS#12.
pub(crate) fn pkcs12_der<'a>(
    cert: &'a [u8],
    limits: &Limits,
) -> Option<std::borrow::Cow<'a, [u8]>> {
    if pkcs12::is_pfx(cert) {
        return Some(std::borrow::Cow::Borrowed(cert));
    }
    let der = input::pkcs12_pem(cert, limits)?;
    pkcs12::is_pfx(&der).then_some(std::borrow::Cow::Owned(der))
}

/// Whether `cert` is a PKCS#12 (PFX) file, DER or PEM-armored: then it brings its own
/// key, and `--key` must not be given.
pub fn is_pkcs12(cert: &[u8]) -> bool {
    pkcs12_der(cert, &Limits::default()).is_some()
}

/// Open a PKCS#12 certificate input; `None` when the input is not one.
pub(crate) fn pfx_input(
    input: &CheckInput<'_>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) -> Option<PfxInput> {
    if input.cert.len() > opts.limits.cert_bytes {
        return None; // cert_input reports InputTooLarge
    }
    let der = pkcs12_der(input.cert, &opts.limits)?;
    let contents = match pkcs12::open(&der, input.password, &opts.limits) {
        Ok(c) => c,
        Err(finding) => {
            findings.push(finding);
            return Some(PfxInput {
                certs: Vec::new(),
                key: None,
            });
        }
    };
    if contents.certs.is_empty() {
        findings.push(
            Finding::error(Reason::EmptyCertificate, "the PKCS#12 file holds no certificate")
                .with_hint("export the certificate with its key: `openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx`"),
        );
    }
    // A file with several keys is checked with its first (the contract names one key).
    let key = contents
        .key
        .as_ref()
        .map(|der| pkcs12::open_key(der, findings));
    let order = pfx_order(&contents.certs, key.as_ref());
    let mut slots: Vec<Option<Vec<u8>>> = contents.certs.into_iter().map(Some).collect();
    let certs = order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect();
    Some(PfxInput { certs, key })
}

/// A PFX's certificates in issuing order, leaf first: the leaf is the certificate whose
/// public key is the bag key's (the order found in the file is not an error).
pub(crate) fn pfx_order(certs: &[Vec<u8>], key: Option<&KeyState>) -> Vec<usize> {
    let views: Vec<Option<CertView<'_>>> = certs.iter().map(|d| CertView::parse(d).ok()).collect();
    let parts: Vec<_> = views
        .iter()
        .map(|v| {
            v.as_ref()
                .map(|v| (v.public_key(), v.raw_subject(), v.raw_issuer()))
        })
        .collect();
    let public = match key {
        Some(KeyState::Proven(k)) => Some(&k.public),
        _ => None,
    };
    pkcs12::issuing_order(&parts, public)
}

/// Hints name the user's files: `key.pem` and `cert.pem` (and the `FILE` placeholder)
/// become the paths given, quoted for a shell when they need it.
fn name_files(findings: &mut [Finding], (cert, key): (Option<&str>, Option<&str>)) {
    if cert.is_none() && key.is_none() {
        return;
    }
    let quoted = |name: &str| {
        if name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._/-+@:,".contains(&b))
        {
            name.to_owned()
        } else {
            format!("'{}'", name.replace('\'', "'\\''"))
        }
    };
    let cert = cert.filter(|c| *c != "-").map(quoted);
    let key = key.filter(|k| *k != "-").map(quoted);
    for f in findings {
        let Some(hint) = &mut f.hint else { continue };
        if let Some(key) = &key {
            *hint = hint.replace("-in key.pem", &format!("-in {key}"));
        }
        if let Some(cert) = &cert {
            *hint = hint
                .replace("-in FILE", &format!("-in {cert}"))
                .replace("-in cert.der", &format!("-in {cert}"))
                .replace("-in cert.pfx", &format!("-in {cert}"))
                .replace("--cert cert.pfx", &format!("--cert {cert}"));
        }
    }
}

/// `NotForServerAuth`: an extendedKeyUsage without serverAuth or anyExtendedKeyUsage.
fn check_usage(leaf: &CertView<'_>, findings: &mut Vec<Finding>) {
    let Some(purposes) = leaf.extended_key_usage() else {
        return;
    };
    if purposes
        .iter()
        .any(|p| *p == oid::SERVER_AUTH || *p == oid::ANY_EXTENDED_KEY_USAGE)
    {
        return;
    }
    let list: Vec<String> = purposes.iter().map(|p| names::key_purpose(p)).collect();
    findings.push(
        Finding::warning(
            Reason::NotForServerAuth,
            format!(
                "{} may be used for {} only, not serverAuth: the API takes it, but TLS clients will refuse it for a server",
                describe_cert(1, Some(leaf)),
                if list.is_empty() { "nothing".to_owned() } else { list.join(", ") }
            ),
        )
        .with_hint("request a TLS server certificate (extendedKeyUsage serverAuth) from your CA; this one looks like a client certificate"),
    );
}

/// `Hosts` and a `HostNotCovered` error for each name no subjectAltName entry covers.
fn check_hosts(
    report: &Report,
    have_leaf: bool,
    hosts: &[String],
    findings: &mut Vec<Finding>,
) -> Vec<HostEntry> {
    let empty = Vec::new();
    let dns = report.subject_alternative_names.as_ref().unwrap_or(&empty);
    let ips = report.ip_addresses.as_ref().unwrap_or(&empty);
    hosts
        .iter()
        .map(|name| {
            if !have_leaf {
                // Nothing to match against: no finding, as for the key.
                return HostEntry {
                    name: name.clone(),
                    covered: None,
                };
            }
            let host = Host::parse(name);
            let covered = host.covered_by(dns, ips);
            if !covered {
                let mut all: Vec<&str> = dns.iter().chain(ips).map(String::as_str).collect();
                let more = all.len().saturating_sub(8);
                all.truncate(8);
                let listed = match (all.is_empty(), more) {
                    (true, _) => "it has no subjectAltName (the commonName does not count)".to_owned(),
                    (false, 0) => format!("its subjectAltName holds {}", all.join(", ")),
                    (false, n) => format!("its subjectAltName holds {} and {n} more", all.join(", ")),
                };
                let what = match host {
                    Host::Invalid => format!("{name:?} is not a valid host name or IP address"),
                    _ => format!("the certificate does not cover {name}"),
                };
                findings.push(
                    Finding::error(Reason::HostNotCovered, format!("{what}: {listed}"))
                        .with_hint(format!("have the certificate reissued with {name} in its subjectAltName (the commonName does not count), or check the name you asked for")),
                );
            }
            HostEntry {
                name: name.clone(),
                covered: Some(covered),
            }
        })
        .collect()
}

/// `--roots`: drop `ChainIncomplete` when the last certificate of the issuing path was
/// issued by one of the given roots (its issuer is the root's subject and the root's key
/// verifies its signature).
fn trust_private_roots(
    views: &[Option<CertView<'_>>],
    order: Option<&[usize]>,
    roots: &[Vec<u8>],
    findings: &mut Vec<Finding>,
) {
    if !findings.iter().any(|f| f.reason == Reason::ChainIncomplete) {
        return;
    }
    let last = match order {
        Some(order) => order.last().copied(),
        None => Some(views.len()),
    };
    let Some(last) = last
        .and_then(|n| views.get(n.checked_sub(1)?))
        .and_then(Option::as_ref)
    else {
        return;
    };
    let anchored = roots.iter().any(|der| {
        CertView::parse(der)
            .is_ok_and(|root| root.raw_subject() == last.raw_issuer() && verifies(last, &root))
    });
    if anchored {
        findings.retain(|f| f.reason != Reason::ChainIncomplete);
    }
}

/// Whether `issuer`'s key verifies `cert`'s signature.
fn verifies(cert: &CertView<'_>, issuer: &CertView<'_>) -> bool {
    let (oid, params) = cert.signature_algorithm();
    signature::oid_to_dotted(oid).is_some_and(|dotted| {
        let alg = signature::sig_alg(&dotted, params);
        signature::verify(
            cert.tbs_der(),
            &alg,
            cert.signature_value(),
            issuer.spki_der(),
        ) == Ok(true)
    })
}

/// Read a `--roots` PEM bundle into DER certificates.
///
/// # Errors
/// The first error finding of the bundle (not PEM, a block that is not a certificate),
/// or `EmptyCertificate`.
pub fn read_roots(pem: &[u8], limits: &Limits) -> Result<Vec<Vec<u8>>, Finding> {
    let mut findings = Vec::new();
    let certs = input::cert_input(pem, limits, &mut findings);
    if let Some(f) = findings.into_iter().find(Finding::is_error) {
        return Err(f);
    }
    let roots: Vec<Vec<u8>> = certs
        .iter()
        .filter(|c| CertView::parse(&c.der).is_ok())
        .map(|c| c.der.to_vec())
        .collect();
    if roots.is_empty() {
        return Err(Finding::error(
            Reason::EmptyCertificate,
            "no certificate in the roots file",
        ));
    }
    Ok(roots)
}

/// Parse every certificate; one `MalformedCertificate` per certificate that does not parse.
fn parse_certs<'a>(
    certs: &'a [CertDer<'_>],
    findings: &mut Vec<Finding>,
) -> Vec<Option<CertView<'a>>> {
    certs
        .iter()
        .map(|c| match CertView::parse(&c.der) {
            Ok(view) => Some(view),
            Err(msg) => {
                let at = c.line.map(|l| format!(" (PEM block at line {l})")).unwrap_or_default();
                findings.push(
                    Finding::error(
                        Reason::MalformedCertificate,
                        format!("certificate {}{at} is not a valid X.509 certificate: {msg}", c.position),
                    )
                    .with_hint("re-download the certificate from your CA, or check it with `openssl x509 -in FILE -noout -text`"),
                );
                None
            }
        })
        .collect()
}

fn fill_leaf(report: &mut Report, leaf: &CertView<'_>, limits: &Limits) {
    let der = leaf.der();
    report.fingerprint = Some(Fingerprint::of(der).hex());
    report.fingerprint_sha256 = Some(FingerprintSha256::of(der).hex());
    report.common_name = leaf.common_name_string();
    let (dns, ips) = leaf.alt_names(limits.san_entries);
    report.subject_alternative_names = Some(dns);
    report.ip_addresses = Some(ips);
    let (start, end) = (leaf.not_before(), leaf.not_after());
    report.start_time = Some(cert::format_time(start));
    report.start_time_stamp = Some(start.saturating_mul(1000));
    report.expire_time = Some(cert::format_time(end));
    report.expire_time_stamp = Some(end.saturating_mul(1000));
    report.subject = Some(leaf.subject_string());
    report.issuer = Some(leaf.issuer_string());
    report.serial_number = Some(leaf.serial_hex());
    report.signature_algorithm = Some(names::signature_algorithm(leaf.signature_algorithm().0));
    report.extended_key_usage = leaf
        .extended_key_usage()
        .map(|purposes| purposes.iter().map(|p| names::key_purpose(p)).collect());
}

/// The leaf's own key: a kind certvet takes, and strong enough.
fn check_leaf_key(public: &PublicKey, findings: &mut Vec<Finding>) {
    match public {
        PublicKey::Unsupported(name) => findings.push(
            Finding::error(
                Reason::UnsupportedKeyAlgorithm,
                format!("certificate 1 has a {name} key; the API takes RSA, EC P-256/P-384/P-521 and Ed25519"),
            )
            .with_hint("issue the certificate for an RSA (2048 bits or more) or EC P-256 key"),
        ),
        PublicKey::Rsa { .. } => {
            let bits = public.bits().unwrap_or(0);
            if bits < RSA_MIN_BITS {
                findings.push(
                    Finding::error(
                        Reason::WeakKey,
                        format!("certificate 1 has an RSA-{bits} key; every target refuses RSA keys under {RSA_MIN_BITS} bits"),
                    )
                    .with_hint("generate a new RSA-2048 (or larger) key and have the certificate reissued"),
                );
            } else if bits < RSA_WEAK_BITS {
                findings.push(
                    Finding::warning(
                        Reason::WeakKey,
                        format!("certificate 1 has an RSA-{bits} key; keys under {RSA_WEAK_BITS} bits are considered weak"),
                    )
                    .with_hint("reissue the certificate with an RSA-2048 (or larger) or EC P-256 key"),
                );
            }
        }
        PublicKey::Ec { .. } | PublicKey::Ed25519(_) => {}
    }
}

/// Does the key prove it belongs to the leaf? If not, to which certificate?
fn match_key(
    report: &mut Report,
    state: &KeyState,
    views: &[Option<CertView<'_>>],
    findings: &mut Vec<Finding>,
) {
    let position_of = |public: &PublicKey| {
        views
            .iter()
            .position(|v| v.as_ref().is_some_and(|v| v.public_key() == public))
            .map(|i| i + 1)
    };
    match state {
        KeyState::Unopened { .. } => {}
        KeyState::Inconsistent { .. } => report.key_matches = Some(false),
        KeyState::PublicOnly { public } => {
            report.key_matches = Some(false);
            let hint = match position_of(public) {
                Some(n) => format!(
                    "the key file holds only the public key of {}, not a private key: give the private key (-----BEGIN PRIVATE KEY-----) that was generated with the certificate request",
                    describe_cert(n, views.get(n - 1).and_then(Option::as_ref))
                ),
                None => "the key file holds only a public key, not a private key: give the private key (-----BEGIN PRIVATE KEY-----) that was generated with the certificate request".to_owned(),
            };
            findings
                .push(Finding::error(Reason::KeyMismatch, KEY_MISMATCH_MESSAGE).with_hint(hint));
        }
        KeyState::Proven(k) => match position_of(&k.public) {
            Some(1) => {
                report.key_matches = Some(true);
                report.key_matches_certificate = Some(1);
            }
            Some(n) => {
                report.key_matches = Some(false);
                report.key_matches_certificate = Some(n);
                let who = describe_cert(n, views.get(n - 1).and_then(Option::as_ref));
                findings.push(
                    Finding::error(Reason::KeyMismatch, KEY_MISMATCH_MESSAGE).with_hint(format!(
                        "the key belongs to {who}, not the leaf: put the leaf first"
                    )),
                );
            }
            None => {
                report.key_matches = Some(false);
                let leaf = views.first().and_then(Option::as_ref);
                let hint = match leaf.map(CertView::public_key) {
                    Some(cert_key)
                        if cert_key.algorithm() != k.public.algorithm()
                            || cert_key.bits() != k.public.bits() =>
                    {
                        format!(
                            "the private key is {} but certificate 1 has an {} key: find the private key that was generated with this certificate's request",
                            k.public.describe(),
                            cert_key.describe()
                        )
                    }
                    Some(_) => format!(
                        "the private key ({}) belongs to none of the {} certificate(s) in the input: find the private key that was generated with this certificate's request",
                        k.public.describe(),
                        views.len()
                    ),
                    None => "no certificate could be read to match the key against".to_owned(),
                };
                findings.push(
                    Finding::error(Reason::KeyMismatch, KEY_MISMATCH_MESSAGE).with_hint(hint),
                );
            }
        },
    }
}

fn check_time(leaf: &CertView<'_>, opts: &CheckOptions, findings: &mut Vec<Finding>) {
    let at = opts.at.seconds();
    let severity = if opts.allow_expired {
        Severity::Warning
    } else {
        Severity::Error
    };
    // Named only for a finding: most checks fall in the validity period.
    let who = || describe_cert(1, Some(leaf));
    let (start, end) = (leaf.not_before(), leaf.not_after());
    // Two separate comparisons (contract v1.1): a certificate whose notBefore is after
    // its notAfter, checked between the two, is both expired and not yet valid.
    if at > end {
        findings.push(
            Finding {
                reason: Reason::Expired,
                severity,
                message: format!(
                    "{} expired at {} (the check time is {})",
                    who(),
                    cert::format_time(end),
                    opts.at
                ),
                hint: None,
            }
            .with_hint("renew the certificate with your CA and upload the new one"),
        );
    }
    if at < start {
        findings.push(
            Finding {
                reason: Reason::NotYetValid,
                severity,
                message: format!(
                    "{} is not valid before {} (the check time is {})",
                    who(),
                    cert::format_time(start),
                    opts.at
                ),
                hint: None,
            }
            .with_hint("wait until the certificate's start time, or check the clock of the machine that issued it"),
        );
    }
    let soon = (start..=end).contains(&at)
        && opts
            .warn_days
            .is_some_and(|days| end.saturating_sub(at) < i64::from(days).saturating_mul(86_400));
    if soon {
        let days = opts.warn_days.unwrap_or(0);
        let left = end.saturating_sub(at) / 86_400;
        findings.push(
            Finding::warning(
                Reason::ExpiresSoon,
                format!(
                    "{} expires at {} ({left} day{} after the check time, within --warn-days {days})",
                    who(),
                    cert::format_time(end),
                    if left == 1 { "" } else { "s" }
                ),
            )
            .with_hint("renew the certificate with your CA before it expires"),
        );
    }
}

/// One entry per input certificate. The leaf's fields, already in `report`
/// when the leaf parsed, are copied, not computed (or hashed) again.
fn chain_entries(
    certs: &[CertDer<'_>],
    views: &[Option<CertView<'_>>],
    signed_by_next: &[Option<bool>],
    report: &Report,
) -> Vec<ChainEntry> {
    certs
        .iter()
        .zip(views)
        .enumerate()
        .map(|(i, (c, v))| {
            let signed_by_next = signed_by_next.get(i).copied().flatten();
            match (i, v, &report.fingerprint) {
                (0, Some(_), Some(fingerprint)) => ChainEntry {
                    index: 1,
                    subject: report.subject.clone(),
                    issuer: report.issuer.clone(),
                    common_name: report.common_name.clone(),
                    expire_time: report.expire_time.clone(),
                    fingerprint: fingerprint.clone(),
                    signed_by_next,
                },
                _ => ChainEntry {
                    index: i + 1,
                    subject: v.as_ref().map(CertView::subject_string),
                    issuer: v.as_ref().map(CertView::issuer_string),
                    common_name: v.as_ref().and_then(CertView::common_name_string),
                    expire_time: v.as_ref().map(|v| cert::format_time(v.not_after())),
                    fingerprint: Fingerprint::of(&c.der).hex(),
                    signed_by_next,
                },
            }
        })
        .collect()
}

/// The SHA-1 and SHA-256 fingerprints of the input's first certificate, as
/// `certvet fingerprint` prints them.
///
/// # Errors
/// The first finding that stops the leaf from being read (empty input,
/// malformed PEM or DER, input too large).
pub fn fingerprints(
    input: &[u8],
    limits: &Limits,
) -> Result<(Fingerprint, FingerprintSha256), Finding> {
    let mut findings = Vec::new();
    let certs = input::cert_input(input, limits, &mut findings);
    let first_error = |findings: &mut Vec<Finding>| {
        findings
            .iter()
            .position(Finding::is_error)
            .map(|i| findings.swap_remove(i))
            .unwrap_or_else(|| {
                Finding::error(Reason::EmptyCertificate, "no certificate in the input")
            })
    };
    let Some(leaf) = certs.first() else {
        return Err(first_error(&mut findings));
    };
    match CertView::parse(&leaf.der) {
        Ok(view) => Ok((
            Fingerprint::of(view.der()),
            FingerprintSha256::of(view.der()),
        )),
        Err(msg) => Err(Finding::error(
            Reason::MalformedCertificate,
            format!("certificate 1 is not a valid X.509 certificate: {msg}"),
        )),
    }
}
