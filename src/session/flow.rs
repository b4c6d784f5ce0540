//! Moving through the agenda: starting, pausing and extending a step, going to another one,
//! marking done, skipping, finishing and reopening the session.

use super::*;

impl Session {
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
    pub(super) fn move_to(
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
}
