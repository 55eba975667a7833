//! Object identifiers certvet's key code compares against (DER contents bytes),
//! and names for the ones it refuses, so messages can say what was found.

use super::der::dotted;

/// rsaEncryption, 1.2.840.113549.1.1.1 (RFC 8017).
pub(super) const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
/// id-RSASSA-PSS, 1.2.840.113549.1.1.10 (RFC 4055).
pub(super) const RSASSA_PSS: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a];
/// id-ecPublicKey, 1.2.840.10045.2.1 (RFC 5480).
pub(super) const EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
/// secp256r1 / P-256, 1.2.840.10045.3.1.7.
pub(super) const P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
/// secp384r1 / P-384, 1.3.132.0.34.
pub(super) const P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
/// secp521r1 / P-521, 1.3.132.0.35.
pub(super) const P521: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x23];
/// id-Ed25519, 1.3.101.112 (RFC 8410).
pub(super) const ED25519: &[u8] = &[0x2b, 0x65, 0x70];

/// id-PBES2, 1.2.840.113549.1.5.13 (RFC 8018).
pub(super) const PBES2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
/// id-PBKDF2, 1.2.840.113549.1.5.12.
pub(super) const PBKDF2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c];
/// id-scrypt, 1.3.6.1.4.1.11591.4.11 (RFC 7914).
pub(super) const SCRYPT: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x04, 0x0b];
/// hmacWithSHA1, 1.2.840.113549.2.7.
pub(super) const HMAC_SHA1: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x07];
/// hmacWithSHA224, 1.2.840.113549.2.8.
pub(super) const HMAC_SHA224: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x08];
/// hmacWithSHA256, 1.2.840.113549.2.9.
pub(super) const HMAC_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09];
/// hmacWithSHA384, 1.2.840.113549.2.10.
pub(super) const HMAC_SHA384: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x0a];
/// hmacWithSHA512, 1.2.840.113549.2.11.
pub(super) const HMAC_SHA512: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x0b];
/// aes128-CBC, 2.16.840.1.101.3.4.1.2.
pub(super) const AES128_CBC: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x02];
/// aes192-CBC, 2.16.840.1.101.3.4.1.22.
pub(super) const AES192_CBC: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x16];
/// aes256-CBC, 2.16.840.1.101.3.4.1.42.
pub(super) const AES256_CBC: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a];
/// des-ede3-cbc, 1.2.840.113549.3.7.
pub(super) const DES_EDE3_CBC: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x03, 0x07];

/// A name for an OID certvet recognises, for messages.
pub(super) fn name(oid: &[u8]) -> Option<&'static str> {
    let name = match dotted(oid).as_str() {
        // Key algorithms.
        "1.2.840.113549.1.1.1" => "RSA",
        "1.2.840.113549.1.1.10" => "RSASSA-PSS",
        "1.2.840.113549.1.1.7" => "RSAES-OAEP",
        "1.2.840.10045.2.1" => "EC",
        "1.2.840.10040.4.1" => "DSA",
        "1.2.840.10046.2.1" => "DH (X9.42)",
        "1.2.840.113549.1.3.1" => "DH (PKCS#3)",
        "1.3.101.110" => "X25519",
        "1.3.101.111" => "X448",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        "1.2.156.10197.1.301" => "SM2",
        "1.2.643.7.1.1.1.1" => "GOST R 34.10-2012 (256-bit)",
        "1.2.643.7.1.1.1.2" => "GOST R 34.10-2012 (512-bit)",
        "2.16.840.1.101.3.4.3.17" => "ML-DSA-44",
        "2.16.840.1.101.3.4.3.18" => "ML-DSA-65",
        "2.16.840.1.101.3.4.3.19" => "ML-DSA-87",
        "2.16.840.1.101.3.4.4.1" => "ML-KEM-512",
        "2.16.840.1.101.3.4.4.2" => "ML-KEM-768",
        "2.16.840.1.101.3.4.4.3" => "ML-KEM-1024",
        // Curves.
        "1.2.840.10045.3.1.7" => "P-256",
        "1.3.132.0.34" => "P-384",
        "1.3.132.0.35" => "P-521",
        "1.2.840.10045.3.1.1" => "P-192 (prime192v1)",
        "1.3.132.0.33" => "P-224 (secp224r1)",
        "1.3.132.0.10" => "secp256k1",
        "1.3.36.3.3.2.8.1.1.7" => "brainpoolP256r1",
        "1.3.36.3.3.2.8.1.1.11" => "brainpoolP384r1",
        "1.3.36.3.3.2.8.1.1.13" => "brainpoolP512r1",
        // Password-based encryption.
        "1.2.840.113549.1.5.13" => "PBES2",
        "1.2.840.113549.1.5.12" => "PBKDF2",
        "1.3.6.1.4.1.11591.4.11" => "scrypt",
        "1.2.840.113549.1.5.1" => "PBES1 pbeWithMD2AndDES-CBC",
        "1.2.840.113549.1.5.3" => "PBES1 pbeWithMD5AndDES-CBC",
        "1.2.840.113549.1.5.4" => "PBES1 pbeWithMD2AndRC2-CBC",
        "1.2.840.113549.1.5.6" => "PBES1 pbeWithMD5AndRC2-CBC",
        "1.2.840.113549.1.5.10" => "PBES1 pbeWithSHA1AndDES-CBC",
        "1.2.840.113549.1.5.11" => "PBES1 pbeWithSHA1AndRC2-CBC",
        "1.2.840.113549.1.12.1.1" => "PKCS#12 pbeWithSHAAnd128BitRC4",
        "1.2.840.113549.1.12.1.2" => "PKCS#12 pbeWithSHAAnd40BitRC4",
        "1.2.840.113549.1.12.1.3" => "PKCS#12 pbeWithSHAAnd3-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.4" => "PKCS#12 pbeWithSHAAnd2-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.5" => "PKCS#12 pbeWithSHAAnd128BitRC2-CBC",
        "1.2.840.113549.1.12.1.6" => "PKCS#12 pbeWithSHAAnd40BitRC2-CBC",
        "1.2.840.113549.2.7" => "HMAC-SHA1",
        "1.2.840.113549.2.8" => "HMAC-SHA224",
        "1.2.840.113549.2.9" => "HMAC-SHA256",
        "1.2.840.113549.2.10" => "HMAC-SHA384",
        "1.2.840.113549.2.11" => "HMAC-SHA512",
        "1.2.840.113549.2.12" => "HMAC-SHA512/224",
        "1.2.840.113549.2.13" => "HMAC-SHA512/256",
        "1.2.840.113549.2.5" => "HMAC-MD5",
        "1.2.156.10197.1.401.2" => "HMAC-SM3",
        "1.2.643.7.1.1.4.1" => "HMAC-GOSTR3411-2012-256",
        "1.2.643.7.1.1.4.2" => "HMAC-GOSTR3411-2012-512",
        "2.16.840.1.101.3.4.1.2" => "AES-128-CBC",
        "2.16.840.1.101.3.4.1.22" => "AES-192-CBC",
        "2.16.840.1.101.3.4.1.42" => "AES-256-CBC",
        "2.16.840.1.101.3.4.1.6" => "AES-128-GCM",
        "2.16.840.1.101.3.4.1.26" => "AES-192-GCM",
        "2.16.840.1.101.3.4.1.46" => "AES-256-GCM",
        "2.16.840.1.101.3.4.1.4" => "AES-128-CFB",
        "2.16.840.1.101.3.4.1.44" => "AES-256-CFB",
        "1.2.840.113549.3.7" => "DES-EDE3-CBC",
        "1.3.14.3.2.7" => "DES-CBC",
        "1.2.840.113549.3.2" => "RC2-CBC",
        "1.2.392.200011.61.1.1.1.2" => "CAMELLIA-128-CBC",
        "1.2.392.200011.61.1.1.1.4" => "CAMELLIA-256-CBC",
        "1.2.410.200046.1.1.2" => "ARIA-128-CBC",
        "1.2.410.200046.1.1.12" => "ARIA-256-CBC",
        "1.2.156.10197.1.104.2" => "SM4-CBC",
        _ => return None,
    };
    Some(name)
}

/// `NAME (OID d.d.d)` when known, else `OID d.d.d`.
pub(super) fn describe(oid: &[u8]) -> String {
    match name(oid) {
        Some(n) => format!("{n} (OID {})", dotted(oid)),
        None => format!("OID {}", dotted(oid)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_the_oids_they_name() {
        // Table: constant, dotted form.
        let table: &[(&[u8], &str)] = &[
            (RSA_ENCRYPTION, "1.2.840.113549.1.1.1"),
            (RSASSA_PSS, "1.2.840.113549.1.1.10"),
            (EC_PUBLIC_KEY, "1.2.840.10045.2.1"),
            (P256, "1.2.840.10045.3.1.7"),
            (P384, "1.3.132.0.34"),
            (P521, "1.3.132.0.35"),
            (ED25519, "1.3.101.112"),
            (PBES2, "1.2.840.113549.1.5.13"),
            (PBKDF2, "1.2.840.113549.1.5.12"),
            (SCRYPT, "1.3.6.1.4.1.11591.4.11"),
            (HMAC_SHA1, "1.2.840.113549.2.7"),
            (HMAC_SHA224, "1.2.840.113549.2.8"),
            (HMAC_SHA256, "1.2.840.113549.2.9"),
            (HMAC_SHA384, "1.2.840.113549.2.10"),
            (HMAC_SHA512, "1.2.840.113549.2.11"),
            (AES128_CBC, "2.16.840.1.101.3.4.1.2"),
            (AES192_CBC, "2.16.840.1.101.3.4.1.22"),
            (AES256_CBC, "2.16.840.1.101.3.4.1.42"),
            (DES_EDE3_CBC, "1.2.840.113549.3.7"),
        ];
        for (bytes, want) in table {
            assert_eq!(dotted(bytes), *want);
        }
    }

    #[test]
    fn describe_names_known_and_unknown_oids() {
        assert_eq!(describe(&[0x2b, 0x65, 0x71]), "Ed448 (OID 1.3.101.113)");
        assert_eq!(describe(&[0x2a, 0x03]), "OID 1.2.3");
    }
}
