//! Text measurement and line breaking with the embedded fonts' own metrics.
//!
//! Widths come from the glyph advances in the TrueType files (read with `ttf-parser`), exactly
//! the fonts the PDF embeds, so a line measured here is the line printed. Lines break at spaces;
//! a word that does not fit is hyphenated with the deck's language patterns (Swedish compounds
//! such as "arbetsplatsträffar" are long), and only a word with no hyphenation point left is
//! broken between letters. Kerning is not applied, neither here nor in the PDF, so the two agree.
//!
//! This module owns fonts, widths and wrapping; where lines go on a card is [`super::face`].

use std::collections::HashMap;
use std::sync::OnceLock;

use hyphenation::{Hyphenator as _, Language, Load, Standard};

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
                include_bytes!("../../assets/fonts/DejaVuSansCondensed.ttf")
            }
            FontFace::CondensedBold => {
                include_bytes!("../../assets/fonts/DejaVuSansCondensed-Bold.ttf")
            }
            FontFace::Sans => include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
            FontFace::SansBold => include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
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
struct Metrics {
    units_per_em: f32,
    ascender: f32,
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
            table,
            covered,
            other,
            fallback,
        }
    }

    fn advance(&self, c: char) -> u16 {
        let cp = c as usize;
        if cp < self.table.len() {
            self.table[cp]
        } else {
            self.other.get(&c).copied().unwrap_or(self.fallback)
        }
    }
}

fn metrics(face: FontFace) -> &'static Metrics {
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

/// Hyphenation patterns for a language, or none.
#[derive(Clone, Copy)]
pub struct Hyphenation {
    dictionary: Option<&'static Standard>,
}

impl std::fmt::Debug for Hyphenation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hyphenation")
            .field("enabled", &self.dictionary.is_some())
            .finish()
    }
}

impl Hyphenation {
    /// The patterns for a BCP 47 language tag: Swedish for `sv`/`sv-*`, English (US patterns)
    /// for `en`/`en-*` (British patterns for `en-GB`), Norwegian, Danish, Finnish, German; none
    /// for others (long words are then broken between letters, as a last resort).
    pub fn for_language(tag: &str) -> Hyphenation {
        let lower = tag.to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        let language = match (primary, lower.as_str()) {
            ("sv", _) => Some(Language::Swedish),
            ("en", "en-gb") => Some(Language::EnglishGB),
            ("en", _) => Some(Language::EnglishUS),
            ("nb" | "no", _) => Some(Language::NorwegianBokmal),
            ("nn", _) => Some(Language::NorwegianNynorsk),
            ("da", _) => Some(Language::Danish),
            ("fi", _) => Some(Language::Finnish),
            ("de", _) => Some(Language::German1996),
            _ => None,
        };
        Hyphenation {
            dictionary: language.and_then(dictionary),
        }
    }

    /// No hyphenation.
    pub fn none() -> Hyphenation {
        Hyphenation { dictionary: None }
    }

    /// Byte offsets in `word` where it may be hyphenated.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        let Some(dict) = self.dictionary else {
            return Vec::new();
        };
        // Hyphenate the letters only; punctuation around the word stays where it is.
        let start = word
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        let end = word
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(start, |(i, c)| i + c.len_utf8());
        if end <= start {
            return Vec::new();
        }
        let core = &word[start..end];
        if !core.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        // Leave at least three letters on either side: "frå-ga" reads worse than a shorter line.
        let letters = core.chars().count();
        dict.hyphenate(core)
            .breaks
            .into_iter()
            .filter(|&b| {
                let before = core[..b].chars().count();
                before >= 3 && letters - before >= 3
            })
            .map(|b| b + start)
            .collect()
    }
}

fn dictionary(language: Language) -> Option<&'static Standard> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<Language, &'static Standard>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().ok()?;
    if let Some(d) = map.get(&language) {
        return Some(d);
    }
    let loaded: &'static Standard = Box::leak(Box::new(Standard::from_embedded(language).ok()?));
    map.insert(language, loaded);
    Some(loaded)
}

/// A font at a size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// The face.
    pub face: FontFace,
    /// The size in points.
    pub size_pt: f32,
}

impl Style {
    /// `face` at `size_pt`.
    pub const fn new(face: FontFace, size_pt: f32) -> Style {
        Style { face, size_pt }
    }

    /// The width of `text` in mm.
    pub fn width(&self, text: &str) -> f32 {
        text_width(text, self.face, self.size_pt)
    }

    /// The size in mm.
    pub fn size_mm(&self) -> f32 {
        self.size_pt * MM_PER_PT
    }
}

/// The result of wrapping a paragraph.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wrapped {
    /// The lines, each at most the width given (unless a single character is wider).
    pub lines: Vec<String>,
    /// How many words had to be broken between letters without a hyphenation point.
    pub forced_breaks: usize,
}

/// Wraps `text` into lines no wider than `width_mm`: breaks at spaces, hyphenates words that do
/// not fit, and breaks a word between letters only as a last resort.
pub fn wrap(text: &str, style: Style, width_mm: f32, hyphenation: &Hyphenation) -> Wrapped {
    let mut out = Wrapped::default();
    let space = style.width(" ");
    let mut line = String::new();
    let mut line_w = 0.0f32;
    for word in text.split_whitespace() {
        let mut word = word.to_owned();
        loop {
            let w = style.width(&word);
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_w + gap + w <= width_mm {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                line_w += gap + w;
                break;
            }
            // Try to put a hyphenated first part of the word on this line.
            let room = width_mm - line_w - gap;
            if let Some((head, tail)) = split_to_fit(&word, style, room, hyphenation) {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&head);
                out.lines.push(std::mem::take(&mut line));
                line_w = 0.0;
                word = tail;
                continue;
            }
            if !line.is_empty() {
                out.lines.push(std::mem::take(&mut line));
                line_w = 0.0;
                continue;
            }
            // Alone on a line and still too wide, with no hyphenation point that fits: break
            // between letters.
            let (head, tail) = force_split(&word, style, width_mm);
            out.forced_breaks += 1;
            out.lines.push(head);
            if tail.is_empty() {
                break;
            }
            word = tail;
        }
    }
    if !line.is_empty() {
        out.lines.push(line);
    }
    out
}

/// The longest first part of `word` (at a hyphenation point or after a hyphen already in the
/// word) that fits in `room` mm with its hyphen; `None` when no part fits.
fn split_to_fit(
    word: &str,
    style: Style,
    room: f32,
    hyphenation: &Hyphenation,
) -> Option<(String, String)> {
    if room <= 0.0 {
        return None;
    }
    let mut points: Vec<(usize, bool)> = hyphenation
        .breaks(word)
        .into_iter()
        .map(|b| (b, true))
        .collect();
    // Existing hyphens and dashes are break points that need no extra hyphen.
    for (i, c) in word.char_indices() {
        if (c == '-' || c == '–' || c == '/') && i > 0 && i + c.len_utf8() < word.len() {
            points.push((i + c.len_utf8(), false));
        }
    }
    points.sort_unstable();
    points.dedup_by_key(|p| p.0);
    points.into_iter().rev().find_map(|(at, add_hyphen)| {
        let head = if add_hyphen {
            format!("{}-", &word[..at])
        } else {
            word[..at].to_owned()
        };
        (style.width(&head) <= room).then(|| (head, word[at..].to_owned()))
    })
}

/// Splits `word` between letters so the head fits `width` (at least one character).
fn force_split(word: &str, style: Style, width: f32) -> (String, String) {
    let mut end = 0;
    for (i, c) in word.char_indices() {
        let candidate = &word[..i + c.len_utf8()];
        if style.width(candidate) > width && end > 0 {
            break;
        }
        end = i + c.len_utf8();
    }
    (word[..end].to_owned(), word[end..].to_owned())
}

/// Shortens `text` with an ellipsis so it fits `width_mm` (for a last line that does not fit).
pub fn ellipsize(text: &str, style: Style, width_mm: f32) -> String {
    if style.width(text) <= width_mm {
        return text.to_owned();
    }
    let mut s: String = text.to_owned();
    while !s.is_empty() && style.width(&format!("{s}…")) > width_mm {
        s.pop();
    }
    format!("{}…", s.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let s = Style::new(FontFace::Condensed, 10.0);
        let i = s.width("iiii");
        let m = s.width("MMMM");
        assert!(m > 2.0 * i, "{i} {m}");
        // Twice the size, twice the width.
        let big = Style::new(FontFace::Condensed, 20.0).width("MMMM");
        assert!((big - 2.0 * m).abs() < 1e-3);
        // Bold is wider than regular.
        assert!(Style::new(FontFace::CondensedBold, 10.0).width("Text") > s.width("Text"));
        assert!(has_glyphs("åäö ÅÄÖ é ü ø æ – • …", FontFace::Condensed));
    }

    #[test]
    fn wraps_within_the_width() {
        let s = Style::new(FontFace::Condensed, 9.0);
        let text = "Skriv problemet på en lapp och fråga: varför händer det? Svara, och fråga sedan varför igen.";
        let w = wrap(text, s, 40.0, &Hyphenation::for_language("sv"));
        assert!(w.lines.len() > 2);
        for line in &w.lines {
            assert!(s.width(line) <= 40.0, "{line}");
        }
        assert_eq!(w.lines.join(" ").replace("- ", ""), text.replace("- ", ""));
        assert_eq!(w.forced_breaks, 0);
    }

    #[test]
    fn hyphenates_swedish_compounds() {
        let h = Hyphenation::for_language("sv");
        assert!(!h.breaks("arbetsplatsträffar").is_empty());
        let s = Style::new(FontFace::Condensed, 10.0);
        let w = wrap("Arbetsplatsträffarna", s, s.width("Arbetsplats") + 2.0, &h);
        assert!(w.lines.len() >= 2, "{:?}", w.lines);
        assert!(w.lines[0].ends_with('-'), "{:?}", w.lines);
        assert_eq!(w.forced_breaks, 0);
        assert_eq!(w.lines.concat().replace('-', ""), "Arbetsplatsträffarna");
    }

    #[test]
    fn breaks_between_letters_only_as_a_last_resort() {
        let s = Style::new(FontFace::Condensed, 10.0);
        let w = wrap("XXXXXXXXXXXXXXXXXXXX", s, 15.0, &Hyphenation::none());
        assert!(w.forced_breaks > 0);
        for line in &w.lines {
            assert!(s.width(line) <= 15.0);
        }
        assert_eq!(w.lines.concat(), "XXXXXXXXXXXXXXXXXXXX");
    }

    #[test]
    fn english_uses_english_patterns() {
        let h = Hyphenation::for_language("en");
        assert!(!h.breaks("brainstorming").is_empty());
        assert!(
            Hyphenation::for_language("xx")
                .breaks("brainstorming")
                .is_empty()
        );
    }

    #[test]
    fn ellipsis_fits() {
        let s = Style::new(FontFace::Condensed, 10.0);
        let e = ellipsize("A long line that does not fit", s, 20.0);
        assert!(e.ends_with('…'));
        assert!(s.width(&e) <= 20.0);
    }
}
