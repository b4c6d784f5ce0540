//! The banner over a session that another running window of the program has open: the session
//! is shown read-only (every field, draw, timer and step control disabled, nothing saved), and
//! the banner says who holds it and what to do: close the other window and try again, or open
//! a copy to work on.

use egui::RichText;

use super::Ctx;
use super::command::Command;
use super::i18n::Key;
use crate::icons as icon;

/// The banner, as a panel along the top of the session view, when the open session is
/// read-only; returns whether it is (the caller then disables the session's controls).
pub fn read_only_banner_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) -> bool {
    let Some(why) = cx.read_only() else {
        return false;
    };
    let Some(id) = cx.session.as_ref().map(|a| a.session.id().to_owned()) else {
        return false;
    };
    let warn = ui.visuals().warn_fg_color;
    let fill = super::theme::over(warn.gamma_multiply(0.14), ui.visuals().panel_fill);
    egui::Panel::top("session-read-only")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .stroke(egui::Stroke::new(1.5, warn))
                .inner_margin(10.0),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(icon::LOCK).size(20.0).color(warn));
                ui.label(
                    RichText::new(cx.tr(Key::ReadOnlyTitle))
                        .strong()
                        .size(18.0)
                        .color(warn),
                );
            });
            ui.add(egui::Label::new(RichText::new(cx.say(why)).strong()).wrap());
            ui.horizontal_wrapped(|ui| {
                if super::home::icon_button(ui, true, icon::ARROW_CLOCKWISE, &cx.tr(Key::TryAgain))
                    .clicked()
                {
                    commands.push(Command::OpenSession(id.clone()));
                }
                if super::home::icon_button(ui, true, icon::COPY, &cx.tr(Key::OpenCopy)).clicked() {
                    commands.push(Command::OpenSessionCopy);
                }
            });
        });
    true
}
