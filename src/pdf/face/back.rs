//! Card backs: the deck's or a category's [`CardBack`] laid out as positioned [`Item`]s in face
//! space, office style (white with an emblem) or flood (colour over the card and its bleed).

use crate::model::{CardBack, Category, Deck};
use crate::pdf::items::{Align, Color, Item, Stroke};
use crate::pdf::layout::{PointMm, Rect};
use crate::pdf::options::{BackStyle, CardSize, Ink};
use crate::pdf::text::{FontFace, Hyphenation, Style, wrap};

use super::{BACK_SAFE_MM, LEADING, scale_for};

/// The back shared by all cards of a deck: the deck's `back`, or the deck title on a plain back.
pub fn deck_back(deck: &Deck) -> CardBack {
    deck.back.clone().unwrap_or_else(|| CardBack {
        title: deck.title.clone(),
        ..CardBack::default()
    })
}

/// The back of a category's cards: the category's own `back`, else the deck's.
pub fn category_back(deck: &Deck, category: Option<&Category>) -> CardBack {
    category
        .and_then(|c| c.back.clone())
        .unwrap_or_else(|| deck_back(deck))
}

/// The colour of a back: its `color`, else a dark blue-grey.
pub fn back_color(back: &CardBack) -> Color {
    back.color
        .as_deref()
        .and_then(Color::parse_hex)
        .unwrap_or(Color::rgb(0x2E, 0x3A, 0x4F))
}

/// What decides a back's look besides the back itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BackContext<'a> {
    /// The deck's language tag (hyphenation of the subtitle).
    pub language: &'a str,
    /// The trimmed card.
    pub size: CardSize,
    /// Bleed in mm.
    pub bleed: f32,
    /// Office or flood.
    pub style: BackStyle,
    /// Full colour or outlines (office back only).
    pub ink: Ink,
    /// The icon in the emblem when the back names none.
    pub icon: Option<crate::icons::Icon>,
    /// The deck's logo, drawn instead of the emblem on an office back that names a `logo`.
    pub logo: Option<&'a std::sync::Arc<crate::pdf::logo::Logo>>,
}

/// Lays out a card back. The *office* back is white with an emblem in the back's colour (the
/// back's icon on a disc, or a ring with low ink), the title and subtitle; the *flood* back has
/// the colour over the whole card and its bleed (on back pages the page adds the reach past the
/// outer cuts, see [`BACK_REACH_MM`]). Nothing but the flood comes closer than
/// [`BACK_SAFE_MM`] to the cut.
pub fn card_back(back: &CardBack, context: &BackContext<'_>) -> Vec<Item> {
    let (w, h) = (context.size.width, context.size.height);
    let s = scale_for(context.size);
    let color = back_color(back);
    let flood = context.style == BackStyle::Flood;
    let low_ink = context.ink == Ink::Low && !flood;
    let mut items = Vec::new();
    let (ink, title_ink, sub_ink) = if flood {
        let bleed = context.bleed;
        items.push(Item::fill(
            Rect::new(-bleed, -bleed, w + 2.0 * bleed, h + 2.0 * bleed),
            color,
        ));
        let ink = color.text_on();
        (ink, ink, ink)
    } else {
        let ink = color.on_white(4.5);
        (ink, ink, Color::GREY)
    };
    let safe = BACK_SAFE_MM.min(w / 4.0).min(h / 4.0);
    let width = w - 2.0 * safe;
    let icon = back
        .icon
        .as_deref()
        .and_then(crate::icons::Icon::named)
        .or(context.icon)
        .or_else(|| crate::icons::Icon::named("cards"));

    let hyphenation = Hyphenation::for_language(context.language);
    let mut title_pt = 15.5 * s;
    // The title shrinks rather than being hyphenated: it is the deck's name.
    let title_lines = loop {
        let style = Style::new(FontFace::CondensedBold, title_pt);
        let wrapped = wrap(&back.title, style, width, &Hyphenation::none());
        if (wrapped.forced_breaks == 0 && wrapped.lines.len() <= 3) || title_pt <= 8.0 {
            break wrapped.lines;
        }
        title_pt -= 0.5;
    };
    let title = Style::new(FontFace::CondensedBold, title_pt);
    let sub = Style::new(FontFace::Condensed, 8.0 * s);
    let mut sub_lines = back
        .subtitle
        .as_deref()
        .map(|t| wrap(t, sub, width, &hyphenation).lines)
        .unwrap_or_default();
    let emblem_gap = 4.5 * s;
    let title_h = title_lines.len() as f32 * title.size_mm() * 1.15;
    // The emblem gives way to the words on a short card; the subtitle goes last.
    let room = h - 2.0 * safe;
    let words = |sub: &[String]| {
        title_h
            + if sub.is_empty() {
                0.0
            } else {
                2.6 * s + sub.len() as f32 * 8.0 * s * crate::pdf::text::MM_PER_PT * LEADING
            }
    };
    while !sub_lines.is_empty() && room - emblem_gap - words(&sub_lines) < 8.0 {
        sub_lines.pop();
    }
    let radius = ((room - emblem_gap - words(&sub_lines)) / 2.0)
        .min((w.min(h) * 0.2).min(18.0))
        .max(3.0);
    let sub_gap = if sub_lines.is_empty() { 0.0 } else { 2.6 * s };
    let sub_h = sub_lines.len() as f32 * sub.size_mm() * LEADING;
    let total = 2.0 * radius + emblem_gap + title_h + sub_gap + sub_h;
    let mut y = (h / 2.0 - total / 2.0).max(safe);

    // The emblem, or the logo.
    let center = PointMm::new(w / 2.0, y + radius);
    if let Some(logo) = context.logo.filter(|_| !flood && back.logo.is_some()) {
        items.push(Item::Image {
            logo: std::sync::Arc::clone(logo),
            rect: fit_picture(logo, center, 2.0 * radius),
        });
    } else {
        items.extend(emblem(
            center,
            radius,
            icon,
            color,
            ink,
            flood || low_ink,
            s,
        ));
    }
    y += 2.0 * radius + emblem_gap;

    for line in title_lines {
        items.push(Item::text(
            line,
            w / 2.0,
            y + title.size_mm() * 0.85,
            title,
            title_ink,
            Align::Center,
        ));
        y += title.size_mm() * 1.15;
    }
    if !sub_lines.is_empty() {
        y += sub_gap;
        for line in sub_lines {
            items.push(Item::text(
                line,
                w / 2.0,
                y + sub.size_mm() * 0.9,
                sub,
                sub_ink,
                Align::Center,
            ));
            y += sub.size_mm() * LEADING;
        }
    }
    items
}

/// The rectangle of a picture fitted into a square of `side` around `center`, its shape kept.
pub fn fit_picture(logo: &crate::pdf::logo::Logo, center: PointMm, side: f32) -> Rect {
    let (pw, ph) = (logo.width.max(1) as f32, logo.height.max(1) as f32);
    let (w, h) = if pw >= ph {
        (side, side * ph / pw)
    } else {
        (side * pw / ph, side)
    };
    Rect::new(center.x - w / 2.0, center.y - h / 2.0, w, h)
}

/// The emblem of a back: the icon on a disc in the back's colour, or in a ring (flood backs
/// and low ink).
fn emblem(
    center: PointMm,
    radius: f32,
    icon: Option<crate::icons::Icon>,
    color: Color,
    ink: Color,
    ring: bool,
    s: f32,
) -> Vec<Item> {
    let (disc, icon_color) = if ring {
        (None, ink)
    } else {
        (Some(color), color.text_on())
    };
    let mut items = vec![Item::Circle {
        center,
        radius,
        fill: disc,
        stroke: if ring {
            Some(Stroke::solid(ink, 0.6 * s))
        } else {
            None
        },
    }];
    if let Some(icon) = icon {
        let side = radius * 1.15;
        items.push(Item::Icon {
            icon,
            rect: Rect::new(center.x - side / 2.0, center.y - side / 2.0, side, side),
            color: icon_color,
        });
    }
    items
}
