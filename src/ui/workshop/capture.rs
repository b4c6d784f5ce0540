//! What the group writes: a step's capture fields, the action plan table with its column
//! widths, and the follow-up state of each row.

use egui::{Color32, RichText, Sense, vec2};

use super::state::{SessionViewState, ViewChange};
use super::widgets::{TextInfo, chars_width, steady_button, summary_language};
use crate::model::FieldKind;
use crate::session::{Capture, CaptureEdit, Session, SessionCommand};
use crate::ui::Ctx;
use crate::ui::command::Command;
use crate::ui::i18n::{Key, fill};

/// Column widths for a table in `width`: each column gets at least `min`, and the rest is
/// shared by how much its cells hold (Vad and Hur get more than När and Vem). `None` when the
/// columns do not fit side by side at `min` each.
pub fn column_widths(
    columns: &[String],
    rows: &[Vec<String>],
    width: f32,
    min: f32,
) -> Option<Vec<f32>> {
    let n = columns.len().max(1);
    if width < min * n as f32 {
        return None;
    }
    // What each column holds: its longest cell (or its name), in characters, within limits.
    let weights: Vec<f32> = (0..n)
        .map(|c| {
            let longest = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|t| t.chars().count())
                .chain(columns.get(c).map(|t| t.chars().count() * 2))
                .max()
                .unwrap_or(0);
            (longest as f32).clamp(10.0, 60.0)
        })
        .collect();
    let total: f32 = weights.iter().sum();
    let spare = width - min * n as f32;
    Some(weights.iter().map(|w| min + spare * w / total).collect())
}

pub(super) fn capture_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    field: &crate::model::Field,
    state: &SessionViewState,
    commands: &mut Vec<Command>,
) {
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let value = session.capture(&field.id);
    match &field.kind {
        FieldKind::Text => {
            ui.heading(&field.label);
            let mut text = match value {
                Some(Capture::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let response = ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_width(f32::INFINITY)
                    .desired_rows(3)
                    .id_salt(("capture", &field.id)),
            );
            let response = response.widget_info_text(&field.label);
            if response.changed() {
                commands.push(edit(CaptureEdit::SetText(text)));
            }
        }
        FieldKind::List => {
            ui.heading(&field.label);
            let items = match value {
                Some(Capture::List(items)) => items.clone(),
                _ => Vec::new(),
            };
            let len = items.len();
            // The three controls are as wide as their widest glyph needs, so the text field
            // leaves exactly their room: a row that overflowed by a few points widened every
            // row under it (and the vote and matrix below) past the window's edge.
            let font = egui::TextStyle::Button.resolve(ui.style());
            let glyphs = ["↑", "↓", "✕"]
                .iter()
                .map(|g| {
                    ui.ctx().fonts_mut(|f| {
                        f.layout_no_wrap((*g).to_owned(), font.clone(), Color32::WHITE)
                            .size()
                            .x
                    })
                })
                .fold(0.0_f32, f32::max);
            let icon = vec2(
                (ui.spacing().interact_size.y * 1.3)
                    .max(glyphs + 2.0 * ui.spacing().button_padding.x)
                    .ceil(),
                ui.spacing().interact_size.y,
            );
            for (index, item) in items.into_iter().enumerate() {
                ui.horizontal(|ui| {
                    let mut chosen = item.chosen;
                    if ui
                        .checkbox(&mut chosen, "")
                        .on_hover_text(cx.tr(Key::Chosen))
                        .changed()
                    {
                        commands.push(edit(CaptureEdit::SetChosen { index, chosen }));
                    }
                    let controls = 3.0 * (icon.x + ui.spacing().item_spacing.x);
                    let mut text = item.text.clone();
                    let response = ui
                        .add(
                            egui::TextEdit::multiline(&mut text)
                                .desired_rows(1)
                                .desired_width((ui.available_width() - controls).max(120.0))
                                .id_salt(("item", &field.id, index)),
                        )
                        .widget_info_text(&format!("{} {}", field.label, index + 1));
                    if response.changed() {
                        commands.push(edit(CaptureEdit::EditItem {
                            index,
                            text: text.replace('\n', " "),
                        }));
                    }
                    if ui
                        .add_enabled(index > 0, egui::Button::new("↑").min_size(icon))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index - 1,
                        }));
                    }
                    if ui
                        .add_enabled(index + 1 < len, egui::Button::new("↓").min_size(icon))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index + 1,
                        }));
                    }
                    if ui
                        .add(egui::Button::new("✕").min_size(icon))
                        .on_hover_text(cx.tr(Key::Remove))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::RemoveItem(index)));
                    }
                });
            }
            ui.horizontal(|ui| {
                let mut new = state.new_items.get(&field.id).cloned().unwrap_or_default();
                let add_label = fill(cx.tr(Key::AddTo), &[("field", &field.label)]);
                let button_w = chars_width(ui, add_label.chars().count() + 4);
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut new)
                            .desired_width((ui.available_width() - button_w).max(120.0))
                            .hint_text(cx.tr(Key::NewItem))
                            .id_salt(("new-item", &field.id)),
                    )
                    .widget_info_text(&fill(cx.tr(Key::NewItemFor), &[("field", &field.label)]));
                let entered =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui.button(add_label).clicked();
                if (entered || add) && !new.trim().is_empty() {
                    commands.push(edit(CaptureEdit::AddItem(new.trim().to_owned())));
                    commands.push(Command::SetNewItem(field.id.clone(), String::new()));
                    if entered {
                        response.request_focus();
                    }
                } else if response.changed() {
                    commands.push(Command::SetNewItem(field.id.clone(), new));
                }
            });
        }
        FieldKind::Table { columns } => {
            let rows = match value {
                Some(Capture::Table(rows)) => rows.clone(),
                _ => Vec::new(),
            };
            ui.horizontal(|ui| {
                ui.heading(&field.label);
                let projected = state.projected.as_deref() == Some(field.id.as_str());
                let show = format!("□ {}", cx.tr(Key::ShowOnProjector));
                let hide = format!("□ {}", cx.tr(Key::HideFromProjector));
                if steady_button(ui, &[&show, &hide], usize::from(projected)).clicked() {
                    commands.push(Command::SessionView(ViewChange::Project(
                        (!projected).then(|| field.id.clone()),
                    )));
                }
            });
            let states = crate::session::plan::tracks_rows(session.workshop(), &field.id)
                .then(|| session.row_states(&field.id));
            if let Some(origin) = session.follows()
                && field.carry_over.is_some()
            {
                ui.label(
                    RichText::new(fill(
                        cx.tr(Key::CarriedFrom),
                        &[
                            ("id", &origin.session),
                            (
                                "date",
                                &cx.state.language.date(origin.planned_start.date_naive()),
                            ),
                        ],
                    ))
                    .weak(),
                );
            }
            table_ui(ui, cx, field, columns, &rows, states, commands);
        }
        FieldKind::Votes { .. } => {
            let projected = state.projected.as_deref() == Some(field.id.as_str());
            crate::ui::choosing::votes_ui(ui, cx, session, field, projected, commands);
        }
        FieldKind::Matrix { .. } => {
            let projected = state.projected.as_deref() == Some(field.id.as_str());
            crate::ui::choosing::matrix_ui(ui, cx, session, field, projected, commands);
        }
    }
}

/// A table field as a grid that fills the zone: proportioned columns of multi-line cells that
/// grow with their text, each row with move and remove buttons. When the columns cannot have 20
/// characters each side by side, every row becomes a small form (column name, then the cell
/// across the full width).
pub(super) fn table_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    field: &crate::model::Field,
    columns: &[String],
    rows: &[Vec<String>],
    states: Option<&[crate::session::RowState]>,
    commands: &mut Vec<Command>,
) {
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let icon = vec2(
        ui.spacing().interact_size.y * 1.3,
        ui.spacing().interact_size.y,
    );
    let gap = ui.spacing().item_spacing.x;
    // A cell's text is inset by the text edit's margin on both sides.
    let margin = 2.0 * ui.spacing().button_padding.x + 8.0;
    let min = chars_width(ui, 20) + margin;
    let cells_w = |controls: f32| ui.available_width() - controls - gap * columns.len() as f32;
    // The row's move and remove buttons beside each other when the columns still fit, else
    // stacked in one narrow column, else each row becomes a card of its own.
    let (widths, stacked) = match column_widths(columns, rows, cells_w(3.0 * (icon.x + gap)), min) {
        Some(widths) => (Some(widths), false),
        None => (
            column_widths(columns, rows, cells_w(icon.x + gap), min),
            true,
        ),
    };
    let row_controls = |ui: &mut egui::Ui, row: usize, commands: &mut Vec<Command>| {
        let n = rows.len();
        if ui
            .add_enabled(row > 0, egui::Button::new("↑").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RowUp), &[("n", &(row + 1))]))
            .clicked()
        {
            commands.push(edit(CaptureEdit::MoveRow {
                from: row,
                to: row - 1,
            }));
        }
        if ui
            .add_enabled(row + 1 < n, egui::Button::new("↓").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RowDown), &[("n", &(row + 1))]))
            .clicked()
        {
            commands.push(edit(CaptureEdit::MoveRow {
                from: row,
                to: row + 1,
            }));
        }
        if ui
            .add(egui::Button::new("✕").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RemoveRowN), &[("n", &(row + 1))]))
            .on_hover_text(cx.tr(Key::RemoveRow))
            .clicked()
        {
            commands.push(edit(CaptureEdit::RemoveRow(row)));
        }
    };
    let focus_id = egui::Id::unique(("table-new-row", &field.id));
    let focus_row: Option<usize> = ui.ctx().data(|d| d.get_temp(focus_id));
    let cell_ui = |ui: &mut egui::Ui,
                   row: usize,
                   column: usize,
                   name: &str,
                   width: f32,
                   commands: &mut Vec<Command>| {
        let mut text = rows
            .get(row)
            .and_then(|r| r.get(column))
            .cloned()
            .unwrap_or_default();
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(1)
                    .desired_width(width - margin)
                    .id_salt(("cell", &field.id, row, column)),
            )
            // Two tables can show in one step with the same columns: the name says which.
            .widget_info_text(&format!("{name} {} – {}", row + 1, field.label));
        if column == 0 && focus_row == Some(row) {
            // A row just added: its first cell takes the keyboard and comes into view.
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            ui.ctx().data_mut(|d| d.remove::<usize>(focus_id));
        }
        if response.changed() {
            commands.push(edit(CaptureEdit::SetCell { row, column, text }));
        }
    };
    match widths {
        Some(widths) => {
            ui.horizontal(|ui| {
                for (name, w) in columns.iter().zip(&widths) {
                    let (rect, _) = ui.allocate_exact_size(
                        vec2(*w, ui.spacing().interact_size.y),
                        Sense::hover(),
                    );
                    ui.put(
                        rect,
                        egui::Label::new(RichText::new(name).strong()).truncate(),
                    );
                }
            });
            for row in 0..rows.len() {
                ui.horizontal_top(|ui| {
                    for (column, (name, w)) in columns.iter().zip(&widths).enumerate() {
                        ui.allocate_ui(vec2(*w, 0.0), |ui| {
                            ui.set_width(*w);
                            cell_ui(ui, row, column, name, *w, commands);
                        });
                    }
                    if stacked {
                        ui.vertical(|ui| row_controls(ui, row, commands));
                    } else {
                        row_controls(ui, row, commands);
                    }
                });
                if let Some(states) = states {
                    row_state_ui(ui, cx, field, row, states, commands);
                }
                ui.add_space(2.0);
            }
        }
        None => {
            let width = ui.available_width();
            for row in 0..rows.len() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(fill(cx.tr(Key::RowN), &[("n", &(row + 1))])).strong(),
                        );
                        row_controls(ui, row, commands);
                    });
                    for (column, name) in columns.iter().enumerate() {
                        ui.label(RichText::new(name).weak());
                        cell_ui(ui, row, column, name, width - 16.0, commands);
                    }
                    if let Some(states) = states {
                        row_state_ui(ui, cx, field, row, states, commands);
                    }
                });
            }
        }
    }
    // Two tables can show in one step: the button says which one it adds to.
    if ui
        .button(format!("+ {}", cx.tr(Key::AddRow)))
        .widget_info_button(&fill(cx.tr(Key::AddRowTo), &[("field", &field.label)]))
        .on_hover_text(fill(cx.tr(Key::AddRowTo), &[("field", &field.label)]))
        .clicked()
    {
        commands.push(edit(CaptureEdit::AddRow));
        ui.ctx().data_mut(|d| d.insert_temp(focus_id, rows.len()));
    }
}

/// A plan row's status (one button per status, the current one selected) and its due date
/// (`YYYY-MM-DD`; a date that is no date is kept as typed and explained in red, and not saved
/// until it is one).
pub(super) fn row_state_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    field: &crate::model::Field,
    row: usize,
    states: &[crate::session::RowState],
    commands: &mut Vec<Command>,
) {
    use crate::session::RowStatus;
    let state = states.get(row).copied().unwrap_or_default();
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let of = |key| fill(cx.tr(key), &[("n", &(row + 1)), ("field", &field.label)]);
    let status_of = of(Key::RowStatusOf);
    let mut error = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(cx.tr(Key::StatusLabel)).weak());
        let choices = [
            (None, Key::StatusNone),
            (Some(RowStatus::NotStarted), Key::StatusNotStarted),
            (Some(RowStatus::InProgress), Key::StatusInProgress),
            (Some(RowStatus::Done), Key::StatusDone),
            (Some(RowStatus::Stopped), Key::StatusStopped),
        ];
        for (status, key) in choices {
            let selected = state.status == status;
            let name = format!("{status_of}: {}", cx.tr(key));
            let response = ui.selectable_label(selected, cx.tr(key));
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            if response.clicked() && !selected {
                commands.push(edit(CaptureEdit::SetStatus { row, status }));
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new(cx.tr(Key::DueLabel)).weak());
        let draft_id = egui::Id::unique(("due-draft", &field.id, row));
        let stored = state
            .due
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let mut text: String = ui
            .ctx()
            .data(|d| d.get_temp::<String>(draft_id))
            .unwrap_or_else(|| stored.clone());
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(chars_width(ui, 11))
                    .hint_text(cx.tr(Key::DueHint))
                    .id_salt(("due", &field.id, row)),
            )
            .widget_info_text(&of(Key::RowDueOf));
        let parsed = crate::session::plan::parse_due(&text);
        if response.changed() {
            if let Ok(due) = parsed
                && due != state.due
            {
                commands.push(edit(CaptureEdit::SetDue { row, due }));
            }
            ui.ctx().data_mut(|d| d.insert_temp(draft_id, text.clone()));
        } else if !response.has_focus() && parsed == Ok(state.due) {
            ui.ctx().data_mut(|d| d.remove::<String>(draft_id));
        }
        if let Err(e) = parsed {
            error = Some(e.message(summary_language(cx)));
        }
    });
    if let Some(error) = error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
}
