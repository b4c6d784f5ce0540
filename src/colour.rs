//! Colours as the files write them (`#RRGGBB`) and the WCAG 2 contrast between two of them.
//!
//! One implementation for the interface's themes and the printed cards, so the screen and the
//! paper judge a colour the same way. Which text colour to put on a background is decided by
//! [`pick_text`]: each caller passes the light and dark colours it actually paints (the
//! interface paints pure black, the cards a near-black ink), and the one with more contrast wins.

/// An sRGB colour as red, green and blue bytes.
pub type Rgb = [u8; 3];

/// Parses `#RRGGBB` (surrounding spaces allowed); `None` for anything else.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// The relative luminance (WCAG 2), 0 for black to 1 for white.
pub fn luminance([r, g, b]: Rgb) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `light` or `dark`, whichever contrasts more with `background` (light on a tie).
pub fn pick_text(background: Rgb, light: Rgb, dark: Rgb) -> Rgb {
    if contrast(light, background) >= contrast(dark, background) {
        light
    } else {
        dark
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast([0; 3], [255; 3]) - 21.0).abs() < 0.01);
        assert!((contrast([255; 3], [255; 3]) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast([0x76; 3], [255; 3]) - 4.54).abs() < 0.02);
        assert_eq!(
            contrast([10, 20, 30], [200, 100, 0]),
            contrast([200, 100, 0], [10, 20, 30])
        );
    }

    #[test]
    fn the_text_colour_is_the_one_that_reads_better() {
        let white = [255; 3];
        let black = [0; 3];
        assert_eq!(pick_text([0x1B, 0x49, 0x65], white, black), white);
        assert_eq!(pick_text([0xF0, 0xE4, 0x42], white, black), black);
        // A mid-tone where pure black reads better than white: the dark colour wins.
        let mid = [0x20, 0x80, 0xA0];
        assert!(contrast(black, mid) > contrast(white, mid));
        assert_eq!(pick_text(mid, white, black), black);
    }

    #[test]
    fn hex_colours() {
        assert_eq!(parse_hex("#1B4965"), Some([0x1B, 0x49, 0x65]));
        assert_eq!(parse_hex(" #ffffff "), Some([255; 3]));
        for bad in ["1B4965", "#1B49", "#ÅÅÅÅÅÅ", "#GG0000", "#+10000", ""] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
    }
}
