//! Why something the user asked for in the app could not be done.

use super::*;

/// Why something the user asked for in the app could not be done; shown in the interface's
/// language through [`Localized`].
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The start time is not a clock time.
    #[error(transparent)]
    Clock(#[from] crate::clock::ClockError),
    /// The seed is not a whole number.
    #[error("the seed `{0}` is not a whole number")]
    BadSeed(String),
    /// A workshop that is not in the library.
    #[error("the workshop `{0}` is not in the library")]
    NoSuchWorkshop(String),
    /// The system names no folder for the program's data.
    #[error("the system names no data folder; sessions cannot be saved")]
    NoDataFolder,
    /// A session file could not be read or written.
    #[error(transparent)]
    SessionFile(#[from] crate::session::SessionFileError),
    /// A PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    /// A file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// No session is open for what was asked.
    #[error("no session is open")]
    NoSession,
    /// The session has no dates for a calendar.
    #[error("the session has no dates for a calendar")]
    NoDates,
    /// No loaded workshop takes a plan over (for a session in this language).
    #[error("no follow-up workshop for the language `{0}`")]
    NoFollowUpWorkshop(String),
    /// The follow-up could not take the earlier plan over.
    #[error(transparent)]
    FollowUp(#[from] crate::session::FollowUpError),
    /// The Word protocol could not be made.
    #[error(transparent)]
    Docx(#[from] crate::export::docx::DocxError),
    /// The thread writing a session's files stopped without an answer.
    #[error("the files could not be finished (internal error)")]
    FilesInterrupted,
}

impl Localized for AppError {
    fn message(&self, language: Language) -> String {
        match self {
            AppError::Clock(e) => e.message(language),
            AppError::BadSeed(seed) => language.fmt(Key::BadSeed, &[("seed", seed)]),
            AppError::NoSuchWorkshop(id) => language.fmt(Key::NoSuchWorkshop, &[("id", id)]),
            AppError::NoDataFolder => language.tr(Key::NoDataFolder).into(),
            AppError::SessionFile(e) => e.message(language),
            AppError::Pdf(e) => e.message(language),
            AppError::Write { path, source } => language.fmt(
                Key::ErrPdfWrite,
                &[
                    ("path", &path.display()),
                    ("reason", &crate::i18n::io_reason(source, language)),
                ],
            ),
            AppError::NoSession => language.tr(Key::NoSession).into(),
            AppError::NoDates => language.tr(Key::NoDates).into(),
            AppError::NoFollowUpWorkshop(tag) => {
                language.fmt(Key::FollowUpNoWorkshop, &[("language", tag)])
            }
            AppError::FollowUp(e) => e.message(language),
            AppError::Docx(e) => e.message(language),
            AppError::FilesInterrupted => language.tr(Key::ErrFilesInterrupted).into(),
        }
    }
}
