//! The `innovationslek` program: runs a subcommand, or starts the app.

use std::process::ExitCode;

use innovationslek::cli::{self, Outcome};

fn main() -> ExitCode {
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    match cli::run(std::env::args_os(), &mut out, &mut err) {
        Outcome::Exit(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Outcome::App { .. } => {
            eprintln!(
                "innovationslek: the app is not available yet in this version; see `innovationslek --help`"
            );
            ExitCode::from(2)
        }
    }
}
