//! A deck's logo (`back: CardBack(logo: "logo.png")`): a PNG file from the deck's own folder,
//! never from outside it, with limits on its size, decoded into RGB pixels on white for the
//! office back's emblem and the start sheet.

use std::path::{Path, PathBuf};

use super::PdfError;
use crate::i18n::{Key, Message, io_message};

/// The largest logo file, in bytes.
pub const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;
/// The largest logo side, in pixels.
pub const MAX_LOGO_PIXELS: u32 = 2048;

/// A decoded logo: RGB pixels, transparency laid over white.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 3` bytes, row by row from the top.
    pub rgb: Vec<u8>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{})", self.width, self.height)
    }
}

/// Finds `name` in the folder of `deck_file`: a relative path that stays inside that folder
/// (also after following links).
pub fn resolve(deck_file: &Path, name: &str) -> Result<PathBuf, PdfError> {
    let bad = |why: Message| {
        PdfError::Option(
            Message::new(Key::LogoCannotUse)
                .with("name", name)
                .part("why", why),
        )
    };
    if crate::model::validate::is_svg(name) {
        return Err(bad(Message::new(crate::model::validate::SVG_LOGO)));
    }
    if !crate::model::validate::is_valid_logo_path(name) {
        return Err(bad(Message::new(Key::LogoNotInFolder)));
    }
    let folder = deck_file
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .unwrap_or(Path::new("."));
    let path = folder.join(name);
    let real_folder = folder
        .canonicalize()
        .map_err(|e| bad(Message::new(Key::LogoFolderUnreadable).part("reason", io_message(&e))))?;
    let real = path
        .canonicalize()
        .map_err(|_| bad(Message::new(Key::LogoNoSuchFile).with("folder", folder.display())))?;
    if !real.starts_with(&real_folder) {
        return Err(bad(Message::new(Key::LogoOutside)));
    }
    Ok(real)
}

/// Reads and decodes the logo `name` of the deck in `deck_file`.
pub fn load(deck_file: &Path, name: &str) -> Result<Logo, PdfError> {
    let path = resolve(deck_file, name)?;
    let bad = |why: Message| {
        PdfError::Option(
            Message::new(Key::LogoCannotUse)
                .with("name", name)
                .part("why", why),
        )
    };
    let unreadable =
        |e: std::io::Error| bad(Message::new(Key::LogoUnreadable).part("reason", io_message(&e)));
    let size = std::fs::metadata(&path).map_err(unreadable)?.len();
    if size > MAX_LOGO_BYTES {
        return Err(bad(Message::new(Key::LogoTooLarge)
            .with("kib", size / 1024)
            .with("max", MAX_LOGO_BYTES / 1024)
            .with("pixels", MAX_LOGO_PIXELS)));
    }
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    decode(&bytes).map_err(bad)
}

/// Loads the logo that `deck` names (`back.logo`) from the folder of `deck_file` into
/// `options`, unless it holds one already; the message says why it could not be (the export
/// then goes on without it).
pub fn attach(
    deck: &crate::model::Deck,
    deck_file: &Path,
    options: &mut super::PdfOptions,
) -> Result<(), PdfError> {
    let Some(name) = deck.back.as_ref().and_then(|b| b.logo.as_deref()) else {
        return Ok(());
    };
    if options.logo.is_some() {
        return Ok(());
    }
    let logo = load(deck_file, name)?;
    options.logo = Some(std::sync::Arc::new(logo));
    Ok(())
}

/// Decodes PNG bytes into a [`Logo`]; the error says what is wrong with the picture.
pub fn decode(bytes: &[u8]) -> Result<Logo, Message> {
    // The decoder's own words are English: the user reads what is wrong and what to do. The
    // bytes are in memory, so a read error is a file cut short: damaged, like a bad chunk.
    let unreadable = |e: png::DecodingError| match e {
        png::DecodingError::LimitsExceeded => Message::new(Key::LogoTooLargeToDecode),
        _ => Message::new(Key::LogoNotPng),
    };
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(bytes),
        png::Limits {
            bytes: 64 * 1024 * 1024,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(unreadable)?;
    let (width, height) = {
        let info = reader.info();
        (info.width, info.height)
    };
    if width == 0 || height == 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
        return Err(Message::new(Key::LogoPixels)
            .with("width", width)
            .with("height", height)
            .with("max", MAX_LOGO_PIXELS));
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| Message::new(Key::LogoTooLargeToDecode))?;
    let mut buf = vec![0; size];
    let frame = reader.next_frame(&mut buf).map_err(unreadable)?;
    let data = &buf[..frame.buffer_size()];
    let channels = frame.color_type.samples();
    let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
    let over_white = |v: u8, a: u8| -> u8 {
        let (v, a) = (u32::from(v), u32::from(a));
        ((v * a + 255 * (255 - a)) / 255) as u8
    };
    for px in data.chunks_exact(channels) {
        match channels {
            1 => rgb.extend([px[0]; 3]),
            2 => rgb.extend([over_white(px[0], px[1]); 3]),
            3 => rgb.extend_from_slice(px),
            _ => rgb.extend([
                over_white(px[0], px[3]),
                over_white(px[1], px[3]),
                over_white(px[2], px[3]),
            ]),
        }
    }
    if rgb.len() != width as usize * height as usize * 3 {
        return Err(Message::new(Key::LogoLayout));
    }
    Ok(Logo { width, height, rgb })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_bytes(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, width, height);
            encoder.set_color(png::ColorType::Rgba);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().expect("header");
            let mut data = Vec::new();
            for y in 0..height {
                for x in 0..width {
                    // Left half red and opaque, right half transparent.
                    let a = if x < width / 2 { 255 } else { 0 };
                    data.extend([200, 10, u8::try_from(y % 256).unwrap_or(0), a]);
                }
            }
            writer.write_image_data(&data).expect("data");
        }
        out
    }

    #[test]
    fn decodes_transparency_over_white() {
        let logo = decode(&png_bytes(4, 2)).expect("decodes");
        assert_eq!((logo.width, logo.height), (4, 2));
        assert_eq!(&logo.rgb[0..3], &[200, 10, 0]);
        assert_eq!(&logo.rgb[9..12], &[255, 255, 255]);
        assert!(decode(b"not a png").is_err());
    }

    #[test]
    fn a_broken_picture_is_said_in_the_users_words_not_the_decoders() {
        use crate::i18n::{Language, Localized};
        let mut cut = png_bytes(16, 16);
        cut.truncate(cut.len() / 2);
        let mut bad_crc = png_bytes(16, 16);
        bad_crc[20] ^= 0xff;
        for bytes in [b"GIF89a not a png".to_vec(), cut, bad_crc] {
            let e = decode(&bytes).expect_err("broken");
            let sv = e.message(Language::Swedish);
            assert!(sv.starts_with("är ingen PNG-bild eller är skadad"), "{sv}");
            for english in ["signature", "invalid", "crc", "eof", "format", "error"] {
                assert!(!sv.to_lowercase().contains(english), "{sv}");
            }
        }
    }

    #[test]
    fn only_files_in_the_decks_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let deck = dir.path().join("lek/min.deck.ron");
        std::fs::create_dir_all(deck.parent().expect("parent")).expect("mkdir");
        std::fs::write(dir.path().join("lek/logo.png"), png_bytes(8, 8)).expect("write");
        std::fs::write(dir.path().join("outside.png"), png_bytes(8, 8)).expect("write");
        assert!(load(&deck, "logo.png").is_ok());
        let e = load(&deck, "../outside.png")
            .expect_err("outside")
            .to_string();
        assert!(e.contains("not a PNG file in the deck's folder"), "{e}");
        let e = load(&deck, "logo.svg").expect_err("svg").to_string();
        assert!(
            e.contains("SVG pictures are not supported") && e.contains("PNG"),
            "{e}"
        );
        let e = load(&deck, "saknas.png").expect_err("missing").to_string();
        assert!(e.contains("no such file"), "{e}");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(
                dir.path().join("outside.png"),
                dir.path().join("lek/link.png"),
            )
            .expect("link");
            let e = load(&deck, "link.png").expect_err("link").to_string();
            assert!(e.contains("outside the deck's folder"), "{e}");
        }
        std::fs::write(dir.path().join("lek/huge.png"), vec![0u8; 3 * 1024 * 1024]).expect("write");
        let e = load(&deck, "huge.png").expect_err("huge").to_string();
        assert!(e.contains("more than 2048 KiB"), "{e}");
        let e = decode(&png_bytes(4000, 1)).expect_err("wide").to_string();
        assert!(e.contains("at most 2048 pixels"), "{e}");
    }
}
