//! certvet's criterion benchmarks: the groups live in the `certvet-bench` crate, which
//! another crate registers the same way.
use criterion::{criterion_group, criterion_main};

criterion_group!(benches, certvet_bench::register);
criterion_main!(benches);
