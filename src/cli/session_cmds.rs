//! The session commands of the command line: `draw` (cards from a deck, seeded) and `summary`
//! (the Markdown, PDF, calendar or Word summary of a saved session file).
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

/// A session read from its file with its workshop and deck from the decks folder, and what the
/// reader should be told about it.
struct Opened {
    session: Session,
    deck: Option<crate::model::Deck>,
    notes: Vec<String>,
}

/// Reads a session file (or its `.bak`) and finds its workshop and deck under the decks folder;
/// every problem is written to `err` under the command's name, and gives exit code 1.
fn open_session(
    command: &str,
    decks: &Path,
    session_file: &Path,
    err: &mut dyn Write,
) -> Result<Opened, i32> {
    let loaded = match read_session(session_file) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(err, "innovationslek {command}: {e}");
            return Err(EXIT_PROBLEM);
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
            "innovationslek {command}: {}: the session's workshop `{}` is not under {} (workshops: {}); give the folder that holds it with --decks",
            session_file.display(),
            file.workshop,
            decks.display(),
            if known.is_empty() {
                "none".to_owned()
            } else {
                crate::model::diagnostic::quoted_list(known)
            }
        );
        return Err(EXIT_PROBLEM);
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
    Ok(Opened {
        session,
        deck,
        notes,
    })
}

/// `summary`: reads a session file (or its `.bak`), finds its workshop and deck under the decks
/// folder and writes the summary atomically in the format asked for; prints the path.
pub fn summary(
    decks: &Path,
    session_file: &Path,
    output: Option<PathBuf>,
    format: SummaryFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let Opened {
        session,
        deck,
        notes,
    } = match open_session("summary", decks, session_file, err) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
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
        SummaryFormat::Ics => {
            let export = crate::export::ics::calendar(&session);
            for item in &export.undated {
                let _ = writeln!(
                    err,
                    "warning: {}: no date in the follow-up item \"{item}\"; write dates as YYYY-MM-DD to have them in the calendar",
                    session_file.display()
                );
            }
            if export.events == 0 {
                let _ = writeln!(
                    err,
                    "innovationslek summary: {}: no dates for a calendar: write follow-up dates (YYYY-MM-DD) in the follow-up list or due dates in the action plan",
                    session_file.display()
                );
                return EXIT_PROBLEM;
            }
            (export.text.into_bytes(), "ics")
        }
        SummaryFormat::Docx => match crate::export::docx::protocol(&data) {
            Ok(bytes) => (bytes, "docx"),
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
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (library, workshop) = match super::resolve::resolve_workshop(decks, workshop) {
        Ok(found) => found,
        Err(message) => {
            let _ = writeln!(err, "innovationslek session start: {message}");
            return EXIT_PROBLEM;
        }
    };
    let earlier = match &options.from {
        Some(path) => match open_session("session start", decks, path, err) {
            Ok(opened) => Some(opened.session),
            Err(code) => return code,
        },
        None => None,
    };
    let minutes = match options.start.as_deref() {
        Some(text) => match crate::pdf::guide::parse_start(text) {
            Ok(m) => Some(m),
            Err(e) => {
                let _ = writeln!(err, "innovationslek session start: {e}");
                return EXIT_PROBLEM;
            }
        },
        None => None,
    };
    let store = match &options.sessions {
        Some(dir) => crate::session::SessionStore::new(dir),
        None => match crate::session::SessionStore::user() {
            Some(store) => store,
            None => {
                let _ = writeln!(
                    err,
                    "innovationslek session start: no data folder for sessions on this system; give one with --sessions DIR"
                );
                return EXIT_PROBLEM;
            }
        },
    };
    let now = chrono::Utc::now();
    let planned_start = match minutes {
        Some(m) => crate::app::planned_start_at(now, m),
        None => {
            let next = crate::app::next_quarter_hour(now);
            let m = crate::pdf::guide::parse_start(&next).unwrap_or(0);
            crate::app::planned_start_at(now, m)
        }
    };
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
        Some(earlier) => match session.follow_up(earlier) {
            Ok(n) => Some(n),
            Err(e) => {
                let _ = writeln!(err, "innovationslek session start: {e}");
                return EXIT_PROBLEM;
            }
        },
        None => None,
    };
    let path = match store.create(&mut session) {
        Ok((path, _lock)) => path,
        Err(e) => {
            let _ = writeln!(err, "innovationslek session start: {e}");
            return EXIT_PROBLEM;
        }
    };
    if let (Some(n), Some(earlier)) = (carried, &earlier) {
        let _ = writeln!(
            err,
            "follow-up of {}: {n} open action plan rows carried over",
            earlier.id()
        );
    }
    let _ = writeln!(out, "{}", path.display());
    EXIT_OK
}
