//! The app's frame time and start-up, headless through egui_kittest (no GPU).
//!
//! - `browser frame, 1000 cards`: one frame of the card browser showing a generated 1,000-card
//!   deck at 1280×800 (layout, painting into shapes, tessellation, accessibility tree).
//! - `browser frame + tessellation, 1000 cards`: the same plus turning the shapes into
//!   triangles, as a real frame does before the GPU draws them.
//! - `browser frame, 1000 cards, searching`: the same while the search text changes every frame,
//!   so the filter runs each time.
//! - `print preview, 1000 cards: …`: the print dialog's preview after an option changes: the
//!   crop marks (the faces are taken from the cache, only the sheet is laid out again) against
//!   the card size (every card's text is fitted again), in the same run.
//! - `start to first frame`: loading the bundled decks, building the app and its first frames.
//!
//! Run with `cargo bench --bench ui`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use innovationslek::app::{App, Command, PersistedState, View};
use innovationslek::model::sample::generated_deck_ron;
use innovationslek::ui::i18n::Language;

fn harness(decks: &Path) -> Harness<'static, App> {
    let state = PersistedState {
        language: Language::Swedish,
        ..PersistedState::default()
    };
    let app = App::with_state(decks.to_path_buf(), state, false);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn ui(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("innovationslek-ui-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("stor-lek.deck.ron"), generated_deck_ron(1000)).unwrap();

    let mut group = c.benchmark_group("ui");
    let mut browser = harness(&dir);
    browser
        .state_mut()
        .apply(Command::BrowseDeck("stor-lek".to_owned()));
    browser.run();
    group.bench_function("browser frame, 1000 cards", |b| {
        b.iter(|| {
            browser.step();
        });
    });
    // The harness does not tessellate (no GPU); add it, as a real frame does it too.
    group.bench_function("browser frame + tessellation, 1000 cards", |b| {
        b.iter(|| {
            browser.step();
            let output = browser.output();
            let shapes = output.shapes.clone();
            black_box(browser.ctx.tessellate(shapes, output.pixels_per_point))
        });
    });
    let mut n = 0u32;
    group.bench_function("browser frame, 1000 cards, searching", |b| {
        b.iter(|| {
            n = n.wrapping_add(1);
            if let View::Browser(state) = &mut browser.state_mut().view {
                state.query = format!("nummer {}", n % 10);
            }
            browser.step();
        });
    });
    drop(browser);

    let library = innovationslek::model::Library::load(
        std::slice::from_ref(&dir),
        innovationslek::model::LoadOptions::default(),
    );
    let loaded = library.deck("stor-lek").expect("the generated deck loads");
    let mut print = innovationslek::ui::print::PrintState::new("stor-lek", dir.join("ut.pdf"));
    group.sample_size(20);
    group.bench_function("print preview, 1000 cards: crop marks toggled", |b| {
        b.iter(|| {
            print.crop_marks = !print.crop_marks;
            black_box(print.preview(&loaded.value, &loaded.source).is_ok())
        });
    });
    let mut preset = 0;
    group.bench_function("print preview, 1000 cards: card size changed", |b| {
        b.iter(|| {
            preset = 1 - preset;
            print.card = innovationslek::ui::print::CardChoice::Preset(preset);
            black_box(print.preview(&loaded.value, &loaded.source).is_ok())
        });
    });

    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("decks");
    group.bench_function("start to first frame (bundled decks)", |b| {
        b.iter(|| black_box(harness(&bundled)));
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, ui);
criterion_main!(benches);
