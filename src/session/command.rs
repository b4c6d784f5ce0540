//! The commands a facilitator gives a session, what they did, and the undo history they are
//! recorded in ([`Session::apply`], [`Session::undo`], [`Session::redo`]).

use super::*;

/// Everything a facilitator can do in a session. The app turns clicks and keys into these and
/// passes them to [`Session::apply`].
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionCommand {
    /// Starts the current step's timer, or resumes it.
    Start,
    /// Pauses the current step's timer.
    Pause,
    /// Starts the timer when paused, pauses it when running.
    StartPause,
    /// Adds minutes to the current step (negative removes them).
    AddMinutes(i32),
    /// Goes to the next step.
    Next,
    /// Goes to the previous step.
    Previous,
    /// Goes to the step at this position (from 0).
    GoTo(usize),
    /// Skips the current step: records it as skipped and goes to the next.
    Skip,
    /// Ends the session.
    Finish,
    /// Marks the current step done ("Klar") without leaving it.
    Complete,
    /// Opens a finished session again.
    Reopen,
    /// Draws cards: from these categories (or the current step's, or the whole deck when the
    /// step has none), this many (or the step's count, or 1).
    Draw {
        /// Category ids; `None` for the current step's.
        categories: Option<Vec<String>>,
        /// How many; `None` for the current step's count.
        count: Option<u32>,
    },
    /// Keeps a drawn card as chosen.
    Keep(String),
    /// Puts a drawn or kept card on the discard pile.
    Discard(String),
    /// Undoes the last action of any kind (see [`history`]).
    Undo,
    /// Does the last undone action again.
    Redo,
    /// Moves the cards still on the current step's table (not the kept ones) to the discard
    /// pile.
    ClearTable,
    /// Puts the discard pile back into the pile.
    Reshuffle,
    /// Edits a capture field.
    Capture {
        /// The field's id.
        field: String,
        /// The edit.
        edit: CaptureEdit,
    },
    /// Records who has a role; empty `people` removes it.
    AssignRole {
        /// The role.
        role: String,
        /// Who has it.
        people: String,
    },
}

/// What a command did, for the app to react to (show cards, move the view, autosave).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEvent {
    /// The session changed; save it.
    Changed,
    /// The current step is now the one at this position.
    StepChanged(usize),
    /// These cards were drawn.
    Drew(Vec<PileCard>),
    /// This action was undone.
    Undid(Action),
    /// This action was done again.
    Redid(Action),
    /// This many discarded cards went back into the pile.
    Reshuffled(usize),
    /// The session ended.
    Finished,
}

impl Session {
    /// The undo history (what undo and redo would do, for the buttons and toasts).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Ends the current burst of typing, so the next edit is its own undo step (call it when a
    /// text field loses the keyboard).
    pub fn seal_typing(&mut self) {
        self.history.seal();
    }

    /// Undoes the last action recorded by [`Session::apply`]: the session returns exactly to
    /// the state before it (cards, generator, timers, step, captures). Works on a finished
    /// session too, so finishing can be taken back.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Action, SessionError> {
        let (action, state) = self
            .history
            .undo(self.file.clone())
            .ok_or(SessionError::NothingToUndo)?;
        self.restore(state, now);
        Ok(action)
    }

    /// Does the last undone action again.
    pub fn redo(&mut self, now: DateTime<Utc>) -> Result<Action, SessionError> {
        let (action, state) = self
            .history
            .redo(self.file.clone())
            .ok_or(SessionError::NothingToRedo)?;
        self.restore(state, now);
        Ok(action)
    }

    /// Returns to a recorded state. What is not an action stays: the session's id, the time of
    /// the last change, and a "time is up" already given (so it is not given twice).
    pub(super) fn restore(&mut self, mut state: SessionFile, now: DateTime<Utc>) {
        state.id = self.file.id.clone();
        state.updated = self.file.updated.max(now);
        for t in &mut state.steps {
            if let Some(old) = self.file.steps.iter().find(|o| o.step == t.step) {
                t.time_up_signalled |= old.time_up_signalled;
            }
        }
        self.file = state;
        self.current = self
            .workshop
            .steps
            .iter()
            .position(|s| s.id == self.file.current_step)
            .unwrap_or(0);
    }

    /// The step positions and titles for an action's description.
    pub(super) fn step_title(&self, index: usize) -> String {
        self.workshop
            .steps
            .get(index)
            .map_or_else(String::new, |s| s.title.clone())
    }

    pub(super) fn card_title(&self, id: &str) -> String {
        self.draws()
            .and_then(|p| p.card(id))
            .map_or_else(|| id.to_owned(), |c| c.title.clone())
    }

    /// Carries out a command at `now`. Every command that changes the session is recorded in
    /// the undo history ([`Session::history`]); `Undo` and `Redo` move in it.
    pub fn apply(
        &mut self,
        command: SessionCommand,
        now: DateTime<Utc>,
    ) -> Result<SessionEvent, SessionError> {
        use SessionCommand as C;
        match command {
            C::Undo => return self.undo(now).map(SessionEvent::Undid),
            C::Redo => return self.redo(now).map(SessionEvent::Redid),
            _ => {}
        }
        let before = self.file.clone();
        let target = match &command {
            C::Capture { field, edit } => history::Target::of(field, edit),
            C::AssignRole { role, .. } => Some(history::Target::Role(role.clone())),
            _ => None,
        };
        let (event, action) = match self.carry_out(command, now) {
            Ok(done) => done,
            Err(e) => {
                // A refused command changes nothing, not even an empty capture it created.
                self.file = before;
                return Err(e);
            }
        };
        let mut unchanged = before.clone();
        unchanged.updated = self.file.updated;
        if unchanged != self.file {
            self.history.record(action, before, target, now);
        }
        Ok(event)
    }

    pub(super) fn carry_out(
        &mut self,
        command: SessionCommand,
        now: DateTime<Utc>,
    ) -> Result<(SessionEvent, Action), SessionError> {
        use SessionCommand as C;
        let went = |s: &Session| {
            (
                SessionEvent::StepChanged(s.current),
                Action::WentTo {
                    step: s.current,
                    title: s.step_title(s.current),
                },
            )
        };
        let changed = |a: Action| (SessionEvent::Changed, a);
        let current = self.current;
        Ok(match command {
            C::Start => {
                self.start(now)?;
                changed(Action::Started)
            }
            C::Pause => {
                self.pause(now)?;
                changed(Action::Paused)
            }
            C::StartPause => {
                if self.is_running() {
                    self.pause(now)?;
                    changed(Action::Paused)
                } else {
                    self.start(now)?;
                    changed(Action::Started)
                }
            }
            C::AddMinutes(m) => changed(Action::AddedMinutes(self.add_minutes(m, now)?)),
            C::Next => {
                self.next(now)?;
                went(self)
            }
            C::Previous => {
                self.previous(now)?;
                went(self)
            }
            C::GoTo(i) => {
                self.go_to(i, now)?;
                went(self)
            }
            C::Skip => {
                self.skip(now)?;
                let action = Action::Skipped {
                    step: current,
                    title: self.step_title(current),
                };
                if self.file.finished.is_some() {
                    (SessionEvent::Finished, action)
                } else {
                    (SessionEvent::StepChanged(self.current), action)
                }
            }
            C::Finish => {
                self.finish(now)?;
                (SessionEvent::Finished, Action::Finished)
            }
            C::Complete => {
                self.complete(now)?;
                changed(Action::Completed {
                    step: current,
                    title: self.step_title(current),
                })
            }
            C::Reopen => {
                self.reopen(now)?;
                changed(Action::Reopened)
            }
            C::Draw { categories, count } => {
                let cards = self.draw(categories, count, now)?;
                let count = cards.len();
                (SessionEvent::Drew(cards), Action::Drew { count })
            }
            C::Keep(id) => {
                self.keep(&id, now)?;
                changed(Action::Kept {
                    title: self.card_title(&id),
                })
            }
            C::Discard(id) => {
                self.discard(&id, now)?;
                changed(Action::Discarded {
                    title: self.card_title(&id),
                })
            }
            C::ClearTable => {
                let count = self.clear_table(now)?;
                changed(Action::ClearedTable { count })
            }
            C::Reshuffle => {
                let count = self.reshuffle(now)?;
                (
                    SessionEvent::Reshuffled(count),
                    Action::Reshuffled { count },
                )
            }
            C::Capture { field, edit } => {
                let kind = EditKind::of(&edit);
                let label = self
                    .field(&field)
                    .map_or_else(|| field.clone(), |f| f.label.clone());
                self.edit_capture(&field, edit, now)?;
                changed(Action::Edited {
                    field: label,
                    edit: kind,
                })
            }
            C::AssignRole { role, people } => {
                self.assign_role(&role, &people, now)?;
                changed(Action::AssignedRole { role })
            }
            // `apply` handles these before it gets here.
            C::Undo | C::Redo => return Err(SessionError::NothingToUndo),
        })
    }
}
