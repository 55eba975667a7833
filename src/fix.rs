//! `certvet fix`: rewrite a certificate chain and key into what a target accepts —
//! the chain leaf-first in issuing order, duplicates and certificates off the
//! issuing path dropped, PEM re-armored in 64-column lines (RFC 7468 strict form),
//! and the key decrypted into the container the target asks for. What `fix`
//! writes passes `check` with the same target.

use std::fmt;

use zeroize::Zeroizing;

use crate::check::{self, CheckInput, CheckOptions, describe_cert};
use crate::error::{Finding, Reason};
use crate::input;
use crate::key::{self, KeyState};
use crate::pem::armor;
use crate::public_key::PublicKey;
use crate::report::Report;
use crate::target::Container;
use crate::x509::CertView;

/// Reasons that re-encoding, reordering or dropping certificates can mend.
const MENDABLE: &[Reason] = &[
    Reason::PemFormat,
    Reason::ChainOrder,
    Reason::KeyEncodingNotAccepted,
    Reason::ChainTooLong,
    Reason::UnexpectedPemBlock,
    // Only a target's own cap (aws-acm's 5,120-byte key file); the contract's
    // size limits refuse before this list is read.
    Reason::InputTooLarge,
];

/// What `fix` produced: the PEM texts to write and the report of what they hold.
pub struct Fixed {
    /// The certificate chain, leaf first, as clean PEM.
    pub cert_pem: String,
    /// The private key as clean unencrypted PEM, when a key was given.
    pub key_pem: Option<Zeroizing<String>>,
    /// The check of what was written, with a warning for each certificate dropped.
    pub report: Report,
}

impl fmt::Debug for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fixed")
            .field("cert_pem_bytes", &self.cert_pem.len())
            .field(
                "key_pem",
                &self.key_pem.as_ref().map(|_| "[secret key elided]"),
            )
            .field("valid", &self.report.valid)
            .finish_non_exhaustive()
    }
}

/// Rewrite `input` into what `opts.target` accepts.
///
/// # Errors
/// The report of the input, unchanged, when it has an error that no re-encoding
/// mends (a key that belongs to no certificate of the input, a broken signature,
/// an expired leaf, an undecodable certificate or key, a wrong password, a key
/// the target does not take).
pub fn fix(input: &CheckInput<'_>, opts: &CheckOptions) -> Result<Fixed, Box<Report>> {
    let before = check::check(input, opts);
    let over_limit = input.cert.len() > opts.limits.cert_bytes
        || input.key.is_some_and(|k| k.len() > opts.limits.key_bytes);
    // A key that belongs to another certificate is mended only by putting that
    // certificate first, which is what the issuing order already says to do.
    let key_cert_leads = before.key_matches_certificate.is_some()
        && before
            .suggested_order
            .as_ref()
            .and_then(|o| o.first().copied())
            == before.key_matches_certificate;
    let refusable = |f: &Finding| match f.reason {
        Reason::KeyMismatch => !key_cert_leads,
        r => !MENDABLE.contains(&r),
    };
    if over_limit || before.errors.iter().any(refusable) || before.chain_length.is_none() {
        return Err(Box::new(before));
    }

    let (cert_pem, notes) = chain_pem(input, opts, &before);

    // The key, decrypted, in the target's container.
    let key_pem = match input.key {
        None => None,
        Some(bytes) => match key_pem(bytes, input.password, opts) {
            Some(pem) => Some(pem),
            None => return Err(Box::new(before)),
        },
    };

    // Check what will be written, with the same options.
    let mut written = CheckInput::new(cert_pem.as_bytes());
    if let Some(k) = &key_pem {
        written = written.with_key(k.as_bytes());
    }
    let mut report = check::check(&written, opts);
    if !report.valid {
        return Err(Box::new(before));
    }
    report.warnings.extend(notes);
    Ok(Fixed {
        cert_pem,
        key_pem,
        report,
    })
}
/// The certificates as clean PEM, in issuing order, without duplicates or strays
/// (and without a self-signed root the target has no room for), with a warning
/// for each one dropped.
fn chain_pem(
    input: &CheckInput<'_>,
    opts: &CheckOptions,
    before: &Report,
) -> (String, Vec<Finding>) {
    let mut scratch = Vec::new();
    let certs = input::cert_input(input.cert, &opts.limits, &mut scratch);
    let views: Vec<Option<CertView<'_>>> =
        certs.iter().map(|c| CertView::parse(&c.der).ok()).collect();
    let order: Vec<usize> = match &before.suggested_order {
        Some(order) => order.clone(),
        None => (1..=certs.len()).collect(),
    };
    let mut notes: Vec<Finding> = Vec::new();
    for position in 1..=certs.len() {
        if !order.contains(&position) {
            notes.push(Finding::warning(
                Reason::ChainOrder,
                format!(
                    "dropped {}: a duplicate or not on the issuing path",
                    describe_cert(position, views.get(position - 1).and_then(Option::as_ref))
                ),
            ));
        }
    }
    let mut chosen: Vec<usize> = order;
    if let Some(max) = opts.target.rules().max_chain {
        while chosen.len() > max {
            let last = chosen.last().copied().unwrap_or(0);
            let self_signed = views
                .get(last.wrapping_sub(1))
                .and_then(Option::as_ref)
                .is_some_and(|v| v.raw_subject() == v.raw_issuer());
            if !self_signed {
                break;
            }
            chosen.pop();
            notes.push(Finding::warning(
                Reason::ChainTooLong,
                format!(
                    "dropped the self-signed root {}: {} takes at most {max} certificates and clients have the root",
                    describe_cert(last, views.get(last - 1).and_then(Option::as_ref)),
                    opts.target
                ),
            ));
        }
    }
    let mut cert_pem = String::new();
    for position in &chosen {
        if let Some(c) = certs.get(position - 1) {
            cert_pem.push_str(&armor("CERTIFICATE", &c.der));
        }
    }
    (cert_pem, notes)
}

/// The key, decrypted, as clean PEM in the container the target asks for (or the
/// one it came in, when the target takes any); `None` when it does not open.
fn key_pem(
    bytes: &[u8],
    password: Option<&[u8]>,
    opts: &CheckOptions,
) -> Option<Zeroizing<String>> {
    let mut scratch = Vec::new();
    let blob = input::key_input(bytes, &opts.limits, &mut scratch)?;
    let KeyState::Proven(proven) = key::open(&blob, password, &opts.limits, &mut scratch) else {
        return None;
    };
    let (label, der) = match (opts.target.rules().container, &proven.public) {
        (Container::Pkcs1Pem, PublicKey::Rsa { .. }) => {
            ("RSA PRIVATE KEY", proven.secret.to_pkcs1_der())
        }
        _ => match proven.encoding {
            key::KeyEncoding::Pkcs1 if !proven.der_input => {
                ("RSA PRIVATE KEY", proven.secret.to_pkcs1_der())
            }
            key::KeyEncoding::Sec1 if !proven.der_input => {
                ("EC PRIVATE KEY", proven.secret.to_sec1_der())
            }
            _ => ("PRIVATE KEY", proven.secret.to_pkcs8_der()),
        },
    };
    let der = der.ok()?;
    Some(armor(label, &der))
}
