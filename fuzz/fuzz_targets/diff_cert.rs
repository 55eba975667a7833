#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let certvet_fuzz::CertOutcome::Disagree(why) = certvet_fuzz::diff_cert(data) {
        panic!("diff_cert: {why}");
    }
});
