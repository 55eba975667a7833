//! Secrets: no public type that can hold key material shows it in `{:?}`, and no
//! report (JSON, text, finding message or hint) ever quotes key bytes, as base64
//! or as hex.

use std::collections::HashSet;

use base64::Engine as _;
use certvet::{CheckInput, CheckOptions, Report, Target};

use crate::support::{check_time, manifest, password, read};

/// Secret windows of one key: 16-character windows of its base64 body and the
/// 32-hex-digit (16-byte) windows of its DER and of its decrypted DER.
struct Secret {
    name: String,
    b64: HashSet<String>,
    hex: HashSet<String>,
}

const WINDOW: usize = 16;

fn windows_of(text: &str, len: usize) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    (0..=bytes.len().saturating_sub(len)).filter_map(move |i| text.get(i..i + len))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Secret {
    fn new(name: &str, file: &[u8], decrypted_der: Option<&[u8]>) -> Self {
        let mut ders: Vec<Vec<u8>> = Vec::new();
        let body: String = if file.first() == Some(&0x30) {
            ders.push(file.to_vec());
            base64::engine::general_purpose::STANDARD.encode(file)
        } else {
            let text = String::from_utf8_lossy(file);
            let mut body = String::new();
            let mut inside = false;
            for line in text.lines() {
                let line = line.trim_start_matches('\u{feff}').trim();
                if line.starts_with("-----BEGIN") {
                    inside = true;
                } else if line.starts_with("-----END") {
                    inside = false;
                } else if inside && !line.contains(':') {
                    body.push_str(line);
                }
            }
            if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(&body) {
                ders.push(der);
            }
            body
        };
        if let Some(d) = decrypted_der {
            ders.push(d.to_vec());
        }
        assert!(body.len() >= 60, "{name}: no key body found");
        let mut b64: HashSet<String> = windows_of(&body, WINDOW).map(str::to_owned).collect();
        let mut hexes = HashSet::new();
        for der in &ders {
            let h = hex(der);
            hexes.extend(windows_of(&h, 2 * WINDOW).map(str::to_owned));
            let enc = base64::engine::general_purpose::STANDARD.encode(der);
            b64.extend(windows_of(&enc, WINDOW).map(str::to_owned));
        }
        Secret {
            name: name.to_owned(),
            b64,
            hex: hexes,
        }
    }

    /// Panics when `text` shows a window of the key.
    fn assert_absent(&self, what: &str, text: &str) {
        for w in windows_of(text, WINDOW) {
            assert!(
                !self.b64.contains(w),
                "{}: {what} shows key base64 {w:?}",
                self.name
            );
        }
        let flat: String = text
            .chars()
            .filter(|c| c.is_ascii_hexdigit())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        for w in windows_of(&flat, 2 * WINDOW) {
            assert!(
                !self.hex.contains(w),
                "{}: {what} shows key hex {w}",
                self.name
            );
        }
    }

    fn assert_report_clean(&self, what: &str, report: &Report) {
        self.assert_absent(&format!("{what} JSON"), &report.to_json());
        self.assert_absent(&format!("{what} text"), &report.to_text());
        self.assert_absent(&format!("{what} Debug"), &format!("{report:?}"));
        for f in report.errors.iter().chain(&report.warnings) {
            self.assert_absent(&format!("{what} message"), &f.message);
            if let Some(h) = &f.hint {
                self.assert_absent(&format!("{what} hint"), h);
            }
        }
    }
}

/// The plaintext PKCS#8 DER of an encrypted key, as OpenSSL opens it.
fn decrypt(file: &[u8], der: bool, pw: &[u8]) -> Option<Vec<u8>> {
    let key = if der {
        openssl::pkey::PKey::private_key_from_pkcs8_passphrase(file, pw).ok()?
    } else {
        openssl::pkey::PKey::private_key_from_pem_passphrase(file, pw).ok()?
    };
    key.private_key_to_pkcs8().ok()
}

struct KeyCase {
    name: String,
    key: Vec<u8>,
    cert: Vec<u8>,
    password: Option<Vec<u8>>,
    secret: Secret,
}

fn key_cases() -> Vec<KeyCase> {
    let keys = manifest()["keys"].as_object().expect("keys");
    let mut out = Vec::new();
    for (name, meta) in keys {
        let Some(cert) = meta["cert"].as_str() else {
            continue;
        };
        // The oversized and hostile-KDF fixtures are the limits tests' business.
        if name.contains("too-large")
            || name.contains("size-limit")
            || name.starts_with("tampered/pbes2-huge")
            || name.starts_with("tampered/scrypt-huge")
        {
            continue;
        }
        let key = read(name);
        let password = meta["password_file"].as_str().map(password);
        let der = meta["der"].as_bool().unwrap_or(false);
        let decrypted = password.as_deref().and_then(|pw| decrypt(&key, der, pw));
        let secret = Secret::new(name, &key, decrypted.as_deref());
        out.push(KeyCase {
            name: name.clone(),
            key,
            cert: read(cert),
            password,
            secret,
        });
    }
    out
}

#[test]
fn no_key_material_in_debug_reports_or_messages() {
    let cases = key_cases();
    let encodings: HashSet<&str> = manifest()["keys"]
        .as_object()
        .unwrap()
        .values()
        .filter(|m| !m["cert"].is_null())
        .filter_map(|m| m["encoding"].as_str())
        .collect();
    for want in [
        "PKCS#1",
        "PKCS#8",
        "SEC1",
        "PKCS#8-encrypted",
        "PEM-encrypted",
    ] {
        assert!(encodings.contains(want), "no {want} key fixture");
    }
    assert!(cases.len() >= 40, "only {} key fixtures", cases.len());
    let opts = CheckOptions::at(check_time());
    let (mut checked, mut fixes) = (0usize, 0usize);
    for case in &cases {
        let started = std::time::Instant::now();
        let s = &case.secret;
        let mut input = CheckInput::new(&case.cert).with_key(&case.key);
        if let Some(pw) = &case.password {
            input = input.with_password(pw);
        }
        let dbg = format!("{input:?}");
        s.assert_absent("CheckInput Debug", &dbg);
        assert!(
            !dbg.contains("correct horse"),
            "{}: password in Debug",
            case.name
        );

        let report = certvet::check(&input, &opts);
        s.assert_report_clean("check", &report);
        // fix under aliyun-slb rewrites the key as unencrypted PKCS#1.
        match certvet::fix(&input, &opts.clone().with_target(Target::AliyunSlb)) {
            Ok(fixed) => {
                let dbg = format!("{fixed:?}");
                s.assert_absent("Fixed Debug", &dbg);
                if let Some(pem) = &fixed.key_pem {
                    // The rewritten key is key material too.
                    let written = Secret::new(&case.name, pem.as_bytes(), None);
                    written.assert_absent("Fixed Debug", &dbg);
                    written.assert_report_clean("fix", &fixed.report);
                    fixes += 1;
                }
                s.assert_report_clean("fix", &fixed.report);
            }
            Err(report) => s.assert_report_clean("fix refusal", &report),
        }
        // Without a password and with a wrong one.
        if case.password.is_some() {
            let no_pw = CheckInput::new(&case.cert).with_key(&case.key);
            s.assert_report_clean("no password", &certvet::check(&no_pw, &opts));
            let wrong = no_pw.with_password(b"wrong password");
            s.assert_report_clean("wrong password", &certvet::check(&wrong, &opts));
        }

        // As a batch request (DER keys cannot ride in a JSON string).
        if std::str::from_utf8(&case.key).is_ok() {
            let mut line = serde_json::json!({
                "Id": case.name,
                "ServerCertificate": String::from_utf8_lossy(&case.cert),
                "PrivateKey": String::from_utf8_lossy(&case.key),
            });
            if let Some(pw) = &case.password {
                line["Password"] = String::from_utf8_lossy(pw).into();
            }
            let line = serde_json::to_vec(&line).unwrap();
            let request = certvet::batch::parse_request(&line).unwrap();
            let dbg = format!("{request:?}");
            s.assert_absent("BatchRequest Debug", &dbg);
            assert!(
                !dbg.contains("correct horse"),
                "{}: password in Debug",
                case.name
            );
            // The batch report is check's; run it where the password rides in JSON.
            if case.password.is_some() {
                let report = certvet::batch::check_line(&line, 1, &opts);
                s.assert_report_clean("batch", &report);
            }
        }
        checked += 1;
        if std::env::var_os("SECRETS_TIMING").is_some() {
            eprintln!("{} {:?}", case.name, started.elapsed());
        }
    }
    eprintln!("secrets: {checked} key fixtures checked in every output, {fixes} rewritten keys");
    assert!(fixes >= 10, "only {fixes} keys were rewritten by fix");
}

#[test]
fn key_given_as_certificate_is_not_quoted() {
    // A key pasted where the certificate goes: the report must not echo it.
    let opts = CheckOptions::at(check_time());
    for name in [
        "rsa2048/key.pkcs1.pem",
        "ec-p256/key.sec1.pem",
        "ed25519/key.pkcs8.pem",
        "rsa2048/key.pkcs8.der",
    ] {
        let key = read(name);
        let secret = Secret::new(name, &key, None);
        let report = certvet::check(&CheckInput::new(&key).with_key(&key), &opts);
        assert!(!report.valid);
        secret.assert_report_clean("key as cert", &report);
        let err = certvet::fingerprints(&key, &certvet::Limits::default()).unwrap_err();
        secret.assert_absent("fingerprints error", &err.message);
    }
}

#[test]
fn corrupted_key_is_not_quoted() {
    // Base64 damage and DER damage in the middle of a key body.
    let opts = CheckOptions::at(check_time());
    let cert = read("rsa2048/fullchain.pem");
    let key = read("rsa2048/key.pkcs1.pem");
    let secret = Secret::new("rsa2048/key.pkcs1.pem", &key, None);
    let mut bad_b64 = key.clone();
    let mid = bad_b64.len() / 2;
    bad_b64[mid] = b'*';
    let mut bad_der = key.clone();
    bad_der[40] = if bad_der[40] == b'A' { b'B' } else { b'A' };
    for damaged in [bad_b64, bad_der] {
        let report = certvet::check(&CheckInput::new(&cert).with_key(&damaged), &opts);
        secret.assert_report_clean("damaged key", &report);
    }
}

#[test]
fn malformed_batch_lines_do_not_quote_the_key() {
    // A key in a JSON shape the parser refuses: the MalformedRequest message
    // names the fault, never the value.
    let opts = CheckOptions::at(check_time());
    let cert = String::from_utf8(read("rsa2048/fullchain.pem")).unwrap();
    let key_text = String::from_utf8(read("rsa2048/key.pkcs1.pem")).unwrap();
    let secret = Secret::new("rsa2048/key.pkcs1.pem", key_text.as_bytes(), None);
    let shapes = [
        serde_json::json!({"ServerCertificate": cert, "PrivateKey": [key_text]}),
        serde_json::json!({"ServerCertificate": cert, "PrivateKey": {"pem": key_text}}),
        serde_json::json!({"ServerCertificate": cert, "Password": key_text, "PrivateKey": 5}),
        serde_json::json!({"ServerCertificate": 5, "PrivateKey": key_text}),
        serde_json::json!({"ServerCertificate": cert, "PrivateKey": key_text, "ServerCertificateName": 1}),
        serde_json::json!({"PrivateKey": key_text}),
    ];
    for (i, shape) in shapes.iter().enumerate() {
        let line = serde_json::to_vec(shape).unwrap();
        let report = certvet::batch::check_line(&line, i + 1, &opts);
        assert!(!report.valid, "shape {i}");
        secret.assert_report_clean(&format!("batch shape {i}"), &report);
        // Truncated in the middle of the key string.
        let cut = line.len() * 3 / 4;
        let report = certvet::batch::check_line(&line[..cut], i + 1, &opts);
        secret.assert_report_clean(&format!("truncated batch shape {i}"), &report);
    }
    // A key placed where the certificate goes.
    let swapped = serde_json::json!({"ServerCertificate": key_text, "PrivateKey": cert});
    let report = certvet::batch::check_line(&serde_json::to_vec(&swapped).unwrap(), 1, &opts);
    secret.assert_report_clean("swapped batch", &report);
}
