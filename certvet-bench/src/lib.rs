//! certvet's criterion benchmark groups, so that a crate that embeds certvet can
//! register the same groups, on the same bytes, in its own run.
//!
//! ```no_run
//! use criterion::{Criterion, criterion_group, criterion_main};
//!
//! fn certvet_groups(c: &mut Criterion) {
//!     certvet_bench::register(c); // or register_requests, register_batch, …
//! }
//!
//! criterion_group!(benches, certvet_groups);
//! criterion_main!(benches);
//! ```
//!
//! Groups (criterion ids `group/implementation[/case]`; implementations `certvet`,
//! `floor` and, with feature `compare-openssl`, `openssl-<major>.<minor>` of the
//! OpenSSL linked):
//!
//! | group | what is timed | registered by |
//! |---|---|---|
//! | `request/<case>` | an upload request → its report: the certificate chain and key of [`fixtures::requests`], `check(…).to_json()` | [`register_requests`] |
//! | `batch/<threads>` | `batch::run` over [`fixtures::BATCH_LINES`] JSON lines cycling through the request shapes, on 1 and 2 threads | [`register_batch`] |
//! | `pem_decode` | the RSA-2048 leaf PEM → DER | [`register_leaf`] |
//! | `inspect/pem`, `inspect/der` | the leaf → every report field | [`register_leaf`] |
//! | `fingerprint` | SHA-1 and SHA-256 of the leaf DER, as colon hex | [`register_leaf`] |
//! | `chain_parse` | a 3-certificate PEM chain → every certificate parsed | [`register_leaf`] |
//! | `key_match/<key>` | key PEM → parsed, strictly proven, compared with the leaf | [`register_keys`] |
//! | `check_json/<key>` | `check(leaf, key).to_json()` | [`register_keys`] |
//! | `verify/<verifier>/<case>` | one certificate signature by ring and by aws-lc, to choose the floor's verifier | [`register_requests`] |
//!
//! The floor is the least any implementation must do on the same bytes, with the
//! fastest code this machine has (see the `floor` module's source): SIMD base64 of
//! the PEM blocks, a zero-copy DER walk to the fields, SHA-1 and SHA-256 of the leaf,
//! each certificate's signature checked with its issuer's key, and the cheapest key
//! comparison (RSA n and e, P-256 one d·G).
//!
//! Nothing is faster by being less strict: every `register_*` function first checks
//! that its inputs give certvet, the floor and OpenSSL the same answer (fingerprints,
//! names, serial, key size, key match, signatures), and panics otherwise.

use std::hint::black_box;
use std::time::Duration;

use certvet::batch::{BatchOptions, BatchSummary};
use certvet::internals;
use certvet::{CheckInput, CheckOptions, Fingerprint, FingerprintSha256, Limits, UnixTime, check};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput};
use rayon::prelude::*;

pub mod fixtures;
mod floor;
#[cfg(feature = "compare-openssl")]
mod ossl;

pub use floor::{VERIFIER, Verifier};

use fixtures::*;

/// The check time of every benchmark (the fixtures are valid 2025–2035).
pub fn check_time() -> UnixTime {
    UnixTime::from_seconds(1_767_225_600) // 2026-01-01T00:00:00Z
}

/// Registers every group: requests, batch, leaf, keys.
pub fn register(c: &mut Criterion) {
    register_requests(c);
    register_batch(c);
    register_leaf(c);
    register_keys(c);
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A micro-benchmark group: 30 samples, 0.8 s warm-up, 2.5 s measurement.
fn micro<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(30)
        .warm_up_time(Duration::from_millis(800))
        .measurement_time(Duration::from_millis(2500));
    g
}

/// Byte count as a criterion throughput.
fn bytes(n: usize) -> Throughput {
    Throughput::Bytes(u64::try_from(n).unwrap_or(u64::MAX))
}

/// Lowercase colon hex of `bytes`, appended to `out` (as certvet prints fingerprints).
fn colon_hex(bytes: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        let _ = write!(out, "{b:02x}");
    }
}

/// Colon hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    let mut s = String::new();
    colon_hex(bytes, &mut s);
    s
}

/// `check(chain, key).to_json()`.
fn certvet_check_json(chain: &[u8], key: &[u8], opts: &CheckOptions) -> String {
    check(&CheckInput::new(chain).with_key(key), opts).to_json()
}

/// `per_item(i)` for `i` in `0..BATCH_LINES` on a rayon pool of `jobs` threads built
/// for the run (as `batch::run` builds its own); how many returned `true`.
fn lines_on_pool(jobs: usize, per_item: impl Fn(usize) -> bool + Sync) -> usize {
    let run = || {
        (0..BATCH_LINES)
            .into_par_iter()
            .filter(|&i| per_item(black_box(i)))
            .count()
    };
    match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool.install(run),
        Err(_) => 0,
    }
}

// ---------------------------------------------------------------------------
// request and verify
// ---------------------------------------------------------------------------

/// Panics unless every request gives certvet, the floor (with both verifiers) and
/// OpenSSL the same answer: valid, key matches, the same fingerprints, every
/// certificate but the last verified by the next. And unless the floor refuses a
/// wrong key and a wrong issuer.
#[allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]
pub fn assert_same_request_answers() {
    // ok: bundled fixtures; a failure is a broken benchmark, not bad input
    let opts = CheckOptions::at(check_time());
    let rng = ring::rand::SystemRandom::new();
    for r in requests() {
        let name = r.name;
        let report = check(&CheckInput::new(&r.chain).with_key(r.key), &opts);
        assert!(
            report.valid,
            "certvet: {name} is valid: {:?}",
            report.errors
        );
        assert_eq!(
            report.key_matches,
            Some(true),
            "certvet: {name} key matches"
        );
        for verifier in [Verifier::Ring, Verifier::AwsLc] {
            let f = floor::request(&r, verifier, &rng).expect("the floor reads the request");
            assert!(f.key_matches, "floor: {name} key matches");
            assert_eq!(
                f.verified,
                f.certs - 1,
                "floor ({verifier:?}): {name} signatures"
            );
            assert_eq!(
                report.fingerprint.as_deref(),
                Some(&*hex(&f.sha1)),
                "{name}"
            );
            assert_eq!(report.fingerprint_sha256.as_deref(), Some(&*hex(&f.sha256)));
        }
        #[cfg(feature = "compare-openssl")]
        {
            let o = ossl::request(&r, &ossl::epoch()).expect("OpenSSL reads the request");
            assert!(o.key_matches, "OpenSSL: {name} key matches");
            assert_eq!(
                o.verified,
                r.chain.windows(10).filter(|w| w == b"-----BEGIN").count() - 1
            );
            assert_eq!(
                report.fingerprint.as_ref(),
                Some(&o.fields.fingerprint),
                "{name}"
            );
            assert_eq!(report.common_name, o.fields.common_name, "{name}");
            assert_eq!(report.serial_number.as_ref(), Some(&o.fields.serial_number));
        }
    }
    // The floor refuses what it must: another key, another issuer.
    let rsa = floor::pem_decode(RSA2048_LEAF_PEM);
    let p256 = floor::pem_decode(P256_LEAF_PEM);
    let ecdsa = floor::pem_decode(ECDSA_CHAIN_LEAF_PEM);
    let int_rsa = floor::pem_decode(INT_RSA_PEM);
    let int_ec = floor::pem_decode(INT_EC_PEM);
    let (rsa, p256, ecdsa) = (
        floor::walk(&rsa).unwrap(),
        floor::walk(&p256).unwrap(),
        floor::walk(&ecdsa).unwrap(),
    );
    let (int_rsa, int_ec) = (
        floor::walk(&int_rsa).unwrap(),
        floor::walk(&int_ec).unwrap(),
    );
    for v in [Verifier::Ring, Verifier::AwsLc] {
        assert!(floor::verify(v, &rsa, &int_rsa) && floor::verify(v, &ecdsa, &int_ec));
        assert!(!floor::verify(v, &rsa, &int_ec) && !floor::verify(v, &ecdsa, &int_rsa));
        assert!(!floor::verify(v, &p256, &rsa), "not signed by the leaf");
    }
    let other_rsa = floor::pem_decode(RSA4096_KEY);
    let p256_key = floor::pem_decode(P256_KEY_SEC1);
    let ecdsa_key = floor::pem_decode(ECDSA_CHAIN_KEY);
    assert!(!floor::key_matches(&other_rsa, &rsa, &rng));
    assert!(!floor::key_matches(&ecdsa_key, &p256, &rng));
    assert!(floor::key_matches(&p256_key, &p256, &rng));
    assert!(!floor::key_matches(&p256_key, &rsa, &rng));
}

/// Registers `request/<case>` for every request shape, and `verify`.
pub fn register_requests(c: &mut Criterion) {
    assert_same_request_answers();
    let opts = CheckOptions::at(check_time());
    let rng = ring::rand::SystemRandom::new();
    #[cfg(feature = "compare-openssl")]
    let (epoch, openssl) = (ossl::epoch(), ossl::label());
    {
        let mut g = micro(c, "request");
        for r in requests() {
            g.throughput(bytes(r.chain.len() + r.key.len()));
            g.bench_function(BenchmarkId::new("certvet", r.name), |b| {
                b.iter(|| certvet_check_json(black_box(&r.chain), black_box(r.key), &opts));
            });
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new(&openssl, r.name), |b| {
                b.iter(|| ossl::request(black_box(&r), &epoch));
            });
            g.bench_function(BenchmarkId::new("floor", r.name), |b| {
                b.iter(|| floor::request(black_box(&r), VERIFIER, &rng));
            });
        }
        g.finish();
    }
    // verify: one signature by each verifier the floor could use.
    {
        let rsa = floor::pem_decode(RSA2048_LEAF_PEM);
        let int_rsa = floor::pem_decode(INT_RSA_PEM);
        let ecdsa = floor::pem_decode(ECDSA_CHAIN_LEAF_PEM);
        let int_ec = floor::pem_decode(INT_EC_PEM);
        let pairs = [("rsa2048", &rsa, &int_rsa), ("p384", &ecdsa, &int_ec)];
        let mut g = micro(c, "verify");
        for (case, cert, issuer) in pairs {
            let (Some(cert), Some(issuer)) = (floor::walk(cert), floor::walk(issuer)) else {
                continue;
            };
            for v in [Verifier::Ring, Verifier::AwsLc] {
                g.bench_function(BenchmarkId::new(v.name(), case), |b| {
                    b.iter(|| floor::verify(v, black_box(&cert), &issuer));
                });
            }
        }
        g.finish();
    }
}

// ---------------------------------------------------------------------------
// batch
// ---------------------------------------------------------------------------

/// One batch run over `input` with `jobs` threads, reports discarded.
fn certvet_batch(input: &[u8], jobs: usize, opts: &BatchOptions) -> BatchSummary {
    let opts = opts.clone().with_jobs(jobs);
    certvet::batch::run(input, std::io::sink(), &opts, |_| {}).unwrap_or_default()
}

/// Registers `batch/{1,2}`: [`BATCH_LINES`] requests cycling through the request shapes.
/// The floor: each line's request floor (not the JSON around it) on a rayon pool of 1
/// and 2 threads built for the run, work that shares nothing between lines, so its
/// 2-thread/1-thread ratio is what the cores give at the time of the run. OpenSSL:
/// each line's request as in `request/openssl-*`, on the same pools.
#[allow(clippy::panic)]
pub fn register_batch(c: &mut Criterion) {
    let opts = CheckOptions::at(check_time());
    let batch_opts = BatchOptions::new(opts);
    let input = batch_input();
    let requests = requests();
    let summary = certvet_batch(&input, 1, &batch_opts);
    assert_eq!((summary.lines, summary.valid), (BATCH_LINES, BATCH_LINES));
    let rng = ring::rand::SystemRandom::new();
    let request = |i: usize| requests.get(i % requests.len());
    let floor_line = |i: usize| {
        request(i)
            .and_then(|r| floor::request(r, VERIFIER, &rng))
            .is_some_and(|f| f.key_matches)
    };
    assert_eq!(lines_on_pool(2, floor_line), BATCH_LINES);
    #[cfg(feature = "compare-openssl")]
    let (epoch, openssl) = (ossl::epoch(), ossl::label());
    #[cfg(feature = "compare-openssl")]
    let openssl_line = |i: usize| {
        request(i)
            .and_then(|r| ossl::request(r, &epoch))
            .is_some_and(|o| o.key_matches)
    };
    #[cfg(feature = "compare-openssl")]
    assert_eq!(lines_on_pool(2, openssl_line), BATCH_LINES);

    let mut g = c.benchmark_group("batch");
    // One run per sample, for every function: the summary's fastest sample then
    // compares like with like. With a measurement time, a sample would average as many
    // runs as fit, and the faster 2-thread run would get about twice as many per sample
    // as the 1-thread run. (criterion warns that the samples do not fit in 1 ms and
    // takes one run each.)
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_millis(1))
        .throughput(Throughput::Elements(
            u64::try_from(BATCH_LINES).unwrap_or(u64::MAX),
        ));
    for jobs in [1usize, 2] {
        g.bench_function(BenchmarkId::new("certvet", jobs), |b| {
            b.iter(|| certvet_batch(black_box(&input), jobs, &batch_opts));
        });
        g.bench_function(BenchmarkId::new("floor", jobs), |b| {
            b.iter(|| lines_on_pool(jobs, floor_line));
        });
        #[cfg(feature = "compare-openssl")]
        g.bench_function(BenchmarkId::new(&openssl, jobs), |b| {
            b.iter(|| lines_on_pool(jobs, openssl_line));
        });
    }
    g.finish();
}

// ---------------------------------------------------------------------------
// leaf: pem_decode, inspect, fingerprint, chain_parse
// ---------------------------------------------------------------------------

/// Panics unless the leaf inputs give certvet, the floor and OpenSSL the same answer.
#[allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]
pub fn assert_same_leaf_answers() {
    // ok: bundled fixtures; a failure is a broken benchmark, not bad input
    let limits = Limits::default();
    let pem = internals::inspect(RSA2048_LEAF_PEM, &limits).expect("certvet reads the PEM leaf");
    let der = internals::inspect(RSA2048_LEAF_DER, &limits).expect("certvet reads the DER leaf");
    assert_eq!(pem, der, "PEM and DER leaf give the same fields");
    assert_eq!(floor::pem_decode(RSA2048_LEAF_PEM), RSA2048_LEAF_DER);
    // The floor's walk finds the fields certvet reports.
    let walk = floor::walk(RSA2048_LEAF_DER).expect("the floor walks the leaf");
    let (subject, issuer, spki) =
        internals::raw_parts(RSA2048_LEAF_DER).expect("certvet parses the leaf");
    assert_eq!(
        (walk.subject, walk.issuer, walk.spki),
        (subject, issuer, spki)
    );
    assert_eq!(walk.name_count, pem.subject_alternative_names.len());
    for (raw, name) in walk.names.iter().zip(&pem.subject_alternative_names) {
        assert_eq!(*raw, name.as_bytes());
    }
    let certs = internals::certs(RSA2048_LEAF_PEM, &limits);
    assert_eq!(certs.der(0), Some(RSA2048_LEAF_DER));
    assert_eq!(
        Fingerprint::of(RSA2048_LEAF_DER).to_string(),
        pem.fingerprint
    );
    let (sha1, sha256) = floor::hashes(RSA2048_LEAF_DER);
    assert_eq!(
        (hex(sha1.as_ref()), hex(sha256.as_ref())),
        (pem.fingerprint.clone(), pem.fingerprint_sha256.clone())
    );
    assert_eq!(internals::chain_parse(RSA2048_FULLCHAIN, &limits), 3);

    #[cfg(feature = "compare-openssl")]
    {
        let epoch = ossl::epoch();
        let o = ossl::inspect_pem(RSA2048_LEAF_PEM, &epoch).expect("OpenSSL reads the leaf");
        assert_eq!(o, ossl::inspect_der(RSA2048_LEAF_DER, &epoch).expect("DER"));
        let x = ossl::parse(RSA2048_LEAF_PEM).expect("OpenSSL reads the leaf");
        assert_eq!(x.to_der().expect("re-encodes"), RSA2048_LEAF_DER);
        assert_eq!(
            ossl::fingerprints(&x),
            (pem.fingerprint.clone(), pem.fingerprint_sha256.clone())
        );
        assert_eq!(pem.common_name, o.common_name);
        assert_eq!(pem.subject_alternative_names, o.subject_alternative_names);
        assert_eq!(pem.ip_addresses, o.ip_addresses);
        assert_eq!(pem.serial_number, o.serial_number);
        assert_eq!(pem.start_time_stamp, o.start_time_stamp);
        assert_eq!(pem.expire_time_stamp, o.expire_time_stamp);
        assert_eq!(pem.key_algorithm, o.key_algorithm);
        assert_eq!(pem.key_bits, o.key_bits);
        assert_eq!(ossl::chain(RSA2048_FULLCHAIN), 3);
    }
}

/// Registers `pem_decode`, `inspect/{pem,der}`, `fingerprint` and `chain_parse`.
pub fn register_leaf(c: &mut Criterion) {
    assert_same_leaf_answers();
    let limits = Limits::default();
    #[cfg(feature = "compare-openssl")]
    let (epoch, openssl) = (ossl::epoch(), ossl::label());

    // pem_decode: leaf PEM → DER.
    {
        let mut g = micro(c, "pem_decode");
        g.throughput(bytes(RSA2048_LEAF_PEM.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| internals::certs(black_box(RSA2048_LEAF_PEM), &limits));
        });
        #[cfg(feature = "compare-openssl")]
        g.bench_function(&openssl, |b| {
            b.iter(|| ossl::parse(black_box(RSA2048_LEAF_PEM)));
        });
        g.bench_function("floor", |b| {
            b.iter(|| floor::pem_decode(black_box(RSA2048_LEAF_PEM)));
        });
        g.finish();
    }

    // inspect: leaf → every report field.
    {
        let mut g = micro(c, "inspect");
        for (case, input) in [("pem", RSA2048_LEAF_PEM), ("der", RSA2048_LEAF_DER)] {
            g.throughput(bytes(input.len()));
            g.bench_function(BenchmarkId::new("certvet", case), |b| {
                b.iter(|| internals::inspect(black_box(input), &limits));
            });
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new(&openssl, case), |b| {
                if case == "pem" {
                    b.iter(|| ossl::inspect_pem(black_box(input), &epoch));
                } else {
                    b.iter(|| ossl::inspect_der(black_box(input), &epoch));
                }
            });
            g.bench_function(BenchmarkId::new("floor", case), |b| {
                if case == "pem" {
                    b.iter(|| floor::inspect(&floor::pem_decode(black_box(input))));
                } else {
                    b.iter(|| floor::inspect(black_box(input)));
                }
            });
        }
        g.finish();
    }

    // fingerprint: SHA-1 + SHA-256 of the leaf DER, as colon hex.
    {
        let mut g = micro(c, "fingerprint");
        g.throughput(bytes(RSA2048_LEAF_DER.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| {
                let der = black_box(RSA2048_LEAF_DER);
                (
                    Fingerprint::of(der).to_string(),
                    FingerprintSha256::of(der).to_string(),
                )
            });
        });
        #[cfg(feature = "compare-openssl")]
        if let Some(x) = ossl::parse(RSA2048_LEAF_PEM) {
            g.bench_function(&openssl, |b| b.iter(|| ossl::fingerprints(black_box(&x))));
        }
        g.bench_function("floor", |b| {
            b.iter(|| floor::hashes(black_box(RSA2048_LEAF_DER)));
        });
        g.finish();
    }

    // chain_parse: three PEM certificates → all parsed.
    {
        let mut g = micro(c, "chain_parse");
        g.throughput(bytes(RSA2048_FULLCHAIN.len()));
        g.bench_function("certvet", |b| {
            b.iter(|| internals::chain_parse(black_box(RSA2048_FULLCHAIN), &limits));
        });
        #[cfg(feature = "compare-openssl")]
        g.bench_function(&openssl, |b| {
            b.iter(|| ossl::chain(black_box(RSA2048_FULLCHAIN)));
        });
        g.finish();
    }
}

// ---------------------------------------------------------------------------
// keys: key_match, check_json
// ---------------------------------------------------------------------------

/// Panics unless every key matches its leaf on every side, and a wrong key on none.
#[allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]
pub fn assert_same_key_answers() {
    // ok: bundled fixtures; a failure is a broken benchmark, not bad input
    let limits = Limits::default();
    let opts = CheckOptions::at(check_time());
    for (name, leaf, key) in KEY_PAIRS {
        let public = internals::leaf_key(leaf, &limits).expect("certvet reads the leaf");
        assert!(
            internals::key_matches(key, &public, &limits),
            "certvet: {name} key matches"
        );
    }
    for (name, leaf, key) in CHECK_PAIRS {
        let report = check(&CheckInput::new(leaf).with_key(key), &opts);
        assert!(
            report.valid,
            "certvet: {name} pair is valid: {:?}",
            report.errors
        );
        assert_eq!(
            report.key_matches,
            Some(true),
            "certvet: {name} key matches"
        );
    }
    let other = internals::leaf_key(P256_LEAF_PEM, &limits).expect("P-256 leaf");
    assert!(!internals::key_matches(RSA2048_KEY, &other, &limits));

    #[cfg(feature = "compare-openssl")]
    {
        let epoch = ossl::epoch();
        for (name, leaf, key) in KEY_PAIRS {
            let public = ossl::leaf_key(leaf).expect("OpenSSL reads the leaf");
            assert!(ossl::key_match(key, &public), "OpenSSL: {name} key matches");
            let c = internals::inspect(leaf, &limits).expect("certvet reads the leaf");
            let o = ossl::inspect_pem(leaf, &epoch).expect("OpenSSL reads the leaf");
            assert_eq!(
                (c.fingerprint, c.key_bits),
                (o.fingerprint, o.key_bits),
                "{name}"
            );
        }
        let other = ossl::leaf_key(P256_LEAF_PEM).expect("P-256 leaf");
        assert!(!ossl::key_match(RSA2048_KEY, &other));
    }
}

/// Registers `key_match/<key>` and `check_json/<key>`.
pub fn register_keys(c: &mut Criterion) {
    assert_same_key_answers();
    let limits = Limits::default();
    let opts = CheckOptions::at(check_time());
    #[cfg(feature = "compare-openssl")]
    let (epoch, openssl) = (ossl::epoch(), ossl::label());

    // key_match: parse + strict proof + compare with the leaf's key.
    {
        let mut g = micro(c, "key_match");
        // OpenSSL's RSA_check_key tests p and q for primality: milliseconds.
        g.sample_size(20);
        for (case, leaf, key) in KEY_PAIRS {
            g.throughput(bytes(key.len()));
            if let Some(public) = internals::leaf_key(leaf, &limits) {
                g.bench_function(BenchmarkId::new("certvet", case), |b| {
                    b.iter(|| internals::key_matches(black_box(key), &public, &limits));
                });
            }
            #[cfg(feature = "compare-openssl")]
            if let Some(public) = ossl::leaf_key(leaf) {
                g.bench_function(BenchmarkId::new(&openssl, case), |b| {
                    b.iter(|| ossl::key_match(black_box(key), &public));
                });
            }
        }
        g.finish();
    }

    // check_json: the whole check of a leaf and its key, as JSON.
    {
        let mut g = micro(c, "check_json");
        for (case, leaf, key) in CHECK_PAIRS {
            g.throughput(bytes(leaf.len() + key.len()));
            g.bench_function(BenchmarkId::new("certvet", case), |b| {
                b.iter(|| certvet_check_json(black_box(leaf), black_box(key), &opts));
            });
            #[cfg(feature = "compare-openssl")]
            g.bench_function(BenchmarkId::new(&openssl, case), |b| {
                b.iter(|| ossl::check_json(black_box(leaf), black_box(key), &epoch));
            });
        }
        g.finish();
    }
}
