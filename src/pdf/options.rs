//! The print options of a deck export ([`PdfOptions`]) and the parsers for the strings people type
//! on the command line (`"a4"`, `"poker"`, `"60x90"`, `"1.5,-0.5"`).
//!
//! This module owns the names and limits of papers, card sizes, bleed and back modes; it does not
//! compute where anything goes (that is [`super::layout`]).

use std::fmt;

use super::PdfError;
use crate::i18n::{Key, Message};
pub use crate::model::BackStyle;

/// The smallest margin between the paper's edge and anything printed, in mm.
pub const MIN_MARGIN_MM: f32 = 5.0;
/// The largest bleed, in mm.
pub const MAX_BLEED_MM: f32 = 5.0;
/// The smallest side of a custom card, in mm.
pub const MIN_CARD_MM: f32 = 20.0;
/// The largest side of a custom card, in mm.
pub const MAX_CARD_MM: f32 = 300.0;
/// The largest back offset on either axis, in mm.
pub const MAX_OFFSET_MM: f32 = 20.0;

/// A paper size. Sheets are laid out in portrait; cards turn when that fits more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// ISO A3, 297 × 420 mm.
    A3,
    /// US Letter, 215.9 × 279.4 mm.
    Letter,
}

impl Paper {
    /// Width and height in mm, portrait.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::A3 => (297.0, 420.0),
            Paper::Letter => (215.9, 279.4),
        }
    }

    /// The name as typed on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
            Paper::Letter => "letter",
        }
    }

    /// The size's name as people write it (the same in both languages): `A4`, `A3`, `Letter`.
    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::Letter => "Letter",
        }
    }

    /// Every paper size.
    pub const ALL: [Paper; 3] = [Paper::A4, Paper::A3, Paper::Letter];
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The size of one card (the trimmed card, without bleed), in mm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardSize {
    /// Width in mm.
    pub width: f32,
    /// Height in mm.
    pub height: f32,
}

impl CardSize {
    /// Poker, 63 × 88 mm (the default).
    pub const POKER: CardSize = CardSize::new(63.0, 88.0);
    /// Bridge, 57 × 89 mm.
    pub const BRIDGE: CardSize = CardSize::new(57.0, 89.0);
    /// Tarot, 70 × 120 mm.
    pub const TAROT: CardSize = CardSize::new(70.0, 120.0);
    /// Mini, 44 × 63 mm.
    pub const MINI: CardSize = CardSize::new(44.0, 63.0);
    /// Square, 70 × 70 mm.
    pub const SQUARE: CardSize = CardSize::new(70.0, 70.0);
    /// A7, 74 × 105 mm.
    pub const A7: CardSize = CardSize::new(74.0, 105.0);

    /// The named presets, as typed on the command line.
    pub const PRESETS: [(&'static str, CardSize); 6] = [
        ("poker", CardSize::POKER),
        ("bridge", CardSize::BRIDGE),
        ("tarot", CardSize::TAROT),
        ("mini", CardSize::MINI),
        ("square", CardSize::SQUARE),
        ("a7", CardSize::A7),
    ];

    /// A card of `width` × `height` mm.
    pub const fn new(width: f32, height: f32) -> CardSize {
        CardSize { width, height }
    }
}

impl CardSize {
    /// The size for a message: the preset's name and its size, or the size, in mm with the
    /// language's decimals ("60,5×90 mm" in Swedish; [`fmt::Display`] writes "60.5×90 mm").
    pub fn message(&self) -> Message {
        match CardSize::PRESETS.iter().find(|(_, s)| s == self) {
            Some((name, s)) => Message::new(Key::CardSizeNamed)
                .with("name", name)
                .with("width", s.width)
                .with("height", s.height),
            None => Message::new(Key::CardSizeMm)
                .with("width", self.width)
                .with("height", self.height),
        }
    }
}

impl Default for CardSize {
    fn default() -> Self {
        CardSize::POKER
    }
}

impl fmt::Display for CardSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match CardSize::PRESETS.iter().find(|(_, s)| s == self) {
            Some((name, s)) => write!(f, "{name} ({}×{} mm)", s.width, s.height),
            None => write!(f, "{}×{} mm", self.width, self.height),
        }
    }
}

/// Where the backs of the cards go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BacksMode {
    /// Duplex, flipped on the long edge: every front page is followed by a back page with the
    /// columns mirrored (the default; what most office printers do).
    #[default]
    LongEdge,
    /// Duplex, flipped on the short edge: back pages with the rows mirrored (and the backs turned
    /// half a turn, so that they are upright when a card is turned like a page of a book).
    ShortEdge,
    /// Fronts and backs on the same page on either side of a fold line; fold, glue, cut.
    Fold,
    /// Fronts only.
    None,
}

impl BacksMode {
    /// The name as typed on the command line.
    pub fn name(self) -> &'static str {
        match self {
            BacksMode::LongEdge => "long-edge",
            BacksMode::ShortEdge => "short-edge",
            BacksMode::Fold => "fold",
            BacksMode::None => "none",
        }
    }

    /// Every mode.
    pub const ALL: [BacksMode; 4] = [
        BacksMode::LongEdge,
        BacksMode::ShortEdge,
        BacksMode::Fold,
        BacksMode::None,
    ];
}

impl fmt::Display for BacksMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How much ink the cards use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ink {
    /// Colour bands on the fronts and the chosen back style (the default).
    #[default]
    Full,
    /// Outlines instead of colour areas, on the fronts and the office back: for printers low on
    /// toner, thin paper or many copies. A flood back stays a flood.
    Low,
}

impl Ink {
    /// The name as typed on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Ink::Full => "full",
            Ink::Low => "low",
        }
    }

    /// Every mode.
    pub const ALL: [Ink; 2] = [Ink::Full, Ink::Low];
}

impl fmt::Display for Ink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A back style in words, in the sentence's language ("vit med emblem", "white with an emblem").
pub fn back_style_words(style: BackStyle) -> crate::i18n::Message {
    crate::i18n::Message::new(match style {
        BackStyle::Office => crate::i18n::Key::BackStyleOfficeWords,
        BackStyle::Flood => crate::i18n::Key::BackStyleFloodWords,
    })
}

/// The name of a back style as typed on the command line.
pub fn back_style_name(style: BackStyle) -> &'static str {
    match style {
        BackStyle::Office => "office",
        BackStyle::Flood => "flood",
    }
}

/// A shift of the backs in mm, to correct a duplex printer: positive `x` moves the backs to the
/// right and positive `y` down, as seen on the back page itself. The calibration sheet
/// (`export --test-sheet`) prints a scale that gives these numbers directly.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Offset {
    /// Right, in mm.
    pub x: f32,
    /// Down, in mm.
    pub y: f32,
}

impl Offset {
    /// The shift in words, with the language's numbers: `X 1,5 mm, Y −0,5 mm` in Swedish
    /// (`1,5,-0,5` would read as three numbers), `X 1.5 mm, Y -0.5 mm` in English.
    pub fn message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(crate::i18n::Key::OffsetXy)
            .with("x", self.x)
            .with("y", self.y)
    }
}

/// Everything that decides how a deck is printed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PdfOptions {
    /// The paper.
    pub paper: Paper,
    /// The trimmed card size.
    pub card: CardSize,
    /// Bleed around each card in mm (0 to 5): the colour areas reach this far past the cut.
    pub bleed: f32,
    /// Where the backs go.
    pub backs: BacksMode,
    /// Whether crop marks are printed.
    pub crop_marks: bool,
    /// Shift of the backs, to correct a printer.
    pub offset: Offset,
    /// Whether a card whose text does not fit is an error (and nothing is written).
    pub strict: bool,
    /// The back style; `None` takes the deck's (`back.style`), else the office back.
    pub back_style: Option<BackStyle>,
    /// How much ink the fronts and the office back use.
    pub ink: Ink,
    /// Whether the start sheet, the legend card and the credits card are printed.
    pub extras: bool,
    /// The deck's logo (`back.logo`), read from the deck's folder by [`super::logo::load`];
    /// drawn in the office back's emblem and on the start sheet.
    pub logo: Option<std::sync::Arc<super::logo::Logo>>,
}

impl PdfOptions {
    /// The defaults: A4, poker cards, no bleed, long-edge duplex, crop marks, no offset, the
    /// deck's back style, full ink, with the start sheet, legend and credits cards.
    pub fn new() -> PdfOptions {
        PdfOptions {
            crop_marks: true,
            extras: true,
            ..PdfOptions::default()
        }
    }

    /// Checks the numbers a user can get wrong (card size, bleed, offset); the paper fit is
    /// checked by the layout.
    pub fn validate(&self) -> Result<(), PdfError> {
        let CardSize { width, height } = self.card;
        let in_range = |v: f32| v.is_finite() && (MIN_CARD_MM..=MAX_CARD_MM).contains(&v);
        if !in_range(width) || !in_range(height) {
            return Err(PdfError::Option(
                Message::new(Key::OptCardRange)
                    .with("width", width)
                    .with("height", height)
                    .with("min", MIN_CARD_MM)
                    .with("max", MAX_CARD_MM),
            ));
        }
        if !self.bleed.is_finite() || !(0.0..=MAX_BLEED_MM).contains(&self.bleed) {
            return Err(PdfError::Option(
                Message::new(Key::OptBleedRange)
                    .with("bleed", self.bleed)
                    .with("max", MAX_BLEED_MM),
            ));
        }
        let Offset { x, y } = self.offset;
        let ok = |v: f32| v.is_finite() && v.abs() <= MAX_OFFSET_MM;
        if !ok(x) || !ok(y) {
            return Err(PdfError::Option(
                Message::new(Key::OptOffsetRange)
                    .part("offset", self.offset.message())
                    .with("max", MAX_OFFSET_MM),
            ));
        }
        Ok(())
    }
}

/// Parses a paper name: `a4`, `a3` or `letter` (any case).
pub fn parse_paper(text: &str) -> Result<Paper, PdfError> {
    let t = text.trim().to_ascii_lowercase();
    Paper::ALL
        .into_iter()
        .find(|p| p.name() == t)
        .ok_or_else(|| PdfError::Option(Message::new(Key::OptUnknownPaper).with("text", text)))
}

/// Parses a card size: a preset name (`poker`, `bridge`, `tarot`, `mini`, `square`, `a7`) or
/// `WxH` in mm (`60x90`, `63.5x88`; `×` and `X` work too).
pub fn parse_card_size(text: &str) -> Result<CardSize, PdfError> {
    let t = text.trim().to_ascii_lowercase();
    if let Some((_, size)) = CardSize::PRESETS.iter().find(|(name, _)| *name == t) {
        return Ok(*size);
    }
    let names = CardSize::PRESETS
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ");
    let bad = || {
        PdfError::Option(
            Message::new(Key::OptUnknownCard)
                .with("text", text)
                .with("names", &names),
        )
    };
    let (w, h) = t.split_once(['x', '×']).ok_or_else(bad)?;
    let w: f32 = w.trim().parse().map_err(|_| bad())?;
    let h: f32 = h.trim().parse().map_err(|_| bad())?;
    let size = CardSize::new(w, h);
    PdfOptions {
        card: size,
        ..PdfOptions::new()
    }
    .validate()?;
    Ok(size)
}

/// Parses a back mode: `long-edge`, `short-edge`, `fold` or `none`.
pub fn parse_backs(text: &str) -> Result<BacksMode, PdfError> {
    let t = text.trim().to_ascii_lowercase();
    BacksMode::ALL
        .into_iter()
        .find(|m| m.name() == t)
        .ok_or_else(|| PdfError::Option(Message::new(Key::OptUnknownBacks).with("text", text)))
}

/// Parses a back style: `office` or `flood`.
pub fn parse_back_style(text: &str) -> Result<BackStyle, PdfError> {
    let t = text.trim().to_ascii_lowercase();
    [BackStyle::Office, BackStyle::Flood]
        .into_iter()
        .find(|s| back_style_name(*s) == t)
        .ok_or_else(|| PdfError::Option(Message::new(Key::OptUnknownBackStyle).with("text", text)))
}

/// Parses an ink mode: `full` or `low`.
pub fn parse_ink(text: &str) -> Result<Ink, PdfError> {
    let t = text.trim().to_ascii_lowercase();
    Ink::ALL
        .into_iter()
        .find(|i| i.name() == t)
        .ok_or_else(|| PdfError::Option(Message::new(Key::OptUnknownInk).with("text", text)))
}

/// Parses a back offset `X,Y` in mm, such as `1.5,-0.5`.
pub fn parse_offset(text: &str) -> Result<Offset, PdfError> {
    let bad = || PdfError::Option(Message::new(Key::OptOffsetSyntax).with("text", text));
    let (x, y) = text.split_once(',').ok_or_else(bad)?;
    let x: f32 = x.trim().parse().map_err(|_| bad())?;
    let y: f32 = y.trim().parse().map_err(|_| bad())?;
    let offset = Offset { x, y };
    PdfOptions {
        offset,
        ..PdfOptions::new()
    }
    .validate()?;
    Ok(offset)
}

/// Parses a bleed in mm (0 to 5).
pub fn parse_bleed(text: &str) -> Result<f32, PdfError> {
    let bleed: f32 = text.trim().parse().map_err(|_| {
        PdfError::Option(
            Message::new(Key::OptBleedSyntax)
                .with("text", text)
                .with("max", MAX_BLEED_MM),
        )
    })?;
    PdfOptions {
        bleed,
        ..PdfOptions::new()
    }
    .validate()?;
    Ok(bleed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Localized};

    #[test]
    fn a_card_size_has_the_languages_decimals() {
        let odd = CardSize::new(60.5, 90.0).message();
        assert_eq!(odd.message(Language::Swedish), "60,5×90 mm");
        assert_eq!(odd.message(Language::English), "60.5×90 mm");
        assert_eq!(
            CardSize::POKER.message().message(Language::Swedish),
            "poker (63×88 mm)"
        );
        assert_eq!(
            CardSize::TAROT.message().message(Language::Swedish),
            CardSize::TAROT.to_string().replace('.', ",")
        );
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_paper("A4").expect("a4"), Paper::A4);
        assert_eq!(parse_paper("letter").expect("letter"), Paper::Letter);
        assert_eq!(parse_card_size("poker").expect("poker"), CardSize::POKER);
        assert_eq!(
            parse_card_size("60x90").expect("custom"),
            CardSize::new(60.0, 90.0)
        );
        assert_eq!(
            parse_card_size("63.5×88").expect("custom"),
            CardSize::new(63.5, 88.0)
        );
        assert_eq!(parse_backs("fold").expect("fold"), BacksMode::Fold);
        assert_eq!(
            parse_offset("1.5,-0.5").expect("offset"),
            Offset { x: 1.5, y: -0.5 }
        );
        assert_eq!(parse_bleed("3").expect("bleed"), 3.0);
        assert_eq!(parse_back_style("Flood").expect("flood"), BackStyle::Flood);
        assert_eq!(parse_ink("low").expect("low"), Ink::Low);
        let e = parse_back_style("navy").expect_err("style").to_string();
        assert!(e.contains("office") && e.contains("flood"), "{e}");
        let e = parse_ink("none").expect_err("ink").to_string();
        assert!(e.contains("full") && e.contains("low"), "{e}");
    }

    #[test]
    fn bad_values_say_what_to_do() {
        let e = parse_paper("a5").expect_err("a5").to_string();
        assert!(e.contains("use a4, a3 or letter"), "{e}");
        let e = parse_card_size("0x0").expect_err("0x0").to_string();
        assert!(e.contains("20–300 mm"), "{e}");
        let e = parse_card_size("huge").expect_err("name").to_string();
        assert!(e.contains("poker, bridge"), "{e}");
        let e = parse_bleed("6").expect_err("bleed").to_string();
        assert!(e.contains("0–5 mm"), "{e}");
        let e = parse_offset("1.5").expect_err("offset").to_string();
        assert!(e.contains("1.5,-0.5"), "{e}");
        assert!(parse_bleed("NaN").is_err());
        assert!(parse_offset("inf,0").is_err());
    }
}
