//! Targets: what each cloud API accepts, one table row per `--target` (the
//! contract's Targets table). The checks read the row; nothing else in the crate
//! branches on the target.

use std::fmt;
use std::str::FromStr;

use crate::error::{Finding, Reason, Severity};
use crate::input::CertDer;
use crate::key::{KeyEncoding, KeyState};
use crate::public_key::{Curve, PublicKey};

/// The API whose rules a check applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Target {
    /// Any key and container listed under the contract's Inputs; tolerant PEM.
    #[default]
    Generic,
    /// Alibaba Cloud Server Load Balancer (`UploadServerCertificate`).
    AliyunSlb,
    /// AWS Certificate Manager import.
    AwsAcm,
    /// Google Cloud SSL certificates.
    Gcp,
}

/// The RSA key sizes a target takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RsaSizes {
    /// At least this many bits.
    AtLeast(u32),
    /// Exactly one of these sizes.
    OneOf(&'static [u32]),
    /// From..=to bits.
    Between(u32, u32),
}

impl RsaSizes {
    pub(crate) fn accepts(self, bits: u32) -> bool {
        match self {
            RsaSizes::AtLeast(min) => bits >= min,
            RsaSizes::OneOf(sizes) => sizes.contains(&bits),
            RsaSizes::Between(lo, hi) => (lo..=hi).contains(&bits),
        }
    }

    pub(crate) fn describe(self) -> String {
        match self {
            RsaSizes::AtLeast(min) => format!("RSA of at least {min} bits"),
            RsaSizes::OneOf(sizes) => {
                let sizes: Vec<String> = sizes.iter().map(u32::to_string).collect();
                format!("RSA {} bits only", sizes.join(", "))
            }
            RsaSizes::Between(lo, hi) => format!("RSA {lo}–{hi} bits"),
        }
    }
}

/// The key container a target wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Container {
    /// Any container listed under the contract's Inputs, encrypted or DER included.
    Any,
    /// Unencrypted PEM in any container.
    UnencryptedPem,
    /// Unencrypted PKCS#1 `RSA PRIVATE KEY`.
    Pkcs1Pem,
}

/// One row of the contract's Targets table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rules {
    /// The `--target` name.
    pub(crate) name: &'static str,
    /// RSA sizes taken.
    pub(crate) rsa: RsaSizes,
    /// EC curves taken.
    pub(crate) curves: &'static [Curve],
    /// Whether Ed25519 is taken.
    pub(crate) ed25519: bool,
    /// The key container wanted.
    pub(crate) container: Container,
    /// Certificates must be PEM (a DER certificate is refused).
    pub(crate) pem_only: bool,
    /// Every `PemFormat` finding is an error (64-column lines, no stray text).
    pub(crate) strict_pem: bool,
    /// Largest key file taken, in bytes.
    pub(crate) max_key_bytes: Option<usize>,
    /// Most certificates taken.
    pub(crate) max_chain: Option<usize>,
}

const ALL_CURVES: &[Curve] = &[Curve::P256, Curve::P384, Curve::P521];

/// The contract's Targets table.
const RULES: [Rules; 4] = [
    Rules {
        name: "generic",
        rsa: RsaSizes::AtLeast(1024),
        curves: ALL_CURVES,
        ed25519: true,
        container: Container::Any,
        pem_only: false,
        strict_pem: false,
        max_key_bytes: None,
        max_chain: None,
    },
    Rules {
        name: "aliyun-slb",
        rsa: RsaSizes::OneOf(&[1024, 2048, 4096]),
        curves: &[],
        ed25519: false,
        container: Container::Pkcs1Pem,
        pem_only: true,
        strict_pem: true,
        max_key_bytes: None,
        max_chain: None,
    },
    Rules {
        name: "aws-acm",
        rsa: RsaSizes::Between(1024, 4096),
        curves: ALL_CURVES,
        ed25519: false,
        container: Container::UnencryptedPem,
        pem_only: true,
        strict_pem: false,
        max_key_bytes: Some(5120),
        max_chain: None,
    },
    Rules {
        name: "gcp",
        rsa: RsaSizes::Between(2048, 4096),
        curves: &[Curve::P256, Curve::P384],
        ed25519: false,
        container: Container::UnencryptedPem,
        pem_only: true,
        strict_pem: false,
        max_key_bytes: None,
        max_chain: Some(5),
    },
];

impl Target {
    /// Every target, in the contract's order.
    pub const ALL: [Target; 4] = [
        Target::Generic,
        Target::AliyunSlb,
        Target::AwsAcm,
        Target::Gcp,
    ];

    /// The `--target` name.
    pub const fn name(self) -> &'static str {
        self.rules().name
    }

    pub(crate) const fn rules(self) -> &'static Rules {
        match self {
            Target::Generic => &RULES[0],
            Target::AliyunSlb => &RULES[1],
            Target::AwsAcm => &RULES[2],
            Target::Gcp => &RULES[3],
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown `--target` name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTarget(pub String);

impl fmt::Display for UnknownTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Target::ALL.iter().map(|t| t.name()).collect();
        write!(
            f,
            "unknown target '{}' (expected one of: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownTarget {}

impl FromStr for Target {
    type Err = UnknownTarget;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Target::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| UnknownTarget(s.to_owned()))
    }
}

// ---------------------------------------------------------------------------
// Applying the table
// ---------------------------------------------------------------------------

/// What the target rules look at.
pub(crate) struct TargetInput<'a> {
    pub(crate) certs: &'a [CertDer<'a>],
    pub(crate) public: Option<&'a PublicKey>,
    pub(crate) key_state: Option<&'a KeyState>,
    pub(crate) key_bytes: Option<usize>,
    pub(crate) key_der: bool,
}

impl TargetInput<'_> {
    /// Apply the target's row of the table: escalate PEM findings and add the target's refusals.
    pub(crate) fn check(&self, target: Target, findings: &mut Vec<Finding>) {
        let rules = target.rules();
        escalate_pem(rules, findings);
        self.pem_only(rules, findings);
        let algorithm_ok = self.key_algorithm(rules, findings);
        if algorithm_ok {
            self.key_container(rules, findings);
        }
        self.sizes(rules, findings);
    }

    /// A PEM-only target refuses a DER certificate.
    fn pem_only(&self, rules: &Rules, findings: &mut Vec<Finding>) {
        let name = rules.name;
        if rules.pem_only && self.certs.first().is_some_and(|c| c.line.is_none()) {
            findings.push(
                Finding::error(
                    Reason::PemFormat,
                    format!("{name} takes PEM certificates only; this one is DER"),
                )
                .with_hint("convert it: openssl x509 -inform DER -in cert.der -out cert.pem"),
            );
        }
    }

    /// The key algorithm and size against the row; whether the key is one the target takes.
    fn key_algorithm(&self, rules: &Rules, findings: &mut Vec<Finding>) -> bool {
        let name = rules.name;
        let mut algorithm_ok = true;
        if let Some(public) = self.public {
            let accepted = match public {
                PublicKey::Rsa { .. } => rules.rsa.accepts(public.bits().unwrap_or(0)),
                PublicKey::Ec { curve, .. } => rules.curves.contains(curve),
                PublicKey::Ed25519(_) => rules.ed25519,
                PublicKey::Unsupported(_) => true, // already UnsupportedKeyAlgorithm
            };
            if !accepted {
                algorithm_ok = false;
                let mut takes = vec![rules.rsa.describe()];
                if !rules.curves.is_empty() {
                    let curves: Vec<&str> = rules.curves.iter().map(|c| c.name()).collect();
                    takes.push(format!("EC {}", curves.join("/")));
                }
                if rules.ed25519 {
                    takes.push("Ed25519".to_owned());
                }
                findings.push(
                    Finding::error(
                        Reason::KeyAlgorithmNotAccepted,
                        format!(
                            "{name} does not take {} keys; it takes {}",
                            public.describe(),
                            takes.join(", ")
                        ),
                    )
                    .with_hint(format!(
                        "reissue the certificate with a key {name} takes (e.g. RSA-2048)"
                    )),
                );
            }
        }
        algorithm_ok
    }

    /// The key's container and encryption against the row.
    fn key_container(&self, rules: &Rules, findings: &mut Vec<Finding>) {
        let name = rules.name;
        if let Some(state) = self.key_state {
            let encoding = key_encoding(state);
            let encrypted = matches!(
                encoding,
                Some(KeyEncoding::Pkcs8Encrypted | KeyEncoding::PemEncrypted)
            );
            let refusal = match rules.container {
                Container::Any => None,
                _ if encrypted => Some(format!(
                    "{name} takes an unencrypted key; this one is {}",
                    encoding.map(KeyEncoding::as_str).unwrap_or("encrypted")
                )),
                _ if self.key_der => Some(format!("{name} takes a PEM key; this one is DER")),
                Container::Pkcs1Pem
                    if !matches!(state, KeyState::PublicOnly { .. })
                        && encoding != Some(KeyEncoding::Pkcs1) =>
                {
                    Some(format!(
                        "{name} takes an RSA key in PKCS#1 (-----BEGIN RSA PRIVATE KEY-----); this one is {}",
                        encoding
                            .map(KeyEncoding::as_str)
                            .unwrap_or("another container")
                    ))
                }
                _ => None,
            };
            if let Some(message) = refusal {
                let convert = match rules.container {
                    Container::Pkcs1Pem => {
                        "openssl rsa -in key.pem -out key.pkcs1.pem -traditional"
                    }
                    _ => "openssl pkey -in key.pem -out key.dec.pem",
                };
                findings.push(
                    Finding::error(Reason::KeyEncodingNotAccepted, message).with_hint(format!(
                        "convert it: `{convert}`, or run `certvet fix --target {name}`"
                    )),
                );
            }
        }
    }

    /// The key file's and the chain's size caps of the row.
    fn sizes(&self, rules: &Rules, findings: &mut Vec<Finding>) {
        let name = rules.name;
        if let (Some(max), Some(len)) = (rules.max_key_bytes, self.key_bytes)
            && len > max
        {
            findings.push(
                Finding::error(
                    Reason::InputTooLarge,
                    format!(
                        "{name} takes key files of at most {max} bytes; this one is {len} bytes"
                    ),
                )
                .with_hint("strip text around the key block, or use a smaller key"),
            );
        }
        if let Some(max) = rules.max_chain
            && self.certs.len() > max
        {
            findings.push(
                Finding::error(
                    Reason::ChainTooLong,
                    format!("{name} takes at most {max} certificates; the input has {}", self.certs.len()),
                )
                .with_hint("drop the root and any certificate not on the issuing path (`certvet fix` does it)"),
            );
        }
    }
}

/// A strict target makes every `PemFormat` warning an error.
fn escalate_pem(rules: &Rules, findings: &mut [Finding]) {
    let name = rules.name;
    if rules.strict_pem {
        for f in findings
            .iter_mut()
            .filter(|f| f.reason == Reason::PemFormat && !f.is_error())
        {
            f.severity = Severity::Error;
            f.message = format!("{name} refuses this PEM layout: {}", f.message);
            if f.hint.is_none() {
                f.hint = Some(format!(
                    "re-armor the files with `certvet fix --target {name}`"
                ));
            }
        }
    }
}

/// The key's container, as far as it is known.
pub(crate) fn key_encoding(state: &KeyState) -> Option<KeyEncoding> {
    match state {
        KeyState::Unopened { encoding } => *encoding,
        KeyState::Inconsistent { encoding, .. } => Some(*encoding),
        KeyState::PublicOnly { .. } => None,
        KeyState::Proven(k) => Some(k.encoding),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_rows_follow_the_contract() {
        for t in Target::ALL {
            assert_eq!(t.name().parse::<Target>(), Ok(t));
        }
        assert!("aws".parse::<Target>().is_err());
        let slb = Target::AliyunSlb.rules();
        assert!(slb.rsa.accepts(2048) && !slb.rsa.accepts(3072) && slb.curves.is_empty());
        let gcp = Target::Gcp.rules();
        assert!(!gcp.rsa.accepts(1024) && gcp.rsa.accepts(4096) && !gcp.rsa.accepts(8192));
        assert_eq!(gcp.max_chain, Some(5));
        assert_eq!(Target::AwsAcm.rules().max_key_bytes, Some(5120));
        assert!(Target::Generic.rules().rsa.accepts(1024) && Target::Generic.rules().ed25519);
    }
}
