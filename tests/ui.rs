//! The app, driven headless through egui_kittest: every widget is found by its name in the
//! accessibility tree, which also proves that screen readers can name it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use innovationslek::app::{App, Command, PersistedState, STORAGE_KEY};
use innovationslek::model::sample::generated_deck_ron;
use innovationslek::ui::i18n::Language;
use innovationslek::ui::theme::Theme;
use innovationslek::watch::DEBOUNCE;

use crate::support::{decks_dir, root, write};

fn swedish() -> PersistedState {
    PersistedState {
        language: Language::Swedish,
        ..PersistedState::default()
    }
}

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn app_for(dir: &Path) -> Harness<'static, App> {
    harness(App::with_state(dir.to_path_buf(), swedish(), false))
}

const DECK: &str = r##"Deck(
    id: "prov",
    title: "Provlek",
    language: "sv",
    categories: [
        Category(id: "a", name: "Förstå", color: "#B54E00", symbol: "?"),
        Category(id: "b", name: "Välj", color: "#006B4F", symbol: "!"),
    ],
    cards: [
        Card(id: "k1", category: "a", title: "Fem varför", text: "Fråga varför fem gånger."),
        Card(id: "k2", category: "b", title: "Tre prickar", text: "Rösta med prickar."),
    ],
)
"##;

#[test]
fn library_lists_the_bundled_decks_and_workshops() {
    let harness = app_for(&decks_dir());
    harness.get_by_label("Kortlekar (2)");
    harness.get_by_label("Innovationslek! · 61 kort");
    harness.get_by_label("Innovation Game! · 61 kort");
    harness.get_by_label("Workshoppar (8)");
    for title in [
        "Kirunamodellen 135\n",
        "Kirunamodellen 135 (English)\n",
        "Kirunamodellen 60\n",
        "Kirunamodellen digital halvdag\n",
        "Kirunamodellen uppföljning\n",
    ] {
        harness.get_by_label_contains(title);
    }
    assert!(harness.query_by_label_contains("Filer med fel").is_none());
}

#[test]
fn a_workshop_shows_its_description_roles_preparation_and_agenda() {
    let mut harness = app_for(&decks_dir());
    harness.get_by_label_contains("Kirunamodellen 60\n").click();
    harness.run();
    let workshop = harness
        .state()
        .library
        .workshop("kirunamodellen-60")
        .expect("bundled workshop")
        .value
        .clone();
    harness.get_by_label("Agenda");
    harness.get_by_label("Förberedelser");
    harness.get_by_label("Roller");
    harness.get_by_label_contains(&format!(
        "{} min · {} steg · Kortlek: Innovationslek!",
        workshop.total_minutes(),
        workshop.steps.len()
    ));
    for (i, step) in workshop.steps.iter().enumerate() {
        harness.get_by_label_contains(&format!("{}. {}  (", i + 1, step.title));
    }
}

#[test]
fn a_broken_file_shows_its_located_error_and_the_lines_around_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.deck.ron", DECK);
    let broken = DECK
        .replace("id: \"prov\"", "id: \"trasig\"")
        .replace("title: \"Provlek\"", "titel: \"Provlek\"");
    write(dir.path(), "trasig.deck.ron", &broken);
    let mut harness = app_for(dir.path());
    harness.get_by_label("Kortlekar (1)");
    harness.get_by_label("Filer med fel (1)");
    harness.get_by_label("trasig.deck.ron · 1 fel").click();
    harness.run();
    // The first problem's lines show at once: the marked line with its number, and a caret
    // under the column.
    harness.get_by_label_contains("▶    3 │     titel: \"Provlek\",");
    harness.get_by_label_contains("    1 │ Deck(");
    // In the interface's language (Swedish here), with the editor's `line:col: fel:` form.
    harness.get_by_label_contains("^ okänt fält `titel`");
    // Clicking the problem hides its lines, clicking again shows them.
    let problem = "3:5: fel: okänt fält `titel`";
    harness.get_by_label_contains(problem).click();
    harness.run();
    assert!(harness.query_by_label_contains("▶    3 │").is_none());
    harness.get_by_label_contains(problem).click();
    harness.run();
    harness.get_by_label_contains("▶    3 │     titel: \"Provlek\",");
}

#[test]
fn a_file_changed_on_disk_is_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "prov.deck.ron", DECK);
    let mut harness = app_for(dir.path());
    harness.get_by_label("Provlek · 2 kort");
    std::fs::write(&path, DECK.replace("Provlek", "Ny provlek")).unwrap();
    // What the watcher reports, with the quiet time already passed.
    harness
        .state_mut()
        .note_file_change(Instant::now() - DEBOUNCE * 2);
    harness.run();
    harness.get_by_label("Ny provlek · 2 kort");
    assert!(harness.query_by_label("Provlek · 2 kort").is_none());
}

#[test]
fn a_burst_of_changes_waits_for_quiet_before_reloading() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "prov.deck.ron", DECK);
    let mut harness = app_for(dir.path());
    std::fs::write(&path, DECK.replace("Provlek", "Ny provlek")).unwrap();
    let now = Instant::now();
    harness.state_mut().note_file_change(now);
    assert!(!harness.state_mut().process_file_events(now));
    assert!(harness.state_mut().process_file_events(now + DEBOUNCE));
    harness.run();
    harness.get_by_label("Ny provlek · 2 kort");
}

#[test]
fn the_real_watcher_reloads_a_changed_file_within_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "prov.deck.ron", DECK);
    let mut harness = harness(App::with_state(dir.path().to_path_buf(), swedish(), true));
    assert!(harness.state().is_watching());
    harness.get_by_label("Provlek · 2 kort");
    // Let the watcher settle before the change.
    std::thread::sleep(Duration::from_millis(200));
    std::fs::write(&path, DECK.replace("Provlek", "Ändrad lek")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while harness.query_by_label("Ändrad lek · 2 kort").is_none() {
        assert!(
            Instant::now() < deadline,
            "the change was not picked up within 5 s"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    // A new file appears too.
    write(
        dir.path(),
        "andra.deck.ron",
        &DECK
            .replace("\"prov\"", "\"andra\"")
            .replace("Provlek", "Andra leken"),
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    while harness.query_by_label("Andra leken · 2 kort").is_none() {
        assert!(Instant::now() < deadline, "the new file was not picked up");
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
}

#[test]
fn filter_and_search_narrow_the_grid() {
    let mut harness = app_for(&decks_dir());
    harness.get_by_label("Innovationslek! · 61 kort").click();
    harness.run();
    harness.get_by_label("Bläddra bland korten").click();
    harness.run();
    harness.get_by_label("Visar 61 av 61 kort");
    let deck = harness
        .state()
        .library
        .deck("innovationslek")
        .expect("bundled deck")
        .value
        .clone();
    let in_forsta = deck.cards.iter().filter(|c| c.category == "forsta").count();
    assert!(in_forsta < 61);
    // The chip shows the category's icon; its name is the category's alone.
    harness.get_by_label("Förstå problemet").click();
    harness.run();
    harness.get_by_label(&format!("Visar {in_forsta} av 61 kort"));
    // The first card of the category is in the grid, a card of another category is not.
    let first = deck.cards.iter().find(|c| c.category == "forsta").unwrap();
    let other = deck.cards.iter().find(|c| c.category == "plan").unwrap();
    harness.get_by_label(&first.title);
    assert!(harness.query_by_label(&other.title).is_none());

    harness.get_by_label("Alla kategorier").click();
    harness.run();
    // Search is case-insensitive, also for å, ä and ö.
    let search = harness.get_by_label("Sök");
    search.focus();
    search.type_text(&first.title.to_uppercase());
    harness.run();
    harness.get_by_label_contains("Visar ");
    assert!(harness.query_by_label("Visar 61 av 61 kort").is_none());
    harness.get_by_label(&first.title);
    harness.get_by_label("Rensa sökningen").click();
    harness.run();
    harness.get_by_label("Visar 61 av 61 kort");
}

#[test]
fn a_card_opens_large_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "prov.deck.ron", DECK);
    let mut harness = app_for(dir.path());
    harness
        .state_mut()
        .apply(Command::BrowseDeck("prov".to_owned()));
    harness.run();
    harness.get_by_label("Fem varför").click();
    harness.run();
    harness.get_by_label("Fråga varför fem gånger.");
    harness.get_by_label("Nästa →").click();
    harness.run();
    harness.get_by_label("Rösta med prickar.");
    harness.get_by_label("Stäng").click();
    harness.run();
    assert!(harness.query_by_label("Rösta med prickar.").is_none());
    assert!(harness.state().view_is_browser());
}

#[test]
fn switching_language_changes_the_labels() {
    let mut harness = app_for(&decks_dir());
    harness.get_by_label("Bibliotek");
    harness.get_by_label("Inställningar").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Library");
    harness.get_by_label("Interface language");
    assert!(harness.query_by_label("Bibliotek").is_none());
    harness.get_by_label("Library").click();
    harness.run();
    harness.get_by_label("Decks (2)");
    harness.get_by_label("Innovationslek! · 61 cards");
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("Svenska").click();
    harness.run();
    harness.get_by_label("Bibliotek");
    harness.get_by_label("Gränssnittets språk");
}

#[test]
fn settings_persist_through_eframe_storage() {
    #[derive(Default)]
    struct MemoryStorage(std::collections::HashMap<String, String>);
    impl eframe::Storage for MemoryStorage {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    let other = tempfile::tempdir().unwrap();
    write(other.path(), "prov.deck.ron", DECK);
    let mut harness = app_for(&decks_dir());
    harness.get_by_label("Inställningar").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("High contrast").click();
    harness.run();
    harness.state_mut().apply(Command::SetTextSize(150));
    harness
        .state_mut()
        .apply(Command::OpenFolder(other.path().to_path_buf()));
    harness.run();

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let saved: PersistedState = eframe::get_value(&storage, STORAGE_KEY).expect("saved state");
    assert_eq!(saved.language, Language::English);
    assert_eq!(saved.theme, Theme::HighContrast);
    assert_eq!(saved.text_size, 150);

    // The next start with the default folder opens the remembered one, in English.
    let harness = harness_from(App::with_state(
        PathBuf::from(innovationslek::cli::DEFAULT_DECKS),
        saved,
        false,
    ));
    harness.get_by_label("Decks (1)");
    harness.get_by_label("Provlek · 2 cards");
    assert_eq!(harness.ctx.zoom_factor(), 1.5);
}

fn harness_from(app: App) -> Harness<'static, App> {
    harness(app)
}

/// Types `path` into the empty folder field of the Swedish library and presses "Öppna mapp".
fn open_typed_folder(harness: &mut Harness<'static, App>, path: &str) {
    harness.state_mut().folder_input.clear();
    harness.run();
    let field = harness.get_by_label("Mapp");
    field.focus();
    field.type_text(path);
    harness.run();
    harness.get_by_label("Öppna mapp").click();
    harness.run();
}

#[test]
fn a_missing_folder_is_reported_and_another_can_be_opened() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("finns-inte");
    let mut harness = app_for(&missing);
    harness.get_by_label_contains("finns inte. Välj en annan mapp nedan.");
    harness.get_by_label("Kortlekar (0)");
    // A path that is not a folder is refused with a message.
    open_typed_folder(&mut harness, "/ingen/sådan/mapp");
    harness.get_by_label_contains("Mappen /ingen/sådan/mapp finns inte.");
    harness.state_mut().folder_input = decks_dir().display().to_string();
    harness.get_by_label("Öppna mapp").click();
    harness.run();
    harness.get_by_label("Kortlekar (2)");
    assert!(
        harness
            .query_by_label_contains("Välj en annan mapp nedan")
            .is_none()
    );
}

#[test]
fn a_folder_error_on_screen_follows_a_change_of_language() {
    // The error is kept as what went wrong and worded when drawn: switching the language in
    // the settings re-words it (it stayed Swedish before).
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_for(&dir.path().join("finns-inte"));
    open_typed_folder(&mut harness, "/ingen/sådan/mapp");
    harness.get_by_label_contains("Mappen /ingen/sådan/mapp finns inte.");
    harness
        .state_mut()
        .apply(Command::SetLanguage(Language::English));
    harness.run();
    harness.get_by_label_contains("The folder /ingen/sådan/mapp does not exist.");
    assert!(harness.query_by_label_contains("finns inte").is_none());
    // And back.
    harness
        .state_mut()
        .apply(Command::SetLanguage(Language::Swedish));
    harness.run();
    harness.get_by_label_contains("Mappen /ingen/sådan/mapp finns inte.");
}

#[test]
fn dropped_files_are_added_and_other_files_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let deck = write(dir.path(), "prov.deck.ron", DECK);
    let text = write(dir.path(), "notes.txt", "hej");
    let mut harness = app_for(empty.path());
    harness.get_by_label("Kortlekar (0)");
    harness
        .state_mut()
        .apply(Command::AddPaths(vec![deck.clone(), text.clone()]));
    harness.run();
    harness.get_by_label("Provlek · 2 kort");
    harness.get_by_label_contains("Ignorerades (inte .ron eller mapp)");
    harness
        .get_by_label(&format!("Ta bort {}", deck.display()))
        .click();
    harness.run();
    harness.get_by_label("Kortlekar (0)");
}

#[test]
fn the_browser_stays_responsive_with_a_thousand_cards() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "stor.deck.ron", &generated_deck_ron(1000));
    let mut harness = app_for(dir.path());
    harness
        .state_mut()
        .apply(Command::BrowseDeck("stor-lek".to_owned()));
    harness.run();
    harness.get_by_label("Visar 1000 av 1000 kort");
    // Only the cards in view are laid out (and so in the accessibility tree).
    let laid_out = harness.query_all_by_label_contains("Kort nummer ").count();
    assert!(laid_out > 0 && laid_out < 100, "{laid_out} cards laid out");
}

#[test]
fn model_session_and_pdf_do_not_use_the_interface_toolkit() {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for module in ["model", "session", "pdf"] {
        walk(&root().join("src").join(module), &mut files);
        let single = root().join("src").join(format!("{module}.rs"));
        if single.is_file() {
            files.push(single);
        }
    }
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for word in ["egui", "eframe"] {
                assert!(
                    !line.contains(word),
                    "{}:{}: must not use {word}: {line}",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}

fn wait_for_export(harness: &mut Harness<'static, App>) -> innovationslek::jobs::ExportDone {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        harness.step();
        if harness.state().export_job.is_none() {
            break;
        }
        assert!(Instant::now() < deadline, "the export did not finish");
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
    harness
        .state()
        .last_export
        .clone()
        .expect("an outcome")
        .expect("the export succeeded")
}

fn print_state<'a>(
    harness: &'a mut Harness<'static, App>,
) -> &'a mut innovationslek::ui::print::PrintState {
    match &mut harness.state_mut().view {
        innovationslek::app::View::Print(state) => state,
        other => panic!("not the print dialog: {other:?}"),
    }
}

#[test]
fn changing_the_card_size_changes_the_preview_cards_per_sheet() {
    use innovationslek::pdf::{CardSize, PdfOptions, SheetLayout};
    let per_sheet = |card| {
        SheetLayout::compute(&PdfOptions {
            card,
            ..PdfOptions::new()
        })
        .unwrap()
        .cards_per_sheet()
    };
    let mut harness = app_for(&decks_dir());
    harness.get_by_label("Innovationslek! · 61 kort").click();
    harness.run();
    harness.get_by_label("Skriv ut…").click();
    harness.run();
    harness.get_by_label(&format!("{} kort per ark", per_sheet(CardSize::POKER)));
    harness.get_by_label("Första arket, framsida");
    harness.get_by_label("Första arket, baksida");
    harness.get_by_label("mini (44×63 mm)").click();
    harness.run();
    let mini = per_sheet(CardSize::MINI);
    assert_ne!(mini, per_sheet(CardSize::POKER));
    harness.get_by_label(&format!("{mini} kort per ark"));
    // 61 cards with the legend and credits cards, and the start sheet.
    harness.get_by_label_contains(&format!("61 kort på {} ark", 63_usize.div_ceil(mini) + 1));
    // Fold mode puts fronts and backs on one page: no separate back sheet.
    harness
        .get_by_label("Vik: fram- och baksidor bredvid varandra")
        .click();
    harness.run();
    assert!(harness.query_by_label("Första arket, baksida").is_none());
}

#[test]
fn exporting_from_the_print_dialog_writes_a_pdf() {
    let out = tempfile::tempdir().unwrap();
    // A deep folder, as a real documents folder can be: the path does not widen the panel.
    let folder = out
        .path()
        .join("Kommunens gemensamma dokument")
        .join("Innovationsplattformen och workshoppar hösten")
        .join("Utskrifter till arbetsplatsträffen");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("lek.pdf");
    let mut harness = app_for(&decks_dir());
    harness
        .state_mut()
        .apply(Command::PrintDeck("innovationslek".to_owned()));
    harness.run();
    print_state(&mut harness).output = path.display().to_string();
    harness.get_by_label("A3").click();
    harness.run();
    let preview_left = harness.get_by_label_contains("kort per ark").rect().left();
    harness.get_by_label("Exportera PDF").click();
    let done = wait_for_export(&mut harness);
    assert_eq!(done.cards, 61);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    // The outcome is in view (under the button, scrolled to), and the panel kept its width.
    let window = harness.ctx.content_rect();
    let saved = harness.get_by_label_contains("Sparad: ").rect();
    let reveal = harness.get_by_label("Visa i mappen").rect();
    assert!(
        window.contains_rect(reveal),
        "{reveal:?} outside {window:?}"
    );
    assert!(
        saved.top() >= window.top() && saved.top() < window.bottom(),
        "{saved:?} outside {window:?}"
    );
    let now_left = harness.get_by_label_contains("kort per ark").rect().left();
    assert!(
        (now_left - preview_left).abs() < 1.0,
        "{preview_left} -> {now_left}"
    );
}

#[test]
fn overflowing_cards_are_listed_and_open_in_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Mycket lång text som inte får plats. ".repeat(120);
    write(
        dir.path(),
        "prov.deck.ron",
        &DECK.replace("Fråga varför fem gånger.", &long),
    );
    let mut harness = app_for(dir.path());
    harness
        .state_mut()
        .apply(Command::PrintDeck("prov".to_owned()));
    harness.run();
    harness.get_by_label_contains("Texten får inte plats på de här korten");
    harness.get_by_label("k1").click();
    harness.run();
    assert!(harness.state().view_is_browser());
    harness.get_by_label("Nästa →");
    harness.get_by_label_contains("Mycket lång text som inte får plats.");
}

#[test]
fn the_facilitator_guide_is_exported_in_the_background() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("guide.pdf");
    let mut harness = app_for(&decks_dir());
    harness.get_by_label_contains("Kirunamodellen 60\n").click();
    harness.run();
    harness.get_by_label("Facilitatorguide");
    harness.get_by_label("Exportera guide (PDF)");
    harness.state_mut().apply(Command::ExportGuide {
        workshop_id: "kirunamodellen-60".to_owned(),
        start: "13:30".to_owned(),
        path: path.clone(),
    });
    let done = wait_for_export(&mut harness);
    assert!(done.pages >= 1);
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    // A start time that is not a time is refused with the reason.
    harness.state_mut().apply(Command::ExportGuide {
        workshop_id: "kirunamodellen-60".to_owned(),
        start: "halv tio".to_owned(),
        path,
    });
    harness.run();
    harness.get_by_label_contains("Starttiden `halv tio` är inte TT:MM");
}

/// The label of the focused widget, if any.
fn focused(harness: &Harness<'static, App>) -> Option<String> {
    use egui_kittest::kittest::{By, NodeT};
    harness
        .query(By::new().predicate(|n| n.is_focused()))
        .and_then(|n| n.accesskit_node().label())
}

/// Presses Tab until the widget labelled `label` has the focus.
fn tab_to(harness: &mut Harness<'static, App>, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let now = focused(harness);
        if now.as_deref() == Some(label) {
            return;
        }
        seen.extend(now);
    }
    panic!("Tab never reached {label:?}; focus went through {seen:?}");
}

#[test]
fn the_keyboard_reaches_the_library_browser_and_cards() {
    let mut harness = app_for(&decks_dir());
    tab_to(&mut harness, "Innovationslek! · 61 kort");
    harness.key_press(egui::Key::Enter);
    harness.run();
    tab_to(&mut harness, "Bläddra bland korten");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().view_is_browser());
    let deck = harness
        .state()
        .library
        .deck("innovationslek")
        .unwrap()
        .value
        .clone();
    tab_to(&mut harness, &deck.cards[0].title);
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("Stäng");
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label_contains(&deck.cards[1].paragraphs()[0]);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Stäng").is_none());
}

#[test]
fn the_library_lists_and_opens_the_interfaces_language_first() {
    for (language, deck, first_workshop) in [
        (Language::Swedish, "innovationslek", "Kirunamodellen 135\n"),
        (
            Language::English,
            "innovation-game",
            "Kirunamodellen 135 (English)\n",
        ),
    ] {
        let state = PersistedState {
            language,
            ..PersistedState::default()
        };
        let app = App::with_state(decks_dir(), state, false);
        assert_eq!(
            app.selection,
            Some(innovationslek::ui::Selection::Deck(deck.to_owned()))
        );
        let first = app.workshops_in_order()[0].value.title.clone();
        assert!(first_workshop.starts_with(&first), "{language:?}: {first}");
    }
}
