//! Flowing blocks onto pages: the cursor ([`Flow`]), page breaks that keep headings with what
//! follows and two lines of a paragraph on each side, callouts, and the page footers.

use super::*;

pub(super) struct Flow {
    pub(super) pages: Vec<Vec<Item>>,
    pub(super) y: f32,
    pub(super) hyphenation: Hyphenation,
    pub(super) outline: Vec<Bookmark>,
}

impl Flow {
    pub(super) fn width() -> f32 {
        PAGE_W - LEFT - RIGHT
    }

    pub(super) fn bottom() -> f32 {
        PAGE_H - BOTTOM
    }

    pub(super) fn items(&mut self) -> &mut Vec<Item> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` mm fit below the cursor (or the page is still empty).
    pub(super) fn ensure(&mut self, height: f32) {
        let empty = self.pages.last().is_none_or(Vec::is_empty);
        if self.y + height > Flow::bottom() && !empty {
            self.new_page();
        }
    }

    pub(super) fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(text, style, width, &self.hyphenation).lines
    }

    /// A heading's lines: never hyphenated.
    pub(super) fn wrap_heading(&self, text: &str, style: Style, width: f32) -> Vec<String> {
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
    pub(super) fn lines(&mut self, lines: &[String], style: Style, x: f32, color: Color) {
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
pub(super) fn keep_lines(n: usize) -> usize {
    if n <= 3 { n } else { 2 }
}

/// The width of running text in `style`: about 75 characters of ordinary text, at most the
/// text width (long lines are hard to follow back to the next line's start).
pub(super) fn measure(style: Style) -> f32 {
    const SAMPLE: &str =
        "Skriv problemet på en lapp och fråga varför det händer, svara och fråga igen.";
    let per_char = style.width(SAMPLE) / SAMPLE.chars().count() as f32;
    (per_char * 75.0).min(Flow::width())
}

pub(super) fn body() -> Style {
    Style::new(FontFace::Sans, 10.0)
}

pub(super) fn bold() -> Style {
    Style::new(FontFace::SansBold, 10.0)
}

/// Lays out the document: the items of every page in sheet space (mm, top-left), footers
/// included.
pub fn layout_document(doc: &Document) -> Vec<Vec<Item>> {
    layout_with_outline(doc).0
}

/// [`layout_document`] with the bookmarks of the headings of level 1 and 2.
pub(super) fn layout_with_outline(doc: &Document) -> (Vec<Vec<Item>>, Vec<Bookmark>) {
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

pub(super) fn small() -> Style {
    Style::new(FontFace::Sans, 8.5)
}

/// The lines of a notes box: its label, then the text's paragraphs with an empty line between.
pub(super) fn callout_lines(f: &Flow, label: &str, text: &str) -> Vec<(String, Style, Color)> {
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

pub(super) fn callout_height(lines: &[(String, Style, Color)], pad: f32) -> f32 {
    2.0 * pad
        + lines
            .iter()
            .map(|(_, s, _)| s.size_mm() * LEADING)
            .sum::<f32>()
}

/// The height that must fit below a heading for it to stay with what follows: following
/// headings and small print in full, then the first unbreakable part of the next block (its
/// first lines or rows, or all of a notes box, chart or writing box).
pub(super) fn lead_height(f: &Flow, rest: &[Block]) -> f32 {
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
pub(super) fn heading_metrics(level: u8) -> (f32, f32, f32) {
    match level {
        0 | 1 => (19.0, 0.0, 4.0),
        2 => (13.5, 6.0, 2.0),
        _ => (11.0, 3.5, 1.2),
    }
}

pub(super) fn callout_box(f: &mut Flow, top: f32, bottom: f32, mut items: Vec<Item>) {
    let width = Flow::width();
    let h = (bottom - top).max(0.0);
    let page = f.items();
    page.push(Item::fill(Rect::new(LEFT, top, width, h), SHADE));
    page.push(Item::fill(Rect::new(LEFT, top, 1.2, h), ACCENT));
    page.append(&mut items);
}
