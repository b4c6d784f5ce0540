//! What can go wrong in a command, said in the user's language, and the exit code each kind of
//! problem gives.
//!
//! Every subcommand returns a [`CliError`] carrying the typed error it met (a loader's
//! diagnostics, a PDF option, a session file, a write that failed); [`CliError::kind`] decides
//! the exit code from that type, never from a message's text, and [`Localized`] says it.

use std::path::PathBuf;

use crate::clock::ClockError;
use crate::i18n::{Key, Language, Localized, io_reason};
use crate::model::Diagnostic;
use crate::model::diagnostic::quoted_list;
use crate::pdf::PdfError;
use crate::session::{DrawError, SessionFileError};

/// The kinds of outcome, each with its exit code (the README's table and `--help` list them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// 0: done.
    Success,
    /// 1: a problem in the input: a file with errors, an id that is not there, a session that
    /// cannot be read, a draw that cannot be made, cards that do not fit with `--strict`, an
    /// output path that is a device, a pipe, a folder or a link (refused, nothing written).
    Input,
    /// 2: the command line cannot be used: an unknown command or option, or an option's value
    /// (a paper, a card size, a start time) that is not valid or does not fit.
    Usage,
    /// 3: the system refused to write a file (no permission, a full disk).
    Io,
    /// 4: a fault in this program (a PDF or a session that could not be made); please report.
    Internal,
}

impl ExitKind {
    /// The process's exit code.
    pub fn code(self) -> i32 {
        match self {
            ExitKind::Success => 0,
            ExitKind::Input => 1,
            ExitKind::Usage => 2,
            ExitKind::Io => 3,
            ExitKind::Internal => 4,
        }
    }
}

/// Which kind of file a name was looked up as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKindWanted {
    /// A deck.
    Deck,
    /// A workshop.
    Workshop,
}

/// Why a deck or workshop named on the command line could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Language::English))]
pub enum ResolveError {
    /// The file, or the file with that id, has errors: each of them.
    Broken(Vec<Diagnostic>),
    /// A file that is not of the kind wanted.
    NotOfKind {
        /// The file.
        path: PathBuf,
        /// What it should have been.
        kind: FileKindWanted,
    },
    /// No file and no item with that id.
    NoSuchId {
        /// What was looked for.
        kind: FileKindWanted,
        /// The id (or path) given.
        id: String,
        /// The folder searched.
        decks: PathBuf,
        /// The ids there are.
        known: Vec<String>,
    },
}

impl Localized for ResolveError {
    fn message(&self, language: Language) -> String {
        match self {
            ResolveError::Broken(diagnostics) => diagnostics
                .iter()
                .map(|d| d.message(language))
                .collect::<Vec<_>>()
                .join("\n"),
            ResolveError::NotOfKind { path, kind } => language.fmt(
                match kind {
                    FileKindWanted::Deck => Key::CliNotADeckFile,
                    FileKindWanted::Workshop => Key::CliNotAWorkshopFile,
                },
                &[("path", &path.display())],
            ),
            ResolveError::NoSuchId {
                kind,
                id,
                decks,
                known,
            } => {
                let known = if known.is_empty() {
                    language.tr(Key::DiagNone).to_string()
                } else {
                    quoted_list(known)
                };
                language.fmt(
                    match kind {
                        FileKindWanted::Deck => Key::CliNoSuchDeck,
                        FileKindWanted::Workshop => Key::CliNoSuchWorkshop,
                    },
                    &[("id", id), ("decks", &decks.display()), ("known", &known)],
                )
            }
        }
    }
}

/// What stopped a command.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::English))]
pub enum CliError {
    /// `check` found errors (they are printed already).
    Problems,
    /// A deck or workshop named on the command line cannot be used.
    Resolve(ResolveError),
    /// An export failed or an option of it cannot be used.
    Pdf(PdfError),
    /// `--start` is not a clock time.
    Clock(ClockError),
    /// A draw that cannot be made from the deck.
    Draw {
        /// The deck's id.
        deck: String,
        /// Why.
        error: DrawError,
    },
    /// `export` without a deck or `--test-sheet`.
    NoDeckNamed {
        /// The folder decks are looked up in.
        decks: PathBuf,
    },
    /// A session file that cannot be read.
    Session(SessionFileError),
    /// The session's workshop is not in the folder.
    WorkshopMissing {
        /// The session file.
        session: PathBuf,
        /// The workshop's id.
        workshop: String,
        /// The folder searched.
        decks: PathBuf,
        /// The workshops there are.
        known: Vec<String>,
    },
    /// An output file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// `summary --format ics` of a session with no dates (the session file).
    NoDates(PathBuf),
    /// The Word protocol could not be made.
    Docx(crate::export::docx::DocxError),
    /// `session start --from`: the follow-up cannot take the earlier plan over.
    FollowUp(crate::session::FollowUpError),
    /// `session start` without `--sessions` on a system that names no data folder.
    NoSessionsFolder,
}

impl CliError {
    /// The kind of problem, from the error's type: it chooses the exit code.
    pub fn kind(&self) -> ExitKind {
        match self {
            CliError::Problems
            | CliError::Resolve(_)
            | CliError::Draw { .. }
            | CliError::WorkshopMissing { .. }
            | CliError::NoDates(_)
            | CliError::FollowUp(_) => ExitKind::Input,
            CliError::NoSessionsFolder => ExitKind::Usage,
            CliError::Docx(_) => ExitKind::Internal,
            CliError::Pdf(PdfError::Option(_))
            | CliError::Clock(_)
            | CliError::NoDeckNamed { .. } => ExitKind::Usage,
            CliError::Pdf(PdfError::Overflow(_)) => ExitKind::Input,
            CliError::Pdf(PdfError::Render(_)) => ExitKind::Internal,
            // A session file that is not there was named wrong: the input's problem.
            CliError::Session(SessionFileError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                ExitKind::Input
            }
            // A target that is not an ordinary file (a device, a pipe, a folder, a link) was
            // refused before anything was written: the `-o` given is the input's problem.
            CliError::Write { source, .. } if source.kind() == std::io::ErrorKind::InvalidInput => {
                ExitKind::Input
            }
            CliError::Session(SessionFileError::Io { .. }) | CliError::Write { .. } => ExitKind::Io,
            CliError::Session(SessionFileError::Serialize(_)) => ExitKind::Internal,
            CliError::Session(_) => ExitKind::Input,
        }
    }

    /// Whether the message is the input's own located diagnostics, printed as they are
    /// (`file:line:col: error: …`) rather than after the command's name.
    pub fn is_diagnostics(&self) -> bool {
        matches!(
            self,
            CliError::Problems | CliError::Resolve(ResolveError::Broken(_))
        )
    }
}

impl Localized for CliError {
    fn message(&self, language: Language) -> String {
        match self {
            CliError::Problems => String::new(),
            CliError::Resolve(e) => e.message(language),
            CliError::Pdf(e @ (PdfError::Overflow(_) | PdfError::Render(_))) => format!(
                "{}\n{}",
                e.message(language),
                language.tr(Key::CliNothingWritten)
            ),
            CliError::Pdf(e) => e.message(language),
            CliError::Clock(e) => e.message(language),
            CliError::Draw { deck, error } => language.fmt(
                Key::CliDrawFailed,
                &[("deck", deck), ("error", &error.message(language))],
            ),
            CliError::NoDeckNamed { decks } => {
                language.fmt(Key::CliNameADeck, &[("decks", &decks.display())])
            }
            CliError::Session(e) => e.message(language),
            CliError::WorkshopMissing {
                session,
                workshop,
                decks,
                known,
            } => {
                let known = if known.is_empty() {
                    language.tr(Key::DiagNone).to_string()
                } else {
                    quoted_list(known)
                };
                language.fmt(
                    Key::CliWorkshopMissing,
                    &[
                        ("session", &session.display()),
                        ("workshop", workshop),
                        ("decks", &decks.display()),
                        ("known", &known),
                    ],
                )
            }
            CliError::Write { path, source } => language.fmt(
                Key::CliCannotWrite,
                &[
                    ("path", &path.display()),
                    ("reason", &io_reason(source, language)),
                ],
            ),
            CliError::NoDates(session) => {
                language.fmt(Key::CliNoDates, &[("session", &session.display())])
            }
            CliError::Docx(e) => e.message(language),
            CliError::FollowUp(e) => e.message(language),
            CliError::NoSessionsFolder => language.tr(Key::CliNoSessionsFolder).into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_comes_from_the_kind_of_error() {
        let option = crate::pdf::parse_paper("a5").expect_err("unknown paper");
        assert_eq!(CliError::Pdf(option).kind().code(), 2);
        assert_eq!(
            CliError::Pdf(PdfError::Overflow(vec!["a".into()]))
                .kind()
                .code(),
            1
        );
        assert_eq!(CliError::Pdf(PdfError::Render("x".into())).kind().code(), 4);
        let write = CliError::Write {
            path: "a.pdf".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert_eq!(write.kind(), ExitKind::Io);
        assert_eq!(write.kind().code(), 3);
        assert_eq!(
            write.message(Language::Swedish),
            "a.pdf kan inte skrivas: du saknar behörighet (eller platsen är skrivskyddad)"
        );
        // A target refused before writing (a device, a pipe, a link) is the input's problem.
        let refused = CliError::Write {
            path: "/dev/full".into(),
            source: crate::fsutil::check_target(std::path::Path::new("/"))
                .expect_err("a folder is refused"),
        };
        assert_eq!(refused.kind().code(), 1);
        assert_eq!(ExitKind::Success.code(), 0);
    }
}
