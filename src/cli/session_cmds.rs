//! The session commands of the command line: `draw` (cards from a deck, seeded) and `summary`
//! (the Markdown or PDF summary of a saved session file).
//!
//! Both call the session engine like the app does. This is the edge where a seed may come from
//! the system clock when none is given; the engine itself never reads a clock.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::resolve::resolve_deck;
use super::{EXIT_OK, EXIT_PROBLEM, SummaryFormat, output_path};
use crate::fsutil::write_atomic;
use crate::model::LoadOptions;
use crate::pdf::document::render_document;
use crate::report::summary_document;
use crate::session::{DrawPile, Session, SummaryData, content_hash, read_session, render_markdown};

/// A seed for a draw when none is given (see [`crate::seed::new_seed`]).
pub fn fresh_seed() -> u64 {
    crate::seed::new_seed()
}

/// `draw`: prints `id  title  (category)` per card; the seed on stderr when it was not given.
pub fn draw(
    decks: &Path,
    deck: &str,
    categories: &[String],
    count: u32,
    seed: Option<u64>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (_, deck) = match resolve_deck(decks, deck) {
        Ok(found) => found,
        Err(message) => {
            let _ = writeln!(err, "innovationslek draw: {message}");
            return EXIT_PROBLEM;
        }
    };
    let deck = deck.value;
    let chosen_seed = seed.unwrap_or_else(fresh_seed);
    let mut pile = DrawPile::new(&deck, chosen_seed);
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    // The instant is recorded in the pile's history, which the command line does not keep.
    let cards = match pile.draw(categories, count, None, chrono::DateTime::UNIX_EPOCH) {
        Ok(cards) => cards,
        Err(e) => {
            let _ = writeln!(err, "innovationslek draw: deck `{}`: {e}", deck.id);
            return EXIT_PROBLEM;
        }
    };
    for card in cards {
        let category = deck
            .categories
            .iter()
            .find(|c| c.id == card.category)
            .map_or(card.category.as_str(), |c| c.name.as_str());
        let _ = writeln!(out, "{}  {}  ({category})", card.id, card.title);
    }
    if seed.is_none() {
        let _ = writeln!(
            err,
            "seed {chosen_seed} (draw the same cards again with --seed {chosen_seed})"
        );
    }
    EXIT_OK
}

/// `summary`: reads a session file (or its `.bak`), finds its workshop and deck under the decks
/// folder and writes the Markdown summary atomically; prints the path.
pub fn summary(
    decks: &Path,
    session_file: &Path,
    output: Option<PathBuf>,
    format: SummaryFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let loaded = match read_session(session_file) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(err, "innovationslek summary: {e}");
            return EXIT_PROBLEM;
        }
    };
    for notice in &loaded.notices {
        let _ = writeln!(err, "warning: {notice}");
    }
    let file = loaded.file;
    let bundled = super::resolve::uses_bundled(decks);
    let roots = if bundled {
        Vec::new()
    } else {
        vec![decks.to_path_buf()]
    };
    let library = crate::content::load_library(&roots, bundled, LoadOptions::default());
    let Some(workshop) = library.workshop(&file.workshop) else {
        let known: Vec<&str> = library
            .workshops
            .iter()
            .map(|w| w.value.id.as_str())
            .collect();
        let _ = writeln!(
            err,
            "innovationslek summary: {}: the session's workshop `{}` is not under {} (workshops: {}); give the folder that holds it with --decks",
            session_file.display(),
            file.workshop,
            decks.display(),
            if known.is_empty() {
                "none".to_owned()
            } else {
                crate::model::diagnostic::quoted_list(known)
            }
        );
        return EXIT_PROBLEM;
    };
    let hash = content_hash(&workshop.source.text);
    let deck = file
        .deck
        .as_deref()
        .and_then(|id| library.deck(id))
        .map(|d| d.value.clone());
    let deck_missing = file.deck.as_ref().filter(|_| deck.is_none()).cloned();
    let (session, resume_notices) = Session::resume(file, workshop.value.clone(), &hash);
    let mut notes: Vec<String> = resume_notices.iter().map(ToString::to_string).collect();
    if let Some(id) = deck_missing {
        notes.push(format!(
            "the deck `{id}` is not under {}; categories are shown by id",
            decks.display()
        ));
    }
    for note in &notes {
        let _ = writeln!(err, "warning: {}: {note}", session_file.display());
    }
    if loaded.from_backup {
        notes.extend(loaded.notices.iter().cloned());
    }
    let data = SummaryData::build(&session, deck.as_ref(), notes);
    let (bytes, extension) = match format {
        SummaryFormat::Md => (render_markdown(&data).into_bytes(), "md"),
        SummaryFormat::Pdf => match render_document(&summary_document(&data)) {
            Ok(export) => (export.bytes, "pdf"),
            Err(e) => {
                let _ = writeln!(err, "innovationslek summary: {e}");
                return EXIT_PROBLEM;
            }
        },
    };
    let mut name = session_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_owned());
    // Short enough that `-summary.pdf` still makes a legal file name.
    let mut cut = name.len().min(200);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    name.truncate(cut);
    let path = output_path(output, &format!("{name}-summary.{extension}"));
    if let Err(e) = write_atomic(&path, &bytes, true) {
        let _ = writeln!(
            err,
            "innovationslek summary: cannot write {}: {e}",
            path.display()
        );
        return EXIT_PROBLEM;
    }
    let _ = writeln!(out, "{}", path.display());
    EXIT_OK
}
