//! What the fakes keep between runs: the sandbox's directory under the state dir (the journal's,
//! e.g. `~/.local/state/chatdrop/sandbox`), each fake's state as `<service>.json` in it, and
//! [`Persisted`], the mutex a fake holds its state in, which reads that file when another run
//! changed it and writes it back after a change, under a lock, so that runs side by side (two
//! `--sandbox` commands, or one beside `chatdrop sandbox`) see one state and lose no change.
//!
//! Safety on disk: the directory must be a real directory (not a symlink) that no other user
//! may write to; files are written whole to a fresh temp file and renamed into place; a file is
//! read only when it is a regular file, and the file opened is the one looked at (device and
//! inode compared), so a planted symlink is never followed. State files are read up to
//! [`MAX_STATE`] bytes; one that is larger or unreadable is set aside (`.bad`) and the fake starts
//! afresh.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{LockResult, Mutex, MutexGuard, OnceLock, PoisonError};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Failure, Result};

/// The largest state file read (a fake's rooms, attachments and tokens; far below this).
pub const MAX_STATE: u64 = 64 << 20;

/// The sandbox's directory, checked: a real directory, private to this user.
#[derive(Debug, Clone)]
pub struct StateDir {
    dir: PathBuf,
}

impl StateDir {
    /// `dir`, created (0700) if missing, refused if it is a symlink or others may write to it.
    pub fn open(dir: &Path) -> Result<StateDir> {
        create_private_dir(dir)?;
        let state = StateDir { dir: dir.to_path_buf() };
        create_private_dir(&state.files())?;
        Ok(state)
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Where uploaded bodies are kept.
    pub fn files(&self) -> PathBuf {
        self.dir.join("files")
    }

    /// The state file of the fake `name`.
    fn state_file(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    /// Every state file's text that can be read (for the store's sweep of unreferenced files).
    pub fn state_texts(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return Vec::new() };
        entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| read_regular(&p, MAX_STATE).ok())
            .filter_map(|bytes| String::from_utf8(bytes).ok())
            .collect()
    }
}

/// Create `dir` (and its parents) 0700, then check it: a directory, not a symlink, and not
/// writable by group or others (who could plant files in it).
fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    let failed = |why: String| {
        Failure::general(format!("cannot keep the sandbox's state in {}: {why}", dir.display())).with_hint(
            "remove it or fix its permissions (a private directory, mode 0700), or run `chatdrop sandbox --reset`",
        )
    };
    builder.create(dir).map_err(|e| failed(e.to_string()))?;
    let meta = fs::symlink_metadata(dir).map_err(|e| failed(e.to_string()))?;
    if meta.file_type().is_symlink() || !meta.is_dir() {
        return Err(failed("it is not a directory (a symlink?)".into()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.mode() & 0o022 != 0 {
            return Err(failed(format!("others may write to it (mode {:04o})", meta.mode() & 0o7777)));
        }
    }
    Ok(())
}

/// Files are the user's alone (0600).
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// What tells one version of a file from another: a replaced file (renamed into place) has a
/// new inode; size and modification time catch the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Version {
    dev: u64,
    ino: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

fn version_of(meta: &fs::Metadata) -> Version {
    #[cfg(unix)]
    let (dev, ino) = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let (dev, ino) = (0, 0);
    Version { dev, ino, len: meta.len(), modified: meta.modified().ok() }
}

/// Open `path` for reading only if it is a regular file, and check that the file opened is the
/// one looked at: a symlink put in its place is never followed.
pub fn open_regular(path: &Path) -> std::io::Result<File> {
    let before = fs::symlink_metadata(path)?;
    if !before.file_type().is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let file = File::open(path)?;
    let after = file.metadata()?;
    let (a, b) = (version_of(&before), version_of(&after));
    if (a.dev, a.ino) != (b.dev, b.ino) {
        return Err(std::io::Error::other("the file changed while it was opened"));
    }
    Ok(file)
}

/// A regular file's bytes, at most `cap` (a larger file is an error).
fn read_regular(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(std::io::Error::other(format!("larger than {cap} bytes")));
    }
    Ok(bytes)
}

/// Write `bytes` to `path` whole or not at all: a fresh temp file beside it (never an existing
/// file or link), then a rename over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{:016x}.tmp", crate::rand::u64()));
    let written = private_options().write(true).create_new(true).open(&temp).and_then(|mut f| f.write_all(bytes));
    match written.and_then(|_| fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// Where one [`Persisted`] keeps its value, and the lock that orders the runs that share it.
struct Slot {
    file: PathBuf,
    lock_path: PathBuf,
    /// Opened once; held (flock) only while a guard is alive, which the in-process mutex
    /// already makes one at a time.
    lock: OnceLock<Option<File>>,
    /// The value the fake starts with, as JSON, for a state file that is missing or unreadable.
    initial: Vec<u8>,
}

impl Slot {
    /// Take the lock; `None` when it cannot be had (the value then lives in memory only).
    fn acquire(&self) -> Option<&File> {
        let lock = self
            .lock
            .get_or_init(|| {
                match fs::symlink_metadata(&self.lock_path) {
                    Ok(meta) if !meta.file_type().is_file() => return None,
                    _ => {}
                }
                private_options().read(true).write(true).create(true).truncate(false).open(&self.lock_path).ok()
            })
            .as_ref()?;
        lock.lock().ok()?;
        Some(lock)
    }

    /// The state file's version now; None when there is none. Anything but a regular file
    /// (a planted symlink, a directory) is set aside.
    fn version(&self) -> Option<Version> {
        let meta = fs::symlink_metadata(&self.file).ok()?;
        if !meta.file_type().is_file() {
            self.set_aside();
            return None;
        }
        Some(version_of(&meta))
    }

    /// Move an unreadable state file out of the way (a rename moves a link, never its target).
    fn set_aside(&self) {
        let _ = fs::rename(&self.file, self.file.with_extension("json.bad"));
    }
}

/// What the mutex of a [`Persisted`] holds.
struct Held<T> {
    value: T,
    /// The version of the state file `value` was read from or written as.
    seen: Option<Version>,
    /// Whether `value` was read from the slot at least once.
    loaded: bool,
}

/// A fake's state: a mutex, and, in a sandbox that keeps its state, a file. Each
/// [`Persisted::lock`] first takes the file's lock and reads the file again if another run
/// replaced it since; a guard that changed the value (took it mutably) writes it back before
/// the lock is let go. `lock` answers like `std::sync::Mutex::lock`, so the fakes' calls
/// (`.lock().unwrap_or_else(|e| e.into_inner())`) read the same.
///
/// The file is chosen when the fake's state is built: the first `Persisted` created inside
/// [`bound`] takes it; any other (a unit test's `FakeState::default()`) lives in memory only.
pub struct Persisted<T> {
    held: Mutex<Held<T>>,
    slot: Option<Slot>,
}

thread_local! {
    /// The slot the next [`Persisted::new`] on this thread takes (set by [`bound`]).
    static BINDING: RefCell<Option<Slot>> = const { RefCell::new(None) };
}

/// Build a fake's state with `build`, its [`Persisted`] kept in `dir` as `<name>.json` (with
/// `dir` None, in memory).
pub fn bound<F>(dir: Option<&StateDir>, name: &str, build: impl FnOnce() -> F) -> F {
    let slot = dir.map(|d| Slot {
        file: d.state_file(name),
        lock_path: d.dir.join(format!("{name}.lock")),
        lock: OnceLock::new(),
        initial: Vec::new(),
    });
    BINDING.with(|b| *b.borrow_mut() = slot);
    let built = build();
    BINDING.with(|b| b.borrow_mut().take());
    built
}

impl<T: Serialize + DeserializeOwned> Persisted<T> {
    pub fn new(value: T) -> Persisted<T> {
        let slot = BINDING.with(|b| b.borrow_mut().take()).map(|mut slot| {
            slot.initial = serde_json::to_vec(&value).unwrap_or_default();
            slot
        });
        Persisted { held: Mutex::new(Held { value, seen: None, loaded: false }), slot }
    }

    /// The value, up to date with the file (see [`Persisted`]).
    pub fn lock(&self) -> LockResult<Guard<'_, T>> {
        let (mut held, poisoned) = match self.held.lock() {
            Ok(held) => (held, false),
            Err(e) => (e.into_inner(), true),
        };
        let file_lock = self.slot.as_ref().and_then(|slot| {
            let lock = slot.acquire()?;
            refresh(slot, &mut held);
            Some(lock)
        });
        let guard = Guard { held, slot: self.slot.as_ref(), file_lock, changed: false };
        if poisoned { Err(PoisonError::new(guard)) } else { Ok(guard) }
    }
}

impl<T: Default + Serialize + DeserializeOwned> Default for Persisted<T> {
    fn default() -> Self {
        Persisted::new(T::default())
    }
}

/// Read the slot's file into `held` if it is not the version `held` has (with the lock held).
fn refresh<T: DeserializeOwned>(slot: &Slot, held: &mut Held<T>) {
    let now = slot.version();
    if held.loaded && now == held.seen {
        return;
    }
    let read = match now {
        Some(_) => read_regular(&slot.file, MAX_STATE).ok().and_then(|b| serde_json::from_slice::<T>(&b).ok()),
        None => None,
    };
    let value = match read {
        Some(value) => value,
        None => {
            if now.is_some() {
                slot.set_aside();
            }
            // Missing (never written, or reset) or unreadable: the fake's own start.
            match serde_json::from_slice::<T>(&slot.initial) {
                Ok(initial) => initial,
                Err(_) => return,
            }
        }
    };
    held.value = value;
    held.seen = slot.version();
    held.loaded = true;
}

/// A fake's state, locked (see [`Persisted`]).
pub struct Guard<'a, T: Serialize> {
    held: MutexGuard<'a, Held<T>>,
    slot: Option<&'a Slot>,
    /// The slot's lock, held until the guard goes (None: memory only).
    file_lock: Option<&'a File>,
    /// Taken mutably: written back on drop.
    changed: bool,
}

impl<T: Serialize> Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.held.value
    }
}

impl<T: Serialize> DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.changed = true;
        &mut self.held.value
    }
}

impl<T: Serialize> Drop for Guard<'_, T> {
    fn drop(&mut self) {
        if let (true, Some(slot), Some(lock)) = (self.changed, self.slot, self.file_lock) {
            // A state too large to read back is not written: the file keeps the last good one.
            // A failed write leaves the change in memory, written with the next one.
            if let Ok(bytes) = serde_json::to_vec(&self.held.value)
                && (bytes.len() as u64) <= MAX_STATE
                && write_atomically(&slot.file, &bytes).is_ok()
            {
                self.held.seen = slot.version();
            }
            let _ = lock.unlock();
        } else if let Some(lock) = self.file_lock {
            let _ = lock.unlock();
        }
    }
}

/// A `&'static str` field of a fake's state (a room type), named so that serde's derive does
/// not take it for text borrowed from the input; read with [`static_str`].
pub type StaticStr = &'static str;

/// For a [`StaticStr`] field: the same text, kept once per distinct value for the life of the
/// process; at most 256 distinct values are taken.
pub fn static_str<'de, D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<&'static str, D::Error> {
    static KNOWN: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let text = <String as serde::Deserialize>::deserialize(deserializer)?;
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    let known = known.get_or_insert_with(HashSet::new);
    if let Some(kept) = known.get(text.as_str()) {
        return Ok(kept);
    }
    if known.len() >= 256 || text.len() > 64 {
        return Err(serde::de::Error::custom("too many distinct values"));
    }
    let kept: &'static str = Box::leak(text.into_boxed_str());
    known.insert(kept);
    Ok(kept)
}

/// What `chatdrop sandbox --reset` removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    /// Fakes whose state was forgotten.
    pub states: usize,
    /// Kept files, and their bytes.
    pub files: usize,
    pub bytes: u64,
}

/// Forget everything the fakes kept in `dir`: each state file (under its lock, so no run is
/// halfway through writing it; a run that is serving starts afresh at its next request) and
/// every kept body. Lock files stay (a run may hold one). A missing `dir` holds nothing.
pub fn reset(dir: &Path) -> Result<Removed> {
    let mut removed = Removed::default();
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(removed),
        Err(e) => return Err(Failure::general(format!("cannot read {}: {e}", dir.display()))),
        Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
            return Err(Failure::general(format!(
                "{} is not a directory (a symlink?); nothing was removed",
                dir.display()
            ))
            .with_hint("remove it yourself if it is not yours to keep"));
        }
        Ok(_) => {}
    }
    let entries = fs::read_dir(dir).map_err(|e| Failure::general(format!("cannot read {}: {e}", dir.display())))?;
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(service) = name.strip_suffix(".json") {
            let lock = private_options()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(dir.join(format!("{service}.lock")));
            let held = lock.as_ref().ok().filter(|l| l.lock().is_ok());
            if fs::remove_file(&path).is_ok() {
                removed.states += 1;
            }
            if let Some(lock) = held {
                let _ = lock.unlock();
            }
        } else if name.ends_with(".bad") || name.ends_with(".tmp") {
            let _ = fs::remove_file(&path);
        }
    }
    let files = dir.join("files");
    if let Ok(entries) = fs::read_dir(&files) {
        for entry in entries.filter_map(|e| e.ok()) {
            if let Ok(meta) = entry.metadata() {
                removed.files += 1;
                removed.bytes += if meta.is_file() { meta.len() } else { 0 };
            }
        }
    }
    match fs::remove_dir_all(&files) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Failure::general(format!("cannot remove {}: {e}", files.display()))),
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Counter {
        n: u32,
        names: Vec<String>,
    }

    #[test]
    fn two_values_bound_to_one_file_see_each_others_changes() {
        let temp = tempfile::tempdir().unwrap();
        let dir = StateDir::open(&temp.path().join("sandbox")).unwrap();
        let a: Persisted<Counter> = bound(Some(&dir), "fake", Persisted::default);
        let b: Persisted<Counter> = bound(Some(&dir), "fake", Persisted::default);
        a.lock().unwrap().n += 1;
        b.lock().unwrap().n += 1;
        a.lock().unwrap().names.push("x".into());
        assert_eq!(*b.lock().unwrap(), Counter { n: 2, names: vec!["x".into()] });
        // A read takes nothing mutably and writes nothing.
        let written = fs::metadata(dir.state_file("fake")).unwrap().modified().unwrap();
        assert_eq!(a.lock().unwrap().n, 2);
        assert_eq!(fs::metadata(dir.state_file("fake")).unwrap().modified().unwrap(), written);
        // Outside `bound`, memory only.
        let alone: Persisted<Counter> = Persisted::default();
        alone.lock().unwrap().n = 9;
        assert_eq!(b.lock().unwrap().n, 2);
    }

    #[test]
    fn a_reset_or_unreadable_file_starts_afresh_and_a_planted_symlink_is_not_followed() {
        let temp = tempfile::tempdir().unwrap();
        let dir = StateDir::open(&temp.path().join("sandbox")).unwrap();
        let start = Counter { n: 5, names: vec![] };
        let a: Persisted<Counter> = bound(Some(&dir), "fake", || Persisted::new(start));
        a.lock().unwrap().n = 7;
        assert_eq!(reset(dir.path()).unwrap().states, 1);
        assert_eq!(a.lock().unwrap().n, 5, "the fake's own start");
        fs::write(dir.state_file("fake"), b"{not json").unwrap();
        assert_eq!(a.lock().unwrap().n, 5);
        assert!(dir.path().join("fake.json.bad").exists(), "set aside");
        #[cfg(unix)]
        {
            let secret = temp.path().join("secret.json");
            fs::write(&secret, br#"{"n":42,"names":[]}"#).unwrap();
            fs::remove_file(dir.state_file("fake")).ok();
            std::os::unix::fs::symlink(&secret, dir.state_file("fake")).unwrap();
            assert_eq!(a.lock().unwrap().n, 5, "the link is not read");
            a.lock().unwrap().n = 6;
            assert_eq!(fs::read_to_string(&secret).unwrap(), r#"{"n":42,"names":[]}"#, "nor written through");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_others_may_write_to_or_a_symlinked_one_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().unwrap();
        let open = temp.path().join("open");
        fs::create_dir(&open).unwrap();
        fs::set_permissions(&open, fs::Permissions::from_mode(0o777)).unwrap();
        assert!(StateDir::open(&open).unwrap_err().message.contains("others may write to it"));
        let link = temp.path().join("link");
        std::os::unix::fs::symlink(temp.path(), &link).unwrap();
        assert!(StateDir::open(&link).unwrap_err().message.contains("not a directory"));
        assert!(reset(&link).is_err());
    }
}
