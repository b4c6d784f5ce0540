//! Icon outlines for print: the bundled icon set (MIT licence, `assets/fonts/LICENSE-Phosphor.txt`),
//! the same font the app's interface uses ([`super::FONT`]). A deck names an icon per category (`icon: "lightbulb"`) and the print
//! draws it as vector paths, taken from the glyph outlines of the set's font with `ttf-parser`;
//! the app draws the same outline on screen, so the shape is the same everywhere.
//!
//! Names are the set's own kebab-case names (the font maps each to a private-use character). Only the icons listed in [`ICONS`] are accepted: a
//! curated choice of shapes that read well at 4 mm and suit workshop cards.

use std::sync::OnceLock;

/// The set's font (the regular weight), shared with the app.
pub fn font_bytes() -> &'static [u8] {
    super::FONT
}

/// Every icon a deck may name, with its character in the set's font.
pub const ICONS: &[(&str, char)] = &[
    ("arrows-clockwise", '\u{E094}'),
    ("binoculars", '\u{EA64}'),
    ("brain", '\u{E74E}'),
    ("calendar-check", '\u{E712}'),
    ("cards", '\u{E0F8}'),
    ("chat-circle", '\u{E168}'),
    ("chats", '\u{E17C}'),
    ("check-circle", '\u{E184}'),
    ("check-square", '\u{E186}'),
    ("clipboard-text", '\u{E198}'),
    ("clock", '\u{E19A}'),
    ("compass", '\u{E1C8}'),
    ("eye", '\u{E220}'),
    ("flag", '\u{E244}'),
    ("flask", '\u{E79E}'),
    ("gear", '\u{E270}'),
    ("hand-heart", '\u{E810}'),
    ("handshake", '\u{E582}'),
    ("heart", '\u{E2A8}'),
    ("lightbulb", '\u{E2DC}'),
    ("lightning", '\u{E2DE}'),
    ("list-checks", '\u{EADC}'),
    ("magnifying-glass", '\u{E30C}'),
    ("map-trifold", '\u{E31A}'),
    ("path", '\u{E39C}'),
    ("puzzle-piece", '\u{E596}'),
    ("question", '\u{E3E8}'),
    ("rocket-launch", '\u{E3FE}'),
    ("seal-check", '\u{E606}'),
    ("shuffle", '\u{E422}'),
    ("signpost", '\u{E89C}'),
    ("sparkle", '\u{E6A2}'),
    ("star", '\u{E46A}'),
    ("target", '\u{E47C}'),
    ("toolbox", '\u{ECA0}'),
    ("tree-structure", '\u{E67C}'),
    ("users-three", '\u{E68E}'),
];

/// One icon of the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Icon {
    /// The glyph's character in the set's font.
    pub glyph: char,
}

/// A point of an outline, in units of the icon's box: (0, 0) is the box's top-left corner and
/// (1, 1) its bottom-right (y down).
pub type UnitPoint = [f32; 2];

/// One step of an outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    /// Start a contour.
    MoveTo(UnitPoint),
    /// A straight line.
    LineTo(UnitPoint),
    /// A cubic Bézier curve: two control points and the end.
    CubicTo(UnitPoint, UnitPoint, UnitPoint),
    /// Close the contour.
    Close,
}

impl Icon {
    /// The icon called `name`, if the set has it.
    pub fn named(name: &str) -> Option<Icon> {
        let name = name.trim();
        ICONS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, glyph)| Icon { glyph: *glyph })
    }

    /// Every accepted name.
    pub fn names() -> Vec<&'static str> {
        ICONS.iter().map(|(n, _)| *n).collect()
    }

    /// The icon's outline in its unit box (the font's em square), filled with the non-zero
    /// rule; empty when the font has no such glyph.
    pub fn outline(self) -> &'static [Segment] {
        static OUTLINES: OnceLock<Vec<(char, Vec<Segment>)>> = OnceLock::new();
        let all =
            OUTLINES.get_or_init(|| ICONS.iter().map(|(_, c)| (*c, read_outline(*c))).collect());
        all.iter()
            .find(|(c, _)| *c == self.glyph)
            .map_or(&[], |(_, s)| s.as_slice())
    }
}

/// Reads a glyph's outline from the set's font, scaled into the unit box: the em square with the
/// font's ascender at the top.
fn read_outline(glyph: char) -> Vec<Segment> {
    let Ok(face) = ttf_parser::Face::parse(font_bytes(), 0) else {
        return Vec::new();
    };
    let Some(id) = face.glyph_index(glyph) else {
        return Vec::new();
    };
    let em = f32::from(face.units_per_em());
    // The set draws every icon in the em square; the box's top is the ascender.
    let top = f32::from(face.ascender());
    let mut builder = Builder {
        segments: Vec::new(),
        em,
        top,
        last: [0.0, 0.0],
    };
    face.outline_glyph(id, &mut builder);
    builder.segments
}

struct Builder {
    segments: Vec<Segment>,
    em: f32,
    top: f32,
    last: UnitPoint,
}

impl Builder {
    fn point(&self, x: f32, y: f32) -> UnitPoint {
        [x / self.em, (self.top - y) / self.em]
    }
}

impl ttf_parser::OutlineBuilder for Builder {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.last = p;
        self.segments.push(Segment::MoveTo(p));
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.last = p;
        self.segments.push(Segment::LineTo(p));
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        // A quadratic curve is the cubic with control points 2/3 of the way to its one handle.
        let q = self.point(x1, y1);
        let p = self.point(x, y);
        let s = self.last;
        let c1 = [
            s[0] + (q[0] - s[0]) * 2.0 / 3.0,
            s[1] + (q[1] - s[1]) * 2.0 / 3.0,
        ];
        let c2 = [
            p[0] + (q[0] - p[0]) * 2.0 / 3.0,
            p[1] + (q[1] - p[1]) * 2.0 / 3.0,
        ];
        self.last = p;
        self.segments.push(Segment::CubicTo(c1, c2, p));
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let c1 = self.point(x1, y1);
        let c2 = self.point(x2, y2);
        let p = self.point(x, y);
        self.last = p;
        self.segments.push(Segment::CubicTo(c1, c2, p));
    }

    fn close(&mut self) {
        self.segments.push(Segment::Close);
    }
}

/// The outline flattened into closed polygons (for drawing on screen), in unit-box points;
/// `tolerance` is the largest distance from the curve, in units of the box.
pub fn flatten(segments: &[Segment], tolerance: f32) -> Vec<Vec<UnitPoint>> {
    let mut rings: Vec<Vec<UnitPoint>> = Vec::new();
    let mut current: Vec<UnitPoint> = Vec::new();
    for segment in segments {
        match *segment {
            Segment::MoveTo(p) => {
                if current.len() > 2 {
                    rings.push(std::mem::take(&mut current));
                }
                current.clear();
                current.push(p);
            }
            Segment::LineTo(p) => current.push(p),
            Segment::CubicTo(c1, c2, p) => {
                let s = current.last().copied().unwrap_or(p);
                let span = dist(s, c1) + dist(c1, c2) + dist(c2, p);
                let steps = ((span / tolerance.max(1e-4)).sqrt().ceil() as usize).clamp(2, 64);
                for i in 1..=steps {
                    let t = i as f32 / steps as f32;
                    let u = 1.0 - t;
                    let a = u * u * u;
                    let b = 3.0 * u * u * t;
                    let c = 3.0 * u * t * t;
                    let d = t * t * t;
                    current.push([
                        a * s[0] + b * c1[0] + c * c2[0] + d * p[0],
                        a * s[1] + b * c1[1] + c * c2[1] + d * p[1],
                    ]);
                }
            }
            Segment::Close => {
                if current.len() > 2 {
                    rings.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() > 2 {
        rings.push(current);
    }
    rings
}

fn dist(a: UnitPoint, b: UnitPoint) -> f32 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// Rasterises polygons (in unit-box points) into an `size` × `size` coverage mask (0–255), with
/// the non-zero rule and 4 × 4 samples per pixel: how the app shows an icon exactly as printed.
pub fn rasterize(rings: &[Vec<UnitPoint>], size: usize) -> Vec<u8> {
    const SUB: usize = 4;
    let n = size * SUB;
    let mut mask = vec![0u8; size * size];
    if n == 0 {
        return mask;
    }
    let scale = n as f32;
    let mut crossings: Vec<(f32, i32)> = Vec::new();
    let mut row_cover = vec![0u16; size];
    for sy in 0..n {
        let y = (sy as f32 + 0.5) / scale;
        crossings.clear();
        for ring in rings {
            for i in 0..ring.len() {
                let a = ring[i];
                let b = ring[(i + 1) % ring.len()];
                if (a[1] <= y) == (b[1] <= y) {
                    continue;
                }
                let t = (y - a[1]) / (b[1] - a[1]);
                let x = a[0] + t * (b[0] - a[0]);
                crossings.push((x, if b[1] > a[1] { 1 } else { -1 }));
            }
        }
        crossings.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut winding = 0;
        let mut start = 0.0;
        for &(x, dir) in &crossings {
            let was_inside = winding != 0;
            winding += dir;
            let inside = winding != 0;
            if !was_inside && inside {
                start = x;
            } else if was_inside && !inside {
                // Sample columns whose centres lie in [start, x).
                let first = ((start * scale - 0.5).ceil().max(0.0)) as usize;
                let last = ((x * scale - 0.5).ceil().min(n as f32)) as usize;
                for sx in first..last {
                    row_cover[sx / SUB] += 1;
                }
            }
        }
        if sy % SUB == SUB - 1 {
            let row = sy / SUB;
            for (px, cover) in row_cover.iter_mut().enumerate() {
                let v = (u32::from(*cover) * 255 / (SUB * SUB) as u32).min(255) as u8;
                mask[row * size + px] = v;
                *cover = 0;
            }
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_icon_has_an_outline_inside_its_box() {
        assert!(ICONS.len() >= 30);
        for (name, _) in ICONS {
            let icon = Icon::named(name).unwrap_or_else(|| panic!("{name}"));
            let outline = icon.outline();
            assert!(outline.len() > 3, "{name} has no outline");
            for s in outline {
                let points: Vec<UnitPoint> = match *s {
                    Segment::MoveTo(p) | Segment::LineTo(p) => vec![p],
                    Segment::CubicTo(a, b, c) => vec![a, b, c],
                    Segment::Close => vec![],
                };
                for p in points {
                    assert!(
                        (-0.05..=1.05).contains(&p[0]) && (-0.05..=1.05).contains(&p[1]),
                        "{name}: {p:?} outside the box"
                    );
                }
            }
        }
        assert!(Icon::named("no-such-icon").is_none());
        let mut names = Icon::names();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ICONS.len(), "names are unique");
    }

    #[test]
    fn icons_differ_and_rasterize_with_holes() {
        let bulb = Icon::named("lightbulb").expect("bulb");
        let glass = Icon::named("magnifying-glass").expect("glass");
        assert_ne!(bulb.outline(), glass.outline());
        let mask = rasterize(&flatten(glass.outline(), 0.002), 64);
        let ink: u32 = mask.iter().map(|&v| u32::from(v)).sum();
        let full = 64 * 64 * 255;
        // A line icon covers some of its box, never none and never all of it.
        assert!(ink > full / 20 && ink < full / 2, "{ink} of {full}");
        // The lens is a ring: its centre (about 44 % across, 44 % down) is empty.
        let centre = mask[28 * 64 + 28];
        assert!(centre < 40, "lens centre {centre}");
    }

    #[test]
    fn a_square_fills_its_pixels() {
        let square = vec![vec![[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75]]];
        let mask = rasterize(&square, 8);
        assert_eq!(mask[0], 0);
        assert_eq!(mask[3 * 8 + 3], 255);
        assert_eq!(mask[2 * 8 + 2], 255);
        assert_eq!(mask[8 + 1], 0);
    }
}
