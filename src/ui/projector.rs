//! What the room sees: the projector window (or the full-screen room view on a single screen).
//!
//! [`ProjectorView`] is the view model: built from the session at `now`, it holds only what may
//! be shown to the group (it has no place for facilitator notes). [`projector_ui`] lays it out
//! in proportions of the window, so it reads the same from the back of a room on any projector:
//! the timer takes about half the height, the phase is shown as a word and a shape (never by
//! colour alone), the current step's cards are large, and a break step shows a break screen.
//! The stage palette is fixed and dark, whatever the facilitator's theme: each phase colour
//! differs from the others in brightness and contrasts at least 4.5:1 with the background.

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, pos2, vec2};

use super::i18n::{Key, Language, fill};
use super::theme::color_of;
use crate::model::{Deck, FieldKind};
use crate::session::{Capture, Phase, Session};

mod charts;

/// The stage background.
pub const STAGE_BG: Color32 = Color32::from_rgb(0x10, 0x14, 0x18);
/// Ordinary text on the stage.
pub const STAGE_TEXT: Color32 = Color32::from_rgb(0xF2, 0xF4, 0xF6);
/// Secondary text on the stage.
pub const STAGE_WEAK: Color32 = Color32::from_rgb(0xB4, 0xBE, 0xC8);

/// The most cards the projector shows at once (the newest of the step).
pub const PROJECTED_CARDS: usize = 3;

/// The timer's share of the window height in the ordinary view.
pub const TIMER_SHARE: f32 = 0.5;

/// How the step's timer stands, as the room should read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerState {
    /// The step's timer has not been started.
    NotStarted,
    /// Running, in this phase.
    Running(Phase),
    /// Paused, in this phase.
    Paused(Phase),
}

impl TimerState {
    /// How the current step of `session` stands at `now`.
    pub fn of(session: &Session, now: DateTime<Utc>) -> TimerState {
        let phase = session.phase(now);
        if session.is_running() {
            TimerState::Running(phase)
        } else if session.current_timing().started().is_some() {
            TimerState::Paused(phase)
        } else {
            TimerState::NotStarted
        }
    }

    /// The phase behind the state (a step not started is in its normal phase).
    pub fn phase(self) -> Phase {
        match self {
            TimerState::NotStarted => Phase::Normal,
            TimerState::Running(p) | TimerState::Paused(p) => p,
        }
    }
}

/// The colour of a phase on the stage background (see the module's note on brightness).
pub fn stage_color(state: TimerState) -> Color32 {
    match state {
        TimerState::NotStarted | TimerState::Paused(_) => STAGE_WEAK,
        TimerState::Running(Phase::Normal) => Color32::from_rgb(0xD8, 0xF5, 0xE0),
        TimerState::Running(Phase::Warning) => Color32::from_rgb(0xFF, 0xB0, 0x20),
        TimerState::Running(Phase::Overrun) => Color32::from_rgb(0xFF, 0x6B, 0x5E),
    }
}

/// The phase as a word for the room: "Paus", "2 min kvar", "Tiden är ute!"; empty while the
/// time runs normally (the shape still shows).
pub fn phase_text(state: TimerState, remaining: TimeDelta, language: Language) -> String {
    match state {
        TimerState::NotStarted => language.tr(Key::NotStarted).to_owned(),
        TimerState::Paused(_) => language.tr(Key::Paused).to_owned(),
        TimerState::Running(Phase::Normal) => String::new(),
        TimerState::Running(Phase::Warning) => {
            let minutes = (remaining.num_seconds() + 59) / 60;
            fill(language.tr(Key::MinutesLeft), &[("n", &minutes.max(1))])
        }
        TimerState::Running(Phase::Overrun) => language.tr(Key::TimeUp).to_owned(),
    }
}

/// Paints the shape of a timer state in `rect`: a ring (not started), two bars (paused), a disc
/// (normal), a triangle (warning), a square (time is up).
pub fn paint_state_shape(painter: &egui::Painter, rect: Rect, state: TimerState, color: Color32) {
    let c = rect.center();
    let r = rect.width().min(rect.height()) / 2.0;
    match state {
        TimerState::NotStarted => {
            painter.circle_stroke(c, r * 0.8, Stroke::new(r * 0.22, color));
        }
        TimerState::Paused(_) => {
            let w = r * 0.55;
            for dx in [-r * 0.5, r * 0.5] {
                let bar = Rect::from_center_size(c + vec2(dx, 0.0), vec2(w, r * 1.7));
                painter.rect_filled(bar, r * 0.1, color);
            }
        }
        TimerState::Running(Phase::Normal) => {
            painter.circle_filled(c, r * 0.85, color);
        }
        TimerState::Running(Phase::Warning) => {
            let points = vec![
                pos2(c.x, c.y - r * 0.95),
                pos2(c.x + r, c.y + r * 0.8),
                pos2(c.x - r, c.y + r * 0.8),
            ];
            painter.add(egui::Shape::convex_polygon(points, color, Stroke::NONE));
        }
        TimerState::Running(Phase::Overrun) => {
            painter.rect_filled(
                Rect::from_center_size(c, vec2(r * 1.6, r * 1.6)),
                r * 0.15,
                color,
            );
        }
    }
}

/// A card as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectorCard {
    /// The card's id.
    pub id: String,
    /// The card's title.
    pub title: String,
    /// The card's text (empty when the deck is not at hand).
    pub text: String,
    /// The category's name.
    pub category: String,
    /// The category's colour as written in the deck (`#RRGGBB`).
    pub color: String,
    /// Whether the group kept it.
    pub kept: bool,
}

/// A table (such as the action plan) shown to the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectedTable {
    /// The field's label.
    pub label: String,
    /// The column names.
    pub columns: Vec<String>,
    /// The rows, one text per column.
    pub rows: Vec<Vec<String>>,
}

/// Everything the projector shows, and nothing more: no facilitator notes.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectorView {
    /// The step's number and title.
    pub title: String,
    /// The step's instructions to the group.
    pub instructions: String,
    /// The newest cards of this step on the table or kept, oldest first (at most
    /// [`PROJECTED_CARDS`]).
    pub cards: Vec<ProjectorCard>,
    /// How many more of this step's cards there are than shown.
    pub more_cards: usize,
    /// The big timer, e.g. `12:00` or `−02:13`.
    pub timer_text: String,
    /// The timer's phase.
    pub phase: Phase,
    /// How the timer stands.
    pub state: TimerState,
    /// The phase as a word ("Paus", "2 min kvar", "Tiden är ute!"), empty while time runs
    /// normally.
    pub phase_text: String,
    /// How much of the step's time has passed, 0 to 1.
    pub progress: f32,
    /// The next step and its expected clock time, e.g. "Nästa: 4. Skapa idéer · 14:10".
    pub next: Option<String>,
    /// On a break step: "Paus till 14:25".
    pub break_until: Option<String>,
    /// A table field the facilitator chose to show.
    pub table: Option<ProjectedTable>,
    /// The step's vote or matrix (or the one the facilitator chose to show).
    pub choice: Option<super::choosing::ProjectedChoice>,
    /// The language of the room's words (such as "+3 till" under a vote that does not fit).
    pub language: Language,
}

/// The language of the room: the workshop's, since the participants read the projector (the
/// facilitator's interface may be in another language).
pub fn room_language(session: &Session) -> Language {
    Language::for_content(&session.workshop().language)
}

impl ProjectorView {
    /// The room's view of `session` at `now`, with card texts from `deck`, in `language`, and
    /// the table field `table_field` when the facilitator shows one.
    pub fn build(
        session: &Session,
        deck: Option<&Deck>,
        now: DateTime<Utc>,
        language: Language,
        table_field: Option<&str>,
    ) -> ProjectorView {
        let step = session.step();
        let state = TimerState::of(session, now);
        let remaining = session.remaining(now);
        let cards_of_step = super::workshop::step_cards(session);
        let shown: Vec<&super::workshop::StepCard> =
            cards_of_step.iter().filter(|c| !c.discarded).collect();
        let more_cards = shown.len().saturating_sub(PROJECTED_CARDS);
        let cards = shown
            .iter()
            .skip(more_cards)
            .map(|c| {
                let card = deck.and_then(|d| d.cards.iter().find(|k| k.id == c.card.id));
                let category = deck.and_then(|d| {
                    d.categories
                        .iter()
                        .find(|k| k.id == c.card.category)
                        .cloned()
                });
                ProjectorCard {
                    id: c.card.id.clone(),
                    title: c.card.title.clone(),
                    text: card.map(|k| k.text.clone()).unwrap_or_default(),
                    category: category
                        .as_ref()
                        .map_or_else(|| c.card.category.clone(), |k| k.name.clone()),
                    color: category.map(|k| k.color).unwrap_or_default(),
                    kept: c.kept,
                }
            })
            .collect();
        let timing = session.current_timing();
        let budget = timing.budget().num_milliseconds().max(1) as f32;
        let progress = (timing.elapsed(now).num_milliseconds() as f32 / budget).clamp(0.0, 1.0);
        let offset = *session.planned_start().offset();
        let clock = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
        // When the step is expected to end: the cockpit's header and the agenda say the same
        // (before the timer starts, too, where `now + remaining` would run ahead of them).
        let step_end = session.current_window(now).1.with_timezone(&Utc);
        let next = session
            .workshop()
            .steps
            .get(session.current() + 1)
            .map(|s| {
                fill(
                    language.tr(Key::NextUp),
                    &[
                        ("step", &format!("{}. {}", session.current() + 2, s.title)),
                        ("time", &clock(step_end)),
                    ],
                )
            });
        let break_until = super::workshop::is_break(step)
            .then(|| fill(language.tr(Key::BreakUntil), &[("time", &clock(step_end))]));
        let table = table_field.and_then(|id| {
            let field = session.workshop().fields().find(|(_, f)| f.id == id)?.1;
            let FieldKind::Table { columns } = &field.kind else {
                return None;
            };
            let rows = match session.capture(id) {
                Some(Capture::Table(rows)) => rows.clone(),
                _ => Vec::new(),
            };
            Some(ProjectedTable {
                label: field.label.clone(),
                columns: columns.clone(),
                rows,
            })
        });
        ProjectorView {
            title: format!("{}. {}", session.current() + 1, step.title),
            instructions: step.instructions.clone(),
            cards,
            more_cards,
            timer_text: super::workshop::timer_text(remaining),
            phase: state.phase(),
            state,
            phase_text: phase_text(state, remaining, language),
            progress,
            next,
            break_until,
            choice: if table.is_some() {
                None
            } else {
                super::choosing::projected_choice(session, language, table_field)
            },
            table,
            language,
        }
    }
}

/// Places a single line of text at `size` (points) in `rect`, aligned by `align`, shrunk to
/// the rect's width when it would not fit. Returns the text's rectangle.
fn line_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    text: &str,
    size: f32,
    color: Color32,
    align: Align2,
    monospace: bool,
) -> Rect {
    let font = |s: f32| {
        if monospace {
            FontId::monospace(s)
        } else {
            FontId::proportional(s)
        }
    };
    let width = ui.ctx().fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font(size), color)
            .size()
            .x
    });
    let size = if width > rect.width() && width > 0.0 {
        (size * rect.width() / width).max(4.0)
    } else {
        size
    };
    let mut rich = RichText::new(text).size(size).color(color);
    if monospace {
        rich = rich.monospace();
    }
    let galley = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font(size), color));
    let at = align.align_size_within_rect(galley.size(), rect);
    ui.put(at, egui::Label::new(rich).extend());
    at
}

/// Wrapped text in `rect`, cut with "…" where it runs out of room.
fn text_block_ui(ui: &mut egui::Ui, rect: Rect, text: &str, size: f32, color: Color32) {
    let line_height = size * 1.25;
    let max_rows = ((rect.height() / line_height).floor() as usize).max(1);
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        FontId::proportional(size),
        color,
        rect.width(),
    );
    job.wrap.max_rows = max_rows;
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
    let at = Rect::from_min_size(rect.min, galley.size());
    ui.put(at, egui::Label::new(galley).extend());
}

/// The memory key that says the window is painted by OpenGL (eframe's glow renderer).
fn gl_clear_id() -> egui::Id {
    egui::Id::unique("projector-gl-clear")
}

/// Says that `ctx`'s windows are painted by OpenGL (eframe's glow renderer, whose paint
/// callbacks can clear the window): the projector's background is then the window's clear
/// instead of a window-sized rectangle. A software renderer (Mesa's llvmpipe) shades every pixel
/// of a rectangle; a clear is a memory fill. On the projector window this is about half of its
/// frame's CPU time (README, "Benchmarks"). Without it (headless tests, other renderers) the
/// rectangle is painted, the same colour.
pub fn enable_gl_clear(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(gl_clear_id(), true));
}

/// Fills `full` with `bg`: by clearing the window when `full` covers all of it and the
/// renderer is OpenGL ([`enable_gl_clear`]), otherwise with a rectangle.
fn paint_background(ui: &egui::Ui, full: Rect, bg: Color32) {
    let gl = ui
        .ctx()
        .data(|d| d.get_temp::<bool>(gl_clear_id()).unwrap_or(false));
    if gl && full.contains_rect(ui.ctx().viewport_rect()) {
        let color = bg.to_normalized_gamma_f32();
        // The clear ignores the clip: the whole window, under everything painted after it
        // (what a window-sized opaque rectangle would leave visible too).
        let clear = eframe::egui_glow::CallbackFn::new(move |info, painter| {
            eframe::egui_glow::painter::clear(painter.gl(), info.screen_size_px, color);
        });
        ui.painter().add(egui::PaintCallback {
            rect: full,
            callback: std::sync::Arc::new(clear),
        });
    } else {
        ui.painter().rect_filled(full, 0.0, bg);
    }
}

/// The room's view in the space of `ui`: blank, a break screen, or the step with its timer and
/// cards. `flashing` paints the time-up flash.
pub fn projector_ui(ui: &mut egui::Ui, view: &ProjectorView, blank: bool, flashing: bool) {
    let full = ui.max_rect();
    let bg = if flashing {
        Color32::from_rgb(0xB0, 0x1C, 0x10)
    } else if blank {
        Color32::BLACK
    } else {
        STAGE_BG
    };
    paint_background(ui, full, bg);
    if blank {
        // Something for screen readers and tests; nothing the room can see.
        ui.allocate_rect(full, Sense::hover()).widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Label,
                true,
                view.language.tr(Key::ProjectorBlank),
            )
        });
        return;
    }
    let h = full.height();
    let w = full.width();
    let margin = (h * 0.03).min(w * 0.03);
    let area = full.shrink(margin);
    let timer_color = if flashing {
        Color32::WHITE
    } else {
        stage_color(view.state)
    };

    // Header: the step's title on the left, the phase as a shape and a word on the right.
    let header_h = h * 0.075;
    let header = Rect::from_min_size(area.min, vec2(area.width(), header_h));
    let phase_w = if view.phase_text.is_empty() {
        header_h
    } else {
        area.width() * 0.38
    };
    // A gap of half the header's height between the title and the phase's shape.
    let title_rect = Rect::from_min_max(
        header.min,
        pos2(header.max.x - phase_w - header_h * 0.5, header.max.y),
    );
    line_ui(
        ui,
        title_rect,
        &view.title,
        h * 0.055,
        STAGE_TEXT,
        Align2::LEFT_CENTER,
        false,
    );
    let phase_rect = Rect::from_min_max(pos2(header.max.x - phase_w, header.min.y), header.max);
    let shape_rect = Rect::from_min_size(
        pos2(phase_rect.min.x, phase_rect.min.y + header_h * 0.15),
        vec2(header_h * 0.7, header_h * 0.7),
    );
    paint_state_shape(ui.painter(), shape_rect, view.state, timer_color);
    if !view.phase_text.is_empty() {
        let text_rect = Rect::from_min_max(
            pos2(shape_rect.max.x + header_h * 0.25, phase_rect.min.y),
            phase_rect.max,
        );
        line_ui(
            ui,
            text_rect,
            &view.phase_text,
            h * 0.055,
            timer_color,
            Align2::RIGHT_CENTER,
            false,
        );
    }

    // The step's progress.
    let bar_top = header.max.y + h * 0.012;
    let bar = Rect::from_min_size(pos2(area.min.x, bar_top), vec2(area.width(), h * 0.014));
    ui.painter()
        .rect_filled(bar, bar.height() / 2.0, Color32::from_gray(0x3A));
    let done = Rect::from_min_size(bar.min, vec2(bar.width() * view.progress, bar.height()));
    ui.painter()
        .rect_filled(done, bar.height() / 2.0, timer_color);
    ui.allocate_rect(bar, Sense::hover()).widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ProgressIndicator,
            true,
            format!("{:.0} %", view.progress * 100.0),
        )
    });

    // The footer: what comes next.
    let footer_h = h * 0.05;
    let footer = Rect::from_min_max(pos2(area.min.x, area.max.y - footer_h), area.max);
    if let Some(next) = &view.next {
        line_ui(
            ui,
            footer,
            next,
            h * 0.034,
            STAGE_WEAK,
            Align2::RIGHT_CENTER,
            false,
        );
    }

    let body = Rect::from_min_max(
        pos2(area.min.x, bar.max.y + h * 0.015),
        pos2(area.max.x, footer.min.y - h * 0.01),
    );
    if let Some(until) = &view.break_until {
        // A break: the time it ends, large, and the countdown under it.
        let top = Rect::from_min_size(body.min, vec2(body.width(), body.height() * 0.3));
        line_ui(
            ui,
            top,
            until,
            h * 0.12,
            STAGE_TEXT,
            Align2::CENTER_CENTER,
            false,
        );
        let rest = Rect::from_min_max(pos2(body.min.x, top.max.y), body.max);
        line_ui(
            ui,
            rest,
            &view.timer_text,
            rest.height() * 0.8,
            timer_color,
            Align2::CENTER_CENTER,
            true,
        );
        return;
    }
    let timer_share = if view.choice.is_some() {
        // The room reads the chart; the timer stays large enough to see.
        0.16
    } else if view.table.is_some() {
        0.22
    } else {
        TIMER_SHARE
    };
    let timer_rect = Rect::from_min_size(body.min, vec2(body.width(), h * timer_share));
    // The font size whose line is `timer_share` of the window height.
    let per_point = ui
        .ctx()
        .fonts_mut(|f| f.row_height(&FontId::monospace(100.0)))
        / 100.0;
    line_ui(
        ui,
        timer_rect,
        &view.timer_text,
        h * timer_share / per_point.max(0.1),
        timer_color,
        Align2::CENTER_CENTER,
        true,
    );
    let lower = Rect::from_min_max(pos2(body.min.x, timer_rect.max.y), body.max);
    if lower.height() < h * 0.05 {
        return;
    }
    if let Some(choice) = &view.choice {
        use super::choosing::ProjectedChoice as P;
        match choice {
            P::Votes { label, line, bars } => {
                charts::votes_chart_ui(ui, lower, label, line, bars, view.language, h);
            }
            P::Matrix {
                label, x, y, cells, ..
            } => charts::matrix_chart_ui(ui, lower, label, x, y, cells, view.language, h),
        }
    } else if let Some(table) = &view.table {
        table_ui(ui, lower, table, h);
    } else if view.cards.is_empty() {
        text_block_ui(ui, lower, &view.instructions, h * 0.036, STAGE_TEXT);
    } else {
        cards_ui(ui, lower, view, h);
    }
}

/// Up to three cards side by side, each a tile with its category band, title and text.
fn cards_ui(ui: &mut egui::Ui, rect: Rect, view: &ProjectorView, h: f32) {
    let n = view.cards.len() as f32;
    let gap = h * 0.02;
    let tile_w = ((rect.width() - gap * (n - 1.0)) / n).min(rect.width() * 0.5);
    let total = tile_w * n + gap * (n - 1.0);
    let mut x = rect.center().x - total / 2.0;
    let text_size = h * 0.032;
    for card in &view.cards {
        let tile = Rect::from_min_size(pos2(x, rect.min.y), vec2(tile_w, rect.height()));
        x += tile_w + gap;
        let band_color = if card.color.is_empty() {
            Color32::GRAY
        } else {
            color_of(&card.color)
        };
        let painter = ui.painter();
        painter.rect_filled(tile, h * 0.01, Color32::from_rgb(0xFA, 0xFA, 0xF7));
        let band = Rect::from_min_size(tile.min, vec2(tile.width(), h * 0.05));
        painter.rect_filled(band, h * 0.01, band_color);
        let pad = h * 0.012;
        line_ui(
            ui,
            band.shrink2(vec2(pad, 0.0)),
            &card.category,
            h * 0.03,
            super::theme::text_on(band_color),
            Align2::LEFT_CENTER,
            false,
        );
        let title = Rect::from_min_size(
            pos2(tile.min.x + pad, band.max.y + pad * 0.5),
            vec2(tile.width() - 2.0 * pad, h * 0.055),
        );
        let ink = Color32::from_rgb(0x1A, 0x1A, 0x1A);
        line_ui(
            ui,
            title,
            &card.title,
            h * 0.045,
            ink,
            Align2::LEFT_CENTER,
            false,
        );
        let text = Rect::from_min_max(
            pos2(tile.min.x + pad, title.max.y + pad * 0.5),
            tile.max - vec2(pad, pad),
        );
        if text.height() > text_size {
            text_block_ui(ui, text, &card.text, text_size, ink);
        }
        if card.kept {
            let mark = Rect::from_min_size(
                pos2(tile.max.x - h * 0.05, band.min.y + h * 0.008),
                vec2(h * 0.034, h * 0.034),
            );
            ui.painter().circle_filled(
                mark.center(),
                mark.width() / 2.0,
                super::theme::text_on(band_color),
            );
            ui.painter().text(
                mark.center(),
                Align2::CENTER_CENTER,
                "✓",
                FontId::proportional(h * 0.026),
                band_color,
            );
        }
    }
    if view.more_cards > 0 {
        let rest = Rect::from_min_size(
            pos2(rect.min.x, rect.max.y - h * 0.04),
            vec2(rect.width(), h * 0.04),
        );
        line_ui(
            ui,
            rest,
            &format!("+{}", view.more_cards),
            h * 0.03,
            STAGE_WEAK,
            Align2::RIGHT_CENTER,
            false,
        );
    }
}

/// A table with large text: the header row and as many rows as fit.
fn table_ui(ui: &mut egui::Ui, rect: Rect, table: &ProjectedTable, h: f32) {
    let size = h * 0.032;
    let columns = table.columns.len().max(1);
    let col_w = rect.width() / columns as f32;
    let row_h = size * 2.6;
    let mut y = rect.min.y;
    let cell = |column: usize, y: f32, hgt: f32| {
        Rect::from_min_size(
            Pos2::new(rect.min.x + column as f32 * col_w, y),
            vec2(col_w - size * 0.5, hgt),
        )
    };
    for (column, name) in table.columns.iter().enumerate() {
        line_ui(
            ui,
            cell(column, y, size * 1.4),
            name,
            size,
            STAGE_WEAK,
            Align2::LEFT_CENTER,
            false,
        );
    }
    y += size * 1.6;
    for row in &table.rows {
        if y + row_h > rect.max.y {
            break;
        }
        ui.painter().hline(
            rect.x_range(),
            y,
            Stroke::new(1.0, Color32::from_gray(0x50)),
        );
        for (column, text) in row.iter().enumerate().take(columns) {
            text_block_ui(
                ui,
                cell(column, y + size * 0.2, row_h),
                text,
                size,
                STAGE_TEXT,
            );
        }
        y += row_h + size * 0.3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::{contrast, luminance};

    /// The shapes of one projector frame alone in a 1024×640 window, with or without
    /// [`enable_gl_clear`].
    fn projector_shapes(gl: bool) -> Vec<egui::Shape> {
        let ctx = egui::Context::default();
        if gl {
            enable_gl_clear(&ctx);
        }
        let view = ProjectorView {
            title: "1. Välkomna".to_owned(),
            instructions: "Vi börjar.".to_owned(),
            cards: Vec::new(),
            more_cards: 0,
            timer_text: "12:00".to_owned(),
            phase: Phase::Normal,
            state: TimerState::Running(Phase::Normal),
            phase_text: String::new(),
            progress: 0.2,
            next: None,
            break_until: None,
            table: None,
            choice: None,
            language: Language::Swedish,
        };
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1024.0, 640.0))),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| projector_ui(ui, &view, false, false));
        });
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        output.shapes.into_iter().map(|c| c.shape).collect()
    }

    #[test]
    fn under_opengl_the_stage_background_is_the_windows_clear_not_a_rectangle() {
        let window = Rect::from_min_size(Pos2::ZERO, vec2(1024.0, 640.0));
        let background = |s: &egui::Shape| matches!(s, egui::Shape::Rect(r) if r.rect.contains_rect(window) && r.fill == STAGE_BG);
        let clear =
            |s: &egui::Shape| matches!(s, egui::Shape::Callback(c) if c.rect.contains_rect(window));
        let plain = projector_shapes(false);
        assert!(plain.iter().any(background));
        assert!(!plain.iter().any(clear));
        // A software renderer shades every pixel of a window-sized rectangle; a clear fills
        // memory (README, "Benchmarks").
        let gl = projector_shapes(true);
        assert!(gl.iter().any(clear));
        assert!(!gl.iter().any(background));
    }

    #[test]
    fn phase_colours_differ_in_brightness_and_contrast_with_the_stage() {
        let normal = stage_color(TimerState::Running(Phase::Normal));
        let warning = stage_color(TimerState::Running(Phase::Warning));
        let overrun = stage_color(TimerState::Running(Phase::Overrun));
        let paused = stage_color(TimerState::Paused(Phase::Normal));
        for color in [normal, warning, overrun, paused, STAGE_TEXT, STAGE_WEAK] {
            assert!(contrast(color, STAGE_BG) >= 4.5, "{color:?}");
        }
        // Clearly different in grey: a washed-out or black-and-white projector still tells them
        // apart.
        assert!(luminance(normal) - luminance(warning) >= 0.25);
        assert!(luminance(warning) - luminance(overrun) >= 0.15);
    }

    #[test]
    fn the_phase_is_also_a_word() {
        let sv = Language::Swedish;
        assert_eq!(
            phase_text(TimerState::Paused(Phase::Normal), TimeDelta::zero(), sv),
            "Paus"
        );
        assert_eq!(
            phase_text(
                TimerState::Running(Phase::Warning),
                TimeDelta::seconds(90),
                sv
            ),
            "2 min kvar"
        );
        assert_eq!(
            phase_text(
                TimerState::Running(Phase::Overrun),
                TimeDelta::seconds(-3),
                sv
            ),
            "Tiden är ute!"
        );
        assert_eq!(
            phase_text(
                TimerState::Running(Phase::Normal),
                TimeDelta::minutes(9),
                sv
            ),
            ""
        );
    }
}
