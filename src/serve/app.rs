//! What the server shares: its options, and the state every request handler reads (the
//! metrics, the `RequestId` source). The leaf of `serve`: the routes, the RPC form and the
//! metrics import it, and it imports only the metrics.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::metrics::Metrics;
use crate::check::{CheckOptions, UnixTime};

/// The default `--max-connections`.
pub(crate) const DEFAULT_MAX_CONNECTIONS: usize = 256;
/// The contract's time to receive a request.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The request head's buffer: hyper (through the `http` crate's `Uri`) refuses a
/// request target over 65,534 bytes with 414 whatever this says, so this leaves
/// room for that and the other headers. The SDKs put the whole upload in the query
/// string; a chain and key of tens of kilobytes fit.
pub(super) const MAX_HEAD_BYTES: usize = 128 << 10;

/// How `serve` listens and checks.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ServeOptions {
    /// The address to listen on (port 0: any free port; the bound one is passed to
    /// `ready`).
    pub listen: SocketAddr,
    /// The check options of `/v1/*` requests (their target is the default a request
    /// may override with `"Target"`); the RPC form applies `aliyun-slb`.
    pub check: CheckOptions,
    /// A fixed check time (reproducible dry runs); `None` checks at each request's
    /// arrival.
    pub at: Option<UnixTime>,
    /// Connections served at once.
    pub max_connections: usize,
    /// Time to receive a request's head, and then its body.
    pub request_timeout: Duration,
}

impl ServeOptions {
    /// Options with the contract's defaults: the generic target, the current time,
    /// 256 connections, 10 s.
    pub fn new(listen: SocketAddr) -> Self {
        ServeOptions {
            listen,
            check: CheckOptions::at(UnixTime::from_seconds(0)),
            at: None,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            request_timeout: REQUEST_TIMEOUT,
        }
    }
}

/// What every request handler shares.
pub(crate) struct App {
    pub(super) opts: ServeOptions,
    pub(super) metrics: Arc<Metrics>,
    pub(super) request_ids: RequestIds,
}

impl App {
    /// The `/v1/*` check options at this moment.
    pub(super) fn check_options(&self) -> CheckOptions {
        let mut opts = self.opts.check.clone();
        opts.at = self.opts.at.unwrap_or_else(UnixTime::now);
        opts
    }
}

/// `RequestId`s: UUID-shaped, different in every request and every run (keyed by
/// the process's random hasher seed), as the API's are.
pub(super) struct RequestIds {
    seed: RandomState,
    next: AtomicU64,
}

impl RequestIds {
    pub(super) fn new() -> Self {
        RequestIds {
            seed: RandomState::new(),
            next: AtomicU64::new(0),
        }
    }

    pub(super) fn next(&self) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let hi = self.seed.hash_one(n);
        let lo = self.seed.hash_one(!n);
        format!(
            "{:08X}-{:04X}-{:04X}-{:04X}-{:012X}",
            hi >> 32,
            (hi >> 16) & 0xffff,
            hi & 0xffff,
            lo >> 48,
            lo & 0xffff_ffff_ffff
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_uuid_shaped_and_differ() {
        let ids = RequestIds::new();
        let (a, b) = (ids.next(), ids.next());
        assert_ne!(a, b);
        let groups: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{a}");
        assert!(
            a.chars()
                .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
        );
    }
}
