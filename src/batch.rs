//! `batch`: JSON Lines of `UploadServerCertificate` request bodies in, one report
//! per line out, in input order. A slice API over rayon, and a streaming API that
//! works through bounded windows so memory does not grow with the input.

use std::fmt;
use std::io::{self, BufRead, Write};

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroize;

use crate::check::{CheckInput, CheckOptions, check};
use crate::error::{Finding, Reason};
use crate::report::Report;
use crate::secret::SecretBytes;

/// One request body, as the API takes it.
#[derive(Clone, Default)]
pub struct BatchRequest {
    /// The caller's id, string or number; the line number when absent.
    pub id: Option<serde_json::Value>,
    /// The certificate PEM.
    pub server_certificate: String,
    /// The private key PEM; empty means no key, as in the API.
    pub private_key: SecretBytes,
    /// The password of an encrypted key.
    pub password: Option<SecretBytes>,
    /// The name the certificate would get.
    pub server_certificate_name: Option<String>,
    /// `Hosts`: names the certificate must serve; replaces the options' `--host` list.
    pub hosts: Option<Vec<String>>,
}

impl fmt::Debug for BatchRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchRequest")
            .field("id", &self.id)
            .field("server_certificate_bytes", &self.server_certificate.len())
            .field(
                "private_key",
                &if self.private_key.is_empty() {
                    "none"
                } else {
                    "[secret key elided]"
                },
            )
            .field(
                "password",
                &self.password.as_ref().map(|_| "[password elided]"),
            )
            .field("server_certificate_name", &self.server_certificate_name)
            .field("hosts", &self.hosts)
            .finish()
    }
}

impl BatchRequest {
    /// Check this request; the report's `Id` is the request's, or `line` when it has none.
    pub fn check(&self, line: usize, opts: &CheckOptions) -> Report {
        let mut input = CheckInput::new(self.server_certificate.as_bytes());
        if !self.private_key.is_empty() {
            input = input.with_key(&self.private_key);
        }
        if let Some(p) = &self.password {
            input = input.with_password(p);
        }
        let mut report = match &self.hosts {
            Some(hosts) => check(&input, &opts.clone().with_hosts(hosts.clone())),
            None => check(&input, opts),
        };
        report.id = Some(self.id.clone().unwrap_or_else(|| line.into()));
        report
    }
}

/// The line's fields as they appear in the JSON text. The key and password are
/// kept raw (still JSON-escaped, borrowed from the line) and unescaped into
/// zeroizing buffers by [`unescape_secret`]: serde_json's own scratch buffer is
/// freed without being zeroized. The certificate goes through the same
/// [`unescape`], which copies a PEM's lines whole where serde_json's string
/// parser handles each `\n` on its own.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawRequest<'a> {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(borrow, default)]
    server_certificate: Option<&'a RawValue>,
    #[serde(borrow, default)]
    private_key: Option<&'a RawValue>,
    #[serde(borrow, default)]
    password: Option<&'a RawValue>,
    #[serde(default)]
    server_certificate_name: Option<String>,
    #[serde(default)]
    hosts: Option<Vec<String>>,
}

/// The text between the quotes of a JSON string literal; `Ok(None)` for `null`.
fn literal(raw: &RawValue) -> Result<Option<&[u8]>, String> {
    let text = raw.get().as_bytes();
    if text == b"null" {
        return Ok(None);
    }
    text.strip_prefix(b"\"")
        .and_then(|t| t.strip_suffix(b"\""))
        .map(Some)
        .ok_or_else(|| "is not a string".to_owned())
}

/// A JSON string literal (with quotes) unescaped into a zeroizing buffer sized up
/// front. `Ok(None)` for `null`.
fn unescape_secret(raw: &RawValue) -> Result<Option<SecretBytes>, String> {
    let Some(inner) = literal(raw)? else {
        return Ok(None);
    };
    // Unescaping only shortens: the buffer never grows (and leaves no copy).
    let mut out = SecretBytes::with_capacity(inner.len());
    unescape(inner, &mut out)?;
    Ok(Some(out))
}

/// A JSON string literal (with quotes) unescaped; `Ok(None)` for `null`.
fn unescape_string(raw: &RawValue) -> Result<Option<String>, String> {
    let Some(inner) = literal(raw)? else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(inner.len());
    unescape(inner, &mut out)?;
    String::from_utf8(out)
        .map(Some)
        .map_err(|_| "is not UTF-8".to_owned())
}

/// Append the unescaped text of a JSON string literal's inside (which the JSON
/// parser has already checked is UTF-8 and well formed) to `out`. Runs between
/// escapes are copied whole (a PEM is 64-byte lines between `\n` escapes).
fn unescape(inner: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
    let mut rest = inner;
    while let Some(at) = memchr::memchr(b'\\', rest) {
        let Some((run, escape)) = rest.split_at_checked(at) else {
            break;
        };
        out.extend_from_slice(run);
        let (&esc, after) = escape
            .get(1..)
            .and_then(<[u8]>::split_first)
            .ok_or("ends inside an escape")?;
        rest = after;
        let simple = match esc {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'u' => {
                let hex4 = |at: usize| -> Result<u32, String> {
                    let digits = rest.get(at..at + 4).ok_or("has a short \\u escape")?;
                    let s = std::str::from_utf8(digits).map_err(|_| "has a bad \\u escape")?;
                    u32::from_str_radix(s, 16).map_err(|_| "has a bad \\u escape".to_owned())
                };
                let mut code = hex4(0)?;
                let mut used = 4;
                if (0xD800..0xDC00).contains(&code) && rest.get(4..6) == Some(b"\\u") {
                    let low = hex4(6)?;
                    if (0xDC00..0xE000).contains(&low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        used = 10;
                    }
                }
                rest = rest.get(used..).unwrap_or_default();
                let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                continue;
            }
            _ => return Err("has an invalid escape".into()),
        };
        out.push(simple);
    }
    out.extend_from_slice(rest);
    Ok(())
}

/// Parse one JSON line into a request.
///
/// # Errors
/// A `MalformedRequest` finding saying what is wrong with the line.
pub fn parse_request(line: &[u8]) -> Result<BatchRequest, Finding> {
    let malformed = |what: String| {
        Finding::error(Reason::MalformedRequest, format!("the line is not a request: {what}")).with_hint(
            "each line must be one JSON object like {\"Id\": \"a\", \"ServerCertificate\": \"-----BEGIN CERTIFICATE-----\\n...\", \"PrivateKey\": \"...\"}",
        )
    };
    let raw: RawRequest<'_> = serde_json::from_slice(line).map_err(|e| malformed(e.to_string()))?;
    if raw
        .id
        .as_ref()
        .is_some_and(|id| !(id.is_string() || id.is_number()))
    {
        return Err(malformed("Id must be a string or a number".into()));
    }
    let server_certificate = match raw.server_certificate {
        Some(v) => unescape_string(v).map_err(|e| malformed(format!("ServerCertificate {e}")))?,
        None => None,
    }
    .ok_or_else(|| malformed("it has no ServerCertificate".into()))?;
    let private_key = match raw.private_key {
        Some(v) => unescape_secret(v).map_err(|e| malformed(format!("PrivateKey {e}")))?,
        None => None,
    };
    let password = match raw.password {
        Some(v) => unescape_secret(v).map_err(|e| malformed(format!("Password {e}")))?,
        None => None,
    };
    Ok(BatchRequest {
        id: raw.id,
        server_certificate,
        private_key: private_key.unwrap_or_default(),
        password,
        server_certificate_name: raw.server_certificate_name,
        hosts: raw.hosts,
    })
}

/// Check one JSON line (1-based `line` number); never fails: a bad line is a
/// `MalformedRequest` report whose `Id` is the line number.
pub fn check_line(line: &[u8], number: usize, opts: &CheckOptions) -> Report {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() > opts.limits.batch_line_bytes {
        return over_limit(number, line.len(), opts.limits.batch_line_bytes);
    }
    match parse_request(line) {
        Ok(request) => request.check(number, opts),
        Err(finding) => {
            let mut report = Report::rejected(finding);
            report.id = Some(salvage_id(line).unwrap_or_else(|| number.into()));
            report
        }
    }
}

/// The `Id` of a line that is JSON but not a valid request, if it has one.
fn salvage_id(line: &[u8]) -> Option<serde_json::Value> {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(rename = "Id")]
        id: Option<serde_json::Value>,
    }
    let id = serde_json::from_slice::<IdOnly>(line).ok()?.id?;
    (id.is_string() || id.is_number()).then_some(id)
}

pub(crate) fn over_limit(number: usize, len: usize, limit: usize) -> Report {
    let mut report = Report::rejected(
        Finding::error(
            Reason::InputTooLarge,
            format!("line {number} is over the batch line limit of {limit} bytes ({len} bytes or more)"),
        )
        .with_hint("a request carries one certificate chain and one key; split the line or check the file with `certvet check`"),
    );
    report.id = Some(number.into());
    report
}

/// Check every request of a slice in parallel (rayon); reports come back in input
/// order, each `Id` the request's or its 1-based position.
pub fn check_all(requests: &[BatchRequest], opts: &CheckOptions) -> Vec<Report> {
    requests
        .par_iter()
        .enumerate()
        .map(|(i, r)| r.check(i + 1, opts))
        .collect()
}

/// How `run` works through a stream.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct BatchOptions {
    /// The check options applied to every line.
    pub check: CheckOptions,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Lines checked in parallel before their reports are written (the first
    /// windows are smaller: 64 lines, then twice the one before).
    pub window_lines: usize,
    /// Bytes of input in one window (a window ends early past this). Two windows
    /// are held at once: the one being checked and the next, read meanwhile.
    pub window_bytes: usize,
}

impl BatchOptions {
    /// Defaults: every core, windows of 1,024 lines or 32 MiB (a window is also
    /// how often progress is reported).
    pub fn new(check: CheckOptions) -> Self {
        BatchOptions {
            check,
            jobs: None,
            window_lines: 1024,
            window_bytes: 32 << 20,
        }
    }

    /// The same options with a thread count.
    #[must_use]
    pub fn with_jobs(mut self, jobs: usize) -> Self {
        self.jobs = Some(jobs.max(1));
        self
    }
}

/// Counts of a finished batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchSummary {
    /// Lines read, blank lines included.
    pub lines: usize,
    /// Reports with `Valid: true`.
    pub valid: usize,
    /// Reports with `Valid: false`.
    pub invalid: usize,
}

/// One line of a window. Its buffers are kept from window to window (up to
/// [`KEEP_BYTES`] each), so a stream of any length allocates them about once
/// instead of a fresh line buffer and report string per line (in the reading
/// thread's time: an allocation, a free and fresh pages per line).
#[derive(Default)]
struct Slot {
    /// 1-based line number.
    number: usize,
    /// The line's bytes; empty and zeroized once checked.
    text: SecretBytes,
    /// The line's length when it was over the limit (its bytes are not kept).
    too_long: Option<usize>,
    /// The line's report: one line of JSON with its `\n`.
    json: String,
    /// The report's `Valid`.
    valid: bool,
}

/// Buffer capacity a slot keeps for the next window; a larger line buffer is
/// freed once checked and a larger report once written, so the buffers kept
/// between windows stay under 2 × `window_lines` × 2 × `KEEP_BYTES` (64 MiB at
/// the default window). A line with a 3-certificate chain and an RSA-4096 key
/// is 8 KiB.
const KEEP_BYTES: usize = 16 << 10;

impl Slot {
    /// Check the line, write its report, and empty the line (zeroized).
    fn check(&mut self, opts: &CheckOptions) {
        let report = match self.too_long {
            None => check_line(&self.text, self.number, opts),
            Some(len) => over_limit(self.number, len, opts.limits.batch_line_bytes),
        };
        self.text.zeroize();
        if self.text.capacity() > KEEP_BYTES {
            self.text = SecretBytes::default();
        }
        self.json.clear();
        report.write_json(&mut self.json);
        self.json.push('\n');
        self.valid = report.valid;
    }
}

/// Read one line of at most `limit` bytes (without its `\n`) into `buf`, which
/// is cleared first. A longer line is skipped to its end: `Err(length)`, with
/// `buf` zeroized. `Ok(None)` at the end of the input.
fn read_line<R: BufRead>(
    reader: &mut R,
    limit: usize,
    buf: &mut SecretBytes,
) -> io::Result<Option<Result<(), usize>>> {
    buf.clear();
    let mut len = 0usize;
    let mut seen_any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        seen_any = true;
        let (part, done, end_of_line) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        len = len.saturating_add(part.len());
        if len <= limit.saturating_add(1) {
            buf.grow_for(buf.len().saturating_add(part.len()), usize::MAX);
            buf.extend_from_slice(part);
        }
        reader.consume(done);
        if end_of_line {
            break;
        }
    }
    if !seen_any {
        return Ok(None);
    }
    let trimmed = len - usize::from(buf.last() == Some(&b'\r'));
    if trimmed > limit {
        buf.zeroize();
        return Ok(Some(Err(len)));
    }
    Ok(Some(Ok(())))
}

/// The size of the first window: small, so the pool starts checking soon and
/// the next window is read while it does. Each later window is twice the one
/// before, up to [`BatchOptions::window_lines`].
const FIRST_WINDOW: usize = 64;

/// A window of lines: the slots of its lines and how many of them are in use.
#[derive(Default)]
struct Window {
    slots: Vec<Slot>,
    /// Slots in use (blank lines take none).
    count: usize,
    /// The number of the last line read into this window, blank or not.
    last_line: usize,
}

impl Window {
    /// Read up to `lines` lines after line `after`: fewer once
    /// `opts.window_bytes` is reached, but always one at least. `Ok(true)` when
    /// the input has ended.
    fn fill<R: BufRead>(
        &mut self,
        reader: &mut R,
        after: usize,
        lines: usize,
        opts: &BatchOptions,
    ) -> io::Result<bool> {
        let limit = opts.check.limits.batch_line_bytes;
        self.count = 0;
        self.last_line = after;
        let mut bytes = 0usize;
        while self.count < lines && (self.count == 0 || bytes < opts.window_bytes) {
            if self.slots.len() == self.count {
                self.slots.push(Slot::default());
            }
            let Some(slot) = self.slots.get_mut(self.count) else {
                break;
            };
            let Some(line) = read_line(reader, limit, &mut slot.text)? else {
                return Ok(true);
            };
            self.last_line += 1;
            slot.number = self.last_line;
            slot.too_long = line.err();
            if slot.too_long.is_none() && slot.text.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += slot.text.len();
            self.count += 1;
        }
        Ok(false)
    }

    /// Check the window's lines in parallel, then write their reports in order.
    fn check_and_write<W: Write>(
        &mut self,
        out: &mut W,
        opts: &CheckOptions,
        summary: &mut BatchSummary,
    ) -> io::Result<()> {
        let window = self.slots.get_mut(..self.count).unwrap_or_default();
        window.par_iter_mut().for_each(|slot| slot.check(opts));
        for slot in &mut *window {
            out.write_all(slot.json.as_bytes())?;
            if slot.json.capacity() > KEEP_BYTES {
                slot.json = String::new();
            }
            if slot.valid {
                summary.valid += 1;
            } else {
                summary.invalid += 1;
            }
        }
        out.flush()
    }
}

/// Check a JSON Lines stream: reports are written to `out` one per line, in input
/// order, while at most two windows of lines are held in memory. `progress` is
/// told the counts so far after each window's reports are written.
///
/// Every thread of the pool works on the stream: while the pool checks one
/// window, one of its threads reads the next, so with `jobs` 1 the stream is
/// read, checked and written in turn on the one thread, and with more no
/// thread waits for the reading. The calling thread only waits and reports
/// progress; that is why the reader and writer must be `Send`.
///
/// # Errors
/// An I/O error of the reader or the writer (reports already written stay
/// written; when reading fails, the reports of every line read before the
/// window that failed are written first).
pub fn run<R: BufRead + Send, W: Write + Send>(
    mut reader: R,
    mut out: W,
    opts: &BatchOptions,
    mut progress: impl FnMut(&BatchSummary),
) -> io::Result<BatchSummary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let window_lines = opts.window_lines.max(1);
    let mut lines = window_lines.min(FIRST_WINDOW);
    let mut summary = BatchSummary::default();
    let mut checking = Window::default();
    let mut reading = Window::default();
    let mut ended = reading.fill(&mut reader, 0, lines, opts)?;
    loop {
        std::mem::swap(&mut checking, &mut reading);
        summary.lines = checking.last_line;
        if checking.count == 0 && ended {
            break;
        }
        lines = lines.saturating_mul(2).min(window_lines);
        let through = checking.last_line;
        let (written, read) = pool.install(|| {
            rayon::join(
                || checking.check_and_write(&mut out, &opts.check, &mut summary),
                || {
                    if ended {
                        reading.count = 0;
                        reading.last_line = through;
                        Ok(true)
                    } else {
                        reading.fill(&mut reader, through, lines, opts)
                    }
                },
            )
        });
        written?;
        progress(&summary);
        ended = read?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Box<RawValue> {
        RawValue::from_string(json.to_owned()).unwrap()
    }

    #[test]
    fn secrets_unescape_like_json() {
        let s = unescape_secret(&raw(r#""a\nb\r\n\"q\" \\ \/ \u00e9 \ud83d\ude00""#))
            .unwrap()
            .unwrap();
        assert_eq!(&s[..], "a\nb\r\n\"q\" \\ / é 😀".as_bytes());
        assert!(unescape_secret(&raw("null")).unwrap().is_none());
        assert!(unescape_secret(&raw("12")).is_err());
        // A lone high surrogate is U+FFFD, and what follows it is kept.
        let s = unescape_secret(&raw(r#""\ud800x\ud800\u0041""#))
            .unwrap()
            .unwrap();
        assert_eq!(&s[..], "\u{fffd}x\u{fffd}A".as_bytes());
    }

    /// `s` as a JSON literal with every character escaped as `\uXXXX` (surrogate
    /// pairs above U+FFFF), the form serde_json never writes.
    fn all_escaped(s: &str) -> String {
        let mut out = String::from("\"");
        for unit in s.encode_utf16() {
            out.push_str(&format!("\\u{unit:04X}"));
        }
        out + "\""
    }

    proptest::proptest! {
        #[test]
        fn secrets_unescape_any_string(s in proptest::prelude::any::<String>()) {
            let plain = unescape_secret(&raw(&serde_json::to_string(&s).unwrap())).unwrap().unwrap();
            proptest::prop_assert_eq!(&plain[..], s.as_bytes());
            let escaped = unescape_secret(&raw(&all_escaped(&s))).unwrap().unwrap();
            proptest::prop_assert_eq!(&escaped[..], s.as_bytes());
        }
    }

    #[test]
    fn a_request_line_parses_with_its_fields() {
        let r = parse_request(br#"{"Id": 7, "ServerCertificate": "C\n\u00e9", "PrivateKey": "K\nL", "Password": "pw", "RegionId": "x"}"#).unwrap();
        assert_eq!(r.id, Some(7.into()));
        assert_eq!(r.server_certificate, "C\né");
        assert_eq!(&r.private_key[..], b"K\nL");
        assert_eq!(r.password.as_deref().map(Vec::as_slice), Some(&b"pw"[..]));
        let dbg = format!("{r:?}");
        assert!(!dbg.contains("K\\nL") && !dbg.contains("pw"), "{dbg}");
    }

    #[test]
    fn lines_that_are_not_requests_are_malformed() {
        for line in [
            &b"not json"[..],
            b"[1,2]",
            br#"{"Id": "a"}"#,
            br#"{"Id": [1], "ServerCertificate": "x"}"#,
            br#"{"ServerCertificate": null}"#,
            br#"{"ServerCertificate": 12}"#,
            br#"{"ServerCertificate": "x", "PrivateKey": ["k"]}"#,
        ] {
            let err = parse_request(line).unwrap_err();
            assert_eq!(
                err.reason,
                Reason::MalformedRequest,
                "{}",
                String::from_utf8_lossy(line)
            );
        }
        let message = |line: &[u8]| parse_request(line).unwrap_err().message;
        assert_eq!(
            message(br#"{"ServerCertificate": 12}"#),
            "the line is not a request: ServerCertificate is not a string"
        );
        assert_eq!(
            message(br#"{"ServerCertificate": null}"#),
            "the line is not a request: it has no ServerCertificate"
        );
        let report = check_line(br#"{"Id": "a"}"#, 3, &CheckOptions::default());
        assert_eq!(report.id, Some("a".into()));
        let report = check_line(b"{", 3, &CheckOptions::default());
        assert_eq!(report.id, Some(3.into()));
    }

    /// Windows of two lines, so every slot is reused, with lines of different
    /// sizes and kinds in the same slot: each report is the one its own line
    /// gets alone, in order, the blank line skipped.
    #[test]
    fn run_reuses_slots_across_windows_without_mixing_lines() {
        let pair = |dir: &str, id: &str| {
            let read = |f: &str| std::fs::read_to_string(format!("testdata/{dir}/{f}")).unwrap();
            serde_json::json!({"Id": id, "ServerCertificate": read("leaf.pem"),
                "PrivateKey": read("key.pkcs8.pem")})
            .to_string()
        };
        let lines = [
            pair("rsa2048", "a"),
            pair("ec-p256", "b"),
            String::new(),
            format!(r#"{{"Id": "{}"}}"#, "x".repeat(9000)),
            "{".to_owned(),
            pair("ec-p384", "c"),
            pair("rsa4096", "d"),
        ];
        let input = lines.join("\n");
        let mut opts = BatchOptions::new(CheckOptions::at(crate::UnixTime::from_seconds(
            1_767_225_600,
        )))
        .with_jobs(2);
        opts.window_lines = 2;
        opts.check.limits.batch_line_bytes = 8192;
        let mut out = Vec::new();
        let summary = run(input.as_bytes(), &mut out, &opts, |_| {}).unwrap();
        let expected: String = lines
            .iter()
            .enumerate()
            .filter(|(_, line)| !line.is_empty())
            .map(|(i, line)| {
                let report = if line.len() > 8192 {
                    over_limit(i + 1, line.len(), 8192)
                } else {
                    check_line(line.as_bytes(), i + 1, &opts.check)
                };
                report.to_json() + "\n"
            })
            .collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        assert_eq!(
            summary,
            BatchSummary {
                lines: 7,
                valid: 4,
                invalid: 2
            }
        );
        assert!(expected.contains(r#""Id":"d","Fingerprint":"#));
        assert!(expected.contains(r#""Reason":"InputTooLarge""#));
    }

    /// Windows of 64, then 128 lines, then the rest (the default 1,024 is never
    /// reached): progress is told after each window is written, trailing blank
    /// lines count as read, and the reports come out in order.
    #[test]
    fn run_grows_its_windows_and_reports_progress_after_each() {
        let mut input: String = (0..200).map(|i| format!("{{\"Id\": {i}}}\n")).collect();
        input.push_str("\n \n\n");
        let opts = BatchOptions::new(CheckOptions::default()).with_jobs(2);
        let mut out = Vec::new();
        let mut seen = Vec::new();
        let summary = run(input.as_bytes(), &mut out, &opts, |s| seen.push(*s)).unwrap();
        let told = |lines, invalid| BatchSummary {
            lines,
            valid: 0,
            invalid,
        };
        assert_eq!(seen, [told(64, 64), told(192, 192), told(203, 200)]);
        assert_eq!(summary, told(203, 200));
        let ids: Vec<u64> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["Id"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        assert_eq!(ids, (0..200).collect::<Vec<u64>>());
        // A window takes one line at least, whatever its byte limit.
        let mut one_by_one = opts.clone();
        one_by_one.window_bytes = 0;
        let mut seen = 0;
        let summary = run(&input.as_bytes()[..30], io::sink(), &one_by_one, |_| {
            seen += 1
        })
        .unwrap();
        assert_eq!((summary, seen), (told(3, 3), 3));
        for blank in ["", "\n\n \n"] {
            let mut out = Vec::new();
            let summary = run(blank.as_bytes(), &mut out, &opts, |_| panic!("no window")).unwrap();
            assert_eq!(
                (summary, out.len()),
                (told(blank.matches('\n').count(), 0), 0)
            );
        }
    }

    proptest::proptest! {
        /// Any mix of lines, windows of any size, any thread count: the output is
        /// each non-blank line's own report, in order, and progress only grows.
        #[test]
        fn run_gives_each_lines_own_report_whatever_the_windows(
            picks in proptest::collection::vec(0usize..7, 0..40),
            window_lines in 1usize..6,
            window_bytes in 0usize..60,
            jobs in 1usize..4,
            final_newline in proptest::bool::ANY,
        ) {
            const LINES: [&str; 7] = [
                "",
                " \t",
                "{",
                "{\"Id\": 5}",
                "{\"Id\": \"x\", \"ServerCertificate\": \"abc\"}\r",
                "[1]",
                "{\"ServerCertificate\": \"-----BEGIN CERTIFICATE-----\\nAA==\\n-----END CERTIFICATE-----\"}",
            ];
            let lines: Vec<&str> = picks.iter().map(|&i| LINES[i]).collect();
            let mut input = lines.join("\n");
            if final_newline && !lines.is_empty() {
                input.push('\n');
            }
            let mut opts = BatchOptions::new(CheckOptions::default()).with_jobs(jobs);
            opts.window_lines = window_lines;
            opts.window_bytes = window_bytes;
            let mut out = Vec::new();
            let mut seen: Vec<BatchSummary> = Vec::new();
            let summary = run(input.as_bytes(), &mut out, &opts, |s| seen.push(*s)).unwrap();
            let mut expected = String::new();
            let mut invalid = 0;
            for (i, line) in lines.iter().enumerate() {
                if !line.trim().is_empty() {
                    expected += &(check_line(line.as_bytes(), i + 1, &opts.check).to_json() + "\n");
                    invalid += 1;
                }
            }
            // A final empty line without its newline is no line at all.
            let read = if !final_newline && lines.last() == Some(&"") { lines.len() - 1 } else { lines.len() };
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), expected);
            proptest::prop_assert_eq!(summary, BatchSummary { lines: read, valid: 0, invalid });
            proptest::prop_assert!(seen.windows(2).all(|w| w[0].lines < w[1].lines && w[0].invalid < w[1].invalid));
            proptest::prop_assert!(seen.last().is_none_or(|last| last.invalid == invalid));
        }
    }

    /// A reader that gives its bytes, then fails.
    struct FailsAfter(&'static [u8]);

    impl io::Read for FailsAfter {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::Error::other("the disk is gone"));
            }
            let n = buf.len().min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// A read error while the pool checks a window: that window's reports are
    /// written, then the error is returned (the window being read is lost).
    #[test]
    fn a_read_error_comes_back_after_the_checked_window_is_written() {
        let reader =
            io::BufReader::with_capacity(4, FailsAfter(b"{\"Id\": 1}\n{\"Id\": 2}\n{\"Id\": 3}\n"));
        let mut opts = BatchOptions::new(CheckOptions::default()).with_jobs(2);
        opts.window_lines = 2;
        let mut out = Vec::new();
        let mut seen = Vec::new();
        let err = run(reader, &mut out, &opts, |s| seen.push(s.lines)).unwrap_err();
        assert_eq!(err.to_string(), "the disk is gone");
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(
            out.starts_with(r#"{"Id":1,"#) && out.contains(r#"{"Id":2,"#),
            "{out}"
        );
        assert_eq!(seen, [2]);
    }

    /// A writer that fails on its first write.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_stops_the_run() {
        let input = "{\"Id\": 1}\n".repeat(300);
        for jobs in [1, 2] {
            let opts = BatchOptions::new(CheckOptions::default()).with_jobs(jobs);
            let err = run(input.as_bytes(), Closed, &opts, |_| {
                panic!("nothing was written")
            })
            .unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
        }
    }

    #[test]
    fn a_slot_frees_a_large_line_once_checked_and_keeps_a_small_ones_buffer() {
        let opts = CheckOptions::default();
        let mut slot = Slot {
            text: SecretBytes::copy_of(&[b' '; KEEP_BYTES + 1]),
            ..Slot::default()
        };
        slot.check(&opts);
        assert_eq!(slot.text.capacity(), 0);
        assert!(
            slot.json.contains(r#""Reason":"MalformedRequest""#),
            "{}",
            slot.json
        );
        assert!(slot.json.ends_with('\n') && !slot.valid);
        slot.text.extend_from_slice(b"{}");
        let kept = slot.text.capacity();
        slot.check(&opts);
        assert!(slot.text.is_empty());
        assert_eq!(slot.text.capacity(), kept);
        assert_eq!(slot.json.matches('\n').count(), 1);
    }

    #[test]
    fn read_line_skips_overlong_lines_and_handles_crlf_and_no_final_newline() {
        let data = b"ab\r\nxy\ncccccccccc\nd";
        let mut r = io::BufReader::with_capacity(3, &data[..]);
        let mut buf = SecretBytes::default();
        let mut line = |buf: &mut SecretBytes| read_line(&mut r, 4, buf).unwrap();
        assert_eq!(line(&mut buf), Some(Ok(())));
        assert_eq!(buf.as_slice(), b"ab\r");
        assert_eq!(line(&mut buf), Some(Ok(())));
        assert_eq!(buf.as_slice(), b"xy");
        assert_eq!(line(&mut buf), Some(Err(10)));
        assert!(buf.is_empty());
        assert_eq!(line(&mut buf), Some(Ok(())));
        assert_eq!(buf.as_slice(), b"d");
        assert_eq!(line(&mut buf), None);
    }
}
