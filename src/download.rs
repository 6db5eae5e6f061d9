//! Saving a download: the name from Content-Disposition made safe (no separators, no `..`,
//! no control characters), streamed into a temp file beside the target and renamed only
//! when complete and of the size the server stated, so an interrupted, truncated or failed
//! download leaves nothing under the final name.
//!
//! An explicit `-o PATH` is honoured as the shell's `>` would: a symlink is followed (the file
//! it points to is replaced atomically), a character device or a FIFO is written in place
//! (`-o /dev/null`), a directory or a socket is refused; `-o -` streams to stdout. A name the
//! server chose never follows a symlink and never lands on a special file.
//!
//! A new file gets 0666 less the umask, as with curl and wget; a file replaced with `--force`
//! keeps its mode.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use md5::{Digest, Md5};
use percent_encoding::percent_decode_str;
use tokio::io::AsyncWriteExt;

use crate::error::{Failure, Result, Retry};
use crate::text::escape;
use crate::upload::progress::Progress;

/// Where a download goes, from `-o`.
pub enum Destination {
    /// Into the current directory, under the server's name.
    CurrentDir,
    /// `-o DIR`: into that directory under the server's name.
    Dir(PathBuf),
    /// `-o PATH`: exactly there.
    File(PathBuf),
    /// `-o -`: streamed to stdout.
    Stdout,
}

impl Destination {
    pub fn from_arg(output: Option<&Path>) -> Destination {
        match output {
            None => Destination::CurrentDir,
            Some(p) if p.as_os_str() == "-" => Destination::Stdout,
            Some(p) if p.is_dir() || p.as_os_str().to_string_lossy().ends_with('/') => {
                Destination::Dir(p.to_path_buf())
            }
            Some(p) => Destination::File(p.to_path_buf()),
        }
    }

    /// The final path for a file the server calls `name`.
    pub fn path_for(&self, name: &str) -> Target {
        let (path, chosen_by) = match self {
            Destination::CurrentDir => (PathBuf::from(safe_name(name)), Chooser::Server),
            Destination::Dir(dir) => (dir.join(safe_name(name)), Chooser::Server),
            Destination::File(path) => (path.clone(), Chooser::User),
            Destination::Stdout => (PathBuf::from("-"), Chooser::Stdout),
        };
        Target { path, chosen_by, expected: None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chooser {
    Server,
    User,
    Stdout,
}

/// A download's destination, and the size the service said the file has.
#[derive(Debug, Clone)]
pub struct Target {
    path: PathBuf,
    chosen_by: Chooser,
    expected: Option<u64>,
}

impl Target {
    /// The size the service stated for the file (e.g. in the attachment's info): anything
    /// else that arrives is a failed download. 0 is what a missing size reads as: not checked.
    pub fn expecting(mut self, size: u64) -> Target {
        self.expected = (size > 0).then_some(size);
        self
    }
}

impl std::ops::Deref for Target {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

/// How the bytes reach their place.
enum Plan {
    /// A temp file beside this path, renamed over it once complete.
    Replace(PathBuf),
    /// A character device or FIFO, opened for writing as it is.
    InPlace(PathBuf),
    Stdout,
}

/// Symlinks followed at most this many times (as the kernel's ELOOP).
const MAX_LINKS: usize = 40;

fn plan(target: &Target, overwrite: bool) -> Result<Plan> {
    let shown = |p: &Path| escape(&p.display().to_string());
    let path = &target.path;
    let meta = match target.chosen_by {
        Chooser::Stdout => return Ok(Plan::Stdout),
        // Followed like `>` does: the link stays, what it points to is written.
        Chooser::User => std::fs::metadata(path),
        // A server's name never follows a link: the link itself is what gets replaced.
        Chooser::Server => std::fs::symlink_metadata(path),
    };
    let meta = match meta {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Plan::Replace(dangling_end(path)?)),
        Err(e) => return Err(Failure::general(format!("cannot look at {}: {e}", shown(path)))),
    };
    let kind = meta.file_type();
    if kind.is_file() || kind.is_symlink() {
        if !overwrite {
            return Err(Failure::general(format!("{} already exists", shown(path)))
                .with_hint("pass --force to replace it, or -o to choose another path"));
        }
        if target.chosen_by == Chooser::User {
            let real = std::fs::canonicalize(path)
                .map_err(|e| Failure::general(format!("cannot resolve {}: {e}", shown(path))))?;
            return Ok(Plan::Replace(real));
        }
        return Ok(Plan::Replace(path.clone()));
    }
    if kind.is_dir() {
        return Err(Failure::general(format!("{} is a directory", shown(path)))
            .with_hint("pass -o with a file path, or a directory ending in / to save under the server's name"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if (kind.is_char_device() || kind.is_fifo()) && target.chosen_by == Chooser::User {
            return Ok(Plan::InPlace(path.clone()));
        }
    }
    Err(Failure::general(format!("{} is not a regular file (a device, FIFO or socket)", shown(path)))
        .with_hint("pass -o with another path (-o - writes to stdout)"))
}

/// Where a path that does not exist yet will be created: itself, or, for a dangling symlink
/// (only reached for `-o PATH`), the missing file at the end of its chain.
fn dangling_end(path: &Path) -> Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::read_link(&path) {
            Ok(to) => {
                path = match path.parent() {
                    Some(parent) if to.is_relative() => parent.join(to),
                    _ => to,
                }
            }
            Err(_) => return Ok(path),
        }
    }
    Err(Failure::general(format!("{}: too many levels of symbolic links", escape(&path.display().to_string()))))
}

pub struct Saved {
    pub path: PathBuf,
    pub size: u64,
    pub md5: String,
    /// `-o -` and the pipe's reader closed it (`| head`): the download stopped there, quietly,
    /// as a Unix tool does; nothing is reported and the exit is 0.
    pub reader_left: bool,
}

/// The file name in a Content-Disposition header: `filename*` (RFC 5987) wins over `filename`.
pub fn filename_from_disposition(header: &str) -> Option<String> {
    let mut plain = None;
    let mut extended = None;
    for param in split_params(header) {
        let Some((key, value)) = param.split_once('=') else { continue };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        if key == "filename*" {
            // charset'lang'percent-encoded
            let mut pieces = value.splitn(3, '\'');
            let (charset, _lang, encoded) = (pieces.next()?, pieces.next(), pieces.next());
            if let Some(encoded) = encoded
                && charset.eq_ignore_ascii_case("utf-8")
            {
                extended = percent_decode_str(encoded).decode_utf8().ok().map(|s| s.into_owned());
            }
        } else if key == "filename" {
            plain = Some(unquote(value));
        }
    }
    extended.or(plain).filter(|n| !n.is_empty())
}

/// Split on `;` outside quotes.
fn split_params(header: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in header.chars() {
        match c {
            _ if escaped => {
                current.push(c);
                escaped = false;
            }
            '\\' if quoted => {
                current.push(c);
                escaped = true;
            }
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ';' if !quoted => out.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    out.push(current);
    out
}

fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"').map(|v| v.strip_suffix('"').unwrap_or(v)) else {
        return value.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A name that stays inside the target directory: last path component only, control
/// characters dropped, no leading dots, at most 200 bytes, never empty.
pub fn safe_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') { '_' } else { c })
        .collect();
    // Leading dots and spaces together (". x" must not become " x"), and again after the cut
    // to 200 bytes, so that a safe name stays as it is.
    let trim = |s: &str| {
        s.trim_start_matches(|c: char| c == '.' || c.is_whitespace())
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .to_string()
    };
    let trimmed = trim(&cleaned);
    let mut out = String::new();
    for c in trimmed.chars() {
        if out.len() + c.len_utf8() > 200 {
            break;
        }
        out.push(c);
    }
    let out = trim(&out);
    if out.is_empty() { "download".to_string() } else { out }
}

/// Stream `response` to `target` (see the module's notes for special files). The temp file is
/// removed if anything fails or the run is interrupted (dropping the future drops it); a body
/// shorter or longer than its Content-Length or the size the service stated fails (exit 5).
pub async fn save(
    mut response: reqwest::Response,
    target: &Target,
    overwrite: bool,
    stall: Duration,
    progress: Arc<dyn Progress>,
) -> Result<Saved> {
    let plan = plan(target, overwrite)?;
    let write_failure = |e: std::io::Error| Failure::general(format!("cannot write the download: {e}"));
    let mut temp = None;
    let mut sink: std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>> = match &plan {
        Plan::Replace(path) => {
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let tmp = new_file_builder()
                .prefix(".chatdrop-download-")
                .tempfile_in(&dir)
                .map_err(|e| cannot_write_in(&dir, target, &e))?;
            keep_mode(path, tmp.as_file());
            let (std_file, tmp_path) = tmp.into_parts();
            temp = Some(tmp_path);
            Box::pin(tokio::fs::File::from_std(std_file))
        }
        Plan::InPlace(path) => {
            Box::pin(tokio::fs::OpenOptions::new().write(true).open(path).await.map_err(|e| {
                Failure::general(format!("cannot write to {}: {e}", escape(&path.display().to_string())))
            })?)
        }
        Plan::Stdout => Box::pin(tokio::io::stdout()),
    };
    let announced = response.content_length();
    // `-o - | head`: the reader left. Like other Unix tools, stop quietly (see `Saved`).
    let to_stdout = matches!(plan, Plan::Stdout);
    let reader_left = |e: &std::io::Error| to_stdout && e.kind() == std::io::ErrorKind::BrokenPipe;
    let mut hasher = Md5::new();
    let mut size = 0u64;
    progress.begin(1);
    loop {
        let chunk = tokio::time::timeout(stall, response.chunk())
            .await
            .map_err(|_| {
                Failure::temporary(format!("the download stalled: no data for {}s", stall.as_secs()))
                    .with_retry(Retry::Yes { after: None })
            })?
            .map_err(|e| crate::http::transport_failure(&e, response.url().as_str()).context("download interrupted"))?;
        let Some(chunk) = chunk else { break };
        hasher.update(&chunk);
        size += chunk.len() as u64;
        if let Some(expected) = target.expected
            && size > expected
        {
            return Err(size_mismatch(size, expected, "more than").with_retry(Retry::Yes { after: None }));
        }
        match sink.write_all(&chunk).await {
            Err(e) if reader_left(&e) => return Ok(left(size, progress)),
            written => written.map_err(write_failure)?,
        }
        progress.advance(chunk.len() as u64);
    }
    for expected in [announced, target.expected].into_iter().flatten() {
        if expected != size {
            return Err(size_mismatch(size, expected, "of").with_retry(Retry::Yes { after: None }));
        }
    }
    match sink.flush().await {
        Err(e) if reader_left(&e) => return Ok(left(size, progress)),
        flushed => flushed.map_err(write_failure)?,
    }
    drop(sink);
    let path = match (&plan, temp) {
        (Plan::Replace(path), Some(tmp_path)) => {
            std::fs::File::open(&tmp_path).and_then(|f| f.sync_all()).map_err(write_failure)?;
            tmp_path.persist(path).map_err(|e| {
                Failure::general(format!(
                    "cannot move the download to {}: {}",
                    escape(&path.display().to_string()),
                    e.error
                ))
            })?;
            // The path the user asked for (a link stays a link and is shown as given).
            if target.chosen_by == Chooser::User { target.path.clone() } else { path.clone() }
        }
        (Plan::InPlace(_), _) => target.path.clone(),
        _ => PathBuf::from("-"),
    };
    progress.finish(None);
    Ok(Saved { path, size, md5: hex::encode(hasher.finalize()), reader_left: false })
}

/// What is said of a download whose reader (stdout's pipe) closed: nothing more to do.
fn left(size: u64, progress: Arc<dyn Progress>) -> Saved {
    progress.finish(Some("the reader closed the pipe"));
    Saved { path: PathBuf::from("-"), size, md5: String::new(), reader_left: true }
}

/// A download that cannot be written where it should go, named by the directory (the temp
/// file inside it is chatdrop's business), with what to do.
fn cannot_write_in(dir: &Path, target: &Target, e: &std::io::Error) -> Failure {
    let shown = escape(&dir.display().to_string());
    let choose = if target.chosen_by == Chooser::User { "-o with another path" } else { "-o DIR/ or -o FILE" };
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::usage(format!("cannot save the download in {shown}: the directory does not exist"))
                .with_hint(format!("create it first (mkdir -p {shown}), or pass {choose}"))
        }
        std::io::ErrorKind::PermissionDenied => {
            Failure::general(format!("cannot save the download in {shown}: permission denied"))
                .with_hint(format!("pass {choose} in a directory you can write"))
        }
        kind => Failure::general(format!("cannot save the download in {shown}: {}", std::io::Error::from(kind)))
            .with_hint(format!("pass {choose}")),
    }
}

/// A builder whose file is created as curl and wget create theirs: 0666 less the umask (the
/// kernel applies it), not tempfile's private 0600; a download is the user's file, to share
/// as their umask says.
fn new_file_builder() -> tempfile::Builder<'static, 'static> {
    #[allow(unused_mut)]
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
}

/// A file replaced with --force keeps its permission bits (as the shell's `>` does), since the
/// rename puts a new file in its place. Best effort: a mode that cannot be read or set leaves
/// the umask's.
fn keep_mode(target: &Path, new: &std::fs::File) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(target)
            && meta.is_file()
        {
            let _ = new.set_permissions(std::fs::Permissions::from_mode(meta.permissions().mode() & 0o777));
        }
    }
    #[cfg(not(unix))]
    let _ = (target, new);
}

fn size_mismatch(size: u64, expected: u64, how: &str) -> Failure {
    Failure::temporary(format!(
        "the download is incomplete: {} arrived, {how} the {expected} the server stated; nothing was saved",
        crate::text::count(size, "byte")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_name_forms() {
        assert_eq!(filename_from_disposition("attachment; filename=test.txt").as_deref(), Some("test.txt"));
        assert_eq!(
            filename_from_disposition("attachment; filename=\"a \\\"b\\\"; c.txt\"").as_deref(),
            Some("a \"b\"; c.txt")
        );
        assert_eq!(
            filename_from_disposition("attachment; filename=\"_.pdf\"; filename*=UTF-8''%D0%9E%D1%82.pdf").as_deref(),
            Some("От.pdf")
        );
        assert_eq!(filename_from_disposition("inline"), None);
    }

    #[test]
    fn names_cannot_escape_the_directory() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("..\\..\\boot.ini"), "boot.ini");
        assert_eq!(safe_name(".."), "download");
        assert_eq!(safe_name(".bashrc"), "bashrc");
        assert_eq!(safe_name("a\x1b[2Jb\n.txt"), "a[2Jb.txt");
        assert_eq!(safe_name(""), "download");
        assert!(safe_name(&"я".repeat(300)).len() <= 200);
    }
}
