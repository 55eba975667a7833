//! What `serve` tells operators: `/metrics` (requests by endpoint and outcome,
//! reports by reason, a latency histogram, open connections) and one log line per
//! request on standard error. Both are written when a request's [`Exchange`] is
//! dropped, which for a streamed batch is when its last report has gone out.

use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use axum::http::Method;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::error::{Reason, Severity};
use crate::report::Report;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    endpoint: &'static str,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EndpointLabels {
    endpoint: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
    severity: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ValidLabels {
    valid: &'static str,
}

/// The server's metrics and their registry.
pub(super) struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<EndpointLabels, Histogram>,
    reports: Family<ValidLabels, Counter>,
    reasons: Family<ReasonLabels, Counter>,
    connections: Gauge,
}

impl Metrics {
    pub(super) fn new() -> Self {
        let mut registry = Registry::with_prefix("certvet");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "requests",
            "HTTP requests answered, by endpoint and outcome",
            requests.clone(),
        );
        let latency = Family::<EndpointLabels, Histogram>::new_with_constructor(|| {
            // 16 buckets, each twice the last, from a tenth of a millisecond: one check up to a large batch.
            Histogram::new(exponential_buckets(0.0001, 2.0, 16))
        });
        registry.register(
            "request_duration_seconds",
            "Time from a request's head to its last response byte",
            latency.clone(),
        );
        let reports = Family::<ValidLabels, Counter>::default();
        registry.register("reports", "Reports made, by validity", reports.clone());
        let reasons = Family::<ReasonLabels, Counter>::default();
        registry.register(
            "report_reasons",
            "Reports carrying each reason, by severity",
            reasons.clone(),
        );
        let connections = Gauge::default();
        registry.register(
            "connections_open",
            "Connections being served",
            connections.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            reports,
            reasons,
            connections,
        }
    }

    pub(super) fn connection_opened(&self) {
        self.connections.inc();
    }

    pub(super) fn connection_closed(&self) {
        self.connections.dec();
    }

    /// The Prometheus (OpenMetrics) text.
    pub(super) fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String does not fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }

    /// Count a report and each of its reasons (once per report and severity).
    fn count_report(&self, report: &Report) {
        let valid = if report.valid { "true" } else { "false" };
        self.reports.get_or_create(&ValidLabels { valid }).inc();
        let mut seen: Vec<(Reason, Severity)> = Vec::new();
        for f in report.errors.iter().chain(&report.warnings) {
            if seen.contains(&(f.reason, f.severity)) {
                continue;
            }
            seen.push((f.reason, f.severity));
            let severity = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            self.reasons
                .get_or_create(&ReasonLabels {
                    reason: f.reason.as_str(),
                    severity,
                })
                .inc();
        }
    }
}

/// One request as it is answered: created by the routing layer, told its endpoint,
/// outcome and reports by the handler, and logged and counted when the last handle
/// to it drops.
#[derive(Clone)]
pub(crate) struct Exchange(Arc<ExchangeInner>);

struct ExchangeInner {
    metrics: Arc<Metrics>,
    method: Method,
    path: String,
    start: Instant,
    state: Mutex<State>,
}

struct State {
    endpoint: &'static str,
    outcome: &'static str,
    status: u16,
    reports: usize,
    /// Reasons of the reports, in first-seen order, with how many reports had each.
    reasons: Vec<(Reason, usize)>,
}

/// Log lines keep at most this much of a path (paths are the client's text).
const LOGGED_PATH_BYTES: usize = 200;

impl Exchange {
    pub(super) fn new(metrics: Arc<Metrics>, method: Method, path: &str) -> Self {
        let mut end = path.len().min(LOGGED_PATH_BYTES);
        while !path.is_char_boundary(end) {
            end -= 1;
        }
        Exchange(Arc::new(ExchangeInner {
            metrics,
            method,
            path: path.get(..end).unwrap_or_default().to_owned(),
            start: Instant::now(),
            state: Mutex::new(State {
                endpoint: "other",
                outcome: "not_found",
                status: 0,
                reports: 0,
                reasons: Vec::new(),
            }),
        }))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn endpoint(&self, endpoint: &'static str, outcome: &'static str) {
        let mut s = self.state();
        s.endpoint = endpoint;
        s.outcome = outcome;
    }

    pub(super) fn outcome(&self, outcome: &'static str) {
        self.state().outcome = outcome;
    }

    pub(super) fn status(&self, status: u16) {
        self.state().status = status;
    }

    /// A report was answered: count it and remember its reasons for the log line.
    pub(super) fn report(&self, report: &Report) {
        self.0.metrics.count_report(report);
        let mut s = self.state();
        s.reports += 1;
        let mut seen: Vec<Reason> = Vec::new();
        for f in report.errors.iter().chain(&report.warnings) {
            if seen.contains(&f.reason) {
                continue;
            }
            seen.push(f.reason);
            match s.reasons.iter_mut().find(|(r, _)| *r == f.reason) {
                Some((_, n)) => *n += 1,
                None => s.reasons.push((f.reason, 1)),
            }
        }
    }
}

impl Drop for ExchangeInner {
    fn drop(&mut self) {
        let elapsed = self.start.elapsed();
        let s = self.state.get_mut().unwrap_or_else(PoisonError::into_inner);
        let metrics = &self.metrics;
        metrics
            .requests
            .get_or_create(&RequestLabels {
                endpoint: s.endpoint,
                outcome: s.outcome,
            })
            .inc();
        metrics
            .latency
            .get_or_create(&EndpointLabels {
                endpoint: s.endpoint,
            })
            .observe(elapsed.as_secs_f64());
        let mut line = format!(
            "certvet serve: {} {} {} {}",
            self.method, self.path, s.status, s.outcome
        );
        if s.endpoint == "batch" {
            let _ = write!(line, " reports={}", s.reports);
        }
        line.push_str(" reasons=");
        if s.reasons.is_empty() {
            line.push('-');
        }
        for (i, (reason, n)) in s.reasons.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(reason.as_str());
            if s.endpoint == "batch" {
                let _ = write!(line, ":{n}");
            }
        }
        let _ = writeln!(line, " {:.3}ms", elapsed.as_secs_f64() * 1e3);
        // One write per line, so lines from many requests do not interleave.
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}
