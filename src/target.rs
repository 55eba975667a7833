//! Targets: what each cloud API accepts, one table row per `--target` (the
//! contract's Targets table). The checks read the row; nothing else in the crate
//! branches on the target.

use std::fmt;
use std::str::FromStr;

use crate::public_key::Curve;

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
