//! PKCS#12 (PFX, RFC 7292): the certificates and the private key of a `.pfx`/`.p12`
//! file, through RustCrypto's `pkcs12` structures and key-derivation function.
//!
//! What is read (contract v1.1, PKCS#12):
//! - password integrity: the MAC (HMAC-SHA-1/SHA-224/SHA-256/SHA-384/SHA-512 keyed by
//!   the PKCS#12 KDF) or PBMAC1 (RFC 9579: HMAC keyed by PBKDF2); a file without one
//!   (`openssl pkcs12 -nomac`) is read, and then a wrong password shows as a bag that
//!   does not decrypt;
//! - bag encryption: PBES2 (through the same code as an `ENCRYPTED PRIVATE KEY`,
//!   caps included) and the legacy PKCS#12 PBEs `pbeWithSHAAnd3-KeyTripleDES-CBC` and
//!   `pbeWithSHAAnd40BitRC2-CBC`; any other scheme is `UnsupportedKeyAlgorithm` naming it;
//! - bags: certBag (x509Certificate), keyBag and pkcs8ShroudedKeyBag; CRL, secret and
//!   nested bags are skipped.
//!
//! Passwords: the PKCS#12 KDF takes the password as a NUL-terminated BMPString, PBES2
//! and PBMAC1 take its UTF-8 bytes. With no password the empty one is tried, in both
//! forms OpenSSL writes it: two NUL bytes, or no bytes at all.
//!
//! Every cost is checked before it is spent: iteration counts against the PBKDF2 cap
//! of [`Limits`], and at most [`MAX_DECRYPTIONS`] encrypted bags per file.

use std::fmt;

use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockCipherDecrypt, BlockModeDecrypt, InnerIvInit, KeyInit};
use der::asn1::{AnyRef, ContextSpecific, ObjectIdentifier, OctetString};
use der::{Decode, Encode, Sequence, Tag, Tagged};
use hmac::digest::block_api::BlockSizeUser;
use hmac::digest::{Digest, FixedOutputReset};
use hmac::{EagerHash, Hmac, Mac};
use pkcs12::cms::content_info::ContentInfo;
use pkcs12::cms::encrypted_data::EncryptedData;
use pkcs12::kdf::{Pkcs12KeyType, derive_key};
use pkcs12::pbe_params::{EncryptedPrivateKeyInfo, Pkcs12PbeParams};
use pkcs12::{CertBag, Pfx};
use spki::AlgorithmIdentifierOwned;
use zeroize::Zeroize;

use super::{KeyEncoding, KeyState, Opened, ProvenKey, encrypted, open_pkcs8};
use crate::error::{Finding, Reason};
use crate::limits::Limits;
use crate::public_key::PublicKey;
use crate::secret::SecretBytes;

/// The most encrypted bags (and encrypted safe contents) one file may ask to decrypt:
/// OpenSSL writes two (certificates, key); each costs a key derivation.
pub(crate) const MAX_DECRYPTIONS: usize = 8;

/// `id-data` (PKCS#7 data).
const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
/// `id-signedData`: public-key integrity mode.
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
/// `id-encryptedData`.
const ID_ENCRYPTED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.6");
/// `x509Certificate` (certBag type).
const X509_CERTIFICATE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.22.1");
/// PBES2.
const PBES2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.13");
/// PBMAC1 (RFC 9579).
const PBMAC1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.14");
/// PBKDF2.
const PBKDF2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.12");

/// The hint when the file is protected and no password was given.
const HINT_NO_PASSWORD: &str = "give the PFX's password with --password-file FILE or \
     --password-env VAR";
/// The hint when the password does not open the file.
const HINT_WRONG_PASSWORD: &str = "check the password: certvet reads the password file's \
     first line without the line end (like OpenSSL's `-passin file:`), and \
     --password-env's value as is";
/// The hint for schemes certvet does not open.
const HINT_REEXPORT: &str = "re-export it with OpenSSL 3's defaults (AES-256-CBC, PBKDF2, \
     HMAC-SHA-256): `openssl pkcs12 -in old.pfx -nodes -legacy | openssl pkcs12 -export \
     -out new.pfx`";
/// The hint for files that do not decode.
const HINT_DECODE: &str = "the PKCS#12 file is damaged or truncated: check it with \
     `openssl pkcs12 -in FILE -info -noout`, or export it again";

/// What a PKCS#12 file holds, once its integrity is checked and its bags decrypted.
pub(crate) struct Contents {
    /// The certificates' DER, in the order of the file.
    pub(crate) certs: Vec<Vec<u8>>,
    /// The first private key, as PKCS#8 `PrivateKeyInfo` DER.
    pub(crate) key: Option<SecretBytes>,
    /// How many private keys the file holds.
    pub(crate) keys: usize,
    /// How the file was protected, for messages (`HMAC-SHA-256 MAC, PBES2 ...`).
    pub(crate) protection: String,
}

/// Never the key: the number of certificates and keys only.
impl fmt::Debug for Contents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contents")
            .field("certs", &self.certs.len())
            .field("keys", &self.keys)
            .field("protection", &self.protection)
            .finish_non_exhaustive()
    }
}

/// Whether `der` is a PKCS#12 PFX: `SEQUENCE { INTEGER 3, SEQUENCE { OID id-data or
/// id-signedData, ... } ... }`. Looks at the first few bytes only.
pub(crate) fn is_pfx(der: &[u8]) -> bool {
    /// The content type OIDs' common prefix (1.2.840.113549.1.7) and its length byte.
    const PKCS7: &[u8] = &[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];
    let Some(rest) = skip_header(der, 0x30) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(&[0x02, 0x01, 0x03][..]) else {
        return false;
    };
    let Some(content_info) = skip_header(rest, 0x30) else {
        return false;
    };
    content_info
        .strip_prefix(PKCS7)
        .is_some_and(|r| matches!(r.first(), Some(1 | 2)))
}

/// The bytes after a tag and a definite length (short or long form), when the tag is `tag`.
fn skip_header(bytes: &[u8], tag: u8) -> Option<&[u8]> {
    let (&t, rest) = bytes.split_first()?;
    if t != tag {
        return None;
    }
    let (&first, rest) = rest.split_first()?;
    match first {
        0..=0x7f => Some(rest),
        0x81..=0x84 => rest.get(usize::from(first & 0x7f)..),
        _ => None,
    }
}

/// The password as each scheme wants it.
struct Password<'a> {
    /// As given (UTF-8 bytes, for PBES2 and PBMAC1); empty when none was given.
    utf8: &'a [u8],
    /// Whether one was given.
    given: bool,
    /// The BMPString forms to try with the PKCS#12 KDF, in order.
    bmp: Vec<SecretBytes>,
}

impl<'a> Password<'a> {
    fn new(password: Option<&'a [u8]>) -> Self {
        match password {
            Some(p) => Password {
                utf8: p,
                given: true,
                bmp: vec![bmp_string(p)],
            },
            // OpenSSL writes the empty password as two NUL bytes (`-passout pass:`) or
            // as nothing at all (a NULL password); both are tried.
            None => Password {
                utf8: b"",
                given: false,
                bmp: vec![bmp_string(b""), SecretBytes::new(Vec::new())],
            },
        }
    }

    /// The finding when this password does not open the file.
    fn refused(&self, what: &str) -> Finding {
        if self.given {
            Finding::error(
                Reason::WrongPassword,
                format!("the password does not open the PKCS#12 file ({what})"),
            )
            .with_hint(HINT_WRONG_PASSWORD)
        } else {
            Finding::error(
                Reason::EncryptedPrivateKey,
                format!("the PKCS#12 file is protected by a password ({what}) and none was given"),
            )
            .with_hint(HINT_NO_PASSWORD)
        }
    }
}

/// A password as the PKCS#12 KDF takes it: UTF-16 big-endian with a two-byte NUL
/// terminator (RFC 7292 B.1). Bytes that are not UTF-8 are taken one character each,
/// as OpenSSL's `OPENSSL_asc2uni` does.
fn bmp_string(password: &[u8]) -> SecretBytes {
    let mut out = SecretBytes::with_capacity(password.len() * 4 + 2);
    match std::str::from_utf8(password) {
        Ok(text) => {
            for unit in text.encode_utf16() {
                out.extend_from_slice(&unit.to_be_bytes());
            }
        }
        Err(_) => {
            for &b in password {
                out.extend_from_slice(&[0, b]);
            }
        }
    }
    out.extend_from_slice(&[0, 0]);
    out
}

/// `MalformedCertificate` for a PFX whose structure does not decode.
fn malformed(what: impl fmt::Display) -> Finding {
    Finding::error(
        Reason::MalformedCertificate,
        format!("the PKCS#12 file does not decode: {what}"),
    )
    .with_hint(HINT_DECODE)
}

/// `UnsupportedKeyAlgorithm` naming a scheme certvet does not open.
fn unsupported(what: impl fmt::Display) -> Finding {
    Finding::error(
        Reason::UnsupportedKeyAlgorithm,
        format!("the PKCS#12 file is protected with {what}, which certvet does not open"),
    )
    .with_hint(HINT_REEXPORT)
}

/// `InputTooLarge` for an iteration count over the cap.
fn too_costly(what: &str, iterations: i64, limits: &Limits) -> Finding {
    Finding::error(
        Reason::InputTooLarge,
        format!(
            "the PKCS#12 {what} asks for {iterations} iterations; the limit is {}",
            limits.pbkdf2_iterations
        ),
    )
    .with_hint(HINT_REEXPORT)
}

/// An iteration count within `1..=cap`, as the KDF's `i32`.
fn iterations(what: &str, n: i64, limits: &Limits) -> Result<i32, Finding> {
    if n < 1 {
        return Err(malformed(format!("the {what} asks for {n} iterations")));
    }
    if n > i64::from(limits.pbkdf2_iterations) {
        return Err(too_costly(what, n, limits));
    }
    i32::try_from(n).map_err(|_| too_costly(what, n, limits))
}

/// A name for an algorithm OID in messages.
fn scheme_name(oid: &ObjectIdentifier) -> String {
    let name = match oid.to_string().as_str() {
        "1.2.840.113549.1.12.1.1" => "pbeWithSHAAnd128BitRC4",
        "1.2.840.113549.1.12.1.2" => "pbeWithSHAAnd40BitRC4",
        "1.2.840.113549.1.12.1.3" => "pbeWithSHAAnd3-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.4" => "pbeWithSHAAnd2-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.5" => "pbeWithSHAAnd128BitRC2-CBC",
        "1.2.840.113549.1.12.1.6" => "pbeWithSHAAnd40BitRC2-CBC",
        "1.2.840.113549.1.5.3" => "pbeWithMD5AndDES-CBC",
        "1.2.840.113549.1.5.6" => "pbeWithMD5AndRC2-CBC",
        "1.2.840.113549.1.5.10" => "pbeWithSHA1AndDES-CBC",
        "1.2.840.113549.1.5.11" => "pbeWithSHA1AndRC2-CBC",
        "1.2.840.113549.1.5.13" => "PBES2",
        "1.2.840.113549.1.5.14" => "PBMAC1",
        "1.3.14.3.2.26" => "SHA-1",
        "2.16.840.1.101.3.4.2.1" => "SHA-256",
        "2.16.840.1.101.3.4.2.2" => "SHA-384",
        "2.16.840.1.101.3.4.2.3" => "SHA-512",
        "2.16.840.1.101.3.4.2.4" => "SHA-224",
        "1.2.840.113549.2.5" => "MD5",
        other => return format!("the algorithm {other}"),
    };
    name.to_owned()
}

/// Open a PKCS#12 file (DER): check its MAC, decrypt its bags, collect certificates
/// and keys. `password`: as given, or `None` (then the empty password is tried).
///
/// # Errors
/// The one finding that stops the file from being read: `MalformedCertificate` (does
/// not decode), `EncryptedPrivateKey` / `WrongPassword` (the MAC or a bag does not
/// open), `UnsupportedKeyAlgorithm` (a scheme not listed), `InputTooLarge` (a cost
/// over the limits, or more certificates than a chain may hold).
pub(crate) fn open(
    der: &[u8],
    password: Option<&[u8]>,
    limits: &Limits,
) -> Result<Contents, Finding> {
    let pfx = Pfx::from_der(der).map_err(malformed)?;
    if pfx.auth_safe.content_type == ID_SIGNED_DATA {
        return Err(unsupported("public-key integrity (signedData)"));
    }
    if pfx.auth_safe.content_type != ID_DATA {
        return Err(malformed(format!(
            "the authSafe is of type {}, not data",
            pfx.auth_safe.content_type
        )));
    }
    let auth_safe = pfx
        .auth_safe
        .content
        .decode_as::<OctetString>()
        .map_err(malformed)?;
    let mut password = Password::new(password);
    let mac = match &pfx.mac_data {
        Some(mac_data) => verify_mac(mac_data, auth_safe.as_bytes(), &mut password, limits)?,
        None => "no MAC".to_owned(),
    };

    let content_infos = Vec::<ContentInfo>::from_der(auth_safe.as_bytes()).map_err(malformed)?;
    let mut reader = BagReader {
        password: &password,
        limits,
        decryptions: 0,
        schemes: Vec::new(),
        certs: Vec::new(),
        key: None,
        keys: 0,
    };
    for info in &content_infos {
        reader.content_info(info)?;
    }
    let mut protection = mac;
    for scheme in &reader.schemes {
        if !protection.contains(scheme.as_str()) {
            protection.push_str(", ");
            protection.push_str(scheme);
        }
    }
    Ok(Contents {
        certs: reader.certs,
        key: reader.key,
        keys: reader.keys,
        protection,
    })
}

/// The digests the PKCS#12 MAC is made with.
#[derive(Clone, Copy)]
enum MacDigest {
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl MacDigest {
    fn from_oid(oid: &ObjectIdentifier) -> Option<Self> {
        Some(match oid.to_string().as_str() {
            "1.3.14.3.2.26" | "1.2.840.113549.2.7" => MacDigest::Sha1,
            "2.16.840.1.101.3.4.2.4" | "1.2.840.113549.2.8" => MacDigest::Sha224,
            "2.16.840.1.101.3.4.2.1" | "1.2.840.113549.2.9" => MacDigest::Sha256,
            "2.16.840.1.101.3.4.2.2" | "1.2.840.113549.2.10" => MacDigest::Sha384,
            "2.16.840.1.101.3.4.2.3" | "1.2.840.113549.2.11" => MacDigest::Sha512,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            MacDigest::Sha1 => "SHA-1",
            MacDigest::Sha224 => "SHA-224",
            MacDigest::Sha256 => "SHA-256",
            MacDigest::Sha384 => "SHA-384",
            MacDigest::Sha512 => "SHA-512",
        }
    }

    /// Whether HMAC keyed by the PKCS#12 KDF over `data` is `expected`.
    fn pkcs12_mac(
        self,
        password: &[u8],
        salt: &[u8],
        rounds: i32,
        data: &[u8],
        expected: &[u8],
    ) -> bool {
        match self {
            MacDigest::Sha1 => pkcs12_mac::<sha1::Sha1>(password, salt, rounds, data, expected),
            MacDigest::Sha224 => pkcs12_mac::<sha2::Sha224>(password, salt, rounds, data, expected),
            MacDigest::Sha256 => pkcs12_mac::<sha2::Sha256>(password, salt, rounds, data, expected),
            MacDigest::Sha384 => pkcs12_mac::<sha2::Sha384>(password, salt, rounds, data, expected),
            MacDigest::Sha512 => pkcs12_mac::<sha2::Sha512>(password, salt, rounds, data, expected),
        }
    }

    /// Whether HMAC keyed by `key` over `data` is `expected`.
    fn hmac(self, key: &[u8], data: &[u8], expected: &[u8]) -> bool {
        match self {
            MacDigest::Sha1 => hmac_verify::<sha1::Sha1>(key, data, expected),
            MacDigest::Sha224 => hmac_verify::<sha2::Sha224>(key, data, expected),
            MacDigest::Sha256 => hmac_verify::<sha2::Sha256>(key, data, expected),
            MacDigest::Sha384 => hmac_verify::<sha2::Sha384>(key, data, expected),
            MacDigest::Sha512 => hmac_verify::<sha2::Sha512>(key, data, expected),
        }
    }

    /// PBKDF2 with HMAC over this digest.
    fn pbkdf2(self, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) {
        match self {
            MacDigest::Sha1 => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, salt, rounds, out),
            MacDigest::Sha224 => pbkdf2::pbkdf2_hmac::<sha2::Sha224>(password, salt, rounds, out),
            MacDigest::Sha256 => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, rounds, out),
            MacDigest::Sha384 => pbkdf2::pbkdf2_hmac::<sha2::Sha384>(password, salt, rounds, out),
            MacDigest::Sha512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password, salt, rounds, out),
        }
    }

    /// The digest named by an `hmacWithSHA*` OID (PBKDF2's PRF, PBMAC1's scheme).
    fn from_hmac_oid(oid: &ObjectIdentifier) -> Option<Self> {
        Some(match oid.to_string().as_str() {
            "1.2.840.113549.2.7" => MacDigest::Sha1,
            "1.2.840.113549.2.8" => MacDigest::Sha224,
            "1.2.840.113549.2.9" => MacDigest::Sha256,
            "1.2.840.113549.2.10" => MacDigest::Sha384,
            "1.2.840.113549.2.11" => MacDigest::Sha512,
            _ => return None,
        })
    }
}

/// HMAC-`D` keyed by the PKCS#12 KDF (ID 3, key as long as the digest) over `data`.
fn pkcs12_mac<D>(password: &[u8], salt: &[u8], rounds: i32, data: &[u8], expected: &[u8]) -> bool
where
    D: Digest + FixedOutputReset + BlockSizeUser + EagerHash,
{
    let key = SecretBytes::new(derive_key::<D>(
        password,
        salt,
        Pkcs12KeyType::Mac,
        rounds,
        <D as Digest>::output_size(),
    ));
    hmac_verify::<D>(&key, data, expected)
}

/// Constant-time check of HMAC-`D`.
fn hmac_verify<D: EagerHash>(key: &[u8], data: &[u8], expected: &[u8]) -> bool {
    let Ok(mut mac) = <Hmac<D> as KeyInit>::new_from_slice(key) else {
        return false;
    };
    mac.update(data);
    mac.verify_slice(expected).is_ok()
}

/// PBMAC1-params (RFC 8018 A.5).
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct Pbmac1Params {
    key_derivation_func: AlgorithmIdentifierOwned,
    message_auth_scheme: AlgorithmIdentifierOwned,
}

/// Check the integrity MAC with each form of the password; keep the form that opened it
/// (so the bags are decrypted with it), and say how the file is protected.
fn verify_mac(
    mac_data: &pkcs12::MacData,
    data: &[u8],
    password: &mut Password<'_>,
    limits: &Limits,
) -> Result<String, Finding> {
    let alg = &mac_data.mac.algorithm;
    let expected = mac_data.mac.digest.as_bytes();
    if alg.oid == PBMAC1 {
        return verify_pbmac1(alg, data, expected, password, limits);
    }
    let Some(digest) = MacDigest::from_oid(&alg.oid) else {
        return Err(unsupported(format_args!(
            "a MAC over {}",
            scheme_name(&alg.oid)
        )));
    };
    let what = format!("HMAC-{} MAC", digest.name());
    let rounds = iterations(&what, i64::from(mac_data.iterations), limits)?;
    let salt = mac_data.mac_salt.as_bytes();
    let found = password
        .bmp
        .iter()
        .position(|p| digest.pkcs12_mac(p, salt, rounds, data, expected));
    match found {
        Some(i) => {
            // The bags are encrypted with the same form of the password.
            let form = password.bmp.swap_remove(i);
            password.bmp = vec![form];
            Ok(what)
        }
        None => Err(password.refused(&what)),
    }
}

/// RFC 9579: PBMAC1 with PBKDF2 and HMAC; `macSalt` and `iterations` of MacData are
/// ignored, the PBKDF2 parameters rule.
fn verify_pbmac1(
    alg: &AlgorithmIdentifierOwned,
    data: &[u8],
    expected: &[u8],
    password: &Password<'_>,
    limits: &Limits,
) -> Result<String, Finding> {
    let params = alg
        .parameters
        .as_ref()
        .ok_or_else(|| malformed("PBMAC1 without parameters"))?
        .decode_as::<Pbmac1Params>()
        .map_err(malformed)?;
    if params.key_derivation_func.oid != PBKDF2 {
        return Err(unsupported(format_args!(
            "PBMAC1 with {}",
            scheme_name(&params.key_derivation_func.oid)
        )));
    }
    let kdf = params
        .key_derivation_func
        .parameters
        .as_ref()
        .ok_or_else(|| malformed("PBMAC1's PBKDF2 without parameters"))?
        .decode_as::<pkcs5::pbes2::Pbkdf2Params>()
        .map_err(malformed)?;
    let prf = MacDigest::from_hmac_oid(&kdf.prf.oid())
        .ok_or_else(|| unsupported(format_args!("PBMAC1 with the PRF {}", kdf.prf.oid())))?;
    let hmac = MacDigest::from_hmac_oid(&params.message_auth_scheme.oid).ok_or_else(|| {
        unsupported(format_args!(
            "PBMAC1 with the MAC {}",
            params.message_auth_scheme.oid
        ))
    })?;
    let what = format!("PBMAC1 HMAC-{}", hmac.name());
    let rounds = iterations(&what, i64::from(kdf.iteration_count), limits)?;
    let key_len = kdf
        .key_length
        .ok_or_else(|| malformed("PBMAC1's PBKDF2 without keyLength"))?;
    if key_len == 0 || key_len > 64 {
        return Err(malformed(format!("PBMAC1's PBKDF2 keyLength is {key_len}")));
    }
    let mut key = SecretBytes::new(vec![0; usize::from(key_len)]);
    prf.pbkdf2(
        password.utf8,
        kdf.salt.as_bytes(),
        u32::try_from(rounds).unwrap_or(1),
        &mut key,
    );
    if hmac.hmac(&key, data, expected) {
        Ok(what)
    } else {
        Err(password.refused(&what))
    }
}

/// Walks the authenticated safe's contents, decrypting and collecting.
struct BagReader<'p, 'a> {
    password: &'p Password<'a>,
    limits: &'p Limits,
    /// Encrypted items decrypted so far (capped at [`MAX_DECRYPTIONS`]).
    decryptions: usize,
    /// The encryption schemes met, for messages.
    schemes: Vec<String>,
    certs: Vec<Vec<u8>>,
    key: Option<SecretBytes>,
    keys: usize,
}

impl BagReader<'_, '_> {
    /// One ContentInfo of the authenticated safe: plain or password-encrypted SafeContents.
    fn content_info(&mut self, info: &ContentInfo) -> Result<(), Finding> {
        if info.content_type == ID_DATA {
            let contents = info.content.decode_as::<OctetString>().map_err(malformed)?;
            self.safe_contents(contents.as_bytes())
        } else if info.content_type == ID_ENCRYPTED_DATA {
            let data = info
                .content
                .decode_as::<EncryptedData>()
                .map_err(malformed)?;
            let eci = data.enc_content_info;
            let ciphertext = eci
                .encrypted_content
                .ok_or_else(|| malformed("an encryptedData without encryptedContent"))?;
            let plain = self.decrypt(&eci.content_enc_alg, ciphertext.as_bytes())?;
            self.safe_contents(&plain)
        } else {
            // envelopedData (public-key privacy mode) and anything else.
            Err(unsupported(format_args!(
                "a safe of content type {}",
                info.content_type
            )))
        }
    }

    /// The bags of one SafeContents.
    fn safe_contents(&mut self, der: &[u8]) -> Result<(), Finding> {
        let mut bags = pkcs12::safe_bag::SafeContents::from_der(der).map_err(malformed)?;
        let result = self.bags(&bags);
        // A keyBag's value is a plaintext key, copied out of a zeroizing buffer by the
        // decoder: wipe every bag's copy, whatever happened.
        for bag in &mut bags {
            bag.bag_value.zeroize();
        }
        result
    }

    /// The certificates and keys of decoded bags.
    fn bags(&mut self, bags: &[pkcs12::SafeBag]) -> Result<(), Finding> {
        for bag in bags {
            if bag.bag_id == pkcs12::PKCS_12_CERT_BAG_OID {
                let cert = ContextSpecific::<CertBag>::from_der(&bag.bag_value)
                    .map_err(malformed)?
                    .value;
                if cert.cert_id != X509_CERTIFICATE {
                    continue;
                }
                if self.certs.len() >= self.limits.chain_certificates {
                    return Err(Finding::error(
                        Reason::InputTooLarge,
                        format!(
                            "the PKCS#12 file holds more than {} certificates",
                            self.limits.chain_certificates
                        ),
                    ));
                }
                self.certs.push(cert.cert_value.as_bytes().to_vec());
            } else if bag.bag_id == pkcs12::PKCS_12_KEY_BAG_OID {
                let inner = explicit_contents(&bag.bag_value)?;
                self.add_key(SecretBytes::copy_of(inner));
            } else if bag.bag_id == pkcs12::PKCS_12_PKCS8_KEY_BAG_OID {
                let epki = ContextSpecific::<EncryptedPrivateKeyInfo>::from_der(&bag.bag_value)
                    .map_err(malformed)?
                    .value;
                let plain =
                    self.decrypt(&epki.encryption_algorithm, epki.encrypted_data.as_bytes())?;
                self.add_key(plain);
            }
            // CRL, secret and nested safe-contents bags carry nothing certvet checks.
        }
        Ok(())
    }

    fn add_key(&mut self, der: SecretBytes) {
        self.keys += 1;
        if self.key.is_none() {
            self.key = Some(der);
        }
    }

    /// Decrypt with a PBES2 or legacy PKCS#12 scheme; the plaintext must be one DER
    /// SEQUENCE (else the password was wrong and the padding matched by chance).
    fn decrypt(
        &mut self,
        alg: &AlgorithmIdentifierOwned,
        ciphertext: &[u8],
    ) -> Result<SecretBytes, Finding> {
        self.decryptions += 1;
        if self.decryptions > MAX_DECRYPTIONS {
            return Err(Finding::error(
                Reason::InputTooLarge,
                format!(
                    "the PKCS#12 file asks for more than {MAX_DECRYPTIONS} decryptions; \
                     OpenSSL writes two"
                ),
            )
            .with_hint(HINT_REEXPORT));
        }
        if alg.oid == PBES2 {
            return self.decrypt_pbes2(alg, ciphertext);
        }
        let cipher = match alg.oid {
            pkcs12::PKCS_12_PBE_WITH_SHAAND3_KEY_TRIPLE_DES_CBC => LegacyCipher::TripleDes,
            pkcs12::PKCS_12_PBEWITH_SHAAND40_BIT_RC2_CBC => LegacyCipher::Rc2_40,
            _ => return Err(unsupported(scheme_name(&alg.oid))),
        };
        let name = scheme_name(&alg.oid);
        let params = alg
            .parameters
            .as_ref()
            .ok_or_else(|| malformed(format!("{name} without parameters")))?
            .decode_as::<Pkcs12PbeParams>()
            .map_err(malformed)?;
        let rounds = iterations(&name, i64::from(params.iterations), self.limits)?;
        if ciphertext.is_empty() || !ciphertext.len().is_multiple_of(8) {
            return Err(malformed(format!(
                "{name} ciphertext of {} bytes is not whole 8-byte blocks",
                ciphertext.len()
            )));
        }
        note(&mut self.schemes, name.clone());
        for password in &self.password.bmp {
            let salt = params.salt.as_bytes();
            if let Some(plain) = cipher.decrypt(password, salt, rounds, ciphertext)
                && is_sequence(&plain)
            {
                return Ok(plain);
            }
        }
        Err(self.password.refused(&name))
    }

    /// PBES2, through the code that opens `ENCRYPTED PRIVATE KEY` blocks (its checks
    /// and caps included): the scheme wrapped as an `EncryptedPrivateKeyInfo`.
    fn decrypt_pbes2(
        &mut self,
        alg: &AlgorithmIdentifierOwned,
        ciphertext: &[u8],
    ) -> Result<SecretBytes, Finding> {
        let epki = EncryptedPrivateKeyInfo {
            encryption_algorithm: alg.clone(),
            encrypted_data: OctetString::new(ciphertext).map_err(malformed)?,
        }
        .to_der()
        .map_err(malformed)?;
        match encrypted::decrypt_pkcs8(&epki, Some(self.password.utf8), self.limits) {
            Ok((plain, scheme)) => {
                note(&mut self.schemes, scheme.replace("PKCS#8 ", ""));
                if is_sequence(&plain) {
                    Ok(plain)
                } else {
                    Err(self.password.refused(&scheme.replace("PKCS#8 ", "")))
                }
            }
            Err(f) if f.reason == Reason::WrongPassword => {
                let scheme = f
                    .message
                    .rsplit_once('(')
                    .map(|(_, s)| s.trim_end_matches(')').replace("PKCS#8 ", ""))
                    .unwrap_or_else(|| "PBES2".to_owned());
                Err(self.password.refused(&scheme))
            }
            Err(mut f) => {
                f.message = f.message.replace("the key is", "the PKCS#12 file is");
                Err(f)
            }
        }
    }
}

/// Add `scheme` to the list once.
fn note(schemes: &mut Vec<String>, scheme: String) {
    if !schemes.contains(&scheme) {
        schemes.push(scheme);
    }
}

/// Whether `der` is exactly one DER SEQUENCE.
fn is_sequence(der: &[u8]) -> bool {
    AnyRef::from_der(der).is_ok_and(|any| Tagged::tag(&any) == Tag::Sequence)
}

/// The contents of an `[0] EXPLICIT` wrapper (a keyBag's value).
fn explicit_contents(tlv: &[u8]) -> Result<&[u8], Finding> {
    let inner = skip_header(tlv, 0xa0).ok_or_else(|| malformed("a keyBag's value"))?;
    Ok(inner)
}

/// The legacy PKCS#12 PBE ciphers certvet opens.
#[derive(Clone, Copy)]
enum LegacyCipher {
    /// pbeWithSHAAnd3-KeyTripleDES-CBC.
    TripleDes,
    /// pbeWithSHAAnd40BitRC2-CBC.
    Rc2_40,
}

impl LegacyCipher {
    /// Derive key and IV with the PKCS#12 KDF over SHA-1, decrypt, strip the padding;
    /// `None` when the padding is wrong.
    fn decrypt(
        self,
        password: &[u8],
        salt: &[u8],
        rounds: i32,
        ciphertext: &[u8],
    ) -> Option<SecretBytes> {
        let key_len = match self {
            LegacyCipher::TripleDes => 24,
            LegacyCipher::Rc2_40 => 5,
        };
        let key = SecretBytes::new(derive_key::<sha1::Sha1>(
            password,
            salt,
            Pkcs12KeyType::EncryptionKey,
            rounds,
            key_len,
        ));
        let mut iv = derive_key::<sha1::Sha1>(password, salt, Pkcs12KeyType::Iv, rounds, 8);
        let mut buf = SecretBytes::copy_of(ciphertext);
        let len = match self {
            LegacyCipher::TripleDes => des::TdesEde3::new_from_slice(&key)
                .ok()
                .and_then(|c| cbc_decrypt(c, &iv, &mut buf)),
            LegacyCipher::Rc2_40 => {
                cbc_decrypt(rc2::Rc2::new_with_eff_key_len(&key, 40), &iv, &mut buf)
            }
        };
        iv.zeroize();
        buf.truncate(len?);
        Some(buf)
    }
}

/// CBC-decrypt in place with a keyed cipher; the plaintext length, or `None` on bad padding.
fn cbc_decrypt<C: BlockCipherDecrypt>(cipher: C, iv: &[u8], buf: &mut [u8]) -> Option<usize> {
    cbc::Decryptor::<C>::inner_iv_slice_init(cipher, iv)
        .ok()?
        .decrypt_padded::<Pkcs7>(buf)
        .ok()
        .map(<[u8]>::len)
}

/// Open the bag's private key (PKCS#8 DER) as a key of the `PKCS#12` container.
pub(crate) fn open_key(der: &[u8], findings: &mut Vec<Finding>) -> KeyState {
    let encoding = KeyEncoding::Pkcs12;
    match open_pkcs8(der) {
        Err(finding) => {
            findings.push(finding);
            KeyState::Unopened {
                encoding: Some(encoding),
            }
        }
        Ok(Opened::PublicOnly(public)) => KeyState::PublicOnly { public },
        Ok(Opened::Inconsistent { public, finding }) => {
            findings.push(finding);
            KeyState::Inconsistent { encoding, public }
        }
        Ok(Opened::Proven { public, secret }) => KeyState::Proven(ProvenKey {
            encoding,
            der_input: false,
            public,
            secret,
        }),
    }
}

/// What ordering a PFX's certificates looks at: public key, subject and issuer (raw DER).
pub(crate) type CertParts<'a> = (&'a PublicKey, &'a [u8], &'a [u8]);

/// The order to put a PFX's certificates in: the one whose public key is `key`'s
/// first, then its issuers in issuing order (by subject and issuer name), then the rest
/// in file order. `certs`: each certificate's public key, subject and issuer (raw DER),
/// `None` where it did not parse. Without a matching key, the file's order.
pub(crate) fn issuing_order(
    certs: &[Option<CertParts<'_>>],
    key: Option<&PublicKey>,
) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(certs.len());
    let leaf = key.and_then(|key| {
        certs
            .iter()
            .position(|c| c.is_some_and(|(public, _, _)| public == key))
    });
    if let Some(leaf) = leaf {
        order.push(leaf);
        let mut current = leaf;
        while let Some((_, subject, issuer)) = certs.get(current).copied().flatten() {
            if subject == issuer {
                break; // self-signed: the end of the path
            }
            let next = certs
                .iter()
                .enumerate()
                .position(|(i, c)| !order.contains(&i) && c.is_some_and(|(_, s, _)| s == issuer));
            match next {
                Some(n) => {
                    order.push(n);
                    current = n;
                }
                None => break,
            }
        }
    }
    for i in 0..certs.len() {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    order
}

#[cfg(test)]
mod tests;
