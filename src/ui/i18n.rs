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
