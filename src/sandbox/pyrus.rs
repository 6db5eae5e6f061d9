//! The Pyrus fake: `POST /accounts/v4/auth`, uploads at `/files/v4/files/upload` (and the
//! API-host variant), tasks (`GET /tasks/{id}`) and comments on them, downloads. It enforces what the docs say: Bearer
//! token, one multipart file per request, a known length, 2 GB at most, JSON errors
//! `{"error_code", "error"}`, and answers guid + md5_hash.
//!
//! It answers like the real server, as the official clients read it
//! (simplygoodsoftware/pyrusapi-csharp 98c8b88d: `Responses/UploadResponse.cs`,
//! `Entities/File.cs`, `Enums/ErrorCodeType.cs`; pyrusapi-python 09f02157
//! `pyrus/models/entities.py`): `md5_hash` in upper-case hex (as the C# fixtures carry it;
//! clients compare it ignoring case); a comment's attachments are File objects `{id, name,
//! size, md5, url, version}` with an integer `id`, and every file listed there can be
//! downloaded by that id (or by the guid the upload answered); a request over the size limit
//! is a 400 `too_large_request_length`; a path with no route is the ASP.NET 404 `{"Message":
//! ...}`.

use axum::body::Body;
use axum::extract::Extension;

use super::kit::prelude::*;
use super::profile::Via;
use super::store::{self, StoredFile};
use super::wire;

pub const LOGIN: &str = "bot@sandbox.chatdrop.test";
pub const SECURITY_KEY: &str = "sandbox-pyrus-security-key";
/// Tasks with ids at or above this do not exist.
pub const MISSING_TASK: i64 = 1_000_000;
/// Pyrus's per-file limit.
const MAX_FILE: u64 = 2 * 1024 * 1024 * 1024 - 1;

#[derive(Default)]
pub struct FakeState {
    inner: super::Persisted<Inner>,
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Inner {
    /// token -> still valid
    tokens: HashMap<String, bool>,
    /// Every file uploaded, oldest first.
    files: Vec<StoredFile>,
    /// guid -> the file's integer id (given when it is first attached, as Pyrus numbers files)
    numbers: HashMap<String, i64>,
    next_file: i64,
    /// task id -> comments
    tasks: BTreeMap<i64, Vec<Value>>,
    next_comment: i64,
    logins: u32,
}

impl FakeState {
    fn lock(&self) -> super::persist::Guard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Make every token issued so far expire (the next call with one gets 401).
    pub fn expire_tokens(&self) {
        let mut inner = self.lock();
        inner.tokens.values_mut().for_each(|v| *v = false);
    }

    /// A new token, valid until [`FakeState::expire_tokens`].
    pub fn issue_token(&self) -> String {
        let token = format!("pyrus-sandbox-token-{}", new_uuid());
        self.lock().tokens.insert(token.clone(), true);
        token
    }

    /// How many successful logins there were.
    pub fn logins(&self) -> u32 {
        self.lock().logins
    }

    /// The comments of a task, as the fake stored them.
    pub fn comments(&self, task: i64) -> Vec<Value> {
        self.lock().tasks.get(&task).cloned().unwrap_or_default()
    }

    pub fn file(&self, guid: &str) -> Option<StoredFile> {
        self.lock().files.iter().find(|f| f.id == guid).cloned()
    }

    /// The integer id a file got when it was attached to a task (what comments list).
    pub fn file_number(&self, guid: &str) -> Option<i64> {
        self.lock().numbers.get(guid).copied()
    }

    /// Put a file in the fake directly (to test downloads of any name).
    pub fn add_file(&self, file: StoredFile) {
        self.lock().files.push(file);
    }
}

pub fn settings(base: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("auth_url".to_string(), format!("{base}/pyrus/accounts/v4")),
        ("login".to_string(), LOGIN.to_string()),
        ("security_key".to_string(), SECURITY_KEY.to_string()),
    ])
}

pub const PROFILE: TestProfile = TestProfile {
    read_only: &["pyrus", "download", "0b7e0f3e-1111-4a4a-8b8b-123456789abc"],
    resend_safe: true,
    checks_md5: true,
    names: Names::Exact,
    // A token of the fake's, the API and files hosts at the proxy: the login stays out of the way.
    via: Via::Custom(|state, proxy| {
        BTreeMap::from([
            ("token".into(), state.pyrus.issue_token()),
            ("api_url".into(), format!("{proxy}/pyrus/api/v4")),
            ("files_url".into(), format!("{proxy}/pyrus/files")),
        ])
    }),
    // With a task, the comment that attaches the files.
    changes: &[Change {
        args: &["pyrus", "upload", "--task", "4242", "{file}"],
        seed: None,
        method: "POST",
        path: "/tasks/4242/comments",
    }],
    // Pyrus holds what it accepted (unattached files expire by themselves).
    ..TestProfile::new(&["pyrus", "upload"], "upload", "/files/upload", |state| {
        state.pyrus.lock().files.iter().map(|f| Posted { md5: f.md5.clone(), name: f.name.clone() }).collect()
    })
};

/// How an upload carries its file: one part with a file name, hashed (the answer has its MD5).
const UPLOAD: OneFile = OneFile { field: None, limit: MAX_FILE + 64 * 1024, hashed: true };

pub fn routes() -> Router<Arc<State>> {
    let api = Router::new()
        .route("/files/v4/files/upload", post(upload))
        .route("/api/v4/files/upload", post(upload))
        .route("/files/v4/files/download/{guid}", get(download))
        .route("/api/v4/files/download/{guid}", get(download))
        .route("/api/v4/tasks/{id}", get(task))
        .route("/api/v4/tasks/{id}/comments", post(comment));
    Router::new().route("/accounts/v4/auth", post(auth)).merge(kit::bearer_only(api, check_token)).fallback(no_route)
}

/// A path the server has no route for: ASP.NET's own 404 body.
async fn no_route(uri: axum::http::Uri) -> Response {
    json_reply(
        StatusCode::NOT_FOUND,
        json!({ "Message": format!("No HTTP resource was found that matches the request URI '{}'.", uri.path()) }),
    )
}

fn error(status: StatusCode, code: &str, text: &str) -> Response {
    json_reply(status, json!({ "error_code": code, "error": text }))
}

async fn auth(AxState(state): AxState<Arc<State>>, Extension(seq): Extension<Seq>, body: Body) -> Response {
    let Ok(bytes) = store::small_body(&state, seq, body).await else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "Cannot read the request");
    };
    let Ok(request) = serde_json::from_slice::<Value>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "The body must be JSON");
    };
    if request["login"] != LOGIN || request["security_key"] != SECURITY_KEY {
        return error(StatusCode::UNAUTHORIZED, "invalid_credentials", "Invalid login or security key");
    }
    let token = state.pyrus.issue_token();
    state.pyrus.lock().logins += 1;
    let base = &state.base;
    json_reply(
        StatusCode::OK,
        json!({
            "access_token": token,
            "api_url": format!("{base}/pyrus/api/v4/"),
            "files_url": format!("{base}/pyrus/files/"),
        }),
    )
}

/// The token check every call but the login makes.
fn check_token(state: &State, token: Option<&str>) -> Result<(), Response> {
    let Some(token) = token else {
        return Err(error(StatusCode::UNAUTHORIZED, "token_not_specified", "Authorization token is not specified."));
    };
    match state.pyrus.lock().tokens.get(token) {
        Some(true) => Ok(()),
        Some(false) => Err(error(StatusCode::UNAUTHORIZED, "expired_token", "Authorization token has expired.")),
        None => Err(error(StatusCode::UNAUTHORIZED, "invalid_token", "Authorization token is invalid.")),
    }
}

async fn upload(AxState(state): AxState<Arc<State>>, req: Request) -> Response {
    let length = req.headers().get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if length.is_some_and(|n| n > UPLOAD.limit) {
        return error(StatusCode::BAD_REQUEST, "too_large_request_length", "The maximum file size is 2 GB.");
    }
    let part = match UPLOAD.take(&state, req).await {
        Ok((part, _)) => part,
        Err(NoFile::NoLength) => {
            return error(StatusCode::LENGTH_REQUIRED, "content_length_required", "Content-Length is required.");
        }
        Err(NoFile::Count(_)) => {
            return error(StatusCode::BAD_REQUEST, "invalid_request", "Upload exactly one file per request.");
        }
        Err(NoFile::Empty) => return error(StatusCode::BAD_REQUEST, "empty_file", "Uploaded file can not be empty."),
        Err(e) => return error(StatusCode::BAD_REQUEST, "invalid_request", &e.to_string()),
    };
    let guid = new_uuid();
    let file = StoredFile {
        id: guid.clone(),
        name: part.filename.clone().unwrap_or_default(),
        content_type: part.content_type.clone().unwrap_or_else(|| "application/octet-stream".into()),
        size: part.size,
        md5: part.md5.clone(),
        path: part.path.clone(),
    };
    state.pyrus.lock().files.push(file);
    json_reply(StatusCode::OK, json!({ "guid": guid, "md5_hash": part.md5.to_ascii_uppercase() }))
}

/// A download by the file's integer id (as the docs and the File objects name it) or by the
/// guid the upload answered.
async fn download(AxState(state): AxState<Arc<State>>, Path(id): Path<String>) -> Response {
    let guid = {
        let inner = state.pyrus.lock();
        match id.parse::<i64>() {
            Ok(n) => inner.numbers.iter().find(|(_, v)| **v == n).map(|(g, _)| g.clone()).unwrap_or_default(),
            Err(_) => id,
        }
    };
    let Some(file) = state.pyrus.file(&guid) else {
        return error(StatusCode::NOT_FOUND, "file_is_missing", "File not found.");
    };
    store::file_response(&file, wire::download_disposition("attachment", &file.name)).await
}

/// A task id from the path: a number, and one that exists (below [`MISSING_TASK`]), else the
/// error the server answers.
fn task_id(id: &str) -> Result<i64, Response> {
    let Ok(task_id) = id.parse::<i64>() else {
        return Err(error(StatusCode::BAD_REQUEST, "invalid_task_id", "Task id must be a number."));
    };
    if !(1..MISSING_TASK).contains(&task_id) {
        return Err(error(StatusCode::NOT_FOUND, "task_not_found", "Task not found."));
    }
    Ok(task_id)
}

/// `GET /tasks/{id}`: the task with its comments (the `TaskResponse` of pyrusapi-csharp
/// 98c8b88d `PyrusClient.GetTask`), or the missing task's error.
async fn task(AxState(state): AxState<Arc<State>>, Path(id): Path<String>) -> Response {
    let task_id = match task_id(&id) {
        Ok(id) => id,
        Err(response) => return response,
    };
    let comments = state.pyrus.comments(task_id);
    json_reply(StatusCode::OK, json!({ "task": { "id": task_id, "text": "Sandbox task", "comments": comments } }))
}

async fn comment(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    let Ok(bytes) = store::small_body(&state, seq, body).await else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "Cannot read the request");
    };
    let task_id = match task_id(&id) {
        Ok(id) => id,
        Err(response) => return response,
    };
    let Ok(request) = serde_json::from_slice::<Value>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "invalid_request", "The body must be JSON.");
    };
    let mut inner = state.pyrus.lock();
    let inner = &mut *inner;
    let mut attachments = Vec::new();
    for item in request["attachments"].as_array().cloned().unwrap_or_default() {
        let guid = item["guid"].as_str().or(item.as_str()).unwrap_or("").to_string();
        let Some(file) = inner.files.iter().find(|f| f.id == guid) else {
            return error(StatusCode::BAD_REQUEST, "invalid_attachment", &format!("Unknown attachment guid {guid}."));
        };
        let id = match inner.numbers.get(&guid) {
            Some(id) => *id,
            None => {
                inner.next_file += 1;
                let id = 50_000 + inner.next_file;
                inner.numbers.insert(guid.clone(), id);
                id
            }
        };
        // The File object of the C# and Python clients: the integer id, never the guid.
        attachments.push(json!({
            "id": id,
            "name": file.name,
            "size": file.size,
            "md5": file.md5,
            "url": format!("{}/pyrus/files/v4/files/download/{id}", state.base),
            "version": 0,
        }));
    }
    inner.next_comment += 1;
    let comment = json!({
        "id": 10_000 + inner.next_comment,
        "text": request["text"],
        "author": { "email": LOGIN },
        "attachments": attachments,
    });
    let comments = inner.tasks.entry(task_id).or_default();
    comments.push(comment);
    json_reply(
        StatusCode::OK,
        json!({ "task": { "id": task_id, "text": "Sandbox task", "comments": comments.clone() } }),
    )
}
