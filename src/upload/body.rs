//! The streamed body of one upload attempt: the file read in pooled chunks on the connection's
//! own task while the page cache holds them (a read that cannot block, RWF_NOWAIT) and on a
//! blocking thread when it does not, the MD5 a service checks computed on a thread beside the
//! send, the journal's XXH3 fingerprint on the bytes just read, bytes counted as the connection
//! takes them, and the length held to what was announced: a file that grows or shrinks
//! mid-upload fails the attempt rather than sending a truncated or padded body.

use std::fs::File;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;

use crate::hash::{Algorithm, Hasher};

use super::LocalFile;
use super::progress::Progress;

/// Read size, as curl's. The reads land in the buffer the connection let go of last, still in
/// the CPU's cache, and the connection's write queue (~400 KiB in hyper) stays within it too:
/// with 512 KiB chunks read ahead on another thread, copying the file into cold buffers and the
/// threads' hand-offs were a third of a loopback upload's CPU time. 32–96 KiB measured alike;
/// 128 KiB (a buffer of 128 KiB + 1 byte, past malloc's mmap threshold) cost 1.7× the CPU on
/// plain HTTP.
const CHUNK: usize = 64 * 1024;

/// What one attempt has done so far; shared between the body stream, the watchdog and
/// the adapter (which reads the MD5 once the body is complete).
pub struct Tally {
    pub len: u64,
    base: Instant,
    read: AtomicU64,
    /// Milliseconds since `base` of the last chunk handed over; 0 = not started.
    last_activity_ms: AtomicU64,
    complete: AtomicBool,
    /// The connection let go of the body (complete or not): no more bytes will move.
    ended: AtomicBool,
    completed_at_ms: AtomicU64,
    /// The hashing task is done (or there is none): the digests are final.
    hashed: AtomicBool,
    md5: Mutex<Option<String>>,
    /// `md5:<hex>` / `xxh3:<hex>` of the body, once it was read whole (the journal's).
    fingerprint: Mutex<Option<String>>,
    local_error: Mutex<Option<String>>,
}

impl Tally {
    fn new(len: u64, hashing: bool) -> Self {
        Tally {
            len,
            base: Instant::now(),
            read: AtomicU64::new(0),
            last_activity_ms: AtomicU64::new(0),
            complete: AtomicBool::new(false),
            ended: AtomicBool::new(false),
            completed_at_ms: AtomicU64::new(0),
            hashed: AtomicBool::new(!hashing),
            md5: Mutex::new(None),
            fingerprint: Mutex::new(None),
            local_error: Mutex::new(None),
        }
    }

    fn now_ms(&self) -> u64 {
        self.base.elapsed().as_millis() as u64 + 1
    }

    fn touch(&self) {
        self.last_activity_ms.store(self.now_ms(), Ordering::Relaxed);
    }

    pub fn bytes_read(&self) -> u64 {
        self.read.load(Ordering::Relaxed)
    }

    /// Every byte of the body was handed to the connection.
    pub fn is_complete(&self) -> bool {
        self.complete.load(Ordering::Acquire)
    }

    /// Wait until the connection is done with the body: true if every byte was handed over,
    /// false if it let go of the body before its end (the server answered early and closed).
    /// A body that stops moving meanwhile is the uploader's stall watchdog's to end.
    /// Once every byte went, the digests are waited for too (they are computed beside the send).
    pub async fn finished(&self) -> bool {
        loop {
            if self.is_complete() {
                self.hashes_done().await;
                return true;
            }
            if self.ended.load(Ordering::Acquire) {
                return self.is_complete();
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Wait until the hashing task is done: it ends when the reader does (at the end of the
    /// file, on a read error, or when the connection drops the body), so this is bounded.
    pub async fn hashes_done(&self) {
        while !self.hashed.load(Ordering::Acquire) {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    /// Time since the body last moved, once it has started.
    pub fn idle(&self) -> Option<Duration> {
        let last = self.last_activity_ms.load(Ordering::Relaxed);
        (last != 0).then(|| Duration::from_millis(self.now_ms().saturating_sub(last)))
    }

    /// Time since the body was complete.
    pub fn since_complete(&self) -> Option<Duration> {
        self.is_complete()
            .then(|| Duration::from_millis(self.now_ms().saturating_sub(self.completed_at_ms.load(Ordering::Relaxed))))
    }

    /// Lowercase hex MD5 of what was sent, once [`Tally::finished`] (if asked for).
    pub fn md5(&self) -> Option<String> {
        self.md5.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The journal's fingerprint of the body, once it was read whole (if asked for).
    pub fn fingerprint(&self) -> Option<String> {
        self.fingerprint.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// A problem with the local file (it changed, it became unreadable) that ended the body.
    pub fn local_error(&self) -> Option<String> {
        self.local_error.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Chunks queued for the MD5 thread: it hashes while the connection writes, and when it falls
/// behind (MD5 is slower than loopback) the body waits for it, so memory stays bounded.
const HASH_AHEAD: usize = 8;
/// When the MD5 queue is full, the body waits until this many chunks are free again rather than
/// being woken for every chunk the MD5 thread takes (a few thousand wake-ups per GiB fewer).
const HASH_RESUME: usize = HASH_AHEAD / 2;
/// Buffers kept for reuse: about what can be in flight at once (the connection's write queue,
/// the MD5 queue and the chunk it hashes, the chunk being read). More are allocated if needed
/// and dropped on return.
const POOL: usize = 24;

/// What to hash on the way: the MD5 a service checks, and/or the journal's fingerprint. One
/// digest serves both when the service wants an MD5 (the fingerprint is then `md5:`); else the
/// fingerprint is XXH3, cheap enough to leave the upload's speed as it was.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hashing {
    pub md5: bool,
    pub fingerprint: bool,
}

/// Open `file` for one attempt and return its body stream and tally.
///
/// The stream reads the file as the connection asks for it, so progress and the stall watchdog
/// follow what the connection actually takes.
pub fn open(
    file: &LocalFile,
    hashing: Hashing,
    progress: Arc<dyn Progress>,
) -> std::io::Result<(impl Stream<Item = std::io::Result<Bytes>> + Send + 'static, Arc<Tally>)> {
    open_with(file, hashing, progress, nowait::SUPPORTED)
}

/// [`open`], with reads that cannot block tried or not (the tests take both paths).
fn open_with(
    file: &LocalFile,
    hashing: Hashing,
    progress: Arc<dyn Progress>,
    try_nowait: bool,
) -> std::io::Result<(Body, Arc<Tally>)> {
    let handle = Arc::new(File::open(&file.path)?);
    let tally = Arc::new(Tally::new(file.len, hashing.md5 || hashing.fingerprint));
    // MD5 (the slowest part of a Pyrus upload) runs on a thread of its own, beside the reading
    // and the sending instead of between them.
    let md5 = hashing.md5.then(|| {
        let (tx, rx) = mpsc::channel(HASH_AHEAD);
        let hashed = Hashed { tally: tally.clone(), hashing };
        tokio::task::spawn_blocking(move || hashed.run(rx));
        Md5Feed { tx, waiting: None }
    });
    // XXH3 is cheap enough to run on the bytes just read, while they are in the cache.
    let inline = (hashing.fingerprint && !hashing.md5).then(|| Hasher::new(Algorithm::Xxh3));
    let body = Body {
        file: handle,
        display: file.display(),
        tally: tally.clone(),
        progress,
        pool: Arc::new(Mutex::new(Vec::with_capacity(POOL))),
        offset: 0,
        nowait: try_nowait,
        blocking: None,
        md5,
        inline,
        done: false,
    };
    Ok((body, tally))
}

/// A read on a blocking thread: the buffer and what the read did.
type BlockingRead = tokio::task::JoinHandle<(Vec<u8>, std::io::Result<()>)>;

/// Chunks on their way to the MD5 thread.
struct Md5Feed {
    tx: mpsc::Sender<Bytes>,
    /// A chunk read while the MD5 queue was full, and the wait for room in it: the chunk goes to
    /// the connection only once it is queued, and no further chunk is read before.
    waiting: Option<(Bytes, RoomFuture)>,
}

/// Resolves once [`HASH_RESUME`] chunks fit in the MD5 queue (false: the MD5 thread is gone).
type RoomFuture = Pin<Box<dyn Future<Output = bool> + Send>>;

/// The body stream: reads the file in order, exactly `tally.len` bytes.
struct Body {
    file: Arc<File>,
    display: String,
    tally: Arc<Tally>,
    progress: Arc<dyn Progress>,
    /// Buffers come back here when the connection (and the MD5 thread) are done with them: no
    /// allocation per chunk, and the last one returned, still in the cache, is the next one read.
    pool: Arc<Mutex<Vec<Vec<u8>>>>,
    /// Bytes read so far.
    offset: u64,
    /// Reads that cannot block are worth trying on this file (the kernel supports them).
    nowait: bool,
    blocking: Option<BlockingRead>,
    md5: Option<Md5Feed>,
    inline: Option<Hasher>,
    done: bool,
}

impl Stream for Body {
    type Item = std::io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        // A chunk read earlier waits for room in the MD5 queue: it goes to the connection only
        // once the MD5 thread will see it too (bounded memory; the digest covers every byte).
        if let Some(feed) = &mut this.md5
            && let Some((_, room)) = &mut feed.waiting
        {
            let open = std::task::ready!(room.as_mut().poll(cx));
            let (chunk, _) = feed.waiting.take().expect("checked above");
            // This stream is the queue's only sender, so the room it waited for is still there.
            if !open || feed.tx.try_send(chunk.clone()).is_err() {
                this.md5 = None; // The MD5 thread is gone: the digests stay unset.
            }
            return Poll::Ready(Some(Ok(this.hand_over(chunk))));
        }
        let (buf, read) = match &mut this.blocking {
            Some(handle) => {
                let joined = std::task::ready!(Pin::new(handle).poll(cx));
                this.blocking = None;
                match joined {
                    Ok(done) => done,
                    Err(e) => (Vec::new(), Err(std::io::Error::other(e))),
                }
            }
            None => match this.read_nowait() {
                Some(done) => done,
                None => {
                    this.start_blocking_read();
                    // Poll the read just started, so that its end wakes this task.
                    return Pin::new(this).poll_next(cx);
                }
            },
        };
        let chunk = match this.check(buf, read) {
            Ok(chunk) => chunk,
            Err(e) => {
                this.done = true;
                return Poll::Ready(Some(Err(e)));
            }
        };
        if let Some(feed) = &mut this.md5 {
            // The same bytes, not a copy: the buffer returns to the pool when both are done.
            match feed.tx.try_send(chunk.clone()) {
                Ok(()) => {}
                Err(mpsc::error::TrySendError::Full(_)) => {
                    let tx = feed.tx.clone();
                    let room = async move { tx.reserve_many(HASH_RESUME).await.is_ok() };
                    feed.waiting = Some((chunk, Box::pin(room)));
                    // Poll the wait just started, so that the room it finds wakes this task.
                    return Pin::new(this).poll_next(cx);
                }
                Err(mpsc::error::TrySendError::Closed(_)) => this.md5 = None,
            }
        }
        Poll::Ready(Some(Ok(this.hand_over(chunk))))
    }
}

impl Body {
    /// How many bytes the next read asks for: a chunk, and at the announced end one byte more,
    /// so that a file that grew is seen before its last chunk goes.
    fn want(&self) -> usize {
        let left = self.tally.len - self.offset;
        if left <= CHUNK as u64 { left as usize + 1 } else { CHUNK }
    }

    fn buffer(&self) -> Vec<u8> {
        let mut buf = self.pool.lock().unwrap_or_else(|e| e.into_inner()).pop().unwrap_or_default();
        buf.clear();
        buf.reserve_exact(CHUNK + 1);
        buf
    }

    /// Read from the page cache without waiting for the disk: None when that is not possible now.
    fn read_nowait(&mut self) -> Option<(Vec<u8>, std::io::Result<()>)> {
        if !self.nowait {
            return None;
        }
        let mut buf = self.buffer();
        let want = self.want();
        match nowait::read(&self.file, &mut buf, want, self.offset) {
            nowait::Outcome::Read => Some((buf, Ok(()))),
            nowait::Outcome::WouldBlock => {
                self.recycle(buf);
                None
            }
            nowait::Outcome::Unsupported => {
                self.nowait = false;
                self.recycle(buf);
                None
            }
            nowait::Outcome::Failed(e) => Some((buf, Err(e))),
        }
    }

    /// Read the next chunk on a blocking thread (the page cache does not hold it, or the kernel
    /// has no reads that cannot block): the connection's task never waits for a disk.
    fn start_blocking_read(&mut self) {
        let mut buf = self.buffer();
        let want = self.want();
        let (file, offset) = (self.file.clone(), self.offset);
        self.blocking = Some(tokio::task::spawn_blocking(move || {
            let read = read_full(&file, &mut buf, want, offset);
            (buf, read)
        }));
    }

    fn recycle(&self, buf: Vec<u8>) {
        let mut pool = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        if pool.len() < POOL {
            pool.push(buf);
        }
    }

    /// Check a read against the announced length and hash it (XXH3) while it is in the cache.
    fn check(&mut self, buf: Vec<u8>, read: std::io::Result<()>) -> std::io::Result<Bytes> {
        let len = self.tally.len;
        if let Err(e) = read {
            return Err(self.fail(format!("cannot read {}: {e}", self.display)));
        }
        if buf.is_empty() {
            let got = self.offset;
            return Err(self.fail(format!("{} shrank while it was being sent ({got} of {len} bytes)", self.display)));
        }
        if buf.len() as u64 > len - self.offset {
            return Err(self.fail(format!("{} grew while it was being sent (more than {len} bytes)", self.display)));
        }
        self.offset += buf.len() as u64;
        if let Some(hasher) = &mut self.inline {
            hasher.update(&buf);
        }
        Ok(Bytes::from_owner(Pooled { buf, pool: self.pool.clone() }))
    }

    /// Count a chunk as the connection takes it; after the last, publish the fingerprint and
    /// let the MD5 thread finish.
    fn hand_over(&mut self, chunk: Bytes) -> Bytes {
        let n = chunk.len() as u64;
        let sent = self.tally.read.fetch_add(n, Ordering::Relaxed) + n;
        self.tally.touch();
        self.progress.advance(n);
        if sent == self.tally.len {
            if let Some(hasher) = self.inline.take() {
                let digest = hasher.finalize();
                *self.tally.fingerprint.lock().unwrap_or_else(|e| e.into_inner()) = Some(digest.fingerprint());
                self.tally.hashed.store(true, Ordering::Release);
            }
            // The MD5 thread has the last chunk; closing its queue lets it publish the digest.
            self.md5 = None;
            self.tally.completed_at_ms.store(self.tally.now_ms(), Ordering::Relaxed);
            self.tally.complete.store(true, Ordering::Release);
            self.progress.body_sent();
            self.done = true;
        }
        chunk
    }

    fn fail(&self, msg: String) -> std::io::Error {
        *self.tally.local_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(msg.clone());
        std::io::Error::other(msg)
    }
}

impl Drop for Body {
    fn drop(&mut self) {
        // No digest from a body cut short; whoever waits for the hashing stops waiting. (The MD5
        // thread says so itself when its queue closes.)
        if self.md5.is_none() && !self.tally.is_complete() {
            self.tally.hashed.store(true, Ordering::Release);
        }
        self.tally.ended.store(true, Ordering::Release);
    }
}

/// Read up to `want` bytes at `offset` into `buf` (empty, with room for `want`), waiting for the
/// disk if need be; fewer only at the end of the file.
fn read_full(file: &File, buf: &mut Vec<u8>, want: usize, offset: u64) -> std::io::Result<()> {
    while buf.len() < want {
        match nowait::read_at(file, buf, want, offset + buf.len() as u64, false) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The MD5 thread: digests every chunk the body hands it and, if that was the whole announced
/// length, publishes it in the tally; either way it then marks hashing done.
struct Hashed {
    tally: Arc<Tally>,
    hashing: Hashing,
}

impl Hashed {
    fn run(self, mut chunks: mpsc::Receiver<Bytes>) {
        let mut hasher = Hasher::new(Algorithm::for_service(self.hashing.md5));
        let mut seen = 0u64;
        // Ends when the body drops its sender: at the end, on an error, or when the request is dropped.
        while let Some(chunk) = chunks.blocking_recv() {
            hasher.update(&chunk);
            seen += chunk.len() as u64;
        }
        // A partial read is no digest of the file.
        if seen == self.tally.len {
            let digest = hasher.finalize();
            if self.hashing.fingerprint {
                *self.tally.fingerprint.lock().unwrap_or_else(|e| e.into_inner()) = Some(digest.fingerprint());
            }
            if self.hashing.md5 {
                *self.tally.md5.lock().unwrap_or_else(|e| e.into_inner()) = Some(digest.hex);
            }
        }
        self.tally.hashed.store(true, Ordering::Release);
    }
}

/// A chunk whose buffer returns to the pool once the connection has written it.
struct Pooled {
    buf: Vec<u8>,
    pool: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl AsRef<[u8]> for Pooled {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let mut pool = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        if pool.len() < POOL {
            pool.push(std::mem::take(&mut self.buf));
        }
    }
}

/// Positional reads into a buffer's spare room, and on Linux the read that never waits for the
/// disk: `preadv2(.., RWF_NOWAIT)` (Linux 4.14) returns what the page cache holds, or EAGAIN
/// where it would have to wait. Declared here (glibc has it since 2.26) rather than through a
/// crate: it is the one call needed.
mod nowait {
    use std::fs::File;

    pub enum Outcome {
        /// Some bytes (or none: the end of the file) were read.
        Read,
        /// The page cache does not hold the next bytes.
        WouldBlock,
        /// This kernel or file system has no such reads: read on a blocking thread from now on.
        Unsupported,
        Failed(std::io::Error),
    }

    #[cfg(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
    pub const SUPPORTED: bool = true;
    #[cfg(not(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64")))]
    pub const SUPPORTED: bool = false;

    /// One read of up to `want` bytes at `offset` that does not wait for the disk.
    pub fn read(file: &File, buf: &mut Vec<u8>, want: usize, offset: u64) -> Outcome {
        loop {
            return match read_at(file, buf, want, offset, true) {
                Ok(_) => Outcome::Read,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Outcome::WouldBlock,
                // EOPNOTSUPP (a file system without them), ENOSYS, EINVAL (an older kernel).
                Err(e) if matches!(e.raw_os_error(), Some(95 | 38 | 22)) => Outcome::Unsupported,
                Err(e) => Outcome::Failed(e),
            };
        }
    }

    /// Read up to `want - buf.len()` bytes at `offset`, appended to `buf` (whose capacity is at
    /// least `want`) without zeroing the room first; `nowait` only where [`SUPPORTED`].
    pub fn read_at(file: &File, buf: &mut Vec<u8>, want: usize, offset: u64, nowait: bool) -> std::io::Result<usize> {
        debug_assert!(buf.capacity() >= want);
        let room_len = want - buf.len();
        let room = &mut buf.spare_capacity_mut()[..room_len];
        let n = read_into(file, room, offset, nowait)?;
        // SAFETY: the read initialised the first `n` bytes of the spare room (n <= room.len()).
        unsafe { buf.set_len(buf.len() + n) };
        Ok(n)
    }

    #[cfg(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
    fn read_into(
        file: &File,
        room: &mut [std::mem::MaybeUninit<u8>],
        offset: u64,
        nowait: bool,
    ) -> std::io::Result<usize> {
        use std::os::fd::AsRawFd;
        use std::os::raw::{c_int, c_void};

        #[repr(C)]
        struct IoVec {
            base: *mut c_void,
            len: usize,
        }
        unsafe extern "C" {
            fn preadv2(fd: c_int, iov: *const IoVec, iovcnt: c_int, offset: i64, flags: c_int) -> isize;
        }
        const RWF_NOWAIT: c_int = 0x8;
        let offset = i64::try_from(offset).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        let iov = IoVec { base: room.as_mut_ptr().cast(), len: room.len() };
        // SAFETY: `iov` describes `room`, writable memory of `room.len()` bytes that outlives the
        // call; the kernel writes at most that many bytes there and returns how many it wrote.
        let n = unsafe { preadv2(file.as_raw_fd(), &iov, 1, offset, if nowait { RWF_NOWAIT } else { 0 }) };
        if n < 0 { Err(std::io::Error::last_os_error()) } else { Ok(n as usize) }
    }

    #[cfg(not(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64")))]
    fn read_into(
        file: &File,
        room: &mut [std::mem::MaybeUninit<u8>],
        offset: u64,
        _nowait: bool,
    ) -> std::io::Result<usize> {
        // Zeroed first here: these platforms take the blocking path, where it costs little.
        room.fill(std::mem::MaybeUninit::new(0));
        // SAFETY: every byte of `room` was just initialised.
        let room = unsafe { &mut *(room as *mut [std::mem::MaybeUninit<u8>] as *mut [u8]) };
        #[cfg(unix)]
        return std::os::unix::fs::FileExt::read_at(file, room, offset);
        #[cfg(windows)]
        return std::os::windows::fs::FileExt::seek_read(file, room, offset);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use futures_util::StreamExt;

    use super::*;
    use crate::upload::progress::NoProgress;

    fn local(path: &Path, len: u64) -> LocalFile {
        LocalFile { path: path.to_path_buf(), name: "f".into(), lossy_name: false, len, stat: None, stdin: None }
    }

    fn pattern(n: usize) -> Vec<u8> {
        (0..n as u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()
    }

    /// Everything the body hands over, and the error that ended it early, if any.
    async fn drain(mut body: Body) -> (Vec<u8>, Option<String>) {
        let mut got = Vec::new();
        while let Some(item) = body.next().await {
            match item {
                Ok(chunk) => got.extend_from_slice(&chunk),
                Err(e) => return (got, Some(e.to_string())),
            }
        }
        (got, None)
    }

    const BOTH: [(&str, Hashing); 3] = [
        ("md5", Hashing { md5: true, fingerprint: true }),
        ("xxh3", Hashing { md5: false, fingerprint: true }),
        ("none", Hashing { md5: false, fingerprint: false }),
    ];

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn either_read_path_sends_every_byte_once_with_its_digests() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        // More chunks than the MD5 queue holds, and a last one that is not whole.
        let data = pattern(3 * HASH_AHEAD * CHUNK + 12_345);
        std::fs::write(&path, &data).unwrap();
        let md5 = {
            use md5::Digest as _;
            hex::encode(md5::Md5::digest(&data))
        };
        let xxh3 = hex::encode(xxhash_rust::xxh3::xxh3_128(&data).to_be_bytes());
        for try_nowait in [true, false] {
            for (what, hashing) in BOTH {
                let (body, tally) =
                    open_with(&local(&path, data.len() as u64), hashing, Arc::new(NoProgress), try_nowait).unwrap();
                let (got, error) = drain(body).await;
                assert_eq!(error, None, "{what}, nowait {try_nowait}");
                assert!(got == data, "{what}, nowait {try_nowait}: the bytes differ");
                assert!(tally.finished().await, "{what}, nowait {try_nowait}");
                assert_eq!(tally.bytes_read(), data.len() as u64);
                let (want_md5, want_fp) = match what {
                    "md5" => (Some(md5.clone()), Some(format!("md5:{md5}"))),
                    "xxh3" => (None, Some(format!("xxh3:{xxh3}"))),
                    _ => (None, None),
                };
                assert_eq!(tally.md5(), want_md5, "{what}, nowait {try_nowait}");
                assert_eq!(tally.fingerprint(), want_fp, "{what}, nowait {try_nowait}");
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_file_that_changes_length_fails_on_either_read_path_without_a_digest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let len = 5 * CHUNK as u64 + 7;
        for try_nowait in [true, false] {
            for (what, hashing) in BOTH {
                // Shrunk after it was checked: the body ends where the file does.
                std::fs::write(&path, pattern(len as usize)).unwrap();
                let (body, tally) = open_with(&local(&path, len), hashing, Arc::new(NoProgress), try_nowait).unwrap();
                std::fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(2 * CHUNK as u64 + 3).unwrap();
                let (got, error) = drain(body).await;
                assert_eq!(
                    error.as_deref(),
                    Some(
                        format!("{} shrank while it was being sent (131075 of 327687 bytes)", path.display()).as_str()
                    ),
                    "{what}"
                );
                assert_eq!(got.len(), 2 * CHUNK + 3);
                assert!(!tally.finished().await && tally.local_error().is_some(), "{what}");
                tally.hashes_done().await;
                assert_eq!((tally.md5(), tally.fingerprint()), (None, None), "{what}");

                // Grown: the last chunk never goes, so the server cannot take it for whole.
                std::fs::write(&path, pattern(len as usize + 1)).unwrap();
                let (body, tally) = open_with(&local(&path, len), hashing, Arc::new(NoProgress), try_nowait).unwrap();
                let (got, error) = drain(body).await;
                let grew = format!("{} grew while it was being sent (more than 327687 bytes)", path.display());
                assert_eq!(error.as_deref(), Some(grew.as_str()), "{what}");
                assert_eq!(got.len(), 5 * CHUNK, "{what}: the last chunk went");
                assert!(!tally.is_complete());
                tally.hashes_done().await;
                assert_eq!((tally.md5(), tally.fingerprint()), (None, None), "{what}");
            }
        }
    }

    #[test]
    fn a_cached_file_is_read_without_waiting_where_the_kernel_can() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"abcdef").unwrap();
        let file = File::open(&path).unwrap();
        let mut buf = Vec::with_capacity(8);
        match nowait::read(&file, &mut buf, 8, 2) {
            nowait::Outcome::Read => assert_eq!(buf, b"cdef"),
            // Another platform, or a file system without RWF_NOWAIT: the blocking path serves.
            nowait::Outcome::Unsupported | nowait::Outcome::WouldBlock => assert!(buf.is_empty()),
            nowait::Outcome::Failed(e) => panic!("{e}"),
        }
    }
}
