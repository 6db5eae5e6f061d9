//! The arguments of `chatdrop history` (clap derive): what the command line says, parsed; the
//! command itself is `commands::history`.

use std::time::SystemTime;

use clap::Args;

use crate::services::spec::ServiceKind;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  chatdrop history --service carbonio --target \"Design Review\" --limit 20\n  chatdrop history --service pyrus --target 1234 --since 7d\n  chatdrop history --service carbonio --target \"Design Review\" --failed -0 | chatdrop carbonio attach --room \"Design Review\" --skip-sent --files-from -\n  chatdrop history --service pyrus --target 1234 --failed -0 | xargs -0r chatdrop pyrus upload --task 1234 --skip-sent --\n  chatdrop history --service protocol --target xgQQXg3hrtjh7AvZ --json --since 2025-06-01 | jq .\n\nA retry names one service and one target, and sends there only what failed there."
)]
pub struct HistoryArgs {
    /// Only uploads to this service
    #[arg(long, value_parser = super::service_parser())]
    pub service: Option<ServiceKind>,
    /// Only uploads to this target: its id or part of it (a task, room, conference, line or
    /// conversation), or its name when the upload found it by name (`--room "Design Review"`)
    #[arg(long, value_name = "ID|NAME")]
    pub target: Option<String>,
    /// Only records since then: a time back from now (12h, 7d) or a date (2025-06-01, RFC 3339)
    #[arg(long, value_name = "DURATION|DATE", value_parser = parse_since)]
    pub since: Option<SystemTime>,
    /// Only files whose latest attempt failed or may have been delivered (unknown)
    #[arg(long)]
    pub failed: bool,
    /// At most N records, the newest
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Print only the local paths, one per line, each once (stdin uploads left out)
    #[arg(long)]
    pub paths: bool,
    /// Print only the local paths, each ending in a NUL byte, exactly as the file system has
    /// them (for `xargs -0` and `--files-from -`; implies --paths)
    #[arg(short = '0', long)]
    pub print0: bool,
    #[command(flatten)]
    pub journal: super::JournalFile,
}

fn parse_since(s: &str) -> std::result::Result<SystemTime, String> {
    let s = s.trim();
    if let Ok(d) = humantime::parse_duration(s) {
        return Ok(SystemTime::now().checked_sub(d).unwrap_or(SystemTime::UNIX_EPOCH));
    }
    let as_date = if s.len() == 10 { format!("{s}T00:00:00Z") } else { s.to_string() };
    humantime::parse_rfc3339_weak(&as_date)
        .map_err(|_| "expected a duration (12h, 7d) or a date (2025-06-01 or 2025-06-01T12:00:00Z)".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn since_takes_durations_and_dates() {
        let week = parse_since("7d").unwrap();
        let ago = SystemTime::now().duration_since(week).unwrap();
        assert!(ago >= Duration::from_secs(7 * 86_400 - 5) && ago <= Duration::from_secs(7 * 86_400 + 5));
        assert_eq!(parse_since("2025-06-01").unwrap(), humantime::parse_rfc3339("2025-06-01T00:00:00Z").unwrap());
        assert!(parse_since("2025-06-01T12:00:00Z").is_ok());
        assert!(parse_since("yesterday-ish").is_err());
    }
}
