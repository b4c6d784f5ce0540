//! The figures of the bundled decks for a closing note: cards per category and words per card
//! (minimum, median, maximum), per language.
//!
//! ```sh
//! cargo run --example deck_counts            # the bundled folder decks/
//! cargo run --example deck_counts -- FOLDER  # another folder
//! ```
//!
//! A card's words are its title, its text (the method and the anatomy) and its prompts, counted
//! as the words between white space, which is what a reader sees on the printed card.

use std::path::PathBuf;

use innovationslek::model::{Card, Library, LoadOptions};

fn words(card: &Card) -> (usize, usize) {
    let count = |s: &str| s.split_whitespace().count();
    let text = count(&card.text);
    let all = count(&card.title) + text + card.prompts.iter().map(|p| count(p)).sum::<usize>();
    (text, all)
}

fn spread(mut values: Vec<usize>) -> String {
    values.sort_unstable();
    let n = values.len();
    if n == 0 {
        return "–".to_owned();
    }
    let median = if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    };
    format!("{} / {median} / {}", values[0], values[n - 1])
}

fn main() {
    let folder = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("decks"));
    let library = Library::load(&[folder], LoadOptions::default());
    for problem in library.diagnostics() {
        eprintln!("{problem}");
    }
    for deck in &library.decks {
        let deck = &deck.value;
        println!(
            "{} ({}): {} cards in {} categories",
            deck.id,
            deck.language,
            deck.cards.len(),
            deck.categories.len()
        );
        println!(
            "  category                    cards  text words min/median/max  all words min/median/max"
        );
        for category in &deck.categories {
            let cards: Vec<&Card> = deck
                .cards
                .iter()
                .filter(|c| c.category == category.id)
                .collect();
            println!(
                "  {:<27} {:>5}  {:<27}  {}",
                category.name,
                cards.len(),
                spread(cards.iter().map(|c| words(c).0).collect()),
                spread(cards.iter().map(|c| words(c).1).collect()),
            );
        }
        println!(
            "  {:<27} {:>5}  {:<27}  {}",
            "all",
            deck.cards.len(),
            spread(deck.cards.iter().map(|c| words(c).0).collect()),
            spread(deck.cards.iter().map(|c| words(c).1).collect()),
        );
    }
}
