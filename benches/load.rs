//! Loading and validating a generated 10,000-card deck (parse, validate, cross-file rules).
//!
//! Run with `cargo bench --bench load`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use innovationslek::model::{Library, LoadOptions, SourceFile};

/// A deck of `cards` cards in 8 categories, in the style of the bundled deck.
fn generated_deck(cards: usize) -> String {
    let mut text = String::from(
        "Deck(\n    id: \"stor-lek\",\n    title: \"Stor lek\",\n    language: \"sv\",\n    categories: [\n",
    );
    for c in 0..8 {
        text.push_str(&format!(
            "        Category(id: \"kategori-{c}\", name: \"Kategori {c}\", color: \"#1B49{c}5\", symbol: \"{c}\"),\n"
        ));
    }
    text.push_str("    ],\n    cards: [\n");
    for i in 0..cards {
        text.push_str(&format!(
            "        Card(\n            id: \"kort-{i}\",\n            category: \"kategori-{}\",\n            title: \"Kort nummer {i}\",\n            text: \"Gör så här: prata i par i fem minuter och skriv ner vad ni hör. Byt sedan roller och jämför.\",\n            prompts: [\"Vad hände?\", \"Vad förvånade oss?\", \"Vad gör vi nu?\"],\n            minutes: {},\n        ),\n",
            i % 8,
            5 + i % 25
        ));
    }
    text.push_str("    ],\n)\n");
    text
}

fn load(c: &mut Criterion) {
    let text = generated_deck(10_000);
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
