//! The library view: the folder in use, the list of decks, workshops and files with problems,
//! and the details of the selected item (a deck's summary, a workshop's description, roles,
//! preparation and agenda, or a file's located problems with the lines around each).
//!
//! It reads the app's [`crate::model::Library`] and returns commands; loading and watching are
//! the app's. The only state it keeps is which problem of a file is shown.

use std::path::PathBuf;

use egui::{RichText, ScrollArea, TextStyle};

use super::Ctx;
use super::Selection;
use super::command::Command;
use super::i18n::{Key, fill};
use crate::model::{Deck, Diagnostic, FileReport, Workshop};

/// How many lines around a problem the excerpt shows.
const EXCERPT_CONTEXT: usize = 3;

/// View-local state of the library view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryViewState {
    /// The problem (index into the file's diagnostics) whose lines are shown.
    pub diagnostic: Option<usize>,
    /// The start time typed for the facilitator guide (`HH:MM`); empty means 09:00.
    pub guide_start: String,
    /// The planned start typed for a new session (`HH:MM`); empty means the next quarter hour.
    pub session_start: String,
    /// The seed typed for a new session; empty means one made from the clock.
    pub session_seed: String,
}

/// Starting a session of a workshop: planned start, seed and the start button.
fn start_session_ui(
    ui: &mut egui::Ui,
    cx: &mut Ctx<'_>,
    workshop: &Workshop,
    commands: &mut Vec<Command>,
) {
    let now = cx.now();
    if cx.library_view.session_start.is_empty() {
        cx.library_view.session_start = crate::active::next_quarter_hour(now);
    }
    if cx.library_view.session_seed.is_empty() {
        cx.library_view.session_seed = crate::seed::new_seed().to_string();
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.heading(cx.tr(Key::RunWorkshop));
        // Wrapped: in a narrow window (or at 200 % text) the start button goes to the next
        // line instead of past the window's edge.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(cx.tr(Key::StartTime));
            ui.add(
                egui::TextEdit::singleline(&mut cx.library_view.session_start)
                    .desired_width(60.0)
                    .id_salt("session-start"),
            )
            .labelled_by(label.id);
            let label = ui.label(cx.tr(Key::Seed));
            ui.add(
                egui::TextEdit::singleline(&mut cx.library_view.session_seed)
                    .desired_width(110.0)
                    .id_salt("session-seed"),
            )
            .labelled_by(label.id);
            if ui
                .button(RichText::new(cx.tr(Key::StartSession)).size(18.0).strong())
                .clicked()
            {
                commands.push(Command::StartSession {
                    workshop_id: workshop.id.clone(),
                    start: cx.library_view.session_start.clone(),
                    seed: cx.library_view.session_seed.clone(),
                });
            }
        });
        if let Some(error) = &cx.session_error {
            ui.colored_label(ui.visuals().error_fg_color, cx.say(error));
        }
    });
}

/// The banner offering to resume unfinished sessions, and the list of past sessions.
fn sessions_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    super::home::sessions_loading_ui(ui, cx);
    let time = |t: &chrono::DateTime<chrono::Utc>| {
        cx.state
            .language
            .date_time(t.with_timezone(&chrono::Local).naive_local())
    };
    let open_id = cx.session.as_ref().map(|a| a.session.id().to_owned());
    for listing in cx.unfinished.iter().take(3) {
        let Ok(listed) = &listing.state else { continue };
        if open_id.as_deref() == Some(listing.id.as_str()) {
            continue;
        }
        let text = fill(
            cx.tr(Key::ResumeSession),
            &[
                ("workshop", &listed.workshop_title),
                ("time", &time(&listed.updated)),
            ],
        );
        ui.horizontal(|ui| {
            if ui.button(RichText::new(text).strong()).clicked() {
                commands.push(Command::OpenSession(listing.id.clone()));
            }
        });
    }
    past_sessions_ui(ui, cx, commands);
}

/// Every session of the store, finished or not, under a collapsed heading.
pub(crate) fn past_sessions_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    let time = |t: &chrono::DateTime<chrono::Utc>| {
        cx.state
            .language
            .date_time(t.with_timezone(&chrono::Local).naive_local())
    };
    if cx.past_sessions.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(fill(
        cx.tr(Key::PastSessions),
        &[("n", &cx.past_sessions.len())],
    ))
    .id_salt("past-sessions")
    .show(ui, |ui| {
        for listing in cx.past_sessions.iter() {
            ui.horizontal(|ui| match &listing.state {
                Ok(listed) => {
                    let state = if listed.finished.is_some() {
                        cx.tr(Key::Finished)
                    } else {
                        cx.tr(Key::Unfinished)
                    };
                    ui.label(format!(
                        "{} · {} · {state}",
                        listed.workshop_title,
                        time(&listed.updated)
                    ));
                    if ui
                        .button(fill(cx.tr(Key::OpenSession), &[("id", &listing.id)]))
                        .clicked()
                    {
                        commands.push(Command::OpenSession(listing.id.clone()));
                    }
                    let follow_up = cx
                        .follow_up_workshop(&listed.workshop)
                        .and_then(|id| cx.library.workshop(id))
                        .map(|w| w.value.title.clone());
                    if listed.finished.is_some()
                        && let Some(title) = follow_up
                        && ui
                            .button(cx.tr(Key::StartFollowUp))
                            .on_hover_text(fill(
                                cx.tr(Key::StartFollowUpHint),
                                &[("workshop", &title)],
                            ))
                            .clicked()
                    {
                        commands.push(Command::StartFollowUp(listing.id.clone()));
                    }
                }
                Err(e) => {
                    let why = crate::i18n::Localized::message(e.as_ref(), cx.state.language);
                    ui.label(format!("{}: {why}", listing.id));
                }
            });
        }
    });
}

/// The facilitator guide export of a workshop: start time, export button and status.
fn guide_export_ui(
    ui: &mut egui::Ui,
    cx: &mut Ctx<'_>,
    workshop: &Workshop,
    commands: &mut Vec<Command>,
) {
    let language = cx.state.language;
    let status = super::print::export_status(cx);
    ui.add_space(12.0);
    ui.separator();
    ui.heading(cx.tr(Key::Guide));
    let path = cx.output_path(&crate::paths::guide_pdf_name(&workshop.id));
    ui.horizontal(|ui| {
        let label = ui.label(cx.tr(Key::StartTime));
        if cx.library_view.guide_start.is_empty() {
            cx.library_view.guide_start = "09:00".to_owned();
        }
        ui.add(egui::TextEdit::singleline(&mut cx.library_view.guide_start).desired_width(60.0))
            .labelled_by(label.id);
        let button = ui.add_enabled(
            status.running.is_none(),
            egui::Button::new(cx.tr(Key::ExportGuide)),
        );
        if button.clicked() {
            commands.push(Command::ExportGuide {
                workshop_id: workshop.id.clone(),
                start: cx.library_view.guide_start.clone(),
                path: path.clone(),
            });
        }
    });
    ui.label(RichText::new(path.display().to_string()).weak());
    super::print::export_status_ui(ui, language, &status, commands);
}

/// The library view.
pub fn library_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    // The folder, reload and load time are details: shown when something is wrong with them.
    let trouble = !cx.folder_exists()
        || cx.folder_error.is_some()
        || cx.watch_error.is_some()
        || !cx.ignored_drops.is_empty();
    egui::CollapsingHeader::new(cx.tr(Key::Advanced))
        .id_salt("library-advanced")
        .open(trouble.then_some(true))
        .show(ui, |ui| folder_bar_ui(ui, cx, &mut commands));
    super::home::loading_ui(ui, cx);
    sessions_ui(ui, cx, &mut commands);
    ui.separator();
    egui::Panel::left("library-list")
        .resizable(true)
        .default_size(320.0)
        .size_range(220.0..=600.0)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("library-list-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| list_ui(ui, cx, &mut commands));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt("library-detail-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| detail_ui(ui, cx, &mut commands));
    });
    commands
}

/// The folder in use as a path to type, with open and reload, the load time and what was
/// ignored.
pub(crate) fn folder_bar_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>, commands: &mut Vec<Command>) {
    if !cx.folder_exists() {
        let text = fill(cx.tr(Key::FolderMissing), &[("path", &cx.folder.display())]);
        ui.label(
            RichText::new(text)
                .color(ui.visuals().error_fg_color)
                .strong(),
        );
    }
    ui.horizontal(|ui| {
        let label = ui.label(cx.tr(Key::Folder));
        let hint = cx.tr(Key::FolderPath);
        let field = egui::TextEdit::singleline(cx.folder_input)
            .desired_width((ui.available_width() - 260.0).clamp(160.0, 700.0))
            .hint_text(hint);
        let response = ui.add(field).labelled_by(label.id);
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(cx.tr(Key::OpenFolder)).clicked() || submitted {
            commands.push(Command::OpenFolder(PathBuf::from(cx.folder_input.trim())));
        }
        if ui.button(cx.tr(Key::Reload)).clicked() {
            commands.push(Command::Reload);
        }
    });
    if let Some(error) = &cx.folder_error {
        ui.label(RichText::new(cx.say(error)).color(ui.visuals().error_fg_color));
    }
    let summary = cx.library.summary();
    let mut status = fill(
        cx.tr(Key::Reloaded),
        &[
            ("time", &cx.loaded_at),
            ("files", &summary.files),
            ("errors", &summary.errors),
        ],
    );
    if cx.is_watching() {
        status.push(' ');
        status.push_str(&cx.tr(Key::Watching));
    }
    ui.label(RichText::new(status).weak());
    if let Some(error) = &cx.watch_error {
        let text = fill(cx.tr(Key::WatchFailed), &[("error", &cx.say(error))]);
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    }
    for path in cx.ignored_drops.iter() {
        let text = fill(cx.tr(Key::DroppedIgnored), &[("path", &path.display())]);
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    }
}

fn list_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    let selected = cx.selection.as_ref();
    ui.heading(format!(
        "{} ({})",
        cx.tr(Key::Decks),
        cx.library.decks.len()
    ));
    if cx.library.decks.is_empty() {
        ui.label(RichText::new(cx.tr(Key::NoDecks)).weak());
    }
    for loaded in cx.decks_in_order() {
        let deck = &loaded.value;
        let item = Selection::Deck(deck.id.clone());
        let mut text = format!(
            "{} · {}",
            deck.title,
            fill(cx.tr(Key::Cards), &[("n", &deck.cards.len())])
        );
        bundled_mark(cx, &mut text, &loaded.source.path);
        if ui.selectable_label(selected == Some(&item), text).clicked() {
            commands.push(Command::Select(item));
        }
    }
    ui.add_space(8.0);
    ui.heading(format!(
        "{} ({})",
        cx.tr(Key::Workshops),
        cx.library.workshops.len()
    ));
    if cx.library.workshops.is_empty() {
        ui.label(RichText::new(cx.tr(Key::NoWorkshops)).weak());
    }
    for workshop in cx.workshops_in_order() {
        let w = &workshop.value;
        let item = Selection::Workshop(w.id.clone());
        let deck = w.deck.as_deref().map_or_else(
            || cx.tr(Key::NoDeck).to_owned(),
            |id| {
                cx.library
                    .deck(id)
                    .map_or(id, |d| d.value.title.as_str())
                    .to_owned()
            },
        );
        let mut text = format!(
            "{}\n{} · {} · {}",
            w.title,
            fill(cx.tr(Key::Minutes), &[("n", &w.total_minutes())]),
            fill(cx.tr(Key::Steps), &[("n", &w.steps.len())]),
            deck
        );
        bundled_mark(cx, &mut text, &workshop.source.path);
        if ui.selectable_label(selected == Some(&item), text).clicked() {
            commands.push(Command::Select(item));
        }
    }
    let broken: Vec<&FileReport> = cx.library.broken_files().collect();
    let warned: Vec<&FileReport> = cx
        .library
        .files
        .iter()
        .filter(|f| !f.has_errors() && !f.diagnostics.is_empty())
        .collect();
    for (heading, files, color) in [
        (Key::BrokenFiles, broken, ui.visuals().error_fg_color),
        (Key::Warnings, warned, ui.visuals().warn_fg_color),
    ] {
        if files.is_empty() {
            continue;
        }
        ui.add_space(8.0);
        ui.heading(RichText::new(format!("{} ({})", cx.tr(heading), files.len())).color(color));
        for file in files {
            let item = Selection::File(file.path.clone());
            let name = file.path.file_name().map_or_else(
                || file.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
            let text = if errors > 0 {
                format!("{name} · {}", fill(cx.tr(Key::Errors), &[("n", &errors)]))
            } else {
                name
            };
            if ui
                .selectable_label(selected == Some(&item), text)
                .on_hover_text(file.path.display().to_string())
                .clicked()
            {
                commands.push(Command::Select(item));
            }
        }
    }
    if !cx.state.added.is_empty() {
        ui.add_space(8.0);
        ui.heading(cx.tr(Key::Added));
        for path in cx.state.added.iter() {
            ui.horizontal(|ui| {
                ui.label(path.display().to_string());
                let remove = format!("{} {}", cx.tr(Key::Remove), path.display());
                if ui
                    .small_button("✖")
                    .on_hover_text(&remove)
                    .widget_info_label(&remove)
                    .clicked()
                {
                    commands.push(Command::RemovePath(path.clone()));
                }
            });
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new(cx.tr(Key::DropHint)).weak());
}

/// Marks a list entry of a bundled file as bundled.
fn bundled_mark(cx: &Ctx<'_>, text: &mut String, path: &std::path::Path) {
    if crate::content::is_bundled(path) {
        text.push_str(" · ");
        text.push_str(&cx.tr(Key::Bundled));
    }
}

/// Gives a response an accessible name other than its visible text (e.g. an icon button).
trait WidgetInfoLabel {
    fn widget_info_label(self, label: &str) -> Self;
}

impl WidgetInfoLabel for egui::Response {
    fn widget_info_label(self, label: &str) -> Self {
        let label = label.to_owned();
        self.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        self
    }
}

fn detail_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>, commands: &mut Vec<Command>) {
    match cx.selection.clone() {
        None => {
            ui.label(RichText::new(cx.tr(Key::NothingSelected)).weak());
        }
        Some(Selection::Deck(id)) => {
            if let Some(deck) = cx.library.deck(&id) {
                deck_detail_ui(ui, cx, &deck.value, commands);
            }
        }
        Some(Selection::Workshop(id)) => {
            if let Some(workshop) = cx.library.workshop(&id) {
                let workshop = workshop.value.clone();
                start_session_ui(ui, cx, &workshop, commands);
                workshop_detail_ui(ui, cx, &workshop, commands);
                guide_export_ui(ui, cx, &workshop, commands);
            }
        }
        Some(Selection::File(path)) => {
            // The exact path the list gave: no file-system look-up in every frame.
            if let Some(file) = cx.library.files.iter().find(|f| f.path == path).cloned() {
                file_detail_ui(ui, cx, &file);
            }
        }
    }
}

fn deck_detail_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, deck: &Deck, commands: &mut Vec<Command>) {
    ui.heading(RichText::new(&deck.title).size(26.0));
    ui.label(RichText::new(fill(cx.tr(Key::Cards), &[("n", &deck.cards.len())])).weak());
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new(cx.tr(Key::BrowseCards)).size(18.0))
            .clicked()
        {
            commands.push(Command::BrowseDeck(deck.id.clone()));
        }
        if ui
            .button(RichText::new(cx.tr(Key::Print)).size(18.0))
            .clicked()
        {
            commands.push(Command::PrintDeck(deck.id.clone()));
        }
    });
    ui.add_space(8.0);
    if let Some(description) = &deck.description {
        ui.label(description);
        ui.add_space(8.0);
    }
    egui::Grid::new("deck-facts")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            let mut row = |key: Key, value: &str| {
                ui.label(RichText::new(cx.tr(key)).weak());
                ui.label(value);
                ui.end_row();
            };
            // The language's name in the interface's words ("svenska"), the tag if unknown.
            let language = match crate::i18n::Language::from_tag(&deck.language) {
                Some(crate::i18n::Language::Swedish) => cx.tr(Key::InSwedish).to_string(),
                Some(crate::i18n::Language::English) => cx.tr(Key::InEnglish).to_string(),
                None => deck.language.clone(),
            };
            row(Key::Language, &language);
            if let Some(version) = &deck.version {
                row(Key::Version, version);
            }
            if let Some(license) = &deck.license {
                row(Key::License, license);
            }
        });
    if let Some(credits) = &deck.credits {
        ui.add_space(6.0);
        ui.label(RichText::new(cx.tr(Key::Credits)).weak());
        ui.label(credits);
    }
    ui.add_space(8.0);
    ui.heading(cx.tr(Key::Categories));
    for category in &deck.categories {
        let count = deck
            .cards
            .iter()
            .filter(|c| c.category == category.id)
            .count();
        ui.horizontal(|ui| {
            let band = super::theme::color_of(&category.color);
            let symbol = super::home::category_mark(category);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(34.0, 22.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 4.0, band);
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                symbol,
                egui::FontId::proportional(15.0),
                super::theme::text_on(band),
            );
            ui.label(RichText::new(&category.name).strong());
            ui.label(RichText::new(fill(cx.tr(Key::Cards), &[("n", &count)])).weak());
        });
        if let Some(description) = &category.description {
            ui.indent(("category", &category.id), |ui| ui.label(description));
        }
    }
}

fn workshop_detail_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    workshop: &Workshop,
    commands: &mut Vec<Command>,
) {
    let draft = cx.drafts.get(&workshop.id);
    ui.heading(RichText::new(&workshop.title).size(26.0));
    let deck = workshop.deck.as_deref().map_or_else(
        || cx.tr(Key::NoDeck).to_owned(),
        |id| {
            let title = cx.library.deck(id).map_or(id, |d| d.value.title.as_str());
            fill(cx.tr(Key::UsesDeck), &[("deck", &title)])
        },
    );
    ui.label(
        RichText::new(format!(
            "{} · {} · {}",
            fill(cx.tr(Key::Minutes), &[("n", &workshop.total_minutes())]),
            fill(cx.tr(Key::Steps), &[("n", &workshop.steps.len())]),
            deck
        ))
        .weak(),
    );
    if let Some(description) = &workshop.description {
        ui.add_space(8.0);
        ui.label(description);
    }
    if !workshop.roles.is_empty() {
        ui.add_space(10.0);
        ui.heading(cx.tr(Key::Roles));
        ui.label(RichText::new(cx.tr(Key::RolesBeforeTheDay)).weak());
        for role in &workshop.roles {
            match &role.description {
                Some(d) => ui.label(format!("• {}: {d}", role.name)),
                None => ui.label(format!("• {}", role.name)),
            };
            let mut people = draft
                .and_then(|d| d.role(&role.name))
                .unwrap_or_default()
                .to_owned();
            let response = ui.add(
                egui::TextEdit::singleline(&mut people)
                    .desired_width(f32::INFINITY)
                    .hint_text(cx.tr(Key::WhoHasRole))
                    .id_salt(("draft-role", &workshop.id, &role.name)),
            );
            let label = fill(cx.tr(Key::WhoHasRoleNamed), &[("role", &role.name)]);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
            if response.changed() {
                commands.push(Command::SetDraftRole {
                    workshop: workshop.id.clone(),
                    role: role.name.clone(),
                    people,
                });
            }
            if response.lost_focus() {
                commands.push(Command::SaveDraft(workshop.id.clone()));
            }
        }
    }
    if !workshop.preparation.is_empty() {
        ui.add_space(10.0);
        ui.heading(cx.tr(Key::Preparation));
        if let Some(draft) = draft {
            ui.label(
                RichText::new(fill(
                    cx.tr(Key::PreparedCount),
                    &[
                        ("done", &draft.prepared_count(workshop)),
                        ("total", &workshop.preparation.len()),
                    ],
                ))
                .weak(),
            );
        }
        for item in &workshop.preparation {
            let mut done = draft.is_some_and(|d| d.is_prepared(item));
            if ui.checkbox(&mut done, item).changed() {
                commands.push(Command::SetPrepared {
                    workshop: workshop.id.clone(),
                    item: item.clone(),
                    done,
                });
            }
        }
    }
    ui.add_space(10.0);
    ui.heading(cx.tr(Key::Agenda));
    let start_minutes = crate::clock::parse_minutes(&cx.library_view.session_start).ok();
    let mut start = 0;
    for (index, step) in workshop.steps.iter().enumerate() {
        let end = start + step.minutes;
        ui.add_space(6.0);
        let clock = crate::clock::format_minutes;
        let span = match start_minutes {
            Some(at) => format!("{}–{}", clock(at + start), clock(at + end)),
            None => format!("{start}–{end} min"),
        };
        ui.label(
            RichText::new(format!(
                "{}. {}  ({span}, {})",
                index + 1,
                step.title,
                fill(cx.tr(Key::Minutes), &[("n", &step.minutes)])
            ))
            .strong(),
        );
        ui.indent(("step", &step.id), |ui| {
            ui.label(&step.instructions);
            if let Some(draw) = &step.draw {
                let from = if draw.categories.is_empty() {
                    cx.tr(Key::WholeDeck).to_owned()
                } else {
                    // The categories' names in the deck's words, not their ids (`forsta`).
                    draw.categories
                        .iter()
                        .map(|id| category_name(cx, &workshop.deck, id))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                ui.label(
                    RichText::new(fill(
                        cx.tr(Key::DrawsCards),
                        &[("n", &draw.count), ("from", &from)],
                    ))
                    .weak(),
                );
            }
            if !step.capture.is_empty() {
                let fields: Vec<&str> = step.capture.iter().map(|f| f.label.as_str()).collect();
                ui.label(
                    RichText::new(fill(
                        cx.tr(Key::Captures),
                        &[("fields", &fields.join(", "))],
                    ))
                    .weak(),
                );
            }
            if let Some(notes) = &step.facilitator_notes {
                ui.label(
                    RichText::new(format!("{}: {notes}", cx.tr(Key::FacilitatorNotes)))
                        .italics()
                        .weak(),
                );
            }
        });
        start = end;
    }
}

fn diagnostic_text(d: &Diagnostic, language: crate::i18n::Language) -> String {
    let position = match (d.line, d.column) {
        (Some(line), Some(column)) => format!("{line}:{column}: "),
        (Some(line), None) => format!("{line}: "),
        _ => String::new(),
    };
    format!(
        "{position}{}: {}",
        d.severity.label(language),
        d.text(language)
    )
}

fn file_detail_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>, file: &FileReport) {
    ui.heading(file.path.display().to_string());
    let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
    ui.label(RichText::new(fill(cx.tr(Key::Errors), &[("n", &errors)])).weak());
    ui.add_space(6.0);
    let visuals = ui.visuals().clone();
    for (index, diagnostic) in file.diagnostics.iter().enumerate() {
        let color = if diagnostic.is_error() {
            visuals.error_fg_color
        } else {
            visuals.warn_fg_color
        };
        let open = cx.library_view.diagnostic == Some(index);
        let text = RichText::new(diagnostic_text(diagnostic, cx.state.language)).color(color);
        let response = ui.selectable_label(open, text);
        if response.clicked() {
            cx.library_view.diagnostic = if open { None } else { Some(index) };
        }
        if open {
            excerpt_ui(ui, cx, file, diagnostic);
        }
    }
}

fn excerpt_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, file: &FileReport, diagnostic: &Diagnostic) {
    let Some(line) = diagnostic.line else {
        ui.label(RichText::new(cx.tr(Key::NoLine)).weak());
        return;
    };
    let Some(source) = &file.source else {
        ui.label(RichText::new(cx.tr(Key::FileUnreadable)).weak());
        return;
    };
    let visuals = ui.visuals().clone();
    egui::Frame::group(ui.style())
        .fill(visuals.extreme_bg_color)
        .show(ui, |ui| {
            ui.style_mut().override_text_style = Some(TextStyle::Monospace);
            for (number, text) in source.excerpt(line, EXCERPT_CONTEXT) {
                let marked = number == line;
                let row = format!("{}{number:>5} │ {text}", if marked { "▶" } else { " " });
                if marked {
                    ui.label(
                        RichText::new(row)
                            .strong()
                            .color(visuals.strong_text_color())
                            .background_color(visuals.selection.bg_fill),
                    );
                    if let Some(column) = diagnostic.column {
                        let caret = format!(
                            "{}^ {}",
                            " ".repeat(9 + column - 1),
                            diagnostic.text(cx.state.language)
                        );
                        ui.label(RichText::new(caret).color(visuals.error_fg_color));
                    }
                } else {
                    ui.label(row);
                }
            }
        });
}

/// A category's name from the workshop's deck, or its id when the deck or category is missing.
fn category_name(cx: &Ctx<'_>, deck: &Option<String>, id: &str) -> String {
    deck.as_deref()
        .and_then(|deck| cx.library.deck(deck))
        .and_then(|deck| deck.value.categories.iter().find(|c| c.id == id))
        .map_or_else(|| id.to_owned(), |c| c.name.clone())
}
