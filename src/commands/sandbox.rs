//! `chatdrop sandbox`: serve the fakes and say how to point chatdrop at them; `--reset` forgets
//! what they kept.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::cli::SandboxArgs;
use crate::error::Result;
use crate::output::Output;
use crate::sandbox::Sandbox;

static SERVING: AtomicBool = AtomicBool::new(false);

/// Whether this run is `chatdrop sandbox` serving (Ctrl-C then ends it normally, exit 0).
pub fn is_serving() -> bool {
    SERVING.load(Ordering::Relaxed)
}

pub async fn serve(args: SandboxArgs, output: &Output) -> Result<()> {
    if args.reset {
        return reset(output);
    }
    let sandbox = Sandbox::start(args.port).await?;
    SERVING.store(true, Ordering::Relaxed);
    let base = sandbox.base_url();
    let mut lines = vec![
        format!("# chatdrop sandbox: local fakes of every service at {base}"),
        "# Point chatdrop at it from another shell with these variables (fake credentials):".to_string(),
    ];
    for (var, value) in sandbox.env() {
        lines.push(format!("export {var}='{value}'"));
    }
    lines.push(format!("# Recorded requests: {base}/_sandbox/requests   Faults: POST {base}/_sandbox/faults"));
    if let Some(dir) = sandbox.state_dir() {
        lines.push(format!(
            "# What the fakes are sent is kept in {} (shared with --sandbox runs); `chatdrop sandbox --reset` forgets it.",
            dir.display()
        ));
    }
    lines.push("# Stop with Ctrl-C (exit 0).".to_string());
    output.result(
        &lines.join("\n"),
        &serde_json::json!({
            "url": base,
            "env": sandbox.env().into_iter().collect::<std::collections::BTreeMap<_, _>>(),
            "state_dir": sandbox.state_dir(),
        }),
    );
    std::future::pending::<()>().await;
    Ok(())
}

/// `chatdrop sandbox --reset`: forget what the fakes kept.
fn reset(output: &Output) -> Result<()> {
    let (dir, removed) = crate::sandbox::reset()?;
    let line = format!(
        "sandbox: forgot the state of {} and {} ({}) in {}",
        crate::text::count(removed.states as u64, "fake"),
        crate::text::count_as(removed.files as u64, "kept file", "kept files"),
        crate::text::bytes(removed.bytes),
        dir.display()
    );
    output.result(
        &line,
        &serde_json::json!({ "state_dir": dir, "states": removed.states, "files": removed.files, "bytes": removed.bytes }),
    );
    Ok(())
}
