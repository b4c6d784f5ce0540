//! Card faces: a [`Card`] (with its [`Category`], the deck title and its number) and a card size
//! become positioned [`Item`]s in **face space** (mm from the trimmed card's top-left corner, y
//! down; bleed lies outside `0..width` × `0..height`).
//!
//! The front has the category's colour band with its name and symbol, the title, the text in
//! paragraphs, the prompts as a bulleted list, the suggested time, and the deck title and card
//! number in small print. Text shrinks from a base size towards a minimum until it fits; a card
//! that still does not fit says so ([`CardFace::fits`]) and its last line ends in "…", never cut
//! off silently. The PDF renderer and the app draw the same items.

use crate::model::{Card, Category};

use super::items::{Align, Color, Item, Stroke};
use super::layout::{PointMm, Rect};
use super::options::{CardSize, Ink};
use super::text::{FontFace, Hyphenate, Hyphenation, Style, Wrapped, ellipsize, wrap_with};

mod back;

pub use back::{BackContext, back_color, card_back, category_back, deck_back, fit_picture};

/// The category colour used when a card's category is missing or its colour is unreadable.
const NEUTRAL: Color = Color::rgb(0x55, 0x5B, 0x6E);
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.22;
/// Without bleed, colour stays this far inside the cut (mm), so that a cut up to this far off
/// shows neither white slivers nor the neighbour's colour.
pub const SAFE_INSET_MM: f32 = 2.5;
/// Frames, borders and text on a back stay this far inside the cut (mm), so that a duplex
/// shift of 1–2 mm does not show as an off-centre frame.
pub const BACK_SAFE_MM: f32 = 8.0;
/// On back pages the flood colour reaches at least this far past every outer cut (mm),
/// whatever the bleed: a duplex shift of up to this much leaves no white sliver.
pub const BACK_REACH_MM: f32 = 3.0;

/// What the front of a card needs besides the card itself.
#[derive(Debug, Clone, Copy)]
pub struct FaceContext<'a> {
    /// The deck's title, printed small at the bottom.
    pub deck_title: &'a str,
    /// The deck's language tag: hyphenation and the words "min"/"ca".
    pub language: &'a str,
    /// This card's number among the printed cards, from 1.
    pub number: usize,
    /// How many cards are printed.
    pub total: usize,
    /// Bleed in mm: how far colour areas reach past the card's edge.
    pub bleed: f32,
    /// Colour areas, or outlines only.
    pub ink: Ink,
}

/// A laid-out card face.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFace {
    /// What to draw, in face space.
    pub items: Vec<Item>,
    /// Whether all the text fits at or above the minimum size.
    pub fits: bool,
    /// The size the body text ended at, in points.
    pub text_size_pt: f32,
    /// How the text was set: hyphens, a hyphenated title, lone last words.
    pub typesetting: Typesetting,
}

/// Counts of what the typesetting had to do on a card (to measure and test the deck's looks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Typesetting {
    /// Hyphens added to the body text (paragraphs and prompts).
    pub hyphens: usize,
    /// Whether the title had a hyphen added or a word broken between letters.
    pub title_hyphenated: bool,
    /// Paragraphs, prompts and the title whose last line is a lone short word or a hyphen
    /// fragment.
    pub lone_last_lines: usize,
}

impl std::ops::AddAssign for Typesetting {
    fn add_assign(&mut self, other: Typesetting) {
        self.hyphens += other.hyphens;
        self.title_hyphenated |= other.title_hyphenated;
        self.lone_last_lines += other.lone_last_lines;
    }
}

/// Sizes scale with the card: a tarot card gets larger type than a poker card, a mini card smaller.
fn scale_for(size: CardSize) -> f32 {
    ((size.width * size.height) / (63.0 * 88.0))
        .sqrt()
        .clamp(0.75, 1.6)
}

struct Block {
    lines: Vec<String>,
    style: Style,
    indent: f32,
    bullet: bool,
    gap_before: f32,
    rule_before: bool,
}

/// Lays out the front of `card`.
pub fn card_front(
    card: &Card,
    category: Option<&Category>,
    size: CardSize,
    context: &FaceContext<'_>,
) -> CardFace {
    let (w, h) = (size.width, size.height);
    let s = scale_for(size);
    let b = context.bleed;
    let language = crate::i18n::Language::for_content(context.language);
    let low_ink = context.ink == Ink::Low;
    let color = category
        .and_then(|c| Color::parse_hex(&c.color))
        .unwrap_or(NEUTRAL);
    // With bleed the colour runs into it; without, it stays a white margin inside the cut, so
    // that a cut a little off shows neither white slivers nor the neighbour's colour. Outlines
    // (low ink) always stay inside.
    let inset = if b > 0.0 && !low_ink {
        0.0
    } else {
        SAFE_INSET_MM
    };
    let outline = color.on_white(4.5);
    let on_color = if low_ink { outline } else { color.text_on() };
    let pad = 3.6 * s;
    let band_h = 10.0 * s;
    let strip_h = if inset > 0.0 { 1.5 * s } else { 2.2 * s };
    let mut items = Vec::new();

    // The colour band at the top and the strip at the bottom.
    let (band, strip) = if inset > 0.0 {
        (
            Rect::new(inset, inset, w - 2.0 * inset, band_h - inset),
            Rect::new(inset, h - inset - strip_h, w - 2.0 * inset, strip_h),
        )
    } else {
        (
            Rect::new(-b, -b, w + 2.0 * b, band_h + b),
            Rect::new(-b, h - strip_h, w + 2.0 * b, strip_h + b),
        )
    };
    if low_ink {
        let line = 0.45 * s;
        items.push(Item::Rect {
            rect: band.expand(-line / 2.0),
            fill: None,
            stroke: Some(Stroke::solid(outline, line)),
        });
        items.push(Item::line(
            PointMm::new(strip.x, strip.y + strip.height / 2.0),
            PointMm::new(strip.right(), strip.y + strip.height / 2.0),
            Stroke::solid(outline, line),
        ));
    } else {
        items.push(Item::fill(band, color));
        items.push(Item::fill(strip, color));
    }
    let band_top = band.y.max(0.0);
    let band_mid = (band_top + band_h) / 2.0;
    let band_pad = if inset > 0.0 { inset + 1.8 * s } else { pad };
    let icon = category
        .and_then(|c| c.icon.as_deref())
        .and_then(crate::icons::Icon::named);
    let symbol = category.and_then(|c| c.symbol.as_deref()).unwrap_or("");
    let symbol_style = Style::new(FontFace::CondensedBold, 13.0 * s);
    let name_style = Style::new(FontFace::CondensedBold, 7.5 * s);
    let mut symbol_w = 0.0;
    if let Some(icon) = icon {
        let side = ((band_h - band_top) - 1.6 * s).min(6.0 * s);
        items.push(Item::Icon {
            icon,
            rect: Rect::new(w - band_pad - side, band_mid - side / 2.0, side, side),
            color: on_color,
        });
        symbol_w = side + 2.0;
    } else if !symbol.is_empty() {
        symbol_w = symbol_style.width(symbol) + 2.0;
        items.push(Item::text(
            symbol,
            w - band_pad,
            band_mid + symbol_style.size_mm() * 0.36,
            symbol_style,
            on_color,
            Align::Right,
        ));
    }
    let name = category.map_or(card.category.as_str(), |c| c.name.as_str());
    let name = ellipsize(
        &name.to_uppercase(),
        name_style,
        w - 2.0 * band_pad - symbol_w,
    );
    items.push(Item::text(
        name,
        band_pad,
        band_mid + name_style.size_mm() * 0.36,
        name_style,
        on_color,
        Align::Left,
    ));

    // Footer: suggested time on the left, deck title and number on the right.
    let small = Style::new(FontFace::Condensed, 5.6 * s);
    let time_style = Style::new(FontFace::CondensedBold, 6.8 * s);
    let footer_base = h - inset - strip_h - 1.7 * s;
    let number = format!("{}/{}", context.number, context.total);
    let mut time_w = 0.0;
    if let Some(minutes) = card.minutes {
        let label = language.fmt(crate::i18n::Key::CardMinutes, &[("n", &minutes)]);
        time_w = time_style.width(&label) + 2.0;
        items.push(Item::text(
            label,
            pad,
            footer_base,
            time_style,
            Color::INK,
            Align::Left,
        ));
    }
    let number_w = small.width(&number);
    items.push(Item::text(
        number,
        w - pad,
        footer_base,
        small,
        Color::GREY,
        Align::Right,
    ));
    let title_room = w - 2.0 * pad - time_w - number_w - 1.5;
    if title_room > 4.0 {
        items.push(Item::text(
            ellipsize(context.deck_title, small, title_room),
            w - pad - number_w - 1.5,
            footer_base,
            small,
            Color::GREY,
            Align::Right,
        ));
    }

    // The body: title, paragraphs, prompts, shrunk until they fit.
    let top = band_h + 2.6 * s;
    let bottom = footer_base - time_style.size_mm() - 0.8 * s;
    let room = bottom - top;
    let width = w - 2.0 * pad;
    let hyphenation = Hyphenation::for_language(context.language);
    let base_text = 9.4 * s;
    let min_text = (6.0 * s.min(1.0)).max(5.5);
    let mut text_pt = base_text;
    // At each size: first without hyphens (but for badly short lines) and with room for an
    // extra line that keeps a lone word off a last line, then without that extra line, then
    // hyphenated wherever it helps; smaller only when none of them fits.
    let (blocks, height, typesetting) = 'sizes: loop {
        let scale = text_pt / base_text;
        let title = fit_title(
            &card.title,
            (12.5 * s * scale).max(min_text + 1.5),
            (min_text + 1.0).min(7.5 * s),
            width,
            &hyphenation,
        );
        let body_style = Style::new(FontFace::Condensed, text_pt);
        let attempts = [
            (Hyphenate::WhenShort, true),
            (Hyphenate::WhenShort, false),
            (Hyphenate::Always, false),
        ];
        let mut last = None;
        for (policy, extra_line) in attempts {
            let (blocks, typesetting) = body_blocks(
                card,
                &title,
                body_style,
                width,
                &hyphenation,
                policy,
                extra_line,
            );
            let height = blocks_height(&blocks);
            if height <= room {
                break 'sizes (blocks, height, typesetting);
            }
            last = Some((blocks, height, typesetting));
        }
        if text_pt <= min_text
            && let Some(last) = last
        {
            break last;
        }
        text_pt = (text_pt - 0.25).max(min_text);
    };
    let fits = height <= room + 1e-3;
    let mut y = top;
    let rule = Stroke::solid(color, 0.3 * s);
    'blocks: for block in &blocks {
        y += block.gap_before;
        if block.rule_before {
            items.push(Item::line(
                PointMm::new(pad, y - block.gap_before / 2.0),
                PointMm::new(pad + width * 0.35, y - block.gap_before / 2.0),
                rule,
            ));
        }
        let lh = block.style.size_mm() * LEADING;
        for (i, line) in block.lines.iter().enumerate() {
            let baseline = y + block.style.size_mm() * 0.92;
            let next_fits = y + 2.0 * lh <= bottom + 1e-3;
            if !fits && !next_fits {
                // The text is too long even at the smallest size: end with an ellipsis.
                let shown = ellipsize(&format!("{line} …"), block.style, width - block.indent);
                items.push(Item::text(
                    shown,
                    pad + block.indent,
                    baseline,
                    block.style,
                    Color::INK,
                    Align::Left,
                ));
                break 'blocks;
            }
            if block.bullet && i == 0 {
                items.push(Item::text(
                    "•",
                    pad + 0.4,
                    baseline,
                    Style::new(FontFace::CondensedBold, block.style.size_pt),
                    color.darker_for_text(),
                    Align::Left,
                ));
            }
            items.push(Item::text(
                line.clone(),
                pad + block.indent,
                baseline,
                block.style,
                Color::INK,
                Align::Left,
            ));
            y += lh;
        }
    }
    CardFace {
        items,
        fits,
        text_size_pt: text_pt,
        typesetting,
    }
}

/// The title, never hyphenated: it shrinks from `size_pt` towards `min_pt` until every word fits
/// a line, and only a word too long even at the smallest size is hyphenated.
fn fit_title(
    title: &str,
    size_pt: f32,
    min_pt: f32,
    width: f32,
    hyphenation: &Hyphenation,
) -> (Wrapped, Style) {
    let mut pt = size_pt;
    loop {
        let style = Style::new(FontFace::CondensedBold, pt);
        let wrapped = wrap_with(title, style, width, hyphenation, Hyphenate::Never, false);
        if wrapped.forced_breaks == 0 {
            return (wrapped, style);
        }
        if pt <= min_pt {
            let wrapped = wrap_with(title, style, width, hyphenation, Hyphenate::Always, false);
            return (wrapped, style);
        }
        pt = (pt - 0.5).max(min_pt);
    }
}

fn body_blocks(
    card: &Card,
    title: &(Wrapped, Style),
    body: Style,
    width: f32,
    hyphenation: &Hyphenation,
    policy: Hyphenate,
    extra_line: bool,
) -> (Vec<Block>, Typesetting) {
    let mut typesetting = Typesetting {
        hyphens: 0,
        title_hyphenated: title.0.hyphens > 0 || title.0.forced_breaks > 0,
        lone_last_lines: usize::from(title.0.lone_last_line()),
    };
    let mut set = |text: &str, width: f32| {
        let wrapped = wrap_with(text, body, width, hyphenation, policy, extra_line);
        typesetting.hyphens += wrapped.hyphens;
        typesetting.lone_last_lines += usize::from(wrapped.lone_last_line());
        wrapped.lines
    };
    let mut blocks = vec![Block {
        lines: title.0.lines.clone(),
        style: title.1,
        indent: 0.0,
        bullet: false,
        gap_before: 0.0,
        rule_before: false,
    }];
    let lh = body.size_mm() * LEADING;
    for (i, paragraph) in card.paragraphs().iter().enumerate() {
        blocks.push(Block {
            lines: set(paragraph, width),
            style: body,
            indent: 0.0,
            bullet: false,
            gap_before: if i == 0 { lh * 0.45 } else { lh * 0.4 },
            rule_before: false,
        });
    }
    let indent = body.width("•") + 1.2;
    for (i, prompt) in card.prompts.iter().enumerate() {
        blocks.push(Block {
            lines: set(prompt, width - indent),
            style: body,
            indent,
            bullet: true,
            gap_before: if i == 0 { lh * 0.9 } else { lh * 0.15 },
            rule_before: i == 0,
        });
    }
    (blocks, typesetting)
}

fn blocks_height(blocks: &[Block]) -> f32 {
    blocks
        .iter()
        .map(|b| b.gap_before + b.lines.len() as f32 * b.style.size_mm() * LEADING)
        .sum()
}

impl Color {
    /// This colour, or a darker version of it when it is too light to read as text on white
    /// (used for bullets in the category's colour).
    pub fn darker_for_text(self) -> Color {
        let mut c = self;
        for _ in 0..8 {
            if c.contrast(Color::WHITE) >= 3.0 {
                break;
            }
            c = Color::rgb(
                (f32::from(c.r) * 0.8) as u8,
                (f32::from(c.g) * 0.8) as u8,
                (f32::from(c.b) * 0.8) as u8,
            );
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CardBack;
    use crate::pdf::options::BackStyle;

    fn card(text: &str, prompts: usize) -> Card {
        Card {
            id: "c".into(),
            category: "k".into(),
            title: "Fem varför".into(),
            text: text.into(),
            prompts: (0..prompts).map(|i| format!("Fråga nummer {i}?")).collect(),
            minutes: Some(15),
            copies: 1,
        }
    }

    fn category() -> Category {
        Category {
            id: "k".into(),
            name: "Förstå problemet".into(),
            color: "#B54E00".into(),
            symbol: Some("?".into()),
            ..Category::default()
        }
    }

    fn context() -> FaceContext<'static> {
        FaceContext {
            deck_title: "Innovationslek!",
            language: "sv",
            number: 12,
            total: 48,
            bleed: 0.0,
            ink: Ink::Full,
        }
    }

    fn texts(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_front_has_everything_and_stays_on_the_card() {
        let face = card_front(
            &card("Skriv problemet på en lapp och fråga varför.", 3),
            Some(&category()),
            CardSize::POKER,
            &context(),
        );
        assert!(face.fits);
        let t = texts(&face.items);
        for want in [
            "FÖRSTÅ PROBLEMET",
            "?",
            "Fem varför",
            "12/48",
            "Innovationslek!",
            "ca 15 min",
            "•",
        ] {
            assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
        }
        for item in &face.items {
            if let Item::Text {
                text,
                origin,
                style,
                ..
            } = item
            {
                assert!(
                    origin.x >= 0.0 && origin.x + style.width(text) <= 63.0 + 1e-3,
                    "{text}"
                );
                assert!(origin.y > 0.0 && origin.y < 88.0, "{text}");
            }
        }
    }

    #[test]
    fn long_text_shrinks_then_reports() {
        let short = card_front(
            &card("Kort.", 0),
            Some(&category()),
            CardSize::POKER,
            &context(),
        );
        let long_text = "Ett ganska långt stycke text om arbetsplatsträffar. ".repeat(9);
        let long = card_front(
            &card(&long_text, 3),
            Some(&category()),
            CardSize::POKER,
            &context(),
        );
        assert!(long.fits, "shrinks to fit");
        assert!(long.text_size_pt < short.text_size_pt);
        let too_long = card_front(
            &card(&long_text.repeat(5), 4),
            Some(&category()),
            CardSize::POKER,
            &context(),
        );
        assert!(!too_long.fits);
        assert!(texts(&too_long.items).iter().any(|t| t.ends_with('…')));
    }

    #[test]
    fn bleed_extends_the_colour() {
        let ctx = FaceContext {
            bleed: 3.0,
            ..context()
        };
        let face = card_front(&card("Text.", 0), Some(&category()), CardSize::POKER, &ctx);
        let Some(Item::Rect { rect, .. }) = face.items.first() else {
            panic!("band first");
        };
        assert_eq!((rect.x, rect.y, rect.width), (-3.0, -3.0, 69.0));
        let back = card_back(
            &CardBack {
                title: "Innovationslek!".into(),
                subtitle: Some("Kirunamodellen".into()),
                color: Some("#1B4965".into()),
                ..CardBack::default()
            },
            &back_context(BackStyle::Flood, 3.0, Ink::Full),
        );
        let Some(Item::Rect { rect, fill, .. }) = back.first() else {
            panic!("background first");
        };
        assert_eq!(*rect, Rect::new(-3.0, -3.0, 69.0, 94.0));
        assert_eq!(*fill, Color::parse_hex("#1B4965"));
        assert!(texts(&back).contains(&"Kirunamodellen".to_owned()));
    }

    fn back_context(style: BackStyle, bleed: f32, ink: Ink) -> BackContext<'static> {
        BackContext {
            language: "sv",
            size: CardSize::POKER,
            bleed,
            style,
            ink,
            icon: None,
            logo: None,
        }
    }

    /// The area an item covers, in face space (text by its measured width and size).
    fn extent(item: &Item) -> Rect {
        match item {
            Item::Rect { rect, .. } | Item::Icon { rect, .. } | Item::Image { rect, .. } => *rect,
            Item::Circle { center, radius, .. } => Rect::new(
                center.x - radius,
                center.y - radius,
                2.0 * radius,
                2.0 * radius,
            ),
            Item::Line { points, .. } => {
                let x0 = points.iter().map(|p| p.x).fold(f32::INFINITY, f32::min);
                let x1 = points.iter().map(|p| p.x).fold(f32::NEG_INFINITY, f32::max);
                let y0 = points.iter().map(|p| p.y).fold(f32::INFINITY, f32::min);
                let y1 = points.iter().map(|p| p.y).fold(f32::NEG_INFINITY, f32::max);
                Rect::new(x0, y0, x1 - x0, y1 - y0)
            }
            Item::Text {
                text,
                origin,
                style,
                ..
            } => Rect::new(
                origin.x,
                origin.y - style.size_mm() * 0.8,
                style.width(text),
                style.size_mm(),
            ),
        }
    }

    fn is_colour(item: &Item) -> bool {
        !matches!(item, Item::Text { .. })
    }

    #[test]
    fn without_bleed_no_colour_comes_near_the_cut() {
        let long = "Ett ganska långt stycke text om arbetsplatsträffar. ".repeat(4);
        for ink in [Ink::Full, Ink::Low] {
            for size in [CardSize::POKER, CardSize::MINI, CardSize::TAROT] {
                let ctx = FaceContext { ink, ..context() };
                let face = card_front(&card(&long, 3), Some(&category()), size, &ctx);
                let safe = Rect::new(2.0, 2.0, size.width - 4.0, size.height - 4.0);
                for item in face.items.iter().filter(|i| is_colour(i)) {
                    assert!(safe.contains(&extent(item)), "{ink} {size}: {item:?}");
                }
            }
        }
        // With bleed the band runs into it.
        let ctx = FaceContext {
            bleed: 3.0,
            ..context()
        };
        let face = card_front(&card("Text.", 0), Some(&category()), CardSize::POKER, &ctx);
        assert!(face.items.iter().any(|i| extent(i).x <= -3.0));
    }

    #[test]
    fn low_ink_draws_outlines_only() {
        let ctx = FaceContext {
            ink: Ink::Low,
            ..context()
        };
        let face = card_front(&card("Text.", 2), Some(&category()), CardSize::POKER, &ctx);
        for item in &face.items {
            if let Item::Rect { fill, .. } = item {
                assert!(fill.is_none(), "{item:?}");
            }
        }
        let back = card_back(
            &CardBack {
                title: "Innovationslek!".into(),
                color: Some("#1B4965".into()),
                ..CardBack::default()
            },
            &back_context(BackStyle::Office, 0.0, Ink::Low),
        );
        for item in &back {
            match item {
                Item::Rect { fill, .. } | Item::Circle { fill, .. } => {
                    assert!(fill.is_none(), "{item:?}")
                }
                _ => {}
            }
        }
    }

    #[test]
    fn backs_keep_everything_but_the_flood_8_mm_inside_the_cut() {
        let back = CardBack {
            title: "Innovationslek! med en lång titel som bryts".into(),
            subtitle: Some("Kirunamodellens kortlek för kommuner och regioner".into()),
            color: Some("#1B4965".into()),
            ..CardBack::default()
        };
        for style in [BackStyle::Office, BackStyle::Flood] {
            for ink in [Ink::Full, Ink::Low] {
                for size in [CardSize::POKER, CardSize::TAROT, CardSize::SQUARE] {
                    let items = card_back(
                        &back,
                        &BackContext {
                            size,
                            ..back_context(style, 0.0, ink)
                        },
                    );
                    let safe = Rect::new(
                        BACK_SAFE_MM - 0.01,
                        BACK_SAFE_MM - 0.01,
                        size.width - 2.0 * BACK_SAFE_MM + 0.02,
                        size.height - 2.0 * BACK_SAFE_MM + 0.02,
                    );
                    let floods = items
                        .iter()
                        .filter(|i| matches!(i, Item::Rect { fill: Some(_), .. }))
                        .count();
                    assert_eq!(floods, usize::from(style == BackStyle::Flood));
                    for item in &items {
                        if matches!(item, Item::Rect { fill: Some(_), .. }) {
                            continue;
                        }
                        assert!(
                            safe.contains(&extent(item)),
                            "{style:?} {ink} {size}: {item:?}"
                        );
                    }
                    assert!(items.iter().any(|i| matches!(i, Item::Icon { .. })));
                }
            }
        }
    }

    #[test]
    fn a_category_icon_replaces_the_symbol() {
        let mut with_icon = category();
        with_icon.icon = Some("magnifying-glass".into());
        let face = card_front(
            &card("Text.", 0),
            Some(&with_icon),
            CardSize::POKER,
            &context(),
        );
        assert!(face.items.iter().any(|i| matches!(i, Item::Icon { .. })));
        assert!(!texts(&face.items).contains(&"?".to_owned()));
    }

    #[test]
    fn light_categories_get_dark_text() {
        let mut light = category();
        light.color = "#F0E442".into();
        let face = card_front(&card("Text.", 0), Some(&light), CardSize::POKER, &context());
        let name_color = face.items.iter().find_map(|i| match i {
            Item::Text { text, color, .. } if text == "FÖRSTÅ PROBLEMET" => Some(*color),
            _ => None,
        });
        assert_eq!(name_color, Some(Color::INK));
    }
}
