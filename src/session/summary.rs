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

/// The language of a summary's headings and labels: the program's [`crate::i18n::Language`].
pub use crate::i18n::Language;

impl Language {
    /// The words of a summary in this language.
    pub fn labels(self) -> &'static Labels {
        static LABELS: OnceLock<[Labels; 2]> = OnceLock::new();
        &LABELS.get_or_init(|| {
            [
                Labels::new(Language::Swedish),
                Labels::new(Language::English),
            ]
        })[self as usize]
    }

    /// The language for a BCP 47 tag: Swedish for `sv…`, English for any other language.
    pub fn for_tag(tag: &str) -> Language {
        Language::for_content(tag)
    }
}

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
            let value = super::plan::with_row_states(
                value,
                session.row_states(&field.id),
                Language::for_tag(&workshop.language),
            );
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

/// The words of a summary in one language, from the catalogue (`sum-…` in `i18n/*.ftl`); shared by
/// every rendering of a summary (Markdown here, PDF in `report`), so they cannot drift apart.
#[allow(missing_docs)]
pub struct Labels {
    pub summary: &'static str,
    pub workshop: &'static str,
    pub date: &'static str,
    pub planned_start: &'static str,
    pub actual_start: &'static str,
    pub finished: &'static str,
    pub not_finished: &'static str,
    pub not_started: &'static str,
    pub deck: &'static str,
    pub seed: &'static str,
    pub session: &'static str,
    pub notes: &'static str,
    pub roles: &'static str,
    pub time: &'static str,
    pub step: &'static str,
    pub start: &'static str,
    pub planned_min: &'static str,
    pub actual_min: &'static str,
    pub difference_min: &'static str,
    pub remark: &'static str,
    pub skipped: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub total: &'static str,
    pub cards: &'static str,
    pub no_cards: &'static str,
    pub card: &'static str,
    pub category: &'static str,
    pub kept: &'static str,
    pub clock: &'static str,
    pub yes: &'static str,
    pub captures: &'static str,
    pub other_fields: &'static str,
    pub nothing: &'static str,
    pub chosen: &'static str,
    pub action_plan: &'static str,
    pub totals: &'static str,
    pub planned_time: &'static str,
    pub actual_time: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub on_time: &'static str,
    pub steps_skipped: &'static str,
    pub cards_drawn: &'static str,
    pub cards_kept: &'static str,
    pub items_chosen: &'static str,
    pub actions: &'static str,
    pub min: &'static str,
    pub rank: &'static str,
    pub item: &'static str,
    pub dots: &'static str,
    pub tied: &'static str,
    pub dots_gone: &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub unplaced: &'static str,
    pub placed_gone: &'static str,
    /// The labels' language (ranks as `1:a` or `1st`, the vote's total in words).
    pub language: Language,
}

impl Labels {
    /// The labels in `language`, from the catalogue.
    fn new(language: Language) -> Labels {
        let t = |key| language.tr(key).as_str();
        Labels {
            summary: t(Key::SumSummary),
            workshop: t(Key::SumWorkshop),
            date: t(Key::SumDate),
            planned_start: t(Key::SumPlannedStart),
            actual_start: t(Key::SumActualStart),
            finished: t(Key::SumFinished),
            not_finished: t(Key::SumNotFinished),
            not_started: t(Key::SumNotStarted),
            deck: t(Key::SumDeck),
            seed: t(Key::SumSeed),
            session: t(Key::SumSession),
            notes: t(Key::SumNotes),
            roles: t(Key::SumRoles),
            time: t(Key::SumTime),
            step: t(Key::SumStep),
            start: t(Key::SumStart),
            planned_min: t(Key::SumPlannedMin),
            actual_min: t(Key::SumActualMin),
            difference_min: t(Key::SumDifferenceMin),
            remark: t(Key::SumRemark),
            skipped: t(Key::SumSkipped),
            added: t(Key::SumAdded),
            removed: t(Key::SumRemoved),
            total: t(Key::SumTotal),
            cards: t(Key::SumCards),
            no_cards: t(Key::SumNoCards),
            card: t(Key::SumCard),
            category: t(Key::SumCategory),
            kept: t(Key::SumKept),
            clock: t(Key::SumClock),
            yes: t(Key::SumYes),
            captures: t(Key::SumCaptures),
            other_fields: t(Key::SumOtherFields),
            nothing: t(Key::SumNothing),
            chosen: t(Key::SumChosen),
            action_plan: t(Key::SumActionPlan),
            totals: t(Key::SumTotals),
            planned_time: t(Key::SumPlannedTime),
            actual_time: t(Key::SumActualTime),
            ahead: t(Key::SumAhead),
            behind: t(Key::SumBehind),
            on_time: t(Key::SumOnTime),
            steps_skipped: t(Key::SumStepsSkipped),
            cards_drawn: t(Key::SumCardsDrawn),
            cards_kept: t(Key::SumCardsKept),
            items_chosen: t(Key::SumItemsChosen),
            actions: t(Key::SumActions),
            min: t(Key::SumMin),
            rank: t(Key::SumRank),
            item: t(Key::SumItem),
            dots: t(Key::SumDots),
            tied: t(Key::SumTied),
            dots_gone: t(Key::SumDotsGone),
            low: t(Key::SumLow),
            high: t(Key::SumHigh),
            unplaced: t(Key::SumUnplaced),
            placed_gone: t(Key::SumPlacedGone),
            language,
        }
    }
}

/// Text on one line: line breaks as ` / `, blank lines dropped.
pub fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A table cell: one line (see [`one_line`]), `\\` and `|` escaped.
pub fn escape_cell(text: &str) -> String {
    one_line(text).replace('\\', "\\\\").replace('|', "\\|")
}

/// A line of running text made safe: a leading `#` (a heading) or a line of only `-`, `=`,
/// `*` or `_` (a rule or heading underline) is escaped; everything else stays as written.
fn escape_line(line: &str) -> String {
    let trimmed = line.trim_start();
    let rule = trimmed.len() >= 3
        && trimmed
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | ' '));
    if trimmed.starts_with('#') || rule {
        let indent = &line[..line.len() - trimmed.len()];
        format!("{indent}\\{trimmed}")
    } else {
        line.to_owned()
    }
}

/// Text as paragraphs: lines kept, blank runs collapsed, each line made safe.
fn text_block(text: &str) -> String {
    let mut out = Vec::new();
    let mut blank = false;
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if blank && !out.is_empty() {
            out.push(String::new());
        }
        blank = false;
        out.push(escape_line(line));
    }
    out.join("\n")
}

/// A bullet: the first line after `- `, further lines indented under it.
fn bullet(text: &str, suffix: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escape_line)
        .collect();
    let mut out = String::from("- ");
    if lines.is_empty() {
        out.push('–');
    }
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("\n  ");
        }
        out.push_str(line);
    }
    out.push_str(suffix);
    out
}

/// A whole number with its sign, `+3` or `-2` (and `0`).
pub fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

fn table(out: &mut String, header: &[&str], right: &[bool], rows: &[Vec<String>]) {
    let cells = |cells: &mut dyn Iterator<Item = String>| {
        let v: Vec<String> = cells.collect();
        format!("| {} |", v.join(" | "))
    };
    let _ = writeln!(out, "{}", cells(&mut header.iter().map(|h| escape_cell(h))));
    let _ = writeln!(
        out,
        "{}",
        cells(&mut (0..header.len()).map(|i| {
            if right.get(i).copied().unwrap_or(false) {
                "---:".to_owned()
            } else {
                "---".to_owned()
            }
        }))
    );
    for row in rows {
        let _ = writeln!(
            out,
            "{}",
            cells(&mut (0..header.len()).map(|i| {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                if cell.is_empty() {
                    " ".to_owned()
                } else {
                    escape_cell(cell)
                }
            }))
        );
    }
}

fn capture_md(out: &mut String, block: &CaptureBlock, l: &Labels) {
    if block.value.is_empty() {
        let _ = writeln!(out, "_{}_", l.nothing);
        return;
    }
    match &block.value {
        CaptureView::Text(text) => {
            let _ = writeln!(out, "{}", text_block(text));
        }
        CaptureView::List(items) => {
            for item in items {
                let suffix = if item.chosen {
                    format!(" **({})**", l.chosen)
                } else {
                    String::new()
                };
                let _ = writeln!(out, "{}", bullet(&item.text, &suffix));
            }
        }
        CaptureView::Table { columns, rows } => {
            let header: Vec<&str> = columns.iter().map(String::as_str).collect();
            table(out, &header, &[], rows);
        }
        CaptureView::Votes(result) => {
            let _ = writeln!(out, "_{}_\n", votes_line(result, l));
            table(
                out,
                &[l.rank, l.item, l.dots, l.kept],
                &[false, false, true, false],
                &vote_rows(result, l),
            );
            if !result.orphans.is_empty() {
                let _ = writeln!(out, "\n{}:\n", l.dots_gone);
                for (item, dots, _) in &result.orphans {
                    let _ = writeln!(out, "{}", bullet(item, &format!(" ({dots})")));
                }
            }
        }
        CaptureView::Matrix(view) => {
            for (i, q) in view.quadrants.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let _ = writeln!(out, "_{}_\n", quadrant_name(view, q.x, q.y, l));
                if q.items.is_empty() {
                    let _ = writeln!(out, "- –");
                }
                for item in &q.items {
                    let _ = writeln!(out, "{}", bullet(item, ""));
                }
            }
            if !view.unplaced.is_empty() {
                let _ = writeln!(out, "\n_{}_\n", l.unplaced);
                for item in &view.unplaced {
                    let _ = writeln!(out, "{}", bullet(item, ""));
                }
            }
            if !view.orphans.is_empty() {
                let _ = writeln!(out, "\n_{}_\n", l.placed_gone);
                for p in &view.orphans {
                    let suffix = format!(" ({})", quadrant_name(view, p.x, p.y, l));
                    let _ = writeln!(out, "{}", bullet(&p.item, &suffix));
                }
            }
        }
    }
}

/// A vote's total in words: "12 av 15 prickar givna (5 personer × 3)", or without the number
/// of people "12 prickar givna, 3 per person".
pub fn votes_line(result: &VoteResult, l: &Labels) -> String {
    match (result.participants, result.budget()) {
        (Some(people), Some(budget)) => l.language.fmt(
            Key::SumDotsBudget,
            &[
                ("given", &result.given),
                ("budget", &budget),
                ("people", &people),
                ("dots", &result.per_person),
            ],
        ),
        _ => l.language.fmt(
            Key::SumDotsGiven,
            &[("given", &result.given), ("dots", &result.per_person)],
        ),
    }
}

/// A rank in words: "1:a", "delad 2:a" ("1st", "tied 2nd"); empty without dots.
pub fn rank_text(rank: Option<usize>, tied: bool, l: &Labels) -> String {
    match rank {
        Some(rank) if tied => format!(
            "{} {}",
            l.tied,
            ordinal(rank, l.language == Language::English)
        ),
        Some(rank) => ordinal(rank, l.language == Language::English),
        None => String::new(),
    }
}

/// A vote's rows: rank, item, dots, "yes" when chosen.
pub fn vote_rows(result: &VoteResult, l: &Labels) -> Vec<Vec<String>> {
    result
        .rows
        .iter()
        .map(|r| {
            vec![
                rank_text(r.rank, r.tied, l),
                r.item.clone(),
                r.dots.to_string(),
                if r.chosen {
                    l.yes.to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect()
}

/// A matrix cell's name from its axes: "Insats låg, Nytta hög".
pub fn quadrant_name(view: &MatrixView, x: u8, y: u8, l: &Labels) -> String {
    let level = |v: u8| if v > 0 { l.high } else { l.low };
    format!("{} {}, {} {}", view.x, level(x), view.y, level(y))
}

/// The time table's rows: one per step (title, planned start, planned, actual and difference
/// in minutes, remarks), then the total row. Plain text; each rendering adds its own emphasis.
pub fn time_rows(data: &SummaryData) -> Vec<Vec<String>> {
    let l = data.language.labels();
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut rows: Vec<Vec<String>> = data
        .steps
        .iter()
        .map(|s| {
            let mut remarks = Vec::new();
            if s.skipped {
                remarks.push(l.skipped.to_owned());
            }
            if s.extra_minutes > 0 {
                remarks.push(format!("{} {} {}", l.added, s.extra_minutes, l.min));
            } else if s.extra_minutes < 0 {
                remarks.push(format!("{} {} {}", l.removed, -s.extra_minutes, l.min));
            }
            vec![
                format!("{}. {}", s.number, s.title),
                clock(&s.planned_start),
                s.planned_minutes.to_string(),
                s.actual_minutes.to_string(),
                signed(s.difference_minutes),
                remarks.join(", "),
            ]
        })
        .collect();
    let t = &data.totals;
    rows.push(vec![
        l.total.to_owned(),
        String::new(),
        t.planned_minutes.to_string(),
        t.actual_minutes.to_string(),
        signed(t.difference_minutes),
        String::new(),
    ]);
    rows
}

/// The drawn cards' rows: title, category, step, clock time, "yes" when kept.
pub fn card_rows(data: &SummaryData) -> Vec<Vec<String>> {
    let l = data.language.labels();
    data.cards
        .iter()
        .map(|c| {
            vec![
                c.title.clone(),
                c.category.clone(),
                c.step.clone().unwrap_or_default(),
                c.at.format("%H:%M").to_string(),
                if c.kept {
                    l.yes.to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect()
}

/// The totals as sentences: planned and actual time with the pace, steps skipped, cards drawn
/// and kept, items chosen, actions in the plan.
pub fn totals_lines(data: &SummaryData) -> Vec<String> {
    let l = data.language.labels();
    let t = &data.totals;
    let diff = t.difference_minutes;
    let pace = match diff.cmp(&0) {
        std::cmp::Ordering::Less => format!("{} {} {}", -diff, l.min, l.ahead),
        std::cmp::Ordering::Greater => format!("{} {} {}", diff, l.min, l.behind),
        std::cmp::Ordering::Equal => l.on_time.to_owned(),
    };
    vec![
        format!("{}: {} {}", l.planned_time, t.planned_minutes, l.min),
        format!("{}: {} {} ({pace})", l.actual_time, t.actual_minutes, l.min),
        format!("{}: {}", l.steps_skipped, t.steps_skipped),
        format!(
            "{}: {} ({} {})",
            l.cards_drawn, t.cards_drawn, l.cards_kept, t.cards_kept
        ),
        format!("{}: {}", l.items_chosen, t.items_chosen),
        format!("{}: {}", l.actions, t.actions),
    ]
}

/// Renders a summary as Markdown.
pub fn render_markdown(data: &SummaryData) -> String {
    let l = data.language.labels();
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} – {}\n",
        one_line(&data.workshop_title),
        l.summary
    );
    let _ = writeln!(
        out,
        "- **{}:** {} (`{}`)",
        l.workshop,
        one_line(&data.workshop_title),
        data.workshop_id
    );
    let _ = writeln!(out, "- **{}:** {}", l.date, data.language.date(data.date));
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.planned_start,
        clock(&data.planned_start)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.actual_start,
        data.actual_start
            .as_ref()
            .map_or_else(|| l.not_started.to_owned(), clock)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.finished,
        data.finished
            .as_ref()
            .map_or_else(|| l.not_finished.to_owned(), clock)
    );
    if let Some(deck) = &data.deck {
        let _ = writeln!(out, "- **{}:** {}", l.deck, one_line(deck));
    }
    let _ = writeln!(out, "- **{}:** {}", l.seed, data.seed);
    let _ = writeln!(out, "- **{}:** `{}`", l.session, data.session);
    if let Some(f) = &data.follow_up {
        let _ = writeln!(
            out,
            "- **{}:** {} (`{}`, {})",
            super::plan::PlanLabels::of(data.language).follow_up_of,
            one_line(&f.workshop),
            f.session,
            f.date.format("%Y-%m-%d")
        );
    }

    if !data.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", l.notes);
        for note in &data.notes {
            let _ = writeln!(out, "{}", bullet(note, ""));
        }
    }

    if !data.roles.is_empty() {
        let _ = writeln!(out, "\n## {}\n", l.roles);
        for r in &data.roles {
            let _ = writeln!(out, "- **{}:** {}", one_line(&r.role), one_line(&r.people));
        }
    }

    let _ = writeln!(out, "\n## {}\n", l.time);
    let mut rows = time_rows(data);
    if let Some(total) = rows.last_mut() {
        for cell in total.iter_mut().filter(|c| !c.is_empty()) {
            *cell = format!("**{cell}**");
        }
    }
    table(
        &mut out,
        &[
            l.step,
            l.start,
            l.planned_min,
            l.actual_min,
            l.difference_min,
            l.remark,
        ],
        &[false, false, true, true, true, false],
        &rows,
    );

    let _ = writeln!(out, "\n## {}\n", l.cards);
    if data.cards.is_empty() {
        let _ = writeln!(out, "{}", l.no_cards);
    } else {
        let rows = card_rows(data);
        table(
            &mut out,
            &[l.card, l.category, l.step, l.clock, l.kept],
            &[],
            &rows,
        );
    }

    let _ = writeln!(out, "\n## {}", l.captures);
    let mut last_step: Option<&str> = None;
    let mut others = false;
    for block in &data.captures {
        match &block.step {
            Some(step) => {
                if last_step != Some(step.as_str()) {
                    let _ = writeln!(out, "\n### {}", one_line(step));
                    last_step = Some(step);
                }
            }
            None => {
                if !others {
                    let _ = writeln!(out, "\n### {}", l.other_fields);
                    others = true;
                }
            }
        }
        let _ = writeln!(out, "\n**{}**\n", one_line(&block.label));
        capture_md(&mut out, block, l);
    }

    if let Some(plan) = &data.action_plan {
        let _ = writeln!(out, "\n## {}\n", l.action_plan);
        capture_md(&mut out, plan, l);
    }

    if let Some(f) = &data.follow_up {
        let pl = super::plan::PlanLabels::of(data.language);
        let _ = writeln!(out, "\n## {}\n", pl.progress);
        let _ = writeln!(
            out,
            "{}: {} (`{}`, {})\n",
            pl.follow_up_of,
            one_line(&f.workshop),
            f.session,
            f.date.format("%Y-%m-%d")
        );
        if f.rows.is_empty() {
            let _ = writeln!(out, "_{}_", l.nothing);
        } else {
            table(
                &mut out,
                &[pl.row, pl.before, pl.after, pl.learned],
                &[],
                &f.table(data.language),
            );
        }
    }

    let _ = writeln!(out, "\n## {}\n", l.totals);
    for line in totals_lines(data) {
        let _ = writeln!(out, "- {line}");
    }
    out
}

/// The duration as whole minutes, rounded (for labels such as "3 min behind").
pub fn round_minutes(d: TimeDelta) -> i64 {
    minutes_of(d.num_seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_on_one_line_and_escape_pipes() {
        assert_eq!(escape_cell("a | b\r\n\nc\\d"), "a \\| b / c\\\\d");
        assert_eq!(one_line(" x \n\n y "), "x / y");
    }

    #[test]
    fn running_text_cannot_become_headings_or_rules() {
        assert_eq!(
            text_block("# Rubrik\n---\n\n\n- punkt\n1. ett"),
            "\\# Rubrik\n\\---\n\n- punkt\n1. ett"
        );
        assert_eq!(
            bullet("två\nrader", " **(vald)**"),
            "- två\n  rader **(vald)**"
        );
        assert_eq!(bullet("", ""), "- –");
    }

    #[test]
    fn minutes_round_half_away_from_zero() {
        assert_eq!(minutes_of(89), 1);
        assert_eq!(minutes_of(90), 2);
        assert_eq!(minutes_of(-90), -2);
        assert_eq!(round_minutes(TimeDelta::seconds(29)), 0);
    }
}
