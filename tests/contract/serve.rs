//! `certvet serve` (contract v1.1, "New commands"): the real binary on an ephemeral
//! 127.0.0.1 port, driven with an HTTP client (reqwest) and, for the bounds, raw
//! TCP. Every wait is bounded; every server is stopped when its test ends.

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use certvet::{CheckOptions, KEY_MISMATCH_MESSAGE, Target};
use serde_json::{Value, json};

use crate::support::{check_files, check_time, read};

/// A running `certvet serve` whose standard error is collected line by line.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_certvet"))
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--at",
                "2026-01-01T00:00:00Z",
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("certvet serve starts");
        let stderr = child.stderr.take().expect("piped stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel();
        let lines = Arc::clone(&log);
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.strip_prefix("certvet serve: listening on http://") {
                    let _ = tx.send(addr.parse::<SocketAddr>().expect("an address"));
                }
                lines.lock().unwrap().push(line);
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server prints its address");
        Server { child, addr, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Log lines of answered requests (not the start and stop lines).
    fn request_lines(&self) -> Vec<String> {
        self.log()
            .into_iter()
            .filter(|l| !l.contains("listening on") && !l.contains("stopping"))
            .collect()
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([format!("-{name}"), self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Wait (at most 30 s) for the process to exit.
    fn wait(&mut self) -> ExitStatus {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("the server did not exit within 30 s");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn text(rel: &str) -> String {
    String::from_utf8(read(rel)).unwrap()
}

/// POST a body; the status and the body as JSON.
fn post_json(server: &Server, path: &str, body: String) -> (u16, Value) {
    let response = client().post(server.url(path)).body(body).send().unwrap();
    let status = response.status().as_u16();
    let body = response.text().unwrap();
    (
        status,
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")),
    )
}

/// The library's report as JSON, with an `Id`.
fn report_json(report: &certvet::Report, id: Option<Value>) -> Value {
    let mut report = report.clone();
    report.id = id;
    serde_json::from_str(&report.to_json()).unwrap()
}

#[test]
fn check_answers_the_librarys_report() {
    let server = Server::start(&[]);
    let body = json!({"Id": "a", "ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("rsa2048/key.pkcs1.pem")});
    let (status, got) = post_json(&server, "/v1/check", body.to_string());
    assert_eq!(status, 200);
    let expected = check_files(
        "rsa2048/fullchain.pem",
        Some("rsa2048/key.pkcs1.pem"),
        None,
        Target::Generic,
    );
    assert!(expected.valid);
    assert_eq!(got, report_json(&expected, Some("a".into())));
    assert_eq!(
        got["Fingerprint"],
        "1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98"
    );

    // A request may carry its Target; without an Id the report has none.
    let body = json!({"ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("rsa2048/key.pkcs8.pem"), "Target": "aliyun-slb"});
    let (status, got) = post_json(&server, "/v1/check", body.to_string());
    assert_eq!(status, 200);
    let expected = check_files(
        "rsa2048/fullchain.pem",
        Some("rsa2048/key.pkcs8.pem"),
        None,
        Target::AliyunSlb,
    );
    assert_eq!(got, report_json(&expected, None));
    assert_eq!(got["Errors"][0]["Reason"], "KeyEncodingNotAccepted");

    // A mismatched key: 200 and the API's sentence.
    let body = json!({"ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("mismatch/other-rsa2048.pkcs1.pem")});
    let (status, got) = post_json(&server, "/v1/check", body.to_string());
    assert_eq!((status, &got["Valid"]), (200, &json!(false)));
    assert_eq!(got["Errors"][0]["Message"], KEY_MISMATCH_MESSAGE);

    // Not a request, and an unknown Target: 400 and the MalformedRequest report.
    for (body, message) in [
        ("{\"Id\": 1", None),
        (
            r#"{"Id": 4, "ServerCertificate": "x", "Target": "azure"}"#,
            Some("the line is not a request: Target 'azure': "),
        ),
    ] {
        let (status, got) = post_json(&server, "/v1/check", body.to_owned());
        assert_eq!(status, 400, "{got}");
        assert_eq!(got["Errors"][0]["Reason"], "MalformedRequest");
        assert_eq!(got["Valid"], false);
        if let Some(message) = message {
            assert!(
                got["Errors"][0]["Message"]
                    .as_str()
                    .unwrap()
                    .starts_with(message),
                "{got}"
            );
            assert_eq!(got["Id"], 4);
        }
    }
}

#[test]
fn batch_streams_each_lines_report_in_order() {
    let server = Server::start(&["--target", "aliyun-slb"]);
    let pair = |id: Value, cert: &str, key: &str| {
        json!({"Id": id, "ServerCertificate": text(cert), "PrivateKey": text(key)}).to_string()
    };
    let lines = [
        pair("a".into(), "rsa2048/fullchain.pem", "rsa2048/key.pkcs1.pem"),
        pair(7.into(), "rsa2048/fullchain.pem", "rsa2048/key.pkcs8.pem"),
        String::new(),
        "{not json".to_owned(),
        json!({"ServerCertificate": text("ec-p256/fullchain.pem"), "PrivateKey": text("ec-p256/key.pkcs8.pem"), "Target": "generic"}).to_string(),
        format!("{{\"Id\": \"big\", \"ServerCertificate\": \"{}\"}}", "A".repeat(certvet::BATCH_LINE_LIMIT)),
        pair("z".into(), "rsa2048/fullchain.pem", "mismatch/other-rsa2048.pkcs1.pem") + "\r",
    ];
    let body = lines.join("\n") + "\n";
    let response = client()
        .post(server.url("/v1/batch"))
        .body(body)
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/x-ndjson"
    );
    let out = response.text().unwrap();
    let got: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let slb = CheckOptions::at(check_time()).with_target(Target::AliyunSlb);
    let generic = CheckOptions::at(check_time());
    let mut expected = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        let opts = if line.contains("\"Target\":\"generic\"") {
            &generic
        } else {
            &slb
        };
        let report = certvet::batch::check_line(line.as_bytes(), i + 1, opts);
        expected.push(serde_json::from_str::<Value>(&report.to_json()).unwrap());
    }
    assert_eq!(got.len(), 6);
    assert_eq!(got, expected);
    let ids: Vec<&Value> = got.iter().map(|r| &r["Id"]).collect();
    assert_eq!(
        ids,
        [
            &json!("a"),
            &json!(7),
            &json!(4),
            &json!(5),
            &json!(6),
            &json!("z")
        ]
    );
    assert_eq!(got[0]["Valid"], true);
    assert_eq!(got[1]["Errors"][0]["Reason"], "KeyEncodingNotAccepted");
    assert_eq!(got[2]["Errors"][0]["Reason"], "MalformedRequest");
    assert_eq!(
        (&got[3]["Valid"], &got[3]["KeyAlgorithm"]),
        (&json!(true), &json!("EC"))
    );
    // The overlong line: InputTooLarge, its line number as Id.
    assert_eq!(got[4]["Errors"][0]["Reason"], "InputTooLarge");
    assert_eq!(got[5]["Errors"][0]["Message"], KEY_MISMATCH_MESSAGE);
}

/// The RPC form's parameters, URL-encoded.
fn rpc_query(cert: &str, key: &str) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("Action", "UploadServerCertificate")
        .append_pair("RegionId", "cn-hangzhou")
        .append_pair("ServerCertificate", &text(cert))
        .append_pair("PrivateKey", &text(key))
        .append_pair("AccessKeyId", "not-checked")
        .append_pair("Signature", "not-checked");
    q.finish()
}

#[test]
fn rpc_form_answers_as_the_api_does() {
    let server = Server::start(&[]);
    let http = client();
    // The SDKs' V3 form: every parameter in the query, the action in a header.
    let query = rpc_query("rsa2048/fullchain.pem", "rsa2048/key.pkcs1.pem").replacen(
        "Action=UploadServerCertificate&",
        "",
        1,
    );
    let response = http
        .post(server.url(&format!("/?{query}")))
        .header("x-acs-action", "UploadServerCertificate")
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let got: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    let mut fields: Vec<&str> = got
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "AliCloudCertificateId",
            "AliCloudCertificateName",
            "CommonName",
            "CreateTime",
            "CreateTimeStamp",
            "ExpireTime",
            "ExpireTimeStamp",
            "Fingerprint",
            "IsAliCloudCertificate",
            "RegionId",
            "RegionIdAlias",
            "RequestId",
            "ResourceGroupId",
            "ServerCertificateId",
            "ServerCertificateName",
            "SubjectAlternativeNames",
        ]
    );
    let report = check_files(
        "rsa2048/fullchain.pem",
        Some("rsa2048/key.pkcs1.pem"),
        None,
        Target::AliyunSlb,
    );
    assert!(report.valid);
    assert_eq!(
        got["Fingerprint"],
        "1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98"
    );
    assert_eq!(
        got["ServerCertificateId"],
        "1bf5f578e96721586cd5bea20b8039436ebba398"
    );
    assert_eq!(got["CommonName"], "rsa2048.example.com");
    assert_eq!(got["ServerCertificateName"], "rsa2048.example.com");
    assert_eq!(
        got["SubjectAlternativeNames"],
        json!({"SubjectAlternativeName": report.subject_alternative_names})
    );
    assert_eq!(got["ExpireTime"], "2035-01-01T00:00:00Z");
    assert_eq!(got["ExpireTimeStamp"], 2_051_222_400_000_i64);
    assert_eq!(got["CreateTime"], "2026-01-01T00:00:00Z");
    assert_eq!(got["CreateTimeStamp"], 1_767_225_600_000_i64);
    assert_eq!(
        (&got["RegionId"], &got["RegionIdAlias"]),
        (&json!("cn-hangzhou"), &json!("cn-hangzhou"))
    );
    assert_eq!(got["IsAliCloudCertificate"], 0);
    let request_id = got["RequestId"].as_str().unwrap();
    assert_eq!(request_id.len(), 36, "{request_id}");

    // A GET with Action in the query, a PKCS#8 key: 400, the first error, the report.
    let response = http
        .get(server.url(&format!(
            "/?{}",
            rpc_query("rsa2048/fullchain.pem", "rsa2048/key.pkcs8.pem")
        )))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let got: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    let report = check_files(
        "rsa2048/fullchain.pem",
        Some("rsa2048/key.pkcs8.pem"),
        None,
        Target::AliyunSlb,
    );
    let first = &report.errors[0];
    assert_eq!(
        got,
        json!({"RequestId": got["RequestId"], "HostId": "certvet", "Code": "InvalidParameter",
            "Message": first.message, "Recommend": first.hint, "Report": report_json(&report, None)})
    );
    assert_ne!(got["RequestId"], request_id);

    // A form body, a mismatched key: the API's sentence.
    let response = http
        .post(server.url("/"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(rpc_query(
            "rsa2048/fullchain.pem",
            "mismatch/other-rsa2048.pkcs1.pem",
        ))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let got: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    assert_eq!(got["Code"], "InvalidParameter");
    assert_eq!(got["Message"], KEY_MISMATCH_MESSAGE);
    assert_eq!(got["Report"]["Errors"][0]["Reason"], "KeyMismatch");

    // Any other action: 404 InvalidAction.NotFound.
    for (query, header) in [
        ("?Action=DescribeRegions", None),
        ("", Some("DeleteServerCertificate")),
        ("", None),
    ] {
        let mut request = http.post(server.url(&format!("/{query}")));
        if let Some(action) = header {
            request = request.header("x-acs-action", action);
        }
        let response = request.send().unwrap();
        assert_eq!(response.status().as_u16(), 404);
        let got: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
        assert_eq!(got["Code"], "InvalidAction.NotFound");
        assert_eq!(got["HostId"], "certvet");
    }
}

#[test]
fn healthz_metrics_and_a_log_line_without_keys_per_request() {
    let server = Server::start(&[]);
    let http = client();
    let health = http.get(server.url("/healthz")).send().unwrap();
    assert_eq!(health.status().as_u16(), 200);
    assert_eq!(health.text().unwrap(), "ok\n");
    let key = text("rsa2048/key.pkcs1.pem");
    let body = json!({"ServerCertificate": text("rsa2048/fullchain.pem"), "PrivateKey": key});
    assert_eq!(post_json(&server, "/v1/check", body.to_string()).0, 200);
    let body = json!({"ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("mismatch/other-rsa2048.pkcs1.pem")});
    assert_eq!(post_json(&server, "/v1/check", body.to_string()).0, 200);
    let query = rpc_query("rsa2048/fullchain.pem", "rsa2048/key.pkcs1.pem");
    let rpc = http.post(server.url(&format!("/?{query}"))).send().unwrap();
    assert_eq!(rpc.status().as_u16(), 200);
    let metrics = http
        .get(server.url("/metrics"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    for line in [
        "certvet_requests_total{endpoint=\"healthz\",outcome=\"ok\"} 1",
        "certvet_requests_total{endpoint=\"check\",outcome=\"valid\"} 1",
        "certvet_requests_total{endpoint=\"check\",outcome=\"invalid\"} 1",
        "certvet_requests_total{endpoint=\"rpc\",outcome=\"valid\"} 1",
        "certvet_reports_total{valid=\"true\"} 2",
        "certvet_reports_total{valid=\"false\"} 1",
        "certvet_report_reasons_total{reason=\"KeyMismatch\",severity=\"error\"} 1",
        "certvet_request_duration_seconds_count{endpoint=\"check\"} 2",
        "certvet_request_duration_seconds_bucket{le=\"+Inf\",endpoint=\"rpc\"} 1",
        "# TYPE certvet_request_duration_seconds histogram",
    ] {
        assert!(
            metrics.lines().any(|l| l == line),
            "{line} not in\n{metrics}"
        );
    }
    // The /metrics request itself is logged once its response is out: wait for it.
    let start = Instant::now();
    while server.request_lines().len() < 5 && start.elapsed() < Duration::from_secs(10) {
        thread::sleep(Duration::from_millis(20));
    }
    let lines = server.request_lines();
    let shapes: Vec<String> = lines
        .iter()
        .map(|l| l.rsplit_once(' ').unwrap().0.to_owned())
        .collect();
    assert_eq!(
        shapes,
        [
            "certvet serve: GET /healthz 200 ok reasons=-",
            "certvet serve: POST /v1/check 200 valid reasons=-",
            "certvet serve: POST /v1/check 200 invalid reasons=KeyMismatch",
            "certvet serve: POST / 200 valid reasons=-",
            "certvet serve: GET /metrics 200 ok reasons=-",
        ]
    );
    for line in &lines {
        assert!(line.ends_with("ms"), "{line}");
    }
    // No key bytes (raw or URL-encoded), no query string, in any line.
    let log = server.log().join("\n");
    let body_line = key.lines().nth(5).unwrap();
    let encoded: String = form_urlencoded::byte_serialize(body_line.as_bytes()).collect();
    for needle in [&body_line[..32], &encoded[..32], "PrivateKey", "?", "BEGIN"] {
        assert!(!log.contains(needle), "{needle:?} in the log:\n{log}");
    }
}

/// Send raw bytes, then read one response: its status line and its body (to
/// Content-Length or to the end). Waits at most `wait`.
fn raw_response(stream: &mut TcpStream, wait: Duration) -> (String, String) {
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let deadline = Instant::now() + wait;
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_string();
            let length = head.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length: ")
                    .map(|n| n.parse::<usize>().unwrap())
            });
            if length.is_some_and(|n| buf.len() >= end + 4 + n) {
                let body =
                    String::from_utf8_lossy(&buf[end + 4..end + 4 + length.unwrap()]).to_string();
                return (head.lines().next().unwrap().to_owned(), body);
            }
        }
        assert!(Instant::now() < deadline, "no whole response in {wait:?}");
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) => panic!("reading the response: {e}"),
        }
    }
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (
        head.lines().next().unwrap_or_default().to_owned(),
        body.to_owned(),
    )
}

#[test]
fn a_body_over_the_line_limit_is_refused_without_being_read() {
    let server = Server::start(&[]);
    let limit = certvet::BATCH_LINE_LIMIT;
    // Announced too large: answered at once, before the body is sent.
    for path in ["/v1/check", "/"] {
        let mut stream = TcpStream::connect(server.addr).unwrap();
        let form = if path == "/" {
            "Content-Type: application/x-www-form-urlencoded\r\n"
        } else {
            ""
        };
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: x\r\n{form}Content-Length: {}\r\n\r\n",
            limit + 1
        )
        .unwrap();
        let (status, body) = raw_response(&mut stream, Duration::from_secs(20));
        assert_eq!(status, "HTTP/1.1 413 Payload Too Large", "{body}");
        let got: Value = serde_json::from_str(&body).unwrap();
        let report = if path == "/" { &got["Report"] } else { &got };
        assert_eq!(report["Errors"][0]["Reason"], "InputTooLarge", "{got}");
        assert_eq!(
            report["Errors"][0]["Message"],
            format!(
                "the request body is over the limit of {limit} bytes ({} bytes or more)",
                limit + 1
            )
        );
        if path == "/" {
            assert_eq!(got["Code"], "InvalidParameter");
        }
    }
    // Chunked, no length: answered once the limit is passed, while the client
    // still holds the rest (the final chunk is never sent).
    let mut stream = TcpStream::connect(server.addr).unwrap();
    write!(
        stream,
        "POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    .unwrap();
    let chunk = vec![b' '; 64 << 10];
    let mut sent = 0;
    while sent <= limit {
        write!(stream, "{:x}\r\n", chunk.len()).unwrap();
        stream.write_all(&chunk).unwrap();
        stream.write_all(b"\r\n").unwrap();
        sent += chunk.len();
    }
    let (status, body) = raw_response(&mut stream, Duration::from_secs(20));
    assert_eq!(status, "HTTP/1.1 413 Payload Too Large", "{body}");
    let got: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(got["Errors"][0]["Reason"], "InputTooLarge");
}

#[test]
fn connections_past_the_cap_wait_for_a_free_one() {
    let server = Server::start(&["--max-connections", "2"]);
    // Two connections hold both slots with a head that is never finished.
    let mut holders: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = TcpStream::connect(server.addr).unwrap();
            s.write_all(b"GET /healthz HTTP/1.1\r\n").unwrap();
            s
        })
        .collect();
    // Let the server take both before the third arrives.
    thread::sleep(Duration::from_millis(300));
    let mut third = TcpStream::connect(server.addr).unwrap();
    third
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    third
        .set_read_timeout(Some(Duration::from_millis(700)))
        .unwrap();
    let mut byte = [0u8; 1];
    let err = third
        .read(&mut byte)
        .expect_err("no answer while both slots are held");
    assert!(
        matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
        "{err}"
    );
    // A slot frees: the waiting connection is served.
    drop(holders.remove(0));
    let (status, body) = raw_response(&mut third, Duration::from_secs(20));
    assert_eq!(
        (status.as_str(), body.as_str()),
        ("HTTP/1.1 200 OK", "ok\n")
    );
    drop(holders);
}

/// Send `bytes` one a second until the server closes the connection; how many
/// were sent by then (at most 25).
fn drip(addr: SocketAddr, head: &[u8], bytes: &[u8]) -> (usize, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(head).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(1000)))
        .unwrap();
    let mut answer = Vec::new();
    for (i, b) in bytes.iter().take(25).enumerate() {
        if stream.write_all(&[*b]).is_err() {
            return (i, String::from_utf8_lossy(&answer).to_string());
        }
        let mut buf = [0u8; 4096];
        match stream.read(&mut buf) {
            Ok(0) => return (i + 1, String::from_utf8_lossy(&answer).to_string()),
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return (i + 1, String::from_utf8_lossy(&answer).to_string()),
        }
    }
    (25, String::from_utf8_lossy(&answer).to_string())
}

#[test]
fn a_client_sending_a_byte_a_second_is_cut_off_and_holds_no_worker() {
    let server = Server::start(&["--max-connections", "3"]);
    let addr = server.addr;
    let slow_head = thread::spawn(move || drip(addr, b"POST /v1/check HTTP/1.1\r\n", &[b'X'; 40]));
    let slow_body = thread::spawn(move || {
        drip(
            addr,
            b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n",
            &[b' '; 40],
        )
    });
    // Meanwhile requests are answered.
    let body = json!({"Id": 1, "ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("rsa2048/key.pkcs1.pem")});
    for _ in 0..5 {
        let (status, got) = post_json(&server, "/v1/check", body.to_string());
        assert_eq!((status, &got["Valid"]), (200, &json!(true)));
        thread::sleep(Duration::from_millis(500));
    }
    let (head_sent, head_answer) = slow_head.join().unwrap();
    let (body_sent, body_answer) = slow_body.join().unwrap();
    // Cut off at 10 s: after several bytes, well before the 25th.
    assert!(
        (5..20).contains(&head_sent),
        "{head_sent} bytes of head: {head_answer}"
    );
    assert!(
        (5..20).contains(&body_sent),
        "{body_sent} bytes of body: {body_answer}"
    );
    assert!(
        body_answer.starts_with("HTTP/1.1 408 Request Timeout"),
        "{body_answer}"
    );
    assert!(
        body_answer.contains("the request body was not received within 10 s"),
        "{body_answer}"
    );
}

#[test]
fn sigterm_lets_the_request_in_flight_finish_then_exits() {
    let mut server = Server::start(&[]);
    let body = json!({"Id": "late", "ServerCertificate": text("rsa2048/fullchain.pem"),
        "PrivateKey": text("rsa2048/key.pkcs1.pem")})
    .to_string();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = TcpStream::connect(server.addr).unwrap();
    write!(
        stream,
        "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    // The request is in flight once the server has the head (a check of /healthz on
    // another connection orders it after the head was read).
    let health = client().get(server.url("/healthz")).send().unwrap();
    assert_eq!(health.status().as_u16(), 200);
    thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    let start = Instant::now();
    while !server.log().iter().any(|l| l.contains("stopping"))
        && start.elapsed() < Duration::from_secs(10)
    {
        thread::sleep(Duration::from_millis(20));
    }
    assert!(server.log().iter().any(|l| l.contains("stopping")));
    // No new connection is taken.
    assert!(
        TcpStream::connect(server.addr)
            .and_then(|mut s| {
                s.set_read_timeout(Some(Duration::from_secs(5)))?;
                s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")?;
                let mut b = [0u8; 1];
                match s.read(&mut b)? {
                    0 => Err(ErrorKind::UnexpectedEof.into()),
                    _ => Ok(()),
                }
            })
            .is_err()
    );
    stream.write_all(rest.as_bytes()).unwrap();
    let (status, answer) = raw_response(&mut stream, Duration::from_secs(20));
    assert_eq!(status, "HTTP/1.1 200 OK");
    let got: Value = serde_json::from_str(&answer).unwrap();
    assert_eq!((&got["Id"], &got["Valid"]), (&json!("late"), &json!(true)));
    let exit = server.wait();
    assert!(exit.success(), "{exit:?}");
}

#[test]
fn roots_apply_to_every_request() {
    let body = json!({"ServerCertificate": text("rsa2048/chain.pem")}).to_string();
    let reasons = |got: &Value| -> Vec<Value> {
        got["Warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["Reason"].clone())
            .collect()
    };
    let plain = Server::start(&[]);
    let (status, got) = post_json(&plain, "/v1/check", body.clone());
    assert_eq!(status, 200);
    assert!(reasons(&got).contains(&json!("ChainIncomplete")), "{got}");
    let roots = crate::support::testdata().join("ca/root-rsa.pem");
    let with_roots = Server::start(&["--roots", roots.to_str().unwrap()]);
    let (status, got) = post_json(&with_roots, "/v1/check", body);
    assert_eq!(status, 200);
    assert!(!reasons(&got).contains(&json!("ChainIncomplete")), "{got}");
    assert_eq!(got["ChainLength"], 2);
}
