//! Charts: planned against actual minutes, vote bars, the two-by-two matrix and tallies.

use super::*;

pub(super) const CHART_BAR_H: f32 = 3.2;

/// The height of a chart: its legend, a row per bar and the space after.
pub(super) fn chart_height(chart: &BarChart) -> f32 {
    let row_h = 2.0 * CHART_BAR_H + 3.4;
    1.0 + CHART_BAR_H + 5.0 + row_h * chart.bars.len() as f32 + 3.0
}

pub(super) fn layout_chart(f: &mut Flow, chart: &BarChart) {
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

pub(super) const VOTE_LABEL_W: f32 = 62.0;
pub(super) const VOTE_RANK_W: f32 = 20.0;

pub(super) fn vote_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

/// A bar's label as drawn: wrapped in its own style (bold when chosen, which is wider) to at
/// most two lines, the second ending in an ellipsis when the text goes on.
pub(super) fn vote_label_lines(f: &Flow, bar: &VoteBar) -> Vec<String> {
    let style = vote_label_style(bar);
    let lines = f.wrap(&bar.label, style, VOTE_LABEL_W - 3.0);
    let shown = lines.len().min(2);
    lines
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == shown && lines.len() > shown {
                ellipsize(&format!("{l} …"), style, VOTE_LABEL_W - 3.0)
            } else {
                l.clone()
            }
        })
        .collect()
}

/// The style of a bar's label: bold when chosen.
pub(super) fn vote_label_style(bar: &VoteBar) -> Style {
    if bar.chosen {
        Style::new(FontFace::SansBold, vote_style().size_pt)
    } else {
        vote_style()
    }
}

/// The height of one bar's row: its label's lines as drawn (at most two), and room below them,
/// so a label on two lines keeps clear of the next row.
pub(super) fn vote_row_height(f: &Flow, bar: Option<&VoteBar>) -> f32 {
    let lines = bar.map_or(1, |b| vote_label_lines(f, b).len().max(1));
    (lines as f32 * vote_style().size_mm() * LEADING).max(5.0) + 2.0
}

pub(super) fn layout_vote_chart(f: &mut Flow, chart: &VoteChart) {
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
        let text_style = vote_label_style(bar);
        f.items().push(Item::text(
            bar.rank.clone(),
            LEFT,
            top + style.size_mm() * 0.95,
            style,
            Color::GREY,
            Align::Left,
        ));
        for (i, text) in vote_label_lines(f, bar).into_iter().enumerate() {
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

pub(super) const MATRIX_AXIS: f32 = 9.0;

pub(super) fn matrix_item_style() -> Style {
    Style::new(FontFace::Sans, 9.0)
}

/// The wrapped items of each cell, and the height of the top and the bottom row of cells.
pub(super) fn matrix_rows(f: &Flow, matrix: &MatrixChart) -> (Vec<Vec<Vec<String>>>, [f32; 2]) {
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

pub(super) fn matrix_height(f: &Flow, matrix: &MatrixChart) -> f32 {
    let (_, [top, bottom]) = matrix_rows(f, matrix);
    top + bottom + 14.0
}

/// The height of a tally row, in mm.
pub(super) const TALLY_ROW: f32 = 9.0;

pub(super) fn layout_tally(f: &mut Flow, tally: &Tally) {
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

pub(super) fn layout_matrix(f: &mut Flow, matrix: &MatrixChart) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::text::{ascent, descent};

    /// Ideas as an English-speaking group writes them, full sentences.
    const LONG_IDEAS_EN: [&str; 5] = [
        "Give every new employee a mentor from another department for the whole first month.",
        "Share one booking calendar for the council's cars so that no car stands unused all day.",
        "Let residents book planning advice on the web themselves instead of phoning the office.",
        "Collect every form in one place and rewrite them in plain language with the users.",
        "Try a day a week of working from home and measure how the case times change.",
    ];

    /// The first words of one of `ideas` that fit the label on one line in the regular face
    /// but need two in bold (a chosen idea).
    fn one_line_until_bold(f: &Flow, ideas: &[&str]) -> String {
        let regular = vote_style();
        let bold = Style::new(FontFace::SansBold, regular.size_pt);
        ideas
            .iter()
            .flat_map(|idea| {
                let words: Vec<&str> = idea.split(' ').collect();
                (1..=words.len()).map(move |n| words[..n].join(" "))
            })
            .find(|t| {
                f.wrap(t, regular, VOTE_LABEL_W - 3.0).len() == 1
                    && f.wrap(t, bold, VOTE_LABEL_W - 3.0).len() == 2
            })
            .expect("a label wider in bold")
    }

    /// The top and bottom (mm) of an item as printed: a text from its ascender to its
    /// descender, a shape its rectangle.
    fn extent(item: &Item) -> Option<(f32, f32)> {
        match item {
            Item::Text { origin, style, .. } => Some((
                origin.y - ascent(style.face, style.size_pt),
                origin.y + descent(style.face, style.size_pt),
            )),
            Item::Rect { rect, .. } => Some((rect.y, rect.y + rect.height)),
            _ => None,
        }
    }

    #[test]
    fn a_vote_label_on_two_lines_keeps_clear_of_the_next_row() {
        let sv: Vec<&str> = crate::model::sample::LONG_IDEAS.to_vec();
        for (language, ideas, rank) in [
            ("sv", sv, "delad 2:a"),
            ("en", LONG_IDEAS_EN.to_vec(), "tied 2nd"),
        ] {
            let f = Flow {
                pages: vec![Vec::new()],
                y: TOP,
                hyphenation: Hyphenation::for_language(language),
                outline: Vec::new(),
            };
            let mut labels: Vec<String> = ideas.iter().map(|i| (*i).to_owned()).collect();
            // Short labels too, and one only a chosen idea's bold face takes onto two lines.
            labels.insert(1, one_line_until_bold(&f, &ideas));
            labels.push("Fika".into());
            let bars: Vec<VoteBar> = labels
                .iter()
                .enumerate()
                .map(|(i, label)| VoteBar {
                    label: label.clone(),
                    value: (labels.len() - i) as u32,
                    rank: rank.into(),
                    chosen: i < 3,
                })
                .collect();
            assert!(
                bars.iter()
                    .filter(|b| vote_label_lines(&f, b).len() == 2)
                    .count()
                    >= 3
            );
            let doc = Document {
                title: "Test".into(),
                language: language.into(),
                blocks: vec![Block::VoteChart(VoteChart {
                    bars: bars.clone(),
                    chosen: "Vald".into(),
                })],
                ..Document::default()
            };
            let pages = layout_document(&doc);
            assert_eq!(pages.len(), 1);
            let items = &pages[0][..pages[0].len() - 3];
            // Each row starts with its rank at the left edge.
            let starts: Vec<usize> = items
                .iter()
                .enumerate()
                .filter(|(_, i)| matches!(i, Item::Text { origin, .. } if origin.x == LEFT))
                .map(|(n, _)| n)
                .collect();
            assert_eq!(starts.len(), bars.len());
            let rows: Vec<&[Item]> = starts
                .iter()
                .zip(starts.iter().skip(1).chain([&items.len()]))
                .map(|(a, b)| &items[*a..*b])
                .collect();
            for (i, pair) in rows.windows(2).enumerate() {
                let bottom = pair[0]
                    .iter()
                    .filter_map(extent)
                    .map(|e| e.1)
                    .fold(f32::MIN, f32::max);
                let top = pair[1]
                    .iter()
                    .filter_map(extent)
                    .map(|e| e.0)
                    .fold(f32::MAX, f32::min);
                // At least 2 pt of white between a row's lowest descender and the next row.
                let clear = top - bottom;
                assert!(
                    clear >= 2.0 * crate::pdf::text::MM_PER_PT,
                    "{language}: {clear:.2} mm below `{}`",
                    bars[i].label
                );
            }
            // The labels as drawn are the lines the rows were measured with.
            for (row, bar) in rows.iter().zip(&bars) {
                let drawn: Vec<&str> = row
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text { text, origin, .. } if origin.x == LEFT + VOTE_RANK_W => {
                            Some(text.as_str())
                        }
                        _ => None,
                    })
                    .collect();
                assert_eq!(drawn, vote_label_lines(&f, bar));
            }
        }
    }
}
