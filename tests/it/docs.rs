//! The documentation a person reads: README.md and every page under docs/. Every relative link
//! and `#anchor` resolves (GitHub's heading slugs), every `CHATDROP_*` variable the code reads
//! is named somewhere, and every command line of a fenced block marked runnable (```` ```sh
//! runnable ````) runs against the sandbox with the built binary, in a hermetic environment,
//! and ends with the exit code it states (0 unless a `# exit N` comment says otherwise).
//!
//! The Markdown reading is a small parser of its own (fences, ATX headings, inline and
//! reference links, code spans): enough for these pages, and no crate to add for it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::*;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and docs/**/*.md, as paths relative to the repository.
fn pages() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("README.md")];
    let mut stack = vec![PathBuf::from("docs")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(repo().join(&dir)).expect("docs/ exists") {
            let name = entry.unwrap().file_name();
            let path = dir.join(&name);
            if repo().join(&path).is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------------
// The parser.

/// A fenced code block: its info string's words and its lines.
#[derive(Debug, Default)]
struct Block {
    info: Vec<String>,
    lines: Vec<String>,
    /// 1-based line of the opening fence.
    at: usize,
}

/// One page, read: headings' anchors, links (target, line), fenced blocks.
#[derive(Debug, Default)]
struct Page {
    anchors: BTreeSet<String>,
    links: Vec<(String, usize)>,
    blocks: Vec<Block>,
}

/// An opening or closing fence: its character, its length, and the rest of the line.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let c = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = trimmed.chars().take_while(|x| *x == c).count();
    (n >= 3).then(|| (c, n, trimmed[n..].trim()))
}

fn parse(text: &str) -> Page {
    let mut page = Page::default();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut open: Option<(char, usize, Block)> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some((c, n, block)) = &mut open {
            match fence(line) {
                Some((c2, n2, rest)) if c2 == *c && n2 >= *n && rest.is_empty() => {
                    let (_, _, block) = open.take().unwrap();
                    page.blocks.push(block);
                }
                _ => block.lines.push(line.to_string()),
            }
            continue;
        }
        if let Some((c, n, rest)) = fence(line) {
            let info = rest.split_whitespace().map(str::to_string).collect();
            open = Some((c, n, Block { info, lines: Vec::new(), at: i + 1 }));
            continue;
        }
        if let Some(text) = heading(line) {
            let base = slug(&text);
            let count = seen.entry(base.clone()).or_insert(0);
            page.anchors.insert(if *count == 0 { base.clone() } else { format!("{base}-{count}") });
            *count += 1;
        }
        let prose = without_code_spans(line);
        for target in inline_links(&prose) {
            page.links.push((target, i + 1));
        }
        if let Some(target) = reference_definition(&prose) {
            page.links.push((target, i + 1));
        }
    }
    assert!(open.is_none(), "a code fence is never closed");
    page
}

/// The text of an ATX heading (`## Text ##`).
fn heading(line: &str) -> Option<String> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t')) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim().to_string())
}

/// GitHub's anchor for a heading: the rendered text (code marks and emphasis dropped, a link's
/// text kept), lowercased; letters, digits, `_` and `-` kept, each space a `-`, the rest dropped.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    let mut rest = heading;
    // A link in a heading renders as its text.
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else { break };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else { break };
        text.push_str(&rest[..open]);
        text.push_str(&rest[open + 1..mid]);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The line with its code spans (`` `...` ``, any run of backticks) taken out.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        let run = rest[start..].chars().take_while(|c| *c == '`').count();
        let ticks = "`".repeat(run);
        let after = &rest[start + run..];
        match after.find(&ticks) {
            Some(end) => {
                out.push_str(&rest[..start]);
                rest = &after[end + run..];
            }
            None => {
                out.push_str(&rest[..start + run]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Targets of `[text](target)` and `![alt](target)`, without a title.
fn inline_links(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        let target = after[..end].split_whitespace().next().unwrap_or("");
        out.push(target.trim_start_matches('<').trim_end_matches('>').to_string());
        rest = &after[end.min(after.len())..];
    }
    out
}

/// The target of a reference definition, `[name]: target`.
fn reference_definition(line: &str) -> Option<String> {
    let name_and_rest = line.trim_start().strip_prefix('[')?;
    let close = name_and_rest.find(']')?;
    name_and_rest[close + 1..].strip_prefix(':')?.split_whitespace().next().map(str::to_string)
}

/// `path` with `.` and `..` folded, or None if it climbs out of the repository.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Normal(p) => out.push(p),
            _ => return None,
        }
    }
    Some(out)
}

/// What is wrong with the links of `pages` (path → text), one line each.
fn broken_links(pages: &BTreeMap<PathBuf, String>, exists: impl Fn(&Path) -> bool) -> Vec<String> {
    let parsed: BTreeMap<&PathBuf, Page> = pages.iter().map(|(p, t)| (p, parse(t))).collect();
    let mut broken = Vec::new();
    for (page, doc) in &parsed {
        for (target, line) in &doc.links {
            let here = format!("{}:{line}: `{target}`", page.display());
            if target.is_empty() {
                broken.push(format!("{here}: an empty link"));
                continue;
            }
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let resolved = if path.is_empty() {
                Some((*page).clone())
            } else {
                normalize(&page.parent().unwrap_or(Path::new("")).join(path))
            };
            let Some(resolved) = resolved else {
                broken.push(format!("{here}: points outside the repository"));
                continue;
            };
            if !path.is_empty() && !exists(&resolved) {
                broken.push(format!("{here}: no such file {}", resolved.display()));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            match parsed.get(&resolved) {
                Some(target_page) if !target_page.anchors.contains(anchor) => broken.push(format!(
                    "{here}: no heading with the anchor #{anchor} in {} (it has: {})",
                    resolved.display(),
                    target_page.anchors.iter().cloned().collect::<Vec<_>>().join(", ")
                )),
                Some(_) => {}
                // A source file's line anchor (#L10) on the forge; nothing else is checkable.
                None if anchor.starts_with('L') && anchor[1..].chars().all(|c| c.is_ascii_digit() || c == '-') => {}
                None => broken.push(format!("{here}: an anchor into a file that is not a checked page")),
            }
        }
    }
    broken
}

fn read_pages() -> BTreeMap<PathBuf, String> {
    pages().into_iter().map(|p| (p.clone(), std::fs::read_to_string(repo().join(&p)).unwrap())).collect()
}

// ---------------------------------------------------------------------------------------------
// The parser checked on text whose answers are known (GitHub's anchors, written by hand).

#[test]
fn slugs_follow_githubs_rules() {
    for (heading, anchor) in [
        ("Exit codes", "exit-codes"),
        ("Journal: never post twice", "journal-never-post-twice"),
        ("1C-Connect", "1c-connect"),
        ("What `--skip-sent` does", "what---skip-sent-does"),
        ("`chatdrop history`", "chatdrop-history"),
        (
            "Hostile servers, special files, odd environments (`tests/it/hostile/`)",
            "hostile-servers-special-files-odd-environments-testsithostile",
        ),
        ("Retries, timeouts and duplicates", "retries-timeouts-and-duplicates"),
        ("Zextras Carbonio — chats", "zextras-carbonio--chats"),
        ("See [the sandbox](docs/sandbox.md)", "see-the-sandbox"),
        ("snake_case keys", "snake_case-keys"),
    ] {
        assert_eq!(slug(heading), anchor, "{heading}");
    }
}

#[test]
fn the_link_checker_finds_what_is_broken() {
    let pages = BTreeMap::from([
        (
            PathBuf::from("README.md"),
            "# Top\n## Same\n## Same\nSee [a](docs/a.md#part-two), [b](#same-1), [c](#nope), [d](docs/gone.md),\n\
             [e](https://example.com/x#y), `[f](#in-code)`, ![g](../outside.png), [h](docs/a.md#missing)\n\
             ```sh\n[i](#in-a-fence)\n```\n[j]: docs/a.md#part-one\n"
                .to_string(),
        ),
        (PathBuf::from("docs/a.md"), "# Part one\n## Part two\n[back](../README.md#top)\n".to_string()),
    ]);
    let exists = |p: &Path| pages.contains_key(p);
    let broken = broken_links(&pages, exists);
    let joined = broken.join("\n");
    assert_eq!(broken.len(), 4, "{joined}");
    for bad in ["#nope", "docs/gone.md", "../outside.png", "docs/a.md#missing"] {
        assert!(joined.contains(bad), "{bad} not reported:\n{joined}");
    }
}

#[test]
fn runnable_lines_are_read_with_their_expected_codes() {
    let page = parse(
        "```sh runnable\nchatdrop --sandbox a \\\n  b   # exit 2: why\n# a comment\n\nchatdrop --sandbox c '#x' # c\n```\n\
         ````markdown\n```sh runnable\nnot a block of its own\n```\n````\n",
    );
    assert_eq!(page.blocks.len(), 2);
    let lines = command_lines(&page.blocks[0]);
    assert_eq!(
        lines,
        vec![
            ("chatdrop --sandbox a b   # exit 2: why".to_string(), 2),
            ("chatdrop --sandbox c '#x' # c".to_string(), 0)
        ]
    );
    assert!(!page.blocks[1].info.contains(&"runnable".to_string()));
}

// ---------------------------------------------------------------------------------------------
// The pages.

#[test]
fn every_relative_link_and_anchor_resolves() {
    let pages = read_pages();
    assert!(pages.len() >= 10, "README.md and docs/: {:?}", pages.keys());
    let links: usize = pages.values().map(|t| parse(t).links.len()).sum();
    assert!(links > 50, "only {links} links found: is the parser reading the pages?");
    // A service's missing page is named once, by registry::every_service_has_a_docs_page_….
    let missing = missing_service_pages();
    let broken: Vec<String> = broken_links(&pages, |p| repo().join(p).exists())
        .into_iter()
        .filter(|b| !missing.iter().any(|page| b.contains(page.as_str())))
        .collect();
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// `services/<name>.md` of each registered service that has no page in docs/services/.
fn missing_service_pages() -> Vec<String> {
    let pages = services().into_iter().map(|s| format!("services/{}.md", s.name));
    pages.filter(|page| !repo().join("docs").join(page).exists()).collect()
}

#[test]
fn every_chatdrop_variable_the_code_reads_is_documented() {
    let docs: String = read_pages().into_values().collect::<Vec<_>>().join("\n");
    let named = |var: &str| {
        docs.match_indices(var).any(|(i, _)| {
            !docs[i + var.len()..].starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        })
    };
    // Every name written in the code (the fixed table in src/env.rs and any other literal)...
    let mut vars = BTreeSet::new();
    let mut stack = vec![repo().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("CHATDROP_") {
                    let name: String = text[i..]
                        .chars()
                        .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                        .collect();
                    let name = name.trim_end_matches('_');
                    if name != "CHATDROP" {
                        vars.insert(name.to_string());
                    }
                }
            }
        }
    }
    // ...and every service setting's variable, which the code builds from the key table.
    // (A service without its page is registry::every_service_has_a_docs_page_…'s to name.)
    let missing = missing_service_pages();
    for service in chatdrop::services::ALL {
        if missing.contains(&format!("services/{}.md", service.name())) {
            continue;
        }
        for key in service.keys() {
            vars.insert(service.env_var(*key));
        }
    }
    assert!(vars.len() > 40, "{vars:?}");
    let missing: Vec<&String> = vars.iter().filter(|v| !named(v)).collect();
    assert!(
        missing.is_empty(),
        "named nowhere in README.md or docs/ (docs/configuration.md has the table): {missing:?}"
    );
}

#[test]
fn readme_keeps_the_two_fresh_clone_commands() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let blocks = parse(&readme).blocks;
    let lines: Vec<&str> = blocks.iter().flat_map(|b| b.lines.iter().map(|l| l.as_str())).collect();
    for command in ["cargo run --locked -- --sandbox pyrus upload README.md", "cargo test --locked"] {
        assert!(
            lines.iter().any(|l| l.split('#').next().unwrap().trim() == command),
            "README.md no longer shows `{command}` as a command line"
        );
    }
    // Not counting what is generated (the table of services grows a row per service).
    let mut generated = false;
    let written = readme
        .lines()
        .filter(|l| {
            let inside = generated;
            generated = (generated || l.starts_with("<!-- generated:")) && !l.starts_with("<!-- end generated:");
            !inside && !generated
        })
        .count();
    assert!(written <= 250, "README.md is {written} lines besides its generated tables (at most 250)");
}

// ---------------------------------------------------------------------------------------------
// Runnable examples.

/// A block's command lines (continuations joined, comment lines and blanks left out), each
/// with the exit code it expects: 0, or N from a trailing `# exit N` comment.
fn command_lines(block: &Block) -> Vec<(String, i32)> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in &block.lines {
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head.trim_end());
            pending.push(' ');
            continue;
        }
        pending.push_str(if pending.is_empty() { line } else { line.trim_start() });
        let full = std::mem::take(&mut pending);
        let trimmed = full.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let expected = comment(trimmed)
            .and_then(|c| c.strip_prefix("exit "))
            .and_then(|c| c.split(|ch: char| !ch.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        out.push((trimmed.to_string(), expected));
    }
    out
}

/// The text of a shell comment that ends `line` (a `#` starting a word outside quotes).
fn comment(line: &str) -> Option<&str> {
    let mut quote = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => return Some(line[i + 1..].trim()),
            _ => {}
        }
        prev = c;
    }
    None
}

/// Why a runnable line may not run, if it may not: each `chatdrop` must be given `--sandbox`
/// (or be `chatdrop sandbox --reset`; a served block: the sandbox's settings are in the environment instead), and a served
/// block may call curl on the sandbox's address only.
fn refusal(line: &str, served: bool) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    if !(first == "chatdrop" || (served && first == "curl")) {
        return Some(format!("starts with `{first}`: a runnable line runs chatdrop (or, served, curl)"));
    }
    // `chatdrop sandbox --reset` only forgets the sandbox's own kept state: no server is asked.
    let local = |w: &[&str]| w == ["chatdrop", "sandbox", "--reset"];
    let bare = words.windows(2).any(|w| w[0] == "chatdrop" && w[1] != "--sandbox") && !words.windows(3).any(local)
        || words.last() == Some(&"chatdrop");
    if bare && !served {
        return Some("`chatdrop` without `--sandbox` right after it".into());
    }
    for (i, _) in line.match_indices("://") {
        if !(served && line[..i].ends_with("http") && line[i + 3..].starts_with("127.0.0.1:8900")) {
            return Some("a URL other than the served sandbox's http://127.0.0.1:8900".into());
        }
    }
    None
}

fn have_curl() -> bool {
    std::process::Command::new("curl").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Run `cmd`, killing it if it outlives `limit` (a hung example must not hang the suite). Its
/// output goes to files in `dir`, so a long one cannot fill a pipe nobody reads yet.
fn output_within(mut cmd: std::process::Command, dir: &Path, limit: Duration) -> (i32, String, String) {
    use std::process::Stdio;
    let (out, err) = (dir.join("stdout"), dir.join("stderr"));
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("sh runs");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    (status.code().unwrap_or(-1), read(&out), read(&err))
}

/// The end of a long output, for a failure message.
fn tail(text: &str) -> &str {
    let text = text.trim();
    let mut start = text.len().saturating_sub(1500);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

#[test]
fn every_runnable_example_runs_against_the_sandbox() {
    let curl = have_curl();
    let mut ran = 0;
    let mut failures = Vec::new();
    for (page, text) in read_pages() {
        let blocks: Vec<Block> =
            parse(&text).blocks.into_iter().filter(|b| b.info.iter().any(|w| w == "runnable")).collect();
        if blocks.is_empty() {
            continue;
        }
        // One environment per page: its own HOME, config and state dirs, a work dir holding a
        // copy of README.md and a small image, and the built binary first on PATH.
        let t = TestEnv::new();
        let work = t.dir.path().join("work");
        let bin = t.dir.path().join("bin");
        std::fs::create_dir_all(&work).unwrap();
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::copy(repo().join("README.md"), work.join("README.md")).unwrap();
        std::fs::write(work.join("shot.png"), png(4, 3, "docs example", 300)).unwrap();
        std::os::unix::fs::symlink(binary(), bin.join("chatdrop")).unwrap();
        let path = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
        let address = t.sandbox.addr.to_string();
        for block in blocks {
            let served = block.info.iter().any(|w| w == "served");
            for (line, expected) in command_lines(&block) {
                let here = format!("{}:{}: {line}", page.display(), block.at);
                if let Some(why) = refusal(&line, served) {
                    failures.push(format!("{here}\n  not run: {why}"));
                    continue;
                }
                let is_curl = line.starts_with("curl ");
                if is_curl && !curl {
                    eprintln!("SKIPPED {here}: no curl (Debian: apt-get install curl)");
                    continue;
                }
                let mut cmd = t.hermetic("sh", None);
                cmd.current_dir(&work).env("PATH", &path);
                let script = if served {
                    cmd.envs(t.sandbox.env());
                    line.replace("127.0.0.1:8900", &address)
                } else {
                    line.clone()
                };
                cmd.arg("-c").arg(&script);
                let (code, stdout, stderr) = output_within(cmd, t.dir.path(), Duration::from_secs(120));
                ran += 1;
                if code != expected {
                    failures.push(format!(
                        "{here}\n  exit {code}, expected {expected}\n  stdout: {}\n  stderr: {}",
                        tail(&stdout),
                        tail(&stderr)
                    ));
                } else if !is_curl {
                    // What chatdrop printed is checked like every run of the suite: no sandbox
                    // secret, no panic. (curl shows the recorded requests, credentials and all.)
                    assert_no_secrets(&Run { code, stdout, stderr: stderr.clone() }, &SANDBOX_SECRETS);
                    assert!(!stderr.contains("panicked"), "{here}: panic: {stderr}");
                }
            }
        }
    }
    assert!(failures.is_empty(), "runnable examples that failed:\n\n{}", failures.join("\n\n"));
    assert!(ran >= 30, "only {ran} runnable lines ran");
}
