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
    /// it is expected to start given what the current step and the steps between still need.
    /// It moves when a step is extended or runs over. A step behind the current one that never
    /// ran stands at its place in the list (see [`Session::agenda_at`]).
    pub expected_start: DateTime<FixedOffset>,
    /// Expected clock time of the step's end: when it last stopped for a step that ran and is
    /// not ahead, else its start plus the time it still needs.
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
    /// The list reads as a timetable, top to bottom, so its clock times are in the order of the
    /// steps wherever the facilitator went:
    ///
    /// - The current step starts when its timer first ran, or, not started yet, now (before the
    ///   session's first start: its planned start if that is later); it ends at that plus what it
    ///   still needs. This is the window the cockpit's header shows.
    /// - The steps after it that still count follow it in agenda order, each taking what it
    ///   still needs, so every clock time after a step moves when that step is extended or runs
    ///   over.
    /// - A step before the current one, or finished, shows when it ran (its first start to
    ///   its last stop), whether or not it is finished.
    /// - A step that never ran (passed with Next before anything happened in it, skipped, or
    ///   marked done without its timer) takes no time and stands at its place: where the line
    ///   before it ends (the planned start for the first step), but never after the next line
    ///   with times of its own begins. It is never moved to after the last step.
    ///
    /// An earlier step left unfinished still needs its time: [`Session::expected_end`] counts
    /// it, so the expected end is then later than the last line's end by what such steps
    /// still need (the facilitator may go back to them).
    pub fn agenda_at(&self, now: DateTime<Utc>) -> Vec<AgendaItem> {
        let offset = *self.file.planned_start.offset();
        let local = |t: DateTime<Utc>| t.with_timezone(&offset);
        let len = self.workshop.steps.len();
        // Each line's own times, where it has any: the current step and the steps after it that
        // still count, chained from the base; every other step that ran, as it ran.
        let mut own: Vec<Option<(DateTime<Utc>, DateTime<Utc>)>> = vec![None; len];
        let mut cursor = self.base(now);
        for i in (self.current..len).filter(|&i| self.counts(i)) {
            let Some(t) = self.timing(i) else { continue };
            let start = if i == self.current {
                t.started().unwrap_or(cursor)
            } else {
                cursor
            };
            let end = cursor + t.still_needed(now);
            own[i] = Some((start.min(end), end));
            cursor = end;
        }
        for (i, slot) in own.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            if let Some(t) = self.timing(i)
                && let Some(from) = t.started()
            {
                let to = t.runs.last().and_then(|r| r.to).unwrap_or(now);
                *slot = Some((from, to.max(from)));
            }
        }
        // Where a line without times of its own stands: the end of the line before it, held
        // back to the start of the next line with times of its own.
        let mut next_start: Vec<Option<DateTime<Utc>>> = vec![None; len];
        let mut later = None;
        for i in (0..len).rev() {
            next_start[i] = later;
            if let Some((from, _)) = own[i] {
                later = Some(from);
            }
        }
        let mut previous_end = self.file.planned_start.with_timezone(&Utc);

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
                let (from, to) = own[index].unwrap_or_else(|| {
                    let when = next_start[index].map_or(previous_end, |n| n.min(previous_end));
                    (when, when)
                });
                previous_end = to;
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
                    expected_start: local(from),
                    expected_end: local(to),
                    actual_minutes: timing.map_or(0, |t| t.elapsed(now).num_minutes()),
                };
                at += TimeDelta::minutes(i64::from(step.minutes));
                item
            })
            .collect()
    }

    /// The clock window of the current step at `now`: its agenda line's expected start and end
    /// (see [`Session::agenda_at`]), which the cockpit's header shows, so the two never differ.
    pub fn current_window(
        &self,
        now: DateTime<Utc>,
    ) -> (DateTime<FixedOffset>, DateTime<FixedOffset>) {
        let offset = *self.file.planned_start.offset();
        self.agenda_at(now).into_iter().nth(self.current).map_or(
            (now.with_timezone(&offset), now.with_timezone(&offset)),
            |item| (item.expected_start, item.expected_end),
        )
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
