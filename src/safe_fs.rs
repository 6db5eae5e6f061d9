//! The one way chatdrop opens a file it writes, other than its own fresh temp files (the
//! credentials file and its lock, the journal and its lock, a pruned journal, an installed
//! completion script), and the directory rules around them:
//!
//! - a final symbolic link is followed only where nobody else could have planted it: in a
//!   directory owned by this user (or root) that no group or other user can write;
//!   everywhere else it is refused, and every open uses `O_NOFOLLOW`, so a link swapped in
//!   after the check is refused too;
//! - only regular files are opened: a FIFO, a device or a socket is refused, and the open
//!   itself is `O_NONBLOCK`, so it can never hang on a FIFO with no one at the other end
//!   (outputs the user names, like `-o`, are `download`'s and follow the shell's `>`);
//! - a file that is replaced is written to a temp file in the same directory, synced and
//!   renamed over it (a rename replaces a link, it never writes through one);
//! - a directory chatdrop creates is created 0700; one it did not create is never chmodded.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How long [`lock`] waits for another process to let go of a lock file, polling.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The effective user id (0 for root); None where there is no such thing.
pub fn euid() -> Option<u32> {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        Some(unsafe { libc::geteuid() })
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Why a directory is not private to this user, if it is not: owned by someone else, or
/// writable by group or others (mode shown, sticky bit included). None for a private one.
pub fn not_private(dir: &Path) -> io::Result<Option<String>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = fs::metadata(dir)?;
        let (owner, mode) = (meta.uid(), meta.mode() & 0o7777);
        if Some(owner) != euid() {
            return Ok(Some(format!("owned by another user (uid {owner})")));
        }
        if mode & 0o022 != 0 {
            return Ok(Some(format!("writable by other users (mode {mode:04o})")));
        }
        Ok(None)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(None)
    }
}

/// The permission bits of a directory that let group or others write in it (sticky or not:
/// in a sticky directory others cannot replace chatdrop's files, but they can still plant
/// a file or a link under a name chatdrop is about to use). None when they cannot.
pub fn writable_by_others(dir: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mode = fs::metadata(dir).ok()?.mode() & 0o7777;
        (mode & 0o022 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Whether a link in `dir` can only have been made by this user or root: the directory is
/// owned by one of them and nobody else may write in it.
fn links_trusted(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = fs::metadata(dir) else { return false };
        (Some(meta.uid()) == euid() || meta.uid() == 0) && meta.mode() & 0o022 == 0
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        true
    }
}

/// The directory a path's file lives in (`.` for a bare name).
pub fn parent_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Create `dir` and any missing parents, each 0700 (it is private to this user); an existing
/// directory is left exactly as it is.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn refused(why: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, why)
}

/// An error of this module in words that follow "cannot write PATH: " (its refusals are
/// predicates about the path: "it is a FIFO ...").
pub fn why(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::InvalidInput { format!("it {e}") } else { e.to_string() }
}

/// What a file type is, for messages.
fn kind_of(ft: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_dir() {
        "a directory"
    } else if ft.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// The error for a path that exists but is not a regular file.
fn not_regular(ft: fs::FileType) -> io::Error {
    refused(format!("is {}, not a regular file", kind_of(ft)))
}

/// Where to open `path`: the path itself, or, when it is a symbolic link this user (or root)
/// made, the file it points to (so a journal or a completion script kept elsewhere through a
/// link is written where the link points, and the link stays). A link in a directory others
/// can write is refused: anyone could have planted it. Anything there that is not a regular
/// file (a FIFO, a device, a directory) is refused. A missing path is returned as is.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path.to_path_buf()),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        let dir = parent_of(path);
        if !links_trusted(dir) {
            return Err(refused(format!(
                "is a symbolic link in {}, a directory other users can write (or own): not followed",
                dir.display()
            )));
        }
        // What the link leads to first (`/dev/stdout` leads to a pipe no path names).
        let meta = fs::metadata(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => refused("is a symbolic link to nothing".into()),
            _ => e,
        })?;
        if !meta.is_file() {
            return Err(refused(format!("is a link to {}, not a regular file", kind_of(meta.file_type()))));
        }
        return fs::canonicalize(path);
    }
    if !meta.is_file() {
        return Err(not_regular(meta.file_type()));
    }
    Ok(path.to_path_buf())
}

/// How a file is opened by [`open`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading only; a missing file is `NotFound`.
    Read,
    /// Reading and appending, created 0600 when missing.
    Append,
    /// A lock file: created 0600 when missing, never truncated.
    Lock,
}

/// Open `path` (already [`resolve`]d) without following a final link (`O_NOFOLLOW`) and
/// without blocking (`O_NONBLOCK`: a FIFO put there after the check cannot hang the open),
/// then refuse it unless it is a regular file.
pub fn open(path: &Path, access: Access) -> io::Result<File> {
    let mut options = OpenOptions::new();
    match access {
        Access::Read => options.read(true),
        Access::Append => options.read(true).append(true).create(true),
        Access::Lock => options.read(true).write(true).create(true).truncate(false),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK).mode(0o600);
    }
    let file = options.open(path).map_err(|e| {
        // ELOOP: the final component is a link (planted after `resolve` looked).
        #[cfg(unix)]
        let e =
            if e.raw_os_error() == Some(libc::ELOOP) { refused("is a symbolic link: not followed".into()) } else { e };
        e
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(meta.file_type()));
    }
    Ok(file)
}

/// Open and take the exclusive lock of the lock file `path` (created 0600, no link followed,
/// regular files only), waiting at most [`LOCK_WAIT`] for another process to let go of it.
pub fn lock(path: &Path) -> io::Result<File> {
    let file = open(path, Access::Lock)?;
    let start = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!("another process has held its lock {} for over {}s", path.display(), LOCK_WAIT.as_secs()),
                ));
            }
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Replace `path` with what `write` produces: a temp file in the same directory (created
/// exclusively, `mode`), written, synced, then renamed over the target, so a reader sees the
/// old file or the new one, never half of one. `path` is [`resolve`]d first: a link this
/// user made is replaced where it points (the link stays), any other link or a non-regular
/// file is refused.
pub fn replace(path: &Path, mode: u32, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let target = resolve(path)?;
    let dir = parent_of(&target);
    let mut tmp = tempfile::Builder::new().prefix(".chatdrop-").suffix(".tmp").tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    write(tmp.as_file_mut())?;
    tmp.as_file_mut().flush()?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// [`replace`] with these bytes.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    replace(path, mode, |f| f.write_all(bytes))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn fifos_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        for access in [Access::Read, Access::Append, Access::Lock] {
            assert!(open(&fifo, access).is_err(), "{access:?}");
        }
        assert!(resolve(&fifo).unwrap_err().to_string().contains("FIFO"));
        assert!(write_atomic(&fifo, b"x", 0o600).is_err());
    }

    #[test]
    fn links_are_followed_only_in_private_directories() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(resolve(&link).unwrap(), fs::canonicalize(&real).unwrap());
        write_atomic(&link, b"new", 0o600).unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays");
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert!(open(&link, Access::Append).is_err(), "O_NOFOLLOW");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
        assert!(resolve(&link).unwrap_err().to_string().contains("not followed"));
        assert!(write_atomic(&link, b"x", 0o600).is_err());
        assert_eq!(fs::read(&real).unwrap(), b"new");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_created_directory_is_private_an_existing_one_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("a/b");
        create_private_dir(&made).unwrap();
        assert_eq!(fs::metadata(&made).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(not_private(&made).unwrap(), None);
        fs::set_permissions(&made, fs::Permissions::from_mode(0o1777)).unwrap();
        create_private_dir(&made).unwrap();
        assert_eq!(fs::metadata(&made).unwrap().permissions().mode() & 0o7777, 0o1777);
        assert!(not_private(&made).unwrap().unwrap().contains("mode 1777"));
        assert_eq!(writable_by_others(&made), Some(0o1777));
    }
}
