//! Choosing together: dot votes and the matrix in the session engine (budget, ties, the chosen
//! set, undo through the history, a list that changes after voting), through the session file
//! and into the summary.

use std::fs;

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use innovationslek::model::{Workshop, ron_options};
use innovationslek::session::{
    Capture, CaptureEdit, MatrixEdit, Session, SessionCommand, SessionFile, SummaryData, VoteEdit,
    content_hash, read_session, render_markdown, write_session,
};

use crate::support::root;

/// A small workshop that votes on its ideas and places the top ones on a matrix.
pub const WORKSHOP: &str = r#"Workshop(
    id: "valja-test",
    title: "Välja tillsammans",
    language: "sv",
    steps: [
        Step(
            id: "ideer",
            title: "Idéer",
            minutes: 10,
            instructions: "Skriv idéer.",
            capture: [Field(id: "ideer", label: "Idéer", kind: List)],
        ),
        Step(
            id: "rosta",
            title: "Rösta",
            minutes: 10,
            instructions: "Tre prickar var.",
            show: ["ideer"],
            capture: [Field(id: "prickar", label: "Prickröstning", kind: Votes(of: "ideer", dots: 3))],
        ),
        Step(
            id: "matris",
            title: "Nytta och insats",
            minutes: 10,
            instructions: "Placera de valda idéerna.",
            capture: [
                Field(id: "matris", label: "Nytta och insats", kind: Matrix(of: "prickar", x: "Insats", y: "Nytta")),
                Field(id: "alla", label: "Alla idéer", kind: Matrix(of: "ideer", x: "Insats", y: "Nytta")),
            ],
        ),
    ],
)"#;

pub fn workshop() -> Workshop {
    ron_options()
        .from_str(WORKSHOP)
        .expect("the test workshop parses")
}

fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, 26, 13, 0, 0)
        .single()
        .expect("valid time")
}

fn at(seconds: i64) -> DateTime<Utc> {
    start().with_timezone(&Utc) + TimeDelta::seconds(seconds)
}

fn session() -> Session {
    Session::new(
        workshop(),
        content_hash(WORKSHOP),
        None,
        7,
        start(),
        at(-60),
    )
}

fn run(s: &mut Session, field: &str, edit: CaptureEdit, t: i64) {
    s.apply(
        SessionCommand::Capture {
            field: field.into(),
            edit,
        },
        at(t),
    )
    .unwrap_or_else(|e| panic!("{field}: {e}"));
}

fn vote(s: &mut Session, item: &str, dots: i32, t: i64) {
    run(
        s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::Add {
            item: item.into(),
            dots,
        }),
        t,
    );
}

const IDEAS: [&str; 5] = [
    "Ett gemensamt schema för fordonen som alla förvaltningar kan boka i",
    "Låna ut verktyg mellan enheterna",
    "Digitala nycklar till lokalerna",
    "Frukostmöte varannan vecka",
    "Samåkning till utbildningar",
];

/// A session whose group wrote five ideas, voted (with a tie) and placed the chosen ones.
pub fn voted_session() -> Session {
    let mut s = session();
    let mut t = 0;
    for idea in IDEAS {
        t += 5;
        run(&mut s, "ideer", CaptureEdit::AddItem(idea.into()), t);
    }
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::Participants(Some(4))),
        t + 10,
    );
    // 5, 3, 3, 1, 0 dots: the second and third share 2nd place.
    for (item, dots) in [(0, 5), (1, 3), (2, 3), (3, 1)] {
        for _ in 0..dots {
            t += 1;
            vote(&mut s, IDEAS[item], 1, t);
        }
    }
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::ChooseTop(2)),
        t + 5,
    );
    for (item, x, y) in [(0, 1, 1), (1, 0, 1), (2, 0, 0)] {
        t += 3;
        run(
            &mut s,
            "matris",
            CaptureEdit::Matrix(MatrixEdit::Place {
                item: IDEAS[item].into(),
                x,
                y,
            }),
            t,
        );
    }
    s
}

#[test]
fn the_test_workshop_is_valid() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("valja-test.workshop.ron"), WORKSHOP).expect("write");
    let library = innovationslek::model::Library::load(
        &[dir.path().to_path_buf()],
        innovationslek::model::LoadOptions::default(),
    );
    let problems: Vec<String> = library.diagnostics().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_vote_or_matrix_over_a_field_that_does_not_fit_is_reported() {
    let bad = WORKSHOP
        .replace(
            r#"Votes(of: "ideer", dots: 3)"#,
            r#"Votes(of: "matris", dots: 0)"#,
        )
        .replace(
            r#"Matrix(of: "ideer", x: "Insats", y: "Nytta")"#,
            r#"Matrix(of: "prickar", x: " ", y: "Nytta")"#,
        );
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("valja-test.workshop.ron"), bad).expect("write");
    let library = innovationslek::model::Library::load(
        &[dir.path().to_path_buf()],
        innovationslek::model::LoadOptions::default(),
    );
    let problems: Vec<String> = library.diagnostics().map(ToString::to_string).collect();
    let has = |text: &str| problems.iter().any(|p| p.contains(text));
    assert!(
        has("field `prickar`: dots is 0, expected 1 to 100"),
        "{problems:#?}"
    );
    assert!(
        has("field `prickar`: `of: \"matris\"` names no field before this one"),
        "{problems:#?}"
    );
    assert!(
        has("field `alla`: the matrix needs names for both axes"),
        "{problems:#?}"
    );
    // Each problem points at its line.
    assert!(
        problems
            .iter()
            .all(|p| p.contains("valja-test.workshop.ron:")),
        "{problems:#?}"
    );
}

#[test]
fn budget_ties_and_the_top_two_with_a_tie_at_the_cut() {
    let s = voted_session();
    let r = s.vote_result("prickar").expect("a votes field");
    assert_eq!(r.given, 12);
    assert_eq!(r.budget(), Some(12), "4 people × 3 dots");
    let table: Vec<(usize, Option<usize>, bool, u32)> = r
        .rows
        .iter()
        .map(|row| {
            (
                IDEAS.iter().position(|i| *i == row.item).expect("an idea"),
                row.rank,
                row.tied,
                row.dots,
            )
        })
        .collect();
    assert_eq!(
        table,
        vec![
            (0, Some(1), false, 5),
            (1, Some(2), true, 3),
            (2, Some(2), true, 3),
            (3, Some(4), false, 1),
            (4, None, false, 0),
        ]
    );
    let chosen: Vec<&str> = r.chosen().map(|r| r.item.as_str()).collect();
    assert_eq!(
        chosen,
        vec![IDEAS[0], IDEAS[1], IDEAS[2]],
        "the tie is not split"
    );
    // The matrix over the vote places exactly the chosen ideas.
    assert_eq!(s.choice_items("matris"), vec![IDEAS[0], IDEAS[1], IDEAS[2]]);
    assert_eq!(s.choice_items("alla").len(), 5);
}

#[test]
fn undo_takes_back_one_vote_and_redo_gives_it_again() {
    let mut s = voted_session();
    let before = s.vote_result("prickar").expect("votes");
    vote(&mut s, IDEAS[4], 1, 500);
    assert_eq!(s.vote_result("prickar").expect("votes").given, 13);
    assert_eq!(
        s.history().undo_action().map(|a| format!("{a:?}")),
        Some("Edited { field: \"Prickröstning\", edit: Voted }".to_owned())
    );
    s.apply(SessionCommand::Undo, at(501)).expect("undo");
    assert_eq!(s.vote_result("prickar").expect("votes"), before);
    s.apply(SessionCommand::Redo, at(502)).expect("redo");
    assert_eq!(s.vote_result("prickar").expect("votes").given, 13);
    // Two clicks in a row are two steps: one undo takes back one dot.
    vote(&mut s, IDEAS[4], 1, 503);
    s.apply(SessionCommand::Undo, at(504)).expect("undo");
    assert_eq!(s.vote_result("prickar").expect("votes").given, 13);
    // Choosing the top is one step too.
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::ChooseTop(1)),
        505,
    );
    assert_eq!(s.vote_result("prickar").expect("votes").chosen().count(), 1);
    s.apply(SessionCommand::Undo, at(506)).expect("undo");
    assert_eq!(s.vote_result("prickar").expect("votes").chosen().count(), 3);
    // A dot for an idea the list does not have is refused and changes nothing.
    let file = s.file().clone();
    let err = s
        .apply(
            SessionCommand::Capture {
                field: "prickar".into(),
                edit: CaptureEdit::Votes(VoteEdit::Add {
                    item: "Finns inte".into(),
                    dots: 1,
                }),
            },
            at(507),
        )
        .expect_err("not in the list");
    assert!(err.to_string().contains("Finns inte"), "{err}");
    assert_eq!(s.file(), &file);
}

#[test]
fn renaming_an_idea_keeps_its_dots_and_its_cell_and_one_undo_takes_both_back() {
    let mut s = voted_session();
    let renamed = "Ett gemensamt bokningsschema för fordonen";
    run(
        &mut s,
        "ideer",
        CaptureEdit::EditItem {
            index: 0,
            text: renamed.into(),
        },
        600,
    );
    let r = s.vote_result("prickar").expect("votes");
    assert_eq!(r.rows[0].item, renamed);
    assert_eq!(r.rows[0].dots, 5);
    assert!(r.rows[0].chosen);
    assert!(r.orphans.is_empty());
    let m = s.matrix_view("matris").expect("matrix");
    assert_eq!(m.quadrants[1].items, vec![renamed.to_owned()]);
    assert!(m.orphans.is_empty());
    s.apply(SessionCommand::Undo, at(601)).expect("undo");
    let r = s.vote_result("prickar").expect("votes");
    assert_eq!(r.rows[0].item, IDEAS[0]);
    assert_eq!(r.rows[0].dots, 5);
}

#[test]
fn removing_a_voted_idea_keeps_its_dots_apart_until_dropped_and_undo_brings_it_back() {
    let mut s = voted_session();
    run(&mut s, "ideer", CaptureEdit::RemoveItem(1), 700);
    let r = s.vote_result("prickar").expect("votes");
    assert_eq!(r.rows.len(), 4);
    // Its tick went with it out of the list (the list holds the chosen set); undo brings both.
    assert_eq!(r.orphans, vec![(IDEAS[1].to_owned(), 3, false)]);
    assert_eq!(r.given, 12, "its dots were given and still count");
    // The placed idea is no longer on the matrix's cells but listed apart.
    let m = s.matrix_view("matris").expect("matrix");
    assert!(
        m.quadrants
            .iter()
            .all(|q| !q.items.contains(&IDEAS[1].to_owned()))
    );
    assert_eq!(m.orphans.len(), 1);
    // The summary says so.
    let md = render_markdown(&SummaryData::build(&s, None, Vec::new()));
    assert!(
        md.contains("Prickar på idéer som inte längre finns i listan"),
        "{md}"
    );
    assert!(md.contains("Placerade men inte längre i listan"), "{md}");
    // Undo: the idea is back with its dots and its cell.
    s.apply(SessionCommand::Undo, at(701)).expect("undo");
    assert!(s.vote_result("prickar").expect("votes").orphans.is_empty());
    assert!(s.matrix_view("matris").expect("matrix").orphans.is_empty());
    // Removed again and its dots dropped: gone from the result, one undo step.
    run(&mut s, "ideer", CaptureEdit::RemoveItem(1), 702);
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::Drop(IDEAS[1].into())),
        703,
    );
    let r = s.vote_result("prickar").expect("votes");
    assert!(r.orphans.is_empty());
    assert_eq!(r.given, 9);
    run(
        &mut s,
        "matris",
        CaptureEdit::Matrix(MatrixEdit::Unplace(IDEAS[1].into())),
        704,
    );
    assert!(s.matrix_view("matris").expect("matrix").orphans.is_empty());
}

#[test]
fn matrix_placement_moving_and_taking_off() {
    let mut s = voted_session();
    // Keyboard steps: right from the low-low cell, then up; the edge holds.
    run(
        &mut s,
        "matris",
        CaptureEdit::Matrix(MatrixEdit::Step {
            item: IDEAS[2].into(),
            dx: 1,
            dy: 0,
        }),
        800,
    );
    run(
        &mut s,
        "matris",
        CaptureEdit::Matrix(MatrixEdit::Step {
            item: IDEAS[2].into(),
            dx: 1,
            dy: 1,
        }),
        801,
    );
    let m = s.matrix_view("matris").expect("matrix");
    assert_eq!(
        m.quadrants[1].items,
        vec![IDEAS[0].to_owned(), IDEAS[2].to_owned()]
    );
    // An idea that is not among the vote's chosen cannot be placed on that matrix.
    let err = s
        .apply(
            SessionCommand::Capture {
                field: "matris".into(),
                edit: CaptureEdit::Matrix(MatrixEdit::Place {
                    item: IDEAS[4].into(),
                    x: 0,
                    y: 0,
                }),
            },
            at(802),
        )
        .expect_err("not chosen");
    assert!(err.to_string().contains(IDEAS[4]));
    run(
        &mut s,
        "matris",
        CaptureEdit::Matrix(MatrixEdit::Unplace(IDEAS[0].into())),
        803,
    );
    let m = s.matrix_view("matris").expect("matrix");
    assert_eq!(m.unplaced, vec![IDEAS[0].to_owned()]);
    s.apply(SessionCommand::Undo, at(804)).expect("undo");
    assert!(s.matrix_view("matris").expect("matrix").unplaced.is_empty());
}

#[test]
fn a_session_with_votes_and_a_matrix_round_trips_through_its_file() {
    let s = voted_session();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.ron");
    write_session(&path, s.file()).expect("save");
    let loaded = read_session(&path).expect("load");
    assert_eq!(&loaded.file, s.file());
    assert!(matches!(
        loaded.file.captures.get("prickar"),
        Some(Capture::Votes(_))
    ));
    let (resumed, notices) = Session::resume(loaded.file, workshop(), &content_hash(WORKSHOP));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(resumed.vote_result("prickar"), s.vote_result("prickar"));
    assert_eq!(resumed.matrix_view("matris"), s.matrix_view("matris"));
    let text = s.file().to_ron().expect("ron");
    assert_eq!(SessionFile::from_ron(&text).expect("parses"), *s.file());
}

#[test]
fn golden_markdown_of_a_session_with_votes_and_a_matrix() {
    let s = voted_session();
    let markdown = render_markdown(&SummaryData::build(&s, None, Vec::new()));
    let golden = root().join("tests/golden/session-votes-summary.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &markdown).expect("update golden");
    }
    let expected = fs::read_to_string(&golden).expect("golden file");
    assert_eq!(
        markdown, expected,
        "run with UPDATE_GOLDEN=1 to see the difference in git"
    );
    assert!(markdown.contains("| delad 2:a | Låna ut verktyg mellan enheterna | 3 | ja |"));
    assert!(markdown.contains("_12 av 12 prickar givna (4 personer × 3)_"));
    assert!(markdown.contains("_Insats hög, Nytta hög_"));
}

#[test]
fn the_summary_pdf_draws_the_vote_and_the_matrix() {
    let s = voted_session();
    for (language, words) in [
        (
            innovationslek::session::summary::Language::Swedish,
            ["Insats låg, Nytta hög", "delad 2:a"],
        ),
        (
            innovationslek::session::summary::Language::English,
            ["Insats low, Nytta high", "tied 2nd"],
        ),
    ] {
        let mut data = SummaryData::build(&s, None, Vec::new());
        data.language = language;
        let doc = innovationslek::report::summary_document(&data);
        let has = |f: &dyn Fn(&innovationslek::pdf::Block) -> bool| doc.blocks.iter().any(f);
        assert!(has(
            &|b| matches!(b, innovationslek::pdf::Block::VoteChart(c)
            if c.bars.len() == 5 && c.bars[1].rank == words[1] && c.bars[0].value == 5)
        ));
        assert!(has(&|b| matches!(b, innovationslek::pdf::Block::Matrix(m)
            if m.cells[0].name == words[0] && m.cells[1].items.len() == 1)));
        let pdf = innovationslek::pdf::document::render_document(&doc).expect("pdf");
        assert!(pdf.pages >= 1);
    }
}

#[test]
fn version_2_files_still_load() {
    // Written by the program before votes and matrices (file version 2).
    let path = root().join("tests/golden/session-v2.ron");
    assert!(
        fs::read_to_string(&path)
            .expect("file")
            .contains("version: 2,")
    );
    let loaded = read_session(&path).expect("a version-2 file loads");
    assert_eq!(loaded.file.version, innovationslek::session::FILE_VERSION);
    assert!(loaded.file.captures.contains_key("handlingsplan"));
}

fn list_marks(s: &Session) -> Vec<bool> {
    match s.capture("ideer") {
        Some(Capture::List(items)) => items.iter().map(|i| i.chosen).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn what_the_vote_chooses_is_ticked_in_the_ideas_list_and_one_undo_takes_both_back() {
    let mut s = voted_session();
    // The top two with the tie for 2nd: three ideas, ticked in the list the vote is of.
    assert_eq!(list_marks(&s), [true, true, true, false, false]);
    let markdown = render_markdown(&SummaryData::build(&s, None, Vec::new()));
    for (i, idea) in IDEAS.iter().enumerate() {
        let line = markdown
            .lines()
            .find(|l| l.starts_with("- ") && l.contains(idea))
            .unwrap_or_else(|| panic!("{idea} in the list: {markdown}"));
        assert_eq!(line.contains("(vald)"), i < 3, "{line}");
    }
    // Un-choosing in the vote unticks the idea; one undo ticks it again.
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::Choose {
            item: IDEAS[0].into(),
            chosen: false,
        }),
        900,
    );
    assert_eq!(list_marks(&s), [false, true, true, false, false]);
    s.apply(SessionCommand::Undo, at(901)).expect("undo");
    assert_eq!(list_marks(&s), [true, true, true, false, false]);
    // One source of truth: ticking in the list chooses in the vote.
    run(
        &mut s,
        "ideer",
        CaptureEdit::SetChosen {
            index: 4,
            chosen: true,
        },
        902,
    );
    let result = s.vote_result("prickar").expect("votes");
    let chosen = |r: &innovationslek::session::VoteResult, item: &str| {
        r.rows
            .iter()
            .find(|row| row.item == item)
            .expect("row")
            .chosen
    };
    assert!(chosen(&result, IDEAS[4]));
    // Choosing the top one leaves only it ticked; an item not in the list is refused.
    run(
        &mut s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::ChooseTop(1)),
        903,
    );
    assert_eq!(list_marks(&s), [true, false, false, false, false]);
    assert!(
        s.apply(
            SessionCommand::Capture {
                field: "prickar".into(),
                edit: CaptureEdit::Votes(VoteEdit::Choose {
                    item: "Finns inte".into(),
                    chosen: true,
                }),
            },
            at(904),
        )
        .is_err()
    );
    // Clearing the vote takes the ticks away too.
    run(&mut s, "prickar", CaptureEdit::Votes(VoteEdit::Clear), 905);
    assert_eq!(list_marks(&s), [false; 5]);
}

#[test]
fn a_file_whose_vote_held_the_marks_opens_with_them_ticked_in_the_list() {
    let s = voted_session();
    let mut file: SessionFile = s.file().clone();
    if let Some(Capture::List(items)) = file.captures.get_mut("ideer") {
        for item in items {
            item.chosen = false;
        }
    }
    if let Some(Capture::Votes(v)) = file.captures.get_mut("prickar") {
        v.chosen = vec![
            IDEAS[1].to_owned(),
            "En idé som inte längre finns".to_owned(),
        ];
    }
    let (resumed, _) = Session::resume(file, workshop(), &content_hash(WORKSHOP));
    assert_eq!(list_marks(&resumed), [false, true, false, false, false]);
    let result = resumed.vote_result("prickar").expect("votes");
    assert_eq!(
        result.chosen().map(|r| r.item.as_str()).collect::<Vec<_>>(),
        vec![IDEAS[1]]
    );
    // The mark of an idea no longer in the list stays with the vote, shown apart.
    assert!(
        result
            .orphans
            .iter()
            .any(|(item, _, chosen)| item == "En idé som inte längre finns" && *chosen)
    );
}
