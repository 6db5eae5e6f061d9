//! The fakes' kit: what several fakes check alike, each answering in its own service's words.
//! - [`bearer_only`]: every route of a router first checks the request's bearer token.
//! - [`OneFile`]: the one file part of a multipart upload, or what is wrong with it.
//! - [`Items`]: a stored list of things (kept like all fake state), and [`Listed`], the ready
//!   handlers of `GET /things`, `GET /things/{id}` and `DELETE /things/{id}` over it. Of the
//!   five fakes only 1C-Connect's keeps a plain list (without ids: it serves none of them);
//!   the others page, version or nest theirs as their services do.
//! - [`settings`]: the settings that point a client at its fake.
//! - [`prelude`]: what a fake's file imports, in one `use`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, Request, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::store::{self, StoredPart};
use super::{Persisted, Seq, State, bearer, json_reply};

/// What a fake's file imports: `use super::kit::prelude::*;`.
pub mod prelude {
    pub use std::collections::{BTreeMap, HashMap};
    pub use std::sync::Arc;

    pub use axum::Router;
    pub use axum::extract::{Path, Query, Request, State as AxState};
    pub use axum::http::StatusCode;
    pub use axum::response::{IntoResponse, Response};
    pub use axum::routing::{get, post};
    pub use serde::{Deserialize, Serialize};
    pub use serde_json::{Value, json};

    pub use super::super::profile::{Change, Deletable, Names, Posted, TestProfile};
    pub use super::super::{Persisted, Seq, State, json_reply, new_uuid};
    pub use super::{self as kit, Items, Listed, NoFile, OneFile};
}

/// A fake's `settings(base)`: `url`, the fake's address (under `base`, at `/<service>`), and
/// each of `values` (a setting's name, its value).
pub fn settings(base: &str, service: &str, values: &[(&str, &str)]) -> BTreeMap<String, String> {
    let url = ("url".to_string(), format!("{base}/{service}"));
    std::iter::once(url).chain(values.iter().map(|(k, v)| (k.to_string(), v.to_string()))).collect()
}

/// A fake's stored list of things, oldest first, kept like every fake's state ([`Persisted`]:
/// under the state dir until `--reset`). A thing is found by its `id` field as it serializes,
/// the id its service's API hands out.
pub struct Items<T>(Persisted<Vec<T>>);

impl<T: Serialize + DeserializeOwned> Default for Items<T> {
    fn default() -> Self {
        Items(Persisted::new(Vec::new()))
    }
}

impl<T: Clone + Serialize + DeserializeOwned> Items<T> {
    /// Keep `item` (last); it comes back for the answer.
    pub fn add(&self, item: T) -> T {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(item.clone());
        item
    }

    /// Every item, oldest first.
    pub fn all(&self) -> Vec<T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The item whose `id` is `id`.
    pub fn find(&self, id: &str) -> Option<T> {
        self.all().into_iter().find(|item| id_of(item).as_deref() == Some(id))
    }

    /// Remove the item whose `id` is `id`; whether there was one.
    pub fn remove(&self, id: &str) -> bool {
        let mut items = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let at = items.iter().position(|item| id_of(item).as_deref() == Some(id));
        at.map(|at| items.remove(at)).is_some()
    }
}

/// An item's `id` field (a string, or a number written out).
fn id_of<T: Serialize>(item: &T) -> Option<String> {
    match serde_json::to_value(item).ok()?.get("id")? {
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The ready handlers of a fake's [`Items`]: `.route("/v1/files", FILES.list().post(upload))
/// .route("/v1/files/{id}", FILES.one())` with `const FILES: Listed<FakeFile> = Listed {
/// items: |s| &s.acme.files, key: "files", missing: not_found }`.
pub struct Listed<T: 'static> {
    /// Where the items are in the fakes' state.
    pub items: fn(&State) -> &Items<T>,
    /// The key of the list in the answer to `GET /things` (`{"files": [...]}`).
    pub key: &'static str,
    /// The answer to an id the fake does not hold, in its service's words.
    pub missing: fn() -> Response,
}

impl<T> Clone for Listed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Listed<T> {}

impl<T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static> Listed<T> {
    /// `GET /things[?field=value...]`: `{key: [...]}`, the items whose fields have the
    /// query's values (each one as the item serializes it), oldest first.
    pub fn list(self) -> MethodRouter<Arc<State>> {
        get(move |AxState(state): AxState<Arc<State>>, Query(query): Query<HashMap<String, String>>| async move {
            let fits = |item: &T| {
                let value = serde_json::to_value(item).unwrap_or(Value::Null);
                query
                    .iter()
                    .all(|(k, v)| value.get(k).is_some_and(|f| f.as_str().map_or(f.to_string(), str::to_string) == *v))
            };
            let items: Vec<T> = (self.items)(&state).all().into_iter().filter(fits).collect();
            let items = serde_json::to_value(items).unwrap_or(Value::Null);
            json_reply(StatusCode::OK, Value::Object([(self.key.to_string(), items)].into_iter().collect()))
        })
    }

    /// `GET /things/{id}`: the item; `DELETE /things/{id}`: 204, and it is gone.
    pub fn one(self) -> MethodRouter<Arc<State>> {
        get(move |AxState(state): AxState<Arc<State>>, Path(id): Path<String>| async move {
            match (self.items)(&state).find(&id) {
                Some(item) => json_reply(StatusCode::OK, serde_json::to_value(item).unwrap_or(Value::Null)),
                None => (self.missing)(),
            }
        })
        .delete(move |AxState(state): AxState<Arc<State>>, Path(id): Path<String>| async move {
            if (self.items)(&state).remove(&id) { StatusCode::NO_CONTENT.into_response() } else { (self.missing)() }
        })
    }
}

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
