//! Default folders and output names, the same for the app and the command line.
//!
//! Where decks are read from and exports go when the user names no place, and the names
//! exports get. Both the GUI and the CLI import this module; neither imports the other.

use std::path::{Path, PathBuf};

/// The folder decks and workshops are read from when none is given.
pub const DEFAULT_DECKS: &str = "decks";
/// The folder outputs go to when no `-o` is given.
pub const DEFAULT_EXPORTS: &str = "exports";
/// The file name of the duplex calibration sheet.
pub const TEST_SHEET_NAME: &str = "duplex-test-sheet.pdf";

/// Where an output goes: the given file, or `exports/<name>`.
pub fn output_path(given: Option<PathBuf>, name: &str) -> PathBuf {
    given.unwrap_or_else(|| Path::new(DEFAULT_EXPORTS).join(name))
}

/// The file name of a deck's PDF: `<deck id>.pdf`.
pub fn deck_pdf_name(deck_id: &str) -> String {
    format!("{deck_id}.pdf")
}

/// The stem of a session's summary files, in the summary's language:
/// `<session>-sammanfattning` in Swedish, `<session>-summary` in English.
pub fn summary_stem(session_stem: &str, language: crate::i18n::Language) -> String {
    format!(
        "{session_stem}-{}",
        language.tr(crate::i18n::Key::SummaryFileWord)
    )
}

/// The file name of a workshop's guide: `<workshop id>-guide.pdf`.
pub fn guide_pdf_name(workshop_id: &str) -> String {
    format!("{workshop_id}-guide.pdf")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_go_to_exports_unless_named() {
        assert_eq!(output_path(None, "a.pdf"), Path::new("exports/a.pdf"));
        assert_eq!(
            output_path(Some(PathBuf::from("b.pdf")), "a.pdf"),
            Path::new("b.pdf")
        );
        assert_eq!(guide_pdf_name("w"), "w-guide.pdf");
        assert_eq!(deck_pdf_name("d"), "d.pdf");
    }

    #[test]
    fn a_summary_file_is_named_in_the_summarys_language() {
        use crate::i18n::Language;
        assert_eq!(summary_stem("s-1", Language::Swedish), "s-1-sammanfattning");
        assert_eq!(summary_stem("s-1", Language::English), "s-1-summary");
    }
}
