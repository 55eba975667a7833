//! The public half of a key in one comparable form, as read from a certificate's
//! SubjectPublicKeyInfo (RFC 5280) or derived from a private key.

use std::fmt;

/// A named elliptic curve certvet takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Curve {
    /// NIST P-256 (secp256r1).
    P256,
    /// NIST P-384 (secp384r1).
    P384,
    /// NIST P-521 (secp521r1).
    P521,
}

impl Curve {
    /// The contract's name: `P-256`, `P-384`, `P-521`.
    pub const fn name(self) -> &'static str {
        match self {
            Curve::P256 => "P-256",
            Curve::P384 => "P-384",
            Curve::P521 => "P-521",
        }
    }

    /// The curve's size in bits, as the report's `KeyBits`.
    pub const fn bits(self) -> u32 {
        match self {
            Curve::P256 => 256,
            Curve::P384 => 384,
            Curve::P521 => 521,
        }
    }

    /// Bytes of a field element (and of a private scalar, and of X or Y).
    pub(crate) const fn field_bytes(self) -> usize {
        match self {
            Curve::P256 => 32,
            Curve::P384 => 48,
            Curve::P521 => 66,
        }
    }
}

impl fmt::Display for Curve {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The public half of a key, normalised so that equal keys compare equal.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum PublicKey {
    /// RSA: modulus and public exponent, big-endian without leading zero bytes.
    Rsa { n: Vec<u8>, e: Vec<u8> },
    /// EC: the curve and the point in uncompressed SEC1 form (`04 || X || Y`).
    Ec { curve: Curve, point: Vec<u8> },
    /// Ed25519: the 32-byte public key.
    Ed25519([u8; 32]),
    /// A key of a kind certvet does not take; the string names it (for messages).
    Unsupported(String),
}

impl PublicKey {
    /// `RSA`, `EC` or `Ed25519`; `None` for an unsupported kind.
    pub(crate) fn algorithm(&self) -> Option<&'static str> {
        match self {
            PublicKey::Rsa { .. } => Some("RSA"),
            PublicKey::Ec { .. } => Some("EC"),
            PublicKey::Ed25519(_) => Some("Ed25519"),
            PublicKey::Unsupported(_) => None,
        }
    }

    /// RSA modulus bits, the curve's bits for EC, 256 for Ed25519.
    pub(crate) fn bits(&self) -> Option<u32> {
        match self {
            PublicKey::Rsa { n, .. } => Some(bit_len(n)),
            PublicKey::Ec { curve, .. } => Some(curve.bits()),
            PublicKey::Ed25519(_) => Some(256),
            PublicKey::Unsupported(_) => None,
        }
    }

    /// The curve, for EC keys.
    pub(crate) fn curve(&self) -> Option<Curve> {
        match self {
            PublicKey::Ec { curve, .. } => Some(*curve),
            _ => None,
        }
    }

    /// A short description for messages, e.g. `RSA-2048` or `EC P-256`.
    pub(crate) fn describe(&self) -> String {
        match self {
            PublicKey::Rsa { n, .. } => format!("RSA-{}", bit_len(n)),
            PublicKey::Ec { curve, .. } => format!("EC {curve}"),
            PublicKey::Ed25519(_) => "Ed25519".to_owned(),
            PublicKey::Unsupported(name) => name.clone(),
        }
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Strip leading zero bytes from a big-endian unsigned integer.
pub(crate) fn trim_be(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

/// Bits in a big-endian unsigned integer (leading zeros ignored).
pub(crate) fn bit_len(bytes: &[u8]) -> u32 {
    let t = trim_be(bytes);
    match t.first() {
        None => 0,
        Some(&b) => {
            let len = u32::try_from(t.len()).unwrap_or(u32::MAX / 8);
            (len - 1) * 8 + (8 - b.leading_zeros())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_len_counts_from_the_top_bit() {
        assert_eq!(bit_len(&[]), 0);
        assert_eq!(bit_len(&[0, 0]), 0);
        assert_eq!(bit_len(&[0, 1]), 1);
        assert_eq!(bit_len(&[0x80, 0]), 16);
        assert_eq!(bit_len(&[0, 0x7f, 0xff]), 15);
    }
}
