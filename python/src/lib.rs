//! `certvet._certvet`: the Python face of the certvet library (pyo3, stable ABI).
//!
//! Arguments are checked here (a wrong type is `TypeError`, an unknown target or a
//! bad time `ValueError`); everything about the certificate and key is the
//! library's report, built into a `dict` with the keys of the CLI's JSON in the
//! same order (the tests hold the two equal over every fixture). The work runs
//! with the GIL released. Key bytes are borrowed from the caller's immutable
//! `bytes` or copied into zeroizing buffers, and never appear in a message.

// The docs are Python docstrings: `>>>` starts a doctest line, not a nested quote.
#![allow(clippy::doc_lazy_continuation)]

use std::sync::{Mutex, PoisonError, mpsc};

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyIterator, PyList, PyString, PyType,
};

use certvet::batch::BatchRequest;
use certvet::{
    ChainEntry, CheckInput, CheckOptions, Finding, HostEntry, Limits, Reason, Report, SecretBytes,
    Target, UnixTime,
};

/// The bytes of a certificate, key or password argument.
enum Input<'py> {
    /// An immutable `bytes` (or a `str` encoded to one): borrowed, no copy.
    Shared(Bound<'py, PyBytes>),
    /// A `bytearray`, which may change while the GIL is released: copied into a
    /// buffer zeroized on drop.
    Copied(SecretBytes),
}

impl Input<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::Shared(b) => b.as_bytes(),
            Input::Copied(s) => s,
        }
    }
}

/// The Python type name of `obj`, for messages (never its value: it may be a key).
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_owned())
}

/// `bytes`, `bytearray` or `str` (PEM text, encoded as UTF-8).
fn input<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Input<'py>> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        Ok(Input::Shared(b.clone()))
    } else if let Ok(s) = obj.cast::<PyString>() {
        Ok(Input::Shared(s.encode_utf8()?))
    } else if let Ok(a) = obj.cast::<PyByteArray>() {
        Ok(Input::Copied(SecretBytes::new(a.to_vec())))
    } else {
        Err(PyTypeError::new_err(format!(
            "{what} must be bytes, bytearray or str, not {}",
            type_name(obj)
        )))
    }
}

fn optional_input<'py>(
    obj: Option<&Bound<'py, PyAny>>,
    what: &str,
) -> PyResult<Option<Input<'py>>> {
    match obj {
        Some(o) if !o.is_none() => input(o, what).map(Some),
        _ => Ok(None),
    }
}

/// The check time: now, an RFC 3339 `str`, or an aware `datetime` (to the second,
/// rounded down, as the library counts).
fn check_time(at: Option<&Bound<'_, PyAny>>) -> PyResult<UnixTime> {
    let Some(at) = at.filter(|a| !a.is_none()) else {
        return Ok(UnixTime::now());
    };
    let py = at.py();
    if let Ok(text) = at.cast::<PyString>() {
        return UnixTime::parse_rfc3339(&text.to_cow()?)
            .map_err(|e| PyValueError::new_err(format!("at: {e}")));
    }
    static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let datetime = DATETIME.import(py, "datetime", "datetime")?;
    if !at.is_instance(datetime)? {
        return Err(PyTypeError::new_err(format!(
            "at must be a datetime or an RFC 3339 str, not {}",
            type_name(at)
        )));
    }
    if at.call_method0("utcoffset")?.is_none() {
        return Err(PyValueError::new_err(
            "at: a naive datetime names no instant; give it a tzinfo (e.g. datetime.now(timezone.utc))",
        ));
    }
    // Whole seconds from the epoch with integer arithmetic (a float timestamp
    // rounds far from 1970): floor((at - epoch) / 1 s) = days * 86400 + seconds.
    static EPOCH: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let epoch = EPOCH.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        let utc = py.import("datetime")?.getattr("timezone")?.getattr("utc")?;
        Ok(datetime.call1((1970, 1, 1, 0, 0, 0, 0, utc))?.unbind())
    })?;
    let delta = at.sub(epoch.bind(py))?;
    let days: i64 = delta.getattr("days")?.extract()?;
    let seconds: i64 = delta.getattr("seconds")?.extract()?;
    Ok(UnixTime::from_seconds(days * 86_400 + seconds))
}

/// The target by name; `None` is the default, `generic`.
fn target(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Target> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Target::default());
    };
    let name = obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("target must be a str, not {}", type_name(obj)))
    })?;
    name.to_cow()?
        .parse()
        .map_err(|e: certvet::UnknownTarget| PyValueError::new_err(e.to_string()))
}

/// A `bool` argument; `None` is False.
fn optional_flag(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<bool> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(false);
    };
    obj.cast::<PyBool>()
        .map(|b| b.is_true())
        .map_err(|_| PyTypeError::new_err(format!("{what} must be a bool, not {}", type_name(obj))))
}

/// A list of names; a bare `str` is refused (it would be a list of letters).
fn names(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    let wrong = || {
        PyTypeError::new_err(format!(
            "{what} must be a list of str, not {}",
            type_name(obj)
        ))
    };
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(wrong());
    }
    let mut out = Vec::new();
    for item in obj.try_iter().map_err(|_| wrong())? {
        let item = item?;
        let name = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!("{what} must hold str, not {}", type_name(&item)))
        })?;
        out.push(name.to_cow()?.into_owned());
    }
    Ok(out)
}

/// A non-negative `int` (not a `bool`).
fn count(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<u64> {
    if !obj.is_instance_of::<PyInt>() || obj.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an int, not {}",
            type_name(obj)
        )));
    }
    obj.extract::<u64>()
        .map_err(|_| PyValueError::new_err(format!("{what} must be 0 or more")))
}

/// The library's `CheckOptions` from the keyword arguments shared by every call.
fn options(
    at: Option<&Bound<'_, PyAny>>,
    target_name: Option<&Bound<'_, PyAny>>,
    allow_expired: Option<&Bound<'_, PyAny>>,
    hosts: Option<&Bound<'_, PyAny>>,
    warn_days: Option<&Bound<'_, PyAny>>,
) -> PyResult<CheckOptions> {
    let mut opts = CheckOptions::at(check_time(at)?)
        .with_target(target(target_name)?)
        .allowing_expired(optional_flag(allow_expired, "allow_expired")?);
    if let Some(h) = hosts.filter(|h| !h.is_none()) {
        opts = opts.with_hosts(names(h, "hosts")?);
    }
    if let Some(w) = warn_days.filter(|w| !w.is_none()) {
        let days = u32::try_from(count(w, "warn_days")?)
            .map_err(|_| PyValueError::new_err("warn_days is too large"))?;
        opts = opts.warning_days(Some(days));
    }
    Ok(opts)
}

/// A report as a `dict` with the contract's keys, in the order of its
/// `Serialize` impl (the one `certvet check`'s JSON follows), the keys interned
/// once per process. The report is taken apart field by field, so a field added
/// to `Report` does not compile here until it has its key.
fn report_dict<'py>(py: Python<'py>, report: &Report) -> PyResult<Bound<'py, PyDict>> {
    let Report {
        id,
        fingerprint,
        fingerprint_sha256,
        common_name,
        subject_alternative_names,
        ip_addresses,
        start_time,
        start_time_stamp,
        expire_time,
        expire_time_stamp,
        subject,
        issuer,
        serial_number,
        key_algorithm,
        key_bits,
        curve,
        chain_length,
        key_matches,
        key_matches_certificate,
        key_encoding,
        chain,
        suggested_order,
        signature_algorithm,
        extended_key_usage,
        hosts,
        valid,
        errors,
        warnings,
    } = report;
    let d = PyDict::new(py);
    if let Some(id) = id {
        d.set_item(intern!(py, "Id"), id_object(py, id)?)?;
    }
    d.set_item(intern!(py, "Fingerprint"), fingerprint)?;
    d.set_item(intern!(py, "FingerprintSha256"), fingerprint_sha256)?;
    d.set_item(intern!(py, "CommonName"), common_name)?;
    d.set_item(
        intern!(py, "SubjectAlternativeNames"),
        subject_alternative_names,
    )?;
    d.set_item(intern!(py, "IpAddresses"), ip_addresses)?;
    d.set_item(intern!(py, "StartTime"), start_time)?;
    d.set_item(intern!(py, "StartTimeStamp"), start_time_stamp)?;
    d.set_item(intern!(py, "ExpireTime"), expire_time)?;
    d.set_item(intern!(py, "ExpireTimeStamp"), expire_time_stamp)?;
    d.set_item(intern!(py, "Subject"), subject)?;
    d.set_item(intern!(py, "Issuer"), issuer)?;
    d.set_item(intern!(py, "SerialNumber"), serial_number)?;
    d.set_item(intern!(py, "KeyAlgorithm"), key_algorithm)?;
    d.set_item(intern!(py, "KeyBits"), key_bits)?;
    d.set_item(intern!(py, "Curve"), curve)?;
    d.set_item(intern!(py, "ChainLength"), chain_length)?;
    d.set_item(intern!(py, "KeyMatches"), key_matches)?;
    d.set_item(
        intern!(py, "KeyMatchesCertificate"),
        key_matches_certificate,
    )?;
    d.set_item(intern!(py, "KeyEncoding"), key_encoding)?;
    let chain = match chain {
        None => None,
        Some(entries) => Some(PyList::new(
            py,
            entries
                .iter()
                .map(|e| chain_entry_dict(py, e))
                .collect::<PyResult<Vec<_>>>()?,
        )?),
    };
    d.set_item(intern!(py, "Chain"), chain)?;
    d.set_item(intern!(py, "SuggestedOrder"), suggested_order)?;
    d.set_item(intern!(py, "SignatureAlgorithm"), signature_algorithm)?;
    d.set_item(intern!(py, "ExtendedKeyUsage"), extended_key_usage)?;
    let hosts = match hosts {
        None => None,
        Some(entries) => Some(PyList::new(
            py,
            entries
                .iter()
                .map(|h| {
                    let HostEntry { name, covered } = h;
                    let e = PyDict::new(py);
                    e.set_item(intern!(py, "Name"), name)?;
                    e.set_item(intern!(py, "Covered"), covered)?;
                    Ok(e)
                })
                .collect::<PyResult<Vec<_>>>()?,
        )?),
    };
    d.set_item(intern!(py, "Hosts"), hosts)?;
    d.set_item(intern!(py, "Valid"), valid)?;
    d.set_item(intern!(py, "Errors"), findings_list(py, errors, true)?)?;
    d.set_item(intern!(py, "Warnings"), findings_list(py, warnings, false)?)?;
    Ok(d)
}

/// A report's `Id`: the request's `str` or number (an `int` stays an `int`), or
/// its position.
fn id_object<'py>(py: Python<'py>, id: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    match id {
        Value::String(s) => Ok(PyString::new(py, s).into_any()),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Ok(PyInt::new(py, i).into_any())
            } else if let Some(u) = n.as_u64() {
                Ok(PyInt::new(py, u).into_any())
            } else {
                Ok(PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any())
            }
        }
        // `request_id` and `certvet batch` make only strings and numbers.
        other => Err(PyRuntimeError::new_err(format!(
            "report Id is neither a string nor a number: {other}"
        ))),
    }
}

/// One `Chain` entry as a `dict`.
fn chain_entry_dict<'py>(py: Python<'py>, entry: &ChainEntry) -> PyResult<Bound<'py, PyDict>> {
    let ChainEntry {
        index,
        subject,
        issuer,
        common_name,
        expire_time,
        fingerprint,
        signed_by_next,
    } = entry;
    let d = PyDict::new(py);
    d.set_item(intern!(py, "Index"), index)?;
    d.set_item(intern!(py, "Subject"), subject)?;
    d.set_item(intern!(py, "Issuer"), issuer)?;
    d.set_item(intern!(py, "CommonName"), common_name)?;
    d.set_item(intern!(py, "ExpireTime"), expire_time)?;
    d.set_item(intern!(py, "Fingerprint"), fingerprint)?;
    d.set_item(intern!(py, "SignedByNext"), signed_by_next)?;
    Ok(d)
}

/// `Errors` (each with the API's `Code`) or `Warnings` as a list of `dict`s.
fn findings_list<'py>(
    py: Python<'py>,
    findings: &[Finding],
    with_code: bool,
) -> PyResult<Bound<'py, PyList>> {
    let items = findings
        .iter()
        .map(|f| {
            let d = PyDict::new(py);
            if with_code {
                d.set_item(intern!(py, "Code"), f.reason.code())?;
            }
            d.set_item(intern!(py, "Reason"), f.reason.as_str())?;
            d.set_item(intern!(py, "Message"), &f.message)?;
            d.set_item(intern!(py, "Hint"), &f.hint)?;
            Ok(d)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// Would the cloud API accept this certificate (chain) and private key, and what
/// would it report?
///
/// ``cert``, ``key`` and ``password`` are ``bytes``, ``bytearray`` or ``str``
/// (PEM, or DER as bytes). ``at`` is an aware ``datetime`` or an RFC 3339 ``str``
/// (default: now). Returns the report as a ``dict`` with exactly the keys and
/// values of ``certvet check``'s JSON. A rejected upload is a report with
/// ``Valid`` False, never an exception; ``TypeError`` and ``ValueError`` are for
/// wrong arguments only. The GIL is released while the check runs.
///
/// >>> r = certvet.check(open("fullchain.pem", "rb").read(),
/// ...                   open("key.pem", "rb").read(), at="2026-01-01T00:00:00Z")
/// >>> r["Valid"], r["KeyMatches"], r["CommonName"]
/// (True, True, 'rsa2048.example.com')
/// >>> certvet.check(cert, other_key)["Errors"][0]["Reason"]
/// 'KeyMismatch'
#[pyfunction]
#[pyo3(signature = (cert, key=None, *, password=None, at=None, target=None, allow_expired=None, hosts=None, warn_days=None, cert_name=None, key_name=None),
       text_signature = "(cert, key=None, *, password=None, at=None, target='generic', allow_expired=False, hosts=None, warn_days=None, cert_name=None, key_name=None)")]
#[allow(clippy::too_many_arguments)]
fn check<'py>(
    py: Python<'py>,
    cert: &Bound<'py, PyAny>,
    key: Option<&Bound<'py, PyAny>>,
    password: Option<&Bound<'py, PyAny>>,
    at: Option<&Bound<'py, PyAny>>,
    target: Option<&Bound<'py, PyAny>>,
    allow_expired: Option<&Bound<'py, PyAny>>,
    hosts: Option<&Bound<'py, PyAny>>,
    warn_days: Option<&Bound<'py, PyAny>>,
    cert_name: Option<&Bound<'py, PyAny>>,
    key_name: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let cert = input(cert, "cert")?;
    let key = optional_input(key, "key")?;
    let password = optional_input(password, "password")?;
    let opts = options(at, target, allow_expired, hosts, warn_days)?;
    let cert_name = file_name(cert_name, "cert_name")?;
    let key_name = file_name(key_name, "key_name")?;
    let report = {
        let input = check_input(&cert, key.as_ref(), password.as_ref())
            .with_names(cert_name.as_deref(), key_name.as_deref());
        py.detach(|| certvet::check(&input, &opts))
    };
    report_dict(py, &report)
}

/// The name of an uploaded file, which hints then name (as the CLI's name the paths
/// it was given): a `str`, or `None`.
fn file_name(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match obj.filter(|o| !o.is_none()) {
        None => Ok(None),
        Some(o) => match o.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{what} must be a str, not {}",
                type_name(o)
            ))),
        },
    }
}

fn check_input<'a>(
    cert: &'a Input<'_>,
    key: Option<&'a Input<'_>>,
    password: Option<&'a Input<'_>>,
) -> CheckInput<'a> {
    let mut input = CheckInput::new(cert.bytes());
    if let Some(k) = key {
        input = input.with_key(k.bytes());
    }
    if let Some(p) = password {
        input = input.with_password(p.bytes());
    }
    input
}

/// One item of `check_many`: a request to check, or the report of one that is
/// not a request.
enum Item {
    Request(BatchRequest),
    Malformed(Box<Report>),
}

/// The `MalformedRequest` report of item `number`, as `certvet batch` gives a
/// line that is not a request (with the item's `Id` when it has a usable one).
fn malformed(number: usize, id: Option<serde_json::Value>, what: &str) -> Item {
    let mut report = Report::rejected(
        Finding::error(
            Reason::MalformedRequest,
            format!("request {number} is not a request: {what}"),
        )
        .with_hint(
            "each request must be a dict like {\"Id\": \"a\", \"ServerCertificate\": \"-----BEGIN CERTIFICATE-----\\n...\", \"PrivateKey\": \"...\"}",
        ),
    );
    report.id = Some(id.unwrap_or_else(|| number.into()));
    Item::Malformed(Box::new(report))
}

/// A value of a request dict; a missing key and `None` are both absent, as a
/// JSON `null` is in a batch line.
/// `name` is an interned `str`: a dict finds it without hashing a new key.
fn field<'py>(
    item: &Bound<'py, PyAny>,
    name: &Bound<'py, PyString>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let value = match item.cast::<PyDict>() {
        Ok(d) => d.get_item(name)?,
        Err(_) => Some(item.call_method1(intern!(item.py(), "get"), (name,))?),
    };
    Ok(value.filter(|v| !v.is_none()))
}

/// The request's `Id` as JSON: a `str` or a number (`bool` is not one, as in JSON).
fn request_id(value: &Bound<'_, PyAny>) -> Result<serde_json::Value, &'static str> {
    const WRONG: &str = "Id must be a string or a number";
    if let Ok(s) = value.cast::<PyString>() {
        return s.to_cow().map(|s| s.into_owned().into()).map_err(|_| WRONG);
    }
    if value.is_instance_of::<PyBool>() {
        return Err(WRONG);
    }
    if value.is_instance_of::<PyInt>() {
        if let Ok(n) = value.extract::<i64>() {
            return Ok(n.into());
        }
        return value
            .extract::<u64>()
            .map(Into::into)
            .map_err(|_| "Id is out of range");
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return serde_json::Number::from_f64(f.value())
            .map(serde_json::Value::Number)
            .ok_or("Id is not a finite number");
    }
    Err(WRONG)
}

/// Text of a request field: `str`, or `bytes` holding UTF-8.
fn request_text(value: &Bound<'_, PyAny>) -> Option<String> {
    if let Ok(s) = value.cast::<PyString>() {
        return s.to_cow().ok().map(|s| s.into_owned());
    }
    let b = value.cast::<PyBytes>().ok()?;
    String::from_utf8(b.as_bytes().to_vec()).ok()
}

/// Secret bytes of a request field (`str`, `bytes` or `bytearray`), copied into a
/// zeroizing buffer.
fn request_secret(value: &Bound<'_, PyAny>) -> Option<SecretBytes> {
    if let Ok(s) = value.cast::<PyString>() {
        return s
            .encode_utf8()
            .ok()
            .map(|b| SecretBytes::copy_of(b.as_bytes()));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Some(SecretBytes::copy_of(b.as_bytes()));
    }
    value
        .cast::<PyByteArray>()
        .ok()
        .map(|a| SecretBytes::new(a.to_vec()))
}

/// One request dict, read as `certvet batch` reads a line.
fn request(item: &Bound<'_, PyAny>, number: usize) -> PyResult<Item> {
    let py = item.py();
    if !item.is_instance_of::<PyDict>() {
        static MAPPING: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        let mapping = MAPPING.import(item.py(), "collections.abc", "Mapping")?;
        if !item.is_instance(mapping)? {
            return Err(PyTypeError::new_err(format!(
                "request {number} must be a dict (a request body), not {}",
                type_name(item)
            )));
        }
    }
    let id = match field(item, intern!(py, "Id"))? {
        None => None,
        Some(v) => match request_id(&v) {
            Ok(id) => Some(id),
            Err(what) => return Ok(malformed(number, None, what)),
        },
    };
    let Some(cert) = field(item, intern!(py, "ServerCertificate"))? else {
        return Ok(malformed(number, id, "it has no ServerCertificate"));
    };
    let Some(server_certificate) = request_text(&cert) else {
        return Ok(malformed(number, id, "ServerCertificate is not a string"));
    };
    let private_key = match field(item, intern!(py, "PrivateKey"))? {
        None => SecretBytes::default(),
        Some(v) => match request_secret(&v) {
            Some(k) => k,
            None => return Ok(malformed(number, id, "PrivateKey is not a string")),
        },
    };
    let password = match field(item, intern!(py, "Password"))? {
        None => None,
        Some(v) => match request_secret(&v) {
            Some(p) => Some(p),
            None => return Ok(malformed(number, id, "Password is not a string")),
        },
    };
    let hosts = match field(item, intern!(py, "Hosts"))? {
        None => None,
        Some(v) => match names(&v, "Hosts") {
            Ok(list) => Some(list),
            Err(_) => return Ok(malformed(number, id, "Hosts is not a list of strings")),
        },
    };
    let server_certificate_name = match field(item, intern!(py, "ServerCertificateName"))? {
        None => None,
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Some(s.to_cow()?.into_owned()),
            Err(_) => {
                return Ok(malformed(
                    number,
                    id,
                    "ServerCertificateName is not a string",
                ));
            }
        },
    };
    Ok(Item::Request(BatchRequest {
        id,
        server_certificate,
        private_key,
        password,
        server_certificate_name,
        hosts,
    }))
}

/// Check many upload requests on ``jobs`` threads (the GIL released while they
/// check); returns their reports in input order, as ``certvet batch`` writes them.
///
/// Each request is a dict shaped like an ``UploadServerCertificate`` body /
/// a ``certvet batch`` line: ``ServerCertificate`` (PEM ``str``), and optionally
/// ``PrivateKey`` (empty or ``None``: no key), ``Password``, ``Id`` (``str`` or
/// number) and ``ServerCertificateName``. Each report has an ``Id``: the
/// request's, or its 1-based position. A dict that is not a request gets a
/// ``MalformedRequest`` report and the others are still checked; an item that
/// is not a dict at all is a ``TypeError``.
///
/// ``jobs`` is how many threads work at once, the calling thread counted
/// (default: one per core). The calling thread reads the requests and builds
/// the report dicts (the Python work, which needs the GIL) and checks requests
/// itself whenever the others have enough queued; ``jobs - 1`` more threads
/// only check, without the GIL. With ``jobs=1`` everything runs on the calling
/// thread, one request after the other.
/// Python's cyclic garbage collector is paused during the call (the
/// reports hold no cycles) and resumed when it returns, if it was on.
///
/// >>> reports = certvet.check_many(
/// ...     [{"Id": "a", "ServerCertificate": chain, "PrivateKey": key},
/// ...      {"Id": "b", "ServerCertificate": chain}], jobs=2)
/// >>> [(r["Id"], r["Valid"]) for r in reports]
/// [('a', True), ('b', True)]
#[pyfunction]
#[pyo3(signature = (requests, *, jobs=None, at=None, target=None, allow_expired=None, hosts=None, warn_days=None),
       text_signature = "(requests, *, jobs=None, at=None, target='generic', allow_expired=False, hosts=None, warn_days=None)")]
#[allow(clippy::too_many_arguments)]
fn check_many<'py>(
    py: Python<'py>,
    requests: &Bound<'py, PyAny>,
    jobs: Option<&Bound<'py, PyAny>>,
    at: Option<&Bound<'py, PyAny>>,
    target: Option<&Bound<'py, PyAny>>,
    allow_expired: Option<&Bound<'py, PyAny>>,
    hosts: Option<&Bound<'py, PyAny>>,
    warn_days: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(at, target, allow_expired, hosts, warn_days)?;
    let jobs = match jobs.filter(|j| !j.is_none()) {
        None => std::thread::available_parallelism().map_or(1, usize::from),
        Some(j) => match count(j, "jobs")? {
            0 => return Err(PyValueError::new_err("jobs must be 1 or more")),
            n => usize::try_from(n).unwrap_or(usize::MAX),
        },
    };
    if requests.is_instance_of::<PyString>()
        || requests.is_instance_of::<PyBytes>()
        || requests.is_instance_of::<PyDict>()
    {
        return Err(PyTypeError::new_err(format!(
            "requests must be an iterable of dicts, not {}",
            type_name(requests)
        )));
    }
    let _gc = GcPause::new(py)?;
    let mut reader = Reader {
        iter: requests.try_iter()?,
        read: 0,
        chunks: 0,
    };
    let mut dicts = Dicts::default();
    let workers = jobs - 1;
    let (done_tx, done_rx) = mpsc::channel::<Checked>();
    let (work_tx, work_rx) =
        mpsc::sync_channel::<Chunk>(workers.saturating_mul(QUEUED_PER_WORKER).min(MAX_QUEUED));
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|scope| -> PyResult<()> {
        // Workers running, and how many more may start.
        let mut started = 0;
        let mut to_start = workers;
        // Chunks handed to the workers whose reports have not come back.
        let mut queued = 0;
        let mut done_rx = done_rx;
        let result = (|| -> PyResult<()> {
            loop {
                while let Ok(checked) = done_rx.try_recv() {
                    queued -= 1;
                    dicts.put(py, checked)?;
                }
                let Some(chunk) = reader.next_chunk()? else {
                    return Ok(());
                };
                // The first chunk is checked here: a call with few requests
                // starts no thread. Then one more worker per chunk, up to jobs - 1.
                if chunk.number > 0 && to_start > 0 {
                    let done_tx = done_tx.clone();
                    let (work_rx, opts) = (&work_rx, &opts);
                    let worker = std::thread::Builder::new()
                        .name("certvet-check".to_owned())
                        .spawn_scoped(scope, move || {
                            loop {
                                let chunk = work_rx
                                    .lock()
                                    .unwrap_or_else(PoisonError::into_inner)
                                    .recv();
                                let Ok(chunk) = chunk else { return };
                                if done_tx.send(check_chunk(chunk, opts)).is_err() {
                                    return;
                                }
                            }
                        });
                    // A thread the system refuses: none more are tried, and the ones
                    // running (with none, this thread alone) do the work.
                    if worker.is_ok() {
                        started += 1;
                        to_start -= 1;
                    } else {
                        to_start = 0;
                    }
                }
                let chunk = if started > 0 {
                    match work_tx.try_send(chunk) {
                        Ok(()) => {
                            queued += 1;
                            continue;
                        }
                        Err(mpsc::TrySendError::Full(c) | mpsc::TrySendError::Disconnected(c)) => c,
                    }
                } else {
                    chunk
                };
                let checked = py.detach(|| check_chunk(chunk, &opts));
                dicts.put(py, checked)?;
            }
        })();
        // The workers stop when the queue is empty; wait for their last reports
        // without the GIL (after an error, only to let them finish).
        drop(work_tx);
        drop(done_tx);
        while queued > 0 {
            let (rx, checked) = py.detach(move || {
                let checked = done_rx.recv();
                (done_rx, checked)
            });
            done_rx = rx;
            let Ok(checked) = checked else { break };
            queued -= 1;
            if result.is_ok() {
                dicts.put(py, checked)?;
            }
        }
        result
    })?;
    dicts.into_list(py, reader.read)
}

/// Python's cyclic garbage collector, paused while `check_many` builds its reports
/// and resumed when it returns (or fails). The reports are dicts, lists and strings
/// with no cycles, so a collection finds nothing in them, but the thousands of
/// containers a batch makes trigger collection after collection, each run on the
/// thread that holds the GIL while the checking threads wait for it to hand them
/// work. Untouched when the collector was already off.
struct GcPause<'py>(Option<Bound<'py, PyModule>>);

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import(intern!(py, "gc"))?;
        if gc.call_method0(intern!(py, "isenabled"))?.is_truthy()? {
            gc.call_method0(intern!(py, "disable"))?;
            Ok(GcPause(Some(gc)))
        } else {
            Ok(GcPause(None))
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.0 {
            // Nothing to report from a destructor; enable() does not fail.
            let _ = gc.call_method0(intern!(gc.py(), "enable"));
        }
    }
}

/// How many requests a thread takes at a time: enough that handing a chunk over
/// costs little beside checking it, few enough that the threads share the work
/// evenly to the end.
const CHUNK: usize = 16;

/// Chunks queued per worker: enough that a worker does not run dry while the
/// calling thread checks a chunk of its own or builds dicts.
const QUEUED_PER_WORKER: usize = 2;

/// The queue's bound whatever `jobs` is (the queue's slots are allocated up front).
const MAX_QUEUED: usize = 1024;

/// Requests read from the caller's iterable, a chunk at a time.
struct Reader<'py> {
    iter: Bound<'py, PyIterator>,
    /// Requests read so far.
    read: usize,
    /// Chunks read so far.
    chunks: usize,
}

impl Reader<'_> {
    /// The next up to `CHUNK` requests, or `None` at the end.
    fn next_chunk(&mut self) -> PyResult<Option<Chunk>> {
        let first = self.read;
        let mut items = Vec::with_capacity(CHUNK);
        while items.len() < CHUNK {
            let Some(item) = self.iter.next() else { break };
            self.read += 1;
            items.push(request(&item?, self.read)?);
        }
        if items.is_empty() {
            return Ok(None);
        }
        let number = self.chunks;
        self.chunks += 1;
        Ok(Some(Chunk {
            number,
            first,
            items,
        }))
    }
}

/// Requests in input order, as a thread takes them.
struct Chunk {
    /// The chunk's position among the chunks.
    number: usize,
    /// The 0-based position of its first request.
    first: usize,
    items: Vec<Item>,
}

/// A chunk's reports: its number, and one report per request in order.
type Checked = (usize, Vec<Report>);

/// Check a chunk (its requests' secrets are zeroized as they drop).
fn check_chunk(chunk: Chunk, opts: &CheckOptions) -> Checked {
    let Chunk {
        number,
        first,
        items,
    } = chunk;
    let reports = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Item::Request(r) => r.check(first + i + 1, opts),
            Item::Malformed(report) => *report,
        })
        .collect();
    (number, reports)
}

/// The report dicts of the chunks checked so far, by chunk number (the
/// workers finish out of order).
#[derive(Default)]
struct Dicts<'py> {
    chunks: Vec<Vec<Bound<'py, PyDict>>>,
}

impl<'py> Dicts<'py> {
    fn put(&mut self, py: Python<'py>, (number, reports): Checked) -> PyResult<()> {
        if self.chunks.len() <= number {
            self.chunks.resize_with(number + 1, Vec::new);
        }
        self.chunks[number] = reports
            .iter()
            .map(|r| report_dict(py, r))
            .collect::<PyResult<_>>()?;
        Ok(())
    }

    /// The reports in input order; `read` requests were read.
    fn into_list(self, py: Python<'py>, read: usize) -> PyResult<Bound<'py, PyList>> {
        let dicts: Vec<_> = self.chunks.into_iter().flatten().collect();
        if dicts.len() != read {
            return Err(PyRuntimeError::new_err(format!(
                "check_many: {} reports for {read} requests (a checking thread stopped)",
                dicts.len()
            )));
        }
        PyList::new(py, dicts)
    }
}

/// The SHA-1 (or SHA-256) fingerprint of the leaf (the first certificate),
/// lowercase hex pairs joined by ``:``, as ``certvet fingerprint`` prints it.
/// Raises ``ValueError`` (starting with the contract's reason word) when the
/// input holds no readable certificate.
///
/// >>> certvet.fingerprint(open("fullchain.pem", "rb").read())
/// '1b:f5:f5:78:e9:67:21:58:6c:d5:be:a2:0b:80:39:43:6e:bb:a3:98'
#[pyfunction]
#[pyo3(signature = (cert, sha256=None), text_signature = "(cert, sha256=False)")]
fn fingerprint(
    py: Python<'_>,
    cert: &Bound<'_, PyAny>,
    sha256: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let cert = input(cert, "cert")?;
    let sha256 = optional_flag(sha256, "sha256")?;
    let bytes = cert.bytes();
    let result = py.detach(|| certvet::fingerprints(bytes, &Limits::default()));
    match result {
        Ok((sha1, _)) if !sha256 => Ok(sha1.to_string()),
        Ok((_, sha256)) => Ok(sha256.to_string()),
        Err(finding) => Err(PyValueError::new_err(format!(
            "{}: {}",
            finding.reason, finding.message
        ))),
    }
}

/// `fix`'s answer: the chain PEM, the key PEM, the report.
type Fixed<'py> = (
    Option<String>,
    Option<Bound<'py, PyString>>,
    Bound<'py, PyDict>,
);

/// Rewrite the chain and key into what ``target`` accepts, as ``certvet fix``
/// does: the chain leaf-first in issuing order, strays and duplicates dropped,
/// clean 64-column PEM, the key decrypted into the target's container.
///
/// Returns ``(chain_pem, key_pem, report)``: the PEM texts (``key_pem`` is None
/// without a key) and the report of what they hold. When the input has an error
/// that no re-encoding mends (a key of no certificate in the input, a broken
/// signature, an expired leaf), nothing is written: ``(None, None, report)``
/// with the input's report, ``Valid`` False.
///
/// >>> chain_pem, key_pem, report = certvet.fix(chain, encrypted_key,
/// ...     password=b"secret", target="aliyun-slb")
/// >>> key_pem.splitlines()[0], report["Valid"]
/// ('-----BEGIN RSA PRIVATE KEY-----', True)
#[pyfunction]
#[pyo3(signature = (cert, key=None, *, password=None, target=None, at=None),
       text_signature = "(cert, key=None, *, password=None, target='generic', at=None)")]
fn fix<'py>(
    py: Python<'py>,
    cert: &Bound<'py, PyAny>,
    key: Option<&Bound<'py, PyAny>>,
    password: Option<&Bound<'py, PyAny>>,
    target: Option<&Bound<'py, PyAny>>,
    at: Option<&Bound<'py, PyAny>>,
) -> PyResult<Fixed<'py>> {
    let cert = input(cert, "cert")?;
    let key = optional_input(key, "key")?;
    let password = optional_input(password, "password")?;
    let opts = options(at, target, None, None, None)?;
    let result = {
        let input = check_input(&cert, key.as_ref(), password.as_ref());
        py.detach(|| certvet::fix(&input, &opts))
    };
    match result {
        Ok(fixed) => {
            // The key's Rust copy is zeroized when `fixed` drops; the `str` is the caller's.
            let key_pem = fixed.key_pem.as_ref().map(|k| PyString::new(py, k));
            Ok((
                Some(fixed.cert_pem.clone()),
                key_pem,
                report_dict(py, &fixed.report)?,
            ))
        }
        Err(report) => Ok((None, None, report_dict(py, &report)?)),
    }
}

/// For ``bench.py`` only: run ``certvet::check`` of this pair ``iterations``
/// times on ``jobs`` threads (rayon), making no Python objects, in the same
/// compiled library as ``check``; the caller times it. Its one-thread time is the
/// Rust cost of a check, its two-thread time the scaling the cores give without
/// Python.
#[pyfunction]
#[pyo3(signature = (cert, key, at, iterations, jobs=1))]
fn _check_loop(
    py: Python<'_>,
    cert: &Bound<'_, PyAny>,
    key: &Bound<'_, PyAny>,
    at: &Bound<'_, PyAny>,
    iterations: usize,
    jobs: usize,
) -> PyResult<()> {
    use rayon::prelude::*;
    let cert = input(cert, "cert")?;
    let key = input(key, "key")?;
    let opts = CheckOptions::at(check_time(Some(at))?);
    let input = check_input(&cert, Some(&key), None);
    py.detach(|| {
        let one = |_| {
            std::hint::black_box(certvet::check(std::hint::black_box(&input), &opts));
        };
        if jobs <= 1 {
            (0..iterations).for_each(one);
            return Ok(());
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map(|pool| pool.install(|| (0..iterations).into_par_iter().for_each(one)))
            .map_err(|e| PyRuntimeError::new_err(format!("starting {jobs} threads: {e}")))
    })
}

/// The extension module; `certvet/__init__.py` re-exports it.
#[pymodule]
fn _certvet(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(check_many, m)?)?;
    m.add_function(wrap_pyfunction!(fingerprint, m)?)?;
    m.add_function(wrap_pyfunction!(fix, m)?)?;
    m.add_function(wrap_pyfunction!(_check_loop, m)?)?;
    Ok(())
}
