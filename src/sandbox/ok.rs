//! The ok fake (not built yet).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;

use super::State;

#[derive(Default)]
pub struct OkState {}

pub fn settings(_base: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
}
