//! The summary as plain Markdown: headings, bullets and pipe tables that read well as text in a
//! mail and paste into Teams and Word; the cell and line helpers the other renderings share.

use super::*;

/// Text on one line: line breaks as ` / `, blank lines dropped.
pub fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A table cell: one line (see [`one_line`]), `\\` and `|` escaped.
pub fn escape_cell(text: &str) -> String {
    one_line(text).replace('\\', "\\\\").replace('|', "\\|")
}

/// A line of running text made safe: a leading `#` (a heading) or a line of only `-`, `=`,
/// `*` or `_` (a rule or heading underline) is escaped; everything else stays as written.
fn escape_line(line: &str) -> String {
    let trimmed = line.trim_start();
    let rule = trimmed.len() >= 3
        && trimmed
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | ' '));
    if trimmed.starts_with('#') || rule {
        let indent = &line[..line.len() - trimmed.len()];
        format!("{indent}\\{trimmed}")
    } else {
        line.to_owned()
    }
}

/// Text as paragraphs: lines kept, blank runs collapsed, each line made safe.
fn text_block(text: &str) -> String {
    let mut out = Vec::new();
    let mut blank = false;
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if blank && !out.is_empty() {
            out.push(String::new());
        }
        blank = false;
        out.push(escape_line(line));
    }
    out.join("\n")
}

/// A bullet: the first line after `- `, further lines indented under it.
fn bullet(text: &str, suffix: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escape_line)
        .collect();
    let mut out = String::from("- ");
    if lines.is_empty() {
        out.push('–');
    }
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("\n  ");
        }
        out.push_str(line);
    }
    out.push_str(suffix);
    out
}

/// A whole number with its sign, `+3` or `−2` (and `0`): a real minus sign, as the PDF prints it.
pub fn signed(n: i64) -> String {
    match n {
        0 => "0".to_owned(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    }
}

/// A table of the summary's own (see [`SummaryColumn`]).
fn summary_table(out: &mut String, columns: &[SummaryColumn<'_>], rows: &[Vec<String>]) {
    let header: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let right: Vec<bool> = columns.iter().map(|c| c.right).collect();
    table(out, &header, &right, rows);
}

fn table(out: &mut String, header: &[&str], right: &[bool], rows: &[Vec<String>]) {
    let cells = |cells: &mut dyn Iterator<Item = String>| {
        let v: Vec<String> = cells.collect();
        format!("| {} |", v.join(" | "))
    };
    let _ = writeln!(out, "{}", cells(&mut header.iter().map(|h| escape_cell(h))));
    let _ = writeln!(
        out,
        "{}",
        cells(&mut (0..header.len()).map(|i| {
            if right.get(i).copied().unwrap_or(false) {
                "---:".to_owned()
            } else {
                "---".to_owned()
            }
        }))
    );
    for row in rows {
        let _ = writeln!(
            out,
            "{}",
            cells(&mut (0..header.len()).map(|i| {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                if cell.is_empty() {
                    " ".to_owned()
                } else {
                    escape_cell(cell)
                }
            }))
        );
    }
}

fn capture_md(out: &mut String, block: &CaptureBlock, l: &Labels) {
    if block.value.is_empty() {
        let _ = writeln!(out, "_{}_", l.nothing);
        return;
    }
    match &block.value {
        CaptureView::Text(text) => {
            let _ = writeln!(out, "{}", text_block(text));
        }
        CaptureView::List(items) => {
            for item in items {
                let suffix = if item.chosen {
                    format!(" **({})**", l.chosen)
                } else {
                    String::new()
                };
                let _ = writeln!(out, "{}", bullet(&item.text, &suffix));
            }
        }
        CaptureView::Table { columns, rows } => {
            let header: Vec<&str> = columns.iter().map(String::as_str).collect();
            table(out, &header, &[], rows);
        }
        CaptureView::Votes(result) => {
            let _ = writeln!(out, "_{}_\n", votes_line(result, l));
            summary_table(out, &vote_columns(l), &vote_rows(result, l));
            if !result.orphans.is_empty() {
                let _ = writeln!(out, "\n{}:\n", l.dots_gone);
                for (item, dots, _) in &result.orphans {
                    let _ = writeln!(out, "{}", bullet(item, &format!(" ({dots})")));
                }
            }
        }
        CaptureView::Matrix(view) => {
            for (i, q) in view.quadrants.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let _ = writeln!(out, "_{}_\n", quadrant_name(view, q.x, q.y, l));
                if q.items.is_empty() {
                    let _ = writeln!(out, "- –");
                }
                for item in &q.items {
                    let _ = writeln!(out, "{}", bullet(item, ""));
                }
            }
            if !view.unplaced.is_empty() {
                let _ = writeln!(out, "\n_{}_\n", l.unplaced);
                for item in &view.unplaced {
                    let _ = writeln!(out, "{}", bullet(item, ""));
                }
            }
            if !view.orphans.is_empty() {
                let _ = writeln!(out, "\n_{}_\n", l.placed_gone);
                for p in &view.orphans {
                    let suffix = format!(" ({})", quadrant_name(view, p.x, p.y, l));
                    let _ = writeln!(out, "{}", bullet(&p.item, &suffix));
                }
            }
        }
    }
}

/// A vote's total in words: "12 av 15 prickar givna (5 personer × 3)", or without the number
/// of people "12 prickar givna, 3 per person".
pub fn votes_line(result: &VoteResult, l: &Labels) -> String {
    match (result.participants, result.budget()) {
        (Some(people), Some(budget)) => l.language.fmt(
            Key::SumDotsBudget,
            &[
                ("given", &result.given),
                ("budget", &budget),
                ("people", &people),
                ("dots", &result.per_person),
            ],
        ),
        _ => l.language.fmt(
            Key::SumDotsGiven,
            &[("given", &result.given), ("dots", &result.per_person)],
        ),
    }
}

/// A rank in words: "1:a", "delad 2:a" ("1st", "tied 2nd"); empty without dots.
pub fn rank_text(rank: Option<usize>, tied: bool, l: &Labels) -> String {
    match rank {
        Some(rank) if tied => format!(
            "{} {}",
            l.tied,
            ordinal(rank, l.language == Language::English)
        ),
        Some(rank) => ordinal(rank, l.language == Language::English),
        None => String::new(),
    }
}

/// A vote's rows: rank, item, dots, "yes" when chosen.
pub fn vote_rows(result: &VoteResult, l: &Labels) -> Vec<Vec<String>> {
    result
        .rows
        .iter()
        .map(|r| {
            vec![
                rank_text(r.rank, r.tied, l),
                r.item.clone(),
                r.dots.to_string(),
                if r.chosen {
                    l.yes.to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect()
}

/// A matrix cell's name from its axes: "Insats låg, Nytta hög".
pub fn quadrant_name(view: &MatrixView, x: u8, y: u8, l: &Labels) -> String {
    let level = |v: u8| if v > 0 { l.high } else { l.low };
    format!("{} {}, {} {}", view.x, level(x), view.y, level(y))
}

/// Whether a captured table's column holds only short cells (a date, a status, a name), which
/// read better on one line (the Word and PDF tables keep them whole where the page has room).
pub fn short_cells(rows: &[Vec<String>], column: usize) -> bool {
    rows.iter()
        .filter_map(|r| r.get(column))
        .all(|c| c.chars().count() <= 18 && !c.contains('\n'))
}

/// A column of one of the summary's own tables, the same in every rendering: its heading,
/// whether it holds numbers (set to the right), whether its cells stay on one line (a rank such
/// as "delad 2:a"), and its share of the width (PDF and Word).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SummaryColumn<'a> {
    /// The heading.
    pub name: &'a str,
    /// Numbers: set to the right.
    pub right: bool,
    /// Its cells do not wrap.
    pub whole: bool,
    /// Its share of the width, relative to the other columns.
    pub weight: f32,
}

impl<'a> SummaryColumn<'a> {
    /// A column of text with a share of the width.
    pub const fn new(name: &'a str, weight: f32) -> SummaryColumn<'a> {
        SummaryColumn {
            name,
            right: false,
            whole: false,
            weight,
        }
    }

    const fn right(self) -> SummaryColumn<'a> {
        SummaryColumn {
            right: true,
            ..self
        }
    }

    const fn whole(self) -> SummaryColumn<'a> {
        SummaryColumn {
            whole: true,
            ..self
        }
    }
}

/// The columns of the time table (see [`time_rows`]).
pub fn time_columns(l: &Labels) -> [SummaryColumn<'static>; 6] {
    [
        SummaryColumn::new(l.step, 3.2),
        SummaryColumn::new(l.start, 1.3),
        SummaryColumn::new(l.planned_min, 1.3).right(),
        SummaryColumn::new(l.actual_min, 1.3).right(),
        SummaryColumn::new(l.difference_min, 1.3).right(),
        SummaryColumn::new(l.remark, 2.0),
    ]
}

/// The columns of a vote's table (see [`vote_rows`]).
pub fn vote_columns(l: &Labels) -> [SummaryColumn<'static>; 4] {
    [
        SummaryColumn::new(l.rank, 1.8).whole(),
        SummaryColumn::new(l.item, 5.0),
        SummaryColumn::new(l.dots, 1.2).right(),
        SummaryColumn::new(l.kept, 1.0),
    ]
}

/// The columns of the drawn cards' table (see [`card_rows`]).
pub fn card_columns(l: &Labels) -> [SummaryColumn<'static>; 5] {
    [
        SummaryColumn::new(l.card, 3.0),
        SummaryColumn::new(l.category, 2.0),
        SummaryColumn::new(l.step, 2.5),
        SummaryColumn::new(l.clock, 1.0),
        SummaryColumn::new(l.kept, 1.0),
    ]
}

/// The columns of a follow-up's progress table (see
/// [`FollowUpSummary::table`](crate::session::followup::FollowUpSummary::table)).
pub fn progress_columns(language: Language) -> [SummaryColumn<'static>; 4] {
    let pl = crate::session::plan::PlanLabels::of(language);
    [
        SummaryColumn::new(pl.row, 1.6),
        SummaryColumn::new(pl.before, 1.0),
        SummaryColumn::new(pl.after, 1.0),
        SummaryColumn::new(pl.learned, 1.6),
    ]
}

/// The time table's rows: one per step (title, planned start, planned, actual and difference
/// in minutes, remarks), then the total row. Plain text; each rendering adds its own emphasis.
pub fn time_rows(data: &SummaryData) -> Vec<Vec<String>> {
    let l = data.language.labels();
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut rows: Vec<Vec<String>> = data
        .steps
        .iter()
        .map(|s| {
            let mut remarks = Vec::new();
            if s.skipped {
                remarks.push(l.skipped.to_owned());
            }
            if s.extra_minutes > 0 {
                remarks.push(format!("{} {} {}", l.added, s.extra_minutes, l.min));
            } else if s.extra_minutes < 0 {
                remarks.push(format!("{} {} {}", l.removed, -s.extra_minutes, l.min));
            }
            vec![
                format!("{}. {}", s.number, s.title),
                clock(&s.planned_start),
                s.planned_minutes.to_string(),
                s.actual_minutes.to_string(),
                signed(s.difference_minutes),
                remarks.join(", "),
            ]
        })
        .collect();
    let t = &data.totals;
    rows.push(vec![
        l.total.to_owned(),
        String::new(),
        t.planned_minutes.to_string(),
        t.actual_minutes.to_string(),
        signed(t.difference_minutes),
        String::new(),
    ]);
    rows
}

/// The drawn cards' rows: title, category, step, clock time, "yes" when kept.
pub fn card_rows(data: &SummaryData) -> Vec<Vec<String>> {
    let l = data.language.labels();
    data.cards
        .iter()
        .map(|c| {
            vec![
                c.title.clone(),
                c.category.clone(),
                c.step.clone().unwrap_or_default(),
                c.at.format("%H:%M").to_string(),
                if c.kept {
                    l.yes.to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect()
}

/// The totals as sentences: planned and actual time with the pace, steps skipped, cards drawn
/// and kept, items chosen, actions in the plan.
pub fn totals_lines(data: &SummaryData) -> Vec<String> {
    let l = data.language.labels();
    let t = &data.totals;
    let diff = t.difference_minutes;
    let pace = match diff.cmp(&0) {
        std::cmp::Ordering::Less => format!("{} {} {}", -diff, l.min, l.ahead),
        std::cmp::Ordering::Greater => format!("{} {} {}", diff, l.min, l.behind),
        std::cmp::Ordering::Equal => l.on_time.to_owned(),
    };
    vec![
        format!("{}: {} {}", l.planned_time, t.planned_minutes, l.min),
        format!("{}: {} {} ({pace})", l.actual_time, t.actual_minutes, l.min),
        format!("{}: {}", l.steps_skipped, t.steps_skipped),
        format!(
            "{}: {} ({} {})",
            l.cards_drawn, t.cards_drawn, l.cards_kept, t.cards_kept
        ),
        format!("{}: {}", l.items_chosen, t.items_chosen),
        format!("{}: {}", l.actions, t.actions),
    ]
}

/// Renders a summary as Markdown.
pub fn render_markdown(data: &SummaryData) -> String {
    let l = data.language.labels();
    let clock = |t: &DateTime<FixedOffset>| t.format("%H:%M").to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} – {}\n",
        one_line(&data.workshop_title),
        l.summary
    );
    let _ = writeln!(
        out,
        "- **{}:** {} (`{}`)",
        l.workshop,
        one_line(&data.workshop_title),
        data.workshop_id
    );
    let _ = writeln!(out, "- **{}:** {}", l.date, data.language.date(data.date));
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.planned_start,
        clock(&data.planned_start)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.actual_start,
        data.actual_start
            .as_ref()
            .map_or_else(|| l.not_started.to_owned(), clock)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.finished,
        data.finished
            .as_ref()
            .map_or_else(|| l.not_finished.to_owned(), clock)
    );
    if let Some(deck) = &data.deck {
        let _ = writeln!(out, "- **{}:** {}", l.deck, one_line(deck));
    }
    let _ = writeln!(out, "- **{}:** {}", l.seed, data.seed);
    let _ = writeln!(out, "- **{}:** `{}`", l.session, data.session);
    if let Some(f) = &data.follow_up {
        let _ = writeln!(
            out,
            "- **{}:** {} (`{}`, {})",
            crate::session::plan::PlanLabels::of(data.language).follow_up_of,
            one_line(&f.workshop),
            f.session,
            data.language.date(f.date)
        );
    }

    if !data.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", l.notes);
        for note in &data.notes {
            let _ = writeln!(out, "{}", bullet(note, ""));
        }
    }

    if !data.roles.is_empty() {
        let _ = writeln!(out, "\n## {}\n", l.roles);
        for r in &data.roles {
            let _ = writeln!(out, "- **{}:** {}", one_line(&r.role), one_line(&r.people));
        }
    }

    let _ = writeln!(out, "\n## {}\n", l.time);
    let mut rows = time_rows(data);
    if let Some(total) = rows.last_mut() {
        for cell in total.iter_mut().filter(|c| !c.is_empty()) {
            *cell = format!("**{cell}**");
        }
    }
    summary_table(&mut out, &time_columns(l), &rows);

    let _ = writeln!(out, "\n## {}\n", l.cards);
    if data.cards.is_empty() {
        let _ = writeln!(out, "{}", l.no_cards);
    } else {
        let rows = card_rows(data);
        summary_table(&mut out, &card_columns(l), &rows);
    }

    let _ = writeln!(out, "\n## {}", l.captures);
    let mut last_step: Option<&str> = None;
    let mut others = false;
    for block in &data.captures {
        match &block.step {
            Some(step) => {
                if last_step != Some(step.as_str()) {
                    let _ = writeln!(out, "\n### {}", one_line(step));
                    last_step = Some(step);
                }
            }
            None => {
                if !others {
                    let _ = writeln!(out, "\n### {}", l.other_fields);
                    others = true;
                }
            }
        }
        let _ = writeln!(out, "\n**{}**\n", one_line(&block.label));
        capture_md(&mut out, block, l);
    }

    if let Some(plan) = &data.action_plan {
        let _ = writeln!(out, "\n## {}\n", l.action_plan);
        capture_md(&mut out, plan, l);
    }

    if let Some(f) = &data.follow_up {
        let pl = crate::session::plan::PlanLabels::of(data.language);
        let _ = writeln!(out, "\n## {}\n", pl.progress);
        let _ = writeln!(
            out,
            "{}: {} (`{}`, {})\n",
            pl.follow_up_of,
            one_line(&f.workshop),
            f.session,
            data.language.date(f.date)
        );
        if f.rows.is_empty() {
            let _ = writeln!(out, "_{}_", l.nothing);
        } else {
            summary_table(
                &mut out,
                &progress_columns(data.language),
                &f.table(data.language),
            );
        }
    }

    let _ = writeln!(out, "\n## {}\n", l.totals);
    for line in totals_lines(data) {
        let _ = writeln!(out, "- {line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_on_one_line_and_escape_pipes() {
        assert_eq!(escape_cell("a | b\r\n\nc\\d"), "a \\| b / c\\\\d");
        assert_eq!(one_line(" x \n\n y "), "x / y");
    }

    #[test]
    fn running_text_cannot_become_headings_or_rules() {
        assert_eq!(
            text_block("# Rubrik\n---\n\n\n- punkt\n1. ett"),
            "\\# Rubrik\n\\---\n\n- punkt\n1. ett"
        );
        assert_eq!(
            bullet("två\nrader", " **(vald)**"),
            "- två\n  rader **(vald)**"
        );
        assert_eq!(bullet("", ""), "- –");
    }
}
