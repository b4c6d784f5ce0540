//! A generated deck of any size, shaped like the bundled deck (seven categories, texts and
//! prompts of the same length, a back), for benchmarks and tests that need many cards, and a
//! group's ideas in full sentences for tests of the vote and the matrix.
//!
//! It is not content: nothing in the app or the command line uses it.

use super::parse::ron_options;
use super::types::{Card, CardBack, Category, Deck};

/// Nine ideas as a group writes them, each a full sentence (the longest 96 characters), for
/// tests of the vote and the matrix with real amounts of text.
pub const LONG_IDEAS: [&str; 9] = [
    "Låt nyanställda få en fadder från en annan förvaltning under hela första månaden.",
    "Gör ett gemensamt bokningsschema för kommunens bilar så att ingen bil står oanvänd en hel dag.",
    "Ha ett frukostmöte varannan vecka där enheterna berättar vad de kan låna ut till varandra.",
    "Byt ut de fysiska nycklarna till lokalerna mot digitala nycklar som bokas i samma system.",
    "Låt invånarna själva boka tid för bygglovsrådgivning på webben i stället för att ringa.",
    "Samla alla blanketter på ett ställe och skriv dem på klarspråk tillsammans med brukarna.",
    "Prova fyra veckors hemarbete en dag i veckan för handläggarna och mät hur ärendetiderna ändras.",
    "Bjud in elever från gymnasiet att testa kommunens e-tjänster och säga vad som är krångligt.",
    "Ge varje arbetsgrupp en liten egen budget för att pröva en idé utan att först fråga chefen.",
];

/// The bundled deck's category colours, so generated cards print like real ones.
const COLORS: [&str; 7] = [
    "#E2703A", "#0B4280", "#A8459C", "#F5C842", "#17704A", "#6DB3E8", "#1E1E26",
];

/// A deck with id `stor-lek` and `cards` cards spread over seven categories.
pub fn generated_deck(cards: usize) -> Deck {
    Deck {
        id: "stor-lek".into(),
        title: "Stor lek".into(),
        language: "sv".into(),
        version: None,
        description: None,
        credits: None,
        license: None,
        back: Some(CardBack {
            title: "Stor lek".into(),
            subtitle: Some("Kirunamodellen".into()),
            color: Some("#1B4965".into()),
            ..CardBack::default()
        }),
        categories: COLORS
            .iter()
            .enumerate()
            .map(|(c, color)| Category {
                id: format!("kategori-{c}"),
                name: format!("Kategori {c}"),
                color: (*color).into(),
                symbol: Some(c.to_string()),
                icon: crate::icons::ICONS
                    .get(c * 3)
                    .map(|(name, _)| (*name).to_owned()),
                ..Category::default()
            })
            .collect(),
        cards: (0..cards)
            .map(|i| Card {
                id: format!("kort-{i}"),
                category: format!("kategori-{}", i % COLORS.len()),
                title: format!("Kort nummer {i}: arbetsplatsträffar"),
                text: "Skriv problemet på en lapp och fråga: varför händer det? Svara, och fråga \
                       sedan varför igen om svaret. Fortsätt ungefär fem gånger. Där kedjan tar \
                       slut är ni ofta närmare grundproblemet än där ni började."
                    .into(),
                prompts: vec![
                    "Vilket svar överraskade oss mest?".into(),
                    "Var slutade kedjan, och kan vi påverka det?".into(),
                    "Finns det mer än en kedja?".into(),
                ],
                minutes: Some(5 + (i % 25) as u32),
                copies: 1,
            })
            .collect(),
    }
}

/// The same deck as a `*.deck.ron` file's text.
pub fn generated_deck_ron(cards: usize) -> String {
    let config = ron::ser::PrettyConfig::default().struct_names(true);
    // Serialising plain strings and numbers cannot fail; an empty text would fail to load
    // loudly in whatever uses it.
    ron_options()
        .to_string_pretty(&generated_deck(cards), config)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Library, LoadOptions, SourceFile};

    #[test]
    fn the_generated_deck_loads_without_problems() {
        let text = generated_deck_ron(50);
        let files = vec![(
            "stor-lek.deck.ron".into(),
            Some(Ok(SourceFile::new("stor-lek.deck.ron", text))),
        )];
        let library = Library::from_sources(files, LoadOptions::default());
        assert_eq!(library.diagnostics().count(), 0);
        assert_eq!(library.summary().cards, 50);
        assert_eq!(library.decks[0].value, generated_deck(50));
    }
}
