//! The one place certvet calls its three cryptography libraries: digests, signature
//! verification, the public key from a private one (d·G, Ed25519 seed → A), and the
//! proof that an RSA private key's parts agree ([`rsa_proof`]). Every other module asks
//! here; none names ring, aws-lc-rs or a RustCrypto arithmetic crate (rsa, p256, p384,
//! p521, ed25519-dalek, crypto-bigint).
//!
//! | operation | library | why this one |
//! |---|---|---|
//! | SHA-1, SHA-2 digests (fingerprints, signed data) | aws-lc-rs | uses the CPU's SHA extensions, or vector code where there are none; the fastest of the three in `benches/` |
//! | MD5 digest (old signatures, legacy PEM encryption keys) | md-5 (RustCrypto) | aws-lc-rs does not offer MD5 |
//! | RSA PKCS#1 v1.5 verification, SHA-1/256/512 on 1024–8192 bits, SHA-384 on 2048–8192 | aws-lc-rs | its Montgomery code is several times faster than the `rsa` crate's (`benches/README.md`) |
//! | RSA-PSS verification, SHA-256/384/512 with MGF1 on the same hash and a salt as long as the hash, 2048–8192 bits | aws-lc-rs | as above; these are the PSS parameter sets aws-lc-rs offers |
//! | RSA verification outside those sets: MD5, SHA-224, SHA-384 under 2048 bits, PSS with SHA-1/224 or another salt length or under 2048 bits, keys of 512–1023 or 8193–[`RSA_VERIFY_MAX_BITS`] bits | rsa (RustCrypto) | aws-lc-rs has no parameter set for them, and certificates carry them |
//! | ECDSA verification, P-256/384/521, with the hashes aws-lc-rs pairs with each curve | aws-lc-rs | several times faster than the RustCrypto curves, P-384 most of all |
//! | ECDSA with a pairing aws-lc-rs lacks (P-256 or P-384 with SHA-224, P-384 with SHA-1, MD5 on any curve) | p256, p384, p521 (RustCrypto) | any hash on any curve, prehashed |
//! | Ed25519 verification | aws-lc-rs | one library for every common signature; not measured against ed25519-dalek on its own (a chain's own-signature cache hides the difference in whole-run timings) |
//! | the verdict of a signature aws-lc-rs did not accept | the RustCrypto crate of that algorithm | aws-lc-rs answers only "no"; the RustCrypto path tells a bad key (an `Err` with its reason) from a bad signature (`false`), exactly as before. A signature aws-lc-rs accepts is one the RustCrypto path accepts too (its key and parameter checks are at least as strict), so a valid chain never pays twice |
//! | point decompression, on-curve check | p256, p384, p521 | SEC1 compressed and uncompressed encodings on all three curves |
//! | P-256 key proof (d·G = Q) | ring | derives and compares in one call, on its nistz256 code; the fastest P-256 d·G measured |
//! | P-384 / P-521 d·G | aws-lc-rs | fixed-base multiplication (s2n-bignum on x86-64 and AArch64), faster than the RustCrypto crates |
//! | Ed25519 seed → public key | aws-lc-rs | fixed-base multiplication, faster than ed25519-dalek's |
//! | RSA private key proof (p·q = n, e·d ≡ 1 mod p−1 and q−1, the CRT values), [`rsa_proof`] | word loops of our own up to 4096 bits, crypto-bigint (RustCrypto) above | arithmetic whose time depends on the sizes only, never on the secret values: crypto-bigint's constant-time integers, and at the common sizes fixed-size word arrays in one stack frame (no allocation to zeroize) |
//!
//! The measurements behind "faster" are in `benches/README.md`. Calls with secret key
//! material run in [`stack_scrubbed`].

use ed25519_dalek::Verifier as _;
use p256::ecdsa::signature::hazmat::PrehashVerifier as _;
use p256::elliptic_curve::sec1::{FromSec1Point, ModulusSize, ToSec1Point};
use p256::elliptic_curve::{self, AffinePoint, CurveArithmetic, FieldBytesSize};
use rsa::{BoxedUint, Pkcs1v15Sign, pss::Pss};
use sha2::Digest as _;

use crate::public_key::{Curve, bit_len, trim_be};

pub(crate) mod rsa_proof;

/// The smallest RSA modulus, in bits, whose signatures certvet checks. Smaller keys
/// are broken anyway, and a signature from one proves little.
pub(crate) const RSA_VERIFY_MIN_BITS: usize = 512;
/// The largest RSA modulus, in bits, whose signatures certvet checks (the rsa crate's
/// own default stops at 8192).
pub(crate) const RSA_VERIFY_MAX_BITS: usize = 16384;

/// A digest algorithm a certificate signature may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Hash {
    /// MD5 (broken).
    Md5,
    /// SHA-1 (broken for collisions).
    Sha1,
    /// SHA-224.
    Sha224,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl Hash {
    /// The usual name: `MD5`, `SHA-1`, `SHA-256`, ...
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Hash::Md5 => "MD5",
            Hash::Sha1 => "SHA-1",
            Hash::Sha224 => "SHA-224",
            Hash::Sha256 => "SHA-256",
            Hash::Sha384 => "SHA-384",
            Hash::Sha512 => "SHA-512",
        }
    }

    /// Whether collisions can be found for it (MD5, SHA-1).
    pub(crate) const fn is_weak(self) -> bool {
        matches!(self, Hash::Md5 | Hash::Sha1)
    }

    /// The hash from its OID (dotted).
    pub(crate) fn from_oid(dotted: &str) -> Option<Hash> {
        match dotted {
            "1.2.840.113549.2.5" => Some(Hash::Md5),
            "1.3.14.3.2.26" => Some(Hash::Sha1),
            "2.16.840.1.101.3.4.2.4" => Some(Hash::Sha224),
            "2.16.840.1.101.3.4.2.1" => Some(Hash::Sha256),
            "2.16.840.1.101.3.4.2.2" => Some(Hash::Sha384),
            "2.16.840.1.101.3.4.2.3" => Some(Hash::Sha512),
            _ => None,
        }
    }

    /// The digest of `data` (aws-lc's where it has the hash; md-5 for MD5).
    pub(crate) fn digest(self, data: &[u8]) -> Vec<u8> {
        use aws_lc_rs::digest as lc;
        let lc = |alg| lc::digest(alg, data).as_ref().to_vec();
        match self {
            Hash::Md5 => md5::Md5::digest(data).to_vec(),
            Hash::Sha1 => lc(&lc::SHA1_FOR_LEGACY_USE_ONLY),
            Hash::Sha224 => lc(&lc::SHA224),
            Hash::Sha256 => lc(&lc::SHA256),
            Hash::Sha384 => lc(&lc::SHA384),
            Hash::Sha512 => lc(&lc::SHA512),
        }
    }
}

/// RSA PKCS#1 v1.5: whether `signature` over `message`, hashed with `hash`, verifies with
/// the key (`n`, `e`). aws-lc-rs where it has a parameter set for the hash and key size
/// ([`lc_pkcs1_params`]); what it does not accept is decided by the `rsa` crate, which also
/// gives the reason a key cannot be used.
///
/// # Errors
/// When the key is outside what certvet verifies ([`rsa_key`]).
pub(crate) fn rsa_pkcs1_verify(
    n: &[u8],
    e: &[u8],
    hash: Hash,
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    let (n, e) = (trim_be(n), trim_be(e));
    if let Some(params) = lc_pkcs1_params(hash, bit_len(n))
        && lc_rsa_verifies(params, n, e, message, signature)
    {
        return Ok(true);
    }
    let key = rsa_key(n, e)?;
    Ok(key.verify_pkcs1(hash, &hash.digest(message), signature))
}

/// RSASSA-PSS with MGF1 on `hash` and a salt of `salt_len` octets: whether `signature` over
/// `message` verifies with the key (`n`, `e`). aws-lc-rs where it has the parameter set
/// ([`lc_pss_params`]), else, and for every "no", the `rsa` crate.
///
/// # Errors
/// When the key is outside what certvet verifies, or for MD5.
pub(crate) fn rsa_pss_verify(
    n: &[u8],
    e: &[u8],
    hash: Hash,
    salt_len: usize,
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    let (n, e) = (trim_be(n), trim_be(e));
    if let Some(params) = lc_pss_params(hash, salt_len, bit_len(n))
        && lc_rsa_verifies(params, n, e, message, signature)
    {
        return Ok(true);
    }
    let key = rsa_key(n, e)?;
    key.verify_pss(hash, salt_len, &hash.digest(message), signature)
}

/// The aws-lc-rs PKCS#1 v1.5 parameter set for `hash` on a `bits`-bit modulus, if it has
/// one: SHA-1, SHA-256 and SHA-512 on 1024–8192 bits, SHA-384 on 2048–8192 bits.
fn lc_pkcs1_params(hash: Hash, bits: u32) -> Option<&'static aws_lc_rs::signature::RsaParameters> {
    use aws_lc_rs::signature as lc;
    if !(1024..=8192).contains(&bits) {
        return None;
    }
    match hash {
        Hash::Sha1 => Some(&lc::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY),
        Hash::Sha256 => Some(&lc::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY),
        Hash::Sha384 => (bits >= 2048).then_some(&lc::RSA_PKCS1_2048_8192_SHA384),
        Hash::Sha512 => Some(&lc::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY),
        Hash::Md5 | Hash::Sha224 => None,
    }
}

/// The aws-lc-rs RSA-PSS parameter set for `hash` (MGF1 on the same hash) with a salt of
/// `salt_len` octets on a `bits`-bit modulus, if it has one: SHA-256/384/512, a salt as
/// long as the hash, 2048–8192 bits.
fn lc_pss_params(
    hash: Hash,
    salt_len: usize,
    bits: u32,
) -> Option<&'static aws_lc_rs::signature::RsaParameters> {
    use aws_lc_rs::signature as lc;
    if !(2048..=8192).contains(&bits) {
        return None;
    }
    match (hash, salt_len) {
        (Hash::Sha256, 32) => Some(&lc::RSA_PSS_2048_8192_SHA256),
        (Hash::Sha384, 48) => Some(&lc::RSA_PSS_2048_8192_SHA384),
        (Hash::Sha512, 64) => Some(&lc::RSA_PSS_2048_8192_SHA512),
        _ => None,
    }
}

/// Whether aws-lc-rs accepts `signature` over `message` with the key (`n`, `e`) under
/// `params` (a key it refuses is a "no" like a bad signature).
fn lc_rsa_verifies(
    params: &aws_lc_rs::signature::RsaParameters,
    n: &[u8],
    e: &[u8],
    message: &[u8],
    signature: &[u8],
) -> bool {
    aws_lc_rs::signature::RsaPublicKeyComponents { n, e }
        .verify(params, message, signature)
        .is_ok()
}

/// ECDSA: whether the DER `Ecdsa-Sig-Value` `signature` over `message`, hashed with `hash`,
/// verifies with the SEC1 `point` on `curve`. aws-lc-rs where it pairs the curve with the
/// hash ([`lc_ecdsa_alg`]); else, and for every "no", the RustCrypto curve.
///
/// # Errors
/// When `point` is not a point on `curve`.
pub(crate) fn ecdsa_verify(
    curve: Curve,
    point: &[u8],
    hash: Hash,
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    // aws-lc-rs also reads a whole SubjectPublicKeyInfo as the key; only a SEC1 point
    // (compressed or uncompressed) may go to it, as only that is the RustCrypto path's key.
    let sec1 = matches!(point.first(), Some(2..=4));
    if sec1
        && let Some(alg) = lc_ecdsa_alg(curve, hash)
        && aws_lc_rs::signature::UnparsedPublicKey::new(alg, point)
            .verify(message, signature)
            .is_ok()
    {
        return Ok(true);
    }
    ecdsa_verify_rustcrypto(curve, point, &hash.digest(message), signature)
}

/// The aws-lc-rs ECDSA (ASN.1 signature) algorithm for `hash` on `curve`, if it has one.
fn lc_ecdsa_alg(
    curve: Curve,
    hash: Hash,
) -> Option<&'static aws_lc_rs::signature::EcdsaVerificationAlgorithm> {
    use aws_lc_rs::signature as lc;
    Some(match (curve, hash) {
        (Curve::P256, Hash::Sha1) => &lc::ECDSA_P256_SHA1_ASN1,
        (Curve::P256, Hash::Sha256) => &lc::ECDSA_P256_SHA256_ASN1,
        (Curve::P256, Hash::Sha384) => &lc::ECDSA_P256_SHA384_ASN1,
        (Curve::P256, Hash::Sha512) => &lc::ECDSA_P256_SHA512_ASN1,
        (Curve::P384, Hash::Sha256) => &lc::ECDSA_P384_SHA256_ASN1,
        (Curve::P384, Hash::Sha384) => &lc::ECDSA_P384_SHA384_ASN1,
        (Curve::P384, Hash::Sha512) => &lc::ECDSA_P384_SHA512_ASN1,
        (Curve::P521, Hash::Sha1) => &lc::ECDSA_P521_SHA1_ASN1,
        (Curve::P521, Hash::Sha224) => &lc::ECDSA_P521_SHA224_ASN1,
        (Curve::P521, Hash::Sha256) => &lc::ECDSA_P521_SHA256_ASN1,
        (Curve::P521, Hash::Sha384) => &lc::ECDSA_P521_SHA384_ASN1,
        (Curve::P521, Hash::Sha512) => &lc::ECDSA_P521_SHA512_ASN1,
        _ => return None,
    })
}

/// Ed25519 (RFC 8032): whether `signature` over `message` verifies with `public`, by
/// aws-lc-rs; a "no" is decided by ed25519-dalek, which tells a key that is not a curve
/// point from a bad signature.
///
/// # Errors
/// When `public` is not a curve point.
pub(crate) fn ed25519_verify(
    public: &[u8; 32],
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    use aws_lc_rs::signature::{ED25519, UnparsedPublicKey};
    if UnparsedPublicKey::new(&ED25519, public)
        .verify(message, signature)
        .is_ok()
    {
        return Ok(true);
    }
    ed25519_verify_dalek(public, message, signature)
}

/// An RSA public key certvet verifies signatures with.
pub(crate) struct RsaKey(rsa::PublicKey);

impl RsaKey {
    /// Whether `signature` is a PKCS#1 v1.5 signature over the `hash` digest `hashed`.
    pub(crate) fn verify_pkcs1(&self, hash: Hash, hashed: &[u8], signature: &[u8]) -> bool {
        let scheme = match hash {
            Hash::Md5 => Pkcs1v15Sign::new::<md5::Md5>(),
            Hash::Sha1 => Pkcs1v15Sign::new::<sha1::Sha1>(),
            Hash::Sha224 => Pkcs1v15Sign::new::<sha2::Sha224>(),
            Hash::Sha256 => Pkcs1v15Sign::new::<sha2::Sha256>(),
            Hash::Sha384 => Pkcs1v15Sign::new::<sha2::Sha384>(),
            Hash::Sha512 => Pkcs1v15Sign::new::<sha2::Sha512>(),
        };
        self.0.verify(scheme, hashed, signature).is_ok()
    }

    /// Whether `signature` is an RSASSA-PSS signature (MGF1 with `hash`, salt of `s`
    /// octets) over the `hash` digest `hashed`.
    ///
    /// # Errors
    /// For MD5, which certvet does not verify with PSS.
    pub(crate) fn verify_pss(
        &self,
        hash: Hash,
        s: usize,
        hashed: &[u8],
        signature: &[u8],
    ) -> Result<bool, String> {
        let ok = match hash {
            Hash::Md5 => return Err("RSA-PSS with MD5 is not verified by certvet".to_owned()),
            Hash::Sha1 => self
                .0
                .verify(Pss::<sha1::Sha1>::new_with_salt(s), hashed, signature),
            Hash::Sha224 => self
                .0
                .verify(Pss::<sha2::Sha224>::new_with_salt(s), hashed, signature),
            Hash::Sha256 => self
                .0
                .verify(Pss::<sha2::Sha256>::new_with_salt(s), hashed, signature),
            Hash::Sha384 => self
                .0
                .verify(Pss::<sha2::Sha384>::new_with_salt(s), hashed, signature),
            Hash::Sha512 => self
                .0
                .verify(Pss::<sha2::Sha512>::new_with_salt(s), hashed, signature),
        };
        Ok(ok.is_ok())
    }
}

/// An RSA public key within [`RSA_VERIFY_MIN_BITS`]..=[`RSA_VERIFY_MAX_BITS`].
pub(crate) fn rsa_key(n: &[u8], e: &[u8]) -> Result<RsaKey, String> {
    let n = trim_be(n);
    let e = trim_be(e);
    let bits = bit_len(n);
    let too_big = || format!("an RSA key of {bits} bits is outside what certvet verifies");
    if n.is_empty() || n.len() > RSA_VERIFY_MAX_BITS / 8 {
        return Err(too_big());
    }
    // The rsa crate takes exponents up to 2^33 - 1 (as ring does): five bytes at most.
    if e.is_empty() || e.len() > 5 {
        return Err(format!(
            "the issuer's RSA key ({bits} bits) cannot be used: its public exponent is out of range"
        ));
    }
    let n_bits = u32::try_from(n.len() * 8).map_err(|_| too_big())?;
    let e_bits = u32::try_from(e.len() * 8).map_err(|_| too_big())?;
    let n = BoxedUint::from_be_slice(n, n_bits).map_err(|_| too_big())?;
    let e = BoxedUint::from_be_slice(e, e_bits).map_err(|_| too_big())?;
    rsa::PublicKey::new_with_size_limits(n, e, RSA_VERIFY_MIN_BITS..=RSA_VERIFY_MAX_BITS)
        .map(RsaKey)
        .map_err(|err| format!("the issuer's RSA key ({bits} bits) cannot be used: {err}"))
}

/// ECDSA by the RustCrypto curves: a DER `Ecdsa-Sig-Value` over the prehashed `hashed`,
/// with the SEC1 `point`.
fn ecdsa_verify_rustcrypto(
    curve: Curve,
    point: &[u8],
    hashed: &[u8],
    sig: &[u8],
) -> Result<bool, String> {
    let bad_point = || format!("the issuer's {curve} public key is not a curve point");
    Ok(match curve {
        Curve::P256 => {
            let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(point).map_err(|_| bad_point())?;
            p256::ecdsa::Signature::from_der(sig)
                .is_ok_and(|s| vk.verify_prehash(hashed, &s).is_ok())
        }
        Curve::P384 => {
            let vk = p384::ecdsa::VerifyingKey::from_sec1_bytes(point).map_err(|_| bad_point())?;
            p384::ecdsa::Signature::from_der(sig)
                .is_ok_and(|s| vk.verify_prehash(hashed, &s).is_ok())
        }
        Curve::P521 => {
            let vk = p521::ecdsa::VerifyingKey::from_sec1_bytes(point).map_err(|_| bad_point())?;
            p521::ecdsa::Signature::from_der(sig)
                .is_ok_and(|s| vk.verify_prehash(hashed, &s).is_ok())
        }
    })
}

/// Ed25519 (RFC 8032) by ed25519-dalek: whether `signature` over `message` verifies with
/// `public`.
///
/// # Errors
/// When `public` is not a curve point.
fn ed25519_verify_dalek(
    public: &[u8; 32],
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    let vk = ed25519_dalek::VerifyingKey::from_bytes(public)
        .map_err(|_| "the Ed25519 public key is not a curve point".to_owned())?;
    let Ok(sig) = ed25519_dalek::Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(vk.verify(message, &sig).is_ok())
}

/// A SEC1 point encoding (compressed or uncompressed) checked to be on `curve`, as the
/// uncompressed `04 || X || Y`; `None` when it is not a point.
pub(crate) fn uncompressed_point(curve: Curve, encoded: &[u8]) -> Option<Vec<u8>> {
    match curve {
        Curve::P256 => uncompressed_on::<p256::NistP256>(encoded),
        Curve::P384 => uncompressed_on::<p384::NistP384>(encoded),
        Curve::P521 => uncompressed_on::<p521::NistP521>(encoded),
    }
}

/// [`uncompressed_point`] on `C`.
fn uncompressed_on<C>(encoded: &[u8]) -> Option<Vec<u8>>
where
    C: CurveArithmetic,
    FieldBytesSize<C>: ModulusSize,
    AffinePoint<C>: FromSec1Point<C> + ToSec1Point<C>,
{
    let key = elliptic_curve::PublicKey::<C>::from_sec1_bytes(encoded).ok()?;
    // An uncompressed point on the curve is already its own answer.
    Some(if encoded.first() == Some(&4) {
        encoded.to_vec()
    } else {
        key.to_sec1_point(false).as_bytes().to_vec()
    })
}

/// d·G on `curve`, uncompressed; `scalar` is field-size big-endian. aws-lc's fixed-base
/// multiplication; `None` for a scalar of 0 or not below the group order, which aws-lc
/// refuses.
pub(crate) fn ec_public(curve: Curve, scalar: &[u8]) -> Option<Vec<u8>> {
    use aws_lc_rs::agreement::{self, ECDH_P256, ECDH_P384, ECDH_P521};
    let alg = match curve {
        Curve::P256 => &ECDH_P256,
        Curve::P384 => &ECDH_P384,
        Curve::P521 => &ECDH_P521,
    };
    stack_scrubbed(|| {
        let key = agreement::PrivateKey::from_private_key(alg, scalar).ok()?;
        let point = key.compute_public_key().ok()?;
        Some(point.as_ref().to_vec())
    })
}

/// Whether `point` (uncompressed) is d·G on P-256 for the 32-byte `scalar`,
/// by ring's `EcdsaKeyPair::from_private_key_and_public_key`, which derives
/// the point and compares (its key pair, scalar included, lives on the stack,
/// which is scrubbed afterwards).
pub(crate) fn p256_proves(scalar: &[u8], point: &[u8]) -> bool {
    stack_scrubbed(|| {
        let rng = ring::rand::SystemRandom::new();
        ring::signature::EcdsaKeyPair::from_private_key_and_public_key(
            &ring::signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            scalar,
            point,
            &rng,
        )
        .is_ok()
    })
}

/// The Ed25519 public key of a seed (RFC 8032 §5.1.5), by aws-lc. `None` only if aws-lc
/// refuses a 32-byte seed, which it does not.
pub(crate) fn ed25519_public(seed: &[u8; 32]) -> Option<[u8; 32]> {
    use aws_lc_rs::signature::{Ed25519KeyPair, KeyPair as _};
    stack_scrubbed(|| {
        let pair = Ed25519KeyPair::from_seed_unchecked(seed).ok()?;
        <[u8; 32]>::try_from(pair.public_key().as_ref()).ok()
    })
}

/// The SHA-1 digest of `data` (aws-lc).
pub(crate) fn sha1(data: &[u8]) -> [u8; 20] {
    digest_of(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, data)
}

/// The SHA-256 digest of `data` (aws-lc).
pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    digest_of(&aws_lc_rs::digest::SHA256, data)
}

/// The MD5 digest of `parts`, one after another, written to `out` (md-5: OpenSSL's
/// `EVP_BytesToKey` for legacy encrypted PEM keys).
pub(crate) fn md5_into(parts: &[&[u8]], out: &mut [u8; 16]) {
    let mut md5 = md5::Md5::new();
    for part in parts {
        md5.update(part);
    }
    out.copy_from_slice(&md5.finalize());
}

/// The `N`-byte digest of `data` by `alg` (whose output is `N` bytes).
fn digest_of<const N: usize>(alg: &'static aws_lc_rs::digest::Algorithm, data: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(aws_lc_rs::digest::digest(alg, data).as_ref());
    out
}

/// Runs `f`, a call into ring or aws-lc with secret key material, then overwrites
/// the stack below the caller's frame where `f`'s frames were (zeroize's
/// `zeroize_stack`: one memset the optimizer must keep). Both libraries
/// free their heap copies of a key zeroized (aws-lc cleanses every allocation it
/// frees) but leave stack temporaries as they are; the deepest of these calls
/// reached 3.7 KB below its caller (P-521, measured by painting the stack), so
/// 16 KiB covers them. Best effort: registers and the compiler's own spills are
/// out of reach.
pub(crate) fn stack_scrubbed<T>(f: impl FnOnce() -> T) -> T {
    let out = run_below(f);
    zeroize::zeroize_stack::<{ 16 << 10 }>();
    out
}

/// Calls `f` in a frame of its own, below [`stack_scrubbed`]'s.
#[inline(never)]
fn run_below<T>(f: impl FnOnce() -> T) -> T {
    f()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::public_key::PublicKey;
    use crate::x509::CertView;

    /// The DER of testdata/chain-unit/`name`.pem.
    fn der(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/testdata/chain-unit/{name}.pem",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        crate::signature::tests::pem_certificates(&text)
            .pop()
            .unwrap()
    }

    /// (tbs, signature, issuer n, issuer e) of `child` signed by RSA key of `issuer`.
    fn rsa_case(child: &str, issuer: &str) -> (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>) {
        let (c, i) = (der(child), der(issuer));
        let (c, i) = (CertView::parse(&c).unwrap(), CertView::parse(&i).unwrap());
        let PublicKey::Rsa { n, e } = i.public_key().clone() else {
            panic!("{issuer} has no RSA key");
        };
        (c.tbs_der().to_vec(), c.signature_value().to_vec(), n, e)
    }

    #[test]
    fn aws_lc_takes_exactly_its_parameter_sets() {
        use aws_lc_rs::signature as lc;
        let pkcs1 = |h, bits| lc_pkcs1_params(h, bits).map(|p| format!("{p:?}"));
        let want = |p: &lc::RsaParameters| Some(format!("{p:?}"));
        assert_eq!(
            pkcs1(Hash::Sha256, 1024),
            want(&lc::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY)
        );
        assert_eq!(
            pkcs1(Hash::Sha1, 8192),
            want(&lc::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY)
        );
        assert_eq!(
            pkcs1(Hash::Sha512, 4096),
            want(&lc::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY)
        );
        assert_eq!(
            pkcs1(Hash::Sha384, 2048),
            want(&lc::RSA_PKCS1_2048_8192_SHA384)
        );
        // The RustCrypto fallbacks: no aws-lc-rs parameter set.
        for (h, bits) in [
            (Hash::Md5, 2048),
            (Hash::Sha224, 2048),
            (Hash::Sha384, 1024),
            (Hash::Sha256, 1023),
            (Hash::Sha256, 8193),
            (Hash::Sha256, 512),
        ] {
            assert_eq!(pkcs1(h, bits), None, "{h:?} {bits}");
        }
        let pss = |h, s, bits| lc_pss_params(h, s, bits).map(|p| format!("{p:?}"));
        assert_eq!(
            pss(Hash::Sha256, 32, 2048),
            want(&lc::RSA_PSS_2048_8192_SHA256)
        );
        assert_eq!(
            pss(Hash::Sha384, 48, 8192),
            want(&lc::RSA_PSS_2048_8192_SHA384)
        );
        assert_eq!(
            pss(Hash::Sha512, 64, 3072),
            want(&lc::RSA_PSS_2048_8192_SHA512)
        );
        for (h, s, bits) in [
            (Hash::Sha1, 20, 2048),
            (Hash::Sha224, 28, 2048),
            (Hash::Sha256, 20, 2048),
            (Hash::Sha256, 0, 2048),
            (Hash::Sha256, 32, 1024),
            (Hash::Sha256, 32, 8200),
            (Hash::Md5, 16, 2048),
        ] {
            assert_eq!(pss(h, s, bits), None, "{h:?} {s} {bits}");
        }
        for (curve, h) in [
            (Curve::P256, Hash::Sha224),
            (Curve::P256, Hash::Md5),
            (Curve::P384, Hash::Sha1),
            (Curve::P384, Hash::Sha224),
            (Curve::P521, Hash::Md5),
        ] {
            assert!(lc_ecdsa_alg(curve, h).is_none(), "{curve} {h:?}");
        }
        assert!(lc_ecdsa_alg(Curve::P384, Hash::Sha384).is_some());
        assert!(lc_ecdsa_alg(Curve::P521, Hash::Sha256).is_some());
    }

    #[test]
    fn rsa_fallbacks_keep_their_verdicts() {
        // MD5: only the rsa crate verifies it.
        let (tbs, sig, n, e) = rsa_case("leaf-md5", "int");
        assert!(lc_pkcs1_params(Hash::Md5, bit_len(&n)).is_none());
        assert_eq!(rsa_pkcs1_verify(&n, &e, Hash::Md5, &tbs, &sig), Ok(true));
        assert_eq!(rsa_pkcs1_verify(&n, &e, Hash::Sha1, &tbs, &sig), Ok(false));
        // An 8200-bit key: over aws-lc-rs's 8192.
        let (tbs, sig, n, e) = rsa_case("leaf-by-rsa8200", "rsa8200-ca");
        assert_eq!(bit_len(&n), 8200);
        assert!(lc_pkcs1_params(Hash::Sha256, bit_len(&n)).is_none());
        assert_eq!(rsa_pkcs1_verify(&n, &e, Hash::Sha256, &tbs, &sig), Ok(true));
        let mut bad = sig.clone();
        if let Some(b) = bad.last_mut() {
            *b ^= 1;
        }
        assert_eq!(
            rsa_pkcs1_verify(&n, &e, Hash::Sha256, &tbs, &bad),
            Ok(false)
        );
        // SHA-224 (no fixture signs with it): the rsa crate says no to a SHA-256 signature.
        let (tbs, sig, n, e) = rsa_case("leaf", "int");
        assert_eq!(rsa_pkcs1_verify(&n, &e, Hash::Sha256, &tbs, &sig), Ok(true));
        assert_eq!(
            rsa_pkcs1_verify(&n, &e, Hash::Sha224, &tbs, &sig),
            Ok(false)
        );
        // A 1024-bit key goes to aws-lc-rs and verifies.
        let (tbs, sig, n, e) = rsa_case("leaf-by-rsa1024", "rsa1024-ca");
        assert_eq!(bit_len(&n), 1024);
        assert!(lc_rsa_verifies(
            &aws_lc_rs::signature::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
            &n,
            &e,
            &tbs,
            &sig
        ));
        // A key aws-lc-rs refuses keeps the rsa crate's reason.
        assert_eq!(
            rsa_pkcs1_verify(&[0xff; 32], &[1, 0, 1], Hash::Sha256, &tbs, &sig),
            Err("the issuer's RSA key (256 bits) cannot be used: modulus too small".to_owned())
        );
    }

    #[test]
    fn pss_fallbacks_keep_their_verdicts() {
        let (tbs, sig, n, e) = rsa_case("leaf-by-pss", "pss-ca");
        assert_eq!(
            rsa_pss_verify(&n, &e, Hash::Sha256, 32, &tbs, &sig),
            Ok(true)
        );
        // Another salt length: the rsa crate, which holds the salt to its length.
        assert_eq!(
            rsa_pss_verify(&n, &e, Hash::Sha256, 20, &tbs, &sig),
            Ok(false)
        );
        assert_eq!(
            rsa_pss_verify(&n, &e, Hash::Sha1, 20, &tbs, &sig),
            Ok(false)
        );
        assert_eq!(
            rsa_pss_verify(&n, &e, Hash::Md5, 16, &tbs, &sig),
            Err("RSA-PSS with MD5 is not verified by certvet".to_owned())
        );
    }

    #[test]
    fn ecdsa_and_ed25519_keep_their_verdicts() {
        let (c, i) = (der("leaf-by-p256"), der("p256-ca"));
        let (c, i) = (CertView::parse(&c).unwrap(), CertView::parse(&i).unwrap());
        let PublicKey::Ec { curve, point } = i.public_key().clone() else {
            panic!("p256-ca has no EC key");
        };
        let (tbs, sig) = (c.tbs_der(), c.signature_value());
        assert_eq!(
            ecdsa_verify(curve, &point, Hash::Sha256, tbs, sig),
            Ok(true)
        );
        // P-256 with SHA-224: the RustCrypto curve says no.
        assert_eq!(
            ecdsa_verify(curve, &point, Hash::Sha224, tbs, sig),
            Ok(false)
        );
        // Not a point: the RustCrypto reason.
        assert_eq!(
            ecdsa_verify(curve, &[4, 1, 2, 3], Hash::Sha256, tbs, sig),
            Err("the issuer's P-256 public key is not a curve point".to_owned())
        );
        // A SubjectPublicKeyInfo where the point belongs is not a point, though aws-lc-rs
        // would read it as a key.
        assert_eq!(
            ecdsa_verify(curve, i.spki_der(), Hash::Sha256, tbs, sig),
            Err("the issuer's P-256 public key is not a curve point".to_owned())
        );

        let (c, i) = (der("leaf-by-ed25519"), der("ed25519-ca"));
        let (c, i) = (CertView::parse(&c).unwrap(), CertView::parse(&i).unwrap());
        let PublicKey::Ed25519(pk) = i.public_key().clone() else {
            panic!("ed25519-ca has no Ed25519 key");
        };
        let (tbs, sig) = (c.tbs_der(), c.signature_value());
        assert_eq!(ed25519_verify(&pk, tbs, sig), Ok(true));
        assert_eq!(ed25519_verify(&pk, &tbs[1..], sig), Ok(false));
        assert_eq!(ed25519_verify(&pk, tbs, &sig[1..]), Ok(false));
    }

    /// The RustCrypto crate's d·G for `scalar` on `C`, uncompressed.
    fn rust_crypto<C>(scalar: &[u8]) -> Option<Vec<u8>>
    where
        C: CurveArithmetic,
        FieldBytesSize<C>: ModulusSize,
        AffinePoint<C>: FromSec1Point<C> + ToSec1Point<C>,
    {
        let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar).ok()?;
        Some(secret.public_key().to_sec1_point(false).as_bytes().to_vec())
    }

    /// aws-lc's d·G agrees with the p256, p384 and p521 crates' on every curve,
    /// for scalars across the range, and both refuse 0 and all-ones (above the
    /// order on every curve).
    #[test]
    fn derivation_agrees_with_rust_crypto() {
        for curve in [Curve::P256, Curve::P384, Curve::P521] {
            let len = curve.field_bytes();
            let theirs = |s: &[u8]| match curve {
                Curve::P256 => rust_crypto::<p256::NistP256>(s),
                Curve::P384 => rust_crypto::<p384::NistP384>(s),
                Curve::P521 => rust_crypto::<p521::NistP521>(s),
            };
            let ours = |s: &[u8]| ec_public(curve, s);
            for seed in 1u8..=12 {
                let mut scalar: Vec<u8> = (0..=u8::MAX)
                    .take(len)
                    .map(|i| i.wrapping_mul(seed) ^ seed.rotate_left(3))
                    .collect();
                // P-521 scalars are below 2^521: the top byte holds one bit.
                if curve == Curve::P521 {
                    scalar[0] &= 1;
                }
                let want = theirs(&scalar);
                assert!(want.is_some(), "{curve} scalar {seed} in range");
                assert_eq!(ours(&scalar), want, "{curve} scalar {seed}");
            }
            for edge in [vec![0u8; len], vec![0xff; len]] {
                assert_eq!(theirs(&edge), None, "{curve} {:02x}", edge[0]);
                assert_eq!(ours(&edge), None, "{curve} {:02x}", edge[0]);
            }
        }
    }

    /// ring's fast P-256 proof agrees with aws-lc's derivation: it
    /// accepts d·G and refuses a neighbouring point, a wrong scalar, 0 and n.
    #[test]
    fn ring_p256_proof_agrees_with_aws_lc() {
        for seed in 1u8..=8 {
            let scalar: Vec<u8> = (0..32u8).map(|i| i.wrapping_mul(seed) ^ seed).collect();
            let Some(point) = ec_public(Curve::P256, &scalar) else {
                panic!("scalar {seed} out of range");
            };
            assert!(p256_proves(&scalar, &point), "d·G for scalar {seed}");
            let mut other = scalar.clone();
            other[31] ^= 1;
            assert!(!p256_proves(&other, &point), "wrong scalar {seed}");
            let mut moved = point.clone();
            moved[64] ^= 1;
            assert!(!p256_proves(&scalar, &moved), "moved point {seed}");
        }
        let Some(g) = ec_public(Curve::P256, &[&[0u8; 31][..], &[1]].concat()) else {
            panic!("1 is in range");
        };
        assert!(!p256_proves(&[0; 32], &g));
        // The group order n: out of range for both.
        let n = [
            0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
            0xff, 0xff, 0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2,
            0xfc, 0x63, 0x25, 0x51,
        ];
        assert_eq!(ec_public(Curve::P256, &n), None);
        assert!(!p256_proves(&n, &g));
    }

    /// aws-lc's derivation agrees with ed25519-dalek's on many seeds.
    #[test]
    fn derivation_agrees_with_dalek() {
        for i in 0u8..64 {
            let mut seed = [0u8; 32];
            for (j, b) in (0u8..).zip(seed.iter_mut()) {
                *b = j.wrapping_mul(31) ^ i;
            }
            let dalek = ed25519_dalek::SigningKey::from_bytes(&seed)
                .verifying_key()
                .to_bytes();
            assert_eq!(ed25519_public(&seed), Some(dalek), "seed {i}");
        }
    }
}
