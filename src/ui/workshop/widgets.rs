//! Small pieces the cockpit's parts share: widths in characters, buttons that keep their
//! width when their label changes, icons by name, and accessibility labels.

use egui::{Color32, vec2};

use crate::ui::Ctx;

/// The width of `n` characters of body text.
pub(super) fn chars_width(ui: &egui::Ui, n: usize) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.ctx().fonts_mut(|f| f.glyph_width(&font, 'n')) * n as f32
}

/// A button that keeps its size whichever of `labels` it shows, so nothing beside it moves.
pub(super) fn steady_button(ui: &mut egui::Ui, labels: &[&str], shown: usize) -> egui::Response {
    steady_button_enabled(ui, true, labels, shown)
}

/// [`steady_button`], greyed out unless `enabled` (added straight into the row, so a wrapping
/// row still moves it to the next line when it does not fit).
pub(super) fn steady_button_enabled(
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
pub(super) fn icon(name: &str) -> String {
    crate::icons::by_name(name)
        .map(String::from)
        .unwrap_or_default()
}

/// The summary language that matches the interface's.
pub(super) fn summary_language(cx: &Ctx<'_>) -> crate::session::summary::Language {
    match cx.state.language {
        crate::ui::i18n::Language::English => crate::session::summary::Language::English,
        crate::ui::i18n::Language::Swedish => crate::session::summary::Language::Swedish,
    }
}

pub(super) trait TextInfo {
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

/// The toast's area (see `toast_ui` in the module).
pub(super) fn toast_id() -> egui::Id {
    egui::Id::unique("session-toast")
}

/// How far above the window's foot the toast's bottom edge normally is.
const TOAST_MARGIN: f32 = 16.0;

/// The height the toast takes at the window's foot, margin included: as it last showed, or
/// one row of buttons in a popup frame before it first showed.
pub(super) fn toast_room(ctx: &egui::Context) -> f32 {
    let height = ctx.memory(|m| m.area_rect(toast_id())).map_or_else(
        || {
            let style = ctx.global_style();
            style.spacing.interact_size.y + style.spacing.menu_margin.sum().y
        },
        |r| r.height(),
    );
    height + TOAST_MARGIN + 8.0
}

/// Where the toast sits, as an offset from the foot of the window's middle: at the foot,
/// unless the widget with the keyboard focus (a field being typed in) is where the toast would
/// be; then just above that widget (or, with no room above it, just below it), so that
/// nothing being typed is hidden. The toast's own widgets do not move it.
pub(super) fn toast_offset(ctx: &egui::Context) -> egui::Vec2 {
    let foot = vec2(0.0, -TOAST_MARGIN);
    let Some(toast) = ctx.memory(|m| m.area_rect(toast_id())) else {
        return foot;
    };
    let Some(focused) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
        .filter(|r| r.layer_id.id != toast_id())
    else {
        return foot;
    };
    let screen = ctx.content_rect();
    let size = toast.size();
    let at_foot = egui::Rect::from_min_size(
        egui::pos2(
            screen.center().x - size.x / 2.0,
            screen.bottom() - TOAST_MARGIN - size.y,
        ),
        size,
    );
    let field = focused.rect.expand(4.0);
    if !field.intersects(at_foot) {
        return foot;
    }
    if field.top() - size.y >= screen.top() {
        vec2(0.0, field.top() - screen.bottom())
    } else {
        vec2(
            0.0,
            (field.bottom() + size.y - screen.bottom()).min(-TOAST_MARGIN),
        )
    }
}
