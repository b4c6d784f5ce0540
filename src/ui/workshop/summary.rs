//! The ended session's summary in the app, with its planned-versus-actual chart.

use egui::{RichText, Sense, vec2};

use super::timer::phase_color;
use crate::active::ActiveSession;
use crate::session::{Phase, SessionCommand};
use crate::ui::Ctx;
use crate::ui::command::Command;
use crate::ui::i18n::{Key, fill};

pub(super) fn summary_ui(
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
    crate::ui::home::desktop_messages_ui(ui, cx, commands);
}

/// Planned (outline) and actual (filled) minutes per step as horizontal bars.
pub(super) fn chart_ui(
    ui: &mut egui::Ui,
    cx: &Ctx<'_>,
    steps: &[crate::session::summary::StepRow],
) {
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
