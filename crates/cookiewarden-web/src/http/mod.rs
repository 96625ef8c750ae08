//! Request plumbing every surface shares: cookies and the scheme of a request, the client's
//! address, where an unsafe request comes from, CSRF tokens, and the visitor's language hints.

pub(crate) mod csrf;
pub(crate) mod language;
pub(crate) mod origin;
pub(crate) mod request;
