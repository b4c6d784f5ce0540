//! The action plan's rows beyond their cells: a status (not started, in progress, done,
//! stopped) and a due date per row, and where a row came from when a follow-up carried it over.
//!
//! A table capture holds only its cells ([`super::Capture::Table`]); what this module owns is
//! kept beside it in the session file ([`super::SessionFile::plan_rows`]), one [`RowState`] per
//! row, and follows every row edit (added, inserted, removed, moved) so a status stays with its
//! row. Which tables show a status is the workshop's business ([`tracks_rows`]); the edits are
//! [`super::CaptureEdit::SetStatus`] and [`super::CaptureEdit::SetDue`], undone like every other
//! edit.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::capture::CaptureEdit;
use super::file::{FIRST_YEAR, LAST_YEAR};
use super::summary::{CaptureView, Language};
use crate::model::{FieldKind, Workshop};

/// Where a row of the action plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowStatus {
    /// Ej påbörjad.
    NotStarted,
    /// Pågår.
    InProgress,
    /// Klar.
    Done,
    /// Stoppad.
    Stopped,
}

impl RowStatus {
    /// Every status, in the order the app offers them.
    pub const ALL: [RowStatus; 4] = [
        RowStatus::NotStarted,
        RowStatus::InProgress,
        RowStatus::Done,
        RowStatus::Stopped,
    ];

    /// Whether a row with this status (or none) still needs work: neither done nor stopped.
    pub fn is_open(status: Option<RowStatus>) -> bool {
        !matches!(status, Some(RowStatus::Done | RowStatus::Stopped))
    }

    /// The status in a summary's language.
    pub fn label(self, language: Language) -> &'static str {
        let l = PlanLabels::of(language);
        match self {
            RowStatus::NotStarted => l.not_started,
            RowStatus::InProgress => l.in_progress,
            RowStatus::Done => l.done,
            RowStatus::Stopped => l.stopped,
        }
    }
}

/// What a session knows about one row of a table beyond its cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowState {
    /// Where the row stands; `None` until someone says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RowStatus>,
    /// When it should be done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// For a row a follow-up carried over: its position in the earlier session's rows
    /// ([`super::followup::FollowUpOrigin::rows`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried: Option<usize>,
}

impl RowState {
    /// Whether nothing is known beyond the cells.
    pub fn is_blank(&self) -> bool {
        *self == RowState::default()
    }
}

/// Whether the workshop's field `field` is a table whose rows have a status and a due date:
/// the action plan (the workshop's last table field) and any table a follow-up fills from an
/// earlier plan (`carry_over: Plan`).
pub fn tracks_rows(workshop: &Workshop, field: &str) -> bool {
    let Some((_, f)) = workshop.fields().find(|(_, f)| f.id == field) else {
        return false;
    };
    matches!(f.kind, FieldKind::Table { .. })
        && (f.carry_over.is_some() || plan_field(workshop) == Some(field))
}

/// The action plan: the workshop's last table field (the summary shows it as its own section).
pub fn plan_field(workshop: &Workshop) -> Option<&str> {
    workshop
        .fields()
        .filter(|(_, f)| matches!(f.kind, FieldKind::Table { .. }))
        .map(|(_, f)| f.id.as_str())
        .last()
}

/// Keeps the row states of a table in step with an edit of it: `len` is the number of rows the
/// table had before the edit. Rows without a state get a blank one; a status edit sets it.
/// Returns whether the edit was a row-state edit (which leaves the cells alone).
pub(crate) fn follow_edit(rows: &mut Vec<RowState>, edit: &CaptureEdit, len: usize) -> bool {
    rows.resize(len, RowState::default());
    match *edit {
        CaptureEdit::AddRow => rows.push(RowState::default()),
        CaptureEdit::InsertRow(index) if index <= rows.len() => {
            rows.insert(index, RowState::default());
        }
        CaptureEdit::RemoveRow(index) if index < rows.len() => {
            rows.remove(index);
        }
        CaptureEdit::MoveRow { from, to } if from < rows.len() && to < rows.len() => {
            let row = rows.remove(from);
            rows.insert(to, row);
        }
        CaptureEdit::SetStatus { row, status } if row < rows.len() => {
            rows[row].status = status;
            return true;
        }
        CaptureEdit::SetDue { row, due } if row < rows.len() => {
            rows[row].due = due;
            return true;
        }
        _ => {}
    }
    false
}

/// A table's view with a status and a due date column added, each only when some row has one.
pub(crate) fn with_row_states(
    value: CaptureView,
    states: &[RowState],
    language: Language,
) -> CaptureView {
    let (mut columns, mut rows) = match value {
        CaptureView::Table { columns, rows } => (columns, rows),
        other => return other,
    };
    let state = |i: usize| states.get(i).copied().unwrap_or_default();
    let has_status = (0..rows.len()).any(|i| state(i).status.is_some());
    let has_due = (0..rows.len()).any(|i| state(i).due.is_some());
    let l = PlanLabels::of(language);
    if has_status || has_due {
        // Cells past the columns (a hand-edited file) would put the status under another name.
        let width = rows.iter().map(Vec::len).fold(columns.len(), usize::max);
        columns.resize(width, String::new());
        for row in &mut rows {
            row.resize(width, String::new());
        }
    }
    if has_status {
        columns.push(l.status.to_owned());
    }
    if has_due {
        columns.push(l.due.to_owned());
    }
    for (i, row) in rows.iter_mut().enumerate() {
        let s = state(i);
        if has_status {
            row.push(
                s.status
                    .map_or_else(String::new, |s| s.label(language).to_owned()),
            );
        }
        if has_due {
            row.push(s.due.map_or_else(String::new, |d| language.date(d)));
        }
    }
    CaptureView::Table { columns, rows }
}

/// Why a due date was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DueDateError {
    /// Not written as `YYYY-MM-DD`.
    #[error("`{0}` is not a date: write it as YYYY-MM-DD, for example 2026-12-15")]
    Format(String),
    /// Written so, but no such day exists (`2026-02-30`).
    #[error("`{0}` is no day of the calendar: check the month and the day (YYYY-MM-DD)")]
    NoSuchDay(String),
    /// A year no plan has.
    #[error("`{0}` is outside the years {FIRST_YEAR}–{LAST_YEAR}")]
    Year(String),
}

impl DueDateError {
    /// The message in a language.
    pub fn message(&self, language: Language) -> String {
        crate::i18n::Localized::message(self, language)
    }
}

impl crate::i18n::Localized for DueDateError {
    fn message(&self, language: Language) -> String {
        use crate::i18n::Key;
        let (key, text) = match self {
            DueDateError::Format(s) => (Key::DueNotADate, s),
            DueDateError::NoSuchDay(s) => (Key::DueNoSuchDay, s),
            DueDateError::Year(s) => (Key::DueYear, s),
        };
        language.fmt(
            key,
            &[("text", text), ("first", &FIRST_YEAR), ("last", &LAST_YEAR)],
        )
    }
}

/// Reads a due date written as `YYYY-MM-DD` (white space around it is ignored); an empty text
/// is no date.
pub fn parse_due(text: &str) -> Result<Option<NaiveDate>, DueDateError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(DueDateError::Format(text.to_owned()));
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| DueDateError::NoSuchDay(text.to_owned()))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(DueDateError::Year(text.to_owned()));
    }
    Ok(Some(date))
}

/// Whether a field holds the follow-up dates, by its id or label (`uppfoljningar`,
/// "Follow-ups (dates)"): the calendar makes events of the dates in it, and the summaries write
/// them in words.
pub fn is_follow_up_field(id: &str, label: &str) -> bool {
    let (id, label) = (id.to_lowercase(), label.to_lowercase());
    [
        "uppfoljning",
        "uppföljning",
        "follow-up",
        "follow up",
        "followup",
    ]
    .iter()
    .any(|w| id.contains(w) || label.contains(w))
}

/// Every `YYYY-MM-DD` date in a text that is a real day and not part of a longer number, with
/// the byte range it takes, in order.
pub fn find_dates(text: &str) -> Vec<(std::ops::Range<usize>, NaiveDate)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 10 <= b.len() {
        let digit_before = i > 0 && b[i - 1].is_ascii_digit();
        let digit_after = b.get(i + 10).is_some_and(u8::is_ascii_digit);
        if !digit_before
            && !digit_after
            && b[i].is_ascii_digit()
            && text.is_char_boundary(i + 10)
            && let Ok(Some(date)) = parse_due(&text[i..i + 10])
        {
            found.push((i..i + 10, date));
            i += 10;
            continue;
        }
        i += 1;
    }
    found
}

/// A text with every `YYYY-MM-DD` date in it written as the summaries write dates in
/// `language` ("2027-01-14 kl 13" → "14 januari 2027 kl 13"); the rest as written.
pub fn dates_in_words(text: &str, language: Language) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    for (range, date) in find_dates(text) {
        out.push_str(&text[last..range.start]);
        out.push_str(&language.date(date));
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The words of the plan's extra columns and of a follow-up in one language.
#[allow(missing_docs)]
pub struct PlanLabels {
    pub status: &'static str,
    pub due: &'static str,
    pub not_started: &'static str,
    pub in_progress: &'static str,
    pub done: &'static str,
    pub stopped: &'static str,
    pub follow_up_of: &'static str,
    pub progress: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub row: &'static str,
    pub learned: &'static str,
    pub not_in_follow_up: &'static str,
    pub follow_up_event: &'static str,
    pub due_event: &'static str,
}

impl PlanLabels {
    /// The labels of a language, from the catalogue.
    pub fn of(language: Language) -> &'static PlanLabels {
        static LABELS: std::sync::OnceLock<[PlanLabels; 2]> = std::sync::OnceLock::new();
        &LABELS.get_or_init(|| {
            [
                PlanLabels::new(Language::Swedish),
                PlanLabels::new(Language::English),
            ]
        })[language as usize]
    }

    fn new(language: Language) -> PlanLabels {
        use crate::i18n::Key;
        let t = |key| language.tr(key).as_str();
        PlanLabels {
            status: t(Key::PlanStatus),
            due: t(Key::PlanDue),
            not_started: t(Key::PlanNotStarted),
            in_progress: t(Key::PlanInProgress),
            done: t(Key::PlanDone),
            stopped: t(Key::PlanStopped),
            follow_up_of: t(Key::PlanFollowUpOf),
            progress: t(Key::PlanProgress),
            before: t(Key::PlanBefore),
            after: t(Key::PlanAfter),
            row: t(Key::PlanRow),
            learned: t(Key::PlanLearned),
            not_in_follow_up: t(Key::PlanNotInFollowUp),
            follow_up_event: t(Key::PlanFollowUpEvent),
            due_event: t(Key::PlanDueEvent),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(status: RowStatus) -> RowState {
        RowState {
            status: Some(status),
            ..RowState::default()
        }
    }

    #[test]
    fn states_follow_their_rows() {
        let mut rows = Vec::new();
        follow_edit(&mut rows, &CaptureEdit::AddRow, 2);
        assert_eq!(rows.len(), 3);
        assert!(follow_edit(
            &mut rows,
            &CaptureEdit::SetStatus {
                row: 2,
                status: Some(RowStatus::Done)
            },
            3
        ));
        follow_edit(&mut rows, &CaptureEdit::InsertRow(0), 3);
        assert_eq!(rows[3], with(RowStatus::Done));
        follow_edit(&mut rows, &CaptureEdit::MoveRow { from: 3, to: 1 }, 4);
        assert_eq!(rows[1], with(RowStatus::Done));
        follow_edit(&mut rows, &CaptureEdit::RemoveRow(0), 4);
        assert_eq!(
            rows,
            vec![
                with(RowStatus::Done),
                RowState::default(),
                RowState::default()
            ]
        );
        // Out of range: nothing changes, and no panic.
        assert!(!follow_edit(
            &mut rows,
            &CaptureEdit::SetStatus {
                row: 9,
                status: None
            },
            3
        ));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn due_dates_are_checked() {
        assert_eq!(
            parse_due(" 2026-12-15 "),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 15))
        );
        assert_eq!(parse_due(""), Ok(None));
        assert!(matches!(
            parse_due("2026-2-3"),
            Err(DueDateError::Format(_))
        ));
        assert!(matches!(
            parse_due("15/12/2026"),
            Err(DueDateError::Format(_))
        ));
        assert!(matches!(
            parse_due("2026-02-30"),
            Err(DueDateError::NoSuchDay(_))
        ));
        assert!(matches!(
            parse_due("1999-01-01"),
            Err(DueDateError::Year(_))
        ));
        assert!(matches!(
            parse_due("２０２６-01-01"),
            Err(DueDateError::Format(_))
        ));
        let e = parse_due("2026-13-01").expect_err("month 13");
        assert!(
            e.message(Language::Swedish)
                .contains("ingen dag i kalendern")
        );
        assert!(e.to_string().contains("no day of the calendar"));
    }

    #[test]
    fn open_rows() {
        assert!(RowStatus::is_open(None));
        assert!(RowStatus::is_open(Some(RowStatus::InProgress)));
        assert!(RowStatus::is_open(Some(RowStatus::NotStarted)));
        assert!(!RowStatus::is_open(Some(RowStatus::Done)));
        assert!(!RowStatus::is_open(Some(RowStatus::Stopped)));
    }
}
