//! Positioned drawing items: what a laid-out card face or document page consists of.
//!
//! Items are in millimetres in a top-left space (x right, y down) named by whoever produces
//! them: face space for a card (origin at the trimmed card's top-left corner; bleed lies at
//! negative coordinates and past the card's size), sheet space for a page. The PDF renderer draws
//! these items, and the app can draw the same items on screen. This module owns the item types and
//! colours; it does not decide where anything goes.

use super::layout::{PointMm, Rect};
use super::text::Style;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Color {
    /// White.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// The near-black used for text.
    pub const INK: Color = Color::rgb(0x1A, 0x1A, 0x1A);
    /// Grey for small print.
    pub const GREY: Color = Color::rgb(0x55, 0x55, 0x55);
    /// Light grey for rules and table lines.
    pub const LIGHT_GREY: Color = Color::rgb(0xBB, 0xBB, 0xBB);
    /// Pure black, for crop marks.
    pub const BLACK: Color = Color::rgb(0, 0, 0);

    /// The colour (`r`, `g`, `b`).
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b }
    }

    /// Parses `#RRGGBB` (the deck format's colours); `None` for anything else.
    pub fn parse_hex(text: &str) -> Option<Color> {
        crate::colour::parse_hex(text).map(|[r, g, b]| Color::rgb(r, g, b))
    }

    /// The WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f32 {
        crate::colour::luminance([self.r, self.g, self.b])
    }

    /// The WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Color) -> f32 {
        crate::colour::contrast([self.r, self.g, self.b], [other.r, other.g, other.b])
    }

    /// White or near-black, whichever reads better on this colour.
    pub fn text_on(self) -> Color {
        // The cards print dark text in INK, so INK is the dark colour to judge.
        let [r, g, b] = crate::colour::pick_text(
            [self.r, self.g, self.b],
            [Color::WHITE.r, Color::WHITE.g, Color::WHITE.b],
            [Color::INK.r, Color::INK.g, Color::INK.b],
        );
        Color::rgb(r, g, b)
    }

    /// This colour, or a darker version of it, that reads on white with at least `ratio`
    /// contrast (for text and outlines in the category's colour on white paper).
    pub fn on_white(self, ratio: f32) -> Color {
        let mut c = self;
        for _ in 0..24 {
            if c.contrast(Color::WHITE) >= ratio {
                break;
            }
            c = Color::rgb(
                (f32::from(c.r) * 0.9) as u8,
                (f32::from(c.g) * 0.9) as u8,
                (f32::from(c.b) * 0.9) as u8,
            );
        }
        c
    }

    /// The colour as 0–1 floats.
    pub fn to_f32(self) -> [f32; 3] {
        [
            f32::from(self.r) / 255.0,
            f32::from(self.g) / 255.0,
            f32::from(self.b) / 255.0,
        ]
    }
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Color,
    /// Width in mm.
    pub width: f32,
    /// Dash and gap lengths in mm; solid when `None`.
    pub dash: Option<[f32; 2]>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(color: Color, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: None,
        }
    }

    /// A dashed line.
    pub const fn dashed(color: Color, width: f32, dash: f32, gap: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: Some([dash, gap]),
        }
    }
}

/// Where a text's x position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `x` is the left end.
    Left,
    /// `x` is the centre.
    Center,
    /// `x` is the right end.
    Right,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Where.
        rect: Rect,
        /// Fill colour.
        fill: Option<Color>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A polyline (open).
    Line {
        /// The points, at least two.
        points: Vec<PointMm>,
        /// How it is drawn.
        stroke: Stroke,
    },
    /// A circle, filled and/or outlined.
    Circle {
        /// The centre.
        center: PointMm,
        /// The radius in mm.
        radius: f32,
        /// Fill colour.
        fill: Option<Color>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A picture (the deck's logo) scaled into `rect`.
    Image {
        /// The pixels.
        logo: std::sync::Arc<super::logo::Logo>,
        /// Where.
        rect: Rect,
    },
    /// An icon of the bundled set, filled in `color`, drawn into the square `rect` (the icon's
    /// unit box).
    Icon {
        /// Which icon.
        icon: crate::icons::Icon,
        /// The icon's box.
        rect: Rect,
        /// Fill colour.
        color: Color,
    },
    /// One line of text; `origin.y` is the baseline, `origin.x` the left end (already aligned
    /// with measured widths, so every consumer places it the same way).
    Text {
        /// The text, one line.
        text: String,
        /// Left end of the baseline.
        origin: PointMm,
        /// Font and size.
        style: Style,
        /// Colour.
        color: Color,
    },
}

impl Item {
    /// A text item aligned at `x` by measured width.
    pub fn text(
        text: impl Into<String>,
        x: f32,
        baseline: f32,
        style: Style,
        color: Color,
        align: Align,
    ) -> Item {
        let text = text.into();
        let w = style.width(&text);
        let left = match align {
            Align::Left => x,
            Align::Center => x - w / 2.0,
            Align::Right => x - w,
        };
        Item::Text {
            text,
            origin: PointMm::new(left, baseline),
            style,
            color,
        }
    }

    /// A filled rectangle.
    pub fn fill(rect: Rect, color: Color) -> Item {
        Item::Rect {
            rect,
            fill: Some(color),
            stroke: None,
        }
    }

    /// A straight line.
    pub fn line(from: PointMm, to: PointMm, stroke: Stroke) -> Item {
        Item::Line {
            points: vec![from, to],
            stroke,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_picks_white_or_ink() {
        let dark = Color::parse_hex("#1B4965").expect("hex");
        assert_eq!(dark.text_on(), Color::WHITE);
        let yellow = Color::parse_hex("#F0E442").expect("hex");
        assert_eq!(yellow.text_on(), Color::INK);
        assert!(Color::parse_hex("1B4965").is_none());
        assert!(Color::parse_hex("#1B49").is_none());
        assert!(Color::parse_hex("#ÅÅÅÅÅÅ").is_none());
    }
}
