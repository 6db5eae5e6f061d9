//! What every command gets: the run's settings (resolved once by `app` from the global flags),
//! the output, the configuration, the prompter and the sandbox. Built by `app`, read by the
//! commands and the shared flows; no clap type reaches it.

use std::sync::Arc;

use crate::config::{Config, ServiceSettings, url};
use crate::error::{Failure, Result};
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
}

impl Context {
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
    pub fn base_url(&self, settings: &ServiceSettings<'_>, key: Key) -> Result<String> {
        let resolved = settings.resolved(key).ok_or_else(|| {
            settings.require(key, None).err().unwrap_or_else(|| Failure::usage(format!("no `{key}` set")))
        })?;
        url::check_base_url(
            &resolved.value,
            &format!("{} `{key}` (from {})", settings.svc.title(), settings.origin(key, &resolved.source)),
            self.output.as_ref(),
        )
    }
}
