//! Diagnostics: one located problem in one file, printed the way editors understand.
//!
//! A diagnostic knows its file, an optional 1-based line and column, its severity and a message
//! for the person who edits the file (what is wrong, the item's id, what is accepted). The
//! message is typed data, a catalogue [`Message`] with its values, said in the reader's language
//! where it is shown (`fel:` in Swedish, `error:` in English; `Display` is English). It does not
//! know how it was found; parsing and validation create them.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Key, Language, Localized, Message};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; the file is still used.
    Warning,
    /// The file (or the item) cannot be used until it is fixed.
    Error,
}

impl Severity {
    /// The word printed before the message, in `language`: `error` / `fel`.
    pub fn label(self, language: Language) -> &'static str {
        language
            .tr(match self {
                Severity::Warning => Key::DiagWarning,
                Severity::Error => Key::DiagError,
            })
            .into()
    }
}

/// One problem found in a file, with its position where one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in.
    pub path: PathBuf,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// 1-based column (in characters), where known; only given together with a line.
    pub column: Option<usize>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what to do, in the file author's words, in either language.
    pub message: Message,
}

impl Diagnostic {
    /// An error with no position.
    pub fn error(path: impl AsRef<Path>, message: impl Into<Message>) -> Self {
        Diagnostic {
            path: path.as_ref().to_path_buf(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    /// A warning with no position.
    pub fn warning(path: impl AsRef<Path>, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// The same diagnostic at a position (1-based line and column).
    #[must_use]
    pub fn at(mut self, position: Option<(usize, usize)>) -> Self {
        if let Some((line, column)) = position {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }

    /// Whether this is an error (rather than a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message alone (no file, no position), in `language`.
    pub fn text(&self, language: Language) -> String {
        self.message.message(language)
    }

    /// `file:line:col: ` as editors read it (only what is known).
    pub fn location(&self) -> String {
        let mut out = self.path.display().to_string();
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                out.push_str(&format!(":{column}"));
            }
        }
        out
    }
}

/// The whole line in editor form, `file:line:col: error: message`, with the severity word and
/// the message in `language` (`fel:` in Swedish).
impl Localized for Diagnostic {
    fn message(&self, language: Language) -> String {
        format!(
            "{}: {}: {}",
            self.location(),
            self.severity.label(language),
            self.text(language)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Localized::message(self, Language::English))
    }
}

/// Formats a list of names as `` `a`, `b`, `c` `` for messages.
pub fn quoted_list<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> String {
    names
        .into_iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `(did you mean `x`?)` when an accepted name is close to `found`, for [`Message::suffix`].
pub fn did_you_mean(found: &str, expected: &[&str]) -> Option<Message> {
    closest(found, expected).map(|name| Message::new(Key::DiagDidYouMean).with("name", name))
}

/// The message with the argument `name` set to the quoted list of `names`, or to the word for
/// none when there are none.
pub fn with_names<S: AsRef<str>>(message: Message, name: &'static str, names: &[S]) -> Message {
    if names.is_empty() {
        message.part(name, Message::new(Key::DiagNone))
    } else {
        message.with(name, quoted_list(names.iter().map(AsRef::as_ref)))
    }
}

/// The accepted name closest to a misspelt one, if it is close enough to be a typo.
pub fn closest<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    let found_lower = found.to_lowercase();
    expected
        .iter()
        .map(|e| (strsim::levenshtein(&found_lower, e), *e))
        .filter(|(d, e)| *d <= 2.max(e.len() / 4) && *d < e.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_in_editor_form_in_both_languages() {
        let d = Diagnostic::error("decks/a.deck.ron", Message::new(Key::DiagNoCategories))
            .at(Some((14, 9)));
        assert_eq!(
            d.to_string(),
            "decks/a.deck.ron:14:9: error: the deck has no categories: add at least one `Category(…)`"
        );
        assert_eq!(
            d.message(Language::Swedish),
            "decks/a.deck.ron:14:9: fel: kortleken har inga kategorier: lägg till minst en `Category(…)`"
        );
        let d = Diagnostic::warning("decks/a.ron", Message::new(Key::DiagLinkToNothing));
        assert!(d.to_string().starts_with("decks/a.ron: warning: "), "{d}");
        assert!(
            d.message(Language::Swedish)
                .starts_with("decks/a.ron: varning: "),
            "{}",
            d.message(Language::Swedish)
        );
    }

    #[test]
    fn quotes_names() {
        assert_eq!(quoted_list(["a", "b"]), "`a`, `b`");
    }
}
