//! Caps on untrusted input: sizes enforced while reading, counts enforced while
//! parsing, and the key-derivation cost an encrypted key may ask for.

/// Caps on what certvet reads from untrusted input. Defaults are the contract's.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Bytes of certificate input (contract: 1 MiB).
    pub cert_bytes: usize,
    /// Bytes of key input (contract: 64 KiB).
    pub key_bytes: usize,
    /// Bytes of one batch line (contract: 2 MiB).
    pub batch_line_bytes: usize,
    /// PEM blocks in one input.
    pub pem_blocks: usize,
    /// Certificates in one chain.
    pub chain_certificates: usize,
    /// Names (DNS and IP) read from one subjectAltName extension.
    pub san_entries: usize,
    /// PBKDF2 iterations an encrypted key may ask for.
    pub pbkdf2_iterations: u32,
    /// scrypt memory (128 · r · N bytes) an encrypted key may ask for; OpenSSL's own
    /// default cap is 32 MiB.
    pub scrypt_memory_bytes: u64,
    /// scrypt parallelism `p` an encrypted key may ask for.
    pub scrypt_parallelism: u32,
}

/// Contract: certificate input over 1 MiB is `InputTooLarge`.
pub const CERT_INPUT_LIMIT: usize = 1 << 20;
/// Contract: key input over 64 KiB is `InputTooLarge`.
pub const KEY_INPUT_LIMIT: usize = 64 << 10;
/// Contract: one batch line over 2 MiB is `InputTooLarge`.
pub const BATCH_LINE_LIMIT: usize = 2 << 20;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cert_bytes: CERT_INPUT_LIMIT,
            key_bytes: KEY_INPUT_LIMIT,
            batch_line_bytes: BATCH_LINE_LIMIT,
            pem_blocks: 64,
            chain_certificates: 32,
            san_entries: 10_000,
            pbkdf2_iterations: 1_000_000,
            scrypt_memory_bytes: 32 << 20,
            scrypt_parallelism: 16,
        }
    }
}
