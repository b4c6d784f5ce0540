//! The session file: one RON value with everything a session must keep, saved atomically with
//! the previous version as `.bak`, and the store of sessions in the user's data folder.
//!
//! This module owns the file format (versioned, see `docs/sessions.md`), reading with a fallback
//! to `.bak`, refusing files from newer versions, and listing unfinished sessions. It does not
//! interpret the session; [`super::Session`] does. Session files hold what people wrote, names
//! included, so they are written readable by the user only (0600 on Unix) into a folder only the
//! user can open (0700), and a file that cannot be read is never overwritten.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::i18n::{IoMessage, Key as K, Message, io_message};

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::RoleAssignment;
use super::capture::Capture;
use super::draw::DrawPile;
use super::followup::FollowUpOrigin;
use super::plan::RowState;
use super::timer::StepTiming;

mod store;

pub use store::{
    ListedSession, LockHeld, SessionListing, SessionLock, SessionStore, data_folder, lock_path,
};

/// The version of the session file this program writes and the newest it reads. Version 2 added
/// honest step states (`done`, `worked`, the current visit); version-1 files load and are
/// upgraded (see [`SessionFile::upgrade`]). Version 3 added the `Votes` and `Matrix` captures,
/// the action plan's row states (`plan_rows`) and the follow-up's link to its earlier session
/// (`follows`), which older programs cannot read or would drop; version-1 and version-2 files
/// load unchanged.
pub const FILE_VERSION: u32 = 3;

/// Everything saved about a session. Fields added later get `#[serde(default)]` so older files
/// keep loading; a change older programs cannot read raises [`FILE_VERSION`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFile {
    /// The file format's version, [`FILE_VERSION`] when written by this program.
    pub version: u32,
    /// The session's id; also the file's name without `.ron`.
    pub id: String,
    /// The workshop's id.
    pub workshop: String,
    /// The workshop's title when the session was created, for lists and messages.
    #[serde(default)]
    pub workshop_title: String,
    /// SHA-256 of the workshop file's text (lower-case hex), to tell when it changed.
    #[serde(default)]
    pub workshop_hash: String,
    /// The id of the deck the draws come from.
    #[serde(default)]
    pub deck: Option<String>,
    /// The seed of the draws.
    pub seed: u64,
    /// The planned start, a local clock time with its UTC offset.
    pub planned_start: DateTime<FixedOffset>,
    /// When the session was created.
    pub created: DateTime<Utc>,
    /// When it last changed.
    pub updated: DateTime<Utc>,
    /// When it ended; `None` while it is unfinished.
    #[serde(default)]
    pub finished: Option<DateTime<Utc>>,
    /// The id of the current step.
    #[serde(default)]
    pub current_step: String,
    /// The timing of every step: planned minutes, runs (started, paused), extensions, when left.
    #[serde(default)]
    pub steps: Vec<StepTiming>,
    /// The draw pile: seed, generator position, table, kept, discards and history.
    #[serde(default)]
    pub draws: Option<DrawPile>,
    /// Every capture, keyed by field id.
    #[serde(default)]
    pub captures: BTreeMap<String, Capture>,
    /// Who had which role.
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
    /// What happened in the current step since it was last entered (version 2).
    #[serde(default)]
    pub visit: Visit,
    /// The preparation items ticked before the start (version 2), as written in the workshop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prepared: Vec<String>,
    /// The status, due date and origin of table rows, keyed by field id, one per row in the
    /// table's order (version 3; see [`super::plan`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plan_rows: BTreeMap<String, Vec<RowState>>,
    /// The earlier session this one follows up (version 3; see [`super::followup`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<FollowUpOrigin>,
}

/// What happened in the current step since it was last entered. It decides what leaving the
/// step does to its state, so that looking at a step changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    /// Something was done in the step during this visit: cards, writing, a timer action (a
    /// running timer carried in from the step before does not count).
    #[serde(default)]
    pub worked: bool,
    /// The step's timer ran during this visit (started here, or carried in).
    #[serde(default)]
    pub ran: bool,
    /// The step was marked done during this visit.
    #[serde(default)]
    pub finished: bool,
    /// The step this visit came from and how both steps were just before, so that going straight
    /// back with nothing done in between returns exactly to where the facilitator was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub came_from: Option<Box<CameFrom>>,
}

/// The step a visit came from, as it was when it was left (see [`Visit::came_from`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CameFrom {
    /// The step's id.
    pub step: String,
    /// Its timing just before it was left.
    pub left: StepTiming,
    /// The timing of the step entered, just before it was entered.
    pub entered: StepTiming,
    /// The visit that was left (without its own `came_from`).
    pub visit: Visit,
}

/// Only the version, read first so a newer file is refused with a clear message.
#[derive(Deserialize)]
#[serde(rename = "SessionFile")]
struct VersionProbe {
    version: u32,
}

/// Why a session file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SessionFileError {
    /// Reading or writing failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was written by a newer version of the program.
    #[error(
        "{}: this session was saved by a newer version of Innovationslek (file version {version}; this version reads up to {FILE_VERSION}); update the program to open it. The file is left unchanged.",
        path.display()
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its version.
        version: u32,
    },
    /// Neither the file nor its `.bak` could be read.
    #[error("{}: the session cannot be read ({problem}); the file is kept unchanged", path.display())]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong with the file and with its `.bak`, in words with the RON position.
        problem: Message,
    },
    /// The session could not be turned into text (should not happen).
    #[error("cannot write the session: {0}")]
    Serialize(String),
}

impl crate::i18n::Localized for SessionFileError {
    fn message(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::Key;
        match self {
            SessionFileError::Io { path, source } => language.fmt(
                Key::ErrSessionIo,
                &[
                    ("path", &path.display()),
                    ("reason", &crate::i18n::io_reason(source, language)),
                ],
            ),
            SessionFileError::Newer { path, version } => language.fmt(
                Key::ErrSessionNewer,
                &[
                    ("path", &path.display()),
                    ("version", version),
                    ("supported", &FILE_VERSION),
                ],
            ),
            SessionFileError::Damaged { path, problem } => language.fmt(
                Key::ErrSessionDamaged,
                &[
                    ("path", &path.display()),
                    ("problem", &problem.message(language)),
                ],
            ),
            SessionFileError::Serialize(_) => language.tr(Key::ErrSessionSerialize).to_string(),
        }
    }
}

/// A session file as read: the value, where it came from, and what to tell the user.
#[derive(Debug, Clone)]
pub struct LoadedSession {
    /// The saved state.
    pub file: SessionFile,
    /// The file that was asked for.
    pub path: PathBuf,
    /// Whether the value came from the `.bak` file because the main file was damaged or missing.
    pub from_backup: bool,
    /// Messages for the user, such as "loaded the previous save".
    pub notices: Vec<Message>,
}

/// SHA-256 of a workshop file's text, as lower-case hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The `.bak` path next to a session file (`x.ron` → `x.ron.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A value as the store writes it: pretty RON with struct names, two-space indents and a final
/// newline (session files and preparation drafts alike).
pub(crate) fn pretty_ron<T: serde::Serialize>(value: &T) -> Result<String, SessionFileError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("  ".to_owned());
    crate::model::ron_options()
        .to_string_pretty(value, config)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| SessionFileError::Serialize(e.to_string()))
}

impl SessionFile {
    /// The file's text (pretty RON).
    pub fn to_ron(&self) -> Result<String, SessionFileError> {
        pretty_ron(self)
    }

    /// Reads a session file's text; the error says what is wrong (a newer version, or where
    /// the text is damaged).
    pub fn from_ron(text: &str) -> Result<SessionFile, Message> {
        Self::parse(text).map_err(|p| p.to_message())
    }

    /// Reads a session file's text: a newer version is refused, anything unreadable is an
    /// `Err` with the problem in words.
    fn parse(text: &str) -> Result<SessionFile, Problem> {
        let options = crate::model::ron_options();
        match options.from_str::<VersionProbe>(text) {
            Ok(p) if p.version > FILE_VERSION => {
                return Err(Problem::Newer(p.version));
            }
            Ok(_) => {}
            Err(e) => return Err(Problem::Damaged(ron_damage(&e))),
        }
        let mut file = options
            .from_str::<SessionFile>(text)
            .map_err(|e| Problem::Damaged(ron_damage(&e)))?;
        file.check_ranges().map_err(Problem::Damaged)?;
        file.upgrade();
        Ok(file)
    }

    /// Brings a file of an older version up to [`FILE_VERSION`]. Version 1 had no `done` marks:
    /// a step it showed as done (started, then left) or that was worked in is marked done when
    /// it was left, so a resumed session paces as it did before; the current step is open.
    pub fn upgrade(&mut self) {
        if self.version < 2 {
            for t in &mut self.steps {
                if t.step != self.current_step
                    && !t.skipped
                    && t.done.is_none()
                    && !t.runs.is_empty()
                    && let Some(ended) = t.ended
                {
                    t.done = Some(ended);
                    t.worked = true;
                }
            }
            if self.finished.is_some()
                && let Some(t) = self.steps.iter_mut().find(|t| t.step == self.current_step)
                && !t.runs.is_empty()
            {
                t.done = t.done.or(t.ended);
                t.worked = true;
            }
        }
        self.version = self.version.max(FILE_VERSION);
    }

    /// Whether every time value lies in a range a real session can have: instants between the
    /// years [`FIRST_YEAR`] and [`LAST_YEAR`], time boxes and added minutes of at most a day per
    /// step. A file outside them was damaged or made by hand, and is refused as damaged rather
    /// than letting clock arithmetic overflow later.
    pub fn check_ranges(&self) -> Result<(), Message> {
        use chrono::Datelike as _;
        let instant = |what: Message, at: DateTime<Utc>| -> Result<(), Message> {
            if (FIRST_YEAR..=LAST_YEAR).contains(&at.year()) {
                Ok(())
            } else {
                Err(Message::new(K::DmgYear)
                    .part("what", what)
                    .with("year", at.year())
                    .with("first", FIRST_YEAR)
                    .with("last", LAST_YEAR))
            }
        };
        let word = |key| Message::new(key);
        instant(
            word(K::DmgPlannedStart),
            self.planned_start.with_timezone(&Utc),
        )?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&self.planned_start.year()) {
            return Err(Message::new(K::DmgPlannedOutOfRange));
        }
        instant(word(K::DmgCreated), self.created)?;
        instant(word(K::DmgUpdated), self.updated)?;
        if let Some(finished) = self.finished {
            instant(word(K::DmgFinished), finished)?;
        }
        for step in &self.steps {
            let of_step = |key| Message::new(key).with("step", &step.step);
            if step.planned_minutes > MAX_STEP_MINUTES {
                return Err(of_step(K::DmgTimeBox).with("minutes", step.planned_minutes));
            }
            for run in &step.runs {
                instant(of_step(K::DmgRunOf), run.from)?;
                if let Some(to) = run.to {
                    instant(of_step(K::DmgRunOf), to)?;
                }
            }
            for extension in &step.extensions {
                instant(of_step(K::DmgAddedTimeOf), extension.at)?;
            }
            let extra = step.extra_minutes();
            if extra.abs() > i64::from(MAX_STEP_MINUTES) {
                return Err(of_step(K::DmgExtra).with("minutes", extra));
            }
            if let Some(ended) = step.ended {
                instant(of_step(K::DmgEndOf), ended)?;
            }
        }
        if let Some(draws) = &self.draws {
            for event in draws.history() {
                let at = match event {
                    super::draw::PileEvent::Draw(record) => record.at,
                    super::draw::PileEvent::Reshuffle { at, .. } => *at,
                };
                instant(word(K::DmgDraw), at)?;
            }
        }
        Ok(())
    }
}

/// The first year a session file's instants may be in.
pub const FIRST_YEAR: i32 = 2000;
/// The last year a session file's instants may be in.
pub const LAST_YEAR: i32 = 2200;
/// The longest time box, and the most minutes added or removed, of one step: a day.
pub const MAX_STEP_MINUTES: u32 = 24 * 60;

enum Problem {
    Missing,
    Newer(u32),
    Damaged(Message),
}

impl Problem {
    fn to_message(&self) -> Message {
        match self {
            Problem::Missing => Message::new(K::DmgMissing),
            Problem::Newer(version) => Message::new(K::DmgNewer)
                .with("version", version)
                .with("supported", FILE_VERSION),
            Problem::Damaged(m) => m.clone(),
        }
    }
}

/// What RON found wrong in a session file, in words, with its line and column.
fn ron_damage(error: &ron::error::SpannedError) -> Message {
    Message::new(K::DmgAt)
        .with("line", error.span.start.line)
        .with("column", error.span.start.col)
        .part("problem", ron_problem(&error.code))
}

/// What RON found wrong in a session file, in words: the deck parser's words
/// ([`crate::model::parse::describe`]), except for dates, whose errors come from chrono in
/// English and are said here instead.
fn ron_problem(code: &ron::Error) -> Message {
    match code {
        ron::Error::Message(text) => match text.as_str() {
            // chrono's `ParseErrorKind`s, as its `Display` writes them.
            "input is out of range" | "no possible date and time matching input" => {
                Message::new(K::DmgNoSuchDate)
            }
            "input contains invalid characters"
            | "premature end of input"
            | "trailing input"
            | "input is not enough for unique date and time"
            | "bad or unsupported format string" => Message::new(K::DmgDateTime),
            _ => crate::model::parse::describe(code),
        },
        other => crate::model::parse::describe(other),
    }
}

fn read_one(path: &Path) -> Result<SessionFile, Problem> {
    let bytes = match read_limited(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(Problem::Missing),
        Err(e) => {
            return Err(Problem::Damaged(
                Message::new(K::DmgCannotRead).part("reason", io_message(&e)),
            ));
        }
    };
    let text =
        String::from_utf8(bytes).map_err(|_| Problem::Damaged(Message::new(K::DmgNotUtf8)))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    SessionFile::parse(text)
}

/// Session files larger than this are refused unread (a real one is well under 1 MiB).
pub const MAX_SESSION_BYTES: u64 = crate::model::parse::MAX_FILE_BYTES;

/// Reads an ordinary file of at most [`MAX_SESSION_BYTES`]. A pipe, a device or a folder is
/// refused before it is opened (reading a pipe would wait forever, `/dev/zero` never ends).
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read as _;
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            IoMessage(Message::new(K::DmgNotRegular)),
        ));
    }
    let too_large = || {
        io::Error::new(
            io::ErrorKind::InvalidData,
            IoMessage(Message::new(K::DmgTooLarge).with("mib", MAX_SESSION_BYTES / (1024 * 1024))),
        )
    };
    if meta.len() > MAX_SESSION_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_SESSION_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_SESSION_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads a session file, falling back to its `.bak` when the file is damaged or missing.
/// Nothing on disk is changed.
pub fn read_session(path: &Path) -> Result<LoadedSession, SessionFileError> {
    let main = match read_one(path) {
        Ok(file) => {
            return Ok(LoadedSession {
                file,
                path: path.to_path_buf(),
                from_backup: false,
                notices: Vec::new(),
            });
        }
        Err(Problem::Newer(version)) => {
            return Err(SessionFileError::Newer {
                path: path.to_path_buf(),
                version,
            });
        }
        Err(p) => p,
    };
    let bak = backup_path(path);
    match read_one(&bak) {
        Ok(file) => {
            let notice = match &main {
                Problem::Damaged(m) => {
                    Message::new(K::DmgLoadedBackupDamaged).part("problem", m.clone())
                }
                _ => Message::new(K::DmgLoadedBackupMissing),
            };
            Ok(LoadedSession {
                file,
                path: path.to_path_buf(),
                from_backup: true,
                notices: vec![
                    notice
                        .with("path", path.display())
                        .with("bak", bak.display()),
                ],
            })
        }
        Err(Problem::Newer(version)) => Err(SessionFileError::Newer { path: bak, version }),
        Err(bak_problem) => match (main, bak_problem) {
            (Problem::Missing, Problem::Missing) => Err(SessionFileError::Io {
                path: path.to_path_buf(),
                source: io::Error::from(io::ErrorKind::NotFound),
            }),
            (main, bak_problem) => Err(SessionFileError::Damaged {
                path: path.to_path_buf(),
                problem: Message::new(K::DmgBoth)
                    .part("file", main.to_message())
                    .with("bak", bak.display())
                    .part("backup", bak_problem.to_message()),
            }),
        },
    }
}

/// Writes a session file atomically and privately; the version it replaces becomes `.bak`.
/// The new text is written and synced before anything else changes, so the file exists at
/// every moment and, if the process dies at any point, it is either the previous save or the
/// new one, complete.
pub fn write_session(path: &Path, file: &SessionFile) -> Result<(), SessionFileError> {
    write_session_text(path, &file.to_ron()?)
}

/// Writes a session file's text (from [`SessionFile::to_ron`]) like [`write_session`]. Lets the
/// app turn the session into text on its own thread (about 2 ms for 500 captured items) and
/// leave the durable write, which waits for the disk, to another.
pub fn write_session_text(path: &Path, text: &str) -> Result<(), SessionFileError> {
    crate::fsutil::write_atomic_with_backup(path, text.as_bytes(), true, &backup_path(path))
        .map_err(|source| SessionFileError::Io {
            path: path.to_path_buf(),
            source,
        })
}
