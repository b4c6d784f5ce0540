//! The egui views: the window's shell (top bar and the current view), the library, the card
//! browser, the print dialog and the settings, plus themes, card faces and the interface's words.
//!
//! Each view draws from a [`Ctx`] (shared references to the app's state, built by the app each
//! frame) and returns the [`Command`]s the user asked for; it never changes the library or the
//! settings itself (only view-local state such as a search field). This module uses nothing of
//! [`crate::app`], so the two do not depend on each other.
//! Functions that take a `&mut egui::Ui` end in `_ui`. Loading, watching and persisting belong
//! to [`crate::app`].

use std::path::PathBuf;

use egui::RichText;

use command::{Command, View};
pub use context::{Ctx, Prefs};
use i18n::Key;

pub mod browser;
pub mod card_face;
pub mod choosing;
pub mod command;
pub mod context;
pub mod home;
pub mod i18n;
pub mod library;
pub mod print;
pub mod projector;
pub mod read_only;
pub mod settings;
pub mod theme;
pub mod workshop;

/// An item of the library list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// A deck, by id.
    Deck(String),
    /// A workshop, by id.
    Workshop(String),
    /// A file (broken or with warnings), by path.
    File(PathBuf),
}

/// The whole window: the top bar, then the current view.
pub fn shell_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    // Full screen for the room: nothing but the room's view.
    let presenting = matches!(&cx.view, View::Session(s) if s.presenting);
    // The window is cleared with the panel colour (`App::clear_color`), so the panels only lay
    // out and paint no background: each repaint fills the window once, which keeps a running
    // timer cheap on software renderers.
    let unfilled = |frame: egui::Frame| frame.fill(egui::Color32::TRANSPARENT);
    if !presenting {
        egui::Panel::top("top-bar")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(4.0);
                // Wrapped: at a large text size the buttons go on to a second row instead of
                // running out of the window.
                ui.horizontal_wrapped(|ui| {
                    ui.heading(RichText::new(cx.tr(Key::AppTitle)).strong());
                    ui.separator();
                    if cx.bundled {
                        let at_home = matches!(cx.view, View::Home);
                        let text = format!("{}  {}", crate::icons::HOUSE, cx.tr(Key::Home));
                        let response = ui.selectable_label(at_home, text);
                        let name = cx.tr(Key::Home).as_str();
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Button, true, at_home, name)
                        });
                        if response.clicked() {
                            commands.push(Command::ShowHome);
                        }
                    }
                    let in_library = matches!(cx.view, View::Library);
                    if ui
                        .selectable_label(in_library, cx.tr(Key::Library))
                        .clicked()
                    {
                        commands.push(Command::ShowLibrary);
                    }
                    let in_settings = matches!(cx.view, View::Settings);
                    if ui
                        .selectable_label(in_settings, cx.tr(Key::Settings))
                        .clicked()
                    {
                        commands.push(Command::ShowSettings);
                    }
                    if cx.session.is_some() && !matches!(cx.view, View::Session(_)) {
                        let title = cx
                            .session
                            .as_ref()
                            .map(|a| a.session.workshop().title.clone())
                            .unwrap_or_default();
                        if ui
                            .button(i18n::fill(
                                cx.tr(Key::BackToSession),
                                &[("workshop", &title)],
                            ))
                            .clicked()
                        {
                            commands.push(Command::ShowSession);
                        }
                    }
                    if !in_library && !matches!(cx.view, View::Home) {
                        ui.separator();
                        if ui.button(format!("← {}", cx.tr(Key::Back))).clicked() {
                            commands.push(Command::Back);
                        }
                    }
                });
                ui.add_space(2.0);
            });
    }
    let hovering_files = ui.ctx().input(|i| !i.raw.hovered_files.is_empty());
    egui::CentralPanel::default()
        .frame(unfilled(egui::Frame::central_panel(ui.style())))
        .show(ui, |ui| {
            if hovering_files {
                ui.label(RichText::new(cx.tr(Key::DropHint)).strong());
            }
            let view_commands = match cx.view {
                View::Home => home::home_ui(ui, cx),
                View::Library => library::library_ui(ui, cx),
                View::Browser(_) => browser::browser_view_ui(ui, cx),
                View::Print(_) => print::print_view_ui(ui, cx),
                View::Settings => settings::settings_ui(ui, cx),
                View::Session(_) => workshop::session_view_ui(ui, cx),
            };
            commands.extend(view_commands);
        });
    commands.extend(workshop::confirm_start_ui(ui, cx));
    commands
}
