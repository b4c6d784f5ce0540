//! The session summary as a PDF: the same [`SummaryData`] as the Markdown summary, laid out
//! with the PDF document blocks, including a bar chart of planned against actual minutes.
//!
//! This is the one place where the session engine and the PDF renderer meet; neither of them
//! knows the other. It builds a [`Document`] and leaves rendering and writing to the caller.

use chrono::{DateTime, FixedOffset};

use crate::pdf::document::{
    Bar, BarChart, Column, MatrixCell, MatrixChart, Table, VoteBar, VoteChart,
};
use crate::pdf::{Block, Document};
use crate::session::summary::{
    CaptureBlock, CaptureView, Language, SummaryColumn, SummaryData, card_columns, card_rows,
    progress_columns, quadrant_name, short_cells, time_columns, time_rows, totals_lines,
    vote_columns, vote_rows, votes_line,
};

/// The summary's own words (the rest come from the session's [`Labels`](crate::session::summary::Labels)).
struct Words {
    key: &'static str,
    chosen_ideas: &'static str,
    follow_up: &'static str,
    chart: &'static str,
    about: &'static str,
}

impl Words {
    fn of(language: Language) -> Words {
        use crate::i18n::Key as K;
        let t = |key| language.tr(key).as_str();
        Words {
            key: t(K::RepKey),
            chosen_ideas: t(K::RepChosenIdeas),
            follow_up: t(K::RepFollowUp),
            chart: t(K::RepChart),
            about: t(K::RepAbout),
        }
    }
}

/// What a capture field is for the first page, told by its id or label (the bundled workshops'
/// ids in Swedish and English, and the same words in a label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    RootProblem,
    ChosenIdeas,
    FollowUp,
}

fn key_of(block: &CaptureBlock) -> Option<Key> {
    let id = block.field.to_lowercase();
    let label = block.label.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| id.contains(w) || label.contains(w));
    if has(&["grundproblem", "root-problem", "root problem", "rotproblem"]) {
        Some(Key::RootProblem)
    } else if has(&[
        "valda-ide",
        "valda idé",
        "vald idé",
        "vald-ide",
        "chosen-idea",
        "chosen idea",
    ]) {
        Some(Key::ChosenIdeas)
    } else if has(&[
        "uppfoljning",
        "uppföljning",
        "follow-up",
        "follow up",
        "followup",
    ]) {
        Some(Key::FollowUp)
    } else {
        None
    }
}

/// The summary of a session as a printable document. The first page carries what the
/// participants need (the root problem, the chosen ideas, the action plan and the next
/// follow-up); the notes, the times, the cards and the facts about the session follow.
pub fn summary_document(data: &SummaryData) -> Document {
    let l = data.language.labels();
    let w = &Words::of(data.language);
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: format!("{} – {}", data.workshop_title, l.summary),
    }];
    let mut line = format!(
        "{} · {}",
        data.language.date(data.date),
        data.actual_start
            .as_ref()
            .map_or_else(|| clock(&data.planned_start), clock)
    );
    if let Some(end) = &data.finished {
        line.push_str(&format!("–{}", clock(end)));
    }
    if let Some(deck) = &data.deck {
        line.push_str(&format!(" · {deck}"));
    }
    blocks.push(Block::Small(line));

    // The main points.
    let keyed = |key: Key| data.captures.iter().filter(move |c| key_of(c) == Some(key));
    let chosen: Vec<String> = data
        .captures
        .iter()
        .flat_map(|c| match &c.value {
            CaptureView::List(items) => items
                .iter()
                .filter(|i| i.chosen)
                .map(|i| i.text.clone())
                .collect(),
            CaptureView::Votes(result) => result.chosen().map(|r| r.item.clone()).collect(),
            _ => Vec::new(),
        })
        .fold(Vec::new(), |mut all: Vec<String>, item| {
            if !all.contains(&item) {
                all.push(item);
            }
            all
        });
    let mut key_blocks = Vec::new();
    for c in keyed(Key::RootProblem).filter(|c| !c.value.is_empty()) {
        key_blocks.push(heading(3, &c.label));
        capture_blocks(&mut key_blocks, c, data.language, false);
    }
    let chosen_text: Vec<&CaptureBlock> = keyed(Key::ChosenIdeas)
        .filter(|c| !c.value.is_empty())
        .collect();
    if !chosen.is_empty() || !chosen_text.is_empty() {
        key_blocks.push(heading(3, w.chosen_ideas));
        if !chosen.is_empty() {
            key_blocks.push(Block::Bullets(chosen));
        }
        for c in chosen_text {
            capture_blocks(&mut key_blocks, c, data.language, false);
        }
    }
    if let Some(plan) = &data.action_plan {
        key_blocks.push(heading(3, l.action_plan));
        capture_blocks(&mut key_blocks, plan, data.language, false);
    }
    for c in keyed(Key::FollowUp).filter(|c| !c.value.is_empty()) {
        key_blocks.push(heading(3, w.follow_up));
        capture_blocks(&mut key_blocks, c, data.language, false);
    }
    if let Some(f) = &data.follow_up {
        let pl = crate::session::plan::PlanLabels::of(data.language);
        key_blocks.push(heading(3, pl.progress));
        key_blocks.push(Block::Small(format!(
            "{}: {} ({}, {})",
            pl.follow_up_of,
            f.workshop,
            f.session,
            data.language.date(f.date)
        )));
        if !f.rows.is_empty() {
            key_blocks.push(Block::Table(Table {
                columns: pdf_columns(&progress_columns(data.language)),
                rows: f.table(data.language),
                ..Table::default()
            }));
        }
    }
    if !key_blocks.is_empty() {
        blocks.push(heading(2, w.key));
        blocks.append(&mut key_blocks);
    }

    // Everything written, step by step (what the first page showed is not repeated).
    let rest: Vec<&CaptureBlock> = data
        .captures
        .iter()
        .filter(|c| key_of(c).is_none() || c.value.is_empty())
        .collect();
    if !rest.is_empty() {
        blocks.push(heading(2, l.captures));
    }
    let mut last_step: Option<&str> = None;
    let mut others = false;
    for block in rest {
        match &block.step {
            Some(step) if last_step != Some(step.as_str()) => {
                blocks.push(heading(3, step));
                last_step = Some(step);
            }
            None if !others => {
                blocks.push(heading(3, l.other_fields));
                others = true;
            }
            _ => {}
        }
        capture_blocks(&mut blocks, block, data.language, true);
    }

    blocks.push(heading(2, l.time));
    let rows = time_rows(data);
    blocks.push(Block::Table(Table {
        columns: pdf_columns(&time_columns(l)),
        rows,
        total_row: true,
        ..Table::default()
    }));
    blocks.push(heading(3, w.chart));
    blocks.push(Block::BarChart(BarChart {
        series: [l.planned_time.to_owned(), l.actual_time.to_owned()],
        unit: l.min.to_owned(),
        bars: data
            .steps
            .iter()
            .map(|s| Bar {
                label: s.title.clone(),
                planned: s.planned_minutes as f32,
                actual: (s.started || s.actual_seconds > 0).then_some(s.actual_minutes as f32),
            })
            .collect(),
    }));
    blocks.push(heading(3, l.totals));
    blocks.push(Block::Bullets(totals_lines(data)));

    blocks.push(heading(2, l.cards));
    if data.cards.is_empty() {
        blocks.push(Block::Paragraph(l.no_cards.to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            columns: pdf_columns(&card_columns(l)),
            rows: card_rows(data),
            ..Table::default()
        }));
    }

    // The facts about the session last.
    blocks.push(heading(2, w.about));
    if !data.notes.is_empty() {
        blocks.push(heading(3, l.notes));
        blocks.push(Block::Bullets(data.notes.clone()));
    }
    if !data.roles.is_empty() {
        blocks.push(heading(3, l.roles));
        blocks.push(Block::Terms(
            data.roles
                .iter()
                .map(|r| (r.role.clone(), r.people.clone()))
                .collect(),
        ));
    }
    let mut facts = vec![
        (
            l.workshop.to_owned(),
            format!("{} ({})", data.workshop_title, data.workshop_id),
        ),
        (l.date.to_owned(), data.language.date(data.date)),
        (l.planned_start.to_owned(), clock(&data.planned_start)),
        (
            l.actual_start.to_owned(),
            data.actual_start
                .as_ref()
                .map_or_else(|| l.not_started.to_owned(), clock),
        ),
        (
            l.finished.to_owned(),
            data.finished
                .as_ref()
                .map_or_else(|| l.not_finished.to_owned(), clock),
        ),
    ];
    if let Some(deck) = &data.deck {
        facts.push((l.deck.to_owned(), deck.clone()));
    }
    facts.push((l.seed.to_owned(), data.seed.to_string()));
    facts.push((l.session.to_owned(), data.session.clone()));
    if let Some(f) = &data.follow_up {
        facts.push((
            crate::session::plan::PlanLabels::of(data.language)
                .follow_up_of
                .to_owned(),
            format!(
                "{} ({}, {})",
                f.workshop,
                f.session,
                data.language.date(f.date)
            ),
        ));
    }
    blocks.push(Block::Terms(facts));

    Document {
        title: format!("{} – {}", data.workshop_title, l.summary),
        author: String::new(),
        subject: format!("{} – {}", data.workshop_title, l.summary),
        language: match data.language {
            Language::Swedish => "sv".to_owned(),
            Language::English => "en".to_owned(),
        },
        blocks,
    }
}

/// The PDF's columns of one of the summary's tables.
fn pdf_columns(columns: &[SummaryColumn<'_>]) -> Vec<Column> {
    columns
        .iter()
        .map(|c| {
            let mut column = Column::new(c.name, c.weight);
            if c.whole {
                column = column.whole();
            }
            if c.right { column.right() } else { column }
        })
        .collect()
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
    }
}

/// The blocks of one capture: its label (unless the heading already says it) and its value.
fn capture_blocks(
    blocks: &mut Vec<Block>,
    capture: &CaptureBlock,
    language: Language,
    label: bool,
) {
    let l = language.labels();
    if label {
        blocks.push(Block::Small(capture.label.clone()));
    }
    if capture.value.is_empty() {
        blocks.push(Block::Paragraph(format!("({})", l.nothing)));
        return;
    }
    match &capture.value {
        CaptureView::Text(text) => blocks.push(Block::Paragraph(text.clone())),
        CaptureView::List(items) => blocks.push(Block::Bullets(
            items
                .iter()
                .map(|i| {
                    if i.chosen {
                        format!("{} ({})", i.text, l.chosen)
                    } else {
                        i.text.clone()
                    }
                })
                .collect(),
        )),
        CaptureView::Table { columns, rows } => blocks.push(Block::Table(Table {
            columns: columns
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let column = Column::new(c.clone(), 1.0);
                    if short_cells(rows, i) {
                        column.whole()
                    } else {
                        column
                    }
                })
                .collect(),
            rows: rows.clone(),
            ..Table::default()
        })),
        CaptureView::Votes(result) => {
            blocks.push(Block::Paragraph(votes_line(result, l)));
            blocks.push(Block::VoteChart(VoteChart {
                bars: result
                    .rows
                    .iter()
                    .zip(vote_rows(result, l))
                    .map(|(r, row)| VoteBar {
                        label: r.item.clone(),
                        value: r.dots,
                        rank: row[0].clone(),
                        chosen: r.chosen,
                    })
                    .collect(),
                chosen: l.chosen.to_owned(),
            }));
            blocks.push(Block::Table(Table {
                columns: pdf_columns(&vote_columns(l)),
                rows: vote_rows(result, l),
                ..Table::default()
            }));
            if !result.orphans.is_empty() {
                blocks.push(Block::Small(l.dots_gone.to_owned()));
                blocks.push(Block::Bullets(
                    result
                        .orphans
                        .iter()
                        .map(|(item, dots, _)| format!("{item} ({dots})"))
                        .collect(),
                ));
            }
        }
        CaptureView::Matrix(view) => {
            blocks.push(Block::Matrix(MatrixChart {
                x: view.x.clone(),
                y: view.y.clone(),
                cells: view
                    .quadrants
                    .iter()
                    .map(|q| MatrixCell {
                        name: quadrant_name(view, q.x, q.y, l),
                        items: q.items.clone(),
                    })
                    .collect(),
            }));
            if !view.unplaced.is_empty() {
                blocks.push(Block::Small(l.unplaced.to_owned()));
                blocks.push(Block::Bullets(view.unplaced.clone()));
            }
            if !view.orphans.is_empty() {
                blocks.push(Block::Small(l.placed_gone.to_owned()));
                blocks.push(Block::Bullets(
                    view.orphans
                        .iter()
                        .map(|p| format!("{} ({})", p.item, quadrant_name(view, p.x, p.y, l)))
                        .collect(),
                ));
            }
        }
    }
}
