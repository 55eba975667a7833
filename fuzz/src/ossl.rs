//! The two answers of OpenSSL that the `openssl` crate has no safe binding for: a name
//! as `X509_NAME_print_ex(…, XN_FLAG_RFC2253)` prints it (what `openssl x509 -nameopt
//! RFC2253` shows, and what certvet's `Subject`/`Issuer` reproduce), and the raw bytes of
//! a dNSName. This is the only unsafe code of the fuzz crate; the certvet library itself
//! forbids it.
//!
//! Why not the safe API (checked against openssl 0.10.82): `GeneralNameRef::dnsname()`
//! returns `None` for a dNSName that is not UTF-8, indistinguishable from "not a dNSName",
//! so a certificate with such a name would look name-less to the harness; and there is no
//! safe `X509_NAME_print_ex`. Building the RFC 2253 string from `X509NameRef::entries()`
//! would make the oracle a second re-implementation of the very printing certvet is
//! checked against (escaping, multi-valued RDNs, `#`-hex of unknown string types), so a
//! shared mistake would go unseen; the point of `diff_cert` is OpenSSL's own printer.
#![allow(unsafe_code)]

use std::ffi::{c_char, c_int, c_ulong};
use std::ptr;

use foreign_types::ForeignTypeRef;
use openssl::x509::{GeneralNameRef, X509NameRef};
use openssl_sys as ffi;

/// `XN_FLAG_RFC2253`: `ASN1_STRFLGS_RFC2253 | XN_FLAG_SEP_COMMA_PLUS | XN_FLAG_DN_REV |
/// XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS` (openssl/x509.h, asn1.h of 3.0).
const XN_FLAG_RFC2253: c_ulong = 0x317 | (1 << 16) | (1 << 20) | (1 << 24);

unsafe extern "C" {
    fn X509_NAME_print_ex(
        out: *mut ffi::BIO,
        nm: *const ffi::X509_NAME,
        indent: c_int,
        flags: c_ulong,
    ) -> c_int;
}

/// The name as OpenSSL prints it with `-nameopt RFC2253`; `None` when printing fails.
pub fn rfc2253(name: &X509NameRef) -> Option<String> {
    // SAFETY: a fresh memory BIO, written by OpenSSL, read through its own pointer and
    // length while it lives, then freed once; `name` outlives the call.
    unsafe {
        let bio = ffi::BIO_new(ffi::BIO_s_mem());
        if bio.is_null() {
            return None;
        }
        let ok = X509_NAME_print_ex(bio, name.as_ptr(), 0, XN_FLAG_RFC2253) >= 0;
        let mut data: *mut c_char = ptr::null_mut();
        let len = ffi::BIO_get_mem_data(bio, &mut data);
        let out = match usize::try_from(len) {
            Ok(0) if ok => Some(String::new()),
            Ok(len) if ok && !data.is_null() => {
                let bytes = std::slice::from_raw_parts(data.cast::<u8>(), len);
                Some(String::from_utf8_lossy(bytes).into_owned())
            }
            _ => None,
        };
        ffi::BIO_free_all(bio);
        out
    }
}

/// The content octets of a dNSName general name; `None` for other kinds.
pub fn dns_bytes(name: &GeneralNameRef) -> Option<Vec<u8>> {
    // SAFETY: `type_` says which member of the union `d` is; for GEN_DNS it is an
    // ASN1_IA5STRING owned by `name`, read within its stated length.
    unsafe {
        let gn = name.as_ptr();
        if (*gn).type_ != ffi::GEN_DNS {
            return None;
        }
        let s = (*gn).d.cast::<ffi::ASN1_STRING>();
        let data = ffi::ASN1_STRING_get0_data(s);
        let len = usize::try_from(ffi::ASN1_STRING_length(s)).ok()?;
        if data.is_null() {
            return Some(Vec::new());
        }
        Some(std::slice::from_raw_parts(data, len).to_vec())
    }
}
