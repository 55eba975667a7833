//! The certificate extensions certvet reads (RFC 5280 §4.2): subjectAltName,
//! basicConstraints, subjectKeyIdentifier and authorityKeyIdentifier.

use super::name;
use crate::der;

/// An Extension: OID contents and extnValue contents.
#[derive(Clone, Copy, Debug)]
pub(super) struct Extension<'a> {
    pub(super) oid: &'a [u8],
    pub(super) value: &'a [u8],
}

/// Reads one Extension off the front of `input`.
pub(super) fn extension(input: &[u8]) -> Result<(Extension<'_>, &[u8]), &'static str> {
    let (ext, rest) = der::expect(input, der::SEQUENCE).map_err(|_| "malformed extension")?;
    let (oid, inner) =
        der::expect(ext.content, der::OID).map_err(|_| "extension without an OID")?;
    if !der::valid_oid(oid.content) {
        return Err("malformed extension OID");
    }
    let (critical, inner) =
        der::optional(inner, der::BOOLEAN).map_err(|_| "malformed extension")?;
    if critical.is_some_and(|c| c.content.len() != 1) {
        return Err("malformed extension critical flag");
    }
    let (value, inner) = der::expect(inner, der::OCTET_STRING).map_err(|_| {
        // DER encodes a string primitive (X.690 §10.2); OpenSSL would join the segments.
        if inner.first() == Some(&(der::OCTET_STRING | 0x20)) {
            "extension value is a constructed (BER) OCTET STRING, not DER"
        } else {
            "extension without a value"
        }
    })?;
    if !inner.is_empty() {
        return Err("extra element in an extension");
    }
    Ok((
        Extension {
            oid: oid.content,
            value: value.content,
        },
        rest,
    ))
}

/// basicConstraints' cA (BOOLEAN, any non-zero octet is true as in OpenSSL).
pub(super) fn basic_constraints_ca(value: &[u8]) -> Option<bool> {
    let (seq, rest) = der::expect(value, der::SEQUENCE).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let (ca, inner) = der::optional(seq.content, der::BOOLEAN).ok()?;
    let (path_len, inner) = der::optional(inner, der::INTEGER).ok()?;
    if !inner.is_empty() || path_len.is_some_and(|p| !der::valid_integer(p.content)) {
        return None;
    }
    match ca {
        None => Some(false),
        Some(b) => match b.content {
            [v] => Some(*v != 0),
            _ => None,
        },
    }
}

/// authorityKeyIdentifier's `[0] keyIdentifier`.
pub(super) fn authority_key_id(value: &[u8]) -> Option<&[u8]> {
    let (seq, rest) = der::expect(value, der::SEQUENCE).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let (key_id, inner) = der::optional(seq.content, 0x80).ok()?;
    let (_, inner) = der::optional(inner, 0xa1).ok()?;
    let (serial, inner) = der::optional(inner, 0x82).ok()?;
    if !inner.is_empty() || serial.is_some_and(|s| !der::valid_integer(s.content)) {
        return None;
    }
    key_id.map(|k| k.content)
}

/// The contents of a GeneralNames SEQUENCE when every GeneralName in it decodes as
/// OpenSSL's `d2i_GENERAL_NAMES` would take it; `None` otherwise.
pub(super) fn general_names(value: &[u8]) -> Option<&[u8]> {
    let (seq, rest) = der::expect_list(value, der::SEQUENCE).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let mut names = seq.content;
    while !names.is_empty() {
        let (gn, after) = der::read(names).ok()?;
        names = after;
        let ok = match gn.tag {
            // rfc822Name, dNSName, URI (IA5String), iPAddress (OCTET STRING)
            0x81 | 0x82 | 0x86 | 0x87 => true,
            // the same as constructed (BER) strings, which OpenSSL joins
            0xa1 | 0xa2 | 0xa6 | 0xa7 => name::collect(gn.content, 0, &mut Vec::new()).is_ok(),
            // registeredID
            0x88 => der::valid_oid(gn.content),
            // otherName: type-id, [0] EXPLICIT value
            0xa0 => der::expect(gn.content, der::OID)
                .ok()
                .filter(|(oid, _)| der::valid_oid(oid.content))
                .and_then(|(_, r)| der::expect(r, 0xa0).ok())
                .is_some_and(|(v, r)| {
                    r.is_empty() && der::read(v.content).is_ok_and(|(_, r)| r.is_empty())
                }),
            // x400Address, ediPartyName
            0xa3 | 0xa5 => true,
            // directoryName: [4] EXPLICIT Name
            0xa4 => der::read(gn.content)
                .is_ok_and(|(n, r)| r.is_empty() && name::validate(n.whole).is_ok()),
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    Some(seq.content)
}
