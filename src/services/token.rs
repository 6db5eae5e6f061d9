//! One holder for a renewable token (Pyrus, Carbonio): every request of a run borrows the
//! current token with a ticket naming its generation; when the server refuses a token, only a
//! refusal of the *current* generation logs in again, so concurrent rejections of the same
//! token log in once and a refusal of a newer token logs in again. A renewed token is handed
//! to the saver after the lock is released, on a blocking thread, so no request waits on a
//! file lock or fsync.
//!
//! Logins are bounded: a token this run got by logging in that every request using it saw
//! refused means the login works but its tokens do not (wrong credentials for the API, or a
//! broken server), and logging in again would only repeat that: no further login is made and
//! the refusal ends the request (exit 4). A token that worked once and then expired (or was
//! used up) is renewed as before, however often: some request saw it accepted, or is still
//! using it, so its refusals never reach its borrows.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;

use crate::error::{Failure, Result};

/// A token as handed out: the value and its ticket (`generation`: the token's generation in
/// the high 32 bits, which borrow of it this is in the low ones). Adapters pass the ticket
/// back unchanged (`Retry::Reauthenticate`, `renew`), so the holder knows which token, and
/// how many of its borrowers, the server refused.
#[derive(Debug, Clone)]
pub(crate) struct Issued<T> {
    pub(crate) token: T,
    pub(crate) generation: u64,
}

/// Called with every token obtained by logging in (to cache it where the user keeps the login).
pub(crate) type TokenSaver<T> = Arc<dyn Fn(&T) + Send + Sync>;

/// What became of one generation's borrows.
struct Uses {
    generation: u64,
    /// It came from a login in this run (not a cache, env or flag).
    fresh: bool,
    borrows: u64,
    refusals: u64,
}

/// Generations whose refusals are still counted (refusals of older ones arrive late under
/// `--jobs`; beyond these they are only stale).
const TRACKED: usize = 8;

struct Slot<T> {
    token: Option<T>,
    /// Bumped on every login; 0 is the token the run started with.
    generation: u64,
    uses: VecDeque<Uses>,
    /// A fresh token was refused by every request that used it: no more logins.
    broken: bool,
}

impl<T> Slot<T> {
    fn uses(&mut self, generation: u64) -> Option<&mut Uses> {
        self.uses.iter_mut().find(|u| u.generation == generation)
    }

    fn issued(&mut self, token: T, fresh: bool) {
        self.generation += 1;
        self.token = Some(token);
        self.uses.push_back(Uses { generation: self.generation, fresh, borrows: 0, refusals: 0 });
        if self.uses.len() > TRACKED {
            self.uses.pop_front();
        }
    }

    /// A ticket for one more borrow of the current token.
    fn borrow(&mut self) -> u64 {
        let generation = self.generation;
        let n = match self.uses(generation) {
            Some(u) => {
                u.borrows += 1;
                u.borrows - 1
            }
            None => 0,
        };
        (generation << 32) | (n & 0xffff_ffff)
    }
}

pub(crate) struct TokenHolder<T> {
    slot: tokio::sync::Mutex<Slot<T>>,
    saver: TokenSaver<T>,
}

impl<T: Clone + Send + Sync + 'static> TokenHolder<T> {
    /// `initial`: a ready token (env or cache); without one, the first request logs in.
    pub(crate) fn new(initial: Option<T>, saver: TokenSaver<T>) -> Self {
        let uses = VecDeque::from([Uses { generation: 0, fresh: false, borrows: 0, refusals: 0 }]);
        TokenHolder { slot: tokio::sync::Mutex::new(Slot { token: initial, generation: 0, uses, broken: false }), saver }
    }

    /// The current token, logging in first when there is none yet.
    pub(crate) async fn current<F, Fut>(&self, login: F) -> Result<Issued<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let (fresh, issued) = {
            let mut slot = self.slot.lock().await;
            match slot.token.clone() {
                Some(token) => (None, Issued { token, generation: slot.borrow() }),
                None => {
                    let token = login().await?;
                    slot.issued(token.clone(), true);
                    (Some(token.clone()), Issued { token, generation: slot.borrow() })
                }
            }
        };
        if let Some(token) = fresh {
            self.save(&token).await;
        }
        Ok(issued)
    }

    /// The token of ticket `rejected` was refused: log in again, unless another request
    /// already replaced it (then its newer token is used as is), or unless a token fresh from
    /// a login was refused by all its users (then the refusal stands: see the module's doc).
    pub(crate) async fn renew<F, Fut>(&self, rejected: u64, login: F) -> Result<()>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let generation = rejected >> 32;
        let fresh = {
            let mut slot = self.slot.lock().await;
            if let Some(u) = slot.uses(generation) {
                u.refusals += 1;
                if u.fresh && u.refusals >= u.borrows {
                    slot.broken = true;
                }
            }
            if slot.broken {
                return Err(Failure::auth(
                    "the server refused the token it had just issued at login: it takes the login but not its \
                     tokens, so logging in again would not help (the account's API access or the server's setup is wrong)",
                ));
            }
            if slot.generation != generation && slot.token.is_some() {
                return Ok(());
            }
            let token = login().await?;
            slot.issued(token.clone(), true);
            token
        };
        self.save(&fresh).await;
        Ok(())
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

    #[tokio::test]
    async fn a_fresh_token_refused_by_all_its_users_ends_the_logins() {
        let (holder, _) = holder(Some("cached"));
        let logins = Arc::new(AtomicU32::new(0));
        let login = || {
            let logins = logins.clone();
            async move { Ok(format!("t{}", logins.fetch_add(1, Ordering::SeqCst))) }
        };
        // The cached token expired: one login.
        let cached = holder.current(|| async { unreachable!() }).await.unwrap();
        holder.renew(cached.generation, login).await.unwrap();
        // Its fresh token is refused by its only user: no second login, an auth failure.
        let fresh = holder.current(|| async { unreachable!() }).await.unwrap();
        let err = holder.renew(fresh.generation, login).await.unwrap_err();
        assert_eq!(err.class, crate::error::ExitClass::Auth);
        assert_eq!(logins.load(Ordering::SeqCst), 1);
        // And it stays so for every later refusal.
        assert!(holder.renew(fresh.generation, login).await.is_err());
        assert_eq!(logins.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_fresh_token_that_one_user_got_through_is_renewed() {
        let (holder, _) = holder(None);
        let first = holder.current(|| async { Ok("t1".to_string()) }).await.unwrap();
        let second = holder.current(|| async { unreachable!() }).await.unwrap();
        // The first borrower got through; the second was refused (the token was used up).
        let _ = first;
        holder.renew(second.generation, || async { Ok("t2".to_string()) }).await.unwrap();
        assert_eq!(holder.current(|| async { unreachable!() }).await.unwrap().token, "t2");
    }
}
