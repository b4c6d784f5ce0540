//! The rules of the file contract that a parser cannot check: ids, colours, ranges, references
//! inside a file and between a workshop and its deck.
//!
//! Each rule produces a located [`Diagnostic`] naming the item's id and what is accepted, and
//! every rule runs, so that a file's author sees all problems at once. Positions are found in
//! the source by the item's id (and the field's name inside the item). Loading files and the
//! rules across files (unique ids, a workshop's deck) live in [`super::library`].

use std::collections::{HashMap, HashSet};

use super::diagnostic::{Diagnostic, closest, quoted_list};
use super::source::SourceFile;
use super::types::{Card, Deck, FieldKind, Workshop};

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
pub const SVG_LOGO: &str = "SVG pictures are not supported as logos: save the logo as a PNG file (at most 2048 pixels a side, 2 MiB) in the deck's folder and name that file, such as \"logo.png\"";

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
    fn error(&mut self, item: Option<usize>, field: Option<&str>, message: String) {
        self.push(Diagnostic::error(&self.source.path, message), item, field);
    }

    /// A warning at the field `field` of the item at `item`, or at the item.
    fn warning(&mut self, item: Option<usize>, field: Option<&str>, message: String) {
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

/// ` (did you mean `x`?)` when a close name exists, else nothing.
fn did_you_mean(found: &str, names: &[&str]) -> String {
    closest(found, names)
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default()
}

fn id_rule(what: &str, id: &str) -> String {
    format!(
        "{what} id `{id}` is not valid: use lowercase letters a–z, digits and `-` (for example `my-id`)"
    )
}

fn color_rule(what: &str, color: &str) -> String {
    format!("{what}color `{color}` is not a colour: write `#RRGGBB`, for example \"#1B4965\"")
}

fn language_rule(tag: &str) -> String {
    format!(
        "language `{tag}` is not a language tag: use a BCP 47 tag such as \"sv\", \"en\" or \"sv-FI\""
    )
}

/// Checks every rule of a deck that needs no other file.
pub fn validate_deck(deck: &Deck, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&deck.id, 0);

    if !is_valid_id(&deck.id) || deck.id.chars().count() > MAX_DECK_ID_CHARS {
        c.error(
            top.or_else(|| c.top_field(&deck.id, "id")),
            None,
            format!(
                "{} (at most {MAX_DECK_ID_CHARS} characters)",
                id_rule("deck", &deck.id)
            ),
        );
    }
    if deck.title.trim().is_empty() {
        c.error(
            top,
            Some("title"),
            "the deck's `title` is empty: give the deck a title".into(),
        );
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
                "`back`: the title is empty: give the back a title".into(),
            );
        }
        if let Some(color) = &back.color
            && !is_valid_color(color)
        {
            c.error(at, None, color_rule("`back`: ", color));
        }
        check_back_extras(&mut c, at, "`back`", back);
    }

    if deck.categories.is_empty() {
        c.error(
            top,
            Some("categories"),
            "the deck has no categories: add at least one `Category(…)`".into(),
        );
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
            c.error(at, Some("id"), id_rule("category", id));
        } else if let Some(first) = category_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(at, Some("id"), format!("category id `{id}` is used twice (first on line {line}): give each category its own id"));
        } else if let Some(at) = at {
            category_at.insert(id, at);
        }
        if category.name.trim().is_empty() {
            c.error(
                at,
                Some("name"),
                format!("category `{id}`: `name` is empty"),
            );
        }
        if !is_valid_color(&category.color) {
            c.error(
                at,
                Some("color"),
                color_rule(&format!("category `{id}`: "), &category.color),
            );
        }
        if let Some(icon) = &category.icon {
            check_icon(&mut c, at, Some("icon"), &format!("category `{id}`"), icon);
        }
        if let Some(back) = &category.back {
            let back_at = at.and_then(|a| source.find_field(a, "back"));
            let what = format!("category `{id}`: `back`");
            if back.title.trim().is_empty() {
                c.error(
                    back_at,
                    None,
                    format!("{what}: the title is empty: give the back a title"),
                );
            }
            if let Some(color) = &back.color
                && !is_valid_color(color)
            {
                c.error(back_at, None, color_rule(&format!("{what}: "), color));
            }
            check_back_extras(&mut c, back_at, &what, back);
        }
        if let Some(symbol) = &category.symbol {
            let n = symbol.chars().count();
            if n == 0 || n > MAX_SYMBOL_CHARS {
                c.error(
                    at,
                    Some("symbol"),
                    format!("category `{id}`: symbol `{symbol}` has {n} characters: use 1 to {MAX_SYMBOL_CHARS}, or leave `symbol` out"),
                );
            }
        }
    }

    if deck.cards.is_empty() {
        c.error(
            top,
            Some("cards"),
            "the deck has no cards: add at least one `Card(…)`".into(),
        );
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
            c.error(at, Some("id"), id_rule("card", id));
        } else if let Some(first) = card_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                format!(
                    "card id `{id}` is used twice (first on line {line}): give each card its own id"
                ),
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
                format!(
                    "card `{id}`: category `{}` does not exist (categories: {}){}",
                    card.category,
                    quoted_list(&category_ids),
                    did_you_mean(&card.category, &category_ids)
                ),
            );
        }
        let title_chars = card.title.chars().count();
        if card.title.trim().is_empty() {
            c.error(at, Some("title"), format!("card `{id}`: `title` is empty"));
        } else if title_chars > MAX_TITLE_CHARS {
            c.error(at, Some("title"), format!("card `{id}`: the title has {title_chars} characters, at most {MAX_TITLE_CHARS} are allowed"));
        }
        if card.text.trim().is_empty() {
            c.error(
                at,
                Some("text"),
                format!("card `{id}`: `text` is empty: explain the card in a few sentences"),
            );
        }
        for (i, prompt) in card.prompts.iter().enumerate() {
            if prompt.trim().is_empty() {
                c.error(
                    at,
                    Some("prompts"),
                    format!(
                        "card `{id}`: prompt {} is empty: remove it or write the question",
                        i + 1
                    ),
                );
            }
        }
        if let Some(minutes) = card.minutes
            && !MINUTES.contains(&minutes)
        {
            c.error(
                at,
                Some("minutes"),
                format!("card `{id}`: minutes is {minutes}, expected 1 to 600"),
            );
        }
        if !COPIES.contains(&card.copies) {
            c.error(
                at,
                Some("copies"),
                format!("card `{id}`: copies is {}, expected 1 to 100", card.copies),
            );
        }
    }
    for category in &deck.categories {
        if is_valid_id(&category.id)
            && !used.contains(category.id.as_str())
            && !deck.cards.is_empty()
        {
            let at = c.item(&category.id, 0);
            c.warning(at, None, format!("category `{}` has no cards", category.id));
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
                    format!(
                        "categories `{a}` and `{b}` print as nearly the same grey in black and white (luma {:.0} and {:.0} of 255): make one lighter or darker so that they differ by at least {MIN_LUMA_DIFFERENCE:.0}",
                        luma_a.round(),
                        luma_b.round()
                    ),
                );
            }
        }
    }
}

/// Checks an icon name against the bundled icon set.
fn check_icon(c: &mut Checker<'_>, at: Option<usize>, field: Option<&str>, what: &str, icon: &str) {
    if crate::icons::Icon::named(icon).is_none() {
        let names = crate::icons::Icon::names();
        c.error(
            at,
            field,
            format!(
                "{what}: icon `{icon}` is not in the bundled icon set{}: use a name such as `lightbulb` or `magnifying-glass` (the list is in docs/formats.md), or leave `icon` out",
                did_you_mean(icon, &names)
            ),
        );
    }
}

/// The icon and logo of a back.
fn check_back_extras(
    c: &mut Checker<'_>,
    at: Option<usize>,
    what: &str,
    back: &super::types::CardBack,
) {
    if let Some(icon) = &back.icon {
        check_icon(c, at, None, what, icon);
    }
    if let Some(logo) = &back.logo
        && is_svg(logo)
    {
        c.error(at, None, format!("{what}: logo `{logo}`: {SVG_LOGO}"));
    } else if let Some(logo) = &back.logo
        && !is_valid_logo_path(logo)
    {
        c.error(
            at,
            None,
            format!(
                "{what}: logo `{logo}` is not a PNG file in the deck's folder: write a file name such as \"logo.png\" next to the deck file (or in a folder below it)"
            ),
        );
    }
}

/// Checks every rule of a workshop that needs no other file.
pub fn validate_workshop(workshop: &Workshop, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&workshop.id, 0);

    if !is_valid_id(&workshop.id) {
        c.error(top, None, id_rule("workshop", &workshop.id));
    }
    if workshop.title.trim().is_empty() {
        c.error(
            top,
            Some("title"),
            "the workshop's `title` is empty: give it a title".into(),
        );
    }
    if !is_valid_language(&workshop.language) {
        c.error(top, Some("language"), language_rule(&workshop.language));
    }
    if let Some(deck) = &workshop.deck
        && !is_valid_id(deck)
    {
        c.error(top, Some("deck"), format!("`deck`: `{deck}` is not a deck id: use the `id` of a deck, such as \"innovationslek\""));
    }
    for (i, role) in workshop.roles.iter().enumerate() {
        if role.name.trim().is_empty() {
            c.error(
                top,
                Some("roles"),
                format!("role {} has an empty `name`", i + 1),
            );
        }
    }
    for (i, item) in workshop.preparation.iter().enumerate() {
        if item.trim().is_empty() {
            c.error(
                top,
                Some("preparation"),
                format!("preparation item {} is empty: remove it or write it", i + 1),
            );
        }
    }
    if workshop.steps.is_empty() {
        c.error(
            top,
            Some("steps"),
            "the workshop has no steps: add at least one `Step(…)`".into(),
        );
    }

    let mut step_at: HashMap<&str, usize> = HashMap::new();
    let mut field_step: HashMap<&str, &str> = HashMap::new();
    let mut carry_field: Option<String> = None;
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
            c.error(at, Some("id"), id_rule("step", id));
        } else if let Some(first) = step_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                format!(
                    "step id `{id}` is used twice (first on line {line}): give each step its own id"
                ),
            );
        } else if let Some(at) = at {
            step_at.insert(id, at);
        }
        if step.title.trim().is_empty() {
            c.error(at, Some("title"), format!("step `{id}`: `title` is empty"));
        }
        if !MINUTES.contains(&step.minutes) {
            c.error(
                at,
                Some("minutes"),
                format!(
                    "step `{id}`: minutes is {}, expected 1 to 600",
                    step.minutes
                ),
            );
        }
        if step.instructions.trim().is_empty() {
            c.error(
                at,
                Some("instructions"),
                format!("step `{id}`: `instructions` is empty: tell the group what to do"),
            );
        }
        if let Some(draw) = &step.draw {
            if workshop.deck.is_none() {
                c.error(at, Some("draw"), format!("step `{id}` has `draw` but the workshop names no deck: add `deck: \"…\"` to the workshop"));
            }
            if draw.count == 0 {
                c.error(
                    at,
                    Some("draw"),
                    format!("step `{id}`: draw.count is 0, expected 1 or more"),
                );
            }
            for category in &draw.categories {
                if !is_valid_id(category) {
                    c.error(
                        at,
                        Some("draw"),
                        format!("step `{id}`: draw category `{category}` is not a category id"),
                    );
                }
            }
        }
        if step.pause {
            if step.draw.is_some() {
                c.error(at, Some("draw"), format!("step `{id}` is a break (`pause: true`) but has `draw`: a break has no card draws; remove `draw`, or `pause` if it is no break"));
            }
            if !step.capture.is_empty() {
                c.error(at, Some("capture"), format!("step `{id}` is a break (`pause: true`) but has `capture`: a break has no fields; move the fields to a working step, or remove `pause`"));
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
                c.error(fat, Some("id"), id_rule("field", fid));
            } else if let Some(other) = field_step.get(fid.as_str()) {
                c.error(fat, Some("id"), format!("field id `{fid}` is used twice (also in step `{other}`): field ids must be unique in the whole workshop"));
            } else {
                field_step.insert(fid, id);
            }
            if field.label.trim().is_empty() {
                c.error(
                    fat,
                    Some("label"),
                    format!("field `{fid}`: `label` is empty"),
                );
            }
            if let FieldKind::Table { columns } = &field.kind {
                if columns.is_empty() {
                    c.error(
                        fat,
                        Some("kind"),
                        format!("field `{fid}`: a table needs at least one column"),
                    );
                }
                let mut seen = HashSet::new();
                for column in columns {
                    if column.trim().is_empty() {
                        c.error(
                            fat,
                            Some("kind"),
                            format!("field `{fid}`: a column name is empty"),
                        );
                    } else if !seen.insert(column.as_str()) {
                        c.error(fat, Some("kind"), format!("field `{fid}`: column `{column}` appears twice: column names must be unique"));
                    }
                }
            }
            if field.carry_over.is_some() {
                if !matches!(field.kind, FieldKind::Table { .. }) {
                    c.error(fat, Some("carry_over"), format!("field `{fid}`: `carry_over` needs a table field (`kind: Table(columns: [..])`), since it takes over rows of an earlier plan"));
                } else if let Some(other) = &carry_field {
                    c.error(fat, Some("carry_over"), format!("field `{fid}`: `carry_over` is already on field `{other}`: a workshop takes the earlier plan over into one field"));
                } else {
                    carry_field = Some(fid.clone());
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
    let (of, what, fits): (&str, &str, fn(&FieldKind) -> bool) = match &field.kind {
        FieldKind::Votes { of, dots } => {
            if !(1..=100).contains(dots) {
                c.error(
                    at,
                    Some("kind"),
                    format!("field `{fid}`: dots is {dots}, expected 1 to 100 dots per person"),
                );
            }
            (of, "a `List` field", |k| matches!(k, FieldKind::List))
        }
        FieldKind::Matrix { of, x, y } => {
            if x.trim().is_empty() || y.trim().is_empty() {
                c.error(
                    at,
                    Some("kind"),
                    format!("field `{fid}`: the matrix needs names for both axes, `x` and `y` (such as \"Insats\" and \"Nytta\")"),
                );
            }
            (of, "a `List` or `Votes` field", |k| {
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
            format!("field `{fid}`: `of: \"{of}\"` names a field that is not {what}"),
        ),
        None => c.error(
            at,
            Some("kind"),
            format!("field `{fid}`: `of: \"{of}\"` names no field before this one: name {what} of this step or an earlier one"),
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
                    format!("step `{id}`: `show` names `{shown}` twice: list each field once"),
                );
                continue;
            }
            Some(&i) if i == index => format!(
                "step `{id}`: `show` names `{shown}`, a field of this step: list only fields of earlier steps (this step's own fields are shown anyway)"
            ),
            Some(&i) => format!(
                "step `{id}`: `show` names `{shown}`, a field of the later step `{}`: a step can show only fields of steps before it",
                workshop.steps[i].id
            ),
            None if earlier.is_empty() => format!(
                "step `{id}`: `show` names `{shown}`, but no earlier step has fields: remove `show`"
            ),
            None => format!(
                "step `{id}`: `show` names `{shown}`, which is not a field of an earlier step (fields: {}){}",
                quoted_list(&earlier),
                did_you_mean(shown, &earlier)
            ),
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
                    format!(
                        "step `{}`: draw category `{category}` does not exist in deck `{}` (categories: {}){}",
                        step.id,
                        deck.id,
                        quoted_list(&category_ids),
                        did_you_mean(category, &category_ids)
                    ),
                );
            }
        }
        if !all_exist {
            continue;
        }
        let available = available_cards(deck, &draw.categories);
        if draw.count as usize > available {
            let source_name = match draw.categories.as_slice() {
                [] => format!("deck `{}` has", deck.id),
                [one] => format!("category `{one}` has"),
                many => format!("categories {} have", quoted_list(many)),
            };
            c.error(
                at,
                Some("draw"),
                format!(
                    "step `{}`: draw.count is {} but {source_name} {available} cards",
                    step.id, draw.count
                ),
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
            let drawn = match draw.count {
                1 => "the card it draws".to_owned(),
                n => format!("the {n} cards it draws"),
            };
            c.warning(
                at,
                Some("draw"),
                format!(
                    "step `{}` has {} minutes but {drawn} can take {total} minutes ({}): \
                     give the step more minutes, draw fewer cards or shorten those cards",
                    step.id,
                    step.minutes,
                    cards.join(", ")
                ),
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
            warning.message,
            "step `steg` has 20 minutes but the 2 cards it draws can take 25 minutes \
             (`a-lang` 15 min, `a-mellan` 10 min): give the step more minutes, draw fewer cards \
             or shorten those cards"
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
                .contains("the card it draws can take 20 minutes (`b-lang` 20 min)")
        );
    }

    #[test]
    fn a_card_without_minutes_counts_as_none() {
        // All four cards of `a`: 15 + 10 + 5 + 0.
        assert!(draw_check(30, r#"Draw(categories: ["a"], count: 4)"#).is_empty());
        let over = draw_check(29, r#"Draw(categories: ["a"], count: 4)"#);
        assert!(over[0].message.contains("`a-utan` 0 min"), "{over:?}");
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
