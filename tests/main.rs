//! The integration tests, compiled into one binary: bundled content and file rules (`decks`),
//! the command line (`cli`), the app (`ui`).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cli;
mod decks;
mod support;
mod ui;
