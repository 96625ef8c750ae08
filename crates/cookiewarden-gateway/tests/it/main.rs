//! The gateway in front of a real application: a small shop written with Python's standard
//! library (`tests/data/upstream_app.py`) running in its own process, which sets necessary,
//! statistics, marketing and undeclared cookies from the server.

mod blocking;
mod bypass;
mod harness;
mod html;
mod http_state;
mod rules;
mod sites;
mod tls;
mod upstream;
