//! Tables: column widths from their content, wrapped cells, a header repeated on every page.
//!
//! A dense table (many columns of sentences) steps its font down from 9 pt, half a point at a
//! time to 7.5 pt at the least, until every column has room for its longest word (and a whole
//! column for its longest cell); the size is chosen once per table and used for the header, the
//! cells and the row heights alike. Only a table that does not fit even at the smallest size
//! hyphenates or breaks words as running text does.

use super::*;

/// A table's font size, column widths, wrapped header and rows (cells' lines, height, is the
/// total).
pub(super) struct TableGeometry {
    pub(super) size: f32,
    pub(super) widths: Vec<f32>,
    pub(super) header: Vec<Vec<String>>,
    pub(super) header_h: f32,
    pub(super) rows: Vec<(Vec<Vec<String>>, f32, bool)>,
}

pub(super) const CELL_PAD: f32 = 1.8;

/// The sizes a table may be set in, in points, largest first: a table takes the first at which
/// its words fit its columns.
pub(super) const TABLE_SIZES: [f32; 4] = [9.0, 8.5, 8.0, 7.5];

/// The cells' style at the usual size (9 pt).
#[cfg(test)]
pub(super) fn cell_style() -> Style {
    cell_style_at(TABLE_SIZES[0])
}

pub(super) fn cell_style_at(size: f32) -> Style {
    Style::new(FontFace::Sans, size)
}

pub(super) fn head_style_at(size: f32) -> Style {
    Style::new(FontFace::SansBold, size)
}

/// How far a table's content fits its columns at a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Fit {
    /// Every column has its longest word and every whole column its longest cell.
    Whole,
    /// Every column has its longest word; whole columns wrap between words.
    Words,
    /// Some columns are narrower than their longest word: words are hyphenated or broken.
    Broken,
    /// A template without written rows: the columns share the width by their weights.
    Weights,
}

/// A table's font size and column widths, and how well its content fits them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TableFit {
    pub(super) size: f32,
    pub(super) widths: Vec<f32>,
    pub(super) fit: Fit,
}

impl TableGeometry {
    pub(super) fn new(f: &Flow, table: &Table) -> TableGeometry {
        let TableFit { size, widths, fit } = fit_table(table);
        let pad = CELL_PAD;
        let lh = cell_style_at(size).size_mm() * LEADING;
        // Where every word has room, none is hyphenated (a narrow column's ragged edge reads
        // better than "ären-deägare"), except a word too long for any column; otherwise the
        // words wrap as in running text.
        let whole_words = matches!(fit, Fit::Whole | Fit::Words);
        let wrap_cell = |text: &str, style: Style, width: f32| -> Vec<String> {
            if whole_words {
                let kept = wrap_with(text, style, width, &f.hyphenation, Hyphenate::Never, false);
                if kept.forced_breaks == 0 {
                    return kept.lines;
                }
            }
            f.wrap(text, style, width)
        };
        let wrap_row = |cells: &[String], style: Style| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    wrap_cell(
                        cells.get(i).map_or("", String::as_str),
                        style,
                        w - 2.0 * pad,
                    )
                })
                .collect()
        };
        let titles: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        let header = wrap_row(&titles, head_style_at(size));
        let header_h =
            header.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * pad;
        let mut rows = Vec::new();
        let last = table.rows.len().saturating_sub(1);
        for (r, cells) in table.rows.iter().enumerate() {
            let is_total = table.total_row && r == last;
            let st = if is_total {
                head_style_at(size)
            } else {
                cell_style_at(size)
            };
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
            size,
            widths,
            header,
            header_h,
            rows,
        }
    }
}

/// The column widths of [`fit_table`].
#[cfg(test)]
pub(super) fn column_widths(table: &Table) -> Vec<f32> {
    fit_table(table).widths
}

/// A table's size and column widths: the largest of [`TABLE_SIZES`] at which every column has
/// room for its longest word and every [`Column::whole`] column for its longest cell; failing
/// that, the largest at which the words alone fit (whole columns then wrap between words);
/// failing that, the smallest, where the longest words are hyphenated or broken. A table that
/// fits at 9 pt keeps that size and its widths. A table without written rows (a template to
/// fill in by hand) keeps 9 pt and shares the width by the columns' weights.
pub(super) fn fit_table(table: &Table) -> TableFit {
    let width = Flow::width();
    let total_weight: f32 = table.columns.iter().map(|c| c.weight.max(0.01)).sum();
    if table
        .rows
        .iter()
        .all(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        return TableFit {
            size: TABLE_SIZES[0],
            widths: table
                .columns
                .iter()
                .map(|c| width * c.weight.max(0.01) / total_weight)
                .collect(),
            fit: Fit::Weights,
        };
    }
    let claims: Vec<(f32, Claims)> = TABLE_SIZES
        .iter()
        .map(|&size| (size, Claims::measure(table, size)))
        .collect();
    let best = |want: Fit| claims.iter().find(|(_, c)| c.fit() <= want);
    let (size, claims) = best(Fit::Whole)
        .or_else(|| best(Fit::Words))
        .unwrap_or(&claims[claims.len() - 1]);
    TableFit {
        size: *size,
        widths: claims.widths(),
        fit: claims.fit(),
    }
}

/// What a table's columns ask for at one size: each its longest word, the whole columns their
/// longest cell, and each its text on one line.
struct Claims {
    /// Each column's longest word (a very long one capped).
    words: Vec<f32>,
    /// [`Claims::words`] with the whole columns' longest cells.
    whole: Vec<f32>,
    /// Each column's longest text on one line.
    natural: Vec<f32>,
}

impl Claims {
    fn measure(table: &Table, size: f32) -> Claims {
        let width = Flow::width();
        let n = table.columns.len();
        let pad = 2.0 * CELL_PAD + 0.5;
        let mut words = vec![0.0f32; n];
        // The least width of each whole column: its longest line.
        let mut one_line = vec![0.0f32; n];
        let mut natural = vec![0.0f32; n];
        let last = table.rows.len().saturating_sub(1);
        let mut measure_cell = |i: usize, text: &str, style: Style, cell: bool| {
            let text = crate::pdf::text::typeset(text, false);
            let longest = text
                .split(|c: char| c.is_whitespace() && c != '\u{a0}')
                .map(|w| style.width(w))
                .fold(0.0f32, f32::max);
            // A very long word may still be hyphenated or broken: cap its claim.
            words[i] = words[i].max((longest + pad).min(width * 0.3));
            natural[i] = natural[i].max(style.width(&text) + pad);
            if cell {
                let line = text.lines().map(|l| style.width(l)).fold(0.0, f32::max);
                one_line[i] = one_line[i].max(line + pad);
            }
        };
        for (i, c) in table.columns.iter().enumerate() {
            measure_cell(i, &c.title, head_style_at(size), false);
        }
        for (r, row) in table.rows.iter().enumerate() {
            let st = if table.total_row && r == last {
                head_style_at(size)
            } else {
                cell_style_at(size)
            };
            for (i, cell) in row.iter().take(n).enumerate() {
                measure_cell(i, cell, st, true);
            }
        }
        // Whole columns claim their longest cell (the header's words are already in `words`).
        let mut whole = words.clone();
        for (i, c) in table.columns.iter().enumerate() {
            if c.whole {
                whole[i] = whole[i].max(one_line[i].min(width * 0.4));
            }
        }
        Claims {
            words,
            whole,
            natural,
        }
    }

    fn fit(&self) -> Fit {
        let width = Flow::width();
        if self.whole.iter().sum::<f32>() < width {
            Fit::Whole
        } else if self.words.iter().sum::<f32>() < width {
            Fit::Words
        } else {
            Fit::Broken
        }
    }

    /// The widths: a column whose cells are short gets no more than they need, the rest goes
    /// to the columns with long text, and no column is narrower than its claim (its longest
    /// word, or cell for a whole column, as far as the width allows: when the whole columns
    /// leave too little room, they wrap between words like the others).
    fn widths(&self) -> Vec<f32> {
        let width = Flow::width();
        let n = self.words.len();
        let min = if self.fit() == Fit::Whole {
            &self.whole
        } else {
            &self.words
        };
        let natural: Vec<f32> = self
            .natural
            .iter()
            .zip(min)
            .map(|(nat, least)| nat.max(*least))
            .collect();
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
}

pub(super) fn layout_table(f: &mut Flow, table: &Table) {
    if table.columns.is_empty() {
        return;
    }
    let width = Flow::width();
    let g = TableGeometry::new(f, table);
    let widths = g.widths.clone();
    let pad = CELL_PAD;
    let style = cell_style_at(g.size);
    let head_style = head_style_at(g.size);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A seven-column action plan as a group fills it in: full sentences with long Swedish
    /// compounds, a status and a due date in words.
    fn dense_plan() -> Table {
        let columns = [
            "Vad",
            "Hur",
            "När",
            "Kompetenser",
            "Vem",
            "Status",
            "Klart senast",
        ]
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let column = Column::new(*c, 1.0);
            if i >= 5 { column.whole() } else { column }
        })
        .collect();
        let rows = [
            [
                "Utse en ärendeägare för varje inkommen fråga",
                "Beslut i ledningsgruppen och en rutin på intranätet",
                "Vecka 50",
                "Verksamhetsutveckling och juridik",
                "Anna Lind",
                "Pågår",
                "11 december 2026",
            ],
            [
                "Berätta för invånarna vad som händer",
                "Ett inlägg på webben och i sociala medier",
                "Februari",
                "Kommunikationsavdelningen",
                "Eva Berg",
                "Påbörjad",
                "29 januari 2027",
            ],
            [
                "Skriv ett mallsvar för de vanligaste frågorna",
                "Samla tjugo svar från förra året och välj ut",
                "December",
                "Registrator och handläggare",
                "Omar Said",
                "Klar",
                "4 mars 2027",
            ],
        ]
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect();
        Table {
            columns,
            rows,
            ..Table::default()
        }
    }

    fn layout(table: &Table) -> Vec<Item> {
        let doc = Document {
            title: "Test".into(),
            language: "sv".into(),
            blocks: vec![Block::Table(table.clone())],
            ..Document::default()
        };
        let mut pages = layout_document(&doc);
        assert_eq!(pages.len(), 1);
        // Without the footer (its rule and two texts).
        let mut items = pages.remove(0);
        items.truncate(items.len() - 3);
        items
    }

    /// The table's lines of text with their style.
    fn lines(items: &[Item]) -> Vec<(&str, f32, f32, Style)> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Text {
                    text,
                    origin,
                    style,
                    ..
                } => Some((text.as_str(), origin.x, origin.y, *style)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_dense_plan_steps_its_font_down_until_every_word_fits() {
        let table = dense_plan();
        // At 9 pt the longest words do not fit the seven columns: they would be hyphenated.
        assert_eq!(Claims::measure(&table, 9.0).fit(), Fit::Broken);
        let fit = fit_table(&table);
        assert!(fit.size < 9.0 && fit.size >= 7.5, "{fit:?}");
        assert_eq!(fit.fit, Fit::Whole, "{fit:?}");
        assert!((fit.widths.iter().sum::<f32>() - Flow::width()).abs() < 0.01);
        let items = layout(&table);
        let words: Vec<&str> = table
            .rows
            .iter()
            .flatten()
            .chain(table.columns.iter().map(|c| &c.title))
            .flat_map(|c| c.split_whitespace())
            .collect();
        let texts = lines(&items);
        assert!(texts.len() > 7 * 4, "{texts:?}");
        for (text, x, _, style) in &texts {
            // One size for the header and the cells.
            assert_eq!(style.size_pt, fit.size, "{text}");
            // No word is cut: every word printed is a word of the table.
            for word in text.split_whitespace() {
                assert!(words.contains(&word), "`{word}` is cut in `{text}`");
            }
            // And no line leaves its column or the page.
            assert!(
                *x >= LEFT && x + style.width(text) <= LEFT + Flow::width() + 0.01,
                "{text}"
            );
        }
        // Each column's lines stay inside its width.
        let mut left = LEFT;
        for w in &fit.widths {
            for (text, x, _, style) in &texts {
                if *x >= left && *x < left + w {
                    assert!(
                        x + style.width(text) <= left + w - CELL_PAD + 0.01,
                        "{text}"
                    );
                }
            }
            left += w;
        }
        // The short columns keep their cells on one line.
        for cell in ["11 december 2026", "29 januari 2027", "4 mars 2027"] {
            assert!(texts.iter().any(|t| t.0 == cell), "{cell} wraps");
        }
    }

    #[test]
    fn rows_and_header_are_measured_at_the_tables_size() {
        let table = dense_plan();
        let f = Flow {
            pages: vec![Vec::new()],
            y: TOP,
            hyphenation: Hyphenation::for_language("sv"),
            outline: Vec::new(),
        };
        let g = TableGeometry::new(&f, &table);
        let size = fit_table(&table).size;
        assert_eq!(g.size, size);
        let lh = cell_style_at(size).size_mm() * LEADING;
        for (cells, h, _) in &g.rows {
            let most = cells.iter().map(Vec::len).max().unwrap_or(1);
            assert!((h - (most as f32 * lh + 2.0 * CELL_PAD)).abs() < 0.01);
        }
        // The rows printed are as high as measured: the last rule is where the rows end.
        let items = layout(&table);
        let rules: Vec<f32> = items
            .iter()
            .filter_map(|i| match i {
                Item::Line { points, .. } if (points[0].y - points[1].y).abs() < 0.01 => {
                    Some(points[0].y)
                }
                _ => None,
            })
            .collect();
        let bottom = rules.iter().copied().fold(0.0f32, f32::max);
        let top = TOP + 1.0;
        let height = g.header_h + g.rows.iter().map(|r| r.1).sum::<f32>();
        assert!(
            (bottom - (top + height)).abs() < 0.01,
            "{bottom} {top} {height}"
        );
    }

    #[test]
    fn a_table_that_fits_keeps_nine_points() {
        let table = Table {
            columns: vec![
                Column::new("Vad", 2.0),
                Column::new("Vem", 1.0),
                Column::new("Klart senast", 1.0).whole(),
            ],
            rows: vec![vec![
                "Utse en ärendeägare för varje inkommen fråga".into(),
                "Anna Lind".into(),
                "11 december 2026".into(),
            ]],
            ..Table::default()
        };
        let fit = fit_table(&table);
        assert_eq!((fit.size, fit.fit), (9.0, Fit::Whole));
        assert!(lines(&layout(&table)).iter().all(|t| t.3.size_pt == 9.0));
    }

    #[test]
    fn a_table_too_dense_for_the_smallest_size_breaks_words_at_that_size() {
        let word = "Verksamhetsutvecklingsavdelningen";
        let table = Table {
            columns: (0..10).map(|i| Column::new(format!("K{i}"), 1.0)).collect(),
            rows: vec![vec![word.to_owned(); 10]],
            ..Table::default()
        };
        let fit = fit_table(&table);
        assert_eq!((fit.size, fit.fit), (7.5, Fit::Broken), "{fit:?}");
        assert!((fit.widths.iter().sum::<f32>() - Flow::width()).abs() < 0.01);
        // The word is hyphenated to fit, as in running text.
        let items = layout(&table);
        let texts = lines(&items);
        assert!(texts.iter().any(|t| t.0.ends_with('-')), "{texts:?}");
    }
}
