//! One adapter per service API: endpoints, auth, request shapes and error shapes. Adapters
//! build requests and read answers through `http`; they never print, prompt or retry.

pub mod carbonio;
pub mod connect;
pub mod ok;
pub mod protocol;
pub mod pyrus;
pub mod spec;

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

/// Whether `value` is a UUID in its 8-4-4-4-12 hex form (either case): the ids of Carbonio
/// rooms and attachments and of 1C-Connect chats, lines and users.
pub fn is_uuid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::is_uuid;

    #[test]
    fn uuids_are_checked_locally() {
        assert!(is_uuid("497f6eca-6276-4993-bfeb-53cbbbba6f08"));
        assert!(is_uuid("BB5C7328-1886-4A8B-AA00-E00FAB828E24"));
        assert!(!is_uuid("497f6eca62764993bfeb53cbbbba6f08"));
        assert!(!is_uuid("497f6eca-6276-4993-bfeb-53cbbbba6f0g"));
        assert!(!is_uuid("bb5c7328-1886-4a8b-aa00-e00fab828e2"));
        assert!(!is_uuid("bb5c73281886-4a8b-aa00-e00fab828e24-"));
        assert!(!is_uuid("../attachments"));
    }
}
