//! Encrypted keys: PKCS#8 `EncryptedPrivateKeyInfo` with PBES2 (RFC 8018;
//! PBKDF2 or scrypt, RFC 7914) through the `pkcs5` crate, and legacy OpenSSL PEM
//! encryption (`Proc-Type: 4,ENCRYPTED`, `DEK-Info`, RFC 1421 headers; key by
//! `EVP_BytesToKey` with MD5 and one iteration).
//!
//! Every parameter is read and checked before any key derivation, so a hostile
//! iteration count or scrypt cost is refused without spending it.

use crate::secret::SecretBytes;
use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockCipherDecrypt, BlockModeDecrypt, KeyInit, KeyIvInit};
use pkcs5::der::Decode;
use zeroize::Zeroizing;

use super::opened::malformed;
use crate::crypto;
use crate::der::{self, DerError, Field, Reader};
use crate::error::{Finding, Reason};
use crate::limits::Limits;
use crate::oid;

/// Hint when the key is encrypted and no password was given.
const HINT_NO_PASSWORD: &str =
    "pass --password-file FILE, or decrypt it: openssl pkey -in key.pem -out key.dec.pem";
/// Hint when the password does not open the key.
const HINT_WRONG_PASSWORD: &str = "check the password file: certvet reads its first line \
     without the line end, like OpenSSL's `-passin file:`";
/// Hint for encryption schemes certvet does not open.
const HINT_REENCRYPT: &str = "decrypt it with OpenSSL and re-encrypt it with PBES2: `openssl \
     pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key.p8.pem` (OpenSSL 3 may need \
     `-provider legacy -provider default` to read old schemes)";
/// Hint for keys that ask for too much derivation work.
const HINT_COST: &str = "decrypt it and re-encrypt it with OpenSSL's default cost: `openssl \
     pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key.p8.pem`";

/// `EncryptedPrivateKey`: encrypted, and no password given.
fn no_password(scheme: &str) -> Finding {
    Finding::error(
        Reason::EncryptedPrivateKey,
        format!("the key is encrypted ({scheme}) and no password was given"),
    )
    .with_hint(HINT_NO_PASSWORD)
}

/// `WrongPassword`: the password does not open the key.
pub(super) fn wrong_password(scheme: &str) -> Finding {
    Finding::error(
        Reason::WrongPassword,
        format!("the password does not open the key ({scheme})"),
    )
    .with_hint(HINT_WRONG_PASSWORD)
}

/// `UnsupportedKeyAlgorithm` for an encryption scheme certvet does not open.
fn unsupported_encryption(what: impl std::fmt::Display) -> Finding {
    Finding::error(
        Reason::UnsupportedKeyAlgorithm,
        format!("the key is encrypted with {what}, which certvet does not open"),
    )
    .with_hint(HINT_REENCRYPT)
}

/// `InputTooLarge` for a derivation cost over the limit.
fn too_costly(asks: String, limit: String) -> Finding {
    Finding::error(
        Reason::InputTooLarge,
        format!(
            "the key asks for {asks}; the limit is {limit}: re-encrypt it with \
             `openssl pkcs8 -topk8 -v2 aes-256-cbc`"
        ),
    )
    .with_hint(HINT_COST)
}

/// A count for messages: `2^k` for powers of two from 1024 up, else decimal.
fn count(n: u128) -> String {
    if n >= 1024 && n.is_power_of_two() {
        format!("2^{}", n.trailing_zeros())
    } else {
        n.to_string()
    }
}

/// Bytes for messages, in binary units when whole.
fn bytes(n: u128) -> String {
    for (shift, unit) in [(40, "TiB"), (30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if n >= 1 << shift && n.is_multiple_of(1 << shift) {
            return format!("{} {unit}", n >> shift);
        }
    }
    format!("{n} bytes")
}

/// A CBC cipher certvet decrypts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cipher {
    /// AES-128-CBC.
    Aes128,
    /// AES-192-CBC.
    Aes192,
    /// AES-256-CBC.
    Aes256,
    /// DES-EDE3-CBC (three-key triple DES).
    DesEde3,
    /// DES-CBC (legacy PEM only).
    Des,
}

impl Cipher {
    /// OpenSSL's name.
    fn name(self) -> &'static str {
        match self {
            Cipher::Aes128 => "AES-128-CBC",
            Cipher::Aes192 => "AES-192-CBC",
            Cipher::Aes256 => "AES-256-CBC",
            Cipher::DesEde3 => "DES-EDE3-CBC",
            Cipher::Des => "DES-CBC",
        }
    }

    /// Key bytes.
    fn key_len(self) -> usize {
        match self {
            Cipher::Aes128 => 16,
            Cipher::Aes192 => 24,
            Cipher::Aes256 => 32,
            Cipher::DesEde3 => 24,
            Cipher::Des => 8,
        }
    }

    /// Block (and IV) bytes.
    fn block_len(self) -> usize {
        match self {
            Cipher::Aes128 | Cipher::Aes192 | Cipher::Aes256 => 16,
            Cipher::DesEde3 | Cipher::Des => 8,
        }
    }

    /// Decrypt `buf` in place and strip PKCS#7 padding; `None` on bad padding.
    fn decrypt(self, key: &[u8], iv: &[u8], buf: &mut [u8]) -> Option<usize> {
        match self {
            Cipher::Aes128 => cbc_decrypt::<aes::Aes128>(key, iv, buf),
            Cipher::Aes192 => cbc_decrypt::<aes::Aes192>(key, iv, buf),
            Cipher::Aes256 => cbc_decrypt::<aes::Aes256>(key, iv, buf),
            Cipher::DesEde3 => cbc_decrypt::<des::TdesEde3>(key, iv, buf),
            Cipher::Des => cbc_decrypt::<des::Des>(key, iv, buf),
        }
    }
}

/// CBC-decrypt in place; the plaintext length, or `None` on bad padding.
fn cbc_decrypt<C: BlockCipherDecrypt + KeyInit>(
    key: &[u8],
    iv: &[u8],
    buf: &mut [u8],
) -> Option<usize> {
    cbc::Decryptor::<C>::new_from_slices(key, iv)
        .ok()?
        .decrypt_padded::<Pkcs7>(buf)
        .ok()
        .map(<[u8]>::len)
}

/// Check a ciphertext's length against the block size.
fn check_ciphertext(ciphertext: &[u8], cipher: Cipher) -> Result<(), Finding> {
    let block = cipher.block_len();
    if ciphertext.is_empty() || !ciphertext.len().is_multiple_of(block) {
        return Err(malformed(format!(
            "the encrypted key is {} bytes, not a whole number of {block}-byte {} blocks",
            ciphertext.len(),
            cipher.name()
        )));
    }
    Ok(())
}

/// The key-derivation function of a PBES2 key, as read.
enum Kdf {
    /// PBKDF2 with a PRF.
    Pbkdf2 {
        /// `HMAC-SHA256` etc.
        prf: &'static str,
        /// iterationCount; `None` when over `u64`.
        iterations: Option<u64>,
        /// keyLength, when given.
        key_length: Option<Option<u64>>,
    },
    /// scrypt.
    Scrypt {
        /// costParameter N; `None` when over `u64`.
        n: Option<u64>,
        /// blockSize r.
        r: Option<u64>,
        /// parallelizationParameter p.
        p: Option<u64>,
        /// keyLength, when given.
        key_length: Option<Option<u64>>,
    },
}

impl Kdf {
    /// `PBKDF2-HMAC-SHA256` or `scrypt`.
    fn name(&self) -> String {
        match self {
            Kdf::Pbkdf2 { prf, .. } => format!("PBKDF2-{prf}"),
            Kdf::Scrypt { .. } => "scrypt".to_owned(),
        }
    }
}

/// The PRF of PBKDF2-params.
fn prf(r: &mut Reader<'_>) -> Result<&'static str, Finding> {
    let decode_error = |e: DerError| malformed(format!("the PBKDF2 parameters do not decode: {e}"));
    let Some(alg) = r
        .read_optional(der::SEQUENCE)
        .field("prf")
        .map_err(decode_error)?
    else {
        // RFC 8018: DEFAULT algid-hmacWithSHA1.
        return Ok("HMAC-SHA1");
    };
    let mut alg = Reader::new(alg);
    let oid = alg.oid().field("prf").map_err(decode_error)?;
    alg.read_optional(der::NULL)
        .field("prf")
        .map_err(decode_error)?;
    alg.finish().field("prf").map_err(decode_error)?;
    let known: [(&[u8], &str); 5] = [
        (oid::HMAC_SHA1, "HMAC-SHA1"),
        (oid::HMAC_SHA224, "HMAC-SHA224"),
        (oid::HMAC_SHA256, "HMAC-SHA256"),
        (oid::HMAC_SHA384, "HMAC-SHA384"),
        (oid::HMAC_SHA512, "HMAC-SHA512"),
    ];
    known
        .iter()
        .find(|(o, _)| *o == oid)
        .map(|(_, name)| *name)
        .ok_or_else(|| {
            unsupported_encryption(format_args!(
                "PKCS#8 PBES2 using PBKDF2 with the PRF {}",
                oid::describe(oid)
            ))
        })
}

/// Read PBES2's keyDerivationFunc `AlgorithmIdentifier`.
fn kdf(r: &mut Reader<'_>) -> Result<Kdf, Finding> {
    let decode_error = |e: DerError| malformed(format!("the PBES2 parameters do not decode: {e}"));
    let mut alg = r
        .sequence()
        .field("keyDerivationFunc")
        .map_err(decode_error)?;
    let kdf_oid = alg.oid().field("keyDerivationFunc").map_err(decode_error)?;
    let kdf = if kdf_oid == oid::PBKDF2 {
        let mut params = alg
            .sequence()
            .field("PBKDF2-params")
            .map_err(decode_error)?;
        if params.peek_tag() == Some(der::SEQUENCE) {
            return Err(unsupported_encryption(
                "PKCS#8 PBES2 using PBKDF2 with an otherSource salt",
            ));
        }
        params
            .read(der::OCTET_STRING)
            .field("salt")
            .map_err(decode_error)?;
        let iterations = params
            .small_uint()
            .field("iterationCount")
            .map_err(decode_error)?;
        let key_length = if params.peek_tag() == Some(der::INTEGER) {
            Some(
                params
                    .small_uint()
                    .field("keyLength")
                    .map_err(decode_error)?,
            )
        } else {
            None
        };
        let prf = prf(&mut params)?;
        params
            .finish()
            .field("PBKDF2-params")
            .map_err(decode_error)?;
        Kdf::Pbkdf2 {
            prf,
            iterations,
            key_length,
        }
    } else if kdf_oid == oid::SCRYPT {
        let mut params = alg
            .sequence()
            .field("scrypt-params")
            .map_err(decode_error)?;
        params
            .read(der::OCTET_STRING)
            .field("salt")
            .map_err(decode_error)?;
        let n = params
            .small_uint()
            .field("costParameter")
            .map_err(decode_error)?;
        let r = params
            .small_uint()
            .field("blockSize")
            .map_err(decode_error)?;
        let p = params
            .small_uint()
            .field("parallelizationParameter")
            .map_err(decode_error)?;
        let key_length = if params.is_empty() {
            None
        } else {
            Some(
                params
                    .small_uint()
                    .field("keyLength")
                    .map_err(decode_error)?,
            )
        };
        params
            .finish()
            .field("scrypt-params")
            .map_err(decode_error)?;
        Kdf::Scrypt {
            n,
            r,
            p,
            key_length,
        }
    } else {
        return Err(unsupported_encryption(format_args!(
            "PKCS#8 PBES2 using the key derivation function {}",
            oid::describe(kdf_oid)
        )));
    };
    alg.finish()
        .field("keyDerivationFunc")
        .map_err(decode_error)?;
    Ok(kdf)
}

/// Read PBES2's encryptionScheme `AlgorithmIdentifier`: the cipher and its IV.
fn encryption_scheme<'a>(r: &mut Reader<'a>) -> Result<(Cipher, &'a [u8]), Finding> {
    let decode_error = |e: DerError| malformed(format!("the PBES2 parameters do not decode: {e}"));
    let mut alg = r
        .sequence()
        .field("encryptionScheme")
        .map_err(decode_error)?;
    let enc_oid = alg.oid().field("encryptionScheme").map_err(decode_error)?;
    let cipher = [
        (oid::AES128_CBC, Cipher::Aes128),
        (oid::AES192_CBC, Cipher::Aes192),
        (oid::AES256_CBC, Cipher::Aes256),
        (oid::DES_EDE3_CBC, Cipher::DesEde3),
    ]
    .iter()
    .find(|(o, _)| *o == enc_oid)
    .map(|(_, c)| *c)
    .ok_or_else(|| {
        unsupported_encryption(format_args!(
            "PKCS#8 PBES2 using the cipher {}",
            oid::describe(enc_oid)
        ))
    })?;
    let iv = alg
        .read(der::OCTET_STRING)
        .field("iv")
        .map_err(decode_error)?;
    alg.finish()
        .field("encryptionScheme")
        .map_err(decode_error)?;
    if iv.len() != cipher.block_len() {
        return Err(malformed(format!(
            "the {} IV is {} bytes; it must be {}",
            cipher.name(),
            iv.len(),
            cipher.block_len()
        )));
    }
    Ok((cipher, iv))
}

/// Check the KDF's parameters and cost against `limits`, before deriving anything.
fn check_kdf(kdf: &Kdf, cipher: Cipher, limits: &Limits) -> Result<(), Finding> {
    let key_length = match kdf {
        Kdf::Pbkdf2 { key_length, .. } | Kdf::Scrypt { key_length, .. } => *key_length,
    };
    if let Some(len) = key_length
        && len != u64::try_from(cipher.key_len()).ok()
    {
        return Err(malformed(format!(
            "the {} keyLength is not {}'s {}-byte key",
            kdf.name(),
            cipher.name(),
            cipher.key_len()
        )));
    }
    match *kdf {
        Kdf::Pbkdf2 { iterations, .. } => {
            let limit = limits.pbkdf2_iterations;
            match iterations {
                Some(0) => Err(malformed("the key asks for 0 PBKDF2 iterations")),
                Some(i) if i <= u64::from(limit) => Ok(()),
                Some(i) => Err(too_costly(
                    format!("{} PBKDF2 iterations", count(u128::from(i))),
                    limit.to_string(),
                )),
                None => Err(too_costly(
                    "more than 2^64 PBKDF2 iterations".to_owned(),
                    limit.to_string(),
                )),
            }
        }
        Kdf::Scrypt { n, r, p, .. } => {
            let (Some(n), Some(r), Some(p)) = (n, r, p) else {
                return Err(too_costly(
                    "scrypt parameters over 2^64".to_owned(),
                    bytes(u128::from(limits.scrypt_memory_bytes)),
                ));
            };
            if n < 2 || !n.is_power_of_two() {
                return Err(malformed(format!(
                    "the scrypt cost N={n} is not a power of two above 1"
                )));
            }
            if r == 0 || p == 0 {
                return Err(malformed("the scrypt block size r or parallelism p is 0"));
            }
            let memory = 128 * u128::from(r) * u128::from(n);
            if memory > u128::from(limits.scrypt_memory_bytes) {
                return Err(too_costly(
                    format!(
                        "scrypt with N={}, r={r} ({} of memory)",
                        count(u128::from(n)),
                        bytes(memory)
                    ),
                    bytes(u128::from(limits.scrypt_memory_bytes)),
                ));
            }
            if p > u64::from(limits.scrypt_parallelism) {
                return Err(too_costly(
                    format!("scrypt parallelism p={p}"),
                    limits.scrypt_parallelism.to_string(),
                ));
            }
            if u16::try_from(r).is_err() || u16::try_from(p).is_err() {
                return Err(unsupported_encryption(format_args!(
                    "scrypt r={r}, p={p} (certvet reads r and p up to 65535)"
                )));
            }
            Ok(())
        }
    }
}

/// Decrypt a PKCS#8 `EncryptedPrivateKeyInfo`: the plaintext `PrivateKeyInfo`
/// DER and the scheme's description (for messages).
pub(super) fn decrypt_pkcs8(
    der: &[u8],
    password: Option<&[u8]>,
    limits: &Limits,
) -> Result<(SecretBytes, String), Finding> {
    let decode_error = |e: DerError| {
        malformed(format!(
            "the PKCS#8 EncryptedPrivateKeyInfo does not decode: {e}"
        ))
    };
    let mut outer = Reader::new(der::whole(der, der::SEQUENCE).map_err(decode_error)?);
    let (alg_der, alg) = outer
        .read_tlv(der::SEQUENCE)
        .field("encryptionAlgorithm")
        .map_err(decode_error)?;
    let ciphertext = outer
        .read(der::OCTET_STRING)
        .field("encryptedData")
        .map_err(decode_error)?;
    outer.finish().map_err(decode_error)?;

    let mut alg = Reader::new(alg);
    let scheme_oid = alg
        .oid()
        .field("encryptionAlgorithm")
        .map_err(decode_error)?;
    if scheme_oid != oid::PBES2 {
        return Err(unsupported_encryption(oid::describe(scheme_oid)));
    }
    let mut params = alg.sequence().field("PBES2-params").map_err(decode_error)?;
    alg.finish().map_err(decode_error)?;
    let kdf = kdf(&mut params)?;
    let (cipher, _iv) = encryption_scheme(&mut params)?;
    params
        .finish()
        .field("PBES2-params")
        .map_err(decode_error)?;

    let scheme = format!("PKCS#8 PBES2: {}, {}", kdf.name(), cipher.name());
    check_kdf(&kdf, cipher, limits)?;
    check_ciphertext(ciphertext, cipher)?;
    let Some(password) = password else {
        return Err(no_password(&scheme));
    };

    let pkcs5_scheme = pkcs5::EncryptionScheme::from_der(alg_der).map_err(|e| {
        unsupported_encryption(format_args!(
            "{scheme} with parameters certvet does not read ({e})"
        ))
    })?;
    let mut buf = SecretBytes::copy_of(ciphertext);
    let len = match pkcs5_scheme.decrypt_in_place(password, &mut buf) {
        Ok(plain) => plain.len(),
        Err(pkcs5::Error::DecryptFailed) => return Err(wrong_password(&scheme)),
        Err(pkcs5::Error::AlgorithmParametersInvalid { .. }) => {
            return Err(malformed(format!(
                "the key's encryption parameters ({scheme}) are invalid"
            )));
        }
        Err(e) => return Err(unsupported_encryption(format_args!("{scheme} ({e})"))),
    };
    buf.truncate(len);
    Ok((buf, scheme))
}

/// Legacy PEM encryption parameters from `DEK-Info`.
pub(super) struct Dek {
    /// The cipher.
    cipher: Cipher,
    /// The IV (its first 8 bytes are the key-derivation salt).
    iv: Vec<u8>,
}

impl Dek {
    /// `legacy PEM: AES-256-CBC` for messages.
    pub(super) fn describe(&self) -> String {
        format!("legacy PEM: {}", self.cipher.name())
    }
}

/// Read the RFC 1421 headers: `None` for an unencrypted block, the `DEK-Info`
/// for a `Proc-Type: 4,ENCRYPTED` one.
pub(super) fn legacy_header(headers: &[(String, String)]) -> Result<Option<Dek>, Finding> {
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    };
    let proc_type = find("Proc-Type");
    let dek_info = find("DEK-Info");
    let Some(proc_type) = proc_type else {
        return match dek_info {
            Some(_) => Err(malformed(
                "the key block has a DEK-Info header but no Proc-Type: 4,ENCRYPTED",
            )),
            None => Ok(None),
        };
    };
    let mut parts = proc_type.split(',').map(str::trim);
    if parts.next() != Some("4") || parts.next() != Some("ENCRYPTED") || parts.next().is_some() {
        return Err(malformed(format!(
            "the key block's Proc-Type is \"{proc_type}\", not \"4,ENCRYPTED\""
        )));
    }
    let Some(dek_info) = dek_info else {
        return Err(malformed(
            "the key block says Proc-Type: 4,ENCRYPTED but has no DEK-Info header",
        ));
    };
    let (name, iv_hex) = dek_info.split_once(',').unwrap_or((dek_info, ""));
    let (name, iv_hex) = (name.trim(), iv_hex.trim());
    let cipher = [
        Cipher::Aes128,
        Cipher::Aes192,
        Cipher::Aes256,
        Cipher::DesEde3,
        Cipher::Des,
    ]
    .into_iter()
    .find(|c| c.name().eq_ignore_ascii_case(name))
    .ok_or_else(|| unsupported_encryption(format_args!("the legacy PEM cipher {name}")))?;
    let want = cipher.block_len() * 2;
    let iv = decode_hex(iv_hex)
        .filter(|iv| iv.len() * 2 == want)
        .ok_or_else(|| {
            malformed(format!(
                "the DEK-Info IV for {} must be {want} hex digits; it is \"{iv_hex}\"",
                cipher.name()
            ))
        })?;
    Ok(Some(Dek { cipher, iv }))
}

/// Hex digits to bytes; `None` unless every character is a hex digit in pairs.
fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    s.as_bytes()
        .chunks(2)
        .map(|pair| {
            let hi = char::from(*pair.first()?).to_digit(16)?;
            let lo = char::from(*pair.get(1)?).to_digit(16)?;
            u8::try_from(hi * 16 + lo).ok()
        })
        .collect()
}

/// OpenSSL's `EVP_BytesToKey` with MD5, one iteration: `D_i = MD5(D_{i-1} || password || salt)`.
fn bytes_to_key(password: &[u8], salt: &[u8], key_len: usize) -> SecretBytes {
    let mut key = SecretBytes::with_capacity(key_len + 16);
    let mut block = Zeroizing::new([0u8; 16]);
    while key.len() < key_len {
        let previous: &[u8] = if key.is_empty() { &[] } else { &block[..] };
        let mut next = Zeroizing::new([0u8; 16]);
        crypto::md5_into(&[previous, password, salt], &mut next);
        *block = *next;
        key.extend_from_slice(&*block);
    }
    key.truncate(key_len);
    key
}

/// Decrypt a legacy-encrypted PEM body; the plaintext DER.
pub(super) fn decrypt_legacy(
    dek: &Dek,
    ciphertext: &[u8],
    password: Option<&[u8]>,
) -> Result<SecretBytes, Finding> {
    let scheme = dek.describe();
    check_ciphertext(ciphertext, dek.cipher)?;
    let Some(password) = password else {
        return Err(no_password(&scheme));
    };
    let salt = dek.iv.get(..8).unwrap_or_default();
    let key = bytes_to_key(password, salt, dek.cipher.key_len());
    let mut buf = SecretBytes::copy_of(ciphertext);
    let len = dek
        .cipher
        .decrypt(&key, &dek.iv, &mut buf)
        .ok_or_else(|| wrong_password(&scheme))?;
    buf.truncate(len);
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn evp_bytes_to_key_matches_openssl() {
        // `openssl enc -aes-256-cbc -P -md md5 -S 0102030405060708 -pass pass:password`
        let salt = [1, 2, 3, 4, 5, 6, 7, 8];
        assert_eq!(
            hex(&bytes_to_key(b"password", &salt, 32)),
            "e7b0971e52ca5cc8d0539fb3412f6316f7ba2e6ee293d9f3457b99436b51ce02"
        );
        // `openssl enc -des-ede3-cbc …`: the first 24 bytes of the same stream.
        assert_eq!(
            hex(&bytes_to_key(b"password", &salt, 24)),
            "e7b0971e52ca5cc8d0539fb3412f6316f7ba2e6ee293d9f3"
        );
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn legacy_headers_table() {
        // Table: headers, expected reason (None = parsed), expected message fragment.
        type Case<'a> = (&'a [(&'a str, &'a str)], Option<Reason>, &'a str);
        let cases: &[Case<'_>] = &[
            (&[], None, ""),
            (&[("Comment", "x")], None, ""),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "AES-128-CBC,00112233445566778899AABBCCDDEEFF"),
                ],
                None,
                "",
            ),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "aes-256-cbc,00112233445566778899aabbccddeeff"),
                ],
                None,
                "",
            ),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "AES-128-CBC,0011223344556677"),
                ],
                Some(Reason::MalformedPrivateKey),
                "must be 32 hex digits",
            ),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "AES-128-CBC,00112233445566778899AABBCCDDEEFF00"),
                ],
                Some(Reason::MalformedPrivateKey),
                "must be 32 hex digits",
            ),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "DES-EDE3-CBC,001122334455667G"),
                ],
                Some(Reason::MalformedPrivateKey),
                "must be 16 hex digits",
            ),
            (
                &[
                    ("Proc-Type", "4,ENCRYPTED"),
                    ("DEK-Info", "SEED-CBC,00112233445566778899AABBCCDDEEFF"),
                ],
                Some(Reason::UnsupportedKeyAlgorithm),
                "the legacy PEM cipher SEED-CBC",
            ),
            (
                &[("Proc-Type", "4,ENCRYPTED")],
                Some(Reason::MalformedPrivateKey),
                "no DEK-Info",
            ),
            (
                &[("DEK-Info", "AES-128-CBC,00112233445566778899AABBCCDDEEFF")],
                Some(Reason::MalformedPrivateKey),
                "no Proc-Type",
            ),
            (
                &[("Proc-Type", "4,MIC-ONLY")],
                Some(Reason::MalformedPrivateKey),
                "not \"4,ENCRYPTED\"",
            ),
        ];
        for (pairs, reason, fragment) in cases {
            match (legacy_header(&headers(pairs)), reason) {
                (Ok(_), None) => {}
                (Err(f), Some(r)) => {
                    assert_eq!(f.reason, *r, "{pairs:?}");
                    assert!(f.message.contains(fragment), "{pairs:?}: {}", f.message);
                }
                (got, want) => panic!("{pairs:?}: got {:?}, want {want:?}", got.err()),
            }
        }
    }

    #[test]
    fn counts_and_sizes_read_well() {
        assert_eq!(count(1 << 30), "2^30");
        assert_eq!(count(2048), "2^11");
        assert_eq!(count(1000), "1000");
        assert_eq!(bytes(1 << 37), "128 GiB");
        assert_eq!(bytes(32 << 20), "32 MiB");
        assert_eq!(bytes(1000), "1000 bytes");
    }
}
