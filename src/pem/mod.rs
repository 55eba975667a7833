//! PEM (RFC 7468 text encoding, RFC 1421 headers): the scanner, the label table and
//! the two sinks that decide from it what a block is to the certificate or the key input, the
//! layout quirks that become `PemFormat` warnings, and [`armor()`], the writer.
//!
//! This module knows nothing of DER or X.509: a block's body is bytes to it.
//!
//! The scanner is our own: line-based, one pass, no regex, bytes rather than `str`,
//! so invalid UTF-8 never panics. Every layout quirk the contract tolerates (BOM,
//! CR, blank lines, text around blocks, trailing spaces, lines other than 64
//! columns, glued `END`/`BEGIN`) is one `PemFormat` warning per kind, naming its
//! first line and how many lines; a target may escalate them. Structural faults (a
//! `BEGIN` without `END`, an `END` without `BEGIN`, mismatched labels, bad base64,
//! an empty body) are errors that stop the scan; blocks read before them are still
//! returned. A base64 line that is whole 4-character quanta of the alphabet, in a
//! block whose base64 so far was all such lines, is decoded as it is read; any
//! other line takes the character-by-character path that names faults and the
//! quirks.
//!
//! Key text is secret: its base64 is gathered and decoded only into zeroizing
//! buffers reserved up front (no reallocation leaves copies behind), and messages
//! about the key input quote labels, line numbers and columns, never key bytes.

mod armor;
mod block;
mod label;
mod quirks;
mod scanner;
mod sink;

pub(crate) use armor::armor;
pub(crate) use block::{BOM, Buffers, CertDer, KeyBlob, Side, decoded_bound, find};
#[cfg(test)]
pub(crate) use quirks::FIX_HINT;
pub(crate) use quirks::Lines;
pub(crate) use scanner::scan;
pub(crate) use sink::{CertSink, KeySink, Pkcs12Sink};
