//! Exporting a generated 1,000-card deck as a duplex PDF (layout, text fitting, faces, fonts,
//! writing), and the facilitator guide.
//!
//! Run with `cargo bench --bench pdf`. The PDF's size is printed once. For peak memory, write the
//! deck to a file with `INNOVATIONSLEK_BENCH_DECK=FILE cargo bench --bench pdf` and run the
//! release program on it under `/usr/bin/time -v`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use innovationslek::model::sample::generated_deck_ron;
use innovationslek::model::{Library, LoadOptions, SourceFile};
use innovationslek::pdf::{GuideOptions, PdfOptions, export_deck, export_guide};

fn pdf(c: &mut Criterion) {
    let text = generated_deck_ron(1_000);
    if let Ok(path) = std::env::var("INNOVATIONSLEK_BENCH_DECK") {
        let _ = std::fs::write(&path, &text);
    }
    let library = Library::from_sources(
        vec![(
            "stor-lek.deck.ron".into(),
            Some(Ok(SourceFile::new("stor-lek.deck.ron", text))),
        )],
        LoadOptions::default(),
    );
    let Some(deck) = library.deck("stor-lek").map(|d| d.value.clone()) else {
        eprintln!("the generated deck did not load");
        return;
    };
    let options = PdfOptions::new();
    if let Ok(export) = export_deck(&deck, &options) {
        eprintln!(
            "1,000-card deck: {} pages, {} bytes ({:.2} MiB), {} warnings",
            export.pages,
            export.bytes.len(),
            export.bytes.len() as f64 / (1024.0 * 1024.0),
            export.warnings.len()
        );
    }
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.bench_function("1,000-card deck, A4 poker, long-edge duplex", |b| {
        b.iter(|| black_box(export_deck(&deck, &options)));
    });
    let flood = PdfOptions {
        back_style: Some(innovationslek::pdf::BackStyle::Flood),
        bleed: 3.0,
        ..PdfOptions::new()
    };
    if let Ok(export) = export_deck(&deck, &flood) {
        eprintln!(
            "1,000-card deck, flood backs, 3 mm bleed: {} pages, {:.2} MiB",
            export.pages,
            export.bytes.len() as f64 / (1024.0 * 1024.0),
        );
    }
    group.bench_function("1,000-card deck, flood backs, 3 mm bleed", |b| {
        b.iter(|| black_box(export_deck(&deck, &flood)));
    });
    let workshops = Library::load(
        &[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("decks")],
        LoadOptions::default(),
    );
    if let Some(w) = workshops.workshop("kirunamodellen-135") {
        let deck = workshops.deck("innovationslek").map(|d| &d.value);
        group.bench_function("facilitator guide, kirunamodellen-135", |b| {
            b.iter(|| black_box(export_guide(&w.value, deck, &GuideOptions::default())));
        });
    }
    long_words(&mut group);
    group.finish();
}

/// A word of thousands of letters without a space (a pasted link or a held-down key): a 20 KB
/// word on a card, and a 30 KB word in a capture of the session summary.
fn long_words(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    use innovationslek::report::summary_document;
    use innovationslek::session::Session;
    use innovationslek::session::file::{content_hash, read_session};
    use innovationslek::session::summary::SummaryData;

    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let word = |n: usize| -> String {
        "abcdefghijklmnopqrstuvwxyz"
            .chars()
            .cycle()
            .take(n)
            .collect()
    };
    let deck_text = format!(
        r##"Deck(id: "ord", title: "Långt ord", language: "sv", categories: [Category(id: "a", name: "A", color: "#336699")], cards: [Card(id: "k", category: "a", title: "Kort", text: "{}")])"##,
        word(20_000)
    );
    let library = Library::from_sources(
        vec![(
            "ord.deck.ron".into(),
            Some(Ok(SourceFile::new("ord.deck.ron", deck_text))),
        )],
        LoadOptions::default(),
    );
    if let Some(deck) = library.deck("ord").map(|d| d.value.clone()) {
        let options = PdfOptions::new();
        group.bench_function("card with a 20 KB word", |b| {
            b.iter(|| black_box(export_deck(&deck, &options)));
        });
    }

    let golden = std::fs::read_to_string(root.join("tests/golden/session.ron")).unwrap_or_default();
    let text = golden.replace(
        "\"grundproblem\": Text(\"Ingen har helheten.\")",
        &format!("\"grundproblem\": Text(\"{}\")", word(30_000)),
    );
    let dir = std::env::temp_dir().join(format!("innovationslek-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("lang.session.ron");
    let _ = std::fs::write(&path, &text);
    let library = Library::load(&[root.join("decks")], LoadOptions::default());
    if let Ok(loaded) = read_session(&path)
        && let Some(workshop) = library.workshop(&loaded.file.workshop)
    {
        let hash = content_hash(&workshop.source.text);
        let deck = library.deck("innovationslek").map(|d| d.value.clone());
        let (session, _) = Session::resume(loaded.file, workshop.value.clone(), &hash);
        let data = SummaryData::build(&session, deck.as_ref(), Vec::new());
        group.bench_function("summary PDF with a 30 KB word in a capture", |b| {
            b.iter(|| {
                black_box(innovationslek::pdf::document::render_document(
                    &summary_document(&data),
                ))
            });
        });
    }
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, pdf);
criterion_main!(benches);
