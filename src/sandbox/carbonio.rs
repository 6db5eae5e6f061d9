//! The carbonio fake (not built yet).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;

use super::State;

pub const ACCOUNT: &str = "user@sandbox.chatdrop.test";
pub const PASSWORD: &str = "sandbox-carbonio-password";
pub const TOKEN: &str = "sandbox-carbonio-zm-auth-token";

#[derive(Default)]
pub struct CarbonioState {}

pub fn settings(_base: &str) -> BTreeMap<String, String> {
    BTreeMap::new()
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
}
