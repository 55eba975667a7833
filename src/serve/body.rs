//! Request bodies read within a size limit and a deadline, into zeroizing buffers
//! (a body carries a private key): whole (`/v1/check`, an RPC form body) or line by
//! line (`/v1/batch`), never more than the limit of one request or line at a time.

use axum::body::{Body, Bytes};
use http_body_util::BodyExt;
use tokio::time::{Duration, Instant, timeout_at};
use zeroize::Zeroize;

use crate::secret::SecretBytes;

/// Why a body could not be read.
#[derive(Debug)]
pub(super) enum BodyError {
    /// Over the limit: the length read so far (or announced), which is more than it.
    TooLarge(u64),
    /// Not received in time.
    Timeout,
    /// The connection failed or the framing was bad.
    Broken(String),
}

/// Read a whole body of at most `limit` bytes by `deadline`. A `Content-Length`
/// over the limit is refused before a byte of the body is read.
pub(super) async fn read_whole(
    mut body: Body,
    content_length: Option<u64>,
    limit: usize,
    deadline: Instant,
) -> Result<SecretBytes, BodyError> {
    let limit64 = u64::try_from(limit).unwrap_or(u64::MAX);
    if let Some(len) = content_length.filter(|&len| len > limit64) {
        return Err(BodyError::TooLarge(len));
    }
    let expected = content_length.and_then(|n| usize::try_from(n).ok());
    let mut out = SecretBytes::with_capacity(expected.unwrap_or(0).min(limit));
    loop {
        let frame = match timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(BodyError::Timeout),
            Ok(None) => return Ok(out),
            Ok(Some(Err(e))) => return Err(BodyError::Broken(e.to_string())),
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        let len = out.len().saturating_add(data.len());
        if len > limit {
            out.zeroize();
            return Err(BodyError::TooLarge(u64::try_from(len).unwrap_or(u64::MAX)));
        }
        out.grow_for(len, limit);
        out.extend_from_slice(&data);
    }
}

/// One line of a JSON Lines body.
pub(super) enum Line {
    /// The line without its `\n` (a `\r` before it is kept: `check_line` strips it).
    Text(SecretBytes),
    /// A line over the limit, skipped to its end without being kept: its length.
    TooLong(usize),
}

/// The lines of a body, each read within its own deadline.
pub(super) struct Lines {
    body: Body,
    chunk: Bytes,
    ended: bool,
    limit: usize,
}

impl Lines {
    pub(super) fn new(body: Body, limit: usize) -> Self {
        Lines {
            body,
            chunk: Bytes::new(),
            ended: false,
            limit,
        }
    }

    /// The next line, which must arrive within `timeout`; `Ok(None)` at the end.
    pub(super) async fn next(&mut self, timeout: Duration) -> Result<Option<Line>, BodyError> {
        let deadline = Instant::now() + timeout;
        let mut buf = SecretBytes::default();
        let mut len = 0usize;
        let mut seen_any = false;
        loop {
            if self.chunk.is_empty() {
                if self.ended {
                    break;
                }
                match timeout_at(deadline, self.body.frame()).await {
                    Err(_) => return Err(BodyError::Timeout),
                    Ok(None) => {
                        self.ended = true;
                        continue;
                    }
                    Ok(Some(Err(e))) => return Err(BodyError::Broken(e.to_string())),
                    Ok(Some(Ok(frame))) => {
                        if let Ok(data) = frame.into_data() {
                            self.chunk = data;
                        }
                        continue;
                    }
                }
            }
            seen_any = true;
            let (take, end_of_line) = match memchr::memchr(b'\n', &self.chunk) {
                Some(i) => (i + 1, true),
                None => (self.chunk.len(), false),
            };
            let part = self.chunk.split_to(take);
            let part = part
                .get(..take - usize::from(end_of_line))
                .unwrap_or_default();
            len = len.saturating_add(part.len());
            // One byte over the limit may be the `\r` of a CRLF line.
            if len <= self.limit.saturating_add(1) {
                buf.grow_for(len, self.limit.saturating_add(1));
                buf.extend_from_slice(part);
            } else if !buf.is_empty() {
                buf = SecretBytes::default();
            }
            if end_of_line {
                break;
            }
        }
        if !seen_any {
            return Ok(None);
        }
        let trimmed = len - usize::from(len == buf.len() && buf.last() == Some(&b'\r'));
        Ok(Some(if trimmed > self.limit {
            Line::TooLong(len)
        } else {
            Line::Text(buf)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(chunks: &[&'static [u8]]) -> Body {
        let stream = futures_util::stream::iter(
            chunks
                .iter()
                .map(|c| Ok::<_, std::io::Error>(Bytes::from_static(c)))
                .collect::<Vec<_>>(),
        );
        Body::from_stream(stream)
    }

    async fn all_lines(chunks: &[&'static [u8]], limit: usize) -> Vec<Result<Vec<u8>, usize>> {
        let mut lines = Lines::new(body(chunks), limit);
        let mut out = Vec::new();
        while let Some(line) = lines.next(Duration::from_secs(5)).await.unwrap() {
            out.push(match line {
                Line::Text(t) => Ok(t.to_vec()),
                Line::TooLong(n) => Err(n),
            });
        }
        out
    }

    #[tokio::test]
    async fn lines_split_across_chunks_and_long_lines_are_skipped() {
        let got = all_lines(&[b"ab\r", b"\nxy\nccc", b"cccccc\n", b"\nd"], 4).await;
        assert_eq!(
            got,
            [
                Ok(b"ab\r".to_vec()),
                Ok(b"xy".to_vec()),
                Err(9),
                Ok(Vec::new()),
                Ok(b"d".to_vec())
            ]
        );
        assert!(all_lines(&[], 4).await.is_empty());
        // Exactly the limit, with and without a CR.
        let got = all_lines(&[b"abcd\r\nabcd\nabcde\n"], 4).await;
        assert_eq!(got, [Ok(b"abcd\r".to_vec()), Ok(b"abcd".to_vec()), Err(5)]);
    }

    #[tokio::test]
    async fn a_whole_body_stops_at_the_limit() {
        let deadline = Instant::now() + Duration::from_secs(5);
        let got = read_whole(body(&[b"abc", b"de"]), None, 5, deadline).await;
        assert_eq!(got.unwrap().as_slice(), b"abcde");
        let got = read_whole(body(&[b"abc", b"def", b"never read"]), None, 5, deadline).await;
        assert!(matches!(got, Err(BodyError::TooLarge(6))), "{got:?}");
        let got = read_whole(body(&[b"abc"]), Some(6), 5, deadline).await;
        assert!(matches!(got, Err(BodyError::TooLarge(6))), "{got:?}");
    }
}
