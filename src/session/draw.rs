//! Card draws: one pile per session, drawn without replacement from a seeded ChaCha generator.
//!
//! This module owns the pile, the cards on the table, the kept (chosen) cards, the discard pile,
//! the history of draws and the undo of the last one. It does not know steps or timers: the
//! session passes the step id and the time of each draw in.
//!
//! # The reproducibility promise
//!
//! The same seed, deck and sequence of actions give the same cards on every machine and with
//! every build of this program. That holds because every part of a draw is spelled out here:
//!
//! 1. **Generator**: ChaCha with 20 rounds ([`rand_chacha::ChaCha20Rng`], stream 0). Its 32-byte
//!    key is the seed as 8 little-endian bytes followed by 24 zero bytes.
//! 2. **Numbers**: a 64-bit number is two consecutive 32-bit words of the generator, the first
//!    one the low half (`lo | hi << 32`).
//! 3. **Index below `n`**: take 64-bit numbers until one is at most `u64::MAX - r`, where
//!    `r = 2^64 mod n`, and return it modulo `n` (rejection sampling, so every index is equally
//!    likely).
//! 4. **Selection**: the cards that may be drawn are the cards still in the pile whose category
//!    is asked for (all cards when no category is given), *in the deck's order*. Each of the `n`
//!    cards of a draw is picked with an index below the number of cards still eligible and taken
//!    out of that list, so no card repeats until the discards are reshuffled in.
//! 5. **State**: the generator's position (in 32-bit words from the start) is saved with the
//!    session, so a resumed session continues exactly where it stopped, and undo restores it.
//!
//! A card that the deck prints in several copies is one card in the pile. A golden test pins
//! the cards of a fixed seed on the bundled deck; a change that breaks this promise fails it.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, Utc};
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::model::Deck;
use crate::model::diagnostic::quoted_list;

/// A card as the pile knows it: enough to show and summarise it even if the deck file changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PileCard {
    /// The card's id in its deck.
    pub id: String,
    /// The card's title.
    pub title: String,
    /// The id of the card's category.
    pub category: String,
}

/// One draw in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawRecord {
    /// The step the draw was made in, if any.
    #[serde(default)]
    pub step: Option<String>,
    /// When the draw was made.
    pub at: DateTime<Utc>,
    /// The categories asked for; empty means the whole deck.
    #[serde(default)]
    pub categories: Vec<String>,
    /// The ids of the cards drawn, in the order drawn.
    pub cards: Vec<String>,
    /// The generator's position (32-bit words) before the draw, restored by undo.
    pub words_before: u64,
    /// Cards that were on the table before the draw and went to the discard pile.
    #[serde(default)]
    pub cleared: Vec<String>,
}

/// Something that changed the pile, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PileEvent {
    /// Cards were drawn.
    Draw(DrawRecord),
    /// The discard pile went back into the pile.
    Reshuffle {
        /// The step it happened in, if any.
        #[serde(default)]
        step: Option<String>,
        /// When it happened.
        at: DateTime<Utc>,
        /// The discard pile that went back, in its order.
        returned: Vec<String>,
    },
}

/// Where a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CardPlace {
    /// In the pile, can be drawn.
    #[default]
    Pile,
    /// Drawn and showing, neither kept nor discarded yet.
    Table,
    /// Drawn and kept as chosen; stays out of the pile.
    Kept,
    /// In the discard pile; goes back into the pile when reshuffled.
    Discard,
}

/// What went wrong with a draw action, in the facilitator's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DrawError {
    /// A draw of zero cards.
    #[error("a draw needs at least one card")]
    ZeroCount,
    /// A category that the deck does not have.
    #[error("the deck has no category `{id}` (categories: {known})")]
    UnknownCategory {
        /// The id asked for.
        id: String,
        /// The deck's categories, quoted.
        known: String,
    },
    /// More cards asked for than are left.
    #[error(
        "{}",
        crate::i18n::Localized::message(self, crate::i18n::Language::English)
    )]
    NotEnough {
        /// How many were asked for.
        requested: usize,
        /// How many are left to draw.
        available: usize,
        /// The categories drawn from; empty for the whole deck.
        from: Vec<String>,
        /// How many cards of those categories lie in the discard pile (a reshuffle brings them
        /// back).
        discarded: usize,
    },
    /// A card id that is not in the pile's deck.
    #[error("the deck has no card `{0}`")]
    UnknownCard(String),
    /// Keeping or discarding a card that has not been drawn.
    #[error(
        "{}",
        crate::i18n::Localized::message(self, crate::i18n::Language::English)
    )]
    WrongPlace {
        /// The card.
        id: String,
        /// Where it is.
        place: CardPlace,
    },
    /// Undo with nothing drawn.
    #[error("nothing to undo: no cards have been drawn")]
    NothingToUndo,
}

impl CardPlace {
    /// Where the card is, in words: `in the pile`, `i högen`.
    pub fn words(self, language: crate::i18n::Language) -> String {
        use crate::i18n::Key;
        language
            .tr(match self {
                CardPlace::Pile => Key::PlacePile,
                CardPlace::Table => Key::PlaceTable,
                CardPlace::Kept => Key::PlaceKept,
                CardPlace::Discard => Key::PlaceDiscard,
            })
            .into()
    }
}

impl fmt::Display for CardPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::i18n::Language::English))
    }
}

/// The draw's problem as the command line says it (the app says it in its own words, with its
/// keys, in [`super::SessionError`]).
impl crate::i18n::Localized for DrawError {
    fn message(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::Key;
        match self {
            DrawError::ZeroCount => language.tr(Key::DrawZeroCount).into(),
            DrawError::UnknownCategory { id, known } => {
                language.fmt(Key::DrawUnknownCategory, &[("id", id), ("known", known)])
            }
            DrawError::NotEnough {
                requested,
                available,
                from,
                discarded,
            } => {
                let from = match from.as_slice() {
                    [] => language.tr(Key::DrawInDeck).to_string(),
                    [one] => language.fmt(Key::DrawInCategory, &[("category", one)]),
                    many => language.fmt(
                        Key::DrawInCategories,
                        &[("categories", &quoted_list(many.iter().map(String::as_str)))],
                    ),
                };
                language.fmt(
                    Key::DrawNotEnough,
                    &[
                        ("requested", requested),
                        ("available", available),
                        ("from", &from),
                        ("discarded", discarded),
                    ],
                )
            }
            DrawError::UnknownCard(id) => language.fmt(Key::DrawUnknownCard, &[("id", id)]),
            DrawError::WrongPlace { id, place } => language.fmt(
                Key::DrawWrongPlace,
                &[("id", id), ("place", &place.words(language))],
            ),
            DrawError::NothingToUndo => language.tr(Key::DrawNothingToUndo).into(),
        }
    }
}

/// The draw pile of a session: which card is where, the generator's position and the history.
///
/// All of it is saved with the session; the pile itself is every card that is not on the table,
/// kept or discarded, in deck order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SavedPile")]
pub struct DrawPile {
    /// The seed; shown to the facilitator so a draw can be repeated.
    pub seed: u64,
    /// The generator's position in 32-bit words from the start of its stream.
    #[serde(default)]
    words: u64,
    /// Every card of the deck, in deck order.
    cards: Vec<PileCard>,
    /// Drawn cards showing, in the order drawn.
    #[serde(default)]
    table: Vec<String>,
    /// Cards kept as chosen, in the order kept.
    #[serde(default)]
    kept: Vec<String>,
    /// The discard pile, oldest first.
    #[serde(default)]
    discard: Vec<String>,
    /// Every draw and reshuffle, oldest first.
    #[serde(default)]
    history: Vec<PileEvent>,
    /// Position of each card id in `cards`; rebuilt on load.
    #[serde(skip)]
    index: HashMap<String, usize>,
    /// Where each card of `cards` is; rebuilt on load.
    #[serde(skip)]
    places: Vec<CardPlace>,
}

/// A draw pile as saved, before its lookup tables are built.
#[derive(Deserialize)]
#[serde(rename = "DrawPile")]
struct SavedPile {
    seed: u64,
    #[serde(default)]
    words: u64,
    cards: Vec<PileCard>,
    #[serde(default)]
    table: Vec<String>,
    #[serde(default)]
    kept: Vec<String>,
    #[serde(default)]
    discard: Vec<String>,
    #[serde(default)]
    history: Vec<PileEvent>,
}

impl From<SavedPile> for DrawPile {
    fn from(saved: SavedPile) -> DrawPile {
        let mut pile = DrawPile {
            seed: saved.seed,
            words: saved.words,
            cards: saved.cards,
            table: saved.table,
            kept: saved.kept,
            discard: saved.discard,
            history: saved.history,
            index: HashMap::new(),
            places: Vec::new(),
        };
        pile.reindex();
        pile
    }
}

/// The ChaCha generator for a seed: key = seed as little-endian bytes, then zeros; stream 0.
fn generator(seed: u64, words: u64) -> ChaCha20Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = ChaCha20Rng::from_seed(key);
    if words > 0 {
        rng.set_word_pos(u128::from(words));
    }
    rng
}

/// A 64-bit number from two 32-bit words, low half first.
fn next_u64(rng: &mut ChaCha20Rng) -> u64 {
    let lo = u64::from(rng.next_u32());
    let hi = u64::from(rng.next_u32());
    lo | (hi << 32)
}

/// A uniform index below `n` (`n > 0`) by rejection sampling; see the module docs.
fn index_below(rng: &mut ChaCha20Rng, n: usize) -> usize {
    let n = n as u64;
    let r = (u64::MAX % n + 1) % n;
    loop {
        let x = next_u64(rng);
        if x <= u64::MAX - r {
            // The remainder is below `n`, which came from a `usize`.
            return usize::try_from(x % n).unwrap_or(0);
        }
    }
}

impl DrawPile {
    /// A full pile of the deck's cards (each card once, in deck order) with this seed.
    pub fn new(deck: &Deck, seed: u64) -> DrawPile {
        let mut pile = DrawPile {
            seed,
            words: 0,
            cards: deck
                .cards
                .iter()
                .map(|c| PileCard {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    category: c.category.clone(),
                })
                .collect(),
            table: Vec::new(),
            kept: Vec::new(),
            discard: Vec::new(),
            history: Vec::new(),
            index: HashMap::new(),
            places: Vec::new(),
        };
        pile.reindex();
        pile
    }

    /// Builds the lookup tables from the card list and the table, kept and discard lists. A
    /// saved id the card list does not have is dropped from those lists.
    fn reindex(&mut self) {
        self.index = self
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        self.places = vec![CardPlace::Pile; self.cards.len()];
        let index = &self.index;
        for list in [&mut self.table, &mut self.kept, &mut self.discard] {
            list.retain(|id| index.contains_key(id));
        }
        for (list, place) in [
            (&self.table, CardPlace::Table),
            (&self.kept, CardPlace::Kept),
            (&self.discard, CardPlace::Discard),
        ] {
            for id in list {
                if let Some(&i) = self.index.get(id) {
                    self.places[i] = place;
                }
            }
        }
    }

    fn mark(&mut self, id: &str, place: CardPlace) {
        if let Some(&i) = self.index.get(id) {
            self.places[i] = place;
        }
    }

    /// Every card of the deck, in deck order.
    pub fn cards(&self) -> &[PileCard] {
        &self.cards
    }

    /// The card with this id.
    pub fn card(&self, id: &str) -> Option<&PileCard> {
        self.index.get(id).map(|&i| &self.cards[i])
    }

    /// The cards still in the pile, in deck order.
    pub fn pile(&self) -> Vec<&PileCard> {
        self.cards
            .iter()
            .zip(&self.places)
            .filter(|(_, p)| **p == CardPlace::Pile)
            .map(|(c, _)| c)
            .collect()
    }

    /// The cards on the table (drawn, neither kept nor discarded), in the order drawn.
    pub fn table(&self) -> Vec<&PileCard> {
        self.lookup(&self.table)
    }

    /// The cards kept as chosen, in the order kept.
    pub fn kept(&self) -> Vec<&PileCard> {
        self.lookup(&self.kept)
    }

    /// The discard pile, oldest first.
    pub fn discards(&self) -> Vec<&PileCard> {
        self.lookup(&self.discard)
    }

    /// Every draw and reshuffle, oldest first.
    pub fn history(&self) -> &[PileEvent] {
        &self.history
    }

    /// The draws only, oldest first.
    pub fn draws(&self) -> impl Iterator<Item = &DrawRecord> {
        self.history.iter().filter_map(|e| match e {
            PileEvent::Draw(d) => Some(d),
            PileEvent::Reshuffle { .. } => None,
        })
    }

    /// The generator's position in 32-bit words.
    pub fn generator_position(&self) -> u64 {
        self.words
    }

    /// Where the card with this id is.
    pub fn place(&self, id: &str) -> Option<CardPlace> {
        self.index.get(id).map(|&i| self.places[i])
    }

    /// How many cards of these categories (all when empty) are left in the pile.
    pub fn available(&self, categories: &[String]) -> Result<usize, DrawError> {
        self.check_categories(categories)?;
        Ok(self.eligible(categories).len())
    }

    fn lookup(&self, ids: &[String]) -> Vec<&PileCard> {
        ids.iter().filter_map(|id| self.card(id)).collect()
    }

    fn check_categories(&self, categories: &[String]) -> Result<(), DrawError> {
        for id in categories {
            if !self.cards.iter().any(|c| &c.category == id) {
                let mut known: Vec<&str> = Vec::new();
                for c in &self.cards {
                    if !known.contains(&c.category.as_str()) {
                        known.push(&c.category);
                    }
                }
                return Err(DrawError::UnknownCategory {
                    id: id.clone(),
                    known: quoted_list(known),
                });
            }
        }
        Ok(())
    }

    /// Indexes of the cards that may be drawn, in deck order.
    fn eligible(&self, categories: &[String]) -> Vec<usize> {
        self.cards
            .iter()
            .enumerate()
            .filter(|(i, _)| self.places[*i] == CardPlace::Pile)
            .filter(|(_, c)| categories.is_empty() || categories.contains(&c.category))
            .map(|(i, _)| i)
            .collect()
    }

    /// Draws `count` cards from these categories (the whole deck when empty) without
    /// replacement. The cards still on the table go to the discard pile first.
    pub fn draw(
        &mut self,
        categories: &[String],
        count: usize,
        step: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<PileCard>, DrawError> {
        if count == 0 {
            return Err(DrawError::ZeroCount);
        }
        self.check_categories(categories)?;
        let mut eligible = self.eligible(categories);
        if count > eligible.len() {
            let from = categories.to_vec();
            let discarded = self
                .discard
                .iter()
                .filter_map(|id| self.card(id))
                .filter(|c| categories.is_empty() || categories.contains(&c.category))
                .count();
            return Err(DrawError::NotEnough {
                requested: count,
                available: eligible.len(),
                from,
                discarded,
            });
        }
        let mut rng = generator(self.seed, self.words);
        let mut drawn = Vec::with_capacity(count);
        for _ in 0..count {
            let k = index_below(&mut rng, eligible.len());
            drawn.push(eligible.remove(k));
        }
        let words_before = self.words;
        // The position is far below 2^64 words in any real session.
        self.words = u64::try_from(rng.get_word_pos()).unwrap_or(u64::MAX);
        let cards: Vec<PileCard> = drawn.iter().map(|&i| self.cards[i].clone()).collect();
        for &i in &drawn {
            self.places[i] = CardPlace::Table;
        }
        self.table.extend(cards.iter().map(|c| c.id.clone()));
        self.history.push(PileEvent::Draw(DrawRecord {
            step: step.map(str::to_owned),
            at: now,
            categories: categories.to_vec(),
            cards: cards.iter().map(|c| c.id.clone()).collect(),
            words_before,
            cleared: Vec::new(),
        }));
        Ok(cards)
    }

    /// Keeps a card on the table (or in the discard pile) as chosen; it stays out of the pile.
    pub fn keep(&mut self, id: &str) -> Result<(), DrawError> {
        match self.place(id) {
            None => Err(DrawError::UnknownCard(id.to_owned())),
            Some(CardPlace::Kept) => Ok(()),
            Some(CardPlace::Table) => {
                self.table.retain(|c| c != id);
                self.kept.push(id.to_owned());
                self.mark(id, CardPlace::Kept);
                Ok(())
            }
            Some(CardPlace::Discard) => {
                self.discard.retain(|c| c != id);
                self.kept.push(id.to_owned());
                self.mark(id, CardPlace::Kept);
                Ok(())
            }
            Some(place) => Err(DrawError::WrongPlace {
                id: id.to_owned(),
                place,
            }),
        }
    }

    /// Puts a card from the table (or a kept one) on the discard pile.
    pub fn discard(&mut self, id: &str) -> Result<(), DrawError> {
        match self.place(id) {
            None => Err(DrawError::UnknownCard(id.to_owned())),
            Some(CardPlace::Discard) => Ok(()),
            Some(CardPlace::Table | CardPlace::Kept) => {
                self.table.retain(|c| c != id);
                self.kept.retain(|c| c != id);
                self.discard.push(id.to_owned());
                self.mark(id, CardPlace::Discard);
                Ok(())
            }
            Some(place) => Err(DrawError::WrongPlace {
                id: id.to_owned(),
                place,
            }),
        }
    }

    /// Puts the discard pile back into the pile; returns how many cards went back. Cards on the
    /// table and kept cards stay out.
    pub fn reshuffle(&mut self, step: Option<&str>, now: DateTime<Utc>) -> usize {
        if self.discard.is_empty() {
            return 0;
        }
        let returned = std::mem::take(&mut self.discard);
        for id in &returned {
            self.mark(id, CardPlace::Pile);
        }
        let n = returned.len();
        self.history.push(PileEvent::Reshuffle {
            step: step.map(str::to_owned),
            at: now,
            returned,
        });
        n
    }

    /// Undoes the last draw or reshuffle exactly: the drawn cards go back into the pile, the
    /// cards that were on the table come back, and the generator returns to where it was.
    /// Returns the cards that went back into the pile (none for a reshuffle).
    pub fn undo(&mut self) -> Result<Vec<PileCard>, DrawError> {
        match self.history.pop() {
            None => Err(DrawError::NothingToUndo),
            Some(PileEvent::Reshuffle { returned, .. }) => {
                for id in &returned {
                    self.mark(id, CardPlace::Discard);
                }
                let mut discard = returned;
                discard.append(&mut self.discard);
                self.discard = discard;
                Ok(Vec::new())
            }
            Some(PileEvent::Draw(record)) => {
                // Take each card of the draw out of the list it is in now; searching from the
                // end finds the cards the draw cleared at once.
                for id in record.cards.iter().chain(&record.cleared) {
                    let list = match self.place(id) {
                        Some(CardPlace::Table) => &mut self.table,
                        Some(CardPlace::Kept) => &mut self.kept,
                        Some(CardPlace::Discard) => &mut self.discard,
                        _ => continue,
                    };
                    if let Some(at) = list.iter().rposition(|c| c == id) {
                        list.remove(at);
                    }
                }
                for id in &record.cards {
                    self.mark(id, CardPlace::Pile);
                }
                for id in &record.cleared {
                    self.mark(id, CardPlace::Table);
                }
                // Cards drawn since would have made a newer record; the table is the old one.
                let mut table = record.cleared.clone();
                table.append(&mut self.table);
                self.table = table;
                self.words = record.words_before;
                Ok(self.lookup(&record.cards).into_iter().cloned().collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::{Card, Category};

    pub(crate) fn small_deck(n: usize) -> Deck {
        Deck {
            id: "d".into(),
            title: "D".into(),
            language: "sv".into(),
            version: None,
            description: None,
            credits: None,
            license: None,
            back: None,
            categories: vec![
                Category {
                    id: "a".into(),
                    name: "A".into(),
                    color: "#000000".into(),
                    symbol: None,
                    ..Category::default()
                },
                Category {
                    id: "b".into(),
                    name: "B".into(),
                    color: "#000000".into(),
                    symbol: None,
                    ..Category::default()
                },
            ],
            cards: (0..n)
                .map(|i| Card {
                    id: format!("c{i}"),
                    category: if i % 2 == 0 { "a" } else { "b" }.into(),
                    title: format!("Card {i}"),
                    text: "x".into(),
                    prompts: vec![],
                    minutes: None,
                    copies: 1,
                })
                .collect(),
        }
    }

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn index_below_is_in_range_and_uses_two_words() {
        let mut rng = generator(7, 0);
        for n in 1..50 {
            assert!(index_below(&mut rng, n) < n);
        }
        let mut rng = generator(7, 0);
        let _ = next_u64(&mut rng);
        assert_eq!(rng.get_word_pos(), 2);
    }

    #[test]
    fn draws_from_categories_without_repeats() {
        let deck = small_deck(10);
        let mut pile = DrawPile::new(&deck, 1);
        let a = vec!["a".to_owned()];
        let mut seen = HashSet::new();
        for i in 0..5 {
            let cards = pile.draw(&a, 1, None, t0()).expect("draw");
            assert_eq!(cards[0].category, "a");
            assert!(seen.insert(cards[0].id.clone()));
            if i < 4 {
                pile.discard(&cards[0].id).expect("discard");
            }
        }
        let e = pile.draw(&a, 1, None, t0()).expect_err("empty");
        assert_eq!(
            e.to_string(),
            "cannot draw 1: 0 left in category `a`; reshuffle to put 4 discarded back, or draw fewer"
        );
        assert_eq!(pile.reshuffle(None, t0()), 4);
        assert_eq!(pile.available(&a).expect("known"), 4);
    }

    #[test]
    fn unknown_category_names_the_known_ones() {
        let pile = DrawPile::new(&small_deck(4), 1);
        let e = pile.available(&["x".to_owned()]).expect_err("unknown");
        assert_eq!(
            e.to_string(),
            "the deck has no category `x` (categories: `a`, `b`)"
        );
    }

    #[test]
    fn keep_discard_and_undo() {
        let deck = small_deck(6);
        let mut pile = DrawPile::new(&deck, 3);
        let first = pile.draw(&[], 2, Some("s"), t0()).expect("draw");
        pile.keep(&first[0].id).expect("keep");
        let before = pile.clone();
        pile.draw(&[], 2, Some("s"), t0()).expect("draw");
        // A new draw adds to the table; clearing it is the session's own action.
        assert_eq!(pile.table().len(), 3);
        assert_eq!(pile.discards().len(), 0);
        assert_eq!(pile.kept().len(), 1);
        pile.undo().expect("undo");
        assert_eq!(pile, before);
        assert!(pile.keep("c99").is_err());
    }
}
