//! The ONE SubjectPublicKeyInfo reader (RFC 5280 §4.1.2.7) and AlgorithmIdentifier reader
//! (§4.1.1.2) of certificates, as OpenSSL's `d2i_X509` reads them, and the one decoder of an
//! SPKI into a [`PublicKey`] (RFC 3279, RFC 5480, RFC 8410), with OpenSSL's names for the
//! keys certvet does not take.

use super::name;
use crate::crypto;
use crate::der;
use crate::oid;
use crate::public_key::{Curve, PublicKey, trim_be};

/// Named curves certvet does not take, with their order's bits as OpenSSL reports them.
const OTHER_CURVE_BITS: &[(&[u8], u32)] = &[
    (&[0x2b, 0x81, 0x04, 0x00, 0x0a], 256), // secp256k1
    (&[0x2b, 0x81, 0x04, 0x00, 0x21], 224), // secp224r1
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x01], 192), // prime192v1
    (&[0x2b, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x07], 256), // brainpoolP256r1
    (&[0x2b, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x0b], 384), // brainpoolP384r1
    (&[0x2b, 0x24, 0x03, 0x03, 0x02, 0x08, 0x01, 0x01, 0x0d], 512), // brainpoolP512r1
];

/// An AlgorithmIdentifier: OID contents and the parameters' encoding.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AlgorithmId<'a> {
    pub(crate) oid: &'a [u8],
    pub(crate) params: Option<&'a [u8]>,
}

/// Reads an AlgorithmIdentifier off the front of `input`.
pub(crate) fn algorithm_identifier(input: &[u8]) -> Result<(AlgorithmId<'_>, &[u8]), &'static str> {
    let (seq, rest) =
        der::expect(input, der::SEQUENCE).map_err(|_| "AlgorithmIdentifier missing")?;
    let (oid, inner) =
        der::expect(seq.content, der::OID).map_err(|_| "AlgorithmIdentifier without an OID")?;
    if !der::valid_oid(oid.content) {
        return Err("malformed algorithm OID");
    }
    let params = if inner.is_empty() {
        None
    } else {
        let (p, after) = der::read(inner).map_err(|_| "malformed algorithm parameters")?;
        if !after.is_empty() || !der::valid_any(&p) || !string_segments_join(&p) {
            return Err("malformed algorithm parameters");
        }
        Some(p.whole)
    };
    Ok((
        AlgorithmId {
            oid: oid.content,
            params,
        },
        rest,
    ))
}

/// Parameters in a constructed universal type other than SEQUENCE and SET are a
/// constructed (BER) string to OpenSSL's `ASN1_ANY` decoder, which joins its segments
/// (`asn1_collect`) and then checks the joined contents as it checks a primitive value
/// (a BIT STRING's unused bits, a BMPString's even length); it refuses the certificate
/// when either fails, and so does certvet.
fn string_segments_join(p: &der::Tlv<'_>) -> bool {
    if !p.constructed() || p.tag & 0xc0 != 0 || matches!(p.tag & 0x1f, 16 | 17) {
        return true;
    }
    let mut joined = Vec::new();
    name::collect(p.content, 0, &mut joined).is_ok()
        && der::valid_any(&der::Tlv {
            tag: p.tag & !0x20,
            content: &joined,
            whole: &[],
        })
}

/// A SubjectPublicKeyInfo: the algorithm and the subjectPublicKey BIT STRING.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spki<'a> {
    /// The whole encoding (tag, length and contents).
    pub(crate) whole: &'a [u8],
    /// The algorithm.
    pub(crate) algorithm: AlgorithmId<'a>,
    /// The subjectPublicKey BIT STRING contents, unused-bits octet included.
    pub(crate) key_bits: &'a [u8],
}

impl<'a> Spki<'a> {
    /// Reads a SubjectPublicKeyInfo off the front of `input`.
    ///
    /// # Errors
    /// What is malformed, as the certificate's error message says it.
    pub(crate) fn read(input: &'a [u8]) -> Result<(Spki<'a>, &'a [u8]), String> {
        let (spki, after) =
            der::expect(input, der::SEQUENCE).map_err(|_| "no SubjectPublicKeyInfo".to_owned())?;
        let (algorithm, inner) =
            algorithm_identifier(spki.content).map_err(|e| format!("public key {e}"))?;
        let (key_bits, inner) = der::expect(inner, der::BIT_STRING).map_err(|_| {
            // DER encodes a string primitive (X.690 §10.2); OpenSSL would join the segments.
            if inner.first() == Some(&(der::BIT_STRING | 0x20)) {
                "public key BIT STRING is constructed (BER), not DER".to_owned()
            } else {
                "no public key BIT STRING".to_owned()
            }
        })?;
        if !inner.is_empty() || !der::valid_bit_string(key_bits.content) {
            return Err("malformed SubjectPublicKeyInfo".to_owned());
        }
        Ok((
            Spki {
                whole: spki.whole,
                algorithm,
                key_bits: key_bits.content,
            },
            after,
        ))
    }

    /// The subject public key in comparable form (see [`super::CertView::public_key`]).
    pub(crate) fn public_key(&self) -> PublicKey {
        let (unused, bits) = self.key_bits.split_first().unwrap_or((&0, &[]));
        match self.algorithm.oid {
            oid::RSA_ENCRYPTION | oid::RSASSA_PSS => rsa_public_key(bits)
                .filter(|_| *unused == 0)
                .unwrap_or_else(|| PublicKey::Unsupported("RSA (malformed public key)".into())),
            oid::EC_PUBLIC_KEY => self.ec_public_key(bits),
            oid::ED25519 => match (<[u8; 32]>::try_from(bits), self.algorithm.params, unused) {
                (Ok(key), None, 0) => PublicKey::Ed25519(key),
                _ => PublicKey::Unsupported("Ed25519 (malformed public key)".into()),
            },
            oid::ED448 => PublicKey::Unsupported("Ed448".into()),
            other => PublicKey::Unsupported(match oid::short_name(other) {
                Some(sn) => sn.to_owned(),
                None => oid::dotted(other),
            }),
        }
    }

    /// The report's `KeyAlgorithm`, `KeyBits` and `Curve` for a key `public` does not
    /// describe (see [`super::CertView::key_fields`]); `public` is [`Self::public_key`].
    pub(crate) fn key_fields(
        &self,
        key: &PublicKey,
    ) -> (Option<String>, Option<u32>, Option<String>) {
        if let Some(algorithm) = key.algorithm() {
            return (
                Some(algorithm.to_owned()),
                key.bits(),
                key.curve().map(|c| c.name().to_owned()),
            );
        }
        match self.algorithm.oid {
            oid::ED448 => (Some("Ed448".to_owned()), Some(456), None),
            oid::DSA => {
                // Dss-Parms ::= SEQUENCE { p INTEGER, q INTEGER, g INTEGER }: bits of p.
                let p = self
                    .algorithm
                    .params
                    .and_then(|params| der::read(params).ok())
                    .and_then(|(seq, _)| der::read(seq.content).ok())
                    .map(|(p, _)| crate::public_key::bit_len(p.content));
                (Some("DSA".to_owned()), p, None)
            }
            oid::EC_PUBLIC_KEY => {
                let curve = self
                    .algorithm
                    .params
                    .and_then(|p| der::read(p).ok())
                    .filter(|(oid, _)| oid.tag == der::OID);
                let bits = curve.and_then(|(oid, _)| {
                    OTHER_CURVE_BITS
                        .iter()
                        .find(|(o, _)| *o == oid.content)
                        .map(|(_, bits)| *bits)
                });
                let name = curve
                    .and_then(|(oid, _)| oid::short_name(oid.content))
                    .map(str::to_owned);
                (Some("EC".to_owned()), bits, name)
            }
            _ => (None, None, None),
        }
    }

    /// An id-ecPublicKey key: named curve and point.
    fn ec_public_key(&self, point: &[u8]) -> PublicKey {
        let curve_oid = match self.algorithm.params.map(der::read) {
            Some(Ok((oid, _))) if oid.tag == der::OID => oid.content,
            Some(Ok((p, _))) if p.tag == der::SEQUENCE => {
                return PublicKey::Unsupported("EC (explicit curve parameters)".into());
            }
            _ => return PublicKey::Unsupported("EC (no named curve)".into()),
        };
        let curve = match curve_oid {
            oid::P256 => Curve::P256,
            oid::P384 => Curve::P384,
            oid::P521 => Curve::P521,
            other => {
                let name = oid::short_name(other).map_or_else(|| oid::dotted(other), str::to_owned);
                return PublicKey::Unsupported(format!("EC {name}"));
            }
        };
        match uncompressed_point(curve, point) {
            Some(point) => PublicKey::Ec { curve, point },
            None => PublicKey::Unsupported("invalid EC point".into()),
        }
    }
}

/// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, both positive.
fn rsa_public_key(bits: &[u8]) -> Option<PublicKey> {
    let (seq, rest) = der::expect(bits, der::SEQUENCE).ok()?;
    let (n, inner) = der::expect(seq.content, der::INTEGER).ok()?;
    let (e, inner) = der::expect(inner, der::INTEGER).ok()?;
    let positive = |c: &[u8]| der::valid_integer(c) && c.first().is_some_and(|&b| b & 0x80 == 0);
    if !rest.is_empty() || !inner.is_empty() || !positive(n.content) || !positive(e.content) {
        return None;
    }
    Some(PublicKey::Rsa {
        n: trim_be(n.content).to_vec(),
        e: trim_be(e.content).to_vec(),
    })
}

/// The point `04 || X || Y` after checking that it is on the curve; compressed
/// (`02`/`03`) points are decompressed, hybrid (`06`/`07`) ones checked and converted.
fn uncompressed_point(curve: Curve, encoded: &[u8]) -> Option<Vec<u8>> {
    let field = curve.field_bytes();
    let mut owned;
    let mut bytes = encoded;
    if let Some((&form @ (6 | 7), xy)) = encoded.split_first() {
        // Hybrid form: uncompressed, with the parity of Y in the tag.
        let y_odd = xy.last().is_some_and(|b| b & 1 == 1);
        if xy.len() != 2 * field || y_odd != (form == 7) {
            return None;
        }
        owned = Vec::with_capacity(encoded.len());
        owned.push(4);
        owned.extend_from_slice(xy);
        bytes = &owned;
    }
    crypto::uncompressed_point(curve, bytes)
}

#[cfg(test)]
mod tests {
    use super::algorithm_identifier;

    /// rsaEncryption with the given parameters' encoding.
    fn alg(params: &[u8]) -> Vec<u8> {
        let oid = [
            0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
        ];
        let len = u8::try_from(oid.len() + params.len()).unwrap();
        [&[0x30, len][..], &oid, params].concat()
    }

    /// Constructed string parameters are joined and checked as OpenSSL 3's `d2i_X509`
    /// does: each answer below is what `openssl x509` said of rsa2048/leaf.pem with those
    /// parameters in its SubjectPublicKeyInfo.
    #[test]
    fn constructed_string_parameters_are_joined_then_checked() {
        for (params, reads) in [
            (&[0x05, 0x00][..], true),
            // OCTET STRING { OCTET STRING of 5 octets holding 2 }
            (&[0x24, 0x04, 0x04, 0x05, 0x00, 0x00], false),
            // BIT STRING joined to 00: no unused bits; joined to 09: nine, refused
            (&[0x23, 0x03, 0x03, 0x01, 0x00], true),
            (&[0x23, 0x03, 0x03, 0x01, 0x09], false),
            // BMPString joined to an odd number of octets, then to an even one
            (&[0x3e, 0x03, 0x1e, 0x01, 0x41], false),
            (&[0x3e, 0x04, 0x1e, 0x02, 0x41, 0x42], true),
            // tag 29, a segment whose long-form length overruns (the campaign's finding)
            (&[0x3d, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22], false),
            // a constructed NULL is never taken
            (&[0x25, 0x00], false),
        ] {
            let der = alg(params);
            let got = algorithm_identifier(&der).map(|(a, rest)| (a.params, rest.len()));
            if reads {
                assert_eq!(got, Ok((Some(params), 0)), "{params:02x?}");
            } else {
                assert_eq!(got, Err("malformed algorithm parameters"), "{params:02x?}");
            }
        }
    }
}
