//! The interface's words: the program's one catalogue ([`crate::i18n`]), seen from the views.
//!
//! Views write `language.tr(Key::Library)` for a text and `fill(language.tr(Key::Cards), &[("n",
//! &3)])` for one with arguments; the texts themselves are in `i18n/sv/innovationslek.ftl` and
//! `i18n/en/innovationslek.ftl`.

pub use crate::i18n::{Key, Language, Text, fill};

impl From<Text> for egui::WidgetText {
    fn from(text: Text) -> egui::WidgetText {
        egui::WidgetText::from(text.as_str())
    }
}

impl From<Text> for egui::RichText {
    fn from(text: Text) -> egui::RichText {
        egui::RichText::new(text.as_str())
    }
}

/// A number field (`DragValue`, `Slider`) that shows and reads numbers the language's way: a
/// decimal comma and a real minus sign in Swedish (`−0,5`), a point in English. Either way of
/// writing is read back, so a Swedish user may type `1.5` or `1,5`.
pub trait LocalNumbers<'a>: Sized {
    /// The field with the language's formatter and a parser that reads both ways.
    fn local_numbers(self, language: Language) -> Self;
}

/// `value` with as few decimals in `decimals` as show it exactly, the language's way.
pub fn number_text(
    language: Language,
    value: f64,
    decimals: std::ops::RangeInclusive<usize>,
) -> String {
    language.digits(&egui::emath::format_with_decimals_in_range(value, decimals))
}

/// A number as typed: `1,5`, `1.5`, `−0,5` or `-0.5`, with spaces around it.
pub fn parse_number(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .replace('−', "-")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

impl<'a> LocalNumbers<'a> for egui::DragValue<'a> {
    fn local_numbers(self, language: Language) -> Self {
        self.custom_formatter(move |n, d| number_text(language, n, d))
            .custom_parser(parse_number)
    }
}

impl<'a> LocalNumbers<'a> for egui::Slider<'a> {
    fn local_numbers(self, language: Language) -> Self {
        self.custom_formatter(move |n, d| number_text(language, n, d))
            .custom_parser(parse_number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_fields_speak_the_language_and_read_both_ways() {
        assert_eq!(number_text(Language::Swedish, -0.5, 0..=1), "−0,5");
        assert_eq!(number_text(Language::Swedish, 63.0, 1..=1), "63,0");
        assert_eq!(number_text(Language::English, -0.5, 0..=1), "-0.5");
        for typed in ["1,5", "1.5", " 1,5 "] {
            assert_eq!(parse_number(typed), Some(1.5), "{typed}");
        }
        assert_eq!(parse_number("−0,5"), Some(-0.5));
        assert_eq!(parse_number("-0.5"), Some(-0.5));
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("x"), None);
    }
}
