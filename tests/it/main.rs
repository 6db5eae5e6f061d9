//! The integration tests, as one binary (one build, one `common`): the real chatdrop binary
//! against the sandbox's fakes and raw TCP faults on 127.0.0.1, plus property tests of the
//! parsers. `cargo test --test it <filter>` runs a part, e.g. `cargo test --test it pyrus::`.

// The harness reads the developer's environment (PATH, the regenerate switches); the ban on
// std::env::var is for chatdrop's own code (src/env.rs is its one reader).
#![allow(clippy::disallowed_methods)]

mod common;

mod bad_input;
mod carbonio;
mod carbonio_pictures;
mod cli;
mod connect;
mod docs;
mod faults;
mod hostile;
mod interface;
mod journal;
mod keyring;
mod layers;
mod manpages;
mod ok;
mod properties;
mod protocol;
mod pyrus;
mod security;
mod targets;
mod values;
