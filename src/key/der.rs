//! A small strict DER (X.690) reader and writer for the key containers.
//!
//! Only what PKCS#1, SEC1, PKCS#8, SPKI and PBES2 need: single-byte tags,
//! definite minimal lengths, minimal non-negative INTEGERs. The reader borrows
//! its input (no copies of key bytes); the writer sizes its zeroizing buffer
//! exactly before writing, so no reallocation leaves key bytes behind.

use crate::secret::SecretBytes;
use std::fmt;

/// Universal tag: INTEGER.
pub(super) const INTEGER: u8 = 0x02;
/// Universal tag: BIT STRING.
pub(super) const BIT_STRING: u8 = 0x03;
/// Universal tag: OCTET STRING.
pub(super) const OCTET_STRING: u8 = 0x04;
/// Universal tag: NULL.
pub(super) const NULL: u8 = 0x05;
/// Universal tag: OBJECT IDENTIFIER.
pub(super) const OID: u8 = 0x06;
/// Universal tag: SEQUENCE (constructed).
pub(super) const SEQUENCE: u8 = 0x30;
/// Universal tag: SET (constructed).
pub(super) const SET: u8 = 0x31;

/// Context-specific constructed tag `[n]` (EXPLICIT, or IMPLICIT over a constructed type).
pub(super) const fn context(n: u8) -> u8 {
    0xa0 | n
}

/// Context-specific primitive tag `[n]` (IMPLICIT over a primitive type).
pub(super) const fn context_primitive(n: u8) -> u8 {
    0x80 | n
}

/// The longest length certvet reads (the key input is at most 64 KiB anyway).
const MAX_LEN_BYTES: usize = 4;

/// Why a DER structure does not decode; `field` names the element being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct DerError {
    /// What is wrong.
    pub(super) kind: &'static str,
    /// The ASN.1 field being read, when known.
    pub(super) field: Option<&'static str>,
}

impl DerError {
    /// An error without a field name yet.
    pub(super) const fn new(kind: &'static str) -> Self {
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
pub(super) trait Field<T> {
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
pub(super) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader over `bytes` (the contents of a SEQUENCE, or a whole input).
    pub(super) const fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    /// Whether every element has been read.
    pub(super) const fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The tag of the next element, if any.
    pub(super) fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// Read the next element, whatever its tag: `(tag, contents)`.
    pub(super) fn read_any(&mut self) -> Result<(u8, &'a [u8]), DerError> {
        let (&tag, after_tag) = self
            .rest
            .split_first()
            .ok_or(DerError::new("the structure ends early"))?;
        if tag & 0x1f == 0x1f {
            return Err(DerError::new("a multi-byte tag"));
        }
        let (&first, after_len) = after_tag
            .split_first()
            .ok_or(DerError::new("the structure ends early"))?;
        let (len, after_len) = if first < 0x80 {
            (usize::from(first), after_len)
        } else if first == 0x80 {
            return Err(DerError::new("an indefinite length (BER, not DER)"));
        } else {
            let count = usize::from(first & 0x7f);
            if count > MAX_LEN_BYTES {
                return Err(DerError::new("a length too large"));
            }
            let (len_bytes, after) = split(after_len, count)?;
            if len_bytes.first() == Some(&0) {
                return Err(DerError::new("a non-minimal length (BER, not DER)"));
            }
            let len = len_bytes
                .iter()
                .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
            if len < 0x80 {
                return Err(DerError::new("a non-minimal length (BER, not DER)"));
            }
            (len, after)
        };
        let (contents, rest) = split(after_len, len)?;
        self.rest = rest;
        Ok((tag, contents))
    }

    /// Read the next element, which must carry `tag`; returns its contents.
    pub(super) fn read(&mut self, tag: u8) -> Result<&'a [u8], DerError> {
        match self.peek_tag() {
            Some(t) if t == tag => self.read_any().map(|(_, c)| c),
            Some(_) => Err(DerError::new(expected(tag))),
            None => Err(DerError::new("the structure ends early")),
        }
    }

    /// Read the next element, which must carry `tag`; returns the whole
    /// encoding (tag, length and contents) and the contents.
    pub(super) fn read_tlv(&mut self, tag: u8) -> Result<(&'a [u8], &'a [u8]), DerError> {
        let before = self.rest;
        let contents = self.read(tag)?;
        let used = before.len() - self.rest.len();
        Ok((before.get(..used).unwrap_or_default(), contents))
    }

    /// Read the next element if it carries `tag`.
    pub(super) fn read_optional(&mut self, tag: u8) -> Result<Option<&'a [u8]>, DerError> {
        if self.peek_tag() == Some(tag) {
            self.read(tag).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Read a SEQUENCE and return a reader over its contents.
    pub(super) fn sequence(&mut self) -> Result<Reader<'a>, DerError> {
        self.read(SEQUENCE).map(Reader::new)
    }

    /// Read a non-negative INTEGER; returns its magnitude, big-endian, without
    /// the sign byte (so zero is an empty slice).
    pub(super) fn uint(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(INTEGER)?;
        uint_contents(c)
    }

    /// Read a non-negative INTEGER that fits in a `u64`; `None` when it is larger.
    pub(super) fn small_uint(&mut self) -> Result<Option<u64>, DerError> {
        let mag = self.uint()?;
        if mag.len() > 8 {
            return Ok(None);
        }
        Ok(Some(
            mag.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        ))
    }

    /// Read an OBJECT IDENTIFIER; returns its contents (the encoded arcs).
    pub(super) fn oid(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(OID)?;
        check_oid(c)?;
        Ok(c)
    }

    /// Read a BIT STRING with no unused bits; returns the bytes after the
    /// unused-bits byte.
    pub(super) fn bit_string_octets(&mut self) -> Result<&'a [u8], DerError> {
        let c = self.read(BIT_STRING)?;
        bit_string_octets(c)
    }

    /// Fail unless every element has been read.
    pub(super) fn finish(&self) -> Result<(), DerError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(DerError::new("unexpected data after the last field"))
        }
    }
}

/// Split `n` bytes off the front of `bytes`.
fn split(bytes: &[u8], n: usize) -> Result<(&[u8], &[u8]), DerError> {
    if n > bytes.len() {
        Err(DerError::new("a length past the end of the data"))
    } else {
        Ok(bytes.split_at(n))
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
pub(super) fn whole(bytes: &[u8], tag: u8) -> Result<&[u8], DerError> {
    let mut r = Reader::new(bytes);
    let c = r.read(tag)?;
    r.finish()?;
    Ok(c)
}

/// The magnitude of a non-negative INTEGER's contents (minimal encoding required).
pub(super) fn uint_contents(c: &[u8]) -> Result<&[u8], DerError> {
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
    if c.is_empty() || c.last().is_some_and(|b| b & 0x80 != 0) {
        return Err(DerError::new("a malformed OBJECT IDENTIFIER"));
    }
    let mut at_arc_start = true;
    for &b in c {
        if at_arc_start && b == 0x80 {
            return Err(DerError::new("a malformed OBJECT IDENTIFIER"));
        }
        at_arc_start = b & 0x80 == 0;
    }
    Ok(())
}

/// The octets of a BIT STRING's contents that has no unused bits.
pub(super) fn bit_string_octets(c: &[u8]) -> Result<&[u8], DerError> {
    match c.split_first() {
        Some((0, rest)) => Ok(rest),
        Some(_) => Err(DerError::new("a BIT STRING with unused bits")),
        None => Err(DerError::new("an empty BIT STRING")),
    }
}

/// A DER value to write; primitives borrow their contents.
pub(super) enum Node<'a> {
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
        1 + header_len(c) + c
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
        out.push(tag);
        write_len(c, out);
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
    pub(super) fn to_der(&self) -> SecretBytes {
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

/// The big-endian bytes of a long-form length, without leading zeros.
fn long_len_bytes(len: usize) -> ([u8; size_of::<usize>()], usize) {
    let bytes = len.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    (bytes, skip)
}

/// Bytes of a length field for `len` contents bytes.
fn header_len(len: usize) -> usize {
    if len < 0x80 {
        1
    } else {
        let (bytes, skip) = long_len_bytes(len);
        1 + bytes.len() - skip
    }
}

/// Append a DER length.
fn write_len(len: usize, out: &mut Vec<u8>) {
    match u8::try_from(len) {
        Ok(short) if short < 0x80 => out.push(short),
        _ => {
            let (bytes, skip) = long_len_bytes(len);
            let used = bytes.get(skip..).unwrap_or_default();
            // At most size_of::<usize>() bytes, so the count fits the low 7 bits.
            let count = u8::try_from(used.len()).unwrap_or(0x7f);
            out.push(0x80 | count);
            out.extend_from_slice(used);
        }
    }
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
