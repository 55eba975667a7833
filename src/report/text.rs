//! The report as a readable summary for a terminal (`--format text`).

use std::fmt::Write as _;

use super::fields::Report;
use crate::error::Reason;

/// The summary: the verdict, the fields, the chain, then the findings with their hints.
pub(super) fn to_text(report: &Report) -> String {
    let mut s = String::new();
    // The API takes a client certificate; browsers do not: say it before anything.
    for f in report
        .warnings
        .iter()
        .filter(|f| f.reason == Reason::NotForServerAuth)
    {
        let _ = writeln!(s, "WARNING {}: {}", f.reason, f.message);
    }
    let verdict = if report.valid { "VALID" } else { "INVALID" };
    let _ = writeln!(
        s,
        "{verdict}: the upload would be {}",
        if report.valid { "accepted" } else { "refused" }
    );
    let field = |s: &mut String, name: &str, value: Option<&str>| {
        let _ = writeln!(s, "  {name:<14} {}", value.unwrap_or("-"));
    };
    field(&mut s, "Common name", report.common_name.as_deref());
    if let Some(names) = &report.subject_alternative_names {
        let mut all: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Some(ips) = &report.ip_addresses {
            all.extend(ips.iter().map(String::as_str));
        }
        let names = all.join(", ");
        field(
            &mut s,
            "Names",
            Some(&names).filter(|n| !n.is_empty()).map(String::as_str),
        );
    }
    field(&mut s, "Subject", report.subject.as_deref());
    field(&mut s, "Issuer", report.issuer.as_deref());
    field(&mut s, "Valid from", report.start_time.as_deref());
    field(&mut s, "Expires", report.expire_time.as_deref());
    let key = match (&report.key_algorithm, report.key_bits, &report.curve) {
        (Some(a), _, Some(c)) => Some(format!("{a} {c}")),
        (Some(a), Some(b), None) => Some(format!("{a} {b} bits")),
        (Some(a), None, None) => Some(a.clone()),
        _ => None,
    };
    field(&mut s, "Key", key.as_deref());
    field(&mut s, "Serial", report.serial_number.as_deref());
    field(&mut s, "SHA-1", report.fingerprint.as_deref());
    field(&mut s, "SHA-256", report.fingerprint_sha256.as_deref());
    field(&mut s, "Signature", report.signature_algorithm.as_deref());
    if let Some(eku) = &report.extended_key_usage {
        field(&mut s, "Usage", Some(&eku.join(", ")));
    }
    if let Some(hosts) = &report.hosts {
        for h in hosts {
            let covered = match h.covered {
                Some(true) => "covered",
                Some(false) => "NOT covered",
                None => "not checked",
            };
            let _ = writeln!(s, "  {:<14} {} {covered}", "Host", h.name);
        }
    }
    let matches = match (report.key_matches, report.key_matches_certificate) {
        (Some(true), _) => "yes (the key belongs to the leaf)".to_owned(),
        (Some(false), Some(n)) => format!("no (it belongs to certificate {n})"),
        (Some(false), None) => "no".to_owned(),
        (None, _) => "not checked".to_owned(),
    };
    let encoding = report
        .key_encoding
        .as_deref()
        .map(|e| format!(" [{e}]"))
        .unwrap_or_default();
    let _ = writeln!(s, "  {:<14} {matches}{encoding}", "Key matches");
    chain_lines(&mut s, report);
    if let Some(order) = &report.suggested_order {
        let order: Vec<String> = order.iter().map(usize::to_string).collect();
        let _ = writeln!(s, "Suggested order: {}", order.join(", "));
    }
    finding_lines(&mut s, report);
    s
}

/// The chain, one line per certificate with its link to the next.
fn chain_lines(s: &mut String, report: &Report) {
    if let Some(chain) = &report.chain {
        let _ = writeln!(
            s,
            "Chain ({} certificate{}):",
            chain.len(),
            if chain.len() == 1 { "" } else { "s" }
        );
        for entry in chain {
            let link = match entry.signed_by_next {
                Some(true) => "✓ signed by next",
                Some(false) => "✗ not signed by next",
                None => "  (last)",
            };
            let name = entry
                .common_name
                .as_deref()
                .map(|cn| format!("CN={cn}"))
                .or_else(|| entry.subject.clone())
                .unwrap_or_else(|| "(unparsable)".to_owned());
            let _ = writeln!(
                s,
                "  {}. {link}  {name}  expires {}",
                entry.index,
                entry.expire_time.as_deref().unwrap_or("-")
            );
        }
    }
}

/// The errors, then the warnings, each with its hint.
fn finding_lines(s: &mut String, report: &Report) {
    for (title, list) in [("Errors", &report.errors), ("Warnings", &report.warnings)] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "{title}:");
        for f in list {
            let _ = writeln!(s, "  ✗ {}: {}", f.reason, f.message);
            if let Some(hint) = &f.hint {
                let _ = writeln!(s, "    fix: {hint}");
            }
        }
    }
}
