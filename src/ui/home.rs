//! The home screen: what a facilitator came for first. Unfinished sessions as prominent
//! "Fortsätt" cards, the workshops as cards to run (duration, steps, deck), the decks to print,
//! and the user's own folder (open it, reload, choose another, the problems found), with the
//! folder path, reload and load time under "Avancerat". The library is one click away.
//!
//! Like the other views it reads the app and returns commands. It also holds the small pieces
//! other views share about the desktop: the message when a dialog or the opener failed.

use std::path::Path;

use crate::icons as icon;
use egui::{RichText, ScrollArea};

use super::Selection;
use super::i18n::{Key, Language, fill};
use crate::app::{App, Command};
use crate::model::{Deck, Loaded, Workshop};

/// The width of a card on the home screen.
const CARD_WIDTH: f32 = 360.0;

/// The home screen.
pub fn home_ui(ui: &mut egui::Ui, app: &mut App) -> Vec<Command> {
    let mut commands = Vec::new();
    ScrollArea::vertical()
        .id_salt("home-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1240.0));
            continue_ui(ui, app, &mut commands);
            workshops_ui(ui, app, &mut commands);
            decks_ui(ui, app, &mut commands);
            own_folder_ui(ui, app, &mut commands);
            ui.add_space(12.0);
        });
    commands
}

/// A heading with an icon.
fn section_heading(ui: &mut egui::Ui, glyph: &str, text: &str) {
    ui.add_space(14.0);
    // The icon is a label of its own, so the heading's accessible name is its text alone.
    ui.horizontal(|ui| {
        ui.label(RichText::new(glyph).size(24.0).strong());
        ui.heading(RichText::new(text).strong().size(24.0));
    });
    ui.add_space(4.0);
}

/// A line of text after an icon (the icon a label of its own).
fn icon_line(ui: &mut egui::Ui, glyph: &str, text: RichText) {
    ui.horizontal(|ui| {
        ui.label(glyph);
        ui.label(text);
    });
}

/// A card: a framed box of a fixed width; returns the inner response of the frame.
fn card_frame<R>(
    ui: &mut egui::Ui,
    background: egui::Color32,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let width = CARD_WIDTH.min(ui.available_width());
    egui::Frame::group(ui.style())
        .fill(background)
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            // Top to bottom inside, whatever the row around it does.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.set_width(width - 26.0);
                add(ui)
            })
            .inner
        })
}

/// Lays `items` out as rows of cards: as many per row as fit the width, at least one.
fn card_rows<T>(ui: &mut egui::Ui, items: &[T], mut card: impl FnMut(&mut egui::Ui, &T)) {
    let gap = 12.0;
    let per_row = (((ui.available_width() + gap) / (CARD_WIDTH + gap)).floor() as usize).max(1);
    for row in items.chunks(per_row) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for item in row {
                card(ui, item);
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
}

/// Makes a whole card one button with the accessible name `label`; returns whether it was
/// clicked (or activated with Enter or Space).
fn card_click(ui: &mut egui::Ui, rect: egui::Rect, id: egui::Id, label: &str) -> bool {
    let response = ui
        .interact(rect, id, egui::Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let label = label.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let visuals = ui.visuals();
    let stroke = if response.has_focus() {
        Some(visuals.selection.stroke)
    } else if response.hovered() {
        Some(visuals.widgets.hovered.bg_stroke)
    } else {
        None
    };
    if let Some(stroke) = stroke {
        ui.painter().rect_stroke(
            rect,
            8.0,
            egui::Stroke::new(stroke.width.max(2.0), stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    response.clicked()
}

/// A button with an icon before its text; its accessible name is the text alone.
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, glyph: &str, text: &str) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(format!("{glyph}  {text}")));
    let name = text.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    response
}

/// The local clock time of an instant, as `YYYY-MM-DD HH:MM`.
fn local_time(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The "Fortsätt" cards: one per unfinished session (the three newest).
fn continue_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    let open_id = app.session.as_ref().map(|a| a.session.id().to_owned());
    let listed: Vec<_> = app
        .unfinished
        .iter()
        .filter(|l| open_id.as_deref() != Some(l.id.as_str()))
        .filter_map(|l| l.state.as_ref().ok().map(|s| (l, s)))
        .take(3)
        .collect();
    if listed.is_empty() {
        return;
    }
    section_heading(ui, icon::PLAY_CIRCLE, app.tr(Key::ContinueTitle));
    let accent = ui.visuals().selection.bg_fill;
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, &listed, |ui, &(listing, state)| {
        let workshop = app.library.workshop(&state.workshop).map(|w| &w.value);
        let step = workshop.and_then(|w| {
            let index = w.steps.iter().position(|s| s.id == state.current_step)?;
            Some(fill_step(app.state.language, index, w))
        });
        let frame = card_frame(ui, background, |ui| {
            ui.label(
                RichText::new(&state.workshop_title)
                    .strong()
                    .size(20.0)
                    .color(ui.visuals().strong_text_color()),
            );
            ui.label(fill_when(app, &state.updated));
            if let Some(step) = &step {
                ui.label(step);
            }
            ui.add_space(6.0);
            let text = RichText::new(format!("{}  {}", icon::PLAY, app.tr(Key::ContinueButton)))
                .size(20.0)
                .strong()
                .color(super::theme::text_on(accent));
            let button = egui::Button::new(text)
                .fill(accent)
                .min_size(egui::vec2(180.0, 40.0));
            let name = fill(
                app.tr(Key::ContinueNamed),
                &[("workshop", &state.workshop_title)],
            );
            let response = ui.add(button);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            response.clicked()
        });
        if frame.inner {
            commands.push(Command::OpenSession(listing.id.clone()));
        }
    });
}

fn fill_when(app: &App, updated: &chrono::DateTime<chrono::Utc>) -> String {
    fill(app.tr(Key::ContinueWhen), &[("time", &local_time(updated))])
}

fn fill_step(language: Language, index: usize, workshop: &Workshop) -> String {
    fill(
        language.tr(Key::ContinueStep),
        &[
            ("n", &(index + 1)),
            ("total", &workshop.steps.len()),
            ("step", &workshop.steps[index].title),
        ],
    )
}

/// The badge telling a bundled item from the user's own.
fn origin_badge(ui: &mut egui::Ui, app: &App, path: &Path) {
    let (key, glyph) = if crate::content::is_bundled(path) {
        (Key::Bundled, icon::PACKAGE)
    } else {
        (Key::OwnFile, icon::USER)
    };
    ui.label(
        RichText::new(format!("{glyph} {}", app.tr(key)))
            .small()
            .weak(),
    )
    .on_hover_text(path.display().to_string());
}

/// The workshops as cards; a click opens the workshop's page with its start button.
fn workshops_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    section_heading(ui, icon::PRESENTATION_CHART, app.tr(Key::HomeRunWorkshop));
    ui.label(RichText::new(app.tr(Key::HomeRunHint)).weak());
    ui.add_space(6.0);
    let workshops = app.workshops_in_order();
    if workshops.is_empty() {
        ui.label(RichText::new(app.tr(Key::NoWorkshops)).weak());
        return;
    }
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, &workshops, |ui, loaded| {
        if workshop_card_ui(ui, app, loaded, background) {
            commands.push(Command::ShowInLibrary(Selection::Workshop(
                loaded.value.id.clone(),
            )));
        }
    });
}

fn workshop_card_ui(
    ui: &mut egui::Ui,
    app: &App,
    loaded: &Loaded<Workshop>,
    background: egui::Color32,
) -> bool {
    let w = &loaded.value;
    let deck = w.deck.as_deref().map_or_else(
        || app.tr(Key::NoDeck).to_owned(),
        |id| {
            let title = app.library.deck(id).map_or(id, |d| d.value.title.as_str());
            fill_text(app, Key::UsesDeck, "deck", title)
        },
    );
    let frame = card_frame(ui, background, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(&w.title)
                    .strong()
                    .size(20.0)
                    .color(ui.visuals().strong_text_color()),
            );
        });
        ui.label(format!(
            "{}  {}    {}  {}",
            icon::CLOCK,
            fill(app.tr(Key::Minutes), &[("n", &w.total_minutes())]),
            icon::LIST_NUMBERS,
            fill(app.tr(Key::Steps), &[("n", &w.steps.len())]),
        ));
        ui.label(format!("{}  {deck}", icon::CARDS));
        if let Some(description) = &w.description {
            ui.add(
                egui::Label::new(RichText::new(first_sentences(description, 180)).weak()).wrap(),
            );
        }
        origin_badge(ui, app, &loaded.source.path);
    });
    let label = fill(app.tr(Key::OpenWorkshopNamed), &[("workshop", &w.title)]);
    let id = ui.scope_id().with(("workshop-card", &w.id));
    card_click(ui, frame.response.rect, id, &label)
}

fn fill_text(app: &App, key: Key, name: &str, value: &str) -> String {
    fill(app.tr(key), &[(name, &value)])
}

/// The start of `text`, whole sentences while they fit in `max` characters (at least one,
/// cut with an ellipsis when it alone is longer).
pub fn first_sentences(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut end = 0;
    for (at, c) in text.char_indices() {
        if text[..at].chars().count() > max {
            break;
        }
        if matches!(c, '.' | '!' | '?') {
            end = at + c.len_utf8();
        }
    }
    if end > 0 {
        return text[..end].to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The decks to print (and browse).
fn decks_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    section_heading(ui, icon::PRINTER, app.tr(Key::HomePrint));
    let decks = app.decks_in_order();
    if decks.is_empty() {
        ui.label(RichText::new(app.tr(Key::NoDecks)).weak());
        return;
    }
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, &decks, |ui, loaded| {
        deck_card_ui(ui, app, loaded, background, commands);
    });
}

fn deck_card_ui(
    ui: &mut egui::Ui,
    app: &App,
    loaded: &Loaded<Deck>,
    background: egui::Color32,
    commands: &mut Vec<Command>,
) {
    let deck = &loaded.value;
    card_frame(ui, background, |ui| {
        ui.label(
            RichText::new(&deck.title)
                .strong()
                .size(20.0)
                .color(ui.visuals().strong_text_color()),
        );
        ui.label(format!(
            "{}  {}",
            icon::CARDS,
            fill(app.tr(Key::Cards), &[("n", &deck.cards.len())])
        ));
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for category in &deck.categories {
                category_chip_ui(ui, category);
            }
        });
        origin_badge(ui, app, &loaded.source.path);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let print = ui.add(
                egui::Button::new(
                    RichText::new(format!("{}  {}", icon::PRINTER, app.tr(Key::Print))).size(18.0),
                )
                .min_size(egui::vec2(120.0, 34.0)),
            );
            let name = fill(app.tr(Key::PrintNamed), &[("deck", &deck.title)]);
            print.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if print.clicked() {
                commands.push(Command::PrintDeck(deck.id.clone()));
            }
            let browse = ui.add(
                egui::Button::new(format!("{}  {}", icon::CARDS, app.tr(Key::BrowseCards)))
                    .min_size(egui::vec2(0.0, 34.0)),
            );
            let name = fill(app.tr(Key::BrowseNamed), &[("deck", &deck.title)]);
            browse.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if browse.clicked() {
                commands.push(Command::BrowseDeck(deck.id.clone()));
            }
        });
    });
}

/// A category's colour with its symbol, the name on hover.
pub fn category_chip_ui(ui: &mut egui::Ui, category: &crate::model::Category) {
    let band = super::theme::color_of(&category.color);
    let symbol = category.symbol.clone().unwrap_or_default();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(30.0, 22.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 4.0, band);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        symbol,
        egui::FontId::proportional(14.0),
        super::theme::text_on(band),
    );
    let name = category.name.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    response.on_hover_text(&category.name);
}

/// The user's own folder: where it is, open it, reload, choose another, what it holds and
/// the problems found; the details under "Avancerat".
fn own_folder_ui(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    section_heading(ui, icon::FOLDER_USER, app.tr(Key::OwnDecks));
    if app.documents_created {
        ui.label(RichText::new(app.tr(Key::FolderCreated)).strong());
    }
    if let Some(error) = &app.documents_error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(app.tr(Key::FolderCreateFailed), &[("error", error)]),
        );
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(fill(
            app.tr(Key::OwnFolderIs),
            &[("path", &app.folder.display())],
        ));
    });
    ui.horizontal_wrapped(|ui| {
        let dialog_open = app.desktop.dialog_open();
        if icon_button(ui, true, icon::FOLDER_OPEN, app.tr(Key::OpenOwnFolder)).clicked() {
            commands.push(Command::RevealFolder(app.folder.clone()));
        }
        if icon_button(ui, true, icon::ARROW_CLOCKWISE, app.tr(Key::Reload)).clicked() {
            commands.push(Command::Reload);
        }
        if icon_button(ui, !dialog_open, icon::FOLDERS, app.tr(Key::ChooseFolder)).clicked() {
            commands.push(Command::ChooseFolder);
        }
        if icon_button(ui, true, icon::BOOKS, app.tr(Key::ToLibrary)).clicked() {
            commands.push(Command::ShowLibrary);
        }
    });
    desktop_messages_ui(ui, app, commands);
    let own_decks = app
        .library
        .decks
        .iter()
        .filter(|d| !crate::content::is_bundled(&d.source.path))
        .count();
    let own_workshops = app
        .library
        .workshops
        .iter()
        .filter(|w| !crate::content::is_bundled(&w.source.path))
        .count();
    if own_decks + own_workshops == 0 {
        ui.label(RichText::new(app.tr(Key::OwnNone)).weak());
    } else {
        ui.label(fill(
            app.tr(Key::OwnCounts),
            &[("decks", &own_decks), ("workshops", &own_workshops)],
        ));
    }
    let problems: Vec<_> = app
        .library
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty() && !crate::content::is_bundled(&f.path))
        .collect();
    if problems.is_empty() && app.library.general.is_empty() {
        icon_line(
            ui,
            icon::CHECK_CIRCLE,
            RichText::new(app.tr(Key::NoProblems)).weak(),
        );
    } else {
        let text = fill(app.tr(Key::ProblemsFound), &[("n", &problems.len())]);
        let color = ui.visuals().warn_fg_color;
        icon_line(ui, icon::WARNING, RichText::new(text).color(color));
        for file in problems {
            let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
            let name = file.path.file_name().map_or_else(
                || file.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let color = if errors > 0 {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().warn_fg_color
            };
            let first = file
                .diagnostics
                .first()
                .map(|d| d.message.clone())
                .unwrap_or_default();
            let text = format!(
                "{name} · {}: {}",
                fill(app.tr(Key::Errors), &[("n", &errors)]),
                first_sentences(&first, 120)
            );
            if ui
                .link(RichText::new(text).color(color))
                .on_hover_text(file.path.display().to_string())
                .clicked()
            {
                commands.push(Command::ShowInLibrary(Selection::File(file.path.clone())));
            }
        }
        for general in &app.library.general {
            ui.colored_label(ui.visuals().error_fg_color, general.to_string());
        }
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(app.tr(Key::Advanced))
        .id_salt("home-advanced")
        .show(ui, |ui| {
            super::library::folder_bar_ui(ui, app, commands);
            ui.label(
                RichText::new(fill(
                    app.tr(Key::ExportsGoTo),
                    &[("path", &app.exports_dir.display())],
                ))
                .weak(),
            );
            super::library::past_sessions_ui(ui, app, commands);
        });
}

/// What went wrong with a dialog or the opener: a message in the interface's language and,
/// for a file that could not be opened, its path to copy.
pub fn desktop_messages_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    if let Some(error) = &app.dialog_error {
        ui.colored_label(ui.visuals().warn_fg_color, error);
    }
    if let Some((path, error)) = &app.reveal_error {
        open_failed_ui(ui, app.state.language, path, error, commands);
    }
}

/// The message for a file or folder that could not be opened, with its path to copy.
pub fn open_failed_ui(
    ui: &mut egui::Ui,
    language: Language,
    path: &Path,
    error: &str,
    commands: &mut Vec<Command>,
) {
    let message = ui.colored_label(
        ui.visuals().error_fg_color,
        fill(
            language.tr(Key::OpenFailed),
            &[("path", &path.display()), ("error", &error)],
        ),
    );
    ui.horizontal(|ui| {
        let mut text = path.display().to_string();
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width((ui.available_width() - 180.0).max(160.0))
                .id_salt("open-failed-path"),
        )
        .labelled_by(message.id);
        if icon_button(ui, true, icon::COPY, language.tr(Key::CopyPath)).clicked() {
            commands.push(Command::CopyText(path.display().to_string()));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_keep_whole_sentences_within_the_limit() {
        let text = "Ett kort steg. Ett andra steg som är längre. Ett tredje.";
        assert_eq!(first_sentences(text, 100), text);
        assert_eq!(first_sentences(text, 30), "Ett kort steg.");
        assert_eq!(first_sentences("Ordet ordet ordet", 10), "Ordet ord…");
        assert_eq!(first_sentences("  Två\n rader ", 50), "Två rader");
        // Multi-byte letters are counted as letters, not bytes.
        assert_eq!(first_sentences("Åäö åäö åäö", 6), "Åäö å…");
    }
}
