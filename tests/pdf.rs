//! Print-ready PDFs: exported decks, the calibration sheet and the facilitator guide, parsed back
//! with lopdf (page size and count, text, embedded fonts, viewer preferences), and the command
//! line's `export` and `guide` with their errors.

use std::path::{Path, PathBuf};

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
    assert_eq!(export.pages, 14, "7 sheets of 9, fronts and backs");
    assert!(export.warnings.is_empty(), "{:?}", export.warnings);
    assert!(
        export.bytes.len() < 300 * 1024,
        "{} bytes",
        export.bytes.len()
    );
    let doc = parse(&export.bytes);
    assert_eq!(doc.get_pages().len(), 14);
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
        assert!(name.contains("DejaVuSansCondensed"), "{name}");
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

#[test]
fn every_option_exports_both_decks() {
    for id in ["innovationslek", "innovation-game"] {
        let deck = deck(id);
        for paper in Paper::ALL {
            for (_, card) in CardSize::PRESETS {
                for backs in BacksMode::ALL {
                    for bleed in [0.0, 3.0] {
                        let options = PdfOptions {
                            paper,
                            card,
                            backs,
                            bleed,
                            crop_marks: bleed == 0.0,
                            ..PdfOptions::new()
                        };
                        let export = export_deck(&deck, &options)
                            .unwrap_or_else(|e| panic!("{id} {paper} {card} {backs} {bleed}: {e}"));
                        let layout =
                            innovationslek::pdf::SheetLayout::compute(&options).expect("layout");
                        assert_eq!(export.pages, layout.pages_for(61));
                        // Mini cards are small: their long texts may shrink to the minimum and
                        // be reported; the larger cards fit.
                        if card.width >= 63.0 {
                            assert!(
                                export.warnings.is_empty(),
                                "{id} {card}: {:?}",
                                export.warnings
                            );
                        }
                    }
                }
            }
        }
    }
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
        (BacksMode::LongEdge, 14),
        (BacksMode::ShortEdge, 14),
        (BacksMode::None, 7),
        (BacksMode::Fold, 0),
    ] {
        let options = PdfOptions {
            backs,
            ..PdfOptions::new()
        };
        // Fold mode: as many pages as its layout needs for the deck.
        let pages = if pages == 0 {
            innovationslek::pdf::SheetLayout::compute(&options)
                .expect("layout")
                .pages_for(deck.cards.len())
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
        "export",
        deck_file.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning: card `for-langt`"), "{stderr}");
    assert!(!stderr.contains("`kort`"), "{stderr}");
    assert!(stdout.contains("1 warning(s)"), "{stdout}");
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
        stdout.contains("exports/innovation-game.pdf: 14 pages"),
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
    let export = export_test_sheet(&PdfOptions::new()).expect("sheet");
    assert_eq!(export.pages, 2);
    let doc = parse(&export.bytes);
    assert_eq!(doc.get_pages().len(), 2);
    let text = all_text(&doc);
    assert!(text.contains("--offset"), "{text}");
    assert!(text.contains("+10"), "{text}");
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
    assert!(stdout.contains("LETTER"), "{stdout}");
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
        "Facilitatorns anteckningar",
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
