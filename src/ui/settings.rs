//! The settings view: interface language, theme and text size.
//!
//! It shows the current settings and returns a command for each change; the app applies and
//! persists them.

use egui::RichText;

use super::Ctx;
use super::command::{Command, TEXT_SIZE_RANGE};
use super::i18n::{Key, Language};
use super::theme::Theme;

/// The settings view.
pub fn settings_ui(ui: &mut egui::Ui, cx: &Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let tr = |key| cx.tr(key);
    ui.heading(tr(Key::Settings));
    ui.add_space(8.0);

    ui.label(RichText::new(tr(Key::InterfaceLanguage)).strong());
    ui.horizontal(|ui| {
        for language in Language::ALL {
            if ui
                .radio(cx.state.language == language, language.name())
                .clicked()
            {
                commands.push(Command::SetLanguage(language));
            }
        }
    });
    ui.add_space(10.0);

    ui.label(RichText::new(tr(Key::Theme)).strong());
    ui.horizontal(|ui| {
        for theme in Theme::ALL {
            if ui.radio(cx.state.theme == theme, tr(theme.key())).clicked() {
                commands.push(Command::SetTheme(theme));
            }
        }
    });
    ui.add_space(10.0);

    let label = ui.label(RichText::new(tr(Key::TextSize)).strong());
    let mut size = cx.state.text_size;
    let slider = egui::Slider::new(&mut size, TEXT_SIZE_RANGE)
        .suffix(cx.tr(Key::PercentSuffix))
        .step_by(10.0);
    let response = ui.add(slider).labelled_by(label.id);
    // Apply when the drag ends (or a key changed it), so the slider does not move under the
    // pointer while the zoom changes.
    if size != cx.state.text_size && !response.dragged() {
        commands.push(Command::SetTextSize(size));
    }
    if response.drag_stopped() && size != cx.state.text_size {
        commands.push(Command::SetTextSize(size));
    }
    ui.add_space(10.0);
    ui.label(RichText::new(tr(Key::SettingsSaved)).weak());
    ui.add_space(14.0);
    ui.label(RichText::new(tr(Key::Keyboard)).strong());
    ui.label(tr(Key::KeyboardHelp));
    commands
}
