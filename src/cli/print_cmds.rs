//! The printing subcommands: `export` (a deck as a print-ready PDF, or the duplex calibration
//! sheet) and `guide` (a workshop's facilitator guide).
//!
//! They turn command line strings into [`PdfOptions`], call the same [`crate::pdf`] functions as
//! the app, and write the result atomically. What they print comes from the catalogue; what
//! stops them is a [`CliError`], whose kind gives the exit code (see [`super::error`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::CliError;
use super::resolve::{resolve_deck, resolve_workshop};
use super::{ExportArgs, output_path};
use crate::fsutil::write_atomic;
use crate::i18n::{Key, Language, Localized};
use crate::pdf::guide::parse_start;
use crate::pdf::{
    Export, GuideOptions, PdfError, PdfOptions, SheetLayout, export_deck, export_guide,
    export_test_sheet, parse_back_style, parse_backs, parse_card_size, parse_ink, parse_offset,
    parse_paper,
};

/// The file name of the calibration sheet when no `-o` is given.
pub use crate::paths::TEST_SHEET_NAME;

fn options_from(args: &ExportArgs) -> Result<PdfOptions, PdfError> {
    let options = PdfOptions {
        paper: parse_paper(&args.paper)?,
        card: parse_card_size(&args.card)?,
        bleed: args.bleed,
        backs: parse_backs(&args.backs)?,
        crop_marks: !args.no_crop_marks,
        offset: match &args.offset {
            Some(text) => parse_offset(text)?,
            None => crate::pdf::Offset::default(),
        },
        strict: args.strict,
        back_style: args
            .back_style
            .as_deref()
            .map(parse_back_style)
            .transpose()?,
        ink: parse_ink(&args.ink)?,
        extras: !args.no_extras,
        logo: None,
    };
    options.validate()?;
    Ok(options)
}

/// Writes the PDF atomically; a failure is the system's (exit 3).
fn write_output(path: &Path, export: &Export) -> Result<(), CliError> {
    write_atomic(path, &export.bytes, false).map_err(|source| CliError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn kib(bytes: usize) -> String {
    format!("{:.0} KiB", bytes as f64 / 1024.0)
}

/// `export`: a deck, or with `--test-sheet` the duplex calibration sheet.
pub fn export(
    decks: &Path,
    args: &ExportArgs,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let options = options_from(args).map_err(CliError::Pdf)?;
    if args.test_sheet {
        let path = output_path(args.output.clone(), TEST_SHEET_NAME);
        let export = export_test_sheet(&options, language).map_err(CliError::Pdf)?;
        write_output(&path, &export)?;
        let _ = writeln!(
            out,
            "{}",
            crate::i18n::Message::new(Key::CliWroteTestSheet)
                .with("path", path.display())
                .with("paper", options.paper.label())
                .with("backs", language.tr(backs_words(options.backs)))
                .part("offset", options.offset.message())
                .message(language)
        );
        let _ = writeln!(out, "{}", language.tr(Key::CliTestSheetAdvice));
        return Ok(());
    }
    let Some(deck_arg) = args.deck.as_deref() else {
        return Err(CliError::NoDeckNamed {
            decks: decks.to_path_buf(),
        });
    };
    let layout = SheetLayout::compute(&options).map_err(CliError::Pdf)?;
    let mut options = options;
    let (_, deck) = resolve_deck(decks, deck_arg).map_err(CliError::Resolve)?;
    let logo_problem = crate::pdf::logo::attach(&deck.value, &deck.source.path, &mut options).err();
    let deck = deck.value;
    let path = output_path(args.output.clone(), &crate::paths::deck_pdf_name(&deck.id));
    let mut export = export_deck(&deck, &options).map_err(CliError::Pdf)?;
    export
        .warnings
        .extend(logo_problem.map(|e| crate::pdf::Warning::Logo(e.into_message())));
    write_output(&path, &export)?;
    for w in &export.warnings {
        let prefix = language.tr(Key::WarningPrefix);
        let _ = writeln!(err, "{prefix}: {}", w.message(language));
    }
    let backs = language.tr(backs_words(options.backs));
    // No backs, no back style to speak of.
    let back_style = if options.backs == crate::pdf::BacksMode::None {
        String::new()
    } else {
        crate::i18n::Message::new(Key::CliBackStyle)
            .part(
                "style",
                crate::pdf::back_style_words(crate::pdf::back_style(&deck, &options)),
            )
            .message(language)
    };
    let _ = writeln!(
        out,
        "{}",
        crate::i18n::Message::new(Key::CliWroteDeck)
            .with("path", path.display())
            .with("pages", export.pages)
            .with("sheets", export.sheets)
            .with("backs", backs)
            .with("cards", export.cards)
            .suffix(
                "extras",
                options
                    .extras
                    .then(|| crate::i18n::Message::new(Key::CliWithExtras))
            )
            .with("per-sheet", layout.cards_per_sheet())
            .suffix(
                "turned",
                layout
                    .cards_turned
                    .then(|| crate::i18n::Message::new(Key::CliCardsTurned))
            )
            .part("card", options.card.message())
            .with("paper", options.paper.label())
            .with("style", back_style)
            .with("size", kib(export.bytes.len()))
            .message(language)
    );
    if !export.warnings.is_empty() {
        let n = export.warnings.len();
        let _ = writeln!(out, "{}", language.fmt(Key::WarningsAbove, &[("n", &n)]));
    }
    Ok(())
}

/// `guide`: a workshop's facilitator guide.
pub fn guide(
    decks: &Path,
    workshop_arg: &str,
    output: Option<PathBuf>,
    start: Option<&str>,
    language: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let start_minutes = start
        .map(parse_start)
        .transpose()
        .map_err(CliError::Clock)?
        .unwrap_or(GuideOptions::default().start_minutes);
    let (library, workshop) = resolve_workshop(decks, workshop_arg).map_err(CliError::Resolve)?;
    let workshop = workshop.value;
    let deck = workshop
        .deck
        .as_deref()
        .and_then(|id| library.deck(id))
        .map(|d| &d.value);
    let path = output_path(output, &crate::paths::guide_pdf_name(&workshop.id));
    let export =
        export_guide(&workshop, deck, &GuideOptions { start_minutes }).map_err(CliError::Pdf)?;
    write_output(&path, &export)?;
    let _ = writeln!(
        out,
        "{}",
        language.fmt(
            Key::CliWroteGuide,
            &[
                ("path", &path.display()),
                ("pages", &export.pages),
                ("steps", &workshop.steps.len()),
                ("minutes", &workshop.total_minutes()),
                ("start", &crate::pdf::guide::clock(start_minutes)),
                ("size", &kib(export.bytes.len())),
            ],
        )
    );
    Ok(())
}

/// How the backs are printed, in words.
fn backs_words(backs: crate::pdf::BacksMode) -> Key {
    match backs {
        crate::pdf::BacksMode::LongEdge => Key::CliBacksLongEdge,
        crate::pdf::BacksMode::ShortEdge => Key::CliBacksShortEdge,
        crate::pdf::BacksMode::Fold => Key::CliBacksFold,
        crate::pdf::BacksMode::None => Key::CliBacksNone,
    }
}
