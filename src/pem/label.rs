//! The label table: what a PEM block's label (RFC 7468 §4 and the labels OpenSSL
//! writes) names. The sinks decide from it what a block is to their input.

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `CERTIFICATE`.
    Certificate,
    /// `X509 CERTIFICATE`, the old label of a certificate.
    OldCertificate,
    /// `TRUSTED CERTIFICATE`: OpenSSL's certificate with trust settings.
    TrustedCertificate,
    /// Every `… PRIVATE KEY`.
    PrivateKey,
    /// `CERTIFICATE REQUEST` or `NEW CERTIFICATE REQUEST`.
    Request,
    /// Every `… PUBLIC KEY`.
    PublicKey,
    /// `PKCS7` or `CMS`.
    Pkcs7,
    /// `EC PARAMETERS`, as `openssl ecparam -genkey` writes before the key.
    EcParameters,
    /// Anything else.
    Other,
}

/// The kind a label names.
pub(crate) fn kind(label: &str) -> Kind {
    match label {
        // The labels of nearly every input first.
        "CERTIFICATE" => Kind::Certificate,
        _ if label.ends_with("PRIVATE KEY") => Kind::PrivateKey,
        _ if label.ends_with("PUBLIC KEY") => Kind::PublicKey,
        "X509 CERTIFICATE" => Kind::OldCertificate,
        "TRUSTED CERTIFICATE" => Kind::TrustedCertificate,
        "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => Kind::Request,
        "PKCS7" | "CMS" => Kind::Pkcs7,
        "EC PARAMETERS" => Kind::EcParameters,
        _ => Kind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_their_kinds() {
        for (label, want) in [
            ("CERTIFICATE", Kind::Certificate),
            ("X509 CERTIFICATE", Kind::OldCertificate),
            ("TRUSTED CERTIFICATE", Kind::TrustedCertificate),
            ("PRIVATE KEY", Kind::PrivateKey),
            ("ENCRYPTED PRIVATE KEY", Kind::PrivateKey),
            ("RSA PRIVATE KEY", Kind::PrivateKey),
            ("EC PRIVATE KEY", Kind::PrivateKey),
            ("CERTIFICATE REQUEST", Kind::Request),
            ("NEW CERTIFICATE REQUEST", Kind::Request),
            ("PUBLIC KEY", Kind::PublicKey),
            ("RSA PUBLIC KEY", Kind::PublicKey),
            ("PKCS7", Kind::Pkcs7),
            ("CMS", Kind::Pkcs7),
            ("EC PARAMETERS", Kind::EcParameters),
            ("X509 CRL", Kind::Other),
            ("DH PARAMETERS", Kind::Other),
        ] {
            assert_eq!(kind(label), want, "{label}");
        }
    }
}
