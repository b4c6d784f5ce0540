//! The PDF writer: the only module that speaks `printpdf` (and `lopdf`, which printpdf builds on).
//!
//! It draws positioned [`Item`]s onto pages. Items live in a top-left space in millimetres
//! (face space inside a [`Placement`], sheet space otherwise); [`pdf_from_sheet`] is the one place
//! where y is flipped into **PDF space** (origin bottom-left, y up, points). Fonts are embedded
//! as subsets. After printpdf has built the document, the catalog gets viewer preferences:
//! print at 100 % (`PrintScaling /None`), the duplex mode that matches the layout, and show the
//! document title.
//!
//! This module decides nothing about layout; it draws what it is given.

use std::collections::BTreeMap;

use printpdf::{
    Color as PdfColor, FontId, Greyscale, LineDashPattern, LinePoint, Mm, Op, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb,
    TextItem, TextMatrix, WindingOrder,
};

use super::PdfError;
use super::items::{Color, Item, Stroke};
use super::layout::{Placement, PointMm};
use super::text::{FontFace, MM_PER_PT};

mod catalog;

use catalog::{add_outline, compress, identify, set_viewer_preferences};

/// Points per millimetre.
const PT_PER_MM: f32 = 1.0 / MM_PER_PT;

/// A group of items and where it goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Where the group's space lies on the sheet.
    pub placement: Placement,
    /// What to draw.
    pub items: Vec<Item>,
}

/// One page to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderPage {
    /// Width in mm.
    pub width: f32,
    /// Height in mm.
    pub height: f32,
    /// The groups, drawn in order.
    pub groups: Vec<Group>,
}

/// The duplex mode a viewer should offer by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplex {
    /// One-sided.
    Simplex,
    /// Two-sided, flipped on the long edge.
    LongEdge,
    /// Two-sided, flipped on the short edge.
    ShortEdge,
}

/// Document information.
#[derive(Debug, Clone, PartialEq)]
pub struct DocInfo {
    /// The title (shown by viewers instead of the file name).
    pub title: String,
    /// The author.
    pub author: String,
    /// The subject.
    pub subject: String,
    /// The duplex mode to suggest to the print dialog.
    pub duplex: Duplex,
    /// The document's language, a BCP 47 tag (`/Lang`, for screen readers and text tools);
    /// empty for none.
    pub language: String,
    /// The bookmarks (document outline), in reading order.
    pub outline: Vec<Bookmark>,
}

/// One entry of the document outline: a heading and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    /// 1 for a top-level entry, 2 for one under the last level-1 entry (deeper is shown as 2).
    pub level: u8,
    /// The text shown.
    pub title: String,
    /// The page, from 0.
    pub page: usize,
    /// The heading's top, mm from the page's top.
    pub y: f32,
}

/// The time written into the PDF: `SOURCE_DATE_EPOCH` (seconds since 1970, for reproducible
/// builds: the same input then gives the same bytes) when it is set and valid, otherwise now.
pub fn export_time() -> chrono::DateTime<chrono::Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(chrono::Utc::now)
}

/// The one conversion from sheet space (mm, top-left, y down) to PDF space (pt, bottom-left,
/// y up).
pub fn pdf_from_sheet(p: PointMm, page_height: f32) -> Point {
    Point {
        x: Pt(p.x * PT_PER_MM),
        y: Pt((page_height - p.y) * PT_PER_MM),
    }
}

/// Greys (black text, marks, rules) in DeviceGray, so they print with black ink only; other
/// colours in RGB.
fn pdf_color(c: Color) -> PdfColor {
    let [r, g, b] = c.to_f32();
    if c.r == c.g && c.g == c.b {
        return PdfColor::Greyscale(Greyscale {
            percent: r,
            icc_profile: None,
        });
    }
    PdfColor::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn ring(points: &[Point]) -> PolygonRing {
    PolygonRing {
        points: points
            .iter()
            .map(|p| LinePoint {
                p: *p,
                bezier: false,
            })
            .collect(),
    }
}

/// The graphics state a page's content stream has set so far, so that a colour, line style or
/// font is written only when it changes and runs of text share one text object (`BT … ET`).
/// A thousand cards then write about a third of the operators they would one item at a time;
/// what is drawn is the same.
#[derive(Default)]
struct Pen {
    fill: Option<Color>,
    stroke: Option<Stroke>,
    font: Option<(FontFace, f32)>,
    in_text: bool,
}

impl Pen {
    fn fill(&mut self, ops: &mut Vec<Op>, c: Color) {
        if self.fill != Some(c) {
            ops.push(Op::SetFillColor { col: pdf_color(c) });
            self.fill = Some(c);
        }
    }

    fn stroke(&mut self, ops: &mut Vec<Op>, s: &Stroke) {
        let last = self.stroke;
        if last.map(|l| l.color) != Some(s.color) {
            ops.push(Op::SetOutlineColor {
                col: pdf_color(s.color),
            });
        }
        if last.map(|l| l.width) != Some(s.width) {
            ops.push(Op::SetOutlineThickness {
                pt: Pt(s.width * PT_PER_MM),
            });
        }
        if last.map(|l| l.dash) != Some(s.dash) {
            ops.push(Op::SetLineDashPattern {
                dash: match s.dash {
                    Some([d, g]) => LineDashPattern::new(0.0, &[d * PT_PER_MM, g * PT_PER_MM]),
                    None => LineDashPattern::solid(),
                },
            });
        }
        self.stroke = Some(*s);
    }

    /// Opens a text object unless one is open.
    fn begin_text(&mut self, ops: &mut Vec<Op>) {
        if !self.in_text {
            ops.push(Op::StartTextSection);
            self.in_text = true;
        }
    }

    /// Closes the open text object, before anything that is not text.
    fn end_text(&mut self, ops: &mut Vec<Op>) {
        if self.in_text {
            ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }
}

/// Draws the pages into PDF bytes.
pub fn render(pages: &[RenderPage], info: &DocInfo) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&info.title);
    doc.metadata.info.author = info.author.clone();
    doc.metadata.info.subject = info.subject.clone();
    doc.metadata.info.creator = format!("innovationslek {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.producer = "innovationslek (printpdf)".to_owned();

    // Embed only the faces the pages use.
    let mut used: Vec<FontFace> = pages
        .iter()
        .flat_map(|p| &p.groups)
        .flat_map(|g| &g.items)
        .filter_map(|i| match i {
            Item::Text { style, .. } => Some(style.face),
            _ => None,
        })
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut fonts: BTreeMap<FontFace, FontId> = BTreeMap::new();
    for face in used {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(face.bytes(), 0, &mut warnings).ok_or_else(|| {
            // A fault in the program (the fonts are compiled in): the detail is for its report.
            PdfError::Render(format!("ParsedFont::from_bytes({face:?})"))
        })?;
        // A fixed id per face (not a random one), so the same input gives the same bytes;
        // the subset tag made from its first six letters is replaced per file below.
        let id = FontId(format!("FACE{}{face:?}", (b'A' + face as u8) as char).to_uppercase());
        doc.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(parsed));
        fonts.insert(face, id);
    }

    // Embed each distinct picture once.
    let mut images: Vec<(*const super::logo::Logo, printpdf::XObjectId)> = Vec::new();
    for item in pages.iter().flat_map(|p| &p.groups).flat_map(|g| &g.items) {
        if let Item::Image { logo, .. } = item
            && !images
                .iter()
                .any(|(p, _)| *p == std::sync::Arc::as_ptr(logo))
        {
            let id = doc.add_image(&printpdf::RawImage {
                pixels: printpdf::RawImageData::U8(logo.rgb.clone()),
                width: logo.width as usize,
                height: logo.height as usize,
                data_format: printpdf::RawImageFormat::RGB8,
                tag: Vec::new(),
            });
            images.push((std::sync::Arc::as_ptr(logo), id));
        }
    }

    // Each icon used, once, as a form in its unit box; every use is a `Do` with a matrix and
    // the fill colour set before it (a thousand cards share eight forms, not eight thousand
    // paths). Names are fixed, so the same input gives the same bytes.
    let mut icons: Vec<(crate::icons::Icon, printpdf::XObjectId)> = Vec::new();
    for item in pages.iter().flat_map(|p| &p.groups).flat_map(|g| &g.items) {
        if let Item::Icon { icon, .. } = item
            && !icons.iter().any(|(i, _)| i == icon)
        {
            let id = printpdf::XObjectId(format!("ICON{}", icons.len()));
            doc.resources
                .xobjects
                .map
                .insert(id.clone(), printpdf::XObject::External(icon_form(*icon)));
            icons.push((*icon, id));
        }
    }

    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut ops = Vec::new();
        let mut pen = Pen::default();
        for group in &page.groups {
            draw_group(
                &mut ops,
                &mut pen,
                group,
                page.height,
                &fonts,
                &images,
                &icons,
            );
        }
        pen.end_text(&mut ops);
        pdf_pages.push(PdfPage::new(Mm(page.width), Mm(page.height), ops));
    }
    doc.with_pages(pdf_pages);

    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    set_viewer_preferences(&mut lo, info)?;
    add_outline(&mut lo, &info.outline);
    // Duplex and PickTrayByPDFSize in the viewer preferences are PDF 1.7.
    lo.version = "1.7".to_owned();
    identify(&mut lo, info);
    compress(&mut lo);
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Render(e.to_string()))?;
    Ok(bytes)
}

fn draw_group(
    ops: &mut Vec<Op>,
    pen: &mut Pen,
    group: &Group,
    page_height: f32,
    fonts: &BTreeMap<FontFace, FontId>,
    images: &[(*const super::logo::Logo, printpdf::XObjectId)],
    icons: &[(crate::icons::Icon, printpdf::XObjectId)],
) {
    let place = group.placement;
    let to_pdf = |p: PointMm| pdf_from_sheet(place.sheet_from_face(p), page_height);
    for item in &group.items {
        if !matches!(item, Item::Text { .. }) {
            pen.end_text(ops);
        }
        match item {
            Item::Rect { rect, fill, stroke } => {
                let corners = [
                    to_pdf(PointMm::new(rect.x, rect.y)),
                    to_pdf(PointMm::new(rect.right(), rect.y)),
                    to_pdf(PointMm::new(rect.right(), rect.bottom())),
                    to_pdf(PointMm::new(rect.x, rect.bottom())),
                ];
                if let Some(color) = fill {
                    pen.fill(ops, *color);
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![ring(&corners)],
                            mode: printpdf::PaintMode::Fill,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                if let Some(s) = stroke {
                    pen.stroke(ops, s);
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![ring(&corners)],
                            mode: printpdf::PaintMode::Stroke,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
            }
            Item::Line { points, stroke } => {
                if points.len() < 2 {
                    continue;
                }
                pen.stroke(ops, stroke);
                ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points: points
                            .iter()
                            .map(|p| LinePoint {
                                p: to_pdf(*p),
                                bezier: false,
                            })
                            .collect(),
                        is_closed: false,
                    },
                });
            }
            Item::Icon { icon, rect, color } => {
                let Some((_, id)) = icons.iter().find(|(i, _)| i == icon) else {
                    continue;
                };
                // The form's unit square: (0, 0) at the rect's bottom-left, (1, 1) top-right.
                let o = to_pdf(PointMm::new(rect.x, rect.bottom()));
                let a = to_pdf(PointMm::new(rect.right(), rect.bottom()));
                let b = to_pdf(PointMm::new(rect.x, rect.y));
                // The form fills in the colour set here; `Q` restores this same colour.
                pen.fill(ops, *color);
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: printpdf::CurTransMat::Raw([
                        a.x.0 - o.x.0,
                        a.y.0 - o.y.0,
                        b.x.0 - o.x.0,
                        b.y.0 - o.y.0,
                        o.x.0,
                        o.y.0,
                    ]),
                });
                ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: printpdf::XObjectTransform {
                        no_auto_scale: true,
                        ..Default::default()
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Image { logo, rect } => {
                let Some((_, id)) = images
                    .iter()
                    .find(|(p, _)| *p == std::sync::Arc::as_ptr(logo))
                else {
                    continue;
                };
                // The image's unit square: (0, 0) at the rect's bottom-left, (1, 1) top-right.
                let o = to_pdf(PointMm::new(rect.x, rect.bottom()));
                let a = to_pdf(PointMm::new(rect.right(), rect.bottom()));
                let b = to_pdf(PointMm::new(rect.x, rect.y));
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: printpdf::CurTransMat::Raw([
                        a.x.0 - o.x.0,
                        a.y.0 - o.y.0,
                        b.x.0 - o.x.0,
                        b.y.0 - o.y.0,
                        o.x.0,
                        o.y.0,
                    ]),
                });
                ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: printpdf::XObjectTransform {
                        no_auto_scale: true,
                        ..Default::default()
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                draw_circle(ops, pen, *center, *radius, *fill, stroke.as_ref(), &to_pdf);
            }
            Item::Text {
                text,
                origin,
                style,
                color,
            } => {
                let Some(font) = fonts.get(&style.face) else {
                    continue;
                };
                if text.trim().is_empty() {
                    continue;
                }
                let at = to_pdf(*origin);
                // Glyphs turn with the face: clockwise quarter turns on the sheet are
                // clockwise in PDF space too (both seen from the front of the page).
                let (a, b, c, d) = match place.quarter_turns % 4 {
                    0 => (1.0, 0.0, 0.0, 1.0),
                    1 => (0.0, -1.0, 1.0, 0.0),
                    2 => (-1.0, 0.0, 0.0, -1.0),
                    _ => (0.0, 1.0, -1.0, 0.0),
                };
                pen.begin_text(ops);
                // The font and size are text state, kept across text objects.
                if pen.font != Some((style.face, style.size_pt)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font.clone()),
                        size: Pt(style.size_pt),
                    });
                    pen.font = Some((style.face, style.size_pt));
                }
                pen.fill(ops, *color);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Raw([a, b, c, d, at.x.0, at.y.0]),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
        }
    }
}

/// A circle as four Bézier arcs.
fn draw_circle(
    ops: &mut Vec<Op>,
    pen: &mut Pen,
    center: PointMm,
    radius: f32,
    fill: Option<Color>,
    stroke: Option<&Stroke>,
    to_pdf: &dyn Fn(PointMm) -> Point,
) {
    // The handle length that makes a cubic arc closest to a quarter circle.
    const K: f32 = 0.552_284_8;
    let (cx, cy, r) = (center.x, center.y, radius);
    let p = |x: f32, y: f32, bezier: bool| LinePoint {
        p: to_pdf(PointMm::new(cx + x * r, cy + y * r)),
        bezier,
    };
    let points = vec![
        p(1.0, 0.0, false),
        p(1.0, K, true),
        p(K, 1.0, true),
        p(0.0, 1.0, false),
        p(-K, 1.0, true),
        p(-1.0, K, true),
        p(-1.0, 0.0, false),
        p(-1.0, -K, true),
        p(-K, -1.0, true),
        p(0.0, -1.0, false),
        p(K, -1.0, true),
        p(1.0, -K, true),
        p(1.0, 0.0, false),
    ];
    if let Some(color) = fill {
        pen.fill(ops, color);
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: points.clone(),
                }],
                mode: printpdf::PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
    if let Some(s) = stroke {
        pen.stroke(ops, s);
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: printpdf::PaintMode::Stroke,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

/// An icon as a form XObject: its outline in the unit square (y up), filled with the non-zero
/// rule in whatever fill colour is set where it is used.
fn icon_form(icon: crate::icons::Icon) -> printpdf::ExternalXObject {
    use crate::icons::Segment;
    use printpdf::xobject::{DictItem, ExternalStream};
    use std::fmt::Write as _;
    let mut content = String::new();
    let num = |v: f32| {
        let t = format!("{v:.4}");
        let t = t.trim_end_matches('0').trim_end_matches('.').to_owned();
        if t == "-0" { "0".to_owned() } else { t }
    };
    let pt = |p: [f32; 2]| format!("{} {}", num(p[0]), num(1.0 - p[1]));
    let mut any = false;
    for segment in icon.outline() {
        let _ = match *segment {
            Segment::MoveTo(p) => writeln!(content, "{} m", pt(p)),
            Segment::LineTo(p) => writeln!(content, "{} l", pt(p)),
            Segment::CubicTo(c1, c2, p) => {
                writeln!(content, "{} {} {} c", pt(c1), pt(c2), pt(p))
            }
            Segment::Close => writeln!(content, "h"),
        };
        any = true;
    }
    if any {
        content.push_str("f\n");
    }
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
    dict.insert("Subtype".to_owned(), DictItem::Name(b"Form".to_vec()));
    dict.insert("FormType".to_owned(), DictItem::Int(1));
    dict.insert(
        "BBox".to_owned(),
        DictItem::Array(vec![
            DictItem::Int(-1),
            DictItem::Int(-1),
            DictItem::Int(2),
            DictItem::Int(2),
        ]),
    );
    printpdf::ExternalXObject {
        stream: ExternalStream {
            dict,
            content: content.into_bytes(),
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The operators of every page's content stream, in order.
    fn content_tokens(bytes: &[u8]) -> Vec<Vec<String>> {
        use std::io::Read as _;
        let doc = lopdf::Document::load_mem(bytes).expect("the PDF reads");
        doc.get_pages()
            .values()
            .map(|id| {
                let page = doc.get_dictionary(*id).expect("page");
                let contents = page
                    .get(b"Contents")
                    .and_then(lopdf::Object::as_reference)
                    .expect("contents");
                let stream = doc
                    .get_object(contents)
                    .and_then(lopdf::Object::as_stream)
                    .expect("stream");
                let mut text = String::new();
                flate2::read::ZlibDecoder::new(&stream.content[..])
                    .read_to_string(&mut text)
                    .expect("deflated");
                text.split_whitespace().map(str::to_owned).collect()
            })
            .collect()
    }

    #[test]
    fn a_colour_font_or_line_style_is_written_once_and_text_runs_share_a_text_object() {
        use super::super::items::Align;
        use super::super::text::Style;
        let style = Style::new(FontFace::Condensed, 9.0);
        let red = Color { r: 200, g: 0, b: 0 };
        let line = Stroke::solid(Color::BLACK, 0.2);
        let items = vec![
            Item::text("Ett", 10.0, 10.0, style, Color::INK, Align::Left),
            Item::text("Två", 10.0, 20.0, style, Color::INK, Align::Left),
            Item::fill(super::super::layout::Rect::new(5.0, 30.0, 20.0, 5.0), red),
            Item::fill(super::super::layout::Rect::new(5.0, 40.0, 20.0, 5.0), red),
            Item::line(PointMm::new(0.0, 50.0), PointMm::new(9.0, 50.0), line),
            Item::line(PointMm::new(0.0, 55.0), PointMm::new(9.0, 55.0), line),
            Item::text("Tre", 10.0, 60.0, style, red, Align::Left),
        ];
        let page = RenderPage {
            width: 100.0,
            height: 100.0,
            groups: vec![Group {
                placement: Placement::SHEET,
                items,
            }],
        };
        let info = DocInfo {
            title: "t".into(),
            author: String::new(),
            subject: String::new(),
            duplex: Duplex::Simplex,
            language: String::new(),
            outline: Vec::new(),
        };
        let bytes = render(&[page.clone(), page], &info).expect("rendered");
        let pages = content_tokens(&bytes);
        assert_eq!(pages.len(), 2);
        for ops in pages {
            let count = |op: &str| ops.iter().filter(|t| *t == op).count();
            // Two text objects: the first two lines, then the third after the shapes.
            assert_eq!((count("BT"), count("ET")), (2, 2), "{ops:?}");
            // One font for all three; each page sets its own.
            assert_eq!(count("Tf"), 1, "{ops:?}");
            assert_eq!(count("Tj") + count("TJ"), 3, "{ops:?}");
            // The ink, the red of both rectangles (and then of the text): two fill colours.
            assert_eq!(count("g") + count("rg"), 2, "{ops:?}");
            // The line's colour, width and dash once for both lines.
            assert_eq!(
                (count("G") + count("RG"), count("w"), count("d")),
                (1, 1, 1)
            );
            // BT and ET alternate, and nothing but text state and colour sits between them.
            let mut open = false;
            for t in &ops {
                match t.as_str() {
                    "BT" => {
                        assert!(!open);
                        open = true;
                    }
                    "ET" => {
                        assert!(open);
                        open = false;
                    }
                    "re" | "m" | "l" | "f" | "S" | "q" | "Q" | "cm" | "Do" => {
                        assert!(!open, "{t} inside a text object: {ops:?}");
                    }
                    _ => {}
                }
            }
            assert!(!open);
        }
    }

    #[test]
    fn sheet_top_left_is_pdf_top_left() {
        let p = pdf_from_sheet(PointMm::new(0.0, 0.0), 297.0);
        assert!((p.y.0 - 297.0 * PT_PER_MM).abs() < 1e-3);
        let p = pdf_from_sheet(PointMm::new(210.0, 297.0), 297.0);
        assert!((p.x.0 - 595.2756).abs() < 1e-2 && p.y.0.abs() < 1e-3);
    }
}
