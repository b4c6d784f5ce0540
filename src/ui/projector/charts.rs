//! The projector's charts of choosing together: the dot vote as large bars and the matrix as
//! four cells, laid out in proportions of the window height `h` so they read from the back of
//! a room. The cockpit's editors of the same captures are in [`crate::ui::choosing`].

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};

use super::{STAGE_TEXT, STAGE_WEAK};
use crate::ui::choosing::ProjectedBar;
use crate::ui::i18n::{Key, Language, fill};

/// The colour of a chosen bar on the stage.
const CHOSEN: Color32 = Color32::from_rgb(0x7F, 0xD8, 0x9A);
/// The colour of the other bars.
const BAR: Color32 = Color32::from_rgb(0x8F, 0xB8, 0xDE);
/// Dark text on a bar.
const ON_BAR: Color32 = Color32::from_rgb(0x10, 0x14, 0x18);

/// Text wrapped into `rect` in at most `rows` lines, cut with "…".
fn wrapped(
    ui: &egui::Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
    rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let mut job =
        egui::text::LayoutJob::simple(text.to_owned(), FontId::proportional(size), color, width);
    job.wrap.max_rows = rows.max(1);
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    ui.ctx().fonts_mut(|f| f.layout_job(job))
}

/// Marks `rect` for screen readers and tests with `name`, drawing nothing.
fn mark(ui: &mut egui::Ui, rect: Rect, name: String) {
    ui.allocate_rect(rect, Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
}

/// The vote as large horizontal bars in `rect`, most dots first: rank, the item (up to two
/// lines, cut with "…"), a bar as long as its dots with the count on it. Rows shrink to fit
/// down to a size readable at the back of the room; what still does not fit is counted as
/// "+N till" in the last row. The item's text has half the width, the bars the rest: a bar
/// only has to be long enough to compare, and the room has to read the whole idea. Returns
/// how many shown items were cut.
pub fn votes_chart_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    label: &str,
    line: &str,
    bars: &[ProjectedBar],
    language: Language,
    h: f32,
) -> usize {
    let title_size = h * 0.036;
    let title = Rect::from_min_size(rect.min, vec2(rect.width(), title_size * 1.5));
    let g = wrapped(
        ui,
        &format!("{label} · {line}"),
        title_size,
        STAGE_WEAK,
        rect.width(),
        1,
    );
    ui.painter().galley(
        title.left_center() - vec2(0.0, g.size().y / 2.0),
        g,
        STAGE_WEAK,
    );
    let area = Rect::from_min_max(pos2(rect.min.x, title.max.y + h * 0.01), rect.max);
    if bars.is_empty() || area.height() < h * 0.04 {
        return 0;
    }
    let mut cut = 0;
    let n = bars.len();
    let min_row = h * 0.058;
    let row_h = (area.height() / n as f32)
        .clamp(min_row, h * 0.11)
        .min(area.height());
    let fit = ((area.height() / row_h).floor() as usize).max(1);
    let (shown, more) = if fit >= n {
        (n, 0)
    } else {
        (fit - 1, n - (fit - 1))
    };
    let size = (row_h * 0.4).clamp(h * 0.024, h * 0.042);
    let rank_w = area.width() * 0.1;
    let label_w = area.width() * 0.5;
    let count_w = size * 2.5;
    let bar_x = area.min.x + rank_w + label_w + size * 0.5;
    let bar_w = (area.max.x - bar_x - count_w).max(10.0);
    let most = bars.iter().map(|b| b.dots).max().unwrap_or(0).max(1);
    for (i, bar) in bars.iter().take(shown).enumerate() {
        let top = area.min.y + i as f32 * row_h;
        let row = Rect::from_min_size(pos2(area.min.x, top), vec2(area.width(), row_h));
        let cy = row.center().y;
        let color = if bar.chosen { STAGE_TEXT } else { STAGE_WEAK };
        let rank = wrapped(
            ui,
            &bar.rank,
            size * 0.9,
            STAGE_WEAK,
            rank_w - size * 0.3,
            1,
        );
        ui.painter()
            .galley(pos2(row.min.x, cy - rank.size().y / 2.0), rank, STAGE_WEAK);
        // A chosen idea has a sticker before its text.
        let sticker = size * 0.7;
        let text_x = row.min.x + rank_w + sticker + size * 0.3;
        if bar.chosen {
            ui.painter().circle_filled(
                pos2(row.min.x + rank_w + sticker / 2.0, cy),
                sticker / 2.0,
                CHOSEN,
            );
        }
        let g = wrapped(
            ui,
            &bar.item,
            size,
            color,
            label_w - sticker - size * 0.8,
            2,
        );
        cut += usize::from(g.elided);
        ui.painter()
            .galley(pos2(text_x, cy - g.size().y / 2.0), g, color);
        let len = bar_w * bar.dots as f32 / most as f32;
        let bar_rect = Rect::from_min_size(
            pos2(bar_x, cy - row_h * 0.32),
            vec2(len.max(if bar.dots > 0 { 4.0 } else { 0.0 }), row_h * 0.64),
        );
        if bar.dots > 0 {
            ui.painter().rect_filled(
                bar_rect,
                row_h * 0.08,
                if bar.chosen { CHOSEN } else { BAR },
            );
        }
        let count = bar.dots.to_string();
        let count_font = FontId::proportional(size * 1.1);
        let count_w_now = ui.ctx().fonts_mut(|f| {
            f.layout_no_wrap(count.clone(), count_font.clone(), ON_BAR)
                .size()
                .x
        });
        if bar_rect.width() > count_w_now + size {
            ui.painter().text(
                pos2(bar_rect.max.x - size * 0.4, cy),
                Align2::RIGHT_CENTER,
                &count,
                count_font,
                ON_BAR,
            );
        } else {
            ui.painter().text(
                pos2(bar_rect.max.x + size * 0.4, cy),
                Align2::LEFT_CENTER,
                &count,
                count_font,
                STAGE_TEXT,
            );
        }
        mark(
            ui,
            Rect::from_min_max(
                pos2(bar_x, bar_rect.min.y),
                pos2(bar_x + len.max(1.0), bar_rect.max.y),
            ),
            fill(
                language.tr(Key::ChartBar),
                &[
                    ("item", &bar.item),
                    ("dots", &bar.dots),
                    ("rank", &bar.rank),
                ],
            ),
        );
    }
    if more > 0 {
        let top = area.min.y + shown as f32 * row_h;
        let row = Rect::from_min_size(pos2(area.min.x, top), vec2(area.width(), row_h));
        let words = fill(language.tr(Key::MoreItems), &[("n", &more)]);
        let at = ui.painter().text(
            pos2(row.min.x + rank_w, row.center().y),
            Align2::LEFT_CENTER,
            &words,
            FontId::proportional(size),
            STAGE_WEAK,
        );
        mark(ui, at, words);
    }
    cut
}

/// The largest text of a matrix cell's items, in window heights.
const MATRIX_TEXT: f32 = 0.034;
/// The smallest: still read at the back of a room.
const MATRIX_FLOOR: f32 = 0.02;

/// The matrix in `rect`: four cells with their names and items (each cell's text shrinks until
/// its items fit, down to a size still readable; beyond that items wrap to three lines and end
/// with "…", and what does not fit is counted "+N"), the y axis's name at the top left and the
/// x axis's name at the bottom right. Every item is named for screen readers.
#[allow(clippy::too_many_arguments)]
pub fn matrix_chart_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    label: &str,
    x: &str,
    y: &str,
    cells: &[(String, Vec<String>)],
    language: Language,
    h: f32,
) {
    let axis_size = h * 0.03;
    let top_line = Rect::from_min_size(rect.min, vec2(rect.width(), axis_size * 1.5));
    let arrow = axis_size * 0.9;
    let g = wrapped(
        ui,
        &format!("{y}   ·   {label}"),
        axis_size,
        STAGE_TEXT,
        rect.width() - arrow * 1.5,
        1,
    );
    ui.painter().galley(
        top_line.left_center() + vec2(arrow * 1.5, -g.size().y / 2.0),
        g,
        STAGE_TEXT,
    );
    let stroke = Stroke::new((h * 0.003).max(1.5), STAGE_TEXT);
    let line = |a: Pos2, b: Pos2| ui.painter().line_segment([a, b], stroke);
    // An arrow up before the y axis's name: it grows upwards.
    let c = top_line.left_center() + vec2(arrow * 0.5, 0.0);
    let tip = c - vec2(0.0, arrow * 0.5);
    line(c + vec2(0.0, arrow * 0.5), tip);
    line(tip, tip + vec2(-arrow * 0.3, arrow * 0.35));
    line(tip, tip + vec2(arrow * 0.3, arrow * 0.35));
    let bottom_line = Rect::from_min_max(pos2(rect.min.x, rect.max.y - axis_size * 1.5), rect.max);
    let text = ui.painter().text(
        bottom_line.right_center() - vec2(arrow * 1.5, 0.0),
        Align2::RIGHT_CENTER,
        x,
        FontId::proportional(axis_size),
        STAGE_TEXT,
    );
    // An arrow to the right after the x axis's name.
    let c = pos2(bottom_line.max.x - arrow * 0.5, text.center().y);
    let tip = c + vec2(arrow * 0.5, 0.0);
    line(c - vec2(arrow * 0.5, 0.0), tip);
    line(tip, tip + vec2(-arrow * 0.35, -arrow * 0.3));
    line(tip, tip + vec2(-arrow * 0.35, arrow * 0.3));
    let grid = Rect::from_min_max(
        pos2(rect.min.x, top_line.max.y + h * 0.005),
        pos2(rect.max.x, bottom_line.min.y - h * 0.005),
    );
    if grid.height() < h * 0.08 {
        return;
    }
    let gap = h * 0.008;
    let cell_w = (grid.width() - gap) / 2.0;
    let cell_h = (grid.height() - gap) / 2.0;
    let pad = h * 0.01;
    let name_size = h * 0.022;
    // Each cell its own text size: the largest at which its items fit, so one crowded cell
    // leaves the others as large as they were; down to a floor still readable at the back of
    // the room, below which items wrap to three lines, end with "…" and the rest is counted.
    let room = cell_h - name_size * 1.4 - 2.0 * pad;
    let fits = |items: &[String], size: f32| {
        let used: f32 = items
            .iter()
            .map(|i| {
                wrapped(
                    ui,
                    &format!("• {i}"),
                    size,
                    STAGE_TEXT,
                    cell_w - 2.0 * pad,
                    3,
                )
                .size()
                .y + size * 0.2
            })
            .sum();
        used <= room
    };
    let size_of = |items: &[String]| {
        let mut size = MATRIX_TEXT * h;
        while size > MATRIX_FLOOR * h && !fits(items, size) {
            size = (size * 0.9).max(MATRIX_FLOOR * h);
        }
        size
    };
    let sizes: Vec<f32> = cells.iter().map(|(_, items)| size_of(items)).collect();
    for (i, ((name, items), size)) in cells.iter().zip(sizes).enumerate().take(4) {
        let cx = (i % 2) as f32;
        let cy = (i / 2) as f32;
        let cell = Rect::from_min_size(
            pos2(
                grid.min.x + cx * (cell_w + gap),
                grid.min.y + cy * (cell_h + gap),
            ),
            vec2(cell_w, cell_h),
        );
        let fill_color = if i == 0 {
            Color32::from_rgb(0x1E, 0x3A, 0x2A)
        } else {
            Color32::from_rgb(0x22, 0x29, 0x31)
        };
        ui.painter().rect_filled(cell, h * 0.008, fill_color);
        ui.painter().text(
            cell.min + vec2(pad, pad),
            Align2::LEFT_TOP,
            name,
            FontId::proportional(name_size),
            STAGE_WEAK,
        );
        let mut ty = cell.min.y + pad + name_size * 1.4;
        for (k, item) in items.iter().enumerate() {
            let g = wrapped(
                ui,
                &format!("• {item}"),
                size,
                STAGE_TEXT,
                cell.width() - 2.0 * pad,
                3,
            );
            // Room for the count of the rest under an item that is not the last.
            let count_line = if k + 1 < items.len() { size * 1.3 } else { 0.0 };
            if ty + g.size().y + count_line > cell.max.y - pad {
                let rest = format!("+{}", items.len() - k);
                let at = ui.painter().text(
                    pos2(cell.max.x - pad, cell.max.y - pad),
                    Align2::RIGHT_BOTTOM,
                    &rest,
                    FontId::proportional(size),
                    STAGE_WEAK,
                );
                mark(ui, at, rest);
                break;
            }
            let at = Rect::from_min_size(pos2(cell.min.x + pad, ty), g.size());
            ui.painter().galley(at.min, g, STAGE_TEXT);
            mark(ui, at, item.clone());
            ty += at.height() + size * 0.2;
        }
        mark(
            ui,
            cell,
            fill(
                language.tr(Key::ChartCell),
                &[("name", name), ("items", &items.len())],
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::sample::LONG_IDEAS as IDEAS;

    /// How many of the nine ideas the chart cuts on a projector of `w`×`h`, in the rectangle
    /// the projector gives it (under the title and the timer, above the next step's line).
    fn cut_on(w: f32, h: f32) -> usize {
        let bars: Vec<ProjectedBar> = IDEAS
            .iter()
            .zip([4, 3, 3, 2, 2, 1, 1, 1, 1])
            .map(|(item, dots)| ProjectedBar {
                item: (*item).to_owned(),
                dots,
                rank: String::new(),
                chosen: dots > 2,
            })
            .collect();
        let ctx = egui::Context::default();
        let mut cut = usize::MAX;
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(w, h))),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            let rect = Rect::from_min_max(pos2(w * 0.017, h * 0.31), pos2(w * 0.983, h * 0.92));
            cut = votes_chart_ui(
                ui,
                rect,
                "Prickröstning",
                "18 av 18",
                &bars,
                Language::Swedish,
                h,
            );
        });
        output.textures_delta.clear();
        cut
    }

    #[test]
    fn the_projected_vote_shows_nine_full_sentence_ideas_whole() {
        assert_eq!(cut_on(1920.0, 1080.0), 0, "1920×1080");
        assert_eq!(cut_on(1280.0, 800.0), 0, "1280×800");
    }
}
