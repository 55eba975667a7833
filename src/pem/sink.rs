//! The two sinks: what a block's label makes it to the certificate input and to
//! the key input, and what each keeps.

use std::borrow::Cow;
use std::ops::ControlFlow;

use super::block::{
    CertDer, Finished, KeyBlob, Side, Sink, Want, decode_failure, decode_into, decoded_len,
};
use super::label::{Kind, kind};
use super::quirks::{Lines, Quirk, Quirks};
use crate::error::{Finding, Reason};
use crate::secret::SecretBytes;

// ---------------------------------------------------------------------------
// The certificate side
// ---------------------------------------------------------------------------

/// Collects certificate blocks; other blocks become `UnexpectedPemBlock`.
pub(crate) struct CertSink {
    /// The certificates so far.
    pub(crate) certs: Vec<CertDer<'static>>,
}

impl Sink for CertSink {
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want {
        match kind(label) {
            Kind::Certificate => Want::Decode,
            Kind::OldCertificate => {
                quirks.add(Quirk::OldLabel, line);
                Want::Decode
            }
            _ => {
                findings.push(unexpected_in_cert(label, line));
                Want::Skip
            }
        }
    }

    fn end(
        &mut self,
        block: Finished<'_>,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()> {
        if !block.headers.is_empty() {
            quirks.add(Quirk::HeadersIgnored, block.header_line);
        }
        let mut der = Vec::with_capacity(decoded_len(&block));
        match decode_into(&block, &mut der) {
            Ok(()) => {
                self.certs.push(CertDer {
                    der: Cow::Owned(der),
                    position: self.certs.len() + 1,
                    line: Some(block.line),
                });
                ControlFlow::Continue(())
            }
            Err(e) => {
                findings.push(decode_failure(Side::Cert, &block, &e));
                ControlFlow::Break(())
            }
        }
    }
}

/// The `UnexpectedPemBlock` error for a non-certificate block in the certificate input.
fn unexpected_in_cert(label: &str, line: usize) -> Finding {
    let kind = kind(label);
    let (message, hint) = if kind == Kind::TrustedCertificate {
        (
            format!(
                "line {line}: a TRUSTED CERTIFICATE block (OpenSSL's certificate with trust \
                 settings) where a plain CERTIFICATE was expected; convert it"
            ),
            "`openssl x509 -in f -out f2` writes it as -----BEGIN CERTIFICATE-----".to_owned(),
        )
    } else if kind == Kind::PrivateKey {
        (
            format!(
                "line {line}: a private key ({label}) where a certificate was expected: \
                 inputs may have been switched"
            ),
            "give the certificate file as the certificate and the key file as the key".to_owned(),
        )
    } else if kind == Kind::Request {
        (
            format!(
                "line {line}: a certificate signing request ({label}), not a certificate: \
                 submit it to a CA and upload the certificate it issues"
            ),
            "a CSR asks for a certificate; the CA's answer is the certificate".to_owned(),
        )
    } else if kind == Kind::PublicKey {
        (
            format!(
                "line {line}: a public key ({label}), not a certificate: upload the \
                 certificate that holds it"
            ),
            "the certificate (-----BEGIN CERTIFICATE-----) carries the public key".to_owned(),
        )
    } else if kind == Kind::Pkcs7 {
        (
            format!(
                "line {line}: a {label} bundle, not a certificate: extract the certificates \
                 with `openssl pkcs7 -print_certs -in f -out f.pem`"
            ),
            "give the extracted certificates, leaf first".to_owned(),
        )
    } else {
        (
            format!(
                "line {line}: a PEM block labelled {label} where a certificate was \
                 expected; give -----BEGIN CERTIFICATE----- blocks only"
            ),
            "the certificate input holds the leaf certificate, then its chain".to_owned(),
        )
    };
    Finding::error(Reason::UnexpectedPemBlock, message).with_hint(hint)
}

// ---------------------------------------------------------------------------
// The key side
// ---------------------------------------------------------------------------

/// Keeps the first key block; reports the rest.
pub(crate) struct KeySink {
    /// The key, once decoded.
    pub(crate) key: Option<KeyBlob>,
    /// The first key block's label and line.
    pub(crate) first_key: Option<(String, usize)>,
    /// Lines of certificate blocks in the key input.
    pub(crate) certs: Lines,
}

impl Sink for KeySink {
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want {
        let kind = kind(label);
        // The key module decides on every `… PRIVATE KEY` and `… PUBLIC KEY`.
        if matches!(kind, Kind::PrivateKey | Kind::PublicKey) {
            if let Some((first, at)) = &self.first_key {
                findings.push(
                    Finding::error(
                        Reason::UnexpectedPemBlock,
                        format!(
                            "line {line}: more than one private key: a second key block \
                             ({label}) after the {first} block of line {at}; keep only the key \
                             of this certificate"
                        ),
                    )
                    .with_hint("the key input holds exactly one private key"),
                );
                return Want::Skip;
            }
            self.first_key = Some((label.to_owned(), line));
            return Want::Decode;
        }
        match kind {
            Kind::EcParameters => quirks.add(Quirk::EcParameters, line),
            Kind::Certificate | Kind::OldCertificate | Kind::TrustedCertificate => {
                self.certs.add(line);
            }
            Kind::Request => findings.push(
                Finding::error(
                    Reason::UnexpectedPemBlock,
                    format!(
                        "line {line}: a certificate signing request ({label}) where the private \
                         key was expected; give the private key the request was made from"
                    ),
                )
                .with_hint("the key input holds the private key (-----BEGIN PRIVATE KEY-----)"),
            ),
            Kind::PrivateKey | Kind::PublicKey | Kind::Pkcs7 | Kind::Other => findings.push(
                Finding::error(
                    Reason::UnexpectedPemBlock,
                    format!(
                        "line {line}: a PEM block labelled {label} where the private key was \
                         expected; give the private key (-----BEGIN PRIVATE KEY----- or similar)"
                    ),
                )
                .with_hint("the key input holds exactly one private key"),
            ),
        }
        Want::Skip
    }

    fn end(
        &mut self,
        block: Finished<'_>,
        _quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()> {
        // Reserved to exactly what `decode_into` needs: it never reallocates.
        let mut body = SecretBytes::with_capacity(decoded_len(&block));
        if let Err(e) = decode_into(&block, &mut body) {
            findings.push(decode_failure(Side::Key, &block, &e));
            return ControlFlow::Break(());
        }
        self.key = Some(KeyBlob::Pem {
            label: block.label.to_owned(),
            headers: block.headers,
            body,
            line: block.line,
        });
        ControlFlow::Continue(())
    }
}

// ---------------------------------------------------------------------------
// A PEM-armored PKCS#12 file
// ---------------------------------------------------------------------------

/// Keeps the DER of the first `PKCS12` block; every other block is skipped.
#[derive(Default)]
pub(crate) struct Pkcs12Sink {
    /// The PFX, once its block is read.
    pub(crate) der: Option<Vec<u8>>,
}

impl Sink for Pkcs12Sink {
    fn begin(&mut self, label: &str, _: usize, _: &mut Quirks, _: &mut Vec<Finding>) -> Want {
        if label == "PKCS12" && self.der.is_none() {
            Want::Decode
        } else {
            Want::Skip
        }
    }

    fn end(
        &mut self,
        block: Finished<'_>,
        _: &mut Quirks,
        _: &mut Vec<Finding>,
    ) -> ControlFlow<()> {
        let mut der = Vec::with_capacity(decoded_len(&block));
        if decode_into(&block, &mut der).is_ok() {
            self.der = Some(der);
        }
        ControlFlow::Break(())
    }
}
