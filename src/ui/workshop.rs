//! Running a workshop: the facilitator's session view (agenda, big timer, cards, capture
//! editors, the summary with its planned-versus-actual chart), the projector window, the
//! keyboard shortcuts and the repaint schedule of a running timer.
//!
//! The session itself (timers, draws, captures, saving) belongs to [`crate::session`]; this
//! module turns clicks and keys into [`SessionCommand`]s for [`crate::app::App::apply`] and
//! changes nothing itself. What the room sees is built as a [`ProjectorView`], which has no
//! place for facilitator notes.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Color32, Key as K, Modifiers, RichText, Sense, vec2};

use super::card_face::{BROWSER_CARD, front, paint_card_ui};
use super::i18n::{Key, fill};
use crate::app::{ActiveSession, App, Command, View};
use crate::model::{Deck, FieldKind};
use crate::session::{Capture, CaptureEdit, Phase, Session, SessionCommand, StepStatus};

/// The session view's own state.
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
    /// The text of each list field's "new item" box, by field id.
    pub new_items: BTreeMap<String, String>,
    /// The text typed for each role (who has it), by role name.
    pub role_inputs: BTreeMap<String, String>,
}

/// A card as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectorCard {
    /// The card's id.
    pub id: String,
    /// The card's title.
    pub title: String,
    /// Whether the group kept it.
    pub kept: bool,
}

/// Everything the projector shows, and nothing more: no facilitator notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectorView {
    /// The step's number and title.
    pub title: String,
    /// The step's instructions to the group.
    pub instructions: String,
    /// The cards on the table and the ones kept in this step.
    pub cards: Vec<ProjectorCard>,
    /// The big timer, e.g. `12:00` or `−02:13`.
    pub timer_text: String,
    /// The timer's phase.
    pub phase: Phase,
}

impl ProjectorView {
    /// The room's view of `session` at `now`.
    pub fn build(session: &Session, now: DateTime<Utc>) -> ProjectorView {
        let step = session.step();
        let cards = session
            .draws()
            .map(|pile| {
                let mut cards: Vec<ProjectorCard> = pile
                    .table()
                    .into_iter()
                    .map(|c| ProjectorCard {
                        id: c.id.clone(),
                        title: c.title.clone(),
                        kept: false,
                    })
                    .collect();
                cards.extend(pile.kept().into_iter().map(|c| ProjectorCard {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    kept: true,
                }));
                cards
            })
            .unwrap_or_default();
        ProjectorView {
            title: format!("{}. {}", session.current() + 1, step.title),
            instructions: step.instructions.clone(),
            cards,
            timer_text: timer_text(session.remaining(now)),
            phase: session.phase(now),
        }
    }
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
/// or the end of the flash; `None` when nothing will change by itself.
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

/// The colour of a phase.
pub fn phase_color(phase: Phase, dark: bool) -> Color32 {
    match (phase, dark) {
        (Phase::Normal, true) => Color32::from_rgb(0x7C, 0xD9, 0x92),
        (Phase::Normal, false) => Color32::from_rgb(0x0B, 0x6B, 0x2E),
        (Phase::Warning, true) => Color32::from_rgb(0xF5, 0xC2, 0x42),
        (Phase::Warning, false) => Color32::from_rgb(0x8A, 0x5A, 0x00),
        (Phase::Overrun, true) => Color32::from_rgb(0xFF, 0x7A, 0x6E),
        (Phase::Overrun, false) => Color32::from_rgb(0xB0, 0x1C, 0x10),
    }
}

/// The keyboard shortcuts: key, and what it does (i18n key).
pub const SHORTCUTS: &[(&str, Key)] = &[
    ("Space", Key::ShortcutStartPause),
    ("N", Key::ShortcutNext),
    ("P", Key::ShortcutPrevious),
    ("+", Key::ShortcutPlusOne),
    ("5", Key::ShortcutPlusFive),
    ("−", Key::ShortcutMinusOne),
    ("D", Key::ShortcutDraw),
    ("K", Key::ShortcutKeep),
    ("X", Key::ShortcutDiscard),
    ("Ctrl+Z", Key::ShortcutUndo),
    ("R", Key::ShortcutReshuffle),
    ("W", Key::ShortcutProjector),
    ("F", Key::ShortcutFullscreen),
    ("F1 / ?", Key::ShortcutHelp),
    ("Esc", Key::ShortcutEscape),
];

/// Turns the keys pressed this frame into commands, unless a text field has the keyboard.
/// The keys are consumed, so a focused button does not also react to them.
pub fn shortcuts(ctx: &egui::Context, session: &Session, state: &SessionViewState) -> Vec<Command> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    let mut commands = Vec::new();
    let table_card = session
        .draws()
        .and_then(|p| p.table().first().map(|c| c.id.clone()));
    ctx.input_mut(|input| {
        let mut key = |modifiers: Modifiers, key: K| input.consume_key(modifiers, key);
        if key(Modifiers::COMMAND, K::Z) {
            commands.push(Command::Session(SessionCommand::Undo));
        }
        if key(Modifiers::NONE, K::F1)
            || key(Modifiers::NONE, K::Questionmark)
            || key(Modifiers::SHIFT, K::Questionmark)
        {
            commands.push(Command::ToggleHelp);
        }
        if key(Modifiers::NONE, K::Escape) {
            if state.help {
                commands.push(Command::ToggleHelp);
            } else if state.presenting || state.projector_fullscreen {
                commands.push(Command::ToggleFullscreen);
            }
        }
        if key(Modifiers::NONE, K::W) {
            commands.push(Command::ToggleProjector);
        }
        if key(Modifiers::NONE, K::F) || key(Modifiers::NONE, K::F11) {
            commands.push(Command::ToggleFullscreen);
        }
        if session.finished().is_some() {
            return;
        }
        let run = |c: SessionCommand| Command::Session(c);
        if key(Modifiers::NONE, K::Space) {
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
        if key(Modifiers::NONE, K::D) {
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

/// The session view: the agenda, the current step with timer, cards and capture; the summary
/// once the session has ended.
pub fn session_view_ui(ui: &mut egui::Ui, app: &mut App) -> Vec<Command> {
    let View::Session(state) = &app.view else {
        return Vec::new();
    };
    let state = state.clone();
    let Some(active) = &app.session else {
        ui.label(app.tr(Key::NoSession));
        return Vec::new();
    };
    let now = app.now();
    let mut commands = shortcuts(ui.ctx(), &active.session, &state);
    if state.projector_open {
        let view = ProjectorView::build(&active.session, now);
        let deck = active.deck.clone();
        let flashing = active.flash_until.is_some_and(|until| until > now);
        let title = app.tr(Key::ProjectorTitle).to_owned();
        let fullscreen = state.projector_fullscreen;
        let session = &active.session;
        let (closed, keys) = ui.ctx().show_viewport_immediate(
            egui::ViewportId::from_hash_of("projector"),
            egui::ViewportBuilder::default()
                .with_title(title)
                .with_inner_size([1024.0, 640.0])
                .with_fullscreen(fullscreen),
            |ui, _class| {
                // The same keys work in the projector window (a presenter's clicker there).
                let keys = shortcuts(ui.ctx(), session, &state);
                egui::CentralPanel::default().show(ui, |ui| {
                    projector_ui(ui, &view, deck.as_ref(), flashing);
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
        let view = ProjectorView::build(&active.session, now);
        let flashing = active.flash_until.is_some_and(|until| until > now);
        // A small way back for the mouse, beside Esc and F.
        if ui
            .add(egui::Button::new(RichText::new(app.tr(Key::LeaveFullscreen)).weak()).frame(false))
            .clicked()
        {
            commands.push(Command::ToggleFullscreen);
        }
        projector_ui(ui, &view, active.deck.as_ref(), flashing);
        return commands;
    }
    if let Some(error) = &app.session_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if let Some(error) = app.save_error() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(app.tr(Key::SaveFailed), &[("error", &error)]),
        );
    }
    for note in &active.notes {
        ui.label(RichText::new(note).weak());
    }
    if state.help {
        help_ui(ui, app, &mut commands);
    }
    if active.session.finished().is_some() {
        summary_ui(ui, app, active, &mut commands);
        return commands;
    }
    // The background is the window's clear colour: the panels only lay out (see `shell_ui`).
    egui::Panel::left("session-agenda")
        .resizable(true)
        .default_size(300.0)
        .frame(egui::Frame::side_top_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                agenda_ui(ui, app, active, &state, now, &mut commands);
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT))
        .show(ui, |ui| {
            // The timer and its buttons stay in view; the rest scrolls under them.
            step_ui(ui, app, active, &state, now, &mut commands);
            ui.add_space(8.0);
            egui::ScrollArea::vertical().show(ui, |ui| {
                step_body_ui(ui, app, active, &state, &mut commands);
            });
        });
    commands
}

fn help_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    // A window over the session, so nothing under it moves.
    egui::Window::new(app.tr(Key::ShortcutsTitle))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .show(ui.ctx(), |ui| {
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for (key, what) in SHORTCUTS {
                    ui.label(RichText::new(*key).monospace().strong());
                    ui.label(app.tr(*what));
                    ui.end_row();
                }
            });
            if ui.button(app.tr(Key::Close)).clicked() {
                commands.push(Command::ToggleHelp);
            }
        });
}

fn agenda_ui(
    ui: &mut egui::Ui,
    app: &App,
    active: &ActiveSession,
    state: &SessionViewState,
    now: DateTime<Utc>,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    ui.heading(&session.workshop().title);
    ui.label(RichText::new(fill(app.tr(Key::SeedIs), &[("seed", &session.seed())])).weak());
    ui.add_space(6.0);
    ui.heading(app.tr(Key::Agenda));
    for item in session.agenda() {
        let actual = session.timing(item.index).map_or(0, |t| {
            crate::session::summary::round_minutes(t.elapsed(now))
        });
        let mark = match item.status {
            StepStatus::Current => "▶",
            StepStatus::Done => "✓",
            StepStatus::Skipped => "↷",
            StepStatus::Upcoming => "·",
        };
        let text = format!(
            "{mark} {} {}. {}  {}",
            hhmm(&item.planned_start),
            item.index + 1,
            item.title,
            fill(
                app.tr(Key::PlannedActual),
                &[("planned", &item.planned_minutes), ("actual", &actual)]
            )
        );
        let current = item.status == StepStatus::Current;
        if ui.selectable_label(current, text).clicked() && !current {
            commands.push(Command::Session(SessionCommand::GoTo(item.index)));
        }
    }
    ui.add_space(8.0);
    let ahead = session.minutes_ahead(now);
    let standing = match ahead.cmp(&0) {
        std::cmp::Ordering::Greater => fill(app.tr(Key::AheadBy), &[("n", &ahead)]),
        std::cmp::Ordering::Less => fill(app.tr(Key::BehindBy), &[("n", &-ahead)]),
        std::cmp::Ordering::Equal => app.tr(Key::OnTime).to_owned(),
    };
    ui.label(fill(
        app.tr(Key::EndTimes),
        &[
            ("planned", &hhmm(&session.planned_end())),
            ("expected", &hhmm(&session.expected_end(now))),
        ],
    ));
    ui.label(RichText::new(standing).strong());
    let roles = &session.workshop().roles;
    if !roles.is_empty() {
        ui.add_space(8.0);
        ui.heading(app.tr(Key::Roles));
        ui.label(RichText::new(app.tr(Key::WhoHasRole)).weak());
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
    if ui.button(app.tr(Key::FinishSession)).clicked() {
        commands.push(Command::Session(SessionCommand::Finish));
    }
}

fn step_ui(
    ui: &mut egui::Ui,
    app: &App,
    active: &ActiveSession,
    state: &SessionViewState,
    now: DateTime<Utc>,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    let step = session.step();
    let run = |c: SessionCommand| Command::Session(c);
    ui.heading(
        RichText::new(format!("{}. {}", session.current() + 1, step.title))
            .size(28.0)
            .strong(),
    );
    // The big timer.
    let phase = session.phase(now);
    let flashing = active.flash_until.is_some_and(|until| until > now);
    let text = timer_text(session.remaining(now));
    let color = phase_color(phase, ui.visuals().dark_mode);
    let frame = if flashing {
        egui::Frame::new()
            .fill(phase_color(Phase::Overrun, false))
            .inner_margin(8.0)
    } else {
        egui::Frame::new().inner_margin(8.0)
    };
    frame.show(ui, |ui| {
        // The message sits beside the timer, so nothing below moves while it flashes.
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(&text)
                    .size(96.0)
                    .monospace()
                    .color(if flashing { Color32::WHITE } else { color }),
            );
            if flashing {
                ui.label(
                    RichText::new(app.tr(Key::TimeUp))
                        .size(28.0)
                        .color(Color32::WHITE)
                        .strong(),
                );
            }
        });
    });
    ui.horizontal_wrapped(|ui| {
        let start_pause = if session.is_running() {
            app.tr(Key::Pause)
        } else {
            app.tr(Key::StartTimer)
        };
        if ui.button(start_pause).clicked() {
            commands.push(run(SessionCommand::StartPause));
        }
        for (label, minutes) in [("+1 min", 1), ("+5 min", 5), ("−1 min", -1)] {
            if ui.button(label).clicked() {
                commands.push(run(SessionCommand::AddMinutes(minutes)));
            }
        }
        ui.separator();
        if ui
            .button(format!("◀ {}", app.tr(Key::PreviousStep)))
            .clicked()
        {
            commands.push(run(SessionCommand::Previous));
        }
        if ui.button(format!("{} ▶", app.tr(Key::NextStep))).clicked() {
            commands.push(run(SessionCommand::Next));
        }
        ui.separator();
        let projector = if state.projector_open {
            app.tr(Key::CloseProjector)
        } else {
            app.tr(Key::OpenProjector)
        };
        if ui.button(projector).clicked() {
            commands.push(Command::ToggleProjector);
        }
        if ui.button(app.tr(Key::Fullscreen)).clicked() {
            commands.push(Command::ToggleFullscreen);
        }
        if ui.button(app.tr(Key::ShortcutsTitle)).clicked() {
            commands.push(Command::ToggleHelp);
        }
    });
}

/// The step's instructions, notes, cards and capture fields (scrolled under the timer).
fn step_body_ui(
    ui: &mut egui::Ui,
    app: &App,
    active: &ActiveSession,
    state: &SessionViewState,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    let step = session.step();
    ui.label(RichText::new(&step.instructions).size(18.0));
    if let Some(notes) = &step.facilitator_notes {
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("{}: {notes}", app.tr(Key::FacilitatorNotes)))
                .italics()
                .weak(),
        );
    }
    if let Some(deck) = &active.deck {
        ui.add_space(10.0);
        cards_ui(ui, app, session, deck, commands);
    }
    for field in &step.capture {
        ui.add_space(10.0);
        capture_ui(ui, app, session, field, state, commands);
    }
}

fn cards_ui(
    ui: &mut egui::Ui,
    app: &App,
    session: &Session,
    deck: &Deck,
    commands: &mut Vec<Command>,
) {
    let run = |c: SessionCommand| Command::Session(c);
    ui.heading(app.tr(Key::CardsHeading));
    ui.horizontal_wrapped(|ui| {
        let (categories, count) = session.default_draw();
        let from = if categories.is_empty() {
            app.tr(Key::WholeDeck).to_owned()
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
            .button(fill(app.tr(Key::DrawN), &[("n", &count), ("from", &from)]))
            .clicked()
        {
            commands.push(run(SessionCommand::Draw {
                categories: None,
                count: None,
            }));
        }
        if !categories.is_empty() && ui.button(app.tr(Key::DrawFromDeck)).clicked() {
            commands.push(run(SessionCommand::Draw {
                categories: Some(Vec::new()),
                count: Some(1),
            }));
        }
        if ui.button(app.tr(Key::UndoDraw)).clicked() {
            commands.push(run(SessionCommand::Undo));
        }
        if ui.button(app.tr(Key::Reshuffle)).clicked() {
            commands.push(run(SessionCommand::Reshuffle));
        }
        if let Some(pile) = session.draws() {
            ui.label(
                RichText::new(fill(
                    app.tr(Key::PileInfo),
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
    let Some(pile) = session.draws() else { return };
    let table: Vec<_> = pile.table().into_iter().cloned().collect();
    let kept: Vec<_> = pile.kept().into_iter().cloned().collect();
    let card_w = 220.0;
    let card_h = card_w * BROWSER_CARD.height / BROWSER_CARD.width;
    ui.horizontal_wrapped(|ui| {
        for (card, is_kept) in table
            .iter()
            .map(|c| (c, false))
            .chain(kept.iter().map(|c| (c, true)))
        {
            ui.vertical(|ui| {
                let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::hover());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Label,
                        true,
                        format!("card {}", card.title),
                    )
                });
                if let Some(index) = deck.cards.iter().position(|c| c.id == card.id)
                    && let Some(face) = front(deck, index, BROWSER_CARD)
                {
                    paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items);
                }
                ui.horizontal(|ui| {
                    if is_kept {
                        ui.label(RichText::new(app.tr(Key::Kept)).strong());
                    } else if ui
                        .button(fill(app.tr(Key::KeepCard), &[("card", &card.title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Keep(card.id.clone())));
                    }
                    if ui
                        .button(fill(app.tr(Key::DiscardCard), &[("card", &card.title)]))
                        .clicked()
                    {
                        commands.push(run(SessionCommand::Discard(card.id.clone())));
                    }
                });
            });
        }
    });
}

fn capture_ui(
    ui: &mut egui::Ui,
    app: &App,
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
    ui.heading(&field.label);
    let value = session.capture(&field.id);
    match &field.kind {
        FieldKind::Text => {
            let mut text = match value {
                Some(Capture::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let response = ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_width(f32::INFINITY)
                    .desired_rows(4)
                    .id_salt(("capture", &field.id)),
            );
            let response = response.widget_info_text(&field.label);
            if response.changed() {
                commands.push(edit(CaptureEdit::SetText(text)));
            }
        }
        FieldKind::List => {
            let items = match value {
                Some(Capture::List(items)) => items.clone(),
                _ => Vec::new(),
            };
            let len = items.len();
            for (index, item) in items.into_iter().enumerate() {
                ui.horizontal(|ui| {
                    let mut chosen = item.chosen;
                    if ui
                        .checkbox(&mut chosen, "")
                        .on_hover_text(app.tr(Key::Chosen))
                        .changed()
                    {
                        commands.push(edit(CaptureEdit::SetChosen { index, chosen }));
                    }
                    let mut text = item.text.clone();
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(&mut text)
                                .desired_width(360.0)
                                .id_salt(("item", &field.id, index)),
                        )
                        .widget_info_text(&format!("{} {}", field.label, index + 1));
                    if response.changed() {
                        commands.push(edit(CaptureEdit::EditItem { index, text }));
                    }
                    if ui.add_enabled(index > 0, egui::Button::new("↑")).clicked() {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index - 1,
                        }));
                    }
                    if ui
                        .add_enabled(index + 1 < len, egui::Button::new("↓"))
                        .clicked()
                    {
                        commands.push(edit(CaptureEdit::MoveItem {
                            from: index,
                            to: index + 1,
                        }));
                    }
                    if ui.button("✕").on_hover_text(app.tr(Key::Remove)).clicked() {
                        commands.push(edit(CaptureEdit::RemoveItem(index)));
                    }
                });
            }
            ui.horizontal(|ui| {
                let mut new = state.new_items.get(&field.id).cloned().unwrap_or_default();
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut new)
                            .desired_width(360.0)
                            .hint_text(app.tr(Key::NewItem))
                            .id_salt(("new-item", &field.id)),
                    )
                    .widget_info_text(&fill(app.tr(Key::NewItemFor), &[("field", &field.label)]));
                let entered =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui
                    .button(fill(app.tr(Key::AddTo), &[("field", &field.label)]))
                    .clicked();
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
            egui::Grid::new(("table", &field.id))
                .num_columns(columns.len() + 1)
                .striped(true)
                .show(ui, |ui| {
                    for column in columns {
                        ui.label(RichText::new(column).strong());
                    }
                    ui.end_row();
                    for (row, cells) in rows.iter().enumerate() {
                        for (column, name) in columns.iter().enumerate() {
                            let mut text = cells.get(column).cloned().unwrap_or_default();
                            let response = ui
                                .add(
                                    egui::TextEdit::multiline(&mut text)
                                        .desired_rows(1)
                                        .desired_width(170.0)
                                        .id_salt(("cell", &field.id, row, column)),
                                )
                                .widget_info_text(&format!("{name} {}", row + 1));
                            if response.changed() {
                                commands.push(edit(CaptureEdit::SetCell { row, column, text }));
                            }
                        }
                        if ui
                            .button("✕")
                            .on_hover_text(app.tr(Key::RemoveRow))
                            .clicked()
                        {
                            commands.push(edit(CaptureEdit::RemoveRow(row)));
                        }
                        ui.end_row();
                    }
                });
            if ui.button(app.tr(Key::AddRow)).clicked() {
                commands.push(edit(CaptureEdit::AddRow));
            }
        }
    }
}

trait TextInfo {
    fn widget_info_text(self, label: &str) -> Self;
}

impl TextInfo for egui::Response {
    fn widget_info_text(self, label: &str) -> Self {
        let label = label.to_owned();
        self.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
        self
    }
}

/// The room's view: title, instructions, cards and the big timer, sized from the space given.
pub fn projector_ui(ui: &mut egui::Ui, view: &ProjectorView, deck: Option<&Deck>, flashing: bool) {
    let size = ui.available_size();
    let unit = (size.x / 40.0).min(size.y / 22.0).max(6.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&view.title).size(unit * 1.6).strong());
        let (fill_color, text_color) = if flashing {
            (phase_color(Phase::Overrun, false), Color32::WHITE)
        } else {
            (
                Color32::TRANSPARENT,
                phase_color(view.phase, ui.visuals().dark_mode),
            )
        };
        egui::Frame::new()
            .fill(fill_color)
            .corner_radius(unit * 0.5)
            .inner_margin(unit * 0.5)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(&view.timer_text)
                        .size(unit * 5.0)
                        .monospace()
                        .color(text_color),
                );
            });
        ui.label(RichText::new(&view.instructions).size(unit * 0.9));
    });
    if view.cards.is_empty() {
        return;
    }
    ui.add_space(unit);
    let card_h = (ui.available_height() - unit).clamp(unit * 4.0, unit * 14.0);
    let card_w = card_h * BROWSER_CARD.width / BROWSER_CARD.height;
    ui.horizontal_wrapped(|ui| {
        // Centred when the cards fit on one row.
        let gap = ui.spacing().item_spacing.x;
        let row = view.cards.len() as f32 * (card_w + gap) - gap;
        let free = ui.available_width() - row;
        if free > 0.0 {
            ui.add_space(free / 2.0);
        }
        for card in &view.cards {
            let (rect, response) = ui.allocate_exact_size(vec2(card_w, card_h), Sense::hover());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &card.title));
            let face = deck.and_then(|deck| {
                let index = deck.cards.iter().position(|c| c.id == card.id)?;
                front(deck, index, BROWSER_CARD)
            });
            match face {
                Some(face) => paint_card_ui(ui.painter(), rect, BROWSER_CARD, &face.items),
                None => {
                    ui.painter().rect_filled(rect, 6.0, Color32::WHITE);
                }
            }
        }
    });
}

fn summary_ui(ui: &mut egui::Ui, app: &App, active: &ActiveSession, commands: &mut Vec<Command>) {
    let session = &active.session;
    ui.heading(
        RichText::new(fill(
            app.tr(Key::SessionFinished),
            &[("workshop", &session.workshop().title)],
        ))
        .size(26.0),
    );
    let data =
        crate::session::SummaryData::build(session, active.deck.as_ref(), active.notes.clone());
    ui.label(fill(
        app.tr(Key::TotalsLine),
        &[
            ("planned", &data.totals.planned_minutes),
            ("actual", &data.totals.actual_minutes),
            ("cards", &data.totals.cards_drawn),
            ("actions", &data.totals.actions),
        ],
    ));
    ui.add_space(8.0);
    ui.heading(app.tr(Key::PlannedVsActual));
    chart_ui(ui, app, &data.steps);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(app.tr(Key::ExportSummary)).clicked() {
            commands.push(Command::ExportSummary);
        }
        if ui.button(app.tr(Key::Library)).clicked() {
            commands.push(Command::ShowLibrary);
        }
    });
    for path in &active.exported {
        ui.horizontal(|ui| {
            ui.label(fill(app.tr(Key::SavedFile), &[("path", &path.display())]));
            if ui.button(app.tr(Key::ShowInFileManager)).clicked() {
                commands.push(Command::RevealFolder(path.clone()));
            }
        });
    }
}

/// Planned (outline) and actual (filled) minutes per step as horizontal bars.
fn chart_ui(ui: &mut egui::Ui, app: &App, steps: &[crate::session::summary::StepRow]) {
    let most = steps
        .iter()
        .map(|s| s.planned_minutes.max(s.actual_minutes))
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let label_w = 260.0;
    let bar_w = (ui.available_width() - label_w - 120.0).max(100.0);
    let row_h = 22.0;
    let planned_color = ui.visuals().weak_text_color();
    for step in steps {
        let (rect, response) =
            ui.allocate_exact_size(vec2(label_w + bar_w + 120.0, row_h), Sense::hover());
        let text = fill(
            app.tr(Key::ChartRow),
            &[
                ("step", &format!("{}. {}", step.number, step.title)),
                ("planned", &step.planned_minutes),
                ("actual", &step.actual_minutes),
            ],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        let painter = ui.painter();
        let label_rect = egui::Rect::from_min_size(rect.min, vec2(label_w - 8.0, rect.height()));
        painter.with_clip_rect(label_rect).text(
            rect.left_center(),
            egui::Align2::LEFT_CENTER,
            format!("{}. {}", step.number, step.title),
            egui::FontId::proportional(14.0),
            ui.visuals().text_color(),
        );
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
    fn timer_text_counts_down_and_shows_overrun_with_a_minus() {
        assert_eq!(timer_text(TimeDelta::minutes(12)), "12:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(59_001)), "01:00");
        assert_eq!(timer_text(TimeDelta::milliseconds(500)), "00:01");
        assert_eq!(timer_text(TimeDelta::zero()), "00:00");
        assert_eq!(timer_text(TimeDelta::seconds(-133)), "−02:13");
        assert_eq!(timer_text(TimeDelta::milliseconds(-1_500)), "−00:01");
    }
}
