//! Hostile input: files, folders, arguments and session files that try to crash, hang, write
//! outside their place or replace what is not an ordinary file; and saving that survives being
//! killed at any moment.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use innovationslek::model::{Library, LoadOptions};
use innovationslek::session::file::{LockHeld, lock_path};
use innovationslek::session::{
    CaptureEdit, Session, SessionFile, SessionStore, SummaryData, content_hash, read_session,
    render_markdown, write_session,
};

use crate::support::{decks_dir, run_cli};

/// A copy of the bundled decks folder in `dir`, every file with U+200E (left-to-right mark, which
/// RON reads as white space) in its indentation.
fn decks_with_marks(dir: &Path) -> PathBuf {
    let out = dir.join("decks");
    fs::create_dir_all(&out).expect("folder");
    for entry in fs::read_dir(decks_dir()).expect("decks") {
        let path = entry.expect("entry").path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_file() {
            let text = fs::read_to_string(&path).expect("read");
            let marked = text.replace("\n    ", "\n  \u{200e} ");
            fs::write(out.join(name), marked).expect("write");
        }
    }
    out
}

#[test]
fn an_invisible_mark_in_the_indentation_crashes_no_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let decks = decks_with_marks(dir.path());
    let d = decks.to_str().expect("utf-8");
    let out = dir.path().join("out");
    let o = |name: &str| out.join(name).to_string_lossy().into_owned();
    let (code, stdout, err) = run_cli(&["check", d]);
    assert_eq!(code, 0, "{stdout}{err}");
    let (code, _, err) = run_cli(&["--decks", d, "export", "innovationslek", "-o", &o("d.pdf")]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_cli(&["--decks", d, "draw", "innovationslek", "--seed", "1"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_cli(&[
        "--decks",
        d,
        "guide",
        "kirunamodellen-60",
        "-o",
        &o("g.pdf"),
    ]);
    assert_eq!(code, 0, "{err}");
    // A workshop whose deck is missing: the message that located the field used to panic.
    let workshop = fs::read_to_string(decks.join("kirunamodellen-60.workshop.ron")).expect("read");
    let orphan = workshop
        .replacen("id: \"kirunamodellen-60\"", "id: \"orphan\"", 1)
        .replacen("deck: \"innovationslek\"", "deck\u{200e}: \"gone\"", 1);
    fs::write(decks.join("orphan.workshop.ron"), orphan).expect("write");
    let (code, _, err) = run_cli(&["check", d]);
    assert_eq!(code, 1);
    assert!(err.contains("orphan.workshop.ron:"), "{err}");
    assert!(err.contains("deck `gone` is not loaded"), "{err}");
    assert!(!err.contains("internal error"), "{err}");
}

#[cfg(unix)]
fn mkfifo(path: &Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn export_refuses_devices_pipes_and_links_as_targets() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let d = decks_dir();
    let d = d.to_str().expect("utf-8");
    if Path::new("/dev/full").exists() {
        let (code, out, err) =
            run_cli(&["--decks", d, "export", "innovationslek", "-o", "/dev/full"]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(!out.contains("wrote"), "{out}");
        assert!(err.contains("not an ordinary file"), "{err}");
        let meta = fs::symlink_metadata("/dev/full").expect("still there");
        assert!(meta.file_type().is_char_device());
    }
    let fifo = dir.path().join("pipe.pdf");
    if mkfifo(&fifo) {
        let (code, _, err) = run_cli(&[
            "--decks",
            d,
            "export",
            "innovationslek",
            "-o",
            fifo.to_str().expect("utf-8"),
        ]);
        assert_eq!(code, 1, "{err}");
        assert!(
            fs::symlink_metadata(&fifo)
                .expect("kept")
                .file_type()
                .is_fifo()
        );
    }
    let real = dir.path().join("real.pdf");
    fs::write(&real, b"keep").expect("write");
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let (code, _, err) = run_cli(&[
        "--decks",
        d,
        "export",
        "innovationslek",
        "-o",
        link.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is a link"), "{err}");
    assert!(
        fs::symlink_metadata(&link)
            .expect("kept")
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&real).expect("read"), b"keep");
    let folder = dir.path().join("folder.pdf");
    fs::create_dir(&folder).expect("folder");
    let (code, _, err) = run_cli(&[
        "--decks",
        d,
        "export",
        "innovationslek",
        "-o",
        folder.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is a folder"), "{err}");
}

#[cfg(unix)]
#[test]
fn summary_of_an_endless_or_blocking_file_is_refused_at_once() {
    let started = Instant::now();
    let (code, _, err) = run_cli(&["summary", "/dev/zero"]);
    assert_eq!(code, 1);
    assert!(err.contains("not an ordinary file"), "{err}");
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("s.ron");
    if mkfifo(&fifo) {
        let (code, _, err) = run_cli(&["summary", fifo.to_str().expect("utf-8")]);
        assert_eq!(code, 1);
        assert!(err.contains("not an ordinary file"), "{err}");
    }
    // Generous: the point is that nothing waits for a writer or reads forever.
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn a_session_file_larger_than_the_limit_is_refused_unread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.ron");
    let file = fs::File::create(&path).expect("create");
    file.set_len(innovationslek::session::file::MAX_SESSION_BYTES + 1)
        .expect("grow");
    let err = read_session(&path).expect_err("refused").to_string();
    assert!(err.contains("larger than the limit"), "{err}");
}

#[test]
fn check_on_a_folder_named_like_a_deck_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("y.deck.ron");
    fs::create_dir(&folder).expect("folder");
    let (code, _, err) = run_cli(&["check", folder.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("holds no decks or workshops"), "{err}");
}

// ---- session files ----

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

struct Bundled {
    library: Library,
}

impl Bundled {
    fn new() -> Bundled {
        Bundled {
            library: Library::load(&[decks_dir()], LoadOptions::default()),
        }
    }

    fn workshop(&self) -> (innovationslek::model::Workshop, String) {
        let w = self.library.workshop("kirunamodellen-60").expect("bundled");
        (w.value.clone(), content_hash(&w.source.text))
    }

    fn deck(&self) -> innovationslek::model::Deck {
        self.library
            .deck("innovationslek")
            .expect("bundled")
            .value
            .clone()
    }

    /// A session with runs, added minutes, draws, captures and roles, as saved mid-way.
    fn session(&self) -> Session {
        let (workshop, hash) = self.workshop();
        let deck = self.deck();
        let mut s = Session::new(workshop, hash, Some(&deck), 2026, start(), at(-10));
        s.assign_role("Problemägare", "Anna", at(-5)).expect("role");
        s.start(at(1)).expect("start");
        s.edit_capture(
            "problembeskrivning",
            CaptureEdit::SetText("Invånare väntar länge på svar.".into()),
            at(3),
        )
        .expect("text");
        s.add_minutes(2, at(4)).expect("extend");
        s.next(at(8)).expect("next");
        let drawn = s.draw(None, None, at(9)).expect("draw");
        s.keep(&drawn[0].id, at(10)).expect("keep");
        s.edit_capture("symptom", CaptureEdit::AddItem("Långa köer".into()), at(11))
            .expect("item");
        s.pause(at(12)).expect("pause");
        s.start(at(13)).expect("resume");
        s
    }
}

fn damaged_because(text: &str) -> String {
    SessionFile::from_ron(text)
        .expect_err("refused as damaged")
        .to_string()
}

#[test]
fn session_times_out_of_range_are_damage_not_a_panic() {
    let bundled = Bundled::new();
    let session = bundled.session();
    let text = session.file().to_ron().expect("text");
    assert!(SessionFile::from_ron(&text).is_ok());

    let far = text.replace("2026-11-26T13:00:00+01:00", "2300-11-26T13:00:00+01:00");
    assert_ne!(far, text);
    let why = damaged_because(&far);
    assert!(why.contains("outside 2000–2200"), "{why}");
    let mut file = session.file().clone();
    file.planned_start = FixedOffset::east_opt(0)
        .expect("offset")
        .with_ymd_and_hms(262_142, 1, 1, 0, 0, 0)
        .single()
        .expect("time");
    damaged_because(&file.to_ron().expect("text"));

    let mut file = session.file().clone();
    file.steps[0].extensions[0].minutes = i32::MAX;
    let why = damaged_because(&file.to_ron().expect("text"));
    assert!(why.contains("more than a day"), "{why}");

    // 600 runs over the whole range of dates.
    let mut file = session.file().clone();
    let first = DateTime::<Utc>::MIN_UTC;
    let last = DateTime::<Utc>::MAX_UTC;
    file.steps[1].runs = (0..600)
        .map(|_| innovationslek::session::timer::Run {
            from: first,
            to: Some(last),
        })
        .collect();
    damaged_because(&file.to_ron().expect("text"));

    let mut file = session.file().clone();
    file.steps[0].planned_minutes = u32::MAX;
    let why = damaged_because(&file.to_ron().expect("text"));
    assert!(why.contains("more than a day"), "{why}");
}

#[test]
fn a_damaged_session_file_is_described_in_the_users_language() {
    use innovationslek::i18n::{Language, Localized};
    let text = Bundled::new().session().file().to_ron().expect("text");
    let start = "2026-11-26T13:00:00+01:00";
    let seed = text
        .lines()
        .rev()
        .find(|line| line.trim_start().starts_with("seed:"))
        .expect("the draw pile's seed")
        .to_owned()
        + "\n";
    let cases = [
        // A year of six digits without its sign is no date for chrono.
        (
            text.replacen(start, "262142-11-26T13:00:00+01:00", 1),
            "förväntade ett datum med tid",
            "expected a date and time",
        ),
        (
            text.replacen(start, "2026-11-26", 1),
            "förväntade ett datum med tid",
            "expected a date and time",
        ),
        (
            text.replacen(start, "2026-13-26T13:00:00+01:00", 1),
            "datumet eller tiden finns inte",
            "the date or time does not exist",
        ),
        (
            text.replacen(&seed, "", 1),
            "saknar det obligatoriska fältet `seed`",
            "is missing the required field `seed`",
        ),
        (
            text.replacen(&seed, &format!("{seed}{seed}"), 1),
            "fältet `seed` finns två gånger",
            "field `seed` is given twice",
        ),
    ];
    for (damaged, swedish, english) in cases {
        assert_ne!(damaged, text);
        let why = SessionFile::from_ron(&damaged).expect_err("damaged");
        let sv = why.message(Language::Swedish);
        let en = why.message(Language::English);
        assert!(sv.contains(swedish), "{sv}");
        assert!(en.contains(english), "{en}");
        for leak in ["input", "unexpected", "named", "missing field", "duplicate"] {
            assert!(!sv.contains(leak), "{leak} in {sv}");
        }
    }
}

#[test]
fn the_summary_command_reports_a_session_far_in_the_future_as_damaged() {
    let bundled = Bundled::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let text = bundled.session().file().to_ron().expect("text");
    let path = dir.path().join("far.ron");
    fs::write(
        &path,
        text.replace("2026-11-26T13:00:00+01:00", "2999-11-26T13:00:00+01:00"),
    )
    .expect("write");
    let (code, _, err) = run_cli(&["summary", path.to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot be read"), "{err}");
}

/// Characters and values a damaged or hand-made session file might hold.
const SESSION_NUMBERS: [&str; 12] = [
    "0",
    "-1",
    "2147483647",
    "-2147483648",
    "4294967295",
    "18446744073709551615",
    "99999999999999999999",
    "1e309",
    "+262142",
    "-262143",
    "9999",
    "1999",
];

fn mutate_session(text: &str, rng: &mut u64) -> String {
    let mut next = |n: usize| {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        (*rng % n.max(1) as u64) as usize
    };
    let digits: Vec<(usize, usize)> = {
        let bytes = text.as_bytes();
        let mut spans = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                spans.push((start, i));
            } else {
                i += 1;
            }
        }
        spans
    };
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = text.to_owned();
    match next(7) {
        // A second mutation may meet a text cut short: with no number or no line left, it cuts.
        0..=2 if !digits.is_empty() => {
            // A number (a year, minutes, a seed, a generator position) replaced by an extreme.
            let (a, b) = digits[next(digits.len())];
            out.replace_range(a..b, SESSION_NUMBERS[next(SESSION_NUMBERS.len())]);
        }
        0..=4 if digits.is_empty() || text.lines().next().is_none() => {
            let cut = boundaries[next(boundaries.len())];
            out.truncate(cut);
        }
        3 => {
            let cut = boundaries[next(boundaries.len())];
            out.truncate(cut);
        }
        4 => {
            // A line repeated (a run, an extension, a card twice) or removed.
            let lines: Vec<&str> = text.lines().collect();
            let k = next(lines.len());
            let mut lines: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            if next(2) == 0 {
                let line = lines[k].clone();
                for _ in 0..=next(600) {
                    lines.insert(k, line.clone());
                }
            } else {
                lines.remove(k);
            }
            out = lines.join("\n");
        }
        5 => {
            let pieces = [
                "\u{200e}", "\u{2028}", "\0", "ä", "\"", ")", "]", "None", "-",
            ];
            let at = boundaries[next(boundaries.len())];
            out.insert_str(at, pieces[next(pieces.len())]);
        }
        _ => {
            // Two timestamps swapped, so that runs end before they start.
            let stamps: Vec<(usize, usize)> = text
                .match_indices("\"20")
                .map(|(i, _)| (i, i + 22))
                .filter(|&(_, e)| e <= text.len())
                .collect();
            if stamps.len() > 1 {
                let (a, b) = (stamps[next(stamps.len())], stamps[next(stamps.len())]);
                let (first, second) = (text[a.0..a.1].to_owned(), text[b.0..b.1].to_owned());
                out.replace_range(a.0..a.1, &second);
                if let Some(i) = out.get(b.0..).and_then(|t| t.find(&second)) {
                    out.replace_range(b.0 + i..b.0 + i + second.len(), &first);
                }
            }
        }
    }
    out
}

/// Reads a mutated session and drives it the way the app and the summary do. Returns whether
/// the file was read.
fn drive(text: &str, bundled: &Bundled, pdf: bool) -> bool {
    let Ok(file) = SessionFile::from_ron(text) else {
        return false;
    };
    let (workshop, hash) = bundled.workshop();
    let deck = bundled.deck();
    let later = file.updated + TimeDelta::minutes(1);
    let (mut session, _notices) = Session::resume(file, workshop, &hash);
    let _ = session.agenda();
    let _ = session.remaining(later);
    let _ = session.phase(later);
    let _ = session.expected_end(later);
    let _ = session.minutes_ahead(later);
    let _ = session.take_time_up_event(later);
    let data = SummaryData::build(&session, Some(&deck), Vec::new());
    let _ = render_markdown(&data);
    if pdf {
        let _ = innovationslek::pdf::document::render_document(
            &innovationslek::report::summary_document(&data),
        );
    }
    // And on with the session, as after a resume.
    let _ = session.start(later);
    let _ = session.add_minutes(5, later);
    let _ = session.draw(None, None, later);
    let _ = session.undo_draw(later);
    let _ = session.next(later);
    let _ = session.pause(later);
    let _ = session.finish(later);
    let data = SummaryData::build(&session, Some(&deck), Vec::new());
    let _ = render_markdown(&data);
    let _ = session.file().to_ron();
    true
}

fn fuzz_sessions(cases: usize, seed: u64, pdf_every: usize) -> (usize, usize) {
    let bundled = Bundled::new();
    let mut saved = vec![bundled.session().file().to_ron().expect("text")];
    let mut done = bundled.session();
    done.finish(at(20)).expect("finish");
    saved.push(done.file().to_ron().expect("text"));
    let mut rng = seed;
    let mut read = 0;
    for case in 0..cases {
        let original = &saved[case % saved.len()];
        let mut text = mutate_session(original, &mut rng);
        if case % 3 == 0 {
            text = mutate_session(&text, &mut rng);
        }
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            drive(&text, &bundled, pdf_every > 0 && case % pdf_every == 0)
        }));
        match outcome {
            Ok(true) => read += 1,
            Ok(false) => {}
            Err(_) => panic!("case {case} (seed {seed:#x}) panicked on:\n{text}"),
        }
    }
    (cases, read)
}

#[test]
fn ten_thousand_mutated_session_files_never_panic() {
    let (cases, read) = fuzz_sessions(10_000, 0x5E55_10F1_1E00_0001, 100);
    assert!(cases >= 10_000);
    // Many mutations keep the file readable, so resume, timers and the summary are exercised.
    assert!(read > 2_000, "{read} of {cases} read");
}

/// The long run, every case through the PDF too:
/// `cargo test --release --test integration -- --ignored session_fuzz_long`.
#[test]
#[ignore = "long: 100,000 cases, run in release"]
fn session_fuzz_long() {
    let (cases, read) = fuzz_sessions(100_000, 0x0DD5_EED5_0000_0002, 1);
    eprintln!("session fuzz: {cases} cases, {read} read");
}

#[test]
fn a_session_id_from_the_file_never_chooses_where_the_summary_goes() {
    use innovationslek::app::{App, Command, PersistedState};
    let dir = tempfile::tempdir().expect("tempdir");
    let bundled = Bundled::new();
    let sessions = dir.path().join("store/sessions");
    fs::create_dir_all(&sessions).expect("store");
    let mut file = bundled.session().file().clone();
    file.id = "../../evil".to_owned();
    write_session(&sessions.join("hand-made.ron"), &file).expect("write");

    let mut app = App::with_state(decks_dir(), PersistedState::default(), false);
    app.set_store(Some(SessionStore::new(&sessions)));
    let exports = dir.path().join("store/exports");
    app.exports_dir = exports.clone();
    app.apply(Command::OpenSession("hand-made".to_owned()));
    assert!(app.session.is_some(), "{:?}", app.session_error);
    app.apply(Command::ExportSummary);
    app.wait_for_files(std::time::Duration::from_secs(120));
    assert!(!app.files_running());
    app.flush_saves();
    let mut written: Vec<String> = fs::read_dir(&exports)
        .expect("exports")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        vec![
            "hand-made-sammanfattning.md".to_owned(),
            "hand-made-sammanfattning.pdf".to_owned()
        ]
    );
    assert!(!dir.path().join("evil-sammanfattning.md").exists());
    let mut stored: Vec<String> = fs::read_dir(&sessions)
        .expect("store")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    stored.sort();
    assert!(
        stored.iter().all(|n| n.starts_with("hand-made.ron")),
        "{stored:?}"
    );
}

// ---- locks and new ids ----

#[cfg(target_os = "linux")]
#[test]
fn a_session_open_in_another_running_program_is_refused_a_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    let path = store.path_of("s");
    // Process 1 always runs: another program holds the session.
    fs::write(lock_path(&path), "1\n").expect("lock");
    let held: LockHeld = store.lock("s").expect_err("held");
    assert_eq!(held.pid, 1);
    assert!(held.to_string().contains("read-only"), "{held}");
    // A lock left by a program that is gone is taken over.
    fs::write(lock_path(&path), "4194999\n").expect("stale lock");
    let lock = store.lock("s").expect("taken over");
    assert_eq!(
        fs::read_to_string(lock_path(&path)).expect("lock").trim(),
        std::process::id().to_string()
    );
    drop(lock);
    assert!(!lock_path(&path).exists(), "released");
}

#[test]
fn a_new_session_never_takes_an_id_another_program_is_creating() {
    let bundled = Bundled::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    let mut first = bundled.session();
    let base = first.id().to_owned();
    // Another program has just taken the name (its lock exists, its file not yet).
    fs::write(lock_path(&store.path_of(&base)), "1\n").expect("lock");
    let (path, _lock) = store.create(&mut first).expect("created");
    assert_eq!(first.id(), format!("{base}-2"));
    assert!(path.ends_with(format!("{base}-2.ron")));
    assert!(lock_path(&path).exists());
    let mut second = bundled.session();
    let (path, _lock) = store.create(&mut second).expect("created");
    assert_eq!(second.id(), format!("{base}-3"), "{}", path.display());
    // Lock files are not sessions.
    assert_eq!(store.list().len(), 2);
}

// ---- killed while saving ----

/// Set for the child process of the kill test: the folder to work in.
const KILL_CHILD_ENV: &str = "INNOVATIONSLEK_KILL_CHILD";

/// The child of the kill test (does nothing unless started by it): runs a scripted session with
/// the real background saver, one change every few milliseconds, and notes in a journal each
/// change number with the time it was handed to the saver.
#[test]
#[ignore = "the child process of the kill test"]
fn kill_child_session_writer() {
    use std::io::Write as _;
    let Some(dir) = std::env::var_os(KILL_CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let bundled = Bundled::new();
    let store = SessionStore::new(dir.join("sessions"));
    let mut session = bundled.session();
    let (path, _lock) = store.create(&mut session).expect("created");
    let saver = innovationslek::jobs::SessionSaver::new();
    let mut journal = fs::File::create(dir.join("journal")).expect("journal");
    let _ = writeln!(journal, "path {}", path.display());
    for n in 0u64.. {
        let now = at(14) + TimeDelta::milliseconds(i64::try_from(n).unwrap_or(0));
        session
            .edit_capture(
                "problembeskrivning",
                CaptureEdit::SetText(format!("change {n} {}", "text ".repeat(50))),
                now,
            )
            .expect("edit");
        saver.save(path.clone(), session.file().to_ron().expect("text"));
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let _ = writeln!(journal, "{n} {ms}");
        std::thread::sleep(Duration::from_millis(3));
    }
}

fn now_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// Starts the child, kills it with SIGKILL after a random time, and checks what it left.
fn kill_once(round: u64) {
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test binary");
    let mut child = std::process::Command::new(exe)
        .args([
            "--ignored",
            "--exact",
            "hardening::kill_child_session_writer",
            "--test-threads=1",
        ])
        .env(KILL_CHILD_ENV, dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("child");
    // Wait until it writes, then a random moment more.
    let journal = dir.path().join("journal");
    let waited = Instant::now();
    while fs::read_to_string(&journal).map_or(0, |t| t.lines().count()) < 3 {
        assert!(
            waited.elapsed() < Duration::from_secs(120),
            "the child never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let pause = 20 + (round.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) % 1400;
    std::thread::sleep(Duration::from_millis(pause));
    let killed_at = now_ms();
    child.kill().expect("SIGKILL");
    let _ = child.wait();

    let text = fs::read_to_string(&journal).expect("journal");
    let mut lines = text.lines();
    let path = PathBuf::from(
        lines
            .next()
            .and_then(|l| l.strip_prefix("path "))
            .expect("path"),
    );
    let changes: Vec<(u64, u128)> = lines
        .filter_map(|l| {
            let (n, ms) = l.split_once(' ')?;
            Some((n.parse().ok()?, ms.parse().ok()?))
        })
        .collect();
    let must_have = changes
        .iter()
        .filter(|&&(_, ms)| ms + 1000 <= killed_at)
        .map(|&(n, _)| n)
        .max();
    // The file exists at every moment, so the backup is never needed.
    assert!(path.exists(), "round {round}: {} missing", path.display());
    let loaded = read_session(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
    assert!(!loaded.from_backup, "round {round}: loaded the backup");
    let saved = match loaded.file.captures.get("problembeskrivning") {
        Some(innovationslek::session::Capture::Text(t)) => t
            .strip_prefix("change ")
            .and_then(|t| t.split(' ').next())
            .and_then(|n| n.parse::<u64>().ok()),
        _ => None,
    };
    if let Some(must) = must_have {
        let saved = saved.unwrap_or_else(|| panic!("round {round}: no change saved"));
        assert!(
            saved >= must,
            "round {round}: saved change {saved}, but {must} was made more than a second before the kill"
        );
    }
}

#[cfg(unix)]
#[test]
fn killed_at_random_moments_the_session_always_opens_with_every_older_change() {
    for round in 0..6 {
        kill_once(round);
    }
}

/// The long run: `cargo test --release --test integration -- --ignored killed_200_times`.
#[cfg(unix)]
#[test]
#[ignore = "long: 200 kills"]
fn killed_200_times() {
    for round in 0..200 {
        kill_once(1000 + round);
    }
}

// ---- bounded work ----

/// A deck with `errors` cards whose id breaks the rules, one per line.
fn deck_with_errors(errors: usize) -> String {
    let mut text = String::from(
        "Deck(id: \"d\", title: \"D\", language: \"sv\",\n categories: [Category(id: \"a\", name: \"A\", color: \"#112233\")],\n cards: [\n",
    );
    for i in 0..errors {
        text.push_str(&format!(
            "  Card(id: \"Fel_{i}\", category: \"a\", title: \"T\", text: \"x\"),\n"
        ));
    }
    text.push_str("])\n");
    text
}

#[test]
fn many_errors_are_each_located_on_their_own_line() {
    let text = deck_with_errors(5_000);
    let lib = Library::from_sources(
        vec![(
            PathBuf::from("e.deck.ron"),
            Some(Ok(innovationslek::model::SourceFile::new(
                "e.deck.ron",
                text,
            ))),
        )],
        LoadOptions::default(),
    );
    let lines: Vec<usize> = lib.diagnostics().filter_map(|d| d.line).collect();
    assert_eq!(lines.len(), 5_000);
    assert_eq!(lines[0], 4);
    assert_eq!(lines[4_999], 5_003);
}

/// Release only: `cargo test --release --test integration -- --ignored bounded_`.
#[test]
#[ignore = "a timing bound, meaningful in release"]
fn bounded_a_file_with_149000_errors_is_checked_in_under_2_seconds() {
    let text = deck_with_errors(149_000);
    assert!(text.len() < 10 * 1024 * 1024);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("e.deck.ron");
    fs::write(&path, &text).expect("write");
    let started = Instant::now();
    let lib = Library::load(&[path], LoadOptions::default());
    let took = started.elapsed();
    assert_eq!(lib.summary().errors, 149_000);
    eprintln!("149,000 errors: {took:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[test]
fn usage_errors_carry_no_colour_codes_when_not_on_a_terminal() {
    let (code, _, err) = run_cli(&["export"]);
    assert_eq!(code, 2);
    assert!(err.contains("DECK"), "{err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

/// A pipe named like a session in the sessions folder (or any file that is not ordinary) is
/// listed as damaged at once; the listing never waits for someone to write into the pipe, and
/// the real sessions beside it are listed.
#[test]
fn a_pipe_in_the_sessions_folder_is_listed_as_damaged_without_waiting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sessions = dir.path().join("sessions");
    fs::create_dir_all(&sessions).expect("folder");
    if !mkfifo(&sessions.join("ror.ron")) {
        return;
    }
    fs::write(
        sessions.join("sparad.ron"),
        include_str!("golden/session.ron"),
    )
    .expect("a session");
    let store = SessionStore::new(&sessions);
    let (sender, answer) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(store.list());
    });
    let listing = answer
        .recv_timeout(Duration::from_secs(20))
        .expect("the listing waited on the pipe");
    let state = |id: &str| {
        listing
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.state.is_ok())
            .unwrap_or_else(|| panic!("{id} is not listed"))
    };
    assert!(state("sparad"), "the real session is listed");
    assert!(!state("ror"), "the pipe is listed as damaged");
}

const DATA_CHILD_ENV: &str = "INNOVATIONSLEK_TEST_DATA_CHILD";

/// Building the app the way tests do (and the way the desktop does before its window exists)
/// reads no session of the user's data folder: the child below runs with a home of its own
/// whose data folder holds a saved session, and checks nothing of it is listed until a store
/// is swapped in.
#[test]
fn building_the_app_reads_nothing_of_the_users_data_folder() {
    let home = tempfile::tempdir().expect("tempdir");
    let output = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--ignored",
            "--exact",
            "hardening::data_folder_child",
            "--test-threads=1",
        ])
        .env(DATA_CHILD_ENV, home.path())
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .output()
        .expect("child");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && said.contains("1 passed"),
        "the child failed:\n{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The child of the test above (does nothing unless started by it).
#[test]
#[ignore = "the child process of the data folder test"]
fn data_folder_child() {
    use innovationslek::app::{App, PersistedState};
    let Some(home) = std::env::var_os(DATA_CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let user = SessionStore::default_root().expect("a data folder");
    assert!(
        user.starts_with(&home),
        "{} is not the child's",
        user.display()
    );
    fs::create_dir_all(&user).expect("folder");
    fs::write(
        user.join("anvandarens.ron"),
        include_str!("golden/session.ron"),
    )
    .expect("write");
    let decks = home.join("decks");
    fs::create_dir_all(&decks).expect("folder");
    let apps = [
        App::with_state(decks, PersistedState::default(), false),
        App::desktop(
            None,
            PersistedState::default(),
            Some(home.join("Dokument")),
            false,
        ),
    ];
    for mut app in apps {
        assert!(app.past_sessions.is_empty() && app.unfinished.is_empty());
        let own = home.join("own-sessions");
        app.set_store(Some(SessionStore::new(&own)));
        assert!(app.past_sessions.iter().all(|l| l.id != "anvandarens"));
        assert!(app.unfinished.iter().all(|l| l.id != "anvandarens"));
    }
}
