use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

/// Each message of a catalogue with the variables it uses, anywhere in its pattern.
fn messages(source: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_vars(pattern, &mut vars);
                }
                assert!(
                    message.value.is_some(),
                    "{file}: {} has no text",
                    message.id.name
                );
                let fresh = out.insert(message.id.name.to_owned(), vars).is_none();
                assert!(fresh, "{file}: {} is there twice", message.id.name);
            }
            ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for argument in &arguments.named {
                inline_vars(&argument.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn both_catalogues_hold_exactly_the_keys_with_the_same_arguments() {
    let sv = messages(SWEDISH_FTL, "i18n/sv/innovationslek.ftl");
    let en = messages(ENGLISH_FTL, "i18n/en/innovationslek.ftl");
    let keys: BTreeSet<&str> = Key::ALL.iter().map(|key| key.id()).collect();
    assert_eq!(keys.len(), Key::ALL.len(), "two keys have the same id");
    for (file, catalogue) in [("sv", &sv), ("en", &en)] {
        let missing: Vec<_> = keys
            .iter()
            .filter(|id| !catalogue.contains_key(**id))
            .collect();
        assert!(missing.is_empty(), "i18n/{file} lacks {missing:?}");
        let unknown: Vec<_> = catalogue
            .keys()
            .filter(|id| !keys.contains(id.as_str()))
            .collect();
        assert!(
            unknown.is_empty(),
            "i18n/{file} has messages no key names (add them to src/i18n/keys.rs): {unknown:?}"
        );
    }
    for (id, vars) in &sv {
        assert_eq!(
            Some(vars),
            en.get(id),
            "{id} takes other arguments in Swedish than in English"
        );
    }
}

#[test]
fn every_message_has_text_in_both_languages() {
    for language in Language::ALL {
        for key in Key::ALL {
            let text = language.tr(*key);
            assert!(!text.trim().is_empty(), "{key:?} is empty in {language:?}");
            assert!(
                catalogue(language).bundle.has_message(key.id()),
                "{key:?} is missing in {language:?}"
            );
        }
    }
}

#[test]
fn ids_are_the_names_in_kebab_case() {
    assert_eq!(Key::DrawN.id(), "draw-n");
    assert_eq!(Key::AppTitle.id(), "app-title");
}

#[test]
fn plurals_follow_the_count() {
    let cards = |language: Language, n: usize| fill(language.tr(Key::Cards), &[("n", &n)]);
    assert_eq!(cards(Language::Swedish, 1), "1 kort");
    assert_eq!(cards(Language::Swedish, 2), "2 kort");
    assert_eq!(cards(Language::English, 1), "1 card");
    assert_eq!(cards(Language::English, 2), "2 cards");
    assert_eq!(cards(Language::English, 0), "0 cards");
    let steps = |language: Language, n: usize| language.fmt(Key::Steps, &[("n", &n)]);
    assert_eq!(steps(Language::English, 1), "1 step");
    assert_eq!(steps(Language::English, 7), "7 steps");
    assert_eq!(steps(Language::Swedish, 1), "1 steg");
    // A step of one minute whose card takes longer.
    let too_long = |language: Language, minutes: u32| {
        language.fmt(
            Key::DiagDrawTooLong,
            &[
                ("id", &"s"),
                ("minutes", &minutes),
                ("count", &1),
                ("total", &5),
                ("cards", &"`c`: 5 min"),
            ],
        )
    };
    assert!(too_long(Language::English, 1).contains("has 1 minute but"));
    assert!(too_long(Language::English, 2).contains("has 2 minutes but"));
    assert!(too_long(Language::Swedish, 1).contains("har 1 minut men"));
    assert!(too_long(Language::Swedish, 2).contains("har 2 minuter men"));
}

#[test]
fn numbers_are_written_the_languages_way() {
    assert_eq!(Language::Swedish.decimal(3.0, 1), "3,0");
    assert_eq!(Language::English.decimal(3.0, 1), "3.0");
    assert_eq!(Language::Swedish.decimal(-0.5, 2), "−0,50");
    // A decimal given as an argument keeps its decimals and gets a comma in Swedish.
    assert_eq!(
        Language::Swedish.fmt(
            Key::Exported,
            &[("path", &"a.pdf"), ("pages", &3), ("size", &"12.5")]
        ),
        "Sparad: a.pdf (3 sidor, 12,5 kB)"
    );
    // Seeds are too long for a float: every digit stays.
    assert_eq!(
        Language::English.fmt(Key::SeedIs, &[("seed", &u64::MAX)]),
        "Seed: 18446744073709551615"
    );
}

#[test]
fn text_quoted_from_a_file_is_never_read_as_a_number() {
    // `minutes: -5` is quoted as the file has it, not with a Swedish minus sign or comma.
    for (found, language) in [
        ("-5", Language::Swedish),
        ("1.5", Language::Swedish),
        ("-5", Language::English),
    ] {
        let message = Message::new(Key::DiagFound).verbatim("found", found);
        assert!(
            message.message(language).contains(&format!("`{found}`")),
            "{}",
            message.message(language)
        );
    }
    // A value that is a number still is one.
    let number = Message::new(Key::DiagFound).with("found", "1.5");
    assert_eq!(number.message(Language::Swedish), "(hittade `1,5`)");
    assert_eq!(number.value("found"), Some("1.5"));
}

#[test]
fn dates_are_written_out() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    assert_eq!(Language::Swedish.date(date), "1 december 2026");
    assert_eq!(Language::English.date(date), "1 December 2026");
    let at = date.and_hms_opt(9, 5, 0).expect("a time");
    assert_eq!(Language::Swedish.date_time(at), "1 december 2026 09:05");
}

#[test]
fn system_language_follows_the_environment() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(Language::from_env(env(&[])), None);
    assert_eq!(Language::from_env(env(&[("LANG", "C.UTF-8")])), None);
    assert_eq!(
        Language::from_env(env(&[("LANG", "en_US.UTF-8")])),
        Some(Language::English)
    );
    assert_eq!(
        Language::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "sv_SE.UTF-8")])),
        Some(Language::Swedish)
    );
    assert_eq!(
        Language::from_env(env(&[("LC_MESSAGES", "en_GB"), ("LANG", "sv_SE")])),
        Some(Language::English)
    );
    // A language the program does not speak falls back to English.
    assert_eq!(
        Language::from_env(env(&[("LANG", "de_DE.UTF-8")])),
        Some(Language::English)
    );
    assert_eq!(Language::for_content("sv-FI"), Language::Swedish);
    assert_eq!(Language::for_content("fi"), Language::English);
    assert_eq!(Language::from_tag("SV_se"), Some(Language::Swedish));
}

#[test]
fn fills_placeholders() {
    let text = Language::English.tr(Key::Showing);
    assert_eq!(
        fill(text, &[("shown", &3), ("total", &53)]),
        "Showing 3 of 53 cards"
    );
    assert_eq!(
        Language::Swedish.fmt(Key::Showing, &[("shown", &1), ("total", &1)]),
        "Visar 1 av 1 kort"
    );
}

#[test]
fn a_kept_message_is_worded_in_the_language_it_is_shown_in() {
    // What the app keeps (an error, a toast, an export's name) says itself anew each time.
    let kept = UserMessage::from(Message::new(Key::FolderMissing).verbatim("path", "/x"));
    assert_eq!(
        kept.message(Language::Swedish),
        "Mappen /x finns inte. Välj en annan mapp nedan."
    );
    assert_eq!(
        kept.message(Language::English),
        "The folder /x does not exist. Choose another folder below."
    );
    let guide =
        UserMessage::worded(|language| format!("{}: Kirunamodellen 135", language.tr(Key::Guide)));
    assert_ne!(
        guide.message(Language::Swedish),
        guide.message(Language::English)
    );
    assert!(
        guide
            .message(Language::English)
            .ends_with(": Kirunamodellen 135")
    );
    // Cloned for each frame's context, it stays the same message.
    assert_eq!(kept.clone().message(Language::English), kept.to_string());
}

#[test]
fn system_errors_are_said_in_our_words_never_in_the_systems() {
    // Every error number the system can give (Linux has about 133, Windows' common ones are
    // below 200), and the kinds made without a number.
    let mut errors: Vec<std::io::Error> = (1..200).map(std::io::Error::from_raw_os_error).collect();
    errors.push(std::io::Error::other("a library's own words"));
    errors.push(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
    for error in errors {
        let system = error.to_string();
        // `Os { code: 5, kind: …, message: "Input/output error" }`: the system's sentence alone.
        let system = system
            .split(" (os error")
            .next()
            .unwrap_or(&system)
            .to_lowercase();
        let message = io_message(&error);
        let swedish = message.message(Language::Swedish);
        let english = message.message(Language::English);
        // (Our English may agree with the system's: "permission denied".)
        assert!(
            system.len() < 4 || !swedish.to_lowercase().contains(&system),
            "{error:?}: `{swedish}` repeats the system's `{system}`"
        );
        assert_ne!(swedish, english, "{error:?}");
        if let Some(code) = error.raw_os_error()
            && message.key() == Key::IoOther
        {
            assert!(swedish.ends_with(&format!("(felkod {code})")), "{swedish}");
            assert!(
                english.ends_with(&format!("(error code {code})")),
                "{english}"
            );
        }
    }
    assert_eq!(
        io_message(&std::io::Error::from_raw_os_error(13)).message(Language::Swedish),
        "du saknar behörighet (eller platsen är skrivskyddad)"
    );
}
