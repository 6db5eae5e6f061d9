//! `chatdrop sandbox`: serve the fakes and say how to point chatdrop at them.

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
    lines.push("# Stop with Ctrl-C (exit 0).".to_string());
    output.result(&lines.join("\n"), &serde_json::json!({ "url": base, "env": sandbox.env().into_iter().collect::<std::collections::BTreeMap<_, _>>() }));
    std::future::pending::<()>().await;
    Ok(())
}
