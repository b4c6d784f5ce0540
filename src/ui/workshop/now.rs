//! The *now* zone (step, timer, clock window, controls, one line of what to do), the agenda
//! rail and the body of the current step.

use chrono::{DateTime, Utc};
use egui::{Color32, RichText, Sense, vec2};

use super::capture::capture_ui;
use super::cards::cards_ui;
use super::state::{SessionViewState, ViewChange};
use super::timer::{phase_color, timer_text};
use super::toast::describe;
use super::widgets::{TextInfo, icon, steady_button, steady_button_enabled};
use crate::active::ActiveSession;
use crate::model::Step;
use crate::session::{Phase, Session, SessionCommand, StepState};
use crate::ui::Ctx;
use crate::ui::command::Command;
use crate::ui::i18n::{Key, fill};
use crate::ui::projector::TimerState;

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

pub(super) fn hhmm(t: &DateTime<chrono::FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

#[allow(clippy::too_many_arguments)]
pub(super) fn now_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    active: &ActiveSession,
    state: &SessionViewState,
    rail: bool,
    now: DateTime<Utc>,
    commands: &mut Vec<Command>,
) {
    let session = &active.session;
    let step = session.step();
    let run = |c: SessionCommand| Command::Session(c);
    let offset = *session.planned_start().offset();
    let clock = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    // The same window as the step's line in the agenda.
    let (from, to) = session.current_window(now);
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
            commands.push(Command::SessionView(ViewChange::ShowRail(!rail)));
        }
        let clock_text = fill(
            cx.tr(Key::StepWindow),
            &[
                ("from", &hhmm(&from)),
                ("to", &hhmm(&to)),
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
                crate::ui::projector::paint_state_shape(
                    ui.painter(),
                    rect,
                    timer_state,
                    phase_color(timer_state.phase(), ui.visuals().dark_mode),
                );
                let word =
                    crate::ui::projector::phase_text(timer_state, remaining, cx.state.language);
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
pub(super) const PINNED_ELIDED: &str = "session-pinned-instruction-elided";

/// The instructions as their first sentence (the line of what to do, kept in view) and the
/// rest.
pub(super) fn split_first_sentence(text: &str) -> (&str, &str) {
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

pub(super) fn agenda_ui(
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
        let timing = session.timing(item.index);
        // A step whose timer never ran shows its time box; one that ran, how much of it it
        // used ("3 of 10 min used"), so the two numbers never need a legend.
        let minutes = timing.map_or(i64::from(item.planned_minutes), |t| {
            t.budget().num_minutes()
        });
        let used = timing
            .filter(|t| t.started().is_some())
            .map(|t| crate::session::summary::round_minutes(t.elapsed(now)));
        let minutes_text = match used {
            Some(used) => fill(
                cx.tr(Key::PlannedActual),
                &[("used", &used), ("minutes", &minutes)],
            ),
            None => fill(cx.tr(Key::PlannedMinutes), &[("minutes", &minutes)]),
        };
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
            minutes_text
        );
        let mut tip = cx.tr(word).to_owned();
        if moved {
            tip.push_str(" · ");
            tip.push_str(&fill(
                cx.tr(Key::PlannedWas),
                &[("time", &hhmm(&item.planned_start))],
            ));
        }
        // An earlier step left unfinished stands where it was, but its time still counts.
        if item.index < session.current()
            && matches!(item.state, StepState::NotStarted | StepState::Visited)
            && let Some(t) = timing
        {
            let left = t.still_needed(now).num_minutes();
            if left > 0 {
                tip.push_str(" · ");
                tip.push_str(&fill(cx.tr(Key::StillNeeded), &[("n", &left)]));
            }
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

/// The scroll area of the step's body. Every step opens at its top: the offset of the step
/// shown before (scrolled down to a card or a field) is not carried into the next one, and
/// coming back to a step opens it at its top too.
pub(super) fn step_body_scroll(ui: &egui::Ui, session: &Session) -> egui::ScrollArea {
    let area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    let shown_id = egui::Id::unique("session-body-step");
    let step = (session.id().to_owned(), session.current());
    let before = ui.data(|d| d.get_temp::<(String, usize)>(shown_id));
    if before.as_ref() == Some(&step) {
        return area;
    }
    ui.data_mut(|d| d.insert_temp(shown_id, step));
    area.vertical_scroll_offset(0.0)
}

/// The step's instructions, notes, cards and capture fields (scrolled under the now zone).
pub(super) fn step_body_ui(
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
    // Room under the last field for the toast at the window's foot, so any field can be
    // scrolled up above it.
    ui.add_space(20.0_f32.max(super::widgets::toast_room(ui.ctx())));
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
}
