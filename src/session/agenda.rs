//! The agenda: each step's honest state, its planned and expected clock times, and the
//! current step's timer as the room sees it.

use super::*;

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

impl Session {
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
    pub(super) fn counts(&self, index: usize) -> bool {
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
    pub(super) fn base(&self, now: DateTime<Utc>) -> DateTime<Utc> {
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
}
