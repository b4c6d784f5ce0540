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
use crate::pdf::face::{BackContext, CardFace, FaceContext, card_back, card_front, deck_back};
use crate::pdf::items::{Color, Item};
use crate::pdf::text::{FontFace, MM_PER_PT, ascent};
use crate::pdf::{CardSize, Ink, Placement, PointMm};

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
            ink: Ink::Full,
        },
    ))
}

/// The back of the deck's cards as printed by default (the deck's back style, full ink).
pub fn back(deck: &Deck, size: CardSize, bleed: f32) -> Vec<Item> {
    card_back(
        &deck_back(deck),
        &BackContext {
            language: &deck.language,
            size,
            bleed,
            style: deck.back.as_ref().and_then(|b| b.style).unwrap_or_default(),
            ink: Ink::Full,
            icon: None,
            logo: None,
        },
    )
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
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let c = at(*center);
                let r = radius * screen.scale;
                if let Some(fill) = fill {
                    painter.circle_filled(c, r, color32(*fill));
                }
                if let Some(s) = stroke {
                    painter.circle_stroke(
                        c,
                        r,
                        Stroke::new((s.width * screen.scale).max(0.5), color32(s.color)),
                    );
                }
            }
            Item::Image { logo, rect } => {
                let corners = [
                    at(PointMm::new(rect.x, rect.y)),
                    at(PointMm::new(rect.right(), rect.bottom())),
                ];
                paint_logo(painter, logo, Rect::from_two_pos(corners[0], corners[1]));
            }
            Item::Icon { icon, rect, color } => {
                let corners = [
                    at(PointMm::new(rect.x, rect.y)),
                    at(PointMm::new(rect.right(), rect.bottom())),
                ];
                let screen_rect = Rect::from_two_pos(corners[0], corners[1]);
                paint_icon(painter, *icon, screen_rect, color32(*color));
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

/// Icon textures by glyph and pixel size, kept in the context's memory.
#[derive(Clone, Default)]
struct IconTextures(std::collections::HashMap<(char, usize), egui::TextureHandle>);

/// Paints an icon of the bundled set into `rect` on screen: the same outline the PDF fills,
/// rasterised once per size (icons are symmetric enough under quarter turns for the print
/// preview; the browser shows cards upright).
pub fn paint_icon(painter: &Painter, icon: crate::icons::Icon, rect: Rect, color: Color32) {
    let pixels_per_point = painter.ctx().pixels_per_point();
    let px = (rect.width().max(rect.height()) * pixels_per_point).round() as usize;
    if px < 3 {
        return;
    }
    let px = px.min(512);
    let ctx = painter.ctx().clone();
    let id = egui::Id::unique("innovationslek-icon-textures");
    let key = (icon.glyph, px);
    let cached = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<IconTextures>(id)
            .0
            .get(&key)
            .cloned()
    });
    let texture = match cached {
        Some(t) => t,
        None => {
            let rings = crate::icons::flatten(icon.outline(), 0.5 / px as f32);
            let mask = crate::icons::rasterize(&rings, px);
            // White, premultiplied by the coverage; the painter tints it.
            let rgba: Vec<u8> = mask.iter().flat_map(|&a| [a, a, a, a]).collect();
            let texture = ctx.load_texture(
                format!("icon-{:x}-{px}", u32::from(icon.glyph)),
                egui::ColorImage::from_rgba_premultiplied([px, px], &rgba),
                egui::TextureOptions::LINEAR,
            );
            ctx.data_mut(|d| {
                d.get_temp_mut_or_default::<IconTextures>(id)
                    .0
                    .insert(key, texture.clone());
            });
            texture
        }
    };
    painter.image(
        texture.id(),
        rect,
        Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
        color,
    );
}

/// Logo textures by their pixels' address, kept in the context's memory.
#[derive(Clone, Default)]
struct LogoTextures(Vec<(usize, egui::TextureHandle)>);

/// Paints the deck's logo into `rect` on screen.
pub fn paint_logo(painter: &Painter, logo: &std::sync::Arc<crate::pdf::logo::Logo>, rect: Rect) {
    let ctx = painter.ctx().clone();
    let id = egui::Id::unique("innovationslek-logo-textures");
    let key = std::sync::Arc::as_ptr(logo) as usize;
    let cached = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<LogoTextures>(id)
            .0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.clone())
    });
    let texture = match cached {
        Some(t) => t,
        None => {
            let image =
                egui::ColorImage::from_rgb([logo.width as usize, logo.height as usize], &logo.rgb);
            let texture = ctx.load_texture("deck-logo", image, egui::TextureOptions::LINEAR);
            ctx.data_mut(|d| {
                let cache = d.get_temp_mut_or_default::<LogoTextures>(id);
                // A few logos at most: the decks shown recently.
                if cache.0.len() > 8 {
                    drop(cache.0.remove(0));
                }
                cache.0.push((key, texture.clone()));
            });
            texture
        }
    };
    painter.image(
        texture.id(),
        rect,
        Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
        Color32::WHITE,
    );
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
                ink: Ink::Full,
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
                    } if rect.y <= crate::pdf::face::SAFE_INSET_MM => Some((*fill, rect.bottom())),
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
