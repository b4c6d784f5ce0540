//! Print-ready PDFs: exported decks, the calibration sheet and the facilitator guide, parsed back
//! with lopdf (page size and count, text, embedded fonts, viewer preferences), and the command
//! line's `export` and `guide` with their errors.

use std::path::{Path, PathBuf};

use innovationslek::i18n::Language;
use innovationslek::model::{Deck, Library, LoadOptions};
use innovationslek::pdf::{
    BacksMode, CardSize, Paper, PdfError, PdfOptions, export_deck, export_guide, export_test_sheet,
    guide::GuideOptions,
};
use lopdf::{Document, Object};

use crate::support::{decks_dir, run_cli, write};

fn library() -> Library {
    Library::load(&[decks_dir()], LoadOptions::default())
}

fn deck(id: &str) -> Deck {
    library().deck(id).expect("bundled deck").value.clone()
}

fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("a PDF lopdf can read")
}

/// Page size in mm of page `n` (1-based).
fn page_size_mm(doc: &Document, n: u32) -> (f32, f32) {
    let id = doc.get_pages()[&n];
    let page = doc.get_dictionary(id).expect("page");
    let media = page
        .get(b"MediaBox")
        .expect("media box")
        .as_array()
        .expect("array");
    let num = |o: &Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .expect("number")
    };
    let w = num(&media[2]) - num(&media[0]);
    let h = num(&media[3]) - num(&media[1]);
    (w * 25.4 / 72.0, h * 25.4 / 72.0)
}

fn all_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

fn info_string(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("info");
    match info.get(key).expect("key") {
        Object::String(bytes, _) => {
            if bytes.starts_with(&[0xFE, 0xFF]) {
                let units: Vec<u16> = bytes[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&units)
            } else {
                String::from_utf8_lossy(bytes).into_owned()
            }
        }
        other => panic!("{other:?}"),
    }
}

/// The base names of every font, and whether each has an embedded font file.
fn fonts(doc: &Document) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor".as_slice()) {
            continue;
        }
        let name = dict
            .get(b"FontName")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile");
        out.push((name, embedded));
    }
    out
}

fn collapse(text: &str) -> String {
    // Text extraction may split lines and hyphenate; compare letters only.
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn the_swedish_deck_exports_with_the_defaults() {
    let deck = deck("innovationslek");
    let export = export_deck(&deck, &PdfOptions::new()).expect("export");
    assert_eq!(export.cards, 61);
    assert_eq!(
        export.pages, 16,
        "the start sheet and 7 sheets of 9 (61 cards, legend, credits), fronts and backs"
    );
    assert_eq!(export.sheets, 8);
    assert!(export.warnings.is_empty(), "{:?}", export.warnings);
    assert!(
        export.bytes.len() < 300 * 1024,
        "{} bytes",
        export.bytes.len()
    );
    let doc = parse(&export.bytes);
    assert_eq!(doc.get_pages().len(), 16);
    let (w, h) = page_size_mm(&doc, 1);
    assert!(
        (w - 210.0).abs() < 0.1 && (h - 297.0).abs() < 0.1,
        "{w}×{h}"
    );
    let text = collapse(&all_text(&doc));
    for card in &deck.cards {
        // Titles are wrapped and possibly hyphenated on the card; the letters stay in order.
        assert!(
            text.contains(&collapse(&card.title)),
            "{} missing",
            card.title
        );
    }
    assert!(text.contains("FÖRSTÅPROBLEMET"));
    assert!(
        text.contains("161") && text.contains("6161"),
        "card numbers 1/61 … 61/61"
    );
}

#[test]
fn fonts_are_embedded_subsets_and_the_viewer_prints_at_100_percent() {
    let export = export_deck(&deck("innovationslek"), &PdfOptions::new()).expect("export");
    let doc = parse(&export.bytes);
    let fonts = fonts(&doc);
    assert!(!fonts.is_empty());
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} not embedded");
        // A subset's name carries a six-letter tag: ABCDEF+DejaVuSansCondensed.
        assert_eq!(name.find('+'), Some(6), "{name} is not a subset");
        // The cards use DejaVu Sans Condensed, the start sheet DejaVu Sans.
        assert!(name.contains("DejaVuSans"), "{name}");
    }
    let catalog = doc.catalog().expect("catalog");
    let prefs = catalog
        .get(b"ViewerPreferences")
        .and_then(Object::as_dict)
        .expect("viewer preferences");
    assert_eq!(
        prefs
            .get(b"PrintScaling")
            .and_then(Object::as_name)
            .expect("scaling"),
        b"None"
    );
    assert_eq!(
        prefs
            .get(b"Duplex")
            .and_then(Object::as_name)
            .expect("duplex"),
        b"DuplexFlipLongEdge"
    );
    assert_eq!(info_string(&doc, b"Title"), "Innovationslek!");
    assert!(info_string(&doc, b"Author").contains("Kiruna"));
}

/// The crop marks a page draws: the black 0.2 mm lines of its sheet groups.
fn drawn_crop_marks(
    page: &innovationslek::pdf::RenderPage,
) -> Vec<(innovationslek::pdf::PointMm, innovationslek::pdf::PointMm)> {
    use innovationslek::pdf::items::{Color, Item};
    let mut out = Vec::new();
    for g in &page.groups {
        if g.placement != innovationslek::pdf::Placement::SHEET {
            continue;
        }
        for item in &g.items {
            if let Item::Line { points, stroke } = item
                && stroke.color == Color::BLACK
                && (stroke.width - 0.2).abs() < 1e-4
                && stroke.dash.is_none()
            {
                out.extend(points.windows(2).map(|w| (w[0], w[1])));
            }
        }
    }
    out
}

/// Every paper, card preset, backs mode and bleed on both decks (288 cases), with the back
/// style, the ink and the offset varied from case to case: each exports, counts its pages as
/// the layout says, fits its text on the larger cards, and every crop mark the pages draw is at
/// least 4 mm long and 3 mm inside the paper.
#[test]
fn every_option_exports_both_decks() {
    use innovationslek::pdf::{BackStyle, Ink, Offset};
    let mut cases = 0;
    let mut marks_seen = 0;
    for id in ["innovationslek", "innovation-game"] {
        let deck = deck(id);
        for paper in Paper::ALL {
            for (_, card) in CardSize::PRESETS {
                for backs in BacksMode::ALL {
                    for bleed in [0.0, 3.0] {
                        let (back_style, ink) = match cases % 4 {
                            0 => (BackStyle::Office, Ink::Full),
                            1 => (BackStyle::Flood, Ink::Full),
                            2 => (BackStyle::Office, Ink::Low),
                            _ => (BackStyle::Flood, Ink::Low),
                        };
                        let options = PdfOptions {
                            paper,
                            card,
                            backs,
                            bleed,
                            back_style: Some(back_style),
                            ink,
                            offset: if cases % 3 == 0 {
                                Offset { x: 1.5, y: -0.5 }
                            } else {
                                Offset::default()
                            },
                            extras: cases % 5 != 0,
                            ..PdfOptions::new()
                        };
                        cases += 1;
                        let what = format!(
                            "{id} {paper} {card} {backs} bleed {bleed} {back_style:?} {ink:?}"
                        );
                        let laid = innovationslek::pdf::deck_pages(&deck, &options)
                            .unwrap_or_else(|e| panic!("{what}: {e}"));
                        let bytes = innovationslek::pdf::render::render(&laid.pages, &laid.info)
                            .unwrap_or_else(|e| panic!("{what}: {e}"));
                        assert!(bytes.starts_with(b"%PDF-"), "{what}");
                        let layout =
                            innovationslek::pdf::SheetLayout::compute(&options).expect("layout");
                        assert_eq!(
                            laid.pages.len(),
                            innovationslek::pdf::pages_for(&deck, &layout, &options)
                        );
                        let start_pages = if !options.extras {
                            0
                        } else if options.backs == BacksMode::LongEdge
                            || options.backs == BacksMode::ShortEdge
                        {
                            2
                        } else {
                            1
                        };
                        assert_eq!(
                            laid.pages.len(),
                            layout.pages_for(
                                innovationslek::pdf::printed_faces(&deck, &options).len()
                            ) + start_pages,
                            "{what}"
                        );
                        let (pw, ph) = paper.size_mm();
                        let mut on_front_pages = 0;
                        for page in &laid.pages[start_pages..] {
                            for (from, to) in drawn_crop_marks(page) {
                                let length = (from.x - to.x).hypot(from.y - to.y);
                                assert!(length >= 4.0 - 1e-3, "{what}: a {length} mm mark");
                                for p in [from, to] {
                                    assert!(
                                        p.x >= 3.0 - 1e-3
                                            && p.y >= 3.0 - 1e-3
                                            && p.x <= pw - 3.0 + 1e-3
                                            && p.y <= ph - 3.0 + 1e-3,
                                        "{what}: a mark at {p:?} is too close to the edge"
                                    );
                                }
                                on_front_pages += 1;
                            }
                        }
                        assert!(on_front_pages > 0, "{what}: no crop marks drawn");
                        marks_seen += on_front_pages;
                        // Mini cards are small: their long texts may shrink to the minimum and
                        // be reported; the larger cards fit.
                        if card.width >= 63.0 {
                            assert!(
                                laid.warnings.iter().all(|w| matches!(
                                    w,
                                    innovationslek::pdf::Warning::NoEffect { .. }
                                )),
                                "{what}: {:?}",
                                laid.warnings
                            );
                        }
                    }
                }
            }
        }
    }
    assert_eq!(cases, 288);
    assert!(marks_seen > 288 * 8, "{marks_seen}");
}

#[test]
fn page_sizes_and_counts_per_mode() {
    let deck = deck("innovation-game");
    for (paper, w, h) in [(Paper::A3, 297.0, 420.0), (Paper::Letter, 215.9, 279.4)] {
        let export = export_deck(
            &deck,
            &PdfOptions {
                paper,
                ..PdfOptions::new()
            },
        )
        .expect("export");
        let doc = parse(&export.bytes);
        let (pw, ph) = page_size_mm(&doc, 2);
        assert!(
            (pw - w).abs() < 0.1 && (ph - h).abs() < 0.1,
            "{paper}: {pw}×{ph}"
        );
    }
    for (backs, pages) in [
        (BacksMode::LongEdge, 16),
        (BacksMode::ShortEdge, 16),
        (BacksMode::None, 8),
        (BacksMode::Fold, 0),
    ] {
        let options = PdfOptions {
            backs,
            ..PdfOptions::new()
        };
        // Fold mode: as many pages as its layout needs for the deck.
        let pages = if pages == 0 {
            innovationslek::pdf::pages_for(
                &deck,
                &innovationslek::pdf::SheetLayout::compute(&options).expect("layout"),
                &options,
            )
        } else {
            pages
        };
        let export = export_deck(&deck, &options).expect("export");
        assert_eq!(export.pages, pages, "{backs}");
        assert_eq!(parse(&export.bytes).get_pages().len(), pages, "{backs}");
    }
}

fn overflowing_deck(dir: &Path) -> PathBuf {
    let long = "Det här kortet har alldeles för mycket text för ett spelkort. ".repeat(30);
    write(
        dir,
        "lang.deck.ron",
        &format!(
            r##"Deck(id: "lang", title: "Lång lek", language: "sv",
    categories: [Category(id: "a", name: "A", color: "#F0E442")],
    cards: [
        Card(id: "kort", category: "a", title: "Kort", text: "Kort text."),
        Card(id: "for-langt", category: "a", title: "För långt", text: "{long}"),
    ])"##
        ),
    )
}

#[test]
fn text_that_does_not_fit_is_reported_and_strict_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deck_file = overflowing_deck(dir.path());
    let out = dir.path().join("lang.pdf");
    let (code, stdout, stderr) = run_cli(&[
        "--lang",
        "en",
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning: card `for-langt`"), "{stderr}");
    assert!(!stderr.contains("`kort`"), "{stderr}");
    assert!(stdout.contains("1 warning, see above"), "{stdout}");
    assert!(out.is_file());

    // Strict: an error naming the card, exit 1, and the earlier file is left as it was.
    let before = std::fs::read(&out).expect("read");
    let (code, _, stderr) = run_cli(&[
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
        "--strict",
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("for-langt"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(std::fs::read(&out).expect("read"), before);
    let fresh = dir.path().join("strict.pdf");
    let (code, _, _) = run_cli(&[
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        fresh.to_str().expect("utf-8"),
        "--strict",
    ]);
    assert_eq!(code, 1);
    assert!(!fresh.exists());

    let lib = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
    let deck = &lib.deck("lang").expect("deck").value;
    let e = export_deck(
        deck,
        &PdfOptions {
            strict: true,
            ..PdfOptions::new()
        },
    )
    .expect_err("strict");
    assert_eq!(e, PdfError::Overflow(vec!["for-langt".to_owned()]));
}

#[test]
fn a_failed_write_leaves_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The output is an existing folder: the write fails, and nothing is left behind.
    let target = dir.path().join("taken.pdf");
    std::fs::create_dir(&target).expect("mkdir");
    std::fs::write(target.join("keep"), b"x").expect("fill");
    let (code, _, stderr) = run_cli(&[
        "export",
        "innovationslek",
        "-o",
        target.to_str().expect("utf-8"),
    ]);
    // A folder at the target is refused before anything is written: the `-o` is the input's
    // problem (exit 1), and the folder is left as it was.
    assert_eq!(code, 1);
    assert!(stderr.contains("could not write"), "{stderr}");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["taken.pdf".to_owned()]);
}

#[test]
fn the_command_line_prints_what_it_wrote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("sub/deck.pdf");
    let (code, stdout, stderr) = run_cli(&[
        "export",
        "innovationslek",
        "-o",
        out.to_str().expect("utf-8"),
        "--paper",
        "a3",
        "--card",
        "60x90",
        "--bleed",
        "2",
        "--backs",
        "short-edge",
        "--offset",
        "1.5,-0.5",
        "--no-crop-marks",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("61 cards"), "{stdout}");
    assert!(stdout.contains("60×90 mm on A3"), "{stdout}");
    let doc = parse(&std::fs::read(&out).expect("written"));
    let (w, h) = page_size_mm(&doc, 1);
    assert!((w - 297.0).abs() < 0.1 && (h - 420.0).abs() < 0.1);
}

#[test]
fn the_default_output_goes_to_exports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_innovationslek"))
        .current_dir(dir.path())
        .args([
            "--decks",
            decks_dir().to_str().expect("utf-8"),
            "export",
            "innovation-game",
        ])
        .output()
        .expect("run");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let path = dir.path().join("exports/innovation-game.pdf");
    assert!(path.is_file());
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert!(
        stdout.contains("exports/innovation-game.pdf: 16 pages"),
        "{stdout}"
    );
}

#[test]
fn bad_values_are_usage_errors_with_a_message() {
    for (args, want) in [
        (vec!["--card", "0x0"], "20–300 mm"),
        (vec!["--card", "jumbo"], "unknown card size `jumbo`"),
        (vec!["--bleed", "6"], "bleed 6 mm is out of range"),
        (vec!["--bleed", "-1"], "bleed -1 mm is out of range"),
        (vec!["--card", "300x300"], "does not fit on A4"),
        (vec!["--paper", "a5"], "unknown paper `a5`"),
        (vec!["--backs", "duplex"], "unknown backs mode"),
        (vec!["--offset", "1"], "is not X,Y in mm"),
        (vec!["--offset", "50,0"], "within ±20 mm"),
    ] {
        let mut all = vec!["export", "innovationslek", "-o", "/nonexistent/never.pdf"];
        all.extend(args.iter().copied());
        let (code, _, stderr) = run_cli(&all);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(want), "{args:?}: {stderr}");
    }
    let (code, _, stderr) = run_cli(&["export", "no-such-deck"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("no deck with id `no-such-deck`"),
        "{stderr}"
    );
}

#[test]
fn the_test_sheet_has_two_pages_with_scales() {
    let export = export_test_sheet(&PdfOptions::new(), Language::English).expect("sheet");
    assert_eq!(export.pages, 2);
    let doc = parse(&export.bytes);
    assert_eq!(doc.get_pages().len(), 2);
    let text = all_text(&doc);
    assert!(text.contains("--offset"), "{text}");
    assert!(text.contains("+10"), "{text}");
    // In the user's language only: an English user meets no Swedish, a Swedish one no English.
    assert!(
        text.contains("Duplex calibration") && !text.contains("Kalibrering"),
        "{text}"
    );
    let options = PdfOptions {
        offset: innovationslek::pdf::Offset { x: 1.5, y: -0.5 },
        ..PdfOptions::new()
    };
    let swedish = all_text(&parse(
        &export_test_sheet(&options, Language::Swedish)
            .expect("sheet")
            .bytes,
    ));
    assert!(
        swedish.contains("Kalibrering av dubbelsidig utskrift") && !swedish.contains("Duplex"),
        "{swedish}"
    );
    // The shift in Swedish numbers, with the app's field named as well as the option.
    assert!(
        swedish.contains("1,5") && swedish.contains("Flytta baksidor"),
        "{swedish}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("t.pdf");
    let (code, stdout, stderr) = run_cli(&[
        "export",
        "--test-sheet",
        "-o",
        out.to_str().expect("utf-8"),
        "--paper",
        "letter",
        "--offset",
        "0.5,1",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Letter paper"), "{stdout}");
    let (w, _) = page_size_mm(&parse(&std::fs::read(&out).expect("file")), 1);
    assert!((w - 215.9).abs() < 0.1);
}

#[test]
fn the_guide_has_the_agenda_steps_and_templates_in_the_workshops_language() {
    let lib = library();
    let workshop = &lib.workshop("kirunamodellen-135").expect("workshop").value;
    let deck = lib.deck("innovationslek").map(|d| &d.value);
    let export = export_guide(
        workshop,
        deck,
        &GuideOptions {
            start_minutes: 13 * 60 + 30,
        },
    )
    .expect("guide");
    let doc = parse(&export.bytes);
    let (w, h) = page_size_mm(&doc, 1);
    assert!((w - 210.0).abs() < 0.1 && (h - 297.0).abs() < 0.1);
    let text = all_text(&doc);
    for want in [
        "Förberedelser",
        "Agenda",
        "Roller",
        "Instruktioner",
        "Anteckningar för facilitatorn",
        "13:30",
        "15:45",
        "Vilka kompetenser",
        "Förstå problemet",
    ] {
        assert!(text.contains(want), "{want} missing");
    }
    for step in &workshop.steps {
        assert!(
            collapse(&text).contains(&collapse(&step.title)),
            "{}",
            step.title
        );
    }

    let en = &lib
        .workshop("kirunamodellen-135-en")
        .expect("workshop")
        .value;
    let deck = lib.deck("innovation-game").map(|d| &d.value);
    let export = export_guide(en, deck, &GuideOptions::default()).expect("guide");
    let text = all_text(&parse(&export.bytes));
    for want in [
        "Preparation",
        "Agenda",
        "Roles",
        "Instructions",
        "Facilitator notes",
        "09:00",
    ] {
        assert!(text.contains(want), "{want} missing");
    }
}

#[test]
fn the_guide_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("g.pdf");
    let (code, stdout, stderr) = run_cli(&[
        "guide",
        "kirunamodellen-60",
        "-o",
        out.to_str().expect("utf-8"),
        "--start",
        "10:15",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("60 min from 10:15"), "{stdout}");
    assert!(out.is_file());
    let (code, _, stderr) = run_cli(&["guide", "kirunamodellen-60", "--start", "25:00"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("HH:MM"), "{stderr}");
    let (code, _, stderr) = run_cli(&["guide", "nope"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no workshop with id `nope`"), "{stderr}");
}

#[test]
fn the_session_summary_pdf_has_the_times_the_chart_and_the_action_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_file = dir.path().join("protokoll.pdf");
    let session = crate::support::root().join("tests/golden/session.ron");
    let (code, out, err) = run_cli(&[
        "--decks",
        decks_dir().to_str().expect("utf-8"),
        "summary",
        session.to_str().expect("utf-8"),
        "--format",
        "pdf",
        "-o",
        out_file.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), out_file.to_str().expect("utf-8"));
    let doc = parse(&std::fs::read(&out_file).expect("written"));
    let (w, h) = page_size_mm(&doc, 1);
    assert!(
        (w - 210.0).abs() < 0.01 && (h - 297.0).abs() < 0.01,
        "A4: {w}×{h}"
    );
    let text = collapse(&all_text(&doc));
    for expected in [
        "Kirunamodellen 60 – sammanfattning",
        "Tid per steg",
        "Planerad tid",
        "Faktisk tid",
        "Dragna kort",
        "Handlingsplan",
        "Vilka kompetenser",
        "Summering",
    ] {
        assert!(
            text.contains(&collapse(expected)),
            "`{expected}` missing from the summary PDF"
        );
    }
}

/// The typesetting counts of a deck at the default card size: body hyphens, cards with a
/// hyphenated title, lone last lines (a short word or a hyphen fragment alone).
fn typesetting_counts(deck: &Deck) -> (usize, usize, usize, usize) {
    use innovationslek::pdf::face::{FaceContext, Typesetting, card_front};
    let mut hyphens = 0;
    let mut titles = 0;
    let mut lone = 0;
    for (i, card) in deck.cards.iter().enumerate() {
        let category = deck.categories.iter().find(|c| c.id == card.category);
        let face = card_front(
            card,
            category,
            CardSize::POKER,
            &FaceContext {
                deck_title: &deck.title,
                language: &deck.language,
                number: i + 1,
                total: deck.cards.len(),
                bleed: 0.0,
                ink: Default::default(),
            },
        );
        let t: Typesetting = face.typesetting;
        hyphens += t.hyphens;
        titles += usize::from(t.title_hyphenated);
        lone += t.lone_last_lines;
    }
    (deck.cards.len(), hyphens, titles, lone)
}

#[test]
fn the_bundled_decks_are_typeset_without_needless_hyphens_or_lone_words() {
    for id in ["innovationslek", "innovation-game"] {
        let (cards, hyphens, titles, lone) = typesetting_counts(&deck(id));
        eprintln!(
            "{id}: {cards} cards, {hyphens} hyphens, {titles} hyphenated titles, {lone} lone last lines"
        );
        assert_eq!(titles, 0, "{id}: no title is hyphenated");
        assert!(hyphens <= 15, "{id}: {hyphens} hyphens");
        assert!(lone <= 8, "{id}: {lone} lone last lines");
    }
}

/// The golden session with every capture filled with a workshop's worth of real sentences
/// (`grundproblem` set to `root`), as summary data.
fn long_session(root: &str) -> innovationslek::session::summary::SummaryData {
    use innovationslek::session::Session;
    use innovationslek::session::file::{content_hash, read_session};
    use innovationslek::session::summary::SummaryData;
    let sentence = |i: usize| {
        format!(
            "Punkt {i}: vi behöver en tydlig ärendeägare som håller ihop frågan från början till slut och berättar för invånaren var ärendet är"
        )
    };
    let list = |n: usize, chosen_every: usize| {
        (0..n)
            .map(|i| {
                format!(
                    "ListItem(text: \"{}\", chosen: {})",
                    sentence(i),
                    i % chosen_every == 0
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = (0..25)
        .map(|i| {
            let cells: Vec<String> = (0..5)
                .map(|c| format!("\"Rad {i} kolumn {c}: boka ett möte med ledningsgruppen\""))
                .collect();
            format!("[{}]", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let paragraphs = (0..6).map(sentence).collect::<Vec<_>>().join("\\n\\n");
    let captures = format!(
        r#"captures: {{
    "grundproblem": Text("{root}"),
    "handlingsplan": Table([{rows}]),
    "ideer": List([{ideas}]),
    "problembeskrivning": Text("{paragraphs}"),
    "symptom": List([{symptoms}]),
    "uppfoljning": Text("Torsdag 10 december klockan 13.00 i stora mötesrummet"),
    "valda-ideer": Text("{chosen}"),
  }},
  roles:"#,
        ideas = list(40, 7),
        symptoms = list(30, 100),
        chosen = sentence(99),
    );
    let golden = std::fs::read_to_string(crate::support::root().join("tests/golden/session.ron"))
        .expect("golden session");
    let start = golden.find("captures: {").expect("captures");
    let end = golden.find("roles:").expect("roles");
    let text = format!(
        "{}{captures}{}",
        &golden[..start],
        &golden[end + "roles:".len()..]
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "lang.session.ron", &text);
    let loaded = read_session(&path).expect("the generated session reads");
    let library = library();
    let workshop = library.workshop(&loaded.file.workshop).expect("workshop");
    let hash = content_hash(&workshop.source.text);
    let deck = library.deck("innovationslek").map(|d| d.value.clone());
    let (session, _) = Session::resume(loaded.file, workshop.value.clone(), &hash);
    SummaryData::build(&session, deck.as_ref(), Vec::new())
}

fn page_texts(page: &[innovationslek::pdf::items::Item]) -> Vec<(String, f32, f32, bool)> {
    use innovationslek::pdf::items::Item;
    use innovationslek::pdf::text::FontFace;
    page.iter()
        .filter_map(|i| match i {
            Item::Text {
                text,
                origin,
                style,
                ..
            } => Some((
                text.clone(),
                origin.y,
                style.size_pt,
                matches!(style.face, FontFace::SansBold),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_long_summary_starts_with_what_participants_need_and_breaks_pages_well() {
    use innovationslek::pdf::document::layout_document;
    use innovationslek::report::summary_document;
    let data = long_session(
        "Ingen har helheten över ärendet, så invånaren får vänta och fråga flera gånger",
    );
    let doc = summary_document(&data);
    let pages = layout_document(&doc);
    assert!(pages.len() >= 5, "a long session: {} pages", pages.len());
    let first: String = page_texts(&pages[0])
        .into_iter()
        .map(|t| t.0)
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "Grundproblem",
        "Ingen har helheten",
        "Valda idéer",
        "Handlingsplan",
        "Rad 0 kolumn 0",
    ] {
        assert!(first.contains(want), "`{want}` on the first page: {first}");
    }
    assert!(!first.contains("Frö för dragningarna"), "metadata is last");
    let last: String = page_texts(pages.last().expect("pages"))
        .into_iter()
        .map(|t| t.0)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(last.contains("Frö för dragningarna"), "{last}");
    for (n, page) in pages.iter().enumerate() {
        // The last line above the footer is never a heading (bold, 11 pt or more).
        let body: Vec<_> = page_texts(page)
            .into_iter()
            .filter(|t| t.1 < 280.0)
            .collect();
        let foot = body
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("text on every page");
        assert!(
            !(foot.3 && foot.2 >= 11.0),
            "page {}: heading `{}` alone at the foot",
            n + 1,
            foot.0
        );
    }
    // The chart is on one page with its heading.
    let chart_page = pages
        .iter()
        .position(|p| {
            page_texts(p)
                .iter()
                .any(|t| t.0 == "Planerad och faktisk tid")
        })
        .expect("chart heading");
    let labels: Vec<String> = page_texts(&pages[chart_page])
        .into_iter()
        .filter(|t| t.2 == 8.5)
        .map(|t| t.0)
        .collect();
    let bars = data
        .steps
        .iter()
        .filter(|s| {
            labels
                .iter()
                .any(|l| !l.is_empty() && s.title.starts_with(l.trim_end_matches('-')))
        })
        .count();
    assert_eq!(bars, data.steps.len(), "every bar with the chart's heading");
}

#[test]
fn a_30_kb_word_in_a_capture_gives_the_summary_pdf() {
    use innovationslek::report::summary_document;
    let word: String = "abcdefghijklmnopqrstuvwxyz"
        .chars()
        .cycle()
        .take(30_000)
        .collect();
    let data = long_session(&word);
    // Quadratic text fitting took half a minute here; linear, it is quick even in debug.
    let export = innovationslek::pdf::document::render_document(&summary_document(&data))
        .expect("summary PDF");
    let text: String = collapse(&all_text(&parse(&export.bytes)));
    assert!(
        text.contains(&word[..2000]),
        "the word is printed, broken across lines"
    );
}

#[test]
fn a_20_kb_word_on_a_card_exports() {
    let word: String = "abcdefghijklmnopqrstuvwxyz"
        .chars()
        .cycle()
        .take(20_000)
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "ord.deck.ron",
        &format!(
            r##"Deck(id: "ord", title: "Långt ord", language: "sv", categories: [Category(id: "a", name: "A", color: "#336699")], cards: [Card(id: "k", category: "a", title: "{}", text: "{word}")])"##,
            &word[..70]
        ),
    );
    let library = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
    let deck = library.deck("ord").expect("deck").value.clone();
    let export = export_deck(&deck, &PdfOptions::new()).expect("export");
    assert!(
        export
            .warnings
            .iter()
            .any(|w| w.to_string().contains("does not fit"))
    );
}

/// Runs the program with `SOURCE_DATE_EPOCH` set and returns the bytes it wrote to `out`.
fn reproducible_run(args: &[&str], out: &Path) -> Vec<u8> {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_innovationslek"))
        .env("SOURCE_DATE_EPOCH", "1764590400")
        .arg("--decks")
        .arg(decks_dir())
        .args(args)
        .arg("-o")
        .arg(out)
        .output()
        .expect("run");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read(out).expect("written")
}

#[test]
fn the_same_input_gives_the_same_bytes_with_source_date_epoch() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [
        &["export", "innovationslek"][..],
        &["guide", "kirunamodellen-135"][..],
    ] {
        let a = reproducible_run(args, &dir.path().join("a.pdf"));
        let b = reproducible_run(args, &dir.path().join("b.pdf"));
        assert!(a == b, "{args:?}: two runs differ");
        let doc = parse(&a);
        assert!(
            info_string(&doc, b"CreationDate").starts_with("D:20251201"),
            "{args:?}"
        );
    }
}

/// The trailer's document ID and the subset tags of the fonts.
fn identity(doc: &Document) -> (Vec<u8>, Vec<String>) {
    let id = match doc.trailer.get(b"ID").and_then(Object::as_array) {
        Ok(a) => match &a[0] {
            Object::String(bytes, _) => bytes.clone(),
            _ => Vec::new(),
        },
        Err(_) => Vec::new(),
    };
    let tags = fonts(doc)
        .into_iter()
        .map(|(name, _)| name[..6].to_owned())
        .collect();
    (id, tags)
}

#[test]
fn every_file_has_its_own_id_and_subset_tags_a_header_for_its_features_and_grey_ink() {
    let sv = export_deck(&deck("innovationslek"), &PdfOptions::new()).expect("sv");
    let en = export_deck(&deck("innovation-game"), &PdfOptions::new()).expect("en");
    assert!(sv.bytes.starts_with(b"%PDF-1.7"), "{:?}", &sv.bytes[..8]);
    let (a, b) = (parse(&sv.bytes), parse(&en.bytes));
    let (id_a, tags_a) = identity(&a);
    let (id_b, tags_b) = identity(&b);
    assert_eq!(id_a.len(), 16);
    assert_ne!(id_a, id_b, "document IDs");
    assert!(!tags_a.is_empty());
    for tag in &tags_a {
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()), "{tag}");
        assert!(!tags_b.contains(tag), "subset tag {tag} in both files");
    }
    // Black and grey in DeviceGray: no RGB triple of three equal values in any page.
    for (_, page) in a.get_pages() {
        let content = String::from_utf8_lossy(&a.get_page_content(page)).into_owned();
        assert!(
            content.contains(" g\n") || content.contains(" G\n"),
            "grey operators"
        );
        for line in content.lines() {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let [r, g, b, op] = parts[..]
                && (op == "rg" || op == "RG")
            {
                assert!(!(r == g && g == b), "grey in RGB: {line}");
            }
        }
    }
    // Author is short, Subject in the deck's language.
    assert!(info_string(&a, b"Author").chars().count() <= 80);
    assert!(
        info_string(&a, b"Subject").contains("kort"),
        "{}",
        info_string(&a, b"Subject")
    );
    assert!(info_string(&b, b"Subject").contains("cards"));
}

#[test]
fn guides_and_summaries_have_bookmarks_and_a_language() {
    let library = library();
    let w = &library
        .workshop("kirunamodellen-135")
        .expect("workshop")
        .value;
    let export =
        export_guide(w, Some(&deck("innovationslek")), &GuideOptions::default()).expect("guide");
    let doc = parse(&export.bytes);
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(
        catalog.get(b"Lang").and_then(Object::as_str).expect("Lang"),
        b"sv"
    );
    let outlines = catalog
        .get(b"Outlines")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("outline");
    let count = outlines
        .get(b"Count")
        .and_then(Object::as_i64)
        .expect("count");
    assert!(count >= 2, "top-level bookmarks: {count}");
    let entries = doc
        .objects
        .values()
        .filter(|o| {
            o.as_dict()
                .is_ok_and(|d| d.has(b"Dest") && d.has(b"Parent"))
        })
        .count();
    assert!(entries >= w.steps.len() + 3, "bookmarks: {entries}");
    let first = outlines
        .get(b"First")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("first bookmark");
    assert!(first.has(b"Dest") && first.has(b"Title"));
    // The guide's own words speak to the facilitator, not to the author of the file.
    let text = collapse(&all_text(&doc));
    assert!(!text.contains("workshopfilen"), "{text}");
}

#[test]
fn an_offset_without_duplex_backs_is_reported() {
    for backs in [BacksMode::Fold, BacksMode::None] {
        let options = PdfOptions {
            backs,
            offset: innovationslek::pdf::Offset { x: 1.5, y: 0.0 },
            ..PdfOptions::new()
        };
        let export = export_deck(&deck("innovation-game"), &options).expect("export");
        assert!(
            export
                .warnings
                .iter()
                .any(|w| w.to_string().contains("--offset")),
            "{backs:?}: {:?}",
            export.warnings
        );
    }
    let options = PdfOptions {
        offset: innovationslek::pdf::Offset { x: 1.5, y: 0.0 },
        ..PdfOptions::new()
    };
    let export = export_deck(&deck("innovation-game"), &options).expect("export");
    assert!(export.warnings.is_empty(), "{:?}", export.warnings);
}

#[test]
fn both_bundled_decks_export_strictly_with_the_default_options() {
    // Issue #14: the longer English cards still fit a poker card with the default options, so
    // `export --strict` (which refuses to write when any text does not fit) writes both decks.
    let dir = tempfile::tempdir().expect("tempdir");
    let decks = decks_dir();
    for id in ["innovationslek", "innovation-game"] {
        let out = dir.path().join(format!("{id}.pdf"));
        let (code, stdout, stderr) = run_cli(&[
            "--decks",
            decks.to_str().expect("utf-8"),
            "export",
            id,
            "-o",
            out.to_str().expect("utf-8"),
            "--strict",
        ]);
        assert_eq!(code, 0, "{id}: {stderr}");
        assert!(!stderr.contains("warning"), "{id}: {stderr}");
        assert!(!stdout.contains("warning"), "{id}: {stdout}");
        assert!(out.is_file(), "{id}: {stdout}");
    }
}

/// The facilitator guide of a workshop whose every step has a notes box of its own length
/// (2–12 sentences, so the boxes land at many places on the pages): no box that fits on a page
/// is split, and no page ends with a heading.
#[test]
fn a_long_guide_never_splits_a_notes_box_or_leaves_a_heading_at_the_foot() {
    use innovationslek::pdf::document::layout_document;
    use innovationslek::pdf::guide::guide_document;
    use innovationslek::pdf::items::Item;
    for id in ["kirunamodellen-135", "kirunamodellen-135-en"] {
        let library = library();
        let mut workshop = library.workshop(id).expect("workshop").value.clone();
        let deck = workshop
            .deck
            .as_deref()
            .and_then(|d| library.deck(d))
            .map(|d| d.value.clone());
        let original = workshop.steps.clone();
        // Twice the steps, for more page breaks.
        workshop.steps.extend(original);
        let mut boxes = 0;
        for (i, step) in workshop.steps.iter_mut().enumerate() {
            let n = 2 + (i * 7) % 11;
            step.facilitator_notes = Some(
                (0..n)
                    .map(|k| {
                        format!(
                            "Anteckning {k} i steg {i}: be gruppen skriva ner vad de redan \
                             vet och vad de behöver ta reda på före nästa möte."
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            boxes += 1;
        }
        let doc = guide_document(&workshop, deck.as_ref(), &Default::default());
        let pages = layout_document(&doc);
        assert!(pages.len() >= 8, "{id}: {} pages", pages.len());
        // Every box draws one accent bar (1.2 mm wide at the left margin) per piece.
        let bars: Vec<(usize, f32, f32)> = pages
            .iter()
            .enumerate()
            .flat_map(|(n, page)| {
                page.iter().filter_map(move |item| match item {
                    Item::Rect {
                        rect,
                        fill: Some(_),
                        ..
                    } if (rect.width - 1.2).abs() < 1e-3 => Some((n, rect.y, rect.bottom())),
                    _ => None,
                })
            })
            .collect();
        assert_eq!(bars.len(), boxes, "{id}: a notes box was split: {bars:?}");
        for (n, page) in pages.iter().enumerate() {
            let texts = page_texts(page);
            // Each box holds the whole of its notes: the first and the last sentence of one
            // step on the same page.
            for (text, _, _, _) in &texts {
                if let Some(rest) = text.strip_prefix("Anteckning 0 i steg ") {
                    let step: usize = rest
                        .split(':')
                        .next()
                        .and_then(|s| s.trim().parse().ok())
                        .expect("step number");
                    let last = 1 + (step * 7) % 11;
                    let joined: String = texts
                        .iter()
                        .map(|t| t.0.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    assert!(
                        joined.contains(&format!("Anteckning {last} i steg {step}")),
                        "{id}: page {}: the notes of step {step} go on",
                        n + 1
                    );
                }
            }
            let body: Vec<_> = texts.into_iter().filter(|t| t.1 < 280.0).collect();
            let foot = body
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .expect("text on every page");
            assert!(
                !(foot.3 && foot.2 >= 11.0),
                "{id}: page {}: heading `{}` alone at the foot",
                n + 1,
                foot.0
            );
        }
    }
}
