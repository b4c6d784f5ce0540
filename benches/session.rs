//! The session engine's hot paths: draws with undo from a large deck, and an autosave of a
//! session with many captured items.
//!
//! Run with `cargo bench --bench session`.

use std::hint::black_box;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use innovationslek::model::sample::generated_deck;
use innovationslek::model::{Draw, Field, FieldKind, Step, Workshop};
use innovationslek::session::{CaptureEdit, DrawPile, Session, SessionCommand, SessionStore};

fn workshop() -> Workshop {
    let field = |id: &str, kind| Field {
        id: id.into(),
        label: id.into(),
        kind,
        carry_over: None,
    };
    let step = |id: &str, capture| Step {
        id: id.into(),
        title: id.into(),
        minutes: 20,
        instructions: "Gör så här.".into(),
        facilitator_notes: None,
        draw: Some(Draw {
            categories: vec![],
            count: 1,
        }),
        capture,
        pause: false,
        show: vec![],
    };
    Workshop {
        id: "bank".into(),
        title: "Bank".into(),
        language: "sv".into(),
        deck: Some("stor-lek".into()),
        description: None,
        roles: vec![],
        preparation: vec![],
        steps: vec![
            step("ideer", vec![field("ideer", FieldKind::List)]),
            step(
                "plan",
                vec![field(
                    "plan",
                    FieldKind::Table {
                        columns: ["Vad", "Hur", "När", "Vilka kompetenser", "Vem"]
                            .map(String::from)
                            .to_vec(),
                    },
                )],
            ),
        ],
    }
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default()
}

fn draws(c: &mut Criterion) {
    let deck = generated_deck(1_000);
    let mut group = c.benchmark_group("draws");
    group.sample_size(20);
    group.bench_function("10,000 draws with undo, 1,000-card deck", |b| {
        b.iter(|| {
            let mut pile = DrawPile::new(&deck, 42);
            for i in 0..10_000 {
                let cards = pile.draw(&[], 3, None, now()).unwrap_or_default();
                black_box(&cards);
                if i % 2 == 1 {
                    let _ = pile.undo();
                }
                if pile.pile().len() < 10 {
                    pile.reshuffle(None, now());
                }
            }
            black_box(pile)
        });
    });
    group.finish();
}

fn autosave(c: &mut Criterion) {
    let deck = generated_deck(1_000);
    let start = DateTime::<FixedOffset>::from(now());
    let mut session = Session::new(workshop(), "hash".into(), Some(&deck), 7, start, now());
    let t = now() + TimeDelta::minutes(1);
    session.start(t).ok();
    for i in 0..400 {
        let text = format!("Idé nummer {i}: samla ärenden hos en person och mät väntetiden");
        session
            .edit_capture("ideer", CaptureEdit::AddItem(text), t)
            .ok();
    }
    for row in 0..100 {
        session.edit_capture("plan", CaptureEdit::AddRow, t).ok();
        for column in 0..5 {
            let text = format!("Åtgärd {row}, kolumn {column}");
            session
                .edit_capture("plan", CaptureEdit::SetCell { row, column, text }, t)
                .ok();
        }
    }
    for _ in 0..20 {
        session.draw(None, Some(2), t).ok();
    }
    let dir = std::env::temp_dir().join(format!("innovationslek-bench-{}", std::process::id()));
    let store = SessionStore::new(&dir);
    let mut group = c.benchmark_group("autosave");
    group.sample_size(50);
    group.bench_function("serialize, 500 captured items", |b| {
        b.iter(|| black_box(session.file().to_ron()))
    });
    group.bench_function("serialize + atomic write, 500 captured items", |b| {
        b.iter(|| black_box(store.save(&session)))
    });
    // The floor set by the disk: the same durable write of a tiny file.
    let tiny = dir.join("tiny.txt");
    group.bench_function("atomic write of 16 bytes (disk floor)", |b| {
        b.iter(|| {
            black_box(innovationslek::fsutil::write_atomic(
                &tiny,
                b"sixteen bytes...",
                true,
            ))
        })
    });
    group.finish();
    if let Ok(path) = store.save(&session) {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!("session file with 500 captured items: {size} bytes");
    }
    let _ = std::fs::remove_dir_all(&dir);

    // One undoable keystroke in a big session: the command, the state kept for undo, and the
    // comparison that tells a change from nothing.
    let mut group = c.benchmark_group("undo");
    group.sample_size(30);
    group.bench_function("apply one cell edit with undo, 500 captured items", |b| {
        let mut typed = session.clone();
        let mut n = 0usize;
        b.iter(|| {
            n += 1;
            let edit = CaptureEdit::SetCell {
                row: 0,
                column: 0,
                text: format!("Åtgärd {n}"),
            };
            let command = SessionCommand::Capture {
                field: "plan".into(),
                edit,
            };
            black_box(typed.apply(
                command,
                t + TimeDelta::seconds(i64::try_from(n).unwrap_or(0) * 10),
            ))
        })
    });
    group.bench_function("undo and redo, 500 captured items", |b| {
        let mut typed = session.clone();
        for n in 0..50 {
            let command = SessionCommand::Capture {
                field: "plan".into(),
                edit: CaptureEdit::SetCell {
                    row: 0,
                    column: 0,
                    text: format!("Åtgärd {n}"),
                },
            };
            typed.apply(command, t + TimeDelta::minutes(n)).ok();
        }
        b.iter(|| {
            black_box(typed.apply(SessionCommand::Undo, t).ok());
            black_box(typed.apply(SessionCommand::Redo, t).ok());
        })
    });
    group.finish();
}

criterion_group!(benches, draws, autosave);
criterion_main!(benches);
