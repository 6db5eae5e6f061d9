//! The one shape of every result chatdrop reports, whatever the service and the action: a
//! [`Record`] per input (and one per follow-up action), printed as one NDJSON object with
//! `--json` or as one tab-separated line without it (README "Output" documents both).
//!
//! Core keys, always present and in this order: `service`, `action`, `status`, `ok`, `id`,
//! `name`, `path`, `size`; on failure `error`, `hint`, `exit_code`, `exit_class`. A service's
//! own fields follow under their own snake_case names.

use serde_json::{Map, Value, json};

use crate::error::{ExitClass, Failure};
use crate::output::Output;
use crate::secret::redact;
use crate::text::escape;
use crate::upload::LocalFile;

/// What happened to one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Delivered (uploaded, attached, sent, published).
    Sent,
    /// Not sent again: the journal says the same content already reached the same target.
    Skipped,
    /// Refused before anything was sent (missing, empty, not an image, too large).
    Refused,
    /// Tried, and failed.
    Failed,
    /// Never tried: the batch stopped first (another file was refused, or an interrupt).
    NotStarted,
    /// On its way when the run was interrupted: it may or may not have arrived.
    Interrupted,
    /// A non-upload action that succeeded (download, delete, rename, comment, commit).
    Done,
    /// A delete the user declined at the prompt: nothing was deleted, as asked.
    Kept,
    /// `--dry-run`: a request that would have been sent (one record per request).
    Planned,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Sent => "sent",
            Status::Skipped => "skipped",
            Status::Refused => "refused",
            Status::Failed => "failed",
            Status::NotStarted => "not_started",
            Status::Interrupted => "interrupted",
            Status::Done => "done",
            Status::Kept => "kept",
            Status::Planned => "planned",
        }
    }

    fn ok(self) -> bool {
        matches!(self, Status::Sent | Status::Skipped | Status::Done | Status::Kept | Status::Planned)
    }
}

/// How a successful record shows without `--json`.
#[derive(Debug, Clone)]
pub enum Plain {
    /// The standard line on stdout: id (`-` if none), then `columns`, then the name.
    Line,
    /// A line on stdout of its own documented shape (already escaped).
    Custom(String),
    /// A status line on stderr (summaries and follow-ups), stdout stays one line per file.
    Status(String),
}

/// One result. Build with [`Record::file`] or [`Record::action`], then add fields.
#[derive(Debug, Clone)]
pub struct Record {
    pub action: &'static str,
    pub status: Status,
    pub id: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub size: Option<u64>,
    /// Plain-line fields between the id and the name (raw; escaped when printed).
    pub columns: Vec<String>,
    /// The service fields that make the plain line's middle columns, by key (see
    /// [`Record::shaped`]); when set, they replace `columns`.
    shape: &'static [&'static str],
    /// What the plain line ends with instead of the name: the path as given (two inputs of
    /// the batch share a name, and the line must tell them apart), or the name a skipped
    /// file's content was sent under (the name the service holds).
    label: Option<String>,
    pub plain: Plain,
    /// The service's own fields (snake_case).
    pub fields: Map<String, Value>,
    pub failure: Option<Failure>,
    /// The exit code to report for this record when it is not its class's (a signal's).
    pub exit_code: Option<u8>,
    /// What stderr calls the input when it failed (the escaped path, or "stdin (name)").
    display: Option<String>,
    name_converted: bool,
    /// Stderr gets no line of its own for this failure: one summary line covers it.
    summed_up: bool,
}

impl Record {
    /// A record about a non-file action (a comment, a delete, a listing row).
    pub fn action(action: &'static str, status: Status) -> Record {
        Record {
            action,
            status,
            id: None,
            name: None,
            path: None,
            size: None,
            columns: Vec::new(),
            shape: &[],
            label: None,
            plain: Plain::Line,
            fields: Map::new(),
            failure: None,
            exit_code: None,
            display: None,
            name_converted: false,
            summed_up: false,
        }
    }

    /// A record about one local file of a batch.
    pub fn file(action: &'static str, status: Status, file: &LocalFile) -> Record {
        Record::file_parts(action, status, &file.name, &file.arg(), &file.display(), file.len, file.lossy_name)
    }

    /// [`Record::file`] from the file's parts: its name, path as given, printable form, size,
    /// and whether the name was not UTF-8.
    pub fn file_parts(
        action: &'static str,
        status: Status,
        name: &str,
        arg: &str,
        display: &str,
        len: u64,
        lossy_name: bool,
    ) -> Record {
        Record {
            name: Some(name.to_string()),
            path: Some(arg.to_string()),
            size: Some(len),
            display: Some(display.to_string()),
            name_converted: lossy_name,
            ..Record::action(action, status)
        }
    }

    /// A record about a file argument that could not even be opened (no size is known).
    pub fn argument(action: &'static str, status: Status, arg: &str, name: Option<&str>) -> Record {
        let base = arg.rsplit('/').find(|s| !s.is_empty()).unwrap_or(arg);
        Record {
            name: Some(name.unwrap_or(base).to_string()),
            path: Some(arg.to_string()),
            // A refusal's message names the file already.
            ..Record::action(action, status)
        }
    }

    pub fn id(mut self, id: impl Into<String>) -> Record {
        self.id = Some(id.into());
        self
    }

    pub fn name(mut self, name: impl Into<String>) -> Record {
        self.name = Some(name.into());
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Record {
        self.path = Some(path.into());
        self
    }

    pub fn size(mut self, size: u64) -> Record {
        self.size = Some(size);
        self
    }

    /// A service field (snake_case name).
    pub fn field(mut self, key: &str, value: impl Into<Value>) -> Record {
        self.fields.insert(key.to_string(), value.into());
        self
    }

    pub fn fields(mut self, fields: Map<String, Value>) -> Record {
        self.fields.extend(fields);
        self
    }

    /// A plain-line field between the id and the name.
    pub fn column(mut self, value: impl Into<String>) -> Record {
        self.columns.push(value.into());
        self
    }

    /// Every record of an action has the same shape: the plain line's middle columns are
    /// these service fields, in this order (`-` where a record has no value, as a skipped
    /// file's record may not), and the JSON object has each key (null where unknown).
    pub fn shaped(mut self, keys: &'static [&'static str]) -> Record {
        self.shape = keys;
        self
    }

    /// The plain line names the input by its path as given, not its name (see `label`).
    pub fn by_path(mut self) -> Record {
        self.label = self.path.clone();
        self
    }

    /// The plain line ends with `label` instead of the name (see `label`).
    pub fn labelled(mut self, label: impl Into<String>) -> Record {
        self.label = Some(label.into());
        self
    }

    pub fn plain(mut self, plain: Plain) -> Record {
        self.plain = plain;
        self
    }

    /// The record of a file sent to one of several destinations (`send`, `watch`): the
    /// `destination` key, and stderr names it beside the file.
    pub fn destination(mut self, label: &str) -> Record {
        if self.fields.contains_key("destination") {
            return self;
        }
        self.fields.insert("destination".into(), Value::from(label));
        if let Some(display) = &mut self.display {
            *display = format!("{display} to {}", crate::text::escape(label));
        }
        self
    }

    /// The record of this input failing with `failure` (its status becomes `status`).
    pub fn failed(mut self, status: Status, failure: Failure) -> Record {
        self.status = status;
        self.failure = Some(failure);
        self
    }

    /// How stderr names the input (its escaped path), or the action.
    pub fn display(&self) -> &str {
        self.display.as_deref().unwrap_or(self.action)
    }

    /// Stderr gets no line for this failure: the caller prints one summary for the batch.
    pub fn summed_up(mut self) -> Record {
        self.summed_up = true;
        self
    }

    pub fn is_ok(&self) -> bool {
        self.failure.is_none() && self.status.ok()
    }

    /// The NDJSON object: the core keys in a fixed order, then the service's fields.
    pub fn to_json(&self, service: Option<&str>) -> Value {
        let mut obj = self.noted(Map::new());
        obj.insert("service".into(), json!(service));
        obj.insert("action".into(), json!(self.action));
        obj.insert("status".into(), json!(self.status.as_str()));
        obj.insert("ok".into(), json!(self.is_ok()));
        obj.insert("id".into(), json!(self.id));
        obj.insert("name".into(), json!(self.name));
        obj.insert("path".into(), json!(self.path));
        obj.insert("size".into(), json!(self.size));
        if self.name_converted {
            // The local name is not UTF-8: the service got it with U+FFFD in place of the bytes.
            obj.insert(
                "name_converted".into(),
                json!("the file name is not UTF-8; it was sent with U+FFFD replacing the invalid bytes"),
            );
        }
        for (key, value) in &self.fields {
            // The core keys keep their meaning whatever a service answers.
            if !obj.contains_key(key) {
                obj.insert(key.clone(), as_time(key, value));
            }
        }
        for key in self.shape {
            obj.entry(key.to_string()).or_insert(Value::Null);
        }
        if let Some(f) = &self.failure {
            obj.insert("error".into(), json!(redact::redact(&f.message)));
            obj.insert("hint".into(), json!(f.hint));
            obj.insert("exit_code".into(), json!(self.exit_code.unwrap_or(f.class.code())));
            obj.insert("exit_class".into(), json!(f.class));
        }
        Value::Object(obj)
    }

    /// `value`, once this record's action is noted as the latest (see [`LAST_ACTION`]).
    fn noted<T>(&self, value: T) -> T {
        if !self.action.is_empty() {
            *LAST_ACTION.lock().unwrap_or_else(|e| e.into_inner()) = Some(self.action);
        }
        value
    }

    /// The standard plain line: id (or `-`), the extra columns, the name (or its label, see
    /// [`Record::by_path`]); every field escaped.
    fn line(&self) -> String {
        let mut fields = Vec::new();
        // `send` and `watch`: which destination the line is about comes first.
        if let Some(Value::String(to)) = self.fields.get("destination") {
            fields.push(escape(to));
        }
        fields.push(escape(self.id.as_deref().unwrap_or("-")));
        if self.shape.is_empty() {
            fields.extend(self.columns.iter().map(|c| escape(c)));
        } else {
            fields.extend(self.shape.iter().map(|key| match self.fields.get(*key) {
                Some(Value::String(s)) if !s.is_empty() => escape(s),
                None | Some(Value::Null) | Some(Value::String(_)) => "-".to_string(),
                Some(other) => escape(&as_time(key, other).to_string()),
            }));
        }
        let last = self.label.as_ref().or(self.name.as_ref());
        if let Some(last) = last {
            fields.push(escape(last));
        }
        fields.join("\t")
    }

    /// Print the record: a success on stdout (or its status line on stderr); a failure as
    /// `error:` (+ hint) on stderr, and with `--json` its object on stdout too.
    ///
    /// Under `--dry-run`, a success that stands on requests the run only planned is shown as
    /// those requests instead (see [`Record::planned`]): the plan, never a claim that it was sent.
    pub fn print(&self, output: &Output, service: Option<&str>) {
        if crate::plan::is_dry_run() && self.failure.is_none() && matches!(self.status, Status::Sent | Status::Done) {
            let planned = crate::plan::take();
            for request in &planned {
                self.planned(request).print(output, service);
            }
            // A success that follows requests shown already ("picture set") did not happen.
            if !planned.is_empty() || crate::plan::count() > 0 {
                return;
            }
        }
        // The JSON object only where it is printed (a re-run of 100,000 skipped files prints
        // 100,000 plain lines).
        let json = if output.json { self.to_json(service) } else { self.noted(Value::Null) };
        if let Some(failure) = &self.failure {
            if self.summed_up {
                // Whoever stopped the batch says it once for all of them (stdout still gets
                // the record with --json).
                if output.json {
                    output.result("", &json);
                }
                return;
            }
            let message = match &self.display {
                Some(display) => format!("{display}: {}", failure.message),
                None => failure.message.clone(),
            };
            output.error(&Failure { message, ..failure.clone() });
            if output.json {
                output.result("", &json);
            }
            return;
        }
        match &self.plain {
            Plain::Line => output.result(&self.line(), &json),
            Plain::Custom(line) => output.result(line, &json),
            Plain::Status(line) if output.json => output.result(line, &json),
            Plain::Status(line) => output.status(line),
        }
    }
}

impl Record {
    /// The record of one planned `request` for what this record would have reported: its
    /// action, file and target fields (not the ids, which only the answer would give: they are
    /// placeholders), then the request: `step`, `method`, `url`, `headers`, `body`.
    pub fn planned(&self, request: &crate::plan::Planned) -> Record {
        let placeholder = |v: &Value| match v {
            Value::String(s) => s.is_empty() || s.starts_with("<from step"),
            Value::Array(items) => items.iter().any(|i| i.as_str().is_some_and(|s| s.starts_with("<from step"))),
            _ => false,
        };
        let mut fields: Map<String, Value> =
            self.fields.iter().filter(|(_, v)| !placeholder(v)).map(|(k, v)| (k.clone(), v.clone())).collect();
        fields.extend(request.fields());
        Record {
            status: Status::Planned,
            id: None,
            columns: Vec::new(),
            shape: &[],
            label: None,
            plain: Plain::Custom(request.block(self.display.as_deref())),
            fields,
            ..self.clone()
        }
    }
}

/// Under `--dry-run`, the planned requests no record has shown yet, each as a record of its
/// own (`action` as given), so no planned request goes unshown.
pub fn print_unshown_plan(output: &Output, service: Option<&str>, action: &'static str) {
    for request in crate::plan::take() {
        Record::action(action, Status::Planned).planned(&request).print(output, service);
    }
}

/// The action of the latest record this run made: a failure after some records (a listing
/// cut short) names the same action in its own record (`app::finish`).
static LAST_ACTION: std::sync::Mutex<Option<&'static str>> = std::sync::Mutex::new(None);

/// See [`LAST_ACTION`].
pub fn last_action() -> Option<&'static str> {
    *LAST_ACTION.lock().unwrap_or_else(|e| e.into_inner())
}

/// Times are RFC 3339 in every record: a service field named `*_at` that holds a number is
/// Unix time (seconds, or milliseconds when it is that large) and is converted; anything else
/// is kept as sent.
fn as_time(key: &str, value: &Value) -> Value {
    if !key.ends_with("_at") {
        return value.clone();
    }
    let Some(n) = value.as_u64() else { return value.clone() };
    // Seconds until the year 5138; beyond that, a count of milliseconds.
    let time =
        if n < 100_000_000_000 { std::time::Duration::from_secs(n) } else { std::time::Duration::from_millis(n) };
    match std::time::UNIX_EPOCH.checked_add(time) {
        Some(t) => Value::from(humantime::format_rfc3339_seconds(t).to_string()),
        None => value.clone(),
    }
}

/// The failure of a file that was never tried because the batch stopped first.
pub fn not_started(why: &str, class: ExitClass) -> Failure {
    Failure::new(class, format!("not sent: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_keys_come_first_and_in_order() {
        let r = Record::action("delete", Status::Done).id("x").field("service", "spoofed").field("extra", 1);
        let json = r.to_json(Some("carbonio"));
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["service", "action", "status", "ok", "id", "name", "path", "size", "extra"]);
        assert_eq!(json["service"], "carbonio");
    }

    #[test]
    fn unix_times_become_rfc3339_other_fields_stay() {
        let r = Record::action("conversations", Status::Done)
            .field("last_opened_at", 692_233_200)
            .field("created_at", "2024-01-01T00:00:00Z")
            .field("size_at_most", 5)
            .field("count", 692_233_200);
        let json = r.to_json(None);
        assert_eq!(json["last_opened_at"], "1991-12-08T23:00:00Z");
        assert_eq!(json["created_at"], "2024-01-01T00:00:00Z");
        assert_eq!(json["count"], 692_233_200);
        let ms = Record::action("x", Status::Done).field("sent_at", 1_709_251_199_000u64).to_json(None);
        assert_eq!(ms["sent_at"], "2024-02-29T23:59:59Z");
    }

    #[test]
    fn a_shaped_record_has_every_column_whatever_it_knows() {
        let sent = Record::action("attach", Status::Sent).id("a1").name("x.pdf").field("file_url", "https://f/1");
        let skipped = Record::action("attach", Status::Skipped).id("a1").name("x.pdf");
        assert_eq!(sent.shaped(&["file_url"]).line(), "a1\thttps://f/1\tx.pdf");
        let skipped = skipped.shaped(&["file_url"]);
        assert_eq!(skipped.line(), "a1\t-\tx.pdf");
        assert_eq!(skipped.to_json(None)["file_url"], Value::Null);
    }

    #[test]
    fn a_failure_carries_error_hint_and_exit_code() {
        let r = Record::argument("upload", Status::Refused, "dir/a.png", None)
            .failed(Status::Refused, Failure::input("no such file").with_hint("check the path"));
        let json = r.to_json(Some("pyrus"));
        assert_eq!(json["ok"], false);
        assert_eq!(json["name"], "a.png");
        assert_eq!(json["exit_code"], 6);
        assert_eq!(json["hint"], "check the path");
        assert_eq!(json["size"], Value::Null);
    }
}
