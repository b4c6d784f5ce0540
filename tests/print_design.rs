//! The deck's print design in millimetres: backs that forgive a duplex shift, fronts that
//! forgive a miscut, crop marks long enough to cut by, categories that differ in grey, the
//! extras (start sheet, legend, credits, sheet labels, scale bar) and the options that choose
//! them, on the bundled decks in every mode.

use innovationslek::model::{Deck, Library, LoadOptions};
use innovationslek::pdf::face::{BACK_REACH_MM, SAFE_INSET_MM};
use innovationslek::pdf::items::{Color, Item};
use innovationslek::pdf::{
    BackStyle, BacksMode, CardSize, Group, Ink, PageKind, Paper, PdfOptions, Placement, PointMm,
    Rect, SheetLayout, deck_faces, deck_pages, export_deck,
};

use crate::support::{decks_dir, run_cli};

fn deck(id: &str) -> Deck {
    Library::load(&[decks_dir()], LoadOptions::default())
        .deck(id)
        .expect("bundled deck")
        .value
        .clone()
}

/// The sheet-space rectangles filled with colour by the page's sheet groups and by faces
/// that are not turned (enough for the flood backs, which are rectangles).
fn filled_rects(groups: &[Group]) -> Vec<Rect> {
    let mut out = Vec::new();
    for g in groups {
        for item in &g.items {
            if let Item::Rect {
                rect,
                fill: Some(c),
                ..
            } = item
                && *c != Color::WHITE
            {
                let a = g.placement.sheet_from_face(PointMm::new(rect.x, rect.y));
                let b = g
                    .placement
                    .sheet_from_face(PointMm::new(rect.right(), rect.bottom()));
                out.push(Rect::new(
                    a.x.min(b.x),
                    a.y.min(b.y),
                    (a.x - b.x).abs(),
                    (a.y - b.y).abs(),
                ));
            }
        }
    }
    out
}

fn covered(rects: &[Rect], p: PointMm) -> bool {
    rects.iter().any(|r| {
        p.x >= r.x - 1e-3
            && p.x <= r.right() + 1e-3
            && p.y >= r.y - 1e-3
            && p.y <= r.bottom() + 1e-3
    })
}

#[test]
fn flood_backs_reach_3_mm_past_every_outer_cut_in_every_mode() {
    let deck = deck("innovationslek");
    for backs in [BacksMode::LongEdge, BacksMode::ShortEdge, BacksMode::Fold] {
        for card in [CardSize::POKER, CardSize::TAROT, CardSize::new(88.0, 63.0)] {
            for crop_marks in [true, false] {
                let options = PdfOptions {
                    backs,
                    card,
                    crop_marks,
                    back_style: Some(BackStyle::Flood),
                    ..PdfOptions::new()
                };
                let layout = SheetLayout::compute(&options).expect("layout");
                let laid = deck_pages(&deck, &options).expect("pages");
                let sheets =
                    layout.pages(innovationslek::pdf::printed_faces(&deck, &options).len());
                // The card pages follow the start sheet's one or two pages.
                let skip = laid.pages.len() - sheets.len();
                for (sheet, page) in sheets.iter().zip(&laid.pages[skip..]) {
                    let fills = filled_rects(&page.groups);
                    let slots: Vec<Rect> = sheet.backs.iter().map(|(_, s)| s.rect).collect();
                    for r in &slots {
                        // Walk around the card 0.2–3 mm outside it; every point outside all
                        // other cards must be coloured.
                        for d in [0.2, 1.5, BACK_REACH_MM - 0.05] {
                            let ring = r.expand(d);
                            let mut points = Vec::new();
                            let steps = 40;
                            for i in 0..=steps {
                                let t = i as f32 / steps as f32;
                                let x = ring.x + t * ring.width;
                                let y = ring.y + t * ring.height;
                                points.extend([
                                    PointMm::new(x, ring.y),
                                    PointMm::new(x, ring.bottom()),
                                    PointMm::new(ring.x, y),
                                    PointMm::new(ring.right(), y),
                                ]);
                            }
                            for p in points {
                                let inside_other = slots.iter().any(|o| {
                                    o != r
                                        && p.x > o.x - 0.01
                                        && p.x < o.right() + 0.01
                                        && p.y > o.y - 0.01
                                        && p.y < o.bottom() + 0.01
                                });
                                assert!(
                                    inside_other || covered(&fills, p),
                                    "{backs} {card} marks {crop_marks}: {p:?} at {d} mm outside {r:?} is white"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn no_front_colour_within_2_mm_of_the_cut_without_bleed() {
    for id in ["innovationslek", "innovation-game"] {
        let deck = deck(id);
        for ink in [Ink::Full, Ink::Low] {
            for (_, card) in CardSize::PRESETS {
                let options = PdfOptions {
                    card,
                    ink,
                    ..PdfOptions::new()
                };
                let faces = deck_faces(&deck, &options, None);
                let safe = Rect::new(2.0, 2.0, card.width - 4.0, card.height - 4.0);
                for (i, items) in faces.fronts.iter().enumerate() {
                    for item in items {
                        let extent = match item {
                            Item::Rect { rect, .. }
                            | Item::Icon { rect, .. }
                            | Item::Image { rect, .. } => *rect,
                            Item::Circle { center, radius, .. } => Rect::new(
                                center.x - radius,
                                center.y - radius,
                                2.0 * radius,
                                2.0 * radius,
                            ),
                            Item::Line { points, .. } => {
                                let x0 = points.iter().map(|p| p.x).fold(f32::INFINITY, f32::min);
                                let x1 =
                                    points.iter().map(|p| p.x).fold(f32::NEG_INFINITY, f32::max);
                                let y0 = points.iter().map(|p| p.y).fold(f32::INFINITY, f32::min);
                                let y1 =
                                    points.iter().map(|p| p.y).fold(f32::NEG_INFINITY, f32::max);
                                Rect::new(x0, y0, x1 - x0, y1 - y0)
                            }
                            Item::Text { .. } => continue,
                        };
                        assert!(
                            safe.contains(&extent),
                            "{id} {card} {ink} face {i}: {item:?}"
                        );
                    }
                }
                const { assert!(SAFE_INSET_MM >= 2.0) };
            }
        }
    }
}

#[test]
fn every_crop_mark_is_at_least_4_mm_in_every_combination() {
    let mut cases = 0;
    for paper in Paper::ALL {
        for (_, card) in CardSize::PRESETS {
            for backs in BacksMode::ALL {
                for bleed in [0.0, 1.0, 3.0] {
                    let options = PdfOptions {
                        paper,
                        card,
                        backs,
                        bleed,
                        ..PdfOptions::new()
                    };
                    let layout = SheetLayout::compute(&options).expect("layout");
                    let (pw, ph) = paper.size_mm();
                    for page in layout.pages(55) {
                        for m in &page.crop_marks {
                            assert!(
                                m.length() >= 4.0 - 1e-3,
                                "{paper} {card} {backs} bleed {bleed}: {m:?} is {} mm",
                                m.length()
                            );
                            for p in [m.from, m.to] {
                                assert!(
                                    p.x >= 3.0 - 1e-3
                                        && p.y >= 3.0 - 1e-3
                                        && p.x <= pw - 3.0 + 1e-3
                                        && p.y <= ph - 3.0 + 1e-3,
                                    "{paper} {card} {backs}: {m:?} too close to the paper's edge"
                                );
                            }
                        }
                    }
                    cases += 1;
                }
            }
        }
    }
    // The 65×94 card with 1 mm bleed was the shortest before (1.5 mm).
    let layout = SheetLayout::compute(&PdfOptions {
        card: CardSize::new(65.0, 94.0),
        bleed: 1.0,
        ..PdfOptions::new()
    })
    .expect("layout");
    for m in &layout.pages(9)[0].crop_marks {
        assert!(m.length() >= 4.0 - 1e-3, "{m:?}");
    }
    assert_eq!(cases, 3 * 6 * 4 * 3);
}

/// ITU-R BT.601 luma, as a black-and-white printer or a grey conversion sees a colour.
fn luma(c: Color) -> f32 {
    0.299 * f32::from(c.r) + 0.587 * f32::from(c.g) + 0.114 * f32::from(c.b)
}

#[test]
fn bundled_categories_differ_in_grey_and_their_band_text_reads() {
    for id in ["innovationslek", "innovation-game"] {
        let deck = deck(id);
        let colors: Vec<(String, Color)> = deck
            .categories
            .iter()
            .map(|c| (c.id.clone(), Color::parse_hex(&c.color).expect("colour")))
            .collect();
        for (i, (a, ca)) in colors.iter().enumerate() {
            let text = ca.text_on();
            assert!(
                text.contrast(*ca) >= 4.5,
                "{id}: band text on `{a}` is {:.2}:1",
                text.contrast(*ca)
            );
            for (b, cb) in &colors[i + 1..] {
                let d = (luma(*ca) - luma(*cb)).abs();
                assert!(d >= 20.0, "{id}: `{a}` and `{b}` differ by {d:.1} in luma");
            }
        }
        // Every category has its own icon, so that grey prints tell them apart.
        let mut icons: Vec<&str> = deck
            .categories
            .iter()
            .map(|c| c.icon.as_deref().expect("an icon"))
            .collect();
        icons.sort_unstable();
        icons.dedup();
        assert_eq!(icons.len(), deck.categories.len(), "{id}");
        for icon in icons {
            assert!(innovationslek::icons::Icon::named(icon).is_some(), "{icon}");
        }
    }
}

fn texts(groups: &[Group]) -> String {
    groups
        .iter()
        .flat_map(|g| &g.items)
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn scale_bars(groups: &[Group]) -> usize {
    groups
        .iter()
        .flat_map(|g| &g.items)
        .filter(|i| match i {
            Item::Line { points, .. } if points.len() == 2 => {
                let (a, b) = (points[0], points[1]);
                ((a.x - b.x).hypot(a.y - b.y) - 50.0).abs() < 1e-3
            }
            _ => false,
        })
        .count()
}

#[test]
fn every_page_carries_a_label_and_a_50_mm_scale_bar() {
    let deck = deck("innovationslek");
    for backs in BacksMode::ALL {
        for card in [CardSize::POKER, CardSize::MINI, CardSize::A7] {
            for paper in Paper::ALL {
                let options = PdfOptions {
                    backs,
                    card,
                    paper,
                    ..PdfOptions::new()
                };
                let laid = deck_pages(&deck, &options).expect("pages");
                let sheets = laid.sheets;
                let layout = SheetLayout::compute(&options).expect("layout");
                let sheet_pages =
                    layout.pages(innovationslek::pdf::printed_faces(&deck, &options).len());
                let skip = laid.pages.len() - sheet_pages.len();
                for (n, page) in laid.pages.iter().enumerate() {
                    let t = texts(&page.groups);
                    assert!(
                        t.contains(&format!("/{sheets} · ")) && t.contains("skriv ut i 100 %"),
                        "{backs} {card} {paper} page {}: {t}",
                        n + 1
                    );
                    assert_eq!(scale_bars(&page.groups), 1, "{backs} {card} page {}", n + 1);
                    // The label never sits on a card: it is in the margin.
                    let Some(sheet) = n.checked_sub(skip).map(|i| &sheet_pages[i]) else {
                        continue;
                    };
                    let cards: Vec<Rect> = sheet
                        .fronts
                        .iter()
                        .chain(&sheet.backs)
                        .map(|(_, s)| s.bleed_rect(options.bleed))
                        .collect();
                    for g in &page.groups {
                        let label = g.items.iter().any(|i| {
                            matches!(i, Item::Text { text, .. } if text.contains("skriv ut i 100 %"))
                        });
                        if !label {
                            continue;
                        }
                        for item in &g.items {
                            if let Item::Text {
                                text,
                                origin,
                                style,
                                ..
                            } = item
                            {
                                let a = g.placement.sheet_from_face(PointMm::new(
                                    origin.x,
                                    origin.y - style.size_mm() * 0.75,
                                ));
                                let b = g.placement.sheet_from_face(PointMm::new(
                                    origin.x + style.width(text),
                                    origin.y + style.size_mm() * 0.2,
                                ));
                                let r = Rect::new(
                                    a.x.min(b.x),
                                    a.y.min(b.y),
                                    (a.x - b.x).abs(),
                                    (a.y - b.y).abs(),
                                );
                                for c in &cards {
                                    assert!(
                                        !r.overlaps(c),
                                        "{backs} {card} {paper} page {}: {text:?} at {r:?} on a card at {c:?}",
                                        n + 1
                                    );
                                }
                            }
                        }
                    }
                }
                let first = texts(&laid.pages[0].groups);
                assert!(first.contains("Startblad"), "{first}");
                assert!(first.contains("Skriv ut så här"));
                assert!(first.contains("Klipp så här"));
                assert!(first.contains("ark 1/"), "{first}");
                for c in &deck.cards {
                    let title: String = c.title.chars().take(12).collect();
                    assert!(first.contains(&title), "checklist lacks {}", c.title);
                }
                if matches!(backs, BacksMode::LongEdge | BacksMode::ShortEdge) {
                    let back = texts(&laid.pages[1].groups);
                    assert!(back.contains("baksida"), "{back}");
                    assert!(
                        laid.pages[2..]
                            .iter()
                            .step_by(2)
                            .all(|p| texts(&p.groups).contains("framsida"))
                    );
                }
            }
        }
    }
    let en = deck_pages(&self::deck("innovation-game"), &PdfOptions::new()).expect("en");
    let t = texts(&en.pages[2].groups);
    assert!(
        t.contains("Innovation Game! · sheet 2/8 · front · flip on long edge · print at 100%"),
        "{t}"
    );
}

#[test]
fn the_legend_and_credits_cards_explain_the_deck() {
    let deck = deck("innovationslek");
    let options = PdfOptions::new();
    let faces = deck_faces(&deck, &options, None);
    assert_eq!(
        faces.fronts.len(),
        innovationslek::pdf::printed_cards(&deck).len() + 2
    );
    let legend = texts(&[Group {
        placement: Placement::SHEET,
        items: faces.fronts[0].clone(),
    }]);
    for category in &deck.categories {
        assert!(legend.contains(&category.name), "{legend}");
    }
    assert_eq!(
        faces.fronts[0]
            .iter()
            .filter(|i| matches!(i, Item::Icon { .. }))
            .count(),
        deck.categories.len()
    );
    let credits = texts(&[Group {
        placement: Placement::SHEET,
        items: faces.fronts.last().expect("credits").clone(),
    }]);
    assert!(credits.contains("CC BY 4.0"), "{credits}");
    assert!(credits.contains("Licens"), "{credits}");
    assert!(
        credits.contains(&format!(
            "{} kort",
            innovationslek::pdf::printed_cards(&deck).len()
        )),
        "{credits}"
    );
    // Both fit inside the card.
    for items in [&faces.fronts[0], faces.fronts.last().expect("credits")] {
        for item in items.iter() {
            if let Item::Text {
                text,
                origin,
                style,
                ..
            } = item
            {
                assert!(
                    origin.x >= 0.0 && origin.x + style.width(text) <= 63.0 + 1e-3,
                    "{text}"
                );
                assert!(
                    origin.y > 0.0 && origin.y < 88.0 - 2.0,
                    "{text} at {origin:?}"
                );
            }
        }
    }
}

#[test]
fn no_extras_prints_only_the_cards() {
    let deck = deck("innovationslek");
    let options = PdfOptions {
        extras: false,
        ..PdfOptions::new()
    };
    let laid = deck_pages(&deck, &options).expect("pages");
    assert_eq!(laid.pages.len(), 14, "7 sheets of 9, fronts and backs");
    assert_eq!(laid.sheets, 7);
    let t = texts(&laid.pages[0].groups);
    assert!(!t.contains("Startblad"));
    assert!(t.contains("ark 1/7 · framsida"), "{t}");
    // Still a label and a scale bar on every page.
    assert!(laid.pages.iter().all(|p| scale_bars(&p.groups) == 1));
}

#[test]
fn the_office_back_is_the_default_and_light_on_ink() {
    let deck = deck("innovationslek");
    let office = deck_pages(&deck, &PdfOptions::new()).expect("office");
    let flood = deck_pages(
        &deck,
        &PdfOptions {
            back_style: Some(BackStyle::Flood),
            ..PdfOptions::new()
        },
    )
    .expect("flood");
    // The area filled with colour on the first back page.
    let area = |groups: &[Group]| -> f32 {
        filled_rects(groups)
            .iter()
            .map(|r| r.width * r.height)
            .sum()
    };
    let back_office = office.pages.iter().skip(2).nth(1).expect("back page");
    let back_flood = flood.pages.iter().skip(2).nth(1).expect("back page");
    assert!(
        area(&back_flood.groups) > 9.0 * 63.0 * 88.0,
        "the flood covers the cards"
    );
    assert!(
        area(&back_office.groups) < 1.0,
        "the office back has no flood"
    );
    // Every back has the emblem's icon.
    let icons = back_office
        .groups
        .iter()
        .flat_map(|g| &g.items)
        .filter(|i| matches!(i, Item::Icon { .. }))
        .count();
    assert_eq!(icons, 9);
    // The deck file can choose the flood.
    let mut flood_deck = deck.clone();
    if let Some(back) = flood_deck.back.as_mut() {
        back.style = Some(BackStyle::Flood);
    }
    let from_file = deck_pages(&flood_deck, &PdfOptions::new()).expect("file");
    assert!(area(&from_file.pages[3].groups) > 9.0 * 63.0 * 88.0);
    // … and the option overrides the file.
    let overridden = deck_pages(
        &flood_deck,
        &PdfOptions {
            back_style: Some(BackStyle::Office),
            ..PdfOptions::new()
        },
    )
    .expect("office");
    assert!(area(&overridden.pages[3].groups) < 1.0);
}

#[test]
fn low_ink_has_no_colour_areas_on_fronts_and_office_backs() {
    let deck = deck("innovationslek");
    let laid = deck_pages(
        &deck,
        &PdfOptions {
            ink: Ink::Low,
            ..PdfOptions::new()
        },
    )
    .expect("low ink");
    for page in &laid.pages[2..] {
        assert!(filled_rects(&page.groups).is_empty());
    }
    let full = deck_pages(&deck, &PdfOptions::new()).expect("full");
    assert!(!filled_rects(&full.pages[2].groups).is_empty());
}

#[test]
fn per_category_backs_fall_back_to_the_decks() {
    let mut deck = deck("innovationslek");
    let mut own = innovationslek::model::CardBack {
        title: "Idéer".into(),
        color: Some("#7A5C00".into()),
        ..Default::default()
    };
    own.subtitle = Some("Skapa idéer".into());
    deck.categories[3].back = Some(own);
    let options = PdfOptions::new();
    let faces = deck_faces(&deck, &options, None);
    assert_eq!(faces.backs.len(), 2, "the deck's back and the category's");
    let printed = innovationslek::pdf::printed_faces(&deck, &options);
    for (i, p) in printed.iter().enumerate() {
        let want = match p {
            innovationslek::pdf::Printed::Card(card, _)
                if card.category == deck.categories[3].id =>
            {
                1
            }
            _ => 0,
        };
        assert_eq!(faces.back_of[i], want);
    }
    let back_texts = texts(&[Group {
        placement: Placement::SHEET,
        items: faces.backs[1].0.clone(),
    }]);
    assert!(back_texts.contains("Idéer"), "{back_texts}");
    // Flood backs that differ without bleed: the export warns.
    let export = export_deck(
        &deck,
        &PdfOptions {
            back_style: Some(BackStyle::Flood),
            ..PdfOptions::new()
        },
    )
    .expect("export");
    assert!(
        export
            .warnings
            .iter()
            .any(|w| w.to_string().contains("--bleed 3")),
        "{:?}",
        export.warnings
    );
}

#[test]
fn the_command_line_chooses_back_style_ink_and_extras() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("deck.pdf");
    let out_s = out.to_str().expect("utf-8");
    let (code, stdout, stderr) = run_cli(&[
        "export",
        "innovationslek",
        "-o",
        out_s,
        "--back-style",
        "flood",
        "--ink",
        "low",
        "--no-extras",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("14 pages on 7 sheets"), "{stdout}");
    assert!(stdout.contains("back style: full colour"), "{stdout}");
    let (code, stdout, _) = run_cli(&["export", "innovationslek", "-o", out_s]);
    assert_eq!(code, 0);
    assert!(stdout.contains("16 pages on 8 sheets"), "{stdout}");
    assert!(
        stdout.contains("back style: white with an emblem"),
        "{stdout}"
    );
    // In Swedish the style is said in Swedish, not by its option name `office`.
    let (_, stdout, _) = run_cli(&["--lang", "sv", "export", "innovationslek", "-o", out_s]);
    assert!(
        stdout.contains("baksidans stil: vit med emblem"),
        "{stdout}"
    );
    assert!(!stdout.contains("office"), "{stdout}");
    // Without backs the line says nothing of a back style, in either language.
    for (lang, unwanted) in [("en", "back style"), ("sv", "stil")] {
        let (code, stdout, stderr) = run_cli(&[
            "export",
            "innovationslek",
            "-o",
            out_s,
            "--backs",
            "none",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("A4, "), "{stdout}");
        assert!(!stdout.contains(unwanted), "{lang}: {stdout}");
    }
    for (args, want) in [
        (vec!["--back-style", "navy"], "unknown back style `navy`"),
        (vec!["--ink", "none"], "unknown ink mode `none`"),
    ] {
        let mut all = vec!["export", "innovationslek", "-o", out_s];
        all.extend(args.iter().copied());
        let (code, _, stderr) = run_cli(&all);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(want), "{stderr}");
    }
}

#[test]
fn icons_are_vector_paths_in_the_pdf() {
    let deck = deck("innovationslek");
    let export = export_deck(&deck, &PdfOptions::new()).expect("export");
    let doc = lopdf::Document::load_mem(&export.bytes).expect("pdf");
    let pages = doc.get_pages();
    let first_cards = pages[&3];
    let content = doc.get_page_content(first_cards);
    let ops = lopdf::content::Content::decode(&content).expect("ops");
    // Nine cards, each with an icon in its band: a use of the icon's form …
    let uses = ops
        .operations
        .iter()
        .filter(|o| {
            o.operator == "Do"
                && o.operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .is_some_and(|n| n.starts_with(b"ICON"))
        })
        .count();
    assert!(uses >= 9, "{uses} icon uses");
    // … and each form, stored once for the whole file, is a vector path of several curves.
    let forms: Vec<&lopdf::Stream> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Form".as_slice())
        })
        .collect();
    assert!(
        (1..=deck.categories.len() + 2).contains(&forms.len()),
        "{} icon forms",
        forms.len()
    );
    for form in forms {
        let data = form
            .decompressed_content()
            .unwrap_or_else(|_| form.content.clone());
        let ops = lopdf::content::Content::decode(&data).expect("form ops");
        let curves = ops.operations.iter().filter(|o| o.operator == "c").count();
        assert!(curves >= 4, "{curves} curves in an icon");
        assert_eq!(
            ops.operations.last().map(|o| o.operator.as_str()),
            Some("f")
        );
    }
    // The file stays small: the bundled deck (61 cards) well under 400 KiB.
    assert!(
        export.bytes.len() < 400 * 1024,
        "{} bytes",
        export.bytes.len()
    );
    // No ASCII symbol is printed in a band any more.
    let text = String::from_utf8_lossy(&content).to_string();
    assert!(!text.contains("(>>)"), "ASCII symbol in the band");
    let _ = PageKind::Fronts;
}

#[test]
fn a_logo_from_the_decks_folder_is_printed_and_one_from_outside_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut png = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png, 16, 8);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&[40u8; 16 * 8 * 3]).expect("data");
    }
    std::fs::write(dir.path().join("logo.png"), &png).expect("write");
    let text = |logo: &str| {
        format!(
            r##"Deck(id: "lek", title: "Lek", language: "sv",
    back: CardBack(title: "Lek", color: "#1B4965", logo: "{logo}"),
    categories: [Category(id: "a", name: "A", color: "#F5C842", icon: "lightbulb")],
    cards: [Card(id: "c", category: "a", title: "Kort", text: "Text.")])"##
        )
    };
    let deck_file = dir.path().join("lek.deck.ron");
    std::fs::write(&deck_file, text("logo.png")).expect("write");
    let out = dir.path().join("lek.pdf");
    let (code, _, stderr) = run_cli(&[
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    let doc = lopdf::Document::load(&out).expect("pdf");
    let images = doc
        .objects
        .values()
        .filter(|o| {
            o.as_stream()
                .ok()
                .and_then(|s| s.dict.get(b"Subtype").ok())
                .and_then(|t| t.as_name().ok())
                == Some(b"Image".as_slice())
        })
        .count();
    assert_eq!(images, 1, "the logo is embedded once");
    // The app's print preview shows the logo on the office back, as the PDF does.
    let preview_of = |deck_file: &std::path::Path| {
        let library = Library::load(&[deck_file.to_path_buf()], LoadOptions::default());
        let loaded = library.deck("lek").expect("the deck loads");
        let mut state = innovationslek::ui::print::PrintState::new("lek", out.clone());
        state
            .preview(&loaded.value, &loaded.source)
            .expect("a preview")
    };
    let preview = preview_of(&deck_file);
    assert!(preview.logo_problem.is_none(), "{:?}", preview.logo_problem);
    assert!(
        preview
            .back_faces()
            .iter()
            .any(|(_, items)| items.iter().any(|i| matches!(i, Item::Image { .. }))),
        "the preview's backs show the logo"
    );
    // A missing logo: the deck prints, with a warning that says why.
    std::fs::write(&deck_file, text("saknas.png")).expect("write");
    let preview = preview_of(&deck_file);
    assert!(
        preview
            .logo_problem
            .as_ref()
            .map(|p| innovationslek::i18n::Localized::message(
                p,
                innovationslek::i18n::Language::English
            ))
            .is_some_and(|p| p.contains("saknas.png")),
        "{:?}",
        preview.logo_problem
    );
    let (code, _, stderr) = run_cli(&[
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("logo `saknas.png`: there is no such file"),
        "{stderr}"
    );
    // An SVG logo is refused with what to do instead.
    std::fs::write(&deck_file, text("logo.svg")).expect("write");
    let (code, stdout, stderr) = run_cli(&["check", deck_file.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        format!("{stdout}{stderr}")
            .contains("SVG pictures are not supported as logos: save the logo as a PNG file"),
        "{stdout}{stderr}"
    );
    // One outside the folder is an error for `check`.
    std::fs::write(&deck_file, text("../logo.png")).expect("write");
    let (code, stdout, stderr) = run_cli(&["check", deck_file.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        format!("{stdout}{stderr}").contains("is not a PNG file in the deck's folder"),
        "{stdout}{stderr}"
    );
}

/// The legend cards of `deck` with `options`: their front items.
fn legend_faces(deck: &Deck, options: &PdfOptions) -> Vec<Vec<Item>> {
    let printed = innovationslek::pdf::printed_faces(deck, options);
    let faces = deck_faces(deck, options, None);
    printed
        .iter()
        .zip(faces.fronts)
        .filter(|(p, _)| matches!(p, innovationslek::pdf::Printed::Legend(..)))
        .map(|(_, f)| f)
        .collect()
}

#[test]
fn the_legend_fits_every_card_size_whole_and_readable() {
    for id in ["innovationslek", "innovation-game"] {
        let deck = deck(id);
        for (name, card) in CardSize::PRESETS {
            for ink in [Ink::Full, Ink::Low] {
                for bleed in [0.0, 3.0] {
                    let options = PdfOptions {
                        card,
                        ink,
                        bleed,
                        ..PdfOptions::new()
                    };
                    let legends = legend_faces(&deck, &options);
                    assert!(!legends.is_empty(), "{id} {name}");
                    if card == CardSize::POKER || card == CardSize::TAROT || card == CardSize::A7 {
                        assert_eq!(legends.len(), 1, "{id} {name} {ink}: one legend card");
                    } else {
                        assert!(legends.len() <= 2, "{id} {name} {ink}: {}", legends.len());
                    }
                    let mut all = String::new();
                    for (n, items) in legends.iter().enumerate() {
                        for item in items {
                            let Item::Text {
                                text,
                                origin,
                                style,
                                ..
                            } = item
                            else {
                                continue;
                            };
                            let left = origin.x;
                            let at = format!("{id} {name} {ink} bleed {bleed} legend {}", n + 1);
                            assert!(
                                left >= SAFE_INSET_MM - 1e-3
                                    && left + style.width(text)
                                        <= card.width - SAFE_INSET_MM + 1e-3,
                                "{at}: {text:?} runs out sideways"
                            );
                            assert!(
                                origin.y <= card.height - SAFE_INSET_MM + 1e-3,
                                "{at}: {text:?} at {origin:?} runs out at the foot"
                            );
                            assert!(!text.contains('…'), "{at}: {text:?} is cut");
                            assert!(
                                style.size_pt
                                    >= innovationslek::pdf::extras::LEGEND_MIN_TEXT_PT - 1e-3,
                                "{at}: {text:?} is set in {} pt",
                                style.size_pt
                            );
                            all.push_str(text);
                            all.push('\n');
                        }
                    }
                    // Every category once, with the whole of its description.
                    let flat = all
                        .replace("-\n", "")
                        .replace('\n', " ")
                        .replace('\u{2019}', "'");
                    for category in &deck.categories {
                        assert_eq!(
                            all.lines().filter(|l| *l == category.name).count(),
                            1,
                            "{id} {name}: {} is not named once",
                            category.name
                        );
                        for word in category
                            .description
                            .as_deref()
                            .unwrap_or_default()
                            .split_whitespace()
                        {
                            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                            assert!(
                                flat.contains(word),
                                "{id} {name}: the legend lacks {word:?} of {}",
                                category.name
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn fold_mode_marks_only_the_fronts() {
    let deck = deck("innovationslek");
    for paper in Paper::ALL {
        for (name, card) in CardSize::PRESETS {
            for bleed in [0.0, 1.0, 3.0] {
                let options = PdfOptions {
                    paper,
                    card,
                    bleed,
                    backs: BacksMode::Fold,
                    ..PdfOptions::new()
                };
                let layout = SheetLayout::compute(&options).expect("layout");
                let fold = layout.fold_line.expect("a fold line");
                let vertical = (fold.from.x - fold.to.x).abs() < 1e-3;
                for page in layout.pages(innovationslek::pdf::printed_faces(&deck, &options).len())
                {
                    assert!(!page.crop_marks.is_empty(), "{paper} {name}: no marks");
                    for m in &page.crop_marks {
                        // Every mark on the fronts' side of the fold line.
                        for p in [m.from, m.to] {
                            let front_side = if vertical {
                                p.x < fold.from.x
                            } else {
                                p.y < fold.from.y
                            };
                            assert!(
                                front_side,
                                "{paper} {name} bleed {bleed}: {m:?} on the backs"
                            );
                        }
                        assert!(m.length() >= 4.0 - 1e-3, "{paper} {name}: {m:?}");
                    }
                    // Every front card's edges are marked.
                    for (_, slot) in &page.fronts {
                        let r = slot.rect;
                        for x in [r.x, r.right()] {
                            assert!(
                                page.crop_marks
                                    .iter()
                                    .any(|m| (m.from.x - x).abs() < 1e-3
                                        && (m.to.x - x).abs() < 1e-3),
                                "{paper} {name}: no mark at x {x}"
                            );
                        }
                    }
                }
                // And the rendered page has no mark on the back half either.
                let laid = deck_pages(&deck, &options).expect("pages");
                let skip = laid.pages.len()
                    - layout.pages_for(innovationslek::pdf::printed_faces(&deck, &options).len());
                for page in &laid.pages[skip..] {
                    for g in &page.groups {
                        if g.placement != Placement::SHEET {
                            continue;
                        }
                        for item in &g.items {
                            if let Item::Line { points, stroke } = item
                                && stroke.color == Color::BLACK
                                && points.len() == 2
                                && ((points[0].x - points[1].x).abs() < 1e-3
                                    || (points[0].y - points[1].y).abs() < 1e-3)
                                && ((points[0].x - points[1].x).abs()
                                    + (points[0].y - points[1].y).abs()
                                    - 50.0)
                                    .abs()
                                    > 1e-3
                                && (points[0].x - points[1].x).abs()
                                    + (points[0].y - points[1].y).abs()
                                    > 2.0
                            {
                                let on_backs = points.iter().all(|p| {
                                    if vertical {
                                        p.x > fold.from.x
                                    } else {
                                        p.y > fold.from.y
                                    }
                                });
                                let in_footer = points.iter().all(|p| {
                                    p.y > layout.paper_height - 10.0
                                        || p.x < 10.0
                                        || p.x > layout.paper_width - 10.0
                                });
                                assert!(
                                    !on_backs || in_footer,
                                    "{paper} {name} bleed {bleed}: a black line {points:?} on the back half"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The start sheet's pages of `laid`: those before the first card sheet.
fn start_pages_text(laid: &innovationslek::pdf::DeckPages, card_pages: usize) -> String {
    let start = laid.pages.len() - card_pages;
    laid.pages[..start]
        .iter()
        .map(|p| texts(&p.groups))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_start_sheet_lists_every_card_over_as_many_pages_as_needed() {
    use innovationslek::model::sample::generated_deck;
    for (deck, cards) in [
        (deck("innovationslek"), None),
        (deck("innovation-game"), None),
        (generated_deck(300), Some(300)),
    ] {
        for backs in BacksMode::ALL {
            for paper in Paper::ALL {
                let options = PdfOptions {
                    backs,
                    paper,
                    ..PdfOptions::new()
                };
                let layout = SheetLayout::compute(&options).expect("layout");
                let faces = innovationslek::pdf::printed_faces(&deck, &options);
                let laid = deck_pages(&deck, &options).expect("pages");
                let card_pages = layout.pages_for(faces.len());
                let text = start_pages_text(&laid, card_pages);
                let at = format!("{} {backs} {paper}", deck.id);
                assert!(!text.contains("… och") && !text.contains("… and"), "{at}");
                let printed = innovationslek::pdf::printed_cards(&deck);
                if let Some(n) = cards {
                    assert_eq!(printed.len(), n);
                }
                let lines: Vec<&str> = text.lines().collect();
                for n in 1..=printed.len() {
                    assert!(
                        lines.iter().any(|l| l.trim() == n.to_string()),
                        "{at}: the checklist lacks number {n}"
                    );
                }
                for card in &deck.cards {
                    let title: String = card.title.chars().take(10).collect();
                    assert!(
                        text.contains(&title),
                        "{at}: the checklist lacks {}",
                        card.title
                    );
                }
                // The page count and sheet count agree with what is laid out.
                assert_eq!(
                    innovationslek::pdf::pages_for(&deck, &layout, &options),
                    laid.pages.len(),
                    "{at}"
                );
                assert_eq!(
                    innovationslek::pdf::sheets_for(&deck, &layout, &options),
                    laid.sheets,
                    "{at}"
                );
                let start = laid.pages.len() - card_pages;
                let duplex = matches!(backs, BacksMode::LongEdge | BacksMode::ShortEdge);
                if duplex {
                    assert_eq!(
                        start % 2,
                        0,
                        "{at}: the cards start on a sheet of their own"
                    );
                }
                if cards.is_some() {
                    assert!(start >= 2, "{at}: 300 cards need a second checklist page");
                }
                // No row of the list runs off the paper.
                for page in &laid.pages[..start] {
                    for g in &page.groups {
                        for item in &g.items {
                            if let Item::Text { origin, .. } = item
                                && g.placement == Placement::SHEET
                            {
                                assert!(origin.y < layout.paper_height - 8.0, "{at}: {item:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_offset_warning_speaks_the_users_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("vik.pdf");
    let deck = decks_dir().join("innovationslek.deck.ron");
    let args = |lang: Option<&'static str>| {
        let mut a: Vec<String> = Vec::new();
        if let Some(l) = lang {
            a.extend(["--lang".to_owned(), l.to_owned()]);
        }
        a.extend(
            [
                "export",
                deck.to_str().expect("utf-8"),
                "-o",
                out.to_str().expect("utf-8"),
                "--backs",
                "fold",
                "--offset",
                "1.5,-0.5",
            ]
            .map(str::to_owned),
        );
        a
    };
    let run = |lang| {
        let a = args(lang);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        crate::support::run_cli_as_is(&refs)
    };
    let (code, stdout, stderr) = run(Some("sv"));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("varning: --offset 1.5,-0.5 gör ingen skillnad")
            && stderr.contains("--backs fold"),
        "{stderr}"
    );
    assert!(!stderr.contains("has no effect"), "{stderr}");
    assert!(stdout.contains("1 varning, se ovan"), "{stdout}");
    let (code, stdout, stderr) = run(Some("en"));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning: --offset 1.5,-0.5 has no effect"),
        "{stderr}"
    );
    assert!(stdout.contains("1 warning, see above"), "{stdout}");
    // Without --lang: the system's language, Swedish when it asks for Swedish.
    let (_, _, stderr) = run(None);
    let english =
        innovationslek::ui::i18n::Language::system() == innovationslek::ui::i18n::Language::English;
    assert_eq!(stderr.contains("has no effect"), english, "{stderr}");
    assert_eq!(stderr.contains("gör ingen skillnad"), !english, "{stderr}");
    // Every warning has both languages.
    for w in [
        innovationslek::pdf::Warning::Overflow { card: "a".into() },
        innovationslek::pdf::Warning::NoEffect {
            option: "--offset 1,0".into(),
            backs: BacksMode::None,
        },
        innovationslek::pdf::Warning::MissingGlyphs {
            card: "a".into(),
            characters: "☃".into(),
        },
        innovationslek::pdf::Warning::NeighbouringBacks,
        innovationslek::pdf::Warning::Logo(innovationslek::i18n::Key::LogoOutside.into()),
    ] {
        use innovationslek::i18n::Language;
        assert_ne!(w.message(Language::English), w.message(Language::Swedish));
        assert_eq!(w.to_string(), w.message(Language::English));
    }
}

#[test]
fn the_guide_never_prints_author_instructions() {
    let library = Library::load(&[decks_dir()], LoadOptions::default());
    let author_only = [
        "den här filen",
        "i filen",
        "this file",
        "in the file",
        "värdet minutes",
        "minutes value",
        "`minutes`",
        "fältet minutes",
    ];
    assert!(library.workshops.len() >= 8);
    for workshop in &library.workshops {
        let w = &workshop.value;
        // Neither the bundled texts (which the app shows too) …
        let mut texts = vec![w.description.clone().unwrap_or_default()];
        texts.extend(w.preparation.iter().cloned());
        for step in &w.steps {
            texts.push(step.instructions.clone());
            texts.extend(step.facilitator_notes.clone());
        }
        // … nor the guide made from them.
        let deck = w
            .deck
            .as_deref()
            .and_then(|id| library.deck(id))
            .map(|d| &d.value);
        let guide = innovationslek::pdf::guide::guide_document(
            w,
            deck,
            &innovationslek::pdf::GuideOptions::default(),
        );
        texts.push(format!("{:?}", guide.blocks));
        for text in texts {
            let lower = text.to_lowercase();
            for phrase in author_only {
                assert!(
                    !lower.contains(phrase),
                    "{}: {phrase:?} in {text:.200}",
                    w.id
                );
            }
        }
    }
    // A workshop whose description speaks to its author: the guide leaves that sentence out.
    let mut w = library.workshops[0].value.clone();
    w.description =
        Some("Ett pass för gruppen. Ändra värdet minutes för varje steg i den här filen.".into());
    let guide = innovationslek::pdf::guide::guide_document(
        &w,
        None,
        &innovationslek::pdf::GuideOptions::default(),
    );
    let text = format!("{:?}", guide.blocks);
    assert!(text.contains("Ett pass för gruppen."), "{text:.300}");
    assert!(!text.contains("den här filen"), "{text:.300}");
}

#[test]
fn the_print_preview_fits_the_text_again_only_when_a_face_changes() {
    let library = Library::load(&[decks_dir()], LoadOptions::default());
    let loaded = library
        .deck("innovationslek")
        .expect("the bundled deck loads");
    let mut state = innovationslek::ui::print::PrintState::new("innovationslek", "ut.pdf".into());
    let first = state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(state.faces_built(), 1);
    // Paper, where the backs go, crop marks, offset and strict move cards around the sheet
    // but change no face: no text is fitted again.
    state.paper = innovationslek::pdf::Paper::Letter;
    state.backs = innovationslek::pdf::BacksMode::ShortEdge;
    state.crop_marks = false;
    state.offset = [1.5, -0.5];
    state.strict = true;
    let moved = state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(
        state.faces_built(),
        1,
        "no re-fit for options that shape no face"
    );
    assert_eq!(moved.overflow, first.overflow);
    assert_ne!(
        moved.layout, first.layout,
        "the preview did follow the paper"
    );
    // The card size, bleed and ink shape every face: each lays them out anew, once.
    state.card = innovationslek::ui::print::CardChoice::Preset(1);
    state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(state.faces_built(), 2);
    state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(state.faces_built(), 2, "asking again reuses the preview");
    state.bleed = 3.0;
    state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    state.low_ink = true;
    state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(state.faces_built(), 4);
    // What the cache gives equals a preview built from nothing with the same options.
    let fresh = innovationslek::ui::print::Preview::build(&loaded.value, &state.options())
        .expect("a preview");
    let cached = state
        .preview(&loaded.value, &loaded.source)
        .expect("a preview");
    assert_eq!(cached.overflow, fresh.overflow);
    assert_eq!(cached.pages(), fresh.pages());
    assert_eq!(cached.back_faces(), fresh.back_faces());
}
