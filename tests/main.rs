//! The integration tests, compiled into one binary: bundled content and file rules (`decks`),
//! the command line (`cli`), print-ready PDFs (`pdf`), the session engine and its commands
//! (`session`), the app (`ui`).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod architecture;
mod choosing;
mod choosing_ui;
mod cli;
mod cockpit;
mod decks;
mod errors;
mod followup;
mod hardening;
mod home;
mod literals;
mod pdf;
mod print_design;
mod session;
mod support;
mod ui;
mod workshop;
