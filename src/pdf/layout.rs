//! Sheet geometry: where cards, backs, crop marks and the fold line go on the paper.
//!
//! Pure geometry in millimetres, in **sheet space**: the origin is the sheet's top-left corner, x
//! grows to the right and y grows down (the way people and screens look at a page). Nothing here
//! knows about PDF; [`super::render`] converts sheet space into PDF space (origin bottom-left, y up,
//! points) in exactly one function. The app's print preview draws the same [`SheetLayout`], so the
//! preview and the PDF cannot disagree.
//!
//! The sheet stays in portrait; when turning the cards a quarter turn fits more of them, the
//! cards are turned ([`Slot::quarter_turns`]).

use super::PdfError;
use super::options::{BacksMode, CardSize, MIN_MARGIN_MM, Offset, PdfOptions};

/// Room kept between the cards (with their bleed) and the margin for crop marks, in mm.
pub const MARK_ROOM_MM: f32 = 2.5;
/// Gap between the end of a crop mark and the card's bleed edge, in mm (half of it where the
/// room is tight).
pub const MARK_GAP_MM: f32 = 1.0;
/// The length of a crop mark where there is room, in mm.
pub const MARK_LENGTH_MM: f32 = 4.5;
/// No crop mark is shorter than this, in mm.
pub const MIN_MARK_MM: f32 = 4.0;
/// How far a crop mark may reach into the paper's margin where the room is tight, in mm (so
/// marks end at least 3 mm from the paper's edge).
pub const MARK_INTO_MARGIN_MM: f32 = 2.0;
/// Room kept on each side of the fold line in fold mode, in mm.
pub const FOLD_GUTTER_MM: f32 = 5.0;

const EPSILON: f32 = 1e-3;

/// A point in millimetres (in whatever space its owner names).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PointMm {
    /// Right.
    pub x: f32,
    /// Down.
    pub y: f32,
}

impl PointMm {
    /// The point (`x`, `y`).
    pub const fn new(x: f32, y: f32) -> PointMm {
        PointMm { x, y }
    }
}

/// A rectangle in millimetres: top-left corner and size (y grows down).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Rect {
    /// The rectangle at (`x`, `y`) of `width` × `height`.
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The rectangle grown by `d` on every side (shrunk when `d` is negative).
    pub fn expand(&self, d: f32) -> Rect {
        Rect::new(
            self.x - d,
            self.y - d,
            self.width + 2.0 * d,
            self.height + 2.0 * d,
        )
    }

    /// Whether `other` lies inside this rectangle (edges included, within a micrometre).
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - EPSILON
            && other.y >= self.y - EPSILON
            && other.right() <= self.right() + EPSILON
            && other.bottom() <= self.bottom() + EPSILON
    }

    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() - EPSILON
            && other.x < self.right() - EPSILON
            && self.y < other.bottom() - EPSILON
            && other.y < self.bottom() - EPSILON
    }
}

/// A straight line from `from` to `to`, in sheet space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// Start.
    pub from: PointMm,
    /// End.
    pub to: PointMm,
}

impl Segment {
    /// The length in mm.
    pub fn length(&self) -> f32 {
        (self.to.x - self.from.x).hypot(self.to.y - self.from.y)
    }
}

/// How a group of items in face space is placed on the sheet: the sheet point where the face's
/// top-left corner lies, and the face's clockwise quarter turns.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Placement {
    /// The face's top-left corner in sheet space.
    pub origin: PointMm,
    /// Clockwise quarter turns (0–3).
    pub quarter_turns: u8,
}

impl Placement {
    /// Items already in sheet space.
    pub const SHEET: Placement = Placement {
        origin: PointMm::new(0.0, 0.0),
        quarter_turns: 0,
    };

    /// Converts a face-space point (mm from the face's top-left, y down) into sheet space.
    pub fn sheet_from_face(&self, p: PointMm) -> PointMm {
        let o = self.origin;
        match self.quarter_turns % 4 {
            0 => PointMm::new(o.x + p.x, o.y + p.y),
            1 => PointMm::new(o.x - p.y, o.y + p.x),
            2 => PointMm::new(o.x - p.x, o.y - p.y),
            _ => PointMm::new(o.x + p.y, o.y - p.x),
        }
    }
}

/// Where one card face goes on a sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// The trimmed card on the sheet (already turned: for a quarter turn, width and height are
    /// the card's height and width).
    pub rect: Rect,
    /// How far the face is turned clockwise, in quarter turns (0–3). The face's own top-left
    /// corner lies at [`Slot::face_origin`].
    pub quarter_turns: u8,
}

impl Slot {
    /// The slot's rectangle grown by the bleed.
    pub fn bleed_rect(&self, bleed: f32) -> Rect {
        self.rect.expand(bleed)
    }

    /// The corner of the sheet where the card face's top-left corner lies.
    pub fn face_origin(&self) -> PointMm {
        let r = self.rect;
        match self.quarter_turns % 4 {
            0 => PointMm::new(r.x, r.y),
            1 => PointMm::new(r.right(), r.y),
            2 => PointMm::new(r.right(), r.bottom()),
            _ => PointMm::new(r.x, r.bottom()),
        }
    }

    /// Where the card face goes: its origin and turns.
    pub fn placement(&self) -> Placement {
        Placement {
            origin: self.face_origin(),
            quarter_turns: self.quarter_turns % 4,
        }
    }

    /// Converts a point of the card face (face space: mm from the face's top-left, y down) into
    /// sheet space.
    pub fn sheet_from_face(&self, p: PointMm) -> PointMm {
        self.placement().sheet_from_face(p)
    }
}

/// What a page of the sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// Card fronts (and, in fold mode, their backs on the other half).
    Fronts,
    /// Card backs for the preceding front page (duplex).
    Backs,
}

/// One page of a laid-out deck: which card goes where.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPage {
    /// Fronts or backs.
    pub kind: PageKind,
    /// Fronts on this page: the index of the printed card (0-based) and its slot.
    pub fronts: Vec<(usize, Slot)>,
    /// Backs on this page: the index of the printed card and its slot.
    pub backs: Vec<(usize, Slot)>,
    /// Crop mark segments.
    pub crop_marks: Vec<Segment>,
    /// The fold line (fold mode only).
    pub fold_line: Option<Segment>,
}

/// The layout of a deck's sheets: a grid of slots per page and where each slot's back goes.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLayout {
    /// Paper width in mm (portrait).
    pub paper_width: f32,
    /// Paper height in mm.
    pub paper_height: f32,
    /// The trimmed card.
    pub card: CardSize,
    /// Bleed in mm.
    pub bleed: f32,
    /// Where the backs go.
    pub backs: BacksMode,
    /// Whether crop marks are drawn.
    pub crop_marks: bool,
    /// Columns of the grid (of one half in fold mode).
    pub columns: usize,
    /// Rows of the grid (of one half in fold mode).
    pub rows: usize,
    /// Whether the cards are turned a quarter turn to fit more.
    pub cards_turned: bool,
    /// The front slots of one page, row by row from the top-left.
    pub front_slots: Vec<Slot>,
    /// The back of each front slot (same index): on the following page for duplex, on the same
    /// page for fold, empty for `none`.
    pub back_slots: Vec<Slot>,
    /// The region crop marks may use on each side (the paper inside the margin; one per half in
    /// fold mode).
    pub mark_areas: Vec<Rect>,
    /// The fold line (fold mode only).
    pub fold_line: Option<Segment>,
}

/// A grid of cards inside an area.
struct Grid {
    columns: usize,
    rows: usize,
    turned: bool,
    slots: Vec<Slot>,
}

fn fit_grid(area: Rect, card: CardSize, bleed: f32, mark_room: f32, turned: bool) -> Grid {
    let (w, h) = if turned {
        (card.height, card.width)
    } else {
        (card.width, card.height)
    };
    let pitch_x = w + 2.0 * bleed;
    let pitch_y = h + 2.0 * bleed;
    let avail_w = area.width - 2.0 * mark_room;
    let avail_h = area.height - 2.0 * mark_room;
    let count = |avail: f32, pitch: f32| {
        if avail <= 0.0 {
            0
        } else {
            ((avail + EPSILON) / pitch).floor() as usize
        }
    };
    let columns = count(avail_w, pitch_x);
    let rows = count(avail_h, pitch_y);
    let grid_w = columns as f32 * pitch_x;
    let grid_h = rows as f32 * pitch_y;
    let x0 = area.x + (area.width - grid_w) / 2.0 + bleed;
    let y0 = area.y + (area.height - grid_h) / 2.0 + bleed;
    let mut slots = Vec::with_capacity(columns * rows);
    for r in 0..rows {
        for c in 0..columns {
            slots.push(Slot {
                rect: Rect::new(x0 + c as f32 * pitch_x, y0 + r as f32 * pitch_y, w, h),
                quarter_turns: u8::from(turned),
            });
        }
    }
    Grid {
        columns,
        rows,
        turned,
        slots,
    }
}

/// The best grid in `area`: the most cards, upright when turning does not fit more.
fn best_grid(area: Rect, card: CardSize, bleed: f32, mark_room: f32) -> Grid {
    let upright = fit_grid(area, card, bleed, mark_room, false);
    let turned = fit_grid(area, card, bleed, mark_room, true);
    if turned.slots.len() > upright.slots.len() {
        turned
    } else {
        upright
    }
}

/// Quarter turns of a back, given its front's turns and how the sheet is flipped, chosen so the
/// back is upright when the cut card is turned over like a page of a book. Flipping around a
/// vertical line (long edge, vertical fold) mirrors the turn; flipping around a horizontal line
/// (short edge, horizontal fold) adds half a turn.
fn back_turns(front: u8, flipped_vertically: bool) -> u8 {
    if flipped_vertically {
        (6 - front % 4) % 4
    } else {
        (4 - front % 4) % 4
    }
}

impl SheetLayout {
    /// Lays out the sheet for `options`; an error when the options are out of range or the card
    /// does not fit on the paper.
    pub fn compute(options: &PdfOptions) -> Result<SheetLayout, PdfError> {
        options.validate()?;
        let (pw, ph) = options.paper.size_mm();
        let bleed = options.bleed;
        let mark_room = if options.crop_marks {
            MARK_ROOM_MM
        } else {
            0.0
        };
        let inner = Rect::new(
            MIN_MARGIN_MM,
            MIN_MARGIN_MM,
            pw - 2.0 * MIN_MARGIN_MM,
            ph - 2.0 * MIN_MARGIN_MM,
        );
        let mut layout = SheetLayout {
            paper_width: pw,
            paper_height: ph,
            card: options.card,
            bleed,
            backs: options.backs,
            crop_marks: options.crop_marks,
            columns: 0,
            rows: 0,
            cards_turned: false,
            front_slots: Vec::new(),
            back_slots: Vec::new(),
            mark_areas: vec![inner],
            fold_line: None,
        };
        match options.backs {
            BacksMode::Fold => {
                // Fold along the middle, vertically or horizontally, whichever holds more.
                let half_w = pw / 2.0 - MIN_MARGIN_MM - FOLD_GUTTER_MM;
                let half_h = ph / 2.0 - MIN_MARGIN_MM - FOLD_GUTTER_MM;
                let left = Rect::new(MIN_MARGIN_MM, MIN_MARGIN_MM, half_w, inner.height);
                let top = Rect::new(MIN_MARGIN_MM, MIN_MARGIN_MM, inner.width, half_h);
                let vertical = best_grid(left, options.card, bleed, mark_room);
                let horizontal = best_grid(top, options.card, bleed, mark_room);
                let fold_vertically = vertical.slots.len() >= horizontal.slots.len();
                let (grid, area) = if fold_vertically {
                    (vertical, left)
                } else {
                    (horizontal, top)
                };
                let mirror = |r: Rect| {
                    if fold_vertically {
                        Rect::new(pw - r.right(), r.y, r.width, r.height)
                    } else {
                        Rect::new(r.x, ph - r.bottom(), r.width, r.height)
                    }
                };
                layout.back_slots = grid
                    .slots
                    .iter()
                    .map(|s| Slot {
                        rect: mirror(s.rect),
                        quarter_turns: back_turns(s.quarter_turns, !fold_vertically),
                    })
                    .collect();
                layout.mark_areas = vec![area, mirror(area)];
                layout.fold_line = Some(if fold_vertically {
                    Segment {
                        from: PointMm::new(pw / 2.0, MIN_MARGIN_MM),
                        to: PointMm::new(pw / 2.0, ph - MIN_MARGIN_MM),
                    }
                } else {
                    Segment {
                        from: PointMm::new(MIN_MARGIN_MM, ph / 2.0),
                        to: PointMm::new(pw - MIN_MARGIN_MM, ph / 2.0),
                    }
                });
                layout.set_grid(grid);
            }
            mode => {
                let grid = best_grid(inner, options.card, bleed, mark_room);
                let Offset { x: dx, y: dy } = options.offset;
                layout.back_slots = match mode {
                    BacksMode::None => Vec::new(),
                    _ => grid
                        .slots
                        .iter()
                        .map(|s| {
                            let r = s.rect;
                            let short = mode == BacksMode::ShortEdge;
                            let (x, y) = if short {
                                (r.x, ph - r.bottom())
                            } else {
                                (pw - r.right(), r.y)
                            };
                            Slot {
                                rect: Rect::new(x + dx, y + dy, r.width, r.height),
                                quarter_turns: back_turns(s.quarter_turns, short),
                            }
                        })
                        .collect(),
                };
                layout.set_grid(grid);
            }
        }
        if layout.front_slots.is_empty() {
            let c = options.card;
            let area = &layout.mark_areas[0];
            use crate::i18n::{Key, Message};
            return Err(PdfError::Option(
                Message::new(Key::OptCardTooLarge)
                    .part("card", c.message())
                    .suffix(
                        "bleed",
                        (bleed > 0.0).then(|| Message::new(Key::OptWithBleed).with("mm", bleed)),
                    )
                    .with("paper", options.paper.label())
                    .suffix(
                        "fold",
                        (options.backs == BacksMode::Fold).then(|| Message::new(Key::OptHalfSheet)),
                    )
                    .with("width", format!("{:.0}", area.width))
                    .with("height", format!("{:.0}", area.height))
                    .with("margin", MIN_MARGIN_MM)
                    .suffix(
                        "marks",
                        options
                            .crop_marks
                            .then(|| Message::new(Key::OptAndCropMarks)),
                    ),
            ));
        }
        Ok(layout)
    }

    fn set_grid(&mut self, grid: Grid) {
        self.columns = grid.columns;
        self.rows = grid.rows;
        self.cards_turned = grid.turned;
        self.front_slots = grid.slots;
    }

    /// How many cards one sheet holds.
    pub fn cards_per_sheet(&self) -> usize {
        self.front_slots.len()
    }

    /// How many sheets of paper `cards` printed cards take.
    pub fn sheets_for(&self, cards: usize) -> usize {
        cards.div_ceil(self.cards_per_sheet().max(1))
    }

    /// How many PDF pages `cards` printed cards take (two per sheet in duplex modes).
    pub fn pages_for(&self, cards: usize) -> usize {
        let sheets = self.sheets_for(cards);
        match self.backs {
            BacksMode::LongEdge | BacksMode::ShortEdge => sheets * 2,
            BacksMode::Fold | BacksMode::None => sheets,
        }
    }

    /// Every page for `cards` printed cards, in print order.
    pub fn pages(&self, cards: usize) -> Vec<SheetPage> {
        let per = self.cards_per_sheet().max(1);
        let mut pages = Vec::with_capacity(self.pages_for(cards));
        for sheet in 0..self.sheets_for(cards) {
            let first = sheet * per;
            let count = per.min(cards - first);
            let fronts: Vec<(usize, Slot)> = (0..count)
                .map(|i| (first + i, self.front_slots[i]))
                .collect();
            let backs: Vec<(usize, Slot)> = (0..count.min(self.back_slots.len()))
                .map(|i| (first + i, self.back_slots[i]))
                .collect();
            let mut marks = Vec::new();
            if self.crop_marks {
                let front_rects: Vec<Rect> = fronts.iter().map(|(_, s)| s.rect).collect();
                // Only the fronts are marked, in fold mode too: the back half is folded behind
                // the front half and cut with it, and a mark there would show on the backs.
                marks.extend(crop_marks(&front_rects, self.mark_areas[0], self.bleed));
            }
            match self.backs {
                BacksMode::Fold => pages.push(SheetPage {
                    kind: PageKind::Fronts,
                    fronts,
                    backs,
                    crop_marks: marks,
                    fold_line: self.fold_line,
                }),
                BacksMode::None => pages.push(SheetPage {
                    kind: PageKind::Fronts,
                    fronts,
                    backs: Vec::new(),
                    crop_marks: marks,
                    fold_line: None,
                }),
                BacksMode::LongEdge | BacksMode::ShortEdge => {
                    pages.push(SheetPage {
                        kind: PageKind::Fronts,
                        fronts,
                        backs: Vec::new(),
                        crop_marks: marks,
                        fold_line: None,
                    });
                    pages.push(SheetPage {
                        kind: PageKind::Backs,
                        fronts: Vec::new(),
                        backs,
                        crop_marks: Vec::new(),
                        fold_line: None,
                    });
                }
            }
        }
        pages
    }
}

/// Crop marks for the cards `rects` (trim boxes): every card edge gets a mark on both ends of
/// the grid, outside all cards and their bleed. Edges shared by neighbours are marked once. A
/// mark is [`MARK_LENGTH_MM`] long and starts [`MARK_GAP_MM`] past the bleed; where the room
/// is tight it starts half as far and reaches up to [`MARK_INTO_MARGIN_MM`] into the margin
/// of `area`, so that no mark is ever shorter than [`MIN_MARK_MM`].
pub fn crop_marks(rects: &[Rect], area: Rect, bleed: f32) -> Vec<Segment> {
    if rects.is_empty() {
        return Vec::new();
    }
    let left = rects.iter().map(|r| r.x).fold(f32::INFINITY, f32::min) - bleed;
    let right = rects
        .iter()
        .map(Rect::right)
        .fold(f32::NEG_INFINITY, f32::max)
        + bleed;
    let top = rects.iter().map(|r| r.y).fold(f32::INFINITY, f32::min) - bleed;
    let bottom = rects
        .iter()
        .map(Rect::bottom)
        .fold(f32::NEG_INFINITY, f32::max)
        + bleed;
    // (start, end) distances from the grid's edge for a side with `room` mm up to the area.
    let span = |room: f32| {
        let room = room + MARK_INTO_MARGIN_MM;
        if room >= MARK_GAP_MM + MARK_LENGTH_MM + MARK_INTO_MARGIN_MM {
            (MARK_GAP_MM, MARK_GAP_MM + MARK_LENGTH_MM)
        } else {
            let gap = MARK_GAP_MM / 2.0;
            (gap, room.max(gap + MIN_MARK_MM))
        }
    };
    let (top_a, top_b) = span(top - area.y);
    let (bottom_a, bottom_b) = span(area.bottom() - bottom);
    let (left_a, left_b) = span(left - area.x);
    let (right_a, right_b) = span(area.right() - right);
    let mut xs: Vec<f32> = rects.iter().flat_map(|r| [r.x, r.right()]).collect();
    let mut ys: Vec<f32> = rects.iter().flat_map(|r| [r.y, r.bottom()]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    }
    let mut marks = Vec::new();
    for &x in &xs {
        marks.push(Segment {
            from: PointMm::new(x, top - top_b),
            to: PointMm::new(x, top - top_a),
        });
        marks.push(Segment {
            from: PointMm::new(x, bottom + bottom_a),
            to: PointMm::new(x, bottom + bottom_b),
        });
    }
    for &y in &ys {
        marks.push(Segment {
            from: PointMm::new(left - left_b, y),
            to: PointMm::new(left - left_a, y),
        });
        marks.push(Segment {
            from: PointMm::new(right + right_a, y),
            to: PointMm::new(right + right_b, y),
        });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::options::Paper;

    fn layout(paper: Paper, card: CardSize, backs: BacksMode) -> SheetLayout {
        SheetLayout::compute(&PdfOptions {
            paper,
            card,
            backs,
            ..PdfOptions::new()
        })
        .expect("fits")
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-3
    }

    #[test]
    fn a4_poker_is_three_by_three_centred() {
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::LongEdge);
        assert_eq!((l.columns, l.rows, l.cards_turned), (3, 3, false));
        // 3 × 63 = 189 of 210 mm: 10.5 mm either side; 3 × 88 = 264 of 297: 16.5 mm.
        let first = l.front_slots[0].rect;
        assert!(close(first.x, 10.5) && close(first.y, 16.5), "{first:?}");
        let last = l.front_slots[8].rect;
        assert!(close(last.x, 136.5) && close(last.y, 192.5), "{last:?}");
    }

    #[test]
    fn turning_the_cards_when_it_fits_more() {
        // Room for cards on A4: 195 × 282 mm. 100×60 upright: 1 × 4 = 4; turned: 3 × 2 = 6.
        let l = layout(Paper::A4, CardSize::new(100.0, 60.0), BacksMode::None);
        assert!(l.cards_turned);
        assert_eq!((l.columns, l.rows), (3, 2));
        // 120×70 upright: 1 × 4 = 4; turned 70×120: 2 × 2 = 4 → stays upright.
        let l = layout(Paper::A4, CardSize::new(120.0, 70.0), BacksMode::None);
        assert_eq!(l.cards_per_sheet(), 4);
        assert!(!l.cards_turned);
        // 88×63 (a landscape poker card) fits 3 × 3 only when turned.
        let l = layout(Paper::A4, CardSize::new(88.0, 63.0), BacksMode::None);
        assert!(l.cards_turned);
        assert_eq!(l.cards_per_sheet(), 9);
        assert_eq!(l.front_slots[0].rect.width, 63.0);
        assert_eq!(l.front_slots[0].quarter_turns, 1);
    }

    #[test]
    fn backs_mirror_every_slot() {
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::LongEdge);
        for (f, b) in l.front_slots.iter().zip(&l.back_slots) {
            assert!(close(b.rect.x, 210.0 - f.rect.right()), "{f:?} {b:?}");
            assert!(close(b.rect.y, f.rect.y));
            assert_eq!(b.quarter_turns, 0);
        }
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::ShortEdge);
        for (f, b) in l.front_slots.iter().zip(&l.back_slots) {
            assert!(close(b.rect.x, f.rect.x));
            assert!(close(b.rect.y, 297.0 - f.rect.bottom()));
            assert_eq!(b.quarter_turns, 2);
        }
    }

    /// Turning a cut card over like a page of a book, every point of its back must lie behind
    /// the same point of its front: the back's face point (w − x, y) sits, on the back page,
    /// where the printer's flip puts the front's face point (x, y).
    #[test]
    fn backs_are_behind_their_fronts_and_upright_in_every_mode() {
        for card in [CardSize::POKER, CardSize::new(88.0, 63.0), CardSize::TAROT] {
            for backs in [BacksMode::LongEdge, BacksMode::ShortEdge, BacksMode::Fold] {
                let l = layout(Paper::A4, card, backs);
                let (w, h) = (l.paper_width, l.paper_height);
                let fold_vertical = l.fold_line.is_some_and(|f| close(f.from.x, f.to.x));
                let flip = |p: PointMm| match backs {
                    BacksMode::ShortEdge => PointMm::new(p.x, h - p.y),
                    BacksMode::Fold if !fold_vertical => PointMm::new(p.x, h - p.y),
                    _ => PointMm::new(w - p.x, p.y),
                };
                assert_eq!(l.front_slots.len(), l.back_slots.len());
                for (f, b) in l.front_slots.iter().zip(&l.back_slots) {
                    for p in [
                        PointMm::new(0.0, 0.0),
                        PointMm::new(card.width, 0.0),
                        PointMm::new(5.0, card.height - 7.0),
                    ] {
                        let want = flip(f.sheet_from_face(p));
                        let got = b.sheet_from_face(PointMm::new(card.width - p.x, p.y));
                        assert!(
                            close(want.x, got.x) && close(want.y, got.y),
                            "{card} {backs}: {want:?} != {got:?} ({f:?} / {b:?})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn offset_moves_only_the_backs() {
        let l = SheetLayout::compute(&PdfOptions {
            offset: Offset { x: 1.5, y: -0.5 },
            ..PdfOptions::new()
        })
        .expect("fits");
        let f = l.front_slots[0].rect;
        let b = l.back_slots[0].rect;
        assert!(close(f.x, 10.5));
        assert!(close(b.x, 210.0 - f.right() + 1.5));
        assert!(close(b.y, f.y - 0.5));
    }

    #[test]
    fn pages_per_mode() {
        for (mode, pages) in [
            (BacksMode::LongEdge, 12),
            (BacksMode::ShortEdge, 12),
            (BacksMode::None, 6),
        ] {
            let l = layout(Paper::A4, CardSize::POKER, mode);
            assert_eq!(l.pages_for(53), pages, "{mode}");
            assert_eq!(l.pages(53).len(), pages, "{mode}");
        }
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::Fold);
        assert_eq!(l.pages_for(53), 53usize.div_ceil(l.cards_per_sheet()));
    }

    #[test]
    fn fold_puts_backs_across_the_fold_line() {
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::Fold);
        let fold = l.fold_line.expect("fold line");
        assert!(close(fold.from.x, 105.0) && close(fold.to.x, 105.0));
        // A4 poker: one half is 95 mm wide: one turned card (88) per row, 4 rows.
        assert_eq!(l.cards_per_sheet(), 4);
        for (f, b) in l.front_slots.iter().zip(&l.back_slots) {
            assert!(f.rect.right() < 105.0 && b.rect.x > 105.0);
            assert!(close(b.rect.x, 210.0 - f.rect.right()));
            assert!(close(b.rect.y, f.rect.y));
        }
    }

    #[test]
    fn tarot_letter_custom_and_too_big() {
        let l = layout(Paper::A4, CardSize::TAROT, BacksMode::LongEdge);
        assert_eq!((l.columns, l.rows), (2, 2));
        assert!(close(l.front_slots[0].rect.x, 35.0));
        assert!(close(l.front_slots[0].rect.y, 28.5));
        let l = layout(Paper::Letter, CardSize::POKER, BacksMode::LongEdge);
        assert_eq!((l.columns, l.rows), (3, 3));
        assert!(close(l.front_slots[0].rect.x, (215.9 - 189.0) / 2.0));
        // A3: 4 × 4 upright, 3 × 6 turned.
        let l = layout(Paper::A3, CardSize::POKER, BacksMode::LongEdge);
        assert_eq!((l.columns, l.rows, l.cards_turned), (3, 6, true));
        let l = layout(Paper::A4, CardSize::new(50.0, 50.0), BacksMode::LongEdge);
        assert_eq!((l.columns, l.rows), (3, 5));
        let e = SheetLayout::compute(&PdfOptions {
            card: CardSize::new(250.0, 300.0),
            ..PdfOptions::new()
        })
        .expect_err("too big");
        assert!(e.to_string().contains("does not fit on A4"), "{e}");
    }

    #[test]
    fn bleed_keeps_cards_apart_and_inside_the_margin() {
        let l = SheetLayout::compute(&PdfOptions {
            bleed: 3.0,
            ..PdfOptions::new()
        })
        .expect("fits");
        let inner = Rect::new(5.0, 5.0, 200.0, 287.0);
        for (i, a) in l.front_slots.iter().enumerate() {
            assert!(inner.contains(&a.bleed_rect(3.0)));
            for b in &l.front_slots[i + 1..] {
                assert!(!a.bleed_rect(3.0).overlaps(&b.bleed_rect(3.0)));
            }
        }
    }

    #[test]
    fn crop_marks_stay_outside_the_cards_and_are_long_enough() {
        for bleed in [0.0, 3.0] {
            let l = SheetLayout::compute(&PdfOptions {
                bleed,
                ..PdfOptions::new()
            })
            .expect("fits");
            let page = &l.pages(9)[0];
            // 4 distinct x edges and 4 y edges (no bleed: shared edges), ×2 ends; with bleed,
            // 6 edges each way.
            let edges = if bleed > 0.0 { 6 } else { 4 };
            assert_eq!(page.crop_marks.len(), edges * 4, "bleed {bleed}");
            for m in &page.crop_marks {
                let seg = Rect::new(
                    m.from.x.min(m.to.x),
                    m.from.y.min(m.to.y),
                    (m.to.x - m.from.x).abs(),
                    (m.to.y - m.from.y).abs(),
                );
                for (_, s) in &page.fronts {
                    assert!(!s.bleed_rect(bleed).overlaps(&seg.expand(0.1)), "{m:?}");
                }
                assert!(m.length() >= MIN_MARK_MM - 1e-3, "{m:?}");
                for p in [m.from, m.to] {
                    assert!(
                        p.x >= 3.0 && p.x <= 207.0 && p.y >= 3.0 && p.y <= 294.0,
                        "{m:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn crop_marks_only_where_cards_are() {
        let l = layout(Paper::A4, CardSize::POKER, BacksMode::LongEdge);
        let pages = l.pages(10);
        // The second sheet holds one card: 2 x edges and 2 y edges, two ends each.
        assert_eq!(pages[2].fronts.len(), 1);
        assert_eq!(pages[2].crop_marks.len(), 8);
        assert!(pages[3].crop_marks.is_empty());
        assert_eq!(pages[3].backs.len(), 1);
    }

    #[test]
    fn faces_map_into_their_slot() {
        let slot = Slot {
            rect: Rect::new(10.0, 20.0, 88.0, 63.0),
            quarter_turns: 1,
        };
        // A turned face's top-left is the slot's top-right; its right goes down the sheet.
        assert_eq!(
            slot.sheet_from_face(PointMm::new(0.0, 0.0)),
            PointMm::new(98.0, 20.0)
        );
        assert_eq!(
            slot.sheet_from_face(PointMm::new(63.0, 88.0)),
            PointMm::new(10.0, 83.0)
        );
    }
}
