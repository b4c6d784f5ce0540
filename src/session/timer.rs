//! The step timer: runs, pauses, added or removed minutes, remaining time and its phase.
//!
//! Time is always passed in as `now` (UTC); this module never reads a clock. A step's timing is
//! a list of runs (started … paused) and extensions, so the elapsed time is exact after any
//! sequence of start, pause and resume, and after a crash the saved runs say what happened. It
//! does not know the agenda: the session decides which step's timer runs.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// How long the warning phase lasts at most.
pub const WARNING_AT_MOST: TimeDelta = TimeDelta::minutes(2);

/// One stretch of time during which a step's timer ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// When the timer was started or resumed.
    pub from: DateTime<Utc>,
    /// When it was paused (or the step was left); `None` while running.
    #[serde(default)]
    pub to: Option<DateTime<Utc>>,
}

/// Minutes added to (or, negative, removed from) a step's time box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    /// When the change was made.
    pub at: DateTime<Utc>,
    /// Minutes added; negative when removed.
    pub minutes: i32,
}

/// How the remaining time of a step looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Plenty of time left.
    Normal,
    /// The last 20 % of the time box or the last 2 minutes, whichever is shorter.
    Warning,
    /// The time is up: remaining time is zero or negative.
    Overrun,
}

/// The timing of one step: planned minutes, runs, extensions, when it was left and whether it was
/// skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepTiming {
    /// The step's id in the workshop.
    pub step: String,
    /// The step's time box from the workshop file, in minutes.
    pub planned_minutes: u32,
    /// Every stretch the timer ran, oldest first. The first one's start is when the step started.
    #[serde(default)]
    pub runs: Vec<Run>,
    /// Every change to the time box, oldest first.
    #[serde(default)]
    pub extensions: Vec<Extension>,
    /// When the step was last left; `None` while it is the current step or not yet visited.
    #[serde(default)]
    pub ended: Option<DateTime<Utc>>,
    /// Whether the step was skipped (passed over without being started, or skipped on purpose).
    #[serde(default)]
    pub skipped: bool,
    /// Whether the "time is up" event was given since the time last ran out.
    #[serde(default)]
    pub time_up_signalled: bool,
    /// When the step was finished (Next after working in it, or "done"); `None` while it is not.
    /// Only a finished step stops counting towards the expected end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<DateTime<Utc>>,
    /// Whether the group worked in the step: its timer ran, cards were drawn or something was
    /// written while it was the current step.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub worked: bool,
}

impl StepTiming {
    /// A step not started yet, with its planned minutes.
    pub fn new(step: impl Into<String>, planned_minutes: u32) -> StepTiming {
        StepTiming {
            step: step.into(),
            planned_minutes,
            runs: Vec::new(),
            extensions: Vec::new(),
            ended: None,
            skipped: false,
            time_up_signalled: false,
            done: None,
            worked: false,
        }
    }

    /// Whether the group worked in the step (see [`StepTiming::worked`]); a step whose timer
    /// ran counts as worked in, also in files written before the flag existed.
    pub fn was_worked(&self) -> bool {
        self.worked || !self.runs.is_empty()
    }

    /// Time left in the time box at `now`, not below zero: what the step still needs.
    pub fn still_needed(&self, now: DateTime<Utc>) -> TimeDelta {
        self.remaining(now).max(TimeDelta::zero())
    }

    /// When the step's timer was first started.
    pub fn started(&self) -> Option<DateTime<Utc>> {
        self.runs.first().map(|r| r.from)
    }

    /// Whether the timer runs now.
    pub fn is_running(&self) -> bool {
        self.runs.last().is_some_and(|r| r.to.is_none())
    }

    /// Whether the timer was started and is paused now.
    pub fn is_paused(&self) -> bool {
        !self.runs.is_empty() && !self.is_running()
    }

    /// Starts the timer, or resumes it after a pause. Does nothing while it runs.
    pub fn start(&mut self, now: DateTime<Utc>) {
        if !self.is_running() {
            self.runs.push(Run {
                from: now,
                to: None,
            });
            self.skipped = false;
        }
    }

    /// Pauses the timer. Does nothing when it does not run. A `now` before the run's start
    /// (a clock set back) counts as the start.
    pub fn pause(&mut self, now: DateTime<Utc>) {
        if let Some(run) = self.runs.last_mut()
            && run.to.is_none()
        {
            run.to = Some(now.max(run.from));
        }
    }

    /// The time the timer has run, up to `now`.
    pub fn elapsed(&self, now: DateTime<Utc>) -> TimeDelta {
        // Saturating: no sum of runs, however many and long, can overflow.
        self.runs.iter().fold(TimeDelta::zero(), |sum, r| {
            let to = r.to.unwrap_or(now).max(r.from);
            sum.checked_add(&(to - r.from)).unwrap_or(TimeDelta::MAX)
        })
    }

    /// Minutes added (positive) or removed (negative) in all.
    pub fn extra_minutes(&self) -> i64 {
        self.extensions.iter().map(|e| i64::from(e.minutes)).sum()
    }

    /// The time box: planned minutes plus extensions, never below zero.
    pub fn budget(&self) -> TimeDelta {
        let minutes = (i64::from(self.planned_minutes) + self.extra_minutes()).max(0);
        TimeDelta::try_minutes(minutes).unwrap_or(TimeDelta::MAX)
    }

    /// Adds minutes (negative removes them); the time box never goes below zero, so fewer
    /// minutes than asked may be removed. Returns the minutes actually added. When time is left
    /// again afterwards, the "time is up" event is given again when it runs out.
    pub fn add_minutes(&mut self, minutes: i32, now: DateTime<Utc>) -> i32 {
        let total = i64::from(self.planned_minutes) + self.extra_minutes();
        // At most a day added in all, as a session file allows (see `SessionFile::check_ranges`).
        let room = i64::from(super::file::MAX_STEP_MINUTES) - self.extra_minutes();
        let applied = i64::from(minutes).max(-total.max(0)).min(room.max(0));
        let applied = i32::try_from(applied).unwrap_or(0);
        if applied != 0 {
            self.extensions.push(Extension {
                at: now,
                minutes: applied,
            });
        }
        if self.remaining(now) > TimeDelta::zero() {
            self.time_up_signalled = false;
        }
        applied
    }

    /// Time left in the time box at `now`; negative when overrun.
    pub fn remaining(&self, now: DateTime<Utc>) -> TimeDelta {
        self.budget()
            .checked_sub(&self.elapsed(now))
            .unwrap_or(TimeDelta::MIN)
    }

    /// How long the warning phase is for this time box: 20 % of it, at most 2 minutes.
    pub fn warning_span(&self) -> TimeDelta {
        (self.budget() / 5).min(WARNING_AT_MOST)
    }

    /// The phase at `now`.
    pub fn phase(&self, now: DateTime<Utc>) -> Phase {
        let remaining = self.remaining(now);
        if remaining <= TimeDelta::zero() {
            Phase::Overrun
        } else if remaining <= self.warning_span() {
            Phase::Warning
        } else {
            Phase::Normal
        }
    }

    /// `true` once when a started step's time has run out (for the chime and the flash); `false`
    /// before that and after it was given.
    pub fn take_time_up(&mut self, now: DateTime<Utc>) -> bool {
        if self.started().is_some()
            && !self.time_up_signalled
            && self.remaining(now) <= TimeDelta::zero()
        {
            self.time_up_signalled = true;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap_or_default()
    }

    #[test]
    fn counts_down_with_pauses_and_overruns() {
        let mut t = StepTiming::new("s", 10);
        assert_eq!(t.remaining(at(0)), TimeDelta::minutes(10));
        t.start(at(0));
        t.pause(at(60));
        assert_eq!(t.remaining(at(600)), TimeDelta::minutes(9));
        t.start(at(600));
        assert_eq!(t.phase(at(600 + 8 * 60)), Phase::Warning);
        assert_eq!(t.phase(at(600 + 6 * 60)), Phase::Normal);
        assert!(!t.take_time_up(at(600 + 8 * 60)));
        assert_eq!(t.remaining(at(600 + 10 * 60)), TimeDelta::minutes(-1));
        assert_eq!(t.phase(at(600 + 10 * 60)), Phase::Overrun);
        assert!(t.take_time_up(at(600 + 10 * 60)));
        assert!(!t.take_time_up(at(600 + 11 * 60)));
        // More time re-arms the chime.
        assert_eq!(t.add_minutes(5, at(600 + 11 * 60)), 5);
        assert!(t.take_time_up(at(600 + 20 * 60)));
    }

    #[test]
    fn warning_is_the_shorter_of_20_percent_and_2_minutes() {
        assert_eq!(
            StepTiming::new("s", 5).warning_span(),
            TimeDelta::minutes(1)
        );
        assert_eq!(
            StepTiming::new("s", 30).warning_span(),
            TimeDelta::minutes(2)
        );
    }

    #[test]
    fn removing_minutes_stops_at_zero() {
        let mut t = StepTiming::new("s", 3);
        assert_eq!(t.add_minutes(-5, at(0)), -3);
        assert_eq!(t.budget(), TimeDelta::zero());
        assert_eq!(t.add_minutes(-1, at(0)), 0);
        assert!(t.extensions.len() == 1);
    }
}
