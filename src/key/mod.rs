//! Private keys: decode every container the contract lists, decrypt, and prove
//! that the key's parts agree before anything is compared with a certificate.
//!
//! Containers: PKCS#1 `RSAPrivateKey` (RFC 8017), SEC1 `ECPrivateKey` (RFC 5915),
//! PKCS#8 v1 `PrivateKeyInfo` and v2 `OneAsymmetricKey` (RFC 5208, RFC 5958, RFC 8410
//! for Ed25519), `EncryptedPrivateKeyInfo` with PBES2 (RFC 8018, RFC 7914), legacy
//! OpenSSL `Proc-Type: 4,ENCRYPTED` PEM (RFC 1421 headers), DER PKCS#8 (and, by
//! sniffing, DER PKCS#1, SEC1 and `EncryptedPrivateKeyInfo`), and public keys
//! (`PUBLIC KEY` SPKI, `RSA PUBLIC KEY`) given where a private key belongs.
//!
//! The proof is strict: a [`KeyState::Proven`] key's public half is derived from
//! the secret (RSA: every CRT relation is checked; EC and Ed25519: the public point
//! is computed from the scalar or seed), never copied from the file, so a tampered
//! key cannot pass as the certificate's key.
//!
//! Decisions where the contract is silent:
//! - RSA-PSS-restricted keys (OID 1.2.840.113549.1.1.10) open as RSA; converting
//!   them (`to_pkcs8_der`) writes an unrestricted `rsaEncryption` key.
//! - Multi-prime RSA (version 1 with `otherPrimeInfos`) is `UnsupportedKeyAlgorithm`.
//! - Moduli over 16384 bits are `UnsupportedKeyAlgorithm` (OpenSSL's own cap).
//! - An EC scalar of 0 or not below the group order is `Inconsistent` when the
//!   file embeds a public key (the parts disagree), and `MalformedPrivateKey`
//!   with the key unopened when it embeds none (nothing to disagree with).
//! - An unknown PBKDF2 PRF, KDF or cipher, PBES1 and PKCS#12 schemes are
//!   `UnsupportedKeyAlgorithm`; broken parameters (0 iterations, a wrong IV
//!   length, a keyLength that does not fit the cipher) are `MalformedPrivateKey`;
//!   a cost over [`Limits`] is `InputTooLarge`, all checked before any derivation.
//! - After a decryption whose padding checks out, bytes that are not one DER
//!   SEQUENCE spanning the plaintext mean `WrongPassword`; a plaintext that is one
//!   SEQUENCE but does not decode as a key is `MalformedPrivateKey`.

mod ec;
mod ed25519;
mod encrypted;
mod opened;
pub(crate) mod pkcs12;
mod pkcs8;
mod rsa;
#[cfg(test)]
mod test_vectors;

use crate::secret::SecretBytes;
use std::fmt;

pub(crate) use self::opened::KeySecret;
use self::opened::{Opened, Outcome, Secret, malformed, unsupported};
use crate::der;
use crate::error::{Finding, Reason};
use crate::input::{KeyContainer, key_container};
use crate::limits::Limits;
use crate::oid;
use crate::pem::KeyBlob;
use crate::public_key::PublicKey;

/// The container a key came in, as the report's `KeyEncoding` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum KeyEncoding {
    /// `RSA PRIVATE KEY` (RFC 8017 `RSAPrivateKey`).
    Pkcs1,
    /// `EC PRIVATE KEY` (RFC 5915 `ECPrivateKey`).
    Sec1,
    /// `PRIVATE KEY`, or DER `PrivateKeyInfo` (RFC 5208 / RFC 5958).
    Pkcs8,
    /// `ENCRYPTED PRIVATE KEY` (RFC 5208 `EncryptedPrivateKeyInfo`, PBES2).
    Pkcs8Encrypted,
    /// Legacy OpenSSL PEM with `Proc-Type: 4,ENCRYPTED` and `DEK-Info`.
    PemEncrypted,
    /// The private key of a PKCS#12 (PFX) file given as the certificate input.
    Pkcs12,
}

impl KeyEncoding {
    /// The contract's word: `PKCS#1`, `SEC1`, `PKCS#8`, `PKCS#8-encrypted`, `PEM-encrypted`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            KeyEncoding::Pkcs1 => "PKCS#1",
            KeyEncoding::Sec1 => "SEC1",
            KeyEncoding::Pkcs8 => "PKCS#8",
            KeyEncoding::Pkcs8Encrypted => "PKCS#8-encrypted",
            KeyEncoding::PemEncrypted => "PEM-encrypted",
            KeyEncoding::Pkcs12 => "PKCS#12",
        }
    }
}

/// What opening the key gave. Findings are pushed by [`open`]; the key match
/// itself is done by the caller.
pub(crate) enum KeyState {
    /// Not opened (malformed, encrypted with no or a wrong password, unsupported
    /// algorithm, hostile KDF cost): the finding is already pushed. `KeyMatches` null.
    Unopened {
        /// The container, when it could be told.
        encoding: Option<KeyEncoding>,
    },
    /// Opened, but its parts disagree: `MalformedPrivateKey` already pushed, its
    /// message says which. `KeyMatches` false.
    Inconsistent {
        /// The container.
        encoding: KeyEncoding,
        /// The public key the file claims (RSA n and e, or the embedded point),
        /// for the caller's hint; `None` when the file claims none.
        public: Option<PublicKey>,
    },
    /// The file holds only a public key. No finding pushed (the caller adds
    /// `KeyMismatch`). `KeyMatches` false.
    PublicOnly {
        /// The public key as read.
        public: PublicKey,
    },
    /// A consistent private key.
    Proven(ProvenKey),
}

impl KeyState {
    /// The key's container, as far as it is known.
    pub(crate) fn encoding(&self) -> Option<KeyEncoding> {
        match self {
            KeyState::Unopened { encoding } => *encoding,
            KeyState::Inconsistent { encoding, .. } => Some(*encoding),
            KeyState::PublicOnly { .. } => None,
            KeyState::Proven(k) => Some(k.encoding),
        }
    }
}

impl fmt::Debug for KeyState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyState::Unopened { encoding } => f
                .debug_struct("Unopened")
                .field("encoding", encoding)
                .finish(),
            KeyState::Inconsistent { encoding, public } => f
                .debug_struct("Inconsistent")
                .field("encoding", encoding)
                .field("public", public)
                .finish(),
            KeyState::PublicOnly { public } => f
                .debug_struct("PublicOnly")
                .field("public", public)
                .finish(),
            KeyState::Proven(key) => f.debug_tuple("Proven").field(key).finish(),
        }
    }
}

/// A private key whose parts were proven to agree.
pub(crate) struct ProvenKey {
    /// The container it came in.
    pub(crate) encoding: KeyEncoding,
    /// Whether the input was DER rather than PEM.
    pub(crate) der_input: bool,
    /// The public key DERIVED FROM THE SECRET (not copied from the file).
    pub(crate) public: PublicKey,
    /// The decrypted secret, for `certvet fix`.
    pub(crate) secret: KeySecret,
}

impl fmt::Debug for ProvenKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProvenKey")
            .field("encoding", &self.encoding)
            .field("der_input", &self.der_input)
            .field("public", &self.public)
            .field("secret", &self.secret)
            .finish()
    }
}

impl KeySecret {
    /// The key as unencrypted PKCS#8 `PrivateKeyInfo` DER (v1, as OpenSSL writes it).
    ///
    /// # Errors
    /// None for the kinds certvet opens; the `Result` leaves room for kinds that
    /// cannot be written.
    pub(crate) fn to_pkcs8_der(&self) -> Result<SecretBytes, String> {
        // The algorithm module hands up its AlgorithmIdentifier fields and privateKey;
        // pkcs8 writes the container.
        let (algorithm, private_key) = match &self.inner {
            Secret::Rsa { pkcs1 } => rsa::pkcs8_parts(pkcs1),
            Secret::Ec {
                curve,
                scalar,
                point,
            } => ec::pkcs8_parts(*curve, scalar, point),
            Secret::Ed25519 { seed } => ed25519::pkcs8_parts(seed),
        };
        Ok(pkcs8::private_key_info(algorithm, private_key))
    }

    /// The key as PKCS#1 `RSAPrivateKey` DER.
    ///
    /// # Errors
    /// When the key is not RSA.
    pub(crate) fn to_pkcs1_der(&self) -> Result<SecretBytes, String> {
        match &self.inner {
            Secret::Rsa { pkcs1 } => Ok(SecretBytes::copy_of(pkcs1)),
            _ => Err(format!(
                "the key is {}, and PKCS#1 (RSA PRIVATE KEY) holds RSA keys only",
                self.kind()
            )),
        }
    }

    /// The key as SEC1 `ECPrivateKey` DER with the named curve and the public key.
    ///
    /// # Errors
    /// When the key is not EC.
    pub(crate) fn to_sec1_der(&self) -> Result<SecretBytes, String> {
        match &self.inner {
            Secret::Ec {
                curve,
                scalar,
                point,
            } => Ok(ec::sec1_der(*curve, scalar, point, true)),
            _ => Err(format!(
                "the key is {}, and SEC1 (EC PRIVATE KEY) holds EC keys only",
                self.kind()
            )),
        }
    }
}

/// Open a key block: decode, decrypt with `password` when encrypted, and prove
/// its parts consistent. Every problem is pushed to `findings` as one finding.
pub(crate) fn open(
    blob: &KeyBlob,
    password: Option<&[u8]>,
    limits: &Limits,
    findings: &mut Vec<Finding>,
) -> KeyState {
    let (encoding, der_input, outcome) = match blob {
        KeyBlob::Pem {
            label,
            headers,
            body,
            ..
        } => {
            let (encoding, outcome) = open_pem(label, headers, body, password, limits);
            (encoding, false, outcome)
        }
        KeyBlob::Der(der) => {
            let (encoding, outcome) = open_der(der, password, limits);
            (encoding, true, outcome)
        }
    };
    match (outcome, encoding) {
        (Err(finding), _) => {
            findings.push(finding);
            KeyState::Unopened { encoding }
        }
        (Ok(Opened::PublicOnly(public)), _) => KeyState::PublicOnly { public },
        (Ok(Opened::Inconsistent { public, finding }), Some(encoding)) => {
            findings.push(finding);
            KeyState::Inconsistent { encoding, public }
        }
        (Ok(Opened::Proven { public, secret }), Some(encoding)) => KeyState::Proven(ProvenKey {
            encoding,
            der_input,
            public,
            secret,
        }),
        // A private key always comes with its container; keep the finding anyway.
        (Ok(Opened::Inconsistent { finding, .. }), None) => {
            findings.push(finding);
            KeyState::Unopened { encoding: None }
        }
        (Ok(Opened::Proven { .. }), None) => {
            findings.push(malformed("the key container could not be told"));
            KeyState::Unopened { encoding: None }
        }
    }
}

/// The plaintext private-key containers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plain {
    /// PKCS#1 `RSAPrivateKey`.
    Pkcs1,
    /// SEC1 `ECPrivateKey`.
    Sec1,
    /// PKCS#8 `PrivateKeyInfo`.
    Pkcs8,
}

impl Plain {
    /// The report's encoding for this container, unencrypted.
    fn encoding(self) -> KeyEncoding {
        match self {
            Plain::Pkcs1 => KeyEncoding::Pkcs1,
            Plain::Sec1 => KeyEncoding::Sec1,
            Plain::Pkcs8 => KeyEncoding::Pkcs8,
        }
    }

    /// Decode and prove a plaintext key of this container.
    fn open(self, der: &[u8]) -> Outcome {
        match self {
            Plain::Pkcs1 => rsa::open_pkcs1(der),
            Plain::Sec1 => ec::open_sec1(der, None, None),
            Plain::Pkcs8 => open_pkcs8(der),
        }
    }
}

/// Open a PEM block by its label.
fn open_pem(
    label: &str,
    headers: &[(String, String)],
    body: &[u8],
    password: Option<&[u8]>,
    limits: &Limits,
) -> (Option<KeyEncoding>, Outcome) {
    let plain = match label {
        "RSA PRIVATE KEY" => Plain::Pkcs1,
        "EC PRIVATE KEY" => Plain::Sec1,
        "PRIVATE KEY" => Plain::Pkcs8,
        "ENCRYPTED PRIVATE KEY" => {
            return (
                Some(KeyEncoding::Pkcs8Encrypted),
                open_encrypted_pkcs8(body, password, limits),
            );
        }
        "PUBLIC KEY" => return (None, open_spki(body)),
        "RSA PUBLIC KEY" => return (None, rsa::open_public_pkcs1(body)),
        other => return (None, Err(other_label(other))),
    };
    match encrypted::legacy_header(headers) {
        Err(finding) => (Some(KeyEncoding::PemEncrypted), Err(finding)),
        Ok(None) => {
            let outcome = plain
                .open(body)
                .map_err(|f| with_label_hint(f, label, body));
            (Some(plain.encoding()), outcome)
        }
        Ok(Some(dek)) => {
            let outcome = encrypted::decrypt_legacy(&dek, body, password)
                .and_then(|der| open_decrypted(plain, &der, &dek.describe()));
            (Some(KeyEncoding::PemEncrypted), outcome)
        }
    }
}

/// Decode and prove a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey`: the container is
/// pkcs8's, the key inside its algorithm's.
fn open_pkcs8(der: &[u8]) -> Outcome {
    let pkcs8::PrivateKeyInfo {
        alg,
        private_key,
        embedded,
    } = pkcs8::decode(der)?;
    if alg.oid == oid::RSA_ENCRYPTION || alg.oid == oid::RSASSA_PSS {
        pkcs8::check_rsa_params(&alg)?;
        let opened = rsa::open_pkcs1(private_key)?;
        match embedded {
            Some(embedded) => rsa::check_embedded_public(opened, embedded),
            None => Ok(opened),
        }
    } else if alg.oid == oid::EC_PUBLIC_KEY {
        let Some(params) = alg.params else {
            return Err(malformed(
                "the EC AlgorithmIdentifier names no curve (its parameters are missing)",
            ));
        };
        let curve = ec::named_curve(params.tag, params.content)?;
        ec::open_sec1(private_key, Some(curve), embedded)
    } else if alg.oid == oid::ED25519 {
        ed25519::open_pkcs8(private_key, alg.params.is_some(), embedded)
    } else {
        Err(unsupported(oid::describe(alg.oid)))
    }
}

/// Decode a `SubjectPublicKeyInfo` given where a private key belongs.
///
/// A key of a kind certvet does not take still counts as "only a public key"
/// ([`PublicKey::Unsupported`] naming it).
fn open_spki(der: &[u8]) -> Outcome {
    let spki = pkcs8::decode_spki(der)?;
    let (alg, bits) = (spki.algorithm, spki.key_octets());
    let public = if alg.oid == oid::RSA_ENCRYPTION || alg.oid == oid::RSASSA_PSS {
        rsa::spki_public(bits)?
    } else if alg.oid == oid::EC_PUBLIC_KEY {
        match alg.params {
            Some(der::Tlv {
                tag: der::OID,
                content: curve_oid,
                ..
            }) => match ec::named_curve(der::OID, curve_oid) {
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

/// Open an `EncryptedPrivateKeyInfo`.
fn open_encrypted_pkcs8(der: &[u8], password: Option<&[u8]>, limits: &Limits) -> Outcome {
    let (plain, scheme) = encrypted::decrypt_pkcs8(der, password, limits)?;
    open_decrypted(Plain::Pkcs8, &plain, &scheme)
}

/// Open a decrypted plaintext: bytes that are not one DER SEQUENCE mean the
/// password was wrong (the padding matched by chance).
fn open_decrypted(plain: Plain, der: &[u8], scheme: &str) -> Outcome {
    if der::whole(der, der::SEQUENCE).is_err() {
        return Err(encrypted::wrong_password(scheme));
    }
    plain.open(der)
}

/// The finding for a PEM label that is not a key.
fn other_label(label: &str) -> Finding {
    let (message, hint): (String, &str) = match label {
        "DSA PRIVATE KEY" => return unsupported("DSA"),
        "OPENSSH PRIVATE KEY" => (
            "the key file holds an OPENSSH PRIVATE KEY block, which certvet and the cloud \
             API do not read"
                .to_owned(),
            "convert a copy to PKCS#8: `ssh-keygen -p -m PKCS8 -f key.copy` (this rewrites \
             key.copy in place)",
        ),
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => (
            format!("the key file holds a {label} block, not a private key"),
            "were the certificate and key files switched? give the private key file as the key",
        ),
        "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => (
            format!("the key file holds a {label} (CSR) block, not a private key"),
            "give the private key the CSR was made with",
        ),
        _ => (
            format!("the key file holds a {label} block where a private key was expected"),
            "give a PEM private key: RSA PRIVATE KEY, EC PRIVATE KEY, PRIVATE KEY or \
             ENCRYPTED PRIVATE KEY",
        ),
    };
    Finding::error(Reason::UnexpectedPemBlock, message).with_hint(hint)
}

/// When a labelled block fails to decode but holds another container, say so.
fn with_label_hint(mut finding: Finding, label: &str, body: &[u8]) -> Finding {
    if finding.reason != Reason::MalformedPrivateKey {
        return finding;
    }
    let right = match key_container(body) {
        Some(KeyContainer::Pkcs1) => "RSA PRIVATE KEY",
        Some(KeyContainer::Sec1) => "EC PRIVATE KEY",
        Some(KeyContainer::Pkcs8) => "PRIVATE KEY",
        Some(KeyContainer::EncryptedPkcs8) => "ENCRYPTED PRIVATE KEY",
        _ => return finding,
    };
    if right != label {
        finding.message = format!(
            "{}; the contents fit the label {right}, not {label}",
            finding.message
        );
        finding.hint = Some(format!(
            "fix the BEGIN and END lines to say {right}, or convert the key: `openssl pkey \
             -in key.pem -out key.fixed.pem`"
        ));
    }
    finding
}

/// Open a DER key by sniffing its container.
fn open_der(
    der: &[u8],
    password: Option<&[u8]>,
    limits: &Limits,
) -> (Option<KeyEncoding>, Outcome) {
    let plain = |plain: Plain| (Some(plain.encoding()), plain.open(der));
    match key_container(der) {
        Some(KeyContainer::Pkcs8) => plain(Plain::Pkcs8),
        Some(KeyContainer::Pkcs1) => plain(Plain::Pkcs1),
        Some(KeyContainer::Sec1) => plain(Plain::Sec1),
        Some(KeyContainer::EncryptedPkcs8) => (
            Some(KeyEncoding::Pkcs8Encrypted),
            open_encrypted_pkcs8(der, password, limits),
        ),
        Some(KeyContainer::Spki) => (None, open_spki(der)),
        Some(KeyContainer::RsaPublic) => (None, rsa::open_public_pkcs1(der)),
        Some(KeyContainer::Signed) => (
            None,
            Err(Finding::error(
                Reason::UnexpectedPemBlock,
                "the DER key file holds a certificate or certificate request, not a private key",
            )
            .with_hint(
                "were the certificate and key files switched? give the private key file as the key",
            )),
        ),
        None => (
            None,
            Err(malformed(
                "the DER key file is not a PKCS#8, PKCS#1 or SEC1 private key",
            )),
        ),
    }
}

#[cfg(test)]
mod tests;
