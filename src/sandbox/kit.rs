//! The fakes' kit: what several fakes check alike, each answering in its own service's words.
//! - [`bearer_only`]: every route of a router first checks the request's bearer token.
//! - [`OneFile`]: the one file part of a multipart upload, or what is wrong with it.

use std::fmt;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::store::{self, StoredPart};
use super::{Seq, State, bearer};

/// Every route of `router` first runs `check` on the request's bearer token (None without
/// one); its `Err` is the answer, before the handler reads anything.
pub fn bearer_only(
    router: Router<Arc<State>>,
    check: fn(&State, Option<&str>) -> Result<(), Response>,
) -> Router<Arc<State>> {
    router.route_layer(axum::middleware::from_fn(move |req: Request, next: Next| async move {
        // The recorder puts the state on every request to a fake.
        let refused = req.extensions().get::<Arc<State>>().map(|state| check(state, bearer(req.headers()).as_deref()));
        match refused {
            Some(Err(answer)) => answer,
            _ => next.run(req).await,
        }
    }))
}

/// How a fake reads an upload that carries one file in a multipart form.
pub struct OneFile {
    /// The file's part by its field name; None: the one part that has a file name.
    pub field: Option<&'static str>,
    /// The most bytes a part may have.
    pub limit: u64,
    /// Hash the parts even when the sandbox discards them (the answer carries the MD5).
    pub hashed: bool,
}

/// What is wrong with an upload that should carry one file; `Display` gives plain words, and
/// a fake words the cases its service words otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoFile {
    NotMultipart,
    NoLength,
    /// The body is no readable multipart form (the reader's words).
    Malformed(String),
    /// Not exactly one file part: how many there were.
    Count(usize),
    /// The file's part is a text value (no file name).
    NoFilename,
    Empty,
}

impl NoFile {
    /// 411 for a missing length, else 400.
    pub fn status(&self) -> StatusCode {
        if *self == NoFile::NoLength { StatusCode::LENGTH_REQUIRED } else { StatusCode::BAD_REQUEST }
    }
}

impl fmt::Display for NoFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoFile::NotMultipart => f.write_str("Send the file as multipart/form-data."),
            NoFile::NoLength => f.write_str("Content-Length is required."),
            NoFile::Malformed(why) => f.write_str(why),
            NoFile::Count(n) => write!(f, "Send exactly one file (this request has {n})."),
            NoFile::NoFilename => {
                f.write_str("The file part must be a file upload (with a filename), not a text value.")
            }
            NoFile::Empty => f.write_str("The file is empty."),
        }
    }
}

impl OneFile {
    /// [`OneFile::read`] of a whole request (a handler's `req: Request`).
    pub async fn take(&self, state: &State, req: Request) -> Result<(StoredPart, Vec<StoredPart>), NoFile> {
        let seq = req.extensions().get::<Seq>().copied().unwrap_or(Seq(usize::MAX));
        let (parts, body) = req.into_parts();
        self.read(state, seq, &parts.headers, body).await
    }

    /// The file part and every part (all stored and recorded), after checking the form:
    /// multipart/form-data, a declared length, exactly one file part with a name, not empty.
    pub async fn read(
        &self,
        state: &State,
        seq: Seq,
        headers: &HeaderMap,
        body: Body,
    ) -> Result<(StoredPart, Vec<StoredPart>), NoFile> {
        let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
        if !content_type.to_ascii_lowercase().starts_with("multipart/form-data") {
            return Err(NoFile::NotMultipart);
        }
        if headers.get("content-length").is_none() {
            return Err(NoFile::NoLength);
        }
        let parts = if self.hashed {
            store::multipart_hashed(state, seq, headers, body, self.limit).await
        } else {
            store::multipart(state, seq, headers, body, self.limit).await
        };
        let parts = parts.map_err(|e| NoFile::Malformed(e.0))?;
        let files: Vec<&StoredPart> = match self.field {
            Some(field) => parts.iter().filter(|p| p.name == field).collect(),
            None => parts.iter().filter(|p| p.filename.is_some()).collect(),
        };
        let [file] = files.as_slice() else { return Err(NoFile::Count(files.len())) };
        if file.filename.as_deref().is_none_or(str::is_empty) {
            return Err(NoFile::NoFilename);
        }
        if file.size == 0 {
            return Err(NoFile::Empty);
        }
        let file = (*file).clone();
        Ok((file, parts))
    }
}
