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
    Align2, EventFilter, FontId, Id, Key as K, LayerId, Modifiers, Order, Pos2, Rect, RichText,
    Sense, Stroke, pos2, vec2,
};

use super::Ctx;
use super::command::Command;
use super::i18n::{Key, Language, fill};
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
