//! The Innovationslek toolkit: card decks and Kirunamodellen workshops, facilitated sessions and
//! print-ready PDF decks, all offline.
//!
//! - [`model`]: the deck and workshop file formats, loading, validation and diagnostics.
//! - [`cli`]: the command line (`check`, `export`, `draw`, `guide`, `summary`), calling the same
//!   library functions as the app.
//! - [`clock`]: clock times `HH:MM`, parsed and printed the same way everywhere.
//! - [`session`]: a facilitated session: agenda, timers, seeded draws, captures, autosave and
//!   the summary (no interface, no clock, no global random generator).
//! - [`colour`]: `#RRGGBB` colours and the WCAG contrast, for the screen and the paper alike.
//! - [`content`]: where decks and workshops come from: the bundled ones compiled in, and the
//!   user's own folder in their documents.
//! - [`content_load`]: reading the library and watching its folders in a background thread.
//! - [`desktop`]: the system's folder and save dialogs and opening files, in the background.
//! - [`icons`]: the icon font and its characters, by constant and by name.
//! - [`fsutil`]: atomic writes, so a failure never leaves a half-written file.
//! - [`report`]: the session summary as a PDF document (session and pdf meet only here).
//! - [`export`]: the summary for other programs: a calendar (`.ics`) and a Word protocol.
//! - [`paths`]: default folders and output names, shared by the app and the command line.
//! - [`seed`]: new seeds for draws (from the system's random source), for the app and the CLI.
//! - [`pdf`]: print-ready PDFs: card sheets (layout, faces, crop marks, backs), the duplex
//!   calibration sheet, and documents such as the facilitator guide.
//! - [`i18n`]: every word the user reads, in Swedish and English (one Fluent catalogue).
//! - [`ui`]: the egui views (library, card browser, settings), themes and the interface's words.
//! - [`active`]: the session the app has open, and the local clock times a session starts at.
//! - [`app`]: the eframe app that owns the library and settings and applies the views' commands.
//! - [`watch`]: watching the decks folder so the app reloads files changed on disk.
//! - [`jobs`]: exports running in a background thread for the app.

pub mod active;
pub mod app;
pub mod cli;
pub mod clock;
pub mod colour;
pub mod content;
pub mod content_load;
pub mod desktop;
pub mod export;
pub mod fsutil;
pub mod i18n;
pub mod icons;
pub mod jobs;
pub mod model;
pub mod paths;
pub mod pdf;
pub mod report;
pub mod seed;
pub mod session;
pub mod ui;
pub mod watch;
