//! The rules of the file contract that a parser cannot check: ids, colours, ranges, references
//! inside a file and between a workshop and its deck.
//!
//! Each rule produces a located [`Diagnostic`] naming the item's id and what is accepted, and
//! every rule runs, so that a file's author sees all problems at once. Positions are found in
//! the source by the item's id (and the field's name inside the item). Loading files and the
//! rules across files (unique ids, a workshop's deck) live in [`super::library`].

use std::collections::{HashMap, HashSet};

use super::diagnostic::{Diagnostic, did_you_mean, quoted_list, with_names};
use super::source::SourceFile;
use super::types::{Card, Deck, FieldKind, Workshop};
use crate::i18n::{Key, Message};

mod deck;
mod draws;
mod workshop;

pub use deck::validate_deck;
pub use draws::{available_cards, longest_draw, validate_draws};
pub use workshop::validate_workshop;

/// The longest card title, in characters.
pub const MAX_TITLE_CHARS: usize = 80;
/// The longest deck id, in characters.
pub const MAX_DECK_ID_CHARS: usize = 64;
/// The most characters a category symbol may have.
pub const MAX_SYMBOL_CHARS: usize = 3;
/// Allowed minutes of a step or a card.
pub const MINUTES: std::ops::RangeInclusive<u32> = 1..=600;
/// The most words a step's instructions should have: the projector shows them to the room in
/// large type, and the detail belongs in the facilitator notes.
pub const MAX_INSTRUCTION_WORDS: usize = 40;
/// Allowed copies of a card.
pub const COPIES: std::ops::RangeInclusive<u32> = 1..=100;
/// Two categories whose colours differ by less than this in luma (0–255) print as nearly the
/// same grey on a black-and-white printer.
pub const MIN_LUMA_DIFFERENCE: f32 = 20.0;

/// The grey a colour prints as on a black-and-white printer: its luma (ITU-R BT.601 weights),
/// 0 (black) to 255 (white).
pub fn luma(color: [u8; 3]) -> f32 {
    let [r, g, b] = color.map(f32::from);
    0.299 * r + 0.587 * g + 0.114 * b
}

/// Whether a picture path names a file inside the deck's folder: relative, no `..`, no drive or
/// root, and a `.png` file.
pub fn is_valid_logo_path(path: &str) -> bool {
    let p = std::path::Path::new(path);
    !path.trim().is_empty()
        && !path.contains('\\')
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"))
}

/// Why an SVG logo is refused, and what to do.
pub const SVG_LOGO: Key = Key::DiagSvgLogo;

/// Whether a picture path names an SVG file (`.svg` or `.svgz`).
pub fn is_svg(path: &str) -> bool {
    std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg") || e.eq_ignore_ascii_case("svgz"))
}

/// Whether `id` is made of `a-z`, `0-9` and `-` only, and not empty.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `color` is written `#RRGGBB`.
pub fn is_valid_color(color: &str) -> bool {
    color.len() == 7 && color.starts_with('#') && color[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Parses `#RRGGBB` into its red, green and blue parts.
pub fn parse_color(color: &str) -> Option<[u8; 3]> {
    // Exactly as written in the file (no spaces around it), then the shared parser.
    if !is_valid_color(color) {
        return None;
    }
    crate::colour::parse_hex(color)
}

/// Whether `tag` looks like a BCP 47 language tag (`sv`, `en`, `sv-FI`, `zh-Hant-TW`).
pub fn is_valid_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(primary) = parts.next() else {
        return false;
    };
    // ISO 639 codes have two or three letters; longer primary subtags are not in use.
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Collects located problems of one file.
struct Checker<'a> {
    source: &'a SourceFile,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn new(source: &'a SourceFile) -> Self {
        Checker {
            source,
            diagnostics: Vec::new(),
        }
    }

    /// Offset of the item with `id`, searching from `from` (to tell apart items that share an
    /// id, such as a step and one of its fields).
    fn item(&self, id: &str, from: usize) -> Option<usize> {
        self.source.find_id_or_next(id, from)
    }

    /// An error at the field `field` of the item at `item`, or at the item.
    fn error(&mut self, item: Option<usize>, field: Option<&str>, message: Message) {
        self.push(Diagnostic::error(&self.source.path, message), item, field);
    }

    /// A warning at the field `field` of the item at `item`, or at the item.
    fn warning(&mut self, item: Option<usize>, field: Option<&str>, message: Message) {
        self.push(Diagnostic::warning(&self.source.path, message), item, field);
    }

    fn push(&mut self, diagnostic: Diagnostic, item: Option<usize>, field: Option<&str>) {
        let at = item.map(|item| {
            field
                .and_then(|f| self.source.find_field(item, f))
                .unwrap_or(item)
        });
        let position = at.map(|at| self.source.position(at));
        self.diagnostics.push(diagnostic.at(position));
    }

    /// Offset of a top-level field, such as the deck's `title`.
    fn top_field(&self, top_id: &str, field: &str) -> Option<usize> {
        let item = self.item(top_id, 0)?;
        self.source.find_field(item, field)
    }
}

/// The `id` rule for the id of a `what` (one of the `DiagIdOf…` words).
fn id_rule(what: Key, id: &str) -> Message {
    Message::new(Key::DiagIdRule)
        .part("what", Message::new(what))
        .with("id", id)
}

/// The colour rule, for the colour of the item named by `place`.
fn color_rule(place: Message, color: &str) -> Message {
    Message::new(Key::DiagColorRule)
        .part("place", place)
        .with("color", color)
}

fn language_rule(tag: &str) -> Message {
    Message::new(Key::DiagLanguageRule).with("tag", tag)
}

/// `category `a``: where in a deck a problem is.
fn category_place(id: &str) -> Message {
    Message::new(Key::DiagPlaceCategory).with("id", id)
}

/// `category `a`: `back``, or the deck's `back`.
fn back_place(category: Option<&str>) -> Message {
    match category {
        Some(id) => Message::new(Key::DiagPlaceCategoryBack).with("id", id),
        None => Message::new(Key::DiagPlaceBack),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck_messages(text: &str) -> Vec<String> {
        let source = SourceFile::new("t.deck.ron", text);
        let deck = super::super::parse::parse::<Deck>(&source)
            .value
            .expect("parses");
        validate_deck(&deck, &source)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn categories_of_nearly_the_same_grey_are_named_with_their_values() {
        let text = r##"Deck(id: "d", title: "D", language: "sv",
    categories: [
        Category(id: "resurser", name: "Kartlägg resurser", color: "#004670"),
        Category(id: "ideer", name: "Skapa idéer", color: "#F5C842"),
        Category(id: "plan", name: "Handlingsplan", color: "#333344"),
    ],
    cards: [
        Card(id: "a", category: "resurser", title: "A", text: "x"),
        Card(id: "b", category: "ideer", title: "B", text: "x"),
        Card(id: "c", category: "plan", title: "C", text: "x"),
    ])"##;
        let messages = deck_messages(text);
        let grey: Vec<&String> = messages.iter().filter(|m| m.contains("grey")).collect();
        assert_eq!(grey.len(), 1, "{messages:?}");
        let m = grey[0];
        assert!(m.contains("warning"), "{m}");
        assert!(m.contains("`resurser` and `plan`"), "{m}");
        assert!(m.contains("luma 54 and 53 of 255"), "{m}");
        assert!(m.contains(":5:"), "at the second category's line: {m}");
        assert_eq!(luma([255, 255, 255]).round(), 255.0);
    }

    #[test]
    fn icons_and_logos_are_checked() {
        let text = r##"Deck(id: "d", title: "D", language: "sv",
    back: CardBack(title: "D", icon: "kort", logo: "../logo.png"),
    categories: [
        Category(id: "a", name: "A", color: "#1E1E26", icon: "lightbulbs",
                 back: CardBack(title: "", color: "blå")),
        Category(id: "b", name: "B", color: "#F5C842", icon: "lightbulb"),
    ],
    cards: [
        Card(id: "c", category: "a", title: "C", text: "x"),
        Card(id: "e", category: "b", title: "E", text: "x"),
    ])"##;
        let messages = deck_messages(text).join("\n");
        assert!(
            messages.contains("icon `kort` is not in the bundled icon set"),
            "{messages}"
        );
        assert!(messages.contains("icon `lightbulbs`"), "{messages}");
        assert!(
            messages.contains("(did you mean `lightbulb`?)"),
            "{messages}"
        );
        assert!(
            messages.contains("logo `../logo.png` is not a PNG file in the deck's folder"),
            "{messages}"
        );
        let svg = deck_messages(
            r##"Deck(id: "d", title: "D", language: "sv",
    back: CardBack(title: "D", logo: "logo.svg"),
    categories: [Category(id: "a", name: "A", color: "#336699")],
    cards: [Card(id: "k", category: "a", title: "T", text: "X")])"##,
        )
        .join("\n");
        assert!(
            svg.contains("logo `logo.svg`: SVG pictures are not supported")
                && svg.contains("save the logo as a PNG file"),
            "{svg}"
        );
        assert!(
            messages.contains("category `a`: `back`: the title is empty"),
            "{messages}"
        );
        assert!(
            messages.contains("category `a`: `back`: color `blå`"),
            "{messages}"
        );
        assert!(!messages.contains("`b`"), "{messages}");
        assert!(is_valid_logo_path("logo.png"));
        assert!(is_valid_logo_path("bilder/Logo.PNG"));
        assert!(!is_valid_logo_path("/etc/logo.png"));
        assert!(!is_valid_logo_path("logo.svg"));
        assert!(!is_valid_logo_path("a/../../b.png"));
        assert!(!is_valid_logo_path("C:\\logo.png"));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("forsta-fem-varfor"));
        assert!(is_valid_id("a1"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Förstå"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn colors() {
        assert!(is_valid_color("#1B4965"));
        assert!(is_valid_color("#abcdef"));
        assert!(!is_valid_color("1B4965"));
        assert!(!is_valid_color("#1B496"));
        assert!(!is_valid_color("#1B496G"));
        assert!(!is_valid_color("#1B4965F"));
        assert_eq!(parse_color("#FF8000"), Some([255, 128, 0]));
    }

    const DECK: &str = r##"Deck(id: "d", title: "D", language: "sv",
        categories: [Category(id: "a", name: "A", color: "#000000"),
                     Category(id: "b", name: "B", color: "#000000")],
        cards: [
            Card(id: "a-kort", category: "a", title: "Kort", text: "T.", minutes: 5),
            Card(id: "a-lang", category: "a", title: "Lång", text: "T.", minutes: 15),
            Card(id: "a-mellan", category: "a", title: "Mellan", text: "T.", minutes: 10),
            Card(id: "a-utan", category: "a", title: "Utan tid", text: "T."),
            Card(id: "b-lang", category: "b", title: "B", text: "T.", minutes: 20),
        ])"##;

    /// The diagnostics of a workshop with one step of `minutes` drawing `draw` from [`DECK`].
    fn draw_check(minutes: u32, draw: &str) -> Vec<Diagnostic> {
        let deck: Deck = crate::model::ron_options().from_str(DECK).expect("deck");
        let text = format!(
            "Workshop(id: \"w\", title: \"W\", language: \"sv\", deck: \"d\", steps: [\n  \
             Step(id: \"steg\", title: \"Steg\", minutes: {minutes}, instructions: \"I.\",\n    \
             draw: {draw}),\n])"
        );
        let workshop: Workshop = crate::model::ron_options()
            .from_str(&text)
            .expect("workshop");
        validate_draws(&workshop, &SourceFile::new("w.workshop.ron", text), &deck)
    }

    #[test]
    fn a_draw_longer_than_its_step_is_a_warning_naming_the_step_cards_and_minutes() {
        let found = draw_check(20, r#"Draw(categories: ["a"], count: 2)"#);
        assert_eq!(found.len(), 1, "{found:?}");
        let warning = &found[0];
        assert!(!warning.is_error());
        assert_eq!(
            warning.message.to_string(),
            "step `steg` has 20 minutes but the 2 cards it draws can take 25 minutes \
             (`a-lang` 15 min, `a-mellan` 10 min): give the step more minutes, draw fewer cards \
             or shorten those cards"
        );
        assert_eq!(
            warning.text(crate::i18n::Language::Swedish),
            "steget `steg` har 20 minuter men de 2 korten det drar kan ta 25 minuter \
             (`a-lang` 15 min, `a-mellan` 10 min): ge steget fler minuter, dra färre kort eller \
             korta de korten"
        );
        // Located at the step's `draw` field, on its second line.
        assert_eq!((warning.line, warning.column), (Some(3), Some(5)));
    }

    #[test]
    fn a_draw_that_fits_its_step_gives_no_warning() {
        assert!(draw_check(25, r#"Draw(categories: ["a"], count: 2)"#).is_empty());
        assert!(draw_check(15, r#"Draw(categories: ["a"])"#).is_empty());
        // The whole deck: the 20-minute card of `b` is the longest single card.
        assert!(draw_check(20, "Draw()").is_empty());
        let whole = draw_check(19, "Draw()");
        assert_eq!(whole.len(), 1);
        assert!(
            whole[0]
                .message
                .to_string()
                .contains("the card it draws can take 20 minutes (`b-lang` 20 min)")
        );
    }

    #[test]
    fn a_card_without_minutes_counts_as_none() {
        // All four cards of `a`: 15 + 10 + 5 + 0.
        assert!(draw_check(30, r#"Draw(categories: ["a"], count: 4)"#).is_empty());
        let over = draw_check(29, r#"Draw(categories: ["a"], count: 4)"#);
        assert!(
            over[0].message.to_string().contains("`a-utan` 0 min"),
            "{over:?}"
        );
    }

    #[test]
    fn a_draw_of_too_many_cards_is_only_the_count_error() {
        let found = draw_check(5, r#"Draw(categories: ["b"], count: 2)"#);
        assert_eq!(found.len(), 1);
        assert!(found[0].is_error());
    }

    /// The diagnostics of a workshop with one step whose instructions are `words` words.
    fn instructions_check(words: usize) -> Vec<Diagnostic> {
        let instructions = vec!["ord"; words].join(" ");
        let text = format!(
            "Workshop(id: \"w\", title: \"W\", language: \"sv\", steps: [\n  \
             Step(id: \"steg\", title: \"Steg\", minutes: 10,\n    \
             instructions: \"{instructions}\"),\n])"
        );
        let workshop: Workshop = crate::model::ron_options()
            .from_str(&text)
            .expect("workshop");
        validate_workshop(&workshop, &SourceFile::new("w.workshop.ron", text))
    }

    #[test]
    fn instructions_over_forty_words_are_a_warning_naming_the_step_and_the_count() {
        assert!(instructions_check(MAX_INSTRUCTION_WORDS).is_empty());
        let found = instructions_check(MAX_INSTRUCTION_WORDS + 3);
        assert_eq!(found.len(), 1, "{found:?}");
        let warning = &found[0];
        assert!(!warning.is_error());
        assert_eq!(
            warning.message.to_string(),
            "step `steg`: the instructions have 43 words, more than the 40 the room can read on \
             the projector: keep them short and put the detail in `facilitator_notes`"
        );
        assert_eq!(
            warning.text(crate::i18n::Language::Swedish),
            "steget `steg`: instruktionerna har 43 ord, fler än de 40 som rummet hinner läsa på \
             projektorn: håll dem korta och lägg detaljerna i `facilitator_notes`"
        );
        // Located at the step's `instructions` field, on its third line.
        assert_eq!((warning.line, warning.column), (Some(3), Some(5)));
        let shown = warning.to_string();
        assert!(
            shown.starts_with("w.workshop.ron:3:5: warning: "),
            "{shown}"
        );
    }

    #[test]
    fn languages() {
        for ok in ["sv", "en", "sv-FI", "zh-Hant-TW", "se", "smj"] {
            assert!(is_valid_language(ok), "{ok}");
        }
        for bad in ["", "s", "sv_FI", "svenska", "svenska språket", "sv-", "123"] {
            assert!(!is_valid_language(bad), "{bad}");
        }
    }
}
