//! A facilitated session: the agenda with clock times, step timers, seeded card draws, what the
//! group writes down, crash-safe saving and the summary.
//!
//! This module is the engine under the app and the command line; it draws nothing and never
//! reads a clock or a global random generator. Every instant comes in as `now`
//! (`DateTime<Utc>`); the planned start is a local clock time with its UTC offset
//! (`DateTime<FixedOffset>`), so planned clock times print as the room sees them and the saved
//! file means the same everywhere. All state that must survive a crash is one serde value,
//! [`SessionFile`], saved by [`SessionStore`] after every change.
//!
//! - [`draw`]: the pile, draws without replacement, undo, and the reproducibility promise.
//! - [`timer`]: a step's runs, pauses and extensions; remaining time and phase.
//! - [`capture`]: text, list and table captures and their edits.
//! - [`file`](mod@file): the session file (RON, versioned), atomic saves with `.bak`, the store.
//! - [`summary`]: the summary view model and its Markdown rendering.
//!
//! The app drives a [`Session`] with [`SessionCommand`]s through [`Session::apply`], or with the
//! methods of the same names.

pub mod capture;
pub mod draw;
pub mod file;
pub mod summary;
pub mod timer;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Deck, Field, FieldKind, Step, Workshop};

pub use capture::{Capture, CaptureEdit, CaptureError, ListItem};
pub use draw::{CardPlace, DrawError, DrawPile, DrawRecord, PileCard, PileEvent};
pub use file::{
    FILE_VERSION, LoadedSession, SessionFile, SessionFileError, SessionListing, SessionStore,
    content_hash, read_session, write_session, write_session_text,
};
pub use summary::{SummaryData, render_markdown};
pub use timer::{Phase, StepTiming};

/// Someone's part in the session, as the group wrote it down (for the summary).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleAssignment {
    /// The role, usually one of the workshop's roles, e.g. "Problemägare".
    pub role: String,
    /// Who has it, as written (names, or a unit).
    pub people: String,
}

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
    /// Undoes the last draw (or reshuffle) exactly.
    Undo,
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
    /// The last draw was undone; these cards went back into the pile.
    Undone(Vec<PileCard>),
    /// This many discarded cards went back into the pile.
    Reshuffled(usize),
    /// The session ended.
    Finished,
}

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
    /// Next on the last step, or previous on the first.
    #[error("{0}")]
    AgendaEnd(&'static str),
    /// A draw in a workshop without a deck.
    #[error("this workshop has no deck to draw from")]
    NoDeck,
    /// A change after the session ended.
    #[error("the session has ended")]
    Finished,
}

/// How a step stands in the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// Not reached yet.
    Upcoming,
    /// The current step.
    Current,
    /// Visited and left.
    Done,
    /// Skipped.
    Skipped,
}

/// One line of the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    /// Position, from 0.
    pub index: usize,
    /// The step's id.
    pub id: String,
    /// The step's title.
    pub title: String,
    /// Planned clock time of the step's start, in the planned start's offset.
    pub planned_start: DateTime<FixedOffset>,
    /// The step's planned minutes.
    pub planned_minutes: u32,
    /// How the step stands.
    pub status: StepStatus,
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

/// A running (or finished) session of a workshop: the saved state plus the workshop it follows.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    file: SessionFile,
    workshop: Workshop,
    current: usize,
}

impl Session {
    /// A new session of `workshop` (whose file text hashes to `workshop_hash`, see
    /// [`content_hash`]) with draws from `deck`, the `seed`, and the planned start clock time.
    /// `now` is when it is created. Its id is the workshop id and the planned start
    /// (`kirunamodellen-135-20261126-1300`). The workshop must have at least one step, as every
    /// workshop the library loads has.
    pub fn new(
        workshop: Workshop,
        workshop_hash: String,
        deck: Option<&Deck>,
        seed: u64,
        planned_start: DateTime<FixedOffset>,
        now: DateTime<Utc>,
    ) -> Session {
        let id = format!("{}-{}", workshop.id, planned_start.format("%Y%m%d-%H%M"));
        let file = SessionFile {
            version: FILE_VERSION,
            id,
            workshop: workshop.id.clone(),
            workshop_title: workshop.title.clone(),
            workshop_hash,
            deck: deck.map(|d| d.id.clone()),
            seed,
            planned_start,
            created: now,
            updated: now,
            finished: None,
            current_step: workshop
                .steps
                .first()
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            steps: workshop
                .steps
                .iter()
                .map(|s| StepTiming::new(&s.id, s.minutes))
                .collect(),
            draws: deck.map(|d| DrawPile::new(d, seed)),
            captures: Default::default(),
            roles: Vec::new(),
        };
        Session {
            file,
            workshop,
            current: 0,
        }
    }

    /// Resumes a saved session with the workshop as it is now (`workshop_hash` of its current
    /// text). Steps are matched by id: timing of steps the workshop no longer has stays in the
    /// file; new steps start fresh. Returns what the facilitator should be told.
    pub fn resume(
        mut file: SessionFile,
        workshop: Workshop,
        workshop_hash: &str,
    ) -> (Session, Vec<ResumeNotice>) {
        let mut notices = Vec::new();
        if file.workshop_hash != workshop_hash {
            notices.push(ResumeNotice::WorkshopChanged {
                workshop: workshop.id.clone(),
            });
        }
        let missing: Vec<String> = file
            .steps
            .iter()
            .filter(|t| !workshop.steps.iter().any(|s| s.id == t.step))
            .map(|t| t.step.clone())
            .collect();
        if !missing.is_empty() {
            notices.push(ResumeNotice::StepsMissing(missing));
        }
        for step in &workshop.steps {
            if !file.steps.iter().any(|t| t.step == step.id) {
                file.steps.push(StepTiming::new(&step.id, step.minutes));
            }
        }
        let fields_missing: Vec<String> = file
            .captures
            .keys()
            .filter(|id| !workshop.fields().any(|(_, f)| &f.id == *id))
            .cloned()
            .collect();
        if !fields_missing.is_empty() {
            notices.push(ResumeNotice::FieldsMissing(fields_missing));
        }
        let current = workshop
            .steps
            .iter()
            .position(|s| s.id == file.current_step)
            .unwrap_or(0);
        let mut session = Session {
            file,
            workshop,
            current,
        };
        session.file.current_step = session.step().id.clone();
        (session, notices)
    }

    /// The saved state, as written to the session file.
    pub fn file(&self) -> &SessionFile {
        &self.file
    }

    /// The session's id (the file name without `.ron`).
    pub fn id(&self) -> &str {
        &self.file.id
    }

    /// Changes the session's id, e.g. to make it unique in a store.
    pub fn set_id(&mut self, id: impl Into<String>) {
        self.file.id = id.into();
    }

    /// The workshop the session follows.
    pub fn workshop(&self) -> &Workshop {
        &self.workshop
    }

    /// The seed of the draws.
    pub fn seed(&self) -> u64 {
        self.file.seed
    }

    /// The draw pile, when the workshop has a deck.
    pub fn draws(&self) -> Option<&DrawPile> {
        self.file.draws.as_ref()
    }

    /// The captured value of a field, if anything was written.
    pub fn capture(&self, field: &str) -> Option<&Capture> {
        self.file.captures.get(field)
    }

    /// The roles recorded for the session.
    pub fn roles(&self) -> &[RoleAssignment] {
        &self.file.roles
    }

    /// When the session ended, if it did.
    pub fn finished(&self) -> Option<DateTime<Utc>> {
        self.file.finished
    }

    /// When the session last changed.
    pub fn updated(&self) -> DateTime<Utc> {
        self.file.updated
    }

    /// The planned start clock time.
    pub fn planned_start(&self) -> DateTime<FixedOffset> {
        self.file.planned_start
    }

    /// Position of the current step, from 0.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The current step.
    pub fn step(&self) -> &Step {
        &self.workshop.steps[self
            .current
            .min(self.workshop.steps.len().saturating_sub(1))]
    }

    /// The timing of a step by position.
    pub fn timing(&self, index: usize) -> Option<&StepTiming> {
        let id = &self.workshop.steps.get(index)?.id;
        self.file.steps.iter().find(|t| &t.step == id)
    }

    /// The current step's timing.
    pub fn current_timing(&self) -> &StepTiming {
        let id = &self.step().id;
        // `new` and `resume` give every step of the workshop a timing.
        self.file
            .steps
            .iter()
            .find(|t| &t.step == id)
            .unwrap_or(&self.file.steps[0])
    }

    fn timing_mut(&mut self, index: usize) -> &mut StepTiming {
        let step = &self.workshop.steps[index];
        let pos = match self.file.steps.iter().position(|t| t.step == step.id) {
            Some(pos) => pos,
            None => {
                self.file
                    .steps
                    .push(StepTiming::new(&step.id, step.minutes));
                self.file.steps.len() - 1
            }
        };
        &mut self.file.steps[pos]
    }

    /// The agenda: every step with its planned clock time and status.
    pub fn agenda(&self) -> Vec<AgendaItem> {
        let mut at = self.file.planned_start;
        self.workshop
            .steps
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let timing = self.timing(index);
                let status = if index == self.current && self.file.finished.is_none() {
                    StepStatus::Current
                } else if timing.is_some_and(|t| t.skipped) {
                    StepStatus::Skipped
                } else if timing.is_some_and(|t| t.ended.is_some()) {
                    StepStatus::Done
                } else {
                    StepStatus::Upcoming
                };
                let item = AgendaItem {
                    index,
                    id: step.id.clone(),
                    title: step.title.clone(),
                    planned_start: at,
                    planned_minutes: step.minutes,
                    status,
                };
                at += TimeDelta::minutes(i64::from(step.minutes));
                item
            })
            .collect()
    }

    /// Whether the current step's timer runs.
    pub fn is_running(&self) -> bool {
        self.current_timing().is_running()
    }

    /// Time left in the current step; negative when overrun.
    pub fn remaining(&self, now: DateTime<Utc>) -> TimeDelta {
        self.current_timing().remaining(now)
    }

    /// The current step's phase.
    pub fn phase(&self, now: DateTime<Utc>) -> Phase {
        self.current_timing().phase(now)
    }

    /// The position of the step whose time just ran out, once per running out (for the chime
    /// and the flash). Call it every frame; it changes the session only when it returns a step.
    pub fn take_time_up_event(&mut self, now: DateTime<Utc>) -> Option<usize> {
        if self.file.finished.is_some() {
            return None;
        }
        let current = self.current;
        let up = self.timing_mut(current).take_time_up(now);
        if up {
            self.changed(now);
        }
        up.then_some(current)
    }

    /// The planned end: the planned start plus every step's planned minutes.
    pub fn planned_end(&self) -> DateTime<FixedOffset> {
        self.file.planned_start + TimeDelta::minutes(i64::from(self.workshop.total_minutes()))
    }

    /// The expected end from `now` and what is left: the current step's remaining time (not
    /// below zero) plus the time boxes of the steps not yet done or skipped, less the time they
    /// already ran. Before the first start it counts from the planned start if that is later.
    pub fn expected_end(&self, now: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = *self.file.planned_start.offset();
        if let Some(done) = self.file.finished {
            return done.with_timezone(&offset);
        }
        let started = self.file.steps.iter().any(|t| t.started().is_some());
        let base = if started {
            now
        } else {
            now.max(self.file.planned_start.with_timezone(&Utc))
        };
        (base + self.time_left(now)).with_timezone(&offset)
    }

    /// The time the session still needs at `now` (see [`Session::expected_end`]).
    pub fn time_left(&self, now: DateTime<Utc>) -> TimeDelta {
        (0..self.workshop.steps.len())
            .filter_map(|i| {
                let t = self.timing(i)?;
                let counts = i == self.current || (!t.skipped && t.ended.is_none());
                counts.then(|| t.remaining(now).max(TimeDelta::zero()))
            })
            .sum()
    }

    /// How far ahead of the plan the session is at `now` (negative when behind).
    pub fn ahead(&self, now: DateTime<Utc>) -> TimeDelta {
        self.planned_end().with_timezone(&Utc) - self.expected_end(now).with_timezone(&Utc)
    }

    /// Whole minutes ahead of the plan (negative when behind), rounded towards zero.
    pub fn minutes_ahead(&self, now: DateTime<Utc>) -> i64 {
        self.ahead(now).num_minutes()
    }

    fn changed(&mut self, now: DateTime<Utc>) {
        self.file.updated = self.file.updated.max(now);
    }

    fn open(&self) -> Result<(), SessionError> {
        if self.file.finished.is_some() {
            Err(SessionError::Finished)
        } else {
            Ok(())
        }
    }

    /// Starts or resumes the current step's timer.
    pub fn start(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        self.timing_mut(current).start(now);
        self.changed(now);
        Ok(())
    }

    /// Pauses the current step's timer.
    pub fn pause(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        self.timing_mut(current).pause(now);
        self.changed(now);
        Ok(())
    }

    /// Adds minutes to the current step (negative removes them, never below zero); returns the
    /// minutes actually added.
    pub fn add_minutes(&mut self, minutes: i32, now: DateTime<Utc>) -> Result<i32, SessionError> {
        self.open()?;
        let current = self.current;
        let applied = self.timing_mut(current).add_minutes(minutes, now);
        self.changed(now);
        Ok(applied)
    }

    /// Goes to the step at `index`. The step left keeps its elapsed time and is marked as left;
    /// steps passed over without being started are recorded as skipped. If the timer ran, it
    /// runs on in the new step; a step re-entered continues from its elapsed time.
    pub fn go_to(&mut self, index: usize, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let len = self.workshop.steps.len();
        if index >= len {
            return Err(SessionError::NoSuchStep(index + 1, len));
        }
        if index == self.current {
            return Ok(());
        }
        let from = self.current;
        let left = self.timing_mut(from);
        let was_running = left.is_running();
        left.pause(now);
        left.ended = Some(now);
        if index > from {
            if left.started().is_none() {
                left.skipped = true;
            }
            for i in from + 1..index {
                let t = self.timing_mut(i);
                if t.started().is_none() {
                    t.skipped = true;
                }
            }
        }
        let entered = self.timing_mut(index);
        entered.ended = None;
        if was_running {
            entered.start(now);
        }
        self.current = index;
        self.file.current_step = self.workshop.steps[index].id.clone();
        self.changed(now);
        Ok(())
    }

    /// Goes to the next step.
    pub fn next(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        if self.current + 1 >= self.workshop.steps.len() {
            return Err(SessionError::AgendaEnd(
                "this is the last step; finish the session instead",
            ));
        }
        self.go_to(self.current + 1, now)
    }

    /// Goes to the previous step; everything captured stays.
    pub fn previous(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        if self.current == 0 {
            return Err(SessionError::AgendaEnd("this is the first step"));
        }
        self.go_to(self.current - 1, now)
    }

    /// Skips the current step: it is recorded as skipped (even if it had started) and the next
    /// step becomes current. On the last step, the session finishes.
    pub fn skip(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        self.timing_mut(current).skipped = true;
        if current + 1 >= self.workshop.steps.len() {
            self.finish(now)
        } else {
            self.go_to(current + 1, now)
        }
    }

    /// Ends the session: the timer stops and the current step is marked as left.
    pub fn finish(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        let t = self.timing_mut(current);
        t.pause(now);
        t.ended = Some(now);
        self.file.finished = Some(now);
        self.changed(now);
        Ok(())
    }

    /// The categories and count a draw in the current step uses by default: the step's draw,
    /// or one card from the whole deck.
    pub fn default_draw(&self) -> (Vec<String>, u32) {
        match &self.step().draw {
            Some(d) => (d.categories.clone(), d.count),
            None => (Vec::new(), 1),
        }
    }

    /// Draws cards (see [`SessionCommand::Draw`]).
    pub fn draw(
        &mut self,
        categories: Option<Vec<String>>,
        count: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<Vec<PileCard>, SessionError> {
        self.open()?;
        let (default_categories, default_count) = self.default_draw();
        let categories = categories.unwrap_or(default_categories);
        let count = usize::try_from(count.unwrap_or(default_count)).unwrap_or(usize::MAX);
        let step = self.step().id.clone();
        let pile = self.file.draws.as_mut().ok_or(SessionError::NoDeck)?;
        let cards = pile.draw(&categories, count, Some(&step), now)?;
        self.changed(now);
        Ok(cards)
    }

    fn pile_mut(&mut self) -> Result<&mut DrawPile, SessionError> {
        self.open()?;
        self.file.draws.as_mut().ok_or(SessionError::NoDeck)
    }

    /// Keeps a drawn card as chosen.
    pub fn keep(&mut self, card: &str, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.pile_mut()?.keep(card)?;
        self.changed(now);
        Ok(())
    }

    /// Puts a drawn or kept card on the discard pile.
    pub fn discard(&mut self, card: &str, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.pile_mut()?.discard(card)?;
        self.changed(now);
        Ok(())
    }

    /// Undoes the last draw (or reshuffle) exactly, generator included.
    pub fn undo_draw(&mut self, now: DateTime<Utc>) -> Result<Vec<PileCard>, SessionError> {
        let cards = self.pile_mut()?.undo()?;
        self.changed(now);
        Ok(cards)
    }

    /// Puts the discard pile back into the pile; returns how many cards went back.
    pub fn reshuffle(&mut self, now: DateTime<Utc>) -> Result<usize, SessionError> {
        let step = self.step().id.clone();
        let n = self.pile_mut()?.reshuffle(Some(&step), now);
        self.changed(now);
        Ok(n)
    }

    /// The workshop's field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.workshop.fields().map(|(_, f)| f).find(|f| f.id == id)
    }

    /// Edits a capture field.
    pub fn edit_capture(
        &mut self,
        field: &str,
        edit: CaptureEdit,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        self.open()?;
        let kind = self
            .field(field)
            .map(|f| f.kind.clone())
            .ok_or_else(|| SessionError::UnknownField(field.to_owned()))?;
        let columns = match &kind {
            FieldKind::Table { columns } => columns.len(),
            _ => 0,
        };
        let value = self
            .file
            .captures
            .entry(field.to_owned())
            .or_insert_with(|| Capture::empty(&kind));
        if value.kind_name() != capture::kind_name(&kind) {
            return Err(SessionError::ChangedKind {
                field: field.to_owned(),
                kind: capture::kind_name(&kind),
                held: value.kind_name(),
            });
        }
        value
            .apply(edit, columns)
            .map_err(|source| SessionError::Capture {
                field: field.to_owned(),
                source,
            })?;
        self.changed(now);
        Ok(())
    }

    /// Records who has a role; empty `people` removes the role.
    pub fn assign_role(
        &mut self,
        role: &str,
        people: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        self.open()?;
        let people = people.trim();
        match self.file.roles.iter_mut().find(|r| r.role == role) {
            Some(r) if !people.is_empty() => r.people = people.to_owned(),
            Some(_) => self.file.roles.retain(|r| r.role != role),
            None if !people.is_empty() => self.file.roles.push(RoleAssignment {
                role: role.to_owned(),
                people: people.to_owned(),
            }),
            None => {}
        }
        self.changed(now);
        Ok(())
    }

    /// Carries out a command at `now`.
    pub fn apply(
        &mut self,
        command: SessionCommand,
        now: DateTime<Utc>,
    ) -> Result<SessionEvent, SessionError> {
        use SessionCommand as C;
        let step_changed = |s: &Session| SessionEvent::StepChanged(s.current);
        match command {
            C::Start => self.start(now).map(|()| SessionEvent::Changed),
            C::Pause => self.pause(now).map(|()| SessionEvent::Changed),
            C::StartPause => if self.is_running() {
                self.pause(now)
            } else {
                self.start(now)
            }
            .map(|()| SessionEvent::Changed),
            C::AddMinutes(m) => self.add_minutes(m, now).map(|_| SessionEvent::Changed),
            C::Next => self.next(now).map(|()| step_changed(self)),
            C::Previous => self.previous(now).map(|()| step_changed(self)),
            C::GoTo(i) => self.go_to(i, now).map(|()| step_changed(self)),
            C::Skip => self.skip(now).map(|()| {
                if self.file.finished.is_some() {
                    SessionEvent::Finished
                } else {
                    step_changed(self)
                }
            }),
            C::Finish => self.finish(now).map(|()| SessionEvent::Finished),
            C::Draw { categories, count } => {
                self.draw(categories, count, now).map(SessionEvent::Drew)
            }
            C::Keep(id) => self.keep(&id, now).map(|()| SessionEvent::Changed),
            C::Discard(id) => self.discard(&id, now).map(|()| SessionEvent::Changed),
            C::Undo => self.undo_draw(now).map(SessionEvent::Undone),
            C::Reshuffle => self.reshuffle(now).map(SessionEvent::Reshuffled),
            C::Capture { field, edit } => self
                .edit_capture(&field, edit, now)
                .map(|()| SessionEvent::Changed),
            C::AssignRole { role, people } => self
                .assign_role(&role, &people, now)
                .map(|()| SessionEvent::Changed),
        }
    }
}
