//! Certificate signatures (RFC 5280 §4.1.1.2, §4.1.1.3): which algorithm a certificate
//! was signed with, and whether that signature verifies with another certificate's
//! SubjectPublicKeyInfo. Offline, no trust store.
//!
//! Algorithms: RSA PKCS#1 v1.5 (RFC 8017 §8.2, with MD5, SHA-1, SHA-224/256/384/512),
//! RSASSA-PSS (RFC 4055, MGF1 with the same hash), ECDSA on P-256/P-384/P-521 (RFC 5758,
//! any of SHA-1, SHA-224/256/384/512 on any of the curves) and Ed25519 (RFC 8410). The
//! arithmetic is [`crypto`]'s (its table says which crate and why).
//!
//! A signature whose algorithm does not fit the key (an ECDSA signature checked against
//! an RSA key, say) does not verify: `Ok(false)`, since that key cannot have made it. An
//! algorithm or key certvet cannot check gives `Err`.

use std::fmt;

use crate::crypto;
use crate::der;
use crate::oid;
use crate::public_key::{PublicKey, trim_be};
use crate::x509::{AlgorithmId, KeyRead, NotTaken, Profile, Spki, algorithm_identifier};

pub(crate) use crate::crypto::Hash;

/// The signature algorithm of a certificate, as far as certvet understands it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SigAlg {
    /// RSASSA-PKCS1-v1_5 with this hash.
    RsaPkcs1(Hash),
    /// RSASSA-PSS with these parameters (trailer field 1).
    RsaPss {
        /// The message hash.
        hash: Hash,
        /// The hash MGF1 uses.
        mgf1_hash: Hash,
        /// The salt length in bytes.
        salt_len: usize,
    },
    /// ECDSA with this hash (the curve is the signer's key's).
    Ecdsa(Hash),
    /// Ed25519 (PureEdDSA).
    Ed25519,
    /// Anything else: a readable name, with the OID.
    Unsupported(String),
}

/// Signature algorithms certvet recognises but does not verify: (OID, name, weak hash).
const UNSUPPORTED: &[(&str, &str, Option<&str>)] = &[
    ("1.2.840.113549.1.1.2", "md2WithRSAEncryption", Some("MD2")),
    ("1.2.840.113549.1.1.3", "md4WithRSAEncryption", Some("MD4")),
    ("1.2.840.10040.4.3", "dsa-with-sha1", Some("SHA-1")),
    ("2.16.840.1.101.3.4.3.1", "dsa-with-sha224", None),
    ("2.16.840.1.101.3.4.3.2", "dsa-with-sha256", None),
    ("1.3.101.113", "Ed448", None),
    ("1.2.840.10045.4.1.1", "ecdsa-with-Recommended", None),
];

impl SigAlg {
    /// The hash this algorithm signs, if it names one.
    pub(crate) fn hash(&self) -> Option<Hash> {
        match self {
            SigAlg::RsaPkcs1(h) | SigAlg::Ecdsa(h) => Some(*h),
            SigAlg::RsaPss { hash, .. } => Some(*hash),
            SigAlg::Ed25519 | SigAlg::Unsupported(_) => None,
        }
    }
}

impl fmt::Display for SigAlg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigAlg::RsaPkcs1(h) => write!(f, "RSA PKCS#1 v1.5 with {}", h.name()),
            SigAlg::RsaPss { hash, .. } => write!(f, "RSA-PSS with {}", hash.name()),
            SigAlg::Ecdsa(h) => write!(f, "ECDSA with {}", h.name()),
            SigAlg::Ed25519 => f.write_str("Ed25519"),
            SigAlg::Unsupported(name) => f.write_str(name),
        }
    }
}

/// The signature algorithm from its OID (dotted) and parameters.
///
/// `params` is the DER of the AlgorithmIdentifier's parameters field, tag and length
/// included; for RSASSA-PSS the bare contents of the parameters SEQUENCE are accepted too.
/// Parameters of the other algorithms are not checked (NULL or absent, as RFC 5280 allows).
pub(crate) fn sig_alg(oid: &str, params: Option<&[u8]>) -> SigAlg {
    match oid {
        "1.2.840.113549.1.1.4" => SigAlg::RsaPkcs1(Hash::Md5),
        "1.2.840.113549.1.1.5" | "1.3.14.3.2.29" => SigAlg::RsaPkcs1(Hash::Sha1),
        "1.2.840.113549.1.1.14" => SigAlg::RsaPkcs1(Hash::Sha224),
        "1.2.840.113549.1.1.11" => SigAlg::RsaPkcs1(Hash::Sha256),
        "1.2.840.113549.1.1.12" => SigAlg::RsaPkcs1(Hash::Sha384),
        "1.2.840.113549.1.1.13" => SigAlg::RsaPkcs1(Hash::Sha512),
        "1.2.840.113549.1.1.10" => pss_params(params.unwrap_or(&[])).unwrap_or_else(|| {
            SigAlg::Unsupported("RSA-PSS with parameters certvet does not take".to_owned())
        }),
        "1.2.840.10045.4.1" => SigAlg::Ecdsa(Hash::Sha1),
        "1.2.840.10045.4.3.1" => SigAlg::Ecdsa(Hash::Sha224),
        "1.2.840.10045.4.3.2" => SigAlg::Ecdsa(Hash::Sha256),
        "1.2.840.10045.4.3.3" => SigAlg::Ecdsa(Hash::Sha384),
        "1.2.840.10045.4.3.4" => SigAlg::Ecdsa(Hash::Sha512),
        "1.3.101.112" => SigAlg::Ed25519,
        other => match UNSUPPORTED.iter().find(|(o, _, _)| *o == other) {
            Some((o, name, _)) => SigAlg::Unsupported(format!("{name} ({o})")),
            None => SigAlg::Unsupported(format!("signature algorithm {other}")),
        },
    }
}

/// The broken hash a signature algorithm relies on (`SHA-1`, `MD5`, `MD2`, `MD4`), if any.
pub(crate) fn weak_hash(alg: &SigAlg) -> Option<&'static str> {
    match alg {
        SigAlg::Unsupported(name) => UNSUPPORTED
            .iter()
            .find(|(o, n, _)| *name == format!("{n} ({o})"))
            .and_then(|(_, _, weak)| *weak),
        other => other.hash().filter(|h| h.is_weak()).map(Hash::name),
    }
}

/// Whether the algorithm signs with a hash that has collisions (SHA-1, MD5, and MD2/MD4).
pub(crate) fn is_weak(alg: &SigAlg) -> bool {
    weak_hash(alg).is_some()
}

/// RSASSA-PSS-params (RFC 4055 §3.1) with the defaults SHA-1, MGF1-SHA-1, salt 20, trailer 1.
fn pss_params(params: &[u8]) -> Option<SigAlg> {
    let body = match der::read(params) {
        Ok((seq, [])) if seq.tag == der::SEQUENCE => seq.content,
        _ => params,
    };
    let mut hash = Hash::Sha1;
    let mut mgf1_hash = Hash::Sha1;
    let mut salt_len = 20usize;
    let mut rest = body;
    while !rest.is_empty() {
        let (field, next) = der::read(rest).ok()?;
        rest = next;
        let content = field.content;
        match field.tag {
            0xa0 => hash = hash_alg_id(single(content)?)?,
            0xa1 => {
                let mgf = alg_id(single(content)?)?;
                if mgf.oid != oid::MGF1 {
                    return None;
                }
                mgf1_hash = hash_alg_id(mgf.params?.whole)?;
            }
            0xa2 => salt_len = usize::try_from(small_uint(single_integer(content)?)?).ok()?,
            0xa3 => {
                if small_uint(single_integer(content)?)? != 1 {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(SigAlg::RsaPss {
        hash,
        mgf1_hash,
        salt_len,
    })
}

/// The one element of an explicit tag's contents.
fn single(content: &[u8]) -> Option<&[u8]> {
    let (_, rest) = der::read(content).ok()?;
    rest.is_empty().then_some(content)
}

/// The contents of the INTEGER that is the whole of `der`.
fn single_integer(der: &[u8]) -> Option<&[u8]> {
    match der::read(der).ok()? {
        (int, []) if int.tag == der::INTEGER => Some(int.content),
        _ => None,
    }
}

/// A non-negative INTEGER's contents as a number, if it fits in 32 bits.
fn small_uint(content: &[u8]) -> Option<u64> {
    if content.first().is_some_and(|b| b & 0x80 != 0) {
        return None;
    }
    let t = trim_be(content);
    if t.len() > 4 {
        return None;
    }
    Some(t.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
}

/// The hash named by a DER AlgorithmIdentifier (parameters not looked at).
fn hash_alg_id(der: &[u8]) -> Option<Hash> {
    Hash::from_oid(&oid::dotted(alg_id(der)?.oid))
}

/// The AlgorithmIdentifier that is all of `der`.
fn alg_id(der: &[u8]) -> Option<AlgorithmId<'_>> {
    match algorithm_identifier(der, Profile::Certificate) {
        Ok((alg, [])) => Some(alg),
        _ => None,
    }
}

/// Whether `signature` over `tbs`, made with `alg`, verifies with the key of
/// `issuer_spki_der` (a DER SubjectPublicKeyInfo, SEQUENCE header included).
///
/// A key that does not decode (a SubjectPublicKeyInfo that is not one, an EC or Ed25519
/// key that is not a curve point) verifies nothing: `Ok(false)` (contract v1.1).
///
/// # Errors
/// `Err` with a short reason, naming the algorithm, when certvet cannot tell: a signature
/// algorithm it does not verify, or a key of a kind or size it does not take.
pub(crate) fn verify(
    tbs: &[u8],
    alg: &SigAlg,
    signature: &[u8],
    issuer_spki_der: &[u8],
) -> Result<bool, String> {
    if let SigAlg::Unsupported(name) = alg {
        return Err(format!(
            "{name} is not a signature algorithm certvet verifies"
        ));
    }
    let Some(key) = issuer_key(issuer_spki_der)? else {
        return Ok(false);
    };
    match (alg, &key) {
        (SigAlg::RsaPkcs1(h), PublicKey::Rsa { n, e }) => {
            crypto::rsa_pkcs1_verify(n, e, *h, tbs, signature)
        }
        (
            SigAlg::RsaPss {
                hash,
                mgf1_hash,
                salt_len,
            },
            PublicKey::Rsa { n, e },
        ) => {
            if hash != mgf1_hash {
                return Err(format!(
                    "RSA-PSS with {} and MGF1 with {} is not verified by certvet",
                    hash.name(),
                    mgf1_hash.name()
                ));
            }
            crypto::rsa_pss_verify(n, e, *hash, *salt_len, tbs, signature)
        }
        (SigAlg::Ecdsa(h), PublicKey::Ec { curve, point }) => {
            // The only error is a point off the curve: a key that does not decode.
            Ok(crypto::ecdsa_verify(*curve, point, *h, tbs, signature).unwrap_or(false))
        }
        (SigAlg::Ed25519, PublicKey::Ed25519(pk)) => {
            Ok(crypto::ed25519_verify(pk, tbs, signature).unwrap_or(false))
        }
        // An algorithm that does not fit the key: that key did not make this signature.
        _ => Ok(false),
    }
}

/// The issuer's key for verifying, from its DER SubjectPublicKeyInfo (all of
/// `spki_der`), as [`Spki::key`] reads it for verifying: `Ok(None)` when it does not
/// decode (it verifies nothing), `Err` naming a kind certvet does not verify.
fn issuer_key(spki_der: &[u8]) -> Result<Option<PublicKey>, String> {
    let key = match Spki::read(spki_der, Profile::Certificate) {
        Ok((spki, [])) => spki.key(KeyRead::Verify),
        _ => return Ok(None),
    };
    let name = match key {
        Ok(key) => return Ok(Some(key)),
        Err(NotTaken::Malformed(_) | NotTaken::InvalidPoint) => return Ok(None),
        Err(NotTaken::ExplicitCurve | NotTaken::NoCurve) => {
            "EC with explicit parameters".to_owned()
        }
        Err(NotTaken::Curve(curve)) => format!("EC on curve {}", oid::dotted(curve)),
        Err(NotTaken::Algorithm(oid::ED448)) => "Ed448".to_owned(),
        Err(NotTaken::Algorithm(oid::DSA)) => "DSA".to_owned(),
        Err(NotTaken::Algorithm(other)) => format!("key algorithm {}", oid::dotted(other)),
    };
    Err(format!(
        "the issuer's key ({name}) is of a kind certvet does not verify"
    ))
}

/// The dotted form of an OBJECT IDENTIFIER's contents; `None` when malformed.
pub(crate) fn oid_to_dotted(content: &[u8]) -> Option<String> {
    der::valid_oid(content).then(|| oid::dotted(content))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::crypto::{RSA_VERIFY_MAX_BITS, rsa_key};
    use crate::public_key::Curve;
    use crate::x509::CertView;

    /// Read a test certificate from testdata/chain-unit (made by its gen.sh).
    fn der(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/testdata/chain-unit/{name}.pem",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        pem_certificates(&text).pop().unwrap()
    }

    /// The DER of every `CERTIFICATE` block of a PEM text (also used by the chain tests).
    pub(crate) fn pem_certificates(text: &str) -> Vec<Vec<u8>> {
        use base64::Engine as _;
        text.split("-----BEGIN CERTIFICATE-----")
            .skip(1)
            .filter_map(|block| block.split("-----END CERTIFICATE-----").next())
            .map(|body| {
                let b64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap()
            })
            .collect()
    }

    /// `child`'s signed data: (algorithm, TBS, signature), and `issuer`'s SPKI.
    fn signed(child: &str, issuer: &str) -> (SigAlg, Vec<u8>, Vec<u8>, Vec<u8>) {
        let (c, i) = (der(child), der(issuer));
        let (c, i) = (CertView::parse(&c).unwrap(), CertView::parse(&i).unwrap());
        let (oid, params) = c.signature_algorithm();
        let alg = sig_alg(&oid_to_dotted(oid).unwrap(), params);
        let owned = <[u8]>::to_vec;
        (
            alg,
            owned(c.tbs_der()),
            owned(c.signature_value()),
            owned(i.spki_der()),
        )
    }

    /// (algorithm, verify result) of `child` checked against `issuer`'s key.
    fn check(child: &str, issuer: &str) -> (SigAlg, Result<bool, String>) {
        let (alg, tbs, sig, spki) = signed(child, issuer);
        let res = verify(&tbs, &alg, &sig, &spki);
        (alg, res)
    }

    #[test]
    fn every_supported_algorithm_verifies_with_its_signer() {
        // (child, issuer, expected algorithm); openssl-says.txt records OpenSSL's OK for each.
        let cases: &[(&str, &str, SigAlg)] = &[
            ("root", "root", SigAlg::RsaPkcs1(Hash::Sha256)),
            ("int", "root", SigAlg::RsaPkcs1(Hash::Sha256)),
            ("leaf", "int", SigAlg::RsaPkcs1(Hash::Sha256)),
            ("leaf-sha1", "int", SigAlg::RsaPkcs1(Hash::Sha1)),
            ("leaf-md5", "int", SigAlg::RsaPkcs1(Hash::Md5)),
            ("leaf-rsa-sha384", "int", SigAlg::RsaPkcs1(Hash::Sha384)),
            ("leaf-rsa-sha512", "int", SigAlg::RsaPkcs1(Hash::Sha512)),
            ("leaf-by-p256", "p256-ca", SigAlg::Ecdsa(Hash::Sha256)),
            (
                "leaf-by-p256-sha384",
                "p256-ca",
                SigAlg::Ecdsa(Hash::Sha384),
            ),
            ("leaf-by-p384", "p384-ca", SigAlg::Ecdsa(Hash::Sha384)),
            ("leaf-by-p521", "p521-ca", SigAlg::Ecdsa(Hash::Sha512)),
            (
                "leaf-by-p521-sha256",
                "p521-ca",
                SigAlg::Ecdsa(Hash::Sha256),
            ),
            ("p521-ca", "p521-ca", SigAlg::Ecdsa(Hash::Sha512)),
            ("leaf-by-ed25519", "ed25519-ca", SigAlg::Ed25519),
            (
                "leaf-by-pss",
                "pss-ca",
                SigAlg::RsaPss {
                    hash: Hash::Sha256,
                    mgf1_hash: Hash::Sha256,
                    salt_len: 32,
                },
            ),
            (
                "leaf-by-pss-key",
                "pss-key-ca",
                SigAlg::RsaPss {
                    hash: Hash::Sha384,
                    mgf1_hash: Hash::Sha384,
                    salt_len: 48,
                },
            ),
            (
                "leaf-by-rsa1024",
                "rsa1024-ca",
                SigAlg::RsaPkcs1(Hash::Sha256),
            ),
            (
                "leaf-by-rsa8200",
                "rsa8200-ca",
                SigAlg::RsaPkcs1(Hash::Sha256),
            ),
            ("other-ca", "other-ca", SigAlg::Ecdsa(Hash::Sha256)),
        ];
        for (child, issuer, alg) in cases {
            let (got_alg, res) = check(child, issuer);
            assert_eq!(&got_alg, alg, "{child}");
            assert_eq!(res, Ok(true), "{child} by {issuer}");
        }
    }

    #[test]
    fn another_key_does_not_verify() {
        // Same kind of key, wrong key: Ok(false).
        assert_eq!(check("leaf", "int-samename").1, Ok(false));
        assert_eq!(check("leaf-by-p256", "other-ca").1, Ok(false));
        assert_eq!(check("leaf-by-p384", "p521-ca").1, Ok(false));
        assert_eq!(check("leaf-by-pss", "int").1, Ok(false));
        assert_eq!(check("leaf-by-rsa8200", "rsa1024-ca").1, Ok(false));
        // Algorithm and key of different kinds: Ok(false) too.
        assert_eq!(check("leaf", "p256-ca").1, Ok(false));
        assert_eq!(check("leaf-by-ed25519", "int").1, Ok(false));
        assert_eq!(check("leaf-by-p256", "ed25519-ca").1, Ok(false));
    }

    #[test]
    fn a_damaged_signature_or_tbs_does_not_verify() {
        for (child, issuer) in [
            ("leaf", "int"),
            ("leaf-by-p256", "p256-ca"),
            ("leaf-by-p521", "p521-ca"),
            ("leaf-by-ed25519", "ed25519-ca"),
            ("leaf-by-pss", "pss-ca"),
        ] {
            let (alg, tbs, good, spki) = signed(child, issuer);
            let mut sig = good.clone();
            let mid = sig.len() / 2;
            sig[mid] ^= 1;
            assert_eq!(verify(&tbs, &alg, &sig, &spki), Ok(false));
            let mut damaged = tbs.clone();
            let last = damaged.len() - 1;
            damaged[last] ^= 1;
            assert_eq!(verify(&damaged, &alg, &good, &spki), Ok(false));
            // Truncated and empty signatures, never a panic.
            assert_eq!(verify(&tbs, &alg, &good[..mid], &spki), Ok(false));
            assert_eq!(verify(&tbs, &alg, &[], &spki), Ok(false));
        }
    }

    #[test]
    fn unsupported_algorithms_and_keys_cannot_be_told() {
        let leaf = der("leaf");
        let int = der("int");
        let c = CertView::parse(&leaf).unwrap();
        let i = CertView::parse(&int).unwrap();
        let md2 = sig_alg("1.2.840.113549.1.1.2", None);
        assert_eq!(
            md2,
            SigAlg::Unsupported("md2WithRSAEncryption (1.2.840.113549.1.1.2)".to_owned())
        );
        assert_eq!(
            verify(c.tbs_der(), &md2, c.signature_value(), i.spki_der()),
            Err(
                "md2WithRSAEncryption (1.2.840.113549.1.1.2) is not a signature algorithm \
                 certvet verifies"
                    .to_owned()
            )
        );
        // A SubjectPublicKeyInfo that is not one verifies nothing (contract v1.1).
        assert_eq!(
            verify(
                c.tbs_der(),
                &SigAlg::RsaPkcs1(Hash::Sha256),
                c.signature_value(),
                &[0x30]
            ),
            Ok(false)
        );
        // An X25519 key (1.3.101.110) cannot sign.
        let x25519: &[u8] = &[
            0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00, 1, 2, 3, 4, 5,
            6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32,
        ];
        assert_eq!(
            verify(c.tbs_der(), &SigAlg::Ed25519, &[0; 64], x25519),
            Err(
                "the issuer's key (key algorithm 1.3.101.110) is of a kind certvet does not \
                 verify"
                    .to_owned()
            )
        );
        // RSA-PSS with MGF1 on another hash.
        let odd = SigAlg::RsaPss {
            hash: Hash::Sha256,
            mgf1_hash: Hash::Sha1,
            salt_len: 32,
        };
        assert_eq!(
            verify(c.tbs_der(), &odd, c.signature_value(), i.spki_der()),
            Err("RSA-PSS with SHA-256 and MGF1 with SHA-1 is not verified by certvet".to_owned())
        );
    }

    #[test]
    fn rsa_keys_outside_the_range_cannot_be_told() {
        // A 256-bit modulus: under RSA_VERIFY_MIN_BITS.
        let n = [0xffu8; 32];
        assert_eq!(
            rsa_key(&n, &[1, 0, 1]).err(),
            Some("the issuer's RSA key (256 bits) cannot be used: modulus too small".to_owned())
        );
        let n = vec![0xffu8; RSA_VERIFY_MAX_BITS / 8 + 1];
        assert_eq!(
            rsa_key(&n, &[1, 0, 1]).err(),
            Some("an RSA key of 16392 bits is outside what certvet verifies".to_owned())
        );
        // 16384 bits loads (odd modulus, exponent 65537).
        let mut n = vec![0xffu8; RSA_VERIFY_MAX_BITS / 8];
        n[0] = 0xc1;
        assert!(rsa_key(&n, &[1, 0, 1]).is_ok());
        // Exponents 0 and 2^40 + 1 are refused, 2^33 - 1 is at the limit.
        let mut n = vec![0xffu8; 256];
        n[0] = 0xc1;
        assert_eq!(
            rsa_key(&n, &[0]).err(),
            Some(
                "the issuer's RSA key (2048 bits) cannot be used: its public exponent is out of \
                 range"
                    .to_owned()
            )
        );
        assert!(rsa_key(&n, &[1, 0, 0, 0, 0, 1]).is_err());
        assert!(rsa_key(&n, &[1, 0xff, 0xff, 0xff, 0xff]).is_ok());
        // 1024 bits loads.
        let mut n = vec![0xffu8; 128];
        n[0] = 0xc1;
        assert!(rsa_key(&n, &[1, 0, 1]).is_ok());
    }

    #[test]
    fn weak_hashes_are_sha1_md5_md2_md4() {
        assert_eq!(weak_hash(&SigAlg::RsaPkcs1(Hash::Sha1)), Some("SHA-1"));
        assert_eq!(weak_hash(&SigAlg::RsaPkcs1(Hash::Md5)), Some("MD5"));
        assert_eq!(weak_hash(&SigAlg::Ecdsa(Hash::Sha1)), Some("SHA-1"));
        assert_eq!(
            weak_hash(&sig_alg("1.2.840.113549.1.1.2", None)),
            Some("MD2")
        );
        assert_eq!(
            weak_hash(&sig_alg("1.2.840.10040.4.3", None)),
            Some("SHA-1")
        );
        assert_eq!(weak_hash(&SigAlg::RsaPkcs1(Hash::Sha256)), None);
        assert_eq!(weak_hash(&SigAlg::Ed25519), None);
        assert_eq!(weak_hash(&sig_alg("1.2.3.4", None)), None);
        assert!(is_weak(&SigAlg::RsaPss {
            hash: Hash::Sha1,
            mgf1_hash: Hash::Sha1,
            salt_len: 20
        }));
        assert!(!is_weak(&SigAlg::Ecdsa(Hash::Sha384)));
    }

    #[test]
    fn pss_parameters() {
        // Absent parameters or an empty SEQUENCE: all defaults (SHA-1, MGF1-SHA-1, salt 20).
        let defaults = SigAlg::RsaPss {
            hash: Hash::Sha1,
            mgf1_hash: Hash::Sha1,
            salt_len: 20,
        };
        assert_eq!(sig_alg("1.2.840.113549.1.1.10", None), defaults);
        assert_eq!(
            sig_alg("1.2.840.113549.1.1.10", Some(&[0x30, 0x00])),
            defaults
        );
        // SHA-256, MGF1-SHA-256, salt 32, as a full TLV and as bare contents.
        let full: &[u8] = &[
            0x30, 0x34, 0xa0, 0x0f, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03,
            0x04, 0x02, 0x01, 0x05, 0x00, 0xa1, 0x1c, 0x30, 0x1a, 0x06, 0x09, 0x2a, 0x86, 0x48,
            0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
            0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0xa2, 0x03, 0x02, 0x01, 0x20,
        ];
        let want = SigAlg::RsaPss {
            hash: Hash::Sha256,
            mgf1_hash: Hash::Sha256,
            salt_len: 32,
        };
        assert_eq!(sig_alg("1.2.840.113549.1.1.10", Some(full)), want);
        assert_eq!(sig_alg("1.2.840.113549.1.1.10", Some(&full[2..])), want);
        // Trailer field 2 and garbage are unsupported, not a panic.
        let trailer2: &[u8] = &[0x30, 0x05, 0xa3, 0x03, 0x02, 0x01, 0x02];
        assert_eq!(
            sig_alg("1.2.840.113549.1.1.10", Some(trailer2)),
            SigAlg::Unsupported("RSA-PSS with parameters certvet does not take".to_owned())
        );
        for cut in 0..full.len() {
            let _ = sig_alg("1.2.840.113549.1.1.10", Some(&full[..cut]));
        }
    }

    #[test]
    fn der_helpers() {
        assert_eq!(
            oid_to_dotted(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]).as_deref(),
            Some("1.2.840.113549.1.1.11")
        );
        assert_eq!(
            oid_to_dotted(&[0x2b, 0x65, 0x70]).as_deref(),
            Some("1.3.101.112")
        );
        assert_eq!(oid_to_dotted(&[0x88, 0x37]).as_deref(), Some("2.999"));
        assert_eq!(oid_to_dotted(&[0x2a, 0x86]), None);
        assert_eq!(oid_to_dotted(&[0x2a, 0x80, 0x01]), None);
        assert_eq!(oid_to_dotted(&[]), None);
        // The certificate reader's element view, as this module reads elements.
        let read_tlv = |input| {
            der::read(input)
                .ok()
                .map(|(tlv, rest)| (tlv.tag, tlv.content, rest))
        };
        assert_eq!(
            read_tlv(&[0x02, 0x01, 0x05, 0xff]),
            Some((0x02, &[5u8][..], &[0xffu8][..]))
        );
        assert_eq!(
            read_tlv(&[0x04, 0x81, 0x01, 0x07]),
            Some((0x04, &[7u8][..], &[][..]))
        );
        assert_eq!(read_tlv(&[0x04, 0x02, 0x07]), None);
        assert_eq!(read_tlv(&[0x04, 0x80]), None);
        // High tag numbers (0x1f, then the number) are read, as the certificate reader does.
        assert_eq!(
            read_tlv(&[0x1f, 0x01, 0x00]),
            Some((0x1f, &[][..], &[][..]))
        );
        assert_eq!(read_tlv(&[0x04, 0x85, 1, 1, 1, 1, 1]), None);
    }

    #[test]
    fn spki_kinds() {
        let p521 = der("p521-ca");
        let c = CertView::parse(&p521).unwrap();
        match issuer_key(c.spki_der()).unwrap().unwrap() {
            PublicKey::Ec { curve, point } => {
                assert_eq!(curve, Curve::P521);
                assert_eq!(point.len(), 133);
                assert_eq!(point[0], 4);
            }
            other => panic!("{other:?}"),
        }
        let pss = der("pss-key-ca");
        let c = CertView::parse(&pss).unwrap();
        assert_eq!(
            issuer_key(c.spki_der()).unwrap().unwrap().describe(),
            "RSA-2048"
        );
        let big = der("rsa8200-ca");
        let c = CertView::parse(&big).unwrap();
        assert_eq!(
            issuer_key(c.spki_der()).unwrap().unwrap().describe(),
            "RSA-8200"
        );
        // Every prefix of a real SPKI is an error, never a panic.
        let spki = c.spki_der();
        for cut in 0..spki.len() {
            assert!(issuer_key(&spki[..cut]) == Ok(None));
        }
    }
}
