//! The session the app has open, as the app keeps it and the views show it, and the local
//! clock times a session starts at (for the app and the command line alike).

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::session::Session;

/// The session the app has open, with what it needs to show and save it.
#[derive(Debug)]
pub struct ActiveSession {
    /// The session.
    pub session: Session,
    /// The deck its cards come from, when the library has it.
    pub deck: Option<crate::model::Deck>,
    /// Where it is saved.
    pub path: Option<PathBuf>,
    /// What the facilitator was told on resuming (also printed in the summary, in the
    /// session's language).
    pub notes: Vec<crate::i18n::Message>,
    /// Until when the time-up flash shows.
    pub flash_until: Option<DateTime<Utc>>,
    /// The summary files written, once exported.
    pub exported: Vec<PathBuf>,
}

/// A start that waits for the facilitator's answer because another session is running.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingStart {
    /// The workshop's id.
    pub workshop_id: String,
    /// The planned start as typed.
    pub start: String,
    /// The seed as typed.
    pub seed: String,
    /// For a follow-up: the earlier session it starts from.
    pub from: Option<Box<Session>>,
}

/// How long the time-up flash shows, in seconds.
pub const FLASH_SECONDS: i64 = 3;

/// The planned start at `minutes` after midnight on `now`'s local date, in the local offset.
pub fn planned_start_at(now: DateTime<Utc>, minutes: u32) -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::TimeZone;
    let local = now.with_timezone(&chrono::Local);
    let time =
        chrono::NaiveTime::from_num_seconds_from_midnight_opt(minutes * 60, 0).unwrap_or_default();
    let naive = local.date_naive().and_time(time);
    match chrono::Local.from_local_datetime(&naive).earliest() {
        Some(t) => t.fixed_offset(),
        None => local.fixed_offset(),
    }
}

/// The next quarter hour after `now`, local time, as `HH:MM`.
pub fn next_quarter_hour(now: DateTime<Utc>) -> String {
    use chrono::Timelike;
    let local = now.with_timezone(&chrono::Local);
    let minutes = local.hour() * 60 + local.minute();
    crate::clock::format_minutes((minutes / 15 + 1) * 15)
}

/// The follow-up workshop for a session of `workshop`: a loaded workshop with a `carry_over`
/// field, in the same language when there is one.
pub fn follow_up_workshop<'l>(
    library: &'l crate::model::Library,
    workshop: &str,
) -> Option<&'l str> {
    let language = library
        .workshop(workshop)
        .map(|w| w.value.language.clone())
        .unwrap_or_default();
    let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    let candidates: Vec<&crate::model::Workshop> = library
        .workshops
        .iter()
        .map(|w| &w.value)
        .filter(|w| w.fields().any(|(_, f)| f.carry_over.is_some()))
        .collect();
    candidates
        .iter()
        .find(|w| primary(&w.language) == primary(&language))
        .or_else(|| candidates.first())
        .map(|w| w.id.as_str())
}
