//! The command line, run in-process and as the built program.

use crate::support::{decks_dir, run_cli, write};

#[test]
fn check_of_the_bundled_decks_passes() {
    let dir = decks_dir();
    let (code, out, err) = run_cli(&["check", dir.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
    let line = out.trim();
    assert!(line.starts_with("checked "), "{line}");
    assert!(line.ends_with(", 0 errors"), "{line}");
}

#[test]
fn check_reports_problems_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.deck.ron", "Deck(id: \"a\", titel: \"A\")");
    write(dir.path(), "b.ron", "()");
    let (code, out, err) = run_cli(&["check", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].contains("a.deck.ron:1:15: error: unknown field `titel` in `Deck`"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with("(did you mean `title`?)"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1]
            .contains("a.deck.ron:1:25: error: `Deck` is missing the required field `language`"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("b.ron: error: unknown kind of file"),
        "{}",
        lines[2]
    );
    assert_eq!(
        out.trim(),
        "checked 2 files: 0 decks (0 cards), 0 workshops, 3 errors"
    );
}

#[test]
fn check_of_a_missing_path_is_an_error() {
    let (code, out, err) = run_cli(&["check", "no/such/folder"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no/such/folder: error: no such file or folder"),
        "{err}"
    );
    assert!(out.contains("1 error"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run_cli(&["chekc"]);
    assert_eq!(code, 2);
    assert!(err.contains("unrecognized subcommand"), "{err}");
    let (code, _, _) = run_cli(&["draw"]);
    assert_eq!(code, 2);
}

#[test]
fn help_lists_every_subcommand() {
    let (code, out, _) = run_cli(&["--help"]);
    assert_eq!(code, 0);
    for sub in ["check", "export", "draw", "guide", "summary"] {
        assert!(out.contains(sub), "{sub} missing from\n{out}");
    }
}

#[test]
fn the_program_runs_check() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_innovationslek"))
        .arg("check")
        .current_dir(crate::support::root())
        .output()
        .expect("run the program");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("workshops, 0 errors"), "{out}");
}

#[test]
fn exit_codes_come_from_the_kind_of_problem_and_help_lists_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("taken.pdf");
    std::fs::create_dir(&folder).expect("folder");
    let folder = folder.to_str().expect("utf-8");
    // 1: the input (an id that is not there).
    let (code, _, _) = run_cli(&["export", "no-such-deck", "-o", folder]);
    assert_eq!(code, 1);
    // 2: a value that cannot be used, whatever the deck.
    let (code, _, err) = run_cli(&["export", "innovationslek", "--paper", "a5"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim(),
        "innovationslek export: error: unknown paper `a5`: use a4, a3 or letter"
    );
    // 1 as well: a folder at the output is refused before anything is written.
    let (code, out, err) = run_cli(&["--lang", "sv", "export", "innovationslek", "-o", folder]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, "");
    assert!(
        err.starts_with(&format!(
            "innovationslek export: fel: {folder} kan inte skrivas: {folder} är en mapp, inte en vanlig fil: ingenting skrevs"
        )),
        "{err}"
    );
    // 3: the system would not write the file (its folder is an ordinary file).
    let plain = dir.path().join("plain");
    std::fs::write(&plain, b"x").expect("file");
    let inside = plain.join("deck.pdf");
    let (code, out, err) = run_cli(&[
        "export",
        "innovationslek",
        "-o",
        inside.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "");
    assert_eq!(std::fs::read(&plain).expect("kept"), b"x");
    let (code, out, _) = run_cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Exit codes: 0 success; 1 a problem in the input")
            && out.contains("3 a file could not be written")
            && out.contains("4 a fault in the program"),
        "{out}"
    );
}

#[test]
fn every_line_the_command_line_prints_speaks_swedish_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = dir.path().join("lek.pdf");
    let pdf = pdf.to_str().expect("utf-8");
    let (code, out, err) = run_cli(&["--lang", "sv", "export", "innovationslek", "-o", pdf]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(&format!("skrev {pdf}: "))
            && out.contains(" per ark")
            && out.contains("dubbelsidigt, vänd längs långsidan")
            && !out.contains("wrote")
            && !out.contains("pages"),
        "{out}"
    );
    let guide = dir.path().join("guide.pdf");
    let guide = guide.to_str().expect("utf-8");
    let (code, out, _) = run_cli(&[
        "--lang",
        "sv",
        "guide",
        "kirunamodellen-135",
        "-o",
        guide,
        "--start",
        "09:00",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("facilitatorguide") && out.contains("135 min från 09:00"),
        "{out}"
    );
    let (code, _, err) = run_cli(&[
        "--lang",
        "sv",
        "guide",
        "kirunamodellen-135",
        "--start",
        "25:99",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("innovationslek guide: fel: Starttiden `25:99`"),
        "{err}"
    );
    let (code, out, err) = run_cli(&["--lang", "sv", "draw", "innovationslek"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    assert!(
        err.starts_with("frö ") && err.contains("dra samma kort igen med --seed"),
        "{err}"
    );
    let (code, _, err) = run_cli(&["--lang", "sv", "draw", "innovationslek", "--count", "99"]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        "innovationslek draw: fel: kortleken `innovationslek`: kan inte dra 99 kort: 61 kvar i kortleken; dra färre"
    );
    let (code, _, err) = run_cli(&["--lang", "sv", "draw", "ingen-sadan"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("fel: ingen kortlek med id `ingen-sadan`"),
        "{err}"
    );
}

#[test]
fn help_and_usage_errors_speak_swedish_with_sv_and_english_with_en() {
    let (code, out, _) = run_cli(&["--lang", "sv", "--help"]);
    assert_eq!(code, 0);
    for said in [
        "Användning: innovationslek",
        "Kommandon:",
        "Flaggor:",
        "Visa hjälpen",
        "Visa versionen",
        "Exportera en kortlek som en tryckfärdig PDF",
        "Slutkoder: 0 klart",
        "möjliga värden:",
    ] {
        assert!(out.contains(said), "{said} missing from\n{out}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "Exit codes",
        "possible values",
    ] {
        assert!(!out.contains(english), "{english} in\n{out}");
    }
    let (code, out, _) = run_cli(&["--lang", "sv", "export", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Argument:") && out.contains("[standard: a4]"),
        "{out}"
    );
    assert!(
        !out.contains("default:") && !out.contains("Arguments:"),
        "{out}"
    );

    let (code, out, _) = run_cli(&["--lang", "en", "--help"]);
    assert_eq!(code, 0);
    for said in [
        "Usage: innovationslek",
        "Commands:",
        "Options:",
        "Print help",
        "Exit codes: 0 success",
    ] {
        assert!(out.contains(said), "{said} missing from\n{out}");
    }
    assert!(
        !out.contains("Användning") && !out.contains("Flaggor"),
        "{out}"
    );

    let (code, _, err) = run_cli(&["--lang", "sv", "chekc"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("fel: okänt kommando 'chekc'\n"), "{err}");
    assert!(
        err.contains("tips: menade du 'check'?") && err.contains("Användning: innovationslek"),
        "{err}"
    );
    assert!(err.contains("Mer hjälp: skriv '--help'."), "{err}");
    let (code, _, err) = run_cli(&["--lang", "sv", "summary", "x", "--format", "rtf"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("fel: värdet 'rtf' kan inte användas för '--format <FORMAT>'"),
        "{err}"
    );
    assert!(
        err.contains("[möjliga värden: md, pdf, ics, docx]"),
        "{err}"
    );
    let (code, _, err) = run_cli(&["--lang", "sv", "draw"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("fel: det här måste anges: '<KORTLEK>'"),
        "{err}"
    );
    let (code, _, err) = run_cli(&["--lang", "en", "export", "--pappr", "a4"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unexpected argument '--pappr' found"),
        "{err}"
    );
    assert!(
        err.contains("tip: a similar one exists: '--paper'") && err.contains("Usage:"),
        "{err}"
    );
}

#[test]
fn help_follows_the_locale_when_no_language_is_given() {
    for (lang, heading, not) in [
        ("sv_SE.UTF-8", "Användning:", "Usage:"),
        ("en_GB.UTF-8", "Usage:", "Användning:"),
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_innovationslek"))
            .args(["export", "--help"])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("run the program");
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success());
        assert!(
            out.contains(heading) && !out.contains(not),
            "{lang}:\n{out}"
        );
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_innovationslek"))
            .arg("--nope")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("run the program");
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            err.contains(heading) && !err.contains(not),
            "{lang}:\n{err}"
        );
    }
}

#[test]
fn every_command_and_option_has_its_help_in_the_catalogue() {
    assert_eq!(
        innovationslek::cli::help::missing_texts(),
        Vec::<String>::new()
    );
}

#[test]
fn the_placeholders_of_the_help_are_said_in_the_users_language() {
    // Every command's help, and a usage error: clap's English placeholders (`[OPTIONS]`,
    // `<COMMAND>`, `--decks <DIR>`) are the catalogue's words in Swedish.
    let english = [
        "OPTIONS",
        "COMMAND",
        "<DIR>",
        "<LANG>",
        "<FILE>",
        "<PAPER>",
        "<SIZE>",
        "<MODE>",
        "<STYLE>",
        "<INK>",
        "SESSION_FILE",
        "PATHS",
        "DECK",
    ];
    let commands: [&[&str]; 8] = [
        &[],
        &["check"],
        &["export"],
        &["draw"],
        &["guide"],
        &["summary"],
        &["session"],
        &["session", "start"],
    ];
    for command in commands {
        let mut args = vec!["--lang", "sv"];
        args.extend_from_slice(command);
        args.push("--help");
        let (code, out, _) = run_cli(&args);
        assert_eq!(code, 0, "{args:?}");
        for word in english {
            assert!(!out.contains(word), "{word} in {args:?}:\n{out}");
        }
    }
    let (_, out, _) = run_cli(&["--lang", "sv", "--help"]);
    assert!(
        out.contains("Användning: innovationslek [FLAGGOR] [KOMMANDO]")
            && out.contains("--decks <MAPP>")
            && out.contains("--lang <SPRÅK>"),
        "{out}"
    );
    let (_, out, _) = run_cli(&["--lang", "sv", "export", "--help"]);
    assert!(
        out.contains("[KORTLEK]")
            && out.contains("--output <FIL>")
            && out.contains("--ink <BLÄCK>"),
        "{out}"
    );
    let (code, _, err) = run_cli(&["--lang", "sv", "export", "--pappr", "a4"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--paper <PAPPER> [KORTLEK]") && !err.contains("PAPER>"),
        "{err}"
    );
    // English keeps clap's words.
    let (_, out, _) = run_cli(&["--lang", "en", "--help"]);
    assert!(
        out.contains("Usage: innovationslek [OPTIONS] [COMMAND]") && out.contains("--decks <DIR>"),
        "{out}"
    );
}

#[test]
fn a_usage_error_repeats_what_was_typed_as_it_was_typed() {
    let decks = decks_dir();
    let decks = decks.to_str().expect("utf-8");
    // Swedish numbers are written `−3` and `1,5`, but the user typed `-3` and `1.5`.
    for (typed, swedish) in [("-3", "−3"), ("1.5", "1,5")] {
        let (code, _, err) = run_cli(&[
            "--lang",
            "sv",
            "--decks",
            decks,
            "draw",
            "innovationslek",
            "--count",
            typed,
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains(&format!("'{typed}'")) && !err.contains(swedish),
            "{err}"
        );
    }
    // One option given twice is not "used together with itself".
    let (code, _, err) = run_cli(&[
        "--lang", "sv", "--decks", decks, "export", "--strict", "--strict",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("'--strict' är angivet två gånger"), "{err}");
    let (_, _, err) = run_cli(&[
        "--lang", "en", "--decks", decks, "export", "--strict", "--strict",
    ]);
    assert!(err.contains("'--strict' is given twice"), "{err}");
}
