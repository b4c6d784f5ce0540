//! Choosing together in the app, headless through egui_kittest: voting and placing ideas on the
//! matrix with the keyboard alone in Kirunamodellen 135, and the projector's vote chart and
//! matrix at 1920×1080 (inside the window, under the timer, ties equally long). The pictures
//! themselves were looked at with the real program under Xvfb; no pixel snapshot is kept.

use std::path::Path;

use chrono::{DateTime, Utc};
use egui::{Key, Modifiers, Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use innovationslek::app::{App, Command, PersistedState, View};
use innovationslek::session::{CaptureEdit, Session, SessionCommand, SessionStore, VoteEdit};
use innovationslek::ui::i18n::Language;
use innovationslek::ui::projector::{ProjectorView, projector_ui};

use crate::support::decks_dir;

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:03:00Z")
        .expect("time")
        .with_timezone(&Utc)
}

fn cockpit(
    dir: &Path,
    size: (f32, f32),
    text_size: u32,
    language: Language,
) -> Harness<'static, App> {
    let state = PersistedState {
        language,
        text_size,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks_dir(), state, false);
    app.set_store(Some(SessionStore::new(dir.join("sessions"))));
    app.exports_dir = dir.join("exports");
    app.clock_override = Some(t0());
    let scale = text_size as f32 / 100.0;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0 / scale, size.1 / scale))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();
    let id = match language {
        Language::Swedish => "kirunamodellen-135",
        Language::English => "kirunamodellen-135-en",
    };
    harness.state_mut().apply(Command::StartSession {
        workshop_id: id.to_owned(),
        start: "13:15".to_owned(),
        seed: "42".to_owned(),
    });
    harness.run();
    assert!(matches!(harness.state().view, View::Session(_)));
    harness
}

fn session<'a>(harness: &'a Harness<'static, App>) -> &'a Session {
    &harness.state().session.as_ref().expect("a session").session
}

fn command(harness: &mut Harness<'static, App>, command: SessionCommand) {
    harness.state_mut().apply(Command::Session(command));
    harness.run();
}

const IDEAS: [&str; 4] = [
    "Låt nyanställda få en fadder från en annan förvaltning under första månaden",
    "Ett gemensamt schema för fordonen",
    "Frukostmöte varannan vecka där enheterna berättar vad de kan låna ut",
    "Digitala nycklar",
];

/// The 135 at its choosing step, with four ideas written in the idea step.
fn at_choosing(dir: &Path, size: (f32, f32), text_size: u32) -> Harness<'static, App> {
    let mut harness = cockpit(dir, size, text_size, Language::Swedish);
    for idea in IDEAS {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "ideer".into(),
                edit: CaptureEdit::AddItem(idea.into()),
            },
        );
    }
    let step = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "valja")
        .expect("the 135 has a choosing step");
    command(&mut harness, SessionCommand::GoTo(step));
    harness
}

fn focused(harness: &Harness<'static, App>) -> Option<String> {
    harness
        .query_all(By::new().predicate(|n| n.is_focused()))
        .next()
        .and_then(|n| n.accesskit_node().label())
}

/// Presses Tab until the widget whose accessible name starts with `name` has the keyboard.
fn tab_to(harness: &mut Harness<'static, App>, name: &str) {
    for _ in 0..400 {
        if focused(harness).is_some_and(|l| l.starts_with(name)) {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!(
        "Tab never reached {name}; last focus {:?}",
        focused(harness)
    );
}

fn dots(harness: &Harness<'static, App>, idea: &str) -> u32 {
    session(harness)
        .vote_result("prickar")
        .expect("votes")
        .rows
        .iter()
        .find(|r| r.item == idea)
        .map_or(0, |r| r.dots)
}

#[test]
fn the_group_votes_and_places_ideas_with_the_keyboard_alone() {
    for size in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for text_size in [100, 200] {
            let what = format!("{size:?} at {text_size} %");
            let dir = tempfile::tempdir().expect("temp dir");
            let mut harness = at_choosing(dir.path(), size, text_size);
            let minutes = session(&harness).current_timing().extra_minutes();
            // Four dots for the second idea: + three times and → once, then − once.
            tab_to(&mut harness, &format!("{}: 0 prickar", IDEAS[1]));
            for key in [Key::Plus, Key::Plus, Key::Plus, Key::ArrowRight, Key::Minus] {
                harness.key_press(key);
                harness.run();
            }
            assert_eq!(dots(&harness, IDEAS[1]), 3, "{what}");
            assert_eq!(
                focused(&harness).as_deref(),
                Some(format!("{}: 3 prickar (1:a)", IDEAS[1]).as_str()),
                "{what}: the row keeps the keyboard and says its rank"
            );
            // The same keys did not add minutes to the step.
            assert_eq!(
                session(&harness).current_timing().extra_minutes(),
                minutes,
                "{what}"
            );
            // Tab to the first idea: ↑ twice and space marks it chosen.
            tab_to(&mut harness, &format!("{}: 0 prickar", IDEAS[0]));
            for key in [Key::ArrowUp, Key::ArrowUp, Key::ArrowUp, Key::Space] {
                harness.key_press(key);
                harness.run();
            }
            assert_eq!(dots(&harness, IDEAS[0]), 3, "{what}");
            // A tie: both share first place.
            let r = session(&harness).vote_result("prickar").expect("votes");
            assert!(r.rows[0].tied && r.rows[1].tied, "{what}");
            harness.get_by_label(&format!("{}: 3 prickar (delad 1:a)", IDEAS[0]));
            assert!(r.rows.iter().any(|row| row.item == IDEAS[0] && row.chosen));
            // Ctrl+Z takes the mark back, then the last dot.
            harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            harness.run();
            let r = session(&harness).vote_result("prickar").expect("votes");
            assert_eq!(r.chosen().count(), 0, "{what}");
            harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            harness.run();
            assert_eq!(dots(&harness, IDEAS[0]), 2, "{what}");
            assert_eq!(r.given, 6, "{what}");

            // The matrix places every idea (none is chosen): the first one, by the keys.
            let chip = format!("{}: inte placerad", IDEAS[0]);
            tab_to(&mut harness, &chip);
            harness.key_press(Key::ArrowRight);
            harness.run();
            harness.key_press(Key::ArrowUp);
            harness.run();
            assert_eq!(
                focused(&harness).as_deref(),
                Some(format!("{}: Insats hög, Nytta hög", IDEAS[0]).as_str()),
                "{what}: the item keeps the keyboard where it went"
            );
            harness.key_press(Key::ArrowLeft);
            harness.run();
            let view = session(&harness).matrix_view("matris").expect("matrix");
            assert_eq!(view.quadrants[0].items, vec![IDEAS[0].to_owned()], "{what}");
            // Delete takes it off again; Ctrl+Z puts it back.
            harness.key_press(Key::Delete);
            harness.run();
            let view = session(&harness).matrix_view("matris").expect("matrix");
            assert!(view.quadrants.iter().all(|q| q.items.is_empty()), "{what}");
            harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            harness.run();
            let view = session(&harness).matrix_view("matris").expect("matrix");
            assert_eq!(view.quadrants[0].items, vec![IDEAS[0].to_owned()], "{what}");
        }
    }
}

#[test]
fn choosing_the_top_two_is_one_click_and_the_vote_survives_a_renamed_idea() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_choosing(dir.path(), (1280.0, 800.0), 100);
    for (idea, n) in [(2, 4), (3, 2), (1, 2)] {
        for _ in 0..n {
            let plus = format!("Ge en prick till {}", IDEAS[idea]);
            harness.get_by_label(&plus).scroll_to_me();
            harness.run();
            harness.get_by_label(&plus).click();
            harness.run();
        }
    }
    command(
        &mut harness,
        SessionCommand::Capture {
            field: "prickar".into(),
            edit: CaptureEdit::Votes(VoteEdit::Participants(Some(3))),
        },
    );
    harness.get_by_label_contains("8 av 9 prickar givna (3 personer × 3)");
    // The default is the dots per person (3); one fewer by the number's own control.
    harness.get_by_label("Välj de 3 främsta");
    harness
        .get_by_role_and_label(Role::SpinButton, "Hur många som väljs")
        .set_value_accesskit(2.0);
    harness.run();
    let button = "Välj de 2 främsta";
    harness.get_by_label(button).scroll_to_me();
    harness.run();
    harness.get_by_label(button).click();
    harness.run();
    let r = session(&harness).vote_result("prickar").expect("votes");
    let chosen: Vec<&str> = r.chosen().map(|r| r.item.as_str()).collect();
    assert_eq!(
        chosen,
        vec![IDEAS[2], IDEAS[1], IDEAS[3]],
        "the tie for 2nd is kept whole"
    );
    // The matrix now places the chosen ideas only.
    assert_eq!(session(&harness).choice_items("matris").len(), 3);
    // The idea is renamed in its list: its dots follow.
    command(
        &mut harness,
        SessionCommand::Capture {
            field: "ideer".into(),
            edit: CaptureEdit::EditItem {
                index: 2,
                text: "Frukostmöte varje månad".into(),
            },
        },
    );
    let r = session(&harness).vote_result("prickar").expect("votes");
    assert_eq!(r.rows[0].item, "Frukostmöte varje månad");
    assert_eq!(r.rows[0].dots, 4);
    assert!(r.rows[0].chosen);
}

/// Many ideas with long texts and a tie, as a projector view of the choosing step.
fn voted_projector_view(language: Language, show_matrix: bool) -> ProjectorView {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, language);
    let ideas: Vec<String> = (1..=14)
        .map(|n| {
            format!(
                "Idé {n}: ett gemensamt schema för fordonen som alla förvaltningar kan boka i, med påminnelser"
            )
        })
        .collect();
    for idea in &ideas {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "ideer".into(),
                edit: CaptureEdit::AddItem(idea.clone()),
            },
        );
    }
    let step = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "valja")
        .expect("choosing step");
    command(&mut harness, SessionCommand::GoTo(step));
    for (i, idea) in ideas.iter().enumerate() {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "prickar".into(),
                edit: CaptureEdit::Votes(VoteEdit::Set {
                    item: idea.clone(),
                    dots: [7, 5, 5, 4, 3, 2, 2, 1, 1, 1, 0, 0, 0, 0][i],
                }),
            },
        );
    }
    command(
        &mut harness,
        SessionCommand::Capture {
            field: "prickar".into(),
            edit: CaptureEdit::Votes(VoteEdit::ChooseTop(3)),
        },
    );
    for (i, (x, y)) in [(0, 1), (1, 1), (0, 0)].iter().enumerate() {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "matris".into(),
                edit: CaptureEdit::Matrix(innovationslek::session::MatrixEdit::Place {
                    item: ideas[i].clone(),
                    x: *x,
                    y: *y,
                }),
            },
        );
    }
    ProjectorView::build(
        session(&harness),
        None,
        harness.state().now(),
        language,
        show_matrix.then_some("matris"),
    )
}

fn room(view: ProjectorView, size: (f32, f32)) -> Harness<'static, ProjectorView> {
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

/// The projector's marks for screen readers whose text starts with `prefix` (a label's text is
/// its value), with their rectangles.
fn marks(harness: &Harness<'static, ProjectorView>, prefix: &str) -> Vec<(String, Rect)> {
    let text = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.value().or_else(|| n.label());
    harness
        .query_all(By::new().predicate(move |n| text(n).is_some_and(|l| l.starts_with(prefix))))
        .map(|n| (text(&n.accesskit_node()).unwrap_or_default(), n.rect()))
        .collect()
}

/// The vote's bars of a Swedish projector ("stapel …", "bar …" in English).
fn bars(harness: &Harness<'static, ProjectorView>) -> Vec<(String, Rect)> {
    marks(harness, "stapel ")
}

#[test]
fn the_projector_shows_the_vote_as_bars_under_the_timer_inside_the_window() {
    let view = voted_projector_view(Language::Swedish, false);
    assert!(view.choice.is_some(), "the choosing step shows its vote");
    for size in [(1920.0, 1080.0), (1280.0, 720.0), (1024.0, 768.0)] {
        let harness = room(view.clone(), size);
        let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
        let timer = harness.get_by_label(&view.timer_text).rect();
        let bars = bars(&harness);
        assert!(bars.len() >= 6, "{size:?}: {} bars", bars.len());
        let mut last_top = f32::MIN;
        for (label, rect) in &bars {
            assert!(screen.contains_rect(*rect), "{size:?}: {label} at {rect:?}");
            assert!(
                rect.min.y >= timer.max.y,
                "{size:?}: {label} overlaps the timer"
            );
            assert!(rect.min.y > last_top, "{size:?}: bars go down the screen");
            last_top = rect.min.y;
        }
        // Most dots first and as long as its dots; the tie is equally long.
        assert!(bars[0].0.contains("Idé 1:"), "{:?}", bars[0]);
        let width = |i: usize| bars[i].1.width();
        assert!((width(1) - width(2)).abs() < 0.5, "tied bars differ");
        assert!((width(0) / width(1) - 7.0 / 5.0).abs() < 0.02);
        assert!(bars[1].0.ends_with("delad 2:a"), "{:?}", bars[1]);
        // What does not fit is counted.
        if bars.len() < 14 {
            assert!(
                !marks(&harness, "+").is_empty(),
                "{size:?}: the rest is counted"
            );
        }
    }
}

#[test]
fn the_projector_shows_the_matrix_when_the_facilitator_chooses_it() {
    for (language, cell, prefix) in [
        (Language::Swedish, "ruta Insats låg, Nytta hög: 1", "ruta "),
        (
            Language::English,
            "cell Effort low, Impact high: 1",
            "cell ",
        ),
    ] {
        let view = voted_projector_view(language, true);
        let harness = room(view.clone(), (1920.0, 1080.0));
        let timer = harness.get_by_label(&view.timer_text).rect();
        let cells: Vec<(String, Rect)> = marks(&harness, prefix);
        assert_eq!(cells.len(), 4);
        assert!(cells.iter().any(|(l, _)| l == cell), "{cells:?}");
        for (_, c) in &cells {
            assert!(c.min.y >= timer.max.y);
            assert!(c.max.y <= 1080.0 && c.max.x <= 1920.0);
            assert!(c.height() > 150.0, "{c:?}");
        }
    }
}

#[test]
fn the_room_reads_the_workshops_language_when_the_interface_is_english() {
    // A facilitator with an English interface runs a Swedish workshop: the projector's words
    // (ranks, "delad 2:a") are the room's, in Swedish.
    let dir = tempfile::tempdir().expect("temp dir");
    let state = PersistedState {
        language: Language::English,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks_dir(), state, false);
    app.set_store(Some(SessionStore::new(dir.path().join("sessions"))));
    app.exports_dir = dir.path().join("exports");
    app.clock_override = Some(t0());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();
    harness.state_mut().apply(Command::StartSession {
        workshop_id: "kirunamodellen-135".to_owned(),
        start: "13:15".to_owned(),
        seed: "42".to_owned(),
    });
    harness.run();
    for idea in IDEAS {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "ideer".into(),
                edit: CaptureEdit::AddItem(idea.into()),
            },
        );
    }
    let step = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "valja")
        .expect("choosing step");
    command(&mut harness, SessionCommand::GoTo(step));
    for (idea, n) in [(0, 3), (1, 2), (2, 2)] {
        for _ in 0..n {
            command(
                &mut harness,
                SessionCommand::Capture {
                    field: "prickar".into(),
                    edit: CaptureEdit::Votes(VoteEdit::Add {
                        item: IDEAS[idea].into(),
                        dots: 1,
                    }),
                },
            );
        }
    }
    harness.state_mut().apply(Command::ToggleFullscreen);
    harness.run();
    let text = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.value().or_else(|| n.label());
    let bars: Vec<String> = harness
        .query_all(By::new().predicate(move |n| text(n).is_some_and(|l| l.starts_with("stapel "))))
        .map(|n| text(&n.accesskit_node()).unwrap_or_default())
        .collect();
    assert_eq!(bars.len(), 4, "{bars:?}");
    assert!(bars[0].ends_with(": 3 1:a"), "{bars:?}");
    assert!(bars[1].ends_with(": 2 delad 2:a"), "{bars:?}");
    assert!(!bars.iter().any(|b| b.contains("tied")), "{bars:?}");
}

use innovationslek::model::sample::LONG_IDEAS;

fn rects(harness: &Harness<'static, App>, pick: impl Fn(&str) -> bool) -> Vec<(String, Rect)> {
    harness
        .query_all(By::new().predicate(move |n| n.label().is_some_and(|l| pick(&l))))
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect()
}

#[test]
fn the_choosing_step_with_nine_long_ideas_fits_the_window_at_100_and_200_percent() {
    for text_size in [100, 200] {
        let dir = tempfile::tempdir().expect("temp dir");
        let size = (1280.0, 800.0);
        let mut harness = cockpit(dir.path(), size, text_size, Language::Swedish);
        for idea in LONG_IDEAS {
            command(
                &mut harness,
                SessionCommand::Capture {
                    field: "ideer".into(),
                    edit: CaptureEdit::AddItem(idea.into()),
                },
            );
        }
        let step = session(&harness)
            .workshop()
            .steps
            .iter()
            .position(|s| s.id == "valja")
            .expect("choosing step");
        command(&mut harness, SessionCommand::GoTo(step));
        for (i, dots) in [4, 3, 3, 2, 2, 1, 1, 1, 1].into_iter().enumerate() {
            command(
                &mut harness,
                SessionCommand::Capture {
                    field: "prickar".into(),
                    edit: CaptureEdit::Votes(VoteEdit::Set {
                        item: LONG_IDEAS[i].into(),
                        dots,
                    }),
                },
            );
        }
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "prickar".into(),
                edit: CaptureEdit::Votes(VoteEdit::ChooseTop(3)),
            },
        );
        for (i, (x, y)) in [(0, 1), (1, 1)].into_iter().enumerate() {
            command(
                &mut harness,
                SessionCommand::Capture {
                    field: "matris".into(),
                    edit: CaptureEdit::Matrix(innovationslek::session::MatrixEdit::Place {
                        item: LONG_IDEAS[i].into(),
                        x,
                        y,
                    }),
                },
            );
        }
        let scale = text_size as f32 / 100.0;
        let window =
            Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0 / scale, size.1 / scale));
        let what = format!("1280×800 at {text_size} %");
        // The step's content scrolls up and down; across, all of it is inside the window.
        let across = |r: &Rect| r.min.x >= window.min.x && r.max.x <= window.max.x;

        // The ideas list shown from the idea step: every row's controls in one column, inside.
        let removes = rects(&harness, |l| l == "✕");
        assert_eq!(removes.len(), 9, "{what}: {removes:?}");
        let right = removes[0].1.max.x;
        for (_, r) in &removes {
            assert!(across(r), "{what}: ✕ at {r:?}");
            assert!(
                (r.max.x - right).abs() < 0.5,
                "{what}: ✕ at {r:?}, first at {right}"
            );
        }
        // Every vote row and its − and + inside the window and no wider than the list above.
        let rows = rects(&harness, |l| {
            LONG_IDEAS
                .iter()
                .any(|i| l.starts_with(&format!("{i}: ")) && l.contains(" prick"))
        });
        assert_eq!(rows.len(), 9, "{what}: {rows:?}");
        for (label, r) in &rows {
            assert!(
                r.max.x <= right + 0.5,
                "{what}: {label} at {r:?}, list ends at {right}"
            );
        }
        for idea in LONG_IDEAS {
            for name in [
                format!("Ge en prick till {idea}"),
                format!("Ta en prick från {idea}"),
            ] {
                let b = harness.get_by_label(&name).rect();
                assert!(across(&b), "{what}: {name} at {b:?}");
                let row = rows
                    .iter()
                    .find(|(l, _)| l.starts_with(idea))
                    .expect("the idea's row")
                    .1;
                assert!(
                    row.contains_rect(b),
                    "{what}: {name} at {b:?} outside {row:?}"
                );
            }
        }
        // The matrix: each placed idea inside its cell, the cells side by side inside the list's
        // width.
        for (i, cell) in ["Insats låg, Nytta hög", "Insats hög, Nytta hög"]
            .iter()
            .enumerate()
        {
            let c = harness.get_by_label(cell).rect();
            assert!(
                c.max.x <= right + 0.5,
                "{what}: {cell} at {c:?}, list ends at {right}"
            );
            let chip = harness
                .get_by_label(&format!("{}: {cell}", LONG_IDEAS[i]))
                .rect();
            assert!(
                c.contains_rect(chip),
                "{what}: chip {chip:?} outside {cell} {c:?}"
            );
        }
        let unplaced = harness
            .get_by_label(&format!("{}: inte placerad", LONG_IDEAS[2]))
            .rect();
        let zone = harness.get_by_label("Inte placerade (1)").rect();
        assert!(
            zone.contains_rect(unplaced),
            "{what}: {unplaced:?} outside {zone:?}"
        );
        assert!(zone.max.x <= right + 0.5, "{what}: unplaced zone {zone:?}");
    }
}

#[test]
fn space_presses_the_button_tab_reached_and_does_not_start_the_timer() {
    // The settings page says it: Tab moves between controls, Enter or space chooses. A
    // facilitator who tabs from the vote rows to "Välj de 3 främsta" and presses space chooses
    // the top three; the step's timer stays as it was.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_choosing(dir.path(), (1280.0, 800.0), 100);
    for (idea, dots) in [(0, 3), (1, 2), (2, 1)] {
        command(
            &mut harness,
            SessionCommand::Capture {
                field: "prickar".into(),
                edit: CaptureEdit::Votes(VoteEdit::Set {
                    item: IDEAS[idea].into(),
                    dots,
                }),
            },
        );
    }
    assert!(!session(&harness).is_running());
    tab_to(&mut harness, "Välj de 3 främsta");
    harness.key_press(Key::Space);
    harness.run();
    let r = session(&harness).vote_result("prickar").expect("votes");
    assert_eq!(r.chosen().count(), 3, "space pressed the focused button");
    assert!(
        !session(&harness).is_running(),
        "space did not start the timer"
    );
    // Esc lets go of the button: space is the timer's again.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    assert!(
        session(&harness).is_running(),
        "space starts the timer after a click"
    );
}

#[test]
fn before_any_idea_both_the_vote_and_the_matrix_point_to_the_ideas_list() {
    // The 135's matrix places the vote's ideas: it asks for ideas in "Idéer", not in the vote.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = cockpit(dir.path(), (1280.0, 800.0), 100, Language::Swedish);
    let step = session(&harness)
        .workshop()
        .steps
        .iter()
        .position(|s| s.id == "valja")
        .expect("choosing step");
    command(&mut harness, SessionCommand::GoTo(step));
    harness.get_by_label("Skriv idéer i Idéer först: här röstar gruppen på dem.");
    harness.get_by_label("Skriv idéer i Idéer först: här placerar gruppen dem.");
}

#[test]
fn a_crowded_matrix_cell_shrinks_alone_and_the_others_keep_their_size() {
    // Each cell fits its own text: twelve long ideas in one cell leave an idea in another as
    // large as when nothing is crowded, at 1920×1080.
    use innovationslek::ui::choosing::ProjectedChoice;
    let mut view = voted_projector_view(Language::Swedish, true);
    let Some(ProjectedChoice::Matrix { cells, .. }) = &mut view.choice else {
        panic!("the matrix is shown: {:?}", view.choice);
    };
    for (_, items) in cells.iter_mut() {
        items.clear();
    }
    cells[0].1.push("Låna ut verktyg".to_owned());
    cells[3].1.push("Digitala nycklar".to_owned());
    let calm = room(view.clone(), (1920.0, 1080.0));
    let alone = |h: &Harness<'static, ProjectorView>, item: &str| {
        let found = marks(h, item);
        assert_eq!(found.len(), 1, "{item}: {found:?}");
        found[0].1
    };
    let before = alone(&calm, "Låna ut verktyg");
    let other = alone(&calm, "Digitala nycklar");
    assert!((before.height() - other.height()).abs() < 0.5);

    let long: Vec<String> = (1..=12)
        .map(|n| {
            format!(
                "Förslag {n}: ett gemensamt schema för fordonen som alla förvaltningar kan boka i, med påminnelser"
            )
        })
        .collect();
    if let Some(ProjectedChoice::Matrix { cells, .. }) = &mut view.choice {
        cells[1].1 = long.clone();
    }
    let crowded = room(view.clone(), (1920.0, 1080.0));
    let after = alone(&crowded, "Låna ut verktyg");
    assert!(
        (after.height() - before.height()).abs() < 0.5,
        "the calm cell's idea shrank from {before:?} to {after:?}"
    );
    assert!((alone(&crowded, "Digitala nycklar").height() - other.height()).abs() < 0.5);
    // The crowded cell's ideas are smaller, inside their cell, and what does not fit is counted.
    let cell = marks(&crowded, "ruta ")
        .into_iter()
        .find(|(l, _)| l.ends_with(": 12"))
        .expect("the crowded cell")
        .1;
    let shown = marks(&crowded, "Förslag ");
    assert!(!shown.is_empty());
    for (label, rect) in &shown {
        assert!(
            cell.contains_rect(*rect),
            "{label} at {rect:?} outside {cell:?}"
        );
    }
    assert!(
        shown.len() < 12,
        "twelve long ideas do not fit: {}",
        shown.len()
    );
    assert!(
        marks(&crowded, "+")
            .iter()
            .any(|(l, r)| *l == format!("+{}", 12 - shown.len()) && cell.contains_rect(*r)),
        "the rest is counted in the cell"
    );
    // Smaller than the same idea alone in that cell.
    if let Some(ProjectedChoice::Matrix { cells, .. }) = &mut view.choice {
        cells[1].1.truncate(1);
    }
    let single = room(view, (1920.0, 1080.0));
    let big = alone(&single, "Förslag 1:");
    assert!(
        shown[0].1.height() < big.height() * 0.8,
        "{shown:?} vs {big:?}"
    );
}

/// Pixel snapshots of the projected vote and matrix at 1920×1080 (egui_kittest with wgpu; run
/// with `cargo test --features snapshots`, `UPDATE_SNAPSHOTS=1` to write new ones, pictures in
/// `tests/snapshots/`): fourteen long ideas with a tie, and the matrix with one crowded cell.
#[cfg(feature = "snapshots")]
#[test]
fn snapshots_of_the_projected_vote_and_matrix() {
    use innovationslek::ui::choosing::ProjectedChoice;
    let mut results = egui_kittest::SnapshotResults::new();
    let votes = voted_projector_view(Language::Swedish, false);
    let mut matrix = voted_projector_view(Language::Swedish, true);
    if let Some(ProjectedChoice::Matrix { cells, .. }) = &mut matrix.choice {
        cells[1].1 = (1..=12)
            .map(|n| format!("Förslag {n}: ett gemensamt schema för fordonen som alla förvaltningar kan boka i, med påminnelser"))
            .collect();
    }
    for (name, view) in [("projector-votes", votes), ("projector-matrix", matrix)] {
        results.add(crate::support::projector_snapshot(
            view,
            egui::vec2(1920.0, 1080.0),
            name,
        ));
    }
}
