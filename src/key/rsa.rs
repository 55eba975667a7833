//! RSA keys: PKCS#1 `RSAPrivateKey` and `RSAPublicKey` (RFC 8017 A.1). That a private
//! key's parts agree is proven by [`crate::crypto::rsa_proof`], which does the arithmetic.
use crate::crypto::rsa_proof::{RsaParts, prove};
use crate::secret::SecretBytes;

use super::opened::{Opened, Outcome, Secret, inconsistent, malformed, unsupported};
use crate::der::{self, Field, Node, Reader};
use crate::error::Finding;
use crate::oid;
use crate::public_key::{PublicKey, bit_len, trim_be};

/// The largest modulus certvet reads, in bits (OpenSSL's `OPENSSL_RSA_MAX_MODULUS_BITS`).
const MAX_MODULUS_BITS: u32 = 16384;

/// Decode a PKCS#1 `RSAPrivateKey`.
fn parse(der: &[u8]) -> Result<RsaParts<'_>, Finding> {
    let decode_error =
        |e: der::DerError| malformed(format!("the PKCS#1 RSAPrivateKey does not decode: {e}"));
    let mut seq = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let version = seq.small_uint().field("version").map_err(decode_error)?;
    let mut int = |name| seq.uint().field(name).map_err(decode_error);
    let key = RsaParts {
        n: int("modulus")?,
        e: int("publicExponent")?,
        d: int("privateExponent")?,
        p: int("prime1")?,
        q: int("prime2")?,
        dp: int("exponent1")?,
        dq: int("exponent2")?,
        qinv: int("coefficient")?,
    };
    match version {
        Some(0) => {}
        Some(1) => {
            let others = seq
                .sequence()
                .field("otherPrimeInfos")
                .map_err(decode_error)?;
            let mut count = 2usize;
            let mut others = others;
            while !others.is_empty() {
                others.read_any().map_err(decode_error)?;
                count += 1;
            }
            return Err(unsupported(format_args!(
                "multi-prime RSA ({count} primes)"
            )));
        }
        _ => {
            return Err(malformed(
                "the PKCS#1 RSAPrivateKey has a version other than 0 (two-prime) or 1 (multi-prime)",
            ));
        }
    }
    seq.finish().map_err(decode_error)?;
    check_public(key.n, key.e)?;
    Ok(key)
}

/// Refuse moduli certvet does not read: zero, or over 16384 bits.
fn check_public(n: &[u8], e: &[u8]) -> Result<(), Finding> {
    if n.is_empty() {
        return Err(malformed("the RSA modulus is 0"));
    }
    if e.is_empty() {
        return Err(malformed("the RSA public exponent is 0"));
    }
    let bits = bit_len(n);
    if bits > MAX_MODULUS_BITS {
        return Err(unsupported(format_args!(
            "RSA-{bits} (certvet reads moduli up to {MAX_MODULUS_BITS} bits)"
        )));
    }
    Ok(())
}

/// The public key (n, e), normalised.
fn public(n: &[u8], e: &[u8]) -> PublicKey {
    PublicKey::Rsa {
        n: trim_be(n).to_vec(),
        e: trim_be(e).to_vec(),
    }
}

/// Decode and prove a PKCS#1 `RSAPrivateKey`.
pub(super) fn open_pkcs1(der: &[u8]) -> Outcome {
    let key = parse(der)?;
    let claimed = public(key.n, key.e);
    if let Err(why) = prove(&key) {
        return Ok(inconsistent(
            Some(claimed),
            format!("the RSA private key's parts disagree: {why}"),
        ));
    }
    Ok(Opened::Proven {
        public: claimed,
        secret: super::opened::KeySecret {
            inner: Secret::Rsa {
                pkcs1: SecretBytes::copy_of(der),
            },
        },
    })
}

/// Check an embedded public key (PKCS#8 v2 `publicKey`, an `RSAPublicKey`)
/// against the proven one.
pub(super) fn check_embedded_public(opened: Opened, embedded: &[u8]) -> Outcome {
    let Opened::Proven { public, .. } = &opened else {
        return Ok(opened);
    };
    let matches = match parse_public(embedded) {
        Ok(PublicKey::Rsa { n, e }) => {
            matches!(public, PublicKey::Rsa { n: n2, e: e2 } if *n2 == n && *e2 == e)
        }
        _ => false,
    };
    if matches {
        Ok(opened)
    } else {
        Ok(inconsistent(
            parse_public(embedded).ok(),
            "the embedded public key (PKCS#8 publicKey) is not the private key's n and e",
        ))
    }
}

/// Decode a PKCS#1 `RSAPublicKey` (SEQUENCE { n, e }).
fn parse_public(der: &[u8]) -> Result<PublicKey, Finding> {
    let decode_error =
        |e: der::DerError| malformed(format!("the PKCS#1 RSAPublicKey does not decode: {e}"));
    let mut seq = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let n = seq.uint().field("modulus").map_err(decode_error)?;
    let e = seq.uint().field("publicExponent").map_err(decode_error)?;
    seq.finish().map_err(decode_error)?;
    check_public(n, e)?;
    Ok(public(n, e))
}

/// Decode a PKCS#1 `RSAPublicKey` given where a private key belongs.
pub(super) fn open_public_pkcs1(der: &[u8]) -> Outcome {
    parse_public(der).map(Opened::PublicOnly)
}

/// The public key of an SPKI's `RSAPublicKey`.
pub(super) fn spki_public(der: &[u8]) -> Result<PublicKey, Finding> {
    parse_public(der)
}

/// The parts of an unencrypted PKCS#8 v1 around a PKCS#1 key (rsaEncryption, NULL
/// parameters); `pkcs8::private_key_info` writes the container.
pub(super) fn pkcs8_parts(pkcs1: &[u8]) -> (Vec<Node<'_>>, Node<'_>) {
    (
        vec![
            Node::Prim(der::OID, oid::RSA_ENCRYPTION),
            Node::Prim(der::NULL, &[]),
        ],
        Node::Prim(der::OCTET_STRING, pkcs1),
    )
}
