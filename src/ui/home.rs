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

use super::Ctx;
use super::Selection;
use super::command::Command;
use super::i18n::{Key, Language, fill};
use crate::model::{Deck, Loaded, Workshop};

/// The narrowest a card on the home screen gets while more than one fits in a row; the cards
/// of a row share the width between them.
const MIN_CARD_WIDTH: f32 = 320.0;

/// The space between cards.
const CARD_GAP: f32 = 12.0;

/// A card's inner margin and frame, on each side.
const CARD_INSET: f32 = 13.0;

/// The home screen.
pub fn home_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    ScrollArea::vertical()
        .id_salt("home-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let content = HomeContent::of(cx);
            continue_ui(ui, cx, &mut commands);
            workshops_ui(ui, cx, &content, &mut commands);
            decks_ui(ui, cx, &content, &mut commands);
            own_folder_ui(ui, cx, &mut commands);
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

/// Where a card goes in its row: its width, and the height of the row's tallest card (from
/// the frame before), so the cards of a row end on one line.
struct Slot {
    width: f32,
    min_height: f32,
    tallest: std::cell::Cell<f32>,
}

/// A card: a framed box filling its slot's width; returns the inner response of the frame.
fn card_frame<R>(
    ui: &mut egui::Ui,
    slot: &Slot,
    background: egui::Color32,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    egui::Frame::group(ui.style())
        .fill(background)
        .corner_radius(8.0)
        .inner_margin(CARD_INSET - 1.0)
        .show(ui, |ui| {
            // Top to bottom inside, whatever the row around it does.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.set_width(slot.width - 2.0 * CARD_INSET);
                let inner = add(ui);
                // The height the content needs, before the row's height is applied.
                slot.tallest
                    .set(slot.tallest.get().max(ui.min_rect().height()));
                // From the card's top (`set_min_height` would count from below the content).
                let content = ui.min_rect();
                ui.expand_to_include_rect(egui::Rect::from_min_size(
                    content.min,
                    egui::vec2(content.width(), slot.min_height),
                ));
                inner
            })
            .inner
        })
}

/// The widest a card gets when a section has fewer cards than would fit in a row.
const MAX_CARD_WIDTH: f32 = 2.0 * MIN_CARD_WIDTH + CARD_GAP;

/// How many of `count` cards go side by side in `width`, and how wide each is: as many of at
/// least [`MIN_CARD_WIDTH`] as fit (at least one), sharing the whole width; when there are
/// fewer cards than that, those share the width, each at most [`MAX_CARD_WIDTH`].
fn columns(width: f32, count: usize) -> (usize, f32) {
    let fit = (((width + CARD_GAP) / (MIN_CARD_WIDTH + CARD_GAP)).floor() as usize).max(1);
    let per_row = fit.min(count.max(1));
    let share = (width - CARD_GAP * (per_row - 1) as f32) / per_row as f32;
    let card = if per_row < fit {
        share.min(MAX_CARD_WIDTH)
    } else {
        share
    };
    (per_row, card.floor().max(1.0))
}

/// Lays `items` out as rows of cards that use the whole width: as many per row as fit, at
/// least one, the cards of a row equally wide and equally tall.
/// `section` tells the sections' rows apart (each remembers its own rows' heights).
fn card_rows<T>(
    ui: &mut egui::Ui,
    section: &str,
    items: &[T],
    mut card: impl FnMut(&mut egui::Ui, &Slot, &T),
) {
    let (per_row, width) = columns(ui.available_width(), items.len());
    for (index, row) in items.chunks(per_row).enumerate() {
        let key = ui
            .scope_id()
            .with(("card-row", section, index, width as i32));
        let min_height = ui.data(|d| d.get_temp::<f32>(key)).unwrap_or(0.0);
        let slot = Slot {
            width,
            min_height,
            tallest: std::cell::Cell::new(0.0),
        };
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = CARD_GAP;
            for item in row {
                ui.allocate_ui_with_layout(
                    egui::vec2(width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| card(ui, &slot, item),
                );
            }
        });
        // The next frame draws the row with its height known. No repaint is asked for: a
        // row's height can move the scroll bar and so the width, and the window would never
        // rest; egui draws the next frame soon anyway (new widgets, the pointer).
        let tallest = slot.tallest.get();
        if (tallest - min_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(key, tallest));
        }
        ui.add_space(CARD_GAP - ui.spacing().item_spacing.y);
    }
}

/// What the home screen lists: the workshops and decks of the interface's language (every
/// one of the user's own, whatever its language), or every language when asked, and how
/// many bundled ones are in another language.
struct HomeContent<'a> {
    workshops: Vec<&'a Loaded<Workshop>>,
    decks: Vec<&'a Loaded<Deck>>,
    /// The bundled workshops and decks in another language than the interface's.
    others: usize,
    /// What those others are in, for the toggle's label.
    others_in: Key,
}

impl<'a> HomeContent<'a> {
    fn of(cx: &Ctx<'a>) -> HomeContent<'a> {
        let language = cx.state.language;
        let other =
            |path: &Path, tag: &str| crate::content::is_bundled(path) && !language.matches(tag);
        let all_workshops = cx.workshops_in_order();
        let all_decks = cx.decks_in_order();
        let mut tags: Vec<&str> = all_workshops
            .iter()
            .filter(|w| other(&w.source.path, &w.value.language))
            .map(|w| w.value.language.as_str())
            .chain(
                all_decks
                    .iter()
                    .filter(|d| other(&d.source.path, &d.value.language))
                    .map(|d| d.value.language.as_str()),
            )
            .collect();
        let others = tags.len();
        tags.retain(|t| !Language::English.matches(t) && !Language::Swedish.matches(t));
        let others_in = if !tags.is_empty() {
            Key::InOtherLanguages
        } else if language == Language::Swedish {
            Key::InEnglish
        } else {
            Key::InSwedish
        };
        let keep_all = cx.state.home_all_languages;
        let mut workshops: Vec<_> = all_workshops
            .iter()
            .copied()
            .filter(|w| keep_all || !other(&w.source.path, &w.value.language))
            .collect();
        // Nothing in the interface's language: better the others than nothing.
        if workshops.is_empty() {
            workshops = all_workshops;
        }
        let mut decks: Vec<_> = all_decks
            .iter()
            .copied()
            .filter(|d| keep_all || !other(&d.source.path, &d.value.language))
            .collect();
        if decks.is_empty() {
            decks = all_decks;
        }
        HomeContent {
            workshops,
            decks,
            others,
            others_in,
        }
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

/// While the library is read in the background: a spinner and "Läser in…" (the window keeps
/// drawing, and what was loaded before stays shown until the new library is ready).
pub fn loading_ui(ui: &mut egui::Ui, cx: &Ctx<'_>) {
    if cx.is_loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(RichText::new(cx.tr(Key::Loading)).weak());
        });
    }
}

/// While the session folder is read in the background: a spinner and "Läser in sparade
/// sessioner…" (the sessions listed before stay shown until the new listing is ready).
pub fn sessions_loading_ui(ui: &mut egui::Ui, cx: &Ctx<'_>) {
    if cx.is_listing_sessions() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(RichText::new(cx.tr(Key::SessionsLoading)).weak());
        });
    }
    if let Some(error) = &cx.listing_error {
        ui.colored_label(ui.visuals().error_fg_color, cx.say(error));
    }
}

/// A button with an icon before its text; its accessible name is the text alone.
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, glyph: &str, text: &str) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(format!("{glyph}  {text}")));
    let name = text.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    response
}

/// The local date and clock time of an instant, as people write it in `language`
/// (`1 december 2026 13:05`).
fn local_time(t: &chrono::DateTime<chrono::Utc>, language: crate::i18n::Language) -> String {
    language.date_time(t.with_timezone(&chrono::Local).naive_local())
}

/// The "Fortsätt" cards: one per unfinished session (the three newest).
fn continue_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    sessions_loading_ui(ui, cx);
    let open_id = cx.session.as_ref().map(|a| a.session.id().to_owned());
    let listed: Vec<_> = cx
        .unfinished
        .iter()
        .filter(|l| open_id.as_deref() != Some(l.id.as_str()))
        .filter_map(|l| l.state.as_ref().ok().map(|s| (l, s)))
        .take(3)
        .collect();
    if listed.is_empty() {
        return;
    }
    section_heading(ui, icon::PLAY_CIRCLE, &cx.tr(Key::ContinueTitle));
    let accent = ui.visuals().selection.bg_fill;
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, "continue", &listed, |ui, slot, &(listing, state)| {
        let workshop = cx.library.workshop(&state.workshop).map(|w| &w.value);
        let step = workshop.and_then(|w| {
            let index = w.steps.iter().position(|s| s.id == state.current_step)?;
            Some(fill_step(cx.state.language, index, w))
        });
        let frame = card_frame(ui, slot, background, |ui| {
            ui.label(
                RichText::new(&state.workshop_title)
                    .strong()
                    .size(20.0)
                    .color(ui.visuals().strong_text_color()),
            );
            ui.label(fill_when(cx, &state.updated));
            if let Some(step) = &step {
                ui.label(step);
            }
            ui.add_space(6.0);
            let text = RichText::new(format!("{}  {}", icon::PLAY, cx.tr(Key::ContinueButton)))
                .size(20.0)
                .strong()
                .color(super::theme::text_on(accent));
            let button = egui::Button::new(text)
                .fill(accent)
                .min_size(egui::vec2(180.0, 40.0));
            let name = fill(
                cx.tr(Key::ContinueNamed),
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

fn fill_when(cx: &Ctx<'_>, updated: &chrono::DateTime<chrono::Utc>) -> String {
    fill(
        cx.tr(Key::ContinueWhen),
        &[("time", &local_time(updated, cx.state.language))],
    )
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
fn origin_badge(ui: &mut egui::Ui, cx: &Ctx<'_>, path: &Path) {
    let (key, glyph) = if crate::content::is_bundled(path) {
        (Key::Bundled, icon::PACKAGE)
    } else {
        (Key::OwnFile, icon::USER)
    };
    ui.label(
        RichText::new(format!("{glyph} {}", cx.tr(key)))
            .small()
            .weak(),
    )
    .on_hover_text(path.display().to_string());
}

/// The workshops as cards; a click opens the workshop's page with its start button.
fn workshops_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    content: &HomeContent<'_>,
    commands: &mut Vec<Command>,
) {
    section_heading(ui, icon::PRESENTATION_CHART, &cx.tr(Key::HomeRunWorkshop));
    ui.label(RichText::new(cx.tr(Key::HomeRunHint)).weak());
    if content.others > 0 {
        let mut all = cx.state.home_all_languages;
        let label = fill(
            cx.tr(Key::ShowOtherLanguages),
            &[
                ("language", &cx.tr(content.others_in)),
                ("n", &content.others),
            ],
        );
        if ui.checkbox(&mut all, label).changed() {
            commands.push(Command::SetHomeAllLanguages(all));
        }
    }
    ui.add_space(6.0);
    loading_ui(ui, cx);
    let workshops = &content.workshops;
    if workshops.is_empty() {
        if !cx.is_loading() {
            ui.label(RichText::new(cx.tr(Key::NoWorkshops)).weak());
        }
        return;
    }
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, "workshops", workshops, |ui, slot, loaded| {
        if workshop_card_ui(ui, cx, slot, loaded, background) {
            commands.push(Command::ShowInLibrary(Selection::Workshop(
                loaded.value.id.clone(),
            )));
        }
    });
}

fn workshop_card_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    slot: &Slot,
    loaded: &Loaded<Workshop>,
    background: egui::Color32,
) -> bool {
    let w = &loaded.value;
    let deck = w.deck.as_deref().map_or_else(
        || cx.tr(Key::NoDeck).to_owned(),
        |id| {
            let title = cx.library.deck(id).map_or(id, |d| d.value.title.as_str());
            fill_text(cx, Key::UsesDeck, "deck", title)
        },
    );
    let frame = card_frame(ui, slot, background, |ui| {
        // Wrapped: a long title takes two lines instead of running past the card.
        ui.add(
            egui::Label::new(
                RichText::new(&w.title)
                    .strong()
                    .size(20.0)
                    .color(ui.visuals().strong_text_color()),
            )
            .wrap(),
        );
        ui.label(format!(
            "{}  {}    {}  {}",
            icon::CLOCK,
            fill(cx.tr(Key::Minutes), &[("n", &w.total_minutes())]),
            icon::LIST_NUMBERS,
            fill(cx.tr(Key::Steps), &[("n", &w.steps.len())]),
        ));
        ui.label(format!("{}  {deck}", icon::CARDS));
        if let Some(description) = &w.description {
            ui.add(
                egui::Label::new(RichText::new(first_sentences(description, 180)).weak()).wrap(),
            );
        }
        origin_badge(ui, cx, &loaded.source.path);
    });
    let label = fill(cx.tr(Key::OpenWorkshopNamed), &[("workshop", &w.title)]);
    let id = ui.scope_id().with(("workshop-card", &w.id));
    card_click(ui, frame.response.rect, id, &label)
}

fn fill_text(cx: &Ctx<'_>, key: Key, name: &str, value: &str) -> String {
    fill(cx.tr(key), &[(name, &value)])
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
fn decks_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    content: &HomeContent<'_>,
    commands: &mut Vec<Command>,
) {
    section_heading(ui, icon::PRINTER, &cx.tr(Key::HomePrint));
    let decks = &content.decks;
    if decks.is_empty() {
        if cx.is_loading() {
            loading_ui(ui, cx);
        } else {
            ui.label(RichText::new(cx.tr(Key::NoDecks)).weak());
        }
        return;
    }
    let background = ui.visuals().faint_bg_color;
    card_rows(ui, "decks", decks, |ui, slot, loaded| {
        deck_card_ui(ui, cx, slot, loaded, background, commands);
    });
}

fn deck_card_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    slot: &Slot,
    loaded: &Loaded<Deck>,
    background: egui::Color32,
    commands: &mut Vec<Command>,
) {
    let deck = &loaded.value;
    card_frame(ui, slot, background, |ui| {
        ui.label(
            RichText::new(&deck.title)
                .strong()
                .size(20.0)
                .color(ui.visuals().strong_text_color()),
        );
        ui.label(format!(
            "{}  {}",
            icon::CARDS,
            fill(cx.tr(Key::Cards), &[("n", &deck.cards.len())])
        ));
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for category in &deck.categories {
                category_chip_ui(ui, category);
            }
        });
        origin_badge(ui, cx, &loaded.source.path);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let print = ui.add(
                egui::Button::new(
                    RichText::new(format!("{}  {}", icon::PRINTER, cx.tr(Key::Print))).size(18.0),
                )
                .min_size(egui::vec2(120.0, 34.0)),
            );
            let name = fill(cx.tr(Key::PrintNamed), &[("deck", &deck.title)]);
            print.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if print.clicked() {
                commands.push(Command::PrintDeck(deck.id.clone()));
            }
            let browse = ui.add(
                egui::Button::new(format!("{}  {}", icon::CARDS, cx.tr(Key::BrowseCards)))
                    .min_size(egui::vec2(0.0, 34.0)),
            );
            let name = fill(cx.tr(Key::BrowseNamed), &[("deck", &deck.title)]);
            browse.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if browse.clicked() {
                commands.push(Command::BrowseDeck(deck.id.clone()));
            }
        });
    });
}

/// What marks a category on screen: its icon (the same shape the printed cards carry) when
/// the deck names one the icon set has, else its symbol, else nothing.
pub fn category_mark(category: &crate::model::Category) -> String {
    category
        .icon
        .as_deref()
        .and_then(icon::by_name)
        .map(String::from)
        .or_else(|| category.symbol.clone())
        .unwrap_or_default()
}

/// A category's colour with its icon (or symbol), the name on hover.
pub fn category_chip_ui(ui: &mut egui::Ui, category: &crate::model::Category) {
    let band = super::theme::color_of(&category.color);
    let symbol = category_mark(category);
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
fn own_folder_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>, commands: &mut Vec<Command>) {
    section_heading(ui, icon::FOLDER_USER, &cx.tr(Key::OwnDecks));
    if cx.documents_created {
        ui.label(RichText::new(cx.tr(Key::FolderCreated)).strong());
    }
    if let Some(error) = &cx.documents_error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(cx.tr(Key::FolderCreateFailed), &[("error", &cx.say(error))]),
        );
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(fill(
            cx.tr(Key::OwnFolderIs),
            &[("path", &cx.folder.display())],
        ));
    });
    ui.horizontal_wrapped(|ui| {
        let dialog_open = cx.desktop.dialog_open();
        if icon_button(ui, true, icon::FOLDER_OPEN, &cx.tr(Key::OpenOwnFolder)).clicked() {
            commands.push(Command::RevealFolder(cx.folder.clone()));
        }
        if icon_button(ui, true, icon::ARROW_CLOCKWISE, &cx.tr(Key::Reload)).clicked() {
            commands.push(Command::Reload);
        }
        if icon_button(ui, !dialog_open, icon::FOLDERS, &cx.tr(Key::ChooseFolder)).clicked() {
            commands.push(Command::ChooseFolder);
        }
        if icon_button(ui, true, icon::BOOKS, &cx.tr(Key::ToLibrary)).clicked() {
            commands.push(Command::ShowLibrary);
        }
    });
    desktop_messages_ui(ui, cx, commands);
    let own_decks = cx
        .library
        .decks
        .iter()
        .filter(|d| !crate::content::is_bundled(&d.source.path))
        .count();
    let own_workshops = cx
        .library
        .workshops
        .iter()
        .filter(|w| !crate::content::is_bundled(&w.source.path))
        .count();
    if own_decks + own_workshops == 0 {
        ui.label(RichText::new(cx.tr(Key::OwnNone)).weak());
    } else {
        ui.label(fill(
            cx.tr(Key::OwnCounts),
            &[("decks", &own_decks), ("workshops", &own_workshops)],
        ));
    }
    let problems: Vec<_> = cx
        .library
        .files
        .iter()
        .filter(|f| !f.diagnostics.is_empty() && !crate::content::is_bundled(&f.path))
        .collect();
    if problems.is_empty() && cx.library.general.is_empty() {
        icon_line(
            ui,
            icon::CHECK_CIRCLE,
            RichText::new(cx.tr(Key::NoProblems)).weak(),
        );
    } else {
        let text = fill(cx.tr(Key::ProblemsFound), &[("n", &problems.len())]);
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
                .map(|d| d.text(cx.state.language))
                .unwrap_or_default();
            let text = format!(
                "{name} · {}: {}",
                fill(cx.tr(Key::Errors), &[("n", &errors)]),
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
        for general in &cx.library.general {
            ui.colored_label(ui.visuals().error_fg_color, cx.say(general));
        }
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(cx.tr(Key::Advanced))
        .id_salt("home-advanced")
        .show(ui, |ui| {
            super::library::folder_bar_ui(ui, cx, commands);
            ui.label(
                RichText::new(fill(
                    cx.tr(Key::ExportsGoTo),
                    &[("path", &cx.exports_dir.display())],
                ))
                .weak(),
            );
            super::library::past_sessions_ui(ui, cx, commands);
        });
}

/// What went wrong with a dialog or the opener: a message in the interface's language and,
/// for a file that could not be opened, its path to copy.
pub fn desktop_messages_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    if let Some(error) = &cx.dialog_error {
        ui.colored_label(ui.visuals().warn_fg_color, cx.say(error));
    }
    if let Some((path, error)) = &cx.reveal_error {
        open_failed_ui(ui, cx.state.language, path, &cx.say(error), commands);
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
        if icon_button(ui, true, icon::COPY, &language.tr(Key::CopyPath)).clicked() {
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

    #[test]
    fn a_category_shows_its_icon_else_its_symbol() {
        let mut category = crate::model::Category {
            id: "ide".to_owned(),
            name: "Idé".to_owned(),
            color: "#1B4965".to_owned(),
            symbol: Some("!".to_owned()),
            icon: Some("lightbulb".to_owned()),
            ..Default::default()
        };
        assert_eq!(category_mark(&category), icon::LIGHTBULB);
        // A name the icon set does not have: the symbol, as before.
        category.icon = Some("no-such-icon".to_owned());
        assert_eq!(category_mark(&category), "!");
        category.icon = None;
        assert_eq!(category_mark(&category), "!");
        category.symbol = None;
        assert_eq!(category_mark(&category), "");
    }

    #[test]
    fn the_cards_of_a_row_share_the_whole_width() {
        for width in [300.0, 640.0, 1000.0, 1256.0, 1896.0, 3000.0] {
            let (per_row, card) = columns(width, 100);
            let used = per_row as f32 * card + (per_row - 1) as f32 * CARD_GAP;
            assert!(used <= width, "{width}: {per_row} × {card}");
            assert!(width - used < per_row as f32, "{width}: {per_row} × {card}");
            if per_row > 1 {
                assert!(card >= MIN_CARD_WIDTH, "{width}: {card}");
            }
            // One more would not fit.
            let more = (per_row + 1) as f32 * MIN_CARD_WIDTH + per_row as f32 * CARD_GAP;
            assert!(more > width, "{width}");
        }
        assert_eq!(columns(1256.0, 4).0, 3);
        assert_eq!(columns(1896.0, 8).0, 5);
        // Four workshops on a wide screen: four wider cards fill the row.
        let (per_row, card) = columns(1896.0, 4);
        assert_eq!(per_row, 4);
        assert!((4.0 * card + 3.0 * CARD_GAP - 1896.0).abs() < 4.0, "{card}");
        // One deck: one card, not the whole width.
        assert_eq!(columns(1896.0, 1), (1, MAX_CARD_WIDTH));
        // A narrow window: one card as wide as the window.
        assert_eq!(columns(600.0, 1), (1, 600.0));
        assert_eq!(columns(600.0, 0), (1, 600.0));
    }
}
