//! The summary a person reads after an inventory run: reports counted by reason,
//! and leaf expiries by month for the twelve months from the check time, drawn as a
//! terminal bar chart (`certvet batch --summary` prints it on standard error).
//!
//! ```
//! use certvet::summary::Summary;
//! use certvet::UnixTime;
//!
//! // ok: a constant, valid timestamp
//! let at = UnixTime::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
//! let mut summary = Summary::new(at);
//! // 2026-03-15: the third month of the chart.
//! summary.add_json(br#"{"Id":1,"ExpireTimeStamp":1773532800000,"Valid":true,"Errors":[],"Warnings":[]}"#).unwrap();
//! summary.add_json(br#"{"Id":2,"ExpireTimeStamp":null,"Valid":false,"Errors":[{"Reason":"MalformedRequest"}],"Warnings":[]}"#).unwrap();
//! let text = summary.to_string();
//! assert!(text.starts_with("2 reports: 1 valid, 1 invalid\n"));
//! assert!(text.contains("\n  2026-03          1  ████████████████████████████████████████\n"));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use serde::Deserialize;
use time::OffsetDateTime;

use crate::check::UnixTime;
use crate::report::Report;

/// Months drawn after the check time's own (which is the first).
const MONTHS: usize = 12;

/// Columns of the longest bar.
const BAR_WIDTH: u64 = 40;

/// Eighth blocks for the end of a bar, so close counts still differ.
const PARTIAL: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// Counts over a run's reports. `Display` draws the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    at: UnixTime,
    /// The check time's month, as `year * 12 + month - 1`.
    first_month: i64,
    reports: u64,
    valid: u64,
    /// Reports with each error reason (a reason counted once per report).
    errors: BTreeMap<String, u64>,
    /// Reports with each warning reason.
    warnings: BTreeMap<String, u64>,
    /// Leaves whose notAfter is before the check time.
    expired: u64,
    /// Leaves expiring in the check time's month and each of the next eleven.
    months: [u64; MONTHS],
    /// Leaves expiring after the last month drawn.
    later: u64,
    /// Reports without a certificate (nothing read, or not a request).
    no_certificate: u64,
}

/// The fields of a report line that the summary reads; the rest is skipped.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Seen<'a> {
    valid: bool,
    #[serde(default)]
    expire_time_stamp: Option<i64>,
    #[serde(borrow, default)]
    errors: Vec<SeenFinding<'a>>,
    #[serde(borrow, default)]
    warnings: Vec<SeenFinding<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SeenFinding<'a> {
    #[serde(borrow)]
    reason: std::borrow::Cow<'a, str>,
}

/// `year * 12 + month - 1` of a time in seconds; `None` outside the years `time` knows.
fn month_of(seconds: i64) -> Option<i64> {
    let t = OffsetDateTime::from_unix_timestamp(seconds).ok()?;
    Some(i64::from(t.year()) * 12 + i64::from(u8::from(t.month())) - 1)
}

impl Summary {
    /// An empty summary for checks made at `at`: the chart starts at its month.
    pub fn new(at: UnixTime) -> Self {
        Summary {
            at,
            first_month: month_of(at.seconds()).unwrap_or(0),
            reports: 0,
            valid: 0,
            errors: BTreeMap::new(),
            warnings: BTreeMap::new(),
            expired: 0,
            months: [0; MONTHS],
            later: 0,
            no_certificate: 0,
        }
    }

    /// Count one report.
    pub fn add(&mut self, report: &Report) {
        self.tally(
            report.valid,
            report.expire_time_stamp,
            report.errors.iter().map(|f| f.reason.as_str()),
            report.warnings.iter().map(|f| f.reason.as_str()),
        );
    }

    /// Count one report given as its JSON (a line of `certvet batch`'s output).
    ///
    /// # Errors
    /// The line is not a report.
    pub fn add_json(&mut self, line: &[u8]) -> Result<(), serde_json::Error> {
        let seen: Seen<'_> = serde_json::from_slice(line)?;
        self.tally(
            seen.valid,
            seen.expire_time_stamp,
            seen.errors.iter().map(|f| &*f.reason),
            seen.warnings.iter().map(|f| &*f.reason),
        );
        Ok(())
    }

    fn tally<'r>(
        &mut self,
        valid: bool,
        expire_ms: Option<i64>,
        errors: impl Iterator<Item = &'r str>,
        warnings: impl Iterator<Item = &'r str>,
    ) {
        self.reports += 1;
        self.valid += u64::from(valid);
        count_once(&mut self.errors, errors);
        count_once(&mut self.warnings, warnings);
        let Some(ms) = expire_ms else {
            self.no_certificate += 1;
            return;
        };
        let seconds = ms.div_euclid(1000);
        if seconds < self.at.seconds() {
            self.expired += 1;
            return;
        }
        let slot = month_of(seconds)
            .and_then(|m| usize::try_from(m - self.first_month).ok())
            .and_then(|i| self.months.get_mut(i));
        match slot {
            Some(n) => *n += 1,
            None => self.later += 1,
        }
    }

    /// Reports counted.
    pub fn reports(&self) -> u64 {
        self.reports
    }

    /// Reports with `Valid: false`.
    pub fn invalid(&self) -> u64 {
        self.reports - self.valid
    }
}

/// Add one to each distinct reason of a report.
fn count_once<'r>(counts: &mut BTreeMap<String, u64>, reasons: impl Iterator<Item = &'r str>) {
    let mut seen: Vec<&str> = reasons.collect();
    seen.sort_unstable();
    seen.dedup();
    for reason in seen {
        match counts.get_mut(reason) {
            Some(n) => *n += 1,
            None => {
                counts.insert(reason.to_owned(), 1);
            }
        }
    }
}

/// `count` as a bar of eighth blocks, [`BAR_WIDTH`] columns for `max`; a count
/// above zero gets one eighth at least.
fn bar(count: u64, max: u64) -> String {
    if count == 0 || max == 0 {
        return String::new();
    }
    let eighths = ((count * BAR_WIDTH * 8 + max / 2) / max).max(1);
    let full = usize::try_from(eighths / 8).unwrap_or(0);
    let rest = PARTIAL
        .get(usize::try_from(eighths % 8).unwrap_or(0))
        .copied()
        .unwrap_or_default();
    "█".repeat(full) + rest
}

fn reason_lines(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    counts: &BTreeMap<String, u64>,
) -> fmt::Result {
    if counts.is_empty() {
        return writeln!(f, "{what}: none");
    }
    writeln!(f, "{what} (reports with each reason):")?;
    let mut rows: Vec<(&String, &u64)> = counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (reason, n) in rows {
        writeln!(f, "  {n:>9}  {reason}")?;
    }
    Ok(())
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} reports: {} valid, {} invalid",
            self.reports,
            self.valid,
            self.invalid()
        )?;
        reason_lines(f, "errors", &self.errors)?;
        reason_lines(f, "warnings", &self.warnings)?;
        writeln!(
            f,
            "leaf expiries by month, from the check time {}:",
            self.at
        )?;
        let mut rows = vec![("expired".to_owned(), self.expired)];
        for (i, &n) in (0i64..).zip(&self.months) {
            let m = self.first_month + i;
            rows.push((
                format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1),
                n,
            ));
        }
        // Bars for the months drawn and the expired; `later` is off the chart (it
        // would dwarf the months in any long-lived inventory).
        let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
        for (label, n) in rows {
            let bar = bar(n, max);
            if bar.is_empty() {
                writeln!(f, "  {label:<7}  {n:>9}")?;
            } else {
                writeln!(f, "  {label:<7}  {n:>9}  {bar}")?;
            }
        }
        writeln!(f, "  {:<7}  {:>9}", "later", self.later)?;
        writeln!(f, "  no certificate read: {}", self.no_certificate)
    }
}

/// A writer that passes every byte through to `inner` and, when it has a
/// [`Summary`], counts each complete line as a report.
#[derive(Debug)]
pub struct SummaryWriter<W> {
    inner: W,
    summary: Option<Summary>,
    /// The start of a line whose end has not been written yet.
    partial: Vec<u8>,
}

impl<W: Write> SummaryWriter<W> {
    /// Pass through to `inner`, counting into `summary` if there is one.
    pub fn new(inner: W, summary: Option<Summary>) -> Self {
        SummaryWriter {
            inner,
            summary,
            partial: Vec::new(),
        }
    }

    /// The summary so far (a line without its `\n` is not counted).
    pub fn summary(&self) -> Option<&Summary> {
        self.summary.as_ref()
    }

    fn count(&mut self, mut buf: &[u8]) -> io::Result<()> {
        let Some(summary) = &mut self.summary else {
            return Ok(());
        };
        let bad = |e: serde_json::Error| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a report did not parse: {e}"),
            )
        };
        while let Some(end) = memchr::memchr(b'\n', buf) {
            let (line, rest) = buf.split_at(end);
            if self.partial.is_empty() {
                summary.add_json(line).map_err(bad)?;
            } else {
                self.partial.extend_from_slice(line);
                summary.add_json(&self.partial).map_err(bad)?;
                self.partial.clear();
            }
            buf = rest.get(1..).unwrap_or_default();
        }
        self.partial.extend_from_slice(buf);
        Ok(())
    }
}

impl<W: Write> Write for SummaryWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count(buf.get(..n).unwrap_or_default())?;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> UnixTime {
        UnixTime::parse_rfc3339(text).unwrap()
    }

    fn ms(text: &str) -> i64 {
        at(text).seconds() * 1000
    }

    #[test]
    fn bars_scale_to_the_largest_count_in_eighths() {
        assert_eq!(bar(0, 10), "");
        assert_eq!(bar(10, 10), "█".repeat(40));
        assert_eq!(bar(5, 10), "█".repeat(20));
        // 1/320 of the width rounds to nothing, and still shows.
        assert_eq!(bar(1, 1000), "▏");
        // 3 of 64: 15 eighths.
        assert_eq!(bar(3, 64), "█▉");
    }

    #[test]
    fn expiries_fall_in_the_month_of_their_not_after_from_the_check_time() {
        let mut s = Summary::new(at("2026-11-20T12:00:00Z"));
        for (t, valid) in [
            ("2026-11-20T11:59:59Z", false), // a second before the check time
            ("2026-11-20T12:00:00Z", true),  // valid through notAfter
            ("2026-11-30T23:59:59Z", true),
            ("2026-12-01T00:00:00Z", true),
            ("2027-10-31T23:59:59Z", true), // the twelfth month
            ("2027-11-01T00:00:00Z", true), // later
        ] {
            s.tally(valid, Some(ms(t)), [].into_iter(), [].into_iter());
        }
        s.tally(
            false,
            None,
            ["MalformedRequest"].into_iter(),
            [].into_iter(),
        );
        assert_eq!((s.expired, s.later, s.no_certificate), (1, 1, 1));
        assert_eq!(s.months, [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        let text = s.to_string();
        assert!(
            text.starts_with("7 reports: 5 valid, 2 invalid\n"),
            "{text}"
        );
        assert!(text.contains("\n  2026-11          2  ████████████████████████████████████████\n  2026-12          1  ████████████████████\n  2027-01          0\n"), "{text}");
        assert!(text.contains("\n  2027-10          1  ████████████████████\n  later            1\n  no certificate read: 1\n"), "{text}");
    }

    #[test]
    fn reasons_count_once_per_report_most_first() {
        let mut s = Summary::new(at("2026-01-01T00:00:00Z"));
        s.tally(
            false,
            None,
            ["KeyMismatch", "ChainOrder", "KeyMismatch"].into_iter(),
            ["PemFormat"].into_iter(),
        );
        s.tally(false, None, ["ChainOrder"].into_iter(), [].into_iter());
        s.tally(false, None, ["Expired"].into_iter(), [].into_iter());
        let text = s.to_string();
        assert!(
            text.contains("errors (reports with each reason):\n          2  ChainOrder\n          1  Expired\n          1  KeyMismatch\nwarnings (reports with each reason):\n          1  PemFormat\n"),
            "{text}"
        );
        let empty = Summary::new(at("2026-01-01T00:00:00Z")).to_string();
        assert!(
            empty.contains("\nerrors: none\nwarnings: none\n"),
            "{empty}"
        );
    }

    #[test]
    fn the_writer_counts_lines_split_across_writes_and_passes_bytes_through() {
        let a = br#"{"Valid":true,"ExpireTimeStamp":1767225600000,"Errors":[],"Warnings":[]}"#;
        let b = br#"{"Valid":false,"ExpireTimeStamp":null,"Errors":[{"Reason":"MalformedRequest","Message":"x"}],"Warnings":[]}"#;
        let mut text = a.to_vec();
        text.push(b'\n');
        text.extend_from_slice(b);
        text.push(b'\n');
        let mut out = Vec::new();
        let mut w = SummaryWriter::new(&mut out, Some(Summary::new(at("2026-01-01T00:00:00Z"))));
        for chunk in text.chunks(7) {
            w.write_all(chunk).unwrap();
        }
        let s = w.summary().unwrap().clone();
        assert_eq!(
            (s.reports, s.valid, s.months[0], s.no_certificate),
            (2, 1, 1, 1)
        );
        assert_eq!(s.errors.get("MalformedRequest"), Some(&1));
        assert_eq!(out, text);
        let mut w = SummaryWriter::new(Vec::new(), Some(Summary::new(at("2026-01-01T00:00:00Z"))));
        let err = w.write_all(b"not a report\n").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
