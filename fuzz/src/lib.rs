//! Differential harnesses: certvet against OpenSSL (the `openssl` crate, here only, never a
//! dependency of certvet itself). Each `diff_*` fuzz target calls one function of this
//! crate, which panics, and so reports a finding, when certvet and OpenSSL answer
//! differently, unless the input falls in one of the named classes of [`classes`] where
//! certvet differs on purpose (each class is a function with its reason and a test).
//!
//! certvet is driven only through its public API (`certvet::check` and the report).
#![deny(unsafe_code)]

use certvet::{CheckInput, CheckOptions, Report, UnixTime};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private};
use openssl::x509::X509;

pub mod classes;
mod ossl;

/// The password the key targets try (as `certvet::fuzz::PASSWORD`).
pub const PASSWORD: &[u8] = b"correct horse";

fn opts() -> CheckOptions {
    CheckOptions::at(UnixTime::from_seconds(1_767_225_600))
}

/// Split `cert ‖ 0xFF ‖ key` as `certvet::fuzz::check_pair` does, so that its corpus
/// seeds `diff_key`.
pub fn split_pair(data: &[u8]) -> (&[u8], &[u8]) {
    let split = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let (cert, key) = data.split_at(split);
    (cert, key.get(1..).unwrap_or_default())
}

/// Lowercase hex pairs joined by `:`, as the report writes fingerprints.
pub fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// How OpenSSL read the first certificate of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// `X509::from_der` (d2i_X509) on the bytes as given.
    Der,
    /// `X509::from_pem` on the bytes as given.
    Pem,
    /// `X509::from_pem` after [`classes::untangle`] (see [`classes::pem_quirk`]).
    PemUntangled,
}

/// OpenSSL's first certificate of `data`: as DER, as PEM once the quirks the contract
/// tolerates are undone, or as PEM as given.
pub fn openssl_first(data: &[u8]) -> Option<(X509, Read)> {
    let der = X509::from_der(data).ok();
    // A DER certificate with a PEM block after it is read as PEM by certvet (the DER bytes
    // are text before the block); d2i_X509 reads the DER and ignores the rest.
    let pem_after = |x: &X509| {
        x.to_der().is_ok_and(|d| d.len() < data.len())
            && data.windows(11).any(|w| w == b"-----BEGIN ")
    };
    if let Some(x) = der.as_ref().filter(|x| !pem_after(x)) {
        return Some((x.clone(), Read::Der));
    }
    // The quirks undone first: OpenSSL may otherwise skip a block certvet reads (a BEGIN
    // marker after text on its line) and answer for the next one.
    let t = classes::untangle(data);
    if t != data
        && let Ok(x) = X509::from_pem(&t)
    {
        return Some((x, Read::PemUntangled));
    }
    X509::from_pem(data)
        .ok()
        .map(|x| (x, Read::Pem))
        .or(der.map(|x| (x, Read::Der)))
}

fn unix_seconds(t: &openssl::asn1::Asn1TimeRef) -> Option<i64> {
    let epoch = openssl::asn1::Asn1Time::from_unix(0).ok()?;
    let d = epoch.diff(t).ok()?;
    Some(i64::from(d.days) * 86_400 + i64::from(d.secs))
}

/// The serial as `openssl x509 -serial` prints it (i2a_ASN1_INTEGER), lowercase.
fn serial_hex(x: &X509) -> Option<String> {
    let bn = x.serial_number().to_bn().ok()?;
    let mag = bn.to_vec();
    let hex: String = if mag.is_empty() {
        "00".to_owned()
    } else {
        mag.iter().map(|b| format!("{b:02x}")).collect()
    };
    Some(if bn.is_negative() {
        format!("-{hex}")
    } else {
        hex
    })
}

/// OpenSSL's answers for the fields the report takes from the leaf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fields {
    pub fingerprint: Option<String>,
    pub fingerprint_sha256: Option<String>,
    pub serial_number: Option<String>,
    pub start_time_stamp: Option<i64>,
    pub expire_time_stamp: Option<i64>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub common_name: Option<String>,
    pub subject_alternative_names: Option<Vec<String>>,
    pub ip_addresses: Option<Vec<String>>,
}

impl Fields {
    /// What OpenSSL says about `x`.
    pub fn of_openssl(x: &X509) -> Fields {
        let digest = |md| x.digest(md).ok().map(|d| colon_hex(&d));
        let cn = x
            .subject_name()
            .entries_by_nid(Nid::COMMONNAME)
            .last()
            .and_then(|e| e.data().to_string().ok());
        let (dns, ips) = match x.subject_alt_names() {
            Some(names) => {
                let dns = names
                    .iter()
                    .filter_map(ossl::dns_bytes)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .collect();
                let ips = names
                    .iter()
                    .filter_map(|n| n.ipaddress())
                    .filter_map(|b| match b.len() {
                        4 => <[u8; 4]>::try_from(b)
                            .ok()
                            .map(|a| std::net::IpAddr::from(a).to_string()),
                        16 => <[u8; 16]>::try_from(b)
                            .ok()
                            .map(|a| std::net::IpAddr::from(a).to_string()),
                        _ => None,
                    })
                    .collect();
                (dns, ips)
            }
            None => (Vec::new(), Vec::new()),
        };
        Fields {
            fingerprint: digest(MessageDigest::sha1()),
            fingerprint_sha256: digest(MessageDigest::sha256()),
            serial_number: serial_hex(x),
            start_time_stamp: unix_seconds(x.not_before()).map(|s| s * 1000),
            expire_time_stamp: unix_seconds(x.not_after()).map(|s| s * 1000),
            subject: ossl::rfc2253(x.subject_name()),
            issuer: ossl::rfc2253(x.issuer_name()),
            common_name: cn,
            subject_alternative_names: Some(dns),
            ip_addresses: Some(ips),
        }
    }

    /// What certvet's report says.
    pub fn of_report(r: &Report) -> Fields {
        Fields {
            fingerprint: r.fingerprint.clone(),
            fingerprint_sha256: r.fingerprint_sha256.clone(),
            serial_number: r.serial_number.clone(),
            start_time_stamp: r.start_time_stamp,
            expire_time_stamp: r.expire_time_stamp,
            subject: r.subject.clone(),
            issuer: r.issuer.clone(),
            common_name: r.common_name.clone(),
            subject_alternative_names: r.subject_alternative_names.clone(),
            ip_addresses: r.ip_addresses.clone(),
        }
    }
}

/// The outcome of one `diff_cert` input (for tests and the campaign's tallies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CertOutcome {
    /// Neither parses a certificate.
    BothRefuse,
    /// Both parse it and every field agrees.
    Agree(Read),
    /// They differ, inside a named class.
    Class(&'static str),
    /// They differ outside every class: a finding.
    Disagree(String),
}

/// `diff_cert`: certvet's leaf fields against OpenSSL's for one certificate input.
pub fn diff_cert(data: &[u8]) -> CertOutcome {
    let report = certvet::check(&CheckInput::new(data), &opts());
    let ours = report.fingerprint.is_some();
    let theirs = openssl_first(data);
    match theirs {
        None if !ours => CertOutcome::BothRefuse,
        None => match classes::certvet_only(data, &report) {
            Some(class) => CertOutcome::Class(class),
            None => CertOutcome::Disagree(format!(
                "certvet reads a certificate that OpenSSL refuses: {:?}",
                Fields::of_report(&report)
            )),
        },
        Some((x, how)) => {
            if !ours {
                if let Some(class) = classes::openssl_only(data, &x, how, &report) {
                    return CertOutcome::Class(class);
                }
                let why: Vec<String> = report.errors.iter().map(|f| f.message.clone()).collect();
                return CertOutcome::Disagree(format!(
                    "OpenSSL reads a certificate ({how:?}) that certvet refuses: {why:?}"
                ));
            }
            let ours = Fields::of_report(&report);
            let theirs = Fields::of_openssl(&x);
            if ours == theirs {
                return CertOutcome::Agree(how);
            }
            if classes::fingerprint_of_reencoding(data, &x, how, &ours, &theirs) {
                return CertOutcome::Class("fingerprint-of-reencoding");
            }
            if let Some(class) = classes::fields_differ(&x, &ours, &theirs) {
                return CertOutcome::Class(class);
            }
            if classes::reencoding_and_san_repeated_or_broken(data, &x, how, &ours, &theirs) {
                return CertOutcome::Class("fingerprint-of-reencoding+san-repeated-or-broken");
            }
            CertOutcome::Disagree(format!(
                "fields differ ({how:?}):\n certvet {ours:?}\n OpenSSL {theirs:?}"
            ))
        }
    }
}

/// OpenSSL's private key of a key input, tried as PEM (with the password), PEM with the
/// tolerated quirks undone, DER (PKCS#8, or the traditional forms d2i_AutoPrivateKey
/// takes), and encrypted DER PKCS#8.
pub fn openssl_private(key: &[u8]) -> Option<PKey<Private>> {
    PKey::private_key_from_pem_passphrase(key, PASSWORD)
        .ok()
        .or_else(|| PKey::private_key_from_pem_passphrase(&classes::untangle(key), PASSWORD).ok())
        .or_else(|| PKey::private_key_from_der(key).ok())
        .or_else(|| PKey::private_key_from_pkcs8_passphrase(key, PASSWORD).ok())
}

/// `diff_key`: when certvet says the key matches, OpenSSL loads the key, finds it
/// consistent, and its public key is the certificate's. `Ok` with a class name or
/// `"agree"`/`"no match claimed"`, `Err` with a finding.
pub fn diff_key(data: &[u8]) -> Result<&'static str, String> {
    let (cert, key) = split_pair(data);
    let input = CheckInput::new(cert).with_key(key).with_password(PASSWORD);
    let report = certvet::check(&input, &opts());
    if report.key_matches != Some(true) {
        // certvet stricter than OpenSSL (or no verdict) is allowed.
        return Ok("no match claimed");
    }
    let Some((x, _)) = openssl_first(cert) else {
        return match classes::certvet_only(cert, &report) {
            Some(class) => Ok(class),
            None => Err("KeyMatches true for a certificate OpenSSL cannot read".to_owned()),
        };
    };
    let cert_key = x
        .public_key()
        .map_err(|e| format!("KeyMatches true, but OpenSSL cannot decode the leaf key: {e}"))?;
    let Some(pkey) = openssl_private(key) else {
        return classes::openssl_cannot_load_key(key, &cert_key)
            .ok_or_else(|| "KeyMatches true for a key OpenSSL cannot load".to_owned());
    };
    if !pkey.public_eq(&cert_key) {
        return Err("KeyMatches true, but OpenSSL's public key of it is not the leaf's".to_owned());
    }
    match pkey.id() {
        Id::RSA => match pkey.rsa().map(|r| r.check_key()) {
            Ok(Ok(true)) => {}
            other => return Err(format!("KeyMatches true, RSA_check_key says {other:?}")),
        },
        Id::EC => match pkey.ec_key().map(|k| k.check_key()) {
            Ok(Ok(())) => {}
            other => return Err(format!("KeyMatches true, EC_KEY_check_key says {other:?}")),
        },
        _ => {}
    }
    Ok("agree")
}

/// The DER of every `CERTIFICATE` block of a PEM input (quirks undone), or the input
/// itself when it is not PEM.
pub fn cert_ders(data: &[u8]) -> Vec<Vec<u8>> {
    let text = classes::untangle(data);
    let Ok(text) = std::str::from_utf8(&text) else {
        return vec![data.to_vec()];
    };
    if !text.contains("-----BEGIN") {
        return vec![data.to_vec()];
    }
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN CERTIFICATE-----") {
        let body = &rest[start + "-----BEGIN CERTIFICATE-----".len()..];
        let Some(end) = body.find("-----END CERTIFICATE-----") else {
            break;
        };
        let b64: String = body[..end].split_whitespace().collect();
        if let Ok(der) = openssl::base64::decode_block(&b64) {
            out.push(der);
        }
        rest = &body[end..];
    }
    out
}

/// `diff_chain`: `SignedByNext` against OpenSSL's `X509_verify` of each adjacent pair
/// wherever certvet reports a bool. Returns the number of pairs compared, or a finding.
pub fn diff_chain(data: &[u8]) -> Result<usize, String> {
    let report = certvet::check(&CheckInput::new(data), &opts());
    let Some(chain) = &report.chain else {
        return Ok(0);
    };
    let by_fp: Vec<(String, X509)> = cert_ders(data)
        .iter()
        .filter_map(|der| X509::from_der(der).ok())
        .filter_map(|x| Some((colon_hex(&x.digest(MessageDigest::sha1()).ok()?), x)))
        .collect();
    let find = |fp: &str| by_fp.iter().find(|(f, _)| f == fp).map(|(_, x)| x);
    let mut compared = 0;
    for pair in chain.windows(2) {
        let [child, next] = pair else { continue };
        let Some(ours) = child.signed_by_next else {
            continue;
        };
        let (Some(c), Some(n)) = (find(&child.fingerprint), find(&next.fingerprint)) else {
            continue;
        };
        let theirs = match n.public_key() {
            Ok(k) => c.verify(&k).ok(),
            // OpenSSL cannot decode the next key: nothing verifies with it (v1.1: false).
            Err(_) => Some(false),
        };
        compared += 1;
        match (ours, theirs) {
            (a, Some(b)) if a == b => {}
            // OpenSSL errors out (no verdict): certvet must not claim a signature.
            (false, None) => {}
            _ => {
                if classes::signature_differs(c, n, ours, theirs).is_some() {
                    continue;
                }
                return Err(format!(
                    "certificate {}: SignedByNext {ours} vs OpenSSL X509_verify {theirs:?}",
                    child.index
                ));
            }
        }
    }
    Ok(compared)
}
