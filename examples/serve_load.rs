//! A repeatable load test of `certvet serve` (run it with `examples/serve-load.sh`).
//!
//! Starts the given `certvet` binary as `serve` on an ephemeral 127.0.0.1 port and
//! drives it for a fixed time over keep-alive connections with a mix of valid and
//! invalid fullchain + key requests (`POST /v1/check`). Then it runs `certvet
//! batch` over the same requests and prints one table: requests/s, latency
//! percentiles, errors, the server's resident memory at the start and the end, and
//! reports per CPU-second of the server process (from /proc, since the load
//! generator shares the machine) against `certvet batch`'s on the same requests.
//! Loopback only; bounded in time (the run stops by itself) and in count.
//!
//! Usage: serve_load CERTVET_BIN [SECONDS] [CONNECTIONS]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// The request mix: (certificate, key, what certvet answers).
const MIX: &[(&str, &str, &str)] = &[
    ("rsa2048/fullchain.pem", "rsa2048/key.pkcs1.pem", "valid"),
    ("ec-p256/fullchain.pem", "ec-p256/key.pkcs8.pem", "valid"),
    ("rsa4096/fullchain.pem", "rsa4096/key.pkcs1.pem", "valid"),
    ("ec-p384/fullchain.pem", "ec-p384/key.pkcs8.pem", "valid"),
    (
        "rsa2048/fullchain.pem",
        "mismatch/other-rsa2048.pkcs1.pem",
        "KeyMismatch",
    ),
    (
        "ec-p256/fullchain.pem",
        "mismatch/other-ec-p256.pkcs8.pem",
        "KeyMismatch",
    ),
    ("dates/expired.pem", "dates/key.pkcs8.pem", "Expired"),
    (
        "rsa2048/fullchain.pem",
        "rsa2048/key.pkcs8-aes128.pem",
        "EncryptedPrivateKey",
    ),
];
/// The most requests one connection sends (a bound beside the time).
const MAX_PER_CONNECTION: usize = 2_000_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(bin) = args.get(1) else {
        eprintln!("usage: serve_load CERTVET_BIN [SECONDS] [CONNECTIONS]");
        std::process::exit(2);
    };
    let seconds: u64 = args.get(2).map_or(30, |s| s.parse().expect("SECONDS"));
    let connections: usize = args.get(3).map_or(64, |s| s.parse().expect("CONNECTIONS"));
    let testdata = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let read = |rel: &str| std::fs::read_to_string(testdata.join(rel)).expect(rel);
    let bodies: Vec<String> = MIX
        .iter()
        .enumerate()
        .map(|(i, (cert, key, _))| {
            serde_json::json!({"Id": i, "ServerCertificate": read(cert), "PrivateKey": read(key)})
                .to_string()
        })
        .collect();

    // The server, its stderr (one line per request) drained by a thread.
    let mut server = Command::new(bin)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--at",
            "2026-01-01T00:00:00Z",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("certvet serve starts");
    let pid = server.id();
    let mut stderr = BufReader::new(server.stderr.take().expect("stderr"));
    let mut first = String::new();
    stderr.read_line(&mut first).expect("the address line");
    let addr = first
        .trim()
        .strip_prefix("certvet serve: listening on http://")
        .expect("certvet serve: listening on http://ADDR")
        .to_owned();
    let drain = std::thread::spawn(move || {
        let mut lines = 0usize;
        let mut line = String::new();
        while stderr.read_line(&mut line).is_ok_and(|n| n > 0) {
            lines += 1;
            line.clear();
        }
        lines
    });
    let rss_idle = proc_status_kb(pid, "VmRSS:");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let cpu_before = proc_cpu_seconds(pid);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let early = started + Duration::from_secs(seconds.min(5));
    let (results, rss_early) = runtime.block_on(async {
        let tasks: Vec<_> = (0..connections)
            .map(|c| tokio::spawn(connection(addr.clone(), bodies.clone(), c, deadline)))
            .collect();
        tokio::time::sleep_until(early.into()).await;
        let rss_early = proc_status_kb(pid, "VmHWM:");
        let mut results = Vec::new();
        for t in tasks {
            results.push(t.await.expect("a load task"));
        }
        (results, rss_early)
    });
    let elapsed = started.elapsed().as_secs_f64();
    let cpu_serve = proc_cpu_seconds(pid) - cpu_before;
    let rss_end = proc_status_kb(pid, "VmHWM:");
    let mut latencies: Vec<u32> = results.iter().flat_map(|r| r.0.iter().copied()).collect();
    let errors: usize = results.iter().map(|r| r.1).sum();
    let requests = latencies.len();
    latencies.sort_unstable();
    let pct = |per_mille: usize| {
        let i = latencies.len().saturating_sub(1) * per_mille / 1000;
        f64::from(latencies.get(i).copied().unwrap_or(0)) / 1000.0
    };
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let status = server.wait().expect("the server exits");
    let logged = drain.join().unwrap_or(0);

    // `certvet batch` over the same requests, as many as the server answered.
    let jsonl =
        std::env::temp_dir().join(format!("certvet-serve-load-{}.jsonl", std::process::id()));
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&jsonl).expect("temp file"));
        for i in 0..requests.max(1) {
            writeln!(f, "{}", bodies[i % bodies.len()]).expect("write");
        }
    }
    let batch_start = Instant::now();
    let batch = Command::new(bin)
        .args(["batch", "--at", "2026-01-01T00:00:00Z"])
        .arg(&jsonl)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("certvet batch starts");
    // Read its CPU time while it is a zombie: after it exits, before it is reaped.
    let cpu_batch = zombie_cpu_seconds(batch.id(), Duration::from_secs(600));
    let mut batch = batch;
    let _ = batch.wait();
    let batch_wall = batch_start.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&jsonl);

    let serve_rate = requests as f64 / cpu_serve;
    let batch_rate = requests as f64 / cpu_batch;
    println!("| measure | value |");
    println!("|---|---|");
    println!("| duration, connections | {elapsed:.1} s, {connections} |");
    println!(
        "| requests (mix of {} kinds, {} valid) | {requests} |",
        MIX.len(),
        MIX.iter().filter(|m| m.2 == "valid").count()
    );
    println!("| requests/s | {:.0} |", requests as f64 / elapsed);
    println!(
        "| latency p50 / p99 / max | {:.2} / {:.2} / {:.2} ms |",
        pct(500),
        pct(990),
        pct(1000)
    );
    println!("| errors (non-200 or transport) | {errors} |");
    println!(
        "| server RSS idle / peak at {}s / peak at end | {} / {} / {} KiB ({:.2}x) |",
        seconds.min(5),
        rss_idle,
        rss_early,
        rss_end,
        rss_end as f64 / rss_early.max(1) as f64
    );
    println!("| server CPU during the run | {cpu_serve:.2} s |");
    println!("| serve: reports per CPU-second | {serve_rate:.0} |");
    println!(
        "| batch: reports per CPU-second (same {requests} requests; {cpu_batch:.2} s CPU, {batch_wall:.1} s wall) | {batch_rate:.0} |"
    );
    println!(
        "| serve / batch | {:.0} % |",
        100.0 * serve_rate / batch_rate
    );
    println!("| log lines / server exit | {logged} / {status} |");
}

/// One keep-alive connection sending requests until `deadline`: latencies in µs
/// and the count of errors.
async fn connection(
    addr: String,
    bodies: Vec<String>,
    c: usize,
    deadline: Instant,
) -> (Vec<u32>, usize) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut n = c;
    'reconnect: while Instant::now() < deadline && latencies.len() < MAX_PER_CONNECTION {
        let Ok(stream) = TcpStream::connect(&addr).await else {
            errors += 1;
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let Ok((mut sender, conn)) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
        else {
            errors += 1;
            continue;
        };
        tokio::spawn(conn);
        while Instant::now() < deadline && latencies.len() < MAX_PER_CONNECTION {
            let body = bodies[n % bodies.len()].clone();
            n += 1;
            let request = hyper::Request::post("/v1/check")
                .header("host", &addr)
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .expect("a request");
            let start = Instant::now();
            let Ok(response) = sender.send_request(request).await else {
                errors += 1;
                continue 'reconnect;
            };
            let ok = response.status() == 200;
            if response.into_body().collect().await.is_err() || !ok {
                errors += 1;
                continue 'reconnect;
            }
            latencies.push(u32::try_from(start.elapsed().as_micros()).unwrap_or(u32::MAX));
        }
    }
    (latencies, errors)
}

/// A `/proc/PID/status` field in kB.
fn proc_status_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

/// `/proc/PID/stat`'s state and utime + stime, in seconds.
fn proc_stat(pid: u32) -> Option<(char, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 here.
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some((state, ticks / clock_ticks()))
}

fn proc_cpu_seconds(pid: u32) -> f64 {
    proc_stat(pid).map_or(0.0, |s| s.1)
}

fn zombie_cpu_seconds(pid: u32, wait: Duration) -> f64 {
    let start = Instant::now();
    while start.elapsed() < wait {
        match proc_stat(pid) {
            Some(('Z', cpu)) => return cpu,
            Some(_) => std::thread::sleep(Duration::from_millis(5)),
            None => break,
        }
    }
    f64::NAN
}

fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok())
        .unwrap_or(100.0)
}
