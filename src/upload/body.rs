//! The streamed body of one upload attempt: the file read in large chunks on the blocking
//! pool, MD5 fused into the same pass, bytes counted as they are read, and the length held
//! to what was announced: a file that grows or shrinks mid-upload fails the attempt rather
//! than sending a truncated or padded body.

use std::io::Read;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::Stream;
use md5::{Digest, Md5};

use super::LocalFile;
use super::progress::Progress;

/// Read size: large enough that per-chunk costs vanish, small enough to keep memory flat.
const CHUNK: usize = 256 * 1024;

/// What one attempt has done so far; shared between the body stream, the watchdog and
/// the adapter (which reads the MD5 once the body is complete).
pub struct Tally {
    pub len: u64,
    base: Instant,
    read: AtomicU64,
    /// Milliseconds since `base` of the last chunk handed over; 0 = not started.
    last_activity_ms: AtomicU64,
    complete: AtomicBool,
    completed_at_ms: AtomicU64,
    md5: Mutex<Option<String>>,
    local_error: Mutex<Option<String>>,
}

impl Tally {
    fn new(len: u64) -> Self {
        Tally {
            len,
            base: Instant::now(),
            read: AtomicU64::new(0),
            last_activity_ms: AtomicU64::new(0),
            complete: AtomicBool::new(false),
            completed_at_ms: AtomicU64::new(0),
            md5: Mutex::new(None),
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

    /// Lowercase hex MD5 of what was sent, once the body is complete (if asked for).
    pub fn md5(&self) -> Option<String> {
        self.md5.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// A problem with the local file (it changed, it became unreadable) that ended the body.
    pub fn local_error(&self) -> Option<String> {
        self.local_error.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

struct ReadState {
    file: Option<std::fs::File>,
    hasher: Option<Md5>,
    display: String,
    read: u64,
    done: bool,
    tally: Arc<Tally>,
    progress: Arc<dyn Progress>,
}

/// Open `file` for one attempt and return its body stream and tally.
pub fn open(
    file: &LocalFile,
    want_md5: bool,
    progress: Arc<dyn Progress>,
) -> std::io::Result<(impl Stream<Item = std::io::Result<Bytes>> + Send + 'static, Arc<Tally>)> {
    let handle = std::fs::File::open(&file.path)?;
    let tally = Arc::new(Tally::new(file.len));
    let state = ReadState {
        file: Some(handle),
        hasher: want_md5.then(Md5::new),
        display: file.display.clone(),
        read: 0,
        done: false,
        tally: tally.clone(),
        progress,
    };
    Ok((futures_util::stream::try_unfold(state, next_chunk), tally))
}

async fn next_chunk(mut state: ReadState) -> std::io::Result<Option<(Bytes, ReadState)>> {
    if state.done {
        return Ok(None);
    }
    let len = state.tally.len;
    let want = (len - state.read).min(CHUNK as u64) as usize;
    let (Some(file), hasher) = (state.file.take(), state.hasher.take()) else {
        return Ok(None);
    };
    let expect_end = state.read + want as u64 == len;
    let joined = tokio::task::spawn_blocking(move || read_chunk(file, hasher, want, expect_end)).await;
    let (file, hasher, buf, extra) = match joined {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => return Err(fail(&state, format!("cannot read {}: {e}", state.display))),
        Err(e) => return Err(fail(&state, format!("reading {} failed: {e}", state.display))),
    };
    if buf.len() < want {
        let got = state.read + buf.len() as u64;
        return Err(fail(&state, format!("{} shrank while it was being sent ({got} of {len} bytes)", state.display)));
    }
    if extra {
        return Err(fail(&state, format!("{} grew while it was being sent (more than {len} bytes)", state.display)));
    }
    state.read += buf.len() as u64;
    state.tally.read.store(state.read, Ordering::Relaxed);
    state.tally.touch();
    state.progress.advance(buf.len() as u64);
    if state.read == len {
        if let Some(h) = hasher {
            *state.tally.md5.lock().unwrap_or_else(|e| e.into_inner()) = Some(hex::encode(h.finalize()));
        }
        state.tally.completed_at_ms.store(state.tally.now_ms(), Ordering::Relaxed);
        state.tally.complete.store(true, Ordering::Release);
        state.progress.body_sent();
        state.done = true;
    } else {
        state.file = Some(file);
        state.hasher = hasher;
    }
    Ok(Some((Bytes::from(buf), state)))
}

/// Read exactly `want` bytes (fewer only at end of file) and hash them; at the expected
/// end, probe one byte further so a grown file is caught before its last chunk goes out.
fn read_chunk(
    mut file: std::fs::File,
    mut hasher: Option<Md5>,
    want: usize,
    expect_end: bool,
) -> std::io::Result<(std::fs::File, Option<Md5>, Vec<u8>, bool)> {
    // read_to_end fills the spare capacity without zeroing it first: one pass over the bytes.
    let mut buf = Vec::with_capacity(want);
    (&mut file).take(want as u64).read_to_end(&mut buf)?;
    let filled = buf.len();
    if let Some(h) = hasher.as_mut() {
        h.update(&buf);
    }
    let extra = expect_end && filled == want && file.read(&mut [0u8; 1])? > 0;
    Ok((file, hasher, buf, extra))
}

fn fail(state: &ReadState, msg: String) -> std::io::Error {
    *state.tally.local_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(msg.clone());
    std::io::Error::other(msg)
}
