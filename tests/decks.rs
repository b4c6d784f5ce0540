//! Bundled content, every rule of the file contract, round trips, and malformed input.

use std::path::PathBuf;

use innovationslek::model::{
    Card, CarryOver, Deck, Diagnostic, Field, FieldKind, Library, LoadOptions, SourceFile,
    Workshop, parse::parse, ron_options,
};

use crate::support::{decks_dir, write};

fn bundled() -> Library {
    Library::load(&[decks_dir()], LoadOptions::default())
}

#[test]
fn every_bundled_file_loads_without_problems() {
    let lib = bundled();
    let problems: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let summary = lib.summary();
    assert!(summary.cards >= 96, "{summary}");
    assert!(summary.workshops >= 8, "{summary}");
    assert_eq!(summary.files, summary.decks + summary.workshops);
    // The same through the command line: `innovationslek check decks/` reports no error and no
    // warning (among them the warning for a draw that can exceed its step's minutes).
    let folder = decks_dir();
    let (code, out, err) = crate::support::run_cli(&["check", folder.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.starts_with("checked ") && !out.contains("error:"),
        "{out}"
    );
    assert!(!format!("{out}{err}").contains("warning"), "{out}{err}");
}

/// Each Swedish workshop and its English edition, which share step and field ids.
const EDITIONS: [(&str, &str); 4] = [
    ("kirunamodellen-135", "kirunamodellen-135-en"),
    ("kirunamodellen-60", "kirunamodellen-60-en"),
    ("kirunamodellen-digital", "kirunamodellen-digital-en"),
    (
        "kirunamodellen-uppfoljning",
        "kirunamodellen-uppfoljning-en",
    ),
];

/// The card anatomy's three headings, per language: what you get, what you need, how you work.
fn anatomy(language: &str) -> [&'static str; 3] {
    match language {
        "sv" => ["Ni får: ", "Material: ", "Arbetsform: "],
        _ => ["You get: ", "Materials: ", "Format: "],
    }
}

#[test]
fn the_bundled_decks_follow_the_method_and_every_card_has_its_anatomy() {
    let lib = bundled();
    for id in ["innovationslek", "innovation-game"] {
        let deck = &lib.deck(id).expect("bundled deck").value;
        assert!(deck.cards.len() >= 48, "{id}");
        let categories: Vec<&str> = deck.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            categories,
            [
                "forsta",
                "resurser",
                "perspektiv",
                "ideer",
                "valja",
                "testa",
                "plan",
                "folj"
            ]
        );
        for category in &categories {
            let n = deck
                .cards
                .iter()
                .filter(|c| c.category == *category)
                .count();
            assert!(n >= 5, "{id}: category `{category}` has {n} cards");
        }
        for card in &deck.cards {
            assert!((2..=4).contains(&card.prompts.len()), "{}", card.id);
            assert!(card.minutes.is_some(), "{}", card.id);
            let paragraphs = card.paragraphs();
            let [method, parts] = paragraphs.as_slice() else {
                panic!("{}: a method and its anatomy, two paragraphs", card.id);
            };
            let sentences = method.matches(['.', '?', '!', ':']).count();
            assert!(
                (2..=6).contains(&sentences),
                "{}: {sentences} sentences",
                card.id
            );
            // What the group gets, what it needs and how people work, in that order.
            let mut from = 0;
            for heading in anatomy(&deck.language) {
                let at = parts[from..]
                    .find(heading)
                    .unwrap_or_else(|| panic!("{}: `{heading}` missing in {parts:?}", card.id));
                from += at + heading.len();
            }
            assert!(parts.starts_with(anatomy(&deck.language)[0]), "{}", card.id);
        }
        let colors: std::collections::HashSet<&str> =
            deck.categories.iter().map(|c| c.color.as_str()).collect();
        assert_eq!(
            colors.len(),
            deck.categories.len(),
            "every category has its own colour"
        );
        // Honest attribution: loosely based on the method, the toolkit's own proposals.
        let description = deck.description.as_deref().unwrap_or("");
        let back = deck.back.as_ref().and_then(|b| b.subtitle.as_deref());
        match deck.language.as_str() {
            "sv" => {
                assert!(description.contains("fritt efter Kirunamodellen"));
                assert!(description.contains("inte Kiruna kommuns officiella material"));
                assert_eq!(back, Some("fritt efter Kirunamodellen"));
            }
            _ => {
                assert!(description.contains("loosely based on the Kiruna model"));
                assert!(description.contains("not official material from Kiruna Municipality"));
                assert_eq!(back, Some("loosely based on the Kiruna model"));
            }
        }
    }
    let sv = &lib.deck("innovationslek").expect("sv").value;
    assert!(
        sv.cards
            .iter()
            .any(|c| c.category == "plan" && c.text.contains("effektuering")),
        "the plan category names effectuation"
    );
}

#[test]
fn the_english_deck_mirrors_the_swedish_one() {
    let lib = bundled();
    let sv = &lib.deck("innovationslek").expect("sv").value;
    let en = &lib.deck("innovation-game").expect("en").value;
    assert_eq!(en.language, "en");
    let ids = |d: &Deck| {
        d.cards
            .iter()
            .map(|c| (c.id.clone(), c.category.clone(), c.minutes, c.prompts.len()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(sv), ids(en));
    let cats = |d: &Deck| {
        d.categories
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(cats(sv), cats(en));
}

/// The shape of a workshop that both editions share: every step's id, minutes, draw and fields.
fn shape(w: &Workshop) -> Vec<String> {
    w.steps
        .iter()
        .map(|s| {
            let draw = s
                .draw
                .as_ref()
                .map(|d| format!("{:?}×{}", d.categories, d.count));
            let fields: Vec<String> = s
                .capture
                .iter()
                .map(|f| match &f.kind {
                    FieldKind::Table { columns } => format!("{}:table{}", f.id, columns.len()),
                    // The axes' names are in the edition's language.
                    FieldKind::Matrix { of, .. } => format!("{}:matrix:{of}", f.id),
                    kind => format!("{}:{kind:?}", f.id),
                })
                .collect();
            format!("{} {} {draw:?} {fields:?}", s.id, s.minutes)
        })
        .collect()
}

#[test]
fn every_workshop_has_an_english_edition_with_the_same_steps_and_fields() {
    let lib = bundled();
    for (sv, en) in EDITIONS {
        let sv = &lib.workshop(sv).expect("Swedish workshop").value;
        let en = &lib.workshop(en).expect("English workshop").value;
        assert_eq!((sv.language.as_str(), en.language.as_str()), ("sv", "en"));
        assert_eq!(sv.deck.as_deref(), Some("innovationslek"));
        assert_eq!(en.deck.as_deref(), Some("innovation-game"));
        assert_eq!(shape(sv), shape(en), "{}", sv.id);
        assert_eq!(sv.roles.len(), en.roles.len(), "{}", sv.id);
        assert_eq!(sv.preparation.len(), en.preparation.len(), "{}", sv.id);
    }
    assert_eq!(
        lib.workshops.len(),
        EDITIONS.len() * 2,
        "every workshop is listed"
    );
}

#[test]
fn every_draw_of_every_bundled_step_fits_its_time_box() {
    use innovationslek::model::validate::longest_draw;
    let lib = bundled();
    let mut draws = 0;
    let mut possible = 0;
    for w in &lib.workshops {
        let w = &w.value;
        let deck = &lib
            .deck(w.deck.as_deref().expect("deck"))
            .expect("deck")
            .value;
        for step in &w.steps {
            let Some(draw) = &step.draw else { continue };
            draws += 1;
            // Every possible draw, enumerated: the most minutes any set of `count` different
            // cards of the draw's categories adds up to.
            let pool: Vec<u32> = deck
                .cards
                .iter()
                .filter(|c| draw.categories.is_empty() || draw.categories.contains(&c.category))
                .map(|c| c.minutes.unwrap_or(0))
                .collect();
            let worst = most_minutes(&pool, draw.count as usize);
            possible += combinations(pool.len(), draw.count as usize);
            // `check`'s own worst case (the longest cards) agrees with the enumeration.
            let longest = longest_draw(deck, &draw.categories, draw.count as usize);
            assert_eq!(longest.len(), draw.count as usize);
            let longest: u32 = longest.iter().map(|c| c.minutes.unwrap_or(0)).sum();
            assert_eq!(longest, worst, "{} step `{}`", w.id, step.id);
            assert!(
                worst <= step.minutes,
                "{} step `{}`: {worst} card minutes in {} minutes",
                w.id,
                step.id,
                step.minutes
            );
            // The instructions name the categories the way the cards print them, never by id.
            for category in &draw.categories {
                let name = &deck
                    .categories
                    .iter()
                    .find(|c| &c.id == category)
                    .expect("category")
                    .name;
                assert!(
                    step.instructions.contains(name.as_str()),
                    "{} step `{}` does not name `{name}`",
                    w.id,
                    step.id
                );
                assert!(!step.instructions.contains(&format!("`{category}`")));
            }
        }
    }
    assert!(draws >= 30, "{draws}");
    assert!(possible > draws, "{possible} possible draws");
}

/// The most minutes any `count` different cards of `pool` add up to, by trying every set.
fn most_minutes(pool: &[u32], count: usize) -> u32 {
    if count == 0 {
        return 0;
    }
    (0..pool.len())
        .filter(|&i| pool.len() - i >= count)
        .map(|i| pool[i] + most_minutes(&pool[i + 1..], count - 1))
        .max()
        .unwrap_or(0)
}

/// How many sets of `k` cards `n` cards give.
fn combinations(n: usize, k: usize) -> usize {
    (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
}

#[test]
fn every_workshop_has_the_action_plan_and_ends_with_follow_up_dates() {
    let lib = bundled();
    for w in &lib.workshops {
        let w = &w.value;
        let fields: Vec<&innovationslek::model::Field> =
            w.steps.iter().flat_map(|s| &s.capture).collect();
        let plan = fields
            .iter()
            .find(|f| f.id == "handlingsplan")
            .unwrap_or_else(|| panic!("{}: no action plan", w.id));
        let FieldKind::Table { columns } = &plan.kind else {
            panic!("{}: the action plan is a table", w.id);
        };
        assert_eq!(columns.len(), 5, "{}", w.id);
        let last = w.steps.last().expect("steps");
        let dates = last
            .capture
            .iter()
            .find(|f| f.id == "uppfoljningar")
            .unwrap_or_else(|| panic!("{}: the last step books the follow-ups", w.id));
        assert_eq!(dates.kind, FieldKind::List, "a list of dates, not one date");
        assert!(!w.roles.is_empty() && !w.preparation.is_empty(), "{}", w.id);
        let description = w.description.as_deref().unwrap_or("");
        // The times are proposals (the guide prints the description, so it speaks to the
        // facilitator, not to whoever edits the file).
        assert!(
            description.contains("förslag") || description.contains("proposals"),
            "{}: the description says the time boxes are proposals",
            w.id
        );
        // How a drawn card relates to its step is said in every workshop.
        assert!(
            description.contains("kortet är stegets metod")
                || description.contains("Korten är stegets metod")
                || description.contains("the card is the step's method")
                || description.contains("The cards are the step's method"),
            "{}",
            w.id
        );
        for step in &w.steps {
            // The projector shows the instructions: about 40 words at most, the detail goes to
            // the facilitator notes.
            let words = step.instructions.split_whitespace().count();
            assert!(
                words <= 40,
                "{} step `{}`: {words} words on the projector",
                w.id,
                step.id
            );
            // Swedish speaks to the group in the ni-form, never to one person as du.
            if w.language == "sv" {
                let du = step
                    .instructions
                    .split(|c: char| !c.is_alphabetic())
                    .find(|word| {
                        ["du", "dig", "din", "ditt", "dina"].contains(&word.to_lowercase().as_str())
                    });
                assert_eq!(du, None, "{} step `{}`: ni-form", w.id, step.id);
            }
        }
        let everything = format!("{w:?}");
        for other in ["Teams", "Zoom", "Miro", "Kultur och fritid"] {
            assert!(!everything.contains(other), "{} names `{other}`", w.id);
        }
        // A summary may become a public record: every preparation list says so.
        assert!(
            w.preparation.iter().any(|p| p.contains("allmän handling")
                || p.contains("allmänna handlingar")
                || p.contains("public record")),
            "{}",
            w.id
        );
    }
    for id in ["kirunamodellen-135", "kirunamodellen-135-en"] {
        let w = &lib.workshop(id).expect("135").value;
        assert_eq!(w.total_minutes(), 135);
        let first: Vec<&str> = w.steps[0].capture.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(first, ["problembeskrivning", "problemagare", "parkering"]);
        let competences = w
            .fields()
            .find(|(_, f)| f.id == "kompetenser")
            .map(|(_, f)| f.kind.clone());
        let Some(FieldKind::Table { columns }) = competences else {
            panic!("{id}: the competences to invite are a table");
        };
        assert_eq!(columns.len(), 4);
        let last = w.steps.last().expect("last");
        assert_eq!((last.id.as_str(), last.minutes), ("avslut", 5));
        let breaks: Vec<u32> = w
            .steps
            .iter()
            .filter(|s| s.pause)
            .map(|s| s.minutes)
            .collect();
        assert_eq!(breaks, [10], "{id}: one 10-minute break");
        let ideas = w.steps.iter().find(|s| s.id == "ideer").expect("idea step");
        assert!(ideas.show.contains(&"parkering".to_owned()), "{id}");
    }
    let sv = &lib.workshop("kirunamodellen-135").expect("135").value;
    let FieldKind::Table { columns } = &sv
        .fields()
        .find(|(_, f)| f.id == "handlingsplan")
        .expect("plan")
        .1
        .kind
    else {
        panic!("action plan is a table");
    };
    assert_eq!(columns, &["Vad", "Hur", "När", "Vilka kompetenser", "Vem"]);
    let FieldKind::Table { columns } = &sv
        .fields()
        .find(|(_, f)| f.id == "kompetenser")
        .expect("competences")
        .1
        .kind
    else {
        panic!("competences are a table");
    };
    assert_eq!(
        columns,
        &["Kompetens", "Vem kan ha den", "Vem av oss frågar", "När"]
    );
    for (id, minutes) in [
        ("kirunamodellen-60", 60),
        ("kirunamodellen-digital", 210),
        ("kirunamodellen-uppfoljning", 45),
    ] {
        assert_eq!(
            lib.workshop(id).expect(id).value.total_minutes(),
            minutes,
            "{id}"
        );
    }
}

fn to_ron<T: serde::Serialize>(value: &T) -> String {
    ron_options()
        .to_string_pretty(value, ron::ser::PrettyConfig::default().struct_names(true))
        .expect("serialize")
}

#[test]
fn every_type_round_trips_through_ron() {
    let lib = bundled();
    for d in &lib.decks {
        let text = to_ron(&d.value);
        let back: Deck = ron_options().from_str(&text).expect("parse deck");
        assert_eq!(back, d.value);
        // And through the loader's own parser, with no problems.
        let parsed = parse::<Deck>(&SourceFile::new("x.deck.ron", text));
        assert!(parsed.diagnostics.is_empty());
        assert_eq!(parsed.value.as_ref(), Some(&d.value));
    }
    for w in &lib.workshops {
        let text = to_ron(&w.value);
        let back: Workshop = ron_options().from_str(&text).expect("parse workshop");
        assert_eq!(back, w.value);
    }
}

const DECK: &str = r##"Deck(
    id: "min-lek",
    title: "Min lek",
    language: "sv",
    back: CardBack(title: "Min lek", color: "#1B4965"),
    categories: [
        Category(id: "forsta", name: "Förstå", color: "#C8553D", symbol: "?"),
        Category(id: "ide", name: "Idéer", color: "#1B4965"),
    ],
    cards: [
        Card(
            id: "forsta-fem-varfor",
            category: "forsta",
            title: "Fem varför",
            text: "Fråga varför fem gånger.",
            prompts: ["Varför?"],
            minutes: 10,
        ),
        Card(id: "ide-1", category: "ide", title: "Idé", text: "Tänk."),
    ],
)
"##;

const WORKSHOP: &str = r##"Workshop(
    id: "verkstad",
    title: "Verkstad",
    language: "sv",
    deck: "min-lek",
    roles: [Role(name: "Facilitator")],
    preparation: ["Boka rum"],
    steps: [
        Step(
            id: "grund",
            title: "Grundproblem",
            minutes: 30,
            instructions: "Hitta grundproblemet.",
            draw: Draw(categories: ["forsta"], count: 1),
            capture: [Field(id: "problem", label: "Problem", kind: Text)],
        ),
        Step(
            id: "plan",
            title: "Plan",
            minutes: 20,
            instructions: "Gör en plan.",
            capture: [
                Field(id: "plan-tabell", label: "Handlingsplan", kind: Table(columns: ["Vad", "Vem"])),
            ],
        ),
    ],
)
"##;

/// Loads a deck and a workshop from text; returns every diagnostic.
fn check_texts(deck: &str, workshop: &str) -> Vec<Diagnostic> {
    let files = vec![
        (
            PathBuf::from("min-lek.deck.ron"),
            Some(Ok(SourceFile::new("min-lek.deck.ron", deck))),
        ),
        (
            PathBuf::from("verkstad.workshop.ron"),
            Some(Ok(SourceFile::new("verkstad.workshop.ron", workshop))),
        ),
    ];
    Library::from_sources(files, LoadOptions::default())
        .diagnostics()
        .cloned()
        .collect()
}

#[test]
fn the_test_files_are_valid() {
    assert_eq!(check_texts(DECK, WORKSHOP), vec![]);
}

/// The test workshop with a break before the plan, and the plan showing the problem.
fn workshop_with_pause_and_show() -> String {
    WORKSHOP.replacen(
        "        Step(\n            id: \"plan\",",
        "        Step(id: \"fika\", title: \"Fika\", minutes: 15, instructions: \"Paus.\", pause: true),\n        Step(\n            id: \"plan\",\n            show: [\"problem\"],",
        1,
    )
}

#[test]
fn pause_and_show_round_trip_and_default_to_nothing() {
    let text = workshop_with_pause_and_show();
    assert_eq!(check_texts(DECK, &text), vec![]);
    let parsed = parse::<Workshop>(&SourceFile::new("v.workshop.ron", text));
    let workshop = parsed.value.expect("parses");
    let [grund, fika, plan] = &workshop.steps[..] else {
        panic!("three steps: {:?}", workshop.steps);
    };
    assert!(!grund.pause && grund.show.is_empty());
    assert!(fika.pause && fika.draw.is_none() && fika.capture.is_empty());
    assert_eq!(plan.show, ["problem"]);
    let shown: Vec<(&str, &str)> = workshop
        .shown_fields(2)
        .iter()
        .map(|(s, f)| (s.id.as_str(), f.id.as_str()))
        .collect();
    assert_eq!(shown, [("grund", "problem")]);
    assert!(workshop.shown_fields(0).is_empty());
    assert!(workshop.shown_fields(9).is_empty());

    let written = to_ron(&workshop);
    let back: Workshop = ron_options().from_str(&written).expect("parse back");
    assert_eq!(back, workshop);
    // A step without them writes neither field, so files stay as people wrote them.
    let plain = parse::<Workshop>(&SourceFile::new("w.workshop.ron", WORKSHOP))
        .value
        .expect("parses");
    let written = to_ron(&plain);
    assert!(
        !written.contains("pause") && !written.contains("show"),
        "{written}"
    );
}

#[test]
fn shown_fields_skip_unknown_later_and_repeated_ids() {
    let mut workshop = parse::<Workshop>(&SourceFile::new(
        "v.workshop.ron",
        workshop_with_pause_and_show(),
    ))
    .value
    .expect("parses");
    workshop.steps[2].show = ["nej", "problem", "plan-tabell", "problem"]
        .map(String::from)
        .to_vec();
    let shown: Vec<&str> = workshop
        .shown_fields(2)
        .iter()
        .map(|(_, f)| f.id.as_str())
        .collect();
    assert_eq!(shown, ["problem"]);
}

/// The fenced blocks of a language (```ron, ```sh, or the plain ``` of outputs) in the format
/// guide, in order, each with the line its text starts on.
fn guide_blocks(guide: &str, language: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(bool, usize, String)> = None;
    for (i, line) in guide.lines().enumerate() {
        let trimmed = line.trim_start();
        match &mut open {
            Some((wanted, start, text)) if trimmed.starts_with("```") => {
                if *wanted {
                    blocks.push((*start, std::mem::take(text)));
                }
                open = None;
            }
            Some((_, _, text)) => {
                text.push_str(line);
                text.push('\n');
            }
            None if trimmed.starts_with("```") && !trimmed[3..].contains('`') => {
                open = Some((trimmed[3..].trim() == language, i + 2, String::new()));
            }
            None => {}
        }
    }
    blocks
}

fn guide() -> String {
    std::fs::read_to_string(crate::support::root().join("docs/formats.md"))
        .expect("docs/formats.md")
}

/// Every RON example in docs/formats.md parses (the fragments as what they show) and the
/// complete deck and workshop check clean together, so the guide cannot drift from the parser.
/// The example with three mistakes is checked in
/// `the_format_guides_check_example_gives_the_output_it_shows`.
#[test]
fn every_ron_example_in_the_format_guide_is_valid() {
    let guide = guide();
    let blocks = guide_blocks(&guide, "ron");
    let mut decks = Vec::new();
    let mut workshops = Vec::new();
    let mut fragments = 0;
    for (line, text) in &blocks {
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let code = code.trim_start();
        let at = format!("docs/formats.md:{line}");
        if code.starts_with("Deck(") {
            if text.contains("misstag") {
                continue;
            }
            decks.push(text.clone());
        } else if code.starts_with("Workshop(") {
            workshops.push(text.clone());
        } else if code.starts_with("Card(") {
            let parsed = parse::<Card>(&SourceFile::new("card.ron", text.as_str()));
            assert!(
                parsed.diagnostics.is_empty(),
                "{at}: {:?}",
                parsed.diagnostics
            );
            let card = parsed.value.expect("a card");
            assert!(!card.prompts.is_empty() && card.minutes.is_some(), "{at}");
            fragments += 1;
        } else if code.starts_with("text:") {
            // A field of a card: it shows a text over several lines with two paragraphs.
            let wrapped = format!("Card(id: \"a\", category: \"b\", title: \"c\",\n{text})");
            let parsed = parse::<Card>(&SourceFile::new("card.ron", wrapped));
            assert!(
                parsed.diagnostics.is_empty(),
                "{at}: {:?}",
                parsed.diagnostics
            );
            let card = parsed.value.expect("a card");
            assert_eq!(card.paragraphs().len(), 2, "{at}: {:?}", card.paragraphs());
            fragments += 1;
        } else if code.starts_with("/*") {
            // Comments only: inside a list they leave it empty.
            let wrapped = format!("[\n{text}]");
            let parsed = parse::<Vec<Card>>(&SourceFile::new("cards.ron", wrapped));
            assert!(
                parsed.diagnostics.is_empty(),
                "{at}: {:?}",
                parsed.diagnostics
            );
            assert_eq!(parsed.value, Some(vec![]), "{at}");
            fragments += 1;
        } else if code.starts_with("Field(") {
            let one = text.trim_end().trim_end_matches(',');
            let parsed = parse::<Field>(&SourceFile::new("field.ron", one));
            assert!(
                parsed.diagnostics.is_empty(),
                "{at}: {:?}",
                parsed.diagnostics
            );
            let field = parsed.value.expect("a field");
            assert_eq!(field.carry_over, Some(CarryOver::Plan), "{at}");
            assert!(matches!(field.kind, FieldKind::Table { .. }), "{at}");
            fragments += 1;
        } else {
            panic!("{at}: an example this test does not know; add it here:\n{text}");
        }
    }
    assert_eq!(fragments, 4, "the guide's RON fragments");
    // The fields written inline in the prose (the five kinds, the follow-up dates) parse too.
    let inline: Vec<&str> = guide
        .match_indices("`Field(")
        .filter_map(|(i, _)| {
            let rest = &guide[i + 1..];
            rest.find('`').map(|end| &rest[..end])
        })
        .filter(|text| !text.contains('…'))
        .collect();
    assert!(inline.len() >= 6, "{inline:?}");
    let mut kinds = std::collections::BTreeSet::new();
    for text in inline {
        let text = text.replace('\n', " ");
        let parsed = parse::<Field>(&SourceFile::new("field.ron", text.as_str()));
        assert!(
            parsed.diagnostics.is_empty(),
            "{text}: {:?}",
            parsed.diagnostics
        );
        let kind = parsed.value.expect("a field").kind;
        kinds.insert(
            format!("{kind:?}")
                .split([' ', '{'])
                .next()
                .map(str::to_owned),
        );
    }
    assert_eq!(
        kinds.len(),
        5,
        "every kind of field has an example: {kinds:?}"
    );
    let ([deck], [workshop]) = (&decks[..], &workshops[..]) else {
        panic!("one complete deck and one complete workshop, found {decks:?} {workshops:?}");
    };
    assert_eq!(check_texts(deck, workshop), vec![]);
    let parsed = parse::<Workshop>(&SourceFile::new("x.workshop.ron", workshop.as_str()));
    let workshop = parsed.value.expect("parses");
    assert_eq!(workshop.total_minutes(), 45);
    assert!(workshop.steps.iter().any(|s| s.pause));
    assert!(workshop.steps.iter().any(|s| !s.show.is_empty()));
    // "This deck uses every field there is": every optional field of a deck, its backs,
    // categories and cards is given somewhere.
    let deck = parse::<Deck>(&SourceFile::new("d.deck.ron", deck.as_str()))
        .value
        .expect("parses");
    assert!(deck.version.is_some() && deck.description.is_some());
    assert!(deck.credits.is_some() && deck.license.is_some());
    let back = deck.back.as_ref().expect("a back");
    assert!(back.subtitle.is_some() && back.color.is_some());
    assert!(back.style.is_some() && back.icon.is_some());
    let categories = &deck.categories;
    assert!(
        categories
            .iter()
            .any(|k| k.back.is_some() && k.icon.is_some())
    );
    assert!(
        categories
            .iter()
            .all(|k| k.symbol.is_some() && k.description.is_some())
    );
    assert!(
        deck.cards
            .iter()
            .any(|c| c.copies > 1 && !c.prompts.is_empty())
    );
    // And every field of a workshop, its roles and steps.
    assert!(workshop.deck.is_some() && workshop.description.is_some());
    assert!(!workshop.preparation.is_empty());
    assert!(workshop.roles.iter().any(|r| r.description.is_some()));
    let steps = &workshop.steps;
    assert!(
        steps
            .iter()
            .any(|s| s.facilitator_notes.is_some() && s.draw.is_some())
    );
}

/// The README's small deck example checks clean too.
#[test]
fn the_readmes_deck_example_is_valid() {
    let readme =
        std::fs::read_to_string(crate::support::root().join("README.md")).expect("README.md");
    let blocks = guide_blocks(&readme, "ron");
    let [(_, deck)] = &blocks[..] else {
        panic!("one RON example in the README, found {}", blocks.len());
    };
    let files = vec![(
        PathBuf::from("min-lek.deck.ron"),
        Some(Ok(SourceFile::new("min-lek.deck.ron", deck.as_str()))),
    )];
    let library = Library::from_sources(files, LoadOptions::default());
    let problems: Vec<String> = library.diagnostics().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(library.summary().decks, 1);
}

/// The guide's example with three mistakes gives, through `check`, exactly the lines the guide
/// shows, and after the three fixes the clean line it shows.
#[test]
fn the_format_guides_check_example_gives_the_output_it_shows() {
    let guide = guide();
    let (_, broken) = guide_blocks(&guide, "ron")
        .into_iter()
        .find(|(_, text)| text.contains("misstag 1"))
        .expect("the example with mistakes");
    let outputs: Vec<String> = guide_blocks(&guide, "")
        .into_iter()
        .map(|(_, text)| text)
        .filter(|text| text.starts_with("$ innovationslek check decks/min-lek.deck.ron"))
        .collect();
    let [before, after] = &outputs[..] else {
        panic!("two outputs of the example, found {outputs:?}");
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |text: &str| {
        let path = write(dir.path(), "decks/min-lek.deck.ron", text);
        let (_, out, err) = crate::support::run_cli(&["check", path.to_str().expect("utf-8")]);
        let prefix = format!("{}/", dir.path().display());
        format!("$ innovationslek check decks/min-lek.deck.ron\n{err}{out}").replace(&prefix, "")
    };
    assert_eq!(&run(&broken), before);
    let fixed = broken
        .replace("\"B88000\"", "\"#B88000\"")
        .replace("titel:", "title:")
        .replace("\"ide\"", "\"ideer\"");
    assert_eq!(&run(&fixed), after);
}

/// One rule: a change to the deck or the workshop, and the message and line it must give.
struct Case {
    file: &'static str,
    from: &'static str,
    to: &'static str,
    message: &'static str,
    line: usize,
}

const CASES: &[Case] = &[
    Case {
        file: "deck",
        from: "title: \"Fem varför\"",
        to: "titel: \"Fem varför\"",
        message: "unknown field `titel` in `Card`, expected one of `id`, `category`, `title`, `text`, `prompts`, `minutes`, `copies` (did you mean `title`?)",
        line: 14,
    },
    Case {
        file: "deck",
        from: "id: \"min-lek\"",
        to: "id: \"Min Lek\"",
        message: "deck id `Min Lek` is not valid",
        line: 2,
    },
    Case {
        file: "deck",
        from: "id: \"min-lek\"",
        to: "id: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
        message: "(at most 64 characters)",
        line: 2,
    },
    Case {
        file: "deck",
        from: "title: \"Min lek\",\n",
        to: "title: \"  \",\n",
        message: "the deck's `title` is empty",
        line: 3,
    },
    Case {
        file: "deck",
        from: "language: \"sv\"",
        to: "language: \"sv_SE\"",
        message: "language `sv_SE` is not a language tag",
        line: 4,
    },
    Case {
        file: "deck",
        from: "color: \"#1B4965\"),",
        to: "color: \"#1B49\"),",
        message: "`back`: color `#1B49` is not a colour: write `#RRGGBB`",
        line: 5,
    },
    Case {
        file: "deck",
        from: "CardBack(title: \"Min lek\"",
        to: "CardBack(title: \"\"",
        message: "`back`: the title is empty",
        line: 5,
    },
    Case {
        file: "deck",
        from: "color: \"#C8553D\"",
        to: "color: \"red\"",
        message: "category `forsta`: color `red` is not a colour",
        line: 7,
    },
    Case {
        file: "deck",
        from: "symbol: \"?\"",
        to: "symbol: \"abcd\"",
        message: "category `forsta`: symbol `abcd` has 4 characters",
        line: 7,
    },
    Case {
        file: "deck",
        from: "Category(id: \"ide\"",
        to: "Category(id: \"forsta\"",
        message: "category id `forsta` is used twice (first on line 7)",
        line: 8,
    },
    Case {
        file: "deck",
        from: "name: \"Idéer\"",
        to: "name: \"\"",
        message: "category `ide`: `name` is empty",
        line: 8,
    },
    Case {
        file: "deck",
        from: "category: \"forsta\"",
        to: "category: \"ideer\"",
        message: "card `forsta-fem-varfor`: category `ideer` does not exist (categories: `forsta`, `ide`)",
        line: 13,
    },
    Case {
        file: "deck",
        from: "Card(id: \"ide-1\"",
        to: "Card(id: \"forsta-fem-varfor\"",
        message: "card id `forsta-fem-varfor` is used twice (first on line 12)",
        line: 19,
    },
    Case {
        file: "deck",
        from: "Card(id: \"ide-1\"",
        to: "Card(id: \"Idé 1\"",
        message: "card id `Idé 1` is not valid",
        line: 19,
    },
    Case {
        file: "deck",
        from: "title: \"Fem varför\"",
        to: "title: \"Fem varför Fem varför Fem varför Fem varför Fem varför Fem varför Fem varför Fem varför\"",
        message: "card `forsta-fem-varfor`: the title has 87 characters, at most 80",
        line: 14,
    },
    Case {
        file: "deck",
        from: "text: \"Fråga varför fem gånger.\"",
        to: "text: \"\"",
        message: "card `forsta-fem-varfor`: `text` is empty",
        line: 15,
    },
    Case {
        file: "deck",
        from: "prompts: [\"Varför?\"]",
        to: "prompts: [\"Varför?\", \" \"]",
        message: "card `forsta-fem-varfor`: prompt 2 is empty",
        line: 16,
    },
    Case {
        file: "deck",
        from: "minutes: 10",
        to: "minutes: 0",
        message: "card `forsta-fem-varfor`: minutes is 0, expected 1 to 600",
        line: 17,
    },
    Case {
        file: "deck",
        from: "minutes: 10",
        to: "minutes: 601",
        message: "minutes is 601, expected 1 to 600",
        line: 17,
    },
    Case {
        file: "deck",
        from: "minutes: 10",
        to: "minutes: \"tio\"",
        message: "field `minutes`: expected a whole number",
        line: 17,
    },
    Case {
        file: "deck",
        from: "minutes: 10",
        to: "minutes: -5",
        message: "field `minutes`: the number is out of range",
        line: 17,
    },
    Case {
        file: "deck",
        from: "text: \"Tänk.\")",
        to: "text: \"Tänk.\", copies: 0)",
        message: "card `ide-1`: copies is 0, expected 1 to 100",
        line: 19,
    },
    Case {
        file: "deck",
        from: "text: \"Tänk.\")",
        to: "text: \"Tänk.\", copies: 101)",
        message: "card `ide-1`: copies is 101",
        line: 19,
    },
    Case {
        file: "deck",
        from: "title: \"Idé\", text: \"Tänk.\"",
        to: "title: \"Idé\"",
        message: "`Card` is missing the required field `text`",
        line: 19,
    },
    Case {
        file: "deck",
        from: "id: \"forsta-fem-varfor\",\n",
        to: "id: \"forsta-fem-varfor\"\n",
        message: "expected a comma",
        line: 13,
    },
    Case {
        file: "deck",
        from: "Deck(",
        to: "Dek(",
        message: "expected `Deck(…)` but found `Dek(…)`",
        line: 1,
    },
    Case {
        file: "deck",
        from: "Card(id: \"ide-1\", category: \"ide\", title: \"Idé\", text: \"Tänk.\"),",
        to: "",
        message: "category `ide` has no cards",
        line: 8,
    },
    Case {
        file: "workshop",
        from: "minutes: 30",
        to: "minutes: 0",
        message: "step `grund`: minutes is 0, expected 1 to 600",
        line: 12,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\"",
        to: "instructions: \"\"",
        message: "step `plan`: `instructions` is empty",
        line: 21,
    },
    Case {
        file: "workshop",
        from: "id: \"plan\",",
        to: "id: \"grund\",",
        message: "step id `grund` is used twice (first on line 10)",
        line: 18,
    },
    Case {
        file: "workshop",
        from: "title: \"Plan\"",
        to: "title: \"\"",
        message: "step `plan`: `title` is empty",
        line: 19,
    },
    Case {
        file: "workshop",
        from: "count: 1",
        to: "count: 0",
        message: "step `grund`: draw.count is 0",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "count: 1",
        to: "count: 9",
        message: "step `grund`: draw.count is 9 but category `forsta` has 1 card",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "categories: [\"forsta\"]",
        to: "categories: []",
        message: "",
        line: 0,
    },
    Case {
        file: "workshop",
        from: "categories: [\"forsta\"], count: 1",
        to: "categories: [], count: 3",
        message: "draw.count is 3 but deck `min-lek` has 2 cards",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "categories: [\"forsta\"]",
        to: "categories: [\"ideer\"]",
        message: "step `grund`: draw category `ideer` does not exist in deck `min-lek` (categories: `forsta`, `ide`)",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "deck: \"min-lek\",",
        to: "",
        message: "step `grund` has `draw` but the workshop names no deck",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "deck: \"min-lek\",",
        to: "deck: \"annan-lek\",",
        message: "deck `annan-lek` is not loaded: no deck file here has `id: \"annan-lek\"` (decks: `min-lek`)",
        line: 5,
    },
    Case {
        file: "workshop",
        from: "Field(id: \"plan-tabell\"",
        to: "Field(id: \"problem\"",
        message: "field id `problem` is used twice (also in step `grund`)",
        line: 23,
    },
    Case {
        file: "workshop",
        from: "label: \"Problem\"",
        to: "label: \"\"",
        message: "field `problem`: `label` is empty",
        line: 15,
    },
    Case {
        file: "workshop",
        from: "columns: [\"Vad\", \"Vem\"]",
        to: "columns: []",
        message: "field `plan-tabell`: a table needs at least one column",
        line: 23,
    },
    Case {
        file: "workshop",
        from: "columns: [\"Vad\", \"Vem\"]",
        to: "columns: [\"Vad\", \"Vad\"]",
        message: "field `plan-tabell`: column `Vad` appears twice",
        line: 23,
    },
    Case {
        file: "workshop",
        from: "kind: Text",
        to: "kind: Tabel",
        message: "field `kind`: unknown value `Tabel`, expected one of `Text`, `List`, `Table(columns: [...])`, `Votes(of: \"…\", dots: 3)`, `Matrix(of: \"…\", x: \"…\", y: \"…\")`",
        line: 15,
    },
    Case {
        file: "workshop",
        from: "Role(name: \"Facilitator\")",
        to: "Role(name: \"\")",
        message: "role 1 has an empty `name`",
        line: 6,
    },
    Case {
        file: "workshop",
        from: "[\"Boka rum\"]",
        to: "[\"Boka rum\", \"\"]",
        message: "preparation item 2 is empty",
        line: 7,
    },
    Case {
        file: "workshop",
        from: "language: \"sv\"",
        to: "language: \"\"",
        message: "language `` is not a language tag",
        line: 4,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\",",
        to: "instructions: \"Gör en plan.\",\n            show: [\"problem\"],",
        message: "",
        line: 0,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\",",
        to: "instructions: \"Gör en plan.\",\n            show: [\"problen\"],",
        message: "step `plan`: `show` names `problen`, which is not a field of an earlier step (fields: `problem`) (did you mean `problem`?)",
        line: 22,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\",",
        to: "instructions: \"Gör en plan.\",\n            show: [\"problem\", \"plan-tabell\"],",
        message: "step `plan`: `show` names `plan-tabell`, a field of this step",
        line: 22,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Hitta grundproblemet.\",",
        to: "instructions: \"Hitta grundproblemet.\",\n            show: [\"plan-tabell\"],",
        message: "step `grund`: `show` names `plan-tabell`, a field of the later step `plan`: a step can show only fields of steps before it",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Hitta grundproblemet.\",",
        to: "instructions: \"Hitta grundproblemet.\",\n            show: [\"ingenting\"],",
        message: "step `grund`: `show` names `ingenting`, but no earlier step has fields",
        line: 14,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\",",
        to: "instructions: \"Gör en plan.\",\n            show: [\"problem\", \"problem\"],",
        message: "step `plan`: `show` names `problem` twice",
        line: 22,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Hitta grundproblemet.\",",
        to: "instructions: \"Hitta grundproblemet.\",\n            pause: true,",
        message: "step `grund` is a break (`pause: true`) but has `draw`",
        line: 15,
    },
    Case {
        file: "workshop",
        from: "instructions: \"Gör en plan.\",",
        to: "instructions: \"Gör en plan.\",\n            pause: true,",
        message: "step `plan` is a break (`pause: true`) but has `capture`",
        line: 23,
    },
    Case {
        file: "workshop",
        from: "        Step(\n            id: \"plan\",",
        to: "        Step(id: \"fika\", title: \"Fika\", minutes: 15, instructions: \"Paus.\", pause: true),\n        Step(\n            id: \"plan\",\n            show: [\"problem\"],",
        message: "",
        line: 0,
    },
    Case {
        file: "workshop",
        from: "steps: [",
        to: "stegen: [",
        message: "unknown field `stegen` in `Workshop`",
        line: 8,
    },
];

#[test]
fn every_rule_gives_its_message_at_its_line() {
    for case in CASES {
        let (deck, workshop) = match case.file {
            "deck" => (DECK.replacen(case.from, case.to, 1), WORKSHOP.to_owned()),
            _ => (DECK.to_owned(), WORKSHOP.replacen(case.from, case.to, 1)),
        };
        assert!(
            deck != DECK || workshop != WORKSHOP,
            "case does not apply: {}",
            case.from
        );
        let found = check_texts(&deck, &workshop);
        if case.message.is_empty() {
            assert_eq!(found, vec![], "{} -> {}", case.from, case.to);
            continue;
        }
        let hit = found
            .iter()
            .find(|d| d.message.to_string().contains(case.message));
        let Some(hit) = hit else {
            panic!(
                "{} -> {}: expected `{}`, got {:#?}",
                case.from,
                case.to,
                case.message,
                found.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
        };
        assert_eq!(hit.line, Some(case.line), "{}", hit);
        assert!(hit.column.is_some(), "{hit}");
    }
}

#[test]
fn misspelt_field_unknown_category_and_bad_colour_in_one_run() {
    let deck = DECK
        .replace("title: \"Fem varför\"", "titel: \"Fem varför\"")
        .replace("category: \"ide\"", "category: \"ideer\"")
        .replace("color: \"#C8553D\"", "color: \"#C8553\"");
    let found: Vec<String> = check_texts(&deck, WORKSHOP)
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    let expected = [
        "min-lek.deck.ron:7:48: error: category `forsta`: color `#C8553` is not a colour",
        "min-lek.deck.ron:14:13: error: unknown field `titel` in `Card`",
        "min-lek.deck.ron:19:27: error: card `ide-1`: category `ideer` does not exist (categories: `forsta`, `ide`)",
    ];
    // The deck is broken, so the workshop reports its missing deck too.
    assert_eq!(found.len(), 4, "{found:#?}");
    for (line, want) in found.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "{line}\n  does not start with\n{want}"
        );
    }
    assert!(found[3].contains("deck `min-lek` has errors in min-lek.deck.ron: fix them first"));
}

#[test]
fn a_broken_file_never_hides_a_good_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good.deck.ron", DECK);
    write(dir.path(), "sub/broken.deck.ron", "Deck(id: \"x\", title: ");
    write(dir.path(), "sub/notes.ron", "()");
    write(dir.path(), "readme.txt", "not a deck");
    write(dir.path(), ".hidden/skip.deck.ron", "nonsense");
    let lib = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
    assert_eq!(lib.decks.len(), 1);
    assert_eq!(lib.decks[0].value.id, "min-lek");
    let broken: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
    assert_eq!(broken.len(), 2, "{broken:#?}");
    assert!(
        broken[0].contains("broken.deck.ron:1:21: error: the file ends too early"),
        "{}",
        broken[0]
    );
    assert!(
        broken[1].contains("notes.ron: error: unknown kind of file"),
        "{}",
        broken[1]
    );
    assert_eq!(lib.summary().files, 3);
}

#[test]
fn files_that_are_not_text_or_too_large_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bin.deck.ron");
    std::fs::write(&path, b"Deck(\n id: \"\xc3\x28\"").expect("write");
    let big = dir.path().join("big.deck.ron");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(10 * 1024 * 1024 + 1).expect("grow");
    let bom = dir.path().join("bom.deck.ron");
    std::fs::write(&bom, [b"\xEF\xBB\xBF".as_slice(), DECK.as_bytes()].concat()).expect("write");
    let lib = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
    let found: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0]
            .contains("big.deck.ron: error: the file is 10.0 MiB, more than the limit of 10 MiB"),
        "{}",
        found[0]
    );
    assert!(
        found[1].contains("bin.deck.ron:2:7: error: the file is not UTF-8"),
        "{}",
        found[1]
    );
    assert_eq!(lib.decks.len(), 1, "the file with a byte-order mark loads");
}

/// A small deterministic generator for the mutation test (no seed file, same cases everywhere).
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(text: &[u8], rng: &mut XorShift) -> Vec<u8> {
    let mut bytes = text.to_vec();
    match rng.below(5) {
        0 => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        1 => bytes.truncate(rng.below(bytes.len())),
        2 => {
            let i = rng.below(bytes.len() + 1);
            let pool = b"()[]{},:\"'#/*\\ 0-9aZ\n\xff\xc3";
            bytes.insert(i, pool[rng.below(pool.len())]);
        }
        3 => {
            let mut lines: Vec<&[u8]> = text.split(|b| *b == b'\n').collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
            bytes = lines.join(&b'\n');
        }
        _ => {
            let i = rng.below(bytes.len());
            bytes.remove(i);
        }
    }
    bytes
}

/// Characters that are more than one byte, or invisible, or both: RON's extra white space (next
/// line, the direction marks, line and paragraph separators), a combining mark, an emoji, NUL,
/// a zero-width space and a non-breaking space, and letters RON allows in field names.
const UNICODE_POOL: [&str; 14] = [
    "\u{85}",
    "\u{200e}",
    "\u{200f}",
    "\u{2028}",
    "\u{2029}",
    "\u{301}",
    "\u{1F600}",
    "\0",
    "\u{200b}",
    "\u{a0}",
    "ä",
    "Ω",
    "名",
    "\u{feff}",
];

/// A mutation that keeps the text UTF-8, so it reaches the parser and the position finder:
/// a Unicode character anywhere (in strings, comments, names or between tokens), in the
/// indentation, or inside a field name, or a field with a non-ASCII name.
fn mutate_unicode(text: &str, rng: &mut XorShift) -> String {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let at = boundaries[rng.below(boundaries.len())];
    let piece = UNICODE_POOL[rng.below(UNICODE_POOL.len())];
    let mut out = text.to_owned();
    match rng.below(5) {
        0 | 1 => out.insert_str(at, piece),
        2 => {
            // Indentation: after a line break.
            let starts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
            let at = starts.get(rng.below(starts.len())).copied().unwrap_or(0);
            out.insert_str(at, piece);
        }
        3 => {
            // Inside or next to a field name: `tit\u{200e}le:`, `äid:`.
            let names: Vec<usize> = text.match_indices(": ").map(|(i, _)| i).collect();
            let at = names.get(rng.below(names.len())).copied().unwrap_or(0);
            let back = rng.below(4).min(at);
            let mut at = at - back;
            while !out.is_char_boundary(at) {
                at -= 1;
            }
            out.insert_str(at, piece);
        }
        _ => {
            // A whole field with a non-ASCII name after an opening parenthesis.
            let opens: Vec<usize> = text.match_indices('(').map(|(i, _)| i + 1).collect();
            let at = opens.get(rng.below(opens.len())).copied().unwrap_or(0);
            out.insert_str(at, &format!("f{piece}ält: \"x{piece}\", "));
        }
    }
    if rng.below(4) == 0 {
        // Sometimes a second one, so two problems meet.
        return mutate_unicode(&out, rng);
    }
    out
}

/// Runs `cases` mutated files through the library as the app and the command line load them;
/// returns how many errors were located. Panics (fails the test) on an unlocated error or on an
/// internal error, which is a caught panic.
fn run_mutations(cases: usize, seed: u64, unicode_share: usize) -> usize {
    let workshop60 = std::fs::read_to_string(decks_dir().join("kirunamodellen-60.workshop.ron"))
        .expect("bundled workshop");
    let originals = [
        ("m.deck.ron", DECK.to_owned()),
        ("m.workshop.ron", WORKSHOP.to_owned()),
        ("k.workshop.ron", workshop60),
    ];
    let mut rng = XorShift(seed);
    let mut located = 0;
    for round in 0..cases {
        let (name, text) = &originals[round % originals.len()];
        let mutated = if round % 10 < unicode_share {
            mutate_unicode(text, &mut rng).into_bytes()
        } else {
            mutate(text.as_bytes(), &mut rng)
        };
        let source =
            innovationslek::model::parse::source_from_bytes(std::path::Path::new(name), mutated);
        let files = vec![
            (
                PathBuf::from("min-lek.deck.ron"),
                Some(Ok(SourceFile::new("min-lek.deck.ron", DECK))),
            ),
            (PathBuf::from(*name), Some(source)),
        ];
        // Only the mutated file counts: a mutated deck replaces the good one when both are decks.
        let files = if name.ends_with(".deck.ron") {
            vec![files[1].clone()]
        } else {
            files
        };
        let lib = Library::from_sources(files, LoadOptions::default());
        for d in lib.diagnostics().filter(|d| d.is_error()) {
            assert!(
                !d.message.to_string().contains("internal error"),
                "round {round} (seed {seed:#x}): {d}"
            );
            let unlocatable = d.message.to_string().contains("not loaded")
                && d.message.to_string().contains("deck `")
                || d.message.to_string().contains("is also used by");
            assert!(
                d.line.is_some() || unlocatable,
                "round {round}: unlocated error: {d}"
            );
            located += 1;
        }
    }
    located
}

#[test]
fn ten_thousand_mutations_never_panic_and_errors_are_located() {
    let located = run_mutations(10_200, 0x5EED_1234_ABCD_0001, 0);
    assert!(located > 5_000, "most mutations break the file: {located}");
}

#[test]
fn unicode_mutations_never_panic_and_errors_are_located() {
    let located = run_mutations(6_000, 0x0000_B1D1_0000_0002, 10);
    assert!(located > 1_000, "many mutations break the file: {located}");
}

/// The long run: `cargo test --release --test integration -- --ignored hundred_thousand`.
#[test]
#[ignore = "long: 100,000+ cases, run in release"]
fn a_hundred_thousand_mutations_never_panic() {
    let mut located = 0;
    for (k, seed) in [0xA1u64, 0xB2, 0xC3, 0xD4].into_iter().enumerate() {
        located += run_mutations(26_000, seed << 40 | 0x1234_5678, 3 + k * 2);
    }
    assert!(located > 50_000, "{located}");
}

/// What the property test builds its files from.
const PROPERTY_PIECES: [&str; 40] = [
    "Deck(",
    "Workshop(",
    "Card(",
    "Step(",
    "Category(",
    "Draw(",
    "Some(",
    "id",
    "title",
    "cards",
    "steps",
    "minutes",
    "categories",
    "category",
    "fields",
    "color",
    "\"d\"",
    "\"#112233\"",
    "\"sv\"",
    ": ",
    ",",
    ")",
    "[",
    "]",
    "{",
    "}",
    "5",
    "-5",
    "\"",
    "//",
    "/*",
    "*/",
    "r#\"",
    "\n",
    " ",
    "\u{85}",
    "\u{200e}",
    "\u{2028}",
    "é\u{301}",
    "\u{1F600}\0",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(400))]

    /// No text of up to a few KB, made of RON's own pieces and some hostile characters, makes
    /// loading panic (a caught panic shows as an internal error).
    #[test]
    fn no_input_makes_the_loader_panic(
        pieces in proptest::collection::vec(proptest::sample::select(PROPERTY_PIECES.to_vec()), 0..600),
        as_deck in proptest::bool::ANY,
    ) {
        let text = pieces.concat();
        let name = if as_deck { "p.deck.ron" } else { "p.workshop.ron" };
        let lib = Library::from_sources(
            vec![
                (PathBuf::from("min-lek.deck.ron"), Some(Ok(SourceFile::new("min-lek.deck.ron", DECK)))),
                (PathBuf::from(name), Some(Ok(SourceFile::new(name, text.as_str())))),
            ],
            LoadOptions::default(),
        );
        for d in lib.diagnostics() {
            proptest::prop_assert!(!d.message.to_string().contains("internal error"), "{}", d);
        }
    }

    /// Arbitrary bytes, too.
    #[test]
    fn no_bytes_make_the_loader_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..3000)) {
        let source = innovationslek::model::parse::source_from_bytes(std::path::Path::new("b.deck.ron"), bytes);
        let lib = Library::from_sources(vec![(PathBuf::from("b.deck.ron"), Some(source))], LoadOptions::default());
        for d in lib.diagnostics() {
            proptest::prop_assert!(!d.message.to_string().contains("internal error"), "{}", d);
        }
    }
}

/// One way a catalogue message can read: its text and its placeables, with every variant of a
/// select expression (`[one]`, `*[other]`) as a reading of its own.
#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    Var(String),
    /// A value between backticks (`` `{ $id }` ``): it holds no backtick itself.
    Quoted,
}

/// Every reading of a pattern: the cross product of its select expressions' variants.
fn readings(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<Vec<Piece>> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out: Vec<Vec<Piece>> = vec![Vec::new()];
    for element in &pattern.elements {
        let options: Vec<Vec<Piece>> = match element {
            PatternElement::TextElement { value } => vec![vec![Piece::Text((*value).to_owned())]],
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    variants.iter().flat_map(|v| readings(&v.value)).collect()
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    vec![vec![Piece::Var(id.name.to_owned())]]
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    vec![vec![Piece::Text((*value).to_owned())]]
                }
                other => panic!("a placeable this test does not know: {other:?}"),
            },
        };
        out = out
            .iter()
            .flat_map(|start| {
                options.iter().map(move |option| {
                    let mut reading = start.clone();
                    reading.extend(option.iter().cloned());
                    reading
                })
            })
            .collect();
    }
    // A value between backticks is an id or a name, never text with backticks of its own.
    for reading in &mut out {
        for i in 1..reading.len().saturating_sub(1) {
            let before = matches!(&reading[i - 1], Piece::Text(t) if t.ends_with('`'));
            let after = matches!(&reading[i + 1], Piece::Text(t) if t.starts_with('`'));
            if before
                && after
                && matches!(&reading[i], Piece::Var(v) if !PARTS.contains(&v.as_str()))
            {
                reading[i] = Piece::Quoted;
            }
        }
    }
    out
}

/// The English catalogue's messages of `check`, each as its readings.
fn english_catalogue() -> Vec<(String, Vec<Vec<Piece>>)> {
    let path = crate::support::root().join("i18n/en/innovationslek.ftl");
    let source = std::fs::read_to_string(&path).expect("the English catalogue");
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("it parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            // What `check` prints: the diagnostics and the summary.
            fluent_syntax::ast::Entry::Message(m)
                if ["diag-", "check-"].iter().any(|p| m.id.name.starts_with(p)) =>
            {
                m.value
                    .as_ref()
                    .map(|pattern| (m.id.name.to_owned(), readings(pattern)))
            }
            _ => None,
        })
        // A message of values and punctuation only (`{ $path }: { $reason }`) reads as almost
        // anything: it is left out. One value in quotes
        // (`diag-item-named`, `` `{ $name }` ``) stays.
        .map(|(id, readings)| {
            let readings = readings
                .into_iter()
                .filter(|r| telling(r))
                .collect::<Vec<_>>();
            (id, readings)
        })
        .collect()
}

/// The placeables that hold another message of the catalogue (`Message::part`), and those that
/// hold a space and another message or nothing (`Message::suffix`). Every other placeable holds
/// a value (an id, a number, a path), which matches any text.
const PARTS: [&str; 9] = [
    "place", "pool", "problem", "rule", "what", "why", "item", "backup", "file",
];
const SUFFIXES: [&str; 2] = ["outer", "suggestion"];

/// Whether a reading says something of its own: a word, a part, or one value in punctuation.
fn telling(reading: &[Piece]) -> bool {
    let worded = reading.iter().any(|p| match p {
        Piece::Text(t) => t.chars().any(char::is_alphabetic),
        Piece::Var(v) => PARTS.contains(&v.as_str()),
        Piece::Quoted => false,
    });
    let values = reading
        .iter()
        .filter(|p| matches!(p, Piece::Var(_) | Piece::Quoted))
        .count();
    let marked = reading
        .iter()
        .any(|p| matches!(p, Piece::Text(t) if !t.trim().is_empty()));
    worded || (values == 1 && marked)
}

struct Matcher {
    catalogue: Vec<(String, Vec<Vec<Piece>>)>,
    /// Whether a text is a message of the catalogue, for the texts tried as parts.
    seen: std::cell::RefCell<std::collections::HashMap<(String, usize), bool>>,
}

impl Matcher {
    /// The id of a catalogue message that reads exactly `text`, its parts filled with other
    /// messages.
    fn find(&self, text: &str) -> Option<&str> {
        self.catalogue
            .iter()
            .find(|(id, readings)| readings.iter().any(|r| self.reads(id, r, text, 0)))
            .map(|(id, _)| id.as_str())
    }

    fn any_message(&self, text: &str, depth: usize) -> bool {
        if depth >= 4 {
            return false;
        }
        if let Some(&known) = self.seen.borrow().get(&(text.to_owned(), depth)) {
            return known;
        }
        let found = self
            .catalogue
            .iter()
            .any(|(id, readings)| readings.iter().any(|r| self.reads(id, r, text, depth + 1)));
        self.seen
            .borrow_mut()
            .insert((text.to_owned(), depth), found);
        found
    }

    fn reads(&self, id: &str, pieces: &[Piece], text: &str, depth: usize) -> bool {
        let Some((first, rest)) = pieces.split_first() else {
            return text.is_empty();
        };
        let cuts = || (0..=text.len()).filter(|&k| text.is_char_boundary(k));
        match first {
            Piece::Text(literal) => text
                .strip_prefix(literal.as_str())
                .is_some_and(|after| self.reads(id, rest, after, depth)),
            // `found` is a suffix (`(found `…`)`) in the messages of a value in a field.
            Piece::Var(name)
                if SUFFIXES.contains(&name.as_str())
                    || (name == "found"
                        && ["diag-in-field", "diag-value-problem"].contains(&id)) =>
            {
                self.reads(id, rest, text, depth)
                    || text.strip_prefix(' ').is_some_and(|after| {
                        cuts().filter(|&k| k > 0 && k <= after.len()).any(|k| {
                            after.is_char_boundary(k)
                                && self.any_message(&after[..k], depth)
                                && self.reads(id, rest, &after[k..], depth)
                        })
                    })
            }
            Piece::Var(name) if PARTS.contains(&name.as_str()) => cuts().any(|k| {
                k > 0
                    && self.any_message(&text[..k], depth)
                    && self.reads(id, rest, &text[k..], depth)
            }),
            Piece::Var(_) => cuts().any(|k| self.reads(id, rest, &text[k..], depth)),
            Piece::Quoted => cuts()
                .take_while(|&k| !text[..k].contains('`'))
                .any(|k| self.reads(id, rest, &text[k..], depth)),
        }
    }
}

/// The messages the guide quotes as `check`'s output: the table *Other messages you may meet*
/// and the output of the example, each with the line of the guide it is on.
fn quoted_messages(guide: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_table = false;
    let mut fence: Option<bool> = None;
    for (i, line) in guide.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') {
            in_table = line.trim() == "### Other messages you may meet";
        }
        if in_table && line.starts_with("| ``") {
            // The first cell: the message between the double backticks (or triple, when the
            // message begins with a backtick).
            let cell = line.trim_start_matches("| ");
            let ticks = if cell.starts_with("```") { "```" } else { "``" };
            let body = &cell[ticks.len()..];
            let end = body.find(&format!("{ticks} |")).expect("the cell's end");
            out.push((n, body[..end].trim().to_owned()));
        }
        if line.trim_start().starts_with("```") {
            // A fence without a language holds output; `ron` and `sh` blocks do not.
            fence = match fence {
                Some(_) => None,
                None => Some(line.trim() == "```"),
            };
            continue;
        }
        if fence == Some(true) {
            // `path:line:col: error: message` lines and the summary with its numbers.
            if let Some((_, message)) = line.split_once(".ron:").and_then(|(_, rest)| {
                rest.split_once(": error: ")
                    .or_else(|| rest.split_once(": warning: "))
            }) {
                out.push((n, message.to_owned()));
            } else if line.starts_with("checked ") && line.contains(|c: char| c.is_ascii_digit()) {
                out.push((n, line.to_owned()));
            }
        }
    }
    out
}

/// Every message docs/formats.md quotes as `check`'s output is a message of the catalogue, word
/// for word (ids, numbers and paths aside), so that the guide and the program cannot drift.
#[test]
fn every_message_the_format_guide_quotes_is_in_the_catalogue() {
    let matcher = Matcher {
        catalogue: english_catalogue(),
        seen: Default::default(),
    };
    let guide = guide();
    let quoted = quoted_messages(&guide);
    assert!(quoted.len() >= 30, "{quoted:#?}");
    let mut missing = Vec::new();
    for (line, message) in &quoted {
        let message = message.strip_prefix("warning: ").unwrap_or(message);
        if matcher.find(message).is_none() {
            missing.push(format!("docs/formats.md:{line}: {message}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not in the catalogue:\n{}",
        missing.join("\n")
    );
    // The matcher itself: a word changed is found.
    assert!(
        matcher
            .find("the file ends too early: check that every `(`, `[` and `\"` is closed")
            .is_some()
    );
    let changed = "the file ends early: check that every `(`, `[` and `\"` is closed";
    assert_eq!(matcher.find(changed), None);
    assert!(
        matcher
            .find("field `minutes`: expected a whole number such as `10` (found `\"15\"`)")
            .is_some()
    );
    assert!(
        matcher
            .find("field `minutes`: expected a number such as `10` (found `\"15\"`)")
            .is_none(),
        "a part must be a message of its own: {:?}",
        matcher.find("field `minutes`: expected a number such as `10` (found `\"15\"`)")
    );
}
