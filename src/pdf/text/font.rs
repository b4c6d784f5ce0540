//! The embedded fonts and their metrics: advance widths read from the TrueType files the PDF
//! embeds, so a width measured here is the width printed.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// The embedded font faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontFace {
    /// DejaVu Sans Condensed: card text.
    Condensed,
    /// DejaVu Sans Condensed Bold: card titles and bands.
    CondensedBold,
    /// DejaVu Sans: documents such as the facilitator guide.
    Sans,
    /// DejaVu Sans Bold: headings in documents.
    SansBold,
}

impl FontFace {
    /// Every face.
    pub const ALL: [FontFace; 4] = [
        FontFace::Condensed,
        FontFace::CondensedBold,
        FontFace::Sans,
        FontFace::SansBold,
    ];

    /// The TrueType file of the face (DejaVu fonts; licence in `assets/fonts`).
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontFace::Condensed => {
                include_bytes!("../../../assets/fonts/DejaVuSansCondensed.ttf")
            }
            FontFace::CondensedBold => {
                include_bytes!("../../../assets/fonts/DejaVuSansCondensed-Bold.ttf")
            }
            FontFace::Sans => include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
            FontFace::SansBold => include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
        }
    }

    /// The bold face of the same family.
    pub fn bold(self) -> FontFace {
        match self {
            FontFace::Condensed | FontFace::CondensedBold => FontFace::CondensedBold,
            FontFace::Sans | FontFace::SansBold => FontFace::SansBold,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Advance widths of one face, in font units.
pub(super) struct Metrics {
    pub(super) units_per_em: f32,
    ascender: f32,
    /// Below the baseline, positive.
    descender: f32,
    /// Advances of the first 0x2200 code points (Latin, punctuation, arrows, maths).
    table: Vec<u16>,
    /// Whether the font has a glyph for each code point of `table`.
    covered: Vec<bool>,
    /// Everything else.
    other: HashMap<char, u16>,
    fallback: u16,
}

impl Metrics {
    fn load(face: FontFace) -> Metrics {
        let Ok(parsed) = ttf_parser::Face::parse(face.bytes(), 0) else {
            // The fonts are compiled in and parse; this branch keeps a broken build measurable.
            return Metrics {
                units_per_em: 1000.0,
                ascender: 800.0,
                descender: 200.0,
                table: Vec::new(),
                covered: Vec::new(),
                other: HashMap::new(),
                fallback: 600,
            };
        };
        let advance = |c: char| {
            parsed
                .glyph_index(c)
                .and_then(|g| parsed.glyph_hor_advance(g))
        };
        let fallback = advance('n').unwrap_or(600);
        let table = (0u32..0x2200)
            .map(|cp| char::from_u32(cp).and_then(advance).unwrap_or(fallback))
            .collect();
        let covered = (0u32..0x2200)
            .map(|cp| char::from_u32(cp).is_some_and(|c| parsed.glyph_index(c).is_some()))
            .collect();
        let mut other = HashMap::new();
        for c in ['\u{2610}', '\u{2611}', '\u{23F1}', '\u{25A1}', '\u{2713}'] {
            if let Some(a) = advance(c) {
                other.insert(c, a);
            }
        }
        Metrics {
            units_per_em: f32::from(parsed.units_per_em()),
            ascender: f32::from(parsed.ascender()),
            descender: -f32::from(parsed.descender()),
            table,
            covered,
            other,
            fallback,
        }
    }

    pub(super) fn advance(&self, c: char) -> u16 {
        let cp = c as usize;
        if cp < self.table.len() {
            self.table[cp]
        } else {
            self.other.get(&c).copied().unwrap_or(self.fallback)
        }
    }
}

pub(super) fn metrics(face: FontFace) -> &'static Metrics {
    static ALL: OnceLock<Vec<Metrics>> = OnceLock::new();
    let all = ALL.get_or_init(|| FontFace::ALL.iter().map(|f| Metrics::load(*f)).collect());
    &all[face.index()]
}

/// The width of `text` set in `face` at `size_pt`, in mm.
pub fn text_width(text: &str, face: FontFace, size_pt: f32) -> f32 {
    let m = metrics(face);
    let units: u32 = text.chars().map(|c| u32::from(m.advance(c))).sum();
    units as f32 / m.units_per_em * size_pt * MM_PER_PT
}

/// The height of the face's capital letters above the baseline, roughly, in mm (the ascender).
pub fn ascent(face: FontFace, size_pt: f32) -> f32 {
    let m = metrics(face);
    m.ascender / m.units_per_em * size_pt * MM_PER_PT
}

/// How far the face's descenders (g, p, y) reach below the baseline, in mm.
pub fn descent(face: FontFace, size_pt: f32) -> f32 {
    let m = metrics(face);
    m.descender / m.units_per_em * size_pt * MM_PER_PT
}

/// Whether `text` can be set in `face` (every character has a glyph).
pub fn has_glyphs(text: &str, face: FontFace) -> bool {
    missing_glyphs(text, face).is_empty()
}

/// The characters of `text` that `face` has no glyph for, each once, in order of code point.
pub fn missing_glyphs(text: &str, face: FontFace) -> String {
    let m = metrics(face);
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| {
            let cp = *c as usize;
            !c.is_whitespace()
                && !c.is_control()
                && if cp < m.covered.len() {
                    !m.covered[cp]
                } else {
                    !m.other.contains_key(c)
                        && ttf_parser::Face::parse(face.bytes(), 0)
                            .map_or(true, |f| f.glyph_index(*c).is_none())
                }
        })
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing.into_iter().collect()
}
