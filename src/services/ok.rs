//! The ok adapter (not built yet).
