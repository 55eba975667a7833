//! The floor: the least any implementation must do for each benchmark, over the
//! same bytes, with the fastest code this machine has. Nothing is checked beyond what
//! the work itself needs, nothing decoded that the answer does not need, nothing
//! written.
//!
//! - PEM: each block's base64 body decoded by one `base64-simd` call (its lines
//!   gathered first), the decoder certvet uses.
//! - Fingerprints: SHA-1 and SHA-256 of the leaf DER by aws-lc (SHA-NI where the CPU
//!   has it), the code certvet calls.
//! - A walk of each certificate's DER to the fields the report and the signature
//!   need, taking slices.
//! - Signatures: each certificate's signature checked with its issuer's key (the
//!   next certificate of the chain; not a self-signed root's own), by ring or aws-lc
//!   ([`VERIFIER`], the faster on this machine: see the `verify` group).
//! - Key comparison, the cheapest that still ties the key to the leaf: RSA n and e
//!   equal to the certificate's; P-256 one d·G (ring's nistz256) equal to the
//!   certificate's point.

use std::hint::black_box;

use crate::fixtures::Request;

/// One DER element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tlv<'a> {
    pub(crate) tag: u8,
    pub(crate) content: &'a [u8],
    pub(crate) whole: &'a [u8],
}

/// Reads one DER element (short or long length form up to 4 octets) and what
/// follows it.
pub(crate) fn read(input: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let (bytes, rest) = rest.split_at_checked(usize::from(first & 0x7f))?;
        if bytes.is_empty() || bytes.len() > 4 {
            return None;
        }
        let len = bytes.iter().fold(0usize, |n, &b| (n << 8) | usize::from(b));
        (len, rest)
    };
    let (content, after) = rest.split_at_checked(len)?;
    let whole = input.get(..input.len() - after.len())?;
    Some((
        Tlv {
            tag,
            content,
            whole,
        },
        after,
    ))
}

/// The decoded body of every PEM block of `pem`, in order.
pub(crate) fn pem_blocks(pem: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = pem;
    while let Some(at) = memchr::memmem::find(rest, b"-----BEGIN") {
        let Some(from) = rest
            .get(at..)
            .and_then(|r| memchr::memchr(b'\n', r))
            .map(|nl| at + nl + 1)
        else {
            break;
        };
        let Some(body_and_after) = rest.get(from..) else {
            break;
        };
        let Some(end) = memchr::memmem::find(body_and_after, b"-----END") else {
            break;
        };
        let body = body_and_after.get(..end).unwrap_or_default();
        out.push(decode_body(body));
        rest = body_and_after.get(end + 8..).unwrap_or_default();
    }
    out
}

/// A PEM body's lines gathered (line ends dropped), decoded by one `base64-simd` call.
fn decode_body(body: &[u8]) -> Vec<u8> {
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

/// The first PEM block of `pem`, decoded.
pub(crate) fn pem_decode(pem: &[u8]) -> Vec<u8> {
    pem_blocks(pem).into_iter().next().unwrap_or_default()
}

/// SHA-1 and SHA-256 of `der`, by aws-lc (the code certvet calls).
pub(crate) fn hashes(der: &[u8]) -> (aws_lc_rs::digest::Digest, aws_lc_rs::digest::Digest) {
    use aws_lc_rs::digest::{SHA1_FOR_LEGACY_USE_ONLY, SHA256, digest};
    (digest(&SHA1_FOR_LEGACY_USE_ONLY, der), digest(&SHA256, der))
}

/// Where the report's and the signature check's fields are in a certificate:
/// slices of the DER.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Cert<'a> {
    pub(crate) der: &'a [u8],
    pub(crate) tbs: &'a [u8],
    pub(crate) serial: &'a [u8],
    pub(crate) issuer: &'a [u8],
    pub(crate) not_before: &'a [u8],
    pub(crate) not_after: &'a [u8],
    pub(crate) subject: &'a [u8],
    pub(crate) spki: &'a [u8],
    /// The public key's algorithm OID and parameters (a curve OID, or NULL).
    pub(crate) key_alg: &'a [u8],
    pub(crate) key_param: &'a [u8],
    /// The subjectPublicKey BIT STRING's bits (RSAPublicKey, or the EC point).
    pub(crate) key: &'a [u8],
    /// The subjectAltName's GeneralNames, one slice each (the first eight).
    pub(crate) names: [&'a [u8]; 8],
    pub(crate) name_count: usize,
    /// The signature algorithm OID and the signature's bits.
    pub(crate) sig_alg: &'a [u8],
    pub(crate) sig: &'a [u8],
}

/// The walk from the certificate's outer SEQUENCE to each field the report and the
/// signature check take; no checks beyond what the walk itself needs.
pub(crate) fn walk(der: &[u8]) -> Option<Cert<'_>> {
    let (cert, _) = read(der).ok_or(()).ok()?;
    let (tbs, rest) = read(cert.content)?;
    let (sig_alg, rest) = read(rest)?;
    let (sig_alg_oid, _) = read(sig_alg.content)?;
    let (sig, _) = read(rest)?;
    let (mut field, mut rest) = read(tbs.content)?;
    if field.tag == 0xa0 {
        (field, rest) = read(rest)?;
    }
    let (_, rest) = read(rest)?; // signature algorithm
    let (issuer, rest) = read(rest)?;
    let (validity, rest) = read(rest)?;
    let (not_before, after) = read(validity.content)?;
    let (not_after, _) = read(after)?;
    let (subject, rest) = read(rest)?;
    let (spki, mut rest) = read(rest)?;
    let (alg, bits) = read(spki.content)?;
    let (alg_oid, param) = read(alg.content)?;
    let key_param = read(param).map(|(p, _)| p.content).unwrap_or_default();
    let (bits, _) = read(bits)?;
    let mut out = Cert {
        der,
        tbs: tbs.whole,
        serial: field.content,
        issuer: issuer.whole,
        not_before: not_before.content,
        not_after: not_after.content,
        subject: subject.whole,
        spki: spki.whole,
        key_alg: alg_oid.content,
        key_param,
        key: bits.content.get(1..)?,
        sig_alg: sig_alg_oid.content,
        sig: sig.content.get(1..)?,
        ..Cert::default()
    };
    while let Some((element, after)) = read(rest) {
        rest = after;
        if element.tag != 0xa3 {
            continue;
        }
        let (extensions, _) = read(element.content)?;
        let mut exts = extensions.content;
        while let Some((ext, after)) = read(exts) {
            exts = after;
            let (oid, inner) = read(ext.content)?;
            if oid.content != [0x55, 0x1d, 0x11] {
                continue;
            }
            let (mut value, after) = read(inner)?;
            if value.tag == 0x01 {
                (value, _) = read(after)?; // the critical flag
            }
            let (names, _) = read(value.content)?;
            let mut list = names.content;
            while let Some((name, after)) = read(list) {
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
pub(crate) fn inspect(der: &[u8]) -> bool {
    black_box(hashes(der));
    black_box(walk(der)).is_some()
}

/// A signature verifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verifier {
    /// ring 0.17.
    Ring,
    /// aws-lc-rs.
    AwsLc,
}

impl Verifier {
    /// Its criterion function name.
    pub fn name(self) -> &'static str {
        match self {
            Verifier::Ring => "ring",
            Verifier::AwsLc => "aws-lc",
        }
    }
}

/// The verifier the floor uses: the faster of the two in the `verify` group on this
/// machine, for RSA-2048 and P-384 alike (see benches/README.md).
pub const VERIFIER: Verifier = Verifier::AwsLc;

const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_SHA256_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const OID_ECDSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_ECDSA_SHA384: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];

/// Whether `cert`'s signature verifies with `issuer`'s key (the algorithms the
/// request fixtures use).
pub(crate) fn verify(verifier: Verifier, cert: &Cert<'_>, issuer: &Cert<'_>) -> bool {
    macro_rules! check {
        ($m:ident) => {{
            use $m::signature as s;
            let alg: &dyn s::VerificationAlgorithm = match (cert.sig_alg, issuer.key_param) {
                (OID_SHA256_RSA, _) => &s::RSA_PKCS1_2048_8192_SHA256,
                (OID_ECDSA_SHA256, OID_P256) => &s::ECDSA_P256_SHA256_ASN1,
                (OID_ECDSA_SHA384, OID_P384) => &s::ECDSA_P384_SHA384_ASN1,
                (OID_ECDSA_SHA384, OID_P256) => &s::ECDSA_P256_SHA384_ASN1,
                (OID_ECDSA_SHA256, OID_P384) => &s::ECDSA_P384_SHA256_ASN1,
                _ => return false,
            };
            s::UnparsedPublicKey::new(alg, issuer.key)
                .verify(cert.tbs, cert.sig)
                .is_ok()
        }};
    }
    match verifier {
        Verifier::Ring => check!(ring),
        Verifier::AwsLc => check!(aws_lc_rs),
    }
}

/// The cheapest comparison that ties a private key (PKCS#8, PKCS#1 or SEC1 DER) to the
/// leaf: RSA n and e; P-256 one d·G by ring.
pub(crate) fn key_matches(key_der: &[u8], leaf: &Cert<'_>, rng: &ring::rand::SystemRandom) -> bool {
    let Some((outer, _)) = read(key_der) else {
        return false;
    };
    let Some((version, rest)) = read(outer.content) else {
        return false;
    };
    // PKCS#8: version 0, then an AlgorithmIdentifier and the inner key in an OCTET
    // STRING; otherwise the inner key itself.
    let inner = match read(rest) {
        Some((alg, after)) if version.content == [0] && alg.tag == 0x30 => {
            match read(after).and_then(|(octets, _)| read(octets.content)) {
                Some((inner, _)) => inner.content,
                None => return false,
            }
        }
        _ => outer.content,
    };
    if leaf.key_alg == OID_RSA {
        // RSAPrivateKey: version, n, e; RSAPublicKey: n, e.
        let private = read(inner)
            .and_then(|(_, r)| read(r))
            .and_then(|(n, r)| Some((n, read(r)?.0)));
        let public = read(leaf.key)
            .and_then(|(seq, _)| read(seq.content))
            .and_then(|(n, r)| Some((n, read(r)?.0)));
        return match (private, public) {
            (Some((n, e)), Some((pn, pe))) => n.content == pn.content && e.content == pe.content,
            _ => false,
        };
    }
    if leaf.key_param == OID_P256 {
        // ECPrivateKey: version, d.
        let Some((d, _)) = read(inner).and_then(|(_, r)| read(r)) else {
            return false;
        };
        return ring::signature::EcdsaKeyPair::from_private_key_and_public_key(
            &ring::signature::ECDSA_P256_SHA256_ASN1_SIGNING,
            d.content,
            leaf.key,
            rng,
        )
        .is_ok();
    }
    false
}

/// What the request floor found (for the same-answers check).
#[derive(Debug)]
pub(crate) struct RequestFloor {
    pub(crate) sha1: Vec<u8>,
    pub(crate) sha256: Vec<u8>,
    pub(crate) key_matches: bool,
    /// Certificates whose signature verified with the next one's key.
    pub(crate) verified: usize,
    pub(crate) certs: usize,
}

/// The floor of one request: every block decoded, every certificate walked, the
/// leaf's two hashes, each certificate's signature by the next one's key, and the key
/// tied to the leaf.
pub(crate) fn request(
    r: &Request,
    verifier: Verifier,
    rng: &ring::rand::SystemRandom,
) -> Option<RequestFloor> {
    let blocks = pem_blocks(&r.chain);
    let key = pem_decode(r.key);
    let certs = blocks.iter().map(|d| walk(d)).collect::<Option<Vec<_>>>()?;
    let leaf = certs.first()?;
    let (sha1, sha256) = hashes(leaf.der);
    let key_matches = key_matches(&key, leaf, rng);
    let verified = certs
        .windows(2)
        .filter(|pair| match pair {
            [cert, issuer] => verify(verifier, cert, issuer),
            _ => false,
        })
        .count();
    Some(RequestFloor {
        sha1: sha1.as_ref().to_vec(),
        sha256: sha256.as_ref().to_vec(),
        key_matches,
        verified,
        certs: certs.len(),
    })
}
