//! The chain of the certificate input (RFC 5280 §6 path building, offline, without a trust
//! store): does each certificate's signature verify with the next one's key (`SignedByNext`),
//! which input certificates form the issuing path from the end-entity certificate
//! (`SuggestedOrder`), and the contract's chain reasons: `ChainOrder`,
//! `ChainSignatureInvalid` (errors), `ChainMemberExpired`, `ChainIncomplete`, `WeakSignature`
//! (warnings).
//!
//! Names are compared as RFC 5280 §7.1 asks, the way OpenSSL does: byte-equal DER, or equal
//! after converting string values to UTF-8, folding ASCII case and collapsing whitespace.
//! The only trust anchors consulted are Mozilla's roots from `webpki-roots`, and only to
//! tell whether the last certificate's issuer is one clients already have.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::crypto;
use crate::der;
use crate::error::{Finding, Reason};
use crate::signature::{self, SigAlg};
use crate::x509::name;
use crate::x509::{self, CertView};

/// What the chain analysis found, besides the findings it pushed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ChainAnalysis {
    /// One per input certificate, in input order: whether its signature verifies with the
    /// next certificate's key (false when that key does not decode; names and key
    /// identifiers do not enter into it). `None` for the last certificate, next to a
    /// certificate that did not parse, and where the signature algorithm or the next key is
    /// one certvet does not verify (each such pair also gets `SignatureNotChecked`).
    pub(crate) signed_by_next: Vec<Option<bool>>,
    /// 1-based positions in issuing order, leaf first, without duplicates and certificates
    /// off the issuing path; `Some` only when `ChainOrder` was found.
    pub(crate) suggested_order: Option<Vec<usize>>,
}

/// Analyse the chain of the certificate input.
///
/// `certs`: every input certificate in input order (position = index + 1), `None` where
/// one did not parse. `key_cert`: 1-based position of the certificate the private key
/// belongs to, if known. `at`: the check time in Unix seconds.
///
/// Pushes, in this order, `ChainOrder` and `ChainSignatureInvalid` (errors), then
/// `ChainMemberExpired`, `ChainIncomplete`, `WeakSignature` and `SignatureNotChecked`
/// (warnings). Work is quadratic
/// in the number of certificates at most (the caller caps it with `Limits`).
pub(crate) fn analyze(
    certs: &[Option<CertView<'_>>],
    key_cert: Option<usize>,
    at: i64,
    findings: &mut Vec<Finding>,
) -> ChainAnalysis {
    let mut chain = Chain::new(certs);
    let n = certs.len();

    // SignedByNext, and ChainSignatureInvalid for adjacent pairs.
    let mut signed_by_next = vec![None; n];
    let mut broken: Vec<(usize, usize)> = Vec::new();
    let mut not_checked: Vec<(usize, String)> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        let verdict = chain.signed_by(i, i + 1);
        if let Some(slot) = signed_by_next.get_mut(i) {
            *slot = verdict.as_ref().and_then(|v| v.as_ref().ok().copied());
        }
        if let Some(Err(why)) = verdict {
            not_checked.push((i, why));
        }
        // A self-signed certificate names itself, whatever follows it.
        if chain.names_issuer(i, i + 1) && chain.sig(i, i + 1) == Ok(false) && !chain.self_signed(i)
        {
            broken.push((i, i + 1));
        }
    }

    let Some(ee) = chain.end_entity(key_cert) else {
        chain.not_checked_findings(&not_checked, findings);
        return ChainAnalysis {
            signed_by_next,
            suggested_order: None,
        };
    };
    let (path, ends_at_root) = chain.issuing_path(ee);
    for pair in path.windows(2) {
        if let [child, issuer] = *pair
            && chain.sig(child, issuer) == Ok(false)
            && !broken.contains(&(child, issuer))
        {
            broken.push((child, issuer));
        }
    }

    let suggested_order = chain.order_findings(&path, findings);
    for (child, issuer) in broken {
        findings.push(chain.signature_invalid(child, issuer));
    }
    chain.expired_findings(at, findings);
    if !ends_at_root
        && let Some(&last) = path.last()
        && let Some(f) = chain.incomplete_finding(last)
    {
        findings.push(f);
    }
    chain.weak_signature_findings(findings);
    chain.not_checked_findings(&not_checked, findings);

    ChainAnalysis {
        signed_by_next,
        suggested_order,
    }
}

/// One parsed input certificate and what the analysis keeps about it.
struct Member<'c, 'a> {
    cert: &'c CertView<'a>,
    subject: NameKey<'a>,
    issuer: NameKey<'a>,
    alg: SigAlg,
    /// Index of an earlier certificate with the same DER.
    duplicate_of: Option<usize>,
}

/// The certificates, with signature results computed once per (child, issuer) pair.
struct Chain<'c, 'a> {
    members: Vec<Option<Member<'c, 'a>>>,
    /// Signature results by (child, issuer), filled on first use.
    sigs: HashMap<(usize, usize), Result<bool, String>>,
}

impl<'c, 'a> Chain<'c, 'a> {
    fn new(certs: &'c [Option<CertView<'a>>]) -> Self {
        let mut members: Vec<Option<Member<'c, 'a>>> = Vec::with_capacity(certs.len());
        for (i, cert) in certs.iter().enumerate() {
            let member = cert.as_ref().map(|cert| {
                let duplicate_of = certs
                    .iter()
                    .take(i)
                    .position(|earlier| earlier.as_ref().is_some_and(|e| e.der() == cert.der()));
                Member {
                    cert,
                    subject: NameKey::new(cert.raw_subject()),
                    issuer: NameKey::new(cert.raw_issuer()),
                    alg: cert_sig_alg(cert),
                    duplicate_of,
                }
            });
            members.push(member);
        }
        Chain {
            members,
            sigs: HashMap::new(),
        }
    }

    fn member(&self, i: usize) -> Option<&Member<'c, 'a>> {
        self.members.get(i).and_then(Option::as_ref)
    }

    /// Parsed and not a duplicate of an earlier certificate.
    fn distinct(&self, i: usize) -> bool {
        self.member(i).is_some_and(|m| m.duplicate_of.is_none())
    }

    /// Certificate `child`'s issuer name is certificate `issuer`'s subject name.
    fn names_issuer(&self, child: usize, issuer: usize) -> bool {
        match (self.member(child), self.member(issuer)) {
            (Some(c), Some(i)) => c.issuer.matches(&i.subject),
            _ => false,
        }
    }

    /// Whether `child`'s authority key identifier equals `issuer`'s subject key identifier;
    /// `None` unless both are present.
    fn key_ids_agree(&self, child: usize, issuer: usize) -> Option<bool> {
        let c = self.member(child)?;
        let i = self.member(issuer)?;
        match (c.cert.authority_key_id(), i.cert.subject_key_id()) {
            (Some(aki), Some(ski)) => Some(aki == ski),
            _ => None,
        }
    }

    /// Whether `child`'s signature verifies with `issuer`'s key (memoised).
    fn sig(&mut self, child: usize, issuer: usize) -> Result<bool, String> {
        if let Some(done) = self.sigs.get(&(child, issuer)) {
            return done.clone();
        }
        let result = match (self.member(child), self.member(issuer)) {
            (Some(c), Some(i)) => {
                let verify = || {
                    signature::verify(
                        c.cert.tbs_der(),
                        &c.alg,
                        c.cert.signature_value(),
                        i.cert.spki_der(),
                    )
                };
                if child == issuer {
                    own_signature(c.cert.der(), verify)
                } else {
                    verify()
                }
            }
            _ => Err("a certificate that did not parse".to_owned()),
        };
        self.sigs.insert((child, issuer), result.clone());
        result
    }

    /// `SignedByNext` for `child` followed by `issuer`: exactly whether the signature
    /// verifies with the next key (contract v1.1). Neither the names nor the key
    /// identifiers decide it: a signature that verifies is `true` whatever they say. `Err`
    /// (why) where certvet cannot check; `None` next to a certificate that did not parse.
    fn signed_by(&mut self, child: usize, issuer: usize) -> Option<Result<bool, String>> {
        self.member(child)?;
        self.member(issuer)?;
        Some(self.sig(child, issuer))
    }

    /// `SignatureNotChecked` for each adjacent pair whose signature certvet cannot check
    /// (the `SignedByNext` nulls that are not the last).
    fn not_checked_findings(&self, pairs: &[(usize, String)], findings: &mut Vec<Finding>) {
        for (child, why) in pairs {
            findings.push(
                Finding::warning(
                    Reason::SignatureNotChecked,
                    format!(
                        "the signature of {} was not checked with the key of {}: {why}",
                        self.label(*child),
                        self.label(child + 1)
                    ),
                )
                .with_hint(
                    "certvet verifies RSA (PKCS #1 v1.5, PSS), ECDSA on P-256, P-384 and P-521, \
                     and Ed25519; check this link with another tool (openssl verify)",
                ),
            );
        }
    }

    /// Self-issued (issuer name = subject name) and its signature not shown wrong with its
    /// own key: a root, as far as the chain is concerned.
    fn self_signed(&mut self, i: usize) -> bool {
        self.names_issuer(i, i) && self.sig(i, i) != Ok(false)
    }

    /// The end-entity certificate: the one the key belongs to unless it issued another input
    /// certificate (a key given for the intermediate or the root), else the first that is
    /// not a CA and issued no other input certificate (an old v1 root has no CA flag), else
    /// the first that issued none, else the first that parsed.
    fn end_entity(&mut self, key_cert: Option<usize>) -> Option<usize> {
        let n = self.members.len();
        let by_key = key_cert
            .and_then(|pos| pos.checked_sub(1))
            .and_then(|i| self.member(i).map(|m| m.duplicate_of.unwrap_or(i)));
        if let Some(k) = by_key
            && !self.issues_another(k)
        {
            return Some(k);
        }
        (0..n)
            .find(|&i| self.distinct(i) && !self.is_ca(i) && !self.issues_another(i))
            .or_else(|| (0..n).find(|&i| self.distinct(i) && !self.issues_another(i)))
            .or_else(|| (0..n).find(|&i| self.distinct(i)))
    }

    /// Some other input certificate names `k` as its issuer, and its signature does not
    /// contradict that.
    fn issues_another(&mut self, k: usize) -> bool {
        (0..self.members.len()).any(|j| {
            j != k && self.distinct(j) && self.names_issuer(j, k) && self.sig(j, k) != Ok(false)
        })
    }

    fn is_ca(&self, i: usize) -> bool {
        self.member(i).is_some_and(|m| m.cert.is_ca())
    }

    /// The issuing path from `ee` through the input certificates (indices), and whether it
    /// ends at a self-signed certificate.
    ///
    /// Each step takes an input certificate whose subject is the current issuer name,
    /// preferring one whose signature verifies, then one whose key identifier agrees, then
    /// the certificate right after the current one in the input, then the earliest.
    fn issuing_path(&mut self, ee: usize) -> (Vec<usize>, bool) {
        let n = self.members.len();
        let mut path = vec![ee];
        let mut on_path = vec![false; n];
        if let Some(flag) = on_path.get_mut(ee) {
            *flag = true;
        }
        loop {
            let Some(&current) = path.last() else {
                return (path, false);
            };
            let self_issued = self.names_issuer(current, current);
            if self_issued && self.sig(current, current) != Ok(false) {
                return (path, true);
            }
            let mut best: Option<((u8, u8, bool, usize), usize)> = None;
            for j in 0..n {
                if on_path.get(j).copied().unwrap_or(true)
                    || !self.distinct(j)
                    || !self.names_issuer(current, j)
                {
                    continue;
                }
                let sig_rank = match self.sig(current, j) {
                    Ok(true) => 0,
                    Err(_) => 1,
                    Ok(false) => 2,
                };
                let id_rank = match self.key_ids_agree(current, j) {
                    Some(true) => 0,
                    None => 1,
                    Some(false) => 2,
                };
                let rank = (sig_rank, id_rank, j != current + 1, j);
                if best.as_ref().is_none_or(|(b, _)| rank < *b) {
                    best = Some((rank, j));
                }
            }
            match best {
                // A self-issued certificate whose own signature fails, and no other issuer
                // that verifies: the end of the path, taken as a (damaged) root.
                Some(((2, _, _, _), _)) | None if self_issued => return (path, true),
                None => return (path, false),
                Some((_, j)) => {
                    path.push(j);
                    if let Some(flag) = on_path.get_mut(j) {
                        *flag = true;
                    }
                }
            }
        }
    }

    /// `ChainOrder` findings; the suggested order when there are any.
    fn order_findings(&self, path: &[usize], findings: &mut Vec<Finding>) -> Option<Vec<usize>> {
        let start = findings.len();
        findings.extend(self.path_order_finding(path));
        self.off_path_findings(path, findings);
        (findings.len() > start).then(|| path.iter().map(|i| i + 1).collect())
    }

    /// The `ChainOrder` finding for an issuing path out of order (reversed, the leaf
    /// not first, or an issuer before its child), if it is.
    fn path_order_finding(&self, path: &[usize]) -> Option<Finding> {
        let &ee = path.first()?;
        let increasing = path.windows(2).all(|w| matches!(w, [a, b] if a < b));
        let decreasing = path.windows(2).all(|w| matches!(w, [a, b] if a > b));
        // The hint is made only for a finding: a chain in order needs none.
        let hint = || {
            format!(
                "put the leaf first, then each issuer: certificates {} in that order \
                 (certvet fix writes it)",
                order_text(path)
            )
        };
        let first_parsed = (0..self.members.len()).find(|&i| self.member(i).is_some());
        let message = if path.len() >= 3 && decreasing {
            format!(
                "the bundle is in reverse order: {} is the end-entity certificate \
                 but comes after its issuers",
                self.label(ee)
            )
        } else if first_parsed != Some(ee) {
            format!(
                "{} is the end-entity certificate but is not first",
                self.label(ee)
            )
        } else if !increasing {
            let (child, issuer) = path.windows(2).find_map(|w| match *w {
                [a, b] if b < a => Some((a, b)),
                _ => None,
            })?;
            format!(
                "{} issued {} but comes before it",
                self.label(issuer),
                self.label(child)
            )
        } else {
            return None;
        };
        Some(Finding::error(Reason::ChainOrder, message).with_hint(hint()))
    }

    /// `ChainOrder` findings for members off the issuing path: duplicates, and
    /// certificates the leaf's path does not use.
    fn off_path_findings(&self, path: &[usize], findings: &mut Vec<Finding>) {
        for (i, m) in self.members.iter().enumerate() {
            let Some(m) = m else { continue };
            if let Some(original) = m.duplicate_of {
                findings.push(
                    Finding::error(
                        Reason::ChainOrder,
                        format!(
                            "{} is a duplicate of certificate {}",
                            self.label(i),
                            original + 1
                        ),
                    )
                    .with_hint(format!(
                        "remove the duplicate: certificates {} in that order",
                        order_text(path)
                    )),
                );
            } else if !path.contains(&i) {
                let leaf = path.first().map_or_else(String::new, |&ee| self.label(ee));
                findings.push(
                    Finding::error(
                        Reason::ChainOrder,
                        format!(
                            "{} is not on the issuing path of the leaf, {leaf}: remove it",
                            self.label(i)
                        ),
                    )
                    .with_hint(format!(
                        "the issuing path is certificates {} and does not use this \
                         certificate",
                        order_text(path)
                    )),
                );
            }
        }
    }

    /// `ChainSignatureInvalid` for a certificate that names another as its issuer.
    fn signature_invalid(&self, child: usize, issuer: usize) -> Finding {
        let mut hint = if self.names_issuer(issuer, issuer) {
            "the root is not the one that issued this certificate: leave the root out, or \
             download the matching one from your CA"
                .to_owned()
        } else {
            "the intermediate is not the one that issued this certificate: download the \
             matching intermediate from your CA"
                .to_owned()
        };
        if self.key_ids_agree(child, issuer) == Some(false) {
            hint.push_str(
                " (its subject key identifier is not the authority key identifier the \
                 certificate names)",
            );
        }
        Finding::error(
            Reason::ChainSignatureInvalid,
            format!(
                "{} names {} as its issuer, but its signature does not verify with that \
                 certificate's key",
                self.label(child),
                self.label(issuer)
            ),
        )
        .with_hint(hint)
    }

    /// `ChainMemberExpired` for every certificate but the first outside its validity.
    fn expired_findings(&self, at: i64, findings: &mut Vec<Finding>) {
        for (i, m) in self.members.iter().enumerate().skip(1) {
            let Some(m) = m else { continue };
            if m.duplicate_of.is_some() {
                continue;
            }
            let (not_before, not_after) = (m.cert.not_before(), m.cert.not_after());
            let message = if at > not_after {
                format!(
                    "{} expired on {}",
                    self.label(i),
                    x509::format_time(not_after)
                )
            } else if at < not_before {
                format!(
                    "{} is not valid before {}",
                    self.label(i),
                    x509::format_time(not_before)
                )
            } else {
                continue;
            };
            findings.push(
                Finding::warning(Reason::ChainMemberExpired, message).with_hint(
                    "remove it if it is an old root or cross-signed certificate (clients build \
                     the chain without it); if it issued your certificate, download the current \
                     intermediate from your CA",
                ),
            );
        }
    }

    /// `ChainIncomplete` when `last` is issued by neither an input certificate nor a Mozilla
    /// root.
    fn incomplete_finding(&self, last: usize) -> Option<Finding> {
        let n = self.members.len();
        if (0..n).any(|j| j != last && self.names_issuer(last, j)) {
            return None;
        }
        let m = self.member(last)?;
        let (tbs, sig, alg) = (m.cert.tbs_der(), m.cert.signature_value(), m.alg.clone());
        let issuer_dn = m.cert.issuer();
        let named: Vec<_> = mozilla_roots_named(&m.issuer).collect();
        if named.is_empty() {
            return Some(
                Finding::warning(
                    Reason::ChainIncomplete,
                    format!(
                        "{}, the last in issuing order, is issued by {issuer_dn}, which is \
                         neither in the input nor one of Mozilla's root certificates: clients \
                         may not build the chain",
                        self.label(last)
                    ),
                )
                .with_hint("append the intermediate certificate(s) your CA provides"),
            );
        }
        let verifies = named.iter().any(|spki| {
            let spki = der::sequence(spki);
            signature::verify(tbs, &alg, sig, &spki) != Ok(false)
        });
        (!verifies).then(|| {
            Finding::warning(
                Reason::ChainIncomplete,
                format!(
                    "{}, the last in issuing order, names the Mozilla root {issuer_dn} as its \
                     issuer, but its signature does not verify with that root's key: clients \
                     may not build the chain",
                    self.label(last)
                ),
            )
            .with_hint("append the intermediate certificate(s) your CA provides")
        })
    }

    /// `WeakSignature` for every certificate but a self-signed root signed with a broken hash.
    fn weak_signature_findings(&mut self, findings: &mut Vec<Finding>) {
        for i in 0..self.members.len() {
            let Some(m) = self.member(i) else { continue };
            if m.duplicate_of.is_some() {
                continue;
            }
            if !signature::is_weak(&m.alg) {
                continue;
            }
            let weak = signature::weak_hash(&m.alg).unwrap_or("a broken hash");
            let alg = m.alg.to_string();
            if self.self_signed(i) {
                continue;
            }
            findings.push(
                Finding::warning(
                    Reason::WeakSignature,
                    format!(
                        "{} is signed with {weak} ({alg}): browsers and many clients reject it",
                        self.label(i)
                    ),
                )
                .with_hint("have the CA reissue the certificate with a SHA-256 signature"),
            );
        }
    }

    /// "certificate N (CN=...)", or the subject DN when there is no CN.
    fn label(&self, i: usize) -> String {
        let (cn, name) = match self.member(i) {
            Some(m) => match m.cert.common_name() {
                Some(cn) => ("CN=", cn),
                None => match m.cert.subject() {
                    "" => ("", "empty subject"),
                    dn => ("", dn),
                },
            },
            None => ("", "not parsed"),
        };
        // One allocation of the exact size: a label is made for most checks
        // (ChainIncomplete names the leaf), and `format!` would guess short and grow.
        let mut n = itoa::Buffer::new();
        ["certificate ", n.format(i + 1), " (", cn, name, ")"].concat()
    }
}

/// How many certificates' checks of their own signature [`own_signature`] keeps.
const OWN_SIGNATURES_KEPT: usize = 256;

/// [`own_signature`]'s results by the SHA-256 of the certificate's DER.
type OwnSignatures = HashMap<[u8; 32], Result<bool, String>>;

/// Whether a certificate's signature verifies with its own key, by `verify`, remembered for
/// the process by the SHA-256 of the certificate's DER (the result depends on those bytes
/// alone). A root sent with every request of a batch or server is then verified once,
/// while the report stays what the verification says: a name or key identifier match
/// cannot tell a root from a self-issued certificate whose signature is wrong. At most
/// [`OWN_SIGNATURES_KEPT`] are kept; a full cache starts over.
fn own_signature(
    der: &[u8],
    verify: impl FnOnce() -> Result<bool, String>,
) -> Result<bool, String> {
    static KEPT: OnceLock<Mutex<OwnSignatures>> = OnceLock::new();
    let kept = KEPT.get_or_init(Mutex::default);
    let id = crypto::sha256(der);
    if let Some(known) = kept.lock().ok().and_then(|k| k.get(&id).cloned()) {
        return known;
    }
    let result = verify();
    if let Ok(mut k) = kept.lock() {
        if k.len() >= OWN_SIGNATURES_KEPT {
            k.clear();
        }
        k.insert(id, result.clone());
    }
    result
}

/// The certificate's signature algorithm (the one place that reads it from `CertView`).
fn cert_sig_alg(cert: &CertView<'_>) -> SigAlg {
    let (oid, params) = cert.signature_algorithm();
    match signature::oid_to_dotted(oid) {
        Some(dotted) => signature::sig_alg(&dotted, params),
        None => SigAlg::Unsupported("an undecodable signature algorithm OID".to_owned()),
    }
}

/// The SubjectPublicKeyInfo contents of every Mozilla root whose subject matches `key`.
/// `webpki-roots` stores subject and SubjectPublicKeyInfo without their outer SEQUENCE
/// header.
fn mozilla_roots_named<'k>(key: &'k NameKey<'_>) -> impl Iterator<Item = &'static [u8]> + 'k {
    let roots = mozilla_roots();
    // The key's canonical form if a comparison made it already; else, for a name
    // byte-equal to a root's, that root's (made once per process); else made here.
    let canonical = match key.canonical.get() {
        Some(made) => made.as_ref(),
        None => match roots.by_raw.get(key.raw) {
            Some(&i) => roots.canonical.get(i).and_then(Option::as_ref),
            None => key.canonical(),
        },
    };
    let hits = match canonical {
        Some(canonical) => roots.by_canonical.get(canonical.as_slice()),
        None => None,
    };
    // An undecodable name can still be byte-equal to a root's.
    let raw_only = canonical.is_none().then(move || {
        roots
            .raw
            .iter()
            .zip(&roots.spkis)
            .filter(move |(raw, _)| **raw == key.raw)
            .map(|(_, spki)| *spki)
    });
    hits.into_iter()
        .flatten()
        .filter_map(|&i| roots.spkis.get(i).copied())
        .chain(raw_only.into_iter().flatten())
}

/// Mozilla's roots (webpki-roots), their names canonicalised and indexed once per process
/// (not once per check).
struct MozillaRoots {
    /// Each root's subject, DER contents.
    raw: Vec<&'static [u8]>,
    /// Each root's subject, canonical (`None` if it did not decode).
    canonical: Vec<Option<Vec<u8>>>,
    spkis: Vec<&'static [u8]>,
    /// Index of a root by its subject's DER contents (the first of equals).
    by_raw: HashMap<&'static [u8], usize>,
    /// Indices of the roots by the canonical form of their subject.
    by_canonical: HashMap<Vec<u8>, Vec<usize>>,
}

fn mozilla_roots() -> &'static MozillaRoots {
    static ROOTS: OnceLock<MozillaRoots> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let raw: Vec<&'static [u8]> = webpki_roots::TLS_SERVER_ROOTS
            .iter()
            .map(|root| NameKey::new(root.subject.as_ref()).raw)
            .collect();
        let canonical: Vec<Option<Vec<u8>>> = raw.iter().map(|r| name::canonical(r)).collect();
        let spkis = webpki_roots::TLS_SERVER_ROOTS
            .iter()
            .map(|root| root.subject_public_key_info.as_ref())
            .collect();
        let mut by_raw = HashMap::new();
        let mut by_canonical: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for (i, (raw, canonical)) in raw.iter().zip(&canonical).enumerate() {
            by_raw.entry(*raw).or_insert(i);
            if let Some(canonical) = canonical {
                by_canonical.entry(canonical.clone()).or_default().push(i);
            }
        }
        MozillaRoots {
            raw,
            canonical,
            spkis,
            by_raw,
            by_canonical,
        }
    })
}

/// A Name for comparison: its DER contents (RDNSequence without the outer header) and, when
/// it decodes, its canonical form.
struct NameKey<'a> {
    raw: &'a [u8],
    /// The canonical form, computed on the first comparison that needs it.
    canonical: OnceCell<Option<Vec<u8>>>,
}

impl<'a> NameKey<'a> {
    /// From the DER of a Name, with or without its outer SEQUENCE header.
    fn new(der: &'a [u8]) -> Self {
        let raw = match der::read(der) {
            Ok((seq, [])) if seq.tag == der::SEQUENCE => seq.content,
            _ => der,
        };
        NameKey {
            raw,
            canonical: OnceCell::new(),
        }
    }

    /// The canonical form; `None` when the name does not decode.
    fn canonical(&self) -> Option<&Vec<u8>> {
        self.canonical
            .get_or_init(|| name::canonical(self.raw))
            .as_ref()
    }

    /// RFC 5280 §7.1: byte-equal, or equal in canonical form.
    fn matches(&self, other: &NameKey<'_>) -> bool {
        self.raw == other.raw
            || matches!((self.canonical(), other.canonical()), (Some(a), Some(b)) if a == b)
    }
}

/// An issuing path as the findings print it: `1, 3, 2` (1-based positions).
fn order_text(path: &[usize]) -> String {
    path.iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;

    /// The check time of testdata/chain-unit: 2025-06-01T00:00:00Z.
    const AT: i64 = 1_748_736_000;
    /// The check time of the main fixtures (testdata/manifest.json): 2026-01-01T00:00:00Z.
    const MAIN_AT: i64 = 1_767_225_600;

    /// Every certificate of a PEM file under testdata/.
    fn blocks(path: &str) -> Vec<Vec<u8>> {
        let full = format!("{}/testdata/{path}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&full).unwrap();
        signature::tests::pem_certificates(&text)
    }

    /// Analyse DERs (`None` = a certificate that did not parse).
    fn analyze_ders(
        ders: &[Option<Vec<u8>>],
        key_cert: Option<usize>,
        at: i64,
    ) -> (ChainAnalysis, Vec<Finding>) {
        let views: Vec<Option<CertView<'_>>> = ders
            .iter()
            .map(|d| d.as_ref().map(|d| CertView::parse(d).unwrap()))
            .collect();
        let mut findings = Vec::new();
        let analysis = analyze(&views, key_cert, at, &mut findings);
        (analysis, findings)
    }

    /// Analyse files of testdata/chain-unit, by name without `.pem`.
    fn run(names: &[&str], key_cert: Option<usize>) -> (ChainAnalysis, Vec<Finding>) {
        let ders: Vec<Option<Vec<u8>>> = names
            .iter()
            .map(|n| blocks(&format!("chain-unit/{n}.pem")).pop())
            .collect();
        analyze_ders(&ders, key_cert, AT)
    }

    /// Analyse one multi-certificate file of the main fixtures.
    fn run_file(path: &str, key_cert: Option<usize>) -> (ChainAnalysis, Vec<Finding>) {
        let ders: Vec<Option<Vec<u8>>> = blocks(path).into_iter().map(Some).collect();
        analyze_ders(&ders, key_cert, MAIN_AT)
    }

    #[test]
    fn labels_name_a_certificate_by_cn_else_subject() {
        let ders = [
            None,
            blocks("names/no-cn.pem").into_iter().next(),
            blocks("rsa2048/leaf.pem").into_iter().next(),
        ];
        let views: Vec<Option<CertView<'_>>> = ders
            .iter()
            .map(|d| d.as_ref().map(|d| CertView::parse(d).unwrap()))
            .collect();
        let chain = Chain::new(&views);
        assert_eq!(chain.label(0), "certificate 1 (not parsed)");
        assert_eq!(
            chain.label(1),
            "certificate 2 (OU=No Common Name,O=certvet Test)"
        );
        assert_eq!(chain.label(2), "certificate 3 (CN=rsa2048.example.com)");
    }

    fn reasons(findings: &[Finding]) -> Vec<(Reason, Severity)> {
        findings.iter().map(|f| (f.reason, f.severity)).collect()
    }

    fn texts(findings: &[Finding]) -> Vec<(String, Option<String>)> {
        findings
            .iter()
            .map(|f| (f.message.clone(), f.hint.clone()))
            .collect()
    }

    const E: Severity = Severity::Error;
    const W: Severity = Severity::Warning;

    #[test]
    fn correct_three_chain_has_nothing_to_say() {
        let (a, f) = run(&["leaf", "int", "root"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(f, []);
    }

    #[test]
    fn correct_two_chain_is_incomplete_without_a_mozilla_root() {
        let (a, f) = run(&["leaf", "int"], Some(1));
        assert_eq!(a.signed_by_next, [Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(reasons(&f), [(Reason::ChainIncomplete, W)]);
        assert_eq!(
            texts(&f),
            [(
                "certificate 2 (CN=Example Intermediate CA), the last in issuing order, is issued \
                 by CN=Example Root CA,O=Example, which is neither in the input nor one of \
                 Mozilla's root certificates: clients may not build the chain"
                    .to_owned(),
                Some("append the intermediate certificate(s) your CA provides".to_owned())
            )]
        );
    }

    #[test]
    fn leaf_alone_is_incomplete() {
        let (a, f) = run(&["leaf"], Some(1));
        assert_eq!(a.signed_by_next, [None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(reasons(&f), [(Reason::ChainIncomplete, W)]);
        assert!(f[0].message.starts_with(
            "certificate 1 (CN=leaf.example.com), the last in issuing order, is issued by \
             CN=Example Intermediate CA,O=Example, which is neither"
        ));
    }

    #[test]
    fn intermediate_first() {
        // Two certificates: intermediate, leaf.
        let (a, f) = run(&["int", "leaf"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![2, 1]));
        assert_eq!(
            reasons(&f),
            [(Reason::ChainOrder, E), (Reason::ChainIncomplete, W)]
        );
        assert_eq!(
            texts(&f)[0],
            (
                "certificate 2 (CN=leaf.example.com) is the end-entity certificate but is not \
                 first"
                    .to_owned(),
                Some(
                    "put the leaf first, then each issuer: certificates 2, 1 in that order \
                     (certvet fix writes it)"
                        .to_owned()
                )
            )
        );
        // Three: intermediate, leaf, root; the key's certificate gives the same answer.
        for key in [None, Some(2)] {
            let (a, f) = run(&["int", "leaf", "root"], key);
            assert_eq!(a.signed_by_next, [Some(false), Some(false), None]);
            assert_eq!(a.suggested_order, Some(vec![2, 1, 3]));
            assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
            assert_eq!(
                f[0].message,
                "certificate 2 (CN=leaf.example.com) is the end-entity certificate but is not \
                 first"
            );
        }
    }

    #[test]
    fn without_a_leaf_the_lowest_issuer_leads() {
        // Intermediate and root, no leaf: in order and ending at the root, nothing to say.
        let (a, f) = run(&["int", "root"], None);
        assert_eq!(a.signed_by_next, [Some(true), None]);
        assert_eq!(f, []);
        // Reversed: the intermediate goes first.
        let (a, f) = run(&["root", "int"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![2, 1]));
        assert_eq!(
            f[0].message,
            "certificate 2 (CN=Example Intermediate CA) is the end-entity certificate but is \
             not first"
        );
    }

    #[test]
    fn reversed() {
        let (a, f) = run(&["root", "int", "leaf"], None);
        assert_eq!(a.signed_by_next, [Some(false), Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![3, 2, 1]));
        assert_eq!(
            texts(&f),
            [(
                "the bundle is in reverse order: certificate 3 (CN=leaf.example.com) is the \
                 end-entity certificate but comes after its issuers"
                    .to_owned(),
                Some(
                    "put the leaf first, then each issuer: certificates 3, 2, 1 in that order \
                     (certvet fix writes it)"
                        .to_owned()
                )
            )]
        );
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
    }

    #[test]
    fn misplaced_intermediate_after_its_issuer() {
        // leaf, root, intermediate: the leaf is first but its issuer comes last.
        let (a, f) = run(&["leaf", "root", "int"], None);
        assert_eq!(a.signed_by_next, [Some(false), Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![1, 3, 2]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
        assert_eq!(
            f[0].message,
            "certificate 2 (CN=Example Root CA) issued certificate 3 (CN=Example Intermediate \
             CA) but comes before it"
        );
    }

    #[test]
    fn duplicated_intermediate() {
        let (a, f) = run(&["leaf", "int", "int", "root"], None);
        assert_eq!(
            a.signed_by_next,
            [Some(true), Some(false), Some(true), None]
        );
        assert_eq!(a.suggested_order, Some(vec![1, 2, 4]));
        assert_eq!(
            texts(&f),
            [(
                "certificate 3 (CN=Example Intermediate CA) is a duplicate of certificate 2"
                    .to_owned(),
                Some("remove the duplicate: certificates 1, 2, 4 in that order".to_owned())
            )]
        );
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
    }

    #[test]
    fn unrelated_extra_certificate() {
        let (a, f) = run(&["leaf", "int", "root", "other-ca"], None);
        assert_eq!(
            a.signed_by_next,
            [Some(true), Some(true), Some(false), None]
        );
        assert_eq!(a.suggested_order, Some(vec![1, 2, 3]));
        assert_eq!(
            texts(&f),
            [(
                "certificate 4 (CN=Other CA) is not on the issuing path of the leaf, \
                 certificate 1 (CN=leaf.example.com): remove it"
                    .to_owned(),
                Some(
                    "the issuing path is certificates 1, 2, 3 and does not use this certificate"
                        .to_owned()
                )
            )]
        );
    }

    #[test]
    fn same_name_intermediate_with_another_key() {
        // The leaf names certificate 2 by its name, but certificate 2 has another key (and
        // another key identifier): ChainSignatureInvalid, not a reordering.
        let (a, f) = run(&["leaf", "int-samename", "root"], None);
        assert_eq!(a.signed_by_next, [Some(false), Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(reasons(&f), [(Reason::ChainSignatureInvalid, E)]);
        assert_eq!(
            texts(&f),
            [(
                "certificate 1 (CN=leaf.example.com) names certificate 2 (CN=Example \
                 Intermediate CA) as its issuer, but its signature does not verify with that \
                 certificate's key"
                    .to_owned(),
                Some(
                    "the intermediate is not the one that issued this certificate: download \
                     the matching intermediate from your CA (its subject key identifier is not \
                     the authority key identifier the certificate names)"
                        .to_owned()
                )
            )]
        );
        // Without key identifiers in the leaf, the same diagnosis (no AKI remark).
        let (a, f) = run(&["leaf-noaki-by-int2", "int"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
        assert_eq!(
            reasons(&f),
            [
                (Reason::ChainSignatureInvalid, E),
                (Reason::ChainIncomplete, W)
            ]
        );
        assert_eq!(
            f[0].hint.as_deref(),
            Some(
                "the intermediate is not the one that issued this certificate: download the \
                 matching intermediate from your CA"
            )
        );
        // Both intermediates given, the wrong one next to the leaf: the adjacent pair is
        // broken, the path takes the right one, and the wrong one is off the path.
        let (a, f) = run(&["leaf", "int-samename", "int", "root"], None);
        assert_eq!(
            a.signed_by_next,
            [Some(false), Some(false), Some(true), None]
        );
        assert_eq!(a.suggested_order, Some(vec![1, 3, 4]));
        assert_eq!(
            reasons(&f),
            [(Reason::ChainOrder, E), (Reason::ChainSignatureInvalid, E)]
        );
        assert_eq!(
            f[0].message,
            "certificate 2 (CN=Example Intermediate CA) is not on the issuing path of the leaf, \
             certificate 1 (CN=leaf.example.com): remove it"
        );
    }

    #[test]
    fn expired_cross_sign() {
        let (a, f) = run(&["leaf", "int", "root-cross-expired"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(
            reasons(&f),
            [
                (Reason::ChainMemberExpired, W),
                (Reason::ChainIncomplete, W)
            ]
        );
        assert_eq!(
            texts(&f)[0],
            (
                "certificate 3 (CN=Example Root CA) expired on 2020-01-01T00:00:00Z".to_owned(),
                Some(
                    "remove it if it is an old root or cross-signed certificate (clients build \
                     the chain without it); if it issued your certificate, download the current \
                     intermediate from your CA"
                        .to_owned()
                )
            )
        );
        assert!(
            f[1].message
                .contains("is issued by CN=Old Root CA, which is neither")
        );
        // With the (expired) old root too: two expired members, and the chain is complete.
        let (a, f) = run(&["leaf", "int", "root-cross-expired", "oldroot"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), Some(true), None]);
        assert_eq!(
            reasons(&f),
            [
                (Reason::ChainMemberExpired, W),
                (Reason::ChainMemberExpired, W)
            ]
        );
        assert_eq!(
            f[1].message,
            "certificate 4 (CN=Old Root CA) expired on 2020-01-01T00:00:00Z"
        );
    }

    #[test]
    fn validity_bounds_are_inclusive_and_not_yet_valid_counts() {
        let ders: Vec<Option<Vec<u8>>> = ["leaf", "root-cross-expired"]
            .iter()
            .map(|n| blocks(&format!("chain-unit/{n}.pem")).pop())
            .collect();
        // notAfter of the cross-sign is 2020-01-01T00:00:00Z = 1577836800: still valid then.
        let (_, f) = analyze_ders(&ders, None, 1_577_836_800);
        assert!(!f.iter().any(|f| f.reason == Reason::ChainMemberExpired));
        let (_, f) = analyze_ders(&ders, None, 1_577_836_801);
        assert!(f.iter().any(|f| f.reason == Reason::ChainMemberExpired));
        // Before its notBefore (2015-01-01).
        let (_, f) = analyze_ders(&ders, None, 1_400_000_000);
        let expired: Vec<_> = f
            .iter()
            .filter(|f| f.reason == Reason::ChainMemberExpired)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(
            expired,
            ["certificate 2 (CN=Example Root CA) is not valid before 2015-01-01T00:00:00Z"]
        );
    }

    #[test]
    fn weak_signatures() {
        let (a, f) = run(&["leaf-sha1", "int", "root"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(
            texts(&f),
            [(
                "certificate 1 (CN=sha1.example.com) is signed with SHA-1 (RSA PKCS#1 v1.5 with \
                 SHA-1): browsers and many clients reject it"
                    .to_owned(),
                Some("have the CA reissue the certificate with a SHA-256 signature".to_owned())
            )]
        );
        assert_eq!(reasons(&f), [(Reason::WeakSignature, W)]);
        let (a, f) = run(&["leaf-md5", "int", "root"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(
            f[0].message,
            "certificate 1 (CN=md5.example.com) is signed with MD5 (RSA PKCS#1 v1.5 with MD5): \
             browsers and many clients reject it"
        );
    }

    #[test]
    fn other_signature_algorithms() {
        for (leaf, ca) in [
            ("leaf-by-pss", "pss-ca"),
            ("leaf-by-pss-key", "pss-key-ca"),
            ("leaf-by-ed25519", "ed25519-ca"),
            ("leaf-by-p521", "p521-ca"),
            ("leaf-by-p521-sha256", "p521-ca"),
            ("leaf-by-p384", "p384-ca"),
            ("leaf-by-p256-sha384", "p256-ca"),
            ("leaf-by-rsa1024", "rsa1024-ca"),
            ("leaf-by-rsa8200", "rsa8200-ca"),
        ] {
            let (a, f) = run(&[leaf, ca], None);
            assert_eq!(a.signed_by_next, [Some(true), None], "{leaf}");
            assert_eq!(a.suggested_order, None, "{leaf}");
            assert_eq!(f, [], "{leaf}");
        }
        // A signer of another kind is not the issuer even where the name would match.
        let (a, _) = run(&["leaf-by-p521", "p384-ca"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
    }

    #[test]
    fn names_compare_as_rfc5280_says() {
        // Certificate 2 has the intermediate's key under "O=EXAMPLE, CN=Example  intermediate
        // CA " in PrintableString; the leaf's issuer is UTF8String "Example Intermediate CA".
        let (a, f) = run(&["leaf", "int-variant-name", "root"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(f, []);
        let a = NameKey::new(&[0x30, 0x00]);
        let b = NameKey::new(&[]);
        assert!(a.matches(&b));
        // CN=" A  b " (PrintableString) vs CN="a B" (UTF8String) vs CN="a B" (BMPString).
        let cn = |tag: u8, value: &[u8]| {
            let mut v = vec![
                0x06,
                0x03,
                0x55,
                0x04,
                0x03,
                tag,
                u8::try_from(value.len()).unwrap(),
            ];
            v.extend_from_slice(value);
            let mut ava = vec![0x30, u8::try_from(v.len()).unwrap()];
            ava.extend(v);
            let mut set = vec![0x31, u8::try_from(ava.len()).unwrap()];
            set.extend(ava);
            let mut name = vec![0x30, u8::try_from(set.len()).unwrap()];
            name.extend(set);
            name
        };
        let p = cn(0x13, b" A  b ");
        let u = cn(0x0c, b"a B");
        let bmp = cn(0x1e, &[0, b'a', 0, b' ', 0, b'B']);
        let other = cn(0x0c, b"a C");
        let octets = cn(0x04, b"a B");
        assert!(NameKey::new(&p).matches(&NameKey::new(&u)));
        assert!(NameKey::new(&bmp).matches(&NameKey::new(&u)));
        assert!(!NameKey::new(&other).matches(&NameKey::new(&u)));
        assert!(!NameKey::new(&octets).matches(&NameKey::new(&u)));
        // Garbage never matches a different garbage, and never panics.
        for cut in 0..p.len() {
            let _ = NameKey::new(&p[..cut]).matches(&NameKey::new(&u));
        }
    }

    #[test]
    fn own_signatures_are_verified_once_per_der() {
        // A DER no other test uses, so the process-wide cache holds nothing for it yet.
        let der = b"own_signatures_are_verified_once_per_der";
        let calls = std::cell::Cell::new(0);
        let verify = |answer: Result<bool, String>| {
            calls.set(calls.get() + 1);
            answer
        };
        assert_eq!(own_signature(der, || verify(Ok(false))), Ok(false));
        // The second asks nothing: the first answer stands.
        assert_eq!(own_signature(der, || verify(Ok(true))), Ok(false));
        assert_eq!(calls.get(), 1);
        let other = b"own_signatures_are_verified_once_per_der, another";
        assert_eq!(
            own_signature(other, || verify(Err("no".to_owned()))),
            Err("no".to_owned())
        );
        assert_eq!(calls.get(), 2);
        // A self-signed root in a chain gives the same findings with the cache warm.
        let first = run(&["leaf", "int", "root"], Some(1));
        let again = run(&["leaf", "int", "root"], Some(1));
        assert_eq!(texts(&first.1), texts(&again.1));
        assert_eq!(first.0.signed_by_next, again.0.signed_by_next);
    }

    #[test]
    fn a_root_names_itself_not_the_next_certificate() {
        // Two self-signed roots of the same name and different keys (a rekeyed root): the
        // first names itself, not the next one, so no ChainSignatureInvalid.
        let (a, f) = run(&["root", "root-rekeyed"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![1]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
        assert_eq!(
            f[0].message,
            "certificate 2 (CN=Example Root CA) is not on the issuing path of the leaf, \
             certificate 1 (CN=Example Root CA): remove it"
        );
        // Below an intermediate, the rekeyed root is the wrong issuer.
        let (a, f) = run(&["int", "root-rekeyed"], None);
        assert_eq!(a.signed_by_next, [Some(false), None]);
        assert_eq!(reasons(&f), [(Reason::ChainSignatureInvalid, E)]);
        assert_eq!(
            f[0].hint.as_deref(),
            Some(
                "the root is not the one that issued this certificate: leave the root out, or \
                 download the matching one from your CA (its subject key identifier is not the \
                 authority key identifier the certificate names)"
            )
        );
    }

    #[test]
    fn a_loop_ends_and_is_not_incomplete() {
        let (a, f) = run(&["loop-a", "loop-b"], None);
        assert_eq!(a.signed_by_next, [Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(f, []);
        let (a, f) = run(&["loop-b", "loop-a", "loop-b"], None);
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(a.suggested_order, Some(vec![1, 2]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
    }

    #[test]
    fn unparsed_certificates_are_left_out() {
        let leaf = blocks("chain-unit/leaf.pem").pop();
        let int = blocks("chain-unit/int.pem").pop();
        let root = blocks("chain-unit/root.pem").pop();
        let (a, f) = analyze_ders(&[leaf, None, int, root], None, AT);
        assert_eq!(a.signed_by_next, [None, None, Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(f, []);
        let (a, f) = analyze_ders(&[None, None], None, AT);
        assert_eq!(a.signed_by_next, [None, None]);
        assert_eq!(f, []);
        let (a, f) = analyze_ders(&[], Some(1), AT);
        assert_eq!(a.signed_by_next, Vec::<Option<bool>>::new());
        assert_eq!(f, []);
    }

    #[test]
    fn key_of_an_issuer_does_not_make_it_the_end_entity() {
        // The key belongs to the intermediate (KeyMismatch elsewhere): the leaf is still the
        // end entity, and the chain is in order.
        let (a, f) = run(&["leaf", "int"], Some(2));
        assert_eq!(a.suggested_order, None);
        assert_eq!(reasons(&f), [(Reason::ChainIncomplete, W)]);
        let (a, f) = run(&["leaf", "int", "root"], Some(3));
        assert_eq!(a.suggested_order, None);
        assert_eq!(f, []);
        // A key out of range is ignored.
        let (a, f) = run(&["leaf", "int", "root"], Some(9));
        assert_eq!(a.suggested_order, None);
        assert_eq!(f, []);
    }

    #[test]
    fn mozilla_roots_are_found_by_name_and_key() {
        // Let's Encrypt R3, issued by the Mozilla root ISRG Root X1 (checked in June 2025,
        // inside R3's validity).
        let (a, f) = run(&["lets-encrypt-r3"], None);
        assert_eq!(a.signed_by_next, [None]);
        assert_eq!(f, []);
        // The same with a damaged signature: the name matches a Mozilla root, the key does not.
        let mut r3 = blocks("chain-unit/lets-encrypt-r3.pem").pop().unwrap();
        let last = r3.len() - 1;
        r3[last] ^= 1;
        let (_, f) = analyze_ders(&[Some(r3)], None, AT);
        assert_eq!(reasons(&f), [(Reason::ChainIncomplete, W)]);
        assert_eq!(
            f[0].message,
            "certificate 1 (CN=R3), the last in issuing order, names the Mozilla root CN=ISRG \
             Root X1,O=Internet Security Research Group,C=US as its issuer, but its \
             signature does not verify with that root's key: clients may not build the chain"
        );
        // Every Mozilla root is found by its own subject, with or without the SEQUENCE header.
        for root in webpki_roots::TLS_SERVER_ROOTS {
            let subject: &[u8] = root.subject.as_ref();
            assert!(
                mozilla_roots_named(&NameKey::new(subject))
                    .any(|spki| spki == root.subject_public_key_info.as_ref())
            );
            // Wrapped, and with its canonical form made by an earlier comparison.
            let wrapped = der::sequence(subject);
            let key = NameKey::new(&wrapped);
            assert!(key.canonical().is_some());
            assert!(
                mozilla_roots_named(&key).any(|spki| spki == root.subject_public_key_info.as_ref())
            );
        }
        let ours = blocks("chain-unit/root.pem").pop().unwrap();
        let ours = CertView::parse(&ours).unwrap();
        assert_eq!(
            mozilla_roots_named(&NameKey::new(ours.raw_subject())).count(),
            0
        );
    }

    #[test]
    fn mutated_certificates_never_panic() {
        // Every byte of a two-certificate chain flipped in turn; whatever still parses is
        // analysed (signature checks fail or cannot be told, never a panic).
        let leaf = blocks("chain-unit/leaf-by-ed25519.pem").pop().unwrap();
        let ca = blocks("chain-unit/ed25519-ca.pem").pop().unwrap();
        for which in 0..2 {
            let len = if which == 0 { leaf.len() } else { ca.len() };
            for pos in 0..len {
                let mut ders = [leaf.clone(), ca.clone()];
                ders[which][pos] ^= 0xff;
                let parsed: Vec<Option<Vec<u8>>> = ders
                    .iter()
                    .map(|d| CertView::parse(d).ok().map(|_| d.clone()))
                    .collect();
                let (a, _) = analyze_ders(&parsed, Some(1), AT);
                assert_eq!(a.signed_by_next.len(), 2);
            }
        }
    }

    #[test]
    fn der_sequence_lengths() {
        assert_eq!(der::sequence(&[1, 2]), [0x30, 2, 1, 2]);
        let long = der::sequence(&[0; 200]);
        assert_eq!(long[..3], [0x30, 0x81, 200]);
        let longer = der::sequence(&[0; 300]);
        assert_eq!(longer[..4], [0x30, 0x82, 0x01, 0x2c]);
        assert_eq!(longer.len(), 304);
    }

    // The main fixtures (testdata/gen.sh), with the outcomes testdata/manifest.json records.

    #[test]
    fn fixture_chains() {
        let (a, f) = run_file("rsa2048/fullchain.pem", Some(1));
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(f, []);

        let (a, f) = run_file("chains/chain-intermediate-first.pem", Some(2));
        assert_eq!(a.signed_by_next, [Some(false), Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![2, 1, 3]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);

        let (a, f) = run_file("chains/chain-reversed.pem", None);
        assert_eq!(a.signed_by_next, [Some(false), Some(false), None]);
        assert_eq!(a.suggested_order, Some(vec![3, 2, 1]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);
        assert!(f[0].message.starts_with("the bundle is in reverse order"));

        let (a, f) = run_file("chains/chain-duplicate-intermediate.pem", Some(1));
        assert_eq!(
            a.signed_by_next,
            [Some(true), Some(false), Some(true), None]
        );
        assert_eq!(a.suggested_order, Some(vec![1, 2, 4]));
        assert_eq!(
            texts(&f)[0].0,
            "certificate 3 (CN=certvet Test Intermediate CA) is a duplicate of certificate 2"
        );

        let (a, f) = run_file("chains/chain-unrelated-extra.pem", Some(1));
        assert_eq!(
            a.signed_by_next,
            [Some(true), Some(true), Some(false), None]
        );
        assert_eq!(a.suggested_order, Some(vec![1, 2, 3]));
        assert_eq!(reasons(&f), [(Reason::ChainOrder, E)]);

        let (a, f) = run_file("chains/chain-wrong-intermediate.pem", Some(1));
        assert_eq!(a.signed_by_next, [Some(false), Some(true), None]);
        assert_eq!(a.suggested_order, None);
        assert_eq!(reasons(&f), [(Reason::ChainSignatureInvalid, E)]);
        assert_eq!(
            f[0].message,
            "certificate 1 (CN=rsa2048.example.com) names certificate 2 (CN=certvet Test \
             Intermediate CA) as its issuer, but its signature does not verify with that \
             certificate's key"
        );
        assert_eq!(
            f[0].hint.as_deref(),
            Some(
                "the intermediate is not the one that issued this certificate: download the \
                 matching intermediate from your CA"
            )
        );

        let (a, f) = run_file("chains/chain-expired-cross-signed.pem", Some(1));
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(
            reasons(&f),
            [
                (Reason::ChainMemberExpired, W),
                (Reason::ChainIncomplete, W)
            ]
        );
        assert!(
            f[0].message.ends_with("expired on 2021-09-30T00:00:00Z"),
            "{}",
            f[0].message
        );

        let (a, f) = run_file("chains/chain-long-7.pem", Some(1));
        assert_eq!(
            a.signed_by_next,
            [Some(true); 6]
                .into_iter()
                .chain([None])
                .collect::<Vec<_>>()
        );
        assert_eq!(f, []);

        // The key of the intermediate or of the root (KeyMismatch elsewhere): nothing here.
        let (_, f) = run_file("rsa2048/chain.pem", Some(2));
        assert_eq!(reasons(&f), [(Reason::ChainIncomplete, W)]);
        let (_, f) = run_file("rsa2048/fullchain.pem", Some(3));
        assert_eq!(f, []);
    }

    #[test]
    fn fixture_signature_algorithms() {
        for path in [
            "sigalg/ecdsa-p384/fullchain.pem",
            "sigalg/ecdsa-p521/fullchain.pem",
            "sigalg/ed25519/fullchain.pem",
            "sigalg/rsa-pss/fullchain.pem",
            "ec-p256/fullchain.pem",
            "ec-p521/fullchain.pem",
            "ed25519/fullchain.pem",
            "rsa1024/fullchain.pem",
            "rsa4096/fullchain.pem",
            "rsa512/fullchain.pem",
            "dsa2048/fullchain.pem",
            "ed448/fullchain.pem",
            "ec-secp256k1/fullchain.pem",
        ] {
            let (a, f) = run_file(path, Some(1));
            assert!(
                a.signed_by_next
                    .iter()
                    .rev()
                    .skip(1)
                    .all(|s| *s == Some(true)),
                "{path}"
            );
            assert_eq!(a.signed_by_next.last(), Some(&None), "{path}");
            assert_eq!(f, [], "{path}");
        }
        let (a, f) = run_file("sigalg/sha1/fullchain.pem", Some(1));
        assert_eq!(a.signed_by_next, [Some(true), Some(true), None]);
        assert_eq!(reasons(&f), [(Reason::WeakSignature, W)]);
        let (_, f) = run_file("sigalg/sha1/leaf.pem", Some(1));
        assert_eq!(
            reasons(&f),
            [(Reason::ChainIncomplete, W), (Reason::WeakSignature, W)]
        );
    }
}
