//! Finding the target of a command (a Carbonio room, a 1C-Connect support line, a Protocol
//! conversation) from what a person knows of it: its id, or its name matched exactly but
//! without regard to case, or, on a terminal when nothing sets it, a searchable pick list.
//! The services fetch the candidates (one list call per run); the rules live here, once.

use std::future::Future;

use serde_json::Value;

use super::common::Repeat;
use crate::commands::context::Context;
use crate::config::ServiceSettings;
use crate::error::{Failure, Result};
use crate::services::spec::Key;
use crate::text::escape;
use crate::upload::retry::Renew;

/// The most candidates kept from one list: far beyond any real account, and a bound on what
/// a misbehaving server can make chatdrop hold, compare and show.
pub const MAX_CANDIDATES: usize = 10_000;

/// Characters of a name compared for "closest": enough to tell names apart, and a bound on
/// the edit-distance work (quadratic in the length).
const MAX_COMPARED: usize = 64;

/// How many close names or duplicates a message lists.
const SHOWN: usize = 5;

/// What kind of target, as messages name it.
pub struct Kind {
    /// "room", "support line", "conversation".
    pub noun: &'static str,
    /// The setting and the flag that give one (`room`, `--room`); None for a target named
    /// only as an argument (a Carbonio attachment), which no profile stores.
    pub key: Option<Key>,
    /// The command that lists them.
    pub list: &'static str,
    /// How to give the id instead of a name ("with --room").
    pub by_id: &'static str,
}

/// One target a name can resolve to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    /// Empty when the service gives none (such a target is found by id only).
    pub name: String,
    /// The service's type of it ("group", "channel"), or a detail that tells it apart.
    pub kind: String,
}

impl Candidate {
    /// `id (kind) "name"`, escaped, for messages.
    fn describe(&self) -> String {
        let kind = if self.kind.is_empty() { String::new() } else { format!(" ({})", escape(&self.kind)) };
        format!("{}{kind} \"{}\"", escape(&self.id), escape(&self.name))
    }

    /// One line of the pick list: what a person searches by first.
    fn label(&self) -> String {
        let name = if self.name.is_empty() { "(no name)".to_string() } else { escape(&self.name) };
        let kind = if self.kind.is_empty() { String::new() } else { format!("{}, ", escape(&self.kind)) };
        format!("{name}  ({kind}{})", escape(&self.id))
    }
}

/// What the command was given for a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// An id (already in the service's canonical form).
    Id(String),
    /// Anything else: a name to look up.
    Name(String),
    /// Nothing, and a terminal to offer the pick list on.
    Pick,
}

/// Read `kind.key` from the flag, env or profile; `as_id` answers the canonical id when the
/// value is one. Nothing set and no terminal fails as it always did, naming the flag, the env
/// var and the config key. Nothing here sends a request.
pub fn wanted(
    ctx: &Context,
    settings: &ServiceSettings<'_>,
    kind: &Kind,
    as_id: impl Fn(&str) -> Option<String>,
) -> Result<Wanted> {
    match kind.key.and_then(|key| settings.get(key)).map(|v| v.trim().to_string()) {
        Some(v) if !v.is_empty() => Ok(as_id(&v).map(Wanted::Id).unwrap_or(Wanted::Name(v))),
        _ if ctx.prompter.can_prompt() => Ok(Wanted::Pick),
        _ => Err(kind
            .key
            .and_then(|key| settings.require(key, Some(&format!("--{key}"))).err())
            .unwrap_or_else(|| Failure::usage(format!("no {} given", kind.noun)))),
    }
}

/// The id of the target: an id as given, else one list call (`fetch`, retried as a read)
/// and the name matched in it, or the user's pick.
pub async fn settle<F, Fut>(ctx: &Context, api: &dyn Renew, kind: &Kind, wanted: Wanted, fetch: F) -> Result<String>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Vec<Candidate>>>,
{
    match wanted {
        Wanted::Id(id) => Ok(id),
        Wanted::Name(name) => {
            let candidates = ctx.call(api, Repeat::Safe, fetch).await?;
            let found = find(kind, &name, &candidates)?;
            ctx.output.debug(1, || format!("{} \"{}\" is {}", kind.noun, escape(&name), found.describe()));
            note_name(found);
            Ok(found.id.clone())
        }
        Wanted::Pick => {
            let candidates = ctx.call(api, Repeat::Safe, fetch).await?;
            let chosen = pick(ctx, kind, &format!("Which {}? (type to search)", kind.noun), &candidates)?;
            note_name(&chosen);
            Ok(chosen.id)
        }
    }
}

/// The last target this run found by name (id, name), for the journal: `history --target`
/// then finds an upload by the name it was given by, too. One per run (a command has one
/// target), so a static is enough.
static NOTED: std::sync::Mutex<Option<(String, String)>> = std::sync::Mutex::new(None);

fn note_name(found: &Candidate) {
    if !found.name.is_empty() {
        *NOTED.lock().unwrap_or_else(|e| e.into_inner()) = Some((found.id.clone(), found.name.clone()));
    }
}

/// The name of the target found by name this run, if `target` (the journal's `kind:id`) is it.
pub fn name_of(target: &str) -> Option<String> {
    let noted = NOTED.lock().unwrap_or_else(|e| e.into_inner());
    let (id, name) = noted.as_ref()?;
    target
        .split('/')
        .any(|part| part.split_once(':').is_some_and(|(_, t)| t.eq_ignore_ascii_case(id)))
        .then(|| name.clone())
}

/// The one candidate named `name` (exact, ignoring case); no match or several is a usage
/// error (exit 2) that lists the closest names or the duplicates with their ids.
pub fn find<'a>(kind: &Kind, name: &str, candidates: &'a [Candidate]) -> Result<&'a Candidate> {
    let wanted = name.trim().to_lowercase();
    let matches: Vec<&Candidate> =
        candidates.iter().filter(|c| !c.name.is_empty() && c.name.trim().to_lowercase() == wanted).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let closest = closest(&wanted, candidates);
            let hint = if closest.is_empty() {
                format!("list them with `{}`", kind.list)
            } else {
                let names: Vec<String> = closest.iter().map(|c| format!("\"{}\"", escape(&c.name))).collect();
                format!("the closest: {}; list them all with `{}`", names.join(", "), kind.list)
            };
            Err(Failure::usage(format!(
                "no {} named \"{}\" among the {} this account can see",
                kind.noun,
                escape(name.trim()),
                plural(candidates.len(), kind.noun)
            ))
            .with_hint(hint))
        }
        several => {
            let mut listed: Vec<String> = several.iter().take(SHOWN).map(|c| c.describe()).collect();
            if several.len() > SHOWN {
                listed.push(format!("and {} more", several.len() - SHOWN));
            }
            Err(Failure::usage(format!(
                "{} are named \"{}\": {}",
                plural(several.len(), kind.noun),
                escape(name.trim()),
                listed.join("; ")
            ))
            .with_hint(format!("pass the id of the one you mean {}", kind.by_id)))
        }
    }
}

/// Offer the candidates as a searchable list; Esc is a failure that says how to choose.
pub fn pick(ctx: &Context, kind: &Kind, prompt: &str, candidates: &[Candidate]) -> Result<Candidate> {
    let instead = match kind.key {
        Some(key) => format!("pass --{key} (an id or a name; `{}` lists them)", kind.list),
        None => format!("give its id {} or its name (`{}` lists them)", kind.by_id, kind.list),
    };
    if candidates.is_empty() {
        return Err(Failure::usage(format!("this account sees no {} to choose from", kind.noun)).with_hint(instead));
    }
    let labels: Vec<String> = candidates.iter().map(Candidate::label).collect();
    match ctx.prompter.pick(prompt, &labels, &instead)? {
        Some(i) if i < candidates.len() => Ok(candidates[i].clone()),
        _ => Err(Failure::usage(format!("no {} chosen", kind.noun)).with_hint(instead)),
    }
}

/// After a login on a terminal: offer to store one of `candidates` as the profile's default
/// target. Declining (Esc) or an empty list stores nothing; only the answer is an error.
pub fn offer_default(
    ctx: &Context,
    svc: crate::services::spec::ServiceKind,
    kind: &Kind,
    candidates: &[Candidate],
) -> Result<()> {
    let Some(key) = kind.key else { return Ok(()) };
    if !ctx.prompter.can_prompt() || candidates.is_empty() {
        return Ok(());
    }
    let question = format!("Default {} for this profile? (Esc: none)", kind.noun);
    let labels: Vec<String> = candidates.iter().map(Candidate::label).collect();
    let Some(i) = ctx.prompter.pick(&question, &labels, "")? else { return Ok(()) };
    let Some(chosen) = candidates.get(i) else { return Ok(()) };
    ctx.config.store(svc, &[(key, Some(chosen.id.clone().into()))])?;
    ctx.output.status(&format!("default {} set: {}", kind.noun, chosen.describe()));
    Ok(())
}

/// Print a short list of targets through the shared table: `id<TAB>…<TAB>name` rows when
/// stdout is a pipe or a file (for scripts), an aligned table on a terminal, the records with
/// `--json`.
pub fn print_list<const N: usize>(ctx: &Context, header: [&str; N], rows: Vec<([String; N], Value)>) {
    crate::output::table::Table::new(header, [false; N]).page(&ctx.output, rows);
}

/// Up to [`SHOWN`] candidates nearest to `wanted` (lowercase): names containing it (or
/// contained in it) first, then by edit distance to the whole name or to one of its words
/// (a typo in "desgn" is one edit from "Design Review"'s first word); names further than
/// half the length given are no suggestion.
fn closest<'a>(wanted: &str, candidates: &'a [Candidate]) -> Vec<&'a Candidate> {
    let wanted_chars: Vec<char> = wanted.chars().take(MAX_COMPARED).collect();
    let wanted: String = wanted_chars.iter().collect();
    let distance = |text: &str| edit_distance(&wanted_chars, &text.chars().take(MAX_COMPARED).collect::<Vec<_>>());
    let mut scored: Vec<(bool, usize, &Candidate)> = candidates
        .iter()
        .filter(|c| !c.name.is_empty())
        .map(|c| {
            let name = c.name.trim().to_lowercase();
            let related = !wanted.is_empty() && (name.contains(&wanted) || wanted.contains(&name));
            // Words are bounded by the name's own cap: at most MAX_COMPARED of them count.
            let words = name.split_whitespace().take(MAX_COMPARED).map(distance);
            (!related, words.chain(std::iter::once(distance(&name))).min().unwrap_or(usize::MAX), c)
        })
        .collect();
    scored.sort_by(|a, b| (a.0, a.1, &a.2.name).cmp(&(b.0, b.1, &b.2.name)));
    let limit = (wanted_chars.len() / 2).max(2);
    scored.into_iter().filter(|(far, d, _)| !*far || *d <= limit).take(SHOWN).map(|(_, _, c)| c).collect()
}

/// Levenshtein distance over characters (two rows; the callers cap the lengths).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let swap = prev[j] + usize::from(ca != cb);
            row[j + 1] = swap.min(prev[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOM: Kind = Kind {
        noun: "room",
        key: Some(crate::services::carbonio::keys::ROOM),
        list: "chatdrop carbonio rooms",
        by_id: "with --room",
    };

    fn c(id: &str, name: &str) -> Candidate {
        Candidate { id: id.into(), name: name.into(), kind: "group".into() }
    }

    #[test]
    fn names_match_exactly_ignoring_case() {
        let all = [c("1", "Design Team"), c("2", "Дизайн"), c("3", "Design")];
        assert_eq!(find(&ROOM, "design team", &all).unwrap().id, "1");
        assert_eq!(find(&ROOM, " ДИЗАЙН ", &all).unwrap().id, "2");
        assert_eq!(find(&ROOM, "DESIGN", &all).unwrap().id, "3");
    }

    #[test]
    fn several_matches_list_ids_and_types() {
        let all = [c("1", "Ops"), c("2", "OPS")];
        let f = find(&ROOM, "ops", &all).unwrap_err();
        assert_eq!(f.class, crate::error::ExitClass::Usage);
        assert!(
            f.message.contains("2 rooms are named")
                && f.message.contains("1 (group)")
                && f.message.contains("2 (group)")
        );
        assert!(f.hint.unwrap().contains("--room"));
    }

    #[test]
    fn no_match_suggests_the_closest_names() {
        let all = [c("1", "Design Team"), c("2", "Marketing"), c("3", "Desgin")];
        let f = find(&ROOM, "design", &all).unwrap_err();
        let hint = f.hint.unwrap();
        assert!(hint.contains("\"Design Team\"") && hint.contains("\"Desgin\""), "{hint}");
        assert!(!hint.contains("Marketing"), "{hint}");
    }

    #[test]
    fn edit_distances() {
        let d = |a: &str, b: &str| edit_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("дом", "дым"), 1);
    }
}
