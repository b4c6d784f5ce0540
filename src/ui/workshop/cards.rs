//! The step's cards in the cockpit: which were drawn, their faces (laid out once per card), the
//! grid of kept and discarded cards, and a card opened large.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use egui::{Color32, RichText, Sense, vec2};

use super::state::ViewChange;
use super::widgets::{TextInfo, icon};
use crate::active::ActiveSession;
use crate::model::Deck;
use crate::pdf::face::CardFace;
use crate::session::{CardPlace, PileCard, Session, SessionCommand};
use crate::ui::Ctx;
use crate::ui::card_face::{BROWSER_CARD, front, paint_card_ui};
use crate::ui::command::Command;
use crate::ui::i18n::{Key, fill};

/// A card drawn in the current step, as the cockpit lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepCard {
    /// The card.
    pub card: PileCard,
    /// Kept as chosen.
    pub kept: bool,
    /// Discarded (shown as an empty place so the cards after it stay where they are).
    pub discarded: bool,
}

/// The step each card on the table or kept was last drawn in.
pub(super) fn drawn_in(session: &Session) -> HashMap<&str, Option<&str>> {
    let mut steps = HashMap::new();
    if let Some(pile) = session.draws() {
        for record in pile.draws() {
            for id in &record.cards {
                steps.insert(id.as_str(), record.step.as_deref());
            }
        }
    }
    steps
}

/// The cards of the current step in the order they were drawn: the kept ones of every draw in
/// the step, and the latest draw's cards wherever they are now. A discarded card keeps its place
/// while a card after it is still shown, so nothing moves under the mouse.
pub fn step_cards(session: &Session) -> Vec<StepCard> {
    let Some(pile) = session.draws() else {
        return Vec::new();
    };
    let step = session.step().id.as_str();
    let steps = drawn_in(session);
    let records: Vec<_> = pile
        .draws()
        .filter(|r| r.step.as_deref() == Some(step))
        .collect();
    let latest = records.last().map(|r| r.cards.as_slice()).unwrap_or(&[]);
    let mut cards: Vec<StepCard> = Vec::new();
    for record in &records {
        for id in &record.cards {
            if steps.get(id.as_str()) != Some(&Some(step)) || cards.iter().any(|c| &c.card.id == id)
            {
                continue;
            }
            let Some(card) = pile.card(id) else { continue };
            let place = pile.place(id).unwrap_or_default();
            let shown = match place {
                CardPlace::Kept | CardPlace::Table => true,
                CardPlace::Discard => latest.contains(id),
                CardPlace::Pile => false,
            };
            if shown {
                cards.push(StepCard {
                    card: card.clone(),
                    kept: place == CardPlace::Kept,
                    discarded: place == CardPlace::Discard,
                });
            }
        }
    }
    while cards.last().is_some_and(|c| c.discarded) {
        cards.pop();
    }
    cards
}

/// Cards on the table or kept that were drawn in other steps ("Tidigare kort").
pub fn earlier_cards(session: &Session) -> Vec<StepCard> {
    let Some(pile) = session.draws() else {
        return Vec::new();
    };
    let step = session.step().id.as_str();
    let steps = drawn_in(session);
    let mut cards: Vec<StepCard> = pile
        .table()
        .into_iter()
        .map(|c| (c, false))
        .chain(pile.kept().into_iter().map(|c| (c, true)))
        .filter(|(c, _)| steps.get(c.id.as_str()).copied().flatten() != Some(step))
        .map(|(c, kept)| StepCard {
            card: c.clone(),
            kept,
            discarded: false,
        })
        .collect();
    cards.sort_by_key(|c| !c.kept);
    cards
}

/// A card face laid out once per card (screen sizes only scale it), shared by the cockpit and
/// the projector and kept in egui's memory for the life of the window.
#[derive(Clone, Default)]
pub(super) struct FaceCache(Arc<Mutex<FaceMap>>);

/// Laid-out faces by deck id and card id (`None`: the card is not in the deck).
pub(super) type FaceMap = HashMap<(String, String), Option<Arc<CardFace>>>;

/// The laid-out front of `card_id` in `deck`, from the cache.
pub(super) fn cached_face(
    ctx: &egui::Context,
    deck: &Deck,
    card_id: &str,
) -> Option<Arc<CardFace>> {
    let cache = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<FaceCache>(egui::Id::unique("session-face-cache"))
            .clone()
    });
    let Ok(mut map) = cache.0.lock() else {
        return None;
    };
    map.entry((deck.id.clone(), card_id.to_owned()))
        .or_insert_with(|| {
            let index = deck.cards.iter().position(|c| c.id == card_id)?;
            front(deck, index, BROWSER_CARD).map(Arc::new)
        })
        .clone()
}

pub(super) fn open_card_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    card_id: &str,
    commands: &mut Vec<Command>,
) {
    let Some(deck) = &active.deck else { return };
    let screen = ui.ctx().content_rect();
    let card_h = (screen.height() * 0.75)
        .min(screen.width() * 0.6 * BROWSER_CARD.height / BROWSER_CARD.width);
    let card_w = card_h * BROWSER_CARD.width / BROWSER_CARD.height;
    let title = deck
        .cards
        .iter()
        .find(|c| c.id == card_id)
        .map(|c| c.title.clone())
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("open-card")).show(ui.ctx(), |ui| {
        let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::click());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Image,
                true,
                cx.state.language.fmt(Key::BigCard, &[("title", &title)]),
            )
        });
        if let Some(face) = cached_face(ui.ctx(), deck, card_id) {
            paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
        }
        if ui.button(cx.tr(Key::Close)).clicked() || response.clicked() {
            commands.push(Command::SessionView(ViewChange::OpenCard(None)));
        }
    });
    if modal.should_close() {
        commands.push(Command::SessionView(ViewChange::OpenCard(None)));
    }
}

/// The size of a card in the cockpit: about a fifth of the zone's width, within limits, and
/// never taller (with its Keep and Discard buttons) than the scrolled zone shows at once, so
/// the newest card can always be brought wholly into view.
pub(super) fn cockpit_card_width(ui: &egui::Ui) -> f32 {
    let by_width = (ui.available_width() / 5.0).clamp(140.0, 220.0);
    let visible = ui.clip_rect().height();
    let buttons = ui.spacing().interact_size.y + 3.0 * ui.spacing().item_spacing.y;
    let by_height = (visible - buttons - 8.0) * BROWSER_CARD.width / BROWSER_CARD.height;
    by_width.min(by_height).max(60.0)
}

pub(super) fn cards_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    deck: &Deck,
    commands: &mut Vec<Command>,
) {
    let run = |c: SessionCommand| Command::Session(c);
    ui.heading(cx.tr(Key::CardsHeading));
    ui.horizontal_wrapped(|ui| {
        let (categories, count) = session.default_draw();
        let from = if categories.is_empty() {
            cx.tr(Key::WholeDeck).to_owned()
        } else {
            let names: Vec<&str> = categories
                .iter()
                .map(|id| {
                    deck.categories
                        .iter()
                        .find(|c| &c.id == id)
                        .map_or(id.as_str(), |c| c.name.as_str())
                })
                .collect();
            names.join(", ")
        };
        if ui
            .button(fill(cx.tr(Key::DrawN), &[("n", &count), ("from", &from)]))
            .clicked()
        {
            commands.push(run(SessionCommand::Draw {
                categories: None,
                count: None,
            }));
        }
        if !categories.is_empty() && ui.button(cx.tr(Key::DrawFromDeck)).clicked() {
            commands.push(run(SessionCommand::Draw {
                categories: Some(Vec::new()),
                count: Some(1),
            }));
        }
        let on_table = session.step_cards(session.current()).table.len();
        if ui
            .add_enabled(
                on_table > 0,
                egui::Button::new(format!(
                    "{} {} ({on_table})",
                    icon("broom"),
                    cx.tr(Key::ClearTable)
                )),
            )
            .on_hover_text(cx.tr(Key::ClearTableHint))
            .on_disabled_hover_text(cx.tr(Key::ClearTableHint))
            .clicked()
        {
            commands.push(run(SessionCommand::ClearTable));
        }
        if ui.button(cx.tr(Key::Reshuffle)).clicked() {
            commands.push(run(SessionCommand::Reshuffle));
        }
        if let Some(pile) = session.draws() {
            ui.label(
                RichText::new(fill(
                    cx.tr(Key::PileInfo),
                    &[
                        ("left", &pile.pile().len()),
                        ("discarded", &pile.discards().len()),
                        ("seed", &pile.seed),
                    ],
                ))
                .weak(),
            );
        }
    });
    let cards = step_cards(session);
    let newest = session
        .draws()
        .and_then(|p| p.draws().last())
        .filter(|r| r.step.as_deref() == Some(session.step().id.as_str()))
        .and_then(|r| r.cards.last().cloned());
    // The newest card comes into view once, in the frame after it was drawn in this step;
    // opening a step, or coming back to one, scrolls to no card.
    let seen_id = egui::Id::unique("session-newest-card");
    let shown = (session.current(), newest.clone());
    let seen: Option<(usize, Option<String>)> = ui.ctx().data(|d| d.get_temp(seen_id));
    let fresh = seen.is_some_and(|(step, card)| step == shown.0 && card != shown.1);
    ui.ctx().data_mut(|d| d.insert_temp(seen_id, shown));
    let newest = newest.filter(|_| fresh);
    let card_w = cockpit_card_width(ui);
    if cards.is_empty() {
        ui.label(RichText::new(cx.tr(Key::NoCardsYet)).weak());
    } else {
        cards_grid_ui(ui, cx, deck, &cards, card_w, newest.as_deref(), commands);
    }
    let earlier = earlier_cards(session);
    if !earlier.is_empty() {
        ui.add_space(6.0);
        egui::CollapsingHeader::new(fill(cx.tr(Key::EarlierCards), &[("n", &earlier.len())]))
            .id_salt("earlier-cards")
            .default_open(false)
            .show(ui, |ui| {
                cards_grid_ui(ui, cx, deck, &earlier, card_w * 0.7, None, commands);
            });
    }
}

/// Cards in rows that wrap at the zone's edge; each with compact Keep and Discard buttons in
/// fixed places. The card `newest` scrolls into view, as little as needed: a card already in
/// view moves nothing above it out of view.
pub(super) fn cards_grid_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    deck: &Deck,
    cards: &[StepCard],
    card_w: f32,
    newest: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let run = |c: SessionCommand| Command::Session(c);
    let card_h = card_w * BROWSER_CARD.height / BROWSER_CARD.width;
    ui.horizontal_wrapped(|ui| {
        for card in cards {
            ui.vertical(|ui| {
                ui.set_width(card_w);
                let title = &card.card.title;
                if card.discarded {
                    let (rect, _) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::hover());
                    ui.painter().rect_stroke(
                        rect,
                        6.0,
                        egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
                        egui::StrokeKind::Inside,
                    );
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        fill(cx.tr(Key::DiscardedCard), &[("card", title)]),
                        egui::FontId::proportional(12.0),
                        ui.visuals().weak_text_color(),
                    );
                    return;
                }
                let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::click());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        cx.state.language.fmt(Key::CardNamed, &[("title", &title)]),
                    )
                });
                if let Some(face) = cached_face(ui.ctx(), deck, &card.card.id) {
                    paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
                }
                if response.has_focus() {
                    ui.painter().rect_stroke(
                        rect.expand(2.0),
                        6.0,
                        ui.visuals().selection.stroke,
                        egui::StrokeKind::Outside,
                    );
                }
                let enter = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if response.clicked() || enter {
                    commands.push(Command::SessionView(ViewChange::OpenCard(Some(
                        card.card.id.clone(),
                    ))));
                }
                if newest == Some(card.card.id.as_str()) {
                    response.scroll_to_me(None);
                }
                ui.horizontal(|ui| {
                    let size = vec2(card_w / 2.0 - ui.spacing().item_spacing.x, 0.0);
                    let size = vec2(size.x, ui.spacing().interact_size.y);
                    if card.kept {
                        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                        let font = egui::TextStyle::Button.resolve(ui.style());
                        let word = format!("✓ {}", cx.tr(Key::Kept));
                        let wide = ui.ctx().fonts_mut(|f| {
                            f.layout_no_wrap(word.clone(), font.clone(), Color32::WHITE)
                                .size()
                                .x
                        });
                        // On a small card the tick alone (the word is in the tooltip).
                        let shown = if wide <= rect.width() {
                            word
                        } else {
                            "✓".to_owned()
                        };
                        ui.painter().text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            shown,
                            font,
                            ui.visuals().strong_text_color(),
                        );
                    } else if ui
                        .add_sized(size, egui::Button::new("✓"))
                        .widget_info_button(&fill(cx.tr(Key::KeepCard), &[("card", title)]))
                        .on_hover_text(fill(cx.tr(Key::KeepCard), &[("card", title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Keep(card.card.id.clone())));
                    }
                    if ui
                        .add_sized(size, egui::Button::new("✕"))
                        .widget_info_button(&fill(cx.tr(Key::DiscardCard), &[("card", title)]))
                        .on_hover_text(fill(cx.tr(Key::DiscardCard), &[("card", title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Discard(card.card.id.clone())));
                    }
                });
            });
        }
    });
}
