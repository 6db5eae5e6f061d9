//! The seam through which the layers below `commands` speak to a person without knowing the
//! terminal: warnings and `-v` traces. `output::Output` implements [`Log`] and is passed
//! down as `Arc<dyn Log>`, so `http` and `config` never import `output`.

/// Warnings and `-v`/`-vv` lines, for code that must not print itself.
pub trait Log: Send + Sync {
    /// A warning: printed whatever the verbosity (but redacted and escaped by the sink).
    fn warn(&self, msg: &str);
    /// How many `-v` were given.
    fn verbosity(&self) -> u8;
    /// One trace line, already decided to be shown.
    fn trace(&self, line: &str);
}

impl dyn Log {
    /// A trace line shown from `-v` (level 1) or `-vv` (level 2) on; `line` is built only then.
    pub fn debug(&self, level: u8, line: impl FnOnce() -> String) {
        if self.verbosity() >= level {
            let line = line();
            if !line.is_empty() {
                self.trace(&line);
            }
        }
    }
}

/// Says nothing: for the unit tests of code that takes a [`Log`].
#[cfg(test)]
pub struct Silent;

#[cfg(test)]
impl Log for Silent {
    fn warn(&self, _: &str) {}
    fn verbosity(&self) -> u8 {
        0
    }
    fn trace(&self, _: &str) {}
}
