//! The protocol fake (not built yet).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;

use super::State;

pub const TOKEN: &str = "sandbox-protocol-token";

#[derive(Default)]
pub struct ProtocolState {}

pub fn settings(_base: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
}
