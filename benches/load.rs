//! Loading and validating a generated 10,000-card deck (parse, validate, cross-file rules).
//!
//! Run with `cargo bench --bench load`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use innovationslek::model::sample::generated_deck_ron;
use innovationslek::model::{Library, LoadOptions, SourceFile};

fn load(c: &mut Criterion) {
    let text = generated_deck_ron(10_000);
    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    group.bench_function("10k-card deck: parse + validate", |b| {
        b.iter(|| {
            let files = vec![(
                PathBuf::from("stor-lek.deck.ron"),
                Some(Ok(SourceFile::new("stor-lek.deck.ron", text.clone()))),
            )];
            let library = Library::from_sources(files, LoadOptions::default());
            assert_eq!(library.summary().cards, 10_000);
            black_box(library)
        });
    });
    let dir = std::env::temp_dir().join(format!("innovationslek-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("stor-lek.deck.ron"), &text);
    group.bench_function("10k-card deck: from disk", |b| {
        b.iter(|| {
            black_box(Library::load(
                std::slice::from_ref(&dir),
                LoadOptions::default(),
            ))
        });
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, load);
criterion_main!(benches);
