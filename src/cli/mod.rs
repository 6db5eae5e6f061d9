//! The command line, and the only module that knows clap: the global flags, the command tree
//! (each service's arguments in `cli::<service>`), help texts, and what is generated from
//! the tree (shell completions, man pages). Commands read the parsed structs as plain data.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

pub mod completions;
pub(crate) mod history;
pub(crate) mod install;
pub(crate) mod login;
pub mod manpages;
pub(crate) mod send;
// Each service's arguments, one module per registry line.
with_each_service!(service_modules, crate_wide);

use crate::env;
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
    about = about(),
    long_about = format!("{} from a shell or a CI job.", about())
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
    /// The subcommands as given, by their own names (`["carbonio", "attach"]` for
    /// `chatdrop carbonio upload`): what a failure's `--json` record names as its action.
    #[arg(skip)]
    pub invoked: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Settings profile to use [default: default] [env: CHATDROP_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

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

    /// Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Run against built-in local fakes of the services (no account needed); they keep what they
    /// are sent until `chatdrop sandbox --reset`
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Check everything and print the requests that would change something, sending none of
    /// them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]
    #[arg(short = 'n', long, global = true)]
    pub dry_run: bool,

    /// Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: Option<u16>,

    /// Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<u32>,

    /// Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Give up connecting after this long
    #[arg(long, global = true, default_value = "10s", value_name = "DURATION", value_parser = parse_duration)]
    pub connect_timeout: Duration,

    /// Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s]
    /// [env: CHATDROP_STALL_TIMEOUT]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub stall_timeout: Option<Duration>,

    /// How long to wait for the server's answer once a file is fully sent [default: 120s]
    /// [env: CHATDROP_RESPONSE_TIMEOUT]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub response_timeout: Option<Duration>,
}

/// The global flags that have a variable, resolved flag > variable > default. The variables
/// are read through `env` (the one reader of the environment), whose `check` has refused a
/// malformed value before anything reads it.
impl GlobalArgs {
    pub fn profile(&self) -> String {
        self.profile.clone().or_else(|| env::get(env::PROFILE)).unwrap_or_else(|| "default".into())
    }

    pub fn no_input(&self) -> bool {
        self.no_input || env::get(env::NO_INPUT).is_some_and(|v| env::parse_bool(&v) == Ok(true))
    }

    pub fn dry_run(&self) -> bool {
        self.dry_run || env::get(env::DRY_RUN).is_some_and(|v| env::parse_bool(&v) == Ok(true))
    }

    pub fn jobs(&self) -> u16 {
        self.jobs.or_else(|| env::count(env::JOBS).and_then(|n| u16::try_from(n).ok())).unwrap_or(4)
    }

    pub fn retries(&self) -> u32 {
        self.retries.or_else(|| env::count(env::RETRIES).and_then(|n| u32::try_from(n).ok())).unwrap_or(3)
    }

    pub fn stall_timeout(&self) -> Duration {
        self.stall_timeout.or_else(|| env::duration(env::STALL_TIMEOUT)).unwrap_or(Duration::from_secs(30))
    }

    pub fn response_timeout(&self) -> Duration {
        self.response_timeout.or_else(|| env::duration(env::RESPONSE_TIMEOUT)).unwrap_or(Duration::from_secs(120))
    }
}

/// The one-line description, naming every registered service.
pub fn about() -> String {
    let titles: Vec<&str> = crate::services::ALL.iter().map(|s| s.title()).collect();
    let (last, rest) = titles.split_last().unwrap_or((&"", &[]));
    format!("Put files and images into {} and {last} chats", rest.join(", "))
}

/// `chatdrop <service>`'s help line and its subcommands, in order: the README's table of
/// services is generated from them (tests/it/registry.rs).
pub fn service_summary(name: &str) -> Option<(String, Vec<String>)> {
    use clap::CommandFactory;
    let cli = Cli::command();
    let service = cli.find_subcommand(name)?;
    let verbs = service.get_subcommands().filter(|c| !c.is_hide_set()).map(|c| c.get_name().to_string()).collect();
    Some((service.get_about()?.to_string(), verbs))
}

/// `chatdrop <service>`'s commands, one synopsis line each (a nested one per subcommand): the
/// options of its own (not the global or journal flags, which have headings of their own, nor
/// `--files-from`), then its arguments. The "Commands" block of each service's docs page is
/// generated from them (tests/it/registry.rs).
pub fn service_synopsis(name: &str) -> Option<Vec<String>> {
    use clap::CommandFactory;
    fn lines(path: String, cmd: &clap::Command, out: &mut Vec<String>) {
        if cmd.has_subcommands() {
            for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set() && c.get_name() != "help") {
                lines(format!("{path} {}", sub.get_name()), sub, out);
            }
            return;
        }
        let mut line = path;
        let own = |a: &&clap::Arg| !a.is_hide_set() && !a.is_global_set() && a.get_help_heading().is_none();
        let value =
            |a: &clap::Arg| a.get_value_names().map_or(a.get_id().to_string().to_uppercase(), |n| n[0].to_string());
        for arg in cmd.get_arguments().filter(own).filter(|a| !a.is_positional()) {
            let Some(long) = arg.get_long().filter(|l| !["help", "files-from"].contains(l)) else { continue };
            let takes = arg.get_num_args().is_some_and(|n| n.takes_values());
            line.push_str(&if takes { format!(" [--{long} {}]", value(arg)) } else { format!(" [--{long}]") });
        }
        for arg in cmd.get_positionals().filter(own) {
            let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
            let required = arg.is_required_set() || many;
            let word = format!("{}{}", value(arg), if many { "..." } else { "" });
            line.push_str(&if required { format!(" {word}") } else { format!(" [{word}]") });
        }
        out.push(line);
    }
    let mut cli = Cli::command();
    cli.build();
    let service = cli.find_subcommand(name)?;
    let mut out = Vec::new();
    lines(format!("chatdrop {name}"), service, &mut out);
    Some(out)
}

/// How to try chatdrop with no account: shown by bare `chatdrop` and by `chatdrop --help`.
pub const SANDBOX_HINT: &str = "Try it without any account: `chatdrop --sandbox pyrus upload FILE` runs against built-in local fakes of the services.";

/// The command line parsed; on a mistake (or `--help`, `--version`) clap's message, with a
/// tip for a misremembered verb or a flag in the wrong place, and the exit. With `--json`, a
/// mistake is also one failure record on stdout, as every failure is.
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    parse_as(args, true)
}

fn parse_as(args: Vec<std::ffi::OsString>, may_spill: bool) -> Cli {
    use clap::FromArgMatches;
    let (args, spilled) = if may_spill { spill(args) } else { (args, Vec::new()) };
    let mut takes_files = false;
    let parsed = command().try_get_matches_from(&args).and_then(|mut m| {
        let mut invoked = Vec::new();
        let mut sub = &m;
        while let Some((name, next)) = sub.subcommand() {
            invoked.push(name.to_string());
            sub = next;
        }
        takes_files = sub.try_get_raw("files").ok().flatten().is_some();
        Cli::from_arg_matches_mut(&mut m).map(|cli| Cli { invoked, ..cli })
    });
    if !spilled.is_empty() {
        if parsed.is_ok() && takes_files {
            *SPILLED.lock().unwrap_or_else(|e| e.into_inner()) = spilled;
        } else {
            // Not a command that sends files, or a mistake: parsed whole, as any command line is.
            let mut args = args;
            args.extend(spilled);
            return parse_as(args, false);
        }
    }
    match parsed {
        Ok(cli) => cli,
        Err(err) => {
            let err = with_place_tip(with_verb_tip(err, &args), &args);
            print_json_failure(&err, &args);
            err.exit()
        }
    }
}

/// Command lines longer than this set their trailing files aside (see [`spill`]).
const SPILL_OVER: usize = 1024;
/// Words always left to clap: the command and its first flags and files, whatever they are.
const KEEP: usize = 64;

/// The files a long command line set aside, for the batch to take ([`spilled_files`]).
static SPILLED: std::sync::Mutex<Vec<std::ffi::OsString>> = std::sync::Mutex::new(Vec::new());

/// A shell glob of 100,000 files is a command line clap would hold about 300 bytes a word
/// for (each word, its copy, its parsed value), 29 MiB before anything runs. So a long
/// command line keeps its trailing words apart: those after the last word that starts with
/// `-` and the one after it (which may be that flag's value), past the first [`KEEP`]. Each
/// of them can only be a file of the command's file list, which clap still sees the start of
/// and checks; [`parse`] checks that the command takes files, or parses the line whole.
fn spill(mut args: Vec<std::ffi::OsString>) -> (Vec<std::ffi::OsString>, Vec<std::ffi::OsString>) {
    if args.len() <= SPILL_OVER {
        return (args, Vec::new());
    }
    let last_flag = args.iter().rposition(|a| a.as_encoded_bytes().first() == Some(&b'-'));
    let keep = last_flag.map_or(0, |at| at + 2).max(KEEP);
    if keep >= args.len() {
        return (args, Vec::new());
    }
    let spilled = args.split_off(keep);
    (args, spilled)
}

/// The files a long command line set aside at [`parse`], in order, after those clap parsed
/// (once: the command's file list takes them).
pub fn spilled_files() -> Vec<std::ffi::OsString> {
    std::mem::take(&mut *SPILLED.lock().unwrap_or_else(|e| e.into_inner()))
}

/// With `--json` on the command line, a usage mistake is one failure record on stdout too
/// (the same keys as every record), so a script reading stdout sees why nothing happened.
fn print_json_failure(err: &clap::Error, args: &[std::ffi::OsString]) {
    use clap::error::ErrorKind;
    let json = args.iter().skip(1).take_while(|a| *a != "--").any(|a| a == "--json");
    if !json || matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) || !err.use_stderr() {
        return;
    }
    let text = err.render().to_string();
    let error = text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
    let tips: Vec<&str> = text.lines().filter_map(|l| l.trim_start().strip_prefix("tip: ")).collect();
    // The command as far as it was recognised: `carbonio attach` → service carbonio, action attach.
    let root = command();
    let (mut here, mut words) = (&root, Vec::new());
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()).take_while(|a| *a != "--") {
        if let Some(sub) = here.find_subcommand(arg) {
            words.push(sub.get_name().to_string());
            here = sub;
        }
    }
    let service = words.first().filter(|w| ServiceKind::from_name(w).is_some()).cloned();
    let action = words[usize::from(service.is_some())..].join("-");
    let record = serde_json::json!({
        "service": service, "action": if action.is_empty() { None } else { Some(action) },
        "status": "failed", "ok": false,
        "id": null, "name": null, "path": null, "size": null,
        "error": crate::text::escape(&error),
        "hint": if tips.is_empty() { None } else { Some(crate::text::escape(&tips.join("; "))) },
        "exit_code": 2, "exit_class": "usage",
    });
    println!("{record}");
}

/// For a file argument that is really a flag (`chatdrop pyrus upload a.txt -- --json`: after
/// `--` every word is a file): a hint saying where the flag goes, if `arg` is one of chatdrop's.
pub fn flag_hint(arg: &str) -> Option<String> {
    let (flag, _) = arg.split_once('=').unwrap_or((arg, ""));
    let long = flag.strip_prefix("--").filter(|l| !l.is_empty())?;
    let root = command();
    let mut stack = vec![&root];
    while let Some(cmd) = stack.pop() {
        if cmd.get_arguments().any(|a| a.get_long() == Some(long)) {
            return Some(format!("`{flag}` is an option, but after `--` every word is a file: give it before `--`"));
        }
        stack.extend(cmd.get_subcommands());
    }
    None
}

/// An unknown flag that is some other command's (`chatdrop --task 5 pyrus upload`): a tip
/// naming the command it belongs to and where it goes; a global flag (which goes anywhere
/// before `--`) gets the same.
pub fn with_place_tip(mut err: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::UnknownArgument {
        return err;
    }
    let Some(ContextValue::String(shown)) = err.get(ContextKind::InvalidArg).cloned() else { return err };
    let flag = shown.split('=').next().unwrap_or_default().to_string();
    let matches_flag = |a: &clap::Arg| match flag.strip_prefix("--") {
        Some(long) => a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|v| v.contains(&long)),
        None => flag.len() == 2 && flag.strip_prefix('-').and_then(|c| c.chars().next()) == a.get_short(),
    };
    // Where it was given: the subcommands named before it.
    let root = command();
    let mut here = &root;
    let mut path = vec!["chatdrop".to_string()];
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg == shown || arg.starts_with(&format!("{flag}=")) {
            break;
        }
        if let Some(sub) = here.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            here = sub;
        }
    }
    if root.get_arguments().any(|a| a.is_global_set() && matches_flag(a)) {
        let example: Vec<&str> =
            std::iter::once("chatdrop").chain([flag.as_str()]).chain(path[1..].iter().map(String::as_str)).collect();
        let tip = format!("`{flag}` is a global option: it goes anywhere before `--`, e.g. `{}`", example.join(" "));
        err.insert(ContextKind::Suggested, ContextValue::StyledStrs(vec![tip.into()]));
        return err;
    }
    // Where it belongs: the commands below this one that take it.
    let mut owners = Vec::new();
    let mut stack: Vec<(Vec<String>, &clap::Command)> = vec![(path.clone(), here)];
    while let Some((at, cmd)) = stack.pop() {
        for sub in cmd.get_subcommands() {
            let mut sub_path = at.clone();
            sub_path.push(sub.get_name().to_string());
            if sub.get_arguments().any(|a| !a.is_global_set() && matches_flag(a)) {
                owners.push(sub_path.join(" "));
            }
            stack.push((sub_path, sub));
        }
    }
    owners.sort();
    let tip = match owners.as_slice() {
        [] => return err,
        [one] => {
            let verb = one.rsplit(' ').next().unwrap_or_default();
            format!("`{flag}` is an option of `{one}`: give it after `{verb}`, e.g. `{one} {flag} ...`")
        }
        several => {
            let shown: Vec<String> = several.iter().take(4).map(|o| format!("`{o}`")).collect();
            let more = if several.len() > 4 { format!(" and {} more", several.len() - 4) } else { String::new() };
            format!("`{flag}` is an option of {}{more}: give it after the command it belongs to", shown.join(", "))
        }
    };
    err.insert(ContextKind::Suggested, ContextValue::StyledStrs(vec![tip.into()]));
    err
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

/// The files of an upload command (flattened into each): its arguments, and more read from a
/// file or stdin with `--files-from`, as rclone and tar read theirs.
#[derive(Debug, Clone, Default, Args)]
pub struct FileList {
    /// Files to send (`-`: one read from stdin, named with --name)
    #[arg(value_name = "FILE", required_unless_present = "files_from")]
    pub files: Vec<std::ffi::OsString>,
    /// Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a
    /// NUL byte, taken byte for byte: e.g. `find shots -name '*.png' -print0 | chatdrop …
    /// --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints
    #[arg(long, value_name = "FILE|-")]
    pub files_from: Option<PathBuf>,
}

/// `chatdrop <service>`'s arguments: its subcommand (`pub type AcmeArgs = Actions<AcmeAction>;`).
#[derive(Debug, Args)]
pub struct Actions<A: clap::Subcommand> {
    #[command(subcommand)]
    pub action: A,
}

/// An upload command's arguments (a variant `Upload(UploadArgs<Folder>)`): the files, the
/// service's own `T` (where they go: `#[derive(Args)] struct Folder { folder: Option<String> }`),
/// `--name` and the journal flags, in that order in its help.
#[derive(Debug, Clone, Args)]
pub struct UploadArgs<T: Args> {
    #[command(flatten)]
    pub files: FileList,
    #[command(flatten)]
    pub to: T,
    /// File name to send (for `-`, or a single file)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub journal: JournalArgs,
}

/// `--yes` of a command that destroys something (flattened: `#[command(flatten)] yes: Yes`).
#[derive(Debug, Clone, Copy, Args)]
pub struct Yes {
    /// Do not ask for confirmation (needed without a terminal)
    #[arg(short, long)]
    pub yes: bool,
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

/// The journal flags every upload command takes (flattened into each, so they show in its
/// help), with their variables under them: `--skip-sent` or CHATDROP_SKIP_SENT, `--checksum`
/// or CHATDROP_CHECKSUM, `--journal` or CHATDROP_JOURNAL (flag > variable, read through `env`
/// once the command line is parsed).
#[derive(Debug, Clone, Default)]
pub struct JournalArgs {
    pub skip_sent: bool,
    pub no_skip_sent: bool,
    pub resend_unknown: bool,
    pub checksum: bool,
    pub journal: JournalFile,
    pub no_journal: bool,
}

impl clap::Args for JournalArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        use clap::{Arg, ArgAction::SetTrue};
        let cmd = cmd.next_help_heading("Journal (what was sent, so a re-run sends only what is missing)").args([
            Arg::new("skip_sent").long("skip-sent").action(SetTrue).help(
                "Leave out files whose content was already sent to the same service, profile and target (a file \
                 whose size, mtime and inode match the journal's record is not read, the others are hashed \
                 first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]",
            ),
            Arg::new("no_skip_sent")
                .long("no-skip-sent")
                .action(SetTrue)
                .overrides_with("skip_sent")
                .help("Send every file, even where the profile sets `skip_sent = true`"),
            Arg::new("resend_unknown")
                .long("resend-unknown")
                .action(SetTrue)
                .help("With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)"),
            Arg::new("checksum").long("checksum").action(SetTrue).help(
                "With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match \
                 the journal's record [env: CHATDROP_CHECKSUM]",
            ),
        ]);
        JournalFile::augment_args(cmd).arg(
            Arg::new("no_journal")
                .long("no-journal")
                .action(SetTrue)
                .help("Record nothing in the journal for this run"),
        )
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for JournalArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let env_skip = env::get(env::SKIP_SENT).is_some_and(|v| env::parse_bool(&v) == Ok(true));
        Ok(JournalArgs {
            skip_sent: m.get_flag("skip_sent") || env_skip,
            no_skip_sent: m.get_flag("no_skip_sent"),
            resend_unknown: m.get_flag("resend_unknown"),
            checksum: m.get_flag("checksum") || env::switch(env::CHECKSUM) == Some(true),
            journal: JournalFile::from_arg_matches(m)?,
            no_journal: m.get_flag("no_journal"),
        })
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

/// `--journal FILE`, else CHATDROP_JOURNAL; it reads as the `Option<PathBuf>` it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalFile(pub Option<PathBuf>);

impl std::ops::Deref for JournalFile {
    type Target = Option<PathBuf>;
    fn deref(&self) -> &Option<PathBuf> {
        &self.0
    }
}

impl clap::Args for JournalFile {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.arg(clap::Arg::new("journal").long("journal").value_name("FILE").value_parser(clap::value_parser!(PathBuf)).help(
            "The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]",
        ))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for JournalFile {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let given = m.get_one::<PathBuf>("journal").cloned();
        Ok(JournalFile(given.or_else(|| env::get_os(env::JOURNAL).map(PathBuf::from))))
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

/// A service name from the registry (its names are the possible values, for help and completions).
pub fn service_parser() -> impl clap::builder::TypedValueParser<Value = ServiceKind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(crate::services::ALL.map(|s| s.name()))
        .map(|name| ServiceKind::from_name(&name).expect("a possible value is a registered service"))
}

/// Durations (flags and their variables) go through the one checked parser in `env`.
pub use crate::env::{MAX_DURATION, MIN_DURATION, parse_duration};

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
    /// Send files to several destinations at once (services and their targets, or a route)
    Send(send::SendArgs),
    /// Post each new file of a folder, once, to each destination
    Watch(send::WatchArgs),
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

pub use login::LoginArgs;

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
