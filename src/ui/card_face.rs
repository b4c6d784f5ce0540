//! A card's face as positioned items in millimetres, and painting those items into a rectangle.
//!
//! [`face_items`] says what goes where on a card of a given size (colour band with category name
//! and symbol, title, text and prompts, suggested time, deck title and number); [`paint_face_ui`]
//! only scales and draws them. The split keeps the screen and the printed card the same design:
//! the layout is a plain list that a printer layout can produce as well. This module does not
//! know about grids, selection or input.

use egui::{Align2, Color32, CornerRadius, FontFamily, FontId, Painter, Pos2, Rect, Stroke, vec2};

use super::theme::{CARD_FONT, CARD_FONT_BOLD, INK, color_of, text_on};
use crate::model::{Card, Deck};

/// Poker card size (width, height) in mm, the default of the printed deck.
pub const POKER_MM: [f32; 2] = [63.0, 88.0];

/// A rectangle in card space: millimetres from the card's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MmRect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// Where a text sits horizontally in its rectangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAlign {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// One thing drawn on a card face, positioned in card space.
#[derive(Debug, Clone, PartialEq)]
pub enum FaceItem {
    /// A filled rectangle, e.g. the category band.
    Fill {
        /// Where.
        rect: MmRect,
        /// Its colour.
        color: Color32,
    },
    /// A text wrapped to its rectangle's width, starting at its top.
    Text {
        /// Where; the text wraps at the width.
        rect: MmRect,
        /// The text.
        text: String,
        /// Font size in mm (cap height plus descent, as a font size).
        size_mm: f32,
        /// Bold or regular.
        bold: bool,
        /// Text colour.
        color: Color32,
        /// Horizontal alignment.
        align: TextAlign,
    },
    /// Running text: paragraphs, then prompts as a bulleted list, shrunk to fit the rectangle
    /// between `size_mm` and `min_size_mm`.
    Body {
        /// The area the text may fill.
        rect: MmRect,
        /// The card's paragraphs.
        paragraphs: Vec<String>,
        /// Questions, printed as a list under the text.
        prompts: Vec<String>,
        /// The preferred font size in mm.
        size_mm: f32,
        /// The smallest font size in mm.
        min_size_mm: f32,
        /// Text colour.
        color: Color32,
    },
}

/// The items of `card`'s face on a card of `size_mm` (width, height), with the card's 1-based
/// `number` out of `total`.
pub fn face_items(
    deck: &Deck,
    card: &Card,
    number: usize,
    total: usize,
    size_mm: [f32; 2],
) -> Vec<FaceItem> {
    let [w, h] = size_mm;
    let margin = (w * 0.06).clamp(2.5, 5.0);
    let band_h = (h * 0.13).clamp(8.0, 16.0);
    let category = deck.categories.iter().find(|c| c.id == card.category);
    let band = category.map_or(Color32::GRAY, |c| color_of(&c.color));
    let on_band = text_on(band);
    let mut items = vec![FaceItem::Fill {
        rect: MmRect {
            x: 0.0,
            y: 0.0,
            w,
            h: band_h,
        },
        color: band,
    }];
    let symbol = category.and_then(|c| c.symbol.clone()).unwrap_or_default();
    let symbol_w = if symbol.is_empty() { 0.0 } else { band_h };
    items.push(FaceItem::Text {
        rect: MmRect {
            x: margin,
            y: band_h * 0.3,
            w: w - 2.0 * margin - symbol_w,
            h: band_h * 0.6,
        },
        text: category.map_or_else(|| card.category.clone(), |c| c.name.clone()),
        size_mm: band_h * 0.32,
        bold: true,
        color: on_band,
        align: TextAlign::Left,
    });
    if !symbol.is_empty() {
        items.push(FaceItem::Text {
            rect: MmRect {
                x: w - margin - symbol_w,
                y: band_h * 0.18,
                w: symbol_w,
                h: band_h * 0.7,
            },
            text: symbol,
            size_mm: band_h * 0.5,
            bold: true,
            color: on_band,
            align: TextAlign::Right,
        });
    }
    let title_size = (w * 0.07).clamp(3.0, 5.5);
    let title_y = band_h + margin * 0.9;
    // Titles are short (at most 80 characters): reserve two lines.
    let title_h = title_size * 2.6;
    items.push(FaceItem::Text {
        rect: MmRect {
            x: margin,
            y: title_y,
            w: w - 2.0 * margin,
            h: title_h,
        },
        text: card.title.clone(),
        size_mm: title_size,
        bold: true,
        color: INK,
        align: TextAlign::Left,
    });
    let footer_size = (w * 0.04).clamp(1.8, 3.0);
    let footer_y = h - margin - footer_size * 1.2;
    let body_y = title_y + title_h;
    items.push(FaceItem::Body {
        rect: MmRect {
            x: margin,
            y: body_y,
            w: w - 2.0 * margin,
            h: (footer_y - body_y - margin * 0.5).max(1.0),
        },
        paragraphs: card.paragraphs(),
        prompts: card.prompts.clone(),
        size_mm: (w * 0.045).clamp(2.2, 3.8),
        min_size_mm: 1.6,
        color: INK,
    });
    let footer_color = Color32::from_gray(70);
    let half = (w - 2.0 * margin) / 2.0;
    items.push(FaceItem::Text {
        rect: MmRect {
            x: margin,
            y: footer_y,
            w: half,
            h: footer_size * 1.4,
        },
        text: deck.title.clone(),
        size_mm: footer_size,
        bold: false,
        color: footer_color,
        align: TextAlign::Left,
    });
    let right = match card.minutes {
        Some(minutes) => format!("{minutes} min · {number}/{total}"),
        None => format!("{number}/{total}"),
    };
    items.push(FaceItem::Text {
        rect: MmRect {
            x: margin + half,
            y: footer_y,
            w: half,
            h: footer_size * 1.4,
        },
        text: right,
        size_mm: footer_size,
        bold: false,
        color: footer_color,
        align: TextAlign::Right,
    });
    items
}

/// The card's paper colour.
pub const PAPER: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFD);

/// Paints `items` of a card of `size_mm` scaled into `rect` (the card's outline on screen).
pub fn paint_face_ui(painter: &Painter, rect: Rect, size_mm: [f32; 2], items: &[FaceItem]) {
    let scale = rect.width() / size_mm[0];
    let radius = (2.5 * scale).min(12.0);
    let to_screen = |r: &MmRect| {
        Rect::from_min_size(
            rect.min + vec2(r.x * scale, r.y * scale),
            vec2(r.w * scale, r.h * scale),
        )
    };
    // Text smaller than this many points is not readable; drawing it only costs time.
    let legible = |points: f32| points >= 3.0;
    painter.rect_filled(rect, radius, PAPER);
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    for item in items {
        match item {
            FaceItem::Fill { rect: r, color } => {
                let screen = to_screen(r);
                // Round only the corners that touch the card's corners.
                let mut corners = CornerRadius::ZERO;
                let radius = radius.round().clamp(0.0, 255.0) as u8;
                if r.y <= 0.0 {
                    if r.x <= 0.0 {
                        corners.nw = radius;
                    }
                    if r.x + r.w >= size_mm[0] {
                        corners.ne = radius;
                    }
                }
                painter.rect_filled(screen, corners, *color);
            }
            FaceItem::Text {
                rect: r,
                text,
                size_mm,
                bold,
                color,
                align,
            } => {
                let points = size_mm * scale;
                if !legible(points) {
                    continue;
                }
                let family =
                    FontFamily::Name(if *bold { CARD_FONT_BOLD } else { CARD_FONT }.into());
                let screen = to_screen(r);
                let galley = painter.layout(
                    text.clone(),
                    FontId::new(points, family),
                    *color,
                    screen.width(),
                );
                let x = match align {
                    TextAlign::Left => screen.left(),
                    TextAlign::Center => screen.center().x - galley.size().x / 2.0,
                    TextAlign::Right => screen.right() - galley.size().x,
                };
                painter.galley(Pos2::new(x, screen.top()), galley, *color);
            }
            FaceItem::Body {
                rect: r,
                paragraphs,
                prompts,
                size_mm,
                min_size_mm,
                color,
            } => {
                let screen = to_screen(r);
                let text = body_text(paragraphs, prompts);
                let mut size = *size_mm;
                loop {
                    let points = size * scale;
                    if !legible(points) {
                        break;
                    }
                    let galley = painter.layout(
                        text.clone(),
                        FontId::new(points, FontFamily::Name(CARD_FONT.into())),
                        *color,
                        screen.width(),
                    );
                    if galley.size().y <= screen.height() || size <= *min_size_mm {
                        painter.galley(screen.min, galley, *color);
                        break;
                    }
                    size = (size * 0.9).max(*min_size_mm);
                }
            }
        }
    }
    painter.rect_stroke(
        rect,
        radius,
        Stroke::new(1.0, Color32::from_gray(150)),
        egui::StrokeKind::Inside,
    );
}

/// The running text of a card: paragraphs separated by blank lines, then the prompts.
pub fn body_text(paragraphs: &[String], prompts: &[String]) -> String {
    let mut text = paragraphs.join("\n\n");
    if !prompts.is_empty() {
        text.push('\n');
        for prompt in prompts {
            text.push_str("\n• ");
            text.push_str(prompt);
        }
    }
    text
}

/// Paints a card back (the deck's back colour and title) into `rect`.
pub fn paint_back_ui(painter: &Painter, rect: Rect, deck: &Deck) {
    let back = deck.back.as_ref();
    let color = back
        .and_then(|b| b.color.as_deref())
        .map_or(Color32::from_rgb(0x1B, 0x49, 0x65), color_of);
    let fg = text_on(color);
    let radius = (rect.width() * 0.04).min(12.0);
    painter.rect_filled(rect, radius, color);
    let title = back.map_or(deck.title.as_str(), |b| b.title.as_str());
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        title,
        FontId::new(rect.width() * 0.1, FontFamily::Name(CARD_FONT_BOLD.into())),
        fg,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::{MIN_TEXT_CONTRAST, contrast};

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
    fn items_stay_on_the_card_and_text_is_readable() {
        let deck = deck();
        let items = face_items(&deck, &deck.cards[0], 1, 1, POKER_MM);
        let mut band = None;
        for item in &items {
            let (r, fg) = match item {
                FaceItem::Fill { rect, color } => {
                    band = Some(*color);
                    (rect, None)
                }
                FaceItem::Text { rect, color, .. } | FaceItem::Body { rect, color, .. } => {
                    (rect, Some(*color))
                }
            };
            assert!(r.x >= 0.0 && r.y >= 0.0, "{item:?}");
            assert!(
                r.x + r.w <= 63.0 + 1e-3 && r.y + r.h <= 88.0 + 1e-3,
                "{item:?}"
            );
            if let Some(fg) = fg {
                let bg = if r.y < 10.0 {
                    band.unwrap_or(PAPER)
                } else {
                    PAPER
                };
                assert!(contrast(fg, bg) >= MIN_TEXT_CONTRAST, "{item:?}");
            }
        }
        let texts: Vec<&str> = items
            .iter()
            .filter_map(|i| match i {
                FaceItem::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            ["Förstå", "?", "Fem varför", "Leken", "10 min · 1/1"]
        );
    }

    #[test]
    fn body_lists_prompts_after_the_paragraphs() {
        assert_eq!(
            body_text(&["A.".into(), "B.".into()], &["Varför?".into()]),
            "A.\n\nB.\n\n• Varför?"
        );
    }
}
