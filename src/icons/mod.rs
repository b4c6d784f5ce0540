//! The interface's icons: an icon font (assets/fonts/Phosphor.ttf, MIT licence, see
//! assets/fonts/LICENSE-Phosphor.txt) and its characters, for the app's buttons and headings
//! and for a deck category's `icon` by name. The characters sit in Unicode's private use area,
//! so the font is installed after the text fonts and only answers for them.
//!
//! This module holds no interface code, so the PDF side can draw the same shapes from
//! [`FONT`]; the app installs the font in `ui::theme::install_fonts`.

mod names;
mod outline;

pub use outline::{ICONS, Icon, Segment, UnitPoint, flatten, font_bytes, rasterize};

/// The icon font (TrueType).
pub const FONT: &[u8] = include_bytes!("../../assets/fonts/Phosphor.ttf");

/// The character of the icon called `name` (`"lightbulb"`, `"arrow-clockwise"`), if the font
/// has one.
pub fn by_name(name: &str) -> Option<char> {
    let name = name.trim().to_ascii_lowercase().replace('_', "-");
    names::ALL
        .binary_search_by(|(n, _)| (*n).cmp(name.as_str()))
        .ok()
        .map(|at| names::ALL[at].1)
}

/// Every icon's name, sorted (for messages that list what is accepted).
pub fn names() -> impl Iterator<Item = &'static str> {
    names::ALL.iter().map(|(n, _)| *n)
}

macro_rules! icons {
    ($($name:ident = $code:literal;)*) => {
        $(
            #[doc = concat!("The icon `", stringify!($name), "`.")]
            pub const $name: &str = $code;
        )*
    };
}

icons! {
    ARROW_CLOCKWISE = "\u{E036}";
    BOOKS = "\u{E758}";
    CARDS = "\u{E0F8}";
    CHECK_CIRCLE = "\u{E184}";
    CLOCK = "\u{E19A}";
    COPY = "\u{E1CA}";
    FILE_PDF = "\u{E702}";
    FLOPPY_DISK = "\u{E248}";
    FOLDER_OPEN = "\u{E256}";
    FOLDER_USER = "\u{EB46}";
    FOLDERS = "\u{E260}";
    GEAR = "\u{E270}";
    HOUSE = "\u{E2C2}";
    LIGHTBULB = "\u{E2DC}";
    LIST_NUMBERS = "\u{E2F6}";
    LOCK = "\u{E2FA}";
    PACKAGE = "\u{E390}";
    PLAY = "\u{E3D0}";
    PLAY_CIRCLE = "\u{E3D2}";
    PRESENTATION_CHART = "\u{E656}";
    PRINTER = "\u{E3DC}";
    USER = "\u{E4C2}";
    WARNING = "\u{E4E0}";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_and_found() {
        assert!(names::ALL.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(by_name("lightbulb"), LIGHTBULB.chars().next());
        assert_eq!(by_name(" Arrow_Clockwise "), ARROW_CLOCKWISE.chars().next());
        assert_eq!(by_name("no-such-icon"), None);
        assert!(names().count() > 1000);
    }

    #[test]
    fn the_font_has_every_icon_the_app_uses() {
        let face = ttf_parser::Face::parse(FONT, 0).expect("the icon font parses");
        for icon in [
            ARROW_CLOCKWISE,
            BOOKS,
            CARDS,
            CHECK_CIRCLE,
            CLOCK,
            COPY,
            FILE_PDF,
            FLOPPY_DISK,
            FOLDER_OPEN,
            FOLDER_USER,
            FOLDERS,
            GEAR,
            HOUSE,
            LIGHTBULB,
            LIST_NUMBERS,
            LOCK,
            PACKAGE,
            PLAY,
            PLAY_CIRCLE,
            PRESENTATION_CHART,
            PRINTER,
            USER,
            WARNING,
        ] {
            let c = icon.chars().next().expect("one character");
            assert!(face.glyph_index(c).is_some(), "{:04X}", c as u32);
            assert!(names().any(|n| by_name(n) == Some(c)));
        }
    }
}
