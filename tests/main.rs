//! The integration tests, compiled into one binary: bundled content and file rules (`decks`),
//! the command line (`cli`), print-ready PDFs (`pdf`), the session engine and its commands
//! (`session`), the app (`ui`).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cli;
mod decks;
mod hardening;
mod pdf;
mod session;
mod support;
mod ui;
mod workshop;
