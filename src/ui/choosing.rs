//! Choosing together: the dot vote and the matrix in the cockpit, and their charts on the
//! projector.
//!
//! The engine (dots, ranks, the budget, placements, what happens when the list changes) is in
//! [`crate::session::votes`] and [`crate::session::matrix`]; this module shows it and turns
//! clicks, drags and keys into [`SessionCommand`]s, so every change goes through the session's
//! undo history.
//!
//! Keyboard: every vote row and every matrix item takes the focus (Tab moves between them). A
//! focused vote row gives a dot with `+`, `→` or `↑` and takes one with `−`, `←` or `↓`; space
//! or Enter marks it chosen. A focused matrix item moves one cell with the arrow keys (an item
//! not placed yet starts in the low-low cell) and Delete or Backspace takes it off. While one
//! of them has the focus, the cockpit's shortcuts leave these keys alone ([`keys_taken`]).

use egui::{
    Align2, Color32, EventFilter, FontId, Id, Key as K, LayerId, Modifiers, Order, Pos2, Rect,
    RichText, Sense, Stroke, pos2, vec2,
};

use super::Ctx;
use super::command::Command;
use super::i18n::{Key, Language, fill};
use super::projector::{STAGE_TEXT, STAGE_WEAK};
use crate::model::{Field, FieldKind};
use crate::session::votes::ordinal;
use crate::session::{
    CaptureEdit, MatrixEdit, MatrixView, Session, SessionCommand, VoteEdit, VoteResult,
};

const FOCUS_KEY: &str = "choosing-focus";

/// Whether a vote row or a matrix item has the keyboard, so the cockpit's shortcuts leave `+`,
/// `−`, space, Enter and the arrows to it.
pub fn keys_taken(ctx: &egui::Context) -> bool {
    let mine: Option<Id> = ctx.data(|d| d.get_temp(Id::unique(FOCUS_KEY)));
    let focused = ctx.memory(|m| m.focused());
    mine.is_some() && mine == focused
}

/// Keeps the arrow keys for the focused widget `id` and tells the shortcuts it has the keys.
fn claim_keys(ui: &egui::Ui, id: Id) {
    ui.ctx()
        .data_mut(|d| d.insert_temp(Id::unique(FOCUS_KEY), id));
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            id,
            EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                tab: false,
                escape: false,
            },
        );
    });
}

/// A rank in words: "1:a", "delad 2:a" ("1st", "tied 2nd"); empty without dots.
pub fn rank_label(rank: Option<usize>, tied: bool, language: Language) -> String {
    let english = language == Language::English;
    match rank {
        Some(r) if tied => fill(
            language.tr(Key::VoteTied),
            &[("rank", &ordinal(r, english))],
        ),
        Some(r) => ordinal(r, english),
        None => String::new(),
    }
}

/// The vote's total in words, with what is left or over the budget.
pub fn budget_line(result: &VoteResult, language: Language) -> String {
    let tr = |k| language.tr(k);
    match (result.participants, result.budget()) {
        (Some(people), Some(budget)) => {
            let mut line = fill(
                tr(Key::VotesBudget),
                &[
                    ("given", &result.given),
                    ("budget", &budget),
                    ("people", &people),
                    ("dots", &result.per_person),
                ],
            );
            if result.given > budget {
                line.push_str(" · ");
                line.push_str(&fill(
                    tr(Key::VotesOver),
                    &[("n", &(result.given - budget))],
                ));
            } else if result.given < budget {
                line.push_str(" · ");
                line.push_str(&fill(
                    tr(Key::VotesLeft),
                    &[("n", &(budget - result.given))],
                ));
            }
            line
        }
        _ => fill(
            tr(Key::VotesGiven),
            &[("given", &result.given), ("dots", &result.per_person)],
        ),
    }
}

fn language_of(cx: &Ctx<'_>) -> Language {
    cx.state.language
}

fn capture(field: &Field, edit: CaptureEdit) -> Command {
    Command::Session(SessionCommand::Capture {
        field: field.id.clone(),
        edit,
    })
}

/// The field's heading with the button that shows it on the projector (or stops).
/// The label of the list a vote or a matrix takes its items from (its id if it has gone).
fn source_label(session: &Session, of: &str) -> String {
    session
        .field(of)
        .map_or_else(|| of.to_owned(), |f| f.label.clone())
}

fn header(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    field: &Field,
    projected: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(&field.label);
        let label = if projected {
            cx.tr(Key::HideFromProjector)
        } else {
            cx.tr(Key::ShowOnProjector)
        };
        if ui.button(format!("□ {label}")).clicked() {
            commands.push(Command::SessionView(super::workshop::ViewChange::Project(
                (!projected).then(|| field.id.clone()),
            )));
        }
    });
}

/// A small clickable square that never takes the focus (the row it is in has it), with an
/// accessible name.
fn little_button(ui: &mut egui::Ui, rect: Rect, id: Id, text: &str, name: &str) -> bool {
    let response = ui.interact(rect, id, Sense::CLICK);
    let visuals = if response.hovered() {
        ui.visuals().widgets.hovered
    } else {
        ui.visuals().widgets.inactive
    };
    ui.painter()
        .rect_filled(rect, visuals.corner_radius, visuals.bg_fill);
    ui.painter().text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        egui::TextStyle::Button.resolve(ui.style()),
        visuals.fg_stroke.color,
    );
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response.clicked()
}

/// The cockpit's editor of a votes field: the budget, one row per item of the list (in the
/// list's order, so rows stay where they are while the room votes), "choose the top N" and the
/// dots on items the list no longer has.
pub fn votes_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    field: &Field,
    projected: bool,
    commands: &mut Vec<Command>,
) {
    let FieldKind::Votes { of, dots } = &field.kind else {
        return;
    };
    let language = language_of(cx);
    let edit = |e: VoteEdit| capture(field, CaptureEdit::Votes(e));
    let Some(result) = session.vote_result(&field.id) else {
        return;
    };
    header(ui, cx, field, projected, commands);
    let list_label = source_label(session, of);
    if result.rows.is_empty() && result.orphans.is_empty() {
        ui.label(fill(cx.tr(Key::VoteNoItems), &[("list", &list_label)]));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(budget_line(&result, language)).strong());
        ui.add_space(ui.spacing().item_spacing.x * 2.0);
        let label = ui.label(cx.tr(Key::VoteParticipants));
        let mut people = result.participants.unwrap_or(0);
        let response = ui
            .add(egui::DragValue::new(&mut people).range(0..=500))
            .labelled_by(label.id)
            .on_hover_text(cx.tr(Key::VoteParticipantsHint));
        if response.changed() {
            commands.push(edit(VoteEdit::Participants(Some(people))));
        }
    });
    ui.add_space(ui.spacing().item_spacing.y);

    let items = session.choice_items(&field.id);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let big = FontId::proportional(font.size * 1.35);
    let char_w = ui.ctx().fonts_mut(|f| f.glyph_width(&font, 'n'));
    let gap = ui.spacing().item_spacing.x;
    let button = ui.spacing().interact_size.y * 1.3;
    let rank_w = char_w * 10.0;
    let count_w = char_w * 4.5;
    for item in &items {
        let Some(row) = result.rows.iter().find(|r| &r.item == item) else {
            continue;
        };
        let width = ui.available_width();
        let text_w = (width - rank_w - 3.0 * button - count_w - 6.0 * gap).max(char_w * 12.0);
        let text_color = ui.visuals().text_color();
        let galley = ui
            .painter()
            .layout(item.clone(), font.clone(), text_color, text_w);
        let h = (galley.size().y + 10.0).max(button + 8.0);
        let (rect, _) = ui.allocate_exact_size(vec2(width, h), Sense::hover());
        let id = Id::unique(("vote-row", &field.id, item));
        let focused = ui.memory(|m| m.has_focus(id));
        if focused {
            claim_keys(ui, id);
            let (more, less, toggle) = ui.input_mut(|i| {
                let mut key = |m: Modifiers, k: K| i.consume_key(m, k);
                let more = key(Modifiers::NONE, K::Plus)
                    | key(Modifiers::SHIFT, K::Plus)
                    | key(Modifiers::NONE, K::Equals)
                    | key(Modifiers::NONE, K::ArrowRight)
                    | key(Modifiers::NONE, K::ArrowUp);
                let less = key(Modifiers::NONE, K::Minus)
                    | key(Modifiers::NONE, K::ArrowLeft)
                    | key(Modifiers::NONE, K::ArrowDown);
                let toggle = key(Modifiers::NONE, K::Space) | key(Modifiers::NONE, K::Enter);
                (more, less, toggle)
            });
            if more {
                commands.push(edit(VoteEdit::Add {
                    item: item.clone(),
                    dots: 1,
                }));
            }
            if less && row.dots > 0 {
                commands.push(edit(VoteEdit::Add {
                    item: item.clone(),
                    dots: -1,
                }));
            }
            if toggle {
                commands.push(edit(VoteEdit::Choose {
                    item: item.clone(),
                    chosen: !row.chosen,
                }));
            }
        }
        let response = ui.interact(rect, id, Sense::click());
        if response.clicked() {
            response.request_focus();
        }
        let rank = rank_label(row.rank, row.tied, language);
        let name = fill(cx.tr(Key::VoteRow), &[("item", item), ("n", &row.dots)]);
        let accessible = if rank.is_empty() {
            name
        } else {
            format!("{name} ({rank})")
        };
        let response = response.on_hover_text(cx.tr(Key::VoteRowHint));
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &accessible));

        let painter = ui.painter();
        let visuals = ui.visuals();
        if row.chosen {
            painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        } else if response.hovered() {
            painter.rect_filled(rect, 4.0, visuals.faint_bg_color);
        }
        if response.has_focus() {
            painter.rect_stroke(
                rect.shrink(1.0),
                4.0,
                visuals.selection.stroke,
                egui::StrokeKind::Inside,
            );
        }
        let cy = rect.center().y;
        let mut x = rect.left() + gap;
        painter.text(
            pos2(x, cy),
            Align2::LEFT_CENTER,
            &rank,
            font.clone(),
            visuals.weak_text_color(),
        );
        x += rank_w;
        let square =
            |x: f32| Rect::from_center_size(pos2(x + button / 2.0, cy), vec2(button, button * 0.8));
        let minus = square(x);
        x += button + gap;
        let count = Rect::from_min_size(pos2(x, rect.top()), vec2(count_w, h));
        x += count_w + gap;
        let plus = square(x);
        x += button + gap;
        let check = square(x);
        x += button + 2.0 * gap;
        painter.text(
            count.center(),
            Align2::CENTER_CENTER,
            row.dots.to_string(),
            big.clone(),
            visuals.strong_text_color(),
        );
        painter.galley(pos2(x, cy - galley.size().y / 2.0), galley, text_color);
        if little_button(
            ui,
            minus,
            id.with("minus"),
            "−",
            &fill(cx.tr(Key::VoteRemove), &[("item", item)]),
        ) && row.dots > 0
        {
            commands.push(edit(VoteEdit::Add {
                item: item.clone(),
                dots: -1,
            }));
        }
        if little_button(
            ui,
            plus,
            id.with("plus"),
            "+",
            &fill(cx.tr(Key::VoteAdd), &[("item", item)]),
        ) {
            commands.push(edit(VoteEdit::Add {
                item: item.clone(),
                dots: 1,
            }));
        }
        if little_button(
            ui,
            check,
            id.with("chosen"),
            if row.chosen { "✓" } else { "" },
            &fill(cx.tr(Key::VoteChoose), &[("item", item)]),
        ) {
            commands.push(edit(VoteEdit::Choose {
                item: item.clone(),
                chosen: !row.chosen,
            }));
        }
    }

    // Choosing the top N in one action.
    ui.add_space(ui.spacing().item_spacing.y);
    let top_id = Id::unique(("vote-top", &field.id));
    let default_top = (*dots as usize).clamp(1, items.len().max(1));
    let mut top: usize = ui.data(|d| d.get_temp(top_id)).unwrap_or(default_top);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.tr(Key::VoteChooseCount));
        if ui
            .add(egui::DragValue::new(&mut top).range(1..=items.len().max(1)))
            .labelled_by(label.id)
            .changed()
        {
            ui.data_mut(|d| d.insert_temp(top_id, top));
        }
        let words = if top == 1 {
            cx.tr(Key::VoteChooseTopOne).to_owned()
        } else {
            fill(cx.tr(Key::VoteChooseTop), &[("n", &top)])
        };
        if ui
            .add_enabled(result.given > 0, egui::Button::new(words))
            .on_hover_text(fill(cx.tr(Key::VoteChooseTopHint), &[("n", &top)]))
            .clicked()
        {
            commands.push(edit(VoteEdit::ChooseTop(top)));
        }
    });

    if !result.orphans.is_empty() {
        ui.add_space(ui.spacing().item_spacing.y);
        ui.label(RichText::new(cx.tr(Key::VoteGone)).weak());
        for (item, dots, _) in &result.orphans {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{item} ({dots})"));
                if ui
                    .small_button(fill(cx.tr(Key::VoteDrop), &[("item", item)]))
                    .clicked()
                {
                    commands.push(edit(VoteEdit::Drop(item.clone())));
                }
            });
        }
    }
}

/// A matrix cell's name in the interface language: "Insats låg, Nytta hög".
pub fn cell_name(view: &MatrixView, x: u8, y: u8, language: Language) -> String {
    let level = |v: u8| {
        if v > 0 {
            language.tr(Key::MatrixHigh)
        } else {
            language.tr(Key::MatrixLow)
        }
    };
    fill(
        language.tr(Key::MatrixCell),
        &[
            ("x", &view.x),
            ("xl", &level(x)),
            ("y", &view.y),
            ("yl", &level(y)),
        ],
    )
}

/// Where a dragged item was let go.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Drop {
    Cell(u8, u8),
    Off,
}

/// Chips laid out in rows inside `width`: each chip's size and the total height.
fn flow(sizes: &[egui::Vec2], width: f32, gap: f32) -> (Vec<Pos2>, f32) {
    let mut out = Vec::new();
    let (mut x, mut y, mut line_h) = (0.0f32, 0.0f32, 0.0f32);
    for size in sizes {
        if x > 0.0 && x + size.x > width {
            x = 0.0;
            y += line_h + gap;
            line_h = 0.0;
        }
        out.push(pos2(x, y));
        x += size.x + gap;
        line_h = line_h.max(size.y);
    }
    (out, if sizes.is_empty() { 0.0 } else { y + line_h })
}

/// The cockpit's editor of a matrix field: the four cells with their items, the items not
/// placed yet under them, and placed items the list no longer has.
pub fn matrix_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    field: &Field,
    projected: bool,
    commands: &mut Vec<Command>,
) {
    let FieldKind::Matrix { of, .. } = &field.kind else {
        return;
    };
    let language = language_of(cx);
    let edit = |e: MatrixEdit| capture(field, CaptureEdit::Matrix(e));
    let Some(view) = session.matrix_view(&field.id) else {
        return;
    };
    header(ui, cx, field, projected, commands);
    // A matrix over a vote places the vote's ideas: the words name the list they are written in.
    let list = match session.field(of).map(|f| &f.kind) {
        Some(FieldKind::Votes { of: list, .. }) => list,
        _ => of,
    };
    let list_label = source_label(session, list);
    if view.unplaced.is_empty() && view.quadrants.iter().all(|q| q.items.is_empty()) {
        ui.label(fill(cx.tr(Key::MatrixNoItems), &[("list", &list_label)]));
        if view.orphans.is_empty() {
            return;
        }
    } else {
        ui.label(RichText::new(cx.tr(Key::MatrixHint)).weak());
    }

    let font = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let gap = ui.spacing().item_spacing.x;
    let pad = vec2(8.0, 5.0);
    // Clear of the scroll bar that floats over the right edge of the step's content.
    let width = ui.available_width() - ui.spacing().scroll.allocated_width() - gap;
    let cell_w = ((width - gap) / 2.0).max(80.0);
    let inner_w = cell_w - 2.0 * gap;
    let text_color = ui.visuals().text_color();
    let ctx = ui.ctx().clone();
    let chip = |text: &str, max_w: f32| {
        ctx.fonts_mut(|f| {
            f.layout(
                text.to_owned(),
                font.clone(),
                text_color,
                (max_w - 2.0 * pad.x).max(40.0),
            )
        })
    };
    let name_h = ui.ctx().fonts_mut(|f| f.row_height(&small)) + 6.0;
    let min_cell_h = ui.spacing().interact_size.y * 3.0;

    // The axes' names: the y axis above the grid, the x axis under it.
    ui.label(RichText::new(format!("↑ {}", view.y)).strong());
    let by_cell = |x: u8, y: u8| {
        view.quadrants
            .iter()
            .find(|q| q.x == x && q.y == y)
            .map(|q| q.items.clone())
            .unwrap_or_default()
    };
    struct Chip {
        item: String,
        rect: Rect,
        galley: std::sync::Arc<egui::Galley>,
        cell: Option<(u8, u8)>,
    }
    let mut chips: Vec<Chip> = Vec::new();
    let mut zones: Vec<(Rect, Drop)> = Vec::new();
    let top = ui.cursor().min;
    let mut y = top.y;
    for row_y in [1u8, 0u8] {
        let cells: Vec<(u8, Vec<String>)> = [0u8, 1u8]
            .iter()
            .map(|&cx| (cx, by_cell(cx, row_y)))
            .collect();
        let laid: Vec<(Vec<std::sync::Arc<egui::Galley>>, Vec<Pos2>, f32)> = cells
            .iter()
            .map(|(_, items)| {
                let galleys: Vec<_> = items.iter().map(|i| chip(i, inner_w)).collect();
                let sizes: Vec<egui::Vec2> = galleys.iter().map(|g| g.size() + 2.0 * pad).collect();
                let (at, h) = flow(&sizes, inner_w, gap * 0.75);
                (galleys, at, h)
            })
            .collect();
        let row_h = laid
            .iter()
            .map(|(_, _, h)| name_h + h + 2.0 * gap)
            .fold(min_cell_h, f32::max);
        for ((cx, items), (galleys, at, _)) in cells.into_iter().zip(laid) {
            let rect = Rect::from_min_size(
                pos2(top.x + f32::from(cx) * (cell_w + gap), y),
                vec2(cell_w, row_h),
            );
            zones.push((rect, Drop::Cell(cx, row_y)));
            let origin = rect.min + vec2(gap, name_h);
            for ((item, galley), p) in items.into_iter().zip(galleys).zip(at) {
                let size = galley.size() + 2.0 * pad;
                chips.push(Chip {
                    item,
                    rect: Rect::from_min_size(origin + p.to_vec2(), size),
                    galley,
                    cell: Some((cx, row_y)),
                });
            }
        }
        y += row_h + gap;
    }
    let grid_bottom = y - gap;
    // The x axis's name, right-aligned under the grid.
    let x_label_h = ui.ctx().fonts_mut(|f| f.row_height(&font)) + 4.0;
    let x_label = Rect::from_min_size(pos2(top.x, grid_bottom + 2.0), vec2(width, x_label_h));
    y = x_label.max.y + gap;
    // The items not placed yet.
    let unplaced_title_h = x_label_h;
    let galleys: Vec<_> = view.unplaced.iter().map(|i| chip(i, width)).collect();
    let sizes: Vec<egui::Vec2> = galleys.iter().map(|g| g.size() + 2.0 * pad).collect();
    let (at, flow_h) = flow(&sizes, width - 2.0 * gap, gap * 0.75);
    let unplaced_rect = Rect::from_min_size(
        pos2(top.x, y),
        vec2(
            width,
            unplaced_title_h + flow_h.max(min_cell_h * 0.5) + 2.0 * gap,
        ),
    );
    zones.push((unplaced_rect, Drop::Off));
    let origin = unplaced_rect.min + vec2(gap, unplaced_title_h + gap * 0.5);
    for ((item, galley), p) in view.unplaced.iter().zip(galleys).zip(at) {
        let size = galley.size() + 2.0 * pad;
        chips.push(Chip {
            item: item.clone(),
            rect: Rect::from_min_size(origin + p.to_vec2(), size),
            galley,
            cell: None,
        });
    }
    let total = Rect::from_min_max(top, pos2(top.x + width, unplaced_rect.max.y));
    ui.allocate_rect(total, Sense::hover());

    // Paint the cells, then the chips over them.
    let pointer = ui.ctx().pointer_interact_pos();
    let dragging = chips.iter().any(|c| {
        ui.ctx()
            .is_being_dragged(Id::unique(("matrix-item", &field.id, &c.item)))
    });
    let painter = ui.painter().clone();
    let visuals = ui.visuals().clone();
    for (rect, zone) in &zones {
        let hot = dragging && pointer.is_some_and(|p| rect.contains(p));
        let fill_color = if hot {
            visuals.selection.bg_fill.gamma_multiply(0.4)
        } else if *zone == Drop::Cell(0, 1) {
            visuals.faint_bg_color.gamma_multiply(2.0)
        } else {
            visuals.extreme_bg_color
        };
        painter.rect_filled(*rect, 6.0, fill_color);
        painter.rect_stroke(
            *rect,
            6.0,
            visuals.widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let name = match zone {
            Drop::Cell(x, y) => cell_name(&view, *x, *y, language),
            Drop::Off => fill(cx.tr(Key::MatrixUnplaced), &[("n", &view.unplaced.len())]),
        };
        painter.text(
            rect.min + vec2(gap, 4.0),
            Align2::LEFT_TOP,
            &name,
            small.clone(),
            visuals.weak_text_color(),
        );
        // The cell by its name for screen readers (and the geometry tests).
        let zone_id = Id::unique(("matrix-cell", &field.id, format!("{zone:?}")));
        ui.interact(*rect, zone_id, Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    }
    painter.text(
        pos2(x_label.max.x - gap, x_label.center().y),
        Align2::RIGHT_CENTER,
        format!("{} →", view.x),
        font.clone(),
        visuals.strong_text_color(),
    );

    for chip in chips {
        let id = Id::unique(("matrix-item", &field.id, &chip.item));
        let focused = ui.memory(|m| m.has_focus(id));
        if focused {
            claim_keys(ui, id);
            let (dx, dy, off) = ui.input_mut(|i| {
                let mut key = |k: K| i.consume_key(Modifiers::NONE, k);
                let right = key(K::ArrowRight);
                let left = key(K::ArrowLeft);
                let up = key(K::ArrowUp);
                let down = key(K::ArrowDown);
                let off = key(K::Delete) | key(K::Backspace);
                (
                    i8::from(right) - i8::from(left),
                    i8::from(up) - i8::from(down),
                    off,
                )
            });
            if dx != 0 || dy != 0 {
                commands.push(edit(MatrixEdit::Step {
                    item: chip.item.clone(),
                    dx,
                    dy,
                }));
            }
            if off && chip.cell.is_some() {
                commands.push(edit(MatrixEdit::Unplace(chip.item.clone())));
            }
        }
        let response = ui.interact(chip.rect, id, Sense::click_and_drag());
        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        let where_ = match chip.cell {
            Some((x, y)) => cell_name(&view, x, y, language),
            None => cx.tr(Key::MatrixNotPlaced).to_owned(),
        };
        let name = fill(
            cx.tr(Key::MatrixItem),
            &[("item", &chip.item), ("cell", &where_)],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let response = response.on_hover_text(cx.tr(Key::MatrixHint));
        let chip_fill = if response.has_focus() {
            visuals.selection.bg_fill
        } else if response.hovered() {
            visuals.widgets.hovered.weak_bg_fill
        } else {
            visuals.widgets.inactive.weak_bg_fill
        };
        let ink = if response.has_focus() {
            visuals.selection.stroke.color
        } else {
            visuals.text_color()
        };
        let paint = |painter: &egui::Painter, rect: Rect| {
            painter.rect_filled(rect, 8.0, chip_fill);
            painter.galley(rect.min + pad, chip.galley.clone(), ink);
        };
        if response.dragged() {
            if let Some(p) = pointer {
                let layer = ui.ctx().layer_painter(LayerId::new(Order::Tooltip, id));
                paint(&layer, Rect::from_center_size(p, chip.rect.size()));
            }
            painter.rect_stroke(
                chip.rect,
                8.0,
                Stroke::new(1.0, visuals.weak_text_color()),
                egui::StrokeKind::Inside,
            );
        } else {
            paint(&painter, chip.rect);
        }
        if response.drag_stopped()
            && let Some(p) = pointer
            && let Some((_, zone)) = zones.iter().find(|(r, _)| r.contains(p))
        {
            match *zone {
                Drop::Cell(x, y) if chip.cell != Some((x, y)) => {
                    commands.push(edit(MatrixEdit::Place {
                        item: chip.item.clone(),
                        x,
                        y,
                    }));
                }
                Drop::Off if chip.cell.is_some() => {
                    commands.push(edit(MatrixEdit::Unplace(chip.item.clone())));
                }
                _ => {}
            }
        }
    }

    if !view.orphans.is_empty() {
        ui.add_space(ui.spacing().item_spacing.y);
        ui.label(RichText::new(cx.tr(Key::MatrixGone)).weak());
        for p in &view.orphans {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} ({})",
                    p.item,
                    cell_name(&view, p.x, p.y, language)
                ));
                if ui
                    .small_button(fill(cx.tr(Key::MatrixTakeOff), &[("item", &p.item)]))
                    .clicked()
                {
                    commands.push(edit(MatrixEdit::Unplace(p.item.clone())));
                }
            });
        }
    }
}

/// One bar of the projected vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectedBar {
    /// The item.
    pub item: String,
    /// Its dots.
    pub dots: u32,
    /// Its rank in words ("delad 2:a"), empty without dots.
    pub rank: String,
    /// Whether it is chosen.
    pub chosen: bool,
}

/// A vote or a matrix shown to the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectedChoice {
    /// The vote as bars, most dots first.
    Votes {
        /// The field's label.
        label: String,
        /// The total in words.
        line: String,
        /// The bars.
        bars: Vec<ProjectedBar>,
    },
    /// The matrix.
    Matrix {
        /// The field's label.
        label: String,
        /// The horizontal axis.
        x: String,
        /// The vertical axis.
        y: String,
        /// The cells in reading order (top left, top right, bottom left, bottom right): name
        /// and items.
        cells: Vec<(String, Vec<String>)>,
        /// How many items are not placed yet.
        unplaced: usize,
    },
}

/// What the projector shows of the current step's votes or matrix: the field the facilitator
/// chose to show (`projected`) if it is one, otherwise the first votes or matrix field of the
/// step (its own fields first, then those it shows from earlier steps).
pub fn projected_choice(
    session: &Session,
    language: Language,
    projected: Option<&str>,
) -> Option<ProjectedChoice> {
    let is_choice =
        |f: &Field| matches!(f.kind, FieldKind::Votes { .. } | FieldKind::Matrix { .. });
    let step = session.step();
    let chosen = match projected.and_then(|id| session.field(id)) {
        Some(f) if is_choice(f) => Some(f),
        Some(_) => return None,
        None => step.capture.iter().find(|f| is_choice(f)).or_else(|| {
            session
                .workshop()
                .shown_fields(session.current())
                .into_iter()
                .map(|(_, f)| f)
                .find(|f| is_choice(f))
        }),
    }?;
    // A vote or a matrix with nothing to show yet leaves the room the instructions.
    match &chosen.kind {
        FieldKind::Votes { .. } => {
            let result = session.vote_result(&chosen.id)?;
            if result.rows.is_empty() {
                return None;
            }
            Some(ProjectedChoice::Votes {
                label: chosen.label.clone(),
                line: budget_line(&result, language),
                bars: result
                    .rows
                    .iter()
                    .map(|r| ProjectedBar {
                        item: r.item.clone(),
                        dots: r.dots,
                        rank: rank_label(r.rank, r.tied, language),
                        chosen: r.chosen,
                    })
                    .collect(),
            })
        }
        FieldKind::Matrix { .. } => {
            let view = session.matrix_view(&chosen.id)?;
            if view.unplaced.is_empty() && view.quadrants.iter().all(|q| q.items.is_empty()) {
                return None;
            }
            Some(ProjectedChoice::Matrix {
                label: chosen.label.clone(),
                x: view.x.clone(),
                y: view.y.clone(),
                cells: view
                    .quadrants
                    .iter()
                    .map(|q| (cell_name(&view, q.x, q.y, language), q.items.clone()))
                    .collect(),
                unplaced: view.unplaced.len(),
            })
        }
        _ => None,
    }
}

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

/// The matrix in `rect`: four cells with their names and items (the text shrinks until every
/// cell's items fit, down to a size still readable; beyond that a cell ends with "…"), the y
/// axis's name at the top left and the x axis's name at the bottom right.
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
    // One text size for all cells: the largest at which every cell's items fit.
    let fits = |size: f32| {
        cells.iter().all(|(_, items)| {
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
            used <= cell_h - name_size * 1.4 - 2.0 * pad
        })
    };
    let mut size = h * 0.034;
    while size > h * 0.02 && !fits(size) {
        size *= 0.9;
    }
    for (i, (name, items)) in cells.iter().enumerate().take(4) {
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
            if ty + g.size().y > cell.max.y - pad {
                let rest = items.len() - k;
                ui.painter().text(
                    pos2(cell.max.x - pad, cell.max.y - pad),
                    Align2::RIGHT_BOTTOM,
                    format!("+{rest}"),
                    FontId::proportional(size),
                    STAGE_WEAK,
                );
                break;
            }
            let gh = g.size().y;
            ui.painter()
                .galley(pos2(cell.min.x + pad, ty), g, STAGE_TEXT);
            ty += gh + size * 0.2;
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

    /// Nine ideas of a real session, each a full sentence (the longest 96 characters).
    const IDEAS: [&str; 9] = [
        "Låt nyanställda få en fadder från en annan förvaltning under hela första månaden.",
        "Gör ett gemensamt bokningsschema för kommunens bilar så att ingen bil står oanvänd en hel dag.",
        "Ha ett frukostmöte varannan vecka där enheterna berättar vad de kan låna ut till varandra.",
        "Byt ut de fysiska nycklarna till lokalerna mot digitala nycklar som bokas i samma system.",
        "Låt invånarna själva boka tid för bygglovsrådgivning på webben i stället för att ringa.",
        "Samla alla blanketter på ett ställe och skriv dem på klarspråk tillsammans med brukarna.",
        "Prova fyra veckors hemarbete en dag i veckan för handläggarna och mät hur ärendetiderna ändras.",
        "Bjud in elever från gymnasiet att testa kommunens e-tjänster och säga vad som är krångligt.",
        "Ge varje arbetsgrupp en liten egen budget för att pröva en idé utan att först fråga chefen.",
    ];

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
