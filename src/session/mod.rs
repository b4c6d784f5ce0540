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

mod agenda;
pub mod capture;
mod captures;
mod cards;
mod command;
pub mod draft;
pub mod draw;
mod error;
pub mod file;
mod flow;
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

pub use agenda::{AgendaItem, StepState, StepStatus};
pub use capture::{Capture, CaptureEdit, CaptureError, ListItem};
pub use cards::{EarlierCard, StepCards};
pub use command::{SessionCommand, SessionEvent};
pub use draft::SessionDraft;
pub use draw::{CardPlace, DrawError, DrawPile, DrawRecord, PileCard, PileEvent};
pub use error::{ResumeNotice, SessionError};
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
}
