//! The connect fake (not built yet).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;

use super::State;

/// The API user the fake accepts (HTTP Basic).
pub const LOGIN: &str = "sandbox-api-user";
pub const PASSWORD: &str = "sandbox-connect-password";

#[derive(Default)]
pub struct ConnectState {}

pub fn settings(_base: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
}
