//! Every error and notice the user can meet, rendered in both languages through the catalogue.

use std::path::PathBuf;

use innovationslek::app::AppError;
use innovationslek::cli::error::CliError;
use innovationslek::clock::ClockError;
use innovationslek::export::docx::DocxError;
use innovationslek::i18n::{Language, Localized};
use innovationslek::pdf::PdfError;
use innovationslek::session::{
    CaptureError, DrawError, FollowUpError, ResumeNotice, SessionError, SessionFileError,
};

fn io(kind: std::io::ErrorKind) -> std::io::Error {
    std::io::Error::new(kind, "system text")
}

fn every_error() -> Vec<(String, Box<dyn Localized>)> {
    let path = PathBuf::from("sessions/a.ron");
    let draw = vec![
        DrawError::ZeroCount,
        DrawError::UnknownCategory {
            id: "x".into(),
            known: "`a`, `b`".into(),
        },
        DrawError::NotEnough {
            requested: 3,
            available: 1,
            from: Vec::new(),
            discarded: 0,
        },
        DrawError::NotEnough {
            requested: 3,
            available: 1,
            from: vec!["a".into(), "b".into()],
            discarded: 2,
        },
        DrawError::UnknownCard("c".into()),
        DrawError::WrongPlace {
            id: "c".into(),
            place: innovationslek::session::CardPlace::Kept,
        },
        DrawError::NothingToUndo,
    ];
    let capture = vec![
        CaptureError::WrongKind {
            wanted: "list",
            kind: "text",
        },
        CaptureError::OutOfRange {
            what: "row",
            index: 4,
            len: 1,
        },
        CaptureError::NotInList {
            item: "Chatt".into(),
        },
        CaptureError::StillInList {
            item: "Chatt".into(),
        },
    ];
    let mut all: Vec<(String, Box<dyn Localized>)> = Vec::new();
    for e in draw {
        all.push((format!("{e:?}"), Box::new(SessionError::Draw(e))));
    }
    for source in capture {
        all.push((
            format!("{source:?}"),
            Box::new(SessionError::Capture {
                field: "ideer".into(),
                source,
            }),
        ));
    }
    for e in [
        SessionError::UnknownField("f".into()),
        SessionError::ChangedKind {
            field: "f".into(),
            kind: "list",
            held: "text",
        },
        SessionError::NoSuchStep(7, 6),
        SessionError::LastStep,
        SessionError::FirstStep,
        SessionError::NoDeck,
        SessionError::Finished,
        SessionError::Break,
        SessionError::NothingToUndo,
        SessionError::NothingToRedo,
    ] {
        all.push((format!("{e:?}"), Box::new(e)));
    }
    for n in [
        ResumeNotice::WorkshopChanged {
            workshop: "w".into(),
        },
        ResumeNotice::StepsMissing(vec!["a".into(), "b".into()]),
        ResumeNotice::FieldsMissing(vec!["f".into()]),
    ] {
        all.push((format!("{n:?}"), Box::new(n)));
    }
    let file_errors = || {
        let mut v = vec![
            SessionFileError::Newer {
                path: path.clone(),
                version: 9,
            },
            SessionFileError::Damaged {
                path: path.clone(),
                problem: innovationslek::session::SessionFile::from_ron("(version: 1")
                    .expect_err("damaged"),
            },
            SessionFileError::Serialize("x".into()),
        ];
        for kind in [
            std::io::ErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied,
            std::io::ErrorKind::StorageFull,
            std::io::ErrorKind::AlreadyExists,
            std::io::ErrorKind::IsADirectory,
            std::io::ErrorKind::Other,
        ] {
            v.push(SessionFileError::Io {
                path: path.clone(),
                source: io(kind),
            });
        }
        v
    };
    for e in file_errors() {
        all.push((format!("{e:?}"), Box::new(e)));
    }
    // The option errors as the option checks make them.
    let options = || {
        use innovationslek::pdf::*;
        let too_large = PdfOptions {
            card: CardSize::new(200.0, 280.0),
            ..PdfOptions::new()
        };
        vec![
            parse_paper("a5").expect_err("paper"),
            parse_card_size("huge").expect_err("card"),
            parse_card_size("5x5").expect_err("card range"),
            parse_backs("both").expect_err("backs"),
            parse_back_style("glossy").expect_err("style"),
            parse_ink("none").expect_err("ink"),
            parse_offset("1;2").expect_err("offset"),
            parse_offset("40,0").expect_err("offset range"),
            parse_bleed("x").expect_err("bleed"),
            parse_bleed("9").expect_err("bleed range"),
            SheetLayout::compute(&too_large).expect_err("does not fit"),
            logo::load(std::path::Path::new("d.deck.ron"), "../logo.png").expect_err("logo"),
            logo::load(std::path::Path::new("d.deck.ron"), "logo.svg").expect_err("svg"),
            logo::load(std::path::Path::new("d.deck.ron"), "saknas.png").expect_err("missing"),
        ]
    };
    let pdf = || {
        let mut v = options();
        v.extend([
            PdfError::Overflow(vec!["a".into()]),
            PdfError::Overflow(vec!["a".into(), "b".into()]),
            PdfError::Render("x".into()),
        ]);
        v
    };
    for e in pdf() {
        all.push((format!("{e:?}"), Box::new(e)));
    }
    all.push((
        "ClockError".into(),
        Box::new(ClockError {
            text: "25:99".into(),
        }),
    ));
    let mut app = vec![
        AppError::Clock(ClockError {
            text: "25:99".into(),
        }),
        AppError::BadSeed("x".into()),
        AppError::NoSuchWorkshop("w".into()),
        AppError::NoDataFolder,
        AppError::Write {
            path: path.clone(),
            source: io(std::io::ErrorKind::StorageFull),
        },
    ];
    let follow_up = || {
        vec![
            FollowUpError::NoCarryOver("w".into()),
            FollowUpError::Begun("s".into()),
        ]
    };
    for e in follow_up() {
        all.push((format!("{e:?}"), Box::new(e)));
    }
    all.push(("DocxError".into(), Box::new(DocxError::new("x"))));
    for e in [
        CliError::NoDates(path.clone()),
        CliError::Docx(DocxError::new("x")),
        CliError::FollowUp(FollowUpError::Begun("s".into())),
        CliError::NoSessionsFolder,
    ] {
        all.push((format!("CliError {e:?}"), Box::new(e)));
    }
    app.extend([
        AppError::NoSession,
        AppError::NoDates,
        AppError::NoFollowUpWorkshop("fi".into()),
        AppError::Docx(DocxError::new("x")),
    ]);
    // The app's background work and the plan's due dates.
    use innovationslek::content_load::LoadError;
    use innovationslek::desktop::OpenError;
    use innovationslek::jobs::ExportError;
    use innovationslek::session::plan::DueDateError;
    use innovationslek::ui::print::PreviewError;
    let background: Vec<(String, Box<dyn Localized>)> = vec![
        (
            "ExportError::Write".into(),
            Box::new(ExportError::Write {
                path: path.clone(),
                reason: innovationslek::i18n::io_message(&io(std::io::ErrorKind::StorageFull)),
            }),
        ),
        (
            "ExportError::Stopped".into(),
            Box::new(ExportError::Stopped),
        ),
        (
            "ExportError::Start".into(),
            Box::new(ExportError::Start(ClockError {
                text: "25:99".into(),
            })),
        ),
        (
            "PreviewError::NoCards".into(),
            Box::new(PreviewError::NoCards),
        ),
        (
            "PreviewError::Pdf".into(),
            Box::new(PreviewError::Pdf(PdfError::Overflow(vec!["a".into()]))),
        ),
        ("LoadError::Stopped".into(), Box::new(LoadError::Stopped)),
        (
            "ListError::Stopped".into(),
            Box::new(innovationslek::jobs::ListError::Stopped),
        ),
        (
            "OpenError::Start".into(),
            Box::new(OpenError::Start {
                program: "xdg-open".into(),
                reason: innovationslek::i18n::io_message(&io(std::io::ErrorKind::NotFound)),
            }),
        ),
        (
            "OpenError::Failed".into(),
            Box::new(OpenError::Failed {
                program: "xdg-open".into(),
                code: 3,
                said: String::new(),
            }),
        ),
        (
            "OpenError::Signal".into(),
            Box::new(OpenError::Signal {
                program: "open".into(),
            }),
        ),
        (
            "watch_reason MaxFilesWatch".into(),
            Box::new(innovationslek::watch::watch_reason(&notify::Error::new(
                notify::ErrorKind::MaxFilesWatch,
            ))),
        ),
        (
            "DueDateError::Format".into(),
            Box::new(DueDateError::Format("x".into())),
        ),
        (
            "DueDateError::NoSuchDay".into(),
            Box::new(DueDateError::NoSuchDay("2026-02-30".into())),
        ),
        (
            "DueDateError::Year".into(),
            Box::new(DueDateError::Year("1900-01-01".into())),
        ),
    ];
    all.extend(background);
    app.extend(follow_up().into_iter().map(AppError::FollowUp));
    app.extend(file_errors().into_iter().map(AppError::SessionFile));
    app.extend(pdf().into_iter().map(AppError::Pdf));
    for e in app {
        all.push((format!("AppError {e:?}"), Box::new(e)));
    }
    all
}

#[test]
fn every_error_is_rendered_in_both_languages() {
    // Words that only an English sentence has: none may reach a Swedish message.
    let english_words = [
        " the ",
        " is ",
        " not ",
        " cannot ",
        " could ",
        " has ",
        " no ",
        " expected ",
        " at ",
    ];
    let swedish_words = [" är ", " inte ", " och ", " finns ", " kan ", " har "];
    for (what, error) in every_error() {
        let sv = error.message(Language::Swedish);
        let en = error.message(Language::English);
        assert!(!sv.trim().is_empty() && !en.trim().is_empty(), "{what}");
        assert_ne!(sv, en, "{what} is the same in both languages");
        assert!(
            !sv.contains("{$") && !en.contains("{$"),
            "{what}: {sv} / {en}"
        );
        let padded = |s: &str| format!(" {} ", s.to_lowercase());
        for word in english_words {
            assert!(
                !padded(&sv).contains(word),
                "{what}: English in Swedish: {sv}"
            );
        }
        for word in swedish_words {
            assert!(
                !padded(&en).contains(word),
                "{what}: Swedish in English: {en}"
            );
        }
    }
}

#[test]
fn the_start_time_error_and_the_last_step_error_read_well() {
    let clock = ClockError {
        text: "25:99".into(),
    };
    assert_eq!(
        clock.message(Language::Swedish),
        "Starttiden `25:99` är inte TT:MM på en 24-timmarsklocka, till exempel 09:00 eller 13:30."
    );
    assert_eq!(
        SessionError::LastStep.message(Language::Swedish),
        "Det här är sista steget: avsluta workshoppen i stället."
    );
    assert_eq!(
        SessionError::Draw(DrawError::NotEnough {
            requested: 1,
            available: 0,
            from: Vec::new(),
            discarded: 0,
        })
        .message(Language::English),
        "Cannot draw 1 card: only 0 left. Shuffle the discards back (R) or draw from the whole deck."
    );
    let full = SessionFileError::Io {
        path: PathBuf::from("a.ron"),
        source: io(std::io::ErrorKind::StorageFull),
    };
    assert_eq!(full.message(Language::Swedish), "a.ron: disken är full");
}

/// Broken files that meet the loader's rules: syntax, unknown fields, values, ids, references,
/// icons, logos, draws, `show`, votes and matrices.
const BROKEN: &[(&str, &str)] = &[
    ("a.deck.ron", "Deck(id: \"a\", titel: \"A\")"),
    (
        "b.deck.ron",
        "Deck(id: \"b\", title: \"B\", language: \"sv\", categories: [], cards: [] ",
    ),
    (
        "c.deck.ron",
        r##"Deck(id: "C c", title: "", language: "svenska",
    back: CardBack(title: "", color: "blå", icon: "kort", logo: "../logo.png"),
    categories: [
        Category(id: "a", name: "", color: "#000000", icon: "lightbulbs", symbol: "ABCD"),
        Category(id: "a", name: "A", color: "#000001"),
        Category(id: "tom", name: "Tom", color: "#FFFFFF", back: CardBack(title: "T", logo: "x.svg")),
    ],
    cards: [
        Card(id: "k", category: "b", title: "", text: " ", prompts: [""], minutes: 0, copies: 0),
        Card(id: "k", category: "a", title: "T", text: "X", minutes: "fem"),
    ])"##,
    ),
    (
        "w.workshop.ron",
        r##"Workshop(id: "w", title: "", language: "sv", deck: "C c",
    roles: [Role(name: "")], preparation: [""],
    steps: [
        Step(id: "s", title: "", minutes: 0, instructions: "", show: ["x"],
             draw: Draw(categories: ["Ä"], count: 0), pause: true,
             capture: [Field(id: "f", label: "", kind: Table(columns: ["", "a", "a"]))]),
        Step(id: "s", title: "S", minutes: 5, instructions: "I.", show: ["f", "f", "g", "v"],
             capture: [Field(id: "f", label: "F", kind: List),
                       Field(id: "v", label: "V", kind: Votes(of: "m", dots: 0)),
                       Field(id: "m", label: "M", kind: Matrix(of: "f2", x: "", y: ""))]),
    ])"##,
    ),
    (
        "x.workshop.ron",
        r##"Workshop(id: "x", title: "X", language: "sv", deck: "innovationslek",
    steps: [Step(id: "s", title: "S", minutes: 1, instructions: "I.",
        draw: Draw(categories: ["forsta", "saknas"], count: 2))])"##,
    ),
    (
        "y.workshop.ron",
        r##"Workshop(id: "y", title: "Y", language: "sv", deck: "innovationslek",
    steps: [Step(id: "s", title: "S", minutes: 1, instructions: "I.",
        draw: Draw(categories: ["forsta"], count: 99)),
        Step(id: "t", title: "T", minutes: 1, instructions: "I.",
        draw: Draw(categories: ["forsta"], count: 2))])"##,
    ),
    (
        "z.deck.ron",
        "Deck(id: \"z\", title: \"Z\", language: \"sv\", categories: [Category(id: \"a\" name: \"A\")])",
    ),
    ("u.ron", "()"),
];

#[test]
fn every_loader_diagnostic_is_said_in_both_languages_with_its_prefix() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in BROKEN {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    std::fs::copy(
        crate::support::decks_dir().join("innovationslek.deck.ron"),
        dir.path().join("innovationslek.deck.ron"),
    )
    .expect("copy");
    let library = innovationslek::model::Library::load(
        &[dir.path().to_path_buf(), dir.path().join("saknas")],
        innovationslek::model::LoadOptions::default(),
    );
    let found: Vec<_> = library.diagnostics().collect();
    let keys: std::collections::BTreeSet<&str> =
        found.iter().map(|d| d.message.key().id()).collect();
    assert!(
        keys.len() >= 50,
        "{} kinds of problem: {keys:?}",
        keys.len()
    );
    let english_words = [
        " the ",
        " is ",
        " not ",
        " has ",
        " no ",
        " expected ",
        " use ",
    ];
    let swedish_words = [
        " är ",
        " inte ",
        " och ",
        " finns ",
        " har ",
        " förväntade ",
    ];
    for d in found {
        let sv = d.message(Language::Swedish);
        let en = d.message(Language::English);
        assert_eq!(en, d.to_string());
        let location = d.location();
        let (sv_word, en_word) = if d.is_error() {
            ("fel", "error")
        } else {
            ("varning", "warning")
        };
        assert!(sv.starts_with(&format!("{location}: {sv_word}: ")), "{sv}");
        assert!(en.starts_with(&format!("{location}: {en_word}: ")), "{en}");
        assert_ne!(sv, en);
        let (sv_text, en_text) = (
            format!(" {} ", d.text(Language::Swedish).to_lowercase()),
            format!(" {} ", d.text(Language::English).to_lowercase()),
        );
        for word in english_words {
            assert!(!sv_text.contains(word), "English in Swedish: {sv}");
        }
        for word in swedish_words {
            assert!(!en_text.contains(word), "Swedish in English: {en}");
        }
    }
}

#[test]
fn check_speaks_swedish_when_asked_and_english_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.deck.ron"),
        "Deck(id: \"a\", titel: \"A\")",
    )
    .expect("write");
    let path = dir.path().to_str().expect("utf-8");
    let (code, out, err) = crate::support::run_cli(&["--lang", "sv", "check", path]);
    assert_eq!(code, 1);
    assert!(
        err.contains("a.deck.ron:1:15: fel: okänt fält `titel` i `Deck`, förväntade ett av `id`")
            && err.contains("(menar du `title`?)"),
        "{err}"
    );
    assert_eq!(
        out.trim(),
        "kontrollerade 1 fil: 0 kortlekar (0 kort), 0 workshoppar, 2 fel"
    );
    let (_, out, err) = crate::support::run_cli(&["--lang", "en", "check", path]);
    assert!(
        err.contains("a.deck.ron:1:15: error: unknown field `titel` in `Deck`"),
        "{err}"
    );
    assert_eq!(
        out.trim(),
        "checked 1 file: 0 decks (0 cards), 0 workshops, 2 errors"
    );
}

#[test]
fn a_summary_gives_its_date_and_notes_in_the_sessions_language() {
    use innovationslek::session::{ResumeNotice, SummaryData, render_markdown};
    let notes = || {
        vec![
            ResumeNotice::WorkshopChanged {
                workshop: "w".into(),
            }
            .to_message(),
        ]
    };
    for (id, date, note, foreign) in [
        (
            "kirunamodellen-60",
            "26 november 2026",
            "Workshoppen `w` har ändrats sedan sessionen sparades",
            "changed since",
        ),
        (
            "kirunamodellen-60-en",
            "26 November 2026",
            "The workshop `w` changed since this session was saved",
            "har ändrats",
        ),
    ] {
        let library = innovationslek::content::load_library(
            &[],
            true,
            innovationslek::model::LoadOptions::default(),
        );
        let workshop = library
            .workshop(id)
            .expect("bundled workshop")
            .value
            .clone();
        let start =
            chrono::DateTime::parse_from_rfc3339("2026-11-26T13:00:00+01:00").expect("time");
        let session = innovationslek::session::Session::new(
            workshop,
            String::new(),
            None,
            7,
            start,
            start.with_timezone(&chrono::Utc),
        );
        let data = SummaryData::build(&session, None, notes());
        let markdown = render_markdown(&data);
        assert!(markdown.contains(date), "{markdown}");
        assert!(!markdown.contains("2026-11-26"), "{markdown}");
        assert!(
            markdown.contains(note) && !markdown.contains(foreign),
            "{markdown}"
        );
        let pdf = innovationslek::report::summary_document(&data);
        let text = format!("{pdf:?}");
        assert!(text.contains(date), "the PDF summary's date: {text}");
    }
}

#[test]
fn a_pdf_library_failure_is_said_in_the_users_language_without_the_librarys_words() {
    let e = PdfError::Render("invalid xref table".into());
    let sv = e.message(Language::Swedish);
    assert!(
        sv.starts_with("PDF:en kunde inte göras på grund av ett fel i programmet."),
        "{sv}"
    );
    let en = e.message(Language::English);
    assert!(
        en.starts_with("The PDF could not be made because of a fault in the program."),
        "{en}"
    );
    for said in [&sv, &en] {
        assert!(!said.contains("xref"), "{said}");
        assert!(said.contains("INNOVATIONSLEK_DEBUG=1"), "{said}");
    }
    // The detail is kept for whoever reports the fault (the CLI prints it on request).
    assert!(format!("{e:?}").contains("invalid xref table"));
}
