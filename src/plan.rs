//! The plan of a `--dry-run`: whether this run is one, the requests it would have sent (kept
//! here in the order they were planned, already redacted and escaped by `http`, which is the
//! one place a state-changing request is stopped), and the placeholders that stand for what a
//! planned request's answer would have said (`<from step 1: guid>`), so that a flow of several
//! steps (upload, then comment) shows every step.
//!
//! One dry run per process: the flag is set once by `app` before any command runs.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde_json::{Map, Value, json};

static DRY_RUN: AtomicBool = AtomicBool::new(false);
static STEPS: AtomicUsize = AtomicUsize::new(0);
/// Planned and not yet reported (see [`take`]).
static PENDING: Mutex<Vec<Planned>> = Mutex::new(Vec::new());

/// Make this run a dry run (`--dry-run`).
pub fn start() {
    DRY_RUN.store(true, Ordering::SeqCst);
}

/// Whether this run only plans what it would change.
pub fn is_dry_run() -> bool {
    DRY_RUN.load(Ordering::SeqCst)
}

/// How many requests this run planned.
pub fn count() -> usize {
    STEPS.load(Ordering::SeqCst)
}

/// One request that would have been sent.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Its place in the run, from 1: what `<from step N>` refers to.
    pub step: usize,
    pub method: String,
    /// Redacted; a placeholder address shows as `<from step N: what>`.
    pub url: String,
    /// Name and value, secrets hidden.
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

/// What a planned request's body would have been.
#[derive(Debug, Clone)]
pub enum Body {
    None,
    /// A JSON body, secret fields hidden.
    Json(Value),
    /// A form (`application/x-www-form-urlencoded`), secret fields hidden.
    Form(Vec<(String, String)>),
    /// multipart/form-data: its parts, in order (the file last).
    Multipart(Vec<Part>),
    /// Any other body: its type and size, as the headers state them.
    Raw {
        content_type: Option<String>,
        size: Option<u64>,
    },
}

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub size: u64,
}

/// Keep `planned` (its step is given here) for the next [`take`]; the step number.
pub fn keep(mut planned: Planned) -> usize {
    let step = STEPS.fetch_add(1, Ordering::SeqCst) + 1;
    planned.step = step;
    PENDING.lock().unwrap_or_else(|e| e.into_inner()).push(planned);
    step
}

/// The requests planned since the last call, in order.
pub fn take() -> Vec<Planned> {
    std::mem::take(&mut *PENDING.lock().unwrap_or_else(|e| e.into_inner()))
}

/// The placeholder for a value the answer to step `step` would have given.
pub fn from_step(step: usize, what: &str) -> String {
    format!("<from step {step}: {what}>")
}

/// An address the answer to step `step` would have given, as a URL that never resolves
/// (RFC 6761 `.invalid`) and shows as `<from step N: what>` in the plan.
pub fn placeholder_url(step: usize, what: &str) -> String {
    format!("https://from-step-{step}.invalid/{what}")
}

/// `url` as the plan shows it: a [`placeholder_url`] as its placeholder.
pub fn shown_url(url: &str) -> String {
    let placeholder = url.strip_prefix("https://from-step-").and_then(|rest| {
        let (step, what) = rest.split_once(".invalid/")?;
        let step: usize = step.parse().ok()?;
        let (what, tail) = what.split_once(['?', '#']).map_or((what, ""), |(w, _)| (w, "…"));
        Some(format!("{}{tail}", from_step(step, what)))
    });
    placeholder.unwrap_or_else(|| url.to_string())
}

impl Planned {
    /// The keys a planned record carries beside the core ones.
    pub fn fields(&self) -> Map<String, Value> {
        let headers: Map<String, Value> = self.headers.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        let body = match &self.body {
            Body::None => Value::Null,
            Body::Json(value) => json!({ "type": "application/json", "json": value }),
            Body::Form(fields) => {
                let fields: Map<String, Value> = fields.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                json!({ "type": "application/x-www-form-urlencoded", "fields": fields })
            }
            Body::Multipart(parts) => json!({
                "type": "multipart/form-data",
                "parts": parts.iter().map(|p| json!({
                    "name": p.name,
                    "filename": p.filename,
                    "content_type": p.content_type,
                    "size": p.size,
                })).collect::<Vec<_>>(),
            }),
            Body::Raw { content_type, size } => json!({ "type": content_type, "size": size }),
        };
        Map::from_iter([
            ("step".to_string(), json!(self.step)),
            ("method".to_string(), json!(self.method)),
            ("url".to_string(), json!(self.url)),
            ("headers".to_string(), Value::Object(headers)),
            ("body".to_string(), body),
        ])
    }

    /// The block the plan shows on stdout without `--json`: the request line (with what it
    /// is `for`, a local file as the user named it, already escaped), the headers, and the
    /// body summary (the sink adds the empty line after it).
    pub fn block(&self, about: Option<&str>) -> String {
        let about = about.map(|a| format!(", for {a}")).unwrap_or_default();
        let mut out = format!("step {}{about}: {} {}\n", self.step, self.method, self.url);
        for (name, value) in &self.headers {
            out.push_str(&format!("  {name}: {value}\n"));
        }
        match &self.body {
            Body::None => out.push_str("  (no body)\n"),
            Body::Json(value) => {
                out.push_str("  body: application/json\n");
                match value {
                    Value::Object(fields) => {
                        for (k, v) in fields {
                            out.push_str(&format!("    {k}: {v}\n"));
                        }
                    }
                    other => out.push_str(&format!("    {other}\n")),
                }
            }
            Body::Form(fields) => {
                out.push_str("  body: application/x-www-form-urlencoded\n");
                for (k, v) in fields {
                    out.push_str(&format!("    {k}={v}\n"));
                }
            }
            Body::Multipart(parts) => {
                out.push_str(&format!("  body: multipart/form-data, {} part{}\n", parts.len(), plural(parts.len())));
                for p in parts {
                    let file = p.filename.as_ref().map(|f| format!(" filename=\"{f}\"")).unwrap_or_default();
                    let ct = p.content_type.as_deref().unwrap_or("text/plain");
                    out.push_str(&format!(
                        "    part \"{}\"{file}: {ct}, {} byte{}\n",
                        p.name,
                        p.size,
                        plural_u(p.size)
                    ));
                }
            }
            Body::Raw { content_type, size } => {
                let size = size.map(|s| format!("{s} byte{}", plural_u(s))).unwrap_or_else(|| "size unknown".into());
                out.push_str(&format!("  body: {}, {size}\n", content_type.as_deref().unwrap_or("no type")));
            }
        }
        // The sink ends the block with a newline of its own: an empty line between blocks.
        out
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn plural_u(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_addresses_show_as_placeholders() {
        let url = placeholder_url(2, "upload_url");
        assert_eq!(url, "https://from-step-2.invalid/upload_url");
        assert_eq!(shown_url(&url), "<from step 2: upload_url>");
        assert_eq!(shown_url("https://from-step-2.invalid/upload_url?x=1"), "<from step 2: upload_url>…");
        assert_eq!(shown_url("https://api.example/x"), "https://api.example/x");
    }
}
