//! The types of the public file contract (`docs/formats.md`): decks, workshops and their parts.
//!
//! Type and field names are the contract that people write by hand, so they are spelled exactly as
//! in the format description and every struct denies unknown fields. These types hold what a file
//! says; whether it makes sense (ids, colours, ranges, cross-file references) is checked in
//! [`super::validate`], never here.

use serde::{Deserialize, Serialize};

/// A card deck: categories and the cards in them (`*.deck.ron`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// Unique among loaded decks; `[a-z0-9-]+`, 1..=64 characters.
    pub id: String,
    /// Shown in the app and printed on every card.
    pub title: String,
    /// BCP 47 language tag such as `sv`, `en` or `sv-FI`.
    pub language: String,
    /// Free-form version of the deck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// A short description of the deck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who made the deck; printed and shown in the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<String>,
    /// The licence the deck is shared under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// The printed back of every card; by default the deck title on a plain back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<CardBack>,
    /// At least one category.
    pub categories: Vec<Category>,
    /// At least one card.
    pub cards: Vec<Card>,
}

/// What is printed on the back of every card of a deck.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardBack {
    /// The large title on the back.
    pub title: String,
    /// A smaller line under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Background colour, `#RRGGBB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// How the back is printed: `Office` (white with a coloured emblem, the default) or `Flood`
    /// (the colour over the whole card, for print shops).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<BackStyle>,
    /// The name of an icon of the bundled icon set drawn in the emblem (see `Category.icon`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// A picture (PNG) in the deck's folder drawn in the emblem of the office back and on the
    /// start sheet, such as `"logo.png"`; never a file outside the deck's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

/// How card backs are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub enum BackStyle {
    /// White with a coloured emblem and the title: light on ink, forgiving of a duplex shift.
    #[default]
    Office,
    /// The colour over the whole card and past its edges, for print shops.
    Flood,
}

/// A category of cards, usually one phase of the method.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Unique in the deck; `[a-z0-9-]+`.
    pub id: String,
    /// Printed in the card's colour band.
    pub name: String,
    /// The colour band, `#RRGGBB`.
    pub color: String,
    /// At most 3 characters, printed in the card's corner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// What the category is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of an icon of the bundled icon set (such as `"lightbulb"`), drawn in the card's
    /// band instead of the symbol; tells the categories apart in a black-and-white print.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// The back of this category's cards; by default the deck's `back`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back: Option<CardBack>,
}

/// One card: a method or a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Unique in the deck; `[a-z0-9-]+`.
    pub id: String,
    /// The id of one of the deck's categories.
    pub category: String,
    /// Non-empty, at most 80 characters.
    pub title: String,
    /// Non-empty; blank lines separate paragraphs.
    pub text: String,
    /// Questions printed as a list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// Suggested time in minutes, 1..=600.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// How many copies to print, 1..=100.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub copies: u32,
}

impl Card {
    /// The paragraphs of the card's text: blank lines separate them, single line breaks are
    /// spaces, and surrounding white space is dropped.
    pub fn paragraphs(&self) -> Vec<String> {
        paragraphs(&self.text)
    }
}

/// Splits text into paragraphs at blank lines, joining the lines of each with single spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

fn one() -> u32 {
    1
}

// Serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_one(n: &u32) -> bool {
    *n == 1
}

/// A workshop definition: roles, preparation and timed steps (`*.workshop.ron`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    /// Unique among loaded workshops; `[a-z0-9-]+`.
    pub id: String,
    /// Shown in the app and on the guide.
    pub title: String,
    /// BCP 47 language tag.
    pub language: String,
    /// The id of the deck that draws come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
    /// What the workshop is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The roles people take.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// A checklist shown before the start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preparation: Vec<String>,
    /// At least one step, in agenda order.
    pub steps: Vec<Step>,
}

impl Workshop {
    /// The planned length of the whole workshop in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }

    /// Every capture field of every step, in agenda order.
    pub fn fields(&self) -> impl Iterator<Item = (&Step, &Field)> {
        self.steps
            .iter()
            .flat_map(|s| s.capture.iter().map(move |f| (s, f)))
    }

    /// The fields of earlier steps that the step at `index` shows (its `show` list), each with
    /// the step it belongs to, in the order of the list. Ids that name no field of an earlier
    /// step (which validation reports) are left out, and so are repeats; a position past the end
    /// shows nothing.
    pub fn shown_fields(&self, index: usize) -> Vec<(&Step, &Field)> {
        let Some(step) = self.steps.get(index) else {
            return Vec::new();
        };
        let earlier = &self.steps[..index];
        let mut out: Vec<(&Step, &Field)> = Vec::new();
        for id in &step.show {
            let found = earlier
                .iter()
                .flat_map(|s| s.capture.iter().map(move |f| (s, f)))
                .find(|(_, f)| &f.id == id);
            if let Some(found) = found
                && !out.iter().any(|(_, f)| &f.id == id)
            {
                out.push(found);
            }
        }
        out
    }
}

/// A role in a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role's name, e.g. "Problemägare".
    pub name: String,
    /// What the role does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One time-boxed step of a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Unique in the workshop; `[a-z0-9-]+`.
    pub id: String,
    /// The step's title.
    pub title: String,
    /// The time box, 1..=600 minutes.
    pub minutes: u32,
    /// Shown to everyone, also on the projector.
    pub instructions: String,
    /// For the facilitator only; never shown on the projector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator_notes: Option<String>,
    /// Card draws the step offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draw: Option<Draw>,
    /// What the group writes down in this step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capture: Vec<Field>,
    /// A break: no draw and no capture; the projector shows a break screen with its end time.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pause: bool,
    /// Ids of fields of earlier steps that this step shows too (editing them here edits the
    /// same capture), in the order to show them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub show: Vec<String>,
}

// Serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// The card draws a step offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draw {
    /// Category ids to draw from; empty means the whole deck.
    #[serde(default)]
    pub categories: Vec<String>,
    /// How many cards one draw takes.
    #[serde(default = "one")]
    pub count: u32,
}

/// A capture field: something the group writes down.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique within the whole workshop; a session's captures are keyed by it.
    pub id: String,
    /// The label shown above the editor.
    pub label: String,
    /// What kind of value the field holds.
    pub kind: FieldKind,
}

/// The kind of a capture field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum FieldKind {
    /// Free text.
    Text,
    /// A list of short items, each of which can be marked as chosen.
    List,
    /// Rows of cells under the given column names.
    Table {
        /// At least one column; names unique.
        columns: Vec<String>,
    },
    /// Dot voting on the items of a list field: each item gets the dots the room gave it.
    Votes {
        /// The id of a `List` field of this step or an earlier one: its items are voted on.
        of: String,
        /// Dots each participant has, 1..=100.
        dots: u32,
    },
    /// A 2×2 matrix (such as effort against impact) the items of a list are placed on.
    Matrix {
        /// The id of a `List` or `Votes` field of this step or an earlier one: the list's items
        /// (of a `Votes` field: its chosen items, or all of them while none is chosen).
        of: String,
        /// The horizontal axis, low on the left, e.g. "Insats".
        x: String,
        /// The vertical axis, low at the bottom, e.g. "Nytta".
        y: String,
    },
}
