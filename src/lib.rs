//! The Innovationslek toolkit: card decks and Kirunamodellen workshops, facilitated sessions and
//! print-ready PDF decks, all offline.
//!
//! - [`model`]: the deck and workshop file formats, loading, validation and diagnostics.
//! - [`cli`]: the command line (`check`, `export`, `draw`, `guide`, `summary`), calling the same
//!   library functions as the app.
//! - [`session`]: a facilitated session: agenda, timers, seeded draws, captures, autosave and
//!   the summary (no interface, no clock, no global random generator).
//! - [`fsutil`]: atomic writes, so a failure never leaves a half-written file.
//! - [`report`]: the session summary as a PDF document (session and pdf meet only here).
//! - [`pdf`]: print-ready PDFs: card sheets (layout, faces, crop marks, backs), the duplex
//!   calibration sheet, and documents such as the facilitator guide.

pub mod cli;
pub mod fsutil;
pub mod model;
pub mod pdf;
pub mod report;
pub mod session;
