//! The PEM scanner: one pass over the lines, blocks handed to a [`Sink`].

use std::ops::ControlFlow;

use super::block::{BOM, Buffers, Finished, PEM_WIDTH, Side, Sink, Want, find};
use super::quirks::{Lines, Quirk, Quirks};
use crate::error::{Finding, Reason};
use crate::limits::Limits;

/// The most 64-column lines the PEM scanner decodes with one call.
const RUN_LINES: usize = 16;
/// The longest label accepted on a `BEGIN`/`END` line; real ones are under 30.
const MAX_LABEL: usize = 64;

/// Where a block being decoded is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Right after `BEGIN`: headers or base64 may come.
    Start,
    /// In RFC 1421 headers, which end with a blank line.
    Headers,
    /// After the blank line that ends the headers.
    AfterHeaders,
    /// In the base64.
    Body,
}

/// A `BEGIN` or `END` marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// `-----BEGIN LABEL-----`.
    Begin,
    /// `-----END LABEL-----`.
    End,
}

impl Marker {
    /// The marker's text up to the space before the label.
    const fn prefix(self) -> &'static [u8] {
        match self {
            Marker::Begin => b"-----BEGIN",
            Marker::End => b"-----END",
        }
    }

    /// The word for messages.
    const fn word(self) -> &'static str {
        match self {
            Marker::Begin => "BEGIN",
            Marker::End => "END",
        }
    }
}

/// A block whose `BEGIN` has been seen.
#[derive(Debug)]
struct Open<'a> {
    /// Its label.
    label: &'a str,
    /// The `BEGIN` line.
    line: usize,
    /// Whether its body is gathered.
    want: Want,
    /// Where in the block the scan is.
    phase: Phase,
    /// RFC 1421 headers, trimmed.
    headers: Vec<(String, String)>,
    /// The first header line.
    header_line: usize,
    /// The last base64 line.
    last_body_line: usize,
    /// The latest base64 line and its width, judged when the next one comes.
    pending_width: Option<(usize, usize)>,
    /// The line of the first `=`.
    padding: Option<usize>,
    /// The base64 characters read so far.
    chars: usize,
}

impl Open<'_> {
    /// Notes a base64 line `n` of `width` characters, checked and gathered.
    fn body_line(&mut self, n: usize, width: usize, quirks: &mut Quirks) {
        if let Some((line, width)) = self.pending_width
            && width != PEM_WIDTH
        {
            quirks.width(line, width);
        }
        self.pending_width = Some((n, width));
        self.last_body_line = n;
        self.chars = self.chars.saturating_add(width);
    }
}

/// Scans `input` as PEM, handing blocks to `sink`; the quirks become warnings.
///
/// `buffers` gather a block's body; the key side passes zeroizing buffers reserved
/// to bounds from the input's length, so they never reallocate.
pub(crate) fn scan<S: Sink>(
    input: &[u8],
    side: Side,
    limits: &Limits,
    sink: &mut S,
    buffers: Buffers<'_>,
    findings: &mut Vec<Finding>,
) {
    let mut scanner = Scanner {
        side,
        max_blocks: limits.pem_blocks,
        sink,
        scratch: buffers.scratch,
        decoded: buffers.decoded,
        decoded_len: 0,
        findings,
        quirks: Quirks::default(),
        open: None,
        blocks: 0,
        after_block: false,
        pending_blank: Lines::default(),
    };
    // A fatal fault has been reported when the scan breaks; the quirks seen up to
    // there are still worth saying.
    let _ = scanner.run(input);
    let Scanner {
        quirks, findings, ..
    } = scanner;
    quirks.emit(findings);
}

/// The scanner's state.
struct Scanner<'a, 'r, S> {
    /// Which input this is.
    side: Side,
    /// The most blocks allowed.
    max_blocks: usize,
    /// Where blocks go.
    sink: &'r mut S,
    /// The current block's base64 that was not decoded line by line.
    scratch: &'r mut Vec<u8>,
    /// Room for the current block's DER decoded line by line (a prefix of the body).
    decoded: &'r mut [u8],
    /// How much of `decoded` the current block has filled.
    decoded_len: usize,
    /// Where findings go.
    findings: &'r mut Vec<Finding>,
    /// Quirks seen so far.
    quirks: Quirks,
    /// The block being read.
    open: Option<Open<'a>>,
    /// `BEGIN` lines seen.
    blocks: usize,
    /// A block has ended (blank lines from here on are between blocks, if another comes).
    after_block: bool,
    /// Blank lines since the last `END`.
    pending_blank: Lines,
}

/// A stretch of a line that is not a marker.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Its start in the line.
    from: usize,
    /// Its end in the line.
    to: usize,
    /// A marker is on the same line.
    shares_line: bool,
    /// It starts the line after spaces or tabs.
    indented: bool,
}

/// Space or tab.
const fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// A byte of the standard base64 alphabet (without `=`).
const fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

/// Decodes `b64`, whole 4-character quanta of the base64 alphabet (`=` only as the
/// canonical padding of the last quantum), into `out` (3 bytes a quantum; `out` is
/// as long as that), with the SIMD decoder of the `base64-simd` crate, which refuses
/// what the `base64` crate's `STANDARD` refuses (stray bits before the padding,
/// `=` anywhere else). How many bytes it wrote, or `None` when a byte is not of the
/// alphabet, the padding is misplaced or the lengths do not fit; `out` then holds
/// garbage.
fn decode_quads(b64: &[u8], out: &mut [u8]) -> Option<usize> {
    if b64.len() / 4 * 3 != out.len() || !b64.len().is_multiple_of(4) {
        return None;
    }
    base64_simd::STANDARD
        .decode(b64, base64_simd::Out::from_slice(out))
        .ok()
        .map(|decoded| decoded.len())
}

/// How a message may show a byte: `'x'` when printable ASCII, else `byte 0xNN`.
fn show_byte(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("'{}'", char::from(b))
    } else {
        format!("byte 0x{b:02X}")
    }
}

/// The first `-----BEGIN` or `-----END` in `seg`.
fn find_marker(seg: &[u8]) -> Option<(usize, Marker)> {
    let mut from = 0;
    while let Some(off) = seg.get(from..)?.iter().position(|&b| b == b'-') {
        let at = from + off;
        let tail = seg.get(at..)?;
        if tail.starts_with(Marker::Begin.prefix()) {
            return Some((at, Marker::Begin));
        }
        if tail.starts_with(Marker::End.prefix()) {
            return Some((at, Marker::End));
        }
        from = at + 1;
    }
    None
}

/// The label of the marker starting `seg`, and how many bytes the marker takes.
fn parse_marker(seg: &[u8], kind: Marker) -> Result<(&str, usize), &'static str> {
    let prefix = kind.prefix();
    let rest = seg.get(prefix.len()..).unwrap_or_default();
    let Some(rest) = rest.strip_prefix(b" ") else {
        return Err("no space before the label");
    };
    let Some(close) = find(rest, b"-----") else {
        return Err("the label does not end with -----");
    };
    let label = rest.get(..close).unwrap_or_default();
    let end = prefix.len() + 1 + close + 5;
    // The labels of nearly every input, without the checks and the UTF-8 pass.
    for known in [
        "CERTIFICATE",
        "PRIVATE KEY",
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
    ] {
        if label == known.as_bytes() {
            return Ok((known, end));
        }
    }
    if label.is_empty() {
        return Err("the label is empty");
    }
    if label.len() > MAX_LABEL {
        return Err("the label is longer than 64 characters");
    }
    if !label.iter().all(|&b| (0x20..=0x7E).contains(&b)) {
        return Err("the label is not printable ASCII");
    }
    let label = std::str::from_utf8(label).map_err(|_| "the label is not printable ASCII")?;
    Ok((label, end))
}

/// Whether a text line is an RFC 1421 header: `Name: value` or `Name:`.
fn looks_like_header(seg: &[u8]) -> bool {
    let Some(colon) = seg.iter().position(|&b| b == b':') else {
        return false;
    };
    let (name, after) = seg.split_at(colon);
    !name.is_empty()
        && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        && matches!(after, [b':'] | [b':', b' ' | b'\t', ..])
}

/// `seg` without leading and trailing spaces and tabs, as printable ASCII.
fn header_text(seg: &[u8]) -> Option<String> {
    let start = seg.iter().position(|&b| !is_space(b)).unwrap_or(seg.len());
    let end = seg
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |i| i + 1);
    let text = seg.get(start..end)?;
    if text.iter().all(|&b| (0x20..=0x7E).contains(&b)) {
        String::from_utf8(text.to_vec()).ok()
    } else {
        None
    }
}

/// The first fault of base64 line `n` of `open`, read character by character:
/// `seg` starts at column `first_column + 1`; an `=` notes the padding.
fn base64_fault(
    seg: &[u8],
    side: Side,
    open: &mut Open<'_>,
    n: usize,
    first_column: usize,
) -> Option<String> {
    let label = open.label;
    let begin = open.line;
    for (i, &b) in seg.iter().enumerate() {
        let column = first_column + i + 1;
        let fault = if is_base64(b) {
            open.padding.map(|p| {
                format!(
                    "line {n}, column {column}: base64 after the '=' padding of line {p} \
                     in the {label} block begun at line {begin}; '=' may only end the \
                     base64: the block is corrupted or two blocks were merged"
                )
            })
        } else if b == b'=' {
            open.padding.get_or_insert(n);
            None
        } else if is_space(b) {
            Some(format!(
                "line {n}, column {column}: a space or tab inside a base64 line of the \
                 {label} block begun at line {begin}; remove it (were line breaks \
                 replaced by spaces?)"
            ))
        } else {
            let what = match side {
                Side::Cert => format!("{} is not base64", show_byte(b)),
                Side::Key => "a character that is not base64".to_owned(),
            };
            Some(format!(
                "line {n}, column {column}: {what} in the {label} block begun at line \
                 {begin}; the block is corrupted: copy it again from its source"
            ))
        };
        if fault.is_some() {
            return fault;
        }
    }
    None
}

impl<'a, S: Sink> Scanner<'a, '_, S> {
    /// Scans every line, then checks that no block is left open.
    fn run(&mut self, input: &'a [u8]) -> ControlFlow<()> {
        let mut rest = input;
        let mut line = 0usize;
        while !rest.is_empty() {
            line += 1;
            // Clean 64-column lines ending in LF are taken without looking for their
            // ends: they are all base64 alphabet, so each LF is the first line end.
            let taken = self.clean_body_run(rest, line);
            if taken > 0 {
                rest = rest.get(taken * (PEM_WIDTH + 1)..).unwrap_or_default();
                line += taken - 1;
                continue;
            }
            let (text, next) = match memchr::memchr2(b'\n', b'\r', rest) {
                None => (rest, &[][..]),
                Some(i) => {
                    let (text, tail) = rest.split_at(i);
                    match tail {
                        [b'\r', b'\n', more @ ..] => {
                            self.quirks.add(Quirk::CrLf, line);
                            (text, more)
                        }
                        [b'\r', more @ ..] => {
                            self.quirks.add(Quirk::BareCr, line);
                            (text, more)
                        }
                        [_, more @ ..] => (text, more),
                        [] => (text, tail),
                    }
                }
            };
            rest = next;
            self.line(text, line)?;
        }
        self.finish(line)
    }

    /// Pushes a fatal finding of this side's malformed reason and stops the scan.
    fn fatal(&mut self, message: String) -> ControlFlow<()> {
        self.findings
            .push(Finding::error(self.side.malformed(), message));
        ControlFlow::Break(())
    }

    /// One line, without its line end.
    fn line(&mut self, raw: &'a [u8], n: usize) -> ControlFlow<()> {
        if self.clean_body_line(raw, n) {
            return ControlFlow::Continue(());
        }
        let mut raw = raw;
        let mut base = 0;
        if self.open.is_none()
            && let Some(after) = raw.strip_prefix(BOM)
        {
            self.quirks.add(Quirk::Bom, n);
            raw = after;
            base = BOM.len();
        }
        let Some(last) = raw.iter().rposition(|&b| !is_space(b)) else {
            self.blank(n);
            return ControlFlow::Continue(());
        };
        let end = last + 1;
        if end < raw.len() {
            self.quirks.add(Quirk::TrailingSpace, n);
        }
        let start = raw.iter().position(|&b| !is_space(b)).unwrap_or(0);
        let content = raw.get(start..end).unwrap_or_default();
        if start > 0
            && !content.starts_with(b"-----")
            && !looks_like_header(content)
            && let Some(open) = &self.open
            && open.want == Want::Decode
            && open.phase == Phase::Headers
        {
            return self.continuation(content, n);
        }
        let mut at = start;
        let mut prev: Option<Marker> = None;
        loop {
            let seg = raw.get(at..end).unwrap_or_default();
            let first = at == start;
            match find_marker(seg) {
                None => {
                    let piece = Piece {
                        from: at,
                        to: end,
                        shares_line: prev.is_some(),
                        indented: first && start > 0,
                    };
                    return self.text(raw, piece, n, base);
                }
                Some((i, kind)) => {
                    let mark = at + i;
                    let before = raw
                        .get(at..mark)
                        .and_then(|s| s.iter().rposition(|&b| !is_space(b)))
                        .map(|j| at + j + 1);
                    if let Some(before_end) = before {
                        let piece = Piece {
                            from: at,
                            to: before_end,
                            shares_line: true,
                            indented: first && start > 0,
                        };
                        self.text(raw, piece, n, base)?;
                    } else if first && start > 0 {
                        self.quirks.add(Quirk::Indent, n);
                    }
                    let marker = raw.get(mark..end).unwrap_or_default();
                    let (label, len) = match parse_marker(marker, kind) {
                        Ok(parsed) => parsed,
                        Err(why) => {
                            let word = kind.word();
                            return self.fatal(format!(
                                "line {n}: a malformed -----{word} line ({why}); it must read \
                                 -----{word} LABEL-----, e.g. -----{word} CERTIFICATE-----"
                            ));
                        }
                    };
                    self.marker(kind, label, n, prev)?;
                    prev = Some(kind);
                    at = mark + len;
                    while raw.get(at).is_some_and(|&b| is_space(b)) {
                        at += 1;
                    }
                    if at >= end {
                        return ControlFlow::Continue(());
                    }
                }
            }
        }
    }

    /// A blank (empty or whitespace-only) line.
    fn blank(&mut self, n: usize) {
        match &mut self.open {
            None => {
                if self.after_block {
                    self.pending_blank.add(n);
                }
            }
            Some(open) if open.want == Want::Skip => {}
            Some(open) => {
                if open.phase == Phase::Headers {
                    // The blank line that ends RFC 1421 headers belongs there.
                    open.phase = Phase::AfterHeaders;
                } else {
                    self.quirks.add(Quirk::BlankInBlock, n);
                }
            }
        }
    }

    /// An indented line among RFC 1421 headers: a continuation of the last one.
    fn continuation(&mut self, seg: &[u8], n: usize) -> ControlFlow<()> {
        let Some(open) = &mut self.open else {
            return ControlFlow::Continue(());
        };
        match (header_text(seg), open.headers.last_mut()) {
            (Some(more), Some((_, value))) => {
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(&more);
                ControlFlow::Continue(())
            }
            _ => self.fatal(format!(
                "line {n}: a malformed PEM header continuation (printable ASCII expected); \
                 copy the block again from its source"
            )),
        }
    }

    /// Text (not a marker) of line `n`, alone or beside a marker; `base` is how
    /// many bytes (a BOM) were cut from the front of `raw`, for column numbers.
    fn text(&mut self, raw: &[u8], piece: Piece, n: usize, base: usize) -> ControlFlow<()> {
        let Piece {
            from,
            to,
            shares_line,
            indented,
        } = piece;
        let seg = raw.get(from..to).unwrap_or_default();
        let side = self.side;
        let Some(open) = &mut self.open else {
            self.quirks.add(Quirk::TextOutside, n);
            return ControlFlow::Continue(());
        };
        if open.want == Want::Skip {
            return ControlFlow::Continue(());
        }
        if indented {
            self.quirks.add(Quirk::Indent, n);
        }
        match open.phase {
            Phase::Start | Phase::Headers if !shares_line && looks_like_header(seg) => {
                if open.phase == Phase::Start {
                    open.phase = Phase::Headers;
                    open.header_line = n;
                }
                let header = seg.iter().position(|&b| b == b':').and_then(|colon| {
                    let (name, value) = seg.split_at(colon);
                    Some((header_text(name)?, header_text(value.get(1..)?)?))
                });
                return match header {
                    Some(header) => {
                        open.headers.push(header);
                        ControlFlow::Continue(())
                    }
                    None => self.fatal(format!(
                        "line {n}: a malformed PEM header (Name: value in printable ASCII \
                         expected); copy the block again from its source"
                    )),
                };
            }
            Phase::Headers => {
                let first = open.header_line;
                return self.fatal(format!(
                    "line {n}: the PEM headers from line {first} must end with a blank line \
                     before the base64; add one"
                ));
            }
            Phase::Start | Phase::AfterHeaders | Phase::Body => {}
        }
        if shares_line {
            self.quirks.add(Quirk::MarkerShared, n);
        }
        open.phase = Phase::Body;
        // Base64 alphabet, then at most `=` to the end, with no `=` before: the
        // checks below would find no fault and only note the padding.
        let clean = seg.iter().position(|&b| !is_base64(b)).unwrap_or(seg.len());
        if open.padding.is_none()
            && seg
                .get(clean..)
                .is_some_and(|tail| tail.iter().all(|&b| b == b'='))
        {
            if clean < seg.len() {
                open.padding = Some(n);
            }
            self.scratch.extend_from_slice(seg);
            open.body_line(n, seg.len(), &mut self.quirks);
            return ControlFlow::Continue(());
        }
        if let Some(message) = base64_fault(seg, side, open, n, base + from) {
            return self.fatal(message);
        }
        self.scratch.extend_from_slice(seg);
        open.body_line(n, seg.len(), &mut self.quirks);
        ControlFlow::Continue(())
    }

    /// The fast path for a run of 64-column LF-terminated lines at the start of
    /// `rest`, the first of them line `n`: up to [`RUN_LINES`] of them are gathered
    /// and decoded with one call, so that the SIMD decoder's scalar tail is paid
    /// once a run rather than once a line. Each line is then exactly what
    /// [`Self::clean_body_line`] takes alone; when the run does not decode as a
    /// whole (a window that only looks like a line, say an `END` line followed by
    /// text that puts an LF at column 65), its lines go through that one by one, up
    /// to the first that is not clean. How many lines were taken; 0 leaves `rest`
    /// to the line-by-line path.
    fn clean_body_run(&mut self, rest: &[u8], n: usize) -> usize {
        if rest.get(PEM_WIDTH) != Some(&b'\n') {
            return 0;
        }
        let mut gathered = [0u8; RUN_LINES * PEM_WIDTH];
        let taken = self.decode_run(rest, n, &mut gathered);
        // A key's base64 is secret too; a certificate's is not.
        if self.side == Side::Key {
            zeroize::Zeroize::zeroize(gathered.as_mut_slice());
        }
        taken
    }

    /// [`Self::clean_body_run`] with `gathered` to copy the run's text into.
    fn decode_run(&mut self, rest: &[u8], n: usize, gathered: &mut [u8]) -> usize {
        const STRIDE: usize = PEM_WIDTH + 1;
        let mut count = 0;
        for (window, slot) in rest
            .chunks_exact(STRIDE)
            .zip(gathered.chunks_exact_mut(PEM_WIDTH))
        {
            let (Some(text), Some(b'\n')) = (window.get(..PEM_WIDTH), window.get(PEM_WIDTH)) else {
                break;
            };
            slot.copy_from_slice(text);
            count += 1;
        }
        match count {
            0 => return 0,
            1 => {
                let text = rest.get(..PEM_WIDTH).unwrap_or_default();
                return usize::from(self.clean_body_line(text, n));
            }
            _ => {}
        }
        let text = gathered.get(..count * PEM_WIDTH).unwrap_or_default();
        if self.clean_body_lines(text, PEM_WIDTH, n) {
            return count;
        }
        let mut taken = 0;
        for (i, window) in rest.chunks_exact(STRIDE).take(count).enumerate() {
            let text = window.get(..PEM_WIDTH).unwrap_or_default();
            if !self.clean_body_line(text, n + i) {
                break;
            }
            taken += 1;
        }
        taken
    }

    /// The fast path for a base64 line of a block being decoded: when the line is
    /// whole quanta of the base64 alphabet (no space or other character; `=` only as
    /// the padding of its last quantum) and everything before it in the block was
    /// decoded the same way, it is decoded straight after the DER so far. It is then
    /// exactly a line [`Self::line`] would accept with no finding, so only its
    /// body-line bookkeeping remains (a padded line also ends the base64, as there);
    /// `false` leaves the line, untouched, to [`Self::line`].
    fn clean_body_line(&mut self, raw: &[u8], n: usize) -> bool {
        self.clean_body_lines(raw, raw.len(), n)
    }

    /// [`Self::clean_body_line`] for `raw`, lines `n, n + 1, …` of `width`
    /// characters each, joined.
    fn clean_body_lines(&mut self, raw: &[u8], width: usize, n: usize) -> bool {
        let Some(open) = &mut self.open else {
            return false;
        };
        if open.want != Want::Decode
            || open.phase == Phase::Headers
            || open.padding.is_some()
            || !self.scratch.is_empty()
            || raw.is_empty()
        {
            return false;
        }
        let at = self.decoded_len;
        let Some(written) = self
            .decoded
            .get_mut(at..at.saturating_add(raw.len() / 4 * 3))
            .and_then(|out| decode_quads(raw, out))
        else {
            return false;
        };
        self.decoded_len = at + written;
        // What `text` does for each clean base64 line of its own.
        open.phase = Phase::Body;
        let mut last = n;
        for (i, line) in raw.chunks(width.max(1)).enumerate() {
            open.body_line(n + i, line.len(), &mut self.quirks);
            last = n + i;
        }
        // The decoder took `=` only at the very end: the last line ends the base64.
        if raw.last() == Some(&b'=') {
            open.padding = Some(last);
        }
        true
    }

    /// A `BEGIN` or `END` marker; `prev` is the marker before it on the same line.
    fn marker(
        &mut self,
        kind: Marker,
        label: &'a str,
        n: usize,
        prev: Option<Marker>,
    ) -> ControlFlow<()> {
        match (kind, self.open.take()) {
            (Marker::Begin, Some(open)) => {
                let (old, at) = (open.label, open.line);
                self.fatal(format!(
                    "line {at}: -----BEGIN {old}----- has no -----END {old}----- line before \
                     the -----BEGIN {label}----- at line {n}: the block is truncated; \
                     complete it or remove it"
                ))
            }
            (Marker::Begin, None) => self.begin(label, n, prev),
            (Marker::End, None) => self.fatal(format!(
                "line {n}: -----END {label}----- without a -----BEGIN {label}----- before it: \
                 the start of the block is missing; copy the whole block"
            )),
            (Marker::End, Some(open)) => self.end(open, label, n),
        }
    }

    /// A `BEGIN` with no block open: a new block, unless the input has too many.
    fn begin(&mut self, label: &'a str, n: usize, prev: Option<Marker>) -> ControlFlow<()> {
        self.blocks += 1;
        if self.blocks > self.max_blocks {
            let max = self.max_blocks;
            self.findings.push(
                Finding::error(
                    Reason::InputTooLarge,
                    format!(
                        "line {n}: more than {max} PEM blocks in the {}; the limit is {max}",
                        self.side.input_name()
                    ),
                )
                .with_hint(match self.side {
                    Side::Cert => "give only the certificate and its chain",
                    Side::Key => "give only the private key",
                }),
            );
            return ControlFlow::Break(());
        }
        if prev == Some(Marker::End) {
            self.quirks.add(Quirk::Glued, n);
        }
        if self.after_block {
            self.quirks.append(Quirk::BlankBetween, self.pending_blank);
            self.pending_blank = Lines::default();
        }
        let want = self.sink.begin(label, n, &mut self.quirks, self.findings);
        self.scratch.clear();
        self.decoded_len = 0;
        self.open = Some(Open {
            label,
            line: n,
            want,
            phase: Phase::Start,
            headers: Vec::new(),
            header_line: 0,
            last_body_line: 0,
            pending_width: None,
            padding: None,
            chars: 0,
        });
        ControlFlow::Continue(())
    }

    /// The `END` of the open block: its labels must match; a decoded block goes to the sink.
    fn end(&mut self, open: Open<'a>, label: &'a str, n: usize) -> ControlFlow<()> {
        if open.label != label {
            let (old, at) = (open.label, open.line);
            return self.fatal(format!(
                "line {n}: -----END {label}----- closes -----BEGIN {old}----- of line \
                 {at}; the labels must match"
            ));
        }
        self.after_block = true;
        self.pending_blank = Lines::default();
        if open.want == Want::Skip {
            return ControlFlow::Continue(());
        }
        if let Some((line, width)) = open.pending_width
            && width > PEM_WIDTH
        {
            self.quirks.width(line, width);
        }
        if open.chars == 0 {
            let at = open.line;
            return self.fatal(format!(
                "line {at}: the {label} block (lines {at}-{n}) has no base64 body; \
                 copy the whole block"
            ));
        }
        let block = Finished {
            label,
            line: open.line,
            header_line: open.header_line,
            last_body_line: open.last_body_line,
            headers: open.headers,
            decoded: self.decoded.get(..self.decoded_len).unwrap_or_default(),
            b64: self.scratch.as_slice(),
            chars: open.chars,
        };
        let flow = self.sink.end(block, &mut self.quirks, self.findings);
        self.scratch.clear();
        self.decoded_len = 0;
        flow
    }

    /// At the end of the input: a block still open is truncated.
    fn finish(&mut self, n: usize) -> ControlFlow<()> {
        match self.open.take() {
            None => ControlFlow::Continue(()),
            Some(open) => {
                let (label, at) = (open.label, open.line);
                self.fatal(format!(
                    "line {at}: -----BEGIN {label}----- has no -----END {label}----- line \
                     (the input ends at line {n}): the block is truncated; copy the whole block"
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    use super::*;

    #[test]
    fn decode_quads_is_the_base64_decoder_on_clean_text() {
        // Every length, padded or not: the same bytes as the `base64` crate.
        for len in 0..100usize {
            let der: Vec<u8> = (0..len)
                .map(|i| u8::try_from((i * 131 + 7) % 251).unwrap())
                .collect();
            let b64 = STANDARD.encode(&der);
            let mut out = vec![0; b64.len() / 4 * 3];
            assert_eq!(decode_quads(b64.as_bytes(), &mut out), Some(len), "{len}");
            assert_eq!(out[..len], der, "{len}");
        }
        // Any byte anywhere in a full line, or in a line that ends in one or two '=':
        // taken exactly when the `base64` crate's STANDARD takes it, as the same bytes.
        let lines = [
            b"MIIBLDCB36ADAgECAhQLwMb3U9Hk0ELhHFuuQ9Inp7ouITAFBgMrZXAwDDEKMAgG".to_vec(),
            STANDARD.encode(b"certvet!").into_bytes(),
            STANDARD.encode(b"certvet").into_bytes(),
        ];
        assert!(lines[1].ends_with(b"E=") && lines[2].ends_with(b"A=="));
        let mut taken = 0;
        for line in &lines {
            for at in 0..line.len() {
                for b in 0..=255u8 {
                    let mut l = line.clone();
                    l[at] = b;
                    let mut out = vec![0; l.len() / 4 * 3];
                    let ours = decode_quads(&l, &mut out).map(|n| out[..n].to_vec());
                    assert_eq!(ours, STANDARD.decode(&l).ok(), "{l:?}");
                    taken += usize::from(ours.is_some());
                }
            }
        }
        // The alphabet's 64 bytes at each position of the full line, and some of the
        // padded ones (stray bits before the padding are refused).
        assert!(taken > 64 * 64, "{taken}");
        // Lengths that do not fit.
        assert_eq!(decode_quads(b"MIIBL", &mut [0; 3]), None);
        assert_eq!(decode_quads(b"MIIB", &mut [0; 4]), None);
        assert_eq!(decode_quads(b"MIIB", &mut [0; 2]), None);
    }
}
