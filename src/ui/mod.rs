//! The egui views: the window's shell (top bar and the current view), the library, the card
//! browser, the print dialog and the settings, plus themes, card faces and the interface's words.
//!
//! Each view draws from the app's state and returns the [`Command`]s the user asked for; it never
//! changes the library or the settings itself (only view-local state such as a search field).
//! Functions that take a `&mut egui::Ui` end in `_ui`. Loading, watching and persisting belong
//! to [`crate::app`].

use std::path::PathBuf;

use egui::RichText;

use crate::app::{App, Command, View};
use i18n::Key;

pub mod browser;
pub mod card_face;
pub mod choosing;
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
pub fn shell_ui(ui: &mut egui::Ui, app: &mut App) -> Vec<Command> {
    let mut commands = Vec::new();
    // Full screen for the room: nothing but the room's view.
    let presenting = matches!(&app.view, View::Session(s) if s.presenting);
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
                    ui.heading(RichText::new(app.tr(Key::AppTitle)).strong());
                    ui.separator();
                    if app.bundled {
                        let at_home = matches!(app.view, View::Home);
                        let text = format!("{}  {}", crate::icons::HOUSE, app.tr(Key::Home));
                        let response = ui.selectable_label(at_home, text);
                        let name = app.tr(Key::Home).as_str();
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Button, true, at_home, name)
                        });
                        if response.clicked() {
                            commands.push(Command::ShowHome);
                        }
                    }
                    let in_library = matches!(app.view, View::Library);
                    if ui
                        .selectable_label(in_library, app.tr(Key::Library))
                        .clicked()
                    {
                        commands.push(Command::ShowLibrary);
                    }
                    let in_settings = matches!(app.view, View::Settings);
                    if ui
                        .selectable_label(in_settings, app.tr(Key::Settings))
                        .clicked()
                    {
                        commands.push(Command::ShowSettings);
                    }
                    if app.session.is_some() && !matches!(app.view, View::Session(_)) {
                        let title = app
                            .session
                            .as_ref()
                            .map(|a| a.session.workshop().title.clone())
                            .unwrap_or_default();
                        if ui
                            .button(i18n::fill(
                                app.tr(Key::BackToSession),
                                &[("workshop", &title)],
                            ))
                            .clicked()
                        {
                            commands.push(Command::ShowSession);
                        }
                    }
                    if !in_library && !matches!(app.view, View::Home) {
                        ui.separator();
                        if ui.button(format!("← {}", app.tr(Key::Back))).clicked() {
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
                ui.label(RichText::new(app.tr(Key::DropHint)).strong());
            }
            let view_commands = match app.view {
                View::Home => home::home_ui(ui, app),
                View::Library => library::library_ui(ui, app),
                View::Browser(_) => browser::browser_view_ui(ui, app),
                View::Print(_) => print::print_view_ui(ui, app),
                View::Settings => settings::settings_ui(ui, app),
                View::Session(_) => workshop::session_view_ui(ui, app),
            };
            commands.extend(view_commands);
        });
    commands.extend(workshop::confirm_start_ui(ui, app));
    commands
}
