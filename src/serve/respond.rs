//! What the HTTP form and the RPC form answer alike: work on rayon's pool, the
//! `Connection: close` response, the body's declared length, and the reports of a body
//! that was refused or did not arrive whole. Both route modules import it; it imports
//! neither.

use std::panic::AssertUnwindSafe;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use tokio::sync::oneshot;

use super::app::App;
use super::body::BodyError;
use crate::error::{Finding, Reason};
use crate::report::Report;

/// Run `work` on rayon's pool and wait for it without holding an I/O thread.
/// `None` if it panicked (a bug: the check answers every input with a report).
pub(super) async fn on_pool<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = oneshot::channel();
    rayon::spawn(move || {
        let _ = tx.send(std::panic::catch_unwind(AssertUnwindSafe(work)));
    });
    rx.await.ok()?.ok()
}

/// A response after which the connection is closed: its request body may be unread.
pub(super) fn closing(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

pub(super) fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// The `InputTooLarge` report of a body over the limit.
pub(super) fn too_large(len: u64, limit: usize) -> Report {
    Report::rejected(
        Finding::error(
            Reason::InputTooLarge,
            format!(
                "the request body is over the limit of {limit} bytes ({len} bytes or more)"
            ),
        )
        .with_hint("a request carries one certificate chain and one key; send several requests to /v1/batch as JSON Lines"),
    )
}

/// The report of a body that did not arrive whole.
pub(super) fn not_received(e: &BodyError, app: &App) -> Report {
    let message = match e {
        BodyError::Timeout => format!(
            "the request body was not received within {} s",
            app.opts.request_timeout.as_secs()
        ),
        BodyError::Broken(why) => format!("the request body could not be read: {why}"),
        BodyError::TooLarge(_) => "the request body is over the limit".to_owned(),
    };
    Report::rejected(Finding::error(Reason::MalformedRequest, message))
}

/// The status, the outcome label and the report of a body that was refused or did not
/// arrive whole: 413 over the limit, 408 too slow, 400 broken.
pub(super) fn refused(
    e: &BodyError,
    limit: usize,
    app: &App,
) -> (StatusCode, &'static str, Report) {
    match e {
        BodyError::TooLarge(len) => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            too_large(*len, limit),
        ),
        BodyError::Timeout => (StatusCode::REQUEST_TIMEOUT, "timeout", not_received(e, app)),
        BodyError::Broken(_) => (StatusCode::BAD_REQUEST, "malformed", not_received(e, app)),
    }
}
