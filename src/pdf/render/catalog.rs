//! What is done to the document after printpdf has built it, in lopdf terms: the viewer
//! preferences (print at 100 %, duplex, show the title), the outline, a stable document ID and
//! the compression of the streams.

use crate::pdf::PdfError;

use super::{Bookmark, DocInfo, Duplex, PT_PER_MM, export_time};

/// The deflate level of the streams. lopdf's own `compress` uses 9, which spent a quarter of a
/// 1,000-card export's instructions; level 1 takes about a third of the export's time off for a
/// file half as large again (1.02 MiB rather than 0.69 MiB for 1,000 cards, well inside the
/// 2 MiB budget; `cargo bench --bench pdf`, the figures are in the README).
const DEFLATE_LEVEL: u32 = 1;

/// Compresses every stream that allows it and is not compressed yet, as lopdf's `compress`
/// does but at [`DEFLATE_LEVEL`]; a stream that would not get smaller stays as it is.
pub(super) fn compress(doc: &mut lopdf::Document) {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(stream.content.len() / 4),
            flate2::Compression::new(DEFLATE_LEVEL),
        );
        if encoder.write_all(&stream.content).is_err() {
            continue;
        }
        let Ok(compressed) = encoder.finish() else {
            continue;
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// Print at 100 %, suggest the duplex mode, show the title; dates set to now.
pub(super) fn set_viewer_preferences(
    doc: &mut lopdf::Document,
    info: &DocInfo,
) -> Result<(), PdfError> {
    use lopdf::{Dictionary, Object};
    let duplex = match info.duplex {
        Duplex::Simplex => "Simplex",
        Duplex::LongEdge => "DuplexFlipLongEdge",
        Duplex::ShortEdge => "DuplexFlipShortEdge",
    };
    let prefs = Dictionary::from_iter(vec![
        ("PrintScaling", Object::Name(b"None".to_vec())),
        ("Duplex", Object::Name(duplex.as_bytes().to_vec())),
        ("PickTrayByPDFSize", Object::Boolean(true)),
        ("DisplayDocTitle", Object::Boolean(true)),
    ]);
    let catalog = doc
        .catalog_mut()
        .map_err(|e| PdfError::Render(e.to_string()))?;
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if !info.language.is_empty() {
        catalog.set(
            "Lang",
            Object::String(
                info.language.as_bytes().to_vec(),
                lopdf::StringFormat::Literal,
            ),
        );
    }
    let now = export_time().format("D:%Y%m%d%H%M%SZ").to_string();
    if let Ok(id) = doc.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(dict) = doc.get_object_mut(id).and_then(Object::as_dict_mut)
    {
        for key in ["CreationDate", "ModDate"] {
            dict.set(
                key,
                Object::String(now.as_bytes().to_vec(), lopdf::StringFormat::Literal),
            );
        }
        // Empty PDF/X leftovers only confuse prepress checks.
        dict.remove(b"GTS_PDFXVersion");
        dict.remove(b"Identifier");
        dict.remove(b"Keywords");
        dict.remove(b"Trapped");
    }
    Ok(())
}

/// A text string for the outline: ASCII as is, anything else as UTF-16 with a byte-order mark.
fn pdf_text(text: &str) -> lopdf::Object {
    if text.is_ascii() {
        return lopdf::Object::String(text.as_bytes().to_vec(), lopdf::StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// Writes the bookmarks as the document outline, opened at the first level, and asks viewers
/// to show it.
pub(super) fn add_outline(doc: &mut lopdf::Document, outline: &[Bookmark]) {
    use lopdf::{Dictionary, Object, ObjectId};
    if outline.is_empty() {
        return;
    }
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let Some(page_height) = pages.first().and_then(|id| {
        let page = doc.get_object(*id).ok()?.as_dict().ok()?;
        let mb = page.get(b"MediaBox").ok()?.as_array().ok()?;
        mb.get(3)?.as_float().ok()
    }) else {
        return;
    };
    let root_id = doc.new_object_id();
    // Entry ids first, so Prev/Next/Parent can refer to each other.
    let ids: Vec<ObjectId> = outline.iter().map(|_| doc.new_object_id()).collect();
    let parent_of: Vec<Option<usize>> = {
        let mut last_top = None;
        outline
            .iter()
            .enumerate()
            .map(|(i, b)| {
                if b.level <= 1 || last_top.is_none() {
                    last_top = Some(i);
                    None
                } else {
                    last_top
                }
            })
            .collect()
    };
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..outline.len())
            .filter(|&i| parent_of[i] == parent && Some(i) != parent)
            .collect()
    };
    let top = children(None);
    for (i, b) in outline.iter().enumerate() {
        let Some(page) = pages.get(b.page.min(pages.len() - 1)) else {
            continue;
        };
        let y_pt = page_height - b.y * PT_PER_MM;
        let siblings = match parent_of[i] {
            None => top.clone(),
            Some(p) => children(Some(p)),
        };
        let at = siblings.iter().position(|&s| s == i).unwrap_or(0);
        let mut d = Dictionary::new();
        d.set("Title", pdf_text(&b.title));
        d.set(
            "Parent",
            Object::Reference(parent_of[i].map_or(root_id, |p| ids[p])),
        );
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(*page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(y_pt + 4.0),
                Object::Null,
            ]),
        );
        if at > 0 {
            d.set("Prev", Object::Reference(ids[siblings[at - 1]]));
        }
        if at + 1 < siblings.len() {
            d.set("Next", Object::Reference(ids[siblings[at + 1]]));
        }
        let kids = if parent_of[i].is_none() {
            children(Some(i))
        } else {
            Vec::new()
        };
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            d.set("First", Object::Reference(ids[*first]));
            d.set("Last", Object::Reference(ids[*last]));
            // Negative: closed, so the first level reads as a table of contents.
            d.set("Count", Object::Integer(-(kids.len() as i64)));
        }
        doc.objects.insert(ids[i], Object::Dictionary(d));
    }
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (top.first(), top.last()) {
        root.set("First", Object::Reference(ids[*first]));
        root.set("Last", Object::Reference(ids[*last]));
    }
    root.set("Count", Object::Integer(top.len() as i64));
    doc.objects.insert(root_id, Object::Dictionary(root));
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.set("Outlines", Object::Reference(root_id));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
}

/// A 64-bit FNV-1a hash (stable across builds and platforms, unlike the standard hasher).
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

/// Gives the file its own identity from its content: the document ID in the trailer and the
/// six-letter tags of the font subsets (`ABCDEF+DejaVuSans`), so two different files never
/// share them and the same input (with `SOURCE_DATE_EPOCH`) gives the same bytes.
pub(super) fn identify(doc: &mut lopdf::Document, info: &DocInfo) {
    use lopdf::Object;
    let mut h1 = fnv(0xCBF2_9CE4_8422_2325, info.title.as_bytes());
    let mut h2 = fnv(0x8422_2325_CBF2_9CE4, info.subject.as_bytes());
    let stamp = export_time().timestamp().to_be_bytes();
    h1 = fnv(h1, &stamp);
    for (id, object) in &doc.objects {
        if let Object::Stream(stream) = object {
            h1 = fnv(h1, &stream.content);
            h2 = fnv(h2, &id.0.to_be_bytes());
            h2 = fnv(h2, &stream.content[..stream.content.len().min(4096)]);
        }
    }
    let mut id = h1.to_be_bytes().to_vec();
    id.extend_from_slice(&(h2 ^ h1.rotate_left(17)).to_be_bytes());
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            Object::String(id, lopdf::StringFormat::Hexadecimal),
        ]),
    );
    // Subset tags: six capital letters from the file's hash and the font's own name.
    let tag = |name: &[u8]| -> Vec<u8> {
        let mut x = fnv(h1, name);
        (0..6)
            .map(|_| {
                let c = b'A' + (x % 26) as u8;
                x /= 26;
                c
            })
            .collect()
    };
    for object in doc.objects.values_mut() {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        for key in [&b"BaseFont"[..], &b"FontName"[..]] {
            if let Ok(Object::Name(name)) = dict.get_mut(key)
                && name.len() > 7
                && name[6] == b'+'
            {
                let new_tag = tag(&name[7..]);
                name[..6].copy_from_slice(&new_tag);
            }
        }
    }
}
