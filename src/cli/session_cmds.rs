//! The session commands of the command line: `draw` (cards from a deck, seeded), `summary`
//! (the Markdown, PDF, calendar or Word summary of a saved session file) and `session start`
//! (a new session, or the follow-up of an earlier one).
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

/// A session read from its file with its workshop and deck from the decks folder, and the notes
/// its summary carries.
struct Opened {
    session: Session,
    deck: Option<crate::model::Deck>,
    notes: Vec<crate::i18n::Message>,
}

/// Reads a session file (or its `.bak`) and finds its workshop and deck under the decks folder;
/// warnings go to `err`.
fn open_session(
    decks: &Path,
    session_file: &Path,
    language: Language,
    err: &mut dyn Write,
) -> Result<Opened, CliError> {
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
    Ok(Opened {
        session,
        deck,
        notes,
    })
}

/// `summary`: reads a session file (or its `.bak`), finds its workshop and deck under the decks
/// folder and writes the summary in the format asked for atomically; prints the path.
pub fn summary(
    decks: &Path,
    session_file: &Path,
    output: Option<PathBuf>,
    format: SummaryFormat,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let Opened {
        session,
        deck,
        notes,
    } = open_session(decks, session_file, language, err)?;
    let data = SummaryData::build(&session, deck.as_ref(), notes);
    let (bytes, extension) = match format {
        SummaryFormat::Md => (render_markdown(&data).into_bytes(), "md"),
        SummaryFormat::Pdf => {
            let export = render_document(&summary_document(&data)).map_err(CliError::Pdf)?;
            (export.bytes, "pdf")
        }
        SummaryFormat::Ics => {
            let export = crate::export::ics::calendar(&session);
            let warning = language.tr(Key::WarningPrefix);
            for item in &export.undated {
                let _ = writeln!(
                    err,
                    "{warning}: {}",
                    language.fmt(
                        Key::CliUndated,
                        &[("session", &session_file.display()), ("item", item)]
                    )
                );
            }
            if export.events == 0 {
                return Err(CliError::NoDates(session_file.to_path_buf()));
            }
            (export.text.into_bytes(), "ics")
        }
        SummaryFormat::Docx => (
            crate::export::docx::protocol(&data).map_err(CliError::Docx)?,
            "docx",
        ),
    };
    let mut name = session_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_owned());
    // Short enough that `-sammanfattning.docx` still makes a legal file name.
    let mut cut = name.len().min(200);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    name.truncate(cut);
    let stem = crate::paths::summary_stem(&name, data.language);
    let path = output_path(output, &format!("{stem}.{extension}"));
    write_atomic(&path, &bytes, true).map_err(|source| CliError::Write {
        path: path.clone(),
        source,
    })?;
    let _ = writeln!(out, "{}", path.display());
    Ok(())
}

/// Options of `session start`.
#[derive(Debug, Default)]
pub struct StartOptions {
    /// The earlier session a follow-up starts from.
    pub from: Option<PathBuf>,
    /// The planned start today, `HH:MM`.
    pub start: Option<String>,
    /// The seed of the draws.
    pub seed: Option<u64>,
    /// The sessions folder (the user's own by default).
    pub sessions: Option<PathBuf>,
}

/// `session start`: starts a session of a workshop (with `--from`, as the follow-up of an
/// earlier session: its open plan rows are carried over), saves it in the sessions folder, where
/// the app lists it, and prints its file. The facilitator continues it in the app.
pub fn start(
    decks: &Path,
    workshop: &str,
    options: &StartOptions,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let (library, workshop) =
        super::resolve::resolve_workshop(decks, workshop).map_err(CliError::Resolve)?;
    let earlier = match &options.from {
        Some(path) => Some(open_session(decks, path, language, err)?.session),
        None => None,
    };
    let minutes = options
        .start
        .as_deref()
        .map(crate::clock::parse_minutes)
        .transpose()
        .map_err(CliError::Clock)?;
    let store = match &options.sessions {
        Some(dir) => crate::session::SessionStore::new(dir),
        None => crate::session::SessionStore::user().ok_or(CliError::NoSessionsFolder)?,
    };
    let now = chrono::Utc::now();
    let minutes = minutes.unwrap_or_else(|| {
        crate::clock::parse_minutes(&crate::active::next_quarter_hour(now)).unwrap_or(0)
    });
    let planned_start = crate::active::planned_start_at(now, minutes);
    let deck = workshop
        .value
        .deck
        .as_deref()
        .and_then(|id| library.deck(id))
        .map(|d| d.value.clone());
    let seed = options.seed.unwrap_or_else(fresh_seed);
    let mut session = Session::new(
        workshop.value.clone(),
        content_hash(&workshop.source.text),
        deck.as_ref(),
        seed,
        planned_start,
        now,
    );
    let carried = match &earlier {
        Some(earlier) => Some(session.follow_up(earlier).map_err(CliError::FollowUp)?),
        None => None,
    };
    let (path, _lock) = store.create(&mut session).map_err(CliError::Session)?;
    if let (Some(n), Some(earlier)) = (carried, &earlier) {
        let _ = writeln!(
            err,
            "{}",
            language.fmt(
                Key::CliCarriedOver,
                &[("session", &earlier.id()), ("n", &n)]
            )
        );
    }
    let _ = writeln!(out, "{}", path.display());
    Ok(())
}
