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

use crate::cert::der::{self, Tlv};

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

/// `2.5.4.3`, commonName.
const OID_COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];

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

/// Walks a `Name` (the whole DER element), calling `f` for each attribute in DER order.
fn for_each_ava<'a>(
    name: &'a [u8],
    mut f: impl FnMut(Ava<'a>) -> Result<(), &'static str>,
) -> Result<(), &'static str> {
    let (name, rest) =
        der::expect_list(name, der::SEQUENCE).map_err(|_| "name is not a SEQUENCE")?;
    if !rest.is_empty() {
        return Err("bytes after the name");
    }
    let mut rdns = name.content;
    let mut set = 0;
    while !rdns.is_empty() {
        let (rdn, after) = der::expect_list(rdns, der::SET).map_err(|_| "RDN is not a SET")?;
        rdns = after;
        let mut avas = rdn.content;
        while !avas.is_empty() {
            let (ava, after) =
                der::expect(avas, der::SEQUENCE).map_err(|_| "attribute is not a SEQUENCE")?;
            avas = after;
            let (oid, inner) =
                der::expect(ava.content, der::OID).map_err(|_| "attribute type is not an OID")?;
            if !der::valid_oid(oid.content) {
                return Err("malformed attribute type OID");
            }
            let (value, inner) = der::read(inner).map_err(|_| "attribute value missing")?;
            if !inner.is_empty() {
                return Err("extra element in an attribute");
            }
            f(Ava {
                oid: oid.content,
                value,
                set,
            })?;
        }
        set += 1;
    }
    Ok(())
}

/// Checks a `Name` as OpenSSL's decoder does (structure, value types, string contents).
/// Returns the last `commonName` value, found on the way, for [`common_name_text`].
///
/// # Errors
/// A short description of the first fault.
pub(crate) fn validate(name: &[u8]) -> Result<Option<Tlv<'_>>, &'static str> {
    let mut common_name = None;
    for_each_ava(name, |ava| {
        if ava.oid == OID_COMMON_NAME {
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
    let short = short_name(oid);
    match short {
        Some(sn) => out.extend_from_slice(sn.as_bytes()),
        None => {
            if oid.len() <= OID_ENCODING_MAX {
                let mut text = String::new();
                write_dotted(&mut text, oid);
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
    push_hex_byte(out, value.number);
    push_der_length(out, len);
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

/// Appends a DER length in hex.
fn push_der_length(out: &mut Vec<u8>, len: usize) {
    if let Ok(short) = u8::try_from(len)
        && short < 0x80
    {
        push_hex_byte(out, short);
        return;
    }
    let bytes = len.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    let significant = bytes.get(skip..).unwrap_or(&[]);
    push_hex_byte(out, 0x80 | u8::try_from(significant.len()).unwrap_or(0));
    for &b in significant {
        push_hex_byte(out, b);
    }
}

/// A `commonName` value converted to UTF-8 as `ASN1_STRING_to_UTF8` does (the
/// subject's last one is what OpenSSL's `X509_NAME_get_index_by_NID` loop finds):
/// UTF8String as is, Printable/IA5/T61/Numeric as Latin-1, BMPString as UCS-2,
/// UniversalString as UCS-4. `None` when it is not a string type.
pub(crate) fn common_name_text(value: Tlv<'_>) -> Option<String> {
    let value = decode_value(value, false).ok()?;
    let data: &[u8] = &value.data;
    match value.number {
        12 => std::str::from_utf8(data).ok().map(str::to_owned),
        // Latin-1: ASCII (nearly every name) is already UTF-8.
        18..=20 | 22 if data.is_ascii() => std::str::from_utf8(data).ok().map(str::to_owned),
        18..=20 | 22 => Some(data.iter().map(|&b| char::from(b)).collect()),
        30 => char::decode_utf16(
            data.chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]])),
        )
        .collect::<Result<String, _>>()
        .ok(),
        28 => data
            .chunks_exact(4)
            .map(|c| char::from_u32(u32::from_be_bytes([c[0], c[1], c[2], c[3]])))
            .collect(),
        _ => None,
    }
}

/// OpenSSL's short name for an OID (content octets), if OpenSSL knows the OID.
pub(crate) fn short_name(oid: &[u8]) -> Option<&'static str> {
    // The attributes of nearly every name, without the search.
    if let [0x55, 0x04, n] = oid {
        let sn = match n {
            3 => "CN",
            6 => "C",
            7 => "L",
            8 => "ST",
            10 => "O",
            11 => "OU",
            _ => "",
        };
        if !sn.is_empty() {
            return Some(sn);
        }
    }
    OPENSSL_OBJECTS
        .binary_search_by(|(k, _)| (*k).cmp(oid))
        .ok()
        .and_then(|i| OPENSSL_OBJECTS.get(i))
        .map(|(_, sn)| *sn)
}

/// The dotted form of an OID (content octets), as `OBJ_obj2txt(.., 1)` writes it.
pub(crate) fn dotted(oid: &[u8]) -> String {
    let mut out = String::with_capacity(oid.len() * 3);
    write_dotted(&mut out, oid);
    out
}

/// Appends the dotted form of an OID; arcs of any size (as OpenSSL's BIGNUM path).
fn write_dotted(out: &mut String, oid: &[u8]) {
    let mut digits = itoa::Buffer::new();
    let mut first = true;
    let mut rest = oid;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|&b| b & 0x80 == 0)
            .map_or(rest.len(), |p| p + 1);
        let (arc, after) = rest.split_at(end);
        rest = after;
        let mut small: u64 = 0;
        let mut fits = true;
        for &b in arc {
            if small > (u64::MAX >> 7) {
                fits = false;
                break;
            }
            small = (small << 7) | u64::from(b & 0x7f);
        }
        if first {
            first = false;
            if fits && small < 80 {
                out.push_str(digits.format(small / 40));
                out.push('.');
                out.push_str(digits.format(small % 40));
            } else if fits {
                out.push_str("2.");
                out.push_str(digits.format(small - 80));
            } else {
                out.push_str("2.");
                write_big_decimal(out, arc, 80);
            }
        } else {
            out.push('.');
            if fits {
                out.push_str(digits.format(small));
            } else {
                write_big_decimal(out, arc, 0);
            }
        }
    }
}

/// Appends the decimal value of a base-128 arc too large for `u64`, less `minus`.
fn write_big_decimal(out: &mut String, arc: &[u8], minus: u32) {
    use std::fmt::Write as _;
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs in base 10^9.
    let mut limbs: Vec<u64> = vec![0];
    for &b in arc {
        let mut carry = u64::from(b & 0x7f);
        for limb in limbs.iter_mut() {
            let v = *limb * 128 + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    // Subtract `minus` (the value is far larger, so the borrow always ends).
    let mut borrow = u64::from(minus);
    for limb in limbs.iter_mut() {
        if borrow == 0 {
            break;
        }
        if *limb >= borrow {
            *limb -= borrow;
            borrow = 0;
        } else {
            *limb = *limb + BASE - borrow;
            borrow = 1;
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        let _ = write!(out, "{top}");
    }
    for limb in iter {
        let _ = write!(out, "{limb:09}");
    }
}

/// OpenSSL 3.0's object table: (OID content octets, short name), sorted by octets.
///
/// Generated from libcrypto 3.0.19 with `OBJ_nid2obj`, `OBJ_obj2nid` and `OBJ_nid2sn`
/// over every NID (where two NIDs share an OID, the one `OBJ_obj2nid` answers).
#[rustfmt::skip]
const OPENSSL_OBJECTS: &[(&[u8], &str)] = &[
    (b"\x03\xa2\x31\x05\x03\x01\x09\x01", "CAMELLIA-128-ECB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x03", "CAMELLIA-128-OFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x04", "CAMELLIA-128-CFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x06", "CAMELLIA-128-GCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x07", "CAMELLIA-128-CCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x09", "CAMELLIA-128-CTR"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x0a", "CAMELLIA-128-CMAC"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x15", "CAMELLIA-192-ECB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x17", "CAMELLIA-192-OFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x18", "CAMELLIA-192-CFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x1a", "CAMELLIA-192-GCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x1b", "CAMELLIA-192-CCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x1d", "CAMELLIA-192-CTR"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x1e", "CAMELLIA-192-CMAC"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x29", "CAMELLIA-256-ECB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x2b", "CAMELLIA-256-OFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x2c", "CAMELLIA-256-CFB"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x2e", "CAMELLIA-256-GCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x2f", "CAMELLIA-256-CCM"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x31", "CAMELLIA-256-CTR"),
    (b"\x03\xa2\x31\x05\x03\x01\x09\x32", "CAMELLIA-256-CMAC"),
    (b"\x09", "data"),
    (b"\x09\x92\x26", "pss"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c", "ucl"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64", "pilot"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01", "pilotAttributeType"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x01", "UID"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x02", "textEncodedORAddress"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x03", "mail"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x04", "info"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x05", "favouriteDrink"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x06", "roomNumber"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x07", "photo"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x08", "userClass"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x09", "host"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0a", "manager"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0b", "documentIdentifier"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0c", "documentTitle"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0d", "documentVersion"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0e", "documentAuthor"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0f", "documentLocation"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x14", "homeTelephoneNumber"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x15", "secretary"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x16", "otherMailbox"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x17", "lastModifiedTime"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x18", "lastModifiedBy"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x19", "DC"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1a", "aRecord"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1b", "pilotAttributeType27"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1c", "mXRecord"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1d", "nSRecord"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1e", "sOARecord"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1f", "cNAMERecord"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x25", "associatedDomain"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x26", "associatedName"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x27", "homePostalAddress"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x28", "personalTitle"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x29", "mobileTelephoneNumber"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2a", "pagerTelephoneNumber"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2b", "friendlyCountryName"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2c", "uid"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2d", "organizationalStatus"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2e", "janetMailbox"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2f", "mailPreferenceOption"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x30", "buildingName"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x31", "dSAQuality"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x32", "singleLevelQuality"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x33", "subtreeMinimumQuality"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x34", "subtreeMaximumQuality"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x35", "personalSignature"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x36", "dITRedirect"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x37", "audio"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x38", "documentPublisher"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03", "pilotAttributeSyntax"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03\x04", "iA5StringSyntax"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03\x05", "caseIgnoreIA5StringSyntax"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04", "pilotObjectClass"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x03", "pilotObject"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x04", "pilotPerson"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x05", "account"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x06", "document"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x07", "room"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x09", "documentSeries"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0d", "domain"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0e", "rFC822localPart"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0f", "dNSDomain"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x11", "domainRelatedObject"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x12", "friendlyCountry"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x13", "simpleSecurityObject"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x14", "pilotOrganization"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x15", "pilotDSA"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x16", "qualityLabelledData"),
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x0a", "pilotGroups"),
    (b"\x28\xcc\x45\x03\x04", "GMAC"),
    (b"\x28\xcf\x06\x03\x00\x37", "whirlpool"),
    (b"\x2a", "member-body"),
    (b"\x2a\x81\x1c", "ISO-CN"),
    (b"\x2a\x81\x1c\xcf\x55", "oscca"),
    (b"\x2a\x81\x1c\xcf\x55\x01", "sm-scheme"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x01", "SM4-ECB"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x02", "SM4-CBC"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x03", "SM4-OFB"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x04", "SM4-CFB"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x05", "SM4-CFB1"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x06", "SM4-CFB8"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x07", "SM4-CTR"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x82\x2d", "SM2"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x83\x11", "SM3"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x83\x75", "SM2-SM3"),
    (b"\x2a\x81\x1c\xcf\x55\x01\x83\x78", "RSA-SM3"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x02", "CAMELLIA-128-CBC"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x03", "CAMELLIA-192-CBC"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x04", "CAMELLIA-256-CBC"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x02", "id-camellia128-wrap"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x03", "id-camellia192-wrap"),
    (b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x04", "id-camellia256-wrap"),
    (b"\x2a\x83\x1a\x8c\x9a\x44", "KISA"),
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x03", "SEED-ECB"),
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x04", "SEED-CBC"),
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x05", "SEED-CFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x06", "SEED-OFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x01", "ARIA-128-ECB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x02", "ARIA-128-CBC"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x03", "ARIA-128-CFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x04", "ARIA-128-OFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x05", "ARIA-128-CTR"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x06", "ARIA-192-ECB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x07", "ARIA-192-CBC"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x08", "ARIA-192-CFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x09", "ARIA-192-OFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0a", "ARIA-192-CTR"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0b", "ARIA-256-ECB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0c", "ARIA-256-CBC"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0d", "ARIA-256-CFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0e", "ARIA-256-OFB"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0f", "ARIA-256-CTR"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x22", "ARIA-128-GCM"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x23", "ARIA-192-GCM"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x24", "ARIA-256-GCM"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x25", "ARIA-128-CCM"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x26", "ARIA-192-CCM"),
    (b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x27", "ARIA-256-CCM"),
    (b"\x2a\x85\x03\x02\x02", "cryptopro"),
    (b"\x2a\x85\x03\x02\x02\x03", "id-GostR3411-94-with-GostR3410-2001"),
    (b"\x2a\x85\x03\x02\x02\x04", "id-GostR3411-94-with-GostR3410-94"),
    (b"\x2a\x85\x03\x02\x02\x09", "md_gost94"),
    (b"\x2a\x85\x03\x02\x02\x0a", "id-HMACGostR3411-94"),
    (b"\x2a\x85\x03\x02\x02\x0e\x00", "id-Gost28147-89-None-KeyMeshing"),
    (b"\x2a\x85\x03\x02\x02\x0e\x01", "id-Gost28147-89-CryptoPro-KeyMeshing"),
    (b"\x2a\x85\x03\x02\x02\x13", "gost2001"),
    (b"\x2a\x85\x03\x02\x02\x14", "gost94"),
    (b"\x2a\x85\x03\x02\x02\x14\x01", "id-GostR3410-94-a"),
    (b"\x2a\x85\x03\x02\x02\x14\x02", "id-GostR3410-94-aBis"),
    (b"\x2a\x85\x03\x02\x02\x14\x03", "id-GostR3410-94-b"),
    (b"\x2a\x85\x03\x02\x02\x14\x04", "id-GostR3410-94-bBis"),
    (b"\x2a\x85\x03\x02\x02\x15", "gost89"),
    (b"\x2a\x85\x03\x02\x02\x16", "gost-mac"),
    (b"\x2a\x85\x03\x02\x02\x17", "prf-gostr3411-94"),
    (b"\x2a\x85\x03\x02\x02\x1e\x00", "id-GostR3411-94-TestParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1e\x01", "id-GostR3411-94-CryptoProParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x00", "id-Gost28147-89-TestParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x01", "id-Gost28147-89-CryptoPro-A-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x02", "id-Gost28147-89-CryptoPro-B-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x03", "id-Gost28147-89-CryptoPro-C-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x04", "id-Gost28147-89-CryptoPro-D-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x05", "id-Gost28147-89-CryptoPro-Oscar-1-1-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x06", "id-Gost28147-89-CryptoPro-Oscar-1-0-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x1f\x07", "id-Gost28147-89-CryptoPro-RIC-1-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x20\x00", "id-GostR3410-94-TestParamSet"),
    (b"\x2a\x85\x03\x02\x02\x20\x02", "id-GostR3410-94-CryptoPro-A-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x20\x03", "id-GostR3410-94-CryptoPro-B-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x20\x04", "id-GostR3410-94-CryptoPro-C-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x20\x05", "id-GostR3410-94-CryptoPro-D-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x21\x01", "id-GostR3410-94-CryptoPro-XchA-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x21\x02", "id-GostR3410-94-CryptoPro-XchB-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x21\x03", "id-GostR3410-94-CryptoPro-XchC-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x23\x00", "id-GostR3410-2001-TestParamSet"),
    (b"\x2a\x85\x03\x02\x02\x23\x01", "id-GostR3410-2001-CryptoPro-A-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x23\x02", "id-GostR3410-2001-CryptoPro-B-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x23\x03", "id-GostR3410-2001-CryptoPro-C-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x24\x00", "id-GostR3410-2001-CryptoPro-XchA-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x24\x01", "id-GostR3410-2001-CryptoPro-XchB-ParamSet"),
    (b"\x2a\x85\x03\x02\x02\x62", "id-GostR3410-2001DH"),
    (b"\x2a\x85\x03\x02\x02\x63", "id-GostR3410-94DH"),
    (b"\x2a\x85\x03\x02\x09", "cryptocom"),
    (b"\x2a\x85\x03\x02\x09\x01\x03\x03", "id-GostR3411-94-with-GostR3410-94-cc"),
    (b"\x2a\x85\x03\x02\x09\x01\x03\x04", "id-GostR3411-94-with-GostR3410-2001-cc"),
    (b"\x2a\x85\x03\x02\x09\x01\x05\x03", "gost94cc"),
    (b"\x2a\x85\x03\x02\x09\x01\x05\x04", "gost2001cc"),
    (b"\x2a\x85\x03\x02\x09\x01\x06\x01", "id-Gost28147-89-cc"),
    (b"\x2a\x85\x03\x02\x09\x01\x08\x01", "id-GostR3410-2001-ParamSet-cc"),
    (b"\x2a\x85\x03\x03\x81\x03\x01\x01", "INN"),
    (b"\x2a\x85\x03\x07\x01", "id-tc26"),
    (b"\x2a\x85\x03\x07\x01\x01", "id-tc26-algorithms"),
    (b"\x2a\x85\x03\x07\x01\x01\x01", "id-tc26-sign"),
    (b"\x2a\x85\x03\x07\x01\x01\x01\x01", "gost2012_256"),
    (b"\x2a\x85\x03\x07\x01\x01\x01\x02", "gost2012_512"),
    (b"\x2a\x85\x03\x07\x01\x01\x02", "id-tc26-digest"),
    (b"\x2a\x85\x03\x07\x01\x01\x02\x02", "md_gost12_256"),
    (b"\x2a\x85\x03\x07\x01\x01\x02\x03", "md_gost12_512"),
    (b"\x2a\x85\x03\x07\x01\x01\x03", "id-tc26-signwithdigest"),
    (b"\x2a\x85\x03\x07\x01\x01\x03\x02", "id-tc26-signwithdigest-gost3410-2012-256"),
    (b"\x2a\x85\x03\x07\x01\x01\x03\x03", "id-tc26-signwithdigest-gost3410-2012-512"),
    (b"\x2a\x85\x03\x07\x01\x01\x04", "id-tc26-mac"),
    (b"\x2a\x85\x03\x07\x01\x01\x04\x01", "id-tc26-hmac-gost-3411-2012-256"),
    (b"\x2a\x85\x03\x07\x01\x01\x04\x02", "id-tc26-hmac-gost-3411-2012-512"),
    (b"\x2a\x85\x03\x07\x01\x01\x05", "id-tc26-cipher"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x01", "id-tc26-cipher-gostr3412-2015-magma"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x01\x01", "magma-ctr-acpkm"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x01\x02", "magma-ctr-acpkm-omac"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x02", "id-tc26-cipher-gostr3412-2015-kuznyechik"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x02\x01", "kuznyechik-ctr-acpkm"),
    (b"\x2a\x85\x03\x07\x01\x01\x05\x02\x02", "kuznyechik-ctr-acpkm-omac"),
    (b"\x2a\x85\x03\x07\x01\x01\x06", "id-tc26-agreement"),
    (b"\x2a\x85\x03\x07\x01\x01\x06\x01", "id-tc26-agreement-gost-3410-2012-256"),
    (b"\x2a\x85\x03\x07\x01\x01\x06\x02", "id-tc26-agreement-gost-3410-2012-512"),
    (b"\x2a\x85\x03\x07\x01\x01\x07", "id-tc26-wrap"),
    (b"\x2a\x85\x03\x07\x01\x01\x07\x01", "id-tc26-wrap-gostr3412-2015-magma"),
    (b"\x2a\x85\x03\x07\x01\x01\x07\x01\x01", "magma-kexp15"),
    (b"\x2a\x85\x03\x07\x01\x01\x07\x02", "id-tc26-wrap-gostr3412-2015-kuznyechik"),
    (b"\x2a\x85\x03\x07\x01\x01\x07\x02\x01", "kuznyechik-kexp15"),
    (b"\x2a\x85\x03\x07\x01\x02", "id-tc26-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x01", "id-tc26-sign-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x01", "id-tc26-gost-3410-2012-256-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x01\x01", "id-tc26-gost-3410-2012-256-paramSetA"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x01\x02", "id-tc26-gost-3410-2012-256-paramSetB"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x01\x03", "id-tc26-gost-3410-2012-256-paramSetC"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x01\x04", "id-tc26-gost-3410-2012-256-paramSetD"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x02", "id-tc26-gost-3410-2012-512-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x02\x00", "id-tc26-gost-3410-2012-512-paramSetTest"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x02\x01", "id-tc26-gost-3410-2012-512-paramSetA"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x02\x02", "id-tc26-gost-3410-2012-512-paramSetB"),
    (b"\x2a\x85\x03\x07\x01\x02\x01\x02\x03", "id-tc26-gost-3410-2012-512-paramSetC"),
    (b"\x2a\x85\x03\x07\x01\x02\x02", "id-tc26-digest-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x05", "id-tc26-cipher-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x05\x01", "id-tc26-gost-28147-constants"),
    (b"\x2a\x85\x03\x07\x01\x02\x05\x01\x01", "id-tc26-gost-28147-param-Z"),
    (b"\x2a\x85\x03\x64\x01", "OGRN"),
    (b"\x2a\x85\x03\x64\x03", "SNILS"),
    (b"\x2a\x85\x03\x64\x05", "OGRNIP"),
    (b"\x2a\x85\x03\x64\x6f", "subjectSignTool"),
    (b"\x2a\x85\x03\x64\x70", "issuerSignTool"),
    (b"\x2a\x85\x03\x64\x71", "classSignTool"),
    (b"\x2a\x85\x03\x64\x71\x01", "classSignToolKC1"),
    (b"\x2a\x85\x03\x64\x71\x02", "classSignToolKC2"),
    (b"\x2a\x85\x03\x64\x71\x03", "classSignToolKC3"),
    (b"\x2a\x85\x03\x64\x71\x04", "classSignToolKB1"),
    (b"\x2a\x85\x03\x64\x71\x05", "classSignToolKB2"),
    (b"\x2a\x85\x03\x64\x71\x06", "classSignToolKA1"),
    (b"\x2a\x86\x24", "ISO-UA"),
    (b"\x2a\x86\x24\x02\x01\x01\x01", "ua-pki"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01", "dstu28147"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x02", "dstu28147-ofb"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x03", "dstu28147-cfb"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x05", "dstu28147-wrap"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x02", "hmacWithDstu34311"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x02\x01", "dstu34311"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01", "dstu4145le"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x01\x01", "dstu4145be"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x00", "uacurve0"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x01", "uacurve1"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x02", "uacurve2"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x03", "uacurve3"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x04", "uacurve4"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x05", "uacurve5"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x06", "uacurve6"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x07", "uacurve7"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x08", "uacurve8"),
    (b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x09", "uacurve9"),
    (b"\x2a\x86\x48", "ISO-US"),
    (b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0a", "CAST5-CBC"),
    (b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0c", "pbeWithMD5AndCast5CBC"),
    (b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0d", "id-PasswordBasedMAC"),
    (b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x1e", "id-DHBasedMac"),
    (b"\x2a\x86\x48\x86\xf7\x0d", "rsadsi"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01", "pkcs"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01", "pkcs1"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", "rsaEncryption"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x02", "RSA-MD2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x03", "RSA-MD4"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x04", "RSA-MD5"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x05", "RSA-SHA1"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x06", "rsaOAEPEncryptionSET"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x07", "RSAES-OAEP"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x08", "MGF1"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x09", "PSPECIFIED"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a", "RSASSA-PSS"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b", "RSA-SHA256"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0c", "RSA-SHA384"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0d", "RSA-SHA512"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0e", "RSA-SHA224"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0f", "RSA-SHA512/224"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x10", "RSA-SHA512/256"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x03", "pkcs3"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x03\x01", "dhKeyAgreement"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05", "pkcs5"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x01", "PBE-MD2-DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x03", "PBE-MD5-DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x04", "PBE-MD2-RC2-64"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x06", "PBE-MD5-RC2-64"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0a", "PBE-SHA1-DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0b", "PBE-SHA1-RC2-64"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0c", "PBKDF2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d", "PBES2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0e", "PBMAC1"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07", "pkcs7"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01", "pkcs7-data"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02", "pkcs7-signedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03", "pkcs7-envelopedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x04", "pkcs7-signedAndEnvelopedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x05", "pkcs7-digestData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x06", "pkcs7-encryptedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09", "pkcs9"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x01", "emailAddress"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x02", "unstructuredName"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x03", "contentType"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x04", "messageDigest"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x05", "signingTime"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x06", "countersignature"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x07", "challengePassword"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x08", "unstructuredAddress"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x09", "extendedCertificateAttributes"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x0e", "extReq"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x0f", "SMIME-CAPS"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10", "SMIME"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00", "id-smime-mod"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x01", "id-smime-mod-cms"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x02", "id-smime-mod-ess"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x03", "id-smime-mod-oid"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x04", "id-smime-mod-msg-v3"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x05", "id-smime-mod-ets-eSignature-88"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x06", "id-smime-mod-ets-eSignature-97"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x07", "id-smime-mod-ets-eSigPolicy-88"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x08", "id-smime-mod-ets-eSigPolicy-97"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01", "id-smime-ct"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x01", "id-smime-ct-receipt"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x02", "id-smime-ct-authData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x03", "id-smime-ct-publishCert"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x04", "id-smime-ct-TSTInfo"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x05", "id-smime-ct-TDTInfo"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x06", "id-smime-ct-contentInfo"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x07", "id-smime-ct-DVCSRequestData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x08", "id-smime-ct-DVCSResponseData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x09", "id-smime-ct-compressedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x13", "id-smime-ct-contentCollection"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17", "id-smime-ct-authEnvelopedData"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x18", "id-ct-routeOriginAuthz"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x1a", "id-ct-rpkiManifest"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x1b", "id-ct-asciiTextWithCRLF"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x1c", "id-ct-xml"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x23", "id-ct-rpkiGhostbusters"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x24", "id-ct-resourceTaggedAttest"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x2f", "id-ct-geofeedCSVwithCRLF"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x30", "id-ct-signedChecklist"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02", "id-smime-aa"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x01", "id-smime-aa-receiptRequest"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x02", "id-smime-aa-securityLabel"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x03", "id-smime-aa-mlExpandHistory"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x04", "id-smime-aa-contentHint"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x05", "id-smime-aa-msgSigDigest"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x06", "id-smime-aa-encapContentType"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x07", "id-smime-aa-contentIdentifier"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x08", "id-smime-aa-macValue"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x09", "id-smime-aa-equivalentLabels"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0a", "id-smime-aa-contentReference"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0b", "id-smime-aa-encrypKeyPref"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0c", "id-smime-aa-signingCertificate"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0d", "id-smime-aa-smimeEncryptCerts"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0e", "id-smime-aa-timeStampToken"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0f", "id-smime-aa-ets-sigPolicyId"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x10", "id-smime-aa-ets-commitmentType"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x11", "id-smime-aa-ets-signerLocation"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x12", "id-smime-aa-ets-signerAttr"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x13", "id-smime-aa-ets-otherSigCert"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x14", "id-smime-aa-ets-contentTimestamp"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x15", "id-smime-aa-ets-CertificateRefs"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x16", "id-smime-aa-ets-RevocationRefs"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x17", "id-smime-aa-ets-certValues"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x18", "id-smime-aa-ets-revocationValues"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x19", "id-smime-aa-ets-escTimeStamp"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1a", "id-smime-aa-ets-certCRLTimestamp"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1b", "id-smime-aa-ets-archiveTimeStamp"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1c", "id-smime-aa-signatureType"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1d", "id-smime-aa-dvcs-dvc"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x2f", "id-smime-aa-signingCertificateV2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03", "id-smime-alg"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x01", "id-smime-alg-ESDHwith3DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x02", "id-smime-alg-ESDHwithRC2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x03", "id-smime-alg-3DESwrap"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x04", "id-smime-alg-RC2wrap"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x05", "id-smime-alg-ESDH"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x06", "id-smime-alg-CMS3DESwrap"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x07", "id-smime-alg-CMSRC2wrap"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x08", "ZLIB"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x09", "id-alg-PWRI-KEK"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x04", "id-smime-cd"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x04\x01", "id-smime-cd-ldap"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05", "id-smime-spq"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05\x01", "id-smime-spq-ets-sqt-uri"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05\x02", "id-smime-spq-ets-sqt-unotice"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06", "id-smime-cti"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x01", "id-smime-cti-ets-proofOfOrigin"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x02", "id-smime-cti-ets-proofOfReceipt"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x03", "id-smime-cti-ets-proofOfDelivery"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x04", "id-smime-cti-ets-proofOfSender"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x05", "id-smime-cti-ets-proofOfApproval"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x06", "id-smime-cti-ets-proofOfCreation"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x14", "friendlyName"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x15", "localKeyID"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x16\x01", "x509Certificate"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x16\x02", "sdsiCertificate"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x17\x01", "x509Crl"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x01", "PBE-SHA1-RC4-128"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x02", "PBE-SHA1-RC4-40"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x03", "PBE-SHA1-3DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x04", "PBE-SHA1-2DES"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x05", "PBE-SHA1-RC2-128"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x06", "PBE-SHA1-RC2-40"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x01", "keyBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x02", "pkcs8ShroudedKeyBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x03", "certBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x04", "crlBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x05", "secretBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x06", "safeContentsBag"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x02", "MD2"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x04", "MD4"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x05", "MD5"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x06", "hmacWithMD5"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x07", "hmacWithSHA1"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x08", "hmacWithSHA224"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x09", "hmacWithSHA256"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x0a", "hmacWithSHA384"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x0b", "hmacWithSHA512"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x0c", "hmacWithSHA512-224"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x0d", "hmacWithSHA512-256"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x02", "RC2-CBC"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x04", "RC4"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x07", "DES-EDE3-CBC"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x08", "RC5-CBC"),
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x0a", "DES-CDMF"),
    (b"\x2a\x86\x48\xce\x38", "X9-57"),
    (b"\x2a\x86\x48\xce\x38\x02\x01", "holdInstructionNone"),
    (b"\x2a\x86\x48\xce\x38\x02\x02", "holdInstructionCallIssuer"),
    (b"\x2a\x86\x48\xce\x38\x02\x03", "holdInstructionReject"),
    (b"\x2a\x86\x48\xce\x38\x04", "X9cm"),
    (b"\x2a\x86\x48\xce\x38\x04\x01", "DSA"),
    (b"\x2a\x86\x48\xce\x38\x04\x03", "DSA-SHA1"),
    (b"\x2a\x86\x48\xce\x3d", "ansi-X9-62"),
    (b"\x2a\x86\x48\xce\x3d\x01\x01", "prime-field"),
    (b"\x2a\x86\x48\xce\x3d\x01\x02", "characteristic-two-field"),
    (b"\x2a\x86\x48\xce\x3d\x01\x02\x03", "id-characteristic-two-basis"),
    (b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x01", "onBasis"),
    (b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x02", "tpBasis"),
    (b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x03", "ppBasis"),
    (b"\x2a\x86\x48\xce\x3d\x02\x01", "id-ecPublicKey"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x01", "c2pnb163v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x02", "c2pnb163v2"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x03", "c2pnb163v3"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x04", "c2pnb176v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x05", "c2tnb191v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x06", "c2tnb191v2"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x07", "c2tnb191v3"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x08", "c2onb191v4"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x09", "c2onb191v5"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0a", "c2pnb208w1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0b", "c2tnb239v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0c", "c2tnb239v2"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0d", "c2tnb239v3"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0e", "c2onb239v4"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x0f", "c2onb239v5"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x10", "c2pnb272w1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x11", "c2pnb304w1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x12", "c2tnb359v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x13", "c2pnb368w1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x00\x14", "c2tnb431r1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x01", "prime192v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x02", "prime192v2"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x03", "prime192v3"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x04", "prime239v1"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x05", "prime239v2"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x06", "prime239v3"),
    (b"\x2a\x86\x48\xce\x3d\x03\x01\x07", "prime256v1"),
    (b"\x2a\x86\x48\xce\x3d\x04\x01", "ecdsa-with-SHA1"),
    (b"\x2a\x86\x48\xce\x3d\x04\x02", "ecdsa-with-Recommended"),
    (b"\x2a\x86\x48\xce\x3d\x04\x03", "ecdsa-with-Specified"),
    (b"\x2a\x86\x48\xce\x3d\x04\x03\x01", "ecdsa-with-SHA224"),
    (b"\x2a\x86\x48\xce\x3d\x04\x03\x02", "ecdsa-with-SHA256"),
    (b"\x2a\x86\x48\xce\x3d\x04\x03\x03", "ecdsa-with-SHA384"),
    (b"\x2a\x86\x48\xce\x3d\x04\x03\x04", "ecdsa-with-SHA512"),
    (b"\x2a\x86\x48\xce\x3e\x02\x01", "dhpublicnumber"),
    (b"\x2b", "identified-organization"),
    (b"\x2b\x06", "DOD"),
    (b"\x2b\x06\x01", "IANA"),
    (b"\x2b\x06\x01\x01", "directory"),
    (b"\x2b\x06\x01\x02", "mgmt"),
    (b"\x2b\x06\x01\x03", "experimental"),
    (b"\x2b\x06\x01\x04", "private"),
    (b"\x2b\x06\x01\x04\x01", "enterprises"),
    (b"\x2b\x06\x01\x04\x01\x81\x3c\x07\x01\x01\x02", "IDEA-CBC"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x0e", "msExtReq"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x15", "msCodeInd"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x16", "msCodeCom"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x01", "msCTLSign"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03", "msSGC"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04", "msEFS"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x11\x01", "CSPName"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x11\x02", "LocalKeySet"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x02", "msSmartcardLogin"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x03", "msUPN"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x01", "jurisdictionL"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x02", "jurisdictionST"),
    (b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x03", "jurisdictionC"),
    (b"\x2b\x06\x01\x04\x01\x8b\x3a\x82\x58", "dcobject"),
    (b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x01", "BLAKE2BMAC"),
    (b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x01\x10", "BLAKE2b512"),
    (b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x02", "BLAKE2SMAC"),
    (b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x02\x08", "BLAKE2s256"),
    (b"\x2b\x06\x01\x04\x01\x97\x55\x01\x02", "BF-CBC"),
    (b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x02", "ct_precert_scts"),
    (b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x03", "ct_precert_poison"),
    (b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x04", "ct_precert_signer"),
    (b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x05", "ct_cert_scts"),
    (b"\x2b\x06\x01\x04\x01\xda\x47\x04\x0b", "id-scrypt"),
    (b"\x2b\x06\x01\x05", "security"),
    (b"\x2b\x06\x01\x05\x02\x03", "id-pkinit"),
    (b"\x2b\x06\x01\x05\x02\x03\x04", "pkInitClientAuth"),
    (b"\x2b\x06\x01\x05\x02\x03\x05", "pkInitKDC"),
    (b"\x2b\x06\x01\x05\x05\x07", "PKIX"),
    (b"\x2b\x06\x01\x05\x05\x07\x00", "id-pkix-mod"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x01", "id-pkix1-explicit-88"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x02", "id-pkix1-implicit-88"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x03", "id-pkix1-explicit-93"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x04", "id-pkix1-implicit-93"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x05", "id-mod-crmf"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x06", "id-mod-cmc"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x07", "id-mod-kea-profile-88"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x08", "id-mod-kea-profile-93"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x09", "id-mod-cmp"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0a", "id-mod-qualified-cert-88"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0b", "id-mod-qualified-cert-93"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0c", "id-mod-attribute-cert"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0d", "id-mod-timestamp-protocol"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0e", "id-mod-ocsp"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x0f", "id-mod-dvcs"),
    (b"\x2b\x06\x01\x05\x05\x07\x00\x10", "id-mod-cmp2000"),
    (b"\x2b\x06\x01\x05\x05\x07\x01", "id-pe"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x01", "authorityInfoAccess"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x02", "biometricInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x03", "qcStatements"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x04", "ac-auditEntity"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x05", "ac-targeting"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x06", "aaControls"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x07", "sbgp-ipAddrBlock"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x08", "sbgp-autonomousSysNum"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x09", "sbgp-routerIdentifier"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x0a", "ac-proxying"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x0b", "subjectInfoAccess"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x0e", "proxyCertInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x18", "tlsfeature"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x1c", "sbgp-ipAddrBlockv2"),
    (b"\x2b\x06\x01\x05\x05\x07\x01\x1d", "sbgp-autonomousSysNumv2"),
    (b"\x2b\x06\x01\x05\x05\x07\x02", "id-qt"),
    (b"\x2b\x06\x01\x05\x05\x07\x02\x01", "id-qt-cps"),
    (b"\x2b\x06\x01\x05\x05\x07\x02\x02", "id-qt-unotice"),
    (b"\x2b\x06\x01\x05\x05\x07\x02\x03", "textNotice"),
    (b"\x2b\x06\x01\x05\x05\x07\x03", "id-kp"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x01", "serverAuth"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x02", "clientAuth"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x03", "codeSigning"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x04", "emailProtection"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x05", "ipsecEndSystem"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x06", "ipsecTunnel"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x07", "ipsecUser"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x08", "timeStamping"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x09", "OCSPSigning"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x0a", "DVCS"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x11", "ipsecIKE"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x12", "capwapAC"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x13", "capwapWTP"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x15", "secureShellClient"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x16", "secureShellServer"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x17", "sendRouter"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x18", "sendProxiedRouter"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x19", "sendOwner"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1a", "sendProxiedOwner"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1b", "cmcCA"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1c", "cmcRA"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1d", "cmcArchive"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1e", "id-kp-bgpsec-router"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x1f", "id-kp-BrandIndicatorforMessageIdentification"),
    (b"\x2b\x06\x01\x05\x05\x07\x03\x20", "cmKGA"),
    (b"\x2b\x06\x01\x05\x05\x07\x04", "id-it"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x01", "id-it-caProtEncCert"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x02", "id-it-signKeyPairTypes"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x03", "id-it-encKeyPairTypes"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x04", "id-it-preferredSymmAlg"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x05", "id-it-caKeyUpdateInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x06", "id-it-currentCRL"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x07", "id-it-unsupportedOIDs"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x08", "id-it-subscriptionRequest"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x09", "id-it-subscriptionResponse"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0a", "id-it-keyPairParamReq"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0b", "id-it-keyPairParamRep"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0c", "id-it-revPassphrase"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0d", "id-it-implicitConfirm"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0e", "id-it-confirmWaitTime"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x0f", "id-it-origPKIMessage"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x10", "id-it-suppLangTags"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x11", "id-it-caCerts"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x12", "id-it-rootCaKeyUpdate"),
    (b"\x2b\x06\x01\x05\x05\x07\x04\x13", "id-it-certReqTemplate"),
    (b"\x2b\x06\x01\x05\x05\x07\x05", "id-pkip"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01", "id-regCtrl"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x01", "id-regCtrl-regToken"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x02", "id-regCtrl-authenticator"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x03", "id-regCtrl-pkiPublicationInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x04", "id-regCtrl-pkiArchiveOptions"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x05", "id-regCtrl-oldCertID"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x01\x06", "id-regCtrl-protocolEncrKey"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x02", "id-regInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x02\x01", "id-regInfo-utf8Pairs"),
    (b"\x2b\x06\x01\x05\x05\x07\x05\x02\x02", "id-regInfo-certReq"),
    (b"\x2b\x06\x01\x05\x05\x07\x06", "id-alg"),
    (b"\x2b\x06\x01\x05\x05\x07\x06\x01", "id-alg-des40"),
    (b"\x2b\x06\x01\x05\x05\x07\x06\x02", "id-alg-noSignature"),
    (b"\x2b\x06\x01\x05\x05\x07\x06\x03", "id-alg-dh-sig-hmac-sha1"),
    (b"\x2b\x06\x01\x05\x05\x07\x06\x04", "id-alg-dh-pop"),
    (b"\x2b\x06\x01\x05\x05\x07\x07", "id-cmc"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x01", "id-cmc-statusInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x02", "id-cmc-identification"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x03", "id-cmc-identityProof"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x04", "id-cmc-dataReturn"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x05", "id-cmc-transactionId"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x06", "id-cmc-senderNonce"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x07", "id-cmc-recipientNonce"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x08", "id-cmc-addExtensions"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x09", "id-cmc-encryptedPOP"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x0a", "id-cmc-decryptedPOP"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x0b", "id-cmc-lraPOPWitness"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x0f", "id-cmc-getCert"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x10", "id-cmc-getCRL"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x11", "id-cmc-revokeRequest"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x12", "id-cmc-regInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x13", "id-cmc-responseInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x15", "id-cmc-queryPending"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x16", "id-cmc-popLinkRandom"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x17", "id-cmc-popLinkWitness"),
    (b"\x2b\x06\x01\x05\x05\x07\x07\x18", "id-cmc-confirmCertAcceptance"),
    (b"\x2b\x06\x01\x05\x05\x07\x08", "id-on"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x01", "id-on-personalData"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x03", "id-on-permanentIdentifier"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x05", "id-on-xmppAddr"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x07", "id-on-dnsSRV"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x08", "id-on-NAIRealm"),
    (b"\x2b\x06\x01\x05\x05\x07\x08\x09", "id-on-SmtpUTF8Mailbox"),
    (b"\x2b\x06\x01\x05\x05\x07\x09", "id-pda"),
    (b"\x2b\x06\x01\x05\x05\x07\x09\x01", "id-pda-dateOfBirth"),
    (b"\x2b\x06\x01\x05\x05\x07\x09\x02", "id-pda-placeOfBirth"),
    (b"\x2b\x06\x01\x05\x05\x07\x09\x03", "id-pda-gender"),
    (b"\x2b\x06\x01\x05\x05\x07\x09\x04", "id-pda-countryOfCitizenship"),
    (b"\x2b\x06\x01\x05\x05\x07\x09\x05", "id-pda-countryOfResidence"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a", "id-aca"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x01", "id-aca-authenticationInfo"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x02", "id-aca-accessIdentity"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x03", "id-aca-chargingIdentity"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x04", "id-aca-group"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x05", "id-aca-role"),
    (b"\x2b\x06\x01\x05\x05\x07\x0a\x06", "id-aca-encAttrs"),
    (b"\x2b\x06\x01\x05\x05\x07\x0b", "id-qcs"),
    (b"\x2b\x06\x01\x05\x05\x07\x0b\x01", "id-qcs-pkixQCSyntax-v1"),
    (b"\x2b\x06\x01\x05\x05\x07\x0c", "id-cct"),
    (b"\x2b\x06\x01\x05\x05\x07\x0c\x01", "id-cct-crs"),
    (b"\x2b\x06\x01\x05\x05\x07\x0c\x02", "id-cct-PKIData"),
    (b"\x2b\x06\x01\x05\x05\x07\x0c\x03", "id-cct-PKIResponse"),
    (b"\x2b\x06\x01\x05\x05\x07\x0e", "id-cp"),
    (b"\x2b\x06\x01\x05\x05\x07\x0e\x02", "ipAddr-asNumber"),
    (b"\x2b\x06\x01\x05\x05\x07\x0e\x03", "ipAddr-asNumberv2"),
    (b"\x2b\x06\x01\x05\x05\x07\x15", "id-ppl"),
    (b"\x2b\x06\x01\x05\x05\x07\x15\x00", "id-ppl-anyLanguage"),
    (b"\x2b\x06\x01\x05\x05\x07\x15\x01", "id-ppl-inheritAll"),
    (b"\x2b\x06\x01\x05\x05\x07\x15\x02", "id-ppl-independent"),
    (b"\x2b\x06\x01\x05\x05\x07\x30", "id-ad"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01", "OCSP"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x01", "basicOCSPResponse"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x02", "Nonce"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x03", "CrlID"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x04", "acceptableResponses"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x05", "noCheck"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x06", "archiveCutoff"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x07", "serviceLocator"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x08", "extendedStatus"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x09", "valid"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x0a", "path"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x0b", "trustRoot"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x02", "caIssuers"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x03", "ad_timestamping"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x04", "AD_DVCS"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x05", "caRepository"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x0a", "rpkiManifest"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x0b", "signedObject"),
    (b"\x2b\x06\x01\x05\x05\x07\x30\x0d", "rpkiNotify"),
    (b"\x2b\x06\x01\x05\x05\x08\x01\x01", "HMAC-MD5"),
    (b"\x2b\x06\x01\x05\x05\x08\x01\x02", "HMAC-SHA1"),
    (b"\x2b\x06\x01\x06", "snmpv2"),
    (b"\x2b\x06\x01\x07", "Mail"),
    (b"\x2b\x06\x01\x07\x01", "mime-mhs"),
    (b"\x2b\x06\x01\x07\x01\x01", "mime-mhs-headings"),
    (b"\x2b\x06\x01\x07\x01\x01\x01", "id-hex-partial-message"),
    (b"\x2b\x06\x01\x07\x01\x01\x02", "id-hex-multipart-message"),
    (b"\x2b\x06\x01\x07\x01\x02", "mime-mhs-bodies"),
    (b"\x2b\x0e\x03\x02", "algorithm"),
    (b"\x2b\x0e\x03\x02\x03", "RSA-NP-MD5"),
    (b"\x2b\x0e\x03\x02\x06", "DES-ECB"),
    (b"\x2b\x0e\x03\x02\x07", "DES-CBC"),
    (b"\x2b\x0e\x03\x02\x08", "DES-OFB"),
    (b"\x2b\x0e\x03\x02\x09", "DES-CFB"),
    (b"\x2b\x0e\x03\x02\x0b", "rsaSignature"),
    (b"\x2b\x0e\x03\x02\x0c", "DSA-old"),
    (b"\x2b\x0e\x03\x02\x0d", "DSA-SHA"),
    (b"\x2b\x0e\x03\x02\x0f", "RSA-SHA"),
    (b"\x2b\x0e\x03\x02\x11", "DES-EDE"),
    (b"\x2b\x0e\x03\x02\x12", "SHA"),
    (b"\x2b\x0e\x03\x02\x1a", "SHA1"),
    (b"\x2b\x0e\x03\x02\x1b", "DSA-SHA1-old"),
    (b"\x2b\x0e\x03\x02\x1d", "RSA-SHA1-2"),
    (b"\x2b\x24\x03\x02\x01", "RIPEMD160"),
    (b"\x2b\x24\x03\x03\x01\x02", "RSA-RIPEMD160"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x01", "brainpoolP160r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x02", "brainpoolP160t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x03", "brainpoolP192r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x04", "brainpoolP192t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x05", "brainpoolP224r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x06", "brainpoolP224t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x07", "brainpoolP256r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x08", "brainpoolP256t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x09", "brainpoolP320r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0a", "brainpoolP320t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0b", "brainpoolP384r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0c", "brainpoolP384t1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0d", "brainpoolP512r1"),
    (b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0e", "brainpoolP512t1"),
    (b"\x2b\x24\x08\x03\x03", "x509ExtAdmission"),
    (b"\x2b\x65\x01\x04\x01", "SXNetID"),
    (b"\x2b\x65\x6e", "X25519"),
    (b"\x2b\x65\x6f", "X448"),
    (b"\x2b\x65\x70", "ED25519"),
    (b"\x2b\x65\x71", "ED448"),
    (b"\x2b\x6f", "ieee"),
    (b"\x2b\x6f\x02\x8c\x53", "ieee-siswg"),
    (b"\x2b\x6f\x02\x8c\x53\x00\x01\x01", "AES-128-XTS"),
    (b"\x2b\x6f\x02\x8c\x53\x00\x01\x02", "AES-256-XTS"),
    (b"\x2b\x81\x04", "certicom-arc"),
    (b"\x2b\x81\x04\x00\x01", "sect163k1"),
    (b"\x2b\x81\x04\x00\x02", "sect163r1"),
    (b"\x2b\x81\x04\x00\x03", "sect239k1"),
    (b"\x2b\x81\x04\x00\x04", "sect113r1"),
    (b"\x2b\x81\x04\x00\x05", "sect113r2"),
    (b"\x2b\x81\x04\x00\x06", "secp112r1"),
    (b"\x2b\x81\x04\x00\x07", "secp112r2"),
    (b"\x2b\x81\x04\x00\x08", "secp160r1"),
    (b"\x2b\x81\x04\x00\x09", "secp160k1"),
    (b"\x2b\x81\x04\x00\x0a", "secp256k1"),
    (b"\x2b\x81\x04\x00\x0f", "sect163r2"),
    (b"\x2b\x81\x04\x00\x10", "sect283k1"),
    (b"\x2b\x81\x04\x00\x11", "sect283r1"),
    (b"\x2b\x81\x04\x00\x16", "sect131r1"),
    (b"\x2b\x81\x04\x00\x17", "sect131r2"),
    (b"\x2b\x81\x04\x00\x18", "sect193r1"),
    (b"\x2b\x81\x04\x00\x19", "sect193r2"),
    (b"\x2b\x81\x04\x00\x1a", "sect233k1"),
    (b"\x2b\x81\x04\x00\x1b", "sect233r1"),
    (b"\x2b\x81\x04\x00\x1c", "secp128r1"),
    (b"\x2b\x81\x04\x00\x1d", "secp128r2"),
    (b"\x2b\x81\x04\x00\x1e", "secp160r2"),
    (b"\x2b\x81\x04\x00\x1f", "secp192k1"),
    (b"\x2b\x81\x04\x00\x20", "secp224k1"),
    (b"\x2b\x81\x04\x00\x21", "secp224r1"),
    (b"\x2b\x81\x04\x00\x22", "secp384r1"),
    (b"\x2b\x81\x04\x00\x23", "secp521r1"),
    (b"\x2b\x81\x04\x00\x24", "sect409k1"),
    (b"\x2b\x81\x04\x00\x25", "sect409r1"),
    (b"\x2b\x81\x04\x00\x26", "sect571k1"),
    (b"\x2b\x81\x04\x00\x27", "sect571r1"),
    (b"\x2b\x81\x04\x01\x0b\x00", "dhSinglePass-stdDH-sha224kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0b\x01", "dhSinglePass-stdDH-sha256kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0b\x02", "dhSinglePass-stdDH-sha384kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0b\x03", "dhSinglePass-stdDH-sha512kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0e\x00", "dhSinglePass-cofactorDH-sha224kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0e\x01", "dhSinglePass-cofactorDH-sha256kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0e\x02", "dhSinglePass-cofactorDH-sha384kdf-scheme"),
    (b"\x2b\x81\x04\x01\x0e\x03", "dhSinglePass-cofactorDH-sha512kdf-scheme"),
    (b"\x2b\x81\x05\x10\x86\x48\x3f\x00\x02", "dhSinglePass-stdDH-sha1kdf-scheme"),
    (b"\x2b\x81\x05\x10\x86\x48\x3f\x00\x03", "dhSinglePass-cofactorDH-sha1kdf-scheme"),
    (b"\x55", "X500"),
    (b"\x55\x01\x05", "selected-attribute-types"),
    (b"\x55\x01\x05\x37", "clearance"),
    (b"\x55\x04", "X509"),
    (b"\x55\x04\x03", "CN"),
    (b"\x55\x04\x04", "SN"),
    (b"\x55\x04\x05", "serialNumber"),
    (b"\x55\x04\x06", "C"),
    (b"\x55\x04\x07", "L"),
    (b"\x55\x04\x08", "ST"),
    (b"\x55\x04\x09", "street"),
    (b"\x55\x04\x0a", "O"),
    (b"\x55\x04\x0b", "OU"),
    (b"\x55\x04\x0c", "title"),
    (b"\x55\x04\x0d", "description"),
    (b"\x55\x04\x0e", "searchGuide"),
    (b"\x55\x04\x0f", "businessCategory"),
    (b"\x55\x04\x10", "postalAddress"),
    (b"\x55\x04\x11", "postalCode"),
    (b"\x55\x04\x12", "postOfficeBox"),
    (b"\x55\x04\x13", "physicalDeliveryOfficeName"),
    (b"\x55\x04\x14", "telephoneNumber"),
    (b"\x55\x04\x15", "telexNumber"),
    (b"\x55\x04\x16", "teletexTerminalIdentifier"),
    (b"\x55\x04\x17", "facsimileTelephoneNumber"),
    (b"\x55\x04\x18", "x121Address"),
    (b"\x55\x04\x19", "internationaliSDNNumber"),
    (b"\x55\x04\x1a", "registeredAddress"),
    (b"\x55\x04\x1b", "destinationIndicator"),
    (b"\x55\x04\x1c", "preferredDeliveryMethod"),
    (b"\x55\x04\x1d", "presentationAddress"),
    (b"\x55\x04\x1e", "supportedApplicationContext"),
    (b"\x55\x04\x1f", "member"),
    (b"\x55\x04\x20", "owner"),
    (b"\x55\x04\x21", "roleOccupant"),
    (b"\x55\x04\x22", "seeAlso"),
    (b"\x55\x04\x23", "userPassword"),
    (b"\x55\x04\x24", "userCertificate"),
    (b"\x55\x04\x25", "cACertificate"),
    (b"\x55\x04\x26", "authorityRevocationList"),
    (b"\x55\x04\x27", "certificateRevocationList"),
    (b"\x55\x04\x28", "crossCertificatePair"),
    (b"\x55\x04\x29", "name"),
    (b"\x55\x04\x2a", "GN"),
    (b"\x55\x04\x2b", "initials"),
    (b"\x55\x04\x2c", "generationQualifier"),
    (b"\x55\x04\x2d", "x500UniqueIdentifier"),
    (b"\x55\x04\x2e", "dnQualifier"),
    (b"\x55\x04\x2f", "enhancedSearchGuide"),
    (b"\x55\x04\x30", "protocolInformation"),
    (b"\x55\x04\x31", "distinguishedName"),
    (b"\x55\x04\x32", "uniqueMember"),
    (b"\x55\x04\x33", "houseIdentifier"),
    (b"\x55\x04\x34", "supportedAlgorithms"),
    (b"\x55\x04\x35", "deltaRevocationList"),
    (b"\x55\x04\x36", "dmdName"),
    (b"\x55\x04\x41", "pseudonym"),
    (b"\x55\x04\x48", "role"),
    (b"\x55\x04\x61", "organizationIdentifier"),
    (b"\x55\x04\x62", "c3"),
    (b"\x55\x04\x63", "n3"),
    (b"\x55\x04\x64", "dnsName"),
    (b"\x55\x08", "X500algorithms"),
    (b"\x55\x08\x01\x01", "RSA"),
    (b"\x55\x08\x03\x64", "RSA-MDC2"),
    (b"\x55\x08\x03\x65", "MDC2"),
    (b"\x55\x1d", "id-ce"),
    (b"\x55\x1d\x09", "subjectDirectoryAttributes"),
    (b"\x55\x1d\x0e", "subjectKeyIdentifier"),
    (b"\x55\x1d\x0f", "keyUsage"),
    (b"\x55\x1d\x10", "privateKeyUsagePeriod"),
    (b"\x55\x1d\x11", "subjectAltName"),
    (b"\x55\x1d\x12", "issuerAltName"),
    (b"\x55\x1d\x13", "basicConstraints"),
    (b"\x55\x1d\x14", "crlNumber"),
    (b"\x55\x1d\x15", "CRLReason"),
    (b"\x55\x1d\x17", "holdInstructionCode"),
    (b"\x55\x1d\x18", "invalidityDate"),
    (b"\x55\x1d\x1b", "deltaCRL"),
    (b"\x55\x1d\x1c", "issuingDistributionPoint"),
    (b"\x55\x1d\x1d", "certificateIssuer"),
    (b"\x55\x1d\x1e", "nameConstraints"),
    (b"\x55\x1d\x1f", "crlDistributionPoints"),
    (b"\x55\x1d\x20", "certificatePolicies"),
    (b"\x55\x1d\x20\x00", "anyPolicy"),
    (b"\x55\x1d\x21", "policyMappings"),
    (b"\x55\x1d\x23", "authorityKeyIdentifier"),
    (b"\x55\x1d\x24", "policyConstraints"),
    (b"\x55\x1d\x25", "extendedKeyUsage"),
    (b"\x55\x1d\x25\x00", "anyExtendedKeyUsage"),
    (b"\x55\x1d\x2e", "freshestCRL"),
    (b"\x55\x1d\x36", "inhibitAnyPolicy"),
    (b"\x55\x1d\x37", "targetInformation"),
    (b"\x55\x1d\x38", "noRevAvail"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x01", "AES-128-ECB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x02", "AES-128-CBC"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x03", "AES-128-OFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x04", "AES-128-CFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x05", "id-aes128-wrap"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x06", "id-aes128-GCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x07", "id-aes128-CCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x08", "id-aes128-wrap-pad"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x15", "AES-192-ECB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x16", "AES-192-CBC"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x17", "AES-192-OFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x18", "AES-192-CFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x19", "id-aes192-wrap"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x1a", "id-aes192-GCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x1b", "id-aes192-CCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x1c", "id-aes192-wrap-pad"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x29", "AES-256-ECB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2a", "AES-256-CBC"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2b", "AES-256-OFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2c", "AES-256-CFB"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2d", "id-aes256-wrap"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2e", "id-aes256-GCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x2f", "id-aes256-CCM"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x01\x30", "id-aes256-wrap-pad"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x01", "SHA256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x02", "SHA384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x03", "SHA512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x04", "SHA224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x05", "SHA512-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x06", "SHA512-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x07", "SHA3-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x08", "SHA3-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x09", "SHA3-384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0a", "SHA3-512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0b", "SHAKE128"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0c", "SHAKE256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0d", "id-hmacWithSHA3-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0e", "id-hmacWithSHA3-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x0f", "id-hmacWithSHA3-384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x10", "id-hmacWithSHA3-512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x13", "KMAC128"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x14", "KMAC256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x01", "dsa_with_SHA224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x02", "dsa_with_SHA256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x03", "id-dsa-with-sha384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x04", "id-dsa-with-sha512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x05", "id-dsa-with-sha3-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x06", "id-dsa-with-sha3-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x07", "id-dsa-with-sha3-384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x08", "id-dsa-with-sha3-512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x09", "id-ecdsa-with-sha3-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0a", "id-ecdsa-with-sha3-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0b", "id-ecdsa-with-sha3-384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0c", "id-ecdsa-with-sha3-512"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0d", "id-rsassa-pkcs1-v1_5-with-sha3-224"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0e", "id-rsassa-pkcs1-v1_5-with-sha3-256"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x0f", "id-rsassa-pkcs1-v1_5-with-sha3-384"),
    (b"\x60\x86\x48\x01\x65\x03\x04\x03\x10", "id-rsassa-pkcs1-v1_5-with-sha3-512"),
    (b"\x60\x86\x48\x01\x86\xf8\x42", "Netscape"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01", "nsCertExt"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x01", "nsCertType"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x02", "nsBaseUrl"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x03", "nsRevocationUrl"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x04", "nsCaRevocationUrl"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x07", "nsRenewalUrl"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x08", "nsCaPolicyUrl"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x0c", "nsSslServerName"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x01\x0d", "nsComment"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x02", "nsDataType"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x02\x05", "nsCertSequence"),
    (b"\x60\x86\x48\x01\x86\xf8\x42\x04\x01", "nsSGC"),
    (b"\x67", "international-organizations"),
    (b"\x67\x2a", "id-set"),
    (b"\x67\x2a\x00", "set-ctype"),
    (b"\x67\x2a\x00\x00", "setct-PANData"),
    (b"\x67\x2a\x00\x01", "setct-PANToken"),
    (b"\x67\x2a\x00\x02", "setct-PANOnly"),
    (b"\x67\x2a\x00\x03", "setct-OIData"),
    (b"\x67\x2a\x00\x04", "setct-PI"),
    (b"\x67\x2a\x00\x05", "setct-PIData"),
    (b"\x67\x2a\x00\x06", "setct-PIDataUnsigned"),
    (b"\x67\x2a\x00\x07", "setct-HODInput"),
    (b"\x67\x2a\x00\x08", "setct-AuthResBaggage"),
    (b"\x67\x2a\x00\x09", "setct-AuthRevReqBaggage"),
    (b"\x67\x2a\x00\x0a", "setct-AuthRevResBaggage"),
    (b"\x67\x2a\x00\x0b", "setct-CapTokenSeq"),
    (b"\x67\x2a\x00\x0c", "setct-PInitResData"),
    (b"\x67\x2a\x00\x0d", "setct-PI-TBS"),
    (b"\x67\x2a\x00\x0e", "setct-PResData"),
    (b"\x67\x2a\x00\x10", "setct-AuthReqTBS"),
    (b"\x67\x2a\x00\x11", "setct-AuthResTBS"),
    (b"\x67\x2a\x00\x12", "setct-AuthResTBSX"),
    (b"\x67\x2a\x00\x13", "setct-AuthTokenTBS"),
    (b"\x67\x2a\x00\x14", "setct-CapTokenData"),
    (b"\x67\x2a\x00\x15", "setct-CapTokenTBS"),
    (b"\x67\x2a\x00\x16", "setct-AcqCardCodeMsg"),
    (b"\x67\x2a\x00\x17", "setct-AuthRevReqTBS"),
    (b"\x67\x2a\x00\x18", "setct-AuthRevResData"),
    (b"\x67\x2a\x00\x19", "setct-AuthRevResTBS"),
    (b"\x67\x2a\x00\x1a", "setct-CapReqTBS"),
    (b"\x67\x2a\x00\x1b", "setct-CapReqTBSX"),
    (b"\x67\x2a\x00\x1c", "setct-CapResData"),
    (b"\x67\x2a\x00\x1d", "setct-CapRevReqTBS"),
    (b"\x67\x2a\x00\x1e", "setct-CapRevReqTBSX"),
    (b"\x67\x2a\x00\x1f", "setct-CapRevResData"),
    (b"\x67\x2a\x00\x20", "setct-CredReqTBS"),
    (b"\x67\x2a\x00\x21", "setct-CredReqTBSX"),
    (b"\x67\x2a\x00\x22", "setct-CredResData"),
    (b"\x67\x2a\x00\x23", "setct-CredRevReqTBS"),
    (b"\x67\x2a\x00\x24", "setct-CredRevReqTBSX"),
    (b"\x67\x2a\x00\x25", "setct-CredRevResData"),
    (b"\x67\x2a\x00\x26", "setct-PCertReqData"),
    (b"\x67\x2a\x00\x27", "setct-PCertResTBS"),
    (b"\x67\x2a\x00\x28", "setct-BatchAdminReqData"),
    (b"\x67\x2a\x00\x29", "setct-BatchAdminResData"),
    (b"\x67\x2a\x00\x2a", "setct-CardCInitResTBS"),
    (b"\x67\x2a\x00\x2b", "setct-MeAqCInitResTBS"),
    (b"\x67\x2a\x00\x2c", "setct-RegFormResTBS"),
    (b"\x67\x2a\x00\x2d", "setct-CertReqData"),
    (b"\x67\x2a\x00\x2e", "setct-CertReqTBS"),
    (b"\x67\x2a\x00\x2f", "setct-CertResData"),
    (b"\x67\x2a\x00\x30", "setct-CertInqReqTBS"),
    (b"\x67\x2a\x00\x31", "setct-ErrorTBS"),
    (b"\x67\x2a\x00\x32", "setct-PIDualSignedTBE"),
    (b"\x67\x2a\x00\x33", "setct-PIUnsignedTBE"),
    (b"\x67\x2a\x00\x34", "setct-AuthReqTBE"),
    (b"\x67\x2a\x00\x35", "setct-AuthResTBE"),
    (b"\x67\x2a\x00\x36", "setct-AuthResTBEX"),
    (b"\x67\x2a\x00\x37", "setct-AuthTokenTBE"),
    (b"\x67\x2a\x00\x38", "setct-CapTokenTBE"),
    (b"\x67\x2a\x00\x39", "setct-CapTokenTBEX"),
    (b"\x67\x2a\x00\x3a", "setct-AcqCardCodeMsgTBE"),
    (b"\x67\x2a\x00\x3b", "setct-AuthRevReqTBE"),
    (b"\x67\x2a\x00\x3c", "setct-AuthRevResTBE"),
    (b"\x67\x2a\x00\x3d", "setct-AuthRevResTBEB"),
    (b"\x67\x2a\x00\x3e", "setct-CapReqTBE"),
    (b"\x67\x2a\x00\x3f", "setct-CapReqTBEX"),
    (b"\x67\x2a\x00\x40", "setct-CapResTBE"),
    (b"\x67\x2a\x00\x41", "setct-CapRevReqTBE"),
    (b"\x67\x2a\x00\x42", "setct-CapRevReqTBEX"),
    (b"\x67\x2a\x00\x43", "setct-CapRevResTBE"),
    (b"\x67\x2a\x00\x44", "setct-CredReqTBE"),
    (b"\x67\x2a\x00\x45", "setct-CredReqTBEX"),
    (b"\x67\x2a\x00\x46", "setct-CredResTBE"),
    (b"\x67\x2a\x00\x47", "setct-CredRevReqTBE"),
    (b"\x67\x2a\x00\x48", "setct-CredRevReqTBEX"),
    (b"\x67\x2a\x00\x49", "setct-CredRevResTBE"),
    (b"\x67\x2a\x00\x4a", "setct-BatchAdminReqTBE"),
    (b"\x67\x2a\x00\x4b", "setct-BatchAdminResTBE"),
    (b"\x67\x2a\x00\x4c", "setct-RegFormReqTBE"),
    (b"\x67\x2a\x00\x4d", "setct-CertReqTBE"),
    (b"\x67\x2a\x00\x4e", "setct-CertReqTBEX"),
    (b"\x67\x2a\x00\x4f", "setct-CertResTBE"),
    (b"\x67\x2a\x00\x50", "setct-CRLNotificationTBS"),
    (b"\x67\x2a\x00\x51", "setct-CRLNotificationResTBS"),
    (b"\x67\x2a\x00\x52", "setct-BCIDistributionTBS"),
    (b"\x67\x2a\x01", "set-msgExt"),
    (b"\x67\x2a\x01\x01", "setext-genCrypt"),
    (b"\x67\x2a\x01\x03", "setext-miAuth"),
    (b"\x67\x2a\x01\x04", "setext-pinSecure"),
    (b"\x67\x2a\x01\x05", "setext-pinAny"),
    (b"\x67\x2a\x01\x07", "setext-track2"),
    (b"\x67\x2a\x01\x08", "setext-cv"),
    (b"\x67\x2a\x03", "set-attr"),
    (b"\x67\x2a\x03\x00", "setAttr-Cert"),
    (b"\x67\x2a\x03\x00\x00", "set-rootKeyThumb"),
    (b"\x67\x2a\x03\x00\x01", "set-addPolicy"),
    (b"\x67\x2a\x03\x01", "setAttr-PGWYcap"),
    (b"\x67\x2a\x03\x02", "setAttr-TokenType"),
    (b"\x67\x2a\x03\x02\x01", "setAttr-Token-EMV"),
    (b"\x67\x2a\x03\x02\x02", "setAttr-Token-B0Prime"),
    (b"\x67\x2a\x03\x03", "setAttr-IssCap"),
    (b"\x67\x2a\x03\x03\x03", "setAttr-IssCap-CVM"),
    (b"\x67\x2a\x03\x03\x03\x01", "setAttr-GenCryptgrm"),
    (b"\x67\x2a\x03\x03\x04", "setAttr-IssCap-T2"),
    (b"\x67\x2a\x03\x03\x04\x01", "setAttr-T2Enc"),
    (b"\x67\x2a\x03\x03\x04\x02", "setAttr-T2cleartxt"),
    (b"\x67\x2a\x03\x03\x05", "setAttr-IssCap-Sig"),
    (b"\x67\x2a\x03\x03\x05\x01", "setAttr-TokICCsig"),
    (b"\x67\x2a\x03\x03\x05\x02", "setAttr-SecDevSig"),
    (b"\x67\x2a\x05", "set-policy"),
    (b"\x67\x2a\x05\x00", "set-policy-root"),
    (b"\x67\x2a\x07", "set-certExt"),
    (b"\x67\x2a\x07\x00", "setCext-hashedRoot"),
    (b"\x67\x2a\x07\x01", "setCext-certType"),
    (b"\x67\x2a\x07\x02", "setCext-merchData"),
    (b"\x67\x2a\x07\x03", "setCext-cCertRequired"),
    (b"\x67\x2a\x07\x04", "setCext-tunneling"),
    (b"\x67\x2a\x07\x05", "setCext-setExt"),
    (b"\x67\x2a\x07\x06", "setCext-setQualf"),
    (b"\x67\x2a\x07\x07", "setCext-PGWYcapabilities"),
    (b"\x67\x2a\x07\x08", "setCext-TokenIdentifier"),
    (b"\x67\x2a\x07\x09", "setCext-Track2Data"),
    (b"\x67\x2a\x07\x0a", "setCext-TokenType"),
    (b"\x67\x2a\x07\x0b", "setCext-IssuerCapabilities"),
    (b"\x67\x2a\x08", "set-brand"),
    (b"\x67\x2a\x08\x01", "set-brand-IATA-ATA"),
    (b"\x67\x2a\x08\x04", "set-brand-Visa"),
    (b"\x67\x2a\x08\x05", "set-brand-MasterCard"),
    (b"\x67\x2a\x08\x1e", "set-brand-Diners"),
    (b"\x67\x2a\x08\x22", "set-brand-AmericanExpress"),
    (b"\x67\x2a\x08\x23", "set-brand-JCB"),
    (b"\x67\x2a\x08\xae\x7b", "set-brand-Novus"),
    (b"\x67\x2b", "wap"),
    (b"\x67\x2b\x01", "wap-wsg"),
    (b"\x67\x2b\x01\x04\x01", "wap-wsg-idm-ecid-wtls1"),
    (b"\x67\x2b\x01\x04\x03", "wap-wsg-idm-ecid-wtls3"),
    (b"\x67\x2b\x01\x04\x04", "wap-wsg-idm-ecid-wtls4"),
    (b"\x67\x2b\x01\x04\x05", "wap-wsg-idm-ecid-wtls5"),
    (b"\x67\x2b\x01\x04\x06", "wap-wsg-idm-ecid-wtls6"),
    (b"\x67\x2b\x01\x04\x07", "wap-wsg-idm-ecid-wtls7"),
    (b"\x67\x2b\x01\x04\x08", "wap-wsg-idm-ecid-wtls8"),
    (b"\x67\x2b\x01\x04\x09", "wap-wsg-idm-ecid-wtls9"),
    (b"\x67\x2b\x01\x04\x0a", "wap-wsg-idm-ecid-wtls10"),
    (b"\x67\x2b\x01\x04\x0b", "wap-wsg-idm-ecid-wtls11"),
    (b"\x67\x2b\x01\x04\x0c", "wap-wsg-idm-ecid-wtls12"),
];

#[cfg(test)]
mod tests {
    use super::*;

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
    fn big_arcs_match_openssl() {
        // OpenSSL printed `2.99999999999999999999999.5` for this attribute type.
        let mut arc = Vec::new();
        let mut v: u128 = 99999999999999999999999 + 80;
        while v > 0 {
            arc.push(u8::try_from(v & 0x7f).unwrap() | 0x80);
            v >>= 7;
        }
        arc.reverse();
        if let Some(last) = arc.last_mut() {
            *last &= 0x7f;
        }
        arc.push(5);
        assert_eq!(dotted(&arc), "2.99999999999999999999999.5");
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

    #[test]
    fn object_table_is_sorted() {
        assert!(OPENSSL_OBJECTS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(OPENSSL_OBJECTS.len(), 1103);
    }
}
