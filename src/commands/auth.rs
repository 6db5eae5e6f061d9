//! `chatdrop login|logout <service>` and `chatdrop auth status`, plus the one way every
//! service's login gathers a value: flag, env var, stdin (`--with-token`), or a prompt when
//! a person is at a terminal. Secrets are never taken from argv.

use std::io::Read;

use serde_json::json;

use crate::cli::{AuthCommand, LoginArgs, LogoutArgs};
use crate::commands::context::Context;
use crate::config::{Placed, ServiceSettings, Source, value};
use crate::error::{ExitClass, Failure, Problem, Result};
use crate::output::prompt::TRIES;
use crate::secret::{Secret, redact};
use crate::services::spec::{Key, ServiceKind};

pub async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
    if ctx.config.is_sandbox() {
        return Err(Failure::usage("the sandbox needs no login: its credentials are built in"));
    }
    // A secret typed at the prompt and refused by the live check is asked again (visible
    // answers are offered as they were typed); values from flags, env or stdin would only be
    // refused again, so their refusal ends the command.
    for attempt in 1.. {
        let typed = ctx.prompter.secrets_typed();
        let noted = ctx.config.noted_urls().len();
        match login_once(ctx, args.clone()).await {
            Err(f) if f.class == ExitClass::Auth && ctx.prompter.secrets_typed() > typed && attempt < TRIES => {
                ctx.output.warn(&format!(
                    "{}; try again ({} of {TRIES}; Enter keeps an answer shown in [brackets])",
                    f.message,
                    attempt + 1
                ));
            }
            outcome => return outcome.map_err(|f| not_the_api(ctx, args.service, f, noted)),
        }
    }
    unreachable!("the loop returns by its last try")
}

/// A login whose address answered 404, or a web page where the API answers JSON, was sent to
/// a wrong address: the hint names the address tried (the last base URL the login noted, after
/// the first `noted`) and the setting it came from.
fn not_the_api(ctx: &Context, svc: ServiceKind, failure: Failure, noted: usize) -> Failure {
    let wrong = failure.status == Some(404) || failure.problem == Some(Problem::WrongServerUrl);
    if failure.class == ExitClass::Auth || !wrong {
        return failure;
    }
    let urls = ctx.config.noted_urls();
    let Some((url, origin)) = urls.get(noted..).and_then(<[_]>::last) else { return failure };
    let answered = match failure.status {
        Some(404) => "HTTP 404".to_string(),
        _ => "a web page".to_string(),
    };
    let hint = format!(
        "chatdrop tried {} (the address from {origin}), which answered {answered}: it is not where the {} API answers; check the address",
        redact::url(url),
        svc.title()
    );
    failure.with_hint(hint)
}

async fn login_once(ctx: &Context, args: LoginArgs) -> Result<()> {
    match super::of(args.service) {
        Some(service) => service.login(ctx, args).await,
        None => Err(Failure::usage(format!("chatdrop cannot log in to `{}`", args.service.name()))),
    }
}

/// How to get one login value.
pub struct Ask {
    prompt: String,
    secret: bool,
    /// A server address: checked as a URL at once, so a typo is asked again.
    url: bool,
    flag: Option<String>,
    flag_name: Option<String>,
    from_stdin: bool,
    default: Option<String>,
    /// Where the default came from, in words (a default that is a setting's value).
    default_origin: Option<String>,
}

impl Ask {
    pub fn text(prompt: &str) -> Self {
        Ask {
            prompt: prompt.into(),
            secret: false,
            url: false,
            flag: None,
            flag_name: None,
            from_stdin: false,
            default: None,
            default_origin: None,
        }
    }
    pub fn secret(prompt: &str) -> Self {
        Ask { secret: true, ..Self::text(prompt) }
    }
    /// A server address (http or https).
    pub fn url(prompt: &str) -> Self {
        Ask { url: true, ..Self::text(prompt) }
    }
    /// What the command line says of `key`: its flag's value and name, or (the secret
    /// `--with-token` names) stdin.
    fn given(mut self, args: &LoginArgs, key: Key) -> Self {
        (self.flag, self.flag_name) = (args.given(key), Some(LoginArgs::flag(key)));
        self.from_stdin = args.from_stdin(key);
        self
    }
    pub fn default(mut self, value: Option<String>) -> Self {
        self.default = value;
        self
    }
    /// A default that is a setting's value, with where it came from (an answer that keeps it
    /// comes from there).
    pub fn default_from(mut self, value: Option<(String, String)>) -> Self {
        (self.default, self.default_origin) = value.unzip();
        self
    }
}

/// One visible login value: flag > env `CHATDROP_<SVC>_<KEY>` > prompt (asked up to [`TRIES`]
/// times while the answer is refused). Every value follows the rule of [`value`]: trimmed,
/// refused with a control character inside, naming its source.
pub fn ask(ctx: &Context, args: &LoginArgs, key: Key, how: Ask) -> Result<String> {
    debug_assert!(!how.secret && !key.is_secret(), "`{key}` is a secret: ask for it with `ask_secret`");
    ask_with_origin(ctx, args.service, key, how.given(args, key)).map(|(value, _)| value)
}

/// One secret: env `CHATDROP_<SVC>_<KEY>` > stdin (`--with-token`) > a hidden prompt, as
/// [`ask`] takes a value; a [`Secret`] from the moment it is read.
pub fn ask_secret(ctx: &Context, args: &LoginArgs, key: Key, how: Ask) -> Result<Secret> {
    debug_assert!(how.secret && key.is_secret(), "`{key}` is no secret: ask for it with `ask`");
    gather(ctx, args.service, key, &how.given(args, key)).map(|(value, _)| Secret::new(value))
}

/// [`ask`], with where the value came from in words ("the flag --url", "your answer at the
/// prompt", ...). A server address is noted with it (`Config::note_url`), so a failure to
/// reach it can name where it came from.
pub fn ask_with_origin(ctx: &Context, svc: ServiceKind, key: Key, how: Ask) -> Result<(String, String)> {
    let (value, origin) = gather(ctx, svc, key, &how)?;
    if how.url {
        ctx.config.note_url(&value, &origin);
    }
    Ok((value, origin))
}

/// A server address at login, as `key` of `settings`: the flag or env var as given; else, on a
/// terminal, asked with the configured (or built-in) address in [brackets]; else the configured
/// or built-in address as is. Checked and noted as every base URL is ([`Context::checked_url`]).
pub fn ask_url(ctx: &Context, settings: &ServiceSettings<'_>, key: Key, prompt: &str) -> Result<String> {
    let resolved = settings.resolved(key);
    let given = resolved.as_ref().is_some_and(|r| matches!(r.source, Source::Flag | Source::Env(_)));
    if given || !ctx.prompter.can_prompt() {
        return ctx.base_url(settings, key);
    }
    let default = resolved.map(|r| (r.value.clone(), settings.origin(key, &r.source)));
    let how = Ask { flag_name: Some("--url".into()), ..Ask::url(prompt) }.default_from(default);
    let (answer, origin) = ask_with_origin(ctx, settings.svc, key, how)?;
    ctx.checked_url(&answer, &format!("the {} server address (from {origin})", settings.svc.title()), &origin)
}

fn gather(ctx: &Context, svc: ServiceKind, key: Key, how: &Ask) -> Result<(String, String)> {
    let var = svc.env_var(key);
    let given = [
        (how.flag.clone(), format!("the flag {}", how.flag_name.clone().unwrap_or(format!("--{key}")))),
        (crate::env::get(&var), format!("the environment variable {var}")),
    ];
    for (raw, origin) in given {
        if let Some(raw) = raw.filter(|v| !value::trim(v).is_empty()) {
            return Ok((accept(how, &raw, &origin)?, origin));
        }
    }
    if how.secret && how.from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::input(format!("cannot read the {key} from stdin: {e}")))?;
        if value::trim(&text).is_empty() {
            return Err(Failure::input(format!("--with-token was given but stdin held no {key}")));
        }
        return Ok((accept(how, &text, "stdin (--with-token)")?, "stdin (--with-token)".to_string()));
    }
    let instead = match (how.secret, &how.flag_name) {
        (true, _) => format!("set {var}, or pipe it in: `chatdrop login {} --with-token < file`", svc.name()),
        (false, Some(flag)) => format!("pass {flag} or set {var}"),
        (false, None) => format!("set {var}"),
    };
    let asked = format!("{}.{key}", svc.name());
    for attempt in 1.. {
        let (answer, offered) = if how.secret {
            (ctx.prompter.secret(&how.prompt, &instead)?, None)
        } else {
            let previous = ctx.prompter.previous(&asked);
            let offered = previous.is_none().then(|| how.default.clone()).flatten();
            let default = previous.or_else(|| offered.clone());
            (ctx.prompter.text(&how.prompt, default.as_deref(), &instead)?, offered)
        };
        let checked = if value::trim(&answer).is_empty() {
            Err(Failure::usage(format!("no {key} given")))
        } else {
            accept(how, &answer, "your answer")
        };
        match checked {
            Ok(v) => {
                if !how.secret {
                    ctx.prompter.remember(&asked, &v);
                }
                // Enter on the default in [brackets] keeps the setting it came from.
                let origin = match (&offered, &how.default_origin) {
                    (Some(offered), Some(origin)) if value::trim(offered) == v => origin.clone(),
                    _ => "your answer at the prompt".to_string(),
                };
                return Ok((v, origin));
            }
            Err(f) if attempt < TRIES => {
                let hint = f.hint.map(|h| format!(": {h}")).unwrap_or_default();
                ctx.output.warn(&format!("{}{hint}; try again ({} of {TRIES})", f.message, attempt + 1));
            }
            Err(f) => return Err(f),
        }
    }
    unreachable!("the loop returns by its last try")
}

/// A value as `how` takes it: cleaned, a secret registered for redaction, a URL checked.
fn accept(how: &Ask, raw: &str, origin: &str) -> Result<String> {
    let v = value::clean(raw, origin)?;
    if how.url {
        crate::config::url::parse_base_url(&v, &format!("the server address in {origin}"))?;
    }
    Ok(v)
}

/// The closing line of every successful login, and the one notice when `auto` found no
/// keyring and the secrets went to the file.
pub fn logged_in(ctx: &Context, svc: ServiceKind, who: &str) {
    let path = ctx.config.paths.credentials_file.display().to_string();
    let (saved, secret_store) = match ctx.config.stored_in() {
        Some(Placed::Keyring) => (format!("secrets saved in the OS keyring, other settings in {path}"), "keyring"),
        Some(Placed::File { fallback: Some(_) }) => {
            ctx.output.warn(&format!("no OS keyring reachable; stored in {path}, plain text, 0600"));
            (format!("credentials saved in {path}"), "file")
        }
        _ => (format!("credentials saved in {path}"), "file"),
    };
    ctx.output.status(&format!(
        "Logged in to {} as {} (profile `{}`); {saved}",
        svc.title(),
        crate::text::escape(who),
        ctx.config.profile
    ));
    ctx.output.result(
        &format!("{}: logged in as {}", svc.name(), crate::text::escape(who)),
        &json!({ "service": svc.name(), "profile": ctx.config.profile, "account": who, "stored_in": path,
                 "secret_store": secret_store }),
    );
}

/// `chatdrop auth migrate`: the file's secrets into the keyring.
fn migrate(ctx: &Context) -> Result<()> {
    let moved = ctx.config.migrate()?;
    let path = ctx.config.paths.credentials_file.display().to_string();
    if moved.is_empty() {
        ctx.output.result(
            &format!("nothing to move: {path} holds no secrets"),
            &json!({ "moved": moved, "store": "keyring", "file": path }),
        );
        return Ok(());
    }
    if !ctx.output.json {
        for entry in &moved {
            ctx.output.result(&format!("moved {entry} to the OS keyring"), &json!(null));
        }
    }
    ctx.output.result(
        &format!("{} moved out of {path}", crate::text::count(moved.len() as u64, "secret")),
        &json!({ "moved": moved, "store": "keyring", "file": path }),
    );
    Ok(())
}

/// Which store holds a stored value, for `auth status --json`.
fn store_of(source: &Source) -> &'static str {
    match source {
        Source::Keyring => "keyring",
        Source::CredentialsFile(_) => "file",
        Source::ConfigFile(_) => "config",
        Source::Env(_) => "env",
        Source::Flag => "flag",
        Source::Default => "default",
        Source::Sandbox => "sandbox",
    }
}

pub fn logout(ctx: &Context, args: LogoutArgs) -> Result<()> {
    let svc = args.service;
    let removed = ctx.config.forget(svc)?;
    let line = if removed {
        format!("{}: stored credentials removed from profile `{}`", svc.name(), ctx.config.profile)
    } else {
        format!("{}: nothing stored for profile `{}`", svc.name(), ctx.config.profile)
    };
    ctx.output.result(&line, &json!({ "service": svc.name(), "profile": ctx.config.profile, "removed": removed }));
    let env_left: Vec<String> =
        svc.keys().iter().map(|k| svc.env_var(*k)).filter(|v| crate::env::get_os(v).is_some()).collect();
    if !env_left.is_empty() {
        ctx.output.warn(&format!("still set in the environment: {}", env_left.join(", ")));
    }
    Ok(())
}

pub async fn status(ctx: &Context, command: AuthCommand) -> Result<()> {
    let (service, check) = match command {
        AuthCommand::Status { service, check } => (service, check),
        AuthCommand::Migrate => return migrate(ctx),
        AuthCommand::Login(_) | AuthCommand::Logout(_) => unreachable!("app::run turns these into login/logout"),
    };
    let services: Vec<ServiceKind> = match service {
        Some(s) => vec![s],
        None => crate::services::ALL.to_vec(),
    };
    let mut rows = Vec::new();
    for svc in services {
        let settings = ctx.settings(svc);
        let complete = svc.credential_sets().iter().find(|set| {
            set.iter().all(|k| settings.resolved(*k).is_some_and(|r| r.source != crate::config::Source::Default))
        });
        let keys: Vec<serde_json::Value> = svc
            .keys()
            .iter()
            .filter_map(|k| {
                settings.resolved(*k).filter(|r| r.source != crate::config::Source::Default).map(|r| {
                    json!({ "key": k.name(), "secret": k.is_secret(), "source": r.source.to_string(),
                                "store": store_of(&r.source) })
                })
            })
            .collect();
        let state = if complete.is_some() {
            CredentialState::Ready
        } else if keys.is_empty() {
            CredentialState::NotSet
        } else {
            CredentialState::Incomplete
        };
        let human_sources: Vec<String> = match complete {
            Some(set) => set
                .iter()
                .map(|k| {
                    format!("{k} from {}", settings.resolved(*k).map(|r| r.source.to_string()).unwrap_or_default())
                })
                .collect(),
            None if state == CredentialState::Incomplete => vec![ctx.config.login_hint(svc)],
            None => vec![format!("`chatdrop login {}` or {}", svc.name(), svc.env_hint())],
        };
        let mut json = json!({
            "service": svc.name(),
            "profile": ctx.config.profile,
            "active": true,
            "state": state.word(),
            "settings": keys,
        });
        let checked = if check && state == CredentialState::Ready { Some(live_check(ctx, svc).await) } else { None };
        if let Some(outcome) = &checked {
            json["check"] = json!(outcome.word());
            if let Checked::Accepted(Some(server)) = outcome {
                json["server"] = json!(server);
            }
            if let Checked::Failed(f) = outcome {
                json["error"] = json!(f.message);
                json["hint"] = json!(f.hint);
            }
        }
        rows.push((svc, state, human_sources, json, checked));
    }
    // Env vars belong to whichever profile runs, so other profiles show what their files hold.
    let others = ctx.config.other_profiles();
    let files = files_record(ctx);
    if ctx.output.json {
        for (_, _, _, json, _) in &rows {
            ctx.output.result("", json);
        }
        for (profile, services) in &others {
            for svc in services {
                ctx.output
                    .result("", &json!({ "service": svc, "profile": profile, "active": false, "state": "stored" }));
            }
        }
        ctx.output.result("", &files.json);
    } else {
        for line in &files.lines {
            ctx.output.result(line, &json!(null));
        }
        ctx.output.result(&format!("profile: {}", ctx.config.profile), &json!(null));
        for (svc, state, sources, _, checked) in &rows {
            let check = match checked {
                Some(Checked::Accepted(Some(server))) => format!(" [{}; {server}]", Checked::Accepted(None).word()),
                Some(c) => format!(" [{}]", c.word()),
                None => String::new(),
            };
            ctx.output
                .result(&format!("{:<9} {:<10} {}{check}", svc.name(), state.word(), sources.join("; ")), &json!(null));
        }
        if !others.is_empty() {
            let list: Vec<String> = others.iter().map(|(p, s)| format!("{p} ({})", s.join(", "))).collect();
            ctx.output.result(
                &format!("other profiles: {} — see `chatdrop --profile NAME auth status`", list.join(", ")),
                &json!(null),
            );
        }
    }
    check_outcome(ctx, &rows.into_iter().filter_map(|(svc, _, _, _, c)| Some((svc, c?))).collect::<Vec<_>>())
}

/// How complete a service's credentials are in this profile, for `auth status`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CredentialState {
    /// One whole credential set is given (defaults do not count).
    Ready,
    /// Nothing is given.
    NotSet,
    /// Something is given, but no whole set.
    Incomplete,
}

impl CredentialState {
    /// The word `auth status` shows, and its `state` in JSON.
    fn word(self) -> &'static str {
        match self {
            CredentialState::Ready => "ready",
            CredentialState::NotSet => "not set",
            CredentialState::Incomplete => "incomplete",
        }
    }
}

/// What a live check of one service's credentials found.
enum Checked {
    /// With what the check learnt of the server, if anything (see [`learnt_from_check`]).
    Accepted(Option<String>),
    /// Pyrus with only a ready token: nothing but a real request can tell.
    NotCheckable,
    Failed(Failure),
}

impl Checked {
    fn word(&self) -> &'static str {
        match self {
            Checked::Accepted(_) => "accepted",
            Checked::NotCheckable => "not checked",
            Checked::Failed(f) if f.class == ExitClass::Auth => "refused",
            Checked::Failed(_) => "check failed",
        }
    }
}

/// Try the credentials of `svc` live with the check its `login` uses, through the command's
/// own adapter (so a token is renewed as a command would renew it), with the usual retries.
async fn live_check(ctx: &Context, svc: ServiceKind) -> Checked {
    take_learnt();
    let outcome: Result<bool> = match super::of(svc) {
        Some(service) => service.check(ctx).await,
        None => Err(Failure::usage(format!("chatdrop cannot check `{}`", svc.name()))),
    };
    match outcome {
        Ok(true) => Checked::Accepted(take_learnt()),
        Ok(false) => Checked::NotCheckable,
        Err(f) if f.class == ExitClass::Auth => {
            Checked::Failed(Failure { hint: Some(ctx.config.login_hint(svc)), ..f })
        }
        // `auth status` acts on no one service, so `Context::call` left the failure unexplained.
        Err(f) => Checked::Failed(ctx.explain_for(svc, f)),
    }
}

/// What the live check running now learnt of its server besides yes or no (Carbonio: the API
/// it speaks), for `auth status` to show beside the verdict. Checks run one at a time.
static LEARNT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Called by a service's `check` (`Service::check`): what it learnt of the server.
pub fn learnt_from_check(what: String) {
    *LEARNT.lock().unwrap_or_else(|e| e.into_inner()) = Some(what);
}

fn take_learnt() -> Option<String> {
    LEARNT.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// Each failed check on stderr; exit 4 when a service refused its credentials, else the class
/// of the first other failure.
fn check_outcome(ctx: &Context, checked: &[(ServiceKind, Checked)]) -> Result<()> {
    let mut worst: Option<ExitClass> = None;
    for (svc, outcome) in checked {
        if let Checked::Failed(f) = outcome {
            ctx.output.error(&Failure { message: format!("{}: {}", svc.name(), f.message), ..f.clone() });
            if f.class == ExitClass::Auth || worst.is_none() {
                worst = Some(f.class);
            }
        }
    }
    match worst {
        Some(class) => Err(Failure::reported(class)),
        None => Ok(()),
    }
}

/// The config dir and both files, with their modes as they are now.
struct Files {
    lines: Vec<String>,
    json: serde_json::Value,
}

fn files_record(ctx: &Context) -> Files {
    let paths = &ctx.config.paths;
    let mode = |p: &std::path::Path| crate::config::file::mode(p).map(|m| format!("{m:04o}"));
    let entry = |p: &std::path::Path| json!({ "path": p, "exists": p.exists(), "mode": mode(p) });
    let line = |label: &str, p: &std::path::Path, note: &str| {
        let state = match mode(p) {
            Some(m) => format!("mode {m}{note}"),
            None if p.exists() => note.trim_start_matches(", ").to_string(),
            None => "not there yet".to_string(),
        };
        format!("{label:<17} {} ({state})", p.display())
    };
    Files {
        lines: vec![
            line("config dir:", &paths.dir, ""),
            line("config file:", &paths.config_file, ""),
            line("credentials file:", &paths.credentials_file, ", plain text"),
            format!("{:<17} {}", "secret store:", ctx.config.secrets.mode.name()),
        ],
        json: json!({
            "config_dir": entry(&paths.dir),
            "config_file": entry(&paths.config_file),
            "credentials_file": entry(&paths.credentials_file),
            "credential_store": ctx.config.secrets.mode.name(),
        }),
    }
}
