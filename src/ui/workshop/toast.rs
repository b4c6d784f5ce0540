//! What an action did, told in a toast; session errors and resume notices in the facilitator's
//! language.

use chrono::{DateTime, TimeDelta, Utc};

use crate::session::{Action, EditKind};
use crate::ui::i18n::Language;
use crate::ui::i18n::{Key, fill};

/// How long a toast shows what an action did.
pub const TOAST_SECONDS: i64 = 6;

/// What the last session action did, in a few words with how to take it back
/// ("Drog 2 kort · Ctrl+Z ångrar"), shown for [`TOAST_SECONDS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// The words shown.
    pub text: String,
    /// The action alone, for the button's name ("Ångra: Drog 2 kort").
    pub what: String,
    /// Whether it reports an undo (its button then redoes).
    pub undone: bool,
    /// Until when it shows.
    pub until: DateTime<Utc>,
}

impl Toast {
    /// A toast that only tells something (such as the file an export wrote), with no undo:
    /// its `what` is empty.
    pub fn note(text: String, now: DateTime<Utc>) -> Toast {
        Toast {
            text,
            what: String::new(),
            undone: false,
            until: now + TimeDelta::seconds(TOAST_SECONDS),
        }
    }

    /// The toast of an action just done.
    pub fn done(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastDone, action, language, now, false)
    }

    /// The toast of an action just undone.
    pub fn undid(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastUndid, action, language, now, true)
    }

    /// The toast of an action done again.
    pub fn redid(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastRedid, action, language, now, false)
    }

    fn with(
        key: Key,
        action: &Action,
        language: Language,
        now: DateTime<Utc>,
        undone: bool,
    ) -> Toast {
        let what = describe(action, language);
        Toast {
            text: fill(language.tr(key), &[("what", &what)]),
            what,
            undone,
            until: now + TimeDelta::seconds(TOAST_SECONDS),
        }
    }

    /// Whether it still shows at `now`.
    pub fn showing(&self, now: DateTime<Utc>) -> bool {
        self.until > now
    }
}

/// An action in the facilitator's words, for toasts and the undo and redo buttons.
pub fn describe(action: &Action, language: Language) -> String {
    let tr = |key| language.tr(key);
    match action {
        Action::Started => tr(Key::ActStarted).to_owned(),
        Action::Paused => tr(Key::ActPaused).to_owned(),
        Action::AddedMinutes(n) if *n < 0 => fill(tr(Key::ActRemovedMinutes), &[("n", &-n)]),
        Action::AddedMinutes(n) => fill(tr(Key::ActAddedMinutes), &[("n", n)]),
        Action::WentTo { step, title } => {
            fill(tr(Key::ActWentTo), &[("n", &(step + 1)), ("title", title)])
        }
        Action::Skipped { step, title } => {
            fill(tr(Key::ActSkipped), &[("n", &(step + 1)), ("title", title)])
        }
        Action::Completed { step, title } => fill(
            tr(Key::ActCompleted),
            &[("n", &(step + 1)), ("title", title)],
        ),
        Action::Finished => tr(Key::ActFinished).to_owned(),
        Action::Reopened => tr(Key::ActReopened).to_owned(),
        Action::Drew { count } => fill(tr(Key::ActDrew), &[("n", count)]),
        Action::Kept { title } => fill(tr(Key::ActKept), &[("card", title)]),
        Action::Discarded { title } => fill(tr(Key::ActDiscarded), &[("card", title)]),
        Action::ClearedTable { count } => fill(tr(Key::ActCleared), &[("n", count)]),
        Action::Reshuffled { count } => fill(tr(Key::ActReshuffled), &[("n", count)]),
        Action::Edited { field, edit } => {
            let key = match edit {
                EditKind::Text => Key::ActText,
                EditKind::AddedItem => Key::ActAddedItem,
                EditKind::EditedItem => Key::ActEditedItem,
                EditKind::RemovedItem => Key::ActRemovedItem,
                EditKind::MovedItem => Key::ActMovedItem,
                EditKind::Chose => Key::ActChose,
                EditKind::Unchose => Key::ActUnchose,
                EditKind::AddedRow => Key::ActAddedRow,
                EditKind::RemovedRow => Key::ActRemovedRow,
                EditKind::MovedRow => Key::ActMovedRow,
                EditKind::EditedCell => Key::ActEditedCell,
                EditKind::Status => Key::ActStatus,
                EditKind::Due => Key::ActDue,
                EditKind::Voted => Key::ActVoted,
                EditKind::Unvoted => Key::ActUnvoted,
                EditKind::Counted => Key::ActCounted,
                EditKind::ChoseTop => Key::ActChoseTop,
                EditKind::DroppedVotes => Key::ActDroppedVotes,
                EditKind::Placed => Key::ActPlaced,
                EditKind::Unplaced => Key::ActUnplaced,
            };
            fill(tr(key), &[("field", field)])
        }
        Action::AssignedRole { role } => fill(tr(Key::ActAssignedRole), &[("role", role)]),
    }
}

/// What the facilitator is told on resuming a session, in the interface language.
pub fn resume_notice_text(notice: &crate::session::ResumeNotice, language: Language) -> String {
    crate::i18n::Localized::message(notice, language)
}

/// A session error in the facilitator's language (the engine's own text is English).
pub fn session_error_text(error: &crate::session::SessionError, language: Language) -> String {
    crate::i18n::Localized::message(error, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_session_error_reads_in_the_interface_language() {
        use crate::session::{CaptureError, CardPlace, DrawError, SessionError as E};
        let errors = vec![
            E::LastStep,
            E::FirstStep,
            E::NoSuchStep(11, 9),
            E::NoDeck,
            E::Finished,
            E::Break,
            E::NothingToUndo,
            E::NothingToRedo,
            E::UnknownField("x".into()),
            E::ChangedKind {
                field: "x".into(),
                kind: "table",
                held: "text",
            },
            E::Capture {
                field: "plan".into(),
                source: CaptureError::OutOfRange {
                    what: "row",
                    index: 4,
                    len: 2,
                },
            },
            E::Capture {
                field: "plan".into(),
                source: CaptureError::WrongKind {
                    wanted: "list",
                    kind: "table",
                },
            },
            E::Draw(DrawError::ZeroCount),
            E::Draw(DrawError::UnknownCategory {
                id: "x".into(),
                known: "forsta, ideer".into(),
            }),
            E::Draw(DrawError::NotEnough {
                requested: 3,
                available: 1,
                from: Vec::new(),
                discarded: 0,
            }),
            E::Draw(DrawError::UnknownCard("k1".into())),
            E::Draw(DrawError::WrongPlace {
                id: "k1".into(),
                place: CardPlace::Kept,
            }),
            E::Draw(DrawError::NothingToUndo),
        ];
        for error in &errors {
            let sv = session_error_text(error, Language::Swedish);
            let en = session_error_text(error, Language::English);
            assert!(!sv.is_empty() && !en.is_empty(), "{error:?}");
            assert_ne!(sv, en, "{error:?}");
            assert_ne!(sv, error.to_string(), "{error:?} is shown in English");
            for english in [" the ", " is ", " step ", "cannot", "there is"] {
                assert!(!sv.contains(english), "{error:?}: {sv}");
            }
            assert!(
                !sv.contains('{') && !en.contains('{'),
                "unfilled: {sv} / {en}"
            );
        }
        assert_eq!(
            session_error_text(&E::LastStep, Language::Swedish),
            "Det här är sista steget: avsluta workshoppen i stället."
        );
    }
}
