//! The card browser: a deck's cards as a grid of card faces, filtered by category and searched by
//! text, and one card opened large.
//!
//! The filtering is a plain function ([`matching_cards`]) over a per-deck search index, cached in
//! [`BrowserState`] until the deck, the query or the category changes, so a frame costs only the
//! visible cards: the grid lays out just the rows in view (`ScrollArea::show_rows`). Card faces
//! come from [`super::card_face`]. The browser changes only its own state (query, category, open
//! card); leaving it is a command.

use std::sync::Arc;

use egui::{RichText, ScrollArea, Sense, Stroke, StrokeKind, vec2};

use super::Ctx;
use super::card_face::{BROWSER_CARD, front, paint_card_ui};
use super::command::{Command, View};
use super::i18n::{Key, Language, fill};
use super::theme::{color_of, text_on};
use crate::model::{Card, Deck, SourceFile};
use crate::pdf::face::CardFace;

/// The smallest width of a card in the grid, in points (the text size setting scales it).
pub const GRID_CARD_WIDTH: f32 = 180.0;
/// Space between cards in the grid.
const GAP: f32 = 14.0;

/// The browser's own state: which deck, what is searched, which card is open.
#[derive(Debug, Clone, Default)]
pub struct BrowserState {
    /// The id of the deck shown.
    pub deck_id: String,
    /// The search text.
    pub query: String,
    /// Only cards of this category, or all.
    pub category: Option<String>,
    /// The card shown large (an index into the deck's cards).
    pub open: Option<usize>,
    cache: Option<FilterCache>,
}

/// The card faces laid out so far, for one loaded deck file.
#[derive(Debug, Clone, Default)]
struct FaceCache {
    faces: Vec<Option<CardFace>>,
}

/// The matches for one deck, query and category.
#[derive(Debug, Clone)]
struct FilterCache {
    source: Arc<SourceFile>,
    index: Vec<String>,
    query: String,
    category: Option<String>,
    matches: Vec<usize>,
    faces: FaceCache,
}

impl BrowserState {
    /// The browser for the deck with `deck_id`, showing every card.
    pub fn new(deck_id: impl Into<String>) -> BrowserState {
        BrowserState {
            deck_id: deck_id.into(),
            ..BrowserState::default()
        }
    }

    /// The indices of the cards that match the query and category, in deck order. `source`
    /// identifies the loaded file, so a reload rebuilds the search index.
    pub fn matches(&mut self, deck: &Deck, source: &Arc<SourceFile>) -> &[usize] {
        let stale = match &self.cache {
            Some(cache) => !Arc::ptr_eq(&cache.source, source),
            None => true,
        };
        if stale {
            self.cache = Some(FilterCache {
                source: Arc::clone(source),
                index: deck.cards.iter().map(search_text).collect(),
                query: String::new(),
                category: None,
                matches: (0..deck.cards.len()).collect(),
                faces: FaceCache {
                    faces: vec![None; deck.cards.len()],
                },
            });
            if let Some(open) = self.open
                && open >= deck.cards.len()
            {
                self.open = None;
            }
        }
        let Some(cache) = self.cache.as_mut() else {
            return &[];
        };
        if stale || cache.query != self.query || cache.category != self.category {
            cache.matches =
                matching_cards(deck, &cache.index, &self.query, self.category.as_deref());
            cache.query.clone_from(&self.query);
            cache.category.clone_from(&self.category);
        }
        &cache.matches
    }
}

impl BrowserState {
    /// The laid-out face of card `index` (laid out on first use; [`BrowserState::matches`]
    /// must have been called for this deck).
    fn face(&mut self, deck: &Deck, index: usize) -> Option<&CardFace> {
        let faces = &mut self.cache.as_mut()?.faces.faces;
        let slot = faces.get_mut(index)?;
        if slot.is_none() {
            *slot = front(deck, index, BROWSER_CARD);
        }
        slot.as_ref()
    }
}

/// What a card is searched by: title, text and prompts, lower-cased.
pub fn search_text(card: &Card) -> String {
    let mut text = String::with_capacity(card.title.len() + card.text.len() + 64);
    text.push_str(&card.title);
    text.push('\n');
    text.push_str(&card.text);
    for prompt in &card.prompts {
        text.push('\n');
        text.push_str(prompt);
    }
    text.to_lowercase()
}

/// The cards (indices) whose search text holds every word of `query` (case-insensitive, also
/// for å, ä and ö) and whose category is `category`, if one is given.
pub fn matching_cards(
    deck: &Deck,
    index: &[String],
    query: &str,
    category: Option<&str>,
) -> Vec<usize> {
    let query = query.to_lowercase();
    let words: Vec<&str> = query.split_whitespace().collect();
    deck.cards
        .iter()
        .zip(index)
        .enumerate()
        .filter(|(_, (card, text))| {
            category.is_none_or(|c| card.category == c) && words.iter().all(|w| text.contains(w))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The browser view, with the deck looked up in the app's library.
pub fn browser_view_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let language = cx.state.language;
    let Ctx { view, library, .. } = cx;
    let View::Browser(state) = view else {
        return Vec::new();
    };
    match library.deck(&state.deck_id) {
        Some(deck) => browser_ui(ui, language, &deck.value, &deck.source, state),
        None => {
            let text = fill(language.tr(Key::DeckMissing), &[("id", &state.deck_id)]);
            ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
            let mut commands = Vec::new();
            if ui.button(language.tr(Key::Back)).clicked() {
                commands.push(Command::Back);
            }
            commands
        }
    }
}

/// The browser for `deck`.
pub fn browser_ui(
    ui: &mut egui::Ui,
    language: Language,
    deck: &Deck,
    source: &Arc<SourceFile>,
    state: &mut BrowserState,
) -> Vec<Command> {
    let tr = |key| language.tr(key);
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(&deck.title).strong());
        ui.label(RichText::new(fill(tr(Key::Cards), &[("n", &deck.cards.len())])).weak());
        if ui.button(tr(Key::Print)).clicked() {
            commands.push(Command::PrintDeck(deck.id.clone()));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr(Key::Search));
        let field = egui::TextEdit::singleline(&mut state.query)
            .hint_text(tr(Key::SearchHint))
            .desired_width(360.0);
        ui.add(field).labelled_by(label.id);
        if !state.query.is_empty() {
            let clear = ui.button("✖").on_hover_text(tr(Key::ClearSearch));
            clear.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, tr(Key::ClearSearch))
            });
            if clear.clicked() {
                state.query.clear();
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(state.category.is_none(), tr(Key::AllCategories))
            .clicked()
        {
            state.category = None;
        }
        for category in &deck.categories {
            let selected = state.category.as_deref() == Some(category.id.as_str());
            let band = color_of(&category.color);
            let mut text = RichText::new(format!(
                "{} {}",
                Some(super::home::category_mark(category))
                    .filter(|m| !m.is_empty())
                    .as_deref()
                    .unwrap_or("■"),
                category.name
            ));
            if selected {
                text = text.color(text_on(band)).background_color(band);
            }
            let response = ui.selectable_label(selected, text);
            // Named by the category alone: the icon is a picture, not a word to read out.
            let name = category.name.clone();
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            // A swatch under the name ties the chip to the card colour.
            let r = response.rect;
            ui.painter().line_segment(
                [
                    r.left_bottom() + vec2(4.0, -1.5),
                    r.right_bottom() + vec2(-4.0, -1.5),
                ],
                Stroke::new(3.0, band),
            );
            if response.clicked() {
                state.category = if selected {
                    None
                } else {
                    Some(category.id.clone())
                };
            }
        }
    });
    let total = deck.cards.len();
    let matches = state.matches(deck, source).to_vec();
    ui.label(fill(
        tr(Key::Showing),
        &[("shown", &matches.len()), ("total", &total)],
    ));
    ui.separator();
    if matches.is_empty() {
        ui.label(RichText::new(tr(Key::NoMatches)).weak());
    }
    // As many columns as fit at the smallest width, then the cards grow to fill the row.
    let available = ui.available_width() - ui.spacing().scroll.bar_width - 4.0;
    let columns = (((available + GAP) / (GRID_CARD_WIDTH + GAP)).floor() as usize).max(1);
    let width = ((available - GAP * (columns - 1) as f32) / columns as f32)
        .clamp(GRID_CARD_WIDTH, GRID_CARD_WIDTH * 1.4);
    let card_size = vec2(width, width * BROWSER_CARD.height / BROWSER_CARD.width);
    let rows = matches.len().div_ceil(columns);
    ScrollArea::vertical()
        .id_salt(("browser-grid", &deck.id))
        .auto_shrink([false, false])
        .show_rows(ui, card_size.y + GAP, rows, |ui, row_range| {
            for row in row_range {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = GAP;
                    for &index in matches.iter().skip(row * columns).take(columns) {
                        if card_ui(ui, deck, index, card_size, state).clicked() {
                            state.open = Some(index);
                        }
                    }
                });
                ui.add_space(GAP - ui.spacing().item_spacing.y);
            }
        });
    if let Some(open) = state.open {
        open_card_ui(ui, language, deck, &matches, open, state);
    }
    commands
}

/// One card of the grid: a focusable button named by its title.
fn card_ui(
    ui: &mut egui::Ui,
    deck: &Deck,
    index: usize,
    size: egui::Vec2,
    state: &mut BrowserState,
) -> egui::Response {
    let card = &deck.cards[index];
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &card.title));
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if ui.is_rect_visible(rect) {
        if let Some(face) = state.face(deck, index) {
            paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
        }
        let visuals = ui.visuals();
        if response.has_focus() {
            let outline = visuals.widgets.active.bg_stroke;
            ui.painter().rect_stroke(
                rect.expand(3.0),
                6.0,
                Stroke::new(outline.width + 1.0, outline.color),
                StrokeKind::Outside,
            );
        } else if response.hovered() {
            ui.painter().rect_stroke(
                rect.expand(2.0),
                6.0,
                visuals.widgets.hovered.bg_stroke,
                StrokeKind::Outside,
            );
        }
    }
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// The open card: large, with its text as labels (for screen readers and copying), and
/// previous / next among the matching cards.
fn open_card_ui(
    ui: &mut egui::Ui,
    language: Language,
    deck: &Deck,
    matches: &[usize],
    open: usize,
    state: &mut BrowserState,
) {
    let tr = |key| language.tr(key);
    let Some(card) = deck.cards.get(open) else {
        state.open = None;
        return;
    };
    let position = matches.iter().position(|&i| i == open);
    let previous = position.and_then(|p| p.checked_sub(1)).map(|p| matches[p]);
    let next = position.and_then(|p| matches.get(p + 1)).copied();
    let screen = ui.ctx().content_rect();
    let card_h = (screen.height() * 0.78).clamp(240.0, 900.0);
    let card_w = card_h * BROWSER_CARD.width / BROWSER_CARD.height;
    let face = state.face(deck, open).cloned();
    let modal = egui::Modal::new(egui::Id::unique("open-card")).show(ui.ctx(), |ui| {
        ui.set_max_width((screen.width() * 0.9).min(card_w + 520.0));
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::hover());
            if let Some(face) = &face {
                paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
            }
            ui.add_space(16.0);
            ui.vertical(|ui| {
                ui.set_max_width(440.0);
                let category = deck.categories.iter().find(|c| c.id == card.category);
                if let Some(category) = category {
                    ui.label(RichText::new(&category.name).weak());
                }
                ui.heading(RichText::new(&card.title).strong());
                ui.add_space(6.0);
                for paragraph in card.paragraphs() {
                    ui.label(paragraph);
                    ui.add_space(4.0);
                }
                if !card.prompts.is_empty() {
                    ui.add_space(4.0);
                    ui.label(RichText::new(tr(Key::Prompts)).strong());
                    for prompt in &card.prompts {
                        ui.label(format!("• {prompt}"));
                    }
                }
                ui.add_space(6.0);
                if let Some(minutes) = card.minutes {
                    ui.label(
                        RichText::new(fill(tr(Key::SuggestedTime), &[("n", &minutes)])).weak(),
                    );
                }
                if card.copies > 1 {
                    ui.label(
                        RichText::new(fill(tr(Key::CopiesCount), &[("n", &card.copies)])).weak(),
                    );
                }
                ui.label(RichText::new(&card.id).weak().monospace());
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    let back = ui.add_enabled(
                        previous.is_some(),
                        egui::Button::new(format!("← {}", tr(Key::Previous))),
                    );
                    if back.clicked() {
                        state.open = previous;
                    }
                    let forward = ui.add_enabled(
                        next.is_some(),
                        egui::Button::new(format!("{} →", tr(Key::Next))),
                    );
                    if forward.clicked() {
                        state.open = next;
                    }
                    if ui.button(tr(Key::Close)).clicked() {
                        state.open = None;
                    }
                });
            });
        });
    });
    let (left, right) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowLeft),
            i.key_pressed(egui::Key::ArrowRight),
        )
    });
    if left && previous.is_some() {
        state.open = previous;
    } else if right && next.is_some() {
        state.open = next;
    }
    if modal.should_close() {
        state.open = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        let text = r##"Deck(id: "d", title: "D", language: "sv",
            categories: [
                Category(id: "a", name: "A", color: "#112233"),
                Category(id: "b", name: "B", color: "#445566"),
            ],
            cards: [
                Card(id: "c1", category: "a", title: "Fem varför", text: "Fråga varför fem gånger."),
                Card(id: "c2", category: "b", title: "Ömsesidig ÄNDRING", text: "Byt roller.",
                    prompts: ["Vem äger problemet?"]),
                Card(id: "c3", category: "b", title: "Tre prickar", text: "Rösta med prickar."),
            ])"##;
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .expect("test deck")
    }

    fn find(query: &str, category: Option<&str>) -> Vec<usize> {
        let deck = deck();
        let index: Vec<String> = deck.cards.iter().map(search_text).collect();
        matching_cards(&deck, &index, query, category)
    }

    #[test]
    fn search_ignores_case_also_for_swedish_letters() {
        assert_eq!(find("", None), [0, 1, 2]);
        assert_eq!(find("ÄNDRING", None), [1]);
        assert_eq!(find("ändring", None), [1]);
        assert_eq!(find("FRÅGA", None), [0]);
        assert_eq!(find("ÄGER", None), [1], "prompts are searched");
    }

    #[test]
    fn every_word_must_match_and_category_narrows() {
        assert_eq!(find("byt roller", None), [1]);
        assert_eq!(find("byt fem", None), Vec::<usize>::new());
        assert_eq!(find("", Some("b")), [1, 2]);
        assert_eq!(find("prickar", Some("a")), Vec::<usize>::new());
    }

    #[test]
    fn the_cache_follows_query_and_reload() {
        let deck = deck();
        let source = Arc::new(SourceFile::new("d.deck.ron", ""));
        let mut state = BrowserState::new("d");
        assert_eq!(state.matches(&deck, &source), [0, 1, 2]);
        state.query = "prickar".into();
        assert_eq!(state.matches(&deck, &source), [2]);
        let mut smaller = deck.clone();
        smaller.cards.truncate(1);
        let reloaded = Arc::new(SourceFile::new("d.deck.ron", ""));
        assert_eq!(state.matches(&smaller, &reloaded), Vec::<usize>::new());
        state.query.clear();
        assert_eq!(state.matches(&smaller, &reloaded), [0]);
    }
}
