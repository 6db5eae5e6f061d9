//! Runs one parsed command: builds the shared context (output, settings, sandbox), hands the
//! command to its module, and reports the outcome as an exit code.

use std::sync::Arc;

use crate::cli::{AuthCommand, Cli, Command, GlobalArgs};
use crate::commands::context::{Context, RunSettings};
use crate::config::{Config, Paths};
use crate::error::{Failure, class_of};
use crate::output::Output;
use crate::output::prompt::Prompter;
use crate::sandbox::Sandbox;

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
    // Every variable of the table through its parser first: a malformed one is exit 2 for
    // every command, completions and the sandbox included.
    crate::env::check().map_err(|m| Failure::usage(m.message).with_hint(m.hint))?;
    let global = cli.global.clone();
    note_invoked(&cli);
    // These read no settings: a broken config file must not stop them.
    let command = match cli.command {
        Command::Completions { shell, install } => return crate::cli::completions::run(shell, install),
        Command::Man { page, install } => return crate::cli::manpages::run(page.as_deref(), install),
        Command::Sandbox(args) => return Ok(crate::commands::sandbox::serve(args, &output).await?),
        other => other,
    };
    let sandbox = if global.sandbox { Some(Sandbox::start(0).await?) } else { None };
    let paths = Paths::resolve(global.config.as_deref())?;
    let config = Config::load(paths, global.profile(), sandbox.as_ref().map(Sandbox::settings), output.as_ref())?;
    if let Some(sb) = &sandbox {
        output.status(&format!("sandbox: local fakes of the services at {}", sb.base_url()));
    }
    let service = match &command {
        Command::Service(service_command) => Some(service_command.kind()),
        Command::Login(args) => Some(args.service),
        _ => None,
    };
    let ctx = Context {
        prompter: Prompter::new(global.no_input()),
        global: run_settings(&global),
        output,
        config,
        sandbox,
        service,
    };
    // A profile no file names is a typo unless the environment (or the keyring) has it;
    // `login` is how a profile is made, and `history` reads no profile.
    let profile_services: Vec<crate::services::spec::ServiceKind> = match &command {
        Command::Service(_) | Command::Logout(_) => service.into_iter().collect(),
        Command::Auth { command: AuthCommand::Status { service: Some(svc), .. } } => vec![*svc],
        Command::Auth { command: AuthCommand::Status { service: None, .. } } => crate::services::ALL.to_vec(),
        _ => Vec::new(),
    };
    if !profile_services.is_empty() {
        ctx.config.check_profile(&profile_services)?;
    }
    // The service's settings are checked before the command reads any of them (an id from
    // the profile is checked by its own rules first otherwise); `login` checks what it takes
    // as it asks, and flags are checked when a request is built (`Context::http`).
    if let Some(svc) = service.filter(|_| !matches!(command, Command::Login(_))) {
        ctx.settings(svc).check().map_err(|f| ctx.explain(f))?;
    }
    let outcome = match command {
        Command::Service(service_command) => crate::commands::run_service(&ctx, service_command).await,
        Command::Login(args) => crate::commands::auth::login(&ctx, args).await,
        Command::Logout(args) => crate::commands::auth::logout(&ctx, args),
        Command::Auth { command } => crate::commands::auth::status(&ctx, command).await,
        Command::History(args) => crate::commands::history::run(&ctx, args),
        // Answered above, before any settings were read.
        Command::Completions { .. } | Command::Man { .. } | Command::Sandbox(_) => Ok(()),
    };
    Ok(outcome.map_err(|f| ctx.explain(f))?)
}

/// The command being run, as its failure record names it: the service (if the command acts
/// on one) and the action (`attach`, `download`, `auth-status`).
static INVOKED: std::sync::Mutex<Option<(Option<&'static str>, String)>> = std::sync::Mutex::new(None);

fn note_invoked(cli: &Cli) {
    let service = match &cli.command {
        Command::Service(service_command) => Some(service_command.kind().name()),
        Command::Login(args) | Command::Auth { command: AuthCommand::Login(args) } => Some(args.service.name()),
        Command::Logout(args) | Command::Auth { command: AuthCommand::Logout(args) } => Some(args.service.name()),
        Command::Auth { command: AuthCommand::Status { service, .. } } => service.map(|s| s.name()),
        _ => None,
    };
    // `carbonio room-picture set` → `room-picture-set`; `auth status` → `auth-status`.
    let words: Vec<&str> =
        cli.invoked.iter().map(String::as_str).skip(usize::from(matches!(cli.command, Command::Service(_)))).collect();
    let action = if words.is_empty() { "chatdrop".to_string() } else { words.join("-") };
    *INVOKED.lock().unwrap_or_else(|e| e.into_inner()) = Some((service, action));
}

/// The exit code for a finished run, printing the error if it was not reported yet: on
/// stderr, and with `--json` as one failure record on stdout (the keys every record has), so
/// a command that fails before its first file is not silent there.
pub fn finish(result: anyhow::Result<()>, output: &Output) -> u8 {
    let Err(err) = result else { return 0 };
    let unreported = match err.chain().find_map(|e| e.downcast_ref::<Failure>()) {
        Some(failure) if failure.reported => None,
        Some(failure) => Some(failure.clone()),
        None => Some(Failure::general(format!("{err:#}"))),
    };
    if let Some(failure) = unreported {
        output.error(&failure);
        if output.json {
            let (service, action) = INVOKED.lock().unwrap_or_else(|e| e.into_inner()).clone().unzip();
            // The action of the records already printed (a listing cut short), else the command's.
            let action = crate::commands::record::last_action()
                .map(str::to_string)
                .or(action)
                .unwrap_or_else(|| "chatdrop".to_string());
            use crate::commands::record::{Record, Status};
            let mut json =
                Record::action("", Status::Failed).failed(Status::Failed, failure).to_json(service.flatten());
            json["action"] = serde_json::Value::from(action);
            output.result("", &json);
        }
    }
    class_of(&err).code()
}

/// The global flags (and their variables, flag > variable > default) as plain values for the layers below.
fn run_settings(global: &GlobalArgs) -> RunSettings {
    RunSettings {
        jobs: usize::from(global.jobs()),
        retries: global.retries(),
        // A test seam (the suite shortens the waits); users have --retries.
        retry_base_delay: std::time::Duration::from_millis(crate::env::count(crate::env::RETRY_BASE_MS).unwrap_or(500)),
        ca_cert: global.ca_cert.clone(),
        connect_timeout: global.connect_timeout,
        stall_timeout: global.stall_timeout(),
        response_timeout: global.response_timeout(),
        sandbox: global.sandbox,
    }
}
