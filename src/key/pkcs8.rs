//! PKCS#8 `PrivateKeyInfo` v1 and `OneAsymmetricKey` v2 (RFC 5208, RFC 5958),
//! and `SubjectPublicKeyInfo` (RFC 5280) given where a private key belongs.

use super::{Opened, Outcome, ec, ed25519, malformed, rsa};
use crate::der::{self, DerError, Field, Reader};
use crate::oid;
use crate::public_key::PublicKey;
use crate::secret::SecretBytes;

/// An `AlgorithmIdentifier`: the OID and the parameters' tag and contents, if any.
struct AlgorithmId<'a> {
    /// The algorithm OID's contents.
    oid: &'a [u8],
    /// The parameters' tag and contents.
    params: Option<(u8, &'a [u8])>,
}

/// Read an `AlgorithmIdentifier`.
fn algorithm<'a>(r: &mut Reader<'a>) -> Result<AlgorithmId<'a>, DerError> {
    let mut seq = r.sequence()?;
    let oid = seq.oid()?;
    let params = if seq.is_empty() {
        None
    } else {
        Some(seq.read_any()?)
    };
    seq.finish()?;
    Ok(AlgorithmId { oid, params })
}

/// RSA keys take absent or NULL parameters (rsaEncryption) or any RSASSA-PSS
/// parameters (the PSS restriction is not enforced: the key opens as RSA).
fn check_rsa_params(alg: &AlgorithmId<'_>) -> Result<(), super::Finding> {
    match alg.params {
        None => Ok(()),
        Some((der::NULL, [])) => Ok(()),
        Some((der::SEQUENCE, _)) if alg.oid == oid::RSASSA_PSS => Ok(()),
        Some(_) => Err(malformed(
            "the RSA AlgorithmIdentifier's parameters are not NULL",
        )),
    }
}

/// Decode and prove a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey`.
pub(super) fn open_pkcs8(der: &[u8]) -> Outcome {
    let decode_error =
        |e: DerError| malformed(format!("the PKCS#8 PrivateKeyInfo does not decode: {e}"));
    let mut seq = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let version = seq.small_uint().field("version").map_err(decode_error)?;
    if !matches!(version, Some(0 | 1)) {
        return Err(malformed(
            "the PKCS#8 PrivateKeyInfo has a version other than 0 (v1) or 1 (v2)",
        ));
    }
    let alg = algorithm(&mut seq)
        .field("privateKeyAlgorithm")
        .map_err(decode_error)?;
    let private_key = seq
        .read(der::OCTET_STRING)
        .field("privateKey")
        .map_err(decode_error)?;
    seq.read_optional(der::context(0))
        .field("attributes")
        .map_err(decode_error)?;
    let embedded = seq
        .read_optional(der::context_primitive(1))
        .field("publicKey")
        .map_err(decode_error)?
        .map(der::bit_string_octets)
        .transpose()
        .field("publicKey")
        .map_err(decode_error)?;
    // RFC 5958's extension marker: later context-specific fields are skipped.
    while !seq.is_empty() {
        let (tag, _) = seq.read_any().map_err(decode_error)?;
        if tag & 0xc0 != 0x80 {
            return Err(decode_error(DerError::new(
                "unexpected data after the last field",
            )));
        }
    }

    if alg.oid == oid::RSA_ENCRYPTION || alg.oid == oid::RSASSA_PSS {
        check_rsa_params(&alg)?;
        let opened = rsa::open_pkcs1(private_key)?;
        match embedded {
            Some(embedded) => rsa::check_embedded_public(opened, embedded),
            None => Ok(opened),
        }
    } else if alg.oid == oid::EC_PUBLIC_KEY {
        let Some((tag, contents)) = alg.params else {
            return Err(malformed(
                "the EC AlgorithmIdentifier names no curve (its parameters are missing)",
            ));
        };
        let curve = ec::named_curve(tag, contents)?;
        ec::open_sec1(private_key, Some(curve), embedded)
    } else if alg.oid == oid::ED25519 {
        ed25519::open_pkcs8(private_key, alg.params.is_some(), embedded)
    } else {
        Err(super::unsupported(oid::describe(alg.oid)))
    }
}

/// Decode a `SubjectPublicKeyInfo` given where a private key belongs.
///
/// A key of a kind certvet does not take still counts as "only a public key"
/// ([`PublicKey::Unsupported`] naming it).
pub(super) fn open_spki(der: &[u8]) -> Outcome {
    let decode_error = |e: DerError| {
        malformed(format!(
            "the PUBLIC KEY (SubjectPublicKeyInfo) does not decode: {e}"
        ))
    };
    let mut seq = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let alg = algorithm(&mut seq)
        .field("algorithm")
        .map_err(decode_error)?;
    let bits = seq
        .bit_string_octets()
        .field("subjectPublicKey")
        .map_err(decode_error)?;
    seq.finish().map_err(decode_error)?;

    let public = if alg.oid == oid::RSA_ENCRYPTION || alg.oid == oid::RSASSA_PSS {
        rsa::spki_public(bits)?
    } else if alg.oid == oid::EC_PUBLIC_KEY {
        match alg.params {
            Some((der::OID, curve_oid)) => match ec::named_curve(der::OID, curve_oid) {
                Ok(curve) => ec::spki_public(curve, bits)?,
                Err(_) => PublicKey::Unsupported(format!(
                    "EC {}",
                    oid::name(curve_oid).map_or_else(|| oid::dotted(curve_oid), str::to_owned)
                )),
            },
            Some(_) => PublicKey::Unsupported("EC with explicit curve parameters".to_owned()),
            None => {
                return Err(malformed(
                    "the EC public key names no curve (its parameters are missing)",
                ));
            }
        }
    } else if alg.oid == oid::ED25519 {
        ed25519::spki_public(bits)?
    } else {
        PublicKey::Unsupported(
            oid::name(alg.oid).map_or_else(|| oid::describe(alg.oid), str::to_owned),
        )
    };
    Ok(Opened::PublicOnly(public))
}

/// An unencrypted PKCS#8 v1 `PrivateKeyInfo` (version 0): the AlgorithmIdentifier's
/// fields (the OID and any parameters) and the privateKey OCTET STRING node.
pub(super) fn private_key_info<'a>(
    algorithm: Vec<der::Node<'a>>,
    private_key: der::Node<'a>,
) -> SecretBytes {
    der::Node::Cons(
        der::SEQUENCE,
        vec![
            der::Node::Uint(&[]),
            der::Node::Cons(der::SEQUENCE, algorithm),
            private_key,
        ],
    )
    .to_der()
}
