//! `--host`: does the leaf serve this name? (contract v1.1, New options; RFC 6125 as the
//! contract states it, and as browsers apply it.)
//!
//! - A DNS name is converted to A-labels (UTS #46 / IDNA through the `idna` crate) and
//!   compared ASCII-case-insensitively with each dNSName of subjectAltName.
//! - A `*` is a wildcard only as the whole left-most label of a dNSName, and stands for
//!   exactly one non-empty label: `*.example.com` covers `a.example.com`, not
//!   `example.com` nor `a.b.example.com`. A `*` anywhere else is a literal character.
//! - An IPv4 or IPv6 literal (IPv6 optionally in brackets) is covered only by an equal
//!   iPAddress entry, never by a dNSName.
//! - The subject's commonName is never consulted.
//!
//! One trailing dot (a fully qualified name) is ignored on both sides.

use std::net::IpAddr;

/// What was asked, as the user wrote it, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Host {
    /// An IP literal.
    Ip(IpAddr),
    /// A DNS name in lowercase A-labels, without a trailing dot.
    Dns(String),
    /// A name that IDNA refuses (empty labels, forbidden characters): covered by nothing.
    Invalid,
}

impl Host {
    /// Read one `--host` value.
    pub(crate) fn parse(name: &str) -> Host {
        let trimmed = name.trim();
        let bare = trimmed
            .strip_prefix('[')
            .and_then(|s| s.strip_suffix(']'))
            .unwrap_or(trimmed);
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return Host::Ip(ip);
        }
        let dns = trimmed.strip_suffix('.').unwrap_or(trimmed);
        if dns.is_empty() || dns.contains(['/', ' ', ':', '@', '\\']) {
            return Host::Invalid;
        }
        // A name asked with a wildcard is compared literally with the certificate's
        // entries (it asks "does it hold *.example.com?").
        if let Some(rest) = dns.strip_prefix("*.") {
            return match to_ascii(rest) {
                Some(rest) => Host::Dns(format!("*.{rest}")),
                None => Host::Invalid,
            };
        }
        match to_ascii(dns) {
            Some(ascii) => Host::Dns(ascii),
            None => Host::Invalid,
        }
    }

    /// Whether a certificate with these subjectAltName entries serves this name.
    /// `dns`: the dNSName entries as they are in the certificate; `ips`: the iPAddress
    /// entries in text form (as the report prints them).
    pub(crate) fn covered_by(&self, dns: &[String], ips: &[String]) -> bool {
        match self {
            Host::Invalid => false,
            Host::Ip(ip) => ips.iter().any(|s| s.parse::<IpAddr>().ok() == Some(*ip)),
            Host::Dns(name) => dns.iter().any(|pattern| matches(pattern, name)),
        }
    }
}

/// A DNS name in lowercase A-labels; `None` when IDNA refuses it or a label is empty.
fn to_ascii(name: &str) -> Option<String> {
    let ascii = idna::domain_to_ascii(name).ok()?;
    if ascii.is_empty() || ascii.split('.').any(str::is_empty) {
        return None;
    }
    Some(ascii)
}

/// Whether the dNSName `pattern` (from the certificate) covers `name` (lowercase A-labels).
fn matches(pattern: &str, name: &str) -> bool {
    let pattern = pattern.strip_suffix('.').unwrap_or(pattern);
    if pattern.eq_ignore_ascii_case(name) {
        return true;
    }
    let Some(suffix) = pattern.strip_prefix("*.") else {
        return false;
    };
    if name.starts_with("*.") {
        return false; // a wildcard asked is compared literally (above)
    }
    match name.split_once('.') {
        Some((first, rest)) => !first.is_empty() && rest.eq_ignore_ascii_case(suffix),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dns(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    fn covers(name: &str, san: &[&str], ips: &[&str]) -> bool {
        Host::parse(name).covered_by(&dns(san), &dns(ips))
    }

    /// testdata/names/wildcard.pem's subjectAltName; the answers are
    /// `openssl x509 -checkhost` (manifest `hosts`).
    const WILDCARD: &[&str] = &["*.example.com", "example.com"];

    #[test]
    fn wildcard_covers_exactly_one_label() {
        assert!(covers("a.example.com", WILDCARD, &[]));
        assert!(covers("A.Example.COM", WILDCARD, &[]));
        assert!(covers("example.com", WILDCARD, &[]));
        assert!(!covers("a.b.example.com", WILDCARD, &[]));
        assert!(!covers("other.org", WILDCARD, &[]));
        assert!(!covers("example.com", &["*.example.com"], &[]));
        assert!(!covers(".example.com", &["*.example.com"], &[]));
    }

    #[test]
    fn a_star_elsewhere_is_no_wildcard() {
        assert!(!covers("foo.example.com", &["f*.example.com"], &[]));
        assert!(!covers("a.b.example.com", &["a.*.example.com"], &[]));
        assert!(!covers("a.example.com", &["*"], &[]));
        // Asking for the wildcard itself compares literally.
        assert!(covers("*.example.com", WILDCARD, &[]));
        assert!(!covers("*.example.com", &["a.example.com"], &[]));
    }

    #[test]
    fn ip_literals_match_ip_entries_only() {
        // testdata/names/ip-sans.pem
        let ips = [
            "192.0.2.1",
            "2001:db8::1",
            "::1",
            "2001:db8::1:0:0:1",
            "10.0.0.255",
        ];
        assert!(covers("192.0.2.1", &["ip.example.com"], &ips));
        assert!(covers("2001:DB8:0:0:0:0:0:1", &[], &ips));
        assert!(covers("[2001:db8::1]", &[], &ips));
        assert!(!covers("192.0.2.2", &[], &ips));
        // A dNSName that spells an address does not cover it.
        assert!(!covers("192.0.2.1", &["192.0.2.1"], &[]));
        assert!(!covers("192.0.2.1", WILDCARD, &[]));
    }

    #[test]
    fn idna_names_compare_as_a_labels() {
        // testdata/hosts/idn.pem
        let san = [
            "xn--bcher-kva.example.com",
            "*.xn--caf-dma.example",
            "api.example.com",
        ];
        assert!(covers("bücher.example.com", &san, &[]));
        assert!(covers("BÜCHER.example.com", &san, &[]));
        assert!(covers("XN--BCHER-KVA.example.com", &san, &[]));
        assert!(covers("www.café.example", &san, &[]));
        assert!(!covers("café.example", &san, &[]));
        assert!(!covers("idn.example.com", &san, &[]));
        assert_eq!(
            Host::parse("Bücher.Example.com."),
            Host::Dns("xn--bcher-kva.example.com".to_owned())
        );
    }

    #[test]
    fn invalid_names_are_covered_by_nothing() {
        for bad in ["", "a..example.com", "exa mple.com", "http://example.com"] {
            assert_eq!(Host::parse(bad), Host::Invalid, "{bad:?}");
            assert!(!covers(bad, &["*.example.com", "a..example.com"], &[]));
        }
    }

    #[test]
    fn trailing_dots_are_ignored() {
        assert!(covers("example.com.", WILDCARD, &[]));
        assert!(covers("a.example.com", &["*.example.com."], &[]));
    }
}
