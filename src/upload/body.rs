//! The streamed body of one upload attempt: the file read ahead in large pooled chunks by one
//! blocking task, the same chunks hashed (MD5, the journal's fingerprint) by another, off the
//! send path, bytes counted as the connection takes them, and the length held
//! to what was announced: a file that grows or shrinks mid-upload fails the attempt rather
//! than sending a truncated or padded body.

use std::io::Read;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::Stream;

use crate::hash::{Algorithm, Hasher};

use super::LocalFile;
use super::progress::Progress;

/// Read size: 512 KiB measured as fast as 1 MiB on loopback and faster than 256 KiB (fewer
/// hand-offs per GiB), and keeps peak RSS within 1 MiB from a 16 MiB to a 2 GiB file
/// (1 MiB chunks let it drift by 4 MiB). With [`READ_AHEAD`] 2 and [`HASH_AHEAD`] 2, at most
/// ~4 MiB of buffers are in flight, whatever the file's size.
const CHUNK: usize = 512 * 1024;

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

/// Chunks read ahead of the connection: the file is read while the previous chunk is written.
const READ_AHEAD: usize = 2;
/// Chunks queued for the hashing task: it hashes while the connection writes, and when it falls
/// behind (MD5 is slower than loopback) the reader waits for it, so memory stays bounded.
const HASH_AHEAD: usize = 2;
/// Buffers kept for reuse: every chunk that can be in flight at once.
const POOL: usize = READ_AHEAD + HASH_AHEAD + 3;

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
/// A dedicated blocking task reads (and hashes) the file into pooled buffers, up to
/// [`READ_AHEAD`] chunks ahead; the stream hands them to the connection and counts them as it
/// does, so progress and the stall watchdog follow what the connection actually takes.
pub fn open(
    file: &LocalFile,
    hashing: Hashing,
    progress: Arc<dyn Progress>,
) -> std::io::Result<(impl Stream<Item = std::io::Result<Bytes>> + Send + 'static, Arc<Tally>)> {
    let handle = std::fs::File::open(&file.path)?;
    let hash = hashing.md5 || hashing.fingerprint;
    let tally = Arc::new(Tally::new(file.len, hash));
    let (tx, rx) = tokio::sync::mpsc::channel(READ_AHEAD);
    // Hashing on a task of its own: the reader's pass stays a read, and MD5 (the slowest part of
    // a Pyrus upload) runs beside the reading and the sending instead of between them.
    let hash_tx = hash.then(|| {
        let (hash_tx, hash_rx) = std::sync::mpsc::sync_channel(HASH_AHEAD);
        let hashed = Hashed { tally: tally.clone(), hashing };
        tokio::task::spawn_blocking(move || hashed.run(hash_rx));
        hash_tx
    });
    let reader = Reader {
        file: handle,
        hash_tx,
        display: file.display.clone(),
        tally: tally.clone(),
        pool: Arc::new(Mutex::new(Vec::with_capacity(POOL))),
    };
    tokio::task::spawn_blocking(move || reader.run(tx));
    let state = Handoff { rx, tally: tally.clone(), progress, done: false };
    Ok((futures_util::stream::unfold(state, Handoff::next), tally))
}

/// The connection's side: takes the chunks the reader prepared.
struct Handoff {
    rx: tokio::sync::mpsc::Receiver<std::io::Result<Bytes>>,
    tally: Arc<Tally>,
    progress: Arc<dyn Progress>,
    done: bool,
}

impl Handoff {
    async fn next(mut self) -> Option<(std::io::Result<Bytes>, Handoff)> {
        if self.done {
            return None;
        }
        match self.rx.recv().await? {
            Ok(chunk) => {
                let n = chunk.len() as u64;
                let sent = self.tally.read.fetch_add(n, Ordering::Relaxed) + n;
                self.tally.touch();
                self.progress.advance(n);
                if sent == self.tally.len {
                    self.tally.completed_at_ms.store(self.tally.now_ms(), Ordering::Relaxed);
                    self.tally.complete.store(true, Ordering::Release);
                    self.progress.body_sent();
                    self.done = true;
                }
                Some((Ok(chunk), self))
            }
            Err(e) => {
                self.done = true;
                Some((Err(e), self))
            }
        }
    }
}

impl Drop for Handoff {
    fn drop(&mut self) {
        self.tally.ended.store(true, Ordering::Release);
    }
}

/// The hashing task: digests every chunk the reader hands it and, if that was the whole
/// announced length, publishes them in the tally; either way it then marks hashing done.
struct Hashed {
    tally: Arc<Tally>,
    hashing: Hashing,
}

impl Hashed {
    fn run(self, chunks: std::sync::mpsc::Receiver<Bytes>) {
        let mut hasher = Hasher::new(Algorithm::for_service(self.hashing.md5));
        let mut seen = 0u64;
        // Ends when the reader drops its sender: at the end, on an error, or when the request is dropped.
        for chunk in chunks {
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

/// The file's side: reads exactly the announced length, hands each chunk to the hashing task
/// and the connection, and fails if the file turns out shorter or longer.
struct Reader {
    file: std::fs::File,
    hash_tx: Option<std::sync::mpsc::SyncSender<Bytes>>,
    display: String,
    tally: Arc<Tally>,
    /// Buffers come back here when the connection is done with them: no allocation per chunk.
    pool: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Reader {
    fn run(mut self, tx: tokio::sync::mpsc::Sender<std::io::Result<Bytes>>) {
        let len = self.tally.len;
        let mut read = 0u64;
        while read < len {
            let want = (len - read).min(CHUNK as u64) as usize;
            let expect_end = read + want as u64 == len;
            let chunk = match self.read_chunk(want) {
                Ok(buf) if buf.len() < want => {
                    let got = read + buf.len() as u64;
                    Err(self.fail(format!("{} shrank while it was being sent ({got} of {len} bytes)", self.display)))
                }
                Ok(_) if expect_end && self.grew() => {
                    Err(self.fail(format!("{} grew while it was being sent (more than {len} bytes)", self.display)))
                }
                Ok(buf) => Ok(buf),
                Err(e) => Err(self.fail(format!("cannot read {}: {e}", self.display))),
            };
            let chunk = match chunk {
                Ok(buf) => buf,
                Err(e) => {
                    let _ = tx.blocking_send(Err(e));
                    return;
                }
            };
            read += chunk.len() as u64;
            let chunk = Bytes::from_owner(Pooled { buf: chunk, pool: self.pool.clone() });
            // The same bytes, not a copy: the buffer returns to the pool when both are done.
            if let Some(hash_tx) = &self.hash_tx
                && hash_tx.send(chunk.clone()).is_err()
            {
                self.hash_tx = None; // The hashing task is gone; the digests stay unset.
            }
            if tx.blocking_send(Ok(chunk)).is_err() {
                return; // The request was dropped: stop reading.
            }
        }
    }

    /// Read `want` bytes (fewer only at end of file) into a pooled buffer.
    fn read_chunk(&mut self, want: usize) -> std::io::Result<Vec<u8>> {
        let mut buf = self.pool.lock().unwrap_or_else(|e| e.into_inner()).pop().unwrap_or_default();
        buf.clear();
        buf.reserve_exact(want);
        // read_to_end fills the spare capacity without zeroing it first: one pass over the bytes.
        (&mut self.file).take(want as u64).read_to_end(&mut buf)?;
        Ok(buf)
    }

    /// At the expected end, is there more? Then the file grew: fail before the last chunk goes.
    fn grew(&mut self) -> bool {
        self.file.read(&mut [0u8; 1]).map(|n| n > 0).unwrap_or(false)
    }

    fn fail(&self, msg: String) -> std::io::Error {
        *self.tally.local_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(msg.clone());
        std::io::Error::other(msg)
    }
}

/// A chunk whose buffer returns to the reader's pool once the connection has written it.
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
