//! clap's texts in the user's language: `--help`, `--version` and the usage errors.
//!
//! The subcommands and options are declared with clap's derive; their doc comments are for the
//! code's readers. [`command`] builds that declaration at run time and gives every command and
//! argument its text from the catalogue (`cli-about-…`, `cli-arg-…`), clap's own lines (help,
//! version, the `help` subcommand, the headings, `[default: …]`, `[possible values: …]`)
//! included. [`usage_error`] says a clap error in the same language from its kind and context,
//! so nothing of clap's English reaches a Swedish user.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::{Key, Language, Localized, Message};

/// The language the command line speaks before it is parsed: `--lang sv|en` (or `--lang=…`)
/// when given, else the system's.
pub fn language_of_args(args: &[std::ffi::OsString]) -> Language {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = it.next() {
        let value = if arg == "--lang" {
            it.next()
        } else {
            arg.strip_prefix("--lang=")
        };
        match value {
            Some("sv") => return Language::Swedish,
            Some("en") => return Language::English,
            _ => {}
        }
    }
    Language::system()
}

/// The key whose Fluent id is `id`, if the catalogue has it.
fn key(id: &str) -> Option<Key> {
    Key::ALL.iter().copied().find(|k| k.id() == id)
}

fn kebab(name: &str) -> String {
    name.replace(['_', ' '], "-").to_lowercase()
}

/// The catalogue id of a command's about text: `cli-about` for the program,
/// `cli-about-NAME` for a subcommand.
fn about_id(path: &[&str]) -> String {
    match path.last() {
        None => "cli-about".to_owned(),
        Some(name) => format!("cli-about-{}", kebab(name)),
    }
}

/// The catalogue ids tried for an argument's help, most specific first:
/// `cli-arg-COMMAND-ARG`, then `cli-arg-ARG` (options that mean the same everywhere).
fn arg_ids(path: &[&str], arg: &str) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(name) = path.last() {
        ids.push(format!("cli-arg-{}-{}", kebab(name), kebab(arg)));
    }
    ids.push(format!("cli-arg-{}", kebab(arg)));
    ids
}

/// The texts a command or an argument has no key for (for the test that none is missing).
pub fn missing_texts() -> Vec<String> {
    let mut missing = Vec::new();
    let mut cmd = Cli::command();
    cmd.build();
    walk(&cmd, &mut Vec::new(), &mut |path, cmd| {
        if key(&about_id(path)).is_none() {
            missing.push(about_id(path));
        }
        for arg in cmd.get_arguments() {
            let ids = arg_ids(path, arg.get_id().as_str());
            if ids.iter().all(|id| key(id).is_none()) {
                missing.push(ids.join(" or "));
            }
        }
    });
    missing
}

fn walk<'a>(cmd: &'a Command, path: &mut Vec<&'a str>, f: &mut dyn FnMut(&[&str], &Command)) {
    f(path, cmd);
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name());
        walk(sub, path, f);
        path.pop();
    }
}

/// The command line's declaration with every text in `language`.
pub fn command(language: Language) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    localize(&mut cmd, &mut Vec::new(), language);
    cmd
}

fn text(language: Language, id: &str) -> Option<String> {
    key(id).map(|k| language.tr(k).to_string())
}

fn localize(cmd: &mut Command, path: &mut Vec<String>, language: Language) {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let mut c = std::mem::take(cmd);
    if let Some(about) = text(language, &about_id(&names)) {
        c = c.about(about).long_about(None);
    }
    if path.is_empty() {
        c = c.after_help(language.tr(Key::CliExitCodes).to_string());
    }
    let ids: Vec<String> = c
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in ids {
        let help = arg_ids(&names, &id).iter().find_map(|i| text(language, i));
        c = c.mut_arg(&id, |arg| localize_arg(arg, help, language));
    }
    if c.has_subcommands() {
        c = c.subcommand_value_name(language.tr(Key::CliValueCommand).as_str());
    }
    let layout = template(&c, language);
    c = c.help_template(layout);
    *cmd = c;
    for sub in cmd.get_subcommands_mut() {
        path.push(sub.get_name().to_owned());
        localize(sub, path, language);
        path.pop();
    }
}

/// An argument's help with its default and possible values said in `language`.
fn localize_arg(arg: Arg, help: Option<String>, language: Language) -> Arg {
    let mut help = help.unwrap_or_default();
    let hidden_default = arg.is_hide_default_value_set();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    if takes_value && !hidden_default && !defaults.is_empty() {
        help.push(' ');
        help.push_str(&language.fmt(Key::CliDefault, &[("value", &defaults.join(", "))]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if takes_value && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        help.push(' ');
        help.push_str(&language.fmt(Key::CliPossible, &[("values", &possible.join(", "))]));
    }
    let names: Vec<clap::builder::Str> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|name| match key(&format!("cli-value-{}", kebab(name))) {
            Some(k) => language.tr(k).as_str().into(),
            None => name.clone(),
        })
        .collect();
    let arg = if names.is_empty() {
        arg
    } else {
        arg.value_names(names)
    };
    arg.help(help)
        .long_help(None)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// clap's help layout with the headings in `language` ("Användning:", "Kommandon:", …).
fn template(cmd: &Command, language: Language) -> String {
    // clap's tags, each after the catalogue's heading of its section.
    let mut sections = vec![(Key::CliUsage, TAG_USAGE)];
    if cmd.has_subcommands() {
        sections.push((Key::CliCommands, TAG_COMMANDS));
    }
    if cmd.get_positionals().next().is_some() {
        sections.push((Key::CliArguments, TAG_ARGUMENTS));
    }
    if cmd.get_arguments().any(|a| !a.is_positional()) {
        sections.push((Key::CliOptions, TAG_OPTIONS));
    }
    let mut t = TAG_ABOUT.to_owned();
    for (i, (heading, tag)) in sections.into_iter().enumerate() {
        let gap = if i == 0 { "\n" } else { "\n\n" };
        let after = if heading == Key::CliUsage { " " } else { "\n" };
        let _ = write!(t, "{gap}{}{after}{tag}", language.tr(heading));
    }
    t.push_str(TAG_AFTER_HELP);
    t
}

const TAG_ABOUT: &str = "{about-with-newline}";
const TAG_USAGE: &str = "{usage}";
const TAG_COMMANDS: &str = "{subcommands}";
const TAG_ARGUMENTS: &str = "{positionals}";
const TAG_OPTIONS: &str = "{options}";
const TAG_AFTER_HELP: &str = "{after-help}";

/// clap's `[OPTIONS]` in a usage line, said in `language` (clap writes it as it is; the other
/// placeholders are value names, set in [`localize_arg`]).
pub fn usage_words(text: &str, language: Language) -> String {
    text.replace(
        "[OPTIONS]",
        &format!("[{}]", language.tr(Key::CliValueOptions)),
    )
}

fn context(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

fn quoted(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A clap error as the user reads it in `language`: help and version as they are (already in
/// `language`, see [`command`]); a usage error as `fel: …`, a tip, the usage line and where to
/// read more.
pub fn usage_error(e: &clap::Error, language: Language) -> String {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return usage_words(&e.render().to_string(), language);
    }
    let one = |kind| context(e, kind).into_iter().next().unwrap_or_default();
    let arg = one(ContextKind::InvalidArg);
    let value = one(ContextKind::InvalidValue);
    let trailing_arg = arg.clone();
    let (key, values): (Key, Vec<(&'static str, String)>) = match e.kind() {
        ErrorKind::UnknownArgument => (Key::CliErrUnknownArgument, vec![("arg", arg)]),
        ErrorKind::InvalidSubcommand => (
            Key::CliErrUnknownCommand,
            vec![("command", one(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (
            Key::CliErrInvalidValue,
            vec![("value", value), ("arg", arg)],
        ),
        ErrorKind::MissingRequiredArgument => (
            Key::CliErrMissing,
            vec![("args", quoted(&context(e, ContextKind::InvalidArg)))],
        ),
        ErrorKind::MissingSubcommand => (Key::CliErrMissingCommand, Vec::new()),
        // clap says "cannot be used with" also of one option given twice.
        ErrorKind::ArgumentConflict if context(e, ContextKind::PriorArg) == [arg.clone()] => {
            (Key::CliErrTwice, vec![("arg", arg)])
        }
        ErrorKind::ArgumentConflict => (
            Key::CliErrConflict,
            vec![
                ("arg", arg),
                ("other", quoted(&context(e, ContextKind::PriorArg))),
            ],
        ),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            (Key::CliErrValueCount, vec![("arg", arg)])
        }
        ErrorKind::NoEquals => (Key::CliErrNoEquals, vec![("arg", arg)]),
        _ => (Key::CliErrOther, Vec::new()),
    };
    // What the user typed is repeated as typed: `-3` stays `-3`, not a Swedish `−3`.
    let message = values
        .into_iter()
        .fold(Message::new(key), |m, (name, v)| m.verbatim(name, v));
    let word = crate::model::Severity::Error.label(language);
    let mut out = format!("{word}: {}\n", message.message(language));
    let valid = context(e, ContextKind::ValidValue);
    if !valid.is_empty() {
        let list = valid.join(", ");
        let _ = writeln!(
            out,
            "  {}",
            language.fmt(Key::CliPossible, &[("values", &list)])
        );
    }
    for suggestion in context(e, ContextKind::SuggestedArg)
        .into_iter()
        .chain(context(e, ContextKind::SuggestedSubcommand))
        .chain(context(e, ContextKind::SuggestedValue))
    {
        let _ = write!(
            out,
            "\n  {}\n",
            language.fmt(Key::CliErrDidYouMean, &[("value", &suggestion)])
        );
    }
    if matches!(
        e.get(ContextKind::TrailingArg),
        Some(ContextValue::Bool(true))
    ) {
        let _ = write!(
            out,
            "\n  {}\n",
            language.fmt(Key::CliErrTrailing, &[("value", &trailing_arg)])
        );
    }
    if let Some(usage) = context(e, ContextKind::Usage).into_iter().next() {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        let usage = usage_words(usage, language);
        let _ = write!(out, "\n{} {usage}\n", language.tr(Key::CliUsage));
    }
    let _ = write!(out, "\n{}\n", language.tr(Key::CliErrMoreHelp));
    out
}
