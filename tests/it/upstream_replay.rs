//! What the upstream_* tests share: a server on 127.0.0.1 that answers canned bodies (the
//! fixtures each test writes from an upstream client's models, spec or method page) by
//! method and path, and records every request; and a trap proxy that records any attempt to
//! reach a host through it. The raw TCP server is the hostile tests' (`hostile/server.rs`),
//! reused here: one request per connection, closed after the answer.

// The hostile tests keep their server private; this copy of the module is the upstream
// tests' own (a second module from the same file, so nothing of theirs changes).
#[path = "hostile/server.rs"]
#[allow(dead_code, clippy::duplicate_mod)]
pub mod server;

use std::path::{Path, PathBuf};

pub use server::{Hostile, Request, answer, json};

/// A server that answers each request with `route(request)` (a whole HTTP answer, e.g. from
/// [`json`] or [`answer`]), after reading the request and its body.
pub fn serve(route: impl Fn(&Request) -> Vec<u8> + Send + Sync + 'static) -> Hostile {
    Hostile::start(move |c| {
        if let Some(request) = c.request() {
            let reply = route(&request);
            c.send(&reply);
        }
    })
}

/// A proxy that takes every connection and records its request head (a `CONNECT host:443`
/// when it stands in for HTTPS_PROXY), then closes: set as HTTPS_PROXY, it proves that no
/// request left for an https host, since every such request would have to come here.
pub fn trap() -> Hostile {
    Hostile::start(|c| {
        c.head();
    })
}

/// The request lines (`METHOD target`) a server saw, in order.
pub fn lines(s: &Hostile) -> Vec<String> {
    s.requests().iter().map(|r| format!("{} {}", r.method, r.target)).collect()
}

/// The journal's records (every line must parse).
pub fn journal(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad journal line {l:?}: {e}"))).collect()
}

/// A journal path in the test's directory.
pub fn journal_path(t: &crate::common::TestEnv) -> PathBuf {
    t.dir.path().join("upstream-journal.jsonl")
}
