//! Distinguished names (X.501 `Name`, RFC 5280 §4.1.2.4) as OpenSSL 3 prints them with
//! `-nameopt RFC2253` (RFC 4514 string form, OpenSSL's flavour), and the checks OpenSSL
//! applies to a `Name` when it decodes a certificate.
//!
//! What OpenSSL 3.0 does, and this module reproduces (each point checked against the
//! `openssl` binary):
//!
//! - Attributes are printed last first (the flattened attribute list reversed, so a
//!   multi-valued RDN `CN=a+O=b` comes out as `O=b+CN=a`), `,` between RDNs, `+` inside
//!   one, no spaces. An empty RDN prints nothing.
//! - The attribute name is OpenSSL's short name for the OID (`CN`, `emailAddress`,
//!   `jurisdictionC`, `rsaEncryption`, … from its whole object table); an OID OpenSSL does
//!   not know is written dotted, cut to 79 characters (its 80-byte buffer), or left empty
//!   when its encoding exceeds 586 octets; and its value is dumped as `#` and the
//!   uppercase hex of its DER.
//! - Values of known attributes: UTF8String bytes are taken one by one; Printable, IA5,
//!   T61 and Numeric strings as Latin-1, BMPString as UCS-2 and UniversalString as UCS-4,
//!   each converted to UTF-8. Then `,+"\<>;` get a backslash, so do a leading `#`, a
//!   leading or trailing space (a one-character value counts as "trailing" only, so `#`
//!   alone stays bare), and control characters and every byte ≥ 0x80 become `\XX`.
//!   Other types (BIT STRING, SEQUENCE, ObjectDescriptor, REAL, …) are dumped `#hex` of
//!   their DER as OpenSSL re-encodes it (BIT STRING padding bits cleared; a SEQUENCE as it
//!   was read).
//! - OpenSSL refuses a certificate whose name has a value that is not of a universal
//!   string-like type (BOOLEAN, INTEGER, OCTET STRING, NULL, OID, SET, VisibleString,
//!   GeneralString, UTCTime…), an invalid UTF8String, a BMPString of odd length or holding
//!   surrogates, a UniversalString not a multiple of 4 or out of Unicode, a BIT STRING
//!   without its unused-bits octet or with more than 7 unused bits, or a malformed OID.
//!   Constructed (BER) strings are joined, as OpenSSL does.

use std::borrow::Cow;

use crate::der::{self, Tlv};
use crate::oid;

/// Universal tag numbers a name attribute value may carry (OpenSSL's `B_ASN1_PRINTABLE`
/// mask: the string types it prints, BIT STRING, SEQUENCE and the "unknown" tags).
const fn value_tag_allowed(number: u8) -> bool {
    matches!(
        number,
        3 | 7 | 8 | 9 | 11 | 12 | 13 | 14 | 15 | 16 | 18 | 19 | 20 | 22 | 28 | 29 | 30
    )
}

/// Deepest nesting of constructed string segments OpenSSL joins (`ASN1_MAX_STRING_NEST`).
const MAX_STRING_NEST: usize = 5;

/// Longest OID text OpenSSL's name printer keeps (`char objtmp[80]`, NUL included).
const OID_TEXT_MAX: usize = 79;

/// Longest OID encoding `OBJ_obj2txt` converts (586 octets, RFC 2578's bound).
const OID_ENCODING_MAX: usize = 586;

/// One attribute of a name: type OID (content octets), value element, index of its RDN.
#[derive(Clone, Copy, Debug)]
struct Ava<'a> {
    oid: &'a [u8],
    value: Tlv<'a>,
    set: usize,
}

/// A decoded attribute value: its universal tag number and content as OpenSSL holds it.
struct Value<'a> {
    number: u8,
    /// Content octets (constructed strings joined); for a SEQUENCE the whole encoding.
    data: Cow<'a, [u8]>,
}

/// How [`walk`] reads a name's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Walk {
    /// As OpenSSL's decoder: an RDN's SET also with the constructed bit clear (its
    /// template decoder does not check that bit), attribute type OIDs checked.
    Decode,
    /// As the canonical form of issuer matching reads it: an RDN is a constructed SET;
    /// the OIDs are compared as they are.
    Compare,
}

/// One step of [`walk`].
enum Part<'a> {
    /// An RDN starts.
    Open,
    /// One of its attributes.
    Ava(Ava<'a>),
    /// The RDN ends.
    Close,
}

/// THE walk over a name: an RDNSequence's contents in DER order, calling `f` at each RDN's
/// start and end and for each attribute in it.
///
/// # Errors
/// A short description of the first structural fault, or `f`'s error.
fn walk<'a>(
    mut rdns: &'a [u8],
    how: Walk,
    mut f: impl FnMut(Part<'a>) -> Result<(), &'static str>,
) -> Result<(), &'static str> {
    let mut set = 0;
    while !rdns.is_empty() {
        let rdn = match how {
            Walk::Decode => der::expect_list(rdns, der::SET),
            Walk::Compare => der::expect(rdns, der::SET),
        };
        let (rdn, after) = rdn.map_err(|_| "RDN is not a SET")?;
        rdns = after;
        f(Part::Open)?;
        let mut avas = rdn.content;
        while !avas.is_empty() {
            let (ava, after) =
                der::expect(avas, der::SEQUENCE).map_err(|_| "attribute is not a SEQUENCE")?;
            avas = after;
            let (oid, inner) =
                der::expect(ava.content, der::OID).map_err(|_| "attribute type is not an OID")?;
            if how == Walk::Decode && !der::valid_oid(oid.content) {
                return Err("malformed attribute type OID");
            }
            let (value, inner) = der::read(inner).map_err(|_| "attribute value missing")?;
            if !inner.is_empty() {
                return Err("extra element in an attribute");
            }
            f(Part::Ava(Ava {
                oid: oid.content,
                value,
                set,
            }))?;
        }
        f(Part::Close)?;
        set += 1;
    }
    Ok(())
}

/// Walks a `Name` (the whole DER element) as OpenSSL decodes it, calling `f` for each
/// attribute in DER order.
fn for_each_ava<'a>(
    name: &'a [u8],
    mut f: impl FnMut(Ava<'a>) -> Result<(), &'static str>,
) -> Result<(), &'static str> {
    let (name, rest) =
        der::expect_list(name, der::SEQUENCE).map_err(|_| "name is not a SEQUENCE")?;
    if !rest.is_empty() {
        return Err("bytes after the name");
    }
    walk(name.content, Walk::Decode, |part| match part {
        Part::Ava(ava) => f(ava),
        Part::Open | Part::Close => Ok(()),
    })
}

/// Checks a `Name` as OpenSSL's decoder does (structure, value types, string contents).
/// Returns the last `commonName` value, found on the way, for [`common_name_text`].
///
/// # Errors
/// A short description of the first fault.
pub(crate) fn validate(name: &[u8]) -> Result<Option<Tlv<'_>>, &'static str> {
    let mut common_name = None;
    for_each_ava(name, |ava| {
        if ava.oid == oid::COMMON_NAME {
            common_name = Some(ava.value);
        }
        decode_value(ava.value, true).map(|_| ())
    })?;
    Ok(common_name)
}

/// Joins the segments of a constructed string, as OpenSSL's `asn1_collect` does.
///
/// # Errors
/// A short description when a segment is malformed or nested too deep.
pub(crate) fn collect(content: &[u8], depth: usize, out: &mut Vec<u8>) -> Result<(), &'static str> {
    let mut rest = content;
    while !rest.is_empty() {
        let (seg, after) = der::read(rest).map_err(|_| "malformed string segment")?;
        rest = after;
        if seg.tag == 0 && seg.content.is_empty() {
            return Err("unexpected end-of-contents");
        }
        if seg.constructed() {
            if depth >= MAX_STRING_NEST {
                return Err("string segments nested too deep");
            }
            collect(seg.content, depth + 1, out)?;
        } else {
            out.extend_from_slice(seg.content);
        }
    }
    Ok(())
}

/// Decodes an attribute value as OpenSSL's `X509_NAME` decoder does; with `check`, also
/// checks the string contents (formatting a validated name skips that).
fn decode_value(v: Tlv<'_>, check: bool) -> Result<Value<'_>, &'static str> {
    if v.tag & 0xc0 != 0 {
        return Err("attribute value is not a universal type");
    }
    let number = v.tag & 0x1f;
    if !value_tag_allowed(number) {
        return Err("attribute value of a type OpenSSL refuses in names");
    }
    if number == 16 {
        if !v.constructed() {
            return Err("primitive SEQUENCE in a name");
        }
        return Ok(Value {
            number,
            data: Cow::Borrowed(v.whole),
        });
    }
    let data = if v.constructed() {
        let mut joined = Vec::new();
        collect(v.content, 0, &mut joined)?;
        Cow::Owned(joined)
    } else {
        Cow::Borrowed(v.content)
    };
    if !check {
        return Ok(Value { number, data });
    }
    match number {
        3 if data.first().is_none_or(|&unused| unused > 7) => Err("malformed BIT STRING in a name"),
        12 if !data.is_ascii() && std::str::from_utf8(&data).is_err() => {
            Err("invalid UTF8String in a name")
        }
        30 if data.len() % 2 != 0
            || data.chunks_exact(2).any(|c| (0xd8..=0xdf).contains(&c[0])) =>
        {
            Err("invalid BMPString in a name")
        }
        28 if data.len() % 4 != 0
            || data.chunks_exact(4).any(|c| {
                char::from_u32(u32::from_be_bytes([c[0], c[1], c[2], c[3]])).is_none()
            }) =>
        {
            Err("invalid UniversalString in a name")
        }
        _ => Ok(Value { number, data }),
    }
}

/// The seven characters RFC 2253 escapes with a backslash wherever they are.
const fn rfc2253_special(b: u8) -> bool {
    matches!(b, b',' | b'+' | b'"' | b'\\' | b'<' | b'>' | b';')
}

/// Bytes a string value carries as they are anywhere but at its two ends: printable
/// ASCII other than the RFC 2253 specials.
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b: u8 = 0x20;
    while b < 0x7f {
        table[b as usize] = !rfc2253_special(b);
        b += 1;
    }
    table
};

/// The name in OpenSSL 3's `-nameopt RFC2253` form (see the module docs).
///
/// `name` is the DER of a `Name` that [`validate`] accepted; on anything else the
/// attributes read before the fault are printed.
pub(crate) fn rfc4514(name: &[u8]) -> String {
    /// Attributes kept on the stack (type OID, the value's encoding, RDN index); more
    /// spill to a Vec.
    const INLINE: usize = 16;
    type Kept<'a> = (&'a [u8], &'a [u8], usize);
    let mut inline: [Kept<'_>; INLINE] = [(&[], &[], 0); INLINE];
    let mut spill: Vec<Kept<'_>> = Vec::new();
    let mut count = 0usize;
    let _ = for_each_ava(name, |ava| {
        let kept = (ava.oid, ava.value.whole, ava.set);
        match inline.get_mut(count) {
            Some(slot) => *slot = kept,
            None => spill.push(kept),
        }
        count += 1;
        Ok(())
    });
    // Everything written is ASCII (bytes ≥ 0x80 are escaped), so the buffer is
    // text; it is checked once at the end.
    let mut out = Vec::with_capacity(name.len() + 8);
    let mut prev_set = None;
    let kept = inline.get(..count).unwrap_or(&inline);
    for &(oid, value, set) in spill.iter().rev().chain(kept.iter().rev()) {
        match prev_set {
            None => {}
            Some(s) if s == set => out.push(b'+'),
            Some(_) => out.push(b','),
        }
        prev_set = Some(set);
        // The value was read from these bytes once already.
        if let Ok((value, _)) = der::read(value) {
            write_ava(&mut out, oid, value);
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends `type=value` for one attribute.
fn write_ava(out: &mut Vec<u8>, oid: &[u8], value: Tlv<'_>) {
    let short = oid::short_name(oid);
    match short {
        Some(sn) => out.extend_from_slice(sn.as_bytes()),
        None => {
            if oid.len() <= OID_ENCODING_MAX {
                let mut text = String::new();
                oid::write_dotted(&mut text, oid);
                // OpenSSL prints the OID through an 80-byte buffer; the text is ASCII.
                let text = text.as_bytes();
                out.extend_from_slice(text.get(..OID_TEXT_MAX).unwrap_or(text));
            }
        }
    }
    out.push(b'=');
    // Nearly every value: a primitive UTF8String or a Latin-1 string type.
    match (short.is_some(), value.tag) {
        (true, 0x0c) => return write_escaped_bytes(out, value.content, false),
        (true, 0x12..=0x14 | 0x16) => return write_escaped_bytes(out, value.content, true),
        _ => {}
    }
    let Ok(value) = decode_value(value, false) else {
        return;
    };
    if short.is_none() {
        write_dump(out, &value);
        return;
    }
    match value.number {
        12 => write_escaped_bytes(out, &value.data, false),
        18..=20 | 22 => write_escaped_bytes(out, &value.data, true),
        30 => write_escaped(
            out,
            value
                .data
                .chunks_exact(2)
                .map(|c| u32::from(u16::from_be_bytes([c[0], c[1]]))),
        ),
        28 => write_escaped(
            out,
            value
                .data
                .chunks_exact(4)
                .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]])),
        ),
        _ => write_dump(out, &value),
    }
}

/// Appends the characters of a string value with OpenSSL's RFC 2253 escaping.
///
/// `chars` are the string's code points (BMPString, UniversalString), each converted
/// to UTF-8 (a unit that is no character is dropped, as OpenSSL's `UTF8_putc` refuses
/// it). Every resulting byte ≥ 0x80 is written `\XX`.
fn write_escaped(out: &mut Vec<u8>, chars: impl ExactSizeIterator<Item = u32>) {
    let n = chars.len();
    for (i, c) in chars.enumerate() {
        // OpenSSL sets "first" for the first unit, then "last" for the last one, which
        // replaces "first" when there is only one.
        let last = i + 1 == n;
        let first = i == 0 && !last;
        if let Ok(b) = u8::try_from(c)
            && b < 0x80
        {
            push_ascii_escaped(out, b, first, last);
        } else if let Some(ch) = char::from_u32(c) {
            let mut buf = [0u8; 4];
            for &b in ch.encode_utf8(&mut buf).as_bytes() {
                push_hex_escape(out, b);
            }
        }
    }
}

/// Appends a one-octet-per-unit value (UTF8String bytes, or Latin-1 with `latin1`),
/// copying runs that need no escaping in one piece.
fn write_escaped_bytes(out: &mut Vec<u8>, data: &[u8], latin1: bool) {
    // Nearly every value has nothing to escape: plain bytes, with no space at either
    // end and no '#' first.
    if let (Some(&first), Some(&last)) = (data.first(), data.last())
        && !matches!(first, b' ' | b'#')
        && last != b' '
        && data.iter().all(|&b| PLAIN[usize::from(b)])
    {
        out.extend_from_slice(data);
        return;
    }
    let n = data.len();
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        // A run of plain bytes, leaving out the first and last positions, where a
        // space or '#' may need escaping.
        if i != 0 {
            let interior = data.get(i..n.saturating_sub(1)).unwrap_or_default();
            let len = interior
                .iter()
                .position(|&b| !PLAIN[usize::from(b)])
                .unwrap_or(interior.len());
            if len > 0 {
                out.extend_from_slice(interior.get(..len).unwrap_or_default());
                i += len;
                continue;
            }
        }
        let last = i + 1 == n;
        let first = i == 0 && !last;
        if b < 0x80 {
            push_ascii_escaped(out, b, first, last);
        } else if latin1 {
            // U+0080..U+00FF in UTF-8: two octets.
            push_hex_escape(out, 0xc0 | (b >> 6));
            push_hex_escape(out, 0x80 | (b & 0x3f));
        } else {
            push_hex_escape(out, b);
        }
        i += 1;
    }
}

/// Appends one ASCII byte, escaped as OpenSSL's `do_esc_char` does under RFC 2253 flags.
fn push_ascii_escaped(out: &mut Vec<u8>, b: u8, first: bool, last: bool) {
    match b {
        b if rfc2253_special(b) => out.extend_from_slice(&[b'\\', b]),
        b'#' if first => out.extend_from_slice(b"\\#"),
        b' ' if first || last => out.extend_from_slice(b"\\ "),
        0..=0x1f | 0x7f => push_hex_escape(out, b),
        _ => out.push(b),
    }
}

/// Appends `\XX` (uppercase hex).
fn push_hex_escape(out: &mut Vec<u8>, b: u8) {
    out.push(b'\\');
    push_hex_byte(out, b);
}

/// Appends two uppercase hex digits.
fn push_hex_byte(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 0x0f)]]);
}

/// Appends `#` and the hex of the value's DER as OpenSSL re-encodes it.
fn write_dump(out: &mut Vec<u8>, value: &Value<'_>) {
    out.push(b'#');
    if value.number == 16 {
        for &b in value.data.iter() {
            push_hex_byte(out, b);
        }
        return;
    }
    // BIT STRING: an empty one is written with 0 unused bits; the padding bits of the
    // last octet are cleared.
    let (unused, body): (Option<u8>, &[u8]) = match (value.number, value.data.split_first()) {
        (3, Some((&u, rest))) if !rest.is_empty() => (Some(u), rest),
        (3, _) => (Some(0), &[]),
        _ => (None, &value.data),
    };
    let len = body.len() + usize::from(unused.is_some());
    for &b in der::Header::new(value.number, len).as_bytes() {
        push_hex_byte(out, b);
    }
    if let Some(u) = unused {
        push_hex_byte(out, u);
    }
    if let Some((&last, init)) = body.split_last() {
        for &b in init {
            push_hex_byte(out, b);
        }
        let mask = unused.map_or(0xff, |u| 0xffu8.checked_shl(u32::from(u)).unwrap_or(0));
        push_hex_byte(out, last & mask);
    }
}

/// A `commonName` value converted to UTF-8 as `ASN1_STRING_to_UTF8` does (the
/// subject's last one is what OpenSSL's `X509_NAME_get_index_by_NID` loop finds):
/// UTF8String as is, Printable/IA5/T61/Numeric as Latin-1, BMPString as UCS-2,
/// UniversalString as UCS-4. `None` when it is not a string type.
pub(crate) fn common_name_text(value: Tlv<'_>) -> Option<String> {
    let value = decode_value(value, false).ok()?;
    string_text(value.number, &value.data, Reading::ToUtf8).map(Cow::into_owned)
}

// RFC 5280 §7.1: names compared in canonical form (the chain's issuer matching).

/// The canonical form of an RDNSequence's contents, OpenSSL-style: attribute types kept,
/// string values converted to UTF-8 with leading, trailing and repeated whitespace removed
/// and ASCII letters lowercased; other values kept as DER. Length-prefixed, so that distinct
/// names never collide. `None` when the DER does not decode.
pub(crate) fn canonical(rdns: &[u8]) -> Option<Vec<u8>> {
    // Each attribute's 6 or more bytes of DER headers become 9 bytes (two
    // length prefixes and a kind), each SET's 2 or more become 2 braces, and
    // text converted to UTF-8 grows at most 2× (T61), usually not at all:
    // twice the DER is one allocation for nearly every name (else it grows).
    let mut out = Vec::with_capacity(rdns.len().saturating_mul(2));
    walk(rdns, Walk::Compare, |part| {
        match part {
            Part::Open => out.push(b'{'),
            Part::Ava(ava) => push_canonical_ava(&mut out, ava),
            Part::Close => out.push(b'}'),
        }
        Ok(())
    })
    .ok()?;
    Some(out)
}

/// One attribute in canonical form: the type, then the text (`s`) or the value's tag and
/// contents (`r`).
fn push_canonical_ava(out: &mut Vec<u8>, ava: Ava<'_>) {
    let value = ava.value;
    push_prefixed(out, ava.oid);
    // Primitive universal strings only: a constructed one is kept as DER.
    let text = (value.tag & 0xe0 == 0)
        .then(|| string_text(value.tag, value.content, Reading::Canonical))
        .flatten();
    match text {
        Some(text) => {
            out.push(b's');
            push_canonical_text(out, &text);
        }
        None => {
            out.push(b'r');
            out.push(value.tag);
            push_prefixed(out, value.content);
        }
    }
}

/// `bytes` after their length (4 bytes, big-endian).
fn push_prefixed(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&length_prefix(bytes.len()));
    out.extend_from_slice(bytes);
}

/// `text` with leading, trailing and repeated ASCII whitespace removed and ASCII letters
/// lowercased, after its length (as [`push_prefixed`]), written in place.
fn push_canonical_text(out: &mut Vec<u8>, text: &str) {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    for (i, word) in text.split_ascii_whitespace().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend_from_slice(word.as_bytes());
    }
    if let Some(text) = out.get_mut(at + 4..) {
        text.make_ascii_lowercase();
    }
    let len = length_prefix(out.len() - at - 4);
    if let Some(slot) = out.get_mut(at..at + 4) {
        slot.copy_from_slice(&len);
    }
}

/// A length as the 4-byte prefix of the canonical form (names are far below 4 GiB).
fn length_prefix(len: usize) -> [u8; 4] {
    u32::try_from(len).unwrap_or(u32::MAX).to_be_bytes()
}

/// Which of OpenSSL's two readings of a directory string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// `ASN1_STRING_to_UTF8` (the report's common name): Numeric, Printable, T61 and
    /// IA5 strings as Latin-1; a BMPString's odd last byte and a UniversalString's
    /// partial last character are dropped.
    ToUtf8,
    /// The canonical form of issuer matching: UTF8, Printable, IA5 and Visible strings
    /// must be UTF-8, T61 is Latin-1; BMP and Universal strings must be whole.
    Canonical,
}

/// A directory string's text, by its universal tag number: UTF8String,
/// PrintableString, IA5String, TeletexString (Latin-1, as OpenSSL reads it),
/// BMPString (UTF-16), UniversalString (UCS-4), and NumericString or VisibleString
/// as `reading` takes them. `None` when it is not such a string or does not decode.
fn string_text(number: u8, data: &[u8], reading: Reading) -> Option<Cow<'_, str>> {
    let canonical = reading == Reading::Canonical;
    fn utf8(data: &[u8]) -> Option<Cow<'_, str>> {
        std::str::from_utf8(data).ok().map(Cow::Borrowed)
    }
    // Latin-1: ASCII (nearly every name) is already UTF-8.
    fn latin1(data: &[u8]) -> Option<Cow<'_, str>> {
        if data.is_ascii() {
            utf8(data)
        } else {
            Some(Cow::Owned(data.iter().map(|&b| char::from(b)).collect()))
        }
    }
    match number {
        12 => utf8(data),
        20 => latin1(data),
        18 | 19 | 22 if !canonical => latin1(data),
        19 | 22 | 26 if canonical => utf8(data),
        30 if canonical && !data.len().is_multiple_of(2) => None,
        30 => char::decode_utf16(
            data.chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]])),
        )
        .collect::<Result<String, _>>()
        .ok()
        .map(Cow::Owned),
        28 if canonical && !data.len().is_multiple_of(4) => None,
        28 => data
            .chunks_exact(4)
            .map(|c| char::from_u32(u32::from_be_bytes([c[0], c[1], c[2], c[3]])))
            .collect::<Option<String>>()
            .map(Cow::Owned),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oid::dotted;

    /// DER helpers for hand-made names.
    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut v = vec![tag];
        let n = u16::try_from(content.len()).unwrap();
        let [hi, lo] = n.to_be_bytes();
        if n < 0x80 {
            v.push(lo);
        } else if n < 0x100 {
            v.extend([0x81, lo]);
        } else {
            v.extend([0x82, hi, lo]);
        }
        v.extend_from_slice(content);
        v
    }
    fn ava(oid: &[u8], value: &[u8]) -> Vec<u8> {
        tlv(0x30, &[tlv(0x06, oid), value.to_vec()].concat())
    }
    fn name(rdns: &[Vec<Vec<u8>>]) -> Vec<u8> {
        let sets: Vec<u8> = rdns
            .iter()
            .flat_map(|avas| tlv(0x31, &avas.concat()))
            .collect();
        tlv(0x30, &sets)
    }
    const CN: &[u8] = &[0x55, 0x04, 0x03];
    const O: &[u8] = &[0x55, 0x04, 0x0a];
    const C: &[u8] = &[0x55, 0x04, 0x06];
    fn cn(value: &[u8]) -> Vec<u8> {
        name(&[vec![ava(CN, value)]])
    }
    /// The subject's last commonName as `CertView::common_name` gives it.
    fn last_common_name(n: &[u8]) -> Option<String> {
        validate(n).unwrap().and_then(common_name_text)
    }
    fn fmt(n: &[u8]) -> String {
        validate(n).unwrap();
        rfc4514(n)
    }

    // Every expected string below was printed by `openssl x509 -noout -subject
    // -nameopt RFC2253` (OpenSSL 3.0.19) for a certificate with the same name.

    #[test]
    fn order_and_separators() {
        let n = name(&[
            vec![ava(C, &tlv(0x13, b"DE"))],
            vec![ava(CN, &tlv(0x0c, b"a")), ava(O, &tlv(0x0c, b"b"))],
            vec![ava(&[0x55, 0x04, 0x0b], &tlv(0x0c, b"u"))],
        ]);
        assert_eq!(fmt(&n), "OU=u,O=b+CN=a,C=DE");
        // An empty RDN prints nothing; an empty name is the empty string.
        let n = name(&[
            vec![ava(CN, &tlv(0x0c, b"a"))],
            vec![],
            vec![ava(O, &tlv(0x0c, b"b"))],
        ]);
        assert_eq!(fmt(&n), "O=b,CN=a");
        assert_eq!(fmt(&name(&[])), "");
        assert_eq!(fmt(&name(&[vec![]])), "");
    }

    #[test]
    fn escaping() {
        let cases: &[(&[u8], &str)] = &[
            (b",+\"\\<>;=", "CN=\\,\\+\\\"\\\\\\<\\>\\;="),
            (b"#a", "CN=\\#a"),
            (b"#", "CN=#"),
            (b" ", "CN=\\ "),
            (b"  ", "CN=\\ \\ "),
            (b" a b ", "CN=\\ a b\\ "),
            (b"a#b ", "CN=a#b\\ "),
            (b"a\x01\x1f\x7f\x00b", "CN=a\\01\\1F\\7F\\00b"),
            ("Ü".as_bytes(), "CN=\\C3\\9C"),
            (b"", "CN="),
        ];
        for (value, want) in cases {
            assert_eq!(fmt(&cn(&tlv(0x0c, value))), *want, "{value:?}");
        }
    }

    #[test]
    fn string_types_convert_to_utf8() {
        // Latin-1 types
        for tag in [0x13, 0x14, 0x16] {
            assert_eq!(fmt(&cn(&tlv(tag, b"caf\xe9"))), "CN=caf\\C3\\A9");
        }
        assert_eq!(fmt(&cn(&tlv(0x12, b"123 "))), "CN=123\\ ");
        assert_eq!(fmt(&cn(&tlv(0x14, b" x\xe9 "))), "CN=\\ x\\C3\\A9\\ ");
        let bmp: Vec<u8> = "Ü€a".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(fmt(&cn(&tlv(0x1e, &bmp))), "CN=\\C3\\9C\\E2\\82\\ACa");
        let bmp: Vec<u8> = " #a ".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(fmt(&cn(&tlv(0x1e, &bmp))), "CN=\\ #a\\ ");
        assert_eq!(fmt(&cn(&tlv(0x1e, b"\x00#"))), "CN=#");
        assert_eq!(
            fmt(&cn(&tlv(0x1e, b"\x00\x01\x00\x7f\x01\x00"))),
            "CN=\\01\\7F\\C4\\80"
        );
        let univ: Vec<u8> = "Ü😀"
            .chars()
            .flat_map(|c| u32::from(c).to_be_bytes())
            .collect();
        assert_eq!(fmt(&cn(&tlv(0x1c, &univ))), "CN=\\C3\\9C\\F0\\9F\\98\\80");
        // Constructed (BER) strings are joined.
        let cons = tlv(
            0x33,
            &[tlv(0x33, &tlv(0x13, b"ab")), tlv(0x04, b"cd")].concat(),
        );
        assert_eq!(fmt(&cn(&cons)), "CN=abcd");
        assert_eq!(fmt(&cn(&tlv(0x33, &tlv(0x80, b"ab")))), "CN=ab");
    }

    #[test]
    fn dumps() {
        assert_eq!(fmt(&cn(&tlv(0x03, b"\x00\xab"))), "CN=#030200AB");
        assert_eq!(fmt(&cn(&tlv(0x03, b"\x04\xff"))), "CN=#030204F0");
        assert_eq!(fmt(&cn(&tlv(0x03, b"\x00"))), "CN=#030100");
        assert_eq!(fmt(&cn(&tlv(0x03, b"\x03"))), "CN=#030100");
        assert_eq!(fmt(&cn(&tlv(0x30, &tlv(0x0c, b"a")))), "CN=#30030C0161");
        assert_eq!(fmt(&cn(b"\x30\x81\x03\x0c\x01a")), "CN=#3081030C0161");
        assert_eq!(fmt(&cn(&tlv(0x07, b"od"))), "CN=#07026F64");
        assert_eq!(fmt(&cn(&tlv(0x09, b"\x00"))), "CN=#090100");
        assert_eq!(
            fmt(&cn(&tlv(0x28, &tlv(0x04, b"\x01\x02")))),
            "CN=#08020102"
        );
        let cons_bits = tlv(
            0x23,
            &[tlv(0x03, b"\x00\xab"), tlv(0x03, b"\x04\xff")].concat(),
        );
        assert_eq!(fmt(&cn(&cons_bits)), "CN=#030400AB04FF");
        let long = tlv(0x30, &tlv(0x0c, &[b'a'; 200]));
        let want = format!("CN=#3081CB0C81C8{}", "61".repeat(200));
        assert_eq!(fmt(&cn(&long)), want);
    }

    #[test]
    fn attribute_names() {
        let v = tlv(0x0c, b"hi");
        let one = |oid: &[u8]| fmt(&name(&[vec![ava(oid, &v)]]));
        assert_eq!(one(&[0x2a, 0x03, 0x04, 0x05]), "1.2.3.4.5=#0C026869");
        assert_eq!(
            one(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]),
            "rsaEncryption=hi"
        );
        assert_eq!(
            one(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x01]),
            "emailAddress=hi"
        );
        assert_eq!(
            one(&[0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19]),
            "DC=hi"
        );
        assert_eq!(
            one(&[
                0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3c, 0x02, 0x01, 0x03
            ]),
            "jurisdictionC=hi"
        );
        assert_eq!(one(&[0x55, 0x04, 0x61]), "organizationIdentifier=hi");
        assert_eq!(one(&[0x55, 0x04, 0x0f]), "businessCategory=hi");
        // 1.2.3.4.1 is tsa_policy1 only in openssl.cnf, which `x509` does not load.
        assert_eq!(one(&[0x2a, 0x03, 0x04, 0x01]), "1.2.3.4.1=#0C026869");
        // Dotted text is cut to 79 characters.
        let mut long = vec![0x2a];
        for _ in 0..9 {
            long.extend([0xba, 0xef, 0x9a, 0x15]); // 123456789
        }
        assert_eq!(
            one(&long),
            "1.2.123456789.123456789.123456789.123456789.123456789.123456789.123456789.12345=#0C026869"
        );
        // Encodings over 586 octets get no name at all.
        let huge = [vec![0x2a], vec![0x01; 600]].concat();
        assert_eq!(one(&huge), "=#0C026869");
        assert_eq!(dotted(&[0x88, 0x37, 0x05]), "2.999.5");
        assert_eq!(dotted(&[0x00]), "0.0");
        assert_eq!(dotted(&[0x27]), "0.39");
        assert_eq!(dotted(&[0x4f]), "1.39");
    }

    #[test]
    fn refused_names() {
        // Each of these made `openssl x509` fail with "Could not read certificate".
        let bad: &[Vec<u8>] = &[
            tlv(
                0x1e,
                "😀"
                    .encode_utf16()
                    .flat_map(u16::to_be_bytes)
                    .collect::<Vec<_>>()
                    .as_slice(),
            ),
            tlv(0x1e, b"\x00a\x00"),
            tlv(0x1c, b"\x00\x11\x00\x00"),
            tlv(0x1c, b"\x00\x00\x00"),
            tlv(0x1c, b"\x00\x00\xd8\x00"),
            tlv(0x0c, b"\xff"),
            tlv(0x0c, b"\xed\xa0\x80"),
            tlv(0x0c, b"\xc0\x80"),
            tlv(0x1a, b"vis"),
            tlv(0x15, b"vid"),
            tlv(0x1b, b"gen"),
            tlv(0x19, b"gr"),
            tlv(0x17, b"200101000000Z"),
            tlv(0x04, b"\x01"),
            tlv(0x02, b"\x05"),
            tlv(0x03, b""),
            tlv(0x03, b"\x08\xff"),
            tlv(0x31, &tlv(0x0c, b"a")),
            tlv(0x10, b"\x01"),
            b"\x05\x00".to_vec(),
            b"\x01\x01\xff".to_vec(),
            tlv(0x06, b"\x2a\x03"),
            tlv(0x0a, b"\x01"),
            tlv(0x80, b"\x01"),
            b"\x1f\x1f\x01a".to_vec(),
        ];
        for value in bad {
            assert!(validate(&cn(value)).is_err(), "{value:02x?}");
        }
        for oid in [&b"\x55\x80\x04"[..], b"", b"\x55\x84"] {
            assert!(validate(&name(&[vec![ava(oid, &tlv(0x0c, b"x"))]])).is_err());
        }
    }

    #[test]
    fn common_name_is_the_last_one() {
        let n = name(&[
            vec![ava(CN, &tlv(0x0c, b"first"))],
            vec![ava(O, &tlv(0x0c, b"org")), ava(CN, &tlv(0x0c, b"second"))],
            vec![ava(O, &tlv(0x0c, b"org2"))],
        ]);
        assert_eq!(last_common_name(&n).as_deref(), Some("second"));
        assert_eq!(
            last_common_name(&name(&[vec![ava(O, &tlv(0x0c, b"o"))]])),
            None
        );
        assert_eq!(
            last_common_name(&cn(&tlv(0x14, b"caf\xe9"))).as_deref(),
            Some("café")
        );
        let bmp: Vec<u8> = "Grüße".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            last_common_name(&cn(&tlv(0x1e, &bmp))).as_deref(),
            Some("Grüße")
        );
        let univ: Vec<u8> = "a😀"
            .chars()
            .flat_map(|c| u32::from(c).to_be_bytes())
            .collect();
        assert_eq!(
            last_common_name(&cn(&tlv(0x1c, &univ))).as_deref(),
            Some("a😀")
        );
        assert_eq!(last_common_name(&cn(&tlv(0x0c, b""))).as_deref(), Some(""));
        assert_eq!(last_common_name(&cn(&tlv(0x30, &tlv(0x0c, b"a")))), None);
    }

    #[test]
    fn many_attributes_spill_past_the_inline_buffer() {
        let rdns: Vec<Vec<Vec<u8>>> = (0..40)
            .map(|i| vec![ava(O, &tlv(0x0c, format!("o{i}").as_bytes()))])
            .collect();
        let want: Vec<String> = (0..40).rev().map(|i| format!("O=o{i}")).collect();
        assert_eq!(fmt(&name(&rdns)), want.join(","));
    }

    #[test]
    fn malformed_names_never_panic() {
        let n = name(&[
            vec![ava(CN, &tlv(0x0c, b"abc"))],
            vec![ava(O, &tlv(0x0c, b"o"))],
        ]);
        for cut in 0..n.len() {
            let _ = validate(&n[..cut]).map(|cn| cn.and_then(common_name_text));
            let _ = rfc4514(&n[..cut]);
        }
        for i in 0..n.len() {
            for x in [0x00, 0x80, 0xff, 0x1f, 0x30] {
                let mut m = n.clone();
                m[i] = x;
                let _ = validate(&m).map(|cn| cn.and_then(common_name_text));
                let _ = rfc4514(&m);
            }
        }
    }
}
