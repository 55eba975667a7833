//! Certificate fingerprints: SHA-1 and SHA-256 over the exact DER bytes, shown as
//! lowercase hex byte pairs joined by `:` (as `openssl x509 -fingerprint`, lowercased).
//!
//! The digests are [`crate::crypto`]'s (aws-lc's, for the reason its table gives).

use std::fmt;

use crate::crypto;

/// SHA-1 digest of a certificate's DER.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 20]);

/// SHA-256 digest of a certificate's DER.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FingerprintSha256(pub [u8; 32]);

impl Fingerprint {
    /// SHA-1 of `der`.
    pub fn of(der: &[u8]) -> Self {
        Fingerprint(crypto::sha1(der))
    }
}

impl FingerprintSha256 {
    /// SHA-256 of `der`.
    pub fn of(der: &[u8]) -> Self {
        FingerprintSha256(crypto::sha256(der))
    }
}

/// Each byte's two lowercase hex digits.
pub(crate) const HEX_PAIRS: [[u8; 2]; 256] = {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut table = [[0; 2]; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = [HEX[b >> 4], HEX[b & 0x0f]];
        b += 1;
    }
    table
};

/// Lowercase hex byte pairs joined by `:` (at most 32 bytes), in a stack buffer, and
/// how much of it they fill.
fn colon_hex_buf(bytes: &[u8]) -> ([u8; 32 * 3], usize) {
    // Every third byte is already the separator; the pairs go between them.
    let mut buf = [b':'; 32 * 3];
    for (slot, &b) in buf.chunks_exact_mut(3).zip(bytes) {
        slot[..2].copy_from_slice(&HEX_PAIRS[usize::from(b)]);
    }
    (buf, (bytes.len().min(32) * 3).saturating_sub(1))
}

/// [`colon_hex_buf`] as text; only ASCII hex digits and ':' are in it.
fn colon_hex_str(buf: &[u8; 32 * 3], len: usize) -> &str {
    std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// Lowercase hex byte pairs joined by `:`, written in one piece (no per-byte formatting).
fn colon_hex(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let (buf, len) = colon_hex_buf(bytes);
    f.write_str(colon_hex_str(&buf, len))
}

/// [`colon_hex`] into a string of its own: one allocation of the exact size, without
/// the formatting machinery `to_string` goes through.
fn colon_hex_string(bytes: &[u8]) -> String {
    let (buf, len) = colon_hex_buf(bytes);
    colon_hex_str(&buf, len).to_owned()
}

impl Fingerprint {
    /// The colon hex form (as `Display` writes it), as a `String`.
    pub(crate) fn hex(&self) -> String {
        colon_hex_string(&self.0)
    }
}

impl FingerprintSha256 {
    /// The colon hex form (as `Display` writes it), as a `String`.
    pub(crate) fn hex(&self) -> String {
        colon_hex_string(&self.0)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        colon_hex(&self.0, f)
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

impl fmt::Display for FingerprintSha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        colon_hex(&self.0, f)
    }
}

impl fmt::Debug for FingerprintSha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FingerprintSha256({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_digests_are_the_known_values() {
        assert_eq!(
            Fingerprint::of(b"").to_string(),
            "da:39:a3:ee:5e:6b:4b:0d:32:55:bf:ef:95:60:18:90:af:d8:07:09"
        );
        assert_eq!(Fingerprint::of(b"").hex(), Fingerprint::of(b"").to_string());
        assert_eq!(
            FingerprintSha256::of(b"abc").to_string(),
            "ba:78:16:bf:8f:01:cf:ea:41:41:40:de:5d:ae:22:23:b0:03:61:a3:96:17:7a:9c:b4:10:ff:61:f2:00:15:ad"
        );

        assert_eq!(
            FingerprintSha256::of(b"abc").hex(),
            FingerprintSha256::of(b"abc").to_string()
        );
    }
}
