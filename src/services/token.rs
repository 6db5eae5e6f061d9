//! One holder for a renewable token (Pyrus, Carbonio): every request of a run borrows the
//! current token with its generation; when the server refuses a token, only a refusal of the
//! *current* generation logs in again, so concurrent rejections of the same token log in once
//! and a refusal of a newer token logs in again. A renewed token is handed to the saver after
//! the lock is released, on a blocking thread, so no request waits on a file lock or fsync.

use std::future::Future;
use std::sync::Arc;

use crate::error::Result;

/// A token as handed out: the value and which generation it is.
#[derive(Debug, Clone)]
pub(crate) struct Issued<T> {
    pub(crate) token: T,
    pub(crate) generation: u64,
}

/// Called with every token obtained by logging in (to cache it where the user keeps the login).
pub(crate) type TokenSaver<T> = Arc<dyn Fn(&T) + Send + Sync>;

struct Slot<T> {
    token: Option<T>,
    /// Bumped on every login; 0 is the token the run started with.
    generation: u64,
}

pub(crate) struct TokenHolder<T> {
    slot: tokio::sync::Mutex<Slot<T>>,
    saver: TokenSaver<T>,
}

impl<T: Clone + Send + Sync + 'static> TokenHolder<T> {
    /// `initial`: a ready token (env or cache); without one, the first request logs in.
    pub(crate) fn new(initial: Option<T>, saver: TokenSaver<T>) -> Self {
        TokenHolder { slot: tokio::sync::Mutex::new(Slot { token: initial, generation: 0 }), saver }
    }

    /// The current token, logging in first when there is none yet.
    pub(crate) async fn current<F, Fut>(&self, login: F) -> Result<Issued<T>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let fresh = {
            let mut slot = self.slot.lock().await;
            if let Some(token) = &slot.token {
                return Ok(Issued { token: token.clone(), generation: slot.generation });
            }
            let token = login().await?;
            slot.generation += 1;
            slot.token = Some(token.clone());
            Issued { token, generation: slot.generation }
        };
        self.save(&fresh.token).await;
        Ok(fresh)
    }

    /// The token of generation `rejected` was refused: log in again, unless another request
    /// already replaced it (then its newer token is used as is).
    pub(crate) async fn renew<F, Fut>(&self, rejected: u64, login: F) -> Result<()>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let fresh = {
            let mut slot = self.slot.lock().await;
            if slot.generation != rejected && slot.token.is_some() {
                return Ok(());
            }
            let token = login().await?;
            slot.generation += 1;
            slot.token = Some(token.clone());
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
        assert_eq!((now.token.as_str(), now.generation), ("new0", 1));
    }

    #[tokio::test]
    async fn a_rejected_newer_token_logs_in_again() {
        let (holder, _) = holder(None);
        let first = holder.current(|| async { Ok("t1".to_string()) }).await.unwrap();
        holder.renew(first.generation, || async { Ok("t2".to_string()) }).await.unwrap();
        let second = holder.current(|| async { unreachable!() }).await.unwrap();
        assert_eq!(second.token, "t2");
        // A late refusal of the first token does not replace the second ...
        holder.renew(first.generation, || async { unreachable!("stale refusal") }).await.unwrap();
        // ... but a refusal of the second one does.
        holder.renew(second.generation, || async { Ok("t3".to_string()) }).await.unwrap();
        assert_eq!(holder.current(|| async { unreachable!() }).await.unwrap().token, "t3");
    }
}
