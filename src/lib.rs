//! chatdrop: put files and images into business chats and task systems from a shell or CI.
//!
//! Layers, each depending only on those below (no cycles; ARCHITECTURE.md has the map):
//! `app` (settings resolved once, dispatch) → `commands` (the shared flows and the glue per
//! service) → `cli` (clap: the parsed command line, read as plain data) and `sandbox` (the
//! local fakes) → `config`, `services` (one adapter per API), `output` (the terminal side)
//! → `upload`, `download`, `http`, `journal`, `paging`, `ids` → `log`, `secret`, `text`,
//! `error`, `env`, `hash`, `media`, `rand`, `safe_fs`.

/// The registry: every service chatdrop knows, one line each, in the order help, `auth status`
/// and the sandbox show them. A line names the service's module (the same name in `services`,
/// `sandbox`, `cli` and `commands`), its variant of `cli::ServiceCommand` with that variant's
/// arguments, and the help line of `chatdrop <service>`. `with_each_service!(m)` hands the
/// list to the macro `m`, which writes what has one entry per service: `services::ALL`, the
/// command tree, the dispatch (`commands::run_service`), `commands::SERVICES`, the fakes'
/// state, settings and routes. Adding a service is one line here plus its modules
/// (ARCHITECTURE.md, "The service contract"). The modules themselves are declared from it
/// too ([`service_modules!`]), so the line is the one registration. Exported, so that the tests
/// write their per-service cases from the same list; `with_each_service!(m, arg)` hands `arg;`
/// first.
#[macro_export]
macro_rules! with_each_service {
    ($write:ident $(, $arg:ident)?) => {
        $write! {
            $($arg;)?
            /// Pyrus: upload files and attach them to a task in one comment; download by guid
            pyrus Pyrus(PyrusArgs),
            /// 1C-Connect: send images into group chats and support lines (by UUID or name), any file to a line
            connect Connect(ConnectArgs),
            /// OK.ru: publish images as Moments (the 3-step upload)
            ok Ok(OkArgs),
            /// Zextras Carbonio chats: attach files to rooms (by UUID or name); list, fetch, delete attachments (by id or file name); pictures, previews
            carbonio Carbonio(CarbonioArgs),
            /// Protocol chat: upload, list, get, download, rename, delete attachments (by id or file name)
            protocol Protocol(ProtocolArgs),
        }
    };
}

/// `mod <service>;` for every registered service, read from the file the registry's
/// `with_each_service!(service_modules, VISIBILITY)` is in (`public`, `crate_wide` or
/// `private`): how `services`, `sandbox`, `cli`, `commands` and the test crate declare their
/// per-service modules, so a missing file fails to compile. rustfmt does not follow modules
/// declared by a macro; `tests/it/registry.rs` runs it on every file instead.
#[doc(hidden)]
#[macro_export]
macro_rules! service_modules {
    (public; $($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => { $(pub mod $module;)* };
    (crate_wide; $($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => { $(pub(crate) mod $module;)* };
    (private; $($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => { $(mod $module;)* };
}

pub(crate) mod app;
pub mod cli;
pub(crate) mod commands;
pub mod config;
pub mod download;
pub(crate) mod env;
pub mod error;
pub(crate) mod hash;
pub mod http;
pub mod ids;
pub(crate) mod journal;
pub(crate) mod log;
pub(crate) mod media;
pub(crate) mod output;
pub mod paging;
pub(crate) mod plan;
pub(crate) mod rand;
pub(crate) mod safe_fs;
pub mod sandbox;
pub mod secret;
pub mod services;
pub mod text;
pub mod upload;

use std::process::ExitCode;
use std::sync::Arc;

/// Parse, run, exit. Interrupts drop the running command (its temporary files go with it)
/// and exit 130 (SIGINT), 129 (SIGHUP: a closed terminal, a dropped ssh session) or 143
/// (SIGTERM).
pub fn main_entry() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // What the completion scripts run on <TAB> (`commands::complete`): before the command
    // tree, so it has no help, man page or completion of its own.
    if args.get(1).is_some_and(|a| a == "__complete") {
        return commands::complete::main(args.get(2).map(|a| a.as_os_str()));
    }
    let cli = cli::parse(args);
    let output = Arc::new(output::Output::new(cli.global.json, cli.global.quiet, cli.global.verbose));
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let code = runtime.block_on(async {
        // Signals are watched on a task of their own, not only beside the command: a command
        // stuck in a blocking call would otherwise never let the select below see them, and
        // SIGTERM would do nothing. The command winds down through the select (temp files
        // removed, records written and printed); if it cannot get there, the watchdog exits.
        let (signalled, signal) = tokio::sync::oneshot::channel();
        runtime_watchdog(signalled);
        tokio::select! {
            result = app::run(cli, output.clone()) => app::finish(result, &output),
            Ok(signal) = signal => {
                WINDING_DOWN.store(true, std::sync::atomic::Ordering::SeqCst);
                // Stopping `chatdrop sandbox` with Ctrl-C is how it is meant to end.
                if commands::sandbox::is_serving() {
                    return 0;
                }
                // So is stopping `chatdrop watch` while it waits (nothing on its way).
                if commands::watch::stopped(&output) {
                    return 0;
                }
                // Files whose whole body went get their `unknown` record before anything else.
                commands::journal::record_interrupted(&output);
                commands::common::report_interrupted(&output, signal);
                signal
            }
        }
    });
    // Blocking reads (stdin) must not hold the exit back.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    ExitCode::from(code)
}

/// How long the command has, after a signal, to start winding down (the select below picking
/// the signal) before the process exits anyway: it is stuck in a blocking call.
const GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// Set once the select below has taken the signal: winding down has started, and ends by itself.
static WINDING_DOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Wait for a signal on the runtime's workers and pass its exit code on. If the command does
/// not start winding down within [`GRACE`] (it is blocked), or a second signal comes, the
/// process exits from here.
fn runtime_watchdog(signalled: tokio::sync::oneshot::Sender<u8>) {
    use std::sync::atomic::Ordering;
    tokio::spawn(async move {
        let code = interrupted().await;
        let _ = signalled.send(code);
        let again = tokio::select! {
            _ = tokio::time::sleep(GRACE) => false,
            _ = interrupted() => true,
        };
        if !again && WINDING_DOWN.load(Ordering::SeqCst) {
            // Winding down as it should: only a second signal cuts it short.
            interrupted().await;
        }
        eprintln!("error: interrupted (the command did not stop in time; exiting now)");
        std::process::exit(i32::from(code));
    });
}

/// Resolves with the exit code when SIGINT (130), SIGHUP (129) or SIGTERM (143) arrives.
async fn interrupted() -> u8 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut int), Ok(mut term), Ok(mut hup)) =
            (signal(SignalKind::interrupt()), signal(SignalKind::terminate()), signal(SignalKind::hangup()))
        else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = int.recv() => 130,
            _ = hup.recv() => 129,
            _ = term.recv() => 143,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        130
    }
}
