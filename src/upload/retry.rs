//! Trying again: exponential backoff with jitter, Retry-After honoured, credentials
//! refreshed once on a rejected token, and nothing resent that the server may already hold
//! unless the service tolerates duplicates.

use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::error::{Failure, Result, Retry};

/// Token renewals one call may ask for, a last bound: the token holder already stops logging
/// in once a token fresh from a login is refused by every request that used it and accepted
/// by none (so a server that refuses every token it issues costs at most two logins);
/// renewals beyond that only follow tokens that worked for another request first (several
/// uploads sharing single-use tokens).
const MAX_RENEWALS: usize = 16;

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A Retry-After longer than this is not waited for.
    pub max_wait: Duration,
}

impl RetryPolicy {
    pub fn new(retries: u32, base_delay: Duration, max_wait: Duration) -> Self {
        RetryPolicy { retries, base_delay, max_delay: Duration::from_secs(30), max_wait }
    }

    /// Backoff before retry number `n` (1-based): base·2^(n-1), capped, with jitter in [½, 1].
    pub fn backoff(&self, n: u32) -> Duration {
        let full = self.base_delay.saturating_mul(1u32 << (n - 1).min(16)).min(self.max_delay);
        let jitter = (crate::rand::u64() % 1000) as f64 / 1000.0;
        full.mul_f64(0.5 + jitter / 2.0)
    }
}

/// A service whose refused token can be replaced by logging in again.
pub trait Renew: Sync {
    /// Fresh credentials after the token of `generation` was refused; false if there is no
    /// way to get them.
    fn renew(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        let _ = generation;
        Box::pin(async { Ok(false) })
    }
}

/// What the retry loop needs from whoever runs it.
pub trait RetryHooks: Sync {
    /// Another attempt follows after `delay`.
    fn retrying(&self, failure: &Failure, delay: Duration);
    /// Get fresh credentials after the token of `generation` was refused; false if there is
    /// no way to.
    fn refresh(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        let _ = generation;
        Box::pin(async { Ok(false) })
    }
}

/// What became of an attempt, as a token it borrowed is told (see `services::token`): the
/// server took it, refused the token of this ticket, or something else happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Refused { ticket: u64 },
    Other,
}

/// A token borrowed during an attempt of [`run`], to be told the attempt's [`Verdict`].
pub trait Borrowed: Send + Sync {
    fn settle(&self, verdict: Verdict);
}

tokio::task_local! {
    /// The tokens the running attempt borrowed.
    static BORROWED: RefCell<Vec<Arc<dyn Borrowed>>>;
}

/// Note a token borrowed by the attempt of [`run`] that is running on this task, to tell it
/// the verdict once the attempt ends; false (nothing noted) outside any attempt.
pub fn note_borrowed(borrowed: Arc<dyn Borrowed>) -> bool {
    BORROWED.try_with(|b| b.borrow_mut().push(borrowed)).is_ok()
}

/// Run one attempt, then tell every token it borrowed how it went.
async fn attempt_once<T>(attempt: impl Future<Output = Result<T>>) -> Result<T> {
    let (result, borrowed) = BORROWED
        .scope(RefCell::new(Vec::new()), async {
            let result = attempt.await;
            (result, BORROWED.with(|b| std::mem::take(&mut *b.borrow_mut())))
        })
        .await;
    let verdict = match &result {
        Ok(_) => Verdict::Accepted,
        Err(Failure { retry: Retry::Reauthenticate { generation }, .. }) => Verdict::Refused { ticket: *generation },
        Err(_) => Verdict::Other,
    };
    for token in borrowed {
        token.settle(verdict);
    }
    result
}

/// Run `attempt` until it succeeds, fails for good, or the retries are spent.
/// `resend_safe`: the service tolerates a resend of something it may already hold.
pub async fn run<T, F, Fut>(
    policy: &RetryPolicy,
    resend_safe: bool,
    hooks: &dyn RetryHooks,
    mut attempt: F,
) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut number = 1;
    let mut retries_used = 0;
    // The token tickets this call saw refused: the same one twice means the renewal did not
    // help; another one refused (another request used it up) is renewed again, up to a cap,
    // unless the holder says logging in again cannot help (its failure ends the call).
    let mut refused: Vec<u64> = Vec::new();
    loop {
        let failure = match attempt_once(attempt(number)).await {
            Ok(v) => return Ok(v),
            Err(f) => f,
        };
        number += 1;
        let after = match failure.retry {
            Retry::No => return Err(failure),
            Retry::Reauthenticate { generation } if refused.contains(&generation) || refused.len() >= MAX_RENEWALS => {
                return Err(failure);
            }
            Retry::Reauthenticate { generation } => {
                refresh(policy, hooks, generation, failure, &mut retries_used).await?;
                refused.push(generation);
                continue;
            }
            Retry::IfResendSafe { .. } if !resend_safe => return Err(maybe_delivered(failure)),
            Retry::Yes { after } | Retry::IfResendSafe { after } => after,
        };
        let delay = next_delay(policy, failure.clone(), after, &mut retries_used)?;
        hooks.retrying(&failure, delay);
        tokio::time::sleep(delay).await;
    }
}

/// Get fresh credentials after `rejected`. A refresh that fails on the way (a dropped
/// connection, a 503) is tried again within the same budget: a login is safe to repeat
/// whatever the upload is, and the upload is not resent with a token known to be refused.
async fn refresh(
    policy: &RetryPolicy,
    hooks: &dyn RetryHooks,
    generation: u64,
    rejected: Failure,
    retries_used: &mut u32,
) -> Result<()> {
    loop {
        let failure = match hooks.refresh(generation).await {
            Ok(true) => return Ok(()),
            Ok(false) => return Err(rejected),
            Err(f) => f,
        };
        let after = match failure.retry {
            Retry::Yes { after } | Retry::IfResendSafe { after } => after,
            Retry::No | Retry::Reauthenticate { .. } => return Err(failure),
        };
        let delay = next_delay(policy, failure.clone(), after, retries_used)?;
        hooks.retrying(&failure, delay);
        tokio::time::sleep(delay).await;
    }
}

/// The wait before the next retry, counting it; or the failure to give up with, when the
/// retries are spent or the server asks for a longer wait than chatdrop allows.
fn next_delay(
    policy: &RetryPolicy,
    failure: Failure,
    after: Option<Duration>,
    retries_used: &mut u32,
) -> Result<Duration> {
    if *retries_used >= policy.retries {
        return Err(failure.with_hint(format!(
            "gave up after {}; try again later or raise --retries",
            crate::text::count(u64::from(*retries_used) + 1, "attempt")
        )));
    }
    *retries_used += 1;
    match after {
        Some(wait) if wait > policy.max_wait => Err(Failure {
            hint: Some(format!(
                "the server asks to wait {}s, longer than chatdrop waits ({}s); try again later",
                wait.as_secs(),
                policy.max_wait.as_secs()
            )),
            ..failure
        }),
        Some(wait) => Ok(wait),
        None => Ok(policy.backoff(*retries_used)),
    }
}

/// The failure of a send that may have landed: said plainly, so nobody posts twice.
fn maybe_delivered(failure: Failure) -> Failure {
    let hint = "it may have been delivered anyway; chatdrop did not resend it, to avoid a duplicate. Check before sending again";
    Failure { hint: Some(hint.into()), ..failure }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    struct Quiet;
    impl RetryHooks for Quiet {
        fn retrying(&self, _: &Failure, _: Duration) {}
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            retries: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(5),
            max_wait: Duration::from_secs(1),
        }
    }

    #[tokio::test]
    async fn retries_temporary_failures_then_succeeds() {
        let calls = AtomicU32::new(0);
        let out = run(&policy(), false, &Quiet, |_| async {
            if calls.fetch_add(1, Ordering::SeqCst) < 2 {
                Err(Failure::temporary("503").with_retry(Retry::Yes { after: None }))
            } else {
                Ok(7)
            }
        })
        .await;
        assert_eq!(out.unwrap(), 7);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn never_resends_what_may_have_landed_unless_safe() {
        let calls = AtomicU32::new(0);
        let out: Result<()> = run(&policy(), false, &Quiet, |_| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(Failure::temporary("lost").with_retry(Retry::IfResendSafe { after: None }))
        })
        .await;
        assert!(out.unwrap_err().hint.unwrap().contains("may have been delivered"));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        let calls = AtomicU32::new(0);
        let _ = run::<(), _, _>(&policy(), true, &Quiet, |_| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(Failure::temporary("lost").with_retry(Retry::IfResendSafe { after: None }))
        })
        .await;
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    /// Refreshes with scripted outcomes, in order.
    struct Refresh(std::sync::Mutex<Vec<Result<bool>>>);
    impl RetryHooks for Refresh {
        fn retrying(&self, _: &Failure, _: Duration) {}
        fn refresh(&self, _: u64) -> BoxFuture<'_, Result<bool>> {
            let next = self.0.lock().unwrap().remove(0);
            Box::pin(async move { next })
        }
    }

    #[tokio::test]
    async fn a_refresh_that_fails_on_the_way_is_tried_again_before_the_upload() {
        let lost = || Failure::temporary("connection failed").with_retry(Retry::IfResendSafe { after: None });
        let hooks = Refresh(std::sync::Mutex::new(vec![Err(lost()), Err(lost()), Ok(true)]));
        let calls = AtomicU32::new(0);
        let out = run(&policy(), false, &hooks, |_| async {
            match calls.fetch_add(1, Ordering::SeqCst) {
                0 => Err(Failure::auth("token expired").with_retry(Retry::Reauthenticate { generation: 0 })),
                _ => Ok(7),
            }
        })
        .await;
        assert_eq!(out.unwrap(), 7, "not given up, and not taken for a send that may have landed");
        assert_eq!(calls.load(Ordering::SeqCst), 2, "the upload was not resent with the refused token");
        // The refresh's retries come out of the same budget.
        let hooks = Refresh(std::sync::Mutex::new((0..4).map(|_| Err(lost())).collect()));
        let out: Result<()> = run(&policy(), true, &hooks, |_| async {
            Err(Failure::auth("expired").with_retry(Retry::Reauthenticate { generation: 0 }))
        })
        .await;
        let failure = out.unwrap_err();
        assert_eq!(failure.message, "connection failed");
        assert!(failure.hint.unwrap().contains("gave up after 4 attempts"));
        // A refresh refused for good ends it.
        let refused = Refresh(std::sync::Mutex::new(vec![Err(Failure::auth("login refused"))]));
        let out: Result<()> = run(&policy(), true, &refused, |_| async {
            Err(Failure::auth("expired").with_retry(Retry::Reauthenticate { generation: 0 }))
        })
        .await;
        assert_eq!(out.unwrap_err().message, "login refused");
    }

    #[tokio::test]
    async fn too_long_retry_after_gives_up() {
        let out: Result<()> = run(&policy(), true, &Quiet, |_| async {
            Err(Failure::temporary("429").with_retry(Retry::Yes { after: Some(Duration::from_secs(3600)) }))
        })
        .await;
        assert!(out.unwrap_err().hint.unwrap().contains("3600s"));
    }
}
