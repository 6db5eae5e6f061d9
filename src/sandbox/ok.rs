//! The ok fake (not built yet).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;

use super::State;

pub const APPLICATION_KEY: &str = "CBASANDBOXAPPKEY";
pub const APPLICATION_SECRET_KEY: &str = "sandbox-ok-application-secret";
pub const ACCESS_TOKEN: &str = "sandbox-ok-access-token";

#[derive(Default)]
pub struct OkState {}

pub fn settings(_base: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
}
