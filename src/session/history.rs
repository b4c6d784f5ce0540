//! One undo history for every session action, with redo.
//!
//! Every command that changes a session is recorded with the state before it, so undo returns
//! exactly to that state (the draw generator included, so drawing again gives the same cards)
//! and redo goes forward again. Typing is coalesced: edits of the same text, item or cell in a
//! row, each within [`COALESCE_WITHIN`] of the one before, are one step, so one undo takes back a
//! burst of typing rather than one keystroke. Each step carries an [`Action`], a short
//! description the app turns into words ("Drog 2 kort · Ctrl+Z ångrar").
//!
//! The history lives as long as the session is open in this run of the program; it is not
//! saved. A resumed session starts with an empty history, and everything it saved is kept.

use chrono::{DateTime, TimeDelta, Utc};

use super::capture::CaptureEdit;
use super::file::SessionFile;

/// Edits of the same target closer together than this are one undo step.
pub const COALESCE_WITHIN: TimeDelta = TimeDelta::seconds(3);

/// The most undo steps kept; the oldest are forgotten first.
pub const MAX_STEPS: usize = 500;

/// What an action did, in a few words: the app translates it for its toast and for the undo
/// and redo buttons. Step positions are from 0; titles and labels are as in the workshop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The timer started or resumed.
    Started,
    /// The timer paused.
    Paused,
    /// Minutes added (negative: removed).
    AddedMinutes(i32),
    /// Went to another step (Next, Previous or from the agenda).
    WentTo {
        /// The step gone to.
        step: usize,
        /// Its title.
        title: String,
    },
    /// Skipped a step.
    Skipped {
        /// The step skipped.
        step: usize,
        /// Its title.
        title: String,
    },
    /// Marked a step done ("Klar").
    Completed {
        /// The step.
        step: usize,
        /// Its title.
        title: String,
    },
    /// Finished the session.
    Finished,
    /// Opened a finished session again.
    Reopened,
    /// Drew cards.
    Drew {
        /// How many.
        count: usize,
    },
    /// Kept a card as chosen.
    Kept {
        /// The card's title.
        title: String,
    },
    /// Discarded a card.
    Discarded {
        /// The card's title.
        title: String,
    },
    /// Cleared the step's table: its cards went to the discard pile.
    ClearedTable {
        /// How many cards.
        count: usize,
    },
    /// Shuffled the discard pile back.
    Reshuffled {
        /// How many cards went back.
        count: usize,
    },
    /// Wrote in or changed a capture field.
    Edited {
        /// The field's label.
        field: String,
        /// What kind of change.
        edit: EditKind,
    },
    /// Wrote down who has a role.
    AssignedRole {
        /// The role.
        role: String,
    },
}

/// What kind of change an [`Action::Edited`] was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    /// Typed in a text field.
    Text,
    /// Added a list item.
    AddedItem,
    /// Typed in a list item.
    EditedItem,
    /// Removed a list item.
    RemovedItem,
    /// Moved a list item.
    MovedItem,
    /// Marked a list item as chosen.
    Chose,
    /// Took the mark off a list item.
    Unchose,
    /// Added a table row.
    AddedRow,
    /// Removed a table row.
    RemovedRow,
    /// Moved a table row.
    MovedRow,
    /// Typed in a table cell.
    EditedCell,
    /// Gave dots in a vote.
    Voted,
    /// Took dots away in a vote.
    Unvoted,
    /// Wrote down how many people vote.
    Counted,
    /// Chose the top items of a vote.
    ChoseTop,
    /// Dropped the dots of an item no longer in the list, or all of them.
    DroppedVotes,
    /// Placed or moved an item on a matrix.
    Placed,
    /// Took an item off a matrix.
    Unplaced,
}

impl EditKind {
    /// The kind of a capture edit.
    pub fn of(edit: &CaptureEdit) -> EditKind {
        match edit {
            CaptureEdit::SetText(_) => EditKind::Text,
            CaptureEdit::AddItem(_) => EditKind::AddedItem,
            CaptureEdit::EditItem { .. } => EditKind::EditedItem,
            CaptureEdit::RemoveItem(_) => EditKind::RemovedItem,
            CaptureEdit::MoveItem { .. } => EditKind::MovedItem,
            CaptureEdit::SetChosen { chosen: true, .. } => EditKind::Chose,
            CaptureEdit::SetChosen { chosen: false, .. } => EditKind::Unchose,
            CaptureEdit::AddRow | CaptureEdit::InsertRow(_) => EditKind::AddedRow,
            CaptureEdit::RemoveRow(_) => EditKind::RemovedRow,
            CaptureEdit::MoveRow { .. } => EditKind::MovedRow,
            CaptureEdit::SetCell { .. } => EditKind::EditedCell,
            CaptureEdit::Votes(edit) => {
                use super::votes::VoteEdit as V;
                match edit {
                    V::Add { dots, .. } if *dots < 0 => EditKind::Unvoted,
                    V::Add { .. } | V::Set { .. } => EditKind::Voted,
                    V::Participants(_) => EditKind::Counted,
                    V::Choose { chosen: true, .. } => EditKind::Chose,
                    V::Choose { chosen: false, .. } => EditKind::Unchose,
                    V::ChooseTop(_) => EditKind::ChoseTop,
                    V::Drop(_) | V::Clear => EditKind::DroppedVotes,
                }
            }
            CaptureEdit::Matrix(edit) => match edit {
                super::matrix::MatrixEdit::Unplace(_) => EditKind::Unplaced,
                _ => EditKind::Placed,
            },
        }
    }
}

/// What typing edits; edits of the same target in a row are coalesced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A text field.
    Text(String),
    /// A list item's text.
    Item(String, usize),
    /// A table cell.
    Cell(String, usize, usize),
    /// Who has a role.
    Role(String),
}

impl Target {
    /// The target of a capture edit that is typing, if it is.
    pub(crate) fn of(field: &str, edit: &CaptureEdit) -> Option<Target> {
        match edit {
            CaptureEdit::SetText(_) => Some(Target::Text(field.to_owned())),
            CaptureEdit::EditItem { index, .. } => Some(Target::Item(field.to_owned(), *index)),
            CaptureEdit::SetCell { row, column, .. } => {
                Some(Target::Cell(field.to_owned(), *row, *column))
            }
            // Dragging the number of people is one step, like typing (a vote has no text).
            CaptureEdit::Votes(super::votes::VoteEdit::Participants(_)) => {
                Some(Target::Text(field.to_owned()))
            }
            _ => None,
        }
    }
}

/// One undo step: what was done and the state before it.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    action: Action,
    before: SessionFile,
    target: Option<Target>,
    at: DateTime<Utc>,
}

/// The undo and redo stacks of a session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    /// Whether the next typing edit starts a new step even if it continues the last one.
    sealed: bool,
    /// How many actions were recorded (new steps and typing joined to the last one).
    recorded: u64,
}

impl History {
    /// Records an action done at `at`; `before` is the state before it. Typing on the same
    /// target as the last step, soon after it, joins that step.
    pub(crate) fn record(
        &mut self,
        action: Action,
        before: SessionFile,
        target: Option<Target>,
        at: DateTime<Utc>,
    ) {
        self.redo.clear();
        self.recorded += 1;
        let sealed = std::mem::take(&mut self.sealed);
        if let (Some(target), Some(last)) = (&target, self.undo.last_mut())
            && !sealed
            && last.target.as_ref() == Some(target)
            && at >= last.at
            && at - last.at <= COALESCE_WITHIN
        {
            last.at = at;
            last.action = action;
            return;
        }
        self.undo.push(Entry {
            action,
            before,
            target,
            at,
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
    }

    /// Ends the current burst of typing: the next edit is a new undo step (for example when a
    /// text field loses the keyboard).
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// A count that grows with every recorded action, a new step or typing joined to the last
    /// one: compare it before and after a command to know whether the command did something.
    pub fn recorded(&self) -> u64 {
        self.recorded
    }

    /// What undo would take back, if anything.
    pub fn undo_action(&self) -> Option<&Action> {
        self.undo.last().map(|e| &e.action)
    }

    /// What redo would do again, if anything.
    pub fn redo_action(&self) -> Option<&Action> {
        self.redo.last().map(|e| &e.action)
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// How many steps can be redone.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// Takes the last step back: returns its action and the state to return to; `now` is the
    /// current state, kept for redo.
    pub(crate) fn undo(&mut self, now: SessionFile) -> Option<(Action, SessionFile)> {
        let done = move_step(&mut self.undo, &mut self.redo, now)?;
        self.sealed = true;
        Some(done)
    }

    /// Does the last undone step again: returns its action and the state it led to; `now` is
    /// the current state, kept for undo.
    pub(crate) fn redo(&mut self, now: SessionFile) -> Option<(Action, SessionFile)> {
        let done = move_step(&mut self.redo, &mut self.undo, now)?;
        self.sealed = true;
        Some(done)
    }
}

/// Moves the newest step of `from` onto `to` (undo moves it to the redo stack, redo back):
/// `to` keeps `now`, the state to come back to, and the step's own state is returned with its
/// action. A moved step never coalesces with later typing.
fn move_step(
    from: &mut Vec<Entry>,
    to: &mut Vec<Entry>,
    now: SessionFile,
) -> Option<(Action, SessionFile)> {
    let entry = from.pop()?;
    to.push(Entry {
        action: entry.action.clone(),
        before: now,
        target: None,
        at: entry.at,
    });
    Some((entry.action, entry.before))
}
