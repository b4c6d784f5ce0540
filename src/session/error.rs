//! Why a session command was refused, and what to tell the facilitator when a session is
//! resumed; both rendered in the user's language.

use super::*;

/// Why a command could not be carried out, in the facilitator's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// A draw problem.
    #[error(transparent)]
    Draw(#[from] DrawError),
    /// A capture edit that does not fit.
    #[error("field `{field}`: {source}")]
    Capture {
        /// The field's id.
        field: String,
        /// What was wrong.
        source: CaptureError,
    },
    /// A field the workshop does not have.
    #[error("the workshop has no capture field `{0}`")]
    UnknownField(String),
    /// A field whose saved value no longer fits its kind in the workshop.
    #[error(
        "field `{field}` is a {kind} in the workshop but holds a {held} in this session; the saved value is kept unchanged"
    )]
    ChangedKind {
        /// The field's id.
        field: String,
        /// Its kind in the workshop.
        kind: &'static str,
        /// The kind of the saved value.
        held: &'static str,
    },
    /// A step position past the end.
    #[error("there is no step {0} (the workshop has {1})")]
    NoSuchStep(usize, usize),
    /// Next on the last step.
    #[error("this is the last step; finish the session instead")]
    LastStep,
    /// Previous on the first step.
    #[error("this is the first step")]
    FirstStep,
    /// A draw in a workshop without a deck.
    #[error("this workshop has no deck to draw from")]
    NoDeck,
    /// A change after the session ended.
    #[error("the session has ended")]
    Finished,
    /// A draw in a break step.
    #[error("this step is a break: there are no cards to draw")]
    Break,
    /// Undo with nothing to undo.
    #[error("there is nothing to undo")]
    NothingToUndo,
    /// Redo with nothing undone.
    #[error("there is nothing to redo")]
    NothingToRedo,
}

/// Something to tell the facilitator when a session is resumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeNotice {
    /// The workshop file changed since the session was saved.
    WorkshopChanged {
        /// The workshop's id.
        workshop: String,
    },
    /// Steps of the saved session that the workshop no longer has; their timing is kept in the
    /// file but not shown.
    StepsMissing(Vec<String>),
    /// Captured fields the workshop no longer has; they are kept and listed in the summary.
    FieldsMissing(Vec<String>),
}

impl ResumeNotice {
    /// The notice as a catalogue message, to be said in the interface's language on screen and
    /// in the session's language in its summary.
    pub fn to_message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        use ResumeNotice as N;
        match self {
            N::WorkshopChanged { workshop } => {
                Message::new(Key::NoteWorkshopChanged).with("workshop", workshop)
            }
            N::StepsMissing(ids) => Message::new(Key::NoteStepsMissing).with("ids", ids.join(", ")),
            N::FieldsMissing(ids) => {
                Message::new(Key::NoteFieldsMissing).with("ids", ids.join(", "))
            }
        }
    }
}

impl Localized for ResumeNotice {
    fn message(&self, language: Language) -> String {
        self.to_message().message(language)
    }
}

impl Localized for SessionError {
    fn message(&self, language: Language) -> String {
        use SessionError as E;
        let tr = |key| language.tr(key);
        match self {
            E::LastStep => tr(Key::ErrLastStep).into(),
            E::FirstStep => tr(Key::ErrFirstStep).into(),
            E::NoSuchStep(n, len) => {
                crate::i18n::fill(tr(Key::ErrNoSuchStep), &[("n", &(n + 1)), ("len", len)])
            }
            E::NoDeck => tr(Key::ErrNoDeck).into(),
            E::Finished => tr(Key::ErrFinished).into(),
            E::Break => tr(Key::ErrBreak).into(),
            E::NothingToUndo => tr(Key::NothingToUndo).into(),
            E::NothingToRedo => tr(Key::NothingToRedo).into(),
            E::UnknownField(field) => {
                crate::i18n::fill(tr(Key::ErrUnknownField), &[("field", field)])
            }
            E::ChangedKind { field, .. } => {
                crate::i18n::fill(tr(Key::ErrChangedKind), &[("field", field)])
            }
            E::Capture { field, source } => match source {
                CaptureError::OutOfRange { index, len, .. } => crate::i18n::fill(
                    tr(Key::ErrCaptureRange),
                    &[("field", field), ("n", &(index + 1)), ("len", len)],
                ),
                CaptureError::WrongKind { .. } => {
                    crate::i18n::fill(tr(Key::ErrCaptureKind), &[("field", field)])
                }
                CaptureError::NotInList { item } => {
                    crate::i18n::fill(tr(Key::ErrNotInList), &[("field", field), ("item", item)])
                }
                CaptureError::StillInList { item } => {
                    crate::i18n::fill(tr(Key::ErrStillInList), &[("field", field), ("item", item)])
                }
            },
            E::Draw(draw) => match draw {
                DrawError::ZeroCount => tr(Key::ErrZeroCount).into(),
                DrawError::UnknownCategory { id, known } => {
                    crate::i18n::fill(tr(Key::ErrUnknownCategory), &[("id", id), ("known", known)])
                }
                DrawError::NotEnough {
                    requested,
                    available,
                    ..
                } => crate::i18n::fill(
                    tr(Key::ErrNotEnough),
                    &[("requested", requested), ("available", available)],
                ),
                DrawError::UnknownCard(id) => {
                    crate::i18n::fill(tr(Key::ErrUnknownCard), &[("id", id)])
                }
                DrawError::WrongPlace { id, place, .. } => crate::i18n::fill(
                    tr(Key::ErrWrongPlace),
                    &[("id", id), ("place", &place.words(language))],
                ),
                DrawError::NothingToUndo => tr(Key::NothingToUndo).into(),
            },
        }
    }
}

impl std::fmt::Display for ResumeNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResumeNotice::WorkshopChanged { workshop } => write!(
                f,
                "the workshop `{workshop}` changed since this session was saved; the current file is used"
            ),
            ResumeNotice::StepsMissing(ids) => write!(
                f,
                "steps no longer in the workshop (their timing is kept in the file): {}",
                ids.join(", ")
            ),
            ResumeNotice::FieldsMissing(ids) => write!(
                f,
                "fields no longer in the workshop (what was written is kept and summarised): {}",
                ids.join(", ")
            ),
        }
    }
}
