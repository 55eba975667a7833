//! Layout quirks the contract tolerates: each kind found is one `PemFormat`
//! warning naming its lines.

use std::fmt;

use crate::error::{Finding, Reason};

/// The hint on every `PemFormat` warning.
pub(crate) const FIX_HINT: &str = "`certvet fix` rewrites the PEM with 64-column lines, LF line ends \
    and no byte-order mark, blank lines or stray text";

// ---------------------------------------------------------------------------
// PEM layout quirks
// ---------------------------------------------------------------------------

/// A set of line numbers, kept as first, last and count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lines {
    /// The first line.
    first: usize,
    /// The last line.
    last: usize,
    /// How many distinct lines.
    count: usize,
}

impl Lines {
    /// Adds a line (lines come in increasing order; a repeat is ignored).
    pub(crate) fn add(&mut self, line: usize) {
        if self.count > 0 && self.last == line {
            return;
        }
        if self.count == 0 {
            self.first = line;
        }
        self.last = line;
        self.count += 1;
    }

    /// Adds lines that all come after these.
    pub(crate) fn append(&mut self, later: Lines) {
        if later.count == 0 {
            return;
        }
        if self.count == 0 {
            *self = later;
        } else {
            self.last = later.last;
            self.count += later.count;
        }
    }

    /// No line.
    pub(crate) const fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl fmt::Display for Lines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.count <= 1 {
            write!(f, "line {}", self.first)
        } else if self.last - self.first + 1 == self.count {
            write!(f, "lines {}-{}", self.first, self.last)
        } else {
            write!(
                f,
                "{} lines from line {} to line {}",
                self.count, self.first, self.last
            )
        }
    }
}

/// One kind of layout quirk: each kind found is one `PemFormat` warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quirk {
    /// A UTF-8 byte-order mark.
    Bom,
    /// CR LF line ends.
    CrLf,
    /// A CR alone as the line end.
    BareCr,
    /// Spaces or tabs at the end of a line.
    TrailingSpace,
    /// Spaces or tabs before a marker or base64 line.
    Indent,
    /// A blank line inside a block.
    BlankInBlock,
    /// A blank line between blocks.
    BlankBetween,
    /// Text before, between or after the blocks.
    TextOutside,
    /// `-----END …----------BEGIN …-----` on one line.
    Glued,
    /// base64 on the line of a `BEGIN` or `END` marker.
    MarkerShared,
    /// A base64 line other than 64 columns (the last at most 64).
    Width,
    /// The old `X509 CERTIFICATE` label.
    OldLabel,
    /// RFC 1421 headers in a certificate block.
    HeadersIgnored,
    /// An `EC PARAMETERS` block before an EC key.
    EcParameters,
}

impl Quirk {
    /// Every kind, in the order its warnings are given.
    const ALL: [Quirk; 14] = [
        Quirk::Bom,
        Quirk::CrLf,
        Quirk::BareCr,
        Quirk::TrailingSpace,
        Quirk::Indent,
        Quirk::BlankInBlock,
        Quirk::BlankBetween,
        Quirk::TextOutside,
        Quirk::Glued,
        Quirk::MarkerShared,
        Quirk::Width,
        Quirk::OldLabel,
        Quirk::HeadersIgnored,
        Quirk::EcParameters,
    ];

    /// Its slot in [`Quirks::lines`] (its place in [`Quirk::ALL`]).
    const fn index(self) -> usize {
        match self {
            Quirk::Bom => 0,
            Quirk::CrLf => 1,
            Quirk::BareCr => 2,
            Quirk::TrailingSpace => 3,
            Quirk::Indent => 4,
            Quirk::BlankInBlock => 5,
            Quirk::BlankBetween => 6,
            Quirk::TextOutside => 7,
            Quirk::Glued => 8,
            Quirk::MarkerShared => 9,
            Quirk::Width => 10,
            Quirk::OldLabel => 11,
            Quirk::HeadersIgnored => 12,
            Quirk::EcParameters => 13,
        }
    }

    /// The warning for this quirk found on `at`.
    fn finding(self, at: Lines, first_width: usize) -> Finding {
        let message = match self {
            Quirk::Bom => format!(
                "{at}: UTF-8 byte-order mark before the PEM; save the file as UTF-8 without a BOM"
            ),
            Quirk::CrLf => {
                format!("{at}: CR LF line ends (Windows line ends); convert them to LF (dos2unix)")
            }
            Quirk::BareCr => {
                format!("{at}: bare CR line ends (classic Mac OS); convert them to LF")
            }
            Quirk::TrailingSpace => {
                format!("{at}: spaces or tabs at the end of the line; remove them")
            }
            Quirk::Indent => {
                format!("{at}: spaces or tabs at the start of a PEM line; remove them")
            }
            Quirk::BlankInBlock => format!("{at}: blank line inside a PEM block; remove it"),
            Quirk::BlankBetween => format!("{at}: blank line between PEM blocks; remove it"),
            Quirk::TextOutside => format!(
                "{at}: text outside the PEM blocks; keep only the -----BEGIN/-----END blocks"
            ),
            Quirk::Glued => format!(
                "{at}: -----END and the next -----BEGIN on one line; put a line break between them"
            ),
            Quirk::MarkerShared => format!(
                "{at}: base64 text on the line of a -----BEGIN or -----END marker; \
                 put each marker on a line of its own"
            ),
            Quirk::Width => format!(
                "{at}: base64 lines other than 64 columns (the first has {first_width}); \
                 wrap the base64 at 64 columns, the last line at most 64"
            ),
            Quirk::OldLabel => format!(
                "{at}: the old label X509 CERTIFICATE; write -----BEGIN CERTIFICATE----- \
                 and -----END CERTIFICATE-----"
            ),
            Quirk::HeadersIgnored => format!(
                "{at}: PEM headers in a certificate block, ignored; remove them and the \
                 blank line after them"
            ),
            Quirk::EcParameters => format!(
                "{at}: EC PARAMETERS block skipped (as `openssl ecparam -genkey` writes it); \
                 keep only the EC PRIVATE KEY block"
            ),
        };
        Finding::warning(Reason::PemFormat, message).with_hint(FIX_HINT)
    }
}

/// The quirks found so far: the lines of each kind.
#[derive(Debug, Default)]
pub(crate) struct Quirks {
    /// Lines per kind, indexed by [`Quirk::index`].
    lines: [Lines; Quirk::ALL.len()],
    /// The width of the first line counted under [`Quirk::Width`].
    first_width: usize,
}

impl Quirks {
    /// Notes `quirk` on `line`.
    pub(crate) fn add(&mut self, quirk: Quirk, line: usize) {
        if let Some(lines) = self.lines.get_mut(quirk.index()) {
            lines.add(line);
        }
    }

    /// Notes a base64 line of `width` columns that breaks the 64-column rule.
    pub(crate) fn width(&mut self, line: usize, width: usize) {
        if self
            .lines
            .get(Quirk::Width.index())
            .is_some_and(Lines::is_empty)
        {
            self.first_width = width;
        }
        self.add(Quirk::Width, line);
    }

    /// Merges lines of `quirk` that all come after those already noted.
    pub(crate) fn append(&mut self, quirk: Quirk, later: Lines) {
        if let Some(lines) = self.lines.get_mut(quirk.index()) {
            lines.append(later);
        }
    }

    /// One warning per kind found, in [`Quirk::ALL`] order.
    pub(crate) fn emit(&self, findings: &mut Vec<Finding>) {
        for (quirk, lines) in Quirk::ALL.iter().zip(self.lines.iter()) {
            if !lines.is_empty() {
                findings.push(quirk.finding(*lines, self.first_width));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quirk_index_is_the_place_in_all() {
        for (i, q) in Quirk::ALL.iter().enumerate() {
            assert_eq!(q.index(), i, "{q:?}");
        }
    }

    #[test]
    fn lines_display() {
        let mut l = Lines::default();
        l.add(3);
        assert_eq!(l.to_string(), "line 3");
        l.add(3);
        l.add(4);
        l.add(5);
        assert_eq!(l.to_string(), "lines 3-5");
        l.add(20);
        assert_eq!(l.to_string(), "4 lines from line 3 to line 20");
    }
}
