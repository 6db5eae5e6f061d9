//! Runs one parsed command: builds the shared context (output, settings, sandbox), hands the
//! command to its module, and reports the outcome as an exit code.

use std::sync::Arc;

use crate::cli::{AuthCommand, Cli, Command, GlobalArgs};
use crate::config::{Config, Paths, ServiceSettings};
use crate::error::{Failure, Result, class_of};
use crate::http::{Http, HttpOptions};
use crate::output::Output;
use crate::output::prompt::Prompter;
use crate::sandbox::Sandbox;
use crate::services::spec::ServiceKind;
use crate::upload::Watch;
use crate::upload::retry::RetryPolicy;

/// The run-wide settings, resolved once from the global flags and their env vars: what the
/// layers below read, with no clap type in sight.
#[derive(Debug, Clone)]
pub struct RunSettings {
    /// Uploads in flight at once.
    pub jobs: usize,
    /// Retries after a temporary failure.
    pub retries: u32,
    /// An extra CA certificate to trust (`--ca-cert`).
    pub ca_cert: Option<std::path::PathBuf>,
    pub connect_timeout: std::time::Duration,
    pub stall_timeout: std::time::Duration,
    pub response_timeout: std::time::Duration,
    /// Running against the built-in fakes.
    pub sandbox: bool,
}

impl RunSettings {
    pub fn from_flags(global: &GlobalArgs) -> RunSettings {
        RunSettings {
            jobs: usize::from(global.jobs),
            retries: global.retries,
            ca_cert: global.ca_cert.clone(),
            connect_timeout: global.connect_timeout,
            stall_timeout: global.stall_timeout,
            response_timeout: global.response_timeout,
            sandbox: global.sandbox,
        }
    }
}

/// What every command gets.
pub struct Context {
    pub global: RunSettings,
    pub output: Arc<Output>,
    pub config: Config,
    pub prompter: Prompter,
    /// The in-process fakes of `--sandbox`, alive for the whole run.
    pub sandbox: Option<Sandbox>,
    /// The service the command acts on, if any (for the login hint of refused credentials).
    pub service: Option<ServiceKind>,
}

impl Context {
    /// The settings of `svc`, with the global `--ca-cert` on top.
    pub fn settings(&self, svc: ServiceKind) -> ServiceSettings<'_> {
        self.config.service(svc).flag("ca_cert", self.global.ca_cert.as_ref().map(|p| p.to_string_lossy().into_owned()))
    }

    pub fn http_options(&self) -> HttpOptions {
        HttpOptions {
            connect_timeout: self.global.connect_timeout,
            stall_timeout: self.global.stall_timeout,
            response_timeout: self.global.response_timeout,
            ..HttpOptions::default()
        }
    }

    /// The HTTP client for one service (its CA setting applies). Every request of a service
    /// goes through here, so its settings are checked here first ([`ServiceSettings::check`]).
    pub fn http(&self, settings: &ServiceSettings<'_>) -> Result<Arc<Http>> {
        settings.check()?;
        let ca = settings.ca_cert();
        Ok(Arc::new(Http::new(ca.as_deref(), self.http_options(), self.output.clone())?))
    }

    pub fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy::new(self.global.retries, HttpOptions::default().max_retry_wait)
    }

    pub fn watch(&self) -> Watch {
        Watch { stall: self.global.stall_timeout, response: self.global.response_timeout }
    }

    /// A base URL setting, checked: a URL, http(s), trailing slash removed. Plain http to
    /// anything but this machine gets a warning, since credentials would travel in clear.
    pub fn base_url(&self, settings: &ServiceSettings<'_>, key: &str) -> Result<String> {
        let resolved = settings.resolved(key).ok_or_else(|| {
            settings.require(key, None).err().unwrap_or_else(|| Failure::usage(format!("no `{key}` set")))
        })?;
        check_base_url(
            &resolved.value,
            &format!("{} `{key}` (from {})", settings.svc.title(), settings.origin(key, &resolved.source)),
            &self.output,
        )
    }
}

/// Validate a base URL; see [`Context::base_url`]. `what` names the setting and where it came
/// from.
pub fn check_base_url(value: &str, what: &str, output: &Output) -> Result<String> {
    let url = parse_base_url(value, what)?;
    if url.scheme() == "http" && !is_loopback(&url) {
        output.warn(&format!("{what} uses plain http://: credentials and files travel unencrypted"));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A base URL, trimmed and parsed: http(s) with a host. A URL written without its scheme
/// (`host:port/path`) gets the corrected URL as a hint.
pub fn parse_base_url(value: &str, what: &str) -> Result<reqwest::Url> {
    let value = crate::config::value::clean(value, what)?;
    let url = match reqwest::Url::parse(&value) {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" || value.contains("://") => url,
        // `localhost:8901/x` parses with the scheme `localhost`, `host/x` not at all.
        parsed => match without_scheme(&value) {
            Some(fixed) => return Err(no_scheme(what, &fixed)),
            None => parsed.map_err(|e| {
                Failure::usage(format!("{what} is not a URL: {e}"))
                    .with_hint("give a full URL such as https://host.example.com")
            })?,
        },
    };
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Failure::usage(format!("{what} has scheme `{}`; only http and https are supported", url.scheme())));
    }
    if url.host().is_none() {
        return Err(Failure::usage(format!("{what} has no host")));
    }
    Ok(url)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `value` with `https://` in front, when that makes a URL with a host (so `mailto:x` or
/// `a b` get no such guess).
fn without_scheme(value: &str) -> Option<reqwest::Url> {
    if value.contains("://") {
        return None;
    }
    let fixed = reqwest::Url::parse(&format!("https://{value}")).ok()?;
    fixed.host_str().filter(|h| !h.is_empty())?;
    Some(fixed)
}

fn no_scheme(what: &str, fixed: &reqwest::Url) -> Failure {
    let shown = |u: &reqwest::Url| crate::output::redact::url(u.as_str()).trim_end_matches('/').to_string();
    let https = shown(fixed);
    let mut hint = format!("write the scheme in front: {https}");
    if is_loopback(fixed) {
        let mut http = fixed.clone();
        let _ = http.set_scheme("http");
        hint.push_str(&format!(" (or {} for a local server without TLS, such as `chatdrop sandbox`)", shown(&http)));
    }
    Failure::usage(format!("{what} lacks the scheme (https:// or http://)")).with_hint(hint)
}

/// Run the command. Failures (the typed errors every layer returns) travel inside anyhow, so
/// that anything unexpected can join them with its context; the error, if any, has not been
/// printed yet unless marked reported.
pub async fn run(mut cli: Cli, output: Arc<Output>) -> anyhow::Result<()> {
    // `auth login|logout` are the same commands as `login|logout` (for gh habits).
    cli.command = match cli.command {
        Command::Auth { command: AuthCommand::Login(args) } => Command::Login(args),
        Command::Auth { command: AuthCommand::Logout(args) } => Command::Logout(args),
        other => other,
    };
    let global = cli.global.clone();
    match cli.command {
        Command::Completions { shell, install } => return crate::commands::completions::run(shell, install),
        Command::Sandbox(args) => return Ok(crate::commands::sandbox::serve(args, &output).await?),
        _ => {}
    }
    let sandbox = if global.sandbox { Some(Sandbox::start(0).await?) } else { None };
    let paths = Paths::resolve(global.config.as_deref())?;
    let config = Config::load(paths, global.profile.clone(), sandbox.as_ref().map(Sandbox::settings), &output)?;
    if let Some(sb) = &sandbox {
        output.status(&format!("sandbox: local fakes of the services at {}", sb.base_url()));
    }
    let service = match &cli.command {
        Command::Pyrus(_) => Some(crate::services::pyrus::KIND),
        Command::Connect(_) => Some(crate::services::connect::KIND),
        Command::Ok(_) => Some(crate::services::ok::KIND),
        Command::Carbonio(_) => Some(crate::services::carbonio::KIND),
        Command::Protocol(_) => Some(crate::services::protocol::KIND),
        Command::Login(args) => Some(args.service),
        _ => None,
    };
    let ctx = Context {
        prompter: Prompter::new(global.no_input),
        global: RunSettings::from_flags(&global),
        output,
        config,
        sandbox,
        service,
    };
    // The service's settings are checked before the command reads any of them (an id from
    // the profile is checked by its own rules first otherwise); `login` checks what it takes
    // as it asks, and flags are checked when a request is built (`Context::http`).
    if let Some(svc) = service.filter(|_| !matches!(cli.command, Command::Login(_))) {
        ctx.settings(svc).check().map_err(|f| ctx.explain(f))?;
    }
    let outcome = match cli.command {
        Command::Pyrus(args) => crate::commands::pyrus::run(&ctx, args).await,
        Command::Connect(args) => crate::commands::connect::run(&ctx, args).await,
        Command::Ok(args) => crate::commands::ok::run(&ctx, args).await,
        Command::Carbonio(args) => crate::commands::carbonio::run(&ctx, args).await,
        Command::Protocol(args) => crate::commands::protocol::run(&ctx, args).await,
        Command::Login(args) => crate::commands::auth::login(&ctx, args).await,
        Command::Logout(args) => crate::commands::auth::logout(&ctx, args),
        Command::Auth { command } => crate::commands::auth::status(&ctx, command).await,
        Command::History(args) => crate::commands::history::run(&ctx, args),
        Command::Completions { .. } | Command::Sandbox(_) => unreachable!("handled above"),
    };
    Ok(outcome.map_err(|f| ctx.explain(f))?)
}

/// The exit code for a finished run, printing the error if it was not reported yet.
pub fn finish(result: anyhow::Result<()>, output: &Output) -> u8 {
    let Err(err) = result else { return 0 };
    match err.chain().find_map(|e| e.downcast_ref::<Failure>()) {
        Some(failure) if failure.reported => {}
        Some(failure) => output.error(failure),
        None => output.error(&Failure::general(format!("{err:#}"))),
    }
    class_of(&err).code()
}
