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
use super::render::{self, DocInfo, Duplex, Group, RenderPage};
use super::text::{FontFace, Hyphenation, Style, ellipsize, wrap};
use super::{Export, PdfError, is_english};

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

    /// Lines of text at `x`, breaking across pages between lines.
    fn lines(&mut self, lines: &[String], style: Style, x: f32, color: Color) {
        let lh = style.size_mm() * LEADING;
        for line in lines {
            self.ensure(lh);
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

fn body() -> Style {
    Style::new(FontFace::Sans, 10.0)
}

fn bold() -> Style {
    Style::new(FontFace::SansBold, 10.0)
}

/// Lays out the document: the items of every page in sheet space (mm, top-left), footers
/// included.
pub fn layout_document(doc: &Document) -> Vec<Vec<Item>> {
    let mut f = Flow {
        pages: vec![Vec::new()],
        y: TOP,
        hyphenation: Hyphenation::for_language(&doc.language),
    };
    let width = Flow::width();
    let count = doc.blocks.len();
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading { level, text } => {
                let (size, before, after) = match level {
                    0 | 1 => (19.0, 0.0, 3.0),
                    2 => (13.5, 6.0, 2.0),
                    _ => (11.0, 3.5, 1.2),
                };
                let style = Style::new(FontFace::SansBold, size);
                let lines = f.wrap(text, style, width);
                let height = lines.len() as f32 * style.size_mm() * LEADING;
                // Keep a heading with at least a few lines of what follows.
                let next = if index + 1 < count { 18.0 } else { 0.0 };
                if f.y > TOP + 0.1 {
                    f.y += before;
                }
                f.ensure(height + next);
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
                    let lines = f.wrap(&p, body(), width);
                    f.lines(&lines, body(), LEFT, Color::INK);
                    f.y += 2.0;
                }
            }
            Block::Small(text) => {
                let style = Style::new(FontFace::Sans, 8.5);
                let lines = f.wrap(text, style, width);
                f.lines(&lines, style, LEFT, Color::GREY);
                f.y += 1.5;
            }
            Block::Callout { label, text } => {
                let pad = 3.0;
                let label_style = Style::new(FontFace::SansBold, 9.0);
                let style = Style::new(FontFace::Sans, 9.5);
                let mut lines: Vec<(String, Style, Color)> =
                    vec![(label.clone(), label_style, ACCENT)];
                for (i, p) in crate::model::types::paragraphs(text).iter().enumerate() {
                    if i > 0 {
                        lines.push((String::new(), style, Color::INK));
                    }
                    for l in f.wrap(p, style, width - 2.0 * pad - 1.5) {
                        lines.push((l, style, Color::INK));
                    }
                }
                // Draw the box page by page around the lines that land there.
                f.y += 1.0;
                f.ensure(2.0 * pad + label_style.size_mm() * LEADING * 2.0);
                let mut chunk_top = f.y;
                let mut chunk: Vec<Item> = Vec::new();
                let mut y = f.y + pad;
                for (text, style, color) in lines {
                    let lh = style.size_mm() * LEADING;
                    if y + lh > Flow::bottom() - pad {
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
                    let lines = f.wrap(item, body(), width - indent);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(lh);
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
                    let t = f.wrap(term, bold(), width);
                    let d = f.wrap(description, body(), width - 5.0);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(lh * 2.0);
                    f.lines(&t, bold(), LEFT, Color::INK);
                    f.lines(&d, body(), LEFT + 5.0, Color::INK);
                    f.y += 2.0;
                }
            }
            Block::Checklist(items) => {
                let indent = 7.0;
                for item in items {
                    let lines = f.wrap(item, body(), width - indent);
                    let lh = body().size_mm() * LEADING;
                    f.ensure(lh);
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
    let english = is_english(&doc.language);
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
        let n = if english {
            format!("Page {} of {total}", i + 1)
        } else {
            format!("Sida {} av {total}", i + 1)
        };
        page.push(Item::text(
            n,
            PAGE_W - RIGHT,
            y,
            small,
            Color::GREY,
            Align::Right,
        ));
    }
    f.pages
}

fn callout_box(f: &mut Flow, top: f32, bottom: f32, mut items: Vec<Item>) {
    let width = Flow::width();
    let h = (bottom - top).max(0.0);
    let page = f.items();
    page.push(Item::fill(Rect::new(LEFT, top, width, h), SHADE));
    page.push(Item::fill(Rect::new(LEFT, top, 1.2, h), ACCENT));
    page.append(&mut items);
}

fn layout_table(f: &mut Flow, table: &Table) {
    if table.columns.is_empty() {
        return;
    }
    let width = Flow::width();
    let total_weight: f32 = table.columns.iter().map(|c| c.weight.max(0.01)).sum();
    let widths: Vec<f32> = table
        .columns
        .iter()
        .map(|c| width * c.weight.max(0.01) / total_weight)
        .collect();
    let pad = 1.8;
    let style = Style::new(FontFace::Sans, 9.0);
    let head_style = Style::new(FontFace::SansBold, 9.0);
    let lh = style.size_mm() * LEADING;
    let line = Stroke::solid(Color::LIGHT_GREY, 0.3);
    let wrap_row = |f: &Flow, cells: &[String], style: Style| -> Vec<Vec<String>> {
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let text = cells.get(i).map_or("", String::as_str);
                f.wrap(text, style, w - 2.0 * pad)
            })
            .collect()
    };
    let header = wrap_row(
        f,
        &table
            .columns
            .iter()
            .map(|c| c.title.clone())
            .collect::<Vec<_>>(),
        head_style,
    );
    let header_h = header.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * pad;
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
    let mut rows: Vec<(Vec<Vec<String>>, f32, bool)> = Vec::new();
    let last = table.rows.len().saturating_sub(1);
    for (r, cells) in table.rows.iter().enumerate() {
        let is_total = table.total_row && r == last;
        let st = if is_total { head_style } else { style };
        let wrapped = wrap_row(f, cells, st);
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
    f.y += 1.0;
    let first_h = rows.first().map_or(0.0, |r| r.1);
    f.ensure(header_h + first_h);
    let mut top = draw_header(f);
    for (cells, h, is_total) in rows {
        if f.y + h > Flow::bottom() {
            column_lines(f, top, &widths, line);
            f.new_page();
            top = draw_header(f);
        }
        let row_top = f.y;
        if is_total {
            f.items().push(Item::line(
                PointMm::new(LEFT, row_top),
                PointMm::new(LEFT + width, row_top),
                Stroke::solid(Color::INK, 0.4),
            ));
        }
        let st = if is_total { head_style } else { style };
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

fn layout_chart(f: &mut Flow, chart: &BarChart) {
    let width = Flow::width();
    let label_w = 52.0;
    let value_w = 16.0;
    let bar_w = width - label_w - value_w - 2.0;
    let style = Style::new(FontFace::Sans, 8.5);
    let bar_h: f32 = 3.2;
    let row_h = 2.0 * bar_h + 3.4;
    let max = chart
        .bars
        .iter()
        .flat_map(|b| [b.planned, b.actual.unwrap_or(0.0)])
        .filter(|v| v.is_finite())
        .fold(0.0f32, f32::max)
        .max(1.0);
    let scale = bar_w / max;
    // Legend.
    f.ensure(8.0 + row_h.min(30.0));
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

/// Renders the document to an A4 PDF.
pub fn render_document(doc: &Document) -> Result<Export, PdfError> {
    let pages: Vec<RenderPage> = layout_document(doc)
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
}
