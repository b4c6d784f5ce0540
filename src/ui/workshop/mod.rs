//! Running a workshop: the facilitator's cockpit (the agenda rail, the *now* zone with the step
//! and its timer, the step's cards, what the group writes), the summary with its
//! planned-versus-actual chart, the keyboard shortcuts and the repaint schedule of a running
//! timer. What the room sees is in [`super::projector`].
//!
//! The session itself (timers, draws, captures, saving) belongs to [`crate::session`]; this
//! module turns clicks and keys into [`SessionCommand`]s for [`crate::app::App::apply`] and
//! changes nothing itself. The cockpit has fixed zones: the *now* zone (step, timer, clock
//! window, controls, one line of what to do) never scrolls and shrinks its timer to the space
//! it has, so it stays whole at every text size; the step's content scrolls under it.
//!
//! This file lays the view out and holds its dialogs (help, finish, start, toasts); the parts
//! live beside it: [`now`] (the now zone, the agenda rail, the step's body), [`cards`],
//! [`capture`] (fields, the action plan table, follow-up rows), [`timer`], [`shortcuts`],
//! [`toast`] (what an action did), [`summary`], the view's own [`state`] and small shared
//! [`widgets`].

use chrono::{DateTime, Utc};
use egui::{RichText, vec2};

use super::Ctx;
use super::command::{Command, View};
use super::i18n::{Key, fill};
use crate::active::ActiveSession;
use crate::session::SessionCommand;

mod capture;
mod cards;
mod now;
mod shortcuts;
mod state;
mod summary;
mod timer;
mod toast;
mod widgets;

pub use super::projector::{ProjectorCard, ProjectorView, TimerState, projector_ui};
pub use capture::column_widths;
pub use cards::{StepCard, earlier_cards, step_cards};
pub use now::{is_break, state_mark};
pub use shortcuts::{SHORTCUTS, TYPING_REST_SECONDS, shortcuts};
pub use state::{SessionViewState, ViewChange};
pub use timer::{chime, next_repaint, phase_color, timer_text};
pub use toast::{TOAST_SECONDS, Toast, ToastKind, describe};

use cards::open_card_ui;
use now::{agenda_ui, now_ui, step_body_scroll, step_body_ui};
use summary::summary_ui;
use widgets::{TextInfo, chars_width};

/// The session view: the agenda rail and the cockpit; the summary once the session has ended.
pub fn session_view_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let cx: &Ctx<'_> = cx;
    let View::Session(state) = &cx.view else {
        return Vec::new();
    };
    let Some(active) = &cx.session else {
        ui.label(cx.tr(Key::NoSession));
        return Vec::new();
    };
    let now = cx.now();
    // The rail follows the window unless the facilitator chose: hidden when the cockpit would
    // be narrower than about 60 characters.
    let rail = state
        .rail
        .unwrap_or(ui.available_width() >= chars_width(ui, 60) + 300.0);
    let mut commands = shortcuts(ui.ctx(), &active.session, state, rail, now);
    let flashing = active.flash_until.is_some_and(|until| until > now);
    if let Some(until) = state.typing_until
        && until > now
    {
        // Wake when the shortcuts do, to take the note away.
        let ms = (until - now).num_milliseconds().max(0) as u64 + 5;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(ms));
    }
    // What the room sees, for the projector window and for presenting in this one.
    let room_view = || {
        ProjectorView::build(
            &active.session,
            active.deck.as_ref(),
            now,
            super::projector::room_language(&active.session),
            state.projected.as_deref(),
        )
    };
    if state.projector_open {
        let view = room_view();
        let title = cx.tr(Key::ProjectorTitle);
        let fullscreen = state.projector_fullscreen;
        let session = &active.session;
        // Beside the facilitator's window (on an extended desktop: the second screen), never
        // over its controls.
        let main = ui.ctx().input(|i| i.viewport().outer_rect);
        let mut builder = egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1024.0, 640.0])
            .with_fullscreen(fullscreen);
        if let Some(main) = main {
            // Where it first opened; later moves of either window are the facilitator's.
            let at = ui.ctx().data_mut(|d| {
                *d.get_temp_mut_or_insert_with(egui::Id::unique("projector-position"), || {
                    egui::pos2(main.right() + 16.0, main.top())
                })
            });
            builder = builder.with_position(at);
        }
        let (closed, keys) = ui.ctx().show_viewport_immediate(
            egui::ViewportId::from_hash_of("projector"),
            builder,
            |ui, _class| {
                // The same keys work in the projector window (a presenter's clicker there).
                let keys = shortcuts(ui.ctx(), session, state, rail, now);
                // `projector_ui` paints the whole background itself: a panel fill under it would
                // paint every pixel twice (a software renderer's cost grows with painted area).
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| {
                        projector_ui(ui, &view, state.blank, flashing);
                    });
                (ui.ctx().input(|i| i.viewport().close_requested()), keys)
            },
        );
        commands.extend(keys);
        if closed {
            commands.push(Command::ToggleProjector);
        }
    }
    if state.presenting {
        let view = room_view();
        // A small way back for the mouse, beside Esc and F.
        let rect = ui.max_rect();
        projector_ui(ui, &view, state.blank, flashing);
        let back = egui::Rect::from_min_size(
            egui::pos2(rect.left(), rect.bottom() - 28.0),
            vec2(rect.width() * 0.45, 24.0),
        );
        if ui
            .put(
                back,
                egui::Button::new(RichText::new(cx.tr(Key::LeaveFullscreen)).weak()).frame(false),
            )
            .clicked()
        {
            commands.push(Command::ToggleFullscreen);
        }
        return commands;
    }
    if state.help {
        help_ui(ui, cx, &mut commands);
    }
    toast_ui(ui, cx, now, &mut commands);
    if active.session.finished().is_some() {
        messages_ui(ui, cx, active);
        summary_ui(ui, cx, active, &mut commands);
        return commands;
    }
    // Open in another window: a banner says so, and nothing under it can change the session.
    if super::read_only::read_only_banner_ui(ui, cx, &mut commands) {
        ui.disable();
    }
    if state.confirm_finish {
        confirm_finish_ui(ui, cx, &mut commands);
    }
    if let Some(card) = &state.open_card {
        open_card_ui(ui, cx, active, card, &mut commands);
    }
    if rail {
        egui::Panel::left("session-agenda")
            .resizable(true)
            .default_size(300.0)
            .min_size(220.0)
            .max_size((ui.available_width() * 0.4).max(220.0))
            .frame(egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    agenda_ui(ui, cx, active, state, now, &mut commands);
                    scroll_to_focus(ui);
                });
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
        .show(ui, |ui| {
            messages_ui(ui, cx, active);
            // The now zone stays in view; the rest scrolls under it.
            now_ui(ui, cx, active, state, rail, now, &mut commands);
            ui.separator();
            step_body_scroll(ui, &active.session).show(ui, |ui| {
                step_body_ui(ui, cx, active, state, &mut commands);
                scroll_to_focus(ui);
            });
        });
    commands
}

/// At the end of a scroll area's content: the widget that just took the keyboard focus (by Tab)
/// comes into view if it is in this area, so a capture below the fold is not edited unseen.
fn scroll_to_focus(ui: &egui::Ui) {
    let seen_id = ui.scope_id().with("focus-seen");
    let focused = ui.ctx().memory(|m| m.focused());
    if ui.data(|d| d.get_temp::<Option<egui::Id>>(seen_id)) == Some(focused) {
        return;
    }
    ui.data_mut(|d| d.insert_temp(seen_id, focused));
    if let Some(response) = focused.and_then(|id| ui.ctx().read_response(id))
        && ui.min_rect().contains_rect(response.rect)
    {
        response.scroll_to_me(None);
    }
}

/// The last action's toast, at the foot of the window over the content, with its undo (or
/// redo) button.
fn toast_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, now: DateTime<Utc>, commands: &mut Vec<Command>) {
    let Some(toast) = cx.toast.as_ref().filter(|t| t.showing(now)) else {
        return;
    };
    egui::Area::new(widgets::toast_id())
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_BOTTOM, widgets::toast_offset(ui.ctx()))
        .interactable(true)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(toast.text(cx.state.language)).strong())
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                    let Some(what) = toast.what(cx.state.language) else {
                        return;
                    };
                    let (label, name, command) = if toast.undone() {
                        (Key::Redo, Key::RedoWhat, SessionCommand::Redo)
                    } else {
                        (Key::Undo, Key::UndoWhat, SessionCommand::Undo)
                    };
                    let name = fill(cx.tr(name), &[("what", &what)]);
                    if ui
                        .button(cx.tr(label))
                        .widget_info_button(&name)
                        .on_hover_text(&name)
                        .clicked()
                    {
                        commands.push(Command::Session(command));
                    }
                });
            });
        });
}

/// Errors, save problems and the notes of a resumed session: one line each.
fn messages_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, active: &ActiveSession) {
    if let Some(error) = &cx.session_error {
        ui.add(
            egui::Label::new(RichText::new(cx.say(error)).color(ui.visuals().error_fg_color))
                .truncate(),
        );
    }
    if let Some(error) = cx.save_error() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(cx.tr(Key::SaveFailed), &[("error", &error)]),
        );
    }
    for note in &active.notes {
        let note = crate::i18n::Localized::message(note, cx.state.language);
        ui.add(egui::Label::new(RichText::new(note).weak()).truncate());
    }
}

fn help_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    // A window over the session, so nothing under it moves.
    egui::Window::new(cx.tr(Key::ShortcutsTitle))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .show(ui.ctx(), |ui| {
            // The list scrolls inside the window, so that the Close button stays in view in a
            // low window or at a large text size.
            let list_height = (ui.ctx().content_rect().height() - 160.0).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(list_height)
                .show(ui, |ui| {
                    egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                        for (key, what) in SHORTCUTS {
                            let key = shortcuts::key_caps(key, cx.state.language);
                            ui.label(RichText::new(key).monospace().strong());
                            ui.label(cx.tr(*what));
                            ui.end_row();
                        }
                    });
                });
            ui.separator();
            if ui.button(cx.tr(Key::Close)).clicked() {
                commands.push(Command::ToggleHelp);
            }
        });
}

fn confirm_finish_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-finish")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading(cx.tr(Key::FinishQuestion));
        ui.label(cx.tr(Key::FinishExplained));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(cx.tr(Key::FinishSession)).clicked() {
                commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
                commands.push(Command::Session(SessionCommand::Finish));
            }
            if ui.button(cx.tr(Key::KeepWorking)).clicked() {
                commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
    }
}

/// The question when another workshop is started while a session runs: continue the running
/// one, or start the new one (the running one stays saved and can be resumed).
pub fn confirm_start_ui(ui: &mut egui::Ui, cx: &Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let (Some(pending), Some(active)) = (&cx.pending_start, &cx.session) else {
        return commands;
    };
    let wanted = cx
        .library
        .workshop(&pending.workshop_id)
        .map_or(pending.workshop_id.as_str(), |w| w.value.title.as_str());
    let running = &active.session.workshop().title;
    let modal = egui::Modal::new(egui::Id::unique("confirm-start")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(fill(cx.tr(Key::SessionRunning), &[("workshop", running)]));
        ui.label(fill(
            cx.tr(Key::StartAnotherExplained),
            &[("workshop", running), ("new", &wanted)],
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(fill(cx.tr(Key::ContinueRunning), &[("workshop", running)]))
                .clicked()
            {
                commands.push(Command::ConfirmStart(false));
                commands.push(Command::ShowSession);
            }
            if ui
                .button(fill(cx.tr(Key::StartAnother), &[("workshop", &wanted)]))
                .clicked()
            {
                commands.push(Command::ConfirmStart(true));
            }
            if ui.button(cx.tr(Key::Cancel)).clicked() {
                commands.push(Command::ConfirmStart(false));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ConfirmStart(false));
    }
    commands
}
