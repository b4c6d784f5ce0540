//! Themes (light, dark, high contrast), the card fonts, and colour contrast.
//!
//! Each theme is a complete [`egui::Visuals`] whose text colours reach at least WCAG AA (4.5:1)
//! against the backgrounds they are drawn on, and whose focused widgets get a clearly visible
//! outline, so keyboard users always see where they are. The contrast arithmetic and the choice
//! of text colour on a category colour live here too. Which theme is chosen is a setting of the
//! app; this module does not store it.

use egui::{Color32, FontData, FontDefinitions, FontFamily, Stroke, Visuals};
use serde::{Deserialize, Serialize};

use super::card_face::family_name;
use super::i18n::Key;
use crate::pdf::text::FontFace;

/// The minimum contrast of text against its background (WCAG 2 AA for normal text).
pub const MIN_TEXT_CONTRAST: f32 = 4.5;

/// Near-black text on the card paper.
pub const INK: Color32 = Color32::from_rgb(0x14, 0x14, 0x14);

/// A colour theme of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on light backgrounds.
    #[default]
    Light,
    /// Light text on dark backgrounds.
    Dark,
    /// White text on black, yellow focus and selection: for projectors and low vision.
    HighContrast,
}

impl Theme {
    /// Every theme, in the order the settings list them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::HighContrast];

    /// The theme's name in the interface.
    pub fn key(self) -> Key {
        match self {
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
            Theme::HighContrast => Key::ThemeHighContrast,
        }
    }

    /// The complete visuals of the theme.
    pub fn visuals(self) -> Visuals {
        match self {
            Theme::Light => light(),
            Theme::Dark => dark(),
            Theme::HighContrast => high_contrast(),
        }
    }

    /// Applies the theme to every style of the context.
    pub fn apply(self, ctx: &egui::Context) {
        let visuals = self.visuals();
        ctx.set_theme(if visuals.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        ctx.all_styles_mut(|style| style.visuals = visuals.clone());
    }
}

fn focus_outline(visuals: &mut Visuals, color: Color32, width: f32) {
    // egui draws a focused widget with the "active" look: give it an outline that stands out.
    visuals.widgets.active.bg_stroke = Stroke::new(width, color);
    visuals.selection.stroke = Stroke::new(width.max(1.5), visuals.selection.stroke.color);
}

fn light() -> Visuals {
    let mut v = Visuals::light();
    let text = Color32::from_gray(20);
    v.override_text_color = None;
    v.widgets.noninteractive.fg_stroke.color = text;
    v.widgets.inactive.fg_stroke.color = text;
    v.widgets.hovered.fg_stroke.color = Color32::BLACK;
    v.widgets.active.fg_stroke.color = Color32::BLACK;
    v.weak_text_color = Some(Color32::from_gray(85));
    // Outlines on controls (radio buttons, check boxes, fields, buttons) at 3:1 or more, so
    // they are seen on the light panel (WCAG 1.4.11).
    let outline = Stroke::new(1.0, Color32::from_gray(118));
    v.widgets.inactive.bg_stroke = outline;
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(160));
    v.hyperlink_color = Color32::from_rgb(0, 80, 160);
    v.warn_fg_color = Color32::from_rgb(140, 70, 0);
    v.error_fg_color = Color32::from_rgb(175, 0, 0);
    v.selection.bg_fill = Color32::from_rgb(170, 205, 245);
    v.selection.stroke.color = Color32::from_rgb(0, 50, 110);
    focus_outline(&mut v, Color32::from_rgb(0, 90, 200), 2.0);
    v
}

fn dark() -> Visuals {
    let mut v = Visuals::dark();
    let text = Color32::from_gray(225);
    v.override_text_color = None;
    v.widgets.noninteractive.fg_stroke.color = text;
    v.widgets.inactive.fg_stroke.color = text;
    v.widgets.hovered.fg_stroke.color = Color32::WHITE;
    v.widgets.active.fg_stroke.color = Color32::WHITE;
    v.weak_text_color = Some(Color32::from_gray(170));
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(130));
    v.hyperlink_color = Color32::from_rgb(130, 190, 255);
    v.warn_fg_color = Color32::from_rgb(255, 175, 60);
    v.error_fg_color = Color32::from_rgb(255, 120, 120);
    v.selection.bg_fill = Color32::from_rgb(0, 75, 140);
    v.selection.stroke.color = Color32::from_rgb(220, 235, 255);
    focus_outline(&mut v, Color32::from_rgb(120, 190, 255), 2.0);
    v
}

fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let yellow = Color32::from_rgb(255, 230, 0);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(20);
    v.code_bg_color = Color32::from_gray(25);
    v.text_edit_bg_color = Some(Color32::BLACK);
    v.window_stroke = Stroke::new(2.0, Color32::WHITE);
    v.override_text_color = None;
    for (widget, bg) in [
        (&mut v.widgets.noninteractive, Color32::BLACK),
        (&mut v.widgets.inactive, Color32::from_gray(25)),
        (&mut v.widgets.hovered, Color32::from_gray(55)),
        (&mut v.widgets.active, Color32::from_gray(70)),
        (&mut v.widgets.open, Color32::from_gray(40)),
    ] {
        widget.fg_stroke = Stroke::new(1.5, Color32::WHITE);
        widget.bg_fill = bg;
        widget.weak_bg_fill = bg;
    }
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
    v.widgets.inactive.bg_stroke = Stroke::new(1.5, Color32::WHITE);
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, yellow);
    v.weak_text_color = Some(Color32::from_gray(210));
    v.hyperlink_color = yellow;
    v.warn_fg_color = yellow;
    v.error_fg_color = Color32::from_rgb(255, 140, 140);
    v.selection.bg_fill = Color32::from_rgb(0, 60, 130);
    v.selection.stroke.color = Color32::WHITE;
    focus_outline(&mut v, yellow, 3.0);
    v
}

/// The name the icon font is installed under.
pub const ICON_FONT: &str = "icons";

/// Installs the print fonts (the DejaVu faces the PDF embeds) as families named by
/// [`super::card_face::family_name`], so card faces on screen match the printed ones. DejaVu
/// Sans is also the interface's text font (it draws the arrows and symbols the interface uses,
/// ← → ✖ ☐ ▶ │ •, which egui's own fonts lack).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for face in FontFace::ALL {
        let name = family_name(face);
        fonts
            .font_data
            .insert(name.to_owned(), FontData::from_static(face.bytes()).into());
        let mut family = vec![name.to_owned()];
        family.extend(fallback.iter().cloned());
        fonts.families.insert(FontFamily::Name(name.into()), family);
    }
    // DejaVu Sans first: a regular weight reads better than egui's light default, and it has
    // every symbol used. The monospace font falls back to it.
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, family_name(FontFace::Sans).to_owned());
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(family_name(FontFace::Sans).to_owned());
    // The interface's icons, right after the text font: their characters are in the private
    // use area, which the text font leaves empty.
    fonts.font_data.insert(
        ICON_FONT.to_owned(),
        FontData::from_static(crate::icons::FONT).into(),
    );
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.insert(1.min(proportional.len()), ICON_FONT.to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The relative luminance of an sRGB colour (WCAG 2), 0 for black to 1 for white.
pub fn luminance(color: Color32) -> f32 {
    crate::colour::luminance(rgb(color))
}

/// The WCAG 2 contrast ratio of two opaque colours, from 1 to 21 (see [`crate::colour`]).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    crate::colour::contrast(rgb(a), rgb(b))
}

fn rgb(color: Color32) -> crate::colour::Rgb {
    [color.r(), color.g(), color.b()]
}

/// The text colour for a background: white or black, whichever contrasts more. (The screen
/// paints pure black: some mid-tone colours reach 4.5:1 only with it.)
pub fn text_on(background: Color32) -> Color32 {
    let [r, g, b] = crate::colour::pick_text(rgb(background), [255; 3], [0; 3]);
    Color32::from_rgb(r, g, b)
}

/// `fg` (premultiplied, possibly translucent) painted over the opaque `bg`.
pub fn over(fg: Color32, bg: Color32) -> Color32 {
    let keep = 1.0 - f32::from(fg.a()) / 255.0;
    let mix = |f: u8, b: u8| {
        (f32::from(f) + f32::from(b) * keep)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Color32::from_rgb(
        mix(fg.r(), bg.r()),
        mix(fg.g(), bg.g()),
        mix(fg.b(), bg.b()),
    )
}

/// A `#RRGGBB` colour, or grey where the text is not one (validation reports that elsewhere).
pub fn color_of(hex: &str) -> Color32 {
    crate::colour::parse_hex(hex).map_or(Color32::GRAY, |[r, g, b]| Color32::from_rgb(r, g, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of text and background colour a theme draws, with a name for messages.
    fn text_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
        let text = v.text_color();
        let weak = v.weak_text_color();
        let w = &v.widgets;
        let text_edit_bg = v.text_edit_bg_color.unwrap_or(v.extreme_bg_color);
        vec![
            ("text on panel", text, v.panel_fill),
            ("text on window", text, v.window_fill),
            ("text on faint rows", text, v.faint_bg_color),
            ("text in text fields", text, text_edit_bg),
            ("weak text on panel", weak, v.panel_fill),
            ("weak text on window", weak, v.window_fill),
            (
                "button text",
                w.inactive.fg_stroke.color,
                w.inactive.weak_bg_fill,
            ),
            (
                "hovered button",
                w.hovered.fg_stroke.color,
                w.hovered.weak_bg_fill,
            ),
            (
                "pressed/focused button",
                w.active.fg_stroke.color,
                w.active.weak_bg_fill,
            ),
            (
                "selected item",
                v.selection.stroke.color,
                v.selection.bg_fill,
            ),
            ("text on selection", text, v.selection.bg_fill),
            ("link", v.hyperlink_color, v.panel_fill),
            ("warning", v.warn_fg_color, v.panel_fill),
            ("error", v.error_fg_color, v.panel_fill),
        ]
    }

    #[test]
    fn every_theme_has_readable_text() {
        for theme in Theme::ALL {
            let v = theme.visuals();
            for (what, fg, bg) in text_pairs(&v) {
                // Translucent fills are drawn over the panel.
                let bg = over(bg, v.panel_fill);
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= MIN_TEXT_CONTRAST,
                    "{theme:?}: {what} has contrast {ratio:.2} ({fg:?} on {bg:?})"
                );
            }
        }
    }

    #[test]
    fn controls_are_outlined_visibly_in_every_theme() {
        for theme in Theme::ALL {
            let v = theme.visuals();
            let outline = v.widgets.inactive.bg_stroke;
            let fill = over(v.widgets.inactive.bg_fill, v.panel_fill);
            let outline_contrast = if outline.width > 0.0 {
                contrast(outline.color, v.panel_fill)
            } else {
                1.0
            };
            let seen = outline_contrast.max(contrast(fill, v.panel_fill));
            assert!(
                seen >= 3.0,
                "{theme:?}: controls have contrast {seen:.2} against the panel"
            );
        }
    }

    #[test]
    fn focus_is_outlined_in_every_theme() {
        for theme in Theme::ALL {
            let v = theme.visuals();
            let outline = v.widgets.active.bg_stroke;
            assert!(outline.width >= 2.0, "{theme:?}");
            assert!(
                contrast(outline.color, v.panel_fill) >= 3.0,
                "{theme:?}: focus outline contrast"
            );
        }
    }

    #[test]
    fn band_text_is_readable_on_every_bundled_category_colour() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("decks");
        let library = crate::model::Library::load(&[dir], crate::model::LoadOptions::default());
        assert!(library.decks.len() >= 2);
        for deck in &library.decks {
            let colours = deck
                .value
                .categories
                .iter()
                .map(|c| (c.id.clone(), c.color.clone()))
                .chain(
                    deck.value
                        .back
                        .iter()
                        .filter_map(|b| b.color.clone().map(|c| ("back".to_owned(), c))),
                );
            for (id, hex) in colours {
                let band = color_of(&hex);
                let ratio = contrast(text_on(band), band);
                assert!(
                    ratio >= MIN_TEXT_CONTRAST,
                    "{}: category {id} ({hex}) gives contrast {ratio:.2}",
                    deck.value.id
                );
            }
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Color32::from_gray(0x76), Color32::WHITE) - 4.54).abs() < 0.02);
        assert_eq!(text_on(Color32::from_rgb(0xFF, 0xE0, 0x40)), Color32::BLACK);
        assert_eq!(over(Color32::TRANSPARENT, Color32::WHITE), Color32::WHITE);
        assert_eq!(text_on(Color32::from_rgb(0x00, 0x46, 0x70)), Color32::WHITE);
    }
}
