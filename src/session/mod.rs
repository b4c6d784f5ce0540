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
//! - [`plan`]: the action plan rows' status and due date.
//! - [`followup`]: a follow-up started from an earlier session: its open plan rows, progress.
//!
//! The app drives a [`Session`] with [`SessionCommand`]s through [`Session::apply`], or with the
//! methods of the same names.

pub mod capture;
pub mod draft;
pub mod draw;
pub mod file;
pub mod followup;
pub mod history;
pub mod matrix;
pub mod plan;
pub mod summary;
pub mod timer;
pub mod votes;

use crate::i18n::{Key, Language, Localized};
use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Deck, Field, FieldKind, Step, Workshop};

pub use capture::{Capture, CaptureEdit, CaptureError, ListItem};
pub use draft::SessionDraft;
pub use draw::{CardPlace, DrawError, DrawPile, DrawRecord, PileCard, PileEvent};
pub use file::{
    CameFrom, FILE_VERSION, LoadedSession, SessionFile, SessionFileError, SessionListing,
    SessionStore, Visit, content_hash, read_session, write_session, write_session_text,
};
pub use followup::{FollowUpError, FollowUpOrigin, FollowUpSummary};
pub use history::{Action, EditKind, History};
pub use matrix::{MatrixCapture, MatrixEdit, MatrixView, Placement};
pub use plan::{RowState, RowStatus};
pub use summary::{SummaryData, render_markdown};
pub use timer::{Phase, StepTiming};
pub use votes::{VoteCapture, VoteEdit, VoteResult, VoteRow};

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

/// The honest state of a step (see `docs/sessions.md`, "Pacing"). Only finishing a step makes
/// it [`StepState::Done`]; looking at a step changes nothing.
///
/// The current step is `NotStarted`, `Running` or `Paused` by its timer (a finished step that
/// is current again shows its timer's state, and [`AgendaItem::done`] stays true), or `Done`
/// when it was marked done during this visit; the other steps are `NotStarted`, `Visited`,
/// `Done` or `Skipped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepState {
    /// Nothing happened in it yet (it may have been looked at).
    NotStarted,
    /// The current step, its timer running.
    Running,
    /// The current step, its timer started and paused now.
    Paused,
    /// Worked in (timer, cards or writing) and left without finishing it.
    Visited,
    /// Finished: Next after working in it, or marked done.
    Done,
    /// Skipped on purpose.
    Skipped,
}

impl StepState {
    /// Whether the step still counts towards the expected end when it is not the current one.
    pub fn counts(self) -> bool {
        !matches!(self, StepState::Done | StepState::Skipped)
    }
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
    /// How the step stands (the earlier, coarse view; see [`AgendaItem::state`]).
    pub status: StepStatus,
    /// The step's honest state.
    pub state: StepState,
    /// Whether it is the current step.
    pub current: bool,
    /// Whether the step was finished (also while it is current again).
    pub done: bool,
    /// Whether the step is a break (`pause: true` in the workshop).
    pub pause: bool,
    /// Expected clock time of the step's start: when it started for a step that ran, else when
    /// it is expected to start given what the steps before it still need. It moves when a step
    /// is extended or runs over.
    pub expected_start: DateTime<FixedOffset>,
    /// Expected clock time of the step's end: when it ended for a finished step, else its start
    /// plus the time it still needs.
    pub expected_end: DateTime<FixedOffset>,
    /// The minutes the step ran so far, rounded down.
    pub actual_minutes: i64,
}

/// The cards of one step (see [`Session::step_cards`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepCards {
    /// Drawn in the step and on its table (neither kept nor discarded), oldest first; the
    /// newest card is the last.
    pub table: Vec<PileCard>,
    /// Drawn in the step and kept as chosen, in the order drawn.
    pub kept: Vec<PileCard>,
}

impl StepCards {
    /// Whether the step has no cards showing.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty() && self.kept.is_empty()
    }
}

/// A card drawn in an earlier step that is still on its table or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierCard {
    /// The position of the step it was drawn in.
    pub step: usize,
    /// The card.
    pub card: PileCard,
    /// Whether it was kept (else it is still on that step's table).
    pub kept: bool,
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

/// A running (or finished) session of a workshop: the saved state plus the workshop it follows.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    file: SessionFile,
    workshop: Workshop,
    current: usize,
    history: History,
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
            visit: Visit::default(),
            prepared: Vec::new(),
            plan_rows: Default::default(),
            follows: None,
        };
        Session {
            file,
            workshop,
            current: 0,
            history: History::default(),
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
        file.upgrade();
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
            history: History::default(),
        };
        session.file.current_step = session.step().id.clone();
        session.settle_vote_marks();
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

    /// The preparation items ticked before the start (from the draft).
    pub fn prepared(&self) -> &[String] {
        &self.file.prepared
    }

    /// Takes over what was prepared before the day: the draft's roles (for roles not written
    /// down in the session yet) and its ticked preparation items. Call it on a new session,
    /// before saving it; the draft can then be removed from the store.
    pub fn take_draft(&mut self, draft: &SessionDraft, now: DateTime<Utc>) {
        for r in &draft.roles {
            let people = r.people.trim();
            if !people.is_empty() && !self.file.roles.iter().any(|x| x.role == r.role) {
                self.file.roles.push(RoleAssignment {
                    role: r.role.clone(),
                    people: people.to_owned(),
                });
            }
        }
        for item in &draft.prepared {
            if !self.file.prepared.contains(item) {
                self.file.prepared.push(item.clone());
            }
        }
        self.changed(now);
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

    /// The state of the step at `index` (see [`StepState`]).
    pub fn step_state(&self, index: usize) -> StepState {
        let Some(t) = self.timing(index) else {
            return StepState::NotStarted;
        };
        if index == self.current && self.file.finished.is_none() {
            if t.skipped {
                StepState::Skipped
            } else if !self.counts(index) {
                StepState::Done
            } else if t.is_running() {
                StepState::Running
            } else if !t.runs.is_empty() {
                StepState::Paused
            } else {
                StepState::NotStarted
            }
        } else if t.skipped {
            StepState::Skipped
        } else if t.done.is_some() {
            StepState::Done
        } else if t.was_worked() {
            StepState::Visited
        } else {
            StepState::NotStarted
        }
    }

    /// Whether the step at `index` still counts towards the expected end: every step that is
    /// neither finished nor skipped. A finished step the facilitator went back to counts again
    /// once its timer runs (it is in progress again) until it is finished again.
    fn counts(&self, index: usize) -> bool {
        let Some(t) = self.timing(index) else {
            return false;
        };
        if self.file.finished.is_some() || t.skipped {
            return false;
        }
        if index == self.current {
            t.done.is_none() || (self.file.visit.ran && !self.file.visit.finished)
        } else {
            t.done.is_none()
        }
    }

    /// The agenda: every step with its planned and expected clock times and its state at `now`.
    ///
    /// Expected times: a step that ran keeps its real start; the current step ends at `now` plus
    /// what it still needs; the other steps that still count follow it, those after it in agenda
    /// order first and then those before it that were left unfinished, each taking what it
    /// still needs. So the last expected end is [`Session::expected_end`], and every clock time
    /// after a step moves when that step is extended or runs over.
    pub fn agenda_at(&self, now: DateTime<Utc>) -> Vec<AgendaItem> {
        let offset = *self.file.planned_start.offset();
        let local = |t: DateTime<Utc>| t.with_timezone(&offset);
        let len = self.workshop.steps.len();
        let base = self.base(now);
        // The order in which the steps still counting are expected to happen.
        let mut chain: Vec<usize> = Vec::new();
        if self.counts(self.current) {
            chain.push(self.current);
        }
        chain.extend((self.current + 1..len).filter(|&i| self.counts(i)));
        chain.extend((0..self.current).filter(|&i| self.counts(i)));
        let mut expected: Vec<Option<(DateTime<Utc>, DateTime<Utc>)>> = vec![None; len];
        let mut cursor = base;
        for &i in &chain {
            let Some(t) = self.timing(i) else { continue };
            let start = if i == self.current {
                t.started().unwrap_or(cursor)
            } else {
                cursor
            };
            let end = cursor + t.still_needed(now);
            expected[i] = Some((start.min(end), end));
            cursor = end;
        }

        let mut at = self.file.planned_start;
        (0..len)
            .map(|index| {
                let step = &self.workshop.steps[index];
                let timing = self.timing(index);
                let status = if index == self.current && self.file.finished.is_none() {
                    StepStatus::Current
                } else if timing.is_some_and(|t| t.skipped) {
                    StepStatus::Skipped
                } else if timing.is_some_and(|t| t.done.is_some()) {
                    StepStatus::Done
                } else {
                    StepStatus::Upcoming
                };
                let (expected_start, expected_end) = match (expected[index], timing) {
                    (Some((from, to)), _) => (local(from), local(to)),
                    (None, Some(t)) if !t.runs.is_empty() => {
                        let from = t.started().unwrap_or(now);
                        let to = t.runs.last().and_then(|r| r.to).unwrap_or(now);
                        (local(from), local(to.max(from)))
                    }
                    // Skipped (or finished) without running: it takes no time, at its place.
                    _ => {
                        let when = expected[..index]
                            .iter()
                            .rev()
                            .flatten()
                            .next()
                            .map_or(at, |(_, to)| local(*to));
                        (when, when)
                    }
                };
                let item = AgendaItem {
                    index,
                    id: step.id.clone(),
                    title: step.title.clone(),
                    planned_start: at,
                    planned_minutes: step.minutes,
                    status,
                    state: self.step_state(index),
                    current: index == self.current,
                    done: timing.is_some_and(|t| t.done.is_some()),
                    pause: step.pause,
                    expected_start,
                    expected_end,
                    actual_minutes: timing.map_or(0, |t| t.elapsed(now).num_minutes()),
                };
                at += TimeDelta::minutes(i64::from(step.minutes));
                item
            })
            .collect()
    }

    /// The agenda at the session's last change (see [`Session::agenda_at`]); the app passes
    /// the time of the frame to `agenda_at` instead.
    pub fn agenda(&self) -> Vec<AgendaItem> {
        self.agenda_at(self.file.finished.unwrap_or(self.file.updated))
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

    /// Where the expected times start from: `now`, or the planned start if nothing has started
    /// yet and that is later.
    fn base(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let started = self.file.steps.iter().any(|t| t.started().is_some());
        if started {
            now
        } else {
            now.max(self.file.planned_start.with_timezone(&Utc))
        }
    }

    /// The expected end at `now`: now plus what is left, that is the time every step still
    /// counting (not finished, not skipped; the current step while the group is in it) still
    /// needs of its time box, never below zero per step. Before the first start it counts from
    /// the planned start if that is later. A finished session ended when it finished.
    pub fn expected_end(&self, now: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = *self.file.planned_start.offset();
        if let Some(done) = self.file.finished {
            return done.with_timezone(&offset);
        }
        (self.base(now) + self.time_left(now)).with_timezone(&offset)
    }

    /// The time the session still needs at `now` (see [`Session::expected_end`]).
    pub fn time_left(&self, now: DateTime<Utc>) -> TimeDelta {
        (0..self.workshop.steps.len())
            .filter(|&i| self.counts(i))
            .filter_map(|i| self.timing(i).map(|t| t.still_needed(now)))
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

    /// Records that the group worked in the current step (timer, cards, writing).
    fn worked(&mut self) {
        let current = self.current;
        self.timing_mut(current).worked = true;
        self.file.visit.worked = true;
    }

    /// Starts or resumes the current step's timer. Starting a step marked done during this
    /// visit opens it again; so does starting a finished step the facilitator went back to.
    pub fn start(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        if self.file.visit.finished {
            self.timing_mut(current).done = None;
            self.file.visit.finished = false;
        }
        self.timing_mut(current).start(now);
        self.file.visit.ran = true;
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// Pauses the current step's timer.
    pub fn pause(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        self.timing_mut(current).pause(now);
        self.file.visit.worked = true;
        self.changed(now);
        Ok(())
    }

    /// Adds minutes to the current step (negative removes them, never below zero); returns the
    /// minutes actually added.
    pub fn add_minutes(&mut self, minutes: i32, now: DateTime<Utc>) -> Result<i32, SessionError> {
        self.open()?;
        let current = self.current;
        let applied = self.timing_mut(current).add_minutes(minutes, now);
        self.file.visit.worked = true;
        self.changed(now);
        Ok(applied)
    }

    /// Leaves the current step for the step at `index`.
    ///
    /// - Going straight back to the step this visit came from, with nothing done in between,
    ///   returns exactly to where the facilitator was (both steps as they were; time the timer
    ///   ran meanwhile belongs to the step returned to).
    /// - Otherwise `finishing` (Next) marks the step left done if the group worked in it; a
    ///   finished step whose timer ran again during this visit and that is left otherwise is
    ///   open again (visited); a step only looked at stays as it was.
    /// - `carry` lets a running timer run on in the step entered; otherwise it pauses.
    fn move_to(
        &mut self,
        index: usize,
        finishing: bool,
        carry: bool,
        now: DateTime<Utc>,
    ) -> Result<(), SessionError> {
        self.open()?;
        let len = self.workshop.steps.len();
        if index >= len {
            return Err(SessionError::NoSuchStep(index + 1, len));
        }
        if index == self.current {
            return Ok(());
        }
        let from = self.current;
        let mut visit = std::mem::take(&mut self.file.visit);
        let came_from = visit.came_from.take();
        if let Some(came) = came_from
            && !visit.worked
            && came.step == self.workshop.steps[index].id
        {
            let came = *came;
            // With the timer running on meanwhile, the time belongs to the step returned to and
            // its run goes on; with the timer paused, the step stays paused as it was left.
            let was_running = self.timing_mut(from).is_running();
            let paused_runs = self.timing_mut(index).runs.clone();
            let mut back = came.left;
            if !was_running {
                back.runs = paused_runs;
            }
            *self.timing_mut(index) = back;
            *self.timing_mut(from) = came.entered;
            self.current = index;
            self.file.current_step = self.workshop.steps[index].id.clone();
            self.file.visit = came.visit;
            self.changed(now);
            return Ok(());
        }
        let left_before = self.timing_mut(from).clone();
        let entered_before = self.timing_mut(index).clone();
        let left = self.timing_mut(from);
        let was_running = left.is_running();
        left.pause(now);
        left.ended = Some(now);
        if finishing && left.was_worked() && !left.skipped {
            if visit.ran || visit.worked || left.done.is_none() {
                left.done = Some(now);
            }
        } else if left.done.is_some() && visit.ran && !visit.finished {
            left.done = None;
        }
        self.current = index;
        self.file.current_step = self.workshop.steps[index].id.clone();
        self.file.visit = Visit {
            came_from: Some(Box::new(CameFrom {
                step: self.workshop.steps[from].id.clone(),
                left: left_before,
                entered: entered_before,
                visit,
            })),
            ..Visit::default()
        };
        let entered = self.timing_mut(index);
        entered.ended = None;
        if was_running && carry {
            entered.start(now);
            self.file.visit.ran = true;
        }
        self.changed(now);
        Ok(())
    }

    /// Goes to the step at `index` (from the agenda) to look at it or to work in it. Neither
    /// step changes its state by this: the step left keeps its state (a finished step worked in
    /// again during this visit is open again), and the timer pauses, so going somewhere only to
    /// look costs the steps nothing. Start the timer to work in the step.
    pub fn go_to(&mut self, index: usize, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.move_to(index, false, false, now)
    }

    /// Goes to the next step: the step left is finished (done) if the group worked in it, and a
    /// running timer runs on in the next step.
    pub fn next(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        if self.current + 1 >= self.workshop.steps.len() {
            return Err(SessionError::LastStep);
        }
        self.move_to(self.current + 1, true, true, now)
    }

    /// Goes to the previous step; everything captured stays and the timer pauses (see
    /// [`Session::go_to`]). A step finished before is in progress again while it is current.
    pub fn previous(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        if self.current == 0 {
            return Err(SessionError::FirstStep);
        }
        self.move_to(self.current - 1, false, false, now)
    }

    /// Marks the current step done ("Klar") and pauses its timer; the step stays current. It no
    /// longer counts towards the expected end. Starting its timer again opens it again.
    pub fn complete(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        let t = self.timing_mut(current);
        t.pause(now);
        t.done = Some(now);
        t.skipped = false;
        self.file.visit.finished = true;
        self.file.visit.worked = true;
        self.changed(now);
        Ok(())
    }

    /// Skips the current step: it is recorded as skipped (even if it had started) and the next
    /// step becomes current, with a running timer running on. On the last step, the session
    /// finishes.
    pub fn skip(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        let t = self.timing_mut(current);
        t.skipped = true;
        t.done = None;
        self.file.visit.worked = true;
        if current + 1 >= self.workshop.steps.len() {
            self.finish(now)
        } else {
            self.move_to(current + 1, false, true, now)
        }
    }

    /// Ends the session: the timer stops, the current step is marked as left and, if the group
    /// worked in it, done. [`Session::reopen`] or undo takes it back.
    pub fn finish(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.open()?;
        let current = self.current;
        let t = self.timing_mut(current);
        t.pause(now);
        t.ended = Some(now);
        if t.was_worked() && !t.skipped && t.done.is_none() {
            t.done = Some(now);
        }
        self.file.finished = Some(now);
        self.changed(now);
        Ok(())
    }

    /// Opens a finished session again, on the step it ended on (its timer paused): for a
    /// session finished by mistake, or to go on after a break. Does nothing to an open session.
    pub fn reopen(&mut self, now: DateTime<Utc>) -> Result<(), SessionError> {
        if self.file.finished.take().is_some() {
            let current = self.current;
            self.timing_mut(current).ended = None;
            self.file.visit = Visit {
                worked: true,
                ..Visit::default()
            };
            self.changed(now);
        }
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
        if self.step().pause {
            return Err(SessionError::Break);
        }
        let step = self.step().id.clone();
        let pile = self.file.draws.as_mut().ok_or(SessionError::NoDeck)?;
        let cards = pile.draw(&categories, count, Some(&step), now)?;
        self.worked();
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
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// Puts a drawn or kept card on the discard pile.
    pub fn discard(&mut self, card: &str, now: DateTime<Utc>) -> Result<(), SessionError> {
        self.pile_mut()?.discard(card)?;
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// Undoes the last draw (or reshuffle) of the pile exactly, generator included. This is the
    /// pile's own undo, outside the session's history; the app uses [`SessionCommand::Undo`].
    pub fn undo_draw(&mut self, now: DateTime<Utc>) -> Result<Vec<PileCard>, SessionError> {
        let cards = self.pile_mut()?.undo()?;
        self.changed(now);
        Ok(cards)
    }

    /// Moves the cards still on the current step's table (drawn in this step, not kept) to the
    /// discard pile in one action; returns how many.
    pub fn clear_table(&mut self, now: DateTime<Utc>) -> Result<usize, SessionError> {
        self.open()?;
        let ids: Vec<String> = self
            .step_cards(self.current)
            .table
            .into_iter()
            .map(|c| c.id)
            .collect();
        let pile = self.pile_mut()?;
        for id in &ids {
            pile.discard(id)?;
        }
        if !ids.is_empty() {
            self.worked();
            self.changed(now);
        }
        Ok(ids.len())
    }

    /// The position of the step a card was last drawn in, if it was drawn in a step of this
    /// workshop.
    pub fn card_step(&self, card: &str) -> Option<usize> {
        let pile = self.draws()?;
        let step = pile
            .draws()
            .filter(|d| d.cards.iter().any(|c| c == card))
            .last()?
            .step
            .as_ref()?;
        self.workshop.steps.iter().position(|s| &s.id == step)
    }

    /// The cards of the step at `index`: those drawn in it that are on the table or kept, in
    /// the order drawn. A step opens with an empty table; cards of other steps are not here.
    pub fn step_cards(&self, index: usize) -> StepCards {
        let mut cards = StepCards::default();
        let Some(pile) = self.draws() else {
            return cards;
        };
        let Some(step) = self.workshop.steps.get(index) else {
            return cards;
        };
        let mut seen: Vec<&str> = Vec::new();
        for record in pile.draws().filter(|d| d.step.as_ref() == Some(&step.id)) {
            for id in &record.cards {
                if seen.contains(&id.as_str()) || self.card_step(id) != Some(index) {
                    continue;
                }
                seen.push(id);
                let Some(card) = pile.card(id) else { continue };
                match pile.place(id) {
                    Some(CardPlace::Table) => cards.table.push(card.clone()),
                    Some(CardPlace::Kept) => cards.kept.push(card.clone()),
                    _ => {}
                }
            }
        }
        cards
    }

    /// The cards drawn in steps before the one at `index` (in agenda order) that are still on
    /// a table or kept, grouped by step in agenda order ("Tidigare kort").
    pub fn earlier_cards(&self, index: usize) -> Vec<EarlierCard> {
        let mut out = Vec::new();
        for step in 0..index.min(self.workshop.steps.len()) {
            let cards = self.step_cards(step);
            for (card, kept) in cards
                .kept
                .into_iter()
                .map(|c| (c, true))
                .chain(cards.table.into_iter().map(|c| (c, false)))
            {
                out.push(EarlierCard { step, card, kept });
            }
        }
        out
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
        let items = self.choice_items(field);
        // A vote's choice is its list's: choosing in a vote marks the items in the list (one
        // source of truth: the ideas show what the vote chose, and one undo takes both back).
        if let (FieldKind::Votes { of, .. }, CaptureEdit::Votes(vote)) = (&kind, &edit) {
            let marks: Option<Vec<(String, bool)>> = match vote {
                VoteEdit::Choose { item, chosen } => {
                    let item = item.trim().to_owned();
                    if !items.contains(&item) {
                        return Err(SessionError::Capture {
                            field: field.to_owned(),
                            source: CaptureError::NotInList { item },
                        });
                    }
                    Some(vec![(item, *chosen)])
                }
                VoteEdit::ChooseTop(n) => Some(
                    self.vote_result(field)
                        .unwrap_or_default()
                        .rows
                        .iter()
                        .map(|r| (r.item.clone(), r.rank.is_some_and(|rank| rank <= *n)))
                        .collect(),
                ),
                VoteEdit::Clear => Some(items.iter().map(|i| (i.clone(), false)).collect()),
                _ => None,
            };
            if let Some(marks) = marks {
                let of = of.clone();
                self.mark_list(&of, &marks);
                if let Some(Capture::Votes(v)) = self.file.captures.get_mut(field) {
                    v.chosen.retain(|c| !marks.iter().any(|(k, _)| k == c));
                }
                if !matches!(vote, VoteEdit::Clear) {
                    self.worked();
                    self.changed(now);
                    return Ok(());
                }
            }
        }
        // A list item renamed: the votes and matrices over the list follow it (below).
        let renamed = match (&kind, &edit, self.file.captures.get(field)) {
            (FieldKind::List, CaptureEdit::EditItem { index, .. }, Some(Capture::List(list))) => {
                list.get(*index).map(|i| i.text.clone())
            }
            _ => None,
        };
        let new_text = match &edit {
            CaptureEdit::EditItem { text, .. } => Some(text.clone()),
            _ => None,
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
        let len = match value {
            Capture::Table(rows) => rows.len(),
            _ => 0,
        };
        let follow = matches!(value, Capture::Table(_)).then(|| edit.clone());
        value
            .apply_over(edit, columns, &items)
            .map_err(|source| SessionError::Capture {
                field: field.to_owned(),
                source,
            })?;
        if let Some(edit) = follow {
            let rows = self.file.plan_rows.entry(field.to_owned()).or_default();
            plan::follow_edit(rows, &edit, len);
            if rows.iter().all(plan::RowState::is_blank) {
                self.file.plan_rows.remove(field);
            }
        }
        if let (Some(old), Some(new)) = (renamed, new_text) {
            self.follow_rename(field, &old, &new);
        }
        self.worked();
        self.changed(now);
        Ok(())
    }

    /// The texts of the items of the list `list` marked chosen, trimmed.
    fn list_marks(&self, list: &str) -> Vec<String> {
        match self.file.captures.get(list) {
            Some(Capture::List(items)) => items
                .iter()
                .filter(|i| i.chosen)
                .map(|i| i.text.trim().to_owned())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Marks the items of the list `list` whose text `marks` names chosen or not.
    fn mark_list(&mut self, list: &str, marks: &[(String, bool)]) {
        if let Some(Capture::List(items)) = self.file.captures.get_mut(list) {
            for item in items {
                if let Some((_, chosen)) = marks.iter().find(|(k, _)| k == item.text.trim()) {
                    item.chosen = *chosen;
                }
            }
        }
    }

    /// Moves the marks a vote of an older file held onto its list's items, which hold them
    /// now; the marks of items no longer in the list stay with the vote (shown apart).
    fn settle_vote_marks(&mut self) {
        let votes: Vec<(String, String)> = self
            .workshop
            .fields()
            .filter_map(|(_, f)| match &f.kind {
                FieldKind::Votes { of, .. } => Some((f.id.clone(), of.clone())),
                _ => None,
            })
            .collect();
        for (field, of) in votes {
            let items = self.choice_items(&field);
            let Some(Capture::Votes(v)) = self.file.captures.get_mut(&field) else {
                continue;
            };
            let (listed, rest): (Vec<String>, Vec<String>) =
                v.chosen.drain(..).partition(|c| items.contains(c));
            v.chosen = rest;
            let marks: Vec<(String, bool)> = listed.into_iter().map(|c| (c, true)).collect();
            self.mark_list(&of, &marks);
        }
    }

    /// The items a votes or matrix field works on, in order: the texts of its list's items (see
    /// [`votes::vote_items`]); for a matrix over a votes field, that vote's chosen items (all its
    /// items while none is chosen), most dots first. Empty for other fields.
    pub fn choice_items(&self, field: &str) -> Vec<String> {
        let list = |id: &str| match self.file.captures.get(id) {
            Some(Capture::List(items)) => votes::vote_items(items),
            _ => Vec::new(),
        };
        let Some(f) = self.field(field) else {
            return Vec::new();
        };
        match &f.kind {
            FieldKind::Votes { of, .. } => list(of),
            FieldKind::Matrix { of, .. } => match self.field(of).map(|f| &f.kind) {
                Some(FieldKind::Votes { of: list_id, dots }) => {
                    let items = list(list_id);
                    let marks = self.list_marks(list_id);
                    let result = match self.file.captures.get(of) {
                        Some(Capture::Votes(v)) => v.result_marked(&items, &marks, *dots),
                        _ => VoteCapture::default().result_marked(&items, &marks, *dots),
                    };
                    let chosen: Vec<String> = result.chosen().map(|r| r.item.clone()).collect();
                    if chosen.is_empty() {
                        result.rows.into_iter().map(|r| r.item).collect()
                    } else {
                        chosen
                    }
                }
                _ => list(of),
            },
            _ => Vec::new(),
        }
    }

    /// The result of a votes field (its dots per item, ranks and budget), if it is one.
    pub fn vote_result(&self, field: &str) -> Option<VoteResult> {
        let FieldKind::Votes { of, dots } = &self.field(field)?.kind else {
            return None;
        };
        let items = self.choice_items(field);
        let marks = self.list_marks(of);
        Some(match self.file.captures.get(field) {
            Some(Capture::Votes(v)) => v.result_marked(&items, &marks, *dots),
            _ => VoteCapture::default().result_marked(&items, &marks, *dots),
        })
    }

    /// The matrix of a matrix field (its cells, what is not placed, what no longer exists).
    pub fn matrix_view(&self, field: &str) -> Option<MatrixView> {
        let FieldKind::Matrix { x, y, .. } = &self.field(field)?.kind else {
            return None;
        };
        let items = self.choice_items(field);
        Some(match self.file.captures.get(field) {
            Some(Capture::Matrix(m)) => m.view(&items, x, y),
            _ => MatrixCapture::default().view(&items, x, y),
        })
    }

    /// After the item `old` of the list `list` became `new`: moves its dots, its mark and its
    /// place in every vote and matrix over the list (and in matrices over those votes).
    fn follow_rename(&mut self, list: &str, old: &str, new: &str) {
        let over = |of_list: &str| -> Vec<String> {
            self.workshop
                .fields()
                .filter(|(_, f)| match &f.kind {
                    FieldKind::Votes { of, .. } | FieldKind::Matrix { of, .. } => of == of_list,
                    _ => false,
                })
                .map(|(_, f)| f.id.clone())
                .collect()
        };
        let mut fields = over(list);
        let votes: Vec<String> = fields
            .iter()
            .filter(|f| {
                matches!(
                    self.field(f).map(|f| &f.kind),
                    Some(FieldKind::Votes { .. })
                )
            })
            .cloned()
            .collect();
        for v in &votes {
            fields.extend(over(v));
        }
        for id in fields {
            let items = self.choice_items(&id);
            match self.file.captures.get_mut(&id) {
                Some(Capture::Votes(v)) => v.rename(old, new, &items),
                Some(Capture::Matrix(m)) => m.rename(old, new, &items),
                _ => {}
            }
        }
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
    fn restore(&mut self, mut state: SessionFile, now: DateTime<Utc>) {
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
    fn step_title(&self, index: usize) -> String {
        self.workshop
            .steps
            .get(index)
            .map_or_else(String::new, |s| s.title.clone())
    }

    fn card_title(&self, id: &str) -> String {
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

    fn carry_out(
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
