//! The Alibaba Cloud RPC form of `UploadServerCertificate` (`/?Action=...`), answered
//! as the API answers it, so code that calls the API through an official SDK can be
//! pointed at certvet for a dry run. The SDKs' V3 signing (ACS3) sends every
//! parameter in the query string and the action in the `x-acs-action` header; older
//! clients send a form body. Both are read; common parameters (AccessKeyId,
//! Signature, …) are taken and not verified: this endpoint holds no secret and
//! stores nothing. The `aliyun-slb` target always applies.

use std::borrow::Cow;
use std::sync::Arc;

use axum::extract::{Extension, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use tokio::time::Instant;

use super::app::App;
use super::body::read_whole;
use super::metrics::Exchange;
use super::respond::{closing, content_length, on_pool, refused};
use crate::check::{CheckInput, UnixTime, check};
use crate::report::Report;
use crate::secret::SecretBytes;
use crate::target::Target;

/// The one action served.
const UPLOAD: &str = "UploadServerCertificate";
/// `HostId` of error bodies.
const HOST_ID: &str = "certvet";

/// The request's parameters (query string, then form body: a later one wins).
#[derive(Default)]
struct Params {
    action: Option<String>,
    server_certificate: String,
    private_key: SecretBytes,
    server_certificate_name: Option<String>,
    region_id: String,
    resource_group_id: String,
    ali_cloud_certificate_id: String,
    ali_cloud_certificate_name: String,
}

impl Params {
    fn read(&mut self, form: &[u8]) {
        for (name, value) in form_urlencoded::parse(form) {
            match name.as_ref() {
                "Action" => self.action = Some(value.into_owned()),
                "ServerCertificate" => self.server_certificate = value.into_owned(),
                // The key goes straight into a zeroizing buffer: the decoded copy
                // itself when decoding made one.
                "PrivateKey" => {
                    self.private_key = match value {
                        Cow::Owned(s) => SecretBytes::new(s.into_bytes()),
                        Cow::Borrowed(s) => SecretBytes::copy_of(s.as_bytes()),
                    }
                }
                "ServerCertificateName" => self.server_certificate_name = Some(value.into_owned()),
                "RegionId" => self.region_id = value.into_owned(),
                "ResourceGroupId" => self.resource_group_id = value.into_owned(),
                "AliCloudCertificateId" => self.ali_cloud_certificate_id = value.into_owned(),
                "AliCloudCertificateName" => self.ali_cloud_certificate_name = value.into_owned(),
                _ => {}
            }
        }
    }
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json;charset=utf-8"),
        )],
        body.to_string(),
    )
        .into_response()
}

/// The API's error body: the first error's message and hint, certvet's report.
fn error_body(request_id: String, report: &Report) -> Value {
    let mut body = Map::new();
    body.insert("RequestId".into(), request_id.into());
    body.insert("HostId".into(), HOST_ID.into());
    body.insert("Code".into(), "InvalidParameter".into());
    let first = report.errors.first();
    body.insert(
        "Message".into(),
        first.map_or("", |f| f.message.as_str()).into(),
    );
    if let Some(hint) = first.and_then(|f| f.hint.as_deref()) {
        body.insert("Recommend".into(), hint.into());
    }
    // The report's own JSON writer, so it is byte for byte the `/v1/check` report.
    let report = serde_json::from_str(&report.to_json()).unwrap_or(Value::Null);
    body.insert("Report".into(), report);
    Value::Object(body)
}

/// `GET|POST /`: the RPC form.
pub(super) async fn rpc(
    State(app): State<Arc<App>>,
    Extension(log): Extension<Exchange>,
    req: Request,
) -> Response {
    log.endpoint("rpc", "valid");
    let request_id = app.request_ids.next();
    let (parts, body) = req.into_parts();
    let mut params = Params::default();
    params.read(parts.uri.query().unwrap_or_default().as_bytes());
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if is_form {
        let limit = app.opts.check.limits.batch_line_bytes;
        let deadline = Instant::now() + app.opts.request_timeout;
        match read_whole(body, content_length(&parts.headers), limit, deadline).await {
            Ok(form) => params.read(&form),
            Err(e) => {
                let (status, outcome, report) = refused(&e, limit, &app);
                log.outcome(outcome);
                log.report(&report);
                return closing(json_response(status, &error_body(request_id, &report)));
            }
        }
    }
    let action = params.action.take().or_else(|| {
        parts
            .headers
            .get("x-acs-action")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    if action.as_deref() != Some(UPLOAD) {
        log.outcome("not_found");
        return json_response(StatusCode::NOT_FOUND, &not_found_body(request_id, action));
    }
    let opts = app.check_options().with_target(Target::AliyunSlb);
    let at = opts.at;
    let Some((report, params)) = on_pool(move || {
        let mut input = CheckInput::new(params.server_certificate.as_bytes());
        if !params.private_key.is_empty() {
            input = input.with_key(&params.private_key);
        }
        let report = check(&input, &opts);
        (report, params)
    })
    .await
    else {
        log.outcome("error");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    log.report(&report);
    if !report.valid {
        log.outcome("invalid");
        return json_response(StatusCode::BAD_REQUEST, &error_body(request_id, &report));
    }
    json_response(
        StatusCode::OK,
        &success_body(request_id, &report, &params, at),
    )
}

/// The error body of a request for another action, or for none.
fn not_found_body(request_id: String, action: Option<String>) -> Value {
    let message = match action {
        None => "The Action parameter (or the x-acs-action header) is missing.",
        Some(_) => "Specified api is not found, please check your url and method.",
    };
    json!({
        "RequestId": request_id,
        "HostId": HOST_ID,
        "Code": "InvalidAction.NotFound",
        "Message": message,
    })
}

/// The success body of an accepted upload: the certificate as the API would list it.
fn success_body(request_id: String, report: &Report, params: &Params, at: UnixTime) -> Value {
    let fingerprint = report.fingerprint.clone().unwrap_or_default();
    let name = params
        .server_certificate_name
        .clone()
        .or_else(|| report.common_name.clone())
        .unwrap_or_default();
    json!({
        "RequestId": request_id,
        "ServerCertificateId": fingerprint.replace(':', ""),
        "ServerCertificateName": name,
        "Fingerprint": fingerprint,
        "CommonName": report.common_name,
        "SubjectAlternativeNames": {
            "SubjectAlternativeName": report.subject_alternative_names.clone().unwrap_or_default(),
        },
        "ExpireTime": report.expire_time,
        "ExpireTimeStamp": report.expire_time_stamp,
        "CreateTime": at.to_string(),
        "CreateTimeStamp": at.seconds().saturating_mul(1000),
        "RegionId": params.region_id,
        "RegionIdAlias": params.region_id,
        "AliCloudCertificateId": params.ali_cloud_certificate_id,
        "AliCloudCertificateName": params.ali_cloud_certificate_name,
        "IsAliCloudCertificate": 0,
        "ResourceGroupId": params.resource_group_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_come_from_query_and_form_alike() {
        let mut p = Params::default();
        p.read(b"Action=UploadServerCertificate&PrivateKey=a%2Bb+c&RegionId=cn-hangzhou");
        p.read(b"ServerCertificate=-----BEGIN%0A&RegionId=eu-central-1");
        assert_eq!(p.action.as_deref(), Some(UPLOAD));
        assert_eq!(p.private_key.as_slice(), b"a+b c");
        assert_eq!(p.server_certificate, "-----BEGIN\n");
        assert_eq!(p.region_id, "eu-central-1");
    }
}
