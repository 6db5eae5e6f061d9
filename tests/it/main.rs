//! The integration tests, as one binary (one build, one `common`): the real chatdrop binary
//! against the sandbox's fakes and raw TCP faults on 127.0.0.1, plus property tests of the
//! parsers. `cargo test --test it <filter>` runs a part, e.g. `cargo test --test it pyrus::`.

// The harness reads the developer's environment (PATH, the regenerate switches); the ban on
// std::env::var is for chatdrop's own code (src/env.rs is its one reader).
#![allow(clippy::disallowed_methods)]

mod common;

// Each service's own tests, `tests/it/<service>.rs`: one module per registry line, so a
// registered service without its test file fails to compile.
chatdrop::with_each_service!(service_modules, private);
use chatdrop::service_modules;

mod bad_input;
mod carbonio_api;
mod carbonio_fixtures;
mod carbonio_pictures;
mod carbonio_spec;
mod cli;
mod connection;
mod docs;
mod dry_run;
mod faults;
mod hardening;
mod hostile;
mod interface;
mod interface2;
mod interface3;
mod journal;
mod journal_scale;
mod keyring;
mod layers;
mod manpages;
mod properties;
mod registry;
mod sandbox_state;
mod security;
mod send;
mod targets;
mod upstream_connect;
mod upstream_ok;
mod upstream_protocol;
mod upstream_pyrus;
mod upstream_replay;
mod values;
mod watch;
