//! The Innovationslek toolkit: card decks and Kirunamodellen workshops, facilitated sessions and
//! print-ready PDF decks, all offline.
//!
//! - [`model`]: the deck and workshop file formats, loading, validation and diagnostics.
//! - [`cli`]: the command line (`check`, `export`, `draw`, `guide`, `summary`), calling the same
//!   library functions as the app.
//! - [`fsutil`]: atomic writes, so a failure never leaves a half-written file.
//! - [`pdf`]: print-ready PDFs: card sheets (layout, faces, crop marks, backs), the duplex
//!   calibration sheet, and documents such as the facilitator guide.

pub mod cli;
pub mod fsutil;
pub mod model;
pub mod pdf;
