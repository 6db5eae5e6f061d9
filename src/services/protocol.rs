//! The protocol adapter (not built yet).
