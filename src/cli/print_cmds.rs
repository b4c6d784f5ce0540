//! The printing subcommands: `export` (a deck as a print-ready PDF, or the duplex calibration
//! sheet) and `guide` (a workshop's facilitator guide).
//!
//! They turn command line strings into [`PdfOptions`], call the same [`crate::pdf`] functions as
//! the app, and write the result atomically. Exit codes: 0 written; 1 a problem with the input
//! (a deck that does not load, a card that does not fit in `--strict` mode, a file that cannot
//! be written); 2 a value that is not usable (an unknown paper, a 0×0 card, a bleed over 5 mm,
//! a card larger than the paper), like other usage errors.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::resolve::{resolve_deck, resolve_workshop};
use super::{EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, ExportArgs, output_path};
use crate::fsutil::write_atomic;
use crate::i18n::{Key, Language};
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

fn write_output(path: &Path, export: &Export, err: &mut dyn Write, what: &str) -> Result<(), i32> {
    write_atomic(path, &export.bytes, false).map_err(|e| {
        let _ = writeln!(
            err,
            "innovationslek {what}: error: could not write {}: {e}",
            path.display()
        );
        EXIT_PROBLEM
    })
}

fn kib(bytes: usize) -> String {
    format!("{:.0} KiB", bytes as f64 / 1024.0)
}

/// `export`: a deck, or with `--test-sheet` the calibration sheet.
/// The export's warnings are in `language`.
pub fn export(
    decks: &Path,
    args: &ExportArgs,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let options = match options_from(args) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "innovationslek export: error: {e}");
            return EXIT_USAGE;
        }
    };
    if args.test_sheet {
        let path = output_path(args.output.clone(), TEST_SHEET_NAME);
        let export = match export_test_sheet(&options) {
            Ok(e) => e,
            Err(e) => {
                let _ = writeln!(err, "innovationslek export: error: {e}");
                return EXIT_PROBLEM;
            }
        };
        if let Err(code) = write_output(&path, &export, err, "export") {
            return code;
        }
        let _ = writeln!(
            out,
            "wrote {}: duplex calibration sheet, 2 pages, {} paper, backs {}, offset {},{} mm",
            path.display(),
            options.paper.name().to_uppercase(),
            options.backs,
            options.offset.x,
            options.offset.y
        );
        let _ = writeln!(
            out,
            "print it duplex at 100 %, hold it to the light with page 2 facing you, and pass the numbers you read as --offset X,Y"
        );
        return EXIT_OK;
    }
    let Some(deck_arg) = args.deck.as_deref() else {
        let _ = writeln!(
            err,
            "innovationslek export: error: name a deck (a file or an id under {}), or use --test-sheet",
            decks.display()
        );
        return EXIT_USAGE;
    };
    // The layout first: a card that does not fit the paper is a usage error, before loading.
    let layout = match SheetLayout::compute(&options) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(err, "innovationslek export: error: {e}");
            return EXIT_USAGE;
        }
    };
    let mut options = options;
    let deck = match resolve_deck(decks, deck_arg) {
        Ok((_, deck)) => deck,
        Err(message) => {
            for line in message.lines() {
                let _ = writeln!(err, "{line}");
            }
            return EXIT_PROBLEM;
        }
    };
    let logo_problem = crate::pdf::logo::attach(&deck.value, &deck.source.path, &mut options).err();
    let deck = deck.value;
    let path = output_path(args.output.clone(), &crate::paths::deck_pdf_name(&deck.id));
    let export = match export_deck(&deck, &options) {
        Ok(mut e) => {
            e.warnings
                .extend(logo_problem.map(|e| crate::pdf::Warning::Logo(e.into_message())));
            e
        }
        Err(e @ PdfError::Option(_)) => {
            let _ = writeln!(err, "innovationslek export: error: {e}");
            return EXIT_USAGE;
        }
        Err(e) => {
            let _ = writeln!(err, "innovationslek export: error: {e}");
            let _ = writeln!(err, "nothing was written");
            return EXIT_PROBLEM;
        }
    };
    if let Err(code) = write_output(&path, &export, err, "export") {
        return code;
    }
    for w in &export.warnings {
        let prefix = language.tr(Key::WarningPrefix);
        let _ = writeln!(err, "{prefix}: {}", w.message(language));
    }
    let backs = match options.backs {
        crate::pdf::BacksMode::LongEdge => "duplex, flip on the long edge",
        crate::pdf::BacksMode::ShortEdge => "duplex, flip on the short edge",
        crate::pdf::BacksMode::Fold => "fronts and backs on one side, fold",
        crate::pdf::BacksMode::None => "fronts only",
    };
    let _ = writeln!(
        out,
        "wrote {}: {} pages on {} sheets ({backs}), {} cards{}, {} per sheet{}, {} on {}, {} backs, {}",
        path.display(),
        export.pages,
        export.sheets,
        export.cards,
        if options.extras {
            " with the start sheet, legend and credits"
        } else {
            ""
        },
        layout.cards_per_sheet(),
        if layout.cards_turned {
            " (cards turned)"
        } else {
            ""
        },
        options.card,
        options.paper.name().to_uppercase(),
        crate::pdf::back_style_name(crate::pdf::back_style(&deck, &options)),
        kib(export.bytes.len()),
    );
    if !export.warnings.is_empty() {
        let n = export.warnings.len();
        let _ = writeln!(out, "{}", language.fmt(Key::WarningsAbove, &[("n", &n)]));
    }
    EXIT_OK
}

/// `guide`: a workshop's facilitator guide.
pub fn guide(
    decks: &Path,
    workshop_arg: &str,
    output: Option<PathBuf>,
    start: Option<&str>,
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let start_minutes = match start.map(parse_start).transpose() {
        Ok(s) => s.unwrap_or(GuideOptions::default().start_minutes),
        Err(e) => {
            let _ = writeln!(
                err,
                "innovationslek guide: error: {}",
                crate::i18n::Localized::message(&e, language)
            );
            return EXIT_USAGE;
        }
    };
    let (library, workshop) = match resolve_workshop(decks, workshop_arg) {
        Ok(found) => found,
        Err(message) => {
            for line in message.lines() {
                let _ = writeln!(err, "{line}");
            }
            return EXIT_PROBLEM;
        }
    };
    let workshop = workshop.value;
    let deck = workshop
        .deck
        .as_deref()
        .and_then(|id| library.deck(id))
        .map(|d| &d.value);
    let path = output_path(output, &crate::paths::guide_pdf_name(&workshop.id));
    let export = match export_guide(&workshop, deck, &GuideOptions { start_minutes }) {
        Ok(e) => e,
        Err(e) => {
            let _ = writeln!(err, "innovationslek guide: error: {e}");
            return EXIT_PROBLEM;
        }
    };
    if let Err(code) = write_output(&path, &export, err, "guide") {
        return code;
    }
    let _ = writeln!(
        out,
        "wrote {}: facilitator guide, {} pages, {} steps, {} min from {}, {}",
        path.display(),
        export.pages,
        workshop.steps.len(),
        workshop.total_minutes(),
        crate::pdf::guide::clock(start_minutes),
        kib(export.bytes.len()),
    );
    EXIT_OK
}
