//! The session's dates as an iCalendar file (`.ics`) that calendar programs import: the
//! follow-up dates and the action plan's due dates, each an all-day event.
//!
//! Follow-up dates are the `YYYY-MM-DD` dates written in the items of the workshop's follow-up
//! lists (a list field whose id or label says follow-up: `uppfoljningar`, `follow-ups`, …); an
//! item may carry words around its date ("2027-01-15 kl 13 i Stadshuset"), which go into the
//! event. Due dates are the plan rows' own (see [`crate::session::plan`]). Every event has a
//! summary in the session's language, a UID that stays the same when the file is exported again
//! (so a calendar updates the event instead of adding it twice) and a time stamp: the session's
//! last change, so the same session always gives the same file.

use chrono::{NaiveDate, TimeDelta};
use icalendar::{Calendar, Component, EventLike, Property};

use crate::model::FieldKind;
use crate::session::plan::{PlanLabels, tracks_rows};
use crate::session::summary::Language;
use crate::session::{Capture, Session};

/// A calendar made from a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarExport {
    /// The `.ics` text: CRLF line ends, lines folded at 75 octets.
    pub text: String,
    /// How many events it holds.
    pub events: usize,
    /// Follow-up items in which no `YYYY-MM-DD` date was found (left out), as written.
    pub undated: Vec<String>,
}

pub use crate::session::plan::is_follow_up_field;

/// Every `YYYY-MM-DD` date in a text that is a real day, in order, and the text without them.
pub fn dates_in(text: &str) -> (Vec<NaiveDate>, String) {
    let mut dates = Vec::new();
    let mut rest = String::new();
    let mut last = 0;
    for (range, date) in crate::session::plan::find_dates(text) {
        rest.push_str(&text[last..range.start]);
        dates.push(date);
        last = range.end;
    }
    rest.push_str(&text[last..]);
    let rest = rest
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c == ',' || c == ':' || c == '–' || c == '-' || c.is_whitespace())
        .to_owned();
    (dates, rest)
}

/// Text safe for a UID: letters, digits and `-`.
fn uid_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The calendar of a session's follow-up dates and due dates.
pub fn calendar(session: &Session) -> CalendarExport {
    let workshop = session.workshop();
    let file = session.file();
    let language = Language::for_tag(&workshop.language);
    let l = PlanLabels::of(language);
    let words = language.labels();
    let stamp = file.updated;
    let session_line = format!("{}: {}", words.session, file.id);
    let mut calendar = Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    // The last part names the language of the calendar's texts.
    calendar.append_property(Property::new(
        "PRODID",
        format!(
            "-//Innovationslek//Innovationslek//{}",
            language.tag().to_uppercase()
        ),
    ));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar.append_property(Property::new("METHOD", "PUBLISH"));
    calendar.name(&format!(
        "{} {}",
        workshop.title,
        file.planned_start.format("%Y-%m-%d")
    ));
    let mut events = 0;
    let mut undated = Vec::new();
    let mut add = |summary: String, description: String, date: NaiveDate, uid: String| {
        let event = icalendar::Event::new()
            .uid(&uid)
            .summary(&summary)
            .description(&description)
            .starts(date)
            .ends(date + TimeDelta::days(1))
            .timestamp(stamp)
            .append_property(Property::new("TRANSP", "TRANSPARENT"))
            .done();
        calendar.push(event);
        events += 1;
    };
    let session_uid = uid_part(&file.id);
    for (_, field) in workshop.fields() {
        match (&field.kind, session.capture(&field.id)) {
            (FieldKind::List, Some(Capture::List(items)))
                if is_follow_up_field(&field.id, &field.label) =>
            {
                for (index, item) in items.iter().enumerate() {
                    let (dates, rest) = dates_in(&item.text);
                    if dates.is_empty() {
                        if !item.text.trim().is_empty() {
                            undated.push(item.text.trim().to_owned());
                        }
                        continue;
                    }
                    for (k, date) in dates.into_iter().enumerate() {
                        let mut summary = format!("{}: {}", l.follow_up_event, workshop.title);
                        if !rest.is_empty() {
                            summary.push_str(" – ");
                            summary.push_str(&rest);
                        }
                        add(
                            summary,
                            format!("{}\n{}\n{session_line}", field.label, item.text.trim()),
                            date,
                            format!(
                                "{session_uid}-{}-{}-{}@innovationslek",
                                uid_part(&field.id),
                                index + 1,
                                k + 1
                            ),
                        );
                    }
                }
            }
            (FieldKind::Table { columns }, Some(Capture::Table(rows)))
                if tracks_rows(workshop, &field.id) =>
            {
                let states = session.row_states(&field.id);
                for (index, cells) in rows.iter().enumerate() {
                    let Some(due) = states.get(index).and_then(|s| s.due) else {
                        continue;
                    };
                    let title = cells
                        .iter()
                        .map(|c| c.trim())
                        .find(|c| !c.is_empty())
                        .unwrap_or(field.label.as_str())
                        .replace('\n', " ");
                    let mut description = format!("{} – {}\n", field.label, workshop.title);
                    for (name, cell) in columns.iter().zip(cells) {
                        if !cell.trim().is_empty() {
                            description.push_str(&format!("{name}: {}\n", cell.trim()));
                        }
                    }
                    if let Some(status) = states.get(index).and_then(|s| s.status) {
                        description.push_str(&format!(
                            "{}: {}\n",
                            l.status,
                            status.label(language)
                        ));
                    }
                    description.push_str(&session_line);
                    add(
                        format!("{}: {title}", l.due_event),
                        description,
                        due,
                        format!(
                            "{session_uid}-{}-row-{}@innovationslek",
                            uid_part(&field.id),
                            index + 1
                        ),
                    );
                }
            }
            _ => {}
        }
    }
    CalendarExport {
        text: calendar.to_string(),
        events,
        undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_found_in_items() {
        let (dates, rest) = dates_in("2027-01-15 kl 13 i Stadshuset");
        assert_eq!(
            dates,
            vec![NaiveDate::from_ymd_opt(2027, 1, 15).expect("date")]
        );
        assert_eq!(rest, "kl 13 i Stadshuset");
        let (dates, rest) = dates_in("Uppföljning 2027-02-30, sedan 2027-03-01.");
        assert_eq!(
            dates,
            vec![NaiveDate::from_ymd_opt(2027, 3, 1).expect("date")]
        );
        assert_eq!(rest, "Uppföljning 2027-02-30, sedan .");
        assert!(dates_in("om sex veckor").0.is_empty());
        assert!(dates_in("12027-01-15").0.is_empty());
        assert!(dates_in("å2027-01-15ä").0.len() == 1);
    }

    #[test]
    fn follow_up_fields_by_name() {
        assert!(is_follow_up_field("uppfoljningar", "Uppföljningar (datum)"));
        assert!(is_follow_up_field("next", "Next follow-ups (dates)"));
        assert!(!is_follow_up_field("ideer", "Idéer"));
    }
}
