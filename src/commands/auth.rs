//! `chatdrop login|logout <service>` and `chatdrop auth status`, plus the one way every
//! service's login gathers a value: flag, env var, stdin (`--with-token`), or a prompt when
//! a person is at a terminal. Secrets are never taken from argv.

use std::io::Read;

use serde_json::json;

use crate::app::Context;
use crate::cli::{AuthCommand, LoginArgs, LogoutArgs};
use crate::config::{Placed, Source};
use crate::error::{Failure, Result};
use crate::output::redact;
use crate::services::spec::ServiceKind;

pub async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
    if ctx.config.is_sandbox() {
        return Err(Failure::usage("the sandbox needs no login: its credentials are built in"));
    }
    match args.service.name() {
        "pyrus" => super::pyrus::login(ctx, args).await,
        "connect" => super::connect::login(ctx, args).await,
        "ok" => super::ok::login(ctx, args).await,
        "carbonio" => super::carbonio::login(ctx, args).await,
        "protocol" => super::protocol::login(ctx, args).await,
        other => Err(Failure::usage(format!("chatdrop cannot log in to `{other}`"))),
    }
}

/// How to get one login value.
pub struct Ask {
    prompt: String,
    secret: bool,
    flag: Option<String>,
    flag_name: Option<&'static str>,
    from_stdin: bool,
    default: Option<String>,
}

impl Ask {
    pub fn text(prompt: &str) -> Self {
        Ask { prompt: prompt.into(), secret: false, flag: None, flag_name: None, from_stdin: false, default: None }
    }
    pub fn secret(prompt: &str) -> Self {
        Ask { secret: true, ..Self::text(prompt) }
    }
    /// The value given on the command line, if any (never for secrets).
    pub fn flag(mut self, value: Option<String>) -> Self {
        self.flag = value;
        self
    }
    pub fn flag_name(mut self, name: &'static str) -> Self {
        self.flag_name = Some(name);
        self
    }
    /// Read this secret from stdin (`--with-token`).
    pub fn stdin(mut self, yes: bool) -> Self {
        self.from_stdin = yes;
        self
    }
    pub fn default(mut self, value: Option<String>) -> Self {
        self.default = value;
        self
    }
}

/// One login value: flag > env `CHATDROP_<SVC>_<KEY>` > stdin (secrets, `--with-token`) > prompt.
pub fn ask(ctx: &Context, svc: ServiceKind, key: &str, how: Ask) -> Result<String> {
    if let Some(v) = how.flag.filter(|v| !v.trim().is_empty()) {
        return Ok(v.trim().to_string());
    }
    let var = svc.env_var(key);
    if let Some(v) = crate::env::get(&var).filter(|v| !v.trim().is_empty()) {
        if how.secret {
            redact::register_secret(&v);
        }
        return Ok(v.trim().to_string());
    }
    if how.secret && how.from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::input(format!("cannot read the {key} from stdin: {e}")))?;
        let value = text.trim().to_string();
        if value.is_empty() {
            return Err(Failure::input(format!("--with-token was given but stdin held no {key}")));
        }
        redact::register_secret(&value);
        return Ok(value);
    }
    let instead = match (how.secret, how.flag_name) {
        (true, _) => format!("set {var}, or pipe it in: `chatdrop login {} --with-token < file`", svc.name()),
        (false, Some(flag)) => format!("pass {flag} or set {var}"),
        (false, None) => format!("set {var}"),
    };
    let value = if how.secret {
        ctx.prompter.secret(&how.prompt, &instead)?
    } else {
        ctx.prompter.text(&how.prompt, how.default.as_deref(), &instead)?
    };
    let value = value.trim().to_string();
    if value.is_empty() {
        return Err(Failure::usage(format!("no {key} given")));
    }
    if how.secret {
        redact::register_secret(&value);
    }
    Ok(value)
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
        crate::output::escape(who),
        ctx.config.profile
    ));
    ctx.output.result(
        &format!("{}: logged in as {}", svc.name(), crate::output::escape(who)),
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
        &format!("{} secret(s) moved out of {path}", moved.len()),
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
        svc.keys().iter().map(|k| svc.env_var(k.name)).filter(|v| crate::env::get_os(v).is_some()).collect();
    if !env_left.is_empty() {
        ctx.output.warn(&format!("still set in the environment: {}", env_left.join(", ")));
    }
    Ok(())
}

pub fn status(ctx: &Context, command: AuthCommand) -> Result<()> {
    let service = match command {
        AuthCommand::Status { service } => service,
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
            set.iter().all(|k| settings.resolved(k).is_some_and(|r| r.source != crate::config::Source::Default))
        });
        let keys: Vec<serde_json::Value> = svc
            .keys()
            .iter()
            .filter_map(|k| {
                settings.resolved(k.name).filter(|r| r.source != crate::config::Source::Default).map(|r| {
                    json!({ "key": k.name, "secret": k.secret, "source": r.source.to_string(),
                                "store": store_of(&r.source) })
                })
            })
            .collect();
        let state = if complete.is_some() {
            "ready"
        } else if keys.is_empty() {
            "not set"
        } else {
            "incomplete"
        };
        let human_sources: Vec<String> = match complete {
            Some(set) => set
                .iter()
                .map(|k| format!("{k} from {}", settings.resolved(k).map(|r| r.source.to_string()).unwrap_or_default()))
                .collect(),
            None if state == "incomplete" => vec![ctx.config.login_hint(svc)],
            None => vec![format!("`chatdrop login {}` or {}", svc.name(), svc.env_hint())],
        };
        let json = json!({
            "service": svc.name(),
            "profile": ctx.config.profile,
            "active": true,
            "state": state,
            "settings": keys,
        });
        rows.push((svc, state, human_sources, json));
    }
    // Env vars belong to whichever profile runs, so other profiles show what their files hold.
    let others = ctx.config.other_profiles();
    if ctx.output.json {
        for (_, _, _, json) in &rows {
            ctx.output.result("", json);
        }
        for (profile, services) in &others {
            for svc in services {
                ctx.output
                    .result("", &json!({ "service": svc, "profile": profile, "active": false, "state": "stored" }));
            }
        }
        return Ok(());
    }
    ctx.output.result(&format!("profile: {}", ctx.config.profile), &json!(null));
    for (svc, state, sources, _) in rows {
        ctx.output.result(&format!("{:<9} {:<10} {}", svc.name(), state, sources.join("; ")), &json!(null));
    }
    if !others.is_empty() {
        let list: Vec<String> = others.iter().map(|(p, s)| format!("{p} ({})", s.join(", "))).collect();
        ctx.output.result(
            &format!("other profiles: {} — see `chatdrop --profile NAME auth status`", list.join(", ")),
            &json!(null),
        );
    }
    Ok(())
}
