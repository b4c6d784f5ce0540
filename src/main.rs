//! The `innovationslek` program: runs a subcommand, or starts the app.

use std::process::ExitCode;

use innovationslek::cli::{self, Outcome};

fn main() -> ExitCode {
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    match cli::run_with(
        std::env::args_os(),
        &mut out,
        &mut err,
        cli::stderr_wants_color(),
    ) {
        Outcome::Exit(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Outcome::App { decks } => match innovationslek::app::run(decks) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("innovationslek: {e:#}");
                ExitCode::from(1)
            }
        },
    }
}
