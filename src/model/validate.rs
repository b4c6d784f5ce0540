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

/// The longest card title, in characters.
pub const MAX_TITLE_CHARS: usize = 80;
/// The longest deck id, in characters.
pub const MAX_DECK_ID_CHARS: usize = 64;
/// The most characters a category symbol may have.
pub const MAX_SYMBOL_CHARS: usize = 3;
/// Allowed minutes of a step or a card.
pub const MINUTES: std::ops::RangeInclusive<u32> = 1..=600;
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

/// Checks every rule of a deck that needs no other file.
pub fn validate_deck(deck: &Deck, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&deck.id, 0);

    if !is_valid_id(&deck.id) || deck.id.chars().count() > MAX_DECK_ID_CHARS {
        c.error(
            top.or_else(|| c.top_field(&deck.id, "id")),
            None,
            Message::new(Key::DiagDeckIdRule)
                .part("rule", id_rule(Key::DiagIdOfDeck, &deck.id))
                .with("n", MAX_DECK_ID_CHARS),
        );
    }
    if deck.title.trim().is_empty() {
        c.error(top, Some("title"), Key::DiagDeckTitleEmpty.into());
    }
    if !is_valid_language(&deck.language) {
        c.error(top, Some("language"), language_rule(&deck.language));
    }
    if let Some(back) = &deck.back {
        let at = top.and_then(|t| source.find_field(t, "back"));
        if back.title.trim().is_empty() {
            c.error(
                at,
                None,
                Message::new(Key::DiagBackTitleEmpty).part("place", back_place(None)),
            );
        }
        if let Some(color) = &back.color
            && !is_valid_color(color)
        {
            c.error(at, None, color_rule(back_place(None), color));
        }
        check_back_extras(&mut c, at, || back_place(None), back);
    }

    if deck.categories.is_empty() {
        c.error(top, Some("categories"), Key::DiagNoCategories.into());
    }
    let mut category_at: HashMap<&str, usize> = HashMap::new();
    let mut search_from = 0;
    for category in &deck.categories {
        let at = c.item(&category.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &category.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfCategory, id));
        } else if let Some(first) = category_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagCategoryIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            category_at.insert(id, at);
        }
        if category.name.trim().is_empty() {
            c.error(
                at,
                Some("name"),
                Message::new(Key::DiagCategoryNameEmpty).with("id", id),
            );
        }
        if !is_valid_color(&category.color) {
            c.error(
                at,
                Some("color"),
                color_rule(category_place(id), &category.color),
            );
        }
        if let Some(icon) = &category.icon {
            check_icon(&mut c, at, Some("icon"), category_place(id), icon);
        }
        if let Some(back) = &category.back {
            let back_at = at.and_then(|a| source.find_field(a, "back"));
            let what = || back_place(Some(id));
            if back.title.trim().is_empty() {
                c.error(
                    back_at,
                    None,
                    Message::new(Key::DiagBackTitleEmpty).part("place", what()),
                );
            }
            if let Some(color) = &back.color
                && !is_valid_color(color)
            {
                c.error(back_at, None, color_rule(what(), color));
            }
            check_back_extras(&mut c, back_at, what, back);
        }
        if let Some(symbol) = &category.symbol {
            let n = symbol.chars().count();
            if n == 0 || n > MAX_SYMBOL_CHARS {
                c.error(
                    at,
                    Some("symbol"),
                    Message::new(Key::DiagSymbolLength)
                        .with("id", id)
                        .with("symbol", symbol)
                        .with("n", n)
                        .with("max", MAX_SYMBOL_CHARS),
                );
            }
        }
    }

    if deck.cards.is_empty() {
        c.error(top, Some("cards"), Key::DiagNoCards.into());
    }
    let category_ids: Vec<&str> = deck.categories.iter().map(|k| k.id.as_str()).collect();
    let mut card_at: HashMap<&str, usize> = HashMap::new();
    let mut used: HashSet<&str> = HashSet::new();
    for card in &deck.cards {
        let at = c.item(&card.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &card.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfCard, id));
        } else if let Some(first) = card_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagCardIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            card_at.insert(id, at);
        }
        if category_ids.contains(&card.category.as_str()) {
            used.insert(&card.category);
        } else {
            c.error(
                at,
                Some("category"),
                with_names(
                    Message::new(Key::DiagCardCategory)
                        .with("id", id)
                        .with("category", &card.category),
                    "categories",
                    &category_ids,
                )
                .suffix("suggestion", did_you_mean(&card.category, &category_ids)),
            );
        }
        let title_chars = card.title.chars().count();
        if card.title.trim().is_empty() {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagCardTitleEmpty).with("id", id),
            );
        } else if title_chars > MAX_TITLE_CHARS {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagCardTitleLong)
                    .with("id", id)
                    .with("n", title_chars)
                    .with("max", MAX_TITLE_CHARS),
            );
        }
        if card.text.trim().is_empty() {
            c.error(
                at,
                Some("text"),
                Message::new(Key::DiagCardTextEmpty).with("id", id),
            );
        }
        for (i, prompt) in card.prompts.iter().enumerate() {
            if prompt.trim().is_empty() {
                c.error(
                    at,
                    Some("prompts"),
                    Message::new(Key::DiagPromptEmpty)
                        .with("id", id)
                        .with("n", i + 1),
                );
            }
        }
        if let Some(minutes) = card.minutes
            && !MINUTES.contains(&minutes)
        {
            c.error(
                at,
                Some("minutes"),
                Message::new(Key::DiagCardMinutes)
                    .with("id", id)
                    .with("minutes", minutes),
            );
        }
        if !COPIES.contains(&card.copies) {
            c.error(
                at,
                Some("copies"),
                Message::new(Key::DiagCardCopies)
                    .with("id", id)
                    .with("copies", card.copies),
            );
        }
    }
    for category in &deck.categories {
        if is_valid_id(&category.id)
            && !used.contains(category.id.as_str())
            && !deck.cards.is_empty()
        {
            let at = c.item(&category.id, 0);
            c.warning(
                at,
                None,
                Message::new(Key::DiagCategoryUnused).with("id", &category.id),
            );
        }
    }
    check_greys(&mut c, deck);
    c.diagnostics
}

/// Warns about every pair of categories that a black-and-white printer prints as nearly the
/// same grey, naming both and their values.
fn check_greys(c: &mut Checker<'_>, deck: &Deck) {
    let greys: Vec<(&str, f32)> = deck
        .categories
        .iter()
        .filter_map(|k| parse_color(&k.color).map(|rgb| (k.id.as_str(), luma(rgb))))
        .collect();
    for (i, (a, luma_a)) in greys.iter().enumerate() {
        for (b, luma_b) in &greys[i + 1..] {
            if (luma_a - luma_b).abs() < MIN_LUMA_DIFFERENCE {
                let at = c.item(b, 0);
                c.warning(
                    at,
                    Some("color"),
                    Message::new(Key::DiagSameGrey)
                        .with("a", a)
                        .with("b", b)
                        .with("luma-a", format!("{:.0}", luma_a.round()))
                        .with("luma-b", format!("{:.0}", luma_b.round()))
                        .with("min", format!("{MIN_LUMA_DIFFERENCE:.0}")),
                );
            }
        }
    }
}

/// Checks an icon name against the bundled icon set.
fn check_icon(
    c: &mut Checker<'_>,
    at: Option<usize>,
    field: Option<&str>,
    place: Message,
    icon: &str,
) {
    if crate::icons::Icon::named(icon).is_none() {
        let names = crate::icons::Icon::names();
        c.error(
            at,
            field,
            Message::new(Key::DiagUnknownIcon)
                .part("place", place)
                .with("icon", icon)
                .suffix("suggestion", did_you_mean(icon, &names)),
        );
    }
}

/// The icon and logo of a back.
fn check_back_extras(
    c: &mut Checker<'_>,
    at: Option<usize>,
    what: impl Fn() -> Message,
    back: &super::types::CardBack,
) {
    if let Some(icon) = &back.icon {
        check_icon(c, at, None, what(), icon);
    }
    if let Some(logo) = &back.logo
        && is_svg(logo)
    {
        c.error(
            at,
            None,
            Message::new(Key::DiagLogoSvg)
                .part("place", what())
                .with("logo", logo)
                .part("why", Message::new(SVG_LOGO)),
        );
    } else if let Some(logo) = &back.logo
        && !is_valid_logo_path(logo)
    {
        c.error(
            at,
            None,
            Message::new(Key::DiagLogoPath)
                .part("place", what())
                .with("logo", logo),
        );
    }
}

/// Checks every rule of a workshop that needs no other file.
pub fn validate_workshop(workshop: &Workshop, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&workshop.id, 0);

    if !is_valid_id(&workshop.id) {
        c.error(top, None, id_rule(Key::DiagIdOfWorkshop, &workshop.id));
    }
    if workshop.title.trim().is_empty() {
        c.error(top, Some("title"), Key::DiagWorkshopTitleEmpty.into());
    }
    if !is_valid_language(&workshop.language) {
        c.error(top, Some("language"), language_rule(&workshop.language));
    }
    if let Some(deck) = &workshop.deck
        && !is_valid_id(deck)
    {
        c.error(
            top,
            Some("deck"),
            Message::new(Key::DiagNotADeckId).with("deck", deck),
        );
    }
    for (i, role) in workshop.roles.iter().enumerate() {
        if role.name.trim().is_empty() {
            c.error(
                top,
                Some("roles"),
                Message::new(Key::DiagRoleNameEmpty).with("n", i + 1),
            );
        }
    }
    for (i, item) in workshop.preparation.iter().enumerate() {
        if item.trim().is_empty() {
            c.error(
                top,
                Some("preparation"),
                Message::new(Key::DiagPreparationEmpty).with("n", i + 1),
            );
        }
    }
    if workshop.steps.is_empty() {
        c.error(top, Some("steps"), Key::DiagNoSteps.into());
    }

    let mut step_at: HashMap<&str, usize> = HashMap::new();
    let mut field_step: HashMap<&str, &str> = HashMap::new();
    // Where each field id first appears (step position), for the `show` rule.
    let mut field_first: HashMap<&str, usize> = HashMap::new();
    for (i, step) in workshop.steps.iter().enumerate() {
        for field in &step.capture {
            field_first.entry(field.id.as_str()).or_insert(i);
        }
    }
    let mut search_from = 0;
    // The fields met so far (this step's earlier ones included), for `Votes` and `Matrix`.
    let mut fields_before: HashMap<&str, &FieldKind> = HashMap::new();
    for (index, step) in workshop.steps.iter().enumerate() {
        let at = c.item(&step.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &step.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfStep, id));
        } else if let Some(first) = step_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagStepIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            step_at.insert(id, at);
        }
        if step.title.trim().is_empty() {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagStepTitleEmpty).with("id", id),
            );
        }
        if !MINUTES.contains(&step.minutes) {
            c.error(
                at,
                Some("minutes"),
                Message::new(Key::DiagStepMinutes)
                    .with("id", id)
                    .with("minutes", step.minutes),
            );
        }
        if step.instructions.trim().is_empty() {
            c.error(
                at,
                Some("instructions"),
                Message::new(Key::DiagInstructionsEmpty).with("id", id),
            );
        }
        if let Some(draw) = &step.draw {
            if workshop.deck.is_none() {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagDrawWithoutDeck).with("id", id),
                );
            }
            if draw.count == 0 {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagDrawZero).with("id", id),
                );
            }
            for category in &draw.categories {
                if !is_valid_id(category) {
                    c.error(
                        at,
                        Some("draw"),
                        Message::new(Key::DiagDrawCategoryId)
                            .with("id", id)
                            .with("category", category),
                    );
                }
            }
        }
        if step.pause {
            if step.draw.is_some() {
                c.error(
                    at,
                    Some("draw"),
                    Message::new(Key::DiagBreakDraws).with("id", id),
                );
            }
            if !step.capture.is_empty() {
                c.error(
                    at,
                    Some("capture"),
                    Message::new(Key::DiagBreakFields).with("id", id),
                );
            }
        }
        check_show(&mut c, workshop, index, at, &field_first);
        let mut field_from = at.map_or(search_from, |a| a + 1);
        for field in &step.capture {
            let fat = c.item(&field.id, field_from);
            if let Some(fat) = fat {
                field_from = fat + 1;
                search_from = search_from.max(fat + 1);
            }
            let fid = &field.id;
            if !is_valid_id(fid) {
                c.error(fat, Some("id"), id_rule(Key::DiagIdOfField, fid));
            } else if let Some(other) = field_step.get(fid.as_str()) {
                c.error(
                    fat,
                    Some("id"),
                    Message::new(Key::DiagFieldIdTwice)
                        .with("id", fid)
                        .with("step", other),
                );
            } else {
                field_step.insert(fid, id);
            }
            if field.label.trim().is_empty() {
                c.error(
                    fat,
                    Some("label"),
                    Message::new(Key::DiagLabelEmpty).with("id", fid),
                );
            }
            if let FieldKind::Table { columns } = &field.kind {
                if columns.is_empty() {
                    c.error(
                        fat,
                        Some("kind"),
                        Message::new(Key::DiagNoColumns).with("id", fid),
                    );
                }
                let mut seen = HashSet::new();
                for column in columns {
                    if column.trim().is_empty() {
                        c.error(
                            fat,
                            Some("kind"),
                            Message::new(Key::DiagColumnEmpty).with("id", fid),
                        );
                    } else if !seen.insert(column.as_str()) {
                        c.error(
                            fat,
                            Some("kind"),
                            Message::new(Key::DiagColumnTwice)
                                .with("id", fid)
                                .with("column", column),
                        );
                    }
                }
            }
            check_choosing(&mut c, fat, field, &fields_before);
            fields_before.entry(fid.as_str()).or_insert(&field.kind);
        }
    }
    c.diagnostics
}

/// The rules of a `Votes` or `Matrix` field: it names a list (a matrix: a list or a vote) met
/// before it, a vote gives each person 1 to 100 dots, and a matrix's axes have names.
fn check_choosing(
    c: &mut Checker<'_>,
    at: Option<usize>,
    field: &crate::model::Field,
    before: &HashMap<&str, &FieldKind>,
) {
    let fid = &field.id;
    let (of, what, fits): (&str, Key, fn(&FieldKind) -> bool) = match &field.kind {
        FieldKind::Votes { of, dots } => {
            if !(1..=100).contains(dots) {
                c.error(
                    at,
                    Some("kind"),
                    Message::new(Key::DiagDots)
                        .with("id", fid)
                        .with("dots", dots),
                );
            }
            (of, Key::DiagAListField, |k| matches!(k, FieldKind::List))
        }
        FieldKind::Matrix { of, x, y } => {
            if x.trim().is_empty() || y.trim().is_empty() {
                c.error(
                    at,
                    Some("kind"),
                    Message::new(Key::DiagMatrixAxes).with("id", fid),
                );
            }
            (of, Key::DiagAListOrVotesField, |k| {
                matches!(k, FieldKind::List | FieldKind::Votes { .. })
            })
        }
        _ => return,
    };
    match before.get(of) {
        Some(kind) if fits(kind) => {}
        Some(_) => c.error(
            at,
            Some("kind"),
            Message::new(Key::DiagOfWrongKind)
                .with("id", fid)
                .with("of", of)
                .part("what", Message::new(what)),
        ),
        None => c.error(
            at,
            Some("kind"),
            Message::new(Key::DiagOfMissing)
                .with("id", fid)
                .with("of", of)
                .part("what", Message::new(what)),
        ),
    }
}

/// The `show` rule of the step at `index` (found at `at`): every id names a field of an earlier
/// step, once.
fn check_show(
    c: &mut Checker<'_>,
    workshop: &Workshop,
    index: usize,
    at: Option<usize>,
    field_first: &HashMap<&str, usize>,
) {
    let step = &workshop.steps[index];
    if step.show.is_empty() {
        return;
    }
    let id = &step.id;
    let earlier: Vec<&str> = workshop.steps[..index]
        .iter()
        .flat_map(|s| s.capture.iter().map(|f| f.id.as_str()))
        .collect();
    let show_at = at.and_then(|a| c.source.find_field(a, "show"));
    let mut seen: HashSet<&str> = HashSet::new();
    for shown in &step.show {
        // Point at the id inside the list when it can be found there, else at `show`.
        let item_at = show_at.and_then(|s| {
            let text = &c.source.text[s..];
            let end = text.find(']').unwrap_or(text.len());
            text[..end].find(&format!("\"{shown}\"")).map(|i| s + i)
        });
        let place = item_at.or(show_at).or(at);
        let message = match field_first.get(shown.as_str()) {
            Some(&i) if i < index => {
                if seen.insert(shown.as_str()) {
                    continue;
                }
                c.warning(
                    place,
                    None,
                    Message::new(Key::DiagShowTwice)
                        .with("id", id)
                        .with("shown", shown),
                );
                continue;
            }
            Some(&i) if i == index => Message::new(Key::DiagShowOwn)
                .with("id", id)
                .with("shown", shown),
            Some(&i) => Message::new(Key::DiagShowLater)
                .with("id", id)
                .with("shown", shown)
                .with("later", &workshop.steps[i].id),
            None if earlier.is_empty() => Message::new(Key::DiagShowNoFields)
                .with("id", id)
                .with("shown", shown),
            None => Message::new(Key::DiagShowUnknown)
                .with("id", id)
                .with("shown", shown)
                .with("fields", quoted_list(&earlier))
                .suffix("suggestion", did_you_mean(shown, &earlier)),
        };
        c.error(place, None, message);
    }
}

/// Checks a workshop's draws against the deck it names.
pub fn validate_draws(workshop: &Workshop, source: &SourceFile, deck: &Deck) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let category_ids: Vec<&str> = deck.categories.iter().map(|k| k.id.as_str()).collect();
    let mut search_from = 0;
    for step in &workshop.steps {
        let at = c.item(&step.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let Some(draw) = &step.draw else { continue };
        let mut all_exist = true;
        for category in &draw.categories {
            if !category_ids.contains(&category.as_str()) {
                all_exist = false;
                c.error(
                    at,
                    Some("draw"),
                    with_names(
                        Message::new(Key::DiagDrawCategoryMissing)
                            .with("id", &step.id)
                            .with("category", category)
                            .with("deck", &deck.id),
                        "categories",
                        &category_ids,
                    )
                    .suffix("suggestion", did_you_mean(category, &category_ids)),
                );
            }
        }
        if !all_exist {
            continue;
        }
        let available = available_cards(deck, &draw.categories);
        if draw.count as usize > available {
            let source_name = match draw.categories.as_slice() {
                [] => Message::new(Key::DiagPoolDeck).with("deck", &deck.id),
                [one] => Message::new(Key::DiagPoolCategory).with("category", one),
                many => Message::new(Key::DiagPoolCategories).with("categories", quoted_list(many)),
            };
            c.error(
                at,
                Some("draw"),
                Message::new(Key::DiagDrawTooMany)
                    .with("id", &step.id)
                    .with("count", draw.count)
                    .part("pool", source_name.with("available", available)),
            );
            continue;
        }
        let longest = longest_draw(deck, &draw.categories, draw.count as usize);
        let total: u32 = longest.iter().map(|card| card.minutes.unwrap_or(0)).sum();
        if total > step.minutes {
            let cards: Vec<String> = longest
                .iter()
                .map(|card| format!("`{}` {} min", card.id, card.minutes.unwrap_or(0)))
                .collect();
            c.warning(
                at,
                Some("draw"),
                Message::new(Key::DiagDrawTooLong)
                    .with("id", &step.id)
                    .with("minutes", step.minutes)
                    .with("count", draw.count)
                    .with("total", total)
                    .with("cards", cards.join(", ")),
            );
        }
    }
    c.diagnostics
}

/// The cards of a draw of `count` from `categories` (all when empty) whose suggested minutes add
/// up to the most: the longest cards first, in deck order among equals. A card without minutes
/// counts as 0.
pub fn longest_draw<'d>(deck: &'d Deck, categories: &[String], count: usize) -> Vec<&'d Card> {
    let mut cards: Vec<&Card> = deck
        .cards
        .iter()
        .filter(|card| categories.is_empty() || categories.contains(&card.category))
        .collect();
    // A stable sort keeps the deck order among cards with the same minutes.
    cards.sort_by_key(|card| std::cmp::Reverse(card.minutes.unwrap_or(0)));
    cards.truncate(count);
    cards
}

/// How many distinct cards a draw from `categories` (all when empty) can take.
pub fn available_cards(deck: &Deck, categories: &[String]) -> usize {
    deck.cards
        .iter()
        .filter(|card| categories.is_empty() || categories.contains(&card.category))
        .count()
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
