//! What an action did, told in a toast and worded when drawn, in the facilitator's language.

use chrono::{DateTime, TimeDelta, Utc};

use crate::i18n::{Localized, UserMessage};
use crate::session::{Action, EditKind};
use crate::ui::i18n::Language;
use crate::ui::i18n::{Key, fill};

/// How long a toast shows what an action did.
pub const TOAST_SECONDS: i64 = 6;

/// What the last session action did, in a few words with how to take it back
/// ("Drog 2 kort · Ctrl+Z ångrar"), shown for [`TOAST_SECONDS`]. It keeps what happened, not
/// the words, which are chosen each time it is drawn (in the interface's language then).
#[derive(Debug, Clone)]
pub struct Toast {
    /// What it tells.
    pub kind: ToastKind,
    /// Until when it shows.
    pub until: DateTime<Utc>,
}

/// What a [`Toast`] tells.
#[derive(Debug, Clone)]
pub enum ToastKind {
    /// Something to know (such as the file an export wrote), with no undo.
    Note(UserMessage),
    /// An action just done.
    Done(Action),
    /// An action just undone (its button redoes it).
    Undid(Action),
    /// An action done again.
    Redid(Action),
}

impl Toast {
    /// A toast that only tells something, with no undo.
    pub fn note(text: impl Into<UserMessage>, now: DateTime<Utc>) -> Toast {
        Toast::new(ToastKind::Note(text.into()), now)
    }

    /// The toast of an action just done.
    pub fn done(action: &Action, now: DateTime<Utc>) -> Toast {
        Toast::new(ToastKind::Done(action.clone()), now)
    }

    /// The toast of an action just undone.
    pub fn undid(action: &Action, now: DateTime<Utc>) -> Toast {
        Toast::new(ToastKind::Undid(action.clone()), now)
    }

    /// The toast of an action done again.
    pub fn redid(action: &Action, now: DateTime<Utc>) -> Toast {
        Toast::new(ToastKind::Redid(action.clone()), now)
    }

    fn new(kind: ToastKind, now: DateTime<Utc>) -> Toast {
        Toast {
            kind,
            until: now + TimeDelta::seconds(TOAST_SECONDS),
        }
    }

    /// The words shown, in `language`.
    pub fn text(&self, language: Language) -> String {
        let (key, action) = match &self.kind {
            ToastKind::Note(text) => return text.message(language),
            ToastKind::Done(action) => (Key::ToastDone, action),
            ToastKind::Undid(action) => (Key::ToastUndid, action),
            ToastKind::Redid(action) => (Key::ToastRedid, action),
        };
        fill(language.tr(key), &[("what", &describe(action, language))])
    }

    /// The action alone, for the button's name ("Ångra: Drog 2 kort"); `None` for a note,
    /// which has no button.
    pub fn what(&self, language: Language) -> Option<String> {
        match &self.kind {
            ToastKind::Note(_) => None,
            ToastKind::Done(action) | ToastKind::Undid(action) | ToastKind::Redid(action) => {
                Some(describe(action, language))
            }
        }
    }

    /// Whether it reports an undo (its button then redoes).
    pub fn undone(&self) -> bool {
        matches!(self.kind, ToastKind::Undid(_))
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
            let sv = error.message(Language::Swedish);
            let en = error.message(Language::English);
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
            E::LastStep.message(Language::Swedish),
            "Det här är sista steget: avsluta workshoppen i stället."
        );
    }
}
