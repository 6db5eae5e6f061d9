//! The carbonio adapter (not built yet).
