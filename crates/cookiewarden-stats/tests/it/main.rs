//! The statistics crate against a real SQLite store.
