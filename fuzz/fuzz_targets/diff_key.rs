#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(why) = certvet_fuzz::diff_key(data) {
        panic!("diff_key: {why}");
    }
});
