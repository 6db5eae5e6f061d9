//! The command line, and the only module that knows clap: the global flags, the command tree
//! (each service's arguments in `cli::<service>`), help texts, and what is generated from
//! the tree (shell completions, man pages). Commands read the parsed structs as plain data.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

pub(crate) mod carbonio;
pub mod completions;
pub(crate) mod connect;
pub(crate) mod history;
pub(crate) mod install;
pub mod manpages;
pub(crate) mod ok;
pub(crate) mod protocol;
pub(crate) mod pyrus;

use crate::services::spec::ServiceKind;

/// The exit codes and what each means: `--help` lists them, and the man pages' EXIT STATUS.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "success"),
    ("1", "failure: rejected by the server, integrity mismatch, other"),
    ("2", "usage: bad command line or missing setting"),
    ("3", "partial: some files of a batch failed"),
    ("4", "authentication: credentials missing or rejected"),
    ("5", "temporary: network, timeout, rate limit or 5xx after the retries"),
    ("6", "local input: file missing, unreadable, a directory, empty, too large or of the wrong type"),
    ("129", "hung up (SIGHUP: the terminal or ssh session closed)"),
    ("130", "interrupted (Ctrl-C)"),
    ("143", "terminated (SIGTERM)"),
];

/// The exit codes as `--help` shows them.
pub fn exit_codes() -> String {
    let mut text = String::from("Exit codes:");
    for (code, meaning) in EXIT_STATUS {
        text.push_str(&format!("\n  {code:<4} {meaning}"));
    }
    text
}

#[derive(Debug, Parser)]
#[command(
    name = "chatdrop",
    version,
    about = "Put files and images into Pyrus, 1C-Connect, OK.ru, Carbonio and Protocol chats",
    long_about = "Put files and images into Pyrus, 1C-Connect, OK.ru, Carbonio and Protocol chats \
                  from a shell or a CI job."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Settings profile to use
    #[arg(long, global = true, env = "CHATDROP_PROFILE", default_value = "default", value_name = "NAME")]
    pub profile: String,

    /// Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Print results as JSON, one object per line (NDJSON), on stdout
    #[arg(long, global = true)]
    pub json: bool,

    /// No progress or status on stderr (results and errors still print)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Log requests and responses on stderr (-vv: with headers); secrets are always redacted
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Never prompt; fail at once when input would be needed
    #[arg(long, global = true, env = "CHATDROP_NO_INPUT", value_parser = parse_switch)]
    pub no_input: bool,

    /// Run against built-in local fakes of the services (no account needed); they keep what they
    /// are sent until `chatdrop sandbox --reset`
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Concurrent uploads for several files
    #[arg(long, global = true, default_value_t = 4, value_name = "N", env = "CHATDROP_JOBS",
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,

    /// Retries after a temporary failure (connect error, 429, 502/503/504)
    #[arg(long, global = true, default_value_t = 3, value_name = "N", env = "CHATDROP_RETRIES")]
    pub retries: u32,

    /// Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Give up connecting after this long
    #[arg(long, global = true, default_value = "10s", value_name = "DURATION", value_parser = parse_duration)]
    pub connect_timeout: Duration,

    /// Fail a transfer when no data moves for this long (there is no total time limit)
    #[arg(long, global = true, default_value = "30s", value_name = "DURATION", value_parser = parse_duration,
          env = "CHATDROP_STALL_TIMEOUT")]
    pub stall_timeout: Duration,

    /// How long to wait for the server's answer once a file is fully sent
    #[arg(long, global = true, default_value = "120s", value_name = "DURATION", value_parser = parse_duration,
          env = "CHATDROP_RESPONSE_TIMEOUT")]
    pub response_timeout: Duration,
}

/// How to try chatdrop with no account: shown by bare `chatdrop` and by `chatdrop --help`.
pub const SANDBOX_HINT: &str = "Try it without any account: `chatdrop --sandbox pyrus upload FILE` runs against built-in local fakes of the services.";

/// The command line parsed; on a mistake (or `--help`, `--version`) clap's message, with a
/// tip for a misremembered verb, and the exit.
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    use clap::FromArgMatches;
    match command().try_get_matches_from(&args).and_then(|mut m| Cli::from_arg_matches_mut(&mut m)) {
        Ok(cli) => cli,
        Err(err) => with_env_origin(with_verb_tip(err, &args), &args).exit(),
    }
}

/// The command tree as people meet it: `chatdrop --help` lists the global options in full,
/// while each subcommand's help starts with its own options and examples and points to the
/// global ones in one line. (Parsing is unchanged: global options work after any subcommand.
/// Completions and man pages use the plain [`Cli`] tree, so they still list every option.)
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let globals: Vec<clap::Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).cloned().collect();
    let names: Vec<String> = globals
        .iter()
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")).or_else(|| a.get_short().map(|c| format!("-{c}"))))
        .collect();
    let listing = clap::Command::new("chatdrop")
        .disable_help_flag(true)
        .args(globals.iter().map(|a| a.clone().global(false)))
        .help_template("{all-args}")
        .render_help()
        .to_string();
    let pointer = format!("Global options ({}) work here too: see `chatdrop --help`.", names.join(", "));
    let mut cmd = cmd.after_help(format!("{SANDBOX_HINT}\n\n{}\n\n{}", listing.trim_end(), exit_codes()));
    for arg in &globals {
        cmd = cmd.mut_arg(arg.get_id().clone(), |a| a.hide(true));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        cmd = cmd.mut_subcommand(name, |sub| with_pointer(sub, &pointer));
    }
    cmd
}

/// Add the one-line pointer to the global options under a subcommand's own help (and its
/// subcommands'), after its examples.
fn with_pointer(cmd: clap::Command, pointer: &str) -> clap::Command {
    let text = match cmd.get_after_help() {
        Some(existing) => format!("{existing}\n\n{pointer}"),
        None => pointer.to_string(),
    };
    let mut cmd = cmd.after_help(text);
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        cmd = cmd.mut_subcommand(name, |sub| with_pointer(sub, pointer));
    }
    cmd
}

/// A value clap refused that came from a variable, not the command line: the error names the
/// variable, since the user typed no `--jobs` and would look for the mistake in the wrong place.
pub fn with_env_origin(mut err: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(err.kind(), ErrorKind::InvalidValue | ErrorKind::ValueValidation) {
        return err;
    }
    let Some(ContextValue::String(shown)) = err.get(ContextKind::InvalidArg).cloned() else { return err };
    // `--jobs <N>` → `--jobs`
    let flag = shown.split_whitespace().next().unwrap_or_default().to_string();
    let on_command_line =
        args.iter().filter_map(|a| a.to_str()).any(|a| a == flag || a.starts_with(&format!("{flag}=")));
    if on_command_line || !flag.starts_with("--") {
        return err;
    }
    let root = command();
    let mut found = None;
    let mut stack = vec![&root];
    while let Some(cmd) = stack.pop() {
        if let Some(arg) = cmd.get_arguments().find(|a| a.get_long() == Some(&flag[2..])) {
            found = arg.get_env().map(|e| e.to_string_lossy().into_owned());
            if found.is_some() {
                break;
            }
        }
        stack.extend(cmd.get_subcommands());
    }
    let Some(var) = found.filter(|v| crate::env::get_os(v).is_some()) else { return err };
    err.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![
            format!("the value comes from the environment variable {var} (no {flag} was given): fix or unset it")
                .into(),
        ]),
    );
    err
}

/// Words people type out of habit (gh, rclone, curl) and the verb group they mean.
const HABITS: &[(&[&str], &[&str])] = &[
    (&["send", "post", "put", "push", "attach", "upload", "up"], &["upload", "attach", "send-image", "moment"]),
    (&["list", "ls", "dir", "index"], &["list", "attachments"]),
    (&["get", "info", "show", "view", "stat", "describe"], &["get", "info"]),
    (&["delete", "rm", "remove", "del", "erase"], &["delete"]),
    (&["download", "fetch", "pull", "dl", "save"], &["download"]),
    (&["signin", "sign-in", "auth", "authenticate", "logon"], &["login"]),
];

/// A usage error for an unknown verb gets a tip: the verb a habit maps to in that command,
/// else the list of the command's verbs.
pub fn with_verb_tip(mut err: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::InvalidSubcommand || err.get(ContextKind::SuggestedSubcommand).is_some() {
        return err;
    }
    let Some(ContextValue::String(word)) = err.get(ContextKind::InvalidSubcommand).cloned() else { return err };
    // The command the word was given to: the last known subcommand before it.
    let root = command();
    let mut parent = &root;
    let mut path = vec!["chatdrop".to_string()];
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg == word {
            break;
        }
        if let Some(sub) = parent.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            parent = sub;
        }
    }
    let verbs: Vec<&str> = parent.get_subcommands().map(|s| s.get_name()).filter(|n| *n != "help").collect();
    let meant =
        HABITS.iter().find(|(words, _)| words.contains(&word.to_ascii_lowercase().as_str())).and_then(|(_, group)| {
            parent
                .get_subcommands()
                .find(|s| group.iter().any(|g| s.get_name() == *g || s.get_all_aliases().any(|a| a == *g)))
        });
    let tip = match meant {
        Some(sub) => format!("`{}` is called `{} {}` here", word, path.join(" "), sub.get_name()),
        None => format!("the commands of `{}` are: {}", path.join(" "), verbs.join(", ")),
    };
    err.insert(ContextKind::Suggested, ContextValue::StyledStrs(vec![tip.into()]));
    err
}

/// Where a downloaded file goes, for every command that saves one.
#[derive(Debug, Clone, Args)]
pub struct SaveArgs {
    /// Where to save: a directory, a file path, or - for stdout
    #[arg(short, long, value_name = "PATH|DIR|-")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

/// The journal flags every upload command takes (flattened into each, so they show in its help).
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Journal (what was sent, so a re-run sends only what is missing)")]
pub struct JournalArgs {
    /// Leave out files whose content was already sent to the same service, profile and target
    /// (a file whose size, mtime and inode match the journal's record is not read, the others
    /// are hashed first); they are reported as skipped with the earlier ids
    #[arg(long, env = "CHATDROP_SKIP_SENT", value_parser = parse_switch)]
    pub skip_sent: bool,
    /// Send every file, even where the profile sets `skip_sent = true`
    #[arg(long, overrides_with = "skip_sent")]
    pub no_skip_sent: bool,
    /// With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)
    #[arg(long)]
    pub resend_unknown: bool,
    /// With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode
    /// match the journal's record (CHATDROP_CHECKSUM)
    #[arg(long)]
    pub checksum: bool,
    /// The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)
    #[arg(long, value_name = "FILE", env = "CHATDROP_JOURNAL")]
    pub journal: Option<PathBuf>,
    /// Record nothing in the journal for this run
    #[arg(long)]
    pub no_journal: bool,
}

/// A service name from the registry (its names are the possible values, for help and completions).
pub fn service_parser() -> impl clap::builder::TypedValueParser<Value = ServiceKind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(crate::services::ALL.map(|s| s.name()))
        .map(|name| ServiceKind::from_name(&name).expect("a possible value is a registered service"))
}

/// Durations (flags and their variables) go through the one checked parser in `env`.
pub use crate::env::{MAX_DURATION, MIN_DURATION, parse_duration};

/// A switch's variable (`CHATDROP_SKIP_SENT`, `CHATDROP_NO_INPUT`): the one yes/no parser of
/// `env`, so `y` or `enabled` is refused (exit 2) instead of being guessed at.
fn parse_switch(s: &str) -> Result<bool, String> {
    crate::env::parse_bool(s)
}

/// Writes [`ServiceCommand`] from the registry (`with_each_service!` in lib.rs): each service's
/// `cli::<service>` declares its arguments.
macro_rules! service_tree {
    ($($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => {
        /// `chatdrop <service> …`: one subcommand per registered service.
        #[derive(Debug, Subcommand)]
        pub enum ServiceCommand {
            $($(#[$doc])* $variant($module::$args),)*
        }

        impl ServiceCommand {
            /// The service the command acts on.
            pub fn kind(&self) -> ServiceKind {
                match self {
                    $(ServiceCommand::$variant(_) => crate::services::$module::KIND,)*
                }
            }
        }
    };
}
with_each_service!(service_tree);

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Service(ServiceCommand),
    /// Set up credentials for a service (checked live before they are saved)
    Login(LoginArgs),
    /// Forget the stored credentials of a service
    Logout(LogoutArgs),
    /// Credentials overview
    Auth {
        #[command(subcommand)]
        command: AuthCommand,
    },
    /// Print a shell completion script, or install it where the shell looks for it (--install)
    Completions {
        /// The shell to complete for (with --install, the one named by $SHELL when omitted)
        #[arg(required_unless_present = "install")]
        shell: Option<clap_complete::Shell>,
        /// Write the script to the shell's standard user location and say what else to do
        #[arg(long)]
        install: bool,
    },
    /// Print a man page, or install them all where man finds them (--install)
    #[command(after_help = "Examples:\n  chatdrop man --install\n  chatdrop man pyrus-upload | man -l -")]
    Man {
        /// The page to print, named after its command: pyrus-upload, auth-status (default: chatdrop)
        #[arg(value_name = "COMMAND", conflicts_with = "install")]
        page: Option<String>,
        /// Write every page to ${XDG_DATA_HOME:-~/.local/share}/man/man1 and say whether man looks there
        #[arg(long)]
        install: bool,
    },
    /// Serve local fakes of every service, for trying chatdrop and for tests
    Sandbox(SandboxArgs),
    /// What was uploaded where, newest first, from the journal (failed and unknown included)
    History(history::HistoryArgs),
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Set up credentials for a service (the same as `chatdrop login`)
    Login(LoginArgs),
    /// Forget the stored credentials of a service (the same as `chatdrop logout`)
    Logout(LogoutArgs),
    /// Which services have credentials in this profile, and where they come from (never the secrets)
    #[command(
        after_help = "Examples:\n  chatdrop auth status\n  chatdrop auth status --check            # exit 4 when a service refuses its credentials\n  chatdrop --json auth status protocol"
    )]
    Status {
        /// Only this service
        #[arg(value_parser = service_parser())]
        service: Option<ServiceKind>,
        /// Also try each service's credentials live (as `login` does); exit 4 if one is refused
        #[arg(long)]
        check: bool,
    },
    /// Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file
    Migrate,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = "Secrets are never taken on the command line: they come from a hidden prompt, \
    from stdin (--with-token), or from the CHATDROP_<SERVICE>_* env vars (see `chatdrop auth status`).")]
pub struct LoginArgs {
    /// The service to log in to
    #[arg(value_parser = service_parser())]
    pub service: ServiceKind,
    /// Read the secret from stdin instead of prompting (Pyrus: the security key; Connect and
    /// Carbonio: the password; OK.ru: the access token; Protocol: the token)
    #[arg(long)]
    pub with_token: bool,
    /// Server or API base URL to store with the credentials
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Login, email or account name
    #[arg(long, visible_alias = "account", visible_alias = "email", value_name = "NAME")]
    pub login: Option<String>,
    /// Also store the password, so an expired token can be renewed without asking (Carbonio)
    #[arg(long)]
    pub store_password: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// The service whose stored credentials to forget
    #[arg(value_parser = service_parser())]
    pub service: ServiceKind,
}

#[derive(Debug, Args)]
#[command(after_help = "The fakes keep what they are sent (rooms, attachments, uploaded files) in sandbox/ under the \
    state dir (e.g. ~/.local/state/chatdrop/sandbox), shared by `chatdrop sandbox` and every `--sandbox` run, \
    at most CHATDROP_SANDBOX_MAX_BYTES (default 2 GiB) in 10000 files, until `chatdrop sandbox --reset`.")]
pub struct SandboxArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Forget everything the fakes kept (their state and the uploaded files), then exit
    #[arg(long, conflicts_with = "port")]
    pub reset: bool,
}
