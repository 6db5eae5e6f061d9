//! The 1C-Connect push API fake: `POST /v1/conference/send/image/`, `/v1/line/send/image/`,
//! `/v1/line/send/file/` and `GET /v1/line/`, only with the trailing slash (else 404). It checks
//! what apis.md §3 documents: HTTP Basic with the API user (401), a multipart form of exactly
//! two parts `meta` (application/json, the endpoint's fields with UUIDs) and `file` (a name and
//! a Content-Type; an image by its content on image endpoints) (400), and that the author is a
//! member of the group chat / the line is the API user's (403). Success is 200 with no body.
//! (Not the kit's `bearer_only` or `OneFile`: HTTP Basic, and a form of two parts; what it
//! accepted is the kit's `Items`.)

use axum::body::Body;
use axum::extract::Extension;
use axum::http::HeaderMap;
use base64::Engine;

use super::kit::prelude::*;
use super::store::{self, StoredPart};
use super::wire;

/// The API user the fake accepts (HTTP Basic).
pub const LOGIN: &str = "sandbox-api-user";
pub const PASSWORD: &str = "sandbox-connect-password";
/// The one group chat.
pub const CONFERENCE: &str = "bb5c7328-1886-4a8b-aa00-e00fab828e24";
/// A member of [`CONFERENCE`] (and a specialist on [`LINE`]).
pub const AUTHOR: &str = "fee6104e-78b5-11e5-80dc-0025904f970f";
/// A colleague who is not a member of [`CONFERENCE`].
pub const NON_MEMBER: &str = "0b7f3c2a-5d1e-4c8b-9a6f-2e4d1c0b9a87";
/// The one support line the API user serves.
pub const LINE: &str = "4f1e2d3c-b5a6-4978-8e9d-0c1b2a3f4e5d";
/// Two more lines the API user serves, named alike but for case ("Billing", "BILLING"), so
/// a name can be ambiguous. Only [`LINE`] has a subscriber to send to.
pub const BILLING_LINE: &str = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
pub const BILLING_LINE_2: &str = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a";
/// The name of [`LINE`].
pub const LINE_NAME: &str = "Sandbox support line";
/// A subscriber of [`LINE`].
pub const USER: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

/// No limit is documented; the fake takes up to this much.
const MAX_BODY: u64 = 4 * 1024 * 1024 * 1024;

#[derive(Default)]
pub struct FakeState {
    delivered: Items<Delivered>,
}

/// One message the fake accepted.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Delivered {
    /// `conference/send/image`, `line/send/image` or `line/send/file`.
    pub endpoint: String,
    pub meta: Value,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub size: u64,
    pub md5: String,
}

impl FakeState {
    /// The messages accepted so far, in order.
    pub fn delivered(&self) -> Vec<Delivered> {
        self.delivered.all()
    }
}

pub fn settings(base: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("url".to_string(), format!("{base}/connect")),
        ("login".to_string(), LOGIN.to_string()),
        ("password".to_string(), PASSWORD.to_string()),
        ("conference".to_string(), CONFERENCE.to_string()),
        ("author".to_string(), AUTHOR.to_string()),
        ("line".to_string(), LINE.to_string()),
        ("user".to_string(), USER.to_string()),
    ])
}

pub const PROFILE: TestProfile = TestProfile {
    read_only: &["connect", "lines"],
    image: true,
    answers_id: false,
    bare_success: true,
    names: Names::Underscored,
    changes: &[Change {
        args: &["connect", "send-file", "{file}"],
        seed: None,
        method: "POST",
        path: "/line/send/file/",
    }],
    ..TestProfile::new(&["connect", "send-image"], "send-image", "/send/", |state| {
        let delivered = state.connect.delivered().into_iter();
        delivered.map(|d| Posted { md5: d.md5, name: d.filename.unwrap_or_default() }).collect()
    })
};

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/v1/conference/send/image/", post(conference_image))
        .route("/v1/line/send/image/", post(line_image))
        .route("/v1/line/send/file/", post(line_file))
        .route("/v1/line/", get(lines))
}

/// Error bodies: the real format is unknown (apis.md §3.3); a small JSON message.
fn error(status: StatusCode, message: &str) -> Response {
    json_reply(status, json!({ "message": message }))
}

fn check_auth(headers: &HeaderMap) -> Result<(), Response> {
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b.trim()).ok())
        .and_then(|b| String::from_utf8(b).ok());
    if given.as_deref() == Some(&format!("{LOGIN}:{PASSWORD}")) {
        Ok(())
    } else {
        Err(error(StatusCode::UNAUTHORIZED, "Пользователь не авторизован"))
    }
}

async fn lines(headers: HeaderMap) -> Response {
    or_answer!(check_auth(&headers));
    // The docs' Line object (line_id, name, allow_bot, hook_bot?, hook_line?) in a bare array,
    // as every list the official bot reads comes (see `services::connect`'s module doc).
    json_reply(
        StatusCode::OK,
        json!([
            { "line_id": LINE, "name": LINE_NAME, "allow_bot": true },
            { "line_id": BILLING_LINE, "name": "Billing", "allow_bot": false },
            { "line_id": BILLING_LINE_2, "name": "BILLING", "allow_bot": false },
        ]),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    ConferenceImage,
    LineImage,
    LineFile,
}

impl Endpoint {
    fn name(self) -> &'static str {
        match self {
            Endpoint::ConferenceImage => "conference/send/image",
            Endpoint::LineImage => "line/send/image",
            Endpoint::LineFile => "line/send/file",
        }
    }
    fn wants_image(self) -> bool {
        self != Endpoint::LineFile
    }
}

async fn conference_image(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    accept(&state, seq, &headers, body, Endpoint::ConferenceImage).await.unwrap_or_else(|r| r)
}

async fn line_image(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    accept(&state, seq, &headers, body, Endpoint::LineImage).await.unwrap_or_else(|r| r)
}

async fn line_file(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    accept(&state, seq, &headers, body, Endpoint::LineFile).await.unwrap_or_else(|r| r)
}

fn bad(message: impl AsRef<str>) -> Response {
    error(StatusCode::BAD_REQUEST, message.as_ref())
}

/// The whole check of one send; Ok is 200 with no body.
async fn accept(
    state: &State,
    seq: Seq,
    headers: &HeaderMap,
    body: Body,
    endpoint: Endpoint,
) -> Result<Response, Response> {
    check_auth(headers)?;
    let parts = store::multipart(state, seq, headers, body, MAX_BODY).await.map_err(|e| bad(e.0))?;
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    let [meta_part, file_part] = parts.as_slice() else {
        return Err(bad(format!("expected exactly two parts, meta and file; got {names:?}")));
    };
    if meta_part.name != "meta" || file_part.name != "file" {
        return Err(bad(format!("expected the parts meta and file, in that order; got {names:?}")));
    }
    let meta_type = meta_part.content_type.as_deref().unwrap_or("");
    if !meta_type.starts_with("application/json") {
        return Err(bad(format!("the meta part must be application/json, not `{meta_type}`")));
    }
    let meta: Value = serde_json::from_slice(meta_part.value.as_deref().unwrap_or_default())
        .map_err(|e| bad(format!("meta is not JSON: {e}")))?;
    if !meta.is_object() {
        return Err(bad("meta must be a JSON object"));
    }
    let uuid = |key: &str, required: bool| -> Result<Option<String>, Response> {
        match meta.get(key) {
            None | Some(Value::Null) if !required => Ok(None),
            Some(Value::String(s)) if wire::is_uuid(s) => Ok(Some(s.to_ascii_lowercase())),
            None | Some(Value::Null) => Err(bad(format!("meta.{key} is required"))),
            Some(other) => Err(bad(format!("meta.{key} must be a UUID, not {other}"))),
        }
    };
    match meta.get("file_name") {
        Some(Value::String(s)) if !s.trim().is_empty() => {}
        _ => return Err(bad("meta.file_name must be a non-empty string")),
    }
    if meta.get("comment").is_some_and(|c| !c.is_string() && !c.is_null()) {
        return Err(bad("meta.comment must be a string"));
    }
    // The ids first (400 for malformed ones), then who may send where (403).
    match endpoint {
        Endpoint::ConferenceImage => {
            let conference = uuid("conference_id", true)?;
            let author = uuid("author_id", true)?;
            check_file(file_part, endpoint)?;
            if conference.as_deref() != Some(CONFERENCE) || author.as_deref() != Some(AUTHOR) {
                return Err(error(StatusCode::FORBIDDEN, "Недостаточно прав: автор не является участником группы"));
            }
        }
        Endpoint::LineImage | Endpoint::LineFile => {
            let line = uuid("line_id", true)?;
            let user = uuid("user_id", true)?;
            let author = uuid("author_id", false)?;
            check_file(file_part, endpoint)?;
            if line.as_deref() != Some(LINE) || author.is_some_and(|a| a != AUTHOR) {
                return Err(error(StatusCode::FORBIDDEN, "Недостаточно прав"));
            }
            if user.as_deref() != Some(USER) {
                return Err(bad("user_id is not a subscriber of this line"));
            }
        }
    }
    state.connect.delivered.add(Delivered {
        endpoint: endpoint.name().to_string(),
        meta,
        filename: file_part.filename.clone(),
        content_type: file_part.content_type.clone(),
        size: file_part.size,
        md5: file_part.md5.clone(),
    });
    Ok(StatusCode::OK.into_response())
}

/// The file part: a name, a type, content, and an image where one is wanted.
fn check_file(part: &StoredPart, endpoint: Endpoint) -> Result<(), Response> {
    if part.filename.as_deref().is_none_or(|n| n.trim().is_empty()) {
        return Err(bad("the file part needs a filename"));
    }
    let Some(content_type) = part.content_type.as_deref() else {
        return Err(bad("the file part needs a Content-Type"));
    };
    if part.size == 0 {
        return Err(bad("the file is empty"));
    }
    if endpoint.wants_image() {
        let head = head_of(part);
        // Discarded bodies (benchmarks) cannot be looked at; everything else must be an image.
        if head.as_ref().is_some_and(|h| wire::image_size(h).is_none()) {
            return Err(bad("the file is not an image"));
        }
        if !content_type.starts_with("image/") {
            return Err(bad(format!("an image is expected, not `{content_type}`")));
        }
    }
    Ok(())
}

/// The first bytes of a stored part, from memory or from its file.
fn head_of(part: &StoredPart) -> Option<Vec<u8>> {
    if let Some(value) = &part.value {
        return Some(value.iter().take(64).copied().collect());
    }
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(part.path.as_ref()?).ok()?.take(64).read_to_end(&mut head).ok()?;
    Some(head)
}
