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

use super::items::{Align, Color, Item, Stroke};
use super::layout::{PointMm, Rect};
use super::options::{BacksMode, MIN_MARGIN_MM};
use super::text::{FontFace, Style, ellipsize};

mod cards;
mod start;

pub use cards::{LEGEND_MIN_TEXT_PT, credits_front, legend_count, legend_fronts};
pub use start::{ChecklistEntry, start_back_text, start_sheet};

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
