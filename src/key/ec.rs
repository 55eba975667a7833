//! EC keys on P-256, P-384 and P-521: SEC1 `ECPrivateKey` (RFC 5915), the curve
//! from its named-curve parameters (RFC 5480), and the public point derived as d·G.

use crate::secret::SecretBytes;

use super::opened::{Opened, Outcome, Secret, inconsistent, invalid, malformed, unsupported};
use crate::crypto;
use crate::der::{self, Field, Node, Reader};
use crate::error::{Finding, Reason};
use crate::oid;
use crate::public_key::{Curve, PublicKey};

/// Hint for curves given by explicit parameters.
const HINT_EXPLICIT: &str = "re-encode the key with a named curve: `openssl ec -in key.pem \
     -param_enc named_curve -out key.named.pem` (P-256, P-384 and P-521 keep their keys)";

/// The curve's named-curve OID contents.
pub(super) fn curve_oid(curve: Curve) -> &'static [u8] {
    match curve {
        Curve::P256 => oid::P256,
        Curve::P384 => oid::P384,
        Curve::P521 => oid::P521,
    }
}

/// The curve of `ECParameters` (a named-curve OID; explicit or implicit
/// parameters are refused), given the parameters' tag and contents.
pub(super) fn named_curve(tag: u8, contents: &[u8]) -> Result<Curve, Finding> {
    match tag {
        der::OID => {
            let named = [Curve::P256, Curve::P384, Curve::P521]
                .into_iter()
                .find(|&c| curve_oid(c) == contents);
            match named {
                Some(c) => Ok(c),
                None => Err(unsupported(format_args!(
                    "EC on the curve {}",
                    oid::describe(contents)
                ))),
            }
        }
        der::SEQUENCE => Err(Finding::error(
            Reason::UnsupportedKeyAlgorithm,
            "the key is EC with explicit curve parameters, which certvet does not take \
             (the cloud API wants a named curve)",
        )
        .with_hint(HINT_EXPLICIT)),
        der::NULL => Err(unsupported("EC with implicitlyCA curve parameters")),
        _ => Err(malformed(
            "the EC curve parameters are neither a named curve nor explicit parameters",
        )),
    }
}

/// What deriving the public point from a scalar gave.
enum Derived {
    /// The uncompressed point `04 || X || Y`.
    Point(Vec<u8>),
    /// The scalar is 0 or not below the group order.
    OutOfRange,
}

/// d·G on `curve`, uncompressed; `scalar` is field-size big-endian ([`crypto::ec_public`]).
fn derive(curve: Curve, scalar: &[u8]) -> Derived {
    crypto::ec_public(curve, scalar).map_or(Derived::OutOfRange, Derived::Point)
}

/// The public key a file claims by its embedded point, for a hint.
fn claimed(curve: Curve, point: &[u8]) -> Option<PublicKey> {
    let uncompressed_len = 1 + 2 * curve.field_bytes();
    let point = if point.first() == Some(&4) && point.len() == uncompressed_len {
        Some(point.to_vec())
    } else {
        crypto::uncompressed_point(curve, point)
    };
    point.map(|point| PublicKey::Ec { curve, point })
}

/// Whether an embedded point encoding (uncompressed, or compressed) is the
/// derived uncompressed point.
fn same_point(curve: Curve, embedded: &[u8], derived: &[u8]) -> bool {
    let len = curve.field_bytes();
    match embedded.split_first() {
        Some((4, _)) => embedded == derived,
        Some((&prefix @ (2 | 3), x)) => {
            let derived_x = derived.get(1..1 + len);
            let y_odd = derived.last().map(|b| b & 1);
            x.len() == len && derived_x == Some(x) && y_odd == Some(prefix & 1)
        }
        _ => false,
    }
}

/// The public key of an SPKI on a supported curve.
pub(super) fn spki_public(curve: Curve, point: &[u8]) -> Result<PublicKey, Finding> {
    crypto::uncompressed_point(curve, point)
        .map(|point| PublicKey::Ec { curve, point })
        .ok_or_else(|| malformed(format!("the public key is not a valid {curve} point")))
}

/// Decode and prove a SEC1 `ECPrivateKey`.
///
/// `outer` is the curve of an enclosing PKCS#8 `AlgorithmIdentifier`, and
/// `outer_public` the PKCS#8 v2 `publicKey`, when the key came in PKCS#8.
pub(super) fn open_sec1(der: &[u8], outer: Option<Curve>, outer_public: Option<&[u8]>) -> Outcome {
    let Sec1 {
        private,
        params,
        embedded,
    } = decode_sec1(der)?;
    let curve = sec1_curve(outer, params)?;
    let scalar = fixed_length_scalar(curve, private)?;
    prove(curve, scalar, embedded, outer_public)
}

/// The fields of a SEC1 `ECPrivateKey` certvet reads.
struct Sec1<'a> {
    /// The privateKey OCTET STRING's contents.
    private: &'a [u8],
    /// The parameters' tag and contents, if present.
    params: Option<(u8, &'a [u8])>,
    /// The publicKey's octets, if present.
    embedded: Option<&'a [u8]>,
}

/// Decode a SEC1 `ECPrivateKey` (RFC 5915).
fn decode_sec1(der: &[u8]) -> Result<Sec1<'_>, Finding> {
    let decode_error =
        |e: der::DerError| malformed(format!("the SEC1 ECPrivateKey does not decode: {e}"));
    let mut seq = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let version = seq.small_uint().field("version").map_err(decode_error)?;
    if version != Some(1) {
        return Err(malformed(
            "the SEC1 ECPrivateKey has a version other than 1",
        ));
    }
    let private = seq
        .read(der::OCTET_STRING)
        .field("privateKey")
        .map_err(decode_error)?;
    let params = match seq
        .read_optional(der::context(0))
        .field("parameters")
        .map_err(decode_error)?
    {
        Some(explicit) => {
            let mut inner = Reader::new(explicit);
            let (tag, contents) = inner.read_any().field("parameters").map_err(decode_error)?;
            inner.finish().field("parameters").map_err(decode_error)?;
            Some((tag, contents))
        }
        None => None,
    };
    let embedded = match seq
        .read_optional(der::context(1))
        .field("publicKey")
        .map_err(decode_error)?
    {
        Some(explicit) => {
            let mut inner = Reader::new(explicit);
            let bits = inner
                .bit_string_octets()
                .field("publicKey")
                .map_err(decode_error)?;
            inner.finish().field("publicKey").map_err(decode_error)?;
            Some(bits)
        }
        None => None,
    };
    seq.finish().map_err(decode_error)?;
    Ok(Sec1 {
        private,
        params,
        embedded,
    })
}

/// The key's curve: the PKCS#8 AlgorithmIdentifier's (`outer`), which SEC1's parameters
/// must then repeat if present, or SEC1's own named curve.
fn sec1_curve(outer: Option<Curve>, params: Option<(u8, &[u8])>) -> Result<Curve, Finding> {
    Ok(match (outer, params) {
        (Some(outer), None) => outer,
        (Some(outer), Some((tag, contents))) => {
            if tag != der::OID || contents != curve_oid(outer) {
                let inner = if tag == der::OID {
                    oid::describe(contents)
                } else {
                    "explicit parameters".to_owned()
                };
                return Err(malformed(format!(
                    "the SEC1 parameters ({inner}) disagree with the PKCS#8 algorithm's curve ({outer})"
                )));
            }
            outer
        }
        (None, Some((tag, contents))) => named_curve(tag, contents)?,
        (None, None) => {
            return Err(malformed(
                "the SEC1 ECPrivateKey names no curve (its parameters field is missing)",
            ));
        }
    })
}

/// The private scalar, which RFC 5915 fixes at the byte length of the group order
/// (⌈log2 n / 8⌉; for P-256, P-384 and P-521 the field size too). A shorter or longer
/// privateKey OCTET STRING is `MalformedPrivateKey` (contract v1.1), even where the number
/// in it would fit: OpenSSL since 1.1.0 and every other current encoder write the full
/// length, and a short field is what a truncated key looks like.
fn fixed_length_scalar(curve: Curve, private: &[u8]) -> Result<SecretBytes, Finding> {
    let len = curve.field_bytes();
    if private.len() != len {
        return Err(malformed(format!(
            "the EC private key's privateKey field has the wrong length: {} octets, where \
             a {curve} key has exactly {len} (RFC 5915)",
            private.len()
        )));
    }
    Ok(SecretBytes::copy_of(private))
}

/// Prove that `scalar` is the key of every public point the file carries (`embedded` in
/// SEC1, `outer_public` in PKCS#8 v2) and derive the public point.
fn prove(
    curve: Curve,
    scalar: SecretBytes,
    embedded: Option<&[u8]>,
    outer_public: Option<&[u8]>,
) -> Outcome {
    let len = curve.field_bytes();
    // The file's claim, for a hint if the parts disagree.
    let claim = || {
        embedded
            .or(outer_public)
            .and_then(|point| claimed(curve, point))
    };

    // The fast path: on P-256, when the file's public points (one, or two that
    // agree) are uncompressed, ring proves d·G equals them without a separate
    // derivation (crypto.rs's table says why ring). Any failure takes the full
    // path below, which says what is wrong.
    let candidate = match (embedded, outer_public) {
        (Some(a), Some(b)) if a != b => None,
        (a, b) => a.or(b),
    };
    if curve == Curve::P256
        && let Some(point) = candidate
        && point.len() == 1 + 2 * len
        && point.first() == Some(&4)
        && crypto::p256_proves(&scalar, point)
    {
        return Ok(proven(curve, scalar, point.to_vec()));
    }

    let point = match derive(curve, &scalar) {
        Derived::Point(point) => point,
        Derived::OutOfRange => {
            let why = if scalar.iter().all(|&b| b == 0) {
                "the private scalar is 0".to_owned()
            } else {
                format!("the private scalar is not below the {curve} group order")
            };
            let message = format!("the EC private key is invalid: {why}");
            if embedded.is_none() && outer_public.is_none() {
                // No public key in the file to disagree with: the key is malformed.
                return Err(invalid(message));
            }
            return Ok(inconsistent(claim(), message));
        }
    };
    for (place, embedded) in [
        ("SEC1 publicKey", embedded),
        ("PKCS#8 publicKey", outer_public),
    ] {
        if let Some(embedded) = embedded
            && !same_point(curve, embedded, &point)
        {
            return Ok(inconsistent(
                claimed(curve, embedded),
                format!(
                    "the embedded public key ({place}) is not the one the private scalar derives"
                ),
            ));
        }
    }
    Ok(proven(curve, scalar, point))
}

/// A proven EC key: `point` is d·G for `scalar`.
fn proven(curve: Curve, scalar: SecretBytes, point: Vec<u8>) -> Opened {
    Opened::Proven {
        public: PublicKey::Ec {
            curve,
            point: point.clone(),
        },
        secret: super::opened::KeySecret {
            inner: Secret::Ec {
                curve,
                scalar,
                point,
            },
        },
    }
}

/// The SEC1 `ECPrivateKey` node: version 1, the scalar, the curve when
/// `with_params`, and the public point.
fn sec1_node<'a>(curve: Curve, scalar: &'a [u8], point: &'a [u8], with_params: bool) -> Node<'a> {
    let mut fields = vec![Node::Uint(&[1]), Node::Prim(der::OCTET_STRING, scalar)];
    if with_params {
        fields.push(Node::Cons(
            der::context(0),
            vec![Node::Prim(der::OID, curve_oid(curve))],
        ));
    }
    fields.push(Node::Cons(der::context(1), vec![Node::Bits(point)]));
    Node::Cons(der::SEQUENCE, fields)
}

/// SEC1 `ECPrivateKey` DER.
pub(super) fn sec1_der(
    curve: Curve,
    scalar: &[u8],
    point: &[u8],
    with_params: bool,
) -> SecretBytes {
    sec1_node(curve, scalar, point, with_params).to_der()
}

/// The parts of an unencrypted PKCS#8 v1 (id-ecPublicKey with the named curve; the inner SEC1
/// without parameters but with the public key, as OpenSSL writes it).
pub(super) fn pkcs8_parts<'a>(
    curve: Curve,
    scalar: &'a [u8],
    point: &'a [u8],
) -> (Vec<Node<'a>>, Node<'a>) {
    (
        vec![
            Node::Prim(der::OID, oid::EC_PUBLIC_KEY),
            Node::Prim(der::OID, curve_oid(curve)),
        ],
        Node::Wrap(vec![sec1_node(curve, scalar, point, false)]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_embedded_points_compare_by_x_and_parity() {
        let derived = [4, 1, 2, 3, 4];
        // A toy "curve" of 2-byte fields is not one of ours; use P-256 sizes instead.
        let mut point = vec![4u8];
        point.extend_from_slice(&[7u8; 32]);
        point.extend_from_slice(&[9u8; 32]);
        let mut compressed = vec![3u8];
        compressed.extend_from_slice(&[7u8; 32]);
        assert!(same_point(Curve::P256, &compressed, &point));
        compressed[0] = 2;
        assert!(!same_point(Curve::P256, &compressed, &point));
        assert!(!same_point(Curve::P256, &[], &point));
        assert!(!same_point(Curve::P256, &derived, &point));
    }

    #[test]
    fn unsupported_curves_are_named() {
        let k256 = [0x2b, 0x81, 0x04, 0x00, 0x0a];
        let f = named_curve(der::OID, &k256).unwrap_err();
        assert_eq!(f.reason, Reason::UnsupportedKeyAlgorithm);
        assert_eq!(
            f.message,
            "the key is EC on the curve secp256k1 (OID 1.3.132.0.10), which certvet does not take"
        );
        let f = named_curve(der::SEQUENCE, &[]).unwrap_err();
        assert_eq!(f.reason, Reason::UnsupportedKeyAlgorithm);
        assert_eq!(f.hint.as_deref(), Some(HINT_EXPLICIT));
    }
}
