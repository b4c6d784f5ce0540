//! The desktop product: the app as a launcher starts it (any working folder, the bundled
//! content, the user's folder in their documents), the home screen, and the dialogs and the
//! opener (answered by a stand-in for the system).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use innovationslek::app::{App, Command, PersistedState, View};
use innovationslek::content;
use innovationslek::desktop::{Desktop, System};
use innovationslek::session::SessionStore;
use innovationslek::ui::Selection;
use innovationslek::ui::i18n::Language;

fn state(language: Language) -> PersistedState {
    PersistedState {
        language,
        ..PersistedState::default()
    }
}

/// The app as the desktop starts it, with its documents and sessions in `dir`.
fn desktop_app(dir: &Path, language: Language) -> App {
    let mut app = App::desktop(
        None,
        state(language),
        Some(dir.join("Dokument").join(content::DOCUMENTS_FOLDER)),
        false,
    );
    app.set_store(Some(SessionStore::new(dir.join("sessions"))));
    app
}

fn harness_sized(app: App, size: egui::Vec2) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn harness(app: App) -> Harness<'static, App> {
    harness_sized(app, egui::vec2(1280.0, 800.0))
}

/// Draws frames until `done` holds (an answer from a background thread), at most 5 s, then
/// runs the window to rest. Frame by frame while waiting: the answer arrives whenever the
/// thread sends it, and the new widgets it brings each ask for one more frame, so a
/// `Harness::run` that it lands in near its end would go past the harness's step budget.
fn run_until(harness: &mut Harness<'static, App>, done: impl Fn(&App) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done(harness.state()) {
        assert!(Instant::now() < deadline, "no answer within 5 s");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Answers the dialogs and the opener in place of the system.
struct Stand {
    folder: Option<PathBuf>,
    save_as: Option<PathBuf>,
    open: Result<(), innovationslek::desktop::OpenError>,
}

impl System for Stand {
    fn pick_folder(&self, _start: &Path) -> Option<PathBuf> {
        // A person takes a moment; an answer at once would count as "no dialog".
        std::thread::sleep(Duration::from_millis(350));
        self.folder.clone()
    }
    fn save_file(&self, _suggested: &Path) -> Option<PathBuf> {
        std::thread::sleep(Duration::from_millis(350));
        self.save_as.clone()
    }
    fn open(&self, _path: &Path) -> Result<(), innovationslek::desktop::OpenError> {
        self.open.clone()
    }
}

fn stand_in(app: &mut App, stand: Stand) {
    app.desktop = Desktop::new(Arc::new(stand));
}

/// Runs the check in a new process of this test binary whose working folder is an empty
/// temporary folder (the working folder is the whole process's, so not in this one).
#[test]
fn from_an_empty_working_folder_the_app_lists_the_bundled_decks_and_workshops() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "home::in_an_empty_working_folder",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    assert!(text.contains("1 passed"), "{text}");
}

#[test]
#[ignore = "run by the test above, in an empty working folder"]
fn in_an_empty_working_folder() {
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0, "not empty");
    let home = tempfile::tempdir().unwrap();
    let mut harness = harness(desktop_app(home.path(), Language::Swedish));
    harness.run();
    let app = harness.state();
    assert!(app.library.deck("innovationslek").is_some());
    assert!(app.library.deck("innovation-game").is_some());
    for id in [
        "kirunamodellen-135",
        "kirunamodellen-60",
        "kirunamodellen-digital",
        "kirunamodellen-135-en",
    ] {
        assert!(app.library.workshop(id).is_some(), "{id}");
    }
    assert_eq!(app.library.summary().errors, 0);
    harness.get_by_label("Öppna workshoppen Kirunamodellen 135");
    harness.get_by_label("Skriv ut Innovationslek!…");
    // Every default output lands in the documents folder, never in the working folder.
    let documents = home.path().join("Dokument").join(content::DOCUMENTS_FOLDER);
    assert_eq!(
        harness.state().exports_dir,
        documents.join(content::EXPORTS_FOLDER)
    );
    // The command line finds the bundled content too when there is no decks/ here.
    let (code, out, err) = crate::support::run_cli(&["draw", "innovationslek", "--seed", "7"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    let guide = home.path().join("guide.pdf");
    let (code, _, err) =
        crate::support::run_cli(&["guide", "kirunamodellen-135", "-o", guide.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(guide.is_file());
    // Nothing was written into the working folder.
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0);
}

#[test]
fn the_first_start_creates_the_folder_and_says_so() {
    let home = tempfile::tempdir().unwrap();
    let harness = harness(desktop_app(home.path(), Language::Swedish));
    let folder = home.path().join("Dokument").join(content::DOCUMENTS_FOLDER);
    assert!(folder.join(content::README_NAME).is_file());
    assert!(folder.join(content::EXAMPLE_NAME).is_file());
    harness.get_by_label_contains("Din mapp skapades nu");
    harness.get_by_label_contains(&folder.display().to_string());
    // The example is the user's own deck, beside the bundled ones.
    harness.get_by_label("1 egen kortlek och 0 egna workshoppar.");
    assert!(harness.state().library.deck(content::EXAMPLE_ID).is_some());
    assert_eq!(harness.state().folder, folder);
    // The second start does not say it again.
    let harness = harness_from(desktop_app(home.path(), Language::Swedish));
    assert!(
        harness
            .query_by_label_contains("Din mapp skapades nu")
            .is_none()
    );
}

#[test]
fn an_english_first_start_gets_the_english_example_and_the_format_guide() {
    let home = tempfile::tempdir().unwrap();
    let harness = harness(desktop_app(home.path(), Language::English));
    let folder = home.path().join("Dokument").join(content::DOCUMENTS_FOLDER);
    assert!(folder.join(content::EXAMPLE_NAME_EN).is_file());
    assert!(!folder.join(content::EXAMPLE_NAME).exists());
    let guide = std::fs::read_to_string(folder.join(content::FORMATS_NAME)).unwrap();
    assert!(
        guide.starts_with("# Writing decks and workshops"),
        "{guide:.80}"
    );
    let example = std::fs::read_to_string(folder.join(content::EXAMPLE_NAME_EN)).unwrap();
    assert!(example.contains("title: \"My deck\""), "{example:.400}");
    // The English example is the user's own deck, in English.
    let deck = harness
        .state()
        .library
        .deck(content::EXAMPLE_ID_EN)
        .expect("the English example loads");
    assert!(!content::is_bundled(&deck.source.path));
    assert_eq!(harness.state().library.summary().errors, 0);
}

fn harness_from(app: App) -> Harness<'static, App> {
    harness(app)
}

#[test]
fn a_facilitator_starts_kirunamodellen_135_in_two_clicks() {
    let home = tempfile::tempdir().unwrap();
    let mut harness = harness(desktop_app(home.path(), Language::Swedish));
    assert!(matches!(harness.state().view, View::Home));
    harness.get_by_label("Kör en workshop");
    for title in SWEDISH_WORKSHOPS {
        harness.get_by_label(&format!("Öppna workshoppen {title}"));
    }
    harness
        .get_by_label("Öppna workshoppen Kirunamodellen 135")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selection,
        Some(Selection::Workshop("kirunamodellen-135".to_owned()))
    );
    harness.get_by_label("Starta").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    let active = harness.state().session.as_ref().unwrap();
    assert_eq!(active.session.workshop().id, "kirunamodellen-135");
}

/// The bundled workshops in Swedish, as the Swedish home screen lists them.
const SWEDISH_WORKSHOPS: [&str; 4] = [
    "Kirunamodellen 135",
    "Kirunamodellen 60",
    "Kirunamodellen digital halvdag",
    "Kirunamodellen uppföljning",
];

/// The bundled workshops in English.
const ENGLISH_WORKSHOPS: [&str; 4] = [
    "Kirunamodellen 135 (English)",
    "Kirunamodellen 60 (English)",
    "Kirunamodellen digital half day (English)",
    "Kirunamodellen follow-up (English)",
];

/// A Swedish facilitator sees the Swedish workshops and deck, not their English editions
/// as well; one tick shows those too (and is remembered), and the English interface does
/// the same the other way round.
#[test]
fn the_home_screen_lists_the_interface_language_and_the_others_on_request() {
    let home = tempfile::tempdir().unwrap();
    let app = desktop_app(home.path(), Language::Swedish);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    let open = |title: &str| format!("Öppna workshoppen {title}");
    for title in SWEDISH_WORKSHOPS {
        harness.get_by_label(&open(title));
    }
    for title in ENGLISH_WORKSHOPS {
        assert!(harness.query_by_label(&open(title)).is_none(), "{title}");
    }
    harness.get_by_label("Skriv ut Innovationslek!…");
    assert!(
        harness
            .query_by_label("Skriv ut Innovation Game!…")
            .is_none()
    );
    // The user's own deck is listed whatever its language (the example is Swedish here).
    harness.get_by_label("Skriv ut Min kortlek…");
    let toggle = "Visa även workshoppar och kortlekar på engelska (5)";
    harness.get_by_label(toggle).click();
    harness.run();
    assert!(harness.state().state.home_all_languages);
    for title in SWEDISH_WORKSHOPS.iter().chain(&ENGLISH_WORKSHOPS) {
        harness.get_by_label(&open(title));
    }
    harness.get_by_label("Skriv ut Innovation Game!…");
    // The Swedish ones still come first.
    let first = harness.get_by_label(&open("Kirunamodellen 135")).rect();
    let english = harness.get_by_label(&open(ENGLISH_WORKSHOPS[0])).rect();
    assert!(first.top() < english.top(), "{first:?} {english:?}");
    harness.get_by_label(toggle).click();
    harness.run();
    assert!(!harness.state().state.home_all_languages);
    assert!(
        harness
            .query_by_label(&open(ENGLISH_WORKSHOPS[0]))
            .is_none()
    );

    let app = desktop_app(home.path(), Language::English);
    let harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    for title in ENGLISH_WORKSHOPS {
        harness.get_by_label(&format!("Open the workshop {title}"));
    }
    for title in SWEDISH_WORKSHOPS {
        let label = format!("Open the workshop {title}");
        assert!(harness.query_by_label(&label).is_none(), "{title}");
    }
    harness.get_by_label("Also show workshops and decks in Swedish (5)");
}

/// Starts a session of Kirunamodellen 135 in the store under `dir`, moves to its third step,
/// and closes the app (everything is saved).
fn leave_a_session(dir: &Path) -> String {
    let mut app = desktop_app(dir, Language::Swedish);
    app.apply(Command::StartSession {
        workshop_id: "kirunamodellen-135".to_owned(),
        start: "13:00".to_owned(),
        seed: "42".to_owned(),
    });
    for _ in 0..2 {
        app.apply(Command::Session(
            innovationslek::session::SessionCommand::Next,
        ));
    }
    app.flush_saves();
    let id = app.session.as_ref().unwrap().session.id().to_owned();
    assert!(app.save_error().is_none());
    id
}

#[test]
fn an_unfinished_session_is_a_continue_card_that_resumes_it() {
    let home = tempfile::tempdir().unwrap();
    let id = leave_a_session(home.path());
    let mut harness = harness(desktop_app(home.path(), Language::Swedish));
    harness.get_by_label("Fortsätt där ni slutade");
    let steps = &harness
        .state()
        .library
        .workshop("kirunamodellen-135")
        .unwrap()
        .value
        .steps;
    let (total, third) = (steps.len(), steps[2].title.clone());
    harness.get_by_label(&format!("Steg 3 av {total}: {third}"));
    harness.get_by_label_contains("Senast ändrad ");
    harness.get_by_label("Fortsätt Kirunamodellen 135").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    let active = harness.state().session.as_ref().unwrap();
    assert_eq!(active.session.id(), id);
    assert_eq!(active.session.current(), 2);
    // Back home, the open session is not offered again.
    harness.state_mut().apply(Command::ShowHome);
    harness.run();
    assert!(
        harness
            .query_by_label("Fortsätt Kirunamodellen 135")
            .is_none()
    );
}

#[test]
fn printing_is_reachable_and_saves_into_the_documents_folder() {
    let home = tempfile::tempdir().unwrap();
    // Tall enough that the decks below every workshop are on screen without scrolling.
    let app = desktop_app(home.path(), Language::Swedish);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    harness.get_by_label("Skriv ut en kortlek");
    harness.get_by_label("Skriv ut Innovationslek!…").click();
    harness.run();
    let View::Print(print) = &harness.state().view else {
        panic!("not the print dialog: {:?}", harness.state().view);
    };
    let expected = home
        .path()
        .join("Dokument")
        .join(content::DOCUMENTS_FOLDER)
        .join(content::EXPORTS_FOLDER)
        .join("innovationslek.pdf");
    assert_eq!(PathBuf::from(&print.output), expected);
    // "Välj…" asks the system where to save; the answer becomes the output file.
    let chosen = home.path().join("utskrift");
    stand_in(
        harness.state_mut(),
        Stand {
            folder: None,
            save_as: Some(chosen.clone()),
            open: Ok(()),
        },
    );
    harness.get_by_label("Välj…").click();
    harness.step();
    run_until(
        &mut harness,
        |app| matches!(&app.view, View::Print(p) if p.output.ends_with("utskrift.pdf")),
    );
    // Back, then the home tab.
    harness.get_by_label("Start").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Home));
    // Browsing a deck is one click too.
    harness.get_by_label("Bläddra i Innovationslek!").click();
    harness.run();
    assert!(harness.state().view_is_browser());
}

#[test]
fn the_own_folder_lists_problems_and_can_be_opened_reloaded_and_changed() {
    let home = tempfile::tempdir().unwrap();
    // Tall enough that the folder's section at the end is on screen without scrolling.
    let app = desktop_app(home.path(), Language::Swedish);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    harness.get_by_label("Inga fel i dina filer.");
    // A broken file in the folder, then "Läs in igen".
    let folder = harness.state().folder.clone();
    std::fs::write(
        folder.join("trasig.deck.ron"),
        "Deck(id: \"trasig\", titel: \"x\")",
    )
    .unwrap();
    harness.get_by_label("Läs in igen").click();
    harness.run();
    harness.get_by_label("Fel eller varningar i 1 fil:");
    harness.get_by_label_contains("trasig.deck.ron · ").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Library));
    assert_eq!(
        harness.state().selection,
        Some(Selection::File(folder.join("trasig.deck.ron")))
    );
    harness.state_mut().apply(Command::ShowHome);
    harness.run();

    // "Öppna mappen" where no file manager exists: a message with the path to copy.
    stand_in(
        harness.state_mut(),
        Stand {
            folder: None,
            save_as: None,
            open: Err(innovationslek::desktop::OpenError::Failed {
                program: "xdg-open".to_owned(),
                code: 3,
                said: "no method available".to_owned(),
            }),
        },
    );
    harness.get_by_label("Öppna mappen").click();
    harness.step();
    run_until(&mut harness, |app| app.reveal_error.is_some());
    harness.run();
    harness.get_by_label_contains("Kunde inte öppna");
    // Why, in the interface's language too (the opener's own words stay as it said them).
    harness.get_by_label_contains("xdg-open: avslutades med kod 3: no method available");
    harness.get_by_label_contains("Öppna den själv");
    harness.get_by_label("Kopiera sökvägen");

    // "Välj en annan mapp…": the chosen folder is loaded and remembered.
    let other = home.path().join("andra");
    std::fs::create_dir_all(&other).unwrap();
    stand_in(
        harness.state_mut(),
        Stand {
            folder: Some(other.clone()),
            save_as: None,
            open: Ok(()),
        },
    );
    harness.get_by_label("Välj en annan mapp…").click();
    harness.step();
    run_until(&mut harness, |app| app.folder == other);
    assert_eq!(harness.state().state.decks_folder, Some(other.clone()));
    // The bundled content stays.
    assert!(harness.state().library.deck("innovationslek").is_some());
}

#[cfg(unix)]
#[test]
fn a_problem_of_the_folder_itself_is_said_in_the_interface_language() {
    // A link to a folder inside the user's folder is a problem of no one file: it was listed
    // with its English text on the Swedish home screen.
    let home = tempfile::tempdir().unwrap();
    let app = desktop_app(home.path(), Language::Swedish);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    let folder = harness.state().folder.clone();
    let elsewhere = home.path().join("annat");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, folder.join("genväg")).unwrap();
    harness.get_by_label("Läs in igen").click();
    harness.run();
    harness.get_by_label_contains("en länk till en mapp: följs inte");
    assert!(harness.query_by_label_contains("not followed").is_none());
    harness
        .state_mut()
        .apply(Command::SetLanguage(Language::English));
    harness.run();
    harness.get_by_label_contains("a link to a folder: not followed");
}

#[test]
fn a_dialog_that_cannot_open_says_so_in_the_interface_language() {
    struct NoPortal;
    impl System for NoPortal {
        fn pick_folder(&self, _start: &Path) -> Option<PathBuf> {
            None
        }
        fn save_file(&self, _suggested: &Path) -> Option<PathBuf> {
            None
        }
        fn open(&self, _path: &Path) -> Result<(), innovationslek::desktop::OpenError> {
            Ok(())
        }
    }
    let home = tempfile::tempdir().unwrap();
    let app = desktop_app(home.path(), Language::English);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    harness.state_mut().desktop = Desktop::new(Arc::new(NoPortal));
    harness.get_by_label("Choose another folder…").click();
    harness.step();
    run_until(&mut harness, |app| app.dialog_error.is_some());
    harness.run();
    harness.get_by_label_contains("No file or folder dialog could be opened");
}

#[test]
fn the_home_screen_in_english() {
    let home = tempfile::tempdir().unwrap();
    let harness = harness(desktop_app(home.path(), Language::English));
    harness.get_by_label("Run a workshop");
    harness.get_by_label("Print a deck");
    harness.get_by_label("My own decks");
    harness.get_by_label("Open the workshop Kirunamodellen 135 (English)");
    // A long title wraps inside its card.
    let title = "Kirunamodellen digital half day (English)";
    let card = harness
        .get_by_label(&format!("Open the workshop {title}"))
        .rect();
    let text = harness.get_by_label(title).rect();
    assert!(
        card.contains_rect(text),
        "the title {text:?} runs out of its card {card:?}"
    );
    harness.get_by_label("Print Innovation Game!…");
    harness.get_by_label("Advanced");
}

/// The workshop cards use the window's width and stay inside it at 1280×800 and 1920×1080,
/// at 100 % and 200 % text: no card past the right edge, no two overlapping, the first row
/// reaching to the right edge (no wide empty strip), the cards of a row equally tall, and
/// Kirunamodellen 135 starting in two clicks at each size.
#[test]
fn the_cards_fill_the_window_at_every_size() {
    for (width, height) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for text_size in [100, 200] {
            let at = format!("{width}×{height} at {text_size} %");
            let home = tempfile::tempdir().unwrap();
            let mut app = desktop_app(home.path(), Language::Swedish);
            app.state.text_size = text_size;
            let mut harness = harness_sized(app, egui::vec2(width, height));
            harness.run();
            harness.run();
            let zoom = text_size as f32 / 100.0;
            let window = width / zoom;
            let cards: Vec<egui::Rect> = SWEDISH_WORKSHOPS
                .iter()
                .map(|title| {
                    harness
                        .get_by_label(&format!("Öppna workshoppen {title}"))
                        .rect()
                })
                .collect();
            for (card, title) in cards.iter().zip(SWEDISH_WORKSHOPS) {
                assert!(
                    card.left() >= 0.0 && card.right() <= window + 0.5,
                    "{title} at {at}: {card:?}"
                );
                assert!(card.width() >= 300.0, "{title} at {at}: {card:?}");
            }
            for (i, a) in cards.iter().enumerate() {
                for b in &cards[i + 1..] {
                    assert!(!a.intersects(b.shrink(1.0)), "{at}: {a:?} {b:?}");
                }
            }
            let row: Vec<&egui::Rect> = cards
                .iter()
                .filter(|c| (c.top() - cards[0].top()).abs() < 1.0)
                .collect();
            let right = row.iter().map(|c| c.right()).fold(0.0, f32::max);
            assert!(
                window - right <= 32.0,
                "{at}: the row ends at {right} of {window}: {row:?}"
            );
            for card in &row {
                assert!(
                    (card.height() - row[0].height()).abs() < 1.0,
                    "{at}: {row:?}"
                );
            }
            // As tall as the tallest content, not as a card of another section (the deck cards
            // below, with their buttons, are taller than a workshop's).
            if text_size == 100 {
                assert!(cards[0].height() < 220.0, "{at}: {:?}", cards[0]);
            }
            // The two clicks.
            harness
                .get_by_label("Öppna workshoppen Kirunamodellen 135")
                .click();
            harness.run();
            // At 100 % the start button is on screen as the page opens; at 200 % the page may
            // have to be scrolled to it first (a scroll, not a click).
            let start = harness.get_by_label("Starta").rect();
            if start.bottom() > height / zoom {
                assert_eq!(text_size, 200, "{at}: Starta is off screen at {start:?}");
                harness.get_by_label("Starta").scroll_to_me();
                harness.run();
            }
            let start = harness.get_by_label("Starta").rect();
            assert!(start.right() <= window + 0.5, "{at}: Starta at {start:?}");
            harness.get_by_label("Starta").click();
            harness.run();
            assert!(
                matches!(harness.state().view, View::Session(_)),
                "{at}: {:?} {:?} {:?} {start:?}",
                harness.state().view,
                harness.state().selection,
                harness.state().session_error
            );
        }
    }
}

/// A session that another running window has open (its lock file names a live process) opens
/// read-only for real: a banner in the interface's language says so and what to do, every
/// field and control of the step is disabled, the keys change nothing and nothing is saved.
/// "Öppna en kopia" makes a copy of its own to work on; "Försök igen" opens the original for
/// writing once the other window has let it go.
#[test]
fn a_session_open_in_another_window_is_truly_read_only() {
    use egui::accesskit::Role;
    use innovationslek::session::file::lock_path;
    let home = tempfile::tempdir().unwrap();
    let id = leave_a_session(home.path());
    let store = SessionStore::new(home.path().join("sessions"));
    let path = store.path_of(&id);
    let saved = std::fs::read(&path).unwrap();
    // Process 1 always runs: "another window" holds the session.
    std::fs::write(lock_path(&path), "1\n").unwrap();
    let mut harness = harness(desktop_app(home.path(), Language::Swedish));
    harness.get_by_label("Fortsätt Kirunamodellen 135").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    assert!(harness.state().read_only().is_some());
    harness.get_by_label("Skrivskyddad");
    let banner = harness
        .get_by_label_contains("Sessionen är öppen i ett annat Innovationslek-fönster (process 1)")
        .rect();
    assert!(banner.top() < 120.0, "the banner is at the top: {banner:?}");
    harness.get_by_label_contains(&lock_path(&path).display().to_string());
    // Every control of the step is disabled; the banner's are not.
    for label in ["Starta tiden", "Nästa", "Avsluta workshoppen…"] {
        let node = harness.get_by_label(label);
        assert!(node.accesskit_node().is_disabled(), "{label} is enabled");
    }
    let fields = harness
        .query_all_by_role(Role::TextInput)
        .collect::<Vec<_>>();
    assert!(!fields.is_empty());
    for field in &fields {
        assert!(field.accesskit_node().is_disabled(), "{field:?}");
    }
    for label in ["Försök igen", "Öppna en kopia"] {
        assert!(!harness.get_by_label(label).accesskit_node().is_disabled());
    }
    // Neither clicks nor keys change it.
    let before = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .session
        .file()
        .to_ron()
        .unwrap();
    harness.get_by_label("Nästa").click();
    harness.run();
    for key in [
        egui::Key::N,
        egui::Key::D,
        egui::Key::Space,
        egui::Key::Plus,
    ] {
        harness.key_press(key);
        harness.run();
    }
    let active = harness.state().session.as_ref().unwrap();
    assert_eq!(active.session.current(), 2);
    assert_eq!(active.session.file().to_ron().unwrap(), before);
    harness.state().flush_saves();
    assert_eq!(std::fs::read(&path).unwrap(), saved, "the file was written");

    // A copy to work on: a session of its own, saved, the original untouched.
    harness.get_by_label("Öppna en kopia").click();
    harness.run();
    assert!(harness.state().read_only().is_none());
    assert!(harness.query_by_label("Skrivskyddad").is_none());
    let copy = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .session
        .id()
        .to_owned();
    assert_ne!(copy, id);
    harness.get_by_label_contains(&format!("En kopia av sessionen {id}"));
    assert!(!harness.get_by_label("Nästa").accesskit_node().is_disabled());
    harness.get_by_label("Nästa").click();
    harness.run();
    assert_eq!(
        harness.state().session.as_ref().unwrap().session.current(),
        3
    );
    harness.state().flush_saves();
    assert!(store.path_of(&copy).is_file());
    assert_eq!(std::fs::read(&path).unwrap(), saved);

    // The other window closes: "Försök igen" opens the original for writing.
    harness.state_mut().apply(Command::OpenSession(id.clone()));
    harness.run();
    assert!(harness.state().read_only().is_some());
    std::fs::remove_file(lock_path(&path)).unwrap();
    harness.get_by_label("Försök igen").click();
    harness.run();
    assert!(harness.state().read_only().is_none());
    assert_eq!(harness.state().session.as_ref().unwrap().session.id(), id);
    harness.get_by_label("Nästa").click();
    harness.run();
    harness.state().flush_saves();
    assert_ne!(std::fs::read(&path).unwrap(), saved, "now it is saved");
}

/// The library is read in the background: the window keeps drawing with "Läser in…" while
/// the files are read, what was loaded before stays listed, and the new files appear when
/// the load is done.
#[test]
fn the_library_is_read_in_the_background_while_the_window_draws() {
    let home = tempfile::tempdir().unwrap();
    let mut app = desktop_app(home.path(), Language::Swedish);
    app.set_background_loading(true);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    // The spinner repaints while it shows: step frame by frame instead of running to rest.
    let settle = |harness: &mut Harness<'static, App>| {
        let deadline = Instant::now() + Duration::from_secs(30);
        harness.step();
        while harness.state().is_loading() {
            assert!(Instant::now() < deadline, "no library within 30 s");
            std::thread::sleep(Duration::from_millis(10));
            harness.step();
        }
        harness.run();
    };
    settle(&mut harness);
    let folder = harness.state().folder.clone();
    let example = std::fs::read_to_string(folder.join(content::EXAMPLE_NAME)).unwrap();
    let text = example
        .replace("\"min-kortlek\"", "\"ny-lek\"")
        .replace("\"Min kortlek\"", "\"Ny lek\"");
    std::fs::write(folder.join("ny-lek.deck.ron"), text).unwrap();
    let hold = harness.state().loader().hold();
    harness.state_mut().apply(Command::Reload);
    // Asked, not done: the frame did not wait for the disk.
    assert!(harness.state().is_loading());
    assert!(harness.state().library.deck("ny-lek").is_none());
    for _ in 0..3 {
        harness.step();
    }
    harness.get_by_label("Läser in kortlekar och workshoppar…");
    harness.get_by_label("Öppna workshoppen Kirunamodellen 135");
    assert!(harness.query_by_label("Skriv ut Ny lek…").is_none());
    drop(hold);
    settle(&mut harness);
    assert!(harness.state().library.deck("ny-lek").is_some());
    harness.get_by_label("Skriv ut Ny lek…");
    assert!(
        harness
            .query_by_label("Läser in kortlekar och workshoppar…")
            .is_none()
    );
}

/// The session folder is read in the background: the window keeps drawing with "Läser in
/// sparade sessioner…" while the files are read, the sessions listed before stay listed, and
/// the new ones appear when the listing is done.
#[test]
fn saved_sessions_are_listed_in_the_background_while_the_window_draws() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let golden = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/session.ron"),
    )
    .unwrap();
    let write = |range: std::ops::Range<usize>| {
        for i in range {
            std::fs::write(sessions.join(format!("sparad-{i:03}.ron")), &golden).unwrap();
        }
    };
    write(0..40);
    let mut app = desktop_app(home.path(), Language::Swedish);
    assert_eq!(
        app.past_sessions.len(),
        40,
        "listed at once without a window"
    );
    app.set_background_loading(true);
    let mut harness = harness_sized(app, egui::vec2(1280.0, 1800.0));
    run_until(&mut harness, |app| !app.is_loading());
    write(40..50);
    let hold = harness.state_mut().session_lister().hold();
    harness.state_mut().refresh_sessions();
    // Asked, not done: the frame did not wait for the folder.
    assert!(harness.state().is_listing_sessions());
    for _ in 0..3 {
        harness.step();
    }
    harness.get_by_label("Läser in sparade sessioner…");
    assert_eq!(
        harness.state().past_sessions.len(),
        40,
        "the old list stays"
    );
    drop(hold);
    run_until(&mut harness, |app| !app.is_listing_sessions());
    assert_eq!(harness.state().past_sessions.len(), 50);
    assert!(
        harness
            .query_by_label("Läser in sparade sessioner…")
            .is_none()
    );
}

/// The menu entry, the metainfo and the package's file list as Debian's own checkers see them
/// (`desktop-file-validate`, `appstreamcli`, where installed), and every file the package
/// names exists.
#[test]
fn the_desktop_entry_and_the_package_are_what_debian_accepts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let desktop = root.join("assets/linux/io.github.innovationslek.Innovationslek.desktop");
    let metainfo = root.join("assets/linux/io.github.innovationslek.Innovationslek.metainfo.xml");
    let entry = std::fs::read_to_string(&desktop).unwrap();
    let key = |name: &str| {
        entry
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("the desktop entry lacks {name}"))
            .to_owned()
    };
    assert_eq!(key("Exec"), env!("CARGO_PKG_NAME"));
    assert_eq!(key("Icon"), "io.github.innovationslek.Innovationslek");
    assert_eq!(key("StartupWMClass"), key("Icon"));
    // Versions of the specification that Debian's validator knows (1.5 is not one in 12).
    assert!(["1.0", "1.1", "1.2", "1.3", "1.4"].contains(&key("Version").as_str()));
    // One main category, so the program is in the menu once.
    let main_categories = [
        "AudioVideo",
        "Audio",
        "Video",
        "Development",
        "Education",
        "Game",
        "Graphics",
        "Network",
        "Office",
        "Science",
        "Settings",
        "System",
        "Utility",
    ];
    let categories = key("Categories");
    let main: Vec<&str> = categories
        .split(';')
        .filter(|c| main_categories.contains(c))
        .collect();
    assert_eq!(main.len(), 1, "{main:?}");
    // Every file the package names is in the source tree (the program is built).
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let assets = manifest
        .split("assets = [")
        .nth(1)
        .and_then(|rest| rest.split("\n]").next())
        .expect("the package's assets");
    let sources: Vec<&str> = assets
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\"")?.split('"').next())
        .collect();
    assert!(sources.len() >= 12, "{sources:?}");
    for source in sources.iter().filter(|s| !s.starts_with("target/")) {
        assert!(
            root.join(source).is_file(),
            "the package names {source}, which is missing"
        );
    }
    assert!(sources.contains(&"docs/formats.md"));
    // Debian's checkers, where they are installed.
    for (program, args) in [
        ("desktop-file-validate", vec![desktop.as_os_str()]),
        (
            "appstreamcli",
            vec![
                "validate".as_ref(),
                "--no-net".as_ref(),
                metainfo.as_os_str(),
            ],
        ),
    ] {
        match std::process::Command::new(program).args(&args).output() {
            Ok(out) => assert!(
                out.status.success() && !String::from_utf8_lossy(&out.stdout).contains("error"),
                "{program}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
            Err(e) => eprintln!("{program} is not installed ({e}); its check is skipped"),
        }
    }
}
