//! Limits: every cap on untrusted input refuses with its exact reason, and huge or
//! endless inputs are refused without being read to their end.

use std::io::Read;

use certvet::{CheckInput, CheckOptions, Limits, Reason, Report};

use crate::support::{check_time, password, read, reasons};

/// A reader that counts the bytes handed out.
struct Counting<R> {
    inner: R,
    handed: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.handed += n as u64;
        Ok(n)
    }
}

fn error_reasons(report: &Report) -> Vec<String> {
    reasons(report).0
}

fn opts_with(limits: Limits) -> CheckOptions {
    CheckOptions::at(check_time()).with_limits(limits)
}

#[test]
fn endless_reader_is_refused_after_limit_plus_one() {
    let limit = certvet::CERT_INPUT_LIMIT;
    let mut reader = Counting {
        inner: std::io::repeat(b'A'),
        handed: 0,
    };
    let bytes = certvet::read_limited(&mut reader, limit).unwrap();
    assert_eq!(bytes.len(), limit + 1);
    assert_eq!(reader.handed, limit as u64 + 1);
    let report = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
    assert!(!report.valid);
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.fingerprint, None);
}

#[test]
fn twenty_mib_cert_input_is_refused_without_reading_it_all() {
    // 20 MiB of a real certificate repeated: reading stops at the limit + 1.
    let cert = read("rsa2048/leaf.pem");
    let big: Vec<u8> = cert.iter().copied().cycle().take(20 << 20).collect();
    let mut reader = Counting {
        inner: &big[..],
        handed: 0,
    };
    let bytes = certvet::read_limited(&mut reader, certvet::CERT_INPUT_LIMIT).unwrap();
    assert_eq!(bytes.len(), certvet::CERT_INPUT_LIMIT + 1);
    assert_eq!(reader.handed, certvet::CERT_INPUT_LIMIT as u64 + 1);
    let report = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.fingerprint, None);
    assert_eq!(report.chain_length, None);
}

#[test]
fn endless_key_reader_is_refused_with_input_too_large() {
    let limit = certvet::KEY_INPUT_LIMIT;
    let mut reader = Counting {
        inner: std::io::repeat(b'k'),
        handed: 0,
    };
    let key = certvet::read_limited_secret(&mut reader, limit).unwrap();
    assert_eq!(key.len(), limit + 1);
    assert_eq!(reader.handed, limit as u64 + 1);
    let cert = read("rsa2048/fullchain.pem");
    let report = certvet::check(
        &CheckInput::new(&cert).with_key(&key),
        &CheckOptions::at(check_time()),
    );
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.key_matches, None);
}

#[test]
fn input_exactly_at_limit_is_read_whole() {
    let data = vec![b'x'; 1000];
    let bytes = certvet::read_limited(&data[..], 1000).unwrap();
    assert_eq!(bytes.len(), 1000);
    let bytes = certvet::read_limited(&data[..], 999).unwrap();
    assert_eq!(bytes.len(), 1000);
}

#[test]
fn pem_block_cap_is_input_too_large() {
    let cert = read("rsa2048/leaf.pem");
    let mut limits = Limits::default();
    limits.pem_blocks = 3;
    let three = cert.repeat(3);
    let report = certvet::check(&CheckInput::new(&three), &opts_with(limits.clone()));
    assert!(!error_reasons(&report).contains(&"InputTooLarge".to_owned()));
    assert_eq!(report.chain_length, Some(3));
    let four = cert.repeat(4);
    let report = certvet::check(&CheckInput::new(&four), &opts_with(limits));
    assert!(error_reasons(&report).contains(&"InputTooLarge".to_owned()));
    assert!(report.has_error(Reason::InputTooLarge));
}

#[test]
fn default_pem_block_cap_is_64() {
    assert_eq!(Limits::default().pem_blocks, 64);
    let cert = read("rsa2048/leaf.pem");
    let many = cert.repeat(65);
    let report = certvet::check(&CheckInput::new(&many), &CheckOptions::at(check_time()));
    assert!(report.has_error(Reason::InputTooLarge));
}

#[test]
fn chain_certificate_cap_is_input_too_large() {
    let cert = read("rsa2048/leaf.pem");
    let mut limits = Limits::default();
    limits.chain_certificates = 2;
    let report = certvet::check(
        &CheckInput::new(&cert.repeat(2)),
        &opts_with(limits.clone()),
    );
    assert!(!report.has_error(Reason::InputTooLarge));
    let report = certvet::check(&CheckInput::new(&cert.repeat(3)), &opts_with(limits));
    assert!(report.has_error(Reason::InputTooLarge));
    // Only the first two were read.
    assert_eq!(report.chain.as_ref().map(Vec::len), Some(2));
}

#[test]
fn default_chain_cap_is_32() {
    assert_eq!(Limits::default().chain_certificates, 32);
    let cert = read("rsa2048/leaf.pem");
    let report = certvet::check(
        &CheckInput::new(&cert.repeat(33)),
        &CheckOptions::at(check_time()),
    );
    assert!(report.has_error(Reason::InputTooLarge));
    let report = certvet::check(
        &CheckInput::new(&cert.repeat(32)),
        &CheckOptions::at(check_time()),
    );
    assert!(!report.has_error(Reason::InputTooLarge));
}

#[test]
fn san_entries_cap_truncates_the_names() {
    // names/san-150.pem has 150 dNSNames; the cap reads only the first ones.
    let cert = read("names/san-150.pem");
    let full = certvet::check(&CheckInput::new(&cert), &CheckOptions::at(check_time()));
    let all = full.subject_alternative_names.clone().unwrap();
    assert_eq!(all.len(), 150);
    let mut limits = Limits::default();
    limits.san_entries = 10;
    let report = certvet::check(&CheckInput::new(&cert), &opts_with(limits));
    let capped = report.subject_alternative_names.clone().unwrap();
    assert_eq!(capped.len(), 10);
    assert_eq!(capped[..], all[..10]);
    // A cap on what is read is not a fault of the input.
    assert!(!report.has_error(Reason::InputTooLarge));
}

fn check_key(key: &str, limits: Limits) -> Report {
    let cert = read("rsa2048/fullchain.pem");
    let key = read(key);
    let pw = password("passwords/right.txt");
    certvet::check(
        &CheckInput::new(&cert).with_key(&key).with_password(&pw),
        &opts_with(limits),
    )
}

#[test]
fn pbkdf2_iteration_cap_refuses_hostile_key_before_deriving() {
    let started = std::time::Instant::now();
    let report = check_key("tampered/pbes2-huge-iterations.pem", Limits::default());
    eprintln!(
        "pbes2-huge-iterations refused in {:?} (debug build)",
        started.elapsed()
    );
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.key_matches, None);
}

#[test]
fn pbkdf2_iteration_cap_applies_to_an_honest_key() {
    // The honest AES-256 key uses OpenSSL's 2048 iterations: a cap of 100 refuses it.
    let mut limits = Limits::default();
    limits.pbkdf2_iterations = 100;
    let report = check_key("rsa2048/key.pkcs8-aes256.pem", limits);
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    let report = check_key("rsa2048/key.pkcs8-aes256.pem", Limits::default());
    assert_eq!(report.key_matches, Some(true));
}

#[test]
fn scrypt_memory_cap_refuses_hostile_key_before_deriving() {
    let started = std::time::Instant::now();
    let report = check_key("tampered/scrypt-huge-n.pem", Limits::default());
    eprintln!(
        "scrypt-huge-n refused in {:?} (debug build)",
        started.elapsed()
    );
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.key_matches, None);
}

#[test]
fn scrypt_memory_cap_applies_to_an_honest_key() {
    // N=16384, r=8: 16 MiB; a 1 MiB cap refuses it.
    let mut limits = Limits::default();
    limits.scrypt_memory_bytes = 1 << 20;
    let report = check_key("rsa2048/key.pkcs8-scrypt.pem", limits);
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
}

#[test]
fn cert_and_key_byte_caps_from_options() {
    let cert = read("rsa2048/fullchain.pem");
    let key = read("rsa2048/key.pkcs8.pem");
    let mut limits = Limits::default();
    limits.cert_bytes = cert.len() - 1;
    let report = certvet::check(&CheckInput::new(&cert), &opts_with(limits));
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    let mut limits = Limits::default();
    limits.key_bytes = key.len() - 1;
    let report = certvet::check(&CheckInput::new(&cert).with_key(&key), &opts_with(limits));
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.key_matches, None);
}

#[test]
fn batch_line_cap_is_input_too_large_with_line_number() {
    let mut limits = Limits::default();
    limits.batch_line_bytes = 100;
    let line = format!(
        "{{\"Id\": \"x\", \"ServerCertificate\": \"{}\"}}",
        "A".repeat(200)
    );
    let report = certvet::batch::check_line(line.as_bytes(), 7, &opts_with(limits));
    assert_eq!(error_reasons(&report), ["InputTooLarge"]);
    assert_eq!(report.id, Some(serde_json::json!(7)));
}
