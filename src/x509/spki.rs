//! The ONE SubjectPublicKeyInfo reader (RFC 5280 §4.1.2.7) and AlgorithmIdentifier reader
//! (§4.1.1.2), and the one decoder of an SPKI into a [`PublicKey`] (RFC 3279, RFC 5480,
//! RFC 8410), with OpenSSL's names for the keys certvet does not take.
//!
//! Two readings, as arguments: [`Profile`] says how the structure is read (a certificate's,
//! as OpenSSL's `d2i_X509` reads it, or a key container's, as strict DER), [`KeyRead`] how
//! the key inside is decoded (for the report, or for verifying a signature with it). Errors
//! are one type each ([`AlgError`], [`SpkiError`], [`NotTaken`]); every caller words them
//! its own way, so each report keeps its messages.

use super::name;
use crate::crypto;
use crate::der::{self, DerError, Lengths, Tlv};
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

/// How an AlgorithmIdentifier or SubjectPublicKeyInfo is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Profile {
    /// As OpenSSL's `d2i_X509` reads a certificate's: lenient lengths, parameters that
    /// OpenSSL's `ASN1_ANY` takes, a subjectPublicKey with up to 7 unused bits (the key
    /// decoder looks at them).
    Certificate,
    /// As certvet reads a key container: strict DER lengths, parameters any one element
    /// (the key's algorithm module checks them), a subjectPublicKey of whole octets.
    KeyContainer,
}

impl Profile {
    const fn lengths(self) -> Lengths {
        match self {
            Profile::Certificate => Lengths::Lenient,
            Profile::KeyContainer => Lengths::Strict,
        }
    }
}

/// An AlgorithmIdentifier: OID contents and the parameters element.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AlgorithmId<'a> {
    pub(crate) oid: &'a [u8],
    pub(crate) params: Option<Tlv<'a>>,
}

/// Where an AlgorithmIdentifier stops decoding.
#[derive(Clone, Copy, Debug)]
pub(crate) enum AlgError {
    /// No SEQUENCE.
    Missing(DerError),
    /// No OBJECT IDENTIFIER first in it.
    NoOid(DerError),
    /// An OBJECT IDENTIFIER that is not one.
    BadOid,
    /// Parameters that do not decode, or that the profile does not take.
    Params(DerError),
    /// More than one parameters element.
    Trailing,
}

impl AlgError {
    /// As a certificate's error message says it ("AlgorithmIdentifier missing").
    pub(crate) const fn certificate_message(&self) -> &'static str {
        match self {
            AlgError::Missing(_) => "AlgorithmIdentifier missing",
            AlgError::NoOid(_) => "AlgorithmIdentifier without an OID",
            AlgError::BadOid => "malformed algorithm OID",
            AlgError::Params(_) | AlgError::Trailing => "malformed algorithm parameters",
        }
    }

    /// As the key containers say it: the DER error.
    pub(crate) const fn der(self) -> DerError {
        match self {
            AlgError::Missing(e) | AlgError::NoOid(e) | AlgError::Params(e) => e,
            AlgError::BadOid => DerError::new("a malformed OBJECT IDENTIFIER"),
            AlgError::Trailing => TRAILING,
        }
    }
}

/// Data after the last field, in the key containers' words.
const TRAILING: DerError = DerError::new("unexpected data after the last field");

/// Reads an AlgorithmIdentifier off the front of `input`.
///
/// # Errors
/// Where it stops decoding.
#[inline]
pub(crate) fn algorithm_identifier(
    input: &[u8],
    profile: Profile,
) -> Result<(AlgorithmId<'_>, &[u8]), AlgError> {
    let lengths = profile.lengths();
    let (seq, rest) = der::expect_with(input, der::SEQUENCE, lengths).map_err(AlgError::Missing)?;
    let (oid, inner) = der::expect_with(seq.content, der::OID, lengths).map_err(AlgError::NoOid)?;
    if !der::valid_oid(oid.content) {
        return Err(AlgError::BadOid);
    }
    let params = if inner.is_empty() {
        None
    } else {
        let (p, after) = der::read_with(inner, lengths).map_err(AlgError::Params)?;
        if !after.is_empty() {
            return Err(AlgError::Trailing);
        }
        if profile == Profile::Certificate && (!der::valid_any(&p) || !string_segments_join(&p)) {
            return Err(AlgError::Params(DerError::new("malformed parameters")));
        }
        Some(p)
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
fn string_segments_join(p: &Tlv<'_>) -> bool {
    if !p.constructed() || p.tag & 0xc0 != 0 || matches!(p.tag & 0x1f, 16 | 17) {
        return true;
    }
    let mut joined = Vec::new();
    name::collect(p.content, 0, &mut joined).is_ok()
        && der::valid_any(&Tlv {
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

/// Where a SubjectPublicKeyInfo stops decoding.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SpkiError {
    /// No SEQUENCE.
    Missing(DerError),
    /// Data after the SEQUENCE where it must be all of the input.
    After,
    /// The algorithm.
    Algorithm(AlgError),
    /// No subjectPublicKey BIT STRING.
    NoKey(DerError),
    /// A certificate's subjectPublicKey BIT STRING in the constructed (BER) form.
    KeyConstructed(DerError),
    /// A BIT STRING the profile does not take.
    KeyBits(DerError),
    /// Data after the subjectPublicKey.
    Trailing,
}

impl SpkiError {
    /// As a certificate's error message says it ("no public key BIT STRING").
    pub(crate) fn certificate_message(&self) -> String {
        match self {
            SpkiError::Missing(_) | SpkiError::After => "no SubjectPublicKeyInfo".to_owned(),
            SpkiError::Algorithm(e) => format!("public key {}", e.certificate_message()),
            SpkiError::NoKey(_) => "no public key BIT STRING".to_owned(),
            SpkiError::KeyConstructed(_) => {
                "public key BIT STRING is constructed (BER), not DER".to_owned()
            }
            SpkiError::KeyBits(_) | SpkiError::Trailing => {
                "malformed SubjectPublicKeyInfo".to_owned()
            }
        }
    }

    /// As the key containers say it: the DER error, naming the field.
    pub(crate) fn der(self) -> DerError {
        match self {
            SpkiError::Missing(e) => e,
            SpkiError::After | SpkiError::Trailing => TRAILING,
            SpkiError::Algorithm(e) => named(e.der(), "algorithm"),
            SpkiError::NoKey(e) | SpkiError::KeyConstructed(e) | SpkiError::KeyBits(e) => {
                named(e, "subjectPublicKey")
            }
        }
    }
}

/// `e`, naming `field` unless it names one already.
const fn named(e: DerError, field: &'static str) -> DerError {
    DerError {
        kind: e.kind,
        field: match e.field {
            Some(inner) => Some(inner),
            None => Some(field),
        },
    }
}

impl<'a> Spki<'a> {
    /// Reads a SubjectPublicKeyInfo off the front of `input`.
    ///
    /// # Errors
    /// Where it stops decoding.
    #[inline]
    pub(crate) fn read(
        input: &'a [u8],
        profile: Profile,
    ) -> Result<(Spki<'a>, &'a [u8]), SpkiError> {
        let (seq, after) = der::expect_with(input, der::SEQUENCE, profile.lengths())
            .map_err(SpkiError::Missing)?;
        Ok((Spki::inside(seq, profile)?, after))
    }

    /// The SubjectPublicKeyInfo that is all of `input` (data after it is the first error).
    ///
    /// # Errors
    /// Where it stops decoding.
    pub(crate) fn whole(input: &'a [u8], profile: Profile) -> Result<Spki<'a>, SpkiError> {
        let (seq, after) = der::expect_with(input, der::SEQUENCE, profile.lengths())
            .map_err(SpkiError::Missing)?;
        if !after.is_empty() {
            return Err(SpkiError::After);
        }
        Spki::inside(seq, profile)
    }

    /// The fields of the SubjectPublicKeyInfo SEQUENCE `seq`.
    #[inline]
    fn inside(seq: Tlv<'a>, profile: Profile) -> Result<Spki<'a>, SpkiError> {
        let (algorithm, inner) =
            algorithm_identifier(seq.content, profile).map_err(SpkiError::Algorithm)?;
        let (key_bits, inner) = der::expect_with(inner, der::BIT_STRING, profile.lengths())
            .map_err(|e| {
                // DER encodes a string primitive (X.690 §10.2); OpenSSL would join the segments.
                if profile == Profile::Certificate
                    && inner.first() == Some(&(der::BIT_STRING | 0x20))
                {
                    SpkiError::KeyConstructed(e)
                } else {
                    SpkiError::NoKey(e)
                }
            })?;
        match profile {
            Profile::Certificate if !der::valid_bit_string(key_bits.content) => {
                return Err(SpkiError::KeyBits(DerError::new("malformed BIT STRING")));
            }
            Profile::KeyContainer => {
                der::bit_string_octets(key_bits.content).map_err(SpkiError::KeyBits)?;
            }
            Profile::Certificate => {}
        }
        if !inner.is_empty() {
            return Err(SpkiError::Trailing);
        }
        Ok(Spki {
            whole: seq.whole,
            algorithm,
            key_bits: key_bits.content,
        })
    }

    /// The subjectPublicKey's octets (after the unused-bits octet).
    pub(crate) fn key_octets(&self) -> &'a [u8] {
        self.key_bits.get(1..).unwrap_or_default()
    }

    /// The subject public key in comparable form (see [`super::CertView::public_key`]): a
    /// key certvet does not take is [`PublicKey::Unsupported`] with OpenSSL's name for it.
    pub(crate) fn public_key(&self) -> PublicKey {
        self.key(KeyRead::Report)
            .unwrap_or_else(|why| PublicKey::Unsupported(why.report_name()))
    }

    /// The subject public key, decoded as `read` says.
    ///
    /// # Errors
    /// Why it is not a key certvet takes.
    pub(crate) fn key(&self, read: KeyRead) -> Result<PublicKey, NotTaken<'a>> {
        let (&unused, bits) = self.key_bits.split_first().unwrap_or((&0, &[]));
        if read == KeyRead::Verify && (unused != 0 || self.key_bits.is_empty()) {
            return Err(NotTaken::Malformed("key"));
        }
        match self.algorithm.oid {
            oid::RSA_ENCRYPTION | oid::RSASSA_PSS => rsa_public_key(bits, read)
                .filter(|_| unused == 0)
                .ok_or(NotTaken::Malformed("RSA")),
            oid::EC_PUBLIC_KEY => self.ec_public_key(bits, read),
            oid::ED25519 => match <[u8; 32]>::try_from(bits) {
                Ok(key) if read == KeyRead::Verify => Ok(PublicKey::Ed25519(key)),
                Ok(key) if self.algorithm.params.is_none() && unused == 0 => {
                    Ok(PublicKey::Ed25519(key))
                }
                _ => Err(NotTaken::Malformed("Ed25519")),
            },
            other => Err(NotTaken::Algorithm(other)),
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
                    .and_then(|seq| der::read(seq.content).ok())
                    .map(|(p, _)| crate::public_key::bit_len(p.content));
                (Some("DSA".to_owned()), p, None)
            }
            oid::EC_PUBLIC_KEY => {
                let curve = self.algorithm.params.filter(|oid| oid.tag == der::OID);
                let bits = curve.and_then(|oid| {
                    OTHER_CURVE_BITS
                        .iter()
                        .find(|(o, _)| *o == oid.content)
                        .map(|(_, bits)| *bits)
                });
                let name = curve
                    .and_then(|oid| oid::short_name(oid.content))
                    .map(str::to_owned);
                (Some("EC".to_owned()), bits, name)
            }
            _ => (None, None, None),
        }
    }

    /// An id-ecPublicKey key: named curve and point.
    fn ec_public_key(&self, point: &[u8], read: KeyRead) -> Result<PublicKey, NotTaken<'a>> {
        let curve = match self.algorithm.params {
            Some(p) if p.tag == der::OID => match p.content {
                oid::P256 => Curve::P256,
                oid::P384 => Curve::P384,
                oid::P521 => Curve::P521,
                other => return Err(NotTaken::Curve(other)),
            },
            Some(p) if p.tag == der::SEQUENCE => return Err(NotTaken::ExplicitCurve),
            _ => return Err(NotTaken::NoCurve),
        };
        let point = match read {
            KeyRead::Report => uncompressed_point(curve, point).ok_or(NotTaken::InvalidPoint)?,
            KeyRead::Verify => point.to_vec(),
        };
        Ok(PublicKey::Ec { curve, point })
    }
}

/// How [`Spki::key`] decodes the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeyRead {
    /// For the report, as OpenSSL reads it: RSA's INTEGERs positive and without illegal
    /// padding, the EC point on its curve (compressed and hybrid forms converted), Ed25519
    /// without parameters; unused bits refused where the key is a structure.
    Report,
    /// For verifying a signature with it: no unused bits in any key, RSA's INTEGERs as
    /// they are, the EC point as encoded (the verifier checks it), Ed25519 parameters not
    /// looked at.
    Verify,
}

/// Why an SPKI holds no key certvet takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotTaken<'a> {
    /// The key does not decode as its algorithm's (`RSA`, `Ed25519`; `key` when read for
    /// verifying and the BIT STRING has unused bits).
    Malformed(&'static str),
    /// An EC point not on its curve.
    InvalidPoint,
    /// EC with explicit curve parameters.
    ExplicitCurve,
    /// EC whose parameters are neither a named curve nor explicit.
    NoCurve,
    /// EC on another named curve (its OID contents).
    Curve(&'a [u8]),
    /// Another algorithm (its OID contents): Ed448, DSA, …
    Algorithm(&'a [u8]),
}

impl NotTaken<'_> {
    /// The report's name for the key: OpenSSL's (`Ed448`, `DSA`, `EC secp256k1`), or the
    /// dotted OID.
    pub(crate) fn report_name(&self) -> String {
        let openssl = |o: &[u8]| oid::short_name(o).map_or_else(|| oid::dotted(o), str::to_owned);
        match *self {
            NotTaken::Malformed(kind) => format!("{kind} (malformed public key)"),
            NotTaken::InvalidPoint => "invalid EC point".to_owned(),
            NotTaken::ExplicitCurve => "EC (explicit curve parameters)".to_owned(),
            NotTaken::NoCurve => "EC (no named curve)".to_owned(),
            NotTaken::Curve(other) => format!("EC {}", openssl(other)),
            NotTaken::Algorithm(oid::ED448) => "Ed448".to_owned(),
            NotTaken::Algorithm(other) => openssl(other),
        }
    }
}

/// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }; for the report
/// both positive, as OpenSSL reads them.
fn rsa_public_key(bits: &[u8], read: KeyRead) -> Option<PublicKey> {
    let (seq, rest) = der::expect(bits, der::SEQUENCE).ok()?;
    let (n, inner) = der::expect(seq.content, der::INTEGER).ok()?;
    let (e, inner) = der::expect(inner, der::INTEGER).ok()?;
    let positive = |c: &[u8]| der::valid_integer(c) && c.first().is_some_and(|&b| b & 0x80 == 0);
    let integers = read == KeyRead::Verify || (positive(n.content) && positive(e.content));
    if !rest.is_empty() || !inner.is_empty() || !integers {
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
    use super::{Profile, algorithm_identifier};

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
            let got = algorithm_identifier(&der, Profile::Certificate)
                .map(|(a, rest)| (a.params.map(|p| p.whole), rest.len()))
                .map_err(|e| e.certificate_message());
            if reads {
                assert_eq!(got, Ok((Some(params), 0)), "{params:02x?}");
            } else {
                assert_eq!(got, Err("malformed algorithm parameters"), "{params:02x?}");
            }
        }
    }
}
