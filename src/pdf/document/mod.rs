//! A small, generic document renderer: a list of [`Block`]s (headings, paragraphs, lists,
//! checklists, tables, bar charts, blank capture templates) flowed onto A4 pages with automatic
//! page breaks and page numbers in the footer.
//!
//! The facilitator guide is built from these blocks, and so can a session summary (planned
//! against actual minutes as a [`BarChart`], the action plan as a [`Table`]). [`layout_document`]
//! gives the positioned items of every page (sheet space, mm from the top-left) for a preview;
//! [`render_document`] writes the PDF. This module does not know what a workshop is.

use super::items::{Align, Color, Item, Stroke};
use super::layout::{Placement, PointMm, Rect};
use super::render::{self, Bookmark, DocInfo, Duplex, Group, RenderPage};
use super::text::{FontFace, Hyphenate, Hyphenation, Style, ellipsize, wrap, wrap_with};
use super::{Export, PdfError};
use crate::i18n::{Key, Language};

mod chart;
mod flow;
mod table;

use chart::*;
pub use flow::layout_document;
use flow::*;
use table::*;

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 20.0;
const RIGHT: f32 = 20.0;
const TOP: f32 = 18.0;
const BOTTOM: f32 = 20.0;
const LEADING: f32 = 1.3;
/// The accent colour of headings, bars and rules.
const ACCENT: Color = Color::rgb(0x1B, 0x49, 0x65);
const OVERRUN: Color = Color::rgb(0xB5, 0x4E, 0x00);
const SHADE: Color = Color::rgb(0xEE, 0xF1, 0xF4);

/// A document: its information and its blocks, in reading order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The title (document information and the footer).
    pub title: String,
    /// The author.
    pub author: String,
    /// The subject.
    pub subject: String,
    /// BCP 47 language tag: hyphenation and the footer's "Sida"/"Page".
    pub language: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header text.
    pub title: String,
    /// Relative width (the columns share the text width in proportion).
    pub weight: f32,
    /// Alignment of the cells.
    pub align: Align,
    /// Its cells stay on one line (a date, a rank, a status) where the width allows; the
    /// header may still wrap.
    pub whole: bool,
}

impl Column {
    /// A left-aligned column of relative width `weight`.
    pub fn new(title: impl Into<String>, weight: f32) -> Column {
        Column {
            title: title.into(),
            weight,
            align: Align::Left,
            whole: false,
        }
    }

    /// The same column, its cells kept on one line where the width allows.
    pub fn whole(mut self) -> Column {
        self.whole = true;
        self
    }

    /// The same column, right-aligned (numbers).
    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }
}

/// A table with a header row (repeated on every page it spans).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows (cells beyond the columns are ignored; missing cells are empty).
    pub rows: Vec<Vec<String>>,
    /// Blank rows after the rows, to write in by hand.
    pub empty_rows: usize,
    /// The height of a blank row in mm.
    pub empty_row_height: f32,
    /// Whether the last row is a total (printed in bold above a rule).
    pub total_row: bool,
}

/// One bar of a [`BarChart`]: a label with a planned and an actual value.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is (a step's title).
    pub label: String,
    /// The planned value.
    pub planned: f32,
    /// The actual value; `None` when not known (not started).
    pub actual: Option<f32>,
}

/// A horizontal bar chart of planned against actual values.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarChart {
    /// The names of the two series, e.g. "Planerat" and "Faktiskt".
    pub series: [String; 2],
    /// The unit printed after values, e.g. "min".
    pub unit: String,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// One bar of a [`VoteChart`]: an item and its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteBar {
    /// What was voted on.
    pub label: String,
    /// Its count (dots).
    pub value: u32,
    /// Its rank in words, e.g. "delad 2:a"; may be empty.
    pub rank: String,
    /// Whether it was chosen (drawn in the accent colour).
    pub chosen: bool,
}

/// A horizontal bar chart of counts, such as the dots of a vote, drawn in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoteChart {
    /// The bars, top to bottom.
    pub bars: Vec<VoteBar>,
    /// The legend's word for a chosen bar, e.g. "vald".
    pub chosen: String,
}

/// One cell of a [`MatrixChart`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatrixCell {
    /// The cell's name, e.g. "Insats låg, Nytta hög".
    pub name: String,
    /// The items in it.
    pub items: Vec<String>,
}

/// A 2×2 matrix with named axes and the items in each cell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatrixChart {
    /// The horizontal axis (low on the left).
    pub x: String,
    /// The vertical axis (low at the bottom).
    pub y: String,
    /// The four cells in reading order: top left, top right, bottom left, bottom right.
    pub cells: Vec<MatrixCell>,
}

/// A tally sheet for a dot vote on paper: rows with a line to write an item on, boxes to mark
/// the dots in and a box for the total.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// The label above it (the field's).
    pub label: String,
    /// A note under the label, e.g. how many dots each person has.
    pub note: String,
    /// The column names: the item, the dots, the total.
    pub columns: [String; 3],
    /// How many rows.
    pub rows: usize,
}

/// A piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, level 1 (largest) to 3.
    Heading {
        /// 1–3.
        level: u8,
        /// The text.
        text: String,
    },
    /// A paragraph; blank lines in the text separate paragraphs.
    Paragraph(String),
    /// Small grey text, e.g. a subtitle or a note about the document.
    Small(String),
    /// A shaded box with a bold label, e.g. facilitator notes.
    Callout {
        /// The label.
        label: String,
        /// The text.
        text: String,
    },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Terms in bold, each followed by its description.
    Terms(Vec<(String, String)>),
    /// A list with tick boxes.
    Checklist(Vec<String>),
    /// A table.
    Table(Table),
    /// A bar chart.
    BarChart(BarChart),
    /// A bar chart of counts (a vote).
    VoteChart(VoteChart),
    /// A 2×2 matrix.
    Matrix(MatrixChart),
    /// A tally sheet for a dot vote.
    Tally(Tally),
    /// A labelled empty box to write in.
    TextBox {
        /// The label above the box.
        label: String,
        /// The box's height in mm.
        height: f32,
    },
    /// A label and ruled lines to write a list on.
    Lines {
        /// The label.
        label: String,
        /// How many lines.
        count: usize,
    },
    /// Vertical space in mm.
    Spacer(f32),
    /// Continue on a new page.
    PageBreak,
}

/// Renders the document to an A4 PDF.
pub fn render_document(doc: &Document) -> Result<Export, PdfError> {
    let (laid_out, outline) = layout_with_outline(doc);
    let pages: Vec<RenderPage> = laid_out
        .into_iter()
        .map(|items| RenderPage {
            width: PAGE_W,
            height: PAGE_H,
            groups: vec![Group {
                placement: Placement::SHEET,
                items,
            }],
        })
        .collect();
    let bytes = render::render(
        &pages,
        &DocInfo {
            title: doc.title.clone(),
            author: doc.author.clone(),
            subject: doc.subject.clone(),
            duplex: Duplex::LongEdge,
            language: doc.language.clone(),
            outline,
        },
    )?;
    Ok(Export {
        bytes,
        warnings: Vec::new(),
        pages: pages.len(),
        cards: 0,
        sheets: pages.len().div_ceil(2),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pages: &[Vec<Item>]) -> Vec<String> {
        pages
            .iter()
            .flatten()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn long_documents_break_pages_and_number_them() {
        let doc = Document {
            title: "Test".into(),
            language: "sv".into(),
            blocks: (0..80)
                .map(|i| Block::Paragraph(format!("Stycke {i} med lite text som fyller sidan.")))
                .collect(),
            ..Document::default()
        };
        let pages = layout_document(&doc);
        assert!(pages.len() >= 2);
        let t = texts(&pages);
        assert!(t.contains(&format!("Sida 1 av {}", pages.len())));
        for page in &pages {
            for item in page {
                if let Item::Text { origin, .. } = item {
                    assert!(origin.y <= PAGE_H - 5.0 && origin.y >= TOP);
                }
            }
        }
    }

    #[test]
    fn tables_repeat_the_header_and_bar_charts_show_values() {
        let doc = Document {
            title: "Summary".into(),
            language: "en".into(),
            blocks: vec![
                Block::Table(Table {
                    columns: vec![Column::new("What", 2.0), Column::new("Who", 1.0)],
                    rows: (0..60)
                        .map(|i| vec![format!("Task {i}"), "Anna".into()])
                        .collect(),
                    empty_rows: 3,
                    empty_row_height: 9.0,
                    total_row: false,
                }),
                Block::BarChart(BarChart {
                    series: ["Planned".into(), "Actual".into()],
                    unit: "min".into(),
                    bars: vec![
                        Bar {
                            label: "Welcome".into(),
                            planned: 10.0,
                            actual: Some(12.0),
                        },
                        Bar {
                            label: "Ideas".into(),
                            planned: 25.0,
                            actual: Some(20.5),
                        },
                        Bar {
                            label: "Plan".into(),
                            planned: 20.0,
                            actual: None,
                        },
                    ],
                }),
            ],
            ..Document::default()
        };
        let pages = layout_document(&doc);
        let t = texts(&pages);
        assert!(
            t.iter().filter(|s| *s == "What").count() >= 2,
            "header repeated"
        );
        for want in [
            "12 min",
            "20.5 min",
            "25 min",
            "Planned",
            "Actual",
            "Page 1 of 3",
        ] {
            assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
        }
        // The overrun bar is drawn in the overrun colour.
        let overrun = pages
            .iter()
            .flatten()
            .any(|i| matches!(i, Item::Rect { fill: Some(c), .. } if *c == OVERRUN));
        assert!(overrun);
    }

    /// For each page, how many text items contain `marker`.
    fn per_page(pages: &[Vec<Item>], marker: &str) -> Vec<usize> {
        pages
            .iter()
            .map(|p| {
                p.iter()
                    .filter(|i| matches!(i, Item::Text { text, .. } if text.contains(marker)))
                    .count()
            })
            .filter(|n| *n > 0)
            .collect()
    }

    fn words(marker: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("{marker}ord{i} och lite mer text"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A document of `blocks` after a first line (so the first page is not empty, and a block
    /// that does not fit moves on).
    fn doc(mut blocks: Vec<Block>) -> Document {
        blocks.insert(0, Block::Small("Början".into()));
        Document {
            title: "Test".into(),
            language: "sv".into(),
            blocks,
            ..Document::default()
        }
    }

    #[test]
    fn paragraphs_keep_two_lines_on_each_side_of_a_break() {
        for offset in (0..260).step_by(2) {
            let pages = layout_document(&doc(vec![
                Block::Spacer(offset as f32),
                Block::Paragraph(words("X", 40)),
            ]));
            let counts = per_page(&pages, "Xord");
            assert!(counts.iter().all(|n| *n >= 2), "at {offset} mm: {counts:?}");
            // A short paragraph is never split.
            let pages = layout_document(&doc(vec![
                Block::Spacer(offset as f32),
                Block::Paragraph(words("Y", 4)),
            ]));
            assert_eq!(per_page(&pages, "Yord").len(), 1, "at {offset} mm");
        }
    }

    #[test]
    fn headings_stay_with_what_follows() {
        let follows = [
            Block::Paragraph(words("Z", 30)),
            Block::Callout {
                label: "Anteckningar".into(),
                text: words("Z", 25),
            },
            Block::Table(Table {
                columns: vec![Column::new("Vad", 1.0), Column::new("Vem", 1.0)],
                rows: (0..12)
                    .map(|i| vec![format!("Zrad {i}"), "Anna".into()])
                    .collect(),
                ..Table::default()
            }),
            Block::BarChart(BarChart {
                series: ["Planerat".into(), "Faktiskt".into()],
                unit: "min".into(),
                bars: (0..9)
                    .map(|i| Bar {
                        label: format!("Zsteg {i}"),
                        planned: 10.0,
                        actual: Some(12.0),
                    })
                    .collect(),
            }),
        ];
        for (k, next) in follows.iter().enumerate() {
            for offset in (0..260).step_by(3) {
                let pages = layout_document(&doc(vec![
                    Block::Spacer(offset as f32),
                    Block::Heading {
                        level: 2,
                        text: "Rubriken".into(),
                    },
                    Block::Small("Liten text under rubriken".into()),
                    next.clone(),
                ]));
                let heading_page = pages
                    .iter()
                    .position(|p| {
                        p.iter()
                            .any(|i| matches!(i, Item::Text { text, .. } if text == "Rubriken"))
                    })
                    .expect("heading");
                let counts: Vec<usize> = pages
                    .iter()
                    .map(|p| {
                        p.iter()
                            .filter(|i| matches!(i, Item::Text { text, .. } if text.contains('Z')))
                            .count()
                    })
                    .collect();
                assert!(
                    counts[heading_page] >= 2,
                    "block {k} at {offset} mm: {counts:?}"
                );
                match k {
                    // A notes box and a chart are never split.
                    1 | 3 => assert_eq!(
                        counts.iter().filter(|n| **n > 0).count(),
                        1,
                        "block {k} at {offset} mm: {counts:?}"
                    ),
                    _ => assert!(
                        counts.iter().all(|n| *n == 0 || *n >= 2),
                        "block {k} at {offset} mm: {counts:?}"
                    ),
                }
            }
        }
    }

    #[test]
    fn running_text_has_at_most_about_75_characters_a_line() {
        let text = "Skriv problemet på en lapp och fråga varför det händer. Svara, och fråga sedan varför igen, tills ni hittar något som gruppen kan göra något åt. Det tar ofta fem varv innan ni är framme vid grundproblemet, och det är helt i sin ordning att gå tillbaka.";
        let pages = layout_document(&doc(vec![Block::Paragraph(text.repeat(4))]));
        let lines: Vec<usize> = pages[0]
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, style, .. } if style.size_pt == 10.0 => {
                    Some(text.chars().count())
                }
                _ => None,
            })
            .collect();
        assert!(lines.len() > 10);
        let longest = lines.iter().copied().max().unwrap_or(0);
        assert!(longest <= 80, "{lines:?}");
        let average = lines.iter().sum::<usize>() as f32 / lines.len() as f32;
        assert!((60.0..=76.0).contains(&average), "{average}");
    }

    #[test]
    fn table_columns_are_sized_by_their_content() {
        let table = Table {
            columns: vec![
                Column::new("Nr", 1.0),
                Column::new("Vad", 1.0),
                Column::new("Vem", 1.0),
            ],
            rows: (1..=4)
                .map(|i| {
                    vec![
                        i.to_string(),
                        "Boka ett möte med ledningsgruppen och visa vad vi har kommit fram till under workshoppen".into(),
                        "Anna".into(),
                    ]
                })
                .collect(),
            ..Table::default()
        };
        let w = column_widths(&table);
        assert!((w.iter().sum::<f32>() - Flow::width()).abs() < 0.01);
        assert!(w[0] < 15.0 && w[2] < 25.0, "{w:?}");
        assert!(w[1] > 120.0, "{w:?}");
        // A template without rows keeps the weights.
        let empty = Table {
            rows: Vec::new(),
            empty_rows: 3,
            ..table
        };
        let w = column_widths(&empty);
        assert!((w[0] - w[1]).abs() < 0.01);
    }

    #[test]
    fn a_whole_column_keeps_its_cells_on_one_line_where_the_page_has_room() {
        // The action plan: five columns of full sentences and a due date in words.
        let sentence = "Boka ett möte med chefen och visa vad vi har kommit fram till i dag";
        let mut columns: Vec<Column> = ["Vad", "Hur", "När", "Kompetenser", "Vem"]
            .iter()
            .map(|c| Column::new(*c, 1.0))
            .collect();
        columns.push(Column::new("Klart senast", 1.0));
        let rows: Vec<Vec<String>> = (0..4)
            .map(|_| {
                let mut row = vec![sentence.to_owned(); 5];
                row.push("11 december 2026".into());
                row
            })
            .collect();
        let date = table::cell_style().width("11 december 2026") + 2.0 * table::CELL_PAD;
        let loose = Table {
            columns: columns.clone(),
            rows: rows.clone(),
            ..Table::default()
        };
        // Without the mark the date wraps (the case seen in the summary: three lines).
        assert!(
            column_widths(&loose)[5] < date,
            "{:?}",
            column_widths(&loose)
        );
        columns[5] = columns[5].clone().whole();
        let kept = Table {
            columns,
            rows,
            ..Table::default()
        };
        let w = column_widths(&kept);
        assert!(w[5] >= date - 0.01, "{w:?} against {date}");
        assert!((w.iter().sum::<f32>() - Flow::width()).abs() < 0.01);
        // The sentences keep their longest word.
        let word = table::cell_style().width("kommit") + 2.0 * table::CELL_PAD;
        assert!(w[..5].iter().all(|x| *x >= word - 0.01), "{w:?}");
        // With no room (twelve date columns), whole columns wrap like the others.
        let crowded = Table {
            columns: (0..12)
                .map(|i| Column::new(format!("D{i}"), 1.0).whole())
                .collect(),
            rows: vec![vec!["11 december 2026".to_owned(); 12]],
            ..Table::default()
        };
        let w = column_widths(&crowded);
        assert!(
            (w.iter().sum::<f32>() - Flow::width()).abs() < 0.01,
            "{w:?}"
        );
    }

    #[test]
    fn a_table_never_leaves_a_single_row_on_a_page() {
        for offset in (0..260).step_by(2) {
            let pages = layout_document(&doc(vec![
                Block::Spacer(offset as f32),
                Block::Table(Table {
                    columns: vec![Column::new("Vad", 2.0), Column::new("Vem", 1.0)],
                    rows: (0..30)
                        .map(|i| vec![format!("Qrad {i}"), "Anna".into()])
                        .collect(),
                    total_row: true,
                    ..Table::default()
                }),
            ]));
            let counts = per_page(&pages, "Qrad");
            // The total row has no marker: the last page holds at least one marked row too.
            assert!(counts.iter().all(|n| *n >= 2), "at {offset} mm: {counts:?}");
        }
    }
}
