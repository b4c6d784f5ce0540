//! Decks and workshops: the file contract's types, reading and parsing RON, validation with
//! located diagnostics, and the [`Library`] of everything loaded from a folder tree.
//!
//! This module knows nothing of sessions, printing or the interface; everything else builds on
//! it. The flow is: bytes ([`parse::read_source`]) → typed values ([`parse::parse`]) → rules
//! ([`validate`]) → cross-file rules ([`Library`]).

pub mod diagnostic;
pub mod library;
pub mod parse;
pub mod sample;
pub mod source;
pub mod types;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use library::{FileReport, Library, LoadOptions, Loaded, Summary};
pub use parse::{FileKind, ron_options};
pub use source::SourceFile;
pub use types::{
    BackStyle, Card, CardBack, CarryOver, Category, Deck, Draw, Field, FieldKind, Role, Step,
    Workshop,
};
