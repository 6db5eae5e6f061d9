//! `chatdrop send`: the same files to several destinations (`--to SERVICE[:TARGET]`, repeated,
//! and `--route NAME` from config.toml), each through its own service's upload flow
//! (`commands::common::upload_all`: its own requests, retries, watchdog and journal records).
//! A destination is what the registry's [`Service::destination`](super::Service::destination)
//! makes of `--to`, so a new service is a destination at once. Everything is checked before
//! the first upload: every destination's target and credentials, every file against every
//! destination's rules (size, images only), then the targets given by name are found with
//! read-only calls; one refusal and nothing is sent anywhere. `watch` sends through the same
//! [`Fanout`].

use futures_util::future::LocalBoxFuture;

use super::common::{Accept, count, prepare_files, require_image};
use super::context::Context;
use super::record::{Record, Status, not_started};
use crate::cli::JournalArgs;
use crate::cli::send::{Destinations, SendArgs};
use crate::error::{ExitClass, Failure, Result};
use crate::services::spec::ServiceKind;
use crate::text::{bytes as human_bytes, escape};
use crate::upload::{Files, Limits, LocalFile};

/// The most destinations one run sends to: far beyond a real fan-out, and a bound on a route
/// or a command line gone wrong.
pub const MAX_DESTINATIONS: usize = 64;

/// One `--to` (or route entry): the service, and the target as that service's flag takes it.
#[derive(Debug, Clone)]
pub struct To {
    pub service: ServiceKind,
    /// What follows `SERVICE:` (None: the profile's target).
    pub target: Option<String>,
    /// As given (`carbonio:Design Review`): the `destination` of each record.
    pub label: String,
}

impl To {
    /// `SERVICE` or `SERVICE:TARGET`; an unknown service is a usage error with the closest name.
    pub fn parse(spec: &str) -> Result<To> {
        let spec = spec.trim();
        let (service, target) = match spec.split_once(':') {
            Some((s, t)) => (s.trim(), Some(t.trim().to_string()).filter(|t| !t.is_empty())),
            None => (spec, None),
        };
        let Some(kind) = ServiceKind::from_name(service) else {
            let names: Vec<&str> = crate::services::ALL.iter().map(|s| s.name()).collect();
            let guess = crate::config::file::closest(service, &names)
                .map(|g| format!("did you mean `{g}`? "))
                .unwrap_or_default();
            return Err(Failure::usage(format!("`{}` names no service", escape(service))).with_hint(format!(
                "{guess}a destination is SERVICE[:TARGET]; the services are {}",
                names.join(", ")
            )));
        };
        Ok(To { service: kind, target, label: spec.to_string() })
    }

    /// The target as (flag, value): `key=value` names the flag when `key` is one of `flags`,
    /// anything else is the value of the first (a room named `a=b` stays that name).
    pub fn pick(&self, flags: &[&'static str]) -> Option<(&'static str, String)> {
        let target = self.target.as_deref()?;
        if let Some((key, value)) = target.split_once('=')
            && let Some(flag) = flags.iter().find(|f| **f == key.trim())
        {
            return Some((flag, unquote(value.trim())));
        }
        Some((flags.first()?, unquote(target)))
    }

    /// For a service whose uploads go to no chosen target (OK.ru: the account's moments).
    pub fn no_target(&self) -> Result<()> {
        match &self.target {
            None => Ok(()),
            Some(t) => Err(Failure::usage(format!(
                "`{}`: {} takes no target (`{}` was given)",
                escape(&self.label),
                self.service.title(),
                escape(t)
            ))
            .with_hint(format!("write it as `--to {}`", self.service.name()))),
        }
    }
}

/// `"Design Review"` as written in a route or shell-quoted twice: the name inside.
fn unquote(value: &str) -> String {
    let v = value.trim();
    match v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => inner.to_string(),
        None => v.to_string(),
    }
}

/// One file's result at one destination, in the order the files were given.
/// The files of a batch that did not arrive at a destination: each one's position and why.
/// Every other file arrived (or was there already).
pub type Results = Vec<(usize, Failure)>;

/// A destination, checked locally (target syntax, credentials): what `send` asks of it.
pub trait Destination {
    /// What its service accepts: the size limit and whether only images go there.
    fn rules(&self) -> (Limits, Accept);
    /// Find what was given by name (read-only calls), before anything is sent anywhere.
    fn resolve<'a>(&'a mut self, ctx: &'a Context) -> LocalBoxFuture<'a, Result<()>>;
    /// Send `files` through the service's own upload flow, recording each in the journal under
    /// this destination's target; the files that did not arrive (a skipped file did).
    fn send<'a>(&'a self, ctx: &'a Context, journal: &'a JournalArgs, files: Files) -> LocalBoxFuture<'a, Results>;
}

/// The outcomes of a [`Destination::send`] as [`Results`].
pub fn results<O>(outcomes: &[super::common::Outcome<O>]) -> Results {
    outcomes.iter().filter_map(|o| o.result.as_ref().err().map(|f| (o.index, f.clone()))).collect()
}

/// Every destination of a run, checked and resolved.
pub struct Fanout {
    pub destinations: Vec<(To, Box<dyn Destination>)>,
}

/// The destinations `--to` and `--route` name, in that order, each once. An unknown route is
/// a usage error naming the closest one.
pub fn destinations(ctx: &Context, args: &Destinations) -> Result<Vec<To>> {
    let mut specs: Vec<String> = args.to.clone();
    if let Some(name) = &args.route {
        let routes = ctx.config.routes();
        let Some(route) = routes.get(name) else {
            let names: Vec<&str> = routes.keys().map(String::as_str).collect();
            let hint = match crate::config::file::closest(name, &names) {
                Some(g) => format!("did you mean `{g}`? the routes are {}", names.join(", ")),
                None if names.is_empty() => format!(
                    "config.toml ({}) has no routes; add one: [routes.{}] to = [\"carbonio:Ops\", \"pyrus:1234\"]",
                    ctx.config.paths.config_file.display(),
                    escape(name)
                ),
                None => format!("the routes are {}", names.join(", ")),
            };
            return Err(Failure::usage(format!("no route named `{}` in config.toml", escape(name))).with_hint(hint));
        };
        specs.extend(route.iter().cloned());
    }
    let mut out: Vec<To> = Vec::new();
    for spec in specs {
        let to = To::parse(&spec)?;
        if !out.iter().any(|o| o.service.name() == to.service.name() && o.target == to.target) {
            out.push(to);
        }
    }
    if out.is_empty() {
        return Err(Failure::usage("no destination given").with_hint("pass --to SERVICE[:TARGET] or --route NAME"));
    }
    if out.len() > MAX_DESTINATIONS {
        return Err(Failure::usage(format!("{} destinations: at most {MAX_DESTINATIONS} per run", out.len())));
    }
    Ok(out)
}

impl Fanout {
    /// Make every destination (local checks only: settings, target syntax, credentials). The
    /// first refusal stops the run, naming the destination; nothing was requested yet.
    pub fn new(ctx: &Context, tos: Vec<To>) -> Result<Fanout> {
        let services: Vec<ServiceKind> = tos.iter().map(|t| t.service).collect();
        ctx.config.check_profile(&services)?;
        let mut destinations = Vec::with_capacity(tos.len());
        for to in tos {
            let made = ctx.settings(to.service).check().and_then(|()| {
                let commands = super::of(to.service).ok_or_else(|| Failure::general("no commands for the service"))?;
                commands.destination(ctx, &to)
            });
            match made {
                Ok(d) => destinations.push((to, d)),
                Err(f) => return Err(refused_destination(ctx, &to, f)),
            }
        }
        Ok(Fanout { destinations })
    }

    /// Check every file against every destination's rules; a refused (file, destination)
    /// gets a `refused` record, the others `not_started`, and nothing is sent.
    pub fn check_files(&self, ctx: &Context, files: &Files) -> Result<()> {
        let mut refused = Vec::new();
        for (index, file) in files.iter().enumerate() {
            for (to, destination) in &self.destinations {
                if let Err(f) = fits(&file, destination.rules()) {
                    refused.push((index, to, f));
                }
            }
        }
        if refused.is_empty() {
            return Ok(());
        }
        for (index, to, failure) in &refused {
            let said = failure.hint.as_deref().unwrap_or_default();
            let said = said.strip_prefix("nothing was sent; ").unwrap_or(said);
            let failure = failure
                .clone()
                .with_hint(format!("{said}; nothing was sent anywhere: leave the file out, or this destination"));
            let record = Record::file("send", Status::Refused, &files.get(*index))
                .destination(&to.label)
                .failed(Status::Refused, failure);
            record.print(&ctx.output, Some(to.service.name()));
        }
        let why = "another file or destination was refused, so nothing was sent";
        let refused_files: std::collections::HashSet<usize> = refused.iter().map(|(i, _, _)| *i).collect();
        for file in files.iter().enumerate().filter(|(i, _)| !refused_files.contains(i)).map(|(_, f)| f) {
            let record = Record::file("send", Status::NotStarted, &file)
                .failed(Status::NotStarted, not_started(why, ExitClass::Input))
                .summed_up();
            ctx.report(&record);
        }
        ctx.output.status(&format!(
            "nothing was sent: {} refused (listed above)",
            count(refused.len(), "file and destination pair")
        ));
        Err(Failure::reported(ExitClass::Input))
    }

    /// Find every target given by name (read-only calls), before anything is sent.
    pub async fn resolve(&mut self, ctx: &Context) -> Result<()> {
        for (to, destination) in &mut self.destinations {
            ctx.set_destination(Some((to.service, to.label.clone())));
            let resolved = destination.resolve(ctx).await;
            ctx.set_destination(None);
            if let Err(f) = resolved {
                return Err(refused_destination(ctx, to, f));
            }
        }
        Ok(())
    }

    /// Send `files` to every destination, one after the other (each runs `--jobs` uploads at
    /// a time, so no more are ever in flight); by destination, the files that did not arrive.
    pub async fn send(&self, ctx: &Context, journal: &JournalArgs, files: &Files) -> Vec<Results> {
        let mut all = Vec::with_capacity(self.destinations.len());
        for (to, destination) in &self.destinations {
            ctx.set_destination(Some((to.service, to.label.clone())));
            all.push(destination.send(ctx, journal, files.clone()).await);
            ctx.set_destination(None);
        }
        all
    }
}

/// A destination that failed its checks: the failure in its service's words, naming it.
fn refused_destination(ctx: &Context, to: &To, failure: Failure) -> Failure {
    let failure = ctx.explain_for(to.service, failure);
    if failure.reported {
        return failure;
    }
    let hint = match &failure.hint {
        Some(h) => format!("{h}; nothing was sent anywhere"),
        None => "nothing was sent anywhere".into(),
    };
    failure.context(format!("destination {}", escape(&to.label))).with_hint(hint)
}

/// Whether `file` may go where `rules` say (what `prepare_files` checks for one service).
pub fn fits(file: &LocalFile, (limits, accept): (Limits, Accept)) -> Result<()> {
    if let Some(max) = limits.max_bytes
        && file.len > max
    {
        return Err(Failure::input(format!("{} is too large ({})", file.display(), human_bytes(file.len)))
            .with_hint(limits.max_label));
    }
    match accept {
        Accept::Images(instead) => require_image(file, instead),
        Accept::AnyFile => Ok(()),
    }
}

/// No size limit of its own: each destination's is checked by [`Fanout::check_files`].
const ANY_SIZE: Limits = Limits { max_bytes: None, max_label: "" };

/// `chatdrop send`.
pub async fn run(ctx: &Context, args: SendArgs) -> Result<()> {
    let tos = destinations(ctx, &args.to)?;
    let mut fanout = Fanout::new(ctx, tos)?;
    // stdin is spooled once here, and every destination reads the spool.
    let files = prepare_files(ctx, "send", args.files, args.name.as_deref(), ANY_SIZE, Accept::AnyFile).await?;
    fanout.check_files(ctx, &files)?;
    fanout.resolve(ctx).await?;
    let all = fanout.send(ctx, &args.journal, &files).await;
    summary(ctx, &fanout, &files, &all)
}

/// The exit of a fan-out: 0 when every (file, destination) arrived (or was already there), 3
/// when some did not, each failure named on stderr with its file and destination.
pub fn summary(ctx: &Context, fanout: &Fanout, files: &Files, all: &[Results]) -> Result<()> {
    let total = files.len() * fanout.destinations.len();
    let mut failed = Vec::new();
    for ((to, _), results) in fanout.destinations.iter().zip(all) {
        for (index, f) in results {
            failed.push((*index, to, f));
        }
    }
    if failed.is_empty() {
        if fanout.destinations.len() > 1 {
            ctx.output.status(&format!(
                "all {} arrived at all {} destinations",
                count(files.len(), "file"),
                fanout.destinations.len()
            ));
        }
        return Ok(());
    }
    let named: Vec<String> = failed
        .iter()
        .take(20)
        .map(|(i, to, _)| format!("{} to {}", files.get(*i).display(), escape(&to.label)))
        .collect();
    let more =
        if failed.len() > named.len() { format!(" and {} more", failed.len() - named.len()) } else { String::new() };
    ctx.output.status(&format!(
        "{} of {} did not arrive: {}{more}",
        failed.len(),
        count(total, "file and destination pair"),
        named.join(", ")
    ));
    let class = if failed.len() < total {
        ExitClass::Partial
    } else if failed.iter().all(|(_, _, f)| f.class == failed[0].2.class) {
        failed[0].2.class
    } else {
        ExitClass::Failure
    };
    Err(Failure::reported(class))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_destination_is_a_service_and_what_its_flag_takes() {
        let to = To::parse("carbonio:Design Review").unwrap();
        assert_eq!(to.service.name(), "carbonio");
        assert_eq!(to.pick(&["room"]), Some(("room", "Design Review".to_string())));
        assert_eq!(to.label, "carbonio:Design Review");
        // `key=value` names the flag when the key is one; otherwise it is part of the value.
        let to = To::parse("connect:conference=bb5c7328-1886-4a8b-aa00-e00fab828e24").unwrap();
        assert_eq!(to.pick(&["line", "conference"]).unwrap().0, "conference");
        assert_eq!(To::parse("connect:line=\"Support\"").unwrap().pick(&["line", "conference"]).unwrap().1, "Support");
        assert_eq!(To::parse("carbonio:a=b").unwrap().pick(&["room"]), Some(("room", "a=b".to_string())));
        assert_eq!(To::parse("protocol").unwrap().pick(&["conversation"]), None);
        assert_eq!(To::parse("protocol:").unwrap().target, None);
        assert!(To::parse("ok").unwrap().no_target().is_ok());
        assert!(To::parse("ok:x").unwrap().no_target().is_err());
    }

    #[test]
    fn an_unknown_service_is_a_usage_error_with_the_closest_name() {
        let failure = To::parse("carbonoi:Ops").unwrap_err();
        assert_eq!(failure.class, ExitClass::Usage);
        assert!(failure.hint.unwrap().starts_with("did you mean `carbonio`?"));
    }
}
