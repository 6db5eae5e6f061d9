//! What every command gets: the run's settings (resolved once by `app` from the global flags),
//! the output, the configuration, the prompter and the sandbox. Built by `app`, read by the
//! commands and the shared flows; no clap type reaches it.

use std::sync::Arc;

use crate::config::{Config, ServiceSettings, url};
use crate::error::{Connect, Endpoint, Failure, Problem, Result};
use crate::http::{Http, HttpOptions};
use crate::output::Output;
use crate::output::prompt::Prompter;
use crate::sandbox::Sandbox;
use crate::services::spec::{CA_CERT, Key, ServiceKind};
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
    /// The first backoff (doubling from there): 500 ms, shortened by the test suite.
    pub retry_base_delay: std::time::Duration,
    /// An extra CA certificate to trust (`--ca-cert`).
    pub ca_cert: Option<std::path::PathBuf>,
    pub connect_timeout: std::time::Duration,
    pub stall_timeout: std::time::Duration,
    pub response_timeout: std::time::Duration,
    /// Running against the built-in fakes.
    pub sandbox: bool,
    /// `--dry-run`: requests that change something are planned, not sent (see `crate::plan`).
    pub dry_run: bool,
}

/// What every command gets.
pub struct Context {
    pub global: RunSettings,
    pub output: Arc<Output>,
    pub config: Config,
    pub prompter: Prompter,
    /// The in-process fakes of `--sandbox`, alive for the whole run.
    #[expect(dead_code, reason = "held, not read: the fakes serve until the run ends")]
    pub sandbox: Option<Sandbox>,
    /// The service the command acts on, if any (for the login hint of refused credentials).
    pub service: Option<ServiceKind>,
    /// `send` and `watch`: the destination being sent to now (its service, and how the
    /// command line named it), which its records carry and its failures are explained for.
    pub destination: std::sync::Mutex<Option<(ServiceKind, String)>>,
}

impl Context {
    /// The service acted on now: the destination's (`send`, `watch`), else the command's.
    pub fn acting(&self) -> Option<ServiceKind> {
        self.destination.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(|(svc, _)| *svc).or(self.service)
    }

    /// The destination being sent to now, as the command line named it (`carbonio:Ops`).
    pub fn destination_label(&self) -> Option<String> {
        self.destination.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(|(_, label)| label.clone())
    }

    /// Run what follows for the destination `label` of `svc` (None: back to the command's own).
    pub fn set_destination(&self, to: Option<(ServiceKind, String)>) {
        *self.destination.lock().unwrap_or_else(|e| e.into_inner()) = to;
    }

    /// The settings of `svc`, with the global `--ca-cert` on top.
    pub fn settings(&self, svc: ServiceKind) -> ServiceSettings<'_> {
        self.config.service(svc).flag(CA_CERT, self.global.ca_cert.as_ref().map(|p| p.to_string_lossy().into_owned()))
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
        RetryPolicy::new(self.global.retries, self.global.retry_base_delay, HttpOptions::default().max_retry_wait)
    }

    pub fn watch(&self) -> Watch {
        Watch { stall: self.global.stall_timeout, response: self.global.response_timeout }
    }

    /// A base URL setting, checked: a URL, http(s), trailing slash removed. Plain http to
    /// anything but this machine gets a warning, since credentials would travel in clear.
    /// The URL is noted with where it came from, for a failure to reach it (see [`Context::unreachable_hint`]).
    pub fn base_url(&self, settings: &ServiceSettings<'_>, key: Key) -> Result<String> {
        let resolved = settings.resolved(key).ok_or_else(|| {
            settings.require(key, None).err().unwrap_or_else(|| Failure::usage(format!("no `{key}` set")))
        })?;
        let origin = settings.origin(key, &resolved.source);
        self.checked_url(&resolved.value, &format!("{} `{key}` (from {origin})", settings.svc.title()), &origin)
    }

    /// A base URL given some other way (a login's answer), checked as [`Context::base_url`]
    /// checks a setting (`what` names it in errors) and noted with `origin`.
    pub fn checked_url(&self, value: &str, what: &str, origin: &str) -> Result<String> {
        let checked = url::check_base_url(value, what, self.output.as_ref())?;
        self.config.note_url(&checked, origin);
        Ok(checked)
    }

    /// The hint for a failure to reach a server ([`Problem::Unreachable`]), the same for every
    /// service: what to check, and where the address came from. None for any other failure.
    /// Called by `Context::explain`.
    pub fn unreachable_hint(&self, svc: ServiceKind, failure: &Failure) -> Option<String> {
        let Some(Problem::Unreachable(why)) = failure.problem else { return None };
        let endpoint = failure.endpoint.as_deref();
        let at = endpoint.map_or_else(|| "the server".to_string(), Endpoint::to_string);
        let from = match endpoint.and_then(|e| self.address_origin(svc, e)) {
            Some(origin) => format!("the address comes from {origin}"),
            None => format!(
                "check {}'s address (`chatdrop auth status {}` shows each setting and where it comes from)",
                svc.title(),
                svc.name()
            ),
        };
        Some(match why {
            Connect::Refused => format!("{from}: check its host and port, and that the server runs"),
            Connect::UnknownHost => format!("{from}: check the host name"),
            Connect::NameService => format!("the name service could not be asked; check the network and DNS ({from})"),
            Connect::TimedOut => format!(
                "{from}: check its host and port; if they are right, the network or a firewall drops the connection (on a slow link, raise --connect-timeout)"
            ),
            Connect::Handshake => format!(
                "{from}: check that it names the right server and port (the server at {at} refused the TLS 1.2 and 1.3 chatdrop offers)"
            ),
            Connect::Untrusted => {
                format!("if the server uses a private CA, pass --ca-cert FILE (or set ca_cert in the profile); {from}")
            }
            Connect::NotHttps => format!(
                "{from}: if the server has no TLS, write its url with http:// (http://{at}/...); otherwise check the port"
            ),
            Connect::Network => format!("{from}: check it, the network and any proxy (HTTPS_PROXY, NO_PROXY)"),
        })
    }

    /// Where the address `endpoint` came from, in words: a base URL this run noted at that
    /// address (the latest, preferring the one whose path the request's path starts with, as a
    /// login's `--url` over the profile's value), else a URL setting of `svc` (a key named
    /// `url` or `*_url`) whose value points there.
    fn address_origin(&self, svc: ServiceKind, endpoint: &Endpoint) -> Option<String> {
        let path_of = |url: &str| Endpoint::of(url).map(|e| e.url).unwrap_or_default();
        let noted = self.config.noted_urls();
        let at: Vec<&(String, String)> = noted.iter().rev().filter(|(url, _)| endpoint.is_at(url)).collect();
        let best =
            at.iter().find(|(url, _)| endpoint.url.starts_with(path_of(url).trim_end_matches('/'))).or(at.first());
        if let Some((_, origin)) = best {
            return Some(origin.clone());
        }
        let settings = self.settings(svc);
        svc.keys().iter().filter(|k| k.name() == "url" || k.name().ends_with("_url")).find_map(|key| {
            let resolved = settings.resolved(*key)?;
            endpoint.is_at(&resolved.value).then(|| settings.origin(*key, &resolved.source))
        })
    }
}
