//! Request plumbing every surface shares: cookies and the scheme of a request, the client's
//! address, where an unsafe request comes from, CSRF tokens, the visitor's language hints and
//! region.

pub(crate) mod csrf;
pub(crate) mod language;
pub(crate) mod origin;
pub(crate) mod region;
pub(crate) mod request;
