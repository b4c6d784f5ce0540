//! The window's frame times while the disk is read: a 10,000-card deck folder reloading and 500
//! saved sessions being listed, headless through egui_kittest at 1280×800.
//!
//! `cargo run --release --example frame_times` prints, for each case, the frames drawn while the
//! background work ran, the longest and the median frame, and how long the work took; and, in
//! the same run for comparison, the one frame that does the same work in the frame (as the app
//! did before loading and listing moved to background threads).

// A measurement program: a failed set-up should stop it loudly.
#![allow(clippy::expect_used)]

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use innovationslek::app::{App, Command, PersistedState};
use innovationslek::session::SessionStore;
use innovationslek::ui::i18n::Language;

const CARDS: usize = 10_000;
const SESSIONS: usize = 500;

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// What the frames drawn while work ran in the background measured.
struct Frames {
    count: usize,
    longest: Duration,
    median: Duration,
    /// The frame that took the work's outcome (the last one).
    taking: Duration,
    /// The frame after it (drawing what the outcome brought, with nothing to take).
    after: Duration,
    /// The frames in order, to see where the longest ones fall.
    all: Vec<Duration>,
    took: Duration,
}

/// Steps frames until `busy` is false.
fn frames_while(harness: &mut Harness<'static, App>, busy: impl Fn(&App) -> bool) -> Frames {
    let started = Instant::now();
    let mut times = Vec::new();
    while busy(harness.state()) {
        let frame = Instant::now();
        harness.step();
        times.push(frame.elapsed());
        // A window at 60 frames a second.
        std::thread::sleep(Duration::from_millis(16).saturating_sub(frame.elapsed()));
    }
    let took = started.elapsed();
    let taking = times.last().copied().unwrap_or_default();
    let frame = Instant::now();
    harness.step();
    let after = frame.elapsed();
    let all = times.clone();
    times.sort();
    Frames {
        count: times.len(),
        longest: times.last().copied().unwrap_or_default(),
        median: times.get(times.len() / 2).copied().unwrap_or_default(),
        taking,
        after,
        all,
        took,
    }
}

fn report(what: &str, f: Frames) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{what}: {} frames in {:.0} ms, longest {:.1} ms, median {:.1} ms, the frame taking the outcome {:.1} ms, the frame after it {:.1} ms",
        f.count,
        ms(f.took),
        ms(f.longest),
        ms(f.median),
        ms(f.taking),
        ms(f.after)
    );
    if std::env::var_os("FRAME_TIMES_ALL").is_some() {
        let all: Vec<String> = f.all.iter().map(|d| format!("{:.1}", ms(*d))).collect();
        println!("  every frame (ms): {}", all.join(" "));
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("frame-times-{}", std::process::id()));
    let decks = dir.join("decks");
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&decks).expect("a temporary folder");
    std::fs::create_dir_all(&sessions).expect("a temporary folder");
    std::fs::write(
        decks.join("stor-lek.deck.ron"),
        innovationslek::model::sample::generated_deck_ron(CARDS),
    )
    .expect("the deck written");
    let golden = include_str!("../tests/golden/session.ron");
    for i in 0..SESSIONS {
        std::fs::write(sessions.join(format!("sparad-{i:03}.ron")), golden)
            .expect("a session written");
    }
    let state = PersistedState {
        language: Language::Swedish,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks.clone(), state, false);
    app.set_store(Some(SessionStore::new(&sessions)));
    app.set_background_loading(true);
    let mut harness = harness(app);
    harness.step();
    frames_while(&mut harness, |app| app.is_loading());
    harness.run();
    println!(
        "{} cards in the library, {} sessions listed",
        harness
            .state()
            .library
            .decks
            .iter()
            .map(|d| d.value.cards.len())
            .sum::<usize>(),
        harness.state().past_sessions.len()
    );

    harness.state_mut().apply(Command::Reload);
    report(
        &format!("reload of a {CARDS}-card folder, in the background"),
        frames_while(&mut harness, |app| app.is_loading()),
    );
    harness.state_mut().refresh_sessions();
    report(
        &format!("listing {SESSIONS} sessions, in the background"),
        frames_while(&mut harness, |app| app.is_listing_sessions()),
    );

    // The same work inside one frame, for comparison.
    harness.state_mut().set_background_loading(false);
    let frame = Instant::now();
    harness.state_mut().apply(Command::Reload);
    harness.step();
    println!(
        "reload in the frame: one frame of {:.1} ms",
        frame.elapsed().as_secs_f64() * 1e3
    );
    let frame = Instant::now();
    harness.state_mut().refresh_sessions();
    harness.step();
    println!(
        "listing in the frame: one frame of {:.1} ms",
        frame.elapsed().as_secs_f64() * 1e3
    );
    drop(harness);
    let _ = std::fs::remove_dir_all(&dir);
}
