//! Running a workshop in the app, driven headless through egui_kittest with the app's clock
//! set by the test: start, timer, cards, capture, projector, shortcuts, autosave, resume and
//! the summary.

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use innovationslek::app::{App, PersistedState, View};
use innovationslek::session::{Capture, Phase, SessionStore};
use innovationslek::ui::i18n::Language;
use innovationslek::ui::workshop::ProjectorView;

use crate::support::decks_dir;

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:03:00Z")
        .expect("time")
        .with_timezone(&Utc)
}

fn new_app(store: &Path) -> App {
    let state = PersistedState {
        language: Language::Swedish,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks_dir(), state, false);
    app.set_store(Some(SessionStore::new(store.join("sessions"))));
    app.exports_dir = store.join("exports");
    app.clock_override = Some(t0());
    app
}

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// Moves the app's clock forward and draws a frame.
fn advance(harness: &mut Harness<'static, App>, by: TimeDelta) {
    let now = harness.state().now() + by;
    harness.state_mut().clock_override = Some(now);
    harness.run();
}

/// Opens the Kirunamodellen 135 workshop in the library and starts a session with seed 42.
fn started(dir: &Path) -> Harness<'static, App> {
    let mut harness = harness(new_app(dir));
    harness
        .get_by_label_contains("Kirunamodellen 135\n")
        .click();
    harness.run();
    harness.state_mut().library_view.session_seed = "42".to_owned();
    harness.run();
    harness.get_by_label("Starta").click();
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    harness
}

fn session<'a>(harness: &'a Harness<'static, App>) -> &'a innovationslek::session::Session {
    &harness.state().session.as_ref().expect("a session").session
}

fn type_into(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    let field = harness.get_by_role_and_label(Role::TextInput, label);
    field.focus();
    field.type_text(text);
    harness.run();
    // Leave the field, as a facilitator does before using the shortcuts again.
    harness.key_press(Key::Escape);
    harness.run();
}

/// Finishes the session: the button asks first, and the answer finishes it.
fn finish(harness: &mut Harness<'static, App>) {
    harness.get_by_label("Avsluta workshoppen…").click();
    harness.run();
    assert!(session(harness).finished().is_none());
    harness.get_by_label("Avsluta workshoppen?");
    harness.get_by_label("Avsluta workshoppen").click();
    harness.run();
}

/// The big timer's text: the one label that is `mm:ss` or `−mm:ss`.
fn timer_label(harness: &Harness<'static, App>) -> String {
    use egui_kittest::kittest::By;
    let is_timer = |label: &str| {
        let digits = label.trim_start_matches('−');
        digits.len() == 5
            && digits.as_bytes()[2] == b':'
            && digits.chars().filter(char::is_ascii_digit).count() == 4
    };
    let text = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        if n.role() == Role::Label {
            n.value()
        } else {
            n.label()
        }
    };
    let node = harness.get(By::new().predicate(move |n| text(n).is_some_and(|l| is_timer(&l))));
    text(&node.accesskit_node()).unwrap_or_default()
}

#[test]
fn a_whole_workshop_runs_from_start_to_a_summary_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    assert_eq!(session(&harness).seed(), 42);
    harness.get_by_label("Frö: 42");
    // The planned start is the next quarter hour after the clock.
    assert_eq!(timer_label(&harness), "10:00");

    // Step 1: start the timer and write the problem.
    harness.get_by_label("Starta tiden").click();
    harness.run();
    assert!(session(&harness).is_running());
    type_into(&mut harness, "Problembeskrivning", "Köerna i receptionen");
    advance(&mut harness, TimeDelta::seconds(125));
    assert_eq!(timer_label(&harness), "07:55");

    // Step 2: draw, keep a card, list items.
    harness.get_by_label("Nästa").click();
    harness.run();
    assert_eq!(session(&harness).current(), 1);
    harness.get_by_label_contains("Dra 1 kort").click();
    harness.run();
    let drawn: Vec<String> = session(&harness)
        .draws()
        .expect("pile")
        .table()
        .iter()
        .map(|c| c.title.clone())
        .collect();
    assert_eq!(drawn.len(), 1);
    harness
        .get_by_label(&format!("Behåll {}", drawn[0]))
        .click();
    harness.run();
    let kept: Vec<String> = session(&harness)
        .draws()
        .expect("pile")
        .kept()
        .iter()
        .map(|c| c.title.clone())
        .collect();
    assert_eq!(kept, vec![drawn[0].clone()]);
    for item in ["Långa köer", "Missnöjda besökare"] {
        type_into(&mut harness, "Ny rad i Symtom", item);
        harness.get_by_label("Lägg till i Symtom").click();
        harness.run();
    }
    harness
        .get_all_by_label("↑")
        .nth(1)
        .expect("second item's up button")
        .click();
    harness.run();
    type_into(&mut harness, "Grundproblem", "Bokningen saknar tider");
    match session(&harness).capture("symptom") {
        Some(Capture::List(items)) => {
            let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
            assert_eq!(texts, ["Missnöjda besökare", "Långa köer"]);
        }
        other => panic!("symptom list: {other:?}"),
    }

    // Run into overrun: step 2 has 25 minutes.
    advance(&mut harness, TimeDelta::minutes(32));
    assert_eq!(
        session(&harness).phase(harness.state().now()),
        Phase::Overrun
    );
    assert!(
        timer_label(&harness).starts_with('−'),
        "{}",
        timer_label(&harness)
    );
    harness.get_by_label("Tiden är ute!");

    // Back a step and forward again.
    harness.get_by_label("Föregående").click();
    harness.run();
    assert_eq!(session(&harness).current(), 0);
    harness.get_by_label("Nästa").click();
    harness.run();
    assert_eq!(session(&harness).current(), 1);

    // Jump to the action plan in the agenda and add two rows.
    harness.get_by_label_contains("9. Handlingsplan").click();
    harness.run();
    assert_eq!(session(&harness).step().id, "handlingsplan");
    // The step also shows the competences table of an earlier step above its own plan: each
    // add-row button names its table.
    for _ in 0..2 {
        harness
            .get_by_label("Lägg till rad i Handlingsplan")
            .click();
        harness.run();
    }
    type_into(&mut harness, "Vad 1 – Handlingsplan", "Testa drop-in");
    type_into(&mut harness, "Vem 2 – Handlingsplan", "Anna");
    match session(&harness).capture("handlingsplan") {
        Some(Capture::Table(rows)) => {
            assert_eq!(rows.len(), 2);
            assert_eq!(rows[0][0], "Testa drop-in");
            assert_eq!(rows[1][4], "Anna");
        }
        other => panic!("action plan: {other:?}"),
    }

    // Finish, see the chart and export.
    finish(&mut harness);
    assert!(session(&harness).finished().is_some());
    harness.get_by_label_contains("2. Förstå problemet och hitta grundproblemet: planerat 25 min");
    harness
        .get_by_label("Spara sammanfattning (Markdown och PDF)")
        .click();
    harness.step();
    // The files are made and written in the background, while the window keeps drawing;
    // the answer arrives with a later frame.
    harness
        .state_mut()
        .wait_for_files(std::time::Duration::from_secs(120));
    harness.run();
    assert!(!harness.state().files_running());
    let id = session(&harness).id().to_owned();
    harness.get_by_label_contains(&format!("{id}-sammanfattning.pdf"));
    let md = dir
        .path()
        .join("exports")
        .join(format!("{id}-sammanfattning.md"));
    let pdf = dir
        .path()
        .join("exports")
        .join(format!("{id}-sammanfattning.pdf"));
    let text = std::fs::read_to_string(&md).expect("markdown summary");
    for expected in [
        "Köerna i receptionen",
        "Missnöjda besökare",
        "Testa drop-in",
        "Anna",
        &drawn[0],
    ] {
        assert!(text.contains(expected), "summary lacks {expected}:\n{text}");
    }
    let bytes = std::fs::read(&pdf).expect("pdf summary");
    assert!(bytes.starts_with(b"%PDF"));
    harness.state().flush_saves();
}

#[test]
fn the_projector_never_shows_facilitator_notes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    for step in 0..8 {
        let now = harness.state().now();
        let view = ProjectorView::build(session(&harness), None, now, Language::Swedish, None);
        let notes = session(&harness)
            .step()
            .facilitator_notes
            .clone()
            .expect("every bundled step has notes");
        assert_eq!(view.instructions, session(&harness).step().instructions);
        let shown = format!("{view:?}");
        assert!(!shown.contains(&notes[..40]), "step {step}: {shown}");
        // The facilitator's window shows the notes; the room's full screen does not.
        assert!(harness.query_by_label_contains(&notes[..40]).is_some());
        harness.key_press(Key::F);
        harness.run();
        assert!(harness.query_by_label_contains(&notes[..40]).is_none());
        harness.get_by_label(&view.title);
        harness.key_press(Key::F);
        harness.run();
        harness.key_press(Key::N);
        harness.run();
    }
}

#[test]
fn each_shortcut_does_its_action() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    let budget = |h: &Harness<'static, App>| session(h).current_timing().budget();
    harness.key_press(Key::Space);
    harness.run();
    assert!(session(&harness).is_running());
    harness.key_press(Key::Space);
    harness.run();
    assert!(!session(&harness).is_running());
    let before = budget(&harness);
    harness.key_press(Key::Plus);
    harness.run();
    assert_eq!(budget(&harness) - before, TimeDelta::minutes(1));
    harness.key_press(Key::Num5);
    harness.run();
    assert_eq!(budget(&harness) - before, TimeDelta::minutes(6));
    harness.key_press(Key::Minus);
    harness.run();
    assert_eq!(budget(&harness) - before, TimeDelta::minutes(5));
    harness.key_press(Key::N);
    harness.run();
    assert_eq!(session(&harness).current(), 1);
    // Step 2 draws one card.
    harness.key_press(Key::D);
    harness.run();
    let pile = |h: &Harness<'static, App>| session(h).draws().expect("pile").clone();
    assert_eq!(pile(&harness).table().len(), 1);
    harness.key_press(Key::X);
    harness.run();
    assert_eq!(pile(&harness).table().len(), 0);
    assert_eq!(pile(&harness).discards().len(), 1);
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(pile(&harness).discards().len(), 0);
    harness.key_press(Key::D);
    harness.run();
    harness.key_press(Key::K);
    harness.run();
    assert_eq!(pile(&harness).kept().len(), 1);
    assert_eq!(pile(&harness).table().len(), 0);
    harness.key_press(Key::D);
    harness.run();
    assert_eq!(pile(&harness).table().len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(pile(&harness).table().len(), 0);
    harness.key_press(Key::P);
    harness.run();
    assert_eq!(session(&harness).current(), 0);
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_label("Fem minuter till");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Fem minuter till").is_none());
    harness.key_press(Key::F);
    harness.run();
    assert!(matches!(&harness.state().view, View::Session(s) if s.presenting));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(matches!(&harness.state().view, View::Session(s) if !s.presenting));
    harness.key_press(Key::W);
    harness.run();
    assert!(matches!(&harness.state().view, View::Session(s) if s.projector_open));
    harness.key_press(Key::W);
    harness.run();
    assert!(matches!(&harness.state().view, View::Session(s) if !s.projector_open));
}

#[test]
fn shortcuts_do_nothing_while_a_text_field_has_focus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    let field = harness.get_by_role_and_label(Role::TextInput, "Problembeskrivning");
    field.focus();
    harness.run();
    let before = session(&harness).file().clone();
    for key in [
        Key::Space,
        Key::N,
        Key::P,
        Key::D,
        Key::K,
        Key::Plus,
        Key::Num5,
        Key::Minus,
        Key::R,
        Key::F,
    ] {
        harness.key_press(key);
        harness.run();
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let after = session(&harness).file();
    assert_eq!(after.steps, before.steps);
    assert_eq!(after.current_step, before.current_step);
    assert_eq!(after.draws, before.draws);
    assert!(matches!(&harness.state().view, View::Session(s) if !s.presenting));
}

#[test]
fn a_restart_resumes_exactly_where_the_session_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    harness.key_press(Key::Space);
    harness.run();
    type_into(&mut harness, "Problembeskrivning", "Skolvägen är otrygg");
    advance(&mut harness, TimeDelta::minutes(4));
    harness.key_press(Key::N);
    harness.run();
    harness.key_press(Key::D);
    harness.run();
    harness.key_press(Key::K);
    harness.run();
    type_into(&mut harness, "Ny rad i Symtom", "Trafik");
    harness.get_by_label("Lägg till i Symtom").click();
    harness.run();
    advance(&mut harness, TimeDelta::seconds(90));
    harness.state().flush_saves();
    let saved = session(&harness).file().clone();
    let id = session(&harness).id().to_owned();
    drop(harness);

    // A new app on the same store offers the session and resumes it as it was.
    let mut app = new_app(dir.path());
    app.clock_override = Some(t0() + TimeDelta::minutes(10));
    let mut harness = self::harness(app);
    let banner = harness.get_by_label_contains("Fortsätt Kirunamodellen 135 från");
    banner.click();
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    assert_eq!(session(&harness).id(), id);
    assert_eq!(session(&harness).file(), &saved);
    assert!(session(&harness).is_running());
    assert_eq!(session(&harness).current(), 1);
    // The timer ran on while the app was closed: 10 min since the start of the test,
    // of which 4 in step 1, so 6 of step 2's 25.
    assert_eq!(timer_label(&harness), "19:00");
}

#[test]
fn every_change_is_saved_to_the_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    type_into(&mut harness, "Problembeskrivning", "Parkering");
    harness.state().flush_saves();
    let id = session(&harness).id().to_owned();
    let store = SessionStore::new(dir.path().join("sessions"));
    let loaded = store.open(&id).expect("saved session");
    assert_eq!(
        loaded.file.captures.get("problembeskrivning"),
        Some(&Capture::Text("Parkering".to_owned()))
    );
    assert!(harness.state().save_error().is_none());
}

#[test]
fn a_running_timer_repaints_once_a_second_and_a_paused_one_never() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    let delay = |h: &Harness<'static, App>| {
        h.output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .expect("root viewport")
            .repaint_delay
    };
    assert_eq!(delay(&harness), std::time::Duration::MAX);
    harness.key_press(Key::Space);
    harness.run();
    let running = delay(&harness);
    assert!(running > std::time::Duration::ZERO);
    assert!(
        running <= std::time::Duration::from_millis(1005),
        "{running:?}"
    );
    // 300 ms into a second, the next change is 700 ms away.
    advance(&mut harness, TimeDelta::milliseconds(300));
    let next = delay(&harness);
    assert!(
        next <= std::time::Duration::from_millis(705)
            && next >= std::time::Duration::from_millis(600),
        "{next:?}"
    );
    harness.key_press(Key::Space);
    harness.run();
    // The pause's toast wakes the window once, to go away; then nothing repaints.
    let toast = delay(&harness);
    assert!(
        toast <= std::time::Duration::from_millis(6005),
        "only the toast's end: {toast:?}"
    );
    advance(&mut harness, TimeDelta::seconds(7));
    harness.run();
    assert_eq!(delay(&harness), std::time::Duration::MAX);
}

#[test]
fn the_start_page_shows_clock_times_and_a_preparation_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(new_app(dir.path()));
    harness
        .get_by_label_contains("Kirunamodellen 135\n")
        .click();
    harness.run();
    harness.state_mut().library_view.session_start = "13:00".to_owned();
    harness.run();
    harness.get_by_label_contains("1. Välkommen, spelregler och problembeskrivning  (13:00–13:10");
    harness.get_by_label_contains("9. Handlingsplan  (14:50–15:10");
    let workshop = harness
        .state()
        .library
        .workshop("kirunamodellen-135")
        .expect("workshop")
        .value
        .clone();
    let first = workshop.preparation.first().expect("preparation").clone();
    harness.get_by_label(&first).click();
    harness.run();
    assert!(
        harness.state().drafts["kirunamodellen-135"].is_prepared(&first),
        "the tick is in the workshop's draft"
    );
    harness.get_by_label("Starta").click();
    harness.run();
    assert_eq!(
        session(&harness)
            .planned_start()
            .format("%H:%M")
            .to_string(),
        "13:00"
    );
    assert_eq!(
        session(&harness).prepared(),
        [first],
        "the session takes the ticks"
    );
}

#[test]
fn preparation_ticks_and_roles_typed_before_the_day_are_kept_until_the_session_starts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let workshop = {
        let app = new_app(dir.path());
        app.library
            .workshop("kirunamodellen-135")
            .expect("workshop")
            .value
            .clone()
    };
    let item = workshop.preparation[1].clone();
    let role = workshop
        .roles
        .first()
        .expect("the 135 workshop has roles")
        .name
        .clone();
    let people = "Anna Lindqvist och Mikael Nilsson från socialtjänsten";
    {
        let mut harness = harness(new_app(dir.path()));
        harness
            .get_by_label_contains("Kirunamodellen 135\n")
            .click();
        harness.run();
        harness.get_by_label(&item).click();
        harness.run();
        let label = format!("Vem har rollen {role}?");
        harness.get_by_label(&label).click();
        harness.run();
        harness.get_by_label(&label).type_text(people);
        harness.run();
        // Leaving the field saves it.
        harness.key_press(Key::Tab);
        harness.run();
        assert_eq!(
            store
                .load_draft("kirunamodellen-135")
                .expect("readable")
                .expect("saved")
                .role(&role),
            Some(people)
        );
    }
    // The program was closed; the next start shows what was prepared.
    let mut harness = harness(new_app(dir.path()));
    harness
        .get_by_label_contains("Kirunamodellen 135\n")
        .click();
    harness.run();
    assert!(harness.state().drafts["kirunamodellen-135"].is_prepared(&item));
    assert_eq!(
        harness.get_by_label(&item).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    harness.get_by_label("Starta").click();
    harness.run();
    let s = session(&harness);
    assert_eq!(s.prepared(), [item]);
    assert!(
        s.roles()
            .iter()
            .any(|r| r.role == role && r.people == people),
        "{:?}",
        s.roles()
    );
    assert_eq!(
        store.load_draft("kirunamodellen-135").expect("readable"),
        None,
        "the draft is gone once the session has it"
    );
}

#[test]
fn a_bad_start_time_or_seed_is_explained_and_starts_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(new_app(dir.path()));
    harness.get_by_label_contains("Kirunamodellen 60\n").click();
    harness.run();
    harness.state_mut().library_view.session_seed = "tolv".to_owned();
    harness.run();
    harness.get_by_label("Starta").click();
    harness.run();
    assert!(harness.state().session.is_none());
    harness.get_by_label_contains("Fröet `tolv` är inget heltal");
}

#[test]
fn a_135_minute_workshop_runs_in_fast_forward_through_every_phase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    harness.key_press(Key::Space);
    harness.run();
    let steps = session(&harness).workshop().steps.clone();
    assert_eq!(steps.iter().map(|s| s.minutes).sum::<u32>(), 135);
    for (index, step) in steps.iter().enumerate() {
        assert_eq!(session(&harness).current(), index);
        assert_eq!(timer_label(&harness), format!("{:02}:00", step.minutes));
        let phase = |h: &Harness<'static, App>| session(h).phase(h.state().now());
        assert_eq!(phase(&harness), Phase::Normal);
        // One minute before the end: warning.
        advance(
            &mut harness,
            TimeDelta::minutes(i64::from(step.minutes) - 1),
        );
        assert_eq!(timer_label(&harness), "01:00");
        assert_eq!(phase(&harness), Phase::Warning);
        harness.get_by_label(&format!("{}. {}", index + 1, step.title));
        // 30 seconds over: overrun, negative time and the flash.
        advance(&mut harness, TimeDelta::seconds(90));
        assert_eq!(timer_label(&harness), "−00:30");
        assert_eq!(phase(&harness), Phase::Overrun);
        harness.get_by_label("Tiden är ute!");
        assert!(
            harness
                .state()
                .session
                .as_ref()
                .is_some_and(|a| a.flash_until.is_some())
        );
        advance(&mut harness, TimeDelta::seconds(5));
        // The flash ends; the phase still says so in words.
        assert!(
            harness
                .state()
                .session
                .as_ref()
                .is_some_and(|a| a.flash_until.is_none())
        );
        harness.get_by_label("Tiden är ute!");
        if index + 1 < steps.len() {
            harness.key_press(Key::N);
            harness.run();
        }
    }
    finish(&mut harness);
    let total_actual: i64 = (0..steps.len())
        .map(|i| {
            session(&harness)
                .timing(i)
                .expect("timing")
                .elapsed(harness.state().now())
                .num_seconds()
        })
        .sum();
    // Every step ran 35 seconds over its time box.
    assert_eq!(total_actual, 135 * 60 + 10 * 35);
    harness.get_by_label_contains("Planerat 135 min · faktiskt 141 min");
}

#[test]
fn who_has_each_role_is_written_down_word_by_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    let field = harness.get_by_role_and_label(Role::TextInput, "Problemägare");
    field.focus();
    field.type_text("Anna ");
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Problemägare")
        .type_text("Berg");
    harness.run();
    let roles = session(&harness).roles();
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].role, "Problemägare");
    assert_eq!(roles[0].people, "Anna Berg");
}

/// How many filled rectangles of the last frame cover more than a quarter of the window.
fn large_fills(harness: &Harness<'static, App>, window: f32) -> usize {
    fn walk(shape: &egui::Shape, window: f32, count: &mut usize) {
        match shape {
            egui::Shape::Rect(rect) if rect.fill.a() > 0 && rect.rect.area() > window / 4.0 => {
                *count += 1;
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, window, count)),
            _ => {}
        }
    }
    let mut count = 0;
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, window, &mut count);
    }
    count
}

#[test]
fn a_running_timer_repaints_without_filling_the_window_again() {
    // The window is cleared with the panel colour; the app's panels paint no background, so a
    // once-a-second repaint costs a software renderer one fill of the window, not three. The
    // one large fill left is the test harness's own background behind the app.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = started(dir.path());
    harness.get_by_label("Starta tiden").click();
    harness.run();
    advance(&mut harness, TimeDelta::seconds(1));
    assert_eq!(large_fills(&harness, 1400.0 * 1000.0), 1);
}
