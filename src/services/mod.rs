//! One adapter per service API: endpoints, auth, request shapes and error shapes. Adapters
//! build requests and read answers through `http`; they never print, prompt or retry.

pub mod kit;
pub mod spec;
// The adapters, one module per registry line.
with_each_service!(service_modules, crate_wide);

/// Writes [`ALL`] from the registry (`with_each_service!` in lib.rs).
macro_rules! adapters {
    ($($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => {
        /// Every service chatdrop knows (each adapter's `KIND`), in the registry's order:
        /// `login`, `auth status`, config parsing, completions and man pages read this list.
        pub const ALL: [spec::ServiceKind; [$(stringify!($module)),*].len()] = [$($module::KIND),*];
    };
}
with_each_service!(adapters);
pub(crate) mod token;
