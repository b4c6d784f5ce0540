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
}

impl Column {
    /// A left-aligned column of relative width `weight`.
    pub fn new(title: impl Into<String>, weight: f32) -> Column {
        Column {
            title: title.into(),
            weight,
            align: Align::Left,
        }
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

struct Flow {
    pages: Vec<Vec<Item>>,
    y: f32,
    hyphenation: Hyphenation,
    outline: Vec<Bookmark>,
}

impl Flow {
    fn width() -> f32 {
        PAGE_W - LEFT - RIGHT
    }

    fn bottom() -> f32 {
        PAGE_H - BOTTOM
    }

    fn items(&mut self) -> &mut Vec<Item> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` mm fit below the cursor (or the page is still empty).
    fn ensure(&mut self, height: f32) {
        let empty = self.pages.last().is_none_or(Vec::is_empty);
        if self.y + height > Flow::bottom() && !empty {
            self.new_page();
        }
    }

    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(text, style, width, &self.hyphenation).lines
    }

    /// A heading's lines: never hyphenated.
    fn wrap_heading(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap_with(
            text,
            style,
            width,
            &self.hyphenation,
            Hyphenate::Never,
            false,
        )
        .lines
    }

    /// Lines of text at `x`, breaking across pages between lines but never leaving a single
    /// line of them at the foot or the head of a page: a paragraph of up to three lines stays
    /// together, a longer one keeps at least two lines on each side of a break.
    fn lines(&mut self, lines: &[String], style: Style, x: f32, color: Color) {
        let lh = style.size_mm() * LEADING;
        let n = lines.len();
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                self.ensure(keep_lines(n) as f32 * lh);
            } else if n - i == 2 && i >= 2 {
                self.ensure(2.0 * lh);
            } else {
                self.ensure(lh);
            }
            let baseline = self.y + style.size_mm() * 0.95;
            self.items().push(Item::text(
                line.clone(),
                x,
                baseline,
                style,
                color,
                Align::Left,
            ));
            self.y += lh;
        }
    }
}

/// How many of a run of `n` lines must stay together at its start (or its end).
fn keep_lines(n: usize) -> usize {
    if n <= 3 { n } else { 2 }
}

/// The width of running text in `style`: about 75 characters of ordinary text, at most the
/// text width (long lines are hard to follow back to the next line's start).
fn measure(style: Style) -> f32 {
    const SAMPLE: &str =
        "Skriv problemet på en lapp och fråga varför det händer, svara och fråga igen.";
    let per_char = style.width(SAMPLE) / SAMPLE.chars().count() as f32;
    (per_char * 75.0).min(Flow::width())
}

fn body() -> Style {
    Style::new(FontFace::Sans, 10.0)
}

fn bold() -> Style {
    Style::new(FontFace::SansBold, 10.0)
}

/// Lays out the document: the items of every page in sheet space (mm, top-left), footers
/// included.
pub fn layout_document(doc: &Document) -> Vec<Vec<Item>> {
    layout_with_outline(doc).0
}

/// [`layout_document`] with the bookmarks of the headings of level 1 and 2.
fn layout_with_outline(doc: &Document) -> (Vec<Vec<Item>>, Vec<Bookmark>) {
    let mut f = Flow {
        pages: vec![Vec::new()],
        y: TOP,
        hyphenation: Hyphenation::for_language(&doc.language),
        outline: Vec::new(),
    };
    let width = Flow::width();
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading { level, text } => {
                let (size, before, after) = heading_metrics(*level);
                let after = if *level <= 1 { after - 1.0 } else { after };
                let style = Style::new(FontFace::SansBold, size);
                let lines = f.wrap_heading(text, style, width);
                let height = lines.len() as f32 * style.size_mm() * LEADING;
                // Keep a heading with what follows it: the next headings and small print, and
                // the first lines, rows or the whole box or chart that comes after them.
                let next = lead_height(&f, &doc.blocks[index + 1..]);
                if f.y > TOP + 0.1 {
                    f.y += before;
                }
                f.ensure(height + after + next);
                if *level <= 2 {
                    let page = f.pages.len() - 1;
                    f.outline.push(Bookmark {
                        level: (*level).max(1),
                        title: text.clone(),
                        page,
                        y: f.y,
                    });
                }
                let color = if *level <= 2 { ACCENT } else { Color::INK };
                f.lines(&lines, style, LEFT, color);
                if *level <= 1 {
                    let y = f.y + 0.5;
                    f.items().push(Item::line(
                        PointMm::new(LEFT, y),
                        PointMm::new(LEFT + width, y),
                        Stroke::solid(ACCENT, 0.5),
                    ));
                    f.y += 1.0;
                }
                f.y += after;
            }
            Block::Paragraph(text) => {
                for p in crate::model::types::paragraphs(text) {
                    let lines = f.wrap(&p, body(), measure(body()));
                    f.lines(&lines, body(), LEFT, Color::INK);
                    f.y += 2.0;
                }
            }
            Block::Small(text) => {
                let style = small();
                let lines = f.wrap(text, style, measure(style));
                f.lines(&lines, style, LEFT, Color::GREY);
                f.y += 1.5;
            }
            Block::Callout { label, text } => {
                let pad = 3.0;
                let label_style = Style::new(FontFace::SansBold, 9.0);
                let lines = callout_lines(&f, label, text);
                // Never split the box when it fits on a page; a box longer than a page breaks
                // between lines, at least two on each side.
                f.y += 1.0;
                let total = callout_height(&lines, pad);
                if total <= Flow::bottom() - TOP {
                    f.ensure(total);
                } else {
                    f.ensure(2.0 * pad + label_style.size_mm() * LEADING * 3.0);
                }
                let mut chunk_top = f.y;
                let mut chunk: Vec<Item> = Vec::new();
                let mut y = f.y + pad;
                let n = lines.len();
                for (i, (text, style, color)) in lines.into_iter().enumerate() {
                    let lh = style.size_mm() * LEADING;
                    let need = if n - i == 2 && i >= 2 { 2.0 * lh } else { lh };
                    if y + need > Flow::bottom() - pad && !chunk.is_empty() {
                        callout_box(&mut f, chunk_top, y + pad, chunk);
                        chunk = Vec::new();
                        f.new_page();
                        chunk_top = f.y;
                        y = f.y + pad;
                    }
                    chunk.push(Item::text(
                        text,
                        LEFT + pad + 1.5,
                        y + style.size_mm() * 0.95,
                        style,
                        color,
                        Align::Left,
                    ));
                    y += lh;
                }
                callout_box(&mut f, chunk_top, y + pad, chunk);
                f.y = y + pad + 3.0;
            }
            Block::Bullets(items) => {
                let indent = 5.0;
                for item in items {
                    let lines = f.wrap(item, body(), measure(body()) - indent);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(keep_lines(lines.len()) as f32 * lh);
                    let baseline = f.y + body().size_mm() * 0.95;
                    f.items().push(Item::text(
                        "•",
                        LEFT + 1.0,
                        baseline,
                        bold(),
                        ACCENT,
                        Align::Left,
                    ));
                    f.lines(&lines, body(), LEFT + indent, Color::INK);
                    f.y += 1.0;
                }
                f.y += 1.5;
            }
            Block::Terms(terms) => {
                for (term, description) in terms {
                    let t = f.wrap(term, bold(), measure(body()));
                    let d = f.wrap(description, body(), measure(body()) - 5.0);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(lh * (t.len() + keep_lines(d.len())) as f32);
                    f.lines(&t, bold(), LEFT, Color::INK);
                    f.lines(&d, body(), LEFT + 5.0, Color::INK);
                    f.y += 2.0;
                }
            }
            Block::Checklist(items) => {
                let indent = 7.0;
                for item in items {
                    let lines = f.wrap(item, body(), measure(body()) - indent);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(keep_lines(lines.len()) as f32 * lh);
                    let top = f.y + 0.6;
                    f.items().push(Item::Rect {
                        rect: Rect::new(LEFT + 0.5, top, 3.6, 3.6),
                        fill: None,
                        stroke: Some(Stroke::solid(Color::INK, 0.3)),
                    });
                    f.lines(&lines, body(), LEFT + indent, Color::INK);
                    f.y += 1.8;
                }
                f.y += 1.5;
            }
            Block::Table(table) => layout_table(&mut f, table),
            Block::BarChart(chart) => layout_chart(&mut f, chart),
            Block::VoteChart(chart) => layout_vote_chart(&mut f, chart),
            Block::Matrix(matrix) => layout_matrix(&mut f, matrix),
            Block::Tally(tally) => layout_tally(&mut f, tally),
            Block::TextBox { label, height } => {
                let label_style = Style::new(FontFace::SansBold, 9.5);
                let h = height.clamp(5.0, Flow::bottom() - TOP - 10.0);
                f.ensure(label_style.size_mm() * LEADING + h + 1.0);
                let lines = f.wrap(label, label_style, width);
                f.lines(&lines, label_style, LEFT, Color::INK);
                f.y += 0.8;
                let top = f.y;
                f.items().push(Item::Rect {
                    rect: Rect::new(LEFT, top, width, h),
                    fill: None,
                    stroke: Some(Stroke::solid(Color::LIGHT_GREY, 0.35)),
                });
                f.y += h + 4.0;
            }
            Block::Lines { label, count } => {
                let label_style = Style::new(FontFace::SansBold, 9.5);
                let gap = 8.0;
                f.ensure(label_style.size_mm() * LEADING + gap * (*count).min(3) as f32);
                let lines = f.wrap(label, label_style, width);
                f.lines(&lines, label_style, LEFT, Color::INK);
                for _ in 0..*count {
                    f.ensure(gap);
                    f.y += gap;
                    let y = f.y;
                    f.items().push(Item::Rect {
                        rect: Rect::new(LEFT + 0.5, y - 3.8, 3.2, 3.2),
                        fill: None,
                        stroke: Some(Stroke::solid(Color::LIGHT_GREY, 0.3)),
                    });
                    f.items().push(Item::line(
                        PointMm::new(LEFT + 6.0, y),
                        PointMm::new(LEFT + width, y),
                        Stroke::solid(Color::LIGHT_GREY, 0.3),
                    ));
                }
                f.y += 5.0;
            }
            Block::Spacer(mm) => {
                f.y += mm.max(0.0);
                if f.y > Flow::bottom() {
                    f.new_page();
                }
            }
            Block::PageBreak => {
                if f.pages.last().is_some_and(|p| !p.is_empty()) {
                    f.new_page();
                }
            }
        }
    }
    if f.pages.len() > 1 && f.pages.last().is_some_and(Vec::is_empty) {
        f.pages.pop();
    }
    // Footers: the title and "page n of N".
    let total = f.pages.len();
    let small = Style::new(FontFace::Sans, 8.0);
    let language = Language::for_content(&doc.language);
    for (i, page) in f.pages.iter_mut().enumerate() {
        let y = PAGE_H - 10.0;
        page.push(Item::line(
            PointMm::new(LEFT, y - 4.0),
            PointMm::new(PAGE_W - RIGHT, y - 4.0),
            Stroke::solid(Color::LIGHT_GREY, 0.25),
        ));
        page.push(Item::text(
            ellipsize(&doc.title, small, width - 35.0),
            LEFT,
            y,
            small,
            Color::GREY,
            Align::Left,
        ));
        let n = language.fmt(Key::PageOf, &[("n", &(i + 1)), ("total", &total)]);
        page.push(Item::text(
            n,
            PAGE_W - RIGHT,
            y,
            small,
            Color::GREY,
            Align::Right,
        ));
    }
    (f.pages, f.outline)
}

fn small() -> Style {
    Style::new(FontFace::Sans, 8.5)
}

/// The lines of a notes box: its label, then the text's paragraphs with an empty line between.
fn callout_lines(f: &Flow, label: &str, text: &str) -> Vec<(String, Style, Color)> {
    let label_style = Style::new(FontFace::SansBold, 9.0);
    let style = Style::new(FontFace::Sans, 9.5);
    let mut lines = vec![(label.to_owned(), label_style, ACCENT)];
    for (i, p) in crate::model::types::paragraphs(text).iter().enumerate() {
        if i > 0 {
            lines.push((String::new(), style, Color::INK));
        }
        for l in f.wrap(p, style, measure(style).min(Flow::width() - 7.5)) {
            lines.push((l, style, Color::INK));
        }
    }
    lines
}

fn callout_height(lines: &[(String, Style, Color)], pad: f32) -> f32 {
    2.0 * pad
        + lines
            .iter()
            .map(|(_, s, _)| s.size_mm() * LEADING)
            .sum::<f32>()
}

/// The height that must fit below a heading for it to stay with what follows: following
/// headings and small print in full, then the first unbreakable part of the next block (its
/// first lines or rows, or all of a notes box, chart or writing box).
fn lead_height(f: &Flow, rest: &[Block]) -> f32 {
    let width = Flow::width();
    let mut total = 0.0;
    for block in rest {
        match block {
            Block::Heading { level, text } => {
                let (size, before, after) = heading_metrics(*level);
                let style = Style::new(FontFace::SansBold, size);
                total += before
                    + after
                    + f.wrap_heading(text, style, width).len() as f32 * style.size_mm() * LEADING;
            }
            Block::Small(text) => {
                let style = small();
                total += 1.5
                    + f.wrap(text, style, measure(style)).len() as f32 * style.size_mm() * LEADING;
            }
            Block::Spacer(mm) => total += mm.max(0.0),
            Block::PageBreak => return 0.0,
            Block::Paragraph(text) => {
                let first = crate::model::types::paragraphs(text)
                    .first()
                    .map_or(0, |p| f.wrap(p, body(), measure(body())).len());
                return total + keep_lines(first) as f32 * body().size_mm() * LEADING;
            }
            Block::Callout { label, text } => {
                let h = callout_height(&callout_lines(f, label, text), 3.0) + 1.0;
                return total + h.min(40.0_f32.max(Flow::bottom() - TOP - total - 1.0));
            }
            Block::Bullets(items) | Block::Checklist(items) => {
                let first = items
                    .first()
                    .map_or(0, |i| f.wrap(i, body(), measure(body()) - 7.0).len());
                return total + keep_lines(first) as f32 * body().size_mm() * LEADING;
            }
            Block::Terms(terms) => {
                let first = terms.first().map_or(0, |(t, d)| {
                    f.wrap(t, bold(), measure(body())).len()
                        + keep_lines(f.wrap(d, body(), measure(body()) - 5.0).len())
                });
                return total + first as f32 * body().size_mm() * LEADING;
            }
            Block::Table(table) => {
                let g = TableGeometry::new(f, table);
                return total + 1.0 + g.header_h + g.rows.iter().take(2).map(|r| r.1).sum::<f32>();
            }
            Block::BarChart(chart) => return total + chart_height(chart),
            Block::VoteChart(chart) => {
                return total + vote_row_height(f, chart.bars.first()) * 2.0 + 8.0;
            }
            Block::Matrix(matrix) => return total + matrix_height(f, matrix),
            Block::Tally(tally) => {
                return total
                    + 9.5 * crate::pdf::text::MM_PER_PT * LEADING * 2.0
                    + TALLY_ROW * (tally.rows.min(3) + 1) as f32;
            }
            Block::TextBox { height, .. } => {
                return total + 9.5 * crate::pdf::text::MM_PER_PT * LEADING + height + 1.0;
            }
            Block::Lines { count, .. } => {
                return total
                    + 9.5 * crate::pdf::text::MM_PER_PT * LEADING
                    + 8.0 * (*count).min(3) as f32;
            }
        }
    }
    total
}

/// Size in points, space before and after of a heading level.
fn heading_metrics(level: u8) -> (f32, f32, f32) {
    match level {
        0 | 1 => (19.0, 0.0, 4.0),
        2 => (13.5, 6.0, 2.0),
        _ => (11.0, 3.5, 1.2),
    }
}

fn callout_box(f: &mut Flow, top: f32, bottom: f32, mut items: Vec<Item>) {
    let width = Flow::width();
    let h = (bottom - top).max(0.0);
    let page = f.items();
    page.push(Item::fill(Rect::new(LEFT, top, width, h), SHADE));
    page.push(Item::fill(Rect::new(LEFT, top, 1.2, h), ACCENT));
    page.append(&mut items);
}

/// A table's column widths, wrapped header and rows (cells' lines, height, is the total).
struct TableGeometry {
    widths: Vec<f32>,
    header: Vec<Vec<String>>,
    header_h: f32,
    rows: Vec<(Vec<Vec<String>>, f32, bool)>,
}

const CELL_PAD: f32 = 1.8;

fn cell_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

fn head_style() -> Style {
    Style::new(FontFace::SansBold, 9.0)
}

impl TableGeometry {
    fn new(f: &Flow, table: &Table) -> TableGeometry {
        let widths = column_widths(table);
        let pad = CELL_PAD;
        let lh = cell_style().size_mm() * LEADING;
        let wrap_row = |cells: &[String], style: Style| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let text = cells.get(i).map_or("", String::as_str);
                    f.wrap(text, style, w - 2.0 * pad)
                })
                .collect()
        };
        let titles: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        let header = wrap_row(&titles, head_style());
        let header_h =
            header.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * pad;
        let mut rows = Vec::new();
        let last = table.rows.len().saturating_sub(1);
        for (r, cells) in table.rows.iter().enumerate() {
            let is_total = table.total_row && r == last;
            let st = if is_total { head_style() } else { cell_style() };
            let wrapped = wrap_row(cells, st);
            let h = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * pad;
            rows.push((wrapped, h, is_total));
        }
        for _ in 0..table.empty_rows {
            rows.push((
                Vec::new(),
                table.empty_row_height.max(lh + 2.0 * pad),
                false,
            ));
        }
        TableGeometry {
            widths,
            header,
            header_h,
            rows,
        }
    }
}

/// Column widths sized by their content: a column whose cells are short gets no more than
/// they need, the rest goes to the columns with long text, and no column is narrower than its
/// longest word (as far as the width allows). A table without written rows (a template to fill
/// in by hand) shares the width by the columns' weights.
fn column_widths(table: &Table) -> Vec<f32> {
    let width = Flow::width();
    let n = table.columns.len();
    let total_weight: f32 = table.columns.iter().map(|c| c.weight.max(0.01)).sum();
    let by_weight: Vec<f32> = table
        .columns
        .iter()
        .map(|c| width * c.weight.max(0.01) / total_weight)
        .collect();
    if table
        .rows
        .iter()
        .all(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        return by_weight;
    }
    let pad = 2.0 * CELL_PAD + 0.5;
    let mut min = vec![0.0f32; n];
    let mut natural = vec![0.0f32; n];
    let last = table.rows.len().saturating_sub(1);
    let mut measure_cell = |i: usize, text: &str, style: Style| {
        let text = crate::pdf::text::typeset(text, false);
        let longest = text
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .map(|w| style.width(w))
            .fold(0.0f32, f32::max);
        // A very long word may still be hyphenated or broken: cap its claim.
        min[i] = min[i].max((longest + pad).min(width * 0.3));
        natural[i] = natural[i].max(style.width(&text) + pad);
    };
    for (i, c) in table.columns.iter().enumerate() {
        measure_cell(i, &c.title, head_style());
    }
    for (r, row) in table.rows.iter().enumerate() {
        let st = if table.total_row && r == last {
            head_style()
        } else {
            cell_style()
        };
        for (i, cell) in row.iter().take(n).enumerate() {
            measure_cell(i, cell, st);
        }
    }
    for (nat, least) in natural.iter_mut().zip(&min) {
        *nat = nat.max(*least);
    }
    let min_sum: f32 = min.iter().sum();
    let natural_sum: f32 = natural.iter().sum();
    if natural_sum <= width {
        // Everything fits on one line: the spare width goes to the columns in proportion.
        return natural.iter().map(|w| w * width / natural_sum).collect();
    }
    if min_sum >= width {
        return min.iter().map(|w| w * width / min_sum).collect();
    }
    // Between: every column gets its minimum, the rest in proportion to what more it wants.
    let spare = width - min_sum;
    let want: f32 = natural_sum - min_sum;
    (0..n)
        .map(|i| min[i] + spare * (natural[i] - min[i]) / want.max(1e-3))
        .collect()
}

fn layout_table(f: &mut Flow, table: &Table) {
    if table.columns.is_empty() {
        return;
    }
    let width = Flow::width();
    let g = TableGeometry::new(f, table);
    let widths = g.widths.clone();
    let pad = CELL_PAD;
    let style = cell_style();
    let head_style = head_style();
    let lh = style.size_mm() * LEADING;
    let line = Stroke::solid(Color::LIGHT_GREY, 0.3);
    let header = &g.header;
    let header_h = g.header_h;
    let draw_header = |f: &mut Flow| {
        let top = f.y;
        f.items()
            .push(Item::fill(Rect::new(LEFT, top, width, header_h), SHADE));
        let mut x = LEFT;
        for (i, lines) in header.iter().enumerate() {
            for (j, l) in lines.iter().enumerate() {
                let baseline = top + pad + j as f32 * lh + head_style.size_mm() * 0.95;
                f.items().push(cell_text(
                    l,
                    x,
                    widths[i],
                    pad,
                    baseline,
                    head_style,
                    table.columns[i].align,
                ));
            }
            x += widths[i];
        }
        f.items().push(Item::line(
            PointMm::new(LEFT, top + header_h),
            PointMm::new(LEFT + width, top + header_h),
            Stroke::solid(ACCENT, 0.5),
        ));
        f.y += header_h;
        top
    };
    f.y += 1.0;
    // The header with the first two rows (or all of a short table).
    let rows = g.rows;
    let n = rows.len();
    let keep = keep_lines(n);
    f.ensure(header_h + rows.iter().take(keep).map(|r| r.1).sum::<f32>());
    let mut top = draw_header(f);
    for (r, (cells, h, is_total)) in rows.iter().enumerate() {
        // Never a single row at the head of a page: break before the last two together.
        let need = if n - r == 2 && r >= 2 {
            h + rows[r + 1].1
        } else {
            *h
        };
        if f.y + need > Flow::bottom() && r > 0 {
            column_lines(f, top, &widths, line);
            f.new_page();
            top = draw_header(f);
        }
        let row_top = f.y;
        if *is_total {
            f.items().push(Item::line(
                PointMm::new(LEFT, row_top),
                PointMm::new(LEFT + width, row_top),
                Stroke::solid(Color::INK, 0.4),
            ));
        }
        let st = if *is_total { head_style } else { style };
        let mut x = LEFT;
        for (i, lines) in cells.iter().enumerate() {
            for (j, l) in lines.iter().enumerate() {
                let baseline = row_top + pad + j as f32 * lh + st.size_mm() * 0.95;
                let item = cell_text(l, x, widths[i], pad, baseline, st, table.columns[i].align);
                f.items().push(item);
            }
            x += widths[i];
        }
        f.y += h;
        let y = f.y;
        f.items().push(Item::line(
            PointMm::new(LEFT, y),
            PointMm::new(LEFT + width, y),
            line,
        ));
    }
    column_lines(f, top, &widths, line);
    f.y += 5.0;
}

fn cell_text(
    text: &str,
    x: f32,
    width: f32,
    pad: f32,
    baseline: f32,
    style: Style,
    align: Align,
) -> Item {
    let at = match align {
        Align::Left => x + pad,
        Align::Center => x + width / 2.0,
        Align::Right => x + width - pad,
    };
    Item::text(text, at, baseline, style, Color::INK, align)
}

fn column_lines(f: &mut Flow, top: f32, widths: &[f32], line: Stroke) {
    let bottom = f.y;
    let mut x = LEFT;
    f.items().push(Item::line(
        PointMm::new(x, top),
        PointMm::new(x, bottom),
        line,
    ));
    for w in widths {
        x += w;
        f.items().push(Item::line(
            PointMm::new(x, top),
            PointMm::new(x, bottom),
            line,
        ));
    }
    f.items().push(Item::line(
        PointMm::new(LEFT, top),
        PointMm::new(x, top),
        line,
    ));
}

const CHART_BAR_H: f32 = 3.2;

/// The height of a chart: its legend, a row per bar and the space after.
fn chart_height(chart: &BarChart) -> f32 {
    let row_h = 2.0 * CHART_BAR_H + 3.4;
    1.0 + CHART_BAR_H + 5.0 + row_h * chart.bars.len() as f32 + 3.0
}

fn layout_chart(f: &mut Flow, chart: &BarChart) {
    let width = Flow::width();
    let label_w = 52.0;
    let value_w = 16.0;
    let bar_w = width - label_w - value_w - 2.0;
    let style = Style::new(FontFace::Sans, 8.5);
    let bar_h: f32 = CHART_BAR_H;
    let row_h = 2.0 * bar_h + 3.4;
    let max = chart
        .bars
        .iter()
        .flat_map(|b| [b.planned, b.actual.unwrap_or(0.0)])
        .filter(|v| v.is_finite())
        .fold(0.0f32, f32::max)
        .max(1.0);
    let scale = bar_w / max;
    // The whole chart on one page when it fits one (a heading before it stays with it).
    let total = chart_height(chart);
    if total <= Flow::bottom() - TOP {
        f.ensure(total);
    } else {
        f.ensure(8.0 + row_h.min(30.0));
    }
    let y = f.y + 1.0;
    let legend = [
        (chart.series[0].as_str(), Color::LIGHT_GREY),
        (chart.series[1].as_str(), ACCENT),
    ];
    let mut x = LEFT + label_w;
    for (name, color) in legend {
        f.items()
            .push(Item::fill(Rect::new(x, y, 6.0, bar_h), color));
        f.items().push(Item::text(
            name,
            x + 7.5,
            y + bar_h - 0.4,
            style,
            Color::INK,
            Align::Left,
        ));
        x += 10.0 + style.width(name) + 6.0;
    }
    f.items()
        .push(Item::fill(Rect::new(x, y, 6.0, bar_h), OVERRUN));
    let over = if chart.series[1].is_empty() {
        String::new()
    } else {
        format!("{} > {}", chart.series[1], chart.series[0])
    };
    f.items().push(Item::text(
        over,
        x + 7.5,
        y + bar_h - 0.4,
        style,
        Color::INK,
        Align::Left,
    ));
    f.y += bar_h + 5.0;
    for bar in &chart.bars {
        f.ensure(row_h);
        let top = f.y;
        let lines = f.wrap(&bar.label, style, label_w - 3.0);
        let shown = lines.len().min(2);
        for (i, l) in lines.iter().take(shown).enumerate() {
            let text = if i + 1 == shown && lines.len() > shown {
                ellipsize(&format!("{l} …"), style, label_w - 3.0)
            } else {
                l.clone()
            };
            f.items().push(Item::text(
                text,
                LEFT,
                top + style.size_mm() * (0.95 + i as f32 * LEADING),
                style,
                Color::INK,
                Align::Left,
            ));
        }
        let x0 = LEFT + label_w;
        let value = |v: f32| {
            if (v - v.round()).abs() < 0.05 {
                format!("{} {}", v.round(), chart.unit)
            } else {
                format!("{v:.1} {}", chart.unit)
            }
        };
        let planned = bar.planned.max(0.0);
        f.items().push(Item::fill(
            Rect::new(x0, top, (planned * scale).max(0.3), bar_h),
            Color::LIGHT_GREY,
        ));
        f.items().push(Item::text(
            value(planned),
            x0 + planned * scale + 1.5,
            top + bar_h - 0.4,
            style,
            Color::GREY,
            Align::Left,
        ));
        let y2 = top + bar_h + 0.8;
        match bar.actual {
            Some(actual) => {
                let actual = actual.max(0.0);
                let color = if actual > planned + 1e-3 {
                    OVERRUN
                } else {
                    ACCENT
                };
                f.items().push(Item::fill(
                    Rect::new(x0, y2, (actual * scale).max(0.3), bar_h),
                    color,
                ));
                f.items().push(Item::text(
                    value(actual),
                    x0 + actual * scale + 1.5,
                    y2 + bar_h - 0.4,
                    Style::new(FontFace::SansBold, 8.5),
                    Color::INK,
                    Align::Left,
                ));
            }
            None => {
                f.items().push(Item::text(
                    "–",
                    x0 + 1.0,
                    y2 + bar_h - 0.4,
                    style,
                    Color::GREY,
                    Align::Left,
                ));
            }
        }
        f.y += row_h;
    }
    let bottom = f.y;
    f.items().push(Item::line(
        PointMm::new(
            LEFT + label_w,
            TOP.max(bottom - row_h * chart.bars.len() as f32 - 1.0),
        ),
        PointMm::new(LEFT + label_w, bottom - 2.0),
        Stroke::solid(Color::INK, 0.3),
    ));
    f.y += 3.0;
}

const VOTE_LABEL_W: f32 = 62.0;
const VOTE_RANK_W: f32 = 20.0;

fn vote_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

/// The height of one bar's row: its label's lines (at most two).
fn vote_row_height(f: &Flow, bar: Option<&VoteBar>) -> f32 {
    let lines = bar.map_or(1, |b| {
        f.wrap(&b.label, vote_style(), VOTE_LABEL_W - 3.0)
            .len()
            .clamp(1, 2)
    });
    (lines as f32 * vote_style().size_mm() * LEADING).max(5.0) + 2.0
}

fn layout_vote_chart(f: &mut Flow, chart: &VoteChart) {
    let style = vote_style();
    let bold = Style::new(FontFace::SansBold, 9.0);
    let width = Flow::width();
    let x0 = LEFT + VOTE_RANK_W + VOTE_LABEL_W;
    let bar_w = width - VOTE_RANK_W - VOTE_LABEL_W - 12.0;
    let most = chart.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let scale = bar_w / most as f32;
    let rows: f32 = chart.bars.iter().map(|b| vote_row_height(f, Some(b))).sum();
    let total = rows + 9.0;
    if total <= Flow::bottom() - TOP {
        f.ensure(total);
    } else {
        f.ensure(9.0 + vote_row_height(f, chart.bars.first()) * 3.0);
    }
    // The legend: a chosen bar's colour and its word.
    let y = f.y + 1.0;
    let bar_h = 3.6;
    if chart.bars.iter().any(|b| b.chosen) {
        f.items()
            .push(Item::fill(Rect::new(x0, y, 6.0, bar_h), ACCENT));
        f.items().push(Item::text(
            chart.chosen.clone(),
            x0 + 7.5,
            y + bar_h - 0.5,
            style,
            Color::INK,
            Align::Left,
        ));
    }
    f.y += bar_h + 4.0;
    let axis_top = f.y;
    for bar in &chart.bars {
        let row_h = vote_row_height(f, Some(bar));
        if f.y + row_h > Flow::bottom() {
            f.new_page();
        }
        let top = f.y;
        let text_style = if bar.chosen { bold } else { style };
        f.items().push(Item::text(
            bar.rank.clone(),
            LEFT,
            top + style.size_mm() * 0.95,
            style,
            Color::GREY,
            Align::Left,
        ));
        let lines = f.wrap(&bar.label, text_style, VOTE_LABEL_W - 3.0);
        let shown = lines.len().min(2);
        for (i, l) in lines.iter().take(shown).enumerate() {
            let text = if i + 1 == shown && lines.len() > shown {
                ellipsize(&format!("{l} …"), text_style, VOTE_LABEL_W - 3.0)
            } else {
                l.clone()
            };
            f.items().push(Item::text(
                text,
                LEFT + VOTE_RANK_W,
                top + style.size_mm() * (0.95 + i as f32 * LEADING),
                text_style,
                Color::INK,
                Align::Left,
            ));
        }
        let len = bar.value as f32 * scale;
        if bar.value > 0 {
            let color = if bar.chosen {
                ACCENT
            } else {
                Color::LIGHT_GREY
            };
            f.items()
                .push(Item::fill(Rect::new(x0, top, len.max(0.5), bar_h), color));
        }
        f.items().push(Item::text(
            bar.value.to_string(),
            x0 + len + 1.5,
            top + bar_h - 0.5,
            bold,
            Color::INK,
            Align::Left,
        ));
        f.y += row_h;
    }
    let bottom = f.y;
    f.items().push(Item::line(
        PointMm::new(x0, axis_top.min(bottom) - 0.5),
        PointMm::new(x0, bottom - 1.5),
        Stroke::solid(Color::INK, 0.3),
    ));
    f.y += 3.0;
}

const MATRIX_AXIS: f32 = 9.0;

fn matrix_item_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

/// The wrapped items of each cell, and the height of the top and the bottom row of cells.
fn matrix_rows(f: &Flow, matrix: &MatrixChart) -> (Vec<Vec<Vec<String>>>, [f32; 2]) {
    let cell_w = (Flow::width() - MATRIX_AXIS) / 2.0;
    let style = matrix_item_style();
    let lh = style.size_mm() * LEADING;
    let cells: Vec<Vec<Vec<String>>> = matrix
        .cells
        .iter()
        .map(|c| {
            c.items
                .iter()
                .map(|i| f.wrap(i, style, cell_w - 9.0))
                .collect()
        })
        .collect();
    let height = |i: usize| -> f32 {
        let lines: usize = cells.get(i).map_or(0, |c| c.iter().map(Vec::len).sum());
        let items = cells.get(i).map_or(0, Vec::len);
        8.0 + lines as f32 * lh + items as f32 * 1.0 + 3.0
    };
    let top = height(0).max(height(1)).max(32.0);
    let bottom = height(2).max(height(3)).max(32.0);
    (cells, [top, bottom])
}

fn matrix_height(f: &Flow, matrix: &MatrixChart) -> f32 {
    let (_, [top, bottom]) = matrix_rows(f, matrix);
    top + bottom + 14.0
}

/// The height of a tally row, in mm.
const TALLY_ROW: f32 = 9.0;

fn layout_tally(f: &mut Flow, tally: &Tally) {
    let width = Flow::width();
    let label_style = Style::new(FontFace::SansBold, 9.5);
    let head = Style::new(FontFace::SansBold, 8.0);
    f.ensure(label_style.size_mm() * LEADING * 2.0 + TALLY_ROW * 3.0);
    let lines = f.wrap(&tally.label, label_style, width);
    f.lines(&lines, label_style, LEFT, Color::INK);
    if !tally.note.trim().is_empty() {
        let note = f.wrap(&tally.note, small(), width);
        f.lines(&note, small(), LEFT, Color::GREY);
    }
    let item_w = width * 0.42;
    let total_w = 16.0;
    let (size, gap) = (4.2, 1.8);
    let boxes_x = LEFT + item_w + 4.0;
    let boxes_w = width - item_w - 4.0 - total_w - 4.0;
    let boxes = ((boxes_w + gap) / (size + gap)).floor().max(1.0) as usize;
    let header = |f: &mut Flow| {
        f.y += 2.0 + head.size_mm();
        let y = f.y;
        for (text, x, align) in [
            (&tally.columns[0], LEFT, Align::Left),
            (&tally.columns[1], boxes_x, Align::Left),
            (&tally.columns[2], LEFT + width, Align::Right),
        ] {
            let room = if matches!(align, Align::Right) {
                total_w + 4.0
            } else {
                item_w
            };
            f.items().push(Item::text(
                ellipsize(text, head, room),
                x,
                y,
                head,
                Color::GREY,
                align,
            ));
        }
    };
    header(f);
    let stroke = Stroke::solid(Color::GREY, 0.3);
    for _ in 0..tally.rows {
        if f.y + TALLY_ROW > Flow::bottom() {
            f.new_page();
            header(f);
        }
        f.y += TALLY_ROW;
        let y = f.y;
        f.items().push(Item::line(
            PointMm::new(LEFT, y),
            PointMm::new(LEFT + item_w, y),
            Stroke::solid(Color::LIGHT_GREY, 0.3),
        ));
        for k in 0..boxes {
            f.items().push(Item::Rect {
                rect: Rect::new(boxes_x + k as f32 * (size + gap), y - size, size, size),
                fill: None,
                stroke: Some(stroke),
            });
        }
        f.items().push(Item::Rect {
            rect: Rect::new(LEFT + width - total_w, y - 6.5, total_w, 6.5),
            fill: None,
            stroke: Some(Stroke::solid(Color::INK, 0.35)),
        });
    }
    f.y += 5.0;
}

fn layout_matrix(f: &mut Flow, matrix: &MatrixChart) {
    let (cells, heights) = matrix_rows(f, matrix);
    let total = heights[0] + heights[1] + 14.0;
    f.ensure(total.min(Flow::bottom() - TOP));
    let width = Flow::width();
    let cell_w = (width - MATRIX_AXIS) / 2.0;
    let left = LEFT + MATRIX_AXIS;
    let name_style = Style::new(FontFace::SansBold, 8.5);
    let style = matrix_item_style();
    let lh = style.size_mm() * LEADING;
    let axis = Stroke::solid(Color::INK, 0.4);
    let label_style = Style::new(FontFace::SansBold, 9.5);
    // The y axis's name above its arrow.
    let mut top = f.y + label_style.size_mm() * LEADING + 1.0;
    let label_y = f.y + label_style.size_mm();
    f.items().push(Item::text(
        matrix.y.clone(),
        LEFT,
        label_y,
        label_style,
        Color::INK,
        Align::Left,
    ));
    let mut y = top;
    for (row, &h) in heights.iter().enumerate() {
        // A long cell starts on the next page rather than running off this one.
        if y + h > Flow::bottom() && y > TOP + 1.0 {
            f.new_page();
            y = TOP;
            top = TOP;
        }
        for column in 0..2 {
            let i = row * 2 + column;
            let x = left + column as f32 * cell_w;
            let shade = if i == 0 { Some(SHADE) } else { None };
            f.items().push(Item::Rect {
                rect: Rect::new(x, y, cell_w, h),
                fill: shade,
                stroke: Some(Stroke::solid(Color::GREY, 0.35)),
            });
            let name = matrix.cells.get(i).map_or("", |c| c.name.as_str());
            f.items().push(Item::text(
                ellipsize(name, name_style, cell_w - 4.0),
                x + 2.5,
                y + 5.0,
                name_style,
                ACCENT,
                Align::Left,
            ));
            let mut iy = y + 8.0 + style.size_mm();
            for lines in cells.get(i).into_iter().flatten() {
                for (j, line) in lines.iter().enumerate() {
                    if iy > y + h {
                        break;
                    }
                    if j == 0 {
                        f.items().push(Item::fill(
                            Rect::new(x + 3.0, iy - style.size_mm() * 0.55, 1.4, 1.4),
                            Color::INK,
                        ));
                    }
                    f.items().push(Item::text(
                        line.clone(),
                        x + 6.0,
                        iy,
                        style,
                        Color::INK,
                        Align::Left,
                    ));
                    iy += lh;
                }
                iy += 1.0;
            }
        }
        y += h;
    }
    // The axes: arrows along the left and the bottom edge, low to high.
    let ax = LEFT + MATRIX_AXIS * 0.45;
    f.items()
        .push(Item::line(PointMm::new(ax, y), PointMm::new(ax, top), axis));
    f.items().push(Item::line(
        PointMm::new(ax, top),
        PointMm::new(ax - 1.4, top + 2.4),
        axis,
    ));
    f.items().push(Item::line(
        PointMm::new(ax, top),
        PointMm::new(ax + 1.4, top + 2.4),
        axis,
    ));
    let ay = y + 2.5;
    let end = left + 2.0 * cell_w;
    f.items().push(Item::line(
        PointMm::new(left, ay),
        PointMm::new(end, ay),
        axis,
    ));
    f.items().push(Item::line(
        PointMm::new(end, ay),
        PointMm::new(end - 2.4, ay - 1.4),
        axis,
    ));
    f.items().push(Item::line(
        PointMm::new(end, ay),
        PointMm::new(end - 2.4, ay + 1.4),
        axis,
    ));
    f.items().push(Item::text(
        matrix.x.clone(),
        end,
        ay + label_style.size_mm() * LEADING + 0.8,
        label_style,
        Color::INK,
        Align::Right,
    ));
    f.y = ay + label_style.size_mm() * LEADING + 4.0;
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
