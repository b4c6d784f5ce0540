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
use super::types::{Deck, FieldKind, Workshop};

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
    if !is_valid_color(color) {
        return None;
    }
    let part = |i: usize| u8::from_str_radix(&color[i..i + 2], 16).ok();
    Some([part(1)?, part(3)?, part(5)?])
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
    c.diagnostics
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
    // Where each field id first appears (step position), for the `show` rule.
    let mut field_first: HashMap<&str, usize> = HashMap::new();
    for (i, step) in workshop.steps.iter().enumerate() {
        for field in &step.capture {
            field_first.entry(field.id.as_str()).or_insert(i);
        }
    }
    let mut search_from = 0;
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
        }
    }
    c.diagnostics
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
        }
    }
    c.diagnostics
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
