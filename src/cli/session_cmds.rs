//! The session commands of the command line: `draw` (cards from a deck, seeded) and `summary`
//! (the Markdown or PDF summary of a saved session file).
//!
//! Both call the session engine like the app does. This is the edge where a seed may come from
//! the system clock when none is given; the engine itself never reads a clock.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::CliError;
use super::resolve::resolve_deck;
use super::{SummaryFormat, output_path};
use crate::fsutil::write_atomic;
use crate::i18n::{Key, Language, Localized};
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
    (deck, categories, count, seed): (&str, &[String], u32, Option<u64>),
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let (_, deck) = resolve_deck(decks, deck).map_err(CliError::Resolve)?;
    let deck = deck.value;
    let chosen_seed = seed.unwrap_or_else(fresh_seed);
    let mut pile = DrawPile::new(&deck, chosen_seed);
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    // The instant is recorded in the pile's history, which the command line does not keep.
    let cards = pile
        .draw(categories, count, None, chrono::DateTime::UNIX_EPOCH)
        .map_err(|error| CliError::Draw {
            deck: deck.id.clone(),
            error,
        })?;
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
            "{}",
            language.fmt(Key::CliSeed, &[("seed", &chosen_seed)])
        );
    }
    Ok(())
}

/// `summary`: reads a session file (or its `.bak`), finds its workshop and deck under the decks
/// folder and writes the Markdown summary atomically; prints the path.
pub fn summary(
    decks: &Path,
    session_file: &Path,
    output: Option<PathBuf>,
    format: SummaryFormat,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let warning = language.tr(Key::WarningPrefix);
    let loaded = read_session(session_file).map_err(CliError::Session)?;
    for notice in &loaded.notices {
        let _ = writeln!(err, "{warning}: {}", notice.message(language));
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
        return Err(CliError::WorkshopMissing {
            session: session_file.to_path_buf(),
            workshop: file.workshop.clone(),
            decks: decks.to_path_buf(),
            known: library
                .workshops
                .iter()
                .map(|w| w.value.id.clone())
                .collect(),
        });
    };
    let hash = content_hash(&workshop.source.text);
    let deck = file
        .deck
        .as_deref()
        .and_then(|id| library.deck(id))
        .map(|d| d.value.clone());
    let deck_missing = file.deck.as_ref().filter(|_| deck.is_none()).cloned();
    let (session, resume_notices) = Session::resume(file, workshop.value.clone(), &hash);
    // Said here in the command line's language; in the summary in the session's.
    let mut notes: Vec<crate::i18n::Message> =
        resume_notices.iter().map(|n| n.to_message()).collect();
    if let Some(id) = deck_missing {
        notes.push(
            crate::i18n::Message::new(Key::CliDeckMissingNote)
                .with("deck", id)
                .with("decks", decks.display()),
        );
    }
    for note in &notes {
        let _ = writeln!(
            err,
            "{warning}: {}: {}",
            session_file.display(),
            note.message(language)
        );
    }
    if loaded.from_backup {
        notes.extend(loaded.notices.iter().cloned());
    }
    let data = SummaryData::build(&session, deck.as_ref(), notes);
    let (bytes, extension) = match format {
        SummaryFormat::Md => (render_markdown(&data).into_bytes(), "md"),
        SummaryFormat::Pdf => {
            let export = render_document(&summary_document(&data)).map_err(CliError::Pdf)?;
            (export.bytes, "pdf")
        }
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
    write_atomic(&path, &bytes, true).map_err(|source| CliError::Write {
        path: path.clone(),
        source,
    })?;
    let _ = writeln!(out, "{}", path.display());
    Ok(())
}
