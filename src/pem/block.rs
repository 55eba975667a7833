//! The leaf of the PEM module: what a block is while it is read (its outputs, the
//! [`Sink`] trait, the buffers) and the base64 decoding of its body. The scanner and the
//! sinks import from here and from `quirks`; nothing here imports them back.

use std::borrow::Cow;
use std::fmt;
use std::ops::ControlFlow;

use base64::engine::general_purpose::STANDARD;
use base64::{DecodeError, DecodeSliceError, Engine as _};

use super::quirks::Quirks;
use crate::error::{Finding, Reason};
use crate::secret::SecretBytes;

/// The UTF-8 byte-order mark.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";
/// The width of every base64 line but the last (RFC 7468).
pub(super) const PEM_WIDTH: usize = 64;

// ---------------------------------------------------------------------------
// The outputs
// ---------------------------------------------------------------------------

// Defined here, where the sinks build them in place, and re-exported by `input`;
// to this module a body is bytes, whatever its field names say.

/// One certificate as it appeared in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CertDer<'a> {
    /// The DER bytes, exactly as decoded: DER input is borrowed, not copied.
    pub(crate) der: Cow<'a, [u8]>,
    /// 1-based position among the certificates of the input.
    pub(crate) position: usize,
    /// The line of its `-----BEGIN` marker; `None` for DER input.
    pub(crate) line: Option<usize>,
}

/// The private key as found: a PEM block's label, RFC 1421 headers and decoded
/// body, or raw DER. The key module decides what it is.
pub(crate) enum KeyBlob {
    /// A PEM block.
    Pem {
        /// The block's label, e.g. `RSA PRIVATE KEY`.
        label: String,
        /// RFC 1421 headers such as `Proc-Type` and `DEK-Info`, in order, trimmed.
        headers: Vec<(String, String)>,
        /// The decoded body.
        body: SecretBytes,
        /// The line of the `-----BEGIN` marker.
        line: usize,
    },
    /// The whole input, which looked like DER.
    Der(SecretBytes),
}

impl fmt::Debug for KeyBlob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyBlob::Pem {
                label, body, line, ..
            } => f
                .debug_struct("KeyBlob::Pem")
                .field("label", label)
                .field("line", line)
                .field("body_len", &body.len())
                .finish_non_exhaustive(),
            KeyBlob::Der(body) => f
                .debug_struct("KeyBlob::Der")
                .field("len", &body.len())
                .finish_non_exhaustive(),
        }
    }
}

/// Which input is being read; it decides the reason of a malformed input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The certificate input.
    Cert,
    /// The private key input.
    Key,
}

impl Side {
    /// The reason for a PEM or DER fault on this side.
    pub(crate) const fn malformed(self) -> Reason {
        match self {
            Side::Cert => Reason::MalformedCertificate,
            Side::Key => Reason::MalformedPrivateKey,
        }
    }

    /// How messages name this input.
    pub(crate) const fn input_name(self) -> &'static str {
        match self {
            Side::Cert => "certificate input",
            Side::Key => "key input",
        }
    }
}

/// The first index of `needle` (non-empty) in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let mut from = 0;
    // memchr: binary DER input is searched whole for a PEM marker.
    while let Some(off) = memchr::memchr(first, hay.get(from..)?) {
        let at = from + off;
        if hay.get(at..)?.starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

// ---------------------------------------------------------------------------
// Blocks and the sinks they go to
// ---------------------------------------------------------------------------

/// What a sink does with a block, decided from its label on the `BEGIN` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// Gather and decode the body.
    Decode,
    /// Only look for its `END` line (the body is never copied).
    Skip,
}

/// A block read to its `END`, its base64 checked character by character.
pub(crate) struct Finished<'b> {
    /// Its label.
    pub(super) label: &'b str,
    /// The `BEGIN` line.
    pub(super) line: usize,
    /// The first header line, when there are headers.
    pub(super) header_line: usize,
    /// The last base64 line.
    pub(super) last_body_line: usize,
    /// RFC 1421 headers, trimmed.
    pub(super) headers: Vec<(String, String)>,
    /// The DER of the block's first base64 lines, decoded as they were read.
    pub(super) decoded: &'b [u8],
    /// The rest of the base64 text, lines joined, still to decode.
    pub(super) b64: &'b [u8],
    /// How many base64 characters the whole body has (decoded ones included).
    pub(super) chars: usize,
}

/// What a side does with blocks.
pub(crate) trait Sink {
    /// At a `BEGIN` line: whether to decode the block; may add findings or quirks.
    fn begin(
        &mut self,
        label: &str,
        line: usize,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> Want;

    /// At the `END` line of a block begun with [`Want::Decode`].
    fn end(
        &mut self,
        block: Finished<'_>,
        quirks: &mut Quirks,
        findings: &mut Vec<Finding>,
    ) -> ControlFlow<()>;
}

/// The buffers a block's body goes through.
pub(crate) struct Buffers<'r> {
    /// Base64 not decoded line by line, gathered for one decode at the `END`.
    pub(crate) scratch: &'r mut Vec<u8>,
    /// Room for the DER of the block's first lines, decoded as they are read.
    pub(crate) decoded: &'r mut [u8],
}

/// An upper bound on the DER of any base64 found in `input_len` bytes.
pub(crate) const fn decoded_bound(input_len: usize) -> usize {
    (input_len / 4).saturating_add(1).saturating_mul(3)
}

/// The error for base64 that passed the character checks but does not decode.
pub(crate) fn decode_failure(side: Side, block: &Finished<'_>, err: &DecodeSliceError) -> Finding {
    let chars = block.chars;
    let detail = if !chars.is_multiple_of(4) {
        format!("{chars} base64 characters, not a multiple of 4: characters are missing or extra")
    } else {
        match err {
            DecodeSliceError::DecodeError(DecodeError::InvalidLastSymbol { .. }) => {
                "the last character before the padding has stray bits".to_owned()
            }
            _ => "misplaced '=' padding".to_owned(),
        }
    };
    let (label, line, last) = (block.label, block.line, block.last_body_line);
    Finding::error(
        side.malformed(),
        format!(
            "line {last}: the base64 of the {label} block begun at line {line} does not decode \
             ({detail}); the block is corrupted or truncated: copy it again from its source"
        ),
    )
}

/// How many bytes [`decode_into`] needs for `block`.
pub(crate) fn decoded_len(block: &Finished<'_>) -> usize {
    block
        .decoded
        .len()
        .saturating_add(base64::decoded_len_estimate(block.b64.len()))
}

/// Decodes the whole body of `block` into `out`, which must be empty with room for
/// [`decoded_len`] bytes (so it never reallocates); truncates it to fit.
///
/// The lines decoded as they were read are whole quanta, padded only at the end of
/// the base64 (after which `b64` can hold only more `=`, which fails to decode as
/// it would after the padding), so decoding the rest after them fails exactly when
/// decoding the joined text would, with the same kind of error.
pub(crate) fn decode_into(block: &Finished<'_>, out: &mut Vec<u8>) -> Result<(), DecodeSliceError> {
    out.extend_from_slice(block.decoded);
    if block.b64.is_empty() {
        // Every line was decoded as it was read (the usual case).
        return Ok(());
    }
    let at = out.len();
    out.resize(decoded_len(block), 0);
    let written = STANDARD.decode_slice(block.b64, out.get_mut(at..).unwrap_or_default())?;
    out.truncate(at.saturating_add(written));
    Ok(())
}
