#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| certvet::fuzz::cert_input(data));
