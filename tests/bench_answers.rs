//! The benchmark inputs give certvet, the floor and (with `compare-openssl`) OpenSSL the
//! same answers, as `certvet_bench::register` asserts before timing anything: a broken
//! fixture or floor shows in `cargo test`, not first in a benchmark run.

#[test]
fn request_inputs_give_the_same_answers() {
    certvet_bench::assert_same_request_answers();
}

#[test]
fn leaf_inputs_give_the_same_answers() {
    certvet_bench::assert_same_leaf_answers();
}

#[test]
fn key_inputs_give_the_same_answers() {
    certvet_bench::assert_same_key_answers();
}
