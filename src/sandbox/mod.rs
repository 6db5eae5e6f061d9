//! The sandbox: local fakes of every service on 127.0.0.1, behind one port, each under its
//! own path prefix (`/pyrus`, `/connect`, `/ok`, `/carbonio`, `/protocol`). Each fake checks
//! requests as its real service documents them and answers like it, errors included; every
//! request is recorded (headers, parts, stored files) so tests can check what arrived.
//! Scripted faults (a status, a delay, no answer) can be queued per path.
//!
//! `chatdrop sandbox` serves it; `--sandbox` runs it in-process; tests use [`Sandbox::spawn`].
//! The first two keep what the fakes were sent (their state and the uploaded bodies) in the
//! state dir until `chatdrop sandbox --reset` ([`persist`], [`store`]), so an upload in one
//! run can be listed, downloaded and deleted in the next; the tests' sandboxes keep nothing.

// Handlers answer errors as `Err(Response)`, the usual axum shape.
#![allow(clippy::result_large_err)]

/// The `Ok` value of a check, or, from the handler, its `Err` answer: handlers answer errors
/// as `Err(Response)`, and this is their `?`.
macro_rules! or_answer {
    ($checked:expr) => {
        match $checked {
            Ok(value) => value,
            Err(answer) => return answer,
        }
    };
}

pub mod kit;
pub mod persist;
pub mod profile;
pub mod store;
pub mod wire;
// The fakes, one module per registry line.
with_each_service!(service_modules, public);

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use crate::config::SandboxValues;
use crate::error::{Failure, Result};

pub use persist::Persisted;
pub use store::{StoredFile, StoredPart};

/// One request as the sandbox saw it.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    pub seq: usize,
    /// The first path segment: pyrus, connect, ok, carbonio, protocol.
    pub service: String,
    pub method: String,
    pub path: String,
    pub query: String,
    /// Header names in lowercase, in arrival order.
    pub headers: Vec<(String, String)>,
    pub status: u16,
    /// The raw body of small non-file requests (JSON, forms), as received.
    pub body: Vec<u8>,
    /// Multipart parts or a raw file body, in arrival order.
    pub parts: Vec<StoredPart>,
    /// Set when a scripted fault answered instead of the fake.
    pub fault: bool,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    pub fn body_json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// A scripted misbehaviour for the next `times` requests whose path contains `path`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fault {
    pub path: String,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default = "one")]
    pub times: u32,
    pub action: FaultAction,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultAction {
    /// Answer this status, headers and body: a 2xx after reading the request body, anything
    /// else without reading it.
    Status {
        status: u16,
        #[serde(default)]
        headers: Vec<(String, String)>,
        #[serde(default)]
        body: String,
    },
    /// Wait, then let the fake answer.
    Delay { millis: u64 },
    /// Never answer.
    Hang,
}

impl Fault {
    pub fn status(path: &str, status: u16) -> Fault {
        Fault {
            path: path.into(),
            method: None,
            times: 1,
            action: FaultAction::Status { status, headers: vec![], body: String::new() },
        }
    }
    pub fn times(mut self, n: u32) -> Fault {
        self.times = n;
        self
    }
    pub fn header(mut self, name: &str, value: &str) -> Fault {
        if let FaultAction::Status { headers, .. } = &mut self.action {
            headers.push((name.into(), value.into()));
        }
        self
    }
    pub fn body(mut self, text: &str) -> Fault {
        if let FaultAction::Status { body, .. } = &mut self.action {
            *body = text.into();
        }
        self
    }
}

/// Writes [`State`], [`settings_for`], the fakes' routes and [`PROFILES`] from the registry
/// (`with_each_service!` in lib.rs): each service's `sandbox::<service>` declares its
/// `FakeState` (with `Default`), `settings(base)` and `routes()`, served under `/<service>`,
/// and its `PROFILE` for the cross-service tests.
macro_rules! fakes {
    ($($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => {
        /// Everything the fakes share, and each service's fake under its module's name.
        pub struct State {
            /// e.g. `http://127.0.0.1:40123`
            pub base: String,
            log: Mutex<Vec<Recorded>>,
            faults: Mutex<Vec<Fault>>,
            pub store: store::Store,
            /// Where the fakes keep their state between runs (None: in memory).
            pub kept: Option<persist::StateDir>,
            $(pub $module: $module::FakeState,)*
        }

        /// The fakes' state: each fake's [`Persisted`] kept in `kept` as `<service>.json`.
        fn new_state(addr: SocketAddr, kept: Option<persist::StateDir>) -> Result<State> {
            Ok(State {
                base: format!("http://{addr}"),
                log: Mutex::new(Vec::new()),
                faults: Mutex::new(Vec::new()),
                store: store::Store::new(kept.as_ref())?,
                $($module: persist::bound(kept.as_ref(), stringify!($module), $module::FakeState::default),)*
                kept,
            })
        }

        /// Each service's settings that point it at the fakes (`base` is where they listen).
        pub fn settings_for(base: &str) -> SandboxValues {
            let mut all = BTreeMap::new();
            $(all.insert(stringify!($module).to_string(), $module::settings(base));)*
            all
        }

        /// Each fake under `/<service>`.
        fn fake_routes() -> Router<Arc<State>> {
            Router::new()$(.nest(concat!("/", stringify!($module)), $module::routes()))*
        }

        /// Each service's name and its fake's [`profile::TestProfile`], in the registry's order.
        pub const PROFILES: [(&str, &profile::TestProfile); crate::services::ALL.len()] =
            [$((stringify!($module), &$module::PROFILE)),*];
    };
}
with_each_service!(fakes);

/// The sequence number of the request being handled (set by the recorder).
#[derive(Debug, Clone, Copy)]
pub struct Seq(pub usize);

impl State {
    /// Add what the handler learned to the record of request `seq`.
    pub fn annotate(&self, seq: Seq, change: impl FnOnce(&mut Recorded)) {
        let mut log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(r) = log.iter_mut().find(|r| r.seq == seq.0) {
            change(r);
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn inject(&self, fault: Fault) {
        self.faults.lock().unwrap_or_else(|e| e.into_inner()).push(fault);
    }

    fn take_fault(&self, method: &str, path: &str) -> Option<FaultAction> {
        let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        let index = faults.iter().position(|f| {
            f.times > 0 && path.contains(&f.path) && f.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        faults[index].times -= 1;
        let action = faults[index].action.clone();
        if faults[index].times == 0 {
            faults.remove(index);
        }
        Some(action)
    }
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    pub addr: SocketAddr,
    pub state: Arc<State>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Where a sandbox that keeps its state keeps it: `sandbox/` in the state dir (the journal's,
/// e.g. `~/.local/state/chatdrop/sandbox`); None without a home, or in discard mode
/// (benchmarks: nothing is stored, so nothing is kept).
pub fn state_dir() -> Option<PathBuf> {
    if crate::env::get(crate::env::SANDBOX_DISCARD).is_some_and(|v| v == "1") {
        return None;
    }
    crate::journal::default_dir().map(|d| d.join("sandbox"))
}

/// Forget what the fakes kept ([`state_dir`]): `chatdrop sandbox --reset`. Returns the dir and
/// what was removed.
pub fn reset() -> Result<(PathBuf, persist::Removed)> {
    let dir = state_dir().ok_or_else(|| Failure::general("the sandbox keeps nothing here (no state dir)"))?;
    let removed = persist::reset(&dir)?;
    Ok((dir, removed))
}

impl Sandbox {
    /// Serve on 127.0.0.1:`port` from the current tokio runtime, keeping the fakes' state in
    /// [`state_dir`] (`--sandbox`, `chatdrop sandbox`).
    pub async fn start(port: u16) -> Result<Sandbox> {
        let kept = state_dir().map(|dir| persist::StateDir::open(&dir)).transpose()?;
        Self::serve(port, kept).await
    }

    /// Serve on 127.0.0.1:`port`, the state in `kept` (None: in memory, gone with the sandbox).
    pub async fn serve(port: u16, kept: Option<persist::StateDir>) -> Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| {
            Failure::general(format!("cannot listen on 127.0.0.1:{port}: {e}"))
                .with_hint("pick another --port, or 0 for any free one")
        })?;
        let addr = listener.local_addr().map_err(|e| Failure::general(e.to_string()))?;
        let state = Arc::new(new_state(addr, kept)?);
        state
            .carbonio
            .set_api(carbonio::Api::from_setting(crate::env::get(crate::env::SANDBOX_CARBONIO_API).as_deref())?);
        let (tx, rx) = tokio::sync::oneshot::channel();
        let app = router(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Sandbox { addr, state, shutdown: Some(tx), thread: None })
    }

    /// Serve from a thread of its own (for tests that are not async), keeping nothing.
    pub fn spawn() -> Sandbox {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("sandbox runtime");
            runtime.block_on(async move {
                let mut sandbox = Sandbox::serve(0, None).await.expect("sandbox listens");
                let shutdown = sandbox.shutdown.take();
                let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
                ready_tx.send((sandbox.addr, sandbox.state.clone(), stop_tx)).expect("test waits");
                let _ = stop_rx.await;
                if let Some(s) = shutdown {
                    let _ = s.send(());
                }
            });
        });
        let (addr, state, stop) = ready_rx.recv().expect("sandbox started");
        Sandbox { addr, state, shutdown: Some(stop), thread: Some(thread) }
    }

    pub fn base_url(&self) -> String {
        self.state.base.clone()
    }

    /// Where this sandbox keeps its state, if it does.
    pub fn state_dir(&self) -> Option<&std::path::Path> {
        self.state.kept.as_ref().map(persist::StateDir::path)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests()
    }

    /// Requests to one service, in order.
    pub fn requests_to(&self, service: &str) -> Vec<Recorded> {
        self.requests().into_iter().filter(|r| r.service == service).collect()
    }

    pub fn inject(&self, fault: Fault) {
        self.state.inject(fault);
    }

    /// Settings that point every service at this sandbox, with its built-in credentials.
    pub fn settings(&self) -> SandboxValues {
        settings_for(&self.state.base)
    }

    /// The same, as `CHATDROP_*` environment variables.
    pub fn env(&self) -> Vec<(String, String)> {
        env_for(&self.state.base)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn env_for(base: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (svc, keys) in settings_for(base) {
        for (key, value) in keys {
            out.push((format!("CHATDROP_{}_{}", svc.to_ascii_uppercase(), key.to_ascii_uppercase()), value));
        }
    }
    out
}

fn router(state: Arc<State>) -> Router {
    fake_routes()
        .route("/_sandbox/requests", axum::routing::get(list_requests))
        .route("/_sandbox/faults", axum::routing::post(add_fault))
        .layer(middleware::from_fn_with_state(state.clone(), record))
        .with_state(state)
}

async fn list_requests(AxState(state): AxState<Arc<State>>) -> Response {
    axum::Json(state.requests()).into_response()
}

async fn add_fault(AxState(state): AxState<Arc<State>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Fault>(&body) {
        Ok(fault) => {
            state.inject(fault);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    }
}

/// Record every request, apply scripted faults, then let the fake answer.
async fn record(AxState(state): AxState<Arc<State>>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/_sandbox/") {
        return next.run(req).await;
    }
    let method = req.method().to_string();
    let seq = {
        let mut log = state.log.lock().unwrap_or_else(|e| e.into_inner());
        let seq = log.len();
        log.push(Recorded {
            seq,
            service: path.trim_start_matches('/').split('/').next().unwrap_or("").to_string(),
            method: method.clone(),
            path: path.clone(),
            query: req.uri().query().unwrap_or("").to_string(),
            headers: headers_of(req.headers()),
            status: 0,
            body: Vec::new(),
            parts: Vec::new(),
            fault: false,
        });
        Seq(seq)
    };
    req.extensions_mut().insert(seq);
    // For middleware inside a fake's routes, which are built before the state exists.
    req.extensions_mut().insert(state.clone());
    // A kept store's bound, before a body to store is read (see `store`).
    let _room = match stored_length(req.headers()) {
        Some(declared) => match state.store.admit(declared) {
            Ok(room) => room,
            Err(why) => {
                drop(req);
                state.annotate(seq, |r| r.status = 413);
                // Not any one service's refusal but the sandbox's own: said in the keys every
                // adapter reads its service's errors from (error/message, OK.ru's error_msg).
                let body =
                    serde_json::json!({ "error_code": "sandbox_full", "error": why, "error_msg": why, "message": why });
                return json_reply(StatusCode::PAYLOAD_TOO_LARGE, body);
            }
        },
        None => None,
    };
    // Whatever part of the body the fake leaves unread comes back here to be drained.
    let (parts, body) = req.into_parts();
    let (back, unread) = tokio::sync::oneshot::channel();
    let req = Request::from_parts(parts, Body::new(ReturnOnDrop { inner: Some(body), back: Some(back) }));
    let response = match state.take_fault(&method, &path) {
        Some(FaultAction::Status { status, headers, body }) => {
            // A success is answered after the whole body, as a server that took the request
            // does; an error goes out at once, before the body, as a refusing server may.
            if (200..300).contains(&status) {
                let drain = async {
                    let mut stream = req.into_body().into_data_stream();
                    while let Some(Ok(_)) = stream.next().await {}
                };
                let _ = tokio::time::timeout(Duration::from_secs(30), drain).await;
            } else {
                drop(req);
            }
            state.annotate(seq, |r| r.fault = true);
            let mut response = Response::builder().status(status);
            for (k, v) in headers {
                response = response.header(k, v);
            }
            response.body(Body::from(body)).unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
        Some(FaultAction::Hang) => {
            state.annotate(seq, |r| r.fault = true);
            std::future::pending::<()>().await;
            unreachable!()
        }
        Some(FaultAction::Delay { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            next.run(req).await
        }
        None => next.run(req).await,
    };
    let status = response.status().as_u16();
    state.annotate(seq, |r| r.status = status);
    // Like real servers (lingering close), keep reading what the client is still sending
    // while the answer goes out, so it sees the status instead of a connection reset.
    tokio::spawn(async move {
        if let Ok(rest) = unread.await {
            let mut stream = rest.into_data_stream();
            let drain = async { while let Some(Ok(_)) = stream.next().await {} };
            let _ = tokio::time::timeout(Duration::from_secs(30), drain).await;
        }
    });
    response
}

/// A request body that hands itself back when the handler drops it, so the recorder can
/// drain what was left unread.
struct ReturnOnDrop {
    inner: Option<Body>,
    back: Option<tokio::sync::oneshot::Sender<Body>>,
}

impl axum::body::HttpBody for ReturnOnDrop {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<std::result::Result<http_body::Frame<Self::Data>, Self::Error>>> {
        match self.inner.as_mut() {
            Some(body) => std::pin::Pin::new(body).poll_frame(cx),
            None => std::task::Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(|b| b.is_end_stream())
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.as_ref().map(|b| b.size_hint()).unwrap_or_default()
    }
}

impl Drop for ReturnOnDrop {
    fn drop(&mut self) {
        if let (Some(body), Some(back)) = (self.inner.take(), self.back.take()) {
            let _ = back.send(body);
        }
    }
}

/// The declared length of a body the fakes store as files (uploads: anything but a JSON or
/// form body, which they read into memory).
fn stored_length(headers: &HeaderMap) -> Option<u64> {
    let length = headers.get("content-length")?.to_str().ok()?.trim().parse::<u64>().ok().filter(|n| *n > 0)?;
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    let small =
        content_type.starts_with("application/json") || content_type.starts_with("application/x-www-form-urlencoded");
    (!small).then_some(length)
}

fn headers_of(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| (k.as_str().to_ascii_lowercase(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect()
}

/// A JSON answer with a status.
pub fn json_reply(status: StatusCode, value: serde_json::Value) -> Response {
    (status, axum::Json(value)).into_response()
}

/// A random UUID (v4 layout), for ids the fakes hand out.
pub fn new_uuid() -> String {
    let a = crate::rand::u64();
    let b = crate::rand::u64();
    let bytes = [a.to_be_bytes(), b.to_be_bytes()].concat();
    let hex = hex::encode(bytes);
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][(b % 4) as usize],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The bearer token of a request, if any.
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(|t| t.trim().to_string())
}
