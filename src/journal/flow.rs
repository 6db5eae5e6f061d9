//! The upload loops' side of the journal: which files `--skip-sent` leaves out (hashing them
//! first: the one extra read it costs), how a skipped file is reported, and the record of
//! each file's outcome with the fingerprint the upload computed in its own pass.

use serde_json::{Map, Value, json};

use super::{Entry, Kind, Previous};
use crate::app::Context;
use crate::error::{ExitClass, Failure, Result, Retry};
use crate::hash::Algorithm;
use crate::output::escape;
use crate::services::spec::ServiceKind;
use crate::upload::LocalFile;

/// Where a batch goes, as the journal keys it.
#[derive(Debug, Clone)]
pub struct Scope {
    pub service: ServiceKind,
    /// `task:ID`, `conference:UUID`, `line:UUID/user:UUID`, `room:UUID`, `conversation:ID`.
    pub target: Option<String>,
    /// The service checks an MD5: the fingerprint is that MD5.
    pub wants_md5: bool,
    /// Records are written by the command, not the upload loop (Pyrus with --task: only the
    /// comment puts the files into the task).
    pub deferred: bool,
}

impl Scope {
    pub fn new(service: ServiceKind, target: Option<String>) -> Scope {
        Scope { service, target, wants_md5: false, deferred: false }
    }

    pub fn md5(mut self, wants_md5: bool) -> Scope {
        self.wants_md5 = wants_md5;
        self
    }

    pub fn deferred(mut self, deferred: bool) -> Scope {
        self.deferred = deferred;
        self
    }

    fn algorithm(&self) -> Algorithm {
        Algorithm::for_service(self.wants_md5)
    }
}

/// What `--skip-sent` decided for one file.
pub enum Decision {
    /// Send it; `fingerprint` when it was hashed to decide.
    Send { fingerprint: Option<String> },
    /// Already sent to this target: report and record as skipped.
    Skip { fingerprint: String, previous: Previous },
    /// An earlier attempt may have landed (`unknown`): not resent without --resend-unknown.
    Hold { fingerprint: String, previous: Previous },
}

/// `--skip-sent`, `--no-skip-sent`, or the profile's `skip_sent` for this service.
pub fn skip_sent(ctx: &Context, service: ServiceKind) -> bool {
    if ctx.global.no_skip_sent {
        return false;
    }
    ctx.global.skip_sent
        || ctx
            .settings(service)
            .get("skip_sent")
            .is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "on"))
}

/// Decide for each file. Without --skip-sent nothing is read here.
pub async fn decide(ctx: &Context, scope: &Scope, files: &[LocalFile]) -> Result<Vec<Decision>> {
    if !skip_sent(ctx, scope.service) {
        return Ok(files.iter().map(|_| Decision::Send { fingerprint: None }).collect());
    }
    if !ctx.journal.is_on() {
        return Err(Failure::usage("--skip-sent needs the journal, which is off for this run")
            .with_hint("drop --no-journal (with --sandbox, name a file with --journal)"));
    }
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let path = file.path.clone();
        let algorithm = scope.algorithm();
        let digest = tokio::task::spawn_blocking(move || crate::hash::file(&path, algorithm))
            .await
            .map_err(|e| Failure::general(format!("hashing stopped: {e}")))?
            .map_err(|e| Failure::input(format!("cannot read {}: {e}", file.display)))?;
        let fingerprint = digest.fingerprint();
        let previous =
            ctx.journal.lookup(scope.service.name(), &ctx.config.profile, scope.target.as_deref(), &fingerprint)?;
        out.push(match previous {
            Some(p) if p.outcome == Kind::Unknown && !ctx.global.resend_unknown => {
                Decision::Hold { fingerprint, previous: p }
            }
            Some(p) if p.outcome == Kind::Sent => Decision::Skip { fingerprint, previous: p },
            _ => Decision::Send { fingerprint: Some(fingerprint) },
        });
    }
    Ok(out)
}

/// Report a file `--skip-sent` left out as already sent (a result: it is where it should be),
/// and record it.
pub fn report_skipped(ctx: &Context, scope: &Scope, file: &LocalFile, fingerprint: &str, previous: &Previous) {
    let ids: Vec<String> = previous.ids.iter().map(|(k, v)| format!("{k}={}", plain(v))).collect();
    let ids = if ids.is_empty() { String::new() } else { format!(" as {}", ids.join(" ")) };
    let line = format!("skipped {}: already sent {}{}", escape(&file.name), previous.time, escape(&ids));
    let mut fields = Map::new();
    fields.insert("skipped".into(), json!(true));
    fields.insert("previous".into(), serde_json::to_value(previous).unwrap_or(Value::Null));
    for (k, v) in &previous.ids {
        fields.entry(k.clone()).or_insert_with(|| v.clone());
    }
    ctx.output.result(&line, &crate::commands::common::file_json(file, Some(fields), None));
    record_skipped(ctx, scope, file, fingerprint, previous);
}

/// The failure of a file held back because an earlier attempt may have landed.
pub fn held(ctx: &Context, scope: &Scope, file: &LocalFile, fingerprint: &str, previous: &Previous) -> Failure {
    record_skipped(ctx, scope, file, fingerprint, previous);
    Failure::new(
        ExitClass::Failure,
        format!("not sent again: an attempt at {} may have been delivered (its answer was lost)", previous.time),
    )
    .with_hint(format!(
        "check {}; --resend-unknown sends it anyway",
        scope.target.as_deref().map(|t| format!("the {}", t.replace(':', " "))).unwrap_or_else(|| "the service".into())
    ))
}

fn record_skipped(ctx: &Context, scope: &Scope, file: &LocalFile, fingerprint: &str, previous: &Previous) {
    let mut entry = base(ctx, scope, file, Some(fingerprint.to_string()), Kind::Skipped);
    entry.ids = previous.ids.clone();
    entry.previous = Some(previous.clone());
    ctx.journal.record_or_warn(&entry, &ctx.output);
}

/// Whether a failed send may have landed: the server may hold it and the service is one
/// where chatdrop does not resend (a chat post, a commit).
pub fn is_unknown(failure: &Failure, resend_safe: bool) -> bool {
    !resend_safe && matches!(failure.retry, Retry::IfResendSafe { .. }) && failure.class != ExitClass::Input
}

/// Record one file's outcome: sent with its ids, or failed / unknown with the error.
pub fn record(
    ctx: &Context,
    scope: &Scope,
    file: &LocalFile,
    fingerprint: Option<String>,
    result: std::result::Result<&Map<String, Value>, (&Failure, bool)>,
) {
    if !ctx.journal.is_on() {
        return;
    }
    let entry = match result {
        Ok(ids) => {
            let mut entry = base(ctx, scope, file, fingerprint, Kind::Sent);
            entry.ids = ids_of(ids);
            entry
        }
        Err((failure, unknown)) => {
            let mut entry = base(ctx, scope, file, fingerprint, if unknown { Kind::Unknown } else { Kind::Failed });
            entry.exit_class = serde_json::to_value(failure.class).ok().and_then(|v| v.as_str().map(str::to_string));
            entry.error = Some(crate::output::redact::redact(&failure.message));
            entry
        }
    };
    ctx.journal.record_or_warn(&entry, &ctx.output);
}

fn base(ctx: &Context, scope: &Scope, file: &LocalFile, fingerprint: Option<String>, outcome: Kind) -> Entry {
    let path = if file.arg == "-" {
        "-".to_string()
    } else {
        std::path::absolute(&file.path).unwrap_or_else(|_| file.path.clone()).to_string_lossy().into_owned()
    };
    ctx.journal.stamp(Entry {
        v: 0,
        time: String::new(),
        run: String::new(),
        service: scope.service.name().to_string(),
        profile: ctx.config.profile.clone(),
        target: scope.target.clone(),
        path,
        name: file.name.clone(),
        size: file.len,
        fingerprint,
        outcome,
        ids: Map::new(),
        exit_class: None,
        error: None,
        previous: None,
        version: String::new(),
    })
}

/// The ids among a result's fields (`id`, `guid`, `*_id`), scalars only, bounded, redacted:
/// never an answer body, a URL (it may be signed) or anything else a secret could hide in.
pub fn ids_of(fields: &Map<String, Value>) -> Map<String, Value> {
    let mut ids = Map::new();
    for (k, v) in fields {
        if ids.len() >= 16 || !(k == "id" || k == "guid" || k.ends_with("_id")) {
            continue;
        }
        match v {
            Value::String(s) if s.len() <= 200 => {
                ids.insert(k.clone(), json!(crate::output::redact::redact(s)));
            }
            Value::Number(_) => {
                ids.insert(k.clone(), v.clone());
            }
            _ => {}
        }
    }
    ids
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scalar_ids_are_kept() {
        let fields = json!({
            "id": "a1", "guid": "g", "photo_id": 7, "file_url": "https://x/?sig=secret",
            "result": {"token": "t"}, "md5_hash": "m", "moment_id": null
        });
        let ids = ids_of(fields.as_object().unwrap());
        assert_eq!(Value::Object(ids), json!({"id": "a1", "guid": "g", "photo_id": 7}));
    }

    #[test]
    fn a_lost_answer_to_a_post_is_unknown_a_refusal_is_not() {
        let lost = Failure::temporary("no answer").with_retry(Retry::IfResendSafe { after: None });
        assert!(is_unknown(&lost, false));
        assert!(!is_unknown(&lost, true));
        assert!(!is_unknown(&Failure::general("403"), false));
    }
}
