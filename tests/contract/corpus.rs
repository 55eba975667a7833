//! Replays the committed fuzz corpora and any saved fuzz artifacts (`fuzz/corpus/*`,
//! `fuzz/artifacts/*`) through the entry points their targets call, so that every input a
//! campaign kept is also a regression test of the plain build: none may panic. The
//! differential targets' inputs go through the same certvet paths (their OpenSSL side
//! lives in the fuzz crate).

use std::path::Path;

/// The `certvet::fuzz` entry point each fuzz target calls.
fn entry(target: &str) -> Option<fn(&[u8])> {
    Some(match target {
        "input_cert" | "diff_cert" | "diff_chain" => certvet::fuzz::cert_input,
        "chain" => certvet::fuzz::chain,
        "input_key" => certvet::fuzz::key_input,
        "encrypted_key" => certvet::fuzz::encrypted_key,
        "check_pair" | "diff_key" => certvet::fuzz::check_pair,
        "batch_line" => certvet::fuzz::batch_line,
        _ => return None,
    })
}

#[test]
fn fuzz_corpora_and_artifacts_replay_without_a_panic() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0usize;
    for kind in ["corpus", "artifacts"] {
        let Ok(targets) = std::fs::read_dir(fuzz.join(kind)) else {
            continue;
        };
        for target in targets.flatten() {
            let name = target.file_name().to_string_lossy().into_owned();
            let run = entry(&name).unwrap_or_else(|| panic!("fuzz/{kind}/{name}: no such target"));
            for file in std::fs::read_dir(target.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let data = std::fs::read(file.path()).expect("readable");
                run(&data);
                replayed += 1;
            }
        }
    }
    // The corpora are committed: a checkout without them is a broken checkout.
    assert!(replayed > 500, "only {replayed} corpus files replayed");
}
