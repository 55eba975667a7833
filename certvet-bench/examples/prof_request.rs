//! One request shape checked in a loop, for a profiler (benches/README.md, "Where the
//! time goes"):
//!
//! ```sh
//! cargo build --release -p certvet-bench --example prof_request
//! perf record --call-graph dwarf target/release/examples/prof_request p256 30000
//! ```
//!
//! The shapes are `certvet_bench::fixtures::requests()`: rsa2048, p256, ecdsa-chain,
//! root-included.

use std::process::ExitCode;

use certvet::{CheckInput, CheckOptions, check};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "rsa2048".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let requests = certvet_bench::fixtures::requests();
    let Some(r) = requests.iter().find(|r| r.name == which) else {
        let names: Vec<_> = requests.iter().map(|r| r.name).collect();
        eprintln!(
            "prof_request: no request {which:?} (one of: {})",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    let opts = CheckOptions::at(certvet_bench::check_time());
    let mut bytes = 0;
    for _ in 0..n {
        let input = CheckInput::new(std::hint::black_box(&r.chain)).with_key(r.key);
        bytes += check(&input, &opts).to_json().len();
    }
    println!("{n} checks of {which}, {bytes} bytes of JSON");
    ExitCode::SUCCESS
}
