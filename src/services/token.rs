//! One holder for a renewable token (Pyrus, Carbonio): every request of a run borrows the
//! current token with a ticket naming its generation; when the server refuses a token, only a
//! refusal of the *current* generation logs in again, so concurrent rejections of the same
//! token log in once and a refusal of a newer token logs in again. A renewed token is handed
//! to the saver after the lock is released, on a blocking thread, so no request waits on a
//! file lock or fsync.
//!
//! Logins are bounded: each borrow made in an attempt of `upload::retry::run` is told the
//! attempt's verdict (accepted, refused, other). A token fresh from a login of this run that
//! the server refused and accepted for no request means the login works but its tokens do not
//! (the account's API access or the server is wrong), and logging in again would only repeat
//! that: no further login is made, and every request ends with the refusal (exit 4). A
//! refusal of a fresh token whose other users' verdicts are still out waits for them (at most
//! [`VERDICT_WAIT`]). A token that worked once and then expired, or was used up by another
//! request, is renewed as before, however often.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{Failure, Result};
use crate::upload::retry::{Borrowed, Verdict, note_borrowed};

/// The longest a refusal of a fresh token waits for the verdicts of its other users.
const VERDICT_WAIT: Duration = Duration::from_secs(30);

/// A token as handed out: the value and its ticket (`generation`: the token's generation in
/// the high 32 bits, which borrow of it this is in the low ones). Adapters pass the ticket
/// back unchanged (`Retry::Reauthenticate`, `renew`).
#[derive(Debug, Clone)]
pub(crate) struct Issued<T> {
    pub(crate) token: T,
    pub(crate) generation: u64,
}

/// Called with every token obtained by logging in (to cache it where the user keeps the login).
pub(crate) type TokenSaver<T> = Arc<dyn Fn(&T) + Send + Sync>;

/// What became of one generation's borrows made inside attempts (the others are not counted).
#[derive(Debug, Default)]
struct Uses {
    generation: u64,
    /// It came from a login in this run (not a cache, env or flag).
    fresh: bool,
    borrows: u64,
    tracked: u64,
    settled: u64,
    accepted: u64,
    refused: u64,
}

/// Generations whose verdicts are still counted (later ones only arrive for stale tokens).
const TRACKED: usize = 8;

#[derive(Default)]
struct Ledger {
    uses: VecDeque<Uses>,
    /// A fresh token was refused and accepted for nobody: no more logins.
    broken: bool,
}

impl Ledger {
    fn uses(&mut self, generation: u64) -> Option<&mut Uses> {
        self.uses.iter_mut().find(|u| u.generation == generation)
    }
}

/// The ledger, shared with the borrows that report into it.
#[derive(Default)]
struct Shared {
    ledger: Mutex<Ledger>,
    settled: tokio::sync::Notify,
}

impl Shared {
    fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One borrow made inside an attempt, waiting for its verdict.
struct Ticket {
    shared: Arc<Shared>,
    ticket: u64,
}

impl Borrowed for Ticket {
    fn settle(&self, verdict: Verdict) {
        if let Some(u) = self.shared.ledger().uses(self.ticket >> 32) {
            u.settled += 1;
            match verdict {
                Verdict::Accepted => u.accepted += 1,
                Verdict::Refused { ticket } if ticket == self.ticket => u.refused += 1,
                _ => {}
            }
        }
        self.shared.settled.notify_waiters();
    }
}

fn broken() -> Failure {
    Failure::auth(
        "the server refused the token it had just issued at login: it takes the login but not its tokens, \
         so logging in again would not help (the account's API access or the server's setup is wrong)",
    )
}

struct Slot<T> {
    token: Option<T>,
    /// Bumped on every login; 0 is the token the run started with.
    generation: u64,
}

pub(crate) struct TokenHolder<T> {
    slot: tokio::sync::Mutex<Slot<T>>,
    shared: Arc<Shared>,
    saver: TokenSaver<T>,
}

impl<T: Clone + Send + Sync + 'static> TokenHolder<T> {
    /// `initial`: a ready token (env or cache); without one, the first request logs in.
    pub(crate) fn new(initial: Option<T>, saver: TokenSaver<T>) -> Self {
        let shared = Arc::new(Shared::default());
        shared.ledger().uses.push_back(Uses::default());
        TokenHolder { slot: tokio::sync::Mutex::new(Slot { token: initial, generation: 0 }), shared, saver }
    }

    /// A new token from a login: the next generation.
    fn issued(&self, slot: &mut Slot<T>, token: T) {
        slot.generation += 1;
        slot.token = Some(token);
        let mut ledger = self.shared.ledger();
        ledger.uses.push_back(Uses { generation: slot.generation, fresh: true, ..Uses::default() });
        if ledger.uses.len() > TRACKED {
            ledger.uses.pop_front();
        }
    }

    /// A ticket for one more borrow of the current token (its verdict noted when it is made
    /// inside an attempt).
    fn borrow(&self, slot: &Slot<T>) -> u64 {
        let generation = slot.generation;
        let n = self.shared.ledger().uses(generation).map(|u| {
            u.borrows += 1;
            u.borrows - 1
        });
        let ticket = (generation << 32) | (n.unwrap_or(0) & 0xffff_ffff);
        if note_borrowed(Arc::new(Ticket { shared: self.shared.clone(), ticket }))
            && let Some(u) = self.shared.ledger().uses(generation)
        {
            u.tracked += 1;
        }
        ticket
    }

    /// The current token, logging in first when there is none yet.
    pub(crate) async fn current<F, Fut>(&self, login: F) -> Result<Issued<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        if self.shared.ledger().broken {
            return Err(broken());
        }
        let (fresh, issued) = {
            let mut slot = self.slot.lock().await;
            match slot.token.clone() {
                Some(token) => (None, Issued { token, generation: self.borrow(&slot) }),
                None => {
                    let token = login().await?;
                    self.issued(&mut slot, token.clone());
                    (Some(token.clone()), Issued { token, generation: self.borrow(&slot) })
                }
            }
        };
        if let Some(token) = fresh {
            self.save(&token).await;
        }
        Ok(issued)
    }

    /// The token of ticket `rejected` was refused: log in again, unless another request
    /// already replaced it (then its newer token is used as is), or unless it was fresh from a
    /// login and nobody got through with it (then the refusal stands: see the module's doc).
    pub(crate) async fn renew<F, Fut>(&self, rejected: u64, login: F) -> Result<()>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let generation = rejected >> 32;
        self.verdict_on(generation).await?;
        let fresh = {
            let mut slot = self.slot.lock().await;
            if slot.generation != generation && slot.token.is_some() {
                return Ok(());
            }
            let token = login().await?;
            self.issued(&mut slot, token.clone());
            token
        };
        self.save(&fresh).await;
        Ok(())
    }

    /// Whether a refusal of `generation` may lead to a login: not when the holder is broken,
    /// nor when that generation is fresh, was refused, and none of its users got through
    /// (waiting, boundedly, for the verdicts still out).
    async fn verdict_on(&self, generation: u64) -> Result<()> {
        let give_up = tokio::time::Instant::now() + VERDICT_WAIT;
        loop {
            let settled = self.shared.settled.notified();
            {
                let mut ledger = self.shared.ledger();
                if ledger.broken {
                    return Err(broken());
                }
                match ledger.uses(generation) {
                    Some(u) if u.fresh && u.accepted == 0 && u.refused > 0 => {
                        if u.settled >= u.tracked {
                            ledger.broken = true;
                            return Err(broken());
                        }
                    }
                    _ => return Ok(()),
                }
            }
            if tokio::time::timeout_at(give_up, settled).await.is_err() {
                return Ok(());
            }
        }
    }

    async fn save(&self, token: &T) {
        let saver = self.saver.clone();
        let token = token.clone();
        // The saver writes the credentials file (lock + fsync): never on an async worker.
        let _ = tokio::task::spawn_blocking(move || saver(&token)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    fn holder(initial: Option<&str>) -> (Arc<TokenHolder<String>>, Arc<AtomicU32>) {
        let saved = Arc::new(AtomicU32::new(0));
        let count = saved.clone();
        let saver: TokenSaver<String> = Arc::new(move |_| {
            count.fetch_add(1, Ordering::SeqCst);
        });
        (Arc::new(TokenHolder::new(initial.map(str::to_string), saver)), saved)
    }

    #[tokio::test]
    async fn concurrent_rejections_of_one_token_log_in_once() {
        let (holder, saved) = holder(Some("old"));
        let logins = Arc::new(AtomicU32::new(0));
        let issued = holder.current(|| async { unreachable!("a token is there") }).await.unwrap();
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (holder, logins) = (holder.clone(), logins.clone());
                tokio::spawn(async move {
                    holder
                        .renew(issued.generation, || async {
                            let n = logins.fetch_add(1, Ordering::SeqCst);
                            Ok(format!("new{n}"))
                        })
                        .await
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(logins.load(Ordering::SeqCst), 1);
        assert_eq!(saved.load(Ordering::SeqCst), 1);
        let now = holder.current(|| async { unreachable!() }).await.unwrap();
        assert_eq!((now.token.as_str(), now.generation >> 32), ("new0", 1));
    }

    #[tokio::test]
    async fn a_rejected_newer_token_logs_in_again() {
        let (holder, _) = holder(Some("t1"));
        let first = holder.current(|| async { unreachable!() }).await.unwrap();
        holder.renew(first.generation, || async { Ok("t2".to_string()) }).await.unwrap();
        // One request gets through with the new token, another finds it used up.
        let _accepted = holder.current(|| async { unreachable!() }).await.unwrap();
        let second = holder.current(|| async { unreachable!() }).await.unwrap();
        assert_eq!(second.token, "t2");
        // A late refusal of the first token does not replace the second ...
        holder.renew(first.generation, || async { unreachable!("stale refusal") }).await.unwrap();
        // ... but a refusal of the second one does.
        holder.renew(second.generation, || async { Ok("t3".to_string()) }).await.unwrap();
        assert_eq!(holder.current(|| async { unreachable!() }).await.unwrap().token, "t3");
    }

    /// `call` as one attempt of `retry::run` that is refused with the ticket it borrowed.
    async fn refused_attempt(holder: &TokenHolder<String>) -> u64 {
        use crate::error::Retry;
        let policy = crate::upload::retry::RetryPolicy::new(0, Duration::from_millis(1), Duration::from_secs(1));
        struct Quiet;
        impl crate::upload::retry::RetryHooks for Quiet {
            fn retrying(&self, _: &Failure, _: Duration) {}
        }
        let ticket = std::sync::Mutex::new(0);
        let _ = crate::upload::retry::run::<(), _, _>(&policy, true, &Quiet, |_| async {
            let issued = holder.current(|| async { Ok("first".to_string()) }).await?;
            *ticket.lock().unwrap() = issued.generation;
            Err(Failure::auth("refused").with_retry(Retry::Reauthenticate { generation: issued.generation }))
        })
        .await;
        ticket.into_inner().unwrap()
    }

    #[tokio::test]
    async fn a_fresh_token_refused_and_accepted_for_nobody_ends_the_logins() {
        let (holder, _) = holder(Some("cached"));
        let logins = Arc::new(AtomicU32::new(0));
        let login = || {
            let logins = logins.clone();
            async move { Ok(format!("t{}", logins.fetch_add(1, Ordering::SeqCst))) }
        };
        // The cached token expired: one login.
        let cached = refused_attempt(&holder).await;
        holder.renew(cached, login).await.unwrap();
        // Its fresh token is refused by its only user: no second login, an auth failure.
        let fresh = refused_attempt(&holder).await;
        let err = holder.renew(fresh, login).await.unwrap_err();
        assert_eq!(err.class, crate::error::ExitClass::Auth);
        assert_eq!(logins.load(Ordering::SeqCst), 1);
        // And so it stays: no new borrow, no login.
        assert!(holder.current(|| async { unreachable!() }).await.is_err());
        assert!(holder.renew(fresh, login).await.is_err());
        assert_eq!(logins.load(Ordering::SeqCst), 1);
    }
}
