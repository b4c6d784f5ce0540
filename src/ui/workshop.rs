//! Running a workshop: the facilitator's cockpit (the agenda rail, the *now* zone with the step
//! and its timer, the step's cards, what the group writes), the summary with its
//! planned-versus-actual chart, the keyboard shortcuts and the repaint schedule of a running
//! timer. What the room sees is in [`super::projector`].
//!
//! The session itself (timers, draws, captures, saving) belongs to [`crate::session`]; this
//! module turns clicks and keys into [`SessionCommand`]s for [`crate::app::App::apply`] and
//! changes nothing itself. The cockpit has fixed zones: the *now* zone (step, timer, clock
//! window, controls, one line of what to do) never scrolls and shrinks its timer to the space
//! it has, so it stays whole at every text size; the step's content scrolls under it.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Color32, Key as K, Modifiers, RichText, Sense, vec2};

use super::Ctx;
use super::card_face::{BROWSER_CARD, front, paint_card_ui};
use super::command::{Command, View};
use super::i18n::Language;
use super::i18n::{Key, fill};
use crate::active::ActiveSession;
use crate::model::{Deck, FieldKind, Step};
use crate::pdf::face::CardFace;
use crate::session::{
    Action, Capture, CaptureEdit, CardPlace, EditKind, Phase, PileCard, Session, SessionCommand,
    StepState,
};

pub use super::projector::{ProjectorCard, ProjectorView, TimerState, projector_ui};

/// The session view's own state (what the facilitator looks at, not the session).
#[derive(Debug, Clone, Default)]
pub struct SessionViewState {
    /// The keyboard help is shown.
    pub help: bool,
    /// The projector window is open.
    pub projector_open: bool,
    /// The projector window is full screen.
    pub projector_fullscreen: bool,
    /// This window shows the room's view full screen (single screen).
    pub presenting: bool,
    /// The room sees a black screen (B).
    pub blank: bool,
    /// The agenda rail: shown or hidden by the facilitator; `None` follows the window's width.
    pub rail: Option<bool>,
    /// The card shown large, by id.
    pub open_card: Option<String>,
    /// The table field shown on the projector, by id.
    pub projected: Option<String>,
    /// Finishing the workshop waits for the facilitator's yes.
    pub confirm_finish: bool,
    /// Letter shortcuts rest until then: someone typed outside a text field.
    pub typing_until: Option<DateTime<Utc>>,
    /// The text of each list field's "new item" box, by field id.
    pub new_items: BTreeMap<String, String>,
    /// The text typed for each role (who has it), by role name.
    pub role_inputs: BTreeMap<String, String>,
}

/// A change of the session view's own state, from the view to [`SessionViewState::change`].
#[derive(Debug, Clone, PartialEq)]
pub enum ViewChange {
    /// Show or hide the agenda rail.
    ToggleRail,
    /// Black out the room's screen, or show it again.
    ToggleBlank,
    /// Show a card large, or close it.
    OpenCard(Option<String>),
    /// Show a table field on the projector, or stop.
    Project(Option<String>),
    /// Ask before finishing, or stop asking.
    ConfirmFinish(bool),
    /// Letter shortcuts rest until then (`None`: they work again).
    TypingUntil(Option<DateTime<Utc>>),
}

impl SessionViewState {
    /// Applies a change of the view's own state.
    pub fn change(&mut self, change: ViewChange) {
        match change {
            ViewChange::ToggleRail => self.rail = Some(!self.rail.unwrap_or(true)),
            ViewChange::ToggleBlank => self.blank = !self.blank,
            ViewChange::OpenCard(card) => self.open_card = card,
            ViewChange::Project(field) => self.projected = field,
            ViewChange::ConfirmFinish(ask) => self.confirm_finish = ask,
            ViewChange::TypingUntil(until) => self.typing_until = until,
        }
    }
}

/// How long a toast shows what an action did.
pub const TOAST_SECONDS: i64 = 6;

/// What the last session action did, in a few words with how to take it back
/// ("Drog 2 kort · Ctrl+Z ångrar"), shown for [`TOAST_SECONDS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// The words shown.
    pub text: String,
    /// The action alone, for the button's name ("Ångra: Drog 2 kort").
    pub what: String,
    /// Whether it reports an undo (its button then redoes).
    pub undone: bool,
    /// Until when it shows.
    pub until: DateTime<Utc>,
}

impl Toast {
    /// A toast that only tells something (such as the file an export wrote), with no undo:
    /// its `what` is empty.
    pub fn note(text: String, now: DateTime<Utc>) -> Toast {
        Toast {
            text,
            what: String::new(),
            undone: false,
            until: now + TimeDelta::seconds(TOAST_SECONDS),
        }
    }

    /// The toast of an action just done.
    pub fn done(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastDone, action, language, now, false)
    }

    /// The toast of an action just undone.
    pub fn undid(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastUndid, action, language, now, true)
    }

    /// The toast of an action done again.
    pub fn redid(action: &Action, language: Language, now: DateTime<Utc>) -> Toast {
        Toast::with(Key::ToastRedid, action, language, now, false)
    }

    fn with(
        key: Key,
        action: &Action,
        language: Language,
        now: DateTime<Utc>,
        undone: bool,
    ) -> Toast {
        let what = describe(action, language);
        Toast {
            text: fill(language.tr(key), &[("what", &what)]),
            what,
            undone,
            until: now + TimeDelta::seconds(TOAST_SECONDS),
        }
    }

    /// Whether it still shows at `now`.
    pub fn showing(&self, now: DateTime<Utc>) -> bool {
        self.until > now
    }
}

/// An action in the facilitator's words, for toasts and the undo and redo buttons.
pub fn describe(action: &Action, language: Language) -> String {
    let tr = |key| language.tr(key);
    match action {
        Action::Started => tr(Key::ActStarted).to_owned(),
        Action::Paused => tr(Key::ActPaused).to_owned(),
        Action::AddedMinutes(n) if *n < 0 => fill(tr(Key::ActRemovedMinutes), &[("n", &-n)]),
        Action::AddedMinutes(n) => fill(tr(Key::ActAddedMinutes), &[("n", n)]),
        Action::WentTo { step, title } => {
            fill(tr(Key::ActWentTo), &[("n", &(step + 1)), ("title", title)])
        }
        Action::Skipped { step, title } => {
            fill(tr(Key::ActSkipped), &[("n", &(step + 1)), ("title", title)])
        }
        Action::Completed { step, title } => fill(
            tr(Key::ActCompleted),
            &[("n", &(step + 1)), ("title", title)],
        ),
        Action::Finished => tr(Key::ActFinished).to_owned(),
        Action::Reopened => tr(Key::ActReopened).to_owned(),
        Action::Drew { count } => fill(tr(Key::ActDrew), &[("n", count)]),
        Action::Kept { title } => fill(tr(Key::ActKept), &[("card", title)]),
        Action::Discarded { title } => fill(tr(Key::ActDiscarded), &[("card", title)]),
        Action::ClearedTable { count } => fill(tr(Key::ActCleared), &[("n", count)]),
        Action::Reshuffled { count } => fill(tr(Key::ActReshuffled), &[("n", count)]),
        Action::Edited { field, edit } => {
            let key = match edit {
                EditKind::Text => Key::ActText,
                EditKind::AddedItem => Key::ActAddedItem,
                EditKind::EditedItem => Key::ActEditedItem,
                EditKind::RemovedItem => Key::ActRemovedItem,
                EditKind::MovedItem => Key::ActMovedItem,
                EditKind::Chose => Key::ActChose,
                EditKind::Unchose => Key::ActUnchose,
                EditKind::AddedRow => Key::ActAddedRow,
                EditKind::RemovedRow => Key::ActRemovedRow,
                EditKind::MovedRow => Key::ActMovedRow,
                EditKind::EditedCell => Key::ActEditedCell,
                EditKind::Status => Key::ActStatus,
                EditKind::Due => Key::ActDue,
                EditKind::Voted => Key::ActVoted,
                EditKind::Unvoted => Key::ActUnvoted,
                EditKind::Counted => Key::ActCounted,
                EditKind::ChoseTop => Key::ActChoseTop,
                EditKind::DroppedVotes => Key::ActDroppedVotes,
                EditKind::Placed => Key::ActPlaced,
                EditKind::Unplaced => Key::ActUnplaced,
            };
            fill(tr(key), &[("field", field)])
        }
        Action::AssignedRole { role } => fill(tr(Key::ActAssignedRole), &[("role", role)]),
    }
}

/// What the facilitator is told on resuming a session, in the interface language.
pub fn resume_notice_text(notice: &crate::session::ResumeNotice, language: Language) -> String {
    crate::i18n::Localized::message(notice, language)
}

/// A session error in the facilitator's language (the engine's own text is English).
pub fn session_error_text(error: &crate::session::SessionError, language: Language) -> String {
    crate::i18n::Localized::message(error, language)
}

/// The mark and the word of a step's state in the agenda.
pub fn state_mark(state: StepState) -> (&'static str, Key) {
    match state {
        StepState::NotStarted => ("○", Key::StateNotStarted),
        StepState::Running => ("▶", Key::StateRunning),
        StepState::Paused => ("‖", Key::StatePaused),
        StepState::Visited => ("◐", Key::StateVisited),
        StepState::Done => ("✓", Key::StateDone),
        StepState::Skipped => ("↷", Key::StateSkipped),
    }
}

/// Whether a step is a break (no draw, no capture; the projector shows a break screen).
pub fn is_break(step: &Step) -> bool {
    step.pause
}

/// A card drawn in the current step, as the cockpit lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepCard {
    /// The card.
    pub card: PileCard,
    /// Kept as chosen.
    pub kept: bool,
    /// Discarded (shown as an empty place so the cards after it stay where they are).
    pub discarded: bool,
}

/// The step each card on the table or kept was last drawn in.
fn drawn_in(session: &Session) -> HashMap<&str, Option<&str>> {
    let mut steps = HashMap::new();
    if let Some(pile) = session.draws() {
        for record in pile.draws() {
            for id in &record.cards {
                steps.insert(id.as_str(), record.step.as_deref());
            }
        }
    }
    steps
}

/// The cards of the current step in the order they were drawn: the kept ones of every draw in
/// the step, and the latest draw's cards wherever they are now. A discarded card keeps its place
/// while a card after it is still shown, so nothing moves under the mouse.
pub fn step_cards(session: &Session) -> Vec<StepCard> {
    let Some(pile) = session.draws() else {
        return Vec::new();
    };
    let step = session.step().id.as_str();
    let steps = drawn_in(session);
    let records: Vec<_> = pile
        .draws()
        .filter(|r| r.step.as_deref() == Some(step))
        .collect();
    let latest = records.last().map(|r| r.cards.as_slice()).unwrap_or(&[]);
    let mut cards: Vec<StepCard> = Vec::new();
    for record in &records {
        for id in &record.cards {
            if steps.get(id.as_str()) != Some(&Some(step)) || cards.iter().any(|c| &c.card.id == id)
            {
                continue;
            }
            let Some(card) = pile.card(id) else { continue };
            let place = pile.place(id).unwrap_or_default();
            let shown = match place {
                CardPlace::Kept | CardPlace::Table => true,
                CardPlace::Discard => latest.contains(id),
                CardPlace::Pile => false,
            };
            if shown {
                cards.push(StepCard {
                    card: card.clone(),
                    kept: place == CardPlace::Kept,
                    discarded: place == CardPlace::Discard,
                });
            }
        }
    }
    while cards.last().is_some_and(|c| c.discarded) {
        cards.pop();
    }
    cards
}

/// Cards on the table or kept that were drawn in other steps ("Tidigare kort").
pub fn earlier_cards(session: &Session) -> Vec<StepCard> {
    let Some(pile) = session.draws() else {
        return Vec::new();
    };
    let step = session.step().id.as_str();
    let steps = drawn_in(session);
    let mut cards: Vec<StepCard> = pile
        .table()
        .into_iter()
        .map(|c| (c, false))
        .chain(pile.kept().into_iter().map(|c| (c, true)))
        .filter(|(c, _)| steps.get(c.id.as_str()).copied().flatten() != Some(step))
        .map(|(c, kept)| StepCard {
            card: c.clone(),
            kept,
            discarded: false,
        })
        .collect();
    cards.sort_by_key(|c| !c.kept);
    cards
}

/// Whole seconds shown for `remaining`: rounded up, so a countdown shows `00:01` in its last
/// second and `−00:01` one second after time ran out.
fn shown_seconds(remaining: TimeDelta) -> i64 {
    let ms = remaining.num_milliseconds();
    -((-ms).div_euclid(1000))
}

/// A countdown as `mm:ss`, with a minus sign (−) when the time is overrun.
pub fn timer_text(remaining: TimeDelta) -> String {
    let secs = shown_seconds(remaining);
    let sign = if secs < 0 { "−" } else { "" };
    let abs = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
}

/// When the session's display next changes: the next second boundary of the running timer,
/// the end of the flash, or the moment resting shortcuts wake; `None` when nothing will change
/// by itself.
pub fn next_repaint(active: &ActiveSession, now: DateTime<Utc>) -> Option<std::time::Duration> {
    let mut next: Option<i64> = None;
    if active.session.is_running() && active.session.finished().is_none() {
        let ms = active.session.remaining(now).num_milliseconds();
        let rest = ms.rem_euclid(1000);
        // A few milliseconds late, so the frame lands after the boundary.
        next = Some(if rest == 0 { 1000 } else { rest } + 5);
    }
    if let Some(until) = active.flash_until {
        let ms = (until - now).num_milliseconds().max(0) + 5;
        next = Some(next.map_or(ms, |n| n.min(ms)));
    }
    next.map(|ms| std::time::Duration::from_millis(ms.max(1) as u64))
}

/// The time-up chime: a short tone with the `sound` feature, nothing without it (the flash
/// shows either way). No sound device is not an error.
pub fn chime() {
    #[cfg(feature = "sound")]
    {
        std::thread::spawn(|| {
            use rodio::Source;
            // No sound device (or none that opens): the flash alone signals the time.
            if let Ok(mut sink) = rodio::DeviceSinkBuilder::open_default_sink() {
                sink.log_on_drop(false);
                let tone = rodio::source::SineWave::new(880.0)
                    .take_duration(std::time::Duration::from_millis(600))
                    .amplify(0.3);
                sink.mixer().add(tone);
                std::thread::sleep(std::time::Duration::from_millis(700));
            }
        });
    }
}

/// The colour of a phase in the cockpit. In the dark themes these are the stage colours; in
/// the light theme dark tones that still differ in brightness.
pub fn phase_color(phase: Phase, dark: bool) -> Color32 {
    match (phase, dark) {
        (p, true) => super::projector::stage_color(TimerState::Running(p)),
        (Phase::Normal, false) => Color32::from_rgb(0x0B, 0x4F, 0x24),
        (Phase::Warning, false) => Color32::from_rgb(0x9A, 0x52, 0x00),
        (Phase::Overrun, false) => Color32::from_rgb(0xB0, 0x1C, 0x10),
    }
}

/// The keyboard shortcuts: key, and what it does (i18n key).
pub const SHORTCUTS: &[(&str, Key)] = &[
    ("Space", Key::ShortcutStartPause),
    ("N / Page Down", Key::ShortcutNext),
    ("P / Page Up", Key::ShortcutPrevious),
    ("+", Key::ShortcutPlusOne),
    ("5", Key::ShortcutPlusFive),
    ("−", Key::ShortcutMinusOne),
    ("D", Key::ShortcutDraw),
    ("K", Key::ShortcutKeep),
    ("X", Key::ShortcutDiscard),
    ("Ctrl+Z", Key::ShortcutUndo),
    ("Ctrl+Shift+Z / Ctrl+Y", Key::ShortcutRedo),
    ("R", Key::ShortcutReshuffle),
    ("W", Key::ShortcutProjector),
    ("B", Key::ShortcutBlank),
    ("F", Key::ShortcutFullscreen),
    ("A", Key::ShortcutRail),
    ("F1 / ?", Key::ShortcutHelp),
    ("Esc", Key::ShortcutEscape),
];

/// The characters a letter shortcut answers to; anything else typed outside a text field means
/// someone is typing where no field has the keyboard.
const SHORTCUT_CHARS: &str = "npdkxrwbfa5+=-−? ";

/// How long letter shortcuts rest after typing outside a text field.
pub const TYPING_REST_SECONDS: i64 = 2;

/// Whether this frame's typed text is ordinary writing rather than a shortcut.
fn typed_writing(input: &egui::InputState) -> bool {
    input.events.iter().any(|e| match e {
        egui::Event::Text(text) => text.chars().any(|c| {
            !c.is_control() && !SHORTCUT_CHARS.contains(c.to_lowercase().next().unwrap_or(c))
        }),
        _ => false,
    })
}

/// Whether this frame has typed text at all.
fn typed_anything(input: &egui::InputState) -> bool {
    input
        .events
        .iter()
        .any(|e| matches!(e, egui::Event::Text(t) if !t.is_empty()))
}

/// Turns the keys pressed this frame into commands, unless a text field has the keyboard.
/// The keys are consumed, so a focused button does not also react to them; only space is left
/// to a widget that Tab gave the keyboard, which it presses. When someone types
/// ordinary text with no field focused (a click just beside the field), the letter shortcuts
/// rest until [`TYPING_REST_SECONDS`] pass without typing, or Esc.
pub fn shortcuts(
    ctx: &egui::Context,
    session: &Session,
    state: &SessionViewState,
    now: DateTime<Utc>,
) -> Vec<Command> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    // A focused vote row or matrix item takes +, −, space, Enter and the arrows itself.
    let choosing = super::choosing::keys_taken(ctx);
    // Any other widget with the keyboard got it by Tab (a click gives a button none): space
    // presses it, as the settings page says, instead of starting the timer under it.
    let tabbed = !choosing && ctx.memory(|m| m.focused()).is_some();
    let mut commands = Vec::new();
    let table_card = step_cards(session)
        .into_iter()
        .find(|c| !c.kept && !c.discarded)
        .map(|c| c.card.id);
    let resting = state.typing_until.is_some_and(|until| until > now);
    let (writing, typed) = ctx.input(|i| (typed_writing(i), typed_anything(i)));
    let (writing, typed) = (writing && !choosing, typed && !choosing);
    let rest = writing || (resting && typed);
    if rest {
        commands.push(Command::SessionView(ViewChange::TypingUntil(Some(
            now + TimeDelta::seconds(TYPING_REST_SECONDS),
        ))));
    } else if state.typing_until.is_some() && !resting {
        commands.push(Command::SessionView(ViewChange::TypingUntil(None)));
    }
    // While a question waits for its answer, only Esc and the function keys act.
    let letters = !(rest || resting || state.confirm_finish || state.open_card.is_some());
    ctx.input_mut(|input| {
        let mut key = |modifiers: Modifiers, key: K| input.consume_key(modifiers, key);
        // Redo first: the plain Ctrl+Z pattern would also match Ctrl+Shift+Z.
        if key(Modifiers::COMMAND | Modifiers::SHIFT, K::Z) || key(Modifiers::COMMAND, K::Y) {
            commands.push(Command::Session(SessionCommand::Redo));
        }
        if key(Modifiers::COMMAND, K::Z) {
            commands.push(Command::Session(SessionCommand::Undo));
        }
        if key(Modifiers::NONE, K::F1) {
            commands.push(Command::ToggleHelp);
        }
        if key(Modifiers::NONE, K::Escape) {
            if resting || rest {
                commands.push(Command::SessionView(ViewChange::TypingUntil(None)));
            } else if state.open_card.is_some() {
                commands.push(Command::SessionView(ViewChange::OpenCard(None)));
            } else if state.confirm_finish {
                commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
            } else if state.help {
                commands.push(Command::ToggleHelp);
            } else if state.presenting || state.projector_fullscreen {
                commands.push(Command::ToggleFullscreen);
            }
        }
        if key(Modifiers::NONE, K::F11) {
            commands.push(Command::ToggleFullscreen);
        }
        let finished = session.finished().is_some();
        let run = |c: SessionCommand| Command::Session(c);
        // What a presenter's clicker sends.
        if !finished && key(Modifiers::NONE, K::PageDown) {
            commands.push(run(SessionCommand::Next));
        }
        if !finished && key(Modifiers::NONE, K::PageUp) {
            commands.push(run(SessionCommand::Previous));
        }
        if !letters {
            // Nor may the typed spaces press a button that has the focus.
            for modifiers in [Modifiers::NONE, Modifiers::SHIFT] {
                key(modifiers, K::Space);
                key(modifiers, K::Enter);
            }
            return;
        }
        if key(Modifiers::NONE, K::Questionmark) || key(Modifiers::SHIFT, K::Questionmark) {
            commands.push(Command::ToggleHelp);
        }
        if key(Modifiers::NONE, K::W) {
            commands.push(Command::ToggleProjector);
        }
        if key(Modifiers::NONE, K::F) {
            commands.push(Command::ToggleFullscreen);
        }
        if key(Modifiers::NONE, K::B) {
            commands.push(Command::SessionView(ViewChange::ToggleBlank));
        }
        if key(Modifiers::NONE, K::A) {
            commands.push(Command::SessionView(ViewChange::ToggleRail));
        }
        if finished {
            return;
        }
        if choosing {
            // The vote row or matrix item uses these keys (see `choosing`).
            return;
        }
        if !tabbed && key(Modifiers::NONE, K::Space) {
            commands.push(run(SessionCommand::StartPause));
        }
        if key(Modifiers::NONE, K::N) {
            commands.push(run(SessionCommand::Next));
        }
        if key(Modifiers::NONE, K::P) {
            commands.push(run(SessionCommand::Previous));
        }
        if key(Modifiers::NONE, K::Plus)
            || key(Modifiers::SHIFT, K::Plus)
            || key(Modifiers::NONE, K::Equals)
        {
            commands.push(run(SessionCommand::AddMinutes(1)));
        }
        if key(Modifiers::NONE, K::Num5) {
            commands.push(run(SessionCommand::AddMinutes(5)));
        }
        if key(Modifiers::NONE, K::Minus) {
            commands.push(run(SessionCommand::AddMinutes(-1)));
        }
        // A break has no draw: D does nothing there.
        if key(Modifiers::NONE, K::D) && !is_break(session.step()) {
            commands.push(run(SessionCommand::Draw {
                categories: None,
                count: None,
            }));
        }
        if let Some(card) = &table_card {
            if key(Modifiers::NONE, K::K) {
                commands.push(run(SessionCommand::Keep(card.clone())));
            }
            if key(Modifiers::NONE, K::X) {
                commands.push(run(SessionCommand::Discard(card.clone())));
            }
        }
        if key(Modifiers::NONE, K::R) {
            commands.push(run(SessionCommand::Reshuffle));
        }
    });
    commands
}

fn hhmm(t: &DateTime<chrono::FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

/// A card face laid out once per card (screen sizes only scale it), shared by the cockpit and
/// the projector and kept in egui's memory for the life of the window.
#[derive(Clone, Default)]
struct FaceCache(Arc<Mutex<FaceMap>>);

/// Laid-out faces by deck id and card id (`None`: the card is not in the deck).
type FaceMap = HashMap<(String, String), Option<Arc<CardFace>>>;

/// The laid-out front of `card_id` in `deck`, from the cache.
fn cached_face(ctx: &egui::Context, deck: &Deck, card_id: &str) -> Option<Arc<CardFace>> {
    let cache = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<FaceCache>(egui::Id::unique("session-face-cache"))
            .clone()
    });
    let Ok(mut map) = cache.0.lock() else {
        return None;
    };
    map.entry((deck.id.clone(), card_id.to_owned()))
        .or_insert_with(|| {
            let index = deck.cards.iter().position(|c| c.id == card_id)?;
            front(deck, index, BROWSER_CARD).map(Arc::new)
        })
        .clone()
}

/// The width of `n` characters of body text.
fn chars_width(ui: &egui::Ui, n: usize) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.ctx().fonts_mut(|f| f.glyph_width(&font, 'n')) * n as f32
}

/// A button that keeps its size whichever of `labels` it shows, so nothing beside it moves.
fn steady_button(ui: &mut egui::Ui, labels: &[&str], shown: usize) -> egui::Response {
    steady_button_enabled(ui, true, labels, shown)
}

/// [`steady_button`], greyed out unless `enabled` (added straight into the row, so a wrapping
/// row still moves it to the next line when it does not fit).
fn steady_button_enabled(
    ui: &mut egui::Ui,
    enabled: bool,
    labels: &[&str],
    shown: usize,
) -> egui::Response {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let widest = labels
        .iter()
        .map(|l| {
            ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap((*l).to_owned(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0_f32, f32::max);
    let pad = ui.spacing().button_padding;
    let size = vec2(
        widest + 2.0 * pad.x,
        ui.spacing().interact_size.y.max(font.size + 2.0 * pad.y),
    );
    let label = labels[shown.min(labels.len() - 1)];
    let response = ui.add_enabled(enabled, egui::Button::new(label).min_size(size));
    // A screen reader (and a test) hears the words, not the icon font's private characters.
    let words: String = label
        .chars()
        .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
        .collect();
    if words.len() != label.len() {
        let words = words.trim().to_owned();
        let enabled = response.enabled();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &words));
    }
    response
}

/// An icon of the icon font by name, for a button's label (empty when the font lacks it).
fn icon(name: &str) -> String {
    crate::icons::by_name(name)
        .map(String::from)
        .unwrap_or_default()
}

/// The session view: the agenda rail and the cockpit; the summary once the session has ended.
pub fn session_view_ui(ui: &mut egui::Ui, cx: &mut Ctx<'_>) -> Vec<Command> {
    let cx: &Ctx<'_> = cx;
    let View::Session(state) = &cx.view else {
        return Vec::new();
    };
    let Some(active) = &cx.session else {
        ui.label(cx.tr(Key::NoSession));
        return Vec::new();
    };
    let now = cx.now();
    let mut commands = shortcuts(ui.ctx(), &active.session, state, now);
    let flashing = active.flash_until.is_some_and(|until| until > now);
    if let Some(until) = state.typing_until
        && until > now
    {
        // Wake when the shortcuts do, to take the note away.
        let ms = (until - now).num_milliseconds().max(0) as u64 + 5;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(ms));
    }
    if state.projector_open {
        let view = ProjectorView::build(
            &active.session,
            active.deck.as_ref(),
            now,
            super::projector::room_language(&active.session),
            state.projected.as_deref(),
        );
        let title = cx.tr(Key::ProjectorTitle);
        let fullscreen = state.projector_fullscreen;
        let session = &active.session;
        // Beside the facilitator's window (on an extended desktop: the second screen), never
        // over its controls.
        let main = ui.ctx().input(|i| i.viewport().outer_rect);
        let mut builder = egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1024.0, 640.0])
            .with_fullscreen(fullscreen);
        if let Some(main) = main {
            // Where it first opened; later moves of either window are the facilitator's.
            let at = ui.ctx().data_mut(|d| {
                *d.get_temp_mut_or_insert_with(egui::Id::unique("projector-position"), || {
                    egui::pos2(main.right() + 16.0, main.top())
                })
            });
            builder = builder.with_position(at);
        }
        let (closed, keys) = ui.ctx().show_viewport_immediate(
            egui::ViewportId::from_hash_of("projector"),
            builder,
            |ui, _class| {
                // The same keys work in the projector window (a presenter's clicker there).
                let keys = shortcuts(ui.ctx(), session, state, now);
                // `projector_ui` paints the whole background itself: a panel fill under it would
                // paint every pixel twice (a software renderer's cost grows with painted area).
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| {
                        projector_ui(ui, &view, state.blank, flashing);
                    });
                (ui.ctx().input(|i| i.viewport().close_requested()), keys)
            },
        );
        commands.extend(keys);
        if closed {
            commands.push(Command::ToggleProjector);
        }
    }
    if state.presenting {
        let view = ProjectorView::build(
            &active.session,
            active.deck.as_ref(),
            now,
            super::projector::room_language(&active.session),
            state.projected.as_deref(),
        );
        // A small way back for the mouse, beside Esc and F.
        let rect = ui.max_rect();
        projector_ui(ui, &view, state.blank, flashing);
        let back = egui::Rect::from_min_size(
            egui::pos2(rect.left(), rect.bottom() - 28.0),
            vec2(rect.width() * 0.45, 24.0),
        );
        if ui
            .put(
                back,
                egui::Button::new(RichText::new(cx.tr(Key::LeaveFullscreen)).weak()).frame(false),
            )
            .clicked()
        {
            commands.push(Command::ToggleFullscreen);
        }
        return commands;
    }
    if state.help {
        help_ui(ui, cx, &mut commands);
    }
    toast_ui(ui, cx, now, &mut commands);
    if active.session.finished().is_some() {
        messages_ui(ui, cx, active);
        summary_ui(ui, cx, active, &mut commands);
        return commands;
    }
    // Open in another window: a banner says so, and nothing under it can change the session.
    if super::read_only::read_only_banner_ui(ui, cx, &mut commands) {
        ui.disable();
    }
    if state.confirm_finish {
        confirm_finish_ui(ui, cx, &mut commands);
    }
    if let Some(card) = &state.open_card {
        open_card_ui(ui, cx, active, card, &mut commands);
    }
    // The rail follows the window unless the facilitator chose: hidden when the cockpit would
    // be narrower than about 60 characters.
    let rail = state
        .rail
        .unwrap_or(ui.available_width() >= chars_width(ui, 60) + 300.0);
    if rail {
        egui::Panel::left("session-agenda")
            .resizable(true)
            .default_size(300.0)
            .min_size(220.0)
            .max_size((ui.available_width() * 0.4).max(220.0))
            .frame(egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    agenda_ui(ui, cx, active, state, now, &mut commands);
                    scroll_to_focus(ui);
                });
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
        .show(ui, |ui| {
            messages_ui(ui, cx, active);
            // The now zone stays in view; the rest scrolls under it.
            now_ui(ui, cx, active, state, now, &mut commands);
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    step_body_ui(ui, cx, active, state, &mut commands);
                    scroll_to_focus(ui);
                });
        });
    commands
}

/// At the end of a scroll area's content: the widget that just took the keyboard focus (by Tab)
/// comes into view if it is in this area, so a capture below the fold is not edited unseen.
fn scroll_to_focus(ui: &egui::Ui) {
    let seen_id = ui.scope_id().with("focus-seen");
    let focused = ui.ctx().memory(|m| m.focused());
    if ui.data(|d| d.get_temp::<Option<egui::Id>>(seen_id)) == Some(focused) {
        return;
    }
    ui.data_mut(|d| d.insert_temp(seen_id, focused));
    if let Some(response) = focused.and_then(|id| ui.ctx().read_response(id))
        && ui.min_rect().contains_rect(response.rect)
    {
        response.scroll_to_me(None);
    }
}

/// The last action's toast, at the foot of the window over the content, with its undo (or
/// redo) button.
fn toast_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, now: DateTime<Utc>, commands: &mut Vec<Command>) {
    let Some(toast) = cx.toast.as_ref().filter(|t| t.showing(now)) else {
        return;
    };
    egui::Area::new(egui::Id::unique("session-toast"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_BOTTOM, vec2(0.0, -16.0))
        .interactable(true)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(&toast.text).strong())
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                    if toast.what.is_empty() {
                        return;
                    }
                    let (label, name, command) = if toast.undone {
                        (Key::Redo, Key::RedoWhat, SessionCommand::Redo)
                    } else {
                        (Key::Undo, Key::UndoWhat, SessionCommand::Undo)
                    };
                    let name = fill(cx.tr(name), &[("what", &toast.what)]);
                    if ui
                        .button(cx.tr(label))
                        .widget_info_button(&name)
                        .on_hover_text(&name)
                        .clicked()
                    {
                        commands.push(Command::Session(command));
                    }
                });
            });
        });
}

/// Errors, save problems and the notes of a resumed session: one line each.
fn messages_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, active: &ActiveSession) {
    if let Some(error) = &cx.session_error {
        ui.add(
            egui::Label::new(RichText::new(error).color(ui.visuals().error_fg_color)).truncate(),
        );
    }
    if let Some(error) = cx.save_error() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(cx.tr(Key::SaveFailed), &[("error", &error)]),
        );
    }
    for note in &active.notes {
        let note = crate::i18n::Localized::message(note, cx.state.language);
        ui.add(egui::Label::new(RichText::new(note).weak()).truncate());
    }
}

fn help_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    // A window over the session, so nothing under it moves.
    egui::Window::new(cx.tr(Key::ShortcutsTitle))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .show(ui.ctx(), |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                    for (key, what) in SHORTCUTS {
                        ui.label(RichText::new(*key).monospace().strong());
                        ui.label(cx.tr(*what));
                        ui.end_row();
                    }
                });
                if ui.button(cx.tr(Key::Close)).clicked() {
                    commands.push(Command::ToggleHelp);
                }
            });
        });
}

fn confirm_finish_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-finish")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading(cx.tr(Key::FinishQuestion));
        ui.label(cx.tr(Key::FinishExplained));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(cx.tr(Key::FinishSession)).clicked() {
                commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
                commands.push(Command::Session(SessionCommand::Finish));
            }
            if ui.button(cx.tr(Key::KeepWorking)).clicked() {
                commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::SessionView(ViewChange::ConfirmFinish(false)));
    }
}

/// The question when another workshop is started while a session runs: continue the running
/// one, or start the new one (the running one stays saved and can be resumed).
pub fn confirm_start_ui(ui: &mut egui::Ui, cx: &Ctx<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let (Some(pending), Some(active)) = (&cx.pending_start, &cx.session) else {
        return commands;
    };
    let wanted = cx
        .library
        .workshop(&pending.workshop_id)
        .map_or(pending.workshop_id.as_str(), |w| w.value.title.as_str());
    let running = &active.session.workshop().title;
    let modal = egui::Modal::new(egui::Id::unique("confirm-start")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(fill(cx.tr(Key::SessionRunning), &[("workshop", running)]));
        ui.label(fill(
            cx.tr(Key::StartAnotherExplained),
            &[("workshop", running), ("new", &wanted)],
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(fill(cx.tr(Key::ContinueRunning), &[("workshop", running)]))
                .clicked()
            {
                commands.push(Command::ConfirmStart(false));
                commands.push(Command::ShowSession);
            }
            if ui
                .button(fill(cx.tr(Key::StartAnother), &[("workshop", &wanted)]))
                .clicked()
            {
                commands.push(Command::ConfirmStart(true));
            }
            if ui.button(cx.tr(Key::Cancel)).clicked() {
                commands.push(Command::ConfirmStart(false));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ConfirmStart(false));
    }
    commands
}

fn open_card_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    card_id: &str,
    commands: &mut Vec<Command>,
) {
    let Some(deck) = &active.deck else { return };
    let screen = ui.ctx().content_rect();
    let card_h = (screen.height() * 0.75)
        .min(screen.width() * 0.6 * BROWSER_CARD.height / BROWSER_CARD.width);
    let card_w = card_h * BROWSER_CARD.width / BROWSER_CARD.height;
    let title = deck
        .cards
        .iter()
        .find(|c| c.id == card_id)
        .map(|c| c.title.clone())
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("open-card")).show(ui.ctx(), |ui| {
        let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::click());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Image,
                true,
                cx.state.language.fmt(Key::BigCard, &[("title", &title)]),
            )
        });
        if let Some(face) = cached_face(ui.ctx(), deck, card_id) {
            paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
        }
        if ui.button(cx.tr(Key::Close)).clicked() || response.clicked() {
            commands.push(Command::SessionView(ViewChange::OpenCard(None)));
        }
    });
    if modal.should_close() {
        commands.push(Command::SessionView(ViewChange::OpenCard(None)));
    }
}

/// The clock window of the current step: when it started (or will start) and when it is
/// expected to end.
fn step_window(session: &Session, now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let timing = session.current_timing();
    let remaining = session.remaining(now).max(TimeDelta::zero());
    match timing.started() {
        Some(started) => (started, now + remaining),
        None => {
            let planned = session
                .agenda()
                .get(session.current())
                .map(|a| a.planned_start.with_timezone(&Utc))
                .unwrap_or(now);
            let start = planned.max(now);
            (start, start + timing.budget())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn now_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    state: &SessionViewState,
    now: DateTime<Utc>,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    let step = session.step();
    let run = |c: SessionCommand| Command::Session(c);
    let offset = *session.planned_start().offset();
    let clock = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    let (from, to) = step_window(session, now);
    let zone_h = ui.available_height();
    let zone_w = ui.available_width();

    // The step: number and title on one line, the clock on the right.
    ui.horizontal(|ui| {
        let sidebar = icon("sidebar-simple");
        if steady_button(ui, &[&sidebar], 0)
            .widget_info_button(&cx.tr(Key::ShortcutRail))
            .on_hover_text(cx.tr(Key::ShortcutRail))
            .clicked()
        {
            commands.push(Command::SessionView(ViewChange::ToggleRail));
        }
        let clock_text = fill(
            cx.tr(Key::StepWindow),
            &[
                ("from", &clock(from)),
                ("to", &clock(to)),
                ("now", &clock(now)),
            ],
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(&clock_text).strong());
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{}. {}", session.current() + 1, step.title))
                            .size(22.0)
                            .strong(),
                    )
                    .truncate(),
                );
            });
        });
    });

    // The big timer, as large as the space allows, with its phase as a word and a shape.
    let timer_state = TimerState::of(session, now);
    let flashing = active.flash_until.is_some_and(|until| until > now);
    let remaining = session.remaining(now);
    let text = timer_text(remaining);
    let color = if flashing {
        Color32::WHITE
    } else {
        phase_color(timer_state.phase(), ui.visuals().dark_mode)
    };
    let per_point = ui
        .ctx()
        .fonts_mut(|f| f.row_height(&egui::FontId::monospace(100.0)))
        / 100.0;
    let char_w = ui
        .ctx()
        .fonts_mut(|f| f.glyph_width(&egui::FontId::monospace(100.0), '0'))
        / 100.0;
    // A fifth of the zone's height, and no more than half its width for six characters.
    let size = (zone_h * 0.2 / per_point)
        .min(zone_w * 0.5 / (6.0 * char_w.max(0.1)))
        .clamp(20.0, 120.0);
    let frame = if flashing {
        egui::Frame::new()
            .fill(phase_color(Phase::Overrun, false))
            .inner_margin(4.0)
            .corner_radius(4.0)
    } else {
        egui::Frame::new().inner_margin(4.0)
    };
    ui.horizontal(|ui| {
        frame.show(ui, |ui| {
            ui.label(RichText::new(&text).size(size).monospace().color(color));
        });
        ui.vertical(|ui| {
            let shape = size * 0.3;
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(shape, shape), Sense::hover());
                super::projector::paint_state_shape(
                    ui.painter(),
                    rect,
                    timer_state,
                    phase_color(timer_state.phase(), ui.visuals().dark_mode),
                );
                let word = super::projector::phase_text(timer_state, remaining, cx.state.language);
                let word = if word.is_empty() {
                    cx.tr(Key::Running).to_owned()
                } else {
                    word
                };
                ui.label(RichText::new(word).size((size * 0.25).max(16.0)).strong());
            });
            // The step's progress.
            let timing = session.current_timing();
            let budget = timing.budget().num_milliseconds().max(1) as f32;
            let progress = (timing.elapsed(now).num_milliseconds() as f32 / budget).clamp(0.0, 1.0);
            ui.add(
                egui::ProgressBar::new(progress)
                    .desired_width((zone_w * 0.3).max(80.0))
                    .desired_height(6.0),
            );
            ui.label(
                RichText::new(fill(
                    cx.tr(Key::Budget),
                    &[("n", &(timing.budget().num_minutes()))],
                ))
                .weak(),
            );
        });
    });

    // The controls: each keeps its size whatever its label says.
    ui.horizontal_wrapped(|ui| {
        let running = session.is_running();
        let start = format!("{} {}", icon("play"), cx.tr(Key::StartTimer));
        let pause = format!("{} {}", icon("pause"), cx.tr(Key::Pause));
        if steady_button(ui, &[&start, &pause], usize::from(running)).clicked() {
            commands.push(run(SessionCommand::StartPause));
        }
        let steps = ["+1 min", "+5 min", "−1 min"];
        for (index, minutes) in [1, 5, -1].into_iter().enumerate() {
            if steady_button(ui, &steps, index).clicked() {
                commands.push(run(SessionCommand::AddMinutes(minutes)));
            }
        }
        ui.separator();
        let previous = format!("{} {}", icon("caret-left"), cx.tr(Key::PreviousStep));
        if steady_button(ui, &[&previous], 0).clicked() {
            commands.push(run(SessionCommand::Previous));
        }
        let next = format!("{} {}", cx.tr(Key::NextStep), icon("caret-right"));
        if steady_button(ui, &[&next], 0).clicked() {
            commands.push(run(SessionCommand::Next));
        }
        let done = session.step_state(session.current()) == StepState::Done;
        let complete = format!("{} {}", icon("check"), cx.tr(Key::CompleteStep));
        let is_done = format!("{} {}", icon("check-circle"), cx.tr(Key::StepIsDone));
        if steady_button_enabled(ui, !done, &[&complete, &is_done], usize::from(done))
            .on_hover_text(cx.tr(Key::CompleteStepHint))
            .clicked()
        {
            commands.push(run(SessionCommand::Complete));
        }
        ui.separator();
        let history = session.history();
        let undo_tip = history.undo_action().map_or_else(
            || cx.tr(Key::NothingToUndo).to_owned(),
            |a| {
                fill(
                    cx.tr(Key::UndoWhat),
                    &[("what", &describe(a, cx.state.language))],
                )
            },
        );
        let redo_tip = history.redo_action().map_or_else(
            || cx.tr(Key::NothingToRedo).to_owned(),
            |a| {
                fill(
                    cx.tr(Key::RedoWhat),
                    &[("what", &describe(a, cx.state.language))],
                )
            },
        );
        let undo = format!("{} {}", icon("arrow-counter-clockwise"), cx.tr(Key::Undo));
        if steady_button_enabled(ui, history.undo_len() > 0, &[&undo], 0)
            .on_hover_text(&undo_tip)
            .on_disabled_hover_text(&undo_tip)
            .clicked()
        {
            commands.push(run(SessionCommand::Undo));
        }
        let redo = format!("{} {}", icon("arrow-clockwise"), cx.tr(Key::Redo));
        if steady_button_enabled(ui, history.redo_len() > 0, &[&redo], 0)
            .on_hover_text(&redo_tip)
            .on_disabled_hover_text(&redo_tip)
            .clicked()
        {
            commands.push(run(SessionCommand::Redo));
        }
        ui.separator();
        let open = format!("{} {}", icon("projector-screen"), cx.tr(Key::OpenProjector));
        let close = format!(
            "{} {}",
            icon("projector-screen"),
            cx.tr(Key::CloseProjector)
        );
        if steady_button(ui, &[&open, &close], usize::from(state.projector_open)).clicked() {
            commands.push(Command::ToggleProjector);
        }
        let blank = format!("{} {}", icon("square"), cx.tr(Key::BlankScreen));
        let unblank = format!("{} {}", icon("monitor-play"), cx.tr(Key::ShowScreen));
        if steady_button(ui, &[&blank, &unblank], usize::from(state.blank))
            .on_hover_text(cx.tr(Key::ShortcutBlank))
            .clicked()
        {
            commands.push(Command::SessionView(ViewChange::ToggleBlank));
        }
        let fullscreen = format!("{} {}", icon("corners-out"), cx.tr(Key::Fullscreen));
        if steady_button(ui, &[&fullscreen], 0).clicked() {
            commands.push(Command::ToggleFullscreen);
        }
        if steady_button(ui, &["?"], 0)
            .widget_info_button(&cx.tr(Key::ShortcutsTitle))
            .on_hover_text(cx.tr(Key::ShortcutsTitle))
            .clicked()
        {
            commands.push(Command::ToggleHelp);
        }
    });

    // One line of what to do, or why the shortcuts rest.
    if state.typing_until.is_some_and(|until| until > now) {
        ui.add(
            egui::Label::new(
                RichText::new(cx.tr(Key::ShortcutsResting))
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            )
            .truncate(),
        );
    } else {
        // The first sentence stays in view; the body under it goes on from the second, so
        // no sentence is read twice (all of it when the first did not fit on the line).
        let (first, _) = split_first_sentence(&step.instructions);
        let galley = egui::WidgetText::from(RichText::new(first).size(16.0)).into_galley(
            ui,
            Some(egui::TextWrapMode::Truncate),
            ui.available_width(),
            egui::TextStyle::Body,
        );
        let elided = galley.elided;
        ui.data_mut(|d| d.insert_temp(egui::Id::unique(PINNED_ELIDED), elided));
        ui.add(egui::Label::new(galley).truncate())
            .on_hover_text(&step.instructions);
    }
}

/// Where the now zone notes whether the step's first sentence was cut short.
const PINNED_ELIDED: &str = "session-pinned-instruction-elided";

/// The instructions as their first sentence (the line of what to do, kept in view) and the
/// rest.
fn split_first_sentence(text: &str) -> (&str, &str) {
    let text = text.trim();
    for (at, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let end = at + c.len_utf8();
            let rest = &text[end..];
            if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                return (&text[..end], rest.trim_start());
            }
        }
    }
    (text, "")
}

fn agenda_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    state: &SessionViewState,
    now: DateTime<Utc>,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    ui.heading(&session.workshop().title);
    ui.label(RichText::new(fill(cx.tr(Key::SeedIs), &[("seed", &session.seed())])).weak());
    ui.add_space(6.0);
    ui.heading(cx.tr(Key::Agenda));
    for item in session.agenda_at(now) {
        let actual = session.timing(item.index).map_or(0, |t| {
            crate::session::summary::round_minutes(t.elapsed(now))
        });
        let (mark, word) = state_mark(item.state);
        // A finished step that is current again keeps its tick.
        let mark = if item.done && item.current {
            "✓"
        } else {
            mark
        };
        let moved = item.expected_start != item.planned_start;
        let text = format!(
            "{mark} {} {}. {}  {}",
            hhmm(&item.expected_start),
            item.index + 1,
            item.title,
            fill(
                cx.tr(Key::PlannedActual),
                &[("planned", &item.planned_minutes), ("actual", &actual)]
            )
        );
        let mut tip = cx.tr(word).to_owned();
        if moved {
            tip.push_str(" · ");
            tip.push_str(&fill(
                cx.tr(Key::PlannedWas),
                &[("time", &hhmm(&item.planned_start))],
            ));
        }
        let mut rich = RichText::new(text);
        if matches!(item.state, StepState::Done | StepState::Skipped) && !item.current {
            rich = rich.weak();
        }
        let response = ui.selectable_label(item.current, rich).on_hover_text(&tip);
        if response.clicked() && !item.current {
            commands.push(Command::Session(SessionCommand::GoTo(item.index)));
        }
    }
    ui.add_space(8.0);
    let ahead = session.minutes_ahead(now);
    let standing = match ahead.cmp(&0) {
        std::cmp::Ordering::Greater => fill(cx.tr(Key::AheadBy), &[("n", &ahead)]),
        std::cmp::Ordering::Less => fill(cx.tr(Key::BehindBy), &[("n", &-ahead)]),
        std::cmp::Ordering::Equal => cx.tr(Key::OnTime).to_owned(),
    };
    ui.label(fill(
        cx.tr(Key::EndTimes),
        &[
            ("planned", &hhmm(&session.planned_end())),
            ("expected", &hhmm(&session.expected_end(now))),
        ],
    ));
    ui.label(RichText::new(standing).strong());
    let roles = &session.workshop().roles;
    if !roles.is_empty() {
        ui.add_space(8.0);
        ui.heading(cx.tr(Key::Roles));
        ui.label(RichText::new(cx.tr(Key::WhoHasRole)).weak());
        for role in roles {
            let mut people = state
                .role_inputs
                .get(&role.name)
                .cloned()
                .unwrap_or_else(|| {
                    session
                        .roles()
                        .iter()
                        .find(|r| r.role == role.name)
                        .map(|r| r.people.clone())
                        .unwrap_or_default()
                });
            ui.label(&role.name);
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut people)
                        .desired_width(f32::INFINITY)
                        .id_salt(("role", &role.name)),
                )
                .widget_info_text(&role.name);
            if response.changed() {
                commands.push(Command::Session(SessionCommand::AssignRole {
                    role: role.name.clone(),
                    people: people.clone(),
                }));
                commands.push(Command::SetRoleInput(role.name.clone(), people));
            }
        }
    }
    ui.add_space(8.0);
    if ui.button(cx.tr(Key::FinishSessionAsk)).clicked() {
        commands.push(Command::SessionView(ViewChange::ConfirmFinish(true)));
    }
}

/// The step's instructions, notes, cards and capture fields (scrolled under the now zone).
fn step_body_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    state: &SessionViewState,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    let step = session.step();
    // The now zone shows the first sentence while the shortcuts are awake (see now_ui).
    let pinned_whole = state.typing_until.is_none_or(|until| until <= cx.now())
        && !ui.data(|d| {
            d.get_temp::<bool>(egui::Id::unique(PINNED_ELIDED))
                .unwrap_or(true)
        });
    let (_, rest) = split_first_sentence(&step.instructions);
    if !pinned_whole {
        ui.label(RichText::new(&step.instructions).size(17.0));
    } else if !rest.is_empty() {
        ui.label(RichText::new(rest).size(17.0));
    }
    if let Some(notes) = &step.facilitator_notes {
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("{}: {notes}", cx.tr(Key::FacilitatorNotes)))
                .italics()
                .weak(),
        );
    }
    if let Some(deck) = &active.deck
        && !is_break(step)
    {
        ui.add_space(10.0);
        cards_ui(ui, cx, session, deck, commands);
    }
    let shown = session.workshop().shown_fields(session.current());
    if !shown.is_empty() {
        ui.add_space(10.0);
        ui.label(RichText::new(cx.tr(Key::FromEarlierSteps)).weak());
        for (_, field) in shown {
            ui.add_space(6.0);
            capture_ui(ui, cx, session, field, state, commands);
        }
    }
    for field in &step.capture {
        ui.add_space(10.0);
        capture_ui(ui, cx, session, field, state, commands);
    }
    ui.add_space(20.0);
}

/// The size of a card in the cockpit: about a fifth of the zone's width, within limits, and
/// never taller (with its Keep and Discard buttons) than the scrolled zone shows at once, so
/// the newest card can always be brought wholly into view.
fn cockpit_card_width(ui: &egui::Ui) -> f32 {
    let by_width = (ui.available_width() / 5.0).clamp(140.0, 220.0);
    let visible = ui.clip_rect().height();
    let buttons = ui.spacing().interact_size.y + 3.0 * ui.spacing().item_spacing.y;
    let by_height = (visible - buttons - 8.0) * BROWSER_CARD.width / BROWSER_CARD.height;
    by_width.min(by_height).max(60.0)
}

fn cards_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    deck: &Deck,
    commands: &mut Vec<Command>,
) {
    let run = |c: SessionCommand| Command::Session(c);
    ui.heading(cx.tr(Key::CardsHeading));
    ui.horizontal_wrapped(|ui| {
        let (categories, count) = session.default_draw();
        let from = if categories.is_empty() {
            cx.tr(Key::WholeDeck).to_owned()
        } else {
            let names: Vec<&str> = categories
                .iter()
                .map(|id| {
                    deck.categories
                        .iter()
                        .find(|c| &c.id == id)
                        .map_or(id.as_str(), |c| c.name.as_str())
                })
                .collect();
            names.join(", ")
        };
        if ui
            .button(fill(cx.tr(Key::DrawN), &[("n", &count), ("from", &from)]))
            .clicked()
        {
            commands.push(run(SessionCommand::Draw {
                categories: None,
                count: None,
            }));
        }
        if !categories.is_empty() && ui.button(cx.tr(Key::DrawFromDeck)).clicked() {
            commands.push(run(SessionCommand::Draw {
                categories: Some(Vec::new()),
                count: Some(1),
            }));
        }
        let on_table = session.step_cards(session.current()).table.len();
        if ui
            .add_enabled(
                on_table > 0,
                egui::Button::new(format!(
                    "{} {} ({on_table})",
                    icon("broom"),
                    cx.tr(Key::ClearTable)
                )),
            )
            .on_hover_text(cx.tr(Key::ClearTableHint))
            .on_disabled_hover_text(cx.tr(Key::ClearTableHint))
            .clicked()
        {
            commands.push(run(SessionCommand::ClearTable));
        }
        if ui.button(cx.tr(Key::Reshuffle)).clicked() {
            commands.push(run(SessionCommand::Reshuffle));
        }
        if let Some(pile) = session.draws() {
            ui.label(
                RichText::new(fill(
                    cx.tr(Key::PileInfo),
                    &[
                        ("left", &pile.pile().len()),
                        ("discarded", &pile.discards().len()),
                        ("seed", &pile.seed),
                    ],
                ))
                .weak(),
            );
        }
    });
    let cards = step_cards(session);
    let newest = session
        .draws()
        .and_then(|p| p.draws().last())
        .filter(|r| r.step.as_deref() == Some(session.step().id.as_str()))
        .and_then(|r| r.cards.last().cloned());
    let card_w = cockpit_card_width(ui);
    if cards.is_empty() {
        ui.label(RichText::new(cx.tr(Key::NoCardsYet)).weak());
    } else {
        cards_grid_ui(ui, cx, deck, &cards, card_w, newest.as_deref(), commands);
    }
    let earlier = earlier_cards(session);
    if !earlier.is_empty() {
        ui.add_space(6.0);
        egui::CollapsingHeader::new(fill(cx.tr(Key::EarlierCards), &[("n", &earlier.len())]))
            .id_salt("earlier-cards")
            .default_open(false)
            .show(ui, |ui| {
                cards_grid_ui(ui, cx, deck, &earlier, card_w * 0.7, None, commands);
            });
    }
}

/// Cards in rows that wrap at the zone's edge; each with compact Keep and Discard buttons in
/// fixed places. The newest card scrolls into view once, when it is drawn.
fn cards_grid_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    deck: &Deck,
    cards: &[StepCard],
    card_w: f32,
    newest: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let run = |c: SessionCommand| Command::Session(c);
    let card_h = card_w * BROWSER_CARD.height / BROWSER_CARD.width;
    let seen_id = egui::Id::unique("session-newest-card");
    let seen: Option<String> = ui.ctx().data(|d| d.get_temp(seen_id));
    ui.horizontal_wrapped(|ui| {
        for card in cards {
            ui.vertical(|ui| {
                ui.set_width(card_w);
                let title = &card.card.title;
                if card.discarded {
                    let (rect, _) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::hover());
                    ui.painter().rect_stroke(
                        rect,
                        6.0,
                        egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
                        egui::StrokeKind::Inside,
                    );
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        fill(cx.tr(Key::DiscardedCard), &[("card", title)]),
                        egui::FontId::proportional(12.0),
                        ui.visuals().weak_text_color(),
                    );
                    return;
                }
                let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::click());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        cx.state.language.fmt(Key::CardNamed, &[("title", &title)]),
                    )
                });
                if let Some(face) = cached_face(ui.ctx(), deck, &card.card.id) {
                    paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
                }
                if response.has_focus() {
                    ui.painter().rect_stroke(
                        rect.expand(2.0),
                        6.0,
                        ui.visuals().selection.stroke,
                        egui::StrokeKind::Outside,
                    );
                }
                let enter = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if response.clicked() || enter {
                    commands.push(Command::SessionView(ViewChange::OpenCard(Some(
                        card.card.id.clone(),
                    ))));
                }
                if newest == Some(card.card.id.as_str()) && seen.as_deref() != newest {
                    response.scroll_to_me(Some(egui::Align::Center));
                    let id = card.card.id.clone();
                    ui.ctx().data_mut(|d| d.insert_temp(seen_id, id));
                }
                ui.horizontal(|ui| {
                    let size = vec2(card_w / 2.0 - ui.spacing().item_spacing.x, 0.0);
                    let size = vec2(size.x, ui.spacing().interact_size.y);
                    if card.kept {
                        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                        let font = egui::TextStyle::Button.resolve(ui.style());
                        let word = format!("✓ {}", cx.tr(Key::Kept));
                        let wide = ui.ctx().fonts_mut(|f| {
                            f.layout_no_wrap(word.clone(), font.clone(), Color32::WHITE)
                                .size()
                                .x
                        });
                        // On a small card the tick alone (the word is in the tooltip).
                        let shown = if wide <= rect.width() {
                            word
                        } else {
                            "✓".to_owned()
                        };
                        ui.painter().text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            shown,
                            font,
                            ui.visuals().strong_text_color(),
                        );
                    } else if ui
                        .add_sized(size, egui::Button::new("✓"))
                        .widget_info_button(&fill(cx.tr(Key::KeepCard), &[("card", title)]))
                        .on_hover_text(fill(cx.tr(Key::KeepCard), &[("card", title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Keep(card.card.id.clone())));
                    }
                    if ui
                        .add_sized(size, egui::Button::new("✕"))
                        .widget_info_button(&fill(cx.tr(Key::DiscardCard), &[("card", title)]))
                        .on_hover_text(fill(cx.tr(Key::DiscardCard), &[("card", title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Discard(card.card.id.clone())));
                    }
                });
            });
        }
    });
}

/// Column widths for a table in `width`: each column gets at least `min`, and the rest is
/// shared by how much its cells hold (Vad and Hur get more than När and Vem). `None` when the
/// columns do not fit side by side at `min` each.
pub fn column_widths(
    columns: &[String],
    rows: &[Vec<String>],
    width: f32,
    min: f32,
) -> Option<Vec<f32>> {
    let n = columns.len().max(1);
    if width < min * n as f32 {
        return None;
    }
    // What each column holds: its longest cell (or its name), in characters, within limits.
    let weights: Vec<f32> = (0..n)
        .map(|c| {
            let longest = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|t| t.chars().count())
                .chain(columns.get(c).map(|t| t.chars().count() * 2))
                .max()
                .unwrap_or(0);
            (longest as f32).clamp(10.0, 60.0)
        })
        .collect();
    let total: f32 = weights.iter().sum();
    let spare = width - min * n as f32;
    Some(weights.iter().map(|w| min + spare * w / total).collect())
}

fn capture_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    session: &Session,
    field: &crate::model::Field,
    state: &SessionViewState,
    commands: &mut Vec<Command>,
) {
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let value = session.capture(&field.id);
    match &field.kind {
        FieldKind::Text => {
            ui.heading(&field.label);
            let mut text = match value {
                Some(Capture::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let response = ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_width(f32::INFINITY)
                    .desired_rows(3)
                    .id_salt(("capture", &field.id)),
            );
            let response = response.widget_info_text(&field.label);
            if response.changed() {
                commands.push(edit(CaptureEdit::SetText(text)));
            }
        }
        FieldKind::List => {
            ui.heading(&field.label);
            let items = match value {
                Some(Capture::List(items)) => items.clone(),
                _ => Vec::new(),
            };
            let len = items.len();
            // The three controls are as wide as their widest glyph needs, so the text field
            // leaves exactly their room: a row that overflowed by a few points widened every
            // row under it (and the vote and matrix below) past the window's edge.
            let font = egui::TextStyle::Button.resolve(ui.style());
            let glyphs = ["↑", "↓", "✕"]
                .iter()
                .map(|g| {
                    ui.ctx().fonts_mut(|f| {
                        f.layout_no_wrap((*g).to_owned(), font.clone(), Color32::WHITE)
                            .size()
                            .x
                    })
                })
                .fold(0.0_f32, f32::max);
            let icon = vec2(
                (ui.spacing().interact_size.y * 1.3)
                    .max(glyphs + 2.0 * ui.spacing().button_padding.x)
                    .ceil(),
                ui.spacing().interact_size.y,
            );
            for (index, item) in items.into_iter().enumerate() {
                ui.horizontal(|ui| {
                    let mut chosen = item.chosen;
                    if ui
                        .checkbox(&mut chosen, "")
                        .on_hover_text(cx.tr(Key::Chosen))
                        .changed()
                    {
                        commands.push(edit(CaptureEdit::SetChosen { index, chosen }));
                    }
                    let controls = 3.0 * (icon.x + ui.spacing().item_spacing.x);
                    let mut text = item.text.clone();
                    let response = ui
                        .add(
                            egui::TextEdit::multiline(&mut text)
                                .desired_rows(1)
                                .desired_width((ui.available_width() - controls).max(120.0))
                                .id_salt(("item", &field.id, index)),
                        )
                        .widget_info_text(&format!("{} {}", field.label, index + 1));
                    if response.changed() {
                        commands.push(edit(CaptureEdit::EditItem {
                            index,
                            text: text.replace('\n', " "),
                        }));
                    }
                    if ui
                        .add_enabled(index > 0, egui::Button::new("↑").min_size(icon))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index - 1,
                        }));
                    }
                    if ui
                        .add_enabled(index + 1 < len, egui::Button::new("↓").min_size(icon))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index + 1,
                        }));
                    }
                    if ui
                        .add(egui::Button::new("✕").min_size(icon))
                        .on_hover_text(cx.tr(Key::Remove))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::RemoveItem(index)));
                    }
                });
            }
            ui.horizontal(|ui| {
                let mut new = state.new_items.get(&field.id).cloned().unwrap_or_default();
                let add_label = fill(cx.tr(Key::AddTo), &[("field", &field.label)]);
                let button_w = chars_width(ui, add_label.chars().count() + 4);
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut new)
                            .desired_width((ui.available_width() - button_w).max(120.0))
                            .hint_text(cx.tr(Key::NewItem))
                            .id_salt(("new-item", &field.id)),
                    )
                    .widget_info_text(&fill(cx.tr(Key::NewItemFor), &[("field", &field.label)]));
                let entered =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui.button(add_label).clicked();
                if (entered || add) && !new.trim().is_empty() {
                    commands.push(edit(CaptureEdit::AddItem(new.trim().to_owned())));
                    commands.push(Command::SetNewItem(field.id.clone(), String::new()));
                    if entered {
                        response.request_focus();
                    }
                } else if response.changed() {
                    commands.push(Command::SetNewItem(field.id.clone(), new));
                }
            });
        }
        FieldKind::Table { columns } => {
            let rows = match value {
                Some(Capture::Table(rows)) => rows.clone(),
                _ => Vec::new(),
            };
            ui.horizontal(|ui| {
                ui.heading(&field.label);
                let projected = state.projected.as_deref() == Some(field.id.as_str());
                let show = format!("□ {}", cx.tr(Key::ShowOnProjector));
                let hide = format!("□ {}", cx.tr(Key::HideFromProjector));
                if steady_button(ui, &[&show, &hide], usize::from(projected)).clicked() {
                    commands.push(Command::SessionView(ViewChange::Project(
                        (!projected).then(|| field.id.clone()),
                    )));
                }
            });
            let states = crate::session::plan::tracks_rows(session.workshop(), &field.id)
                .then(|| session.row_states(&field.id));
            if let Some(origin) = session.follows()
                && field.carry_over.is_some()
            {
                ui.label(
                    RichText::new(fill(
                        cx.tr(Key::CarriedFrom),
                        &[
                            ("id", &origin.session),
                            (
                                "date",
                                &cx.state.language.date(origin.planned_start.date_naive()),
                            ),
                        ],
                    ))
                    .weak(),
                );
            }
            table_ui(ui, cx, field, columns, &rows, states, commands);
        }
        FieldKind::Votes { .. } => {
            let projected = state.projected.as_deref() == Some(field.id.as_str());
            super::choosing::votes_ui(ui, cx, session, field, projected, commands);
        }
        FieldKind::Matrix { .. } => {
            let projected = state.projected.as_deref() == Some(field.id.as_str());
            super::choosing::matrix_ui(ui, cx, session, field, projected, commands);
        }
    }
}

/// A table field as a grid that fills the zone: proportioned columns of multi-line cells that
/// grow with their text, each row with move and remove buttons. When the columns cannot have 20
/// characters each side by side, every row becomes a small form (column name, then the cell
/// across the full width).
fn table_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    field: &crate::model::Field,
    columns: &[String],
    rows: &[Vec<String>],
    states: Option<&[crate::session::RowState]>,
    commands: &mut Vec<Command>,
) {
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let icon = vec2(
        ui.spacing().interact_size.y * 1.3,
        ui.spacing().interact_size.y,
    );
    let gap = ui.spacing().item_spacing.x;
    // A cell's text is inset by the text edit's margin on both sides.
    let margin = 2.0 * ui.spacing().button_padding.x + 8.0;
    let min = chars_width(ui, 20) + margin;
    let cells_w = |controls: f32| ui.available_width() - controls - gap * columns.len() as f32;
    // The row's move and remove buttons beside each other when the columns still fit, else
    // stacked in one narrow column, else each row becomes a card of its own.
    let (widths, stacked) = match column_widths(columns, rows, cells_w(3.0 * (icon.x + gap)), min) {
        Some(widths) => (Some(widths), false),
        None => (
            column_widths(columns, rows, cells_w(icon.x + gap), min),
            true,
        ),
    };
    let row_controls = |ui: &mut egui::Ui, row: usize, commands: &mut Vec<Command>| {
        let n = rows.len();
        if ui
            .add_enabled(row > 0, egui::Button::new("↑").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RowUp), &[("n", &(row + 1))]))
            .clicked()
        {
            commands.push(edit(CaptureEdit::MoveRow {
                from: row,
                to: row - 1,
            }));
        }
        if ui
            .add_enabled(row + 1 < n, egui::Button::new("↓").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RowDown), &[("n", &(row + 1))]))
            .clicked()
        {
            commands.push(edit(CaptureEdit::MoveRow {
                from: row,
                to: row + 1,
            }));
        }
        if ui
            .add(egui::Button::new("✕").min_size(icon))
            .widget_info_button(&fill(cx.tr(Key::RemoveRowN), &[("n", &(row + 1))]))
            .on_hover_text(cx.tr(Key::RemoveRow))
            .clicked()
        {
            commands.push(edit(CaptureEdit::RemoveRow(row)));
        }
    };
    let focus_id = egui::Id::unique(("table-new-row", &field.id));
    let focus_row: Option<usize> = ui.ctx().data(|d| d.get_temp(focus_id));
    let cell_ui = |ui: &mut egui::Ui,
                   row: usize,
                   column: usize,
                   name: &str,
                   width: f32,
                   commands: &mut Vec<Command>| {
        let mut text = rows
            .get(row)
            .and_then(|r| r.get(column))
            .cloned()
            .unwrap_or_default();
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(1)
                    .desired_width(width - margin)
                    .id_salt(("cell", &field.id, row, column)),
            )
            // Two tables can show in one step with the same columns: the name says which.
            .widget_info_text(&format!("{name} {} – {}", row + 1, field.label));
        if column == 0 && focus_row == Some(row) {
            // A row just added: its first cell takes the keyboard and comes into view.
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            ui.ctx().data_mut(|d| d.remove::<usize>(focus_id));
        }
        if response.changed() {
            commands.push(edit(CaptureEdit::SetCell { row, column, text }));
        }
    };
    match widths {
        Some(widths) => {
            ui.horizontal(|ui| {
                for (name, w) in columns.iter().zip(&widths) {
                    let (rect, _) = ui.allocate_exact_size(
                        vec2(*w, ui.spacing().interact_size.y),
                        Sense::hover(),
                    );
                    ui.put(
                        rect,
                        egui::Label::new(RichText::new(name).strong()).truncate(),
                    );
                }
            });
            for row in 0..rows.len() {
                ui.horizontal_top(|ui| {
                    for (column, (name, w)) in columns.iter().zip(&widths).enumerate() {
                        ui.allocate_ui(vec2(*w, 0.0), |ui| {
                            ui.set_width(*w);
                            cell_ui(ui, row, column, name, *w, commands);
                        });
                    }
                    if stacked {
                        ui.vertical(|ui| row_controls(ui, row, commands));
                    } else {
                        row_controls(ui, row, commands);
                    }
                });
                if let Some(states) = states {
                    row_state_ui(ui, cx, field, row, states, commands);
                }
                ui.add_space(2.0);
            }
        }
        None => {
            let width = ui.available_width();
            for row in 0..rows.len() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(fill(cx.tr(Key::RowN), &[("n", &(row + 1))])).strong(),
                        );
                        row_controls(ui, row, commands);
                    });
                    for (column, name) in columns.iter().enumerate() {
                        ui.label(RichText::new(name).weak());
                        cell_ui(ui, row, column, name, width - 16.0, commands);
                    }
                    if let Some(states) = states {
                        row_state_ui(ui, cx, field, row, states, commands);
                    }
                });
            }
        }
    }
    // Two tables can show in one step: the button says which one it adds to.
    if ui
        .button(format!("+ {}", cx.tr(Key::AddRow)))
        .widget_info_button(&fill(cx.tr(Key::AddRowTo), &[("field", &field.label)]))
        .on_hover_text(fill(cx.tr(Key::AddRowTo), &[("field", &field.label)]))
        .clicked()
    {
        commands.push(edit(CaptureEdit::AddRow));
        ui.ctx().data_mut(|d| d.insert_temp(focus_id, rows.len()));
    }
}

/// A plan row's status (one button per status, the current one selected) and its due date
/// (`YYYY-MM-DD`; a date that is no date is kept as typed and explained in red, and not saved
/// until it is one).
fn row_state_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    field: &crate::model::Field,
    row: usize,
    states: &[crate::session::RowState],
    commands: &mut Vec<Command>,
) {
    use crate::session::RowStatus;
    let state = states.get(row).copied().unwrap_or_default();
    let edit = |edit: CaptureEdit| {
        Command::Session(SessionCommand::Capture {
            field: field.id.clone(),
            edit,
        })
    };
    let of = |key| fill(cx.tr(key), &[("n", &(row + 1)), ("field", &field.label)]);
    let status_of = of(Key::RowStatusOf);
    let mut error = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(cx.tr(Key::StatusLabel)).weak());
        let choices = [
            (None, Key::StatusNone),
            (Some(RowStatus::NotStarted), Key::StatusNotStarted),
            (Some(RowStatus::InProgress), Key::StatusInProgress),
            (Some(RowStatus::Done), Key::StatusDone),
            (Some(RowStatus::Stopped), Key::StatusStopped),
        ];
        for (status, key) in choices {
            let selected = state.status == status;
            let name = format!("{status_of}: {}", cx.tr(key));
            let response = ui.selectable_label(selected, cx.tr(key));
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            if response.clicked() && !selected {
                commands.push(edit(CaptureEdit::SetStatus { row, status }));
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new(cx.tr(Key::DueLabel)).weak());
        let draft_id = egui::Id::unique(("due-draft", &field.id, row));
        let stored = state
            .due
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let mut text: String = ui
            .ctx()
            .data(|d| d.get_temp::<String>(draft_id))
            .unwrap_or_else(|| stored.clone());
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(chars_width(ui, 11))
                    .hint_text(cx.tr(Key::DueHint))
                    .id_salt(("due", &field.id, row)),
            )
            .widget_info_text(&of(Key::RowDueOf));
        let parsed = crate::session::plan::parse_due(&text);
        if response.changed() {
            if let Ok(due) = parsed
                && due != state.due
            {
                commands.push(edit(CaptureEdit::SetDue { row, due }));
            }
            ui.ctx().data_mut(|d| d.insert_temp(draft_id, text.clone()));
        } else if !response.has_focus() && parsed == Ok(state.due) {
            ui.ctx().data_mut(|d| d.remove::<String>(draft_id));
        }
        if let Err(e) = parsed {
            error = Some(e.message(summary_language(cx)));
        }
    });
    if let Some(error) = error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
}

/// The summary language that matches the interface's.
fn summary_language(cx: &Ctx<'_>) -> crate::session::summary::Language {
    match cx.state.language {
        crate::ui::i18n::Language::English => crate::session::summary::Language::English,
        crate::ui::i18n::Language::Swedish => crate::session::summary::Language::Swedish,
    }
}

trait TextInfo {
    fn widget_info_text(self, label: &str) -> Self;
    fn widget_info_button(self, label: &str) -> Self;
}

impl TextInfo for egui::Response {
    fn widget_info_text(self, label: &str) -> Self {
        let label = label.to_owned();
        self.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
        self
    }

    fn widget_info_button(self, label: &str) -> Self {
        let label = label.to_owned();
        let enabled = self.enabled();
        self.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
        self
    }
}

fn summary_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    ui.heading(
        RichText::new(fill(
            cx.tr(Key::SessionFinished),
            &[("workshop", &session.workshop().title)],
        ))
        .size(26.0),
    );
    let data =
        crate::session::SummaryData::build(session, active.deck.as_ref(), active.notes.clone());
    ui.label(fill(
        cx.tr(Key::TotalsLine),
        &[
            ("planned", &data.totals.planned_minutes),
            ("actual", &data.totals.actual_minutes),
            ("cards", &data.totals.cards_drawn),
            ("actions", &data.totals.actions),
        ],
    ));
    ui.add_space(8.0);
    ui.heading(cx.tr(Key::PlannedVsActual));
    chart_ui(ui, cx, &data.steps);
    ui.add_space(8.0);
    // The files are written in the background; while they are, their buttons wait.
    let idle = !cx.files_running();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(idle, egui::Button::new(cx.tr(Key::ExportSummary)))
            .clicked()
        {
            commands.push(Command::ExportSummary);
        }
        if ui
            .add_enabled(idle, egui::Button::new(cx.tr(Key::ExportIcs)))
            .clicked()
        {
            commands.push(Command::ExportCalendar);
        }
        if ui
            .add_enabled(idle, egui::Button::new(cx.tr(Key::ExportDocx)))
            .clicked()
        {
            commands.push(Command::ExportDocx);
        }
        if ui.button(cx.tr(Key::Library)).clicked() {
            commands.push(Command::ShowLibrary);
        }
        if ui
            .button(cx.tr(Key::ReopenSession))
            .on_hover_text(cx.tr(Key::ReopenHint))
            .clicked()
        {
            commands.push(Command::Session(SessionCommand::Reopen));
        }
    });
    if !idle {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(cx.tr(Key::SavingFiles));
        });
    }
    if let Some(workshop) = cx.follow_up_workshop(&session.workshop().id) {
        let title = cx
            .library
            .workshop(workshop)
            .map_or(workshop, |w| w.value.title.as_str());
        let open = crate::session::followup::open_rows(session).len();
        ui.add_space(4.0);
        if ui
            .button(RichText::new(cx.tr(Key::StartFollowUp)).strong())
            .on_hover_text(format!(
                "{} ({open})",
                fill(cx.tr(Key::StartFollowUpHint), &[("workshop", &title)])
            ))
            .clicked()
        {
            commands.push(Command::StartFollowUp(session.id().to_owned()));
        }
    }
    for path in &active.exported {
        ui.horizontal(|ui| {
            ui.label(fill(cx.tr(Key::SavedFile), &[("path", &path.display())]));
            if ui.button(cx.tr(Key::ShowInFileManager)).clicked() {
                commands.push(Command::RevealFolder(path.clone()));
            }
        });
    }
    // A folder that could not be shown is said here, where the button was.
    super::home::desktop_messages_ui(ui, cx, commands);
}

/// Planned (outline) and actual (filled) minutes per step as horizontal bars.
fn chart_ui(ui: &mut egui::Ui, cx: &Ctx<'_>, steps: &[crate::session::summary::StepRow]) {
    let most = steps
        .iter()
        .map(|s| s.planned_minutes.max(s.actual_minutes))
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    // The step titles get a column of their own, as wide as a third of the page allows; a
    // title longer than that ends in "…" and reads whole on hover.
    let label_w = (ui.available_width() * 0.38).clamp(200.0, 440.0);
    let bar_w = (ui.available_width() - label_w - 120.0).max(100.0);
    let row_h = 22.0;
    let planned_color = ui.visuals().weak_text_color();
    for step in steps {
        let (rect, response) =
            ui.allocate_exact_size(vec2(label_w + bar_w + 120.0, row_h), Sense::hover());
        let text = fill(
            cx.tr(Key::ChartRow),
            &[
                ("step", &format!("{}. {}", step.number, step.title)),
                ("planned", &step.planned_minutes),
                ("actual", &step.actual_minutes),
            ],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        let title = format!("{}. {}", step.number, step.title);
        let mut job = egui::text::LayoutJob::simple_singleline(
            title.clone(),
            egui::FontId::proportional(14.0),
            ui.visuals().text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(label_w - 8.0);
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let elided = galley.elided;
        let painter = ui.painter();
        painter.galley(
            egui::pos2(rect.left(), rect.center().y - galley.size().y / 2.0),
            galley,
            ui.visuals().text_color(),
        );
        if elided {
            response.on_hover_text(text);
        }
        let x0 = rect.left() + label_w;
        let scale = bar_w / most;
        let planned = egui::Rect::from_min_size(
            egui::pos2(x0, rect.top() + 2.0),
            vec2(step.planned_minutes as f32 * scale, row_h - 4.0),
        );
        let actual_color = if step.actual_minutes > step.planned_minutes {
            phase_color(Phase::Overrun, ui.visuals().dark_mode)
        } else {
            phase_color(Phase::Normal, ui.visuals().dark_mode)
        };
        let actual = egui::Rect::from_min_size(
            egui::pos2(x0, rect.top() + 6.0),
            vec2(step.actual_minutes as f32 * scale, row_h - 12.0),
        );
        painter.rect_filled(actual, 2.0, actual_color);
        painter.rect_stroke(
            planned,
            2.0,
            egui::Stroke::new(1.5, planned_color),
            egui::StrokeKind::Inside,
        );
        painter.text(
            egui::pos2(x0 + bar_w + 8.0, rect.center().y),
            egui::Align2::LEFT_CENTER,
            format!("{} / {} min", step.actual_minutes, step.planned_minutes),
            egui::FontId::proportional(13.0),
            ui.visuals().text_color(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_instructions_split_after_their_first_sentence() {
        let text = "Dra ett kort och gör det. Skriv upp symtomen! Sedan 5.5 min.";
        assert_eq!(
            split_first_sentence(text),
            (
                "Dra ett kort och gör det.",
                "Skriv upp symtomen! Sedan 5.5 min."
            )
        );
        assert_eq!(split_first_sentence(" En mening. "), ("En mening.", ""));
        assert_eq!(split_first_sentence("Utan punkt"), ("Utan punkt", ""));
        assert_eq!(
            split_first_sentence("Version 1.5 nu? Ja."),
            ("Version 1.5 nu?", "Ja.")
        );
    }

    #[test]
    fn every_session_error_reads_in_the_interface_language() {
        use crate::session::{CaptureError, DrawError, SessionError as E};
        let errors = vec![
            E::LastStep,
            E::FirstStep,
            E::NoSuchStep(11, 9),
            E::NoDeck,
            E::Finished,
            E::Break,
            E::NothingToUndo,
            E::NothingToRedo,
            E::UnknownField("x".into()),
            E::ChangedKind {
                field: "x".into(),
                kind: "table",
                held: "text",
            },
            E::Capture {
                field: "plan".into(),
                source: CaptureError::OutOfRange {
                    what: "row",
                    index: 4,
                    len: 2,
                },
            },
            E::Capture {
                field: "plan".into(),
                source: CaptureError::WrongKind {
                    wanted: "list",
                    kind: "table",
                },
            },
            E::Draw(DrawError::ZeroCount),
            E::Draw(DrawError::UnknownCategory {
                id: "x".into(),
                known: "forsta, ideer".into(),
            }),
            E::Draw(DrawError::NotEnough {
                requested: 3,
                available: 1,
                from: Vec::new(),
                discarded: 0,
            }),
            E::Draw(DrawError::UnknownCard("k1".into())),
            E::Draw(DrawError::WrongPlace {
                id: "k1".into(),
                place: CardPlace::Kept,
            }),
            E::Draw(DrawError::NothingToUndo),
        ];
        for error in &errors {
            let sv = session_error_text(error, Language::Swedish);
            let en = session_error_text(error, Language::English);
            assert!(!sv.is_empty() && !en.is_empty(), "{error:?}");
            assert_ne!(sv, en, "{error:?}");
            assert_ne!(sv, error.to_string(), "{error:?} is shown in English");
            for english in [" the ", " is ", " step ", "cannot", "there is"] {
                assert!(!sv.contains(english), "{error:?}: {sv}");
            }
            assert!(
                !sv.contains('{') && !en.contains('{'),
                "unfilled: {sv} / {en}"
            );
        }
        assert_eq!(
            session_error_text(&E::LastStep, Language::Swedish),
            "Det här är sista steget: avsluta workshoppen i stället."
        );
    }

    #[test]
    fn timer_text_counts_down_and_shows_overrun_with_a_minus() {
        assert_eq!(timer_text(TimeDelta::minutes(12)), "12:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(59_001)), "01:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(500)), "00:01");
        assert_eq!(timer_text(TimeDelta::zero()), "00:00");
        assert_eq!(timer_text(TimeDelta::seconds(-133)), "−02:13");
        assert_eq!(timer_text(TimeDelta::milliseconds(-1_500)), "−00:01");
    }
}
