//! PKCS#8 `PrivateKeyInfo` v1 and `OneAsymmetricKey` v2 (RFC 5208, RFC 5958),
//! and `SubjectPublicKeyInfo` (RFC 5280) given where a private key belongs.

use super::opened::malformed;
use crate::der::{self, DerError, Field, Reader};
use crate::error::Finding;
use crate::oid;
use crate::secret::SecretBytes;
use crate::x509::{AlgError, AlgorithmId, Profile, Spki, algorithm_identifier};

/// Read an `AlgorithmIdentifier` as a key container's (the one reader, in `x509::spki`).
fn algorithm<'a>(r: &mut Reader<'a>) -> Result<AlgorithmId<'a>, DerError> {
    r.read_by(|input| algorithm_identifier(input, Profile::KeyContainer).map_err(AlgError::der))
}

/// RSA keys take absent or NULL parameters (rsaEncryption) or any RSASSA-PSS
/// parameters (the PSS restriction is not enforced: the key opens as RSA).
pub(super) fn check_rsa_params(alg: &AlgorithmId<'_>) -> Result<(), Finding> {
    match alg.params {
        None => Ok(()),
        Some(p) if p.tag == der::NULL && p.content.is_empty() => Ok(()),
        Some(p) if p.tag == der::SEQUENCE && alg.oid == oid::RSASSA_PSS => Ok(()),
        Some(_) => Err(malformed(
            "the RSA AlgorithmIdentifier's parameters are not NULL",
        )),
    }
}

/// A decoded PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey`: the parts an algorithm
/// module opens.
pub(super) struct PrivateKeyInfo<'a> {
    /// privateKeyAlgorithm.
    pub(super) alg: AlgorithmId<'a>,
    /// The privateKey OCTET STRING's contents.
    pub(super) private_key: &'a [u8],
    /// The v2 publicKey's octets, if present.
    pub(super) embedded: Option<&'a [u8]>,
}

/// Decode a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey` (the algorithm is not looked at).
pub(super) fn decode(der: &[u8]) -> Result<PrivateKeyInfo<'_>, Finding> {
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

    Ok(PrivateKeyInfo {
        alg,
        private_key,
        embedded,
    })
}

/// Decode a `SubjectPublicKeyInfo` given where a private key belongs, as a key container
/// (the algorithm is not looked at).
pub(super) fn decode_spki(der: &[u8]) -> Result<Spki<'_>, Finding> {
    Spki::whole(der, Profile::KeyContainer).map_err(|e| {
        malformed(format!(
            "the PUBLIC KEY (SubjectPublicKeyInfo) does not decode: {}",
            e.der()
        ))
    })
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
