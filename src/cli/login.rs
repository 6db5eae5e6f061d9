//! `chatdrop login <service>` (and `auth login`): one subcommand per registered service, whose
//! flags are the keys its login asks (`ServiceInfo::login`), so a new service's question has a
//! flag without any code here. Each visible key is `--<key>` (the server address is `--url`;
//! an account is also `--login`, `--account` or `--email`, as before); the first secret is
//! what `--with-token` reads from stdin; a secret kept only when asked gets `--store-<key>`.
//! Secrets themselves never come from argv, nor does a visible key whose name reads like a
//! secret's (OK.ru's public `application_key`): a flag `--application-key <VALUE>` would teach
//! people to put keys on the command line. The commands read [`LoginArgs`] as plain data.

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::config::ServiceSettings;
use crate::services::spec::{Key, ServiceKind};

/// Where secrets come from instead, under every login's help.
const SECRETS: &str = "Secrets are never taken on the command line: they come from a hidden prompt, from stdin \
    (--with-token), or from the CHATDROP_<SERVICE>_* env vars (see `chatdrop auth status`).";

/// The names an account's key also answers to (`--login` was every login's flag).
const ACCOUNT: [&str; 3] = ["login", "account", "email"];

/// Words that make a name read like a secret's.
const SECRETISH: [&str; 6] = ["password", "passwd", "token", "secret", "key", "credential"];

/// A visible key the login takes as a flag.
fn flagged(key: Key) -> bool {
    !key.is_secret() && !SECRETISH.iter().any(|w| key.name().contains(w))
}

/// `chatdrop login <service> …`, parsed.
#[derive(Debug, Clone)]
pub struct LoginArgs {
    pub service: ServiceKind,
    /// `--with-token`: the first secret comes from stdin.
    pub with_token: bool,
    /// The values given as flags (never a secret).
    given: Vec<(Key, String)>,
    /// The secrets whose `--store-<key>` was given.
    keep: Vec<Key>,
}

impl LoginArgs {
    /// The value `key` was given on the command line.
    pub fn given(&self, key: Key) -> Option<String> {
        self.given.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    }

    /// Whether `--store-<key>` was given.
    pub fn keeps(&self, key: Key) -> bool {
        self.keep.contains(&key)
    }

    /// Whether `key` is the secret `--with-token` read from stdin.
    pub fn from_stdin(&self, key: Key) -> bool {
        self.with_token && self.service.stdin_key() == Some(key)
    }

    /// The flag that gives `key` (`--url`, `--login`, `--application-key`).
    pub fn flag(key: Key) -> String {
        format!("--{}", long(key))
    }

    /// `settings` with the values given as flags on top (each named by its flag).
    pub fn apply<'a>(&self, settings: ServiceSettings<'a>) -> ServiceSettings<'a> {
        self.given.iter().fold(settings, |s, (key, value)| s.flag_as(*key, &Self::flag(*key), Some(value.as_str())))
    }
}

/// The long flag of a login key: the one server address is `url`.
fn long(key: Key) -> String {
    if key.is_url() { "url".to_string() } else { key.name().replace('_', "-") }
}

/// The store flag of a secret kept only when asked.
fn store_flag(key: Key) -> String {
    format!("store-{}", key.name().replace('_', "-"))
}

/// A key's help as a flag's: its first letter a capital.
fn sentence(help: &str) -> String {
    let mut chars = help.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `chatdrop login <svc>`: its questions as flags.
fn service_command(svc: ServiceKind) -> Command {
    let mut cmd = Command::new(svc.name()).about(format!("Log in to {}", svc.title())).after_help(SECRETS);
    for &key in svc.login() {
        if flagged(key) {
            let value_name = if key.is_url() { "URL".to_string() } else { key.name().to_ascii_uppercase() };
            let aliases = ACCOUNT.iter().filter(|a| ACCOUNT.contains(&key.name()) && **a != key.name());
            cmd = cmd.arg(
                Arg::new(key.name())
                    .long(long(key))
                    .visible_aliases(aliases.copied().collect::<Vec<_>>())
                    .value_name(value_name)
                    .help(sentence(key.help())),
            );
            continue;
        }
        if !key.is_secret() {
            continue;
        }
        if svc.stdin_key() == Some(key) {
            let help = format!("Read the {} from stdin instead of prompting", key.name().replace('_', " "));
            cmd = cmd.arg(Arg::new("with_token").long("with-token").action(ArgAction::SetTrue).help(help));
        }
        if key.on_request() {
            let help = format!("Also store the {} ({})", key.name().replace('_', " "), key.help());
            cmd = cmd.arg(Arg::new(store_flag(key)).long(store_flag(key)).action(ArgAction::SetTrue).help(help));
        }
    }
    cmd
}

impl clap::Args for LoginArgs {
    fn augment_args(cmd: Command) -> Command {
        let services = crate::services::ALL.map(service_command);
        cmd.subcommand_required(true).subcommand_value_name("SERVICE").after_help(SECRETS).subcommands(services)
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for LoginArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let missing = || clap::Error::new(clap::error::ErrorKind::MissingSubcommand);
        let (name, sub) = m.subcommand().ok_or_else(missing)?;
        let service = ServiceKind::from_name(name).ok_or_else(missing)?;
        let visible = service.login().iter().filter(|k| flagged(**k));
        let given = visible.filter_map(|k| Some((*k, sub.get_one::<String>(k.name())?.clone()))).collect();
        let keep =
            service.login().iter().copied().filter(|k| k.on_request() && sub.get_flag(&store_flag(*k))).collect();
        let with_token = service.stdin_key().is_some() && sub.get_flag("with_token");
        Ok(LoginArgs { service, with_token, given, keep })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}
