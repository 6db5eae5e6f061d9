//! The streaming uploader every service shares: local files checked before any request,
//! stdin spooled to a temp file, a fresh streamed body per attempt, a stall watchdog instead
//! of a total timeout, and retries. Adapters plug in through [`Target`]; they build the
//! request from a [`Payload`] and never see files, terminals or retries.

pub(crate) mod body;
mod files;
pub mod multipart;
pub(crate) mod progress;
pub(crate) mod retry;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::Stream;
use futures_util::future::BoxFuture;
use tokio::io::AsyncWriteExt;

pub use files::Files;

use crate::error::{Failure, Result, Retry};
use crate::text::{bytes as human_bytes, escape};
use body::Tally;
use progress::Progress;
use retry::{Renew, RetryHooks, RetryPolicy};

/// A local file, checked and ready to send (any number of times; a clone shares a stdin spool,
/// removed when the last one is dropped).
#[derive(Debug, Clone)]
pub struct LocalFile {
    /// As the user gave it (for stdin, the spool's path).
    pub path: PathBuf,
    /// The file name sent to the service.
    pub name: String,
    /// The local name was not UTF-8, so `name` (and `arg`) carry U+FFFD in its place.
    pub lossy_name: bool,
    pub len: u64,
    /// What the file system said of it when it was checked (None for stdin, and off Unix):
    /// the journal's quick check takes its identity from here, not from a second `stat`.
    pub stat: Option<Stat>,
    /// The file read from stdin: its spool (removed when the last copy is dropped) and how it
    /// is shown. What a path's file derives from its path is not stored: a batch of 100,000
    /// holds one path and one name each.
    stdin: Option<std::sync::Arc<Stdin>>,
}

/// A file's identity as its check found it: device, inode, modification time (nanoseconds
/// since the epoch), and when it was taken (read just before the `stat`: a change after it
/// cannot look older).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub dev: u64,
    pub ino: u64,
    pub mtime_ns: i64,
    pub taken_ns: i64,
}

impl Stat {
    fn of(meta: &std::fs::Metadata, taken: std::time::SystemTime) -> Option<Stat> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i64::try_from((s as i128) * 1_000_000_000 + n as i128).ok();
            let taken = taken.duration_since(std::time::UNIX_EPOCH).ok()?;
            Some(Stat {
                dev: meta.dev(),
                ino: meta.ino(),
                mtime_ns: ns(meta.mtime(), meta.mtime_nsec())?,
                taken_ns: i64::try_from(taken.as_nanos()).ok()?,
            })
        }
        #[cfg(not(unix))]
        {
            let _ = (meta, taken);
            None
        }
    }
}

#[derive(Debug)]
struct Stdin {
    _spool: tempfile::TempPath,
    display: String,
}

impl LocalFile {
    /// As the user gave it (`-` for stdin), for messages and JSON.
    pub fn arg(&self) -> std::borrow::Cow<'_, str> {
        match &self.stdin {
            Some(_) => "-".into(),
            None => self.path.to_string_lossy(),
        }
    }

    /// Safe to print.
    pub fn display(&self) -> String {
        match &self.stdin {
            Some(stdin) => stdin.display.clone(),
            None => escape(&self.path.to_string_lossy()),
        }
    }

    /// Whether this is the file read from stdin.
    pub fn is_stdin(&self) -> bool {
        self.stdin.is_some()
    }
}

/// What a service accepts, checked before any request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_bytes: Option<u64>,
    /// How the limit is phrased to the user, e.g. "Pyrus accepts at most 2 GB per file".
    pub max_label: &'static str,
}

impl LocalFile {
    /// Check `arg` (a path, or `-` for stdin) against `limits`.
    /// The path stays an `OsStr` to the file system; only the name sent (and shown) is text.
    /// `reading` shows how much of stdin has been read while it is spooled.
    pub async fn prepare(
        arg: &std::ffi::OsStr,
        name: Option<&str>,
        limits: Limits,
        reading: &dyn Progress,
    ) -> Result<LocalFile> {
        let file =
            if arg == "-" { spool_stdin(name.unwrap_or("stdin"), reading).await? } else { check_path(arg, name)? };
        if file.len == 0 {
            return Err(Failure::input(format!("{} is empty", file.display()))
                .with_hint("the services do not accept empty files"));
        }
        if let Some(max) = limits.max_bytes
            && file.len > max
        {
            return Err(Failure::input(format!("{} is too large ({})", file.display(), human_bytes(file.len)))
                .with_hint(limits.max_label));
        }
        Ok(file)
    }

    /// The first bytes of the file (for content sniffing).
    pub fn head(&self, n: usize) -> Result<Vec<u8>> {
        use std::io::Read;
        let mut buf = Vec::with_capacity(n);
        std::fs::File::open(&self.path)
            .and_then(|f| f.take(n as u64).read_to_end(&mut buf))
            .map_err(|e| Failure::input(format!("cannot read {}: {e}", self.display())))?;
        Ok(buf)
    }
}

fn check_path(os_arg: &std::ffi::OsStr, name: Option<&str>) -> Result<LocalFile> {
    let path = PathBuf::from(os_arg);
    let taken = std::time::SystemTime::now();
    // The common case in one walk of the path: open it (which is the check that it can be
    // read), then ask the open file what it is. Anything else goes the long way below, for
    // its exact words.
    if let Some(meta) = open_regular(&path) {
        return Ok(local_file(path, name, &meta, taken));
    }
    let arg = &*os_arg.to_string_lossy();
    let display = escape(arg);
    let meta = std::fs::metadata(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Failure::input(format!("no such file: {display}")),
        std::io::ErrorKind::PermissionDenied => Failure::input(format!("cannot read {display}: permission denied")),
        _ => Failure::input(format!("cannot read {display}: {e}")),
    })?;
    if meta.is_dir() {
        return Err(Failure::input(format!("{display} is a directory"))
            .with_hint(format!("pass the files inside it, e.g. {}/*", arg.trim_end_matches('/'))));
    }
    if !meta.is_file() {
        return Err(Failure::input(format!("{display} is not a regular file"))
            .with_hint("use `-` to send what arrives on stdin"));
    }
    // Opening now turns an unreadable file into an error before any request.
    std::fs::File::open(&path).map_err(|e| Failure::input(format!("cannot read {display}: {}", io_reason(&e))))?;
    Ok(local_file(path, name, &meta, taken))
}

/// The metadata of the regular file at `path`, if it opens for reading; None otherwise
/// (not there, not readable, not a regular file). Non-blocking, so that a FIFO cannot hang
/// the open.
fn open_regular(path: &Path) -> Option<std::fs::Metadata> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path).ok()?;
        file.metadata().ok().filter(|m| m.is_file())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

fn local_file(path: PathBuf, name: Option<&str>, meta: &std::fs::Metadata, taken: std::time::SystemTime) -> LocalFile {
    let (name, lossy_name) = match name {
        Some(n) => (n.to_string(), false),
        None => {
            let (name, lossy) = name_of_path(&path);
            (name.into_owned(), lossy)
        }
    };
    let stat = Stat::of(meta, taken);
    LocalFile { path, name, lossy_name, len: meta.len(), stat, stdin: None }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The name a file is sent under when none is given: its path's last part (`file` for a
/// path that has none), and whether that was not UTF-8 (U+FFFD stands in its place).
fn name_of_path(path: &Path) -> (std::borrow::Cow<'_, str>, bool) {
    match path.file_name() {
        Some(name) => (name.to_string_lossy(), name.to_str().is_none()),
        None => ("file".into(), false),
    }
}

/// Copy stdin to a private temp file so its length is known and a retry can resend it.
async fn spool_stdin(name: &str, reading: &dyn Progress) -> Result<LocalFile> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return Err(Failure::usage("`-` reads the file from stdin, but stdin is a terminal")
            .with_hint("pipe the data in, e.g. `some-command | chatdrop ... - --name out.txt`"));
    }
    let tmp = tempfile::Builder::new()
        .prefix("chatdrop-stdin-")
        .tempfile()
        .map_err(|e| Failure::general(format!("cannot create a temporary file for stdin: {e}")))?;
    let (std_file, path) = tmp.into_parts();
    let mut out = tokio::fs::File::from_std(std_file);
    let mut stdin = tokio::io::stdin();
    let mut len = 0u64;
    // A fixed buffer, reused: memory stays flat however much arrives.
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        use tokio::io::AsyncReadExt;
        let n = stdin.read(&mut buf).await.map_err(|e| Failure::input(format!("cannot read stdin: {e}")))?;
        if n == 0 {
            break;
        }
        out.write_all(&buf[..n]).await.map_err(|e| Failure::general(format!("cannot write the stdin spool: {e}")))?;
        len += n as u64;
        reading.advance(n as u64);
    }
    reading.finish(None);
    out.flush().await.map_err(|e| Failure::general(format!("cannot write the stdin spool: {e}")))?;
    Ok(LocalFile {
        path: path.to_path_buf(),
        name: name.to_string(),
        lossy_name: false,
        len,
        stat: None,
        stdin: Some(std::sync::Arc::new(Stdin { _spool: path, display: format!("stdin ({})", escape(name)) })),
    })
}

/// One attempt's body, handed to the adapter.
pub struct Payload {
    pub name: String,
    pub len: u64,
    pub mime: String,
    stream: std::pin::Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>,
    pub tally: Arc<Tally>,
}

impl Payload {
    pub fn into_stream(self) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
        self.stream
    }
}

/// A service's upload, as the uploader sees it.
pub trait Target: Renew + Send + Sync {
    type Output: Send;

    /// Whether sending again something the server may already hold does no harm.
    fn resend_safe(&self) -> bool;

    /// Whether the body's MD5 should be computed on the way (see `Tally::md5`).
    fn wants_md5(&self) -> bool {
        false
    }

    /// The file name as the service is sent it (and as results show it), from the local one.
    fn wire_name(&self, name: &str) -> String {
        name.to_string()
    }

    /// The MIME type sent for `file`: from its first bytes (magic numbers: images, PDF, zip,
    /// gzip, MP4), else from its extension.
    fn mime(&self, file: &LocalFile) -> String {
        crate::media::mime_of(&file.head(64).unwrap_or_default(), &file.name).to_string()
    }

    /// Send one attempt.
    fn send(&self, payload: Payload) -> impl Future<Output = Result<Self::Output>> + Send;
}

/// Timeouts that guard a transfer.
#[derive(Debug, Clone, Copy)]
pub struct Watch {
    pub stall: Duration,
    pub response: Duration,
}

/// Upload `file` to `target`, retrying as the policy allows. With `fingerprint`, also the
/// journal's fingerprint of the last body that went whole, computed in the same pass (for an
/// MD5 service it is that MD5); None when no body was read to its end.
pub async fn send_file<T: Target>(
    target: &T,
    file: &LocalFile,
    policy: &RetryPolicy,
    watch: Watch,
    progress: Arc<dyn Progress>,
    fingerprint: bool,
) -> (Result<T::Output>, Option<String>) {
    let hashing = body::Hashing { md5: target.wants_md5(), fingerprint };
    let whole = std::sync::Mutex::new(None::<String>);
    let hooks = Hooks { target, progress: progress.clone() };
    let mime = target.mime(file);
    let result = retry::run(policy, target.resend_safe(), &hooks, |attempt| {
        let progress = progress.clone();
        let mime = mime.clone();
        let whole = &whole;
        async move {
            let dry_run = crate::plan::is_dry_run();
            if !dry_run {
                progress.begin(attempt);
            }
            let (stream, tally) = body::open(file, hashing, progress)
                .map_err(|e| Failure::input(format!("cannot read {}: {}", file.display(), io_reason(&e))))?;
            let payload = Payload {
                name: file.name.clone(),
                len: file.len,
                mime,
                stream: Box::pin(stream),
                tally: tally.clone(),
            };
            if dry_run {
                // The request is planned, not sent: nobody reads the body, no watchdog applies.
                return target.send(payload).await;
            }
            let outcome = tokio::select! {
                r = async {
                    let output = target.send(payload).await?;
                    // An answer before the whole body went: a success only once it is all sent.
                    if tally.finished().await { Ok(output) } else { Err(early_answer(&tally)) }
                } => r,
                f = watchdog(&tally, watch) => Err(f),
            };
            // Whole bodies only: then the reader is done and the hashing task ends at once; a
            // body cut short may still be held by the connection (a server that stopped reading).
            if tally.is_complete() {
                tally.hashes_done().await;
            }
            if let Some(fp) = tally.fingerprint() {
                *whole.lock().unwrap_or_else(|e| e.into_inner()) = Some(fp);
            }
            outcome.map_err(|f| settle(f, &tally))
        }
    })
    .await;
    if !crate::plan::is_dry_run() {
        progress.finish(result.as_ref().err().map(|f| f.message.as_str()));
    }
    (result, whole.into_inner().unwrap_or_else(|e| e.into_inner()))
}

/// The server answered before the connection could send the whole body, and the body can no
/// longer be finished: whatever the answer says, the file did not arrive whole (exit 1).
pub fn early_answer(tally: &Tally) -> Failure {
    Failure::general(format!(
        "the server answered before the whole file was sent ({} of {}), so the upload is not complete",
        human_bytes(tally.bytes_read()),
        human_bytes(tally.len)
    ))
    .with_hint("the server (or a proxy) cut the upload short; check its size limits, then upload again")
}

/// Decide what a failed attempt means now that we know how far the body got.
fn settle(failure: Failure, tally: &Tally) -> Failure {
    if let Some(local) = tally.local_error() {
        return Failure::input(local);
    }
    match failure.retry {
        // The body never got to its end, so the server cannot have accepted it.
        Retry::IfResendSafe { after } if !tally.is_complete() => failure.with_retry(Retry::Yes { after }),
        _ => failure,
    }
}

async fn watchdog(tally: &Tally, watch: Watch) -> Failure {
    let tick = (watch.stall.min(watch.response) / 4).clamp(Duration::from_millis(50), Duration::from_secs(1));
    loop {
        tokio::time::sleep(tick).await;
        if let Some(waited) = tally.since_complete() {
            if waited >= watch.response {
                return Failure::temporary(format!(
                    "the file was sent but the server did not answer within {}s",
                    watch.response.as_secs()
                ))
                .with_retry(Retry::IfResendSafe { after: None });
            }
        } else if let Some(idle) = tally.idle()
            && idle >= watch.stall
        {
            return Failure::temporary(format!(
                "the upload stalled: no data moved for {}s ({} of {} sent)",
                watch.stall.as_secs(),
                human_bytes(tally.bytes_read()),
                human_bytes(tally.len)
            ))
            .with_hint("the network or the server stopped taking data; raise --stall-timeout on a very slow link")
            .with_retry(Retry::Yes { after: None });
        }
    }
}

struct Hooks<'a, T: Target> {
    target: &'a T,
    progress: Arc<dyn Progress>,
}

impl<T: Target> RetryHooks for Hooks<'_, T> {
    fn retrying(&self, failure: &Failure, delay: Duration) {
        self.progress.retrying(&failure.message, delay);
    }
    fn refresh(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        self.target.renew(generation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Root reads a mode-000 file, so the integration test may skip; the mapping is checked here.
    #[test]
    fn an_unreadable_file_is_named_with_the_reason() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(io_reason(&denied), "permission denied");
        let other = std::io::Error::other("Input/output error");
        assert_eq!(io_reason(&other), "Input/output error");
    }
}
