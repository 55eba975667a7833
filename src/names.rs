//! OpenSSL's names for what the report shows about the leaf (contract v1.1, New report
//! fields): a signature algorithm as `openssl x509 -text` prints it (the object's long
//! name: `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, `rsassaPss`, `ED25519`), and an
//! extendedKeyUsage purpose as OpenSSL's short name (`serverAuth`, `clientAuth`). An OID
//! OpenSSL has no name for is written in dotted form.
//!
//! The signature table was made by asking OpenSSL 3.0 (`openssl asn1parse -genstr
//! OID:...` prints the long name; `oid::short_name` has the short ones), and
//! testdata/manifest.json records `openssl x509 -text`'s answer for every fixture.

use crate::oid;

/// The leaf's signature algorithm as `openssl x509 -text` names it.
pub(crate) fn signature_algorithm(oid: &[u8]) -> String {
    SIGNATURE_ALGORITHMS
        .iter()
        .find(|(o, _)| *o == oid)
        .map_or_else(|| oid::dotted(oid), |(_, name)| (*name).to_owned())
}

/// An extendedKeyUsage purpose as OpenSSL's short name (its generated object table).
pub(crate) fn key_purpose(purpose: &[u8]) -> String {
    oid::short_name(purpose).map_or_else(|| oid::dotted(purpose), str::to_owned)
}

/// Signature algorithm OIDs and OpenSSL's long names.
#[rustfmt::skip]
const SIGNATURE_ALGORITHMS: &[(&[u8], &str)] = &[
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x02], "md2WithRSAEncryption"), // 1.2.840.113549.1.1.2
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x04], "md5WithRSAEncryption"), // 1.2.840.113549.1.1.4
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x05], "sha1WithRSAEncryption"), // 1.2.840.113549.1.1.5
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], "rsassaPss"), // 1.2.840.113549.1.1.10
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b], "sha256WithRSAEncryption"), // 1.2.840.113549.1.1.11
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c], "sha384WithRSAEncryption"), // 1.2.840.113549.1.1.12
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d], "sha512WithRSAEncryption"), // 1.2.840.113549.1.1.13
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0e], "sha224WithRSAEncryption"), // 1.2.840.113549.1.1.14
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0d], "RSA-SHA3-224"), // 2.16.840.1.101.3.4.3.13
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0e], "RSA-SHA3-256"), // 2.16.840.1.101.3.4.3.14
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0f], "RSA-SHA3-384"), // 2.16.840.1.101.3.4.3.15
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x10], "RSA-SHA3-512"), // 2.16.840.1.101.3.4.3.16
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x01], "ecdsa-with-SHA1"), // 1.2.840.10045.4.1
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x01], "ecdsa-with-SHA224"), // 1.2.840.10045.4.3.1
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02], "ecdsa-with-SHA256"), // 1.2.840.10045.4.3.2
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03], "ecdsa-with-SHA384"), // 1.2.840.10045.4.3.3
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x04], "ecdsa-with-SHA512"), // 1.2.840.10045.4.3.4
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x09], "ecdsa_with_SHA3-224"), // 2.16.840.1.101.3.4.3.9
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0a], "ecdsa_with_SHA3-256"), // 2.16.840.1.101.3.4.3.10
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0b], "ecdsa_with_SHA3-384"), // 2.16.840.1.101.3.4.3.11
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0c], "ecdsa_with_SHA3-512"), // 2.16.840.1.101.3.4.3.12
    (&[0x2b, 0x65, 0x70], "ED25519"), // 1.3.101.112
    (&[0x2b, 0x65, 0x71], "ED448"), // 1.3.101.113
    (&[0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x03], "dsaWithSHA1"), // 1.2.840.10040.4.3
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x01], "dsa_with_SHA224"), // 2.16.840.1.101.3.4.3.1
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x02], "dsa_with_SHA256"), // 2.16.840.1.101.3.4.3.2
    (&[0x2a, 0x81, 0x1c, 0xcf, 0x55, 0x01, 0x83, 0x75], "SM2-with-SM3"), // 1.2.156.10197.1.501
];
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_openssls() {
        // 1.2.840.113549.1.1.11, 1.2.840.10045.4.3.2, 1.3.101.112
        assert_eq!(
            signature_algorithm(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]),
            "sha256WithRSAEncryption"
        );
        assert_eq!(
            signature_algorithm(&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02]),
            "ecdsa-with-SHA256"
        );
        assert_eq!(signature_algorithm(&[0x2b, 0x65, 0x70]), "ED25519");
        assert_eq!(key_purpose(oid::SERVER_AUTH), "serverAuth");
        assert_eq!(
            key_purpose(oid::ANY_EXTENDED_KEY_USAGE),
            "anyExtendedKeyUsage"
        );
        // 1.3.6.1.4.1.55555.7: no name, dotted (testdata/eku/mixed.pem)
        assert_eq!(
            key_purpose(&[0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xb2, 0x03, 0x07]),
            "1.3.6.1.4.1.55555.7"
        );
    }

    #[test]
    fn every_signature_oid_is_distinct() {
        let table = SIGNATURE_ALGORITHMS;
        for (i, (a, _)) in table.iter().enumerate() {
            assert!(table[i + 1..].iter().all(|(b, _)| a != b));
        }
    }
}
