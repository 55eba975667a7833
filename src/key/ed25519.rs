//! Ed25519 keys in PKCS#8 (RFC 8410): the 32-byte seed in `CurvePrivateKey`,
//! and the public key derived from it (RFC 8032 5.1.5).

use zeroize::Zeroizing;

use super::opened::{Opened, Outcome, Secret, inconsistent, invalid, malformed};
use crate::crypto;
use crate::der::{self, Node};
use crate::error::Finding;
use crate::oid;
use crate::public_key::PublicKey;

/// Bytes of an Ed25519 seed and of a public key.
const LEN: usize = 32;

/// The public key derived from a seed ([`crypto::ed25519_public`]).
fn derive(seed: &[u8; LEN]) -> Option<[u8; LEN]> {
    crypto::ed25519_public(seed)
}

/// Decode and prove the `privateKey` of an Ed25519 PKCS#8 key.
///
/// `private_key` is the contents of PKCS#8's `privateKey` OCTET STRING (itself the
/// DER of `CurvePrivateKey ::= OCTET STRING`); `has_params` whether the
/// `AlgorithmIdentifier` carried parameters; `embedded` the v2 `publicKey`.
pub(super) fn open_pkcs8(private_key: &[u8], has_params: bool, embedded: Option<&[u8]>) -> Outcome {
    if has_params {
        return Err(malformed(
            "the Ed25519 AlgorithmIdentifier has parameters; RFC 8410 says they are absent",
        ));
    }
    let seed_bytes = der::whole(private_key, der::OCTET_STRING)
        .map_err(|e| malformed(format!("the Ed25519 CurvePrivateKey does not decode: {e}")))?;
    let mut seed = Zeroizing::new([0u8; LEN]);
    if seed_bytes.len() != LEN {
        return Err(malformed(format!(
            "the Ed25519 private key is {} bytes; RFC 8410 says {LEN}",
            seed_bytes.len()
        )));
    }
    seed.copy_from_slice(seed_bytes);
    let Some(public) = derive(&seed) else {
        return Err(invalid(
            "aws-lc could not derive the Ed25519 public key from the seed",
        ));
    };
    if let Some(embedded) = embedded
        && embedded != public
    {
        let claimed = <[u8; LEN]>::try_from(embedded).ok().map(PublicKey::Ed25519);
        return Ok(inconsistent(
            claimed,
            "the embedded public key (PKCS#8 publicKey) is not the one the private seed derives",
        ));
    }
    Ok(Opened::Proven {
        public: PublicKey::Ed25519(public),
        secret: super::opened::KeySecret {
            inner: Secret::Ed25519 { seed },
        },
    })
}

/// The public key of an Ed25519 SPKI.
pub(super) fn spki_public(bits: &[u8]) -> Result<PublicKey, Finding> {
    <[u8; LEN]>::try_from(bits)
        .map(PublicKey::Ed25519)
        .map_err(|_| {
            malformed(format!(
                "the Ed25519 public key is {} bytes; RFC 8410 says {LEN}",
                bits.len()
            ))
        })
}

/// The parts of an unencrypted PKCS#8 v1 (the AlgorithmIdentifier fields and the privateKey
/// node), as OpenSSL writes it; `pkcs8::private_key_info` writes the container.
pub(super) fn pkcs8_parts(seed: &[u8; LEN]) -> (Vec<Node<'_>>, Node<'_>) {
    (
        vec![Node::Prim(der::OID, oid::ED25519)],
        Node::Wrap(vec![Node::Prim(der::OCTET_STRING, seed)]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc8032_test_1_public_key() {
        // RFC 8032 7.1, TEST 1.
        let seed: [u8; 32] =
            hex32("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        let want = hex32("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assert_eq!(derive(&seed), Some(want));
    }

    fn hex32(s: &str) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (i, o) in out.iter_mut().enumerate() {
            *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap();
        }
        out
    }
}
