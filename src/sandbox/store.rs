//! What the fakes keep: uploaded bodies streamed to disk (hashed on the way, never held in
//! memory), and helpers to read multipart forms, raw bodies and small JSON bodies into the
//! request record.
//!
//! Where bodies go: a private temp dir that goes with the sandbox (the tests' sandboxes), or,
//! in a sandbox that keeps its state (`--sandbox`, `chatdrop sandbox`), `files/` in its state
//! dir ([`super::persist::StateDir`]). There the store is bounded: at most [`max_bytes`]
//! (`CHATDROP_SANDBOX_MAX_BYTES`, default 2 GiB) in at most [`MAX_FILES`] files. An upload
//! that would pass the bound is refused before its body is read (by its declared length, with
//! this run's uploads in flight counted) or, without a declared length, as soon as it passes
//! it; nothing kept is evicted (every file a fake lists can still be fetched) until
//! `chatdrop sandbox --reset`. Bodies are written to `<id>.part` and renamed to `<id>` when
//! complete; files no fake refers to (parts of refused requests, form fields) are swept when a
//! sandbox starts.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use axum::body::Body;
use axum::http::HeaderMap;
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::io::AsyncWriteExt;

use super::persist::StateDir;
use super::{Seq, State};
use crate::error::{Failure, Result};
use crate::hash::Md5;

/// The most files a kept store holds (every multipart part is one).
pub const MAX_FILES: u64 = 10_000;
/// The default of [`max_bytes`]: a Pyrus file at its 2 GB limit fits in an empty store.
pub const DEFAULT_MAX_BYTES: u64 = 2 << 30;

/// The most bytes a kept store holds: `CHATDROP_SANDBOX_MAX_BYTES`, else [`DEFAULT_MAX_BYTES`].
pub fn max_bytes() -> u64 {
    crate::env::count(crate::env::SANDBOX_MAX_BYTES).unwrap_or(DEFAULT_MAX_BYTES)
}

/// Unreferenced files younger than this are left alone by the sweep (another run may be about
/// to record them); `.part` files, [`STALE_PART`].
const SWEEP_AFTER: Duration = Duration::from_secs(10 * 60);
const STALE_PART: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a count of a kept store's files is trusted.
const RECOUNT: Duration = Duration::from_secs(2);

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
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredFile {
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub size: u64,
    pub md5: String,
    pub path: Option<PathBuf>,
}

/// Where the bodies are.
enum Root {
    /// Gone with the sandbox.
    Temp(tempfile::TempDir),
    /// `files/` of the state dir, bounded.
    Kept { files: PathBuf, max_bytes: u64 },
}

pub struct Store {
    root: Root,
    /// What a kept store holds, as last counted, and when: counting lists the whole directory,
    /// so it is done again only after [`RECOUNT`] (this run's own files are added as they come;
    /// other runs' are seen at the next count).
    counted: std::sync::Mutex<Option<(std::time::Instant, Usage)>>,
    /// Declared lengths of this run's uploads in flight (kept stores).
    reserved: Arc<AtomicU64>,
    /// `CHATDROP_SANDBOX_DISCARD=1`: hash and count, store nothing (benchmarks).
    discard: bool,
    /// Benchmarks only, with discard: `CHATDROP_SANDBOX_KNOWN_MD5=<size>:<md5>`. A multipart
    /// file part of exactly `size` bytes (in a request at most 4 KiB longer) is not hashed and
    /// this MD5 is answered for it: the benchmark file's, computed before timing, so that the
    /// sink's MD5 does not share the cores the client is measured on (a real Pyrus hashes on its
    /// own servers). The client still hashes every byte and checks the answer against it.
    known_md5: Option<(u64, String)>,
}

/// What a kept store holds now: complete files (not `.part`), and their bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    pub files: u64,
    pub bytes: u64,
}

/// Room set aside for an upload in flight; given back when dropped.
pub struct Reservation {
    reserved: Arc<AtomicU64>,
    bytes: u64,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        self.reserved.fetch_sub(self.bytes, Ordering::SeqCst);
    }
}

impl Store {
    /// A store in a temp dir, or, with `kept`, in its `files/` (swept of unreferenced files).
    pub fn new(kept: Option<&StateDir>) -> Result<Store> {
        let root = match kept {
            Some(dir) => {
                let files = dir.files();
                sweep(dir, &files);
                Root::Kept { files, max_bytes: max_bytes() }
            }
            None => Root::Temp(
                tempfile::Builder::new()
                    .prefix("chatdrop-sandbox-")
                    .tempdir()
                    .map_err(|e| Failure::general(format!("cannot create the sandbox's storage: {e}")))?,
            ),
        };
        let discard = crate::env::get(crate::env::SANDBOX_DISCARD).is_some_and(|v| v == "1");
        let known_md5 = crate::env::get(crate::env::SANDBOX_KNOWN_MD5).filter(|_| discard).and_then(|v| {
            let (size, md5) = v.split_once(':')?;
            Some((size.trim().parse().ok()?, md5.trim().to_ascii_lowercase()))
        });
        Ok(Store { root, counted: std::sync::Mutex::default(), reserved: Arc::default(), discard, known_md5 })
    }

    fn dir(&self) -> &Path {
        match &self.root {
            Root::Temp(dir) => dir.path(),
            Root::Kept { files, .. } => files,
        }
    }

    /// The bound of a kept store (None: a temp store, unbounded, or one that discards).
    fn bound(&self) -> Option<u64> {
        match &self.root {
            Root::Kept { max_bytes, .. } if !self.discard => Some(*max_bytes),
            _ => None,
        }
    }

    /// What the kept files take (counted at most [`RECOUNT`] ago).
    pub fn usage(&self) -> Usage {
        let mut counted = self.counted.lock().unwrap_or_else(|e| e.into_inner());
        match *counted {
            Some((at, usage)) if at.elapsed() < RECOUNT => usage,
            _ => {
                let usage = self.count();
                *counted = Some((std::time::Instant::now(), usage));
                usage
            }
        }
    }

    /// A file of `bytes` was kept.
    fn kept(&self, bytes: u64) {
        if let Some((_, usage)) = self.counted.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            usage.files += 1;
            usage.bytes += bytes;
        }
    }

    /// Count the kept files (complete ones, not `.part`) and their bytes.
    fn count(&self) -> Usage {
        let mut usage = Usage::default();
        let Ok(entries) = std::fs::read_dir(self.dir()) else { return usage };
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name();
            if name.to_string_lossy().ends_with(".part") {
                continue;
            }
            if let Ok(meta) = entry.metadata()
                && meta.is_file()
            {
                usage.files += 1;
                usage.bytes += meta.len();
            }
        }
        usage
    }

    /// Room for an upload of `declared` bytes, set aside until the reservation is dropped; or
    /// why there is none (the store's bound, what it holds, and what to do).
    pub fn admit(&self, declared: u64) -> std::result::Result<Option<Reservation>, String> {
        let Some(max) = self.bound() else { return Ok(None) };
        let usage = self.usage();
        let reserved = self.reserved.load(Ordering::SeqCst);
        if usage.files >= MAX_FILES || usage.bytes.saturating_add(reserved).saturating_add(declared) > max {
            return Err(self.full(usage, declared));
        }
        self.reserved.fetch_add(declared, Ordering::SeqCst);
        Ok(Some(Reservation { reserved: self.reserved.clone(), bytes: declared }))
    }

    /// The refusal of an upload of `wanted` bytes by a full store.
    fn full(&self, usage: Usage, wanted: u64) -> String {
        let max = self.bound().unwrap_or_default();
        format!(
            "the sandbox keeps at most {} in {MAX_FILES} files (it holds {} in {} files in {}), too little for {} more; \
             forget what it keeps with `chatdrop sandbox --reset`, or raise CHATDROP_SANDBOX_MAX_BYTES",
            crate::text::bytes(max),
            crate::text::bytes(usage.bytes),
            usage.files,
            self.dir().display(),
            crate::text::bytes(wanted),
        )
    }
}

/// Remove what no fake refers to from a kept store's `files`: complete files no state file
/// names (older than [`SWEEP_AFTER`]), and `.part` files left by a run that died (older than
/// [`STALE_PART`]).
fn sweep(dir: &StateDir, files: &Path) {
    let mut named = HashSet::new();
    for text in dir.state_texts() {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
            collect_file_names(&value, files, &mut named);
        }
    }
    let Ok(entries) = std::fs::read_dir(files) else { return };
    let now = SystemTime::now();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(meta) = entry.path().symlink_metadata() else { continue };
        let age = meta.modified().ok().and_then(|m| now.duration_since(m).ok()).unwrap_or_default();
        let stale =
            if name.ends_with(".part") { age > STALE_PART } else { age > SWEEP_AFTER && !named.contains(&name) };
        if stale || !meta.is_file() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The names of the kept files that strings in `value` point at: any path in a directory
/// named like `files` (by name, so a state dir reached by another path keeps its files).
fn collect_file_names(value: &serde_json::Value, files: &Path, out: &mut HashSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            let path = Path::new(s);
            if path.parent().and_then(Path::file_name) == files.file_name()
                && let Some(name) = path.file_name()
            {
                out.insert(name.to_string_lossy().into_owned());
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_file_names(v, files, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_file_names(v, files, out)),
        _ => {}
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
    let id = super::new_uuid();
    let path = store.dir().join(&id);
    let part = store.dir().join(format!("{id}.part"));
    // A kept store's room, for a body whose length was not declared (a declared one was
    // admitted before its body was read).
    let room = store.bound().map(|max| {
        let usage = store.usage();
        (usage, max.saturating_sub(usage.bytes))
    });
    if let Some((usage, _)) = room
        && usage.files >= MAX_FILES
    {
        return Err(BodyError(store.full(usage, 0)));
    }
    let mut file = if store.discard {
        None
    } else {
        // A new file, never one (or a link) already there.
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        let opened = options.open(&part).await;
        Some(opened.map_err(|e| BodyError(e.to_string()))?)
    };
    // Whatever stops the body short takes its partial file with it.
    let mut cleanup = PartFile(file.as_ref().map(|_| part.clone()));
    let mut hasher = (assumed.is_none() && (always_hash || !store.discard)).then(Md5::new);
    let mut size = 0u64;
    let mut value = Vec::new();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(|e| BodyError(e.to_string()))?;
        size += chunk.len() as u64;
        if size > limit {
            return Err(BodyError(format!("body larger than {limit} bytes")));
        }
        if let Some((usage, room)) = room
            && size > room
        {
            return Err(BodyError(store.full(usage, size)));
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
    drop(file);
    if let Some(part) = &cleanup.0 {
        tokio::fs::rename(part, &path).await.map_err(|e| BodyError(e.to_string()))?;
        store.kept(size);
    }
    cleanup.0 = None;
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
        path: (!store.discard).then_some(path),
    })
}

/// A `.part` file removed when dropped, unless taken (the body completed).
struct PartFile(Option<PathBuf>);

impl Drop for PartFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
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
    // Never through a link someone put where a kept file was.
    let opened = super::persist::open_regular(path).map(tokio::fs::File::from_std);
    match opened {
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
