//! Clock times as people type and read them: `HH:MM` on a 24-hour clock, parsed with chrono.
//!
//! One place for the program's clock times: the start time of a session or a guide (typed in
//! the app or given to the command line), and the times printed in agendas. The format is the
//! same in both languages (`13:05`). This module does not know about sessions or time zones.

use chrono::{NaiveTime, Timelike};

use crate::i18n::{Key, Language};

/// A start time that is not a clock time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("start time `{text}` is not HH:MM on a 24-hour clock, such as 09:00 or 13:30")]
pub struct ClockError {
    /// What was typed.
    pub text: String,
}

impl crate::i18n::Localized for ClockError {
    fn message(&self, language: Language) -> String {
        language.fmt(Key::ErrClock, &[("text", &self.text)])
    }
}

/// Parses a clock time `HH:MM` on a 24-hour clock; `9:30` and `13.30` work too.
pub fn parse(text: &str) -> Result<NaiveTime, ClockError> {
    let bad = || ClockError {
        text: text.to_owned(),
    };
    let trimmed = text.trim();
    let (hours, minutes) = trimmed.split_once([':', '.']).ok_or_else(bad)?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(hours) || hours.len() > 2 || !digits(minutes) || minutes.len() != 2 {
        return Err(bad());
    }
    NaiveTime::parse_from_str(&format!("{hours}:{minutes}"), "%H:%M").map_err(|_| bad())
}

/// Parses a start time into minutes after midnight (09:00 is 540).
pub fn parse_minutes(text: &str) -> Result<u32, ClockError> {
    parse(text).map(|time| time.hour() * 60 + time.minute())
}

/// A clock time, `HH:MM`.
pub fn format(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// The clock time `minutes` after midnight, `HH:MM` (wrapping past midnight).
pub fn format_minutes(minutes: u32) -> String {
    let m = minutes % (24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localized as _;

    #[test]
    fn start_times() {
        assert_eq!(parse_minutes("09:00"), Ok(540));
        assert_eq!(parse_minutes("13:30"), Ok(810));
        assert_eq!(parse_minutes("9:05"), Ok(545));
        assert_eq!(parse_minutes(" 13.30 "), Ok(810));
        assert_eq!(parse_minutes("23:59"), Ok(23 * 60 + 59));
        for bad in [
            "25:00", "9", "09:60", "ab:cd", "9:5", "", ":30", "-1:00", "+9:00", "123:00",
        ] {
            let e = parse_minutes(bad).expect_err(bad);
            assert_eq!(e.text, bad);
            assert!(e.to_string().contains("HH:MM"), "{e}");
        }
        assert_eq!(format_minutes(540 + 135), "11:15");
        assert_eq!(format_minutes(23 * 60 + 90), "00:30");
        assert_eq!(
            format(NaiveTime::from_hms_opt(7, 5, 0).expect("a time")),
            "07:05"
        );
    }

    #[test]
    fn the_error_is_in_both_languages() {
        let e = parse_minutes("25:99").expect_err("not a time");
        assert_eq!(
            e.message(Language::Swedish),
            "Starttiden `25:99` är inte TT:MM på en 24-timmarsklocka, till exempel 09:00 eller 13:30."
        );
        assert_eq!(
            e.message(Language::English),
            "The start time `25:99` is not HH:MM on a 24-hour clock, such as 09:00 or 13:30."
        );
    }
}
