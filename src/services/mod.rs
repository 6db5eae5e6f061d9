//! One adapter per service API: endpoints, auth, request shapes and error shapes. Adapters
//! build requests and read answers through `http`; they never print, prompt or retry.

pub mod carbonio;
pub mod connect;
pub mod ok;
pub mod protocol;
pub mod pyrus;
pub mod spec;
