//! The rules between a workshop and its deck: each step's draw against the cards there are, and
//! against the step's minutes.

use super::*;

/// Checks a workshop's draws against the deck it names.
pub fn validate_draws(workshop: &Workshop, source: &SourceFile, deck: &Deck) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let category_ids: Vec<&str> = deck.categories.iter().map(|k| k.id.as_str()).collect();
    let mut search_from = 0;
    for step in &workshop.steps {
        let at = c.item(&step.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let Some(draw) = &step.draw else { continue };
        let mut all_exist = true;
        for category in &draw.categories {
            if !category_ids.contains(&category.as_str()) {
                all_exist = false;
                c.error(
                    at,
                    Some("draw"),
                    with_names(
                        Message::new(Key::DiagDrawCategoryMissing)
                            .with("id", &step.id)
                            .with("category", category)
                            .with("deck", &deck.id),
                        "categories",
                        &category_ids,
                    )
                    .suffix("suggestion", did_you_mean(category, &category_ids)),
                );
            }
        }
        if !all_exist {
            continue;
        }
        let available = available_cards(deck, &draw.categories);
        if draw.count as usize > available {
            let source_name = match draw.categories.as_slice() {
                [] => Message::new(Key::DiagPoolDeck).with("deck", &deck.id),
                [one] => Message::new(Key::DiagPoolCategory).with("category", one),
                many => Message::new(Key::DiagPoolCategories).with("categories", quoted_list(many)),
            };
            c.error(
                at,
                Some("draw"),
                Message::new(Key::DiagDrawTooMany)
                    .with("id", &step.id)
                    .with("count", draw.count)
                    .part("pool", source_name.with("available", available)),
            );
            continue;
        }
        let longest = longest_draw(deck, &draw.categories, draw.count as usize);
        let total: u32 = longest.iter().map(|card| card.minutes.unwrap_or(0)).sum();
        if total > step.minutes {
            let cards: Vec<String> = longest
                .iter()
                .map(|card| format!("`{}` {} min", card.id, card.minutes.unwrap_or(0)))
                .collect();
            c.warning(
                at,
                Some("draw"),
                Message::new(Key::DiagDrawTooLong)
                    .with("id", &step.id)
                    .with("minutes", step.minutes)
                    .with("count", draw.count)
                    .with("total", total)
                    .with("cards", cards.join(", ")),
            );
        }
    }
    c.diagnostics
}

/// The cards of a draw of `count` from `categories` (all when empty) whose suggested minutes add
/// up to the most: the longest cards first, in deck order among equals. A card without minutes
/// counts as 0.
pub fn longest_draw<'d>(deck: &'d Deck, categories: &[String], count: usize) -> Vec<&'d Card> {
    let mut cards: Vec<&Card> = deck
        .cards
        .iter()
        .filter(|card| categories.is_empty() || categories.contains(&card.category))
        .collect();
    // A stable sort keeps the deck order among cards with the same minutes.
    cards.sort_by_key(|card| std::cmp::Reverse(card.minutes.unwrap_or(0)));
    cards.truncate(count);
    cards
}

/// How many distinct cards a draw from `categories` (all when empty) can take.
pub fn available_cards(deck: &Deck, categories: &[String]) -> usize {
    deck.cards
        .iter()
        .filter(|card| categories.is_empty() || categories.contains(&card.category))
        .count()
}
