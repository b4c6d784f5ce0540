//! The duplex calibration sheet: two pages that show how far a printer shifts the backs.
//!
//! Page 1 has five crosshairs and a 100 mm ruler (to check that nothing was scaled). Page 2 has,
//! behind each crosshair, a pair of millimetre scales, drawn where the deck export would draw a
//! back (mirrored for the flip, shifted by the offset given). Printed duplex and held against
//! the light with page 2 facing you, the front's crosshair lines cross the scales at the numbers
//! to pass as `--offset X,Y`. A sheet printed with an offset reads 0,0 when the offset is right;
//! otherwise add the reading to the offset used.
//!
//! This module owns the sheet's drawing; the mirroring rule is the same as [`super::layout`]'s.

use super::items::{Align, Color, Item, Stroke};
use super::layout::{Placement, PointMm, Rect};
use super::options::{BacksMode, MIN_MARGIN_MM, PdfOptions};
use super::render::{self, DocInfo, Duplex, Group, RenderPage};
use super::text::{FontFace, Style, wrap};
use super::{Export, PdfError};
use crate::i18n::{Key, Language, Localized, Message};

/// How far the scales reach either way, in mm.
const SCALE_MM: i32 = 10;

/// Exports the two-page calibration sheet for `options.paper`, `options.backs` (long or short
/// edge; fold and none are treated as long edge) and `options.offset`.
/// The sheet is in `language` (the interface's, or the command line's).
pub fn export_test_sheet(options: &PdfOptions, language: Language) -> Result<Export, PdfError> {
    options.validate()?;
    let (w, h) = options.paper.size_mm();
    let short = options.backs == BacksMode::ShortEdge;
    let targets = [
        PointMm::new(w / 2.0, h / 2.0),
        PointMm::new(35.0, 45.0),
        PointMm::new(w - 35.0, 45.0),
        PointMm::new(35.0, h - 45.0),
        PointMm::new(w - 35.0, h - 45.0),
    ];
    let ink = Stroke::solid(Color::BLACK, 0.15);
    let mut front = Vec::new();
    for t in targets {
        front.push(Item::line(
            PointMm::new(t.x - 18.0, t.y),
            PointMm::new(t.x + 18.0, t.y),
            ink,
        ));
        front.push(Item::line(
            PointMm::new(t.x, t.y - 18.0),
            PointMm::new(t.x, t.y + 18.0),
            ink,
        ));
        front.push(Item::Rect {
            rect: Rect::new(t.x - 3.0, t.y - 3.0, 6.0, 6.0),
            fill: None,
            stroke: Some(Stroke::solid(Color::GREY, 0.15)),
        });
    }
    let heading = Style::new(FontFace::SansBold, 13.0);
    let body = Style::new(FontFace::Sans, 8.5);
    let small = Style::new(FontFace::Sans, 6.5);
    front.push(Item::text(
        language.tr(Key::CalTitle).to_string(),
        w / 2.0,
        72.0,
        heading,
        Color::INK,
        Align::Center,
    ));
    let mode = language.tr(if short {
        Key::BacksSubjectShortEdge
    } else {
        Key::BacksSubjectLongEdge
    });
    let edge = if short { "short" } else { "long" };
    let instructions = [
        language.fmt(Key::CalStepPrint, &[("edge", &edge)]),
        language.tr(Key::CalStepRuler).to_string(),
        language.tr(Key::CalStepRead).to_string(),
        Message::new(Key::CalStepExport)
            .part("offset", options.offset.message())
            .with("mode", &mode)
            .message(language),
    ];
    let mut y = 82.0;
    let text_w = w - 2.0 * 30.0;
    for line in &instructions {
        for l in wrap(line, body, text_w, &super::text::Hyphenation::none()).lines {
            front.push(Item::text(l, 30.0, y, body, Color::INK, Align::Left));
            y += body.size_mm() * 1.3;
        }
        y += 1.5;
    }
    // The 100 mm ruler.
    let ruler_y = h / 2.0 + 30.0;
    let x0 = w / 2.0 - 50.0;
    front.push(Item::line(
        PointMm::new(x0, ruler_y),
        PointMm::new(x0 + 100.0, ruler_y),
        Stroke::solid(Color::BLACK, 0.2),
    ));
    for mm in 0..=100 {
        let x = x0 + mm as f32;
        let len = if mm % 10 == 0 {
            4.0
        } else if mm % 5 == 0 {
            2.8
        } else {
            1.6
        };
        front.push(Item::line(
            PointMm::new(x, ruler_y),
            PointMm::new(x, ruler_y - len),
            Stroke::solid(Color::BLACK, 0.12),
        ));
        if mm % 10 == 0 {
            front.push(Item::text(
                mm.to_string(),
                x,
                ruler_y + 3.2,
                small,
                Color::INK,
                Align::Center,
            ));
        }
    }
    front.push(Item::text(
        "100 mm",
        w / 2.0,
        ruler_y + 7.5,
        small,
        Color::GREY,
        Align::Center,
    ));
    front.push(Item::text(
        language.tr(Key::CalFront).to_string(),
        w / 2.0,
        h - MIN_MARGIN_MM - 2.0,
        small,
        Color::GREY,
        Align::Center,
    ));

    // Page 2: scales behind each crosshair, mirrored for the flip and shifted by the offset.
    let mut back = Vec::new();
    let dx = options.offset.x;
    let dy = options.offset.y;
    let mirror = |p: PointMm| {
        if short {
            PointMm::new(p.x + dx, h - p.y + dy)
        } else {
            PointMm::new(w - p.x + dx, p.y + dy)
        }
    };
    for t in targets {
        let c = mirror(t);
        scales(&mut back, c, small);
    }
    back.push(Item::text(
        language.tr(Key::CalBack).to_string(),
        w / 2.0,
        MIN_MARGIN_MM + 6.0,
        small,
        Color::GREY,
        Align::Center,
    ));
    let pages = vec![
        RenderPage {
            width: w,
            height: h,
            groups: vec![Group {
                placement: Placement::SHEET,
                items: front,
            }],
        },
        RenderPage {
            width: w,
            height: h,
            groups: vec![Group {
                placement: Placement::SHEET,
                items: back,
            }],
        },
    ];
    let bytes = render::render(
        &pages,
        &DocInfo {
            title: language.tr(Key::CalTitle).to_string(),
            author: "innovationslek".to_owned(),
            subject: language.fmt(
                Key::CalSubject,
                &[("paper", &options.paper.label()), ("mode", &mode)],
            ),
            duplex: if short {
                Duplex::ShortEdge
            } else {
                Duplex::LongEdge
            },
            language: language.tag().to_owned(),
            outline: Vec::new(),
        },
    )?;
    Ok(Export {
        bytes,
        warnings: Vec::new(),
        pages: 2,
        cards: 0,
        sheets: 1,
    })
}

/// A horizontal X scale and a vertical Y scale crossing at `c`, −10…+10 mm, numbers every 5 mm;
/// X grows to the right and Y downwards, as the offset does.
fn scales(items: &mut Vec<Item>, c: PointMm, small: Style) {
    let thin = Stroke::solid(Color::BLACK, 0.1);
    let tiny = Style::new(FontFace::Sans, 4.5);
    // The X scale below the centre and the Y scale to its right, where the front's crosshair
    // lines (18 mm long each way) cross them, apart from each other.
    let sy = c.y + 13.0;
    let sx = c.x + 13.0;
    items.push(Item::line(
        PointMm::new(c.x - SCALE_MM as f32, sy),
        PointMm::new(c.x + SCALE_MM as f32, sy),
        thin,
    ));
    items.push(Item::line(
        PointMm::new(sx, c.y - SCALE_MM as f32),
        PointMm::new(sx, c.y + SCALE_MM as f32),
        thin,
    ));
    for mm in -SCALE_MM..=SCALE_MM {
        let len = if mm == 0 {
            3.5
        } else if mm % 5 == 0 {
            2.5
        } else {
            1.4
        };
        let x = c.x + mm as f32;
        items.push(Item::line(
            PointMm::new(x, sy),
            PointMm::new(x, sy - len),
            thin,
        ));
        let y = c.y + mm as f32;
        items.push(Item::line(
            PointMm::new(sx, y),
            PointMm::new(sx + len, y),
            thin,
        ));
        if mm % 5 == 0 {
            items.push(Item::text(
                format!("{mm:+}").replace("+0", "0"),
                x,
                sy + 2.4,
                tiny,
                Color::INK,
                Align::Center,
            ));
            items.push(Item::text(
                format!("{mm:+}").replace("+0", "0"),
                sx + 4.3,
                y + 0.8,
                tiny,
                Color::INK,
                Align::Left,
            ));
        }
    }
    items.push(Item::text(
        "X",
        c.x - SCALE_MM as f32 - 1.5,
        sy + 0.8,
        small,
        Color::GREY,
        Align::Right,
    ));
    items.push(Item::text(
        "Y",
        sx,
        c.y - SCALE_MM as f32 - 1.5,
        small,
        Color::GREY,
        Align::Center,
    ));
}
