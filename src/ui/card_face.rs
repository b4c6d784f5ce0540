//! Drawing the print layout's positioned items on screen: card faces in the browser and whole
//! sheets in the print preview.
//!
//! The items come from [`crate::pdf::face`] and [`crate::pdf::layout`] (millimetres, y down, text
//! already wrapped and aligned by measured widths in the embedded DejaVu fonts), so what the
//! screen shows is what the PDF prints. This module only maps millimetres to screen points
//! (with the slot's quarter turns) and paints; it decides nothing about where things go.

use egui::epaint::TextShape;
use egui::{Color32, FontFamily, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, vec2};

use crate::model::Deck;
use crate::pdf::face::{CardFace, FaceContext, card_back, card_front, deck_back};
use crate::pdf::items::{Color, Item};
use crate::pdf::text::{FontFace, MM_PER_PT, ascent};
use crate::pdf::{CardSize, Placement, PointMm};

/// The card size the browser shows (the printed default).
pub const BROWSER_CARD: CardSize = CardSize::POKER;

/// Text smaller than this many screen points is not drawn: it cannot be read and costs time.
const SMALLEST_TEXT: f32 = 2.5;

/// The egui font family of a print font face (installed by [`super::theme::install_fonts`]).
pub fn family(face: FontFace) -> FontFamily {
    FontFamily::Name(family_name(face).into())
}

/// The name under which a print font face is installed.
pub fn family_name(face: FontFace) -> &'static str {
    match face {
        FontFace::Condensed => "dejavu-condensed",
        FontFace::CondensedBold => "dejavu-condensed-bold",
        FontFace::Sans => "dejavu-sans",
        FontFace::SansBold => "dejavu-sans-bold",
    }
}

/// An item colour on screen.
pub fn color32(c: Color) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// The front of the deck's card at `index` (in deck order), laid out as the PDF lays it out.
pub fn front(deck: &Deck, index: usize, size: CardSize) -> Option<CardFace> {
    let card = deck.cards.get(index)?;
    let category = deck.categories.iter().find(|c| c.id == card.category);
    Some(card_front(
        card,
        category,
        size,
        &FaceContext {
            deck_title: &deck.title,
            language: &deck.language,
            number: index + 1,
            total: deck.cards.len(),
            bleed: 0.0,
        },
    ))
}

/// The back of every card of the deck.
pub fn back(deck: &Deck, size: CardSize, bleed: f32) -> Vec<Item> {
    card_back(&deck_back(deck), &deck.language, size, bleed)
}

/// Maps sheet (or face) millimetres to screen points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenFromMm {
    /// Where the origin (0, 0) mm lies on screen.
    pub origin: Pos2,
    /// Screen points per millimetre.
    pub scale: f32,
}

impl ScreenFromMm {
    /// The screen point of a point in mm.
    pub fn pos(&self, p: PointMm) -> Pos2 {
        self.origin + vec2(p.x * self.scale, p.y * self.scale)
    }
}

/// Paints `items` (in face space) placed by `placement` on a sheet mapped by `screen`.
pub fn paint_items_ui(
    painter: &Painter,
    items: &[Item],
    placement: Placement,
    screen: ScreenFromMm,
) {
    let at = |p: PointMm| screen.pos(placement.sheet_from_face(p));
    let angle = f32::from(placement.quarter_turns % 4) * std::f32::consts::FRAC_PI_2;
    for item in items {
        match item {
            Item::Rect { rect, fill, stroke } => {
                let corners = vec![
                    at(PointMm::new(rect.x, rect.y)),
                    at(PointMm::new(rect.right(), rect.y)),
                    at(PointMm::new(rect.right(), rect.bottom())),
                    at(PointMm::new(rect.x, rect.bottom())),
                ];
                let outline = stroke.map_or(Stroke::NONE, |s| {
                    Stroke::new((s.width * screen.scale).max(0.5), color32(s.color))
                });
                if placement.quarter_turns == 0 {
                    let r = Rect::from_two_pos(corners[0], corners[2]);
                    if let Some(fill) = fill {
                        painter.rect_filled(r, 0.0, color32(*fill));
                    }
                    if stroke.is_some() {
                        painter.rect_stroke(r, 0.0, outline, StrokeKind::Middle);
                    }
                } else {
                    let fill = fill.map_or(Color32::TRANSPARENT, color32);
                    painter.add(Shape::convex_polygon(corners, fill, outline));
                }
            }
            Item::Line { points, stroke } => {
                let points: Vec<Pos2> = points.iter().map(|p| at(*p)).collect();
                let line = Stroke::new(
                    (stroke.width * screen.scale).max(0.6),
                    color32(stroke.color),
                );
                match stroke.dash {
                    Some([dash, gap]) => {
                        painter.extend(Shape::dashed_line(
                            &points,
                            line,
                            dash * screen.scale,
                            gap * screen.scale,
                        ));
                    }
                    None => {
                        painter.add(Shape::line(points, line));
                    }
                }
            }
            Item::Text {
                text,
                origin,
                style,
                color,
            } => {
                let points = style.size_pt * MM_PER_PT * screen.scale;
                if points < SMALLEST_TEXT {
                    continue;
                }
                // Items give the baseline; egui places a text by the top of its first row.
                let top = PointMm::new(origin.x, origin.y - ascent(style.face, style.size_pt));
                let galley = painter.layout_no_wrap(
                    text.clone(),
                    FontId::new(points, family(style.face)),
                    color32(*color),
                );
                painter.add(TextShape::new(at(top), galley, color32(*color)).with_angle(angle));
            }
        }
    }
}

/// Paints a card (paper, the items, an outline) into `rect`, the trimmed card on screen.
pub fn paint_card_ui(painter: &Painter, rect: Rect, size: CardSize, items: &[Item]) {
    let scale = rect.width() / size.width;
    let radius = (2.0 * scale).min(10.0);
    painter.rect_filled(rect, radius, Color32::WHITE);
    let clipped = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    paint_items_ui(
        &clipped,
        items,
        Placement::SHEET,
        ScreenFromMm {
            origin: rect.min,
            scale,
        },
    );
    painter.rect_stroke(
        rect,
        radius,
        Stroke::new(1.0, Color32::from_gray(140)),
        StrokeKind::Inside,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        let text = r##"Deck(id: "d", title: "Leken", language: "sv",
            categories: [Category(id: "a", name: "Förstå", color: "#B88000", symbol: "?")],
            cards: [Card(id: "c", category: "a", title: "Fem varför", text: "Fråga.\n\nIgen.",
                prompts: ["Varför?"], minutes: 10)])"##;
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .expect("test deck")
    }

    #[test]
    fn the_screen_face_is_the_printed_face() {
        let deck = deck();
        let face = front(&deck, 0, BROWSER_CARD).expect("card");
        let printed = card_front(
            &deck.cards[0],
            deck.categories.first(),
            BROWSER_CARD,
            &FaceContext {
                deck_title: "Leken",
                language: "sv",
                number: 1,
                total: 1,
                bleed: 0.0,
            },
        );
        assert_eq!(face, printed);
        let texts: Vec<&str> = face
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"Fem varför"), "{texts:?}");
        assert!(front(&deck, 5, BROWSER_CARD).is_none());
    }

    #[test]
    fn band_text_is_readable_on_every_bundled_card() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("decks");
        let library = crate::model::Library::load(&[dir], crate::model::LoadOptions::default());
        assert!(library.decks.len() >= 2);
        for deck in &library.decks {
            let deck = &deck.value;
            for (index, card) in deck.cards.iter().enumerate() {
                let face = front(deck, index, BROWSER_CARD).expect("card");
                let Some((band, band_bottom)) = face.items.iter().find_map(|i| match i {
                    Item::Rect {
                        rect,
                        fill: Some(fill),
                        ..
                    } if rect.y <= 0.0 => Some((*fill, rect.bottom())),
                    _ => None,
                }) else {
                    panic!("{}: no colour band", card.id);
                };
                for item in &face.items {
                    if let Item::Text {
                        text,
                        origin,
                        color,
                        ..
                    } = item
                        && origin.y < band_bottom
                    {
                        let ratio = color.contrast(band);
                        assert!(
                            ratio >= crate::ui::theme::MIN_TEXT_CONTRAST,
                            "{}: `{text}` has contrast {ratio:.2} ({color:?} on {band:?}) on the band of category `{}`",
                            deck.id,
                            card.category
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn quarter_turns_map_face_corners_onto_the_slot() {
        let screen = ScreenFromMm {
            origin: Pos2::new(10.0, 20.0),
            scale: 2.0,
        };
        let turned = Placement {
            origin: PointMm::new(100.0, 0.0),
            quarter_turns: 1,
        };
        // The face's top-left lies at the slot's top-right; x along the face runs down.
        assert_eq!(
            screen.pos(turned.sheet_from_face(PointMm::new(0.0, 0.0))),
            Pos2::new(210.0, 20.0)
        );
        assert_eq!(
            screen.pos(turned.sheet_from_face(PointMm::new(10.0, 0.0))),
            Pos2::new(210.0, 40.0)
        );
    }
}
