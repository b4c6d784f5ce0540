//! The rules of a deck file: its categories, colours and greys, cards, icons, logos and backs.

use super::*;

/// Checks every rule of a deck that needs no other file.
pub fn validate_deck(deck: &Deck, source: &SourceFile) -> Vec<Diagnostic> {
    let mut c = Checker::new(source);
    let top = c.item(&deck.id, 0);

    if !is_valid_id(&deck.id) || deck.id.chars().count() > MAX_DECK_ID_CHARS {
        c.error(
            top.or_else(|| c.top_field(&deck.id, "id")),
            None,
            Message::new(Key::DiagDeckIdRule)
                .part("rule", id_rule(Key::DiagIdOfDeck, &deck.id))
                .with("n", MAX_DECK_ID_CHARS),
        );
    }
    if deck.title.trim().is_empty() {
        c.error(top, Some("title"), Key::DiagDeckTitleEmpty.into());
    }
    if !is_valid_language(&deck.language) {
        c.error(top, Some("language"), language_rule(&deck.language));
    }
    if let Some(back) = &deck.back {
        let at = top.and_then(|t| source.find_field(t, "back"));
        if back.title.trim().is_empty() {
            c.error(
                at,
                None,
                Message::new(Key::DiagBackTitleEmpty).part("place", back_place(None)),
            );
        }
        if let Some(color) = &back.color
            && !is_valid_color(color)
        {
            c.error(at, None, color_rule(back_place(None), color));
        }
        check_back_extras(&mut c, at, || back_place(None), back);
    }

    if deck.categories.is_empty() {
        c.error(top, Some("categories"), Key::DiagNoCategories.into());
    }
    let mut category_at: HashMap<&str, usize> = HashMap::new();
    let mut search_from = 0;
    for category in &deck.categories {
        let at = c.item(&category.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &category.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfCategory, id));
        } else if let Some(first) = category_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagCategoryIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            category_at.insert(id, at);
        }
        if category.name.trim().is_empty() {
            c.error(
                at,
                Some("name"),
                Message::new(Key::DiagCategoryNameEmpty).with("id", id),
            );
        }
        if !is_valid_color(&category.color) {
            c.error(
                at,
                Some("color"),
                color_rule(category_place(id), &category.color),
            );
        }
        if let Some(icon) = &category.icon {
            check_icon(&mut c, at, Some("icon"), category_place(id), icon);
        }
        if let Some(back) = &category.back {
            let back_at = at.and_then(|a| source.find_field(a, "back"));
            let what = || back_place(Some(id));
            if back.title.trim().is_empty() {
                c.error(
                    back_at,
                    None,
                    Message::new(Key::DiagBackTitleEmpty).part("place", what()),
                );
            }
            if let Some(color) = &back.color
                && !is_valid_color(color)
            {
                c.error(back_at, None, color_rule(what(), color));
            }
            check_back_extras(&mut c, back_at, what, back);
        }
        if let Some(symbol) = &category.symbol {
            let n = symbol.chars().count();
            if n == 0 || n > MAX_SYMBOL_CHARS {
                c.error(
                    at,
                    Some("symbol"),
                    Message::new(Key::DiagSymbolLength)
                        .with("id", id)
                        .with("symbol", symbol)
                        .with("n", n)
                        .with("max", MAX_SYMBOL_CHARS),
                );
            }
        }
    }

    if deck.cards.is_empty() {
        c.error(top, Some("cards"), Key::DiagNoCards.into());
    }
    let category_ids: Vec<&str> = deck.categories.iter().map(|k| k.id.as_str()).collect();
    let mut card_at: HashMap<&str, usize> = HashMap::new();
    let mut used: HashSet<&str> = HashSet::new();
    for card in &deck.cards {
        let at = c.item(&card.id, search_from);
        if let Some(at) = at {
            search_from = at + 1;
        }
        let id = &card.id;
        if !is_valid_id(id) {
            c.error(at, Some("id"), id_rule(Key::DiagIdOfCard, id));
        } else if let Some(first) = card_at.get(id.as_str()) {
            let line = source.position(*first).0;
            c.error(
                at,
                Some("id"),
                Message::new(Key::DiagCardIdTwice)
                    .with("id", id)
                    .with("line", line),
            );
        } else if let Some(at) = at {
            card_at.insert(id, at);
        }
        if category_ids.contains(&card.category.as_str()) {
            used.insert(&card.category);
        } else {
            c.error(
                at,
                Some("category"),
                with_names(
                    Message::new(Key::DiagCardCategory)
                        .with("id", id)
                        .with("category", &card.category),
                    "categories",
                    &category_ids,
                )
                .suffix("suggestion", did_you_mean(&card.category, &category_ids)),
            );
        }
        let title_chars = card.title.chars().count();
        if card.title.trim().is_empty() {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagCardTitleEmpty).with("id", id),
            );
        } else if title_chars > MAX_TITLE_CHARS {
            c.error(
                at,
                Some("title"),
                Message::new(Key::DiagCardTitleLong)
                    .with("id", id)
                    .with("n", title_chars)
                    .with("max", MAX_TITLE_CHARS),
            );
        }
        if card.text.trim().is_empty() {
            c.error(
                at,
                Some("text"),
                Message::new(Key::DiagCardTextEmpty).with("id", id),
            );
        }
        for (i, prompt) in card.prompts.iter().enumerate() {
            if prompt.trim().is_empty() {
                c.error(
                    at,
                    Some("prompts"),
                    Message::new(Key::DiagPromptEmpty)
                        .with("id", id)
                        .with("n", i + 1),
                );
            }
        }
        if let Some(minutes) = card.minutes
            && !MINUTES.contains(&minutes)
        {
            c.error(
                at,
                Some("minutes"),
                Message::new(Key::DiagCardMinutes)
                    .with("id", id)
                    .with("minutes", minutes),
            );
        }
        if !COPIES.contains(&card.copies) {
            c.error(
                at,
                Some("copies"),
                Message::new(Key::DiagCardCopies)
                    .with("id", id)
                    .with("copies", card.copies),
            );
        }
    }
    for category in &deck.categories {
        if is_valid_id(&category.id)
            && !used.contains(category.id.as_str())
            && !deck.cards.is_empty()
        {
            let at = c.item(&category.id, 0);
            c.warning(
                at,
                None,
                Message::new(Key::DiagCategoryUnused).with("id", &category.id),
            );
        }
    }
    check_greys(&mut c, deck);
    c.diagnostics
}

/// Warns about every pair of categories that a black-and-white printer prints as nearly the
/// same grey, naming both and their values.
fn check_greys(c: &mut Checker<'_>, deck: &Deck) {
    let greys: Vec<(&str, f32)> = deck
        .categories
        .iter()
        .filter_map(|k| parse_color(&k.color).map(|rgb| (k.id.as_str(), luma(rgb))))
        .collect();
    for (i, (a, luma_a)) in greys.iter().enumerate() {
        for (b, luma_b) in &greys[i + 1..] {
            if (luma_a - luma_b).abs() < MIN_LUMA_DIFFERENCE {
                let at = c.item(b, 0);
                c.warning(
                    at,
                    Some("color"),
                    Message::new(Key::DiagSameGrey)
                        .with("a", a)
                        .with("b", b)
                        .with("luma-a", format!("{:.0}", luma_a.round()))
                        .with("luma-b", format!("{:.0}", luma_b.round()))
                        .with("min", format!("{MIN_LUMA_DIFFERENCE:.0}")),
                );
            }
        }
    }
}

/// Checks an icon name against the bundled icon set.
fn check_icon(
    c: &mut Checker<'_>,
    at: Option<usize>,
    field: Option<&str>,
    place: Message,
    icon: &str,
) {
    if crate::icons::Icon::named(icon).is_none() {
        let names = crate::icons::Icon::names();
        c.error(
            at,
            field,
            Message::new(Key::DiagUnknownIcon)
                .part("place", place)
                .with("icon", icon)
                .suffix("suggestion", did_you_mean(icon, &names)),
        );
    }
}

/// The icon and logo of a back.
fn check_back_extras(
    c: &mut Checker<'_>,
    at: Option<usize>,
    what: impl Fn() -> Message,
    back: &crate::model::types::CardBack,
) {
    if let Some(icon) = &back.icon {
        check_icon(c, at, None, what(), icon);
    }
    if let Some(logo) = &back.logo
        && is_svg(logo)
    {
        c.error(
            at,
            None,
            Message::new(Key::DiagLogoSvg)
                .part("place", what())
                .with("logo", logo)
                .part("why", Message::new(SVG_LOGO)),
        );
    } else if let Some(logo) = &back.logo
        && !is_valid_logo_path(logo)
    {
        c.error(
            at,
            None,
            Message::new(Key::DiagLogoPath)
                .part("place", what())
                .with("logo", logo),
        );
    }
}
