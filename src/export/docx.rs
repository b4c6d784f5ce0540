//! The summary as a Word protocol (`.docx`), since municipal protocols are filed as Word
//! documents: the same content as the Markdown summary, as real headings, paragraphs, bullet
//! lines and Word tables (the time per step with planned and actual minutes, every table
//! capture, and the action plan with all its columns, status and due date included).
//!
//! Made from the summary view model ([`SummaryData`]) like the other summaries, so it cannot
//! say anything the others do not. The document's dates are the session's, so the same session
//! gives the same file.

use docx_rs::{
    AlignmentType, Docx, LineSpacing, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table,
    TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use crate::session::MatrixView;
use crate::session::plan::PlanLabels;
use crate::session::summary::{
    CaptureBlock, CaptureView, SummaryColumn, SummaryData, card_columns, card_rows,
    progress_columns, short_cells, time_columns, time_rows, totals_lines, vote_columns, vote_rows,
};

/// Why the protocol could not be made.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the Word protocol: {0}")]
pub struct DocxError(String);

impl DocxError {
    /// An error with what the writer said (for tests and callers that build one).
    pub fn new(what: impl Into<String>) -> Self {
        DocxError(what.into())
    }
}

impl crate::i18n::Localized for DocxError {
    fn message(&self, language: crate::i18n::Language) -> String {
        language.tr(crate::i18n::Key::ErrDocx).to_string()
    }
}

/// The text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(one_line(text)))
        .style(&format!("Heading{level}"))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A paragraph of text with its line breaks kept.
fn text_paragraph(text: &str) -> Paragraph {
    let mut run = Run::new();
    for (i, line) in text.trim().lines().enumerate() {
        if i > 0 {
            run = run.add_break(docx_rs::BreakType::TextWrapping);
        }
        run = run.add_text(line.trim_end());
    }
    Paragraph::new().add_run(run)
}

fn bold_line(label: &str, value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{label}: ")).bold())
        .add_run(Run::new().add_text(one_line(value)))
}

/// A Word table: a header row in bold on grey, then the rows; the columns say which hold
/// numbers (set to the right), which stay on one line, and how the page width is shared.
fn table(columns: &[SummaryColumn<'_>], rows: &[Vec<String>]) -> Table {
    let widths = fit_widths(columns, rows);
    let cell = |text: &str, column: usize, bold: bool| {
        let mut run = Run::new();
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                run = run.add_break(docx_rs::BreakType::TextWrapping);
            }
            run = run.add_text(line);
        }
        run = run.size(18);
        if bold {
            run = run.bold();
        }
        let mut p = Paragraph::new().add_run(run);
        if columns.get(column).is_some_and(|c| c.right) {
            p = p.align(AlignmentType::Right);
        }
        let mut c = TableCell::new()
            .add_paragraph(p)
            .width(widths.get(column).copied().unwrap_or(1000), WidthType::Dxa);
        if bold {
            c = c.shading(Shading::new().fill("E8E8E8"));
        }
        c
    };
    let mut out = vec![TableRow::new(
        columns
            .iter()
            .enumerate()
            .map(|(i, c)| cell(c.name, i, true))
            .collect(),
    )];
    for row in rows {
        out.push(TableRow::new(
            (0..columns.len())
                .map(|i| cell(row.get(i).map_or("", String::as_str), i, false))
                .collect(),
        ));
    }
    Table::new(out)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(0, CELL_SIDE, 0, CELL_SIDE))
}

/// A table cell's margin left and right, in twentieths of a point (4 pt: narrower than a word
/// processor's default, so seven columns fit on a page).
const CELL_SIDE: usize = 80;
/// Both margins of a cell, and a point to spare.
const CELL_MARGINS: usize = 2 * CELL_SIDE + 20;

/// How wide a text is in the tables' 9 pt Arial (a font every office machine has; LibreOffice
/// replaces it with Liberation Sans, which has the same widths), in twentieths of a point, from
/// the advance widths of its letters in thousandths of an em (Arial's, as Helvetica's; a letter
/// with a mark as wide as the letter), bold where the header is, and 3 % to spare.
fn word_width(text: &str, bold: bool) -> usize {
    let base = |c: char| match c {
        'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
        'Å' | 'Ä' | 'À' | 'Á' | 'Â' => 'A',
        'ö' | 'ø' | 'ò' | 'ó' | 'ô' => 'o',
        'Ö' | 'Ø' | 'Ò' | 'Ó' | 'Ô' => 'O',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' => 'E',
        'ü' | 'ú' | 'ù' => 'u',
        'Ü' | 'Ú' => 'U',
        'í' | 'ì' | 'ï' => 'i',
        c => c,
    };
    let regular = |c: char| -> u32 {
        match c {
            'i' | 'j' | 'l' => 222,
            'f' | 't' | 'I' | ' ' | '.' | ',' | ':' | ';' | '!' | '/' | '[' | ']' => 278,
            'r' | '-' | '(' | ')' | '`' => 333,
            '\'' => 191,
            '"' => 355,
            '|' => 260,
            '*' => 389,
            'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 500,
            'm' | 'M' => 833,
            'w' => 722,
            '%' => 889,
            'W' => 944,
            '@' => 1015,
            '+' | '<' | '=' | '>' | '~' => 584,
            'F' | 'T' | 'Z' => 611,
            'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' | '&' => 667,
            'C' | 'D' | 'H' | 'N' | 'R' | 'U' => 722,
            'G' | 'O' | 'Q' => 778,
            'L' => 556,
            // Digits and the other small letters, and anything else, at the common width.
            _ => 556,
        }
    };
    let bold_width = |c: char| -> u32 {
        match c {
            'i' | 'j' | 'l' | ' ' | '.' | ',' | ':' | ';' | 'I' => 278,
            'f' | 't' | '-' | '(' | ')' => 333,
            'r' => 389,
            'b' | 'd' | 'g' | 'h' | 'n' | 'o' | 'p' | 'q' | 'u' => 611,
            'a' | 'c' | 'e' | 'k' | 's' | 'v' | 'x' | 'y' | 'J' => 556,
            'w' => 778,
            'm' => 889,
            'A' | 'B' | 'C' | 'D' | 'H' | 'K' | 'N' | 'R' | 'U' => 722,
            'L' => 611,
            c => regular(c),
        }
    };
    let thousandths: u32 = text
        .chars()
        .map(base)
        .map(|c| if bold { bold_width(c) } else { regular(c) })
        .sum();
    // 9 pt is 180 twentieths of a point per em.
    (f64::from(thousandths) * 0.18 * 1.03).ceil() as usize
}

/// Column widths in twentieths of a point that fill the text width: every column at least as
/// wide as its longest word at the table's size (so no word breaks in the middle), or as its
/// longest cell for a column whose cells stay on one line (the header may still wrap), the rest
/// shared by how much text a column holds, times its weight. When the cells kept on one line
/// leave no room, the column that gains least from it wraps between words first; when even the
/// longest words do not fit, they share the width.
fn fit_widths(columns: &[SummaryColumn<'_>], rows: &[Vec<String>]) -> Vec<usize> {
    let mut whole: Vec<bool> = columns.iter().map(|c| c.whole).collect();
    let (need, text): (Vec<usize>, Vec<usize>) = loop {
        let needs: Vec<(usize, usize)> = (0..columns.len())
            .map(|i| column_need(columns[i], rows, i, whole[i]))
            .collect();
        let sum: usize = needs.iter().map(|n| n.0).sum();
        let gain = |i: usize| needs[i].0 - column_need(columns[i], rows, i, false).0;
        match (0..columns.len())
            .filter(|i| whole[*i])
            .min_by_key(|i| gain(*i))
        {
            Some(i) if sum >= TEXT_WIDTH => whole[i] = false,
            _ => break needs.into_iter().unzip(),
        }
    };
    let sum: usize = need.iter().sum();
    if sum >= TEXT_WIDTH {
        return need.iter().map(|w| w * TEXT_WIDTH / sum.max(1)).collect();
    }
    let extra = TEXT_WIDTH - sum;
    let share: usize = text.iter().sum::<usize>().max(1);
    need.iter()
        .zip(&text)
        .map(|(w, t)| w + extra * t / share)
        .collect()
}

/// A column's least width (see [`fit_widths`]), its cells on one line when `whole`, and its
/// claim on the rest of the width.
fn column_need(
    column: SummaryColumn<'_>,
    rows: &[Vec<String>],
    i: usize,
    whole: bool,
) -> (usize, usize) {
    let words = |cell: &str, bold: bool| {
        cell.split_whitespace()
            .map(|w| word_width(w, bold))
            .max()
            .unwrap_or(0)
    };
    let lines = |cell: &str| {
        cell.lines()
            .map(|l| word_width(l, false))
            .max()
            .unwrap_or(0)
    };
    let mut longest = words(column.name, true);
    let (mut total, mut count) = (column.name.chars().count(), 1);
    for cell in rows.iter().map(|r| r.get(i).map_or("", String::as_str)) {
        longest = longest.max(if whole {
            lines(cell)
        } else {
            words(cell, false)
        });
        total += cell.chars().count();
        count += 1;
    }
    // Weights in tenths, as whole numbers.
    let weight = ((column.weight * 10.0).round() as usize).max(1);
    (
        longest.max(100) + CELL_MARGINS,
        (total / count).max(1) * weight,
    )
}

fn capture(doc: Docx, block: &CaptureBlock, data: &SummaryData) -> Docx {
    let l = data.language.labels();
    if block.value.is_empty() {
        return doc
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(l.nothing).italic()));
    }
    match &block.value {
        CaptureView::Text(text) => {
            let mut doc = doc;
            for paragraph in crate::model::types::paragraphs(text) {
                doc = doc.add_paragraph(text_paragraph(&paragraph));
            }
            doc
        }
        CaptureView::List(items) => {
            let mut doc = doc;
            for item in items {
                let mut p = Paragraph::new()
                    .style("ListLine")
                    .add_run(Run::new().add_text(format!("• {}", one_line(&item.text))));
                if item.chosen {
                    p = p.add_run(Run::new().add_text(format!(" ({})", l.chosen)).bold());
                }
                doc = doc.add_paragraph(p);
            }
            doc
        }
        CaptureView::Table { columns, rows } => {
            let columns: Vec<SummaryColumn<'_>> = columns
                .iter()
                .enumerate()
                .map(|(i, c)| SummaryColumn {
                    whole: short_cells(rows, i),
                    ..SummaryColumn::new(c, 1.0)
                })
                .collect();
            doc.add_table(table(&columns, rows))
                .add_paragraph(Paragraph::new())
        }
        CaptureView::Votes(result) => {
            let mut doc = doc
                .add_paragraph(
                    Paragraph::new().add_run(
                        Run::new()
                            .add_text(crate::session::summary::votes_line(result, l))
                            .italic(),
                    ),
                )
                .add_table(table(&vote_columns(l), &vote_rows(result, l)))
                .add_paragraph(Paragraph::new());
            if !result.orphans.is_empty() {
                doc = doc.add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text(format!("{}:", l.dots_gone))),
                );
                for (item, dots, _) in &result.orphans {
                    doc =
                        doc.add_paragraph(Paragraph::new().style("ListLine").add_run(
                            Run::new().add_text(format!("• {} ({dots})", one_line(item))),
                        ));
                }
            }
            doc
        }
        CaptureView::Matrix(view) => {
            let mut doc = doc.add_table(matrix_table(view, l));
            let lists = [
                (l.unplaced, view.unplaced.clone()),
                (
                    l.placed_gone,
                    view.orphans
                        .iter()
                        .map(|p| {
                            format!(
                                "{} ({})",
                                p.item,
                                crate::session::summary::quadrant_name(view, p.x, p.y, l)
                            )
                        })
                        .collect(),
                ),
            ];
            for (title, items) in lists {
                if items.is_empty() {
                    continue;
                }
                doc = doc.add_paragraph(Paragraph::new()).add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text(format!("{title}:")).italic()),
                );
                for item in items {
                    doc = doc.add_paragraph(
                        Paragraph::new()
                            .style("ListLine")
                            .add_run(Run::new().add_text(format!("• {}", one_line(&item)))),
                    );
                }
            }
            doc.add_paragraph(Paragraph::new())
        }
    }
}

/// A matrix as a Word table of its cells in reading order (high on the vertical axis first):
/// each cell its name in bold, then its items.
fn matrix_table(view: &MatrixView, l: &crate::session::summary::Labels) -> Table {
    let columns = view
        .quadrants
        .iter()
        .map(|q| q.x)
        .max()
        .map_or(1, |x| x + 1) as usize;
    let width = TEXT_WIDTH / columns.max(1);
    let mut rows: Vec<Vec<&crate::session::matrix::Quadrant>> = Vec::new();
    for q in &view.quadrants {
        match rows.last_mut() {
            Some(row) if row.len() < columns => row.push(q),
            _ => rows.push(vec![q]),
        }
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            TableRow::new(
                row.into_iter()
                    .map(|q| {
                        let name = crate::session::summary::quadrant_name(view, q.x, q.y, l);
                        let mut cell = TableCell::new().width(width, WidthType::Dxa).add_paragraph(
                            Paragraph::new().add_run(Run::new().add_text(name).bold().size(18)),
                        );
                        if q.items.is_empty() {
                            cell = cell.add_paragraph(
                                Paragraph::new().add_run(Run::new().add_text("–").size(18)),
                            );
                        }
                        for item in &q.items {
                            cell = cell.add_paragraph(
                                Paragraph::new().add_run(
                                    Run::new()
                                        .add_text(format!("• {}", one_line(item)))
                                        .size(18),
                                ),
                            );
                        }
                        cell
                    })
                    .collect(),
            )
        })
        .collect();
    Table::new(rows)
        .set_grid(vec![width; columns])
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn styles(doc: Docx, language: crate::i18n::Language) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .color("1B4965")
            .outline_lvl(level)
            .line_spacing(
                LineSpacing::new()
                    .before(if level == 0 { 300 } else { 200 })
                    .after(80),
            )
    };
    doc.default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(22)
        .add_style(heading("Title", "Title", 40, 0))
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_style(heading("Heading3", "heading 3", 23, 2))
        .add_style(
            // The name Word shows in its list of styles, in the protocol's language.
            Style::new("ListLine", StyleType::Paragraph)
                .name(language.tr(crate::i18n::Key::DocxListStyle).as_str())
                .based_on("Normal")
                .indent(Some(360), None, None, None),
        )
}

/// The Word protocol of a summary.
pub fn protocol(data: &SummaryData) -> Result<Vec<u8>, DocxError> {
    let follow_up = data.follow_up.as_ref();
    let l = data.language.labels();
    let pl = PlanLabels::of(data.language);
    let clock = |t: &chrono::DateTime<chrono::FixedOffset>| t.format("%H:%M").to_string();
    let stamp = data
        .finished
        .unwrap_or(data.planned_start)
        .with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let mut doc = styles(Docx::new(), data.language)
        .page_size(11906, 16838)
        .page_margin(
            docx_rs::PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1134)
                .right(1134),
        )
        .created_at(&stamp)
        .updated_at(&stamp);
    doc = doc.add_paragraph(
        Paragraph::new()
            .add_run(Run::new().add_text(format!(
                "{} – {}",
                one_line(&data.workshop_title),
                l.summary
            )))
            .style("Title"),
    );
    doc = doc
        .add_paragraph(bold_line(
            l.workshop,
            &format!("{} ({})", data.workshop_title, data.workshop_id),
        ))
        .add_paragraph(bold_line(l.date, &data.language.date(data.date)))
        .add_paragraph(bold_line(l.planned_start, &clock(&data.planned_start)))
        .add_paragraph(bold_line(
            l.actual_start,
            &data
                .actual_start
                .as_ref()
                .map_or_else(|| l.not_started.to_owned(), clock),
        ))
        .add_paragraph(bold_line(
            l.finished,
            &data
                .finished
                .as_ref()
                .map_or_else(|| l.not_finished.to_owned(), clock),
        ));
    if let Some(deck) = &data.deck {
        doc = doc.add_paragraph(bold_line(l.deck, deck));
    }
    doc = doc
        .add_paragraph(bold_line(l.seed, &data.seed.to_string()))
        .add_paragraph(bold_line(l.session, &data.session));
    if let Some(f) = follow_up {
        doc = doc.add_paragraph(bold_line(
            pl.follow_up_of,
            &format!(
                "{} ({}, {})",
                f.workshop,
                f.session,
                data.language.date(f.date)
            ),
        ));
    }
    if !data.notes.is_empty() {
        doc = doc.add_paragraph(heading(1, l.notes));
        for note in &data.notes {
            doc = doc.add_paragraph(text_paragraph(note).style("ListLine"));
        }
    }
    if !data.roles.is_empty() {
        doc = doc.add_paragraph(heading(1, l.roles));
        for r in &data.roles {
            doc = doc.add_paragraph(bold_line(&r.role, &r.people));
        }
    }

    if let Some(plan) = &data.action_plan {
        doc = doc.add_paragraph(heading(1, l.action_plan));
        doc = capture(doc, plan, data);
    }
    if let Some(f) = follow_up {
        doc = doc.add_paragraph(heading(1, pl.progress));
        doc = doc.add_paragraph(bold_line(
            pl.follow_up_of,
            &format!(
                "{} ({}, {})",
                f.workshop,
                f.session,
                data.language.date(f.date)
            ),
        ));
        let rows = f.table(data.language);
        doc = doc
            .add_table(table(&progress_columns(data.language), &rows))
            .add_paragraph(Paragraph::new());
    }

    doc = doc.add_paragraph(heading(1, l.time));
    doc = doc
        .add_table(table(&time_columns(l), &time_rows(data)))
        .add_paragraph(Paragraph::new());
    for line in totals_lines(data) {
        doc = doc.add_paragraph(text_paragraph(&line));
    }

    doc = doc.add_paragraph(heading(1, l.captures));
    let mut last_step: Option<&str> = None;
    let mut others = false;
    for block in &data.captures {
        match &block.step {
            Some(step) if last_step != Some(step.as_str()) => {
                doc = doc.add_paragraph(heading(2, step));
                last_step = Some(step);
            }
            None if !others => {
                doc = doc.add_paragraph(heading(2, l.other_fields));
                others = true;
            }
            _ => {}
        }
        doc = doc.add_paragraph(heading(3, &block.label));
        doc = capture(doc, block, data);
    }

    doc = doc.add_paragraph(heading(1, l.cards));
    if data.cards.is_empty() {
        doc = doc.add_paragraph(text_paragraph(l.no_cards));
    } else {
        doc = doc.add_table(table(&card_columns(l), &card_rows(data)));
    }

    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.pack(&mut bytes).map_err(|e| DocxError(e.to_string()))?;
    let title = format!("{} – {}", data.workshop_title, l.summary);
    finish(&bytes.into_inner(), data.language, &title)
}

/// What the Word writer cannot set: the document's title, author and language in its
/// properties (it writes "unknown" as the author), and the language of its text, so that Word
/// checks the spelling of a Swedish protocol in Swedish. Rewrites those two parts of the file.
fn finish(
    packed: &[u8],
    language: crate::i18n::Language,
    title: &str,
) -> Result<Vec<u8>, DocxError> {
    use std::io::{Read as _, Write as _};
    let fault = |e: &dyn std::fmt::Display| DocxError(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(packed)).map_err(|e| fault(&e))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let tag = match language {
        crate::i18n::Language::Swedish => "sv-SE",
        crate::i18n::Language::English => "en-GB",
    };
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| fault(&e))?;
        let name = file.name().to_owned();
        let mut content = Vec::new();
        file.read_to_end(&mut content).map_err(|e| fault(&e))?;
        let content = match name.as_str() {
            "docProps/core.xml" => String::from_utf8_lossy(&content)
                .replace(
                    "<dc:creator>unknown</dc:creator>",
                    &format!(
                        "<dc:title>{}</dc:title><dc:creator>Innovationslek</dc:creator><dc:language>{tag}</dc:language>",
                        xml_text(title)
                    ),
                )
                .replace(
                    "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
                    "<cp:lastModifiedBy>Innovationslek</cp:lastModifiedBy>",
                )
                .into_bytes(),
            "word/styles.xml" => String::from_utf8_lossy(&content)
                .replacen(
                    "<w:rPrDefault><w:rPr>",
                    &format!("<w:rPrDefault><w:rPr><w:lang w:val=\"{tag}\" />"),
                    1,
                )
                .into_bytes(),
            _ => content,
        };
        out.start_file(name, options).map_err(|e| fault(&e))?;
        out.write_all(&content).map_err(|e| fault(&e))?;
    }
    Ok(out.finish().map_err(|e| fault(&e))?.into_inner())
}

/// `text` for an XML element's content.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
