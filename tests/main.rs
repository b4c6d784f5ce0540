//! The integration tests, compiled into one binary: bundled content and file rules (`decks`),
//! the command line (`cli`), the session engine and its commands (`session`).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cli;
mod decks;
mod session;
mod support;
