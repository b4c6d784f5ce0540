//! The step timer as the facilitator reads it: its digits, its colour by phase, the repaint
//! schedule of a running timer and the chime when time runs out.

use chrono::{DateTime, TimeDelta, Utc};
use egui::Color32;

use crate::active::ActiveSession;
use crate::session::Phase;
use crate::ui::projector::TimerState;

/// Whole seconds shown for `remaining`: rounded up, so a countdown shows `00:01` in its last
/// second and `−00:01` one second after time ran out.
pub(super) fn shown_seconds(remaining: TimeDelta) -> i64 {
    let ms = remaining.num_milliseconds();
    -((-ms).div_euclid(1000))
}

/// A countdown as `mm:ss`, with a minus sign (−) when the time is overrun.
pub fn timer_text(remaining: TimeDelta) -> String {
    let secs = shown_seconds(remaining);
    let sign = if secs < 0 { "−" } else { "" };
    let abs = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
}

/// When the session's display next changes: the next second boundary of the running timer,
/// the end of the flash, or the moment resting shortcuts wake; `None` when nothing will change
/// by itself.
pub fn next_repaint(active: &ActiveSession, now: DateTime<Utc>) -> Option<std::time::Duration> {
    let mut next: Option<i64> = None;
    if active.session.is_running() && active.session.finished().is_none() {
        let ms = active.session.remaining(now).num_milliseconds();
        let rest = ms.rem_euclid(1000);
        // A few milliseconds late, so the frame lands after the boundary.
        next = Some(if rest == 0 { 1000 } else { rest } + 5);
    }
    if let Some(until) = active.flash_until {
        let ms = (until - now).num_milliseconds().max(0) + 5;
        next = Some(next.map_or(ms, |n| n.min(ms)));
    }
    next.map(|ms| std::time::Duration::from_millis(ms.max(1) as u64))
}

/// The time-up chime: a short tone with the `sound` feature, nothing without it (the flash
/// shows either way). No sound device is not an error.
pub fn chime() {
    #[cfg(feature = "sound")]
    {
        std::thread::spawn(|| {
            use rodio::Source;
            // No sound device (or none that opens): the flash alone signals the time.
            if let Ok(mut sink) = rodio::DeviceSinkBuilder::open_default_sink() {
                sink.log_on_drop(false);
                let tone = rodio::source::SineWave::new(880.0)
                    .take_duration(std::time::Duration::from_millis(600))
                    .amplify(0.3);
                sink.mixer().add(tone);
                std::thread::sleep(std::time::Duration::from_millis(700));
            }
        });
    }
}

/// The colour of a phase in the cockpit. In the dark themes these are the stage colours; in
/// the light theme dark tones that still differ in brightness.
pub fn phase_color(phase: Phase, dark: bool) -> Color32 {
    match (phase, dark) {
        (p, true) => crate::ui::projector::stage_color(TimerState::Running(p)),
        (Phase::Normal, false) => Color32::from_rgb(0x0B, 0x4F, 0x24),
        (Phase::Warning, false) => Color32::from_rgb(0x9A, 0x52, 0x00),
        (Phase::Overrun, false) => Color32::from_rgb(0xB0, 0x1C, 0x10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timer_text_counts_down_and_shows_overrun_with_a_minus() {
        assert_eq!(timer_text(TimeDelta::minutes(12)), "12:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(59_001)), "01:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(500)), "00:01");
        assert_eq!(timer_text(TimeDelta::zero()), "00:00");
        assert_eq!(timer_text(TimeDelta::seconds(-133)), "−02:13");
        assert_eq!(timer_text(TimeDelta::milliseconds(-1_500)), "−00:01");
    }
}
