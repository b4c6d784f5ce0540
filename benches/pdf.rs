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
    group.finish();
}

criterion_group!(benches, pdf);
criterion_main!(benches);
