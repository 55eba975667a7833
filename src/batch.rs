//! `batch`: JSON Lines of `UploadServerCertificate` request bodies in, one report
//! per line out, in input order. A slice API over rayon, and a streaming API that
//! works through bounded windows so memory does not grow with the input.

use std::fmt;
use std::io::{self, BufRead, Write};

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::value::RawValue;

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
        let mut report = check(&input, opts);
        report.id = Some(self.id.clone().unwrap_or_else(|| line.into()));
        report
    }
}

/// The line's fields as they appear in the JSON text. The key and password are
/// kept raw (still JSON-escaped, borrowed from the line) and unescaped into
/// zeroizing buffers by [`unescape_secret`]: serde_json's own scratch buffer is
/// freed without being zeroized.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawRequest<'a> {
    #[serde(default)]
    id: Option<serde_json::Value>,
    server_certificate: Option<String>,
    #[serde(borrow, default)]
    private_key: Option<&'a RawValue>,
    #[serde(borrow, default)]
    password: Option<&'a RawValue>,
    #[serde(default)]
    server_certificate_name: Option<String>,
}

/// A JSON string literal (with quotes) unescaped into a zeroizing buffer sized up
/// front. `Ok(None)` for `null`.
fn unescape_secret(raw: &RawValue) -> Result<Option<SecretBytes>, String> {
    let text = raw.get().as_bytes();
    if text == b"null" {
        return Ok(None);
    }
    let inner = text
        .strip_prefix(b"\"")
        .and_then(|t| t.strip_suffix(b"\""))
        .ok_or("is not a string")?;
    let mut out = SecretBytes::with_capacity(inner.len());
    let mut i = 0;
    while let Some(&b) = inner.get(i) {
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let esc = *inner.get(i).ok_or("ends inside an escape")?;
        i += 1;
        let simple = match esc {
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'/' => Some(b'/'),
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'u' => None,
            _ => return Err("has an invalid escape".into()),
        };
        if let Some(c) = simple {
            out.push(c);
            continue;
        }
        let hex4 = |at: usize| -> Result<u32, String> {
            let digits = inner.get(at..at + 4).ok_or("has a short \\u escape")?;
            let s = std::str::from_utf8(digits).map_err(|_| "has a bad \\u escape")?;
            u32::from_str_radix(s, 16).map_err(|_| "has a bad \\u escape".to_owned())
        };
        let mut code = hex4(i)?;
        i += 4;
        if (0xD800..0xDC00).contains(&code) && inner.get(i..i + 2) == Some(b"\\u") {
            let low = hex4(i + 2)?;
            if (0xDC00..0xE000).contains(&low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    // The JSON parser already checked the line is UTF-8 and the literal well
    // formed, and escapes decode to UTF-8: `out` is UTF-8 text.
    Ok(Some(out))
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
    let server_certificate = raw
        .server_certificate
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

fn over_limit(number: usize, len: usize, limit: usize) -> Report {
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
    /// Lines checked in parallel before their reports are written.
    pub window_lines: usize,
    /// Bytes of input held at once (a window ends early past this).
    pub window_bytes: usize,
}

impl BatchOptions {
    /// Defaults: every core, windows of 1,024 lines or 64 MiB (a window is also
    /// how often progress is reported).
    pub fn new(check: CheckOptions) -> Self {
        BatchOptions {
            check,
            jobs: None,
            window_lines: 1024,
            window_bytes: 64 << 20,
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

/// One line of the stream: its number and bytes, or its number and length when
/// it was over the limit (its bytes are not kept).
enum Line {
    Text(usize, SecretBytes),
    TooLong(usize, usize),
}

/// Read one line of at most `limit` bytes (without its `\n`). A longer line is
/// skipped to its end without being held. `Ok(None)` at the end of the input.
fn read_line<R: BufRead>(
    reader: &mut R,
    limit: usize,
) -> io::Result<Option<Result<SecretBytes, usize>>> {
    let mut buf = SecretBytes::default();
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
    Ok(Some(if trimmed > limit { Err(len) } else { Ok(buf) }))
}

/// Check a JSON Lines stream: reports are written to `out` one per line, in input
/// order, while at most one window of lines is held in memory. `progress` is told
/// the number of lines done after each window.
///
/// # Errors
/// An I/O error of the reader or the writer (reports already written stay written).
pub fn run<R: BufRead, W: Write>(
    mut reader: R,
    mut out: W,
    opts: &BatchOptions,
    mut progress: impl FnMut(&BatchSummary),
) -> io::Result<BatchSummary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let mut summary = BatchSummary::default();
    let limit = opts.check.limits.batch_line_bytes;
    let mut window: Vec<Line> = Vec::with_capacity(opts.window_lines.min(1 << 16));
    let mut ended = false;
    while !ended {
        window.clear();
        let mut bytes = 0usize;
        while window.len() < opts.window_lines.max(1) && bytes < opts.window_bytes {
            let Some(line) = read_line(&mut reader, limit)? else {
                ended = true;
                break;
            };
            summary.lines += 1;
            match line {
                Ok(text) if text.iter().all(u8::is_ascii_whitespace) => {}
                Ok(text) => {
                    bytes += text.len();
                    window.push(Line::Text(summary.lines, text));
                }
                Err(len) => window.push(Line::TooLong(summary.lines, len)),
            }
        }
        // Drained, so that each line (zeroized on drop, a pass over its bytes) is
        // dropped by the worker that checked it, not by this thread.
        let reports: Vec<(bool, String)> = pool.install(|| {
            window
                .par_drain(..)
                .map(|line| {
                    let report = match &line {
                        Line::Text(n, text) => check_line(text, *n, &opts.check),
                        Line::TooLong(n, len) => over_limit(*n, *len, limit),
                    };
                    drop(line);
                    let mut json = report.to_json();
                    json.push('\n');
                    (report.valid, json)
                })
                .collect()
        });
        for (valid, json) in &reports {
            out.write_all(json.as_bytes())?;
            if *valid {
                summary.valid += 1;
            } else {
                summary.invalid += 1;
            }
        }
        out.flush()?;
        progress(&summary);
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
    }

    #[test]
    fn a_request_line_parses_with_its_fields() {
        let r = parse_request(br#"{"Id": 7, "ServerCertificate": "C", "PrivateKey": "K\nL", "Password": "pw", "RegionId": "x"}"#).unwrap();
        assert_eq!(r.id, Some(7.into()));
        assert_eq!(r.server_certificate, "C");
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
        ] {
            let err = parse_request(line).unwrap_err();
            assert_eq!(
                err.reason,
                Reason::MalformedRequest,
                "{}",
                String::from_utf8_lossy(line)
            );
        }
        let report = check_line(br#"{"Id": "a"}"#, 3, &CheckOptions::default());
        assert_eq!(report.id, Some("a".into()));
        let report = check_line(b"{", 3, &CheckOptions::default());
        assert_eq!(report.id, Some(3.into()));
    }

    #[test]
    fn read_line_skips_overlong_lines_and_handles_crlf_and_no_final_newline() {
        let data = b"ab\r\ncccccccccc\nd";
        let mut r = io::BufReader::with_capacity(3, &data[..]);
        assert_eq!(
            read_line(&mut r, 4).unwrap().unwrap().unwrap().as_slice(),
            b"ab\r"
        );
        assert_eq!(read_line(&mut r, 4).unwrap().unwrap().unwrap_err(), 10);
        assert_eq!(
            read_line(&mut r, 4).unwrap().unwrap().unwrap().as_slice(),
            b"d"
        );
        assert!(read_line(&mut r, 4).unwrap().is_none());
    }
}
