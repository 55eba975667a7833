//! THE DER reader and writer of certvet (X.690, after webpki's `der.rs`): every parser in
//! the crate reads its elements here and every writer writes its headers here.
//!
//! The length policy is an argument ([`Lengths`]): certificates, names and the issuer keys
//! of a chain are read as OpenSSL's `d2i` functions read them ([`Lengths::Lenient`]: long
//! forms with leading zeros, high tag numbers), because the contract follows what OpenSSL
//! loads; the key containers (PKCS#1, SEC1, PKCS#8, SPKI, PBES2) are read as strict DER
//! ([`Lengths::Strict`]: minimal lengths, single-octet tags). Both refuse indefinite
//! lengths. One error type, [`DerError`], names what is wrong and, through [`Field`],
//! the field being read.
//!
//! Two shapes over the same element reader: free functions ([`read`], [`expect`],
//! [`optional`]) returning a [`Tlv`] and the rest, for the certificate walk, and
//! [`Reader`], a cursor with field names for the key containers. The writer ([`Node`],
//! [`Header`]) emits DER (shortest lengths) only.

use std::fmt;

use crate::secret::SecretBytes;

/// `BOOLEAN`.
pub(crate) const BOOLEAN: u8 = 0x01;
/// `INTEGER`.
pub(crate) const INTEGER: u8 = 0x02;
/// `BIT STRING` (primitive).
pub(crate) const BIT_STRING: u8 = 0x03;
/// `OCTET STRING` (primitive).
pub(crate) const OCTET_STRING: u8 = 0x04;
/// `NULL`.
pub(crate) const NULL: u8 = 0x05;
/// `OBJECT IDENTIFIER`.
pub(crate) const OID: u8 = 0x06;
/// `SEQUENCE` (constructed).
pub(crate) const SEQUENCE: u8 = 0x30;
/// `SET` (constructed).
pub(crate) const SET: u8 = 0x31;

/// Context-specific constructed tag `[n]` (EXPLICIT, or IMPLICIT over a constructed type).
pub(crate) const fn context(n: u8) -> u8 {
    0xa0 | n
}

/// Context-specific primitive tag `[n]` (IMPLICIT over a primitive type).
pub(crate) const fn context_primitive(n: u8) -> u8 {
    0x80 | n
}

/// Which length and tag encodings an element may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lengths {
    /// X.690 DER: single-octet tags, the shortest length form, at most four length octets.
    Strict,
    /// What OpenSSL's `d2i` reads: high tag numbers, long-form lengths with leading zeros.
    Lenient,
}

/// The longest strict length certvet reads (the key input is at most 64 KiB anyway).
const MAX_LEN_BYTES: usize = 4;

/// Input ends inside an element's identifier or length octets.
const ENDS_EARLY: DerError = DerError::new("the structure ends early");
/// A length that runs past the input.
const PAST_END: DerError = DerError::new("a length past the end of the data");
/// Indefinite length (BER), which certvet does not read.
const INDEFINITE: DerError = DerError::new("an indefinite length (BER, not DER)");
/// A length or tag number too large.
const TOO_LARGE: DerError = DerError::new("a length too large");
/// A length not in its shortest form (strict only).
const NON_MINIMAL: DerError = DerError::new("a non-minimal length (BER, not DER)");
/// A tag number of more than one octet (strict only).
const MULTI_BYTE_TAG: DerError = DerError::new("a multi-byte tag");
/// An identifier other than the expected one.
const UNEXPECTED_TAG: DerError = DerError::new("an unexpected tag");

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

/// Reads one element off the front of `input`, as OpenSSL reads it ([`Lengths::Lenient`]).
///
/// # Errors
/// [`DerError`] when `input` does not start with a complete definite-length element.
#[inline(always)]
pub(crate) fn read(input: &[u8]) -> Result<(Tlv<'_>, &[u8]), DerError> {
    read_with(input, Lengths::Lenient)
}

/// Reads one element off the front of `input` under the length policy `lengths`.
///
/// # Errors
/// [`DerError`] when `input` does not start with a complete element `lengths` allows.
#[inline(always)]
pub(crate) fn read_with(input: &[u8], lengths: Lengths) -> Result<(Tlv<'_>, &[u8]), DerError> {
    let lenient = lengths == Lengths::Lenient;
    // Low tag numbers and lengths of up to two octets here, the certificate's common
    // case; the rest in `header`. Only the sizes come back from there, so the element is
    // built in one place (merging two built elements made the compiler reload the
    // slices a byte at a time). `lengths` is a constant wherever this is inlined.
    let (header, len) = match *input {
        [tag, first, ..] if tag & 0x1f != 0x1f && first < 0x80 => (2, usize::from(first)),
        [tag, 0x81, l, ..] if tag & 0x1f != 0x1f && (lenient || l >= 0x80) => (3, usize::from(l)),
        [tag, 0x82, h, l, ..] if tag & 0x1f != 0x1f && (lenient || h != 0) => {
            (4, usize::from(u16::from_be_bytes([h, l])))
        }
        _ => header(input, lengths)?,
    };
    let tag = *input.first().ok_or(ENDS_EARLY)?;
    let end = header.checked_add(len).ok_or(TOO_LARGE)?;
    match (input.get(..end), input.get(end..)) {
        (Some(whole), Some(after)) => Ok((
            Tlv {
                tag,
                content: whole.get(header..).unwrap_or(&[]),
                whole,
            },
            after,
        )),
        _ => Err(PAST_END),
    }
}

/// The identifier and length octets of the element at the front of `input`, for
/// high tag numbers and long-form lengths: how many there are, and the length.
/// The contents need not be there: the input sniffer names a truncated element by
/// the length its header asks for.
#[cold]
pub(crate) fn header(input: &[u8], lengths: Lengths) -> Result<(usize, usize), DerError> {
    let strict = lengths == Lengths::Strict;
    let (&tag, mut rest) = input.split_first().ok_or(ENDS_EARLY)?;
    if tag & 0x1f == 0x1f {
        if strict {
            return Err(MULTI_BYTE_TAG);
        }
        // High-tag-number form: base-128 octets, the last without the top bit.
        let mut n = 0;
        loop {
            let (&b, after) = rest.split_first().ok_or(ENDS_EARLY)?;
            rest = after;
            n += 1;
            if n > 4 {
                return Err(TOO_LARGE);
            }
            if b & 0x80 == 0 {
                break;
            }
        }
    }
    let (&first, mut rest) = rest.split_first().ok_or(ENDS_EARLY)?;
    let len = if first < 0x80 {
        usize::from(first)
    } else if first == 0x80 {
        return Err(INDEFINITE);
    } else {
        let count = usize::from(first & 0x7f);
        if strict && count > MAX_LEN_BYTES {
            return Err(TOO_LARGE);
        }
        let bytes = rest.get(..count).ok_or(PAST_END)?;
        rest = rest.get(count..).ok_or(PAST_END)?;
        if strict && bytes.first() == Some(&0) {
            return Err(NON_MINIMAL);
        }
        let mut len: usize = 0;
        for &b in bytes {
            if len > (usize::MAX >> 8) {
                return Err(TOO_LARGE);
            }
            len = (len << 8) | usize::from(b);
        }
        if strict && len < 0x80 {
            return Err(NON_MINIMAL);
        }
        len
    };
    Ok((input.len() - rest.len(), len))
}

/// Reads one element with identifier octet `tag`.
///
/// # Errors
/// As [`read`], or an unexpected tag.
#[inline(always)]
pub(crate) fn expect(input: &[u8], tag: u8) -> Result<(Tlv<'_>, &[u8]), DerError> {
    let (tlv, rest) = read(input)?;
    if tlv.tag == tag {
        Ok((tlv, rest))
    } else {
        Err(UNEXPECTED_TAG)
    }
}

/// Reads one element with identifier octet `tag` under `lengths`, the tag looked at
/// first: a wrong tag is named by the tag expected (the key containers' [`Reader`] reads
/// this way), the contents need not be there to say so.
///
/// # Errors
/// As [`read_with`], "the structure ends early" on empty input, or "expected a …".
#[inline(always)]
pub(crate) fn expect_with(
    input: &[u8],
    tag: u8,
    lengths: Lengths,
) -> Result<(Tlv<'_>, &[u8]), DerError> {
    match input.first() {
        Some(&t) if t == tag => read_with(input, lengths),
        Some(_) => Err(DerError::new(expected(tag))),
        None => Err(ENDS_EARLY),
    }
}

/// Reads the element of a SEQUENCE OF or SET OF with identifier octet `tag`, also
/// taking it with the constructed bit clear: OpenSSL's template decoder does not
/// check that bit for these (it does for SEQUENCE and explicit tags).
///
/// # Errors
/// As [`expect`].
#[inline(always)]
pub(crate) fn expect_list(input: &[u8], tag: u8) -> Result<(Tlv<'_>, &[u8]), DerError> {
    let (tlv, rest) = read(input)?;
    if tlv.tag == tag || tlv.tag == tag & !0x20 {
        Ok((tlv, rest))
    } else {
        Err(UNEXPECTED_TAG)
    }
}

/// Reads an optional element with identifier octet `tag`.
///
/// # Errors
/// As [`read`] when the next element has the tag but is malformed.
#[inline(always)]
pub(crate) fn optional(input: &[u8], tag: u8) -> Result<(Option<Tlv<'_>>, &[u8]), DerError> {
    match input.first() {
        Some(&t) if t == tag => read(input).map(|(tlv, rest)| (Some(tlv), rest)),
        _ => Ok((None, input)),
    }
}

/// Why a DER structure does not decode; `field` names the element being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DerError {
    /// What is wrong.
    pub(crate) kind: &'static str,
    /// The ASN.1 field being read, when known.
    pub(crate) field: Option<&'static str>,
}

impl DerError {
    /// An error without a field name yet.
    pub(crate) const fn new(kind: &'static str) -> Self {
        DerError { kind, field: None }
    }
}

impl fmt::Display for DerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.field {
            Some(field) => write!(f, "{} ({field})", self.kind),
            None => f.write_str(self.kind),
        }
    }
}

/// Attach the name of the field being read to a [`DerError`].
pub(crate) trait Field<T> {
    /// Name the field, unless an inner read already named one.
    fn field(self, name: &'static str) -> Result<T, DerError>;
}

impl<T> Field<T> for Result<T, DerError> {
    fn field(self, name: &'static str) -> Result<T, DerError> {
        self.map_err(|e| DerError {
            kind: e.kind,
            field: e.field.or(Some(name)),
        })
    }
}

/// A cursor over the contents of one constructed DER value.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader over `bytes` (the contents of a SEQUENCE, or a whole input).
    pub(crate) const fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    /// Whether every element has been read.
    pub(crate) const fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The tag of the next element, if any.
    pub(crate) fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// Read the next element, whatever its tag: `(tag, contents)`.
    pub(crate) fn read_any(&mut self) -> Result<(u8, &'a [u8]), DerError> {
        let (tlv, rest) = read_with(self.rest, Lengths::Strict)?;
        self.rest = rest;
        Ok((tlv.tag, tlv.content))
    }

    /// Read the next element, which must carry `tag`; returns its contents.
    pub(crate) fn read(&mut self, tag: u8) -> Result<&'a [u8], DerError> {
        let (tlv, rest) = expect_with(self.rest, tag, Lengths::Strict)?;
        self.rest = rest;
        Ok(tlv.content)
    }

    /// Hand the unread input to `read`, which reads elements off its front and returns
    /// what follows them (a reader of slices, such as the one AlgorithmIdentifier reader).
    pub(crate) fn read_by<T, E>(
        &mut self,
        read: impl FnOnce(&'a [u8]) -> Result<(T, &'a [u8]), E>,
    ) -> Result<T, E> {
        let (value, rest) = read(self.rest)?;
        self.rest = rest;
        Ok(value)
    }

    /// Read the next element, which must carry `tag`; returns the whole
    /// encoding (tag, length and contents) and the contents.
    pub(crate) fn read_tlv(&mut self, tag: u8) -> Result<(&'a [u8], &'a [u8]), DerError> {
        let before = self.rest;
        let contents = self.read(tag)?;
        let used = before.len() - self.rest.len();
        Ok((before.get(..used).unwrap_or_default(), contents))
    }

    /// Read the next element if it carries `tag`.
    pub(crate) fn read_optional(&mut self, tag: u8) -> Result<Option<&'a [u8]>, DerError> {
        if self.peek_tag() == Some(tag) {
            self.read(tag).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Read a SEQUENCE and return a reader over its contents.
    pub(crate) fn sequence(&mut self) -> Result<Reader<'a>, DerError> {
        self.read(SEQUENCE).map(Reader::new)
    }

    /// Read a non-negative INTEGER; returns its magnitude, big-endian, without
    /// the sign byte (so zero is an empty slice).
    pub(crate) fn uint(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(INTEGER)?;
        uint_contents(c)
    }

    /// Read a non-negative INTEGER that fits in a `u64`; `None` when it is larger.
    pub(crate) fn small_uint(&mut self) -> Result<Option<u64>, DerError> {
        let mag = self.uint()?;
        if mag.len() > 8 {
            return Ok(None);
        }
        Ok(Some(
            mag.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        ))
    }

    /// Read an OBJECT IDENTIFIER; returns its contents (the encoded arcs).
    pub(crate) fn oid(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(OID)?;
        check_oid(c)?;
        Ok(c)
    }

    /// Read a BIT STRING with no unused bits; returns the bytes after the
    /// unused-bits byte.
    pub(crate) fn bit_string_octets(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(BIT_STRING)?;
        bit_string_octets(c)
    }

    /// Fail unless every element has been read.
    pub(crate) fn finish(&self) -> Result<(), DerError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(DerError::new("unexpected data after the last field"))
        }
    }
}

/// The message for a wrong tag.
const fn expected(tag: u8) -> &'static str {
    match tag {
        INTEGER => "expected an INTEGER",
        BIT_STRING => "expected a BIT STRING",
        OCTET_STRING => "expected an OCTET STRING",
        NULL => "expected a NULL",
        OID => "expected an OBJECT IDENTIFIER",
        SEQUENCE => "expected a SEQUENCE",
        SET => "expected a SET",
        _ => "an unexpected tag",
    }
}

/// Decode exactly one TLV with `tag` spanning all of `bytes`; returns its contents.
pub(crate) fn whole(bytes: &[u8], tag: u8) -> Result<&[u8], DerError> {
    let mut r = Reader::new(bytes);
    let c = r.read(tag)?;
    r.finish()?;
    Ok(c)
}

/// The magnitude of a non-negative INTEGER's contents (minimal encoding required).
pub(crate) fn uint_contents(c: &[u8]) -> Result<&[u8], DerError> {
    match c {
        [] => Err(DerError::new("an empty INTEGER")),
        [first, ..] if first & 0x80 != 0 => Err(DerError::new("a negative INTEGER")),
        [0, second, ..] if second & 0x80 == 0 => {
            Err(DerError::new("a non-minimal INTEGER (BER, not DER)"))
        }
        [0, rest @ ..] => Ok(rest),
        _ => Ok(c),
    }
}

/// Check that OID contents are well formed (non-empty, minimal base-128 arcs).
fn check_oid(c: &[u8]) -> Result<(), DerError> {
    if valid_oid(c) {
        Ok(())
    } else {
        Err(DerError::new("a malformed OBJECT IDENTIFIER"))
    }
}

/// The octets of a BIT STRING's contents that has no unused bits.
pub(crate) fn bit_string_octets(c: &[u8]) -> Result<&[u8], DerError> {
    match c.split_first() {
        Some((0, rest)) => Ok(rest),
        Some(_) => Err(DerError::new("a BIT STRING with unused bits")),
        None => Err(DerError::new("an empty BIT STRING")),
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

/// A DER value to write; primitives borrow their contents.
pub(crate) enum Node<'a> {
    /// A primitive value: tag and contents as given.
    Prim(u8, &'a [u8]),
    /// A non-negative INTEGER from its big-endian magnitude (leading zeros allowed).
    Uint(&'a [u8]),
    /// A BIT STRING with no unused bits.
    Bits(&'a [u8]),
    /// A constructed value: tag and children.
    Cons(u8, Vec<Node<'a>>),
    /// An OCTET STRING that wraps the DER of the children (e.g. PKCS#8's privateKey).
    Wrap(Vec<Node<'a>>),
}

impl Node<'_> {
    /// Bytes of the contents.
    fn content_len(&self) -> usize {
        match self {
            Node::Prim(_, c) => c.len(),
            Node::Uint(m) => uint_len(m),
            Node::Bits(b) => b.len() + 1,
            Node::Cons(_, kids) | Node::Wrap(kids) => kids.iter().map(Node::len).sum(),
        }
    }

    /// Bytes of the whole TLV.
    fn len(&self) -> usize {
        let c = self.content_len();
        Header::new(0, c).as_bytes().len() + c
    }

    /// Append the TLV to `out`.
    fn write(&self, out: &mut Vec<u8>) {
        let (tag, c) = match self {
            Node::Prim(tag, _) => (*tag, self.content_len()),
            Node::Uint(_) => (INTEGER, self.content_len()),
            Node::Bits(_) => (BIT_STRING, self.content_len()),
            Node::Cons(tag, _) => (*tag, self.content_len()),
            Node::Wrap(_) => (OCTET_STRING, self.content_len()),
        };
        out.extend_from_slice(Header::new(tag, c).as_bytes());
        match self {
            Node::Prim(_, bytes) => out.extend_from_slice(bytes),
            Node::Uint(m) => {
                let t = trim(m);
                if t.first().is_none_or(|b| b & 0x80 != 0) {
                    out.push(0);
                }
                out.extend_from_slice(t);
            }
            Node::Bits(b) => {
                out.push(0);
                out.extend_from_slice(b);
            }
            Node::Cons(_, kids) | Node::Wrap(kids) => kids.iter().for_each(|k| k.write(out)),
        }
    }

    /// Encode into a zeroizing buffer allocated once at the exact size.
    pub(crate) fn to_der(&self) -> SecretBytes {
        let mut out = SecretBytes::with_capacity(self.len());
        self.write(&mut out);
        out
    }
}

/// Leading zero bytes stripped.
fn trim(m: &[u8]) -> &[u8] {
    let first = m.iter().position(|&b| b != 0).unwrap_or(m.len());
    m.get(first..).unwrap_or_default()
}

/// Contents length of the INTEGER for magnitude `m`.
fn uint_len(m: &[u8]) -> usize {
    let t = trim(m);
    match t.first() {
        None => 1,
        Some(b) if b & 0x80 != 0 => t.len() + 1,
        Some(_) => t.len(),
    }
}

/// The identifier and length octets of one element (DER: the shortest length form): the one
/// header writer, for the key containers, the chain's name keys and the names' hex dumps.
#[derive(Clone, Copy)]
pub(crate) struct Header {
    /// Tag, length-of-length or short length, long-form length octets.
    bytes: [u8; 2 + size_of::<usize>()],
    /// How many of `bytes` are used.
    used: usize,
}

impl Header {
    /// The header of an element with identifier octet `tag` and `len` contents octets.
    pub(crate) fn new(tag: u8, len: usize) -> Self {
        let mut bytes = [0; 2 + size_of::<usize>()];
        bytes[0] = tag;
        let used = match u8::try_from(len) {
            Ok(short) if short < 0x80 => {
                bytes[1] = short;
                2
            }
            _ => {
                let be = len.to_be_bytes();
                let skip = be.iter().take_while(|&&b| b == 0).count();
                let count = be.len() - skip;
                // At most size_of::<usize>() octets, so the count fits the low 7 bits.
                bytes[1] = 0x80 | u8::try_from(count).unwrap_or(0x7f);
                for (to, from) in bytes.iter_mut().skip(2).zip(be.iter().skip(skip)) {
                    *to = *from;
                }
                2 + count
            }
        };
        Header { bytes, used }
    }

    /// The identifier and length octets.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.used).unwrap_or(&self.bytes)
    }
}

/// `SEQUENCE { content }`, for contents already encoded.
pub(crate) fn sequence(content: &[u8]) -> Vec<u8> {
    let header = Header::new(SEQUENCE, content.len());
    let mut out = Vec::with_capacity(header.as_bytes().len() + content.len());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(content);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oid::dotted;

    #[test]
    fn reads_nested_sequences_and_integers() {
        // SEQUENCE { INTEGER 0, INTEGER 0x80 (00 80), OID 1.2.840.113549.1.1.1, NULL }
        let der = [
            0x30, 0x14, 0x02, 0x01, 0x00, 0x02, 0x02, 0x00, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48,
            0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
        ];
        let mut outer = Reader::new(&der);
        let mut seq = outer.sequence().unwrap();
        outer.finish().unwrap();
        assert_eq!(seq.uint().unwrap(), &[] as &[u8]);
        assert_eq!(seq.uint().unwrap(), &[0x80]);
        assert_eq!(dotted(seq.oid().unwrap()), "1.2.840.113549.1.1.1");
        assert_eq!(seq.read(NULL).unwrap(), &[] as &[u8]);
        seq.finish().unwrap();
    }

    #[test]
    fn rejects_ber_and_truncation() {
        // Table: input, expected error kind.
        let cases: &[(&[u8], &str)] = &[
            (
                &[0x30, 0x80, 0x00, 0x00],
                "an indefinite length (BER, not DER)",
            ),
            (
                &[0x30, 0x81, 0x01, 0x00],
                "a non-minimal length (BER, not DER)",
            ),
            (
                &[0x30, 0x82, 0x00, 0x81],
                "a non-minimal length (BER, not DER)",
            ),
            (&[0x30, 0x05, 0x00], "a length past the end of the data"),
            (&[0x30], "the structure ends early"),
            (&[0x1f, 0x01, 0x00], "a multi-byte tag"),
            (&[0x30, 0x85, 1, 0, 0, 0, 0], "a length too large"),
        ];
        for (input, kind) in cases {
            let err = Reader::new(input).read_any().unwrap_err();
            assert_eq!(err.kind, *kind, "input {input:02x?}");
        }
    }

    #[test]
    fn integers_must_be_minimal_and_non_negative() {
        assert_eq!(
            uint_contents(&[0x00, 0x7f]).unwrap_err().kind,
            "a non-minimal INTEGER (BER, not DER)"
        );
        assert_eq!(
            uint_contents(&[0xff]).unwrap_err().kind,
            "a negative INTEGER"
        );
        assert_eq!(uint_contents(&[]).unwrap_err().kind, "an empty INTEGER");
        assert_eq!(uint_contents(&[0x00]).unwrap(), &[] as &[u8]);
        assert_eq!(uint_contents(&[0x00, 0xff]).unwrap(), &[0xff]);
    }

    #[test]
    fn field_names_the_innermost_field() {
        let err: Result<(), DerError> = Err(DerError::new("a negative INTEGER"));
        let named = err.field("prime1").field("RSAPrivateKey").unwrap_err();
        assert_eq!(named.to_string(), "a negative INTEGER (prime1)");
    }

    #[test]
    fn writer_round_trips_with_long_lengths() {
        let big = vec![0xabu8; 300];
        let node = Node::Cons(
            SEQUENCE,
            vec![
                Node::Uint(&[0x00, 0x00, 0x80]),
                Node::Uint(&[]),
                Node::Bits(&[1, 2]),
                Node::Wrap(vec![Node::Prim(OCTET_STRING, &big)]),
            ],
        );
        let der = node.to_der();
        assert_eq!(der.len(), der.capacity());
        assert_eq!(&der[..4], &[0x30, 0x82, 0x01, 0x40]);
        let mut seq = Reader::new(whole(&der, SEQUENCE).unwrap());
        assert_eq!(seq.uint().unwrap(), &[0x80]);
        assert_eq!(seq.uint().unwrap(), &[] as &[u8]);
        assert_eq!(seq.bit_string_octets().unwrap(), &[1, 2]);
        let wrapped = seq.read(OCTET_STRING).unwrap();
        assert_eq!(whole(wrapped, OCTET_STRING).unwrap(), &big[..]);
        seq.finish().unwrap();
    }
}
