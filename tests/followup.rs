//! The action plan that comes back: plan rows' status and due date, a follow-up started from an
//! earlier session, the calendar (`.ics`) and the Word protocol (`.docx`), in the engine, on the
//! command line and in the app.

use std::io::Read as _;
use std::path::Path;
use std::str::FromStr as _;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, TimeZone, Utc};
use egui::{Key, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use innovationslek::app::{App, Command, PersistedState, View};
use innovationslek::model::{Library, LoadOptions, Workshop};
use innovationslek::session::followup::open_rows;
use innovationslek::session::{
    Capture, CaptureEdit, RowStatus, Session, SessionCommand, SessionStore, SummaryData,
    content_hash, read_session, render_markdown,
};
use innovationslek::ui::i18n::Language;

use crate::support::{decks_dir, run_cli};

fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, 26, 13, 0, 0)
        .single()
        .expect("time")
}

fn at(minutes: i64) -> DateTime<Utc> {
    start().with_timezone(&Utc) + TimeDelta::minutes(minutes)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn bundled(id: &str) -> (Workshop, String, innovationslek::model::Deck) {
    let library = Library::load(&[decks_dir()], LoadOptions::default());
    let w = library.workshop(id).expect("bundled workshop");
    let deck = library.deck("innovationslek").expect("deck").value.clone();
    (w.value.clone(), content_hash(&w.source.text), deck)
}

fn new_session(id: &str, minutes: i64) -> Session {
    let (workshop, hash, deck) = bundled(id);
    let planned = start() + TimeDelta::days(minutes / (24 * 60));
    Session::new(workshop, hash, Some(&deck), 7, planned, at(minutes))
}

fn edit(session: &mut Session, field: &str, edit: CaptureEdit, minute: i64) {
    session
        .apply(
            SessionCommand::Capture {
                field: field.into(),
                edit,
            },
            at(minute),
        )
        .expect("edit");
}

/// The plan rows of the first session: full sentences in every cell, and each status once.
const PLAN: [[&str; 5]; 5] = [
    [
        "Utse en ärendeägare för varje inkommen fråga",
        "Beslut i ledningsgruppen & en rutin på intranätet",
        "Vecka 50",
        "Verksamhetsutveckling och juridik",
        "Anna Lind",
    ],
    [
        "Testa ett svar inom två dagar med tio ärenden",
        "Mät tiden från fråga till svar i diariet",
        "Januari",
        "Registrator och handläggare",
        "Omar Said",
    ],
    [
        "Skriv ett mallsvar för de vanligaste frågorna",
        "Samla tjugo svar från förra året och välj ut",
        "December",
        "Kommunikatör",
        "Eva Berg",
    ],
    [
        "Köp ett nytt ärendesystem",
        "Upphandling, om budgeten räcker",
        "Nästa år",
        "Upphandlare",
        "Nils Ek",
    ],
    [
        "Berätta för invånarna vad som händer",
        "Ett inlägg på webben och i sociala medier",
        "Februari",
        "Kommunikatör",
        "Eva Berg",
    ],
];

/// A finished Kirunamodellen 135 session whose plan has each status: rows 0 and 4 are open
/// (not said, not started), row 1 in progress, row 2 done, row 3 stopped.
fn planned_session() -> Session {
    planned_session_in("kirunamodellen-135", false)
}

/// [`planned_session`] in a workshop with the same fields (the 135 in Swedish or English), and
/// with the group's ideas voted on and placed on the matrix when `voted` ([`vote_and_place`]).
fn planned_session_in(workshop: &str, voted: bool) -> Session {
    let mut s = new_session(workshop, 0);
    if voted {
        vote_and_place(&mut s);
    }
    s.apply(SessionCommand::Start, at(1)).expect("start");
    for (r, row) in PLAN.iter().enumerate() {
        edit(&mut s, "handlingsplan", CaptureEdit::AddRow, 2);
        for (c, text) in row.iter().enumerate() {
            edit(
                &mut s,
                "handlingsplan",
                CaptureEdit::SetCell {
                    row: r,
                    column: c,
                    text: (*text).into(),
                },
                3,
            );
        }
    }
    for (row, status) in [
        (1, RowStatus::InProgress),
        (2, RowStatus::Done),
        (3, RowStatus::Stopped),
        (4, RowStatus::NotStarted),
    ] {
        edit(
            &mut s,
            "handlingsplan",
            CaptureEdit::SetStatus {
                row,
                status: Some(status),
            },
            4,
        );
    }
    edit(
        &mut s,
        "handlingsplan",
        CaptureEdit::SetDue {
            row: 0,
            due: Some(date(2026, 12, 11)),
        },
        5,
    );
    edit(
        &mut s,
        "handlingsplan",
        CaptureEdit::SetDue {
            row: 1,
            due: Some(date(2027, 1, 29)),
        },
        5,
    );
    for item in [
        "2027-01-14 kl 13 i Stadshuset",
        "2027-03-04",
        "om ett halvår",
    ] {
        edit(
            &mut s,
            "uppfoljningar",
            CaptureEdit::AddItem(item.into()),
            6,
        );
    }
    s.apply(SessionCommand::Finish, at(130)).expect("finish");
    s
}

#[test]
fn status_and_due_follow_their_rows_undo_and_round_trip() {
    let mut s = planned_session();
    assert_eq!(
        s.row_states("handlingsplan")[2].status,
        Some(RowStatus::Done)
    );
    s.apply(SessionCommand::Reopen, at(131)).expect("reopen");
    // Moving a row takes its status with it; undo puts both back.
    edit(
        &mut s,
        "handlingsplan",
        CaptureEdit::MoveRow { from: 2, to: 0 },
        132,
    );
    assert_eq!(
        s.row_states("handlingsplan")[0].status,
        Some(RowStatus::Done)
    );
    assert_eq!(
        s.row_states("handlingsplan")[1].due,
        Some(date(2026, 12, 11))
    );
    s.apply(SessionCommand::Undo, at(133)).expect("undo");
    assert_eq!(
        s.row_states("handlingsplan")[2].status,
        Some(RowStatus::Done)
    );
    let before = s.row_states("handlingsplan").to_vec();
    // A status change is one undo step with its own words.
    edit(
        &mut s,
        "handlingsplan",
        CaptureEdit::SetStatus {
            row: 0,
            status: Some(RowStatus::Done),
        },
        134,
    );
    assert_eq!(
        s.history().undo_action(),
        Some(&innovationslek::session::Action::Edited {
            field: "Handlingsplan".into(),
            edit: innovationslek::session::EditKind::Status,
        })
    );
    s.apply(SessionCommand::Undo, at(135)).expect("undo");
    assert_eq!(s.row_states("handlingsplan"), before.as_slice());
    // Removing a row removes its state; a status on a row that is not there is refused.
    edit(&mut s, "handlingsplan", CaptureEdit::RemoveRow(0), 136);
    assert_eq!(
        s.row_states("handlingsplan")[0].status,
        Some(RowStatus::InProgress)
    );
    let refused = s.apply(
        SessionCommand::Capture {
            field: "handlingsplan".into(),
            edit: CaptureEdit::SetStatus {
                row: 9,
                status: None,
            },
        },
        at(137),
    );
    assert!(refused.is_err());

    // Through the file and back, unchanged; the file is version 3.
    let dir = tempfile::tempdir().expect("dir");
    let store = SessionStore::new(dir.path());
    let path = store.save_new(&mut s).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("version: 3"), "{text}");
    assert!(text.contains("status: InProgress"), "{text}");
    assert!(text.contains("due: \"2027-01-29\""), "{text}");
    let loaded = read_session(&path).expect("load");
    assert_eq!(&loaded.file, s.file());
}

#[test]
fn a_version_2_file_still_loads_with_no_row_states() {
    let golden = crate::support::root().join("tests/golden/session-v2.ron");
    let loaded = read_session(&golden).expect("the version-2 file loads");
    assert!(loaded.file.plan_rows.is_empty());
    assert!(loaded.file.follows.is_none());
    assert_eq!(loaded.file.version, innovationslek::session::FILE_VERSION);
}

#[test]
fn the_summary_shows_status_and_due_columns_only_when_there_are_some() {
    let s = planned_session();
    let md = render_markdown(&SummaryData::build(&s, None, Vec::new()));
    assert!(
        md.contains("| Vad | Hur | När | Vilka kompetenser | Vem | Status | Klart senast |"),
        "{md}"
    );
    assert!(md.contains("| Köp ett nytt ärendesystem | Upphandling, om budgeten räcker | Nästa år | Upphandlare | Nils Ek | stoppad |   |"), "{md}");
    assert!(md.contains("| pågår | 29 januari 2027 |"), "{md}");
    let plain = new_session("kirunamodellen-135", 0);
    let md = render_markdown(&SummaryData::build(&plain, None, Vec::new()));
    assert!(!md.contains("Klart senast"), "{md}");
}

/// Every `YYYY-MM-DD` written in a text, outside `code` spans (identifiers), with the given ids
/// taken out first.
fn iso_dates(text: &str, ids: &[&str]) -> Vec<String> {
    let mut text = text.to_owned();
    for id in ids {
        text = text.replace(id, "");
    }
    let prose: Vec<char> = text
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let digit = |c: &char| c.is_ascii_digit();
    prose
        .windows(10)
        .filter(|w| {
            w[..4].iter().all(digit)
                && w[4] == '-'
                && w[5..7].iter().all(digit)
                && w[7] == '-'
                && w[8..].iter().all(digit)
        })
        .map(|w| w.iter().collect())
        .collect()
}

#[test]
fn the_summaries_write_follow_up_and_due_dates_in_words_never_as_iso() {
    let dir = tempfile::tempdir().expect("dir");
    let (earlier, follow) = follow_up_of_saved(dir.path());
    let ids = [earlier.id(), follow.id()];
    let english = planned_session_in("kirunamodellen-135-en", false);
    for (session, words) in [
        (
            &earlier,
            &[
                "14 januari 2027 kl 13 i Stadshuset",
                "4 mars 2027",
                "| pågår | 29 januari 2027 |",
            ][..],
        ),
        (
            &follow,
            &[
                "26 november 2026)",
                "–, klart senast 11 december 2026",
                "pågår, klart senast 29 januari 2027",
            ][..],
        ),
        (
            &english,
            &["14 January 2027 kl 13 i Stadshuset", "| 29 January 2027 |"][..],
        ),
    ] {
        let data = SummaryData::build(session, None, Vec::new());
        let md = render_markdown(&data);
        assert_eq!(iso_dates(&md, &ids), Vec::<String>::new(), "{md}");
        for word in words {
            assert!(md.contains(word), "{word} missing:\n{md}");
        }
        let docx = innovationslek::export::docx::protocol(&data).expect("docx");
        let text = texts(&document_xml(&docx)).join("\n");
        assert_eq!(iso_dates(&text, &ids), Vec::<String>::new(), "{text}");
        // The same words, cell by cell.
        for word in words.iter().flat_map(|w| w.split('|')) {
            let word = word.trim().trim_end_matches(')');
            assert!(text.contains(word), "{word} missing in the .docx:\n{text}");
        }
        let pdf = format!(
            "{:?}",
            innovationslek::report::summary_document(&data).blocks
        );
        assert_eq!(iso_dates(&pdf, &ids), Vec::<String>::new(), "{pdf}");
    }
    // The calendar still reads the dates the group wrote.
    assert_eq!(innovationslek::export::ics::calendar(&earlier).events, 4);
}

/// Saves the planned session in a store and starts a follow-up from the file, as the app and
/// the command line do.
fn follow_up_of_saved(dir: &Path) -> (Session, Session) {
    let store = SessionStore::new(dir);
    let mut first = planned_session();
    let path = store.save_new(&mut first).expect("save");
    let loaded = read_session(&path).expect("load");
    let (w, hash, _) = bundled("kirunamodellen-135");
    let (earlier, _) = Session::resume(loaded.file, w, &hash);
    let mut follow = new_session("kirunamodellen-uppfoljning", 6 * 7 * 24 * 60);
    let n = follow.follow_up(&earlier).expect("follow-up");
    assert_eq!(n, 3);
    (earlier, follow)
}

#[test]
fn a_follow_up_from_a_saved_session_lists_exactly_its_open_rows() {
    let dir = tempfile::tempdir().expect("dir");
    let (earlier, mut follow) = follow_up_of_saved(dir.path());
    assert_eq!(open_rows(&earlier).len(), 3);
    let Some(Capture::Table(rows)) = follow.capture("status") else {
        panic!("the carried table");
    };
    // Vad, Hur, När, Vem by name; the lesson column starts empty.
    assert_eq!(
        rows,
        &vec![
            vec![
                PLAN[0][0].to_owned(),
                PLAN[0][1].to_owned(),
                PLAN[0][2].to_owned(),
                PLAN[0][4].to_owned(),
                String::new()
            ],
            vec![
                PLAN[1][0].to_owned(),
                PLAN[1][1].to_owned(),
                PLAN[1][2].to_owned(),
                PLAN[1][4].to_owned(),
                String::new()
            ],
            vec![
                PLAN[4][0].to_owned(),
                PLAN[4][1].to_owned(),
                PLAN[4][2].to_owned(),
                PLAN[4][4].to_owned(),
                String::new()
            ],
        ]
    );
    let states = follow.row_states("status");
    assert_eq!(
        states.iter().map(|s| s.status).collect::<Vec<_>>(),
        vec![
            None,
            Some(RowStatus::InProgress),
            Some(RowStatus::NotStarted)
        ]
    );
    assert_eq!(states[0].due, Some(date(2026, 12, 11)));
    let origin = follow.follows().expect("linked");
    assert_eq!(origin.session, earlier.id());
    assert_eq!(origin.planned_start, start());

    // The group updates the rows: the summary shows before → now, and links back.
    let t = 6 * 7 * 24 * 60 + 10;
    follow.apply(SessionCommand::GoTo(1), at(t)).expect("go");
    edit(
        &mut follow,
        "status",
        CaptureEdit::SetStatus {
            row: 1,
            status: Some(RowStatus::Done),
        },
        t,
    );
    edit(
        &mut follow,
        "status",
        CaptureEdit::SetCell {
            row: 1,
            column: 4,
            text: "Svaren kom fram på en dag när registratorn fick frågan först".into(),
        },
        t + 1,
    );
    edit(&mut follow, "status", CaptureEdit::RemoveRow(2), t + 2);
    let md = render_markdown(&SummaryData::build(&follow, None, Vec::new()));
    let id = earlier.id();
    assert!(
        md.contains(&format!(
            "- **Uppföljning av:** Kirunamodellen 135 (`{id}`, 26 november 2026)"
        )),
        "{md}"
    );
    assert!(md.contains("## Så har planen gått"), "{md}");
    assert!(
        md.contains(&format!(
            "| {} | –, klart senast 11 december 2026 | –, klart senast 11 december 2026 |   |",
            PLAN[0][0]
        )),
        "{md}"
    );
    assert!(md.contains(&format!("| {} | pågår, klart senast 29 januari 2027 | klar, klart senast 29 januari 2027 | Svaren kom fram på en dag när registratorn fick frågan först |", PLAN[1][0])), "{md}");
    assert!(
        md.contains(&format!(
            "| {} | ej påbörjad | togs bort ur uppföljningen |   |",
            PLAN[4][0]
        )),
        "{md}"
    );

    // The link and the carried rows survive the file.
    let store = SessionStore::new(dir.path());
    let path = store.save_new(&mut follow).expect("save");
    assert_eq!(&read_session(&path).expect("load").file, follow.file());

    // A workshop that takes no plan over, and a session already begun, are refused.
    let mut plain = new_session("kirunamodellen-60", 0);
    let e = plain.follow_up(&earlier).expect_err("no carry_over");
    assert!(e.to_string().contains("carry_over: Plan"), "{e}");
    let e = follow.follow_up(&earlier).expect_err("begun");
    assert!(e.to_string().contains("already begun"), "{e}");
}

#[test]
fn a_follow_up_of_a_follow_up_takes_what_is_still_open_from_both_tables() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut follow) = follow_up_of_saved(dir.path());
    let t = 6 * 7 * 24 * 60 + 10;
    edit(
        &mut follow,
        "status",
        CaptureEdit::SetStatus {
            row: 0,
            status: Some(RowStatus::Done),
        },
        t,
    );
    edit(&mut follow, "handlingsplan", CaptureEdit::AddRow, t);
    edit(
        &mut follow,
        "handlingsplan",
        CaptureEdit::SetCell {
            row: 0,
            column: 0,
            text: "Ny uppgift efter beslutet att ändra planen".into(),
        },
        t + 1,
    );
    let mut second = new_session("kirunamodellen-uppfoljning", 12 * 7 * 24 * 60);
    assert_eq!(second.follow_up(&follow).expect("second"), 3);
    let Some(Capture::Table(rows)) = second.capture("status") else {
        panic!("rows");
    };
    let firsts: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        firsts,
        vec![
            PLAN[1][0],
            PLAN[4][0],
            "Ny uppgift efter beslutet att ändra planen"
        ]
    );
}

// ---------------------------------------------------------------- calendar

/// The content lines of an `.ics` text, checked for CRLF ends and 75-octet folding, unfolded.
fn ics_lines(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let raw: Vec<&str> = text.split("\r\n").collect();
    let mut out: Vec<String> = Vec::new();
    for line in &raw[..raw.len() - 1] {
        assert!(!line.contains('\n'), "a bare LF in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if let Some(rest) = line.strip_prefix(' ') {
            out.last_mut()
                .expect("a folded line continues one")
                .push_str(rest);
        } else {
            out.push((*line).to_owned());
        }
    }
    out
}

#[test]
fn the_calendar_has_every_date_as_an_all_day_event_and_parses_back() {
    let s = planned_session();
    let export = innovationslek::export::ics::calendar(&s);
    assert_eq!(export.events, 4, "{}", export.text);
    assert_eq!(export.undated, vec!["om ett halvår".to_owned()]);
    let lines = ics_lines(&export.text);
    for date in ["20270114", "20270304", "20261211", "20270129"] {
        assert!(
            lines.contains(&format!("DTSTART;VALUE=DATE:{date}")),
            "{date} missing:\n{}",
            export.text
        );
    }
    assert!(lines.contains(&"DTEND;VALUE=DATE:20270115".to_owned()));
    assert!(
        lines.contains(&"SUMMARY:Uppföljning: Kirunamodellen 135 – kl 13 i Stadshuset".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Klart senast: Testa ett svar inom två dagar"))
    );
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with("DTSTAMP") || l == "DTSTAMP:20261126T141000Z"),
        "{lines:#?}"
    );
    assert!(!export.text.contains("ICALENDAR-RS"));
    // A long description is folded, and unfolds to what was written.
    assert!(export.text.contains("\r\n "), "something is folded");
    let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), 4);
    let unique: std::collections::HashSet<&&String> = uids.iter().collect();
    assert_eq!(unique.len(), 4);
    // The same session gives the same file: a calendar updates its events.
    assert_eq!(innovationslek::export::ics::calendar(&s).text, export.text);
    // And a calendar reader reads it back.
    let parsed = icalendar::Calendar::from_str(&export.text).expect("parses");
    use icalendar::Component;
    let starts: Vec<String> = parsed
        .events()
        .map(|e| format!("{:?}", e.get_start().expect("start")))
        .collect();
    assert_eq!(starts.len(), 4);
    assert!(
        starts.iter().any(|s| s.contains("2027-01-14")),
        "{starts:?}"
    );
    assert!(
        parsed
            .events()
            .all(|e| e.get_summary().is_some() && e.get_uid().is_some())
    );
}

// ---------------------------------------------------------------- Word

fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8");
    xml
}

/// The text of every `<w:t>` of a document, unescaped, in order.
fn texts(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t") {
        rest = &rest[i..];
        // `<w:tbl>`, `<w:tc>`, `<w:tr>` … are not text.
        if !(rest.starts_with("<w:t>") || rest.starts_with("<w:t ")) {
            rest = &rest[4..];
            continue;
        }
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let Some(close) = rest.find("</w:t>") else {
            break;
        };
        if rest[..open_end].ends_with('/') {
            rest = &rest[open_end + 1..];
            continue;
        }
        out.push(
            rest[open_end + 1..close]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &rest[close + 6..];
    }
    out
}

#[test]
fn the_word_protocol_has_every_plan_cell_in_a_real_table() {
    let s = planned_session();
    let data = SummaryData::build(&s, None, Vec::new());
    let bytes = innovationslek::export::docx::protocol(&data).expect("docx");
    let xml = document_xml(&bytes);
    let words = texts(&xml);
    for row in PLAN {
        for cell in row {
            assert!(words.iter().any(|w| w == cell), "{cell} missing");
        }
    }
    for word in [
        "Status",
        "Klart senast",
        "klar",
        "stoppad",
        "29 januari 2027",
        "Handlingsplan",
        "Tid per steg",
        "Planerat (min)",
        // The date as the Markdown and PDF summaries write it.
        "26 november 2026",
    ] {
        assert!(words.iter().any(|w| w == word), "{word} missing: {words:?}");
    }
    // The plan and the time table are Word tables, with headings before them.
    assert!(xml.matches("<w:tbl>").count() >= 2, "tables");
    assert!(xml.contains("w:val=\"Heading1\""), "headings");
    // The same session gives the same file.
    assert_eq!(
        innovationslek::export::docx::protocol(&data).expect("docx"),
        bytes
    );
    // Its properties name it and its language (not the writer's "unknown"), and its text is
    // Swedish for Word's spelling check; its own style has a Swedish name.
    let part = |name: &str| {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("a zip");
        let mut xml = String::new();
        zip.by_name(name)
            .expect("part")
            .read_to_string(&mut xml)
            .expect("utf-8");
        xml
    };
    let core = part("docProps/core.xml");
    assert!(!core.contains("unknown"), "{core}");
    assert!(
        core.contains("<dc:creator>Innovationslek</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>sv-SE</dc:language>"), "{core}");
    assert!(core.contains("– sammanfattning</dc:title>"), "{core}");
    let styles = part("word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"sv-SE\" />"), "{styles}");
    assert!(styles.contains("w:val=\"Listrad\""), "{styles}");
}

// ---------------------------------------------------------------- command line

#[test]
fn the_command_line_starts_a_follow_up_and_writes_ics_and_docx() {
    let dir = tempfile::tempdir().expect("dir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let mut first = planned_session();
    let path = store.save_new(&mut first).expect("save");
    let file = path.to_str().expect("utf-8");
    let decks = decks_dir();
    let decks = decks.to_str().expect("utf-8");

    let ics = dir.path().join("plan.ics");
    let (code, out, err) = run_cli(&[
        "--decks",
        decks,
        "summary",
        file,
        "--format",
        "ics",
        "-o",
        ics.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), ics.display().to_string());
    assert!(
        err.contains("the follow-up \"om ett halvår\" has no date"),
        "{err}"
    );
    assert_eq!(
        ics_lines(&std::fs::read_to_string(&ics).expect("ics"))
            .iter()
            .filter(|l| l.starts_with("BEGIN:VEVENT"))
            .count(),
        4
    );

    let docx = dir.path().join("protokoll.docx");
    let (code, _, err) = run_cli(&[
        "--decks",
        decks,
        "summary",
        file,
        "--format",
        "docx",
        "-o",
        docx.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    let words = texts(&document_xml(&std::fs::read(&docx).expect("docx")));
    assert!(words.iter().any(|w| w == PLAN[3][1]));

    let sessions = dir.path().join("sessions");
    let sessions = sessions.to_str().expect("utf-8");
    let (code, out, err) = run_cli(&[
        "--decks",
        decks,
        "session",
        "start",
        "kirunamodellen-uppfoljning",
        "--from",
        file,
        "--start",
        "09:00",
        "--seed",
        "5",
        "--sessions",
        sessions,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("3 open action plan rows carried over"),
        "{err}"
    );
    let created = read_session(Path::new(out.trim())).expect("the follow-up's file");
    assert_eq!(
        created.file.follows.as_ref().map(|f| f.session.as_str()),
        Some(first.id())
    );
    assert_eq!(created.file.seed, 5);
    assert!(out.trim().contains("kirunamodellen-uppfoljning-"), "{out}");

    // Errors: exit 1 with what is wrong; a usage error is 2.
    let (code, _, err) = run_cli(&[
        "--decks",
        decks,
        "session",
        "start",
        "kirunamodellen-uppfoljning",
        "--from",
        "no/such/session.ron",
        "--sessions",
        sessions,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no/such/session.ron"), "{err}");
    let (code, _, err) = run_cli(&[
        "--decks",
        decks,
        "session",
        "start",
        "kirunamodellen-60",
        "--from",
        file,
        "--sessions",
        sessions,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("takes over no earlier plan"), "{err}");
    let (code, _, err) = run_cli(&[
        "--decks",
        decks,
        "session",
        "start",
        "kirunamodellen-uppfoljning",
        "--start",
        "25:00",
        "--sessions",
        sessions,
    ]);
    // A start that is not a clock time is a usage error, as for `guide --start`.
    assert_eq!(code, 2);
    assert!(err.contains("25:00"), "{err}");
    let (code, _, _) = run_cli(&["--decks", decks, "summary", file, "--format", "odt"]);
    assert_eq!(code, 2);
    // A session with no dates has no calendar.
    let mut plain = new_session("kirunamodellen-60", 0);
    let plain_path = store.save_new(&mut plain).expect("save");
    let (code, _, err) = run_cli(&[
        "--decks",
        decks,
        "summary",
        plain_path.to_str().expect("utf-8"),
        "--format",
        "ics",
        "-o",
        dir.path().join("none.ics").to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no dates for a calendar"), "{err}");
    assert!(!dir.path().join("none.ics").exists());
}

// ---------------------------------------------------------------- the app

/// Fails unless some label or widget shows `needle`.
fn shows(harness: &Harness<'static, App>, needle: &str) {
    use egui_kittest::kittest::By;
    let needle = needle.to_owned();
    let wanted = needle.clone();
    let found = harness
        .query_all(By::new().predicate(move |n| {
            n.label().is_some_and(|l| l.contains(&wanted))
                || n.value().is_some_and(|v| v.contains(&wanted))
        }))
        .count();
    assert!(found > 0, "nothing shows {needle}");
}

#[test]
fn the_app_starts_a_follow_up_from_a_summary_and_updates_a_row_by_keyboard() {
    let dir = tempfile::tempdir().expect("dir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let mut first = planned_session();
    store.save_new(&mut first).expect("save");
    let state = PersistedState {
        language: Language::Swedish,
        ..PersistedState::default()
    };
    let mut app = App::with_state(decks_dir(), state, false);
    app.set_store(Some(store));
    app.exports_dir = dir.path().join("exports");
    app.clock_override = Some(at(6 * 7 * 24 * 60));
    app.apply(Command::OpenSession(first.id().to_owned()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();

    // The finished session's summary page: calendar and Word buttons write their files.
    harness.get_by_label("Spara kalender (.ics)").click();
    // One frame: the job starts (its spinner turns until the answer, so no run to rest).
    harness.step();
    harness
        .state_mut()
        .wait_for_files(std::time::Duration::from_secs(120));
    harness.run();
    let ics = dir
        .path()
        .join("exports")
        .join(format!("{}-sammanfattning.ics", first.id()));
    assert!(ics.exists(), "{:?}", harness.state().session_error);
    shows(&harness, &format!("{}-sammanfattning.ics", first.id()));
    harness.get_by_label("Spara protokoll (Word .docx)").click();
    // One frame: the job starts (its spinner turns until the answer, so no run to rest).
    harness.step();
    harness
        .state_mut()
        .wait_for_files(std::time::Duration::from_secs(120));
    harness.run();
    assert!(
        dir.path()
            .join("exports")
            .join(format!("{}-sammanfattning.docx", first.id()))
            .exists()
    );

    harness.get_by_label("Starta uppföljning").click();
    harness.run();
    let follow = &harness
        .state()
        .session
        .as_ref()
        .expect("the follow-up")
        .session;
    assert_eq!(follow.workshop().id, "kirunamodellen-uppfoljning");
    assert_eq!(
        follow.follows().map(|f| f.session.as_str()),
        Some(first.id())
    );
    assert!(matches!(harness.state().view, View::Session(_)));

    // To the plan step, and row 2 is done: by keyboard, on the status button.
    harness.key_press(Key::N);
    harness.run();
    assert_eq!(
        harness
            .state()
            .session
            .as_ref()
            .expect("s")
            .session
            .current(),
        1
    );
    // The carried plan names the earlier session and its date in words, as the summaries do.
    shows(&harness, &format!("Från {} (26 november 2026)", first.id()));
    let button = harness.get_by_label("Status för rad 2 – Status per uppgift: klar");
    button.focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let follow = &harness.state().session.as_ref().expect("s").session;
    assert_eq!(follow.row_states("status")[1].status, Some(RowStatus::Done));

    // A due date that is no date is explained and not saved; a real one is saved.
    let due =
        harness.get_by_role_and_label(Role::TextInput, "Klart senast, rad 3 – Status per uppgift");
    due.focus();
    due.type_text("2027-02-30");
    harness.run();
    shows(&harness, "ingen dag i kalendern");
    assert_eq!(
        harness
            .state()
            .session
            .as_ref()
            .expect("s")
            .session
            .row_states("status")[2]
            .due,
        None
    );
    harness.key_press(Key::Backspace);
    harness.key_press(Key::Backspace);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Klart senast, rad 3 – Status per uppgift")
        .type_text("26");
    harness.run();
    assert_eq!(
        harness
            .state()
            .session
            .as_ref()
            .expect("s")
            .session
            .row_states("status")[2]
            .due,
        Some(date(2027, 2, 26))
    );
}

#[test]
fn carry_over_is_checked_in_workshop_files() {
    let dir = tempfile::tempdir().expect("dir");
    crate::support::write(
        dir.path(),
        "f.workshop.ron",
        r#"Workshop(id: "f", title: "F", language: "sv", steps: [
            Step(id: "a", title: "A", minutes: 5, instructions: "Gör.", capture: [
                Field(id: "lista", label: "Lista", kind: List, carry_over: Plan),
                Field(id: "t1", label: "T1", kind: Table(columns: ["Vad"]), carry_over: Plan),
                Field(id: "t2", label: "T2", kind: Table(columns: ["Vad"]), carry_over: Plan),
            ]),
        ])"#,
    );
    let (code, _, err) = run_cli(&["check", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("field `lista`: `carry_over` needs a table field"),
        "{err}"
    );
    assert!(
        err.contains("field `t2`: `carry_over` is already on field `t1`"),
        "{err}"
    );
    // The first table with it is fine: no error is about `t1` itself.
    assert!(
        !err.lines().any(|l| l.contains("error: field `t1`")),
        "{err}"
    );
}

/// Where a test keeps what it rendered for a person to look at (`INNOVATIONSLEK_KEEP_RENDERS`),
/// or a temporary folder.
fn render_dir() -> (Option<tempfile::TempDir>, std::path::PathBuf) {
    match std::env::var_os("INNOVATIONSLEK_KEEP_RENDERS") {
        Some(dir) => {
            let dir = std::path::PathBuf::from(dir);
            std::fs::create_dir_all(&dir).expect("render dir");
            (None, dir)
        }
        None => {
            let t = tempfile::tempdir().expect("dir");
            let p = t.path().to_path_buf();
            (Some(t), p)
        }
    }
}

/// The group's ideas voted on (the second and third share 2nd place, the top three chosen) and
/// placed on the matrix: a whole protocol's worth.
fn vote_and_place(s: &mut Session) {
    use innovationslek::session::{MatrixEdit, VoteEdit};
    let ideas = [
        "Ett gemensamt schema för fordonen som alla förvaltningar kan boka i",
        "Låna ut verktyg mellan enheterna",
        "Digitala nycklar till lokalerna",
        "Frukostmöte varannan vecka",
        "Samåkning till utbildningar",
    ];
    for idea in ideas {
        edit(s, "ideer", CaptureEdit::AddItem(idea.into()), 2);
    }
    edit(
        s,
        "prickar",
        CaptureEdit::Votes(VoteEdit::Participants(Some(4))),
        3,
    );
    for (idea, dots) in ideas.iter().zip([5, 3, 3, 1, 0]) {
        edit(
            s,
            "prickar",
            CaptureEdit::Votes(VoteEdit::Set {
                item: (*idea).into(),
                dots,
            }),
            3,
        );
    }
    edit(s, "prickar", CaptureEdit::Votes(VoteEdit::ChooseTop(3)), 4);
    for (idea, x, y) in [(0, 1, 1), (1, 0, 1), (2, 0, 0)] {
        edit(
            s,
            "matris",
            CaptureEdit::Matrix(MatrixEdit::Place {
                item: ideas[idea].into(),
                x,
                y,
            }),
            5,
        );
    }
}

#[test]
fn the_word_protocol_converts_in_libreoffice_with_every_plan_word_whole() {
    // Where LibreOffice is installed (the issue's check): the .docx converts without complaint,
    // in Swedish and in English, no word of the plan is broken across lines in its narrow
    // columns, and the vote's shared rank stays on one line ("delad 2:a" wrapped once).
    let found = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("soffice is not installed: the LibreOffice check is skipped");
        return;
    }
    let (_keep, dir) = render_dir();
    let profile = dir.join("lo-profile");
    for (workshop, name, tied) in [
        ("kirunamodellen-135", "protokoll", "delad 2:a"),
        ("kirunamodellen-135-en", "protocol", "tied 2nd"),
    ] {
        let s = planned_session_in(workshop, true);
        let data = SummaryData::build(&s, None, Vec::new());
        let docx = dir.join(format!("{name}.docx"));
        std::fs::write(
            &docx,
            innovationslek::export::docx::protocol(&data).expect("docx"),
        )
        .expect("write");
        // The summary PDF of the same session beside it, to compare.
        std::fs::write(
            dir.join(format!("{name}-summary.pdf")),
            innovationslek::pdf::document::render_document(
                &innovationslek::report::summary_document(&data),
            )
            .expect("pdf")
            .bytes,
        )
        .expect("write");
        let status = std::process::Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx)
            .output()
            .expect("soffice runs");
        assert!(status.status.success(), "{status:?}");
        let pdf = dir.join(format!("{name}.pdf"));
        assert!(pdf.exists(), "{status:?}");
        let text = std::process::Command::new("pdftotext")
            .args(["-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
        let Ok(text) = text else {
            eprintln!("pdftotext is not installed: the word check is skipped");
            return;
        };
        for row in PLAN {
            for cell in row {
                for word in cell.split_whitespace().filter(|w| w.chars().count() >= 6) {
                    assert!(
                        text.contains(word),
                        "`{word}` is broken in the PDF:\n{text}"
                    );
                }
            }
        }
        let ranks = text.lines().filter(|l| l.contains(tied)).count();
        assert_eq!(ranks, 2, "`{tied}` wraps in its column:\n{text}");
        // A due date in words is short enough to stay on one line.
        let due = innovationslek::session::summary::Language::for_tag(&s.workshop().language)
            .date(date(2027, 1, 29));
        assert!(
            text.lines().any(|l| l.contains(&due)),
            "`{due}` wraps in its column:\n{text}"
        );
    }
}

#[test]
fn the_summary_pdf_keeps_due_dates_and_shared_ranks_on_one_line() {
    // The plan's "Klart senast" column beside five columns of sentences: its dates in words
    // wrapped to three lines ("11 / december / 2026") before short columns were kept whole.
    for (workshop, tied) in [
        ("kirunamodellen-135", "delad 2:a"),
        ("kirunamodellen-135-en", "tied 2nd"),
    ] {
        let s = planned_session_in(workshop, true);
        let data = SummaryData::build(&s, None, Vec::new());
        let pages = innovationslek::pdf::document::layout_document(
            &innovationslek::report::summary_document(&data),
        );
        let lines: Vec<&str> = pages
            .iter()
            .flatten()
            .filter_map(|i| match i {
                innovationslek::pdf::items::Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let language = innovationslek::session::summary::Language::for_tag(&s.workshop().language);
        for due in [date(2026, 12, 11), date(2027, 1, 29)] {
            let due = language.date(due);
            assert!(
                lines.iter().any(|l| l.trim() == due),
                "`{due}` wraps in its column: {lines:?}"
            );
        }
        assert!(
            lines.iter().any(|l| l.trim() == tied),
            "`{tied}` wraps: {lines:?}"
        );
    }
}
