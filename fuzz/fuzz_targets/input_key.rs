#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| certvet::fuzz::key_input(data));
