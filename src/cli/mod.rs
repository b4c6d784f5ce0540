//! The command line: `check`, `export`, `draw`, `guide`, `summary` and `session start`, and
//! starting the app.
//!
//! Parsing is clap's; every subcommand calls the same library functions as the app and writes
//! to the given output and error streams, so tests run it in-process. Everything it prints comes
//! from the catalogue, in the locale's language (or `--lang`). A command that fails returns a
//! typed [`CliError`]; its kind gives the exit code ([`ExitKind`]): 0 success, 1 a problem in
//! the input, 2 a usage error, 3 a file the system would not write, 4 a fault in the program.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{FromArgMatches, Parser, Subcommand};

use crate::i18n::{Language, Localized};
use crate::model::{Library, LoadOptions};

pub mod error;
pub mod help;
pub mod print_cmds;
pub mod resolve;
pub mod session_cmds;

pub use error::{CliError, ExitKind};

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code for problems in the input (files, ids, values).
pub const EXIT_PROBLEM: i32 = 1;
/// Exit code for usage errors.
pub const EXIT_USAGE: i32 = 2;
/// Exit code for a file the system would not write (or read).
pub const EXIT_IO: i32 = 3;
/// Exit code for a fault in the program.
pub const EXIT_INTERNAL: i32 = 4;

/// The folder searched for decks and workshops when none is given.
pub use crate::paths::DEFAULT_DECKS;
pub use crate::paths::{DEFAULT_EXPORTS, output_path};

/// Innovationslek: card decks and Kirunamodellen workshops, offline.
///
/// Without a subcommand, the app starts with the bundled decks and workshops and your own
/// folder in your documents (or --decks DIR).
#[derive(Debug, Parser)]
#[command(name = "innovationslek", version, about, long_about = None)]
pub struct Cli {
    /// Folder with decks and workshops [default: decks]
    #[arg(long, global = true, value_name = "DIR")]
    pub decks: Option<PathBuf>,

    /// Language of the messages: sv or en [default: Swedish when the system's language (LC_ALL,
    /// LC_MESSAGES, LANG or the system setting) is Swedish, else English]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<CliLanguage>,

    /// What to do; without one, the app starts.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate deck and workshop files or folders; exit 1 on any error
    Check {
        /// Files or folders to check [default: decks]
        paths: Vec<PathBuf>,
    },
    /// Export a deck as a print-ready PDF
    Export(ExportArgs),
    /// Draw cards from a deck
    Draw {
        /// A deck file, or the id of a deck under the decks folder
        deck: String,
        /// Draw only from this category (repeat for several)
        #[arg(long = "category", value_name = "ID")]
        categories: Vec<String>,
        /// How many cards to draw
        #[arg(long, default_value_t = 1, value_name = "N")]
        count: u32,
        /// Seed for the draw; the same seed gives the same cards
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
    },
    /// Export a facilitator guide for a workshop as PDF
    Guide {
        /// A workshop file, or the id of a workshop under the decks folder
        workshop: String,
        /// Output file [default: exports/WORKSHOP-ID-guide.pdf]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Start time for the agenda's clock times
        #[arg(long, value_name = "HH:MM")]
        start: Option<String>,
    },
    /// Export the summary of a session file
    Summary {
        /// A saved session file
        session_file: PathBuf,
        /// Output file [default: exports/SESSION-summary.md, .pdf, .ics or .docx; -sammanfattning for a Swedish session]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = SummaryFormat::Md)]
        format: SummaryFormat,
    },
    /// Sessions: start one, for example a follow-up from an earlier session
    Session {
        /// What to do with sessions
        #[command(subcommand)]
        action: SessionAction,
    },
}

/// The `session` subcommands.
#[derive(Debug, Subcommand)]
pub enum SessionAction {
    /// Start a session of a workshop and save it in the sessions folder; prints its file
    Start {
        /// A workshop file, or the id of a workshop under the decks folder
        workshop: String,
        /// An earlier session file: the follow-up takes over its open action plan rows
        #[arg(long, value_name = "SESSION_FILE")]
        from: Option<PathBuf>,
        /// Planned start today [default: the next quarter hour]
        #[arg(long, value_name = "HH:MM")]
        start: Option<String>,
        /// Seed for the session's draws [default: made from the clock]
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// Folder to save the session in [default: your own sessions folder]
        #[arg(long, value_name = "DIR")]
        sessions: Option<PathBuf>,
    },
}

/// Options of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// A deck file, or the id of a deck under the decks folder
    #[arg(required_unless_present = "test_sheet")]
    pub deck: Option<String>,
    /// Output file [default: exports/DECK-ID.pdf]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Paper size: a4, a3 or letter
    #[arg(long, default_value = "a4", value_name = "PAPER")]
    pub paper: String,
    /// Card size: poker, bridge, tarot, mini, square, a7 or WxH in mm (e.g. 60x90)
    #[arg(long, default_value = "poker", value_name = "SIZE")]
    pub card: String,
    /// Bleed around each card in mm (0–5); colour areas reach past the cut
    #[arg(
        long,
        default_value_t = 0.0,
        value_name = "MM",
        allow_hyphen_values = true
    )]
    pub bleed: f32,
    /// Backs: long-edge, short-edge, fold or none
    #[arg(long, default_value = "long-edge", value_name = "MODE")]
    pub backs: String,
    /// Leave out the crop marks
    #[arg(long)]
    pub no_crop_marks: bool,
    /// Shift of the backs in mm to correct a printer, as X,Y (e.g. 1.5,-0.5)
    #[arg(long, value_name = "X,Y", allow_hyphen_values = true)]
    pub offset: Option<String>,
    /// Treat cards whose text does not fit as errors (and write nothing)
    #[arg(long)]
    pub strict: bool,
    /// Backs: office (white with an emblem, light on ink) or flood (colour over the whole back,
    /// for print shops) [default: the deck's `back.style`, else office]
    #[arg(long, value_name = "STYLE")]
    pub back_style: Option<String>,
    /// Ink: full (colour bands) or low (outlines instead of colour areas)
    #[arg(long, default_value = "full", value_name = "INK")]
    pub ink: String,
    /// Leave out the start sheet, the legend card and the credits card
    #[arg(long)]
    pub no_extras: bool,
    /// Write a two-page duplex calibration sheet instead of a deck [default output:
    /// exports/duplex-test-sheet.pdf]
    #[arg(long, conflicts_with = "deck")]
    pub test_sheet: bool,
}

/// Languages of the command line's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CliLanguage {
    /// Svenska
    Sv,
    /// English
    En,
}

/// The language of the messages: `--lang`, else the system's language (Swedish when the locale
/// says so, English otherwise).
fn language(lang: Option<CliLanguage>) -> Language {
    match lang {
        Some(CliLanguage::Sv) => Language::Swedish,
        Some(CliLanguage::En) => Language::English,
        None => Language::system(),
    }
}

/// Formats of `summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    /// Markdown
    Md,
    /// PDF
    Pdf,
    /// iCalendar: the follow-up dates and the plan's due dates as all-day events
    Ics,
    /// Word protocol (.docx)
    Docx,
}

/// What `main` should do after the command line was read.
#[derive(Debug)]
pub enum Outcome {
    /// Exit with this code.
    Exit(i32),
    /// Start the app, with `--decks DIR` when given.
    App {
        /// The folder given with `--decks`, shown instead of the user's own folder.
        decks: Option<PathBuf>,
    },
}

/// Runs the command line with `args` (including the program name), writing to `out` and `err`
/// as plain text.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    run_with(args, out, err, false)
}

/// Whether usage errors may be coloured: only when stderr is a terminal and `NO_COLOR` is not
/// set, so a log file or a pipe never gets escape codes.
pub fn stderr_wants_color() -> bool {
    use std::io::IsTerminal as _;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Like [`run`]; with `color`, usage errors on `err` are coloured with terminal escape codes.
pub fn run_with(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    color: bool,
) -> Outcome {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let said_in = help::language_of_args(&args);
    let parsed = help::command(said_in)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let text = if e.use_stderr() {
                help::usage_error(&e, said_in)
            } else if color {
                help::usage_words(&e.render().ansi().to_string(), said_in)
            } else {
                help::usage_words(&e.render().to_string(), said_in)
            };
            if e.use_stderr() {
                let _ = write!(err, "{text}");
            } else {
                let _ = write!(out, "{text}");
            }
            return Outcome::Exit(code);
        }
    };
    if cli.command.is_none() {
        return Outcome::App { decks: cli.decks };
    }
    let decks = cli.decks.unwrap_or_else(|| PathBuf::from(DEFAULT_DECKS));
    let language = language(cli.lang);
    let Some(command) = cli.command else {
        return Outcome::Exit(EXIT_OK);
    };
    let name = command.name();
    let outcome = match command {
        Command::Check { paths } => check(&decks, &paths, language, out, err),
        Command::Export(args) => print_cmds::export(&decks, &args, language, out, err),
        Command::Draw {
            deck,
            categories,
            count,
            seed,
        } => session_cmds::draw(
            &decks,
            (&deck, &categories, count, seed),
            language,
            out,
            err,
        ),
        Command::Guide {
            workshop,
            output,
            start,
        } => print_cmds::guide(&decks, &workshop, output, start.as_deref(), language, out),
        Command::Session {
            action:
                SessionAction::Start {
                    workshop,
                    from,
                    start,
                    seed,
                    sessions,
                },
        } => session_cmds::start(
            &decks,
            &workshop,
            &session_cmds::StartOptions {
                from,
                start,
                seed,
                sessions,
            },
            language,
            out,
            err,
        ),
        Command::Summary {
            session_file,
            output,
            format,
        } => session_cmds::summary(&decks, &session_file, output, format, language, out, err),
    };
    match outcome {
        Ok(()) => Outcome::Exit(ExitKind::Success.code()),
        Err(e) => {
            report(err, name, &e, language);
            Outcome::Exit(e.kind().code())
        }
    }
}

impl Command {
    /// The subcommand's name, as typed.
    fn name(&self) -> &'static str {
        match self {
            Command::Check { .. } => "check",
            Command::Export(_) => "export",
            Command::Draw { .. } => "draw",
            Command::Guide { .. } => "guide",
            Command::Summary { .. } => "summary",
            Command::Session { .. } => "session start",
        }
    }
}

/// Prints what stopped a command: located diagnostics as they are (`file:line:col: error: …`),
/// anything else after the command's name (`innovationslek export: fel: …`).
fn report(err: &mut dyn Write, command: &str, e: &CliError, language: Language) {
    let text = e.message(language);
    let mut lines = text.lines().filter(|line| !line.is_empty());
    if !e.is_diagnostics()
        && let Some(first) = lines.next()
    {
        let word = crate::model::Severity::Error.label(language);
        let _ = writeln!(err, "innovationslek {command}: {word}: {first}");
    }
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
    if crate::i18n::wants_technical_detail() {
        // For whoever reports a fault: the error with the libraries' own (English) words.
        let _ = writeln!(err, "{e:?}");
    }
}

/// `check`: prints every problem, then the summary line; 1 if any error.
fn check(
    decks: &Path,
    paths: &[PathBuf],
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let paths = if paths.is_empty() {
        vec![decks.to_path_buf()]
    } else {
        paths.to_vec()
    };
    let library = Library::load(&paths, LoadOptions::default());
    for diagnostic in library.diagnostics() {
        let _ = writeln!(err, "{}", diagnostic.message(language));
    }
    let summary = library.summary();
    let _ = writeln!(out, "{}", summary.message(language));
    if summary.errors > 0 {
        Err(CliError::Problems)
    } else {
        Ok(())
    }
}
