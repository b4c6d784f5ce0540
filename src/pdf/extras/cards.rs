//! The legend cards (the categories with their icons and descriptions) and the credits card.

use crate::model::{Category, Deck};
use crate::pdf::face::{SAFE_INSET_MM, category_back};
use crate::pdf::items::{Align, Color, Item, Stroke};
use crate::pdf::layout::{PointMm, Rect};
use crate::pdf::options::{CardSize, Ink};
use crate::pdf::text::{FontFace, Hyphenation, Style, ellipsize, wrap};

use super::labels;

fn scale_for(size: CardSize) -> f32 {
    ((size.width * size.height) / (63.0 * 88.0))
        .sqrt()
        .clamp(0.75, 1.6)
}

/// The frame shared by the legend and credits cards: a thin band in the deck's back colour
/// with a title, inside the safe margin at bleed 0.
fn info_card_frame(
    deck: &Deck,
    title: &str,
    size: CardSize,
    bleed: f32,
    ink: Ink,
) -> (Vec<Item>, f32, f32) {
    let (w, _h) = (size.width, size.height);
    let s = scale_for(size);
    let back = category_back(deck, None);
    let color = crate::pdf::face::back_color(&back);
    let low = ink == Ink::Low;
    let inset = if bleed > 0.0 && !low {
        0.0
    } else {
        SAFE_INSET_MM
    };
    let band_h = 10.0 * s;
    let band = if inset > 0.0 {
        Rect::new(inset, inset, w - 2.0 * inset, band_h - inset)
    } else {
        Rect::new(-bleed, -bleed, w + 2.0 * bleed, band_h + bleed)
    };
    let mut items = Vec::new();
    let on = if low {
        let outline = color.on_white(4.5);
        items.push(Item::Rect {
            rect: band.expand(-0.225 * s),
            fill: None,
            stroke: Some(Stroke::solid(outline, 0.45 * s)),
        });
        outline
    } else {
        items.push(Item::fill(band, color));
        color.text_on()
    };
    let pad = if inset > 0.0 {
        inset + 1.8 * s
    } else {
        3.6 * s
    };
    let style = Style::new(FontFace::CondensedBold, 7.5 * s);
    let mid = (band.y.max(0.0) + band_h) / 2.0;
    items.push(Item::text(
        ellipsize(&title.to_uppercase(), style, w - 2.0 * pad),
        pad,
        mid + style.size_mm() * 0.36,
        style,
        on,
        Align::Left,
    ));
    (items, band_h + 2.4 * s, pad.max(3.6 * s))
}

/// The smallest type of a legend card's descriptions, in points (as small as a card's body
/// text gets); the names are set a little larger.
pub const LEGEND_MIN_TEXT_PT: f32 = 5.5;

/// The legend cards: every category with its icon (or symbol), name and description. The type
/// shrinks until the categories fit one card; when they would get smaller than a card's body
/// text ([`LEGEND_MIN_TEXT_PT`]), they are split over two or more legend cards ("1/2", "2/2")
/// at the same size. Nothing is ever drawn below the card's safe margin: a single category too
/// long for a card of its own ends its description with "…".
pub fn legend_fronts(deck: &Deck, size: CardSize, bleed: f32, ink: Ink) -> Vec<Vec<Item>> {
    let s = scale_for(size);
    let min_pt = LEGEND_MIN_TEXT_PT / 0.88;
    let start_pt = (7.2 * s).max(min_pt);
    let categories: Vec<&Category> = deck.categories.iter().collect();
    let n = categories.len().max(1);
    for parts in 1..=n {
        let chunks = split_even(&categories, parts);
        let mut pt = start_pt;
        loop {
            let laid: Vec<(Vec<Item>, bool)> = chunks
                .iter()
                .enumerate()
                .map(|(i, chunk)| legend_card(deck, chunk, (i + 1, parts), pt, size, bleed, ink))
                .collect();
            if laid.iter().all(|(_, fits)| *fits) {
                return laid.into_iter().map(|(items, _)| items).collect();
            }
            if pt <= min_pt + 1e-3 {
                if parts == n {
                    // One category per card and still too long: cut with "…".
                    return laid.into_iter().map(|(items, _)| items).collect();
                }
                break;
            }
            pt = (pt - 0.2).max(min_pt);
        }
    }
    vec![legend_card(deck, &[], (1, 1), start_pt, size, bleed, ink).0]
}

/// How many legend cards [`legend_fronts`] makes.
pub fn legend_count(deck: &Deck, size: CardSize, bleed: f32, ink: Ink) -> usize {
    legend_fronts(deck, size, bleed, ink).len()
}

/// `items` split into `parts` runs in order, the first ones a card longer when they do not
/// divide evenly.
fn split_even<T>(items: &[T], parts: usize) -> Vec<&[T]> {
    let parts = parts.clamp(1, items.len().max(1));
    let (base, extra) = (items.len() / parts, items.len() % parts);
    let mut out = Vec::with_capacity(parts);
    let mut at = 0;
    for i in 0..parts {
        let len = base + usize::from(i < extra);
        out.push(&items[at..at + len]);
        at += len;
    }
    out
}

/// One legend card with `categories` at `pt`: its items and whether they fit above the safe
/// margin (when they do not, the text that does not fit is left out and the last line shown
/// ends in "…").
fn legend_card(
    deck: &Deck,
    categories: &[&Category],
    (part, parts): (usize, usize),
    pt: f32,
    size: CardSize,
    bleed: f32,
    ink: Ink,
) -> (Vec<Item>, bool) {
    let l = labels(&deck.language);
    let title = if parts > 1 {
        format!("{} {part}/{parts}", l.legend_title)
    } else {
        l.legend_title.to_owned()
    };
    let (mut items, top, pad) = info_card_frame(deck, &title, size, bleed, ink);
    let (w, h) = (size.width, size.height);
    let s = scale_for(size);
    let bottom = h - SAFE_INSET_MM - 0.8 * s;
    let hyphenation = Hyphenation::for_language(&deck.language);
    let name_style = Style::new(FontFace::CondensedBold, pt);
    let text_style = Style::new(FontFace::Condensed, pt * 0.88);
    // The disc sits beside the name only, clear of the description below it.
    let icon_side = name_style.size_mm() * 1.08;
    let text_x = pad + icon_side + 1.6 * s;
    // The name beside the icon, the description below both at the card's full measure.
    let width = w - 2.0 * pad;
    let line_h = text_style.size_mm() * 1.14;
    let mut y = top;
    let mut fits = true;
    'categories: for category in categories {
        let base = y + name_style.size_mm() * 0.9;
        if base > bottom + 1e-3 || y + icon_side > bottom + 1e-3 {
            fits = false;
            break;
        }
        items.extend(legend_icon(
            category,
            Rect::new(pad, y, icon_side, icon_side),
            name_style,
            ink,
        ));
        items.push(Item::text(
            ellipsize(&category.name, name_style, width - (text_x - pad)),
            text_x,
            base,
            name_style,
            Color::INK,
            Align::Left,
        ));
        let desc = category
            .description
            .as_deref()
            .map(|d| wrap(d, text_style, width, &hyphenation).lines)
            .unwrap_or_default();
        let mut line_y = base;
        for (i, line) in desc.iter().enumerate() {
            line_y += line_h;
            let last_room = line_y + line_h > bottom + 1e-3;
            if line_y > bottom + 1e-3 || (last_room && i + 1 < desc.len()) {
                // No room for the rest: this line (or the previous one) ends in "…".
                fits = false;
                if line_y <= bottom + 1e-3 {
                    items.push(Item::text(
                        ellipsize(&format!("{line} …"), text_style, width),
                        pad,
                        line_y,
                        text_style,
                        Color::GREY,
                        Align::Left,
                    ));
                }
                break 'categories;
            }
            items.push(Item::text(
                line.clone(),
                pad,
                line_y,
                text_style,
                Color::GREY,
                Align::Left,
            ));
        }
        y = (line_y + text_style.size_mm() * 0.35).max(y + icon_side) + 0.9 * s;
    }
    (items, fits)
}

/// A category's mark for the legend and the checklist: its icon on a disc in its colour (an
/// outlined disc with low ink), or its symbol.
pub(super) fn legend_icon(category: &Category, rect: Rect, style: Style, ink: Ink) -> Vec<Item> {
    let color = Color::parse_hex(&category.color).unwrap_or(Color::GREY);
    let center = PointMm::new(rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
    let r = rect.width / 2.0;
    let low = ink == Ink::Low;
    let (fill, stroke, on) = if low {
        let outline = color.on_white(4.5);
        (None, Some(Stroke::solid(outline, 0.3)), outline)
    } else {
        (Some(color), None, color.text_on())
    };
    let mut items = vec![Item::Circle {
        center,
        radius: r,
        fill,
        stroke,
    }];
    if let Some(icon) = category.icon.as_deref().and_then(crate::icons::Icon::named) {
        let side = r * 1.25;
        items.push(Item::Icon {
            icon,
            rect: Rect::new(center.x - side / 2.0, center.y - side / 2.0, side, side),
            color: on,
        });
    } else if let Some(symbol) = category.symbol.as_deref() {
        let st = Style::new(FontFace::CondensedBold, style.size_pt * 0.8);
        items.push(Item::text(
            symbol,
            center.x,
            center.y + st.size_mm() * 0.36,
            st,
            on,
            Align::Center,
        ));
    }
    items
}

/// The credits card: the deck's title and version, the credits and the licence.
pub fn credits_front(deck: &Deck, size: CardSize, bleed: f32, ink: Ink) -> Vec<Item> {
    let l = labels(&deck.language);
    let (mut items, top, pad) = info_card_frame(deck, l.credits_title, size, bleed, ink);
    let (w, h) = (size.width, size.height);
    let s = scale_for(size);
    let bottom = h - SAFE_INSET_MM - 1.5 * s;
    let width = w - 2.0 * pad;
    let hyphenation = Hyphenation::for_language(&deck.language);
    let mut pt = 8.0 * s;
    loop {
        let title = Style::new(FontFace::CondensedBold, pt * 1.3);
        let body = Style::new(FontFace::Condensed, pt);
        let bold = Style::new(FontFace::CondensedBold, pt);
        let mut placed = Vec::new();
        let mut y = top;
        let line = |placed: &mut Vec<Item>, y: &mut f32, text: &str, style: Style| {
            *y += style.size_mm() * 1.2;
            placed.push(Item::text(
                text.to_owned(),
                pad,
                *y,
                style,
                Color::INK,
                Align::Left,
            ));
        };
        for t in wrap(&deck.title, title, width, &Hyphenation::none()).lines {
            line(&mut placed, &mut y, &t, title);
        }
        if let Some(v) = deck.version.as_deref() {
            line(&mut placed, &mut y, &format!("{} {v}", l.version), body);
        }
        let cards: u32 = deck.cards.iter().map(|c| c.copies.max(1)).sum();
        line(
            &mut placed,
            &mut y,
            &format!("{cards} {}", l.cards_word),
            body,
        );
        y += body.size_mm() * 0.6;
        if let Some(credits) = deck.credits.as_deref() {
            for t in wrap(credits, body, width, &hyphenation).lines {
                line(&mut placed, &mut y, &t, body);
            }
            y += body.size_mm() * 0.6;
        }
        if let Some(licence) = deck.license.as_deref() {
            line(&mut placed, &mut y, &format!("{}:", l.licence), bold);
            for t in wrap(licence, body, width, &hyphenation).lines {
                line(&mut placed, &mut y, &t, body);
            }
        }
        if y <= bottom || pt <= 4.8 {
            items.extend(placed);
            break;
        }
        pt -= 0.25;
    }
    items
}
