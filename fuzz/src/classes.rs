//! The named classes of inputs where certvet answers differently from OpenSSL on purpose.
//! Each is one function: it says why, and returns the class name when the input is in it.
//! A difference outside every class is a finding. Each class has a test at the bottom.

use certvet::Report;
use openssl::pkey::{PKey, PKeyRef, Public};
use openssl::x509::X509;

use crate::{Fields, Read};

/// Undo the PEM quirks the contract tolerates (a UTF-8 BOM, CR LF or CR line ends,
/// trailing blanks, blank lines inside a block, `-----END X----------BEGIN Y-----` on
/// one line), which OpenSSL 3.0's PEM reader refuses or misreads.
pub fn untangle(data: &[u8]) -> Vec<u8> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let mut text = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => {}
            b'\r' => text.push(b'\n'),
            b => text.push(b),
        }
        i += 1;
    }
    // Text after an END marker on its line (certvet reads the marker and warns about the
    // text outside the blocks; OpenSSL's reader refuses the line): a line break after the
    // marker's closing dashes. First, so that a BEGIN overlapping those dashes
    // (`-----END X-------BEGIN`) is text, as certvet reads it.
    let mut ended = Vec::with_capacity(text.len() + 8);
    for line in text.split_inclusive(|&b| b == b'\n') {
        let close = line
            .strip_prefix(b"-----END ")
            .and_then(|rest| rest.windows(5).position(|w| w == b"-----"))
            .map(|p| "-----END ".len() + p + 5);
        match close {
            Some(end) if !matches!(line.get(end), None | Some(b'\n')) => {
                ended.extend_from_slice(&line[..end]);
                ended.push(b'\n');
                ended.extend_from_slice(&line[end..]);
            }
            _ => ended.extend_from_slice(line),
        }
    }
    let text = ended;
    // Glued END/BEGIN, or any text before a BEGIN marker on its line: a line break
    // before the marker (class `pem-begin-after-text`). Base64 text before an END marker
    // on its line (certvet reads it with a `PemFormat` warning, found by the campaign of
    // 2026-12-06): a line break before that marker too.
    let begin = b"-----BEGIN ";
    let mut split = Vec::with_capacity(text.len());
    let mut k = 0;
    while k < text.len() {
        let end = text[k..].starts_with(b"-----END ") && k > 0 && text[k - 1] != b'-';
        if (text[k..].starts_with(begin) || end) && k > 0 && text[k - 1] != b'\n' {
            split.push(b'\n');
        }
        split.push(text[k]);
        k += 1;
    }
    let mut out = Vec::with_capacity(split.len());
    let mut in_block = false;
    for line in split.split_inclusive(|&b| b == b'\n') {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let trimmed = match body.iter().rposition(|&b| b != b' ' && b != b'\t') {
            Some(p) => &body[..=p],
            None => &body[..0],
        };
        if trimmed.starts_with(b"-----BEGIN ") {
            in_block = true;
        } else if trimmed.starts_with(b"-----END ") {
            in_block = false;
        } else if in_block && trimmed.is_empty() {
            continue;
        }
        out.extend_from_slice(trimmed);
        if line.ends_with(b"\n") {
            out.push(b'\n');
        }
    }
    out
}

/// Class `pem-quirk`: the contract tolerates a BOM, CR LF, trailing blanks, blank lines in
/// a block and glued END/BEGIN lines (with a `PemFormat` warning); OpenSSL 3.0 refuses
/// them. Class `pem-begin-after-text` (found by the campaign of 2026-12-06): certvet also
/// takes a `-----BEGIN` marker after other text on its line (the text before it is a
/// `PemFormat` warning), where OpenSSL's reader only sees a marker at the start of a line
/// and skips the block. `diff_cert` then compares certvet with OpenSSL's answer on the input with
/// exactly those quirks undone ([`Read::PemUntangled`]), so this class only excuses the
/// reading, never a field.
pub fn pem_quirk(data: &[u8]) -> bool {
    untangle(data) != data
}

/// Inputs where certvet reads a certificate and OpenSSL reads none (by any of the three
/// ways of [`crate::openssl_first`]). No class yet: every such input is a finding.
pub fn certvet_only(_data: &[u8], _report: &Report) -> Option<&'static str> {
    None
}

/// Inputs where OpenSSL reads a first certificate and certvet refuses the input.
pub fn openssl_only(data: &[u8], x: &X509, how: Read, report: &Report) -> Option<&'static str> {
    if der_with_trailing_data(data, x, how) {
        return Some("der-trailing-data");
    }
    if pem_body_refused(how, report) || first_block_refused_by_both(data, how, report) {
        return Some("pem-body-refused");
    }
    if block_with_trailing_data(how, report) {
        return Some("der-trailing-data");
    }
    if double_escaped(report) {
        return Some("double-escaped");
    }
    if encoded_twice(report) {
        return Some("encoded-twice");
    }
    if time_not_valid(x) {
        return Some("time-not-valid");
    }
    if ber_constructed_string(x, report) {
        return Some("ber-constructed-string");
    }
    if whole_der_sequence(data, how, report) {
        return Some("whole-der-sequence");
    }
    None
}

/// Class `whole-der-sequence` (found by the campaign of 2026-12-06): the input is exactly
/// one DER SEQUENCE (its definite length spans every byte), and its contents also hold a
/// PEM block. certvet takes such an input as one DER certificate (`src/input.rs`, `sniff`:
/// the framing says DER whatever bytes it holds) and reports why that DER is no
/// certificate; `d2i_X509` refuses it too, and OpenSSL's PEM reader then finds a block
/// inside. certvet is stricter on purpose: a damaged DER upload is named as one, not read
/// as the text it happens to contain. Holds only when `d2i_X509` refuses the whole input
/// and certvet's error is about that DER (no PEM block named).
pub fn whole_der_sequence(data: &[u8], how: Read, report: &Report) -> bool {
    how != Read::Der
        && matches!(tlv(data), Some((0x30, _, [])))
        && X509::from_der(data).is_err()
        && report.errors.iter().any(|f| {
            f.reason == certvet::Reason::MalformedCertificate
                && f.message
                    .starts_with("certificate 1 is not a valid X.509 certificate: ")
        })
}

/// Class `ber-constructed-string` (found by the campaign of 2026-12-06): an extension's
/// extnValue, the subjectPublicKey or the signature in the constructed (BER) form of
/// their string type. OpenSSL's `d2i_X509` reads BER and joins the segments; certvet
/// refuses the certificate (`MalformedCertificate`, "… constructed (BER) …, not DER"):
/// X.690 §10.2 has DER encode every string primitive, RFC 5280 §4.1 has the certificate
/// in DER, and certvet reads no BER outside names (`src/x509/mod.rs`), so the fields of
/// such a certificate are not reported. Holds only when certvet says so of the first
/// certificate and OpenSSL's bytes of it do hold such a string there.
pub fn ber_constructed_string(x: &X509, report: &Report) -> bool {
    report.errors.iter().any(|f| {
        f.reason == certvet::Reason::MalformedCertificate
            && f.message.starts_with("certificate 1 ")
            && f.message.contains(" constructed (BER)")
            && f.message.ends_with(", not DER")
    }) && x.to_der().is_ok_and(|der| {
        let (extensions, key, signature) = string_tags(&der);
        extensions.contains(&0x24) || key == Some(0x23) || signature == Some(0x23)
    })
}

/// One definite-length element off the front of `b`: identifier octet, contents, rest.
fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, b) = b.split_first()?;
    let (&first, b) = b.split_first()?;
    let (len, b) = if first < 0x80 {
        (usize::from(first), b)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 {
            return None;
        }
        let len = b.get(..n)?.iter().fold(0, |a, &o| a << 8 | usize::from(o));
        (len, b.get(n..)?)
    };
    Some((tag, b.get(..len)?, b.get(len..)?))
}

/// The identifier octets of a certificate's strings that DER has primitive: each
/// extension's last element (its extnValue), the subjectPublicKey (the SPKI's second
/// element) and the signature (the certificate's third), as far as the elements decode.
fn string_tags(der: &[u8]) -> (Vec<u8>, Option<u8>, Option<u8>) {
    let mut extensions = Vec::new();
    let (mut key, mut signature) = (None, None);
    let Some((0x30, cert, _)) = tlv(der) else {
        return (extensions, key, signature);
    };
    let Some((0x30, mut tbs, rest)) = tlv(cert) else {
        return (extensions, key, signature);
    };
    signature = tlv(rest)
        .and_then(|(_, _, rest)| tlv(rest))
        .map(|(tag, _, _)| tag);
    // version [0] (optional), serial, signature, issuer, validity, subject, SPKI, …
    let mut index = 0;
    while let Some((tag, content, rest)) = tlv(tbs) {
        tbs = rest;
        if index == 0 && tag != 0xa0 {
            index = 1;
        }
        if index == 6 {
            key = tlv(content)
                .and_then(|(_, _, rest)| tlv(rest))
                .map(|(tag, _, _)| tag);
        }
        index += 1;
        if tag != 0xa3 {
            continue;
        }
        let Some((0x30, mut exts, _)) = tlv(content) else {
            break;
        };
        while let Some((0x30, mut ext, rest)) = tlv(exts) {
            exts = rest;
            let mut last = None;
            while let Some((t, _, r)) = tlv(ext) {
                last = Some(t);
                ext = r;
            }
            extensions.extend(last);
        }
    }
    (extensions, key, signature)
}

/// Class `der-trailing-data`: `d2i_X509` (and `openssl x509 -inform DER`) reads one
/// certificate from the front of the bytes and ignores whatever follows; certvet takes a
/// DER input as one certificate and refuses bytes after it (`MalformedCertificate`: the
/// cloud API parses the whole upload, and trailing bytes are usually a second file glued
/// on or a damaged download).
pub fn der_with_trailing_data(data: &[u8], x: &X509, how: Read) -> bool {
    how == Read::Der && x.to_der().is_ok_and(|der| der.len() < data.len())
}

/// Class `pem-body-refused` (found by the campaign of 2026-12-06): OpenSSL's PEM reader
/// skips what is not a clean block and its base64 decoder skips spaces and some control
/// bytes inside a line, so it reads a certificate (maybe the second block) where certvet
/// refuses the first certificate with a located PEM fault (`MalformedCertificate`, "line
/// N, column M: …": a space inside a base64 line, a byte that is not base64, an END line
/// without its BEGIN). certvet is stricter on purpose: the leaf is the first certificate
/// as the cloud API sees it, and a damaged block is reported, never skipped.
pub fn pem_body_refused(how: Read, report: &Report) -> bool {
    how != Read::Der
        && report.errors.iter().any(|f| {
            f.reason == certvet::Reason::MalformedCertificate && f.message.starts_with("line ")
        })
}

/// Class `pem-body-refused`, a DER-level fault inside the first block (found by the smoke
/// run of 2026-12-06, "TBS AlgorithmIdentifier missing"): the first `CERTIFICATE` block
/// is clean PEM but its DER is not a certificate, and text before its `-----BEGIN` makes
/// OpenSSL's reader skip it and read the next block. certvet reads the first block (the
/// text is a `PemFormat` warning) and refuses it: the leaf is the first certificate of
/// the input, and one that does not decode is `MalformedCertificate`, never skipped. The
/// class holds only when OpenSSL agrees about that block: `d2i_X509` refuses its DER,
/// and certvet's first chain entry is that block (the same SHA-1 of its bytes).
pub fn first_block_refused_by_both(data: &[u8], how: Read, report: &Report) -> bool {
    if how == Read::Der
        || !report.errors.iter().any(|f| {
            f.reason == certvet::Reason::MalformedCertificate
                && f.message.starts_with("certificate 1 ")
        })
    {
        return false;
    }
    let Some(der) = first_block_der(data) else {
        return false;
    };
    let Some(first) = report.chain.as_ref().and_then(|c| c.first()) else {
        return false;
    };
    X509::from_der(&der).is_err()
        && openssl::hash::hash(openssl::hash::MessageDigest::sha1(), &der)
            .is_ok_and(|d| crate::colon_hex(&d) == first.fingerprint)
}

/// The DER of the first `CERTIFICATE` block (quirks undone); `None` when there is none
/// or its base64 does not decode.
fn first_block_der(data: &[u8]) -> Option<Vec<u8>> {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    let text = untangle(data);
    let text = String::from_utf8_lossy(&text);
    let body = &text[text.find(BEGIN)? + BEGIN.len()..];
    let end = body.find("-----END CERTIFICATE-----")?;
    let b64: String = body[..end].split_whitespace().collect();
    openssl::base64::decode_block(&b64).ok()
}

/// Class `der-trailing-data` inside a PEM block (found by the campaign of 2026-12-06):
/// the block's base64 holds the certificate and more bytes; `d2i_X509` ignores them,
/// certvet refuses them as for a DER input.
pub fn block_with_trailing_data(how: Read, report: &Report) -> bool {
    how != Read::Der
        && report.errors.iter().any(|f| {
            f.message
                .ends_with("bytes after the end of the certificate")
        })
}

/// Class `double-escaped` (found by the campaign of 2026-12-06): the input holds the two
/// characters `\n` where line breaks belong (PEM pasted from a JSON string); certvet
/// refuses it and names the mistake, where OpenSSL's reader may still find a block.
pub fn double_escaped(report: &Report) -> bool {
    report
        .errors
        .iter()
        .any(|f| f.message.contains("is double-escaped"))
}

/// Class `encoded-twice` (found by the smoke run of 2026-12-06): a whole PEM file encoded
/// once more in base64 (`LS0tLS1CRUdJT…`); certvet refuses it and names the mistake, where
/// OpenSSL's reader may still find a block in what surrounds it.
pub fn encoded_twice(report: &Report) -> bool {
    report
        .errors
        .iter()
        .any(|f| f.message.contains("encoded once more in base64"))
}

/// Class `time-not-valid`: OpenSSL 3.0's decoder does not check the text of a UTCTime or
/// GeneralizedTime (it prints "Bad time value" later, and `ASN1_TIME_to_tm` fails on it);
/// certvet refuses a certificate whose notBefore or notAfter is not a valid time
/// (`MalformedCertificate`), since it must report both as instants. The class holds only
/// when OpenSSL itself cannot turn one of the two into a time.
pub fn time_not_valid(x: &X509) -> bool {
    let bad = |t: &openssl::asn1::Asn1TimeRef| {
        openssl::asn1::Asn1Time::from_unix(0).is_ok_and(|epoch| epoch.diff(t).is_err())
    };
    bad(x.not_before()) || bad(x.not_after())
}

/// Both read a certificate, and a field differs.
pub fn fields_differ(x: &X509, ours: &Fields, theirs: &Fields) -> Option<&'static str> {
    let names_only = Fields {
        subject_alternative_names: None,
        ip_addresses: None,
        ..ours.clone()
    } == Fields {
        subject_alternative_names: None,
        ip_addresses: None,
        ..theirs.clone()
    };
    if names_only && san_extension_repeated_or_broken(x) {
        return Some("san-repeated-or-broken");
    }
    None
}

/// Class `fingerprint-of-reencoding` (found by the smoke run of 2026-12-06): OpenSSL keeps
/// the received bytes only of the TBS; `X509_digest` hashes its re-encoding of the whole
/// certificate, so where the input is not canonical outside the TBS (a signature BIT
/// STRING with non-zero unused bits, which OpenSSL's decoder clears) OpenSSL's
/// fingerprint is of bytes that were never uploaded. certvet fingerprints the
/// certificate's bytes as given. The campaign of 2026-12-06 also found it in PEM, and
/// with AlgorithmIdentifier parameters in a constructed string form, which OpenSSL (and
/// certvet) join and OpenSSL re-encodes primitive, so of another length. Holds only when
/// every other field agrees, the certificate's bytes (a DER input's first element, or
/// the first PEM block's) differ from OpenSSL's re-encoding, and certvet's SHA-1 is that
/// of those bytes.
pub fn fingerprint_of_reencoding(
    data: &[u8],
    x: &X509,
    how: Read,
    ours: &Fields,
    theirs: &Fields,
) -> bool {
    let rest_agrees = Fields {
        fingerprint: None,
        fingerprint_sha256: None,
        ..ours.clone()
    } == Fields {
        fingerprint: None,
        fingerprint_sha256: None,
        ..theirs.clone()
    };
    let Ok(der) = x.to_der() else {
        return false;
    };
    // The bytes certvet fingerprints: the input (DER), or the first block's (PEM).
    let block;
    let input = if how == Read::Der {
        data
    } else {
        match first_block_der(data) {
            Some(b) => {
                block = b;
                &block[..]
            }
            None => return false,
        }
    };
    // The first element, as certvet reads the certificate (a DER input with bytes after
    // it is `der-trailing-data`, which certvet refuses).
    let Some((_, _, after)) = tlv(input) else {
        return false;
    };
    let raw = &input[..input.len() - after.len()];
    rest_agrees
        && raw != der.as_slice()
        && openssl::hash::hash(openssl::hash::MessageDigest::sha1(), raw)
            .is_ok_and(|d| Some(crate::colon_hex(&d)) == ours.fingerprint)
}

/// Classes `fingerprint-of-reencoding` and `san-repeated-or-broken` at once (found by the
/// campaign of 2026-12-06, second round: two subjectAltName extensions, the first broken,
/// and a signature BIT STRING with non-zero unused bits). Each excuses only its fields, on
/// its own terms: the name lists when [`san_extension_repeated_or_broken`] holds, then
/// the fingerprints when [`fingerprint_of_reencoding`] holds with every other field,
/// the name lists taken as OpenSSL's, agreeing.
pub fn reencoding_and_san_repeated_or_broken(
    data: &[u8],
    x: &X509,
    how: Read,
    ours: &Fields,
    theirs: &Fields,
) -> bool {
    let names_excused = Fields {
        subject_alternative_names: theirs.subject_alternative_names.clone(),
        ip_addresses: theirs.ip_addresses.clone(),
        ..ours.clone()
    };
    san_extension_repeated_or_broken(x)
        && fingerprint_of_reencoding(data, x, how, &names_excused, theirs)
}

/// `2.5.29.17`, subjectAltName, as an encoded OBJECT IDENTIFIER.
const SAN_OID: &[u8] = &[0x06, 0x03, 0x55, 0x1d, 0x11];

/// Class `san-repeated-or-broken`: the certificate holds a subjectAltName extension that
/// OpenSSL's `X509_get_ext_d2i` does not return, because the extension occurs twice or
/// does not decode; the library call then gives no names at all. certvet reports the
/// names `openssl x509 -text` prints (each occurrence in order, each up to where it stops
/// decoding), the ones a reader of the certificate sees (src/cert.rs tests
/// `san-duplicate.der`, `san-malformed.der`). Only the name lists may differ.
pub fn san_extension_repeated_or_broken(x: &X509) -> bool {
    x.subject_alt_names().is_none()
        && x.to_der()
            .is_ok_and(|der| der.windows(SAN_OID.len()).any(|w| w == SAN_OID))
}

/// certvet says the key matches, and OpenSSL cannot load the key file.
pub fn openssl_cannot_load_key(key: &[u8], cert_key: &PKeyRef<Public>) -> Option<&'static str> {
    ed25519_pkcs8_v2(key, cert_key).then_some("ed25519-pkcs8-v2")
}

/// The DER of the first `PRIVATE KEY` block of a PEM key, or the bytes themselves.
fn private_key_der(key: &[u8]) -> Option<Vec<u8>> {
    let text = untangle(key);
    let Ok(text) = std::str::from_utf8(&text) else {
        return Some(key.to_vec());
    };
    let Some(start) = text.find("-----BEGIN PRIVATE KEY-----") else {
        return Some(key.to_vec());
    };
    let body = &text[start + "-----BEGIN PRIVATE KEY-----".len()..];
    let end = body.find("-----END PRIVATE KEY-----")?;
    let b64: String = body[..end].split_whitespace().collect();
    openssl::base64::decode_block(&b64).ok()
}

/// Class `ed25519-pkcs8-v2`: an RFC 5958 v2 `OneAsymmetricKey` for Ed25519 (version 1,
/// with the `[1] publicKey`) that OpenSSL 3.0 does not load; certvet opens it and checks
/// the embedded public key against the seed's. The class holds only when OpenSSL agrees
/// on the rest: the same seed as a v1 key loads, its public key is the certificate's,
/// and the embedded public key is that one too.
pub fn ed25519_pkcs8_v2(key: &[u8], cert_key: &PKeyRef<Public>) -> bool {
    const V2_ED25519: &[u8] = &[0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70];
    let Some(der) = private_key_der(key) else {
        return false;
    };
    // SEQUENCE (short length) { INTEGER 1, AlgorithmIdentifier { id-Ed25519 },
    // OCTET STRING { OCTET STRING seed }, [1] BIT STRING public }: 83 octets.
    let (Some(head), Some(rest)) = (der.get(2..12), der.get(12..)) else {
        return false;
    };
    if der.first() != Some(&0x30) || head != V2_ED25519 || rest.len() != 71 {
        return false;
    }
    let (Some(seed), Some(public)) = (rest.get(4..36), rest.get(39..71)) else {
        return false;
    };
    if rest.get(..4) != Some(&[0x04, 0x22, 0x04, 0x20][..])
        || rest.get(36..39) != Some(&[0x81, 0x21, 0x00][..])
    {
        return false;
    }
    let mut v1 = vec![
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ];
    v1.extend_from_slice(seed);
    let Ok(pkey) = PKey::private_key_from_der(&v1) else {
        return false;
    };
    pkey.public_eq(cert_key) && pkey.raw_public_key().is_ok_and(|p| p == public)
}

/// `SignedByNext` and OpenSSL's `X509_verify` differ for an adjacent pair. No class: every
/// such pair is a finding (contract v1.1: `SignedByNext` is exactly whether the signature
/// verifies with the next key).
pub fn signature_differs(
    _child: &X509,
    _next: &X509,
    _ours: bool,
    _theirs: Option<bool>,
) -> Option<&'static str> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CertOutcome, diff_cert, diff_chain, diff_key};

    fn fixture(rel: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata")
            .join(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn pair(cert: &str, key: &str) -> Vec<u8> {
        let mut data = fixture(cert);
        data.push(0xFF);
        data.extend(fixture(key));
        data
    }

    #[test]
    fn plain_inputs_agree_field_for_field() {
        assert_eq!(
            diff_cert(&fixture("rsa2048/fullchain.pem")),
            CertOutcome::Agree(Read::Pem)
        );
        assert_eq!(
            diff_cert(&fixture("rsa2048/leaf.der")),
            CertOutcome::Agree(Read::Der)
        );
        assert_eq!(diff_cert(b"not a certificate"), CertOutcome::BothRefuse);
        assert_eq!(
            diff_key(&pair("rsa2048/leaf.pem", "rsa2048/key.pkcs1.pem")),
            Ok("agree")
        );
        assert_eq!(diff_chain(&fixture("rsa2048/fullchain.pem")), Ok(2));
    }

    #[test]
    fn pem_quirks_are_undone_then_compared() {
        for f in [
            "pem/bom.pem",
            "pem/crlf-bom.pem",
            "pem/blank-line-in-body.pem",
            "pem/glued-end-begin.pem",
        ] {
            let data = fixture(f);
            assert!(pem_quirk(&data), "{f}");
            assert_eq!(
                diff_cert(&data),
                CertOutcome::Agree(Read::PemUntangled),
                "{f}"
            );
        }
        assert!(!pem_quirk(&fixture("rsa2048/fullchain.pem")));
        assert_eq!(untangle(b"\xef\xbb\xbfa\r\nb \t\r\n"), b"a\nb\n");
        // Text after an END marker, even a BEGIN overlapping its dashes, goes to its line.
        assert_eq!(
            untangle(b"-----END C-------BEGIN C-----\n"),
            b"-----END C-----\n--BEGIN C-----\n"
        );
        let data = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("corpus/diff_cert/regress-crash-15dc6bee0544cd7e0f7f72e52d1e14157600544e"),
        )
        .unwrap();
        assert_eq!(diff_cert(&data), CertOutcome::Agree(Read::PemUntangled));
    }

    #[test]
    fn der_with_trailing_data_is_its_class() {
        let data = fixture("cert/trailing.der");
        let x = X509::from_der(&data).unwrap();
        assert!(der_with_trailing_data(&data, &x, Read::Der));
        assert!(!der_with_trailing_data(&data, &x, Read::Pem));
        let clean = x.to_der().unwrap();
        assert!(!der_with_trailing_data(&clean, &x, Read::Der));
        // certvet refuses the tail, and still reports the leaf's fields: they agree.
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert!(report.errors.iter().any(|f| {
            f.reason == certvet::Reason::MalformedCertificate
                && f.message == "1 trailing bytes after the DER certificate, from byte offset 211; remove them"
        }));
        assert_eq!(diff_cert(&data), CertOutcome::Agree(Read::Der));
        // Where certvet gives no fields for such an input, the class excuses it.
        assert_eq!(
            openssl_only(&data, &x, Read::Der, &report),
            Some("der-trailing-data")
        );
        // The same certificate without the tail agrees.
        assert_eq!(diff_cert(&clean), CertOutcome::Agree(Read::Der));
    }

    #[test]
    fn a_time_openssl_cannot_read_is_its_class() {
        let data = fixture("cert/time-bad.der");
        assert_eq!(diff_cert(&data), CertOutcome::Class("time-not-valid"));
        assert!(time_not_valid(&X509::from_der(&data).unwrap()));
        assert!(!time_not_valid(
            &X509::from_der(&fixture("cert/time-forms.der")).unwrap()
        ));
    }

    #[test]
    fn a_repeated_or_broken_san_extension_is_its_class() {
        for f in ["cert/san-duplicate.der", "cert/san-malformed.der"] {
            let data = fixture(f);
            assert_eq!(
                diff_cert(&data),
                CertOutcome::Class("san-repeated-or-broken"),
                "{f}"
            );
        }
        let plain = X509::from_der(&fixture("cert/rsa.der")).unwrap();
        assert!(!san_extension_repeated_or_broken(&plain));
    }

    fn artifact(rel: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The campaign's findings (kept as `corpus/*/regress-*`), each in its class now.
    #[test]
    fn the_campaign_findings_fall_in_their_classes() {
        // A space inside a base64 line of the first block.
        let data = artifact("diff_cert/regress-crash-3e48c68a8c6d20fa1cf1a8e10d842957a846eccd");
        assert_eq!(diff_cert(&data), CertOutcome::Class("pem-body-refused"));
        // A mangled BEGIN line: certvet reports the stray END, OpenSSL reads block 2.
        let data = artifact("diff_cert/regress-crash-56dfbf0448d2b1ac83a43bfdcab67a7b28b94578");
        assert_eq!(diff_cert(&data), CertOutcome::Class("pem-body-refused"));
        // A PEM block whose DER holds the certificate and more bytes.
        let data = artifact("diff_cert/regress-crash-dcbb315be72f29c8c4eae8fdde363cbb5eb5237f");
        assert_eq!(diff_cert(&data), CertOutcome::Class("der-trailing-data"));
        // The two characters `\n` where line breaks belong.
        let data = artifact("diff_cert/regress-crash-3231625158e5aa792cc6bfaf4ad0c67348901c81");
        assert_eq!(diff_cert(&data), CertOutcome::Class("double-escaped"));
        // A whole PEM file base64-encoded once more.
        let data = artifact("diff_cert/regress-crash-539834df62bc49e05b0cd6fb59544b3a7fc299b0");
        assert_eq!(diff_cert(&data), CertOutcome::Class("encoded-twice"));
        // None of the report-message classes holds for a clean input.
        let clean = fixture("rsa2048/fullchain.pem");
        let report = certvet::check(&certvet::CheckInput::new(&clean), &crate::opts());
        assert!(!double_escaped(&report) && !encoded_twice(&report));
        assert!(!pem_body_refused(Read::Pem, &report));
        assert!(!block_with_trailing_data(Read::Pem, &report));
        // DER bytes, then a BEGIN marker on the same line: both read that block.
        let data = artifact("diff_cert/regress-crash-069ee7b91693943be3717f253c393c85742b9e08");
        assert!(pem_quirk(&data));
        assert_eq!(diff_cert(&data), CertOutcome::Agree(Read::PemUntangled));
        // Text before the BEGIN marker of the leaf, a key for it: OpenSSL agrees.
        let data = artifact("diff_key/regress-crash-64c753cd2e2e6fdd435930e0867618d58181a09f");
        assert_eq!(diff_key(&data), Ok("agree"));
    }

    /// The smoke run's "TBS AlgorithmIdentifier missing": junk, then on the same line the
    /// BEGIN of a block whose DER is broken, then two good blocks. OpenSSL's reader skips
    /// the first block and reads the second; certvet and `d2i_X509` both refuse the first.
    #[test]
    fn a_first_block_both_refuse_is_pem_body_refused() {
        let data = artifact("diff_cert/regress-crash-87a6813e4e0405689ce3511c96e9e0216278c270");
        assert_eq!(diff_cert(&data), CertOutcome::Class("pem-body-refused"));
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert!(first_block_refused_by_both(&data, Read::Pem, &report));
        assert!(X509::from_der(&first_block_der(&data).unwrap()).is_err());
        // The same junk before a good first block: both read it, the fields agree.
        let good = fixture("ec-p384/fullchain.pem");
        let mut glued = data[..12].to_vec();
        glued.extend_from_slice(&good);
        let report = certvet::check(&certvet::CheckInput::new(&glued), &crate::opts());
        assert!(!first_block_refused_by_both(&glued, Read::Pem, &report));
        assert_eq!(diff_cert(&glued), CertOutcome::Agree(Read::PemUntangled));
    }

    /// An Ed25519 certificate whose signature BIT STRING has non-zero unused bits (and two
    /// bytes after it): OpenSSL's fingerprint is of its re-encoding, certvet's of the input.
    #[test]
    fn a_fingerprint_of_the_reencoding_is_its_class() {
        let data = artifact("diff_cert/regress-crash-8021b75ff255c09676fe3a138edfa243d9f9ce81");
        assert_eq!(
            diff_cert(&data),
            CertOutcome::Class("fingerprint-of-reencoding")
        );
        let x = X509::from_der(&data).unwrap();
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        let ours = Fields::of_report(&report);
        let theirs = Fields::of_openssl(&x);
        assert_ne!(ours.fingerprint, theirs.fingerprint);
        assert!(fingerprint_of_reencoding(
            &data,
            &x,
            Read::Der,
            &ours,
            &theirs
        ));
        // Canonical DER: the fingerprints agree, so no class.
        let clean = fixture("rsa2048/leaf.der");
        let x = X509::from_der(&clean).unwrap();
        let f = Fields::of_openssl(&x);
        assert!(!fingerprint_of_reencoding(&clean, &x, Read::Der, &f, &f));
    }

    /// The campaign's open finding: the authorityKeyIdentifier's extnValue is a
    /// constructed OCTET STRING (24 18 30 16 80 14 …); and the rerun's, a constructed
    /// subjectPublicKey BIT STRING. OpenSSL reads both certificates.
    #[test]
    fn a_constructed_string_is_its_class() {
        let data = artifact("diff_cert/regress-extension-value-constructed");
        let x = X509::from_der(&data).unwrap();
        assert_eq!(
            string_tags(&data),
            (vec![0x04, 0x24, 0x04], Some(0x03), Some(0x03))
        );
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert_eq!(
            report
                .errors
                .iter()
                .map(|f| (f.reason, f.message.as_str()))
                .collect::<Vec<_>>(),
            [(
                certvet::Reason::MalformedCertificate,
                "certificate 1 is not a valid X.509 certificate: malformed certificate: \
                 extension value is a constructed (BER) OCTET STRING, not DER"
            )]
        );
        assert!(ber_constructed_string(&x, &report));
        assert_eq!(
            diff_cert(&data),
            CertOutcome::Class("ber-constructed-string")
        );
        // The rerun's finding: the subjectPublicKey BIT STRING in the constructed form.
        let data = artifact("diff_cert/regress-spki-bit-string-constructed");
        let x = X509::from_der(&data).unwrap();
        assert_eq!(
            string_tags(&data),
            (vec![0x04, 0x04, 0x04], Some(0x23), Some(0x03))
        );
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert_eq!(
            report
                .errors
                .iter()
                .map(|f| f.message.as_str())
                .collect::<Vec<_>>(),
            [
                "certificate 1 is not a valid X.509 certificate: malformed certificate: \
              public key BIT STRING is constructed (BER), not DER"
            ]
        );
        assert!(ber_constructed_string(&x, &report));
        assert_eq!(
            diff_cert(&data),
            CertOutcome::Class("ber-constructed-string")
        );
        // DER strings: not the class, whatever certvet says.
        let plain = fixture("rsa2048/leaf.der");
        let (exts, key, sig) = string_tags(&plain);
        assert!(!exts.is_empty() && !exts.contains(&0x24));
        assert_eq!((key, sig), (Some(0x03), Some(0x03)));
        assert!(!ber_constructed_string(
            &X509::from_der(&plain).unwrap(),
            &report
        ));
    }

    /// The campaign's open finding "certvet reads a certificate that OpenSSL refuses": the
    /// SubjectPublicKeyInfo's parameters are a constructed universal type (tag 29) whose
    /// segment overruns it. OpenSSL joins the segments and refuses; certvet did not look
    /// inside and reported the fields. Fixed in certvet (src/x509/spki.rs): both refuse.
    #[test]
    fn broken_string_segments_in_parameters_are_refused_by_both() {
        let data = artifact("diff_cert/regress-spki-params-broken-string");
        assert!(X509::from_der(&data).is_err());
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert_eq!(report.fingerprint, None);
        assert!(report.errors.iter().any(|f| {
            f.message
                == "certificate 1 is not a valid X.509 certificate: malformed certificate: \
                    public key malformed algorithm parameters"
        }));
        assert_eq!(diff_cert(&data), CertOutcome::BothRefuse);
    }

    /// The campaign's finding: san-duplicate.der with its first subjectAltName broken (its
    /// SEQUENCE claims 59 octets) and 5 unused bits in the signature BIT STRING. certvet
    /// reports b.example (the second extension) and the input's fingerprint; OpenSSL no
    /// names (two extensions) and the fingerprint of its re-encoding.
    #[test]
    fn reencoding_and_a_broken_san_at_once_are_both_classes() {
        let data = artifact("diff_cert/regress-reencoding-and-san-broken");
        let x = X509::from_der(&data).unwrap();
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        let ours = Fields::of_report(&report);
        let theirs = Fields::of_openssl(&x);
        assert_eq!(
            ours.subject_alternative_names,
            Some(vec!["b.example".to_owned()])
        );
        assert_eq!(theirs.subject_alternative_names, Some(vec![]));
        assert_eq!(
            ours.fingerprint.as_deref(),
            Some("52:3a:62:ab:69:4b:56:97:4f:03:c2:d0:d6:97:80:1e:7f:dd:65:ba")
        );
        assert_ne!(ours.fingerprint, theirs.fingerprint);
        // Neither class alone holds: each needs the other's fields to agree.
        assert!(!fingerprint_of_reencoding(
            &data,
            &x,
            Read::Der,
            &ours,
            &theirs
        ));
        assert_eq!(fields_differ(&x, &ours, &theirs), None);
        assert!(reencoding_and_san_repeated_or_broken(
            &data,
            &x,
            Read::Der,
            &ours,
            &theirs
        ));
        assert_eq!(
            diff_cert(&data),
            CertOutcome::Class("fingerprint-of-reencoding+san-repeated-or-broken")
        );
        // Another subject as well: no longer the classes.
        let other = Fields {
            subject: Some("CN=other".to_owned()),
            ..ours.clone()
        };
        assert!(!reencoding_and_san_repeated_or_broken(
            &data,
            &x,
            Read::Der,
            &other,
            &theirs
        ));
        // The SAN fixture without the re-encoding is san-repeated-or-broken alone.
        let plain = fixture("cert/san-duplicate.der");
        let x = X509::from_der(&plain).unwrap();
        let report = certvet::check(&certvet::CheckInput::new(&plain), &crate::opts());
        assert!(!reencoding_and_san_repeated_or_broken(
            &plain,
            &x,
            Read::Der,
            &Fields::of_report(&report),
            &Fields::of_openssl(&x)
        ));
    }

    /// The campaign's finding: 3,380 bytes framed as one SEQUENCE (`30 82 0d 30`), a
    /// mangled DER certificate whose contents run on into PEM blocks. certvet reports the
    /// DER's fault; `d2i_X509` refuses it as well, OpenSSL's PEM reader finds a block.
    #[test]
    fn a_whole_der_sequence_holding_pem_is_its_class() {
        let data = artifact("diff_cert/regress-whole-der-sequence");
        assert_eq!(data.len(), 3380);
        assert!(X509::from_der(&data).is_err());
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        assert_eq!(
            report
                .errors
                .iter()
                .map(|f| f.message.as_str())
                .collect::<Vec<_>>(),
            [
                "certificate 1 is not a valid X.509 certificate: malformed certificate: \
              signature AlgorithmIdentifier missing"
            ]
        );
        assert!(whole_der_sequence(&data, Read::PemUntangled, &report));
        assert_eq!(diff_cert(&data), CertOutcome::Class("whole-der-sequence"));
        // One byte more: no longer one SEQUENCE exactly; certvet reads the PEM then.
        let mut longer = data.clone();
        longer.push(b'\n');
        assert!(!whole_der_sequence(&longer, Read::PemUntangled, &report));
        // A PEM input is never the class.
        let pem = fixture("rsa2048/fullchain.pem");
        assert!(!whole_der_sequence(&pem, Read::Pem, &report));
    }

    /// The rerun's findings: the last base64 line's `=` on the END line
    /// (`=-----END CERTIFICATE-----`), which certvet reads with a `PemFormat` warning;
    /// and PEM certificates whose signature BIT STRING has unused bits set (OpenSSL's
    /// fingerprint is of its re-encoding, which clears them).
    #[test]
    fn base64_before_end_and_a_reencoded_pem_certificate_are_their_classes() {
        assert_eq!(
            untangle(b"Kw=\n=-----END C-----\n"),
            b"Kw=\n=\n-----END C-----\n"
        );
        // A run of dashes before END is left alone.
        assert_eq!(untangle(b"x------END C-----\n"), b"x------END C-----\n");
        let data = artifact("diff_cert/regress-base64-before-end");
        assert!(pem_quirk(&data));
        assert!(X509::from_pem(&data).is_err());
        assert_eq!(diff_cert(&data), CertOutcome::Agree(Read::PemUntangled));
        for seed in [
            "diff_cert/regress-pem-reencoding-ecdsa-p384",
            "diff_cert/regress-pem-reencoding-explicit-ec",
        ] {
            let data = artifact(seed);
            let x = X509::from_pem(&data).unwrap();
            let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
            let ours = Fields::of_report(&report);
            let theirs = Fields::of_openssl(&x);
            assert_ne!(ours.fingerprint, theirs.fingerprint, "{seed}");
            assert!(fingerprint_of_reencoding(
                &data,
                &x,
                Read::Pem,
                &ours,
                &theirs
            ));
            assert_eq!(
                diff_cert(&data),
                CertOutcome::Class("fingerprint-of-reencoding"),
                "{seed}"
            );
        }
        // The outer signatureAlgorithm's RSASSA-PSS parameters under a constructed
        // T61String tag (34 34 a0 0f …): OpenSSL and certvet join the segments, OpenSSL
        // re-encodes them primitive (586 bytes for 611).
        let data = artifact("diff_cert/regress-reencoding-longer");
        let x = X509::from_der(&data).unwrap();
        assert_eq!((data.len(), x.to_der().unwrap().len()), (611, 586));
        let report = certvet::check(&certvet::CheckInput::new(&data), &crate::opts());
        let ours = Fields::of_report(&report);
        let theirs = Fields::of_openssl(&x);
        assert_ne!(ours.fingerprint, theirs.fingerprint);
        assert!(fingerprint_of_reencoding(
            &data,
            &x,
            Read::Der,
            &ours,
            &theirs
        ));
        assert_eq!(
            diff_cert(&data),
            CertOutcome::Class("fingerprint-of-reencoding")
        );
        // A canonical PEM certificate: the fingerprints agree, so no class.
        let clean = fixture("rsa2048/leaf.pem");
        let x = X509::from_pem(&clean).unwrap();
        let f = Fields::of_openssl(&x);
        assert!(!fingerprint_of_reencoding(&clean, &x, Read::Pem, &f, &f));
    }

    #[test]
    fn an_ed25519_pkcs8_v2_key_is_its_class_only_when_openssl_agrees_on_the_rest() {
        let cert = X509::from_pem(&fixture("ed25519/leaf.pem")).unwrap();
        let cert_key = cert.public_key().unwrap();
        assert!(ed25519_pkcs8_v2(
            &fixture("ed25519/key.pkcs8-v2.pem"),
            &cert_key
        ));
        assert_eq!(
            diff_key(&pair("ed25519/leaf.pem", "ed25519/key.pkcs8-v2.pem")),
            Ok("ed25519-pkcs8-v2")
        );
        // Another key's public key embedded: not the class (and certvet claims no match).
        assert!(!ed25519_pkcs8_v2(
            &fixture("tampered/ed25519-v2-wrong-public.pem"),
            &cert_key
        ));
        assert_eq!(
            diff_key(&pair(
                "ed25519/leaf.pem",
                "tampered/ed25519-v2-wrong-public.pem"
            )),
            Ok("no match claimed")
        );
        // A v1 key is no v2 key.
        assert!(!ed25519_pkcs8_v2(
            &fixture("ed25519/key.pkcs8.pem"),
            &cert_key
        ));
    }
}
