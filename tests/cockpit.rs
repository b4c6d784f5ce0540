//! The facilitator's cockpit and the projector at real window sizes and text sizes, driven
//! headless through egui_kittest with the app's clock set by the test: what must stay in view,
//! how wide the action plan's cells are, where the newest card is, what the projector shows, and
//! that typing with no field focused changes nothing.
//!
//! A window of W×H pixels at a text size of S % is a harness of W/S×H/S points with the app's
//! zoom at S %, as on a real screen.

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Key, Modifiers, Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use innovationslek::app::{App, PersistedState, View};
use innovationslek::session::{Capture, SessionStore};
use innovationslek::ui::i18n::Language;
use innovationslek::ui::projector::{ProjectorView, projector_ui};

use crate::support::decks_dir;

const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (1920.0, 1080.0)];
const TEXT_SIZES: [u32; 2] = [100, 200];

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:03:00Z")
        .expect("time")
        .with_timezone(&Utc)
}

fn app(store: &Path, language: Language, text_size: u32) -> App {
    let state = PersistedState {
        language,
        text_size,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks_dir(), state, false);
    app.set_store(Some(SessionStore::new(store.join("sessions"))));
    app.exports_dir = store.join("exports");
    app.clock_override = Some(t0());
    app
}

/// The window in points.
fn window(size: (f32, f32), text_size: u32) -> Rect {
    let scale = text_size as f32 / 100.0;
    Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0 / scale, size.1 / scale))
}

/// A session of Kirunamodellen 135 (or its English twin) started with seed 42 in a window of
/// `size` pixels at `text_size` %.
fn cockpit(
    dir: &Path,
    size: (f32, f32),
    text_size: u32,
    language: Language,
) -> Harness<'static, App> {
    let id = match language {
        Language::Swedish => "kirunamodellen-135",
        Language::English => "kirunamodellen-135-en",
    };
    cockpit_of(dir, size, text_size, language, id)
}

/// A session of the bundled workshop `id` started with seed 42, as [`cockpit`].
fn cockpit_of(
    dir: &Path,
    size: (f32, f32),
    text_size: u32,
    language: Language,
    id: &str,
) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(window(size, text_size).size())
        .build_ui_state(
            |ui, app: &mut App| app.ui(ui),
            app(dir, language, text_size),
        );
    harness.run();
    harness.state_mut().library_view.session_seed = "42".to_owned();
    harness
        .state_mut()
        .apply(innovationslek::app::Command::StartSession {
            workshop_id: id.to_owned(),
            start: "13:15".to_owned(),
            seed: "42".to_owned(),
        });
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    harness
}

/// Presses `key` and lets the window settle, as a facilitator's key press.
fn press(harness: &mut Harness<'static, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn session<'a>(harness: &'a Harness<'static, App>) -> &'a innovationslek::session::Session {
    &harness.state().session.as_ref().expect("a session").session
}

fn is_timer(label: &str) -> bool {
    let digits = label.trim_start_matches('−');
    digits.len() == 5
        && digits.as_bytes()[2] == b':'
        && digits.chars().filter(char::is_ascii_digit).count() == 4
}

/// The rectangle of the big timer.
fn timer_rect(harness: &Harness<'static, App>) -> Rect {
    let text = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        if n.role() == Role::Label {
            n.value()
        } else {
            n.label()
        }
    };
    // With the projector open (drawn inside the test's window) the room's timer is there too:
    // the cockpit's is the smaller one.
    harness
        .query_all(By::new().predicate(move |n| text(n).is_some_and(|l| is_timer(&l))))
        .map(|n| n.rect())
        .min_by(|a, b| a.height().total_cmp(&b.height()))
        .expect("a timer")
}

fn inside(outer: Rect, inner: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

fn sentence(n: usize) -> String {
    format!("Rad {n}: starta faddersystem för nyanställda så att ingen står ensam första veckan")
}

#[test]
fn the_timer_the_title_and_the_step_controls_stay_whole_at_every_size() {
    for size in SIZES {
        for text_size in TEXT_SIZES {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut harness = cockpit(dir.path(), size, text_size, Language::Swedish);
            let screen = window(size, text_size);
            let what = format!("{size:?} at {text_size} %");
            let steps = session(&harness).workshop().steps.clone();
            for (index, step) in steps.iter().enumerate() {
                let timer = timer_rect(&harness);
                assert!(
                    inside(screen, timer),
                    "{what}, step {index}: timer {timer:?}"
                );
                let title = harness
                    .get_by_label(&format!("{}. {}", index + 1, step.title))
                    .rect();
                assert!(
                    title.top() >= screen.top() && title.top() < screen.bottom(),
                    "{what}: title {title:?}"
                );
                for control in ["Nästa", "Föregående", "Starta tiden"] {
                    let rect = harness.get_by_label(control).rect();
                    assert!(
                        inside(screen, rect),
                        "{what}, step {index}: {control} {rect:?}"
                    );
                }
                press(&mut harness, Key::N);
            }
        }
    }
}

#[test]
fn start_and_pause_keep_their_size_and_nothing_beside_them_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    let start = harness.get_by_label("Starta tiden").rect();
    let next = harness.get_by_label("Nästa").rect();
    let projector = harness.get_by_label("Öppna projektorfönster").rect();
    press(&mut harness, Key::Space);
    assert_eq!(harness.get_by_label("Pausa").rect(), start);
    assert_eq!(harness.get_by_label("Nästa").rect(), next);
    press(&mut harness, Key::W);
    assert_eq!(
        harness.get_by_label("Stäng projektorfönster").rect(),
        projector
    );
}

#[test]
fn every_action_plan_cell_holds_twenty_characters_a_line_and_grows_with_its_text() {
    for size in SIZES {
        for text_size in TEXT_SIZES {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut harness = cockpit(dir.path(), size, text_size, Language::Swedish);
            let what = format!("{size:?} at {text_size} %");
            let plan = session(&harness)
                .workshop()
                .steps
                .iter()
                .position(|s| s.id == "handlingsplan")
                .expect("the plan's step");
            match harness.query_by_label_contains(&format!("{}. Handlingsplan", plan + 1)) {
                Some(step) => step.click(),
                // The agenda rail is hidden at this size: go there with the keys.
                None => {
                    for _ in 0..plan {
                        press(&mut harness, Key::N);
                    }
                }
            }
            harness.run();
            assert_eq!(session(&harness).step().id, "handlingsplan", "{what}");
            // The competences table (shown from an earlier step) has an add-row button too.
            for _ in 0..2 {
                harness
                    .get_by_label("Lägg till rad i Handlingsplan")
                    .scroll_to_me();
                harness.run();
                harness
                    .get_by_label("Lägg till rad i Handlingsplan")
                    .click();
                harness.run();
            }
            let twenty = harness
                .ctx
                .fonts_mut(|f| f.glyph_width(&egui::FontId::proportional(14.0), 'n') * 20.0);
            for column in ["Vad", "Hur", "När", "Vilka kompetenser", "Vem"] {
                let label = format!("{column} 1 – Handlingsplan");
                let before = harness
                    .get_by_role_and_label(Role::TextInput, &label)
                    .rect();
                assert!(
                    before.width() >= twenty,
                    "{what}: {column} is {} wide, 20 characters are {twenty}",
                    before.width()
                );
                harness
                    .get_by_role_and_label(Role::TextInput, &label)
                    .scroll_to_me();
                harness.run();
                let field = harness.get_by_role_and_label(Role::TextInput, &label);
                field.focus();
                // Two sentences: longer than a line even where a row is a card of its own.
                field.type_text(&format!("{} {}", sentence(1), sentence(2)));
                harness.run();
                press(&mut harness, Key::Escape);
                let after = harness
                    .get_by_role_and_label(Role::TextInput, &label)
                    .rect();
                assert!(
                    after.height() > before.height(),
                    "{what}: {column} does not grow: {before:?} → {after:?}, {:?}",
                    session(&harness).capture("handlingsplan")
                );
            }
            match session(&harness).capture("handlingsplan") {
                Some(Capture::Table(rows)) => {
                    assert_eq!(rows.len(), 2);
                    let both = format!("{} {}", sentence(1), sentence(2));
                    assert!(rows[0].iter().all(|c| c == &both), "{rows:?}");
                }
                other => panic!("{what}: {other:?}"),
            }
            // Rows move and go.
            harness.get_by_label("Flytta rad 1 ner").scroll_to_me();
            harness.run();
            harness.get_by_label("Flytta rad 1 ner").click();
            harness.run();
            match session(&harness).capture("handlingsplan") {
                Some(Capture::Table(rows)) => {
                    assert_eq!(rows[1][0], format!("{} {}", sentence(1), sentence(2)))
                }
                other => panic!("{what}: {other:?}"),
            }
            harness.get_by_label("Ta bort rad 1").scroll_to_me();
            harness.run();
            harness.get_by_label("Ta bort rad 1").click();
            harness.run();
            match session(&harness).capture("handlingsplan") {
                Some(Capture::Table(rows)) => assert_eq!(rows.len(), 1),
                other => panic!("{what}: {other:?}"),
            }
        }
    }
}

#[test]
fn the_newest_card_is_in_view_after_draws_in_five_steps() {
    for size in SIZES {
        for text_size in TEXT_SIZES {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut harness = cockpit(dir.path(), size, text_size, Language::Swedish);
            let screen = window(size, text_size);
            let what = format!("{size:?} at {text_size} %");
            let mut draws = 0;
            for _ in 0..8 {
                if session(&harness).step().draw.is_some() {
                    for _ in 0..2 {
                        press(&mut harness, Key::D);
                        press(&mut harness, Key::K);
                    }
                    press(&mut harness, Key::D);
                    draws += 1;
                    let newest = session(&harness)
                        .draws()
                        .and_then(|p| p.draws().last())
                        .and_then(|r| r.cards.last())
                        .and_then(|id| session(&harness).draws()?.card(id))
                        .map(|c| c.title.clone())
                        .expect("a card");
                    let rect = harness.get_by_label(&format!("kort {newest}")).rect();
                    assert!(inside(screen, rect), "{what}: {newest} at {rect:?}");
                    // Cards of earlier steps are not on this step's table.
                    let on_table = innovationslek::ui::workshop::step_cards(session(&harness));
                    assert!(on_table.len() <= 4, "{what}: {}", on_table.len());
                }
                press(&mut harness, Key::N);
            }
            assert!(draws >= 5, "the workshop draws in {draws} steps");
        }
    }
}

#[test]
fn a_drawn_card_opens_large_with_a_click_and_closes_with_esc() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    press(&mut harness, Key::N);
    press(&mut harness, Key::D);
    let title = session(&harness).draws().expect("pile").table()[0]
        .title
        .clone();
    harness.get_by_label(&format!("kort {title}")).click();
    harness.run();
    let large = harness.get_by_label(&format!("{title} (stor)")).rect();
    assert!(large.height() > 400.0, "{large:?}");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label(&format!("{title} (stor)")).is_none());
}

#[test]
fn keep_and_discard_stay_in_place_when_another_card_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The digital variant's second step draws two cards at once.
    let mut harness = cockpit_of(
        dir.path(),
        (1280.0, 800.0),
        100,
        Language::Swedish,
        "kirunamodellen-digital",
    );
    press(&mut harness, Key::N);
    press(&mut harness, Key::D);
    let titles: Vec<String> = session(&harness)
        .draws()
        .expect("pile")
        .table()
        .iter()
        .map(|c| c.title.clone())
        .collect();
    assert_eq!(titles.len(), 2);
    let second_keep = harness
        .get_by_label(&format!("Behåll {}", titles[1]))
        .rect();
    let second_discard = harness.get_by_label(&format!("Släng {}", titles[1])).rect();
    harness
        .get_by_label(&format!("Behåll {}", titles[0]))
        .click();
    harness.run();
    assert_eq!(
        harness
            .get_by_label(&format!("Behåll {}", titles[1]))
            .rect(),
        second_keep
    );
    harness
        .get_by_label(&format!("Släng {}", titles[0]))
        .click();
    harness.run();
    assert_eq!(
        harness.get_by_label(&format!("Släng {}", titles[1])).rect(),
        second_discard
    );
}

/// Types `text` with no field focused, one key at a time, as a keyboard sends it.
fn type_unfocused(harness: &mut Harness<'static, App>, text: &str) {
    for c in text.chars() {
        let name = c.to_uppercase().to_string();
        let key = if c == ' ' {
            Some(Key::Space)
        } else {
            Key::from_name(&name)
        };
        let modifiers = if c.is_uppercase() {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        };
        if let Some(key) = key {
            harness.event(egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            });
        }
        harness.event(egui::Event::Text(c.to_string()));
        if let Some(key) = key {
            harness.event(egui::Event::Key {
                key,
                physical_key: None,
                pressed: false,
                repeat: false,
                modifiers,
            });
        }
        harness.run();
    }
}

#[test]
fn a_sentence_typed_beside_a_field_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    press(&mut harness, Key::N);
    let before = session(&harness).file().clone();
    let view_before = match &harness.state().view {
        View::Session(s) => (s.projector_open, s.presenting, s.blank, s.help),
        _ => panic!("not in the session"),
    };
    type_unfocused(&mut harness, "Starta faddersystem för nyanställda");
    let after = session(&harness).file();
    assert_eq!(after.current_step, before.current_step);
    assert_eq!(after.steps, before.steps);
    assert_eq!(after.draws, before.draws);
    assert_eq!(after.captures, before.captures);
    let view_after = match &harness.state().view {
        View::Session(s) => (s.projector_open, s.presenting, s.blank, s.help),
        _ => panic!("not in the session"),
    };
    assert_eq!(view_after, view_before);
    // The facilitator is told why, and the shortcuts come back after a pause in the typing.
    harness.get_by_label_contains("kortkommandona väntar");
    let now = harness.state().now() + TimeDelta::seconds(3);
    harness.state_mut().clock_override = Some(now);
    harness.run();
    press(&mut harness, Key::N);
    assert_eq!(session(&harness).current(), 2);
}

#[test]
fn ctrl_minus_at_the_smallest_text_size_leaves_it_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    harness.run();
    assert_eq!(harness.state().state.text_size, 100);
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    harness.run();
    assert_eq!(harness.state().state.text_size, 110);
}

#[test]
fn starting_another_workshop_while_one_runs_asks_and_offers_to_continue() {
    use innovationslek::app::Command;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    let running = session(&harness).id().to_owned();
    let start_60 = || Command::StartSession {
        workshop_id: "kirunamodellen-60".to_owned(),
        start: "15:00".to_owned(),
        seed: "7".to_owned(),
    };
    harness.state_mut().apply(Command::ShowLibrary);
    harness.state_mut().apply(start_60());
    harness.run();
    harness.get_by_label("Kirunamodellen 135 pågår");
    assert_eq!(session(&harness).id(), running);
    harness.get_by_label("Fortsätt Kirunamodellen 135").click();
    harness.run();
    assert!(harness.state().pending_start.is_none());
    assert!(matches!(harness.state().view, View::Session(_)));
    assert_eq!(session(&harness).id(), running);
    harness.state_mut().apply(start_60());
    harness.run();
    harness.get_by_label("Starta Kirunamodellen 60").click();
    harness.run();
    assert_eq!(session(&harness).workshop().id, "kirunamodellen-60");
}

#[test]
fn finishing_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1920.0, 1080.0), 100, Language::Swedish);
    harness.get_by_label("Avsluta workshoppen…").click();
    harness.run();
    harness.get_by_label("Avsluta workshoppen?");
    harness.get_by_label("Fortsätt arbeta").click();
    harness.run();
    assert!(session(&harness).finished().is_none());
    assert!(harness.query_by_label("Avsluta workshoppen?").is_none());
    harness.get_by_label("Avsluta workshoppen…").click();
    harness.run();
    harness.get_by_label("Avsluta workshoppen").click();
    harness.run();
    assert!(session(&harness).finished().is_some());
}

/// The projector's view of the harness's session drawn alone in a window of `size` points.
fn projector(view: ProjectorView, size: (f32, f32)) -> Harness<'static, ProjectorView> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_ui_state(
            |ui, view: &mut ProjectorView| {
                egui::CentralPanel::default()
                    .frame(egui::Frame::new())
                    .show(ui, |ui| projector_ui(ui, view, false, false));
            },
            view,
        );
    harness.run();
    harness
}

#[test]
fn the_projector_timer_is_at_least_forty_percent_of_its_height_and_shows_no_notes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    for _ in 0..8 {
        press(&mut harness, Key::D);
        let view = ProjectorView::build(
            session(&harness),
            harness
                .state()
                .session
                .as_ref()
                .and_then(|a| a.deck.as_ref()),
            harness.state().now(),
            Language::Swedish,
            None,
        );
        let notes = session(&harness)
            .step()
            .facilitator_notes
            .clone()
            .unwrap_or_default();
        assert!(!format!("{view:?}").contains(&notes[..notes.len().min(40)]));
        for size in [(1024.0, 640.0), (1920.0, 1080.0)] {
            let room = projector(view.clone(), size);
            let timer = room.get_by_label(&view.timer_text).rect();
            assert!(
                timer.height() >= 0.4 * size.1,
                "{size:?}: timer {} of {}",
                timer.height(),
                size.1
            );
            room.get_by_label(&view.title);
        }
        press(&mut harness, Key::N);
    }
}

/// Draws in the current step (when it draws) and keeps the card, and fills every field of the
/// step with sentences, as the snapshots show it. Outside the `snapshots` module so that the
/// default build compiles it: it went stale once while only the feature build saw it.
#[cfg_attr(not(feature = "snapshots"), allow(dead_code))]
fn fill_step(harness: &mut Harness<'static, App>) {
    if session(harness).step().draw.is_some() {
        press(harness, Key::D);
        press(harness, Key::K);
    }
    let fields: Vec<_> = session(harness).step().capture.clone();
    for field in fields {
        use innovationslek::model::FieldKind;
        use innovationslek::session::{CaptureEdit, MatrixEdit, VoteEdit};
        let edits = match &field.kind {
            FieldKind::Text => vec![CaptureEdit::SetText(sentence(1))],
            FieldKind::List => vec![
                CaptureEdit::AddItem(sentence(1)),
                CaptureEdit::AddItem(sentence(2)),
            ],
            FieldKind::Table { columns } => {
                let mut edits = vec![CaptureEdit::AddRow, CaptureEdit::AddRow];
                for row in 0..2 {
                    for column in 0..columns.len() {
                        edits.push(CaptureEdit::SetCell {
                            row,
                            column,
                            text: sentence(row + 1),
                        });
                    }
                }
                edits
            }
            FieldKind::Votes { .. } => vec![
                CaptureEdit::Votes(VoteEdit::Add {
                    item: sentence(1),
                    dots: 3,
                }),
                CaptureEdit::Votes(VoteEdit::Add {
                    item: sentence(2),
                    dots: 2,
                }),
            ],
            FieldKind::Matrix { .. } => vec![
                CaptureEdit::Matrix(MatrixEdit::Place {
                    item: sentence(1),
                    x: 1,
                    y: 1,
                }),
                CaptureEdit::Matrix(MatrixEdit::Place {
                    item: sentence(2),
                    x: 0,
                    y: 1,
                }),
            ],
        };
        for edit in edits {
            harness
                .state_mut()
                .apply(innovationslek::app::Command::Session(
                    innovationslek::session::SessionCommand::Capture {
                        field: field.id.clone(),
                        edit,
                    },
                ));
        }
    }
    harness.run();
}

/// Pixel snapshots of the cockpit and the projector (egui_kittest with wgpu; run with
/// `cargo test --features snapshots`, and `UPDATE_SNAPSHOTS=1` to write new ones). The
/// pictures are in `tests/snapshots/`.
#[cfg(feature = "snapshots")]
mod snapshots {
    use super::*;
    use innovationslek::session::Phase;
    use innovationslek::ui::projector::TimerState;

    fn snapshot_cockpit(dir: &Path, size: (f32, f32), text_size: u32) -> Harness<'static, App> {
        let mut harness = Harness::builder()
            .with_size(window(size, text_size).size())
            .with_pixels_per_point(text_size as f32 / 100.0)
            .wgpu()
            .build_ui_state(
                |ui, app: &mut App| app.ui(ui),
                app(dir, Language::Swedish, text_size),
            );
        harness.run();
        harness
            .state_mut()
            .apply(innovationslek::app::Command::StartSession {
                workshop_id: "kirunamodellen-135".to_owned(),
                start: "13:15".to_owned(),
                seed: "42".to_owned(),
            });
        harness.run();
        harness
    }

    #[test]
    fn snapshots_of_the_cockpit_in_steps_1_2_5_6_8_and_at_200_percent() {
        let mut results = egui_kittest::SnapshotResults::new();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = snapshot_cockpit(dir.path(), (1280.0, 800.0), 100);
        press(&mut harness, Key::Space);
        for step in 1..=8 {
            fill_step(&mut harness);
            let now = harness.state().now() + TimeDelta::minutes(3);
            harness.state_mut().clock_override = Some(now);
            harness.run();
            if [1, 2, 5, 6, 8].contains(&step) {
                results.add(harness.try_snapshot(format!("cockpit-step-{step}")));
            }
            if step < 8 {
                press(&mut harness, Key::N);
                press(&mut harness, Key::Space);
            }
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = snapshot_cockpit(dir.path(), (1280.0, 800.0), 200);
        press(&mut harness, Key::N);
        fill_step(&mut harness);
        results.add(harness.try_snapshot("cockpit-200-percent"));
    }

    #[test]
    fn snapshots_of_the_projector_in_every_phase() {
        let mut results = egui_kittest::SnapshotResults::new();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
        press(&mut harness, Key::N);
        press(&mut harness, Key::D);
        press(&mut harness, Key::Space);
        let build = |h: &Harness<'static, App>| {
            ProjectorView::build(
                session(h),
                h.state().session.as_ref().and_then(|a| a.deck.as_ref()),
                h.state().now(),
                Language::Swedish,
                None,
            )
        };
        let mut shots = Vec::new();
        shots.push(("projector-normal", build(&harness)));
        let minutes = i64::from(session(&harness).step().minutes);
        let now = harness.state().now() + TimeDelta::minutes(minutes - 1);
        harness.state_mut().clock_override = Some(now);
        harness.run();
        let warning = build(&harness);
        assert_eq!(warning.state, TimerState::Running(Phase::Warning));
        shots.push(("projector-warning", warning));
        let now = harness.state().now() + TimeDelta::seconds(150);
        harness.state_mut().clock_override = Some(now);
        harness.run();
        shots.push(("projector-overtime", build(&harness)));
        press(&mut harness, Key::Space);
        shots.push(("projector-paused", build(&harness)));
        let mut pause = build(&harness);
        pause.title = "5. Paus".to_owned();
        pause.break_until = Some("Paus till 14:25".to_owned());
        pause.cards.clear();
        shots.push(("projector-break", pause));
        for (name, view) in shots {
            results.add(crate::support::projector_snapshot(
                view,
                egui::vec2(1280.0, 720.0),
                name,
            ));
        }
    }
}

#[test]
fn the_break_step_is_a_break_for_the_room_and_later_steps_show_earlier_fields() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    let pause = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.pause)
        .expect("the 135 has a break");
    let ideas = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "ideer")
        .expect("an idea step");
    let view_at = |harness: &Harness<'static, App>| {
        ProjectorView::build(
            session(harness),
            harness
                .state()
                .session
                .as_ref()
                .and_then(|a| a.deck.as_ref()),
            harness.state().now(),
            Language::Swedish,
            None,
        )
    };
    assert!(view_at(&harness).break_until.is_none());
    for _ in 0..pause {
        press(&mut harness, Key::N);
    }
    assert_eq!(session(&harness).current(), pause);
    let until = view_at(&harness).break_until.expect("a break screen");
    assert!(until.starts_with("Paus till "), "{until}");
    // The break offers no draw.
    press(&mut harness, Key::D);
    assert!(
        session(&harness)
            .draws()
            .is_none_or(|d| d.table().is_empty())
    );
    for _ in pause..ideas {
        press(&mut harness, Key::N);
    }
    assert_eq!(session(&harness).current(), ideas);
    // The parking lot of the welcome step is shown (and editable) while generating ideas.
    harness.get_by_label("Från tidigare steg");
    assert!(
        harness
            .query_all_by_label_contains("Parkering")
            .next()
            .is_some()
    );
}

/// The saved state without the time of the last change (which undo keeps moving forward).
fn state_of(harness: &Harness<'static, App>) -> innovationslek::session::SessionFile {
    let mut file = session(harness).file().clone();
    file.updated = t0();
    file
}

/// A toast as the facilitator reads it.
#[derive(Debug, PartialEq)]
struct ShownToast {
    text: String,
    until: chrono::DateTime<chrono::Utc>,
}

/// The toast showing now, if any, in the interface language.
fn toast(harness: &Harness<'static, App>) -> Option<ShownToast> {
    let now = harness.state().now();
    let language = harness.state().state.language;
    harness
        .state()
        .toast
        .as_ref()
        .filter(|t| t.showing(now))
        .map(|t| ShownToast {
            text: t.text(language),
            until: t.until,
        })
}

#[test]
fn a_stray_sentence_is_taken_back_with_one_ctrl_z_per_toast() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    press(&mut harness, Key::N);
    press(&mut harness, Key::D);
    let before = state_of(&harness);
    harness.state_mut().toast = None;
    // Letters that are shortcuts come first, as when a sentence starts with them, and again
    // after a pause in the typing.
    let mut toasts = Vec::new();
    let mut typed = |harness: &mut Harness<'static, App>, text: &str| {
        for c in text.chars() {
            let seen = toast(harness);
            type_unfocused(harness, &c.to_string());
            if let Some(now) = toast(harness)
                && Some(&now) != seen.as_ref()
            {
                toasts.push(now.text);
            }
        }
    };
    typed(&mut harness, "nd Starta faddersystem för nyanställda");
    let later = harness.state().now() + TimeDelta::seconds(3);
    harness.state_mut().clock_override = Some(later);
    harness.run();
    typed(&mut harness, "kx nu");
    assert!(
        !toasts.is_empty(),
        "the leading shortcut letters acted (and said so)"
    );
    assert!(
        toasts.iter().all(|t| t.ends_with("· Ctrl+Z ångrar")),
        "{toasts:?}"
    );
    assert_ne!(state_of(&harness), before);
    for _ in &toasts {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
        assert!(
            toast(&harness).is_some_and(|t| t.text.starts_with("Ångrade: ")),
            "each undo says what it took back"
        );
    }
    assert_eq!(
        state_of(&harness),
        before,
        "one Ctrl+Z per toast ({toasts:?}) returns exactly to the state before the sentence"
    );
    // And Ctrl+Shift+Z goes forward again.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(toast(&harness).is_some_and(|t| t.text.starts_with("Gjorde om: ")));
    assert_ne!(state_of(&harness), before);
}

#[test]
fn going_forward_and_back_leaves_the_agenda_and_the_expected_end_as_they_were() {
    for language in [Language::Swedish, Language::English] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = cockpit(dir.path(), (1920.0, 1080.0), 100, language);
        press(&mut harness, Key::N);
        press(&mut harness, Key::Space);
        let later = harness.state().now() + TimeDelta::minutes(4);
        harness.state_mut().clock_override = Some(later);
        harness.run();
        let now = harness.state().now();
        let agenda = session(&harness).agenda_at(now);
        let end = session(&harness).expected_end(now);
        // Look at the next step and come back, at once.
        press(&mut harness, Key::N);
        press(&mut harness, Key::P);
        let back = session(&harness).agenda_at(now);
        for (a, b) in agenda.iter().zip(&back) {
            assert_eq!(
                (a.state, a.done, a.expected_start, a.expected_end),
                (b.state, b.done, b.expected_start, b.expected_end),
                "{language:?}: step {} changed by only looking at the next one",
                a.index + 1
            );
        }
        assert_eq!(session(&harness).expected_end(now), end);
        // No step is marked done by looking at it.
        assert!(
            back.iter().all(|a| !a.done),
            "{language:?}: nothing was finished"
        );
    }
}

#[test]
fn clearing_the_table_is_one_action_and_one_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    press(&mut harness, Key::N);
    for _ in 0..3 {
        press(&mut harness, Key::D);
    }
    press(&mut harness, Key::K);
    let step = session(&harness).current();
    let cards = session(&harness).step_cards(step);
    assert!(cards.table.len() >= 2, "{cards:?}");
    let before = state_of(&harness);
    harness.get_by_label_contains("Rensa bordet").click();
    harness.run();
    let after = session(&harness).step_cards(step);
    assert!(after.table.is_empty(), "the table is empty: {after:?}");
    assert_eq!(after.kept, cards.kept, "the kept card stays");
    assert!(
        toast(&harness).is_some_and(|t| t.text.starts_with("Rensade bordet")),
        "{:?}",
        toast(&harness)
    );
    harness
        .get_by_label_contains("Ångra: Rensade bordet")
        .click();
    harness.run();
    assert_eq!(state_of(&harness), before);
}

#[test]
fn a_finished_workshop_can_be_taken_back_and_reopened_and_the_list_follows_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1920.0, 1080.0), 100, Language::Swedish);
    let id = session(&harness).id().to_owned();
    let listed_step = |harness: &Harness<'static, App>| {
        harness
            .state()
            .unfinished
            .iter()
            .filter(|l| l.id == id)
            .map(|l| l.state.as_ref().expect("readable").current_step.clone())
            .collect::<Vec<_>>()
    };
    press(&mut harness, Key::N);
    assert_eq!(
        listed_step(&harness),
        [session(&harness).step().id.clone()],
        "one entry, at the step the session is at"
    );
    harness.get_by_label("Avsluta workshoppen…").click();
    harness.run();
    harness.get_by_label("Avsluta workshoppen").click();
    harness.run();
    assert!(session(&harness).finished().is_some());
    assert!(
        listed_step(&harness).is_empty(),
        "a finished session is not offered"
    );
    // The toast takes it back.
    assert!(toast(&harness).is_some_and(|t| t.text.starts_with("Avslutade workshoppen")));
    harness
        .get_by_label("Ångra: Avslutade workshoppen (Ctrl+Z)")
        .click();
    harness.run();
    assert!(session(&harness).finished().is_none());
    assert_eq!(listed_step(&harness).len(), 1);
    // Finished again, and reopened from the summary.
    harness.get_by_label("Avsluta workshoppen…").click();
    harness.run();
    harness.get_by_label("Avsluta workshoppen").click();
    harness.run();
    harness.get_by_label("Öppna workshoppen igen").click();
    harness.run();
    assert!(session(&harness).finished().is_none());
    assert_eq!(listed_step(&harness).len(), 1);
    harness.get_by_label_contains("Nästa");
}

/// Types `text` into the text field labelled `label`, as a user does: brings it into view,
/// clicks it, types, and leaves it with Esc.
fn write_in(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .scroll_to_me();
    harness.run();
    // Focus rather than a click: in the test the projector's window is drawn inside this one.
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
    press(harness, Key::Escape);
}

/// The "done when" of the cockpit: Kirunamodellen 135 from start to summary at 1280×800 with
/// the projector open, a full sentence in every field and every plan cell, draws in every step
/// that draws, going back twice; nothing is lost, the newest card and the timer stay in the
/// window, and the summary's actual minutes are the minutes that passed in each step.
#[test]
fn a_whole_workshop_from_start_to_summary_as_a_facilitator_runs_it() {
    run_a_whole_workshop("kirunamodellen-135");
}

/// The same walk through every other bundled workshop, Swedish and English (in the Swedish
/// interface, whose labels the walk uses): each can be run from the bundled files alone.
#[test]
fn every_bundled_workshop_runs_from_start_to_summary() {
    for id in [
        "kirunamodellen-135-en",
        "kirunamodellen-60",
        "kirunamodellen-60-en",
        "kirunamodellen-digital",
        "kirunamodellen-digital-en",
        "kirunamodellen-uppfoljning",
        "kirunamodellen-uppfoljning-en",
    ] {
        run_a_whole_workshop(id);
    }
}

fn run_a_whole_workshop(id: &str) {
    use innovationslek::model::FieldKind;
    let dir = tempfile::tempdir().expect("temp dir");
    let size = (1280.0, 800.0);
    let screen = window(size, 100);
    let mut harness = cockpit_of(dir.path(), size, 100, Language::Swedish, id);
    harness.get_by_label("Öppna projektorfönster").click();
    harness.run();
    press(&mut harness, Key::Space);
    let steps = session(&harness).workshop().steps.clone();
    let mut expected_minutes = Vec::new();
    let mut written = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        assert_eq!(session(&harness).current(), index);
        if !session(&harness).is_running() {
            press(&mut harness, Key::Space);
        }
        let what = format!("{id} step {}", index + 1);
        if step.draw.is_some() {
            press(&mut harness, Key::D);
            let newest = session(&harness)
                .step_cards(index)
                .table
                .last()
                .map(|c| c.title.clone())
                .expect("a card on the table");
            let rect = harness.get_by_label(&format!("kort {newest}")).rect();
            assert!(inside(screen, rect), "{what}: {newest} at {rect:?}");
        }
        for (n, field) in step.capture.iter().enumerate() {
            let text = format!("{} ({})", sentence(index * 10 + n), field.label);
            match &field.kind {
                FieldKind::Text => write_in(&mut harness, &field.label, &text),
                FieldKind::List => {
                    let label = format!("Ny rad i {}", field.label);
                    harness
                        .get_by_role_and_label(Role::TextInput, &label)
                        .scroll_to_me();
                    harness.run();
                    harness
                        .get_by_role_and_label(Role::TextInput, &label)
                        .focus();
                    harness.run();
                    harness
                        .get_by_role_and_label(Role::TextInput, &label)
                        .type_text(&text);
                    harness.run();
                    press(&mut harness, Key::Enter);
                    // The box keeps the keyboard for the next item: leave it.
                    press(&mut harness, Key::Escape);
                }
                FieldKind::Table { columns } => {
                    let add = format!("Lägg till rad i {}", field.label);
                    harness.get_by_label(&add).scroll_to_me();
                    harness.run();
                    // By the keyboard: a click could land on the projector's window.
                    harness.get_by_label(&add).focus();
                    harness.run();
                    press(&mut harness, Key::Enter);
                    for column in columns {
                        write_in(
                            &mut harness,
                            &format!("{column} 1 – {}", field.label),
                            &text,
                        );
                    }
                }
                FieldKind::Votes { .. } => {
                    // A dot for the first idea, by the keyboard on its row (a click could land
                    // on the projector's window, drawn inside this one in the test).
                    let first = session(&harness).choice_items(&field.id).first().cloned();
                    if let Some(item) = first {
                        let row = format!("{item}: 0 prickar");
                        harness.get_by_label(&row).scroll_to_me();
                        harness.run();
                        harness.get_by_label(&row).focus();
                        harness.run();
                        press(&mut harness, Key::Plus);
                        let given = session(&harness).vote_result(&field.id).expect("votes");
                        assert_eq!(given.given, 1, "{what}: {}", field.label);
                    }
                }
                FieldKind::Matrix { .. } => {
                    // The first idea placed with the arrow keys on its item.
                    let first = session(&harness).choice_items(&field.id).first().cloned();
                    if let Some(item) = first {
                        let chip = format!("{item}: inte placerad");
                        harness.get_by_label(&chip).scroll_to_me();
                        harness.run();
                        harness.get_by_label(&chip).focus();
                        harness.run();
                        press(&mut harness, Key::ArrowUp);
                        let view = session(&harness).matrix_view(&field.id).expect("matrix");
                        assert_eq!(view.quadrants[0].items, vec![item], "{what}");
                    }
                }
            }
            assert!(
                session(&harness).capture(&field.id).is_some(),
                "{what}: {} holds what was typed",
                field.id
            );
            if matches!(
                field.kind,
                FieldKind::Votes { .. } | FieldKind::Matrix { .. }
            ) {
                continue;
            }
            written.push((field.id.clone(), field.kind.clone(), text));
        }
        assert!(
            inside(screen, timer_rect(&harness)),
            "{what}: the timer is in the window"
        );
        // The minutes this step takes: its plan, one more in every third step.
        let minutes = i64::from(step.minutes) + i64::from(index % 3 == 2);
        let now = harness.state().now() + TimeDelta::minutes(minutes);
        harness.state_mut().clock_override = Some(now);
        harness.run();
        expected_minutes.push(minutes);
        // Twice the facilitator looks back at the step before and returns at once.
        if index == 3 || index == 6 {
            press(&mut harness, Key::P);
            assert_eq!(session(&harness).current(), index - 1);
            press(&mut harness, Key::N);
            assert_eq!(session(&harness).current(), index);
            press(&mut harness, Key::Space);
        }
        if index + 1 < steps.len() {
            press(&mut harness, Key::N);
        }
    }
    // By the keyboard: a click could land on the projector's window, drawn inside this one.
    harness.get_by_label("Avsluta workshoppen…").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label("Avsluta workshoppen").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    let active = harness.state().session.as_ref().expect("a session");
    for (id, kind, text) in &written {
        let kept = match (kind, active.session.capture(id)) {
            (FieldKind::Text, Some(Capture::Text(t))) => t == text,
            (FieldKind::List, Some(Capture::List(items))) => items.iter().any(|i| &i.text == text),
            (FieldKind::Table { .. }, Some(Capture::Table(rows))) => {
                rows.first().is_some_and(|r| r.iter().all(|c| c == text))
            }
            _ => false,
        };
        assert!(kept, "{id}: {:?}", active.session.capture(id));
    }
    let summary =
        innovationslek::session::SummaryData::build(&active.session, active.deck.as_ref(), vec![]);
    let actual: Vec<i64> = summary.steps.iter().map(|s| s.actual_minutes).collect();
    assert_eq!(
        actual, expected_minutes,
        "the summary's minutes are what happened"
    );
    // And the file on disk holds the same.
    harness.state().flush_saves();
    let saved = innovationslek::session::read_session(active.path.as_ref().expect("saved"))
        .expect("readable");
    assert_eq!(saved.file.captures, active.session.file().captures);
}

/// The step's first sentence stays in view in the now zone and the body goes on from the
/// second, so no sentence is shown twice; at 200 % on a small window, where the first sentence
/// does not fit its line, the body shows the whole text.
#[test]
fn every_sentence_of_the_instructions_is_shown_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let harness = cockpit(dir.path(), (1920.0, 1080.0), 100, Language::Swedish);
    let instructions = session(&harness).step().instructions.clone();
    let sentences: Vec<&str> = instructions
        .split_inclusive(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| s.len() > 3)
        .collect();
    assert!(sentences.len() >= 2, "{instructions}");
    for sentence in &sentences {
        let shown = harness.query_all_by_label_contains(sentence).count();
        assert_eq!(shown, 1, "{sentence:?} is shown {shown} times");
    }
    let small = tempfile::tempdir().expect("temp dir");
    let harness = cockpit(small.path(), (1280.0, 800.0), 200, Language::Swedish);
    // Every sentence can be read somewhere in the window.
    for sentence in &sentences {
        assert!(
            harness.query_all_by_label_contains(sentence).count() >= 1,
            "{sentence:?} is missing at 200 %"
        );
    }
}

#[test]
fn every_top_bar_button_is_inside_the_window_at_1280x800_and_200_percent() {
    // With a session open and another view shown the top bar has the most buttons (library,
    // settings, back to the session, back; home too in the bundled program); at 200 % they wrap to a second row instead
    // of running out of the window ("Till sessionen: Kirunamodellen 135" was cut).
    for (language, names) in [
        (
            Language::Swedish,
            ["Bibliotek", "Inställningar", "Till sessionen", "Tillbaka"],
        ),
        (
            Language::English,
            ["Library", "Settings", "To the session", "Back"],
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = cockpit(dir.path(), (1280.0, 800.0), 200, language);
        harness
            .state_mut()
            .apply(innovationslek::app::Command::ShowSettings);
        harness.run();
        let screen = window((1280.0, 800.0), 200);
        for name in names {
            let found: Vec<Rect> = harness
                .query_all(By::new().role(Role::Button).predicate(move |n| {
                    n.label().is_some_and(|l| l.contains(name))
                        || n.value().is_some_and(|v| v.contains(name))
                }))
                .map(|n| n.rect())
                .collect();
            assert!(!found.is_empty(), "{language:?}: no button {name}");
            for rect in found {
                assert!(
                    screen.contains_rect(rect),
                    "{language:?}: {name} at {rect:?} is outside {screen:?}"
                );
            }
        }
    }
}

#[test]
fn tab_scrolls_the_focused_widget_into_view_on_a_long_step_page() {
    // The choosing step at 1280×800 and 200 % is longer than the window: its vote rows and the
    // matrix are below the fold. Going through it with Tab, every widget that takes the focus is
    // scrolled into the window.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 200, Language::Swedish);
    let ideas: Vec<String> = (1..=9)
        .map(|n| format!("Idé {n}: låna ut verktyg och lokaler mellan förvaltningarna"))
        .collect();
    for idea in &ideas {
        harness
            .state_mut()
            .apply(innovationslek::app::Command::Session(
                innovationslek::session::SessionCommand::Capture {
                    field: "ideer".into(),
                    edit: innovationslek::session::CaptureEdit::AddItem(idea.clone()),
                },
            ));
    }
    let step = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "valja")
        .expect("choosing step");
    harness
        .state_mut()
        .apply(innovationslek::app::Command::Session(
            innovationslek::session::SessionCommand::GoTo(step),
        ));
    harness.run();
    let screen = window((1280.0, 800.0), 200);
    let mut deepest = 0.0_f32;
    for _ in 0..120 {
        press(&mut harness, Key::Tab);
        let Some(id) = harness.ctx.memory(|m| m.focused()) else {
            continue;
        };
        let Some(rect) = harness.ctx.read_response(id).map(|r| r.rect) else {
            continue;
        };
        assert!(
            screen.contains_rect(rect),
            "the focused widget at {rect:?} is outside the window {screen:?}"
        );
        deepest = deepest.max(rect.max.y);
    }
    assert!(
        deepest > screen.height() * 0.5,
        "Tab reached the page's lower half"
    );
}

/// The text of a node as the screen shows it.
fn node_text(n: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<String> {
    if n.role() == Role::Label {
        n.value().or_else(|| n.label())
    } else {
        n.label().or_else(|| n.value())
    }
}

/// Whether `s` is a clock time, HH:MM.
fn is_hhmm(s: &str) -> bool {
    s.len() == 5 && s.as_bytes()[2] == b':' && s.chars().filter(char::is_ascii_digit).count() == 4
}

/// The agenda rail's lines as shown: each step's number and clock time, in the order shown.
fn agenda_lines(harness: &Harness<'static, App>) -> Vec<(usize, String)> {
    let parse = |text: &str| -> Option<(usize, String)> {
        let mut words = text.split_whitespace();
        let mark = words.next()?;
        if !["○", "▶", "‖", "◐", "✓", "↷"].contains(&mark) {
            return None;
        }
        let time = words.next().filter(|t| is_hhmm(t))?;
        let number = words.next()?.strip_suffix('.')?.parse().ok()?;
        Some((number, time.to_owned()))
    };
    let mut lines: Vec<(f32, (usize, String))> = harness
        .query_all(By::new().predicate(move |n| node_text(n).is_some_and(|t| parse(&t).is_some())))
        .filter_map(|n| Some((n.rect().top(), parse(&node_text(&n.accesskit_node())?)?)))
        .collect();
    lines.sort_by(|a, b| a.0.total_cmp(&b.0));
    lines.into_iter().map(|(_, l)| l).collect()
}

/// The agenda rail, shown whatever the window's width.
fn show_rail(harness: &mut Harness<'static, App>) {
    if agenda_lines(harness).is_empty() {
        harness
            .state_mut()
            .apply(innovationslek::app::Command::SessionView(
                innovationslek::ui::workshop::ViewChange::ShowRail(true),
            ));
        harness.run();
    }
}

/// The header's clock window of the current step: (from, to), as HH:MM.
fn header_window(harness: &Harness<'static, App>) -> (String, String) {
    let parse = |text: &str| -> Option<(String, String)> {
        let (from, rest) = text.split_once('–')?;
        let to = rest.split_whitespace().next()?;
        (is_hhmm(from) && is_hhmm(to)).then(|| (from.to_owned(), to.to_owned()))
    };
    let node = harness
        .query_all(By::new().predicate(move |n| node_text(n).is_some_and(|t| parse(&t).is_some())))
        .next()
        .expect("the header's clock window");
    parse(&node_text(&node.accesskit_node()).expect("text")).expect("a window")
}

/// The expected end as the rail says it (the last clock time of its end line).
fn expected_end_shown(harness: &Harness<'static, App>) -> String {
    let end = |t: &str| t.starts_with("Planerat slut") || t.starts_with("Planned end");
    let node = harness
        .query_all(By::new().predicate(move |n| node_text(n).is_some_and(|t| end(&t))))
        .next()
        .expect("the end line");
    let text = node_text(&node.accesskit_node()).expect("text");
    text.split_whitespace().last().expect("a time").to_owned()
}

#[test]
fn after_next_without_the_timer_the_agenda_is_in_time_order_and_agrees_with_the_header() {
    for language in [Language::Swedish, Language::English] {
        for size in SIZES {
            for text_size in TEXT_SIZES {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut harness = cockpit(dir.path(), size, text_size, language);
                let what = format!("{language:?} {size:?} at {text_size} %");
                // The facilitator goes on from the first step without ever starting its timer.
                press(&mut harness, Key::N);
                show_rail(&mut harness);
                let lines = agenda_lines(&harness);
                let steps = session(&harness).workshop().steps.len();
                assert_eq!(
                    lines.iter().map(|l| l.0).collect::<Vec<_>>(),
                    (1..=steps).collect::<Vec<_>>(),
                    "{what}: {lines:?}"
                );
                assert!(
                    lines.windows(2).all(|w| w[0].1 <= w[1].1),
                    "{what}: the agenda is not in time order: {lines:?}"
                );
                let end = expected_end_shown(&harness);
                assert!(
                    lines.iter().all(|l| l.1 <= end),
                    "{what}: a line after the expected end {end}: {lines:?}"
                );
                // The header's window is the current step's line.
                let (from, to) = header_window(&harness);
                let current = session(&harness).current();
                assert_eq!(current, 1, "{what}");
                assert_eq!(lines[current].1, from, "{what}: {lines:?}");
                let now = harness.state().now();
                let line = &session(&harness).agenda_at(now)[current];
                assert_eq!(to, line.expected_end.format("%H:%M").to_string(), "{what}");
                // The first step stands at the planned start, before the second.
                assert_eq!(
                    lines[0].1,
                    session(&harness)
                        .planned_start()
                        .format("%H:%M")
                        .to_string(),
                    "{what}"
                );
            }
        }
    }
}

#[test]
fn the_agenda_says_minutes_in_words_a_newcomer_reads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1920.0, 1080.0), 100, Language::Swedish);
    let first = &session(&harness).workshop().steps[0].title.clone();
    harness.get_by_label_contains(&format!("1. {first}  (10 min)"));
    press(&mut harness, Key::Space);
    let later = harness.state().now() + TimeDelta::minutes(3);
    harness.state_mut().clock_override = Some(later);
    harness.run();
    harness.get_by_label_contains(&format!("1. {first}  (3 av 10 min använda)"));
}

/// The visible box of the step's body: its scroll area's viewport, which the vertical scroll
/// bar at the window's right spans; `None` when the body fits and has no bar.
fn body_box(harness: &Harness<'static, App>) -> Option<Rect> {
    let bar = harness
        .query_all(By::new().role(Role::ScrollBar))
        .map(|n| n.rect())
        .filter(|r| r.height() > r.width())
        .max_by(|a, b| a.right().total_cmp(&b.right()))?;
    Some(Rect::from_x_y_ranges(
        harness.ctx.content_rect().x_range(),
        bar.y_range(),
    ))
}

/// The rectangle of the current step's facilitator notes.
fn notes_rect(harness: &Harness<'static, App>, language: Language) -> Rect {
    let title = match language {
        Language::Swedish => "Anteckningar för facilitatorn: ",
        Language::English => "Notes for the facilitator: ",
    };
    let notes = session(harness)
        .step()
        .facilitator_notes
        .clone()
        .expect("the step has notes");
    let head: String = notes.chars().take(20).collect();
    harness
        .get_by_label_contains(&format!("{title}{head}"))
        .rect()
}

/// Whether the first line of the notes lies whole inside the body's visible box.
fn notes_first_line_whole(
    harness: &Harness<'static, App>,
    language: Language,
) -> Result<(), String> {
    let notes = notes_rect(harness, language);
    let font = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
    let row = harness.ctx.fonts_mut(|f| f.row_height(&font));
    let first = Rect::from_min_size(notes.min, egui::vec2(notes.width(), row));
    let visible = body_box(harness).unwrap_or(harness.ctx.content_rect());
    if inside(visible, first) {
        Ok(())
    } else {
        Err(format!(
            "first line {first:?} outside the visible box {visible:?}"
        ))
    }
}

#[test]
fn every_step_opens_with_its_notes_whole_at_the_top_also_after_a_draw_and_coming_back() {
    for language in [Language::Swedish, Language::English] {
        for size in SIZES {
            for text_size in TEXT_SIZES {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut harness = cockpit(dir.path(), size, text_size, language);
                let what = format!("{language:?} {size:?} at {text_size} %");
                press(&mut harness, Key::N);
                notes_first_line_whole(&harness, language)
                    .unwrap_or_else(|e| panic!("{what}, step 2 opened: {e}"));
                let notes_before = notes_rect(&harness, language);
                // A draw scrolls no more than it takes to show the card: a card in view moves
                // nothing.
                press(&mut harness, Key::D);
                let title = session(&harness).draws().expect("pile").table()[0]
                    .title
                    .clone();
                let card = harness
                    .get_by_label(&format!("{} {title}", card_word(language)))
                    .rect();
                let visible = body_box(&harness).unwrap_or(harness.ctx.content_rect());
                assert!(
                    inside(visible, card),
                    "{what}: card {card:?} in {visible:?}"
                );
                let moved = notes_before.top() - notes_rect(&harness, language).top();
                let spacing = harness.ctx.global_style().spacing.item_spacing.y;
                assert!(
                    moved.abs() < 0.5 || (visible.bottom() - card.bottom() - spacing).abs() < 1.5,
                    "{what}: the body scrolled {moved} though the card needed less: card {card:?} in {visible:?}"
                );
                // The next step opens at its top, and so does this one when coming back.
                press(&mut harness, Key::N);
                notes_first_line_whole(&harness, language).unwrap_or_else(|e| {
                    panic!("{what}, step 3 opened after a draw in step 2: {e}")
                });
                press(&mut harness, Key::P);
                notes_first_line_whole(&harness, language)
                    .unwrap_or_else(|e| panic!("{what}, back in step 2: {e}"));
                assert_eq!(notes_rect(&harness, language), notes_before, "{what}");
            }
        }
    }
}

/// The word before a card's title in its accessible name.
fn card_word(language: Language) -> &'static str {
    match language {
        Language::Swedish => "kort",
        Language::English => "card",
    }
}

/// The toast's rectangle on the screen: its text and its undo button, in the popup's frame.
fn toast_rect(harness: &Harness<'static, App>) -> Option<Rect> {
    let shown = toast(harness)?;
    let text = harness
        .query_all(By::new().predicate(move |n| {
            n.role() == Role::Label && node_text(n).is_some_and(|t| t == shown.text)
        }))
        .next()?
        .rect();
    let button = harness
        .query_all(By::new().role(Role::Button))
        .map(|n| n.rect())
        .filter(|r| {
            r.center().y > text.top()
                && r.center().y < text.bottom()
                && r.left() >= text.right() - 1.0
        })
        .min_by(|a, b| a.left().total_cmp(&b.left()));
    let margin = harness.ctx.global_style().spacing.menu_margin.sum() / 2.0;
    Some(button.map_or(text, |b| text.union(b)).expand2(margin))
}

/// Turns the mouse wheel over the step's body until it is at its end.
fn scroll_body_to_end(harness: &mut Harness<'static, App>) {
    let Some(visible) = body_box(harness) else {
        return;
    };
    harness.event(egui::Event::PointerMoved(
        visible.right_center() - egui::vec2(60.0, 0.0),
    ));
    for _ in 0..6 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -3.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        // The scroll is animated: let it run its course.
        harness.run_steps(30);
    }
}

#[test]
fn the_toast_never_covers_the_field_being_typed_in_and_every_field_scrolls_above_it() {
    for language in [Language::Swedish, Language::English] {
        for size in SIZES {
            for text_size in TEXT_SIZES {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut harness = cockpit(dir.path(), size, text_size, language);
                let what = format!("{language:?} {size:?} at {text_size} %");
                press(&mut harness, Key::N);
                press(&mut harness, Key::D);
                let field_label = session(&harness).step().capture[0].label.clone();
                let name = match language {
                    Language::Swedish => format!("Ny rad i {field_label}"),
                    Language::English => format!("New item in {field_label}"),
                };
                harness
                    .get_by_role_and_label(Role::TextInput, &name)
                    .focus();
                harness.run();
                harness
                    .get_by_role_and_label(Role::TextInput, &name)
                    .type_text("Köer");
                harness.run();
                let field = harness.get_by_role_and_label(Role::TextInput, &name).rect();
                let shown = toast_rect(&harness).unwrap_or_else(|| panic!("{what}: a toast"));
                assert!(
                    !shown.intersects(field),
                    "{what}: the toast {shown:?} covers the field typed in {field:?}"
                );
                // Enter adds the line and keeps the field; the new toast keeps off it too.
                press(&mut harness, Key::Enter);
                assert_eq!(
                    session(&harness).capture("symptom"),
                    Some(&Capture::List(vec![innovationslek::session::ListItem {
                        text: "Köer".to_owned(),
                        chosen: false,
                    }])),
                    "{what}"
                );
                let field = harness.get_by_role_and_label(Role::TextInput, &name).rect();
                let shown = toast_rect(&harness).unwrap_or_else(|| panic!("{what}: a toast"));
                assert!(
                    harness
                        .get_by_role_and_label(Role::TextInput, &name)
                        .is_focused(),
                    "{what}: the field keeps the keyboard"
                );
                assert!(
                    !shown.intersects(field),
                    "{what}: after Enter the toast {shown:?} covers the field {field:?}"
                );
                // With nothing focused, the body's end scrolls clear of the toast at the foot.
                press(&mut harness, Key::Escape);
                scroll_body_to_end(&mut harness);
                let shown = toast_rect(&harness).unwrap_or_else(|| panic!("{what}: a toast"));
                // The body's fields (the rail's beside it scroll on their own).
                let last = harness
                    .query_all(By::new().role(Role::TextInput))
                    .map(|n| n.rect())
                    .filter(|r| r.left() >= field.left() - 1.0)
                    .max_by(|a, b| a.bottom().total_cmp(&b.bottom()))
                    .expect("fields");
                assert!(
                    last.bottom() <= shown.top(),
                    "{what}: the last field {last:?} cannot scroll above the toast {shown:?}"
                );
            }
        }
    }
}

#[test]
fn the_cockpit_rewords_its_error_and_toast_when_the_language_changes() {
    // An error and a toast on screen are kept as what happened and worded when drawn, so the
    // settings' language switch re-words them at once (they stayed Swedish before).
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    press(&mut harness, Key::N);
    press(&mut harness, Key::D);
    assert!(
        toast(&harness).is_some_and(|t| t.text == "Drog 1 kort · Ctrl+Z ångrar"),
        "{:?}",
        toast(&harness)
    );
    harness.get_by_label_contains("Drog 1 kort · Ctrl+Z ångrar");
    let steps = session(&harness).workshop().steps.len();
    for _ in 0..steps {
        press(&mut harness, Key::N);
    }
    harness.get_by_label_contains("Det här är sista steget");
    harness
        .state_mut()
        .apply(innovationslek::app::Command::SetLanguage(Language::English));
    harness.run();
    harness.get_by_label_contains("This is the last step: finish the workshop instead.");
    assert!(harness.query_by_label_contains("sista steget").is_none());
    // The toast is the last step's move now; it reads in English as well.
    let shown = toast(&harness).expect("a toast");
    assert!(!shown.text.contains("ångrar"), "{shown:?}");
    harness.get_by_label_contains("Ctrl+Z undoes");
    assert!(harness.query_by_label_contains("Ctrl+Z ångrar").is_none());
}

#[test]
fn the_agenda_button_shows_a_rail_the_narrow_window_hid_at_the_first_press() {
    // At 200 % in a 1280 px window the rail hides itself to leave the cockpit room; the
    // button (and A) showed nothing at the first press before, since it flipped a choice
    // that had not been made.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 200, Language::Swedish);
    assert!(agenda_lines(&harness).is_empty(), "the rail starts hidden");
    harness.get_by_label("Visa / dölj agendan").click();
    harness.run();
    assert!(
        !agenda_lines(&harness).is_empty(),
        "one press shows the rail"
    );
    harness.get_by_label("Visa / dölj agendan").click();
    harness.run();
    assert!(agenda_lines(&harness).is_empty(), "the next hides it");
    press(&mut harness, Key::A);
    assert!(!agenda_lines(&harness).is_empty(), "A shows it again");
}

#[test]
fn the_room_is_told_the_same_next_time_as_the_agenda_before_and_while_the_timer_runs() {
    // The projector's "Nästa: … · HH:MM" counted from now plus the step's time, so before the
    // timer started (a session planned to start later, or a step not begun) it ran ahead of
    // the cockpit's header and agenda.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    let agenda_next = |harness: &Harness<'static, App>| {
        let s = session(harness);
        let now = harness.state().now();
        let item = &s.agenda_at(now)[s.current() + 1];
        item.expected_start.format("%H:%M").to_string()
    };
    let projected_next = |harness: &Harness<'static, App>| {
        let active = harness.state().session.as_ref().expect("a session");
        ProjectorView::build(
            &active.session,
            active.deck.as_ref(),
            harness.state().now(),
            Language::Swedish,
            None,
        )
        .next
        .expect("a next step")
    };
    for moment in [
        "not started",
        "next without the timer",
        "running",
        "overrun",
    ] {
        match moment {
            "next without the timer" => harness.key_press(Key::N),
            "running" => harness.key_press(Key::Space),
            "overrun" => {
                let minutes = i64::from(session(&harness).step().minutes);
                let later = harness.state().now() + TimeDelta::minutes(minutes + 3);
                harness.state_mut().clock_override = Some(later);
            }
            _ => {}
        }
        harness.run();
        let (want, shown) = (agenda_next(&harness), projected_next(&harness));
        assert!(
            shown.ends_with(&want),
            "{moment}: the room reads `{shown}`, the agenda says {want}"
        );
    }
}
