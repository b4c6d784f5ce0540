//! The session summary as a PDF: the same [`SummaryData`] as the Markdown summary, laid out
//! with the PDF document blocks, including a bar chart of planned against actual minutes.
//!
//! This is the one place where the session engine and the PDF renderer meet; neither of them
//! knows the other. It builds a [`Document`] and leaves rendering and writing to the caller.

use chrono::{DateTime, FixedOffset};

use crate::pdf::document::{Bar, BarChart, Column, Table};
use crate::pdf::{Block, Document};
use crate::session::summary::{
    CaptureBlock, CaptureView, Language, SummaryData, card_rows, time_rows, totals_lines,
};

/// The summary of a session as a printable document.
pub fn summary_document(data: &SummaryData) -> Document {
    let l = data.language.labels();
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: format!("{} – {}", data.workshop_title, l.summary),
    }];

    let mut facts = vec![
        (
            l.workshop.to_owned(),
            format!("{} ({})", data.workshop_title, data.workshop_id),
        ),
        (l.date.to_owned(), data.date.format("%Y-%m-%d").to_string()),
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
    blocks.push(Block::Terms(facts));

    if !data.notes.is_empty() {
        blocks.push(heading(2, l.notes));
        blocks.push(Block::Bullets(data.notes.clone()));
    }
    if !data.roles.is_empty() {
        blocks.push(heading(2, l.roles));
        blocks.push(Block::Terms(
            data.roles
                .iter()
                .map(|r| (r.role.clone(), r.people.clone()))
                .collect(),
        ));
    }

    blocks.push(heading(2, l.time));
    let rows = time_rows(data);
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.step, 3.2),
            Column::new(l.start, 1.3),
            Column::new(l.planned_min, 1.3).right(),
            Column::new(l.actual_min, 1.3).right(),
            Column::new(l.difference_min, 1.3).right(),
            Column::new(l.remark, 2.0),
        ],
        rows,
        total_row: true,
        ..Table::default()
    }));
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

    blocks.push(heading(2, l.cards));
    if data.cards.is_empty() {
        blocks.push(Block::Paragraph(l.no_cards.to_owned()));
    } else {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.card, 3.0),
                Column::new(l.category, 2.0),
                Column::new(l.step, 2.5),
                Column::new(l.clock, 1.0),
                Column::new(l.kept, 1.0),
            ],
            rows: card_rows(data),
            ..Table::default()
        }));
    }

    blocks.push(heading(2, l.captures));
    let mut last_step: Option<&str> = None;
    let mut others = false;
    for block in &data.captures {
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

    if let Some(plan) = &data.action_plan {
        blocks.push(heading(2, l.action_plan));
        capture_blocks(&mut blocks, plan, data.language, false);
    }

    blocks.push(heading(2, l.totals));
    blocks.push(Block::Bullets(totals_lines(data)));

    Document {
        title: format!("{} – {}", data.workshop_title, l.summary),
        author: String::new(),
        subject: data.workshop_id.clone(),
        language: match data.language {
            Language::Swedish => "sv".to_owned(),
            Language::English => "en".to_owned(),
        },
        blocks,
    }
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
                .map(|c| Column::new(c.clone(), 1.0))
                .collect(),
            rows: rows.clone(),
            ..Table::default()
        })),
    }
}
