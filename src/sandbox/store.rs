//! What the fakes keep: uploaded bodies streamed to a private temp dir (hashed on the way,
//! never held in memory), and helpers to read multipart forms, raw bodies and small JSON
//! bodies into the request record.

use std::path::PathBuf;

use axum::body::Body;
use axum::http::HeaderMap;
use futures_util::StreamExt;
use serde::Serialize;
use tokio::io::AsyncWriteExt;

use super::{Seq, State};
use crate::error::{Failure, Result};
use crate::hash::Md5;

/// Small values are kept in the record too, so tests can compare bytes.
const KEEP_VALUE: u64 = 1024 * 1024;

/// One part of a multipart body, or a whole raw body.
#[derive(Debug, Clone, Serialize)]
pub struct StoredPart {
    /// The form field name ("" for a raw body).
    pub name: String,
    /// The file name, decoded (`filename*` wins over `filename`).
    pub filename: Option<String>,
    /// The raw Content-Disposition header of the part.
    pub disposition: Option<String>,
    pub content_type: Option<String>,
    pub size: u64,
    pub md5: String,
    /// The bytes, when at most 1 MiB.
    pub value: Option<Vec<u8>>,
    /// Where the bytes were stored (absent when the sandbox discards).
    pub path: Option<PathBuf>,
}

impl StoredPart {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(self.value.as_deref().unwrap_or_default()).into_owned()
    }
}

/// A file a fake holds for later download.
#[derive(Debug, Clone, Serialize)]
pub struct StoredFile {
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub size: u64,
    pub md5: String,
    pub path: Option<PathBuf>,
}

pub struct Store {
    dir: tempfile::TempDir,
    /// `CHATDROP_SANDBOX_DISCARD=1`: hash and count, store nothing (benchmarks).
    discard: bool,
    /// Benchmarks only, with discard: `CHATDROP_SANDBOX_KNOWN_MD5=<size>:<md5>`. A multipart
    /// file part of exactly `size` bytes (in a request at most 4 KiB longer) is not hashed and
    /// this MD5 is answered for it: the benchmark file's, computed before timing, so that the
    /// sink's MD5 does not share the cores the client is measured on (a real Pyrus hashes on its
    /// own servers). The client still hashes every byte and checks the answer against it.
    known_md5: Option<(u64, String)>,
}

impl Store {
    pub fn new() -> Result<Store> {
        let dir = tempfile::Builder::new()
            .prefix("chatdrop-sandbox-")
            .tempdir()
            .map_err(|e| Failure::general(format!("cannot create the sandbox's storage: {e}")))?;
        let discard = crate::env::get(crate::env::SANDBOX_DISCARD).is_some_and(|v| v == "1");
        let known_md5 = crate::env::get(crate::env::SANDBOX_KNOWN_MD5).filter(|_| discard).and_then(|v| {
            let (size, md5) = v.split_once(':')?;
            Some((size.trim().parse().ok()?, md5.trim().to_ascii_lowercase()))
        });
        Ok(Store { dir, discard, known_md5 })
    }
}

/// Why reading a body failed: the client went away or sent garbage.
#[derive(Debug)]
pub struct BodyError(pub String);

/// Stream `chunks` to a new file in the store, hashing as it goes; `limit` bytes at most.
/// In discard mode (benchmarks) the MD5 is skipped unless `always_hash`: the sink must not
/// be the bottleneck it is measuring.
async fn save_stream<S, E>(
    store: &Store,
    mut chunks: S,
    limit: u64,
    always_hash: bool,
    assumed: Option<&(u64, String)>,
) -> std::result::Result<StoredPart, BodyError>
where
    S: futures_util::Stream<Item = std::result::Result<bytes::Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let path = store.dir.path().join(super::new_uuid());
    let mut file = if store.discard {
        None
    } else {
        Some(tokio::fs::File::create(&path).await.map_err(|e| BodyError(e.to_string()))?)
    };
    let mut hasher = (assumed.is_none() && (always_hash || !store.discard)).then(Md5::new);
    let mut size = 0u64;
    let mut value = Vec::new();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(|e| BodyError(e.to_string()))?;
        size += chunk.len() as u64;
        if size > limit {
            return Err(BodyError(format!("body larger than {limit} bytes")));
        }
        if let Some(h) = hasher.as_mut() {
            h.update(&chunk);
        }
        if size <= KEEP_VALUE {
            value.extend_from_slice(&chunk);
        }
        if let Some(f) = file.as_mut() {
            f.write_all(&chunk).await.map_err(|e| BodyError(e.to_string()))?;
        }
    }
    if let Some(f) = file.as_mut() {
        f.flush().await.map_err(|e| BodyError(e.to_string()))?;
    }
    Ok(StoredPart {
        name: String::new(),
        filename: None,
        disposition: None,
        content_type: None,
        size,
        md5: match assumed {
            // Not hashed: the known MD5 for the part of that size, none for any other.
            Some((len, md5)) if *len == size => md5.clone(),
            Some(_) => String::new(),
            None => hasher.map(|h| hex::encode(h.finalize())).unwrap_or_default(),
        },
        value: (size <= KEEP_VALUE).then_some(value),
        path: file.map(|_| path),
    })
}

/// Store a raw (non-multipart) body as one part, and record it.
pub async fn raw_body(state: &State, seq: Seq, body: Body, limit: u64) -> std::result::Result<StoredPart, BodyError> {
    let part = save_stream(&state.store, body.into_data_stream(), limit, false, None).await?;
    state.annotate(seq, |r| r.parts.push(part.clone()));
    Ok(part)
}

/// Read every part of a multipart body (files to disk), and record them.
pub async fn multipart(
    state: &State,
    seq: Seq,
    headers: &HeaderMap,
    body: Body,
    limit: u64,
) -> std::result::Result<Vec<StoredPart>, BodyError> {
    read_multipart(state, seq, headers, body, limit, false).await
}

/// The same, hashing every part even in discard mode, for fakes whose answer carries the MD5.
pub async fn multipart_hashed(
    state: &State,
    seq: Seq,
    headers: &HeaderMap,
    body: Body,
    limit: u64,
) -> std::result::Result<Vec<StoredPart>, BodyError> {
    read_multipart(state, seq, headers, body, limit, true).await
}

async fn read_multipart(
    state: &State,
    seq: Seq,
    headers: &HeaderMap,
    body: Body,
    limit: u64,
    always_hash: bool,
) -> std::result::Result<Vec<StoredPart>, BodyError> {
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    let boundary =
        multer::parse_boundary(content_type).map_err(|e| BodyError(format!("not multipart/form-data: {e}")))?;
    // Benchmarks: the request that carries the known-size file (plus at most 4 KiB of framing).
    let request_len: Option<u64> =
        headers.get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
    let assumed = match (&state.store.known_md5, request_len) {
        (Some(known), Some(n)) if always_hash && n >= known.0 && n - known.0 <= 4096 => Some(known),
        _ => None,
    };
    let mut form = multer::Multipart::new(body.into_data_stream(), boundary);
    let mut parts = Vec::new();
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(BodyError(format!("malformed multipart body: {e}"))),
        };
        let name = field.name().unwrap_or("").to_string();
        let disposition =
            field.headers().get("content-disposition").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let filename = disposition
            .as_deref()
            .and_then(super::wire::disposition_filename)
            .or_else(|| field.file_name().map(str::to_string));
        let content_type = field.content_type().map(|m| m.to_string());
        let stream = futures_util::stream::unfold(field, |mut f| async move {
            match f.chunk().await {
                Ok(Some(c)) => Some((Ok::<_, multer::Error>(c), f)),
                Ok(None) => None,
                Err(e) => Some((Err(e), f)),
            }
        });
        let mut part = save_stream(&state.store, Box::pin(stream), limit, always_hash, assumed).await?;
        part.name = name;
        part.filename = filename;
        part.disposition = disposition;
        part.content_type = content_type;
        state.annotate(seq, |r| r.parts.push(part.clone()));
        parts.push(part);
    }
    Ok(parts)
}

/// Read a small body whole (JSON, forms), and record it.
pub async fn small_body(state: &State, seq: Seq, body: Body) -> std::result::Result<Vec<u8>, BodyError> {
    let bytes = axum::body::to_bytes(body, KEEP_VALUE as usize).await.map_err(|e| BodyError(e.to_string()))?;
    state.annotate(seq, |r| r.body = bytes.to_vec());
    Ok(bytes.to_vec())
}

/// Answer a stored file as a download.
pub async fn file_response(file: &StoredFile, disposition: String) -> axum::response::Response {
    use axum::response::IntoResponse;
    let Some(path) = &file.path else {
        return (axum::http::StatusCode::GONE, "the sandbox discards uploads (CHATDROP_SANDBOX_DISCARD)")
            .into_response();
    };
    match tokio::fs::File::open(path).await {
        Ok(f) => axum::response::Response::builder()
            .status(200)
            .header("content-type", file.content_type.clone())
            .header("content-length", file.size)
            .header("content-disposition", disposition)
            .body(Body::from_stream(tokio_util_stream(f)))
            .unwrap_or_else(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        Err(_) => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

/// A file as a stream of chunks, without pulling in tokio-util.
fn tokio_util_stream(file: tokio::fs::File) -> impl futures_util::Stream<Item = std::io::Result<bytes::Bytes>> {
    futures_util::stream::unfold(file, |mut f| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 256 * 1024];
        match f.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(bytes::Bytes::from(buf)), f))
            }
            Err(e) => Some((Err(e), f)),
        }
    })
}
