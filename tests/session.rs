//! The session engine: draws, timers, the agenda, saving and resuming, the summary, and the
//! `draw` and `summary` commands.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use innovationslek::model::{Deck, Library, LoadOptions, Workshop};
use innovationslek::session::{
    CaptureEdit, DrawPile, Phase, Session, SessionCommand, SessionEvent, SessionFileError,
    SessionStore, StepState, StepTiming, SummaryData, content_hash, read_session, render_markdown,
    write_session,
};
use proptest::prelude::*;

use crate::support::{decks_dir, root, run_cli};

/// The session tests run on a frozen copy of the bundled content, so that rewriting the bundled
/// decks and workshops does not change the pinned files and golden summaries of the engine.
fn fixture_dir() -> std::path::PathBuf {
    root().join("tests/fixtures/session")
}

fn library() -> Library {
    Library::load(&[fixture_dir()], LoadOptions::default())
}

fn bundled(workshop: &str) -> (Workshop, String, Deck) {
    let library = library();
    let w = library.workshop(workshop).expect("bundled workshop");
    let deck_id = w.value.deck.clone().expect("has a deck");
    let deck = library.deck(&deck_id).expect("bundled deck").value.clone();
    (w.value.clone(), content_hash(&w.source.text), deck)
}

fn deck() -> Deck {
    library()
        .deck("innovationslek")
        .expect("bundled deck")
        .value
        .clone()
}

/// 13:00 on 26 November 2026 in Swedish winter time.
fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, 26, 13, 0, 0)
        .single()
        .expect("valid time")
}

/// `minutes` after the planned start, plus `seconds`.
fn at(minutes: i64, seconds: i64) -> DateTime<Utc> {
    start().with_timezone(&Utc) + TimeDelta::minutes(minutes) + TimeDelta::seconds(seconds)
}

fn new_session(seed: u64) -> Session {
    let (workshop, hash, deck) = bundled("kirunamodellen-60");
    Session::new(workshop, hash, Some(&deck), seed, start(), at(-10, 0))
}

fn ids(cards: &[innovationslek::session::PileCard]) -> Vec<String> {
    cards.iter().map(|c| c.id.clone()).collect()
}

// ---------------------------------------------------------------- draws

#[test]
fn golden_draw_on_the_bundled_deck() {
    // The reproducibility promise: these exact cards for seed 2026, on every machine and build.
    let deck = deck();
    let mut pile = DrawPile::new(&deck, 2026);
    let first = pile.draw(&[], 5, None, at(0, 0)).expect("draw");
    let second = pile
        .draw(&["forsta".to_owned()], 2, None, at(1, 0))
        .expect("draw");
    assert_eq!(ids(&first), GOLDEN_FIRST);
    assert_eq!(ids(&second), GOLDEN_SECOND);
    assert_eq!(pile.generator_position(), GOLDEN_WORDS);
}

const GOLDEN_FIRST: [&str; 5] = [
    "ideer-hur-skulle-vi-kunna",
    "resurser-redan-i-morgon",
    "forsta-symptom-eller-orsak",
    "forsta-problemet-i-en-mening",
    "folj-anvand-overraskningar",
];
const GOLDEN_SECOND: [&str; 2] = ["forsta-problemtradet", "forsta-fem-varfor"];
const GOLDEN_WORDS: u64 = 14;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_card_repeats_before_a_reshuffle(seed in any::<u64>(), counts in prop::collection::vec(1usize..4, 1..30)) {
        let deck = deck();
        let mut pile = DrawPile::new(&deck, seed);
        let mut seen = HashSet::new();
        for n in counts {
            match pile.draw(&[], n, None, at(0, 0)) {
                Ok(cards) => for c in cards {
                    prop_assert!(seen.insert(c.id.clone()), "{} drawn twice", c.id);
                },
                Err(_) => prop_assert!(pile.pile().len() < n),
            }
        }
        prop_assert_eq!(seen.len() + pile.pile().len(), deck.cards.len());
    }

    #[test]
    fn the_same_seed_gives_the_same_draws(seed in any::<u64>(), counts in prop::collection::vec(1usize..3, 1..12), category in 0usize..8) {
        let deck = deck();
        let categories: Vec<String> = deck.categories.get(category).map(|c| vec![c.id.clone()]).unwrap_or_default();
        let run = || {
            let mut pile = DrawPile::new(&deck, seed);
            counts.iter().map(|&n| pile.draw(&categories, n, None, at(0, 0)).map(|c| ids(&c)).ok()).collect::<Vec<_>>()
        };
        prop_assert_eq!(run(), run());
    }

    #[test]
    fn undo_returns_exactly_the_previous_state(seed in any::<u64>(), actions in prop::collection::vec(0u8..5, 1..25)) {
        let deck = deck();
        let mut pile = DrawPile::new(&deck, seed);
        for a in actions {
            match a {
                0 | 1 => {
                    let before = pile.clone();
                    if pile.draw(&[], 1 + usize::from(a), None, at(0, 0)).is_ok() {
                        let mut undone = pile.clone();
                        undone.undo().expect("undo a draw");
                        prop_assert_eq!(&undone, &before);
                        // The generator came back too: the same draw again gives the same cards.
                        let mut again = undone.clone();
                        again.draw(&[], 1 + usize::from(a), None, at(0, 0)).expect("redraw");
                        prop_assert_eq!(again.table(), pile.table());
                    }
                }
                2 => if let Some(c) = pile.table().first().map(|c| c.id.clone()) { pile.keep(&c).expect("keep"); },
                3 => if let Some(c) = pile.table().first().map(|c| c.id.clone()) { pile.discard(&c).expect("discard"); },
                _ => {
                    let before = pile.clone();
                    if pile.reshuffle(None, at(0, 0)) > 0 {
                        let mut undone = pile.clone();
                        undone.undo().expect("undo a reshuffle");
                        prop_assert_eq!(&undone, &before);
                    }
                }
            }
        }
    }
}

#[test]
fn draws_follow_the_step_and_are_recorded_with_step_and_time() {
    let mut s = new_session(7);
    s.next(at(0, 0)).expect("next");
    let cards = s.draw(None, None, at(1, 0)).expect("step draw");
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].category, "forsta");
    let record = s
        .draws()
        .expect("deck")
        .draws()
        .last()
        .expect("recorded")
        .clone();
    assert_eq!(record.step.as_deref(), Some("grundproblem"));
    assert_eq!(record.at, at(1, 0));
    let e = s
        .draw(Some(vec!["nope".into()]), Some(1), at(1, 0))
        .expect_err("unknown category");
    assert!(e.to_string().contains("no category `nope`"), "{e}");
    let e = s.draw(None, Some(100), at(1, 0)).expect_err("too many");
    assert!(e.to_string().starts_with("cannot draw 100: 7 left"), "{e}");
}

// ---------------------------------------------------------------- timers

/// The simplest model of a step timer: whole seconds, a flag and a sum.
#[derive(Debug, Default)]
struct ModelTimer {
    running_since: Option<i64>,
    elapsed: i64,
    minutes: i64,
}

impl ModelTimer {
    fn remaining(&self, now: i64) -> i64 {
        let running = self.running_since.map_or(0, |s| now - s);
        self.minutes * 60 - self.elapsed - running
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn the_timer_matches_a_simple_model(planned in 1u32..60, ops in prop::collection::vec((0u8..4, 0i64..400, -6i32..7), 0..40)) {
        let mut timer = StepTiming::new("s", planned);
        let mut model = ModelTimer { minutes: i64::from(planned), ..ModelTimer::default() };
        let mut now = 0i64;
        for (op, wait, minutes) in ops {
            now += wait;
            let t = at(0, now);
            match op {
                0 => { timer.start(t); if model.running_since.is_none() { model.running_since = Some(now); } }
                1 => { timer.pause(t); if let Some(s) = model.running_since.take() { model.elapsed += now - s; } }
                _ => {
                    let applied = timer.add_minutes(minutes, t);
                    let wanted = i64::from(minutes).max(-model.minutes);
                    prop_assert_eq!(i64::from(applied), wanted);
                    model.minutes += wanted;
                }
            }
            prop_assert_eq!(timer.remaining(t).num_seconds(), model.remaining(now));
            let remaining = model.remaining(now);
            let warn = (model.minutes * 60 / 5).min(120);
            let phase = if remaining <= 0 { Phase::Overrun } else if remaining <= warn { Phase::Warning } else { Phase::Normal };
            prop_assert_eq!(timer.phase(t), phase);
        }
    }

    #[test]
    fn the_expected_end_is_consistent(seed in any::<u64>(), ops in prop::collection::vec((0u8..6, 0i64..900), 0..30)) {
        let mut s = new_session(seed);
        let mut now = 0i64;
        for (op, wait) in ops {
            now += wait;
            let t = at(0, now);
            let _ = match op {
                0 => s.apply(SessionCommand::StartPause, t),
                1 => s.apply(SessionCommand::Next, t),
                2 => s.apply(SessionCommand::Previous, t),
                3 => s.apply(SessionCommand::AddMinutes(2), t),
                4 => s.apply(SessionCommand::Skip, t),
                _ => s.apply(SessionCommand::GoTo(usize::try_from(now).unwrap_or(0) % 6), t),
            };
            let expected = s.expected_end(t).with_timezone(&Utc);
            // Never before now, and now plus what is left; ahead is the difference to the plan.
            if let Some(done) = s.finished() {
                prop_assert_eq!(expected, done);
            } else {
                prop_assert!(expected >= t);
                let base = if s.file().steps.iter().any(|x| x.started().is_some()) { t } else { t.max(start().with_timezone(&Utc)) };
                prop_assert_eq!(expected, base + s.time_left(t));
                // The current step counts what it still needs, unless it is finished and only
                // looked at.
                if !matches!(s.agenda_at(t)[s.current()].state, StepState::Done | StepState::Skipped) {
                    prop_assert!(s.time_left(t) >= s.remaining(t).max(TimeDelta::zero()));
                }
            }
            prop_assert_eq!(s.ahead(t), s.planned_end().with_timezone(&Utc) - expected);
        }
    }
}

#[test]
fn the_agenda_has_clock_times_and_going_back_keeps_time_and_captures() {
    let mut s = new_session(1);
    let agenda = s.agenda();
    let times: Vec<String> = agenda
        .iter()
        .map(|a| a.planned_start.format("%H:%M").to_string())
        .collect();
    assert_eq!(
        times,
        ["13:00", "13:05", "13:20", "13:28", "13:40", "13:48"]
    );
    assert_eq!(s.planned_end().format("%H:%M").to_string(), "14:00");
    assert_eq!(
        s.expected_end(at(-30, 0)).format("%H:%M").to_string(),
        "14:00"
    );

    s.start(at(0, 0)).expect("start");
    s.edit_capture(
        "problembeskrivning",
        CaptureEdit::SetText("Kön är lång".into()),
        at(1, 0),
    )
    .expect("capture");
    s.next(at(4, 0)).expect("next"); // 1 minute early
    assert!(s.is_running(), "the timer runs on into the next step");
    assert_eq!(
        s.expected_end(at(4, 0)).format("%H:%M").to_string(),
        "13:59"
    );
    assert_eq!(s.minutes_ahead(at(4, 0)), 1);
    s.go_to(4, at(10, 0)).expect("jump"); // resurser and ideer passed over
    // Passing steps over skips nothing: they still need their time.
    let skipped: Vec<bool> = (0..6).map(|i| s.timing(i).expect("t").skipped).collect();
    assert_eq!(skipped, [false; 6]);
    let states: Vec<StepState> = s.agenda_at(at(10, 0)).iter().map(|a| a.state).collect();
    use StepState::{Done, NotStarted, Visited};
    assert_eq!(
        states,
        [
            Done, Visited, NotStarted, NotStarted, NotStarted, NotStarted
        ]
    );
    assert!(!s.is_running(), "jumping pauses the timer");
    s.previous(at(11, 0)).expect("back");
    s.go_to(1, at(12, 0)).expect("back to grundproblem");
    assert_eq!(s.remaining(at(12, 0)), TimeDelta::minutes(15 - 6));
    assert_eq!(
        s.capture("problembeskrivning"),
        Some(&innovationslek::session::Capture::Text(
            "Kön är lång".into()
        ))
    );
    assert_eq!(
        s.apply(SessionCommand::Skip, at(13, 0)).expect("skip"),
        SessionEvent::StepChanged(2)
    );
    assert!(s.timing(1).expect("t").skipped);
}

/// What the pacing shows at `t`: every step's state and expected clock times, and the end.
fn pacing(s: &Session, t: DateTime<Utc>) -> (Vec<(StepState, String, String)>, String, i64) {
    let agenda = s
        .agenda_at(t)
        .iter()
        .map(|a| {
            (
                a.state,
                a.expected_start.format("%H:%M:%S").to_string(),
                a.expected_end.format("%H:%M:%S").to_string(),
            )
        })
        .collect();
    (
        agenda,
        s.expected_end(t).format("%H:%M:%S").to_string(),
        s.time_left(t).num_seconds(),
    )
}

#[test]
fn next_then_previous_leaves_the_agenda_and_the_expected_end_unchanged() {
    for running in [false, true] {
        let mut s = new_session(3);
        s.start(at(0, 0)).expect("start");
        s.next(at(4, 0)).expect("next");
        s.edit_capture("symptom", CaptureEdit::AddItem("Köer".into()), at(6, 0))
            .expect("write");
        if !running {
            s.pause(at(7, 0)).expect("pause");
        }
        let t = at(8, 0);
        let before = pacing(&s, t);
        s.apply(SessionCommand::Next, t).expect("N");
        s.apply(SessionCommand::Previous, t).expect("P");
        assert_eq!(pacing(&s, t), before, "running: {running}");
        assert_eq!(s.is_running(), running);
        // Also with time passing between the two keys: the time belongs to the step returned to.
        s.apply(SessionCommand::Next, at(8, 0)).expect("N");
        s.apply(SessionCommand::Previous, at(8, 20)).expect("P");
        let later = pacing(&s, at(9, 0));
        assert_eq!(later.0[2].0, StepState::NotStarted, "running: {running}");
        if running {
            assert_eq!(
                s.timing(1).expect("t").elapsed(at(9, 0)),
                TimeDelta::minutes(5)
            );
        } else {
            assert_eq!(later.2, before.2, "nothing ran, so nothing changed");
        }
    }
}

#[test]
fn only_finishing_makes_a_step_done_and_looking_changes_nothing() {
    use StepState::{Done, NotStarted, Paused, Running, Visited};
    let mut s = new_session(3);
    let states =
        |s: &Session, t| -> Vec<StepState> { s.agenda_at(t).iter().map(|a| a.state).collect() };
    assert_eq!(states(&s, at(0, 0)), [NotStarted; 6]);
    // Next without working in the step does not finish it.
    s.next(at(0, 0)).expect("next");
    assert_eq!(states(&s, at(0, 0))[0], NotStarted);
    s.previous(at(0, 10)).expect("back");
    s.start(at(1, 0)).expect("start");
    assert_eq!(states(&s, at(2, 0))[0], Running);
    s.pause(at(3, 0)).expect("pause");
    assert_eq!(states(&s, at(3, 0))[0], Paused);
    s.start(at(3, 0)).expect("resume");
    s.next(at(5, 0)).expect("next");
    assert_eq!(states(&s, at(5, 0))[..2], [Done, Running]);
    s.edit_capture("symptom", CaptureEdit::AddItem("Köer".into()), at(6, 0))
        .expect("write");
    // A 15-minute step 3 minutes in, plus the 40 minutes after it: on time.
    assert_eq!(s.time_left(at(8, 0)), TimeDelta::minutes(12 + 40));
    assert_eq!(s.minutes_ahead(at(8, 0)), 0);
    // Looking at the finished step does not bring its time back; looking ahead neither.
    let t = at(8, 0);
    let before = pacing(&s, t);
    s.go_to(0, t).expect("look back");
    assert_eq!(s.time_left(t), TimeDelta::minutes(12 + 40));
    assert_eq!(states(&s, t)[0], Done);
    s.go_to(5, t).expect("look ahead");
    s.go_to(1, t).expect("and return");
    assert_eq!(states(&s, t)[..2], [Done, Paused]);
    assert_eq!(pacing(&s, t).2, before.2);
    // "Klar" finishes the current step without leaving it.
    s.complete(at(9, 0)).expect("done");
    assert_eq!(states(&s, at(9, 0))[1], Done);
    assert_eq!(s.time_left(at(9, 0)), TimeDelta::minutes(40));
    // Working in it with the clock again opens it; leaving it backwards leaves it visited.
    s.start(at(10, 0)).expect("again");
    assert_eq!(states(&s, at(10, 0))[1], Running);
    s.previous(at(11, 0)).expect("back");
    assert_eq!(states(&s, at(11, 0))[..2], [Done, Visited]);
}

#[test]
fn the_agenda_moves_when_a_step_is_extended_or_runs_over() {
    let mut s = new_session(3);
    let starts = |s: &Session, t| -> Vec<String> {
        s.agenda_at(t)
            .iter()
            .map(|a| a.expected_start.format("%H:%M").to_string())
            .collect()
    };
    let planned = ["13:00", "13:05", "13:20", "13:28", "13:40", "13:48"];
    assert_eq!(starts(&s, at(-20, 0)), planned);
    s.start(at(2, 0)).expect("late start");
    assert_eq!(
        starts(&s, at(2, 0)),
        ["13:02", "13:07", "13:22", "13:30", "13:42", "13:50"]
    );
    s.add_minutes(3, at(3, 0)).expect("extend");
    assert_eq!(
        starts(&s, at(3, 0)),
        ["13:02", "13:10", "13:25", "13:33", "13:45", "13:53"]
    );
    // Running over: 10 minutes into an 8-minute box, everything after waits.
    assert_eq!(starts(&s, at(12, 0))[1], "13:12");
    let agenda = s.agenda_at(at(12, 0));
    assert_eq!(agenda[0].expected_end.format("%H:%M").to_string(), "13:12");
    assert_eq!(
        agenda[5].expected_end,
        s.expected_end(at(12, 0)),
        "the last step ends at the expected end"
    );
    s.next(at(12, 0)).expect("next");
    let agenda = s.agenda_at(at(12, 0));
    assert_eq!(
        agenda[0].expected_start.format("%H:%M").to_string(),
        "13:02"
    );
    assert_eq!(agenda[0].expected_end.format("%H:%M").to_string(), "13:12");
    assert_eq!(agenda[0].actual_minutes, 10);
}

fn hhmm(t: DateTime<FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

#[test]
fn a_step_passed_over_without_its_timer_keeps_its_place_in_the_agenda() {
    // Before the planned start of 13:00, Next on the first step with nothing done in it.
    let mut s = new_session(3);
    let t = at(-9, 0);
    s.next(t).expect("next");
    let agenda = s.agenda_at(t);
    let starts: Vec<String> = agenda.iter().map(|a| hhmm(a.expected_start)).collect();
    // The first step stands where it was, not after the last one; the others follow the
    // current step, which can start at the planned start.
    assert_eq!(
        starts,
        ["13:00", "13:00", "13:15", "13:23", "13:35", "13:43"]
    );
    assert_eq!(agenda[0].state, StepState::NotStarted);
    assert_eq!(agenda[0].expected_start, agenda[0].expected_end);
    // The cockpit's header shows the current step's own line.
    assert_eq!(
        s.current_window(t),
        (agenda[1].expected_start, agenda[1].expected_end)
    );
    // The first step still needs its five minutes: the expected end counts them.
    assert_eq!(hhmm(s.expected_end(t)), "14:00");
    assert!(agenda.iter().all(|a| a.expected_end <= s.expected_end(t)));

    // The second step started early, at 12:55: the first step is not shown after it.
    s.start(at(-5, 0)).expect("start");
    let agenda = s.agenda_at(at(-4, 0));
    assert_eq!(hhmm(agenda[0].expected_start), "12:55");
    assert_eq!(hhmm(agenda[1].expected_start), "12:55");
    assert_eq!(
        s.current_window(at(-4, 0)),
        (agenda[1].expected_start, agenda[1].expected_end)
    );

    // A step between two that ran, passed over with Next: at the end of the one before it.
    let mut s = new_session(3);
    s.start(at(0, 0)).expect("start");
    s.pause(at(5, 0)).expect("pause");
    s.next(at(5, 0)).expect("next");
    s.next(at(6, 0)).expect("passed over");
    s.start(at(7, 0)).expect("start");
    let agenda = s.agenda_at(at(8, 0));
    let times: Vec<(String, String)> = agenda
        .iter()
        .map(|a| (hhmm(a.expected_start), hhmm(a.expected_end)))
        .collect();
    assert_eq!(
        times[..3],
        [
            ("13:00".to_owned(), "13:05".to_owned()),
            ("13:05".to_owned(), "13:05".to_owned()),
            ("13:07".to_owned(), "13:15".to_owned()),
        ]
    );
    assert!(
        agenda
            .windows(2)
            .all(|w| w[0].expected_start <= w[1].expected_start),
        "{times:?}"
    );
}

/// A reference model of the pacing rule, written from its description and nothing else.
#[derive(Debug, Clone)]
struct ModelPacing {
    budget: Vec<i64>,
    elapsed: Vec<i64>,
    done: Vec<bool>,
    skipped: Vec<bool>,
    current: usize,
    running_since: Option<i64>,
}

impl ModelPacing {
    fn left(&self, now: i64) -> i64 {
        (0..self.budget.len())
            .filter(|&i| !self.done[i] && !self.skipped[i])
            .map(|i| {
                let ran = if i == self.current {
                    self.running_since.map_or(0, |s| now - s)
                } else {
                    0
                };
                (self.budget[i] - self.elapsed[i] - ran).max(0)
            })
            .sum()
    }

    fn stop(&mut self, now: i64) {
        if let Some(since) = self.running_since.take() {
            self.elapsed[self.current] += now - since;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// Forward-only sessions with timer work, extensions, "Klar" and skips against the model.
    #[test]
    fn pacing_matches_a_reference_model(ops in prop::collection::vec((0u8..7, 0i64..400), 0..40)) {
        let mut s = new_session(5);
        let mut m = ModelPacing {
            budget: s.workshop().steps.iter().map(|st| i64::from(st.minutes) * 60).collect(),
            elapsed: vec![0; 6],
            done: vec![false; 6],
            skipped: vec![false; 6],
            current: 0,
            running_since: None,
        };
        let mut worked = [false; 6];
        let mut now = 0i64;
        for (op, wait) in ops {
            now += wait;
            let t = at(0, now);
            if s.finished().is_some() {
                break;
            }
            match op {
                0 | 1 => {
                    s.apply(SessionCommand::StartPause, t).expect("start/pause");
                    if m.running_since.is_some() { m.stop(now); } else {
                        m.running_since = Some(now);
                        worked[m.current] = true;
                        if m.done[m.current] { m.done[m.current] = false; }
                    }
                }
                2 => {
                    s.apply(SessionCommand::AddMinutes(2), t).expect("extend");
                    m.budget[m.current] += 120;
                }
                3 if m.current + 1 < 6 => {
                    s.apply(SessionCommand::Next, t).expect("next");
                    let running = m.running_since.is_some();
                    m.stop(now);
                    if worked[m.current] { m.done[m.current] = true; }
                    m.current += 1;
                    if running { m.running_since = Some(now); worked[m.current] = true; }
                }
                4 => {
                    s.apply(SessionCommand::Complete, t).expect("done");
                    m.stop(now);
                    m.done[m.current] = true;
                }
                5 if m.current + 1 < 6 => {
                    s.apply(SessionCommand::Skip, t).expect("skip");
                    let running = m.running_since.is_some();
                    m.stop(now);
                    m.skipped[m.current] = true;
                    m.done[m.current] = false;
                    m.current += 1;
                    if running { m.running_since = Some(now); worked[m.current] = true; m.skipped[m.current] = false; }
                }
                6 => {
                    s.apply(SessionCommand::Capture { field: "symptom".into(), edit: CaptureEdit::AddItem("x".into()) }, t).expect("write");
                    worked[m.current] = true;
                }
                _ => {}
            }
            prop_assert_eq!(s.time_left(t).num_seconds(), m.left(now), "after op {} at {}", op, now);
            let agenda = s.agenda_at(t);
            for a in &agenda {
                prop_assert!(a.expected_start <= a.expected_end);
                prop_assert_eq!(a.state == StepState::Done, m.done[a.index] && !m.skipped[a.index], "step {}", a.index);
            }
            // Going forward only, the agenda reads as a timetable: in order, nothing after the
            // expected end, and the header's window is the current step's line.
            prop_assert!(agenda.windows(2).all(|w| w[0].expected_start <= w[1].expected_start), "{:?}", agenda);
            prop_assert!(agenda.iter().all(|a| a.expected_end <= s.expected_end(t)));
            let line = &agenda[s.current()];
            prop_assert_eq!(s.current_window(t), (line.expected_start, line.expected_end));
        }
    }

    /// From any state reached by any actions, going to any step and straight back (or Next then
    /// Previous) with nothing done in between changes neither the agenda nor the expected end.
    #[test]
    fn looking_at_a_step_and_coming_back_changes_nothing(
        ops in prop::collection::vec((0u8..8, 0i64..300), 0..30),
        look in 0usize..6,
        wait in 0i64..120,
    ) {
        let mut s = new_session(6);
        let mut now = 0i64;
        for (op, w) in ops {
            now += w;
            let t = at(0, now);
            let _ = match op {
                0 => s.apply(SessionCommand::StartPause, t),
                1 => s.apply(SessionCommand::Next, t),
                2 => s.apply(SessionCommand::Previous, t),
                3 => s.apply(SessionCommand::GoTo(usize::try_from(now).unwrap_or(0) % 6), t),
                4 => s.apply(SessionCommand::Complete, t),
                5 => s.apply(SessionCommand::AddMinutes(1), t),
                6 => s.apply(SessionCommand::Draw { categories: None, count: Some(1) }, t),
                _ => s.apply(SessionCommand::Capture { field: "ideer".into(), edit: CaptureEdit::AddItem("idé".into()) }, t),
            };
        }
        prop_assume!(s.finished().is_none());
        let home = s.current();
        let t = at(0, now);
        let before = pacing(&s, t);
        let _ = (look, wait, t, before);
        // Next then Previous, where there is a next step.
        if home + 1 < 6 {
            let t = at(0, now + wait);
            let before = pacing(&s, t);
            s.apply(SessionCommand::Next, t).expect("next");
            s.apply(SessionCommand::Previous, t).expect("previous");
            prop_assert_eq!(pacing(&s, t), before);
        }
    }
}

#[test]
fn time_is_up_once_per_step() {
    let mut s = new_session(1);
    s.start(at(0, 0)).expect("start");
    assert_eq!(s.take_time_up_event(at(4, 59)), None);
    assert_eq!(s.phase(at(4, 0)), Phase::Warning);
    assert_eq!(s.take_time_up_event(at(5, 0)), Some(0));
    assert_eq!(s.take_time_up_event(at(5, 1)), None);
    assert_eq!(s.remaining(at(6, 0)), TimeDelta::minutes(-1));
    s.next(at(6, 0)).expect("next");
    assert_eq!(s.take_time_up_event(at(21, 0)), Some(1));
}

// ---------------------------------------------------------------- saving and resuming

fn busy_session() -> Session {
    let mut s = new_session(99);
    s.assign_role("Problemägare", "Anna Svensson", at(0, 0))
        .expect("role");
    s.start(at(0, 0)).expect("start");
    s.next(at(5, 0)).expect("next");
    s.draw(None, None, at(6, 0)).expect("draw");
    for idea in ["Kortare kö", "Fler | handläggare", "Digital\nblankett"] {
        s.edit_capture("symptom", CaptureEdit::AddItem(idea.into()), at(7, 0))
            .expect("item");
    }
    s.edit_capture(
        "symptom",
        CaptureEdit::SetChosen {
            index: 1,
            chosen: true,
        },
        at(8, 0),
    )
    .expect("choose");
    s.pause(at(9, 0)).expect("pause");
    s
}

#[test]
fn save_and_load_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let mut s = busy_session();
    let path = store.save_new(&mut s).expect("save");
    assert_eq!(
        path.file_name().expect("name"),
        "kirunamodellen-60-20261126-1300.ron"
    );
    let loaded = store.open(s.id()).expect("open");
    assert!(!loaded.from_backup);
    assert_eq!(&loaded.file, s.file());
    let (workshop, hash, _) = bundled("kirunamodellen-60");
    let (resumed, notices) = Session::resume(loaded.file, workshop, &hash);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(resumed, s);
    // A second session of the same workshop and start gets its own file.
    let mut other = new_session(5);
    let other_path = store.save_new(&mut other).expect("save");
    assert_eq!(other.id(), "kirunamodellen-60-20261126-1300-2");
    assert_ne!(path, other_path);
    assert_eq!(store.unfinished().len(), 2);
}

#[cfg(unix)]
#[test]
fn session_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let mut s = busy_session();
    let path = store.save_new(&mut s).expect("save");
    store.save(&s).expect("save again");
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&path.with_extension("ron.bak")), 0o600);
    assert_eq!(mode(store.root()), 0o700);
}

#[test]
fn a_torn_write_loads_the_last_good_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    let mut s = busy_session();
    let path = store.save_new(&mut s).expect("save");
    // A save that died half-way leaves only its temporary file behind.
    fs::write(
        dir.path().join(format!(".{}.ron.4242.tmp", s.id())),
        "SessionFile(version: 1, id: \"kiru",
    )
    .expect("torn temp");
    let loaded = read_session(&path).expect("load");
    assert!(!loaded.from_backup);
    assert_eq!(&loaded.file, s.file());
    assert_eq!(store.list().len(), 1, "the temporary file is not a session");
}

#[test]
fn a_damaged_file_loads_the_backup_with_a_message_and_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    let mut s = busy_session();
    let path = store.save_new(&mut s).expect("first save");
    let good = s.file().clone();
    s.edit_capture(
        "grundproblem",
        CaptureEdit::SetText("Later".into()),
        at(10, 0),
    )
    .expect("edit");
    store.save(&s).expect("second save");
    fs::write(&path, "SessionFile(version: 1, id: \u{0}garbage").expect("damage");

    let loaded = read_session(&path).expect("falls back");
    assert!(loaded.from_backup);
    assert_eq!(loaded.file, good);
    assert!(
        loaded.notices[0].to_string().contains("is damaged"),
        "{:?}",
        loaded.notices
    );
    assert!(
        loaded.notices[0].to_string().contains(".ron.bak"),
        "{:?}",
        loaded.notices
    );
    assert_eq!(
        fs::read_to_string(&path).expect("still there"),
        "SessionFile(version: 1, id: \u{0}garbage",
        "reading never changes the damaged file"
    );

    // Opening it in the store moves the damaged file aside, so the next save cannot lose it.
    let opened = store.open(s.id()).expect("open");
    assert!(
        opened.notices[1].to_string().contains(".ron.damaged"),
        "{:?}",
        opened.notices
    );
    let aside = path.with_extension("ron.damaged");
    assert!(
        fs::read_to_string(&aside)
            .expect("kept")
            .contains("garbage")
    );
    store.save_file(&opened.file).expect("save after recovery");
    assert!(
        fs::read_to_string(&aside)
            .expect("kept")
            .contains("garbage")
    );
    assert_eq!(read_session(&path).expect("good again").file, good);
}

#[test]
fn both_files_damaged_is_an_error_that_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    fs::write(&path, "not a session").expect("write");
    fs::write(dir.path().join("s.ron.bak"), "neither").expect("write");
    let e = read_session(&path).expect_err("damaged");
    assert!(matches!(e, SessionFileError::Damaged { .. }));
    let message = e.to_string();
    assert!(message.contains("the session cannot be read"), "{message}");
    assert!(message.contains("kept unchanged"), "{message}");
    let store = SessionStore::new(dir.path());
    assert!(store.open("s").is_err());
    assert_eq!(fs::read_to_string(&path).expect("kept"), "not a session");
    let listed = store.unfinished()[0]
        .state
        .clone()
        .expect_err("listed with its problem");
    // The list says the problem in the interface's language.
    use innovationslek::i18n::{Language, Localized};
    let swedish = listed.message(Language::Swedish);
    let english = listed.message(Language::English);
    assert!(swedish.contains("sessionen kan inte läsas"), "{swedish}");
    assert!(english.contains("the session cannot be read"), "{english}");
}

#[test]
fn a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let mut file = busy_session().file().clone();
    file.version = 99;
    fs::write(&path, file.to_ron().expect("ron")).expect("write");
    let e = read_session(&path).expect_err("newer");
    assert!(
        e.to_string()
            .contains("saved by a newer version of Innovationslek (file version 99; this version reads up to 3)"),
        "{e}"
    );
}

#[test]
fn a_changed_workshop_is_reported_on_resume() {
    let s = busy_session();
    let (mut workshop, _, _) = bundled("kirunamodellen-60");
    workshop.steps.remove(5);
    let (resumed, notices) = Session::resume(s.file().clone(), workshop, "other-hash");
    let text: Vec<String> = notices.iter().map(ToString::to_string).collect();
    assert!(text[0].contains("`kirunamodellen-60` changed"), "{text:?}");
    assert!(text[1].contains("handlingsplan"), "{text:?}");
    assert_eq!(resumed.current(), 1);
}

#[test]
fn killed_between_two_saves_resumes_with_everything_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    let mut s = busy_session();
    store.save_new(&mut s).expect("save 1");
    s.edit_capture(
        "grundproblem",
        CaptureEdit::SetText("Blanketten är svår".into()),
        at(10, 0),
    )
    .expect("edit");
    s.start(at(10, 0)).expect("resume timer");
    store.save(&s).expect("save 2");
    let saved = s.file().clone();

    // After the second save the session goes on, then the program is killed mid-write.
    s.edit_capture(
        "symptom",
        CaptureEdit::AddItem("Never saved".into()),
        at(11, 0),
    )
    .expect("edit");
    let text = s.file().to_ron().expect("ron");
    fs::write(
        dir.path().join(format!(".{}.ron.777.tmp", s.id())),
        &text[..text.len() / 2],
    )
    .expect("torn");
    drop(s);

    let loaded = store
        .open("kirunamodellen-60-20261126-1300")
        .expect("resume");
    assert_eq!(loaded.file, saved);
    let (workshop, hash, _) = bundled("kirunamodellen-60");
    let (mut resumed, notices) = Session::resume(loaded.file, workshop, &hash);
    assert!(notices.is_empty());
    assert_eq!(resumed.current(), 1);
    assert!(resumed.is_running(), "the timer was running when saved");
    assert_eq!(resumed.remaining(at(12, 0)), TimeDelta::minutes(15 - 4 - 2));
    assert_eq!(
        resumed.capture("grundproblem"),
        Some(&innovationslek::session::Capture::Text(
            "Blanketten är svår".into()
        ))
    );
    assert_eq!(resumed.draws().expect("deck").draws().count(), 1);
    // The draws continue where they stopped.
    let next = resumed
        .draw(Some(vec![]), Some(3), at(12, 0))
        .expect("draw");
    let mut original = busy_session();
    original
        .edit_capture("grundproblem", CaptureEdit::SetText("x".into()), at(10, 0))
        .expect("edit");
    let same = original
        .draw(Some(vec![]), Some(3), at(12, 0))
        .expect("draw");
    assert_eq!(ids(&next), ids(&same));
}

// ---------------------------------------------------------------- summary

/// A whole scripted session: roles, timing with an extension and a skip, draws, a kept card,
/// lists with chosen items, text with awkward characters, and the action plan.
fn scripted_session() -> Session {
    let mut s = new_session(2026);
    let c = |s: &mut Session, field: &str, edit: CaptureEdit, m: i64| {
        s.edit_capture(field, edit, at(m, 0)).expect("capture");
    };
    s.assign_role("Facilitator", "Karin", at(-5, 0))
        .expect("role");
    s.assign_role("Problemägare", "Anna | Enhet Syd", at(-5, 0))
        .expect("role");
    s.start(at(2, 0)).expect("start");
    c(
        &mut s,
        "problembeskrivning",
        CaptureEdit::SetText(
            "Invånare väntar länge på svar.\n\n# Inte en rubrik\nAndra raden.".into(),
        ),
        4,
    );
    s.next(at(8, 0)).expect("next");
    let first = s.draw(None, None, at(9, 0)).expect("draw");
    s.keep(&first[0].id, at(9, 30)).expect("keep");
    for item in [
        "Långa köer",
        "Blanketter\nsom ingen förstår",
        "Ingen äger frågan",
    ] {
        c(&mut s, "symptom", CaptureEdit::AddItem(item.into()), 12);
    }
    c(
        &mut s,
        "symptom",
        CaptureEdit::SetChosen {
            index: 2,
            chosen: true,
        },
        13,
    );
    c(
        &mut s,
        "grundproblem",
        CaptureEdit::SetText("Ingen har helheten.".into()),
        20,
    );
    s.add_minutes(3, at(21, 0)).expect("extend");
    s.next(at(26, 0)).expect("next");
    s.skip(at(27, 0)).expect("skip resurser");
    s.draw(None, None, at(28, 0)).expect("draw ideas");
    for item in ["Chatt", "Samla ärenden hos en person"] {
        c(&mut s, "ideer", CaptureEdit::AddItem(item.into()), 30);
    }
    c(
        &mut s,
        "ideer",
        CaptureEdit::SetChosen {
            index: 1,
            chosen: true,
        },
        35,
    );
    s.next(at(40, 0)).expect("next");
    c(
        &mut s,
        "valda-ideer",
        CaptureEdit::SetText("En ärendeägare.".into()),
        44,
    );
    s.next(at(47, 0)).expect("next");
    c(&mut s, "handlingsplan", CaptureEdit::AddRow, 48);
    for (col, text) in [
        "Utse ärendeägare",
        "Beslut i ledningsgruppen",
        "v. 50",
        "Verksamhetsutveckling",
        "Anna",
    ]
    .into_iter()
    .enumerate()
    {
        c(
            &mut s,
            "handlingsplan",
            CaptureEdit::SetCell {
                row: 0,
                column: col,
                text: text.into(),
            },
            50,
        );
    }
    c(&mut s, "handlingsplan", CaptureEdit::AddRow, 52);
    c(
        &mut s,
        "handlingsplan",
        CaptureEdit::SetCell {
            row: 1,
            column: 0,
            text: "Testa | mäta\nen vecka".into(),
        },
        53,
    );
    c(
        &mut s,
        "uppfoljning",
        CaptureEdit::SetText("2026-12-10".into()),
        58,
    );
    s.finish(at(61, 30)).expect("finish");
    s
}

#[test]
fn golden_markdown_summary() {
    let s = scripted_session();
    let data = SummaryData::build(&s, Some(&deck()), Vec::new());
    assert_eq!(data.totals.cards_drawn, 3);
    assert_eq!(data.totals.cards_kept, 1);
    assert_eq!(data.totals.steps_skipped, 1);
    assert_eq!(data.steps[1].actual_minutes, 18);
    assert_eq!(data.steps[1].difference_minutes, 3);
    let markdown = render_markdown(&data);
    let golden = root().join("tests/golden/session-summary.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &markdown).expect("update golden");
    }
    let expected = fs::read_to_string(&golden).expect("golden file");
    assert_eq!(
        markdown, expected,
        "run with UPDATE_GOLDEN=1 to see the difference in git"
    );
}

#[test]
fn summary_view_model_keeps_workshop_order_and_the_action_plan_apart() {
    let s = scripted_session();
    let data = SummaryData::build(&s, Some(&deck()), Vec::new());
    let fields: Vec<&str> = data.captures.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "problembeskrivning",
            "symptom",
            "grundproblem",
            "resurser",
            "saknade-kompetenser",
            "ideer",
            "valda-ideer",
            "uppfoljning"
        ]
    );
    assert_eq!(
        data.action_plan.as_ref().map(|p| p.field.as_str()),
        Some("handlingsplan")
    );
    assert_eq!(data.totals.actions, 2);
}

// ---------------------------------------------------------------- command line

#[test]
fn draw_with_a_seed_prints_the_same_cards_twice() {
    let args = ["draw", "innovationslek", "--count", "4", "--seed", "42"];
    let (code, first, err) = run_cli(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "", "no seed line when the seed was given");
    let (_, second, _) = run_cli(&args);
    assert_eq!(first, second);
    let lines: Vec<&str> = first.lines().collect();
    assert_eq!(lines.len(), 4);
    for line in &lines {
        let parts: Vec<&str> = line.split("  ").collect();
        assert_eq!(parts.len(), 3, "{line}");
        assert!(
            parts[2].starts_with('(') && parts[2].ends_with(')'),
            "{line}"
        );
    }
}

#[test]
fn draw_by_category_and_path_and_with_a_fresh_seed() {
    let path = decks_dir().join("innovation-game.deck.ron");
    let (code, out, err) = run_cli(&[
        "draw",
        path.to_str().expect("utf-8"),
        "--category",
        "plan",
        "--category",
        "testa",
        "--count",
        "3",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3);
    assert!(
        out.lines()
            .all(|l| l.starts_with("plan-") || l.starts_with("testa-")),
        "{out}"
    );
    let seed: String = err
        .strip_prefix("seed ")
        .expect("the seed is told")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let again = run_cli(&[
        "draw",
        path.to_str().expect("utf-8"),
        "--category",
        "plan",
        "--category",
        "testa",
        "--count",
        "3",
        "--seed",
        &seed,
    ]);
    assert_eq!(again.1, out, "the told seed repeats the draw");
}

#[test]
fn draw_problems_exit_1_with_a_message() {
    let (code, out, err) = run_cli(&["draw", "innovationslek", "--count", "62", "--seed", "1"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err.trim(),
        "innovationslek draw: error: deck `innovationslek`: cannot draw 62: 61 left in the deck; draw fewer"
    );
    let (code, _, err) = run_cli(&["draw", "innovationslek", "--category", "ideas"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the deck has no category `ideas` (categories: `forsta`"),
        "{err}"
    );
    let (code, _, err) = run_cli(&["draw", "no-such-deck"]);
    assert_eq!(code, 1);
    assert!(err.contains("no deck with id `no-such-deck`"), "{err}");
}

fn saved_scripted(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("workshop-i-kiruna.ron");
    write_session(&path, scripted_session().file()).expect("save");
    path
}

#[test]
fn summary_writes_the_markdown_and_prints_the_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = saved_scripted(dir.path());
    let out_file = dir.path().join("out/summary.md");
    let (code, out, err) = run_cli(&[
        "--decks",
        fixture_dir().to_str().expect("utf-8"),
        "summary",
        session.to_str().expect("utf-8"),
        "-o",
        out_file.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
    assert_eq!(out.trim(), out_file.to_str().expect("utf-8"));
    let golden =
        fs::read_to_string(root().join("tests/golden/session-summary.md")).expect("golden");
    assert_eq!(fs::read_to_string(&out_file).expect("written"), golden);
}

#[test]
fn summary_reports_missing_and_changed_workshops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = saved_scripted(dir.path());
    let s = session.to_str().expect("utf-8");

    let empty = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run_cli(&[
        "--decks",
        empty.path().to_str().expect("utf-8"),
        "summary",
        s,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the session's workshop `kirunamodellen-60` is not under"),
        "{err}"
    );

    // A copy of the decks whose workshop file was edited since.
    let decks = tempfile::tempdir().expect("tempdir");
    for name in ["innovationslek.deck.ron", "kirunamodellen-60.workshop.ron"] {
        let mut text = fs::read_to_string(fixture_dir().join(name)).expect("read");
        if name.contains("workshop") {
            text.push_str("\n// edited\n");
        }
        fs::write(decks.path().join(name), text).expect("copy");
    }
    let out_file = dir.path().join("s.md");
    let (code, _, err) = run_cli(&[
        "--decks",
        decks.path().to_str().expect("utf-8"),
        "summary",
        s,
        "-o",
        out_file.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("changed since this session was saved"),
        "{err}"
    );
    // The terminal hears it in the command line's language (English here); the summary of
    // this Swedish workshop says it in Swedish, the session's language.
    let written = fs::read_to_string(&out_file).expect("written");
    assert!(
        written.contains("har ändrats sedan sessionen sparades")
            && !written.contains("changed since"),
        "{written}"
    );

    let (code, _, err) = run_cli(&[
        "summary",
        dir.path().join("none.ron").to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("none.ron: the file or folder does not exist"),
        "{err}"
    );
}

#[test]
fn summary_goes_to_exports_by_default() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = saved_scripted(dir.path());
    let (code, out, err) = run_cli(&["summary", session.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    let written = Path::new(out.trim());
    assert_eq!(
        written,
        Path::new("exports/workshop-i-kiruna-sammanfattning.md")
    );
    assert!(written.is_file());
    let _ = fs::remove_file(written);
}

#[test]
fn the_session_engine_has_no_ui_no_clock_and_no_global_random_generator() {
    let mut folders = vec![root().join("src/session")];
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(folder).expect("sources") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 10, "{files:?}");
    for path in files {
        let text = fs::read_to_string(&path).expect("read");
        for banned in [
            "egui",
            "eframe",
            "Utc::now",
            "Local::now",
            "SystemTime",
            "Instant::now",
            "thread_rng",
            "rand::rng",
            "from_os_rng",
            "from_entropy",
        ] {
            assert!(!text.contains(banned), "{} uses `{banned}`", path.display());
        }
    }
}

#[test]
fn an_english_workshop_gets_an_english_summary() {
    let (workshop, hash, deck) = bundled("kirunamodellen-135-en");
    let mut s = Session::new(workshop, hash, Some(&deck), 3, start(), at(0, 0));
    s.start(at(0, 0)).expect("start");
    s.draw(None, None, at(1, 0)).expect("draw");
    let markdown = render_markdown(&SummaryData::build(&s, Some(&deck), Vec::new()));
    for heading in [
        "– summary",
        "## Time per step",
        "## Cards drawn",
        "## Action plan",
        "## Totals",
    ] {
        assert!(markdown.contains(heading), "{heading} missing:\n{markdown}");
    }
    assert!(
        markdown.contains("- **Finished:** not finished"),
        "{markdown}"
    );
}

#[test]
fn a_store_lists_unfinished_sessions_and_removes_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path());
    assert!(store.unfinished().is_empty());
    let mut open = busy_session();
    store.save_new(&mut open).expect("save");
    let mut done = new_session(1);
    done.finish(at(1, 0)).expect("finish");
    store.save_new(&mut done).expect("save");
    assert_eq!(store.list().len(), 2);
    let unfinished = store.unfinished();
    assert_eq!(unfinished.len(), 1);
    assert_eq!(unfinished[0].id, open.id());
    let listed = unfinished[0].state.as_ref().expect("readable");
    assert_eq!(listed.workshop, "kirunamodellen-60");
    store.remove(open.id()).expect("remove");
    assert!(store.unfinished().is_empty());
    assert!(SessionStore::default_root().is_none_or(|p| p.ends_with("sessions")));
}

#[test]
fn the_session_file_format_is_pinned() {
    // A file written by this version must keep loading in later ones (tests/golden/session-v2.ron
    // keeps the version-2 file that came before it).
    let s = scripted_session();
    let text = s.file().to_ron().expect("ron");
    let golden = root().join("tests/golden/session.ron");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &text).expect("update golden");
    }
    let loaded = read_session(&golden).expect("the version-1 file loads");
    assert_eq!(&loaded.file, s.file());
    assert_eq!(text, fs::read_to_string(&golden).expect("golden"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_session_round_trips_through_its_file(seed in any::<u64>(), ops in prop::collection::vec((0u8..12, 0i64..300, ".{0,12}"), 0..40)) {
        let mut s = new_session(seed);
        let mut now = 0i64;
        for (op, wait, text) in ops {
            now += wait;
            let t = at(0, now);
            let field = |f: &str, edit| SessionCommand::Capture { field: f.into(), edit };
            let command = match op {
                0 => SessionCommand::StartPause,
                1 => SessionCommand::Next,
                2 => SessionCommand::Previous,
                3 => SessionCommand::AddMinutes(-1),
                4 => SessionCommand::Draw { categories: None, count: None },
                5 => SessionCommand::Undo,
                6 => SessionCommand::Reshuffle,
                7 => field("ideer", CaptureEdit::AddItem(text)),
                8 => field("ideer", CaptureEdit::SetChosen { index: 0, chosen: true }),
                9 => field("handlingsplan", CaptureEdit::AddRow),
                10 => field("handlingsplan", CaptureEdit::SetCell { row: 0, column: 4, text }),
                _ => SessionCommand::AssignRole { role: "Problemägare".into(), people: text },
            };
            let _ = s.apply(command, t);
        }
        let text = s.file().to_ron().expect("ron");
        let back = innovationslek::session::SessionFile::from_ron(&text).expect("parses");
        prop_assert_eq!(&back, s.file());
        let (workshop, hash, _) = bundled("kirunamodellen-60");
        let (resumed, notices) = Session::resume(back, workshop, &hash);
        prop_assert!(notices.is_empty());
        // The undo history is of this run only (docs/sessions.md); everything else comes back.
        prop_assert_eq!(resumed.file(), s.file());
        prop_assert_eq!(resumed.current(), s.current());
    }
}

// ---------------------------------------------------------------- pacing of old files

#[test]
fn a_version_1_file_from_before_step_states_loads_and_paces_as_it_did() {
    // This file was written by the program before honest step states; it must keep loading.
    let path = root().join("tests/golden/session-v1-main.ron");
    let loaded = read_session(&path).expect("the version-1 file loads");
    assert_eq!(loaded.file.version, innovationslek::session::FILE_VERSION);
    let (workshop, hash, deck) = bundled("kirunamodellen-60");
    let (session, _) = Session::resume(loaded.file, workshop, &hash);
    use StepState::{Done, Skipped};
    let states: Vec<StepState> = session.agenda().iter().map(|a| a.state).collect();
    assert_eq!(states, [Done, Done, Skipped, Done, Done, Done]);
    // Its summary is what it was: the CLI's golden.
    let data = SummaryData::build(&session, Some(&deck), Vec::new());
    let golden =
        fs::read_to_string(root().join("tests/golden/session-summary.md")).expect("golden");
    assert_eq!(render_markdown(&data), golden);
}

// ---------------------------------------------------------------- undo and redo

/// A session file with the time of the last change left out, for comparing states.
fn state(s: &Session) -> innovationslek::session::SessionFile {
    let mut f = s.file().clone();
    f.updated = at(0, 0);
    f
}

fn any_command(op: u8, n: i64, text: String) -> SessionCommand {
    let field = |f: &str, edit| SessionCommand::Capture {
        field: f.into(),
        edit,
    };
    let i = usize::try_from(n).unwrap_or(0);
    match op {
        0 => SessionCommand::StartPause,
        1 => SessionCommand::Next,
        2 => SessionCommand::Previous,
        3 => SessionCommand::GoTo(i % 6),
        4 => SessionCommand::AddMinutes(if n % 2 == 0 { 1 } else { -1 }),
        5 => SessionCommand::Draw {
            categories: None,
            count: None,
        },
        6 => SessionCommand::Keep(format!("forsta-{}", ["fem-varfor", "vems-problem"][i % 2])),
        7 => SessionCommand::ClearTable,
        8 => SessionCommand::Reshuffle,
        9 => field("ideer", CaptureEdit::AddItem(text)),
        10 => field("ideer", CaptureEdit::EditItem { index: 0, text }),
        11 => field("handlingsplan", CaptureEdit::AddRow),
        12 => field(
            "handlingsplan",
            CaptureEdit::SetCell {
                row: 0,
                column: i % 5,
                text,
            },
        ),
        13 => field("handlingsplan", CaptureEdit::MoveRow { from: 0, to: 1 }),
        14 => field("handlingsplan", CaptureEdit::RemoveRow(0)),
        15 => SessionCommand::Complete,
        16 => SessionCommand::Skip,
        17 => SessionCommand::Finish,
        18 => SessionCommand::Reopen,
        19 => SessionCommand::AssignRole {
            role: "Problemägare".into(),
            people: text,
        },
        20 | 21 => SessionCommand::Undo,
        _ => SessionCommand::Redo,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Every action can be undone: each undo returns exactly the state before the action it
    /// names (a burst of typing counts as one), and redo goes forward again.
    #[test]
    fn one_undo_per_action_returns_exactly_the_previous_state(
        seed in any::<u64>(),
        ops in prop::collection::vec((0u8..23, 0i64..6, "[a-zåäö ]{0,8}"), 1..60),
    ) {
        let mut s = new_session(seed);
        let mut undo: Vec<innovationslek::session::SessionFile> = Vec::new();
        let mut redo: Vec<innovationslek::session::SessionFile> = Vec::new();
        let mut now = 0i64;
        for (op, n, text) in ops {
            now += n;
            let t = at(0, now);
            let before = state(&s);
            let len = s.history().undo_len();
            let command = any_command(op, n, text);
            let is_undo = command == SessionCommand::Undo;
            let is_redo = command == SessionCommand::Redo;
            match s.apply(command, t) {
                Ok(SessionEvent::Undid(_)) => {
                    prop_assert!(is_undo);
                    prop_assert_eq!(&state(&s), &undo.pop().expect("an undo step"));
                    redo.push(before);
                }
                Ok(SessionEvent::Redid(_)) => {
                    prop_assert!(is_redo);
                    prop_assert_eq!(&state(&s), &redo.pop().expect("a redo step"));
                    undo.push(before);
                }
                Ok(_) => {
                    if s.history().undo_len() > len {
                        undo.push(before);
                        redo.clear();
                    } else if state(&s) != before {
                        // Joined the burst of typing before it.
                        prop_assert!(redo.is_empty());
                    }
                }
                Err(_) => prop_assert_eq!(&state(&s), &before, "a refused command changes nothing"),
            }
            prop_assert_eq!(s.history().undo_len(), undo.len());
            prop_assert_eq!(s.history().redo_len(), redo.len());
        }
        // All the way back is the new session.
        while s.apply(SessionCommand::Undo, at(0, now)).is_ok() {}
        prop_assert_eq!(state(&s), state(&new_session(seed)));
    }
}

#[test]
fn typing_is_one_undo_step_per_burst() {
    let mut s = new_session(1);
    let cell = |text: &str| SessionCommand::Capture {
        field: "handlingsplan".into(),
        edit: CaptureEdit::SetCell {
            row: 0,
            column: 0,
            text: text.into(),
        },
    };
    s.apply(
        SessionCommand::Capture {
            field: "handlingsplan".into(),
            edit: CaptureEdit::AddRow,
        },
        at(0, 0),
    )
    .expect("row");
    let sentence = "Starta faddersystem för nyanställda";
    for (i, end) in (1..=sentence.chars().count()).enumerate() {
        let text: String = sentence.chars().take(end).collect();
        let seconds = i64::try_from(i).expect("small");
        s.apply(cell(&text), at(1, seconds)).expect("type");
    }
    assert_eq!(s.history().undo_len(), 2, "the row and one burst of typing");
    assert_eq!(
        s.history().undo_action(),
        Some(&innovationslek::session::Action::Edited {
            field: "Handlingsplan".into(),
            edit: innovationslek::session::EditKind::EditedCell
        })
    );
    // A pause longer than the coalescing window starts a new step; so does leaving the field.
    s.apply(cell(&format!("{sentence}.")), at(3, 0))
        .expect("type");
    s.seal_typing();
    s.apply(cell(&format!("{sentence}!")), at(3, 1))
        .expect("type");
    assert_eq!(s.history().undo_len(), 4);
    let table = |s: &Session| match s.capture("handlingsplan") {
        Some(innovationslek::session::Capture::Table(rows)) => rows[0][0].clone(),
        other => panic!("{other:?}"),
    };
    s.apply(SessionCommand::Undo, at(4, 0)).expect("undo");
    assert_eq!(table(&s), format!("{sentence}."));
    s.apply(SessionCommand::Undo, at(4, 0)).expect("undo");
    assert_eq!(table(&s), sentence);
    s.apply(SessionCommand::Undo, at(4, 0)).expect("undo");
    assert_eq!(table(&s), "");
    s.apply(SessionCommand::Redo, at(4, 0)).expect("redo");
    assert_eq!(table(&s), sentence);
}

#[test]
fn finishing_can_be_undone_and_a_finished_session_reopened() {
    let mut s = new_session(1);
    s.apply(SessionCommand::Start, at(0, 0)).expect("start");
    assert_eq!(
        s.apply(SessionCommand::Finish, at(3, 0)).expect("finish"),
        SessionEvent::Finished
    );
    assert!(s.finished().is_some());
    assert_eq!(
        s.apply(SessionCommand::Undo, at(4, 0)).expect("undo"),
        SessionEvent::Undid(innovationslek::session::Action::Finished)
    );
    assert!(s.finished().is_none());
    assert!(s.is_running(), "back exactly to before: the timer ran on");
    s.apply(SessionCommand::Finish, at(5, 0)).expect("finish");
    // A finished session loaded later has no history, but can be reopened.
    let (workshop, hash, _) = bundled("kirunamodellen-60");
    let (mut resumed, _) = Session::resume(s.file().clone(), workshop, &hash);
    assert!(resumed.apply(SessionCommand::Undo, at(6, 0)).is_err());
    resumed
        .apply(SessionCommand::Reopen, at(6, 0))
        .expect("reopen");
    assert!(resumed.finished().is_none());
    assert!(!resumed.is_running());
    assert_eq!(resumed.current(), 0);
    resumed
        .apply(SessionCommand::Undo, at(6, 0))
        .expect("undo reopen");
    assert!(resumed.finished().is_some());
}

#[test]
fn undoing_a_draw_restores_the_generator() {
    let mut s = new_session(2026);
    s.apply(SessionCommand::Next, at(0, 0)).expect("next");
    let draw = SessionCommand::Draw {
        categories: None,
        count: None,
    };
    let SessionEvent::Drew(first) = s.apply(draw.clone(), at(1, 0)).expect("draw") else {
        panic!("drew")
    };
    s.apply(SessionCommand::Keep(first[0].id.clone()), at(1, 10))
        .expect("keep");
    s.apply(SessionCommand::Undo, at(2, 0)).expect("undo keep");
    s.apply(SessionCommand::Undo, at(2, 0)).expect("undo draw");
    assert!(s.draws().expect("pile").table().is_empty());
    let SessionEvent::Drew(again) = s.apply(draw, at(3, 0)).expect("draw") else {
        panic!("drew")
    };
    assert_eq!(ids(&again), ids(&first));
}

// ---------------------------------------------------------------- cards per step

#[test]
fn cards_belong_to_their_step_and_clearing_the_table_is_one_action() {
    let (workshop, hash, deck) = bundled("kirunamodellen-135-en");
    let drawing: Vec<usize> = workshop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, st)| st.draw.is_some())
        .map(|(i, _)| i)
        .take(5)
        .collect();
    assert_eq!(
        drawing.len(),
        5,
        "the 135 workshop draws in five steps or more"
    );
    let mut s = Session::new(workshop, hash, Some(&deck), 7, start(), at(-10, 0));
    let mut minute = 0;
    let mut kept_per_step = Vec::new();
    for &step in &drawing {
        minute += 5;
        s.apply(SessionCommand::GoTo(step), at(minute, 0))
            .expect("go");
        assert!(
            s.step_cards(step).is_empty(),
            "a step opens with an empty table"
        );
        let SessionEvent::Drew(cards) = s
            .apply(
                SessionCommand::Draw {
                    categories: None,
                    count: None,
                },
                at(minute, 10),
            )
            .expect("draw")
        else {
            panic!("drew")
        };
        let SessionEvent::Drew(more) = s
            .apply(
                SessionCommand::Draw {
                    categories: None,
                    count: Some(1),
                },
                at(minute, 20),
            )
            .expect("draw again")
        else {
            panic!("drew")
        };
        let here = s.step_cards(step);
        assert_eq!(
            here.table.len(),
            cards.len() + 1,
            "draws add to the step's table"
        );
        assert_eq!(here.table.last(), more.first(), "the newest card is last");
        s.apply(SessionCommand::Keep(cards[0].id.clone()), at(minute, 30))
            .expect("keep");
        kept_per_step.push(cards[0].id.clone());
        let earlier = s.earlier_cards(step);
        assert!(earlier.iter().all(|c| c.step < step));
        assert_eq!(
            earlier.iter().filter(|c| c.kept).count(),
            kept_per_step.len() - 1
        );
        let left = s.step_cards(step).table.len();
        let undo_before = s.history().undo_len();
        s.apply(SessionCommand::ClearTable, at(minute, 40))
            .expect("clear");
        assert_eq!(s.history().undo_len(), undo_before + 1, "one action");
        assert_eq!(
            s.history().undo_action(),
            Some(&innovationslek::session::Action::ClearedTable { count: left })
        );
        let here = s.step_cards(step);
        assert!(here.table.is_empty());
        assert_eq!(here.kept.len(), 1, "kept cards stay");
        if step == drawing[4] {
            s.apply(SessionCommand::Undo, at(minute, 50)).expect("undo");
            assert_eq!(s.step_cards(step).table.len(), left);
        }
    }
}

#[test]
fn a_break_step_draws_nothing() {
    let (mut workshop, hash, deck) = bundled("kirunamodellen-60");
    workshop.steps[0].pause = true;
    workshop.steps[0].draw = None;
    let mut s = Session::new(workshop, hash, Some(&deck), 1, start(), at(-10, 0));
    let e = s
        .apply(
            SessionCommand::Draw {
                categories: None,
                count: None,
            },
            at(0, 0),
        )
        .expect_err("a break");
    assert_eq!(
        e.to_string(),
        "this step is a break: there are no cards to draw"
    );
    assert!(s.agenda()[0].pause);
}

// ---------------------------------------------------------------- before the day

#[test]
fn the_preparation_and_roles_are_kept_until_the_session_starts() {
    use innovationslek::session::SessionDraft;
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SessionStore::new(dir.path().join("sessions"));
    let (workshop, hash, deck) = bundled("kirunamodellen-60");
    assert_eq!(store.load_draft(&workshop.id).expect("none yet"), None);
    let mut draft = SessionDraft::new(&workshop.id, at(-600, 0));
    let first = workshop.preparation[0].clone();
    draft.set_prepared(&first, true, at(-600, 0));
    draft.set_role("Problemägare", "Anna Svensson ", at(-600, 0));
    draft.set_role("Facilitator", "  ", at(-600, 0));
    store.save_draft(&draft).expect("save");
    // Another run of the program finds it.
    let back = store
        .load_draft(&workshop.id)
        .expect("loads")
        .expect("there");
    assert_eq!(back, draft);
    assert!(back.is_prepared(&first));
    assert_eq!(back.role("Problemägare"), Some("Anna Svensson "));
    assert_eq!(back.prepared_count(&workshop), 1);
    assert_eq!(back.role("Facilitator"), None);
    // Starting takes it over.
    let mut s = Session::new(workshop.clone(), hash, Some(&deck), 1, start(), at(-5, 0));
    s.take_draft(&back, at(-5, 0));
    assert_eq!(s.prepared(), [first]);
    assert_eq!(s.roles()[0].people, "Anna Svensson");
    let text = s.file().to_ron().expect("ron");
    let read = innovationslek::session::SessionFile::from_ron(&text).expect("parses");
    assert_eq!(&read, s.file());
    store.remove_draft(&workshop.id).expect("remove");
    assert_eq!(store.load_draft(&workshop.id).expect("gone"), None);
    // An empty draft leaves no file, and a damaged one is an error naming the file.
    store
        .save_draft(&SessionDraft::new(&workshop.id, at(0, 0)))
        .expect("save empty");
    assert!(!store.draft_path(&workshop.id).exists());
    fs::create_dir_all(store.draft_path("x").parent().expect("dir")).expect("dir");
    fs::write(store.draft_path("x"), "SessionDraft(workshop: ").expect("write");
    let e = store.load_draft("x").expect_err("damaged");
    assert!(e.to_string().contains("x.ron"), "{e}");
    // Drafts are not sessions.
    assert!(store.list().is_empty());
}
