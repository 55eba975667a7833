//! Contract v1.1 (issue 24): PKCS#12 input, `--host`, `--warn-days`, `--roots`,
//! `--password-env`, the fields `SignatureAlgorithm`, `ExtendedKeyUsage` and `Hosts`,
//! the reasons `HostNotCovered`, `ExpiresSoon` and `NotForServerAuth`, the no-certificate
//! rule for `KeyMatches`, the `fingerprint` streaming rule, `fix --format text`,
//! `completions` and `man`. Expected values are OpenSSL's, from testdata/manifest.json
//! (sections `pkcs12`, `hosts`, and `certs.*.signature_algorithm` / `extended_key_usage`).

use std::process::{Command, Output};

use certvet::{CheckInput, CheckOptions, Reason, Report, Target};
use serde_json::Value;

use crate::support::{check_time, manifest, over_limit, password, read, reasons, testdata};

fn certvet(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_certvet"));
    cmd.args(args).current_dir(testdata());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("certvet runs")
}

fn pfx_entries() -> impl Iterator<Item = (&'static String, &'static Value)> {
    manifest()["pkcs12"]
        .as_object()
        .expect("manifest pkcs12 section")
        .iter()
}

fn check_pfx(file: &str, password_file: Option<&str>, target: Target) -> Report {
    let bytes = read(file);
    let pw = password_file.map(password);
    let mut input = CheckInput::new(&bytes);
    if let Some(p) = &pw {
        input = input.with_password(p);
    }
    certvet::check(&input, &CheckOptions::at(check_time()).with_target(target))
}

fn at() -> &'static str {
    manifest()["check_time"].as_str().expect("check_time")
}

#[test]
fn every_pkcs12_openssl_opens_checks_like_its_pem_parts() {
    let mut checked = 0;
    for (file, want) in pfx_entries() {
        let unsupported = want["info"].as_array().is_some_and(|i| {
            i.iter()
                .any(|l| l.as_str().is_some_and(|l| l.contains("RC4")))
        });
        if want["opens"] != true || unsupported {
            continue;
        }
        let report = check_pfx(file, want["password_file"].as_str(), Target::Generic);
        assert!(report.valid, "{file}: {:?}", report.errors);
        assert_eq!(report.key_encoding.as_deref(), Some("PKCS#12"), "{file}");
        assert_eq!(
            report.key_matches,
            Some(want["key_matches_leaf"] == true),
            "{file}"
        );
        assert_eq!(report.key_matches_certificate, Some(1), "{file}");
        assert_eq!(
            report.fingerprint.as_deref(),
            want["leaf_fingerprint"].as_str(),
            "{file}"
        );
        assert_eq!(
            report.subject.as_deref(),
            want["leaf_subject"].as_str(),
            "{file}"
        );
        let n = want["subjects_in_file_order"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(report.chain_length, Some(n), "{file}");
        // The order found in the file is not an error: the chain is reported leaf first.
        assert_eq!(report.suggested_order, None, "{file}");
        assert!(reasons(&report).0.is_empty(), "{file}");
        let chain = report.chain.as_ref().expect("chain");
        assert_eq!(chain[0].subject.as_deref(), want["leaf_subject"].as_str());
        assert!(
            chain[..n - 1]
                .iter()
                .all(|c| c.signed_by_next == Some(true)),
            "{file}"
        );
        checked += 1;
    }
    // modern, legacy, empty-password, nomac, sha512-mac, certs-plain, key-first,
    // reverse-certs, modern.p12.pem, ec-p256
    assert_eq!(checked, 10);
}

#[test]
fn pkcs12_passwords_follow_the_contract() {
    // manifest: wrong_password_opens false for modern.p12
    let r = check_pfx(
        "pkcs12/modern.p12",
        Some("passwords/wrong.txt"),
        Target::Generic,
    );
    assert_eq!(reasons(&r).0, ["WrongPassword"]);
    assert_eq!(r.key_matches, None);
    assert_eq!(r.key_encoding.as_deref(), Some("PKCS#12"));
    assert_eq!(r.fingerprint, None);
    let r = check_pfx("pkcs12/modern.p12", None, Target::Generic);
    assert_eq!(reasons(&r).0, ["EncryptedPrivateKey"]);
    // manifest: empty-password.p12 opens with no password
    let r = check_pfx("pkcs12/empty-password.p12", None, Target::Generic);
    assert!(r.valid);
    // manifest: nomac.p12 "opens" with the wrong password for OpenSSL's -info (no MAC);
    // its key bag does not decrypt.
    assert_eq!(
        manifest()["pkcs12"]["pkcs12/nomac.p12"]["wrong_password_opens"],
        true
    );
    let r = check_pfx(
        "pkcs12/nomac.p12",
        Some("passwords/wrong.txt"),
        Target::Generic,
    );
    assert_eq!(reasons(&r).0, ["WrongPassword"]);
}

#[test]
fn pkcs12_pbmac1_opens_where_openssl_3_0_cannot() {
    // testdata/pfx.py rewrites modern.p12's MAC as RFC 9579 PBMAC1 (HMAC-SHA-256 keyed by
    // PBKDF2-HMAC-SHA-256); OpenSSL 3.0 knows the MAC's name but not how to check it.
    let want = &manifest()["pkcs12"]["pkcs12/pbmac1.p12"];
    assert_eq!(want["opens"], false);
    assert_eq!(want["info"][0], "MAC: PBMAC1, Iteration 1");
    let r = check_pfx(
        "pkcs12/pbmac1.p12",
        Some("passwords/right.txt"),
        Target::Generic,
    );
    assert!(r.valid, "{:?}", r.errors);
    assert_eq!(
        r.fingerprint.as_deref(),
        manifest()["pkcs12"]["pkcs12/modern.p12"]["leaf_fingerprint"].as_str()
    );
    let r = check_pfx(
        "pkcs12/pbmac1.p12",
        Some("passwords/wrong.txt"),
        Target::Generic,
    );
    assert_eq!(reasons(&r).0, ["WrongPassword"]);
    assert_eq!(
        r.errors[0].message,
        "the password does not open the PKCS#12 file (PBMAC1 HMAC-SHA-256)"
    );
    let r = check_pfx("pkcs12/pbmac1.p12", None, Target::Generic);
    assert_eq!(reasons(&r).0, ["EncryptedPrivateKey"]);
}

#[test]
fn pkcs12_rc4_is_unsupported_naming_the_cipher() {
    // manifest info: "PKCS7 Encrypted data: pbeWithSHA1And128BitRC4, Iteration 2048"
    let r = check_pfx(
        "pkcs12/rc4.p12",
        Some("passwords/right.txt"),
        Target::Generic,
    );
    assert_eq!(reasons(&r).0, ["UnsupportedKeyAlgorithm"]);
    assert!(
        r.errors[0].message.contains("pbeWithSHAAnd128BitRC4"),
        "{}",
        r.errors[0].message
    );
}

#[test]
fn pkcs12_under_a_target_is_key_encoding_not_accepted() {
    for target in [Target::AliyunSlb, Target::AwsAcm, Target::Gcp] {
        let r = check_pfx("pkcs12/modern.p12", Some("passwords/right.txt"), target);
        let (errors, _) = reasons(&r);
        assert_eq!(errors, ["KeyEncodingNotAccepted"], "{target}");
        assert!(
            r.errors[0]
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("certvet fix --target"))
        );
    }
}

#[test]
fn fix_turns_a_pfx_into_the_targets_pem() {
    let bytes = read("pkcs12/legacy.p12");
    let pw = password("passwords/right.txt");
    let opts = CheckOptions::at(check_time()).with_target(Target::AliyunSlb);
    let fixed = certvet::fix(&CheckInput::new(&bytes).with_password(&pw), &opts).expect("fixed");
    assert!(fixed.report.valid, "{:?}", fixed.report.errors);
    let key = fixed.key_pem.as_ref().expect("a key");
    assert!(key.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
    assert_eq!(
        fixed
            .cert_pem
            .matches("-----BEGIN CERTIFICATE-----")
            .count(),
        3
    );
    let again = certvet::check(
        &CheckInput::new(fixed.cert_pem.as_bytes()).with_key(key.as_bytes()),
        &opts,
    );
    assert!(again.valid, "{:?}", again.errors);
    assert_eq!(again.key_encoding.as_deref(), Some("PKCS#1"));
    assert_eq!(
        again.fingerprint.as_deref(),
        manifest()["pkcs12"]["pkcs12/legacy.p12"]["leaf_fingerprint"].as_str()
    );
}

#[test]
fn cli_pfx_with_key_is_a_usage_error_and_password_env_works() {
    let out = certvet(
        &[
            "check",
            "--cert",
            "pkcs12/modern.p12",
            "--key",
            "rsa2048/key.pkcs8.pem",
            "--at",
            at(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PKCS#12"));
    let args = [
        "check",
        "--cert",
        "pkcs12/modern.p12",
        "--password-env",
        "CERTVET_PW",
        "--at",
        at(),
    ];
    let out = certvet(&args, &[("CERTVET_PW", "correct horse")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["KeyEncoding"], "PKCS#12");
    // Unset: exit 2. Both sources: exit 2.
    let out = certvet(&args, &[]);
    assert_eq!(out.status.code(), Some(2));
    let out = certvet(
        &[
            "check",
            "--cert",
            "pkcs12/modern.p12",
            "--password-env",
            "CERTVET_PW",
            "--password-file",
            "passwords/right.txt",
        ],
        &[("CERTVET_PW", "correct horse")],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cli_fix_pfx_to_aliyun_then_check_the_result() {
    let dir = std::env::temp_dir().join(format!("certvet-v11-fix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let chain = dir.join("chain.pem");
    let key = dir.join("key.pem");
    let out = certvet(
        &[
            "fix",
            "--cert",
            "pkcs12/modern.p12",
            "--password-file",
            "passwords/right.txt",
            "--target",
            "aliyun-slb",
            "--at",
            at(),
            "--out-cert",
            chain.to_str().unwrap(),
            "--out-key",
            key.to_str().unwrap(),
            "--format",
            "text",
        ],
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("VALID: "));
    let out = certvet(
        &[
            "check",
            "--cert",
            chain.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--target",
            "aliyun-slb",
            "--at",
            at(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["KeyEncoding"], "PKCS#1");
    assert_eq!(
        v["Fingerprint"],
        manifest()["pkcs12"]["pkcs12/modern.p12"]["leaf_fingerprint"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hosts_are_covered_as_openssl_checkhost_says() {
    let entries = manifest()["hosts"].as_array().expect("hosts");
    assert_eq!(entries.len(), 17);
    for e in entries {
        let cert = e["cert"].as_str().unwrap();
        let name = e["name"].as_str().unwrap();
        let bytes = read(cert);
        let opts = CheckOptions::at(check_time()).with_hosts(vec![name.to_owned()]);
        let r = certvet::check(&CheckInput::new(&bytes), &opts);
        let hosts = r.hosts.as_ref().expect("Hosts");
        assert_eq!(hosts.len(), 1);
        assert_eq!(hosts[0].name, name);
        let covered = e["covered"] == true;
        assert_eq!(
            hosts[0].covered,
            Some(covered),
            "{cert} {name}: {}",
            e["note"]
        );
        assert_eq!(
            r.has_error(Reason::HostNotCovered),
            !covered,
            "{cert} {name}"
        );
        // Where the contract and OpenSSL part ways, it is the commonName fallback only.
        if e["openssl_covered"] != e["covered"] {
            assert_eq!(cert, "hosts/cn-only.pem");
        }
    }
}

#[test]
fn hosts_null_unless_asked_and_in_order() {
    let bytes = read("names/wildcard.pem");
    let r = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
    assert_eq!(r.hosts, None);
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert!(v["Hosts"].is_null());
    let opts = CheckOptions::at(check_time())
        .with_hosts(vec!["b.example.com".into(), "x.y.example.com".into()]);
    let r = certvet::check(&CheckInput::new(&bytes), &opts);
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(
        v["Hosts"],
        serde_json::json!([{"Name": "b.example.com", "Covered": true}, {"Name": "x.y.example.com", "Covered": false}])
    );
    assert_eq!(reasons(&r).0, ["HostNotCovered"]);
    assert_eq!(
        r.errors[0].message,
        "the certificate does not cover x.y.example.com: its subjectAltName holds *.example.com, example.com"
    );
    let cn_only = read("hosts/cn-only.pem");
    let opts = CheckOptions::at(check_time()).with_hosts(vec!["cn-only.example.com".into()]);
    let r = certvet::check(&CheckInput::new(&cn_only), &opts);
    assert_eq!(
        r.errors[0].message,
        "the certificate does not cover cn-only.example.com: it has no subjectAltName (the commonName does not count)"
    );
}

#[test]
fn hosts_without_a_certificate_are_not_checked() {
    let opts = CheckOptions::at(check_time()).with_hosts(vec!["a.example.com".into()]);
    let r = certvet::check(&CheckInput::new(b""), &opts);
    let v: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(
        v["Hosts"],
        serde_json::json!([{"Name": "a.example.com", "Covered": null}])
    );
    assert_eq!(reasons(&r).0, ["EmptyCertificate"]);
}

#[test]
fn cli_roots_file_errors_are_usage_errors() {
    let out = certvet(
        &[
            "check",
            "--cert",
            "rsa2048/chain.pem",
            "--roots",
            "missing.pem",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = certvet(
        &[
            "check",
            "--cert",
            "rsa2048/chain.pem",
            "--roots",
            "pem/empty.pem",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("certvet: --roots pem/empty.pem: EmptyCertificate"),
        "{err}"
    );
    let out = certvet(
        &[
            "check",
            "--cert",
            "rsa2048/chain.pem",
            "--roots",
            "ca/root-rsa.pem",
            "--at",
            at(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["Warnings"], serde_json::json!([]));
}

#[test]
fn cli_host_flags_and_batch_hosts() {
    let out = certvet(
        &[
            "check",
            "--cert",
            "names/ip-sans.pem",
            "--host",
            "192.0.2.1",
            "--host",
            "ip.example.com",
            "--at",
            at(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    let out = certvet(
        &[
            "check",
            "--cert",
            "names/wildcard.pem",
            "--host",
            "a.b.example.com",
            "--at",
            at(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["Errors"][0]["Reason"], "HostNotCovered");
    // A batch line's Hosts replaces the command line's list.
    let cert = String::from_utf8(read("names/wildcard.pem")).unwrap();
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"Id": "a", "ServerCertificate": cert, "PrivateKey": "", "Hosts": ["a.example.com"]}),
        serde_json::json!({"Id": "b", "ServerCertificate": cert, "PrivateKey": ""}),
    );
    let opts = CheckOptions::at(check_time()).with_hosts(vec!["other.org".into()]);
    let reports: Vec<Report> = lines
        .lines()
        .enumerate()
        .map(|(i, l)| certvet::batch::check_line(l.as_bytes(), i + 1, &opts))
        .collect();
    assert_eq!(reports[0].hosts.as_ref().unwrap()[0].covered, Some(true));
    assert_eq!(reports[1].hosts.as_ref().unwrap()[0].name, "other.org");
    assert!(reports[1].has_error(Reason::HostNotCovered));
}

#[test]
fn signature_algorithm_and_eku_are_openssls_for_every_fixture() {
    let mut with_eku = 0;
    for (file, want) in manifest()["certs"].as_object().unwrap() {
        if over_limit(file) {
            continue;
        }
        let bytes = read(file);
        let r = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
        if r.fingerprint.is_none() {
            continue;
        }
        assert_eq!(
            r.signature_algorithm.as_deref(),
            want["signature_algorithm"].as_str(),
            "{file}"
        );
        let eku: Option<Vec<String>> =
            serde_json::from_value(want["extended_key_usage"].clone()).unwrap();
        assert_eq!(r.extended_key_usage, eku, "{file}");
        let server = eku.as_ref().is_none_or(|e| {
            e.iter()
                .any(|p| p == "serverAuth" || p == "anyExtendedKeyUsage")
        });
        assert_eq!(r.has_warning(Reason::NotForServerAuth), !server, "{file}");
        with_eku += usize::from(eku.is_some());
    }
    // 112 manifest leaves have an extendedKeyUsage; pem/too-large.pem is over the input limit
    assert_eq!(with_eku, 111);
}

#[test]
fn client_auth_leaf_under_aliyun_is_accepted_with_a_warning_first_in_text() {
    // manifest: eku/client-auth.pem extended_key_usage ["clientAuth"]
    let r = crate::support::check_files(
        "eku/client-auth.pem",
        Some("names/key.pkcs8.pem"),
        None,
        Target::AliyunSlb,
    );
    // The key is PKCS#8, which aliyun-slb refuses; the certificate itself passes.
    assert_eq!(reasons(&r).0, ["KeyEncodingNotAccepted"]);
    assert_eq!(reasons(&r).1, ["NotForServerAuth"]);
    assert_eq!(
        r.extended_key_usage.as_deref(),
        Some(&["clientAuth".to_owned()][..])
    );
    assert!(r.to_text().starts_with("WARNING NotForServerAuth: certificate 1 (CN=client.example.com) may be used for clientAuth only"));
    let bytes = read("eku/client-auth.pem");
    let r = certvet::check(
        &CheckInput::new(&bytes),
        &CheckOptions::at(check_time()).with_target(Target::AliyunSlb),
    );
    assert!(r.valid);
    assert_eq!(reasons(&r).1, ["NotForServerAuth"]);
}

#[test]
fn warn_days_gives_expires_soon() {
    // dates/expires-soon.pem: notAfter 2026-01-20T00:00:00Z, 19 days after the check time
    assert_eq!(
        manifest()["certs"]["dates/expires-soon.pem"]["not_after"],
        "2026-01-20T00:00:00Z"
    );
    let bytes = read("dates/expires-soon.pem");
    let check = |days| {
        let opts = CheckOptions::at(check_time()).warning_days(days);
        certvet::check(&CheckInput::new(&bytes), &opts)
    };
    assert!(check(Some(20)).has_warning(Reason::ExpiresSoon));
    assert!(!check(Some(19)).has_warning(Reason::ExpiresSoon));
    assert!(!check(None).has_warning(Reason::ExpiresSoon));
    assert_eq!(
        check(Some(30)).warnings[0].message,
        "certificate 1 (CN=expires-soon.example.com) expires at 2026-01-20T00:00:00Z (19 days after the check time, within --warn-days 30)"
    );
    // An expired leaf is Expired, not ExpiresSoon.
    let expired = read("dates/expired.pem");
    let r = certvet::check(
        &CheckInput::new(&expired),
        &CheckOptions::at(check_time()).warning_days(Some(9999)),
    );
    assert!(!r.has_warning(Reason::ExpiresSoon));
}

#[test]
fn roots_silence_chain_incomplete_for_their_own_issues_only() {
    let bytes = read("rsa2048/chain.pem"); // leaf + intermediate, no root
    let plain = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
    assert!(plain.has_warning(Reason::ChainIncomplete));
    let roots = certvet::read_roots(&read("ca/root-rsa.pem"), &certvet::Limits::default()).unwrap();
    let opts = CheckOptions::at(check_time()).with_roots(roots);
    let r = certvet::check(&CheckInput::new(&bytes), &opts);
    assert!(!r.has_warning(Reason::ChainIncomplete));
    assert_eq!(
        r.chain_length,
        Some(2),
        "roots are never added to the chain"
    );
    let other = certvet::read_roots(&read("ca/root-ec.pem"), &certvet::Limits::default()).unwrap();
    let r = certvet::check(
        &CheckInput::new(&bytes),
        &CheckOptions::at(check_time()).with_roots(other),
    );
    assert!(r.has_warning(Reason::ChainIncomplete));
    // The impostor has the real intermediate's name but not its key: name alone is not enough.
    let roots = certvet::read_roots(
        &read("ca/int-rsa-impostor.pem"),
        &certvet::Limits::default(),
    )
    .unwrap();
    let leaf_only = read("rsa2048/leaf.pem");
    let r = certvet::check(
        &CheckInput::new(&leaf_only),
        &CheckOptions::at(check_time()).with_roots(roots),
    );
    assert!(r.has_warning(Reason::ChainIncomplete));
}

#[test]
fn no_certificate_means_no_key_match() {
    for cert in [
        "pem/empty.pem",
        "pem/whitespace-only.pem",
        "rsa2048/key.pkcs8.pem",
    ] {
        let r =
            crate::support::check_files(cert, Some("rsa2048/key.pkcs8.pem"), None, Target::Generic);
        assert_eq!(r.key_matches, None, "{cert}");
        assert_eq!(r.key_matches_certificate, None, "{cert}");
        assert!(!r.has_error(Reason::KeyMismatch), "{cert}");
        assert_eq!(r.key_encoding.as_deref(), Some("PKCS#8"));
        assert!(!r.to_text().contains("Key matches     no"));
    }
}

#[test]
fn fingerprint_streams_and_reports_unreadable_files() {
    let out = certvet(
        &[
            "fingerprint",
            "rsa2048/leaf.pem",
            "missing.pem",
            "pem/empty.pem",
            "ec-p256/leaf.pem",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let certs = &manifest()["certs"];
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "rsa2048/leaf.pem: {}\nec-p256/leaf.pem: {}\n",
            certs["rsa2048/leaf.pem"]["fingerprint"].as_str().unwrap(),
            certs["ec-p256/leaf.pem"]["fingerprint"].as_str().unwrap()
        )
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("certvet: missing.pem: "));
    assert!(lines[1].starts_with("certvet: pem/empty.pem: EmptyCertificate"));
}

#[test]
fn hints_name_the_users_files() {
    let out = certvet(
        &[
            "check",
            "--cert",
            "rsa2048/fullchain.pem",
            "--key",
            "rsa2048/key.pkcs8-aes256.pem",
            "--at",
            at(),
        ],
        &[],
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["Errors"][0]["Reason"], "EncryptedPrivateKey");
    let hint = v["Errors"][0]["Hint"].as_str().unwrap();
    assert!(hint.contains("-in rsa2048/key.pkcs8-aes256.pem"), "{hint}");
    assert!(!hint.contains("key.pem "), "{hint}");
}

#[test]
fn completions_and_man() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = certvet(&["completions", shell], &[]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("fingerprint") && text.contains("password-env"),
            "{shell}"
        );
    }
    let out = certvet(&["completions", "tcsh"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let out = certvet(&["man"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(".ie \\n(.g .ds Aq \\(aq") || text.contains(".TH certvet"),
        "{}",
        &text[..80]
    );
    assert!(text.contains(".TH certvet"));
}

#[test]
fn new_report_fields_follow_suggested_order() {
    let bytes = read("rsa2048/fullchain.pem");
    let r = certvet::check(&CheckInput::new(&bytes), &CheckOptions::at(check_time()));
    let json = r.to_json();
    let pos = |k: &str| json.find(&format!("\"{k}\":")).unwrap();
    assert!(pos("SuggestedOrder") < pos("SignatureAlgorithm"));
    assert!(pos("SignatureAlgorithm") < pos("ExtendedKeyUsage"));
    assert!(pos("ExtendedKeyUsage") < pos("Hosts"));
    assert!(pos("Hosts") < pos("Valid"));
    assert_eq!(json, serde_json::to_string(&r).unwrap());
    // manifest: rsa2048/fullchain.pem signature_algorithm and extended_key_usage
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["SignatureAlgorithm"],
        manifest()["certs"]["rsa2048/fullchain.pem"]["signature_algorithm"]
    );
    assert_eq!(
        v["ExtendedKeyUsage"],
        manifest()["certs"]["rsa2048/fullchain.pem"]["extended_key_usage"]
    );
}
