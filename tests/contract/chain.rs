//! Chain diagnosis on the bundle fixtures: `SignedByNext`, `SuggestedOrder` and
//! the reasons, exactly.

use certvet::Target;

use crate::support::{check_files, reasons};

/// (fixture, SignedByNext per certificate, SuggestedOrder, errors, warnings)
type Case = (
    &'static str,
    &'static [Option<bool>],
    Option<&'static [usize]>,
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    // leaf, intermediate, root: every link verifies.
    (
        "rsa2048/fullchain.pem",
        &[Some(true), Some(true), None],
        None,
        &[],
        &[],
    ),
    // leaf, intermediate: the test root is no Mozilla root.
    (
        "rsa2048/chain.pem",
        &[Some(true), None],
        None,
        &[],
        &["ChainIncomplete"],
    ),
    // intermediate, leaf, root.
    (
        "chains/chain-intermediate-first.pem",
        &[Some(false), Some(false), None],
        Some(&[2, 1, 3]),
        &["ChainOrder"],
        &[],
    ),
    // root, intermediate, leaf.
    (
        "chains/chain-reversed.pem",
        &[Some(false), Some(false), None],
        Some(&[3, 2, 1]),
        &["ChainOrder"],
        &[],
    ),
    // leaf, intermediate, intermediate again, root.
    (
        "chains/chain-duplicate-intermediate.pem",
        &[Some(true), Some(false), Some(true), None],
        Some(&[1, 2, 4]),
        &["ChainOrder"],
        &[],
    ),
    // leaf, intermediate, root, an unrelated certificate.
    (
        "chains/chain-unrelated-extra.pem",
        &[Some(true), Some(true), Some(false), None],
        Some(&[1, 2, 3]),
        &["ChainOrder"],
        &[],
    ),
    // a same-name intermediate with another key: its signature on the leaf fails.
    (
        "chains/chain-wrong-intermediate.pem",
        &[Some(false), Some(true), None],
        None,
        &["ChainSignatureInvalid"],
        &[],
    ),
    // leaf, intermediate, an expired cross-signed root left in the bundle.
    (
        "chains/chain-expired-cross-signed.pem",
        &[Some(true), Some(true), None],
        None,
        &[],
        &["ChainMemberExpired", "ChainIncomplete"],
    ),
    // signature algorithms: RSA-PSS, Ed25519 and ECDSA P-521 (leaf + root), ECDSA P-384, SHA-1 (weak).
    (
        "sigalg/rsa-pss/fullchain.pem",
        &[Some(true), None],
        None,
        &[],
        &[],
    ),
    (
        "sigalg/ed25519/fullchain.pem",
        &[Some(true), None],
        None,
        &[],
        &[],
    ),
    (
        "sigalg/ecdsa-p384/fullchain.pem",
        &[Some(true), Some(true), None],
        None,
        &[],
        &[],
    ),
    (
        "sigalg/ecdsa-p521/fullchain.pem",
        &[Some(true), None],
        None,
        &[],
        &[],
    ),
    (
        "sigalg/sha1/fullchain.pem",
        &[Some(true), Some(true), None],
        None,
        &[],
        &["WeakSignature"],
    ),
];

#[test]
fn bundles_get_their_links_order_and_reasons() {
    let mut failures = Vec::new();
    for (file, links, order, errors, warnings) in CASES {
        let report = check_files(file, None, None, Target::Generic);
        let got_links: Vec<Option<bool>> = report
            .chain
            .as_ref()
            .unwrap()
            .iter()
            .map(|e| e.signed_by_next)
            .collect();
        let (e, w) = reasons(&report);
        let got = (got_links, report.suggested_order.clone(), e, w);
        let want = (
            links.to_vec(),
            order.map(<[usize]>::to_vec),
            errors.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            warnings.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        );
        if got != want {
            failures.push(format!("{file}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_signature_failure_names_the_pair() {
    let report = check_files(
        "chains/chain-wrong-intermediate.pem",
        None,
        None,
        Target::Generic,
    );
    let f = &report.errors[0];
    assert!(
        f.message
            .starts_with("certificate 1 (CN=rsa2048.example.com) names certificate 2 (CN="),
        "{}",
        f.message
    );
    assert!(f.hint.is_some());
}
