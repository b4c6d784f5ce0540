//! Print-ready PDFs: card decks (sheets with crop marks, bleed, duplex or fold backs), a duplex
//! calibration sheet, and documents such as the facilitator guide.
//!
//! The flow is model → layout → render (as in typst): [`layout`] is pure sheet geometry,
//! [`face`] turns a card into positioned [`items::Item`]s, [`document`] flows blocks into pages,
//! and [`render`] (the only module that speaks printpdf) draws items into a PDF. The public face
//! for a deck is one function, [`export_deck`], and its options, [`PdfOptions`]; the app's print
//! preview draws the same [`SheetLayout`] and faces. This module never imports the interface.

use std::fmt;

use crate::i18n::{Key, Language};
use crate::model::Deck;

pub mod calibration;
pub mod document;
pub mod extras;
pub mod face;
pub mod guide;
pub mod items;
pub mod layout;
pub mod logo;
pub mod options;
pub mod render;
pub mod text;

pub use calibration::export_test_sheet;
pub use document::{Block, Document};
pub use guide::{GuideOptions, export_guide};
pub use layout::{PageKind, Placement, PointMm, Rect, Segment, SheetLayout, SheetPage, Slot};
pub use options::{
    BackStyle, BacksMode, CardSize, Ink, Offset, Paper, PdfOptions, parse_back_style, parse_backs,
    parse_bleed, parse_card_size, parse_ink, parse_offset, parse_paper,
};
pub use options::{back_style_name, back_style_words};

use face::{BackContext, FaceContext, card_back, card_front, deck_back};
use items::{Color, Item, Stroke};
pub use render::{DocInfo, Duplex, Group, RenderPage};

/// Why an export failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    /// An option is out of range or does not fit (the message says which and what to do).
    #[error("{0}")]
    Option(crate::i18n::Message),
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

impl PdfError {
    /// The error as a catalogue message with its values.
    pub fn into_message(self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            PdfError::Option(message) => message,
            PdfError::Overflow(cards) => Message::new(Key::ErrPdfOverflow)
                .with("n", cards.len())
                .with("cards", cards.join(", ")),
            // The library's words are in English: shown only with INNOVATIONSLEK_DEBUG (the CLI).
            PdfError::Render(_) => Message::new(Key::ErrPdfRender),
        }
    }
}

impl crate::i18n::Localized for PdfError {
    fn message(&self, language: Language) -> String {
        self.clone().into_message().message(language)
    }
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
        /// The backs chosen, with which it does nothing.
        backs: BacksMode,
    },
    /// Characters that the embedded fonts cannot show (they print as empty boxes).
    MissingGlyphs {
        /// The card's id (or a description of the place).
        card: String,
        /// The characters.
        characters: String,
    },
    /// Flood backs of different colours sit side by side without bleed: a duplex shift shows a
    /// sliver of the neighbour's colour at the shared cuts.
    NeighbouringBacks,
    /// The deck's logo could not be used (the message says why); the deck is printed without.
    Logo(crate::i18n::Message),
}

impl Warning {
    /// What the user reads, in `language` (the interface's language, not the deck's).
    pub fn message(&self, language: Language) -> String {
        match self {
            Warning::Overflow { card } => language.fmt(Key::WarnOverflow, &[("card", card)]),
            Warning::NoEffect { option, backs } => {
                language.fmt(Key::WarnNoEffect, &[("option", option), ("backs", backs)])
            }
            Warning::MissingGlyphs { card, characters } => language.fmt(
                Key::WarnMissingGlyphs,
                &[("card", card), ("characters", &format!("{characters:?}"))],
            ),
            Warning::Logo(message) => language.fmt(
                Key::WarnLogo,
                &[(
                    "message",
                    &crate::i18n::Localized::message(message, language),
                )],
            ),
            Warning::NeighbouringBacks => language.tr(Key::WarnNeighbouringBacks).into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::English))
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
    /// Cards of the deck printed (copies included, the legend and credits cards not); 0 for
    /// documents.
    pub cards: usize,
    /// Sheets of paper to print on (the start sheet included).
    pub sheets: usize,
}

/// The cards of a deck in print order, copies repeated.
pub fn printed_cards(deck: &Deck) -> Vec<&crate::model::Card> {
    deck.cards
        .iter()
        .flat_map(|c| std::iter::repeat_n(c, c.copies.max(1) as usize))
        .collect()
}

/// One printed card face: a card of the deck, or one of the extras.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Printed<'a> {
    /// A legend card (the categories), first: its number and how many there are (more than
    /// one when the categories do not fit one card of the size chosen).
    Legend(usize, usize),
    /// A card of the deck, with its number among the deck's printed cards (from 1).
    Card(&'a crate::model::Card, usize),
    /// The credits card (who made it, the licence), last.
    Credits,
}

/// Every printed face in print order: with the extras, the legend cards first and the
/// credits card last around the deck's cards (copies repeated).
pub fn printed_faces<'a>(deck: &'a Deck, options: &PdfOptions) -> Vec<Printed<'a>> {
    let extras = options.extras;
    let cards = printed_cards(deck);
    let mut out = Vec::with_capacity(cards.len() + 3);
    if extras {
        let legends = extras::legend_count(deck, options.card, options.bleed, options.ink);
        out.extend((1..=legends).map(|i| Printed::Legend(i, legends)));
    }
    out.extend(
        cards
            .into_iter()
            .enumerate()
            .map(|(i, c)| Printed::Card(c, i + 1)),
    );
    if extras {
        out.push(Printed::Credits);
    }
    out
}

/// The faces of a deck laid out for printing: every printed front, and the backs (one per
/// distinct back) with which back each printed face gets.
#[derive(Debug, Clone)]
pub struct DeckFaces {
    /// The front items of each printed face, in print order.
    pub fronts: Vec<Vec<Item>>,
    /// Whether each printed face's text fits.
    pub fits: Vec<bool>,
    /// The distinct backs: items and the colour of a flood back.
    pub backs: Vec<(Vec<Item>, Option<Color>)>,
    /// For each printed face, the index of its back in [`DeckFaces::backs`].
    pub back_of: Vec<usize>,
    /// The back style used.
    pub back_style: BackStyle,
}

/// The back style for `deck` with `options`: the option, else the deck's `back.style`, else
/// the office back.
pub fn back_style(deck: &Deck, options: &PdfOptions) -> BackStyle {
    options
        .back_style
        .or_else(|| deck.back.as_ref().and_then(|b| b.style))
        .unwrap_or_default()
}

/// Lays out every printed face of `deck` for `options` (or only the faces `only` names, by
/// printed index, leaving the others empty: the print preview lays out one sheet).
pub fn deck_faces(deck: &Deck, options: &PdfOptions, only: Option<&[usize]>) -> DeckFaces {
    let faces = printed_faces(deck, options);
    let total = faces
        .iter()
        .filter(|f| matches!(f, Printed::Card(..)))
        .count();
    let style = back_style(deck, options);
    let mut backs: Vec<(crate::model::CardBack, Option<crate::icons::Icon>)> = Vec::new();
    let mut back_of = Vec::with_capacity(faces.len());
    let mut fronts = Vec::with_capacity(faces.len());
    let mut fits = Vec::with_capacity(faces.len());
    let mut legends = if options.extras {
        extras::legend_fronts(deck, options.card, options.bleed, options.ink)
    } else {
        Vec::new()
    }
    .into_iter();
    for (i, printed) in faces.iter().enumerate() {
        let category = match printed {
            Printed::Card(card, _) => deck.categories.iter().find(|c| c.id == card.category),
            _ => None,
        };
        // A category's own back shows its icon; the deck's back is the same for every card.
        let key = match category.filter(|c| c.back.is_some()) {
            Some(c) => (
                face::category_back(deck, Some(c)),
                c.icon.as_deref().and_then(crate::icons::Icon::named),
            ),
            None => (deck_back(deck), None),
        };
        let index = backs.iter().position(|b| *b == key).unwrap_or_else(|| {
            backs.push(key);
            backs.len() - 1
        });
        back_of.push(index);
        if only.is_some_and(|o| !o.contains(&i)) {
            if matches!(printed, Printed::Legend(..)) {
                legends.next();
            }
            fronts.push(Vec::new());
            fits.push(true);
            continue;
        }
        match printed {
            Printed::Card(card, number) => {
                let f = card_front(
                    card,
                    category,
                    options.card,
                    &FaceContext {
                        deck_title: &deck.title,
                        language: &deck.language,
                        number: *number,
                        total,
                        bleed: options.bleed,
                        ink: options.ink,
                    },
                );
                fits.push(f.fits);
                fronts.push(f.items);
            }
            Printed::Legend(..) => {
                fits.push(true);
                fronts.push(legends.next().unwrap_or_default());
            }
            Printed::Credits => {
                fits.push(true);
                fronts.push(extras::credits_front(
                    deck,
                    options.card,
                    options.bleed,
                    options.ink,
                ));
            }
        }
    }
    let backs = backs
        .iter()
        .map(|(back, icon)| {
            let items = card_back(
                back,
                &BackContext {
                    language: &deck.language,
                    size: options.card,
                    bleed: options.bleed,
                    style,
                    ink: options.ink,
                    icon: *icon,
                    logo: options.logo.as_ref(),
                },
            );
            let flood = (style == BackStyle::Flood).then(|| face::back_color(back));
            (items, flood)
        })
        .collect();
    DeckFaces {
        fronts,
        fits,
        backs,
        back_of,
        back_style: style,
    }
}

/// The flood colour past the cut on a back page: for each back, its slot grown by
/// [`face::BACK_REACH_MM`] (or the bleed, if larger) on every side that no other back on the
/// page touches, and by the bleed on the sides it shares, so that a duplex shift shows no
/// white sliver and no colour spills onto a neighbour.
pub fn back_underlays(backs: &[(Slot, Color)], bleed: f32) -> Vec<Item> {
    let reach = face::BACK_REACH_MM.max(bleed);
    let touches = |a: &Rect, b: &Rect, side: u8| -> bool {
        let e = 0.01;
        let overlap_y = a.y < b.bottom() - e && b.y < a.bottom() - e;
        let overlap_x = a.x < b.right() - e && b.x < a.right() - e;
        let gap = 2.0 * bleed + e;
        match side {
            0 => overlap_x && (a.y - b.bottom()).abs() <= gap,
            1 => overlap_y && (b.x - a.right()).abs() <= gap,
            2 => overlap_x && (b.y - a.bottom()).abs() <= gap,
            _ => overlap_y && (a.x - b.right()).abs() <= gap,
        }
    };
    backs
        .iter()
        .enumerate()
        .map(|(i, (slot, color))| {
            let r = slot.rect;
            let grow = |side: u8| {
                let shared = backs
                    .iter()
                    .enumerate()
                    .any(|(j, (o, _))| j != i && touches(&r, &o.rect, side));
                if shared { bleed } else { reach }
            };
            let (top, right, bottom, left) = (grow(0), grow(1), grow(2), grow(3));
            Item::fill(
                Rect::new(
                    r.x - left,
                    r.y - top,
                    r.width + left + right,
                    r.height + top + bottom,
                ),
                *color,
            )
        })
        .collect()
}

/// A deck laid out on pages, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckPages {
    /// Every page, in print order, in sheet space.
    pub pages: Vec<RenderPage>,
    /// What the user should know.
    pub warnings: Vec<Warning>,
    /// The document information.
    pub info: DocInfo,
    /// Cards of the deck printed (copies included).
    pub cards: usize,
    /// Sheets of paper.
    pub sheets: usize,
}

/// Exports `deck` as a print-ready PDF.
pub fn export_deck(deck: &Deck, options: &PdfOptions) -> Result<Export, PdfError> {
    let laid = deck_pages(deck, options)?;
    let bytes = render::render(&laid.pages, &laid.info)?;
    Ok(Export {
        bytes,
        warnings: laid.warnings,
        pages: laid.pages.len(),
        cards: laid.cards,
        sheets: laid.sheets,
    })
}

/// Lays out `deck` on pages for `options`: the start sheet, then each sheet's fronts and backs
/// with crop marks, the fold line, the label and the scale bar.
pub fn deck_pages(deck: &Deck, options: &PdfOptions) -> Result<DeckPages, PdfError> {
    let layout = SheetLayout::compute(options)?;
    let faces = printed_faces(deck, options);
    let total = faces.len();
    let cards_total = faces
        .iter()
        .filter(|f| matches!(f, Printed::Card(..)))
        .count();
    let mut warnings = Vec::new();
    if (options.offset.x != 0.0 || options.offset.y != 0.0)
        && matches!(options.backs, BacksMode::Fold | BacksMode::None)
    {
        warnings.push(Warning::NoEffect {
            option: format!("--offset {},{}", options.offset.x, options.offset.y),
            backs: options.backs,
        });
    }
    let mut overflow = Vec::new();
    let laid = deck_faces(deck, options, None);
    let mut checked = std::collections::HashSet::new();
    for (i, printed) in faces.iter().enumerate() {
        let Printed::Card(card, _) = printed else {
            continue;
        };
        let category = deck.categories.iter().find(|c| c.id == card.category);
        if checked.insert(card.id.as_str()) {
            if !laid.fits[i] {
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
    }
    if options.strict && !overflow.is_empty() {
        return Err(PdfError::Overflow(overflow));
    }
    let distinct_floods = laid
        .backs
        .iter()
        .filter_map(|(_, c)| *c)
        .collect::<std::collections::HashSet<_>>()
        .len();
    if distinct_floods > 1
        && options.bleed < face::BACK_REACH_MM
        && options.backs != BacksMode::None
    {
        warnings.push(Warning::NeighbouringBacks);
    }
    let language = Language::for_content(&deck.language);
    let card_sheets = layout.sheets_for(total);
    let duplex = matches!(options.backs, BacksMode::LongEdge | BacksMode::ShortEdge);
    let start = start_pages(deck, &layout, options, &faces);
    let start_sheets = if duplex {
        start.len().div_ceil(2)
    } else {
        start.len()
    };
    let sheets = card_sheets + start_sheets;
    let start_rect = Rect::new(
        15.0,
        15.0,
        layout.paper_width - 30.0,
        layout.paper_height - 30.0,
    );
    let mut pages = Vec::new();
    let label = |sheet: usize, side: extras::Side| {
        extras::sheet_label(
            &deck.title,
            &deck.language,
            sheet,
            sheets,
            side,
            options.backs,
        )
    };
    let footer = |text: &str, occupied: Option<Rect>| -> Vec<Group> {
        let occupied = occupied.unwrap_or(Rect::new(
            layout.paper_width / 2.0,
            layout.paper_height / 2.0,
            0.0,
            0.0,
        ));
        extras::sheet_footer(text, layout.paper_width, layout.paper_height, occupied)
            .into_iter()
            .map(|(placement, items)| Group { placement, items })
            .collect()
    };
    for (i, items) in start.into_iter().enumerate() {
        let (sheet, side) = if duplex {
            (
                i / 2 + 1,
                if i % 2 == 0 {
                    extras::Side::Front
                } else {
                    extras::Side::Back
                },
            )
        } else {
            (i + 1, extras::Side::Front)
        };
        let mut groups = vec![Group {
            placement: Placement::SHEET,
            items,
        }];
        groups.extend(footer(&label(sheet, side), Some(start_rect)));
        pages.push(RenderPage {
            width: layout.paper_width,
            height: layout.paper_height,
            groups,
        });
    }
    for (page_index, sheet) in layout.pages(total).into_iter().enumerate() {
        let sheet_no = start_sheets + page_index / if duplex { 2 } else { 1 } + 1;
        let mut groups = Vec::new();
        for (index, slot) in &sheet.fronts {
            groups.push(Group {
                placement: slot.placement(),
                items: laid.fronts[*index].clone(),
            });
        }
        let mut occupied: Vec<Rect> = sheet
            .fronts
            .iter()
            .map(|(_, s)| s.bleed_rect(options.bleed))
            .collect();
        if options.backs != BacksMode::None {
            let floods: Vec<(Slot, Color)> = sheet
                .backs
                .iter()
                .filter_map(|(i, slot)| laid.backs[laid.back_of[*i]].1.map(|c| (*slot, c)))
                .collect();
            let underlays = back_underlays(&floods, options.bleed);
            occupied.extend(underlays.iter().filter_map(|i| match i {
                Item::Rect { rect, .. } => Some(*rect),
                _ => None,
            }));
            occupied.extend(sheet.backs.iter().map(|(_, s)| s.bleed_rect(options.bleed)));
            groups.push(Group {
                placement: Placement::SHEET,
                items: underlays,
            });
            for (index, slot) in &sheet.backs {
                groups.push(Group {
                    placement: slot.placement(),
                    items: laid.backs[laid.back_of[*index]].0.clone(),
                });
            }
        }
        let mut marks: Vec<Item> = sheet
            .crop_marks
            .iter()
            .map(|m| Item::line(m.from, m.to, Stroke::solid(Color::BLACK, 0.2)))
            .collect();
        // The fold line runs the whole sheet; the label may cross it.
        let segments = sheet.crop_marks.clone();
        if let Some(fold) = sheet.fold_line {
            marks.push(Item::line(
                fold.from,
                fold.to,
                Stroke::dashed(Color::GREY, 0.25, 2.0, 1.5),
            ));
            let label = language.tr(Key::FoldLabel).as_str();
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
        let side = if sheet.kind == PageKind::Backs {
            extras::Side::Back
        } else {
            extras::Side::Front
        };
        groups.extend(footer(
            &label(sheet_no, side),
            extras::bounds(&occupied, &segments),
        ));
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
        subject: deck_subject(cards_total, options, language),
        duplex,
        language: deck.language.clone(),
        outline: Vec::new(),
    };
    Ok(DeckPages {
        pages,
        warnings,
        info,
        cards: cards_total,
        sheets,
    })
}

/// The start sheet's pages in sheet space (none without the extras): the first page, the
/// checklist's continuation pages, and in duplex a back page that says it is empty on purpose
/// when the pages are odd in number (so the cards start on a sheet of their own).
fn start_pages(
    deck: &Deck,
    layout: &SheetLayout,
    options: &PdfOptions,
    faces: &[Printed<'_>],
) -> Vec<Vec<Item>> {
    if !options.extras {
        return Vec::new();
    }
    let (legend, credits) = extras::extra_titles(&deck.language);
    let entries: Vec<extras::ChecklistEntry<'_>> = faces
        .iter()
        .map(|f| match f {
            Printed::Card(card, n) => extras::ChecklistEntry {
                number: Some(*n),
                title: card.title.clone(),
                category: deck.categories.iter().find(|c| c.id == card.category),
            },
            Printed::Legend(part, parts) => extras::ChecklistEntry {
                number: None,
                title: if *parts > 1 {
                    format!("{legend} {part}/{parts}")
                } else {
                    legend.to_owned()
                },
                category: None,
            },
            Printed::Credits => extras::ChecklistEntry {
                number: None,
                title: credits.to_owned(),
                category: None,
            },
        })
        .collect();
    let mut pages = extras::start_sheet(deck, layout, options, &entries);
    let duplex = matches!(options.backs, BacksMode::LongEdge | BacksMode::ShortEdge);
    if duplex && pages.len() % 2 == 1 {
        let l = extras::labels(&deck.language);
        let style = text::Style::new(text::FontFace::Sans, 9.0);
        pages.push(vec![Item::text(
            extras::start_back_text(l),
            layout.paper_width / 2.0,
            layout.paper_height / 2.0,
            style,
            Color::GREY,
            items::Align::Center,
        )]);
    }
    pages
}

/// How many PDF pages a deck export has: the start sheet's pages (with a back in duplex) and
/// the card sheets.
pub fn pages_for(deck: &Deck, layout: &SheetLayout, options: &PdfOptions) -> usize {
    let faces = printed_faces(deck, options);
    start_pages(deck, layout, options, &faces).len() + layout.pages_for(faces.len())
}

/// How many sheets of paper a deck export takes: the start sheet's and the cards'.
pub fn sheets_for(deck: &Deck, layout: &SheetLayout, options: &PdfOptions) -> usize {
    let faces = printed_faces(deck, options);
    let start = start_pages(deck, layout, options, &faces).len();
    let start = match options.backs {
        BacksMode::LongEdge | BacksMode::ShortEdge => start.div_ceil(2),
        BacksMode::Fold | BacksMode::None => start,
    };
    start + layout.sheets_for(faces.len())
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
fn deck_subject(total: usize, options: &PdfOptions, language: Language) -> String {
    let backs = language.tr(match options.backs {
        BacksMode::LongEdge => Key::BacksSubjectLongEdge,
        BacksMode::ShortEdge => Key::BacksSubjectShortEdge,
        BacksMode::Fold => Key::BacksSubjectFold,
        BacksMode::None => Key::BacksSubjectNone,
    });
    language.fmt(
        Key::DeckSubject,
        &[
            ("total", &total),
            (
                "card",
                &crate::i18n::Localized::message(&options.card.message(), language),
            ),
            ("paper", &options.paper.label()),
            ("backs", &backs),
        ],
    )
}
