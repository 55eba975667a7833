//! THE DER reader and writer of certvet (X.690): one element at a time, definite lengths,
//! identifiers of any tag number.

/// `SEQUENCE` (constructed).
pub(crate) const SEQUENCE: u8 = 0x30;
/// `SET` (constructed).
pub(crate) const SET: u8 = 0x31;
/// `OBJECT IDENTIFIER`.
pub(crate) const OID: u8 = 0x06;
/// `INTEGER`.
pub(crate) const INTEGER: u8 = 0x02;
/// `BIT STRING` (primitive).
pub(crate) const BIT_STRING: u8 = 0x03;
/// `OCTET STRING` (primitive).
pub(crate) const OCTET_STRING: u8 = 0x04;
/// `BOOLEAN`.
pub(crate) const BOOLEAN: u8 = 0x01;

/// One element: identifier octet, contents, and the whole encoding.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tlv<'a> {
    /// The first identifier octet (class, constructed bit, tag number; a number
    /// of 31 stands for the high-tag-number form, whose further octets are skipped).
    pub(crate) tag: u8,
    /// The contents octets.
    pub(crate) content: &'a [u8],
    /// Identifier, length and contents.
    pub(crate) whole: &'a [u8],
}

impl Tlv<'_> {
    /// Whether the constructed bit is set.
    pub(crate) fn constructed(&self) -> bool {
        self.tag & 0x20 != 0
    }
}

/// Why an element could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Error {
    /// Input ends inside the element.
    Truncated,
    /// Indefinite length (BER), which certvet does not read.
    Indefinite,
    /// A length or tag number too large.
    Overflow,
    /// An identifier other than the expected one.
    UnexpectedTag,
}

/// Reads one element off the front of `input`.
///
/// Long-form lengths may carry leading zero octets, as OpenSSL accepts.
///
/// # Errors
/// [`Error`] when `input` does not start with a complete definite-length element.
#[inline(always)]
pub(crate) fn read(input: &[u8]) -> Result<(Tlv<'_>, &[u8]), Error> {
    // Low tag numbers and lengths of up to two octets here; the rest in
    // `header`. Only the sizes come back from there, so the element is built
    // in one place (merging two built elements made the compiler reload the
    // slices a byte at a time).
    let (header, len) = match *input {
        [tag, first, ..] if tag & 0x1f != 0x1f && first < 0x80 => (2, usize::from(first)),
        [tag, 0x81, l, ..] if tag & 0x1f != 0x1f => (3, usize::from(l)),
        [tag, 0x82, h, l, ..] if tag & 0x1f != 0x1f => (4, usize::from(u16::from_be_bytes([h, l]))),
        _ => header(input)?,
    };
    let tag = *input.first().ok_or(Error::Truncated)?;
    let end = header.checked_add(len).ok_or(Error::Overflow)?;
    match (input.get(..end), input.get(end..)) {
        (Some(whole), Some(after)) => Ok((
            Tlv {
                tag,
                content: whole.get(header..).unwrap_or(&[]),
                whole,
            },
            after,
        )),
        _ => Err(Error::Truncated),
    }
}

/// The identifier and length octets of the element at the front of `input`, for
/// high tag numbers and long-form lengths: how many there are, and the length.
#[cold]
fn header(input: &[u8]) -> Result<(usize, usize), Error> {
    let (&tag, mut rest) = input.split_first().ok_or(Error::Truncated)?;
    if tag & 0x1f == 0x1f {
        // High-tag-number form: base-128 octets, the last without the top bit.
        let mut n = 0;
        loop {
            let (&b, after) = rest.split_first().ok_or(Error::Truncated)?;
            rest = after;
            n += 1;
            if n > 4 {
                return Err(Error::Overflow);
            }
            if b & 0x80 == 0 {
                break;
            }
        }
    }
    let (&first, mut rest) = rest.split_first().ok_or(Error::Truncated)?;
    let len = if first < 0x80 {
        usize::from(first)
    } else if first == 0x80 {
        return Err(Error::Indefinite);
    } else {
        let count = usize::from(first & 0x7f);
        let bytes = rest.get(..count).ok_or(Error::Truncated)?;
        rest = rest.get(count..).ok_or(Error::Truncated)?;
        let mut len: usize = 0;
        for &b in bytes {
            if len > (usize::MAX >> 8) {
                return Err(Error::Overflow);
            }
            len = (len << 8) | usize::from(b);
        }
        len
    };
    Ok((input.len() - rest.len(), len))
}

/// Reads one element with identifier octet `tag`.
///
/// # Errors
/// As [`read`], or [`Error::UnexpectedTag`].
#[inline(always)]
pub(crate) fn expect(input: &[u8], tag: u8) -> Result<(Tlv<'_>, &[u8]), Error> {
    let (tlv, rest) = read(input)?;
    if tlv.tag == tag {
        Ok((tlv, rest))
    } else {
        Err(Error::UnexpectedTag)
    }
}

/// Reads the element of a SEQUENCE OF or SET OF with identifier octet `tag`, also
/// taking it with the constructed bit clear: OpenSSL's template decoder does not
/// check that bit for these (it does for SEQUENCE and explicit tags).
///
/// # Errors
/// As [`expect`].
#[inline(always)]
pub(crate) fn expect_list(input: &[u8], tag: u8) -> Result<(Tlv<'_>, &[u8]), Error> {
    let (tlv, rest) = read(input)?;
    if tlv.tag == tag || tlv.tag == tag & !0x20 {
        Ok((tlv, rest))
    } else {
        Err(Error::UnexpectedTag)
    }
}

/// Reads an optional element with identifier octet `tag`.
///
/// # Errors
/// As [`read`] when the next element has the tag but is malformed.
#[inline(always)]
pub(crate) fn optional(input: &[u8], tag: u8) -> Result<(Option<Tlv<'_>>, &[u8]), Error> {
    match input.first() {
        Some(&t) if t == tag => read(input).map(|(tlv, rest)| (Some(tlv), rest)),
        _ => Ok((None, input)),
    }
}

/// An OID's contents as OpenSSL's `c2i_ASN1_OBJECT` accepts them: not empty, the
/// last octet ends a subidentifier, no subidentifier starts with 0x80.
pub(crate) fn valid_oid(content: &[u8]) -> bool {
    let Some(&last) = content.last() else {
        return false;
    };
    // A subidentifier starts at the first octet and after each octet without the
    // top bit. Branch-free: OIDs are short and nearly always valid.
    let mut bad = false;
    let mut starts = true;
    for &b in content {
        bad |= starts & (b == 0x80);
        starts = b & 0x80 == 0;
    }
    last & 0x80 == 0 && !bad
}

/// An INTEGER's contents as OpenSSL's `c2i_ibuf` accepts them: not empty, no
/// illegal padding octet.
pub(crate) fn valid_integer(content: &[u8]) -> bool {
    match content {
        [] => false,
        [_] => true,
        [first, second, rest @ ..] => {
            let pad =
                *first == 0 || (*first == 0xff && (*second != 0 || rest.iter().any(|&b| b != 0)));
            !(pad && (first & 0x80) == (second & 0x80))
        }
    }
}

/// A BIT STRING's contents as OpenSSL accepts them: the unused-bits octet, at most 7.
pub(crate) fn valid_bit_string(content: &[u8]) -> bool {
    content.first().is_some_and(|&unused| unused <= 7)
}

/// An `ANY` value (AlgorithmIdentifier parameters) as OpenSSL's decoder takes it:
/// the universal types it checks must be well formed.
pub(crate) fn valid_any(tlv: &Tlv<'_>) -> bool {
    if tlv.tag & 0xc0 != 0 {
        return true;
    }
    if tlv.tag == 0 && tlv.content.is_empty() {
        // end-of-contents where an element belongs
        return false;
    }
    let number = tlv.tag & 0x1f;
    let c = tlv.content;
    if tlv.constructed() {
        // SEQUENCE/SET are kept as they are; constructed strings are joined;
        // these five must be primitive.
        return !matches!(number, 1 | 2 | 5 | 6 | 10);
    }
    match number {
        1 => c.len() == 1,
        2 | 10 => valid_integer(c),
        3 => valid_bit_string(c),
        5 => c.is_empty(),
        6 => valid_oid(c),
        16 | 17 => false,
        28 => c.len().is_multiple_of(4),
        30 => c.len().is_multiple_of(2),
        _ => true,
    }
}
