//! Text measurement and line breaking with the embedded fonts' own metrics.
//!
//! Widths come from the glyph advances in the TrueType files (read with `ttf-parser`), exactly
//! the fonts the PDF embeds, so a line measured here is the line printed. Lines break at spaces;
//! a word that does not fit is hyphenated with the deck's language patterns (Swedish compounds
//! such as "arbetsplatsträffar" are long), and only a word with no hyphenation point left is
//! broken between letters. Kerning is not applied, neither here nor in the PDF, so the two agree.
//!
//! This module owns fonts, widths and wrapping; where lines go on a card is [`super::face`].

mod font;
mod hyphen;
mod typeset;

pub use font::{FontFace, MM_PER_PT, ascent, descent, has_glyphs, missing_glyphs, text_width};
pub use hyphen::Hyphenation;
pub use typeset::typeset;

use font::metrics;

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

/// When a word that does not fit on the line may be hyphenated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hyphenate {
    /// Never add a hyphen (titles): the word moves to the next line, and a word wider than a
    /// whole line is broken between letters and counted in [`Wrapped::forced_breaks`], so the
    /// caller can shrink the text instead.
    Never,
    /// Only when the line would otherwise be badly short (less than [`SHORT_LINE`] of the
    /// width), or the word is wider than a whole line.
    WhenShort,
    /// Whenever a first part of the word fits.
    Always,
}

/// A line filled to less than this share of the width is badly short: a word may then be
/// hyphenated to fill it under [`Hyphenate::WhenShort`].
pub const SHORT_LINE: f32 = 0.6;

/// A word alone on a paragraph's last line with fewer letters than this looks lost.
pub const LONE_WORD_LETTERS: usize = 8;

/// Words longer than this many characters get no dictionary hyphenation (no real word is this
/// long; pasted links and runs of letters are broken between characters in one pass).
const MAX_HYPHENATED_CHARS: usize = 48;

/// The result of wrapping a paragraph.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wrapped {
    /// The lines, each at most the width given (unless a single character is wider).
    pub lines: Vec<String>,
    /// How many times a word had to be broken between letters without a hyphenation point.
    pub forced_breaks: usize,
    /// How many hyphens were added (lines ending in a hyphen that is not in the text).
    pub hyphens: usize,
    /// For each line, whether it ends in an added hyphen.
    pub hyphenated: Vec<bool>,
}

impl Wrapped {
    /// Whether the last line is a lone word: a single word of fewer than
    /// [`LONE_WORD_LETTERS`] letters, or the tail of a word hyphenated on the line before.
    pub fn lone_last_line(&self) -> bool {
        let n = self.lines.len();
        if n < 2 {
            return false;
        }
        let last = self.lines[n - 1].trim();
        if last.contains(' ') {
            return false;
        }
        self.hyphenated[n - 2]
            || last.chars().filter(|c| c.is_alphabetic()).count() < LONE_WORD_LETTERS
    }
}

/// A word with the cumulative advance at every character boundary, so the width of any part
/// is one subtraction.
struct Word<'a> {
    text: &'a str,
    /// Byte offset of every character, and the text's length at the end.
    bounds: Vec<usize>,
    /// Font units from the word's start to each bound.
    cum: Vec<u32>,
    /// mm per font unit.
    scale: f32,
}

impl<'a> Word<'a> {
    fn new(text: &'a str, style: Style) -> Word<'a> {
        let m = metrics(style.face);
        let mut bounds = Vec::with_capacity(text.len() + 1);
        let mut cum = Vec::with_capacity(text.len() + 1);
        let mut total = 0u32;
        for (i, c) in text.char_indices() {
            bounds.push(i);
            cum.push(total);
            total += u32::from(m.advance(c));
        }
        bounds.push(text.len());
        cum.push(total);
        Word {
            text,
            bounds,
            cum,
            scale: style.size_pt * MM_PER_PT / m.units_per_em,
        }
    }

    /// Characters in the word.
    fn len(&self) -> usize {
        self.bounds.len() - 1
    }

    /// The width of characters `from..to` in mm.
    fn width(&self, from: usize, to: usize) -> f32 {
        (self.cum[to] - self.cum[from]) as f32 * self.scale
    }

    fn part(&self, from: usize, to: usize) -> &'a str {
        &self.text[self.bounds[from]..self.bounds[to]]
    }

    fn char_at(&self, i: usize) -> char {
        self.part(i, i + 1).chars().next().unwrap_or(' ')
    }

    /// The largest `end > from` such that characters `from..end` fit `width` (at least one).
    fn fit_end(&self, from: usize, width: f32) -> usize {
        let limit = self.cum[from] as f32 + width / self.scale;
        // cum is increasing: find the last bound within the limit.
        let end = self.cum.partition_point(|&u| u as f32 <= limit + 1e-3) - 1;
        end.max(from + 1).min(self.len())
    }
}

/// A place where a word may break: after character `at`, with an added hyphen or not (after a
/// hyphen, dash or slash already in the word), and whether it looks like a compound's joint.
#[derive(Debug, Clone, Copy)]
struct BreakPoint {
    at: usize,
    hyphen: bool,
    joint: bool,
}

fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'å' | 'ä' | 'ö' | 'é' | 'è' | 'ü' | 'ø' | 'æ'
    )
}

fn break_points(word: &Word<'_>, hyphenation: &Hyphenation) -> Vec<BreakPoint> {
    let n = word.len();
    let mut points = Vec::new();
    if n <= MAX_HYPHENATED_CHARS {
        for b in hyphenation.breaks(word.text) {
            let at = word.bounds.partition_point(|&x| x < b);
            if at == 0 || at >= n {
                continue;
            }
            let (before, after) = (word.char_at(at - 1), word.char_at(at));
            // Two different consonants meeting ("grund|problemet", "arbets|plats") mark a
            // compound's joint far more often than a syllable break inside one word does
            // ("pro|blem", "träf|far").
            let joint = before.is_alphabetic()
                && after.is_alphabetic()
                && !is_vowel(before)
                && !is_vowel(after)
                && before != after
                && at >= 4
                && n - at >= 4;
            points.push(BreakPoint {
                at,
                hyphen: true,
                joint,
            });
        }
    }
    for (i, &b) in word.bounds[..n].iter().enumerate() {
        let c = word.text[b..].chars().next().unwrap_or(' ');
        if matches!(c, '-' | '–' | '/') && i > 0 && i + 1 < n {
            points.push(BreakPoint {
                at: i + 1,
                hyphen: false,
                joint: true,
            });
        }
    }
    points.sort_unstable_by_key(|p| p.at);
    points.dedup_by_key(|p| p.at);
    points
}

/// The best place to break the word's characters `from..` so the first part (with its hyphen)
/// fits `room` mm after `used` mm of a `width` mm line. Points with added hyphens are only
/// considered when `hyphenate`.
#[allow(clippy::too_many_arguments)]
fn best_break(
    word: &Word<'_>,
    points: &[BreakPoint],
    from: usize,
    used: f32,
    room: f32,
    width: f32,
    hyphen_w: f32,
    hyphenate: bool,
) -> Option<BreakPoint> {
    if room <= 0.0 {
        return None;
    }
    let n = word.len();
    let first = points.partition_point(|p| p.at <= from);
    let mut best: Option<(f32, BreakPoint)> = None;
    for p in &points[first..] {
        let head = word.width(from, p.at) + if p.hyphen { hyphen_w } else { 0.0 };
        if head > room {
            // Points are in order and widths only grow.
            if word.width(from, p.at) > room {
                break;
            }
            continue;
        }
        if p.hyphen && !hyphenate {
            continue;
        }
        let fill = (used + head) / width.max(1e-3);
        let tail_letters = n - p.at;
        let mut score = fill;
        if p.joint {
            score += 0.3;
        }
        if p.hyphen && tail_letters < 4 {
            score -= 0.5;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, *p));
        }
    }
    best.map(|(_, p)| p)
}

/// Wraps `text` into lines no wider than `width_mm`: breaks at spaces, hyphenates a word only
/// when a line would otherwise be badly short, breaks a word between letters only as a last
/// resort, and avoids a lone short word or hyphen fragment on the last line when the same
/// number of lines allows it (see [`wrap_with`]).
pub fn wrap(text: &str, style: Style, width_mm: f32, hyphenation: &Hyphenation) -> Wrapped {
    wrap_with(
        text,
        style,
        width_mm,
        hyphenation,
        Hyphenate::WhenShort,
        false,
    )
}

/// [`wrap`] with a hyphenation policy; `extra_line` allows one more line to keep a lone word
/// or hyphen fragment off the last line (when the caller has the room).
///
/// The text is first cleaned up by [`typeset`]. Runs in time linear in the text's length: every
/// word is measured once, and a word wider than the line is cut in one pass.
pub fn wrap_with(
    text: &str,
    style: Style,
    width_mm: f32,
    hyphenation: &Hyphenation,
    policy: Hyphenate,
    extra_line: bool,
) -> Wrapped {
    let text = typeset(text, hyphenation.english);
    let first = wrap_greedy(&text, style, width_mm, hyphenation, policy);
    if !first.lone_last_line() || first.lines.len() > 40 {
        return first;
    }
    // Try the same text a little narrower (the right edge is ragged, so nobody sees it), or
    // without the hyphen that left a fragment, and take the first that fixes the last line
    // without more hyphens or broken words.
    let mut candidates = Vec::new();
    if first
        .hyphenated
        .iter()
        .rev()
        .nth(1)
        .copied()
        .unwrap_or(false)
        && policy != Hyphenate::Never
    {
        candidates.push(wrap_greedy(
            &text,
            style,
            width_mm,
            hyphenation,
            Hyphenate::Never,
        ));
    }
    for k in [0.95, 0.9, 0.85, 0.8] {
        candidates.push(wrap_greedy(&text, style, width_mm * k, hyphenation, policy));
    }
    let acceptable = |c: &Wrapped, lines: usize| {
        !c.lone_last_line()
            && c.lines.len() <= lines
            && c.hyphens <= first.hyphens
            && c.forced_breaks <= first.forced_breaks
    };
    let n = first.lines.len();
    if let Some(i) = candidates.iter().position(|c| acceptable(c, n)) {
        return candidates.swap_remove(i);
    }
    if extra_line && let Some(i) = candidates.iter().position(|c| acceptable(c, n + 1)) {
        return candidates.swap_remove(i);
    }
    first
}

fn wrap_greedy(
    text: &str,
    style: Style,
    width_mm: f32,
    hyphenation: &Hyphenation,
    policy: Hyphenate,
) -> Wrapped {
    let mut out = Wrapped::default();
    let space = style.width(" ");
    let hyphen_w = style.width("-");
    let mut line = String::new();
    let mut line_w = 0.0f32;
    let flush = |out: &mut Wrapped, line: &mut String, hyphen: bool| {
        out.lines.push(std::mem::take(line).replace('\u{a0}', " "));
        out.hyphenated.push(hyphen);
        if hyphen {
            out.hyphens += 1;
        }
    };
    for raw in text
        .split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
    {
        let word = Word::new(raw, style);
        let n = word.len();
        let mut points: Option<Vec<BreakPoint>> = None;
        let mut from = 0;
        while from < n {
            let w = word.width(from, n);
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_w + gap + w <= width_mm {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word.part(from, n));
                line_w += gap + w;
                break;
            }
            let room = width_mm - line_w - gap;
            let used = line_w + gap;
            let too_wide = w > width_mm;
            let hyphenate = match policy {
                Hyphenate::Never => false,
                Hyphenate::WhenShort => too_wide || used < SHORT_LINE * width_mm,
                Hyphenate::Always => true,
            };
            let points = points.get_or_insert_with(|| break_points(&word, hyphenation));
            if let Some(p) = best_break(
                &word, points, from, used, room, width_mm, hyphen_w, hyphenate,
            ) {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word.part(from, p.at));
                if p.hyphen {
                    line.push('-');
                }
                flush(&mut out, &mut line, p.hyphen);
                line_w = 0.0;
                from = p.at;
                continue;
            }
            if !line.is_empty() {
                flush(&mut out, &mut line, false);
                line_w = 0.0;
                continue;
            }
            // Alone on a line and still too wide, with no break point that fits: break
            // between letters.
            let end = word.fit_end(from, width_mm);
            out.forced_breaks += 1;
            line.push_str(word.part(from, end));
            flush(&mut out, &mut line, false);
            from = end;
        }
    }
    if !line.is_empty() {
        flush(&mut out, &mut line, false);
    }
    out
}

/// Shortens `text` with an ellipsis so it fits `width_mm` (for a last line that does not fit).
/// Linear in the text's length.
pub fn ellipsize(text: &str, style: Style, width_mm: f32) -> String {
    if style.width(text) <= width_mm {
        return text.to_owned();
    }
    let word = Word::new(text, style);
    let room = width_mm - style.width("…");
    let end = if room <= 0.0 {
        0
    } else {
        let limit = room / word.scale;
        word.cum
            .partition_point(|&u| u as f32 <= limit + 1e-3)
            .saturating_sub(1)
    };
    format!("{}…", word.part(0, end.min(word.len())).trim_end())
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

    #[test]
    fn titles_are_never_hyphenated_and_say_when_a_word_is_too_long() {
        let h = Hyphenation::for_language("sv");
        let s = Style::new(FontFace::CondensedBold, 12.5);
        let title = "Hur gör andra branscher?";
        let w = wrap_with(
            title,
            s,
            s.width("Hur gör andra bran") + 1.0,
            &h,
            Hyphenate::Never,
            false,
        );
        assert_eq!(w.hyphens, 0, "{:?}", w.lines);
        assert_eq!(w.forced_breaks, 0);
        assert!(w.lines.iter().all(|l| !l.ends_with('-')), "{:?}", w.lines);
        assert_eq!(w.lines.join(" "), title);
        // Too long for any line: broken between letters and counted, so the caller shrinks.
        let w = wrap_with("Arbetsplatsträffarna", s, 20.0, &h, Hyphenate::Never, false);
        assert!(w.forced_breaks > 0);
        assert_eq!(w.hyphens, 0);
    }

    #[test]
    fn body_text_is_hyphenated_only_where_a_line_would_be_badly_short() {
        let h = Hyphenation::for_language("sv");
        let s = Style::new(FontFace::Condensed, 9.4);
        let text = "Gruppen samlar alla arbetsplatsträffarnas protokoll och letar efter återkommande verksamhetsproblem tillsammans med förvaltningsledningen.";
        let (mut loose, mut always) = (0, 0);
        for width in 40..70 {
            let width = width as f32;
            let a = wrap_with(text, s, width, &h, Hyphenate::Always, false);
            let b = wrap_with(text, s, width, &h, Hyphenate::WhenShort, false);
            always += a.hyphens;
            loose += b.hyphens;
            for (line, hyphen) in b.lines.iter().zip(&b.hyphenated) {
                assert!(s.width(line) <= width + 1e-3, "{line}");
                assert_eq!(*hyphen, line.ends_with('-'), "{line}");
            }
            // A hyphen only where the line would otherwise be less than 60 % full.
            for (i, hyphen) in b.hyphenated.iter().enumerate() {
                if *hyphen {
                    let without: String = b.lines[i]
                        .trim_end_matches('-')
                        .rsplit_once(' ')
                        .map_or(String::new(), |(head, _)| head.to_owned());
                    assert!(
                        s.width(&without) < SHORT_LINE * width,
                        "{width}: {:?}",
                        b.lines
                    );
                }
            }
        }
        assert!(
            loose * 2 < always,
            "WhenShort {loose} hyphens, Always {always}"
        );
    }

    #[test]
    fn a_lone_short_word_or_a_fragment_stays_off_the_last_line() {
        let h = Hyphenation::for_language("sv");
        let s = Style::new(FontFace::Condensed, 9.4);
        let texts = [
            "Vad händer om problemet plötsligt skulle försvinna?",
            "Skriv ner det ni vet om problemet och det ni tror, var för sig, och jämför sedan.",
            "Vilka i gruppen har gjort något liknande förut, på jobbet eller på fritiden?",
            "Fråga fem gånger varför det händer och skriv svaret på en lapp varje gång.",
        ];
        let (mut greedy, mut polished) = (0, 0);
        for text in texts {
            for width in 30..70 {
                let width = width as f32;
                let g = wrap_greedy(&typeset(text, false), s, width, &h, Hyphenate::WhenShort);
                let p = wrap_with(text, s, width, &h, Hyphenate::WhenShort, false);
                greedy += usize::from(g.lone_last_line());
                polished += usize::from(p.lone_last_line());
                assert!(
                    p.lines.len() <= g.lines.len(),
                    "no extra line unless allowed"
                );
                assert!(p.hyphens <= g.hyphens);
                let e = wrap_with(text, s, width, &h, Hyphenate::WhenShort, true);
                assert!(e.lines.len() <= g.lines.len() + 1);
            }
        }
        assert!(greedy > 10, "the test texts leave lone words: {greedy}");
        assert!(
            polished * 3 < greedy,
            "greedy {greedy}, polished {polished}"
        );
    }

    #[test]
    fn compounds_break_at_their_joint() {
        let h = Hyphenation::for_language("sv");
        let s = Style::new(FontFace::Condensed, 9.4);
        let width = s.width("Vi ser grundproble-") + 0.2;
        let w = wrap_with(
            "Vi ser grundproblemet och tar det",
            s,
            width,
            &h,
            Hyphenate::Always,
            false,
        );
        assert_eq!(w.lines[0], "Vi ser grund-", "{:?}", w.lines);
        let w = wrap_with(
            "arbetsplatsträffarna varje vecka",
            s,
            s.width("arbetsplatsträf-") + 0.2,
            &h,
            Hyphenate::Always,
            false,
        );
        assert_eq!(w.lines[0], "arbetsplats-", "{:?}", w.lines);
    }

    #[test]
    fn typography() {
        assert_eq!(
            typeset("Säg \"hej\" och 'tack'", false),
            "Säg ”hej” och ’tack’"
        );
        assert_eq!(
            typeset("Say \"hi\", it's 'fine'", true),
            "Say “hi”, it’s ‘fine’"
        );
        assert_eq!(
            typeset("tid: -5 min, 2026-12-01", false),
            "tid: −5\u{a0}min, 2026-12-01"
        );
        assert_eq!(typeset("ca 15 min", false), "ca\u{a0}15\u{a0}min");
        assert_eq!(typeset("och så vidare …", false), "och så vidare\u{a0}…");
        assert_eq!(typeset("ett – två", false), "ett\u{a0}– två");
        // A bound group never splits, and the printed line has ordinary spaces.
        let s = Style::new(FontFace::Condensed, 9.0);
        let w = wrap(
            "Räkna med ca 15 min",
            s,
            s.width("Räkna med ca 15"),
            &Hyphenation::for_language("sv"),
        );
        assert_eq!(w.lines, ["Räkna med", "ca 15 min"]);
    }

    #[test]
    fn a_huge_word_is_broken_in_one_pass() {
        // 30,000 characters without a space: linear, so this is quick even in a debug build.
        let word: String = "abcdefghijklmnopqrstuvwxyzåäö"
            .chars()
            .cycle()
            .take(30_000)
            .collect();
        let s = Style::new(FontFace::Sans, 10.0);
        let w = wrap(&word, s, 170.0, &Hyphenation::for_language("sv"));
        assert!(w.lines.len() > 200);
        assert_eq!(w.lines.concat(), word);
        for line in &w.lines {
            assert!(s.width(line) <= 170.0 + 1e-3);
        }
        assert_eq!(w.forced_breaks + 1, w.lines.len());
        let e = ellipsize(&word, s, 50.0);
        assert!(e.ends_with('…') && s.width(&e) <= 50.0 + 1e-3);
    }
}
