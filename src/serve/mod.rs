//! `certvet serve` (contract v1.1, "New commands"): the pre-flight as a local HTTP
//! endpoint. `POST /v1/check` takes one request body and answers its report,
//! `POST /v1/batch` takes JSON Lines and streams the reports back in order, `/`
//! speaks the Alibaba Cloud RPC form of `UploadServerCertificate` (its success and
//! error bodies, so the official SDKs can be pointed at it), and `/healthz` and
//! `/metrics` serve operators.
//!
//! hyper (driven through hyper-util, so its limits and graceful shutdown can be set)
//! speaks HTTP/1.1; axum routes. Checks run on rayon's pool, never on the I/O
//! threads, so a slow client or a slow check holds neither.
//!
//! The bounds: a body over the batch line limit is refused with 413 as soon as its
//! `Content-Length` or its first bytes over the limit say so; at most
//! `max_connections` connections are served (more wait in the listen backlog); a
//! request head must arrive within `request_timeout` (hyper's header timer, which
//! also closes idle keep-alive connections), and then its body within
//! `request_timeout` (each line of a `/v1/batch` body within `request_timeout`: a
//! batch is paced by its checks, not its client); SIGTERM or SIGINT stops
//! accepting, lets the requests in flight finish and closes idle connections (a
//! second signal exits at once). One log line per request goes to standard error:
//! method, path without its query, status, reasons, duration — never a body or a
//! query string, which carry keys.

use std::io;
use std::net::SocketAddr;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub use self::app::ServeOptions;
use self::app::{App, MAX_HEAD_BYTES, RequestIds};

mod app;
mod body;
mod metrics;
mod respond;
mod routes;
mod rpc;

/// Serve until SIGTERM or SIGINT; `ready` is told the bound address once the
/// socket listens. Blocks the calling thread.
///
/// # Errors
/// The runtime cannot start or the address cannot be bound.
pub fn serve(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> io::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("certvet-serve")
        .build()?
        .block_on(run(opts, ready))
}

async fn run(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> io::Result<()> {
    let listener = TcpListener::bind(opts.listen).await?;
    ready(listener.local_addr()?);
    let permits = Arc::new(Semaphore::new(opts.max_connections.max(1)));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(opts.request_timeout)
        .max_buf_size(MAX_HEAD_BYTES);
    let app = Arc::new(App {
        metrics: Arc::new(metrics::Metrics::new()),
        request_ids: RequestIds::new(),
        opts,
    });
    let router = routes::router(Arc::clone(&app));
    let graceful = GracefulShutdown::new();
    let mut stop = pin!(stop_signal());
    loop {
        // A slot first, then a connection: past the cap, clients wait in the backlog.
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => permit.map_err(io::Error::other)?,
            () = &mut stop => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait, do not spin.
                    eprintln!("certvet serve: accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Responses are written whole; Nagle would only delay them.
        let _ = stream.set_nodelay(true);
        let conn = http.serve_connection(
            TokioIo::new(stream),
            TowerToHyperService::new(router.clone()),
        );
        let conn = graceful.watch(conn);
        let app = Arc::clone(&app);
        tokio::spawn(async move {
            app.metrics.connection_opened();
            // A connection that fails (reset, head timeout) has nothing to tell.
            let _ = conn.await;
            app.metrics.connection_closed();
            drop(permit);
        });
    }
    drop(listener);
    eprintln!("certvet serve: stopping: finishing the requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = stop_signal() => eprintln!("certvet serve: second signal: not waiting"),
    }
    Ok(())
}

/// SIGTERM or SIGINT (Ctrl-C).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
