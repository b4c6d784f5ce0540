//! The summary of a session: a plain view model ([`SummaryData`]) built from the session, and
//! its Markdown rendering ([`render_markdown`]).
//!
//! The view model holds everything a summary shows, in workshop order, already resolved to
//! titles, names and minutes, so every renderer (this Markdown, a PDF, the app) shows the same
//! thing without knowing the session's internals. Times are shown in the planned start's UTC
//! offset. A timer still running counts up to the session's last change, so a summary of a
//! saved file is the same whenever it is made. The Markdown is plain: headings, bullets and pipe
//! tables with `|` escaped and line breaks inside cells turned into ` / `, so it reads well as
//! text in a mail and pastes into Teams and Word.

use std::fmt::Write as _;
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};

use super::capture::{Capture, ListItem};
use super::draw::CardPlace;
use super::matrix::MatrixView;
use super::votes::{VoteResult, ordinal};
use super::{RoleAssignment, Session};
use crate::i18n::Key;
use crate::model::{Deck, FieldKind};

mod labels;
mod markdown;

pub use labels::Labels;
pub use markdown::{
    SummaryColumn, card_columns, card_rows, escape_cell, one_line, progress_columns, quadrant_name,
    rank_text, render_markdown, short_cells, signed, time_columns, time_rows, totals_lines,
    vote_columns, vote_rows, votes_line,
};

/// The language of a summary's headings and labels: the program's [`crate::i18n::Language`].
pub use crate::i18n::Language;

/// One step's line in the time table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    /// Position in the agenda, from 1.
    pub number: usize,
    /// The step's id.
    pub id: String,
    /// The step's title.
    pub title: String,
    /// Planned clock time of its start.
    pub planned_start: DateTime<FixedOffset>,
    /// Planned minutes (from the workshop file).
    pub planned_minutes: i64,
    /// Minutes added (positive) or removed (negative) during the session.
    pub extra_minutes: i64,
    /// Seconds the step's timer ran.
    pub actual_seconds: i64,
    /// The same, rounded to whole minutes.
    pub actual_minutes: i64,
    /// Actual minus planned minutes (positive: the step took longer).
    pub difference_minutes: i64,
    /// Whether the step was skipped.
    pub skipped: bool,
    /// Whether the step's timer ever ran.
    pub started: bool,
}

/// A drawn card in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRow {
    /// The card's id.
    pub id: String,
    /// The card's title.
    pub title: String,
    /// The category's name (its id if the deck is not at hand).
    pub category: String,
    /// The title of the step it was drawn in.
    pub step: Option<String>,
    /// When it was drawn.
    pub at: DateTime<FixedOffset>,
    /// Whether it was kept as chosen.
    pub kept: bool,
}

/// What a capture holds, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureView {
    /// Free text.
    Text(String),
    /// Items, some chosen.
    List(Vec<ListItem>),
    /// A table.
    Table {
        /// Column names.
        columns: Vec<String>,
        /// Rows of cells, as many cells as columns.
        rows: Vec<Vec<String>>,
    },
    /// A dot vote's result: the items most dots first, ranks, the budget, the chosen ones.
    Votes(VoteResult),
    /// A matrix: its four cells, what is not placed, what no longer exists.
    Matrix(MatrixView),
}

impl CaptureView {
    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        match self {
            CaptureView::Text(t) => t.trim().is_empty(),
            CaptureView::List(items) => items.is_empty(),
            CaptureView::Table { rows, .. } => rows.is_empty(),
            CaptureView::Votes(v) => v.given == 0 && v.chosen().next().is_none(),
            CaptureView::Matrix(m) => m.is_empty(),
        }
    }
}

/// One capture field and what was written in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureBlock {
    /// The title of the step the field belongs to; `None` for a field the workshop no longer
    /// has.
    pub step: Option<String>,
    /// The field's id.
    pub field: String,
    /// The field's label.
    pub label: String,
    /// What was written.
    pub value: CaptureView,
}

/// The totals at the end of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Planned minutes of all steps.
    pub planned_minutes: i64,
    /// Actual minutes of all steps (sum of the seconds, rounded once).
    pub actual_minutes: i64,
    /// Actual minus planned.
    pub difference_minutes: i64,
    /// Steps skipped.
    pub steps_skipped: usize,
    /// Cards drawn.
    pub cards_drawn: usize,
    /// Cards kept as chosen.
    pub cards_kept: usize,
    /// List items marked as chosen.
    pub items_chosen: usize,
    /// Rows of the action plan.
    pub actions: usize,
}

/// Everything a summary shows, in order; the one source for the Markdown and the PDF summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryData {
    /// The language of the labels.
    pub language: Language,
    /// The session's id.
    pub session: String,
    /// The workshop's id.
    pub workshop_id: String,
    /// The workshop's title.
    pub workshop_title: String,
    /// The deck's title (or id), if the workshop has one.
    pub deck: Option<String>,
    /// The date of the planned start.
    pub date: NaiveDate,
    /// The planned start.
    pub planned_start: DateTime<FixedOffset>,
    /// When the first step's timer started.
    pub actual_start: Option<DateTime<FixedOffset>>,
    /// When the session ended, if it did.
    pub finished: Option<DateTime<FixedOffset>>,
    /// The seed of the draws.
    pub seed: u64,
    /// Who had which role.
    pub roles: Vec<RoleAssignment>,
    /// Every step in agenda order.
    pub steps: Vec<StepRow>,
    /// Every card drawn, in the order drawn.
    pub cards: Vec<CardRow>,
    /// Every capture field in workshop order (the action plan apart), then fields the workshop
    /// no longer has.
    pub captures: Vec<CaptureBlock>,
    /// The action plan: the workshop's last table field.
    pub action_plan: Option<CaptureBlock>,
    /// For a follow-up: the earlier session and its plan's progress row by row.
    pub follow_up: Option<super::followup::FollowUpSummary>,
    /// The totals.
    pub totals: Totals,
    /// Things the reader should know, such as a workshop that changed since the session, said
    /// in the summary's language.
    pub notes: Vec<String>,
}

/// Seconds to whole minutes, halves rounded away from zero.
fn minutes_of(seconds: i64) -> i64 {
    if seconds >= 0 {
        (seconds + 30) / 60
    } else {
        (seconds - 30) / 60
    }
}

impl SummaryData {
    /// Builds the summary of a session; `deck` gives category names (ids are used without it),
    /// `notes` are shown at the top.
    pub fn build(
        session: &Session,
        deck: Option<&Deck>,
        notes: Vec<crate::i18n::Message>,
    ) -> SummaryData {
        let workshop = session.workshop();
        let file = session.file();
        let offset = *file.planned_start.offset();
        let until = file.updated;
        let local = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&offset);

        let mut steps = Vec::new();
        let mut total_seconds = 0;
        for item in session.agenda() {
            let timing = session.timing(item.index);
            let seconds = timing.map_or(0, |t| t.elapsed(until).num_seconds());
            total_seconds += seconds;
            let actual = minutes_of(seconds);
            steps.push(StepRow {
                number: item.index + 1,
                id: item.id,
                title: item.title,
                planned_start: item.planned_start,
                planned_minutes: i64::from(item.planned_minutes),
                extra_minutes: timing.map_or(0, super::timer::StepTiming::extra_minutes),
                actual_seconds: seconds,
                actual_minutes: actual,
                difference_minutes: actual - i64::from(item.planned_minutes),
                skipped: timing.is_some_and(|t| t.skipped),
                started: timing.is_some_and(|t| t.started().is_some()),
            });
        }

        let step_title = |id: &Option<String>| {
            id.as_ref().map(|id| {
                workshop
                    .steps
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or_else(|| id.clone(), |s| s.title.clone())
            })
        };
        let category_name = |id: &str| {
            deck.and_then(|d| d.categories.iter().find(|c| c.id == id))
                .map_or_else(|| id.to_owned(), |c| c.name.clone())
        };
        let mut cards = Vec::new();
        if let Some(pile) = session.draws() {
            for record in pile.draws() {
                for id in &record.cards {
                    let card = pile.card(id);
                    cards.push(CardRow {
                        id: id.clone(),
                        title: card.map_or_else(|| id.clone(), |c| c.title.clone()),
                        category: card.map_or_else(String::new, |c| category_name(&c.category)),
                        step: step_title(&record.step),
                        at: local(record.at),
                        kept: pile.place(id) == Some(CardPlace::Kept),
                    });
                }
            }
        }

        let plan_field = workshop
            .fields()
            .filter(|(_, f)| matches!(f.kind, FieldKind::Table { .. }))
            .map(|(_, f)| f.id.clone())
            .last();
        let mut captures = Vec::new();
        let mut action_plan = None;
        for (step, field) in workshop.fields() {
            let value = match (&field.kind, session.capture(&field.id)) {
                (FieldKind::Text, Some(Capture::Text(t))) => CaptureView::Text(t.clone()),
                (FieldKind::Text, _) => CaptureView::Text(String::new()),
                (FieldKind::List, Some(Capture::List(items))) => CaptureView::List(items.clone()),
                (FieldKind::List, _) => CaptureView::List(Vec::new()),
                (FieldKind::Table { columns }, value) => CaptureView::Table {
                    columns: columns.clone(),
                    rows: match value {
                        Some(Capture::Table(rows)) => rows
                            .iter()
                            .map(|r| {
                                let mut r = r.clone();
                                r.resize(columns.len().max(r.len()), String::new());
                                r
                            })
                            .collect(),
                        _ => Vec::new(),
                    },
                },
                (FieldKind::Votes { .. }, _) => {
                    CaptureView::Votes(session.vote_result(&field.id).unwrap_or_default())
                }
                (FieldKind::Matrix { .. }, _) => {
                    CaptureView::Matrix(session.matrix_view(&field.id).unwrap_or_default())
                }
            };
            let language = Language::for_tag(&workshop.language);
            let value =
                super::plan::with_row_states(value, session.row_states(&field.id), language);
            // The follow-up dates as the rest of the summary writes dates.
            let value = if super::plan::is_follow_up_field(&field.id, &field.label) {
                dates_in_words(value, language)
            } else {
                value
            };
            let block = CaptureBlock {
                step: Some(step.title.clone()),
                field: field.id.clone(),
                label: field.label.clone(),
                value,
            };
            if plan_field.as_ref() == Some(&field.id) {
                action_plan = Some(block);
            } else {
                captures.push(block);
            }
        }
        for (id, value) in &file.captures {
            if workshop.fields().any(|(_, f)| &f.id == id) {
                continue;
            }
            let value = match value {
                Capture::Text(t) => CaptureView::Text(t.clone()),
                Capture::List(items) => CaptureView::List(items.clone()),
                Capture::Table(rows) => CaptureView::Table {
                    columns: (1..=rows.iter().map(Vec::len).max().unwrap_or(0))
                        .map(|n| n.to_string())
                        .collect(),
                    rows: rows.clone(),
                },
                // A vote or a matrix whose field is gone: what it held, without its list.
                Capture::Votes(v) => CaptureView::Votes(v.result(&[], 0)),
                Capture::Matrix(m) => CaptureView::Matrix(m.view(&[], "x", "y")),
            };
            captures.push(CaptureBlock {
                step: None,
                field: id.clone(),
                label: id.clone(),
                value,
            });
        }

        let planned_minutes: i64 = steps.iter().map(|s| s.planned_minutes).sum();
        let actual_minutes = minutes_of(total_seconds);
        let items_chosen = captures
            .iter()
            .map(|c| match &c.value {
                CaptureView::List(items) => items.iter().filter(|i| i.chosen).count(),
                // A vote's chosen items are ticked in its list, and counted there.
                _ => 0,
            })
            .sum();
        let totals = Totals {
            planned_minutes,
            actual_minutes,
            difference_minutes: actual_minutes - planned_minutes,
            steps_skipped: steps.iter().filter(|s| s.skipped).count(),
            cards_drawn: cards.len(),
            cards_kept: cards.iter().filter(|c| c.kept).count(),
            items_chosen,
            actions: match &action_plan {
                Some(CaptureBlock {
                    value: CaptureView::Table { rows, .. },
                    ..
                }) => rows.len(),
                _ => 0,
            },
        };
        let actual_start = file
            .steps
            .iter()
            .filter_map(super::timer::StepTiming::started)
            .min()
            .map(local);
        let language = Language::for_tag(&workshop.language);
        let notes = notes
            .iter()
            .map(|note| crate::i18n::Localized::message(note, language))
            .collect();
        SummaryData {
            language,
            session: file.id.clone(),
            workshop_id: workshop.id.clone(),
            workshop_title: workshop.title.clone(),
            deck: deck.map(|d| d.title.clone()).or_else(|| file.deck.clone()),
            date: file.planned_start.date_naive(),
            planned_start: file.planned_start,
            actual_start,
            finished: file.finished.map(local),
            seed: file.seed,
            roles: file.roles.clone(),
            steps,
            cards,
            captures,
            action_plan,
            follow_up: super::followup::FollowUpSummary::of(session),
            totals,
            notes,
        }
    }
}

/// A text or list capture with its `YYYY-MM-DD` dates written in words.
fn dates_in_words(value: CaptureView, language: Language) -> CaptureView {
    let words = |text: &str| super::plan::dates_in_words(text, language);
    match value {
        CaptureView::Text(text) => CaptureView::Text(words(&text)),
        CaptureView::List(items) => CaptureView::List(
            items
                .into_iter()
                .map(|item| ListItem {
                    text: words(&item.text),
                    ..item
                })
                .collect(),
        ),
        other => other,
    }
}

/// The duration as whole minutes, rounded (for labels such as "3 min behind").
pub fn round_minutes(d: TimeDelta) -> i64 {
    minutes_of(d.num_seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_half_away_from_zero() {
        assert_eq!(minutes_of(89), 1);
        assert_eq!(minutes_of(90), 2);
        assert_eq!(minutes_of(-90), -2);
        assert_eq!(round_minutes(TimeDelta::seconds(29)), 0);
    }
}
