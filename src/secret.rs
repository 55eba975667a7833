//! Key bytes on the heap, zeroized in bulk when dropped.

use std::fmt;
use std::ops::{Deref, DerefMut};

use zeroize::{Zeroize, ZeroizeOnDrop};

/// A byte buffer of key material (PEM text, DER, a scalar), zeroized on drop:
/// its bytes and then its spare capacity, each with zeroize's bulk fill for
/// byte slices (a `memset` behind an optimization barrier).
///
/// `Zeroizing<Vec<u8>>` zeroizes a vector element by element, one volatile
/// byte store at a time; here it is a bulk zeroize, not a volatile store per
/// byte, which matters because a key match passes its bytes through four such
/// buffers. Grow it with
/// [`grow_for`](Self::grow_for): like any `Vec`'s, its own growth would leave the
/// old allocation behind unzeroized.
#[derive(Default)]
pub struct SecretBytes(Vec<u8>);

impl SecretBytes {
    /// Take ownership of `bytes`.
    pub fn new(bytes: Vec<u8>) -> Self {
        SecretBytes(bytes)
    }

    /// An empty buffer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        SecretBytes(Vec::with_capacity(capacity))
    }

    /// A copy of `bytes`.
    pub fn copy_of(bytes: &[u8]) -> Self {
        SecretBytes(bytes.to_vec())
    }

    /// Room for at least `needed` bytes. A buffer that is too small moves its
    /// bytes to a new one of twice its capacity (at least `needed`, at most
    /// `cap` unless `needed` is more), and the old one is zeroized as it drops:
    /// `Vec::reserve` would free it with the bytes still in it.
    pub fn grow_for(&mut self, needed: usize, cap: usize) {
        if self.0.capacity() >= needed {
            return;
        }
        let capacity = self.0.capacity().saturating_mul(2).min(cap).max(needed);
        let mut bigger = Vec::with_capacity(capacity);
        bigger.extend_from_slice(&self.0);
        *self = SecretBytes(bigger);
    }
}

/// A second buffer with the same bytes (zeroized on its own drop).
impl Clone for SecretBytes {
    fn clone(&self) -> Self {
        SecretBytes(self.0.clone())
    }
}

impl Deref for SecretBytes {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl DerefMut for SecretBytes {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

impl Zeroize for SecretBytes {
    fn zeroize(&mut self) {
        self.0.as_mut_slice().zeroize();
        self.0.spare_capacity_mut().zeroize();
        self.0.clear();
    }
}

impl Drop for SecretBytes {
    fn drop(&mut self) {
        self.zeroize();
    }
}

impl ZeroizeOnDrop for SecretBytes {}

/// Never the bytes: their count only.
impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes({} bytes)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroize_empties_the_buffer_and_keeps_its_allocation() {
        let mut s = SecretBytes::with_capacity(64);
        s.extend_from_slice(&[0xa5; 40]);
        s.zeroize();
        assert!(s.is_empty());
        assert_eq!(s.capacity(), 64);
    }

    #[test]
    fn grow_for_keeps_the_bytes_doubles_and_respects_the_cap() {
        let mut s = SecretBytes::with_capacity(8);
        s.extend_from_slice(b"abcdefgh");
        s.grow_for(9, 100);
        assert_eq!((&s[..], s.capacity()), (&b"abcdefgh"[..], 16));
        s.grow_for(12, 100);
        assert_eq!(s.capacity(), 16);
        s.grow_for(17, 20);
        assert_eq!(s.capacity(), 20);
        s.grow_for(50, 20);
        assert_eq!((&s[..], s.capacity()), (&b"abcdefgh"[..], 50));
    }

    #[test]
    fn debug_shows_the_length_only() {
        let s = SecretBytes::copy_of(b"-----BEGIN PRIVATE KEY-----");
        assert_eq!(format!("{s:?}"), "SecretBytes(27 bytes)");
    }
}
