//! The routes: `/v1/check`, `/v1/batch`, `/healthz`, `/metrics`, and `/` for the
//! RPC form ([`super::rpc`]). Every request goes through [`observe`], which makes
//! its [`Exchange`] (the log line and the request metrics).

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Extension, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use super::app::App;
use super::body::{BodyError, Line, Lines, read_whole};
use super::metrics::Exchange;
use super::respond::{closing, content_length, on_pool, refused};
use crate::batch;
use crate::check::CheckOptions;
use crate::error::{Finding, Reason};
use crate::report::Report;
use crate::target::Target;

/// Lines of one `/v1/batch` request checked or waiting to be written at once:
/// enough to keep the pool busy, few enough to bound a request's memory.
const BATCH_IN_FLIGHT: usize = 32;

pub(super) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v1/check", post(check))
        .route("/v1/batch", post(batch))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/", get(super::rpc::rpc).post(super::rpc::rpc))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&app), observe))
        .with_state(app)
}

/// Make the request's [`Exchange`]; it logs when the response (or its stream) is done.
async fn observe(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let exchange = Exchange::new(
        Arc::clone(&app.metrics),
        req.method().clone(),
        req.uri().path(),
    );
    req.extensions_mut().insert(exchange.clone());
    let response = next.run(req).await;
    exchange.status(response.status().as_u16());
    response
}

fn json(status: StatusCode, body: String) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

fn malformed_target(message: String) -> Finding {
    Finding::error(
        Reason::MalformedRequest,
        format!("the line is not a request: Target {message}"),
    )
    .with_hint("Target is one of generic, aliyun-slb, aws-acm, gcp")
}

/// The check options of one request body: `base` with the body's `"Target"`, if it
/// carries one. `Err` holds the report of a `Target` that is not one; its `Id` is the
/// body's, when it has one.
fn request_options(body: &[u8], base: &CheckOptions) -> Result<CheckOptions, Box<Report>> {
    // Most bodies carry no Target: skip the second parse for them.
    if memchr::memmem::find(body, b"\"Target\"").is_none() {
        return Ok(base.clone());
    }
    #[derive(Deserialize)]
    struct TargetOnly {
        #[serde(rename = "Id")]
        id: Option<serde_json::Value>,
        #[serde(rename = "Target")]
        target: Option<serde_json::Value>,
    }
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    // A body that is not JSON is the batch parser's to report.
    let Ok(TargetOnly { id, target }) = serde_json::from_slice(body) else {
        return Ok(base.clone());
    };
    let finding = match target {
        None | Some(serde_json::Value::Null) => return Ok(base.clone()),
        Some(serde_json::Value::String(name)) => match name.parse::<Target>() {
            Ok(target) => return Ok(base.clone().with_target(target)),
            Err(e) => malformed_target(format!("'{name}': {e}")),
        },
        Some(_) => malformed_target("is not a string".to_owned()),
    };
    let mut report = Report::rejected(finding);
    report.id = id.filter(|id| id.is_string() || id.is_number());
    Err(Box::new(report))
}

/// `POST /v1/check`: one request body → its report.
async fn check(
    State(app): State<Arc<App>>,
    Extension(log): Extension<Exchange>,
    req: Request,
) -> Response {
    log.endpoint("check", "valid");
    let limit = app.opts.check.limits.batch_line_bytes;
    let length = content_length(req.headers());
    let deadline = Instant::now() + app.opts.request_timeout;
    let body = match read_whole(req.into_body(), length, limit, deadline).await {
        Ok(body) => body,
        Err(e) => {
            let (status, outcome, report) = refused(&e, limit, &app);
            log.outcome(outcome);
            log.report(&report);
            return closing(json(status, report.to_json()));
        }
    };
    let opts = app.check_options();
    let answer = on_pool(move || {
        let report = match request_options(&body, &opts) {
            Err(report) => *report,
            Ok(opts) => match batch::parse_request(&body) {
                Ok(request) => {
                    let mut report = request.check(1, &opts);
                    report.id.clone_from(&request.id);
                    report
                }
                Err(finding) => {
                    let mut report = Report::rejected(finding);
                    report.id = None;
                    report
                }
            },
        };
        let json = report.to_json();
        (report, json)
    })
    .await;
    let Some((report, body)) = answer else {
        log.outcome("error");
        return json(StatusCode::INTERNAL_SERVER_ERROR, String::new());
    };
    log.report(&report);
    let status = if report.has_error(Reason::MalformedRequest) {
        log.outcome("malformed");
        StatusCode::BAD_REQUEST
    } else {
        log.outcome(if report.valid { "valid" } else { "invalid" });
        StatusCode::OK
    };
    json(status, body)
}

/// One line's report, made on the pool.
struct Done {
    report: Report,
    json: String,
}

/// Check one batch line on the pool; the receiver gets its report.
fn check_line_on_pool(
    line: Line,
    number: usize,
    opts: &CheckOptions,
) -> oneshot::Receiver<Option<Done>> {
    let (tx, rx) = oneshot::channel();
    let opts = opts.clone();
    rayon::spawn(move || {
        let done = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let report = match line {
                Line::TooLong(len) => batch::over_limit(number, len, opts.limits.batch_line_bytes),
                Line::Text(text) => match request_options(&text, &opts) {
                    Ok(opts) => batch::check_line(&text, number, &opts),
                    Err(report) => {
                        let mut report = *report;
                        report.id.get_or_insert_with(|| number.into());
                        report
                    }
                },
            };
            let mut json = report.to_json();
            json.push('\n');
            Done { report, json }
        }));
        let _ = tx.send(done.ok());
    });
    rx
}

/// `POST /v1/batch`: JSON Lines in, the reports out as JSON Lines, in order, each
/// sent as soon as it and those before it are done. A line over the limit gets
/// its `InputTooLarge` report and the batch goes on; a body that stops arriving
/// (a line not received in time, a broken connection) ends the response with an
/// error, so the client sees it was cut short.
async fn batch(
    State(app): State<Arc<App>>,
    Extension(log): Extension<Exchange>,
    req: Request,
) -> Response {
    log.endpoint("batch", "valid");
    let opts = app.check_options();
    let timeout = app.opts.request_timeout;
    let mut lines = Lines::new(req.into_body(), opts.limits.batch_line_bytes);
    let (tx, rx) =
        mpsc::channel::<Result<oneshot::Receiver<Option<Done>>, BodyError>>(BATCH_IN_FLIGHT);
    tokio::spawn(async move {
        let mut number = 0usize;
        loop {
            let job = match lines.next(timeout).await {
                Ok(None) => break,
                Ok(Some(line)) => {
                    number += 1;
                    if matches!(&line, Line::Text(t) if t.trim_ascii().is_empty()) {
                        continue;
                    }
                    Ok(check_line_on_pool(line, number, &opts))
                }
                Err(e) => Err(e),
            };
            let failed = job.is_err();
            // The response was dropped (the client left): stop reading.
            if tx.send(job).await.is_err() || failed {
                break;
            }
        }
    });
    let stream = futures_util::stream::unfold((rx, log), |(mut rx, log)| async move {
        let item = match rx.recv().await? {
            Ok(job) => match job.await {
                Ok(Some(done)) => {
                    log.report(&done.report);
                    if !done.report.valid {
                        log.outcome("invalid");
                    }
                    Ok(Bytes::from(done.json))
                }
                _ => {
                    log.outcome("error");
                    Err(std::io::Error::other("a check failed"))
                }
            },
            Err(e) => {
                log.outcome(match e {
                    BodyError::Timeout => "timeout",
                    _ => "aborted",
                });
                Err(std::io::Error::other(format!(
                    "the request body stopped: {e:?}"
                )))
            }
        };
        Some((item, (rx, log)))
    });
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-ndjson"),
        )],
        Body::from_stream(stream),
    )
        .into_response()
}

/// `GET /healthz`.
async fn healthz(Extension(log): Extension<Exchange>) -> &'static str {
    log.endpoint("healthz", "ok");
    "ok\n"
}

/// `GET /metrics`: Prometheus text.
async fn metrics(State(app): State<Arc<App>>, Extension(log): Extension<Exchange>) -> Response {
    log.endpoint("metrics", "ok");
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
        )],
        app.metrics.encode(),
    )
        .into_response()
}

async fn not_found() -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        "not found: POST /v1/check, POST /v1/batch, GET|POST /?Action=UploadServerCertificate, GET /healthz, GET /metrics\n",
    )
}
