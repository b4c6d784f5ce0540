//! Hyphenation patterns by language, loaded once and shared.

use std::collections::HashMap;
use std::sync::OnceLock;

use hyphenation::{Hyphenator as _, Language, Load, Standard};

use super::MAX_HYPHENATED_CHARS;

/// Hyphenation patterns for a language, or none.
#[derive(Clone, Copy)]
pub struct Hyphenation {
    dictionary: Option<&'static Standard>,
    /// English typography (“quotes”) rather than Swedish (”citat”).
    pub(super) english: bool,
}

impl std::fmt::Debug for Hyphenation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hyphenation")
            .field("enabled", &self.dictionary.is_some())
            .finish()
    }
}

impl Hyphenation {
    /// The patterns for a BCP 47 language tag: Swedish for `sv`/`sv-*`, English (US patterns)
    /// for `en`/`en-*` (British patterns for `en-GB`), Norwegian, Danish, Finnish, German; none
    /// for others (long words are then broken between letters, as a last resort).
    pub fn for_language(tag: &str) -> Hyphenation {
        let lower = tag.to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        let language = match (primary, lower.as_str()) {
            ("sv", _) => Some(Language::Swedish),
            ("en", "en-gb") => Some(Language::EnglishGB),
            ("en", _) => Some(Language::EnglishUS),
            ("nb" | "no", _) => Some(Language::NorwegianBokmal),
            ("nn", _) => Some(Language::NorwegianNynorsk),
            ("da", _) => Some(Language::Danish),
            ("fi", _) => Some(Language::Finnish),
            ("de", _) => Some(Language::German1996),
            _ => None,
        };
        Hyphenation {
            dictionary: language.and_then(dictionary),
            english: primary == "en",
        }
    }

    /// No hyphenation.
    pub fn none() -> Hyphenation {
        Hyphenation {
            dictionary: None,
            english: false,
        }
    }

    /// Byte offsets in `word` where it may be hyphenated.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        let Some(dict) = self.dictionary else {
            return Vec::new();
        };
        // Hyphenate the letters only; punctuation around the word stays where it is.
        let start = word
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        let end = word
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(start, |(i, c)| i + c.len_utf8());
        if end <= start {
            return Vec::new();
        }
        let core = &word[start..end];
        if !core.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        // Leave at least three letters on either side: "frå-ga" reads worse than a shorter line.
        // Dictionary words are short; a run of thousands of letters is not hyphenated at all.
        if core.len() > 4 * MAX_HYPHENATED_CHARS {
            return Vec::new();
        }
        let letters = core.chars().count();
        dict.hyphenate(core)
            .breaks
            .into_iter()
            .filter(|&b| {
                let before = core[..b].chars().count();
                before >= 3 && letters - before >= 3
            })
            .map(|b| b + start)
            .collect()
    }
}

fn dictionary(language: Language) -> Option<&'static Standard> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<Language, &'static Standard>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().ok()?;
    if let Some(d) = map.get(&language) {
        return Some(d);
    }
    let loaded: &'static Standard = Box::leak(Box::new(Standard::from_embedded(language).ok()?));
    map.insert(language, loaded);
    Some(loaded)
}
