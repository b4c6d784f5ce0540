//! The facilitator guide: a workshop as an A4 document to print and bring to the room.
//!
//! Title and description, roles, the preparation checklist with tick boxes, the agenda with
//! minutes and clock times from a start time, then every step with its instructions, the
//! facilitator's notes, the cards it draws from, and blank capture templates (boxes, list lines,
//! the action plan table with empty rows). Labels follow the workshop's language (Swedish, or
//! English for `en`). Built from [`super::document`] blocks; this module only chooses them.

use super::document::{
    Block, Column, Document, MatrixCell, MatrixChart, Table, Tally, render_document,
};
use crate::model::{Deck, FieldKind, Workshop};
use std::sync::OnceLock;

use crate::i18n::{Key, Language};

use super::{Export, PdfError};

/// Options of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuideOptions {
    /// The start time in minutes after midnight (09:00 is 540).
    pub start_minutes: u32,
}

impl Default for GuideOptions {
    fn default() -> Self {
        GuideOptions {
            start_minutes: 9 * 60,
        }
    }
}

/// Parses a start time `HH:MM` into minutes after midnight (see [`crate::clock`]).
pub fn parse_start(text: &str) -> Result<u32, crate::clock::ClockError> {
    crate::clock::parse_minutes(text)
}

/// A clock time `HH:MM` for minutes after midnight (wrapping past midnight).
pub fn clock(minutes: u32) -> String {
    crate::clock::format_minutes(minutes)
}

struct Labels {
    guide: &'static str,
    minutes: &'static str,
    deck: &'static str,
    roles: &'static str,
    preparation: &'static str,
    agenda: &'static str,
    time: &'static str,
    step: &'static str,
    cards: &'static str,
    total: &'static str,
    steps: &'static str,
    instructions: &'static str,
    notes: &'static str,
    draws: &'static str,
    whole_deck: &'static str,
    capture: &'static str,
    times_note: &'static str,
}

impl Labels {
    /// The guide's words in `language`, from the catalogue (`guide-…` in `i18n/*.ftl`).
    fn of(language: Language) -> &'static Labels {
        static LABELS: OnceLock<[Labels; 2]> = OnceLock::new();
        &LABELS.get_or_init(|| {
            [
                Labels::new(Language::Swedish),
                Labels::new(Language::English),
            ]
        })[language as usize]
    }

    fn new(language: Language) -> Labels {
        let t = |key| language.tr(key).as_str();
        Labels {
            guide: t(Key::GuideGuide),
            minutes: t(Key::GuideMinutes),
            deck: t(Key::GuideDeck),
            roles: t(Key::GuideRoles),
            preparation: t(Key::GuidePreparation),
            agenda: t(Key::GuideAgenda),
            time: t(Key::GuideTime),
            step: t(Key::GuideStep),
            cards: t(Key::GuideCards),
            total: t(Key::GuideTotal),
            steps: t(Key::GuideSteps),
            instructions: t(Key::GuideInstructions),
            notes: t(Key::GuideNotes),
            draws: t(Key::GuideDraws),
            whole_deck: t(Key::GuideWholeDeck),
            capture: t(Key::GuideCapture),
            times_note: t(Key::GuideTimesNote),
        }
    }
}

/// The guide as document blocks.
pub fn guide_document(
    workshop: &Workshop,
    deck: Option<&Deck>,
    options: &GuideOptions,
) -> Document {
    let language = Language::for_content(&workshop.language);
    let l = Labels::of(language);
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: workshop.title.clone(),
    }];
    let total = workshop.total_minutes();
    let start = options.start_minutes;
    let mut subtitle = format!(
        "{} · {total} {} · {}–{}",
        l.guide,
        l.minutes,
        clock(start),
        clock(start + total)
    );
    if let Some(d) = deck {
        subtitle.push_str(&format!(" · {}: {}", l.deck, d.title));
    }
    blocks.push(Block::Small(subtitle));
    if let Some(description) = &workshop.description {
        let description = for_the_facilitator(description);
        if !description.is_empty() {
            blocks.push(Block::Paragraph(description));
        }
    }
    if !workshop.roles.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: l.roles.to_owned(),
        });
        blocks.push(Block::Terms(
            workshop
                .roles
                .iter()
                .map(|r| (r.name.clone(), r.description.clone().unwrap_or_default()))
                .collect(),
        ));
    }
    if !workshop.preparation.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: l.preparation.to_owned(),
        });
        blocks.push(Block::Checklist(workshop.preparation.clone()));
    }

    // The agenda.
    let category_names = |categories: &[String]| -> String {
        if categories.is_empty() {
            return l.whole_deck.to_owned();
        }
        categories
            .iter()
            .map(|id| {
                deck.and_then(|d| d.categories.iter().find(|c| &c.id == id))
                    .map_or_else(|| id.clone(), |c| c.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    blocks.push(Block::Heading {
        level: 2,
        text: l.agenda.to_owned(),
    });
    let mut rows = Vec::new();
    let mut at = start;
    let mut times = Vec::new();
    for (i, step) in workshop.steps.iter().enumerate() {
        let cards = step
            .draw
            .as_ref()
            .map(|d| category_names(&d.categories))
            .unwrap_or_default();
        times.push((at, at + step.minutes));
        rows.push(vec![
            format!("{}–{}", clock(at), clock(at + step.minutes)),
            step.minutes.to_string(),
            format!("{}. {}", i + 1, step.title),
            cards,
        ]);
        at += step.minutes;
    }
    rows.push(vec![
        format!("{}–{}", clock(start), clock(at)),
        total.to_string(),
        l.total.to_owned(),
        String::new(),
    ]);
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.time, 1.35),
            Column::new(l.minutes, 0.6).right(),
            Column::new(l.step, 3.4),
            Column::new(l.cards, 2.2),
        ],
        rows,
        empty_rows: 0,
        empty_row_height: 0.0,
        total_row: true,
    }));
    blocks.push(Block::Small(l.times_note.to_owned()));

    // Every step.
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading {
        level: 1,
        text: l.steps.to_owned(),
    });
    for (i, step) in workshop.steps.iter().enumerate() {
        let (from, to) = times[i];
        blocks.push(Block::Heading {
            level: 2,
            text: format!("{}. {}", i + 1, step.title),
        });
        blocks.push(Block::Small(format!(
            "{}–{} · {} {}",
            clock(from),
            clock(to),
            step.minutes,
            l.minutes
        )));
        blocks.push(Block::Heading {
            level: 3,
            text: l.instructions.to_owned(),
        });
        blocks.push(Block::Paragraph(for_the_facilitator(&step.instructions)));
        if let Some(notes) = &step.facilitator_notes {
            let notes = for_the_facilitator(notes);
            if !notes.is_empty() {
                blocks.push(Block::Callout {
                    label: l.notes.to_owned(),
                    text: notes,
                });
            }
        }
        if let Some(draw) = &step.draw {
            blocks.push(Block::Bullets(vec![format!(
                "{}: {} ({})",
                l.draws,
                category_names(&draw.categories),
                language.fmt(Key::GuideCardCount, &[("n", &draw.count)])
            )]));
        }
        if !step.capture.is_empty() {
            blocks.push(Block::Heading {
                level: 3,
                text: l.capture.to_owned(),
            });
            for field in &step.capture {
                match &field.kind {
                    FieldKind::Text => blocks.push(Block::TextBox {
                        label: field.label.clone(),
                        height: 28.0,
                    }),
                    FieldKind::List => blocks.push(Block::Lines {
                        label: field.label.clone(),
                        count: 6,
                    }),
                    FieldKind::Votes { dots, .. } => blocks.push(Block::Tally(Tally {
                        label: field.label.clone(),
                        note: language.fmt(Key::GuideTallyNote, &[("dots", dots)]),
                        columns: [
                            language.tr(Key::GuideTallyItem).to_string(),
                            language.tr(Key::GuideTallyDots).to_string(),
                            language.tr(Key::GuideTallyTotal).to_string(),
                        ],
                        rows: 8,
                    })),
                    FieldKind::Matrix { x, y, .. } => {
                        let (low, high) = (
                            language.tr(Key::SumLow).as_str(),
                            language.tr(Key::SumHigh).as_str(),
                        );
                        let name = |xv: bool, yv: bool| {
                            format!(
                                "{x} {}, {y} {}",
                                if xv { high } else { low },
                                if yv { high } else { low }
                            )
                        };
                        blocks.push(Block::Heading {
                            level: 3,
                            text: field.label.clone(),
                        });
                        blocks.push(Block::Small(
                            language.fmt(Key::GuideMatrixNote, &[("x", x), ("y", y)]),
                        ));
                        blocks.push(Block::Matrix(MatrixChart {
                            x: x.clone(),
                            y: y.clone(),
                            cells: [(false, true), (true, true), (false, false), (true, false)]
                                .into_iter()
                                .map(|(xv, yv)| MatrixCell {
                                    name: name(xv, yv),
                                    items: Vec::new(),
                                })
                                .collect(),
                        }));
                    }
                    FieldKind::Table { columns } => {
                        blocks.push(Block::Heading {
                            level: 3,
                            text: field.label.clone(),
                        });
                        blocks.push(Block::Table(Table {
                            columns: columns
                                .iter()
                                .map(|c| {
                                    Column::new(
                                        c.clone(),
                                        (c.chars().count() as f32 / 9.0).max(1.0),
                                    )
                                })
                                .collect(),
                            rows: Vec::new(),
                            empty_rows: 8,
                            empty_row_height: 13.0,
                            total_row: false,
                        }));
                    }
                }
            }
        }
        blocks.push(Block::Spacer(3.0));
    }
    Document {
        title: format!("{} – {}", workshop.title, l.guide),
        author: deck.map_or_else(|| workshop.title.clone(), super::short_credits),
        subject: format!("{} · {total} {}", l.guide, l.minutes),
        language: workshop.language.clone(),
        blocks,
    }
}

/// Exports the facilitator guide of `workshop` (with its deck for category names).
pub fn export_guide(
    workshop: &Workshop,
    deck: Option<&Deck>,
    options: &GuideOptions,
) -> Result<Export, PdfError> {
    render_document(&guide_document(workshop, deck, options))
}

/// Words that only make sense to whoever edits the workshop file (the file itself, its field
/// names): a sentence with one of them is left out of the printed guide, which speaks to the
/// facilitator. Authors keep such notes in `//` comments.
const AUTHOR_ONLY: [&str; 11] = [
    "den här filen",
    "i filen",
    "this file",
    "in the file",
    "värdet minutes",
    "minutes value",
    "`minutes`",
    "fältet minutes",
    "the minutes field",
    ".workshop.ron",
    ".deck.ron",
];

/// `text` without its sentences for the file's author (see [`AUTHOR_ONLY`]); paragraphs are
/// kept, an emptied one is dropped.
pub fn for_the_facilitator(text: &str) -> String {
    let author_only = |sentence: &str| {
        let lower = sentence.to_lowercase();
        AUTHOR_ONLY.iter().any(|w| lower.contains(w))
    };
    if !author_only(text) {
        return text.to_owned();
    }
    let mut paragraphs = Vec::new();
    for paragraph in text.split("\n\n") {
        let mut kept = String::new();
        let mut rest = paragraph;
        while !rest.is_empty() {
            // A sentence ends at ". ", "! " or "? " (or the paragraph's end).
            let end = rest
                .char_indices()
                .find(|&(i, c)| {
                    matches!(c, '.' | '!' | '?') && rest[i + c.len_utf8()..].starts_with(' ')
                })
                .map_or(rest.len(), |(i, c)| i + c.len_utf8());
            let (sentence, tail) = rest.split_at(end);
            if !author_only(sentence) {
                kept.push_str(sentence);
            }
            rest = tail;
        }
        let kept = kept.trim().to_owned();
        if !kept.is_empty() {
            paragraphs.push(kept);
        }
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_only_sentences_are_left_out() {
        let text = "Ett pass på 60 minuter. Facilitatorn kan ändra tiderna med värdet minutes i den här filen. Gå tillbaka när det behövs.\n\nÄndra stegen i den här filen.\n\nSista stycket!";
        assert_eq!(
            for_the_facilitator(text),
            "Ett pass på 60 minuter. Gå tillbaka när det behövs.\n\nSista stycket!"
        );
        let en = "Change the minutes value of each step in this file. Take a break.";
        assert_eq!(for_the_facilitator(en), "Take a break.");
        assert_eq!(for_the_facilitator("In this file."), "");
        // Text for the facilitator stays as it is, minutes and all.
        let plain = "Five minutes: everyone writes. The profile matters.";
        assert_eq!(for_the_facilitator(plain), plain);
    }

    fn choosing_workshop(language: &str) -> Workshop {
        let text = format!(
            r#"Workshop(id: "v", title: "V", language: "{language}", steps: [
                Step(id: "a", title: "A", minutes: 10, instructions: "Skriv.", capture: [
                    Field(id: "ideer", label: "Idéer", kind: List),
                    Field(id: "prickar", label: "Prickröstning", kind: Votes(of: "ideer", dots: 3)),
                    Field(id: "matris", label: "Nytta och insats", kind: Matrix(of: "prickar", x: "Insats", y: "Nytta")),
                ]),
            ])"#
        );
        crate::model::ron_options()
            .from_str(&text)
            .expect("the workshop parses")
    }

    #[test]
    fn a_vote_prints_as_a_tally_and_a_matrix_as_a_labelled_grid_in_the_workshops_language() {
        for (language, note, cell, item) in [
            ("sv", "3 prickar", "Insats låg, Nytta hög", "Idé"),
            ("en", "3 dots", "Insats low, Nytta high", "Idea"),
        ] {
            let doc = guide_document(&choosing_workshop(language), None, &GuideOptions::default());
            let tally = doc
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::Tally(t) => Some(t),
                    _ => None,
                })
                .expect("the vote is a tally");
            assert_eq!(tally.label, "Prickröstning");
            assert!(tally.note.contains(note), "{}", tally.note);
            assert_eq!(tally.columns[0], item);
            assert!(tally.rows >= 6);
            let matrix = doc
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::Matrix(m) => Some(m),
                    _ => None,
                })
                .expect("the matrix is a grid");
            assert_eq!((matrix.x.as_str(), matrix.y.as_str()), ("Insats", "Nytta"));
            assert_eq!(matrix.cells.len(), 4);
            assert_eq!(matrix.cells[0].name, cell);
            assert!(matrix.cells.iter().all(|c| c.items.is_empty()));
            // Only the list is ruled lines; no empty box stands for the matrix any more.
            let lines = doc
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Lines { .. }))
                .count();
            assert_eq!(lines, 1);
            assert!(
                !doc.blocks
                    .iter()
                    .any(|b| matches!(b, Block::TextBox { .. }))
            );
            let pdf = render_document(&doc).expect("the guide renders");
            assert!(pdf.bytes.starts_with(b"%PDF"));
        }
    }
}
