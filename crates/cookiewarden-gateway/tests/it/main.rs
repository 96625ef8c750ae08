//! The gateway in front of a real application.
