//! Why an input is rejected or flagged: the contract's `Reason` words, the
//! severity policy, and the operational errors of the command line.

use std::fmt;

/// Why an input is rejected or flagged; [`Reason::as_str`] is the contract's `Reason` word.
///
/// Variants follow the order of the contract's reasons table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// No certificate in the input.
    EmptyCertificate,
    /// PEM or DER that does not decode to an X.509 certificate.
    MalformedCertificate,
    /// A key that does not decode, or whose parts disagree with each other.
    MalformedPrivateKey,
    /// A key or certificate key of a kind certvet does not take.
    UnsupportedKeyAlgorithm,
    /// An encrypted key and no password.
    EncryptedPrivateKey,
    /// An encrypted key that the password does not open.
    WrongPassword,
    /// A consistent key that does not belong to the leaf, or a public key only.
    KeyMismatch,
    /// The check time is after notAfter.
    Expired,
    /// The check time is before notBefore.
    NotYetValid,
    /// The certificates are not leaf-first in issuing order.
    ChainOrder,
    /// A signature in the chain does not verify with the next certificate's key.
    ChainSignatureInvalid,
    /// RSA under 2048 bits (warning) or under 1024 bits (error).
    WeakKey,
    /// An input over the documented size or cost limit.
    InputTooLarge,
    /// A batch line that is not a request.
    MalformedRequest,
    /// A PEM block of another kind where a certificate or key was expected.
    UnexpectedPemBlock,
    /// BOM, CR, blank lines, glued END/BEGIN, text between blocks, lines not 64 columns.
    PemFormat,
    /// A chain certificate other than the leaf is outside its validity.
    ChainMemberExpired,
    /// The chain does not end in a self-signed or well-known root.
    ChainIncomplete,
    /// A certificate other than a self-signed root is signed with SHA-1 or MD5.
    WeakSignature,
    /// The target does not take this key algorithm or size.
    KeyAlgorithmNotAccepted,
    /// The target wants another key container.
    KeyEncodingNotAccepted,
    /// More certificates than the target takes.
    ChainTooLong,
    /// A chain signature certvet cannot check: `SignedByNext` null before the last (v1.1).
    SignatureNotChecked,
    /// A name asked with `--host` that no subjectAltName entry covers.
    HostNotCovered,
    /// The leaf expires within `--warn-days` days of the check time.
    ExpiresSoon,
    /// The leaf's extendedKeyUsage has neither serverAuth nor anyExtendedKeyUsage.
    NotForServerAuth,
}

impl Reason {
    /// Every reason, in the contract's order.
    pub const ALL: &'static [Reason] = &[
        Reason::EmptyCertificate,
        Reason::MalformedCertificate,
        Reason::MalformedPrivateKey,
        Reason::UnsupportedKeyAlgorithm,
        Reason::EncryptedPrivateKey,
        Reason::WrongPassword,
        Reason::KeyMismatch,
        Reason::Expired,
        Reason::NotYetValid,
        Reason::ChainOrder,
        Reason::ChainSignatureInvalid,
        Reason::WeakKey,
        Reason::InputTooLarge,
        Reason::MalformedRequest,
        Reason::UnexpectedPemBlock,
        Reason::PemFormat,
        Reason::ChainMemberExpired,
        Reason::ChainIncomplete,
        Reason::WeakSignature,
        Reason::KeyAlgorithmNotAccepted,
        Reason::KeyEncodingNotAccepted,
        Reason::ChainTooLong,
        Reason::SignatureNotChecked,
        Reason::HostNotCovered,
        Reason::ExpiresSoon,
        Reason::NotForServerAuth,
    ];

    /// The contract's word for this reason.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::EmptyCertificate => "EmptyCertificate",
            Reason::MalformedCertificate => "MalformedCertificate",
            Reason::MalformedPrivateKey => "MalformedPrivateKey",
            Reason::UnsupportedKeyAlgorithm => "UnsupportedKeyAlgorithm",
            Reason::EncryptedPrivateKey => "EncryptedPrivateKey",
            Reason::WrongPassword => "WrongPassword",
            Reason::KeyMismatch => "KeyMismatch",
            Reason::Expired => "Expired",
            Reason::NotYetValid => "NotYetValid",
            Reason::ChainOrder => "ChainOrder",
            Reason::ChainSignatureInvalid => "ChainSignatureInvalid",
            Reason::WeakKey => "WeakKey",
            Reason::InputTooLarge => "InputTooLarge",
            Reason::MalformedRequest => "MalformedRequest",
            Reason::UnexpectedPemBlock => "UnexpectedPemBlock",
            Reason::PemFormat => "PemFormat",
            Reason::ChainMemberExpired => "ChainMemberExpired",
            Reason::ChainIncomplete => "ChainIncomplete",
            Reason::WeakSignature => "WeakSignature",
            Reason::KeyAlgorithmNotAccepted => "KeyAlgorithmNotAccepted",
            Reason::KeyEncodingNotAccepted => "KeyEncodingNotAccepted",
            Reason::ChainTooLong => "ChainTooLong",
            Reason::SignatureNotChecked => "SignatureNotChecked",
            Reason::HostNotCovered => "HostNotCovered",
            Reason::ExpiresSoon => "ExpiresSoon",
            Reason::NotForServerAuth => "NotForServerAuth",
        }
    }

    /// The code the cloud API answers for an error of this reason.
    pub const fn code(self) -> &'static str {
        "InvalidParameter"
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a finding makes the report invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// The cloud API would refuse the upload.
    Error,
    /// Accepted, but worth fixing.
    Warning,
}

/// One thing wrong with an input: the reason, what is wrong, and how to fix it.
///
/// Messages may quote certificate content but never key material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The contract's reason.
    pub reason: Reason,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// The diagnosis and the fix, where there is one.
    pub hint: Option<String>,
}

impl Finding {
    /// An error finding.
    pub fn error(reason: Reason, message: impl Into<String>) -> Self {
        Finding {
            reason,
            severity: Severity::Error,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning finding.
    pub fn warning(reason: Reason, message: impl Into<String>) -> Self {
        Finding {
            reason,
            severity: Severity::Warning,
            message: message.into(),
            hint: None,
        }
    }

    /// The same finding with a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this finding makes the report invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract's reasons table, word for word and in order.
    const CONTRACT_REASONS: &str = "EmptyCertificate MalformedCertificate MalformedPrivateKey \
        UnsupportedKeyAlgorithm EncryptedPrivateKey WrongPassword KeyMismatch Expired NotYetValid \
        ChainOrder ChainSignatureInvalid WeakKey InputTooLarge MalformedRequest UnexpectedPemBlock \
        PemFormat ChainMemberExpired ChainIncomplete WeakSignature KeyAlgorithmNotAccepted \
        KeyEncodingNotAccepted ChainTooLong SignatureNotChecked HostNotCovered ExpiresSoon \
        NotForServerAuth";

    #[test]
    fn reasons_match_the_contract_table() {
        let ours: Vec<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        let contract: Vec<&str> = CONTRACT_REASONS.split_whitespace().collect();
        assert_eq!(ours, contract);
        for r in Reason::ALL {
            assert_eq!(r.to_string(), r.as_str());
            assert_eq!(r.code(), "InvalidParameter");
        }
    }
}
