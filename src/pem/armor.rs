//! The PEM writer: RFC 7468 strict form, the one `certvet fix` writes.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

/// RFC 7468 strict PEM: BEGIN line, base64 in 64-column lines, END line, LF line
/// ends. The text goes into a buffer sized up front, so a key is never copied
/// into a buffer that is freed without being zeroized.
pub(crate) fn armor(label: &str, der: &[u8]) -> Zeroizing<String> {
    let b64_len = der.len().div_ceil(3) * 4;
    let mut b64 = Zeroizing::new(String::with_capacity(b64_len));
    STANDARD.encode_string(der, &mut b64);
    let mut out = Zeroizing::new(String::with_capacity(
        b64_len + b64_len / 64 + 2 * label.len() + 40,
    ));
    out.push_str("-----BEGIN ");
    out.push_str(label);
    out.push_str("-----\n");
    let mut rest: &str = &b64;
    while !rest.is_empty() {
        let (line, tail) = rest.split_at(rest.len().min(64));
        out.push_str(line);
        out.push('\n');
        rest = tail;
    }
    out.push_str("-----END ");
    out.push_str(label);
    out.push_str("-----\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn armor_wraps_at_64_columns_with_lf() {
        let der: Vec<u8> = (0u8..90).collect();
        let text = armor("CERTIFICATE", &der);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "-----BEGIN CERTIFICATE-----");
        assert_eq!(lines[1].len(), 64);
        assert_eq!(lines[2].len(), 120 - 64);
        assert_eq!(lines[3], "-----END CERTIFICATE-----");
        assert!(!text.contains('\r') && text.ends_with("-----\n"));
        let body: String = lines[1..3].concat();
        assert_eq!(STANDARD.decode(body).unwrap(), der);
    }
}
