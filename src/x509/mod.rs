//! The certificate view: one pass over an X.509 certificate's DER (RFC 5280 §4.1) that
//! keeps borrowed slices of its parts and answers the report's questions about it
//! exactly as OpenSSL 3 would (names, serial, dates, subjectAltName, public key).
//!
//! The walk accepts what OpenSSL's `d2i_X509` accepts, field by field: any version
//! number, an INTEGER serial without illegal padding (negative and zero included), any
//! AlgorithmIdentifier parameters OpenSSL's `ASN1_ANY` takes, names as [`name`]
//! checks them, extensions whose contents are not looked at until asked for, long-form
//! lengths with leading zeros. It refuses indefinite lengths and constructed (BER) forms
//! outside names, which OpenSSL would still read. Dates must be what OpenSSL's
//! `ASN1_TIME_to_tm` reads (OpenSSL loads other dates but prints "Bad time value").
//! The certificate must not be followed by other bytes.
//!
//! Nothing is copied at parse time; a typical certificate parses without allocating.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::net::{Ipv4Addr, Ipv6Addr};

mod extensions;
pub(crate) mod name;
mod spki;
mod time;

use self::extensions::{authority_key_id, basic_constraints_ca, extension, general_names};
pub(crate) use self::spki::algorithm_identifier;
pub(crate) use self::spki::{AlgError, AlgorithmId, KeyRead, NotTaken, Profile, Spki};
pub(crate) use self::time::format_time;
use self::time::parse_time;

use crate::fingerprint::HEX_PAIRS;
use crate::public_key::PublicKey;

use crate::der::{self, Tlv};
use crate::oid;

/// Where the subjectAltName extension is.
#[derive(Clone, Copy, Debug)]
enum San<'a> {
    /// No subjectAltName.
    None,
    /// Exactly one; its extnValue.
    One(&'a [u8]),
    /// More than one (OpenSSL prints each of them).
    Several,
}

/// A borrowed, parsed view of one DER certificate.
#[derive(Clone, Debug)]
pub(crate) struct CertView<'a> {
    der: &'a [u8],
    tbs: &'a [u8],
    serial: &'a [u8],
    issuer: &'a [u8],
    subject: &'a [u8],
    not_before: i64,
    not_after: i64,
    spki: Spki<'a>,
    sig_alg: &'a [u8],
    sig_params: Option<&'a [u8]>,
    sig_value: &'a [u8],
    /// Contents of the `Extensions` SEQUENCE (empty without extensions).
    extensions: &'a [u8],
    san: San<'a>,
    ca: bool,
    ski: Option<&'a [u8]>,
    aki: Option<&'a [u8]>,
    /// The subject's last commonName value, found while the subject was checked.
    common_name: Option<Tlv<'a>>,
    /// The public key, decoded (and an EC point validated) on first use.
    public: OnceCell<PublicKey>,
    /// The subject and issuer in RFC 4514 form and the common name, written on
    /// first use (the report, its chain entries and the chain's messages all
    /// name the leaf).
    text: NameText,
}

/// A certificate's names as text, each written once.
#[derive(Clone, Debug, Default)]
struct NameText {
    subject: OnceCell<String>,
    issuer: OnceCell<String>,
    common_name: OnceCell<Option<String>>,
}

/// The text in `cell`, cloned, or made by `make` when the cell is still empty.
fn owned_or<T: Clone>(cell: &OnceCell<T>, make: impl FnOnce() -> T) -> T {
    cell.get().cloned().unwrap_or_else(make)
}

impl<'a> CertView<'a> {
    /// Parses one DER certificate, which must fill `der` exactly.
    ///
    /// # Errors
    /// A one-line description of what is malformed.
    pub(crate) fn parse(der: &'a [u8]) -> Result<CertView<'a>, String> {
        let fail = |what: &str| format!("malformed certificate: {what}");
        let (cert, trailing) =
            der::expect(der, der::SEQUENCE).map_err(|_| fail("not a DER SEQUENCE"))?;
        if !trailing.is_empty() {
            return Err(fail("bytes after the end of the certificate"));
        }
        let (tbs, rest) =
            der::expect(cert.content, der::SEQUENCE).map_err(|_| fail("no TBSCertificate"))?;
        let (sig_alg, rest) = algorithm_identifier(rest, Profile::Certificate)
            .map_err(|e| fail(&format!("signature {}", e.certificate_message())))?;
        let (sig, rest) = der::expect(rest, der::BIT_STRING).map_err(|_| {
            // DER encodes a string primitive (X.690 §10.2); OpenSSL would join the segments.
            if rest.first() == Some(&(der::BIT_STRING | 0x20)) {
                fail("signature BIT STRING is constructed (BER), not DER")
            } else {
                fail("no signature BIT STRING")
            }
        })?;
        if !der::valid_bit_string(sig.content) {
            return Err(fail("malformed signature BIT STRING"));
        }
        if !rest.is_empty() {
            return Err(fail("extra element after the signature"));
        }

        // TBSCertificate
        let mut t = tbs.content;
        let (version, after) = der::optional(t, 0xa0).map_err(|_| fail("malformed version"))?;
        t = after;
        if let Some(v) = version {
            let (int, inner) =
                der::expect(v.content, der::INTEGER).map_err(|_| fail("malformed version"))?;
            if !inner.is_empty() || !der::valid_integer(int.content) {
                return Err(fail("malformed version"));
            }
        }
        let (serial, after) =
            der::expect(t, der::INTEGER).map_err(|_| fail("no serial number INTEGER"))?;
        t = after;
        if !der::valid_integer(serial.content) {
            return Err(fail("serial number INTEGER badly encoded"));
        }
        let (_, after) = algorithm_identifier(t, Profile::Certificate)
            .map_err(|e| fail(&format!("TBS {}", e.certificate_message())))?;
        t = after;
        let (issuer, after) = der::expect_list(t, der::SEQUENCE).map_err(|_| fail("no issuer"))?;
        t = after;
        name::validate(issuer.whole).map_err(|e| fail(&format!("issuer: {e}")))?;
        let (not_before, not_after, after) = validity(t).map_err(fail)?;
        t = after;
        let (subject, after) =
            der::expect_list(t, der::SEQUENCE).map_err(|_| fail("no subject"))?;
        t = after;
        let common_name =
            name::validate(subject.whole).map_err(|e| fail(&format!("subject: {e}")))?;
        let (spki, after) =
            Spki::read(t, Profile::Certificate).map_err(|e| fail(&e.certificate_message()))?;
        t = after;
        let extensions = unique_ids_and_extensions(t).map_err(fail)?;

        let mut view = CertView {
            der,
            tbs: tbs.whole,
            serial: serial.content,
            issuer: issuer.whole,
            subject: subject.whole,
            not_before,
            not_after,
            spki,
            sig_alg: sig_alg.oid,
            sig_params: sig_alg.params.map(|p| p.whole),
            sig_value: sig.content.get(1..).unwrap_or(&[]),
            extensions,
            san: San::None,
            ca: false,
            ski: None,
            aki: None,
            common_name,
            public: OnceCell::new(),
            text: NameText::default(),
        };
        view.scan_extensions().map_err(fail)?;
        Ok(view)
    }

    /// Checks every extension's envelope and picks out those the report needs.
    ///
    /// As OpenSSL's `X509_get_ext_d2i`, an extension present twice counts as absent for
    /// basicConstraints and the key identifiers.
    fn scan_extensions(&mut self) -> Result<(), &'static str> {
        let mut bc: (usize, &[u8]) = (0, &[]);
        let mut ski: (usize, &[u8]) = (0, &[]);
        let mut aki: (usize, &[u8]) = (0, &[]);
        let mut rest = self.extensions;
        while !rest.is_empty() {
            let (ext, after) = extension(rest)?;
            rest = after;
            let value = ext.value;
            let slot = match ext.oid {
                oid::SUBJECT_ALT_NAME => {
                    self.san = match self.san {
                        San::None => San::One(value),
                        _ => San::Several,
                    };
                    continue;
                }
                oid::BASIC_CONSTRAINTS => &mut bc,
                oid::SUBJECT_KEY_ID => &mut ski,
                oid::AUTHORITY_KEY_ID => &mut aki,
                _ => continue,
            };
            slot.0 += 1;
            slot.1 = value;
        }
        if bc.0 == 1 {
            self.ca = basic_constraints_ca(bc.1).unwrap_or(false);
        }
        if ski.0 == 1 {
            self.ski = der::expect(ski.1, der::OCTET_STRING)
                .ok()
                .filter(|(_, rest)| rest.is_empty())
                .map(|(os, _)| os.content);
        }
        if aki.0 == 1 {
            self.aki = authority_key_id(aki.1);
        }
        Ok(())
    }

    /// The exact DER of the whole certificate.
    pub(crate) fn der(&self) -> &'a [u8] {
        self.der
    }

    /// The subject's last commonName in UTF-8 (see [`name::common_name_text`]).
    pub(crate) fn common_name(&self) -> Option<&str> {
        self.text
            .common_name
            .get_or_init(|| self.common_name.and_then(name::common_name_text))
            .as_deref()
    }

    /// Calls `f` with each subjectAltName GeneralName (tag number, contents with
    /// constructed strings joined) of every subjectAltName extension that decodes, in
    /// certificate order, until `f` returns false.
    fn for_each_general_name(&self, mut f: impl FnMut(u8, Cow<'a, [u8]>) -> bool) {
        let mut visit = |value: &'a [u8]| -> bool {
            let Some(names) = general_names(value) else {
                return true;
            };
            let mut rest = names;
            while let Ok((gn, after)) = der::read(rest) {
                rest = after;
                let content = if gn.constructed() && matches!(gn.tag & 0x1f, 1 | 2 | 6 | 7) {
                    let mut joined = Vec::new();
                    if name::collect(gn.content, 0, &mut joined).is_err() {
                        continue;
                    }
                    Cow::Owned(joined)
                } else {
                    Cow::Borrowed(gn.content)
                };
                if !f(gn.tag & 0x1f, content) {
                    return false;
                }
            }
            true
        };
        match self.san {
            San::None => {}
            San::One(value) => {
                visit(value);
            }
            San::Several => {
                let mut rest = self.extensions;
                while let Ok((ext, after)) = extension(rest) {
                    rest = after;
                    if ext.oid == oid::SUBJECT_ALT_NAME && !visit(ext.value) {
                        break;
                    }
                }
            }
        }
    }

    /// Every dNSName and every iPAddress of the subjectAltName extension, in order, at
    /// most `max` of each, in one walk over the extension.
    ///
    /// A subjectAltName that does not decode contributes nothing (OpenSSL prints it as
    /// a hex dump); with several subjectAltName extensions each one's names are listed,
    /// as `openssl x509 -ext subjectAltName` prints them. dNSName bytes that are not
    /// UTF-8 are replaced by U+FFFD. An iPAddress is 4 octets dotted or 16 octets in
    /// RFC 5952 form (IPv4-mapped as `::ffff:a.b.c.d`); other lengths, which OpenSSL
    /// prints as `<invalid length=N>`, are left out.
    pub(crate) fn alt_names(&self, max: usize) -> (Vec<String>, Vec<String>) {
        let (mut dns, mut ips) = (Vec::new(), Vec::new());
        if max == 0 {
            return (dns, ips);
        }
        self.for_each_general_name(|number, content| {
            match number {
                2 if dns.len() < max => dns.push(match std::str::from_utf8(&content) {
                    Ok(text) => text.to_owned(),
                    Err(_) => String::from_utf8_lossy(&content).into_owned(),
                }),
                7 if ips.len() < max => {
                    if let Ok(v4) = <[u8; 4]>::try_from(&*content) {
                        ips.push(Ipv4Addr::from(v4).to_string());
                    } else if let Ok(v6) = <[u8; 16]>::try_from(&*content) {
                        ips.push(Ipv6Addr::from(v6).to_string());
                    }
                }
                _ => {}
            }
            dns.len() < max || ips.len() < max
        });
        (dns, ips)
    }

    /// The dNSNames of [`alt_names`](Self::alt_names).
    #[cfg(test)]
    pub(crate) fn dns_names(&self, max: usize) -> Vec<String> {
        self.alt_names(max).0
    }

    /// The iPAddresses of [`alt_names`](Self::alt_names).
    #[cfg(test)]
    pub(crate) fn ip_addresses(&self, max: usize) -> Vec<String> {
        self.alt_names(max).1
    }

    /// notBefore in Unix seconds.
    pub(crate) fn not_before(&self) -> i64 {
        self.not_before
    }

    /// notAfter in Unix seconds.
    pub(crate) fn not_after(&self) -> i64 {
        self.not_after
    }

    /// The subject as `openssl x509 -noout -subject -nameopt RFC2253` prints it.
    pub(crate) fn subject(&self) -> &str {
        self.text
            .subject
            .get_or_init(|| name::rfc4514(self.subject))
    }

    /// The issuer as `openssl x509 -noout -issuer -nameopt RFC2253` prints it.
    pub(crate) fn issuer(&self) -> &str {
        self.text.issuer.get_or_init(|| name::rfc4514(self.issuer))
    }

    /// [`subject`](Self::subject) for a report to keep: the cached text copied if it
    /// was printed already, else printed without caching. One allocation either way,
    /// where `subject().to_owned()` makes two when nothing was cached.
    pub(crate) fn subject_string(&self) -> String {
        owned_or(&self.text.subject, || name::rfc4514(self.subject))
    }

    /// [`issuer`](Self::issuer) for a report to keep (see
    /// [`subject_string`](Self::subject_string)).
    pub(crate) fn issuer_string(&self) -> String {
        owned_or(&self.text.issuer, || name::rfc4514(self.issuer))
    }

    /// [`common_name`](Self::common_name) for a report to keep (see
    /// [`subject_string`](Self::subject_string)).
    pub(crate) fn common_name_string(&self) -> Option<String> {
        owned_or(&self.text.common_name, || {
            self.common_name.and_then(name::common_name_text)
        })
    }

    /// The serial number as `openssl x509 -noout -serial` prints it, in lowercase and
    /// without its line breaks: magnitude hex without a leading zero octet, `00` for
    /// zero, `-` before a negative number.
    pub(crate) fn serial_hex(&self) -> String {
        let c = self.serial;
        let negative = c.first().is_some_and(|&b| b & 0x80 != 0);
        // Skip the padding octet as c2i_ibuf does.
        let pad = match c {
            [0, _, ..] => true,
            [0xff, rest @ ..] if !rest.is_empty() => rest.iter().any(|&b| b != 0),
            _ => false,
        };
        let body = if pad { c.get(1..).unwrap_or(&[]) } else { c };
        let mut out = Vec::with_capacity(body.len() * 2 + 1);
        if negative {
            out.push(b'-');
        }
        let mut push = |b: u8| out.extend_from_slice(&HEX_PAIRS[usize::from(b)]);
        if negative {
            // Two's complement magnitude: invert and add one, from the last octet.
            let mut mag = body.iter().map(|&b| !b).collect::<Vec<u8>>();
            for b in mag.iter_mut().rev() {
                let (v, carry) = b.overflowing_add(1);
                *b = v;
                if !carry {
                    break;
                }
            }
            mag.iter().for_each(|&b| push(b));
        } else {
            body.iter().for_each(|&b| push(b));
        }
        // Hex digits and '-' only.
        String::from_utf8(out).unwrap_or_default()
    }

    /// The subject public key in comparable form.
    ///
    /// RSA: modulus and exponent without leading zeros. EC on P-256/P-384/P-521: the
    /// point uncompressed (compressed and hybrid points are converted; a point not on
    /// the curve is `Unsupported("invalid EC point")`). Ed25519: the 32-byte key.
    /// Anything else is `Unsupported` with OpenSSL's name for it (`DSA`, `Ed448`,
    /// `RSASSA-PSS`, `EC secp256k1`, …) or the dotted OID.
    pub(crate) fn public_key(&self) -> &PublicKey {
        self.public.get_or_init(|| self.spki.public_key())
    }

    /// The report's `KeyAlgorithm`, `KeyBits` and `Curve`, as OpenSSL names them:
    /// for the keys certvet takes, from [`public_key`](Self::public_key); for DSA,
    /// Ed448 and EC on other named curves, OpenSSL's algorithm, bits and curve name
    /// (the check then refuses them with `UnsupportedKeyAlgorithm`).
    pub(crate) fn key_fields(&self) -> (Option<String>, Option<u32>, Option<String>) {
        self.spki.key_fields(self.public_key())
    }

    /// DER of the subject Name.
    pub(crate) fn raw_subject(&self) -> &'a [u8] {
        self.subject
    }

    /// DER of the issuer Name.
    pub(crate) fn raw_issuer(&self) -> &'a [u8] {
        self.issuer
    }

    /// DER of the SubjectPublicKeyInfo.
    pub(crate) fn spki_der(&self) -> &'a [u8] {
        self.spki.whole
    }

    /// DER of the TBSCertificate (what the signature covers).
    pub(crate) fn tbs_der(&self) -> &'a [u8] {
        self.tbs
    }

    /// The outer signatureAlgorithm: OID contents octets (e.g. `2a 86 48 86 f7 0d 01 01
    /// 0b` for sha256WithRSAEncryption) and the parameters' DER, if any.
    pub(crate) fn signature_algorithm(&self) -> (&'a [u8], Option<&'a [u8]>) {
        (self.sig_alg, self.sig_params)
    }

    /// The signature octets (the BIT STRING without its unused-bits octet).
    pub(crate) fn signature_value(&self) -> &'a [u8] {
        self.sig_value
    }

    /// Whether basicConstraints says cA (false when absent, duplicated or malformed).
    pub(crate) fn is_ca(&self) -> bool {
        self.ca
    }

    /// The subjectKeyIdentifier octets.
    pub(crate) fn subject_key_id(&self) -> Option<&'a [u8]> {
        self.ski
    }

    /// The authorityKeyIdentifier's keyIdentifier octets.
    pub(crate) fn authority_key_id(&self) -> Option<&'a [u8]> {
        self.aki
    }

    /// The extendedKeyUsage purposes (each KeyPurposeId's OID contents, in order);
    /// `None` when the extension is absent, or present twice or undecodable (as
    /// OpenSSL's `X509_get_ext_d2i` then answers nothing).
    pub(crate) fn extended_key_usage(&self) -> Option<Vec<&'a [u8]>> {
        let mut found = None;
        let mut rest = self.extensions;
        while !rest.is_empty() {
            let (ext, after) = extension(rest).ok()?;
            rest = after;
            if ext.oid == oid::EXTENDED_KEY_USAGE {
                if found.is_some() {
                    return None;
                }
                found = Some(ext.value);
            }
        }
        let (seq, tail) = der::expect(found?, der::SEQUENCE).ok()?;
        if !tail.is_empty() {
            return None;
        }
        let mut purposes = Vec::new();
        let mut items = seq.content;
        while !items.is_empty() {
            let (purpose, after) = der::expect(items, der::OID).ok()?;
            if !der::valid_oid(purpose.content) {
                return None;
            }
            purposes.push(purpose.content);
            items = after;
        }
        Some(purposes)
    }
}

/// Reads the Validity (notBefore, notAfter) off the front of `t`: the two times in Unix
/// seconds and what follows.
fn validity(t: &[u8]) -> Result<(i64, i64, &[u8]), &'static str> {
    let (validity, after) = der::expect(t, der::SEQUENCE).map_err(|_| "no validity")?;
    let (nb, v) = der::read(validity.content).map_err(|_| "no notBefore")?;
    let (na, v) = der::read(v).map_err(|_| "no notAfter")?;
    if !v.is_empty() {
        return Err("extra element in validity");
    }
    let not_before = parse_time(&nb).ok_or("notBefore is not a valid time")?;
    let not_after = parse_time(&na).ok_or("notAfter is not a valid time")?;
    Ok((not_before, not_after, after))
}

/// Reads the rest of a TBSCertificate after its SubjectPublicKeyInfo: the optional
/// unique IDs and extensions, which must end it. The Extensions' contents.
fn unique_ids_and_extensions(mut t: &[u8]) -> Result<&[u8], &'static str> {
    for tag in [0x81, 0x82] {
        let (uid, after) = der::optional(t, tag).map_err(|_| "malformed unique ID")?;
        t = after;
        if uid.is_some_and(|u| !der::valid_bit_string(u.content)) {
            return Err("malformed unique ID");
        }
    }
    let (exts, after) = der::optional(t, 0xa3).map_err(|_| "malformed extensions")?;
    if !after.is_empty() {
        return Err("extra element in TBSCertificate");
    }
    Ok(match exts {
        None => &[][..],
        Some(e) => {
            let (seq, inner) =
                der::expect_list(e.content, der::SEQUENCE).map_err(|_| "malformed extensions")?;
            if !inner.is_empty() {
                return Err("malformed extensions");
            }
            seq.content
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::public_key::Curve;

    /// A fixture from `testdata/cert/` (made by `testdata/cert/make.sh`).
    macro_rules! fixture {
        ($name:literal) => {
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/testdata/cert/",
                $name
            ))
        };
    }

    fn view(der: &[u8]) -> CertView<'_> {
        CertView::parse(der).unwrap()
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    // Every expected value below is what OpenSSL 3.0.19 printed for the fixture
    // (`openssl x509 -noout -subject -issuer -serial -startdate -enddate -nameopt RFC2253
    // -dateopt iso_8601`, `-ext subjectAltName`, `-pubkey`), except where a test says
    // certvet's contract asks otherwise (uncompressed points, RFC 5952 IPv6).

    #[test]
    fn rsa_leaf_fields() {
        let der = fixture!("rsa.der");
        let c = view(der);
        // The owned forms, printed fresh before anything is cached, then copied from
        // the cache after.
        let dn = "CN=www.example.com,O=Example Inc,ST=CA,C=US";
        for _ in 0..2 {
            assert_eq!(c.subject_string(), dn);
            assert_eq!(c.issuer_string(), dn);
            assert_eq!(c.common_name_string().as_deref(), Some("www.example.com"));
            assert_eq!(c.subject(), dn);
            assert_eq!(c.issuer(), dn);
            assert_eq!(c.common_name(), Some("www.example.com"));
        }
        assert_eq!(c.serial_hex(), "c0ffee");
        assert_eq!(c.common_name(), Some("www.example.com"));
        assert_eq!(format_time(c.not_before()), "2026-11-28T09:58:44Z");
        assert_eq!(format_time(c.not_after()), "2027-11-28T09:58:44Z");
        assert_eq!(c.not_after() - c.not_before(), 365 * 86_400);
        assert_eq!(c.dns_names(100), ["www.example.com", "example.com"]);
        assert_eq!(c.ip_addresses(100), ["192.0.2.10", "2001:db8::10"]);
        match c.public_key().clone() {
            PublicKey::Rsa { n, e } => {
                assert_eq!(n.len(), 256);
                assert!(n[0] & 0x80 != 0);
                assert_eq!(e, [1, 0, 1]);
            }
            other => panic!("{other:?}"),
        }
        // `openssl req -x509` adds basicConstraints CA:TRUE and equal key identifiers.
        assert!(c.is_ca());
        assert_eq!(c.subject_key_id().map(<[u8]>::len), Some(20));
        assert_eq!(c.subject_key_id(), c.authority_key_id());
        assert_eq!(c.der(), &der[..]);
        let (alg, params) = c.signature_algorithm();
        assert_eq!(hex(alg), "2a864886f70d01010b"); // sha256WithRSAEncryption
        assert_eq!(params, Some(&[0x05, 0x00][..]));
        assert_eq!(c.signature_value().len(), 256);
        assert_eq!(c.raw_subject(), c.raw_issuer());
        assert_eq!(c.raw_subject()[0], 0x30);
        // The TBS, the SPKI and the names are sub-slices of the DER, in order.
        let tbs = c.tbs_der();
        assert_eq!(&der[4..4 + tbs.len()], tbs);
        assert!(tbs.windows(c.spki_der().len()).any(|w| w == c.spki_der()));
        assert_eq!(&c.spki_der()[..4], &[0x30, 0x82, 0x01, 0x22]);
        assert_eq!(
            &der[der.len() - 256..],
            c.signature_value(),
            "signature is the last 256 bytes"
        );
    }

    #[test]
    fn ec_points_come_out_uncompressed() {
        let plain = match view(fixture!("p256.der")).public_key().clone() {
            PublicKey::Ec {
                curve: Curve::P256,
                point,
            } => point,
            other => panic!("{other:?}"),
        };
        assert_eq!(plain.len(), 65);
        assert_eq!(
            hex(&plain[..33]),
            "04b3f29247f094cb8a4b807656721a12aa0a7eeb3006c3b7245999a9f08a195d9d"
        );
        // The same key written compressed (02/03) and hybrid (06/07).
        for der in [
            &fixture!("p256-compressed.der")[..],
            fixture!("p256-hybrid.der"),
        ] {
            match view(der).public_key().clone() {
                PublicKey::Ec {
                    curve: Curve::P256,
                    point,
                } => assert_eq!(point, plain),
                other => panic!("{other:?}"),
            }
        }
        // P-384 and P-521 compressed, against the uncompressed SPKI of the same key.
        for (der, spki, curve, len) in [
            (
                &fixture!("p384-compressed.der")[..],
                &fixture!("p384-uncompressed.spki")[..],
                Curve::P384,
                97,
            ),
            (
                fixture!("p521-compressed.der"),
                fixture!("p521-uncompressed.spki"),
                Curve::P521,
                133,
            ),
        ] {
            match view(der).public_key().clone() {
                PublicKey::Ec { curve: c, point } => {
                    assert_eq!(c, curve);
                    assert_eq!(point, &spki[spki.len() - len..]);
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn invalid_ec_point_is_unsupported() {
        let der = fixture!("p256.der");
        let c = view(der);
        // Flip the last byte of Y: the point leaves the curve.
        let spki = c.spki_der();
        let end = der.windows(spki.len()).position(|w| w == spki).unwrap() + spki.len();
        let mut bad = der.to_vec();
        bad[end - 1] ^= 1;
        assert_eq!(
            view(&bad).public_key().clone(),
            PublicKey::Unsupported("invalid EC point".into())
        );
    }

    #[test]
    fn ed25519_and_unsupported_keys() {
        let c = view(fixture!("ed25519.der"));
        assert_eq!(c.serial_hex(), "00");
        match c.public_key().clone() {
            PublicKey::Ed25519(k) => assert_eq!(
                hex(&k),
                "2485a5460c5a063c80f5686c4d9c145adbb3e84f96b85b79bef0e51cc223ece5"
            ),
            other => panic!("{other:?}"),
        }
        for (der, name) in [
            (&fixture!("ed448.der")[..], "Ed448"),
            (fixture!("dsa.der"), "DSA"),
            (fixture!("secp256k1.der"), "EC secp256k1"),
        ] {
            assert_eq!(
                view(der).public_key().clone(),
                PublicKey::Unsupported(name.into())
            );
        }
        // An RSA-PSS key is an RSA key restricted to PSS signatures.
        assert_eq!(
            view(fixture!("rsa-pss.der"))
                .public_key()
                .clone()
                .describe(),
            "RSA-1024"
        );
        // The report names the others as OpenSSL does.
        let fields = |der: &[u8]| view(der).key_fields();
        assert_eq!(
            fields(fixture!("ed448.der")),
            (Some("Ed448".into()), Some(456), None)
        );
        assert_eq!(fields(fixture!("dsa.der")).0.as_deref(), Some("DSA"));
        assert_eq!(
            fields(fixture!("secp256k1.der")),
            (Some("EC".into()), Some(256), Some("secp256k1".into()))
        );
    }

    #[test]
    fn names_as_openssl_prints_them() {
        let cases: &[(&[u8], &str, Option<&str>)] = &[
            (
                fixture!("multi-rdn.der"),
                "L=Berlin,CN=multi+OU=Unit+O=Org,C=DE",
                Some("multi"),
            ),
            (
                fixture!("escapes.der"),
                "OU=\\#hash,O=\\ lead and trail\\ ,CN=a\\,b\\+c\\;d\\<e\\>f\\\"g\\\\h=i#j\\ ",
                Some("a,b+c;d<e>f\"g\\h=i#j "),
            ),
            (
                fixture!("utf8.der"),
                "O=\\E6\\97\\A5\\E6\\9C\\AC\\E8\\AA\\9E,CN=Gr\\C3\\BC\\C3\\9Fe \\C3\\9Cn\\C3\\AFc\\C3\\B6d\\C3\\A9 \\E2\\82\\AC",
                Some("Grüße Ünïcödé €"),
            ),
            (
                fixture!("bmp.der"),
                "O=\\C3\\9Cn\\C3\\AF,CN=\\E2\\82\\ACuro",
                Some("€uro"),
            ),
            (
                fixture!("several-cn.der"),
                "CN=third,CN=second,O=x,CN=first",
                Some("third"),
            ),
            (fixture!("no-cn.der"), "C=US,O=No CN Org", None),
            (
                fixture!("attributes.der"),
                "CN=e,organizationIdentifier=VATDE-123,jurisdictionST=Delaware,jurisdictionC=US,businessCategory=Private Organization,GN=John,SN=Smith,title=Dr,postalCode=12345,street=Main St,serialNumber=123,UID=u1,DC=com,DC=example,emailAddress=a@b.c",
                Some("e"),
            ),
            // Name and RDN written as primitive SEQUENCE OF / SET OF, in a v1 certificate
            // that still has extensions: OpenSSL reads both.
            (fixture!("v1-primitive-lists.der"), "CN=prim", Some("prim")),
        ];
        for (der, subject, cn) in cases {
            let c = view(der);
            assert_eq!(c.subject(), *subject);
            assert_eq!(c.issuer(), *subject);
            assert_eq!(c.common_name(), *cn);
        }
        assert_eq!(
            view(fixture!("v1-primitive-lists.der")).dns_names(10),
            ["v1.example"]
        );
    }

    #[test]
    fn subject_alt_names() {
        let c = view(fixture!("many-san.der"));
        let all = c.dns_names(usize::MAX);
        assert_eq!(all.len(), 150);
        assert_eq!(all[0], "host1.example.com");
        assert_eq!(all[149], "host150.example.com");
        assert_eq!(c.dns_names(10).len(), 10);
        assert!(c.dns_names(0).is_empty());
        assert_eq!(c.ip_addresses(5), ["10.0.0.1"]);

        let c = view(fixture!("ip-san.der"));
        assert_eq!(c.dns_names(10), ["after.ip"]);
        assert_eq!(
            c.ip_addresses(100),
            [
                "192.0.2.1",
                "2001:db8::1",
                "::ffff:192.0.2.1",
                "::1",
                "::",
                "2001:db8::1:0:0:1",
                "2001:0:0:1::1",
                "fe80::1:0:0:0",
            ]
        );
        assert_eq!(c.ip_addresses(2), ["192.0.2.1", "2001:db8::1"]);

        // Non-UTF-8 free, BER-constructed dNSName joined, a 2-byte iPAddress left out
        // (OpenSSL: "<invalid length=2>"), IPv4-mapped and IPv4-compatible IPv6.
        let c = view(fixture!("san-odd.der"));
        assert_eq!(c.dns_names(10), ["café.example", "ber.example"]);
        assert_eq!(c.ip_addresses(10), ["::ffff:192.0.2.1", "::c000:201"]);
        // Two subjectAltName extensions: OpenSSL prints both.
        assert_eq!(
            view(fixture!("san-duplicate.der")).dns_names(10),
            ["a.example", "b.example"]
        );
        // A second one that does not decode adds nothing.
        assert_eq!(view(fixture!("san-malformed.der")).dns_names(10), ["x"]);
    }

    #[test]
    fn serial_numbers() {
        let cases: &[(&[u8], &str)] = &[
            (fixture!("serial-minus5.der"), "-05"),
            (fixture!("serial-minus256.der"), "-0100"),
            (fixture!("serial-00ff.der"), "ff"),
            (fixture!("serial-80.der"), "-80"),
            (fixture!("serial-ff00.der"), "-0100"),
            (fixture!("serial-ff7f.der"), "-81"),
            (fixture!("ed25519.der"), "00"),
        ];
        for (der, want) in cases {
            assert_eq!(view(der).serial_hex(), *want);
        }
        // Over 35 octets OpenSSL breaks the line with "\"; certvet does not.
        assert_eq!(
            view(fixture!("serial-long.der")).serial_hex(),
            "7f".repeat(40)
        );
        // 00 01 is illegal padding: OpenSSL refuses the certificate.
        assert!(CertView::parse(fixture!("serial-padded.der")).is_err());
    }

    #[test]
    fn validity_dates() {
        let cases: &[(&[u8], &str, &str)] = &[
            (
                fixture!("time-generalized.der"),
                "1950-01-01T00:00:00Z",
                "2060-01-01T12:34:56Z",
            ),
            // UTCTime without seconds with +0130; GeneralizedTime with fraction and -0100.
            (
                fixture!("time-forms.der"),
                "2019-12-31T22:30:00Z",
                "2050-01-01T01:00:00Z",
            ),
            (
                fixture!("time-extremes.der"),
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
            ),
            (
                fixture!("time-pre1970.der"),
                "1960-02-29T12:00:00Z",
                "2049-12-31T23:59:59Z",
            ),
        ];
        for (der, nb, na) in cases {
            let c = view(der);
            assert_eq!(format_time(c.not_before()), *nb);
            assert_eq!(format_time(c.not_after()), *na);
        }
        let c = view(fixture!("time-pre1970.der"));
        assert_eq!(c.not_before(), -310_478_400);
        assert_eq!(
            view(fixture!("time-generalized.der")).not_before(),
            -631_152_000
        );
        // OpenSSL prints "Bad time value" for a +1300 offset; certvet refuses it.
        let err = CertView::parse(fixture!("time-bad.der")).unwrap_err();
        assert_eq!(err, "malformed certificate: notBefore is not a valid time");
    }

    #[test]
    fn time_forms_match_openssl() {
        // (content, tag, what `openssl x509 -startdate -dateopt iso_8601` printed)
        let cases: &[(&str, u8, Option<&str>)] = &[
            ("200101000000Z", 0x17, Some("2020-01-01T00:00:00Z")),
            ("2001010000Z", 0x17, Some("2020-01-01T00:00:00Z")),
            ("200101000000+0130", 0x17, Some("2019-12-31T22:30:00Z")),
            ("2001010000-0100", 0x17, Some("2020-01-01T01:00:00Z")),
            ("500101000000Z", 0x17, Some("1950-01-01T00:00:00Z")),
            ("491231235959Z", 0x17, Some("2049-12-31T23:59:59Z")),
            ("200101000000+1259", 0x17, Some("2019-12-31T11:01:00Z")),
            ("20500101000000Z", 0x18, Some("2050-01-01T00:00:00Z")),
            ("20500101000000.123Z", 0x18, Some("2050-01-01T00:00:00Z")),
            ("205001010000Z", 0x18, Some("2050-01-01T00:00:00Z")),
            ("20500101000000+0000", 0x18, Some("2050-01-01T00:00:00Z")),
            ("20500101000000.5+0100", 0x18, Some("2049-12-31T23:00:00Z")),
            ("20200229000000Z", 0x18, Some("2020-02-29T00:00:00Z")),
            ("2050010100Z", 0x18, None),
            ("20210229000000Z", 0x18, None),
            ("200101000060Z", 0x17, None),
            ("200101240000Z", 0x17, None),
            ("200101000000z", 0x17, None),
            ("", 0x17, None),
            ("20500101000000.Z", 0x18, None),
            ("200101000000.5Z", 0x17, None),
            ("20200101000000-2359", 0x18, None),
            ("200101000000+1300", 0x17, None),
            ("200101000000+1260", 0x17, None),
            ("200101000000Z ", 0x17, None),
            // With an offset the result must lie in 1900..=9999 (OPENSSL_gmtime_adj).
            ("19000101000000+0100", 0x18, None),
            ("19000101000000-0100", 0x18, Some("1900-01-01T01:00:00Z")),
            ("18000101000000+0000", 0x18, Some("1800-01-01T00:00:00Z")),
            ("18000101000000-0000", 0x18, Some("1800-01-01T00:00:00Z")),
            ("19000101003000+0030", 0x18, Some("1900-01-01T00:00:00Z")),
            ("99991231230000-0059", 0x18, Some("9999-12-31T23:59:00Z")),
            ("99991231235959-0100", 0x18, None),
            ("200101000000", 0x17, None),
        ];
        for (text, tag, want) in cases {
            let tlv = Tlv {
                tag: *tag,
                content: text.as_bytes(),
                whole: &[],
            };
            assert_eq!(
                parse_time(&tlv).map(format_time).as_deref(),
                *want,
                "{text}"
            );
        }
    }

    #[test]
    fn format_time_range() {
        assert_eq!(format_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_time(-1), "1969-12-31T23:59:59Z");
        assert_eq!(format_time(1_704_067_200), "2024-01-01T00:00:00Z");
        assert_eq!(format_time(i64::MIN), "0000-01-01T00:00:00Z");
        assert_eq!(format_time(i64::MAX), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn extensions_for_the_chain() {
        let c = view(fixture!("basic-constraints.der"));
        assert!(c.is_ca()); // cA written 0x01: any non-zero octet is true
        assert_eq!(c.subject_key_id(), Some(&[0x11; 20][..]));
        assert_eq!(c.authority_key_id(), Some(&[0x22; 20][..]));
        // Present twice: as absent (OpenSSL's X509_get_ext_d2i).
        let c = view(fixture!("basic-constraints-duplicate.der"));
        assert!(!c.is_ca());
        assert!(
            !view(fixture!("ed25519.der"))
                .dns_names(1)
                .iter()
                .any(|_| true)
        );
    }

    #[test]
    fn refuses_what_is_not_one_certificate() {
        assert_eq!(
            CertView::parse(fixture!("trailing.der")).unwrap_err(),
            "malformed certificate: bytes after the end of the certificate"
        );
        assert!(CertView::parse(b"").is_err());
        assert!(CertView::parse(b"\x30\x80\x00\x00").is_err());
        let der = fixture!("rsa.der");
        for cut in 0..der.len() {
            assert!(CertView::parse(&der[..cut]).is_err(), "prefix {cut}");
        }
    }

    /// A string in the constructed (BER) form is named as such (found by the fuzz campaign).
    #[test]
    fn names_a_constructed_signature_bit_string() {
        // ed25519.der with its signature BIT STRING (03 41 00 …) wrapped in the
        // constructed form (23 43 03 41 00 …), which DER does not allow.
        let der = fixture!("ed25519.der");
        let (head, sig) = der.split_at(der.len() - 67);
        assert_eq!(head[..4], [0x30, 0x82, 0x01, 0x25]);
        assert_eq!(sig[..3], [0x03, 0x41, 0x00]);
        let ber = [
            &[0x30, 0x82, 0x01, 0x27][..],
            &head[4..],
            &[0x23, 0x43],
            sig,
        ]
        .concat();
        assert_eq!(
            CertView::parse(&ber).unwrap_err(),
            "malformed certificate: signature BIT STRING is constructed (BER), not DER"
        );
    }

    #[test]
    fn mutated_certificates_never_panic() {
        // Deterministic xorshift mutations of every fixture; whatever parses must
        // answer every question.
        let fixtures: &[&[u8]] = &[
            fixture!("rsa.der"),
            fixture!("p256-compressed.der"),
            fixture!("ip-san.der"),
            fixture!("escapes.der"),
            fixture!("bmp.der"),
            fixture!("attributes.der"),
            fixture!("san-odd.der"),
            fixture!("basic-constraints.der"),
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for &der in fixtures {
            for _ in 0..300 {
                let mut m = der.to_vec();
                for _ in 0..1 + next() % 3 {
                    let i = usize::try_from(next()).unwrap() % m.len();
                    m[i] = match next() % 3 {
                        0 => next().to_le_bytes()[0],
                        1 => [0x00, 0x80, 0xff, 0x1f, 0x30, 0x31, 0x0c, 0x1e, 0x1c]
                            [usize::try_from(next() % 9).unwrap()],
                        _ => m[i] ^ (1 << (next() % 8)),
                    };
                }
                if let Ok(c) = CertView::parse(&m) {
                    let _ = (c.subject(), c.issuer(), c.serial_hex(), c.common_name());
                    let _ = (
                        c.dns_names(1000),
                        c.ip_addresses(1000),
                        c.public_key().clone(),
                    );
                    let _ = (format_time(c.not_before()), format_time(c.not_after()));
                }
            }
        }
    }

    #[test]
    fn der_reader_edges() {
        // Long-form length with leading zeros (OpenSSL accepts it).
        let (t, rest) = der::read(b"\x04\x82\x00\x01\xaa\xbb").unwrap();
        assert_eq!((t.tag, t.content, rest), (0x04, &[0xaa][..], &[0xbb][..]));
        // High tag number form.
        let (t, _) = der::read(b"\x1f\x81\x01\x01\x07").unwrap();
        assert_eq!((t.tag, t.content), (0x1f, &[0x07][..]));
        assert_eq!(
            der::read(b"\x30\x80\x00\x00").unwrap_err().kind,
            "an indefinite length (BER, not DER)"
        );
        assert_eq!(
            der::read(b"\x04\x02\x00").unwrap_err().kind,
            "a length past the end of the data"
        );
        assert!(der::read(b"\x04\x89\x01\x00\x00\x00\x00\x00\x00\x00\x00").is_err());
        assert!(der::valid_integer(&[0x00]));
        assert!(der::valid_integer(&[0x00, 0x80]));
        assert!(!der::valid_integer(&[0x00, 0x7f]));
        assert!(!der::valid_integer(&[0xff, 0xff]));
        assert!(der::valid_integer(&[0xff, 0x00]));
        assert!(!der::valid_integer(&[]));
        assert!(der::valid_oid(&[0x55, 0x04, 0x03]));
        assert!(!der::valid_oid(&[0x55, 0x80, 0x04]));
        assert!(!der::valid_oid(&[0x55, 0x84]));
        assert!(!der::valid_oid(&[0x80, 0x01]));
        assert!(der::valid_oid(&[0x2a, 0x81, 0x80, 0x01]));
        assert!(!der::valid_oid(&[0x2a, 0x81, 0x01, 0x80, 0x01]));
        assert!(!der::valid_oid(&[]));
    }

    /// OpenSSL's answers recorded in `testdata/manifest.json` (another fixture set) for
    /// the first certificate of each file.
    #[test]
    fn agrees_with_the_fixture_manifest() {
        use base64::Engine as _;
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/");
        let Ok(text) = std::fs::read_to_string(format!("{root}manifest.json")) else {
            return;
        };
        let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
        let certs = manifest["certs"].as_object().unwrap();
        let mut checked = 0;
        for (path, want) in certs {
            let raw = std::fs::read(format!("{root}{path}")).unwrap();
            let der = match raw
                .windows(27)
                .position(|w| w == b"-----BEGIN CERTIFICATE-----")
            {
                None => raw.clone(),
                Some(start) => {
                    let body = &raw[start + 27..];
                    let end = body
                        .windows(25)
                        .position(|w| w == b"-----END CERTIFICATE-----")
                        .unwrap();
                    let b64: Vec<u8> = body[..end]
                        .iter()
                        .copied()
                        .filter(|b| !b.is_ascii_whitespace())
                        .collect();
                    match base64::engine::general_purpose::STANDARD.decode(&b64) {
                        Ok(der) => der,
                        Err(_) => continue, // a quirk the input module undoes
                    }
                }
            };
            let c = CertView::parse(&der).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(c.subject(), want["subject"], "{path}");
            assert_eq!(c.issuer(), want["issuer"], "{path}");
            assert_eq!(c.serial_hex(), want["serial"], "{path}");
            assert_eq!(format_time(c.not_before()), want["not_before"], "{path}");
            assert_eq!(format_time(c.not_after()), want["not_after"], "{path}");
            assert_eq!(c.not_before() * 1000, want["not_before_ms"], "{path}");
            assert_eq!(c.common_name(), want["common_name"].as_str(), "{path}");
            assert_eq!(
                c.dns_names(usize::MAX),
                want["dns"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect::<Vec<_>>(),
                "{path}"
            );
            assert_eq!(
                c.ip_addresses(usize::MAX),
                want["ips"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect::<Vec<_>>(),
                "{path}"
            );
            // Keys certvet does not take, whose size or kind OpenSSL reports and certvet
            // does not (tests/contract/check.rs KEY_FIELDS_DIFFER says why).
            if matches!(
                path.as_str(),
                "ca/root-explicit-ec.pem" | "chains/int-rsa-empty-key.pem"
            ) {
                checked += 1;
                continue;
            }
            let (alg, bits, curve) = c.key_fields();
            assert_eq!(alg.as_deref(), want["key_algorithm"].as_str(), "{path}");
            assert_eq!(bits.map(u64::from), want["key_bits"].as_u64(), "{path}");
            assert_eq!(curve.as_deref(), want["curve"].as_str(), "{path}");
            checked += 1;
        }
        assert!(
            checked > 100,
            "only {checked} manifest certificates checked"
        );
    }
}
