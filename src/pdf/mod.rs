//! Print-ready PDFs: card decks (sheets with crop marks, bleed, duplex or fold backs), a duplex
//! calibration sheet, and documents such as the facilitator guide.
//!
//! The flow is model → layout → render (as in typst): [`layout`] is pure sheet geometry,
//! [`face`] turns a card into positioned [`items::Item`]s, [`document`] flows blocks into pages,
//! and [`render`] (the only module that speaks printpdf) draws items into a PDF. The public face
//! for a deck is one function, [`export_deck`], and its options, [`PdfOptions`]; the app's print
//! preview draws the same [`SheetLayout`] and faces. This module never imports the interface.

use std::fmt;

use crate::model::Deck;

pub mod calibration;
pub mod document;
pub mod face;
pub mod guide;
pub mod items;
pub mod layout;
pub mod options;
pub mod render;
pub mod text;

pub use calibration::export_test_sheet;
pub use document::{Block, Document};
pub use guide::{GuideOptions, export_guide};
pub use layout::{PageKind, Placement, PointMm, Rect, Segment, SheetLayout, SheetPage, Slot};
pub use options::{
    BacksMode, CardSize, Offset, Paper, PdfOptions, parse_backs, parse_bleed, parse_card_size,
    parse_offset, parse_paper,
};

use face::{FaceContext, card_back, card_front, deck_back};
use items::{Color, Item, Stroke};
use render::{DocInfo, Duplex, Group, RenderPage};

/// Why an export failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    /// An option is out of range or does not fit (the message says which and what to do).
    #[error("{0}")]
    Option(String),
    /// In strict mode: the text of these cards does not fit even at the smallest size.
    #[error(
        "the text of {} card(s) does not fit even at the smallest size: {} (shorten the text or choose a larger card; without --strict the PDF is written with a warning)",
        .0.len(),
        .0.join(", ")
    )]
    Overflow(Vec<String>),
    /// The PDF could not be produced.
    #[error("could not make the PDF: {0}")]
    Render(String),
}

/// Something the user should know about an export that still succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The card's text does not fit even at the smallest size; its last line ends in "…".
    Overflow {
        /// The card's id.
        card: String,
    },
    /// An option that has no effect with the others chosen (such as `--offset` when there are
    /// no duplex backs to shift).
    NoEffect {
        /// The option, as on the command line.
        option: String,
        /// Why it does nothing.
        reason: String,
    },
    /// Characters that the embedded fonts cannot show (they print as empty boxes).
    MissingGlyphs {
        /// The card's id (or a description of the place).
        card: String,
        /// The characters.
        characters: String,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Overflow { card } => write!(
                f,
                "card `{card}`: the text does not fit even at the smallest size; it is cut with \"…\" (shorten it or choose a larger card)"
            ),
            Warning::NoEffect { option, reason } => {
                write!(f, "{option} has no effect: {reason}")
            }
            Warning::MissingGlyphs { card, characters } => write!(
                f,
                "card `{card}`: the font has no glyph for {characters:?}; they print as boxes"
            ),
        }
    }
}

/// A finished PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// What the user should know.
    pub warnings: Vec<Warning>,
    /// Pages in the PDF.
    pub pages: usize,
    /// Cards printed (copies included); 0 for documents.
    pub cards: usize,
    /// Sheets of paper to print on.
    pub sheets: usize,
}

/// The cards of a deck in print order, copies repeated.
pub fn printed_cards(deck: &Deck) -> Vec<&crate::model::Card> {
    deck.cards
        .iter()
        .flat_map(|c| std::iter::repeat_n(c, c.copies.max(1) as usize))
        .collect()
}

/// Exports `deck` as a print-ready PDF.
pub fn export_deck(deck: &Deck, options: &PdfOptions) -> Result<Export, PdfError> {
    let layout = SheetLayout::compute(options)?;
    let cards = printed_cards(deck);
    let total = cards.len();
    let mut warnings = Vec::new();
    if (options.offset.x != 0.0 || options.offset.y != 0.0)
        && matches!(options.backs, BacksMode::Fold | BacksMode::None)
    {
        warnings.push(Warning::NoEffect {
            option: format!("--offset {},{}", options.offset.x, options.offset.y),
            reason: format!(
                "it shifts duplex backs, and with --backs {} no back is printed on a separate page (use long-edge or short-edge)",
                options.backs
            ),
        });
    }
    let mut overflow = Vec::new();
    let mut fronts = Vec::with_capacity(total);
    let mut checked = std::collections::HashSet::new();
    for (i, card) in cards.iter().enumerate() {
        let category = deck.categories.iter().find(|c| c.id == card.category);
        let face = card_front(
            card,
            category,
            options.card,
            &FaceContext {
                deck_title: &deck.title,
                language: &deck.language,
                number: i + 1,
                total,
                bleed: options.bleed,
            },
        );
        if checked.insert(card.id.as_str()) {
            if !face.fits {
                overflow.push(card.id.clone());
                warnings.push(Warning::Overflow {
                    card: card.id.clone(),
                });
            }
            let all = format!(
                "{} {} {} {}",
                card.title,
                card.text,
                card.prompts.join(" "),
                category.map_or("", |c| c.name.as_str())
            );
            let missing = text::missing_glyphs(&all, text::FontFace::Condensed);
            if !missing.is_empty() {
                warnings.push(Warning::MissingGlyphs {
                    card: card.id.clone(),
                    characters: missing,
                });
            }
        }
        fronts.push(face.items);
    }
    if options.strict && !overflow.is_empty() {
        return Err(PdfError::Overflow(overflow));
    }
    let back = card_back(
        &deck_back(deck),
        &deck.language,
        options.card,
        options.bleed,
    );
    let english = is_english(&deck.language);
    let mut pages = Vec::new();
    for sheet in layout.pages(total) {
        let mut groups = Vec::new();
        for (index, slot) in &sheet.fronts {
            groups.push(Group {
                placement: slot.placement(),
                items: fronts[*index].clone(),
            });
        }
        if options.backs != BacksMode::None {
            for (_, slot) in &sheet.backs {
                groups.push(Group {
                    placement: slot.placement(),
                    items: back.clone(),
                });
            }
        }
        let mut marks: Vec<Item> = sheet
            .crop_marks
            .iter()
            .map(|m| Item::line(m.from, m.to, Stroke::solid(Color::BLACK, 0.2)))
            .collect();
        if let Some(fold) = sheet.fold_line {
            marks.push(Item::line(
                fold.from,
                fold.to,
                Stroke::dashed(Color::GREY, 0.25, 2.0, 1.5),
            ));
            let label = if english { "fold" } else { "vik" };
            let style = text::Style::new(text::FontFace::Condensed, 6.0);
            let vertical = (fold.from.x - fold.to.x).abs() < 0.01;
            let at = if vertical {
                PointMm::new(fold.from.x + 1.0, fold.from.y + 3.0)
            } else {
                PointMm::new(fold.from.x, fold.from.y - 1.0)
            };
            marks.push(Item::text(
                label,
                at.x,
                at.y,
                style,
                Color::GREY,
                items::Align::Left,
            ));
        }
        groups.push(Group {
            placement: Placement::SHEET,
            items: marks,
        });
        pages.push(RenderPage {
            width: layout.paper_width,
            height: layout.paper_height,
            groups,
        });
    }
    let duplex = match options.backs {
        BacksMode::LongEdge => Duplex::LongEdge,
        BacksMode::ShortEdge => Duplex::ShortEdge,
        BacksMode::Fold | BacksMode::None => Duplex::Simplex,
    };
    let info = DocInfo {
        title: deck.title.clone(),
        author: short_credits(deck),
        subject: deck_subject(total, options, english),
        duplex,
        language: deck.language.clone(),
        outline: Vec::new(),
    };
    let bytes = render::render(&pages, &info)?;
    Ok(Export {
        bytes,
        warnings,
        pages: pages.len(),
        cards: total,
        sheets: layout.sheets_for(total),
    })
}

/// The Author of a deck's PDF: its credits when they are short, else their first sentence,
/// shortened at a word to about 80 characters with "…" (a viewer shows Author on one line);
/// the deck's title when it has no credits.
pub(crate) fn short_credits(deck: &Deck) -> String {
    const SHORT: usize = 80;
    let Some(credits) = deck
        .credits
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return deck.title.clone();
    };
    let first = credits
        .split_inclusive(". ")
        .next()
        .unwrap_or(credits)
        .trim();
    let first = first.strip_suffix('.').unwrap_or(first);
    if first.chars().count() <= SHORT {
        return first.to_owned();
    }
    let mut out = String::new();
    for word in first.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > SHORT - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    format!("{out}…")
}

/// The Subject of a deck's PDF in the deck's language.
fn deck_subject(total: usize, options: &PdfOptions, english: bool) -> String {
    let paper = options.paper.name().to_uppercase();
    if english {
        return format!(
            "{total} cards, {}, {paper} paper, backs: {}",
            options.card, options.backs
        );
    }
    let backs = match options.backs {
        BacksMode::LongEdge => "dubbelsidigt, vänd längs långsidan",
        BacksMode::ShortEdge => "dubbelsidigt, vänd längs kortsidan",
        BacksMode::Fold => "vikta",
        BacksMode::None => "inga",
    };
    format!(
        "{total} kort, {}, {paper}-papper, baksidor: {backs}",
        options.card
    )
}

/// The workshop and deck languages' choice between Swedish and English labels.
pub(crate) fn is_english(language: &str) -> bool {
    language.to_ascii_lowercase().starts_with("en")
}
