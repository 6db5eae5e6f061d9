//! The connect adapter (not built yet).
