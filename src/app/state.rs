//! What the app remembers between runs.

use super::*;

/// Everything the app remembers between runs (the window size is eframe's own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    /// The interface language.
    pub language: Language,
    /// The colour theme.
    pub theme: Theme,
    /// Text size in percent, 100–200.
    pub text_size: u32,
    /// The decks folder last opened in the app.
    pub decks_folder: Option<PathBuf>,
    /// Files and folders added by dropping them on the window.
    pub added: Vec<PathBuf>,
    /// The projector window was open when the app last ran a session; it opens again when a
    /// session is resumed.
    pub projector_open: bool,
    /// The home screen lists the bundled workshops and decks of every language, not only
    /// those in the interface's language.
    pub home_all_languages: bool,
}

impl Default for PersistedState {
    fn default() -> Self {
        PersistedState {
            language: Language::system(),
            theme: Theme::default(),
            text_size: 100,
            decks_folder: None,
            added: Vec::new(),
            projector_open: false,
            home_all_languages: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persisted_state_round_trips_through_ron() {
        let state = PersistedState {
            language: Language::English,
            theme: Theme::HighContrast,
            text_size: 150,
            decks_folder: Some(PathBuf::from("/tmp/lekar")),
            added: vec![PathBuf::from("/tmp/extra.deck.ron")],
            projector_open: true,
            home_all_languages: true,
        };
        let text = ron::to_string(&state).expect("serialise");
        let back: PersistedState = ron::from_str(&text).expect("deserialise");
        assert_eq!(back, state);
    }

    #[test]
    fn old_saved_state_with_missing_and_unknown_fields_still_loads() {
        let back: PersistedState =
            ron::from_str("(theme: Dark, retired_option: 3)").expect("old state");
        assert_eq!(back.theme, Theme::Dark);
        assert_eq!(back.text_size, 100);
        assert!(back.added.is_empty());
    }
}
