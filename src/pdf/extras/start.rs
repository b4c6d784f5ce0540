//! The start sheet: how to print and cut the deck, with a diagram of the cuts, and a numbered
//! checklist of the cards.

use crate::i18n::Key;
use crate::model::{Category, Deck};
use crate::pdf::face::category_back;
use crate::pdf::items::{Align, Color, Item, Stroke};
use crate::pdf::layout::{PointMm, Rect, SheetLayout};
use crate::pdf::options::{BacksMode, Ink, PdfOptions};
use crate::pdf::text::{FontFace, Hyphenation, Style, ellipsize, wrap};

use super::cards::legend_icon;
use super::{Labels, labels};

/// What the start sheet lists: every printed card's number and title, with its category.
pub struct ChecklistEntry<'a> {
    /// The number printed on the card (the extras have none).
    pub number: Option<usize>,
    /// The card's title.
    pub title: String,
    /// The card's category (for its mark).
    pub category: Option<&'a Category>,
}

/// The start sheet, in sheet space: the title, how to print (duplex, flip edge, 100 %, paper
/// weight), how to cut (with a small diagram of the sheet and the order of the cuts), and a
/// numbered checklist of the cards; one page in sheet space for each page the checklist needs
/// (every card is listed: the list goes on at the top of the next page).
pub fn start_sheet(
    deck: &Deck,
    layout: &SheetLayout,
    options: &PdfOptions,
    entries: &[ChecklistEntry<'_>],
) -> Vec<Vec<Item>> {
    let l = labels(&deck.language);
    let (pw, ph) = (layout.paper_width, layout.paper_height);
    let m = 15.0_f32.min(pw / 10.0);
    let width = pw - 2.0 * m;
    let hyphenation = Hyphenation::for_language(&deck.language);
    let mut items = Vec::new();
    let h1 = Style::new(FontFace::SansBold, 20.0);
    let h2 = Style::new(FontFace::SansBold, 12.0);
    let body = Style::new(FontFace::Sans, 9.5);
    let small = Style::new(FontFace::Condensed, 8.0);
    let mut y = m + h1.size_mm();
    let color = crate::pdf::face::back_color(&category_back(deck, None)).on_white(4.5);
    let mut title_w = width;
    if let Some(logo) = options.logo.as_ref() {
        let side = 18.0;
        let rect = crate::pdf::face::fit_picture(
            logo,
            PointMm::new(pw - m - side / 2.0, m + side / 2.0 - 2.0),
            side,
        );
        items.push(Item::Image {
            logo: std::sync::Arc::clone(logo),
            rect,
        });
        title_w -= side + 4.0;
    }
    items.push(Item::text(
        ellipsize(&deck.title, h1, title_w),
        m,
        y,
        h1,
        color,
        Align::Left,
    ));
    y += h2.size_mm() * 1.5;
    items.push(Item::text(
        l.start_sheet,
        m,
        y,
        h2,
        Color::GREY,
        Align::Left,
    ));
    y += 4.0;
    items.push(Item::line(
        PointMm::new(m, y),
        PointMm::new(pw - m, y),
        Stroke::solid(Color::LIGHT_GREY, 0.3),
    ));
    y += 7.0;

    // How to print.
    items.push(Item::text(
        l.how_to_print,
        m,
        y,
        h2,
        Color::INK,
        Align::Left,
    ));
    y += 2.0;
    let steps = match options.backs {
        BacksMode::LongEdge | BacksMode::ShortEdge => l.print_steps_duplex,
        BacksMode::Fold => l.print_steps_fold,
        BacksMode::None => l.print_steps_none,
    };
    let edge = l.language.tr(match options.backs {
        BacksMode::ShortEdge => Key::ExtraEdgeShort,
        _ => Key::ExtraEdgeLong,
    });
    let paper = options.paper.label();
    let lh = body.size_mm() * 1.3;
    for (i, step) in steps.iter().enumerate() {
        let text = l
            .language
            .fmt(*step, &[("edge", &edge.as_str()), ("paper", &paper)]);
        let lines = wrap(&text, body, width - 7.0, &hyphenation).lines;
        for (j, line) in lines.iter().enumerate() {
            y += lh;
            if j == 0 {
                items.push(Item::text(
                    format!("{}.", i + 1),
                    m + 1.0,
                    y,
                    Style::new(FontFace::SansBold, body.size_pt),
                    color,
                    Align::Left,
                ));
            }
            items.push(Item::text(
                line.clone(),
                m + 7.0,
                y,
                body,
                Color::INK,
                Align::Left,
            ));
        }
    }
    y += 9.0;

    // How to cut: the steps on the left, the diagram on the right.
    items.push(Item::text(l.how_to_cut, m, y, h2, Color::INK, Align::Left));
    let diagram_w = (width * 0.34).min(62.0);
    let scale = diagram_w / pw;
    let diagram_h = ph * scale;
    let diagram = Rect::new(pw - m - diagram_w, y - 3.0, diagram_w, diagram_h);
    items.extend(cut_diagram(layout, diagram, scale, color));
    let text_w = width - diagram_w - 8.0;
    let mut ty = y + 2.0;
    for (i, step) in l.cut_steps.iter().enumerate() {
        let lines = wrap(step, body, text_w - 7.0, &hyphenation).lines;
        for (j, line) in lines.iter().enumerate() {
            ty += lh;
            if j == 0 {
                items.push(Item::text(
                    format!("{}.", i + 1),
                    m + 1.0,
                    ty,
                    Style::new(FontFace::SansBold, body.size_pt),
                    color,
                    Align::Left,
                ));
            }
            items.push(Item::text(
                line.clone(),
                m + 7.0,
                ty,
                body,
                Color::INK,
                Align::Left,
            ));
        }
        ty += 1.0;
    }
    y = (ty + 6.0).max(diagram.bottom() + 8.0);

    // The checklist: every entry, in columns, continued on further pages when the sheet is
    // full (it doubles as a checklist, so none is left out).
    items.push(Item::text(l.checklist, m, y, h2, Color::INK, Align::Left));
    y += small.size_mm() * 1.6;
    items.push(Item::text(
        l.checklist_hint,
        m,
        y,
        small,
        Color::GREY,
        Align::Left,
    ));
    y += 2.0;
    let bottom = ph - m - 4.0;
    let style = small;
    let row_h = style.size_mm() * 1.45;
    let columns = ((width / 58.0).floor() as usize).clamp(2, 5);
    let col_w = width / columns as f32;
    let mut pages = Vec::new();
    let mut page = items;
    let mut rest = entries;
    loop {
        let rows = (((bottom - y) / row_h).floor() as usize).max(1);
        let capacity = rows * columns;
        let take = capacity.min(rest.len());
        let (here, next) = rest.split_at(take);
        // Down the columns; the last page's columns as even as the rows allow.
        let rows_used = here.len().div_ceil(columns).max(1);
        for (i, entry) in here.iter().enumerate() {
            let (col, row) = (i / rows_used, i % rows_used);
            let x = m + col as f32 * col_w;
            let base = y + (row as f32 + 1.0) * row_h;
            page.extend(checklist_row(entry, x, base, col_w, style, options.ink));
        }
        rest = next;
        pages.push(std::mem::take(&mut page));
        if rest.is_empty() {
            break;
        }
        // A continuation page: the heading again, then the entries from the top.
        let mut items = Vec::new();
        let mut top = m + h2.size_mm();
        items.push(Item::text(
            format!("{} {}", l.checklist, l.continued),
            m,
            top,
            h2,
            Color::INK,
            Align::Left,
        ));
        top += small.size_mm() * 1.6;
        items.push(Item::text(
            l.checklist_hint,
            m,
            top,
            small,
            Color::GREY,
            Align::Left,
        ));
        y = top + 2.0;
        page = items;
    }
    pages
}

/// One row of the checklist: a tick box, the category's mark, the number and the title.
fn checklist_row(
    entry: &ChecklistEntry<'_>,
    x: f32,
    base: f32,
    col_w: f32,
    style: Style,
    ink: Ink,
) -> Vec<Item> {
    let mut items = Vec::new();
    let box_side = style.size_mm() * 0.85;
    items.push(Item::Rect {
        rect: Rect::new(x, base - box_side, box_side, box_side),
        fill: None,
        stroke: Some(Stroke::solid(Color::INK, 0.2)),
    });
    let mark_side = style.size_mm() * 1.1;
    let mut tx = x + box_side + 1.5;
    if let Some(category) = entry.category {
        items.extend(legend_icon(
            category,
            Rect::new(tx, base - mark_side * 0.85, mark_side, mark_side),
            style,
            ink,
        ));
        tx += mark_side + 1.0;
    }
    let bold = Style::new(FontFace::CondensedBold, style.size_pt);
    let number = entry.number.map(|n| format!("{n}  ")).unwrap_or_default();
    let number_w = bold.width(if entry.number.is_some_and(|n| n >= 100) {
        "000  "
    } else {
        "00  "
    });
    if !number.is_empty() {
        items.push(Item::text(number, tx, base, bold, Color::INK, Align::Left));
    }
    items.push(Item::text(
        ellipsize(&entry.title, style, col_w - (tx - x) - number_w - 2.0),
        tx + number_w,
        base,
        style,
        Color::INK,
        Align::Left,
    ));
    items
}

/// A small picture of the sheet: the cards, the long cuts numbered 1, 2, … and the short cuts
/// lettered a, b, …
fn cut_diagram(layout: &SheetLayout, area: Rect, scale: f32, accent: Color) -> Vec<Item> {
    let mut items = vec![Item::Rect {
        rect: area,
        fill: Some(Color::WHITE),
        stroke: Some(Stroke::solid(Color::GREY, 0.3)),
    }];
    let at = |p: PointMm| PointMm::new(area.x + p.x * scale, area.y + p.y * scale);
    let mut slots: Vec<Rect> = layout.front_slots.iter().map(|s| s.rect).collect();
    if layout.backs == BacksMode::Fold {
        slots.extend(layout.back_slots.iter().map(|s| s.rect));
    }
    for r in &slots {
        let a = at(PointMm::new(r.x, r.y));
        items.push(Item::Rect {
            rect: Rect::new(a.x, a.y, r.width * scale, r.height * scale),
            fill: Some(Color::rgb(0xEE, 0xEE, 0xEE)),
            stroke: Some(Stroke::solid(Color::LIGHT_GREY, 0.2)),
        });
    }
    if let Some(fold) = layout.fold_line {
        items.push(Item::line(
            at(fold.from),
            at(fold.to),
            Stroke::dashed(Color::GREY, 0.25, 1.2, 0.8),
        ));
    }
    let mut xs: Vec<f32> = slots.iter().flat_map(|r| [r.x, r.right()]).collect();
    let mut ys: Vec<f32> = slots.iter().flat_map(|r| [r.y, r.bottom()]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    }
    // The long lines run along the sheet's long side (portrait: the vertical ones).
    let vertical_long = layout.paper_height >= layout.paper_width;
    let (long, short) = if vertical_long {
        (&xs, &ys)
    } else {
        (&ys, &xs)
    };
    let cut = Stroke::dashed(accent, 0.35, 1.0, 0.6);
    let label = Style::new(FontFace::CondensedBold, 6.5);
    let (pw, ph) = (layout.paper_width, layout.paper_height);
    for (i, v) in long.iter().enumerate() {
        let (from, to) = if vertical_long {
            (PointMm::new(*v, 0.0), PointMm::new(*v, ph))
        } else {
            (PointMm::new(0.0, *v), PointMm::new(pw, *v))
        };
        items.push(Item::line(at(from), at(to), cut));
        let p = at(from);
        items.push(Item::text(
            format!("{}", i + 1),
            if vertical_long { p.x } else { area.x - 1.0 },
            if vertical_long {
                area.y - 1.0
            } else {
                p.y + 1.0
            },
            label,
            accent,
            if vertical_long {
                Align::Center
            } else {
                Align::Right
            },
        ));
    }
    let thin = Stroke::dashed(Color::GREY, 0.25, 0.8, 0.6);
    for (i, v) in short.iter().enumerate() {
        let (from, to) = if vertical_long {
            (PointMm::new(0.0, *v), PointMm::new(pw, *v))
        } else {
            (PointMm::new(*v, 0.0), PointMm::new(*v, ph))
        };
        items.push(Item::line(at(from), at(to), thin));
        let p = at(from);
        let letter = char::from(b'a' + (i % 26) as u8).to_string();
        items.push(Item::text(
            letter,
            if vertical_long { area.x - 1.0 } else { p.x },
            if vertical_long {
                p.y + 1.0
            } else {
                area.y - 1.0
            },
            label,
            Color::GREY,
            if vertical_long {
                Align::Right
            } else {
                Align::Center
            },
        ));
    }
    items
}

/// The text on the back of the start sheet.
pub fn start_back_text(labels: &Labels) -> &'static str {
    labels.start_back
}
