//! The keyboard shortcuts of the cockpit, and the rule that keeps typing in a text field from
//! being read as a command.

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Key as K, Modifiers};

use super::cards::step_cards;
use super::now::is_break;
use super::state::{SessionViewState, ViewChange};
use crate::session::{Session, SessionCommand};
use crate::ui::command::Command;
use crate::ui::i18n::Key;

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

/// A key's name as the language prints it on the key caps: "Mellanslag" and "Skift" on a
/// Swedish keyboard; letters, `Ctrl`, `Esc` and `Page Down` are the same in both.
pub fn key_caps(keys: &str, language: crate::i18n::Language) -> String {
    keys.replace("Space", language.tr(Key::KeyCapSpace).as_str())
        .replace("Shift", language.tr(Key::KeyCapShift).as_str())
}

/// The characters a letter shortcut answers to; anything else typed outside a text field means
/// someone is typing where no field has the keyboard.
pub(super) const SHORTCUT_CHARS: &str = "npdkxrwbfa5+=-−? ";

/// How long letter shortcuts rest after typing outside a text field.
pub const TYPING_REST_SECONDS: i64 = 2;

/// Whether this frame's typed text is ordinary writing rather than a shortcut.
pub(super) fn typed_writing(input: &egui::InputState) -> bool {
    input.events.iter().any(|e| match e {
        egui::Event::Text(text) => text.chars().any(|c| {
            !c.is_control() && !SHORTCUT_CHARS.contains(c.to_lowercase().next().unwrap_or(c))
        }),
        _ => false,
    })
}

/// Whether this frame has typed text at all.
pub(super) fn typed_anything(input: &egui::InputState) -> bool {
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
    rail: bool,
    now: DateTime<Utc>,
) -> Vec<Command> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    // A focused vote row or matrix item takes +, −, space, Enter and the arrows itself.
    let choosing = crate::ui::choosing::keys_taken(ctx);
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
            commands.push(Command::SessionView(ViewChange::ShowRail(!rail)));
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
