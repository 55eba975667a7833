//! What opening a key gives, shared by key/mod.rs and the algorithm and container modules
//! below it (so none of them imports its parent): the secret ([`KeySecret`]), the outcome
//! of decoding one container ([`Opened`]) and the findings a key can raise.

use std::fmt;

use zeroize::Zeroizing;

use crate::error::{Finding, Reason};
use crate::public_key::{Curve, PublicKey};
use crate::secret::SecretBytes;

/// The decrypted private key, zeroized on drop; `Debug` shows only the kind.
pub(crate) struct KeySecret {
    /// The key material in a normal form.
    pub(super) inner: Secret,
}

/// Key material held by [`KeySecret`].
pub(super) enum Secret {
    /// RSA: the two-prime PKCS#1 `RSAPrivateKey` DER, as read (strict DER, so canonical).
    Rsa {
        /// `RSAPrivateKey` DER.
        pkcs1: SecretBytes,
    },
    /// EC: the curve, the scalar left-padded to the field size, the derived point.
    Ec {
        /// The named curve.
        curve: Curve,
        /// The private scalar, big-endian, field-size bytes.
        scalar: SecretBytes,
        /// The derived public point, uncompressed.
        point: Vec<u8>,
    },
    /// Ed25519: the 32-byte seed.
    Ed25519 {
        /// RFC 8032 private key (seed).
        seed: Zeroizing<[u8; 32]>,
    },
}

impl KeySecret {
    /// `RSA`, `EC P-256`, … for messages.
    pub(super) fn kind(&self) -> String {
        match &self.inner {
            Secret::Rsa { .. } => "RSA".to_owned(),
            Secret::Ec { curve, .. } => format!("EC {curve}"),
            Secret::Ed25519 { .. } => "Ed25519".to_owned(),
        }
    }
}

impl fmt::Debug for KeySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeySecret({}, [secret key elided])", self.kind())
    }
}

/// What decoding a plaintext container gave.
pub(super) enum Opened {
    /// Consistent; `public` derived from the secret.
    Proven {
        /// Derived public key.
        public: PublicKey,
        /// The secret.
        secret: KeySecret,
    },
    /// The parts disagree; the finding says how.
    Inconsistent {
        /// The public key the file claims.
        public: Option<PublicKey>,
        /// `MalformedPrivateKey`, saying which parts disagree.
        finding: Finding,
    },
    /// Only a public key.
    PublicOnly(PublicKey),
}

/// A decode result: the key, or the one finding that stopped it.
pub(super) type Outcome = Result<Opened, Finding>;

/// Hint for keys whose bytes do not decode.
const HINT_DECODE: &str = "the key file is damaged or not a private key: check it with \
     `openssl pkey -in key.pem -noout`, or use the original key file";
/// Hint for keys whose parts disagree.
const HINT_INCONSISTENT: &str = "the key was corrupted or tampered with, so it cannot sign \
     for any certificate: restore the original key file (`openssl pkey -in key.pem -check \
     -noout` shows the fault too)";
/// Hint for key algorithms certvet does not take.
const HINT_ALGORITHM: &str = "certvet and the cloud API take RSA, EC P-256/P-384/P-521 and \
     Ed25519 keys: issue a new key, e.g. `openssl genpkey -algorithm EC -pkeyopt \
     ec_paramgen_curve:P-256 -out key.pem`, and a certificate for it";

/// `MalformedPrivateKey` for bytes that do not decode.
pub(super) fn malformed(message: impl Into<String>) -> Finding {
    Finding::error(Reason::MalformedPrivateKey, message).with_hint(HINT_DECODE)
}

/// `UnsupportedKeyAlgorithm` naming what was found.
pub(super) fn unsupported(what: impl fmt::Display) -> Finding {
    Finding::error(
        Reason::UnsupportedKeyAlgorithm,
        format!("the key is {what}, which certvet does not take"),
    )
    .with_hint(HINT_ALGORITHM)
}

/// `MalformedPrivateKey` for a key that decodes but whose secret is invalid.
pub(super) fn invalid(message: impl Into<String>) -> Finding {
    Finding::error(Reason::MalformedPrivateKey, message).with_hint(HINT_INCONSISTENT)
}

/// An inconsistent key: `MalformedPrivateKey` saying which parts disagree.
pub(super) fn inconsistent(public: Option<PublicKey>, message: impl Into<String>) -> Opened {
    Opened::Inconsistent {
        public,
        finding: invalid(message),
    }
}
