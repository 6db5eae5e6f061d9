//! What the cross-service tests need to know of each fake, declared by the fake beside its
//! routes (`sandbox::<service>::PROFILE`) and listed from the registry ([`super::PROFILES`]):
//! the upload command and where its requests arrive, what the service takes and how it
//! answers, and how to count what it now shows its users. The test harness
//! (`tests/it/common`) builds its table of services from this list, so a registered service
//! is covered by every cross-service test at once, and its secrets by every "no secret in any
//! output" check ([`secrets`]).

use super::State;

/// One fake as the cross-service tests drive it.
pub struct TestProfile {
    /// The upload command, before the file arguments (`["protocol", "attach"]`).
    pub upload: &'static [&'static str],
    /// The `action` of each uploaded file's record.
    pub action: &'static str,
    /// A substring of every upload request's path, where the tests aim upload faults.
    pub upload_path: &'static str,
    /// The upload request's method.
    pub upload_method: &'static str,
    /// A command that sends a request but uploads nothing (connection failures); empty:
    /// `auth status <service> --check`.
    pub read_only: &'static [&'static str],
    /// The service takes images only (its test files start like a PNG).
    pub image: bool,
    /// Resending something the server may already hold is harmless (an unattached Pyrus
    /// file, an uncommitted OK.ru photo); for the others it would post twice.
    pub resend_safe: bool,
    /// The upload checks an MD5 the server answers, so the journal fingerprints by MD5.
    pub checks_md5: bool,
    /// The upload's answer names what it created (the record's `id`); else the id is null.
    pub answers_id: bool,
    /// A success is a status with no body to read (1C-Connect's bare 200): a truncated body
    /// after it is a delivery, an error object in it a refusal.
    pub bare_success: bool,
    /// What the wire makes of a file name.
    pub names: Names,
    /// A 413 is worded as the server's limit, without the body's words.
    pub own_413_words: bool,
    /// Settings the fault tests add, so that the upload is the first request that can fail.
    pub fault_settings: &'static [(&'static str, &'static str)],
    /// How the upload requests are sent through a proxy at a base URL.
    pub via: Via,
    /// What the service now shows its users (posted, attached, published), oldest first.
    pub posted: fn(&State) -> Vec<Posted>,
    /// How many times the step after an upload (OK.ru's commit) was asked for, if the service
    /// has one: never more than once per file, whatever fails.
    pub follow_ups: Option<fn(&State) -> usize>,
    /// What `<service> delete ID` deletes, if the service has that command.
    pub delete: Option<Deletable>,
}

/// Something the fake holds for `<service> delete ID` to delete.
#[derive(Clone, Copy)]
pub struct Deletable {
    /// Put one in the fake (as if uploaded); its id.
    pub seed: fn(&State) -> String,
    /// Whether the fake still holds it.
    pub exists: fn(&State, &str) -> bool,
}

impl TestProfile {
    /// A profile with what every fake must say; the rest as most services have it: a POST
    /// that is not safe to resend, of any file, answered with the new thing's id, whose name
    /// goes quoted (RFC 7578), sent straight to the URL setting. Change the rest with
    /// `TestProfile { resend_safe: true, ..TestProfile::new(..) }`.
    pub const fn new(
        upload: &'static [&'static str],
        action: &'static str,
        upload_path: &'static str,
        posted: fn(&State) -> Vec<Posted>,
    ) -> TestProfile {
        TestProfile {
            upload,
            action,
            upload_path,
            upload_method: "POST",
            read_only: &[],
            image: false,
            resend_safe: false,
            checks_md5: false,
            answers_id: true,
            bare_success: false,
            names: Names::Quoted,
            own_413_words: false,
            fault_settings: &[],
            via: Via::Url,
            posted,
            follow_ups: None,
            delete: None,
        }
    }
}

/// One file the service shows its users.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    pub md5: String,
    /// As the server has it.
    pub name: String,
}

/// What the wire makes of a file name (the hostile-names tests read the column it names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// Any name arrives exactly (RFC 5987 `filename*`, an escaped header).
    Exact,
    /// Browser-style quoted names (RFC 7578 §4.2): `"` and the ASCII controls as %XX.
    Quoted,
    /// Quoted, and a name with a path separator or a control character is refused locally.
    QuotedPlain,
    /// `"`, `\` and control characters replaced by `_` (and shown so).
    Underscored,
}

/// How the tests route the upload requests through a proxy in front of the fake.
#[derive(Clone, Copy)]
pub enum Via {
    /// The service's one URL setting points at the proxy (same path as the fake's).
    Url,
    /// The fake hands out the upload links: it is told to make them point at `proxy` (a
    /// base URL), and the other requests go to it as usual.
    Links(fn(&State, proxy: &str)),
    /// The service's whole settings for it (key → value, as `settings(base)` gives them),
    /// such that uploads go to `proxy` (a base URL); the fake's state may be changed too.
    Custom(fn(&State, proxy: &str) -> std::collections::BTreeMap<String, String>),
}

/// Every secret the fakes' settings hold (the keys the services mark secret): no output of
/// any test may contain one.
pub fn secrets() -> Vec<String> {
    let settings = super::settings_for("http://127.0.0.1:1");
    let mut out = Vec::new();
    for svc in crate::services::ALL {
        for (key, value) in settings.get(svc.name()).into_iter().flatten() {
            if svc.key(key).is_some_and(|k| k.is_secret()) {
                out.push(value.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::PROFILES;

    #[test]
    fn every_profile_names_its_service_and_the_fake_gives_what_login_reads() {
        let settings = super::super::settings_for("http://127.0.0.1:1");
        for (name, profile) in PROFILES {
            let svc = crate::services::spec::ServiceKind::from_name(name).expect("registered");
            assert_eq!(profile.upload[0], name, "{name}: the upload command is the service's");
            let stdin = svc.stdin_key().expect("the login reads a secret");
            assert!(settings[name].contains_key(stdin.name()), "{name}: the fake's settings give {stdin}");
            for key in settings[name].keys() {
                assert!(svc.key(key).is_some(), "{name}: the fake's setting `{key}` is not a key of the service");
            }
        }
        assert!(super::secrets().len() >= PROFILES.len());
    }
}
