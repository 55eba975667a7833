//! certvet's criterion benchmarks; the groups live in `certvet::bench`.
use criterion::{Criterion, criterion_group, criterion_main};

fn all(c: &mut Criterion) {
    certvet::bench::register(c);
}

criterion_group!(benches, all);
criterion_main!(benches);
