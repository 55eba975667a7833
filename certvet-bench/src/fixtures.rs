//! The benchmark inputs: files of the repository's `testdata/` (made by
//! `testdata/gen.sh`), embedded at build time.

macro_rules! testdata {
    ($path:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/", $path))
    };
}

/// RSA-2048 leaf certificate, PEM.
pub const RSA2048_LEAF_PEM: &[u8] = testdata!("rsa2048/leaf.pem");
/// The same RSA-2048 leaf, DER.
pub const RSA2048_LEAF_DER: &[u8] = testdata!("rsa2048/leaf.der");
/// The RSA-2048 leaf's key, PKCS#1 PEM.
pub const RSA2048_KEY: &[u8] = testdata!("rsa2048/key.pkcs1.pem");
/// The RSA-2048 leaf's key, PKCS#8 PEM.
pub const RSA2048_KEY_PKCS8: &[u8] = testdata!("rsa2048/key.pkcs8.pem");
/// The RSA-2048 leaf and its RSA-2048 intermediate, PEM.
pub const RSA2048_CHAIN: &[u8] = testdata!("rsa2048/chain.pem");
/// Leaf, intermediate (RSA-2048) and root (RSA-3072) of the RSA-2048 chain, PEM.
pub const RSA2048_FULLCHAIN: &[u8] = testdata!("rsa2048/fullchain.pem");
/// RSA-4096 leaf certificate, PEM.
pub const RSA4096_LEAF_PEM: &[u8] = testdata!("rsa4096/leaf.pem");
/// The RSA-4096 leaf's key, PKCS#1 PEM.
pub const RSA4096_KEY: &[u8] = testdata!("rsa4096/key.pkcs1.pem");
/// P-256 leaf certificate (issued by the RSA-2048 intermediate), PEM.
pub const P256_LEAF_PEM: &[u8] = testdata!("ec-p256/leaf.pem");
/// The P-256 leaf's key, PKCS#8 PEM.
pub const P256_KEY: &[u8] = testdata!("ec-p256/key.pkcs8.pem");
/// The P-256 leaf's key, SEC1 PEM (with its public point, as OpenSSL writes it).
pub const P256_KEY_SEC1: &[u8] = testdata!("ec-p256/key.sec1.pem");
/// P-384 leaf certificate, PEM.
pub const P384_LEAF_PEM: &[u8] = testdata!("ec-p384/leaf.pem");
/// The P-384 leaf's key, PKCS#8 PEM.
pub const P384_KEY: &[u8] = testdata!("ec-p384/key.pkcs8.pem");
/// Ed25519 leaf certificate, PEM.
pub const ED25519_LEAF_PEM: &[u8] = testdata!("ed25519/leaf.pem");
/// The Ed25519 leaf's key, PKCS#8 PEM.
pub const ED25519_KEY: &[u8] = testdata!("ed25519/key.pkcs8.pem");
/// The RSA-2048 intermediate CA, PEM.
pub const INT_RSA_PEM: &[u8] = testdata!("ca/int-rsa.pem");
/// A P-256 leaf signed (ECDSA with SHA-384) by the P-384 intermediate, PEM: the
/// Let's Encrypt E-series shape.
pub const ECDSA_CHAIN_LEAF_PEM: &[u8] = testdata!("sigalg/ecdsa-p384/leaf.pem");
/// That leaf's P-256 key, PKCS#8 PEM.
pub const ECDSA_CHAIN_KEY: &[u8] = testdata!("sigalg/ecdsa-p384/key.pkcs8.pem");
/// The P-384 intermediate CA, PEM.
pub const INT_EC_PEM: &[u8] = testdata!("ca/int-ec.pem");

/// `(case name, leaf PEM, key PEM)` for the `key_match` group.
pub const KEY_PAIRS: [(&str, &[u8], &[u8]); 5] = [
    ("rsa2048", RSA2048_LEAF_PEM, RSA2048_KEY),
    ("rsa4096", RSA4096_LEAF_PEM, RSA4096_KEY),
    ("p256", P256_LEAF_PEM, P256_KEY),
    ("p384", P384_LEAF_PEM, P384_KEY),
    ("ed25519", ED25519_LEAF_PEM, ED25519_KEY),
];

/// `(case name, leaf PEM, key PEM)` for the `check_json` group.
pub const CHECK_PAIRS: [(&str, &[u8], &[u8]); 2] = [
    ("rsa2048", RSA2048_LEAF_PEM, RSA2048_KEY),
    ("p256", P256_LEAF_PEM, P256_KEY),
];

/// Lines in the `batch` group's input.
pub const BATCH_LINES: usize = 10_000;

/// One upload request: the certificate PEM as a user sends it and the leaf's key.
#[derive(Clone, Debug)]
pub struct Request {
    /// The `request/<name>` case.
    pub name: &'static str,
    /// `ServerCertificate`: the leaf first, then its issuers.
    pub chain: Vec<u8>,
    /// `PrivateKey`.
    pub key: &'static [u8],
}

/// The request shapes users send, in the order of the `request` group:
///
/// | case | chain | key |
/// |---|---|---|
/// | `rsa2048` | RSA-2048 leaf + RSA-2048 intermediate | PKCS#8 |
/// | `p256` | P-256 leaf + RSA-2048 intermediate | SEC1 |
/// | `ecdsa-chain` | P-256 leaf + P-384 intermediate (ECDSA-SHA384 signature) | PKCS#8 |
/// | `root-included` | RSA-2048 leaf + intermediate + RSA-3072 root | PKCS#8 |
pub fn requests() -> Vec<Request> {
    vec![
        Request {
            name: "rsa2048",
            chain: RSA2048_CHAIN.to_vec(),
            key: RSA2048_KEY_PKCS8,
        },
        Request {
            name: "p256",
            chain: [P256_LEAF_PEM, INT_RSA_PEM].concat(),
            key: P256_KEY_SEC1,
        },
        Request {
            name: "ecdsa-chain",
            chain: [ECDSA_CHAIN_LEAF_PEM, INT_EC_PEM].concat(),
            key: ECDSA_CHAIN_KEY,
        },
        Request {
            name: "root-included",
            chain: RSA2048_FULLCHAIN.to_vec(),
            key: RSA2048_KEY_PKCS8,
        },
    ]
}

/// [`BATCH_LINES`] `UploadServerCertificate` JSON lines cycling through [`requests`].
pub fn batch_input() -> Vec<u8> {
    let requests = requests();
    let mut out = Vec::new();
    for i in 0..BATCH_LINES {
        let Some(r) = requests.get(i % requests.len()) else {
            break;
        };
        let line = serde_json::json!({
            "Id": i,
            "ServerCertificate": String::from_utf8_lossy(&r.chain),
            "PrivateKey": String::from_utf8_lossy(r.key),
        });
        out.extend_from_slice(line.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}
