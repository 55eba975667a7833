//! The same work by OpenSSL, through the `openssl` crate (feature `compare-openssl`).
//! The function name in criterion ids is `openssl-<major>.<minor>` of the library
//! linked ([`label`]), so the system's and a vendored build's rows sit side by side.

use std::fmt::Write as _;
use std::net::{Ipv4Addr, Ipv6Addr};

use openssl::asn1::Asn1Time;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Public};
use openssl::x509::{X509, X509NameRef};

use certvet::internals::LeafFields as Inspected;

use crate::colon_hex;
use crate::fixtures::Request;

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
pub(crate) fn fields(x: &X509, epoch: &Asn1Time) -> Option<Inspected> {
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
pub(crate) fn inspect_pem(pem: &[u8], epoch: &Asn1Time) -> Option<Inspected> {
    fields(&X509::from_pem(pem).ok()?, epoch)
}

/// DER → every report field.
pub(crate) fn inspect_der(der: &[u8], epoch: &Asn1Time) -> Option<Inspected> {
    fields(&X509::from_der(der).ok()?, epoch)
}

/// The leaf's public key.
pub(crate) fn leaf_key(pem: &[u8]) -> Option<PKey<Public>> {
    X509::from_pem(pem).ok()?.public_key().ok()
}

/// Key PEM → parsed, checked (`RSA_check_key`, `EC_KEY_check_key`; Ed25519's
/// public key is derived from the seed on load) and compared with the leaf.
pub(crate) fn key_match(key_pem: &[u8], leaf: &PKey<Public>) -> bool {
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
pub(crate) fn check_json(leaf: &[u8], key_pem: &[u8], epoch: &Asn1Time) -> String {
    let Ok(x) = X509::from_pem(leaf) else {
        return String::new();
    };
    let fields = fields(&x, epoch);
    let matches = x.public_key().is_ok_and(|p| key_match(key_pem, &p));
    serde_json::json!({ "Leaf": fields, "KeyMatches": matches }).to_string()
}

/// Chain PEM → every certificate parsed.
pub(crate) fn chain(pem: &[u8]) -> usize {
    X509::stack_from_pem(pem).map(|v| v.len()).unwrap_or(0)
}

/// The SHA-1 and SHA-256 fingerprints by `X509_digest`, as colon hex.
pub(crate) fn fingerprints(x: &X509) -> (String, String) {
    let sha1 = x.digest(MessageDigest::sha1()).map(|d| hex(&d));
    let sha256 = x.digest(MessageDigest::sha256()).map(|d| hex(&d));
    (sha1.unwrap_or_default(), sha256.unwrap_or_default())
}

/// The leaf's DER as OpenSSL re-encodes it, and the parsed certificate.
pub(crate) fn parse(pem: &[u8]) -> Option<X509> {
    X509::from_pem(pem).ok()
}

/// `Jan  1 00:00:00 2025 GMT` → seconds are compared, not strings.
pub(crate) fn epoch() -> Asn1Time {
    #[allow(clippy::expect_used)]
    // ok: a bundled fixture; a failure is a broken benchmark, not bad input
    Asn1Time::from_unix(0).expect("the epoch is an ASN.1 time")
}

/// The criterion function name: `openssl-` and the linked library's major.minor.
pub(crate) fn label() -> String {
    // OPENSSL_VERSION_NUMBER: 0xMNN00PP0L.
    let n = openssl::version::number();
    format!("openssl-{}.{}", (n >> 28) & 0xf, (n >> 20) & 0xff)
}

/// What OpenSSL found in a request (for the same-answers check).
#[derive(Debug)]
pub(crate) struct RequestAnswer {
    pub(crate) fields: Inspected,
    pub(crate) key_matches: bool,
    /// Certificates whose signature `X509_verify` accepted with the next one's key.
    pub(crate) verified: usize,
}

/// One request: `X509::stack_from_pem`, `PKey::private_key_from_pem`, `EVP_PKEY_eq`
/// with the leaf's key, `X509_verify` of each certificate with the next one's key,
/// and the leaf's report fields (`X509_digest` ×2, names, subjectAltName, times,
/// serial, key). No `RSA_check_key`: its primality tests alone cost milliseconds.
pub(crate) fn request(r: &Request, epoch: &Asn1Time) -> Option<RequestAnswer> {
    let certs = X509::stack_from_pem(&r.chain).ok()?;
    let key = PKey::private_key_from_pem(r.key).ok()?;
    let leaf = certs.first()?;
    let leaf_key = leaf.public_key().ok()?;
    let key_matches = key.public_eq(&leaf_key);
    let mut verified = 0;
    for pair in certs.windows(2) {
        if let [cert, issuer] = pair {
            let issuer_key = issuer.public_key().ok()?;
            if cert.verify(&issuer_key).ok()? {
                verified += 1;
            }
        }
    }
    Some(RequestAnswer {
        fields: fields(leaf, epoch)?,
        key_matches,
        verified,
    })
}
