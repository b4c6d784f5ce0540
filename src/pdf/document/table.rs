//! Tables: column widths from their content, wrapped cells, a header repeated on every page.

use super::*;

/// A table's column widths, wrapped header and rows (cells' lines, height, is the total).
pub(super) struct TableGeometry {
    pub(super) widths: Vec<f32>,
    pub(super) header: Vec<Vec<String>>,
    pub(super) header_h: f32,
    pub(super) rows: Vec<(Vec<Vec<String>>, f32, bool)>,
}

pub(super) const CELL_PAD: f32 = 1.8;

pub(super) fn cell_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

pub(super) fn head_style() -> Style {
    Style::new(FontFace::SansBold, 9.0)
}

impl TableGeometry {
    pub(super) fn new(f: &Flow, table: &Table) -> TableGeometry {
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
pub(super) fn column_widths(table: &Table) -> Vec<f32> {
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

pub(super) fn layout_table(f: &mut Flow, table: &Table) {
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

pub(super) fn cell_text(
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

pub(super) fn column_lines(f: &mut Flow, top: f32, widths: &[f32], line: Stroke) {
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
