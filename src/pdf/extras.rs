//! What makes a printed deck explain itself: the start sheet (how to print and cut it, and a
//! numbered checklist of the cards), the legend card (the categories with their icons and
//! descriptions), the credits card (who made it, the licence), and the small label and 50 mm
//! scale bar in the margin of every sheet.
//!
//! Everything here is laid out as positioned [`Item`]s, like the card faces; [`super`] puts
//! them on pages. The words are the module's own labels in Swedish and English, chosen by the
//! deck's language.

use std::sync::OnceLock;

use crate::i18n::{Key, Language};
use crate::model::{Category, Deck};

use super::face::{SAFE_INSET_MM, category_back};
use super::items::{Align, Color, Item, Stroke};
use super::layout::{PointMm, Rect, SheetLayout};
use super::options::{BacksMode, CardSize, Ink, MIN_MARGIN_MM, PdfOptions};
use super::text::{FontFace, Hyphenation, Style, ellipsize, wrap};

/// The words printed on the extras, in one language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    language: Language,
    sheet: &'static str,
    front: &'static str,
    back: &'static str,
    fold: &'static str,
    fronts_only: &'static str,
    long_edge: &'static str,
    short_edge: &'static str,
    one_sided: &'static str,
    at_100: &'static str,
    start_sheet: &'static str,
    start_back: &'static str,
    how_to_print: &'static str,
    print_steps_duplex: [Key; 4],
    print_steps_fold: [Key; 4],
    print_steps_none: [Key; 4],
    how_to_cut: &'static str,
    cut_steps: [&'static str; 3],
    checklist: &'static str,
    checklist_hint: &'static str,
    continued: &'static str,
    legend_title: &'static str,
    credits_title: &'static str,
    licence: &'static str,
    version: &'static str,
    cards_word: &'static str,
    legend_card: &'static str,
    credits_card: &'static str,
}

impl Labels {
    /// The words in `language`, from the catalogue (`extra-…` in `i18n/*.ftl`).
    fn new(language: Language) -> Labels {
        let t = |key| language.tr(key).as_str();
        Labels {
            language,
            sheet: t(Key::ExtraSheet),
            front: t(Key::ExtraFront),
            back: t(Key::ExtraBack),
            fold: t(Key::ExtraFold),
            fronts_only: t(Key::ExtraFrontsOnly),
            long_edge: t(Key::ExtraLongEdge),
            short_edge: t(Key::ExtraShortEdge),
            one_sided: t(Key::ExtraOneSided),
            at_100: t(Key::ExtraAt100),
            start_sheet: t(Key::ExtraStartSheet),
            start_back: t(Key::ExtraStartBack),
            how_to_print: t(Key::ExtraHowToPrint),
            print_steps_duplex: [
                Key::ExtraPrintStepsDuplex1,
                Key::ExtraPrintStepsDuplex2,
                Key::ExtraPrintStepsDuplex3,
                Key::ExtraPrintStepsDuplex4,
            ],
            print_steps_fold: [
                Key::ExtraPrintStepsFold1,
                Key::ExtraPrintStepsFold2,
                Key::ExtraPrintStepsFold3,
                Key::ExtraPrintStepsFold4,
            ],
            print_steps_none: [
                Key::ExtraPrintStepsNone1,
                Key::ExtraPrintStepsNone2,
                Key::ExtraPrintStepsNone3,
                Key::ExtraPrintStepsNone4,
            ],
            how_to_cut: t(Key::ExtraHowToCut),
            cut_steps: [
                t(Key::ExtraCutSteps1),
                t(Key::ExtraCutSteps2),
                t(Key::ExtraCutSteps3),
            ],
            checklist: t(Key::ExtraChecklist),
            checklist_hint: t(Key::ExtraChecklistHint),
            continued: t(Key::ExtraContinued),
            legend_title: t(Key::ExtraLegendTitle),
            credits_title: t(Key::ExtraCreditsTitle),
            licence: t(Key::ExtraLicence),
            version: t(Key::ExtraVersion),
            cards_word: t(Key::ExtraCardsWord),
            legend_card: t(Key::ExtraLegendCard),
            credits_card: t(Key::ExtraCreditsCard),
        }
    }
}

/// The labels for a deck language.
pub fn labels(language: &str) -> &'static Labels {
    static LABELS: OnceLock<[Labels; 2]> = OnceLock::new();
    &LABELS.get_or_init(|| {
        [
            Labels::new(Language::Swedish),
            Labels::new(Language::English),
        ]
    })[Language::for_content(language) as usize]
}

/// Which side of a sheet a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The front (or the only side).
    Front,
    /// The back of a duplex sheet.
    Back,
}

/// The label in a sheet's margin: "Innovationslek! · ark 2/6 · framsida · vänd längs
/// långsidan · skriv ut i 100 %".
pub fn sheet_label(
    deck_title: &str,
    language: &str,
    sheet: usize,
    sheets: usize,
    side: Side,
    backs: BacksMode,
) -> String {
    let l = labels(language);
    let side = match (backs, side) {
        (BacksMode::Fold, _) => l.fold,
        (BacksMode::None, _) => l.fronts_only,
        (_, Side::Front) => l.front,
        (_, Side::Back) => l.back,
    };
    let flip = match backs {
        BacksMode::LongEdge => l.long_edge,
        BacksMode::ShortEdge => l.short_edge,
        BacksMode::Fold | BacksMode::None => l.one_sided,
    };
    format!(
        "{deck_title} · {} {sheet}/{sheets} · {side} · {flip} · {}",
        l.sheet, l.at_100
    )
}

/// The length of the scale bar, mm.
pub const SCALE_BAR_MM: f32 = 50.0;

/// The label and the 50 mm scale bar in a free band of the margin, in sheet space. `occupied`
/// is what the page prints besides (cards, bleed, crop marks, fold line). The band below
/// `occupied` is used when it is tall enough, else above; with neither, the band on the left
/// or right, turned.
pub fn sheet_footer(
    label: &str,
    paper_width: f32,
    paper_height: f32,
    occupied: Rect,
) -> Vec<(super::layout::Placement, Vec<Item>)> {
    const NEED: f32 = 3.4;
    // Like the crop marks, the label may reach into the margin, to 3 mm from the paper's edge.
    let m = MIN_MARGIN_MM - 2.0;
    let below = paper_height - m - (occupied.bottom() + 0.8);
    let above = occupied.y - 0.8 - m;
    let left = occupied.x - 0.8 - m;
    let right = paper_width - m - (occupied.right() + 0.8);
    use super::layout::Placement;
    // (band height, length, placement of the band's top-left, turns)
    let along = MIN_MARGIN_MM;
    let bands = [
        (
            below,
            paper_width - 2.0 * along,
            Placement {
                origin: PointMm::new(along, paper_height - m - below),
                quarter_turns: 0,
            },
        ),
        (
            above,
            paper_width - 2.0 * along,
            Placement {
                origin: PointMm::new(along, m + (above - above.min(6.0))),
                quarter_turns: 0,
            },
        ),
        (
            left,
            paper_height - 2.0 * along,
            Placement {
                origin: PointMm::new(m + (left - left.min(6.0)), paper_height - along),
                quarter_turns: 3,
            },
        ),
        (
            right,
            paper_height - 2.0 * along,
            Placement {
                origin: PointMm::new(paper_width - m - right + right.min(6.0), along),
                quarter_turns: 1,
            },
        ),
    ];
    // The first band tall enough; else the tallest; else a thin strip at the foot of the
    // sheet, whatever it crosses (a sheet filled to its margins).
    let fallback = (
        NEED,
        paper_width - 2.0 * along,
        Placement {
            origin: PointMm::new(along, paper_height - m - NEED),
            quarter_turns: 0,
        },
    );
    let chosen = bands
        .iter()
        .find(|(h, _, _)| *h >= NEED)
        .or_else(|| {
            bands
                .iter()
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .filter(|b| b.0 >= 2.0)
        })
        .unwrap_or(&fallback);
    let &(height, length, placement) = chosen;
    let height = height.min(6.0);
    let size_pt = (height * 0.55 / super::text::MM_PER_PT).clamp(3.5, 6.0);
    let style = Style::new(FontFace::Condensed, size_pt);
    let baseline = height * 0.5 + style.size_mm() * 0.35;
    let mut items = Vec::new();
    // The scale bar on the left: 0 to 50 mm with a tick every 10 mm.
    let bar_y = baseline - style.size_mm() * 0.3;
    let bar = Stroke::solid(Color::BLACK, 0.2);
    items.push(Item::line(
        PointMm::new(0.0, bar_y),
        PointMm::new(SCALE_BAR_MM, bar_y),
        bar,
    ));
    for i in 0..=5 {
        let x = i as f32 * 10.0;
        let tick = if i % 5 == 0 { 1.4 } else { 0.8 };
        items.push(Item::line(
            PointMm::new(x, bar_y - tick),
            PointMm::new(x, bar_y),
            bar,
        ));
    }
    items.push(Item::text(
        "50 mm",
        SCALE_BAR_MM + 1.5,
        baseline,
        style,
        Color::GREY,
        Align::Left,
    ));
    let text_x = SCALE_BAR_MM + 1.5 + style.width("50 mm") + 4.0;
    let room = length - text_x;
    if room > 10.0 {
        items.push(Item::text(
            ellipsize(label, style, room),
            length,
            baseline,
            style,
            Color::GREY,
            Align::Right,
        ));
    }
    vec![(placement, items)]
}

/// The bounding box of rectangles and segments (for the occupied part of a page).
pub fn bounds(rects: &[Rect], segments: &[super::layout::Segment]) -> Option<Rect> {
    let mut xs: Vec<f32> = Vec::new();
    let mut ys: Vec<f32> = Vec::new();
    for r in rects {
        xs.extend([r.x, r.right()]);
        ys.extend([r.y, r.bottom()]);
    }
    for s in segments {
        xs.extend([s.from.x, s.to.x]);
        ys.extend([s.from.y, s.to.y]);
    }
    let min = |v: &[f32]| v.iter().copied().fold(f32::INFINITY, f32::min);
    let max = |v: &[f32]| v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if xs.is_empty() {
        return None;
    }
    let (x0, x1, y0, y1) = (min(&xs), max(&xs), min(&ys), max(&ys));
    Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
}

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
    let color = super::face::back_color(&back);
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
fn legend_icon(category: &Category, rect: Rect, style: Style, ink: Ink) -> Vec<Item> {
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

/// What the start sheet lists: every printed card's number and title, with its category.
pub struct ChecklistEntry<'a> {
    /// The number printed on the card (the extras have none).
    pub number: Option<usize>,
    /// The card's title.
    pub title: String,
    /// The card's category (for its mark).
    pub category: Option<&'a Category>,
}

/// The start sheet, in sheet space: the title, how to print (duplex, flip edge, 100 %, paper
/// weight), how to cut (with a small diagram of the sheet and the order of the cuts), and a
/// numbered checklist of the cards; one page in sheet space for each page the checklist needs
/// (every card is listed: the list goes on at the top of the next page).
pub fn start_sheet(
    deck: &Deck,
    layout: &SheetLayout,
    options: &PdfOptions,
    entries: &[ChecklistEntry<'_>],
) -> Vec<Vec<Item>> {
    let l = labels(&deck.language);
    let (pw, ph) = (layout.paper_width, layout.paper_height);
    let m = 15.0_f32.min(pw / 10.0);
    let width = pw - 2.0 * m;
    let hyphenation = Hyphenation::for_language(&deck.language);
    let mut items = Vec::new();
    let h1 = Style::new(FontFace::SansBold, 20.0);
    let h2 = Style::new(FontFace::SansBold, 12.0);
    let body = Style::new(FontFace::Sans, 9.5);
    let small = Style::new(FontFace::Condensed, 8.0);
    let mut y = m + h1.size_mm();
    let color = super::face::back_color(&category_back(deck, None)).on_white(4.5);
    let mut title_w = width;
    if let Some(logo) = options.logo.as_ref() {
        let side = 18.0;
        let rect = super::face::fit_picture(
            logo,
            PointMm::new(pw - m - side / 2.0, m + side / 2.0 - 2.0),
            side,
        );
        items.push(Item::Image {
            logo: std::sync::Arc::clone(logo),
            rect,
        });
        title_w -= side + 4.0;
    }
    items.push(Item::text(
        ellipsize(&deck.title, h1, title_w),
        m,
        y,
        h1,
        color,
        Align::Left,
    ));
    y += h2.size_mm() * 1.5;
    items.push(Item::text(
        l.start_sheet,
        m,
        y,
        h2,
        Color::GREY,
        Align::Left,
    ));
    y += 4.0;
    items.push(Item::line(
        PointMm::new(m, y),
        PointMm::new(pw - m, y),
        Stroke::solid(Color::LIGHT_GREY, 0.3),
    ));
    y += 7.0;

    // How to print.
    items.push(Item::text(
        l.how_to_print,
        m,
        y,
        h2,
        Color::INK,
        Align::Left,
    ));
    y += 2.0;
    let steps = match options.backs {
        BacksMode::LongEdge | BacksMode::ShortEdge => l.print_steps_duplex,
        BacksMode::Fold => l.print_steps_fold,
        BacksMode::None => l.print_steps_none,
    };
    let edge = l.language.tr(match options.backs {
        BacksMode::ShortEdge => Key::ExtraEdgeShort,
        _ => Key::ExtraEdgeLong,
    });
    let paper = options.paper.name().to_uppercase();
    let lh = body.size_mm() * 1.3;
    for (i, step) in steps.iter().enumerate() {
        let text = l
            .language
            .fmt(*step, &[("edge", &edge.as_str()), ("paper", &paper)]);
        let lines = wrap(&text, body, width - 7.0, &hyphenation).lines;
        for (j, line) in lines.iter().enumerate() {
            y += lh;
            if j == 0 {
                items.push(Item::text(
                    format!("{}.", i + 1),
                    m + 1.0,
                    y,
                    Style::new(FontFace::SansBold, body.size_pt),
                    color,
                    Align::Left,
                ));
            }
            items.push(Item::text(
                line.clone(),
                m + 7.0,
                y,
                body,
                Color::INK,
                Align::Left,
            ));
        }
    }
    y += 9.0;

    // How to cut: the steps on the left, the diagram on the right.
    items.push(Item::text(l.how_to_cut, m, y, h2, Color::INK, Align::Left));
    let diagram_w = (width * 0.34).min(62.0);
    let scale = diagram_w / pw;
    let diagram_h = ph * scale;
    let diagram = Rect::new(pw - m - diagram_w, y - 3.0, diagram_w, diagram_h);
    items.extend(cut_diagram(layout, diagram, scale, color));
    let text_w = width - diagram_w - 8.0;
    let mut ty = y + 2.0;
    for (i, step) in l.cut_steps.iter().enumerate() {
        let lines = wrap(step, body, text_w - 7.0, &hyphenation).lines;
        for (j, line) in lines.iter().enumerate() {
            ty += lh;
            if j == 0 {
                items.push(Item::text(
                    format!("{}.", i + 1),
                    m + 1.0,
                    ty,
                    Style::new(FontFace::SansBold, body.size_pt),
                    color,
                    Align::Left,
                ));
            }
            items.push(Item::text(
                line.clone(),
                m + 7.0,
                ty,
                body,
                Color::INK,
                Align::Left,
            ));
        }
        ty += 1.0;
    }
    y = (ty + 6.0).max(diagram.bottom() + 8.0);

    // The checklist: every entry, in columns, continued on further pages when the sheet is
    // full (it doubles as a checklist, so none is left out).
    items.push(Item::text(l.checklist, m, y, h2, Color::INK, Align::Left));
    y += small.size_mm() * 1.6;
    items.push(Item::text(
        l.checklist_hint,
        m,
        y,
        small,
        Color::GREY,
        Align::Left,
    ));
    y += 2.0;
    let bottom = ph - m - 4.0;
    let style = small;
    let row_h = style.size_mm() * 1.45;
    let columns = ((width / 58.0).floor() as usize).clamp(2, 5);
    let col_w = width / columns as f32;
    let mut pages = Vec::new();
    let mut page = items;
    let mut rest = entries;
    loop {
        let rows = (((bottom - y) / row_h).floor() as usize).max(1);
        let capacity = rows * columns;
        let take = capacity.min(rest.len());
        let (here, next) = rest.split_at(take);
        // Down the columns; the last page's columns as even as the rows allow.
        let rows_used = here.len().div_ceil(columns).max(1);
        for (i, entry) in here.iter().enumerate() {
            let (col, row) = (i / rows_used, i % rows_used);
            let x = m + col as f32 * col_w;
            let base = y + (row as f32 + 1.0) * row_h;
            page.extend(checklist_row(entry, x, base, col_w, style, options.ink));
        }
        rest = next;
        pages.push(std::mem::take(&mut page));
        if rest.is_empty() {
            break;
        }
        // A continuation page: the heading again, then the entries from the top.
        let mut items = Vec::new();
        let mut top = m + h2.size_mm();
        items.push(Item::text(
            format!("{} {}", l.checklist, l.continued),
            m,
            top,
            h2,
            Color::INK,
            Align::Left,
        ));
        top += small.size_mm() * 1.6;
        items.push(Item::text(
            l.checklist_hint,
            m,
            top,
            small,
            Color::GREY,
            Align::Left,
        ));
        y = top + 2.0;
        page = items;
    }
    pages
}

/// One row of the checklist: a tick box, the category's mark, the number and the title.
fn checklist_row(
    entry: &ChecklistEntry<'_>,
    x: f32,
    base: f32,
    col_w: f32,
    style: Style,
    ink: Ink,
) -> Vec<Item> {
    let mut items = Vec::new();
    let box_side = style.size_mm() * 0.85;
    items.push(Item::Rect {
        rect: Rect::new(x, base - box_side, box_side, box_side),
        fill: None,
        stroke: Some(Stroke::solid(Color::INK, 0.2)),
    });
    let mark_side = style.size_mm() * 1.1;
    let mut tx = x + box_side + 1.5;
    if let Some(category) = entry.category {
        items.extend(legend_icon(
            category,
            Rect::new(tx, base - mark_side * 0.85, mark_side, mark_side),
            style,
            ink,
        ));
        tx += mark_side + 1.0;
    }
    let bold = Style::new(FontFace::CondensedBold, style.size_pt);
    let number = entry.number.map(|n| format!("{n}  ")).unwrap_or_default();
    let number_w = bold.width(if entry.number.is_some_and(|n| n >= 100) {
        "000  "
    } else {
        "00  "
    });
    if !number.is_empty() {
        items.push(Item::text(number, tx, base, bold, Color::INK, Align::Left));
    }
    items.push(Item::text(
        ellipsize(&entry.title, style, col_w - (tx - x) - number_w - 2.0),
        tx + number_w,
        base,
        style,
        Color::INK,
        Align::Left,
    ));
    items
}

/// A small picture of the sheet: the cards, the long cuts numbered 1, 2, … and the short cuts
/// lettered a, b, …
fn cut_diagram(layout: &SheetLayout, area: Rect, scale: f32, accent: Color) -> Vec<Item> {
    let mut items = vec![Item::Rect {
        rect: area,
        fill: Some(Color::WHITE),
        stroke: Some(Stroke::solid(Color::GREY, 0.3)),
    }];
    let at = |p: PointMm| PointMm::new(area.x + p.x * scale, area.y + p.y * scale);
    let mut slots: Vec<Rect> = layout.front_slots.iter().map(|s| s.rect).collect();
    if layout.backs == BacksMode::Fold {
        slots.extend(layout.back_slots.iter().map(|s| s.rect));
    }
    for r in &slots {
        let a = at(PointMm::new(r.x, r.y));
        items.push(Item::Rect {
            rect: Rect::new(a.x, a.y, r.width * scale, r.height * scale),
            fill: Some(Color::rgb(0xEE, 0xEE, 0xEE)),
            stroke: Some(Stroke::solid(Color::LIGHT_GREY, 0.2)),
        });
    }
    if let Some(fold) = layout.fold_line {
        items.push(Item::line(
            at(fold.from),
            at(fold.to),
            Stroke::dashed(Color::GREY, 0.25, 1.2, 0.8),
        ));
    }
    let mut xs: Vec<f32> = slots.iter().flat_map(|r| [r.x, r.right()]).collect();
    let mut ys: Vec<f32> = slots.iter().flat_map(|r| [r.y, r.bottom()]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    }
    // The long lines run along the sheet's long side (portrait: the vertical ones).
    let vertical_long = layout.paper_height >= layout.paper_width;
    let (long, short) = if vertical_long {
        (&xs, &ys)
    } else {
        (&ys, &xs)
    };
    let cut = Stroke::dashed(accent, 0.35, 1.0, 0.6);
    let label = Style::new(FontFace::CondensedBold, 6.5);
    let (pw, ph) = (layout.paper_width, layout.paper_height);
    for (i, v) in long.iter().enumerate() {
        let (from, to) = if vertical_long {
            (PointMm::new(*v, 0.0), PointMm::new(*v, ph))
        } else {
            (PointMm::new(0.0, *v), PointMm::new(pw, *v))
        };
        items.push(Item::line(at(from), at(to), cut));
        let p = at(from);
        items.push(Item::text(
            format!("{}", i + 1),
            if vertical_long { p.x } else { area.x - 1.0 },
            if vertical_long {
                area.y - 1.0
            } else {
                p.y + 1.0
            },
            label,
            accent,
            if vertical_long {
                Align::Center
            } else {
                Align::Right
            },
        ));
    }
    let thin = Stroke::dashed(Color::GREY, 0.25, 0.8, 0.6);
    for (i, v) in short.iter().enumerate() {
        let (from, to) = if vertical_long {
            (PointMm::new(0.0, *v), PointMm::new(pw, *v))
        } else {
            (PointMm::new(*v, 0.0), PointMm::new(*v, ph))
        };
        items.push(Item::line(at(from), at(to), thin));
        let p = at(from);
        let letter = char::from(b'a' + (i % 26) as u8).to_string();
        items.push(Item::text(
            letter,
            if vertical_long { area.x - 1.0 } else { p.x },
            if vertical_long {
                p.y + 1.0
            } else {
                area.y - 1.0
            },
            label,
            Color::GREY,
            if vertical_long {
                Align::Right
            } else {
                Align::Center
            },
        ));
    }
    items
}

/// The text on the back of the start sheet.
pub fn start_back_text(labels: &Labels) -> &'static str {
    labels.start_back
}

/// The checklist titles of the extras.
pub fn extra_titles(language: &str) -> (&'static str, &'static str) {
    let l = labels(language);
    (l.legend_card, l.credits_card)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_says_sheet_side_flip_and_scale() {
        let sv = sheet_label(
            "Innovationslek!",
            "sv",
            2,
            6,
            Side::Front,
            BacksMode::LongEdge,
        );
        assert_eq!(
            sv,
            "Innovationslek! · ark 2/6 · framsida · vänd längs långsidan · skriv ut i 100 %"
        );
        let en = sheet_label("Game", "en-GB", 3, 6, Side::Back, BacksMode::ShortEdge);
        assert_eq!(
            en,
            "Game · sheet 3/6 · back · flip on short edge · print at 100%"
        );
    }

    #[test]
    fn the_footer_goes_below_when_there_is_room_and_turns_when_not() {
        let below = sheet_footer("x", 210.0, 297.0, Rect::new(10.0, 12.0, 190.0, 272.0));
        assert_eq!(below.len(), 1);
        assert_eq!(below[0].0.quarter_turns, 0);
        assert!(below[0].0.origin.y > 284.0, "{:?}", below[0].0);
        // Full height, room only at the sides.
        let side = sheet_footer("x", 215.9, 279.4, Rect::new(14.0, 7.0, 188.0, 265.4));
        assert_eq!(side.len(), 1);
        assert_ne!(side[0].0.quarter_turns, 0);
        // The bar is 50 mm.
        let bar = side[0].1.iter().find_map(|i| match i {
            Item::Line { points, .. } if points.len() == 2 => {
                Some((points[1].x - points[0].x).abs())
            }
            _ => None,
        });
        assert_eq!(bar, Some(50.0));
    }
}
