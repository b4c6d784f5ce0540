//! A follow-up started from an earlier session: the earlier action plan's open rows carried
//! over, the link back to that session, and the progress row by row for the summary.
//!
//! The follow-up workshop names the field that takes the rows over (`carry_over: Plan` on a
//! table field, see `docs/formats.md`). Starting a session of it *from* an earlier session copies
//! that session's open plan rows (status neither done nor stopped) into the field, with their
//! status and due date, and keeps a copy of every carried row as it was
//! ([`FollowUpOrigin::rows`]), so the summary can show before → after even when the earlier
//! file is gone. Cells go to the column of the same name; the first column, when no earlier
//! column has its name, takes the earlier first column (the task). This module owns the copy
//! and the progress; reading the earlier file is the caller's.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Session;
use super::capture::Capture;
use super::plan::{self, RowState, RowStatus};
use crate::model::{CarryOver, FieldKind};

/// The earlier session a follow-up came from, as it was when the follow-up started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpOrigin {
    /// The earlier session's id (its file name without `.ron`).
    pub session: String,
    /// Its workshop's id.
    pub workshop: String,
    /// Its workshop's title.
    #[serde(default)]
    pub workshop_title: String,
    /// Its planned start.
    pub planned_start: DateTime<FixedOffset>,
    /// The rows carried over, as they were, in the earlier plan's order.
    #[serde(default)]
    pub rows: Vec<CarriedRow>,
}

/// One row of the earlier plan as it was when the follow-up took it over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarriedRow {
    /// The earlier field the row was in.
    pub field: String,
    /// Its position there, from 0.
    pub row: usize,
    /// Its cells, each with its column's name.
    #[serde(default)]
    pub cells: Vec<(String, String)>,
    /// Its status then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RowStatus>,
    /// Its due date then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

impl CarriedRow {
    /// The row's name: its first cell that says something.
    pub fn title(&self) -> &str {
        self.cells
            .iter()
            .map(|(_, t)| t.trim())
            .find(|t| !t.is_empty())
            .unwrap_or("")
    }
}

/// Why a follow-up could not be started from a session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FollowUpError {
    /// The workshop has no field that takes an earlier plan over.
    #[error(
        "workshop `{0}` takes no earlier plan over: give one of its table fields `carry_over: Plan`"
    )]
    NoCarryOver(String),
    /// The session already has captures or follows another one.
    #[error(
        "session `{0}` has already begun: a follow-up takes the earlier plan over only at its start"
    )]
    Begun(String),
}

impl crate::i18n::Localized for FollowUpError {
    fn message(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::Key;
        match self {
            FollowUpError::NoCarryOver(workshop) => {
                language.fmt(Key::ErrNoCarryOver, &[("workshop", workshop)])
            }
            FollowUpError::Begun(session) => {
                language.fmt(Key::ErrFollowUpBegun, &[("session", session)])
            }
        }
    }
}

/// Every row of a session's action plan, with its state: the rows of the workshop's tables that
/// carry a status (a carried-over table first, then the plan), in their order. Rows with no
/// text are left out.
pub fn plan_rows(session: &Session) -> Vec<CarriedRow> {
    let workshop = session.workshop();
    let mut out = Vec::new();
    for (_, field) in workshop.fields() {
        let FieldKind::Table { columns } = &field.kind else {
            continue;
        };
        if !plan::tracks_rows(workshop, &field.id) {
            continue;
        }
        let Some(Capture::Table(rows)) = session.capture(&field.id) else {
            continue;
        };
        let states = session.row_states(&field.id);
        for (index, cells) in rows.iter().enumerate() {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let state = states.get(index).copied().unwrap_or_default();
            out.push(CarriedRow {
                field: field.id.clone(),
                row: index,
                cells: columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.clone(), cells.get(i).cloned().unwrap_or_default()))
                    .collect(),
                status: state.status,
                due: state.due,
            });
        }
    }
    out
}

/// The open rows of a session's plan (status neither done nor stopped): what a follow-up takes
/// over.
pub fn open_rows(session: &Session) -> Vec<CarriedRow> {
    plan_rows(session)
        .into_iter()
        .filter(|r| RowStatus::is_open(r.status))
        .collect()
}

/// The cells of a carried row under the follow-up's `columns`.
fn cells_for(row: &CarriedRow, columns: &[String]) -> Vec<String> {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            match row.cells.iter().find(|(c, _)| same(c, column)) {
                Some((_, text)) => text.clone(),
                // The task's name goes first even when the columns are named differently.
                None if i == 0 => row
                    .cells
                    .first()
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
                None => String::new(),
            }
        })
        .collect()
}

impl Session {
    /// Makes this new session the follow-up of `earlier`: its `carry_over` field gets the
    /// earlier plan's open rows with their status and due date, and the session remembers where
    /// they came from. Returns how many rows were carried over (possibly none: the earlier plan
    /// may be done). The undo history is not involved: this is part of the start.
    pub fn follow_up(&mut self, earlier: &Session) -> Result<usize, FollowUpError> {
        let workshop = self.workshop();
        let Some((_, field)) = workshop
            .fields()
            .find(|(_, f)| f.carry_over == Some(CarryOver::Plan))
        else {
            return Err(FollowUpError::NoCarryOver(workshop.id.clone()));
        };
        let FieldKind::Table { columns } = &field.kind else {
            return Err(FollowUpError::NoCarryOver(workshop.id.clone()));
        };
        if self.file.follows.is_some() || !self.file.captures.values().all(Capture::is_empty) {
            return Err(FollowUpError::Begun(self.file.id.clone()));
        }
        let (field, columns) = (field.id.clone(), columns.clone());
        let rows = open_rows(earlier);
        let cells: Vec<Vec<String>> = rows.iter().map(|r| cells_for(r, &columns)).collect();
        let states: Vec<RowState> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| RowState {
                status: r.status,
                due: r.due,
                carried: Some(i),
            })
            .collect();
        let n = rows.len();
        let e = earlier.file();
        self.file.follows = Some(FollowUpOrigin {
            session: e.id.clone(),
            workshop: e.workshop.clone(),
            workshop_title: earlier.workshop().title.clone(),
            planned_start: e.planned_start,
            rows,
        });
        if n > 0 {
            self.file
                .captures
                .insert(field.clone(), Capture::Table(cells));
            self.file.plan_rows.insert(field, states);
        }
        Ok(n)
    }

    /// The earlier session this one follows up, if it does.
    pub fn follows(&self) -> Option<&FollowUpOrigin> {
        self.file.follows.as_ref()
    }

    /// The status, due date and origin of every row of a table field, in the table's order;
    /// rows past the end of what is stored have none.
    pub fn row_states(&self, field: &str) -> &[RowState] {
        self.file.plan_rows.get(field).map_or(&[], Vec::as_slice)
    }
}

/// One carried row's progress: how it stood at the earlier session and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The task's name.
    pub title: String,
    /// Its status at the earlier session.
    pub status_before: Option<RowStatus>,
    /// Its due date then.
    pub due_before: Option<NaiveDate>,
    /// Its status now; `None` inside `Some` means not said. `None`: removed in the follow-up.
    pub now: Option<RowNow>,
}

/// A carried row as it stands in the follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowNow {
    /// Its status.
    pub status: Option<RowStatus>,
    /// Its due date.
    pub due: Option<NaiveDate>,
    /// What the follow-up wrote in the columns the earlier plan did not have (such as what was
    /// learned), joined by " / ".
    pub notes: String,
}

/// What a follow-up's summary shows about the earlier session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpSummary {
    /// The earlier session's id.
    pub session: String,
    /// Its workshop's title (or id).
    pub workshop: String,
    /// Its date.
    pub date: NaiveDate,
    /// Every carried row, in the earlier plan's order.
    pub rows: Vec<Progress>,
}

impl FollowUpSummary {
    /// The progress of a follow-up session, if it is one.
    pub fn of(session: &Session) -> Option<FollowUpSummary> {
        let origin = session.follows()?;
        let workshop = session.workshop();
        let carry = workshop
            .fields()
            .find(|(_, f)| f.carry_over == Some(CarryOver::Plan))
            .map(|(_, f)| f);
        let mut rows = Vec::new();
        for (i, before) in origin.rows.iter().enumerate() {
            let now = carry.and_then(|field| {
                let FieldKind::Table { columns } = &field.kind else {
                    return None;
                };
                let position = session
                    .row_states(&field.id)
                    .iter()
                    .position(|s| s.carried == Some(i))?;
                let state = session.row_states(&field.id)[position];
                let cells = match session.capture(&field.id) {
                    Some(Capture::Table(rows)) => rows.get(position).cloned()?,
                    _ => return None,
                };
                let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
                let notes: Vec<String> = columns
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter(|(_, c)| !before.cells.iter().any(|(b, _)| same(b, c)))
                    .filter_map(|(j, _)| cells.get(j))
                    .map(|t| t.trim().replace('\n', " / "))
                    .filter(|t| !t.is_empty())
                    .collect();
                Some(RowNow {
                    status: state.status,
                    due: state.due,
                    notes: notes.join(" / "),
                })
            });
            rows.push(Progress {
                title: before.title().to_owned(),
                status_before: before.status,
                due_before: before.due,
                now,
            });
        }
        Some(FollowUpSummary {
            session: origin.session.clone(),
            workshop: if origin.workshop_title.is_empty() {
                origin.workshop.clone()
            } else {
                origin.workshop_title.clone()
            },
            date: origin.planned_start.date_naive(),
            rows,
        })
    }
}

impl FollowUpSummary {
    /// The progress as table rows: the task, before, now, and what the follow-up wrote.
    pub fn table(&self, language: super::summary::Language) -> Vec<Vec<String>> {
        let l = plan::PlanLabels::of(language);
        let state = |status: Option<RowStatus>, due: Option<NaiveDate>| {
            let mut parts = Vec::new();
            parts.push(status.map_or("–", |s| s.label(language)).to_owned());
            if let Some(due) = due {
                parts.push(format!("{} {}", l.due.to_lowercase(), language.date(due)));
            }
            parts.join(", ")
        };
        self.rows
            .iter()
            .map(|r| {
                let (now, notes) = match &r.now {
                    Some(now) => (state(now.status, now.due), now.notes.clone()),
                    None => (l.not_in_follow_up.to_owned(), String::new()),
                };
                vec![
                    r.title.clone(),
                    state(r.status_before, r.due_before),
                    now,
                    notes,
                ]
            })
            .collect()
    }
}
