//! `chatdrop watch DIR`: post each new or changed file of a folder exactly once to each
//! destination (`--to`/`--route`, as `send`), through the same [`Fanout`] and so the same
//! per-service upload flows. "Exactly once" is the journal's: every round runs with
//! `--skip-sent`, so on start what the journal lacks is sent and a restart or a crash never
//! posts a file twice (a send whose answer was lost is held back as `unknown`, as everywhere).
//! A file is sent only once it is complete: closed after writing (inotify's close-write; a
//! rename into place counts) and unchanged (size and time) for `--settle`. Events come from
//! the `notify` crate (inotify), or its polling watcher where the kernel cannot tell (network
//! file systems, no inotify left) or `--poll` asks. Every queue is bounded: the event channel,
//! the files waiting, the files remembered as done. A failed file is retried with backoff and
//! the watch goes on; on SIGINT/SIGTERM the signal path (lib.rs) gives the file on its way its
//! record and its journal entry.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use notify::{EventKind, Watcher};

use super::context::Context;
use super::send::{Fanout, destinations, fits};
use crate::cli::JournalArgs;
use crate::cli::send::{AfterSend, WatchArgs};
use crate::error::{ExitClass, Failure, Result};
use crate::text::escape;
use crate::upload::{Limits, LocalFile};

/// Events waiting for the loop; the watcher's thread waits when it is full (and the kernel's
/// queue then overflows into a rescan, which loses nothing).
const EVENT_QUEUE: usize = 1024;
/// Files seen and not sent yet; beyond it, new names wait for the next rescan.
const MAX_PENDING: usize = 100_000;
/// Files remembered as sent (unchanged since, they are not hashed again); cleared when full.
const MAX_DONE: usize = 100_000;
/// Files sent per round (each destination gets them as one batch).
const ROUND: usize = 256;
/// How deep `--recursive` goes.
const MAX_DEPTH: usize = 32;
/// The longest wait between two tries of a failing file.
const MAX_BACKOFF: Duration = Duration::from_secs(600);
/// A file refused for what it is (or held back as maybe delivered) is tried this often, then
/// left until it changes or chatdrop restarts.
const MAX_REFUSALS: u32 = 5;

/// What the watcher tells the loop.
enum Signal {
    /// Something happened to this path; `closed` when it was closed after writing (or renamed
    /// into place), `writing` when it is being written.
    Path { path: PathBuf, closed: bool, writing: bool },
    /// Events were lost (a full queue): look at everything again.
    Rescan,
    /// The watcher failed (the folder went away, ...).
    Failed(String),
}

/// A file waiting to be sent.
struct Pending {
    /// Size and modification time when last looked at.
    seen: Option<(u64, SystemTime)>,
    /// Since when it has been unchanged.
    stable_since: Instant,
    /// Opened for writing and not closed since (inotify only).
    writing: bool,
    /// Since when it has been written without a close seen: a close can be missed (a
    /// watcher that started mid-write), so a file unchanged for long is taken anyway.
    writing_since: Instant,
    /// Failed tries of this version, and when to try again.
    failures: u32,
    refusals: u32,
    not_before: Option<Instant>,
}

impl Pending {
    fn new(now: Instant) -> Pending {
        Pending {
            seen: None,
            stable_since: now,
            writing: false,
            writing_since: now,
            failures: 0,
            refusals: 0,
            not_before: None,
        }
    }
}

/// Set while the watch waits between rounds: a signal then stops it cleanly (exit 0, see
/// [`stopped`]); during a round the usual path records the files on their way (lib.rs).
static IDLE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn idle(dir: Option<&Path>) {
    *IDLE.lock().unwrap_or_else(|e| e.into_inner()) = dir.map(|d| escape(&d.to_string_lossy()));
}

/// On a signal: true (and said) when a watch was waiting between rounds, so nothing was on
/// its way and stopping is the normal end of a watch.
pub fn stopped(output: &crate::output::Output) -> bool {
    match IDLE.lock().unwrap_or_else(|e| e.into_inner()).take() {
        Some(dir) => {
            output.status(&format!("stopped watching {dir}"));
            true
        }
        None => false,
    }
}

/// The names never sent: files still being written by the usual tools (`.part`, `~`) and
/// hidden files.
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') || name.ends_with(".part") || name.ends_with('~')
}

/// `chatdrop watch DIR`.
pub async fn run(ctx: &Context, args: WatchArgs) -> Result<()> {
    let dir = args.dir.clone();
    match std::fs::metadata(&dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(Failure::usage(format!("{} is not a directory", escape(&dir.to_string_lossy())))),
        Err(e) => {
            return Err(Failure::input(format!("cannot watch {}: {e}", escape(&dir.to_string_lossy())))
                .with_hint("give an existing directory"));
        }
    }
    let filter = Filter::new(&args.include, &args.exclude)?;
    let journal = JournalArgs { skip_sent: true, no_skip_sent: false, ..args.journal.clone() };
    if journal.no_journal || (ctx.global.sandbox && journal.journal.is_none()) {
        return Err(Failure::usage("watch needs the journal: it is how each file is sent exactly once")
            .with_hint("drop --no-journal (with --sandbox, name a file with --journal)"));
    }
    let moved_to = match &args.after_send {
        AfterSend::Move(to) => {
            std::fs::create_dir_all(to).map_err(|e| {
                Failure::input(format!("cannot create {} for --after-send: {e}", escape(&to.to_string_lossy())))
            })?;
            Some(std::fs::canonicalize(to).unwrap_or_else(|_| to.clone()))
        }
        _ => None,
    };
    let tos = destinations(ctx, &args.to)?;
    let mut fanout = Fanout::new(ctx, tos)?;
    fanout.resolve(ctx).await?;
    let root = std::fs::canonicalize(&dir).unwrap_or(dir);
    let mut state = State {
        root: root.clone(),
        recursive: args.recursive,
        filter,
        moved_to,
        pending: HashMap::new(),
        done: HashMap::new(),
        overflowed: false,
    };
    // Events first, then the scan: a file written between the two is seen either way.
    let (tx, mut rx) = tokio::sync::mpsc::channel(EVENT_QUEUE);
    let _watcher = if args.once { None } else { Some(start_watcher(ctx, &root, args.recursive, args.poll, tx)?) };
    state.scan();
    let mut totals = Totals::default();
    let tick = (args.settle / 4).clamp(Duration::from_millis(50), Duration::from_secs(1));
    loop {
        // Everything the watcher said so far.
        while let Ok(signal) = rx.try_recv() {
            state.hear(signal, ctx)?;
        }
        if state.overflowed {
            state.overflowed = false;
            state.scan();
        }
        let ready = state.ready(args.settle);
        if !ready.is_empty() {
            idle(None);
            send_round(ctx, &fanout, &journal, &args.after_send, &mut state, ready, &mut totals).await;
            continue;
        }
        idle(Some(&root));
        if args.once && state.waiting_to_settle() == 0 {
            break;
        }
        tokio::select! {
            signal = rx.recv(), if !args.once => match signal {
                Some(signal) => state.hear(signal, ctx)?,
                None => return Err(Failure::general("the folder watcher stopped")),
            },
            () = tokio::time::sleep(tick) => {}
        }
    }
    idle(None);
    totals.result(ctx)
}

/// Start the kernel's watcher (inotify), or the polling one where that cannot work or
/// `--poll` asks; polling is said once.
fn start_watcher(
    ctx: &Context,
    root: &Path,
    recursive: bool,
    poll: bool,
    tx: tokio::sync::mpsc::Sender<Signal>,
) -> Result<Box<dyn Watcher>> {
    let mode = if recursive { notify::RecursiveMode::Recursive } else { notify::RecursiveMode::NonRecursive };
    // `sees_closes`: the polling watcher sees no opens and closes, so size and time alone say
    // a file is done there.
    let handler = |tx: tokio::sync::mpsc::Sender<Signal>, sees_closes: bool| {
        move |event: notify::Result<notify::Event>| {
            for signal in signals(event, sees_closes) {
                // Blocks this (the watcher's) thread while the loop catches up: the queue is bounded.
                if tx.blocking_send(signal).is_err() {
                    return;
                }
            }
        }
    };
    let why_poll = if poll { Some("--poll".to_string()) } else { remote_file_system(root) };
    if let Some(why) = why_poll {
        return poll_watcher(ctx, root, mode, handler(tx, false), &why);
    }
    let config =
        notify::Config::default().with_event_kinds(notify::EventKindMask::CORE | notify::EventKindMask::ACCESS_CLOSE);
    let started = notify::RecommendedWatcher::new(handler(tx.clone(), true), config).and_then(|mut w| {
        w.watch(root, mode)?;
        Ok(w)
    });
    match started {
        Ok(watcher) => {
            ctx.output.status(&format!("watching {} for new files", escape(&root.to_string_lossy())));
            Ok(Box::new(watcher))
        }
        Err(e) => poll_watcher(ctx, root, mode, handler(tx, false), &format!("the kernel cannot watch it: {e}")),
    }
}

fn poll_watcher(
    ctx: &Context,
    root: &Path,
    mode: notify::RecursiveMode,
    handler: impl notify::EventHandler,
    why: &str,
) -> Result<Box<dyn Watcher>> {
    let every = Duration::from_millis(500);
    let mut watcher = notify::PollWatcher::new(handler, notify::Config::default().with_poll_interval(every))
        .map_err(|e| Failure::general(format!("cannot watch {}: {e}", escape(&root.to_string_lossy()))))?;
    watcher
        .watch(root, mode)
        .map_err(|e| Failure::general(format!("cannot watch {}: {e}", escape(&root.to_string_lossy()))))?;
    ctx.output.status(&format!(
        "watching {} by polling every {} ms ({why})",
        escape(&root.to_string_lossy()),
        every.as_millis()
    ));
    Ok(Box::new(watcher))
}

/// Why the kernel's events cannot be trusted for `path`: a network file system (changes
/// made on another machine raise none here). None for a local one.
#[cfg(target_os = "linux")]
fn remote_file_system(path: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: a valid NUL-terminated path and a zeroed struct statfs that the call fills.
    if unsafe { libc::statfs(c.as_ptr(), &mut fs) } != 0 {
        return None;
    }
    #[allow(clippy::unnecessary_cast)] // f_type's type differs between libcs.
    let name = match fs.f_type as i64 {
        0x6969 => "NFS",
        0x517B => "SMB",
        0xFF534D42 => "CIFS",
        0xFE534D42 => "SMB2",
        0x564c => "NCP",
        0x65735546 => "FUSE",
        _ => return None,
    };
    Some(format!("it is on {name}, where changes made elsewhere raise no events here"))
}

#[cfg(not(target_os = "linux"))]
fn remote_file_system(_: &Path) -> Option<String> {
    None
}

/// What one watcher event means to the loop.
fn signals(event: notify::Result<notify::Event>, sees_closes: bool) -> Vec<Signal> {
    use notify::event::{AccessKind, AccessMode, ModifyKind};
    let event = match event {
        Ok(event) => event,
        Err(e) if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) => return vec![Signal::Rescan],
        Err(e) => return vec![Signal::Failed(e.to_string())],
    };
    if event.need_rescan() {
        return vec![Signal::Rescan];
    }
    let (closed, writing) = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => (true, false),
        // Moved into place: complete as it is.
        EventKind::Modify(ModifyKind::Name(_)) => (true, false),
        EventKind::Create(_) | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Any) => (false, true),
        EventKind::Access(_) | EventKind::Remove(_) | EventKind::Other => return Vec::new(),
        _ => (false, false),
    };
    let writing = writing && sees_closes;
    event.paths.into_iter().map(|path| Signal::Path { path, closed, writing }).collect()
}

/// The loop's state: what waits, what was sent.
struct State {
    root: PathBuf,
    recursive: bool,
    filter: Filter,
    /// `--after-send move:DIR`'s folder: never watched (what is moved there was sent).
    moved_to: Option<PathBuf>,
    pending: HashMap<PathBuf, Pending>,
    /// Sent (or refused for good) as this size and time.
    done: HashMap<PathBuf, (u64, SystemTime)>,
    overflowed: bool,
}

impl State {
    /// Whether `path` is one to send: a regular file under the root (directly, without
    /// --recursive), not temporary, passing the globs, not in the move folder.
    fn wanted(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(&self.root) else { return false };
        if !self.recursive && relative.components().count() != 1 {
            return false;
        }
        if self.moved_to.as_deref().is_some_and(|m| path.starts_with(m)) {
            return false;
        }
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return self.filter.allows_any();
        };
        // A hidden folder on the way (.git, .cache) counts as hidden too.
        if relative.components().any(|c| c.as_os_str().to_str().is_some_and(is_temporary)) {
            return false;
        }
        self.filter.allows(name, &relative.to_string_lossy())
    }

    fn hear(&mut self, signal: Signal, ctx: &Context) -> Result<()> {
        match signal {
            Signal::Rescan => self.overflowed = true,
            Signal::Failed(why) => {
                // The folder itself gone is the end of the watch; anything else is a warning.
                if !self.root.is_dir() {
                    return Err(Failure::input(format!(
                        "stopped watching {}: it is gone ({why})",
                        escape(&self.root.to_string_lossy())
                    )));
                }
                ctx.output.warn(&format!("the folder watcher reported: {}", escape(&why)));
                self.overflowed = true;
            }
            Signal::Path { path, closed, writing } => {
                if !self.wanted(&path) {
                    return Ok(());
                }
                let now = Instant::now();
                if !self.pending.contains_key(&path) {
                    if self.pending.len() >= MAX_PENDING {
                        self.overflowed = true;
                        return Ok(());
                    }
                    self.pending.insert(path.clone(), Pending::new(now));
                }
                let entry = self.pending.get_mut(&path).expect("inserted above");
                if closed {
                    entry.writing = false;
                } else if writing && !entry.writing {
                    entry.writing = true;
                    entry.writing_since = now;
                }
                entry.stable_since = now;
            }
        }
        Ok(())
    }

    /// Look at every file under the root (at start, after lost events, and with `--once`).
    fn scan(&mut self) {
        let now = Instant::now();
        let mut stack = vec![(self.root.clone(), 0usize)];
        while let Some((dir, depth)) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(kind) = entry.file_type() else { continue };
                if kind.is_dir() {
                    if self.recursive && depth + 1 < MAX_DEPTH && self.moved_to.as_deref() != Some(path.as_path()) {
                        stack.push((path, depth + 1));
                    }
                } else if kind.is_file() && self.wanted(&path) && !self.pending.contains_key(&path) {
                    if self.pending.len() >= MAX_PENDING {
                        self.overflowed = true;
                        return;
                    }
                    self.pending.insert(path, Pending::new(now));
                }
            }
        }
    }

    /// Files still settling (not failed and waiting for a retry).
    fn waiting_to_settle(&self) -> usize {
        self.pending.values().filter(|p| p.not_before.is_none()).count()
    }

    /// The files complete now: closed (or never seen open) and unchanged for `settle`, not
    /// sent as they are, not waiting for a retry. Gone files are forgotten.
    fn ready(&mut self, settle: Duration) -> Vec<PathBuf> {
        let now = Instant::now();
        // A writer whose close was missed: taken after this long unchanged.
        let unclosed = (settle * 10).max(Duration::from_secs(30));
        let mut ready = Vec::new();
        let mut gone = Vec::new();
        for (path, p) in &mut self.pending {
            let meta = match std::fs::symlink_metadata(path) {
                Ok(m) if m.is_file() => m,
                _ => {
                    gone.push(path.clone());
                    continue;
                }
            };
            let seen = (meta.len(), meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
            if p.seen != Some(seen) {
                if p.seen.is_some() {
                    // A new version: its own tries.
                    p.failures = 0;
                    p.refusals = 0;
                    p.not_before = None;
                }
                p.seen = Some(seen);
                p.stable_since = now;
                continue;
            }
            if self.done.get(path) == Some(&seen) {
                gone.push(path.clone());
                continue;
            }
            if p.not_before.is_some_and(|t| now < t) || p.refusals >= MAX_REFUSALS {
                continue;
            }
            let quiet = now.duration_since(p.stable_since);
            let closed = !p.writing || quiet >= unclosed;
            if closed && quiet >= settle && seen.0 == 0 {
                // Empty (created, not written yet): its next event brings it back.
                gone.push(path.clone());
            } else if closed && quiet >= settle && ready.len() < ROUND {
                ready.push(path.clone());
            }
        }
        for path in gone {
            self.pending.remove(&path);
        }
        ready.sort();
        ready
    }

    fn remember_done(&mut self, path: &Path, seen: (u64, SystemTime)) {
        if self.done.len() >= MAX_DONE {
            self.done.clear();
        }
        self.done.insert(path.to_path_buf(), seen);
        self.pending.remove(path);
    }
}

/// Counts for the end of a `--once` run.
#[derive(Default)]
struct Totals {
    pairs: usize,
    failed: usize,
    classes: Vec<ExitClass>,
}

impl Totals {
    fn result(&self, ctx: &Context) -> Result<()> {
        if self.failed == 0 {
            return Ok(());
        }
        ctx.output.status(&format!("{} of {} (file, destination) pairs did not arrive", self.failed, self.pairs));
        let class = if self.failed < self.pairs {
            ExitClass::Partial
        } else if self.classes.iter().all(|c| *c == self.classes[0]) {
            self.classes[0]
        } else {
            ExitClass::Failure
        };
        Err(Failure::reported(class))
    }
}

/// No size limit of its own: each destination's is checked per file.
const ANY_SIZE: Limits = Limits { max_bytes: None, max_label: "" };

/// Send the `ready` files to every destination, then settle each: sent everywhere (or
/// already there) → `--after-send` and remembered; failed somewhere → retried with backoff.
async fn send_round(
    ctx: &Context,
    fanout: &Fanout,
    journal: &JournalArgs,
    after: &AfterSend,
    state: &mut State,
    ready: Vec<PathBuf>,
    totals: &mut Totals,
) {
    let mut files = Vec::with_capacity(ready.len());
    for path in ready {
        let seen = state.pending.get(&path).and_then(|p| p.seen);
        let file =
            match LocalFile::prepare(path.as_os_str(), None, ANY_SIZE, &crate::upload::progress::NoProgress).await {
                Ok(file) => file,
                Err(_) => {
                    // Gone or emptied since it settled: looked at again on its next event.
                    state.pending.remove(&path);
                    continue;
                }
            };
        // A file no destination may take (a PDF for OK.ru's images-only Moments): said
        // once, sent nowhere, until it changes.
        let refused: Vec<(String, Failure)> = fanout
            .destinations
            .iter()
            .filter_map(|(to, d)| fits(&file, d.rules()).err().map(|f| (to.label.clone(), f)))
            .collect();
        if let Some((label, failure)) = refused.into_iter().next() {
            let record = super::record::Record::file("send", super::record::Status::Refused, &file)
                .destination(&label)
                .failed(super::record::Status::Refused, failure.with_hint("it is sent nowhere until it changes"));
            ctx.report(&record);
            if let Some(seen) = seen {
                state.remember_done(&path, seen);
            }
            continue;
        }
        files.push((path, seen, file));
    }
    if files.is_empty() {
        return;
    }
    let locals: Vec<LocalFile> = files.iter().map(|(_, _, f)| f.clone()).collect();
    let all = fanout.send(ctx, journal, &locals.into()).await;
    let now = Instant::now();
    let base = ctx.global.retry_base_delay.max(Duration::from_millis(10));
    for (i, (path, seen, file)) in files.into_iter().enumerate() {
        let failures: Vec<&Failure> =
            all.iter().flat_map(|failed| failed.iter().filter(|(at, _)| *at == i).map(|(_, f)| f)).collect();
        totals.pairs += all.len();
        totals.failed += failures.len();
        totals.classes.extend(failures.iter().map(|f| f.class));
        if failures.is_empty() {
            after_send(ctx, after, &path, &file);
            if let Some(seen) = seen {
                state.remember_done(&path, seen);
            }
            continue;
        }
        let Some(p) = state.pending.get_mut(&path) else { continue };
        p.failures += 1;
        // A refusal (or a send held back as maybe delivered) does not heal by waiting: tried
        // a few times only. Anything else (an outage, a refused token) is tried on.
        if failures.iter().all(|f| matches!(f.class, ExitClass::Input | ExitClass::Failure | ExitClass::Usage)) {
            p.refusals += 1;
        }
        let delay = base.saturating_mul(1 << p.failures.min(16)).min(MAX_BACKOFF);
        p.not_before = Some(now + delay);
        let next = if p.refusals >= MAX_REFUSALS {
            "not tried again until it changes or the watch restarts".to_string()
        } else {
            format!("trying again in {}", crate::text::human_duration(delay))
        };
        ctx.output.status(&format!("{} did not reach every destination; {next}", file.display()));
    }
}

/// `--after-send`: what becomes of a file every destination has.
fn after_send(ctx: &Context, after: &AfterSend, path: &Path, file: &LocalFile) {
    let done = match after {
        AfterSend::Keep => return,
        AfterSend::Delete => std::fs::remove_file(path).map(|()| format!("deleted {}", file.display())),
        AfterSend::Move(dir) => {
            move_into(path, dir).map(|to| format!("moved {} to {}", file.display(), escape(&to.to_string_lossy())))
        }
    };
    match done {
        Ok(line) => ctx.output.status(&line),
        Err(e) => ctx.output.warn(&format!("{} was sent, but --after-send failed: {e}", file.display())),
    }
}

/// Move `path` into `dir` under its name, or `name (1)`, `name (2)`, ... when taken; never over
/// another file. Across file systems: copied, then removed.
fn move_into(path: &Path, dir: &Path) -> std::io::Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| std::io::Error::other("no file name"))?;
    let (stem, ext) = {
        let p = Path::new(name);
        (
            p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
            p.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default(),
        )
    };
    for n in 0..1000 {
        let to = if n == 0 { dir.join(name) } else { dir.join(format!("{stem} ({n}){ext}")) };
        if to.symlink_metadata().is_ok() {
            continue;
        }
        return match std::fs::hard_link(path, &to) {
            Ok(()) => std::fs::remove_file(path).map(|()| to),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => {
                // Another file system (or no hard links): a copy that never replaces a file.
                let mut out = std::fs::OpenOptions::new().write(true).create_new(true).open(&to)?;
                std::io::copy(&mut std::fs::File::open(path)?, &mut out)?;
                out.sync_all()?;
                std::fs::remove_file(path).map(|()| to)
            }
        };
    }
    Err(std::io::Error::other("1000 files of that name are there already"))
}

/// `--include` / `--exclude`: a file is sent when it matches an include (or none is given)
/// and no exclude. A glob without `/` matches the file's name, one with `/` its path under
/// DIR.
struct Filter {
    include: Vec<String>,
    exclude: Vec<String>,
}

impl Filter {
    fn new(include: &[String], exclude: &[String]) -> Result<Filter> {
        for glob in include.iter().chain(exclude) {
            if glob.is_empty() || glob.len() > 1024 {
                return Err(Failure::usage(format!("`{}` is not a glob", escape(glob)))
                    .with_hint("e.g. --include '*.png' --exclude 'draft-*'"));
            }
            if glob.matches('[').count() != glob.matches(']').count() {
                return Err(Failure::usage(format!("`{}` has an unclosed [", escape(glob))));
            }
        }
        Ok(Filter { include: include.to_vec(), exclude: exclude.to_vec() })
    }

    fn allows_any(&self) -> bool {
        self.include.is_empty()
    }

    fn allows(&self, name: &str, relative: &str) -> bool {
        let hit = |g: &String| if g.contains('/') { glob(g, relative) } else { glob(g, name) };
        (self.include.is_empty() || self.include.iter().any(hit)) && !self.exclude.iter().any(hit)
    }
}

/// Shell-style matching: `*` any run of characters but `/`, `**` any run including `/`, `?`
/// one character, `[abc]`/`[a-z]`/`[!a]` a class; the rest literal. Iterative, with one
/// backtrack point per kind of star, so it never blows up.
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    fn class(p: &[char], mut i: usize, c: char) -> Option<(bool, usize)> {
        // p[i] == '['
        i += 1;
        let negate = matches!(p.get(i), Some('!') | Some('^'));
        if negate {
            i += 1;
        }
        let mut hit = false;
        let mut first = true;
        while let Some(&ch) = p.get(i) {
            if ch == ']' && !first {
                return Some((hit != negate, i + 1));
            }
            first = false;
            if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|e| *e != ']') {
                if ch <= c && c <= p[i + 2] {
                    hit = true;
                }
                i += 3;
            } else {
                if ch == c {
                    hit = true;
                }
                i += 1;
            }
        }
        None
    }
    let (mut pi, mut ti) = (0usize, 0usize);
    // The last `*` (pattern after it, text it took up to) and the last `**`: a `*` cannot take
    // a `/`, so when it would have to, the `**` before it takes one more character instead.
    let mut star: Option<(usize, usize)> = None;
    let mut double: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() {
            match p[pi] {
                '*' => {
                    if p.get(pi + 1) == Some(&'*') {
                        pi += 2;
                        double = Some((pi, ti));
                        star = None;
                    } else {
                        pi += 1;
                        star = Some((pi, ti));
                    }
                    continue;
                }
                '?' if t[ti] != '/' => {
                    pi += 1;
                    ti += 1;
                    continue;
                }
                '[' => {
                    if let Some((true, next)) = class(&p, pi, t[ti]) {
                        pi = next;
                        ti += 1;
                        continue;
                    }
                }
                c if c == t[ti] && c != '*' && c != '?' && c != '[' => {
                    pi += 1;
                    ti += 1;
                    continue;
                }
                _ => {}
            }
        }
        match (star, double) {
            (Some((after, at)), _) if t[at] != '/' => {
                star = Some((after, at + 1));
                pi = after;
                ti = at + 1;
            }
            (_, Some((after, at))) => {
                star = None;
                double = Some((after, at + 1));
                pi = after;
                ti = at + 1;
            }
            _ => return false,
        }
    }
    while p.get(pi) == Some(&'*') {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_as_a_shell_does() {
        assert!(glob("*.png", "shot.png"));
        assert!(!glob("*.png", "shot.png.part"));
        assert!(!glob("*.png", "a/shot.png"));
        assert!(glob("**/*.png", "a/b/shot.png"));
        assert!(glob("shot-??.jpg", "shot-01.jpg"));
        assert!(!glob("shot-??.jpg", "shot-1.jpg"));
        assert!(glob("[a-c]*", "banana"));
        assert!(!glob("[!a-c]*", "banana"));
        assert!(glob("*", "anything at all"));
        assert!(glob("a*b*c", "a-xx-b-yy-c"));
        assert!(!glob("a*b*c", "a-xx-b-yy-d"));
        assert!(glob("scans/*.pdf", "scans/x.pdf"));
        assert!(!glob("*.PDF", "x.pdf"));
        // Many stars against a long near-miss ends quickly.
        assert!(!glob(&"*a".repeat(20), &"a".repeat(19)));
    }

    #[test]
    fn temporary_names_are_never_sent() {
        for name in [".hidden", "x.part", "x~", ".x.png.swp"] {
            assert!(is_temporary(name), "{name}");
        }
        for name in ["x.png", "part", "x.partial.png"] {
            assert!(!is_temporary(name), "{name}");
        }
    }

    #[test]
    fn filters_take_includes_then_leave_out_excludes() {
        let f = Filter::new(&["*.png".into(), "*.jpg".into()], &["draft-*".into()]).unwrap();
        assert!(f.allows("a.png", "a.png"));
        assert!(!f.allows("draft-a.png", "draft-a.png"));
        assert!(!f.allows("a.pdf", "a.pdf"));
        let all = Filter::new(&[], &[]).unwrap();
        assert!(all.allows("a.pdf", "x/a.pdf"));
    }

    #[test]
    fn a_move_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("sent");
        std::fs::create_dir(&to).unwrap();
        std::fs::write(to.join("a.txt"), b"old").unwrap();
        let from = dir.path().join("a.txt");
        std::fs::write(&from, b"new").unwrap();
        let moved = move_into(&from, &to).unwrap();
        assert_eq!(moved, to.join("a (1).txt"));
        assert_eq!(std::fs::read(to.join("a.txt")).unwrap(), b"old");
        assert_eq!(std::fs::read(moved).unwrap(), b"new");
        assert!(!from.exists());
    }
}
