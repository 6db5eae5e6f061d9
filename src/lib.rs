//! chatdrop: put files and images into business chats and task systems from a shell or CI.
//!
//! Layers, each depending only on those below: `cli` (clap) → `app` and `commands` (glue per
//! command) → `services` (one adapter per API: endpoints, auth, error shapes) → `upload`,
//! `download`, `http` (shared mechanics) → `config`, `output`, `error`. `sandbox` holds the
//! local fakes of every service.

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod download;
pub mod env;
pub mod error;
pub mod hash;
pub mod http;
pub mod ids;
pub mod journal;
pub mod log;
pub mod manpages;
pub mod media;
pub mod output;
pub mod paging;
pub mod rand;
pub mod sandbox;
pub mod secret;
pub mod services;
pub mod text;
pub mod upload;

use std::process::ExitCode;
use std::sync::Arc;

use clap::FromArgMatches;

/// Parse, run, exit. Interrupts drop the running command (its temporary files go with it)
/// and exit 130 (SIGINT), 129 (SIGHUP: a closed terminal, a dropped ssh session) or 143
/// (SIGTERM).
pub fn main_entry() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match cli::command().try_get_matches_from(&args).and_then(|mut m| cli::Cli::from_arg_matches_mut(&mut m))
    {
        Ok(cli) => cli,
        Err(err) => cli::with_verb_tip(err, &args).exit(),
    };
    let output = Arc::new(output::Output::new(cli.global.json, cli.global.quiet, cli.global.verbose));
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let code = runtime.block_on(async {
        tokio::select! {
            result = app::run(cli, output.clone()) => app::finish(result, &output),
            signal = interrupted() => {
                // Stopping `chatdrop sandbox` with Ctrl-C is how it is meant to end.
                if commands::sandbox::is_serving() {
                    return 0;
                }
                commands::common::report_interrupted(&output, signal);
                signal
            }
        }
    });
    // Blocking reads (stdin) must not hold the exit back.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    ExitCode::from(code)
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
