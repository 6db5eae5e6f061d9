//! The interface through which an upload reports what it is doing. The uploader calls it;
//! `output::progress` draws it (bars on a terminal, plain lines in CI, nothing with `-q`).

use std::time::Duration;

/// Observer of one file's transfer. Called from the task that reads the file, so cheap.
pub trait Progress: Send + Sync {
    /// A new attempt starts: the count goes back to zero.
    fn begin(&self, attempt: u32);
    /// `bytes` more were read from the file and handed to the connection.
    fn advance(&self, bytes: u64);
    /// The whole body was handed over; now waiting for the server's answer.
    fn body_sent(&self);
    /// The attempt failed and another follows after `delay`.
    fn retrying(&self, reason: &str, delay: Duration);
    /// The transfer ended, well (`None`) or with the given failure.
    fn finish(&self, failure: Option<&str>);
}

/// For transfers nobody watches (tests, internal calls).
pub struct NoProgress;

impl Progress for NoProgress {
    fn begin(&self, _: u32) {}
    fn advance(&self, _: u64) {}
    fn body_sent(&self) {}
    fn retrying(&self, _: &str, _: Duration) {}
    fn finish(&self, _: Option<&str>) {}
}
